"""Words that undo what a label names: negated words (非 / 不含 / 未纳入 / …以外 / 除…外) never
name the metric they would name, a figure of a former state (原有 / 原核定 / 调整前 / 撤并前 …) is no
year's figure; and three wordings read as the project reads their usual form: 实际 before the words
of the staff in post (as 实有), 工勤 listed as a part of one kind's posts (工勤编制), 其它 (as 其他).

A wrong figure is worse than a missing one. Each kind is tested with constructed sentences in
several wordings (none of them a document's text): what must be read, and what must not.
"""

from __future__ import annotations

import pytest
from narrative_figures import accepted_figures, parse_document, unparsed_messages

from extract.narrative import metrics as m
from extract.narrative.wording import classify_count, classify_money


def _budget(*paragraphs: str) -> dict[str, str]:
    return accepted_figures(parse_document(*paragraphs, unit="某县某中心", year="2024"))


def _budget_unparsed(*paragraphs: str) -> list[str]:
    return unparsed_messages(parse_document(*paragraphs, unit="某县某中心", year="2024"))


def _final(*paragraphs: str) -> dict[str, str]:
    return accepted_figures(parse_document(*paragraphs, unit="某县某中心", year="2024", final=True))


# --- kind 1: negated words never name the metric they would name


@pytest.mark.parametrize(
    ("label", "negated"),
    [
        ("未纳入财政专户管理的资金收入", "未纳入财政专户管理"),
        ("不含财政专户资金的收入", "不含财政专户资金"),
        ("非政府性基金预算收入", "非政府性基金预算收入"),
        ("一般公共预算支出（不包括政府性基金）", "（不包括政府性基金）"),
        ("财政专户以外的收入", "财政专户以外"),
        ("除财政专户外的收入", "除财政专户外"),
        ("除了政府性基金以外的支出", "除了政府性基金以外"),
        ("“三公”经费（不含因公出国（境）费）", "（不含因公出国（境）费）"),
    ],
)
def test_the_words_a_negation_negates(label, negated):
    assert m.negated_words(label) == negated


@pytest.mark.parametrize("label", ["非税收入", "专户管理的非税收入", "除雪经费", "纳入财政专户管理的资金收入", "非"])
def test_words_that_negate_nothing(label):
    assert m.negated_words(label) == ""


def test_a_label_without_its_negated_words():
    assert m.without_negated("财政拨款收入（不含政府性基金）") == "财政拨款收入"
    assert m.without_negated("不含财政专户资金的收入") == "的收入"
    assert m.without_negated("事业收入") == "事业收入"


@pytest.mark.parametrize(
    ("sentence", "read", "negated"),
    [
        (
            "2024年收入预算860.00万元，其中：未纳入财政专户管理的资金收入64.30万元。",
            {"income_total": "8600000.00"},
            "未纳入财政专户管理",
        ),
        (
            "2024年收入预算860.00万元，其中不含财政专户资金的收入795.70万元。",
            {"income_total": "8600000.00"},
            "不含财政专户资金",
        ),
        (
            "2024年收入预算860.00万元，其中非政府性基金预算收入31.00万元。",
            {"income_total": "8600000.00"},
            "非政府性基金预算收入",
        ),
        (
            "2024年收入预算860.00万元，其中非一般公共预算收入42.50万元。",
            {"income_total": "8600000.00"},
            "非一般公共预算收入",
        ),
        (
            "2024年收入预算860.00万元，其中财政拨款收入（不含政府性基金）700.00万元。",
            {"income_total": "8600000.00"},
            "（不含政府性基金）",
        ),
        (
            "2024年支出预算860.00万元，其中不属于政府性基金的支出820.00万元。",
            {"expenditure_total": "8600000.00"},
            "不属于政府性基金",
        ),
        (
            "2024年收入预算860.00万元，其中财政专户以外的收入60.00万元。",
            {"income_total": "8600000.00"},
            "财政专户以外",
        ),
        (
            "2024年支出预算860.00万元，其中不含项目支出的支出540.00万元。",
            {"expenditure_total": "8600000.00"},
            "不含项目支出",
        ),
        ("2024年非公务接待费用1.20万元。", {}, "非公务接待费用"),
        (
            "单位共有车辆7辆，其中：执法执勤用车4辆，非执法执勤用车3辆。",
            {"vehicles_total": "7", "vehicles_law_enforcement": "4"},
            "非执法执勤用车",
        ),
    ],
)
def test_a_metric_named_by_negated_words_is_not_read(sentence, read, negated):
    assert _budget(sentence) == read
    assert any(f"'{negated}' are negated" in message for message in _budget_unparsed(sentence))


