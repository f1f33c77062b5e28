"""What each person did at the event: chair, speaker, attendee, or only mentioned.

In each sentence, the people named side by side ("X, Title; and Y, Title,") form a
group that shares its verbs: a role phrase just before the group ("chaired by",
"met with", "Also present were") and the role verbs of the predicate after it
("… presided over the meeting and delivered a speech"). A pronoun subject ("He said")
stands for the last person reported as acting whose gender fits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin_extract.lang.base import final_roles
from bulletin_extract.lang.en.lexicon import Lexicon
from bulletin_extract.lang.en.matcher import Match

#: Between two people of a group: a bracketed note, whom one acts for ("…, on behalf of his company;"), a comma or a
#: semicolon, "and".
_GROUP_GAP = re.compile(
    r"[ ]*(?:\([^()\n]{1,20}\)[ ]*)?(?:,[ ]+on[ ]+behalf[ ]+of[ ]+[^,;()\n]{1,60})?[,;]?[ ]*(?:(?:and|as well as)[ ]+(?:by[ ]+)?)?"
)
_CONNECTOR = re.compile(r"[ ]*,?[ ]*(?:and|together with|as well as|along with)[ ]+")
_PASSIVE = re.compile(r"[ ]+by(?![\w'’\-])")
_COORDINATED = re.compile(r"(?:(?<![\w'’\-])and|,)[ ]+(?:(?:also|then)[ ]+)?$")
_LOWER_WORD = re.compile(r"[a-z]+")
#: A person after "of" ("the instructions of General Secretary X") is no subject and heads no list.
_OF_BEFORE = re.compile(r"(?<![\w'’\-])of[ ]+$")
_NOUN_LIST_GAP = re.compile(r"[ ]*(?:,|and(?![\w'’\-]))[^;]*")
_AFTER_PREPOSITION = re.compile(r"(?<![\w'’\-])(?:of|by|to|from|with|on|for|about|at)[ ]+$")


def _roles_of(rule: str) -> set[str]:
    """The roles a rule gives: one, or several joined by "and" ("chair and speaker")."""
    return set(rule.split(" and "))


@dataclass(frozen=True)
class Actor:
    """A person (or a pronoun standing for one) named in a sentence."""

    person: int | None  # None for a pronoun not yet resolved
    start: int  # the extent: name with honorific and titles
    end: int
    gender: str | None = None  # a pronoun's gender
    apposition: bool = False  # titles follow the name


class RoleReader:
    def __init__(self, view: str, lex: Lexicon, genders: list[str | None]) -> None:
        self.view = view
        self.lex = lex
        self.genders = list(genders)
        self.roles: list[set[str]] = [set() for _ in genders]
        self.acting: list[int] = []  # people reported as acting, most recent last
        #: The roles a lead-in gave the entries of the list after it ("Present at the main venue were:").
        self.listed_roles: set[str] = set()

    def list_entries(self, start: int, end: int, actors: list[Actor]) -> None:
        """A sentence that ends in a role phrase and a colon ("Present at the main venue were:", "Present:") gives
        its role to the entries after it, each a sentence that opens with the person ("<name> — <title>");
        the first sentence that does not ends the list."""
        named = sorted((a for a in actors if a.person is not None), key=lambda a: a.start)
        groups = self._groups(start, named)
        if self.listed_roles and groups and self._opens(start, groups[0][0].start):
            for actor in groups[0]:  # "<name>, <title>, and <name>, <title>" on one line: both are listed
                self.roles[actor.person] |= self.listed_roles
            return
        self.listed_roles = set()
        colon = end - 1
        if self.view[colon] == ":":
            before = self.lex.matcher.ending_at
            # the role phrase before the colon ("Present were:") or a label that holds it ("Present:")
            match = before("before", self.view, max(start, colon - 60), colon) or before(
                "before", self.view, max(start, colon - 60), end
            )
            if match is not None and match.rule != "inherit":
                self.listed_roles = _roles_of(match.rule)

    def _opens(self, start: int, name_start: int) -> bool:
        """Whether a name starting at ``name_start`` opens the sentence, maybe after an honorific ("Ms. <name>")."""
        return name_start == start or (
            name_start - start < 20 and self.lex.honorific_before.fullmatch(self.view, start, name_start) is not None
        )

    def read(self, start: int, end: int, actors: list[Actor]) -> None:
        """Roles from one sentence ``view[start:end]`` whose people are ``actors``."""
        for pronoun in self.lex.pronoun.finditer(self.view, start, end):
            if not any(a.start <= pronoun.start() < a.end for a in actors):
                actors.append(Actor(None, pronoun.start(), pronoun.end(), self.lex.pronoun_gender[pronoun.group()]))
        groups = self._groups(start, sorted(actors, key=lambda a: a.start))
        acting_before = len(self.acting)
        self._read_groups(start, end, groups)
        self._bring_objects_forward(start, end, actors, set(self.acting[acting_before:]))

    def _read_groups(self, start: int, end: int, groups: list[list[Actor]]) -> None:
        if not groups:
            return
        # the object of a preposition ("… presented the certificate to <name> and delivered a speech") is no
        # subject: the predicate before it goes on past it
        objects = [_AFTER_PREPOSITION.search(self.view, max(start, g[0].start - 12), g[0].start) for g in groups]
        limits = []
        limit = end
        for index in range(len(groups) - 1, -1, -1):
            limits.append(limit)
            if not objects[index]:
                limit = groups[index][0].start
        limits.reverse()
        predicates = [
            self._predicate(g[-1].end, limit, g[-1].apposition, bool(is_object))
            for g, limit, is_object in zip(groups, limits, objects, strict=True)
        ]
        for index in range(len(groups) - 2, -1, -1):
            if predicates[index] is None and self._listed_with_next(start, groups[index], limits[index]):
                predicates[index] = predicates[index + 1]
        previous: set[str] = set()
        for group, predicate in zip(groups, predicates, strict=True):
            people = [p for p in (self._who(actor) for actor in group) if p is not None]
            if not people:
                continue
            found = self._before(start, group[0].start, previous)
            if predicate is not None:
                found |= predicate
                self.acting += people
            for person in people:
                self.roles[person] |= found
            previous = found

    def _bring_objects_forward(self, start: int, end: int, actors: list[Actor], subjects: set[int]) -> None:
        """An object pronoun ("Y briefed her on …") is no subject: it stands for the last person
        reported as acting whose gender fits, other than the sentence's subjects, and makes that
        person the one a later "she" most likely means."""
        for pronoun in self.lex.object_pronoun.finditer(self.view, start, end):
            if any(a.start <= pronoun.start() < a.end for a in actors):
                continue
            gender = self.lex.pronoun_gender[pronoun.group()]
            person = next(
                (p for p in reversed(self.acting) if p not in subjects and self.genders[p] in (None, gender)), None
            )
            if person is not None:
                self.genders[person] = gender
                self.acting.append(person)

    def _groups(self, start: int, actors: list[Actor]) -> list[list[Actor]]:
        """People named side by side ("A, Title; and B, Title,"), who share their verbs."""
        groups: list[list[Actor]] = []
        for actor in actors:
            if groups and actor.start < groups[-1][-1].end:
                continue
            if (
                groups
                and _GROUP_GAP.fullmatch(self.view, groups[-1][-1].end, actor.start)
                and not _OF_BEFORE.search(self.view, max(start, groups[-1][0].start - 4), groups[-1][0].start)
            ):
                groups[-1].append(actor)
            else:
                groups.append([actor])
        return groups

    def result(self) -> list[list[str]]:
        return [final_roles(roles) for roles in self.roles]

    def _who(self, actor: Actor) -> int | None:
        if actor.person is not None:
            return actor.person
        for person in reversed(self.acting):
            if self.genders[person] in (None, actor.gender):
                self.genders[person] = actor.gender
                return person
        return None

    def _listed_with_next(self, start: int, group: list[Actor], limit: int) -> bool:
        """Whether a group without a verb of its own is listed with the next one, other
        people between them: "A, officials of X and B, Title, were present"."""
        return (
            _NOUN_LIST_GAP.fullmatch(self.view, group[-1].end, limit) is not None
            and _AFTER_PREPOSITION.search(self.view, max(start, group[0].start - 12), group[0].start) is None
            and next(self.lex.matcher.finditer("after", self.view, group[-1].end, limit), None) is None
        )

    def _before(self, start: int, pos: int, previous: set[str]) -> set[str]:
        """The role phrase just before a group, or before the words that open its list:
        "Also present were leaders of the district, including A, B and C", "Attending were leading officials
        of <body>, <body> and <body>, among them A, <title>, and B, <title>"."""
        cue = self.lex.list_cue_before.search(self.view, max(start, pos - 60), pos)
        if cue is not None:
            pos = cue.start()
        match = self.lex.matcher.ending_at("before", self.view, max(start, pos - 60), pos)
        if match is None and (cue := self.lex.long_list_cue.search(self.view, max(start, pos - 400), pos)):
            match = self.lex.matcher.ending_at("before", self.view, max(start, cue.start() - 60), cue.start())
        if match is None:
            return set()
        if match.rule == "inherit":
            return {"attendee"} if previous & {"chair", "attendee"} else set()
        return _roles_of(match.rule)

    def _active(self, match: Match | None) -> bool:
        return match is not None and not _PASSIVE.match(self.view, match.end)

    def _predicate(self, pos: int, limit: int, apposition: bool, is_object: bool) -> set[str] | None:
        """The roles of the predicate after a subject that ends at ``pos``; None if no predicate follows. The object
        of a preposition is no subject of a verb after "and" ("… presented the certificate to <name> and …")."""
        view, matcher = self.view, self.lex.matcher
        semicolon = view.find(";", pos, limit)
        clause_limit = limit if semicolon < 0 else semicolon
        verb = self.lex.adverbs.match(view, pos, clause_limit).end()
        start = None
        if self._active(matcher.match("after", view, verb, clause_limit)):
            start = verb
        elif not is_object and (connector := _CONNECTOR.match(view, pos, clause_limit)):
            start = next(
                (m.start for m in matcher.finditer("after", view, connector.end(), clause_limit) if self._active(m)),
                None,
            )
        elif apposition or "," not in view[pos:verb]:
            word = _LOWER_WORD.match(view, verb, clause_limit)
            if word and word.group() not in self.lex.not_verbs:
                start = verb
        if start is None:
            return None
        opener = self.lex.clause_opener.search(view, start, clause_limit)
        clause_end = opener.start() if opener else clause_limit
        roles = set()
        for m in matcher.finditer("after", view, start, clause_end):
            if self._active(m) and (m.start == start or _COORDINATED.search(view, start, m.start)):
                roles.add(m.rule)
        return roles
