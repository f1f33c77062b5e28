"""Reading an archive of output lines for analysis (exports, the officials register).

The tool's records and the gold files share field names; they differ in a few
shapes (a gold body is a string, a record's body an object with ``name``; gold
items carry no offsets), so readers here accept both. Error records are
counted, never analysed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import orjson


class ArchiveError(ValueError):
    """An input that is not JSON Lines of records."""


@dataclass
class Archive:
    records: list[dict] = field(default_factory=list)
    errors: int = 0
    duplicates: int = 0

    def summary(self) -> str:
        parts = [f"{len(self.records)} documents", f"{self.errors} error records skipped"]
        if self.duplicates:
            parts.append(f"{self.duplicates} repeated documents skipped")
        return ", ".join(parts)


def read_archive(paths: Iterable[Path]) -> Archive:
    """Every record of the given JSON Lines files, once per document id, in file order."""
    archive = Archive()
    seen: set[str] = set()
    for path in paths:
        with path.open("rb") as fh:
            for number, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    item = orjson.loads(line)
                except orjson.JSONDecodeError as exc:
                    raise ArchiveError(f"{path}:{number}: not JSON: {exc}") from exc
                if not isinstance(item, dict) or "file" not in item:
                    raise ArchiveError(f"{path}:{number}: not a record")
                if item.get("record_type") == "error" or "error" in item:
                    archive.errors += 1
                    continue
                doc_id = document_id(item)
                if doc_id in seen:
                    archive.duplicates += 1
                    continue
                seen.add(doc_id)
                archive.records.append(item)
    return archive


def document_id(record: dict) -> str:
    return record.get("id") or record["file"]


def body_name(body: str | dict) -> str:
    """A body's name from a gold string or a record's object."""
    return body["name"] if isinstance(body, dict) else body


def seen_on(record: dict) -> str | None:
    """The day a document speaks for: its event date, else its publication date."""
    return record.get("event_date") or (record.get("header") or {}).get("date")
