"""Chinese bodies: named government and Party bodies at their fullest form.

Every head noun (委员会, 办公室, 区委, 局 …) ends a candidate name that runs left
to an edge and must start like a body. Which candidates are listed follows
zh.notes.md: a level body (区委, 区人民政府) inside a longer name or a title and
an abbreviation inside a title (市委外办主任) are not; a short form
(区委外事工作委员会 after 西城区委外事工作委员会) is the same body.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from bulletin_extract.lang.zh import phrases, segment
from bulletin_extract.lang.zh.lexicon import Term, lexicon
from bulletin_extract.models import Body

#: "Stationed at": what follows names the host of a body (驻省委外办纪检监察组), no body starts so.
_STATIONED_AT = "驻"
#: What names the standing committee of a committee (某市第十届委员会常务委员会): the committee before it
#: is its owner, named only so, no body of its own.
_STANDING_COMMITTEES = ("常务委员会", "常委会")
_SHORT_STANDING_COMMITTEE = "常委会"
#: An ordinal session inside a congress's name (第十七届, in a headline 十四届), which short mentions leave out.
_ORDINAL_SESSION = re.compile(r"第?[一二三四五六七八九十百零〇\d]+届")
#: Quotation marks: a name may hold a quoted slogan (区推进“一带一路”建设工作领导小组), never half of one
#: (压实社区“两委 ends inside the quoted abbreviation 两委).
_QUOTE = re.compile('[“”"‘’「」]')
_QUOTE_PAIRS = (("“", "”"), ("‘", "’"), ("「", "」"))
#: Conjunctions that also stand inside a body's name (市住房和城乡建设局, 区文化和旅游局).
_CONJUNCTIONS = frozenset("和与及")


class BodySpan(NamedTuple):
    start: int
    end: int
    head: str
    #: A position follows (区委[书记]): the body belongs to a title.
    in_title: bool


def find_body_spans(
    view: str, edges: phrases.Edges, terms: list[Term], excluded: list[tuple[int, int]]
) -> list[BodySpan]:
    """Candidate body names of a sentence (its ``edges``, its ``terms`` matches), outside the
    ``excluded`` spans (documents in 《》)."""
    lex = lexicon()
    position_starts = [term.start for term in terms if term.kind == "position"]
    #: Positions a head follows at once, in a title (外交部领事司[副处长], 书记处[书记]): the word names an office,
    #: no title stands inside it.
    office_words = {
        term.start
        for term, head, after in zip(terms, terms[1:], terms[2:], strict=False)
        if term.kind == "position"
        and head.kind == "head"
        and after.kind == "position"
        and head.start == term.end
        and after.start == head.end
    }
    #: Where a head is followed by a modal (市政府[要]…): no name runs across one.
    clause_goes_on = [t.end for t in terms if t.kind == "head" and view.startswith(lex.after_head_not_in_names, t.end)]
    head_ends = [t.end for t in terms if t.kind == "head"]
    #: Whether the sentence up to its last term quotes anything: most do not, and need no quote test per name.
    quoted = _QUOTE.search(view, edges.marks[0], terms[-1].end) is not None
    spans = []
    for term in terms:
        if term.kind == "position" or (excluded and any(a <= term.start < b for a, b in excluded)):
            continue
        if term.word in lex.level_heads and term.end in position_starts and edges.opens(term.start):
            continue  # a bare level body inside a title (区委书记) is never listed, nor holds a longer name
        if term.end not in position_starts and view.startswith(lex.head_overlaps, term.end - 1):
            continue  # 曾国[会见]; but 市议会[议员] is a head before a position

        def fits(i: int, soft: bool, head: Term = term) -> bool:
            name = view[i : head.end]
            if position_starts and any(i <= p < head.start and p not in office_words for p in position_starts):
                return False
            if soft and phrases.edge_inside_word(view, i):
                return False
            if soft and view[i - 1] in _CONJUNCTIONS and _conjunction_inside_name(view, edges, i - 1, head_ends):
                return False
            # a zone's committee is named by the zone even after a soft edge (市外办和[某某高新区管委会])
            if not (
                phrases.starts_like_body(name) or _zone_committee(name) or (not soft and _seat_before_own_head(name))
            ):
                return False
            if lex.not_in_name.search(name) is not None or _joins_generic(name):
                return False
            if quoted and _QUOTE.search(name) is not None and not _quotes_closed(name):
                return False
            return not (clause_goes_on and any(i < h < head.start for h in clause_goes_on))

        body_start = edges.phrase_start(term.start, fits)
        if body_start is None:
            body_start = _after_action_word(view, edges, term.start, fits)
        if body_start is not None:
            body_start = phrases.before_bracketed_country(view, edges, body_start)
            body_start = _after_term_word(view, body_start, term.end)
        if body_start is not None and not _generic_reference(view, body_start):
            body_start = _after_level_bodies(view, body_start, term.end)
            body_start = _after_party_of_group(view, body_start, term.end)
            in_title = term.end in position_starts or view.startswith(lex.member_nouns, term.end)
            spans.append(BodySpan(body_start, term.end, term.word, in_title))
    return spans


def _conjunction_inside_name(view: str, edges: phrases.Edges, at: int, head_ends: list[int]) -> bool:
    """Whether the conjunction at ``at`` joins two parts of one name (市住房和城乡建设局): the words before it,
    back to the edge before them, open with a level and end no body, so no body stands there to be joined."""
    before = edges.marks[bisect.bisect_right(edges.marks, at) - 1]
    return at - before >= 2 and view[before] in lexicon().levels and not any(before < end <= at for end in head_ends)


@lru_cache(maxsize=1)
def _generic_after_conjunction() -> re.Pattern:
    return re.compile(f"[{''.join(sorted(_CONJUNCTIONS))}](?:{'|'.join(lexicon().generic_starts)})")


def _joins_generic(name: str) -> bool:
    """Whether ``name`` joins a generic reference with a conjunction (驻华使领馆和外国商协会): two groups of
    bodies, none named."""
    return _generic_after_conjunction().search(name) is not None


def _quotes_closed(name: str) -> bool:
    """Whether every quotation mark ``name`` opens it also closes."""
    return name.count('"') % 2 == 0 and all(name.count(a) == name.count(b) for a, b in _QUOTE_PAIRS)


def _seat_before_own_head(name: str) -> bool:
    """Whether ``name`` is an organ named by a short seat jieba does not know as a place (凭祥海关), which
    neither points (本次海关, 我市海关) nor acts."""
    head = next((h for h in lexicon().seat_named_heads if name.endswith(h)), None)
    if head is None:
        return False
    seat = name[: -len(head)]
    return (
        2 <= len(seat) <= 3
        and all(phrases.is_cjk(ch) for ch in seat)
        and not seat.startswith(lexicon().generic_starts)
        and not segment.opens_with_pointing_word(seat)
        and not segment.holds_action_word(seat)
    )


def _zone_committee(name: str) -> bool:
    """Whether ``name`` is the committee of a zone named before it (某某边境经济合作区管委会), which
    neither points (本区管委会) nor is generic (各开发区管委会)."""
    lex = lexicon()
    head = next((h for h in lex.zone_heads if name.endswith(h)), None)
    if head is None:
        return False
    zone = name[: -len(head)]
    word = next((w for w in lex.zone_words if zone.endswith(w)), None)
    return (
        word is not None
        and len(zone) > len(word)
        and all(phrases.is_cjk(ch) for ch in zone)
        and not zone.startswith(lex.generic_starts)
        and not segment.opens_with_pointing_word(zone)
    )


def _generic_reference(view: str, start: int) -> bool:
    """Whether a determiner and levels with an aside stand before ``start`` (各区（市）县政协): every such
    body is meant, none by its name."""
    if start == 0 or view[start - 1] not in "）)":
        return False
    opening = max(view.rfind("（", 0, start), view.rfind("(", 0, start))
    i = opening
    while i > 0 and view[i - 1] in lexicon().levels:
        i -= 1
    return opening > 0 and view.endswith(lexicon().generic_determiners, max(0, i - 2), i)


def _after_action_word(
    view: str, edges: phrases.Edges, head_start: int, fits: Callable[[int, bool], bool]
) -> int | None:
    """Where a body right after a verb starts (要支持区政府外办开展工作, 服从省委): at its level, unless
    the level ends a word with the verb (开发区党工委 is no 区党工委)."""
    lex = lexicon()
    floor = edges.marks[bisect.bisect_right(edges.marks, head_start) - 1]
    for i in range(max(floor + 2, head_start - phrases.MAX_PHRASE), head_start + 1):
        if (
            view[i] in lex.levels
            and segment.ends_with_action_word(view[floor:i])
            and not any(segment.is_common_word(view[k : i + 1]) for k in (i - 2, i - 1))
            and fits(i, False)
        ):
            return i
    return None


def _after_term_word(view: str, start: int, end: int) -> int:
    """Where a body named with its term (新一届中共某区委员会) or as a past post's (原[某市外办]主任) starts:
    after the term word or the past mark."""
    lex = lexicon()
    if not (view.startswith(lex.term_words, start) or view.startswith(lex.past_before, start)):
        return start  # most names: one test in C
    term_word = next(w for w in (*lex.term_words, *lex.past_before) if view.startswith(w, start))
    if not phrases.starts_like_body(view[start + len(term_word) : end]):
        return start
    return start + len(term_word)


def _after_level_bodies(view: str, start: int, end: int) -> int:
    """Where the last body of a run such as 区委区政府 starts: a level body followed by another level
    (区委 before 区政府) is a body of its own, not a place."""
    lex = lexicon()
    while True:
        level_body = lex.level_body.match(view, start, end)
        if level_body is None or level_body.end() >= end or view[level_body.end()] not in lex.levels:
            return start
        start = level_body.end()


def _after_party_of_group(view: str, start: int, end: int) -> int:
    """Where a government body inside a Party group's name starts (中共某市外事办公室[党组]): 中共 names
    the group, not the office, unless the name holds a Party committee (中共某市委外办党组)."""
    lex = lexicon()
    if not view.startswith("中共", start) or not view.startswith(lex.party_groups, end):
        return start
    rest = view[start + 2 : end]
    place = lex.place.match(rest)
    if place is None or place.end() >= len(rest) or lex.level_party_committee.search(rest):
        return start
    return start + 2


def list_bodies(
    spans: list[BodySpan], view: str, as_written: Callable[[int, int], str], headline: tuple[int, int] | None = None
) -> tuple[Body, ...]:
    """The bodies to report, once each at the fullest form, in order of first mention. A body named only
    inside a title of the ``headline`` (西塘镇党委书记到某村调研) is the headline's short form of a title
    the text gives in full: not listed."""
    lex = lexicon()
    by_start: dict[int, list[BodySpan]] = defaultdict(list)
    for span in spans:
        by_start[span.start].append(span)
    listed = [span for span in spans if _is_listed(span, view, by_start[span.start])]
    names = sorted({view[s.start : s.end] for s in listed}, key=len, reverse=True)
    short = {name: short_form(name) for name in names}
    fullest = {
        name: next((longer for longer in names if _abbreviates(short[longer], short[name])), name) for name in names
    }
    first_seen: dict[str, int] = {}
    occurrences: dict[str, list[BodySpan]] = defaultdict(list)
    for span in sorted(listed, key=lambda s: (s.start, -s.end)):
        body = fullest[view[span.start : span.end]]
        first_seen.setdefault(body, span.start)
        occurrences[body].append(span)
    bodies = []
    for body in sorted(first_seen, key=first_seen.__getitem__):
        spans_of_body = occurrences[body]
        if headline is not None and all(s.in_title and headline[0] <= s.start < headline[1] for s in spans_of_body):
            continue
        first = next(s for s in spans_of_body if view[s.start : s.end] == body)
        inner = [s for s in by_start[first.start] if s.end < first.end and s.head not in lex.other_heads]
        parent = max(inner, key=lambda s: s.end, default=None)
        bodies.append(
            Body(
                name=as_written(first.start, first.end),
                start=first.start,
                end=first.end,
                parent=as_written(parent.start, parent.end) if parent else None,
                rule="title" if all(s.in_title for s in spans_of_body) else "text",
            )
        )
    return tuple(bodies)


def _abbreviates(longer: str, name: str) -> bool:
    """Whether ``name`` (a short form) refers to the body of the short form ``longer``, or to the committee
    that owns it (省政协 after 政协某省委员会常务委员会: the committee is listed through its standing committee)."""
    if longer.endswith(name):
        return True
    owner = longer.removesuffix(_SHORT_STANDING_COMMITTEE)
    return owner != longer and owner.endswith(name) and owner.endswith(lexicon().abbreviation_heads)


@lru_cache(maxsize=4096)
def short_form(name: str) -> str:
    """The name as a later mention shortens it: long cores cut (人民政府 → 政府), no ordinal session
    (西安市第十七届人民代表大会常务委员会 → 西安市人大常委会), so that 市人大常委会 refers to it.
    Cached: a district's bodies recur on page after page."""
    name = _ORDINAL_SESSION.sub("", name)
    lex = lexicon()
    for core, short in lex.short_forms.items():
        name = name.replace(core, short)
    for pattern, short in lex.short_patterns:
        name = pattern.sub(short, name)
    return name


