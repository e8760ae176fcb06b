"""The common representation every layout reader produces.

A layout reader turns the lines of one table body into ``Row`` objects (cells with the
line each cell starts on); everything after that (header/data split, column labels,
interpretation) is shared and knows nothing about the layout.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Row:
    """One table row. A reader builds its cells completely before anything reads them, and
    they never change afterwards: ``stripped``, ``filled`` and ``text`` are computed once."""

    cells: list[str]  # cell text as printed (continuation lines joined), not stripped
    lines: list[int]  # 1-based source line of each cell
    # True when the layout drops merged cells (one cell per line exports): a short row may
    # then miss cells in the middle, not only at the end.
    merged_dropped: bool = False
    # computed on first use (functools.cached_property takes a lock on every read in 3.11);
    # set in __post_init__, not as field defaults: mypyc leaves init=False defaults unset
    _stripped: list[str] | None = field(init=False, repr=False, compare=False)
    _filled: list[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._stripped = None
        self._filled = None

    @property
    def line(self) -> int:
        """The 1-based source line of the row's first cell (0 for a row without cells)."""
        return self.lines[0] if self.lines else 0

    @property
    def stripped(self) -> list[str]:
        """The cells without surrounding spaces (a shared list: do not change it)."""
        if self._stripped is None:
            self._stripped = [c.strip() for c in self.cells]
        return self._stripped

    @property
    def filled(self) -> list[str]:
        """The non-empty stripped cells (a shared list: do not change it)."""
        if self._filled is None:
            self._filled = [c for c in self.stripped if c]
        return self._filled

    @property
    def text(self) -> str:
        """The stripped cells joined by tabs, trailing empty cells dropped (raw rows' source_text)."""
        return "\t".join(self.stripped).rstrip("\t")


@dataclass
class Title:
    kind: str  # a key of extract.schema.TABLE_KINDS, or '' when not recognised
    text: str  # as printed, wrapped parts joined, whitespace removed
    line: int  # 1-based line of the title (its first part)
    end_line: int  # 1-based line of its last part
    number: str = ""  # 表一 ... as printed
    number_line: int | None = None
    amount_unit: str = ""  # a unit printed on the title's own line ('…表部门名称：X 单位：万元'), see Table
    # a bare '续表' line ('续表1', '（续表）', '续上表'): the previous title's table goes on under it
    # (kind and text are that title's)
    continues: bool = False
    # a narrative line announcing the table under it ('…按功能分类科目情况如下：', titles._lead_title): the
    # line is the narrative's too, the table starts after it
    lead: bool = False

    @property
    def start_line(self) -> int:
        """The first line of the title block: the 表一 number's line when printed apart, else the title's."""
        return self.number_line or self.line


@dataclass
class Table:
    seq: int
    title: Title
    rows: list[Row] = field(default_factory=list)  # every row of the body, meta rows removed
    # from the table's own unit line (extract.tables.meta.unit_of): a key of
    # extract.numbers.UNIT_FACTORS ('元' | '千元' | '万元' | '百万元' | '亿元' ...), or a unit
    # printed there that is not one ('美元', '%': the table is left unread)
    amount_unit: str = ""
    amount_unit_line: int | None = None
    subtitles: list[str] = field(default_factory=list)
    notes: list[tuple[int, str]] = field(default_factory=list)  # 备注 / 说明 lines
    end_line: int = 0
    empty_marker: bool = False  # "此表无数据" / "本单位无…"
    # filled by the interpreters
    is_empty: bool = False
    row_count: int = 0
    value_count: int = 0
    orphans: list[Row] = field(default_factory=list)  # rows after the data that fit no header
    # a function table printed with names only: the 款/项 whose code the reference does not
    # give, as (line, '款 公共安全支出 > 监狱'), and the finest level at which every row of the
    # table is coded (1 类, 2 款, 3 项); extract.tables.interpret.load_at_coded_level
    uncoded: list[tuple[int, str]] = field(default_factory=list)
    coded_level: int = 3

    @property
    def kind(self) -> str:
        """The table kind of its title (a key of extract.schema.TABLE_KINDS, '' when not recognised)."""
        return self.title.kind
