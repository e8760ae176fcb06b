"""What a narrative label means: label text (+ the topic of its sentence) -> metric name.

Labels are the words printed before a figure, e.g. '其中：一般公共服务支出' -> the category 201,
'2026年“三公”经费预算' -> three_public_total, '比2025年减少' -> a change of the figure before it.
Rules go by wording, never by a document; a label no rule understands is left unparsed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.reference import category_code
from extract.spaces import compact

# DESIGN.md's fact_budget_summary metrics (names kept exactly).
DESIGN_METRICS = {
    "income_total": "total income (收入预算 / 年初预算数)",
    "income_general_public_budget": "income from general public budget appropriation (一般公共预算拨款)",
    "income_government_fund": "income from government fund appropriation (政府性基金预算拨款)",
    "income_change_vs_prior_year": "change of total income vs the prior year (negative for 减少, 0 for 持平)",
    "expenditure_total": "total expenditure (支出预算 / 年初预算数)",
    "expenditure_change_vs_prior_year": "change of total expenditure vs the prior year",
    "basic_expenditure": "basic expenditure (基本支出)",
    "project_expenditure": "project expenditure (项目支出)",
    "personnel_expenditure": "personnel expenditure (人员经费)",
    "public_use_expenditure": "public-use expenditure (公用经费 / 日常公用经费)",
    "three_public_total": "“三公”经费 total",
    "three_public_change_vs_prior_year": "change of the “三公”经费 total vs the prior year",
    "three_public_overseas": "因公出国（境）费",
    "three_public_reception": "公务接待费",
    "three_public_vehicle_total": "公务用车购置及运行维护费 (only when stated as such, never derived)",
    "three_public_vehicle_operation": "公务用车运行维护费",
    "three_public_vehicle_purchase": "公务用车购置费",
    "operating_cost": "机关运行经费 (一般公共预算财政拨款运行经费)",
    "procurement_total": "政府采购预算总额",
    "procurement_goods": "政府采购货物预算",
    "procurement_works": "政府采购工程预算",
    "procurement_services": "政府采购服务预算",
    "vehicles_total": "vehicles owned (共有车辆, count)",
}

# Metrics this extractor adds (name -> meaning). Changes are signed: negative for 减少.
EXTRA_METRICS = {
    "expenditure_category": "expenditure of one function category (类); function_code holds its code",
    "expenditure_category_change_vs_prior_year": "change of one category's expenditure vs the prior year",
    "income_state_capital": "income from state capital operation budget (国有资本经营预算收入/拨款)",
    "income_special_account": "funds managed in a fiscal special account (财政专户管理资金)",
    "income_business": "事业收入",
    "income_operating": "事业单位经营收入",
    "income_other": "其他收入",
    "income_carryover": "上年结转 / 年初结转和结余",
    "expenditure_carryover": "年末结转和结余 / 结转下年 (final accounts)",
    "grand_total": "收入支出总计 (final accounts: 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余)",
    "grand_total_change_vs_prior_year": "change of 收入支出总计",
    "fiscal_grand_total": "财政拨款收入支出总计 (final accounts)",
    "fiscal_grand_total_change_vs_prior_year": "change of 财政拨款收入支出总计",
    "non_fiscal_balance_used": "使用非财政拨款结余 (final accounts)",
    "balance_distribution": "结余分配 (final accounts)",
    "expenditure_item": "expenditure of one function code named by 类/款/项 in prose (final accounts); "
    "function_code holds the code found for the names in the document's own function tables",
    "income_fiscal_appropriation": "财政拨款收入 (一般公共预算 + 政府性基金 appropriations, stated as one figure)",
    "income_fiscal_appropriation_change_vs_prior_year": "change of 财政拨款收入",
    "expenditure_fiscal_appropriation": "财政拨款支出 (stated as one figure)",
    "expenditure_fiscal_appropriation_change_vs_prior_year": "change of 财政拨款支出",
    "income_general_public_budget_change_vs_prior_year": "change of 一般公共预算拨款 income vs the prior year",
    "expenditure_general_public_budget": "一般公共预算财政拨款支出 (section 三)",
    "expenditure_general_public_budget_change_vs_prior_year": "change of 一般公共预算财政拨款支出",
    "expenditure_government_fund": "政府性基金预算拨款支出 ('无…政府性基金预算拨款安排的支出' -> 0)",
    "expenditure_government_fund_change_vs_prior_year": "change of 政府性基金预算拨款支出 (持平 -> 0)",
    "basic_expenditure_change_vs_prior_year": "change of basic expenditure vs the prior year",
    "project_expenditure_change_vs_prior_year": "change of project expenditure vs the prior year",
    "personnel_expenditure_change_vs_prior_year": "change of personnel expenditure",
    "public_use_expenditure_change_vs_prior_year": "change of public-use expenditure",
    "three_public_overseas_change_vs_prior_year": "change of 因公出国（境）费",
    "three_public_reception_change_vs_prior_year": "change of 公务接待费",
    "three_public_vehicle_total_change_vs_prior_year": "change of 公务用车购置及运行维护费",
    "three_public_vehicle_operation_change_vs_prior_year": "change of 公务用车运行维护费",
    "three_public_vehicle_purchase_change_vs_prior_year": "change of 公务用车购置费",
    "operating_cost_change_vs_prior_year": "change of 机关运行经费",
    "procurement_total_change_vs_prior_year": "change of the procurement total",
    "procurement_gpb_total": "政府采购 funded by 一般公共预算拨款 (the '其中一般公共预算拨款政府采购' subset)",
    "procurement_gpb_goods": "goods within the 一般公共预算拨款 procurement subset",
    "procurement_gpb_works": "works within the 一般公共预算拨款 procurement subset",
    "procurement_gpb_services": "services within the 一般公共预算拨款 procurement subset",
    "performance_target_amount": "project money under performance-target management (绩效目标…涉及…万元)",
    "vehicles_general_purpose": "一般公务用车 owned (count)",
    "vehicles_law_enforcement": "执勤执法用车 owned (count)",
    "vehicles_special": "特种专业技术用车 owned (count)",
    "vehicles_to_purchase": "vehicles the budget plans to buy (安排购置车辆, count)",
    "vehicles_to_purchase_general_purpose": "一般公务用车 to buy (count)",
    "vehicles_to_purchase_law_enforcement": "执勤执法用车 to buy (count)",
    "vehicles_to_purchase_special": "特种专业技术用车 to buy (count)",
    "staff_authorized": "编制数 (no kind stated, count)",
    "staff_authorized_admin": "行政（含参公）编制数 (count)",
    "staff_authorized_institution": "事业编制数 (count)",
    "staff_actual": "实有人数 (no kind stated, count)",
    "staff_actual_admin": "实有人数 against the 行政 编制 (count)",
    "staff_actual_institution": "实有人数 against the 事业 编制 (count)",
    "staff_contract": "聘用人员 (count)",
    "staff_retired": "离退休人员 (count)",
}

METRICS = {**DESIGN_METRICS, **EXTRA_METRICS}

# The change metric of each metric (DESIGN.md names the three totals' changes differently).
_CHANGE_NAMES = {
    "income_total": "income_change_vs_prior_year",
    "expenditure_total": "expenditure_change_vs_prior_year",
    "three_public_total": "three_public_change_vs_prior_year",
    "expenditure_category": "expenditure_category_change_vs_prior_year",
}


def change_metric(metric: str) -> str:
    """The metric holding the prior-year change of ``metric`` ('' when there is none)."""
    name = _CHANGE_NAMES.get(metric, f"{metric}_change_vs_prior_year")
    return name if name in METRICS else ""


# Topics: what a sentence is about, so that a bare '年初预算数' / '总额' knows its subject.
# (topic, the word that names it), the first found wins.
TOPICS = (
    ("three_public", "三公"),
    ("performance", "绩效"),
    ("procurement", "政府采购"),
    ("operating", "运行经费"),
    ("vehicles", "车辆"),
    ("income", "收入"),
    ("expenditure", "支出"),
)
_TOPIC_TOTALS = {
    "income": "income_total",
    "expenditure": "expenditure_total",
    "three_public": "three_public_total",
    "procurement": "procurement_total",
    "operating": "operating_cost",
}


def topic_of(text: str) -> str:
    for topic, word in TOPICS:
        if word in text:
            return topic
    return ""


_YEAR = re.compile(r"\d{4}\s*年度?")
_REMARK = re.compile(r"[（(]以[^（()）]{1,12}为准[)）]")  # '政府采购金额（以合同签订为准）'

_LEAD = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]+[)）]|其中|另外|此外|同时|以及|及|和|并|本年度?|全年|今年|当年"
    r"|本部门|本单位|我单位|我部门|部门|单位|所属各预算单位|各预算单位|所属单位|共有|共|安排|用于)+"
)
_TRAIL = re.compile(r"(?:为|是|共计|合计|总计|计|达到?|约|共)+$")
# A label made only of these words names the topic's total ('年初预算数', '收入预算为', '总额').
_FILLER = re.compile(
    r"年初|预算数|预算|收入|支出|总额|总计|合计|共计|总数|本年|全年|部门|单位|安排|金额|数|为|是|共|计|总|年|度|的"
)


_PROCUREMENT_WORDS = re.compile(r"政府采购|一般公共预算|财政拨款|拨款")
_PERFORMANCE_MONEY = re.compile(r"财政拨款|拨款|资金")
_GPB_MONEY = re.compile(r"拨款|资金|收入|支出")
_FISCAL_TOTAL_WORDS = re.compile(r"财政拨款|收入|支出|预算|本年|合计|总额|为")
_VEHICLE_PURCHASE = re.compile(r"购置|购买|新增|更新")


@lru_cache(maxsize=4096)
def core(label: str) -> str:
    """The label without spaces, years, leading connectives and trailing copulas."""
    text = compact(label)
    text = _YEAR.sub("", text)
    text = _REMARK.sub("", text)
    previous = None
    while previous != text:
        previous = text
        text = _LEAD.sub("", text)
        text = _TRAIL.sub("", text)
    return text


def is_filler(text: str) -> bool:
    return _FILLER.sub("", text) == ""


_CHANGE = re.compile(r"^(?P<subject>.*?)(?:比|较|与|同比)(?P<rest>.*)$")
_INCREASE = re.compile(r"增加|增长|上升|提高|增")
_DECREASE = re.compile(r"减少|下降|降低|减")
_FLAT = re.compile(r"持平|保持一致|无变化|没有变化|相同|一致")


@lru_cache(maxsize=4096)
def change_direction(label: str) -> str | None:
    """'+', '-', '?' (both words: '减少（或增加）'), '0' (持平) for a change label; None otherwise."""
    text = compact(label)
    match = _CHANGE.match(text)
    if not match:
        return None
    rest = match.group("rest")
    up, down = bool(_INCREASE.search(rest)), bool(_DECREASE.search(rest))
    if up and down:
        return "?"
    if up:
        return "+"
    if down:
        return "-"
    if _FLAT.search(rest):
        return "0"
    return None


@lru_cache(maxsize=4096)
def change_subject(label: str) -> str:
    match = _CHANGE.match(compact(label))
    return core(match.group("subject")) if match else ""


def classify_money(label: str, topic: str, state: dict[str, str]) -> tuple[str, str]:
    """(metric, function_code) for a money figure labelled ``label``; ('', '') when not understood.

    ``state`` carries what earlier clauses of the sentence established (e.g. the
    一般公共预算拨款 procurement subset).
    """
    text = core(label)
    if not text:
        return "", ""
    if "收入支出总计" in compact(label) or text.endswith("收入支出"):  # (core drops the trailing 总计)
        return ("fiscal_grand_total" if "财政拨款" in text else "grand_total"), ""
    if "年末结转" in text or "结转下年" in text:
        return "expenditure_carryover", ""
    if "年初结转" in text:
        return "income_carryover", ""
    if "使用非财政拨款结余" in text:
        return "non_fiscal_balance_used", ""
    if text.endswith("结余分配"):
        return "balance_distribution", ""
    code = category_code(text)
    if code:
        return "expenditure_category", code
    if "三公" in text:
        return "three_public_total", ""
    if "因公出国" in text or "出国（境）" in text or "出国(境)" in text:
        return "three_public_overseas", ""
    if "公务接待" in text:
        return "three_public_reception", ""
    if "公务用车" in text:
        purchase, operation = "购置" in text, "运行" in text or "维护" in text
        if purchase and not operation:
            return "three_public_vehicle_purchase", ""
        if operation and not purchase:
            return "three_public_vehicle_operation", ""
        return "three_public_vehicle_total", ""
    if "运行经费" in text:
        return "operating_cost", ""
    if "政府采购" in text or topic == "procurement":
        prefix = "procurement_gpb_" if state.get("procurement_subset") else "procurement_"
        if "货物" in text:
            return prefix + "goods", ""
        if "工程" in text:
            return prefix + "works", ""
        if "服务" in text:
            return prefix + "services", ""
        rest = _PROCUREMENT_WORDS.sub("", text)
        if is_filler(rest):
            return prefix + "total", ""
        return "", ""
    if topic == "performance" and _PERFORMANCE_MONEY.search(text):
        return "performance_target_amount", ""
    if "基本支出" in text:
        return "basic_expenditure", ""
    if "项目支出" in text:
        return "project_expenditure", ""
    if "人员经费" in text:
        return "personnel_expenditure", ""
    if "公用经费" in text:
        return "public_use_expenditure", ""
    spending = "支出" in text or (topic == "expenditure" and "收入" not in text)
    if "政府性基金" in text:
        return ("expenditure_government_fund" if spending else "income_government_fund"), ""
    if "一般公共预算" in text and _GPB_MONEY.search(text):
        return ("expenditure_general_public_budget" if spending else "income_general_public_budget"), ""
    if "财政拨款" in text and _FISCAL_TOTAL_WORDS.sub("", text) == "":
        return ("expenditure_fiscal_appropriation" if spending else "income_fiscal_appropriation"), ""
    if "国有资本经营" in text and not spending:
        return "income_state_capital", ""
    if "财政专户" in text and not spending:
        return "income_special_account", ""
    if "上年结转" in text and not spending:
        return "income_carryover", ""
    if "事业单位经营收入" in text or text == "经营收入":
        return "income_operating", ""
    if "事业收入" in text:
        return "income_business", ""
    if "其他收入" in text:
        return "income_other", ""
    if is_filler(text):
        has_income, has_spending = "收入" in text, "支出" in text
        if has_income and has_spending:
            return "", ""
        subject = "income" if has_income else "expenditure" if has_spending else topic
        return _TOPIC_TOTALS.get(subject, ""), ""
    return "", ""


def classify_count(label: str, unit_kind: str, state: dict[str, str]) -> str:
    """Metric for a count (vehicles or people); '' when not understood. Updates ``state``."""
    text = core(label)
    if unit_kind == "vehicles":
        if _VEHICLE_PURCHASE.search(text):
            state["vehicle_purchase"] = "1"
            if "车辆" in text:
                return "vehicles_to_purchase"
        prefix = "vehicles_to_purchase" if state.get("vehicle_purchase") else "vehicles"
        if "一般公务用车" in text:
            return f"{prefix}_general_purpose"
        if "执勤执法" in text or "执法执勤" in text:
            return f"{prefix}_law_enforcement"
        if "特种专业技术" in text:
            return f"{prefix}_special"
        if text in ("车辆", "车辆总数", "车辆数", "拥有车辆", "各类车辆"):
            return "vehicles_to_purchase" if state.get("vehicle_purchase") else "vehicles_total"
        return ""
    if unit_kind == "people":
        kind = "_admin" if "行政" in text else "_institution" if "事业" in text else ""
        if "编制" in text:
            state["staff_kind"] = kind
            return f"staff_authorized{kind}"
        if "实有" in text:
            return f"staff_actual{kind or state.get('staff_kind', '')}"
        if "聘用" in text:
            return "staff_contract"
        if "退休" in text:
            return "staff_retired"
    return ""
