"""Headers of space-aligned tables (``pdftotext -layout``): letter-spaced words, group headers
over columns named alike, and the measure of positions (issue 20, kind 6: letter-spaced text;
kind 10: wrong is worse than missing). The lines are made up in the shapes of the published
Hangzhou and Foshan documents (tests/fixtures/published/layout_text/)."""

from __future__ import annotations

from extract.readers.aligned import tabulate_aligned


def test_a_letter_spaced_header_word_is_one_word_and_the_next_word_starts_after_a_wider_gap():
    lines = [
        "        收       入                  支       出",
        "    项       目     预算数      项       目      预算数",
        "一、财政拨款        1,000.00    一般公共服务支出    800.00",
        "二、事业收入          200.00    公共安全支出        400.00",
        "    收入总计        1,200.00    支出总计          1,200.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0].split("\t")[0] == "收入" and out[0].split("\t")[2] == "支出"  # not '收入支出'
    assert out[1] == "项目\t预算数\t项目\t预算数"
    assert out[2] == "一、财政拨款\t1,000.00\t一般公共服务支出\t800.00"


def test_code_level_letters_stay_one_header_per_column():
    lines = [
        "科目编码           科目名称          合计      基本支出   项目支出",
        "类     款    项",
        "201                一般公共服务     10.00      4.00      6.00",
        "201   06           财政事务         10.00      4.00      6.00",
        "201   06    01     行政运行         10.00      4.00      6.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[1].split("\t")[:3] == ["类", "款", "项"]
    assert out[4] == "201\t06\t01\t行政运行\t10.00\t4.00\t6.00"


def test_a_group_header_over_runs_of_columns_named_alike_spreads_over_its_run():
    """'预算数' | '决算数' centred over three columns each, the three named alike under each: the
    columns of figures fall into two equal runs named alike, one a group text, in order, so
    each group spans its run (Foshan's 三公 table)."""
    lines = [
        "              预算数                          决算数",
        "  合计     出国费    接待费       合计     出国费    接待费",
        "  10.00     4.00      6.00        9.00     3.00      6.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0] == "预算数\t预算数\t预算数\t决算数\t决算数\t决算数"
    assert out[1] == "合计\t出国费\t接待费\t合计\t出国费\t接待费"


def test_a_group_header_whose_runs_the_header_does_not_show_leaves_the_figures_unread():
    """Two groups over five columns, '合计' under each: the runs are not of equal length, so which
    columns each group holds cannot be told and no figure is given a column."""
    lines = [
        "              预算数                       决算数",
        "  合计     出国费    接待费       合计     接待费",
        "  10.00     4.00      6.00        9.00     6.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert [p.code for p in problems] == ["aligned_header_unclear"]
    assert "alike" in problems[0].message and problems[0].severity == "partial"
    assert list(out[:2]) == lines[:2]  # the header is left as text


def test_columns_named_alike_on_either_side_of_a_column_of_names_are_two_sides():
    lines = [
        "  项目          预算数        项目           预算数",
        "一、财政拨款     1,000.00     一般公共服务支出   800.00",
        "二、事业收入       200.00     公共安全支出       400.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0] == "项目\t预算数\t项目\t预算数"


def test_positions_counted_per_character_when_counting_cjk_double_shifts_the_figures():
    """pdftotext gives every character one position; counting a CJK character as two shifts each
    row's figures by its name's length, so that two figures fall in one cell: per character it is."""
    lines = [
        "科目编码    科目名称               合计       基本支出       项目支出",
        "221         住房保障支出           60.87         60.87          0.00",
        "22102       住房改革支出           60.87         60.87          0.00",
        "2210201     住房公积金             60.87         60.87          0.00",
        "            合计                 1668.14        746.39        921.75",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0] == "科目编码\t科目名称\t合计\t基本支出\t项目支出"
    assert out[4] == "\t合计\t1668.14\t746.39\t921.75"


def test_header_words_set_narrower_than_the_figures_name_the_columns_in_order():
    """pdftotext sets '项 目  行次  决算数' narrower than the rows below: each word lies left of its
    column, less than a column away; one word a column, in order, names them. The letter-spaced
    '栏   次' row numbers the columns, and is neither a row of figures nor a header text."""
    lines = [
        "     项     目       行次       决算数                  项     目     行次   决算数",
        "     栏     次                 1                   栏     次           2",
        "一、一般公共预算财政拨款收入         1          1668.14   一、一般公共服务支出       27           0.00",
        "二、政府性基金预算财政拨款收入        2            0.00    二、外交支出           28           0.00",
        "七、其他收入                 7            0.01    七、文化旅游体育与传媒支出    33           0.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0] == "项目\t行次\t决算数\t项目\t行次\t决算数"
    assert out[1].split("\t")[0] == "栏次" and "行次" not in out[1].split("\t")
    assert out[2] == "一、一般公共预算财政拨款收入\t1\t1668.14\t一、一般公共服务支出\t27\t0.00"


def test_a_label_wrapped_under_its_own_column_is_one_label():
    lines = [
        "                                     一般公共预算财    政府性基金预算",
        "  项目                    合计",
        "                                       政拨款          财政拨款",
        "一、一般公共服务支出       10.00          10.00            0.00",
        "二、住房保障支出            6.00           6.00            0.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0].split("\t")[-2:] == ["一般公共预算财政拨款", "政府性基金预算财政拨款"]
    assert out[3] == "一、一般公共服务支出\t10.00\t10.00\t0.00"


def test_two_lone_characters_far_apart_are_two_wrapped_ends_not_one_word():
    """'出' under '日常公用支' and '出' under '对附属单位补助支', a column apart: two cells' ends,
    never the word '出出' (Hangzhou's 支出预算总表)."""
    lines = [
        "  项目            总计       日常公用支        项目支出      对附属单位补助支",
        "                                出                                  出",
        "合计           99,230.46      12,237.94       28,506.17          0.00",
        "一般公共服务  12,868.19          0.00       12,868.19          0.00",
    ]
    out, problems = tabulate_aligned(lines)
    assert not problems
    assert out[0] == "项目\t总计\t日常公用支出\t项目支出\t对附属单位补助支出"
    assert out[2] == "合计\t99,230.46\t12,237.94\t28,506.17\t0.00"
