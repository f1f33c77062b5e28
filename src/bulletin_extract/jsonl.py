"""JSON Lines in and out (orjson)."""

from __future__ import annotations

from pathlib import Path

import orjson
from pydantic import BaseModel


def dumps(record: BaseModel) -> bytes:
    return orjson.dumps(record.model_dump(mode="json")) + b"\n"


def read_jsonl(path: Path) -> list[dict]:
    with path.open("rb") as fh:
        return [orjson.loads(line) for line in fh if line.strip()]
