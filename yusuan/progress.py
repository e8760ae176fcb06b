"""Progress of the long stages (extraction, dbt, checks): done/total, rate and time left.

On a terminal a live bar; in a log file (a scheduler, CI) one line per stage when it ends,
so logs are not flooded with redraws.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


class RateColumn(ProgressColumn):
    """Items per second, in the unit the task names (e.g. '42.0 docs/s')."""

    def render(self, task: Task) -> Text:
        """The task's rate as text ('42.0 docs/s'; '- docs/s' before there is one)."""
        speed = task.finished_speed or task.speed
        unit = task.fields.get("unit", "items")
        return Text(f"{speed:,.1f} {unit}/s" if speed else f"- {unit}/s", style="progress.data.speed")


@dataclass
class Stage:
    """A handle on one stage's bar: ``advance()``, ``update(completed=…, total=…)``.

    The bar appears, and its clock starts, at the first call."""

    progress: Progress
    description: str
    total: int | None
    unit: str
    task: TaskID | None = None

    def _task(self) -> TaskID:
        if self.task is None:
            self.task = self.progress.add_task(self.description, total=self.total, unit=self.unit)
        return self.task

    def advance(self, n: int = 1) -> None:
        """Count ``n`` more items done (shows the bar on first use)."""
        self.progress.advance(self._task(), n)

    def update(self, **kwargs) -> None:
        """Pass keyword arguments (completed=, total=, description=) to rich's ``Progress.update``."""
        self.progress.update(self._task(), **kwargs)


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeElapsedColumn(),
        TextColumn("ETA"),
        TimeRemainingColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )


@contextmanager
def stages(console: Console, *specs: tuple[str, int | None, str]) -> Iterator[list[Stage]]:
    """Live bars for consecutive stages, one per (description, total, unit): done/total, rate,
    elapsed and time left (ETA). Only on a terminal; a log gets the summary lines instead."""
    progress = _progress(console)
    with progress:
        yield [Stage(progress, description, total, unit) for description, total, unit in specs]


@contextmanager
def stage(console: Console, description: str, total: int | None, unit: str) -> Iterator[Stage]:
    """One stage's live bar (see ``stages``)."""
    with stages(console, (description, total, unit)) as (bar,):
        yield bar


@dataclass
class DbtProgress:
    """Reads dbt's structured log (``--log-format json``), one JSON object per line.

    Counts the nodes finished against dbt's own total ("12 of 126") and keeps the lines a
    person needs when something goes wrong (errors, warnings). ``on_count(done, total)`` is
    called for every finished node."""

    on_count: Callable[[int, int], None] | None = None
    done: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)
    #: why dbt could not write its own log (logs/dbt.log), each distinct reason once, e.g.
    #: 'OSError: [Errno 28] No space left on device'; the tracebacks are not kept
    log_failures: list[str] = field(default_factory=list)
    _in_log_failure: bool = False
    _exceptions: list[str] = field(default_factory=list)

    def feed(self, line: str) -> None:
        """Read one line of dbt's output: a JSON log event, or text dbt printed outside its log.

        Counts finished nodes (calling ``on_count(done, total)``), takes dbt's total from the
        events that state it, and keeps error messages (ANSI colours removed) and any non-JSON
        line in ``errors``. Python's report of a log record its handler could not write (a
        '--- Logging error ---' block, up to its 'Arguments:' line: dbt's log file on a full
        disk prints one per event) is not kept line by line: the handler's exception goes to
        ``log_failures`` and the exception dbt was logging when it happened (e.g. DuckDB's
        'Could not write file …') to ``errors``, each distinct line once. Never raises on a
        malformed line.
        """
        if self._read_log_failure(line):
            return
        line = line.strip()
        if not line.startswith("{"):
            if line:
                self.errors.append(line)  # dbt printed something outside its log (a crash)
            return
        try:
            event = json.loads(line)
        except json.JSONDecodeError:
            self.errors.append(line)
            return
        info = event.get("info") or {}
        data = event.get("data") or {}
        name = info.get("name", "")
        if info.get("level") == "error" and info.get("msg"):
            self.errors.append(_ANSI.sub("", str(info["msg"])).strip())
        if name.startswith("LogHook"):  # on-run-start/end hooks count apart from the nodes
            return
        total = data.get("total") or data.get("num_models")
        if total:
            self.total = max(self.total, int(total))
        if "index" in data and name != "LogStartLine":
            # LogModelResult, LogTestResult, LogSeedResult, a skip …: one node finished
            self.done += 1
            if self.on_count:
                self.on_count(self.done, self.total)

    def _read_log_failure(self, line: str) -> bool:
        """True when ``line`` belongs to a '--- Logging error ---' block (then read here)."""
        if line.strip() == "--- Logging error ---":
            self._in_log_failure = True
            self._exceptions = []
            return True
        if not self._in_log_failure:
            return False
        if _EXCEPTION_LINE.match(line):
            self._exceptions.append(line.strip())
        elif line.startswith("Call stack:") and self._exceptions:
            # the last exception is the handler's own; those before it, what was being logged
            *logged, handler = self._exceptions
            self.log_failures += [handler] if handler not in self.log_failures else []
            self.errors += [found for found in dict.fromkeys(logged) if found not in self.errors]
            self._exceptions = []
        elif line.startswith("Arguments:"):  # the block's last line
            self._in_log_failure = False
        return True


# the last line of a traceback: an unindented 'OSError: [Errno 28] …' (any module-qualified name)
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|Exit): ")
