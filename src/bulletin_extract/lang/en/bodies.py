"""Named government and Party bodies: each once, at its fullest form, in order of first occurrence.

Every body the phrase grammar finds is a candidate, nested ones included. A body's
parent is the body named inside its name: the Foreign Affairs Committee of the CPC X
District Committee belongs to the CPC X District Committee. A candidate whose words all stand in another body with
the same head noun is a short reference to it ("the Foreign Affairs Committee", "the
District Leading Group", "Leading Group"), unless it also appears nested in a longer
name ("CPC Haidian District Committee"). A candidate made only of generic words with
no complement names nothing and is dropped.
"""

from __future__ import annotations

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


def key_of(text: str) -> str:
    return " ".join(fold(text).split())


def candidates(phrase: Phrase) -> list[Candidate]:
    """The bodies of a phrase, nested ones included, at their offsets in the view."""
    found: list[Candidate] = []
    for node, relative in _relative_candidates(phrase.grammar):
        if not phrase.is_event(node):
            found += [c._replace(start=c.start + phrase.start, end=c.end + phrase.start) for c in relative]
    return found


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
            frozenset(key.split()),
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
    nested = set()
    for candidate in found:
        first.setdefault(candidate.key, candidate)
        if candidate.container is not None:
            nested.add(candidate.key)
        if candidate.parent is not None:
            parents.setdefault(candidate.key, candidate.parent)
    distinct = list(first.values())

    def names_something(candidate: Candidate) -> bool:
        if candidate.key in nested:
            return True
        if any(
            other.head == candidate.head and candidate.words < other.words
            for other in distinct
            if other.key != candidate.key
        ):
            return False
        return candidate.complemented or not candidate.words <= lex.generic

    kept = sorted((c for c in distinct if names_something(c)), key=lambda c: c.start)
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