def test_what_a_negation_leaves_named_is_read():
    # a negation of something else than what names the metric: the metric stays
    assert _budget("2024年“三公”经费（不含因公出国（境）费）预算6.00万元。") == {"three_public_total": "60000.00"}
    assert _budget("2024年收入预算860.00万元，其中：纳入财政专户管理的资金收入64.30万元。") == {
        "income_total": "8600000.00",
        "income_special_account": "643000.00",
    }
    assert _budget("2024年收入预算860.00万元，其中专户管理的非税收入15.00万元。") == {
        "income_total": "8600000.00",
        "income_special_account": "150000.00",
    }
    # the negation in a clause of its own: the clause after it names its own metric
    assert _budget("2024年收入预算860.00万元，除财政拨款外，事业收入120.00万元。") == {
        "income_total": "8600000.00",
        "income_business": "1200000.00",
    }


def test_a_rule_naming_the_negated_words_keeps_its_metric():
    assert _final("2024年度使用非财政拨款结余3.60万元。") == {"non_fiscal_balance_used": "36000.00"}
    assert classify_count("非编聘用人员", "people", {}) == "staff_contract"
    assert classify_count("未纳入编制的聘用人员", "people", {}) == "staff_contract"


def test_a_label_naming_nothing_negated_is_reported_as_before():
    messages = _budget_unparsed("2024年收入预算860.00万元，其中非税收入25.00万元。")
    assert messages and not any("negated" in message for message in messages)


def test_classification_refuses_the_negated_fund_for_every_fund_word():
    for label in ("非政府性基金收入", "非一般公共预算收入", "非国有资本经营预算收入", "未纳入财政专户的收入"):
        assert classify_money(label, "income", {}) == ("", ""), label
    assert classify_money("政府性基金收入", "income", {}) == ("income_government_fund", "")


# --- kind 2: a figure of a former state is not the year's


@pytest.mark.parametrize(
    ("sentence", "read", "former"),
    [
        (
            "该所组建时核定事业编制15名，原有行政编制4名。",
            {"staff_authorized_institution": "15"},
            "原有",
        ),
        ("原核定编制22人，现有在职人员19人。", {"staff_actual": "19"}, "原核定"),
        (
            "调整前事业编制30名，调整后事业编制26名。",
            {"staff_authorized_institution": "26"},
            "调整前",
        ),
        ("原编制数18人，现编制数16人。", {"staff_authorized": "16"}, "原编制"),
        ("撤并前两所共有公务用车6辆，现有公务用车2辆。", {"vehicles_total": "2"}, "撤并前"),
        ("划转前行政编制9名，核定行政编制7名。", {"staff_authorized_admin": "7"}, "划转前"),
    ],
)
def test_a_figure_of_a_former_state_is_not_read(sentence, read, former):
    assert _budget(sentence) == read
    assert any(f"a former state ('{former}')" in message for message in _budget_unparsed(sentence))


@pytest.mark.parametrize(
    ("label", "word"),
    [
        ("原有行政编制", "原有"),
        ("本单位原核定编制", "原核定"),
        ("重组前事业编制", "重组前"),
        ("主要原因是", ""),
        ("原材料购置", ""),
        ("账面原值", ""),
        ("在原有基础上", ""),
        ("草原有害生物防治", ""),
        ("现有在职人员", ""),
    ],
)
def test_the_former_words(label, word):
    assert m.former_word(label) == word


def test_present_counts_and_原_in_other_words_are_read():
    assert _budget("核定编制14名，现有在职人员13名。") == {"staff_authorized": "14", "staff_actual": "13"}
    assert _budget("本单位实有人数21人。") == {"staff_actual": "21"}
    assert _final("处置房屋建筑物0平方米，账面原值0.00元。") == {"assets_disposed_buildings_book_value": "0.00"}


# --- kind 3: 实际 before the words of the staff in post is read as 实有


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("实际在编制人数6人。", {"staff_actual": "6"}),
        ("实际人数23人。", {"staff_actual": "23"}),
        # (after one kind's posts alone, the count naming no kind is the whole staff in post)
        ("核定行政编制8人，实际在岗人员7人。", {"staff_authorized_admin": "8", "staff_actual": "7"}),
        (
            "核定事业编制20名，实际在编人数17人。",
            {"staff_authorized_institution": "20", "staff_actual": "17"},
        ),
        (
            "核定事业编制20名，实际在编制内人员18人。",
            {"staff_authorized_institution": "20", "staff_actual": "18"},
        ),
        ("核定编制12人，在编制人员11人。", {"staff_authorized": "12", "staff_actual": "11"}),
    ],
)
def test_实际_reads_as_实有(sentence, read):
    assert _budget(sentence) == read


