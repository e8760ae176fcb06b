"""Issue 20: a place's government named by its place, vehicle kinds by the unit's principal, 三公
parts listed after a none word, and which side a fund's 拨款 is of.

* A township's (街道's, zone's) government is named in its text by the place alone, without its
  government's words (人民政府, 办事处, 管理委员会) and without the regions opening its name: in
  '某市某区李村镇人民政府''s document '2024年，李村镇收入预算X' is the unit's. Never another unit of
  the place: '李村镇中心小学收入预算X' is the school's (not read at all), and '某县' in the county
  government's document names the county's whole, never the unit.
* '主要负责人用车' (and '主要领导用车') in a list of vehicle kinds is vehicles_principal_leader, as
  '主要领导干部用车' is; every kind of metrics.csv is read in such a list.
* '本单位未安排因公出国（境）费、公务接待费和公务用车购置及运行维护费': the none word before the first
  item is each item's: every 三公 part listed is 0 (in a 决算, the actual).
* A fund's 拨款 said none in a sentence whose figures are one side's is that side's alone
  ('2024年财政拨款收入X，…，政府性基金预算拨款未安排': the income's 0, no spending figure). A fund's 拨款
  named by no side listed under both sides' totals ('收入、支出预算均为X，其中一般公共预算拨款Y') is the
  appropriation received: the income's part (metrics.csv income_general_public_budget); the
  spending's part is not stated.

Constructed sentences and amounts only (none of them a document's text).
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages

from extract.narrative.sub_units import own_place_forms


def _read(text: str, unit: str = "某县某局", final: bool = False) -> dict:
    """metric -> value (with ``final``: (metric, value role) -> value) of the kept figures of ``text``
    in ``unit``'s 2024 budget (or 决算)."""
    return accepted_figures(parse_document(text, unit=unit, year="2024", final=final), with_role=final)


def _unparsed(text: str, unit: str) -> list[str]:
    return unparsed_messages(parse_document(text, unit=unit, year="2024"))


# ---------------------------------------------------------------- the own name by its place

_TOWN = "某市某区李村镇人民政府"
_INCOME = "收入预算2,450.00万元，其中：一般公共预算拨款收入2,010.00万元，政府性基金预算拨款收入340.00万元，其他收入100.00万元。"
_INCOME_READ = {
    "income_total": "24500000.00",
    "income_general_public_budget": "20100000.00",
    "income_government_fund": "3400000.00",
    "income_other": "1000000.00",
}


@pytest.mark.parametrize(
    "subject",
    [
        "2024年，李村镇",  # the place alone
        "2024年，某区李村镇",  # with the region before it
        "2024年，某市某区李村镇",
        "2024年，李村镇政府",  # with the government's short word
        "李村镇2024年",  # the name before the year
    ],
)
def test_a_townships_government_named_by_its_place_is_the_unit(subject):
    assert _read(subject + _INCOME, unit=_TOWN) == _INCOME_READ


@pytest.mark.parametrize(
    ("unit", "text", "metric"),
    [
        ("某市某区花园街道办事处", "2024年，花园街道支出预算1,300.00万元。", "expenditure_total"),
        ("某市某区花园街道办事处", "2024年，花园街道办支出预算1,300.00万元。", "expenditure_total"),
        ("某市某区花园街道办事处", "2024年，某区花园街道支出预算1,300.00万元。", "expenditure_total"),
        ("某省某县桥头乡人民政府", "2024年，桥头乡“三公”经费预算6.50万元。", "three_public_total"),
        ("某市高新技术产业开发区管理委员会", "2024年，高新技术产业开发区支出预算1,300.00万元。", "expenditure_total"),
        (
            "某市高新技术产业开发区管理委员会",
            "2024年，高新技术产业开发区管委会支出预算1,300.00万元。",
            "expenditure_total",
        ),
    ],
)
def test_a_street_a_township_and_a_zone_named_by_their_place(unit, text, metric):
    assert list(_read(text, unit=unit)) == [metric]


