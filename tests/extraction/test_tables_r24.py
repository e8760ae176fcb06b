"""Issue 20, kind 2 ('looks cut off' rests on evidence that the file is cut; held-out set 86): a last
table printed empty, its 合计 row blank and its line ended, is an empty table, not a cut file."""

from __future__ import annotations

from extract.pipeline import process

DOCUMENT = "\n".join(
    [
        "某区民政局2025年部门预算",
        "",
        "表8  政府性基金预算支出表",
        "单位名称：某区民政局                              单位：万元",
        "功能分类科目编码          科目名称           合计   基本支出  项目支出",
        "类   款    项",
        "                  合计                      150.00              150.00",
        "229               其他支出                  150.00              150.00",
        "229  60           彩票公益金安排的支出      150.00              150.00",
        "229  60  02       用于社会福利的彩票公益金  150.00              150.00",
        "",
        "表9  国有资本经营预算支出表",
        "单位名称：某区民政局                              单位：万元",
        "功能分类科目编码  科目名称  合计  基本支出  项目支出",
        "类  款     项",
        "                  合计",
    ]
)


def _cut(text: str) -> list[str]:
    out = process(text.encode(), "a.txt")
    return [p["code"] for p in out.rows.get("raw_problems", []) if p["code"] in ("table_cut_off", "table_without_rows")]


def test_an_empty_last_table_with_its_blank_total_row_is_not_cut_off() -> None:
    assert _cut(DOCUMENT + "\n") == []


def test_the_same_table_where_the_file_ends_inside_its_total_row_is_cut_off() -> None:
    assert _cut(DOCUMENT) == ["table_cut_off"]
