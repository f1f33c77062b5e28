"""The officials register: one entry per person across an archive of bulletins.

Who is who is decided from what the records say, never from a list of names.
Mentions of a name (compared after the scorer's folding: NFKC, case, white
space) are grouped per name:

1. mentions that name bodies in their titles are one person when they share a
   body; a name whose bodies never meet is as many people (two officials who
   share a name are told apart by the bodies they serve);
2. a mention that names no body joins the person it shares the most positions
   with, unless two people tie;
3. what is left without any body joins the name's only person, or, where no
   mention of the name carries a body, all of it is one person (nothing tells
   them apart).

Abbreviated bodies (``区委``, "District Leading Group") are compared as written,
so the register cannot tell the district committees they stand for apart.

Every position held (position and body as the titles write them) keeps the
first and last day it was seen (event date, else publication date) and its
documents.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import PurePosixPath

from bulletin_extract.archive import document_id, seen_on
from bulletin_extract.evaluate import norm

#: The scorer's folding, remembered: an archive repeats the same names, positions and bodies.
fold = cache(norm)


@dataclass(frozen=True)
class Sighting:
    """One official of one document."""

    name: str
    doc_id: str
    file: str
    day: str | None
    district: str | None
    titles: tuple[tuple[str, str | None, str], ...]  # (position, body, text) as written
    roles: tuple[str, ...]

    @cached_property
    def bodies(self) -> set[str]:
        return {fold(body) for _, body, _ in self.titles if body}

    @cached_property
    def positions(self) -> set[str]:
        return {fold(position) for position, _, _ in self.titles}


@dataclass
class Holding:
    """A position held: where and when it was seen."""

    position: str
    body: str | None
    texts: list[str] = field(default_factory=list)
    days: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)

    @property
    def first(self) -> str | None:
        return min(self.days, default=None)

    @property
    def last(self) -> str | None:
        return max(self.days, default=None)


@dataclass
class Person:
    name: str
    sightings: list[Sighting]
    holdings: list[Holding]

    @property
    def names(self) -> list[str]:
        return list(dict.fromkeys(s.name for s in self.sightings))

    @property
    def roles(self) -> list[str]:
        return list(dict.fromkeys(role for s in self.sightings for role in s.roles))

    @property
    def first(self) -> str | None:
        return min((s.day for s in self.sightings if s.day), default=None)

    @property
    def last(self) -> str | None:
        return max((s.day for s in self.sightings if s.day), default=None)


def sightings(records: list[dict]) -> list[Sighting]:
    found = []
    for record in records:
        header = record.get("header") or {}
        for official in record.get("officials") or []:
            titles = tuple(
                (title.get("position") or title["text"], title.get("body"), title["text"])
                for title in official.get("titles") or []
            )
            found.append(
                Sighting(
                    name=official["name"],
                    doc_id=document_id(record),
                    file=record["file"],
                    day=seen_on(record),
                    district=header.get("district"),
                    titles=titles,
                    roles=tuple(official.get("roles") or []),
                )
            )
    return found


@dataclass
class _Group:
    """Mentions taken for one person, with the bodies and positions they name."""

    sightings: list[Sighting] = field(default_factory=list)
    bodies: set[str] = field(default_factory=set)
    positions: set[str] = field(default_factory=set)

    def add(self, *sightings: Sighting) -> None:
        for sighting in sightings:
            self.sightings.append(sighting)
            self.bodies |= sighting.bodies
            self.positions |= sighting.positions


def _group(mentions: list[Sighting]) -> list[list[Sighting]]:
    """Split the mentions of one name into people (the rules in the module docstring)."""
    bodied: list[_Group] = []
    for sighting in (s for s in mentions if s.bodies):
        joined = [g for g in bodied if sighting.bodies & g.bodies]
        if not joined:
            joined = [_Group()]
            bodied.append(joined[0])
        joined[0].add(sighting)
        for other in joined[1:]:
            joined[0].add(*other.sightings)
            bodied.remove(other)
    bodyless: list[_Group] = []
    for sighting in (s for s in mentions if not s.bodies):
        groups = bodied + bodyless
        shared = [len(sighting.positions & g.positions) for g in groups]
        best = max(shared, default=0)
        if best and shared.count(best) == 1:
            groups[shared.index(best)].add(sighting)
        else:
            bodyless.append(_Group())
            bodyless[-1].add(sighting)
    loose = [s for g in bodyless for s in g.sightings]
    if len(bodied) == 1:
        bodied[0].add(*loose)
        bodyless = []
    elif not bodied and bodyless:
        bodyless = [_Group()]
        bodyless[0].add(*loose)
    return [g.sightings for g in bodied + bodyless]


def _holdings(group: list[Sighting]) -> list[Holding]:
    holdings: dict[tuple[str, str | None], Holding] = {}
    seen: dict[int, set[str]] = defaultdict(set)
    for sighting in group:
        for position, body, text in sighting.titles:
            holding = holdings.setdefault((fold(position), fold(body)), Holding(position, body))
            _add_unique(holding.texts, text)
            if sighting.day:
                holding.days.append(sighting.day)
            if sighting.doc_id not in seen[id(holding)]:
                seen[id(holding)].add(sighting.doc_id)
                holding.documents.append(sighting.doc_id)
                holding.files.append(sighting.file)
            if sighting.district:
                _add_unique(holding.districts, sighting.district)
    return sorted(holdings.values(), key=lambda h: (h.first is None, h.first or ""))


def _add_unique(items: list[str], item: str) -> None:
    if item not in items:
        items.append(item)


def build_register(records: list[dict]) -> list[Person]:
    """Everyone named in ``records``, ordered by the day first seen (on one day, as first named)."""
    by_name: dict[str, list[Sighting]] = defaultdict(list)
    for sighting in sightings(records):
        by_name[fold(sighting.name)].append(sighting)
    people = []
    for mentions in by_name.values():
        mentions.sort(key=lambda s: (s.day is None, s.day or ""))
        for group in _group(mentions):
            group.sort(key=lambda s: (s.day is None, s.day or ""))
            people.append(Person(name=group[0].name, sightings=group, holdings=_holdings(group)))
    return _ordered(people)


def _ordered(people: list[Person]) -> list[Person]:
    def first_seen(person: Person) -> tuple:
        first = min((h.first for h in person.holdings if h.first), default=None) or person.first
        return (first is None, first or "")

    return sorted(people, key=first_seen)


def _matches(wanted: str | None, values: list[str | None], exact: bool) -> bool:
    if not wanted:
        return True
    folded = fold(wanted)
    return any(v and (fold(v) == folded if exact else folded in fold(v)) for v in values)


def select(people: list[Person], position: str | None = None, body: str | None = None, exact: bool = False):
    """The people who held a matching position, with only those positions, in order of succession.

    ``position`` is looked for in the position and the title as written; ``body``
    in the body, or for a title without one, in the district tags of its documents.
    Matching is case-insensitive, on a substring (for ``position``: the whole value if ``exact``).
    """
    if not position and not body:
        return people
    chosen = []
    for person in people:
        holdings = [
            h
            for h in person.holdings
            if _matches(position, [h.position, *h.texts], exact)
            and _matches(body, [h.body] if h.body else h.districts, exact=False)
        ]
        if holdings:
            chosen.append(Person(name=person.name, sightings=person.sightings, holdings=holdings))
    return _ordered(chosen)


def _short(file: str) -> str:
    return PurePosixPath(file.replace("\\", "/")).name


def as_json(people: list[Person]) -> list[dict]:
    return [
        {
            "name": person.name,
            "names": person.names,
            "first": person.first,
            "last": person.last,
            "roles": person.roles,
            "documents": list(dict.fromkeys(s.doc_id for s in person.sightings)),
            "positions": [
                {
                    "position": h.position,
                    "body": h.body,
                    "titles": h.texts,
                    "first": h.first,
                    "last": h.last,
                    "districts": h.districts,
                    "documents": h.documents,
                    "files": h.files,
                }
                for h in person.holdings
            ],
        }
        for person in people
    ]


CSV_COLUMNS = ("person", "name", "position", "body", "first", "last", "documents", "districts")


def as_csv(people: list[Person]) -> str:
    """One line per person and position (``person`` numbers the person); people without titles get one line."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for number, person in enumerate(people, 1):
        for h in person.holdings or [None]:
            if h is None:
                files = dict.fromkeys(_short(s.file) for s in person.sightings)
                writer.writerow([number, person.name, "", "", person.first, person.last, ";".join(files), ""])
            else:
                files = ";".join(_short(f) for f in h.files)
                writer.writerow(
                    [number, person.name, h.position, h.body or "", h.first, h.last, files, ";".join(h.districts)]
                )
    return out.getvalue()


def as_table(people: list[Person], title: str):
    """A rich table: one row per person, one line per position."""
    from rich.table import Table

    table = Table(title=title, show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("name", overflow="fold")
    table.add_column("positions: body, or [district tag of the bulletins]", overflow="fold")
    table.add_column("seen", no_wrap=True)
    table.add_column("documents", overflow="fold")
    for number, person in enumerate(people, 1):
        lines, seen = [], []
        for h in person.holdings:
            if h.body:
                lines.append(f"{h.position}, {h.body}")
            else:
                lines.append(f"{h.position} [{', '.join(h.districts)}]" if h.districts else h.position)
            seen.append(_span(h.first, h.last))
        files = dict.fromkeys(_short(s.file) for s in person.sightings)
        table.add_row(
            str(number),
            " / ".join(person.names),
            "\n".join(lines) or "(no title)",
            "\n".join(seen) or _span(person.first, person.last),
            ", ".join(files),
        )
    return table


def _span(first: str | None, last: str | None) -> str:
    if not first:
        return "?"
    return first if first == last else f"{first} … {last}"