def test_a_category_after_the_place_is_the_units():
    # '城乡社区' names a 类, no community of the place
    assert _read("2024年，李村镇城乡社区支出120.00万元。", unit=_TOWN) == {"expenditure_category": "1200000.00"}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("2024年，李村镇中心小学收入预算2,450.00万元。", "李村镇中心小学"),
        ("2024年，李村镇卫生院一般公共预算拨款收入2,010.00万元。", "李村镇卫生院"),
        ("2024年，李村镇中心小学“三公”经费预算12.00万元。", "李村镇中心小学"),
        ("2024年，李村镇社区卫生服务中心收入预算80.00万元。", "李村镇社区卫生服务中心"),
        ("2024年，李村镇某某村收入预算12.00万元。", "李村镇某某村"),
        ("2024年，李村镇所属单位收入预算300.00万元。", "李村镇所属单位"),
    ],
)
def test_another_unit_of_the_place_is_never_the_unit(text, other):
    assert _read(text, unit=_TOWN) == {}
    assert any(other in message and "another unit of the place" in message for message in _unparsed(text, _TOWN))


def test_the_parts_of_another_units_figure_are_not_read():
    text = "2024年，李村镇中心小学收入预算500.00万元，其中：一般公共预算拨款收入450.00万元，其他收入50.00万元。"
    assert _read(text, unit=_TOWN) == {}


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("某市某区李村镇人民政府", "2024年，王村镇收入预算2,450.00万元。"),  # another township
        ("某县人民政府", "2024年，某县收入预算2,450.00万元。"),  # a county's name names its whole
        ("某区发展和改革委员会", "2024年，某区发展和改革收入预算2,450.00万元。"),  # no government's words
        ("中共某某镇委员会", "2024年，某某镇收入预算2,450.00万元。"),  # a party committee is no government
    ],
)
def test_no_place_form_for_another_place_or_unit(unit, text):
    assert _read(text, unit=unit) == {}


@pytest.mark.parametrize(
    ("own", "forms"),
    [
        ("某市某区花园街道办事处", {"某市某区花园街道", "某区花园街道", "花园街道", "花园街道办"}),
        ("某县新市镇人民政府", {"某县新市镇", "新市镇", "新市镇政府"}),  # never '镇' alone
        ("某县城区街道办事处", {"某县城区街道", "城区街道"}),  # never '街道' alone
    ],
)
def test_own_place_forms(own, forms):
    found = set(own_place_forms(own))
    assert forms <= found
    assert not found & {"镇", "街道", "某县", "某市某区"}


@pytest.mark.parametrize(
    "own", ["某县人民政府办公室", "某县人民政府", "某市某区人民政府", "某区发展和改革委员会", "中共某某镇委员会"]
)
def test_no_place_forms_for_other_units(own):
    assert own_place_forms(own) == ()


def test_an_office_of_a_government_keeps_its_forms():
    unit = "某县人民政府办公室"
    for subject in ("县政府办公室", "政府办公室"):
        assert _read(f"2024年，{subject}收入预算2,450.00万元。", unit=unit) == {"income_total": "24500000.00"}


# ---------------------------------------------------------------- vehicle kinds


@pytest.mark.parametrize(
    ("kind", "metric"),
    [
        ("副部（省）级及以上领导用车", "vehicles_ministerial_leader"),
        ("主要负责人用车", "vehicles_principal_leader"),
        ("主要领导用车", "vehicles_principal_leader"),
        ("主要领导干部用车", "vehicles_principal_leader"),
        ("机要通信用车", "vehicles_confidential_communication"),
        ("应急保障用车", "vehicles_emergency"),
        ("执法执勤用车", "vehicles_law_enforcement"),
        ("特种专业技术用车", "vehicles_special"),
        ("离退休干部服务用车", "vehicles_retired_cadres"),
        ("离退休干部用车", "vehicles_retired_cadres"),
        ("岗位保障用车", "vehicles_post_support"),
    ],
)
@pytest.mark.parametrize("final", [False, True])
def test_every_vehicle_kind_in_a_list(kind, metric, final):
    held = _read(f"年末，本单位共有车辆3辆，其中：{kind}1辆、其他用车2辆。", final=final)
    counts = {key[0] if final else key: value for key, value in held.items()}
    assert counts == {"vehicles_total": "3", metric: "1", "vehicles_other": "2"}


