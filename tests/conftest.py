"""Shared paths and helpers for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
DEV = REPO.parent / "shared" / "corpus" / "dev"


@pytest.fixture(scope="session")
def dev_corpus() -> Path:
    if not DEV.is_dir():
        pytest.fail(f"the dev corpus is missing: expected {DEV} beside the checkout")
    return DEV


def extracted(page: str, lang: str):
    """The record of a page written in a test (it must not become an error record)."""
    from bulletin_extract.pipeline import extract

    record = extract("page.txt", page.encode("utf-8"), lang=lang)
    assert record.record_type == "record", record
    return record


def officials_of(record) -> dict[str, dict]:
    """Officials in gold's terms: name → titles as (text, position, body) and roles."""
    return {
        o.name: {"titles": [(t.text, t.position, t.body) for t in o.titles], "roles": o.roles} for o in record.officials
    }


def body_names(record) -> list[str]:
    return [b.name for b in record.bodies]
