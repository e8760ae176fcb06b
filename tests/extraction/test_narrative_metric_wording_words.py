"""The word lists the wording rules read (topics, filler, leading and trailing words) are data:
seeds/reference/metric_wording_words.csv, read by the extractor (extract.narrative.metrics) and
declared as a dbt seed."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from extract.narrative import metrics as m
from extract.narrative.wording import WordingError, load_rules
from extract.reference import REFERENCE_DIR, metric_wording_words, metrics

ROOT = Path(__file__).resolve().parents[2]


def _row(**values: str) -> dict[str, str]:
    return {"kind": "filler", "word_order": "10", "word": "总额", "topic": "", "note": ""} | values


def _words(*rows: dict[str, str]) -> list[dict[str, str]]:
    # one word of every kind, then the rows under test
    base = [
        _row(kind="topic", word="收入", topic="income"),
        _row(kind="topic", word_order="20", word="支出", topic="expenditure"),
        _row(kind="not_topic", word="绩效工资"),
        _row(kind="lead", word="其中"),
        _row(kind="trail", word="为"),
        _row(kind="part", word="中"),
        _row(kind="not_part", word="中心"),
        _row(kind="approximate", word="约"),
        _row(kind="approximate_after", word="左右"),
        _row(kind="negation", word="非"),
        _row(kind="negation_after", word="以外"),
        _row(kind="negation_pair", word="除…外"),
        _row(kind="not_negation", word="非税"),
        _row(kind="former", word="原有"),
        _row(kind="not_former", word="草原"),
        _row(kind="change_mark", word="比"),
        _row(kind="change_yoy", word="同比"),
        _row(kind="change_than", word="比"),
        _row(kind="change_with", word="与"),
        _row(kind="change_prior", word="比"),
        _row(kind="change_base", word="上年"),
        _row(kind="change_up", word="增加"),
        _row(kind="change_down", word="减少"),
        _row(kind="change_none", word="持平"),
        _row(),
    ]
    return base + list(rows)


def test_the_seed_gives_the_words_the_rules_read():
    assert m.TOPICS == (
        ("three_public", "三公"),
        ("three_public", "公务用车购置及运行"),
        ("three_public", "公车购置及运行"),
        ("performance", "绩效"),
        ("procurement", "政府采购"),
        ("operating", "运行经费"),
        ("vehicles", "车辆"),
        ("income", "收入"),
        ("expenditure", "支出"),
    )
    assert m.topic_words("expenditure") == ("支出",)
    assert m.topic_words("no_such_topic") == ()
    assert m.words_of("filler")[:3] == ("年初", "预算数", "预算")
    assert m.words_of("trail") == ("为", "是", "共计", "合计", "总计", "小计", "计", "达到", "达", "共", "类科目")


def test_topics_fillers_and_the_core_follow_the_words():
    # the first topic in word_order decides, not the first word in the text
    assert m.topic_of("2026年部门收入预算、“三公”经费预算") == "three_public"
    assert m.topic_of("政府采购支出") == "procurement"
    assert m.topic_of("（三）公务用车购置及运行费支出预算") == "three_public"  # a 三公 item named alone
    assert m.topic_of("一般公共预算收入") == "income"
    assert m.topic_of("人员情况") == ""
    assert m.is_filler("年初预算数")
    assert m.is_filler("总额")
    assert not m.is_filler("额度")  # 度 is a filler word, 额 alone is not: the label names something
    assert not m.is_filler("一般公共预算拨款")
    # leading connectives (longest first: 本年度, not 本年 leaving 度) and trailing copulas
    assert m.core("（一）其中本年度安排基本支出为") == "基本支出"
    assert m.core("其中：基本支出") == "：基本支出"  # (a colon is no connective)
    assert m.core("其中本年度基本支出共计") == "基本支出"
    assert m.core("2026年政府采购预算达到") == "政府采购预算"


def test_part_words_split_a_label_into_its_whole_and_part():
    assert m.part_splits("机关运行经费中办公费") == [("机关运行经费", "办公费")]
    assert m.part_splits("“三公”经费中的公务接待费") == [("“三公”经费", "公务接待费")]
    assert m.part_splits("基本支出其中人员经费") == [("基本支出", "人员经费")]
    assert m.part_splits("收入预算包括一般公共预算拨款") == [("收入预算", "一般公共预算拨款")]
    # words holding 中 that are no marker (kind not_part)
    assert m.part_splits("政府集中采购预算中货物") == [("政府集中采购预算", "货物")]
    assert m.part_splits("某服务中心支出") == []
    assert m.part_splits("中央补助收入") == []
    assert m.part_splits("其中基本支出") == []  # (nothing before the word: a leading connective)


def test_approximate_words_before_or_after_an_amount():
    assert m.approximate_word("收入预算约为", "") == "约为"
    assert m.approximate_word("收入预算将近", "") == "将近"
    assert m.approximate_word("收入预算不超过", "") == "不超过"
    assert m.approximate_word("收入预算", "左右。") == "左右"
    assert m.approximate_word("收入预算为", "以上的项目") == "以上"
    assert m.approximate_word("收入预算为", "，比上年增加") == ""
    assert m.approximate_word("收入预算达", "。") == ""


def test_the_change_words_are_the_seeds():
    # the comparison words, the prior year, the direction and no change: kinds change_*
    assert m.CHANGE_WORDS["mark"] == "比|较|与|同比"
    assert m.CHANGE_WORDS["than"] == "比|较"
    assert m.CHANGE_WORDS["with"] == "与|和|同|跟"
    assert m.CHANGE_WORDS["prior"] == "比|较|与|同"
    assert m.CHANGE_WORDS["base"] == "上一年度|上年度|上一年|上年|去年|同期"
    # a clause is read by the direction words of two characters or more (增减 both ways: no
    # direction said); a label also by 增 / 减
    assert m.CHANGE_WORDS["up"] == "增加|增长|上升|提高|增支|增减"
    assert m.CHANGE_WORDS["down"] == "减少|下降|降低|减支|节约|节省|压减|增减"
    assert m.words_of("change_up")[-2:] == ("增", "多")  # ('比去年3.01万元少0.07万元': 少 / 多 too)
    assert m.words_of("change_down")[-2:] == ("减", "少")
    assert m.CHANGE_WORDS["none"] == "持平|一致|无变化|没有变化|未变化|相同|不变|无增减|无变动|没有变动|未变动"


@pytest.mark.parametrize(
    ("label", "direction", "subject", "against_budget"),
    [
        ("一般公共预算拨款比上年增加", "+", "一般公共预算拨款", False),
        ("收入较去年减少", "-", "收入", False),
        ("同比增5", "+", "", False),  # a one-character direction word after the comparison word
        ("较上年无增减变化", "0", "", False),  # a no-change word holding 增 and 减
        ("与上年持平", "0", "", False),
        ("比上年未变化", "0", "", False),
        ("比上年减少（或增加）", "?", "", False),
        ("比年初预算数增加", "+", "", True),  # this year's budget, no prior year
        ("比上一年预算数增加", "+", "", False),  # a base word of change_base: the prior year
        ("比同期预算增加", "+", "", False),
        ("收入和支出增加", None, "", False),  # 和 opens no change in a label
    ],
)
def test_a_change_label_is_read_by_the_change_words(label, direction, subject, against_budget):
    assert m.change_direction(label) == direction
    assert m.change_subject(label) == subject
    assert m.against_budget(label) is against_budget


def test_words_are_read_in_word_order_not_file_order():
    words = m.load_words(_words(_row(word_order="5", word="年初")))
    assert [word for word, _ in words["filler"]] == ["年初", "总额"]
    assert words["topic"] == (("收入", "income"), ("支出", "expenditure"))


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (_row(kind="total"), "line 27 (total '总额'): unknown kind 'total', must be one of"),
        (_row(word=""), "line 27 (filler ''): empty word"),
        (_row(word=" "), "empty word"),
        (_row(word="总 额"), "the word holds a space"),
        (_row(word_order="10", word="年初"), "duplicate: word_order 10 is used twice for kind filler"),
        (_row(word_order="20"), "duplicate: '总额' is listed twice for kind filler"),
        (_row(word_order="ten", word="年初"), "word_order 'ten' is not an integer"),
        (_row(kind="topic", word_order="30", word="三公"), "a topic word needs its topic"),
        (_row(word_order="20", word="年初", topic="income"), "only a topic word takes a topic"),
        (_row(kind="topic", word_order="30", word="三公", topic="Three public"), "topic 'Three public' is not snake"),
        (
            _row(kind="change_up", word_order="20", word="增加"),
            "line 27 (change_up '增加'): duplicate: '增加' is listed twice for kind change_up",
        ),
        (_row(kind="change_none", word_order="10", word="一致"), "duplicate: word_order 10 is used twice"),
        (
            _row(kind="change_than", word_order="20", word="比较"),
            "line 27 (change_than '比较'): a change_than word is one character",
        ),
        (
            _row(kind="negation_pair", word_order="20", word="除外"),
            "line 27 (negation_pair '除外'): a negation_pair word is its two halves joined by one '…'",
        ),
        (
            _row(kind="negation_pair", word_order="20", word="除…以…外"),
            "a negation_pair word is its two halves joined by one '…'",
        ),
        (
            _row(kind="change_base", word_order="20", word="上 年"),
            "line 27 (change_base '上 年'): the word holds a space",
        ),
    ],
)
def test_a_word_that_cannot_be_read_is_named(row, message):
    with pytest.raises(WordingError, match=r"metric_wording_words\.csv line ") as caught:
        m.load_words(_words(row))
    assert message in str(caught.value)


def test_every_kind_needs_a_word():
    rows = [row for row in _words() if row["kind"] != "trail"]
    with pytest.raises(WordingError, match="no word of kind trail"):
        m.load_words(rows)


def test_a_rule_naming_a_topic_the_words_do_not_list_is_refused():
    rule = {"rule_order": "10", "unit_kind": "money", "metric": "income_total", "kind": "wording"}
    rule |= {"wording": "topic:incomes & filler", "sets": "", "note": ""}
    with pytest.raises(WordingError, match=r"rule money/10: unknown topic 'incomes'"):
        load_rules([rule], set(metrics()))


def test_the_file_is_kept_sorted_by_kind_then_word_order():
    rows = metric_wording_words()
    kinds = [row["kind"] for row in rows]
    assert kinds == sorted(kinds, key=m.WORD_KINDS.index)
    for kind in m.WORD_KINDS:
        orders = [int(row["word_order"]) for row in rows if row["kind"] == kind]
        assert orders == sorted(orders), f"{kind}: keep metric_wording_words.csv in word_order"


@pytest.mark.parametrize("seed", ["metrics", "metric_wording", "metric_wording_words"])
def test_the_seed_is_declared_for_dbt_with_every_column_typed_and_described(seed):
    with (REFERENCE_DIR / f"{seed}.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    declared = yaml.safe_load((REFERENCE_DIR / "_reference__seeds.yml").read_text(encoding="utf-8"))
    (entry,) = [item for item in declared["seeds"] if item["name"] == seed]
    assert [column["name"] for column in entry["columns"]] == header
    assert all(column.get("description") for column in entry["columns"])
    project = yaml.safe_load((ROOT / "dbt_project.yml").read_text(encoding="utf-8"))
    assert list(project["seeds"]["yusuan"][seed]["+column_types"]) == header