def test_the_principal_kind_among_others():
    text = "年末，本单位共有车辆5辆，其中：主要负责人用车0辆、机要通信用车1辆、应急保障用车1辆、执法执勤用车2辆、其他用车1辆。"
    assert _read(text) == {
        "vehicles_total": "5",
        "vehicles_principal_leader": "0",
        "vehicles_confidential_communication": "1",
        "vehicles_emergency": "1",
        "vehicles_law_enforcement": "2",
        "vehicles_other": "1",
    }


@pytest.mark.parametrize("kind", ["主要负责人用车", "主要领导用车"])
def test_the_principal_kind_to_buy(kind):
    result = parse_document(f"拟购置车辆3辆，其中：{kind}1辆、一般公务用车2辆。", unit="某县某局", year="2025")
    assert accepted_figures(result) == {
        "vehicles_to_purchase": "3",
        "vehicles_to_purchase_principal_leader": "1",
        "vehicles_to_purchase_general_purpose": "2",
    }


def test_every_leaders_vehicles_stay_unread():
    # '领导用车' names every leader's (deputies too): no kind of metrics.csv
    read = _read("年末，本单位共有车辆3辆，其中：领导用车1辆、其他用车2辆。")
    assert read == {"vehicles_total": "3", "vehicles_other": "2"}


# ---------------------------------------------------------------- 三公 parts listed after a none word


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        (
            "本单位未安排因公出国（境）费、公务接待费和公务用车购置及运行维护费。",
            ("three_public_overseas", "three_public_reception", "three_public_vehicle_total"),
        ),
        (
            "本单位无因公出国（境）费、公务接待费、公务用车购置及运行维护费。",
            ("three_public_overseas", "three_public_reception", "three_public_vehicle_total"),
        ),
        (
            "2024年，本部门没有因公出国（境）费、公务用车购置费和公务用车运行维护费。",
            ("three_public_overseas", "three_public_vehicle_purchase", "three_public_vehicle_operation"),
        ),
        ("本单位未安排因公出国（境）费、公务接待费。", ("three_public_overseas", "three_public_reception")),
    ],
)
def test_each_three_public_part_listed_after_a_none_word_is_0(text, parts):
    assert _read(text) == dict.fromkeys(parts, "0.00")
    # in a 决算 the zero is the actual
    assert _read(text, final=True) == {(part, "actual"): "0.00" for part in parts}


def test_the_listed_zeros_before_an_amount():
    text = "本单位未安排因公出国（境）费、公务接待费和公务用车购置费，公务用车运行维护费预算3.00万元。"
    assert _read(text) == {
        "three_public_overseas": "0.00",
        "three_public_reception": "0.00",
        "three_public_vehicle_purchase": "0.00",
        "three_public_vehicle_operation": "30000.00",
    }


@pytest.mark.parametrize(
    "text",
    [
        "上年未安排因公出国（境）费、公务接待费和公务用车购置及运行维护费。",  # another year
        "所属单位未安排因公出国（境）费、公务接待费和公务用车购置及运行维护费。",  # the sub-units
    ],
)
def test_a_none_list_of_another_year_or_unit_is_not_read(text):
    assert _read(text) == {}


def test_a_list_of_other_money_reads_the_first_item_alone():
    # 会议费, 培训费 are no 三公 part: only the first item's own clause is read
    assert _read("本单位未安排因公出国（境）费、会议费和培训费。") == {"three_public_overseas": "0.00"}


