"""Narrative kinds a fresh user's trial met (small realistic inputs of other regions), each pinned
by constructed sentences of several wordings (never the trial's text), with every figure each must
yield and nothing more:

* kind "category alone with budget-vs-actual pairs": in a 决算, '<类名>（类）年初预算为X，支出决算为Y'
  (or the actual first, or an adjusted budget between) gives the 类's expenditure_category figures,
  each with its value_role, never a total; the budget and the actual of one 类 are never taken for a
  slip of each other; a 类 name of no code keeps no figure (narrative_item_unresolved);
* kind "level after its change": '<subject>比上年减少X，为Y' - Y is the level the change arrives at
  (the subject's figure), never when the change itself is not read (another year's base) nor when
  a reason stands between them;
* kind "zero of items joined by 和": 'A和B均为0' / 'A与B均为0万元' / 'A、B和C均为0' - each item named by
  a metric a zero is read for is 0; a single name holding 和 ('社会保障和就业支出') is no list;
* kind "budget compared with in a 决算": '<figure>X，比年初预算数Y减少Z' - Y is the figure's budget
  (value_role budget; 调整预算 -> adjusted_budget), Z a change against the budget (not read); a
  prior year's amount ('比上年决算数Y') is never the budget.
"""

from __future__ import annotations

from extract.narrative import parse_narrative

_NAMES = {"201": "一般公共服务支出", "208": "社会保障和就业支出", "221": "住房保障支出"}


def _read(lines: list[str], final_accounts: bool = False) -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """(metric, function code, value role, value) of every figure read, and the problem codes."""
    year = "2024" if final_accounts else "2025"
    kind = "部门决算" if final_accounts else "部门预算"
    result = parse_narrative(
        ["某县某局", f"{year}年{kind}", *lines],
        None,
        fiscal_year=year,
        final_accounts=final_accounts,
        function_names=_NAMES,
    )
    rows = [r for r in result.rows.get("raw_narrative_figures", []) if r["is_rejected"] == "false"]
    got = [(r["metric"], r["function_code"], r.get("value_role", ""), r["value"]) for r in rows]
    return got, [p.code for p in result.problems]


# --- kind "category alone with budget-vs-actual pairs"

_FINAL_HEAD = "二、一般公共预算财政拨款支出决算情况说明"


def test_category_alone_with_budget_and_actual_gives_the_category_figures_with_their_roles():
    got, problems = _read(
        [
            _FINAL_HEAD,
            "一般公共服务支出（类）年初预算为320.00万元，支出决算为301.25万元，完成年初预算的94.14%。",
            "住房保障支出（类）支出决算为45.60万元，年初预算为48.00万元。",
        ],
        final_accounts=True,
    )
    assert got == [
        ("expenditure_category", "201", "budget", "3200000.00"),
        ("expenditure_category", "201", "actual", "3012500.00"),
        ("expenditure_category", "221", "actual", "456000.00"),
        ("expenditure_category", "221", "budget", "480000.00"),
    ]
    assert "narrative_item_unresolved" not in problems
    assert "narrative_category_slip" not in problems  # a budget is no slip of its actual


def test_category_alone_with_an_adjusted_budget_and_a_change():
    got, _ = _read(
        [
            _FINAL_HEAD,
            "社会保障和就业支出（类）年初预算为80万元，调整预算为85万元，支出决算为83.5万元，比上年决算减少2万元。",
        ],
        final_accounts=True,
    )
    assert got == [
        ("expenditure_category", "208", "budget", "800000.00"),
        ("expenditure_category", "208", "adjusted_budget", "850000.00"),
        ("expenditure_category", "208", "actual", "835000.00"),
        ("expenditure_category_change_vs_prior_year", "208", "", "-20000.00"),
    ]


def test_category_alone_of_no_known_name_keeps_no_figure():
    got, problems = _read([_FINAL_HEAD, "某某专项支出（类）年初预算为10万元，支出决算为9万元。"], final_accounts=True)
    assert got == []
    assert "narrative_item_unresolved" in problems


# --- kind "level after its change"


def test_level_after_its_change_is_the_subjects_figure():
    cases = [
        (
            ["三、“三公”经费预算情况说明", "2025年“三公”经费预算比上年减少0.30万元，为12.70万元。"],
            [("three_public_change_vs_prior_year", "", "", "-3000.00"), ("three_public_total", "", "", "127000.00")],
        ),
        (
            ["三、“三公”经费预算情况说明", "2025年“三公”经费预算较上年增加2万元，达到20万元。"],
            [("three_public_change_vs_prior_year", "", "", "20000.00"), ("three_public_total", "", "", "200000.00")],
        ),
        (
            ["二、收支预算总体情况", "2025年收入预算比上年减少60万元，为640万元。"],
            [("income_change_vs_prior_year", "", "", "-600000.00"), ("income_total", "", "", "6400000.00")],
        ),
    ]
    for lines, want in cases:
        assert _read(lines)[0] == want, lines[-1]
    # a 决算: the level is an actual
    got, _ = _read(["三、“三公”经费支出决算情况说明", "2024年度“三公”经费支出决算比上年减少1万元，为9万元。"], True)
    assert got == [
        ("three_public_change_vs_prior_year", "", "", "-10000.00"),
        ("three_public_total", "", "actual", "90000.00"),
    ]


