"""Recall of the narrative on other regions' templates: every figure a published narrative states,
listed by hand, against what the extractor reads (raw_narrative_figures).

``tests/fixtures/published/<document>.stated.csv`` lists every amount and count the narrative
prints (and the figures it states by wording: 持平, 无), one row each, read off the text:
  line, clause     where it is printed and the words before it;
  printed, value   the figure as printed and its value in the extractor's unit (yuan with two
                   places, or the count); a decrease is negative;
  metric, function_code  what it is (seeds/reference/metrics.csv); '' when no metric holds it
                   (the row counts as missed), function_code '' for an item whose code the
                   reference list lacks (missed too: a code is never guessed);
  value_role       (final accounts only) 'actual', 'budget' or 'adjusted_budget', as
                   raw_narrative_figures;
  kind             'stated', or 'not_a_figure' for amounts that are none of the document's
                   figures (a prior year's amount, a threshold like 单价100万元以上, an item's
                   amount restated) and must not be taken;
  note             why, where it is not plain.

found = stated rows read with their value; missed = the other stated rows; wrong = figures read
that the list does not state with that value (must stay 0: a wrong number is worse than a
missing one). The floors are what the extractor reaches; raise them when recall improves.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from tests.extraction.test_published_pipeline import HANGZHOU, KUNMING, PUBLISHED, SH_DEPT, extracted

FOSHAN = "广东佛山_佛山市轨道交通局_2019年度_部门决算.pdf"


def expected(name: str) -> list[dict[str, str]]:
    path = PUBLISHED / (Path(name).stem + ".stated.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _key(row: dict[str, str]) -> tuple[str, str, str]:
    """(metric, function_code, value_role): a final account's budget and actual are two figures."""
    return row["metric"], row["function_code"], row.get("value_role", "")


def measure(name: str) -> tuple[list[dict[str, str]], list[dict[str, str]], list[dict[str, str]]]:
    """(found, missed, wrong): the stated rows read, the stated rows not read, the rows read that
    are no stated figure of that value."""
    rows = [
        r for r in extracted(name).rows["raw_narrative_figures"] if r["is_rejected"] == "false" and r["unit_text"] == ""
    ]
    read: dict[tuple[str, str, str], set[Decimal]] = {}
    for row in rows:
        read.setdefault(_key(row), set()).add(Decimal(row["value"]))
    stated = [r for r in expected(name) if r["kind"] == "stated"]
    allowed: dict[tuple[str, str, str], set[Decimal]] = {}
    for row in stated:
        if row["metric"]:
            allowed.setdefault(_key(row), set()).add(Decimal(row["value"]))
    found, missed = [], []
    for row in stated:
        key = _key(row)
        ok = bool(row["metric"]) and (not row["metric"].startswith("expenditure_function") or row["function_code"])
        (found if ok and Decimal(row["value"]) in read.get(key, set()) else missed).append(row)
    wrong = [
        r
        for r in rows
        if Decimal(r["value"]) not in allowed.get(_key(r), set())
        or (r["metric"].startswith("expenditure_function") and not r["function_code"])
    ]
    return found, missed, wrong


# (document, the least share of its stated figures found, in percent)
FLOORS = [(SH_DEPT, 100), (HANGZHOU, 68), (KUNMING, 100), (FOSHAN, 100)]


@pytest.mark.parametrize(("name", "floor"), FLOORS)
def test_stated_figures_found_none_wrong(name: str, floor: int) -> None:
    found, missed, wrong = measure(name)
    total = len(found) + len(missed)
    share = 100 * len(found) / total
    print(f"{name}: found {len(found)} / missed {len(missed)} / wrong {len(wrong)} ({share:.0f} %)")
    assert not wrong, [(r["source_line"], r["metric"], r["function_code"], r["value"]) for r in wrong]
    assert share >= floor, [(r["line"], r["clause"], r["printed"], r["metric"]) for r in missed]


@pytest.mark.parametrize("name", [SH_DEPT, HANGZHOU, KUNMING, FOSHAN])
def test_stated_list_is_well_formed(name: str) -> None:
    """The hand-made list: known metrics, values with the unit's places, kinds."""
    from extract.reference import metrics

    names = set(metrics())
    for row in expected(name):
        assert row["kind"] in ("stated", "not_a_figure"), row
        assert not row["metric"] or row["metric"] in names, row
        Decimal(row["value"])
        if row["kind"] == "not_a_figure":
            assert not row["metric"] and row["note"], row


