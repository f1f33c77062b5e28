"""English backend: regex rules compiled once from ``rules/en``."""

from __future__ import annotations

import re

from bulletin_extract.document import DocState
from bulletin_extract.lang.base import Language
from bulletin_extract.lang.en import dates, directives, entities
from bulletin_extract.models import Body, Directive, Official, Span
from bulletin_extract.rules import load_words

_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9•●▪])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


class English(Language):
    code = "en"
    item_start = re.compile(
        r"^(?P<marker>[•●▪■◆◇○·*]|[-–—](?=\s)|\d{1,2}[.)](?=\s)|\(\d{1,2}\)|\([a-z]\)"
        r"|(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Finally|Lastly),)\s*"
    )
    paragraph_end = re.compile(r"[.!?:;][\"”’')\]]*$")

    def __init__(self) -> None:
        self.abbreviations = {w.lower() for w in load_words("en", "abbreviations")}

    def split_sentences(self, view: str, start: int, end: int) -> list[tuple[int, int]]:
        spans = []
        sentence_start = start
        for m in _BOUNDARY.finditer(view, start, end):
            word = _WORD_BEFORE.search(view, sentence_start, m.start())
            if word and (word.group(1).lower() in self.abbreviations or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
            spans.append((sentence_start, m.end()))
            sentence_start = m.end()
            while sentence_start < end and view[sentence_start].isspace():
                sentence_start += 1
        if sentence_start < end:
            spans.append((sentence_start, end))
        return spans

    def find_entities(self, state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
        return entities.find(state)

    def find_event_date(self, state: DocState) -> tuple[str | None, Span | None]:
        return dates.find_event_date(state)

    def find_directives(self, state: DocState) -> tuple[Directive, ...]:
        return directives.find(state)
