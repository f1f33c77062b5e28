"""Where a run's lines go: standard output, or a file that is whole or absent and resumable after a kill.

A run into a file writes ``<target>.part`` beside the target: JSON Lines whatever the format, each line handed
to the operating system as soon as it is made (so even SIGKILL loses at most the line being written), and the
``.part`` becomes the target, by rename, once every input has its line. ``--resume`` continues the ``.part`` a
stopped run left behind, or, when there is none newer than the target, starts a new ``.part`` from the target's
lines. Either way the complete lines are kept, a torn last line is dropped, and the inputs they hold are known.
A POSIX lock on the ``.part`` keeps two runs from writing the same target.
"""

from __future__ import annotations

import fcntl
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import orjson

FORMATS = ("jsonl", "json")


class UsageError(Exception):
    """The run cannot start as asked (exit code 2)."""


@dataclass
class Held:
    """What the kept lines of an earlier run hold."""

    files: set[str] = field(default_factory=set)
    records: int = 0
    errors: int = 0
    warnings: int = 0

    def add(self, line: dict) -> None:
        self.files.add(line["file"])
        if line.get("record_type") == "error":
            self.errors += 1
        else:
            self.records += 1
            self.warnings += len(line.get("warnings") or ())


def part_path(target: Path) -> Path:
    return target.with_name(target.name + ".part")


def parse_line(line: bytes) -> dict | None:
    """One output line (JSON Lines, or an item of the JSON format) as a dict; ``None`` for array brackets."""
    item = line.strip().removesuffix(b",")
    if item in (b"", b"[", b"]", b"[]"):
        return None
    value = orjson.loads(item)
    if not isinstance(value, dict) or not isinstance(value.get("file"), str):
        raise orjson.JSONDecodeError("not an output record", item.decode(errors="replace"), 0)
    return value


class JsonArray:
    """The ``json`` format, written item by item: ``[``, one record per line joined by commas, ``]``."""

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._write = write
        self._items = 0
        write(b"[")

    def item(self, line: bytes) -> None:
        self._write((b",\n" if self._items else b"\n") + line.rstrip(b"\n"))
        self._items += 1

    def close(self) -> None:
        self._write(b"\n]\n" if self._items else b"]\n")


class StreamOutput:
    """Lines to standard output as they come (no resume: a pipe cannot be read back)."""

    def __init__(self, fmt: str, stream: BinaryIO | None = None) -> None:
        self._stream = stream or sys.stdout.buffer
        self._array = JsonArray(self._stream.write) if fmt == "json" else None

    def open(self) -> Held:
        return Held()

    def write(self, line: bytes) -> None:
        if self._array is not None:
            self._array.item(line)
        else:
            self._stream.write(line)

    def commit(self) -> None:
        if self._array is not None:
            self._array.close()
        self._stream.flush()

    def abandon(self) -> None:
        with suppress(BrokenPipeError):
            self._stream.flush()


class FileOutput:
    """Lines to ``<target>.part``, renamed to the target when the run completes."""

    def __init__(self, target: Path, fmt: str, resume: bool = False, force: bool = False) -> None:
        self.target = target
        self.part = part_path(target)
        self._fmt = fmt
        self._resume = resume
        self._fd = -1
        if not target.parent.is_dir():
            raise UsageError(f"no such folder for the output: {target.parent}")
        if target.is_dir():
            raise UsageError(f"the output {target} is a folder")
        if resume or force:
            return
        if target.exists():
            raise UsageError(f"{target} exists; use --force to overwrite it or --resume to complete it")
        if self.part.exists():
            raise UsageError(
                f"{self.part} exists: the partial output of a run that was stopped (or is still going); "
                "use --resume to continue it or --force to start over"
            )

    def open(self) -> Held:
        """Take the ``.part`` (locked) and return what its kept lines hold."""
        part_exists, target_exists = self.part.exists(), self.target.exists()
        self._fd = os.open(self.part, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.lockf(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._close()
            raise UsageError(f"another extract run is writing {self.part}") from None
        held = Held()
        if self._resume and part_exists and (not target_exists or _newer(self.part, self.target)):
            kept = 0
            with open(self._fd, "rb", closefd=False) as part:
                for line, value in _complete_lines(part, self.part):
                    kept += len(line)
                    if value is not None:
                        held.add(value)
            os.ftruncate(self._fd, kept)
        else:
            os.ftruncate(self._fd, 0)
            if self._resume and target_exists:
                with self.target.open("rb") as earlier:
                    for line, value in _complete_lines(earlier, self.target):
                        if value is not None:
                            held.add(value)
                            self.write(line.strip().removesuffix(b",") + b"\n")
        os.lseek(self._fd, 0, os.SEEK_END)
        return held

    def write(self, line: bytes) -> None:
        view = memoryview(line)
        while view:
            view = view[os.write(self._fd, view) :]

    def commit(self) -> None:
        """Make the complete output the target, atomically, and remove the ``.part``."""
        os.fsync(self._fd)
        if self._fmt == "json":
            self._write_json_array()
            self.part.unlink()
        else:
            os.replace(self.part, self.target)
        _sync_folder(self.target.parent)
        self._close()

    def abandon(self) -> None:
        """Stop writing; the ``.part`` stays for ``--resume``."""
        self._close()

    def _close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def _write_json_array(self) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=self.target.parent)
        try:
            with os.fdopen(fd, "wb") as out, open(self._fd, "rb", closefd=False) as part:
                os.lseek(self._fd, 0, os.SEEK_SET)
                array = JsonArray(out.write)
                for line in part:
                    array.item(line)
                array.close()
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


def _complete_lines(lines: BinaryIO, path: Path) -> Iterator[tuple[bytes, dict | None]]:
    """The complete lines of an earlier output with their records; stops at a torn (unterminated) last line."""
    for number, line in enumerate(lines, 1):
        if not line.endswith(b"\n"):
            return
        try:
            value = parse_line(line)
        except orjson.JSONDecodeError:
            raise UsageError(f"{path} line {number} is not an output record; repair or remove the file") from None
        yield line, value


def _newer(path: Path, than: Path) -> bool:
    return path.stat().st_mtime_ns >= than.stat().st_mtime_ns


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