# --- the rules behind the recall, one wording each (short cuts in other regions' wordings)
RULES = [
    (  # an item's change in the sentence after its figure (Zhejiang item-level prose)
        "item change, next sentence",
        [
            "（3）公共安全支出（类）司法（款）行政运行（项）8,553.80 万元，主要用于日常运行支出。比上年执行数增加"
            " 2,017.17 万元，增长 30.9%，主要原因是人员经费增加。"
        ],
        {
            "expenditure_function:2040601": "85538000.00",
            "expenditure_function_change_vs_prior_year:2040601": "20171700.00",
        },
        [],
    ),
    (  # ... or in the paragraph after it
        "item change, next paragraph",
        [
            "（6）公共安全支出（类）司法（款）普法宣传（项）119.63 万元，主要用于普法工作的支出。",
            "比上年执行数减少 26.19 万元，下降 18.0%，主要原因是宣传规模缩小。",
        ],
        {
            "expenditure_function:2040605": "1196300.00",
            "expenditure_function_change_vs_prior_year:2040605": "-261900.00",
        },
        [],
    ),
    (  # an item whose names the reference list lacks: neither it nor its change is kept
        "unresolved item and its change",
        ["（1）公共安全支出（类）某某（款）某某事务（项）10.00 万元，主要用于某某。比上年执行数增加 1.00 万元。"],
        {},
        ["narrative_item_unresolved"],
    ),
    (  # a change was read in the paragraph already: a second unnamed change is not guessed
        "second unnamed change",
        ["2026年收入预算100万元，比上年增加10万元。其中：事业收入20万元。比上年增加5万元。"],
        {"income_total": "1000000.00", "income_change_vs_prior_year": "100000.00", "income_business": "200000.00"},
        ["narrative_unparsed_figure"],
    ),
    (  # an amount not understood before the change in its sentence may be its subject
        "unnamed change after an unread amount",
        ["2026年收入预算100万元。某某项目30万元，比上年增加5万元。"],
        {"income_total": "1000000.00"},
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],
    ),
    (  # the paragraph's total, stated again in the paragraph after it ('与上年对比增加…')
        "unnamed change opening the next paragraph",
        [
            "2026年部门财务总收入80,778,193.86元，其中：一般公共预算80,778,193.86元，上级补助收入0.00元，附属单位上缴收入0.00元。",
            "与上年对比增加55,108.40元，主要原因分析：人员增加。",
        ],
        {
            "income_total": "80778193.86",
            "income_general_public_budget": "80778193.86",
            "income_superior_subsidy": "0.00",
            "income_subsidiary_remittance": "0.00",
            "income_change_vs_prior_year": "55108.40",
        },
        [],
    ),
    (  # 主要用于 names what the money is for: the change after it is the figure's ...
        "change after the uses",
        ["公务用车购置费50万元，主要用于经批准购置的2辆公务用车，比上年预算数增加5万元，主要原因是更新车辆。"],
        {
            "three_public_vehicle_purchase": "500000.00",
            "vehicles_to_purchase_three_public": "2",  # the cars the money buys: a count of its own
            "three_public_vehicle_purchase_change_vs_prior_year": "50000.00",
        },
        [],
    ),
    (  # ... unless the uses have amounts of their own (the change may be theirs): not read, and
        # reported (a use that follows no change explains nothing: its amounts are never dropped)
        "change after uses with amounts",
        ["公务用车购置费50万元，主要用于购置车辆30万元，比上年增加5万元。"],
        {"three_public_vehicle_purchase": "500000.00"},
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],
    ),
    (  # words before the change name (or may name) its subject: the paragraph's total is not it
        "unnamed change after words",
        ["2026年支出预算100万元。项目支出主要用于A和B，比上年增加5万元。基本支出安排，比上年减少2万元。"],
        {"expenditure_total": "1000000.00"},
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],  # (the 5万元 inside the use: reported)
    ),
    (  # an item named in a clause of its own: the amount after it is the item's, never a total
        "item named before a colon",
        ["公共安全支出（204类）司法（06款）行政运行（01项）：预算数为1672.67万元，比上年增加10万元。"],
        {
            "expenditure_function:2040601": "16726700.00",
            "expenditure_function_change_vs_prior_year:2040601": "100000.00",
        },
        [],
    ),
    (  # ... and what else its paragraph states is the item's, not the document's (nor its change)
        "a part of the item",
        [
            "公共安全支出（204类）司法（06款）行政运行（01项）：预算数为1672.67万元，其中：基本支出1000万元，比上年增加2万元。"
        ],
        {"expenditure_function:2040601": "16726700.00"},
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],
    ),
    (  # a change after an amount not read is not the figure's before it
        "change after an unread amount",
        ["公共安全支出（204类）司法（06款）行政运行（01项）100万元，某某30万元，比上年增加5万元。"],
        {"expenditure_function:2040601": "1000000.00"},
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],
    ),
    (  # a comparison clause opening the sentence after the figure
        "comparison in the next sentence",
        ["2026年支出预算100万元。与2025年相比，减少5万元，主要原因是压减支出。"],
        {"expenditure_total": "1000000.00", "expenditure_change_vs_prior_year": "-50000.00"},
        [],
    ),
    (  # 持平 in the sentence after the figure
        "flat, next sentence",
        ["（三）公务接待费0.83万元。与2025年预算持平，主要原因是公务接待无变化。"],
        {"three_public_reception": "8300.00", "three_public_reception_change_vs_prior_year": "0.00"},
        [],
    ),
    (  # a statement of state-owned assets; a part's change after the whole's
        "assets",
        [
            "截至2025年12月31日，某市某局资产总额 1,000.00 元，其中，流动资产200.00元，固定资产800.00元，在建工程0.00元。"
            "与上年相比，本年资产总额增加100.00元，其中固定资产增加50.00元。处置车辆1辆，账面原值3.00元。"
        ],
        {
            "assets_total": "1000.00",
            "assets_current": "200.00",
            "assets_fixed": "800.00",
            "assets_construction_in_progress": "0.00",
            "assets_total_change_vs_prior_year": "100.00",
            "assets_fixed_change_vs_prior_year": "50.00",
            "vehicles_disposed": "1",
            "assets_disposed_vehicles_book_value": "3.00",  # 账面原值: of what the clause before counts
        },
        [],
    ),
    (
        "asset incomes",
        ["报废报损资产1项，实现资产处置收入2,600.00元；资产使用收入10.00元，其中出租资产5平方米，资产出租收入8.00元。"],
        {"assets_disposal_income": "2600.00", "assets_use_income": "10.00", "assets_rental_income": "8.00"},
        [],
    ),
    (  # the 收支总表's other expenditure lines, numbered; a change that names no direction
        "other expenditure lines; a change of no direction",
        [
            "1.基本支出 10万元。2.项目支出 5万元。3.上缴上级支出 0万元。4.经营支出 0万元。5.对附属单位补助支出0万元。6.经营收入 0万元。",
            "一般公共预算财政拨款收入 3万元，比上年决算数相比变化 0 万元，增长 0%。2026年其他收入 2万元，比上年相比变化 1 万元。",
        ],
        {
            "basic_expenditure": "100000.00",
            "project_expenditure": "50000.00",
            "expenditure_remitted_to_superior": "0.00",
            "expenditure_operating": "0.00",
            "expenditure_subsidiary_subsidy": "0.00",
            "income_operating": "0.00",
            "income_general_public_budget": "30000.00",
            "income_general_public_budget_change_vs_prior_year": "0.00",
            "income_other": "20000.00",
        },
        ["narrative_unparsed_figure"],  # '变化1万元': up or down is not said
    ),
    (  # staff by post and funding, retired staff, the vehicle authorisation
        "staff and vehicles",
        [
            "在职人员编制10人，其中：行政编制8人，工勤人员编制2人。在职实有9人，其中：财政全额保障9人，财政差额补助0人，"
            "财政专户资金、单位资金保障0人。离退休人员5人，其中：离休1人，退休4人。车辆编制3辆，实有车辆2辆，超编0辆。"
        ],
        {
            "staff_authorized": "10",
            "staff_authorized_admin": "8",
            "staff_authorized_worker": "2",
            "staff_actual": "9",
            "staff_actual_fully_funded": "9",
            "staff_actual_partly_funded": "0",
            "staff_actual_other_funded": "0",
            "staff_retired": "5",
            "staff_retired_veteran": "1",
            "staff_retired_regular": "4",
            "vehicles_authorized": "3",
            "vehicles_total": "2",
            "vehicles_over_authorized": "0",
        },
        [],
    ),
    (
        "totals of the 收支总表, carryover, entrusted business fee, SME procurement",
        [
            "2026年收支总预算 99.00 万元。年终结转结余 0.00 万元。2026年财政拨款收支总预算 91.00 万元。",
            "2026年委托业务费安排20.00万元，与上年对比减少1.00万元。",
            "2026年本部门政府采购预算10万元。2026年本部门面向中小企业预留政府采购项目预算金额8万元，其中，"
            "预留给小型和微型企业的政府采购项目预算为6万元。",
        ],
        {
            "grand_total": "990000.00",
            "expenditure_carryover": "0.00",
            "fiscal_grand_total": "910000.00",
            "entrusted_business_fee": "200000.00",
            "entrusted_business_fee_change_vs_prior_year": "-10000.00",
            "procurement_total": "100000.00",
            "procurement_sme_reserved": "80000.00",
            "procurement_small_micro_reserved": "60000.00",
        },
        [],
    ),
]


