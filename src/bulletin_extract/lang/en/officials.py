"""People, found by structure and never by a list of names.

A run of name words is a person where the sentence shows it: an honorific before it
("H.E. Mr. …"), titles in apposition after it ("X, Secretary of …, and Head of …,"),
a title chain before it ("District Mayor <name>"), a list after a cue ("including
A, B and C", "Municipal leaders A, B and C", "Vice Mayors A, B and C"), or a
surname-first name acting as the subject or object of a role verb. Sightings of one
person merge; shorter forms (the surname, the first or last words of a foreign name) are aliases
that find every later mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from bulletin_extract.lang.en.lexicon import Lexicon, fold
from bulletin_extract.lang.en.phrases import Chain, Phrase, TitleNode

#: Between two names of a list, maybe after a bracketed note on the first ("A (Yi, female) and B").
_LIST_GAP = re.compile(r"[ ]*(?:\([^()\n]{1,20}\)[ ]*)?,?[ ]*(?:and[ ]+)?")
#: Between two titles in apposition: a comma, maybe "and", maybe an abbreviation first ("… Conference (CPPCC),");
#: "both" or "all" before a plural title in apposition to a list ("A and B, both Deputy Heads of …").
#: A full stop may end the name before the comma: "<name> Jr., President of …". A dash or a bracket may
#: stand for the comma: "<name> — Vice Mayor", "<name> (Deputy Director of …)". News copy puts "the" and
#: a possessive before the title: "<name>, the city's Party chief,".
#: A possessive that ends the gap before a title in apposition ("the city's ").
_POSSESSIVE_BEFORE = re.compile(r"[a-z]+['’]s[ ]+$")
_APPOSITION_GAP = re.compile(
    r"\.?[ ]*(?:\([^()\n]{1,20}\)[ ]*)?(?:,|[ ][—–]|[ ]?\()[ ]*(?:and[ ]+)?(?:(?:both|all)[ ]+)?"
    r"(?:the[ ]+(?:[a-z]+['’]s[ ]+)?)?(?:(?:former|then)[ ]+)?"
)
#: A word before a position that says when it was held: part of the title's text ("former Mayor of <city>",
#: "then Mayor of <city> <name>"), not of the position. "then" only before a title that names a place or a body.
_QUALIFIER_BEFORE = re.compile(r"(?<![\w'’\-])(?P<word>former|then)[ ]+$")
#: A position described rather than placed, to the next comma: "Managing Director of a machinery company from
#: <city>", "Chairman of a Spanish ceramics group" (a title with no body).
_DESCRIBED = re.compile(r"[ ]of[ ]an?[ ](?:[\w'’\-]+[ ]){0,6}?[\w'’\-]+(?=[,;]|\.(?:\s|$)|$)")

#: After titles in apposition to a list of names, one title for each name in turn ("A and B, Director of … and
#: Deputy Director of … respectively,").
_RESPECTIVELY = re.compile(r",?[ ]+respectively(?![\w'’\-])")
#: A Cantonese or Taiwanese given name written with a hyphen ("Wing-hong", "Chia-hsing"), after the family name.
_HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
#: Between a name and the body whose post a verb states: "<name>, who heads the <body>".
_HEADS_GAP = re.compile(r",[ ]+who[ ]+(?:also[ ]+)?(?P<verb>heads|chairs|directs)[ ]+the[ ]+")
#: Between a title that ends its phrase ("Head of the delegation") and the next one: "and".
_TITLE_AND_GAP = re.compile(r"[ ]+and[ ]+(?:(?:concurrently|now|also)[ ]+)?")
#: A title stated of a name: "<name> is also President of …", "<name>, who is also …", "<name> (Hui), who serves as …";
#: given or taken away: "<name> was elected …", "appointed <name> as …", "removed <name> from the post of …".
_COPULA_GAP = re.compile(
    r"[ ]*(?:\([^()\n]{1,20}\))?(?:,[ ]+who|,)?[ ]+(?:is|was|serves[ ]+as|served[ ]+as|is[ ]+serving[ ]+as|will[ ]+serve[ ]+as"
    r"|(?:was|were)[ ]+(?:elected|appointed|named)(?:[ ]+as)?|as|from[ ]+the[ ]+(?:post|position|office)[ ]+of)"
    r"[ ]+(?:also[ ]+|now[ ]+|currently[ ]+)?(?:the[ ]+)?"
)


@dataclass(frozen=True)
class TitleSeen:
    start: int
    end: int
    position: str
    body: tuple[int, int] | None
    plural: bool = False  # "Vice Mayors", shared by a list of names


@dataclass
class Sighting:
    """A place where the structure shows a named person."""

    start: int
    end: int
    words: tuple[str, ...]
    titles: list[TitleSeen]
    extent: tuple[int, int]  # the name with its honorific and its titles before or after
    honorific: bool = False
    gender: str | None = None


@dataclass
class Person:
    words: tuple[str, ...]  # folded words of the full name
    titles: list[TitleSeen] = field(default_factory=list)
    gender: str | None = None

    def add_titles(self, titles: list[TitleSeen], view: str) -> None:
        """Titles not seen before. A bare position ("Ambassador <name>") that repeats the office of a
        title already known ("Ambassador of Ireland to China") is the same title, named again."""
        known = {" ".join(view[t.start : t.end].split()) for t in self.titles}
        offices = {t.position for t in self.titles}
        for title in titles:
            text = " ".join(view[title.start : title.end].split())
            if text == title.position and title.position in offices:
                continue
            if text not in known:
                known.add(text)
                self.titles.append(title)


def _bare(titles: list[TitleSeen], view: str) -> bool:
    """Whether every title is a bare position, no body and nothing more ("Secretary", "Vice Mayor")."""
    return bool(titles) and all(
        t.body is None and " ".join(view[t.start : t.end].split()) == t.position for t in titles
    )


def _share_out(titles: list[TitleSeen], names: list[Sighting]) -> None:
    """One title for each name of a list, in order, where there are as many of either."""
    if len(titles) == len(names):
        for name, title in zip(names, titles, strict=True):
            name.titles = [title]


def _title_seen(phrase: Phrase, title: TitleNode) -> TitleSeen:
    start, end = phrase.span(title.first, title.last)
    body = phrase.span(title.body_first, title.body_last) if title.body_first is not None else None
    qualifier = _QUALIFIER_BEFORE.search(phrase.view, max(0, start - 8), start) if title.first == 0 else None
    if qualifier and (qualifier.group("word") == "former" or title.last >= title.first + len(title.position.split())):
        start = qualifier.start()
    if body is None and title.last == phrase.n - 1 and (described := _DESCRIBED.match(phrase.view, end)):
        end = described.end()
    return TitleSeen(start, end, title.position, body, title.plural)


class SentenceReader:
    """Sightings in one sentence, from its capitalised phrases."""

    def __init__(self, view: str, start: int, phrases: list[Phrase], lex: Lexicon) -> None:
        self.view = view
        self.start = start
        self.phrases = phrases
        self.lex = lex
        self.items = [phrase.items() for phrase in phrases]

    def _gap(self, pattern: re.Pattern, left: int, right: int) -> bool:
        return (
            right < len(self.phrases)
            and pattern.fullmatch(self.view, self.phrases[left].end, self.phrases[right].start) is not None
        )

    def _apposition(self, index: int) -> tuple[list[TitleSeen], int]:
        """Titles in apposition after phrase ``index`` (or stated of it: "is also …") and the end of the last one."""
        titles: list[TitleSeen] = []
        end = self.phrases[index].end
        nxt = index + 1
        while nxt < len(self.phrases):
            items = self.items[nxt]
            first = items[0] if items else None
            if not isinstance(first, Chain) or first.name or first.first != 0:
                if nxt == index + 1 and (headed := self._headed_body(index)):
                    return [headed], headed.end
                break
            # tested second: most phrases hold no title
            stated = False  # a title stated after those in apposition: "<name>, <title>, is serving as <title>."
            if not (
                self._gap(_APPOSITION_GAP, nxt - 1, nxt)
                or (nxt > index + 1 and self._gap(_TITLE_AND_GAP, nxt - 1, nxt))
                or (nxt == index + 1 and self._gap(_COPULA_GAP, index, nxt))
            ):
                if nxt == index + 1 or not self._gap(_COPULA_GAP, nxt - 1, nxt):
                    break
                stated = True
            phrase = self.phrases[nxt]
            seen = [_title_seen(phrase, t) for t in first.titles]
            gap = self.view[self.phrases[nxt - 1].end : phrase.start]
            if possessive := _POSSESSIVE_BEFORE.search(gap):
                # "<name>, the city's Party chief,": the possessive is the title's, as "Luzhou" is in "Luzhou Party chief"
                seen[0] = replace(seen[0], start=seen[0].start - len(gap) + possessive.start())
            titles += seen
            if stated:
                break  # the person is the subject: "is serving as …" is the sentence's predicate
            bracketed = "(" in gap
            end = max(phrase.span(first.first, first.last)[1], seen[-1].end)  # a described title ends later
            if bracketed and self.view.startswith(")", end):
                end += 1  # "<name> (<title>) and … attended": the bracket closes the apposition
            if first.last != phrase.n - 1:
                break
            nxt += 1
        return titles, end

    def _headed_body(self, index: int) -> TitleSeen | None:
        """A post stated by its verb after phrase ``index``: "<name>, who heads the <body>," (a Head of it)."""
        nxt = index + 1
        gap = _HEADS_GAP.fullmatch(self.view, self.phrases[index].end, self.phrases[nxt].start)
        if gap is None:
            return None
        phrase = self.phrases[nxt]
        body = next(iter(phrase.grammar.bodies()), None)
        if body is None or body.first != 0:
            return None
        span = phrase.span(body.first, body.last)
        return TitleSeen(gap.start("verb"), span[1], self.lex.verb_positions[gap.group("verb")], span)

    def _honorific(self, start: int) -> tuple[int, str | None] | None:
        m = self.lex.honorific_before.search(self.view, max(self.start, start - 30), start)
        if not m:
            return None
        last = m.group().split()[-1]
        return m.start(), self.lex.honorific_gender.get(fold(last).rstrip("."))

    def _acts(self, start: int, end: int) -> bool:
        """A role verb right after the name, or a role phrase right before it."""
        after = self.lex.adverbs.match(self.view, end).end()
        if self.lex.matcher.match("after", self.view, after):
            return True
        return self.lex.matcher.ending_at("before", self.view, max(self.start, start - 40), start) is not None

    def _after_list_cue(self, start: int) -> bool:
        """Whether a cue that opens a list of names ("attended by", "including") stands right before ``start``."""
        return self.lex.list_cue_before.search(self.view, max(self.start, start - 60), start) is not None

    def _joined(self, previous: tuple[int, int] | None, index: int, first: int) -> bool:
        """Whether the name at token ``first`` of phrase ``index`` follows, as the next item of a
        list, the name that ended at ``previous`` (phrase, token): "A, B and C"."""
        if previous is None:
            return False
        phrase_index, last = previous
        if phrase_index == index:
            return first == last + 2 and self.phrases[index].words[first - 1] == "and"
        if phrase_index != index - 1 or first != 0:
            return False
        before = self.phrases[phrase_index]
        if last == before.n - 1:
            return self._gap(_LIST_GAP, phrase_index, index)
        # "A, B and Ms. C": the honorific's full stop ended the phrase after "and Ms"
        rest = [fold(word) for word in before.words[last + 1 :]]
        return (
            rest[-1] in self.lex.honorific_gender
            and rest[:-1] in ([], ["and"])
            and self.view[before.end : self.phrases[index].start].strip() == "."
        )

    def sightings(self) -> list[Sighting]:
        found: list[Sighting] = []
        listing = False  # the names go on a list opened by a cue or a plural title
        shared: list[TitleSeen] = []  # the plural title's, for every name of its list
        members: list[Sighting] = []  # the names of the list so far
        pending: list[Sighting] = []  # surname-first names listed before one that acts
        acting = False  # the last name was a surname-first one that acts: a list of such goes on after it
        previous: tuple[int, int] | None = None  # where the last name ended (phrase, token)
        for index, phrase in enumerate(self.phrases):
            for position, item in enumerate(self.items[index]):
                if isinstance(item, Chain):
                    pending = []
                    previous = (index, item.last) if item.name else None
                    if item.name:
                        titles = [_title_seen(phrase, t) for t in item.titles]
                        extent = phrase.span(item.first, item.last)
                        if item.last == phrase.n - 1:
                            # titles on both sides: "Executive Vice Mayor <name>, Director of …, reported"
                            after, end = self._apposition(index)
                            if after:
                                titles, extent = titles + after, (extent[0], end)
                        sighting = self._sighting(phrase, item.name, titles, extent)
                        found.append(sighting)
                        plural = any(t.plural for t in item.titles)
                        listing, shared, members = plural, titles if plural else [], [sighting] if plural else []
                    continue
                first, last = item
                start, end = phrase.span(first, last)
                joined = self._joined(previous, index, first)
                previous = (index, last)
                opens = position == 0 and first == 0
                in_list = (opens and self._after_list_cue(phrase.start)) or (joined and listing)
                if not in_list:
                    listing, shared, members = False, [], []
                titles: list[TitleSeen] = []
                extent_end = end
                if last == phrase.n - 1:
                    titles, extent_end = self._apposition(index)
                elif (stated := self._stated_as(phrase, index, position, last)) is not None:
                    titles, extent_end = [_title_seen(phrase, t) for t in stated.titles], _chain_end(phrase, stated)
                # an honorific before the phrase, or inside it before the name ("Dato' Seri <name>")
                honorific = self._honorific(start) if position == 0 else None
                words = tuple(phrase.words[first : last + 1])
                chinese = len(words) == 2 and words[0] in self.lex.surnames
                if in_list and titles and all(t.plural for t in titles):
                    # a plural title in apposition to the list's last name is every listed name's
                    for member in members:
                        member.titles = [*member.titles, *titles]
                    titles = shared + titles
                # a name with titles of its own in apposition does not share the list's plural title
                sighting = self._sighting(phrase, item, titles or shared, (start, extent_end))
                if honorific:
                    sighting.extent = (honorific[0], extent_end)
                    sighting.honorific, sighting.gender = True, honorific[1]
                # the evidence that a run of name words names a person ("attended by A and B": B acts with A)
                acts = chinese and ((joined and acting) or self._acts(start, end))
                # a Chinese name written given name first ("<given name> <surname>", as overseas Chinese write it)
                acts = acts or (
                    len(words) == 2
                    and words[1] in self.lex.surnames
                    and words[0] not in self.lex.position_words
                    and self._acts(start, end)
                )
                if joined and pending and _RESPECTIVELY.match(self.view, extent_end):
                    _share_out(titles, [*pending, sighting])
                if titles or honorific or in_list or acts:
                    found += [*pending, sighting] if joined else [sighting]
                    pending = []
                    listing = listing or in_list
                    members = [*members, sighting] if listing else []
                else:
                    pending = [*pending, sighting] if chinese and joined else [sighting] if chinese else []
                acting = acts
        return found

    def _stated_as(self, phrase: Phrase, index: int, position: int, last: int) -> Chain | None:
        """The titles after "as" that follow a name inside its phrase: "appointed <name> as Director of …"."""
        items = self.items[index]
        following = items[position + 1] if position + 1 < len(items) else None
        if not isinstance(following, Chain) or following.name or not following.titles:
            return None
        if following.titles[0].first != last + 2 or phrase.words[last + 1] != "as":
            return None
        return following

    def _sighting(
        self, phrase: Phrase, name: tuple[int, int], titles: list[TitleSeen], extent: tuple[int, int]
    ) -> Sighting:
        start, end = phrase.span(*name)
        words = tuple(phrase.words[name[0] : name[1] + 1])
        return Sighting(start, end, words, titles, extent)


def _chain_end(phrase: Phrase, chain: Chain) -> int:
    """Where the last title of ``chain`` ends in the view."""
    last = chain.titles[-1]
    return phrase.span(last.first, last.last)[1]


def aliases(words: tuple[str, ...], lex: Lexicon) -> set[tuple[str, ...]]:
    """Shorter forms that name the same person: a surname-first name by its surname
    alone; another name by its trailing words (from the last word back, a run of particles
    kept whole: "van der <surname>") or by two or more of its leading words; a name with a suffix
    ("Jr") by the same forms of the name without it, and by that name whole; a Hong Kong name ("<English name>
    <family name> <given-name>") by its family name."""
    if len(words) > 2 and words[-1].rstrip(".") in lex.suffixes:
        return {words[:-1]} | aliases(words[:-1], lex)
    if len(words) == 2 and words[0] in lex.surnames:
        return {words[:1]}
    found = set()
    if len(words) > 2 and _HYPHENATED_GIVEN_NAME.fullmatch(words[-1]):
        found.add(words[-2:-1])  # "<English name> <family name> <given name>" (Hong Kong): the family name alone
    for k in range(1, len(words)):
        if words[k] in lex.particles and words[k - 1] in lex.particles:
            continue
        found.add(words[k:])
        if k >= 2:
            found.add(words[:k])
    return found


class Roster:
    """People merged from their sightings, and the forms (folded words) that name each one
    unambiguously: full names and the aliases no two people share."""

    def __init__(self, sightings: list[Sighting], lex: Lexicon, view: str) -> None:
        self.persons: list[Person] = []
        full: dict[tuple[str, ...], int] = {}
        short: dict[tuple[str, ...], set[int]] = {}
        #: The first word of each name of two words: a family name written first ("<family> <given>"), which a
        #: title before it may name alone ("Governor <family>").
        leading: dict[tuple[str, ...], set[int]] = {}
        for sighting in sorted(sightings, key=lambda s: (-len(s.words), s.start)):
            key = tuple(fold(w) for w in sighting.words)
            owner = full.get(key)
            named_short = owner is None
            if owner is None and len(short.get(key, ())) == 1:
                owner = next(iter(short[key]))
            if owner is None and sighting.titles and len(leading.get(key, ())) == 1:
                owner = next(iter(leading[key]))
            if owner is None and sighting.titles and len(leading.get(key, ())) > 1:
                # namesakes: "Vice Mayor <family name>" is the one of them who is Vice Mayor, if one is
                owner = _holder(self.persons, leading[key], sighting.titles)
                if owner is None:
                    continue
            if owner is not None and named_short and self.persons[owner].titles and _bare(sighting.titles, view):
                continue  # "Secretary <surname>" after "<name>, Party chief of …": a way to address, no title
            if owner is None:
                if len(key) < 2 and not (sighting.honorific or sighting.titles):
                    continue
                owner = len(self.persons)
                self.persons.append(Person(key))
                full[key] = owner
                for alias in aliases(sighting.words, lex):
                    short.setdefault(tuple(fold(w) for w in alias), set()).add(owner)
                if len(key) == 2:
                    leading.setdefault(key[:1], set()).add(owner)
            person = self.persons[owner]
            person.add_titles(sighting.titles, view)
            person.gender = person.gender or sighting.gender
        self.owners = dict(full)
        self.owners.update({key: next(iter(o)) for key, o in short.items() if len(o) == 1 and key not in full})
        #: A family name that several people share → the positions (folded words) before it that name one of them.
        self.titled: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for (family,), owners in leading.items():
            if len(owners) > 1 and (family,) not in self.owners:
                self.titled[family] = _positions_naming_one(self.persons, owners)
        self.first_words = {form[0] for form in self.owners}
        self.lengths = sorted({len(form) for form in self.owners}, reverse=True)

    def may_name(self, folded: list[str]) -> bool:
        """Whether a phrase's folded words hold one that opens a name form (a quick test)."""
        return not self.first_words.isdisjoint(folded)

    def forms_in(self, folded: list[str]) -> list[tuple[int, int, int]]:
        """(first word, last word, person) of each name form in a run of folded words, longest first; a family name
        that several people share names one where a position of theirs stands before it ("Vice Mayor <family>")."""
        found = []
        i = 0
        while i < len(folded):
            if folded[i] in self.first_words:
                for length in self.lengths:
                    if i + length > len(folded):
                        continue
                    owner = self.owners.get(tuple(folded[i : i + length]))
                    if owner is not None:
                        found.append((i, i + length - 1, owner))
                        i += length - 1
                        break
                else:
                    if (titled := self.titled.get(folded[i])) and (
                        owner := _titled_owner(titled, folded, i)
                    ) is not None:
                        found.append((i, i, owner))
            i += 1
        return found


def _titled_owner(titled: list[tuple[tuple[str, ...], int]], folded: list[str], i: int) -> int | None:
    """The person whose position stands right before word ``i``."""
    for position, owner in titled:
        if i >= len(position) and tuple(folded[i - len(position) : i]) == position:
            return owner
    return None


def _positions_naming_one(persons: list[Person], owners: set[int]) -> list[tuple[tuple[str, ...], int]]:
    """The positions (folded words) that exactly one of these people holds, longest first."""
    holders: dict[tuple[str, ...], set[int]] = {}
    for owner in owners:
        for title in persons[owner].titles:
            holders.setdefault(tuple(fold(title.position).split()), set()).add(owner)
    unique = [(position, next(iter(o))) for position, o in holders.items() if len(o) == 1]
    return sorted(unique, key=lambda item: -len(item[0]))


def _holder(persons: list[Person], owners: set[int], titles: list[TitleSeen]) -> int | None:
    """The one of these people who holds one of these positions, if exactly one does."""
    wanted = {fold(t.position) for t in titles}
    found = {owner for owner in owners if wanted & {fold(t.position) for t in persons[owner].titles}}
    return next(iter(found)) if len(found) == 1 else None
