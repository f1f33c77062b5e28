"""Capitalised phrases and their grammar: bodies, titles and names.

A phrase is a run of capitalised words joined by spaces, connectives (of, the, and,
for, in, to, as) or name particles: "Deputy Secretary of the CPC Pinggu District
Committee and District Mayor <name>". Its words are parsed, left to right, into

* bodies: capitalised words ending in a head noun, with "of the <body>" and "Directly under the <body>" (nested),
  "of <place or topic>" (a zone's with "in <place>"), "for <phrase>" and, for embassies,
  "in <place>" complements;
* titles: a position with its complement ("Director of <body>", "Mayor of <place>",
  "Ambassador of <place> to <place>"), chained by "and";
* names: runs of name words, after a title chain ("District Mayor <name>") or alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from bulletin_extract.lang.en.lexicon import Lexicon, fold, lexicon

#: Bodies nest a few deep ("Office of the Leading Group of the Working Committee of the CPC …");
#: deeper "of the" chains are read as one name.
MAX_NESTING = 8


@dataclass
class BodyNode:
    first: int  # token indexes, inclusive
    last: int
    head_last: int  # the head noun that ends the core
    head: str  # the head noun, folded
    rule: str
    children: list[BodyNode] = field(default_factory=list)

    @property
    def complemented(self) -> bool:
        return self.last > self.head_last


@dataclass
class TitleNode:
    first: int
    last: int
    position: str
    plural: bool
    body_first: int | None = None  # the body or organisation of the title, if not a place
    body_last: int | None = None
    place_first: int | None = None  # where the place that ends the title starts ("… to China")


@dataclass
class Chain:
    """Titles joined by "and", maybe followed by the name of their holder."""

    titles: list[TitleNode]
    name: tuple[int, int] | None  # token range of the name, inclusive

    @property
    def first(self) -> int:
        return self.titles[0].first

    @property
    def last(self) -> int:
        return self.name[1] if self.name else self.titles[-1].last


#: The words of a holder's name that the place ending a title may have run into ("… in Penang <family
#: name> <given name> <given name>").
MAX_NAME_AFTER_PLACE = 3

#: Distinct phrases whose grammar is kept: titles and body names recur across an archive, so most
#: phrases of a new bulletin have been parsed before (as spaCy's tokenizer keeps its words).
GRAMMAR_CACHE_SIZE = 4096


def cut(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of a capitalised phrase with their start and end offsets in it; a province in brackets
    stays with the "China" before it ("China (Henan)", one word of a pilot zone's name)."""
    if " (" in text:
        text = text.replace(" (", "\0(")
    pieces = text.split(" ")  # doubled spaces give empty pieces, dropped below
    offsets = accumulate((len(p) + 1 for p in pieces[:-1]), initial=0)
    starts = [o for o, p in zip(offsets, pieces, strict=True) if p]
    words = [p.replace("\0", " ") for p in pieces if p]
    return words, starts, [o + len(w) for o, w in zip(starts, words, strict=True)]


def _possessive(word: str, lex: Lexicon) -> bool:
    """A capitalised word with a possessive "'s" that may end a name: not a word that stands in
    names of bodies and titles ("People's")."""
    return len(word) > 3 and word[-2] in "'’" and word[-1] == "s" and word not in lex.not_names


def _elided(word: str) -> bool:
    """A particle elided before a capital, a name's word: "d'Assumpção", "dell'Orto"."""
    if len(word) > 2 and word[1] in "'’":
        return word[2].isupper()
    return len(word) > 5 and word[4] in "'’" and word[5].isupper() and word[:4] in ("dell", "dall")


def _initial(word: str) -> bool:
    """A middle initial: one capital and a full stop ("J.")."""
    return len(word) == 2 and word[1] == "."


@lru_cache(maxsize=GRAMMAR_CACHE_SIZE)
def grammar(text: str) -> Grammar:
    """The grammar of a capitalised phrase: it depends on the phrase's text alone."""
    return Grammar(text, lexicon())


