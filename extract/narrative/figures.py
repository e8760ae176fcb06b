"""Walk the narrative sentence by sentence, clause by clause, and read the figures it states.

Within a sentence:
* a clause that gives a reason (主要是 / 主要原因是 / 主要用于 / 由于 ...) starts a reason: its
  figures and those of the following clauses, up to the next '；' or the end of the sentence,
  explain a change and are not read as totals; a 其中 list the reason opens runs to the end of
  the sentence: the total's composition, read whole, when each item is a part of the total with
  its share ('…主要原因是…其中：财政拨款收入X，占N%；事业收入Y，占M%': a stop lost), else none of
  it; '用于采购货物…' in a sentence about 政府采购 names a procurement part, no use; a reason or
  use that follows no change stated before it in its paragraph explains nothing: its amounts are
  reported unparsed (never dropped); the 用于 of 机关运行经费's definition ('维持机关运行，用于…的
  行政运行经费，合计X') opens no reason;
* a change ('比2025年减少278.66万元', '与上年持平') belongs to the subject printed before 比/较
  ('收入较去年减少…', also when the prior year's amount is printed inside the comparison:
  '支出比上年预算数320万元减少20万元') or else to the last figure read in the same sentence; after a
  prior amount of another year than the prior one it is not read;
* '均为一般公共预算拨款' after a total states that the named source is the whole total; with an
  amount of its own ('全部为财政拨款收入520万元') that amount is the named part when it equals the
  total (the change after it stays the total's), and no figure when it differs;
* '无使用政府性基金预算拨款安排的支出' states a zero government-fund expenditure.
Anything with an amount that no rule understands is reported as an unparsed figure.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, lru_cache
from itertools import pairwise

from extract.narrative import metrics as m
from extract.narrative.sub_units import is_unit_name, names_itself, own_kind_nouns, own_place_forms
from extract.narrative.text import (
    BARE_WAN,
    COUNT_UNITS,
    Amount,
    Clause,
    Paragraph,
    Sentence,
    amounts,
    approximate_amounts,
    broken_amounts,
    chinese_unread,
    declared_amounts,
    is_heading_only,
    other_unit_amounts,
    sentences,
    units_declared,
)
from extract.narrative.wording import (
    PARAGRAPH_STATE_KEYS,
    classify_count,
    classify_money,
    clause_state,
    part_of,
    topic_total,
)
from extract.numbers import format_yuan, printed_unit_yuan, rounding_tolerance_yuan
from extract.reference import (
    category_code,
    category_codes,
    codes_named,
    economic_class_names,
    economic_names,
    function_name_key,
)
from extract.spaces import compact
from extract.tables.labels import value_role

# a sentence about the function classification ('按功能分类', '类级科目', a 类/款/项 mark): a
# category named by a bare generic name there (其他支出) is a 类
_CLASSIFICATION_WORD = re.compile(r"功能分类|功能科目|类级|[（(]\s*\d{0,3}\s*类\s*[)）]")


def _about_classification(text: str) -> bool:
    """A sentence's text -> whether it is about the function classification: a classification word
    or mark, or two 类 named by their full names ('教育支出…，其他支出…'). A bare generic name
    alone (a hospital's '医疗业务支出…，其他支出…') is no 类."""
    bare = compact(text)
    if _CLASSIFICATION_WORD.search(bare):
        return True
    if "支出" not in bare:
        return False
    key = function_name_key(bare)  # (和 and 与 alike, as the names are)
    named = {code for name, code in _spending_categories() if name in key}
    return len(named) >= 2


@cache
def _spending_categories() -> tuple[tuple[str, str], ...]:
    """(name, code) of every 类 name of ``category_codes`` ending in 支出, in its order."""
    return tuple((name, code) for name, code in category_codes().items() if name.endswith("支出"))


# (never the 用于 of 机关运行经费's definition: '为保障行政单位运行用于购买货物和服务的各项资金X万元')
# a clause saying what the amount before it mainly is ('主要为环卫作业车辆及分类垃圾桶')
_MAINLY_OF_BEFORE = re.compile(r"^(?:主要|大部分|多数)(?:为|是|包括)")
_REASON = re.compile(r"主要(?:是|原因|用于|系|因为|由于)|原因(?:是|为|在于)|由于|因为|(?<!运行)用于")
# the names of 机关运行经费 its definition may be stated with (never a bare 行政运行, the 项 2010101)
_OPERATING_COST_NAME = re.compile(r"(?:行政|机关)运行经费|机关运行费")
# a budget's label ending in 预计 ('总收入预计800万元'): what the budget expects (a final account's: no actual)
_EXPECTED_END = re.compile(r"预计(?:为|是|数|数为)?$")
# 经费拨款 named as the appropriation (alone or after the fund's name: '经费拨款收入', '一般公共预算经费
# 拨款'): a PART of the 一般公共预算拨款 (with the 纳入预算管理的非税收入拨款), no metric (metric_wording.csv
# rule 334); never a kind of 经费 appropriated ('“三公”经费拨款', '项目经费拨款')
_APPROPRIATION_PART = re.compile(r"^(?:一般公共预算|公共财政预算|公共财政|公共预算|财政|本年|当年)*经费拨款")
# the 非税收入 brought into the budget ('纳入（一般）（公共）预算管理的非税收入拨款', '非税收入拨款'): the
# other PART of the 一般公共预算拨款, no metric (metric_wording.csv rule 333); never the 非税收入 of the
# fiscal special account (财政专户管理: income_special_account)
_NON_TAX_PART = re.compile(r"^(?!.*专户)(?:纳入.{0,8}?预算管理的?非税收入|非税收入拨款)")
# the definition of 机关运行经费 (its purpose, the running of the unit itself: '维持机关运行',
# '保障机构正常运转')
_OPERATING_DEFINITION = re.compile(
    r"(?:维持|保障)[^，,。；;]{0,8}?(?:机关|机构|单位)[^，,。；;]{0,4}?(?:运行|运转)|(?:机关|机构)正常(?:运行|运转)"
)
# '主要用于以下方面：' introduces the breakdown of the figure before it, not a reason
_BREAKDOWN = re.compile(r"用于(?:(?:以下|如下)(?:几个|\S{0,2})?方面)?$")
# 'No X' / 'X为零': a zero stated by wording, for the metrics a unit may simply not have. The words
# saying none come before the name ('无X', '未安排X', '不涉及X', '不存在X') or after it ('X为零',
# 'X没有', 'X不涉及', 'X预算为空'); what the name is read as decides the metric (Walker._wording).
# A longer wording before the shorter it opens with (没有涉及, 没有安排 before 没有): the first branch that
# matches wins, and '没有' first would leave '涉及X' as the name
_NONE_WORDS = (
    r"没有涉及|没有安排|暂未安排|未安排|不安排|未编制|不编制|未发生|不涉及|未涉及|不存在|暂无|未(?=使用)|没有|无"
)
_NONE = re.compile(r"^(?:故|因此|所以|因而)?(?:年初)?(?:" + _NONE_WORDS + r")(?P<name>.+)$")
_ZERO = re.compile(
    r"^(?P<name>.+?)(?:本年度|本年|今年|当年)?(?:(?P<each>均|都|全)?(?:为|是)(?:零|0)|没有|(?P<each_none>均|都|全)(?:无|没有|未发生|未安排(?:预算)?)"
    r"|未发生|未安排(?:预算)?|(?:无|没有|未作|未做|暂无)预算(?:安排)?|(?<![有并毫])暂?无|(?:均|都|全)?(?:不涉及|未涉及|不存在)"
    r"|(?P<empty>为空))$"
)  # ('因公出国（境）费用没有', '因公出国（境）费无预算安排', '…均无', '因公出国（境）费用支出未发生', '公务用车购置费2015年未安排预算',
#    '其中：购置经费无': 无 after the name; never 有无 / 并无 / 毫无; '机关运行经费预算为空': never a table's
#    '此表为空', '…收支表为空表', which names a table, not its figures; the year of the document may
#    stand between: '经营收入本年度无')
# an amount of a list's last item said of every item: '因公出国（境）费、公务用车购置费均为0万元'
# a clause naming the staff in post as the whole the kinds after it are among, with no count of its own
# ('实有在编人员中', '现有在职人员中：')
_STAFF_IN_POST_AMONG = re.compile(r"(?:实有|现有|年末)?(?:在编|在职|在岗|实有)+(?:人员|人数)(?:中|当中)[：:]?")
# one amount said to be both the budget and the adjusted budget ('年初预算及调整后预算均为', a label's core)
_BOTH_BUDGETS = re.compile(r"(?:年初)?预算数?(?:及|和|与|、)(?:调整后?|全年)(?:全年)?预算数?(?:均|都)(?:为|是)?")
# a clause saying the budget before it was not adjusted in the year ('年中未调整', '预算未作调整')
_NOT_ADJUSTED = re.compile(r"(?:年中|年度中|全年)?(?:预算)?(?:未|没有|无)(?:作|做|进行)?(?:追加)?调整(?:预算)?")
_EACH_LABEL = re.compile(r"(?:均|都|全)(?:为|是)?$")
# both sides' totals named, joined, then said each to be one amount ('收入预算总额和支出预算总额均为X',
# '收入和支出预算均为X', '收入、支出预算总额均为X'; a label's core): never 总计 (the 收支总表's grand total)
_BOTH_SIDES_EACH = re.compile(
    r"(?:部门|单位)?(?:本年)?收入(?:预算|决算)?(?:总额|合计)?(?:和|与|及|、)(?:本年)?支出(?:预算|决算)?(?:总额|合计)?(?:均|都)"
)
# what is left of a 决算 label of a budget compared with once its role words are removed ('比年初预算数')
# 采购 left without the 政府 of 政府采购 once the own name ending in 政府 was taken out before it
# (Walker.without_own_name)
_PROCUREMENT_WITHOUT_GOVERNMENT = re.compile(r"(?<!政府)采购")
_BUDGET_BASE_LEAD = re.compile(r"(?:比|较|与|和|同)(?:本年度|本年|当年)?")
# 和 / 同 opening a comparison ('和本年预算X比', '同年初预算相比'): as 与
_AND_LEAD = re.compile(r"^[和同]")
# the words between a budget an actual is compared with and the difference printed after it
# ('…，和本年预算480万元比，增加40万元', '与年初预算Y相比减少Z'): a closing word, then the direction
_GAP_WORDS = re.compile(
    r"(?:相比|相较|比较|对比|比)?[，,]?(?:(?P<up>"
    + m.words_pattern(w for w in m.words_of("change_up") if w not in m.words_of("change_down"))
    + r")|(?P<down>"
    + m.words_pattern(w for w in m.words_of("change_down") if w not in m.words_of("change_up"))
    + r"))了?"
)
# a share after a name ('公务接待费占30%'): the name alone is what the clause names
_SHARE_TAIL = re.compile(r"(?:占|约占|所占)[^，,]*$")
# a name of a share ('货物支出占比', '…占政府采购支出总额的比例', '占总额的'): said to be 0 it is a
# percentage, never the amount's 0
_SHARE_NAME = re.compile(r"(?:占比|比例|比重|百分比)$|占[^，,、]*的$")
# a day a flow is counted up to ('截至2025年6月30日', '截止6月底'): its month
_TO_DATE = re.compile(r"(?:截至|截止)到?\s*(?:\d{4}\s*年\s*)?(?P<month>\d{1,2})\s*月")
# an average per head, pupil, household or vehicle, or a part of the year (a quarter, a half, a
# range of months: '1-6月'): its amount is never the year's figure of what it names
_PER_OR_PART_OF_YEAR = re.compile(
    r"人均|生均|车均|户均|平均|每人|每名|每生|每车|每辆|月均|日均|第?[一二三四1-4]季度|上半年|下半年"
    r"|(?<!\d)\d{1,2}\s*[-－—–~～至到]\s*\d{1,2}\s*月"
)
# the words between a change and the level it arrives at ('比上年减少0.10万元，为17.40万元')
_LEVEL_AFTER_CHANGE = re.compile(r"[，,]?(?:为|是|达到|达)")
# the words joining the items a zero is said of in one label ('因公出国（境）费和公务用车购置费均为0')
_JOINED = re.compile(r"以及|和|与")
# a whole's parts each ('“三公”经费各项支出均为0'): the zero said of the whole is said of each part
_EACH_PART = re.compile(r"各项|每项|三项|各部分|各组成部分")
_MONEY_WORD = re.compile(r"费|支出|预算|资金|采购|拨款|收入|金额|结转")
# the 其他 categories: said none by a word before them ('无其他收入', '没有其他收入') they say there is
# nothing besides what was named, never the category's 0 (after the name they are: '其他收入：无',
# '4.其他收入无')
_NONE_BESIDES = frozenset({"income_other"})
# the words joining the names a 无 is said of ('无政府性基金预算拨款和国有资本经营预算拨款')
_NONE_JOIN = re.compile(r"和|及")
_NONE_JOIN_KEPT = re.compile(f"({_NONE_JOIN.pattern})")  # (the joiners kept: two names may be one)
# a disclosure's title in a label ('2020年度单位决算', '部门决算'): the document's kind, no figure's role
_DOCUMENT_TITLE = re.compile(
    r"\d{4}年度?(?:部门|单位)(?:综合)?(?:预算|决算)|(?:部门|单位)(?:综合)?(?:预算|决算)(?=\d{4}年|$)"
)
# a parenthesis closing a clause ('…用车（负压救护车）'): an aside on what it names
_TRAILING_ASIDE = re.compile(r"[（(][^（）()]{1,20}[)）]$")
# the name of the money carried over from the year before ('上年结转', '上年结转和结余'): no other year's figure
_CARRYOVER_NAME = re.compile(r"上年度?(?=结转|结余)")
_ZERO_METRICS = frozenset(
    {
        "three_public_total",
        "three_public_overseas",
        "three_public_reception",
        "three_public_vehicle_total",
        "three_public_vehicle_operation",
        "three_public_vehicle_purchase",
        "operating_cost",
        "procurement_total",
        "procurement_goods",
        "procurement_works",
        "procurement_services",
        "procurement_sme_awarded",
        "procurement_small_micro_awarded",
        "income_government_fund",
        "expenditure_government_fund",
        "income_state_capital",
        "expenditure_state_capital",
        "income_special_account",
        "non_fiscal_balance_used",
        "performance_target_amount",
        "performance_target_amount_government_fund",
        "income_superior_subsidy",
        "income_business",
        "income_operating",
        "income_subsidiary_remittance",
        "income_other",
        "income_carryover",
        "expenditure_operating",
        "expenditure_remitted_to_superior",
        "expenditure_subsidiary_subsidy",
    }
)
# the parts of a whole by whom its money went to, across its kinds (the 政府采购 contracts awarded to
# SMEs): said none of their own they are 0, but the whole all of one kind ('全部是货物，其他均为零') says
# nothing of them (Walker._other_parts)
_ACROSS_KINDS = frozenset({"procurement_sme_awarded", "procurement_small_micro_awarded"})
# a clause that is a list item's numbering alone ('三' before '、')
_LIST_NUMBER = re.compile(r"^\s*[一二三四五六七八九十]{1,3}\s*$")
_WHOLE = re.compile(r"^(?:均为|全部为|全部是|均是|全为|都是|都为|均来源于|全部来源于|均系)(?P<name>.+)$")
# such words right before a parenthesis of counts ('全部为公务接待费（2批次、15人次）')
_WHOLE_BEFORE_PARENTHESIS = re.compile(r"^(?P<said>(?:均为|全部为|全部是|全为|都是|都为)[^（(，,。；;\d]+)[（(]")
# '为' / '是' before an item that prints its function code, right after a fund's spending ('政府性基金预算
# 财政拨款支出X万元，为[2120804]农村基础设施建设支出'): the whole of that spending is the item's, as
# after 全部为
_WHOLE_CODED = re.compile(r"^(?:为|是|系)(?P<name>.+)$")
# the spending of one fund (or of the 财政拨款), which '为' and a coded item may say is wholly that item's
_FUND_SPENDING = frozenset(
    f"expenditure_{fund}"
    for fund in ("general_public_budget", "government_fund", "state_capital", "fiscal_appropriation")
)
# a clause ending in a whole function code in brackets ('全部为城乡社区支出（212）'): the name's code, no amount
_ENDS_IN_CODE = re.compile(m.CODE_IN_BRACKETS + r"$")


# the words joining two things named ('公务用车运行维护费和公务接待费'; never 及 alone, a word of many a
# name: '公务用车购置及运行维护费')
_JOINING = re.compile(r"以及|和|与|、|或")


def _names_several(name: str, topic: str) -> bool:
    """Whether ``name`` (compact) joins two or more things that each name a metric ('公务用车购置及运行维护费
    和公务接待费', '货物和服务'), so that it names no one of them."""
    parts = _JOINING.split(name)
    return len(parts) > 1 and sum(1 for part in parts if classify_money(part, m.topic_of(part) or topic, {})[0]) > 1


def _said_whole(bare: str, anchor: Figure | None) -> re.Match[str] | None:
    """The words of a clause without amount (``bare``: compact) saying what the whole of the
    figure before it (``anchor``) is ('均为一般公共预算拨款', '全部为城乡社区支出'; ``_WHOLE``), its
    match (group 'name': what it is); '为' / '是' alone say so only of an item printing its function
    code right after a fund's spending ('…政府性基金预算财政拨款支出X万元，为[2120804]农村基础设施
    建设支出': ``_WHOLE_CODED``); None otherwise."""
    if whole := _WHOLE.match(bare):
        return whole
    if anchor is None or anchor.metric not in _FUND_SPENDING or not (coded := _WHOLE_CODED.match(bare)):
        return None
    return coded if m.prints_function_code(coded.group("name")) else None


# the vehicles counted right before said to be all of one kind ('均为一般公务用车', '为执法执勤用车', '全部是
# 特种专业技术用车'): the kind's name (a vehicle's: classified as the counts are); two kinds joined are no one kind
_ALL_OF_KIND = re.compile(r"^(?:均为|全部为|全部是|均是|全为|都是|都为|均系|全系|为|是|系)(?P<name>[^\d]+(?:车辆|车))$")
_JOINED_KINDS = re.compile(r"和|及|与|、|或")
# a 款 named with its mark in an item's path ('公路水路运输（款）'), and a 项 listed alone after an item of
# that 款 ('公路建设（项）', '2.公路养护（项）': the path without a 类 or 款 mark)
_KUAN_NAMED = re.compile(r"[^（）()类款项，,。；;：:、\d.．]{2,30}[（(]款[)）]")
_XIANG_ALONE = re.compile(
    r"(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）.、．]?)?(?P<path>[^（）()类款项，,。；;：:\d]{2,30}[（(]项[)）])"
)
# the words saying a unit has none of what follows, before an amount of 0 restating it
_NONE_THEN_ZERO = re.compile(r"^(?:没有使用|没有安排|未使用|未安排|没有|无)")
# the year a sentence opens with ('2024年，…', '2024年度…')
_OPENING_YEAR = re.compile(r"^\d{4}年度?")
# a parenthesis right after an amount, no amount in it ('3.00万元（全部为公务用车运行维护费）')
_ASIDE_AFTER = re.compile(r"\s*[（(](?P<words>[^（）()\d]{2,34})[)）]")
# a clause saying the figure before is all of one part of it ('全部预留给小微企业', '全部为财政全额保障人员',
# '均为公务用车运行维护费'; never '主要为…' / '其中…': some of it)
_ALL_OF_PART = re.compile(r"^(?:全部|均|全|都)(?P<verb>为|是|系|预留给|预留)(?P<name>[^\d，,。；;：:]{2,30})$")
# the counts of vehicles whose kinds are counted too (metrics.csv part_of)
_VEHICLE_WHOLES = frozenset({"vehicles_total", "vehicles_to_purchase"})
# the whole income or spending of a fund (or of the 财政拨款), and the figures a fund named by words
# after them ('…，均为一般公共预算拨款') may be the whole of: a side's total, a fund's own (never a
# part: a 类, the project spending, the 三公 经费)
_FUND_TOTALS = frozenset(
    f"{side}_{fund}"
    for side in ("income", "expenditure")
    for fund in ("general_public_budget", "government_fund", "state_capital", "fiscal_appropriation")
)
_FUND_WHOLES = _FUND_TOTALS | {"income_total", "expenditure_total", "grand_total", "fiscal_grand_total"}
# the two sides of one budget ('收入预算X，支出预算X'): words said of the whole right after both
# ('均为一般公共预算拨款') are said of each side
_BOTH_SIDES = frozenset(
    (
        frozenset(("income_total", "expenditure_total")),
        frozenset(("income_fiscal_appropriation", "expenditure_fiscal_appropriation")),
    )
)
# a fund's budget named alone (no 收入 / 支出): said to be none, it states the fund's income and its
# spending both 0 (the zero read for the name by the wording rules is the income's)
_FUND_BUDGET_ALONE = {
    "政府性基金预算": "expenditure_government_fund",
    "政府性基金预算拨款": "expenditure_government_fund",
    "国有资本经营预算": "expenditure_state_capital",
    "国有资本经营预算拨款": "expenditure_state_capital",
}
# a final account's part said to have had no budget this year, right after its actual ('公务接待费支出决算为
# 0.00万元，本年无预算', '…0万元，年初未安排预算'): the part's budget is 0 (another year's '上年无预算' says nothing)
_NO_BUDGET = re.compile(r"^(?:本年度?|当年|今年)?(?:年初)?(?:无|没有|未安排|未编制)(?:年初)?预算(?:安排)?$")
# an amount and its unit ending the text before a clause ('…决算为0.00万元，')
_AMOUNT_BEFORE = re.compile(r"\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)[，,]$")
_NO_GOV_FUND = re.compile(r"(?:无|没有|未)(?:使用|安排)?政府性基金(?:预算)?(?:财政)?(?:拨款)?(?:安排的?)?支出")
# a fund's 预算安排 (its arrangement: no 收入 / 支出 word; '2026年政府性基金预算安排0万元', '一般公共预算安排
# X万元', '国有资本经营预算拨款安排X'): under a heading of the spending, or with the fund's '…安排的支出' in
# its paragraph ('（无政府性基金预算：本单位无政府性基金预算安排的支出）'), it is the fund's spending
# (``Walker._arranged_fund_side``); elsewhere the wording rules read it (the income, or nothing)
# a fund's 财政拨款 named by no side, then its role words ('2019年度政府性基金预算财政拨款年初预算为'), and
# the fund's spending that such a label names under the fund's spending heading (Walker._fund_spent_in_role)
_FUND_IN_ROLE = re.compile(
    r"(?:\d{4}年度?)?(?:一般公共预算|政府性基金预算?|国有资本经营预算?)(?:财政)?拨款"
    r"(?:年初预算|调整(?:后)?预算|全年预算|预算|决算)数?(?:为|是)?"
)
_FUND_INCOME_SPENDING = {
    "income_general_public_budget": "expenditure_general_public_budget",
    "income_government_fund": "expenditure_government_fund",
    "income_state_capital": "expenditure_state_capital",
}
# the next clause of a sentence is the spending's actual ('…年初预算为X，支出决算为Y')
_SPENDING_ACTUAL_NEXT = re.compile(r"^[，,](?:本年|全年)?支出决算数?(?:为|是)?")
_FUND_ARRANGED = re.compile(r"^(?P<fund>一般公共预算|政府性基金|国有资本经营)(?:预算)?(?:财政)?(?:拨款)?(?:资金)?安排$")
_ARRANGED_FUND_METRIC = {
    "一般公共预算": "expenditure_general_public_budget",
    "政府性基金": "expenditure_government_fund",
    "国有资本经营": "expenditure_state_capital",
}
_ARRANGED_SPENDING = r"(?:预算)?(?:财政)?(?:拨款)?(?:资金)?安排的?支出"
_FUND_ARRANGED_NAME = re.compile(r"^(?P<fund>政府性基金|国有资本经营)")
# a lead-in on what the budget arranges ('2026年财政拨款安排情况如下：', '预算安排情况如下：'), up to its
# colon, after the sentence's last stop: a 财政拨款 named by no side after it is the spending
_ARRANGEMENT_LEAD = re.compile(r"[^。；;]*安排(?:情况)?(?:如下)?[：:](?=[^：:]*$)")
# The change words (比, 与, 上年, 增加, 持平 …) are seeds/reference/metric_wording_words.csv, kinds
# change_*: '{with}' in a pattern (m.change_pattern) is m.CHANGE_WORDS['with'], the alternatives of its words.
# '与上年相比，减少5万元': a comparison clause, then the change in the next clause.
# (a comparison whose 与 is left out: '收入合计3816.42万元，2023年度相比，减少702.55万元')
# ('同上年比较，支出减少30万元', '与上年对比，…', '对比上年，…', '相较上年，…': 比较 / 对比 close it as 相比
# does, and 对比 / 相较 / 比较 open it as 较 does)
_COMPARE = m.change_pattern(
    r"(?:{with})(?:{base}|\d{4}\s*年度?)[^，。；]*?(?:相比|比较|对比)|^(?:{than})(?:{base}|\d{4}\s*年度?)$"
    r"|^(?:对比|相较于?|比较)(?:{base}|\d{4}\s*年度?)$|^(?:{base}|\d{4}\s*年度?)相比$"
)
# a change in per cent against a year ('较2017年预算增长14.5%'), or against the prior year with no base
# printed ('同比下降15.3%'): its comparison ('较2017年预算', '同比'); a template's pair of directions
# ('较上年增长（下降）0%') too
_PERCENT_CHANGE = m.change_pattern(
    r"^(?P<base>(?:{than})(?:{base}|\d{4}\s*年度?)(?:预算数?|决算数?|执行数)?|{yoy})(?:{up}|{down})"
    r"(?:[（(](?:{up}|{down})[)）])?\d+(?:\.\d+)?[%％]$"
)
_GPB_SOURCE = re.compile(r"一般公共预算|财政拨款")
_BARE_CHANGE = m.change_pattern(r"^(?:{up}|{down})")
_BARE_CHANGE_ONLY = m.change_pattern(r"^(?:{up}|{down})$")  # ('减少' and nothing else)
# a direction word of any length, one character too ('少', '增'), and nothing else
_DIRECTION_WORD = re.compile(m.words_pattern(m.words_of("change_up") + m.words_of("change_down")))
_TRAILING_CHANGE = m.change_pattern(r"(?:{up}|{down})$")
# (a clause that is the prior year and a flat word alone, its 与 left out: '…为0万元，上年持平'; one
# opening with a two-character comparison word: '比较上年无变化', '相比2025年持平')
_FLAT_CLAUSE = m.change_pattern(
    r"(?:(?:相比|对比|比较|{with}|{than})(?:{base}|\d{4}\s*年(?:度)?)|^(?:{yoy}))[^，。；]*?(?:{none})|^(?:{base})(?:{none})$"
)
# filler words (metric_wording_words.csv kind filler) that name a side, a whole or the unit: a change
# subject holding one ('支出预算', '预算总额', '部门预算') is the topic's total, never the figure before it
_WHOLE_FILLER = re.compile(r"收入|支出|总|合计|共计|全年|部门|单位|财务")
# Words without which a clause that holds no amount states nothing (once whitespace is removed):
# _NO_GOV_FUND needs 政府性基金 and _FLAT_CLAUSE one of its flat words (_WHOLE needs a figure before it).
_WORDING_HINT = m.change_pattern(
    r"政府性基金|{none}|变化|无|没有|未安排|不安排|未编制|不编制|未发生|为零|为0|是零|未购|未新购|未更新|未采购|未组织|未派出|不购|不新购"
    r"|不涉及|未涉及|不存在|为空|未使用|未支出|未开支|未配备|未配置|不配备|不新增|未新增|暂不"
)
# no official vehicle bought (or to be bought), the clause's core: the vehicles counted ('本年度未购置公务用车',
# '无购置车辆计划', '无新增车辆购置计划', '无新增购置车辆计划', '无新增购置车辆预算', '无新购车辆', '无拟购置车辆': vehicles_to_purchase 0, the money not said) or the purchase named as the
# 三公 item ('无公务用车购置', '未安排公务用车购置': three_public_vehicle_purchase 0, no count said)
_VEHICLE_WORD = r"(?:公务用车|公务车辆|公车|车辆)"
# ('未安排购置车辆及单位价值100万元以上大型设备': the other things not bought, after 及 / 和 / 、, are
# no vehicles: '无车辆购置计划' too, the vehicles named before the purchase; a money word there,
# '未安排公务用车购置费', names the 三公 item, never a count)
_NOT_BUYING = r"(?:没有安排|暂未安排|暂不安排|未计划|无计划|不计划|未安排|不安排|暂无|暂不|没有|无|未|不)"
_ALSO_NOT_BOUGHT = r"(?:(?:及|和|以及|、)[^，。；,;]*)?"
_NO_PURCHASE_COUNT = re.compile(
    rf"^(?:故|因此|所以|因而)?(?:(?:本|该)?(?:部门|单位)?预算(?:中|内)?)?"
    rf"(?:{_NOT_BUYING}(?:安排)?(?:新增)?(?:拟)?(?:新购|购置|购买|更新购置|更新)(?:新的?|的)?{_VEHICLE_WORD}(?:的)?(?:计划|预算)?"
    rf"|(?:无|没有|暂无)(?:新增)?{_VEHICLE_WORD}(?:的)?(?:新购|购置|购买|更新)计划"
    # ('未安排车辆购置': the vehicles named before the buying, 车辆 only: '未安排公务用车购置' is the 三公
    # item's name, _NO_PURCHASE_ITEM)
    rf"|{_NOT_BUYING}(?:安排)?(?:新增)?车辆(?:的)?(?:新购|购置|购买|更新)(?:计划|预算)?){_ALSO_NOT_BOUGHT}$"
)
# the same before the large equipment a bound names, in one clause ('未安排购置车辆及单位价值100万元
# 以上大型设备'): the words up to the vehicles are the clause read as _NO_PURCHASE_COUNT
_NO_PURCHASE_BEFORE_EQUIPMENT = re.compile(rf"^(?P<vehicles>.*?{_VEHICLE_WORD})(?:及|和|与|、)(?:单位价值|单价)$")
_NO_PURCHASE_ITEM = re.compile(
    r"^(?:故|因此|所以|因而)?(?:没有安排|未安排|不安排|没有|无)(?:公务用车|公务车辆|公车)(?:的)?购置(?:计划|预算|安排)?$"
)
# no official vehicle held, in words: '无公务用车', '本单位没有公务车辆', '市侨联无公务用车' (the unit as
# subject: its own name, or a short name ending in a word of a unit's kind; never a sub-unit's
# '下属', a time's '上年' or a count's '编制'): the vehicles held, 0 (vehicles_year_end)
_NO_VEHICLES = re.compile(
    r"^(?:故|因此|所以|因而)?(?P<subject>(?:本|我|该)(?:单位|部门|局|委|会|办|院|镇|乡|街道)"
    r"|[^\d，。；、,;：:（）()无没未下属各]{0,16}(?:局|委|委员会|会|办|办公室|院|所|站|中心|联|部门|单位|政府|镇|乡|街道|馆|队|处))?"
    r"(?:本年度?|年末|目前)?(?:暂|尚|均)?(?:没有配备|没有涉及|未配备|未配置|不配备|不涉及|未涉及|不存在|没有|无)"
    r"(?:公务用车|公务车辆|公务车|公车)$"
)
# no one sent abroad, in words: '无因公出国（境）人员', '未组织因公出国（境）团组', '无出国（境）团组和人员'
# (groups and people sent abroad: three_public_overseas_groups / _people 0)
_NO_OVERSEAS = re.compile(
    r"^(?:故|因此|所以|因而)?(?:没有组织|没有安排|未组织|未安排|未派出|未发生|没有|无)(?:因公)?"
    r"(?:出国[（(]境[)）]|出国境|出国|出境)(?:的)?(?P<what>人员|人次|团组|团组和人员|团组及人员|团组、人员|团组及人次|团组和人次|团组、人次)(?:情况)?$"
)
# no post of a kind of 编制, in words: '无工勤人员编制', '没有事业编制' (that kind's authorized posts, 0;
# a kind only: '无编制' says nothing of which posts, a part by funding or 参公 names no metric)
_NO_POSTS = re.compile(r"^(?:无|没有|未核定|未设)(?P<name>(?:行政|事业|工勤)[^，。；、,;：:（）()\d]{0,6}编制)(?:数)?$")
# no establishment of vehicles, in words: '无车辆编制', '本单位没有公务用车编制' (the vehicles authorised,
# 0; never '无车辆', the vehicles held, nor a kind of post: '无工勤人员编制')
_NO_VEHICLE_POSTS = re.compile(
    r"^(?:故|因此|所以|因而)?(?:(?:本|我|该)(?:单位|部门))?(?:暂|尚)?(?:无|没有|未核定|未设)"
    r"(?P<name>(?:公务用车|公务车辆|车辆|公车)编制(?:数)?)$"
)
# none of a counted kind of people or vehicles, in words: '无离退休人员', '没有退休人员', '无超编车辆',
# '不存在超编公务用车' (that count, 0: ``_NONE_COUNTED``)
_NO_COUNTED = re.compile(
    r"^(?:故|因此|所以|因而)?(?:(?:本|我|该)(?:单位|部门))?(?:暂|尚|均)?(?:无|没有|不存在|未发生)"
    r"(?P<name>(?:离退休|离休|退休)(?:人员|干部|职工)|(?P<vehicles>超编(?:车辆|公务用车|公车)))$"
)
_NONE_COUNTED = frozenset(
    {"staff_retired", "staff_retired_veteran", "staff_retired_regular", "vehicles_over_authorized"}
)
# the 行政（含参公）kind's posts and people in post
_ADMIN_STAFF = frozenset({"staff_authorized_admin", "staff_actual_admin"})
# the metrics of one kind of the posts or of the staff in post (行政, 事业, 工勤): a count named by a kind
# word keeps its kind reading beside the counts of the unit's organisations (``_organisation_part``)
_KIND_STAFF = frozenset(
    {
        "staff_authorized_admin",
        "staff_authorized_institution",
        "staff_authorized_worker",
        "staff_actual_admin",
        "staff_actual_institution",
    }
)
_KIND_POSTS = frozenset({"staff_authorized_admin", "staff_authorized_institution", "staff_authorized_worker"})
_WORKER_POSTS = "staff_authorized_worker"
# the staff in post: its kinds and its parts by funding are parts of it (metrics.csv part_of)
_STAFF_IN_POST = "staff_actual"
# the posts (编制): the whole and its kinds whose parts a parenthesis right after them may list
_POSTS = ("staff_authorized", "staff_authorized_admin", "staff_authorized_institution")
# words that put a clause about buying vehicles in another year than the document's
_OTHER_TIME = re.compile(r"上年|去年|上一年|往年|以前|前期|以往|历年|此前|前年")
# a label naming the prior year by a relative word as its own time ('上年公务接待费', '去年购置车辆',
# '上年同期'): never after a comparison word ('比上年'), never the carry-over's '上年结转' / '上年结余',
# never a comparison whose 与 is left out ('上年持平共计安排…团组0个', '上年增加…');
# the prior year's end ('上年末') is a budget's basis, only a final account's other year
_PRIOR_TIME_LABEL = re.compile(
    r"(?<![比较与同对和及])(?:上一年|上年|去年|前年)"
    r"(?!度?(?:结转|结余|持平|相比|对比|比较|相同|一致|基本|增|减|上升|下降|降低|提高|多|少|无|没有|变化|变动))度?"
    r"(?P<end>末|底|年末|年底)?"
)
# the year's start in a count's label ('2025年年初公务车辆保有量'): in a final account, the prior year's end
_YEAR_OPENING = re.compile(r"年初|期初")
# the kinds of 事业 posts or staff by how the budget funds them: in full, in part, by the unit itself
_FULLY_FUNDED = re.compile(r"全部补助|全额")
_OTHER_FUNDED = re.compile(r"部分补助|差额|定额补助|自收自支|经费自理")


# a count in a list of posts or people ('20个', '13名', '45人'; never '人次'; a list printed with 人 after its
# last count alone: a bare whole number ending its item, '行政编制人数0、')
_LISTED_COUNT = re.compile(r"(?<![\d.])(\d+)(?:\s*(?:个|名|人)(?!次)|(?=\s*[、，,；;。]))")
# what may stand between the count of a whole and its list's opener ('58人，其中', '40人（'), and the opener:
# 其中 / 包括, or a bracket opened right after the count of the whole ('在职人数40人（财政拨款30人，…）')
_BEFORE_OPENER = re.compile(r"[，,：:\s]*")
_COUNT_LIST_OPENER = re.compile(r"其\s*中|包\s*括|(?:(?<=\d[个名人])|(?<=\d\s[个名人]))\s*[（(]")


def _one_funding_kind(text: str) -> bool:
    """True when ``text`` (a sentence) names the fully funded kind (全部补助 / 全额) of 事业 posts or
    staff, no other kind by funding (部分补助, 差额, 定额补助, 自收自支, 经费自理) but counted 0
    (``_other_funding_nil``), and lists it as a part of a whole whose listed parts add up to that whole
    (``_listed_parts_add_up``): its fully funded 事业 posts are then all the 事业 posts it counts
    (metric_wording.csv reads ``staff_one_funding``). Parts that do not add up leave room for 差额 /
    自收自支 ones unnamed ('总编制为120个，其中行政编制17个、全额事业编制38个'), and another funding kind
    counted more than 0 is another part ('…，全部补助事业编制12人，差额补助事业编制3人'): the funded part
    stays a part, unread (the parts are never added up)."""
    funded = _FULLY_FUNDED.search(text)
    return funded is not None and _other_funding_nil(text) and _listed_parts_add_up(text, funded.start())


# another funding kind of 事业 posts or staff, then the count of its item ('差额补助事业编制人数0', '自收自支
# 编制人数0人'; none when the item has no count)
_OTHER_FUNDED_COUNT = re.compile(rf"(?:{_OTHER_FUNDED.pattern})[^，,。；;、：:（）()\d]*(?P<count>\d+(?:\.\d+)?)?")


def _other_funding_nil(text: str) -> bool:
    """True when every other funding kind than the full one (``_OTHER_FUNDED``: 部分补助, 差额, 定额补助,
    自收自支, 经费自理) ``text`` names is counted 0 in its item ('…全部补助事业编制人数12、差额补助事业编制
    人数0、自收自支编制人数0' -> True; '…差额补助事业编制人数3' -> False; '差额' with no count -> False), or
    none is named. Whole numbers (Decimal)."""
    return all(
        found.group("count") is not None and Decimal(found.group("count")) == 0
        for found in _OTHER_FUNDED_COUNT.finditer(text)
    )


def _listed_parts_add_up(text: str, at: int) -> bool:
    """True when the list holding offset ``at`` of ``text`` (opened by the last 其中 / 包括 before
    it, or a bracket right after a count: ``_COUNT_LIST_OPENER``) adds up to the whole counted right
    before that opener: the counts of the list (个 / 名 / 人), summed in order from the opener, reach
    the whole exactly at the count after ``at`` or a later one, never passing it before ('编制为80个，
    其中行政编20个、全额事业编60个' -> True; '…120个，其中行政编17个、全额事业编38个' -> False). Whole
    numbers only (Decimal)."""
    openers = list(_COUNT_LIST_OPENER.finditer(text, 0, at))
    if not openers:
        return False
    opener = openers[-1]
    before = list(_LISTED_COUNT.finditer(text, 0, opener.start()))
    if not before:
        return False
    whole, total = Decimal(before[-1].group(1)), Decimal(0)
    for count in _LISTED_COUNT.finditer(text, opener.end()):
        total += Decimal(count.group(1))
        if total > whole:
            return False
        if total == whole and count.start() > at:
            return True
    return False


# the first word of a part by funding in a list of the staff ('财拨人员', '财政全额供给', '全额拨款人员', '差额',
# '自筹人员')
_FUNDING_PART = re.compile(r"财拨|财政拨款|财政全额|全额|全部补助|差额|部分补助|定额补助|自筹|自收自支|经费自理")


def _people_funding_split(text: str) -> re.Match[str] | None:
    """The first part by funding (``_FUNDING_PART``'s match) of a list of the staff in post in ``text``
    (a sentence): the list opens (其中 / 包括, or a bracket: ``_COUNT_LIST_OPENER``) right after a
    count of people, its own clause naming people in post (``_PEOPLE_IN_POST``: '在职人数40人（全额拨款
    30人，…）', '现有干部职工58人，其中财拨人员35人，…', '编制内实有人数…') or no posts (``_OTHER_POSTS``:
    '人员总数40人（…）'); None for a split of posts ('编制40人（全额拨款30人，…）'), a list opened
    elsewhere and a sentence naming no funding."""
    funded = _FUNDING_PART.search(text)
    if funded is None:
        return None
    openers = list(_COUNT_LIST_OPENER.finditer(text, 0, funded.start()))
    if not openers:
        return None
    opener = openers[-1]
    counts = list(_LISTED_COUNT.finditer(text, 0, opener.start()))
    if not counts or not _BEFORE_OPENER.fullmatch(text, counts[-1].end(), opener.start()):
        return None
    named = _CLAUSE_BREAK.split(text[: counts[-1].start()])[-1]
    return funded if _PEOPLE_IN_POST.search(named) or not _OTHER_POSTS.search(named) else None


def _funding_parts_add_up(text: str) -> bool:
    """True when ``text`` (a sentence) lists the staff in post by funding (``_people_funding_split``:
    '其中财拨人员35人，自筹人员23人', '（财政拨款30人，差额拨款4人，…）') and the parts add up to the count
    before their opener (``_listed_parts_add_up``, from the first word of a funding: '现有干部职工58人，
    其中财拨人员35人，自筹人员23人' -> True; '…58人，其中财拨人员35人' -> False): a part named by a short
    funding word ('财拨', '财政拨款', '财政全额供给') is then the fully funded staff in post, the others its
    other funding kinds (metric_wording.csv reads ``staff_funding_adds_up``); parts that do not add up
    leave room for a kind unnamed: the short funding word stays unread."""
    funded = _people_funding_split(text)
    return funded is not None and _listed_parts_add_up(text, funded.start())


# a 事业编制 named by how it is funded ('全额拨款事业编制', '核定全额事业编制人数', '差额补助事业编制',
# '财政补助事业编制', '全额补助事业人员编制', the short name '全额拨款事业编'): the funding word, a few words of
# it (拨款, 补助), then 事业(单位 / 人员)编制 or 事业编
_FUNDED_POSTS = re.compile(
    r"(?P<funding>全额|全部补助|差额|部分补助|定额补助|自收自支|经费自理|财政补助)"
    r"[^，,。；;：:、（()）\d编人]{0,4}?事业(?:单位|人员)?(?:编制|编(?![制内外号码写辑排印审办委]))"
)
# the kinds of funding, each by its words (财政补助 stands alone: in full or in part is not said)
_FUNDING_KINDS = (("全额", "全部补助"), ("差额", "部分补助", "定额补助"), ("自收自支", "经费自理"), ("财政补助",))
# 编制 that names no posts (the preparation of a budget or a plan, the 编制 committee), masked first
# (and a 编制 that only heads what follows: '本单位编制情况：', '单位编制：全额拨款事业编制12名')
_NOT_POSTS = re.compile(
    r"预算编制|编制委员会|机构编制|编委|编制(?=说明|单位|规划|计划|方案|预算|工作|报告|情况)|编制(?=\s*[：:]\s*[^\d\s])"
)
# any other posts: a 编制, a short name ('行政编20人'), a bare 编 before its number
_OTHER_POSTS = re.compile(r"编制|(?:行政|事业|工勤|参公)编|编(?=\s*\d)")
# the people in post, or people the budget funds, counted ('实有12人', '实际', '在编职工', '在职', '在岗',
# '现有人员', '工作人员', '教职工', '财政供养'; never the retired: '退休职工'): the people on the posts
_PEOPLE_IN_POST = re.compile(r"实有|实际|在编|在职|在岗|现有(?!\0)|工作人员|(?<![退离]休)(?:教职工|职工|干部)|供养")


def _funded_posts_alone(text: str) -> bool:
    """True when ``text`` (a paragraph) names one 事业编制 by how it is funded ('全额拨款事业编制42人',
    '核定差额拨款事业编制6名', '核定全额事业编制人数 30 人'; ``_FUNDED_POSTS``) and nothing else of the
    posts: no other 编制 (the whole, another kind, another funding kind, a short name), no word of
    another kind of funding ('…，差额拨款5名', '…，财政补助人员8人'), and no count of the people in
    post before it ('实有人数30人，其中全额拨款事业编制20人': a part of those people). Those posts
    are then all the 事业 posts the paragraph states: its staff_authorized_institution
    (metric_wording.csv reads ``staff_funding_posts_alone``), whether or not the people on them are
    counted after them ('全额拨款事业编制12人，实有12人': the 实有 then is the 事业 kind's, as after
    '事业编制', rule 80). Beside another kind or the whole they stay a part (rule 8). A 编制 that
    names no posts (预算编制, 机构编制, 编制委员会, 编委) is no other 编制."""
    found = list(_FUNDED_POSTS.finditer(text))
    if len(found) != 1:
        return False
    posts = found[0]
    before = _NOT_POSTS.sub("", text[: posts.start()] + "\0")
    rest = before + _NOT_POSTS.sub("", text[posts.end() :])
    own = next(kind for kind in _FUNDING_KINDS if posts.group("funding") in kind)
    if any(word in rest for kind in _FUNDING_KINDS if kind is not own for word in kind):
        return False
    return not (_OTHER_POSTS.search(rest) or _PEOPLE_IN_POST.search(before))


# the 参公 (参照公务员（法）管理) posts or people named; the 行政 kind named as posts or people ('行政编制',
# '行政编', '行政人员', '行政在职', '行政实有', '行政工勤', '行政5人', '行政（含参公）', '行政参公', '行政、事业编制';
# never 行政 inside a name: '综合行政执法大队', '行政审批服务中心', '行政运行') or the civil servants (公务员,
# never within 参照公务员)
_CIVIL_SERVICE_LIKE = re.compile(r"参公|参照公务员")
_ADMIN_KIND = re.compile(
    r"行政(?=编|人员|人数|在职|在编|在岗|实有|工勤|干部|单位工勤|参公|[、和及与]事业|\s*\d|[（(]含)|(?<!参照)公务员"
)


# the marks between the items of a list of posts or people, and the brackets; a 行政 count right before a
# list opener and the words of the item it opens ('行政编制10名，其中参公编制4名': the 参公 a part of it);
# a count in an item ('18人', '5名', '20个', a bare '0' in a list printed without 人)
_LIST_ITEM_MARK = re.compile(r"[，,。；;、：:]")
_BRACKET_OPENS, _BRACKET_CLOSES = "（(", "）)"
_BRACKET_CLOSE = re.compile(r"[）)]")
_ADMIN_PARTS_OPENED = re.compile(
    r"(?:行政|(?<!参照)公务员)[^，,。；;、：:（）()\d]*\d+\s*[人名个]?\s*[，,：:]?\s*(?:其中|包括|包含|含)\s*[：:]?"
    r"[^，,。；;、：:\d]*$"
)
_ITEM_COUNT = re.compile(r"(?<![\d.])(\d+)(?![\d.年月日%％])\s*(?:[人名个](?!次))?")


def _civil_service_apart(text: str) -> frozenset[Decimal]:
    """The 参公 (参照公务员（法）管理) counts ``text`` (a paragraph) prints apart from the 行政 kind:
    each 参公 mention (``_CIVIL_SERVICE_LIKE``) whose list item (between ``_LIST_ITEM_MARK`` marks, a
    bracket that qualifies a label, '事业编制（参公）5人', taken with it) counts posts or people (编 or 人
    in it, then a number) and is no part of the 行政 kind: the item names no 行政 kind nor the civil
    servants ('行政参公26人', '行政及参公编制12名', '公务员（含参照公务员管理人员）12人'), no bracket the
    mention stands in follows a 行政 label or count ('行政（含参公）编制10名', '行政编制10名（含参公编制4名）'),
    and no opener right after a 行政 count opens its item ('行政编制10名，其中参公编制4名'). '编制25人，其中：
    行政编制0人，参照公务员法管理的事业编制人数18人' -> {18}; a 参公 unit named with no count ('某中心为参照公务员
    法管理事业单位') -> {}. Whole numbers (Decimal). Beside such a count a 行政 count is a part of 行政（含参公）,
    never staff_authorized_admin / staff_actual_admin (``StaffFacts.civil_service_apart``)."""
    counts = set()
    for found in _CIVIL_SERVICE_LIKE.finditer(text):
        marks = [mark.end() for mark in _LIST_ITEM_MARK.finditer(text, 0, found.start())]
        start = marks[-1] if marks else 0
        # the bracket the mention stands in, if any: the item is the label before it
        depth, opened = 0, -1
        for at in range(found.start() - 1, -1, -1):
            if text[at] in _BRACKET_CLOSES:
                depth += 1
            elif text[at] in _BRACKET_OPENS:
                if depth == 0:
                    opened = at
                    break
                depth -= 1
            elif text[at] in "。；;":
                break
        if opened >= 0:
            host_marks = [mark.end() for mark in _LIST_ITEM_MARK.finditer(text, 0, opened)]
            host = text[host_marks[-1] if host_marks else 0 : opened]
            if _ADMIN_KIND.search(host):
                continue
            closed = _BRACKET_CLOSE.search(text, found.end())
            if closed is not None and not _ITEM_COUNT.search(text, found.end(), closed.start()):
                # '事业编制（参公）5人': a bracket that qualifies the label; its count follows the bracket
                start = host_marks[-1] if host_marks else 0
        stop = _LIST_ITEM_MARK.search(text, found.end())
        item = text[start : stop.start() if stop else len(text)]
        if _ADMIN_KIND.search(item) or _ADMIN_PARTS_OPENED.search(compact(text[: found.start()])):
            continue
        at = found.start() - start
        count = _ITEM_COUNT.search(item, at)
        if count is not None and re.search(r"编|人", item[:at] + item[at : count.start()]):
            counts.add(Decimal(count.group(1)))
    return frozenset(counts)


# a 事业编制 counted with no funding named before it ('事业编制20人', '核定事业编制数 8 名'; never the 参公
# 事业编制, the whole '行政事业编制' / '机关事业编制', a funded one: ``_FUNDED_POSTS``)
_BARE_INSTITUTION_POSTS = re.compile(
    r"(?<![公理政关])(?<!行政[、和及与])(?<!机关[、和及与])事业(?:单位)?编制(?!人员|内|外)(?:数|人数|总数)?[^，,。；;、\d人]{0,4}?\d+\s*[个名人]"
)


@dataclass(frozen=True)
class StaffFacts:
    """What a unit's staff statement (its paragraphs that count people) names, for the rules that
    look past one paragraph: the 参公 kind (``_CIVIL_SERVICE_LIKE``), the 行政 kind or the civil
    servants (``_ADMIN_KIND``), the funding kinds of the 事业编制 it names by funding (indexes of
    ``_FUNDING_KINDS``: '全额拨款事业编制', '差额拨款事业编制') and a 事业编制 counted with no funding
    ('事业编制15人': ``_BARE_INSTITUTION_POSTS``), the kinds of the posts it names (``_post_kinds``), and
    the holders its counts of people name (``_organisations_counted``: the 机关 alone, another
    organisation, both joined)."""

    civil_service: bool = False
    admin: bool = False
    fundings: frozenset[int] = frozenset()
    bare_institution: bool = False
    post_kinds: frozenset[str] = frozenset()
    civil_service_counts: frozenset[Decimal] = frozenset()
    organisations: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str) -> StaffFacts:
        """The facts of one paragraph's ``text`` (a 编制 that names no posts, ``_NOT_POSTS``, masked)."""
        posts = _NOT_POSTS.sub("", text)
        return cls(
            civil_service=bool(_CIVIL_SERVICE_LIKE.search(text)),
            admin=bool(_ADMIN_KIND.search(text)),
            fundings=frozenset(_funding_kind(found.group("funding")) for found in _FUNDED_POSTS.finditer(posts)),
            bare_institution=bool(_BARE_INSTITUTION_POSTS.search(_FUNDED_POSTS.sub("\0", posts))),
            post_kinds=_post_kinds(posts),
            civil_service_counts=_civil_service_apart(text),
            organisations=_organisations_counted(text),
        )

    def __or__(self, other: StaffFacts) -> StaffFacts:
        return StaffFacts(
            self.civil_service or other.civil_service,
            self.admin or other.admin,
            self.fundings | other.fundings,
            self.bare_institution or other.bare_institution,
            self.post_kinds | other.post_kinds,
            self.civil_service_counts | other.civil_service_counts,
            self.organisations | other.organisations,
        )

    def by_organisation(self) -> bool:
        """True when the statement counts people by organisation: the 机关 alone and another organisation
        of the unit, or either of them beside the two together (``_organisations_counted``: '局机关实有在编人员
        14人，下属事业单位实有在编人员40人', '机关事业单位核定编制90名，…；机关实有人员28人'). The 机关's count
        (or another organisation's) is then one part of the unit's people with no metric of its own: its
        staff_actual, staff_authorized, retired, hired or funded counts are not read, only a kind word keeps
        its kind reading ('机关行政编制30名', '事业单位实有在编人员55人': ``Walker._organisation_part``). A
        statement whose only holder is the 机关 ('机关实有人员20人' in a 局's document) keeps its reading."""
        named = self.organisations & {"organ", "other", "joined"}
        return len(named) >= 2 and bool(named & {"organ", "other"})

    def one_kind_posts(self) -> bool:
        """True when every post the statement names is of one kind, 行政 or 事业 ('核定事业编制40名',
        in any of the unit's paragraphs): a count of the staff in post right after those posts that
        names no kind of its own ('…，实有在编人员38人', '…，实有人数46人', '…，实际35人') then counts the
        unit's whole staff in post (staff_actual), never that kind's, when the paragraph is about the
        document's own unit and the whole document names that kind's posts alone too
        (``Walker._own_one_kind_posts``, rule 68: every reader who listed such sentences listed the count
        so); the full name more than the kind's is the whole otherwise too (metric_wording.csv reads
        ``staff_one_kind_posts``, rule 69). Beside another kind, 工勤 posts or the whole 编制 ('行政编制12人，实有人数11人；事业编制3人，实有
        人数2人') each count after a kind's posts stays that kind's; so does a count that names its kind
        ('实有事业编制人员38人')."""
        return len(self.post_kinds) == 1 and self.post_kinds <= {"admin", "institution"}

    def civil_service_alone(self) -> bool:
        """True when the statement names the 参公 kind and never the 行政 kind nor the civil servants:
        its 参公 people in post ('实有参公事业人员3人') are then all its 行政（含参公）staff in post,
        staff_actual_admin (metric_wording.csv reads ``staff_civil_service_alone``), as its 参公 posts
        are its staff_authorized_admin (rule 11). Beside 行政 posts or people (in any paragraph of the
        unit) the 参公 people are a part of the 行政（含参公） staff with no metric of their own (rule 53)."""
        return self.civil_service and not self.admin

    def civil_service_apart(self) -> bool:
        """True when the statement prints a 参公 count apart from the 行政 kind (``_civil_service_apart``:
        '编制25人，其中：行政编制0人，参公编制18人') that is not 0: a 行政 count beside it (posts or people,
        '行政编制人数6人', '行政在职人数5人', the 实有 after 行政 posts) is then a part of the 行政（含参公）
        kind, never staff_authorized_admin / staff_actual_admin (the parts are never added up; metrics.csv
        defines both as 行政（含参公）). A 参公 count of 0 leaves the 行政 count the whole of the kind."""
        return any(count != 0 for count in self.civil_service_counts)

    def other_institution_posts(self, funding: str) -> bool:
        """True when the statement counts 事业编制 other than those of ``funding`` (a ``_FUNDED_POSTS``
        funding word: '全额', '差额', …): of another funding kind ('差额拨款事业编制3人' in the next
        paragraph) or named with no funding ('事业编制15人'). A 事业编制 named by its funding as a
        paragraph's only posts is then one part of the unit's 事业编制, no longer all of it
        (``_funded_posts_alone``); the whole 编制 or another kind (行政, 工勤) elsewhere leaves it all of it."""
        return bool(self.fundings - {_funding_kind(funding)}) or self.bare_institution


# a 编制 (or a kind's short name, '行政编') named with the words before it in its clause ('核定事业编制',
# '现有行政编制'; never 编制内 / 编制外, people within or outside the posts)
_POSTS_NAMED = re.compile(
    r"(?P<words>[^，,。；;、：:（）()\d\s]{0,8})(?:编制(?![内外])|(?<=行政|事业|工勤|政法|参公)编(?![制内外号码写辑排印审办委]))"
)


def _post_kinds(posts: str) -> frozenset[str]:
    """The kinds of the posts ``posts`` (a paragraph, its 编制 that names no posts masked) names, each
    by the words before its 编制: 'worker' (工勤 / 后勤), 'admin' (行政 / 政法 / 参公 / 参照公务员),
    'institution' (事业), 'whole' (no kind, or 行政 and 事业 together: '行政事业编制', or held by the
    机关 with others: ``_held_with_the_organ``); a vehicles' 编制 ('车辆编制') is none ('核定行政编制8名，
    事业编制5名' -> {'admin', 'institution'})."""
    kinds = set()
    for found in _POSTS_NAMED.finditer(posts):
        kind = _posts_kind(found.group("words"))
        if kind == "institution" and _held_with_the_organ(posts, found.start("words") + len(found.group("words"))):
            kind = "whole"
        if kind:
            kinds.add(kind)
    return frozenset(kinds)


# the holders of posts named before their 编制 that include the 机关 (or the 行政 units) joined to others
# by a conjunction ('镇机关及所属某某中心、某某中心等事业单位', '局机关和下属事业单位', '行政和事业单位'; never
# 机关 inside a name, '机关事务服务中心', nor 行政 inside one, '综合行政执法大队'), to the end of the words
# before the 编制 with no count or clause mark between (a clause ends at ``_HOLDERS_END``)
_ORGAN_HOLDERS = re.compile(r"(?:机关|行政(?:单位|机关)?)(?:本级)?(?:及其|和其|[、和及与])[^，,。；;：:\d（()）]*$")
_HOLDERS_END = re.compile(r"[，,。；;：:（()）]")


def _held_with_the_organ(text: str, at: int) -> bool:
    """True when the 编制 at offset ``at`` of ``text`` (a paragraph; ``at`` right before the word 编制) is
    held by holders named before it in its clause that include the 机关 or the 行政 units joined to
    others (``_ORGAN_HOLDERS``: '镇机关及所属便民服务中心、某某中心等事业单位共有编制96名' -> True), and
    the posts are not named 事业编制 ('局机关及所属事业单位事业编制20名' -> False; '某某中心等事业单位编制
    30名' -> False: held by 事业单位 alone). Such posts are the unit's whole 编制 (staff_authorized;
    metric_wording.csv reads ``staff_organ_held``), never the 事业 kind's."""
    marks = [found.end() for found in _HOLDERS_END.finditer(text, 0, at)]
    holders = compact(text[marks[-1] if marks else 0 : at])
    return not holders.endswith("事业") and bool(_ORGAN_HOLDERS.search(holders))


# the words of a clause that name who holds the posts or people a count counts (Walker.paragraph,
# ``StaffFacts.organ_counted`` / ``other_counted``): the 机关 together with the other units ('机关事业单位',
# '行政事业单位', '局机关及所属事业单位', '本级和下属单位': the unit's whole), the 机关 alone ('局机关', '镇机关',
# '本级机关', '机关本级', '局本级' before the words of a count or the count itself; never inside a name:
# '县直机关', '机关事务服务中心', '机关后勤服务中心', '机关工委'), or another organisation of the unit ('所属…',
# '下属…', '直属…', '二级单位', '事业单位' named alone)
_ORGANS_JOINED = re.compile(
    r"(?:机关|行政(?:单位|机关)?|本级)(?:本级)?(?:(?:及其|和其|[、和及与])[^，,。；;：:（()）]*?单位|[、和及与]?事业)"
)
_STAFF_AFTER_ORGAN = (
    r"(?=全体|年末|期末|年初|现有|现|共有|共|实有|实际|在编|在职|在岗|核定|编制|人员|人数|工作人员|干部|职工|离|退|聘"
    r"|临|编外|合同|劳务|行政|工勤|参公|参照|公务员|后勤人员|后勤编制|有|\s*\d|\s*$)"
)
_ORGAN_ALONE = re.compile(r"(?<![直属])机关(?:本级)?" + _STAFF_AFTER_ORGAN + r"|(?<!机关)本级" + _STAFF_AFTER_ORGAN)
_OTHER_ORGANISATION = re.compile(r"所属|下属|直属|附属|二级单位|下级单位|基层单位|事业单位")
# counts that are of no people of the staff (a reception's people, a trip abroad, pupils, trainees)
_NOT_STAFF_COUNT = re.compile(r"接待|出国|出境|出访|培训|会议|学生|在校|在园|幼儿|儿童|学员|批次|团组|人次")
# the words of a count of people that name the whole again after its parts by organisation ('…，合计83人',
# '全局共有干部职工83人'): never a part of an organisation named before it
_WHOLE_NAMED = re.compile(
    r"合计|共计|总计|累计|总人数|人员总数|总数|全部|全体|全局|全镇|全乡|全街道|全委|全办|全院|全系统|本部门|本单位"
)


def _organisation_named(words: str) -> str:
    """Who the clause words before a count of people (``words``, compact) name as its holder: 'joined'
    (the 机关 with the other units, the unit's whole: '机关事业单位实有人员', '局机关及所属事业单位'), 'organ'
    (the 机关 alone: '年末机关实有在编人员', '局机关核定编制', '其中机关'), 'other' (another organisation of the
    unit: '下属事业单位实有在编人员', '所属单位聘用人员', '事业单位'), or '' (none, or a count of no staff:
    '所属单位公务接待3批次，30人'). A count of the 机关 beside one of another organisation is one part of the
    unit's people by organisation (``StaffFacts.by_organisation``)."""
    if _NOT_STAFF_COUNT.search(words):
        return ""
    if _ORGANS_JOINED.search(words):
        return "joined"
    if _ORGAN_ALONE.search(words):
        return "organ"
    return "other" if _OTHER_ORGANISATION.search(words) else ""


def _organisation_part(text: str, at: int, metric: str, state: dict[str, str]) -> str:
    """Why the count of people at offset ``at`` of ``text`` (a paragraph of a statement that counts
    people by organisation, ``StaffFacts.by_organisation``), read as ``metric`` ('' for none), is one
    organisation's part and no figure; '' when it is read as it is.

    Its clause words (after the last ``_HOLDERS_END`` mark) name its holder (``_organisation_named``):
    the 机关 alone ('年末机关实有在编人员28人', '局机关核定编制30名', '机关离退休人员10人') or another
    organisation ('所属单位聘用人员8人'). A count that names none, after such a count in its
    '；'-separated statement, is that organisation's too ('机关编制30名，实有28人，退休5人': the state
    ``staff_organisation`` holds the holder, 'organ' / 'other', and ``staff_organisation_counted`` that a
    count named none after it). A second organisation named right after the first, with no such count
    between ('机关编制30名，事业单位编制60名，实有85人'), makes a list by organisation (state 'both',
    ``staff_list``): a count naming none after it is the unit's whole again, as after a list of kinds
    (metric_wording.csv rules -9, 66, 90); so is a count naming the 机关 with the others ('机关事业单位
    实有人员83人') or a total (``_WHOLE_NAMED``: '合计', '全局'). ``state`` is updated in place.

    A kind's metric (``_KIND_STAFF``: '机关行政编制30名', '事业单位实有在编人员55人') keeps its kind
    reading; any other metric of the staff (staff_actual, staff_authorized, the retired, the hired, a
    funding) is not the unit's: the reason is returned. Other metrics (and none) are left to the caller."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;：:（()）") + 1
    words = compact(text[start:at])
    named = _organisation_named(words)
    before = state.get("staff_organisation", "")
    kind = metric in _KIND_STAFF
    holder = ""
    if named in ("organ", "other"):
        holder = named
        if before and before != named:
            if state.pop("staff_organisation_counted", ""):
                state["staff_organisation"] = named  # (each organisation with its own counts after it)
            else:
                state["staff_organisation"] = "both"
                state["staff_list"] = "1"
        elif not kind:
            state["staff_organisation"] = named
    elif named == "joined" or _WHOLE_NAMED.search(words):
        state.pop("staff_organisation", None)
        state.pop("staff_organisation_counted", None)
    elif before in ("organ", "other"):
        holder = before
        state["staff_organisation_counted"] = "1"
    if not holder or not metric.startswith("staff_") or kind:
        return ""
    what = "posts" if metric.startswith("staff_authorized") else "people"
    whose = "the 机关's own" if holder == "organ" else "another organisation's"
    after = "" if named else ", named after that organisation's count in its statement"
    return f"{whose} {what}{after}, a part by organisation: no {metric}"


# the words of a kind or a funding of the posts or people, after the holders joined ('机关事业单位实有行政
# 人员': the 行政 kind's)
_KIND_OR_FUNDING = re.compile(
    r"行政|事业|工勤|参公|参照|公务员|全额|差额|自收自支|全部补助|部分补助|定额|财政|经费自理|自筹|供养|保障"
)


def _holders_joined(text: str, at: int) -> bool:
    """True when the clause words before the count of people at offset ``at`` of ``text`` (a paragraph;
    after the last ``_HOLDERS_END`` mark) name the 机关 (or the 行政 units, the 本级) joined with the
    unit's other organisations (``_ORGANS_JOINED``: '机关事业单位实有人员83人', '行政事业单位在职人员',
    '局机关及所属事业单位实有人员') and no kind or funding after them (``_KIND_OR_FUNDING``: '机关事业单位
    实有行政人员' is the 行政 kind's). Such a count is the unit's people as a whole: its staff in post,
    never the 事业 or 行政 kind's (metric_wording.csv reads ``staff_holders_joined``)."""
    start = max(text.rfind(mark, 0, at) for mark in "，,。；;：:（()）") + 1
    words = compact(text[start:at])
    joined = _ORGANS_JOINED.search(words)
    return joined is not None and not _KIND_OR_FUNDING.search(words, joined.end())


# a count of people or posts in a paragraph, for the holders it names (``_organisations_counted``): a number
# with 人 / 名 ('14人'; never 人次), or one printed without them that ends its clause ('实有人数49，',
# '核定编制20个，': the posts of an establishment in 个)
_STAFF_COUNT = re.compile(r"(?<![\d.])\d+\s*(?:(?P<people>[人名])(?!次)|个?(?=\s*(?:[，,、；;。）)（(]|$)))")
# the words of a count of people or posts printed without 人 / 名 ('编制', '人数', '人员')
_STAFF_COUNTED = re.compile(r"编|人数|人员")


def _organisations_counted(text: str) -> frozenset[str]:
    """The holders (``_organisation_named``: 'organ', 'other', 'joined') the counts of people or posts of
    ``text`` (a paragraph; ``_STAFF_COUNT``, a count without 人 / 名 only after the words of one,
    ``_STAFF_COUNTED``) name in their clause words (after the last ``_HOLDERS_END`` mark before each
    count): '局机关实有在编人员14人，下属事业单位实有在编人员40人' -> {'organ', 'other'}; '机关核定编制20个，
    事业单位核定编制30个' -> {'organ', 'other'}; '机关事业单位实有人员83人' -> {'joined'}."""
    named = set()
    marks = [found.end() for found in _HOLDERS_END.finditer(text)]
    for count in _STAFF_COUNT.finditer(text):
        at = bisect_right(marks, count.start()) - 1
        words = compact(text[marks[at] if at >= 0 else 0 : count.start()])
        if not count.group("people") and not _STAFF_COUNTED.search(words):
            continue
        if holder := _organisation_named(words):
            named.add(holder)
    return frozenset(named)


def _posts_kind(words: str) -> str | None:
    """The kind of the posts a 编制 names by ``words``, the words before it in its clause (``_POSTS_NAMED``):
    'worker', 'admin', 'institution', 'whole' (as ``_post_kinds``), or None for a vehicles' 编制
    ('核定事业' -> 'institution'; '车辆' -> None)."""
    if "车" in words:
        return None
    admin = any(word in words for word in ("行政", "政法", "参公", "参照公务员"))
    if "工勤" in words or "后勤" in words:
        return "worker"
    if admin and "事业" in words and not _CIVIL_SERVICE_LIKE.search(words):
        return "whole"
    if admin:
        return "admin"
    return "institution" if "事业" in words else "whole"


def _funding_kind(word: str) -> int:
    """The index in ``_FUNDING_KINDS`` of the funding kind ``word`` names ('全部补助' -> 0)."""
    return next(index for index, kind in enumerate(_FUNDING_KINDS) if word in kind)


# the budget's funding of people: in full (全额, 全部补助) or by the budget at all (财政补助, in full or
# in part not said); any other funding of people (in part, by the unit itself, from a special account)
_BUDGET_FUNDED = re.compile(r"全额|全部补助|财政补助")
_NOT_BUDGET_FUNDED = re.compile(rf"{_OTHER_FUNDED.pattern}|自筹|单位资金|财政专户")


def _budget_funding_alone(text: str) -> bool:
    """True when ``text`` (a paragraph) names the budget's funding (全额 / 全部补助 / 财政补助) and no
    other funding (差额, 部分补助, 定额补助, 自收自支, 经费自理, 自筹, 单位资金, 财政专户): the staff in
    post named by that funding alone ('现在职实有财政补助人员8人', '现有全额拨款在职人员16人') are then
    every one the paragraph counts, the staff in post (staff_actual), never a part of them
    (metric_wording.csv reads ``staff_budget_funding_alone``, rule 35). A 差额 elsewhere in the
    paragraph ('收支差额') only leaves them unread."""
    return bool(_BUDGET_FUNDED.search(text)) and not _NOT_BUDGET_FUNDED.search(text)


def _one_worker_posts(text: str) -> bool:
    """True when ``text`` (a paragraph) names 工勤 once: a 行政工勤编制 named there is every service-worker
    post it states (metric_wording.csv reads ``staff_worker_posts_alone``); beside the 事业 units' 工勤
    posts or any other 工勤 it is one part of them."""
    return text.count("工勤") == 1


# a count of the people the budget funds (财政供养人数 / 人员, 财政供给人员 / 人数, 供养人员), then 其中 and
# its parts: the people in post (在职) and the retired (离退休 / 退休 / 离休), in either order
_SUPPORTED_TOTAL = re.compile(
    r"(?:供养|供给)(?:人员|人数)(?:总数)?\s*(?:为|是|共|共计|合计)?\s*\d+\s*[人名](?P<rest>.*)"
)
_SUPPORTED_PARTS = re.compile(r"^[，,、；;：:\s]*其中")


def _supported_split(text: str) -> bool:
    """True when ``text`` (a sentence) counts the people the budget funds ('财政供养人数12名',
    '财政供给人员20人', '供养人员20人') and lists right after it, opened by 其中, both its people in
    post (在职) and its retired (离退休 / 退休 / 离休): that count then holds the retired, the unit's
    people as a whole, the staff in post by the project's convention (staff_actual, as '年末人数'),
    and its 在职 part is a part, unread (metric_wording.csv reads ``staff_supported_split``). Named
    alone ('财政供养人员20人') or split otherwise, it stays unread."""
    total = _SUPPORTED_TOTAL.search(text)
    if total is None or not _SUPPORTED_PARTS.match(total.group("rest")):
        return False
    rest = total.group("rest")
    return "在职" in rest and bool(re.search(r"[离退]休", rest))


# the parts listed right after a count of people: its parenthesis ('50人（在职40人，退休10人）'), or a
# list opened by 其中 / 包括 / 含 to the end of its statement ('50人，其中：在职40人，退休10人'); the retired
# named there (never 退休返聘 / 返聘, retirees hired again: people in post)
_PARTS_IN_BRACKET = re.compile(r"\s*[（(](?P<parts>[^（）()]*)[)）]")
_PARTS_LISTED = re.compile(r"\s*[，,：:]?\s*(?:其中|包括|包含|含)(?P<parts>[^。；;]*)")
_RETIRED_PART = re.compile(r"(?:离|退)休[^，,、；;：:（）()\d]{0,6}?\d+\s*[人名](?!次)")
_REHIRED = re.compile(r"(?:离|退)休返聘|返聘")


def _holds_retired(text: str, end: int) -> bool:
    """True when the count of people ending at offset ``end`` of ``text`` (a paragraph) is followed
    right away by its parts, in its parenthesis or after 其中 / 包括 / 含 to the end of the statement,
    and those parts count the retired ('实有52人（在职37人，离退休15人）' -> True; '实有人数30人，
    其中退休人员8人' -> True; '实有人数30人，其中在编人员25人' -> False; '…（含退休返聘人员2人）' -> False,
    retirees hired again are in post). The count then holds the retired: the unit's people as a
    whole, never one kind's in-post count (metric_wording.csv reads ``staff_holds_retired``)."""
    parts = _PARTS_IN_BRACKET.match(text, end) or _PARTS_LISTED.match(text, end)
    return parts is not None and bool(_RETIRED_PART.search(_REHIRED.sub("", parts.group("parts"))))


def _summed_counts(text: str, start: int, value: Decimal) -> list[tuple[str, str]] | None:
    """The counts of people (or posts) a count (``value``, at offset ``start`` of ``text``, a
    paragraph) is the sum of: the fewest counts right before it in its '。'- or '；'-separated
    statement, ending right before it, that add up to it exactly, as (their words back to the clause's
    start, the count as printed), the nearest first; None when no such two or more add up to it.
    Whole numbers (Decimal)."""
    stops = [found.end() for found in _STATEMENT_END.finditer(text, 0, start)]
    counts = list(_PEOPLE_COUNT.finditer(text, stops[-1] if stops else 0, start))
    total, parts = Decimal(0), []
    for at in range(len(counts) - 1, -1, -1):
        begin = counts[at - 1].end() if at else (stops[-1] if stops else 0)
        count = counts[at].group().rstrip("人名").strip()
        parts.append((_CLAUSE_BREAK.split(text[begin : counts[at].start()])[-1], count))
        total += Decimal(count)
        if total >= value:
            break
    return parts if total == value and len(parts) >= 2 else None


def _sum_of_posts(text: str, start: int, value: Decimal) -> bool:
    """Whether a count (``value``, at offset ``start`` of ``text``, a paragraph) is the sum of the
    kinds' posts counted right before it (``_summed_counts``): each of posts ('行政编制20名、事业编制
    31名，共计51名'; ``_OTHER_POSTS``), none of people ('实有', '在职', the retired)."""
    parts = _summed_counts(text, start, value)
    return parts is not None and all(
        _OTHER_POSTS.search(words) and not _PEOPLE_IN_POST.search(words) and not re.search(r"[离退]休", words)
        for words, _ in parts
    )


def _sum_holds_retired(text: str, start: int, value: Decimal) -> str:
    """The in-post part ('' when none) of the list of people a count (``value``, at offset ``start``
    of ``text``, a paragraph) is the sum of (``_summed_counts``), when that list counts the retired
    ('实际在职20人、退休6人、聘用3人，合计29人' -> '20'; '在职18人，离退休5人，共计23人' -> '18'): one
    of them the people in post (在职 / 在岗 / 在编 / 实有 …: ``_PEOPLE_IN_POST``) and one the retired
    (离休 / 退休, never 返聘), none a count of posts ('行政编制20人、事业编制10人，合计30人': ''). The
    sum then holds the retired: the unit's people as a whole, the staff in post by the project's
    convention (metric_wording.csv reads ``staff_sum_holds_retired``), its in-post part a part
    (``Walker._drop_in_post_part``)."""
    parts = _summed_counts(text, start, value)
    if parts is None or any(_OTHER_POSTS.search(words) for words, _ in parts):
        return ""
    retired = [words for words, _ in parts if re.search(r"[离退]休", _REHIRED.sub("", words))]
    in_post = [count for words, count in parts if _PEOPLE_IN_POST.search(words) and not re.search(r"[离退]休", words)]
    return in_post[0] if retired and len(in_post) == 1 else ""


# what the parts listed right after a count of people (``_PARTS_IN_BRACKET``, ``_PARTS_LISTED``) may name
# beside the kind's people in post: a part by funding ('财政全额保障人员40人', '其他资金保障人员6人', '差额
# 8人', '自筹人员3人') or people outside the 编制 / hired ('编外人员6人', '聘用人员4人', '退休返聘人员2人':
# retirees hired again are in post, outside the 编制)
_FUNDING_OR_HIRED_PART = re.compile(
    r"(?:财政全额|全额|其[他它]资金|财政差额|差额|财拨|财政拨款|全部补助|部分补助|定额补助|自筹|自收自支|经费自理"
    r"|编外|编制外|非编|聘用|聘任|临聘|返聘|劳务派遣|合同制)[^，,、；;：:（）()\d]{0,8}?\d+\s*[人名](?!次)"
)
# a kind's posts counted ('核定事业编制40名', '行政编制人数12人', '事业编为8个'): the 编制 (``_POSTS_NAMED``),
# a few words, its count
_POSTS_COUNTED = re.compile(_POSTS_NAMED.pattern + r"[^，,。；;、：:（）()\d]{0,6}?(?P<count>\d+)\s*[个名人](?!次)")


def _more_than_the_kind(text: str, start: int, end: int, count: Decimal) -> bool:
    """True when the text shows the count of people ``count`` at ``text[start:end]`` (a paragraph's) is more than
    one kind's people in post (used where the count is not the paragraph's only count of the people in
    post, so not the whole by rule 68 alone: '核定事业编制5名，在编4人，…，实有人数9人'): (a) its parts, listed right after it (``_holds_retired``'s bracket or
    其中 / 包括 / 含 list), name the retired, a part by funding or people outside the 编制 / hired
    ('实有人数46人，其中：财政全额保障人员40人，其他资金保障人员6人', '实有人数23人（含编外人员6人）'), or
    (b) it is larger than every count of the 行政 or 事业 posts stated before it in its '。'- or '；'-separated
    statement ('核定事业编制40名，实有人数46人' -> True; '…，实有人数38人' -> False; '实有人数26人，其中在编
    26人' -> False). Whole numbers (Decimal). The full name of the staff in post after one kind's posts is
    then the unit's whole staff in post (metric_wording.csv reads ``staff_more_than_the_kind``, rule 69);
    otherwise that kind's."""
    if _holds_retired(text, end):
        return True
    parts = _PARTS_IN_BRACKET.match(text, end) or _PARTS_LISTED.match(text, end)
    if parts is not None and _FUNDING_OR_HIRED_PART.search(parts.group("parts")):
        return True
    stops = [found.end() for found in _STATEMENT_END.finditer(text, 0, start)]
    statement = stops[-1] if stops else 0
    posts = [
        Decimal(found.group("count"))
        for found in _POSTS_COUNTED.finditer(text, statement, start)
        if _posts_kind(found.group("words")) in ("admin", "institution")
    ]
    return bool(posts) and count > max(posts)


# the parts listed right after a count of people, also when a sentence of its own opens with them ('实有
# 45人。其中在编38人，合同制人员7人'): as ``_PARTS_LISTED``, a '。' allowed before the opener
_PARTS_LISTED_ON = re.compile(r"\s*[，,：:。]?\s*(?:其中|包括|包含|含)(?P<parts>[^。；;]*)")
# people outside the 编制 or hired, counted ('编外聘用人员27人', '合同制18人', '劳务派遣4人', '临时工3人',
# '购买服务人员2人', '退休返聘人员2人'): no kind's people in post
_OUTSIDE_POSTS_PART = re.compile(
    r"(?:编外|编制外|非编|聘用|聘任|临聘|外聘|长聘|返聘|劳务派遣|派遣|合同制|合同工|劳动合同|临时|购买服务)"
    r"[^，,、；;：:（）()\d]{0,8}?\d+\s*[人名](?!次)"
)
# the other kind's people or posts, counted: after the 行政 posts, the 事业 kind's ('事业编制58人', '事业人员3人');
# after the 事业 posts, the 行政 kind's or the civil servants ('行政编制2人', '公务员2人'; never the 参公, people
# on 事业 posts)
_OTHER_KIND_PART = {
    "_admin": re.compile(
        r"(?<![公理政关])事业(?:单位)?(?:编制|编|人员|人数|在职|在编|实有)?[^，,、；;：:（）()\d]{0,6}?\d+\s*[人名]"
    ),
    "_institution": re.compile(_ADMIN_KIND.pattern + r"[^，,、；;：:（）()\d]{0,8}?\d+\s*[人名]"),
}


def _parts_beyond_the_kind(text: str, end: int, kind: str) -> bool:
    """True when the count of people ending at offset ``end`` of ``text`` (a paragraph), read right
    after one kind's posts (``kind``: '_admin' or '_institution', the state's staff_kind), lists parts
    right after it (in its parenthesis, or after 其中 / 包括 / 含 to the end of the statement, also in
    the sentence after it: ``_PARTS_LISTED_ON``) that name people outside that kind: outside the 编制 or
    hired ('核定事业编制60名，实有人员85人，其中编外聘用人员27人', '…其中合同制18人、劳务派遣4人':
    ``_OUTSIDE_POSTS_PART``) or of the other kind ('核定行政编制30名，实有人员40人，其中事业编制10人').
    The count is then more than that kind's people in post: the unit's whole staff in post
    (staff_actual), never the kind's (metric_wording.csv reads ``staff_parts_beyond_the_kind``, rule
    63). Parts by funding or the 参公 stay inside a kind: False for them; a count with no parts after
    it: False."""
    parts = _PARTS_IN_BRACKET.match(text, end) or _PARTS_LISTED_ON.match(text, end)
    if parts is None or kind not in _OTHER_KIND_PART:
        return False
    listed = parts.group("parts")
    return bool(_OUTSIDE_POSTS_PART.search(listed) or _OTHER_KIND_PART[kind].search(listed))


# a count's label run into the count before it, no mark between ('事业编制31人实有35人'): the label goes
# with that count's words
_RUN_IN_LABEL = re.compile(r"\d\s*[人名个][^，,。；;、：:（）()\d\s]*\s*$")


def _run_in(text: str, start: int) -> bool:
    """True when the label of the count at offset ``start`` of ``text`` (a paragraph) is run into the
    count before it with no mark between ('…，事业编制31人实有35人' -> True at '35'; '…事业编制31人，实有35人'
    -> False): a bare 实有 so run in after a list of kinds is the last kind's, never the whole's
    (metric_wording.csv reads ``staff_run_in``, rule 66)."""
    return bool(_RUN_IN_LABEL.search(text, max(0, start - 16), start))


def one_kind_whole_beside_another(figures: list[Figure]) -> None:
    """Read a staff_actual figure read after one kind's posts alone (``Figure.kind_reading`` set:
    '核定事业编制5名，在编4人') as that kind's staff in post (its kind_reading: staff_actual_institution)
    when the same unit (and value role) states another staff_actual figure of another value, read
    otherwise ('…，人员合计60人', '总人数58人'): that other count is the unit's whole, the count after
    the kind's posts the people on them. Changes ``figures`` in place; returns None. Rule
    metric_wording.csv 68 (staff_one_kind_whole)."""
    wholes: dict[tuple[str, str], list[Figure]] = {}
    for figure in figures:
        if figure.metric == _STAFF_IN_POST and not figure.is_rejected:
            wholes.setdefault((figure.unit_text, figure.value_role), []).append(figure)
    for group in wholes.values():
        others = [figure for figure in group if not figure.kind_reading]
        after_kind = [figure for figure in group if figure.kind_reading]
        if others and after_kind and any(not a.agrees_with(b) for a in after_kind for b in others):
            for figure in after_kind:
                figure.metric = figure.kind_reading


# a count of people in a paragraph ('46人', '12 名'; never '人次'), tried from a number's first digit
# only (a long run of digits is tried once: linear), and the marks a count's label opens after: a
# clause or list mark, a colon or a parenthesis
_PEOPLE_COUNT = re.compile(r"(?<![\d.])\d+\s*(?:人|名)(?!次)")
_LABEL_MARK = re.compile(r"[，,。；;、：:（）()\n]")
# the words of a count of the people in post ('在职', '实有', '在编', '现有', '编内', '教职工', '工作人员', '干部',
# '总人数'), and of people who are not in post or not the unit's staff: the retired, the hired (聘用,
# 临聘, 代课, 编外, 临时), those a school or hospital serves (学生, 幼儿), a flow of the year (新增, 调入)
_IN_POST_WORDS = re.compile(r"在职|在岗|在编|实有|现有|实际|编内|教职工|职工|工作人员|干部|总人数|人员总数")
_NOT_IN_POST_WORDS = re.compile(
    r"退休|离休|聘|代课|编外|编制外|非编|临时|合同|劳务|购买服务|学生|在校|在园|在读|幼儿|儿童|学员"
    r"|新增|减少|调入|调出|招录|招聘|辞职|离职|去世|死亡"
)
# a label naming posts: a 编制 (never 编制内 / 编制外, people within or outside it) or a kind's short name
# ('行政编'); and the words of the people on the posts ('实有', '在编', '编制内'): '现有行政编制21人' counts
# posts, '在编制人数' or '编制内实有人数' people
_POSTS_LABEL = re.compile(r"编制(?![内外])|(?<=行政|事业|工勤|政法|参公)编(?![制内外])")
_PEOPLE_ON_POSTS = re.compile(r"实有|实际|在职|在岗|在编|编制内|编内")
# the words of the staff hired on contract ('临聘教师', '代课教师', '聘用人员', '编外人员', '临时工'), or
# placed by an agency ('劳务派遣人员')
_HIRED_WORDS = re.compile(r"聘|代课|编外|编制外|非编|临时|合同制|劳务派遣")
# a list of parts opened in a paragraph (其中 / 包括 / 含): the counts after it, to the end of the
# '；'- or '。'-separated statement, are parts of the count before it
_PARTS_OPENED = re.compile(r"其中|包括|包含|含")
_STATEMENT_END = re.compile(r"[。；;]")


def _people_labels(text: str) -> list[tuple[str, bool]]:
    """The label of each count of people in ``text`` (a paragraph), in order, and whether the count
    is a part: listed after 其中 / 包括 / 含 in its '；'- or '。'-separated statement, or inside a
    parenthesis. A label is the text from the last mark (``_LABEL_MARK``) before the count. One
    pass over the text (a paragraph of many numbers stays linear)."""
    counts = list(_PEOPLE_COUNT.finditer(text))
    if not counts:
        return []
    marks = [found.end() for found in _LABEL_MARK.finditer(text)]
    stops = [found.end() for found in _STATEMENT_END.finditer(text)]
    openers = [found.start() for found in _PARTS_OPENED.finditer(text)]
    depths = _paren_depths(text)
    labels = []
    for count in counts:
        start = count.start()
        at = bisect_right(marks, start) - 1
        begin = marks[at] if at >= 0 else 0
        at = bisect_right(stops, start) - 1
        statement = stops[at] if at >= 0 else 0
        at = bisect_right(openers, start) - 1
        listed = at >= 0 and openers[at] >= statement
        labels.append((text[begin:start], listed or depths[start] > 0))
    return labels


def _one_in_post_count(text: str) -> bool:
    """True when ``text`` (a paragraph) counts the people in post once: of its counts of people
    that are no part (``_people_labels``), exactly one names people in post (``_IN_POST_WORDS``:
    '在职教师46人', '在职教职工52人', '实有人数30人') and is no count of the retired, the hired, the
    pupils or a flow (``_NOT_IN_POST_WORDS``), nor of the posts (``_POSTS_LABEL``: '现有行政编制21人'
    counts posts, '在编制人数' or '编制内实有人数' people). A profession's people in post ('在职教师',
    '在岗医务人员') are then the staff in post, and so is a count naming no kind after one kind's posts
    alone ('核定事业编制40名，实有在编人员38人'; metric_wording.csv reads ``staff_in_post_once``);
    beside another count of the people in post ('在职教职工52人，在职教师46人', '…，在职实有40人，…，
    总人数58人') they are a part of them, unread, or the kind's."""
    in_post = [
        label
        for label, part in _people_labels(text)
        if not part
        and _IN_POST_WORDS.search(label)
        and not _NOT_IN_POST_WORDS.search(label)
        and not (_POSTS_LABEL.search(label) and not _PEOPLE_ON_POSTS.search(label))
    ]
    return len(in_post) == 1


def _one_hired_count(text: str) -> bool:
    """True when ``text`` (a paragraph) counts the staff hired on contract once: of its counts of
    people that are no part, exactly one names hiring (``_HIRED_WORDS``: '临聘教师5人', '代课教师4人')
    and no retirees. A profession hired on contract ('临聘教师', '聘用教师', '代课教师') is then every
    contract staff member the paragraph counts (staff_contract; metric_wording.csv reads
    ``staff_hired_once``); beside another count of hired staff ('临聘人员30人，临聘教师5人') it is one
    part of them, unread."""
    hired = [
        label for label, part in _people_labels(text) if not part and _HIRED_WORDS.search(label) and "休" not in label
    ]
    return len(hired) == 1


# 出国 named without the 境 ('因公出国3人次'; never '出国（境）', '出国(境)', '出国境', '出国出境', '出国、出境'),
# and 出境 named without the 出国 ('出境2人次'; never after 出国 or '出国、')
_ABROAD_ALONE = re.compile(r"出国(?!\s*[（(]\s*境|境|[、和及与]?出境)")
_BORDER_ALONE = re.compile(r"(?<!出国)(?<![、和及与])出境")


def _abroad_and_border_apart(text: str) -> bool:
    """True when ``text`` (a sentence) names 出国 alone and 出境 alone ('2025年因公出国3人次，出境2人次'):
    two parts of 因公出国（境）, neither the total (metric_wording.csv reads ``overseas_apart``: the
    counts named by one of them are not read; a total named '因公出国（境）' is read as before)."""
    return bool(_ABROAD_ALONE.search(text)) and bool(_BORDER_ALONE.search(text))


# Any word that names a topic (metrics.topic_of): a sentence without one keeps the topic it was given.
_TOPIC_WORD = re.compile(m.words_pattern([word for _, word in m.TOPICS]))
# a change after a comparison clause, its subject first: '与2023年度相比，收入支出总计减少56.95万元'
_SUBJECT_CHANGE = m.change_pattern(r"^(?P<subject>.+?)(?P<word>{up}|{down})了?$")
_ANY_DIRECTION = re.compile(m.words_pattern(m.words_of("change_up") + m.words_of("change_down")))
# right after an amount, its change in per cent and nothing between: '174,732.10元，增长176.55%'
# (direction words of two characters or more: '增' / '多' alone are read only after a comparison word)
_PERCENT_AFTER = re.compile(
    r"\s*[，,]\s*(?P<word>"
    + m.words_pattern([w for w in m.words_of("change_up") + m.words_of("change_down") if len(w) > 1])
    + r")\s*(?P<pct>\d+(?:\.\d+)?)\s*[%％]"
)
# 预算 that is no fund's name ('一般公共预算', '国有资本经营预算', '政府性基金预算' end in 预算 too): the
# look-behind the budget's role words open with
_NOT_A_FUNDS = r"(?<!一般公共)(?<!资本经营)(?<!政府性基金)"
# the words that say what a figure is (年初预算为 / 调整预算为 / 决算为; '财政决算总收入': the unit's
# final account of its fiscal money), removed before naming it
# ('2019年预算中财政补助收入', '年末决算中收入总数': the budget's or the account's words before 中
# say whose figure the words after it name; never a fund's name: '一般公共预算中')
_ROLE_WORDS = re.compile(
    _NOT_A_FUNDS + r"(?:年初|调整后?|全年)?预算中|(?:年末|年底)?(?:财政)?决算中"
    r"|完成(?:年初|全年|调整后?(?:全年)?)?预算数?|年初预算数?|调整(?:后)?(?:全年)?预算数?|全年预算数?|预算数"
    r"|(?:财政)?决算数?|执行数|实际(?=支出|数)"
)
# a budget named as the base of the actual's ratio ('支出A万元，…，为年初预算数C万元的P%'): the
# words right after the budget's amount
_RATIO_OF_BUDGET = re.compile(r"\s*的\s*\d+(?:\.\d+)?\s*[%％]")
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]|^\s*[（(][一二三四五六七八九十\d]+[)）]")
# an item named by its classification levels: '一般公共服务支出（类）财政事务（款）行政运行（项）'
# one level's name in such a path: no bracket but a short word of the name in one that is no level's
# mark ('政府办公厅（室）及相关机构事务', '党委办公厅（室）及相关机构事务')
# (a '、' between its words: '环境保护法规、规划及标准', text.Sentence keeps it in one clause)
_ITEM_NAME = r"(?:[^（）()。，；、：\d]|(?<=[^（）()。，；、：\d])、(?=[^（）()。，；、：\d])|[（(][^（）()。，；、：\d类款项]{1,4}[)）])+?"
_ITEM_PATH = re.compile(
    rf"(?:(?P<lei>{_ITEM_NAME})[（(]类[)）])?(?:(?P<kuan>{_ITEM_NAME})[（(]款[)）]?)?"
    rf"(?P<xiang>{_ITEM_NAME})[（(]项[)）]"
)


@dataclass
class Figure:
    section: str
    metric: str
    function_code: str
    name_text: str
    value: Decimal
    value_unit: str  # 'yuan' | 'count'
    value_text: str
    source_line: int
    source_text: str
    unit_text: str = ""
    is_rejected: bool = False
    by_wording: bool = False  # stated by words alone (均为…, 无…, 持平), not by a printed amount
    value_role: str = ""  # extract.schema.VALUE_ROLES: final accounts tell budget from actual
    # a 类/款/项 figure's funds, as its sentence, paragraph or heading states them (FUND_SCOPES), ''
    # when not told; '' for every other figure
    fund_scope: str = ""
    # the funds a money figure's sentence, paragraph or heading states, whatever its metric (as
    # fund_scope; '' when not told): two statements of one metric told of different funds are two
    # figures, never one figure stated twice (see ``states_same``); no column of its own
    told_funds: str = ""
    # a part's change read inside the reason for its whole's change (``Walker._part_change_in_reason``)
    in_reason: bool = False
    # a staff_actual read after one kind's posts alone (metric_wording.csv: staff_one_kind_whole): that
    # kind's staff in post (staff_actual_admin / _institution) when the unit states another whole
    # (``one_kind_whole_beside_another``); '' for every other figure
    kind_reading: str = ""

    def value_str(self) -> str:
        """The value as raw_narrative_figures.value text: yuan with two decimal places, a count as is."""
        if self.value_unit == "yuan":
            return format_yuan(self.value)
        return str(self.value)

    @property
    def key(self) -> tuple[str, str, str, str, str]:
        """(metric, function_code or the project of a per-project metric, unit_text, value_role,
        fund_scope): the figures that state the same thing (a 类 of all funds and the same 类 of
        the 财政拨款 are two figures).

        Two figures with one key are one row of raw_narrative_figures; a different value under the
        same key is a narrative_conflict.
        """
        return self.metric, self.function_code or self.project, self.unit_text, self.value_role, self.fund_scope

    @property
    def printed_unit(self) -> Decimal:
        """The unit (yuan) to whose 0.01 a money figure was printed (``numbers.printed_unit_yuan``:
        '1234.57万元' -> 10000); 0 for an exact figure (a zero, a figure stated by wording) or a count."""
        if self.value_unit != "yuan":
            return Decimal(0)
        return printed_unit_yuan(self.value_text, self.value) or Decimal(0)

    def agrees_with(self, other: Figure) -> bool:
        """True when ``other`` gives this figure's value within the printed precision of the coarser
        of the two ('1234.57万元' and '12345678.90元' agree: the 元 figure rounds to the 万元 one; two
        万元 figures, two counts or a figure stated by wording agree only when equal): the rounding
        rule with no sum (n_terms 0) in the coarser printed unit."""
        unit = max(self.printed_unit, other.printed_unit)
        return abs(self.value - other.value) <= rounding_tolerance_yuan(0, unit)

    @property
    def stated_funds(self) -> str:
        """raw_narrative_figures.fund_scope: the funds the figure's words state (FUND_SCOPES) where
        its metric leaves them open: a 类/款/项 figure's ``fund_scope``, and ``told_funds`` for a
        part of the spending named by no fund (基本支出, 项目支出, 人员经费, 公用经费, the other parts
        of spending, and their changes: ``is_open_funds_part``), so that '一般公共预算财政拨款基本支出
        X，其中：人员经费Y' gives Y as the 一般公共预算's, never as all funds'; '' when not told and for
        every other figure (a total names its funds: expenditure_general_public_budget …)."""
        if self.metric in _ITEM_FIGURES:
            return self.fund_scope
        if self.value_unit == "yuan" and is_open_funds_part(self.metric):
            return self.told_funds
        return ""

    def states_same(self, other: Figure) -> bool:
        """True when ``other`` (a figure of the same ``key``) states the very figure this one does:
        neither is told of one fund the other is not ('基本支出6120.40万元' of the whole spending and
        '一般公共预算财政拨款…基本支出1433.25万元' are two figures; 'all_funds' and '' are alike)."""
        return _specific_funds(self.told_funds) == _specific_funds(other.told_funds)

    @property
    def project(self) -> str:
        """The project a per-project figure is of (its name_text), else ''."""
        return self.name_text if self.metric in PER_PROJECT else ""


@dataclass
class Unparsed:
    line: int
    value_text: str
    clause: str
    why: str


def _amount_figure(
    paragraph: Paragraph, amount: Amount, metric: str, name_text: str, source_text: str, unit_text: str = ""
) -> Figure:
    """A Figure of ``metric`` holding ``amount`` as printed (value in its value_unit, 元 for money),
    placed at the amount's line of ``paragraph``; no function code, no value role."""
    return Figure(
        section=paragraph.section,
        metric=metric,
        function_code="",
        name_text=name_text,
        value=amount.value,
        value_unit=amount.value_unit,
        value_text=amount.text_with_unit,
        source_line=paragraph.line_at(amount.start),
        source_text=source_text,
        unit_text=unit_text,
    )


class Walker:
    """Reads the figures of one paragraph at a time; collects figures and unparsed amounts."""

    def __init__(
        self,
        own_name: str = "",
        fiscal_year: str = "",
        final_accounts: bool = False,
        function_names: dict[str, str] | None = None,
    ) -> None:
        self.fiscal_year = fiscal_year
        # the document's function tables' names (code -> name as printed): an item named under its
        # parent by 中的 is read only when they print both (``_of_parent_path``)
        self.function_names = function_names or {}
        self.figures: list[Figure] = []
        self.unparsed: list[Unparsed] = []
        # the last 款 an item's path named with its mark ('公路水路运输（款）'): a 项 listed alone after it
        # is of it (Walker._figure), to the end of the list
        self._kuan_before = ""
        self.reasons: int = 0  # figures skipped because they explain a change
        self.restated: int = 0  # an item's figure stated again ('2026年预算安排X') and not read twice
        # the unit's own name and its shorter forms ('上海市普陀区司法局', '普陀区司法局', '司法局'):
        # as a sentence's subject it is no part of the label
        own = compact(own_name)
        # (a place's government is named by its place's name too: '李村镇' for '某市某区李村镇人民政府')
        self._own_forms = tuple(
            sorted(
                {own[i:] for i in range(len(own)) if len(own) - i >= _MIN_OWN_FORM}
                | set(own_place_forms(_OWN_OTHER_NAME_END.sub("", own))),
                key=len,
                reverse=True,
            )
        )
        # the forms naming a place ('李村镇', '某区花园街道'): the names of the place's other units open
        # with them ('李村镇中心小学'), so such a form is the unit's own only before no unit's noun
        self._own_place_forms = frozenset(form for form in self._own_forms if _PLACE_FORM_END.search(form))
        # the forms of the own name holding a topic's word ('某某县政府采购中心', '某某车辆管理所'), longest
        # first: the unit's name tells no topic of the words it opens (``_topic_of``)
        self._own_topic_forms = tuple(form for form in self._own_forms if _TOPIC_WORD.search(form))
        # the own name without another name it carries in brackets at its end ('某某工作部（某某局）' ->
        # '某某工作部'): the name its shortened forms are made from
        self._own_base = _OWN_OTHER_NAME_END.sub("", own) if own else ""
        # the nouns of the unit's kind it may name itself by (``_own_kind_at``), longest first
        self._own_kinds = own_kind_nouns(self._own_base)
        # the 类/款/项 (label, amount or None) a paragraph is about
        self._item: tuple[str, Decimal | None] | None = None
        self._first_amount = True
        # final accounts: every figure is an actual unless its words say 年初预算 / 调整预算
        self.final_accounts = final_accounts
        self.item = ""  # final accounts: the 类/款/项 path a paragraph is about ('类/款/项' names)
        self._item_of_paragraph = False  # the item was named inside a paragraph, for its sentences alone
        # how the code the item prints and its name disagree, when its code is not trusted for it
        # ('[2010305]行政运行': metrics.code_name_conflict), '' when they do not or it is trusted
        self._item_conflict = ""
        self._previous = ""  # the text of the paragraph before
        self._previous_stated = False  # (and whether it printed an amount)
        # the unit a line declared for the amounts printed without one after it ('具体项目如下（单位：
        # 万元）：'), '' when none holds; and the section it was declared in (``_with_declared``)
        self._declared_unit, self._declared_section = "", ""
        # a project's own statement ('人民调解项目经费情况说明 … 六、年度预算安排 795万元'): the
        # project its title names, and the paragraph before (its heading)
        self._project_block = self._before = ""
        # a budget's list of its projects ('…2017年安排项目支出X元，具体项目情况说明如下：' then
        # '1、代表履职补贴540000元；'): the paragraph before announced it, or an item of it was read
        self._project_list = False
        # a list of projects of no numbers whose paragraph ended with an item's separator ('…57.22万元；'
        # at a line break the paragraphs were cut at): the next paragraph may go on with its items
        self._plain_list_open = False
        # where the figures of the paragraph being read begin (Walker.paragraph): the project spending
        # the paragraph before stated may be what a paragraph opening with '项目支出具体为：' lists
        self._paragraph_from = 0
        # a list of 类/款/项 items printing their function codes one a line ('主要项级支出（单位：万元）：' then
        # '2130101 行政运行：437.15'; ``_read_coded_lines``): the roles the lead of the list the paragraph
        # before led (or ended with an item of) names, None when it led none; the roles the paragraph's
        # list's lead names, and the paragraph's amounts on such lines (their offsets)
        self._coded_list: frozenset[str] | None = None
        self._coded_roles, self._coded_amounts = frozenset[str](), frozenset[int]()
        # the list being read: whether its items are numbered ('1、…'; else '某某经费X；…'), and the
        # project spending it is of (None for a list of no total: '主要项目如下：'), the items' sum and
        # the figures read of them so far (``_listed_project``: adding up to more than the total, none)
        self._list_numbered = True
        # (the items of the list being read are named projects by its lead: '重点项目：…', _PLAIN_PROJECT_LIST)
        self._list_by_lead = False
        self._list_total: Amount | None = None
        self._list_sum = Decimal(0)
        self._list_read: list[Figure] = []
        self._list_over = False
        # the 三公 part a numbered heading names, for the paragraphs under it; the part of the
        # paragraph being read (its heading's or its opening sentence's)
        self._part_heading = self._part = ""
        # the topic of a numbered heading of its own naming a topic's total ('（一）收入预算', '四、“三公”
        # 经费', '五、机关运行经费'; ``_total_heading_topic``), for the paragraph right after it (and
        # paragraphs of no amounts between) only
        self._heading_topic = ""
        self._under_topic_heading = ""  # (that of the paragraph being read: ``_heading_total``)
        # the side a short paragraph of no amounts (a heading) names alone ('（五）政府性基金预算支出情况'
        # -> 'expenditure', '收入预算情况' -> 'income', '' for both or neither), up to the next one
        # (``_heading_side``): a fund's 预算安排 under a spending heading is its spending
        self._side_heading = ""
        self._side_heading = ""
        # the 收入总计 amount of a budget's sentence read as the grand total (``_totals_named_as_one``)
        self._grand_total_sides: Amount | None = None
        self._paragraph_money_start = -1  # the offset of the paragraph's first money amount
        # the subject a heading of its own on the year's changes names ('（三）收支增减变化情况' ->
        # '收支', _CHANGE_TITLE_SUBJECT), for the paragraph right after it only: that of the
        # paragraph before (``_change_heading``) and the one the paragraph being read is under
        self._change_heading = self._under_change_heading = ""
        # the parts' changes named in the reason for a change, in the sentence being read (None:
        # a money clause of the reason was something else)
        self._reason_parts: list[tuple[Figure, Decimal, Figure | None]] | None = []
        # the first money figure of the paragraph (its subject) and whether a change was read in
        # the paragraph; those of the paragraph before, for a paragraph that opens with a change
        self._lead: Figure | None = None
        self._lead_changed = False
        self._item_parts: Figure | None = None
        self._sentence_changed = False  # the sentence before ended with a change read (vs the prior year)
        # the outermost whole (metrics.csv part_of) whose parts' changes the sentence before listed,
        # ending with one of them ('…相比增长10%，其中因公出国（境）费增加0万元'): '' when it did not
        self._parts_changed_of = ""
        # the sentence before ended with a change in per cent of its last figure, its change in money
        # not printed there: (that figure, the comparison words, the per-cent clause)
        self._percent_tail: tuple[Figure, str, str] | None = None
        self._named_subject = ""  # a clause without amount named the subject of the changes after it
        # len(figures) when a clause last named an item whose amount was not read ('…运行维护费2.8')
        self._unread_at = -1
        # the figures the one ``_figure`` returns also states, for the caller to add right after it: the
        # changes of the other side(s) a change said of each side ('…各增加Y') also gives
        # (``_each_side_bases``), the vehicles a count of vehicles bought is also the count of
        # (``_bought_with_purchase_money``)
        self._side_changes: list[Figure] = []
        self._previous_lead: Figure | None = None
        self._paragraph_start = self._sentence_start = -1  # offsets of their first amounts
        self._sentence_money_start = -1  # the offset of the sentence's first money amount
        self._sentence_found: list[Amount] = []  # the sentence's amounts, in order
        self._sentence_begin, self._text = 0, ""  # the sentence's offset in the paragraph's text
        # what the sentences before, in the paragraph, are about (PARAGRAPH_STATE_KEYS: the funds and
        # the kind of a performance evaluation): the state a sentence starts with
        self._carried: dict[str, str] = {}
        # the staff state (keys staff_…) the sentence before left when its last figure was a count of
        # people, for a sentence opening with 其中 (its parts); {} otherwise
        self._staff_before: dict[str, str] = {}
        self._staff_wholes: list[Figure] = []  # (and that sentence's figures)
        # the funds the text is about, for a 类/款/项 figure whose sentence does not say: the
        # headings' (level, fund scope) from the outermost, and that of the last total read
        # since the last heading ('2026年财政拨款收支总预算X万元。…支出包括：公共安全支出Y万元')
        self._headings: list[tuple[int, str]] = []
        # (level, part) of those headings that also name one part of the spending alone
        # ('（四）一般公共预算基本支出情况' -> basic_expenditure): their funds hold for that part only
        self._heading_parts: list[tuple[int, str]] = []
        # (level, metric) of the numbered headings above the text naming one fund's spending alone
        # ('六、政府性基金预算财政拨款支出决算情况说明' -> expenditure_government_fund; ``_heading_spending``)
        self._spending_headings: list[tuple[int, str]] = []
        self._heading_level = 0  # (and the level of the innermost numbered heading above the text)
        # the headings above the text that name a 类 alone ('（二）教育支出（类）'): (level, its code),
        # from the outermost; the items under it that name no 类 of their own are checked against it
        self._category_headings: list[tuple[int, str]] = []
        # the levels of the headings above the text that are about the unit's own level alone
        # ('（二）本级预算情况' in a department's document): its figures are not the department's
        self._own_level_headings: list[int] = []
        # the headings above the text that name another unit alone ('八、所属单位预算情况' then '（一）某某实验
        # 中学'): (level, its name); the figures under them are that unit's, never the department's
        self._other_unit_headings: list[tuple[int, str]] = []
        # the levels of the headings above the text about the sub-units ('八、所属单位预算情况'): a heading
        # naming a unit under one is that unit's (a list of the units elsewhere names none)
        self._sub_units_headings: list[int] = []
        self._own_name = own_name
        self._own_is_own_level = "本级" in own  # (a （本级） document: its 本级 is itself)
        # the headings above the text that name another year than the document's alone ('一、2012年
        # “三公经费”支出情况' in a 2013 budget): (level, that year, the heading), from the outermost; the
        # figures under them are that year's (``_year_heading``); the level of the last numbered heading
        self._other_year_headings: list[tuple[float, str, str]] = []
        self._last_heading_level = 0
        # the sentence before the one being read, in the paragraph, when it stated something: (the
        # index in ``figures`` of its first figure, that after its last, whether it printed money)
        self._last_sentence: tuple[int, int, bool] | None = None
        self._total_scope = ""
        self._sentence_total_scope = ""  # that of a total read in the sentence
        # the fiscal appropriation's grand total (财政拨款收支总预算) whose 其中 list the sentence reads:
        # the 收入总计 / 支出总计 listed there are that table's sides, never the unit's totals (``_figure``)
        self._fiscal_sides: Figure | None = None
        self._sentence_figures = 0  # len(figures) when the sentence being read began
        # the carry-over whose parts by fund a 其中 list names, and where its sentence begins
        self._carryover_parts: tuple[Figure, int] | None = None
        self._sentence_item = ""  # the item path (``item``) when the sentence being read began
        self._sentence_read_before = 0  # the number of figures read before the sentence
        # (figure read after 其中, the money figure (not a change) its list is of), in the paragraph
        self._listed_under: list[tuple[Figure, Figure]] = []
        # the change read last in the sentence, and the offset its amount ends at
        self._change_read: tuple[int, Figure] | None = None
        self._paragraph_read = 0  # len(figures) when the paragraph being read began
        # a money amount of the sentence being read was left unread as another year's (``_figure``)
        self._other_year_money = False
        # a 支出总计 that differs from the 收入总计 was stated in the paragraph (a final account's):
        # the changes of the bare sides after it are of those 总计 (Walker._side_change_of_totals)
        self._totals_apart = False
        # the paragraph names one 事业编制 by its funding and no other posts or people (_funded_posts_alone)
        self._funded_posts_alone = False
        # the paragraph names the budget's funding alone (_budget_funding_alone), 工勤 once
        # (_one_worker_posts)
        self._budget_funding_alone = False
        self._one_worker_posts = False
        # the paragraph counts the people in post once (_one_in_post_count), the hired staff once
        # (_one_hired_count); the unit's staff statement names the 参公 kind alone (_civil_service_alone)
        self._in_post_once = self._hired_once = self._civil_service_alone = False
        # the unit's staff statement prints a 参公 count apart from the 行政 kind (StaffFacts.civil_service_apart)
        self._civil_service_apart = False
        # the unit's staff statement counts people by organisation (StaffFacts.by_organisation)
        self._by_organisation = False
        # the unit's staff statement names the posts of one kind, 行政 or 事业, alone (StaffFacts.one_kind_posts)
        self._one_kind_posts = False
        # the paragraph is about the document's own unit and the document's whole staff statement (every
        # unit's) names one kind's posts alone (``_own_one_kind``)
        self._own_one_kind = False
        # the unit's staff statement (``staff_statements``): unit_text -> its paragraphs that count people
        self._staff_statements: dict[str, StaffFacts] = {}

    def without_own_name(self, label: str) -> str:
        """The label without the unit's own name as its subject (``_without_own_name``); the 政府 of
        政府采购 right after a name ending in it stays ('2026年皂郊镇政府采购预算' in the document of
        '…皂郊镇人民政府' -> '2026年政府采购预算', never '2026年采购预算'), unless the own name holds
        政府采购 itself ('某县政府采购中心')."""
        kept = self._without_own_name(label)
        if "政府采购" in self._own_base or compact(label).count("政府采购") <= kept.count("政府采购"):
            return kept
        return _PROCUREMENT_WITHOUT_GOVERNMENT.sub("政府采购", kept, count=1)

    def _without_own_name(self, label: str) -> str:
        """The label without the unit's own name as its subject ('2026年，上海市普陀区司法局收入预算'
        -> '2026年，收入预算'): the name may follow a year or a date clause, never a word; a scope printed right after it
        (（部门）, （本级）) goes with it. A year printed without 年 right before the name is read with
        it ('2025某局收入预算' -> '2025年收入预算')."""
        if not self._own_forms:
            return label
        text = compact(label)
        if _opens_listed_level(_CLAUSE_OPENING.split(text)[-1]):
            return label  # ('其中：政府办公厅（室）及相关机构事务（款）…' in the 政府办's document: an item's name)
        # a heading run into the sentence ('（二）关于X局2021年收入预算情况说明X局2021年收入预算'): the
        # name after it is the subject
        if (heading := m.HEADING_RUN_IN.match(text)) and any(form in text[heading.end() :] for form in self._own_forms):
            text = text[heading.end() :]
        for form in self._own_forms:
            at = text.find(form)
            if at < 0:
                continue
            if _BARE_YEAR.fullmatch(text[:at]):
                # '2025某区文化和体育局支出预算': a year printed without 年 opening the statement right
                # before the own name is that year ('2025年…'; another year stays another year's)
                text, at = text[:at] + "年" + text[at:], at + 1
            before = m.core(text[:at])
            if before and not _DATE_ONLY.match(before):
                continue
            if form in self._own_place_forms and _opens_other_unit(text[at + len(form) :]):
                continue  # ('李村镇中心小学收入预算': another unit of the place)
            if _CODE_AFTER_NAME.match(text, at + len(form)):
                continue  # ('（3）档案馆（2012604）486.50万元' in the 档案馆's document: an item's name, its code after it)
            rest = _OWN_SCOPE.sub("", text[at + len(form) :], count=1)
            rest = _OWN_OTHER_NAME.sub("", rest, count=1)
            return text[:at] + rest
        if kind := self._own_kind_at(text):
            return text[: kind[0]] + text[kind[1] :]
        short = _YEAR_AFTER_NAME.match(text)
        if short and self._is_own_short_form(short["name"]):
            return text[short.end("name") :]
        # '2022年，县文体旅局政府采购支出总额' (the unit 某县文化体育和旅游局): the own name
        # abbreviated, after the year (and its comma) at most
        prefix = _YEAR_PREFIX.match(text)
        begin = prefix.end() if prefix else 0
        for org in self._own_org_words():
            at = text.find(org, begin + 1)
            while at >= 0 and at + len(org) - begin <= _MAX_OWN_ABBREVIATION:
                if self._is_own_short_form(text[begin : at + len(org)], any_start=True):
                    return text[:begin] + text[at + len(org) :]
                at = text.find(org, at + 1)
        return label

    def _place_unit_named(self, label: str) -> str:
        """The name of another unit of the place the unit governs that ``label`` (compact, the own name
        left in when it named another unit: ``without_own_name``) opens with, after a year or a date at
        most: a form of the own name naming the place ('李村镇', ``_own_place_forms``) and a unit's noun
        before the label's first word ('李村镇中心小学', '花园街道某某社区'); '' when it opens with no
        such name (and always in the document of a unit named by no place)."""
        for form in self._own_place_forms:
            at = label.find(form)
            if at < 0 or (m.core(label[:at]) and not _DATE_ONLY.match(m.core(label[:at]))):
                continue
            if _opens_other_unit(rest := label[at + len(form) :]):
                tail = _PLACE_NAME_TAIL.match(rest)
                return form + (tail.group() if tail else rest)
        return ""

    def _without_own_topic_words(self, text: str) -> str:
        """``text`` without the unit's own name wherever it stands, when the name holds a topic's word
        ('某某县政府采购中心'): the name tells nothing of what the words are about."""
        for form in self._own_topic_forms:
            text = text.replace(form, "")
        return text

    def _topic_of(self, text: str) -> str:
        """The topic ``text`` (compact) is about (``metrics.topic_of``), the unit's own name left out
        wherever it stands: '2016年某某县政府采购中心收入预算' is about income, not procurement."""
        return m.topic_of(self._without_own_topic_words(text))

    def _governs(self, place: str) -> bool:
        """Whether the unit is the government of a place of the kind ``place`` names ('区', '县', '镇',
        '街道' …: the unit's own name, without its government word (人民政府, 政府, 办事处, 管理委员会,
        管委会), ends with it: '某某区人民政府', '某某县政府', or the place's name alone, '某某区'); False
        without an own name."""
        return bool(self._own_base) and _GOVERNMENT_END.sub("", self._own_base).endswith(place)

    def _own_kind_at(self, text: str) -> tuple[int, int] | None:
        """Where the unit names itself by the noun of its kind at ``text``'s start (compact; after a year
        or a date at most): that noun, the tail of the unit's own name (``_own_kinds``: '医院' for
        '某某县人民医院', '中心' for '…社区卫生服务中心', '学校' or '中学' for '某某市第一中学'), alone when
        it has two characters or more ('医院资产总额', '2020年学校政府采购预算'), or after 本 / 我 / 该 /
        全 ('该局', '我校', '本医院', '全中心'); (start, end) of those words, None when no such words
        open the label. Never another unit's noun: one after other words ('下属中心', '所属学校': the
        sub-units') or one the own name does not end with ('中心…' in a 局's document)."""
        for noun in self._own_kinds:
            for word in [*(prefix + noun for prefix in _OWN_KIND_PREFIXES), noun][: None if len(noun) > 1 else -1]:
                if word in _NOT_OWN_KIND:
                    continue
                at = text.find(word)
                before = m.core(text[:at]) if at >= 0 else ""
                if at >= 0 and (not before or _DATE_ONLY.match(before)):
                    return at, at + len(word)
        return None

    def _own_org_words(self) -> tuple[str, ...]:
        """The word of an organisation's kind the unit's own name ends with ('局', '委员会', '办公室',
        '中心', '街道' …; its last character when it ends in none of them) and its short form
        ('委员会' -> '委', '办公室' -> '办'); () without an own name."""
        if not self._own_forms:
            return ()
        own = self._own_base
        word = next((word for word in _ORG_WORDS if own.endswith(word)), own[-1])
        return (word, short) if (short := _ORG_SHORT.get(word)) else (word,)

    def _is_own_short_form(self, name: str, any_start: bool = False) -> bool:
        """Whether ``name`` is the unit's own name shortened by leaving characters out ('某新区群工部'
        for '某新区群众工作部', '某华社' for '某华通讯社', '县文体旅局' for '某县文化体育和旅游局'):
        at least 3 characters, in order within the own name, ending in the own name's word of an
        organisation's kind (``_own_org_words``: so a sub-unit's name, which ends in another word, is
        never one) and, unless ``any_start`` (a name after the year: the own name's leading place
        words may go), starting with the own name's first character."""
        if len(name) < _MIN_OWN_FORM or not self._own_forms:
            return False
        own = self._own_base
        if (not any_start and name[0] != own[0]) or not name.endswith(self._own_org_words()) or name == own:
            return False
        rest = iter(own)
        return all(char in rest for char in name)

    def staff_statements(self, paragraphs: list[tuple[Paragraph, str]]) -> None:
        """Take in the document's paragraphs (each with the sub-unit it is about, '' for the document's
        own unit) before any is read: the paragraphs of one unit that count people (人 / 名) are its
        staff statement, whose facts (``StaffFacts``) the rules that look past one paragraph read.
        Without it each paragraph is its own statement; the document's whole statement is every unit's
        together (``_own_one_kind``). Returns None."""
        statements: dict[str, StaffFacts] = {}
        for paragraph, unit_text in paragraphs:
            if _PEOPLE_COUNT.search(paragraph.text):
                statements[unit_text] = statements.get(unit_text, StaffFacts()) | StaffFacts.of(paragraph.text)
        self._staff_statements = statements

    def _own_one_kind_posts(self, paragraph: Paragraph, unit_text: str) -> bool:
        """True when ``paragraph`` is about the document's own unit and the document's whole staff
        statement (every unit's paragraphs that count people, and ``paragraph`` itself) names one kind's
        posts alone (``StaffFacts.one_kind_posts``). The own unit's paragraph: ``unit_text`` '' (no
        sub-unit), or a unit named by its paragraph ('本院为…事业单位，…') that is the only unit whose
        paragraphs count people, unless named as the 本级 ('某局（本级）为…'). A count of the staff in post
        naming no kind right after those posts is then the unit's whole staff in post (metric_wording.csv
        reads ``staff_own_one_kind``, rule 68); in a 部门 document whose paragraphs state 行政 posts for one
        unit and 事业 posts for another, or in a paragraph about one of its units (a 所属单位, the 本级)
        beside others, each count stays its kind's (rules 70, 80)."""
        if unit_text and ("本级" in unit_text or any(other != unit_text for other in self._staff_statements)):
            return False
        document = StaffFacts.of(paragraph.text)
        for statement in self._staff_statements.values():
            document |= statement
        return document.one_kind_posts()

    def paragraph(self, paragraph: Paragraph, unit_text: str = "") -> None:
        """Read the figures of one paragraph (``_paragraph``), a paired statement ('收、支总计各减少
        X，Y万元') first written out as the two statements it makes (``unpaired``); the figures
        keep the printed words as their source text. A budget's list of its projects run into
        one paragraph ('…专项经费180万元，主要项目：1、委员补助21万；2、常委活动8万；…') is read as the
        paragraphs it would be printed as: its lead, then each numbered item (``_listed_project``);
        so is the list of projects the project spending is made of ('项目支出20万元，具体为：1、某某
        补助2万元；2、…', '…主要是：某某经费X；某某补助Y。', ``Walker._spending_list``), and a list of
        projects printed one a line without numbers after its lead ('具体项目如下：' / '（单位：万元）' /
        '某某补助：31.50', ``_project_lines``). The sentences after the last item's are read as a
        paragraph of their own, no item of the list. In a 决算 a list after the project spending holds
        the projects' spending, no budget: each amount is reported (``_final_accounts_projects``)."""
        text = paragraph.text
        before, self._paragraph_from = self.figures[self._paragraph_from :], len(self.figures)
        inline = None if self.final_accounts else _INLINE_PROJECT_LIST.search(text)
        spending = None if inline else self._spending_list(text, _spending_stated(before, unit_text))
        start, numbered, by_lead = -1, True, False
        item_starts: tuple[int, ...] = ()
        cuts: list[int] = []
        after = len(text)
        if inline:
            start = inline.end()
            item_starts = tuple(found.end() for found in _INLINE_ITEM_END.finditer(text, start))
            self._start_list(None)
        elif spending:
            start, item_starts, numbered = spending.start, spending.item_starts, spending.numbered
            by_lead = spending.by_lead
            if self.final_accounts:
                self._final_accounts_projects(paragraph, spending, unit_text)
                return
        elif (
            not self.final_accounts
            and (plain_lead := _PLAIN_PROJECT_LIST.search(text))
            and (plain := _plain_items(text, plain_lead.end(), by_lead=True)) is not None
        ):
            # '2025年本部门重点项目：某某配套资金12000.00万元；某某专项经费6500.00万元。', '…。主要项目：校舍维修改造
            # 86.00万元；智慧校园建设120.00万元。': a list of no numbers its lead names the projects
            start, item_starts, numbered, by_lead = plain_lead.end(), plain, False, True
            self._start_list(None)
        elif self._project_list and not self.final_accounts and _listed_projects(text, 0):
            # '具体情况如下：' (after the project spending) or '具体项目如下：' ending the paragraph
            # before, then '1、某某补助3万元；2、…' on a line of its own: every item of the line is one
            start = 0
            item_starts = tuple(found.end() for found in _INLINE_ITEM_END.finditer(text, 0))
        elif self._plain_list_open and not self.final_accounts and (plain := _plain_items(text, 0)) is not None:
            # '…主要是：某某经费Y万元；某某经费Z万元；' then, on the next line, '某某经费W万元等。': the list
            # of no numbers goes on (each item a project's name and its amount, as before)
            start, item_starts, numbered = 0, plain, False
        self._plain_list_open = False
        if start >= 0:
            cuts = [0, start] if start else [0]
            cuts += item_starts
            last = amounts(text[cuts[-1] :])
            stop = text.find("。", cuts[-1] + last[0].end) if last else -1
            after = stop + 1 if stop >= 0 and text[stop + 1 :].strip() else len(text)
        elif not self.final_accounts and (lines := _project_lines(paragraph, self._project_list)):
            # '…具体项目如下：' / '（单位：万元）' / '某某补助：31.50' / '某某储备 20.50': one project a line
            start = lines[0][0]
            cuts = [0, start] if start else [0]
            cuts += [begin for begin, _ in lines[1:]]
            after = lines[-1][1] if text[lines[-1][1] :].strip() else len(text)
        if start >= 0:
            cuts += [after, len(text)] if after < len(text) else [len(text)]
            pieces = [
                Paragraph(text[a:b], paragraph.lines[a:b], paragraph.section)
                for a, b in pairwise(cuts)
                if text[a:b].strip()
            ]
            if start:
                self._paragraph_pieces(pieces.pop(0), unit_text)  # (the lead)
            if spending:
                self._start_list(spending.total)
            items, trailing = (pieces[:-1], pieces[-1]) if after < len(text) else (pieces, None)
            self._list_numbered, self._list_by_lead = numbered, by_lead
            for piece in items:
                self._project_list = True  # (each item is read as a paragraph of the list)
                self._paragraph_pieces(piece, unit_text)
            self._list_numbered, self._list_by_lead = True, False
            if not numbered:
                self._project_list = False  # (a list of no numbers ends with its paragraph…
                # …unless the paragraph was cut right after an item's separator)
                self._plain_list_open = after == len(text) and text.rstrip()[-1:] in ("；", ";")
            if trailing is not None:
                self._project_list = False  # (the sentences after the list are none of its items)
                self._paragraph_pieces(trailing, unit_text)
                if numbered and _PROJECT_DESCRIPTION.match(compact(trailing.text)) and not amounts(trailing.text):
                    # ('1．某某项目，预算金额280万元。年度绩效目标：完成…。': the item's targets, no amount,
                    # after it; the next paragraph may go on with the list's items)
                    self._project_list = True
            return
        self._paragraph_pieces(paragraph, unit_text)

    def _spending_list(self, text: str, stated_before: Figure | None = None) -> _SpendingList | None:
        """The list of projects the project spending is made of run into a paragraph (``text``;
        ``_project_spending_list``), when that spending is the document's year's: its words before
        its amount, from its sentence's start, name no other year ('2020年项目支出X万元，具体为：…' in a
        2021 budget is the prior year's list: its items are read as any words, none a project's
        budget); else None. ``stated_before``: the project spending the paragraph before stated
        (``_spending_stated``), which a paragraph opening with it named again lists
        (``_project_spending_list_opening``)."""
        spending = _project_spending_list(text)
        if spending is None and stated_before is not None:
            return _project_spending_list_opening(text, stated_before)
        if spending is None:
            return None
        # (from its statement's start: '…日常公用经费90.38万元；项目支出X万元' opens a statement of its own)
        sentence = max(text.rfind(mark, 0, spending.spending) for mark in "。；;") + 1
        return None if self._other_year(text[sentence : spending.total.start]) else spending

    def _start_list(self, total: Amount | None) -> None:
        """Begin reading a list of projects of the project spending ``total`` (None: a list of no
        total, '主要项目如下：'): no item read yet (``_listed_project``)."""
        self._list_total, self._list_sum, self._list_read, self._list_over = total, Decimal(0), [], False

    def _final_accounts_projects(self, paragraph: Paragraph, spending: _SpendingList, unit_text: str) -> None:
        """In a 决算, a list of projects after the project spending ('项目支出决算X万元，主要用于：1、某某
        经费Y万元；…'): the lead and the sentences after the list are read as any paragraph; each item's
        amount is the project's spending in the year, which no metric holds (key_project_budget is the
        budget of a project: a 决算's item is no budget), reported."""
        text = paragraph.text
        items = [spending.start, *spending.item_starts]
        last = amounts(text[items[-1] :])
        stop = text.find("。", items[-1] + last[0].end) if last else -1
        after = stop + 1 if stop >= 0 else len(text)
        self._paragraph_pieces(
            Paragraph(text[: spending.start], paragraph.lines[: spending.start], paragraph.section), unit_text
        )
        for begin, end in pairwise([*items, after]):
            for found in amounts(text[begin:end]):
                at = begin + found.start
                self.unparsed.append(
                    Unparsed(
                        paragraph.line_at(at),
                        found.text.strip(),
                        compact(text[begin:at]).lstrip("，,、；;：:") + found.text.strip(),
                        "a 决算's list of its projects: the project's spending in the year, no budget of it"
                        " (key_project_budget): not read",
                    )
                )
        if text[after:].strip():
            self._paragraph_pieces(Paragraph(text[after:], paragraph.lines[after:], paragraph.section), unit_text)

    def _paragraph_pieces(self, paragraph: Paragraph, unit_text: str = "") -> None:
        """``paragraph`` for one paragraph as printed (or one piece of an inline project list)."""
        paragraph, swaps = unpaired(paragraph, self.final_accounts)
        before = len(self.figures)
        self._listed_under = []
        self._paragraph(paragraph, unit_text)
        self._unit_slips(before)
        for figure in self.figures[before:]:
            for written, printed in reversed(swaps):  # (a later swap may have rewritten an earlier one's text)
                if written in figure.source_text:
                    figure.source_text = figure.source_text.replace(written, printed)

    def _paragraph(self, paragraph: Paragraph, unit_text: str = "") -> None:
        """Read the figures of one paragraph into ``figures`` and its unreadable amounts into ``unparsed``.

        paragraph: the paragraph's text with its character -> source line map; unit_text: the
        sub-unit the paragraph is about ('' for the document's own unit). Amounts in 万元/亿元 are
        held in yuan (Decimal); amounts in reason clauses (主要是…) explain a change and are skipped.
        The topic a sentence sets (收入 / 支出 / 三公…) carries to the next sentences of the same
        paragraph only. Returns None; raises nothing on odd text (what is not understood is
        recorded in ``unparsed``).
        """
        # Amounts never hold a sentence stop, so the paragraph's amounts are those of its
        # sentences; the wording hints hold none either.
        self._item = None
        self._paragraph_read = len(self.figures)
        if "款" not in paragraph.text and "项" not in paragraph.text:
            self._kuan_before = ""  # (a list of items ends at a paragraph naming none)
        self._totals_apart = False
        # (the paragraph itself too: one rewritten by ``unpaired`` or not taken in)
        statement = self._staff_statements.get(unit_text, StaffFacts()) | StaffFacts.of(paragraph.text)
        self._funded_posts_alone = _funded_posts_alone(paragraph.text)
        if self._funded_posts_alone and (funded := _FUNDED_POSTS.search(paragraph.text)):
            # '全额拨款事业编制12人。' then '差额拨款事业编制3人。' (or '事业编制15人') in another paragraph
            # of the unit: the funded posts are one part of its 事业编制 there too
            self._funded_posts_alone = not statement.other_institution_posts(funded.group("funding"))
        self._budget_funding_alone = _budget_funding_alone(paragraph.text)
        self._one_worker_posts = _one_worker_posts(paragraph.text)
        self._in_post_once = _one_in_post_count(paragraph.text)
        self._hired_once = _one_hired_count(paragraph.text)
        self._civil_service_alone = statement.civil_service_alone()
        self._civil_service_apart = statement.civil_service_apart()
        self._by_organisation = statement.by_organisation()
        self._one_kind_posts = statement.one_kind_posts()
        self._own_one_kind = self._one_kind_posts and self._own_one_kind_posts(paragraph, unit_text)
        self._part = self._part_heading
        if _spending_part(self._part_heading):
            # a heading naming the basic or the project spending holds for the first sentence right
            # after it only: a project list may follow ('2017年安排项目支出X元，具体项目如下：' then '…计Y元')
            self._part_heading = ""
        self._first_amount = True
        self._previous_lead = None if self._lead_changed else self._lead
        self._lead, self._lead_changed = None, False
        self._item_parts = None  # the 类/款/项 figure whose basic or project part was refused in the paragraph
        self._percent_tail = None
        self._carried, self._staff_before = {}, {}
        found = self._with_declared(paragraph, amounts(paragraph.text))
        coded_lines = self._read_coded_lines(paragraph, found)
        # amounts no figure is read from: broken by a space, or approximate ('100余万元',
        # '100多万元', '100万余元': the number is no figure)
        unread = [
            *(
                (at, printed, "an amount broken by a space: not read")
                for at, printed in broken_amounts(paragraph.text, found)
            ),
            *(
                (at, printed, "an approximate amount (余 / 多 with the number): not the figure")
                for at, printed in approximate_amounts(paragraph.text)
            ),
            *(
                (at, printed, "Chinese numerals that are no whole, unambiguous number (点, 几, 余, 两三): not read")
                for at, printed in chinese_unread(paragraph.text)
            ),
            *(
                (
                    at,
                    printed,
                    "an amount in a unit the narrative does not read (元, 千元, 万元, 百万元, 千万元, 亿元 only)",
                )
                for at, printed in other_unit_amounts(paragraph.text)
            ),
        ]
        for at, printed, reason in unread:
            start = max((paragraph.text.rfind(c, 0, at) for c in "，。；,;：:"), default=-1) + 1
            self.unparsed.append(
                Unparsed(paragraph.line_at(at), printed, compact(paragraph.text[start:at]) + printed, reason)
            )
        heading = not found and self._year_heading(compact(paragraph.text))
        other_year = bool(self._other_year_headings) and not heading
        if other_year and not self._names_own_year(paragraph.text):
            self._under_other_year(paragraph, found)
            return
        self._paragraph_start = found[0].start if found else -1
        self._paragraph_money_start = next((a.start for a in found if a.is_money), -1)
        listed, self._project_list = self._project_list, False
        if listed and found and not self.final_accounts:
            if self._listed_project(paragraph, found):
                self._project_list = True
                return
            # a calculation basis between the items ('测算标准：216名代表，年人均2500元…'): the list goes on
            self._project_list = not _LIST_ITEM.match(paragraph.text)
        lead_text = _LEAD_DECLARATION.sub("", paragraph.text)  # ('具体项目如下（单位：万元）：')
        if _PROJECT_LIST_LEAD.search(compact(lead_text)) or (
            not found and _KEY_PROJECTS_HEADING.fullmatch(m.without_numbering(_NUMBERED.sub("", compact(lead_text))))
        ):
            # ('具体项目如下：', or a heading of the key projects alone: '（四）重点项目预算情况。', '五、重点
            # 项目情况' then '1.某某项目800.00万元；' a line)
            self._project_list = True
            self._start_list(None)
        elif not self.final_accounts and (total := _announces_project_spending_list(lead_text)):
            # (the project spending of another year's list: its items are none of the document's projects)
            opens = lead_text.rfind("。", 0, lead_text.rfind(_PROJECT_SPENDING, 0, total.start)) + 1
            if not self._other_year(lead_text[opens : total.start]):
                self._project_list = True
                self._start_list(total)
        heading_topic, self._heading_topic = self._heading_topic, ""
        self._under_topic_heading = heading_topic
        if found and (run_in := _COLON_HEAD.match(compact(paragraph.text[: found[0].start]))):
            # '（三）“三公”经费预算：合计8.40万元；其中：…': a heading run into its paragraph after a
            # colon names the topic as a heading of its own does
            self._under_topic_heading = _total_heading_topic(run_in.group(0)) or heading_topic
        self._under_change_heading, self._change_heading = self._change_heading, ""
        if not found and len(compact(paragraph.text)) <= _MAX_HEADING:
            self._side_heading = _heading_side(compact(paragraph.text))
        if found and _NUMBERED.match(paragraph.text):
            self._numbered_category(compact(paragraph.text[: found[0].start]))
        if not found:
            self._heading(compact(paragraph.text))
            bare = compact(paragraph.text)
            self._heading_topic = (
                _total_heading_topic(bare)
                or _part_heading_topic(bare)
                or (
                    # ('四、“三公”经费' then '“三公”经费是指…。' then '合计8.40万元…': a paragraph of no
                    # amounts, no heading, naming no other topic goes on under the heading)
                    heading_topic if not _NUMBERED.match(bare) and m.topic_of(bare) in ("", heading_topic) else ""
                )
            )
            title = _CHANGE_TITLE_SUBJECT.fullmatch(compact(paragraph.text))
            self._change_heading = title.group("subject") if title else ""
        elif self._own_level_headings and (level := _heading_level(compact(paragraph.text))):
            # ('1.局机关本级收支情况' … then '2.人员情况。截至2024年末，本部门…19名': a numbered paragraph of
            # the same level ends the scope of the own level's heading before it)
            self._own_level_headings = [lv for lv in self._own_level_headings if lv < level]
        before, self._before = self._before, compact(paragraph.text)
        self._three_public_part(paragraph, found)
        if block := _PROJECT_BLOCK.match(self._before):
            self._project_block = block.group("name")
        elif self._project_block and self._project_budget(paragraph, found, before):
            return
        if self.final_accounts:
            # a 决算 reads its 类/款/项 paragraphs by the item path (each figure has its own role)
            self._item_of(paragraph, found)
            self._first_amount = False
        else:
            opening = paragraph.text[: found[0].start] if found else paragraph.text
            coded = _coded_item_code(opening, self._heading_category())
            if (m.has_level_mark(opening) or coded) and _SENTENCE_STOP.search(opening):
                # '4、一般公共服务支出（类）财政事务（款）…（项）。…年初预算为X': about that item, its
                # amounts in later sentences are not document totals
                # ('2010301行政运行（项）：用于反映…的支出。2026年预算安排X': the item is named before the
                # colon, the words after it describe it)
                self._item = (_item_before_description(compact(_SENTENCE_STOP.split(opening)[0])), None)
                self._first_amount = False
            elif m.has_level_mark(opening) and (head := _item_head(opening)):
                # '1.一般公共服务支出（类）人大事务（款）行政运行（项）：2026年预算数为X': the same,
                # the item named in a clause of its own
                self._item = (head, None)
                self._first_amount = False
            elif head := _coded_item_head(opening):
                # '1.高中教育2050204款：X万元', '1.2010301行政运行：X万元': an item named by its code in a
                # clause of its own, the same
                self._item = (head, None)
                self._first_amount = False
        if not found and not _WORDING_HINT.search(compact(paragraph.text)):
            return  # no sentence can state a figure (and the topic does not outlive the paragraph)
        # ('（一）收入预算' then '2026年年初预算数500万元，其中：…': the heading's total is the
        # subject of the paragraph's words of no subject)
        topic = heading_topic
        following = 0  # index in ``found`` of the first amount not yet given to a sentence
        self._sentence_changed, self._parts_changed_of = False, ""
        self._last_sentence = None
        for sentence in sentences(paragraph):
            lost = _lost_breaks(sentence, found, paragraph.lines)
            listed_lines = _list_line_breaks(sentence, found, paragraph.lines)
            end = sentence.start + len(sentence.text)
            coded_starts = [begin - sentence.start for begin, _ in coded_lines if sentence.start < begin < end]
            sentence.breaks = tuple(sorted({*lost, *listed_lines, *coded_starts}))
            sentence.joined = tuple(
                colon - sentence.start for _, colon in coded_lines if colon >= 0 and sentence.start <= colon < end
            )
            first, end = following, sentence.start + len(sentence.text)
            while following < len(found) and found[following].start < end:
                following += 1
            money = any(a.is_money for a in found[first:following])
            if other_year and not self._names_own_year(sentence.text):
                self._under_other_year(paragraph, found[first:following])
                self._last_sentence = (len(self.figures), len(self.figures), money)
                self._other_year_money = money
                continue
            # (under another year's heading, a sentence naming the document's year is read, and so
            # are the sentences after it in its paragraph: '…比2012年减少Y万元。其中公务接待费…')
            other_year = False
            read_from = len(self.figures)
            topic = self._sentence(paragraph, sentence, found[first:following], topic, unit_text)
            if found[first:following] or _WORDING_HINT.search(compact(sentence.text)):
                self._last_sentence = (read_from, len(self.figures), money)
            if _spending_part(self._part):
                self._part = ""  # (a heading naming the basic or project spending: its first sentence only)

    def _read_coded_lines(self, paragraph: Paragraph, found: list[Amount]) -> list[tuple[int, int]]:
        """The lines of ``paragraph`` that list a 类/款/项 item with its printed function code
        (``_coded_lines``: (offset of the line, offset of its colon or -1) each); keeps their amounts
        (``_coded_amounts``) and the roles the list's lead names (``_coded_roles``: its words before the
        first such line in its sentence, or the lead the paragraph before ended with when the list
        opens this one), and for the paragraph after it the list that may go on there (``_coded_list``:
        the roles its lead named, when this paragraph ends with a lead-in, '…主要项级支出（单位：万元）：',
        or with an item of the list; else None). A paragraph declaring a unit alone ('（单位：万元）')
        changes nothing."""
        text = paragraph.text
        self._coded_amounts = frozenset()
        if not _LEAD_DECLARATION.sub("", compact(text)).strip("：:。"):
            return []  # ('（单位：万元）' alone: the list is led, or not, by what stands before it)
        listed, self._coded_list = self._coded_list, None
        lines = _coded_lines(paragraph, found, listed is not None)
        if not lines:
            self._coded_roles = frozenset()
        elif lines[0][0]:
            lead = text[: lines[0][0]]
            self._coded_roles = _roles_named(lead[max(lead.rfind(mark) for mark in "。！？!?") + 1 :])
        else:
            self._coded_roles = listed or frozenset()
        self._coded_amounts = frozenset(
            a.start for a in found for begin, _ in lines if paragraph.line_at(a.start) == paragraph.line_at(begin)
        )
        if lines and paragraph.line_at(lines[-1][0]) == paragraph.line_at(len(text) - 1):
            self._coded_list = self._coded_roles
        elif _leads_a_list(text):
            self._coded_list = _roles_named(text[max(text.rfind(mark) for mark in "。！？!?") + 1 :])
        return lines

    def _with_declared(self, paragraph: Paragraph, found: list[Amount]) -> list[Amount]:
        """``found`` (the amounts ``paragraph`` prints with their units) and the numbers it prints
        without one that a declared unit makes amounts (``text.declared_amounts``), in text order.
        A declaration ('具体项目如下（单位：万元）：', '金额单位：元', ``text.units_declared``) holds
        for the rest of its paragraph up to the next declaration; the last of the paragraph holds
        for the rest of it and the paragraphs after it, up to
        a heading without its text ('（三）项目支出情况'; one naming a 类/款/项, '（一）教育支出（类）', is
        the list's own), another section (一 … 六), or a paragraph that prints the unit of a money
        amount itself ('…支出决算327.15万元'): that paragraph and those after it are read as printed
        (a bare number is no amount, as without a declaration). Keeps the declared unit for the next
        paragraph."""
        if (
            paragraph.in_table
            and self.final_accounts
            and value_role(paragraph.text) in ("budget", "adjusted_budget")
            and units_declared(paragraph)
        ):
            # '项目　年初预算数（万元）' in a 决算: the rows' role is not the account's own (its 决算数,
            # read by default); the bare numbers under it are not read
            self._declared_unit = ""
            return found
        if declarations := units_declared(paragraph):
            self._declared_unit, self._declared_section = declarations[-1][0], paragraph.section
            stops = [begin for _, begin, _ in declarations[1:]] + [len(paragraph.text)]
            spans = [(unit, end, stop) for (unit, _, end), stop in zip(declarations, stops, strict=True)]
        elif self._declared_unit and self._declaration_holds(paragraph, found):
            spans = [(self._declared_unit, 0, len(paragraph.text))]
        else:
            self._declared_unit = ""
            if paragraph.in_table and not found:
                # '收入项目　预算数　支出项目　预算数' then '一般公共预算拨款　1,780.48　基本支出　1,472.06': a
                # flattened table's row under a header of no unit: its numbers are no amounts, reported
                for number in _ROW_NUMBER.finditer(paragraph.text):
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(number.start()),
                            number.group(),
                            compact(paragraph.text),
                            "a flattened table's row under a header that declares no unit: not read",
                        )
                    )
            return found
        bare = [
            amount for unit, start, stop in spans for amount in declared_amounts(paragraph, unit, start, found, stop)
        ]
        if bare and paragraph.in_table and (why := _row_not_read(paragraph.text[: bare[0].start])):
            # a flattened table's total row ('合计　9.72': the total of whatever the table lists) or a row
            # naming an item by several cells ('商业流通事务　行政运行　211.40': no level marks, no code)
            for amount in bare:
                self.unparsed.append(
                    Unparsed(paragraph.line_at(amount.start), amount.text.strip(), compact(paragraph.text), why)
                )
            return found
        return sorted([*found, *bare], key=lambda a: a.start) if bare else found

    def _declaration_holds(self, paragraph: Paragraph, found: list[Amount]) -> bool:
        """Whether the unit declared before ``paragraph`` holds for it (``_with_declared``): same
        section, no money amount printed with its unit (a 0 printed bare after a role word is
        none), and no heading without its text ('（二）2016年项目支出情况', ``text.is_heading_only``)
        other than one naming a 类/款/项 of the list ('（一）一般公共服务支出（类）')."""
        if paragraph.section != self._declared_section:
            return False
        if any(a.is_money and not a.text.strip()[-1:].isdigit() for a in found):
            return False
        text = paragraph.text.strip()
        if not is_heading_only(text):
            return True
        # ('（一）一般公共服务支出（类）' between the items of the list: a heading of the list's own items)
        return bool(m.has_level_mark(text) or m.prints_function_code(text) or _heading_category(compact(text)))

    def _year_heading(self, bare: str) -> bool:
        """Whether a paragraph without amounts (``bare``: its text without whitespace) is a heading
        or a title line, taking in the year it names: a numbered heading ('一、2012年“三公经费”支出情况',
        ``_heading_level``) ends the other year's headings of its level and below; a title line
        without a number ('2012年“三公经费”支出情况', at most ``_MAX_HEADING`` characters and no
        punctuation inside) is taken as one level below the last numbered heading. A heading or
        title naming the document's year ('二、2013年“三公经费”预算情况') ends every other year's;
        one naming another year alone (or the prior year by a word: '上年度…执行情况'), neither a
        date ('截至2012年底…') nor a comparison ('与2012年对比情况'), opens that year's section:
        the figures under it are that year's (``_under_other_year``). False for any other paragraph."""
        numbered = _heading_level(bare) if len(bare) <= _MAX_HEADING else 0
        if numbered:
            # (a numbered heading ends the other year's headings of its level and below)
            self._last_heading_level = numbered
            self._other_year_headings = [h for h in self._other_year_headings if h[0] < numbered]
        elif not _TITLE_LINE.fullmatch(bare):
            return False
        level = numbered or self._last_heading_level + 0.5
        own, other = self._heading_years(bare)
        if own:
            self._other_year_headings = []
        elif other and _YEAR_SECTION_END.search(bare) and not _COMPARISON_HEADING.search(bare):
            self._other_year_headings.append((level, other, bare))
        return True

    def _heading_years(self, bare: str) -> tuple[bool, str]:
        """(whether ``bare``, a heading, names the document's year, the first other year it names
        ('2012年'; the prior year for a heading opening with 上年 / 上年度 / 去年, none for 上年结转)),
        dates left out ('截至2012年底', '2012年12月31日', '2012年末': a day, no fiscal year);
        (False, '') without the document's year."""
        if not self.fiscal_year.isdigit():
            return False, ""
        text = _DATE_IN_HEADING.sub("", bare)
        years = [found.group("year") for found in _LABEL_YEAR.finditer(text)]
        if self.fiscal_year in years or _OWN_YEAR_WORD.search(text):
            return True, ""
        if years:
            return False, years[0] + "年"
        if _PRIOR_YEAR_LABEL.match(m.core(_NUMBERED.sub("", text, count=1))):
            return False, f"{int(self.fiscal_year) - 1}年"
        return False, ""

    def _names_own_year(self, text: str) -> bool:
        """Whether ``text`` names the document's year by its number ('2013年预算数比上年执行数减少…'; 本年
        / 今年 under another year's heading may be that year)."""
        return bool(self.fiscal_year) and any(
            found.group("year") == self.fiscal_year for found in _LABEL_YEAR.finditer(compact(text))
        )

    def _under_other_year(self, paragraph: Paragraph, found: list[Amount]) -> None:
        """Report the amounts ``found`` of a paragraph (or of one of its sentences) under a heading
        naming another year alone (``_other_year_headings``) unparsed: its figures are that year's,
        never the document's (as a label naming another year's is), up to a heading naming the
        document's year or one of the same level or above; only a sentence naming the document's
        year by its number, and the sentences after it in its paragraph, are read there. The
        paragraph sets no topic or list for the ones after it."""
        _, year, heading = self._other_year_headings[-1]
        for amount in found:
            start = max((paragraph.text.rfind(c, 0, amount.start) for c in "，。；,;：:"), default=-1) + 1
            self.unparsed.append(
                Unparsed(
                    paragraph.line_at(amount.start),
                    amount.text.strip(),
                    compact(paragraph.text[start : amount.start]) + amount.text.strip(),
                    f"a figure under the heading '{heading}' about {year}, not of the document's year {self.fiscal_year}",
                )
            )
        self._project_list = False
        self._heading_topic = self._change_heading = ""
        self._before = compact(paragraph.text)

    def _three_public_part(self, paragraph: Paragraph, found: list[Amount]) -> None:
        """Set ``_part`` to the 三公 part a paragraph is about ('' when none): a numbered heading of
        its own naming the part ('（一）因公出国（境）费', holding for the paragraphs after it up to
        the next numbered paragraph) or the paragraph's numbered opening sentence ('(一)因公出国费用。
        2021年预算支出为0万元'): a label naming nothing there is the part's, never a document total."""
        bare = compact(paragraph.text)
        if not _NUMBERED.match(bare):
            return
        self._part_heading = ""
        if not found and len(bare) <= _MAX_HEADING and (_THREE_PUBLIC_PART_WORD.search(bare) or _spending_part(bare)):
            # ('（一）基本支出：' then '2026年年初预算数为88.20万元': the basic spending's)
            self._part_heading = bare
            return
        opening = compact(paragraph.text[: found[0].start] if found else paragraph.text)
        head = _SENTENCE_STOP.split(opening)[0]
        if head != opening and _THREE_PUBLIC_PART_WORD.search(head):
            self._part = head
        elif (run_in := _COLON_HEAD.match(opening)) and (
            _THREE_PUBLIC_PART_WORD.search(run_in.group(0)) or _spending_part(run_in.group(0))
        ):
            # '（一）基本支出：2026年年初预算数为88.20万元': a heading run into its paragraph after a colon
            self._part = run_in.group(0)

    def _heading(self, bare: str) -> None:
        """A paragraph without amounts (``bare``: its text without whitespace) that is a numbered
        heading ('（四）财政拨款收支预算情况的总体说明', '2.一般公共预算当年拨款结构情况。'): it ends
        the headings of its level and below and the scope of the last total; its funds, when it
        names some, hold for the figures under it. A lead-in to a list that names a fund
        ('财政拨款支出主要内容如下：') scopes the figures after it as a total would."""
        level = _heading_level(bare)
        if not level and bare.endswith(("：", ":")) and (scope := _named_scope(bare)):
            self._total_scope = scope  # '财政拨款支出主要内容如下：': the list after it is of that fund
            return
        if not level or len(bare) > _MAX_HEADING:
            if level:
                # (a numbered paragraph of the same level ends the scope of the own level's heading
                # before it, though it is no heading)
                self._own_level_headings = [lv for lv in self._own_level_headings if lv < level]
            return
        self._headings = [(lv, scope) for lv, scope in self._headings if lv < level]
        self._heading_parts = [(lv, part) for lv, part in self._heading_parts if lv < level]
        self._spending_headings = [(lv, metric) for lv, metric in self._spending_headings if lv < level]
        self._heading_level = level
        self._category_headings = [(lv, code) for lv, code in self._category_headings if lv < level]
        if code := _heading_category(bare):
            self._category_headings.append((level, code))
        self._own_level_headings = [lv for lv in self._own_level_headings if lv < level]
        if not self._own_is_own_level and _OWN_LEVEL_HEADING.search(bare) and not _ONLY_OWN_LEVEL.search(bare):
            self._own_level_headings.append(level)
        self._other_unit_headings = [(lv, name) for lv, name in self._other_unit_headings if lv < level]
        self._sub_units_headings = [lv for lv in self._sub_units_headings if lv < level]
        if _SUB_UNITS_SECTION.search(bare):
            self._sub_units_headings.append(level)
        elif self._sub_units_headings and (name := self._other_unit_named(bare)):
            self._other_unit_headings.append((level, name))
        self._total_scope = ""
        if scope := _named_scope(bare):
            self._headings.append((level, scope))
            if part := _spending_part(bare):
                self._heading_parts.append((level, part))
            if (
                scope in _SCOPE_SPENDING
                and _heading_side(bare) == "expenditure"
                and m.topic_of(bare) not in _OWN_SUBJECT_TOPICS
            ):
                self._spending_headings.append((level, _SCOPE_SPENDING[scope]))

    def _heading_spending(self) -> str:
        """The spending metric of the one fund (or the 财政拨款) the innermost numbered heading above
        the text names with the spending side alone ('六、政府性基金预算财政拨款支出决算情况说明' ->
        expenditure_government_fund; never a 三公 or other subject's heading: '“三公”经费财政拨款支出
        决算情况说明'), '' when that heading names none so: under '（三）具体情况' the text may be about
        any item of the fund (``_heading``)."""
        if not self._spending_headings:
            return ""
        level, metric = self._spending_headings[-1]
        return metric if self._heading_level == level else ""

    def _fund_spent_in_role(self, metric: str, amount: Amount) -> str:
        """A 决算's spending metric of the fund whose 财政拨款 the sentence names before ``amount`` by no
        side, only its role words after it ('2019年度政府性基金预算财政拨款年初预算为', ``_FUND_IN_ROLE``), read as that
        fund's income ``metric``, when the innermost heading names that fund's spending (``_heading_
        spending``) or the sentence goes on with the spending's actual ('…，支出决算为Y'); '' otherwise
        (a side named, or nothing saying the spending: the wording rules' reading stands)."""
        opening = compact(self._text[self._sentence_begin : amount.start])
        if metric not in _FUND_INCOME_SPENDING or not _FUND_IN_ROLE.fullmatch(opening):
            return ""
        spending = _FUND_INCOME_SPENDING[metric]
        after = compact(self._text[amount.end :])
        if self._heading_spending() == spending or _SPENDING_ACTUAL_NEXT.match(after):
            return spending
        return ""

    def _arranged_fund_side(self, paragraph: Paragraph, label: str) -> str:
        """The spending metric of the fund whose arrangement ``label`` names alone (``_FUND_ARRANGED``:
        '2026年政府性基金预算安排', '一般公共预算安排', '国有资本经营预算拨款安排'; no 收入 / 支出 word)
        when the paragraph is under a heading of the spending (``_heading_side``: '（五）政府性基金预算
        支出情况') or names that fund's '…安排的支出' ('本单位无政府性基金预算安排的支出'); '' otherwise
        (under a heading of the income, or none naming a side: the wording rules read the label)."""
        arranged = _FUND_ARRANGED.match(m.core(compact(label)))
        if arranged is None or self._side_heading == "income":
            return ""
        fund = arranged.group("fund")
        if self._side_heading == "expenditure" or re.search(fund + _ARRANGED_SPENDING, compact(paragraph.text)):
            return _ARRANGED_FUND_METRIC[fund]
        return ""

    def _heading_total(self, amount: Amount, label: str, topic: str, state: dict[str, str]) -> str:
        """The total of the topic a heading of its own names (``_total_heading_topic``: '四、“三公”经费'
        -> three_public_total) for the first money amount of the paragraph right after the heading
        (``amount``) when no words name it (``label``'s core empty or filler words alone, a colon
        after them: '合计', '共计', '总额：', the amount alone; filler words without the colon the rules
        'filler & topic:T' read) and its sentence is still about that topic (``topic``), the clause
        ending right after the amount (``_CLAUSE_END_AFTER``); '' for any later amount (a
        level after a change, '比2023年减少0.30万元，为12.70万元', is no total of the year), after 其中
        (a part, ``state`` 'parts'), and with no such heading."""
        total = topic_total(self._under_topic_heading) if topic == self._under_topic_heading else ""
        if (
            not total
            or amount.start != self._paragraph_money_start
            or not m.is_filler(m.core(compact(label).rstrip("：:")))
            or state.get("parts")
            or _PART_LEAD.match(compact(label))
            or not _CLAUSE_END_AFTER.match(self._text, amount.end)
        ):
            return ""
        return total

    def _compared_actual(self, anchor: Figure, paragraph: Paragraph, amount: Amount) -> Figure | None:
        """The actual figure a budget (``amount``) a 决算 sentence compares it with is the budget of:
        ``anchor`` (the figure right before it) unless the difference printed right after the budget
        (``_GAP_WORDS``: '…，和本年预算480万元比，增加40万元') does not fit it (its value less the
        budget is that difference, signed by its word); then the one other actual figure of the
        sentence it fits ('本年收入合计520万元，其中：财政拨款收入500万元，其他收入20万元，和本年预算480万元
        比，增加40万元': the 合计's budget, never the last part's), or None (no figure: which figure's
        budget it is, is not certain). No difference printed: ``anchor``."""
        stop = _STATEMENT_END.search(paragraph.text, amount.end)
        after = [a for a in amounts(paragraph.text[amount.end : stop.start() if stop else None]) if a.is_money]
        gap = _GAP_WORDS.fullmatch(compact(paragraph.text[amount.end : amount.end + after[0].start])) if after else None
        if gap is None:
            return anchor
        difference = after[0].value if gap.group("up") else -after[0].value
        if anchor.value - amount.value == difference:
            return anchor
        fits = [
            figure
            for figure in self.figures[self._sentence_read_before :]
            if figure.value_unit == "yuan"
            and figure.value_role == "actual"
            and not figure.is_rejected
            and not figure.metric.endswith("_change_vs_prior_year")
            and figure.value - amount.value == difference
        ]
        return fits[0] if len(fits) == 1 else None

    def _drop_in_post_part(self, value: Decimal) -> None:
        """Take back the staff_actual figure of ``value`` read in the sentence before its last figure
        (the sum of a list that counts the retired, ``_sum_holds_retired``: '实际在职20人、退休6人、聘用3人，
        合计29人'): by the project's convention the sum is the staff in post, the 在职 count its part,
        no figure (reported unparsed). Changes ``figures``; returns None."""
        for at in range(len(self.figures) - 2, self._sentence_figures - 1, -1):
            part = self.figures[at]
            if part.metric == _STAFF_IN_POST and part.value == value and not part.is_rejected:
                del self.figures[at]
                self.unparsed.append(
                    Unparsed(
                        part.source_line,
                        part.value_text,
                        part.name_text + part.value_text,
                        "the people in post listed with the retired before their sum (the staff, by the "
                        "project's convention): a part, not the staff",
                    )
                )
                return

    def _other_unit_named(self, bare: str) -> str:
        """The name a numbered heading (``bare``, compact) gives alone when it is another unit's
        ('（一）齐齐哈尔市实验中学' under '八、所属单位预算情况'): a unit's name after its number, neither the
        document's unit nor the unit naming itself; '' otherwise."""
        numbered = next((found for pattern, _ in _HEADING_LEVELS if (found := pattern.match(bare))), None)
        name = bare[numbered.end() :].rstrip("：:。") if numbered else ""
        own = compact(self._own_name)
        if (
            not name
            or not (is_unit_name(name) or _SCHOOL_NAME.match(name))
            or name in self._own_forms
            or own.endswith(name)
        ):
            return ""
        return "" if names_itself(name, own) else name

    def _not_the_documents(self, figure: Figure, label: str, parts_before: list[Figure]) -> str:
        """Why ``figure`` (read from ``label``) is another thing's than the document's, '' when it is
        the document's: an item's part ('…（项）：预算数为5万元，其中：基本支出3万元'), a 三公 part's
        amount named by nothing ('（一）因公出国费用。2021年预算支出为0万元'), a figure under a heading
        about the unit's own level alone ('（二）本级预算情况 … 收入预算600万元': without its
        sub-units), or a part after 其中 that the wording names like its whole read before it in the
        sentence (``parts_before``: '现有在岗职工34人，其中：在编人员21人'; a part equal to the whole
        restates it: '总收入X万元，其中本年收入X万元')."""
        if (
            self._item is not None
            and figure.value_unit == "yuan"
            and figure.metric not in _ITEM_FIGURES
            and not _restates_total(figure, label)
            and (m.has_level_mark(self._item[0]) or m.coded_path_code(self._item[0]))
        ):
            return f"a paragraph about {self._item[0]} states {figure.metric}: the item's, not the document's"
        if self._part and _restates_total(figure, label) and not _names_own_total(label, _part_metric(self._part)):
            return (
                f"a paragraph about {self._part} states {figure.metric} by a label naming nothing: the "
                "part's, not the document's"
            )
        if self._own_level_headings and not figure.unit_text:
            return "a figure under a heading about the unit's own level (本级) alone: not the department's"
        if self._other_unit_headings and not figure.unit_text:
            return f"a figure under a heading naming another unit ({self._other_unit_headings[-1][1]}): not the department's"
        if figure.metric == "income_carryover" and (fund := self._carryover_fund(parts_before)):
            return (
                f"a carry-over listed under the {fund} income: that fund's part of the carry-over, "
                "never the unit's whole income_carryover"
            )
        if any(
            f.metric == figure.metric and f.key == figure.key and f.states_same(figure) and not f.agrees_with(figure)
            for f in parts_before
        ):
            return f"a part (after 其中) of the {figure.metric} before it, named like that whole: not the whole"
        return ""

    def _carryover_fund(self, parts_before: list[Figure]) -> str:
        """The fund (FUND_SCOPES) whose income a carry-over being read is listed under, '' when it is
        the unit's whole income's: the first income whole the sentence read before it (before its
        其中 when there is one: ``parts_before``; '财政拨款收入预算X万元，…包括：一般公共预算当年拨款收入Y
        万元，上年结转Z万元'), else, when the sentence read none, the funds of the last total read since
        the last heading or of the innermost heading ('2026年财政拨款收支预算X万元。收入包括：…上年结转Z
        万元'). A whole of all funds ('收入预算X万元，其中：财政拨款Y万元，上年结转Z万元') leaves it the
        unit's; so does a fund's whole equal to the unit's income total read before (the fund is all
        the income: its carry-over is all the carry-over)."""
        if _PART_LEAD.match(compact(self._text[self._sentence_begin :])):
            # ('…收入合计X万元。其中：财政拨款收入Y万元，…年初结转和结余Z万元': the parts of a whole
            # before; '…财政拨款收支总预算X万元。其中，收入总计X万元，包括…上年结转Z万元': of that fund's)
            sides = self._fiscal_sides
            if sides is None:
                return ""
            if any(f.metric in _TOTALS_OF_ALL and not f.unit_text and f.value == sides.value for f in self.figures):
                return ""
            return _INCOME_WHOLES[sides.metric]
        before = parts_before or self.figures[self._sentence_read_before :]
        whole = next((f for f in before if f.metric in _INCOME_WHOLES and f.value and not f.unit_text), None)
        if whole is None:
            scope = _specific_funds(self._total_scope or (self._headings[-1][1] if self._headings else ""))
            whole = next((f for f in reversed(self.figures) if _INCOME_WHOLES.get(f.metric) == scope), None)
            fund = scope
        else:
            fund = _INCOME_WHOLES[whole.metric]
        if (
            fund
            and whole is not None
            and any(f.metric in _TOTALS_OF_ALL and not f.unit_text and f.value == whole.value for f in self.figures)
        ):
            return ""
        return fund

    def _unit_slips(self, before: int) -> None:
        """Drop each money figure of the paragraph (``figures[before:]``) that is a part of a whole
        the paragraph states yet is printed in another unit than that whole and its parts beside it
        while its value (yuan) is a thousandth of the whole's or less (or a thousand times it or
        more): '本年支出合计252.5万元，…其中：基本支出252.5元' prints 元 for 万元. The whole is a figure
        of a metric it is part of (metrics.csv part_of) of the same sub-unit and role, or the
        figure its 其中 list is of. Which unit the text means is not certain: the part is recorded
        unparsed, never read (nor scaled); a change read after it keeps its own printed unit."""
        read = self.figures[before:]
        slips: list[tuple[Figure, Figure]] = []
        for figure in read:
            unit = _money_unit(figure)
            if not unit or not _level_in_yuan(figure) or not figure.value:
                continue
            wholes = [
                whole
                for whole in read
                if whole is not figure
                and whole.metric in _ancestors(figure.metric)
                and (whole.unit_text, whole.value_role) == (figure.unit_text, figure.value_role)
            ]
            wholes.extend(whole for part, whole in self._listed_under if part is figure)
            for whole in wholes:
                whole_unit = _money_unit(whole)
                if not whole_unit or whole_unit == unit or not whole.value or not _level_in_yuan(whole):
                    continue
                if max(figure.value / whole.value, whole.value / figure.value) < _UNIT_SLIP_FACTOR:
                    continue
                siblings = [
                    other
                    for other in read
                    if other is not figure
                    and other is not whole
                    and _level_in_yuan(other)
                    and other.value
                    and (
                        whole.metric in _ancestors(other.metric)
                        or any(p is other and w is whole for p, w in self._listed_under)
                    )
                ]
                if any(_money_unit(other) == unit for other in siblings):
                    continue  # (the parts are printed in that unit: a unit of their own, no slip)
                slips.append((figure, whole))
                break
        for figure, whole in slips:
            self.figures[:] = [f for f in self.figures if f is not figure]
            self.unparsed.append(
                Unparsed(
                    figure.source_line,
                    figure.value_text,
                    figure.name_text + figure.value_text,
                    f"a part of {whole.metric} ({whole.value_text}) printed in {_money_unit(figure)} at a "
                    f"thousandth or less of it (or a thousand times it): a unit printed for another "
                    f"({_money_unit(figure)} for {_money_unit(whole)}?), which the text means is not certain",
                )
            )

    def _own_scope_at(self, start: int) -> str:
        """The funds its own words tell of a figure at paragraph offset ``start``: those its sentence
        names before it, else the innermost heading's; '' when neither says (never a total's read
        before it: see ``_fund_scope_at``)."""
        if scope := _named_scope(compact(self._text[self._sentence_begin : start])):
            return scope
        return self._headings[-1][1] if self._headings else ""

    def _subject_fund_at(self, start: int) -> str:
        """The fund a figure at paragraph offset ``start`` is of when its sentence opens with it (the
        words before the sentence's first amount name it: '2024年度政府性基金预算财政拨款年初结转和结余…')
        or, when the sentence names no fund before the figure, the innermost heading's; '' else (a
        fund named among an income's sources later in the sentence is none of its subject)."""
        found = [a for a in self._sentence_found if a.start >= self._sentence_begin]
        opening = found[0].start if found else start
        opened = compact(self._text[self._sentence_begin : min(opening, start)])
        if not _PARTS_OPENING.match(opened) and (scope := _named_scope(opened)):
            # ('其中：一般公共预算拨款X，政府性基金预算拨款Y，…，上年结转Z': a list of a total's parts
            # opens with its first part, no subject: the carry-over is the unit's; held-out set 87)
            return scope
        if _named_scope(compact(self._text[self._sentence_begin : start])):
            return ""
        return self._headings[-1][1] if self._headings else ""

    def _fund_scope_at(self, start: int, metric: str = "") -> str:
        """The funds of a figure of ``metric`` ('' for any) at paragraph offset ``start``: those of
        a total read before it in its sentence; else those its sentence names before it ('一般公共预算
        财政拨款支出…，主要用于：…'); else those of the last total (not 0) or lead-in read since the
        last heading; else the innermost heading's, unless that heading names the other part of the
        spending ('（四）一般公共预算基本支出情况' … '项目支出32488.00万元': the 项目支出 of all
        funds may follow; held-out set 84); '' when nothing says (FUND_SCOPES)."""
        if self._sentence_total_scope:
            return self._sentence_total_scope
        if scope := _named_scope(_after_other_side(compact(self._text[self._sentence_begin : start]))):
            return scope
        if self._total_scope:
            return self._total_scope
        if not self._headings:
            return ""
        level, scope = self._headings[-1]
        parts = self._heading_parts
        if metric and parts and parts[-1][0] == level and _of_other_part(metric, parts[-1][1]):
            return ""
        return scope

    def _numbered_category(self, opening: str) -> None:
        """A numbered paragraph stating figures (``opening``: its words before the first amount,
        compact) that opens with a 类 alone ('（一）教育支出（205类）72,880.25万元，…。其中：') names
        the 类 of the items listed under it, as a heading naming it would, up to the next numbered
        paragraph or heading of its level naming another; one of a level above it ends it."""
        level = _heading_level(opening)
        if not level:
            return
        if code := _heading_category(opening):
            self._category_headings = [(lv, c) for lv, c in self._category_headings if lv < level]
            self._category_headings.append((level, code))
        else:
            self._category_headings = [(lv, c) for lv, c in self._category_headings if lv <= level]

    def _heading_category(self) -> str:
        """The code of the 类 the innermost heading naming one alone names ('（二）教育支出（类）' ->
        '205'), '' when no heading above the text names one."""
        return self._category_headings[-1][1] if self._category_headings else ""

    def _category_before(self, amount: Amount, label: str) -> str:
        """The code of the 类 the sentence names last before the label ``label`` (compact, as
        printed) of ``amount`` ('一般公共服务支出中，人大事务（款）…' -> '201',
        ``metrics.category_named_last``), '' when it names none."""
        before = compact(self._text[self._sentence_begin : amount.start])
        if label and before.endswith(label):
            before = before[: -len(label)]
        return m.category_named_last(before)

    def _category_before_codes(self, amount: Amount, label: str) -> str:
        """The code of the 类 the sentence names last before the label ``label`` (compact, as
        printed) of ``amount``, the items of codes alone in brackets between them aside ('城乡社区
        支出中，（21208）X万元，（21213）Y万元': 212 for both), '' when it names none."""
        before = compact(self._text[self._sentence_begin : amount.start])
        if label and before.endswith(label):
            before = before[: -len(label)]
        return m.category_named_last(_CODES_ALONE_BEFORE.sub("", before))

    def _item_of(self, paragraph: Paragraph, found: list[Amount]) -> None:
        """Final accounts: the 类/款/项 item a paragraph is about. An item heading ('2、一般公共
        服务支出（类）…（项）') names it, also when wrapped over two paragraphs; it holds for the
        paragraphs after it up to the next numbered heading."""
        before, self._previous = self._previous, paragraph.text
        before_stated, self._previous_stated = self._previous_stated, bool(found)
        if self._item_of_paragraph:
            # (an item named inside the paragraph before, '…。全部为…（项），年初预算为X…', was that paragraph's)
            self.item, self._item_conflict, self._item_of_paragraph = "", "", False
        opening = paragraph.text[: found[0].start] if found else paragraph.text
        own = compact(opening)
        head = compact(before) + own
        numbered = bool(_NUMBERED.match(paragraph.text))
        heading = not found and (
            numbered
            or (
                len(own) <= _MAX_HEADING
                and not _HEADING_PUNCTUATION.search(own)
                and m.topic_of(own) in _OWN_SUBJECT_TOPICS
            )
        )
        # the last path named (a window of the paragraph before could cut a long path's 类 name off:
        # '8.卫生健康支出（类）行政事业单位医疗（款）事业单位医疗（项），主要用于…。' + '年初预算为…')
        path = None
        for path in _ITEM_PATH.finditer(head):  # noqa: B007 - the last match counts
            pass
        if path is not None and path.end() <= len(head) - len(own) and (before_stated or heading):
            # a path wholly in the paragraph before is this one's only when that paragraph stated no
            # figure (an item heading) and this one opens no section of its own: '八、…' + '…支出50万元，
            # 为其他支出（类）…（项）。' + '九、“三公”经费…' starts the 三公 section, about no item
            path = None
        if (
            not before_stated
            and _BRACKETED_CODE_OPENS.match(own)
            and (joined := _coded_item_code(before + opening, self._heading_category()))
            and not joined.startswith(_UNTOLD_CODE)
        ):
            # '3.社会保障和就业支出（208）…机关事业单位基本养老保险缴费支出' then, on the next line,
            # '（2080505）：年初预算为X': the item heading's names and the code opening this paragraph
            # are one item
            self.item = _CODED_ITEM + joined
            self._item_conflict = ""
        elif code := _coded_item_code(opening, self._heading_category()):
            # '1.一般公共服务支出（201）…行政运行（2010401）。年初预算为X，支出决算为Y': an item named
            # with its printed code in a clause of its own; its role-word figures are that code's
            self.item = _CODED_ITEM + code
            clause = _ITEM_CLAUSE_END.split(m.plain_code_text(opening), maxsplit=1)[0]
            self._item_conflict = m.code_name_conflict(clause) if code == _UNTOLD_CODE else ""
        elif path:
            if not (path.end() <= len(head) - len(own) and self.item.startswith(_CODED_ITEM)):
                # (a path wholly in the heading before that printed its code too, '1.…（项）（2130122）。'
                # then '年初预算为X': the code read from the heading stays the item)
                self.item = _path_text(path)
        elif kuan := _KUAN_ONLY.search(compact(paragraph.text[: found[0].start] if found else paragraph.text)):
            # '9.社会保障和就业支出（类）行政事业单位养老支出（款）。年初预算为X，支出决算为Y': an item named by
            # its 类 and 款 alone; its role-word figures are that 款's (resolved by name, or reported),
            # never the totals (the 支出决算 was read as the spending total: WRONG before)
            self.item = _level_name(kuan.group("lei")) + "/" + _level_name(kuan.group("kuan")) + "/"
        elif category := _CATEGORY_ONLY.search(compact(paragraph.text[: found[0].start] if found else paragraph.text)):
            # '2.“一般公共服务支出（类）。年初预算为X，支出决算为Y': an item named by its 类 alone; its
            # role-word figures are that 类's (expenditure_category), never the totals
            self.item = _level_name(category.group("lei")) + "//"
        elif self.item and found and (listed := _NAME_BEFORE_ROLES.fullmatch(own)) and not m.topic_of(listed["name"]):
            # '（2130109）农产品质量安全：年初预算X，…' then '农村社会事业：年初预算0万元，支出决算Y': the
            # next item of the list, named without its code; its role-word figures are that name's
            # (resolved by name against the tables and seeds/reference, or reported), never the
            # item's before it
            self.item = "//" + listed["name"]
        elif numbered or heading:
            # a numbered paragraph (a heading, or a statement of its own: '（二）政府性基金预算财政拨款
            # 支出年初预算为X，…' after an item's '2.…（2081902）：年初预算为…'), or a heading of no number
            # naming a subject of its own ('“三公”经费财政拨款支出决算情况说明'), ends the item before it
            self.item, self._item_conflict = "", ""

    def _part_of_carryover(self, anchor: Figure | None, state: dict[str, str], label: str, at: int) -> bool:
        """True when a fund's income labelled ``label`` (its amount at paragraph offset ``at``) is
        listed after a 其中 that follows a carry-over figure (``anchor``), or after such a part in the
        same sentence: a part of that carry-over by fund (``_carryover_parts`` records it). A
        carry-over listed after the 其中 is a part beside the funds ('收入预算X，其中：上年结转Y；一般公共
        预算拨款收入Z'), none of its whole."""
        said = compact(self._text[self._sentence_begin : at])
        opened = said.rfind("其中")
        if (
            anchor is not None
            and anchor.metric in _CARRYOVERS
            and (state.get("parts") or _PART_LEAD.match(compact(label)))
            and opened >= 0
            and compact(anchor.value_text) in said[:opened]
        ):
            self._carryover_parts = (anchor, self._sentence_begin)
            return True
        listed = self._carryover_parts
        return listed is not None and (anchor is None or anchor is listed[0]) and listed[1] == self._sentence_begin

    def _part_of_item(self, anchor: Figure | None, state: dict[str, str], label: str) -> bool:
        """True when a basic or project spending labelled ``label`` is a part of a 类/款/项 figure:
        listed after 其中 right under it (``anchor``, the figure before the list), or named after
        such a part was refused in the paragraph with nothing but that item's figure and its change
        read since ('…支出预算700万元；其中：基本支出300万元；…。项目支出400万元'); records the
        item for the sentences after it (``_item_parts``, reset by each paragraph)."""
        if (
            anchor is not None
            and anchor.metric in _ITEM_METRICS
            and (state.get("parts") or _PART_LEAD.match(compact(label)))
        ):
            self._item_parts = anchor
            return True
        item = self._item_parts
        if item is None or not any(f is item for f in self.figures):
            return False
        since = self.figures[next(i for i, f in enumerate(self.figures) if f is item) + 1 :]
        return all(f.function_code == item.function_code and m.change_base(f.metric) == item.metric for f in since)

    def _sentence(
        self, paragraph: Paragraph, sentence: Sentence, found: list[Amount], topic: str, unit_text: str
    ) -> str:
        """``found``: the amounts of the sentence (paragraph offsets), in order."""
        changed_before, self._sentence_changed = self._sentence_changed, False
        tail, self._percent_tail = self._percent_tail, None
        other_year_before, self._other_year_money = self._other_year_money, False
        if (
            not found
            and self.final_accounts
            and sentence.start > 0
            and (sentence_path := _PATH_SENTENCE.fullmatch(compact(sentence.text)))
            and not m.coded_path_code(sentence_path.group("path"))
            and (
                path := _ITEM_PATH.search(sentence_path.group("path")) or _KUAN_PATH.search(sentence_path.group("path"))
            )
        ):
            # '…主要用于：' then '一般公共服务支出（类）…（款）行政运行（项）。年初预算为X，支出决算为Y' run on in
            # the lead's paragraph: a sentence that is an item's path alone names the item of the
            # role words after it (never the paragraph's total); so does one ending at its 款
            self.item = _path_text(path)
        if not found and not _WORDING_HINT.search(compact(sentence.text)):
            topic = _carried_topic(sentence, topic, self._topic_of)
            self._carry_plain(sentence, topic)
            self._staff_before = {}
            return topic
        state: dict[str, str] = dict(self._carried)
        wholes_before: list[Figure] = []  # the figures of the sentence before whose parts this one lists
        if self._staff_before and _PART_LEAD.match(compact(sentence.text)):
            # '核定事业编制40名，年末实有职工45人。其中在编38人，合同制人员7人。': the parts a sentence
            # opens with (其中) are of the count of people the sentence before ended with: read in the
            # state that count left (metric_wording.csv), as parts of its figures, never as a new
            # statement of the staff
            state.update(self._staff_before)
            wholes_before = self._staff_wholes
        elif sentence.start > 0 and _PART_LEAD.match(compact(sentence.text)):
            # '公务接待费…支出决算为2.18万元，完成年初预算的43.60%。其中：国内公务接待费1.96万元，…': the
            # parts a sentence opens with (其中) are of the money the sentence before stated (held-out
            # set 91: the part named like its whole was read as it, a conflict failed the run)
            wholes_before = [
                f
                for f in self.figures[max(self._sentence_figures, self._paragraph_read) :]
                if f.value_unit == "yuan"
                and not f.metric.endswith("_change_vs_prior_year")
                # (the income and spending totals' parts after 其中 are weighed by the totals' own
                # rules: '财政拨款收入总计X。其中：本年财政拨款收入Y，…', fiscal_totals_with_their_carryover)
                and not f.metric.startswith(("income_", "expenditure_", "fiscal_", "grand_total"))
            ]
        if _about_classification(sentence.text):
            state["classified"] = "1"
        if _one_funding_kind(sentence.text):
            # '…其中行政编制12人、全部补助事业编制17人': the sentence names the fully funded 事业 posts
            # (or staff) and no other funding kind of them: those are its 事业 ones (metric_wording.csv)
            state["staff_one_funding"] = "1"
        if _people_funding_split(sentence.text):
            # '编制人数50人，在职人数40人（全额拨款30人，…）': the parts by funding are of the staff in post
            # counted right before them, though the whole 编制 was read before (metric_wording.csv)
            state["staff_funding_of_people"] = "1"
        if _funding_parts_add_up(sentence.text):
            # '现有干部职工58人，其中财拨人员35人，自筹人员23人': the parts by funding add up to the staff
            # counted before them (metric_wording.csv)
            state["staff_funding_adds_up"] = "1"
        if self._funded_posts_alone:
            # '本委员会核定全额拨款事业编制15名。': the paragraph's only posts, named by their funding, are
            # its 事业编制 (metric_wording.csv)
            state["staff_funding_posts_alone"] = "1"
        if self._budget_funding_alone:
            # '现有全额拨款在职人员16人': the only funding the paragraph names is the budget's: the staff
            # in post named by it are the staff in post (metric_wording.csv)
            state["staff_budget_funding_alone"] = "1"
        if self._one_worker_posts:
            # '行政编制10个，行政工勤编制2个': the only 工勤 the paragraph names (metric_wording.csv)
            state["staff_worker_posts_alone"] = "1"
        if self._in_post_once:
            # '现有在职教师46人，退休教师12人': the paragraph's only count of the people in post (a
            # profession's, then the staff in post: metric_wording.csv)
            state["staff_in_post_once"] = "1"
        if self._hired_once:
            # '在职教师38人，代课教师4人': the paragraph's only count of hired staff (metric_wording.csv)
            state["staff_hired_once"] = "1"
        if self._civil_service_alone:
            # '实有参公事业人员3人' in a unit that names no 行政 posts or people: its 行政（含参公）staff
            state["staff_civil_service_alone"] = "1"
        if self._one_kind_posts:
            # '核定事业编制40名，实有人数46人': the unit names one kind's posts alone (metric_wording.csv)
            state["staff_one_kind_posts"] = "1"
        if self._own_one_kind:
            # '核定事业编制40名，实有在编人员38人' about the document's own unit, the document naming one
            # kind's posts alone: a count of the staff in post naming no kind is the whole (metric_wording.csv)
            state["staff_own_one_kind"] = "1"
        if _supported_split(sentence.text):
            # '财政供养人数15名，其中在职11名、离退休4名': the funded people, the retired among them, are
            # the unit's people as a whole (metric_wording.csv)
            state["staff_supported_split"] = "1"
        if _EXTRA_BUDGET in paragraph.text:
            # '预算内收入X万元，预算外收入Y万元': beside the money outside the budget (预算外), the 预算内
            # money is a part, never the unit's total (metric_wording.csv)
            state["extra_budget"] = "1"
        if _abroad_and_border_apart(sentence.text):
            # '因公出国3人次，出境2人次': two parts of 因公出国（境）, neither its total (metric_wording.csv)
            state["overseas_apart"] = "1"
        read_before = self._sentence_read_before = len(self.figures)
        self._change_read = None
        if changed_before and _PART_LEAD.match(compact(sentence.text)):
            # '…较2014年度增加12.40万元。其中：公务接待费减少0.34万元': a sentence opening with 其中
            # right after a change lists the parts' changes against the same base
            state["changed"] = "1"
        parts_changed_of, self._parts_changed_of = self._parts_changed_of, ""
        if (
            changed_before
            and parts_changed_of
            and self._continues_part_changes(
                paragraph.text[sentence.start : found[0].start] if found else "", found, parts_changed_of
            )
        ):
            # '…与上年相比增长10%，其中因公出国（境）费增加0万元，公务用车运行维护费增加2万元。公务接待费
            # 减少0万元，主要是…': a sentence opening with another part of the same whole and its change
            # goes on with the list of the parts' changes before it, against the same base
            state["changed"] = state["part_changes"] = "1"
        self._sentence_total_scope = ""
        self._reason_parts = []
        self._fiscal_sides = None
        if _PART_LEAD.match(compact(sentence.text)):
            # '…财政拨款收支总预算300万元。其中，收入总计300万元，…': a sentence opening with 其中 lists
            # the parts of the figure (not a change) the paragraph read last before it
            whole = next(
                (
                    f
                    for f in reversed(self.figures[self._paragraph_read :])
                    if not f.metric.endswith("_change_vs_prior_year")
                ),
                None,
            )
            self._fiscal_sides = whole if whole is not None and whole.metric == "fiscal_grand_total" else None
        self._sentence_figures = len(self.figures)  # the figures read before this sentence
        self._sentence_item = self.item  # (a 决算's item path when the sentence began)
        anchor: Figure | None = None
        if tail is not None and found and self._money_of_percent(sentence, found[0], tail):
            # '…预算安排9万元，较上年预算下降25%。减少3万元。': a sentence of a bare change in money
            # right after a change in per cent of the figure before it (the amount agreeing with the
            # per-cent) is that figure's change
            anchor, state["compare"] = tail[0], tail[1]
        counted: Figure | None = None  # a count of the anchor's subject read after it (anchor kept)
        included_in: Figure | None = None  # the figure whose included amounts ('含…') were just listed
        in_reason = use_only = use_money = False
        explains = True  # the reason being read follows a change it may explain
        parts_from = -1  # len(figures) where the sentence's parts (after 其中) begin; -1 before any
        last_whole = ""  # 'read' / 'unread': the sentence's last money amount (not a change)
        unread_parts_why = "a part of an amount not understood"  # (the reason its parts are not read)
        if (
            other_year_before
            and _PART_LEAD.match(compact(sentence.text))
            and self._last_sentence is not None
            and self._last_sentence[0] == self._last_sentence[1]
        ):
            # '2022年度收入总计X，支出总计X。其中：本年收入合计Y，…' in a 2023 account: the sentence
            # before printed money of another year and read none of it: the parts a sentence opening
            # with 其中 lists are of that year's amount, never the document's figures
            last_whole = "unread"
            unread_parts_why = "a part of another year's amount (the sentence before), not the document's figure"
        outer: list[Figure | None] = []  # the anchor before a parenthesis holding amounts
        # what the counts before that parenthesis counted ('共17批次（其中外事接待0批次），126人次':
        # the parenthesis's part does not change what the count after it is of), and the kind of
        # 编制 the staff counts were of ('核定编制31名（其中行政编制27名，工勤编制4名），实有29人': the
        # kinds listed inside it are over, the 实有 count after it is the whole's again)
        outer_counted: list[dict[str, str | None]] = []
        # the figure a '其中' list is of, when that figure is itself a part (of metrics.csv part_of):
        # '项目支出0万元，其中：…，政府性基金0万元' lists the project spending's parts
        listed_of: Figure | None = None
        if (
            _LISTING_SENTENCE.match(compact(sentence.text))
            and self._lead is not None
            and self._lead.metric in _SPENDING_PARTS
        ):
            # '2022年基本支出1259.94万元，比上年增加…。包括：一般公共预算拨款1259.94万元。': a sentence
            # opening with 包括 / 其中 after the basic or project spending lists that spending's parts
            listed_of = self._lead
        self._sentence_start = found[0].start if found else -1
        # ('公务接待19批次，187人次，支出1.85万元': the counts before it are no money)
        self._sentence_money_start = next((a.start for a in found if a.is_money), -1)
        self._sentence_found = found
        self._sentence_begin, self._text = sentence.start, paragraph.text
        following = 0  # index in ``found`` of the first amount not yet placed in a clause
        restating = ""  # the topic of a lead-in to the reasons of its change ('…增减变化的主要原因是：')
        depths = _paren_depths(sentence.text)  # parentheses open before each offset of the sentence
        segment_ended = False
        # the money wholes a 其中 list is opened after in this sentence (whole, offset of the 其中) and
        # the paragraph offset of each figure's amount: a list may run on past a '；'
        part_lists: list[tuple[Figure, int]] = []
        placed: dict[int, int] = {}
        respective = _respective_labels(paragraph.text, sentence, found)
        clauses = sentence.clauses([(a.start, a.end) for a in found])
        resume_reason = False  # a statement inside a reason run-on was read: the run-on goes on after it
        cause_clause = False  # the clause before opened with 由于 / 因为: a cause of what the next one states
        reason_in_parenthesis = False  # the reason run-on opened inside a parenthesis
        reason_list = False  # the reason opened a 其中 list of its own: it runs to the sentence's end
        reason_list_at = 0  # (where that list opened: paragraph offset)
        for index, clause in enumerate(clauses):
            if resume_reason:
                in_reason, resume_reason = True, False
            if segment_ended:
                # '…来访外宾0人次；发生国内接待1次，接待人数共13人': what the counts count holds
                # within a '；'-separated part; so does the kind of 编制 the staff counts are of
                # ('…全部补助事业编制36人；实有人数63人': the 实有 count is the whole's again), and with
                # it whether the kinds made a list and were counted, leaders were counted and a list of
                # the parts of the staff in post is open
                state.pop("counted", None)
                for key in (
                    "staff_kind",
                    "staff_kind_counted",
                    "staff_list",
                    "staff_parts",
                    "staff_leaders",
                    "staff_bracket_parts",
                    "staff_posts_bracket",
                    "role_scope",
                    "staff_organisation",
                    "staff_organisation_counted",
                ):
                    state.pop(key, None)
                listed_of = None
            segment_begins, segment_ended = segment_ended, clause.delimiter in ("；", ";")
            if segment_begins and included_in is not None:
                # ('…总预算4000万元，含某所经费250万元；比上年增加…': the list of what it includes is over)
                anchor = anchor if anchor is not None else included_in
                included_in = None
            # clauses never split an amount and come in order: each takes the amounts that start in it
            first, end = following, clause.start + len(clause.text)
            while following < len(found) and found[following].start < end:
                following += 1
            inside = found[first:following]
            if (
                index
                and clauses[index - 1].delimiter in "：:"
                and not _NUMBERED.match(paragraph.text[clause.start : clause.start + 8])
                and self._staff_in_post_named(clauses[index - 1], state, placed)
            ):
                # '年末实有人数11人：行政编4人，事业编7人', '实有在职人数：行政参公26人，事业41人': the list a
                # colon opens right after the count (or the name) of the staff in post holds its parts, the
                # kinds of the people in post, never of the posts (metric_wording.csv, as after 其中); it
                # is no longer a list of the 编制 read before (as rule -29); a count of the people in post
                # there ('实有人数20人：在编18人，编外2人') is a part, never the whole again (as in a
                # parenthesis: staff_bracket_parts, to the end of the statement). (A numbered list after
                # the colon, '实有人数：1、…', is left as it was read: its items may be of anything.)
                for key in ("staff_whole", "staff_whole_listed", "staff_list", "staff_kind", "staff_kind_counted"):
                    state.pop(key, None)
                state["staff_counted"] = state["staff_parts"] = state["staff_bracket_parts"] = "1"
            if segment_begins and state.get("unread_parts") and inside and not inside[0].is_money:
                # '…国有资产总额X万元，其中固定资产Y万元；共有车辆3辆，其中：一般公务用车1辆': a count
                # opening a new '；'-separated statement is no part of the money not understood before it
                state.pop("unread_parts")
                state.pop("parts", None)
                last_whole = ""
            if (
                segment_begins
                and state.get("parts")
                and part_lists
                and inside
                and inside[0].is_money
                and _new_side(paragraph.text[clause.start : inside[0].start], part_lists[-1][0])
            ):
                # '收入预算1800万元，其中：…，事业收入300万元；支出预算1800万元，其中：…': a '；'-separated
                # part opening with the other side (支出 after a list of 收入, or 收入 after 支出) is a
                # new statement, no part of the list before it
                state.pop("parts")
                anchor, counted = None, None
            if outer and not depths[clause.start - sentence.start]:
                # '购置及运行费36万元（购置费0万元，运行维护费36万元），较上年无增减': after the
                # parenthesis, a change is of the figure before it, not of the parts inside it
                anchor = outer.pop()
                _restore(state, outer_counted.pop())
            lead = clause.text[: inside[0].start - clause.start] if inside else clause.text
            reason = _REASON.search(lead)
            closed_reason = 0  # (the paragraph offset after the parenthesis that closed a reason)
            if (
                reason
                and depths[clause.start - sentence.start + reason.start()]
                and (
                    _PARTS_AFTER_PARENTHESIS.search(lead, reason.end())
                    or (inside and not depths[inside[0].start - sentence.start])
                )
            ):
                # '（主要是人员增加原因造成）其中：基本支出Y万元': the reason closed with its parenthesis;
                # '…（比上年减少Z万元，主要是压减会议培训费用）2010303　机关服务　X万元': so did this one, the
                # amount after it is stated, named by the words after the parenthesis
                if inside and not depths[inside[0].start - sentence.start]:
                    closed_reason = clause.start + max(lead.rfind("）"), lead.rfind(")")) + 1
                reason = None
            if (
                reason
                and (not inside or inside[0].is_money)
                and self._coded_item_not_reason(lead, reason, anchor, clause, _next_lead(clauses, index, found))
            ):
                # '…（款）用于社会福利的彩票公益金支出（项）（2296002）X万元': 用于 inside an item's name; '城乡
                # 社区支出（212）X万元，主要是2120899…支出Y万元': a 类's composition, no change before it
                reason = None
            if (
                reason
                and inside
                and inside[0].is_money
                and (topic == "procurement" or "政府采购" in sentence.text)
                and _PROCUREMENT_USE.fullmatch(compact(lead[reason.start() :]))
            ):
                # '2025年政府采购预算总额42万元，用于采购货物预算42万元': what the procurement buys, named
                # by a part of it and nothing else, is that part (as '其中采购工程X万元'), no use of money
                reason, in_reason = None, False
            if (
                reason
                and reason.group() == "用于"
                and _OPERATING_DEFINITION.search(
                    compact(paragraph.text[sentence.start : clause.start + reason.start()])
                )
            ):
                # '本部门…维持机关运行，用于一般公共预算安排的行政运行经费，合计X万元': the use the
                # definition of 机关运行经费 states is what the money is, no reason of a change
                reason = None
            if (
                reason
                and not inside
                and not paragraph.text[: sentence.start].strip()
                and _TITLE_BEFORE_USE.fullmatch(compact(paragraph.text[sentence.start : clause.start]))
                and _DEFINITION_OPENER.match(compact(clause.text))
            ):
                # '2080501行政单位离退休：主要用于…的支出，2026年预算安排X', '（五）专项收入：系指按规定
                # 用于…的收入，…': the definition (or use) right after the title run in before a colon
                # opening the paragraph describes what the title names, the amount after it is the
                # title's (``_titled_by``, ``_item_head``), no use of money nor a reason
                reason = None
            if restating and in_reason and not reason and _YEAR_FIRST.match(lead):
                # '“三公”经费预算增减变化的主要原因是：2018年“三公”经费支出预算合计24.75万元，比上年
                # 减少4.65万元': after a lead-in naming the topic, a statement opening with the year
                # and naming the same topic restates the figure and its change, it gives no reason
                in_reason = m.topic_of(compact(lead)) != restating
            restating = ""
            if cause_clause and in_reason and not reason:
                # '…，由于新招聘教师手续未办齐，实际纳入预算132人，退休人员64人': a clause opening with
                # 由于 is the cause of the clause after it, which states (unlike '主要原因是…', whose
                # run-on goes on)
                in_reason = False
            cause_clause = reason is not None and reason.start() == 0 and reason.group() in ("由于", "因为")
            if in_reason and not reason and _LIST_NUMBER.match(clause.text) and clause.delimiter in ("、", ""):
                in_reason = False  # '…，主要原因是严控经费，三、公务接待费X': a numbered item ends the reason
            if (
                in_reason
                and reason_in_parenthesis
                and not reason
                and (
                    _PARTS_AFTER_PARENTHESIS.search(lead)
                    or (
                        inside
                        and not depths[inside[0].start - sentence.start]
                        and any(mark in lead for mark in _CLOSING)
                    )
                )
            ):
                # '总支出X万元，…，（主要是人员增加原因造成）其中：基本支出Y万元': the reason closes with
                # its parenthesis; 其中 after it opens the parts of the figure before the parenthesis, and
                # an amount after it is stated ('…（…，主要是…，…）2010303　机关服务　X万元')
                in_reason = False
            if in_reason and not reason and self._year_pair_statement(clauses, index, lead, found, following, topic):
                # '…，增加原因是人员工资增加，2017年项目支出2415万元，2016年项目支出362万元，与上年相比增了
                # 2053万元': this year's figure and the prior year's of the same metric end the reason
                in_reason = False
            if reason and not (not inside and clause.delimiter in ("：", ":") and _BREAKDOWN.search(compact(lead))):
                in_reason, use_money = True, False
                reason_in_parenthesis = bool(depths[clause.start - sentence.start + reason.start()])
                if not inside and clause.delimiter in ("：", ":") and _CHANGE_OF.search(lead[: reason.start()]):
                    restating = m.topic_of(compact(lead[: reason.start()]))
                use_only = reason.group().endswith("用于")  # what the money is for, not why it changed
                # whether the reason (or use) follows a change it may explain, stated before it in
                # the paragraph ('收入较上年增加60万元，主要是…', '…增减变化的主要原因是：'): if not,
                # nothing makes its amounts an explanation, and they are reported, never dropped
                explains = changed_before or bool(
                    _CHANGE_STATED.search(compact(paragraph.text[: clause.start + reason.start()]))
                )
            if (
                in_reason
                and use_only
                and not use_money
                and anchor is not None
                and inside
                and inside[0].is_money
                and _opens_change(lead)
            ):
                # '公务用车购置支出151.68万元，主要用于…，比上年预算数增加27.78万元': the change of the
                # figure before 用于 (the uses named no amount of their own)
                in_reason = False
            if (
                in_reason
                and use_only
                and not use_money
                and not reason
                and not inside
                and anchor is not None
                and (_COMPARE.fullmatch(compact(clause.text)) or _FLAT_CLAUSE.fullmatch(compact(clause.text)))
            ):
                # '公务用车购置费34.71万元，…，用于公务活动使用等，与2016年相比，公务用车购置费减少
                # 79.4万元': a comparison clause ends the uses (which named no amount): a statement; so
                # does a flat one ('因公出国（境）费18万元，主要用于…考察等，与上年持平': the figure's change, 0)
                in_reason = False
            if (
                in_reason
                and use_only
                and not reason
                and inside
                and inside[0].unit in ("批次", "次", "人次")
                and _RECEPTION_COUNT_LEAD.fullmatch(compact(lead))
            ):
                # '公务接待费支出0.60万元，主要用于公务接待伙食费支出，公务接待3批次、27人次': the
                # reception's own counts after what its money was for, not a use of it
                in_reason = False
            if (
                in_reason
                and use_only
                and not reason
                and inside
                and inside[0].unit in ("个", "次")
                and anchor is not None
                and anchor.metric == "three_public_overseas"
                and _OVERSEAS_COUNT_LEAD.fullmatch(compact(lead))
            ):
                # '因公出国（境）费8万元，主要用于赴…开展技术交流，2个团组7人': the trips' own counts
                # after what the money was for, not a use of it
                in_reason = False
            if (
                in_reason
                and inside
                and inside[0].unit in ("个", "次")
                and anchor is not None
                and anchor.metric.startswith("three_public_overseas")
                and (plan := _OVERSEAS_PLAN.search(compact(paragraph.text[sentence.start : inside[0].start])))
                and not _ANY_DIRECTION.search(plan.group())
            ):
                # '因公出国（境）费48万元，…，主要原因是严格控制团组数量，2025年计划安排运动队出国（境）参赛、
                # 集训团组4个、26人次' / '…，主要用于…业务交流（计划安排团组1个、4人次）': the trips the
                # year plans, after a reason or a use, are the overseas spending's own counts
                reason, in_reason = None, False
            if (
                in_reason
                and inside
                and inside[0].unit in ("批次", "次", "批")
                and anchor is not None
                and anchor.metric.startswith("three_public_reception")
                and _RECEPTION_PLAN.search(compact(paragraph.text[sentence.start : inside[0].start]))
            ):
                # '公务接待费12.60万元，…，主要原因是…压减接待批次，全年计划国内公务接待42批次、350人次': the
                # receptions the year plans, after a reason, are the reception spending's own counts
                reason, in_reason = None, False
            if (
                in_reason
                and use_only
                and inside
                and inside[0].is_money
                and anchor is not None
                and anchor.metric in _BASIC_AND_PARTS
                and not anchor.metric.endswith("_change_vs_prior_year")
                and _BASIC_PART_IN_USE.fullmatch(compact(lead[reason.end() :] if reason else lead))
            ):
                # '基本支出X万元，主要用于人员经费Y万元、公用经费Z万元', '…，主要用于保障…运转，包括人员经费Y元、
                # 日常公用经费Z元': what the basic spending is used for, named by its own parts with their
                # amounts, is its split: the parts are read (no change in it to explain)
                reason, in_reason = None, False
            if (
                in_reason
                and not reason
                and inside
                and inside[0].is_money
                and (use_only or (index + 1 < len(clauses) and _REASON.match(compact(clauses[index + 1].text))))
                and _names_three_public_part(compact(lead))
            ):
                # ('…公务用车购置费X万元，用于购置1辆应急保障用车，公务用车运行维护费Y万元': after a use,
                # a 三公 part named in full with its amount is the next statement too)
                # '…，主要原因是…核减公务用车运行费预算，公务用车购置费0万元，主要原因是严控经费': a 三公
                # part named in full, its amount and then its own reason: a statement, not the reason
                in_reason = False
            dated = (
                compact(clauses[index - 1].text)
                if index and _AS_OF_YEAR_END.fullmatch(compact(clauses[index - 1].text))
                else ""
            )
            if in_reason and not reason and self._year_count_statement(dated + lead, inside, respective):
                # '…，主要是2016年公务用车改革完成，保留车辆数减少，2016年公务用车购置数及保有量分别为1辆
                # 和130辆': this year's counts, each named in full by a count rule: stated, not a reason
                # (also after a clause of the year's end alone: '…，主要用于…燃料费等，截至2023年12月31日，
                # 公务用车保有量23辆')
                in_reason, resume_reason = False, True
            if (
                in_reason
                and not reason_list
                and (
                    (not inside and _LIST_OPENED.search(compact(clause.text)))
                    or (inside and not reason and _PART_LEAD.match(compact(lead)))
                )
            ):
                # a 其中 list opened inside a reason runs to the sentence's end: the total's composition
                # when each item is a part of it with its share ('…下降5.3%主要原因是减少会议经费支其中：
                # 财政拨款收入800万元，占88.9%；事业收入100万元，占11.1%': a stop lost before 其中), read
                # whole; else the reason's own parts ('…，其中：培训费增加5万元'), none read (never half
                # of a list: a '；' between its items does not end the reason)
                items = found[following - len(inside) :]
                list_begin = clause.start if inside else clause.start + len(clause.text)
                if self._composition_listed(paragraph.text, anchor, items, list_begin, topic):
                    in_reason = False
                    if not inside:
                        state["parts"] = "1"
                        if anchor is not None:
                            part_lists.append((anchor, clause.start))
                        continue
                else:
                    reason_list, reason_list_at = True, clause.start
            if in_reason:
                bought = self._bought_with(paragraph, sentence, clause, lead, inside, anchor, use_only, unit_text)
                if bought:
                    self.figures.extend(bought)
                    inside = inside[1:]
                held = self._held_in_reason(paragraph, clause, lead, inside)
                if held is not None:
                    # '…增长12.5%，主要原因为…新增2辆车，…，单位车辆保有量9辆': the vehicles held,
                    # stated inside the reason, explain the change: not the year's count, reported
                    self.unparsed.append(held)
                    inside = inside[1:]
                if not use_only and self._reason_parts is not None and inside and inside[0].is_money:
                    part = self._part_change_in_reason(paragraph, sentence, clause, lead, inside, topic)
                    self._reason_parts = None if part is None else [*self._reason_parts, part]
                stated = (
                    None
                    if use_only
                    else self._statement_in_reason(paragraph, clauses, index, lead, inside, found, following)
                )
                if stated is not None:
                    # '…主要是因为严格执行规定,严控281.5万元，比2017年减少23.4万元': an amount with its
                    # own change is a figure stated, not a reason, yet its label was lost: a problem
                    # (not after 用于: '主要用于购置车辆30万元，比上年增加5万元' names a use)
                    self.unparsed.append(stated)
                    inside = inside[1:]
                if explains:
                    self.reasons += len(inside)
                else:
                    # '本部门用于办公设备购置的资金，合计20万元': a use or a reason that follows no change
                    # explains nothing; its amount is not read, and reported
                    self.unparsed.extend(
                        Unparsed(
                            paragraph.line_at(a.start),
                            a.text.strip(),
                            compact(paragraph.text[clause.start : a.start]) + a.text.strip(),
                            "inside a use or reason (用于… / 主要是…) that follows no change it could explain: not read",
                        )
                        for a in inside
                    )
                use_money = use_money or any(a.is_money for a in inside)
                if clause.delimiter in ("；", ";") and (
                    not reason_list or _SEMICOLON.search(paragraph.text, sentence.start, reason_list_at)
                ):
                    # (a list inside the reason ends at a '；' when the sentence's own list before it
                    # parts its items with '；': '…；事业收入X，主要是医疗收入，其中门急诊收入Y、住院收入Z；
                    # 经营收入W，…' goes on with the income's list; held-out set 91)
                    in_reason = False
                continue
            if self.final_accounts and inside and (path := _ITEM_PATH.search(compact(lead))):
                # '…支出具体情况如下：住房保障支出（类）…（款）…（项）135.00万元，…。年初预算为…':
                # an item named inside a paragraph (after a lead-in with its own amounts) is what
                # the role words after it are about, never the document's total (its code when it
                # prints one that is trusted: '…（项）（2140106）年初预算X，调整预算Y')
                coded = _coded_item_code(lead, self._heading_category())
                self.item = _CODED_ITEM + coded if coded not in ("", _UNTOLD_CODE) else _path_text(path)
            named = self._topic_of(compact(lead))  # ('绩 效 目 标': letter-spaced text)
            if not inside and _MAINLY_OF_BEFORE.match(compact(lead)):
                # '…其中：货物类X万元，主要为环卫作业车辆及分类垃圾桶；工程类Y万元': what the amount before
                # mainly is (no amount of its own) names no subject of the statement after it
                named = ""
            # a sentence about performance targets stays so: the 支出 / 收入 its money is part of
            # does not make that money an expenditure or income total
            if named and not (
                named in ("income", "expenditure") and (topic == "performance" or _restates_in_role(lead, topic))
            ):
                topic = named
            if "政府采购" in self._without_own_topic_words(compact(clause.text)) and _GPB_SOURCE.search(lead):
                state["procurement_subset"] = "1"
            if not inside:
                bare = compact(clause.text)
                clause_state(bare, topic, state)  # '组织对0个政府性基金预算项目开展绩效自评，共涉及资金…'
                if self.final_accounts and (role_words := _ROLE_SCOPE.search(bare)) and role_words.end() == len(bare):
                    # '2019年预算中，基本支出300万元，…': a clause naming the budget (or the account)
                    # before 中 says the role of the figures after it in the statement
                    state["role_scope"] = value_role(role_words.group()) or "budget"
                named = bare
                if (
                    self.final_accounts
                    and clause.delimiter in ("，", ",")
                    and (all_of := _ALL_OF_ITEM.match(bare))
                    and index + 1 < len(clauses)
                    and _ITEM_ROLE_OPENING.match(compact(clauses[index + 1].text))
                ):
                    # '…支出320.00万元。全部为社会保障和就业支出（类）…（项），年初预算为300.00万元，调整预算为…':
                    # the item all the spending went to, its role-word amounts after it, as after a colon
                    named = bare[all_of.end() :]
                if (
                    self.final_accounts
                    and (clause.delimiter in ("：", ":") or named != bare)
                    and (coded := _coded_item_code(named + "：", self._heading_category()))
                    and not coded.startswith(_UNTOLD_CODE)
                    and _fits_categories(
                        named, coded, (m.category_named_last(compact(self._text[self._sentence_begin : clause.start])),)
                    )
                ):
                    # '…。其中：2050205高等教育：全年预算X，支出决算Y' (a list run on after the
                    # paragraph's lead): an item named with its trusted code before a colon inside
                    # the paragraph; the role-word amounts after it are that code's
                    self.item = _CODED_ITEM + coded
                    self._item_of_paragraph = named != bare
                elif (
                    self.final_accounts
                    and (clause.delimiter in ("：", ":") or named != bare)
                    and (path := _ITEM_PATH.search(named))
                    and path.end() == len(named)
                    and not _coded_item_code(named + "：", self._heading_category())
                ):
                    # '…。主要支出项目：一般公共服务支出（类）…（款）行政运行（项）：年初预算X，支出决算Y'
                    # (a list run on after the paragraph's lead): an item named by its levels' names
                    # before a colon; the role-word amounts after it are that item's
                    self.item = _path_text(path)
                    self._item_of_paragraph = named != bare
                if _STAFF_IN_POST_AMONG.fullmatch(bare):
                    # '实有在编人员中，行政人员29人，事业人员18人': the kinds after it count the staff in
                    # post (metric_wording rules 47, 48), whose whole is not printed
                    state["staff_counted"] = "1"
                if _PART_LEAD.match(bare):
                    state["parts"] = "1"  # '…X，其中：' the amounts after it are parts of X
                    if anchor is not None and anchor.value_unit == "yuan":
                        part_lists.append((anchor, clause.start))
                        if anchor.metric == "fiscal_grand_total":
                            self._fiscal_sides = anchor
                    listed_of = anchor if anchor is not None and anchor.metric in _SPENDING_PARTS else None
                    if last_whole == "unread":
                        state["unread_parts"] = "1"  # ... and X was not understood
                if (subject := m.change_subject(bare)) and classify_money(subject, m.topic_of(subject) or topic, {})[0]:
                    # '公务用车运行维护费支出决算比预算无增减变化，比去年增加1.35万元': the clause names
                    # the subject of the changes after it (against the budget or the prior year)
                    state["subject"] = subject
                if _COMPARE.search(bare) and not _FLAT_CLAUSE.search(bare):
                    state["compare"] = bare  # (its base: the prior year, or this year's budget)
                elif percent := _PERCENT_CHANGE.match(bare):
                    # '…962万元，较2017年预算增长14.5%，增支119万元': a change in per cent names the
                    # comparison the money change after it is made against
                    state["compare"] = percent.group("base")
                elif disposed := _disposal_of(bare):
                    state["disposed"] = disposed  # '处置房屋建筑物0平方米，账面原值X': the book value's assets
                elif "绩效" in sentence.text and (project := _project_name(bare)):
                    # '（一）12345热线工作经费，年初预算X，绩效目标：…': the amounts after it are the project's
                    state["project"] = project
                elif anchor is not None and (item := self._unread_item(paragraph, clauses, index, bare, anchor, topic)):
                    # '公务接待费14.6万元；公务用车运行维护费2.8，比2025年减少0.3万元': the clause names
                    # another item, whose amount was not read: a change after it is that item's
                    # (read when its label names a metric), never the earlier clause's figure's
                    anchor, counted = None, None
                    state["subject"] = item
                    self._unread_at = len(self.figures)
                elif anchor is not None and (
                    kind := self._vehicles_all_of_kind(paragraph, sentence, clause, bare, anchor)
                ):
                    # '共有车辆4辆，均为一般公务用车': the count before it is all of that kind too
                    self.figures.append(kind)
                elif (whole_posts := counted or anchor) is not None and (
                    posts := _posts_all_of_kind(paragraph, sentence, clause, bare, whole_posts)
                ):
                    # '本部门编制34人，均为行政编制': the posts counted before it are all of that kind too
                    self.figures.append(posts)
                elif (
                    self.final_accounts
                    and anchor is not None
                    and anchor.value_unit == "yuan"
                    and anchor.value_role == "budget"
                    and not anchor.metric.endswith("_change_vs_prior_year")
                    and _NOT_ADJUSTED.fullmatch(bare)
                ):
                    # '（项）。年初预算为1300.00万元，年中未调整，支出决算为…': the budget was not adjusted, the
                    # adjusted budget is the budget
                    self.figures.append(
                        replace(
                            anchor,
                            value_role="adjusted_budget",
                            source_line=paragraph.line_at(clause.start),
                            source_text=sentence.segment_text(clause.start),
                            by_wording=True,
                        )
                    )
                elif anchor is not None and (whole_item := _item_all_of(paragraph, sentence, clause, bare, anchor)):
                    # '卫生健康支出（210类）28.78万元，为行政单位医疗（2101101）': the 类 is all that item
                    self.figures.append(whole_item)
                elif (anchor is not None and anchor.value_unit == "yuan") or _WORDING_HINT.search(bare):
                    self._named_subject = state.get("subject", "")
                    of_counts = (
                        counted is not None and anchor is not None and counted.metric.startswith(anchor.metric + "_")
                    )
                    # (a flat clause right after the counts may be theirs: '接待74批次，813人次，与上年持平')
                    wording_subject = counted if of_counts else anchor
                    listed = _listed_before(clauses, index, found)
                    worded = self._wording(paragraph, sentence, clause, bare, topic, wording_subject, unit_text, listed)
                    if (
                        worded is None
                        and anchor is not None
                        and (whole := self._all_of_part(paragraph, sentence, clause, bare, anchor, topic))
                    ):
                        # '面向中小企业预留政府采购预算166.00万元，全部预留给小微企业', '实有在编人员398人，全部为
                        # 财政全额保障人员': the figure before is all of one part of it
                        self.figures.append(whole)
                    if worded is not None and not (anchor is not None and _said_whole(bare, anchor)):
                        # ('总收入X元，全部为财政拨款收入，较上年…增加Y元': the whole stays the subject
                        # of a change after the words saying which part it all is)
                        anchor = worded
                    counted = None
                elif (whole_count := counted or anchor) is not None and (
                    whole := self._all_of_part(paragraph, sentence, clause, bare, whole_count, topic)
                ):
                    # '实有在编人员398人，全部为财政全额保障人员': the people counted before are all of
                    # that funding
                    self.figures.append(whole)
                continue
            if none_bought := _NO_PURCHASE_BEFORE_EQUIPMENT.match(
                compact(paragraph.text[clause.start : inside[0].start])
            ):
                # '2026年部门预算未安排购置车辆及单位价值100万元以上大型设备': no vehicle to buy,
                # stated with the equipment the amount bounds (that amount is no figure)
                self._wording(paragraph, sentence, clause, none_bought.group("vehicles"), topic, None, unit_text)
            if (
                anchor is not None
                and anchor.value_unit == "yuan"
                and not inside[0].is_money
                and (
                    whole_said := _WHOLE_BEFORE_PARENTHESIS.match(
                        compact(paragraph.text[clause.start : inside[0].start])
                    )
                )
            ):
                # '“三公”经费…支出决算0.46万元，全部为公务接待费（3批次、21人次）': the words before the
                # parenthesis of counts say what the whole of the figure before is, as without the counts
                self._wording(paragraph, sentence, clause, whole_said.group("said"), topic, anchor, unit_text)
            segment = sentence.segment_text(clause.start)
            begin = closed_reason or clause.start
            for amount in inside:
                printed = paragraph.text[begin : amount.start]
                if begin == clause.start and amount.start not in respective:
                    # '“三公”经费（含因公出国（境）费、公务接待费、…）预算10万元': the words around the
                    # parenthesis the clause opens inside, never its last item's
                    printed = _around_parenthesis(paragraph.text, clauses[: index + 1], amount, found)
                label = self.without_own_name(respective.get(amount.start, printed))
                if not amount.is_money and (head := _restated_count(paragraph.text, sentence, begin, label, amount)):
                    # '退休人数：（全额退休人员）5人': the bracket restates the kind the count label
                    # before the colon names: the count is that label's
                    label = head
                if amount.start in respective and not label:
                    begin = amount.end
                    anchor = None
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(amount.start),
                            amount.text.strip(),
                            compact(paragraph.text[clause.start : amount.end]),
                            "'分别为' with names and amounts that do not pair: whose amount it is is not certain",
                        )
                    )
                    continue
                begin = amount.end
                if _PART_LEAD.match(compact(label)):
                    parts_from = len(self.figures)  # ('…34人，其中：在编人员21人'): the parts begin
                    if anchor is not None and anchor.value_unit == "yuan":
                        part_lists.append((anchor, clause.start))
                        if anchor.metric == "fiscal_grand_total":
                            self._fiscal_sides = anchor
                    if last_whole == "unread":
                        state["unread_parts"] = "1"
                elif state.get("parts") and parts_from < 0:
                    parts_from = len(self.figures)
                depth = depths[amount.start - sentence.start]
                if not outer and depth:
                    outer.append(anchor)
                    outer_counted.append({key: state.get(key) for key in _PARENTHESIS_KEYS})
                    opened_after = self._bracket_after(paragraph.text, found, amount, placed)
                    if opened_after == "staff_actual":
                        # '实有人员15人（含编内人员9人、编外聘用人员6人）': the parenthesis right after the
                        # count of the staff in post lists its parts (metric_wording.csv; until it closes)
                        state["staff_bracket_parts"] = "1"
                    elif opened_after in _POSTS:
                        # '核定事业编制9人（其中参公人员7名、工勤人员2名）', '核定编制12名（行政10名，工勤2名）':
                        # the parenthesis right after the posts (编制) lists their parts (metric_wording.csv;
                        # until it closes)
                        state["staff_posts_bracket"] = "1"
                elif outer and not depth:
                    anchor = outer.pop()  # (the parenthesis closed inside this clause)
                    _restore(state, outer_counted.pop())
                if excluded := _excluded_by(paragraph.text, sentence.start, amount.start, label):
                    # '基本支出539.61万元（不含离退休人员经费20万元）': what the figure before it leaves
                    # out, no part of it and never the document's value of what it names
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(amount.start),
                            amount.text.strip(),
                            compact(label) + amount.text.strip(),
                            f"an amount the figure before it excludes ('{excluded}'): no part of it, "
                            "and not the document's value of what it names",
                        )
                    )
                    continue
                if amount.is_money and (
                    projects := _counted_projects(paragraph.text, sentence.start, amount.start, found)
                ):
                    # '年初下达预算6个项目300万元（含2个上年结转项目40万元）': the amount of the projects
                    # the inclusion counts, never the unit's carry-over (nor any figure of the unit)
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(amount.start),
                            amount.text.strip(),
                            compact(label) + amount.text.strip(),
                            f"the amount of the projects an inclusion counts ('{projects}'): no figure of the unit",
                        )
                    )
                    continue
                if (
                    (including := anchor if anchor is not None else included_in) is not None
                    and amount.is_money
                    and m.change_direction(label) is None
                    and (whole_at := placed.get(id(including))) is not None
                    and _INCLUSION_RUN.match(paragraph.text[self._amount_end(whole_at) : amount.start])
                    and not classify_money(_INCLUSION_WORD.sub("", compact(label), count=1), topic, dict(state))[0]
                ):
                    # '收支总预算4000万元，含某所经费250万元，某园经费500万元；比上年增加…': money the
                    # figure before it includes, named by nothing the narrative reads (another
                    # unit's money inside it): no figure; once the list is over (a '；', its
                    # parenthesis closed) the figure before it is the subject of a change again (a
                    # change right after an included amount may be that amount's: not read)
                    included_in, anchor = including, None
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(amount.start),
                            amount.text.strip(),
                            compact(label) + amount.text.strip(),
                            "an amount the figure before it includes ('含'), named by nothing read: no figure",
                        )
                    )
                    continue
                if state.get("unread_parts") and not _parts_of_count_before(amount, found):
                    # '事业运行经费总预算X，其中：基本支出Y，项目支出Z': the parts of an amount not
                    # understood are its parts, never the document's totals (nor their changes)
                    anchor = None
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(amount.start),
                            amount.text.strip(),
                            compact(label) + amount.text.strip(),
                            unread_parts_why,
                        )
                    )
                    continue
                if _PART_LEAD.match(compact(label)):
                    listed_of = anchor if anchor is not None and anchor.metric in _SPENDING_PARTS else None
                organ_held = (
                    amount.unit in ("人", "名", "个")
                    and (posts_at := paragraph.text.rfind("编制", sentence.start, amount.start)) >= 0
                    and not _HOLDERS_END.search(paragraph.text, posts_at, amount.start)
                    and _held_with_the_organ(paragraph.text, posts_at)
                )
                if organ_held:
                    # '镇机关及所属某某中心、某某中心等事业单位共有编制96名': posts held by the 机关 with
                    # others are the whole 编制 (metric_wording.csv), for this count only
                    state["staff_organ_held"] = "1"
                holders_joined = amount.unit in ("人", "名") and _holders_joined(paragraph.text, amount.start)
                if holders_joined:
                    # '机关事业单位实有人员83人', '局机关及所属事业单位实有人员83人': the 机关 (or the 行政 units)
                    # with the others count the unit's people as a whole (metric_wording.csv), this count only
                    state["staff_holders_joined"] = "1"
                holds_retired = amount.unit in ("人", "名") and _holds_retired(paragraph.text, amount.end)
                if holds_retired:
                    # '实有人数52人（在职37人，离退休15人）': the count its parts show holds the retired
                    # (metric_wording.csv), for this count only
                    state["staff_holds_retired"] = "1"
                in_post_part = (
                    _sum_holds_retired(paragraph.text, amount.start, amount.value)
                    if amount.unit in ("人", "名")
                    else ""
                )
                if in_post_part:
                    # '在职20人、退休6人、聘用3人，合计29人': the sum of a list that counts the retired holds
                    # them (metric_wording.csv), for this count only
                    state["staff_sum_holds_retired"] = "1"
                posts_summed = amount.unit in ("人", "名") and _sum_of_posts(paragraph.text, amount.start, amount.value)
                if posts_summed:
                    # '核定行政编制20名、事业编制31名，共计51名': the sum of the kinds' posts is the whole
                    # 编制 (metric_wording.csv), for this count only
                    state["staff_sum_of_posts"] = "1"
                more_than_the_kind = (
                    amount.unit in ("人", "名")
                    and self._one_kind_posts
                    and _more_than_the_kind(paragraph.text, amount.start, amount.end, amount.value)
                )
                if more_than_the_kind:
                    # '核定事业编制5名，在编4人，…，实有人数9人': more people than the kind's posts, or parts
                    # beside them (funding, 编外): the full name counts the whole (metric_wording.csv), this
                    # count only
                    state["staff_more_than_the_kind"] = "1"
                beyond_the_kind = (
                    amount.unit in ("人", "名")
                    and not state.get("staff_list")
                    and _parts_beyond_the_kind(paragraph.text, amount.end, state.get("staff_kind", ""))
                )
                if beyond_the_kind:
                    # '核定事业编制60名，实有人员85人，其中编外聘用人员27人': parts outside the kind (编外,
                    # 聘用, 合同制, 劳务派遣, the other kind) listed after it: the count is the whole
                    # (metric_wording.csv), this count only
                    state["staff_parts_beyond_the_kind"] = "1"
                run_in = (
                    amount.unit in ("人", "名") and state.get("staff_list") and _run_in(paragraph.text, amount.start)
                )
                if run_in:
                    # '行政编制24人，工勤编4人，事业编制31人实有35人': a bare 实有 run into the last kind's
                    # count is that kind's (metric_wording.csv), this count only
                    state["staff_run_in"] = "1"
                if (
                    amount is inside[0]
                    and amount.is_money
                    and not amount.value
                    and (each_word := _EACH_LABEL.search(said := compact(label)))
                    and (
                        in_roles := _roles_listed(
                            [compact(c.text).rstrip("、") for c in _listed_before(clauses, index, found)],
                            said[: each_word.start()],
                        )
                    )
                ):
                    # '因公出国（境）费年初预算、支出决算均为0万元': the amount is each name's in each role

                    def zero_of(
                        metric: str, code: str, amount: Amount = amount, said: str = said, segment: str = segment
                    ) -> Figure:
                        zero = replace(
                            _amount_figure(paragraph, amount, metric, said, segment, unit_text), function_code=code
                        )
                        self.figures.append(zero)
                        return zero

                    self._zero_in_roles(
                        paragraph,
                        amount.start,
                        said + amount.text.strip(),
                        in_roles,
                        topic,
                        zero_of,
                        amount.text.strip(),
                    )
                    anchor = None
                    continue
                if (
                    amount is inside[0]
                    and (summed := _SUM_AFTER_NAME.search(compact(label)))
                    and summed.start()
                    and any(
                        self._names_a_metric(compact(before.text).rstrip("、"), amount, topic)
                        for before in _listed_before(clauses, index, found)
                    )
                ):
                    # '社会保障和就业支出、卫生健康支出、住房保障支出合计1227.66万元': the sum of the names
                    # listed with '、' before (one of them naming a metric of its own), never the last
                    # name's figure ('本部门机关、所属事业单位编制共33个': names of no metric, read as before)
                    said = compact(label) + amount.text.strip()
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(amount.start),
                            amount.text.strip(),
                            said,
                            "the sum of several names listed with '、' (合计 / 共计 after the last): no one figure of them",
                        )
                    )
                    anchor = None
                    continue
                self._side_changes = []  # (those of a figure not kept are not kept either)
                both_budgets = (
                    _BOTH_BUDGETS.fullmatch(m.core(compact(label))) if self.final_accounts and amount.is_money else None
                )
                figure = self._figure(
                    paragraph, amount, "年初预算为" if both_budgets else label, topic, anchor, state, segment, unit_text
                )
                if both_budgets and figure is not None and figure.value_role != "budget":
                    figure = None  # (the budget's words did not read as the budget: neither is read)
                if (
                    figure is not None
                    and figure.metric.startswith("three_public_")
                    and (payer := self._other_funds_pay(amount.start))
                ):
                    # '单位资金安排的“三公”经费支出157,300.00元，其中：公务用车运行维护费120,500.00元…': the
                    # 三公 paid by other funds than the 财政拨款 are not the 三公 figures (财政拨款 by the
                    # 三公 statements' definition), nor their parts and counts
                    self.unparsed.append(
                        Unparsed(
                            figure.source_line,
                            amount.text.strip(),
                            compact(label) + amount.text.strip(),
                            f"三公 paid by {payer}, not by the 财政拨款: no 三公 figure of the disclosure",
                        )
                    )
                    figure = None
                if state.pop("staff_one_kind_whole", "") and figure is not None and figure.metric == _STAFF_IN_POST:
                    # '核定事业编制5名，在编4人': the whole staff in post after one kind's posts alone
                    # (metric_wording.csv); beside another whole of the unit, that kind's (kind_reading)
                    figure.kind_reading = _STAFF_IN_POST + state.get("staff_kind", "")
                if holds_retired:
                    state.pop("staff_holds_retired", None)
                if posts_summed:
                    state.pop("staff_sum_of_posts", None)
                if in_post_part:
                    state.pop("staff_sum_holds_retired", None)
                    if figure is not None and figure.metric == _STAFF_IN_POST:
                        # (its 在职 part is then a part, no figure)
                        self._drop_in_post_part(Decimal(in_post_part))
                if more_than_the_kind:
                    state.pop("staff_more_than_the_kind", None)
                if beyond_the_kind:
                    state.pop("staff_parts_beyond_the_kind", None)
                if run_in:
                    state.pop("staff_run_in", None)
                if organ_held:
                    state.pop("staff_organ_held", None)
                if holders_joined:
                    state.pop("staff_holders_joined", None)
                if (
                    figure is not None
                    and printed_sign(paragraph.text, amount.start) == "-"
                    and not figure.metric.endswith("_change_vs_prior_year")
                ):
                    # '收入总额-5万元': a minus before a figure that is no change is never dropped
                    self.unparsed.append(
                        Unparsed(figure.source_line, figure.value_text, compact(label) + figure.value_text, _NEGATIVE)
                    )
                    figure = None
                if state.pop("prior_amount", ""):
                    continue  # (the figure before it keeps its change)
                if amount.is_money and m.change_direction(label) is None:
                    last_whole = "unread" if figure is None else "read"
                if figure is not None and figure.value_unit == "yuan":
                    figure.told_funds = self._fund_scope_at(amount.start, figure.metric)
                    if figure.metric in _ITEM_FIGURES:
                        figure.fund_scope = figure.told_funds
                if self._first_amount:
                    # a paragraph that opens with a 类/款/项 amount is about that item (read or not)
                    self._first_amount = False
                    if m.has_level_mark(label) or (figure is not None and figure.metric in _ITEM_METRICS):
                        self._item = (compact(label), amount.value)
                if (
                    figure is None
                    and amount.is_money
                    and m.change_direction(label) is None
                    and not _BARE_CHANGE_ONLY.match(compact(label))
                ):
                    # a change after an amount not read may be that amount's; not after a bare change
                    # not read ('…8.64万元，比年初预算10.00万元减少1.36万元，较上年减少0.48万元': the
                    # change against the budget is not read, the one after it is still the figure's)
                    anchor = None
                if (
                    figure is not None
                    and depth
                    and outer
                    and (whole := outer[-1]) is not None
                    and self._beside_its_whole(paragraph, whole, figure, amount)
                ):
                    # '上年结转收入0万元（项目预算0万元、政府性基金0万元）': the parenthesis right after an
                    # amount holds its parts; a figure there naming the metric beside that amount (the
                    # same whole's other part: the fund's income beside the carry-over) is the part's
                    # fund or kind, never the document's figure of what it names
                    self.unparsed.append(
                        Unparsed(
                            figure.source_line,
                            figure.value_text,
                            compact(label) + figure.value_text,
                            f"inside the parenthesis of {whole.metric}, a part of it, not the document's "
                            f"{figure.metric}",
                        )
                    )
                    continue
                if (
                    figure is not None
                    and listed_of is not None
                    and _BARE_FUND.fullmatch(m.core(label))
                    and not figure.metric.endswith("_change_vs_prior_year")
                ):
                    # '项目支出0万元，其中：财政性预算项目支出0万元、上年结转项目0万元，政府性基金0万元': a
                    # fund named bare among the parts of the basic or project spending is that part's
                    # money from the fund, never the document's spending of the fund
                    self.unparsed.append(
                        Unparsed(
                            figure.source_line,
                            figure.value_text,
                            compact(label) + figure.value_text,
                            f"a part of {listed_of.metric} (after 其中 / 包括), not the document's {figure.metric}",
                        )
                    )
                    continue
                if (
                    figure is not None
                    and figure.metric in _ITEM_FIGURES
                    and (split_of := self._category_split_of(paragraph, sentence, amount, topic, placed, read_before))
                ):
                    # '基本支出300万元，…，基本支出包括：教育支出200万元、住房保障支出100万元': a 类 list
                    # after a part of the spending is that part's split by 类, never the 类's spending
                    anchor = None  # (a change after it is that part's 类's too)
                    self.unparsed.append(
                        Unparsed(
                            figure.source_line,
                            figure.value_text,
                            compact(label) + figure.value_text,
                            f"a 类 listed as a part of {split_of} (after 其中 / 包括 / 中): that part's split, "
                            f"not the 类's spending",
                        )
                    )
                    continue
                if figure is not None:
                    parts_before = [*wholes_before, *self.figures[read_before:parts_from]] if parts_from >= 0 else []
                    whole = outer[0] if outer else next((f for f in reversed(parts_before) if _level_in_yuan(f)), None)
                    if (
                        (current := _current_year_part(figure.metric))
                        and _THIS_YEARS_PART.match(compact(label))
                        and any(f.metric == figure.metric and f.value > figure.value for f in parts_before)
                    ):
                        # '财政拨款收入X，其中：本年财政拨款收入Y，上年结转财政拨款收入Z': the part named
                        # like its whole with 本年 before it is the year's own part (metrics.csv)
                        figure.metric = current
                    if figure.metric == "income_carryover" and self._carryover_fund(parts_before) == (
                        "fiscal_appropriation"
                    ):
                        # '财政拨款收入预算X，其中：本年财政拨款Y，上年结转Z': the carry-over of all the
                        # 财政拨款 (metrics.csv; one fund's part stays unparsed: _not_the_documents)
                        figure.metric = "income_fiscal_appropriation_carryover"
                    if why := self._not_the_documents(figure, label, parts_before) or _part_of_other_spending(
                        figure, whole
                    ):
                        anchor = None  # (a change after it is that figure's too: not the document's)
                        self.unparsed.append(
                            Unparsed(figure.source_line, figure.value_text, compact(label) + figure.value_text, why)
                        )
                        continue
                    if self._item is not None and _restates_total(figure, label):
                        if figure.value != self._item[1]:
                            self.unparsed.append(
                                Unparsed(
                                    figure.source_line,
                                    figure.value_text,
                                    compact(label) + figure.value_text,
                                    f"a paragraph about {self._item[0]} states another amount without "
                                    "naming what it is",
                                )
                            )
                        self.restated += 1
                        continue
                    self.figures.append(figure)
                    placed[id(figure)] = amount.start
                    if both_budgets:
                        # '（项）：年初预算及调整后预算均为420.00万元': the one amount is the item's budget
                        # and its adjusted budget
                        self.figures.append(replace(figure, value_role="adjusted_budget"))
                    if (aside := _ASIDE_AFTER.match(paragraph.text, amount.end)) and (
                        whole := self._all_of_part(
                            paragraph, sentence, clause, compact(aside.group("words")), figure, topic
                        )
                    ):
                        # '公务用车购置及运行维护费3.00万元（全部为公务用车运行维护费）': all of it one part
                        self.figures.append(whole)
                    if self._side_changes:
                        self.figures.extend(self._side_changes)  # ('…比上年各增加Y': the other side's too)
                        self._side_changes = []
                    if listed_whole := next((f for f in reversed(parts_before) if _level_in_yuan(f)), None):
                        self._listed_under.append((figure, listed_whole))
                    if (
                        amount is inside[0]
                        and amount.is_money
                        and not figure.value
                        and _EACH_LABEL.search(compact(label))
                    ):
                        # '因公出国（境）费、公务用车购置费均为0万元': the amount is every item's
                        self._each_of_joined(figure, label, topic)
                        self._each_of_list(paragraph, _listed_before(clauses, index, found), figure, topic)
                    if figure.metric == "income_carryover" and self.final_accounts:
                        self._carryover_part(
                            figure, self.figures[read_before:-1], paragraph.text[sentence.start : amount.start]
                        )
                    if figure.metric == "income_total":
                        _sum_of_year_and_carryover(figure, self.figures[read_before:-1])
                    if (scope := _TOTAL_SCOPES.get(figure.metric)) and figure.value:
                        # (a total of 0 has no parts: '政府性基金拨款支出预算0万元'); a total its own
                        # sentence or heading tells of one fund scopes that fund (under '二、一般公共预算
                        # 收入支出决算情况': '…收入总计X，本年支出Y，年末结转和结余Z': the spending and the
                        # balance after it are the fund's)
                        scope = _specific_funds(self._own_scope_at(amount.start)) or scope
                        self._total_scope = self._sentence_total_scope = scope
                    if not figure.metric.endswith("_change_vs_prior_year"):
                        if (
                            not (
                                _ALL_OF.match(compact(label))
                                and anchor is not None
                                and anchor.value == figure.value
                                and anchor.value_unit == "yuan"
                            )
                            and not (
                                # ('公务接待费4万元，接待74批次813人，比上年增加2.95万元': the counts of the
                                # money's own subject leave it the subject of a money change after them)
                                anchor is not None
                                and anchor.value_unit == "yuan"
                                and figure.value_unit != "yuan"
                                and figure.metric.startswith(anchor.metric + "_")
                            )
                            and not (
                                # ('公务接待费为12万元，较预算数33万元减少21万元；公务用车…': the budget the
                                # actual is compared with leaves the actual the subject, its role the parts')
                                anchor is not None
                                and figure.metric == anchor.metric
                                and anchor.value_role == "actual"
                                and figure.value_role in ("budget", "adjusted_budget")
                                and (
                                    _BUDGET_BASE_LEAD.fullmatch(_ROLE_WORDS.sub("", compact(label)))
                                    or _RATIO_OF_BUDGET.match(paragraph.text, amount.end)
                                )
                            )
                        ):
                            # ('…购置及运行维护费决算15.3万元，全部为公务用车运行维护费15.3万元，与2016年
                            # 持平': a part that is all of the whole restates it; a change after it
                            # stays the whole's)
                            anchor, counted = figure, None
                        elif figure.value_unit != "yuan":
                            counted = figure
                        if self._lead is None and figure.value_unit == "yuan":
                            self._lead = figure
                    else:
                        self._lead_changed = True
                        self._change_read = (amount.end, figure)
            after_count = compact(paragraph.text[inside[-1].end : clause.start + len(clause.text)])
            if (whole_posts := counted or anchor) is not None and (
                posts := _posts_all_of_kind(paragraph, sentence, clause, after_count, whole_posts)
            ):
                # '核定编制9名（均为行政编制）': the bracket closing the count's clause says the posts' kind
                self.figures.append(posts)
        self._read_reason_parts()
        self._lists_run_on(sentence, found, part_lists, placed, self.figures[read_before:])
        last = compact(clauses[-1].text) if clauses else ""
        if (
            (percent := _PERCENT_CHANGE.match(last))
            and anchor is not None
            and anchor.value_unit == "yuan"
            and len(self.figures) > read_before
            and self.figures[-1] is anchor
            and not in_reason
        ):
            self._percent_tail = (anchor, percent.group("base"), last)
        self._unitless_money(paragraph, sentence, found)
        self._carried = {key: value for key, value in state.items() if key in PARAGRAPH_STATE_KEYS}
        ended_with_staff = len(self.figures) > read_before and self.figures[-1].metric.startswith("staff_")
        self._staff_before = (
            {key: value for key, value in state.items() if key.startswith("staff_")} if ended_with_staff else {}
        )
        if (
            not ended_with_staff
            and state.get("staff_organisation") in ("organ", "other")
            and found
            and COUNT_UNITS.get(found[-1].unit) == "people"
        ):
            # '局机关实有人员14人。其中聘用人员2人。': the sentence ended with one organisation's count (no
            # figure): the parts a sentence opening with 其中 lists are that organisation's (_organisation_part)
            self._staff_before = {"staff_organisation": state["staff_organisation"]}
        self._staff_wholes = self.figures[read_before:] if ended_with_staff else []
        self._sentence_changed = len(self.figures) > read_before and self.figures[-1].metric.endswith(
            "_change_vs_prior_year"
        )
        if self._sentence_changed and state.get("part_changes"):
            # (the outermost whole: '公务接待费' goes on after '公务用车运行维护费', both of the 三公 total)
            self._parts_changed_of = next(reversed(_ancestors(m.change_base(self.figures[-1].metric))), "")
        return topic

    def _category_split_of(
        self,
        paragraph: Paragraph,
        sentence: Sentence,
        amount: Amount,
        topic: str,
        placed: dict[int, int],
        read_before: int,
    ) -> str:
        """The part of the spending (``_split_parts()``: 基本支出, 项目支出, 人员经费, 公用经费, 三公 …) a 类/款/项
        amount at paragraph offset ``amount.start`` is listed under, '' when it is listed under none.
        The list is the one the last 其中 / 包括 (or 中 / 当中 right after a name of money) of the
        sentence before the amount opens; it is of the whole named right before that word
        ('基本支出包括：', '基本支出按功能分类包括：', '在项目支出当中，', '其中项目支出中'), else of
        the last figure (no change) read before it in the sentence ('项目支出50万元，其中：…'), else,
        for a sentence opening with it, of the paragraph's first figure ('基本支出300万元，比上年
        减少10万元。其中：…'). A list after the spending's whole or a fund's spending
        ('支出预算X万元，包括：…', '一般公共预算支出包括：…') is of no part: ''."""
        before = paragraph.text[sentence.start : amount.start]
        opener = None
        for opener in _LIST_OPENER.finditer(before):  # noqa: B007 - the last one counts
            pass
        if opener is None:
            return ""
        head = before[: opener.start()]
        name = _SPLIT_NAME_NOISE.sub("", compact(_CLAUSE_BREAK.split(head)[-1]))
        whole = ""
        if name and not re.search(r"\d", name):
            whole = classify_money(name, m.topic_of(name) or topic, {})[0]
        elif not name:
            at = sentence.start + opener.start()
            read = [
                f
                for f in self.figures[read_before:]
                if placed.get(id(f), at) < at and f.value_unit == "yuan" and not m.change_base(f.metric)
            ]
            if read:
                whole = max(read, key=lambda f: placed[id(f)]).metric
            elif not compact(_CLAUSE_BREAK.sub("", head)) and self._lead is not None:
                whole = self._lead.metric
        return whole if whole in _split_parts() else ""

    def _unitless_money(self, paragraph: Paragraph, sentence: Sentence, found: list[Amount]) -> None:
        """Record as unparsed each number the sentence prints after a money label without a unit
        ('…，社会保障和就业支出39.5，住房保障支出10万元': the unit of the others is likely, never
        certain: not read), when the sentence states money amounts (``found``, paragraph offsets)
        and the number is no amount of them nor reported already (``_unread_item``)."""
        if not any(amount.is_money for amount in found):
            return
        reported = {(u.line, u.value_text) for u in self.unparsed}
        for unitless in _UNITLESS_MONEY.finditer(sentence.text):
            start = sentence.start + unitless.start("number")
            if any(amount.start <= start < amount.end for amount in found):
                continue
            line, number = paragraph.line_at(start), unitless.group("number")
            if (line, number) in reported or _REFERENCE_END.search(unitless.group("label")):
                continue
            reported.add((line, number))
            self.unparsed.append(
                Unparsed(
                    line,
                    number,
                    compact(unitless.group("label")) + number,
                    "a number after a label without a unit (元 / 万元): not read",
                )
            )

    def _other_name_shared(self, text: str, amount: Amount, metric: str, topic: str) -> bool:
        """Whether another economic 类 than the one labelling ``amount`` is named in brackets with
        words of the same ``metric`` in the sentence (``text`` the paragraph's): '工资福利支出（人员
        支出）70万元，…，对个人和家庭的补助（人员支出）10万元'."""
        start = self._sentence_begin
        stop = text.find("。", amount.end)
        for found in _OTHER_NAMED.finditer(text, start, len(text) if stop < 0 else stop):
            if found.end() <= amount.start and found.end() >= amount.start - 1:
                continue  # (the amount's own label)
            other = _economic_other_name(found.group("label"))
            if other and classify_money(other, topic, {})[0] == metric:
                return True
        return False

    @staticmethod
    def _continues_part_changes(before: str, found: list[Amount], whole: str) -> bool:
        """Whether a sentence whose words before its first amount are ``before`` (``found`` its
        amounts) opens with a part of ``whole`` (its outermost whole, metrics.csv part_of) and a
        change word, that amount
        (money) right after: '公务接待费减少0万元，…' after a sentence listing the changes of the
        other parts of the 三公 whole. Words stating a base ('比上年', '较预算') are read as they
        are, never as this; another subject (not a part of ``whole``) or a change word inside the
        subject is not this either."""
        if not found or not found[0].is_money or m.change_subject(before):
            return False
        part = _SUBJECT_CHANGE.match(m.core(before))
        if part is None or m.change_direction(part.group("subject") + "比上年" + part.group("word")) is None:
            return False
        subject = part.group("subject")
        if _ANY_DIRECTION.search(compact(subject)):
            return False
        metric, _ = classify_money(subject, "", {})
        return bool(metric) and whole in _ancestors(metric)[-1:] and not m.change_base(metric)

    def _money_of_percent(self, sentence: Sentence, amount: Amount, tail: tuple[Figure, str, str]) -> bool:
        """Whether ``sentence`` opens with a bare change in money ('减少6万元', nothing before its
        direction word; ``amount`` its first amount) that is the money of the change in per cent
        ending the sentence before (``tail``: its figure, comparison words and per-cent clause):
        the same direction, and the per-cent the amount makes of the prior year's level (the
        figure less the change) agrees with the printed one to its last printed digit."""
        figure, _, clause = tail
        opening = compact(self._text[sentence.start : amount.start])
        if not amount.is_money or not _BARE_CHANGE_ONLY.match(opening):
            return False
        direction = m.change_direction("比" + opening)
        if direction is None or direction != m.change_direction(clause):
            return False
        printed = re.search(r"(\d+(?:\.(\d+))?)[%％]$", clause)
        if printed is None or figure.value is None:
            return False
        change = amount.value if direction == "+" else -amount.value
        prior = figure.value - change
        if prior <= 0:
            return False
        places = len(printed.group(2) or "")
        made = abs(change) * 100 / prior
        return abs(made - Decimal(printed.group(1))) <= Decimal(1).scaleb(-places)

    def _change_just_before(self, amount: Amount) -> Figure | None:
        """The change read right before ``amount`` in its sentence when only '为' / '是' / '达到' stands
        between them ('…预算比上年减少0.10万元，为17.40万元': ``amount`` is the level the change arrives
        at), else None."""
        if self._change_read is None:
            return None
        end, change = self._change_read
        if self.figures[-1] is not change or not m.change_base(change.metric):
            return None
        if not _LEVEL_AFTER_CHANGE.fullmatch(compact(self._text[end : amount.start])):
            return None
        return change

    def _zero_in_roles(
        self,
        paragraph: Paragraph,
        at: int,
        said: str,
        in_roles: tuple[list[str], list[str]],
        topic: str,
        make_zero: Callable[[str, str], Figure],
        printed: str = "0",
    ) -> Figure | None:
        """The zeros a list of roles says of its names ('因公出国（境）费预算、决算均为0', ``in_roles``:
        (names, roles) of ``_roles_listed``; ``said``: the words at paragraph offset ``at``): for each
        name naming a metric a zero is read for (``_ZERO_METRICS``), a figure made by ``make_zero``
        (metric, function code; it adds the figure) in each role; a name of no such metric is
        reported (``printed``: the amount as printed, '0' for words). A budget reads the budget's zero
        alone and reports the other roles (a 决算 or an adjusted budget there is another year's).
        Returns the last figure made, None when none."""
        names, roles = in_roles
        made: Figure | None = None
        for name in names:
            metric, code = classify_money(name, m.topic_of(name) or topic, {})
            if metric not in _ZERO_METRICS:
                self.unparsed.append(
                    Unparsed(
                        paragraph.line_at(at),
                        printed,
                        name + "…" + said,
                        f"an item of a list said to be 0 ('{name}') names no metric a zero is read for: "
                        "no figure for it",
                    )
                )
                continue
            for role in roles if self.final_accounts else ["budget"]:
                made = make_zero(metric, code)
                if self.final_accounts:
                    made.value_role = role
        if not self.final_accounts and set(roles) - {"budget"}:
            self.unparsed.append(
                Unparsed(
                    paragraph.line_at(at),
                    printed,
                    said,
                    "a 决算 (or 调整预算) said to be 0 in a budget: another year's figure, not read",
                )
            )
        return made

    def _each_of_joined(self, figure: Figure, label: str, topic: str) -> None:
        """A zero said of items joined by 和 / 与 / 以及 in one label ('因公出国（境）费和公务用车购置及
        运行维护费均为0万元'; ``figure`` read for the whole label): ``figure`` becomes the first item's
        and a figure of the same value and role is added for each other item (``_joined_zero_items``);
        nothing changes when the label is no such list."""
        text = compact(label)
        each = _EACH_LABEL.search(text)
        items = _joined_zero_items(text[: each.start()], topic) if each else []
        if items:
            figure.metric, figure.function_code = items[0][1:]
            for item, metric, code in items[1:]:
                self.figures.append(replace(figure, metric=metric, function_code=code, name_text=item))

    def _each_of_list(self, paragraph: Paragraph, listed: list[Clause], figure: Figure, topic: str) -> None:
        """The items before a list's last item (``listed``: clauses without amounts, each ending in
        '、') that a zero said of every item ('…均为0万元', ``figure`` the last item's) is read for:
        a figure of the same value and role for each item naming a metric a zero is read for
        (``_ZERO_METRICS``); an item that names none is reported, no figure."""
        for item in listed:
            name = compact(item.text)
            metric, code = classify_money(name, m.topic_of(name) or topic, {})
            if metric in _ZERO_METRICS:
                self.figures.append(replace(figure, metric=metric, function_code=code, name_text=name))
            else:
                self.unparsed.append(
                    Unparsed(
                        paragraph.line_at(item.start),
                        figure.value_text,
                        name + "…" + figure.name_text + figure.value_text,
                        f"an item of a list said to be 0 ('{name}') names no metric a zero is read for: "
                        "no figure for it",
                    )
                )

    def _carry_plain(self, sentence: Sentence, topic: str) -> None:
        """A sentence that states no figure may still say what the paragraph is about ('部门整体支出
        绩效自评综述：…得分为0分。'): its clauses' state (``clause_state``; reasons excepted) is
        carried to the next sentences of the paragraph. ``topic``: the paragraph's topic after it."""
        if not PARAGRAPH_STATE_KEYS:
            return
        state = dict(self._carried)
        in_reason = False
        for clause, delimiter in sentence.clause_texts():
            if _REASON.search(clause):
                in_reason = True
            if not in_reason:
                clause_state(compact(clause), m.topic_of(compact(clause)) or topic, state)
            elif delimiter in ("；", ";"):
                in_reason = False
        self._carried = {key: value for key, value in state.items() if key in PARAGRAPH_STATE_KEYS}

    def _figure(
        self,
        paragraph: Paragraph,
        amount: Amount,
        label: str,
        topic: str,
        anchor: Figure | None,
        state: dict[str, str],
        segment: str,
        unit_text: str,
    ) -> Figure | None:
        line = paragraph.line_at(amount.start)
        if amount.start in self._coded_amounts and label.rstrip().endswith(("：", ":")):
            # '2130104 事业运行：196.30' on a list's line: the colon is no word of the item's label
            label = label.rstrip()[:-1]
        name = bare_label = compact(label)  # (compact(label) while label is not rewritten)
        if amount.is_money and m.has_level_mark(name):
            if kuan := [found.group() for found in _KUAN_NAMED.finditer(name)]:
                self._kuan_before = kuan[-1]
            elif self._kuan_before and (xiang_alone := _XIANG_ALONE.fullmatch(name)):
                # '公路水路运输（款）行政运行（项）X；' then '公路建设（项）Y': a 项 listed alone after an
                # item of its 款 is of that 款
                label = name = bare_label = self._kuan_before + xiang_alone.group("path")
            elif "类" in name:
                self._kuan_before = ""
        if amount.is_money and (ratio := _RATIO_BEFORE_BRACKET.match(name)):
            # '完成预算的82.67%（年初预算27.00万元）': the ratio is a clause of its own, the bracket's
            # words name the amount in it
            label = name = bare_label = name[ratio.end() :]
        role = ""
        if self.final_accounts and amount.is_money:
            # '“三公”经费支出预算为X，支出决算为Y': a label ending in 预算 (not a fund's name) is the budget
            # '本年预算收入安排X万元、预算支出安排Y万元': a side named after the word 预算 (no fund's
            # name before it) is the year's budget of that side
            # '2019年收入预算总额为X', '2019年预算中财政补助收入为Y': words naming the budget inside the
            # label say so too (``_BUDGET_NAMED``)
            # ('某中心2020年度单位决算2020年度“三公”经费…年初预算为X': a document's title run into the
            # label names the document, no role of the figure)
            role = value_role(_DOCUMENT_TITLE.sub("", name)) or (
                "budget"
                if _BUDGET_END.search(name)
                or _BUDGET_SIDE.search(name)
                or (_BUDGET_NAMED.search(name) and not _ACTUAL_NAMED.search(name))
                else ""
            )
            if (
                not role
                and not _ACTUAL_NAMED.search(name)
                and anchor is not None
                and anchor.value_unit == "yuan"
                and (state.get("parts") or _PART_LEAD.match(name))
                and not _role_words_alone(anchor.name_text)
            ):
                # '“三公”经费预算为22万元，其中：公务接待费9万元': a part that names no role of its own
                # is a part of the whole before it, of the whole's role (a budget's parts are budgets)
                # ('其中：公务用车…费13.80万元，年初预算15.00万元；公务接待费7.56万元': an amount named by
                # role words alone is the part before it in another role, never the list's whole)
                role = anchor.value_role
            if not role and amount.start in self._coded_amounts and self._coded_roles:
                # '年初预算具体如下（单位：万元）：' then '2130101 行政运行：437.15': a list's item printing
                # no role of its own is of the role its lead names (of none when it names several)
                if len(self._coded_roles) > 1:
                    self.unparsed.append(
                        Unparsed(
                            line,
                            amount.text.strip(),
                            name + amount.text.strip(),
                            "an item of a list whose lead names more than one role (年初预算, 决算): "
                            "whose it is is not certain",
                        )
                    )
                    return None
                (role,) = self._coded_roles
            if not role and not _ACTUAL_NAMED.search(name):
                # '2019年预算中，基本支出300万元，项目支出120万元': the figures after the budget's words
                # before 中, to the end of the '；'-separated statement, are the budget's
                role = state.get("role_scope", "")
            role = role or "actual"
            if role_words := _ROLE_SCOPE.search(name):
                state["role_scope"] = value_role(role_words.group()) or "budget"
            # ('2019收入预算为X': a year printed without 年 before the budget's words is the year; read
            # as 'YYYY年' so that it stays one once the words are removed)
            label = bare_label = _ROLE_WORDS.sub("", re.sub(m.BARE_YEAR, r"\g<0>年", name))
            if self.item and label.endswith(("：", ":")):
                # '1.[2010301]行政运行：年初预算X，…，支出决算：Y' (or its roles one a line): the words
                # before the colon are read as without it ('支出决算Y': the paragraph's item)
                label = bare_label = label[:-1]
            if role == "budget" and (end := _BUDGET_END.search(label)):
                # '公务接待费2.5万元（预算3万元）', '…预算安排15万元，实际支出12万元': the budget word
                # at the label's end says the role, it names nothing
                label = bare_label = label[: end.start()]
            if label[:1] in "（(" and m.is_filler(m.core(label[1:])):
                # '…14.5万元（年初预算16万元）': the bracket opens the role of the figure before it
                label = bare_label = label[1:]
            if projects_role := _projects_role(name, anchor, state):
                # '年初批复预算N个项目X万元，调整预算后项目预算Y万元，实际支出Z万元': the projects
                # counted at the year's opening budget, then their budget after the adjustment, are
                # the project spending's (the count is no amount); its actual follows as role words
                role, label = projects_role, "项目支出"
                bare_label = label

        def make(metric: str, code: str = "", value: Decimal | None = None) -> Figure:
            # (the whole-spending self-evaluation's 全年预算数 is its budget, metrics.csv: '单位整体支出全年
            # 预算数X万元，执行数Y万元', as after role words alone)
            unit_budget = metric == _UNIT_EVALUATION_SPENDING and role == "adjusted_budget" and "调整" not in name
            return Figure(
                section=paragraph.section,
                metric=metric,
                function_code=code,
                name_text=name,
                value=amount.value if value is None else value,
                value_unit=amount.value_unit,
                value_text=amount.text_with_unit,
                source_line=line,
                source_text=segment,
                unit_text=unit_text,
                value_role="budget" if unit_budget else role,
            )

        def unparsed(why: str) -> None:
            self.unparsed.append(Unparsed(line, amount.text.strip(), name + amount.text.strip(), why))

        if (
            self.final_accounts
            and amount.is_money
            and (
                project := self._evaluated_project(
                    name, role, anchor, compact(self._text[self._sentence_begin : amount.start])
                )
            )
            and (
                topic == "performance"
                or project.endswith("项目")
                or _TARGETS_AFTER.match(paragraph.text, amount.end) is not None
            )
        ):
            # (a name ending in another project's word, '某某运行补助', may be a 项's named without its code
            # under a fund's spending: a project's only where the text is about performance, or its
            # performance targets follow the amount: '档案安全专项整治经费，年初预算X元，绩效目标：…')
            if role not in ("budget", "adjusted_budget"):
                # '…项目全年预算数420.00万元，执行数398.60万元': the project's spending, which no metric
                # holds (key_project_budget is its budget)
                unparsed(f"the spending of the project {project} in a final account: no metric holds it")
                return None
            # '农村人居环境整治项目全年预算数420.00万元', '其中，“某某”项目年初预算450.00万元', '该项目全年
            # 预算数300.00万元' after '…反映某某项目绩效自评结果。': the project's budget in that role
            figure = make("key_project_budget")
            figure.name_text = project
            return figure
        if (
            not self.final_accounts
            and amount.is_money
            and _TARGETS_AFTER.match(paragraph.text, amount.end)
            and (targeted := _PROJECT_BEFORE_TARGETS.fullmatch(name))
            and _PROJECT_WORD_END.search(targeted.group("name"))
            and _names_a_project(targeted.group("name"))
        ):
            # '其中，第四次全国农业普查经费1860.00万元，绩效目标为：…': a project named with its amount and
            # then its performance targets is that project's budget
            figure = make("key_project_budget")
            figure.name_text = targeted.group("name")
            return figure
        if (
            not self.final_accounts
            and amount.is_money
            and _TARGETS_AFTER.match(paragraph.text, amount.end)
            and (opened := _NAMED_THEN_BUDGET.fullmatch(compact(self._text[self._sentence_begin : amount.start])))
        ):
            # '1. 义务教育阶段学校公用经费，年初预算612,000.00元（一般公共预算）。绩效目标：…': the thing named
            # before the budget's words, its targets after: a project's budget, never the income's
            # (what pays for it in brackets after its name is no word of it: '某某建设项目（上年结转）')
            project = _PAID_BY_REMARK.sub("", opened.group("name"))
            # (a short remark in brackets after the name is no end of it: '就业补助资金（市级配套）')
            project_core = _NAME_REMARK.sub("", project)
            if _PROJECT_WORD_END.search(project_core) and _names_a_project(project_core):
                figure = make("key_project_budget")
                figure.name_text = project
                return figure
            unparsed(f"the budget of '{project}' (named before it, its performance targets after): no metric holds it")
            return None
        if (
            amount.is_money
            and (opened := _NAMED_THEN_ROLE.fullmatch(compact(self._text[self._sentence_begin : amount.start])))
            and not classify_money(opened.group("name"), m.topic_of(opened.group("name")), {})[0]
        ):
            # '3. 普通高中学费住宿费收入安排的教学运转支出，年初预算2,150,000.00元。' (its targets on the
            # next line of a PDF): a thing no metric names, then the budget's words alone: that thing's
            # budget (a project's in a budget), never the total of the topic its words hold (收入 here)
            project = opened.group("name")
            if not self.final_accounts and _PROJECT_WORD_END.search(project) and _names_a_project(project):
                figure = make("key_project_budget")
                figure.name_text = project
                return figure
            unparsed(f"the budget of '{project}' (named before the budget's words): no metric holds it")
            return None
        if other_unit := self._place_unit_named(bare_label):
            # '2024年，李村镇中心小学收入预算X' in the 李村镇人民政府's document: the place's name, then
            # another unit of the place before the metric's words: that unit's figure, never the
            # document's (nor the parts its list names after it)
            unparsed(f"a figure of another unit of the place ('{other_unit}') named before the metric's words")
            return None
        if amount.is_money and (expected := _EXPECTED_END.search(bare_label)):
            if self.final_accounts:
                # '总收入预计800万元' in a final account: an expectation, never the year's actual
                unparsed("an expected amount ('预计') in a final account: not the year's figure")
                return None
            # '某卫生院2025年部门预算总收入预计800万元' in a budget: what the budget expects is its figure
            label = bare_label = bare_label[: expected.start()]
        bare_number = _BARE_NUMBER.search(bare_label)
        if bare_number and bare_number.group("number") != m.code_printed_first(bare_label):
            # '编制数为27实名编9人', '预算数为140实拨95万元': a number printed without a unit inside
            # the label, the words going on after it: the label is garbled, neither number is certain
            # (never the function code of an item the label opens with: '主要为2070205博物馆')
            unparsed(f"a number without a unit inside the label ('{bare_number.group('number')}'): not read")
            return None
        if approximate := m.approximate_word(bare_label, compact(paragraph.text[amount.end : amount.end + 8])):
            # '约1234.56万元', '近100万元', '100万元左右': an approximate amount or a bound, not the figure
            unparsed(f"an approximate amount or a bound ('{approximate}'): not the figure")
            return None
        if (
            amount.is_money
            and (
                to_date := _TO_DATE.search(
                    self._text,
                    self._statement_begin(amount.start),
                    amount.start,
                )
            )
            and int(to_date.group("month")) != 12
            and "资产" not in bare_label
        ):
            # '截至2025年6月30日，“三公”经费支出3万元': spent up to a day inside the year, never the
            # year's figure (a stock, the assets, is stated at any day); the date holds within its
            # '；'-separated statement
            unparsed(f"an amount up to a day inside the year ('{to_date.group()}'): not the year's figure")
            return None
        if per := _PER_OR_PART_OF_YEAR.search(bare_label):
            # '人均公用经费2万元', '每人每年公用经费1.5万元', '一季度“三公”经费支出1万元': an average per
            # head (or vehicle), or the amount of part of the year, never the year's figure
            unparsed(f"an average or the amount of part of the year ('{per.group()}'): not the figure")
            return None
        sign = printed_sign(paragraph.text, amount.start)
        if sign == "?":
            unparsed("a dash right before the amount: whether it is a minus sign is not certain")
            return None
        if amount.is_money and (run_on := _PERCENT_RUN_ON.search(label)):
            # '与上年度支出X万元对比下降12.50%减少Y万元': the change in per cent run into the money
            # change without a stop says the same change; the money's words are the direction after it
            # (a bare comparison word before it, '对比', names nothing: the direction word alone, as
            # after a stop: '…对比下降12.50%，减少Y万元')
            before = compact(label[: run_on.start()])
            bare_compare = not before or _COMPARE_RESIDUE.match(before.removesuffix("比").removesuffix("较"))
            label = label[run_on.end() :] if bare_compare else label[: run_on.start()] + label[run_on.end() :]
        if amount.is_money and (share := _SHARE_BEFORE_COMPARISON.match(label)):
            # '基本支出40万元，占80%与上年相比减少5万元': the share of the figure before, run into the
            # comparison after it without a stop, is a clause of its own (as after '，')
            label = bare_label = label[share.end() :]
        direction = m.change_direction(label)
        if (
            direction is None
            and amount.is_money
            and _BOTH_SIDES_EACH.fullmatch(m.core(bare_label))
            and not self._other_year(bare_label)
        ):
            # '2024年收入预算总额和支出预算总额均为X万元', '收入和支出预算均为X': each side's total is X
            self.figures.append(make("income_total"))
            return make("expenditure_total")
        if direction is None and amount.is_money and _PRIOR_AMOUNT.search(bare_label):
            # '较2024年的2190万元减少221万元': the prior year's amount, then the change from it
            unparsed("the prior year's amount a change is measured from")
            state["compare"] = state["prior_amount"] = "1"
            if other_base := self._older_base_year(bare_label) or (
                f"{self.fiscal_year}年" if self._own_year_base(bare_label) else ""
            ):
                # '较2023年预算500万元增加60万元' in a 2025 budget: the change after it is against
                # another year than the prior one, whoever's it is
                state["prior_other_year"] = other_base
            elif named_before := self._named_before_comparison(bare_label, topic):
                # '收入较2024年预算500万元增加60万元', '支出比上年预算数320万元减少20万元': the words
                # before 较 / 比 name what the change after the prior year's amount is of (over the
                # figure before it: '收入预算600万元，支出较上年预算数…减少…' is the spending's)
                state["prior_named"] = named_before
            elif anchor is None and (prior_subject := self._prior_amount_subject(label, topic)):
                # '较2014年度“三公”经费合计15.05万元增加12.40万元': the prior amount's words name
                # what the change after it is of (when no figure before it in the sentence does)
                state["subject"] = prior_subject
            if (
                _FLAT_AFTER.match(paragraph.text, amount.end)
                and anchor is not None
                and anchor.value_unit == "yuan"
                and (flat_change := m.change_metric(anchor.metric))
                and not (m.against_budget(label) or self._own_year_base(label) or self._older_base_year(label))
                and (anchor.function_code or anchor.metric != "expenditure_function")
            ):
                # '本年财政拨款收入0万元，与2025年0万元持平': no change from the prior year's amount
                # printed before 持平: the change of the figure before it is 0
                for key in ("compare", "prior_amount"):
                    state.pop(key, None)
                state["changed"] = "1"
                figure = make(flat_change, anchor.function_code, Decimal("0.00"))
                figure.value_role = ""
                return figure
            return None
        last_actual: Figure | None = None
        if (
            direction is None
            and role in ("budget", "adjusted_budget")
            and _BUDGET_BASE_LEAD.fullmatch(bare_label)
            and anchor is None
            and (last_actual := self._last_sentence_actual(amount, role)) is not None
        ):
            # '…一般公共预算财政拨款支出4,180.86万元，占本年支出合计的82.91%。与年初预算3,950.00万元
            # 相比，完成年初预算的105.84%': the budget compared with, opening the sentence after one of
            # a single money subject read as an actual, is that subject's budget
            anchor = last_actual
        if (
            direction is None
            and role in ("budget", "adjusted_budget")
            and _BUDGET_BASE_LEAD.fullmatch(bare_label)
            and anchor is not None
            and anchor.value_unit == "yuan"
            and anchor.value_role == "actual"
            and (
                anchor is last_actual
                or (
                    len(self.figures) > self._sentence_read_before
                    and (
                        self.figures[-1] is anchor
                        or (
                            self.figures[-1].metric == m.change_metric(anchor.metric)
                            and len(self.figures) - 1 > self._sentence_read_before
                            and self.figures[-2] is anchor
                        )
                    )
                )
            )
        ):
            # '机关运行经费支出25.40万元，比年初预算数28.00万元减少2.60万元' (a 决算): the budget the
            # figure before it is compared with is that figure's budget; the change after it is
            # against the budget (not read); also after the figure's change vs the prior year
            # ('公务接待费为12万元，较上年14万元减少2万元，较预算数33万元减少21万元'); a flat word right
            # after it ('较预算数0万元无增减') ends the comparison there
            if not _FLAT_AFTER.match(paragraph.text, amount.end):
                # ('和本年预算' / '同年初预算' compare as '与…' does)
                state["compare"] = _AND_LEAD.sub("与", name, count=1)
            subject = self._compared_actual(anchor, paragraph, amount)
            if subject is None:
                unparsed("a budget compared with: the difference printed after it fits no figure before it")
                return None
            return make(subject.metric, subject.function_code)
        compared = state.pop("compare", "")
        prior_named, prior_other_year = state.pop("prior_named", ""), state.pop("prior_other_year", "")
        if compared == "1" and direction is not None and _CLOSING_COMPARE.match(compact(label)):
            # '…，与2012年实际支出650.12万元相比减少163.82万元': 相比 right after the prior year's amount
            # closes the comparison that amount opened; the change is of the figure before it
            state["prior_base"] = "1"
        # '资产总额增加772,509.24元，其中固定资产增加998,942.50元': a part's change after the whole's
        part = _SUBJECT_CHANGE.match(m.core(label)) if direction is None and state.get("changed") else None
        if part and (_PART_LEAD.match(bare_label) or state.get("part_changes") or state.get("parts")):
            # ('…相比增长14.35%，其中因公出国（境）费增加0万元，公务用车运行维护费增加1.72万元' /
            # '…决算数比2016年度减少0.46万元，其中：因公出国（境）费支出决算减少0万元；…': the parts
            # after 其中 in the same sentence share the whole's comparison)
            label = part.group("subject") + "比上年" + part.group("word")
            direction = m.change_direction(label)
            state["part_changes"] = "1"
        elif (
            direction is None
            and state.get("changed")
            and (state.get("part_changes") or state.get("parts") or _PART_LEAD.match(bare_label))
            and amount.is_money
            and not _ANY_DIRECTION.search(compact(label))
            and (after := _PERCENT_AFTER.match(paragraph.text, amount.end))
        ):
            # '…决算数比2021年增加208,316.40元。其中：因公出国（境）费支出决算增加0元；公务用车购置及
            # 运行费支出决算152,604.40元，增长163.25%': among the parts of a change, an amount its
            # change in per cent follows at once is the part's change (the per-cent word its
            # direction), never the part's level
            label = m.core(label) + "比上年" + after.group("word")
            direction = m.change_direction(label)
            state["part_changes"] = "1"
        if (
            direction is None
            and compared not in ("", "1")
            and (self._own_year_base(compared) or m.against_budget(compared) or self._older_base_year(compared))
        ):
            unparsed("a change against the budget (年初预算 / 预算数) or another year, not against the prior year")
            return None
        if (
            direction is None
            and not compared
            and (state.get("changed") or self._lead_changed)
            and anchor is not None
            and anchor.value_unit == "yuan"
            and _BARE_CHANGE_ONLY.match(compact(label))
        ):
            # '预算总额3136万元，较2020年减少42万元。其中：公务接待费980万元，减少30万元': once the
            # sentence compared a figure with the prior year, a bare change after the next figure is its
            label = "比" + compact(label)
            direction = m.change_direction(label)
        if (
            direction is None
            and not compared
            and (shared := state.get("compare_shared"))
            and _SUBJECT_CHANGE.match(m.core(label))
            and not _BARE_CHANGE.match(m.core(label))
        ):
            # '与上年相比，收入增加50万元，支出增加40万元': the comparison opening the sentence is that of
            # each change after it in the sentence that names its own subject
            compared = shared
        if direction is None and compared:
            # '与上年相比，减少5万元' / '与上年相比，“三公”经费预算减少1万元' / '与2023年度相比，收入支出总计减少56.95万元'
            bare = m.core(label)
            if _PART_LEAD.match(compact(label)):
                state["part_changes"] = "1"  # (the parts after it share the comparison)
            if _BARE_CHANGE.match(bare) or (compared == "1" and _DIRECTION_WORD.fullmatch(bare)):
                # ('比去年3.01万元少0.07万元': right after the prior year's amount, a direction word of
                # one character is the change's, as in a change label)
                label = "比" + bare
                direction = m.change_direction(label)
            elif found := _TRAILING_CHANGE.search(bare):
                label = bare[: found.start()] + "比上年" + found.group()
                direction = m.change_direction(label)
                state["compare_shared"] = compared
            elif subject_change := _SUBJECT_CHANGE.match(bare):
                label = subject_change.group("subject") + "比上年" + subject_change.group("word")
                direction = m.change_direction(label)
                state["compare_shared"] = compared
        if direction is not None and prior_other_year:
            unparsed(f"a change against {prior_other_year}, not against the prior year")
            return None
        if direction is not None and prior_named:
            own_subject = m.change_subject(label)
            if not own_subject or _COMPARE_RESIDUE.match(own_subject):
                # ('…较2024年预算500万元' then '增加60万元' / '相比减少20万元': the change names no subject
                # of its own; the one named before the comparison is its subject)
                label = prior_named + "比" + _CHANGE_HEAD.sub("", compact(label), count=1)
        if direction is not None and role and "预算" in _FUND_NAMES.sub("", name):
            unparsed("a change against the budget, not against the prior year")
            return None
        if direction is not None:
            role = ""
        if direction is not None:
            if not amount.is_money:
                unparsed("a change of a count")
                return None
            if m.against_budget(label) or self._own_year_base(label):
                unparsed("a change against the budget (年初预算 / 预算数), not against the prior year")
                return None
            if older := self._older_base_year(label):
                # '比2019年（疫情前）决算数减少21.63万元' in a 2023 决算: a change against another year
                unparsed(f"a change against {older}, not against the prior year")
                return None
            each_sides = self._each_side_bases(label, anchor, amount)
            if (
                not each_sides
                and _EACH.search(compact(label))
                and m.change_subject(compact(label)) in ("", "分别")
                and _ANOTHER_AMOUNT.match(paragraph.text, amount.end)
            ):
                # '本年收入X，本年支出Y，比上年分别减少A和B': an amount for each of the subjects before,
                # none named: which is whose is not said
                unparsed(
                    "'分别' with an amount for each subject and no subject named: whose change it is is not certain"
                )
                return None
            if self._respective_one_amount(paragraph.text, amount) and not each_sides:
                # '与上年收入支出X万元对比分别下降1%，减少Y万元': 分别 says each of two subjects changed,
                # one amount says not by how much each (nor whether both by it)
                unparsed("'分别' after two subjects with one amount: whose change it is is not certain")
                return None
            if self.final_accounts and anchor is None and self._after_budget_figures(paragraph, label):
                # '本年预算收入安排X万元、预算支出安排X万元。与上年…对比…减少Y万元' (a 决算): the
                # change after the year's budget figures is the budget's against the prior year's
                # budget; a final account's change metrics compare actuals
                unparsed("a change of the year's budget against the prior year's, not of the actual")
                return None
            role_base = self._role_words_change_subject(label, amount, anchor)
            if role_base == _UNSURE_BASE:
                unparsed(
                    "a change naming no subject but its year and role words ('2026年预算数比上年…'), after a "
                    "sentence stating money of more than one subject or of none read: whose change it is is "
                    "not certain"
                )
                return None
            base = role_base or self._change_base(label, topic, anchor, state)
            subject = anchor
            if base is None and self.final_accounts and self.item and _THIS_ITEM.match(compact(label)):
                # '4．教育支出（类）…（项）：年初预算为X，支出决算为Y，…。该项支出较上年增加Z': the item the
                # paragraph is about is the subject its words point back to (held-out set 91)
                label = _THIS_ITEM.sub("", compact(label))
            if base is None and anchor is None and not m.change_subject(label) and not state.get("subject"):
                # '…（项）0.19万元，主要用于…。比上年执行数增加0.09万元': a sentence that opens with a
                # change of nothing named is about the subject of its paragraph (or, when it opens
                # the paragraph, of the one before), unless a change was read there already; so is
                # one whose prior year's amount, named by nothing, opens the sentence ('比2025年
                # 预算231.17万元增加33.55万元')
                titled = self._titled_change_subject(amount.start)
                subject = self._subject_of_change(amount.start, amount.start, compared == "1")
                if titled and subject is not None and not _title_fits(titled, subject.metric):
                    # '2025年收支总预算X万元。' then '收入增减变化情况：较上年减少Y万元': the title
                    # names one subject, the figure before it another
                    unparsed(
                        f"a change after a title naming '{titled}' while the figure before it is "
                        f"{subject.metric}: whose change it is is not certain"
                    )
                    return None
                if titled and subject is None:
                    # '收支增减变化情况：较上年减少Y万元', '（三）收入增减变化情况' then '较上年减少Y万元':
                    # right after a title on the year's changes that names their subject (and no
                    # figure before it to be the change's), that subject's, read as if its words
                    # were printed before the change
                    label = titled + compact(label)
                    base = self._change_base(label, topic, None, state)
                else:
                    base = (subject.metric, subject.function_code) if subject is not None else None
            if base is None and anchor is None and (named := state.get("subject")) and not m.change_subject(label):
                unparsed(f"a change of '{named}', whose amount was not read and whose label names no metric")
                return None
            if base is None and each_sides:
                base = each_sides[-1]  # ('收入预算X，支出预算X，均比上年增加Y': 均 names each side)
            if base is None:
                unparsed("a change whose subject is not stated")
                return None
            metric, code = base
            if each_sides:
                # '收入预算X，支出预算X，比上年各增加Y': each side's change; '收支预算较上年分别减少Y' (no
                # figure right before): the change of the level the sides were read as
                metric, code = each_sides[-1]
            if (side := _BASE_SIDE.search(compact(label))) and _metric_side(metric) != side.group("side"):
                # '收入预算500万元，比2024年预算支出减少20万元': the base names the prior year's budget
                # of another subject than the figure's: whose change it is is not certain
                unparsed(f"a change against the prior year's {side.group('side')}, another subject than {metric}'s")
                return None
            change = m.change_metric(metric)
            if not change:
                unparsed(f"no change metric for {metric}")
                return None
            if self._totals_apart and (total_side := self._side_change_of_totals(label)):
                if total_side == "支出":
                    unparsed(_SPENDING_SIDE_APART + " (nor its change)")
                    return None
                metric, code, change = "grand_total", "", "grand_total_change_vs_prior_year"
            signed_value = -amount.value if direction == "-" else amount.value
            if metric == "grand_total" and self._spending_side_apart(label, change, signed_value, ""):
                unparsed(_SPENDING_SIDE_APART)
                return None
            if metric == "grand_total" and self._spending_total_alone(label):
                unparsed(
                    "a change of the 支出总计 where the 收入总计 and the 支出总计 were not both stated equal: "
                    "the grand total is the income side; the spending side has no metric of its own"
                )
                return None
            if direction == "?":
                if amount.value != 0:
                    # ('决算数比2024年度减增加18.70万元，…，其中：公务用车…增加18.70万元': the base
                    # is stated, only the whole's direction is not; its parts share the base)
                    state["changed"] = "1"
                    unparsed("the text does not say whether it is an increase or a decrease")
                    return None
                return make(change, code, Decimal("0.00"))
            # a printed sign keeps its arithmetic: '增加-56.78万元' is -56.78, '减少-10万元' is +10
            printed = -amount.value if sign == "-" and amount.value else amount.value
            signed = -printed if direction == "-" and printed else printed
            if _percent_contradicts(paragraph.text[amount.end : amount.end + 24], subject, metric, code, signed):
                # '收入总计520.52万元，与上年相比，减少51.48元，减少11.02%': the per-cent printed with
                # the change is a hundred times or more what the amount makes of its whole (a unit
                # printed for another, 元 for 万元): which of the two is wrong is not certain
                unparsed("the per-cent printed with the change does not fit its amount (a unit slip?)")
                return None
            state["changed"] = "1"
            figure = make(change, code, signed)
            self._side_changes = [
                make(side_change, side_code, signed)
                for side_metric, side_code in each_sides[:-1]
                if (side_change := m.change_metric(side_metric))
            ]
            if metric == "expenditure_function" and not code and subject is not None:
                figure.name_text = subject.name_text  # an item named by its levels: coded later
            return figure
        other_year = self._other_year(
            label,
            staff=COUNT_UNITS.get(amount.unit) == "people",
            # (the assets held are a stock stated at a day, as a count is: '2023年末资产总额' in a 2025
            # budget is that year's; a budget states them at the prior year's end or a later day)
            count=not amount.is_money or bool(_ASSETS_HELD.search(compact(label))),
        )
        if other_year:
            if prior_of := self._prior_of_other(paragraph.text, amount, label, other_year, anchor, topic):
                # '一般公共预算拨款收入200万元，2025年收入预算总计300.00万元，同比降低100.00万元': the prior
                # year's amount of the whole the figure before it is a part of, named by its words:
                # the change right after it is that whole's (this year's against the prior year's)
                unparsed("the prior year's amount a change is measured from")
                state["compare"] = "1"
                state["subject"] = prior_of
                return None
            # '公务接待费：2012年6.50万元，2013年5.20万元' (a 2013 document): the year alone after a
            # name run in before a colon as the statement's title is that titled figure's year
            run_in_title = self._titled_by(amount, name) if amount.is_money and m.is_filler(m.core(label)) else None
            if (run_in_title is None or anchor is None or run_in_title[0] == anchor.metric) and self._prior_of_anchor(
                label, other_year, anchor, topic, state
            ):
                # '公务接待费2016年预算8万元，2015年预算11.5万元；对比减少3.5万元': the prior year's
                # amount of the figure before it; a change after it is that figure's
                unparsed("the prior year's amount a change is measured from")
                if (
                    "也" in name
                    and anchor is not None
                    and amount.value == anchor.value
                    and (flat_change := m.change_metric(anchor.metric))
                ):
                    # '因公出国（境）费0万元，上年也为0万元': the prior year's the same amount (也): the
                    # change of the figure before it is 0
                    state["changed"] = "1"
                    figure = make(flat_change, anchor.function_code, Decimal("0.00"))
                    figure.value_role = ""
                    return figure
                state["compare"] = state["prior_amount"] = state["prior_base"] = "1"
                return None
            unparsed(f"a figure of {other_year}, not of the document's year {self.fiscal_year}")
            if amount.is_money:
                self._other_year_money = True
                state["other_year"] = other_year
                # (the subject its words name, for a clause after it naming the document's year alone)
                said_subject = m.core(label)
                if m.is_filler(said_subject) and run_in_title is not None and run_in_title[0]:
                    said_subject = run_in_title[2]  # (the title's: the year after it names the document's)
                state["other_year_subject"] = "" if m.is_filler(said_subject) else said_subject
                if self.fiscal_year.isdigit() and other_year == f"{int(self.fiscal_year) - 1}年":
                    state["other_year_prior"] = "1"  # (the prior year's side: a change may follow the document's)
            return None
        if amount.is_money and (said_year := state.get("other_year")):
            if _LABEL_YEAR.search(compact(label)) or _OWN_YEAR_WORD.search(compact(label)):
                state.pop("other_year")  # ('…，2026年收入300万元': the document's year named again)
                said_subject = state.pop("other_year_subject", "")
                prior_side = state.pop("other_year_prior", "")
                if said_subject and direction is None and anchor is None and m.is_filler(m.core(label)):
                    # '公务接待费2012年实际执行数为420.30万元，2013年预算数为388.10万元': the year and role
                    # words alone after another year's figure of a named subject are that subject's
                    # (never the topic's total)
                    metric, code = classify_money(said_subject, m.topic_of(said_subject) or topic, state)
                    if metric:
                        figure = make(metric, code)
                        figure.name_text = said_subject + "，" + name
                        if prior_side:
                            # '公务接待费：2012年6.50万元，2013年5.20万元，减少1.30万元' (a 2013
                            # document): the change right after the two years' sides is this figure's
                            # against the prior year's
                            state["compare"] = state["prior_base"] = "1"
                        return figure
            else:
                # '2025年预算内收入安排280万元，支出280万元' in a 2026 budget: the clauses after another
                # year's figure that name no year of their own are of that year too
                unparsed(f"a figure of {said_year} (named before it in the sentence), not of the document's year")
                self._other_year_money = True
                return None
        if (territory := _TERRITORY_WHOLE.match(m.core(label))) and not self._governs(territory.group("place")):
            # '全市资产总额X万元', '全县共有车辆40辆', '全区实有人数300人' in a unit's text: the whole of
            # the territory, not the unit's own (全院 / 全局 are the unit's: lead words); only a place's
            # government ('某某区人民政府': '全区…') states its own whole so
            unparsed(f"the whole of a territory ('{territory.group()}'), not the unit's own figure")
            return None
        prior_time = _PRIOR_TIME_LABEL.search(compact(label))
        if prior_time and (self.final_accounts or not prior_time.group("end")):
            # '上年公务接待费5万元，本年公务接待费3万元', '去年更新公务用车3辆': a label naming the prior
            # year by a relative word (never a comparison's '比上年' or a carry-over's '上年结转')
            # states that year's figure, not the document's; '上年末实有人数' too in a final
            # account (a budget counts the staff and vehicles it is made for at the prior year's end)
            unparsed(f"a figure of the prior year ('{prior_time.group()}'), not of the document's year")
            self._other_year_money = self._other_year_money or amount.is_money
            return None
        if former := m.former_word(label):
            # '原有行政编制3人', '原核定编制10名', '调整前事业编制15名', '撤并前共有车辆5辆': a figure of a
            # former state (before the unit was set up, merged or its posts adjusted), never the year's
            unparsed(f"a figure of a former state ('{former}'), not of the document's year")
            return None
        if self.final_accounts and not amount.is_money and (year_start := _YEAR_OPENING.search(compact(label))):
            # '2025年年初公务车辆保有量为30辆' in a final account: a count when the year opened is the
            # prior year's end, never the year's figure (a budget counts what it is made for then)
            unparsed(f"a count at the year's start ('{year_start.group()}') in a final account, not the year's figure")
            return None
        if (
            self._item is not None
            and self._item[1] is None
            and amount.is_money
            and not self.final_accounts
            and m.is_filler(m.core(label))
        ):
            # the first amount a paragraph about an item states, named by nothing else ('…（项）：
            # 2026年预算数为X', '…（项）。2026年预算为X'): the item's figure
            head = self._item[0]
            metric, code = classify_money(head, "", {})
            if metric in _ITEM_METRICS and not _fits_categories(m.core(head), code, (self._heading_category(),)):
                unparsed(_OTHER_CATEGORY.format(code=code))
                return None
            path = "" if metric in _ITEM_METRICS else _named_item(head)
            if metric in _ITEM_METRICS or path:
                self._item = (head, amount.value)
                figure = make(metric, code) if metric in _ITEM_METRICS else make("expenditure_function")
                figure.name_text = path or head
                return figure
        if amount.is_money and (change_before := self._change_just_before(amount)) is not None:
            # '“三公”经费预算比上年减少0.10万元，为17.40万元': the level the change before it arrives at
            figure = make(m.change_base(change_before.metric), change_before.function_code)
            figure.value_role = (value_role(change_before.name_text) or "actual") if self.final_accounts else ""
            figure.name_text = change_before.name_text + change_before.value_text + "，" + name
            return figure
        if (
            amount.is_money
            and self._part
            and m.is_filler(m.core(label))
            and (part_metric := _part_metric(self._part))
            and not _names_own_total(label, part_metric)
            and not (
                part_metric in _SPENDING_PARTS
                and any(
                    f.metric == part_metric and f.value_role == role for f in self.figures[self._sentence_figures :]
                )
            )
            and not self._named_in_other_role(anchor, role, part_metric)
        ):
            # '一、因公出国（境）经费' then '2014年预算安排45万元': an amount named by nothing under a
            # numbered heading (or opening) naming one 三公 part is that part's ('（一）基本支出：' then
            # '2026年年初预算数为88.20万元' too, once per role: '安排项目支出30万元，…计6万元' is no
            # second project total)
            return make(part_metric)
        if (
            self.final_accounts
            and amount.is_money
            and value_role(name)
            and not self.item
            and topic not in _OWN_SUBJECT_TOPICS
            and self._spending_headings
            and not _names_an_item(opening := compact(self._text[self._sentence_begin : amount.start]))
            and not _LISTED_NAME_OPENING.match(opening)
            and (
                (anchor is None and (m.is_filler(m.core(label)) or _FUND_SPENDING_ALONE.fullmatch(name)))
                or (
                    anchor is not None
                    and anchor.metric == self._spending_headings[-1][1]
                    and anchor.value_role != role
                    and _FUND_SPENDING_ALONE.fullmatch(name)
                )
            )
        ):
            if anchor is None and (last_subject := self._last_sentence_subject(amount, role)) is not None:
                # '二、财政拨款支出决算情况' then '…一般公共预算财政拨款支出X元，比上年减少Y元。年初预算为Z元':
                # the subject the sentence before stated in another role comes before the heading's
                return make(*last_subject)
            if spending := self._heading_spending():
                # '六、政府性基金预算财政拨款支出决算情况说明' then '年初预算为40.00万元，支出决算为52.00万元':
                # role words alone (or 支出 and them) right under a heading of one fund's spending, about
                # no item and right after nothing else, are that spending's in their role, never the
                # whole spending's (expenditure_total); after another figure ('…（项）年初预算为X，支出
                # 决算为Y') they are not
                return make(spending)
            if anchor is not None:
                # '（一）总体情况' then '…一般公共预算财政拨款支出年初预算为X，支出决算为Y': the sentence named
                # the fund's spending itself; 支出决算 goes on with it in its role
                return make(anchor.metric)
            if _FUND_SPENDING_ALONE.fullmatch(name) and self._headings[-1][0] == self._spending_headings[-1][0]:
                # '七、一般公共预算财政拨款支出决算情况说明' then '（三）具体情况' then '支出决算为X': the
                # fund's spending or an item's, never the whole spending's
                unparsed(
                    "支出 with role words alone under a sub-heading of one fund's spending: whose it is is not certain"
                )
                return None
        if amount.is_money and role and m.is_filler(m.core(label)):
            # '年初预算为 X，支出决算为 Y': the item of the paragraph, or that of the figure before
            if (
                anchor is not None
                and anchor.value_unit == "yuan"
                and anchor.value_role != role
                and _own_subject_metric(anchor.metric)
                and self.item == self._sentence_item
            ):
                # '…（项）' then '年初预算为X，支出决算为Y。' then '“三公”经费预算12万元，决算8.2万元。其中，公务
                # 接待费预算3万元，决算1.2万元': role words alone right after a 三公, 机关运行经费 or 政府
                # 采购 figure of another role are that figure's, whatever item the paragraphs before
                # were about (an item the sentence itself names keeps them: '…，其中：一般公共服务支出
                # （类）…（项）5万元，年初预算为6万元')
                return make(anchor.metric, anchor.function_code)
            if self.item.startswith(_CODED_ITEM):
                code = self.item.removeprefix(_CODED_ITEM)
                if code == _UNTOLD_CODE:
                    # '1.农林水支出（208）。年初预算为X': the item's, whose code is not trusted: no figure
                    told = f" ({self._item_conflict}: a source inconsistency)" if self._item_conflict else ""
                    unparsed(f"the paragraph's item prints a function code that does not fit its names{told}")
                    return None
                if code.startswith(_UNTOLD_CODE):
                    # '（二）教育支出（类）' then '1.人大事务（款）人大会议（项）（2010104）：年初预算为X': a
                    # path naming no 类 whose code is under another 类 than the one named before it
                    unparsed(_OTHER_CATEGORY.format(code=code.removeprefix(_UNTOLD_CODE)))
                    return None
                if not value_role(name):
                    # '1.高中教育2050204款：980.25万元': an amount without its role words (年初预算,
                    # 决算 …) may be either; only a stated role is read
                    unparsed("an amount of the paragraph's coded item without its role words (年初预算, 决算)")
                    return None
                return make("expenditure_category" if len(code) == 3 else "expenditure_function", code)
            if self.item.endswith("//"):
                # '一般公共服务支出（类）年初预算为X，支出决算为Y': an item named by its 类 alone; its
                # role-word figures are that 类's (code of the 类 name, as the budget before it was
                # read), never a total; a 类 name of no known code keeps no figure
                metric, code = classify_money(self.item[:-2] + "（类）", "", {})
                if metric == "expenditure_category" and code:
                    return make(metric, code)
            if self.item:
                figure = make("expenditure_function")
                figure.name_text = self.item
                return figure
            if (title_read := self._titled_by(amount, name)) is not None:
                # '1、收入决算：2025年决算数300万元', '基本支出：决算数80万元', '（一）财政拨款收入：指…。
                # 2025年决算数X': role words alone (and the year) after a name run in before a colon as
                # the statement's title (its definition between at most): the titled figure
                if not title_read[0]:
                    unparsed(_title_not_read(title_read[2]))
                    return None
                return make(*title_read[:2])
            evaluated = classify_money(name, topic, state) if topic == "performance" and not m.core(label) else ("", "")
            if evaluated[0] == _UNIT_EVALUATION_SPENDING and anchor is not None and anchor.metric != evaluated[0]:
                # '…项目绩效目标管理，涉及资金X；组织开展单位整体支出绩效自评，全年预算数Y，执行数Z': the
                # whole-spending self-evaluation named after the figure before (its state set by the
                # clause between) is what the role words alone are of, never that figure
                anchor = None
            if anchor is not None and anchor.value_unit == "yuan" and anchor.value_role != role:
                if other_side := _other_side_named(anchor.metric, name):
                    # '政府性基金预算财政拨款收入3,500.00万元，年初预算为3,500.00万元，支出决算为3,412.60万元':
                    # role words with the other side's word after a fund's income are that fund's
                    # spending in their role (a side of no such metric: not read)
                    if other_side not in m.metrics():
                        unparsed(f"role words naming the other side of {anchor.metric}, which has no such metric")
                        return None
                    return make(other_side)
                return make(anchor.metric, anchor.function_code)
            if anchor is None and (last_subject := self._last_sentence_subject(amount, role)) is not None:
                # '…一般公共预算财政拨款支出9,358.16万元，比上年增加406.73万元。年初预算为8,960.40万元，…':
                # role words alone opening the sentence after one of a single money subject in another
                # role are that subject's
                return make(*last_subject)
            if evaluated[0]:
                # '部门整体支出绩效自评综述：…。全年预算数0万元，执行数0万元': role words alone, in a
                # paragraph whose state says what is evaluated (elsewhere role words alone name no
                # total: a 全年预算数 of unknown subject is not read); the self-evaluation's 全年预算数
                # is its budget (metrics.csv: ``make``), the only budget it states
                return make(*evaluated)
        if amount.is_money and (subject := self._subject_in_role(name, label, role)) is not None:
            # '“三公”经费年初预算8万元，财政拨款支出决算为7万元' (a 决算): role words with fund and side
            # words alone, after the sentence opened with a 三公 or 机关运行经费 figure of another role:
            # that subject's figure in this role, never the fund's spending
            return make(subject.metric, subject.function_code)
        if amount.is_money and m.is_filler(m.core(label)) and self._defines_operating_cost(amount, label):
            # '本部门…维持机关运行，用于一般公共预算安排的行政运行经费，合计X万元': the definition of
            # 机关运行经费 and its name, then words of no subject: that cost
            return make("operating_cost")
        if amount.is_money and (sub_unit := _sub_unit_named(m.core(label))):
            # '2026年某某大学所属某某医院事业收入预算X': the unit's own name, then one of its sub-units
            # named before the metric's words: that unit's figure, never the document's
            unparsed(f"a figure of a sub-unit ('{sub_unit}') named before the metric's words: not the unit's own")
            return None
        if amount.is_money and m.is_filler(m.core(label)) and (title_read := self._titled_by(amount, name)) is not None:
            # '（二）非税收入：指除税收以外…的财政资金。2026年预算安排62万元', '（一）教育支出：2026年预算
            # 安排X': the year and budget words alone after a name run in before a colon as the
            # statement's title (its definition between at most) are the titled figure's; a title of
            # no metric keeps none (never the total of the topic its words are about)
            if not title_read[0]:
                unparsed(_title_not_read(title_read[2]))
                return None
            if title_read[0] not in _ITEM_METRICS or _fits_categories(
                m.core(name), title_read[1], (self._category_before(amount, name), self._heading_category())
            ):
                return make(*title_read[:2])
        if (
            amount.is_money
            and (all_of := _ALL_OF_NAMED.match(compact(label)))
            and not m.is_filler(m.core(all_of.group("name")))
        ):
            # '本年收入520.00万元，全部为财政拨款收入520.00万元，比上年增加31.20万元': an amount said to
            # be all of the figure before it (全部为 / 均为 …) restates that figure as the part it names
            # (read without the words saying so; the change after it stays the whole's, as after '全部为…'
            # with no amount); an amount that differs from that figure, or with no figure before it
            # to be all of, is not certain: no figure
            # ('按支出功能分类，全部为卫生健康支出（210）X元': an item named with its code or level mark,
            # nothing before it to be all of, states its own amount)
            item_alone = anchor is None and m.has_level_mark(all_of.group("name"))
            if not item_alone and (
                anchor is None or anchor.value_unit != "yuan" or not make(anchor.metric).agrees_with(anchor)
            ):
                unparsed(
                    f"an amount said to be all of the figure before it ('{all_of.group('lead')}') that "
                    + ("differs from it" if anchor is not None and anchor.value_unit == "yuan" else "follows none")
                    + ": not read"
                )
                return None
            label = all_of.group("name")
        if amount.is_money:
            metric, code = classify_money(label, topic, state)
            if (
                metric
                and m.funded_item(m.core(label))
                and classify_money(_BRACKET_AT_END.sub("", compact(label)), topic, dict(state))[0] != metric
            ):
                # '教学业务费（专户资金）200.00万元': the metric the fund's words in brackets gave is the
                # fund's, the amount the item's it funds (held-out set 86: no 财政专户 income)
                metric, code = "", ""
            if (
                metric in _FUND_APPROPRIATION_SPENDING
                and "拨款" in compact(label)
                and not _SIDE_WORD.search(compact(label))
                and self._both_sides_listed(label, state)
            ):
                # '收入、支出预算均为X万元，其中一般公共预算拨款Y万元，政府性基金预算拨款0万元': a fund's
                # 拨款 named by no side, listed under both sides' totals, is the appropriation received
                # (metrics.csv: income_general_public_budget is the 一般公共预算拨款; the spending names
                # its 支出), the income's part; the spending's part is not stated
                metric, code = classify_money(label, "income", state)
            if (
                not metric
                and (each_word := _EACH_LABEL.search(compact(label)))
                and not m.is_filler(m.core(each_named := compact(label)[: each_word.start()]))
            ):
                # '上缴上级支出、经营支出、对附属单位补助支出均为0万元': the last item's name before the word
                # saying every item listed has the amount (``_each_of_list`` reads the others); never a
                # side's word alone ('一般公共预算收入、支出均为X': the fund's sides, not the totals)
                metric, code = classify_money(each_named, topic, dict(state))
            if not metric and (bare_colon := compact(label).rstrip("：:")) != compact(label) and m.core(bare_colon):
                # '部门预算总支出：480.20万元', '支出总计：X': the colon between a label and its amount is
                # no word of the label
                metric, code = classify_money(bare_colon, topic, state)
            if (
                metric == "income_fiscal_appropriation"
                and "收入" not in compact(label)
                and (lead := _ARRANGEMENT_LEAD.search(compact(self._text[self._sentence_begin : amount.start])))
                and "收" not in lead.group()
            ):
                # '2026年财政拨款安排情况如下：财政拨款（补助）预算数80万元': after a lead-in on what is
                # arranged (naming no income: 收入, 收支) the 财政拨款 named by no side is the spending
                metric = "expenditure_fiscal_appropriation"
            if arranged := self._arranged_fund_side(paragraph, label):
                # '（五）政府性基金预算支出情况' then '2026年政府性基金预算安排0万元。（…本单位无政府性
                # 基金预算安排的支出）': the fund's arrangement is its spending
                metric, code = arranged, ""
            if self.final_accounts and (spent := self._fund_spent_in_role(metric, amount)):
                # '八、政府性基金预算财政拨款支出决算情况说明' then '政府性基金预算财政拨款年初预算为X，支出
                # 决算为Y': the fund's 财政拨款 named by no side, then its role words, is that fund's spending
                metric = spent
            if metric in _ITEM_METRICS and not _fits_categories(
                m.core(label), code, (self._category_before(amount, name), self._heading_category())
            ):
                # '教育支出中，人大事务（款）人大会议（项）[2010104]50万元': a path that names no 类 of
                # its own prints a code under another 类 than the one named before it: not trusted
                unparsed(_OTHER_CATEGORY.format(code=code))
                return None
            if not metric and (alone := m.code_alone(m.core(label), self._category_before_codes(amount, name))):
                # '城乡社区支出中，（21208）X万元，（21213）Y万元': a 款/项 code alone in brackets under
                # the 类 the sentence names before it (no 类 named: no figure)
                metric, code = "expenditure_function", alone
            if (
                not metric
                and (category := self._category_before(amount, name) or self._heading_category())
                and len(kuan_first := m.marked_function_code(m.core(label), category)) > len(category)
            ):
                # '（一）教育支出（205类）72,880.25万元。其中：' then '1.教育管理事务（01款）行政运行（01项）
                # 986.42万元': a path printed from its 款 with the levels' digits, under the 类 named
                # before it in its sentence or by the numbered paragraph or heading above it
                metric, code = "expenditure_function", kuan_first
            if not metric and (total := self._heading_total(amount, label, topic, state)):
                # '四、“三公”经费' then '合计8.40万元；其中：…', '五、机关运行经费' then '95.10万元，较上年…':
                # words of no subject at all (a sum word, or the amount alone) under a heading naming
                # a topic's total are that total, as filler words are (rules 'filler & topic:T')
                metric = total
            if not metric and (other := _economic_other_name(label)):
                # '商品和服务支出（公用支出）20万元': an economic 类 named with the field's other name
                # of the same money in brackets is the part of the basic spending that name states
                # (as '公用经费20万元' is); unless another 类
                # of the list is named so too ('工资福利支出（人员支出）…，对个人和家庭的补助（人员
                # 支出）…': each is a part of it, neither is the whole)
                metric, code = classify_money(other, topic, state)
                if "basic_expenditure" not in _ancestors(metric)[:1]:
                    # ('资本性支出（项目支出）': an economic 类 of the project spending is a part of
                    # it; only a part of the basic spending is named so as a whole)
                    metric, code = "", ""
                if metric and self._other_name_shared(paragraph.text, amount, metric, topic):
                    unparsed(f"'{other}' names two or more economic 类 of the list: each a part of {metric}")
                    return None
            if metric and (change_word := _TRAILING_CHANGE.search(m.core(label))):
                # '与2023年预算相比增长14.35%，其中…，公务用车运行维护费增加1.72万元': a change whose
                # base this label does not state, never the level of its subject
                unparsed(f"a change ('{change_word.group()}') whose base is not stated: not the figure")
                return None
            if metric in _SPENDING_PARTS and self._part_of_item(anchor, state, label):
                # '一般公共服务支出预算700万元；其中：基本支出300万元；…。项目支出400万元，…': the basic
                # and project spending listed under a 类/款/项 figure are that item's parts, never the
                # unit's basic or project spending (nor is their change)
                unparsed(f"{metric} of the 类/款/项 figure before it, not the unit's")
                return None
            if (
                metric
                and metric not in PER_PROJECT
                and amount.is_money
                and not self.final_accounts
                and "项目支出" in paragraph.text
                and (
                    listed := _inline_project_item(
                        compact(paragraph.text[paragraph.text.rfind("。", 0, amount.start) + 1 : amount.start])
                    )
                )
            ):
                # '…安排项目支出1630900.00元，具体为：1.城乡义务教育公用经费612300.00元；2.…': a numbered item
                # of the project spending's list in its sentence is a project's money, never the
                # metric its words name (公用经费: held-out set 90, a conflict failed the run)
                unparsed(f"an item of the project spending's list ('{listed}'): a project's money, not {metric}")
                return None
            if metric.startswith("income_") and (paid := _PAID_WITH.search(compact(label))):
                # '基本支出中使用事业收入安排1,200,000.00元': the spending an income pays for, never that
                # income (held-out set 89: read as the 事业收入, a conflict failed a run)
                unparsed(f"spending paid with an income ('{paid.group()}'), not {metric}")
                return None
            if (
                metric in _FUND_INCOME
                and self._part_of_carryover(anchor, state, label, amount.start)
                and self._carryover_parts is not None
            ):
                # '年初财政拨款结转和结余1,970.50万元，其中一般公共预算财政拨款1,120.50万元，政府性基金预算
                # 财政拨款850.00万元': the funds listed under a carry-over are its parts by fund, never
                # the year's income of each fund (held-out set 89: a document that adds up failed)
                part_of_carried = self._carryover_parts[0]
                unparsed(
                    f"a part by fund of {part_of_carried.metric} ({part_of_carried.value_text}) before it, not {metric}"
                )
                return None
            if (
                metric in _TOTALS
                and self._fiscal_sides is not None
                and _BARE_SIDE_TOTAL.fullmatch(_PART_LEAD.sub("", compact(m.core(label))).lstrip("，,；;：:、"))
            ):
                # '财政拨款收支总预算300万元。其中，收入总计300万元，…；支出总计300万元，…': the sides
                # listed under the fiscal appropriation's grand total are that table's, never the
                # unit's income or expenditure total: the same amount restates the grand total, another
                # is not certain
                if "支出" in compact(m.core(label)):
                    self._sentence_total_scope = _TOTAL_SCOPES["fiscal_grand_total"]  # (the 类 after it)
                if amount.value != self._fiscal_sides.value or role != self._fiscal_sides.value_role:
                    unparsed(_FISCAL_TABLE_SIDE)
                else:
                    self.restated += 1
                return None
            if metric == "expenditure_total" and self._after_fiscal_total_income(label, amount):
                # '我单位财政拨款总收入520万元，总支出520万元': the spending total right after the
                # fiscal appropriation's total income (only its change or its parts between) is
                # that table's other side, never the unit's expenditure total; a final account's
                # 支出总计 holds the carry-over to the next year: which figure it is is not certain
                if self.final_accounts and _BOTTOM_ROW.match(compact(label)):
                    unparsed(_FISCAL_TOTAL_SPENDING_ROW)
                    return None
                return make("expenditure_fiscal_appropriation")
            # (the fund's figure must be the sentence's first: a fund listed among a total's parts
            # ('收入X，其中：…政府性基金Y；支出Z') is no subject of what follows)
            fund = next(iter(self.figures[self._sentence_figures :]), None)
            if (
                fund is not None
                and fund.metric in _FUND_SIDES
                and (side := _BARE_SIDE.fullmatch(compact(m.core(label)).lstrip("，,、；;其中")))
                and (fund.metric not in _SPENDING_ONLY_SIDES or self._continues_fund(fund, label, side, amount))
            ):
                # '政府性基金预算财政拨款收入12万元，支出9万元，年末结转3万元': the words of one side
                # alone after a fund's figure are that fund's, never the document's totals; after
                # the fiscal appropriation's or the general public budget's income only the bare
                # 支出 ('财政拨款收入80万元，支出80万元') and a carry-over after that spending: their
                # 本年收入 / 上年结转 listed after 其中 are the fund's parts
                # (income_fiscal_appropriation_current_year, ``Walker._continues_fund``)
                income, spending = _FUND_SIDES[fund.metric]
                if side.group("side") in ("收入", "支出"):
                    return make(income if side.group("side") == "收入" else spending)
                unparsed(f"the carry-over of the fund {fund.metric} names: no metric")
                return None
            if (
                fund is None
                and (side := _BARE_SIDE.fullmatch(compact(m.core(label)).lstrip("，,、；;")))
                and side.group("side") in ("收入", "支出")
                and (opening_fund := self._subject_fund_at(amount.start)) in _SUBJECT_FUND_SIDES
                and _named_scope(compact(self._text[self._sentence_begin : amount.start])) == opening_fund
            ):
                # '2024年度政府性基金预算财政拨款年初结转和结余0万元，本年收入1280万元，本年支出1280万元': the
                # sides of the fund the sentence opens with (its first figure, a carry-over, no metric's)
                income, spending = _SUBJECT_FUND_SIDES[opening_fund]
                return make(income if side.group("side") == "收入" else spending)
            before_it = [a for a in self._sentence_found if a.start < amount.start]
            money_first = next((a for a in before_it if a.is_money), None)
            if (
                self.final_accounts
                and _ROLE_WORDS.search(name)
                and metric in _TOTALS
                and money_first
                and m.is_filler(m.core(label))
            ):
                # '某某工作经费：年初预算为50万元，支出决算为48万元': role words alone after the
                # sentence named something else before its first amount (an item or project not
                # understood): its actual, never the document's total
                opening = _ROLE_WORDS.sub("", compact(self._text[self._sentence_begin : money_first.start]))
                if not m.is_filler(m.core(opening)) and classify_money(opening, topic, {})[0] not in _TOTALS:
                    unparsed("role words alone after words that name no total: whose amount it is is not certain")
                    return None
            if (
                metric in _TOTALS
                and m.is_filler(m.core(label))
                and (self._sentence_money_start == amount.start or (before_it and not before_it[-1].is_money))
            ):
                # '2018年公务接待19批次，187人次，支出1.85万元': a total's words alone after words
                # that name another figure: that figure's amount, not the document's total (also
                # after an earlier amount: '外事接待费支出0万元，国内公务接待193批次，1542人，共计支出
                # 8.65万元' names its subject after that amount); the words since the sentence's last
                # '；' at most: a count before it ('…共有车辆2辆；司法局收入预算500.00万元') belongs to
                # another statement
                money_before = [a for a in before_it if a.is_money]
                begin = max(money_before[-1].end if money_before else 0, self._statement_begin(amount.start))
                words = compact(self._text[begin : amount.start])
                named = classify_money(words[: -len(compact(label))] if compact(label) else words, "", {})[0]
                if named and named not in _TOTALS and not named.endswith("_change_vs_prior_year"):
                    before = words[: -len(compact(label))] if compact(label) else words
                    if named in _THREE_PUBLIC_PARTS and _COUNTS_AFTER_NAME.search(before):
                        # '2018年公务接待19批次，187人次，支出1.85万元': a 三公 part's name, then
                        # nothing but its counts: the money is that part's
                        return make(named)
                    if _TITLE_COLON.match(before) and not money_before:
                        # '基本支出：2026年年初预算数为80万元': a name run in before a colon as the title
                        # of the statement after it, nothing but a total's words and the year
                        # between: the amount is the named figure's
                        return make(named)
                    unparsed(f"a total's words after words that name {named}: whose amount it is is not certain")
                    return None
                if 0 <= self._sentence_start < amount.start and (
                    begin <= self._sentence_start
                    or any(not a.is_money for a in amounts(self._text[begin : amount.start]))
                ):
                    # '2018年外宾接待24批次，210人次，支出2.05万元': a total's words after counts of
                    # something not understood are that thing's money, not the document's total
                    unparsed("a total's words after counts: whose amount it is is not certain")
                    return None
            if (
                amount.is_money
                and m.is_filler(m.core(label))
                and (self._sentence_money_start == amount.start or (before_it and not before_it[-1].is_money))
                and (named_last := self._named_just_before(amount, label))
                and named_last != metric
            ):
                # '2025年“三公”经费中，公务接待费占30%，金额1.5万元': words of nothing but the topic
                # after a clause that names another figure (a part, with its share): whose amount it
                # is is not certain
                unparsed(
                    f"words of no subject after a clause that names {named_last}: whose amount it is is not certain"
                )
                return None
            if (
                self.final_accounts
                and (fiscal_row := _FISCAL_BOTTOM_ROW.match(compact(label)))
                and (carried := _CARRYOVER_INCLUDED.match(paragraph.text, amount.end))
                and (fiscal_row.group("side") == "收入") != ("年末" in carried.group())
            ):
                # '2022年度财政拨款收入总计500万元（含年初财政拨款结转和结余）', '财政拨款支出总计500万元，
                # 其中：本年财政拨款支出460万元，年末财政拨款结转和结余40万元' in a final account: a bottom
                # row of the 财政拨款收入支出决算总表, the carry-over included (年初 on the income side,
                # 年末 on the spending side): the fiscal appropriation's grand total, never the year's
                # 财政拨款收入 / 支出
                return make("fiscal_grand_total")
            if (
                self.final_accounts
                and _SPENDING_SIDE.search(compact(label))
                and (
                    _FISCAL_BOTTOM_ROW.match(compact(label))
                    or (metric in _TOTALS and _BOTTOM_ROW.match(compact(label)))
                )
                and (income_side := self._fiscal_income_side()) is not None
            ):
                # '财政拨款收入总计500万元，支出总计500万元': the 支出总计 after the fiscal appropriation's
                # 收入总计 in its sentence is that table's other side, never the 收支总表's; the two balance
                return self._fiscal_spending_side(income_side, label, make, unparsed)
            if self.final_accounts and metric in _TOTALS and _BOTTOM_ROW.match(compact(label)):
                # '2022年度收入总计3341.83万元' in a final account: the bottom row of the 收支总表
                # named alone; it holds 年初结转和结余 and equals 支出总计: the grand total, not the
                # year's income or expenditure (本年收入合计). (A budget's income_total is its
                # 收支总表 total, 上年结转 included: the income parts the checks sum hold it.)
                if self._spending_side_apart(label, "grand_total", amount.value, role):
                    self._totals_apart = True
                    unparsed(_SPENDING_SIDE_APART)
                    return None
                return make("grand_total")
            if (
                not self.final_accounts
                and metric == "income_total"
                and _BOTTOM_ROW.match(compact(label))
                and (
                    self._totals_named_as_one(amount)
                    or _HOLDS_CARRYOVER.match(self._text, amount.end)
                    or any(
                        f.metric == "income_total"
                        and f.value_role == role
                        and f.unit_text == unit_text
                        and not _BOTTOM_ROW.match(compact(f.name_text))
                        and self._carryover_between(f.value, amount.value, role, unit_text)
                        for f in self.figures
                    )
                )
            ):
                # ('本年收入合计X' … '上年结转Z' … '收入总计Y' with X + Z = Y, in other paragraphs: the 总计
                # after the year's income and the carry-over is the grand total, never a second statement
                # of the income that disagrees with it)
                # ('2024年收入总计X万元（含上年结转Y万元），支出总计X万元': the 总计 said to hold the
                # carry-over is the 收支总表's grand total, never the year's income, 本年收入合计)
                # '2026年收入总计500 万元，支出总计500万元，与上年相比，收、支总计各增加40万元' in a
                # budget: the two 总计 equal, then named as one, are the 收支总表's grand total (the
                # 支出总计 restates it), never a second reading of the income total
                self._grand_total_sides = amount
                return make("grand_total")
            if (
                not self.final_accounts
                and metric == "expenditure_total"
                and self._grand_total_sides is not None
                and _BOTTOM_ROW.match(compact(label))
                and _SPENDING_SIDE.search(compact(label))
                and (
                    self._totals_named_as_one(self._grand_total_sides, amount)
                    or (
                        _HOLDS_CARRYOVER.match(self._text, self._grand_total_sides.end)
                        and self._grand_total_sides in self._sentence_found
                        and amount.value == self._grand_total_sides.value
                    )
                )
            ):
                self.restated += 1
                return None
            year_whole = anchor
            if (
                metric in ("income_total", "expenditure_total")
                and "本年" in compact(label)
                and (anchor is None or anchor.metric not in (metric, "grand_total"))
                and (
                    listing := self._grand_total_listing(
                        metric,
                        anchor,
                        role,
                        bool(
                            state.get("parts")
                            or _PART_LEAD.match(compact(label))
                            or _PART_LEAD.match(compact(self._text[self._sentence_begin : amount.start]))
                        ),
                    )
                )
                is not None
            ):
                # '收支总预算X，其中：本年收入Y，上年结转Z；本年支出X', '收入总计X，支出总计X。其中：本年
                # 收入合计Y，年初结转和结余Z；本年支出合计W，年末结转和结余V': the year's total of either
                # side listed after the 总计 (or after a part of it) is a part of that grand total
                year_whole = listing
            elif (
                metric == "income_total"
                and (
                    "本年" in compact(label).replace("本年度", "")
                    or (not self.final_accounts and not _BOTTOM_ROW.match(compact(label)))
                )
                and (anchor is None or anchor.metric not in (metric, "grand_total"))
                and (
                    stated := next(
                        (
                            f
                            for f in reversed(self.figures)
                            if f.metric == "income_total"
                            and f.value_role == role
                            and f.unit_text == unit_text
                            and _BOTTOM_ROW.match(compact(f.name_text))
                            and f.value > amount.value
                        ),
                        None,
                    )
                )
            ):
                # '收入总计X，支出总计X。' then, in a later paragraph, '本年收入Y' (Y < X; in a budget
                # '收入预算Y' too): the 收入总计 read before was the 收支总表's grand total (本年收入合计 and
                # the carry-over), never a second statement of the year's income that disagrees with it
                if "本年" not in compact(label).replace("本年度", ""):
                    if not (
                        self._carryover_between(amount.value, stated.value, role, unit_text)
                        or self._carryover_after(amount, stated.value)
                    ):
                        unparsed(
                            "an income total below the 收入总计 read before, the difference no carry-over "
                            "stated: which is the year's income is not certain"
                        )
                        return None
                    self._as_grand_total(stated)
                    self._other_side_restates(stated)
                    return make(metric, code)
                year_whole = stated
            if (
                metric in ("income_total", "expenditure_total")
                and year_whole is not None
                and year_whole.metric in (metric, "grand_total")
                and year_whole.value_role == role
                and "本年" in compact(label)
                and (
                    "总" in compact(year_whole.name_text)
                    # ('2025年度收入决算X，其中：本年收入Y，…；年初结转和结余Z' in a final account: the
                    # income more than the year's own holds the carry-over, as its 收入总计 does)
                    or (
                        self.final_accounts
                        and metric == year_whole.metric == "income_total"
                        and "本年" not in compact(year_whole.name_text).replace("本年度", "")
                        and year_whole.value > amount.value
                    )
                )
                # (equal: no carry-over, the whole is the year's total; unless the whole named itself
                # the grand total: '收支总预算X，其中：本年收入X，本年支出X')
                and (year_whole.value != amount.value or year_whole.metric == "grand_total")
                and (state.get("parts") or _PART_LEAD.match(compact(label)) or year_whole is not anchor)
            ):
                # '总收入X，其中本年收入Y' / '收入总计X，其中：本年收入合计Y': the whole (with the
                # carry-over) is the grand total of the 收支总表, the year's part is the total; the
                # other side's 总计 stated equal beside it ('收入总计X，支出总计X，其中：…') is that
                # grand total too, never that side's year total
                if year_whole.metric != "grand_total":
                    self._as_grand_total(year_whole)
                    self._other_side_restates(year_whole)
                return make(metric, code)
            if (
                metric in _TOTALS
                and anchor is not None
                and anchor.value_unit == "yuan"
                and anchor.metric != metric
                and (state.get("parts") or _PART_LEAD.match(compact(label)))
                and m.is_filler(m.core(label))
            ):
                # '财政拨款收入X，其中：本年收入Y': a part of the figure before it, named by nothing
                # but words of a total ('本年收入'), is not the document's total: the year's own
                # part of that figure when metrics.csv has one, else unparsed
                current = _current_year_part(anchor.metric)
                if current and "本年" in compact(label):
                    return make(current)
                unparsed(self._total_words_in_list(anchor))
                return None
        else:
            joined = _JOINED_KIND.search(compact(paragraph.text[: amount.start]))
            if (
                joined
                and COUNT_UNITS[amount.unit] == "people"
                and (joined.group("kind") or joined.group("kind_retired")) not in compact(label)
            ):
                # '行政、事业编制64名', '离、退休人员20人': the label after the '、' holds one kind, the
                # count is of both
                label = joined.group(0) + compact(label)
            if (change_word := _TRAILING_CHANGE.search(m.core(label))) and len(change_word.group()) > 1:
                # '本年在职人员减少3人', '退休人员增加2人': a count's change (its base not stated), never
                # the count
                unparsed(f"a change ('{change_word.group()}') of a count, not the count")
                return None
            if (
                amount.unit == "个"
                and (groups := _GROUPS_AFTER.match(paragraph.text, amount.end))
                and "团组" not in compact(label)
            ):
                # '计划安排2个团组出访', '组织3个因公出国（境）团组': the noun of a group count printed
                # after its 个 names it too
                label = compact(label) + compact(groups.group("name"))
            elif (
                amount.unit in ("个", "次")
                and compact(label).endswith("组团")
                and _ABROAD_NAMED.search(paragraph.text, self._sentence_begin, amount.start)
            ):
                # '因公出国（境）费0万元，计划组团0个，0人次': the groups formed (组团) in a sentence
                # about a trip abroad are the groups sent abroad (elsewhere '组团3次' names nothing)
                label = compact(label) + "出国团组"
            elif (
                amount.unit == "批次"
                and (received := _RECEPTION_AFTER.match(paragraph.text, amount.end))
                and "接待" not in compact(label)
            ):
                # '15批次国内公务接待，共120人次': the reception named after its batches names them
                label = compact(label) + compact(received.group("name"))
            if (
                COUNT_UNITS[amount.unit] == "people"
                and _HIRED_WORDS.search(compact(label))
                and not _DISPATCHED_WORDS.search(compact(label))
                and (dispatched := _DISPATCHED_AFTER.match(paragraph.text, amount.end))
            ):
                # '编外聘用人员3人（劳务派遣）': the hired counted are said right after their count to be
                # placed by an agency, as '编外聘用人员（劳务派遣）3人': the dispatched (staff_dispatched),
                # never added to the contract staff
                label = compact(label) + compact(dispatched.group("kind"))
            if COUNT_UNITS[amount.unit] in ("occasions", "person_times") and self._after_foreign_reception_money(
                amount, label
            ):
                # '外事接待支出0万元，共接待0批次、0人次': the counts right after a foreign reception's
                # money, named by nothing but 接待, are that reception's (metric_wording.csv occasions
                # rule 10), never the 国内 reception's counts
                label = _FOREIGN_RECEPTION_WORD + compact(label)
            metric, code = classify_count(label, COUNT_UNITS[amount.unit], state), ""
            if (
                self._by_organisation
                and COUNT_UNITS[amount.unit] == "people"
                and (why := _organisation_part(paragraph.text, amount.start, metric, state))
            ):
                # '局机关实有在编人员14人，下属事业单位实有在编人员40人': the 机关's people (or another
                # organisation's) are one part of the unit's by organisation, no metric's whole
                unparsed(why)
                return None
            if metric and state.get("staff_leaders") and _STAFF_IN_POST in (metric, *_ancestors(metric)):
                # '实有主任1人，副主任3人，工作人员10人': a group listed after the leaders counted by their
                # post (metric_wording.csv sets staff_leaders) is the rest of the staff, a part whose whole
                # nobody states: neither the staff in post nor a kind or funding of them
                unparsed(
                    "a group listed after the leaders counted by their post (主任, 校长, 局长 …): a part of the "
                    f"staff in post whose whole is not stated, not the document's {metric}"
                )
                return None
            if metric in _ADMIN_STAFF and self._civil_service_apart and not _CIVIL_SERVICE_LIKE.search(label):
                # '编制人数小计25人，其中：行政编制人数6人，参照公务员法管理的事业编制人数12人，…': beside a 参公
                # count printed apart, the 行政 count is a part of the 行政（含参公）kind, never its figure
                unparsed(
                    f"a 行政 count beside a 参公 count printed apart: a part of the 行政（含参公）kind, not the "
                    f"document's {metric} (the parts are never added up)"
                )
                return None
            if not metric and COUNT_UNITS[amount.unit] == "vehicles" and (state.get("parts") or _PART_LEAD.match(name)):
                metric = self._general_purpose_part(amount, label)
            if (
                not metric
                and amount.unit == "批次"
                and m.is_filler(m.core(label).removeprefix("累"))
                and self._about_reception_only()
            ):
                # '2015年公务接待费X元，…。…主要用于…检查。共376批次、3314人次。': batches named by
                # nothing in a paragraph about the reception money alone are its batches (the 人次
                # after them are its people by the state the batches set)
                metric = classify_count(_RECEPTION_WORD + compact(label), COUNT_UNITS[amount.unit], state)
            if not metric and amount.unit == "批次" and (listed_words := self._receptions_listed(amount)):
                # '共接待上级督导、考察等公务活动25批次': the receptions listed ('、') after 接待, then their
                # batches (a foreign reception among them, '外事来访', names none: rule 11)
                metric = classify_count(listed_words, COUNT_UNITS[amount.unit], state)
        if (
            not metric
            and amount.is_money
            and (path := _named_item(label, None if self.final_accounts else self.fiscal_year, self.function_names))
        ):
            # '“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”53.84万元': an item
            # named by its levels without their digits; its code comes from the document's tables
            figure = make("expenditure_function")
            figure.name_text = path
            return figure
        if not metric and amount.is_money and _SUM_WORDS.fullmatch(compact(label)):
            # '因公出国（境）费0万元，公务接待费2万元，公务用车运行维护费8万元，合计10万元': a sum
            # named by nothing after the parts of one whole that cover every part of it is that whole
            metric = _whole_of_parts(
                [f.metric for f in self.figures[self._sentence_read_before :] if f.value_role == role]
            )
        if not metric and amount.is_money and amount.value == 0 and _OTHERS_ALL.fullmatch(compact(label)):
            # '“三公”经费决算为X元，全部是公务用车运行维护费，其他均为0元': every other part of the
            # whole is 0 (only when the part named all of it was read right before, by its words)
            others = self._other_parts(anchor)
            if others:
                self.figures.extend(make(other) for other in others[1:])
                return make(others[0])
        targets_words = _ALL_UNDER_TARGETS.match(self._text, amount.end) if amount.is_money else None
        under_targets = targets_words is not None
        if (
            not metric
            and targets_words is not None
            and targets_words.group("noun")
            and _TARGETS_AMOUNT_LEAD.fullmatch(m.core(label))
        ):
            # '2026年对760.00万元项目支出全部设定绩效目标': the amount before the projects' words,
            # all of it said to be under targets, is the targets' money
            metric = _TARGETS_MONEY
        if not metric and under_targets:
            # '项目12个，金额600万元，全部设定绩效目标': money named by words of no subject, then said to be
            # all under performance targets: the targets' money (as '…绩效目标管理，涉及金额X')
            metric, code = classify_money(label, "performance", {})
            if metric != _TARGETS_MONEY:
                # ('（四）绩效目标设置情况：2025年本单位项目支出X万元全部实行绩效目标管理': the project
                # spending named under the targets' heading, then said to be all under targets, is the
                # project spending, and the targets' money with it, below)
                metric, code = classify_money(label, m.topic_of(compact(label)), {})
                metric = metric if metric == "project_expenditure" else ""
        if not metric:
            kind = "money" if amount.is_money else COUNT_UNITS[amount.unit]
            whole, part_words = part_of(kind, label, topic, state)
            if not whole and amount.is_money and _APPROPRIATION_PART.match(m.core(label)):
                # '其中：经费拨款300万元', '包括经费拨款收入300万元': a part of the 一般公共预算拨款
                unparsed(
                    "经费拨款: a part of the 一般公共预算拨款 (经费拨款 + 纳入预算管理的非税收入拨款), "
                    "never the appropriation's whole: no metric"
                )
                return None
            if not whole and amount.is_money and _NON_TAX_PART.search(m.core(label)):
                # '纳入公共预算管理的非税收入拨款20万元': the other part of the 一般公共预算拨款
                unparsed(
                    "纳入预算管理的非税收入拨款: a part of the 一般公共预算拨款 (经费拨款 + 纳入预算管理的非税收入"
                    "拨款), never the appropriation's whole: no metric"
                )
                return None
            if (
                not whole
                and amount.is_money
                and not amount.value
                and (none := _NONE_THEN_ZERO.match(m.core(label)))
                and (zero := classify_money(m.core(label)[none.end() :], topic, {}))[0] in _ZERO_METRICS
            ):
                # '没有使用政府性基金预算拨款安排的支出（0.00万元）': the none restated by its amount, 0
                return make(zero[0], zero[1])
            if not whole and (negated := m.negated_words(m.core(label))):
                # '未纳入财政专户管理的收入安排的单位资金', '非政府性基金收入': the words naming the
                # metric are negated (wording._negated_away): never that metric's figure
                unparsed(f"the words '{negated}' are negated (非 / 不含 / 未纳入 …): no figure of what they name")
                return None
            if not whole and amount.is_money and (funding := m.funded_item(m.core(label))):
                # '高标准农田建设配套（政府性基金）150万元': an item funded by the fund, not the fund's total
                unparsed(f"an item funded by {funding} (named in brackets after it): not the fund's total")
                return None
            if not whole and amount.is_money and (why := _code_not_trusted(label)):
                # '农林水支出（208）50万元', '[2010305]行政运行30万元': a name the function code printed
                # with it does not fit (or levels out of order): neither is trusted
                unparsed(why)
                return None
            if (
                not whole
                and amount.is_money
                and m.is_filler(m.core(label))
                and (told := self._whole_told_by_parts(paragraph, amount, topic))
            ):
                # '2026年年初预算数400万元，其中一般公共预算拨款380万元，上级补助拨款20万元': a total
                # named by nothing whose parts after 其中 are all income sources (or all the basic
                # and project spending) is that side's total
                return make(told)
            # '机关运行经费中办公费10万元': a part of a metric that no metric names is not the whole
            unparsed(f"a part ({part_words}) of {whole} that no metric names" if whole else "label not understood")
            return None
        if (
            not amount.is_money
            and metric.startswith("vehicles_to_purchase")
            and metric != _BOUGHT_WITH["three_public_vehicle_purchase"][1]
            and self._bought_with_purchase_money(amount, anchor, label)
        ):
            # '公务用车购置费56万元，本年购置公务用车2辆' (a 决算): the vehicles bought in the year are
            # those the 购置费 bought too (vehicles_to_purchase_three_public), a kind's count the whole's
            # as well when it is the sentence's only count of buying; a budget's '购置费30万元（购置…
            # 1辆）': what the purchase money buys (a kind's count stays that kind's too)
            bought = _BOUGHT_WITH["three_public_vehicle_purchase"][1]
            if not self.final_accounts:
                metrics = [bought] if metric == "vehicles_to_purchase" else [metric, bought]
            else:
                metrics = [*self._bought_in_year(amount, metric), bought]
            self._side_changes.extend(make(other) for other in metrics[1:])
            metric = metrics[0]
        if under_targets and metric == "project_expenditure":
            # '项目支出520万元全部实行绩效目标管理': the project spending is all the targets' money too
            self._side_changes.append(make(_TARGETS_MONEY))
        if (
            metric in ("income_carryover", "expenditure_carryover")
            and amount.is_money
            and (fund_named := self._subject_fund_at(amount.start)) in ("government_fund", "general_public_budget")
        ):
            # '政府性基金预算财政拨款年初结转和结余0万元，本年收入…，年末结转和结余0万元' (or under a heading naming
            # the fund): that fund's carry-over, never the unit's (no metric holds a fund's; a 财政拨款 one
            # is left to the wording: '非财政拨款结余' names no fund)
            unparsed(f"the carry-over of the {fund_named} its sentence or heading names: no metric")
            return None
        figure = make(metric, code)
        if metric == "key_project_budget":
            figure.name_text = state.get("project", "")
        return figure

    def _continues_fund(self, fund: Figure, label: str, side: re.Match[str], amount: Amount) -> bool:
        """Whether ``amount``, named by the bare side word of ``label`` (``side``: ``_BARE_SIDE``),
        goes on with the subject of the fiscal appropriation's or the general public budget's income
        ``fund``, the sentence's first figure: that figure opens the statement as its subject (no
        list opens before it, '收入预算包括：财政拨款收入X，事业收入Y；支出Z': a part of the unit's
        income, the 支出 the unit's; no '；' between it and ``amount``: a new statement) and the side
        is 支出 printed alone, or a carry-over once the fund's spending was read in the sentence
        (``_continues_fund_side``)."""
        first = self._sentence_found[0] if self._sentence_found else None
        if first is None or not first.is_money or first.start >= amount.start:
            return False
        opening = compact(self._text[self._sentence_begin : first.start])
        if _FUND_LISTED.search(opening) or _STATEMENT_END.search(self._text[first.end : amount.start]):
            return False
        spending = _FUND_SIDES[fund.metric][1]
        spending_read = any(f.metric == spending for f in self.figures[self._sentence_figures :])
        return _continues_fund_side(label, side.group("side"), spending_read)

    def _whole_told_by_parts(self, paragraph: Paragraph, amount: Amount, topic: str) -> str:
        """The total (income_total / expenditure_total) a money ``amount`` named by filler words
        alone ('年初预算数', '预算安排') states, told by its parts listed right after it after 其中
        up to the end of its '；'-separated statement: income_total when every part is an income
        source (``_INCOME_SOURCES``) and one at least is no appropriation nor carry-over
        ('其中一般公共预算拨款380万元，上级补助拨款20万元'; appropriations alone may be the fiscal
        appropriation's whole), expenditure_total when every part is the basic or the project
        spending. '' otherwise: fewer than two parts, a part not understood, a change or a count
        among them, parts of both kinds or adding up to more than the amount, a topic other than
        income or expenditure ('“三公”经费', '机关运行经费') or a fund its sentence or heading names
        (the total may be that fund's)."""
        if topic not in ("", "income", "expenditure") or _specific_funds(self._own_scope_at(amount.start)):
            return ""
        text = paragraph.text
        opener = _TOLD_BY_PARTS.match(text, amount.end)
        if opener is None:
            return ""
        parts: list[str] = []
        total = Decimal(0)
        begin = opener.end()
        for later in (a for a in self._sentence_found if a.start > amount.start):
            between = text[begin : later.start]
            if _STATEMENT_END.search(between):
                break
            label = compact(between).lstrip("，,、：:")
            if not later.is_money or not label or m.change_direction(label) is not None:
                return ""
            parts.append(classify_money(label, topic, {})[0])
            total += later.value
            begin = later.end
        if len(parts) < 2 or total > amount.value:
            return ""
        if all(part in _INCOME_SOURCES for part in parts) and not all(part in _APPROPRIATIONS for part in parts):
            return "income_total"
        if all(part in _SPENDING_PARTS for part in parts):
            return "expenditure_total"
        return ""

    def _evaluated_project(self, name: str, role: str, anchor: Figure | None, opening: str) -> str:
        """In a 决算, the project a figure's label (``name``, compact, with its role words; ``role``
        its value role) names with its budget's words, as the performance self-evaluation of a project
        states it (the national 部门决算 template: '某某项目全年预算数X万元，执行数Y万元，完成预算的P%'):
        the name before the role words when it names one project and ends in a project's word
        ('农村人居环境整治项目全年预算数', '其中，“油茶良种选育与推广”项目年初预算', '课后服务补助项目：年初
        预算'), or, for role words alone ('项目全年预算数', '该项目年初预算'), the project the text before
        the sentence names as evaluated ('…反映某某项目绩效自评结果。', '某某项目绩效目标完成情况综述。',
        within ``_EVALUATED_BACK`` characters) or the sentence's ``opening`` (its words before the
        amount: '课后服务补助项目：年初预算'); for the actual's words alone right after such a figure
        ('执行数', '全年执行'), that figure's project. '' when none."""
        if role in ("budget", "adjusted_budget"):
            said = _EVALUATED_PROJECT_LABEL.fullmatch(name)
            if said is not None and not said.group("name") and not said.group("word"):
                said = _EVALUATED_PROJECT_LABEL.fullmatch(opening) or said
            if said is None:
                return ""
            # ('1.某某经费，年初预算': the list number before the name is no word of it)
            project = _NUMBERED.sub("", said.group("name")) + (said.group("word") or "")
            if said.group("name") in ("", "该", "本", "此"):
                before = self._text[max(0, self._sentence_begin - _EVALUATED_BACK) : self._sentence_begin]
                named = [found for found in _EVALUATED_PROJECT_NAMED.finditer(before)]
                if not named:
                    return ""
                project = named[-1].group("a") or named[-1].group("b")
            return project if _PROJECT_WORD_END.search(project) and _names_a_project(project) else ""
        if (
            anchor is not None
            and anchor.metric == "key_project_budget"
            and anchor.value_role in ("budget", "adjusted_budget")
            and _ACTUAL_ALONE.fullmatch(name)
        ):
            return anchor.name_text
        return ""

    def _listed_project(self, paragraph: Paragraph, found: list[Amount]) -> bool:
        """In a budget's list of its projects (announced by the paragraph before, ``_project_list``),
        a numbered item '1、代表履职补贴540000元；' names one project and its budget: key_project_budget,
        name_text the project. The item's other amounts are its calculation ('按12家每家10000元测算'),
        never read. True when read; False for an item whose words name no project
        (``_names_a_project``), or that is no numbered item (an item of a list of no numbers while one
        is read). Items adding up to more than the project spending the list is of (``_list_total``)
        are no projects' budgets: every item of the list is then reported, none kept (those read
        before too)."""
        name = _listed_project_name(paragraph.text, found, self._list_numbered, self._list_by_lead, self.fiscal_year)
        if not name:
            return False
        amount = found[0]
        if self._list_total is not None:
            self._list_sum += amount.value
            if self._list_over or self._list_sum > self._list_total.value:
                self._list_above_total(paragraph, name, amount)
                return True
        if _OTHER_PROJECTS.match(name):
            # '4、其他项目经费8万元': the rest of the projects, no one project
            self.unparsed.append(
                Unparsed(
                    paragraph.line_at(amount.start),
                    amount.text.strip(),
                    name + amount.text.strip(),
                    "the rest of a list of projects ('其他'): no one project's budget",
                )
            )
            return True
        figure = _amount_figure(paragraph, amount, "key_project_budget", name, paragraph.text)
        self.figures.append(figure)
        self._list_read.append(figure)
        for other in found[1:]:
            self.unparsed.append(
                Unparsed(
                    paragraph.line_at(other.start),
                    other.text.strip(),
                    compact(paragraph.text[amount.end : other.end]),
                    f"the calculation of the project {name}: not read",
                )
            )
        return True

    def _list_above_total(self, paragraph: Paragraph, name: str, amount: Amount) -> None:
        """A list's items add up to more than the project spending it is of (``_listed_project``): the
        item ``name`` ``amount`` of ``paragraph`` and every item of the list read before it are
        reported, the latter's figures dropped; so are the list's items after it."""
        total = self._list_total.text_with_unit if self._list_total else ""
        why = f"the projects listed add up to more than the project spending they are of ({total}): none read"
        if not self._list_over:
            dropped = {id(figure) for figure in self._list_read}
            self.figures[:] = [figure for figure in self.figures if id(figure) not in dropped]
            for figure in self._list_read:
                self.unparsed.append(
                    Unparsed(figure.source_line, figure.value_text, figure.name_text + figure.value_text, why)
                )
            self._list_read, self._list_over = [], True
        self.unparsed.append(
            Unparsed(paragraph.line_at(amount.start), amount.text.strip(), name + amount.text.strip(), why)
        )

    def _project_budget(self, paragraph: Paragraph, found: list[Amount], heading: str) -> bool:
        """In a project's own statement, a paragraph that is one amount under a budget heading, alone
        or after words that say this year's budget only ('六、年度预算安排' then '795万元' or
        '2026年度预算安排795万元'): the project's budget (key_project_budget, name_text the project).
        True when read; another year's amount ('2025年安排…') is never read."""
        if len(found) != 1 or not found[0].is_money or self.final_accounts:
            return False
        if compact(paragraph.text[found[0].end :]).rstrip("。") or not _BUDGET_HEADING.match(heading):
            return False
        lead = compact(paragraph.text[: found[0].start])
        said = _PROJECT_BUDGET_LEAD.match(lead)
        if lead and (not said or (said.group("year") and said.group("year") != self.fiscal_year)):
            return False
        amount = found[0]
        self.figures.append(
            _amount_figure(paragraph, amount, "key_project_budget", self._project_block, paragraph.text)
        )
        return True

    def _bought_with(
        self,
        paragraph: Paragraph,
        sentence: Sentence,
        clause: Clause,
        lead: str,
        inside: list[Amount],
        anchor: Figure | None,
        use_only: bool,
        unit_text: str,
    ) -> list[Figure]:
        """'公务用车购置支出151.68万元，主要用于经批准购置的5辆公务用车', '…，用于更新购置野外作业用车2辆':
        the count of what the money before 用于 buys, when that money's metric has such a count
        (``_BOUGHT_WITH``) and the count opens the clause after words of buying, or after buying words
        and the vehicles' name (a count rule names vehicles to buy); in a 决算 also the vehicles bought
        in the year (vehicles_to_purchase, or the kind the words name, and its whole when it is the
        sentence's only count of buying: ``_bought_in_year``); else [] (or the reason's count,
        ``_bought_as_reason``)."""
        if anchor is None or not inside or inside[0].is_money:
            return []
        amount = inside[0]
        if not use_only:
            bought = self._bought_as_reason(paragraph, sentence, clause, lead, amount, anchor, unit_text)
            return [] if bought is None else [bought]
        wanted = _BOUGHT_WITH.get(anchor.metric)
        if wanted is None or COUNT_UNITS[amount.unit] != wanted[0]:
            return []
        words = compact(lead)
        segment = sentence.segment_text(clause.start)
        if _BUYING.search(words):
            # ('…，主要用于经批准购置的5辆公务用车': the vehicles the money pays for, named after their count)
            return [_amount_figure(paragraph, amount, wanted[1], words, segment, unit_text)]
        named = classify_count(_REASON.sub("", words), "vehicles", {}) if _BUYING_WORD.search(words) else ""
        if not named.startswith("vehicles_to_purchase"):
            return []
        # ('…，用于更新购置野外作业用车2辆': the purchase stated, its vehicles named before the count)
        metrics = [wanted[1]]
        if self.final_accounts and amount.value:
            metrics = [*self._bought_in_year(amount, named), wanted[1]]
        return [_amount_figure(paragraph, amount, metric, words, segment, unit_text) for metric in metrics]

    def _bought_in_year(self, amount: Amount, metric: str) -> list[str]:
        """The metrics a 决算's count of vehicles bought (``metric``: vehicles_to_purchase or a kind of
        it) states in the 公务用车购置费's statement: ``metric``, and the whole vehicles_to_purchase
        too when ``metric`` is a kind and the count is the sentence's only count of buying."""
        if metric == "vehicles_to_purchase" or any(
            other is not amount and self._counts_buying(other) for other in self._sentence_found
        ):
            return [metric]
        return [metric, "vehicles_to_purchase"]

    def _bought_with_purchase_money(self, amount: Amount, anchor: Figure | None, label: str) -> bool:
        """Whether the count of vehicles to buy ``amount`` (named by ``label``) is stated in the
        statement of the 公务用车购置费 read right before it: the purchase money is the sentence's last
        money amount before it, in the same '；'-separated statement ('公务用车购置费56万元，本年购置
        公务用车2辆'); in a budget only in the parenthesis right after that money ('其中购置费30万元
        （购置新能源公务用车1辆）'), a plan stated after it ('…，拟购置公务用车2辆') staying the
        vehicles to buy. Never a part (after 其中) nor a change, nor a count of 0 ('购置车辆0辆': no
        vehicle bought, vehicles_to_purchase 0 alone, as a none said in words: '未购置公务用车')."""
        if anchor is None or anchor.metric != "three_public_vehicle_purchase" or anchor.value_unit != "yuan":
            return False
        if not amount.value:
            return False
        money = [a for a in self._sentence_found if a.is_money and a.start < amount.start]
        if not money or money[-1].text.strip() != anchor.value_text:
            return False
        between = self._text[money[-1].end : amount.start]
        if _STATEMENT_END.search(between) or _PART_LEAD.match(compact(label)):
            return False
        return self.final_accounts or compact(between)[:1] in "（("

    def _year_pair_statement(
        self, clauses: list[Clause], index: int, lead: str, found: list[Amount], following: int, topic: str
    ) -> bool:
        """Whether clause ``index`` of a reason run-on opens a statement of its own: its words
        (``lead``, before its first amount) are the document's year and a money metric's name, and
        the next clause opens with the prior year and names the same metric before its own amount
        ('2017年项目支出2415万元，2016年项目支出362万元，…' in a 2017 document: the pair a change is
        stated after, never a reason). ``found``: the sentence's amounts, ``following`` the index
        of the first one after the clause."""
        if not self.fiscal_year.isdigit() or index + 1 >= len(clauses) or following >= len(found):
            return False
        words = compact(lead)
        own = _OPENING_YEAR.match(words)
        if own is None or own.group("year") != self.fiscal_year or not found[following].is_money:
            return False
        metric = classify_money(words[own.end() :], topic, {})[0]
        if not metric or metric.endswith("_change_vs_prior_year"):
            return False
        after = clauses[index + 1]
        if found[following].start >= after.start + len(after.text):
            return False
        before = compact(self._text[after.start : found[following].start])
        prior = _OPENING_YEAR.match(before)
        if prior is None or int(prior.group("year")) != int(self.fiscal_year) - 1:
            return False
        return classify_money(before[prior.end() :], topic, {})[0] == metric

    def _coded_item_not_reason(
        self, lead: str, reason: re.Match[str], anchor: Figure | None, clause: Clause, following: str = ""
    ) -> bool:
        """Whether the use or reason word ``reason`` (``_REASON``, found in ``lead``, a clause's
        words before its first amount, an amount of money) opens no use or reason, the words being
        an item's path that prints its function code or its levels' marks (``metrics.item_code``):

        * 用于 inside a level's name, a level's mark after it: after an earlier level of the path
          ('其他支出（类）彩票公益金安排的支出（款）用于社会福利的彩票公益金支出（项）（2296002）'), or
          opening the first level's name (``metrics.lead_opens_name``: '用于社会福利的彩票公益金支出（项）
          （2296002）');
        * 主要是 / 主要用于 / 用于 … right before an item printing its code, the clause opening with it,
          after a 类's (or 款's) amount with no change stated since its statement began ('城乡社区支出
          （212）640万元，主要是2120899其他国有土地使用权出让收入安排的支出640万元'): what the 类 is made
          of, its items' figures (after a change they would explain it: a reason, not read); also
          when the word alone ends its clause with a colon and the clause after it opens with the item
          (``following``: its words before its amount; '…，主要是：（2080101）行政运行412.86万元，…');
          or right after a clause naming the 类 with 中 and no amount ('文化旅游体育与传媒支出中，主要是：
          2070104 图书馆 312.65万元')."""
        before, path = compact(lead[: reason.start()]), compact(lead[reason.start() :])
        if lead == clause.text and path == reason.group() and clause.delimiter in ("：", ":") and following:
            lead, path = lead + following, path + compact(following)
        opening = not m.without_numbering(before)
        if (
            reason.group() == "用于"
            and m.has_level_mark(path)
            and (m.has_level_mark(before) or m.lead_opens_name(path))
        ):
            return True  # (whether the path's code is read, and how, is the code rules' to tell)
        if lead == clause.text or not opening or not m.item_code(path) or not m.prints_function_code(path):
            return False  # (a clause of no amount: the words of a use, read as such)
        start = self._statement_begin(clause.start)
        if anchor is None and (named := _CATEGORY_NAMED_IN.fullmatch(compact(self._text[start : clause.start]))):
            # '文化旅游体育与传媒支出中，主要是：2070104 图书馆 312.65万元' (the 类 named with 中, no amount):
            # what the 类 is made of
            return bool(m.category_named_last(named.group("category")))
        if anchor is None or anchor.metric not in _ITEM_METRICS or anchor.value_unit != "yuan":
            return False
        return not _CHANGE_STATED.search(compact(self._text[start : clause.start + reason.start()]))

    @staticmethod
    def _statement_in_reason(
        paragraph: Paragraph,
        clauses: list[Clause],
        index: int,
        lead: str,
        inside: list[Amount],
        found: list[Amount],
        following: int,
    ) -> Unparsed | None:
        """An Unparsed for the first amount of a reason clause when it is a figure stated with its
        own change in the next clause ('…,严控281.5万元，比2017年减少23.4万元': the text lost the
        part's label), else None. The amount is money, its words are no change, and the next
        clause opens with a change of nothing named whose amount is its first."""
        if not inside or not inside[0].is_money or index + 1 >= len(clauses):
            return None
        if m.change_direction(compact(lead)) is not None:
            return None
        after = clauses[index + 1]
        if following >= len(found) or found[following].start >= after.start + len(after.text):
            return None
        if not _opens_change(paragraph.text[after.start : found[following].start]):
            return None
        amount = inside[0]
        return Unparsed(
            paragraph.line_at(amount.start),
            amount.text.strip(),
            compact(lead) + amount.text.strip(),
            "an amount with its own change inside a reason clause: a figure whose label is not understood",
        )

    def _bought_as_reason(
        self,
        paragraph: Paragraph,
        sentence: Sentence,
        clause: Clause,
        lead: str,
        amount: Amount,
        anchor: Figure,
        unit_text: str,
    ) -> Figure | None:
        """'公务用车购置费28万元，比上年减少35万元，主要原因是本年度预计购置执法执勤用车2辆，比上年度
        少3辆' / '公务用车购置及运行费31.84万元，…，主要原因是2025年新增1辆公务用车购置': the vehicles
        the purchase money buys, stated as the reason for its amount. Read only after a vehicle
        purchase figure (the purchase money, or the purchase-and-running money), when the words
        around the count say buying (购置 / 购买 / 更新) of this year's vehicles a count rule names
        (the vehicles named before the count or right after it), with no change word (少 / 减少)
        and no other year (上年 / 2021年), and when no other count of the sentence says buying too
        ('更新公务用车1辆，购置车辆2辆': which of them, or their sum, is the purchase is not said);
        else None (the count stays part of the reason, unread)."""
        if anchor.metric not in _BOUGHT_AS_REASON_AFTER or COUNT_UNITS[amount.unit] != "vehicles":
            return None
        reason = _REASON.search(lead)
        words = _REASON_COPULA.sub("", compact(lead[reason.end() :] if reason else lead))
        after = _VEHICLES_AFTER_COUNT.match(compact(clause.text[amount.end - clause.start :]))
        if after is not None:
            words += after.group()  # '新增1辆公务用车购置': the vehicles are named after the count
        if not _BUYING_WORD.search(words) or _NOT_THIS_YEARS.search(words) or self._other_year(words):
            return None
        if any(other is not amount and self._counts_buying(other) for other in self._sentence_found):
            return None
        metric = classify_count(words, "vehicles", {})
        if not metric.startswith("vehicles_to_purchase"):
            return None
        return _amount_figure(paragraph, amount, metric, words, sentence.segment_text(clause.start), unit_text)

    def _counts_buying(self, amount: Amount) -> bool:
        """Whether ``amount`` of the current sentence is a vehicle count whose words (back to the
        clause's start) say buying and no change ('购置车辆2辆', never '比上年增加2辆')."""
        if amount.is_money or COUNT_UNITS.get(amount.unit) != "vehicles":
            return False
        before = self._text[self._sentence_begin : amount.start]
        words = compact(_CLAUSE_BREAK.split(before)[-1])
        return bool(_BUYING_WORD.search(words)) and not _NOT_THIS_YEARS.search(words)

    def _held_in_reason(self, paragraph: Paragraph, clause: Clause, lead: str, inside: list[Amount]) -> Unparsed | None:
        """'…增长12.5%，主要原因为…新增2辆车，…，单位车辆保有量9辆', '…下降的原因是实行公车改革，
        <the unit's own name>共有车辆0辆': the vehicles held, stated inside the reason for a change.
        The stock explains the change (its time is the reason's, not surely the year's): never read
        as vehicles_total / vehicles_year_end, it is returned as an unparsed figure when the clause's
        words (after the reason word, without the unit's own name) name the vehicles held (a count
        rule names vehicles_total or vehicles_year_end); else None (the count stays a part of the
        reason, skipped as one). A clause opening with the document's year states the year's counts
        instead (``_year_count_statement``, read)."""
        if not inside or inside[0].is_money or COUNT_UNITS[inside[0].unit] != "vehicles":
            return None
        amount = inside[0]
        before = lead[: amount.start - clause.start] if amount.start - clause.start <= len(lead) else lead
        reason = _REASON.search(before)
        words = compact(self.without_own_name(before[reason.end() :] if reason else before))
        if classify_count(words, "vehicles", {}) not in ("vehicles_total", "vehicles_year_end"):
            return None
        return Unparsed(
            paragraph.line_at(amount.start),
            amount.text.strip(),
            compact(paragraph.text[clause.start : amount.start]) + amount.text.strip(),
            "the vehicles held, stated inside the reason for a change (主要原因是…): they explain it, not read",
        )

    def _part_change_in_reason(
        self, paragraph: Paragraph, sentence: Sentence, clause: Clause, lead: str, inside: list[Amount], topic: str
    ) -> tuple[Figure, Decimal, Figure | None] | None:
        """One money clause inside the reason for a change vs the prior year read in the same
        sentence ('支出较去年增加113.84万元，主要是基本支出增加87.30万元，项目支出增加26.54万元'): when
        it is made only of a name and a change word, then its amount, (that change, its signed
        value, the part's change figure when the name is a direct part of the changed figure
        (metrics.csv part_of) with a change metric, else None); None for any other clause (words of
        another base, a year or a new item: '比年初预算', '2024年', '新增'), or no change read before
        it. ``_read_reason_parts`` keeps the figures only when the signed values add up to the
        change they explain."""
        amount = inside[0]
        before = lead[: amount.start - clause.start] if amount.start - clause.start <= len(lead) else lead
        reason = _REASON.search(before)
        printed = _REASON_COPULA.sub("", compact(before[reason.end() :] if reason else before))
        words = m.core(printed)
        said = _REASON_PART_CHANGE.fullmatch(words)
        if said is None or _OTHER_BASE_WORD.search(printed) or len(inside) > 1:
            return None
        whole = next(
            (
                f
                for f in reversed(self.figures[self._sentence_read_before :])
                if f.metric.endswith("_change_vs_prior_year")
            ),
            None,
        )
        direction = m.change_direction("比上年" + said.group("word"))
        if whole is None or whole.value_unit != "yuan" or direction not in ("+", "-"):
            return None
        signed = -amount.value if direction == "-" else amount.value
        metric, code = classify_money(said.group("name"), m.topic_of(said.group("name")) or topic, {})
        change = m.change_metric(metric) if metric else ""
        if not change or m.metrics().get(metric, {}).get("part_of") != m.change_base(whole.metric):
            return whole, signed, None
        figure = _amount_figure(paragraph, amount, change, words, sentence.segment_text(clause.start), whole.unit_text)
        figure.function_code = code
        figure.value = signed
        figure.in_reason = True
        return whole, signed, figure

    def _other_side_none(
        self, item: Clause, side: str, topic: str, make: Callable[[str, str, Decimal, str, str], Figure]
    ) -> Figure | None:
        """The 0 of the fund's ``side`` (收入 / 支出) listed bare after ``item``, the clause that said the
        fund's other side none ('无政府性基金预算财政拨款收入、' then '支出'), when that clause's 0 is the
        last figure read (so of the document's own year and unit) and the name with its side word
        turned is a metric a zero is read for; else None."""
        read = self.figures[self._sentence_figures :]
        if not read or not read[-1].by_wording or read[-1].value or read[-1].metric not in _ZERO_METRICS:
            return None
        said = _NONE.match(
            _ALSO.sub("", compact(self.without_own_name(m.core(compact(item.text).rstrip("、")))), count=1)
        )
        if said is None or not (end := _SIDE_END.search(said.group("name"))) or end.group(0) == side:
            return None
        name = said.group("name")[: end.start()]
        if classify_money(name + end.group(0), m.topic_of(name) or topic, {})[0] != read[-1].metric:
            return None
        metric, code = classify_money(name + side, m.topic_of(name) or topic, {})
        if metric not in _ZERO_METRICS or metric == read[-1].metric:
            return None
        return make(metric, code, Decimal("0.00"), read[-1].value_text, compact(item.text) + side)

    def _listed_none(self, listed: list[Clause], clause: Clause, last: str, topic: str) -> list[tuple[str, str]]:
        """The (metric, code) of each 三公 part a list says none of after its first item ('本单位未安排
        因公出国（境）费、公务接待费和公务用车购置及运行维护费': ``listed``, the clauses of the items before
        ``clause``, whose words are ``last``, compact, the own name and role words gone): the first item
        opens with a none word (``_NONE``: 未安排 / 无 / 没有 …) said of the unit itself, of the
        document's year (``_none_of_own``), and every item, the last one's joined by 和 / 与 / 以及
        (``_joined_zero_items``), names a different 三公 part; the first's own clause reads it. []
        otherwise ('未安排因公出国（境）费、会议费和培训费': not every item is such a part)."""
        first = compact(self.without_own_name(m.core(compact(listed[0].text).rstrip("、"))))
        head = _NONE.match(_ALSO.sub("", first, count=1))
        if head is None or not self._none_of_own(compact(self._text[self._sentence_begin : clause.start])):
            return []
        names = [head.group("name"), *(compact(item.text).rstrip("、") for item in listed[1:])]
        names += [item for item, _, _ in _joined_zero_items(last, topic)] or [last]
        read = [classify_money(name, m.topic_of(name) or topic, {}) for name in names]
        metrics = [metric for metric, _ in read]
        if any(metric not in _ZERO_METRICS or not metric.startswith("three_public") for metric in metrics):
            return []
        return read[1:] if len(set(metrics)) == len(metrics) else []

    @staticmethod
    def _joined_none(name: str, topic: str) -> list[tuple[str, str]]:
        """The (metric, code) of each name joined by 和 / 及 in ``name``, the words after 无 / 没有
        ('政府性基金预算拨款和国有资本经营预算拨款'), when every name is a distinct metric a zero in words
        is read for (``_ZERO_METRICS``) and the whole reads as its first name; [] otherwise (one
        name: '社会保障和就业支出', '公务用车购置及运行维护费' (a metric of its own)). Two names joined
        that together name a metric of their own, not the first's, are one name ('因公出国（境）费和公务用车
        购置及运行维护费': 因公出国（境）费 and 公务用车购置及运行维护费, three_public_vehicle_total)."""
        pieces = _NONE_JOIN_KEPT.split(compact(name))
        names = [pieces[0]] if pieces[0] else []
        for joiner, part in zip(pieces[1::2], pieces[2::2], strict=True):
            if not part:
                continue
            if names:
                merged = names[-1] + joiner + part
                metric = classify_money(merged, m.topic_of(merged) or topic, {})[0]
                if (
                    metric in _ZERO_METRICS
                    and metric != classify_money(names[-1], m.topic_of(names[-1]) or topic, {})[0]
                ):
                    names[-1] = merged
                    continue
            names.append(part)
        if len(names) < 2:
            return []
        read = [classify_money(part, m.topic_of(part) or topic, {}) for part in names]
        if any(metric not in _ZERO_METRICS or metric in _NONE_BESIDES for metric, _ in read) or len(set(read)) != len(
            read
        ):
            return []
        if classify_money(compact(name), m.topic_of(compact(name)) or topic, {}) != read[0]:
            return []  # (the whole is one name of its own: '公务用车购置及运行维护费')
        return read

    def _lists_run_on(
        self,
        sentence: Sentence,
        found: list[Amount],
        part_lists: list[tuple[Figure, int]],
        placed: dict[int, int],
        read: list[Figure],
    ) -> None:
        """A 其中 list that runs on past a '；' ('收入预算1800万元，其中：财政拨款收入1500万元，事业收入
        200万元；其他收入100万元。'): the '；' alone never ends it. A '；'-separated part of the sentence
        continues the list when its first amount opens it (no other amount before) and is read as a
        part of the list's whole (metrics.csv part_of, of the same value role), named by its label
        alone (no 其中 of a list of its own, no year); the list ends at the sentence's end, at a part
        that does not continue it, and at the carry-over after a whole named the year's own (本年收入:
        上年结转 is beside it). Each part of a list that runs on gets as its source_text the sentence
        from its whole's '；' part up to its own (so the income-parts check, which takes a part
        stated with its whole's text, sees the whole list); nothing else changes.
        ``part_lists``: (whole, paragraph offset of the clause opening its 其中 list); ``placed``:
        id(figure) -> paragraph offset of its amount; ``read``: the sentence's figures in order."""
        if not part_lists or ("；" not in sentence.text and ";" not in sentence.text):
            return
        segments = [(sentence.start + begin, sentence.start + end) for begin, end in sentence.segments()]

        def segment_of(offset: int) -> int:
            return next((i for i, (begin, end) in enumerate(segments) if begin <= offset < end), -1)

        for whole, opened in part_lists:
            if id(whole) not in placed:
                continue
            first = segment_of(placed[id(whole)])
            if first < 0 or segment_of(opened) != first:
                continue
            members = [f for f in read if id(f) in placed and segment_of(placed[id(f)]) == first]
            listed_before = sum(_listed_part(f, whole) for f in members)  # (the parts of the '；' part before)
            if not listed_before:
                continue
            for index in range(first + 1, len(segments)):
                begin, end = segments[index]
                amounts_in = [a for a in found if begin <= a.start < end]
                figures_in = sorted(
                    (f for f in read if id(f) in placed and begin <= placed[id(f)] < end), key=lambda f: placed[id(f)]
                )
                if not amounts_in or not figures_in or placed[id(figures_in[0])] != amounts_in[0].start:
                    break
                opener = figures_in[0]
                lead = compact(self._text[begin : amounts_in[0].start])
                name = compact(opener.name_text)
                if (
                    not _listed_part(opener, whole)
                    or opener.value_role != whole.value_role
                    or not name
                    or not lead.endswith(name)
                    or lead[: -len(name)].strip("，,、：:；;")  # ('财政拨款收入中，一般公共预算…': a new subject)
                    or _PART_LEAD.match(lead)
                    or _YEAR_IN_LEAD.search(lead)
                    or (
                        opener.metric == "income_carryover"
                        and ("本年" in compact(whole.name_text) or listed_before > 1)
                    )
                ):
                    # (the carry-over after the '；' closing a list separated by '，' is a statement of
                    # its own: '年初预算数540.00万元，其中：一般公共预算拨款210.00万元，…，事业收入330
                    # 万元，…；上年结转结余资金30.00万元', no part of the 年初预算数)
                    break
                text = self._text[segments[first][0] : end].strip()
                listed_before = 0
                for figure in figures_in:
                    if _listed_part(figure, whole):
                        figure.source_text = text
                        # (a part's own parts in brackets are no items of the list: '单位资金收入X（其中事业
                        # 收入Y、其他收入Z）；上年结转W' lists one part before the carry-over; held-out set 87)
                        listed_before += not _inside_brackets(self._text, begin, placed[id(figure)])

    def _read_reason_parts(self) -> None:
        """At a sentence's end: the parts' changes named in the reason for one change
        (``_part_change_in_reason``) are read when every money clause of the reason was such a
        part's change and their values add up to exactly the change they explain (the reason is
        then that change broken down, against the same year); else none is read."""
        parts, self._reason_parts = self._reason_parts, []
        if not parts or len({id(whole) for whole, _, _ in parts}) != 1:
            return
        whole = parts[0][0]
        if sum((signed for _, signed, _ in parts), Decimal(0)) != whole.value:
            return
        self.figures.extend(figure for _, _, figure in parts if figure is not None)

    @staticmethod
    def _list_item_of_one_side(paragraph: Paragraph, sentence: Sentence, clause: Clause) -> bool:
        """Whether ``clause`` is an item of a '、' list whose last item ends in 收入 or 支出 (one side
        named for every item: '没有政府性基金预算拨款、国有资本经营预算安排的收入')."""
        if clause.delimiter != "、":
            return False
        after = paragraph.text[clause.start + len(clause.text) : sentence.start + len(sentence.text)]
        listed = _LIST_REST.match(after)
        return listed is not None and _LISTED_NOUN.search(compact(listed.group(0))) is not None

    def _year_count_statement(self, lead: str, inside: list[Amount], respective: dict[int, str]) -> bool:
        """Whether a clause of a reason run-on states this year's vehicle counts: its words
        (``lead``) open with the document's year and say no change, and each count is named
        (alone, or by its name of a '…分别为…' pair in ``respective``) as the vehicles held
        (vehicles_total, vehicles_year_end) or, in final accounts, bought in the year (购置数)."""
        if not inside or not self.fiscal_year.isdigit():
            return False
        if any(a.is_money or COUNT_UNITS.get(a.unit) != "vehicles" for a in inside):
            return False
        words = compact(lead)
        own = _OPENING_YEAR.match(words)
        if own is None or own.group("year") != self.fiscal_year or m.change_direction(words) is not None:
            return False
        stated = _STATED_VEHICLE_COUNTS | ({"vehicles_to_purchase"} if self.final_accounts else set())
        for amount in inside:
            label = respective.get(amount.start, words if len(inside) == 1 else "")
            if not label or _NOT_THIS_YEARS.search(label) or classify_count(label, "vehicles", {}) not in stated:
                return False
        return True

    def _general_purpose_part(self, amount: Amount, label: str) -> str:
        """'年末公务用车保有量38辆，其中：公务用车4辆，执勤执法用车34辆': 公务用车 listed as a part of
        the vehicles just counted, beside parts of named kinds, is the general-purpose kind
        (vehicles_general_purpose) when the parts add up to the whole; else '' (公务用车 alone
        names every official vehicle: which it is here is not certain)."""
        if m.core(label).removeprefix("其中") != _PLAIN_VEHICLES:
            return ""
        whole = self.figures[-1] if len(self.figures) > self._sentence_read_before else None
        if whole is None or whole.metric not in _STATED_VEHICLE_COUNTS:
            return ""
        total, end = amount.value, amount.end
        for later in (a for a in self._sentence_found if a.start >= amount.end):
            if later.is_money or COUNT_UNITS.get(later.unit) != "vehicles":
                break
            kind = classify_count(compact(self._text[end : later.start]).strip("，,、；;和及"), "vehicles", {})
            if not kind.startswith("vehicles_") or kind in _STATED_VEHICLE_COUNTS or kind.endswith("general_purpose"):
                return ""
            total, end = total + later.value, later.end
        return "vehicles_general_purpose" if end > amount.end and total == whole.value else ""

    def _beside_its_whole(self, paragraph: Paragraph, whole: Figure, figure: Figure, amount: Amount) -> bool:
        """Whether ``figure`` (read from ``amount``, inside a parenthesis) names the metric beside
        ``whole``'s (``_siblings``) while that parenthesis opens right after ``whole``'s amount:
        '上年结转收入0万元（项目预算0万元、政府性基金0万元）' -> True for the 政府性基金 0."""
        if whole.value_unit != figure.value_unit or not _siblings(whole.metric, figure.metric):
            return False
        if _HELD_BY.get(figure.metric) == whole.metric:
            return False  # ('单位资金26万元（其中事业收入20万元，其他收入6万元）': the parts the whole holds)
        if whole.metric in _KIND_POSTS and figure.metric == _WORKER_POSTS and "工勤" in compact(figure.name_text):
            # '核定事业编制9人（其中参公人员7名、工勤人员2名）': the service workers named as such inside
            # a kind's posts are the 工勤编制 (staff_authorized_worker counts them wherever they sit); other
            # logistics words there ('行政编制13名（含机关后勤编制2名）') name a part of the kind, unread
            return False
        text, depth, opening = paragraph.text, 0, -1
        for index in range(amount.start - 1, self._sentence_begin - 1, -1):
            if text[index] in ")）":
                depth += 1
            elif text[index] in "（(":
                if not depth:
                    opening = index
                    break
                depth -= 1
        before = [a for a in self._sentence_found if a.end <= opening]
        return bool(before) and not text[before[-1].end : opening].strip() and before[-1].value == whole.value

    def _receptions_listed(self, amount: Amount) -> str:
        """The words (compact) of the clause that counts ``amount``'s batches when they open with
        接待 and list what was received ('共接待上级督导、考察等公务活动' before '25批次'): back to the
        last comma, stop or colon, with no other amount between; '' otherwise."""
        begin = max(
            self._statement_begin(amount.start), *(self._text.rfind(mark, 0, amount.start) + 1 for mark in "，,：:")
        )
        if amounts(self._text[begin : amount.start]):
            return ""
        words = compact(self._text[begin : amount.start])
        return words if "、" in words and _RECEPTION_LIST_LEAD.match(words) else ""

    def _about_reception_only(self) -> bool:
        """Whether the current paragraph's first money figure is the 公务接待费 and every figure
        read after it is of the reception too (its change, its counts): nothing else the
        paragraph names could be what a bare count counts."""
        lead = self._lead
        if lead is None or lead.metric != "three_public_reception":
            return False
        at = next((index for index, figure in enumerate(self.figures) if figure is lead), None)
        return at is not None and all(f.metric.startswith("three_public_reception") for f in self.figures[at:])

    def _role_words_change_subject(self, label: str, amount: Amount, anchor: Figure | None) -> tuple[str, str] | None:
        """The (metric, code) a change opening its sentence is of when its words before the
        comparison name no subject but a year and role words ('2013年预算数比上年执行数减少', '本年预算
        比上年减少', '预算数较上年增加'; ``_ROLE_WORDS_SUBJECT``): that of the money figure the sentence
        before it, in the same paragraph, read ('公务接待费…2013年预算数为388.10万元。2013年预算数比
        上年执行数减少32.20万元' -> three_public_reception), never the topic's total nor a figure
        of another paragraph. ``_UNSURE_BASE`` when that sentence read money figures of more than one
        subject, or printed money and read none of it (another year's: '公务接待费2012年执行数为420
        万元。'); None when the rule does not apply (a subject named, an amount before the change in
        its sentence, no sentence before it in the paragraph or one of no money: read as before)."""
        if anchor is not None or 0 <= self._sentence_start < amount.start or self._last_sentence is None:
            return None
        # (the role words read off the label before: '决算数比上年减少' as printed)
        subject = m.change_subject(label) or m.change_subject(compact(self._text[self._sentence_begin : amount.start]))
        if not subject or not _ROLE_WORDS_SUBJECT.fullmatch(subject):
            return None
        begin, end, money = self._last_sentence
        levels = {
            (f.metric, f.function_code)
            for f in self.figures[begin:end]
            if f.value_unit == "yuan" and not f.metric.endswith("_change_vs_prior_year") and not f.unit_text
        }
        if len(levels) == 1:
            return levels.pop()
        if levels or money:
            return _UNSURE_BASE
        return None

    def _as_grand_total(self, figure: Figure) -> None:
        """Re-tag ``figure`` (a side's total just found to be the 收支总表's grand total) as grand_total,
        in place, and its change read right after it in its sentence with it ('2026年收入总计X，比上年
        增加W。其中：本年收入Y，上年结转Z': W is the grand total's change, never the year's income's)."""
        change = m.change_metric(figure.metric)
        figure.metric = "grand_total"
        at = next((i for i, f in enumerate(self.figures) if f is figure), -1)
        after = self.figures[at + 1] if 0 <= at < len(self.figures) - 1 else None
        if after is not None and change and after.metric == change and after.source_text == figure.source_text:
            after.metric = "grand_total_change_vs_prior_year"

    def fiscal_totals_with_their_carryover(self) -> None:
        """Re-tag as fiscal_grand_total, in place, a 财政拨款 income printed as its 总计 ('2023年度财政拨款
        收入总计4816.04万元，比上年增加303.68万元。其中：本年财政拨款收入3953.64万元，年初财政拨款结转和结余
        862.40万元') whose amount is the year's 财政拨款收入 stated after it, named with 本年, and the
        carry-over at the year's start on the same lines (income_fiscal_appropriation_carryover, or an
        amount no metric reads, reported unparsed) added up, to the cent: that side's 总计 is the
        财政拨款收支总表's 总计 line, never the year's
        income (before, the two conflicted and neither was kept); its change right after it goes
        with it. A 财政拨款收入总计 that is the year's income alone stays it."""
        carried = [
            (item.line, found.value)
            for item in self.unparsed
            if _FISCAL_CARRYOVER_AT_START.search(item.clause)
            for found in amounts(item.value_text)[:1]
            if found.is_money
        ] + [
            (f.source_line, f.value)
            for f in self.figures
            if f.metric == "income_fiscal_appropriation_carryover" and not f.is_rejected and f.value is not None
        ]
        if not carried:
            return
        for at, total in enumerate(self.figures):
            if (
                total.metric != "income_fiscal_appropriation"
                or total.is_rejected
                or "收入总计" not in compact(total.name_text)
            ):
                continue
            year = next(
                (
                    f
                    for f in self.figures[at + 1 :]
                    if f.metric in ("income_fiscal_appropriation", "income_fiscal_appropriation_current_year")
                    and "本年" in compact(f.name_text)
                    and 0 <= f.source_line - total.source_line <= 1
                    and (f.value_role, f.unit_text) == (total.value_role, total.unit_text)
                ),
                None,
            )
            if year is None or not any(
                0 <= line - total.source_line <= 1 and year.value + value == total.value for line, value in carried
            ):
                continue
            total.metric = "fiscal_grand_total"
            # (the 本年 part read as the year's own part of a 财政拨款收入 holding the carry-over: with
            # the 总计 the table's bottom line, it is the year's 财政拨款收入 itself)
            year.metric = "income_fiscal_appropriation"
            after = self.figures[at + 1] if at + 1 < len(self.figures) else None
            if (
                after is not None
                and after.metric == "income_fiscal_appropriation_change_vs_prior_year"
                and after.source_text == total.source_text
            ):
                after.metric = "fiscal_grand_total_change_vs_prior_year"
        self._fiscal_spending_totals_with_their_carryover()

    def _fiscal_spending_totals_with_their_carryover(self) -> None:
        """The spending side of ``fiscal_totals_with_their_carryover``: a 财政拨款支出总计 read as the
        year's 财政拨款支出 ('2024年度财政拨款支出总计73,886.44万元，其中：本年财政拨款支出69,684.04万元（…），
        年末财政拨款结转和结余4,202.40万元') whose amount is the 本年 spending listed under it (read,
        or left unparsed as a part named like its whole) and the carry-over to the next year
        (expenditure_fiscal_appropriation_carryover) of its sentence added up, to the cent, is the
        财政拨款收入支出决算总表's 总计 line (fiscal_grand_total); the 本年 spending is the year's
        (held-out set 91: the 总计 was read as the spending and failed the run)."""
        if not self.final_accounts:
            return
        for total in list(self.figures):
            if (
                total.metric != "expenditure_fiscal_appropriation"
                or total.is_rejected
                or "支出总计" not in compact(total.name_text)
                or total.value is None
            ):
                continue
            carry = next(
                (
                    f
                    for f in self.figures
                    if f.metric == "expenditure_fiscal_appropriation_carryover"
                    and f.source_text == total.source_text
                    and f.value is not None
                ),
                None,
            )
            if carry is None:
                continue
            year = next(
                (
                    f
                    for f in self.figures
                    if f.metric == "expenditure_fiscal_appropriation"
                    and f is not total
                    and "本年" in compact(f.name_text)
                    and f.source_text == total.source_text
                ),
                None,
            )
            unread = None
            if year is None:
                unread = next(
                    (
                        item
                        for item in self.unparsed
                        if item.line == total.source_line
                        and _FISCAL_YEAR_SPENDING.fullmatch(compact(item.clause[: -len(item.value_text)]))
                        and amounts(item.value_text)
                    ),
                    None,
                )
            value = year.value if year is not None else amounts(unread.value_text)[0].value if unread else None
            if value is None or value + carry.value != total.value:
                continue
            total.metric = "fiscal_grand_total"
            if unread is not None:
                self.unparsed.remove(unread)
                self.figures.append(
                    replace(
                        total,
                        metric="expenditure_fiscal_appropriation",
                        value=value,
                        value_text=unread.value_text,
                        name_text=unread.clause[: -len(unread.value_text)],
                    )
                )

    def grand_totals_stated_before(self) -> None:
        """In a budget, re-tag as grand_total, in place, a 收入总计 read as the income total (named
        '收入总计' alone: ``_BOTTOM_ROW``) when another paragraph shows a 收入总计 of the same amount, role
        and unit to be the 收支总表's grand total ('收入总计X，支出总计X，…' then '（二）收入预算' '收入总计X，
        其中本年收入Y，…；上年结转Z'), or whose amount is the year's income and the carry-over read
        (Y + Z, '（一）收入预算：本年收入Y，…；上年结转Z'), as is an income total of another name whose words
        after its amount say it holds the carry-over ('收入预算合计X万元，包括本年收入和上年结转资金' then '本年收入
        预算Y…上年结转资金Z'); its change read right after it in its sentence goes with it
        (grand_total_change_vs_prior_year). Never a second reading of the year's income that
        disagrees with the 本年收入 stated later (a false conflict). The 支出总计 stays the spending
        total: a budget's spending has no carry-over to the year's end."""
        if self.final_accounts:
            return
        grand = {
            (f.value, f.value_role, f.unit_text)
            for f in self.figures
            if f.metric == "grand_total" and not f.is_rejected and _BOTTOM_ROW.match(compact(f.name_text))
        }
        # ('收入总计X，支出总计X，…' then '本年收入Y，…；上年结转Z' with Y + Z = X: X holds the carry-over)
        kept = [f for f in self.figures if not f.is_rejected and not f.function_code]
        grand |= {
            (year.value + carried.value, year.value_role, year.unit_text)
            for year in kept
            if year.metric == "income_total" and not _BOTTOM_ROW.match(compact(year.name_text))
            for carried in kept
            if carried.metric == "income_carryover"
            and carried.value > 0
            and (carried.value_role, carried.unit_text) == (year.value_role, year.unit_text)
        }
        for figure in self.figures:
            if (
                figure.metric == "income_total"
                and (figure.value, figure.value_role, figure.unit_text) in grand
                and (_BOTTOM_ROW.match(compact(figure.name_text)) or _says_carryover_included(figure))
                and not figure.is_rejected
            ):
                self._as_grand_total(figure)

    def _last_sentence_actual(self, amount: Amount, role: str) -> Figure | None:
        """The one actual figure of the sentence before (``_last_sentence_subject``: its single money
        subject, read in other roles than ``role`` only) when ``amount`` opens its sentence; None
        otherwise (the subject read in more than one actual figure, or not at all)."""
        if self._last_sentence is None or self._last_sentence_subject(amount, role) is None:
            return None
        begin, end, _ = self._last_sentence
        actual = [
            f
            for f in self.figures[begin:end]
            if f.value_unit == "yuan"
            and f.value_role == "actual"
            and not f.metric.endswith("_change_vs_prior_year")
            and not f.unit_text
        ]
        return actual[0] if len(actual) == 1 else None

    def _last_sentence_subject(self, amount: Amount, role: str) -> tuple[str, str] | None:
        """The (metric, code) of the one money subject the sentence before, in the same paragraph,
        read (changes aside), when ``amount`` stands in the first clause of its sentence and that subject was read in
        other roles than ``role`` only; None otherwise (more subjects, none, or the same role: the
        role words alone name no subject for certain)."""
        if 0 <= self._sentence_start < amount.start or self._last_sentence is None:
            return None
        if _CLAUSE_OPENING.search(self._text[self._sentence_begin : amount.start]):
            return None  # ('主要增减变动情况是：我局为新成立单位，预算数为0': a clause before names what it says)
        begin, end, _ = self._last_sentence
        read = [
            f
            for f in self.figures[begin:end]
            if f.value_unit == "yuan" and not f.metric.endswith("_change_vs_prior_year") and not f.unit_text
        ]
        levels = {(f.metric, f.function_code) for f in read}
        if len(levels) != 1 or any(f.value_role == role or f.is_rejected for f in read):
            return None
        return levels.pop()

    def _subject_of_change(self, start: int, end: int, after_prior: bool = False) -> Figure | None:
        """The figure a change of nothing named belongs to, when the change opens its sentence
        (its words, paragraph offsets ``start`` to ``end``, are the sentence's first clause:
        '比上年执行数增加', '与2025年预算持平'): the paragraph's first money figure, or, when no
        amount comes before it in the paragraph, that of the paragraph before. None when anything
        comes before it in its sentence (an amount or words may name its subject) or a change
        was read in that paragraph already. ``after_prior``: the sentence's only amount before it
        may be the prior year's, named by nothing but its year ('比2025年预算231.17万元增加'). A
        clause of the prior year's level named by nothing but its year and role words may open the
        sentence before it ('2025年预算数8万元，2026年预算与2025年预算持平': that amount is no
        figure of the year), and the change's own words may restate the year's figure before its
        comparison ('2026年预算与…', '本年预算比…')."""
        opening = compact(self._text[self._sentence_begin : end]).rstrip("，,；;：:、")
        prior_level_value: Decimal | None = None  # the prior year's level opening the sentence
        if after_prior and (prior := _PRIOR_LEVEL_OPENING.match(opening)):
            if sum(1 for a in self._sentence_found if a.start < start) != 1:
                return None
            if self._older_base_year(prior.group("base")) or self._own_year_base(prior.group("base")):
                return None  # ('比2019年预算…增加' in a 2026 budget: against another year)
            opening = prior.group("base") + prior.group("rest")
        elif (prior_level := _PRIOR_LEVEL_CLAUSE.match(opening)) and self._is_prior_year(prior_level.group("year")):
            before = [a for a in self._sentence_found if a.start < start]
            if len(before) != 1 or not before[0].is_money:
                return None
            opening, prior_level_value = prior_level.group("rest"), before[0].value
        elif 0 <= self._sentence_start < start:
            return None
        if (own := _OWN_YEAR_HEAD.match(opening)) and (own.group("year") or "") in ("", self.fiscal_year):
            opening = opening[own.end() :]  # ('2026年预算与2025年预算持平': the year's figure restated)
        # '2、收支增减变化情况说明：较上年减少X万元': a title of the changes, then its colon, opens the
        # sentence; it names no figure of its own (one naming a side, '收入增减变化情况：', is weighed
        # against the figure by the caller: ``_titled_change_subject``, ``_title_fits``)
        if (title := _CHANGE_TITLE_SUBJECT.match(opening)) and title.group("colon"):
            opening = opening[title.end() :]
        else:
            opening = _CHANGE_TITLE.sub("", opening)
        if self.final_accounts and self.item:
            opening = _THIS_ITEM.sub("", opening)  # ('该项支出较上年增加': the paragraph's item)
        if self._unread_at == len(self.figures):
            # (…or the last thing stated before it was an item whose amount was not read:
            # '公务用车运行维护费2.8。比上年减少0.3万元' is that item's change, never the lead's)
            return None
        if not _UNNAMED_CHANGE.match(opening) or m.change_subject(opening) or m.change_direction(opening) is None:
            return None
        if prior_level_value is not None and (
            m.change_direction(opening) != "0" or self._lead is None or self._lead.value != prior_level_value
        ):
            # ('2025年预算数8万元，2026年预算与2025年预算持平': no change from the prior year's level
            # says the year's figure is that level: the lead is the subject only when it is)
            return None
        if self._lead is not None:
            if self._lead_changed or self._other_items_after(self._lead):
                return None
            return self._lead
        if (self._paragraph_start < 0 or self._paragraph_start >= start) and self._previous_lead is not None:
            lead, self._previous_lead = self._previous_lead, None
            return lead
        return None

    def _titled_change_subject(self, start: int) -> str:
        """The words to read a change of nothing named with (``_TITLE_SUBJECT_WORDS``: '收入支出总计',
        '收入', '支出') when its words (paragraph offsets up to ``start``, its amount's) open its
        sentence with no amount before them in it and a title on the year's changes names its
        subject (``_CHANGE_TITLE_SUBJECT``): run into the sentence before a colon ('收支增减变化情况：
        较上年减少Y万元'), or a heading of its own right before the paragraph the change opens
        ('（三）收支增减变化情况' then '较上年减少Y万元'); '' otherwise (a title naming no subject
        or another one: the change is read as before, or reported unparsed)."""
        if 0 <= self._sentence_start < start:
            return ""
        opening = compact(self._text[self._sentence_begin : start]).rstrip("，,；;：:、")
        title = _CHANGE_TITLE_SUBJECT.match(opening)
        if title and title.group("colon"):
            subject, opening = title.group("subject"), opening[title.end() :]
        elif (
            self._under_change_heading
            and not compact(self._text[: self._sentence_begin])
            and (self._paragraph_start < 0 or self._paragraph_start >= start)
        ):
            subject = self._under_change_heading
        else:
            return ""
        if not _UNNAMED_CHANGE.match(opening) or m.change_subject(opening) or m.change_direction(opening) is None:
            return ""
        return _TITLE_SUBJECT_WORDS[subject]

    def _is_prior_year(self, year: str) -> bool:
        """Whether ``year`` ('2025'; '' for a word that names the prior year: 上年 / 去年) is the
        year before the document's."""
        if not year:
            return True
        return self.fiscal_year.isdigit() and int(year) == int(self.fiscal_year) - 1

    def _other_items_after(self, lead: Figure) -> bool:
        """Whether money figures of another metric than ``lead``'s, and no part of it (metrics.csv
        part_of), were read after it ('公务接待费14.6万元，公务用车运行维护费2.8万元。比上年减少0.3
        万元': the change opening the next sentence may be either's; after '“三公”经费3328万元。其中，
        …公务接待费478万元…' it stays the whole's)."""
        after = False
        for figure in reversed(self.figures):
            if figure is lead:
                return after
            after = after or (
                figure.value_unit == "yuan"
                and figure.metric != lead.metric
                and not figure.metric.endswith("_change_vs_prior_year")
                and figure.metric in m.metrics()
                and lead.metric not in _ancestors(figure.metric)
            )
        return False

    def _prior_of_anchor(
        self, label: str, other_year: str, anchor: Figure | None, topic: str, state: dict[str, str]
    ) -> bool:
        """Whether a money amount of another year (``other_year``, '2015年') is the prior year's
        amount of ``anchor``, the figure read before it in the sentence: the year is the one
        before the document's and the label names the anchor's metric or nothing but role words
        ('2015年预算', '2015年三公经费预算拨入'), the year by a word too ('公务接待费4万元，上年5万元，
        减少1万元', '上年预算为5万元')."""
        if anchor is None or anchor.value_unit != "yuan" or not self.fiscal_year.isdigit():
            return False
        if other_year != f"{int(self.fiscal_year) - 1}年" or anchor.metric.endswith("_change_vs_prior_year"):
            return False
        words = m.core(label)
        if prior_word := _PRIOR_YEAR_LABEL.match(words):
            words = words[prior_word.end() :]  # ('上年' / '去年' / '上年度': the year by a word)
        rest = _PRIOR_ROLE.sub("", _ROLE_WORDS.sub("", words))
        if not rest or m.is_filler(rest):
            return True
        return classify_money(label, topic, dict(state))[0] == anchor.metric

    def _prior_of_other(
        self, text: str, amount: Amount, label: str, other_year: str, anchor: Figure | None, topic: str
    ) -> str:
        """The words naming a figure ('收入预算总计') when a money ``amount`` of another year
        (``other_year``, '2024年') is the prior year's amount of the whole ``anchor`` (the figure read
        before it in the sentence) is a part of (metrics.csv part_of), named by words that name a
        side or a whole (``_WHOLE_FILLER``: '2024年收入预算总计'), and a change of nothing named
        follows right after it ('，同比降低100.00万元'); '' otherwise."""
        if not amount.is_money or not self.fiscal_year.isdigit() or other_year != f"{int(self.fiscal_year) - 1}年":
            return ""
        words = _LABEL_YEAR.sub("", m.core(label))
        if not _WHOLE_FILLER.search(words):
            return ""
        metric = classify_money(words, m.topic_of(words) or topic, {})[0]
        after = compact(text[amount.end : amount.end + 40]).lstrip("，,")
        after = after[: next((i for i, c in enumerate(after) if c.isdigit() or c in "，,。；;"), len(after))]
        if anchor is None and metric and self._read_in_paragraph(metric):
            # '…“三公”经费…支出决算为5.65万元。上年“三公”经费支出决算为6.40万元，本年较上年减少0.75万元':
            # the prior year's amount of a subject the paragraph read for the document's year, opening
            # its sentence, then a change naming no subject but this year ('本年较上年'): that subject's
            subject = m.change_subject(after)
            return (
                words
                if m.change_direction(after) is not None
                and (not subject or _OWN_YEAR_WORD.fullmatch(subject.removesuffix("度")))
                else ""
            )
        if anchor is None or anchor.value_unit != "yuan" or metric not in _ancestors(anchor.metric):
            return ""  # (only the whole the anchor is a part of: '三公经费…，2025年支出预算…' stays the anchor's)
        return words if m.change_direction(after) is not None and not m.change_subject(after) else ""

    def _read_in_paragraph(self, metric: str) -> bool:
        """True when the paragraph being read read ``metric`` (of the unit itself, not rejected)."""
        return any(
            f.metric == metric and not f.unit_text and not f.is_rejected for f in self.figures[self._paragraph_read :]
        )

    def _carryover_part(self, carryover: Figure, before: list[Figure], text: str) -> None:
        """'2024年收入预算10254372.56元，其中：本年财政拨款收入8612872.56元；上年结转1641500元':
        in a final account, a whole whose parts (after 其中) list the carry-over holds it: the grand
        total of the 收支总表, not the year's income (income_total, 本年收入合计; a budget's
        income_total holds its 上年结转, so budgets never come here). ``before``: the sentence's figures
        read before ``carryover``; ``text``: the sentence up to it. The whole is re-tagged in place."""
        for whole in reversed(before):
            if whole.metric != "income_total" or whole.value_role != carryover.value_role:
                continue
            at = text.find(whole.value_text)
            if (
                at >= 0
                and "其中" in text[at:]
                and "本年" not in compact(whole.name_text)
                and whole.value > carryover.value
            ):
                self._as_grand_total(whole)
            return

    def _statement_begin(self, at: int) -> int:
        """Where the '；'-separated part of the sentence holding offset ``at`` (of the paragraph) begins."""
        return max(self._sentence_begin, *(self._text.rfind(mark, 0, at) + 1 for mark in "；;"))

    def _other_funds_pay(self, start: int) -> str:
        """The funds other than the 财政拨款 that the sentence says pay for what a figure at paragraph
        offset ``start`` states, when they are the last funds it names before it ('2023年度单位资金
        安排的“三公”经费支出…', '由非财政拨款资金安排的…'); '' when it names none, or names a fund
        of the 财政拨款 after them ('单位资金…；一般公共预算财政拨款“三公”经费…')."""
        said = compact(self._text[self._sentence_begin : start])
        other = None
        for other in _OTHER_FUNDS_PAY.finditer(said):  # noqa: B007 - the last match counts
            pass
        if other is None:
            return ""
        fiscal = None
        for fiscal in _FISCAL_FUNDS.finditer(said):  # noqa: B007 - the last match counts
            pass
        return other.group("funds") if fiscal is None or fiscal.start() < other.start() else ""

    def _after_foreign_reception_money(self, amount: Amount, label: str) -> bool:
        """Whether the count ``amount`` (labelled ``label``: words naming no reception of its own, at
        most 接待 and filler: '共接待', '') follows, in its '；' part of the sentence, a money amount
        whose words name a foreign reception ('外事接待支出0万元，共接待0批次'), with no other money
        amount between; the guests named after 接待 are no reception of their own ('外事接待费3,800.00元，
        接待某国文化代表团2批次、12人次'). False when the count names its reception ('国内公务接待10批次')."""
        words = compact(label)
        guests = words.startswith(("接待", "共接待"))
        if _RECEPTION_KIND.search(words) or not (guests or m.is_filler(m.core(words.replace("接待", "")))):
            return False
        begin = self._statement_begin(amount.start)
        money = [a for a in self._sentence_found if begin <= a.start < amount.start and a.is_money]
        if not money:
            return False
        if _RECEPTION_KIND.search(compact(self._text[money[-1].end : amount.start])):
            return False  # ('外宾接待费0万元，国内公务接待12批次、96人次': a reception named since)
        said = compact(self._text[money[-2].end if len(money) > 1 else begin : money[-1].start])
        return "接待" in said and bool(_FOREIGN_WORDS.search(said)) and "国内" not in said

    def _named_just_before(self, amount: Amount, label: str) -> str:
        """The metric the clause right before ``label`` names ('公务接待费占30%' before '金额1.5万元':
        three_public_reception; its share left out), within the sentence's '；' part and after its
        last amount; '' when it names none, or a change."""
        begin = self._statement_begin(amount.start)
        said = compact(self._text[begin : amount.start])
        said = said[: -len(compact(label))] if compact(label) else said
        pieces = [piece for piece in re.split(r"[，,：:]", said) if piece]
        if len(pieces) < 2 or amounts(pieces[-1]):
            return ""  # (the label opens the sentence's part, or an amount stands between)
        named = classify_money(_SHARE_TAIL.sub("", pieces[-1]), "", {})[0]
        return "" if named.endswith("_change_vs_prior_year") else named

    def _titled_by(self, amount: Amount, label: str) -> tuple[str, str, str] | None:
        """What a title run in before a colon names for ``amount`` when nothing but the year and role
        words (``label``, the amount's own words) stand between the two: in its '；'-separated statement
        ('1、收入决算：2025年决算数X' -> income_total; '（二）基本支出：决算数X' -> basic_expenditure), or
        opening the paragraph with a definition of the title between (``_DEFINED_TITLE``: '（一）财政拨款：
        指财政部门当年拨付的资金。2026年预算安排X' -> income_fiscal_appropriation; ``amount`` the
        paragraph's first amount). The title's words without role words ('决算', '预算数') are read with
        no topic: (metric, function code, the title); ('', '', the title) when the title is a name that
        names no metric ('（二）非税收入：'): the amount is that thing's, never the topic's total; None when no title
        stands there, the statement holds another amount before it, or the title names a change, a
        类/款/项 in a final account (its paragraph's item is read by ``_item_of``), or nothing that is
        a name (a lead-in, '情况如下：'; the unit's own name)."""
        begin = self._statement_begin(amount.start)
        if any(a.start < amount.start for a in amounts(self._text[begin : amount.start])):
            return None
        own = compact(label)
        words = compact(self._text[begin : amount.start])
        before = self._without_title_year(words[: -len(own)] if own and words.endswith(own) else words)
        title_colon = None if before is None else _TITLE_COLON.match(before) or _ITEM_TITLE_COLON.match(before)
        defined = False
        if title_colon is None and self._paragraph_start == amount.start:
            # '（二）非税收入：指除税收以外…的财政资金。2026年预算安排X': the definition of the title
            # between it and the amount, which is still the title's
            words = compact(self._text[: amount.start])
            before = self._without_title_year(words[: -len(own)] if own and words.endswith(own) else words)
            title_colon = None if before is None else _DEFINED_TITLE.match(before)
            defined = title_colon is not None
        if title_colon is None:
            return None
        # ('某某局收入：'): the unit's own name as the title's subject is no part of it
        title = compact(self.without_own_name(_ROLE_WORDS.sub("", title_colon.group("title"))))
        if not title or not m.core(title):
            return None
        item = bool(_CODE_OPENS.match(title)) or m.prints_function_code(title) or m.has_level_mark(title)
        if not item and not (title_colon.re is _TITLE_COLON or _PLAIN_TITLE.fullmatch(title)):
            return None  # ('2025年预算：', '（一）…（说明）：' no item: no title of a figure)
        metric, code = classify_money(title, "", {})
        if metric.endswith("_change_vs_prior_year") or (metric in _ITEM_METRICS and (self.final_accounts or not code)):
            return None
        if metric:
            return metric, code, title
        if item:
            return "", "", title  # ('9990101某某事务：' a code not trusted: the item's amount, never a total)
        if m.is_filler(m.core(title)) or _NO_NAME_TITLE.search(title):
            return None  # ('收入预算情况如下：', '总体情况：': no name of a figure)
        if defined or _MONEY_NAME.search(title):
            return "", "", title  # ('（二）非税收入：', '（三）某某事务：指…。')
        return None  # ('收入来源：', '支出结构：': a view of the money, no name of a figure)

    def _without_title_year(self, before: str) -> str | None:
        """``before`` (the words before an amount, its own words gone) without the document's year a
        title run in before a colon opens with ('2017年部门预算总支出：' -> '部门预算总支出：', '（一）
        2017年度收入：' -> '（一）收入：'); None when the year opening it is another year (its figure is
        no title's of this year); ``before`` itself when no year opens it."""
        year = _TITLE_YEAR.match(before)
        if year is None:
            return before
        if year.group("year") != self.fiscal_year:
            return None
        return before[: year.start("year")] + before[year.end() :]

    def _named_in_other_role(self, anchor: Figure | None, role: str, part_metric: str) -> bool:
        """Whether ``anchor``, the figure before an amount named by role words alone (``role``), is a
        money figure its sentence named, of another metric than the heading's part (``part_metric``)
        and another role: the amount is that figure's in this role, never the part's ('（二）公务用车购置
        及运行维护费' then '…。其中：公务用车购置费年初预算40万元，支出决算38万元': the 购置费's actual)."""
        return (
            bool(role)
            and anchor is not None
            and anchor.value_unit == "yuan"
            and anchor.metric != part_metric
            and anchor.value_role != role
            and not anchor.metric.endswith("_change_vs_prior_year")
            and any(f is anchor for f in self.figures[self._sentence_figures :])
        )

    def _subject_in_role(self, name: str, label: str, role: str) -> Figure | None:
        """The figure a 决算 label of role words, fund words and the spending side alone restates in
        another role ('“三公”经费年初预算8万元，财政拨款支出决算为7万元': three_public_total, actual;
        '机关运行经费预算数30万元，一般公共预算财政拨款支出决算28万元'): the sentence's first figure, when it
        is of a subject (``_ROLE_SUBJECTS``: the 三公 money, 机关运行经费) whose every figure read in the
        sentence so far is of another role than ``role`` and no other metric's was read between;
        None otherwise (no role word in ``name``, another word in ``label``, a budget document)."""
        if not (self.final_accounts and role and _ROLE_WORDS.search(name)):
            return None
        rest = m.core(label)
        if not rest or not _FUND_WORD.search(rest) or _FUND_SIDE_WORDS.sub("", rest):
            return None
        read = self.figures[self._sentence_figures :]
        if not read or read[0].metric not in _ROLE_SUBJECTS or read[0].value_unit != "yuan":
            return None
        if any(f.metric != read[0].metric or f.value_role == role for f in read):
            return None
        return read[0]

    def _other_parts(self, anchor: Figure | None) -> list[str]:
        """The parts of ``anchor`` (a whole read in the sentence) other than the one the sentence's
        last figure, stated by words ('全部是公务用车运行维护费'), says all of it is: the siblings of
        that part and of each whole between it and ``anchor`` (metrics.csv part_of), money metrics a
        zero is read for; [] when the sentence's last figure is no such part of ``anchor``."""
        read = self.figures[self._sentence_read_before :]
        if anchor is None or not read or read[-1] is anchor:
            return []
        said = read[-1]
        if not said.by_wording or said.value != anchor.value or anchor.metric not in _ancestors(said.metric):
            return []
        others: list[str] = []
        node = said.metric
        while node != anchor.metric:
            parent = m.metrics()[node]["part_of"]
            others += [
                metric
                for metric, row in m.metrics().items()
                if row["part_of"] == parent and metric != node and metric in _ZERO_METRICS - _ACROSS_KINDS
            ]
            node = parent
        return others

    def _defines_operating_cost(self, amount: Amount, label: str) -> bool:
        """Whether the words of ``amount``'s '；'-separated statement before it (no other amount
        among them; ``label``, its own words, left out) state the definition of 机关运行经费 (the
        running of the unit itself: '维持机关运行', '保障机构正常运转') and name that cost
        ('行政运行经费', '机关运行经费'): '…维持机关运行，用于…的行政运行经费，合计X万元'. A bare
        行政运行, the 项 2010101, never does."""
        begin = self._statement_begin(amount.start)
        if any(begin <= a.start < amount.start for a in self._sentence_found):
            return False
        words = compact(self._text[begin : amount.start])
        own = compact(label)
        words = words[: -len(own)] if own and words.endswith(own) else words
        return bool(_OPERATING_DEFINITION.search(words) and _OPERATING_COST_NAME.search(words))

    def _named_before_comparison(self, label: str, topic: str) -> str:
        """The words before 较 / 比 / 与 of a prior year's amount's label when they name a money
        figure ('收入较2024年预算' -> '收入', '一般公共预算拨款收入比上年预算数' -> '一般公共预算拨款收入');
        '' when they name none ('同时较上年…', '较上年…') or a change. The change after that amount
        is the named figure's."""
        subject = m.change_subject(label)
        if not subject or (m.is_filler(subject) and not m.topic_of(subject)):
            return ""  # ('本年较上年…': words of no subject)
        metric = classify_money(subject, m.topic_of(subject) or topic, {})[0]
        return subject if metric and not metric.endswith("_change_vs_prior_year") else ""

    def _prior_amount_subject(self, label: str, topic: str) -> str:
        """The words a prior year's amount is named by ('较2014年度部门决算公开“三公”经费合计' ->
        '部门决算公开“三公”经费合计') when they name a money figure and the year is the one before
        the document's; '' otherwise (another year, or words that name nothing)."""
        found = _PRIOR_SUBJECT.search(compact(label))
        if found is None or not self.fiscal_year.isdigit():
            return ""
        year = found.group("year")
        if year and int(year) != int(self.fiscal_year) - 1:
            return ""
        subject = found.group("subject")
        if m.is_filler(m.core(subject)) and not m.topic_of(subject):
            # ('比2025年预算231.17万元增加33.55万元': 预算 alone names no subject (no topic word, as
            # 总收入 has), only the topic's total would be guessed; the change is of what the
            # sentence or paragraph is about)
            return ""
        metric = classify_money(subject, m.topic_of(subject) or topic, {})[0]
        return subject if metric and not metric.endswith("_change_vs_prior_year") else ""

    def _respective_one_amount(self, text: str, amount: Amount) -> bool:
        """True when the words of a change between the amount before it (or its statement's
        start) and ``amount`` hold 分别 ('…对比分别下降1%，减少Y万元') and no other amount follows
        in its sentence: one amount for each of two subjects, unless the subject is the balanced
        总计 (one figure: '收、支总计分别减少Y万元')."""
        begin = self._statement_begin(amount.start)
        words = text[begin : amount.start]
        own = words[words.rfind("元") + 1 :]
        if "分别" not in own or "总计" in own:
            return False
        stop = _SENTENCE_STOP.search(text, amount.end)
        rest = text[amount.end : stop.start() if stop else len(text)]
        return not _MONEY_AFTER.search(rest)

    def _each_side_bases(self, label: str, anchor: Figure | None, amount: Amount) -> list[tuple[str, str]]:
        """The (metric, function_code) of each level a change said of each side by one amount is the
        change of (its words hold 各 / 分别 after what they compare: '比上年各增加', '较上年分别减少',
        '与上年相比，各增加'), the one the change is read for last; [] when it is no such change or
        its sides are not certain (the change is then read, or reported, as any other), as when
        another amount follows ``amount`` ('分别减少X、Y万元': one for each side).

        Right after the two sides stated equal (``_other_side``: '收入预算X，支出预算X，比上年各增加Y',
        '财政拨款收入X，财政拨款支出X，比上年各减少Y'): both sides; right after the two sides' balanced
        total named as one ('收支预算X，较上年分别减少Y'): that total. A subject naming the two sides as
        one ('收支预算较上年分别减少Y', '收入和支出决算比上年各增加Y'; no 总计: the balanced total's
        change is read as such) with no figure before it in the sentence: the levels the document
        read for that subject, the latest of them deciding (the 收支总表's total, '收支预算X', is one
        figure: grand_total; the two sides, or none stated yet: income_total and expenditure_total)."""
        text = compact(label)
        subject = m.change_subject(text)
        each_first = subject in _EACH_SAME  # ('…，均比上年增加Y': 均 before the comparison)
        if each_first or subject == "分别":
            subject = ""
        elif each_after := _EACH_AFTER_SUBJECT.search(subject):
            # ('收支预算均比上年减少Y', '收、支预算各比2024年减少Y': the 均 / 各 after what changed)
            subject, each_first = subject[: each_after.start()], True
        elif not _EACH.search(text[text.find(subject) + len(subject) if subject else 0 :]):
            return []
        printed = compact(self._text[: amount.start])
        if (
            subject.startswith("支")
            and (at := printed.rfind(subject)) >= 0
            and (before := _SIDE_BEFORE_LABEL.search(printed[:at]))
        ):
            # ('收、' + '支预算': the joint subject split at its 、, printed before the label's words as read:
            # '收、支预算各比2024年减少Y', '与2025年相比，收、支预算各减少Y' read as '支预算各比上年减少')
            subject = before.group() + subject
        if not (_EACH.search(text) or each_first) or _ANOTHER_AMOUNT.match(self._text, amount.end):
            return []
        if subject and _JOINT_SIDES.fullmatch(subject) and anchor is not None:
            # ('收入预算X，支出预算X，收、支预算均比上年减少Y': the two sides just stated equal, named as one)
            if (other := self._other_side(anchor)) is None:
                return []
            return [(other.metric, other.function_code), (anchor.metric, anchor.function_code)]
        if not subject:
            if anchor is None:
                return []
            if anchor.metric in ("grand_total", "fiscal_grand_total") and _BOTH_WAYS.search(compact(anchor.name_text)):
                return [(anchor.metric, anchor.function_code)]  # ('收支预算X，较上年分别减少Y': the balanced total's)
            if (other := self._other_side(anchor)) is None:
                return []
            return [(other.metric, other.function_code), (anchor.metric, anchor.function_code)]
        if anchor is not None or not _JOINT_SIDES.fullmatch(subject):
            return []
        if (head := _CHANGE_HEAD.match(text)) and _GRAND_TOTAL_WORDS.search(head.group("subject")):
            # ('收、支总计较上年各增加Y', '收入支出总计比上年各减少Y': the two balanced 总计 named as one, each
            # by one amount: the 收入支出总计's change, whatever levels were read before)
            return [("grand_total", "")]
        for figure in reversed(self.figures):
            if figure.metric == "grand_total" and not figure.is_rejected:
                return [("grand_total", "")]
            if figure.metric in _TOTALS and not figure.is_rejected:
                break
        return [("income_total", ""), ("expenditure_total", "")]

    def _staff_in_post_named(self, clause: Clause, state: dict[str, str], placed: dict[int, int]) -> bool:
        """True when ``clause`` (of the sentence being read, closed by a colon) ends with a count read
        as the staff in post ('年末实有人数11人：'; ``placed``: a figure's id -> its amount's offset) or,
        holding no amount, names them ('实有在职人数：'; ``state``, the sentence's, left unchanged: a
        people rule reads the words as staff_actual); the list after the colon then holds their parts."""
        end = clause.start + len(clause.text)
        within = [a for a in self._sentence_found if clause.start <= a.start < end]
        if within:
            last = within[-1]
            return not self._text[last.end : end].strip() and any(
                placed.get(id(f)) == last.start and f.metric == _STAFF_IN_POST
                for f in self.figures[self._sentence_read_before :]
            )
        words = compact(clause.text)
        return bool(words) and classify_count(words, "people", dict(state)) == _STAFF_IN_POST

    def _bracket_after(self, text: str, found: list[Amount], amount: Amount, placed: dict[int, int]) -> str:
        """The metric of the figure right before the parenthesis ``amount`` (of the sentence's amounts
        ``found``) is the first of, when the parenthesis opens right after that figure's amount
        (``placed``: a figure's id -> its amount's offset); '' otherwise. '实有人员15人（含编内人员
        9人…）' -> 'staff_actual', '核定事业编制9人（其中工勤人员2名）' -> 'staff_authorized_institution':
        the parenthesis then holds parts of that whole, never the whole again."""
        at = next((i for i, a in enumerate(found) if a is amount), 0)
        if not at:
            return ""
        before = found[at - 1]
        if not re.match(r"\s*[（(]", text[before.end : amount.start]):
            return ""
        metrics = [f.metric for f in self.figures[-3:] if placed.get(id(f)) == before.start]
        return _STAFF_IN_POST if _STAFF_IN_POST in metrics else next(iter(metrics), "")

    def _amount_end(self, start: int) -> int:
        """The paragraph offset where the sentence's amount starting at ``start`` ends (``start``
        itself when no amount of the sentence starts there)."""
        return next((a.end for a in self._sentence_found if a.start == start), start)

    def _carryover_between(self, income: Decimal, grand: Decimal, role: str, unit_text: str) -> bool:
        """Whether a carry-over read (income_carryover of value role ``role`` and unit ``unit_text``)
        is exactly the difference of a 收入总计 (``grand``) and a year's income (``income``, smaller):
        the 收支总表's rule, 收入总计 = 本年收入合计 + 上年结转. Yuan (Decimal)."""
        return income < grand and any(
            f.metric == "income_carryover"
            and f.value_role == role
            and f.unit_text == unit_text
            and not f.is_rejected
            and income + f.value == grand
            for f in self.figures
        )

    def _carryover_after(self, income: Amount, grand: Decimal) -> bool:
        """Whether a carry-over printed later in the paragraph of a year's income (``income``: '收入预算
        X万元。…另安排上年结转Z万元') is exactly the difference to a 收入总计 read before (``grand``):
        a money amount after ``income`` whose words since the amount before it name 结转 (no 结余 of
        the year's end: 年末)."""
        before = income.end
        for later in amounts(self._text[income.end :], income.end):
            words = compact(self._text[before : later.start])
            before = later.end
            if later.is_money and "结转" in words and "年末" not in words and income.value + later.value == grand:
                return True
        return False

    def _totals_named_as_one(self, income: Amount, spending: Amount | None = None) -> bool:
        """Whether the amount of a budget's 收入总计 (``income``) is followed in its sentence by that
        of a 支出总计 equal to it (``spending``, when given, must be that amount), the two then named
        as one total ('…，收、支总计各增加Y', '收支总计比上年减少Y', ``_ONE_GRAND_TOTAL``): the
        收支总表's two 总计, its grand total."""
        later = [a for a in self._sentence_found if a.start > income.start]
        if not later or not later[0].is_money or later[0].value != income.value:
            return False
        if spending is not None and later[0].start != spending.start:
            return False
        between = compact(self._text[income.end : later[0].start])
        if not (_BOTTOM_ROW.match(between) and _SPENDING_SIDE.search(between)):
            return False
        stop = _SENTENCE_END.search(self._text, later[0].end)
        if _ONE_GRAND_TOTAL.search(compact(self._text[later[0].end : stop.start() if stop else None])):
            return True
        if stop is None:
            return False
        # ('收入总计X，支出总计X。与2024年相比，收、支总计各增加Y': named as one opening the next sentence,
        # after its comparison at most)
        after = _SENTENCE_END.search(self._text, stop.end())
        return (
            _NEXT_SENTENCE_ONE_GRAND_TOTAL.match(compact(self._text[stop.end() : after.start() if after else None]))
            is not None
        )

    def _grand_total_listing(self, metric: str, anchor: Figure | None, role: str, listed: bool) -> Figure | None:
        """The 总计 whose 其中 list a year's total of one side (本年收入合计 / 本年支出合计: ``metric``,
        income_total or expenditure_total, of value role ``role``) is read in, when the figure read
        right before it (``anchor``) is none or a part of the grand total (``_LISTED_TOTAL_PARTS``):
        the last figure read as grand_total, or as that side's total from words naming a 总计 (or
        总-something) of that side, in this sentence or, for a sentence opening with 其中, in
        the sentence right before it ('收入总计X，支出总计X。其中：本年收入合计Y，年初结转和结余Z；本年
        支出合计W，年末结转和结余V'; '收支总计均为X，其中：…'). ``listed``: the amount stands in a 其中
        list (of this sentence or opening it); without a part read before it, it must. Every figure
        read after that 总计 must be another 总计 or a part of the grand total (a list of another
        figure's parts, '…支出总计X，基本支出Y。其中：…', is none of it). None when there is none: the
        caller reads the amount as before. Rule: the 收支总表 (its 总计 rows hold 本年收入合计 and the
        carry-over on the income side, 本年支出合计 and 年末结转和结余 on the spending side)."""
        if anchor is not None and anchor.metric not in _LISTED_TOTAL_PARTS:
            return None
        if anchor is None and not listed:
            return None
        span = self.figures[self._sentence_read_before :]
        if self._last_sentence is not None and _PART_LEAD.match(compact(self._text[self._sentence_begin :])):
            begin, end, _ = self._last_sentence
            span = [*self.figures[begin:end], *span]
        side, other = ("收入", "支出") if metric == "income_total" else ("支出", "收入")
        for index in range(len(span) - 1, -1, -1):
            figure = span[index]
            name = compact(figure.name_text)
            if figure.value_role == role and (
                figure.metric == "grand_total"
                or (figure.metric == metric and "总" in name and not (other in name and side not in name))
            ):
                after = span[index + 1 :]
                if all(f.metric in _LISTED_TOTAL_PARTS or f.metric.endswith("_change_vs_prior_year") for f in after):
                    return figure
                return None
        return None

    def _other_side_restates(self, grand_total: Figure) -> None:
        """Re-tag as grand_total, in place, the other side's 总计 (named '支出总计' / '收入总计' alone:
        ``_BOTTOM_ROW``) read in the same paragraph right with ``grand_total`` (a side's 总计 just
        found to be the 收支总表's grand total, ``_grand_total_listing``), of the same amount and
        role: the two 总计 of that table balance, so the other side's restates the grand total
        ('收入总计X，支出总计X。其中：本年收入合计Y，…'), never that side's year total. Another amount
        is left as it was read."""
        read = self.figures[self._paragraph_read :]
        if grand_total not in read:
            return
        for figure in read:
            if (
                figure is not grand_total
                and figure.metric in _TOTALS
                and figure.value == grand_total.value
                and figure.value_role == grand_total.value_role
                and figure.source_line == grand_total.source_line
                and _BOTTOM_ROW.match(compact(figure.name_text))
            ):
                figure.metric = "grand_total"

    def _total_words_in_list(self, anchor: Figure) -> str:
        """The reason a money amount named by nothing but the words of a total ('本年支出合计'), listed
        after 其中 right after ``anchor``, is not read: a part of ``anchor`` when ``anchor`` is the
        figure its list is of; when ``anchor`` was read as a part itself (of a list's whole, or a
        metric that is a part of another: metrics.csv part_of), the list's whole is not known to
        hold the amount, and the reason says so instead of naming a whole it is no part of."""
        whole = next((w for p, w in reversed(self._listed_under) if p is anchor), None)
        if whole is not None:
            return (
                f"words of a total listed after {anchor.metric} among the parts of {whole.metric}: "
                "which figure's part it is is not certain"
            )
        if _ancestors(anchor.metric) and anchor.metric in _LISTED_TOTAL_PARTS:
            return (
                f"words of a total listed after {anchor.metric}, itself a part of another figure: "
                "which figure's part it is is not certain"
            )
        return f"a part of {anchor.metric} named only by the words of a total"

    def _fiscal_income_side(self) -> Figure | None:
        """The 财政拨款收入总计 (named so: ``_FISCAL_BOTTOM_ROW``) the sentence being read stated last,
        read as fiscal_grand_total or as income_fiscal_appropriation; None when it stated none."""
        return next(
            (
                f
                for f in reversed(self.figures[self._sentence_read_before :])
                if f.metric in ("fiscal_grand_total", "income_fiscal_appropriation")
                and (row := _FISCAL_BOTTOM_ROW.match(compact(f.name_text)))
                and row.group("side") == "收入"
            ),
            None,
        )

    def _fiscal_spending_side(
        self,
        income_side: Figure,
        label: str,
        make: Callable[[str], Figure],
        unparsed: Callable[[str], None],
    ) -> Figure | None:
        """A final account's 支出总计 stated after the 财政拨款收入总计 ``income_side`` in one sentence
        ('财政拨款收入总计X万元（含年初…），支出总计X万元（含年末…）'). The two 总计 of the 财政拨款收入支出
        决算总表 balance: the same amount makes both sides that table's total, fiscal_grand_total (the
        income side, read as the year's 财政拨款收入, and a change read after it are re-tagged in
        place). Two amounts are no one total: the income side read as fiscal_grand_total keeps it and
        this side is not read; the income side read as the year's 财政拨款收入 ('财政拨款收入总计' printed
        for it) leaves a '财政拨款支出总计' the year's 财政拨款支出 (``make`` of that metric) and a bare
        '支出总计' unread (never the 收支总表's grand total)."""
        figure = make("fiscal_grand_total")
        if figure.value_role == income_side.value_role and figure.value == income_side.value:
            if income_side.metric == "income_fiscal_appropriation":
                income_side.metric = "fiscal_grand_total"
                after = self.figures[self.figures.index(income_side) + 1 :]
                for change in after:
                    if change.metric == "income_fiscal_appropriation_change_vs_prior_year":
                        change.metric = "fiscal_grand_total_change_vs_prior_year"
            return figure
        if income_side.metric == "income_fiscal_appropriation" and _FISCAL_BOTTOM_ROW.match(compact(label)):
            return make("expenditure_fiscal_appropriation")
        unparsed(_FISCAL_SPENDING_SIDE_APART)
        return None

    @staticmethod
    def _composition_listed(text: str, whole: Figure | None, listed: list[Amount], begin: int, topic: str) -> bool:
        """Whether the amounts ``listed`` (paragraph offsets in ``text``: those of a 其中 list opened
        inside a reason, from paragraph offset ``begin``, to the sentence's end) are the composition
        of ``whole`` (the figure the sentence read before the reason, not a change): each is money,
        printed right after words naming a part of that whole and nothing else (``topic``: the
        sentence's) and followed at once by its share of it ('财政拨款收入800万元，占88.9%'). A
        reason's own parts name changes or things no metric names ('培训费增加5万元'), or have no
        share."""
        if whole is None or whole.value_unit != "yuan" or not listed:
            return False
        start = begin
        for amount in listed:
            share = _SHARE_AFTER.match(text, amount.end)
            if not amount.is_money or share is None:
                return False
            words = _LIST_ITEM_HEAD.sub("", compact(text[start : amount.start]))
            if m.change_direction(words) is not None:
                return False
            metric = classify_money(words, m.topic_of(words) or topic, {})[0]
            if not (whole.metric in _ancestors(metric) or _SOURCE_OF.get(metric) == whole.metric):
                return False
            start = share.end()
        return True

    def _after_fiscal_total_income(self, label: str, amount: Amount) -> bool:
        """Whether ``label`` (words of the spending side alone: '总支出', '支出总计', '支出') names the
        other side of the fiscal appropriation's total income the sentence opened with
        ('我单位财政拨款总收入520万元，总支出520万元'): the sentence's first figure was read as
        income_fiscal_appropriation from words naming a total of it ('财政拨款总收入', in a budget
        '财政拨款收入总计' too; a final account's 财政拨款收入总计 is read by ``_fiscal_spending_side``),
        and every money amount between it and ``amount`` was read as its change or as its part
        after 其中 (another figure between: the spending total is no side of it)."""
        if not _BARE_SPENDING_TOTAL.fullmatch(compact(m.core(label)).lstrip("，,；;、")):
            return False
        read = self.figures[self._sentence_figures :]
        first = next(iter(read), None)
        if first is None or first.metric != "income_fiscal_appropriation" or first.value_unit != "yuan":
            return False
        name = compact(first.name_text)
        if not _FISCAL_TOTAL_INCOME.search(name) or (self.final_accounts and _FISCAL_BOTTOM_ROW.match(name)):
            return False
        listed = {id(part) for part, whole in self._listed_under if whole is first}
        between = read[1:]
        if any(f.metric != "income_fiscal_appropriation_change_vs_prior_year" and id(f) not in listed for f in between):
            return False
        money_before = [a for a in self._sentence_found if a.is_money and a.start < amount.start]
        return len(money_before) == len(read)

    def _spending_side_apart(self, label: str, metric: str, value: Decimal, role: str) -> bool:
        """Whether a final account's 支出总计 (``label`` names the spending side, not the income's)
        read as ``metric`` (grand_total or its change) of ``value`` (yuan, a change signed) and
        ``role`` differs from the 收入总计 figure of that metric and role read before it in the
        paragraph ('收入总计是500.50万元，支出总计是520.20万元'): the 收支总表's two 总计 balance, so
        two different amounts are no one grand total; the income side's is kept as the grand total
        and the spending side, which has no metric of its own (seeds/reference/metrics.csv), is
        not read."""
        if not _SPENDING_SIDE.search(compact(label)):
            return False
        return any(
            figure.metric == metric
            and figure.value_role == role
            and "收入总计" in compact(figure.name_text)
            and figure.value != value
            for figure in self.figures[self._paragraph_read :]
        )

    def _side_change_of_totals(self, label: str) -> str:
        """'收入' or '支出' when a change ``label`` (its comparison written out: '收入比上年增加')
        names that side alone, bare ('与2024年相比，收入增加130万元'), else ''. Asked after a
        paragraph stated a 支出总计 apart from its 收入总计 (``_totals_apart``): its sides' changes
        are those 总计's, the income side's the grand total's change and the spending side's none
        (the changes of 本年收入 / 本年支出, income_change / expenditure_change, are named so)."""
        subject = m.change_subject(label)
        return subject if subject in ("收入", "支出") else ""

    def _spending_total_alone(self, label: str) -> bool:
        """Whether a final account's change ``label`` names the 支出总计 ('支出总计减少') while no
        grand total was stated by both sides equal before it ('收入总计X万元，支出总计X万元', or a
        joint '收支总计X万元'): the grand total is the 收入 side; a 支出总计's change alone may be of
        another figure (printed as 支出总计 for the year's spending), never the grand total's."""
        if not self.final_accounts or not _SPENDING_SIDE.search(compact(label)):
            return False
        sides: dict[str, set[Decimal]] = {"收入": set(), "支出": set()}
        for figure in self.figures:
            if figure.metric != "grand_total" or figure.value_role not in ("", "actual"):
                continue
            name = compact(figure.name_text)
            if "收入总计" in name and "支出" not in name:
                sides["收入"].add(figure.value)
            elif _SPENDING_SIDE.search(name):
                sides["支出"].add(figure.value)
            else:
                return False  # (a joint statement: '收入支出总计', '收支总计', '收、支总计各')
        return not sides["收入"] & sides["支出"]

    def _after_budget_figures(self, paragraph: Paragraph, label: str) -> bool:
        """True when the figure read last, in this paragraph but before this sentence, is a
        budget (value_role 'budget') and the change's words name no role of their own: in a final
        account the change that follows the year's budget figures compares the budgets (not when
        the paragraph read the same subject's actual too: the budget beside it is a comparison)."""
        if not self.figures or len(self.figures) > self._sentence_read_before:
            return False
        last, lines = self.figures[-1], set(paragraph.lines)
        if last.value_role != "budget" or last.source_line not in lines:
            return False
        if any(f.value_role == "actual" and f.metric == last.metric and f.source_line in lines for f in self.figures):
            # '…支出1,984.66万元，年初预算为1,902.30万元。与2023年相比，…支出减少71.48万元': the
            # budget stated beside the year's actual of the same subject is its comparison; the
            # change that follows is the actual's, as a final account's changes are
            return False
        return not (value_role(label) or "决算" in label or "实际" in label)

    def _subject_after_base(self, label: str, topic: str, anchor: Figure | None) -> str:
        """The words naming what changed when they stand between the comparison's base and its
        direction word ('2018年较2017年部门预算总收入增加' -> '部门预算总收入'), the base being the
        year before the document's (or a relative word for it) and the year before 较, when
        printed, the document's; '' when they name no money metric, or another than the figure
        the sentence read before the change (``anchor``: '公务接待费3万元，比上年支出增加1万元' is no
        change of the spending total)."""
        # ('…650.00万元.与去年相比收入减少了50万元': a full stop printed as '.' after the unit opens the label)
        found = _SUBJECT_AFTER_BASE.match(compact(label).lstrip(".．"))
        if found is None or not self.fiscal_year.isdigit():
            return ""
        if (year := found.group("year")) and year != self.fiscal_year:
            return ""
        if (base := found.group("base_year")) and int(base) != int(self.fiscal_year) - 1:
            return ""
        subject = found.group("subject")
        if m.is_filler(m.core(subject)) and not m.topic_of(subject):
            return ""  # ('较2025年预算增加': no subject named)
        metric = classify_money(subject, m.topic_of(subject) or topic, {})[0]
        if not metric or metric.endswith("_change_vs_prior_year"):
            return ""
        if anchor is not None and anchor.metric != metric:
            return ""
        return subject

    def _older_base_year(self, label: str) -> str:
        """The base year of a comparison ('比2019年…减少') when it is neither the document's year
        nor the one before ('2019年'), else ''."""
        found = _BASE_YEAR.search(compact(label))
        if found is None or not self.fiscal_year.isdigit():
            return ""
        year = found.group("year")
        return "" if int(year) in (int(self.fiscal_year), int(self.fiscal_year) - 1) else year + "年"

    def _own_year_base(self, label: str) -> bool:
        """A comparison whose base is the document's own year ('与2024年度预算相比' in a 2024
        决算): this year's budget, never the prior year."""
        if not self.fiscal_year or not self.final_accounts:
            return False
        found = _BASE_YEAR.search(compact(label))
        return found is not None and found.group("year") == self.fiscal_year

    def _item_begin(self, start: int) -> int:
        """The paragraph offset where the list item holding offset ``start`` begins: after the last
        '；' of its sentence before it ('其中：因公出国（境）费：未发生；公务接待费：未发生' -> the second
        item at '公务接待费'), else the sentence's begin."""
        cut = max(
            self._text.rfind("；", self._sentence_begin, start), self._text.rfind(";", self._sentence_begin, start)
        )
        return cut + 1 if cut >= 0 else self._sentence_begin

    def _nones_in_roles(self, sentence: Sentence, clause: Clause, bare: str) -> tuple[str, str] | None:
        """(the name, the value role) of a clause that is one of the none words of roles a statement
        says of a name ('因公出国（境）费：未安排，未支出', '公务接待费未安排，未发生支出': ``_ROLE_NONES``;
        ``bare``: the clause without whitespace), None for any other clause. 未安排 is the budget's
        none when the statement also says the spending none or names the budget ('未安排预算'), else
        the actual's (as '…均未安排'); 未支出 / 未发生 the actual's. Read only for a statement of two
        such words, or of one after a colon that '…：无' does not read already; of the document's
        year and unit only (never '上年：未安排', '所属单位：未安排，未支出'); in a budget, only a statement
        with 未安排."""
        begin = self._sentence_begin
        stop = min(
            (at for at in (self._text.find(c, clause.start) for c in "。；;") if at >= 0),
            default=sentence.start + len(sentence.text),
        )
        statement = compact(self._text[begin:stop])
        said = _ROLE_NONES.match(statement)
        if said is None:
            return None
        nones = list(_ROLE_NONE.finditer(said.group("nones")))
        if len(nones) < 2 and not (said.group("colon") and not _NONE_ALONE.match(bare)):
            return None
        if not self.final_accounts and not any(none.group("arranged") for none in nones):
            return None  # (a budget's '…：无支出' is read as any none: ``_wording``)
        # the none word this clause ends with: the clause's place among the statement's clauses
        before = compact(self._text[begin : clause.start])
        at = len(before) + len(bare) - said.start("nones")
        this = next((none for none in nones if none.end() == at), None)
        if this is None:
            return None
        name = compact(self.without_own_name(said.group("name")))
        if (
            not name
            or self._other_year(statement)
            or _OTHER_TIME.search(statement)
            or _SUB_UNIT.search(name)
            or _another_unit_named(m.core(name))
        ):
            return None
        if this.group("spent"):
            return name, "actual"
        budget = not self.final_accounts or "预算" in this.group() or any(none.group("spent") for none in nones)
        return name, "budget" if budget else "actual"

    def _none_of_another(self, none: re.Match[str], sentence: Sentence, clause: Clause, bare: str) -> bool:
        """Whether a clause saying none (``none``: its match of ``_NONE`` / ``_ZERO``; ``bare``: its
        text without whitespace) says it of something else than this unit's figure of the document's
        year: another year ('上年无机关运行经费', '2025年机关运行经费为零' in a 2026 budget; the
        sentence's words before the clause count when no amount stands between: '上年度，本部门未安排
        …'), another unit named before the metric ('某镇机关运行经费为零': the unit's own name is gone
        by then) or a table ('此表为空', '…收支表为空表': the table is empty, its figures are not
        stated)."""
        said = bare
        if not 0 <= self._sentence_start < clause.start:
            said = compact(self._text[self._sentence_begin : clause.start]) + bare
        said = _PRIOR_COMPARISON.sub("", said)  # ('与上年相比，…': a comparison names no other year's figure)
        said = _CARRYOVER_NAME.sub("结转", said)  # ('本部门无上年结转': the carry-over's name, no other year)
        said = self._without_own_and_prior_years(said)
        if self._other_year(said) or _OTHER_TIME.search(said):
            return True
        name = none.group("name")
        if none.re is _ZERO and none.groupdict().get("empty") and "表" in name:
            return True
        return _SUB_UNIT.search(bare) is not None or (none.re is _ZERO and _another_unit_named(name))

    def _also_of_own(self, before: str) -> bool:
        """Whether the words of a sentence before a clause going on with 也 / 亦 ('…，也没有…';
        ``before``: compact) open it with the unit itself or nothing as the subject of what it says
        none of, of the document's year: no sub-unit, other unit, other year or other time."""
        if not self._none_of_own(before):
            return False
        first = re.search(_NONE_WORDS, before)
        head = _CLAUSE_MARKS.sub("", before[: first.start()] if first else before)
        return not compact(self.without_own_name(m.core(head)))

    def _none_of_own(self, said: str) -> bool:
        """Whether words saying none (``said``: compact, with the sentence's words before them) name
        no sub-unit ('所属单位没有…'), other year ('2024年没有…' in a 2025 document) or other time
        ('上年无…') as whose it is."""
        said = _PRIOR_COMPARISON.sub("", said)
        said = self._without_own_and_prior_years(said)
        return not (_SUB_UNIT.search(said) or self._other_year(said) or _OTHER_TIME.search(said))

    def _without_own_and_prior_years(self, text: str) -> str:
        """``text`` (compact) without the document's year and the prior year said together of what
        follows ('2026年与2025年均无…', '2026年和2025年年初预算都无…' in a 2026 budget: none in either
        year, so none in the document's), their 均 / 都 too; ``text`` itself when the two years are
        not the document's and the one before it."""
        both = _OWN_AND_PRIOR_YEARS.search(text)
        if both is None or not self.fiscal_year.isdigit():
            return text
        own, prior = self.fiscal_year, str(int(self.fiscal_year) - 1)
        if sorted((both.group("a"), both.group("b"))) != [prior, own]:
            return text
        return text[: both.start()] + text[both.end() :]

    @staticmethod
    def _both_ways_none(name: str, topic: str) -> list[tuple[str, str]]:
        """The (metric, code) of the income and of the spending a name of both ('政府性基金预算拨款收支',
        '国有资本经营预算收入支出') stands for, when each is a metric a zero in words is read for
        (``_ZERO_METRICS``) and they differ; [] otherwise."""
        read = []
        for side in ("收入", "支出"):
            metric, code = _none_metric(_BOTH_WAYS.sub(side, compact(name), count=1), topic)
            if metric not in _ZERO_METRICS:
                return []
            read.append((metric, code))
        return read if read[0] != read[1] else []

    def _item_named_before(self, sentence: Sentence, clause: Clause) -> str:
        """The item a sentence opens by naming, before ``clause`` (which says none of 此项, 'this
        item'): the words before a colon right before the clause ('机关运行经费支出情况：…'), or those
        after 关于 in the sentence's first clause ('关于机关运行经费支出，…，无此项内容'), with no amount
        between; '' when the sentence names none so."""
        before = compact(self._text[self._sentence_begin : clause.start])
        if before_colon := _NAMED_BEFORE_COLON.match(before):
            return before_colon.group("name")
        if 0 <= self._sentence_start < clause.start:
            return ""  # (an amount stands between: 此项 may be its item)
        about = _ABOUT_ITEM.match(before)
        return about.group("name") if about else ""

    def _other_year(self, label: str, staff: bool = False, count: bool = False) -> str:
        """The year a label names when it is not the document's ('2025年' in '2025年预算执行数为'; the
        year before it for a label opening with 上年 / 去年: '上年“三公”经费决算数'), else ''; a date ('截至2025年8月31日') names a day, not a fiscal year. ``staff``: the label
        of a count of people, which a budget states at the end of the year before it ('2021年年末
        实有人数73人' in a 2022 budget: the staff the budget is made for, no other year's).
        ``count``: the label of any count (people, vehicles, 三公 counts) or of the assets held: a
        count or a stock at another year's end ('2022年末实有车辆5辆', '2022年末资产总额X' in a 2023 决算,
        or in a 2024 budget: neither its year nor the one before it) is that year's."""
        if not self.fiscal_year:
            return ""
        text = compact(label)
        for found in _LABEL_YEAR.finditer(text):
            if found.group("year") == self.fiscal_year:
                continue
            if (
                staff
                and not self.final_accounts
                and self.fiscal_year.isdigit()
                and int(found.group("year")) == int(self.fiscal_year) - 1
                and _YEAR_END.match(text, found.end())
            ):
                continue
            return found.group("year") + "年"
        if (staff or count) and self.final_accounts:
            # '2022年末在职职工240人', '2022年末公务用车保有量5辆' in a 2023 决算: the staff or the
            # vehicles at the end of another year (a final account counts its own year's end; a
            # budget the staff at the year's before, above)
            for found in _YEAR_END_OF.finditer(text):
                if found.group("year") != self.fiscal_year:
                    return found.group("year") + "年"
        if count and not self.final_accounts and self.fiscal_year.isdigit():
            # '2022年末实有车辆5辆' in a 2024 budget: a count at the end of a year neither the budget's
            # nor the one before it (whose end a budget counts what it is made for at)
            for found in _YEAR_END_OF.finditer(text):
                if int(found.group("year")) not in (int(self.fiscal_year), int(self.fiscal_year) - 1):
                    return found.group("year") + "年"
        if self.fiscal_year.isdigit() and _PRIOR_YEAR_LABEL.match(m.core(label)):
            return f"{int(self.fiscal_year) - 1}年"
        if self.fiscal_year.isdigit() and _NEXT_YEAR_LABEL.match(m.core(label)):
            return f"{int(self.fiscal_year) + 1}年"
        return ""

    def _unread_item(
        self, paragraph: Paragraph, clauses: list[Clause], index: int, bare: str, anchor: Figure, topic: str
    ) -> str:
        """The label of another item than ``anchor``'s that a clause without a read amount names
        (``bare``: the clause ``clauses[index]`` without whitespace), else ''. Either the clause
        prints a number after a money label that no amount was read from ('公务用车运行维护费2.8':
        no unit, reported here; '…2万余元', '…28美元': reported where found), or it is a label
        alone naming another metric than the anchor's, right before a change of nothing named
        ('公务用车运行维护费，比上年减少0.3万元')."""
        if m.change_direction(bare) is not None or _COMPARE.search(bare) or _WORDING_HINT.search(bare):
            return ""
        if _ENDS_IN_CODE.search(bare):
            return ""  # ('全部为城乡社区支出（212）': the number is the name's function code, no amount)
        if (unread := _UNREAD_ITEM.match(bare)) and not _REFERENCE_END.search(unread.group("label")):
            label = unread.group("label")
            if not unread.group("tail").strip("）)”」\"'"):
                clause = clauses[index]
                at = clause.start + len(clause.text) - len(clause.text.lstrip()) + len(clause.text.strip())
                self.unparsed.append(
                    Unparsed(
                        paragraph.line_at(at - 1),
                        unread.group("number"),
                        bare,
                        "a number after a label without a unit (元 / 万元): not read",
                    )
                )
            return label
        if index + 1 >= len(clauses) or _WHOLE.match(bare) or _PART_LEAD.match(bare) or re.search(r"\d", bare):
            return ""
        following = clauses[index + 1].text
        if not _opens_change(following[: next((i for i, c in enumerate(following) if c.isdigit()), len(following))]):
            return ""
        metric = classify_money(bare, m.topic_of(bare) or topic, {})[0]
        if metric and metric != anchor.metric and not metric.endswith("_change_vs_prior_year"):
            return bare
        if not metric and (index == 0 or clauses[index - 1].delimiter in ("；", ";")) and len(_CJK.findall(bare)) > 1:
            # '公务接待费14.6万元；车辆运维，比上年减少0.3万元': a '；'-part opening with words no metric
            # is read for: the change is theirs, whose it is not certain
            return bare
        return ""

    def _restates_lead(self, subject: str, anchor: Figure | None) -> bool:
        """True when a change's ``subject`` (the core of the words before 比 / 与, e.g. '本年预算',
        '预算数') names nothing but this year's figure ('本年', '预算', '预算数': filler words, none
        naming a side, a whole or the unit, see ``_WHOLE_FILLER``) and ``anchor``, the money figure
        right before it, is the first figure the sentence read: the change is the anchor's, never
        the total of the sentence's topic. After a list of parts ('收入预算500万元，其中：财政拨款
        400万元，本年预算与上年持平') the anchor is not the sentence's first figure: False."""
        return (
            anchor is not None
            and anchor.value_unit == "yuan"
            and not anchor.metric.endswith("_change_vs_prior_year")
            and m.is_filler(subject)
            and not _WHOLE_FILLER.search(subject)
            and next(iter(self.figures[self._sentence_figures :]), None) is anchor
        )

    def _change_base(
        self, label: str, topic: str, anchor: Figure | None, state: dict[str, str]
    ) -> tuple[str, str] | None:
        # ('同上年比较支出减少': the subject printed between the comparison and its direction, read before
        # the words ahead of the comparison's 比, which are its opening here: 同 / 和 / 跟 are no change marks)
        subject = self._subject_after_base(label, topic, anchor) or m.change_subject(label)
        if subject in _EACH_SAME and anchor is not None and anchor.metric == "grand_total":
            # '收入总计X万元，支出总计X万元，与上年相比，各增加Y万元': the two balanced totals of the
            # 收支总表 (one figure, the grand total) each changed by Y: the grand total's change
            return anchor.metric, anchor.function_code
        if (
            subject in _EACH_SAME
            and anchor is not None
            and anchor.metric == "fiscal_grand_total"
            and (
                sum(f.metric == "fiscal_grand_total" for f in self.figures[self._sentence_read_before :]) >= 2
                or _BOTH_WAYS.search(compact(anchor.name_text))
            )
        ):
            # '财政拨款收入总计X万元，支出总计X万元，与上年相比，各增加Y万元': the two balanced sides of
            # the 财政拨款收入支出决算总表, both read as its total, each changed by Y: that total's change;
            # so after the two sides named as one ('财政拨款收入、支出总计X万元，与上年相比，各增加Y万元')
            return anchor.metric, anchor.function_code
        residue = _COMPARE_RESIDUE.match(subject)
        if residue and (residue.group("base") or state.get("prior_base")):
            # ('2015年预算11.5万元；对比减少3.5万元' / '与上年对比减少22.45万元': the change of the
            # figure before it; '对比减少' with no prior year anywhere names no base: not read)
            subject = ""
        elif residue and (tail := _CHANGE_TAIL.search(compact(label))):
            # '相比2016年的总收入5690.11减少277.75万元': the words after the prior year name what
            # changed (its prior amount printed without a unit is no figure); the prior year only
            subject = self._prior_amount_subject(compact(label)[: tail.start()], topic) or subject
        if residue and subject == residue.group(0) and _OPENING_COMPARE.match(compact(label)):
            # '…预算为50万元，相比2025年预算增加10万元': 相比 / 对比 opening the clause before the base
            # it names (and nothing after the base naming what changed) compares the figure before
            # it, as 比 would
            subject = ""
        if subject and anchor is not None and self._restates_lead(subject, anchor):
            # '因公出国（境）费支出预算2万元，本年预算比上年减少1万元': the words before 比 only restate
            # the figure the sentence opened with (its change, never the topic's total's)
            return anchor.metric, anchor.function_code
        if subject:
            metric, code = classify_money(subject, m.topic_of(subject) or topic, state)
            head = _CHANGE_HEAD.match(compact(label))
            if (
                self.final_accounts
                and anchor is not None
                and anchor.metric == "grand_total"
                and head
                and _BARE_INCOME.match(head.group("subject"))
            ):
                # '2022年度收入总计X万元，收入较上年决算数减少Y万元' in a final account: the bare 收入
                # after the sentence opened with the 收支总表's bottom row restates that 总计 (the
                # sentence's subject), so the change is the grand total's; after 本年收入 / 收入合计
                # (the anchor then no grand total) it stays the year's income's
                return "grand_total", ""
            if (
                metric in _TOTALS
                and head
                and _BOTTOM_ROW.match(head.group("subject"))
                and (self.final_accounts or self._bottom_row_read_as_grand_total())
            ):
                # '与2024年相比，收入总计增加20万元' in a final account: the change of the 收支总表's
                # bottom row (the grand total, 年初结转和结余 included), as its level is; in a budget once
                # its 收入总计 was read as the grand total ('收入总计X，其中：本年收入Y，上年结转Z。收入总计
                # 比上年增加W')
                return "grand_total", ""
            if (
                self.final_accounts
                and head
                and (fiscal_row := _FISCAL_BOTTOM_ROW.match(head.group("subject")))
                and any(f.metric == "fiscal_grand_total" for f in self.figures)
            ):
                # '…财政拨款收入总计X万元（含年初…）。与2024年相比，财政拨款收入总计增加20万元': once
                # the fiscal appropriation's grand total was read, the change of its 收入总计 is that
                # total's; its 支出总计's alone is not read (it may be printed for the year's spending)
                return ("fiscal_grand_total", "") if fiscal_row.group("side") == "收入" else None
            return (metric, code) if metric else None
        if anchor is not None and anchor.value_unit == "yuan":
            return anchor.metric, anchor.function_code
        if anchor is None and (named := state.get("subject")):
            metric, code = classify_money(named, m.topic_of(named) or topic, {})
            return (metric, code) if metric else None
        return None

    def _bottom_row_read_as_grand_total(self) -> bool:
        """Whether a figure kept so far is the grand total read from words naming the 收支总表's bottom
        row ('收入总计X，其中：本年收入Y，上年结转Z': ``_BOTTOM_ROW``)."""
        return any(
            f.metric == "grand_total" and not f.is_rejected and _BOTTOM_ROW.search(compact(f.name_text))
            for f in self.figures
        )

    def _sentence_side(self) -> str:
        """The side ('收入' or '支出', ``_metric_side``) every money figure the sentence being read has
        stated so far is of ('2024年财政拨款收入X万元，比上年减少Y万元，全部为一般公共预算拨款' -> '收入'),
        their changes included; '' when it stated none, or figures of both sides or of neither."""
        sides = {_metric_side(f.metric) for f in self.figures[self._sentence_read_before :] if f.value_unit == "yuan"}
        return sides.pop() if len(sides) == 1 and "" not in sides else ""

    def _both_sides_read(self) -> list[Figure] | None:
        """The money figures the sentence being read stated after both sides' totals it read together
        ('收入、支出预算均为X万元，…', '收入预算X元，支出预算X元，…': ``_BOTH_SIDES``, equal, of one role,
        the last such pair); None when it read no such pair."""
        read = [f for f in self.figures[self._sentence_read_before :] if f.value_unit == "yuan"]
        for index in range(len(read) - 1, 0, -1):
            first, second = read[index - 1], read[index]
            if (
                frozenset((first.metric, second.metric)) in _BOTH_SIDES
                and first.value == second.value
                and first.value_role == second.value_role
            ):
                return read[index + 1 :]
        return None

    def _both_sides_listed(self, label: str, state: dict[str, str]) -> bool:
        """Whether the amount being read (``label``: its words) is a part listed (其中 …: ``state``
        parts, or ``label`` opening with it) right after both sides' totals read together in the
        sentence (``_both_sides_read``), no figure read after them but the funds' appropriations
        received listed before it."""
        after = self._both_sides_read()
        return (
            after is not None
            and all(f.metric in _FUND_APPROPRIATION_INCOME for f in after)
            and bool(after or state.get("parts") or _PART_LEAD.match(compact(label)))
        )

    def _names_a_metric(self, name: str, amount: Amount, topic: str) -> bool:
        """Whether ``name`` (compact words listed before ``amount``'s label) names a metric of the
        amount's kind (money, or the count its unit counts) on its own."""
        if amount.is_money:
            return bool(classify_money(name, topic, {})[0])
        return bool(classify_count(name, COUNT_UNITS[amount.unit], {}))

    def _other_side(self, anchor: Figure) -> Figure | None:
        """The other side's figure stated right before ``anchor`` in the sentence, equal to it: the
        income total before the spending total ('收入预算X元，支出预算X元'), or the reverse, or the
        two sides of the fiscal appropriation (``_BOTH_SIDES``), printed amounts of one role; None
        otherwise. Words said of the whole after both ('均为一般公共预算拨款') are said of each."""
        read = self.figures[self._sentence_read_before :]
        if len(read) < 2 or read[-1] is not anchor:
            return None
        other = read[-2]
        if (
            frozenset((other.metric, anchor.metric)) in _BOTH_SIDES
            and other.value == anchor.value
            and other.value_role == anchor.value_role
            and other.unit_text == anchor.unit_text
            and not other.is_rejected
            and not (other.by_wording or anchor.by_wording)
        ):
            return other
        return None

    def _vehicles_all_of_kind(
        self, paragraph: Paragraph, sentence: Sentence, clause: Clause, bare: str, anchor: Figure
    ) -> Figure | None:
        """The count of one kind of vehicle a clause without amount says the vehicles counted right
        before it all are ('共有车辆4辆，均为一般公务用车', '现有公务用车2辆，为执法执勤用车', '车辆共11辆，全部为
        特种专业技术用车', '拟购置车辆2辆，均为执法执勤用车'): a figure of that kind (metrics.csv part_of
        the count before it: vehicles_total, or vehicles_to_purchase) with the same count, stated by
        wording; None when ``anchor`` is no such count or the words name no one kind of it
        ('均为2020年购置', '均为一般公务用车和执法执勤用车', '均为新能源汽车')."""
        if anchor.value_unit != "count" or anchor.metric not in _VEHICLE_WHOLES or anchor.is_rejected:
            return None
        # ('均为特种专业技术用车（负压救护车）': what the vehicles are, in a parenthesis after their kind)
        said = _ALL_OF_KIND.match(_TRAILING_ASIDE.sub("", bare))
        if not said or _JOINED_KINDS.search(said.group("name")):
            return None
        state = {"vehicle_purchase": "1"} if anchor.metric == "vehicles_to_purchase" else {}
        metric = classify_count(said.group("name"), "vehicles", state)
        if not metric or m.metrics().get(metric, {}).get("part_of") != anchor.metric:
            return None
        return replace(
            anchor,
            metric=metric,
            function_code="",
            name_text=bare,
            source_line=paragraph.line_at(clause.start),
            source_text=sentence.segment_text(clause.start),
            by_wording=True,
        )

    def _none_statement(self, clause: Clause) -> str:
        """The words (compact) a none clause's time is read in: its sentence up to the clause's end,
        from the last '；' before it (a statement of its own: '…与上年持平；本年无公务用车购置预算' is
        this year's), the year opening the sentence kept ('2024年，…；未购置公务用车' is 2024's)."""
        text = self._text[self._sentence_begin : clause.start + len(clause.text)]
        cut = max(text.rfind("；"), text.rfind(";"))
        if cut < 0:
            return compact(text)
        opening = _OPENING_YEAR.match(compact(text))
        return (opening.group() if opening else "") + compact(text[cut + 1 :])

    def _all_of_part(
        self, paragraph: Paragraph, sentence: Sentence, clause: Clause, bare: str, anchor: Figure, topic: str
    ) -> Figure | None:
        """The figure of one part a clause without amount (``bare``, compact) says the figure read right
        before it (``anchor``) all is ('…预留政府采购预算166.00万元，全部预留给小微企业', '实有在编人员398人，
        全部为财政全额保障人员', '…运行维护费3.00万元，全部为公务用车运行维护费'): that part's figure
        (metrics.csv part_of the anchor's metric) with the same value and role, stated by wording; None
        when the words name no one part of it ('均为2020年购置', '全部为一般公务用车和执法执勤用车'). Counts
        of vehicles: ``_vehicles_all_of_kind``; of posts: ``_posts_all_of_kind``."""
        if anchor.is_rejected or anchor.function_code or anchor.metric in _VEHICLE_WHOLES:
            return None
        said = _ALL_OF_PART.match(_TRAILING_ASIDE.sub("", bare))
        if not said or _names_several(said.group("name"), topic):
            return None
        name = ("预留给" if said.group("verb").startswith("预留") else "") + said.group("name")
        if anchor.value_unit == "yuan":
            metric = classify_money(name, m.topic_of(name) or topic, {})[0]
        elif anchor.metric.startswith("staff_"):
            # ('全部为财政全额保障人员': the people of the whole, named by their funding alone)
            metric = classify_count(name.removesuffix("人员").removesuffix("人数"), "people", {})
        else:
            return None
        if not metric or m.metrics().get(metric, {}).get("part_of") != anchor.metric:
            return None
        return replace(
            anchor,
            metric=metric,
            name_text=bare,
            source_line=paragraph.line_at(clause.start),
            source_text=sentence.segment_text(clause.start),
            by_wording=True,
        )

    def _wording(
        self,
        paragraph: Paragraph,
        sentence: Sentence,
        clause: Clause,
        bare: str,
        topic: str,
        anchor: Figure | None,
        unit_text: str,
        listed: list[Clause] | None = None,
    ) -> Figure | None:
        """Figures stated by wording alone (a clause without amount, ``bare`` its text without
        whitespace): 均为…, 无…政府性基金…支出, 与上年持平. Only 均为… needs a money figure before it.
        ``listed``: the clauses without amounts right before it, each ending in '、' (the items
        of a list whose last item is this clause: '因公出国（境）费、公务用车购置费均为0' says each
        is 0)."""

        def make(metric: str, code: str, value: Decimal, value_text: str, name: str) -> Figure:
            figure = Figure(
                paragraph.section,
                metric,
                code,
                name,
                value,
                "yuan",
                value_text,
                paragraph.line_at(clause.start),
                sentence.segment_text(clause.start),
                unit_text,
                by_wording=True,
            )
            if self.final_accounts and not metric.endswith("_change_vs_prior_year"):
                # a 决算's figure stated by words ('无…', '…没有', '均为…') is an actual, as its amounts
                # are, unless the words name the budget ('本年度未安排机关运行经费预算'); a part listed
                # after 其中 under a budget names none of its own: the list's ('收入预算500万元，其中：
                # 财政拨款收入500万元，事业收入无': the budget's 0)
                listed_part = (
                    anchor is not None
                    and anchor.value_unit == "yuan"
                    and "其中" in self._text[self._sentence_begin : clause.start]
                    and not _ACTUAL_NAMED.search(bare)
                )
                figure.value_role = (
                    anchor.value_role
                    if (whole or listed_part) and anchor is not None
                    else "budget"
                    if budget_named
                    else "actual"
                )
            self.figures.append(figure)
            return figure

        def vehicles_none(name: str) -> bool:
            """'本单位无车辆', '车辆总数：无', '公务用车保有量：无': the vehicles held (``name``, the words
            said to be none, names a count of vehicles held, no money and no purchase), 0; True when read."""
            name = m.core(name)
            if _MONEY_WORD.search(name) or _BUYING_WORD.search(name) or "编制" in name:
                return False
            counted = classify_count(name, "vehicles", {})
            if counted not in _STATED_VEHICLE_COUNTS:
                return False
            make(counted, "", Decimal(0), "无", bare)
            self.figures[-1] = replace(self.figures[-1], value_unit="count", value_role="")
            return True

        if run_in := _RUN_IN_HEADING.match(clause.text):
            # '五、关于机关运行经费支出说明 本部门无机关运行经费': a heading run into the sentence after
            # it (a space between): the words after the heading say what is stated
            bare = compact(run_in.group("rest"))
        whole = _said_whole(bare, anchor)
        budget_named = _names_budget(bare)
        if (
            self.final_accounts
            and _NO_BUDGET.match(bare)
            and anchor is not None
            and anchor.value_unit == "yuan"
            and anchor.value_role == "actual"
            and not anchor.by_wording
            and not anchor.metric.endswith("_change_vs_prior_year")
            and (before := _AMOUNT_BEFORE.search(compact(self._text[self._sentence_begin : clause.start])))
            and compact(anchor.value_text) == before.group(0)[:-1]
        ):
            # '因公出国（境）费支出决算为0万元，本年无预算': the budget of the figure right before it is 0
            figure = make(anchor.metric, anchor.function_code, Decimal("0.00"), "无", bare)
            figure.value_role = "budget"
            return None
        if whole and anchor is not None and anchor.value_unit == "yuan":
            if _names_several(whole.group("name"), topic):
                # '全部为公务用车购置及运行维护费和公务接待费': two things, of one amount: neither's figure
                return None
            metric, code = classify_money(whole.group("name"), topic, {})
            if metric in _FUND_TOTALS and anchor.metric not in _FUND_WHOLES:
                # '城乡社区支出300万元，全部为政府性基金预算拨款': the funding of a part (a 类, the
                # project spending), never the fund's total
                self.unparsed.append(
                    Unparsed(
                        paragraph.line_at(clause.start),
                        anchor.value_text,
                        bare,
                        f"the funds of {anchor.metric} named by words: not the whole {metric}",
                    )
                )
                return None
            if metric and metric != anchor.metric and not metric.endswith("_change_vs_prior_year"):
                other = self._other_side(anchor)
                whole_named = make(metric, code, anchor.value, anchor.value_text, bare)
                whole_named.told_funds = self._fund_scope_at(clause.start)
                if metric in _ITEM_FIGURES:
                    # '政府性基金预算拨款支出300万元，全部为城乡社区支出': that fund's part of the 类
                    # (fund_scope government_fund), never the 类 of all funds
                    whole_named.fund_scope = whole_named.told_funds
                if other is not None:
                    # '收入预算X元，支出预算X元，均为一般公共预算拨款': the words name both sides' source
                    side = "income" if other.metric.startswith("income") else "expenditure"
                    other_metric, other_code = classify_money(whole.group("name"), side, {})
                    if other_metric.startswith(side) and other_metric not in (other.metric, metric):
                        make(other_metric, other_code, other.value, other.value_text, bare)
                return whole_named
            return None
        if (no_fund := _NO_GOV_FUND.search(bare)) and self._none_of_own(
            compact(self._text[self._sentence_begin : clause.start]) + bare[: no_fund.start()]
        ):
            # ('所属单位没有使用政府性基金…', '2024年没有…' in a 2025 document: another's, not read)
            return make("expenditure_government_fund", "", Decimal("0.00"), "无", bare)
        if (in_roles := self._nones_in_roles(sentence, clause, bare)) is not None:
            # '因公出国（境）费：未安排，未支出': the name's figure is 0 in the role each none word says
            # (a budget reads the budget's alone)
            said_of, role = in_roles
            metric, code = _none_metric(said_of, m.topic_of(said_of) or topic)
            if metric not in _ZERO_METRICS or (not self.final_accounts and role != "budget"):
                return None
            figure = make(metric, code, Decimal("0.00"), "无", bare)
            if self.final_accounts:
                figure.value_role = role
            return figure
        if (
            _NONE_ALONE.match(bare)
            or (
                # ('…收支情况：本单位无。', '…收支情况：2018年度无': the unit itself or the year alone
                # before the none word; never another year, time or unit: '上年无', '所属单位无')
                _NONE_ALONE.match(m.core(self.without_own_name(bare)))
                and not (self._other_year(bare) or _OTHER_TIME.search(bare) or _SUB_UNIT.search(bare))
            )
        ) and (
            before_colon := _NAMED_BEFORE_COLON.match(
                compact(self._text[self._item_begin(clause.start) : clause.start])
            )
        ):
            # '三、2018年度政府性基金预算财政拨款收支情况：无': what the words before the colon name is
            # none, 0 ('收支' both the income and the spending); this year's only, and only a
            # metric a zero is read for
            said_of = before_colon.group("name")
            if self._other_year(said_of) or _OTHER_TIME.search(said_of):
                return None
            said_of = compact(self.without_own_name(said_of))
            if _SUB_UNIT.search(said_of) or _another_unit_named(m.core(said_of)):
                return None  # ('某镇机关运行经费：无': another unit's)
            if vehicles_none(said_of):
                return None  # ('本单位车辆情况：无': no vehicle held)
            budget_named = _names_budget(said_of + bare)
            sides = [said_of]
            if _BOTH_WAYS.search(said_of):
                sides = [_BOTH_WAYS.sub(side, said_of, count=1) for side in ("收入", "支出")]
            none_said: Figure | None = None
            for each in sides:
                metric, code = _none_metric(each, topic)
                if metric in _ZERO_METRICS:
                    none_said = make(metric, code, Decimal("0.00"), "无", bare)
            return none_said
        # ('2026年与2025年均无…': the two years said together are gone before the core is taken)
        bare_subject = compact(
            self.without_own_name(m.core(self._without_own_and_prior_years(compact(_without_aside_marks(bare)))))
        )
        if (also := _ALSO.match(bare_subject)) and _NONE.match(bare_subject[also.end() :]):
            # '本部门没有使用政府性基金预算拨款安排的支出，也没有使用国有资本经营预算拨款安排的支出': the
            # clause goes on with the subject the sentence opened with: read only when that is the unit
            # itself, of the document's year ('所属单位无…，也无…', '上年无…，也无…' are another's)
            if not self._also_of_own(compact(self._text[self._sentence_begin : clause.start])):
                return None
            bare_subject = bare_subject[also.end() :]
        if _NONE_OF_THE_ITEM.match(bare_subject) and (said_of := self._item_named_before(sentence, clause)):
            # '关于机关运行经费支出，本单位为事业单位，无此项内容', '机关运行经费：本单位无此项支出': the
            # item the sentence opens by naming (after 关于, or before a colon) is none, 0; this year's
            # only, and only a metric a zero is read for
            if self._other_year(said_of + bare) or _OTHER_TIME.search(said_of + bare):
                return None
            said_of = compact(self.without_own_name(said_of))
            if _SUB_UNIT.search(said_of + bare) or _another_unit_named(m.core(said_of)):
                return None  # ('某镇机关运行经费：无此项支出': another unit's)
            budget_named = _names_budget(said_of + bare)
            metric, code = classify_money(said_of, m.topic_of(said_of) or topic, {})
            return make(metric, code, Decimal("0.00"), "无", bare) if metric in _ZERO_METRICS else None
        no_count, no_item = _NO_PURCHASE_COUNT.match(bare_subject), _NO_PURCHASE_ITEM.match(bare_subject)
        if no_count or no_item:
            # '本年度未购置公务用车' / '无公务用车购置': no vehicle bought (the year the sentence is about
            # only: '上年无购置…', '2020年未购置…' say nothing of this one)
            said = self._none_statement(clause)
            if _OTHER_TIME.search(said) or self._other_year(said):
                return None
            money = make("three_public_vehicle_purchase", "", Decimal("0.00"), "无", bare)
            if no_item:
                return money
            # (the vehicles counted: the figure made is a count, of no value role)
            self.figures[-1] = replace(
                money, metric="vehicles_to_purchase", value=Decimal(0), value_unit="count", value_role=""
            )
            return None
        if _NO_VEHICLES.match(bare_subject):
            # '市侨联无公务用车，故没有公务用车运行维护费': no vehicle held (the year the sentence is
            # about only: '上年无公务用车' says nothing of this one)
            said = self._none_statement(clause)
            if _OTHER_TIME.search(said) or self._other_year(said):
                return None
            make("vehicles_year_end", "", Decimal(0), "无", bare)
            self.figures[-1] = replace(self.figures[-1], value_unit="count", value_role="")
            return None
        if abroad := _NO_OVERSEAS.match(bare_subject):
            # '2015年无因公出国（境）人员': no group, or no one, sent abroad (that year only)
            said = self._none_statement(clause)
            if _OTHER_TIME.search(said) or self._other_year(said):
                return None
            what = abroad.group("what")
            for metric, named in (("three_public_overseas_groups", "团组"), ("three_public_overseas_people", "人")):
                if named in what:
                    make(metric, "", Decimal(0), "无", bare)
                    self.figures[-1] = replace(self.figures[-1], value_unit="count", value_role="")
            return None
        if no_posts := _NO_POSTS.match(bare_subject):
            # '行政编制15名，其中：…，无工勤人员编制': that kind's posts are 0 (the year the sentence is about)
            said = self._none_statement(clause)
            posts = classify_count(no_posts.group("name"), "people", {})
            if posts in _KIND_POSTS and not (_OTHER_TIME.search(said) or self._other_year(said)):
                make(posts, "", Decimal(0), "无", bare)
                self.figures[-1] = replace(self.figures[-1], value_unit="count", value_role="")
            return None
        if no_held := _NO_COUNTED.match(bare_subject):
            # '无离退休人员', '无超编车辆': the retirees or the vehicles over the authorisation are 0 (the
            # year the sentence is about)
            said = self._none_statement(clause)
            if no_held.group("vehicles"):
                counted = classify_count("超编车辆", "vehicles", {})  # (whatever word names the vehicles)
            else:
                counted = classify_count(no_held.group("name"), "people", {})
            if counted in _NONE_COUNTED and not (_OTHER_TIME.search(said) or self._other_year(said)):
                make(counted, "", Decimal(0), "无", bare)
                self.figures[-1] = replace(self.figures[-1], value_unit="count", value_role="")
            return None
        if no_vehicle_posts := _NO_VEHICLE_POSTS.match(bare_subject):
            # '我单位无车辆编制。借用…公务用车1辆': the vehicles authorised are 0 (the year the sentence
            # is about); it says nothing of the vehicles held
            said = self._none_statement(clause)
            posts = classify_count(no_vehicle_posts.group("name"), "vehicles", {})
            if posts == "vehicles_authorized" and not (_OTHER_TIME.search(said) or self._other_year(said)):
                make(posts, "", Decimal(0), "无", bare)
                self.figures[-1] = replace(self.figures[-1], value_unit="count", value_role="")
            return None
        if spent := _NONE_SPENT.search(bare_subject):
            # '因公出国（境）费无支出', '…均未发生支出': the spending said none after the none word is
            # the named money's ('因公出国（境）费支出无')
            bare_subject = bare_subject[: spent.start()] + spent.group("side") + spent.group("none")
        none = _NONE.match(bare_subject) or _ZERO.match(bare_subject)
        if none and listed and _SUB_UNIT.search(compact(listed[0].text)):
            return None  # ('所属单位因公出国（境）费、公务接待费均无': the list is the sub-units')
        if none and self._none_of_another(none, sentence, clause, bare):
            return None  # ('上年无机关运行经费', '某镇机关运行经费为零', '此表为空表')
        if none and none.re is _ZERO and _SHARE_NAME.search(none.group("name")):
            return None  # ('授予中小企业合同金额占比为0': a share, printed rounded, never the amount's 0)
        if none and none.re is _NONE and vehicles_none(none.group("name")):
            return None  # ('本单位不涉及车辆'; a bare 0 after a count, '公务用车保有量为0', is no count read)
        if not none and listed and len(listed) == 1 and (bare_side := _SIDE_ALONE.fullmatch(bare_subject)):
            # '本单位无政府性基金预算财政拨款收入、支出': the other side, listed bare after a side of a
            # fund said none (and read as 0 right before), is that fund's other side: 0 too
            return self._other_side_none(listed[0], bare_side.group("side"), topic, make)
        if not none and listed and (items_none := self._listed_none(listed, clause, bare_subject, topic)):
            # '本单位未安排因公出国（境）费、公务接待费和公务用车购置及运行维护费': the 未安排 / 无 / 没有
            # before the first item is each item's: every 三公 part listed is 0 (the first read by its
            # own clause already)
            made_items = [make(metric, code, Decimal("0.00"), "无", bare) for metric, code in items_none]
            return made_items[0]
        if not none and listed and (noun := _LISTED_NOUN.search(bare_subject)):
            first = compact(self.without_own_name(m.core(compact(listed[0].text).rstrip("、"))))
            head = _NONE.match(_ALSO.sub("", first, count=1))
            if head is not None:
                # '没有政府性基金预算拨款、国有资本经营预算安排的收入': the 没有 before the first item and
                # the 收入 / 支出 after the last are each item's: each fund's income is 0
                names = [head.group("name"), *(compact(c.text).rstrip("、") for c in listed[1:])]
                zeroed: Figure | None = None
                # ('…、经营收入和附属单位上缴收入': a last item of two names joined by 和, each a metric, is each 0)
                last_items = [item for item, _, _ in _joined_zero_items(bare_subject, topic)] or [bare_subject]
                for name in [*(n + noun.group(0) for n in names), *last_items]:
                    metric, code = classify_money(name, m.topic_of(name) or topic, {})
                    if metric in _ZERO_METRICS and metric not in _NONE_BESIDES:
                        zeroed = make(metric, code, Decimal("0.00"), "无", bare)
                return zeroed
        # '预算数为0' names nothing; '无公务用车' names cars, not their cost
        joined = (
            _joined_zero_items(none.group("name"), topic)
            if none and none.re is _ZERO and (none.group("each") or none.group("each_none"))
            else []
        )
        if joined and not listed:
            # '因公出国（境）费和公务用车购置及运行维护费均为0': each item joined by 和 is 0
            made = [make(metric, code, Decimal("0.00"), "零", bare) for _, metric, code in joined]
            return made[0]
        if (
            none
            and none.re is _ZERO
            and none.group("each")
            and listed
            and (roles_said := _roles_listed([compact(item.text).rstrip("、") for item in listed], none.group("name")))
        ):
            # '因公出国（境）费预算、决算均为0': the roles listed after the name (or names) are each 0
            return self._zero_in_roles(
                paragraph,
                clause.start,
                bare,
                roles_said,
                topic,
                lambda metric, code: make(metric, code, Decimal("0.00"), "零", bare),
            )
        if none and none.re is _ZERO and (none.group("each") or none.group("each_none")) and listed:
            # '因公出国（境）费、公务用车购置费均为0': every item of the list is 0, each by its own name
            # (the last item may join more by 和: '…、A和B均为0')
            listed_zero: Figure | None = None
            last = [(clause, item) for item, _, _ in joined] or [(clause, none.group("name"))]
            for item, name in [*((item, compact(item.text)) for item in listed), *last]:
                metric, code = classify_money(name, m.topic_of(name) or topic, {})
                if metric in _ZERO_METRICS:
                    listed_zero = make(metric, code, Decimal("0.00"), "零", bare)
                else:
                    self.unparsed.append(
                        Unparsed(
                            paragraph.line_at(item.start),
                            "0",
                            bare if item is clause else compact(item.text) + "…" + bare,
                            f"an item of a list said to be 0 ('{name}') names no metric a zero is read for: "
                            "no figure for it",
                        )
                    )
            return listed_zero
        if none and none.re is _ZERO and none.group("each") and _OTHERS_NAME.fullmatch(none.group("name")):
            # '…“三公”经费决算为15320元，全部是公务用车运行维护费，其他均为零': the zero in words, as
            # '其他均为0元' (Walker._other_parts: only after the part the whole all is, said by words)
            others = self._other_parts(anchor)
            zeroed_others = [make(other, "", Decimal("0.00"), "零", bare) for other in others]
            return zeroed_others[0] if zeroed_others else None
        if none and none.re is _NONE and (joined_none := self._joined_none(none.group("name"), topic)):
            # '无政府性基金预算拨款和国有资本经营预算拨款': the 无 before the first name is each name's
            made_none = [make(metric, code, Decimal("0.00"), "无", bare) for metric, code in joined_none]
            return made_none[0]
        if none and _BOTH_WAYS.search(none.group("name")) and (both := self._both_ways_none(none.group("name"), topic)):
            # '本部门不涉及国有资本经营预算收支': the fund's income and its spending are each none
            made_both = [
                make(metric, code, Decimal("0.00"), "无" if none.re is _NONE else "零", bare) for metric, code in both
            ]
            return made_both[0]
        if none and not m.is_filler(m.core(none.group("name"))) and _MONEY_WORD.search(none.group("name")):
            metric, code = _none_metric(none.group("name"), topic)
            if metric in _NONE_BESIDES and none.re is _NONE:
                return None  # ('除财政拨款收入外，无其他收入': no income besides those named, no category's 0)
            twin = _FUND_BUDGET_ALONE.get(m.core(none.group("name")))
            if twin is not None and metric != twin and _explained_as_spending(none.group("name"), sentence.text):
                # '（无政府性基金预算：本单位无政府性基金预算安排的支出）': the words after the colon say
                # which side is none: the spending alone
                metric, twin = twin, None
            appropriation = "拨款" in none.group("name")
            if twin is not None and appropriation and metric != twin and (side := self._sentence_side()):
                # '2024年财政拨款收入X万元，…，政府性基金预算拨款未安排': in a sentence whose figures are
                # one side's, the fund's appropriation said none is that side's part alone (the fund's
                # budget said none, '…，本单位无政府性基金预算', is still neither side's)
                metric, twin = (metric if _metric_side(metric) == side else twin), None
            elif twin is not None and not appropriation and metric == twin:
                # '…财政拨款支出X万元。本部门无政府性基金预算': the fund's budget named alone is none on both
                # sides, whatever side the sentences before were about (the spending's topic had read
                # the name as the spending alone)
                metric, code = classify_money(none.group("name"), "income", {})
            elif twin is not None and appropriation and metric == twin and self._both_sides_read() is not None:
                # '收入预算X元，支出预算X元，政府性基金预算拨款未安排': said after both sides, the fund's
                # appropriation none is the income's (the 拨款 received) and, as said alone, its spending's
                metric, code = classify_money(none.group("name"), "income", {})
            if metric in _ZERO_METRICS:
                zeroed = make(metric, code, Decimal("0.00"), "无" if none.re is _NONE else "零", bare)
                if twin is not None and metric != twin and not self._list_item_of_one_side(paragraph, sentence, clause):
                    # '本单位没有政府性基金预算': no budget of the fund at all: neither its income nor
                    # its spending ('没有政府性基金预算收入' names the income alone; so does the first
                    # item of '没有政府性基金预算拨款、国有资本经营预算安排的收入')
                    make(twin, "", Decimal("0.00"), "无" if none.re is _NONE else "零", bare)
                if none.re is _ZERO and _EACH_PART.search(none.group("name")):
                    # '“三公”经费各项支出均为0': each part of the whole is said to be 0 too
                    for part, row in m.metrics().items():
                        if row["part_of"] == metric and part in _ZERO_METRICS:
                            make(part, "", Decimal("0.00"), "零", bare)
                return zeroed
            return None
        flat = _FLAT_CLAUSE.search(bare)
        if flat and _ROUGHLY.search(bare[flat.start() :]):
            return None  # '与2020年预算基本持平': about the same, not an exact 0 change
        if flat and self._own_year_base(bare[flat.start() :]):
            return None  # '与2024年度预算相比无变化' in a 2024 决算: against the budget, not the prior year
        if flat and self._older_base_year(bare[flat.start() :]):
            return None  # '与2023年预算持平' in a 2026 budget: against another year, not the prior one
        if flat:
            subject = m.core(bare[: flat.start()])
            if _LIKEWISE.fullmatch(subject):
                subject = ""  # ('公务用车运行维护费2万元，也与上年相同': the figure before's, as without 也)
            # words of nothing but the year and role words ('2026年预算与2025年预算持平') restate the
            # year's figure: with no figure before it in the sentence, the change is of the
            # paragraph's subject, never of the topic's total
            restating = bool(subject) and anchor is None and m.is_filler(subject) and not _WHOLE_FILLER.search(subject)
            if (each_word := _EACH_AFTER_SUBJECT.search(subject)) and anchor is not None:
                joint = subject[: each_word.start()]
                if joint.startswith("支") and _SIDE_BEFORE_LABEL.search(compact(self._text[: clause.start])):
                    joint = "收、" + joint  # ('收、' + '支预算均与上年持平': split at its 、)
                if (not joint or _JOINT_SIDES.fullmatch(joint)) and (other := self._other_side(anchor)) is not None:
                    # '收入预算X，支出预算X，均比上年持平' / '…，收、支预算均与上年一致': the two sides just
                    # stated equal, each unchanged
                    for stated in (other, anchor):
                        if change := m.change_metric(stated.metric):
                            make(change, stated.function_code, Decimal("0.00"), "持平", bare)
                    return None
            base = None
            based_on: Figure | None = None  # (the figure the flat word is said of, when one is)
            if subject and anchor is not None and self._restates_lead(subject, anchor):
                # '（一）因公出国（境）费支出预算0万元，本年预算与上年持平': the words before the flat
                # word only restate the figure the sentence opened with: its change is 0
                base, based_on = (anchor.metric, anchor.function_code), anchor
            elif subject and not restating:
                metric, code = classify_money(subject, m.topic_of(subject) or topic, {})
                base = (metric, code) if metric else None
            elif anchor is not None and anchor.value_unit == "yuan":
                base, based_on = (anchor.metric, anchor.function_code), anchor
            elif anchor is None and self._named_subject and not restating:
                metric, code = classify_money(self._named_subject, m.topic_of(self._named_subject) or topic, {})
                base = (metric, code) if metric else None
            elif (
                anchor is None
                and (lead := self._subject_of_change(clause.start, clause.start + len(clause.text))) is not None
            ):
                # '（三）公务接待费0.83万元。与2025年预算持平': the paragraph's subject
                base, based_on = (lead.metric, lead.function_code), lead
            # an item named by its levels alone ('普通教育（款）高中教育（项）17483.93万元，与上年预算持平')
            # is coded later by its path (parse_narrative): its flat change takes that path
            item_path = (
                based_on.name_text
                if based_on is not None and based_on.metric == "expenditure_function" and "/" in based_on.name_text
                else ""
            )
            if (
                base is not None
                and (change := m.change_metric(base[0]))
                and (base[1] or base[0] != "expenditure_function" or item_path)
            ):
                figure = make(change, base[1], Decimal("0.00"), "持平", bare)
                if not base[1] and item_path:
                    figure.name_text = item_path
                if change in _ITEM_FIGURES:
                    figure.fund_scope = self._fund_scope_at(clause.start)
                self._lead_changed = True
                # ('“三公”经费预算与上年一致，为5万元': the level the flat change arrives at follows)
                self._change_read = (clause.start + len(clause.text), figure)
            return None
        return None


_MIN_OWN_FORM = 3
# the spending of a fund's appropriation (or of the 财政拨款) a 拨款 named by no side may be read as
# (Walker._figure: under both sides' totals it is the income's)
_FUND_APPROPRIATION_SPENDING = frozenset(
    f"expenditure_{fund}"
    for fund in ("general_public_budget", "government_fund", "state_capital", "fiscal_appropriation")
)
# ... and the appropriations received they are then read as
_FUND_APPROPRIATION_INCOME = frozenset(
    metric.replace("expenditure_", "income_") for metric in _FUND_APPROPRIATION_SPENDING
)
# the words naming a side ('收入', '支出', '收支' …)
_SIDE_WORD = re.compile(r"收|支")
# an own name's form ending with a place's word ('李村镇', '某区花园街道', '某县'; Walker._own_place_forms)
_PLACE_FORM_END = re.compile(r"(?:镇|乡|街道|苏木|区|县|市|省|州|旗|盟|村|社区)$")
# the words after a place's name up to the first word of a label's ('收入', '支出', '经费' …) or a mark,
# a digit, a bracket: those a name of another unit of the place would stand in ('李村镇中心小学收入预算')
_PLACE_NAME_TAIL = re.compile(
    r"^[\u4e00-\u9fff]*?(?=[^\u4e00-\u9fff]|收入|支出|预算|决算|经费|拨款|资金|资产|车辆|公务|编制|人员|人数|采购|"
    r"基金|三公|本级|部门|合计|总计|项目|机关|一般公共|政府性|财政|$)"
)
# ... and the nouns of a unit in them: a school, a hospital, a centre, an office, a village … ('李村镇
# 中心小学', '李村镇卫生院', '李村镇所属单位', '李村镇某某村'); never the 城乡社区 of a 类's name
_OTHER_UNIT_NOUN = re.compile(
    r"中心|学校|小学|中学|幼儿园|医院|院|所|站|局|办公室|办|委员会|委|村|(?<!城乡)社区|公司|馆|队|党委|支部|集团|"
    r"农场|林场|协会|商会|合作社|服务社|厂"
)


def _opens_other_unit(rest: str) -> bool:
    """Whether the words after a form of the unit's own name naming a place (``rest``, compact:
    '中心小学收入预算' after '李村镇') open with the name of another unit of that place: a unit's noun
    (``_OTHER_UNIT_NOUN``) before the label's first word (``_PLACE_NAME_TAIL``). '收入预算', '一般公共
    服务支出', '城乡社区支出' open with none."""
    tail = _PLACE_NAME_TAIL.match(rest)
    return bool(_OTHER_UNIT_NOUN.search(tail.group() if tail else rest))


# the words of an organisation's kind a unit's name ends with (longest first)
_ORG_WORDS = (
    "委员会",
    "办公室",
    "管理处",
    "中心",
    "街道",
    "政府",
    "局",
    "委",
    "办",
    "厅",
    "部",
    "院",
    "所",
    "站",
    "镇",
    "乡",
    "馆",
    "队",
    "处",
    "协会",
    "会",
    "社",
    "联",
    "校",
)
# ... and the short form of a word of several characters ('发改委' for '…发展和改革委员会')
_ORG_SHORT = {"委员会": "委", "办公室": "办", "协会": "协"}
# the words before a noun of the unit's kind that make it the unit's own ('本院', '我校', '该局', '全中心');
# a single character's noun is only read after one of them
_OWN_KIND_PREFIXES = ("本", "我", "该", "全")
# ... never the words these make that mean something else ('全委会': a committee's plenary session)
_NOT_OWN_KIND = frozenset({"全委"})
# a label opening with the whole of a territory of a county or above ('全市', '全县', '全区'; 全州县 is a
# county's name, no whole): the territory's figure, not the unit's (Walker._governs); a township's
# (全镇, 全乡, 全街道) is left as it was: its units are mostly its government itself
_TERRITORY_WHOLE = re.compile(r"^全(?P<place>省|自治区|市|州(?!县)|盟|县|旗|区)")
# the word of a place's government ending the unit's own name (Walker._governs)
_GOVERNMENT_END = re.compile(r"(?:人民政府|政府|办事处|管理委员会|管委会)$")
# the year (and its comma) an abbreviated own name may follow at a label's start ('2022年，'), and
# the longest such name
_YEAR_PREFIX = re.compile(r"^(?:(?:19|20)\d{2}年度?)?[，,]?")
_MAX_OWN_ABBREVIATION = 20
_BASE_YEAR = m.change_pattern(r"(?:{than}|{with})(?P<year>(?:19|20)\d{2})(?:年|(?=(?:单位|部门)?(?:预算|决算)))")
# the side a comparison's base names after the prior year's budget or actuals ('比2024年预算收入',
# '比2024单位预算支出', '较上年决算数收入'): the subject whose prior amount the change is measured from
_BASE_SIDE = m.change_pattern(
    r"(?:{than}|{with})(?:{base}|\d{4}\s*年?度?)(?:单位|部门)?(?:预算|决算)数?(?P<side>收入|支出)"
)


def _role_words_alone(name: str) -> bool:
    """Whether a label (``name``) names nothing but a role ('年初预算', '调整预算数为', '（预算'): the
    amount after it is the figure before it in that role, no subject of its own."""
    core = m.core(compact(name))
    return not m.core(_ROLE_WORDS.sub("", core)) or bool(_ROLE_WORDS_SUBJECT.fullmatch(core))


def _restates_in_role(lead: str, topic: str) -> bool:
    """Whether ``lead`` (a clause's words before its amount) is role words with the spending side or a
    fund's words alone ('支出决算为', '财政拨款支出决算'), said in a sentence of a subject of its own
    (``topic``: 三公, 机关运行经费): its figure restates that subject in another role, so the side word
    does not make the sentence's topic the spending ('…支出决算为11万元，其中购置费0，运行维护费11万元')."""
    if topic not in _ROLE_TOPICS or not _ROLE_WORDS.search(compact(lead)):
        return False
    rest = m.core(_ROLE_WORDS.sub("", compact(lead)))
    return bool(rest) and not _FUND_SIDE_WORDS.sub("", rest)


def _other_side_named(metric: str, name: str) -> str:
    """The other side's metric of ``metric`` (income_X <-> expenditure_X, whether it exists or not)
    when ``name`` (role words and a side's word: '支出决算为', '收入预算数') names the side ``metric``
    is not of; '' when it names no side, the same side, or ``metric`` is of none."""
    own = _metric_side(metric)
    said = _SIDE_ONLY.fullmatch(m.core(_ROLE_WORDS.sub("", compact(name))))
    if not own or said is None or said.group() == own:
        return ""
    if own == "收入":
        return metric.replace("income_", "expenditure_", 1)
    return metric.replace("expenditure_", "income_", 1)


# a side's word alone ('支出', '收入'), what role words leave of a label naming the other side
_SIDE_ONLY = re.compile(r"收入|支出")


def _metric_side(metric: str) -> str:
    """'收入' for an income metric, '支出' for a spending one, '' for any other (a grand total)."""
    if metric.startswith("income"):
        return "收入"
    return "支出" if "expenditure" in metric else ""


# a year printed without 年 ('2025'), the whole of the words before the unit's own name
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_YEAR_END = re.compile(r"(?:年末|年底)")  # (after 'YYYY年': '2021年年末')
# a label naming the assets held (a stock: '资产总额', '固定资产'), never an income from them ('资产处置收入')
_ASSETS_HELD = re.compile(r"资产(?!.*收入)")
_YEAR_END_OF = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})年(?:度)?(?:年)?(?:末|底)")  # '2022年末', '2022年年底'
# a heading about the figures of the unit's own level alone ('（二）本级预算情况', '2.局机关本级收支
# 情况'), never one that names it with its sub-units ('含本级及所属单位'), the government of that
# level ('本级财政') or the unit alone in a list of the units included ('1.某某镇人民政府本级')
# the unit's own level said to be all the document holds ('…部门决算仅包括局机关本级决算'): the department
# is its own level, no heading narrowing the figures after it
_ONLY_OWN_LEVEL = re.compile(r"(?:仅|只)(?:包括|包含|含|有|为|是)[^，,。；;]*本级")
_OWN_LEVEL_HEADING = re.compile(
    r"(?<![含括及和与、])本级(?![及和与、]|财政|政府|人民|人大|部门).*?(?:预算|决算|收支|收入|支出|经费|情况)"
)
# a label that opens with the prior year by a word ('上年“三公”经费决算数', '去年基本支出'; the words
# of kind change_base that name a year): that year's figure, as '2025年…' would be; never the
# carry-over from it ('上年结转', '上年度结余': this year's income), its end ('上年末', '上年年底':
# a date, as '2025年末' is) nor a comparison with it that lost its 与 ('上年持平共计安排…团组0个')
_PRIOR_YEAR_LABEL = re.compile(
    "^(?:"
    + m.words_pattern(word for word in m.words_of("change_base") if "年" in word)
    + r")(?!度?结转|度?结余|度?末|度?底|年末|年底|同期|相比|比较|"
    + m.words_pattern(m.words_of("change_none") + m.words_of("change_up") + m.words_of("change_down"))
    + ")"
)
# ... and the next year by a word ('下一年度“三公”经费预算', '明年预算安排'): the next year's figure
_NEXT_YEAR_LABEL = re.compile(r"^(?:下一年度|下一年|下年度|下年|明年|次年)(?!度?(?:结转|结余|末|底)|年末|年底)")
_LABEL_YEAR = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?:年(?!\d{1,2}月)(?!底|末)|(?=" + m.BARE_YEAR_BEFORE + "))")
# the scope printed right after the unit's own name ('上海市普陀区建设和管理委员会（部门）共有车辆17辆'):
# the name's, no part of the label
# '其他均为0元' after the part a whole all is: the whole's other parts
# (the others may be named as money: '其余各项经费均为0元', '其它费用均为0万元')
_OTHERS_NAME = re.compile(r"[，,]?(?:其他|其它|其余)(?:各项|部分)?(?:经费|费用|支出|开支)?")
_OTHERS_ALL = re.compile(_OTHERS_NAME.pattern + r"(?:均|都|皆|全部)(?:为|是)?")
_OWN_SCOPE = re.compile(r"^[（(](?:部门|本级|单位|本部|汇总)[)）]")
# another name the unit carries, in brackets right after its own ('…群众工作部（信访局）2015年预算收入合计'):
# an office's name (局 / 办 / 委 / 厅 / 部 / 院 / 会), never a part of the unit (所 / 站 / 室 / 含…)
_OWN_OTHER_NAME = re.compile(r"^[（(](?!含)[\u4e00-\u9fff]{1,12}(?:局|办公室|办|委员会|委|厅|部|院|会)[)）]")
# ... and that other name closing the unit's own name as given ('某某工作部（某某局）'): the name before it
# is the one its shortened forms ('某某工作部' -> '某工部') are made from
_OWN_OTHER_NAME_END = re.compile(_OWN_OTHER_NAME.pattern.removeprefix("^") + "$")
# a name right before the year its figure is of ('某新区群工部2015年预算支出合计'), at a label's start
_YEAR_AFTER_NAME = re.compile(r"^(?P<name>[\u4e00-\u9fff]{3,30}?)(?=\d{4}年)")
_DATE_ONLY = re.compile(r"^(?:截[至止]?|到|至)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|止|前)?$")
# a kind of 编制 joined to the next by '、' / 和 right before a count's label ('行政、事业编制64名',
# '机关、事业编制15名'); the
# 离休 joined so to the 退休 ('离、退休人员20人', '离休和退休干部20人': every retiree, never the 退休 alone)
_JOINED_KIND = re.compile(
    r"(?P<kind>行政|事业|机关)[、和及与](?=[^，,。；;：:、（()）]*编制[^，,。；;：:、（()）]*$)"
    r"|(?P<kind_retired>离休?)[、和及与](?=退休[^，,。；;：:、（()）]*$)"
)
# the words of the people a labour-dispatch agency places (劳务派遣人员 / 派遣制人员), and those words
# alone in a parenthesis right after a count of hired people ('编外聘用人员3人（劳务派遣）', '（均为劳务
# 派遣人员）'): the hired counted are the dispatched
_DISPATCHED_WORDS = re.compile(r"劳务派遣|派遣制")
_DISPATCHED_AFTER = re.compile(
    r"\s*[（(]\s*(?:均为|全部为|全为|均系|系|为|属)?\s*(?P<kind>(?:劳务派遣|派遣制)(?:人员|用工|工作人员|方式|性质)?)\s*[)）]"
)
# the noun 团组 right after a group count's 个 ('2个团组出访'), or the name of a trip abroad then 团组
# ('3个因公出国（境）团组'): the name of what is counted (as text.py reads such a count)
_GROUPS_AFTER = re.compile(r"\s*(?P<name>(?:(?:因公|公务)?(?:出国|出境|出访)(?:\s*[（(]\s*境\s*[)）]|境)?\s*)?团组)")
# a reception named right after its batches, ending the clause ('15批次国内公务接待，共120人次'): the
# name of what is counted (never another reception's: '15批次外事接待' is not read so)
# a trip abroad named in a sentence (the groups 组团 formed after it are the groups sent abroad)
_ABROAD_NAMED = re.compile(r"出国|出境|出访")
_RECEPTION_AFTER = re.compile(r"\s*(?P<name>(?:国内)?(?:公务)?接待)(?=\s*(?:[，。；,;、]|$))")
_TOTALS = frozenset({"income_total", "expenditure_total"})
# a part that is all of the figure before it ('全部为公务用车运行维护费', '均为…')
_ALL_OF = re.compile(r"^[，,；;：:\s]*(?:其中)?(?:全部|均|全)(?:为|是|系|用于)")
# the words saying a part is all of the figure before it, then the part's name (a label: '全部为财政拨款收入',
# '均为一般公共预算拨款', '其中全部是…')
_ALL_OF_NAMED = re.compile(r"^[，,；;：:\s]*(?:其中)?(?P<lead>(?:全部|均|全|都)(?:为|是|系))(?P<name>.+)$")
# a word naming a 三公 part in a heading or an item's opening ('因公出国费用', '公务接待费')
_THREE_PUBLIC_PART_WORD = re.compile(r"因公出国|出国[（(]境[)）]|公务接待|公务用车|公车(?:购置|运行)")
# the 三公 vehicles' costs and their parts
_VEHICLE_COSTS = frozenset(
    {"three_public_vehicle_total", "three_public_vehicle_operation", "three_public_vehicle_purchase"}
)
_THREE_PUBLIC_PART_NAME = re.compile(
    r"(?:(?:公务用车|公车)(?:购置(?:[及和与、]运行(?:维护)?)?|运行(?:维护)?)(?:费用?|经费)|因公出国[（(]境[)）](?:费用?|经费)"
    r"|公务接待(?:费用?|经费))(?:支出)?(?:预算|决算)?(?:数|安排)?"
)
# a clause that opens with the reception's counts and nothing else ('公务接待3批次、27人次')
# ('其中：接待批次1次、接待13人次' after '主要用于接待…代表团')
# ('…，主要用于接待来访人员，接待批次为3次，接待人数15人': 为 / 是 before the count)
# ('…，主要用于…督导检查，共接待27批次、214人次': 共 / 累计 / 全年 before 接待, 国内来访 after it; '共接待国内公务接待11批次'
# with 接待 twice;
# '…，共接待来宾45人次': the guests' person-visits)
_RECEPTION_COUNT_LEAD = re.compile(
    r"(?:其中[：:]?)?(?:全年)?(?:共计|累计|共)?(?:接待)?(?:国内)?(?:公务)?接待(?:国内)?(?:公务)?(?:来访|来宾)?"
    r"(?:批次|人次|共计?|合计)?(?:数)?(?:为|是)?"
)
_THREE_PUBLIC_PARTS = frozenset({"three_public_reception", "three_public_overseas"})
# the opening of a clause listing what was received before its batches ('全年共接待上级督导、考察等…')
_RECEPTION_LIST_LEAD = re.compile(r"^(?:其中[：:]?)?(?:全年|本年度?)?(?:共计|累计|共)?(?:国内)?(?:公务)?接待")
# a clause that opens with the groups sent abroad and their people ('2个团组7人', '派出团组3个、12人次')
_OVERSEAS_COUNT_LEAD = re.compile(
    r"(?:其中[：:]?)?(?:全年)?(?:共计|累计|共)?(?:组织|派出|安排|选派)?(?:因公)?(?:出国[（(]境[)）])?(?:团组)?(?:数)?(?:为|是)?"
)
# the groups the year plans to send abroad, a clause (or a parenthesis) of their own: '2025年计划安排运动队
# 出国（境）参赛、集训团组', '（计划安排团组' (a plan word, then 团组 ending the words before the count)
# (or what the money is used to send: '…，主要用于安排水利科技合作交流…等因公出国（境）团组3个、6人次')
_OVERSEAS_PLAN = re.compile(
    r"(?:^|[（(，,])(?:\d{4}年度?)?(?:全年)?(?:计划|拟|(?:主要)?用于安排)(?:安排|组织|派出|选派)?"
    r"(?:[^，,；;。（()）]|[（(]境[)）]){0,40}?团组(?:数)?(?:为|共)?$"
)
# the receptions the year plans, a clause of their own: '全年计划国内公务接待' (a plan word, then 接待 ending the
# words before the count)
_RECEPTION_PLAN = re.compile(
    r"(?:^|[（(，,])(?:\d{4}年度?)?(?:全年)?(?:计划|拟)(?:安排)?(?:国内)?(?:公务)?接待(?:批次)?(?:共)?$"
)
# a 三公 part's name followed by nothing but its counts ('公务接待19批次，187人次，')
_COUNTS_AFTER_NAME = re.compile(
    r"(?:公务接待|接待|因公出国[（(]境[)）]|出国[（(]境[)）])(?:共|累计)?(?:\d+(?:批次|人次|人|个|次|团组)[，,、]?)+$"
)
#: money metric -> (count unit kind, metric) of what it buys: '公务用车购置支出X万元，主要用于经批准
#: 购置的5辆公务用车' (the count in the clause that says what the money is used for)
_BOUGHT_WITH = {"three_public_vehicle_purchase": ("vehicles", "vehicles_to_purchase_three_public")}
_BUYING = re.compile(r"(?:购置|购买|更新)的?$")
# a flat word said to hold only roughly ('基本持平', '大致相同'): no exact change is stated
_ROUGHLY = m.change_pattern(r"(?:基本|大体|大致|总体|略|接近)(?:上)?(?:{none})")
_CHANGE_OF = re.compile(r"增减|变化|变动")
# a clause that names an item and prints a number no amount was read from: '公务用车运行维护费2.8'
# (no unit), '公务用车运行维护费2万余元' (approximate), '车辆运维费28美元' (a unit not read); never a
# share ('占支出总额的24.8%'), a date ('截至2025年12月31日') or a label that holds a number
_CJK = re.compile(r"[\u4e00-\u9fff]")
# a number that refers to a table, a page or a rule, no amount: '（详见表11）', '见附件2', '第3条'
_REFERENCE_END = re.compile(r"(?:表|图|附件|第|页|条|号)[（(]?$")
_UNREAD_ITEM = re.compile(
    r"^(?P<label>[^\d%％]*?[\u4e00-\u9fff][^\d%％]*?[\u4e00-\u9fff”」）)])(?:为|是|共|共计|合计)?[:：]?[（(]?"
    r"(?P<number>\d[\d,.]*)(?P<tail>[^\d%％．.]{0,4})$"
)
# a number printed without a unit after a money label in a list ('，社会保障和就业支出39.5，'): the
# label opens after a stop or a list's mark and ends with a money word (or a 类/款/项 mark), the
# number ends at a stop, a list's mark or a parenthesis (never a per-cent, a unit or a date)
_UNITLESS_MONEY = re.compile(
    r"(?:^|(?<=[，,、；;：:（(。]))\s*(?P<label>(?:\d{3,7})?[\u4e00-\u9fff“”][^，,、；;：:（()）。\d%％]*?"
    r"(?:支出|经费|费用?|收入|拨款|资金)(?:[（(]\d{0,3}[类款项][)）])?)(?:为|是)?\s*"
    r"(?P<number>\d[\d,]*(?:\.\d+)?)(?=\s*(?:[，,、；;。（(]|$))"
)
_YEAR_FIRST = re.compile(r"^\s*(?:(?:19|20)\d{2}\s*年|" + m.BARE_YEAR + ")")
# a label opening with a year: '2017年项目支出', '2016年度基本支出'
_OPENING_YEAR = re.compile(r"^(?:截至|截止)?(?P<year>(?:19|20)\d{2})(?:年度?|(?=预算|决算))")
# a clause of a year's end alone ('截至2023年12月31日', '截至2023年底')
_AS_OF_YEAR_END = re.compile(r"(?:截至|截止)到?(?:19|20)\d{2}年(?:12月31日|底|末)")
_BUYING_WORD = re.compile(r"购置|购买|更新")
# the vehicle counts a reason run-on may state in full (Walker._year_count_statement)
_STATED_VEHICLE_COUNTS = frozenset({"vehicles_total", "vehicles_year_end"})
# official vehicles named by nothing but the common word (Walker._general_purpose_part)
_PLAIN_VEHICLES = "公务用车"
# the word naming the reception a bare count of batches is of (see Walker._about_reception_only)
_RECEPTION_WORD = "公务接待"
# funds other than the 财政拨款 said to pay for what follows ('单位资金安排的', '由非财政拨款资金列支'), and
# the funds of the 财政拨款 (never inside 非财政拨款)
_OTHER_FUNDS_PAY = re.compile(
    r"(?P<funds>单位(?:自有)?资金|自有资金|自筹资金|非财政拨款(?:资金)?|其他资金|事业收入|经营收入|其他收入)"
    r"(?:中|来源)?(?:安排|列支|支付|承担|开支|负担|支出)"
)
_FISCAL_FUNDS = re.compile(r"(?<!非)财政拨款|一般公共预算|政府性基金|国有资本经营")
# the word standing for a foreign reception before counts that name none (metric_wording.csv rule 10)
_FOREIGN_RECEPTION_WORD = "外事接待"
# the words naming a foreign reception (metric_wording.csv, occasions rule 10) and those naming a
# reception's kind at all (国内 / 公务 too): a count's label holding one names its own reception
_FOREIGN_WORDS = re.compile(r"国[（(]境[)）]外|境外|国外|外事|外宾|涉外")
_RECEPTION_KIND = re.compile(rf"{_FOREIGN_WORDS.pattern}|国内|公务|来访")
# the money a count of vehicles bought may be the reason of: the purchase money, or the money of
# buying and running them
_BOUGHT_AS_REASON_AFTER = frozenset({"three_public_vehicle_purchase", "three_public_vehicle_total"})
# the copula left after a reason word ('主要原因是…' leaves '是')
_REASON_COPULA = re.compile(r"^(?:是|为|在于|系)[：:]?")
# the vehicles named right after their count ('1辆公务用车购置', '2辆执法执勤用车')
_VEHICLES_AFTER_COUNT = re.compile(r"^[\u4e00-\u9fff]{0,8}?(?:公务用车|车辆|用车)(?:购置|购买|更新)?")
_CLAUSE_BREAK = re.compile(r"[，,；;：:。、]")
# words of a reason whose count is not this year's purchase: a change, another year, what was done
_NOT_THIS_YEARS = re.compile(r"增加|减少|少|多|下降|增长|上年|去年|上一年|往年|以前|前期|已")
# the parts of the spending whose '其中' lists may name their funds bare, and those bare fund names
_SPENDING_PARTS = frozenset({"basic_expenditure", "project_expenditure"})
# the words of a filler label that name a total of its own under a part's heading (_names_own_total):
# any income ('总收入', '收入预算'); the spending with a word of the whole ('总支出', '支出合计'),
# under a 三公 part only when the department's or unit's ('部门预算总支出')
_OWN_INCOME = re.compile(r"收入")
_OWN_SPENDING = re.compile(r"总支出|支出(?:总额|总计|合计|共计)")
_WHOLE_UNIT = re.compile(r"部门|单位")
# the words a list's last item ends with that name what each item's money is ('…、国有资本经营预算安排的收入')
_LISTED_NOUN = re.compile(r"(?:安排的?)?(?:收入|支出)$")
# a side listed bare after the other side of a fund said none ('无政府性基金预算财政拨款收入、支出'), and
# the side word a name ends with
# a fund's side listed bare after its other side, its carry-over after it named too ('无政府性基金预算
# 财政拨款收入、支出及结转结余': the 结转结余 holds no figure of its own)
_SIDE_ALONE = re.compile(r"(?P<side>收入|支出)(?:(?:及|和|与)(?:年初|年末)?结转(?:和|及)?结余)?")
_SIDE_END = re.compile(r"(?:收入|支出)$")
# the spending said none after the none word ('因公出国（境）费无支出', '…均未发生支出'; never 有无 / 并无 / 毫无)
_NONE_SPENT = re.compile(
    r"(?<=[\u4e00-\u9fff）)”])(?P<none>(?:均|都|全)?(?<![有并毫])(?:无|没有|未发生))(?P<side>支出|开支)$"
)
# the rest of a '、' list after one of its items: up to the end of its clause
_LIST_REST = re.compile(r"[、]?[^，,。；;]*")
# a connective before the 没有 of such a list ('…，也没有使用政府性基金预算拨款、…')
_ALSO = re.compile(r"^(?:也|亦|并且|且)")
_CLAUSE_MARKS = re.compile(r"[，,、；;：:]")
# the words opening a list of parts, and the words between the whole's name and them that name no
# whole ('基本支出按功能分类主要包括：', '2026年基本支出包括：')
# the words opening a list of the parts of the figure named before them: 其中 / 包括, or 中 / 当中 / 之中
# right after a name of money ('基本支出中，…', '在项目支出当中，…', '其中项目支出中…'; never '…占项目支出
# 中的比重', '支出中央…')
_LIST_OPENER = re.compile(r"其\s*中|包\s*括|(?<=支出|经费|预算|决算)\s*(?:当|之)?\s*中(?![的央国])")
_SPLIT_NAME_NOISE = re.compile(
    r"^在?(?:(?:19|20)\d{2}年度?)?|(?:按(?:支出)?功能分类(?:科目)?|按科目)?(?:主要|具体|分别)?$"
)


@cache
def _split_parts() -> frozenset[str]:
    """The money metrics that are a part of the spending, not its whole nor a fund's (metrics.csv:
    those part of expenditure_total other than the 类/款/项 items, the 三公 money, 机关运行经费,
    政府采购, 委托业务费, a project's budget, the year-end balance): a 类 list after one of them is
    that part's split by 类."""
    parts = {
        metric
        for metric, row in m.metrics().items()
        if row["value_unit"] == "yuan"
        and not m.change_base(metric)
        and metric not in _ITEM_METRICS
        and (
            "expenditure_total" in _ancestors(metric)
            or metric.startswith(("three_public_", "procurement_"))
            or metric in ("operating_cost", "entrusted_business_fee", "key_project_budget", "expenditure_carryover")
        )
    }
    return frozenset(parts)


# a word saying a change is like the one before it, and nothing else ('也与上年相同', '同样与上年持平')
_LIKEWISE = re.compile(r"也|亦|同样|也同样")
# a sentence that opens with the list of its parts ('包括：一般公共预算拨款X。', '其中：…')
_LISTING_SENTENCE = re.compile(r"^[，,；;：:、\s]*(?:其中|包括)")
_BARE_FUND = re.compile(r"(?:一般公共预算|政府性基金|国有资本经营|财政专户)(?:预算)?(?:资金|拨款)?")
# a number printed without a unit inside a label, after a copula or a word of quantity and before more
# words ('编制数为27实名编', '预算数为140实拨'): the value of a garbled label, never a year, a date, a count
# with its counter ('3项', '12个'), a code's level ('2050204款') or an approximate number ('100余')
_BARE_NUMBER = re.compile(
    r"(?<=[为是:：数额计共有达])(?P<number>\d[\d,]*(?:\.\d+)?)(?=[\u4e00-\u9fff])"
    r"(?![年月日号时个家人名次批项类款条辆台所间座套件位户元万亿千百岁倍期届季周天层栋张本份册艘架只头株棵处种级班余多"
    r"场轮节门段片块幅篇组团起宗笔单米吨亩升平公])"
)
# the document's year named by a word ('本年预算', '今年收入', '当年拨款')
_OWN_YEAR_WORD = re.compile(r"本年|今年|当年")
# money outside the budget (预算外资金, the older extra-budgetary funds): beside it the 预算内 money is a part
_EXTRA_BUDGET = "预算外"
# a list of projects run into the paragraph that announces it ('主要项目：1、委员补助21万；2、…'), and
# the end of each of its items (before the next number)
# a list's number: '1、' / '1.' / '一、', in brackets ('（1）', '(一)') or circled ('①'); the first item's
_ITEM_NUMBER = (
    r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.．]|[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[)）]"
    r"|[\u2460-\u2473])"
)
_FIRST_ITEM_NUMBER = r"(?:(?:1|一)\s*[、.．]|[（(]\s*(?:1|一)\s*[)）]|\u2460)"
_INLINE_PROJECT_LIST = re.compile(
    r"(?:具体|重点|主要)项目(?:预算)?(?:情况|安排情况|安排)?(?:说明)?(?:如下)?[：:]\s*(?=" + _FIRST_ITEM_NUMBER + ")"
)
# the same lead before a list of no numbers ('2025年本部门重点项目：某某配套资金12000.00万元；…', '主要项目：…'):
# the lead names its items projects, whatever word their names end with
_PLAIN_PROJECT_LIST = re.compile(
    r"(?:重点|主要)项目(?:预算)?(?:安排)?(?:有|包括|为|是)?[：:]\s*(?!\s*" + _FIRST_ITEM_NUMBER + ")"
)
_INLINE_ITEM_END = re.compile(r"[；;]\s*(?=" + _ITEM_NUMBER + ")")
# the project spending, and the lead of a numbered list of what it is made of ('项目支出20万元，具体为：1、…',
# '…。其中：1、…'); what may not stand between them: a reason or use, another part of the spending,
# a carry-over, another statement ('；'); the words of an item that names no project: the rest ('其他'),
# a kind of projects ('运转类项目', '特定目标类')
_PROJECT_SPENDING = "项目支出"
# (the words 主要是 / 主要为 / 主要用于 (group 'what') say what the spending is made of only when no
# change stands in the sentences the lead's list may be of: after a change they give its reasons)
_SPENDING_LIST_WORDS = (
    r"(?<![不未])(?:其中|具体为|具体是|具体包括|具体如下|具体用于|主要包括|主要有|包括|分别为|分别是"
    r"|(?P<what>主要用于(?:以下|如下)(?:几个)?方面|主要是|主要为|主要用于))"
)
_SPENDING_LIST_LEAD = re.compile(
    _SPENDING_LIST_WORDS + r"[：:]\s*(?:[（(](?=" + _FIRST_ITEM_NUMBER + r"))?(?=" + _FIRST_ITEM_NUMBER + ")"
)
# the same words before a list of no numbers ('主要是：某某经费210万元；某某补助180万元。'; the colon may go)
_SPENDING_LIST_PLAIN_LEAD = re.compile(_SPENDING_LIST_WORDS + r"[：:]?\s*")
# the same lead ending a paragraph, its list printed after it ('具体情况如下：', '具体如下：', '其中：')
_SPENDING_LIST_END = re.compile(
    r"(?:其中|具体为|具体是|具体包括|具体用于|主要包括|主要有|包括|分别为|分别是"
    r"|(?P<what>主要用于(?:以下|如下)(?:几个)?方面|主要是|主要为|主要用于)"
    r"|(?:具体|主要|明细)[^，,。；;：:]{0,6}?如下)"
    r"[：:]\s*$"
)
# how the name of an item of a list of no numbers ends: a project's word ('某某经费', '某某补助',
# '看守所被监管人员伙食费'; an economic 款's name alone, '办公费', is none: _names_a_project; the money a
# programme pays out, '城市最低生活保障金', '临时救助金', '优抚对象抚恤金')
_PROJECT_WORD_END = re.compile(
    r"(?:经费|补助金|补助|补贴|资金|项目|专项|工程|费|助学金|奖学金|奖补|奖励|保障金|救助金|抚恤金|救济金)$"
)
# a project named before its budget's words in a 决算's self-evaluation ('农村人居环境整治项目全年预算数',
# '其中，“油茶良种选育与推广”项目年初预算', '课后服务补助项目：年初预算', '项目全年预算数' / '该项目…': named before)
_EVALUATED_PROJECT_LABEL = re.compile(
    r"(?:其中[，,：:]?)?[“\"]?(?P<name>[^，,。；;：:“”\"]{0,40}?)[”\"]?(?P<word>项目)?[：:，,]?"
    r"(?:年初预算数?|全年预算数?)(?:为|是)?[：:]?"
)
# the project a self-evaluation is of, named before the sentence stating its budget ('…反映国土空间规划
# 编制项目绩效自评结果。', '重大公共卫生服务项目绩效目标完成情况综述。'), and how far back it is looked for
_EVALUATED_PROJECT_NAMED = re.compile(
    r"反映[“\"]?(?P<a>[^，,。；;：:“”\"]{2,40}?项目)[”\"]?(?:的)?绩效"
    r"|(?P<b>[^，,。；;：:“”\"\s]{2,40}?项目)[”\"]?(?:的)?绩效(?:目标)?(?:完成情况|自评)(?:情况)?(?:综述)?[。：:]"
)
_EVALUATED_BACK = 300
# the actual's words alone after a project's budget ('执行数', '执行数为', '全年执行', '实际支出')
_ACTUAL_ALONE = re.compile(r"(?:全年|实际)?(?:执行数?|支出数?|决算数?)(?:为|是)?[：:]?")
# the performance targets said right after a project's amount ('…经费1860.00万元，绩效目标为：…'), and the
# project's name before the amount ('其中，某某经费', '“某某”项目')
_TARGETS_AFTER = re.compile(
    r"\s*(?:[（(][^（）()，,。]{1,16}[)）])?\s*[，,。；;]\s*(?:其|该项目)?(?:年度)?(?:整体)?绩效目标(?:为|是|如下)?[：:]"
)
# a numbered item naming a thing, then the budget's words alone before the amount ('1.某某经费，年初预算')
_NAMED_THEN_BUDGET = re.compile(
    r"(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])(?P<name>[^，,。；;：:]{2,40})[，,：:]"
    r"(?:年初|年度|项目|全年)?预算(?:数|金额|资金)?(?:为|是)?"
)
# a thing named at a sentence's start (numbered or not), then the opening budget's words alone before the
# amount ('3. 某某收入安排的教学运转支出，年初预算'); no bracket (an item's 类/款/项 path is read as such;
# a digit: a clause stating a figure or a count, '2015年决算数2万元，年初预算为…', is no thing named;
# '全年预算数' after a thing named is its adjusted budget, read elsewhere)
_NAMED_THEN_ROLE = re.compile(
    r"(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?(?P<name>[^，,。；;：:（）()\d]{2,40})[，,]"
    r"(?:年初|项目)?预算(?:数|金额|资金)?(?:为|是)?"
)
_PROJECT_BEFORE_TARGETS = re.compile(
    r"(?:其中[，,：:]?)?[“\"]?(?P<name>[^，,。；;：:“”\"]{2,40}?)[”\"]?(?:预算|安排)?(?:为)?"
)
# the rest of a list named projects ('其他为人事考试组织、劳动保障监察执法等项目', '其余为…等专项')
_REST_OF_PROJECTS = re.compile(r"(?:项目|专项)(?:支出|资金|经费)?。?$")
# the end of an item of such a list after its amount: the next item's separator (group 'sep') or
# the list's end ('。', the paragraph's end), '等' between
_PLAIN_ITEM_END = re.compile(r"\s*等?\s*(?:(?P<sep>[；;，,、])|。|$)")
# the rest of a list's money named after its items, with no amount (其余为科技人才等专项资金。, or the rest
# named with 等 before its kind: 古城文物修缮保护等其他项目。)
_LIST_REMAINDER = re.compile(
    r"\s*(?:(?:其余|其他|其它|另有|剩余)[^。；;]*|[^。；;：:]{1,30}等(?:其他|其它)?(?:项目|工作|支出|经费))(?:。|$)"
)
# a name made of the words of where money comes from alone ('中央补助资金', '县级配套资金', '省级专项
# 资金', '上级转移支付资金'): a source of the project spending's funds, never one project
_FUNDING_SOURCE = re.compile(
    r"(?:中央|省级|省|市级|市|州级|州|县级|县|区级|区|乡镇|乡级|镇级|上级|本级|同级|地方|财政|自有|自筹|单位"
    r"|专项|配套|补助|转移支付|一般性|预算内|预算外|一般公共预算|政府性基金|国有资本经营预算|债券|追加|结转"
    r"|资金|经费|拨款|收入)+"
)
# a word of an average ('生均', '人均', '月均') in a project's name before a metric's words, and an end
# after those words that makes the name a grant's ('学生生均公用经费补助'): the project's, no metric
_PER_HEAD = re.compile(r"人均|生均|户均|车均|月均|日均|每人|每生|每户")
_GRANT_END = re.compile(r"(?:补助|补贴|资金|专项|项目)$")
# money paid by a per-pupil (per-head …) standard to those a name names first ('普通高中生均公用经费'),
# listed as a project; never an average alone ('人均公用经费')
_NAMED_PER_HEAD_MONEY = re.compile(r"^[\u4e00-\u9fff]{2,}(?:生均|人均|户均)[\u4e00-\u9fff]{0,8}经费$")
# the money of the basic spending named in a name ('离退休人员经费', '日常运转经费'): no project's
_BASIC_MONEY = re.compile(r"人员经费|公用经费|运转经费")
# ... the running money of an institution the name names ('光荣院运转经费', '基层司法所运转经费'; a township's
# 社区 / 村 / 村级组织: '社区运转经费', '村级组织运转经费', which the township funds as projects) or of
# what else it names ('公共文化服务体系运行经费', '疫苗冷链运行经费'): a project funding it, never the unit's
# own 日常运转经费 / 机关运行经费 / 单位运行经费 (nor 事业运行经费: a 项's name)
# ... or the running money of a thing the name names ('县长热线（12345）运行经费', '机关食堂运行经费'), listed as
# a project: never the unit's own 机关运行经费 / 单位运行经费
_THING_RUNNING = re.compile(
    r"[\u4e00-\u9fff（）()\d]{2,}(?<!机关)(?<!单位)(?<!行政)(?<!部门)(?<!日常)(?<!正常)(?<!机构)运行(?:维护)?经费$"
)
_INSTITUTION_RUNNING = re.compile(
    r"(?:[\u4e00-\u9fff]{2,}(?:院|所|站|中心|馆|社区|村|组织)|社区|村级组织|村委会|居委会)运转经费$"
    r"|[\u4e00-\u9fff]{2,}(?<!机关)(?<!单位)(?<!部门)(?<!日常)(?<!行政)(?<!正常)(?<!事业)(?<!本级)运行(?:维护|保障)?经费$"
)
# ... named after what it is for and before a grant's word ('义务教育公用经费补助'): a grant, a project
_QUALIFIED_BASIC_MONEY = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:人员经费|公用经费|运转经费)(?=(?:保障)?(?:补助|补贴|资金|专项|项目))"
)
_SPENDING_LIST_BREAK = re.compile(
    r"原因|主要是|由于|因为|用于|基本支出|人员经费|公用经费|三公|采购|绩效|运行经费|结转|结余|[；;]"
)
# a change in the lead's own sentence ('项目支出20万元，比上年增加5万元，具体如下：'): the list may be of
# the change's parts
_SPENDING_LIST_CHANGE = re.compile(m.CHANGE_WORDS["up"] + "|" + m.CHANGE_WORDS["down"])
_NO_PROJECT = re.compile(r"类项目$|^(?:人员|运转|特定目标)类")
_OTHER_PROJECTS = re.compile(r"其他|其它")
_FULL_WIDTH = str.maketrans({"(": "（", ")": "）"})
# a sentence announcing a budget's list of its projects ('具体项目情况说明如下：', '主要项目如下：')
_KEY_PROJECTS_HEADING = re.compile(r"重点项目(?:预算)?(?:安排)?(?:情况)?(?:说明)?[。：:]?")
_PROJECT_LIST_LEAD = re.compile(
    r"(?:具体|重点|主要)项目(?:预算)?(?:情况|安排情况|安排)?(?:说明)?如下[：:]?$|(?:其中|包括)?[，,]?重点项目(?:有|包括|为)?[：:]$"
    # ('部分重点项目绩效目标如下：', '其中，重点项目绩效目标情况如下：', '各项目绩效目标如下：': the projects
    # listed with their budgets and targets)
    r"|(?:部分|各|每个)?(?:具体|重点|主要)?项目(?:的)?(?:年度)?绩效目标(?:设置)?(?:情况)?如下[：:]?$"
)
# a numbered item of such a list and the project's name before its amount (no figure, no clause break)
_LIST_ITEM = re.compile(r"^\s*" + _ITEM_NUMBER + r"\s*")
# such an item printed on a line of its own without a number: the project's name, a colon or spaces, its
# amount (its unit printed, or declared before the list: '农村道路养护补助：31.50', '防汛物资储备 20.50万元')
# and an end mark at most
_PROJECT_LINE = re.compile(
    r"\s*(?P<name>[^\d，,。；;：:、！？!?（）()]{2,40}?)\s*[：:]?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
    r"\s*(?:亿\s?元|千?\s?万\s?元|千\s?元|元)?\s*[；;，,。]?\s*"
)
_LINE_ITEM_START = re.compile(r"\s*")
# a unit's declaration in or after a list's lead ('具体项目如下（单位：万元）：', '…如下：（单位：万元）')
_LEAD_DECLARATION = re.compile(r"[（(]?\s*(?:金额|货币)?单位\s*[：:]\s*(?:亿元|千万元|百万元|万元|千元|元)\s*[)）]?")
# a project's name: a short run of words, a short bracketed word inside it ('办案（业务）经费'), or
# digits in brackets naming no amount ('县长热线（12345）运行经费', '《洋县志（1991-2020）》编纂经费')
_PROJECT_NAME = re.compile(
    r"(?=.*[\u4e00-\u9fff])(?:[^，,。；;：:、（）()]|[（(][^，,。；;：:、（）()\d]{1,16}[)）]"
    r"|[（(][\d\-－—–~～]{1,16}[)）]){2,40}"
)
# the title of a project's own statement ('人民调解项目经费情况说明', 'X项目情况说明') and, inside it,
# the heading of the project's budget ('六、年度预算安排', '（六）项目预算')
_PROJECT_BLOCK = re.compile(r"^(?P<name>[^，。；：:、（(]{2,30}?(?:项目经费|项目|经费))(?:情况说明|概况)$")
# the words before a project's budget amount under its budget heading: this year's budget and nothing
# else ('2026年度预算安排', '本年度预算金额为')
_PROJECT_BUDGET_LEAD = re.compile(
    r"^(?:(?P<year>\d{4})(?:年度?)?|本年度?)?(?:项目)?(?:年度)?预算(?:安排|金额|数)?(?:资金)?[为是:：]?$"
)
# a list number opening a heading or an item: '三、', '（四）', '2.'
_LIST_MARK = r"(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])"
_BUDGET_HEADING = re.compile(r"^" + _LIST_MARK + r"(?:项目)?(?:年度)?预算(?:安排|金额|数)?[:：]?$")
#: the metrics a document states once per project it names (name_text holds the project)
PER_PROJECT = frozenset({"key_project_budget"})

_PART_LEAD = re.compile(r"^[，,；;：:、\s]*其中")
# a heading ('关于机关运行经费支出说明', '…情况说明') run into the sentence after it, a space between
_RUN_IN_HEADING = re.compile(r"^\s*(?:关于)?[^，,。；;：:\s]{2,30}?(?:情况说明|说明)\s+(?P<rest>\S.*)$")
# the none words of a role ('因公出国（境）费：未安排，未支出'): nothing arranged (the budget, when the
# statement says the spending none too or names the budget) or nothing spent (the actual)
_NOT_ARRANGED = r"(?:暂未|没有|未作?|不)安排(?:预算)?"
_NOT_SPENT = r"(?:未发生|未|没有|无)(?:支出|开支)|未发生|未使用"
_ROLE_NONE = re.compile(rf"(?P<arranged>{_NOT_ARRANGED})|(?P<spent>{_NOT_SPENT})")
# a statement of a name and none words of roles alone after it, each a clause of its own, the first
# one after a colon or run on after the name ('因公出国（境）费：未安排，未支出', '公务接待费未安排，未发生')
_ROLE_NONES = re.compile(
    rf"^{_LIST_MARK}?(?P<name>[^，,。；;：:、]+?)(?P<colon>[：:])?"
    rf"(?P<nones>(?:{_NOT_ARRANGED}|{_NOT_SPENT})(?:[，,](?:{_NOT_ARRANGED}|{_NOT_SPENT}))*)[。.；;]?$"
)
# role words alone ('预算', '年初预算', '支出决算', '决算数', '执行数'), an item of a list of roles said
# to be 0 ('因公出国（境）费预算、决算均为0': ``_roles_listed``), and such words ending a name
_ROLE_WORD = r"(?:(?:年初|调整后?|全年)?预算数?|(?:财政)?决算数?|执行数|实际支出)"
_ROLE_ALONE = re.compile(rf"(?:支出)?{_ROLE_WORD}")
_ROLE_TAIL = re.compile(rf"(?:支出)?{_ROLE_WORD}$")
# a clause saying none and nothing else, after the words it says it of and a colon ('…收支情况：无')
_NONE_ALONE = re.compile(r"^(?:无|没有|暂无|不涉及|未涉及|未发生|不存在)[。.]?$")
# a clause saying the item named before it is none: '无此项内容', '本单位无此项支出' (the unit's name and
# lead words gone), '未发生此项支出'
_NONE_OF_THE_ITEM = re.compile(r"^(?:无|没有|暂无|未发生|不涉及)(?:此项|该项)(?:内容|支出|经费|费用|业务)?[。.]?$")
# a unit named before a metric's name in a clause saying none ('某镇机关运行经费为零', '下属某中心“三公”
# 经费为0'): another unit's figure (the unit's own name is removed before; 政府性基金 / 政府采购 are no unit)
_OTHER_UNIT_HEAD = re.compile(
    r"^[\u4e00-\u9fff]{1,20}?(?:局|委员会|委|办公室|办|院|所|站|中心|联|镇|乡|街道|馆|队|处|厅|校|园|单位|部门|公司"
    r"|政府(?!性|采购))"
)
# a comparison with the prior year ('与上年相比', '比上年', '同上年度'): it names the base of a change,
# never the year a statement is of
_PRIOR_COMPARISON = m.change_pattern(r"(?:{than}|{with})(?:{base})(?:相比|比较)?")
# a fund's spending named as its 类 ('国有资本经营预算支出')
_FUND_SPENDING_NAME = re.compile(r"(?P<fund>政府性基金|国有资本经营)预算支出")
# a unit's sub-units ('所属单位无机关运行经费', '下属单位…'): none said of them is not said of the unit
_SUB_UNIT = re.compile(r"所属|下属|二级单位|下级单位|基层单位")
# the words opening a sub-unit's name ('所属某某中心', '附属某某医院'); the kinds of units they may name
# instead of one unit ('下属单位', '所属事业单位')
_SUB_UNIT_LEAD = re.compile(r"^(?:所属|下属|直属|附属)")
# (a sub-unit's name: as ``_OTHER_UNIT_HEAD``, schools named by their level too: '附属某某中学')
_SUB_UNIT_NAME = re.compile(
    r"^[\u4e00-\u9fff]{1,20}?(?:局|委员会|委|办公室|办|院|所|站|中心|联|镇|乡|街道|馆|队|处|厅|校|园|中学|小学|大学"
    r"|单位|部门|公司|政府(?!性|采购))"
)
_UNIT_KIND_WORDS = frozenset({"单位", "部门", "事业单位", "行政单位", "二级单位", "预算单位", "基层单位", "各单位"})
# the fund names holding 预算 ('政府性基金预算'): no budget as a value role; nor is a unit's 预算单位
_BUDGET_IN_NAME = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算|预算单位|预算拨款")
# a clause that opens an aside: its opening bracket, and a closing one at its end
_ASIDE_MARKS = re.compile(r"^[（(](?=[^（()）]*[)）]?[。.]?$)|[)）][。.]?$")


def _none_metric(name: str, topic: str) -> tuple[str, str]:
    """(metric, code) of the name a clause says none of: as ``classify_money`` reads it, except a
    fund's spending named as the 类 of the same name ('国有资本经营预算支出'): said to be none, it is the
    fund's appropriation spending (expenditure_state_capital), the figure such a statement is about."""
    metric, code = classify_money(name, m.topic_of(name) or topic, {})
    if metric == "expenditure_category" and _FUND_SPENDING_NAME.search(compact(name)):
        return classify_money(_FUND_SPENDING_NAME.sub(r"\g<fund>预算拨款支出", compact(name)), "expenditure", {})
    return metric, code


def _sub_unit_named(core: str) -> str:
    """The name of a sub-unit a label's core (``core``: its lead words and year gone, the unit's own
    name too) opens with after 所属 / 下属 / 直属 / 附属 ('所属某某中心事业收入' -> '所属某某中心') when
    the words after that name name a metric of their own ('事业收入'); '' otherwise ('附属单位上缴收入'
    is a metric's name, '下属单位' a kind of units, no name of one)."""
    lead = _SUB_UNIT_LEAD.match(core)
    if lead is None:
        return ""
    head = _SUB_UNIT_NAME.match(core[lead.end() :])
    if head is None or head.group() in _UNIT_KIND_WORDS:
        return ""
    rest = core[lead.end() + head.end() :]
    return core[: lead.end() + head.end()] if rest and classify_money(rest, m.topic_of(rest), {})[0] else ""


def _another_unit_named(name: str) -> bool:
    """Whether ``name`` (the words a clause says none of, the unit's own name gone) opens with the name of
    a unit before the metric's ('某镇机关运行经费', '某中心“三公”经费'): the words after that unit's
    name are read as the same metric as the whole."""
    head = _OTHER_UNIT_HEAD.match(name)
    if head is None or head.end() >= len(name):
        return False
    rest, topic = name[head.end() :], m.topic_of(name)
    return classify_money(rest, m.topic_of(rest) or topic, {}) == classify_money(name, topic, {})


def _names_budget(text: str) -> bool:
    """Whether the words of a clause saying none name the budget ('未安排机关运行经费预算', '年初无
    政府采购预算'; a fund's name such as 政府性基金预算 is no budget, a 决算 or 执行 word wins): in a
    决算, such a zero is the budget's (value_role budget), never the actual."""
    text = _CARRYOVER_AT_START.sub("", _BUDGET_IN_NAME.sub("", compact(text)))
    return ("预算" in text or "年初" in text) and "决算" not in text and "执行" not in text


# the carry-over at the year's start ('年初结转和结余', '年初财政拨款结转和结余'): the actual money carried
# in, no budget's word
_CARRYOVER_AT_START = re.compile(r"年初(?=(?:财政拨款)?结转|(?:财政拨款)?结余)")


def _without_aside_marks(bare: str) -> str:
    """A clause without the brackets of the aside it opens or is ('（本部门无机关运行经费，故此表为空
    表）' -> '本部门无机关运行经费'); a clause with a bracket inside it is returned as it is."""
    if not bare or bare[0] not in "（(":
        return bare
    return _ASIDE_MARKS.sub("", bare)


# the item a sentence opens by naming after 关于 ('此外，关于机关运行经费支出，…'), its own clause
_ABOUT_ITEM = re.compile(
    r"^(?:" + _LIST_MARK + r")?(?:此外|另外|同时)?[，,]?关于(?P<name>[^，,。；;：:]+?)(?:的?情况)?(?:的?说明)?[，,：:]"
)
_NAMED_BEFORE_COLON = re.compile(
    r"^(?:其中[：:，,])?" + _LIST_MARK + r"?(?P<name>[^，,。；;：:]+?)(?:情况|情况说明|说明)?[：:]$"
)
# the income and the spending named at once ('政府性基金预算财政拨款收支')
_BOTH_WAYS = re.compile(r"收支|收入支出|收入和支出|收入及支出")
# the words of a change label before its comparison word ('收入总计' in '收入总计比上年增加')
_CHANGE_HEAD = m.change_pattern(r"^(?P<subject>.*?)(?:{mark})")
# the bottom row of a 收支总表 named alone, after nothing but a year: '2022年度收入总计', '支出总计为';
# a list number and the unit naming itself (the lead words 本部门 / 本单位 / 我单位 …, never 本年) may
# open it: '1.本部门2017年度收入总计', '2023年度本单位收入总计'
_SELF_WORDS = m.words_pattern(w for w in m.words_of("lead") if w[0] in "本我" and "年" not in w)
_BOTTOM_ROW_HEAD = (
    r"^[，,；;：:、\s]*(?:\d{1,2}\s*[、.．](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）])?(?:" + _SELF_WORDS + r")?"
    r"(?:\d{4}年度?)?[，,]?(?:" + _SELF_WORDS + r")?(?:部门|单位)?"  # ('2022年部门收入总计')
)
_BOTTOM_ROW = re.compile(_BOTTOM_ROW_HEAD + r"(?:收入|支出)(?:预算|决算)?总计(?:为|是|共计|合计)?[：:]?$")
# the bare income side a change label opens with, nothing before it but punctuation ('，收入较上年')
_BARE_INCOME = re.compile(r"^[，,；;：:、\s]*收入$")
# ... and that of the 财政拨款收入支出决算总表, named so ('2022年度财政拨款收入总计', '财政拨款支出总计为'): the
# fiscal appropriation's 总计, 年初财政拨款结转和结余 included (never the year's 财政拨款收入)
_FISCAL_BOTTOM_ROW = re.compile(_BOTTOM_ROW_HEAD + r"财政拨款(?P<side>收入|支出)总计(?:为|是|共计|合计)?[：:]?$")
# a comparison that prints the prior year's amount before the change: '较2024年的', '比上年累计支出'
# the words between a figure's amount and an amount it includes: an inclusion word opening the run
# ('，含某所经费', '（其中含…'), then labels and amounts of the same list, no '；' or stop between
# ('…，含某所经费250万元，某园经费'); never an exclusion ('不含', read by _excluded_by)
_INCLUSION_RUN = re.compile(r"^\s*[，,（(]?\s*(?:其中)?\s*(?:含|包含|内含)(?!有?[\d])[^；;。！？!?）)]*$")
_INCLUSION_WORD = re.compile(r"^[，,（(]?(?:其中)?(?:含|包含|内含)")
_NEGATIVE = "a minus sign before an amount that is not a change: what a negative figure means is not certain"


def _sum_of_year_and_carryover(figure: Figure, before: list[Figure]) -> None:
    """'本年收入X，上年结转Y，收入总计Z' (Z = X + Y): an income total stated after the year's own
    income (named 本年) and the carry-over of the same value role, their sum to the cent and named by
    a total's word (总计 / 总额 / 总数), not 本年, holds the carry-over: the grand total of the
    收支总表 (metrics.csv), never a second income_total. ``before``: the sentence's figures read
    before ``figure``, which is re-tagged in place; nothing changes when the sum differs."""
    name = compact(figure.name_text)
    if "本年" in name or not any(word in name for word in ("总计", "总额", "总数")):
        return
    year = next(
        (
            f
            for f in before
            if f.metric == "income_total" and f.value_role == figure.value_role and "本年" in compact(f.name_text)
        ),
        None,
    )
    if year is None:
        return
    after = before[before.index(year) + 1 :]
    carried = [f for f in after if f.metric == "income_carryover" and f.value_role == figure.value_role]
    if len(carried) == 1 and year.value + carried[0].value == figure.value:
        figure.metric = "grand_total"


# a list number opening a title or item ('（二）', '3、', '1.')
_TITLE_NUMBER = r"(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])"
# a name run in before a colon as the title of the statement after it ('项目支出：', '（二）基本支出:'):
# a short bracket inside it belongs to the name ('因公出国（境）费：')
# no figure, no count, no other clause (a lead-in before it at most: '具体安排如下：基本支出：')
_TITLE_COLON = re.compile(
    r"^(?:[^，,。；;：:\d]*[：:])?" + _TITLE_NUMBER + r"?"
    r"(?P<title>(?:[^，,。；;：:\d（()）]|[（(][^，,。；;：:\d（()）]{1,4}[)）])+)[：:]$"
)
# the year a title run in before a colon opens with ('2017年部门预算总支出：', '（一）2017年度收入：')
_TITLE_YEAR = re.compile(r"^" + _TITLE_NUMBER + r"?(?P<year>(?:19|20)\d{2})年度?")
# a name run in before a colon opening its paragraph, then the definition of that name in one
# sentence (or a clause: '是指…，2026年预算安排X') and nothing else before the amount: '（二）非税收入：
# 指除税收以外…的财政资金。', '（三）其他收入：包括…。', '2010301行政运行：用于反映…的支出。' (its words:
# definition words first, '指' / '是指' / '用于反映' / '包括' / '主要是' …)
_DEFINITION_OPENER = re.compile(r"(?:主要)?(?:是指|系指|即指|指|用于反映|反映|用于|核算|包括|是)")
# a title run in before a colon that prints a code or level marks ('9990101某某事务：', '…（项）：')
_ITEM_TITLE_COLON = re.compile(r"^" + _TITLE_NUMBER + r"?(?P<title>[^，,。；;：:]+)[：:]$")
# a function code opening a title, trusted or not ('9990101某某事务', '[21301]…')
_CODE_OPENS = re.compile(r"^[\[【［（(]?\d{3,7}(?!\d)")
# a title of words alone (no digits, no brackets): one a definition may follow
_PLAIN_TITLE = re.compile(r"[^，,。；;：:\d（()）]+")
_DEFINED_TITLE = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．])?"
    r"(?P<title>[^，,。；;：:]+)[：:]"
    r"(?:" + _DEFINITION_OPENER.pattern + r")[^。；;！？!?：:]*[。；;，,]$"
)
# a title run in before a colon opening its paragraph, a use describing it right after the colon
# ('（二）项目支出：用于…', '2050202小学教育（项）：主要用于…'): its words up to the colon
_TITLE_BEFORE_USE = re.compile(r"(?:" + _LIST_MARK + r")?[^，,。；;：:]{1,60}[：:]")
# words of a title before a colon that make it no name of a figure: a lead-in to what follows
# ('具体情况如下：'), the words of a heading on a whole ('总体情况：', '收支情况说明：')
_NO_NAME_TITLE = re.compile(r"如下|以下|情况|说明|概况|概述|总体|具体|主要|有关|关于|收支")
# the end of a title naming a kind of money ('非税收入', '工资福利支出', '培训费'), not a view of the
# money ('收入来源', '支出结构', '一般公共预算')
_MONEY_NAME = re.compile(r"(?:收入|支出|经费|费用|费|资金|拨款|补助)$")
# why the amount after a title that names no metric is not read
_TITLE_NAMES_NONE = (
    "the title run in before a colon ('{title}') names no metric: the amount after it is that thing's, "
    "never the total of its topic"
)


def _code_not_trusted(label: str) -> str:
    """Why an amount after ``label`` is not read when the label prints a whole function code (in
    brackets, or before its names) that no code reader trusts ('农林水支出（208）', '[2010305]行政运行':
    ``metrics.mismatched_printed_code``), naming the other code its name is the name of when it is
    one (``metrics.code_name_conflict``: a source inconsistency, neither is trusted); '' when the
    label prints no such code."""
    codes = m.mismatched_printed_code(label)
    if not codes:
        return ""
    conflict = m.code_name_conflict(label)
    told = f" ({conflict}: a source inconsistency, neither is trusted)" if conflict else ""
    where = "before the names of its levels" if m.opens_with_code(label) else "in brackets"
    return f"the function code ({codes}) printed {where} does not fit the names of its levels{told}"


def _title_not_read(title: str) -> str:
    """Why the amount after a title run in before a colon that names no metric is not read: the
    title's printed code does not fit its name (``_code_not_trusted``), else the title names no
    metric (``_TITLE_NAMES_NONE``)."""
    return _code_not_trusted(title) or _TITLE_NAMES_NONE.format(title=title)


# the parts a grand total is stated with ('收支总预算X，其中：本年收入Y，上年结转Z，本年支出X')
_GRAND_TOTAL_PARTS = frozenset({"income_total", "expenditure_total", "income_carryover"})
# the figures a 收支总表's 总计 lists after 其中, either side ('本年收入合计…，年初结转和结余…；本年支出
# 合计…，年末结转和结余…') and the 总计 itself (the other side's, stated beside it)
_LISTED_TOTAL_PARTS = _GRAND_TOTAL_PARTS | {"expenditure_carryover", "grand_total"}
_FISCAL_SPENDING_SIDE_APART = (
    "a 支出总计 after the 财政拨款收入总计 of its sentence, of another amount: the two 总计 of the 财政拨款收支 "
    "table balance, which figure this side is is not certain"
)
# the carry-over a 总计 is said to include, right after its amount ('（含年初财政拨款结转和结余）')
_CARRYOVER_INCLUDED = re.compile(
    r"\s*(?:[（(]\s*(?:其中)?\s*(?:含|包含|包括)[^（()）]*?(?:年初|上年|年末)[^（()）]*?结转"
    r"|[，,]?\s*其中[：:，,]?[^。；;（()）]*?本年[^。；;（()）]*?(?:年初|上年|年末)[^。；;（()）]*?结转)"
)
# the spending side named alone ('支出总计', '支总计'), never with the income's
_SPENDING_SIDE = re.compile(r"^(?!.*收入).*(?:支出|支)总计")
# the words right after a 收入总计's amount saying it holds the carry-over ('（含上年结转Y万元）', '，其中上年结转Y')
_HOLDS_CARRYOVER = re.compile(r"\s*[（(，,]?\s*(?:含|包含|包括|其中[：:]?)\s*(?:上年|年初)结转")
# a procurement part named by what the money is used to buy, up to its amount ('用于采购货物预算',
# '主要用于采购服务'): never a use of the money (_REASON's 用于) when the sentence is about 政府采购
_PROCUREMENT_USE = re.compile(
    r"(?:主要)?用于采购(?:货物|工程|服务)类?(?:项目)?(?:预算|支出)?(?:金额|资金)?(?:为|是|共计)?"
)
# the words before an amount of projects counted, after the last mark ('含2个上年结转项目' after '（',
# '其中含1个年初结转结余项目' after '，'), and the marks that end the item before them
_COUNTED_PROJECTS = re.compile(
    r"(?P<included>(?:其中)?(?:含|包含|内含|包括))?"
    r"(?P<projects>(?:\d+|[一二两三四五六七八九十]{1,3})个[^，,、；;。：:（()）]*?项目[^，,、；;。：:（()）]*?)"
    r"(?:共计|合计|计|为|金额|资金|预算)*"
)
_ITEM_MARK = re.compile(r"[，,、；;：:（(]")
# a 其中 opening a list at a clause's end (run into a reason's words when a stop was lost: '…主要原因是
# 减少会议经费支其中'), the words before a list item's name, the share printed right after an
# item's amount ('，占88.9%'), and the totals a source with no part_of of its own is a part of
_LIST_OPENED = re.compile(r"其中(?:包括)?$")
_LIST_ITEM_HEAD = re.compile(r"^[，,；;：:、\s]*(?:其中)?[：:]?")
_SHARE_AFTER = re.compile(r"\s*[，,]?\s*(?:占|约占)[^，,；;。\d]{0,12}?\d+(?:\.\d+)?\s*[%％]")
_SOURCE_OF = {"income_fiscal_appropriation": "income_total", "expenditure_fiscal_appropriation": "expenditure_total"}
# the fiscal appropriation's income named as a total ('财政拨款总收入', '财政拨款收入总计'), and the
# words of a spending total alone, a label's core ('总支出', '支出总计' -> '支出', '本年支出预算')
_FISCAL_TOTAL_INCOME = re.compile(r"财政(?:预算)?拨款(?:总收入|收入(?:总计|总额))")
_BARE_SPENDING_TOTAL = re.compile(r"(?:本年|全年)?(?:总支出|支出(?:总计|合计|总额)?)(?:预算|决算)?数?(?:为|是|共计)?")
# the words of one side's total alone, a label's core after 其中 ('收入总计' -> '收入', '总支出')
_BARE_SIDE_TOTAL = re.compile(r"(?:总收入|总支出|收入|支出)(?:总计|合计|总额)?(?:预算|决算)?数?(?:为|是|共计)?")
_FISCAL_TABLE_SIDE = (
    "a side (收入总计 / 支出总计) listed under the fiscal appropriation's grand total (fiscal_grand_total) "
    "with another amount: that table's side, never the unit's total; which figure it is is not certain"
)
_FISCAL_TOTAL_SPENDING_ROW = (
    "a 支出总计 after the fiscal appropriation's total income of its sentence: in a final account that 总计 "
    "holds the carry-over to the next year, which figure it is is not certain"
)
_SPENDING_SIDE_APART = (
    "支出总计 differs from the 收入总计 read before it: the income side is the grand total; the spending "
    "side has no metric of its own"
)
# the sign printed right before an amount's digits (spaces between allowed): ASCII / full-width
# hyphen-minus and the minus sign; a dash (— – ―) there may be a sign or a separator. After a
# digit it is a range ('1-5万元'), no sign.
_MINUS = "-－−﹣"
_DASHES = "—–―"


# where a statement may end without a stop: after a per-cent or a no-change word run into the
# words after it ('…的96.50%公务用车运行维护费…', '…与上年持平公务接待费…')
_RUN_ON_END = m.change_pattern(r"(?:(?<=\d)\s*[%％]|{none})(?=[\u4e00-\u9fff“\"])")
_CLAUSE_MARK = re.compile(r"[，,；;：:、。！？!?（）()]")
_NO_CHANGE_WORD = m.change_pattern(r"{none}")
# words saying a change was stated (a direction, a no-change word, 增减 / 变化 / 变动)
_CHANGE_STATED = re.compile("|".join(p.pattern for p in (_ANY_DIRECTION, _CHANGE_OF, _NO_CHANGE_WORD)))


def _lost_breaks(sentence: Sentence, found: list[Amount], lines: list[int]) -> tuple[int, ...]:
    """Offsets (relative to ``sentence``) where a new labelled statement is run into the one
    before it without a stop (a line break lost): right after a per-cent or a no-change word
    (持平 / 无变化 …) whose next words, up to the amount after them with no clause mark between,
    are a label naming a metric by themselves ('…为年初预算数5万元的100%公务用车运行维护费支出30万元',
    '…与上年预算持平公务接待费预算安排3万元'); or at a source line's start, after a line that ends
    in no mark, when the words from there name a metric by themselves and the words run into them
    from the line before make a label naming none ('…某某经费未纳入预算' then '一般公共服务支出预算
    700万元'; a label wrapped over two lines, '…一般公共' then '预算拨款收入…', names its metric
    whole). Never a reason's or a change's words ('…增长5%主要用于…'), nor words that name nothing
    alone. ``found``: the paragraph's amounts; ``lines``: the paragraph's source line of each
    character (``Paragraph.lines``)."""
    breaks = [offset for offset in _line_starts(sentence, lines) if _wrapped_label(sentence, found, offset) is not None]
    if "%" not in sentence.text and "％" not in sentence.text and not _NO_CHANGE_WORD.search(sentence.text):
        return tuple(breaks)
    for match in _RUN_ON_END.finditer(sentence.text):
        at = sentence.start + match.end()
        amount = next((a for a in found if a.start >= at), None)
        if amount is None:
            break
        label = compact(sentence.text[match.end() : amount.start - sentence.start])
        if _names_alone(label, amount):
            breaks.append(match.end())
    return tuple(sorted(set(breaks)))


# a list's item at a line's start: its label (no clause mark inside; a colon may end it) before its money
# amount; the words that never open one (they go on with the sentence of the line before: '比上年…', '与…相比',
# '占…', '其中…' is the list's own lead and stays a clause of the line before's statement)
_ITEM_LABEL = re.compile(r"[^，,。；;、！？!?：:]*[\u4e00-\u9fff）)\]】][ \t]*(?P<colon>[：:])?[ \t]*")
_ITEM_GOES_ON = re.compile(r"^(?:比|较|与|同|和|及|并|或|占|为|是|的|即|均|都|共|也|亦|其中|分别|相比|对比|而|但)")
# a line ending in a unit's declaration ('…具体项目如下：（单位：万元）')
_DECLARATION_ENDS = re.compile(r"单位\s*[：:]\s*(?:亿元|千万元|百万元|万元|千元|元)\s*[)）]?\s*[：:]?$")
_ITEM_AMOUNT_END = re.compile(r"\s*(?:[，,；;。、]|$)")
_LINE_ENDS = re.compile(r"\s*[，,；;。]?\s*$")


def _list_line_breaks(sentence: Sentence, found: list[Amount], lines: list[int]) -> tuple[int, ...]:
    """Offsets (relative to ``sentence``) where a list printed one item a line ('政府采购预算总额：9.30' /
    '货物类：6.10' / '工程类 0'; '农村道路养护补助：31.50万元' / '防汛物资储备：20.50万元') starts its next
    item, its lines run together without a mark: a source line's start right after a money amount
    (printed with its unit, or bare under a declared unit) or a unit's declaration ('（单位：万元）') ends
    the line before, where the line opens with an item: a label, then a money amount of ``found`` on the
    same line. The label holds no clause mark and opens with no word that goes on with the sentence
    before (比 / 较 / 与 / 占 …, ``_ITEM_GOES_ON``), names no change, no reason, no direction, and is no
    role's words alone ('年初预算：' / '支出决算：' one a line are the roles of one subject); after a
    colon ('货物类：6.10') the amount ends its clause or its line, without one ('货物类 6.10',
    '一般公共服务支出60.00万元') it ends the line, an end mark after it at most. A sentence a PDF breaks
    mid-way (a line ending in no amount; '…增加' or '万元，主要是…' opening the next) keeps no break.
    Read as a '；' there, as ``_lost_breaks``; ``lines``: the paragraph's source line of each character."""
    breaks = []
    text, base = sentence.text, sentence.start
    for at in range(max(base, 1), min(base + len(text), len(lines))):
        if lines[at] == lines[at - 1]:
            continue
        offset = at - base
        # (a space may stand between the line's amount and its end: '…：437.15 ' before a coded line)
        ended = base + len(text[:offset].rstrip(" \t"))
        ends_item = any(a.end == ended and a.is_money for a in found) or _DECLARATION_ENDS.search(text, 0, offset)
        if not ends_item:
            continue
        amount = next((a for a in found if a.start >= at), None)
        if amount is None or not amount.is_money or lines[min(amount.end, len(lines)) - 1] != lines[at]:
            continue
        label = _ITEM_LABEL.fullmatch(text, offset, amount.start - base)
        words = compact(text[offset : amount.start - base]).rstrip("：:")
        if (
            label is None
            or _ITEM_GOES_ON.match(words)
            or _REASON.search(words)
            or _ANY_DIRECTION.search(words)
            or _NO_CHANGE_WORD.search(words)
            or _CHANGE_OF.search(words)
            or m.change_direction(words) is not None
            or (_ROLE_WORDS.search(words) and len(_CJK.findall(_ROLE_WORDS.sub("", words))) <= 2)
        ):
            continue
        line_end = at
        while line_end < min(base + len(text), len(lines)) and lines[line_end] == lines[at]:
            line_end += 1
        after = text[amount.end - base : line_end - base]
        if _LINE_ENDS.fullmatch(after) or (label.group("colon") and _ITEM_AMOUNT_END.match(after)):
            breaks.append(offset)
    return tuple(breaks)


# a list's line printing a 类/款/项 item's function code with its name ('2130104 事业运行：196.30', '（2）一般行政
# 管理事务(2130302)：306.00', '2080802伤残抚恤 1,102.20', '2010302  一般行政管理事务  318.00'): its label (no
# clause mark inside), a colon or spaces, then its amount (``_coded_lines``)
_CODED_LINE_LABEL = re.compile(
    r"[ \t]*(?P<label>[^，,。；;、！？!?：:]*[\u4e00-\u9fff）)\]】])[ \t]*(?P<colon>[：:])?[ \t]*"
)
# the end of a list's lead-in: a colon ('…主要项级支出：'; _leads_a_list)
_LEAD_IN_COLON = re.compile(r"[：:]\s*$")


def _coded_lines(paragraph: Paragraph, found: list[Amount], listed: bool) -> list[tuple[int, int]]:
    """(offset of the line, offset of its colon or -1) of each line of ``paragraph`` that lists a 类/款/项
    item with its printed function code, one a line ('2130101 行政运行：437.15' / '2130104 事业运行：196.30';
    '2080801死亡抚恤 806.40'; '（1）行政运行(2130301)：1,264.70'): the line is the item's label alone (the
    code before its name or in brackets after it, ``metrics.prints_function_code``; no clause mark), a
    colon or spaces, then a money amount of ``found`` (its unit printed or declared) ending the line, an
    end mark after it at most. The line is a list's when another such line is right before or after it,
    when the paragraph's words before it end with a lead-in (a colon, '主要项级支出：', a unit's declaration
    after it at most, ``_leads_a_list``) or with a money amount ending the line before ('农林水支出：2,517.34'), or when it opens
    the paragraph and ``listed`` (the paragraph before led the list or ended with one of its items); a
    coded item's paragraph alone ('1.[2010301]行政运行：45.00万元', its roles unsaid) is none. []
    when there is none."""
    text = paragraph.text
    starts = [0, *(at for at in range(1, len(text)) if paragraph.line_at(at) != paragraph.line_at(at - 1))]
    items: list[tuple[int, int] | None] = []
    for begin, end in zip(starts, [*starts[1:], len(text)], strict=True):
        items.append(_coded_line(text, begin, end, found))
    out = []
    for index, (begin, item) in enumerate(zip(starts, items, strict=True)):
        if item is None:
            continue
        before = text[:begin].rstrip()
        ended = begin and any(a.end == len(before) and a.is_money for a in found)
        if (
            (index and items[index - 1] is not None)
            or (index + 1 < len(items) and items[index + 1] is not None)
            or (begin and (_leads_a_list(before) or ended))
            or (not begin and listed)
        ):
            out.append(item)
    return out


def _coded_line(text: str, begin: int, end: int, found: list[Amount]) -> tuple[int, int] | None:
    """(``begin``, offset of its colon or -1) when ``text[begin:end]`` (one source line) lists a 类/款/项
    item with its printed function code and its amount alone (``_coded_lines``), else None."""
    label = _CODED_LINE_LABEL.match(text, begin, end)
    if label is None:
        return None
    amount = next((a for a in found if a.start >= label.start("label")), None)
    if (
        amount is None
        or amount.start != label.end()
        or amount.end > end
        or not amount.is_money
        or not _LINE_ENDS.fullmatch(text, amount.end, end)
    ):
        return None
    words = compact(label.group("label"))
    if not (m.opens_with_code(words) or m.prints_function_code(words)) or not _CJK.search(words):
        return None
    return begin, label.start("colon") if label.group("colon") else -1


def _leads_a_list(text: str) -> bool:
    """Whether ``text`` (a paragraph's words up to a line's start) ends with a list's lead-in: a colon
    ('其中水利（款）主要项级支出：', '…主要项级支出（单位：万元）：'), a unit's declaration after it at most
    ('主要项级支出：（单位：万元）'); a declaration alone leads no list."""
    text = text.rstrip()
    if (declared := _DECLARATION_ENDS.search(text)) and not _LEAD_IN_COLON.search(text):
        text = text[: declared.start()].rstrip(" \t（(金额货币")
    return bool(_LEAD_IN_COLON.search(text))


def _roles_named(words: str) -> frozenset[str]:
    """The value roles (budget / adjusted_budget / actual) the role words of ``words`` name ('年初预算
    具体如下：' -> budget; '支出决算情况如下' -> actual; none: an empty set)."""
    return frozenset(filter(None, (value_role(found.group()) for found in _ROLE_WORDS.finditer(compact(words)))))


def _names_alone(label: str, amount: Amount) -> bool:
    """True when ``label`` (compact words right before ``amount``, no clause mark between) names a
    metric by itself, neither a change nor a reason's, a direction's or another time's words."""
    if (
        len(_CJK.findall(label)) < 2
        or _CLAUSE_MARK.search(label)
        or _REASON.search(label)
        or _ANY_DIRECTION.search(label)
        or _NO_CHANGE_WORD.search(label)
        or _OTHER_TIME.search(label)
        or m.change_direction(label) is not None
    ):
        return False
    named = _named_by(label, amount)
    return bool(named) and not named.endswith("_change_vs_prior_year")


def _named_by(label: str, amount: Amount) -> str:
    """The metric ``label`` names for ``amount`` by itself (no state), '' when none."""
    if amount.is_money:
        return classify_money(m.core(label), m.topic_of(label), {})[0]
    return classify_count(label, COUNT_UNITS[amount.unit], {})


def _line_starts(sentence: Sentence, lines: list[int]) -> list[int]:
    """Offsets (relative to ``sentence``) of the characters that open a source line after a line
    that ends in a CJK character (no mark: the break between them was lost), the opening one a CJK
    character too."""
    starts = []
    for at in range(max(sentence.start, 1), min(sentence.start + len(sentence.text), len(lines))):
        if lines[at] != lines[at - 1]:
            offset = at - sentence.start
            if offset and _CJK.match(sentence.text[offset - 1]) and _CJK.match(sentence.text[offset]):
                starts.append(offset)
    return starts


def _wrapped_label(sentence: Sentence, found: list[Amount], offset: int) -> str | None:
    """The words from ``offset`` (a line's start in ``sentence``) to the amount after them when a
    new statement opens there (``_lost_breaks``): they name a metric alone and, with the words run
    into them from the line before (since its last clause mark or amount), make no label naming
    one; else None."""
    at = sentence.start + offset
    amount = next((a for a in found if a.start >= at), None)
    if amount is None:
        return None
    label = compact(sentence.text[offset : amount.start - sentence.start])
    if not _names_alone(label, amount):
        return None
    head_start = max(
        (match.end() for match in _CLAUSE_MARK.finditer(sentence.text, 0, offset)),
        default=0,
    )
    head_start = max(head_start, *(a.end - sentence.start for a in found if sentence.start <= a.end <= at), 0)
    run_in = compact(sentence.text[head_start : amount.start - sentence.start])
    return None if _named_by(run_in, amount) else label


def _percent_contradicts(after: str, subject: Figure | None, metric: str, code: str, change: Decimal) -> bool:
    """True when the per-cent printed right after a change (``after``: the text after its amount,
    '，减少11.02%': _PERCENT_AFTER) is off by a factor of a hundred or more from what the change (yuan, signed) makes of the prior
    year's amount (``subject``'s value, of ``metric`` / ``code``, less the change). False when
    anything is missing (no per-cent, no subject of that metric, a zero) or the two roughly agree:
    rounding and a per-cent against another base stay far inside a factor of a hundred; a unit
    printed for another (元 for 万元: a factor of ten thousand) does not."""
    found = _PERCENT_AFTER.match(after)
    if not found or subject is None or subject.value_unit != "yuan" or not change:
        return False
    if (subject.metric, subject.function_code) != (metric, code):
        return False
    percent, prior = Decimal(found.group("pct")), subject.value - change
    if not percent or prior <= 0:
        return False
    made = abs(change) / prior * 100
    return max(percent / made, made / percent) >= 100


def printed_sign(text: str, start: int) -> str:
    """The sign printed before the amount at ``text[start:]``: '-' for a minus ('-56.78万元',
    '－56.78万元'), '+' for a plus, '?' for a dash that may be one ('—56.78万元'), '' for none
    (or a range's hyphen after a digit: '1-5万元')."""
    before = text[:start].rstrip()
    if not before:
        return ""
    mark = before[-1]
    if len(before) > 1 and before[-2].isdigit():
        return ""
    if mark in _MINUS:
        return "-"
    if mark in "+＋":
        return "+"
    if mark in _DASHES:
        return "?"
    return ""


# ('经比较2020年度“三公”经费41万元': the verb 比较, to compare, is no comparison with 2020)
_PRIOR_AMOUNT = m.change_pattern(r"(?<!比)(?:{prior})(?!较)(?:{base}|\d{4}年度?)[^，。；,;：:{than_chars}]*$")
# what is left before 比 of a comparison word that names nothing ('对比减少', '与上年对比减少')
_COMPARE_RESIDUE = m.change_pattern(r"^(?:{with})?(?P<base>{base})?(?:对|相)$")
# two years said together of a none after them ('2026年与2025年均无', '2026年和2025年年初预算都没有')
_OWN_AND_PRIOR_YEARS = re.compile(
    r"(?P<a>(?:19|20)\d{2})年度?(?:与|和|及|、)(?P<b>(?:19|20)\d{2})年度?(?:年初预算|预算|决算)?(?:均|都)(?=无|没有|未)"
)
# a change label opening with 相比 / 对比 and the base right after it ('相比2025年预算增加')
_OPENING_COMPARE = m.change_pattern(r"^[，,；;：:、\s]*(?:相|对)比(?:{base}|\d{4}\s*年度?)")
# role words left in a prior year's label once its year is removed ('2015年预算' -> '')
_PRIOR_ROLE = re.compile(r"预算|决算|安排|拨入|也|为|是")
# the words after a prior year's base, before its amount: '较2014年度' + '“三公”经费合计'
# the end of a change label: its direction word, after the prior year's amount when it is printed
# without a unit ('相比2016年的总收入5690.11减少')
_CHANGE_TAIL = m.change_pattern(r"(?:\d[\d,]*(?:\.\d+)?)?(?:{up}|{down})了?$")
# a change whose subject is printed between its base and its direction word ('2018年较2017年部门预算
# 总收入增加')
_SUBJECT_AFTER_BASE = m.change_pattern(
    r"^(?:(?P<year>(?:19|20)\d{2})年度?)?(?:{than}|{with})(?:{base}|(?P<base_year>(?:19|20)\d{2})年度?)"
    r"(?:相比|比较|对比)?(?P<subject>[^，。；,;：:\d]+?)(?:{up}|{down})了?$"
)
_PRIOR_SUBJECT = m.change_pattern(r"(?<!比)(?:{prior})(?:{base}|(?P<year>\d{4})年度?)的?(?P<subject>[^，。；,;：:]+)$")
# a final account's label that ends in 预算 names the budget (a fund's name ends in 预算 too)
_BUDGET_END = re.compile(_NOT_A_FUNDS + r"预算(?:安排)?(?:为|是)?$")
# (the word 预算 opening a side's name, the year before it at most: '本年预算收入安排', '预算支出')
_BUDGET_SIDE = re.compile(
    r"^(?:本年度?|当年|全年|\d{4}\s*年度?)?预算(?:总)?(?:收入|支出)(?:总额|总计|合计)?(?:安排)?(?:为|是)?$"
)
# a final account's label whose own words name the budget, the word 预算 not at its end
# ('收入预算总额', '2019年预算中财政补助收入', '基本支出预算数', '支出预算合计'): the budget's figure;
# never a fund's name ('一般公共预算总额'), the budget's execution or completion ('收入预算执行数',
# value_role's 'actual' first) nor the budget's units or management ('预算单位', '纳入预算管理')
_BUDGET_NAMED = re.compile(
    _NOT_A_FUNDS + r"预算(?:总额|总数|总计|合计|中)"
    r"|(?:收入|支出|经费)预算(?!执行|完成|单位|管理|内|外|绩效|调整)"
)
# words saying a figure is the year's actual ('决算', '执行', '实际'): such a label never takes the
# budget's role from the whole before it
_ACTUAL_NAMED = re.compile(r"决算|执行|实际")
# the budget's or the account's words before 中 ('2019年预算中', '年初预算中', '年末决算中'): the figures
# after them in the statement are of that role (a fund's name is no role: '一般公共预算中')
_ROLE_SCOPE = re.compile(_NOT_A_FUNDS + r"(?:(?:年初|调整后?|全年)?预算|(?:年末|年底)?决算)中")
_FUND_NAMES = re.compile(r"一般公共预算|政府性基金预算|国有资本经营预算")
# the subjects a 决算 sentence states in two roles, its later role named by role words, fund words and
# the spending side alone (Walker._subject_in_role): the 三公 money and 机关运行经费
_ROLE_SUBJECTS = frozenset(
    {
        "three_public_total",
        "three_public_overseas",
        "three_public_reception",
        "three_public_vehicle_total",
        "three_public_vehicle_operation",
        "three_public_vehicle_purchase",
        "operating_cost",
    }
)
# the topics of those subjects (metric_wording_words.csv)
_ROLE_TOPICS = frozenset({"three_public", "operating"})
# the projects' money under performance targets, and the words saying all of the amount before them is
# ('…，全部设定绩效目标', '全部实行绩效目标管理', '均编制了绩效目标')
_TARGETS_MONEY = "performance_target_amount"
_ALL_UNDER_TARGETS = re.compile(
    r"\s*[，,]?\s*(?P<noun>(?:的)?项目(?:支出|资金|经费|预算)?)?"
    r"(?:全部|均|全)(?:实行|实施|设定|设置|编制|编报|纳入|开展)了?(?:项目)?绩效目标"
)
# the words before such an amount that name nothing ('2026年对760.00万元项目支出全部设定绩效目标')
_TARGETS_AMOUNT_LEAD = re.compile(r"(?:对|将|把)?")
# a part of income -> the income group that holds it (the budget templates since 2024: 单位资金 holds the
# unit's own income); a sibling of its holder by metrics.csv part_of, yet inside it (as in
# models/intermediate/int_reconciliation__narrative_relations.sql held_by)
_HELD_BY = {
    part: "income_unit_funds"
    for part in (
        "income_business",
        "income_operating",
        "income_superior_subsidy",
        "income_subsidiary_remittance",
        "income_other",
    )
}
# the spending the whole-spending self-evaluation judged, its 全年预算数 its budget (metrics.csv)
_UNIT_EVALUATION_SPENDING = "performance_unit_evaluation_spending"
# the words of a fund (the 财政拨款 or a budget's) and of the spending side a role's label may hold alone
_FUND_WORD = re.compile(r"财政拨款|一般公共预算|政府性基金|国有资本经营")
_FUND_SIDE_WORDS = re.compile(r"财政拨款|一般公共预算|政府性基金|国有资本经营|预算|财政|拨款|支出|安排的?|资金")
_SENTENCE_STOP = re.compile(r"[。！？!?]")
# a change in per cent run into a money change's direction word ('下降12.50%减少')
_PERCENT_RUN_ON = m.change_pattern(r"(?:{up}|{down})了?\s*\d+(?:\.\d+)?\s*[%％](?=\s*(?:{up}|{down})了?\s*$)")
# a share in per cent opening a label and run into a comparison at once ('占80%与上年相比减少', '占8.5%比上年')
_SHARE_BEFORE_COMPARISON = m.change_pattern(
    r"^(?:占|约占|所占)[^，,；;。]{0,12}?\d+(?:\.\d+)?\s*[%％](?=\s*(?:{with}|{than}))"
)
# '…支出22.32万元，完成预算的82.67%（年初预算27.00万元）': the ratio of the figure before to its budget,
# then that budget in brackets: the bracket's words alone name the amount (the figure before's budget)
_RATIO_BEFORE_BRACKET = re.compile(
    r"^(?:完成|达到|为|占)(?:了)?(?:年初|全年|调整后?(?:全年)?)?预算(?:数)?的?\s*\d+(?:\.\d+)?\s*[%％](?=\s*[（(])"
)
_MONEY_AFTER = re.compile(r"\d(?:[\d,]*\d)?(?:\.\d+)?\s*(?:亿元|万元|元)")
_ITEM_METRICS = frozenset({"expenditure_category", "expenditure_function"})
# the figures a paragraph about one 类/款/项 may state: the items' and their changes
_ITEM_FIGURES = _ITEM_METRICS | {
    "expenditure_category_change_vs_prior_year",
    "expenditure_function_change_vs_prior_year",
}
#: the funds a 类/款/项 figure may be of (the words of fact_expenditure.fund_scope, and
#: 'government_fund', compared with no table); '' = not told
FUND_SCOPES = ("all_funds", "fiscal_appropriation", "general_public_budget", "government_fund")
#: a total's metric -> the funds the 类/款/项 figures stated after it split
_TOTAL_SCOPES = {
    "expenditure_total": "all_funds",
    "grand_total": "all_funds",
    "expenditure_fiscal_appropriation": "fiscal_appropriation",
    "fiscal_grand_total": "fiscal_appropriation",
    "expenditure_general_public_budget": "general_public_budget",
    "expenditure_government_fund": "government_fund",
}
#: an income whole -> the funds it is of ('' for all funds): a carry-over listed under a fund's
#: income is that fund's part of the carry-over
_INCOME_WHOLES = {
    "income_total": "",
    "grand_total": "",
    "income_fiscal_appropriation": "fiscal_appropriation",
    "fiscal_grand_total": "fiscal_appropriation",
}
_TOTALS_OF_ALL = frozenset({"income_total", "grand_total"})
# the words naming a fund (the last before a figure counts); a fund's income ('一般公共预算收入')
# says where money comes from, not which spending a figure is of
# (atomic groups: '一般公共预算拨款收入', '政府性基金预算当年拨款收入' are income as a whole, not
# '一般公共预算' before '拨款'; '…收入支出情况' is of both)
_FUND_WORDS = re.compile(
    r"(?P<general_public_budget>(?>一般公共预算(?:当年|本年)?(?:财政)?(?:拨款)?))(?!收入(?!支出))"
    r"|(?P<government_fund>(?>政府性基金(?:预算)?(?:当年|本年)?(?:财政)?(?:拨款)?))(?!收入(?!支出))"
    r"|(?P<fiscal_appropriation>(?<!非)财政拨款)(?!收入(?!支出))"
)
_HEADING_LEVELS = (
    (re.compile(r"^[一二三四五六七八九十]+[、.．]"), 1),
    (re.compile(r"^[（(][一二三四五六七八九十]+[)）]"), 2),
    (re.compile(r"^\d{1,2}[、.．](?!\d)"), 3),
    (re.compile(r"^[（(]\d{1,2}[)）]"), 4),
)
_MAX_HEADING = 40
# a heading about the department's sub-units ('八、所属单位预算情况', '（五）下属单位情况', '二级预算单位收支')
_SUB_UNITS_SECTION = re.compile(r"(?:所属|下属|二级|基层)(?:预算)?单位")
# a school's name, a unit's too ('某某市实验中学', '某某镇中心小学', '某某幼儿园')
_SCHOOL_NAME = re.compile(r"^[^，。；：、,;:（）()]{2,38}(?:中学|小学|大学|学院|幼儿园)$")
# the words before a change's comparison that name no subject but the figure's role ('预算数',
# '预算安排', '决算', '执行数'; its year already left out): ``Walker._role_words_change_subject``
_ROLE_WORDS_SUBJECT = re.compile(r"(?:年初|全年)?(?:预算执行|实际执行|预算|决算|执行)(?:数额|数|安排)?")
# a clause opening with 相比 / 对比 and then its direction ('相比减少163.82万元'): the comparison's end
_CLOSING_COMPARE = m.change_pattern(r"^(?:相|对)比(?:{up}|{down})")
_UNSURE_BASE = ("", "")  # (a rule's (metric, code) answer: the text does not say whose for certain)
# a title line without a number: no punctuation inside (a colon may end it: '2012年“三公”经费执行情况如下：')
_TITLE_LINE = re.compile(r"[^，,。；;！？!?：:]{2,40}[：:]?")
# a day a heading names ('截至2012年底', '2012年12月31日', '2012年末', '2012年年末'): no fiscal year of its own
_DATE_IN_HEADING = re.compile(r"(?:19|20)\d{2}年(?:度)?(?:年)?(?:末|底)|(?:19|20)\d{2}年\d{1,2}月(?:\d{1,2}日)?")
# the end of a heading of a year's section ('…支出情况', '…执行情况', '…决算', '…情况说明如下：'); a
# heading of other words ('1.2012年无因公出国（境）费支出') states something of its own
_YEAR_SECTION_END = re.compile(r"(?:情况|说明|执行数|执行|决算数|决算|预算数|预算|安排|实际支出)(?:如下)?[：:。.]?$")
# a heading on a comparison or a change ('（三）与2012年对比情况', '比2012年增减变化'): of the document's year
_COMPARISON_HEADING = re.compile(r"比|较|相比|对比|增减|变化|变动|同期")
# the end of a clause right after an amount ('合计8.40万元；', '95.10万元，较上年…'): words after it
# ('2.40万元用于公务接待') would name it
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[，,；;。：:（(]|$)")
# the topics a heading of its own may name the total of (``_total_heading_topic``), in word_order
_TOTAL_TOPICS = tuple(dict.fromkeys(topic for topic, _ in m.TOPICS))
# a numbered heading run into its paragraph after a colon ('（一）基本支出：2026年年初预算数为…'): the
# heading up to the colon (no sentence stop or comma inside)
_COLON_HEAD = re.compile(r"(?:" + _NUMBERED.pattern + r")[^，,。；;：:]{1,20}[：:]")
# words joining two names in one heading ('基本支出和项目支出')
_HEADING_JOINS = re.compile(r"[和及与、]")
# the words after a heading's subject ('收入预算情况说明', '收入总体情况')
_HEADING_TAIL = re.compile(r"(?:总体)?(?:情况)?(?:的?说明)?[。.：:]?$")


# '公务用车购置数及保有量分别为1辆和130辆': the names before 分别为, the amounts after it in turn
# (the names: back from 分别 to the last of these stops; found by rfind, since a regex that
# looks for where the names begin tries every start of a long line, e.g. 50,000 digits)
_RESPECTIVE = re.compile(r"分别(?:为|是)\s*$")
# ... and a change said of each name by its own amount ('收入、支出分别减少X和Y', '收入、支出较上年分别增加
# X、Y'): the direction (the names' comparison, if any, before 分别)
_RESPECTIVE_CHANGE = m.change_pattern(r"分别(?P<word>{up}|{down})了?\s*$")
# ... and without 分别, the two sides compared with the prior year, then an amount for each ('收入及支出较上年减少
# X和Y', '收入和支出较2017年分别…' without 分别): read only for the two sides named alone (``_SIDE_NAME``)
_SIDES_CHANGE = m.change_pattern(r"(?P<word>{up}|{down})了?\s*$")
_SIDE_NAME = re.compile(r"(?:收入|支出)(?:预算|决算)?")
# the words after the last of the sides named ('收入、支出决算总计': 决算总计), and a name ending with its side
_SHARED_AFTER_SIDE = re.compile(r"^(?:收入|支出)(?P<words>(?:预算|决算)?(?:总计|合计|总额)|预算|决算)$")
_SIDE_LAST = re.compile(r"(?:收入|支出)$")
# the two sides named as one at the end of a name ('收入支出', '收支预算'), and the words after them
_BOTH_SIDES_ONE_NAME = re.compile(r"(?:收入支出|收支)(?P<words>(?:预算|决算)?(?:总计|合计|总额)?)$")
# the comparison run in after the last name ('收入、支出较上年', '…比2018年', '…同比'): no name's
_NAMES_COMPARED = m.change_pattern(
    r"(?:(?:{than})(?:{base}|(?:19|20)\d{2}年度?)|(?:{with})(?:{base}|(?:19|20)\d{2}年度?)(?:相比|比较|对比)?|{yoy})\s*$"
)
_NAME_STOPS = "，。；,;：:"
_NAME_SEPARATOR = re.compile(r"、|及|和|与")
_AMOUNT_SEPARATOR = re.compile(r"^\s*(?:、|及|和|与|,|，)\s*$")


def _sides_each_changed(
    text: str, inside: list[Amount], index: int, named: str, compared: re.Match[str] | None
) -> bool:
    """True when a change printed without 分别 right after ``named`` (the words before its comparison)
    is one for each side: ``named`` is the two sides alone ('收入及支出', '收入和支出预算'; ``_SIDE_NAME``
    joined by ``_NAME_SEPARATOR``), a comparison is printed (``compared``: '较上年', '较2017年') and two
    amounts of ``inside`` (the sentence's, the change's at ``index``) follow joined by 、 / 和 / 及 / a
    comma, no third after them ('收入及支出较上年减少30万元和25万元': 30 the income's, 25 the spending's).
    One amount said of both ('收入及支出较上年减少30万元') or any other name: False (read as before)."""
    names = [compact(name) for name in _NAME_SEPARATOR.split(named) if name.strip()]
    if compared is None or len(names) != 2 or not all(_SIDE_NAME.fullmatch(name) for name in names):
        return False
    if {name[:2] for name in names} != {"收入", "支出"} or index + 1 >= len(inside):
        return False
    first, second = inside[index], inside[index + 1]
    if not _AMOUNT_SEPARATOR.match(text[first.end : second.start]):
        return False
    return index + 2 >= len(inside) or not _AMOUNT_SEPARATOR.match(text[second.end : inside[index + 2].start])


def _respective_labels(text: str, sentence: Sentence, found: list[Amount]) -> dict[int, str]:
    """The label of each amount of a '…分别为…' statement ('A及B分别为X和Y': X is A's, Y is B's; '收入、支出
    较上年分别减少X和Y': '收入较上年减少' for X, '支出较上年减少' for Y, '比上年' when no comparison is printed),
    keyed by the amount's offset in ``text`` ({} when the sentence has none); when the names and
    the amounts (joined by nothing but 、 / 及 / 和 / 与 / a comma) do not pair one to one, the
    first amount's label is '' (not read: whose amount it is is not certain)."""
    out: dict[int, str] = {}
    inside = [a for a in found if sentence.start <= a.start < sentence.start + len(sentence.text)]
    for index, amount in enumerate(inside):
        begin = inside[index - 1].end if index else sentence.start
        before = text[begin : amount.start]
        head = _RESPECTIVE.search(before) or _RESPECTIVE_CHANGE.search(before) or _SIDES_CHANGE.search(before)
        if head is None:
            continue
        named = before[max(before.rfind(stop) for stop in _NAME_STOPS) + 1 : head.start()]
        change = ""
        if head.re is not _RESPECTIVE:
            # ('收入、支出分别减少X和Y': each name's change, in order: '收入比上年减少' X, '支出比上年减少' Y)
            compared = _NAMES_COMPARED.search(named)
            change = (compared.group(0) if compared else "比上年") + head.group("word")
            named = named[: compared.start()] if compared else named
            if head.re is _SIDES_CHANGE and not _sides_each_changed(text, inside, index, named, compared):
                continue
        if not named:
            continue
        names = [name for name in _NAME_SEPARATOR.split(named) if name.strip()]
        if change and len(names) == 1 and (joint := _BOTH_SIDES_ONE_NAME.search(compact(names[0]))):
            # ('收入支出分别减少X和Y', '收支预算分别增加X、Y': the two sides named as one, in this order)
            opening, words = compact(names[0])[: joint.start()], joint.group("words")
            names = [opening + "收入" + words, "支出" + words]
        if change and len(names) > 1 and (shared := _SHARED_AFTER_SIDE.match(compact(names[-1]))):
            # ('收入、支出决算总计分别减少X和Y': the words after the last side are every side's)
            names = [
                name + shared.group("words") if _SIDE_LAST.search(compact(name)) else name for name in names[:-1]
            ] + names[-1:]
        if change and all("总计" in name for name in names):
            # ('收入总计和支出总计比上年分别减少X、Y': the two 总计 balance, two changes contradict it)
            out[amount.start] = ""
            continue
        names = [name + change for name in names]
        run = [amount]
        for after in inside[index + 1 :]:
            if len(run) == len(names) or not _AMOUNT_SEPARATOR.match(text[run[-1].end : after.start]):
                break
            run.append(after)
        if change and len(run) == 1:
            continue  # ('收入、支出分别减少X': one amount said of each side, Walker._each_side_bases)
        if len(names) < 2 or len(run) != len(names):
            out[amount.start] = ""  # (several names, amounts that do not pair: whose amount is not certain)
            continue
        for name, paired in zip(names, run, strict=True):
            out[paired.start] = name
    return out


# a final account's opening budget of the projects it counts ('年初批复预算N个项目', '年初批复N个项目预算',
# '2023年年初下达的预算共8个项目'; without whitespace): all the projects of the year, the project spending
_PROJECTS_BUDGET = re.compile(
    r"^(?:本年度?|当年|(?:19|20)\d{2}年度?)?年初(?:批复|下达|批准|安排)?的?(?:预算)?(?:安排)?(?:共|了)?"
    r"(?:\d+|[一二三四五六七八九十两]+)个项目的?(?:预算)?(?:资金|金额)?(?:为|是|共计|合计|共)?$"
)
# ... and their budget after the year's adjustment, named by 项目 alone ('调整预算后项目预算',
# '调整后的项目预算数为', '项目调整预算'): the projects of the figure before it
_PROJECTS_ADJUSTED = re.compile(r"^(?:调整(?:预算)?后的?项目|项目调整(?:后的?)?)(?:全年)?预算数?(?:为|是)?$")


def _projects_role(name: str, anchor: Figure | None, state: dict[str, str]) -> str:
    """The value role of a final account's label (``name``, without whitespace) that names the
    project spending by the projects it counts or by 项目 alone: 'budget' for the opening budget of
    the projects counted (``_PROJECTS_BUDGET``: '年初批复预算N个项目'), 'adjusted_budget' for the
    budget after the adjustment named by 项目 alone (``_PROJECTS_ADJUSTED``: '调整预算后项目预算') right
    after a project spending figure (``anchor``); '' for any other label, and in a paragraph about
    a performance evaluation (state 'evaluation': the projects evaluated, not all of the year's)."""
    if state.get("evaluation"):
        return ""
    if _PROJECTS_BUDGET.match(name):
        return "budget"
    if _PROJECTS_ADJUSTED.match(name) and anchor is not None and anchor.metric == "project_expenditure":
        return "adjusted_budget"
    return ""


@lru_cache(maxsize=4096)
def _total_heading_topic(bare: str) -> str:
    """The topic of a numbered heading of its own (``bare``: without whitespace) that names the
    total of one topic (metrics.TOPICS) and nothing else: the topic whose filler words alone name the
    metric the heading's name does (``topic_total``): the income or the spending as a whole
    ('（一）收入预算', '2.支出预算情况', '二、收入总体情况说明'), the “三公” funds ('四、“三公”经费',
    '（三）“三公”经费预算：'), the 机关运行经费 ('五、机关运行经费情况'), the 政府采购 ('六、政府采购');
    '' for any other paragraph, a heading naming a part ('（一）因公出国（境）费': ``_part_metric``) or
    two names joined ('“三公”经费和机关运行经费': ``_HEADING_JOINS``; a part's own 及, '公务用车购置及
    运行费', names a part, never a topic's total)."""
    if len(bare) > _MAX_HEADING or not _NUMBERED.match(bare):
        return ""
    name = _HEADING_TAIL.sub("", m.core(_NUMBERED.sub("", bare, count=1)))
    metric = classify_money(name, "", {})[0] if name and not _HEADING_JOINS.search(name) else ""
    return next((topic for topic in _TOTAL_TOPICS if topic_total(topic) == metric), "") if metric else ""


def _explained_as_spending(name: str, sentence: str) -> bool:
    """Whether a sentence (``sentence``) saying a fund's budget (``name``: '政府性基金预算', named
    alone) is none explains it, after a colon, as that fund's spending alone ('（无政府性基金预算：
    本单位无政府性基金预算安排的支出）'): the fund's '…安排的支出' after the colon, no 收入 word."""
    said = compact(sentence)
    colon = re.search("[：:]", said)
    fund = _FUND_ARRANGED_NAME.match(m.core(name))
    if colon is None or fund is None or "收入" in said:
        return False
    return re.search(fund.group("fund") + _ARRANGED_SPENDING, said[colon.end() :]) is not None


# the name of a flattened table's total row ('合计', '总  计', '小计')
_TOTAL_ROW = re.compile(r"^(?:合计|总计|小计|共计|总额|本年合计)$")
# cells of a name apart ('商业流通事务　行政运行'): two runs of characters with spaces between
_NAME_CELLS = re.compile(r"\S[ \t\u3000]+\S")


def _row_not_read(name: str) -> str:
    """Why the numbers of a flattened table's row named ``name`` (the text before its number) are not
    read, '' when they are: its total row ('合计': the table's, whose whole is not named) and a row
    naming its item by several cells (levels printed without marks or code)."""
    cells = name.strip().removeprefix("其中：").removeprefix("其中:").strip()
    if _TOTAL_ROW.match(compact(cells)):
        return "a flattened table's total row: whose total it is is not named"
    if _NAME_CELLS.search(cells):
        return "a flattened table's row naming its item by several cells: which item it is is not certain"
    return ""


# a number of a flattened table's row ('1,780.48')
_ROW_NUMBER = re.compile(r"(?<![\d.])[-－]?\d[\d,]*(?:\.\d+)?(?![\d.])")
# a sentence opening with a list number and a name of its own before a comma ('（四）殡葬，年初预算X'): an
# item of a list under the heading, named without its code, never the heading's fund's spending itself
_LISTED_NAME_OPENING = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])(?P<name>[^，,：:；;。\d]{2,24})[，,：:]"
)


def _names_an_item(text: str) -> bool:
    """Whether ``text`` (compact) names a 类/款/项 item: a level mark ('（项）') or a function code
    printed with a name ('1.2130101 农林水支出…', '（2080505）')."""
    return m.has_level_mark(text) or m.prints_function_code(text)


def _heading_side(bare: str) -> str:
    """The side a short paragraph of no amounts (``bare``: without whitespace; a heading, numbered
    or not) names alone: 'expenditure' when it holds 支出 and not 收入 ('（五）政府性基金预算支出情况',
    '一般公共预算支出情况'), 'income' the other way ('（一）收入预算情况'), '' for both ('收支预算总体
    情况') or neither."""
    spending, income = "支出" in bare, "收入" in bare
    return "expenditure" if spending and not income else "income" if income and not spending else ""


def _part_heading_topic(bare: str) -> str:
    """The topic of a numbered heading of its own (``bare``: without whitespace) naming the 三公
    vehicles' costs or one of their parts (``_part_metric``: '一、公务用车购置及运行维护费', '（三）公务用车
    购置及运行费', '2.公务用车运行维护费'): 'three_public', so that the short names of the vehicles'
    parts in the paragraph after it ('安排运行维护费X万元', '购置费0') are read as in a 三公 sentence
    (metric_wording.csv, rules 'topic:three_public & is:…'); its amount named by nothing stays the
    part's (``Walker._part``), never the 三公 total. '' for any other paragraph: another part's
    heading ('二、公务接待费') names no vehicles' parts."""
    if len(bare) > _MAX_HEADING or not _NUMBERED.match(bare):
        return ""
    return "three_public" if _part_metric(bare) in _VEHICLE_COSTS else ""


def _heading_level(bare: str) -> int:
    """1 for '一、', 2 for '（一）', 3 for '1.', 4 for '（1）' opening ``bare``; 0 for none."""
    for pattern, level in _HEADING_LEVELS:
        if pattern.match(bare):
            return level
    return 0


def _specific_funds(scope: str) -> str:
    """A figure's told funds (FUND_SCOPES) when they are one fund, '' for all funds or none told."""
    return "" if scope == "all_funds" else scope


_PARTS_OPENING = re.compile(r"^其中[：:，,]?")


# an income named as what pays for spending: used (使用 / 用 / 由 / 以) to arrange or pay it ('基本支出中使用
# 事业收入安排', '由单位资金列支')
_PAID_WITH = re.compile(
    r"(?:使用|动用|用|由|以)[^，,。；;：:]{0,12}?(?:收入|拨款|资金|结转|结余)(?:安排|支付|列支|开支|解决)(?:的?支出)?$"
)
# the year's income of one fund, and the carry-overs a list of such funds may be the parts of
_FUND_INCOME = frozenset({"income_general_public_budget", "income_government_fund", "income_state_capital"})
_CARRYOVERS = frozenset(
    {
        "income_carryover",
        "income_fiscal_appropriation_carryover",
        "expenditure_carryover",
        "expenditure_fiscal_appropriation_carryover",
    }
)


# a clause opening the spending side after the income side's list ('收入包括：一般公共预算当年拨款X、
# 上年结转一般公共预算拨款Y；支出包括：…'): the funds named among the income's sources before it are
# those sources, never the funds of the spending listed after it
_SPENDING_SIDE_OPENS = re.compile(r"[；;](?:[^，,；;：:。]{0,12}?)支出(?:包括|主要包括|主要用于|方面|安排|情况)?[：:]")


def _after_other_side(bare: str) -> str:
    """``bare`` (compact words of a sentence before a figure) from the last clause opening the
    spending side when the words before it are the income side's listing two funds or more
    ('收入包括：一般公共预算当年拨款X、政府性基金预算当年拨款Y…；支出包括：'), else ``bare`` (an income
    of one fund, '收入全部为一般公共预算拨款，无政府性基金预算拨款；支出包括：', tells the spending's)."""
    last = None
    for last in _SPENDING_SIDE_OPENS.finditer(bare):  # noqa: B007 - the last one counts
        pass
    if last is None or "收入" not in (income := bare[: last.start()]):
        return bare
    named = {
        found.lastgroup
        for found in _FUND_WORDS.finditer(income)
        if not _NONE_BEFORE_FUND.search(income, 0, found.start())
    }
    return bare[last.start() :] if len(named) > 1 else bare


def _named_scope(bare: str) -> str:
    """The funds the last fund word of ``bare`` names (FUND_SCOPES), '' when none; a fund said to be
    none ('无政府性基金预算拨款', '不含政府性基金') names no funds of what follows."""
    if "一般公共预算" not in bare and "政府性基金" not in bare and "财政拨款" not in bare:
        return ""  # (each fund word of _FUND_WORDS holds one of them: the cheap test first)
    last = None
    for found in _FUND_WORDS.finditer(bare):
        if not _NONE_BEFORE_FUND.search(bare, 0, found.start()):
            last = found
    return last.lastgroup or "" if last else ""


# the words saying a fund named right after them is none ('收入全部为一般公共预算拨款，无政府性基金预算拨款；
# 支出包括：…': the spending listed after it is no 政府性基金's)
_NONE_BEFORE_FUND = re.compile(r"(?:无|没有|未安排|不含|不包括|不涉及|暂无)$")


# the edges of an item path label: the list numbers before it, and after it 科目 ('…（项）"科目43.83万元')
# or the words that lead to its amount
_ITEM_LABEL_EDGES = re.compile(
    r"^(?:\d{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）])*|(?:科目)?[:：为是]*$"
)
# quotes around an item path, the full-width straight one ('＂') included
_QUOTES = "“”\"‘’'「」『』＂＇"
_ITEM_QUOTES = re.compile(f"[{_QUOTES}]")
# a 类 named alone, no 款 or 项 after it ('2.“一般公共服务支出（类）。', '一般公共服务支出（类）：')
# the topics of a subject of its own (metric_wording_words.csv, kind topic): a heading naming one
# ('“三公”经费财政拨款支出决算情况说明', '机关运行经费支出情况') is about no 类/款/项 item
# (a heading of no number holds none of a sentence's punctuation: '主要用于公务用车运行维护。' is text)
_HEADING_PUNCTUATION = re.compile(r"[。；;，,：:！!？?]")
_OWN_SUBJECT_TOPICS = frozenset({"three_public", "procurement", "operating", "vehicles", "performance"})
_CATEGORY_ONLY = re.compile(r"(?P<lei>[^（）()。，；、：\d]+?)[（(]类[)）](?![^（）()。，；：]*[（(][款项][)）])")
# ... by its 类 and 款 alone ('9.社会保障和就业支出（类）行政事业单位养老支出（款）。年初预算为X')
_KUAN_ONLY = re.compile(
    r"(?P<lei>[^（）()。，；、：\d]+?)[（(]类[)）](?P<kuan>[^（）()。，；、：\d]+?)[（(]款[)）](?![^（）()。，；：]*[（(]项[)）])"
)
# what stands before a level name of an item path found inside running text ends at the numbering's
# point or an opening quote ('2.“一般公共服务支出', '…情况说明“一般公共服务支出')
# (a '、' after the numbering's digits only: one between words is a name's own, '环境保护法规、规划及标准')
_BEFORE_LEVEL_NAME = re.compile(r"[.．“”\"'「」『』＂＇·•●▪◆■]|(?<=[一二三四五六七八九十\d])、|^、")
# a quote or a dash joining a level to the level before it, left at a level name's edges ('-人大事务')
_LEVEL_NAME_EDGES = re.compile(rf"^[{_QUOTES}:：\-－—–]+|[{_QUOTES}\-－—–]+$")
# the dashes joining the levels of an item path ('一般公共服务支出(类）-统计信息事务（款）-统计管理（项）')
_ITEM_LEVEL_JOIN = re.compile(r"(?<=[)）])[-－—–]+")
# a budget's words for the year's figure after an item path ('”2026年度预算50万元')
# a final account's role words after an item path ('…（项）年初预算', '…（项）支出决算为'): the figure's role
# a list's item named without code or level mark before a colon and its role words alone
# ('农村社会事业：年初预算', '农村社会事业：年初预算0万元，支出决算' up to the first amount)
_NAME_BEFORE_ROLES = re.compile(
    r"(?P<name>[^（）()。，,；;：:、\d“”\"]{2,20})[：:](?:年初预算|调整(?:后)?预算|全年预算|支出决算|决算)数?为?"
)
_ITEM_ROLE_WORDS = re.compile(r"(?<=[)）”\"])(?:年初预算|调整预算|全年预算|支出决算|决算|预算|支出)数?为?$")
_ITEM_BUDGET_WORDS = re.compile(
    r"(?:(?<!\d)(?P<year>\d{4})(?:年度?)?)?(?:预算(?:支出)?(?:数|安排)?|(?<=[)）”\"])支出(?:预算(?:数|安排)?)?)为?$"
)
# a list number printed without its mark before the quoted path ('18“社会保障和就业支出（类）…')
_BARE_LIST_NUMBER = re.compile(r"^(\d{1,2})(?=[“\"‘'「『＂＇])")


# a clause of its own naming one project in a sentence that states its performance targets: '（一）12345热线
# 工作经费', '2.政府信息公开项目' (numbered, a name ending in 经费/项目/专项/资金); never a group
# of projects ('重点项目', '项目支出', '部门项目')
_PROJECT_CLAUSE = re.compile(r"^" + _TITLE_NUMBER + r"(?P<name>[^，,；;：:、。（()）]{2,40}?(?:经费|项目|专项|资金))$")
_PROJECT_GROUP = re.compile(
    r"^(?:重点|部门|单位|全部|所有|其他|其它|一级|二级|本级|下属)*(?:项目|专项|经费|资金|项目经费|项目资金)$"
)


def _project_name(bare: str) -> str:
    """A clause without amounts (compacted) -> the one project it names, or '' (see _PROJECT_CLAUSE)."""
    found = _PROJECT_CLAUSE.match(bare)
    if not found or _PROJECT_GROUP.match(found.group("name")) or "绩效" in found.group("name"):
        return ""
    return found.group("name")


# a clause that counts assets disposed of in units no figure is read in ('处置房屋建筑物0平方米',
# '报废报损资产1项'): what the 账面原值 after it is the book value of
_DISPOSAL_CLAUSE = re.compile(
    r"^(?:(?:\d{4}年度?|本年度?|当年|全年|年内)(?:共|累计)?)?(?P<verb>处置|报废报损|报废|报损)(?P<what>\D{1,12}?)\d+(?:\.\d+)?(?:平方米|项|批|台（套）|台|套|件|处)$"
)


def _disposal_of(bare: str) -> str:
    """A clause without amounts (compacted) -> the kind of assets it counts as disposed of
    ('buildings', 'written_off'; the state metric_wording.csv rules read as ``disposed``), else ''."""
    found = _DISPOSAL_CLAUSE.match(bare)
    if not found:
        return ""
    if found.group("verb") != "处置":
        return "written_off"
    return "buildings" if re.search(r"房屋|建筑物|土地", found.group("what")) else ""


# the money units a paired statement's amounts are printed in: 亿元, 万元, 元, or 万 without 元 where
# the amount reads it as 万元 (text.BARE_WAN: '收、支总计均为X万，')
_PAIR_UNIT = r"亿元|万元|元|" + BARE_WAN
# a number of a paired or joint statement, its thousands grouped by commas (checked by ``_THOUSANDS``),
# a space beside a comma as PDF copies print it ('4, 795.33万元')
_PAIR_NUMBER = r"\d(?:[\d,]|\s(?=,)|(?<=,)\s(?=\d))*(?:\.\d+)?"
# a paired statement: '收、支总计各是500.50，520.20万元', '与2023年相比，收、支总计各减少12.30，
# 40.10万元', '收入总计、支出总计分别为500.50、520.20万元' (the first amount may go without its unit;
# the first side may repeat the noun); a comparison before it gives the base
_PAIRED = m.change_pattern(
    r"(?:(?:{with})\s*(?P<base>[^，,。；;、]{1,12}?)\s*相比\s*[，,]?\s*)?"
    r"(?P<a>收入|收)\s*(?P<noun_a>总计|合计|总额)?\s*[、和与及]?\s*(?P<b>支出|支)\s*(?P<noun>总计|合计|总额)"
    r"\s*(?:各|分别)\s*(?:自\s*)?"
    r"(?P<verb>是|为|{up}|{down})\s*(?P<x>\d+(?:\.\d+)?)\s*(?P<ux>" + _PAIR_UNIT + r")?\s*(?P<sep>[，,、]|和)\s*"
    r"(?P<y>\d+(?:\.\d+)?)\s*(?P<uy>" + _PAIR_UNIT + ")"
)
_PAIR_WORDS = {"收": "收入", "收入": "收入", "支": "支出", "支出": "支出"}
# a joint subject compared with a prior year, with no noun: '收、支与2023年度相比，减少386.42万元'
# (one change for both sides: the balanced total of the 收支总表 changed by it, 收入支出总计)
# (or after the comparison: '与2023年度相比，收支减少419.79万元'); with its noun ('收支总计较上年减少Y万元',
# '2025年收、支总计比上年增加X'): the 收入支出总计 named, whatever came before it
_JOINT_CHANGE = m.change_pattern(
    r"(?:(?<![\u4e00-\u9fff])|(?<=\d年)|(?<=\d年度))(?:收入|收)\s*(?:总计\s*)?[、和与及]?\s*(?:支出|支)\s*(?P<noun>总计)?"
    r"(?=\s*(?:{with}|{than})\s*(?:{base}|\d{4}\s*年))"
    r"|(?<=相比[，,])(?:收入|收)[、和与及]?(?:支出|支)(?=(?:{up}|{down})\s*\d)"
)
# the words that name the balanced total of the 收支总表 before a joint change of no noun: 总计, or a
# budget's 收支总预算 / 收支预算总额 (a fund's, '一般公共预算收支总预算', names the fund's: ``_FUND_BEFORE``)
_GRAND_TOTAL_WORDS = re.compile(r"总计|(?:收支|收入支出)(?:总预算|预算总额|预算总数)")
_EACH = re.compile(r"各|分别")
# the two 总计 of the 收支总表 named as one after both were stated ('收、支总计各增加Y', '收支总计', '收入
# 支出总计', '收入、支出总计'): ``Walker._totals_named_as_one``
_ONE_GRAND_TOTAL = re.compile(r"(?:收[、和与及]?支|收入[、和与及]?支出)总计")
# ... opening a sentence, after its comparison with the prior year at most ('与2024年相比，收、支总计各增加Y')
_NEXT_SENTENCE_ONE_GRAND_TOTAL = re.compile(
    r"^(?:(?:与|和|同|较|比)[^，,。；;]{0,12}?(?:相比|比较|对比)?[，,]?)?" + _ONE_GRAND_TOTAL.pattern
)
_SENTENCE_END = re.compile(r"[。！!？?]")
# the two sides named as one subject of a change ('收支预算', '收入支出决算', '收入和支出'; no 总计)
_JOINT_SIDES = re.compile(
    r"(?:收支|收入支出|收入[、和与及]支出|收[、和与及]支|收入(?P<role>预算|决算)[、和与及]支出(?P=role))(?:预算|决算)?(?:数|总额|总数)?"
)
# 均 / 各 / 都 / 分别 closing the subject of a change ('收支预算均' of '收支预算均比上年减少')
_EACH_AFTER_SUBJECT = re.compile(r"(?:均|各|都|分别)$")
# the income side of a joint subject split from its spending side at the clause's 、 ('收、' before
# '支预算各比上年减少')
_SIDE_BEFORE_LABEL = re.compile(r"收入?[、和与及]$")
# a second amount right after a change's ('各增加X、Y万元', '各增加X万元和Y万元'): one for each side
_ANOTHER_AMOUNT = re.compile(r"\s*(?:[、，,]|和|及)\s*\d")
# the words that say each of the figures named before changed by one same amount ('各增加', '均减少')
_EACH_SAME = frozenset({"各", "均", "都"})
# where the change of a joint subject ends: its amount's unit, or the sentence
_CHANGE_END = re.compile(r"元|[。！？!?]")
# an amount whose commas group thousands ('9,685.55万元'): one amount when no 各 makes it two
_THOUSANDS = re.compile(r"\d{1,3}(?:\s?,\s?\d{3})+(?:\.\d+)?\s*(?:" + _PAIR_UNIT + ")")
# ... and its one-amount form: '收、支总计各500.50万元' (income and expenditure totals are equal: the
# 收入支出总计; '收、支预算总计X', '收、支总计：X' alike), '与2024年相比，收、支总计各减少12.30万元' (a comparison
# before it gives the base of its change: '与上年相比，', and '较上年比较' / '与上年比较' / '比较上年' / '对比上年' /
# '相较上年' / '较上年' alike; '各减少了' as '各减少'; a second amount after it is no year: '…X万元，2024年…'),
# '收入总计、支出总计均为500.50万元'; a budget's '收、支总预算均为X' (a 决算's '收、支总决算X') /
# '收、支预算总额均为X' alike (as '收支总预算X' is), and '收支预算总数X' / '收支决算总计X' (the role word before the
# noun; a 决算's 总数 may be the year's own income and spending, 本年收入合计: not written out)
# a year whose 年 was left out, run into the prior year's amount it names ('2019650.00万元' for '2019年
# 650.00万元'), in the base of a comparison: the year, then an amount and its unit to the end
_YEAR_RUN_IN = re.compile(r"^(?P<year>(?:19|20)\d{2})(?=\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)$)")
_PAIRED_ONE = m.change_pattern(
    r"(?:(?:(?:{with})\s*(?P<base>[^，,。；;、]{1,20}?)\s*相比|(?:{with}|{than})\s*(?P<base_said>[^，,。；;、]{1,20}?)\s*比较"
    r"|(?:比较|对比|相较于?|{than})\s*(?P<base_after>(?:{base}|\d{4}\s*年度?)))\s*[，,]?\s*)?(?P<fiscal>财政拨款\s*)?"
    r"(?:收入|收)\s*(?:总计\s*)?[、和与及]?\s*(?:支出|支)\s*(?:总计\s*(?:(?:预算|决算)\s*(?:金额|数)?\s*)?|总(?:预算|决算)\s*"
    r"|预算\s*(?:总额|总数|总计)\s*|决算\s*总计\s*)[：:]?\s*"
    r"(?P<each>各|均|都)?\s*(?:自\s*)?"
    r"(?P<verb>是|为|{up}|{down})?\s*了?\s*(?P<x>" + _PAIR_NUMBER + r"\s*(?:" + _PAIR_UNIT + r"))"
    r"(?!\s*(?:[，,、]|和)\s*(?!(?:19|20)\d{2}\s*年)\d)"
)
# ... a change of the two 总计 by one amount grouped in thousands ('收、支总计各增加1,234,567.89万元'):
# the income and spending 总计 balance by definition, so their changes are one amount (never 1 and
# 234,567.89)
_BALANCED_CHANGE = m.change_pattern(
    r"总计\s*各\s*(?:{up}|{down})\s*\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*(?:" + _PAIR_UNIT + ")$"
)

# the joint income and spending of one fund, one amount for both ('一般公共预算收支预算217.4万元',
# '一般财政拨款收入支出预算1,779.74万元' (一般财政拨款: the older name of the 一般公共预算 money),
# '政府性基金收支预算0万元'); never the document's 收支总计
_JOINT_FUND = r"一般公共预算(?:财政)?(?:拨款)?|一般财政拨款|政府性基金(?:预算)?(?:财政)?(?:拨款)?"
_FUND_JOINT = re.compile(
    rf"(?P<fund>{_JOINT_FUND})\s*"
    r"(?:收支|收入支出|收入和支出|收入及支出)\s*(?P<rest>总?预算(?:数|总额)?)\s*(?P<verb>为|是)?\s*"
    r"(?P<x>\d[\d,]*(?:\.\d+)?\s*(?:" + _PAIR_UNIT + "))"
)
# a fund's name right before a joint 收支 ('…一般公共预算拨款' + '收支总预算X')
_FUND_BEFORE = re.compile(rf"(?:{_JOINT_FUND})\s*$")
# the two sides named apart, then one amount said of both with 均 / 都 ('收入、支出均为X万元', '收入和支出
# 预算均为X', '财政拨款收入、支出决算均为X'; no 总计: those are ``_PAIRED_ONE``'s): the two sides
# each at X. After the document's own words only (opening, a year, '部门预算' / '单位预算', the unit's
# 部门 / 单位); a fund's sides ('一般公共预算收入、支出均为X') are not written out (``_FUND_BEFORE``)
_SIDES_ALIKE = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=年)|(?<=年度)|(?<=部门预算|单位预算|部门决算|单位决算)|(?<=部门|单位))"
    r"(?P<fiscal>财政拨款\s*)?收入\s*(?P<role_a>预算|决算)?\s*[、和与及]\s*支出\s*(?P<role>预算|决算)?\s*"
    r"(?:均|都)\s*(?:为|是)\s*(?P<x>" + _PAIR_NUMBER + r"\s*(?:" + _PAIR_UNIT + r"))(?!\s*(?:[，,、]|和)\s*\d)"
)


def unpaired(paragraph: Paragraph, final_accounts: bool = False) -> tuple[Paragraph, list[tuple[str, str]]]:
    """A paragraph whose paired statements are written out as the statements they make, and the
    (written, printed) texts swapped: '收、支总计各是X，Y万元' / '收入总计、支出总计分别为X、Y万元' (X of
    the first, Y of the second) as '收入总计是X万元，支出总计是Y万元' (two different 总计: the
    income side is the grand total, ``Walker._spending_side_apart``); '收、支总计各X万元', '收、支总计X
    万元', '收入、支出总计均为X万元', '收入总计、支出总计均为X万元' (one amount for both) as the
    收入支出总计 it is. A statement is left as printed when it can be read two ways: an amount with a comma
    that may be a thousands separator ('各是1,234万元': one amount, or 1 and 234?), two different
    units, or a change (减少 / 增加) with no comparison before it to say from what. The two sides
    named apart with one amount said of both ('收入、支出均为X万元', '收入、支出预算均为X'; ``_SIDES_ALIKE``)
    are written out as the two statements in a budget ('收入为X万元，支出为X万元': income_total and
    expenditure_total, as when printed so; '财政拨款收入、支出预算均为X' the 财政拨款 sides); in a final
    account (``final_accounts``), where only the 总计 of both sides balance, as their 收入支出总计
    ('财政拨款收入、支出决算均为X': the fiscal appropriation's)."""
    swaps: list[tuple[str, str]] = []
    if (
        "各" not in paragraph.text
        and "分别" not in paragraph.text
        and "总计" not in paragraph.text
        and not _JOINT_CHANGE.search(paragraph.text)
        and not _PAIRED_ONE.search(paragraph.text)
        and not _FUND_JOINT.search(paragraph.text)
        and not _SIDES_ALIKE.search(paragraph.text)
    ):
        # every paired statement holds 各 or 分别; a joint one ('收、支总计X万元') 总计 (or a budget's 总预算)
        return paragraph, swaps
    text, lines = paragraph.text, list(paragraph.lines)
    for match in reversed(list(_JOINT_CHANGE.finditer(text))):
        stop = _CHANGE_END.search(text, match.end())
        if (each := _EACH.search(text[match.end() : stop.end() if stop else len(text)])) and (
            each.group() != "各"
            or not match.group("noun")
            or _ANOTHER_AMOUNT.match(text, stop.end() if stop else len(text))
        ):
            # ('收支较上年分别增加X、Y万元': two changes, each its own; '收入总计和支出总计比上年各增加Y万元':
            # the two balanced 总计 each by one amount, the 收入支出总计's change)
            continue
        if not match.group("noun") and not any(
            not _FUND_BEFORE.search(text, 0, named.start())
            for named in _GRAND_TOTAL_WORDS.finditer(text, 0, match.start())
        ):
            continue  # (after 本年收入合计 and 本年支出合计 a joint change says not whose)
        written = "收入支出总计"
        swaps.append((written, match.group()))
        line = paragraph.line_at(match.start())
        text = text[: match.start()] + written + text[match.end() :]
        lines[match.start() : match.end()] = [line] * len(written)
    for match in reversed(list(_PAIRED.finditer(text))):
        x, y, unit = match.group("x"), match.group("y"), match.group("uy")
        if match.group("ux") and match.group("ux") != unit:
            continue
        if match.group("noun_a") and match.group("noun_a") != match.group("noun"):
            continue  # ('收入合计、支出总计分别为…': two different rows, not one paired noun)
        if not match.group("ux") and "." not in x and len(x) <= 3 and len(y.split(".")[0]) == 3:
            continue
        verb, base = match.group("verb"), match.group("base")
        if verb not in ("是", "为"):
            if not base:
                continue
            verb = f"比{compact(base)}{verb}"
        sep = "，" if match.group("sep") in ("、", "和") else match.group("sep")
        noun = match.group("noun")
        a, b = _PAIR_WORDS[match.group("a")], _PAIR_WORDS[match.group("b")]
        written = f"{a}{noun}{verb}{x}{unit}{sep}{b}{noun}{verb}{y}{unit}"
        swaps.append((written, match.group()))
        line = paragraph.line_at(match.start())
        text = text[: match.start()] + written + text[match.end() :]
        lines[match.start() : match.end()] = [line] * len(written)
    for match in reversed(list(_PAIRED_ONE.finditer(text))):
        if _FUND_BEFORE.search(text, 0, match.start()):
            continue  # ('一般公共预算拨款收支总预算X': the fund's, never the document's 收支总计)
        if (
            "," in match.group("x")
            and (
                not _THOUSANDS.fullmatch(match.group("x"))
                or (match.group("each") == "各" and "." not in match.group("x"))
            )
            and not _BALANCED_CHANGE.search(match.group())
        ):
            # '各是1,234万元': one amount, or two ('1' and '234')? ('各为2,174.06万元' with its fen is
            # one: the pair's reading, '2' and '174.06', is refused by ``_PAIRED`` for that shape)
            continue
        verb = match.group("verb") or ""
        # ('较上年比较收、支总计增加X', '比较上年收、支总计增加X': a comparison as '与上年相比')
        base = match.group("base") or match.group("base_said") or match.group("base_after")
        if base:
            # ('与2019650.00万元相比' for '与2019年650.00万元相比': a year run into the prior year's amount)
            base = _YEAR_RUN_IN.sub(r"\g<year>年", base)
        if verb not in ("", "是", "为") and base:
            verb = f"比{compact(base)}{verb}"
        # ('上年收、支总计X万元，收、支总计各减少Y万元': a change printed with no comparison is written out with
        # none, '收入支出总计减少Y': the walker reads it only where the sentence gives its base)
        # ('与2020年相比，财政拨款收、支总计各增加X': the fiscal appropriation's 收支总计 and its change)
        written = f"{compact(match.group('fiscal') or '')}收入支出总计{verb}{match.group('x')}"
        swaps.append((written, match.group()))
        line = lines[min(match.start(), len(lines) - 1)] if lines else 0
        text = text[: match.start()] + written + text[match.end() :]
        lines[match.start() : match.end()] = [line] * len(written)
    for match in reversed(list(_SIDES_ALIKE.finditer(text))):
        if _FUND_BEFORE.search(text, 0, match.start()):
            continue  # ('一般公共预算收入、支出均为X': the fund's sides)
        if "," in match.group("x") and not _THOUSANDS.fullmatch(match.group("x")):
            continue  # ('均为1,23万元': no amount grouped in thousands)
        fiscal, x = compact(match.group("fiscal") or ""), compact(match.group("x"))
        if final_accounts:
            written = f"{fiscal}收入支出总计为{x}"
        else:
            role = match.group("role") or match.group("role_a") or ""
            written = f"{fiscal}收入{role}为{x}，{fiscal}支出{role}为{x}"
        swaps.append((written, match.group()))
        line = paragraph.line_at(match.start())
        text = text[: match.start()] + written + text[match.end() :]
        lines[match.start() : match.end()] = [line] * len(written)
    for match in reversed(list(_FUND_JOINT.finditer(text))):
        # '一般公共预算收支预算217.4万元': one amount for the fund's income and its spending, as
        # '一般公共预算收入预算X，一般公共预算支出预算X' (a change after it is the spending's, named last)
        fund = "一般公共预算拨款" if match.group("fund") == "一般财政拨款" else compact(match.group("fund"))
        rest = compact(match.group("rest")) + (match.group("verb") or "")
        written = f"{fund}收入{rest}{match.group('x')}，{fund}支出{rest}{match.group('x')}"
        swaps.append((written, match.group()))
        line = paragraph.line_at(match.start())
        text = text[: match.start()] + written + text[match.end() :]
        lines[match.start() : match.end()] = [line] * len(written)
    if not swaps:
        return paragraph, swaps
    return Paragraph(text, lines, paragraph.section), swaps


# a sum named by nothing but its sum word ('，合计', '以上共计', '总计为')
# words of a sum ending a label after a name ('住房保障支出合计', '公务接待费共计为')
_SUM_AFTER_NAME = re.compile(r"(?:合计|共计|总计|总额|共)(?:为|是|达)?[：:]?$")
_SUM_WORDS = re.compile(r"[，,；;：:、\s]*(?:以上|上述|三项|各项)?(?:合计|共计|总计)(?:为|是|达)?[：:]?")


# a part whose value is this factor (or more) off its whole's, printed in another unit, is a unit slip
_UNIT_SLIP_FACTOR = Decimal(1000)
_MONEY_UNIT_END = re.compile(r"(亿元|千万元|百万元|万元|千元|元)$")


def _money_unit(figure: Figure) -> str:
    """The money unit ``figure`` was printed in ('252.5 万元' -> '万元'), '' for a count or a figure
    stated by wording."""
    if figure.value_unit != "yuan":
        return ""
    found = _MONEY_UNIT_END.search(compact(figure.value_text))
    return found.group(1) if found else ""


def _level_in_yuan(figure: Figure) -> bool:
    """Whether ``figure`` is a money level (yuan), not a change."""
    return figure.value_unit == "yuan" and not figure.metric.endswith("_change_vs_prior_year")


def _siblings(whole: str, part: str) -> bool:
    """Whether metrics ``whole`` and ``part`` are two different parts of one total (the same
    metrics.csv part_of, neither part of the other): income_carryover and income_government_fund
    (both of income_total) are; three_public_vehicle_total and three_public_vehicle_purchase are not."""
    parent = m.metrics().get(whole, {}).get("part_of", "")
    return bool(
        parent
        and whole != part
        and m.metrics().get(part, {}).get("part_of", "") == parent
        and whole not in _ancestors(part)
        and part not in _ancestors(whole)
    )


# a part a metric holds whose metrics.csv part_of names no whole (a sum of two parts of it):
# 财政拨款收入 = 一般公共预算 + 政府性基金 appropriations, both parts of the income
_SUM_PART_OF = {"income_fiscal_appropriation": "income_total"}
# a year named in the words before an amount ('2025年其他收入…'): another year's statement
_YEAR_IN_LEAD = re.compile(r"(?:19|20)\d{2}年")


def _new_side(opening: str, whole: Figure) -> bool:
    """True when ``opening`` (the words a '；'-separated part opens with, before its first amount)
    names the income and not the spending while ``whole`` (the figure a 其中 list is of) names
    the spending and not the income, or the other way round: a new statement, not the list's next
    part ('财政拨款收入安排的项目支出' names both: not told)."""

    def side(text: str) -> str:
        named = {word for word in ("收入", "支出") if word in compact(text)}
        return named.pop() if len(named) == 1 else ""

    said, listed = side(opening), side(whole.name_text)
    return bool(said and listed and said != listed)


def _listed_part(figure: Figure, whole: Figure) -> bool:
    """True when ``figure`` (money, no change) is a part of ``whole`` by metrics.csv part_of (or
    ``_SUM_PART_OF``): what a 其中 list after the whole lists."""
    return (
        figure.value_unit == "yuan"
        and not m.change_base(figure.metric)
        and (whole.metric in _ancestors(figure.metric) or _SUM_PART_OF.get(figure.metric) == whole.metric)
    )


# a label that ends with a name in brackets, the amount right after it (the name before the
# brackets opening after a stop or a list's mark): '，对个人和家庭的补助（人员支出）10'
_OTHER_NAMED = re.compile(r"(?P<label>[^，,、；;：:。（()）]+[（(][^（()）]+[)）])\s*(?=\d)")
_BRACKETED = re.compile(r"^(?P<name>[^（()）]+)[（(](?P<other>[^（()）]+)[)）]$")


def _economic_other_name(label: str) -> str:
    """The name in the brackets that end ``label`` when the words before them are an economic 类
    (seeds/reference/economic_codes.csv, '的' and a trailing '支出' aside: '对个人和家庭补助支出'
    is 对个人和家庭的补助): '商品和服务支出（公用支出）' -> '公用支出'; '' otherwise (a 类 alone,
    a bracket of what it holds, '（含…）', or words of no economic 类 before it)."""
    found = _BRACKETED.match(m.core(label))
    if found is None:
        return ""
    name = _economic_key(found.group("name"))
    if not name or name not in {_economic_key(official) for official in economic_class_names()}:
        return ""
    return found.group("other")


def _economic_key(name: str) -> str:
    """An economic 类 name as compared: compact, without '的' and a trailing '支出'."""
    return compact(name).replace("的", "").removesuffix("支出")


@lru_cache(maxsize=512)
def is_open_funds_part(metric: str) -> bool:
    """True for a part of the spending whose name leaves its funds open, and for its change vs the
    prior year: a metric whose metrics.csv part_of chain reaches expenditure_total (基本支出, 项目支出,
    人员经费 / 公用经费 through 基本支出, 上缴上级支出 …), the 类/款/项 figures aside (their
    ``Figure.fund_scope`` is their own). The text states such a part of all funds or of one fund
    ('一般公共预算财政拨款基本支出'); its words tell which (``Figure.stated_funds``)."""
    base = m.change_base(metric) or metric
    return base not in _ITEM_METRICS and "expenditure_total" in _ancestors(base)


@cache
def _own_subject_metric(metric: str) -> bool:
    """Whether ``metric`` is a money figure of a subject of its own (the total of a topic of
    ``_OWN_SUBJECT_TOPICS``, topic_total: three_public_total, operating_cost, procurement_total, or a
    part of one, metrics.csv part_of), never a 类/款/项 item's nor a total of the document's."""
    totals = {topic_total(topic) for topic in _OWN_SUBJECT_TOPICS} - {""}
    return metric in totals or any(whole in totals for whole in _ancestors(metric))


def _of_other_part(metric: str, part: str) -> bool:
    """True when ``metric`` (or the metric whose change it is) is of the part of the spending
    (_SPENDING_PARTS) other than ``part``: project_expenditure for basic_expenditure, and
    basic_expenditure, personnel_expenditure, public_use_expenditure for project_expenditure
    (metrics.csv part_of)."""
    base = m.change_base(metric) or metric
    lineage = {base, *_ancestors(base)}
    return part not in lineage and bool(lineage & _SPENDING_PARTS)


def _ancestors(metric: str) -> list[str]:
    """The metrics ``metric`` is part of (metrics.csv part_of), the nearest first."""
    out: list[str] = []
    while (metric := m.metrics().get(metric, {}).get("part_of", "")) and metric not in out:
        out.append(metric)
    return out


def _part_of_other_spending(figure: Figure, whole: Figure | None) -> str:
    """Why ``figure``, listed as a part of ``whole`` (the figure before the parenthesis or the 其中
    it is listed in), is not read: a part of one part of the spending (metrics.csv part_of: 人员经费 /
    公用经费 are the 基本支出's) listed under another part ('项目支出300万元（人员支出50万元、…）', '项目
    支出X，其中人员经费Y'): that part's own split, never the whole's part; '' otherwise."""
    if whole is None or whole.metric not in _SPENDING_PARTS or figure.value_unit != "yuan":
        return ""
    owner = next((metric for metric in _ancestors(figure.metric) if metric in _SPENDING_PARTS), "")
    if not owner or owner == whole.metric:
        return ""
    return f"a part of {owner} listed under {whole.metric}: the {whole.metric}'s own split, not {figure.metric}"


def _whole_of_parts(read: list[str]) -> str:
    """The metric a sum named by nothing states after the figures ``read`` before it in its sentence
    (their metrics, in order): the nearest whole every money part among them is part of, when they
    are two or more and cover each of its direct parts (metrics.csv part_of: a part, or a part of
    it, was read); '' otherwise (a sum of some parts is no metric's)."""
    parts = [metric for metric in read if not m.change_base(metric) and m.metrics()[metric]["value_unit"] == "yuan"]
    parts = [p for p in parts if not any(p in _ancestors(other) for other in parts)]  # (the whole itself)
    if len(parts) < 2:
        return ""
    for whole in _ancestors(parts[0]):
        if all(whole in _ancestors(p) for p in parts):
            direct = [name for name, row in m.metrics().items() if row["part_of"] == whole]
            covered = all(any(d == p or d in _ancestors(p) for p in parts) for d in direct)
            return whole if covered else ""
    return ""


# a count's label before a colon ('退休人数：', '离休人员：') and a label that is one bracket ('（全额退休人员）')
_COUNT_HEAD = re.compile(r"(?P<head>[\u4e00-\u9fff]+?)(?P<what>人数|人员)\s*[:：]\s*$")
_BRACKET_ONLY = re.compile(r"^\s*[（(](?P<inner>[^（()）\d]+)[)）]\s*$")


def _restated_count(text: str, sentence: Sentence, begin: int, label: str, amount: Amount) -> str:
    """The label before the colon when ``label`` (of the count ``amount``, starting at ``begin``
    of ``text``, a paragraph) is one bracket restating the kind that label counts, the bracket
    then the sentence's last count ('（2）退休人数：（全额退休人员）5人', '离休人数：（全额离休人员）2人'
    -> '退休人数', '离休人数'); else ''. The kind is the words before 人数 / 人员 ('退休'); the
    bracket must hold it ('离退休人数：（全额退休人员）' restates another kind) and the paragraph name
    no funding but the budget's ('（差额退休人员）', '…；差额退休人员2人': the bracket is a part by
    funding); a count after it in the sentence ('…7人、（全额离休人员）2人') makes the bracket one part
    of several: ''. Retirees only (退休 / 离休): a bracket after '在职人数：' may be one funding's part
    of the staff in post, left unread."""
    bracket = _BRACKET_ONLY.match(label)
    head = _COUNT_HEAD.search(text, sentence.start, begin)
    if bracket is None or head is None or head.end() != begin:
        return ""
    inner, kind = bracket.group("inner"), head.group("head")
    if "休" not in kind or kind not in inner or _OTHER_FUNDED.search(text):
        return ""
    if re.search(r"\d", text[amount.end : sentence.start + len(sentence.text)]):
        return ""
    return head.group("head") + head.group("what")


def _around_parenthesis(text: str, clauses: list[Clause], amount: Amount, found: list[Amount]) -> str:
    """The label of the first amount of the last of ``clauses`` (those of its sentence up to it):
    the words before it in its clause; when they close a parenthesis opened in an earlier clause
    ('公务用车购置及运行维护费）预算' after '“三公”经费（含因公出国（境）费、'), the words of the clause
    that opens it before the parenthesis and those after it ('“三公”经费' + '预算'), provided the
    parenthesis holds no amount (else the words as they are)."""
    clause = clauses[-1]
    words = text[clause.start : amount.start]
    depth, close = 0, -1
    for at, ch in enumerate(words):
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth:
                depth -= 1
            else:
                close = at  # a parenthesis opened before the clause closes here
    if close < 0:
        return words
    depth, start = 1, clauses[0].start
    for at in range(clause.start - 1, start - 1, -1):
        depth += 1 if text[at] in "）)" else -1 if text[at] in "（(" else 0
        if not depth:
            break
    else:
        return words
    if any(at < a.start < clause.start + close for a in found):
        return words
    opening = next(c for c in reversed(clauses) if c.start <= at)
    return text[opening.start : at] + words[close + 1 :]


def _joined_zero_items(names: str, topic: str) -> list[tuple[str, str, str]]:
    """(item, metric, function_code) of each item of ``names`` joined by 和 / 与 / 以及 ('因公出国（境）费和
    公务用车购置及运行维护费', what a zero is said of with 均 / 都), when there are two or more and every
    item names a different metric a zero is read for (``_ZERO_METRICS``); [] otherwise (one item,
    or an item naming nothing: '社会保障和就业支出' is one name, not a list)."""
    items = [item for item in _JOINED.split(names) if item]
    if len(items) < 2:
        return []
    named = [(item, *classify_money(item, m.topic_of(item) or topic, {})) for item in items]
    metrics = [metric for _, metric, _ in named]
    if any(metric not in _ZERO_METRICS for metric in metrics) or len(set(metrics)) != len(metrics):
        return []
    return named


def _roles_listed(items: list[str], last: str) -> tuple[list[str], list[str]] | None:
    """The names and the value roles of a list said to be 0 whose last items are role words alone
    after a name ending in role words ('因公出国（境）费预算、决算均为0': ``items`` ['因公出国（境）费预算'],
    ``last`` '决算' -> (['因公出国（境）费'], ['budget', 'actual']); '因公出国（境）费、公务接待费年初预算、
    支出决算均为0': both names in both roles); None for any other list (``items``: the items before
    the last, compact, without their '、'). A bare 预算 is the budget's; the roles from value_role."""
    listed = [*items, last]
    first_role = len(listed)
    while first_role > 1 and _ROLE_ALONE.fullmatch(listed[first_role - 1]):
        first_role -= 1
    if first_role == len(listed):
        return None
    tail = _ROLE_TAIL.search(listed[first_role - 1])
    if tail is None or not tail.start() or any(_ROLE_TAIL.search(name) for name in listed[: first_role - 1]):
        return None
    names = [*listed[: first_role - 1], listed[first_role - 1][: tail.start()]]
    words = [tail.group(), *listed[first_role:]]
    roles = [value_role(word) or ("budget" if "预算" in word else "actual") for word in words]
    return (names, roles) if len(set(roles)) == len(roles) else None


# a sentence that is an item's path alone, after a list's lead maybe ('主要用于：一般公共服务支出（类）…行政运行（项）。')
_PATH_SENTENCE = re.compile(r"(?:[^。；;：:]*[：:])?(?P<path>[^。；;：:，,]+[（(][项款][)）])[。.；;]?")
# ... ending at its 款 ('9.社会保障和就业支出（类）行政事业单位养老支出（款）。年初预算为X，支出决算为Y'): the 款
# (no 项 named: group xiang empty, as ``_path_text`` reads it)
_KUAN_PATH = re.compile(rf"(?P<lei>{_ITEM_NAME})[（(]类[)）](?P<kuan>{_ITEM_NAME})[（(]款[)）](?P<xiang>)$")


# a clause naming a 类 whose items follow ('文化旅游体育与传媒支出中，', '其中，教育支出中：')
_CATEGORY_NAMED_IN = re.compile(r"(?:其中)?[，,：:]?(?P<category>[^，,。；;：:\d]{2,20}?支出)中[，,：:]?")


def _next_lead(clauses: list[Clause], index: int, found: list[Amount]) -> str:
    """The words of the clause after ``clauses[index]`` before its first amount (of ``found``), ''
    when it is the sentence's last."""
    if index + 1 >= len(clauses):
        return ""
    after = clauses[index + 1]
    first = next((a.start for a in found if after.start <= a.start < after.start + len(after.text)), None)
    return after.text[: first - after.start] if first is not None else after.text


def _listed_before(clauses: list[Clause], index: int, found: list[Amount]) -> list[Clause]:
    """The clauses right before ``clauses[index]`` that are items of one list with it: each ends in
    '、' and holds no amount ('因公出国（境）费、公务用车购置费均为0': [the clause '因公出国（境）费']),
    in order; [] when the clause before it ends otherwise."""
    items: list[Clause] = []
    for before in reversed(clauses[:index]):
        end = before.start + len(before.text)
        if before.delimiter != "、" or any(before.start <= a.start < end for a in found):
            break
        items.insert(0, before)
    return items


# a part's label opening with 本年 ('其中：本年财政拨款收入'): the year's own part of a whole named alike
_THIS_YEARS_PART = re.compile(r"^(?:其中)?[：:]?(?:\d{4}年度?)?本年度?")


def _current_year_part(metric: str) -> str:
    """The metric of the year's own part of ``metric`` ('本年收入' within 财政拨款收入):
    ``<metric>_current_year`` when seeds/reference/metrics.csv lists it as a part of ``metric``,
    else ''."""
    name = f"{metric}_current_year"
    return name if m.metrics().get(name, {}).get("part_of") == metric else ""


# a sentence opening with the prior year's amount named by nothing but its year and role words, then
# the change: '比2025年预算231.17万元增加' -> base '比2025年', rest '增加'
_PRIOR_LEVEL_OPENING = m.change_pattern(
    r"^(?P<base>(?:{than})(?:{base}|\d{4}年度?))(?:预算数?|决算数?|执行数|的)*"
    r"\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)(?P<rest>(?:{up}|{down}))$"
)
# no change, printed right after the prior year's amount: '与2025年0万元持平'
_FLAT_AFTER = m.change_pattern(r"\s*(?:{none})\s*(?=[，,。；;）)]|$)")
# a part's change named in a reason: the part's name, then a change word ('基本支出增加')
_REASON_PART_CHANGE = m.change_pattern(
    r"(?:[一二三四五六七八九十]是)?(?P<name>[^\d，,；;：:、]+?)(?P<word>{up}|{down})"
)
# words of a base other than the prior year, of a year, or of a new item, in such a part's name
_OTHER_BASE_WORD = m.change_pattern(
    r"{than}|与|相比|同比|年初|预算数|决算数|执行数|调整|新增|新|(?:上年|去年)(?!结转|结余)|\d"
)
# a clause that is only a change ('比上年执行数增加', '与上年对比增加', '与2025年预算持平'), no
# clause delimiter inside, or a comparison clause and its change ('与上年相比，减少')
# a parenthesis closed, then 其中: the parts of the figure before the parenthesis
_PARTS_AFTER_PARENTHESIS = re.compile(r"[)）]\s*其中")
# a paragraph opening with a function code in brackets ('（2080505）：年初预算为…')
_BRACKETED_CODE_OPENS = re.compile(r"^[（(\[【［]\d{3}(?:\d{2}){0,2}[)）\]】］]")
# the basic spending and its two parts, and a part named in a use of the basic spending, its amount
# after it ('主要用于人员经费', '包括日常公用经费'): the basic spending's split
_BASIC_AND_PARTS = frozenset({"basic_expenditure", "personnel_expenditure", "public_use_expenditure"})
_BASIC_PART_IN_USE = re.compile(r"(?:其中|包括|包含|含)?[：:]?(?:人员经费|(?:日常)?公用经费)(?:支出)?(?:为|是)?")
# a numbered title of a section on the year's changes, with its colon ('2、收支增减变化情况说明：')
_CHANGE_TITLE = re.compile(
    r"^(?:\d{1,2}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]+\s*[)）])?(?:收支|收入支出)?增减变化情况(?:说明)?[：:]"
)
# a title on the year's changes naming their subject and nothing else ('（三）收支增减变化情况',
# '收入增减变化情况：', '2、支出预算增减变化情况说明：'; without whitespace): a heading of its own (no
# colon needed) or run into its statement before a colon (group 'colon'); a year, the unit's
# words and a role word may stand before the subject. Any other words ('财政拨款收支…', '“三公”经费…')
# name another subject: no match
_CHANGE_TITLE_SUBJECT = re.compile(
    r"^(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．])?"
    r"(?:(?:19|20)\d{2}年度?|本年度?)?(?:本部门|本单位|部门|单位)?(?:预算|决算)?"
    r"(?P<subject>收支|收入支出|收入|支出)(?:预算|决算)?(?:总额|总计)?增减变化情况(?:说明)?(?P<colon>[：:])?"
)
# the words a change's label is read with when such a title names its subject: 收支 is the balanced
# total of the 收支总表 (收入支出总计), 收入 and 支出 the sides, as a change naming them would be read
_TITLE_SUBJECT_WORDS = {"收支": "收入支出总计", "收入支出": "收入支出总计", "收入": "收入", "支出": "支出"}
# the metric a figure before such a title must be of for a change after it to be that figure's: a
# side names its total; 收支 names no figure of its own (the figure the paragraph before stated,
# whichever it is, as after '增减变化情况：')
_TITLE_SIDE_METRICS = {"收入": "income_total", "支出": "expenditure_total"}


def _title_fits(words: str, metric: str) -> bool:
    """Whether a change whose title on the year's changes names ``words`` (a value of
    ``_TITLE_SUBJECT_WORDS``) may be the change of a figure of ``metric`` stated before it: any
    metric after a title naming 收支 (it names no figure of its own), the side's total after one
    naming 收入 or 支出."""
    side = _TITLE_SIDE_METRICS.get(words)
    return side is None or metric == side


# a clause of the prior year's level named by nothing but its year and role words, opening a
# sentence before its change: '2025年预算数8万元，' + the rest ('2026年预算与2025年预算持平')
_PRIOR_LEVEL_CLAUSE = re.compile(
    r"^(?:(?P<year>(?:19|20)\d{2})年度?|(?:上一?年度?|去年))(?:预算数?|预算安排|决算数?|执行数)?(?:为|是)?"
    r"\d[\d,]*(?:\.\d+)?(?:亿元|万元|元)[，,](?P<rest>.+)$"
)
# the year's own figure restated before a change's comparison word ('2026年预算与…', '本年预算比…'):
# the year (group 'year', '' for 本年 / 今年) and role words only
_OWN_YEAR_HEAD = m.change_pattern(
    r"^(?:(?P<year>(?:19|20)\d{2})年度?|(?:本年度?|今年|当年))(?:预算数?|预算安排|决算数?)?(?=(?:{mark}))"
)
_UNNAMED_CHANGE = m.change_pattern(
    r"^(?:同口径)?(?:{mark})[^，,；;：:、。]*$"
    r"|^(?:{with})(?:{base}|\d{4}年度?)[^，,；;。]*?相比[，,](?:{up}|{down})$"
)


def _item_head(opening: str) -> str:
    """The item an opening names in a clause of its own ('1.一般公共服务支出（类）…行政运行（项）：'
    -> the text before '：'), '' when the last 类/款/项 mark is not followed by a clause delimiter
    (the item then labels the amount after it)."""
    text = compact(opening)
    marks = list(m.LEVEL_MARK.finditer(text))
    if not marks:
        return ""
    end = marks[-1].end()
    stop = re.search(r"[：:，,]", text[end:])
    return text[: end + stop.start()] if stop else ""


# a project carried over, the words before its name ('上年结转农业生产发展项目', '以前年度结转的…')
_CARRIED_OVER_PROJECT = re.compile(r"(?:上年度?|以前年度)结转的?(?=[^，,。；;：:]{2})")


def _names_a_project(name: str) -> bool:
    """Whether ``name`` (compact), the words of an item before its amount in a list of projects,
    can name one project: a short name (``_PROJECT_NAME``) that names no metric (a fund, a part of
    the spending, 人员经费 …; a name holding an average's word and ending in a grant's word or 经费 names
    the grant, no metric: '学生生均公用经费补助', '普通高中生均公用经费'), no 支出 (a 类/款/项 or an economic 类, 基本支出 / 项目支出
    themselves), no 类/款/项 (a name with a mark or a code, a category's name), no economic 类 or
    款 of the reference ('办公费'), no kind of projects ('运转类项目'), no group of projects ('重点项目',
    '本级项目': ``_PROJECT_GROUP``), no source of funds alone ('中央补助资金', '县级配套资金'), no money of
    the basic spending ('离退休人员经费', '运转经费': ``_BASIC_MONEY``) and no change ('某某补助增加' before its amount); the rest ('其他',
    '其他项目经费') is such a name too, of no one project (``_OTHER_PROJECTS``). A project carried over
    from the year before ('上年结转农业生产发展项目') is named by what follows 上年结转."""
    if (carried := _CARRIED_OVER_PROJECT.match(name)) and _PROJECT_WORD_END.search(name):
        name = name[carried.end() :]
    return bool(
        _PROJECT_NAME.fullmatch(name)
        and "支出" not in name
        and not m.has_level_mark(name)
        and not m.coded_path_code(name)
        and (function_name_key(name) not in category_codes() or _OTHER_PROJECTS.fullmatch(name))
        and name.translate(_FULL_WIDTH) not in economic_names()
        and not _NO_PROJECT.search(name)
        and not _FUNDING_SOURCE.fullmatch(name)
        and not (_PROJECT_GROUP.match(name) and not _OTHER_PROJECTS.match(name))
        and not _TRAILING_CHANGE.search(name)
        and (
            (not classify_money(name, "", {})[0] and not _BASIC_MONEY.search(name))
            or bool(_GRANT_END.search(name) and (_PER_HEAD.search(name) or _QUALIFIED_BASIC_MONEY.search(name)))
            # ('普通高中生均公用经费': money paid by a per-pupil standard, listed as a project)
            or bool(_NAMED_PER_HEAD_MONEY.search(name))
            or bool(_INSTITUTION_RUNNING.search(name))
            or bool(_THING_RUNNING.search(name))
        )
    )


# the words opening a listed project's description, no amount in it ('年度绩效目标：…', '项目内容：…')
_PROJECT_DESCRIPTION = re.compile(r"^(?:年度)?(?:绩效目标|项目(?:概况|内容|概述|简介)|主要内容|实施内容|建设内容)[：:]")
# the words of a listed project's budget after its name and a comma ('某某项目，预算金额' + amount)
_NAME_THEN_BUDGET_WORDS = re.compile(
    r"[，,：:](?:(?P<year>\d{4})年度?)?(?:年初|本年度?|全年|年度|项目)?(?:预算金额|预算数|预算资金|预算|安排资金|安排)(?:为|是)?[：:]?$"
)


def _listed_project_name(
    text: str, found: list[Amount], numbered: bool = True, by_lead: bool = False, year: str = ""
) -> str:
    """The project an item of a list of projects names ('1、某某补助2万元' -> '某某补助'): its words
    between the number and its first amount (``found``: the item's amounts, offsets in ``text``), a
    money amount, when they name a project (``_names_a_project``); else ''. An item of a list of no
    numbers (``numbered`` False: '某某经费210万元；') has its words from its start, the separator before
    them left out, and they end in a project's word (``_PROJECT_WORD_END``) unless the list's lead names
    its items projects (``by_lead``: '重点项目：…'). A numbered item may name its budget's year after
    the name ('2.某某补助，2024年预算1650.00万元'): ``year``'s only (the budget's year; '' reads none)."""
    if not found or not found[0].is_money:
        return ""
    if numbered:
        # (or an item printed on a line of its own without a number: '某某补助：31.50', ``_PROJECT_LINE``)
        item = _LIST_ITEM.match(text) or (_LINE_ITEM_START.match(text) if _PROJECT_LINE.fullmatch(text) else None)
        if item is None or item.end() > found[0].start:
            return ""
        name = compact(text[item.end() : found[0].start]).removesuffix("：").removesuffix(":")
        # ('1．某某项目，预算金额280.00万元。', '1.某某项目：项目预算1,860.00万元': the project named, then
        # the words of its budget)
        if (words := _NAME_THEN_BUDGET_WORDS.search(name)) and words.group("year") and words.group("year") != year:
            return ""  # (another year's budget, or no year known)
        name = _NAME_THEN_BUDGET_WORDS.sub("", name)
    else:
        name = compact(text[: found[0].start]).lstrip("，,、；;：:")
    # ('人民法庭维修改造经费（上年结转）85.00万元', '档案查阅利用服务项目（单位资金）6.00万元': what pays for the
    # project, in brackets after its name, is no word of it)
    name = _PAID_BY_REMARK.sub("", name)
    if not numbered and not by_lead and not _PROJECT_WORD_END.search(name):
        return ""
    return name if _names_a_project(name) else ""


def _project_lines(paragraph: Paragraph, listed: bool) -> list[tuple[int, int]]:
    """The (begin, end) offsets of the lines of ``paragraph`` that list one project each, printed one a
    line without a number ('农村道路养护补助：31.50', '防汛物资储备 20.50万元'; ``_PROJECT_LINE``, a name
    that names a project, ``_names_a_project``), after the lead of a list of projects ending the line
    before them ('具体项目如下：', '项目支出X万元，具体如下：' after the project spending,
    ``_announces_project_spending_list``; a unit's declaration between: '（单位：万元）') or, with
    ``listed`` (the paragraph before announced the list), from the paragraph's start; the lines run up to
    the first line that lists no project. [] when there is no such list."""
    text = paragraph.text
    starts = [0, *(at for at in range(1, len(text)) if paragraph.line_at(at) != paragraph.line_at(at - 1))]
    for first, begin in enumerate(starts):
        if begin == 0 and not listed:
            continue
        if begin and not _leads_project_lines(text[:begin]):
            continue
        lines = []
        for at, end in zip(starts[first:], [*starts[first + 1 :], len(text)], strict=True):
            line = _PROJECT_LINE.fullmatch(text, at, end)
            if line is None or not _names_a_project(compact(line.group("name"))):
                break
            lines.append((at, end))
        if lines:
            return lines
    return []


def _leads_project_lines(head: str) -> bool:
    """Whether ``head`` (a paragraph's text up to a line's start) ends with the lead of a list of projects
    printed one a line after it: '具体项目如下：' (``_PROJECT_LIST_LEAD``), or a list's lead after the
    project spending stated with its amount (``_announces_project_spending_list``); a unit declared
    after the lead or inside it ('具体项目如下（单位：万元）：', then '（单位：万元）') is left out."""
    head = _LEAD_DECLARATION.sub("", head).rstrip()
    return bool(_PROJECT_LIST_LEAD.search(compact(head))) or _announces_project_spending_list(head) is not None


@dataclass(frozen=True)
class _SpendingList:
    """A list of the projects the project spending is made of, run into its paragraph after its lead
    ('项目支出20万元，具体为：1、某某补助2万元；2、…'): offsets in the paragraph's text."""

    spending: int  # where the project spending is named ('项目支出')
    total: Amount  # its amount, the lead's total
    start: int  # the first item's (the lead's end)
    item_starts: tuple[int, ...]  # every other item's
    numbered: bool  # the items open with a list number ('1、', '（1）', '①'), else a list of no numbers
    by_lead: bool = False  # the items are projects by the list's words, whatever their names end with


def _project_spending_list(text: str) -> _SpendingList | None:
    """The list of projects that the project spending stated before it is made of, in a budget
    paragraph (``text``): '项目支出20万元，具体为：1、某某补助2万元；2、…', '（二）项目支出：2026年年初预算数为
    X万元。其中：1、某某经费Y万元；…', '（1）…；（2）…', '①…；②…', or a list of no numbers after its lead
    ('项目支出X万元，主要是：某某经费Y万元；某某补助Z万元。'), else None. The project spending with its
    amount is named in the lead's sentence or in the one right before it (the lead opening its own),
    with no reason, use, other part of the spending or carry-over between
    (``_project_spending_before``); every item names one project and its amount
    (``_listed_project_name``): a list of 类, economic names, funds or parts is no list of projects,
    and none of it is read as one. Whether the items add up to no more than the total and the total is
    the document's year's is for the walker to tell (``Walker._spending_list``)."""
    money = [found for found in amounts(text) if found.is_money]
    leads = [(lead, True) for lead in _SPENDING_LIST_LEAD.finditer(text)]
    leads += [(lead, False) for lead in _SPENDING_LIST_PLAIN_LEAD.finditer(text)]
    for lead, numbered in leads:
        exact = False
        named_again = False
        if (restated := _project_spending_restated(text, lead.start())) >= 0:
            # '项目支出497.32万元，…，主要原因是…。项目支出主要是：某某经费Y万元；…': a sentence opening with
            # the project spending named again, then the lead: the list is of the spending stated before
            spending = restated
            named_again = True
        elif _project_spending_before(text, lead.start(), bool(lead.group("what"))):
            spending = _stated_project_spending(text, lead.start())
        elif numbered and (targeted := _performance_projects_before(text, lead.start())) >= 0:
            # '实行绩效目标管理的项目4个，涉及预算资金1,915.64万元，具体为：1、执法办案经费480.00万元；…': the
            # projects given performance targets, each with its budget
            spending = targeted
        elif _project_spending_before(text, lead.start(), bool(lead.group("what")), changed=True):
            # '项目支出644.27万元，比上年减少160.00万元，具体为：某某经费85.00万元；…': after a change the
            # list may be of the change's parts; it is the spending's when its items add up to it
            spending = _stated_project_spending(text, lead.start())
            exact = True
        else:
            continue
        total = next((found for found in money if spending < found.start and found.end <= lead.start()), None)
        starts = _numbered_items(text, lead.end()) if numbered else _plain_items(text, lead.end())
        by_lead = False
        if starts is None and not numbered:
            # ('主要包括：某某能力建设836.50万元；…；其他为人事考试组织…等项目。': the rest named projects)
            starts = _plain_items(text, lead.end(), by_lead=True, rest_named=True)
            by_lead = starts is not None
        if starts is None and not numbered and (named_again or exact):
            # ('项目支出主要包括：老旧小区改造提升工程X；城市道路桥梁及公共设施养护Y；…' after the project
            # spending's statement, or items adding up to it exactly after its change: the lead names
            # its items the project spending's parts, whatever word their names end with)
            starts = _plain_items(text, lead.end(), by_lead=True)
            by_lead = starts is not None
        if starts is None and not numbered and total is not None:
            # ('项目支出4,388.70万元，主要是：公立医院综合改革补助资金320.00万元；…；医疗废物集中处置96.00万元；…'):
            # items adding up exactly to the project spending are its parts, whatever word their names end with
            # (an item funded by a fund named in brackets is no project: '村级道路维护（一般公共预算）32万元');
            # with no change stated before the lead, items of two or more adding up to no more than it are
            # its main projects ('一般公共预算项目支出14,590.50万元，主要是：全省水文站网运行维护3,150.00万元；…')
            starts = _plain_items(text, lead.end(), by_lead=True)
            listed = _items_sum(text, (lead.end(), *starts)) if starts is not None else Decimal(0)
            if starts is not None and (
                (listed != total.value if exact or not starts else listed > total.value)
                or _FUND_IN_BRACKETS.search(text, lead.end())
            ):
                starts = None
            by_lead = starts is not None
        if total is not None and starts is not None:
            if exact and not _of_the_spending_not_its_change(
                text, total, lead.start(), lead.end(), starts, by_lead, bool(lead.group("what"))
            ):
                continue
            return _SpendingList(spending, total, lead.end(), starts, numbered, by_lead)
    return None


def _of_the_spending_not_its_change(
    text: str, total: Amount, lead_start: int, first: int, starts: tuple[int, ...], by_lead: bool, what: bool
) -> bool:
    """Whether a list after the project spending's change (``total``: the spending's amount; the lead
    from ``lead_start``, the first item at ``first``, the others at ``starts``) is of the spending, not
    of its change: its items add up to the spending exactly, or (unless ``by_lead``: items that are
    projects by the lead alone) to more than every change between the spending and the lead and to
    no more than the spending ('项目支出16,313.90万元，比上年增加174.80万元，主要包括：城市最低生活保障金
    8,965.00万元，…': no part of a change of 174.80万元). After a lead 主要是 / 主要为 / 主要用于 (``what``),
    which after a change gives its reasons, a list of two or more items counts only when one item
    alone is more than every change ('项目支出32488.00万元，较上年增加1699.72万元，增长5.52%，主要是：城乡
    最低生活保障资金19348.00万元；…': no reason of a change of 1699.72万元; held-out set 84); a single item
    stays a reason."""
    listed = _items_sum(text, (first, *starts))
    if listed == total.value:
        return True
    changes = [found.value for found in amounts(text[total.end : lead_start]) if found.is_money]
    if by_lead or not changes or not max(changes) < listed <= total.value:
        return False
    if not what:
        return True
    return bool(starts) and max(_item_amounts(text, (first, *starts))) > max(changes)


# a bracket closing a label ('教学业务费（专户资金）')
_BRACKET_AT_END = re.compile(r"[（(][^（）()]*[)）]$")
# what pays for a listed project, in brackets after its name: a fund or the carry-over
_PAID_BY_REMARK = re.compile(
    r"[（(](?:[^（）()]{0,8}(?:政府性基金|一般公共预算|国有资本经营|财政拨款|单位资金|财政专户|专户资金|事业收入)[^（）()]{0,8}"
    r"|(?:上年|以前年度)?结转(?:资金)?)[)）]$"
)


def _spending_stated(figures: list[Figure], unit_text: str) -> Figure | None:
    """The project spending (project_expenditure) among ``figures`` (a paragraph's, text order), the
    last one read, when it is of the unit ``unit_text``, of all its funds and in yuan; else None."""
    spending = next((f for f in reversed(figures) if f.metric == "project_expenditure"), None)
    if spending is None or spending.is_rejected or spending.unit_text != unit_text or spending.value_unit != "yuan":
        return None
    return spending if _specific_funds(spending.stated_funds) == "" else None


# a paragraph opening with the project spending named again, nothing more, before a list's lead
# ('项目支出具体为：1. …', '项目支出主要包括：…'; its numbering: '（二）项目支出主要为：')
_SPENDING_OPENING = re.compile(r"\s*(?:" + _ITEM_NUMBER + r")?\s*" + _PROJECT_SPENDING + r"\s*")


def _project_spending_list_opening(text: str, stated: Figure) -> _SpendingList | None:
    """The list of projects of a paragraph (``text``) that opens with the project spending named
    again, then a list's lead ('项目支出具体为：1. 某某经费120.00万元；…', '项目支出主要包括：某某经费X，
    …'), the paragraph before having stated that spending (``stated``, '…项目支出1000.50万元，…比上年减少
    104.60万元。'): each item names a project and its amount (numbered, or ending with a project's
    word), or the items, whatever their names, add up to the spending exactly (no item funded by a
    fund named in brackets); else None."""
    opening = _SPENDING_OPENING.match(text)
    if opening is None:
        return None
    total = Amount(0, 0, stated.value_text, "元", stated.value)
    for pattern, numbered in ((_SPENDING_LIST_LEAD, True), (_SPENDING_LIST_PLAIN_LEAD, False)):
        lead = pattern.match(text, opening.end())
        if lead is None:
            continue
        starts = _numbered_items(text, lead.end()) if numbered else _plain_items(text, lead.end())
        by_lead = False
        if starts is None and not numbered:
            starts = _plain_items(text, lead.end(), by_lead=True)
            if starts is not None and (
                _items_sum(text, (lead.end(), *starts)) != stated.value or _FUND_IN_BRACKETS.search(text, lead.end())
            ):
                starts = None
            by_lead = starts is not None
        if starts is not None:
            return _SpendingList(opening.start(), total, lead.end(), starts, numbered, by_lead)
    return None


# a clause saying which one item all the spending before it went to ('全部为社会保障和就业支出（类）…（项）',
# '支出全部为用于体育事业的彩票公益金支出（2296003）'), and the role words opening the clause after it
_ALL_OF_ITEM = re.compile(r"^(?:支出)?(?:全部|均|全)(?:为|是|用于)")
_ITEM_ROLE_OPENING = re.compile(r"^(?:年初预算|调整预算|调整后预算|全年预算|预算数|支出决算|决算数)")

# a function code or a level's mark right after a name ('档案馆（2012604）', '档案馆（项）'): the name is an item's
_CODE_AFTER_NAME = re.compile(r"[（(]\s*(?:\d{3,7}|\d{0,3}\s*[类款项])\s*[)）]")

# the 财政拨款 carried over into the year ('年初财政拨款结转和结余862.40万元'), a clause no metric reads
_SEMICOLON = re.compile("[；;]")
# a label opening with a list number ('1.城乡义务教育公用经费', '（2）…')
_LISTED_NUMBER = re.compile(r"^(?:\d{1,2}[.．、]|[（(]\d{1,2}[)）])")


def _inline_project_item(said: str) -> str:
    """The name of the numbered item of a project spending's list that ``said`` (the compact words
    of a sentence before an amount) ends with ('…安排项目支出1630900.00元，具体为：1.城乡义务教育公用经费'
    -> '城乡义务教育公用经费'; items parted by '；'), '' when it ends with none."""
    lead = None
    for lead in _PROJECT_SPENDING_ITEMS.finditer(said):  # noqa: B007 - the last one counts
        pass
    if lead is None:
        return ""
    item = _SEMICOLON.split(said[lead.end() :])[-1]
    if not _LISTED_NUMBER.match(item) or amounts(item):
        return ""
    return m.without_numbering(item)


# the project spending with its amount, then the lead of its list in the same sentence ('安排项目支出
# 1630900.00元，具体为：')
_PROJECT_SPENDING_ITEMS = re.compile(
    r"项目支出[^。；;]{0,20}?\d[\d,.]*(?:万元|元)[，,]?(?:具体为|具体如下|具体包括|分别为|包括)[：:]"
)
# a short remark in brackets ending a project's name ('就业补助资金（市级配套）', '…经费（续建）')
_NAME_REMARK = re.compile(r"[（(][^（）()\d]{1,8}[)）]$")
# words pointing back to the item a 决算's paragraph is about ('该项支出', '该项目', '此科目')
_THIS_ITEM = re.compile(r"^(?:该|此|本)(?:项目|科目|项)(?:支出)?(?:决算数?)?")
# the year's own 财政拨款 spending named under its 总计 ('本年财政拨款支出')
_FISCAL_YEAR_SPENDING = re.compile(r"(?:其中[：:，,]?)?本年(?:度)?财政拨款支出(?:合计)?(?:决算)?(?:数)?(?:为)?")
_FISCAL_CARRYOVER_AT_START = re.compile(r"年初(?:财政拨款)?结转(?:和|及)?结余|上年(?:财政拨款)?结转")

# a fund named in brackets after an item's name ('（政府性基金）', '（一般公共预算拨款）')
_FUND_IN_BRACKETS = re.compile(
    r"[（(][^（）()]{0,8}(?:政府性基金|一般公共预算|国有资本经营|财政拨款|单位资金)[^（）()]{0,8}[)）]"
)


def _item_amounts(text: str, starts: tuple[int, ...]) -> list[Decimal]:
    """The first money amount of each item of a list in ``text`` (``starts``: the items' offsets), in
    yuan (0 for an item with none)."""
    ends = (*starts[1:], len(text))
    return [
        next((a.value for a in amounts(text[begin:end]) if a.is_money), Decimal(0))
        for begin, end in zip(starts, ends, strict=True)
    ]


def _items_sum(text: str, starts: tuple[int, ...]) -> Decimal:
    """The sum of the first money amount of each item of a list in ``text`` (``starts``: the items'
    offsets), in yuan."""
    return sum(_item_amounts(text, starts), Decimal(0))


# the words right after a total's amount saying it holds the carry-over ('，包括本年收入和上年结转资金', '（含上年结转）')
_CARRYOVER_INCLUDED_AFTER = re.compile(r"^\s*[，,（(]?\s*(?:包括|包含|含)[^。；;，,）)]{0,12}?(?:上年|年初)结转")


def _says_carryover_included(figure: Figure) -> bool:
    """Whether the words right after ``figure``'s amount on its line say it holds the carry-over."""
    at = figure.source_text.find(figure.value_text)
    return at >= 0 and bool(_CARRYOVER_INCLUDED_AFTER.match(figure.source_text[at + len(figure.value_text) :]))


def _stated_project_spending(text: str, at: int) -> int:
    """Where the last project spending named with an amount after it, before offset ``at`` of
    ``text``, is named; the last one named when none has (-1 for none). The spending's words inside
    what defines it ('项目支出X万元，…，是为完成…而编制的年度项目支出计划，主要是：…') state no spending."""
    start = text.rfind(_PROJECT_SPENDING, 0, at)
    found = start
    while found >= 0 and not any(a.is_money for a in amounts(text[found:at])):
        found = text.rfind(_PROJECT_SPENDING, 0, found)
    return found if found >= 0 else start


def _project_spending_before(text: str, at: int, what: bool = False, changed: bool = False) -> bool:
    """Whether the project spending with its amount is named before offset ``at`` of ``text`` (a
    list's lead there) in the lead's sentence or in the one right before it (the lead opening its
    own), with no reason, use, other part of the spending, carry-over or other statement between
    (``_SPENDING_LIST_BREAK``) nor a change in the lead's own sentence (``_SPENDING_LIST_CHANGE``):
    what the list after the lead is made of is that spending. ``what``: the lead's words are 主要是 /
    主要为 / 主要用于, which give a change's reasons after one: no change in either sentence. ``changed``:
    True only when a change stands in the lead's own sentence (the caller then asks the items to add up
    to the spending)."""
    start = _stated_project_spending(text, at)
    between = text[start:at]
    if start < 0 or _SPENDING_LIST_BREAK.search(between) or not any(a.is_money for a in amounts(between)):
        return False
    stop = between.rfind("。")
    if bool(_SPENDING_LIST_CHANGE.search(between if what else between[stop + 1 :])) != changed:
        return False
    return not (between.count("。") > 1 or (stop >= 0 and between[stop + 1 :].strip()))


def _performance_projects_before(text: str, at: int) -> int:
    """Where the projects given performance targets are named, with their number and money, in the
    sentence of ``text`` ending at offset ``at`` (a numbered list's lead there): '2025年本部门实行绩效
    目标管理的项目4个，涉及预算资金1,915.64万元，具体为：…'; -1 when the sentence is none such, or
    states a change or an evaluation (自评 / 评价: what was evaluated, not the budgets)."""
    begin = max(text.rfind(mark, 0, at) for mark in "。；;") + 1
    said = text[begin:at]
    found = _TARGETED_PROJECTS.search(said)
    if (
        found is None
        or _SPENDING_LIST_CHANGE.search(said)
        or "评价" in said
        or "自评" in said
        or not any(a.is_money for a in amounts(said[found.end() :]))
    ):
        return -1
    return begin + found.start("projects")


# the projects given performance targets, counted ('实行绩效目标管理的项目4个', '编报绩效目标的2025年度项目
# 57个', '纳入绩效目标管理的项目共12个')
_TARGETED_PROJECTS = re.compile(
    r"绩效目标(?:管理)?的?(?:\d{4}年度?)?(?:重点)?(?P<projects>项目)(?:共|总数)?\s*\d+\s*个"
)


def _project_spending_restated(text: str, at: int) -> int:
    """Where the project spending stated with its amount begins in ``text`` when a sentence opening
    with the project spending named again, and nothing more, leads a list at offset ``at`` ('项目
    支出497.32万元，…主要原因是…。项目支出主要是：…'): the earlier statement, its amount printed right
    after its name ('项目支出 497.32万元', '项目支出为X'); -1 otherwise."""
    opening = text.rfind(_PROJECT_SPENDING, 0, at)
    if opening < 0 or text[opening + len(_PROJECT_SPENDING) : at].strip():
        return -1
    if text[:opening].rstrip() and text[:opening].rstrip()[-1] not in "。；;":
        return -1
    stated = text.rfind(_PROJECT_SPENDING, 0, opening)
    if stated < 0 or not _SPENDING_AMOUNT_AFTER.match(text, stated + len(_PROJECT_SPENDING)):
        return -1
    return stated


# a project spending's amount printed right after its name ('项目支出497.32万元', '项目支出为 X', '项目支出：X')
_SPENDING_AMOUNT_AFTER = re.compile(r"\s*(?:为|是|[：:])?\s*\d")


def _numbered_items(text: str, start: int) -> tuple[int, ...] | None:
    """The offsets of the items after the first of a numbered list of projects in ``text`` from
    offset ``start`` ('1、某某补助3万元；2、…'), or None when it is none: it opens with a list number,
    and each of its items (up to the '；' before the next number) names one project and its amount
    (``_listed_project_name``)."""
    if not _LIST_ITEM.match(text[start:]):
        return None
    starts = tuple(found.end() for found in _INLINE_ITEM_END.finditer(text, start))
    cuts = [start, *starts, len(text)]
    if all(_listed_project_name(text[a:b], amounts(text[a:b])) for a, b in pairwise(cuts)):
        return starts
    return None


def _listed_projects(text: str, start: int) -> bool:
    """Whether ``text`` from offset ``start`` is a numbered list of projects (``_numbered_items``)."""
    return _numbered_items(text, start) is not None


# what an item of a list of no numbers may say of itself after its amount, up to the '；' before the
# next item: its use ('某某经费41万元，用于广场文化活动；') or its funding ('…，由事业收入安排；')
_ITEM_ASIDE = re.compile(
    r"\s*[，,](?:主要)?(?:用于|用来|用以)[^；;。]*|\s*[，,](?:由|从|在)[^；;。，,]{1,20}(?:安排|列支|支出|承担)[^；;。]*"
    # ('某某配套资金900.00万元（其中政府性基金预算600.00万元）；': the part of one fund in brackets)
    r"|\s*[（(]其中[^（）()；;。]{1,30}[)）]"
    # ('委托培训项目60.00万元（由事业收入安排）。': its funding in brackets)
    r"|\s*[（(](?:由|从|在)[^（）()；;。，,]{1,20}(?:安排|列支|支出|承担)[)）]"
)


def _plain_items(text: str, start: int, by_lead: bool = False, rest_named: bool = False) -> tuple[int, ...] | None:
    """The offsets of the items after the first of a list of projects of no numbers in ``text`` from
    offset ``start`` ('某某经费210万元；某某补助180万元；…。'), or None when it is none: every item is a
    project's name ending in a project's word and one money amount (``_listed_project_name``), then
    '；' / '，' / '、' before the next item or the list's end ('。', the text's; '等' may stand before
    either: ``_PLAIN_ITEM_END``), its use or funding said between in a list of '；' (``_ITEM_ASIDE``:
    '…经费41万元，用于…；', '…，由事业收入安排；', '（由事业收入安排）', its part of one fund in brackets:
    '（其中政府性基金预算600万元）',
    whose amount is no item); anything else (a list number, a bracket, a share, a count, words
    after the last item's separator) and it is no list. ``by_lead``: the list's lead names its items
    projects ('重点项目：'), their names need not end in a project's word. ``rest_named``: the list is
    one only when it closes with its rest named projects, no amount ('…；其他为人事考试组织、…等项目。':
    then its items are projects too, whatever word their names end with)."""
    starts: list[int] = []
    begin = start
    for amount in (found for found in amounts(text) if found.start >= start):
        if amount.start < begin:
            continue  # (inside an item's aside: '（其中政府性基金预算600.00万元）')
        if _LIST_ITEM.match(text[begin:]) or not _listed_project_name(
            text[begin : amount.end], [_shifted(amount, -begin)], numbered=False, by_lead=by_lead
        ):
            return None
        aside = _ITEM_ASIDE.match(text, amount.end)
        end = _PLAIN_ITEM_END.match(text, aside.end() if aside else amount.end)
        if end is None or (aside and end.group("sep") not in (None, "；", ";")):
            return None
        if not end.group("sep"):
            return None if rest_named else tuple(starts)
        begin = end.end()
        if (rest := _LIST_REMAINDER.match(text, begin)) and not amounts(rest.group()):
            # ('…；其余为科技人才、科技金融等专项资金。': the rest named, no item)
            return None if rest_named and not _REST_OF_PROJECTS.search(rest.group()) else tuple(starts)
        starts.append(begin)
    if rest_named:
        return None
    if starts and end is not None and end.group("sep") in ("；", ";") and not text[begin:].strip():
        return tuple(starts[:-1])  # ('…；' ending the text: the list goes on after a cut)
    return None


def _inside_brackets(text: str, begin: int, at: int) -> bool:
    """Whether offset ``at`` of ``text`` lies inside a bracket opened after offset ``begin``."""
    between = text[begin:at]
    return between.count("（") + between.count("(") > between.count("）") + between.count(")")


def _shifted(amount: Amount, by: int) -> Amount:
    """``amount`` with its offsets moved by ``by`` (to read it in a slice of its text)."""
    return replace(amount, start=amount.start + by, end=amount.end + by)


def _announces_project_spending_list(text: str) -> Amount | None:
    """The project spending's amount when a budget paragraph (``text``) ends with the lead of a list
    printed after it that the project spending named before the lead is made of ('本年共安排项目支出
    35万元，具体情况如下：', '（二）项目支出：…300万元，是指…。其中：'; ``_project_spending_before``): the
    numbered items of the paragraphs after it may each name a project (``Walker._listed_project``);
    else None."""
    lead = _SPENDING_LIST_END.search(text)
    if lead is None or not _project_spending_before(text, lead.start(), bool(lead.group("what"))):
        return None
    spending = text.rfind(_PROJECT_SPENDING, 0, lead.start())
    return next((a for a in amounts(text) if a.is_money and spending < a.start and a.end <= lead.start()), None)


_FIRST_COLON = re.compile(r"[：:]")


def _item_before_description(head: str) -> str:
    """The item a paragraph's first sentence (``head``, compact, without its stop) names: its words
    before the first colon when they name the item by a level mark or a printed code and the words
    after it name no level and print no code (a description: '2010301行政运行（项）：用于反映…的支出'
    -> '2010301行政运行（项）', '1.教育支出（类）普通教育（款）：主要用于…' -> '1.教育支出（类）普通教育（款）');
    else ``head`` itself."""
    colon = _FIRST_COLON.search(head)
    if colon is None:
        return head
    item, rest = head[: colon.start()], head[colon.end() :]
    if not (m.has_level_mark(item) or m.prints_function_code(item)):
        return head
    return head if m.has_level_mark(rest) or m.prints_function_code(rest) else item


def _coded_item_head(opening: str) -> str:
    """The item an opening names by its function code in a clause of its own, before a colon
    ('1.高中教育2050204款：' -> '1.高中教育2050204款', '2010301行政运行：2026年预算数为'; the code
    told by ``metrics.coded_path_code``), '' when the words before the first colon print no code
    it trusts."""
    head, colon, _ = compact(opening).partition("：")
    if not colon:
        head, colon, _ = head.partition(":")
    return head if colon and m.coded_path_code(head) else ""


_THAN = m.words_of("change_than")


# the words that say what a figure leaves out: '（不含离退休人员经费20万元）', '（除上年结转外）'
_EXCLUDING = re.compile(r"^[（(，,、\s]*(?P<word>不含|未含|不包含|未包含|不包括|未包括|除去|除|扣除|剔除)")
# the 外 that closes a '除…外' before the clause or the parenthesis ends
_EXCEPT_END = re.compile(r"[^，。；,;）)]*?外")
_OPENING = "（("
_CLOSING = "）)"


def _excluded_by(text: str, sentence_start: int, start: int, label: str) -> str:
    """The exclusion word ('不含', '不包括', '除' …) an amount at offset ``start`` of ``text`` is
    stated under, else '': its label opens with one ('，不含上年结转12万元'), or the parenthesis
    it is in, opened in its sentence (from ``sentence_start``), does ('（不含离退休人员经费、住房
    公积金20万元）')."""
    before = text[sentence_start:start]
    if (
        "含" not in label
        and "括" not in label
        and "除" not in label
        and "含" not in before
        and "括" not in before
        and "除" not in before
    ):
        return ""  # (every exclusion word of _EXCLUDING holds 含, 括 or 除: the cheap test first)
    said = _EXCLUDING.match(compact(label))
    if said is None:
        depth = 0
        for at in range(start - 1, sentence_start - 1, -1):
            char = text[at]
            if char in _CLOSING:
                depth += 1
            elif char in _OPENING:
                if not depth:
                    said = _EXCLUDING.match(compact(text[at + 1 : start]))
                    break
                depth -= 1
    if said is None or (said.group("word") == "除" and not _EXCEPT_END.match(text, start)):
        return ""  # ('除险加固支出100万元': 除 without its 外 is no exclusion)
    return said.group("word")


def _counted_projects(text: str, sentence_start: int, start: int, found: list[Amount]) -> str:
    """The words counting projects ('2个上年结转项目') an amount at offset ``start`` of ``text`` is
    stated for inside an inclusion ('年初下达预算6个项目300万元（含2个上年结转项目40万元）', '…，其中含3个
    上年结转项目40万元'), else '': the words since the last clause mark or amount before it (``found``:
    the sentence's amounts; from ``sentence_start`` at most) open with a count of projects, after an
    inclusion word of their own or of the parenthesis they are in, opened in the sentence. The
    amount is those projects', never a figure of the unit (its carry-over or any other)."""
    if "项目" not in text[sentence_start:start]:
        return ""  # (the cheap test first)
    begin = max([sentence_start, *(a.end for a in found if a.end <= start)])
    begin = max([begin, *(mark.end() for mark in _ITEM_MARK.finditer(text, begin, start))])
    words = compact(text[begin:start])
    counted = _COUNTED_PROJECTS.fullmatch(words)
    if counted is None:
        return ""
    if counted.group("included"):
        return counted.group("projects")
    depth = 0
    for at in range(start - 1, sentence_start - 1, -1):
        if text[at] in _CLOSING:
            depth += 1
        elif text[at] in _OPENING:
            if not depth:
                return counted.group("projects") if _INCLUSION_WORD.match(compact(text[at:start])) else ""
            depth -= 1
    return ""


def _opens_change(lead: str) -> bool:
    """The words before a clause's first amount are a change of nothing named ('比上年预算数增加')."""
    bare = compact(lead)
    return bare.startswith(_THAN) and m.change_direction(bare) is not None and not m.change_subject(bare)


# the mark of a 决算 paragraph's item named with its printed code (``Figures.item``: '#2010401'),
# and the code of one whose printed code is not trusted ('1.农林水支出（208）。': '#?')
_CODED_ITEM = "#"
_UNTOLD_CODE = "?"
# the end of a clause of its own naming an item ('1.…行政运行（2010401）。', '…（21011）：')
_ITEM_CLAUSE_END = re.compile(r"[。：:！？!?]")


# why a 类/款/项 figure is not read when its path names no 类 and prints a code under another 类
# than the one named before it
_OTHER_CATEGORY = "the function code ({code}) of a path naming no 类 is not under the 类 named before it"


def _heading_category(bare: str) -> str:
    """The code of the 类 a numbered heading (``bare``: compact) names alone ('（二）教育支出（类）',
    '2.卫生健康支出（210）：', '三、农林水支出'), '' when it names anything else."""
    name = m.core(_NUMBERED.sub("", bare, count=1).rstrip("：:。"))
    if code := category_code(name):
        return code
    code = m.marked_function_code(name) if m.has_level_mark(name) else ""
    return code if len(code) == 3 else ""


def _fits_categories(path: str, code: str, categories: Iterable[str]) -> bool:
    """Whether the function code ``code`` read from ``path`` (a label's core or an item's clause,
    compact) may stand beside the 类 named before it (``categories``: codes, in its sentence or by
    a heading above it; '' for none): True when none is named, when the path names its 类 itself
    or prints no level marks, or when its code is under one of them (``metrics.
    marked_function_code`` with that 类: '人大事务（款）人大会议（项）[2010104]' after '一般公共服务支出
    中，' is 2010104; after '教育支出中，' it is not trusted). A code printed before names that are
    not its whole path ('2050305高等职业教育', ``metrics.code_first_code``) is checked the same way."""
    named = [category for category in categories if category]
    if not named or len(code) <= 3:
        return True
    if m.opens_with_code(path):
        read = m.coded_path_code  # ('[2150105]专项业务活动', '2150105（专项业务活动）')
    elif m.has_level_mark(path):
        read = m.marked_function_code
    else:
        return True
    if read(path) != code:
        return True
    return any(read(path, category) == code for category in named)


_LAST_COMMA = re.compile(r"[，,](?=[^，,]*$)")
# the items right before a label that each open with a function code alone in brackets ('（21208）X万元，'):
# the 类 named before them is that of the label after them too
_CODES_ALONE_BEFORE = re.compile(
    r"(?:(?:其中)?[：:]?" + m.CODE_IN_BRACKETS + r"(?:[^，,、；;。（(【\[]|(?<=\d)[,，](?=\d{3}))*[，,、；;])+$"
)


def _coded_item_code(opening: str, heading_category: str = "") -> str:
    """The function code of the item a paragraph's opening (its words before the first amount)
    names with a printed code in a clause of its own ('1.一般公共服务支出（201）发展与改革事务（20104）
    行政运行（2010401）。年初预算为' -> '2010401'; '2.卫生健康支出（类）行政事业单位医疗（款）（21011）：'
    -> '21011'; '（201类）…（04款）…（01项）', '2010401一般公共服务支出-…-行政运行' alike: the code
    told by ``metrics.marked_function_code`` / ``coded_path_code``). The clause ends at '。' / '：'
    (…), or at the path's last bracketed code when role words alone follow it ('…公路养护（项）
    （2140106）年初预算', ``_head_before_role_words``); words before its last comma name the 类 the
    path is under ('一般公共服务支出中，人大事务（款）…'). '' when the clause prints no digits (names
    alone are resolved by ``_ITEM_PATH`` and the document's tables); ``_UNTOLD_CODE`` when it
    prints a code that is not trusted (a name the code does not fit), ``_UNTOLD_CODE`` and the
    code when the path names no 类 and its code is under neither the 类 named before it nor
    ``heading_category`` (the 类 heading above the paragraph, '' when none; ``_fits_categories``)."""
    parts = _ITEM_CLAUSE_END.split(m.plain_code_text(opening), maxsplit=1)
    head = parts[0]
    if len(parts) < 2:
        head = _head_before_role_words(head)
    if not head or not m.prints_function_code(head):
        return ""
    # '一般公共服务支出中，人大事务（款）…（2010104）：': the words before the last comma name the 类
    # the path is under, they are no level of it
    before, path = "", head
    if (comma := _LAST_COMMA.search(head)) and m.prints_function_code(head[comma.end() :]):
        before, path = head[: comma.start()], head[comma.end() :]
    code = m.marked_function_code(path) if m.has_level_mark(path) else m.coded_path_code(path)
    if code and not _fits_categories(path, code, (m.category_named_last(before), heading_category)):
        return _UNTOLD_CODE + code
    return code or _UNTOLD_CODE


def _head_before_role_words(opening: str) -> str:
    """The words of ``opening`` (compact, a paragraph's words before its first amount) up to the
    end of its last bracketed function code when role words alone follow it ('（3）交通运输支出（类）
    公路水路运输（款）公路养护（项）（2140106）年初预算' -> the words up to '（2140106）'): the item's
    clause ends at its code though no '：' or '。' follows; '' otherwise."""
    codes = list(m.PRINTED_CODE.finditer(opening))
    if not codes:
        return ""
    rest = _ROLE_WORDS.sub("", opening[codes[-1].end() :].lstrip("，,"))
    return opening[: codes[-1].end()] if m.is_filler(m.core(rest)) else ""


def _named_item(label: str, budget_year: str | None = None, function_names: dict[str, str] | None = None) -> str:
    """'类名/款名/项名' when the whole label is an item path of names with empty level marks
    ('1.“社会保障和就业支出（类）行政事业单位养老支出（款）事业单位离退休（项）”', the levels
    maybe joined by dashes: '“…(类）-统计信息事务（款）-专项普查活动（项）”'), else ''. In a
    budget of the year ``budget_year`` ('2026'; None: not a budget) the path may be followed by
    that year's budget words ('”2026年度预算', '”预算数'); another year's never. In a final account
    (no ``budget_year``) by its role words ('…（项）年初预算', '…（项）支出决算为'). An item named under
    its parent by 中的 with no level marks ('统计信息事务中的行政运行') is one when ``function_names``
    (the document's function tables) print both (``_of_parent_path``)."""
    bare = _ITEM_LABEL_EDGES.sub("", _ITEM_QUOTES.sub("", _BARE_LIST_NUMBER.sub(r"\1、", compact(label))))
    bare = _ITEM_LEVEL_JOIN.sub("", bare)
    if budget_year is not None and (words := _ITEM_BUDGET_WORDS.search(bare)):
        if words.group("year") and words.group("year") != budget_year:
            return ""
        bare = _ITEM_LABEL_EDGES.sub("", bare[: words.start()])
    elif budget_year is None and (words := _ITEM_ROLE_WORDS.search(bare)) and words.start():
        bare = _ITEM_LABEL_EDGES.sub("", bare[: words.start()])  # ('…（项）年初预算620.00万元' in a 决算)
    path = _ITEM_PATH.fullmatch(bare)
    if not path:
        return _of_parent_path(bare, function_names or {})
    if not path.group("kuan"):
        return ""  # (a path printed from its 款, '政府办公厅（室）及相关机构事务（款）行政运行（项）': the 类 left out)
    return _path_text(path)


# an item named under its parent by 中的 ('统计信息事务中的行政运行': the 项 行政运行 of the 款 统计信息事务)
_OF_PARENT = re.compile(r"^(?P<parent>[^（）()。，；、：:\d]{2,30}?)中的(?P<child>[^（）()。，；、：:\d]{2,30})$")


def _of_parent_path(bare: str, function_names: dict[str, str]) -> str:
    """'类名/款名/' or '/款名/项名' when ``bare`` (a label without its list number and quotes) names an
    item under its parent by 中的 with no level marks ('统计信息事务中的行政运行' -> '/统计信息事务/行政运行',
    '一般公共服务支出中的统计信息事务' -> '一般公共服务支出/统计信息事务/') and ``function_names`` (code ->
    name, the document's function tables) print a 类 or 款 of the parent's name with a child of the
    child's name; '' otherwise (a 项's name alone is under many 款: never read without its parent).
    Which code it is the item's path then tells (``extract.narrative._item_code``)."""
    said = _OF_PARENT.match(bare)
    if not said:
        return ""
    parent, child = said.group("parent"), said.group("child")

    def named(code: str, name: str) -> bool:
        return function_name_key(function_names[code]) in (function_name_key(name), function_name_key(name) + "支出")

    parents = [code for code in function_names if len(code) in (3, 5) and named(code, parent)]
    for code in parents:
        children = [other for other in function_names if len(other) == len(code) + 2 and other.startswith(code)]
        if any(named(other, child) for other in children):
            return f"{parent}/{child}/" if len(code) == 3 else f"/{parent}/{child}"
    return ""


# a clause saying the posts counted before it are all of one kind ('均为行政编制'; in the bracket after the
# count: '核定编制9名（均为行政编制）', '（均为行政编制，参照公务员法管理）'), and that kind's metric
_ALL_POSTS_OF_KIND = re.compile(
    r"^[（(]?(?:均为|全部为|全部是|均是|全为|都是|都为|均系)(?P<kind>行政|事业|工勤)(?:人员)?编制[)）]?$"
)
_POSTS_OF_KIND = {
    "行政": "staff_authorized_admin",
    "事业": "staff_authorized_institution",
    "工勤": "staff_authorized_worker",
}


def _posts_all_of_kind(
    paragraph: Paragraph, sentence: Sentence, clause: Clause, bare: str, counted: Figure
) -> Figure | None:
    """The count of one kind of posts a clause without amount (``bare``, compact) says the posts
    counted right before it (``counted``: staff_authorized) all are ('本部门编制34人，均为行政编制'): that
    kind's figure (metrics.csv part_of staff_authorized) with the same count; None otherwise."""
    said = _ALL_POSTS_OF_KIND.match(bare)
    if said is None or counted.metric != "staff_authorized" or counted.is_rejected:
        return None
    return replace(
        counted,
        metric=_POSTS_OF_KIND[said.group("kind")],
        name_text=bare,
        source_line=paragraph.line_at(clause.start),
        source_text=sentence.segment_text(clause.start),
        by_wording=True,
    )


# a clause saying which one item with its printed code the amount before it all is ('为行政单位医疗
# （2101101）', '全部为住房公积金（2210201）'; never '主要为…': a part)
_ALL_ONE_ITEM = re.compile(
    r"^(?:其中)?(?:全部|均|全)?(?:为|是|用于)(?P<name>[^（）()，,。；;、\d]{2,30})[（(](?P<code>\d{5}|\d{7})[)）]$"
)


def _item_all_of(paragraph: Paragraph, sentence: Sentence, clause: Clause, bare: str, anchor: Figure) -> Figure | None:
    """The 款 or 项 figure a clause without amount (``bare``, compact) says the 类 or 款 figure read
    right before it (``anchor``) all is ('卫生健康支出（210类）28.78万元，占3.82%，为行政单位医疗（2101101）'):
    the same amount and role under the printed code, when that code lies under the anchor's
    (its first digits) and its name is not a code's of another level; None otherwise."""
    if anchor.metric not in ("expenditure_category", "expenditure_function") or anchor.is_rejected:
        return None
    said = _ALL_ONE_ITEM.match(bare)
    if said is None or not anchor.function_code:
        return None
    code = said.group("code")
    if len(code) <= len(anchor.function_code) or not code.startswith(anchor.function_code):
        return None
    return replace(
        anchor,
        metric="expenditure_function",
        function_code=code,
        name_text=said.group("name"),
        source_line=paragraph.line_at(clause.start),
        source_text=sentence.segment_text(clause.start),
        by_wording=True,
    )


def _path_text(path: re.Match[str]) -> str:
    """'类名/款名/项名' of an ``_ITEM_PATH`` match (a level it does not name is empty); each name
    without the quotes, list-number points or joining dashes printed around it ('2. “一般公共服务
    支出（类）…' names 一般公共服务支出), the first one also without the words standing before the path
    ('…X万元，为其他支出（类）…' names 其他支出; never a name's own: '用于社会福利的彩票公益金支出（项）',
    ``metrics.lead_opens_name``)."""
    names = [_level_name(path.group(g) or "") for g in ("lei", "kuan", "xiang")]
    first = next((index for index, name in enumerate(names) if name), None)
    if (
        first is not None
        and (rest := m.without_path_lead(names[first]))
        and not m.lead_opens_name(names[first] + "（" + "类款项"[first] + "）")
    ):
        names[first] = rest
    return "/".join(names)


# the marks a clause of a label opens after ('其中：', '，')
_CLAUSE_OPENING = re.compile(r"[：:，,；;。、]")


def _opens_listed_level(text: str) -> bool:
    """Whether ``text`` (compact) opens with the name of a 类 or 款 of the reference (seeds/reference)
    printed with its level's mark ('政府办公厅（室）及相关机构事务（款）…'): an own name's short form
    found at its start ('政府办') is a word of that name, no subject."""
    mark = re.search(r"[（(](?:类|款)[)）]", text)
    if mark is None:
        return False
    name = text[: mark.start()]
    return bool(category_code(name)) or any(len(code) == 5 for code in codes_named(name))


def _level_name(printed: str) -> str:
    """One level's name of an item path as printed in running text, without what stands before
    it up to the numbering's point or an opening quote ('…情况说明“一般公共服务支出', '.“一般公共
    服务支出' -> '一般公共服务支出'), a list's numbering opening it ('（一）一般公共服务支出') and a quote or
    joining dash at its edges ('-人大事务')."""
    return _LEVEL_NAME_EDGES.sub("", m.without_numbering(_BEFORE_LEVEL_NAME.split(compact(printed))[-1]))


def _names_three_public_part(lead: str) -> bool:
    """Whether the words before an amount are a 三公 part's full name and nothing else
    ('公务用车购置费', '2023年公务接待费预算'), never a change, an action ('压减公务用车运行费') or
    a reason."""
    return _THREE_PUBLIC_PART_NAME.fullmatch(m.core(lead)) is not None


# the sentence state a parenthesis holding counts scopes: what the counts count ('共17批次（其中外事接待
# 0批次），126人次') and the kind of 编制 the staff counts are of, whether kinds made a list and were
# counted ('核定编制31名（其中行政编制27名，工勤编制4名），实有29人') and whether leaders were counted in
# it ('实有人数15人（主任1人，工作人员14人），退休3人'); restored when it closes
_PARENTHESIS_KEYS = (
    "counted",
    "staff_kind",
    "staff_kind_counted",
    "staff_list",
    "staff_parts",
    "staff_bracket_parts",
    "staff_posts_bracket",
    "staff_leaders",
)


def _restore(state: dict[str, str], saved: dict[str, str | None]) -> None:
    """Put back in ``state`` (in place) the keys of ``saved`` (a key -> value snapshot of
    ``_PARENTHESIS_KEYS`` taken when a parenthesis opened; None: the key was unset, so it is
    removed). 'counted' is kept as '' when it was unset (what the counts before counted: nothing)."""
    for key, value in saved.items():
        if value is not None:
            state[key] = value
        elif key == "counted":
            state[key] = ""
        else:
            state.pop(key, None)


def _paren_depths(text: str) -> list[int]:
    """How many parentheses are open before each offset of ``text`` (never below 0): item i for
    ``text[:i]``, len(text) + 1 items (all 0 without an opening parenthesis)."""
    if "（" not in text and "(" not in text:
        return [0] * (len(text) + 1)
    depths, depth = [0], 0
    for ch in text:
        if ch in "（(":
            depth += 1
        elif ch in ")）" and depth:
            depth -= 1
        depths.append(depth)
    return depths


# a total named by nothing, then its parts ('年初预算数400万元，其中：…': Walker._whole_told_by_parts)
_TOLD_BY_PARTS = re.compile(r"\s*[，,：:]?\s*其\s*中\s*[：:，,]?")
# the income sources an income total is made of (metrics.csv: the parts of income_total and the fiscal
# appropriation as one figure), and those among them that may all be the fiscal appropriation's
_INCOME_SOURCES = frozenset(
    {"income_fiscal_appropriation"} | {k for k, v in m.metrics().items() if v.get("part_of") == "income_total"}
)
_APPROPRIATIONS = frozenset(
    {
        "income_fiscal_appropriation",
        "income_general_public_budget",
        "income_government_fund",
        "income_state_capital",
        "income_carryover",
    }
)

# a fund's two sides ('政府性基金预算财政拨款收入12万元，支出9万元'): the side words alone after a
# figure of the fund are the fund's
_FUND_SIDES = {
    "income_government_fund": ("income_government_fund", "expenditure_government_fund"),
    "expenditure_government_fund": ("income_government_fund", "expenditure_government_fund"),
    "income_state_capital": ("income_state_capital", "expenditure_state_capital"),
    "expenditure_state_capital": ("income_state_capital", "expenditure_state_capital"),
    "income_fiscal_appropriation": ("income_fiscal_appropriation", "expenditure_fiscal_appropriation"),
    "income_general_public_budget": ("income_general_public_budget", "expenditure_general_public_budget"),
}
# the funds whose income only the bare 支出 continues (a part of their income is named by the words
# of a total: '财政拨款收入X，其中：本年收入Y，上年结转收入Z')
_SPENDING_ONLY_SIDES = frozenset({"income_fiscal_appropriation", "income_general_public_budget"})
_FUND_LISTED = re.compile(r"其中|包括|包含|[：:]")
# a fund scope (FUND_SCOPES, one fund or the 财政拨款) -> the metric of its spending
_SCOPE_SPENDING = {
    scope: f"expenditure_{scope}" for scope in ("fiscal_appropriation", "general_public_budget", "government_fund")
}
_FUND_SPENDING_ALONE = re.compile(r"[，,、；;\s]*(?:本年|全年|当年)?支出(?:决算|预算)?数?(?:为|是)?")


def _continues_fund_side(label: str, side: str, spending_read: bool) -> bool:
    """Whether the bare side word ``side`` ('收入', '支出', a carry-over; ``_BARE_SIDE``) of
    ``label`` continues the subject of the fiscal appropriation's or the general public budget's
    income stated first in the sentence: 支出 as printed, with no word of a total ('财政拨款收入80万元，
    支出80万元', '…，支出预算为80万元': its spending; '收入总计X，支出总计X' are the table's two 总计,
    fiscal_grand_total) nor a list's opener ('其中：支出…'); a carry-over only once that fund's
    spending was read in the sentence (``spending_read``: '…收入80万元，支出78万元，年末结转2万元'
    is the fund's, a 上年结转 right after the income is read by the rules of a fund's parts)."""
    if side == "支出":
        return _FUND_SPENDING_ALONE.fullmatch(compact(label)) is not None
    return side != "收入" and spending_read


# the fund a sentence opens with -> its income and spending metrics (``Walker._subject_fund_at``)
_SUBJECT_FUND_SIDES = {
    "government_fund": ("income_government_fund", "expenditure_government_fund"),
    "general_public_budget": ("income_general_public_budget", "expenditure_general_public_budget"),
}
_BARE_SIDE = re.compile(
    r"(?:本年|全年)?(?P<side>收入|支出|(?:年末|年初|上年)?(?:结转和结余|结转结余|结转|结余))"
    r"(?:决算|预算)?(?:数|资金)?(?:为|是)?"
)


def _parts_of_count_before(amount: Amount, found: list[Amount]) -> bool:
    """Whether ``amount`` is a count listed after a money amount not understood while a count of
    the same unit came before that money in the sentence ('共有车辆5辆，合计122.62万元，其中：一般公务
    用车1辆'): counts are no parts of money; they are the count's."""
    if amount.is_money:
        return False
    before = [a for a in found if a.start < amount.start]
    money = [i for i, a in enumerate(before) if a.is_money]
    return bool(money) and any(a.unit == amount.unit for a in before[: money[-1]])


def _part_metric(part: str) -> str:
    """The 三公 part metric a heading or opening names ('一、因公出国（境）经费' -> three_public_overseas),
    else the spending part it names alone ('（一）基本支出：' -> basic_expenditure, ``_spending_part``);
    '' when it names none or more than one part."""
    names = _THREE_PUBLIC_PART_NAME.findall(part)
    if not names:
        return _spending_part(part)
    if len(names) != 1:
        return ""
    metric = classify_money(names[0], "three_public", {})[0]
    return metric if metric.startswith("three_public_") and metric != "three_public_total" else ""


def _spending_part(bare: str) -> str:
    """The spending part (basic_expenditure / project_expenditure) a numbered heading names alone
    (``bare``: without whitespace; '（一）基本支出', '(二)项目支出：', '2.基本支出情况说明'); '' for any
    other text (a heading naming more, '（一）基本支出和项目支出', names none)."""
    if len(bare) > _MAX_HEADING or not _NUMBERED.match(bare):
        return ""
    name = _HEADING_TAIL.sub("", m.core(_NUMBERED.sub("", bare, count=1)))
    metric = classify_money(name, "", {})[0] if name and not _HEADING_JOINS.search(name) else ""
    return metric if metric in _SPENDING_PARTS else ""


def _names_own_total(label: str, part_metric: str) -> bool:
    """True when ``label`` (filler words alone, ``m.is_filler``) still names a total of its own that
    the part a heading names (``part_metric``, ``_part_metric``; '' when none) cannot be: any income
    ('2016年部门预算总收入', '收入预算': no spending part is income), the spending as a whole ('总支出',
    '支出合计') under a heading naming the basic or the project spending (the whole the part is one
    of), and under any part the department's or unit's spending as a whole ('部门预算总支出').
    '预算支出', '年初预算数' name none; under a 三公 part ('（一）因公出国（境）费') a spending total
    named by nothing more ('预算总支出') may be the part's own and stays the part's."""
    bare = compact(label)
    if _OWN_INCOME.search(bare):
        return True
    return bool(_OWN_SPENDING.search(bare)) and (part_metric in _SPENDING_PARTS or bool(_WHOLE_UNIT.search(bare)))


def _restates_total(figure: Figure, label: str) -> bool:
    """A figure read as a document total only because its label names nothing ('2026年预算安排')."""
    return figure.metric in _TOTALS and m.is_filler(m.core(label))


def _carried_topic(sentence: Sentence, topic: str, topic_of: Callable[[str], str] = m.topic_of) -> str:
    """The topic after a sentence that states no figure: that of its last clause naming one
    (``topic_of``: Walker._topic_of, the unit's own name left out), clauses inside a reason (主要是…
    up to the next '；') excepted, else ``topic``."""
    if not _TOPIC_WORD.search(sentence.text):
        return topic
    in_reason = False
    for clause, delimiter in sentence.clause_texts():
        if _REASON.search(clause):
            in_reason = True
        if in_reason:
            if delimiter in ("；", ";"):
                in_reason = False
            continue
        topic = topic_of(compact(clause)) or topic
    return topic
