"""Named government and Party bodies: each once, at its fullest form, in order of first occurrence.

Every body the phrase grammar finds is a candidate, nested ones included. A body's
parent is the body named inside its name: the Foreign Affairs Committee of the CPC X
District Committee belongs to the CPC X District Committee. A candidate whose words all stand in another body with
the same head noun ("Party" standing for "CPC") is a short reference to it ("the Foreign Affairs Committee", "the
District Leading Group", "Leading Group"), unless it also appears nested in a longer
name ("CPC Haidian District Committee") and holds more than generic words: a headline's
"Party Group of the Municipal Foreign Affairs Office" names no body beside the text's
"Jiujiang Municipal Foreign Affairs Office". A candidate made only of generic words with
no complement names nothing and is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from bulletin_extract.lang.en.lexicon import Lexicon, fold
from bulletin_extract.lang.en.phrases import BodyNode, Grammar, Phrase
from bulletin_extract.models import Body


class Candidate(NamedTuple):
    key: str
    start: int
    end: int
    head: str
    rule: str
    container: str | None  # key of the body whose name this one stands in
    parent: str | None  # key of the first body named inside this one's name
    words: frozenset[str]
    complemented: bool


#: Heads of bodies that a university, a hospital or a company has as well as a government: its Party committee, its
#: Party group, its trade union (any other office of an organisation is no government body, only a title's body).
PARTY_AND_MASS_RULES = frozenset({"committee", "group", "association"})
#: A dash between a body's name and its region, spaced as written: "… in China – East China".
_REGION_DASH = re.compile(r"[ ]+[–—][ ]+")
MAX_REGION_WORDS = 3


def key_of(text: str) -> str:
    return " ".join(fold(text).split())


def candidates(phrase: Phrase) -> list[Candidate]:
    """The bodies of a phrase, nested ones included, at their offsets in the view."""
    found: list[Candidate] = []
    grammar = phrase.grammar
    for node, relative in _relative_candidates(grammar):
        if phrase.is_event(node):
            continue
        shifted = [c._replace(start=c.start + phrase.start, end=c.end + phrase.start) for c in relative]
        if node.last == grammar.n - 1 and node.head in grammar.lex.located_heads:
            shifted = _with_region(phrase, shifted)
        found += shifted
    return found


def _with_region(phrase: Phrase, found: list[Candidate]) -> list[Candidate]:
    """A located body with a region after a dash ("German Chamber of Commerce in China – East China")
    is named with it; the name before the dash is nested in it."""
    view, lex = phrase.view, phrase.grammar.lex
    dash = _REGION_DASH.match(view, phrase.end)
    region = lex.chunk.match(view, dash.end()) if dash else None
    if region is None:
        return found
    words = region.group().split()
    if len(words) > MAX_REGION_WORDS or any(w in lex.body_stop for w in words):
        return found
    outer = found[0]
    key = key_of(view[outer.start : region.end()])
    named = Candidate(key, outer.start, region.end(), outer.head, outer.rule, None, outer.key, _words(key, lex), True)
    return [named, outer._replace(container=key), *found[1:]]


def _relative_candidates(grammar: Grammar) -> list[tuple[BodyNode, list[Candidate]]]:
    """Each body of a phrase's grammar with its candidates, offsets from the phrase's start;
    worked out once per grammar."""
    if (known := grammar.memo.get("candidates")) is not None:
        return known
    text = grammar.text

    def visit(node: BodyNode, container: str | None, found: list[Candidate]) -> str:
        start, end = grammar.starts[node.first], grammar.ends[node.last]
        key = key_of(text[start:end])
        index = len(found)
        found.append(None)
        children = [visit(child, key, found) for child in node.children]
        found[index] = Candidate(
            key,
            start,
            end,
            node.head,
            node.rule,
            container,
            children[0] if children else None,
            _words(key, grammar.lex),
            node.complemented,
        )
        return key

    result = []
    for node in grammar.bodies():
        found: list[Candidate] = []
        visit(node, None, found)
        result.append((node, found))
    grammar.memo["candidates"] = result
    return result


def resolve(found: list[Candidate], lex: Lexicon, view: str, clean: Callable[[str], str]) -> tuple[Body, ...]:
    first: dict[str, Candidate] = {}
    parents: dict[str, str] = {}
    containers: dict[str, set[str]] = {}  # the bodies whose names a body stands in, anywhere
    for candidate in found:
        first.setdefault(candidate.key, candidate)
        if candidate.container is not None:
            containers.setdefault(candidate.key, set()).add(candidate.container)
        if candidate.parent is not None:
            parents.setdefault(candidate.key, candidate.parent)
    distinct = list(first.values())

    def of_another_parent(candidate: Candidate, other: Candidate) -> bool:
        """Whether the two bodies belong to different parents: the "Standing Committee of the CPC <city>
        Committee" is no short form of the "Standing Committee of the CPC <city> Commission for …"."""
        own, theirs = parents.get(candidate.key), parents.get(other.key)
        if own is None or theirs is None or own == theirs:
            return False
        words, their_words = first[own].words, first[theirs].words
        return not (words <= their_words or _party_as_cpc(words) <= their_words)

    def ancestors(key: str) -> set[str]:
        found, todo = set(), list(containers.get(key, ()))
        while todo:
            if (outer := todo.pop()) not in found:
                found.add(outer)
                todo += containers.get(outer, ())
        return found

    fuller_of: dict[str, list[str]] = {}

    def fuller_forms(candidate: Candidate) -> list[str]:
        """The bodies that ``candidate`` is a short form of (asked again for parents and fuller forms: kept)."""
        if (known := fuller_of.get(candidate.key)) is not None:
            return known
        words = candidate.words
        as_cpc = _party_as_cpc(words)
        # a village's own committee is no short form of its Party committee's name
        own = candidate.key.endswith(lex.self_governing) and "party" not in words
        fuller_of[candidate.key] = [
            other.key
            for other in distinct
            if (words < other.words or as_cpc < other.words)
            and other.key != candidate.key
            and _same_kind(other.head, candidate.head)
            and not (own and "party" in other.words)
            and not of_another_parent(candidate, other)
            and not named_from_its_parent(candidate, other)
        ]
        return fuller_of[candidate.key]

    def named_from_its_parent(candidate: Candidate, other: Candidate) -> bool:
        """Whether a body named by its place is a government's own organ beside another's that it shares words
        with only through that other's parent: the "<city> Municipal Foreign Affairs Office" beside the "Office of
        the Foreign Affairs Committee of the CPC <city> Municipal Committee" (the Party's)."""
        parent = parents.get(other.key)
        if candidate.parent is not None or parent is None:
            return False
        named = candidate.words - set(candidate.head.split())
        return bool(named - lex.generic) and named <= first[parent].words

    def names_something(candidate: Candidate) -> bool:
        if len(candidate.words) == 1 and candidate.words <= lex.generic:
            return False  # a bare head noun, even nested ("General Administration of Customs")
        if _of_an_organisation(candidate, lex):
            return False  # an office or a department of a hospital, a company, a foundation: no government body
        generic = candidate.words <= lex.generic
        nested = candidate.key in containers
        words = candidate.words
        fuller = fuller_forms(candidate)
        if not fuller:
            return candidate.complemented or not generic or nested
        # named in a longer name, a body is one of its own, but not where a fuller form of it stands
        # elsewhere by its own words: a headline's "Party Branch of <city> Foreign Affairs Office" beside
        # the text's "<city> Municipal Foreign Affairs Office" (not "… of the CPC <city> Commission for …");
        # a short form of a body it stands in is no such form (a headline's "CPC <city> Committee Standing
        # Committee" beside the "Standing Committee of the CPC <city> Committee")
        if not nested or generic:
            return False
        outer = ancestors(candidate.key)
        return all(
            key in outer or not words < own_words(key) or not outer.isdisjoint(fuller_forms(first[key]))
            for key in fuller
        )

    def own_words(key: str) -> frozenset[str]:
        """A body's words but those of the body it belongs to."""
        parent = parents.get(key)
        return first[key].words - first[parent].words if parent in first else first[key].words

    kept_keys = {c.key for c in distinct if names_something(c)}

    def of_a_short_form(candidate: Candidate) -> bool:
        """Whether a body belongs to a body referred to by a short form ("Office of the Headquarters" after the
        "<city> Flood Control and Drought Relief Headquarters"): it is named at a short form too. "the" refers
        back; a name's own complement ("General Administration of Customs") does not."""
        parent = parents.get(candidate.key)
        return (
            parent is not None
            and parent not in kept_keys
            and candidate.key.endswith(f" of the {parent}")
            and bool(fuller_forms(first[parent]))
        )

    kept = sorted((c for c in distinct if c.key in kept_keys and not of_a_short_form(c)), key=lambda c: c.start)
    kept_keys = {c.key for c in kept}

    def name(candidate: Candidate) -> str:
        return clean(view[candidate.start : candidate.end])

    return tuple(
        Body(
            name=name(c),
            start=c.start,
            end=c.end,
            parent=name(first[parents[c.key]]) if parents.get(c.key) in kept_keys else None,
            rule=c.rule,
        )
        for c in kept
    )


