"""Extraction of many documents: one at a time under a time limit, in worker processes or in-process.

The pool is hand-made rather than ``concurrent.futures``: a worker that dies (killed, out of memory) must
cost only the document it held, and a document past its time limit must be stopped without stopping the
batch. Each document is guarded twice: an alarm inside the worker interrupts it at ``timeout`` (Python
code and regular expressions check for signals), and the parent kills a worker whose document runs on past
``hard_deadline`` (stuck in C code that never looks at signals).
"""

from __future__ import annotations

import multiprocessing
import os
import selectors
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from multiprocessing.connection import Connection
from types import TracebackType
from typing import NamedTuple

from bulletin_extract.document import StageError
from bulletin_extract.jsonl import dumps
from bulletin_extract.models import ErrorInfo, ErrorRecord
from bulletin_extract.output import UsageError
from bulletin_extract.pipeline import content_id, extract

#: Documents sent ahead to a worker, so it never waits for the parent between two documents.
PREFETCH = 2
#: How far past the oldest unwritten document workers may run; bounds the results held for ordering.
WINDOW_PER_JOB = 256
#: Seconds between checks, by an idle worker, that its parent is still alive.
ORPHAN_CHECK = 1.0
#: One short bulletin per language backend, run by ``warm``.
WARM_UP_TEXTS = {
    "en": "Date: 2024-05-06\n\nOn May 6, the district government held a meeting on foreign affairs. "
    "The meeting stressed that the offices should strengthen coordination.\n",
    "zh": "发布时间：2024-05-06\n\n5月6日，区政府召开外事工作会议。会议强调，各部门要加强协调。\n",
}


class Source(NamedTuple):
    """One input: a path read by the worker, or bytes already read (standard input)."""

    name: str
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 5_000_000
    #: Seconds per document; 0 means no limit.
    timeout: float = 5.0

    @property
    def hard_deadline(self) -> float | None:
        """When the parent gives up on a worker that the alarm did not stop."""
        return 2 * self.timeout + 1.0 if self.timeout else None


class Outcome(NamedTuple):
    """A finished document: its output line, ready to write."""

    line: bytes
    failed: bool
    warnings: int = 0


class DocumentTimeout(BaseException):
    """Raised by the alarm inside a document that ran past its time limit.

    A ``BaseException`` so that the pipeline's catch-all for stage bugs lets it through.
    """


@cache
def warm(lang: str | None = None) -> None:
    """Build the pipeline now (backends, rules, dictionaries, lazy caches) so that no document pays for it:
    every language's, or only that of ``lang`` when ``--lang`` forces one.

    A short bulletin per language goes through every stage: what a backend loads on first use is loaded too.
    Raises ``UsageError`` when that bulletin fails, as every document would (rules that do not load).
    """
    for code, text in WARM_UP_TEXTS.items():
        if lang in (None, code):
            outcome = extract("warm-up", text.encode(), code)
            if isinstance(outcome, ErrorRecord):
                raise UsageError(f"every {code} document would fail: {outcome.error.message}")


def warm_for(inputs: int, lang: str | None) -> None:
    """Warm up for a batch of ``inputs`` documents (once per process).

    A lone input of unforced language warms nothing up front: it loads only its own language's backend
    (a few tenths of a second, inside its time limit), so that one document is quick from start to exit.
    """
    if inputs > 1 or (inputs and lang is not None):
        warm(lang)


def error_outcome(file: str, stage: str, message: str, doc_id: str | None = None) -> Outcome:
    record = ErrorRecord(file=file, id=doc_id, error=ErrorInfo(stage=stage, message=message))
    return Outcome(dumps(record), failed=True)