class Phrase:
    """One capitalised phrase where it stands in the view: its grammar, and offsets into the view."""

    __slots__ = ("end", "grammar", "n", "start", "view", "words")

    def __init__(self, view: str, start: int, end: int) -> None:
        self.view = view
        self.start = start
        self.end = end
        self.grammar = grammar(view[start:end])
        self.words = self.grammar.words
        self.n = self.grammar.n

    def span(self, first: int, last: int) -> tuple[int, int]:
        return self.start + self.grammar.starts[first], self.start + self.grammar.ends[last]

    def items(self) -> list[Chain | tuple[int, int]]:
        return self.grammar.items()

    def is_event(self, node: BodyNode) -> bool:
        """An ordinal before some heads makes an event: "the 20th CPC National Congress"."""
        lex = self.grammar.lex
        if node.head not in lex.event_heads:
            return False
        if self.words[node.first] in lex.ordinals:
            return True
        start = self.span(node.first, node.last)[0]
        return lex.ordinal_before.search(self.view, max(0, start - 20), start) is not None


class Grammar:
    """The words of one capitalised phrase and their parts (connective, head, position, name
    word), worked out once; bodies, titles and names parsed from them on demand, once.
    Offsets are from the phrase's start. Shared by every phrase of the same text: never changed
    after it is made."""

    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.lex = lex
        #: What other modules work out from the grammar alone, by name (e.g. body candidates).
        self.memo: dict[str, object] = {}
        self.words, self.starts, self.ends = cut(text)
        self.n = n = len(self.words)
        #: Possessive name words ("<name>'s speech"): the name ends before the "'s", which is dropped.
        self.possessive = [_possessive(w, lex) for w in self.words]
        for i, possessive in enumerate(self.possessive):
            if possessive:
                self.words[i] = self.words[i][:-2]
                self.ends[i] -= 2
        self.folded = [fold(w) for w in self.words]
        self.connective = [w[0].islower() and not _elided(w) for w in self.words]
        self.heads: list[tuple[int, str, str] | None] = [None] * n
        self.positions: list[tuple[int, str, bool] | None] = [None] * n
        #: Whether a head noun starts in the phrase, and where positions start, even those that end
        #: inside a word ("Counsellor," in a comma list) and so mark no word.
        self.has_head = False
        self.position_starts: set[int] = set()
        word_at = {offset: i for i, offset in enumerate(self.starts)}
        word_ending = {offset: i for i, offset in enumerate(self.ends)}
        for m in lex.matcher.finditer("head", text):
            self.has_head = True
            i, last = word_at.get(m.start), word_ending.get(m.end)
            if i is not None and last is not None and last >= i:
                self.heads[i] = (last, m.rule, " ".join(fold(text[m.start : m.end]).split()))
        for m in lex.position.finditer(text):
            self.position_starts.add(m.start())
            i, last = word_at.get(m.start()), word_ending.get(m.end())
            if i is not None and last is not None and last >= i:
                plural = m.group("plural")
                position = text[m.start() : m.end("core")] + ("y" if plural == "ies" else "")
                self.positions[i] = (last, position, bool(plural))
                for k in range(i, last + 1):  # "Head of Mission" is a position: its "Mission" heads no body
                    self.heads[k] = None
        stop, not_names, surnames = lex.body_stop, lex.not_names, lex.surnames
        #: Capitalised words that may stand in the core of a body name.
        self.core = [
            not low and w not in stop and p is None
            for w, low, p in zip(self.words, self.connective, self.positions, strict=True)
        ]
        if not lex.ordinals.isdisjoint(self.words):
            self._open_with_ordinals()
        #: Capitalised words that may stand in a person's name.
        self.name_word = [
            not low
            and (
                not w.isupper() or w in surnames or _initial(w) or w in lex.suffixes
            )  # "ZHANG Wei", "J.", "III", not "CPC"
            and w not in not_names
            and h is None
            and p is None
            for w, low, h, p in zip(self.words, self.connective, self.heads, self.positions, strict=True)
        ]
        self._bodies: list[BodyNode] | None = None
        self._items: list[Chain | tuple[int, int]] | None = None

    # -- words ---------------------------------------------------------------------------------

    def _open_with_ordinals(self) -> None:
        """An ordinal opens a body's name before a word of its own ("Third Inspection Office"), never a term
        ("Ninth Committee", "Eleventh Municipal People's Congress", "Fifth Standing Committee") nor "Fourth
        Embassy Area"."""
        for i in range(self.n - 1):
            following = i + 1
            if (
                self.words[i] in self.lex.ordinals
                and self.core[following]
                and self.heads[following] is None
                and self.words[following] not in self.lex.level_words
                and self.folded[following] not in self.lex.generic
            ):
                self.core[i] = True

    def is_surname_pair(self, i: int) -> bool:
        """A surname and a given name, last in the phrase or before "and" and another title, surname or
        honorific: "Vice Mayor of Beijing <surname> <given name> and Mr. …". Before "and" and any other
        capitalised word, it is part of a place's name ("Shenzhen-Hong Kong Science and Technology …")."""
        nxt = i + 2
        if nxt > self.n or self.words[i] not in self.lex.surnames or not self.name_word[i + 1]:
            return False
        if nxt == self.n:
            return True
        after = nxt + 1
        return (
            self.words[nxt] == "and"
            and after < self.n
            and (not self.name_word[after] or self.words[after] in self.lex.surnames)
        )

    # -- bodies --------------------------------------------------------------------------------

    def _core_end(self, i: int) -> tuple[int, str, str] | None:
        """The head that ends a body core starting at token ``i``: capitalised words (two may
        be joined by "and": "Development and Reform Commission"), ending in a head noun."""
        found = None
        joined = False  # a second "and" joins the next name of a list
        j = i
        while j < self.n:
            if self.words[j] == "and":
                if found or joined or j == i or j + 1 >= self.n or not self.core[j + 1] or self.heads[j - 1]:
                    break
                joined = True
                j += 1
                continue
            if self.words[j] in self.lex.particles and j > i and j + 1 < self.n and self.core[j + 1]:
                j += 1  # a place's particle: "Juiz de Fora City Council"
                continue
            if not self.core[j]:
                break
            head = self.heads[j]
            if head:
                found = head
                j = head[0] + 1
                continue
            if found:
                k = j
                while k < self.n and self.core[k] and not self.heads[k]:
                    k += 1
                if k < self.n and self.heads[k]:
                    j = k
                    continue
                break
            j += 1
        return found

    def parse_body(self, i: int, depth: int = 0) -> BodyNode | None:
        """The body whose name starts at token ``i``, with its complements."""
        core = self._core_end(i)
        if core is None:
            return None
        head_last, rule, head = core
        node = BodyNode(i, head_last, head_last, head, rule)
        purpose = False  # whether a "for …" complement names what the body is for
        while node.last + 2 < self.n:
            word, k = self.words[node.last + 1], node.last + 2
            if word in ("of", "under"):
                topic = self.words[k] != "the"
                if not topic and k + 1 < self.n:
                    k += 1
                child = self.parse_body(k, depth + 1) if depth < MAX_NESTING else None
                if child and topic and "and" in self.words[k : child.head_last]:
                    child = None  # "Bureau of Commerce and <city> Customs": a topic, then another body
                if child:
                    node.children.append(child)
                    node.last = child.last
                    continue
                if word == "under":
                    break
                run = self.place_run(k)
                if run is None:
                    break
                node.last = self._located_run(self._before_organisation(k, run))
            elif word == "for" and (k := self._skip_the(k)) < self.n and not self.connective[k]:
                node.last = self._for_run(k)
                purpose = True
            elif word == "in" and head in self.lex.located_heads and (run := self.place_run(k)) is not None:
                node.last = run
            else:
                break
        if head in self.lex.named_by_purpose and not purpose and not self._holds_level(i, head_last) and i < head_last:
            return None  # "Super Headquarters Base"; the bare head is a short reference ("of the Headquarters")
        return node

    def _headline_verb(self, i: int) -> bool:
        """Whether token ``i`` is a title-case headline's verb, not a word of a name ("International Studies
        University", where an organisation follows, or "School of International Studies of …", where "of" does)."""
        nxt = i + 1
        return self.words[i] in self.lex.body_stop and not (
            nxt < self.n and (self.heads[nxt] or self.words[nxt] in self.lex.organisations or self.words[nxt] == "of")
        )

    def _body_named_at(self, i: int) -> bool:
        """Whether a body's name of its own starts at token ``i``: its words up to a head, no "and" among them,
        one of them no generic word ("<city> Customs", not the "Administration" of "Market Supervision and
        Administration")."""
        core = self._core_end(i)
        return (
            core is not None
            and "and" not in self.words[i : core[0]]
            and not self.lex.generic.issuperset(self.folded[i : core[0] + 1])
        )

    def _place_named_at(self, i: int) -> bool:
        """Whether tokens ``i`` and ``i + 1`` name a place, a name and its level ("<name> District"), and end there."""
        j = i + 1
        return (
            j < self.n
            and self.folded[j] in self.lex.level_references
            and not self.connective[i]
            and (j + 1 == self.n or self.connective[j + 1])
        )

    def _before_organisation(self, first: int, last: int) -> int:
        """The end of a body's topic before "and" and an organisation of its own ("Ministry of Foreign Affairs and
        <city> University")."""
        for j in range(first + 1, last):
            if self.words[j] == "and" and not self.lex.organisations.isdisjoint(self.words[j + 1 : last + 1]):
                return j - 1
        return last

    def _holds_level(self, first: int, last: int) -> bool:
        """Whether a word of an administrative level stands in tokens ``first`` to ``last`` ("… Municipal …")."""
        return any(word in self.lex.level_words for word in self.words[first : last + 1])

    def _located_run(self, run: int) -> int:
        """The end of a place run, with "in <place>" after a zone or park ("… Cooperation Zone in Hengqin")."""
        k = run + 2
        if k < self.n and self.words[run] in self.lex.located_places and self.words[run + 1] == "in":
            return self.place_run(k) or run
        return run

    def _skip_the(self, k: int) -> int:
        return k + 1 if self.words[k] == "the" else k

    def place_run(self, i: int) -> int | None:
        """The last token of a place or topic starting at ``i`` ("the Republic of Singapore",
        "Development and Reform"); it stops before a trailing surname-first name. An ordinal of a term opens
        none ("Deputies to the Eleventh Municipal People's Congress")."""
        if not self.core[i] and self.words[i] in self.lex.ordinals:
            return None
        last = None
        joined = False  # one "and" joins two words of a place or topic; a second one joins another name
        j = i
        while j < self.n:
            if self.connective[j]:
                word = self.words[j]
                joins = word in ("of", "and") or word in self.lex.particles  # "Juiz de Fora"
                if last is None or not joins or j + 1 >= self.n or self.connective[j + 1]:
                    break
                if word == "and" and (
                    self.positions[j + 1] or joined or self._body_named_at(j + 1) or self._place_named_at(j + 1)
                ):
                    # a position, a third word, a body of its own ("… of Commerce and <city> Customs") or a place
                    # ("the Bureau of Commerce and <name> District")
                    break
                joined = joined or word == "and"
                j += 1
                continue
            if last is not None and (self.is_surname_pair(j) or self._headline_verb(j)):
                break  # a holder's name, or a headline's verb ("… of Returned Overseas Chinese Holds …")
            last = j
            j += 1
        return last

    def _for_run(self, i: int) -> int:
        """A "for …" complement: the rest of the phrase, up to "and" + a position or "the", "under" or "of the"
        before a body (the body it belongs to, nested: "… for Organs Directly under the CPC … Committee"),
        a word that never stands in a body's name (a headline's verb: "… Exchanges Held") or
        a trailing surname-first name (the holder of a title before the name)."""
        last = i
        for j in range(i, self.n):
            if self.words[j] in self.lex.body_stop or self.words[j] == "under" or (j > i and self.is_surname_pair(j)):
                break
            if self.words[j] == "of" and j + 2 < self.n and self.words[j + 1] == "the" and self.parse_body(j + 2):
                break
            if self.words[j] == "and" and j + 1 < self.n and (self.words[j + 1] == "the" or self.positions[j + 1]):
                break
            if not self.connective[j]:
                last = j
        return last

    def _extends_back(self, k: int, floor: int) -> bool:
        if k <= floor or self.words[k][-1] == ",":  # "… of Market Regulation, Customs and Taxation": a list
            return False
        if self.words[k] == "and":
            return (
                k - 1 > floor
                and self.core[k - 1]
                and not self.heads[k - 1]
                and k + 1 < self.n
                # a head right before another head qualifies it ("Market Supervision and Administration Bureau")
                and (not self.heads[k + 1] or (k + 2 < self.n and self.heads[k + 2] is not None))
                and not self._and_before(k, floor)
            )
        if self.words[k] in self.lex.particles:  # a place's particle: "Juiz de Fora City Council"
            return k - 1 > floor and self.core[k - 1] and k + 1 < self.n and self.core[k + 1]
        return self.core[k]

    def _and_before(self, k: int, floor: int) -> bool:
        """Whether another "and" joins the core words before the "and" at ``k``: then that one joins a
        name's words ("Natural Resources and Planning") and the one at ``k`` the next name of a list."""
        j = k - 1
        while j > floor and self.core[j]:
            j -= 1
        return j > floor and self.words[j] == "and"

    def bodies(self) -> list[BodyNode]:
        """Every body named in the phrase, outermost first (nested ones are children), events included."""
        if self._bodies is None:
            self._bodies = self._parse_bodies()
        return self._bodies

    def _parse_bodies(self) -> list[BodyNode]:
        found: list[BodyNode] = []
        if self.n < 2 or not any(self.heads):
            return found
        covered = -1
        i = 0
        while i < self.n:
            if self.heads[i] is None:
                i += 1
                continue
            first = i
            while self._extends_back(first - 1, covered):
                first -= 1
            node = self.parse_body(first)
            if node is None:
                i += 1
                continue
            covered = node.last
            if not self._confers(node.last + 1):
                found.append(node)
            i = node.last + 1
        return found

    def _confers(self, i: int) -> bool:
        """Whether the capitalised words from token ``i`` end in an award's name: the body before them confers it
        ("Chinese Government Friendship Award")."""
        j = i
        while j < self.n and not self.connective[j]:
            if self.words[j] in self.lex.conferred:
                return True
            j += 1
        return False

    # -- titles and names ----------------------------------------------------------------------

    def parse_title(self, i: int) -> TitleNode | None:
        found = self.positions[i]
        if found is None:
            return None
        last, position, plural = found
        title = TitleNode(i, last, position, plural)
        k = last + 2
        if k < self.n and self.words[last + 1] == "for" and not self.connective[k]:
            # a portfolio, part of the position ("Secretary for Security of the <government>"), maybe then
            # the government "of"
            run = self._for_run(k)
            title.position = " ".join([position, *self.words[last + 1 : run + 1]])
            last = title.last = run
            k = last + 2
        if k < self.n and self.words[last + 1] == "of":
            if self.words[k] in ("the", "its") and k + 1 < self.n:
                k += 1
            body = self.parse_body(k)
            if self.words[k] in self.lex.level_references:
                title.last = k  # the place just named: "Deputy Governor of the prefecture"
            elif self.words[k] in self.lex.body_references:
                title.body_first = title.body_last = title.last = k  # the body just named: "of the association"
            elif body:
                title.body_first, title.body_last = k, body.last
                title.last = body.last
            elif (run := self.place_run(k)) is not None:
                # "… of Peking University", "… of the University of Science and Technology"
                if not self.lex.organisations.isdisjoint(self.words[k : run + 1]):
                    if run + 2 < self.n and self.words[run + 1] == "for" and self.words[run] in self.lex.organisations:
                        run = self._for_run(run + 2)  # "Director of the Centre for <field> at <university>"
                    run = self._parent_body(run)
                    title.body_first, title.body_last = k, run
                else:
                    title.place_first = k
                    run = self._country_after(run)
                title.last = run
        elif k < self.n and self.words[last + 1] == "at" and (run := self._organisation_at(self._skip_the(k))):
            # a post in an organisation: "Professor at the School of … of <university>"
            title.body_first, title.body_last = self._skip_the(k), run
            title.last = run
        elif k < self.n and self.words[last + 1] in ("to", "for") and (body := self.parse_body(self._skip_the(k))):
            # a seat in an assembly, a voice of a body: "Deputy to the <congress>", "Spokesperson for the <ministry>"
            title.body_first, title.body_last = self._skip_the(k), body.last
            title.last = body.last
        for word in ("to", "in"):
            k = title.last + 2
            if word == "to" and k + 1 < self.n:
                k = self._skip_the(k)  # "Ambassador to the United Kingdom"
            if word == "in" and k + 1 < self.n and self.words[title.last + 1] == "stationed":
                k += 1  # "First Secretary stationed in <village>"
                word = "stationed"
            if k < self.n and self.words[title.last + 1] == word and (run := self.place_run(k)) is not None:
                title.place_first, title.last = k, run
        return title

    def _organisation_at(self, k: int) -> int | None:
        """The last token of a body or an organisation named from token ``k`` on, if one is."""
        if k >= self.n:
            return None
        if body := self.parse_body(k):
            return body.last
        run = self.place_run(k)
        if run is None or self.lex.organisations.isdisjoint(self.words[k : run + 1]):
            return None
        return self._parent_body(run)

    def _country_after(self, run: int) -> int:
        """The end of a place with the country it lies in: "North Chungcheong Province of the Republic of Korea"."""
        k = run + 3
        while k < self.n and self.words[run + 1] == "of" and self.words[run + 2] == "the" and not self.parse_body(k):
            country = self.place_run(k)
            if country is None:
                break
            run, k = country, country + 3
        return run

    def _parent_body(self, run: int) -> int:
        """The end of an organisation's name with the body or organisation it belongs to ("Audit Team of the
        CPC … Commission", "College of Medicine of the University of …"), or with the place that names it
        ("University of the Philippines")."""
        k = run + 3
        if k >= self.n or self.words[run + 1] != "of" or self.words[run + 2] != "the":
            return run
        if body := self.parse_body(k):
            return body.last
        inner = self.place_run(k)
        if inner is None:
            return run
        if not self.lex.organisations.isdisjoint(self.words[k : inner + 1]):
            return self._parent_body(inner)
        return inner if self.words[run] in self.lex.organisations else run

    def parse_chain(self, i: int) -> Chain | None:
        """Titles from token ``i`` joined by "and", and the name that follows them, if any."""
        title = self.parse_title(i)
        if title is None:
            return None
        titles = [title]
        j = title.last + 1
        while j + 1 < self.n and self.words[j] == "and" and (title := self.parse_title(j + 1)):
            if name := self._name_after_place(titles[-1]):  # "… to China <name> and <title> <name>"
                return Chain(titles, name)
            titles.append(title)
            j = title.last + 1
        name = self.name_run(j) if j < self.n else self._name_after_place(titles[-1])
        return Chain(titles, name)

    def _name_after_place(self, title: TitleNode) -> tuple[int, int] | None:
        """The holder's name that the place ending a title ran into ("Ambassador to China <given name>
        <family name>", "Mayor of <city> <given name> <family name>"); the place keeps at least a word.
        The name is every name word after a word that names no one (China, Province, Affairs), else
        from a surname ("… Town Hall <family name> <given name> <given name>"), else the last two
        words ("Ambassador to <country> <given name> <family name>")."""
        first = title.place_first
        if first is None:
            return None
        floor = max(first + 1, title.last - MAX_NAME_AFTER_PLACE + 1)
        start = title.last
        while start > floor and self.name_word[start - 1]:
            start -= 1
        if self.name_word[start - 1] or self.connective[start - 1]:
            surname = next((k for k in range(start, title.last) if self.words[k] in self.lex.surnames), None)
            start = surname if surname is not None else title.last - 1
            if _initial(self.words[start]) and start - 1 > first and self.name_word[start - 1]:
                start -= 1  # a middle initial never opens a name: "Mayor of <city> <given name> R. <family name>"
        if start <= first or not all(self.name_word[start : title.last + 1]):
            return None
        name = start, title.last
        title.last = start - 1
        return name

    def name_run(self, i: int) -> tuple[int, int] | None:
        """Name words from token ``i`` (particles allowed inside), up to a connective or the end.
        A surname that is also an English word opens a name before a given name ("He <given name>")."""
        if i >= self.n:
            return None
        for honorific in self.lex.honorific_phrases.get(self.words[i], ()):  # "Tan Sri <name>": no part of it
            after = i + len(honorific)
            if after < self.n and tuple(self.words[i:after]) == honorific and self.name_word[after]:
                i = after
                break
        if not self.name_word[i] and not (
            self.words[i] in self.lex.surnames and i + 1 < self.n and self.name_word[i + 1]
        ):
            return None
        last = i
        j = i + 1
        while j < self.n:
            k = j
            while k < self.n and self.words[k] in self.lex.particles:
                k += 1
            if k >= self.n or not self.name_word[k] or self.possessive[last]:
                break
            last = j = k
            j += 1
        return i, last

    def items(self) -> list[Chain | tuple[int, int]]:
        """The phrase as title chains and bare name runs, in order."""
        if self._items is None:
            self._items = self._parse_items()
        return self._items

    def _parse_items(self) -> list[Chain | tuple[int, int]]:
        found: list[Chain | tuple[int, int]] = []
        i = 0
        while i < self.n:
            if self.connective[i]:
                i += 1
                continue
            chain = self.parse_chain(i) if self.positions[i] else self._prefixed_chain(i)
            if chain:
                found.append(chain)
                i = chain.last + 1
                continue
            name = self.name_run(i)
            if name:
                found.append(name)
                i = name[1] + 1
                continue
            i += 1
        return found

    def _prefixed_chain(self, i: int) -> Chain | None:
        """A title led by one or two words of a place or a nationality and followed by a name ("Beijing Mayor
        <name>"), or making up the whole phrase, as titles in apposition do ("<name>, German Ambassador to
        China, …")."""
        if not any(self.positions[i + 1 : i + 3]):
            return None
        for j in (i + 1, i + 2):
            if j >= self.n or not all(self.core[k] and not self.heads[k] for k in range(i, j)):
                return None
            if self.positions[j]:
                chain = self.parse_chain(j)
                if chain is None or (chain.name is None and (i > 0 or chain.last < self.n - 1)):
                    return None
                chain.titles[0].first = i
                return chain
        return None
