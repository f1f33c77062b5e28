"""The interface every language backend implements.

Stages call these methods and never branch on the language themselves. A
backend loads its rules (and heavy tools such as jieba) in ``__init__``, which
runs once per process (``get_language`` caches it).
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Iterable
from typing import ClassVar

from bulletin_extract.document import DocState
from bulletin_extract.models import Body, Directive, Official, Span

#: The order of an official's roles in every record, whatever order the text gave them in.
ROLE_ORDER = ("chair", "attendee", "speaker")


def final_roles(found: Iterable[str]) -> list[str]:
    """An official's roles in ``ROLE_ORDER``: a chair is not also an attendee, and a person who did nothing
    at the event is mentioned."""
    roles = set(found)
    if "chair" in roles:
        roles.discard("attendee")
    return [role for role in ROLE_ORDER if role in roles] or ["mentioned"]


class Language(ABC):
    code: ClassVar[str]
    #: A line that opens a list item (bullet, number, ordinal); group "marker" is the marker.
    item_start: re.Pattern
    #: Characters that end a paragraph's last line (a wrapped line lacks them).
    paragraph_end: re.Pattern

    def fold(self, view: str) -> str:
        """Same-length normalisation of the view for matching (e.g. traditional → simplified)."""
        return view

    def opens_paragraph(self, line: str) -> bool:
        """Whether a line starts a paragraph of its own, even after a line that did not end a sentence:
        a list item."""
        return self.item_start.match(line) is not None

    def clean(self, text: str) -> str:
        """An output string from a slice of the text: white space folded."""
        return " ".join(text.split())

    @abstractmethod
    def split_sentences(self, view: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentence spans inside the paragraph ``view[start:end]``."""

    @abstractmethod
    def find_entities(self, state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
        """Officials (with titles, roles, mentions) and bodies of the document."""

    @abstractmethod
    def find_event_date(self, state: DocState) -> tuple[str | None, Span | None]:
        """The day the reported event happened, with the span that states it."""

    @abstractmethod
    def find_directives(self, state: DocState) -> tuple[Directive, ...]:
        """What the meeting asked for, one item each."""


def sentence_spans(view: str, start: int, end: int, stops: Iterable[int]) -> list[tuple[int, int]]:
    """The sentences of ``view[start:end]`` that end at each of ``stops`` (and the rest after the
    last); white space between sentences belongs to none."""
    spans = []
    sentence_start = start
    for stop in stops:
        spans.append((sentence_start, stop))
        sentence_start = stop
        while sentence_start < end and view[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        spans.append((sentence_start, end))
    return spans