RULES += [
    (  # an amount no rule names (the running costs of institutions), then its parts: none is read
        "parts of an amount not understood",
        [
            "另外，本局下属共有3个事业单位，事业运行经费总预算安排500.00万元，其中：基本支出预算80.00万元，项目支出预算420.00万元，同比增加60.00万元。"
        ],
        {},
        ["narrative_unparsed_figure"] * 4,
    ),
    (  # the prior year's amount printed in the comparison, then the change from it
        "prior year's amount before the change",
        [
            "2026年“三公”经费预算总额为90万元，较2025年的100万元减少10万元，其中：公务接待费20万元，较上年持平；公务用车购置及运行维护费70万元，较上年减少10万元。"
        ],
        {
            "three_public_total": "900000.00",
            "three_public_change_vs_prior_year": "-100000.00",
            "three_public_reception": "200000.00",
            "three_public_reception_change_vs_prior_year": "0.00",
            "three_public_vehicle_total": "700000.00",
            "three_public_vehicle_total_change_vs_prior_year": "-100000.00",
        },
        ["narrative_unparsed_figure"],
    ),
    (  # a category numbered '1.' like a list item, its change in the clause after it
        "numbered category",
        ["2026年支出预算100万元，其中：", "1.教育支出60.00万元：主要用于学校运转。较2025年预算数减少5.00万元。"],
        {
            "expenditure_total": "1000000.00",
            "expenditure_category:205": "600000.00",
            "expenditure_category_change_vs_prior_year:205": "-50000.00",
        },
        [],
    ),
    (  # a heading without punctuation run into the sentence after it
        "heading run into the sentence",
        ["三、", "支出预算情况说明", "2026年本年支出合计80.00万元，其中：基本支出50.00万元，项目支出30.00万元。"],
        {"expenditure_total": "800000.00", "basic_expenditure": "500000.00", "project_expenditure": "300000.00"},
        [],
    ),
]

RULES += [
    (  # flat wordings: 无增减, 同比无变化, 与上年预算数相比无变化 (a comparison clause that is itself flat)
        "flat wordings",
        [
            "2026年公务接待费3万元，较上年无增减。公务用车购置费0万元，与上年预算数相比无变化。",
            "2026年“三公”经费预算5万元，同比无变化。",
        ],
        {
            "three_public_reception": "30000.00",
            "three_public_reception_change_vs_prior_year": "0.00",
            "three_public_vehicle_purchase": "0.00",
            "three_public_vehicle_purchase_change_vs_prior_year": "0.00",
            "three_public_total": "50000.00",
            "three_public_change_vs_prior_year": "0.00",
        },
        [],
    ),
    (  # after a parenthesis of parts, a change is of the figure before the parenthesis
        "change after a parenthesis of parts",
        ["2026年公务用车购置及运行费14万元（公务用车购置费0万元，公务用车运行维护费14万元），较上年无增减。"],
        {
            "three_public_vehicle_total": "140000.00",
            "three_public_vehicle_purchase": "0.00",
            "three_public_vehicle_operation": "140000.00",
            "three_public_vehicle_total_change_vs_prior_year": "0.00",
        },
        [],
    ),
]

