"""Chinese roles: what each official did, from the verbs of the clauses they lead.

An official named at a clause start (after punctuation, a group label, 由, a
time word, or joined by 、 or 和 to such a one) is a subject. Subjects named one after the other
with no verb between share the verbs that follow, up to the next subject or a
clause led by someone else (会议, 双方 …); 他/她 hands the verbs to the last
subject. Guests named after 会见 in the same clause attended too.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Hashable, Iterable
from typing import NamedTuple

from bulletin_extract.lang.zh.lexicon import CLAUSE_BREAKS, lexicon

_COMRADE = "同志"
#: What may stand in brackets after a name in a list: a note (（女，水族）) or the person's titles
#: (（市委常委、秘书长）, （某大学医院客座教授）).
_ASIDE = re.compile(r"[（(][^（()）\n]{1,24}[)）]")


class Occurrence(NamedTuple):
    """A place where an official is named: the name itself, and where its title chain starts."""

    person: Hashable
    start: int
    end: int
    lead: int


class Verb(NamedTuple):
    start: int
    role: str
    #: ``verb`` for the subject, ``meeting`` also for the guests after it, ``lead`` only for the names
    #: after it (出席会议的还有…), ``trail`` only for the name before it (在…的陪同下).
    kind: str


def find_verbs(view: str, start: int, end: int) -> list[Verb]:
    """The role verbs and phrases of ``view[start:end]``, but no verb used as a noun (讲话精神)."""
    lex = lexicon()
    verbs = []
    wishes: list[int] | None = None
    for match in lex.verbs.finditer(view, start, end):
        word = match.group()
        if wishes is None:
            wishes = [m.end() for m in lex.wishes.finditer(view, start, end)]
        if wishes and any(w <= match.start() and _same_clause(view, w, match.start()) for w in wishes):
            continue  # 期待…率团访问: what is hoped for, not done at the event
        if word in lex.lead_roles:
            verbs.append(Verb(match.start(), lex.lead_roles[word], "lead"))
        elif word in lex.trail_roles:
            verbs.append(Verb(match.start(), lex.trail_roles[word], "trail"))
        elif word in lex.role_of_verb:
            noun = view[match.start() - 1] == lex.noun_before and match.start() > start
            if noun or view.startswith(lex.noun_after, match.end()):
                continue
            kind = "meeting" if word in lex.meeting_verbs else "verb"
            verbs.append(Verb(match.start(), lex.role_of_verb[word], kind))
    speeches = []
    speech = lex.made_speech.search(view, start, end)
    while speech is not None:
        # 作 ending a word (工作委员会) is none; the search goes on inside it, so that the title's 工作
        # does not hide the speech after it (某工作委员会主任委员某某作了…的报告)
        if view[speech.start() - 1 : speech.start() + 1] in lex.not_speech_makers:
            speech = lex.made_speech.search(view, speech.start() + 1, end)
            continue
        speeches.append(Verb(speech.start(), "speaker", "verb"))
        speech = lex.made_speech.search(view, speech.end(), end)
    return sorted(verbs + speeches, key=lambda verb: verb.start) if speeches else verbs


def assign_roles(
    view: str, sentences: Iterable[tuple[int, int, list[Verb]]], occurrences: list[Occurrence]
) -> dict[Hashable, list[str]]:
    """Roles per person, in the order found, from each sentence's verbs."""
    lex = lexicon()
    roles: dict[Hashable, list[str]] = {}
    last_subject = None
    by_lead = sorted(occurrences, key=lambda o: o.lead)
    leads = [o.lead for o in by_lead]
    for start, end, found in sentences:
        inside = by_lead[bisect.bisect_left(leads, start) : bisect.bisect_left(leads, end)]
        if not inside and not any(pronoun in view[start:end] for pronoun in lex.pronouns):
            continue
        verbs = [v for v in found if not any(o.start <= v.start < o.end for o in inside)]
        events: list[tuple[int, int, object]] = [(o.lead, 0, o) for o in inside]
        events += [(v.start, 1, v) for v in verbs]
        # a group that opens a title chain (调研组成员甲、乙) is those officials' body, no other subject
        events += [
            (i, 0, word)
            for i, word in _clause_openers(view, start, end)
            if not any(o.lead <= i < o.end for o in inside)
        ]
        heard = _heard_spans(view, start, verbs) if any(v.kind == "trail" for v in verbs) else []
        group: list[Hashable] = []
        verb_since_group = False
        previous: Occurrence | None = None
        previous_subject = False
        for _, _, event in sorted(events, key=lambda e: (e[0], e[1])):
            if isinstance(event, Occurrence) and view.startswith(lex.then_posts, event.lead):
                previous, previous_subject = event, False  # 时任…: what the clause says happened then
            elif isinstance(event, Occurrence):
                subject = not (heard and any(a <= event.lead < b for a, b in heard)) and (
                    _is_subject(view, event, start, previous, previous_subject)
                    or (previous_subject and not verb_since_group and _co_agent(view, previous, event))
                )
                if subject:
                    if not group or verb_since_group:
                        group, verb_since_group = [], False
                    group.append(event.person)
                    last_subject = event.person
                for verb in verbs:
                    if verb.start < event.lead and _hands_role_forward(view, verb, event):
                        _add(roles, event.person, verb.role)
                previous, previous_subject = event, subject
            elif isinstance(event, Verb) and event.kind == "trail":
                if previous is not None and not previous_subject and _same_clause(view, previous.end, event.start):
                    _add(roles, previous.person, event.role)
                for a, b in heard:
                    if b == event.start:
                        for o in inside:
                            if a <= o.lead < b:
                                _add(roles, o.person, event.role)
            elif isinstance(event, Verb) and event.kind != "lead":
                for person in group:
                    _add(roles, person, event.role)
                verb_since_group = bool(group)
            elif event in lex.pronouns and last_subject is not None:
                group, verb_since_group = [last_subject], False
            else:
                group, verb_since_group = [], False
    return roles