# ---------------------------------------------------------------- the side of a fund's 拨款


@pytest.mark.parametrize("final", [False, True])
def test_a_funds_appropriation_none_in_an_income_sentence_is_the_incomes(final):
    text = "2024年财政拨款收入2,316.80万元，比上年减少83.20万元，全部为一般公共预算拨款，政府性基金预算拨款未安排。"
    read = _read(text, final=final)
    metrics = {key[0] if final else key: value for key, value in read.items()}
    assert metrics["income_government_fund"] == "0.00"
    assert "expenditure_government_fund" not in metrics
    assert metrics["income_general_public_budget"] == "23168000.00"


def test_a_funds_appropriation_none_in_a_spending_sentence_is_the_spendings():
    text = "2024年财政拨款支出2,316.80万元，全部为一般公共预算拨款，政府性基金预算拨款未安排。"
    read = _read(text)
    assert read["expenditure_government_fund"] == "0.00"
    assert "income_government_fund" not in read


@pytest.mark.parametrize(
    "text",
    [
        "本单位未安排政府性基金预算拨款。",  # said alone: the fund's budget, both sides
        "2024年收入预算1,200.00万元，支出预算1,200.00万元，政府性基金预算拨款未安排。",  # after both sides
        "2024年财政拨款收入2,316.80万元，本单位无政府性基金预算。",  # the fund's budget, no 拨款
    ],
)
def test_a_funds_none_of_both_sides(text):
    read = _read(text)
    assert read["income_government_fund"] == "0.00"
    assert read["expenditure_government_fund"] == "0.00"


@pytest.mark.parametrize(
    "text",
    [
        "2024年收入、支出预算均为1,200.00万元，其中一般公共预算拨款1,200.00万元，政府性基金预算拨款0万元。",
        "2024年收入预算1,200.00万元，支出预算1,200.00万元，其中：一般公共预算拨款1,200.00万元，政府性基金预算拨款0万元。",
    ],
)
def test_appropriations_listed_under_both_sides_are_the_incomes_parts(text):
    assert _read(text) == {
        "income_total": "12000000.00",
        "expenditure_total": "12000000.00",
        "income_general_public_budget": "12000000.00",
        "income_government_fund": "0.00",
    }


def test_appropriations_listed_under_both_fiscal_sides_are_the_incomes_parts():
    text = "2024年财政拨款收入、支出预算均为1,200.00万元，其中一般公共预算拨款1,200.00万元。"
    assert _read(text) == {
        "income_fiscal_appropriation": "12000000.00",
        "expenditure_fiscal_appropriation": "12000000.00",
        "income_general_public_budget": "12000000.00",
    }


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a side named: that side's
        (
            "2024年收入、支出预算均为1,200.00万元，其中一般公共预算拨款支出1,200.00万元。",
            "expenditure_general_public_budget",
        ),
        # the spending alone: the spending's part, as before
        ("2024年支出预算1,200.00万元，其中一般公共预算拨款1,200.00万元。", "expenditure_general_public_budget"),
        # two sides of different amounts: no pair, the part of the last figure
        (
            "2024年收入预算1,300.00万元，支出预算1,200.00万元，其中一般公共预算拨款1,200.00万元。",
            "expenditure_general_public_budget",
        ),
    ],
)
def test_appropriations_not_under_both_sides_keep_their_reading(text, part):
    read = _read(text)
    assert read[part] == "12000000.00"
    assert "income_general_public_budget" not in read


def test_spending_parts_under_both_sides_stay_spending():
    text = "2024年收入、支出预算均为1,200.00万元，其中基本支出1,000.00万元，项目支出200.00万元。"
    read = _read(text)
    assert read["basic_expenditure"] == "10000000.00"
    assert read["project_expenditure"] == "2000000.00"