RULES += [
    (  # 万 without 元 before a stop is 万元 (never 万人, 万平方米); 公车 is short for 公务用车
        "万 without 元; 公车",
        [
            "2026年安排公车购置及运行维护费12万。公务接待费预算3万，服务对象约5万人。",
            "经营收入 0.00 万,为经营活动的收入。",
        ],
        {"three_public_vehicle_total": "120000.00", "three_public_reception": "30000.00", "income_operating": "0.00"},
        [],
    ),
]

RULES += [
    (  # a procurement sentence's money by fund: the general public budget's named alone
        "procurement by fund",
        [
            "2026年政府采购预算20000元，同比增加5000元。按政府采购资金类型划分，一般公共预算拨款15000元，财政专户管理的资金安排5000元。"
        ],
        {
            "procurement_total": "20000.00",
            "procurement_total_change_vs_prior_year": "5000.00",
            "procurement_gpb_total": "15000.00",
        },
        ["narrative_unparsed_figure"],
    ),
]

RULES += [
    (  # '同口径比2025年减少…' opening a sentence: the change of the paragraph's subject
        "同口径 change opening a sentence",
        [
            "2026年“三公”经费预算为60万元。其中，因公出国（境）费10万元，公务接待费22万元，公务用车购置及运行费28万元。同口径比2025年减少6万元，下降9%。"
        ],
        {
            "three_public_total": "600000.00",
            "three_public_overseas": "100000.00",
            "three_public_reception": "220000.00",
            "three_public_vehicle_total": "280000.00",
            "three_public_change_vs_prior_year": "-60000.00",
        },
        [],
    ),
]

RULES += [
    (  # once the paragraph compared a figure with the prior year, a bare '减少X' after the next one is its change
        "bare change after a figure",
        [
            "2026年“三公”经费预算总额为200万元，较2025年减少20万元。其中：公务接待费50万元，减少5万元；公务车购置经费30万元，增加3万元。"
        ],
        {
            "three_public_total": "2000000.00",
            "three_public_change_vs_prior_year": "-200000.00",
            "three_public_reception": "500000.00",
            "three_public_reception_change_vs_prior_year": "-50000.00",
            "three_public_vehicle_purchase": "300000.00",
            "three_public_vehicle_purchase_change_vs_prior_year": "30000.00",
        },
        [],
    ),
    (  # a stop right before a closing parenthesis ends the parenthesis, not the sentence
        "stop inside a parenthesis",
        [
            "2026年公务用车购置及运行费50万元（公务用车购置费10万元，比上年增加0万元；公务用车运行维护费40万元，比上年增加0万元。）比上年增加2万元。"
        ],
        {
            "three_public_vehicle_total": "500000.00",
            "three_public_vehicle_purchase": "100000.00",
            "three_public_vehicle_purchase_change_vs_prior_year": "0.00",
            "three_public_vehicle_operation": "400000.00",
            "three_public_vehicle_operation_change_vs_prior_year": "0.00",
            "three_public_vehicle_total_change_vs_prior_year": "20000.00",
        },
        [],
    ),
    (  # the money of the projects under performance targets, by the words 涉及预算
        "performance targets' money",
        ["2026年本单位开展绩效目标管理的项目5个，涉及预算120.50万元。"],
        {"performance_target_amount": "1205000.00"},
        [],
    ),
]

RULES += [
    (  # a category named with 类科目 after it, its change in the same sentence
        "category named with 类科目",
        [
            "2026年一般公共预算支出100000元，其中：",
            "（一）教育支出类科目60000元，占支出总预算60%，同比减少5000元，下降7.7%。",
        ],
        {
            "expenditure_general_public_budget": "100000.00",
            "expenditure_category:205": "60000.00",
            "expenditure_category_change_vs_prior_year:205": "-5000.00",
        },
        [],
    ),
]

RULES += [
    (  # a label ending in 等 sums several things; short names of the vehicle parts in a 三公 sentence
        "等 sums several things; short vehicle part names",
        [
            "2026年提前安排必须支付的基本支出、项目支出等80万元。",
            "2026年“三公”经费预算20万元，其中：公务用车购置及运行费15万元（包括购置费5万元、运行费10万元），公务接待费5万元。",
        ],
        {
            "three_public_total": "200000.00",
            "three_public_vehicle_total": "150000.00",
            "three_public_vehicle_purchase": "50000.00",
            "three_public_vehicle_operation": "100000.00",
            "three_public_reception": "50000.00",
        },
        ["narrative_unparsed_figure"],
    ),
]

