"""English officials (titles, roles, mentions) and bodies.

The headline and every sentence are read as capitalised phrases (``phrases``). Bodies
come from the headline and the paragraphs, never from the Source line. People are
found by structure in the paragraphs (``officials``); every mention of them, headline
included, then comes from their full names and aliases, and their roles from the
sentences that name them (``roles``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language
from bulletin_extract.lang.en import bodies as body_rules
from bulletin_extract.lang.en.lexicon import Lexicon, fold, lexicon
from bulletin_extract.lang.en.officials import Roster, SentenceReader, Sighting, TitleSeen
from bulletin_extract.lang.en.phrases import Phrase
from bulletin_extract.lang.en.roles import Actor, RoleReader
from bulletin_extract.models import Body, Mention, Official, Title


def find(state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
    lex = lexicon()
    view = state.view
    clean = get_language("en").clean
    headline = state.header.title_span
    sentences = [(s.start, s.end) for s in state.sentences]
    regions = ([(headline.start, headline.end)] if headline is not None else []) + sentences
    chunks = [[Phrase(view, s, e) for s, e in region_chunks] for region_chunks in _chunks(view, regions, lex)]
    candidates: list[body_rules.Candidate] = []
    sightings: list[Sighting] = []
    for index, ((start, _end), region_chunks) in enumerate(zip(regions, chunks, strict=True)):
        people = _may_name_people(view, start, region_chunks, lex)
        phrases = [p for p in region_chunks if (people and _may_name(view, p, start)) or p.grammar.has_head]
        for phrase in phrases:
            candidates += body_rules.candidates(phrase)
        if people:
            found = SentenceReader(view, start, phrases, lex).sightings()
            # a headline names a person only with a title before a surname-first name ("<city> Party Secretary
            # <family name> <given name> Meets …")
            sightings += found if headline is None or index > 0 else [s for s in found if _titled_before(s, lex)]
    bodies = body_rules.resolve(candidates, lex, view, clean)
    roster = Roster(sightings, lex, view)
    if not roster.persons:
        return (), bodies
    published = int(state.header.date[:4]) if state.header.date else None
    mentions, roles = _mentions_and_roles(
        view, lex, roster, sightings, candidates, regions, chunks, headline is not None, published
    )
    officials = []
    for person, seen, person_roles in zip(roster.persons, mentions, roles, strict=True):
        if not seen:
            continue
        name = next((m.text for m in seen if tuple(fold(w) for w in m.text.split()) == person.words), seen[0].text)
        titles = [_title(t, state.text, view, clean) for t in person.titles]
        officials.append(Official(name=name, titles=titles, roles=person_roles, mentions=seen))
    officials.sort(key=lambda o: o.mentions[0].start)
    return tuple(officials), bodies


def _titled_before(sighting: Sighting, lex: Lexicon) -> bool:
    return (
        len(sighting.words) == 2
        and sighting.words[0] in lex.surnames
        and bool(sighting.titles)
        and sighting.titles[0].end <= sighting.start
    )


def _chunks(view: str, regions: list[tuple[int, int]], lex: Lexicon) -> list[list[tuple[int, int]]]:
    """The capitalised phrases of each region. A phrase holds no full stop, so none runs across a
    sentence's end, nor across the line end of the headline."""
    return [[m.span() for m in lex.chunk.finditer(view, start, end)] for start, end in regions]


def _may_name_people(view: str, start: int, chunks: list[Phrase], lex: Lexicon) -> bool:
    """Whether a sentence may introduce a person: it holds a position, an honorific, a
    phrase that opens with a surname, or a word for a group of people that a list of names
    may follow. Most sentences hold none of these and are not read for people."""
    for phrase in chunks:
        s = phrase.start
        if phrase.grammar.position_starts or view[s - 2 : s] == ". ":
            return True
        if phrase.n > 1 and (phrase.words[0] in lex.surnames or (phrase.n == 2 and phrase.words[1] in lex.surnames)):
            return True
        if lex.honorific_before.search(view, max(start, s - 12), s):
            return True
    return bool(chunks) and lex.list_group.search(view, start, chunks[-1].end) is not None


def _mentions_and_roles(
    view: str,
    lex: Lexicon,
    roster: Roster,
    sightings: list[Sighting],
    candidates: list[body_rules.Candidate],
    regions: list[tuple[int, int]],
    chunks: list[list[Phrase]],
    first_is_headline: bool,
    published: int | None,
) -> tuple[list[list[Mention]], list[list[str]]]:
    """Every mention of each person (headline included) and their roles, read sentence by sentence; a sentence
    about an earlier year than the page's gives no roles."""
    clean = get_language("en").clean
    in_bodies = _Intervals([(c.start, c.end) for c in candidates])
    extents = {s.start: (s.extent, bool(s.titles) and s.extent[1] > s.end) for s in sightings}
    mentions: list[list[Mention]] = [[] for _ in roster.persons]
    reader = RoleReader(view, lex, [p.gender for p in roster.persons])
    held = [[_held(view, title) for title in person.titles] for person in roster.persons]
    for index, ((start, end), region_chunks) in enumerate(zip(regions, chunks, strict=True)):
        in_headline = first_is_headline and index == 0
        actors = []
        for phrase in region_chunks:
            words = phrase.words
            folded = phrase.grammar.folded
            if not roster.may_name(folded):
                continue
            for first, last, person in roster.forms_in(folded):
                name_start, name_end = phrase.span(first, last)
                if name_start not in extents and not _stands_as_name(
                    view, lex, words, (first, last, name_start), in_bodies.holds(name_start), in_headline
                ):
                    continue
                mentions[person].append(Mention(text=clean(view[name_start:name_end]), start=name_start, end=name_end))
                (extent_start, extent_end), apposition = extents.get(name_start, ((name_start, name_end), False))
                honorific = lex.honorific_before.search(view, max(start, name_start - 30), name_start)
                if honorific:
                    extent_start = min(extent_start, honorific.start())
                actors.append(Actor(person, extent_start, extent_end, apposition=apposition))
        if in_headline or (actors and published and _about_the_past(view, lex, start, end, published)):
            continue
        if any(held):
            actors += _named_by_title(view, region_chunks, held)
        if actors or lex.pronoun.search(view, start, end) or lex.object_pronoun.search(view, start, end):
            reader.read(start, end, actors)
        if reader.listed_roles or view[end - 1] == ":":  # most sentences: no list and no lead-in
            reader.list_entries(start, end, actors)
    return mentions, reader.result()


