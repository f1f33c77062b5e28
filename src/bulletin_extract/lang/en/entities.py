"""English officials (titles, roles, mentions) and bodies.

The headline and every sentence are read as capitalised phrases (``phrases``). Bodies
come from the headline and the paragraphs, never from the Source line. People are
found by structure in the paragraphs (``officials``); every mention of them, headline
included, then comes from their full names and aliases, and their roles from the
sentences that name them (``roles``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language
from bulletin_extract.lang.en import bodies as body_rules
from bulletin_extract.lang.en.lexicon import UPPER, Lexicon, fold, lexicon
from bulletin_extract.lang.en.officials import Roster, SentenceReader, Sighting, TitleSeen
from bulletin_extract.lang.en.phrases import Marks, Phrase
from bulletin_extract.lang.en.roles import Actor, RoleReader
from bulletin_extract.models import Body, Mention, Official, Title

_NEXT_CAPITALISED = re.compile(rf"[ ]+[{UPPER}]")


def find(state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
    lex = lexicon()
    view = state.view
    clean = get_language("en").clean
    headline = state.header.title_span
    sentences = [(s.start, s.end) for s in state.sentences]
    regions = ([(headline.start, headline.end)] if headline is not None else []) + sentences
    marks = Marks.find(view, 0, len(view), lex)
    candidates: list[body_rules.Candidate] = []
    sightings: list[Sighting] = []
    for index, ((start, _end), chunks) in enumerate(zip(regions, _chunks(view, regions, lex), strict=True)):
        people = (headline is None or index > 0) and _may_name_people(view, start, chunks, marks, lex)
        phrases = [
            Phrase(view, s, e, lex, marks)
            for s, e in chunks
            if (people and _may_name(view, s, e, marks)) or marks.heads_between(s, e)
        ]
        for phrase in phrases:
            candidates += body_rules.candidates(phrase)
        if people:
            sightings += SentenceReader(view, start, phrases, lex).sightings()
    bodies = body_rules.resolve(candidates, lex, view, clean)
    roster = Roster(sightings, lex, view)
    if not roster.persons:
        return (), bodies
    mentions, roles = _mentions_and_roles(view, lex, roster, sightings, candidates, regions, headline is not None)
    officials = []
    for person, seen, person_roles in zip(roster.persons, mentions, roles, strict=True):
        if not seen:
            continue
        name = next((m.text for m in seen if tuple(fold(w) for w in m.text.split()) == person.words), seen[0].text)
        titles = [_title(t, view, clean) for t in person.titles]
        officials.append(Official(name=name, titles=titles, roles=person_roles, mentions=seen))
    officials.sort(key=lambda o: o.mentions[0].start)
    return tuple(officials), bodies


def _chunks(view: str, regions: list[tuple[int, int]], lex: Lexicon) -> list[list[tuple[int, int]]]:
    """The capitalised phrases of each region, from one scan of the whole view."""
    found: list[list[tuple[int, int]]] = [[] for _ in regions]
    order = sorted(range(len(regions)), key=lambda i: regions[i][0])
    position = 0
    for m in lex.chunk.finditer(view, regions[order[0]][0] if regions else 0):
        while position < len(order) and regions[order[position]][1] <= m.start():
            position += 1
        if position == len(order):
            break
        start, end = regions[order[position]]
        if start <= m.start():
            found[order[position]].append((m.start(), min(m.end(), end)))
    return found


def _may_name_people(view: str, start: int, chunks: list[tuple[int, int]], marks: Marks, lex: Lexicon) -> bool:
    """Whether a sentence may introduce a person: it holds a position, an honorific, a
    phrase that opens with a surname, or a word for a group of people that a list of names
    may follow. Most sentences hold none of these and are not read for people."""
    for s, e in chunks:
        if marks.positions_between(s, e) or view[s - 2 : s] == ". ":
            return True
        first, space, _ = view[s:e].partition(" ")
        if space and first in lex.surnames:
            return True
        if lex.honorific_before.search(view, max(start, s - 12), s):
            return True
    return bool(chunks) and lex.list_group.search(view, start, chunks[-1][1]) is not None


def _mentions_and_roles(
    view: str,
    lex: Lexicon,
    roster: Roster,
    sightings: list[Sighting],
    candidates: list[body_rules.Candidate],
    regions: list[tuple[int, int]],
    first_is_headline: bool,
) -> tuple[list[list[Mention]], list[list[str]]]:
    """Every mention of each person (headline included) and their roles, read sentence by sentence."""
    clean = get_language("en").clean
    body_spans = [(c.start, c.end) for c in candidates]
    extents = {s.start: (s.extent, bool(s.titles) and s.extent[1] > s.end) for s in sightings}
    mentions: list[list[Mention]] = [[] for _ in roster.persons]
    reader = RoleReader(view, lex, [p.gender for p in roster.persons])
    for index, (start, end) in enumerate(regions):
        in_headline = first_is_headline and index == 0
        actors = []
        for m in roster.pattern.finditer(view, start, end):
            if m.start() not in extents and not _is_mention(m, view, lex, body_spans, in_headline):
                continue
            person = roster.owner(m.group())
            mentions[person].append(Mention(text=clean(m.group()), start=m.start(), end=m.end()))
            (extent_start, extent_end), apposition = extents.get(m.start(), ((m.start(), m.end()), False))
            honorific = lex.honorific_before.search(view, max(start, m.start() - 30), m.start())
            if honorific:
                extent_start = min(extent_start, honorific.start())
            actors.append(Actor(person, extent_start, extent_end, apposition=apposition))
        if not in_headline and (actors or lex.pronoun.search(view, start, end)):
            reader.read(start, end, actors)
    return mentions, reader.result()


def _may_name(view: str, start: int, end: int, marks: Marks) -> bool:
    """A one-word phrase names a body or person only as a title ("Chairman") or after an
    honorific ("Mr. <name>"); the many others ("The", "On", "Recently") are not parsed."""
    return " " in view[start:end] or start in marks.positions or view[start - 2 : start] == ". "


def _is_mention(m: re.Match, view: str, lex: Lexicon, body_spans: list[tuple[int, int]], in_headline: bool) -> bool:
    """A name form standing as a name: not inside a body's name, not the first words of a
    longer capitalised name (a doctrine named after a person: "<name> Thought on …"), and a
    bare surname that is also an English word ("He") only after an honorific."""
    start, end = m.span()
    if any(s <= start < e for s, e in body_spans):
        return False
    single = " " not in m.group()
    if _NEXT_CAPITALISED.match(view, end) and (single or not in_headline):
        return False
    if single and m.group() in lex.not_names:
        return lex.honorific_before.search(view, max(0, start - 30), start) is not None
    return True


def _title(title: TitleSeen, view: str, clean: Callable[[str], str]) -> Title:
    body = clean(view[title.body[0] : title.body[1]]) if title.body else None
    return Title(
        text=clean(view[title.start : title.end]),
        position=clean(title.position),
        body=body,
        start=title.start,
        end=title.end,
    )