RULES += [
    (  # items numbered inside one sentence: the next item's numbering ends the reason before it
        "numbered item ends a reason",
        [
            "2026年“三公”经费预算42万元：一、因公出国（境）费预算0万元，二、公务用车运行费27万元，主要原因是车辆老化，三、2026年公务接待费预算15万元，与2025年预算相比持平。"
        ],
        {
            "three_public_total": "420000.00",
            "three_public_overseas": "0.00",
            "three_public_vehicle_operation": "270000.00",
            "three_public_reception": "150000.00",
            "three_public_reception_change_vs_prior_year": "0.00",
        },
        [],
    ),
    (  # kind: a count inside a reason clause — the vehicles the purchase money buys this year
        "count inside a reason clause",
        ["公务用车购置费20万元，比2025年预算减少15万元，下降原因主要是本年度预计购置执法执勤用车1辆，比上年度少2辆。"],
        {
            "three_public_vehicle_purchase": "200000.00",
            "three_public_vehicle_purchase_change_vs_prior_year": "-150000.00",
            "vehicles_to_purchase_law_enforcement": "1",
        },
        [],
    ),
    (  # ... but a count of vehicles bought before is part of the reason, not read
        "count of a past purchase inside a reason clause",
        ["公务用车购置费20万元，比2025年预算减少15万元，主要原因是上年已购置执法执勤用车3辆。"],
        {
            "three_public_vehicle_purchase": "200000.00",
            "three_public_vehicle_purchase_change_vs_prior_year": "-150000.00",
        },
        [],
    ),
    (  # kind: a reason lead-in that restates the total and its change before the reasons
        "reason lead-in restating the total and its change",
        ["“三公”经费预算增减变化的主要原因是：2026年“三公”经费支出预算合计30.50万元，比上年预算数减少3.20万元。"],
        {"three_public_total": "305000.00", "three_public_change_vs_prior_year": "-32000.00"},
        [],
    ),
    (  # ... a reason after such a lead-in that names another subject stays a reason
        "reason lead-in followed by a reason",
        ["“三公”经费预算增减变化的主要原因是：2026年人员经费增加10万元。"],
        {},
        [],
    ),
    (  # kind 10: '基本持平' (about the same) states no exact change
        "roughly flat is no change figure",
        ["2026年“三公”经费支出预算为120万元，与2025年预算基本持平，其中：因公出国（境）费用10万元。"],
        {"three_public_total": "1200000.00", "three_public_overseas": "100000.00"},
        [],
    ),
    (  # a budget's income_total is its 收支总表 total, 上年结转 included: 收入总计 alone stays it
        "收入总计 alone in a budget is its income_total",
        ["2026年收入总计500.00万元，支出总计500.00万元。"],
        {"income_total": "5000000.00", "expenditure_total": "5000000.00"},
        [],
    ),
    (  # 行政 and 参公 posts printed apart are parts of 行政（含参公）; a 事业编制 named by its funding is a
        # part: no metric
        "参公 and funding parts of the 事业编制 are no metric",
        [
            "编制人数共计30人，其中：行政编制人数5人、参照公务员管理的事业编制人数2人、全部补助事业编制人数20人、"
            "部分补助事业编制人数3人。实有人数共计28人。"
        ],
        {"staff_authorized": "30", "staff_actual": "28"},
        ["narrative_unparsed_figure"] * 4,
    ),
    (  # a 事业编制 named by its funding, the paragraph's only posts, is the 事业编制; a bare 实有 after one
        # kind's posts alone is the whole staff in post
        "实有 after the only posts, a 事业编制 named by its funding",
        ["全额拨款事业编制12人，实有12人。"],
        {"staff_authorized_institution": "12", "staff_actual": "12"},
        [],
    ),
    (  # in a budget the 收入预算 holds its 上年结转: still the income_total
        "收入预算 whose parts hold the carry-over, in a budget",
        ["2026年收入预算500.00万元，其中：本年财政拨款收入480.00万元，占96%；上年结转20.00万元，占4%。"],
        {"income_total": "5000000.00", "income_fiscal_appropriation": "4800000.00", "income_carryover": "200000.00"},
        [],
    ),
]