def _is_listed(span: BodySpan, view: str, same_start: list[BodySpan]) -> bool:
    lex = lexicon()
    if span.head in lex.other_heads:
        return False
    name = view[span.start : span.end]
    nested = any(other.end > span.end for other in same_start)
    if name.startswith(_STATIONED_AT) and nested:
        return False  # 驻某外办 in 驻某外办纪检监察组 says where the team sits: no body's name
    if nested and any(view.endswith(_STANDING_COMMITTEES, o.start, o.end) for o in same_start if o.end > span.end):
        return False  # the committee in its standing committee's name (政协某市第十届委员会常务委员会) owns it
    if nested and view.startswith(lex.federation_heads, span.end):
        return False  # the association in its federation's name (某国某某同乡会总会)
    if span.in_title and name.startswith(lex.zone_words):
        return False  # a zone named bare is a level (开发区党工委书记), so its organ in a title is short, like 区委
    if lex.level_body.fullmatch(name):
        # a committee before its study or inspection group in running text stands there: the group is no body
        # (市委理论学习中心组举行…); inside a title (市委第三指导组组长) both are the title's only
        nested = any(
            other.end > span.end and (other.in_title or other.head not in lex.committee_groups) for other in same_start
        )
        # 区委 in 区委书记, 团市委 in 团市委书记, 某某市委 (a Party committee, always abbreviated so) in 某某市委副书记;
        # not 新西伯利亚州政府 in its deputy head's title
        bare = name.startswith(lex.bare_level_bodies) or name.endswith(lex.level_party_committees)
        return not (nested or (span.in_title and bare))
    # an abbreviation inside a title is no name to list (市妇联副主席), nor is its Party group (市妇联党组书记)
    # or the abbreviation that opens it (市人武部 of 市人武部党委第一书记)
    if not (span.in_title or any(other.in_title for other in same_start if other.end > span.end)):
        return True
    owner = next((name[: -len(group)] for group in lex.party_groups if name.endswith(group)), name)
    # nor the Party group of a bare level body (区政府党组 of 区政府党组成员), which is short like 区政府 itself
    bare_level = owner != name and owner.startswith(lex.bare_level_bodies) and lex.level_body.fullmatch(owner)
    return not (owner.endswith(lex.abbreviation_heads) or bare_level)
