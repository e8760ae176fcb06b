"""Disclosures of other regions: title blocks, outlines, wording, unit identity.

Each fixture in tests/fixtures/field/ was cut from a real published disclosure (Shanghai Putuo
district budgets and final accounts, Chongqing) that yusuan once got wrong; its right values
come from the field README and are asserted here, one test per file, named for the kind of
fault. Each kind also has variants of our own wording (other regions word things differently),
so that the rule is general. Amounts are in 元 (万元 × 10000).

The kinds that touch dbt (reconciliation, unit scope) run end to end in
tests/e2e/test_field_regions_pipeline.py.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.detect import detect, place_of
from extract.pipeline import process
from extract.reference import prefecture_provinces

FIELD = Path(__file__).resolve().parents[1] / "fixtures" / "field"
D = Decimal


class Parsed:
    """One document through the whole extraction (read -> detect -> parse), as the pipeline does."""

    def __init__(self, data: bytes) -> None:
        out = process(data, "test")
        self.document = out.document
        self.rows = out.rows
        self.problems = out.rows.get("raw_problems", [])

    @property
    def status(self) -> str:
        return self.document["status"]

    def codes(self) -> list[str]:
        return [p["code"] for p in self.problems]

    def figures(self) -> dict[tuple[str, str], Decimal]:
        """(metric, function_code) -> value of every narrative figure kept (not rejected)."""
        out: dict[tuple[str, str], Decimal] = {}
        for row in self.rows.get("raw_narrative_figures", []):
            if row["is_rejected"] == "true" or row["unit_text"]:
                continue
            key = (row["metric"], row["function_code"])
            assert key not in out, f"{key} stated twice"
            out[key] = D(row["value"])
        return out

    def metric(self, name: str, code: str = "") -> Decimal | None:
        return self.figures().get((name, code))

    def values(self) -> set[Decimal]:
        return set(self.figures().values())

    def function_lines(self) -> dict[tuple[str, str], Decimal]:
        """(code, measure) -> amount of the current-year function table rows."""
        return {
            (r["code"], r["measure"]): D(r["amount_yuan"])
            for r in self.rows.get("raw_function_lines", [])
            if r.get("period", "current") in ("current", "")
        }

    def three_public(self) -> dict[str, Decimal]:
        return {
            r["item"]: D(r["amount_yuan"])
            for r in self.rows.get("raw_three_public", [])
            if r.get("period", "current") in ("current", "")
        }


def field(name: str) -> Parsed:
    (path,) = FIELD.glob(f"{name}_*.txt")
    return Parsed(path.read_bytes())


def text(doc: str) -> Parsed:
    return Parsed(doc.encode("utf-8"))


# --- 1. title blocks ---------------------------------------------------------------------------


def test_title_block_unit_budget_without_qingkuang_shuoming():
    doc = field("01")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.document["doc_kind"] == "budget"
    assert doc.document["fiscal_year"] == "2024"
    assert doc.document["unit_name"] == "上海市普陀区社会福利院"
    assert doc.document["scope"] == "unit_only"
    assert doc.metric("income_total") == D("12121200.00")


def test_title_block_incomplete_year_taken_from_the_text():
    doc = field("13")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.document["doc_kind"] == "final_accounts"
    assert doc.document["fiscal_year"] == "2024"
    (problem,) = [p for p in doc.problems if p["code"] == "title_year_incomplete"]
    assert "'202 年'" in problem["message"] and "2024" in problem["message"]
    assert doc.metric("income_total") == D("29462500.00")
    assert doc.metric("expenditure_total") == D("29400500.00")


@pytest.mark.parametrize(
    ("head", "unit", "year", "kind", "scope"),
    [
        ("浙江省财政厅2024 年度部门决算", "浙江省财政厅", "2024", "final_accounts", "department"),
        (
            "上海市普陀区2026年区级部门预算\n预算主管部门：上海市普陀区教育局",
            "上海市普陀区教育局",
            "2026",
            "budget",
            "department",
        ),
        ("重庆市财政局\n2019年部门预算编制说明", "重庆市财政局", "2019", "budget", "department"),
        ("杭州市司法局2026年度部门预算公开", "杭州市司法局", "2026", "budget", "department"),
        # a web page's title ('…部门预算信息公开'; a fresh-user trial's page was refused)
        ("某市某区某局2025年部门预算信息公开", "某市某区某局", "2025", "budget", "department"),
        ("某县某中心2024年度单位决算信息公开", "某县某中心", "2024", "final_accounts", "unit_only"),
        ("广东省佛山市南海区某中心\n2025 年 单位预算", "广东省佛山市南海区某中心", "2025", "budget", "unit_only"),
        ("某市某局\n2026年部门预算和“三公”经费预算情况说明", "某市某局", "2026", "budget", "department"),
        # the year first, page numbers before and after (a real 2019 Foshan final accounts)
        ("1\n2019 年佛山市轨道交通局 部门决算 \n2", "佛山市轨道交通局", "2019", "final_accounts", "department"),
        # kind 8, held-out set 78: a school's 单位预算 naming the department it reports to (预算主管部门)
        # below its title: the unit is the school, never the department
        (
            "宜春市袁州区第三中学\n2024年单位预算\n\n预算主管部门：宜春市袁州区教育体育局\n单位代码：306017",
            "宜春市袁州区第三中学",
            "2024",
            "budget",
            "unit_only",
        ),
        (
            "某市某区某医院2025年单位预算\n预算主管部门：某市某区卫生健康委员会",
            "某市某区某医院",
            "2025",
            "budget",
            "unit_only",
        ),
    ],
)
def test_title_block_variants_of_other_regions(head, unit, year, kind, scope):
    meta = detect((head + "\n一、部门概况\n负责某项工作。").split("\n"))
    assert meta.is_disclosure, meta.reason
    assert (meta.unit_name, meta.fiscal_year, meta.doc_kind, meta.scope) == (unit, year, kind, scope)


def test_title_block_incomplete_year_variants():
    doc = text(
        "杭州市司法局\n20 年部门预算情况说明\n一、收支总体情况\n2026年部门收入预算500.00万元，比2025年增加20.00万元。\n"
    )
    assert doc.document["fiscal_year"] == "2026"
    assert "title_year_incomplete" in doc.codes()
    assert doc.metric("income_total") == D("5000000.00")
    # no year in the text that completes it: no year is invented, and the problem says so
    meta = detect(["某局", "202 年度部门决算", "一、概况", "无。"])
    assert meta.is_disclosure and meta.fiscal_year == ""
    assert "no year in the text" in meta.problems[0][1]


def test_title_block_a_headline_about_a_disclosure_is_not_one():
    meta = detect(["区财政局公开2026年部门预算", "发布时间：2026-01-20", "一、公开的范围"])
    assert not meta.is_disclosure


# --- 2. outlines -------------------------------------------------------------------------------


def test_outline_of_five_sections_is_complete():
    doc = field("08")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.metric("income_general_public_budget") == D("5000000.00")
    assert doc.metric("basic_expenditure") == D("3000000.00")
    assert doc.metric("project_expenditure") == D("2000000.00")
    assert doc.metric("three_public_total") == D("100000.00")
    assert doc.metric("operating_cost") == D("500000.00")


def test_outline_contents_page_listing_tables():
    doc = field("03")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.document["doc_kind"] == "final_accounts"
    assert doc.document["fiscal_year"] == "2024"
    assert doc.document["table_count"] == "0"  # the 目录 names tables; none is in the file
    assert doc.metric("income_total") == D("5000000.00")
    assert doc.metric("expenditure_total") == D("5000000.00")
    assert doc.metric("basic_expenditure") == D("3000000.00")
    assert doc.metric("project_expenditure") == D("2000000.00")


OUTLINE_SEVEN = """重庆市某区某局
2025年部门预算情况说明
一、部门主要职责
负责某项工作。
二、部门预算单位构成
本部门只有本级。
三、收支预算总体情况
2025年收入预算300.00万元，支出预算300.00万元。
四、一般公共预算财政拨款支出情况
基本支出200.00万元，项目支出100.00万元。
五、政府采购情况
无。
六、国有资产占用情况
无。
七、名词解释
基本支出：指为保障机构正常运转的支出。
"""


@pytest.mark.parametrize(
    "doc",
    [
        OUTLINE_SEVEN,
        # 名词解释 first, then the figures
        "某市某局\n2025年单位预算\n一、名词解释\n项目支出：指特定目标的支出。\n二、预算情况\n支出预算300.00万元。\n",
        # a contents page whose entries carry page numbers, then the narrative
        "某市某局\n2024年度部门决算\n目录\n一、收入支出决算总表……3\n二、支出决算表……4\n"
        "三、情况说明……5\n一、收入支出决算总体情况\n本年支出合计300.00万元。\n",
    ],
    ids=["seven_sections", "terms_first", "contents_with_pages"],
)
def test_outline_variants_are_complete(doc):
    parsed = text(doc)
    assert parsed.status == "ok", parsed.document["problems"]
    assert D("3000000.00") in parsed.values()


def test_outline_tables_before_the_narrative():
    doc = text(
        "某市某局\n2025年单位预算\n一般公共预算财政拨款支出预算表\n单位：万元\n"
        "科目编码\t科目名称\t总计\t基本支出\t项目支出\n合计\t\t300.00\t200.00\t100.00\n"
        "201\t一般公共服务支出\t300.00\t200.00\t100.00\n"
        "一、单位预算编制说明\n2025年收入预算300.00万元，支出预算300.00万元。\n二、“三公”经费\n“三公”经费预算3.00万元。\n"
    )
    assert doc.status == "ok", doc.document["problems"]
    assert doc.metric("income_total") == D("3000000.00")
    assert doc.metric("three_public_total") == D("30000.00")
    assert doc.function_lines()[("201", "basic")] == D("2000000.00")


@pytest.mark.parametrize(
    "ending",
    ["2025年收入预算300.00万元，支出", "2025年收入预算300.00万元，其中：", "2025年收入预算300.", "四、“三公”经费"],
    ids=["words_after_comma", "colon", "mid_number", "bare_heading"],
)
def test_outline_cut_off_rests_on_a_broken_last_line(ending):
    doc = text(
        "重庆市某区某局\n2025年部门预算情况说明\n一、部门概况\n2025年支出预算300.00万元。\n二、收支情况\n" + ending
    )
    assert doc.status == "partial"
    (problem,) = [p for p in doc.problems if p["code"] == "narrative_cut_off"]
    assert "cut off" in problem["message"]


# --- 3. narrative anywhere ---------------------------------------------------------------------


def test_narrative_after_tables():
    doc = field("04")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.metric("three_public_total") == D("100000.00")
    assert doc.metric("three_public_overseas") == D("0.00")
    assert doc.metric("three_public_reception") == D("20000.00")
    assert doc.metric("three_public_vehicle_operation") == D("80000.00")
    assert doc.metric("three_public_vehicle_purchase") == D("0.00")
    assert doc.metric("operating_cost") == D("500000.00")
    lines = doc.function_lines()
    assert lines[("201", "basic")] == D("2000000.00")
    assert lines[("201", "project")] == D("2000000.00")
    assert lines[("221", "basic")] == D("1000000.00")


TABLE = (
    "一般公共预算财政拨款支出预算表\n单位：万元\n科目编码\t科目名称\t总计\t基本支出\t项目支出\n"
    "合计\t\t300.00\t200.00\t100.00\n201\t一般公共服务支出\t300.00\t200.00\t100.00\n"
)


@pytest.mark.parametrize(
    "after",
    [
        "部门预算编制说明\n2025年“三公”经费预算数为3.00万元。机关运行经费预算为40.00万元。\n",
        "第三部分 单位预算编制说明\n一、三公经费\n2025年“三公”经费预算3.00万元；\n二、机关运行经费\n"
        "2025年本单位机关运行经费预算为40.00万元。\n",
        "其他相关情况说明\n（一）“三公”经费\n“三公”经费预算3.00万元。\n（二）机关运行经费\n运行经费40.00万元。\n",
    ],
    ids=["bianzhi_shuoming", "third_part", "other_related"],
)
def test_narrative_after_tables_variants(after):
    doc = text("某市某局\n2025年单位预算\n" + TABLE + "\n" + after)
    assert doc.status == "ok", doc.document["problems"]
    assert doc.metric("three_public_total") == D("30000.00")
    assert doc.metric("operating_cost") == D("400000.00")


# --- 4. the unit's own name as the subject -----------------------------------------------------


def test_unit_name_as_subject():
    doc = field("05")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.metric("income_total") == D("96282200.00")
    assert doc.metric("vehicles_total") == D("3")
    assert "narrative_unparsed_figure" not in doc.codes()


@pytest.mark.parametrize(
    "sentence",
    [
        "2026年，普陀区司法局收入预算500.00万元。",  # a shorter form of the name
        "上海市普陀区司法局2026年收入预算500.00万元。",  # the name before the year
        "截至2025年底，区司法局共有车辆2辆；司法局收入预算500.00万元。",
    ],
)
def test_unit_name_as_subject_variants(sentence):
    doc = text("上海市普陀区司法局\n2026年部门预算情况说明\n一、部门预算编制说明\n" + sentence + "\n")
    assert doc.metric("income_total") == D("5000000.00")
    assert "narrative_unparsed_figure" not in doc.codes()


def test_unit_name_with_its_scope_as_subject():
    # '上海市普陀区建设和管理委员会（部门）共有车辆17辆' (a 2026 budget, fresh15b): the scope after the
    # name goes with it
    doc = text(
        "上海市普陀区司法局\n2026年部门预算情况说明\n一、国有资产占有使用情况\n"
        "截至2025年8月31日，上海市普陀区司法局（部门）共有车辆7辆，其中：执法执勤用车6辆、其他用车1辆。\n"
    )
    assert doc.metric("vehicles_total") == D("7")
    assert doc.metric("vehicles_law_enforcement") == D("6")
    assert "narrative_unparsed_figure" not in doc.codes()


def test_another_units_name_is_not_stripped():
    doc = text("上海市普陀区司法局\n2026年部门预算情况说明\n一、说明\n2026年，上海市普陀区财政局收入预算500.00万元。\n")
    assert doc.metric("income_total") is None
    assert "narrative_unparsed_figure" in doc.codes()


# --- 5. item-level prose -----------------------------------------------------------------------


def test_item_level_prose():
    doc = field("06")
    assert doc.metric("expenditure_function", "2040601") == D("16726700.00")
    assert doc.metric("expenditure_total") == D("96282200.00")
    totals = {k: v for k, v in doc.figures().items() if k[0] in ("expenditure_total", "income_total")}
    assert totals == {("expenditure_total", ""): D("96282200.00")}
    assert D("16906900.00") not in doc.values()  # 1690.69 is last year's execution
    assert "narrative_conflict" not in doc.codes()


def test_item_level_category_with_lei_marker():
    doc = field("16")
    categories = {code: v for (metric, code), v in doc.figures().items() if metric == "expenditure_category"}
    assert categories == {
        "201": D("21066600.00"),
        "208": D("3267200.00"),
        "210": D("609900.00"),
        "221": D("4456900.00"),
    }


CODED_ITEMS = """昆明市某局
2026年部门预算说明
一、部门预算编制说明
2026年部门预算总支出3,000,000.00元。主要用于以下方面：
2010302一般公共服务支出-政府办公厅(室)及相关机构事务-一般行政管理事务2,412,925.82元，主要反映一般行政管理事务支出。
2080501社会保障和就业支出-行政事业单位养老支出-行政单位离退休252,000.00元，主要反映行政单位退休人员支出。
2101101一般公共服务支出-行政事业单位医疗-行政单位医疗223,513.30元，主要反映行政单位医疗支出。
2210201住房公积金111,560.88元，主要反映住房公积金支出。
"""


def test_item_level_prose_with_the_code_before_the_names_of_its_levels():
    # the Kunming web page's wording: '2010302一般公共服务支出-政府办公厅(室)及相关机构事务-
    # 一般行政管理事务24,129,258.22元'; a code whose category name contradicts it (210 named
    # 一般公共服务支出) is not trusted: no figure, a warning; a code with the name of its own level
    # alone is trusted only when the official list names that code so ('2210201住房公积金': 住房公积金
    # is 2210201 under 22102)
    doc = text(CODED_ITEMS)
    items = {code: v for (metric, code), v in doc.figures().items() if metric == "expenditure_function"}
    assert items == {"2010302": D("2412925.82"), "2080501": D("252000.00"), "2210201": D("111560.88")}
    assert doc.metric("expenditure_total") == D("3000000.00")
    assert D("223513.30") not in doc.values()
    unparsed = [p["message"] for p in doc.problems if p["code"] == "narrative_unparsed_figure"]
    assert any("223,513.30元" in m for m in unparsed)


WELFARE_HOME_PDF = FIELD.parent / "published" / "上海市普陀区社会福利院2024年单位预算.pdf"


def test_item_level_prose_named_by_levels_without_digits():
    # the published 福利院 2024 unit budget: '1. “社会保障和就业支出（类）行政事业单位养老支出（款）
    # 事业单位离退休（项）”53.84万元' names its item by the names of its levels; the code is the
    # official one of those names under their parents ('医疗卫生与计划生育支出', the old name of 210,
    # too; the table misprints that row's code as '7 11 02'). 738.66 is the text's own figure.
    doc = Parsed(WELFARE_HOME_PDF.read_bytes())
    items = {code: v for (metric, code), v in doc.figures().items() if metric == "expenditure_function"}
    assert items == {
        "2080502": D("538400.00"),
        "2080505": D("767600.00"),
        "2080506": D("383800.00"),
        "2081005": D("7386600.00"),
        # '医疗卫生与计划生育支出' is the former official name of 类 210 (卫生健康支出 since 2019); the
        # table row of this item prints a misprinted code and is not loaded, so the code comes from
        # the official list by the parent chain 210 > 行政事业单位医疗 (款 21011) > 事业单位医疗
        "2101102": D("503700.00"),
        "2210201": D("335800.00"),
    }
    assert not [p for p in doc.problems if p["code"] == "narrative_item_unresolved"]
    # '2023年当年预算执行数为54.60万元': last year's execution, no figure
    assert D("546000.00") not in doc.values()


ITEMS_BY_TABLE_NAMES = """上海市普陀区某局
2026年部门预算情况说明
一、部门预算编制说明
支出预算500.00万元，主要内容如下：
1.“公共安全支出（类）监狱（款）狱政设施建设（项）”300.00万元，主要用于监狱改造。
2.“公共安全支出（类）监狱（款）罪犯改造新名目（项）”200.00万元，主要用于罪犯改造。
一般公共预算财政拨款支出预算表
单位：万元
科目编码	科目名称	合计	基本支出	项目支出
204	公共安全支出	500.00		500.00
20407	监狱	500.00		500.00
2040704	狱政设施建设	300.00		300.00
2040799	其他监狱支出	200.00		200.00
	合计	500.00		500.00