def test_实际_and_实有_read_alike():
    for words in ("在编人数", "在岗人员", "在职人员", "正式职工"):
        for state in ({}, {"staff_kind": "_admin"}, {"staff_kind": "_institution"}):
            assert classify_count("实际" + words, "people", dict(state)) == classify_count(
                "实有" + words, "people", dict(state)
            ), (words, state)


def test_现在编制_and_other_实际_words_are_no_staff_in_post():
    assert _budget("现在编制人数11人。") == {"staff_authorized": "11"}
    # (实际 before other words names no count of the staff: the 27 is not read)
    assert _budget("在职人员30人，由于手续未办齐，实际纳入预算27人。") == {"staff_actual": "30"}


# --- kind 4: 工勤 listed as a part of one kind's posts


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        (
            "核定事业编制16人（其中参公人员12名、工勤人员4名）。",
            {"staff_authorized_institution": "16", "staff_authorized_worker": "4"},
        ),
        (
            "核定事业编制16人（其中参照公务员管理人员12名、工勤人员4名）。",
            {"staff_authorized_institution": "16", "staff_authorized_worker": "4"},
        ),
        ("核定事业编制16人，其中工勤人员4名。", {"staff_authorized_institution": "16", "staff_authorized_worker": "4"}),
        ("核定事业编制16人（工勤3名）。", {"staff_authorized_institution": "16", "staff_authorized_worker": "3"}),
        ("核定行政编制11名（含工勤人员1名）。", {"staff_authorized_admin": "11", "staff_authorized_worker": "1"}),
        (
            "核定编制13名（行政11名，工勤2名）。",
            {"staff_authorized": "13", "staff_authorized_admin": "11", "staff_authorized_worker": "2"},
        ),
        (
            "核定编制13名（行政编制11名，工勤编制2名）。",
            {"staff_authorized": "13", "staff_authorized_admin": "11", "staff_authorized_worker": "2"},
        ),
    ],
)
def test_工勤_listed_in_one_kinds_posts_is_the_worker_posts(sentence, read):
    assert _budget(sentence) == read


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        # the people in post were counted before: 工勤人员 are people, no posts (the count, after one
        # kind's posts alone, is the whole staff in post)
        ("核定事业编制16人，实有15人，其中工勤人员4名。", {"staff_authorized_institution": "16", "staff_actual": "15"}),
        # named beside the posts with no part word: people or posts, not told
        ("核定事业编制16人，工勤人员4名。", {"staff_authorized_institution": "16"}),
        # another statement ('；'): no part of the posts
        ("核定事业编制16人；其中工勤人员4名。", {"staff_authorized_institution": "16"}),
        # a job level inside the posts (岗位), no 编制
        ("核定事业编制16人（其中专业技术岗位12名、工勤技能岗位4名）。", {"staff_authorized_institution": "16"}),
    ],
)
def test_工勤_not_listed_as_a_part_of_the_posts_is_not_read(sentence, read):
    assert _budget(sentence) == read


def test_the_参公_part_of_the_posts_has_no_figure():
    figures = _budget("核定事业编制16人（其中参公人员12名、工勤人员4名）。")
    assert "12" not in figures.values()
    assert any("12名" in message for message in _budget_unparsed("核定事业编制16人（其中参公人员12名、工勤人员4名）。"))


# --- kind 5: 其它 is read as 其他


@pytest.mark.parametrize(
    "sentence",
    [
        "2024年收入预算420万元，其中：财政拨款收入380万元，{}收入40万元。",
        "2024年支出预算420万元，其中：{}支出（类）15万元。",
        "2024年国有资产总额610万元，其中：流动资产400万元，固定资产180万元，{}资产30万元。",
        "单位共有车辆6辆，其中：执法执勤用车5辆，{}用车1辆。",
        "实有人数36人，其中：财政全额保障人员30人，{}资金保障人员6人。",
        "2024年{}交通费用2万元。",
        "2024年{}资本性支出12万元。",
    ],
)
def test_其它_reads_as_其他(sentence):
    assert _budget(sentence.format("其它")) == _budget(sentence.format("其他"))


def test_其它_labels_read_their_metric():
    assert _budget("2024年收入预算420万元，其中：财政拨款收入380万元，其它收入40万元。") == {
        "income_total": "4200000.00",
        "income_fiscal_appropriation": "3800000.00",
        "income_other": "400000.00",
    }
    assert classify_money("其它支出（类）", "expenditure", {}) == ("expenditure_category", "229")
    assert classify_count("其它用车", "vehicles", {}) == "vehicles_other"