def test_level_after_a_change_not_read_or_after_a_reason_is_not_read():
    # the change against another year is not read: nor is the level after it
    got, problems = _read(["三、“三公”经费预算情况说明", "2025年“三公”经费预算比2023年减少0.30万元，为12.70万元。"])
    assert got == []
    assert problems.count("narrative_unparsed_figure") == 2
    # a reason between the change and the amount: the amount is not the level
    got, _ = _read(
        ["三、“三公”经费预算情况说明", "2025年“三公”经费预算比上年减少0.30万元，主要原因是压减接待，为12.70万元。"]
    )
    assert got == [("three_public_change_vs_prior_year", "", "", "-3000.00")]
    # the prior year's level after the change is never this year's
    got, _ = _read(["三、“三公”经费预算情况说明", "“三公”经费预算比上年减少0.30万元，上年为13.00万元。"])
    assert got == [("three_public_change_vs_prior_year", "", "", "-3000.00")]


# --- kind "zero of items joined by 和"

_SANGONG_HEAD = "三、“三公”经费预算情况说明"


def test_zero_said_of_items_joined_by_he_is_each_items():
    cases = [
        (
            "2025年“三公”经费预算3万元，全部为公务接待费3万元，因公出国（境）费和公务用车购置及运行维护费均为0。",
            ["three_public_overseas", "three_public_vehicle_total"],
        ),
        (
            "2025年“三公”经费预算3万元，全部为公务接待费3万元，因公出国（境）费与公务用车购置及运行维护费均为0万元。",
            ["three_public_overseas", "three_public_vehicle_total"],
        ),
        (
            "2025年“三公”经费预算3万元，其中公务接待费3万元，因公出国（境）费、公务用车购置费和公务用车运行维护费均为0。",
            ["three_public_overseas", "three_public_vehicle_purchase", "three_public_vehicle_operation"],
        ),
        (
            "2025年“三公”经费预算3万元，公务接待费3万元，因公出国（境）费以及公务用车购置及运行维护费都为零。",
            ["three_public_overseas", "three_public_vehicle_total"],
        ),
    ]
    for sentence, zeros in cases:
        got, _ = _read([_SANGONG_HEAD, sentence])
        assert got == [
            ("three_public_total", "", "", "30000.00"),
            ("three_public_reception", "", "", "30000.00"),
            *((metric, "", "", "0.00") for metric in zeros),
        ], sentence


def test_a_name_holding_he_is_no_list():
    got, _ = _read(["二、支出预算情况说明", "社会保障和就业支出均为0。"])
    assert got == []


# --- kind "budget compared with in a 决算"


def test_budget_a_final_accounts_figure_is_compared_with_is_its_budget():
    cases = [
        (
            "2024年度本部门机关运行经费支出31.20万元，比年初预算数33.00万元减少1.80万元，降低5.45%。",
            [("operating_cost", "", "actual", "312000.00"), ("operating_cost", "", "budget", "330000.00")],
        ),
        (
            "2024年度机关运行经费支出30万元，较年初预算25万元增加5万元。",
            [("operating_cost", "", "actual", "300000.00"), ("operating_cost", "", "budget", "250000.00")],
        ),
        (
            "2024年度“三公”经费支出决算9.8万元，比调整预算数10万元减少0.2万元。",
            [
                ("three_public_total", "", "actual", "98000.00"),
                ("three_public_total", "", "adjusted_budget", "100000.00"),
            ],
        ),
    ]
    for sentence, want in cases:
        got, problems = _read(["四、机关运行经费及“三公”经费支出情况说明", sentence], final_accounts=True)
        assert got == want, sentence
        assert "narrative_unparsed_figure" in problems  # the change against the budget is not read


def test_prior_year_amount_compared_with_is_never_the_budget():
    got, _ = _read(
        ["四、机关运行经费支出情况说明", "2024年度机关运行经费支出31.20万元，比上年决算数33.00万元减少1.80万元。"],
        final_accounts=True,
    )
    assert got == [
        ("operating_cost", "", "actual", "312000.00"),
        ("operating_cost_change_vs_prior_year", "", "", "-18000.00"),
    ]
