"""A span matcher in the manner of medspaCy's target rules and spaCy's SpanRuler.

Each rule is a literal or a regular expression with a label and a name. The rules of
one label compile into a single alternation (longest pattern first), so one scan finds
every rule of that label and each match remembers which rule produced it. Labels are
matched independently: spans of different labels may overlap or nest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

#: A match starts and ends on a whole word (letters, digits, apostrophes and hyphens make words).
_WORD_BEFORE = r"(?<![\w'’\-])"
_WORD_AFTER = r"(?![\w'’\-])"


@dataclass(frozen=True)
class Rule:
    label: str
    name: str
    pattern: str

    @classmethod
    def literal(cls, label: str, name: str, text: str) -> Rule:
        """A literal phrase; each space in it matches any run of white space."""
        return cls(label, name, r"\s+".join(re.escape(part) for part in text.split()))

    @classmethod
    def regex(cls, label: str, name: str, pattern: str) -> Rule:
        """A regular expression; each space in it matches any run of white space."""
        return cls(label, name, pattern.replace(" ", r"\s+"))


@dataclass(frozen=True)
class Match:
    label: str
    rule: str
    start: int
    end: int


class SpanMatcher:
    def __init__(self, rules: Iterable[Rule], ignore_case: frozenset[str] = frozenset()) -> None:
        by_label: dict[str, list[Rule]] = {}
        for rule in rules:
            by_label.setdefault(rule.label, []).append(rule)
        self._patterns: dict[str, re.Pattern] = {}
        self._rule_names: dict[str, dict[str, str]] = {}
        for label, label_rules in by_label.items():
            ordered = sorted(label_rules, key=lambda r: len(r.pattern), reverse=True)
            names = {f"r{i}": rule.name for i, rule in enumerate(ordered)}
            alternatives = "|".join(f"(?P<r{i}>{rule.pattern})" for i, rule in enumerate(ordered))
            flags = re.IGNORECASE if label in ignore_case else 0
            self._patterns[label] = re.compile(f"{_WORD_BEFORE}(?:{alternatives}){_WORD_AFTER}", flags)
            self._rule_names[label] = names

    def _match(self, label: str, m: re.Match) -> Match:
        return Match(label, self._rule_names[label][m.lastgroup], m.start(), m.end())

    def finditer(self, label: str, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        pattern = self._patterns[label]
        for m in pattern.finditer(text, start, len(text) if end is None else end):
            yield self._match(label, m)

    def match(self, label: str, text: str, pos: int, end: int | None = None) -> Match | None:
        """The rule of ``label`` that matches at ``pos`` exactly, if any."""
        m = self._patterns[label].match(text, pos, len(text) if end is None else end)
        return self._match(label, m) if m else None

    def ending_at(self, label: str, text: str, start: int, end: int) -> Match | None:
        """The rule of ``label`` whose match ends at ``end`` (white space before ``end`` skipped)."""
        while end > start and text[end - 1].isspace():
            end -= 1
        last = None
        for m in self._patterns[label].finditer(text, start, end):
            if m.end() == end:
                last = m
        return self._match(label, last) if last else None
