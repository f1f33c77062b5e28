"""Running the pipeline over many inputs: one output line per input, always."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from bulletin_extract.jsonl import dumps
from bulletin_extract.models import ErrorInfo, ErrorRecord
from bulletin_extract.pipeline import extract


@dataclass
class Summary:
    records: int = 0
    errors: int = 0
    warnings: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        total = self.records + self.errors
        rate = total / self.seconds if self.seconds else 0.0
        return (
            f"{total} inputs: {self.records} records, {self.errors} errors, {self.warnings} warnings, {rate:.1f} docs/s"
        )


def collect_inputs(inputs: Iterable[Path], glob: str) -> list[Path]:
    """Files as given; folders searched recursively, in a stable order."""
    files: list[Path] = []
    for path in inputs:
        files.extend(sorted(p for p in path.rglob(glob) if p.is_file()) if path.is_dir() else [path])
    return files


def write_records(files: list[Path], output: Path | None, lang: str | None = None) -> Summary:
    """Extract every file and write its line; the output file appears whole or not at all."""
    summary = Summary()
    started = time.perf_counter()
    if output is None:
        _write(files, sys.stdout.buffer, lang, summary)
    else:
        fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".part", dir=output.parent or Path("."))
        try:
            with os.fdopen(fd, "wb") as sink:
                _write(files, sink, lang, summary)
            os.replace(tmp, output)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    summary.seconds = time.perf_counter() - started
    return summary


def _write(files: list[Path], sink, lang: str | None, summary: Summary) -> None:
    for path in files:
        try:
            raw = path.read_bytes()
        except OSError as exc:
            record = ErrorRecord(file=str(path), error=ErrorInfo(stage="read", message=exc.strerror or str(exc)))
        else:
            record = extract(str(path), raw, lang=lang)
        if isinstance(record, ErrorRecord):
            summary.errors += 1
        else:
            summary.records += 1
            summary.warnings += len(record.warnings)
        sink.write(dumps(record))
