"""The benchmark's synthetic corpus: deterministic by seed, and adding up like a real budget."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from bench import corpus
from extract.detect import detect
from extract.read import decode, list_files


@pytest.fixture(scope="module")
def catalogue() -> corpus.Catalogue:
    return corpus.harvest()


def budgets(catalogue, count=200, seed=7):
    return [corpus.make_budget(seed, i, catalogue) for i in range(count)]


def number(text: str | None) -> Decimal:
    text = (text or "").replace(",", "").replace(" ", "")
    return Decimal(text) if text else Decimal(0)


def tolerance(budget: corpus.Budget, terms: int) -> Decimal:
    # 万元 documents: each printed figure is rounded on its own; 元 documents add up exactly
    return Decimal("0.005") * (terms + 1) if budget.amount_unit == "万元" else Decimal(0)


def test_same_seed_same_bytes_other_seed_other_bytes(catalogue):
    first = [corpus.document(3, i, catalogue) for i in range(30)]
    again = [corpus.document(3, i, catalogue) for i in range(30)]
    other = [corpus.document(4, i, catalogue) for i in range(30)]
    assert first == again
    assert all(a[1] != b[1] for a, b in zip(first, other, strict=True))
    assert len({text for _, text in first}) == 30  # distinct content: distinct documents


def test_every_layout_and_both_units_are_generated(catalogue):
    seen = {(b.layout, b.amount_unit) for b in budgets(catalogue)}
    assert seen == {(layout, unit) for layout in corpus.LAYOUTS for unit in ("万元", "元")}


def test_function_table_parents_are_sums_of_children(catalogue):
    for budget in budgets(catalogue):
        printer = corpus.Printer(budget)
        rows = dict((t, r) for t, r, _ in corpus.tables(budget, printer))["一般公共预算财政拨款支出预算表"]
        total, data = rows[2], rows[3:]
        codes = [(r[0] or "").strip() for r in data]
        for col in (2, 3, 4):  # 总计, 基本支出, 项目支出
            values = {code: number(r[col]) for code, r in zip(codes, data, strict=True)}
            for parent in (c for c in codes if len(c) in (3, 5)):
                children = [v for c, v in values.items() if len(c) == len(parent) + 2 and c.startswith(parent)]
                assert abs(sum(children) - values[parent]) <= tolerance(budget, len(children)), (budget.index, parent)
            categories = [v for c, v in values.items() if len(c) == 3]
            assert abs(sum(categories) - number(total[col])) <= tolerance(budget, len(categories))
        for r in [total, *data]:  # basic + project = total, row by row
            assert abs(number(r[3]) + number(r[4]) - number(r[2])) <= tolerance(budget, 2)


def test_economic_three_public_and_summary_tables_add_up(catalogue):
    for budget in budgets(catalogue):
        printer = corpus.Printer(budget)
        tables = {t: r for t, r, _ in corpus.tables(budget, printer)}
        econ = tables["一般公共预算财政拨款基本支出预算表"]
        total, data = econ[2], econ[3:]
        assert number(total[2]) == number(tables["一般公共预算财政拨款支出预算表"][2][3])  # basic, both tables
        for col in (2, 3, 4):
            groups = [number(r[col]) for r in data if len((r[0] or "").strip()) == 3]
            assert abs(sum(groups) - number(total[col])) <= tolerance(budget, len(groups))
        assert abs(number(total[3]) + number(total[4]) - number(total[2])) <= tolerance(budget, 2)
        three = tables["一般公共预算“三公”经费支出表"][3]
        tp_total, overseas, vehicles, purchase, operation, reception = map(number, three)
        assert vehicles == purchase + operation  # 三公 parts are whole hundreds of 元: exact in both units
        assert tp_total == overseas + vehicles + reception
        fiscal = tables["财政拨款收支总表"]
        assert number(fiscal[-1][1]) == number(fiscal[-1][3])  # income = expenditure
        carry = next(r for r in fiscal if r[0] == "一般公共预算拨款")
        assert abs(number(fiscal[2][1]) + number(carry[1]) - number(fiscal[-1][1])) <= tolerance(budget, 2)


def test_narrative_states_the_table_totals(catalogue):
    for budget in budgets(catalogue, count=60):
        printer = corpus.Printer(budget)
        text = "\n".join(corpus.narrative(budget, printer))
        unit = "万元" if budget.amount_unit == "万元" else "元"
        for amount in (budget.total, budget.basic, budget.project, budget.public):
            assert printer.text(amount) in text
        assert printer.text(budget.total).strip().endswith(unit)
        for category in budget.categories():
            assert f"{category.name}{printer.text(category.a)}" in text


def test_units_in_yuan_documents(catalogue):
    budget = next(b for b in budgets(catalogue) if b.amount_unit == "元" and b.layout == "tsv_rows")
    text = corpus.render(budget)
    assert "单位：元" in text and "单位：万元" not in text
    assert "万元" not in text.split("六、专业性名词解释")[0]


def test_generate_writes_readable_disclosures(tmp_path: Path):
    manifest = corpus.generate(12, seed=5, out=tmp_path / "corpus", workers=1)
    files = list_files(tmp_path / "corpus")  # the manifest is hidden: not a document
    assert len(files) == manifest["documents"] == 12
    assert corpus.corpus_is_complete(tmp_path / "corpus", 12, 5)
    assert not corpus.corpus_is_complete(tmp_path / "corpus", 12, 6)
    for path in files:
        meta = detect(decode(path.read_bytes()).lines)
        assert meta.is_disclosure and meta.district and meta.fiscal_year, path


def test_no_synthetic_budget_is_another_version_of_a_real_document(catalogue):
    # the bundled documents' units and years are taken: a synthetic budget beside them in one
    # run (the Spark comparison) would otherwise be a second version of a real document with
    # other figures (a versions_agree mismatch); 重庆市渝中区人民政府办公室 2026 is document 001
    assert ("重庆市渝中区人民政府办公室", 2026) in catalogue.taken
    assert len(catalogue.taken) == 5
    for seed in (3, 7, 11):
        made = {(b.unit_name.removesuffix("（本级）"), b.year) for b in budgets(catalogue, count=400, seed=seed)}
        assert made.isdisjoint(catalogue.taken)
