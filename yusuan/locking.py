"""One command at a time per project: ``yusuan run / extract / build`` hold the project lock.

Two runs on one project would write the same seed files, dbt's target/ folder and the same
warehouse: run A could report "warehouse written" for a warehouse holding run B's
documents. The lock is an advisory ``flock`` on ``<project>/.yusuan.lock``, released by the
operating system when the process ends however it ends (a kill -9 leaves no stale lock).
The file holds the pid and command of the holder, for the message the second one prints.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from yusuan.project import EnvironmentProblem

LOCK_NAME = ".yusuan.lock"


def lock_wait_seconds() -> float:
    """How long a second command waits for the lock (YUSUAN_LOCK_WAIT, seconds; default 0:
    it exits at once)."""
    text = os.environ.get("YUSUAN_LOCK_WAIT", "").strip()
    try:
        return max(float(text), 0.0) if text else 0.0
    except ValueError as exc:
        raise EnvironmentProblem(f"YUSUAN_LOCK_WAIT must be a number of seconds, got {text!r}") from exc


@contextmanager
def project_lock(root: Path, command: str, wait: float | None = None) -> Iterator[None]:
    """Hold the lock of the project at ``root`` for the block.

    Waits up to ``wait`` seconds (default ``lock_wait_seconds()``) for another command to
    finish; raises ``EnvironmentProblem`` (exit 2) naming the holder when it does not, or when
    the lock file cannot be written.
    """
    wait = lock_wait_seconds() if wait is None else wait
    path = root / LOCK_NAME
    try:
        handle = open(path, "a+")  # noqa: SIM115 - held open for the whole block
    except OSError as exc:
        raise EnvironmentProblem(f"cannot create the lock file {path}: {exc.strerror}") from exc
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.seek(0)
                    holder = handle.read().strip() or "another process"
                    raise EnvironmentProblem(
                        f"another yusuan command is running on this project ({holder}): "
                        f"wait for it to finish (or set YUSUAN_LOCK_WAIT=<seconds> to wait for it); "
                        f"lock file {path}"
                    ) from None
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()}, `yusuan {command}` since {time.strftime('%Y-%m-%d %H:%M:%S')}")
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            handle.flush()
    finally:
        handle.close()