"""


def test_item_level_prose_named_by_levels_takes_the_code_of_the_tables_row_of_those_names():
    # names the document's own function table prints under those parents give its code; a name
    # neither the reference nor the tables know is not understood: no figure, never a guess
    doc = text(ITEMS_BY_TABLE_NAMES)
    items = {code: v for (metric, code), v in doc.figures().items() if metric == "expenditure_function"}
    assert items == {"2040704": D("3000000.00")}
    assert D("2000000.00") not in doc.values()
    unresolved = [p["message"] for p in doc.problems if p["code"] == "narrative_item_unresolved"]
    assert any("罪犯改造新名目" in m for m in unresolved)


ITEMS = """上海市普陀区某局
2026年部门预算情况说明
一、部门预算编制说明
支出预算500.00万元。
1、一般公共服务支出（201类）财政事务（06款）行政运行（01项）120.50万元。2025年预算执行数为118.00万元，2026年预算安排120.50万元。
2、教育支出（类）300.00万元。
3、卫生健康支出（210类）公立医院（款）80.00万元。
4、公共安全支出（201类）50.00万元。
5、社会保障和就业支出（208类）行政事业单位养老支出（05款）29.50万元，2026年预算安排29.60万元。
"""


def test_item_level_prose_variants():
    doc = text(ITEMS)
    figures = doc.figures()
    assert figures[("expenditure_function", "2010601")] == D("1205000.00")
    assert figures[("expenditure_category", "205")] == D("3000000.00")  # an empty （类） after its name
    assert figures[("expenditure_function", "20805")] == D("295000.00")
    assert figures[("expenditure_total", "")] == D("5000000.00")
    # an empty 款 mark, a code that contradicts the name, another amount for the same item: no figure
    for wrong in ("800000.00", "500000.00", "296000.00", "1180000.00"):
        assert D(wrong) not in doc.values()
    unparsed = [p["message"] for p in doc.problems if p["code"] == "narrative_unparsed_figure"]
    assert any("80.00万元" in m for m in unparsed)
    assert any("50.00万元" in m for m in unparsed)
    assert any("29.60万元" in m for m in unparsed)


# --- 6. wording --------------------------------------------------------------------------------


def test_wording_no_operating_cost():
    doc = field("12")
    assert doc.metric("operating_cost") == D("0.00")
    assert doc.metric("three_public_total") == D("64000.00")
    assert doc.metric("three_public_change_vs_prior_year") == D("0.00")


def test_wording_letter_spaced_text():
    doc = field("15")
    assert doc.metric("income_total") == D("29462500.00")
    assert doc.metric("income_fiscal_appropriation") == D("29400500.00")
    assert doc.metric("income_other") == D("62000.00")


WORDING = """上海市普陀区某中心
2025年单位预算情况说明
一、单位预算编制说明
收 入 预 算 合 计 100.00 万 元 ， 支 出 预 算 合 计 100.00 万 元 。
二、“三公”经费预算情况说明
2025年“三公”经费预算数为2.00万元，与上年一致。其中：没有安排因公出国（境）费；公务接待费为零；公务用车运行维护费2.00万元。
三、机关运行经费预算
本单位未安排机关运行经费。
四、政府采购
2025年政府采购预算总额5.00万元，较上年无变化。
"""


def test_wording_variants():
    doc = text(WORDING)
    assert doc.metric("income_total") == D("1000000.00")
    assert doc.metric("expenditure_total") == D("1000000.00")
    assert doc.metric("three_public_change_vs_prior_year") == D("0.00")
    assert doc.metric("three_public_overseas") == D("0.00")
    assert doc.metric("three_public_reception") == D("0.00")
    assert doc.metric("three_public_vehicle_operation") == D("20000.00")
    assert doc.metric("operating_cost") == D("0.00")
    assert doc.metric("procurement_total_change_vs_prior_year") == D("0.00")
    assert doc.metric("procurement_total") == D("50000.00")


def test_wrong_is_worse_than_missing_a_part_named_by_the_words_of_a_total():
    # the Kunming web page's wording: '部门财务总收入' is the all-funds income; '财政拨款收入X，其中：
    # 本年收入Y，上年结转收入Z' names a part of the appropriation by the words of a total: never the
    # document's income_total (here it would be 800,000.00, the total is 1,000,000.00) but the
    # appropriation's own part of the year (metrics.csv: income_fiscal_appropriation_current_year)
    doc = text(
        "昆明市某局\n2026年部门预算说明\n一、收支预算总体情况\n"
        "2026年部门财务总收入1,000,000.00元，其中：一般公共预算900,000.00元，事业收入100,000.00元。\n"
        "2026年部门财政拨款收入900,000.00元，其中：本年收入800,000.00元，上年结转收入100,000.00元。\n"
    )
    assert doc.metric("income_total") == D("1000000.00")
    assert doc.metric("income_fiscal_appropriation") == D("900000.00")
    assert doc.metric("income_fiscal_appropriation_current_year") == D("800000.00")
    # the appropriation's carry-over is that fund's part of the carry-over: the 事业收入 may carry
    # money over too, so it is never the unit's whole income_carryover
    assert doc.metric("income_carryover") is None


def test_the_carryover_of_a_fund_that_is_all_the_income_is_the_units():
    # the Kunming page itself: the appropriation is all the income (the same amount as the total),
    # so its carry-over is all the carry-over
    doc = text(
        "昆明市某局\n2026年部门预算说明\n一、收支预算总体情况\n"
        "2026年部门财务总收入900,000.00元，其中：一般公共预算900,000.00元，事业收入0.00元。\n"
        "2026年部门财政拨款收入900,000.00元，其中：本年收入900,000.00元，上年结转收入0.00元。\n"
    )
    assert doc.metric("income_carryover") == D("0.00")


def test_wrong_is_worse_than_missing_a_part_no_metric_holds():
    # the same wording after a figure whose year's own part metrics.csv has no metric for: unparsed
    doc = text(
        "昆明市某局\n2026年部门预算说明\n一、收支预算总体情况\n"
        "2026年部门财务总收入1,000,000.00元，其中：一般公共预算900,000.00元，事业收入100,000.00元。\n"
        "2026年一般公共预算拨款收入900,000.00元，其中：本年收入800,000.00元，上年结转收入100,000.00元。\n"
    )
    assert doc.metric("income_total") == D("1000000.00")
    assert D("800000.00") not in doc.values()
    unparsed = [p["message"] for p in doc.problems if p["code"] == "narrative_unparsed_figure"]
    assert any("800,000.00元" in m and "a part of income_general_public_budget" in m for m in unparsed), unparsed


def test_wrong_is_worse_than_missing_the_change_of_a_figure_not_kept():
    # an income stated twice ('一般公共预算拨款收入90.00万元' and later '一般公共预算拨款收入95.00万元，
    # 比上年执行数增加5.00万元'): the statements disagree, so neither is kept; the change is the
    # second's, so it is not kept either
    doc = text(
        "杭州市某局\n2026年部门预算\n一、收支预算\n"
        "2026年收入预算100.00万元，比上年增加3.00万元。其中：一般公共预算拨款收入90.00万元；其他收入10.00万元。\n"
        "2026年一般公共预算拨款收入95.00万元，比上年执行数增加5.00万元。\n"
    )
    assert doc.metric("income_general_public_budget") is None
    assert doc.metric("income_change_vs_prior_year") == D("30000.00")  # its own figure was kept
    assert doc.metric("income_general_public_budget_change_vs_prior_year") is None
    assert D("50000.00") not in doc.values()
    assert any("not kept either" in p["message"] for p in doc.problems if p["code"] == "narrative_conflict")


def test_wording_the_appropriation_of_the_year_is_its_spending():
    # Hangzhou (the Zhejiang template): '（五）一般公共预算当年拨款情况说明' states the spending of the
    # 一般公共预算当年拨款表 (its 类 follow), and its change against the prior year's 执行数; beside the
    # income '一般公共预算拨款收入90.00万元' it is no second statement of that income
    doc = text(
        "杭州市某局\n2026年部门预算\n一、收支预算\n"
        "2026年收入预算100.00万元，比上年增加3.00万元。其中：一般公共预算拨款收入90.00万元；其他收入10.00万元。\n"
        "（五）一般公共预算当年拨款情况说明\n"
        "2026年一般公共预算当年拨款95.00万元，比上年执行数增加5.00万元。\n"
    )
    assert doc.metric("income_general_public_budget") == D("900000.00")
    assert doc.metric("income_general_public_budget_change_vs_prior_year") is None
    assert doc.metric("expenditure_general_public_budget") == D("950000.00")
    assert doc.metric("expenditure_general_public_budget_change_vs_prior_year") == D("50000.00")
    assert not [p for p in doc.problems if p["code"] == "narrative_conflict"]


def test_wording_a_key_project_states_its_own_budget():
    # the Kunming web page: '八、重点项目预算绩效目标情况' names each project in a clause of its own and
    # its 年初预算: the project's budget (key_project_budget, name_text the project), one per
    # project, never a document total; a clause naming a group of projects ('重点项目') names none
    doc = text(
        "昆明市某局\n2026年部门预算说明\n一、收支预算总体情况\n"
        "2026年部门财务总收入1,000,000.00元，其中：一般公共预算1,000,000.00元。\n"
        "八、重点项目预算绩效目标情况\n"
        "（一）12345热线工作经费，年初预算600,000.00元，绩效目标：提高热线接通率。\n"
        "（二）政府信息公开工作经费，年初预算80,000.00元，绩效目标：网站合格率100%。\n"
        "（三）重点项目，年初预算700,000.00元，绩效目标：按期完成。\n"
    )
    projects = {
        (r["name_text"], D(r["value"]))
        for r in doc.rows["raw_narrative_figures"]
        if r["metric"] == "key_project_budget" and r["is_rejected"] == "false"
    }
    assert projects == {("12345热线工作经费", D("600000.00")), ("政府信息公开工作经费", D("80000.00"))}
    others = {
        r["metric"]: D(r["value"]) for r in doc.rows["raw_narrative_figures"] if r["metric"] != "key_project_budget"
    }
    assert others["income_total"] == D("1000000.00")
    assert D("700000.00") not in others.values()
    assert not [p for p in doc.problems if p["code"] == "narrative_conflict"]


def test_wording_a_project_statement_states_its_budget_under_a_heading():
    # the Shanghai template's project statement: '人民调解项目经费情况说明 … 六、年度预算安排' and the
    # amount alone on the next line: that project's budget; a lone amount under another heading is not
    doc = text(
        "上海市普陀区某局\n2026年部门预算情况说明\n一、收支预算总体情况\n"
        "2026年，本部门收入预算1000万元。\n"
        "人民调解项目经费情况说明\n一、项目概述\n人民调解承担着化解社会矛盾的责任。\n"
        "五、实施周期\n2025年1月1日-2025年12月31日\n六、年度预算安排\n795万元\n"
        "七、绩效目标\n推动人民调解工作规范化。\n八、其他\n20万元\n"
    )
    rows = [r for r in doc.rows["raw_narrative_figures"] if r["metric"] == "key_project_budget"]
    assert [(r["name_text"], r["value"]) for r in rows] == [("人民调解项目经费", "7950000.00")]
    assert D("200000.00") not in doc.values()


@pytest.mark.parametrize(
    ("budget_line", "want"),
    [
        ("2026年度预算安排1,234.56万元。", "12345600.00"),  # this year's words before the amount (fresh15b)
        ("本年度预算金额为300万元。", "3000000.00"),
        ("2025年安排建设资金500万元。", None),  # another year's money: never this budget's
        ("总投资为900万元。", None),  # not the year's budget
    ],
)
def test_wording_a_project_budget_after_this_years_words(budget_line, want):
    doc = text(
        "上海市普陀区某委员会\n2026年部门预算情况说明\n一、收支预算总体情况\n"
        "2026年，本部门收入预算5000万元。\n"
        "某路下立交工程项目经费情况说明\n一、项目概述\n道路全长约500米。\n"
        "六、年度预算安排\n" + budget_line + "\n七、绩效目标\n详见项目绩效目标表\n"
    )
    rows = [r for r in doc.rows["raw_narrative_figures"] if r["metric"] == "key_project_budget"]
    assert [(r["name_text"], r["value"]) for r in rows] == ([("某路下立交工程项目经费", want)] if want else [])


def test_wording_the_book_value_of_assets_disposed_of():
    # the Yunnan template's 国有资产占有使用情况: each 账面原值 is the book value of the assets the
    # clause before it counts (buildings, vehicles, assets written off); one whose assets are not
    # said names nothing
    doc = text(
        "昆明市某局\n2026年部门预算说明\n一、国有资产占有使用情况\n"
        "截至2025年12月31日，本单位资产总额100.00元。处置房屋建筑物10平方米，账面原值1,000.00元；"
        "处置车辆1辆，账面原值2,000.00元；报废报损资产3项，账面原值3,000.00元，实现资产处置收入400.00元。\n"
        "另有资产账面原值5,000.00元。\n"
    )
    assert doc.metric("assets_disposed_buildings_book_value") == D("1000.00")
    assert doc.metric("vehicles_disposed") == D("1")
    assert doc.metric("assets_disposed_vehicles_book_value") == D("2000.00")
    assert doc.metric("assets_written_off_book_value") == D("3000.00")
    assert doc.metric("assets_disposal_income") == D("400.00")
    assert D("5000.00") not in doc.values()


def test_wording_vehicles_held_bought_and_people_received():
    # the Guangdong final-accounts template: cars bought in the year (购置数), held at its end (保有量),
    # 岗位保障用车, people received (接待人数); Kunming: the planned 年末公务用车保有量
    doc = text(
        "佛山市某局\n2019年度部门决算\n一、其他\n"
        "2.公务用车购置及运行维护费支出 2万元，其中：公务用车购置支出为 0万元，2019年公务用车购置数 1辆。"
        "公务用车运行及维护支出 2万元，2019 年局机关及下属 0 个单位公务用车保有量为 3辆，主要用于执法。\n"
        "3.公务接待费支出 0.16万元。发生国内接待 1次，接待人数共 13人。\n"
        "截至 2019年 12 月 31 日，本部门共有车辆 3辆，其中，岗位保障用车 1 辆、执法执勤用车 2 辆。\n"
    )
    assert doc.metric("vehicles_to_purchase") == D("1")
    assert doc.metric("vehicles_year_end") == D("3")
    assert doc.metric("three_public_reception_people") == D("13")
    assert doc.metric("vehicles_total") == D("3")
    assert doc.metric("vehicles_post_support") == D("1")
    assert doc.metric("vehicles_law_enforcement") == D("2")


def test_wording_the_cars_the_purchase_money_buys():
    # Hangzhou (the Zhejiang template): the 三公 purchase money 'is used for' N cars: a count of its
    # own (vehicles_to_purchase_three_public), not the department's cars to buy (all funds, 6);
    # the change after it is still the purchase money's
    doc = text(
        "杭州市某局\n2026年部门预算\n一、三公\n"
        "公务用车购置及运行维护费预算 339.68 万元。其中，公务用车购置支出 151.68万元（含购置税等附加费用），"
        "主要用于经批准购置的 5辆公务用车，比上年预算数增加 27.78 万元，增长 22.4%。\n"
        "2026 年部门预算安排购置车辆 6 辆，其中，一般公务用车 0 辆、执法执勤用车 6 辆。\n"
    )
    assert doc.metric("three_public_vehicle_purchase") == D("1516800.00")
    assert doc.metric("vehicles_to_purchase_three_public") == D("5")
    assert doc.metric("three_public_vehicle_purchase_change_vs_prior_year") == D("277800.00")
    assert doc.metric("vehicles_to_purchase") == D("6")


def test_wording_every_kind_of_official_vehicle_is_counted():
    # the Shanghai template counts each kind of official vehicle, owned and to buy
    doc = text(
        "上海市普陀区某局\n2026年部门预算情况说明\n一、其他\n"
        "截至2025年8月31日，本部门共有车辆5辆，其中：部级领导干部用车0辆、主要领导干部用车1辆、"
        "机要通信用车0辆、应急保障用车1辆、执法执勤用车2辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车1辆。"
        "2026年部门预算安排购置车辆1辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车0辆、"
        "应急保障用车1辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。\n"
    )
    got = {metric: v for (metric, _), v in doc.figures().items() if metric.startswith("vehicles")}
    assert got == {
        "vehicles_total": D(5),
        "vehicles_ministerial_leader": D(0),
        "vehicles_principal_leader": D(1),
        "vehicles_confidential_communication": D(0),
        "vehicles_emergency": D(1),
        "vehicles_law_enforcement": D(2),
        "vehicles_special": D(0),
        "vehicles_retired_cadres": D(0),
        "vehicles_other": D(1),
        "vehicles_to_purchase": D(1),
        "vehicles_to_purchase_ministerial_leader": D(0),
        "vehicles_to_purchase_principal_leader": D(0),
        "vehicles_to_purchase_confidential_communication": D(0),
        "vehicles_to_purchase_emergency": D(1),
        "vehicles_to_purchase_law_enforcement": D(0),
        "vehicles_to_purchase_special": D(0),
        "vehicles_to_purchase_retired_cadres": D(0),
        "vehicles_to_purchase_other": D(0),
    }
    assert "narrative_unparsed_figure" not in doc.codes()


def test_wording_a_garbled_three_public_label_is_a_problem_not_silence():
    doc = text(
        "某市某局\n2026年部门预算\n一、三公经费\n2026年“三公”经费预算1.00万元，其中：因公出□费0.40万元；公务接待费0.60万元。\n"
    )
    assert doc.metric("three_public_total") == D("10000.00")
    assert doc.metric("three_public_reception") == D("6000.00")
    assert doc.metric("three_public_overseas") is None
    (problem,) = [p for p in doc.problems if p["code"] == "narrative_unparsed_figure"]
    assert "0.40万元" in problem["message"]


def test_wording_no_is_zero_only_for_what_a_unit_may_not_have():
    # '无' before a word that is no such metric states nothing
    doc = text("某市某局\n2026年部门预算\n一、说明\n本单位无下属单位。支出预算10.00万元。\n")
    assert doc.figures() == {("expenditure_total", ""): D("100000.00")}
    # no cars is not a car cost of 0 (it is a fleet of 0: vehicles_year_end); no car running cost is
    doc = text("某市某局\n2026年部门预算\n一、三公\n本单位无公务用车，故无公务用车运行维护费。\n")
    assert doc.figures() == {("three_public_vehicle_operation", ""): D("0.00"), ("vehicles_year_end", ""): D("0")}


# --- 7. municipal and provincial units ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "province", "district"),
    [
        ("重庆市财政局", "重庆市", ""),
        ("浙江省财政厅", "浙江省", ""),
        # a prefecture city: its province from seeds/reference/prefecture_cities.csv, no district
        ("杭州市司法局", "浙江省", ""),
        ("昆明市人民政府办公室机关", "云南省", ""),
        ("佛山市轨道交通局", "广东省", ""),
        ("大理白族自治州财政局", "云南省", ""),
        ("吉林市财政局", "吉林省", ""),  # the city, not the province of the same name
        ("杭州市上城区教育局", "浙江省", "上城区"),
        ("广东省佛山市南海区财政局", "广东省", "南海区"),
        ("上海市普陀区司法局", "上海市", "普陀区"),
        ("重庆市规划和自然资源局渝中区分局", "重庆市", ""),
        ("宁夏回族自治区财政厅", "宁夏回族自治区", ""),
    ],
)
def test_municipal_and_provincial_places(name, province, district):
    assert place_of(name) == (province, district)


@pytest.mark.parametrize("unit", ["重庆市财政局", "浙江省财政厅", "昆明市人民政府办公室"])
def test_municipal_and_provincial_units_raise_no_district_warning(unit):
    doc = text(f"{unit}\n2026年部门预算情况说明\n一、说明\n2026年收入预算10.00万元。\n")
    assert doc.status == "ok"
    assert doc.document["district"] == ""
    assert "no_district" not in doc.codes()


@pytest.mark.parametrize(
    ("head", "province"),
    [
        ("杭州市司法局\n2026年部门预算情况说明", "浙江省"),
        ("昆明市人民政府办公室机关2026年部门预算", "云南省"),
        ("2019 年佛山市轨道交通局 部门决算", "广东省"),
    ],
)
def test_municipal_and_provincial_prefecture_city_units_take_the_province(head, province):
    doc = text(f"{head}\n一、说明\n2026年收入预算10.00万元。\n")
    assert (doc.document["province"], doc.document["district"]) == (province, "")
    assert "no_district" not in doc.codes()


def test_municipal_and_provincial_prefecture_city_list_is_the_standard_one():
    cities = prefecture_provinces()
    # GB/T 2260: 293 prefecture-level cities, 7 地区, 30 自治州, 3 盟 in 27 provinces and
    # autonomous regions (the four 直辖市 have none)
    assert len(cities) == 333
    assert sum(name.endswith("市") for name in cities) == 293
    assert sum(name.endswith("自治州") for name in cities) == 30
    assert sum(name.endswith("地区") for name in cities) == 7
    assert sum(name.endswith("盟") for name in cities) == 3
    assert len(set(cities.values())) == 27
    assert {"北京市", "天津市", "上海市", "重庆市"}.isdisjoint(cities.values())
    assert cities["杭州市"] == "浙江省" and cities["佛山市"] == "广东省" and cities["昆明市"] == "云南省"


def test_a_name_without_any_place_still_warns():
    doc = text("测试局\n2026年部门预算情况说明\n一、说明\n2026年收入预算10.00万元。\n")
    assert "no_district" in doc.codes()


# --- 8. unit identity: 部门 and 单位 ------------------------------------------------------------


def test_unit_identity_department_and_unit_only_scopes():
    department, unit_only = field("18a"), field("18b")
    assert department.document["unit_name"] == unit_only.document["unit_name"] == "上海市普陀区司法局"
    assert department.document["scope"] == "department"
    assert unit_only.document["scope"] == "unit_only"
    assert department.metric("income_total") == D("96282200.00")
    assert department.metric("three_public_total") == D("108100.00")
    assert unit_only.metric("income_total") == D("86959400.00")
    assert unit_only.metric("three_public_total") == D("107100.00")


@pytest.mark.parametrize(
    ("title", "scope"),
    [
        ("2026年单位预算情况说明", "unit_only"),
        ("2026 年 单位 预算", "unit_only"),
        ("2024年度单位决算", "unit_only"),
        ("2026年部门预算", "department"),
        ("2026年区级部门预算", "department"),
    ],
)
def test_unit_identity_scope_variants(title, scope):
    meta = detect(f"上海市普陀区司法局\n{title}\n一、说明\n无。".split("\n"))
    assert meta.scope == scope


# --- 9. honest reconciliation (extraction side; dbt in tests/e2e) ------------------------------


def test_reconciliation_wan_narrative_with_yuan_table_is_read():
    doc = field("17")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.document["amount_unit"] == "元"
    assert doc.metric("expenditure_total") == D("96282200.00")
    assert doc.function_lines()[("", "total")] == D("96282213.44")


def test_reconciliation_total_without_categories():
    doc = field("19")
    assert doc.status == "ok", doc.document["problems"]
    assert doc.metric("expenditure_total") == D("12121200.00")
    assert doc.metric("procurement_total") == D("1206000.00")
    assert doc.metric("three_public_total") == D("64000.00")
    assert not any(metric == "expenditure_category" for metric, _ in doc.figures())


# --- 10. wrong is worse than missing -----------------------------------------------------------


def test_other_table_titles():
    doc = field("14")
    assert doc.status == "ok", doc.document["problems"]
    lines = doc.function_lines()
    assert lines[("204", "basic")] == D("16726700.00")
    assert lines[("204", "project")] == D("70540500.00")
    assert lines[("221", "basic")] == D("4521600.00")
    assert doc.three_public() == {
        "total": D("108100.00"),
        "overseas": D("0.00"),
        "reception": D("8300.00"),
        "vehicle_total": D("99800.00"),
        "vehicle_purchase": D("0.00"),
        "vehicle_operation": D("99800.00"),
        "operating_cost": D("2178300.00"),  # printed beside the 三公, never a 三公 part
    }


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("2026年部门一般公共预算支出功能分类预算表", "gpb_function"),
        ("一般公共预算基本支出部门预算经济分类预算表", "gpb_basic_economic"),
        ("2026年政府性基金预算支出功能分类预算表", "gov_fund"),
        ("2026年部门财务收支预算总表", "dept_summary"),
        ("财政拨款收支预算总表", "fiscal_summary"),
        ("2026年部门收入预算总表", "dept_income"),
        ("2026年部门“三公”经费和机关运行经费预算表", "three_public"),
    ],
)
def test_other_table_title_variants(title, kind):
    from extract.tables.titles import kind_of

    assert kind_of(title) == kind


@pytest.mark.parametrize(
    ("sentence", "kept", "never"),
    [
        # a prior year's figure beside this year's
        ("2025年收入预算为480.00万元，2026年收入预算为500.00万元。", "5000000.00", "4800000.00"),
        # last year's execution
        ("2025年预算执行数为118.00万元。2026年收入预算500.00万元。", "5000000.00", "1180000.00"),
        # a reason clause
        ("2026年收入预算500.00万元，比上年增加20.00万元，主要原因是新增项目20.00万元。", "5000000.00", None),
    ],
)
def test_wrong_is_worse_than_missing(sentence, kept, never):
    doc = text("某市某局\n2026年部门预算情况说明\n一、说明\n" + sentence + "\n")
    assert doc.metric("income_total") == D(kept)
    if never:
        assert D(never) not in doc.values()
        assert "narrative_unparsed_figure" in doc.codes()


def test_municipal_and_provincial_place_from_the_title_when_the_name_has_none():
    meta = detect(["上海市普陀区2026年区级部门预算", "预算主管部门：区司法局", "一、部门概况", "负责司法工作。"])
    assert (meta.unit_name, meta.province, meta.district) == ("上海市普陀区司法局", "上海市", "普陀区")
    meta = detect(["浙江省2024年省级部门预算", "预算主管部门：财政厅", "一、部门概况", "负责财政工作。"])
    assert (meta.unit_name, meta.province, meta.district) == ("浙江省财政厅", "浙江省", "")
    # a field that names the unit in full keeps its name
    meta = detect(["上海市普陀区2026年区级部门预算", "预算主管部门：上海市普陀区教育局", "一、概况", "无。"])
    assert (meta.unit_name, meta.province, meta.district) == ("上海市普陀区教育局", "上海市", "普陀区")


HANGZHOU_LIKE = """杭州市司法局2026年部门预算
一、部门预算收支情况
2026年部门收入预算总计12,345.67万元，比上年增加345.67万元。其中：一般公共预算拨款收入12,000.00万元，政府性基金预算拨款收入0万元，其他收入345.67万元。
二、“三公”经费预算情况
2026年“三公”经费预算15.00万元，其中：因公出国（境）费3.00万元，公务接待费2.00万元，公务用车购置及运行费10.00万元（其中：公务用车购置费0万元，公务用车运行费10.00万元）。与上年相比，“三公”经费预算减少1.00万元。
三、其他
政府采购预算总额1,000.00万元，其中货物类200.00万元，工程类350.00万元，服务类450.00万元。
"""


def test_wording_of_another_province():
    doc = text(HANGZHOU_LIKE)
    assert doc.status == "ok", doc.document["problems"]
    expected = {
        ("income_total", ""): "123456700.00",
        ("income_change_vs_prior_year", ""): "3456700.00",
        ("income_general_public_budget", ""): "120000000.00",
        ("income_government_fund", ""): "0.00",
        ("income_other", ""): "3456700.00",
        ("three_public_total", ""): "150000.00",
        ("three_public_change_vs_prior_year", ""): "-10000.00",
        ("three_public_overseas", ""): "30000.00",
        ("three_public_reception", ""): "20000.00",
        ("three_public_vehicle_total", ""): "100000.00",
        ("three_public_vehicle_purchase", ""): "0.00",
        ("three_public_vehicle_operation", ""): "100000.00",
        ("procurement_total", ""): "10000000.00",
        ("procurement_goods", ""): "2000000.00",
        ("procurement_works", ""): "3500000.00",
        ("procurement_services", ""): "4500000.00",
    }
    assert doc.figures() == {key: D(value) for key, value in expected.items()}
    assert doc.problems == [] or "narrative_conflict" not in doc.codes()


# PDF exports: a page number between the lines of a sentence, an amount and its unit on two lines,
# a numbered heading that carries its text after a colon (cut from a real 2026 Hangzhou budget)
PDF_WRAPPED = """杭州市司法局
2026 年度部门预算
一、收入预算情况说明
2026 年收入预算 99,230.46 万元，比上年执行数增加
4
7,331.92 万元，增长 8.0%。
按支出用途分类，包括人员支出 58,486.35 万元，占 59.0%；日常公用支出 12,237.94 万元，占 12.3%。
一般公共服务（类）支出 12,868.19 万元，占 14.0%；公共安全（类）支出 69,081.15 万元，占 75.2%。
二、“三公”经费
1.因公出国（境）费用：本部门年初不编制因公出国（境）费用预算，年度执行中相应调增。
2.公务接待费：2026 年安排公务接待费预算 74.00 万
元，与上年预算数持平。
- 13 -
3.公务用车购置及运行维护费：2026 年安排公务用车
购置及运行维护费预算 339.68 万元。
"""


def test_narrative_pdf_wrapping_and_page_numbers():
    doc = text(PDF_WRAPPED)
    figures = doc.figures()
    assert figures[("income_total", "")] == D("992304600.00")
    assert figures[("income_change_vs_prior_year", "")] == D("73319200.00")  # never 47,331.92 with the page number
    assert figures[("personnel_expenditure", "")] == D("584863500.00")
    assert figures[("public_use_expenditure", "")] == D("122379400.00")
    assert figures[("expenditure_category", "201")] == D("128681900.00")
    assert figures[("expenditure_category", "204")] == D("690811500.00")
    assert figures[("three_public_overseas", "")] == D("0.00")
    assert figures[("three_public_reception", "")] == D("740000.00")
    assert figures[("three_public_reception_change_vs_prior_year", "")] == D("0.00")
    assert figures[("three_public_vehicle_total", "")] == D("3396800.00")
    assert D("473319200.00") not in doc.values()


# cut from a real 2019 Foshan final accounts: budget-vs-actual wording beside the actuals
FINAL_WORDING = """佛山市某局
2019 年度部门决算
一、财政拨款支出说明
2019 年度一般公共预算财政拨款支出 1668.14 万元，比年初预算数增加 1668.14 万元。
二、其他重要事项的情况说明
2019 年本部门机关运行经费支出 97.19 万元，比预算数增加 97.19 万元，增长 0%。主要增减变动情况是：我局为新成立单位，预算数为 0，因此增长 0%。
三、预算绩效管理工作开展情况
组织部门整体支出绩效自评，涉及一般公共预算支出 0 万元，政府性基金预算支出 0 万元。
"""


def test_wrong_is_worse_than_missing_budget_against_actual():
    doc = text(FINAL_WORDING)
    figures = doc.figures()
    assert figures[("expenditure_general_public_budget", "")] == D("16681400.00")
    assert figures[("operating_cost", "")] == D("971900.00")
    # a change against the budget is no change against the prior year; '预算数为0' names nothing;
    # the money of a performance sentence is no document total
    assert not any(metric.endswith("_change_vs_prior_year") for metric, _ in figures)
    assert "narrative_conflict" not in doc.codes()
    messages = [p["message"] for p in doc.problems if p["code"] == "narrative_unparsed_figure"]
    assert any("against the budget" in message for message in messages)


def test_item_level_prose_paragraph_opening_with_an_item_without_amount():
    # cut from a real 2024 Shanghai final accounts: the item is named in its first sentence,
    # its amounts come in a later one; none of them is a document total
    doc = text(
        "上海市普陀区某局\n2024 年度部门决算\n一、支出决算情况说明\n本年支出合计 2940.05 万元。\n"
        "4、一般公共服务支出（类）财政事务（款）财政委托业务\n支出（项）。主要用于：委托中介机构开展审计。"
        "年初预算为 450.52 万元，支出决算为 449.52 万元。\n"
    )
    totals = [r for r in doc.rows["raw_narrative_figures"] if r["metric"] != "expenditure_function"]
    assert [(r["metric"], r["value"], r["value_role"]) for r in totals] == [
        ("expenditure_total", "29400500.00", "actual")
    ]
    # the item's two figures (budget 4,505,200.00, actual 4,495,200.00) are never a document
    # total; with no function table in the cut, the official list (seeds/reference) names the
    # item level by level: 201 一般公共服务支出 / 20106 财政事务 / 2010608 财政委托业务支出
    items = [
        (r["function_code"], r["value_role"], r["value"])
        for r in doc.rows["raw_narrative_figures"]
        if r["metric"] == "expenditure_function"
    ]
    assert items == [("2010608", "budget", "4505200.00"), ("2010608", "actual", "4495200.00")]
    assert "narrative_item_unresolved" not in doc.codes()
    assert "narrative_conflict" not in doc.codes()