@pytest.mark.parametrize(("kind", "paragraphs", "want", "problems"), RULES, ids=[r[0] for r in RULES])
def test_recall_rule(kind: str, paragraphs: list[str], want: dict[str, str], problems: list[str]) -> None:
    from extract.narrative import parse_narrative

    lines = ["某市某局", "2026年部门预算说明", "一、部门预算情况说明", "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year="2026")
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    got = {r["metric"] + (":" + r["function_code"] if r["function_code"] else ""): r["value"] for r in rows}
    assert got == want
    assert len(rows) == len(want)
    assert [p.code for p in result.problems] == problems, [p.message for p in result.problems]


# --- final accounts (决算): the rules behind the recall on other regions' 决算 wordings, one each
FINAL_RULES = [
    (  # a whole with the carry-over, then the year's part: the whole is the grand total
        "grand total before the year's income",
        [
            "（一）本单位2024年度总收入300.00万元，其中本年收入250.00万元，较2023年度决算数减少20.00万元，下降7%。",
            "（二）本单位2024年度总支出300.00万元，其中本年支出260.00万元，较2023年度决算数增加10.00万元。",
        ],
        {
            "grand_total@actual": "3000000.00",
            "income_total@actual": "2500000.00",
            "income_change_vs_prior_year": "-200000.00",
            "expenditure_total@actual": "2600000.00",
            "expenditure_change_vs_prior_year": "100000.00",
        },
        [],
    ),
    (  # the same with 收入总计 / 本年收入合计
        "收入总计 with 本年收入合计",
        ["2024年度收入总计88.50万元，其中：本年收入合计80.00万元，年初结转和结余8.50万元。"],
        {"grand_total@actual": "885000.00", "income_total@actual": "800000.00", "income_carryover@actual": "85000.00"},
        [],
    ),
    (  # a label ending in 预算 is the budget, the one saying 决算 the actual
        "budget then actual of a 三公 total",
        ["2024年度“三公”经费财政拨款支出预算为30.00万元，实际支出“三公”经费决算为12.50万元。"],
        {"three_public_total@budget": "300000.00", "three_public_total@actual": "125000.00"},
        [],
    ),
    (  # a fund's name says 预算: a change of that fund against the prior year is still read
        "change of a fund named 一般公共预算",
        ["2024年一般公共预算财政拨款支出500.00万元。与2023年相比，一般公共预算财政拨款增加40.00万元，增长8.7%。"],
        {
            "expenditure_general_public_budget@actual": "5000000.00",
            "expenditure_general_public_budget_change_vs_prior_year": "400000.00",
        },
        [],
    ),
]


FINAL_RULES += [
    (  # a clause without amount names the subject; against the budget it is no change, against 去年 it is
        "subject named before the changes",
        [
            "公务接待费支出决算比预算无增减变化，比去年增加0.30万元；因公出国（境）费支出决算比预算无增减变化，比去年无增减变化。"
        ],
        {
            "three_public_reception_change_vs_prior_year": "3000.00",
            "three_public_overseas_change_vs_prior_year": "0.00",
        },
        [],
    ),
    (  # '与2024年度预算相比' in a 2024 决算 compares with this year's budget, not the prior year
        "own year's budget is no prior year",
        [
            "1.公务接待费支出1.20万元，与2024年度预算相比，增加0.20万元。2.因公出国（境）费支出0万元，与2024年度预算相比无变化。"
        ],
        {"three_public_reception@actual": "12000.00", "three_public_overseas@actual": "0.00"},
        ["narrative_unparsed_figure"],
    ),
    (  # the subject of a comparison clause names what the change after it is of
        "subject of a comparison clause",
        ["2024年度收入支出总计120.00万元。收入支出总体与上年相比，增加8.00万元，增长7.1%。"],
        {"grand_total@actual": "1200000.00", "grand_total_change_vs_prior_year": "80000.00"},
        [],
    ),
    (  # a zero stated by words ('…没有', '无…') is the 决算's actual, as its printed amounts are
        "zero by words in a 决算",
        [
            "2024年“三公”经费支出43万元，其中，因公出国（境）费用没有，原因是压缩开支；公务接待支出43万元。本单位无机关运行经费。"
        ],
        {
            "three_public_total@actual": "430000.00",
            "three_public_overseas@actual": "0.00",
            "three_public_reception@actual": "430000.00",
            "operating_cost@actual": "0.00",
        },
        [],
    ),
    (  # ... and so is '与年初预算相比' before a change in a clause of its own
        "the budget named in a comparison clause",
        ["公务用车运行维护费支出决算5.00万元，与年初预算相比，减少1.00万元。"],
        {"three_public_vehicle_operation@actual": "50000.00"},
        ["narrative_unparsed_figure"],
    ),
    (  # kind: a paired 各 statement, the first amount without its unit: the 收 side's 总计 is the
        # grand total (and its change); the 支 side, another amount, has no metric of its own
        "paired 各 statement",
        [
            "2024年度收、支总计各是4100.50,4120.75万元。与2023年相比,收、支总计各减少1200.10,2500.20万元,"
            "各下降22.64%、37.76%。主要变动原因是项目完成。"
        ],
        {
            "grand_total@actual": "41005000.00",
            "grand_total_change_vs_prior_year": "-12001000.00",
        },
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],
    ),
    (  # ... read two ways (a thousands separator?) or a change from nothing stated: not read
        "paired 各 statement that can be read two ways",
        ["2024年度收、支总计各是1,234万元。收、支总计各减少100.00，200.00万元。"],
        {},
        ["narrative_unparsed_figure", "narrative_unparsed_figure"],
    ),
    (  # kind: a qualifier before the change word
        "qualifier before the change word",
        ["2024年一般公共预算拨款安排的“三公”经费决算支出数为120.50万元，按同口径同比减少6.30万元，下降5%。"],
        {"three_public_total@actual": "1205000.00", "three_public_change_vs_prior_year": "-63000.00"},
        [],
    ),
    (  # kind: a bare vehicle purchase count (决算: the vehicles bought in the year)
        "bare vehicle purchase count",
        ["2024年因公出国（境）团组0个；公务用车购置3辆，公务用车保有量20辆。"],
        {"three_public_overseas_groups": "0", "vehicles_to_purchase": "3", "vehicles_year_end": "20"},
        [],
    ),
    (  # kind 10: a total's words alone ('支出') after words naming a 三公 part are not the total:
        # after the part's name and nothing but its counts, they are the part's money
        "a total's words after words naming another figure",
        ["（3）公务接待费支出情况。", "2024年公务接待12批次，90人次，支出1.50万元，较上年减少0.20万元。"],
        # (the batches and the 人次 after them are the reception's counts)
        {
            "three_public_reception_batches": "12",
            "three_public_reception_people": "90",
            "three_public_reception@actual": "15000.00",
            "three_public_reception_change_vs_prior_year": "-2000.00",
        },
        [],
    ),
    (  # kind: the template's paired 各 statement with one amount: the equal totals, 收入支出总计
        "paired 各 statement with one amount",
        ["2024年度收、支总计各950.20万元。与2023年相比，收、支总计各增加35.10万元，增长3.8%。主要原因是人员增加。"],
        {"grand_total@actual": "9502000.00", "grand_total_change_vs_prior_year": "351000.00"},
        [],
    ),
    (  # a joint subject with one amount and no 各: both sides of the 收支总表 are the grand total
        "joint subject 收、支总计 with one amount",
        ["2024年度收、支总计8,742.65万元，比上年增加1,036.18万元，增长13.44%。"],
        {"grand_total@actual": "87426500.00", "grand_total_change_vs_prior_year": "10361800.00"},
        [],
    ),
    (  # the same said with 均为
        "joint subject 收入、支出总计均为",
        ["2024年度收入、支出总计均为241.78万元。"],
        {"grand_total@actual": "2417800.00"},
        [],
    ),
    (  # 收入总计 named alone holds the carry-over: the grand total, never the year's income
        "收入总计 alone is the grand total",
        ["2024年度收入总计3341.83万元，比上年增加12.00万元。支出总计3341.83万元。"],
        {"grand_total@actual": "33418300.00", "grand_total_change_vs_prior_year": "120000.00"},
        [],
    ),
    (  # two different 总计: the income side is the grand total; the spending side has no metric of
        # its own (issue 20, heldout11): not read, reported
        "paired 收、支总计 with two amounts",
        ["2024年度收、支总计各是512.30，530.60万元。"],
        {"grand_total@actual": "5123000.00"},
        ["narrative_unparsed_figure"],
    ),
    (  # '各' with a comma amount stays unread: one amount or two?
        "joint subject 各 with a comma amount",
        ["2024年度收、支总计各1,267万元。"],
        {},
        ["narrative_unparsed_figure"],
    ),
    (  # a one-character direction word right after the prior year's amount is the change's
        "少 after the prior year's amount",
        ["2024年公务用车运行维护费2.94万元，比去年3.01万元少0.07万元。"],
        {
            "three_public_vehicle_operation@actual": "29400.00",
            "three_public_vehicle_operation_change_vs_prior_year": "-700.00",
        },
        ["narrative_unparsed_figure"],
    ),
    (  # 批(次) counts batches; the counts of a part leave its money the subject of a money change
        "批(次) and a money change after a part's counts",
        ["2024年公务接待费用4万元，接待74批(次)813人，同比去年1.05万元增加2.95万元。"],
        {
            "three_public_reception@actual": "40000.00",
            "three_public_reception_batches": "74",
            "three_public_reception_people": "813",
            "three_public_reception_change_vs_prior_year": "29500.00",
        },
        ["narrative_unparsed_figure"],
    ),
    (  # a flat clause right after the counts may be theirs: no change is read
        "flat clause after a part's counts",
        ["2024年公务接待费4万元，接待74批次，813人次，与上年持平。"],
        {
            "three_public_reception@actual": "40000.00",
            "three_public_reception_batches": "74",
            "three_public_reception_people": "813",
        },
        [],
    ),
    (  # a total's words after a part's counts, after an earlier amount: that part's money
        "共计支出 after a part's counts",
        ["其中：外事接待费支出0万元，国内公务接待193批次，1542人，共计支出8.65万元，具体开支内容包括党政常规接待。"],
        {
            "three_public_reception@actual": "86500.00",
            "three_public_reception_batches": "193",
            "three_public_reception_people": "1542",
        },
        ["narrative_unparsed_figure"],
    ),
    (  # in a final account a whole whose parts list the carry-over is the grand total
        "收入 whose parts hold the carry-over, in a final account",
        ["2024年度收入1200.00万元，其中：财政拨款收入1000.00万元，年初结转和结余200.00万元。"],
        {
            "grand_total@actual": "12000000.00",
            "income_fiscal_appropriation@actual": "10000000.00",
            "income_carryover@actual": "2000000.00",
        },
        [],
    ),
    (  # after 收入总计 and 支出总计, '收、支' compared with the prior year changed by one amount
        "joint change 收、支与上年相比 after the 总计",
        [
            "2024年度收入总计3216.54万元，支出总计3216.54万元。收、支与2023年度相比，减少386.42万元，下降10.7%，主要原因是各类项目减少。"
        ],
        {"grand_total@actual": "32165400.00", "grand_total_change_vs_prior_year": "-3864200.00"},
        [],
    ),
    (  # after 本年 figures that differ a joint change says not whose
        "joint change after unequal 本年 figures",
        ["2024年度本年收入合计100.00万元，本年支出合计90.00万元。收支与上年相比，减少5.00万元。"],
        {"income_total@actual": "1000000.00", "expenditure_total@actual": "900000.00"},
        ["narrative_unparsed_figure"],
    ),
    (  # a comparison whose 与 is left out
        "comparison without 与 ('2023年度相比')",
        ["2024年度收入合计3816.42万元，2023年度相比，减少702.55万元，下降15.5%。"],
        {"income_total@actual": "38164200.00", "income_change_vs_prior_year": "-7025500.00"},
        [],
    ),
]


