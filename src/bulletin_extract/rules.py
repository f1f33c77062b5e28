"""Where the rules live, and loading them once per process.

Rules are data: TOML files and word lists under ``rules/<lang>/``. An analyst
extends them without touching Python; ``BULLETIN_RULES`` points the tool at
another rules folder.
"""

from __future__ import annotations

import os
import re
import tomllib
from functools import cache
from pathlib import Path


@cache
def rules_dir() -> Path:
    override = os.environ.get("BULLETIN_RULES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "rules", here.parents[1] / "rules"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("no rules folder: set BULLETIN_RULES")


@cache
def load_toml(lang: str, name: str) -> dict:
    with (rules_dir() / lang / f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def load_words(lang: str, name: str) -> list[str]:
    """A word list: one entry per line, ``#`` starts a comment."""
    path = rules_dir() / lang / f"{name}.txt"
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            words.append(entry)
    return words


def alternation(words: list[str]) -> str:
    """A regex alternation that prefers the longest entry."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
