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
