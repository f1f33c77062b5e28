"""Running the pipeline over many inputs: every input gets exactly one output line, in input order.

Inputs are collected (folders walked, lists read, duplicates dropped), the ones an earlier run already holds
are skipped (``--resume``), the rest go through the workers, and the parent alone writes their lines. SIGINT,
SIGTERM and SIGHUP stop the run cleanly: the lines written so far stay in the ``.part`` for ``--resume``.
"""

from __future__ import annotations

import fnmatch
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from bulletin_extract.output import FileOutput, StreamOutput, UsageError
from bulletin_extract.workers import Limits, Outcome, Source, extract_in_pool, extract_in_process, warm_for

STDIN = "-"
STDIN_NAME = "<stdin>"
#: Signals that stop a run cleanly (the output so far is kept for ``--resume``).
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)

__all__ = ["BatchOptions", "Summary", "UsageError", "collect_inputs", "read_list", "run_batch"]


@dataclass(frozen=True)
class BatchOptions:
    lang: str | None = None
    jobs: int = 1
    limits: Limits = field(default_factory=Limits)
    fmt: str = "jsonl"
    resume: bool = False
    force: bool = False
    progress: bool = False


@dataclass
class Summary:
    """Counts over the whole output (kept lines included); the rate over this run's documents."""

    records: int = 0
    errors: int = 0
    warnings: int = 0
    kept: int = 0
    extracted: int = 0
    seconds: float = 0.0
    #: The signal that stopped the run before every input had its line.
    stopped_by: int | None = None

    def add(self, outcome: Outcome) -> None:
        self.extracted += 1
        if outcome.failed:
            self.errors += 1
        else:
            self.records += 1
            self.warnings += outcome.warnings

    def line(self) -> str:
        rate = self.extracted / self.seconds if self.seconds else 0.0
        text = (
            f"{self.records + self.errors} lines: {self.records} records, {self.errors} errors, "
            f"{self.warnings} warnings; {self.extracted} documents in {self.seconds:.1f} s, {rate:.1f} docs/s"
        )
        return text + (f"; {self.kept} lines kept from the earlier run" if self.kept else "")


class Stopped(BaseException):
    """A stop signal arrived during the run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def collect_inputs(paths: Iterable[str], glob: str = "*.txt", stdin: BinaryIO | None = None) -> list[Source]:
    """Inputs in the order given, each once; folders walked recursively in sorted order, ``-`` read from stdin."""
    names: dict[str, None] = {}
    sources: list[Source] = []
    for path in paths:
        if path == STDIN:
            if stdin is not None and STDIN_NAME not in names:
                names[STDIN_NAME] = None
                sources.append(Source(STDIN_NAME, stdin.read()))
        elif os.path.isdir(path):
            for name in _walk(path, glob):
                if name not in names:
                    names[name] = None
                    sources.append(Source(name))
        elif path not in names:
            names[path] = None
            sources.append(Source(path))
    return sources


def read_list(lines: Iterable[str]) -> Iterator[str]:
    """The paths of a ``--from-list`` file: one a line, blank lines skipped."""
    for line in lines:
        path = line.rstrip("\r\n")
        if path.strip():
            yield path


def _walk(root: str, glob: str) -> list[str]:
    found = [os.path.join(folder, name) for folder, _, files in os.walk(root) for name in fnmatch.filter(files, glob)]
    return sorted(found, key=lambda name: name.split(os.sep))


def run_batch(sources: list[Source], output: Path | None, options: BatchOptions) -> Summary:
    """Write one line per input to ``output`` (standard output when ``None``); a stop signal ends it early."""
    summary = Summary()
    warm_for(len(sources), options.lang)  # before any output: with broken rules the run stops here, saying why
    with StopSignals() as stop_signals:
        sink = FileOutput(output, options.fmt, options.resume, options.force) if output else StreamOutput(options.fmt)
        started = time.perf_counter()
        try:
            held = sink.open()
            summary.records, summary.errors, summary.warnings = held.records, held.errors, held.warnings
            summary.kept = held.records + held.errors
            todo = [source for source in sources if source.name not in held.files]
            with closing(_outcomes(todo, options)) as outcomes, _progress(len(todo), options.progress) as advance:
                for outcome in outcomes:
                    sink.write(outcome.line)
                    summary.add(outcome)
                    advance()
            stop_signals.armed = False  # every line is written: let the output complete
        except Stopped as stop:
            summary.stopped_by = stop.signum
            sink.abandon()
        except BaseException:
            sink.abandon()
            raise
        else:
            sink.commit()
        summary.seconds = time.perf_counter() - started
    return summary


def _outcomes(todo: list[Source], options: BatchOptions) -> Iterator[Outcome]:
    jobs = min(options.jobs, len(todo))
    if jobs <= 1:
        return extract_in_process(todo, options.lang, options.limits)
    return extract_in_pool(todo, options.lang, options.limits, jobs)


class StopSignals:
    """SIGINT, SIGTERM and SIGHUP raise ``Stopped`` while armed (main thread only), so the run ends cleanly."""

    def __init__(self) -> None:
        self.armed = True
        self._previous: dict[int, object] = {}

    def __enter__(self) -> StopSignals:
        if threading.current_thread() is threading.main_thread():
            self._previous = {signum: signal.signal(signum, self._stop) for signum in STOP_SIGNALS}
        return self

    def __exit__(self, *exc_info: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _stop(self, signum: int, frame: object) -> None:
        if self.armed:
            raise Stopped(signum)


@contextmanager
def _progress(total: int, enabled: bool) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr (count, rate, time left), redrawn by the writing loop, not by a thread."""
    if not enabled:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    # no refresh thread: worker processes are forked from this one, and forking a threaded process is unsafe
    with Progress(*columns, console=Console(stderr=True), auto_refresh=False, transient=True) as progress:
        task = progress.add_task("extract", total=total, rate="")
        last_drawn = 0.0

        def advance() -> None:
            nonlocal last_drawn
            progress.advance(task)
            now = time.monotonic()
            if now - last_drawn > 0.1:
                speed = progress.tasks[0].speed
                progress.update(task, rate=f"{speed:.0f} docs/s" if speed else "")
                progress.refresh()
                last_drawn = now

        progress.refresh()
        yield advance