@pytest.mark.parametrize(("kind", "paragraphs", "want", "problems"), FINAL_RULES, ids=[r[0] for r in FINAL_RULES])
def test_recall_rule_final_accounts(
    kind: str, paragraphs: list[str], want: dict[str, str], problems: list[str]
) -> None:
    from extract.narrative import parse_narrative

    lines = ["某市某中心", "2024年度部门决算", "一、部门决算情况说明", "", *paragraphs]
    result = parse_narrative(lines, None, fiscal_year="2024", final_accounts=True)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    got = {
        r["metric"]
        + (":" + r["function_code"] if r["function_code"] else "")
        + ("@" + r["value_role"] if r["value_role"] else ""): r["value"]
        for r in rows
    }
    assert got == want
    assert len(rows) == len(want)
    assert [p.code for p in result.problems] == problems, [p.message for p in result.problems]


def test_numbered_item_whose_category_is_printed_without_its_expenditure_word() -> None:
    """'1.社会保障和就业（类）行政事业单位养老支出（款）…（项）': the 类 printed without 支出, after a
    numbering point, still names the item the document's tables print."""
    from extract.narrative import parse_narrative

    names = {
        "208": "社会保障和就业支出",
        "20805": "行政事业单位养老支出",
        "2080505": "机关事业单位基本养老保险缴费支出",
    }
    lines = [
        "某市某中心",
        "2024年度部门决算",
        "一、部门决算情况说明",
        "",
        "1.社会保障和就业（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：支出决算为12.30万元，完成预算100%。",
    ]
    result = parse_narrative(lines, None, fiscal_year="2024", final_accounts=True, function_names=names)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    assert [(r["metric"], r["function_code"], r["value_role"], r["value"]) for r in rows] == [
        ("expenditure_function", "2080505", "actual", "123000.00")
    ]