def _about_the_past(view: str, lex: Lexicon, start: int, end: int, published: int) -> bool:
    opener = lex.past_opener.match(view, start, end)
    return opener is not None and int(opener.group("year")) < published


def _held(view: str, title: TitleSeen) -> tuple[frozenset[str], frozenset[str]]:
    """The folded words of a title's position and of the whole title."""
    return frozenset(map(fold, title.position.split())), frozenset(map(fold, view[title.start : title.end].split()))


_LINKS = frozenset({"of", "the"})


def _named_by_title(
    view: str, phrases: list[Phrase], held: list[list[tuple[frozenset[str], frozenset[str]]]]
) -> list[Actor]:
    """People named by a title alone ("The League Head asked …"): "the" and a bare position that exactly
    one person of the page holds. The words of the position must all stand in the reference, and the
    reference's other words in the title ("League Head" for "Head of <name> League", "the Party Secretary of <city>"
    for "<city> Party Secretary"), so that "the Mayor" never means a Vice Mayor."""
    actors = []
    for phrase in phrases:
        grammar = phrase.grammar
        if not grammar.position_starts:  # most phrases
            continue
        first = 1 if grammar.folded[0] == "the" else 0
        position = grammar.positions[first] if first < grammar.n else None
        if position is None or position[2]:
            continue  # no position first, or a plural
        placed = (
            position[0] + 2 < grammar.n and grammar.folded[position[0] + 1] == "of"
        )  # "the Party Secretary of <city>"
        if position[0] != grammar.n - 1 and not placed:
            continue  # more after the position than its place: a name, a body
        if not first and view[max(0, phrase.start - 4) : phrase.start].lower() != "the ":
            continue
        words = frozenset(grammar.folded[first:]) - _LINKS if placed else frozenset(grammar.folded[first:])
        holders = {i for i, titles in enumerate(held) for own, whole in titles if own <= words <= whole}
        if len(holders) == 1:
            actors.append(Actor(holders.pop(), phrase.start, phrase.end))
    return actors


class _Intervals:
    """Offsets covered by any of some spans (body names), looked up by bisection."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def holds(self, offset: int) -> bool:
        i = bisect_right(self.starts, offset) - 1
        return i >= 0 and offset < self.ends[i]


def _may_name(view: str, phrase: Phrase, sentence_start: int) -> bool:
    """A one-word phrase names a body or person only as a title ("Chairman"), after an honorific ("Mr. <name>")
    or opening a sentence (a Mongolian name of one word: "<name>, Secretary of …, attended"); the many others
    ("The", "On", "Recently") are not parsed."""
    start = phrase.start
    return (
        phrase.n > 1
        or 0 in phrase.grammar.position_starts
        or start == sentence_start
        or view[start - 2 : start] == ". "
    )


def _stands_as_name(
    view: str, lex: Lexicon, words: list[str], span: tuple[int, int, int], in_body: bool, in_headline: bool
) -> bool:
    """Whether a name form stands as a name: not inside a body's name, not the first words of
    a longer capitalised name (a doctrine named after a person: "<name> Thought on …"), and a
    bare surname that is also an English word ("He") only after an honorific."""
    first, last, start = span
    if in_body:
        return False
    single = first == last
    if last + 1 < len(words) and not words[last + 1][0].islower() and (single or not in_headline):
        return False
    if single and words[first] in lex.not_names:
        return lex.honorific_before.search(view, max(0, start - 30), start) is not None
    return True


def _title(title: TitleSeen, text: str, view: str, clean: Callable[[str], str]) -> Title:
    """A title as written: from the text, not from the view, where a position in lower case was capitalised
    (a post stated by a verb, "heads the …", keeps its position, "Head")."""
    body = clean(text[title.body[0] : title.body[1]]) if title.body else None
    written = clean(text[title.start : title.end])
    position = clean(title.position)
    at = written.find(position)  # as written, unless the view capitalised it ("mayor of …")
    if at < 0 and view[title.start : title.end] != text[title.start : title.end]:
        at = written.casefold().find(position.casefold())
    return Title(
        text=written,
        position=written[at : at + len(position)] if at >= 0 else position,
        body=body,
        start=title.start,
        end=title.end,
    )
