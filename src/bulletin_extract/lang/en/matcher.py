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
from typing import NamedTuple

from bulletin_extract.rules import factored

#: A match starts and ends on a whole word (letters, digits, apostrophes and hyphens make words).
_WORD_AFTER = r"(?![\w'’\-])"
_WORD_CHAR = re.compile(r"[\w'’\-]")
#: Matched texts whose rule is remembered, per label.
KNOWN_MATCHES = 10_000


@dataclass(frozen=True)
class Rule:
    label: str
    name: str
    pattern: str
    literal: str | None = None  # the phrase of a literal rule, white space folded

    @classmethod
    def phrase(cls, label: str, name: str, text: str) -> Rule:
        """A literal phrase; each space in it matches any run of white space."""
        words = text.split()
        return cls(label, name, r"\s+".join(re.escape(word) for word in words), " ".join(words))

    @classmethod
    def regex(cls, label: str, name: str, pattern: str) -> Rule:
        """A regular expression; each space in it matches any run of white space.
        One without special characters is a literal phrase."""
        if all(re.escape(word) == word for word in pattern.split()):
            return cls.phrase(label, name, pattern)
        return cls(label, name, pattern.replace(" ", r"\s+"))


class Match(NamedTuple):
    label: str
    rule: str
    start: int
    end: int


class SpanMatcher:
    def __init__(self, rules: Iterable[Rule], ignore_case: frozenset[str] = frozenset()) -> None:
        by_label: dict[str, list[Rule]] = {}
        for rule in rules:
            by_label.setdefault(rule.label, []).append(rule)
        self._scanners: dict[str, re.Pattern] = {}
        self._literals: dict[str, dict[str, str]] = {}
        self._rules: dict[str, list[tuple[re.Pattern, str]]] = {}
        self._known: dict[str, dict[str, str]] = {label: {} for label in by_label}
        self._folded = frozenset(label for label in by_label if label in ignore_case)
        for label, label_rules in by_label.items():
            ordered = sorted(label_rules, key=lambda r: len(r.pattern), reverse=True)
            flags = re.IGNORECASE if label in ignore_case else 0
            # Alternatives grouped by first letter, no named groups: re then scans for the possible
            # first letters at C speed and tries only the rules that open with the letter it found;
            # the rule behind a match is found afterwards on the matched text alone.
            alternatives = factored([rule.pattern for rule in ordered])
            self._scanners[label] = re.compile(f"(?:{alternatives}){_WORD_AFTER}", flags)
            self._literals[label] = {
                self._fold(label, rule.literal): rule.name for rule in reversed(ordered) if rule.literal
            }
            self._rules[label] = [(re.compile(rule.pattern, flags), rule.name) for rule in ordered if not rule.literal]

    def _rule(self, label: str, text: str) -> str:
        """The rule behind a match. The same few texts match again and again ("presided over"):
        the answer for each is kept (``_known``, bounded)."""
        known = self._known[label]
        if (name := known.get(text)) is not None:
            return name
        name = self._literals[label].get(self._fold(label, " ".join(text.split())))
        if name is None:
            name = next(name for pattern, name in self._rules[label] if pattern.fullmatch(text))
        if len(known) < KNOWN_MATCHES:
            known[text] = name
        return name

    def _fold(self, label: str, literal: str) -> str:
        """A literal as looked up: in lower case for a label matched ignoring case ("Witnessed by")."""
        return literal.lower() if label in self._folded else literal

    def _starts_word(self, text: str, start: int) -> bool:
        return start == 0 or _WORD_CHAR.match(text, start - 1) is None

    def finditer(self, label: str, text: str, start: int = 0, end: int | None = None) -> Iterator[Match]:
        for m in self._scanners[label].finditer(text, start, len(text) if end is None else end):
            if self._starts_word(text, m.start()):
                yield Match(label, self._rule(label, m.group()), m.start(), m.end())

    def match(self, label: str, text: str, pos: int, end: int | None = None) -> Match | None:
        """The rule of ``label`` that matches at ``pos`` exactly, if any."""
        m = self._scanners[label].match(text, pos, len(text) if end is None else end)
        if m is None or not self._starts_word(text, pos):
            return None
        return Match(label, self._rule(label, m.group()), m.start(), m.end())

    def ending_at(self, label: str, text: str, start: int, end: int) -> Match | None:
        """The rule of ``label`` whose match ends at ``end`` (white space before ``end`` skipped)."""
        while end > start and text[end - 1].isspace():
            end -= 1
        last = None
        for m in self.finditer(label, text, start, end):
            if m.end == end:
                last = m
        return last