def _heard_spans(view: str, start: int, verbs: list[Verb]) -> list[tuple[int, int]]:
    """From each verb of hearing to the trail that closes what was heard (听取了[甲，乙的]汇报): the
    officials named in between reported, one by one, and none of them is a subject."""
    spans = []
    for trail in (v for v in verbs if v.kind == "trail"):
        heard_from = max(view.rfind(word, start, trail.start) for word in lexicon().hearing)
        if heard_from != -1:
            spans.append((heard_from, trail.start))
    return spans


def _add(roles: dict, person: Hashable, role: str) -> None:
    found = roles.setdefault(person, [])
    if role not in found:
        found.append(role)


def _hands_role_forward(view: str, verb: Verb, occurrence: Occurrence) -> bool:
    """A lead phrase reaches every name after it in the sentence; a meeting verb its guests in the clause."""
    if verb.kind == "lead":
        return True
    return verb.kind == "meeting" and _same_clause(view, verb.start, occurrence.lead)


def _clause_openers(view: str, start: int, end: int) -> list[tuple[int, str]]:
    """Clause starts that hand the verbs to someone else (会议, 双方) or back (他, 她)."""
    lex = lexicon()
    found = [(m.start(1), m.group(1)) for m in lex.clause_opener.finditer(view, start, end)]
    first = lex.opener.match(view, start, end)
    if first is not None and (first.start(1), first.group(1)) not in found:
        found.insert(0, (first.start(1), first.group(1)))
    return found


def _is_subject(
    view: str, occurrence: Occurrence, start: int, previous: Occurrence | None, previous_subject: bool
) -> bool:
    i = occurrence.lead
    while i > start and view[i - 1].isspace():
        i -= 1
    if i == start or view[i - 1] in CLAUSE_BREAKS:
        return True
    lex = lexicon()
    # names joined by a list mark, or by white space alone (镇领导　甲　乙　丙参加会议)
    if previous is not None and (
        previous.end == i or view[_after_aside(view, previous.end, i) : i].removeprefix(_COMRADE) in lex.list_joiners
    ):
        return previous_subject
    if view[i - 1] in lex.co_agents and _opens_clause(view, start, i - 1):
        return True  # …，(并)与会长甲座谈: a partner of the subject left unsaid
    if view[i - 1] == "、":  # a group label listed before the titles (代表团成员、市政府副秘书长张三)
        i -= 1
    return view.endswith(lex.subject_openers, start, i)


def _after_aside(view: str, i: int, limit: int) -> int:
    """Past the bracketed aside that opens at ``i``, if any."""
    aside = _ASIDE.match(view, i, limit)
    return aside.end() if aside is not None else i


def _opens_clause(view: str, start: int, i: int) -> bool:
    """Whether ``i`` starts a clause, maybe after an adverb (…，并与…)."""
    for adverb in ("", *lexicon().co_agent_adverbs):
        at = i - len(adverb)
        if view.startswith(adverb, at) and at >= start and (at == start or view[at - 1] in CLAUSE_BREAKS):
            return True
    return False


def _co_agent(view: str, previous: Occurrence | None, occurrence: Occurrence) -> bool:
    """Whether an official named after 与 in the clause of the subject before acts with it
    (副市长甲代表市政府与公司总裁乙签署协议): both signed."""
    return (
        previous is not None
        and occurrence.lead > 0
        and view[occurrence.lead - 1] in lexicon().co_agents
        and _same_clause(view, previous.end, occurrence.lead)
    )


def _same_clause(view: str, verb_start: int, lead: int) -> bool:
    return not any(ch in CLAUSE_BREAKS for ch in view[verb_start:lead])
