"""Where the rules live, and loading them once per process.

Rules are data: TOML files and word lists under ``rules/<lang>/``. An analyst
extends them without touching Python; ``BULLETIN_RULES`` points the tool at
another rules folder.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterator
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


class RulesError(Exception):
    """The rules cannot be used: a file that does not parse, a pattern that does not compile."""


@cache
def load_toml(lang: str, name: str) -> dict:
    path = rules_dir() / lang / f"{name}.toml"
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise RulesError(f"{path} does not parse: {exc}") from exc


def pattern_error(exc: re.error) -> RulesError:
    """Name the rule behind a pattern that does not compile, so that an analyst who edited the rules can
    mend them: the entries (values or keys) in ``rules/*/*.toml`` that do not compile on their own and
    appear, unescaped, in the failed pattern; the one holding the error's position when one does."""
    pattern = exc.pattern if isinstance(exc.pattern, str) else ""
    culprits = [(path, key, text, at) for path, key, text in _rule_strings() if (at := _place_in(pattern, text)) >= 0]
    holding = [c for c in culprits if exc.pos is not None and c[3] <= exc.pos < c[3] + len(c[2])]
    named = [f"{path}, {key}: {text!r}" for path, key, text, _ in holding or culprits]
    if not named:
        return RulesError(f"a pattern built from the rules does not compile: {exc}")
    return RulesError(f"{'; '.join(named)}: does not compile: {exc.msg}")


def _rule_strings() -> Iterator[tuple[Path, str, str]]:
    """Every string of every rules file that is not a regular expression by itself."""
    for path in sorted(rules_dir().glob("*/*.toml")):
        for key, text in _strings(load_toml(path.parent.name, path.stem), ""):
            try:
                re.compile(text)
            except re.error:
                yield path, key, text


def _strings(value: object, key: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, dict):
        for name, item in value.items():
            yield f"{key}.{name}" if key else name, name
            yield from _strings(item, f"{key}.{name}" if key else name)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{key}[{index}]")


def _place_in(pattern: str, text: str) -> int:
    """Where ``text`` stands in ``pattern`` as a pattern, not escaped, allowing for the ways the
    matchers build on rules (``^.*X.*$`` searched as ``X``, a shared first character factored out);
    -1 when it does not."""
    core = text.removeprefix("^.*").removesuffix(".*$")
    for variant, shift in ((core, 0), (core[1:], 1)):
        at = pattern.find(variant) if len(variant) > 1 else -1
        while at >= 0:
            if not pattern[:at].endswith("\\"):
                return at - shift
            at = pattern.find(variant, at + 1)
    return -1


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
    return factored([re.escape(w) for w in sorted(set(words), key=len, reverse=True)])


#: A first character that stands for itself: a letter, digit or CJK character, not quantified.
_PLAIN_FIRST = re.compile(r"[^\W_](?![*+?{])")


def factored(patterns: list[str]) -> str:
    """``p1|p2|…`` with the patterns that open with the same character grouped behind it
    (``a(?:bc|d)|x``), each group in the patterns' order. re tries the alternatives one after
    another at every position; grouped, it tries only those that can start there, which for the
    seventy role-verb patterns is three times faster. Patterns whose first characters differ even
    when case is ignored never match at the same place, so the result matches exactly what
    ``p1|p2|…`` matches, with or without ``re.IGNORECASE`` (a group whose first letters differ in
    case is kept together but not factored). Unless every pattern opens with a plain character,
    the patterns are joined as they are, and so are they when one holds a ``|`` of its own outside
    any group ("chaired|presided over" cannot lend its first letter to the rest)."""
    if not all(_PLAIN_FIRST.match(p) and not _splits_at_top(p) for p in patterns):
        return "|".join(patterns)
    groups: dict[str, list[str]] = {}
    for pattern in patterns:
        groups.setdefault(pattern[0].casefold(), []).append(pattern)
    return "|".join(
        f"{group[0][0]}(?:{'|'.join(p[1:] for p in group)})"
        if len(group) > 1 and len({p[0] for p in group}) == 1
        else "|".join(group)
        for group in groups.values()
    )


def _splits_at_top(pattern: str) -> bool:
    """Whether ``pattern`` holds a ``|`` outside every group and character class."""
    depth = 0
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1) * 2
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        i += 1
    return False
