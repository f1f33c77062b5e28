"""English backend: regex rules compiled once from ``rules/en``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from bulletin_extract.document import DocState
from bulletin_extract.lang.base import Language, sentence_spans
from bulletin_extract.lang.en import dates, directives, entities
from bulletin_extract.lang.en.lexicon import lexicon
from bulletin_extract.models import Body, Directive, Official, Span
from bulletin_extract.rules import load_words

#: A sentence ends at . ! ? (closing quotes and brackets included) before white space and a capital, digit or bullet.
#: Possessive runs started only at a run's first character keep the scan linear on "....." or "”””". The
#: pattern opens with its character class, not with the look-behind, so that re scans for it at C speed.
_BOUNDARY = re.compile(r"[.!?](?<![.!?][.!?])[.!?]*+[\"”’')\]]*+(?=\s+[\"“‘(\[]?[A-Z0-9•●▪])")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
#: Characters before a full stop searched for an abbreviation: longer than any abbreviation.
ABBREVIATION_WINDOW = 12
_INITIAL = re.compile(r"[A-Z]")
_LOWER_WORD_START = re.compile(r"(?<![\w'’])[a-z]")
#: Characters before a position's last word searched for the whole position ("executive vice mayor").
LOWER_POSITION_WINDOW = 60
#: A line of a list of people: a name of a few capitalised words, a dash and what the person is
#: ("<name> — Vice Mayor and …"); the lines of such a list are no wrapped paragraph.
_ENTRY_START = re.compile(r"[A-Z][\w'’.\-]*(?:[ ]+[A-Z][\w'’.\-]*){0,4}[ ]+[—–][ ]+[A-Z]")
#: A labelled line of minutes or a notice ("Present: …", "Chaired by: …", "Date of meeting: …"): a label of a
#: few words and a colon. Such lines are fields, one each, even where none ends with a full stop.
_LABELLED_LINE = re.compile(r"[A-Z][\w'’\-]*(?:[ ][\w'’\-]+){0,5}:[ \t]")


def _paragraph_end(abbreviations: set[str]) -> re.Pattern:
    """A line that ends a sentence or announces a list, so no wrapped line goes on after it. A full
    stop after an abbreviation or an initial ("H.E.", "Mr.", "J.") and a semicolon ("…; serve …")
    may be followed by a wrapped line; a list item after a semicolon opens with its own marker.
    Single characters as alternatives (not ``[!?:]``) let re scan for the four of them at C speed."""
    not_abbreviated = "".join(rf"(?<!\b{re.escape(a)}\.)" for a in sorted(abbreviations))
    return re.compile(rf"(?:!|\?|:|\.{not_abbreviated}(?<!\b[A-Za-z]\.))[\"”’')\]]*$", re.I)


def _capitalised(match: re.Match) -> str:
    start, end = match.start("position") - match.start(), match.end("position") - match.start()
    found = match.group()
    words = _LOWER_WORD_START.sub(lambda m: m.group().upper(), found[start:end])
    return found[:start] + words + found[end:]


def _capitalised_before_names(view: str) -> str:
    lex = lexicon()
    parts = []
    done = 0
    for end in (m.end() for m in lex.lower_core_end.finditer(view)):
        found = lex.lower_position_ending.search(view, max(done, end - LOWER_POSITION_WINDOW), end)
        if found:
            parts += [view[done : found.start()], _LOWER_WORD_START.sub(lambda m: m.group().upper(), found.group())]
            done = end
    return "".join([*parts, view[done:]]) if parts else view


class English(Language):
    code = "en"

    def __init__(self) -> None:
        self.abbreviations = {w.lower() for w in load_words("en", "abbreviations")}
        self.item_start = directives.item_start_pattern()
        self.paragraph_end = _paragraph_end(self.abbreviations)

    def fold(self, view: str) -> str:
        """Positions written in lower case where a title stands ("<name>, mayor of <city>,", as news copy
        writes them) capitalised, so that they are read as the titles they are; outputs keep the text."""
        lex = lexicon()
        after_comma, after_and = lex.lower_positions
        view, found = after_comma.subn(_capitalised, view)
        if found:
            # a page that writes titles so writes a second one so ("…, member of … and mayor of …")
            view = after_and.sub(_capitalised, view)
        if found or any(idiom in view for idiom in lex.lower_idioms):
            # and may write them so before a name ("Vice mayor <name> said", "<city> Party chief <name>")
            view = _capitalised_before_names(view)
        return view

    def opens_paragraph(self, line: str) -> bool:
        return (
            super().opens_paragraph(line)
            or _ENTRY_START.match(line) is not None
            or _LABELLED_LINE.match(line) is not None
        )

    def split_sentences(self, view: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentences of a paragraph; no break after an abbreviation, an initial or a list marker ("1.")."""
        marker = self.item_start.match(view, start, end)
        marker_end = marker.end("marker") if marker else start
        return sentence_spans(view, start, end, self._stops(view, start, end, marker_end))

    def _stops(self, view: str, start: int, end: int, marker_end: int) -> Iterator[int]:
        for m in _BOUNDARY.finditer(view, start, end):
            if m.start() < marker_end:
                continue
            word = _WORD_BEFORE.search(view, max(start, m.start() - ABBREVIATION_WINDOW), m.start())
            if word and (word.group(1).lower() in self.abbreviations or _INITIAL.fullmatch(word.group(1))):
                continue
            yield m.end()

    def find_entities(self, state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
        return entities.find(state)

    def find_event_date(self, state: DocState) -> tuple[str | None, Span | None]:
        return dates.find_event_date(state)

    def find_directives(self, state: DocState) -> tuple[Directive, ...]:
        return directives.find(state)
