"""Issue 20, kinds 9 and 10 (the fresh-user trial of session 22: Fujian, Jiangxi documents the helper
wrote): the spending of the sub-units beside the 机关本级's ('按单位划分，局机关本级支出X，所属单位支出Y')
is no statement of the department's total (before: read as expenditure_total, it conflicted with the
total and both were dropped, failing the run on a document that adds up); a 款 named by its names
alone is found among the document's own 款 rows."""

from __future__ import annotations

from narrative_figures import parse_document


def _kept(result) -> list[tuple[str, str, str]]:
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    return [(r["metric"], r["function_code"], r["value"]) for r in rows]


def test_the_sub_units_spending_beside_the_organs_is_no_total() -> None:
    for paragraph in (
        "2025年支出预算10,100.00万元，比上年增加356.40万元。按单位划分，局机关本级支出1,380.00万元，所属单位支出8,720.00万元。",
        "本年支出合计7,380.25万元，比上年增加398.65万元。按单位分：委机关本级支出1,405.36万元，所属单位支出5,974.89万元。",
    ):
        kept = _kept(parse_document(paragraph, unit="某市教育局", year="2025"))
        assert [k[0] for k in kept] == ["expenditure_total", "expenditure_change_vs_prior_year"], paragraph


def test_a_payment_to_attached_units_keeps_its_metric() -> None:
    kept = _kept(
        parse_document("对附属单位补助支出0.00万元，附属单位上缴收入0.00万元。", unit="某市教育局", year="2025")
    )
    assert [k[0] for k in kept] == ["expenditure_subsidiary_subsidy", "income_subsidiary_remittance"]


def test_an_item_named_to_its_kuan_is_that_kuan_of_the_tables() -> None:
    from extract.narrative import parse_narrative

    names = {"210": "卫生健康支出", "21001": "卫生健康管理事务", "2100101": "行政运行", "21011": "行政事业单位医疗"}
    result = parse_narrative(
        [
            "某县卫生健康委员会",
            "2024年度部门决算",
            "一、部门决算情况说明",
            "",
            "1.卫生健康支出（类）卫生健康管理事务（款）。年初预算为800.00万元，支出决算为845.60万元，完成年初预算的105.70%。",
        ],
        None,
        fiscal_year="2024",
        unit_name="某县卫生健康委员会",
        final_accounts=True,
        function_names=names,
    )
    rows = [r for r in result.rows["raw_narrative_figures"] if r["is_rejected"] == "false"]
    assert [(r["function_code"], r["value_role"], r["value"]) for r in rows] == [
        ("21001", "budget", "8000000.00"),
        ("21001", "actual", "8456000.00"),
    ]