# --- performance evaluations of a final account (the national 决算 template's 预算绩效管理工作开展情况),
# in another wording than Foshan's: each amount is the metric of what is evaluated and of which fund
PERFORMANCE = [
    "（四）预算绩效管理工作开展情况",
    "根据预算绩效管理要求，本部门组织对2023年度一般公共预算项目支出全面开展绩效自评，其中，一级项目3个，"
    "二级项目12个，共涉及资金1,234.56万元，占一般公共预算项目支出总额的100%。组织对2023年度2个政府性基金"
    "预算项目支出开展绩效自评，共涉及资金88.00万元，占政府性基金预算项目支出总额的100%。",
    "组织对5个项目开展了部门评价，涉及一般公共预算支出300.70万元，政府性基金预算支出20.00万元。其中，对2个项目"
    "分别委托第三方机构开展绩效评价。",
    "组织对1个部门（单位）开展整体支出绩效评价，涉及一般公共预算支出2,000.00万元，政府性基金预算支出0万元。",
    "1.部门整体支出绩效自评综述：根据年初设定的绩效目标，部门整体支出绩效自评得分为95.5分。全年预算数为"
    "2,100.00万元，执行数为2,050.00万元，完成预算的97.62%。",
]


def test_performance_evaluation_figures_of_a_final_account() -> None:
    from extract.narrative import parse_narrative

    lines = ["某市某局", "2023年度部门决算", "四、其他重要事项的情况说明", "", *PERFORMANCE]
    result = parse_narrative(lines, None, fiscal_year="2023", final_accounts=True)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    got = {(r["metric"], r["value_role"]): r["value"] for r in rows}
    assert got == {
        ("performance_target_amount", "actual"): "12345600.00",
        ("performance_target_amount_government_fund", "actual"): "880000.00",
        ("performance_key_evaluation_general_public_budget", "actual"): "3007000.00",
        ("performance_key_evaluation_government_fund", "actual"): "200000.00",
        ("performance_unit_evaluation_general_public_budget", "actual"): "20000000.00",
        ("performance_unit_evaluation_government_fund", "actual"): "0.00",
        ("performance_unit_evaluation_spending", "budget"): "21000000.00",  # (全年预算数: metrics.csv)
        ("performance_unit_evaluation_spending", "actual"): "20500000.00",
    }
    assert len(rows) == len(got)
    assert [p.code for p in result.problems] == []


def test_role_words_alone_name_nothing_outside_an_evaluation() -> None:
    """'全年预算数X，执行数Y' whose paragraph says nothing of what they are: no figure (never a total)."""
    from extract.narrative import parse_narrative

    lines = [
        "某市某局",
        "2023年度部门决算",
        "四、其他重要事项的情况说明",
        "",
        "全年预算数为100.00万元，执行数为90.00万元。",
    ]
    result = parse_narrative(lines, None, fiscal_year="2023", final_accounts=True)
    assert [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"] == []
    assert [p.code for p in result.problems] == ["narrative_unparsed_figure", "narrative_unparsed_figure"]


def test_key_evaluation_state_does_not_outlive_its_paragraph() -> None:
    """The funds and the kind of evaluation a paragraph states hold to its end only: the next
    paragraph's '共涉及资金' of projects is the projects' money again."""
    from extract.narrative import parse_narrative

    lines = [
        "某市某局",
        "2023年度部门决算",
        "四、其他重要事项的情况说明",
        "",
        "组织对2个项目开展了重点绩效评价，涉及政府性基金预算支出5.00万元。",
        "本部门对一般公共预算项目支出开展绩效自评，共涉及资金7.00万元。",
    ]
    result = parse_narrative(lines, None, fiscal_year="2023", final_accounts=True)
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    assert {r["metric"]: r["value"] for r in rows} == {
        "performance_key_evaluation_government_fund": "50000.00",
        "performance_target_amount": "70000.00",
    }


def test_an_evaluation_not_carried_out_states_no_figure() -> None:
    """'未开展重点绩效评价' / '无政府性基金预算项目' say that nothing was evaluated, not that an amount
    of 0 was: no figure (a stated '0万元' is one, above)."""
    from extract.narrative import parse_narrative

    lines = [
        "某市某局",
        "2023年度部门决算",
        "四、其他重要事项的情况说明",
        "",
        "本部门2023年度未开展重点绩效评价，无政府性基金预算项目，未组织部门整体支出绩效评价。",
    ]
    result = parse_narrative(lines, None, fiscal_year="2023", final_accounts=True)
    assert result.rows.get("raw_narrative_figures", []) == []
    assert result.problems == []


def test_paired_statement_keeps_the_printed_words_as_its_source() -> None:
    """A paired statement is read as the two statements it makes; each figure's source text is the
    sentence as printed, not the words it was read as."""
    from extract.narrative import parse_narrative

    paragraph = "与2023年相比，收、支总计各增加10.00，20.00万元。"
    lines = ["某市某中心", "2024年度部门决算", "一、部门决算情况说明", "", paragraph]
    result = parse_narrative(lines, None, fiscal_year="2024", final_accounts=True)
    rows = {r["metric"]: r for r in result.rows["raw_narrative_figures"]}
    # (the 收 side's 总计 is the grand total; the 支 side's, another amount, is not read)
    assert rows["grand_total_change_vs_prior_year"]["value"] == "100000.00"
    assert list(rows) == ["grand_total_change_vs_prior_year"]
    assert all("收、支总计各增加10.00，20.00万元" in r["source_text"] for r in rows.values())
