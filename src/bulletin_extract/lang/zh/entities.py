"""Chinese officials (names, titles, roles) and bodies, found by structure.

A name is where the structure puts one, never where jieba's name tag guesses
one: right after a title chain (区委书记、区长张三), in a list after a group
label (区领导王五、赵六) or after a shared title (副区长甲、乙), before 同志, before
a role verb at a clause start (张三会见…), or before a position of a later
mention (某某大使, 某某总书记). Once found, a name is found again wherever it
stands like a name (高峰强调 but not 高峰期). Matching runs on ``state.view``, read
without the white space of a line wrapped inside a paragraph (张明\n远); every output
string is a slice of ``state.text``, so names stay as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language
from bulletin_extract.lang.base import final_roles
from bulletin_extract.lang.zh import phrases, segment
from bulletin_extract.lang.zh.bodies import BodySpan, find_body_spans, list_bodies
from bulletin_extract.lang.zh.compact import CompactView, gaps_between_chinese
from bulletin_extract.lang.zh.lexicon import (
    CLAUSE_BREAKS,
    JOINERS,
    LONGEST_FOREIGN_WORD,
    Term,
    lexicon,
    trie_alternation,
)
from bulletin_extract.lang.zh.roles import Occurrence, Verb, assign_roles, find_verbs
from bulletin_extract.lang.zh.titles import ORIGIN, POSSESSIVE, TitleSpan, find_titles
from bulletin_extract.models import Body, Mention, Official, Title

_DOCUMENT_NAME = re.compile(r"《[^《》]*》")
_SPACE = re.compile(r"\s")
#: Up to this many known names, each is looked for on its own; past it, one pattern finds them all.
FEW_ALIASES = 32
_COMRADE = "同志"
#: What joins an appointed person to the post (任命某某为…): the verb is in ``appointing_verbs``.
_APPOINTED_AS = "为"
#: The longest personal name looked back over from 为 to its appointing verb (compound surname and two).
_LONGEST_NAME = 4
_AND_OTHERS = "等"
#: The most characters of a relative clause on a title's holder (来自新西兰奥克兰市的, 参加会见的).
MAX_RELATIVE_CLAUSE = 16
#: "By": 由某单位选派的 before a title says who sent the holder, a clause on the person (由某局选派的[第一书记]某某).
_SENT_BY = "由"
#: What joins the titles of one person where no name ends them: 、, a comma (区委常委、组织部部长，
#: 区直机关工委书记张三; 省委常委，新区党工委书记张三), or 兼 (副组长兼办公室主任张三).
_CHAIN_SEPARATORS = frozenset("、，,兼")
#: What joins the names of a list (甲、乙和丙).
_LIST_MARKS = frozenset("、和与及")
#: Brackets that may hold the titles of the name before them (某某（市委常委、常务副市长）).
_OPENING_BRACKETS = frozenset("（(")
_CLOSING_BRACKETS = frozenset("）)")


#: What separates the names of a list after a title or a group label: 、, or white space in minutes.
_NAME_SEPARATORS = frozenset("、 ")


def _past_spaces(view: str, i: int, end: int) -> int:
    while i < end and view[i] == " ":
        i += 1
    return i


@dataclass(eq=False)
class _Person:
    name: str
    titles: list[Title] = field(default_factory=list)
    #: (position, body or "") of each title, as matched in the view.
    held: list[tuple[str, str]] = field(default_factory=list)

    def holds(self, position: str, body: str) -> bool:
        """Whether a title with this position and the same body, or a longer or shorter form of it
        (东城区委 and 区委; a place before a position is no body), is known already."""
        return any(p == position and (b.endswith(body) or body.endswith(b)) for p, b in self.held)


@dataclass(frozen=True)
class _Sentence:
    view: str
    start: int
    end: int
    #: Positions and heads, in text order.
    terms: list[Term]
    verbs: list[Verb]

    @cached_property
    def edges(self) -> phrases.Edges:
        return phrases.Edges(self.view, self.start, self.end)


def find(state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
    title = state.header.title_span
    headline = (title.start, title.end) if title is not None else None
    spans = ([headline] if headline else []) + [(s.start, s.end) for s in state.sentences]
    wraps = _wraps(state)
    if not wraps:
        return _find(state.view, state.text, spans, headline)
    # a paragraph hard-wrapped inside a name or a title (张明\n远) is read without the wrap's white space
    compact = CompactView(state.view, wraps)
    at = compact.from_view
    officials, bodies = _find(
        compact.text,
        CompactView(state.text, wraps).text,
        [(at(start), at(end)) for start, end in spans],
        (at(headline[0]), at(headline[1])) if headline else None,
    )
    return tuple(_in_view(o, compact) for o in officials), tuple(_in_view(b, compact) for b in bodies)


def _wraps(state: DocState) -> list[tuple[int, int]]:
    """The white space between Chinese characters where the text breaks a line inside a paragraph
    (the sentences stage made it a space in the view)."""
    view, text = state.view, state.text
    return [(a, b) for a, b in gaps_between_chinese(view) if "\n" in text[a:b] and "\n" not in view[a:b]]


def _in_view(item: Official | Body | Title | Mention, compact: CompactView) -> Any:
    """``item`` with the offsets found in the compact view mapped back to the view."""
    if isinstance(item, Official):
        return item.model_copy(
            update={
                "titles": [_in_view(t, compact) for t in item.titles],
                "mentions": [_in_view(m, compact) for m in item.mentions],
            }
        )
    return item.model_copy(update={"start": compact.to_view(item.start), "end": compact.end_to_view(item.end)})


def _find(
    view: str, text: str, spans: list[tuple[int, int]], headline: tuple[int, int] | None
) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
    """Officials and bodies of the ``spans`` (the headline, then every sentence; header lines such as
    来源 are never scanned) of ``view``; output strings are slices of ``text``."""
    sentences = [
        _Sentence(view, start, end, lexicon().find_terms(view, start, end), find_verbs(view, start, end))
        for start, end in spans
    ]
    finder = _Finder(view, text, headline)
    for sentence in sentences:
        finder.structure(sentence)
    finder.known_mentions(sentences)
    excluded = [m.span() for m in _DOCUMENT_NAME.finditer(view)]
    body_spans: list[BodySpan] = []
    for sentence in sentences:
        if sentence.terms:  # no head, no body: the sentence's edges are not worth finding
            body_spans += find_body_spans(view, sentence.edges, sentence.terms, excluded)
    officials = finder.officials([(s.start, s.end, s.verbs) for s in sentences])
    return officials, list_bodies(body_spans, view, finder.as_written, headline)


def _surname_and_position(name: str) -> tuple[str, str] | None:
    """A surname and a position written as one (方书记, 欧阳主任): how a later sentence refers to the one
    person of that surname who holds that position, no name of its own."""
    lex = lexicon()
    for size in (2, 1):
        surname = name[:size]
        known = surname in lex.compound_surnames if size == 2 else surname in lex.surnames
        if known and lex.term_kinds.get(name[size:]) == "position":
            return surname, name[size:]
    return None


class _Finder:
    def __init__(self, view: str, text: str, headline: tuple[int, int] | None = None) -> None:
        self.view = view
        self.text = text
        self.headline = headline
        self.clean = get_language("zh").clean
        self.by_alias: dict[str, _Person] = {}
        self.occurrences: dict[int, Occurrence] = {}
        self.title_ends: set[int] = set()
        #: Titles that stand for a person where a name would (组长指出, 该市长表示), with their (position,
        #: body) and where the reference starts (at 该 in 该市长).
        self.title_references: list[tuple[TitleSpan, str, str, int]] = []
        #: A surname and a position where a name would stand (方书记指出): (surname, position, start, end).
        self.surname_references: list[tuple[str, str, int, int]] = []
        #: Titles with no name after them that open a clause (市委书记在某地会见了…), as in ``title_references``:
        #: they stand for the one leader the headline names with no title (call: leader named only in the headline).
        self.bare_subject_titles: list[tuple[TitleSpan, str, str, int]] = []
        #: Whether a transliterated name stands before an honorific anywhere (·某某先生): one search per page.
        self.honours_foreign_name = lexicon().honoured_foreign_name.search(view) is not None
        #: Offsets covered by a name, and where names end.
        self.named: set[int] = set()
        self.name_ends: set[int] = set()

    def as_written(self, start: int, end: int) -> str:
        written = self.text[start:end]
        return written if _SPACE.search(written) is None else self.clean(written)

    def is_known(self, name: str) -> bool:
        return name in self.by_alias

    def structure(self, sentence: _Sentence) -> None:
        """Pass one over a sentence: names where a structure puts them."""
        has_position = any(term.kind == "position" for term in sentence.terms)
        titles = find_titles(self.view, sentence.edges, sentence.terms, self.is_known) if has_position else []
        self.title_ends |= {t.end for t in titles}
        self._after_titles(titles, sentence)
        self._posts_taken(titles, sentence)
        self._group_lists(sentence, {t.start for t in titles})
        self._after_label(sentence, {t.start for t in titles})
        self._before_comrade(sentence)
        self._before_given_positions(sentence)
        if self.honours_foreign_name:  # most pages: none
            self._before_honorifics(sentence)
        self._before_verbs(sentence)

    def known_mentions(self, sentences: list[_Sentence]) -> None:
        """Pass two: every other place a known name stands like a name (高峰强调, not 高峰期)."""
        view = self.view
        lex = lexicon()
        starts = [sentence.start for sentence in sentences]
        for i, stop in self._alias_hits():
            index = bisect.bisect_right(starts, i) - 1
            if index < 0 or stop > sentences[index].end:
                continue
            sentence = sentences[index]
            ends_well = (
                phrases.stops_here(view, stop, sentence.end)
                or lex.weak_stops.match(view, stop) is not None
                or phrases.unmistakable_name(view[i:stop])
            )
            starts_well = (
                i in self.title_ends
                or view.endswith(lex.group_labels, sentence.start, i)
                or sentence.edges.opens_name(i)
            )
            if ends_well and starts_well and not self._overlaps(i, stop):
                self._mention(i, stop, i)

    def _alias_hits(self) -> list[tuple[int, int]]:
        """Every place a known name or family name is written, longest first where two start together;
        a few names are looked for one by one, many by one pattern."""
        view = self.view
        if len(self.by_alias) > FEW_ALIASES:
            pattern = re.compile(f"(?=({trie_alternation(list(self.by_alias))}))")
            return [(m.start(), m.start() + len(m.group(1))) for m in pattern.finditer(view)]
        hits = []
        for alias in self.by_alias:
            i = view.find(alias)
            while i != -1:
                hits.append((i, i + len(alias)))
                i = view.find(alias, i + 1)
        return sorted(hits, key=lambda hit: (hit[0], -hit[1]))

    def officials(self, sentences: list[tuple[int, int, list[Verb]]]) -> tuple[Official, ...]:
        if self.bare_subject_titles and self.headline is not None:  # few pages
            self._leader_named_in_headline()
        occurrences = sorted(self.occurrences.values(), key=lambda o: o.start)
        by_title = self._by_title()
        acting = sorted([*occurrences, *by_title], key=lambda o: o.start) if by_title else occurrences
        roles = assign_roles(self.view, sentences, acting)
        mentions: dict[_Person, list[Mention]] = {}
        for o in occurrences:
            mentions.setdefault(o.person, []).append(
                Mention(text=self.as_written(o.start, o.end), start=o.start, end=o.end)
            )
        return tuple(
            Official(name=person.name, titles=person.titles, roles=final_roles(roles.get(person, [])), mentions=named)
            for person, named in mentions.items()
        )

    def _after_titles(self, titles: list[TitleSpan], sentence: _Sentence) -> None:
        view, end = self.view, sentence.end
        title_starts = {t.start for t in titles}
        chain: list[TitleSpan] = []
        for title in titles:
            if title.prefix == "name":
                person = self._mention(title.start, title.position_start, title.start)
                self._add_title(person, title)
                chain = []
                continue
            joined = chain and title.start == chain[-1].end + 1 and view[chain[-1].end] in _CHAIN_SEPARATORS
            chain = [*chain, title] if joined else [title]
            if title.end in title_starts or (title.end < end and view[title.end] == "、"):
                continue
            name_start = phrases.after_honorific(view, title.end, end)
            if view.startswith(POSSESSIVE, title.end) and view.startswith(lexicon().then_posts, chain[0].start):
                name_start = title.end + 1  # 时任某市副市长的某某: the holder is named after 的
            name_end = phrases.name_end(view, name_start, end) or phrases.unmarked_name_end(view, name_start, end)
            if name_end is None and view[title.end : title.end + 1] == " ":  # minutes: 区长　某某
                name_start = _past_spaces(view, title.end, end)
                name_end = phrases.name_end(view, name_start, end)
            if name_end is None and title.end < end and view[title.end] in _CLOSING_BRACKETS:
                person = self._name_before_bracket(chain[0].start, sentence)
                if person is not None:
                    for held in chain:
                        self._add_title(person, held)
                    self._name_list(title.end + 1, end, title_starts)
                    chain = []
                    continue
            if name_end is None:
                if len(chain) == 1 and title.prefix != "place":
                    reference = (title, *self._held(title), self._pointed_from(title, sentence))
                    if self._verb_at(title.end, sentence):
                        self.title_references.append(reference)
                    elif title.start == sentence.start or view[title.start - 1] in CLAUSE_BREAKS:
                        self.bare_subject_titles.append(reference)
                continue
            named = [self._mention(name_start, name_end, self._pointed_from(chain[0], sentence))]
            named += self._name_list(phrases.after_note(view, name_end, end), end, title_starts)
            for person in named:
                for held in chain:
                    self._add_title(person, held)
            chain = []

    def _posts_taken(self, titles: list[TitleSpan], sentence: _Sentence) -> None:
        """A title after a verb of taking up a post is held by the one named right before the verb
        (某某现担任某某商会常务副会长, 副局长某某担任夏令营营长)."""
        view = self.view
        verbs = lexicon().taking_posts
        for title in titles:
            if view[title.start - 1] == _APPOINTED_AS:
                self._post_appointed(title, sentence)
            if not view.endswith(verbs, sentence.start, title.start):  # one C call; most titles follow none
                continue
            verb = next(v for v in verbs if view.endswith(v, sentence.start, title.start))
            stop = title.start - len(verb)
            holder = next((o for o in self.occurrences.values() if o.end == stop), None)
            if holder is None and self._untitled_before(stop, sentence, structure_says_name=True) is not None:
                holder = next(o for o in self.occurrences.values() if o.end == stop)
            if holder is not None:
                self._add_title(holder.person, title)

    def _post_appointed(self, title: TitleSpan, sentence: _Sentence) -> None:
        """A title after 为 is held by the one an appointing verb names before it (任命某某为某市商务局局长)."""
        stop = title.start - 1
        verb_end = next(
            (
                end
                for end in range(stop - 2, max(sentence.start, stop - _LONGEST_NAME) - 1, -1)
                if self.view.endswith(lexicon().appointing_verbs, sentence.start, end)
            ),
            None,
        )
        if verb_end is None:
            return
        holder = next((o for o in self.occurrences.values() if o.start == verb_end and o.end == stop), None)
        if holder is None and self._untitled_before(stop, sentence, structure_says_name=True) == verb_end:
            holder = next(o for o in self.occurrences.values() if o.end == stop)
        if holder is not None:
            self._add_title(holder.person, title)

    def _name_before_bracket(self, chain_start: int, sentence: _Sentence) -> _Person | None:
        """The person whose titles fill the brackets after the name (某某（市委常委、秘书长）, 某·某某（某大学教授）)."""
        opening = chain_start - 1
        if opening <= sentence.start or self.view[opening] not in _OPENING_BRACKETS:
            return None
        listed = next((o.person for o in self.occurrences.values() if o.end == opening), None)
        if listed is not None:  # named already in a list (某某（…）、某某（…）)
            return listed
        clause_start = phrases.foreign_name_before(self.view, opening, sentence.start)
        if clause_start is not None:
            start = phrases.foreign_name_start(self.view, clause_start, opening)
            return None if self._overlaps(start, opening) else self._mention(start, opening, start)
        start = self._untitled_before(opening, sentence, structure_says_name=True)
        return None if start is None else self.occurrences[start].person

    def _name_list(self, i: int, end: int, title_starts: set[int]) -> list[_Person]:
        """Names after ``i`` joined by 、 (副区长甲、乙; 区领导王五、赵六) or by white space alone, as minutes write
        them (副区长　甲　乙), each ending at a firm stop."""
        named = []
        while i < end and self.view[i] in _NAME_SEPARATORS:
            start = i + 1 if self.view[i] == "、" else _past_spaces(self.view, i, end)
            if start in title_starts or start >= end:
                break
            if self.view.startswith(lexicon().group_labels, start):
                break  # 副省长甲、获奖专家乙: the label says who the rest are
            name_end = self._firm_name_end(start, end, title_starts)
            if name_end is None or (
                any(ch in JOINERS for ch in self.view[start:name_end])
                and phrases.foreign_name_start(self.view, start, name_end) != start
            ):
                break  # 副市长甲、英国商人某·某某: a description stands for the title
            named.append(self._mention(start, name_end, start))
            i = phrases.after_note(self.view, name_end, end)
        return named

    def _firm_name_end(self, i: int, end: int, title_starts: set[int]) -> int | None:
        """End of a name in a list: only a firm stop, the next 、 or a conjunction before a title (副主任甲、乙和
        秘书长丙) ends it, never a guess."""
        for size in phrases.name_lengths(self.view, i):
            stop = i + size
            joined = self.view[stop : stop + 1] in _LIST_MARKS and stop + 1 in title_starts
            ends_firmly = phrases.stops_here(self.view, stop, end) or self.view.startswith("、", stop) or joined
            if stop <= end and ends_firmly and phrases.looks_like_name(self.view[i:stop]):
                return stop
        foreign = phrases.foreign_name_end(self.view, i, end)
        if foreign is not None or self.view[i - 1] not in _NAME_SEPARATORS:
            return foreign
        # a Mongolian or Tibetan name written whole in a list after a title (副主任某某、某其格; 市领导某某 某其格)
        whole = phrases.unmarked_name_end(self.view, i, end)
        if whole is None and self.view[i - 1] == " ":
            return self._spaced_name_end(i, end)
        if whole is None:
            return None
        run = self.view[i:whole]  # a word of the dictionary is no name, unless jieba files it as a place
        return whole if not segment.is_common_word(run) or segment.is_proper_noun(run, whole=True) else None

    def _spaced_name_end(self, i: int, end: int) -> int | None:
        """End of a name set off by white space on both sides in a list of minutes (市领导某某 某其木格 某某): a
        run of a few ideographs that holds no verb, even one jieba knows as a word of another kind."""
        stop = self.view.find(" ", i, min(end, i + phrases.MAX_UNMARKED_NAME + 1))
        run = self.view[i:stop]
        if stop - i < 2 or not all(phrases.is_cjk(ch) for ch in run) or segment.holds_action_word(run):
            return None
        return stop

    def _group_lists(self, sentence: _Sentence, title_starts: set[int]) -> None:
        """Names after a group label (区领导王五、赵六) or before one (王五、赵六等区领导)."""
        view = self.view
        for label in lexicon().group_label.finditer(view, sentence.start, sentence.end):
            if view.startswith(_AND_OTHERS, label.start() - 1) and label.start() > sentence.start:
                self._names_before(label.start() - 1, sentence)
            start = _past_spaces(view, label.end(), sentence.end)  # 镇领导　某某　某某
            if start in title_starts:
                continue
            name_end = self._firm_name_end(start, sentence.end, title_starts)
            # the label and what follows may be one word (领导班子): then no name follows the label
            if name_end is not None and not segment.is_common_word(view[label.start() : name_end]):
                self._mention(start, name_end, start)
                self._name_list(name_end, sentence.end, title_starts)

    def _after_label(self, sentence: _Sentence, title_starts: set[int]) -> None:
        """Untitled names right after the label of a line of minutes (出席：甲、乙; 请假：丙)."""
        label = lexicon().name_label.match(self.view, sentence.start, sentence.end)
        if label is None or label.end() in title_starts:  # most sentences: one failed match
            return
        name_end = self._firm_name_end(label.end(), sentence.end, title_starts)
        if name_end is not None and not self._overlaps(label.end(), name_end):
            self._mention(label.end(), name_end, label.end())
            self._name_list(name_end, sentence.end, title_starts)

    def _before_comrade(self, sentence: _Sentence) -> None:
        i = self.view.find(_COMRADE, sentence.start, sentence.end)
        while i != -1:
            self._names_before(i, sentence)
            i = self.view.find(_COMRADE, i + len(_COMRADE), sentence.end)

    def _before_given_positions(self, sentence: _Sentence) -> None:
        """An untitled name before the position it was given (以某某为团长的代表团, 以某某为首)."""
        given = lexicon().given_position.search(self.view, sentence.start, sentence.end)
        while given is not None:  # most sentences: one search that finds nothing
            if given.start() not in self.name_ends:
                self._name_before(given.start(), sentence, structure_says_name=True)
            given = lexicon().given_position.search(self.view, given.end(), sentence.end)

    def _before_honorifics(self, sentence: _Sentence) -> None:
        """A transliterated name before an honorific is a person wherever it stands, even as an object
        (向友人某某·某某先生颁发…, 某某阁下及夫人某某·某某女士): its words run back from the last joiner
        to the first ordinary word, a name or a break."""
        view = self.view
        for match in lexicon().honoured_foreign_name.finditer(view, sentence.start, sentence.end):
            stop = match.start(1)
            start = match.start()
            while start > sentence.start and (phrases.is_cjk(view[start - 1]) or view[start - 1] in JOINERS):
                if start - 1 in self.named:
                    break
                start -= 1
            start = phrases.foreign_name_start(view, start, stop)
            if (
                lexicon().foreign_name.fullmatch(view, start, stop) is not None
                and not any(lexicon().stops.match(view, k, stop) for k in range(start + 1, stop))
                and not self._overlaps(start, stop)
            ):
                self._mention(start, stop, start)

    def _names_before(self, stop: int, sentence: _Sentence) -> None:
        """Untitled names ending at ``stop`` and the 、 list that leads to them (张三、李四同志)."""
        while stop > sentence.start and stop not in self.name_ends:
            name_start = self._untitled_before(stop, sentence, structure_says_name=True)
            if name_start is None or self.view[name_start - 1] != "、":
                return
            stop = name_start - 1

    def _before_verbs(self, sentence: _Sentence) -> None:
        for verb in sentence.verbs:
            i = verb.start
            if verb.kind in ("verb", "meeting") and i not in self.name_ends:
                self._name_before(i, sentence, structure_says_name=False)

    def _name_before(self, stop: int, sentence: _Sentence, structure_says_name: bool) -> None:
        """An untitled name, transliterated or Chinese, that ends at ``stop`` or at a note before it."""
        stop = phrases.before_note(self.view, stop, sentence.start)
        clause_start = phrases.foreign_name_before(self.view, stop, sentence.start)
        adverbs = lexicon().shared_act_adverbs
        if clause_start is None and self.view.endswith(adverbs, sentence.start, stop):  # 某·某某先后发言
            adverb = next(a for a in adverbs if self.view.endswith(a, sentence.start, stop))
            self._described_foreign_name(stop - len(adverb), sentence)
            return
        if clause_start is not None:
            start = phrases.foreign_name_start(self.view, clause_start, stop)
            weak_stop = lexicon().weak_stops.match(self.view, start) if start in self.name_ends else None
            if weak_stop is not None:  # 某某为[某·某某]: the word that ended the name before opens no name
                start = weak_stop.end()
            self._mention(start, stop, clause_start)
        else:
            self._untitled_before(stop, sentence, structure_says_name)

    def _described_foreign_name(self, stop: int, sentence: _Sentence) -> None:
        """A transliterated name that ends at ``stop``, maybe after a description (和澳门土生葡人企业家某·某·某):
        its first word has a few characters, ordinary words before it are cut off, and it stands in a list
        where the description starts, after the last 、 or 和."""
        view = self.view
        edge = stop
        while not phrases.is_hard_edge(view, edge, sentence.start):
            edge -= 1
        joiner = next((k for k in range(edge, stop) if view[k] in JOINERS), None)
        if joiner is None:
            return
        clause_start = phrases.foreign_name_before(view, stop, max(edge, joiner - LONGEST_FOREIGN_WORD))
        if clause_start is None:
            return
        start = phrases.foreign_name_start(view, clause_start, stop)
        if not self._overlaps(start, stop):
            lead = max((k + 1 for k in range(edge, start) if view[k] in _LIST_MARKS), default=clause_start)
            self._mention(start, stop, lead)

    def _untitled_before(self, stop: int, sentence: _Sentence, structure_says_name: bool) -> int | None:
        """A name with no title that ends at ``stop`` and starts a clause; where only a verb follows,
        no ordinary word either (双方表示) nor what a preposition governs (在党课中说). Returns where the
        name starts."""
        for size in (4, 3, 2):
            i = stop - size
            name = self.view[i:stop]
            if (
                i >= sentence.start
                and (structure_says_name or i == 0 or self.view[i - 1] not in lexicon().prepositions)
                and phrases.looks_like_name(name)
                and sentence.edges.opens_name(i)
                and not (sentence.edges.after_soft_edge(i) and self._edge_inside_word(i))
                and not phrases.after_credit(self.view, i, sentence.start)
                and not self._overlaps(i, stop)
                and (structure_says_name or self.is_known(name) or not segment.is_common_word(name))
            ):
                reference = _surname_and_position(name)
                if reference is not None:
                    self.surname_references.append((*reference, i, stop))
                    return None
                self._mention(i, stop, self._relative_clause_start(i, sentence))
                return i
        return None

    def _edge_inside_word(self, i: int) -> bool:
        """Whether the one-character edge before ``i`` belongs to a word with a neighbour (共同, 有关)."""
        return segment.is_common_word(self.view[i - 2 : i]) or segment.is_common_word(self.view[i - 1 : i + 1])

    def _overlaps(self, start: int, end: int) -> bool:
        return any(i in self.named for i in range(start, end))

    def _mention(self, start: int, end: int, lead: int) -> _Person:
        existing = self.occurrences.get(start)
        if existing is not None:
            return existing.person
        name = self.view[start:end]
        person = self.by_alias.get(name)
        if person is None:
            person = _Person(self.as_written(start, end))
            self.by_alias[name] = person
            for short in phrases.short_names(name):
                if len(short) > 1:
                    self.by_alias.setdefault(short, person)
        self.occurrences[start] = Occurrence(person, start, end, lead)
        self.named.update(range(start, end))
        self.name_ends.add(end)
        return person

    def _leader_named_in_headline(self) -> None:
        """A leader the headline names with no title (某某会见…) whom the text calls only by one title, at the
        start of its clauses (市委书记在某地会见了…; 市委书记要求…): that title is the leader's, and each such
        title stands for the leader."""
        start, end = self.headline
        in_headline = {o.person for o in self.occurrences.values() if start <= o.start < end}
        elsewhere = {o.person for o in self.occurrences.values() if not start <= o.start < end}
        leaders = [p for p in in_headline if p not in elsewhere and not p.titles]
        held = {(position, body) for _, position, body, _ in self.bare_subject_titles}
        if len(leaders) != 1 or len(held) != 1:
            return
        position, body = next(iter(held))
        if any(person.holds(position, body) for person in elsewhere):
            return
        self._add_title(leaders[0], self.bare_subject_titles[0][0])
        self.title_references += self.bare_subject_titles

    def _by_title(self) -> list[Occurrence]:
        """Where a title alone names the one person who holds it (巡察组组长某某 …, later 组长指出): it acts
        as that person in the roles, though it is no mention of the name. A title two people hold, or
        one that no one named holds, names no one; 市长 never means a 副市长."""
        if not self.title_references and not self.surname_references:  # most pages
            return []
        persons = dict.fromkeys(o.person for o in self.occurrences.values())  # persons hash by identity
        found = []
        for title, position, body, lead in self.title_references:
            holders = [person for person in persons if person.holds(position, body)]
            if len(holders) == 1:
                found.append(Occurrence(holders[0], title.start, title.end, lead))
        for surname, position, start, end in self.surname_references:
            holders = [p for p in persons if p.name.startswith(surname) and any(held == position for held, _ in p.held)]
            if len(holders) == 1:
                found.append(Occurrence(holders[0], start, end, start))
        return found

    def _pointed_from(self, title: TitleSpan, sentence: _Sentence) -> int:
        """Where a title (and the name after it) starts as a clause's part: at the demonstrative before
        it (该市长, 该市公安局局长某某), at the side it stands for (日方某某学校校长) or at the clause start where a
        relative clause on its holder fills the clause up to it (来自英国的某某中学校长, 参加会见的某某会长), if any."""
        view, start = self.view, title.start
        lex = lexicon()
        pointers = lex.demonstratives + lex.sides
        if view.endswith(pointers, sentence.start, start):  # one C call; most titles follow none
            return start - len(next(w for w in pointers if view.endswith(w, sentence.start, start)))
        return self._relative_clause_start(start, sentence)

    def _relative_clause_start(self, start: int, sentence: _Sentence) -> int:
        """The clause start where a relative clause on the person named at ``start`` fills the clause up to
        its 的 (来自英国的…, 参加会见的…, 随团来访的…): the person stands there as the clause's part; else ``start``."""
        view = self.view
        if start <= sentence.start or view[start - 1] != "的":  # most names and titles
            return start
        clause_start = start - 1
        while clause_start > sentence.start and view[clause_start - 1] not in CLAUSE_BREAKS:
            clause_start -= 1
        if start - clause_start > MAX_RELATIVE_CLAUSE or self._overlaps(clause_start, start):
            return start
        verb = lexicon().verbs.search(view, clause_start, start - 1)
        acted = verb is not None and verb.group() in lexicon().role_of_verb
        # who sent the person (由某局选派的[驻村第一书记]某某): the agent's clause describes the holder too
        described = view.startswith((ORIGIN, _SENT_BY), clause_start)
        return clause_start if acted or described else start

    @staticmethod
    def _verb_at(i: int, sentence: _Sentence) -> bool:
        return any(verb.start == i and verb.kind in ("verb", "meeting") for verb in sentence.verbs)

    def _held(self, title: TitleSpan) -> tuple[str, str]:
        """A title's position and, where a body stands before it, that body, as matched in the view."""
        position = self.view[title.position_start : title.end]
        return position, self.view[title.body_start : title.body_end] if title.prefix == "body" else ""

    def _add_title(self, person: _Person, title: TitleSpan) -> None:
        """Add a title once: a repeated one (东城区委书记, later 区委书记; 某某大使 after 法国驻华大使)
        adds nothing."""
        position, body_key = self._held(title)
        if person.holds(position, body_key):
            return
        person.held.append((position, body_key))
        start = title.position_start if title.prefix == "name" else title.start
        body = self.as_written(title.body_start, title.body_end) if title.prefix == "body" else None
        person.titles.append(
            Title(
                text=self.as_written(start, title.end),
                position=self.as_written(title.position_start, title.end),
                body=body,
                start=start,
                end=title.end,
            )
        )