def _of_an_organisation(candidate: Candidate, lex: Lexicon) -> bool:
    """Whether a body's name ends in an organisation's it belongs to, no body between ("Kunming Office of the <name>
    Foundation", "Department of Cardiology of <name> Hospital", "International Office of <name> University of
    Technology"), and the body is no Party or mass organisation."""
    if candidate.parent is not None or candidate.rule in PARTY_AND_MASS_RULES:
        return False
    words = candidate.key.split()
    if words[-1] in lex.organisation_words:
        return True
    owner = candidate.key.find(" of ")
    return owner > 0 and any(w in lex.organisation_words for w in candidate.key[owner + 4 :].split()[:-1])


def _words(key: str, lex: Lexicon) -> frozenset[str]:
    """A body's words as compared with other bodies', acronyms spelt out ("HKSAR Government")."""
    words = key.split()
    if lex.acronyms.keys().isdisjoint(words):
        return frozenset(words)
    return frozenset(part for word in words for part in lex.acronyms.get(word, (word,)))


def _party_as_cpc(words: frozenset[str]) -> frozenset[str]:
    """A body's words with "Party" read as "CPC": a headline's "X Municipal Party Committee Standing
    Committee" is a short form of the "Standing Committee of the CPC X Municipal Committee"."""
    return words - {"party"} | {"cpc"} if "party" in words else words


def _same_kind(head: str, other: str) -> bool:
    """Heads of the same kind of body: "Municipal Government" is a short form of "Municipal People's Government"."""
    return head.removeprefix("people's ") == other.removeprefix("people's ")