def read_source(source: Source, max_bytes: int) -> bytes:
    """The input's bytes, never more than ``max_bytes`` of them read."""
    if source.data is not None:
        raw = source.data
    else:
        try:
            with open(source.name, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size  # 0 for pipes and devices: their length shows on reading
                raw = b"" if size > max_bytes else fh.read(max_bytes + 1)
        except OSError as exc:
            raise StageError("read", exc.strerror or str(exc)) from exc
        if size > max_bytes:
            raise StageError("read", f"{size} bytes, over --max-bytes {max_bytes}")
    if len(raw) > max_bytes:
        raise StageError("read", f"over {max_bytes} bytes (--max-bytes)")
    return raw


def extract_one(source: Source, lang: str | None, limits: Limits) -> Outcome:
    """Read, extract and serialise one input; every failure becomes an error line."""
    raw = None
    try:
        with time_limit(limits.timeout):
            raw = read_source(source, limits.max_bytes)
            record = extract(source.name, raw, lang)
            line = dumps(record)
    except StageError as exc:
        return error_outcome(source.name, exc.stage, exc.message)
    except DocumentTimeout as exc:
        stage = _running_stage(exc.__traceback__) or ("read" if raw is None else "output")
        message = f"over the time limit of {limits.timeout:g} s (--timeout)"
        return error_outcome(source.name, stage, message, content_id(raw) if raw is not None else None)
    except Exception as exc:  # a bug outside the pipeline's own guard (reading, serialising) costs one document
        stage = "read" if raw is None else "output"
        message = f"internal error: {type(exc).__name__}: {exc}"
        return error_outcome(source.name, stage, message, content_id(raw) if raw is not None else None)
    if isinstance(record, ErrorRecord):
        return Outcome(line, failed=True)
    return Outcome(line, failed=False, warnings=len(record.warnings))


def _on_alarm(signum: int, frame: object) -> None:
    raise DocumentTimeout


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``DocumentTimeout`` inside the block once ``seconds`` have passed (main thread only)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _running_stage(tb: TracebackType | None) -> str | None:
    """The pipeline stage the alarm interrupted, read from the ``extract`` frame it unwound, if any."""
    while tb is not None:
        if tb.tb_frame.f_code is extract.__code__:
            return tb.tb_frame.f_locals.get("stage_name")
        tb = tb.tb_next
    return None


def extract_in_process(sources: Sequence[Source], lang: str | None, limits: Limits) -> Iterator[Outcome]:
    """``--jobs 1``: every document in this process, in order (only the alarm guards the time limit)."""
    warm_for(len(sources), lang)
    for source in sources:
        yield extract_one(source, lang, limits)


def extract_in_pool(sources: Sequence[Source], lang: str | None, limits: Limits, jobs: int) -> Iterator[Outcome]:
    """Every document through ``jobs`` worker processes; outcomes come back in input order."""
    with WorkerPool(jobs, lang, limits) as pool:
        yield from pool.run(sources)


def _worker_main(conn: Connection, lang: str | None, limits: Limits, parent: int) -> None:
    """A worker's life: documents in, outcomes out, until the parent closes the pipe or dies."""
    for signum in (signal.SIGINT, signal.SIGHUP):  # sent to the whole process group: the parent decides
        signal.signal(signum, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    warm(lang)
    try:
        while True:
            while not conn.poll(ORPHAN_CHECK):
                if os.getppid() != parent:
                    return
            task = conn.recv()
            if task is None:
                return
            index, source = task
            conn.send((index, extract_one(source, lang, limits)))
    except (EOFError, BrokenPipeError):
        return


class _Pending:
    """Documents not yet sent to a worker, in input order: any a dead worker held first, then the rest."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self._rest = enumerate(sources)
        self._front: deque[tuple[int, Source]] = deque()

    def peek(self) -> tuple[int, Source] | None:
        if not self._front and (task := next(self._rest, None)) is not None:
            self._front.append(task)
        return self._front[0] if self._front else None

    def pop(self) -> tuple[int, Source]:
        return self._front.popleft()

    def send_back(self, tasks: deque[tuple[int, Source]]) -> None:
        self._front.extendleft(reversed(tasks))


@dataclass(eq=False)
class _Worker:
    process: multiprocessing.process.BaseProcess
    conn: Connection
    #: Documents sent to this worker and not yet answered, oldest (the one it is working on) first.
    queue: deque[tuple[int, Source]] = field(default_factory=deque)
    #: When the worker started on the oldest queued document.
    started: float = 0.0


class WorkerPool:
    """Worker processes, each fed a document or two at a time; the parent alone orders and writes results."""

    def __init__(self, jobs: int, lang: str | None, limits: Limits) -> None:
        methods = multiprocessing.get_all_start_methods()
        # fork shares the parent's built backends copy-on-write, and a replacement worker starts warm at once
        self._context = multiprocessing.get_context("fork" if "fork" in methods else None)
        self._jobs = jobs
        self._lang = lang
        self._limits = limits
        self._workers: list[_Worker] = []
        self._idle_deaths = 0
        self._todo = _Pending(())
        #: Outcomes waiting for the documents before them, by input index.
        self._finished: dict[int, Outcome] = {}
        #: Every worker's pipe and process sentinel, registered once rather than on every wait.
        self._selector = selectors.DefaultSelector()

    def __enter__(self) -> WorkerPool:
        if self._context.get_start_method() == "fork":
            warm(self._lang)
        self._workers = [self._spawn() for _ in range(self._jobs)]
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close(graceful=exc_info[0] is None)

    def run(self, sources: Sequence[Source]) -> Iterator[Outcome]:
        self._todo = _Pending(sources)
        self._finished = {}
        window = WINDOW_PER_JOB * self._jobs
        next_out = 0
        while next_out < len(sources):
            self._dispatch(until=next_out + window)
            self._collect()
            while next_out in self._finished:
                yield self._finished.pop(next_out)
                next_out += 1

    def close(self, graceful: bool = True) -> None:
        for worker in self._workers:
            if graceful:
                with suppress(OSError):
                    worker.conn.send(None)
            else:
                worker.process.kill()
        for worker in self._workers:
            worker.process.join(timeout=2.0)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self._workers = []
        self._selector.close()

    def _spawn(self) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=_worker_main, args=(child_end, self._lang, self._limits, os.getpid()), daemon=True
        )
        process.start()
        child_end.close()
        worker = _Worker(process, parent_end)
        self._selector.register(parent_end, selectors.EVENT_READ, (worker, True))
        self._selector.register(process.sentinel, selectors.EVENT_READ, (worker, False))
        return worker

    def _dispatch(self, until: int) -> None:
        """Top up every worker's queue. Bytes read from standard input go only to an idle worker, which reads
        them at once: a big message to a busy worker could block both ends of the pipe, each sending."""
        for worker in self._workers:
            while len(worker.queue) < PREFETCH and (task := self._todo.peek()) is not None and task[0] < until:
                if task[1].data is not None and worker.queue:
                    break
                try:
                    worker.conn.send(task)
                except OSError:  # the worker is dead: its sentinel will tell, the document waits for another
                    break
                if not worker.queue:
                    worker.started = time.monotonic()
                worker.queue.append(self._todo.pop())

    def _collect(self) -> None:
        """Wait for at least one event: an outcome, a dead worker, or a document past the deadline."""
        busy = [w for w in self._workers if w.queue]
        deadline = self._limits.hard_deadline
        timeout = None
        if deadline is not None and busy:
            timeout = max(0.0, min(w.started for w in busy) + deadline - time.monotonic())
        for key, _ in self._selector.select(timeout):
            worker, is_pipe = key.data
            if worker not in self._workers:
                continue
            if is_pipe:
                self._receive(worker)
            elif not self._drain(worker):
                self._replace(worker, self._death_message(worker))
        if deadline is not None:
            now = time.monotonic()
            for worker in [w for w in self._workers if w.queue and now - w.started > deadline]:
                self._drain(worker)  # an outcome may have arrived just now
                if not worker.queue or now - worker.started <= deadline:
                    continue
                worker.process.kill()
                worker.process.join()
                message = f"over the time limit of {self._limits.timeout:g} s (--timeout); its worker was killed"
                self._replace(worker, message)

    def _receive(self, worker: _Worker) -> None:
        try:
            index, outcome = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join()
            self._replace(worker, self._death_message(worker))
            return
        self._accept(worker, index, outcome)

    def _accept(self, worker: _Worker, index: int, outcome: Outcome) -> None:
        queued_index, _ = worker.queue.popleft()
        assert queued_index == index, "a worker answers its documents in the order it got them"
        self._finished[index] = outcome
        worker.started = time.monotonic()
        self._idle_deaths = 0

    def _drain(self, worker: _Worker) -> bool:
        """Take the outcomes a worker sent before it exited; ``True`` if it is in fact still alive."""
        try:
            while worker.conn.poll():
                index, outcome = worker.conn.recv()
                self._accept(worker, index, outcome)
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return True
        worker.process.join()
        return False

    def _replace(self, worker: _Worker, message: str) -> None:
        """A worker is gone: its current document gets the error line, the ones queued behind it go back."""
        self._selector.unregister(worker.conn)
        self._selector.unregister(worker.process.sentinel)
        worker.conn.close()
        if worker.queue:
            index, source = worker.queue.popleft()
            self._finished[index] = error_outcome(source.name, "worker", message)
            self._todo.send_back(worker.queue)
        else:
            self._idle_deaths += 1
            if self._idle_deaths > 2 * self._jobs + 2:
                raise RuntimeError(f"extraction workers keep dying before any document: {message}")
        self._workers[self._workers.index(worker)] = self._spawn()

    @staticmethod
    def _death_message(worker: _Worker) -> str:
        code = worker.process.exitcode
        if code is not None and code < 0:
            return f"its worker process died ({signal.Signals(-code).name}) while extracting it"
        return f"its worker process exited (status {code}) while extracting it"
