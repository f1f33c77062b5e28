"""English directives: what the meeting asked for, one item each.

Two shapes carry directives. A *list item* (bullet, dash, number or ordinal
paragraph) is one item, kind ``bullet``, its marker dropped and its subject
kept. A *statement* is a sentence whose subject is the meeting, an attendee,
an official or a pronoun and whose verb (the cue) asks for action; the task is
what follows the cue and its empty complement (``the need to``, ``that it is
necessary to``, an agent object before ``to``), split at top-level semicolons.

Asks are told from facts by structure, never by remembered sentences: each cue
verb accepts only some complements (``rules/en/directives.toml``), so "pointed
out that 2020 is …" (a fact: no modal) yields nothing while "pointed out that
Hexi should …" is an ask. A later sentence of the same paragraph with no cue of
its own continues the cue when its main clause carries a modal. Lead-ins that
announce a list ("Three priorities were set …", "… the following:") are never
items, and a list announced as outcomes or made of bare noun phrases is no ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bulletin_extract.document import DocState, Sentence
from bulletin_extract.lang import get_language
from bulletin_extract.models import Directive
from bulletin_extract.rules import alternation, load_toml

_WORD = re.compile(r"[\w’'-]+")
_THAT = re.compile(r"that\s+", re.I)
_TO = re.compile(r"to\s+(?=[a-z])")
_OBJECT_TO = re.compile(r"(?P<object>(?:[^\s;:]+\s+){1,10}?)to\s+(?P<next>[a-z][\w-]*)")
#: Trailing punctuation of an item, including the "; and" that closes a list's last but one item.
_TRAILING = re.compile(r"(?:;\s*and|[\s.;,:!?])+$")
_COORDINATED = re.compile(r"(?:,\s*)?\band$")
_OPENING = "([{“‘"
_CLOSING = ")]}”’"


@dataclass(frozen=True)
class DirectiveRules:
    item_start: re.Pattern
    determiners: frozenset[str]
    lead_in: re.Pattern
    outcome_lead_in: re.Pattern
    opener: re.Pattern
    subject: re.Pattern
    name_function_words: frozenset[str]
    cue: re.Pattern
    complements: dict[str, tuple[str, ...]]
    impersonal: re.Pattern
    need: re.Pattern
    necessary: re.Pattern
    modal: re.Pattern
    agents: frozenset[str]
    postpositive: frozenset[str]
    head_prepositions: frozenset[str]
    not_noun_phrase: frozenset[str]
    item_opener: re.Pattern
    continuation: re.Pattern
    continuation_prefix: re.Pattern
    reporting_verb: re.Pattern


@dataclass(frozen=True)
class Statement:
    cue: str
    start: int
    end: int
    lead_in: bool


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@cache
def item_start_pattern() -> re.Pattern:
    """A list item's opening: a bullet, a dash and a space, "1." "1)" "(1)" "(a)", or "First," …"""
    items = load_toml("en", "directives")["items"]
    bullets = "".join(re.escape(b) for b in items["bullets"])
    dashes = "".join(re.escape(d) for d in items["dashes"])
    return re.compile(
        rf"^(?P<marker>[{bullets}]|[{dashes}](?=\s)|\d{{1,2}}[.)](?=\s)|\(\d{{1,2}}\)|\([a-z]\)"
        rf"|(?P<ordinal>{alternation(items['ordinals'])}),)\s*"
    )


@cache
def directive_rules() -> DirectiveRules:
    rules = load_toml("en", "directives")
    items, statements, continuations = rules["items"], rules["statements"], rules["continuations"]
    complements = {verb.lower(): tuple(group["complements"]) for group in rules["cues"] for verb in group["verbs"]}
    adverbs = alternation(statements["adverbs"])
    opener = rf"(?:(?:{'|'.join(statements['openers'])}),\s*)"
    modals = alternation(statements["modals"])
    return DirectiveRules(
        item_start=item_start_pattern(),
        determiners=_words(items["determiners"]),
        lead_in=re.compile("|".join(f"(?:{p})" for p in items["lead_ins"]), re.I),
        outcome_lead_in=re.compile("|".join(f"(?:{p})" for p in items["outcome_lead_ins"]), re.I),
        opener=re.compile(opener, re.I),
        subject=re.compile("|".join(f"(?:{p})" for p in statements["subjects"]), re.I),
        name_function_words=_words(statements["name_function_words"]),
        cue=re.compile(rf"(?<![\w-])(?:(?:{adverbs})\s+)?(?P<cue>{alternation(list(complements))})(?![\w-])", re.I),
        complements=complements,
        impersonal=re.compile(statements["impersonal"], re.I),
        need=re.compile(statements["need"], re.I),
        necessary=re.compile(statements["necessary"], re.I),
        modal=re.compile(rf"\b(?:{modals})\b", re.I),
        agents=_words(statements["agents"]),
        postpositive=_words(statements["postpositive"]),
        head_prepositions=_words(statements["head_prepositions"]),
        not_noun_phrase=_words(statements["not_noun_phrase"]),
        item_opener=re.compile(statements["item_opener"], re.I),
        continuation=re.compile(
            rf"{opener}?(?P<subject>[^;:]{{1,100}}?)\s+(?:(?:{adverbs})\s+)?(?:{modals})\b(?!\s+be\s+(?:noted|pointed out))",
            re.I,
        ),
        continuation_prefix=re.compile("|".join(f"(?:{p})" for p in continuations["prefixes"]), re.I),
        reporting_verb=re.compile(rf"\b(?:{alternation(continuations['reporting_verbs'])}|that)\b", re.I),
    )


def find(state: DocState) -> tuple[Directive, ...]:
    rules = directive_rules()
    view = state.view
    clean = get_language(state.lang).clean
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in state.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    found: list[Directive] = []
    lead = ""  # the last sentence before the current list: what announced it
    for index, paragraph in enumerate(state.paragraphs):
        sentences = by_paragraph.get(index, [])
        marker = rules.item_start.match(view[paragraph.start : paragraph.end])
        if marker:
            found += _list_item(view, rules, paragraph.start, paragraph.end, marker, lead, sentences)
            continue
        found += _paragraph(view, rules, sentences)
        if sentences:
            lead = view[sentences[-1].start : sentences[-1].end]
    return tuple(
        Directive(kind=kind, cue=clean(cue) if cue else None, text=clean(view[start:end]), start=start, end=end)
        for kind, cue, start, end in found
    )


Item = tuple[str, str | None, int, int]


def _list_item(
    view: str, rules: DirectiveRules, start: int, end: int, marker: re.Match, lead: str, sentences: list[Sentence]
) -> list[Item]:
    """One bullet, dash, number or ordinal item; an ordinal item may be a cued statement ("Finally, the meeting …")."""
    text_start = start + marker.end()
    if marker.group("ordinal"):
        statement = _statement(view, rules, text_start, sentences[0].end if sentences else end, allow_impersonal=False)
        if statement:
            rest = [s for s in sentences if s.start > text_start]
            return _statement_items(view, rules, statement) + _continuations(view, rules, statement.cue, rest)
    text_end = _trim(view, text_start, end)
    if text_end <= text_start or view[text_start:end].rstrip().endswith(":"):
        return []  # empty, or the head of a nested list
    if rules.outcome_lead_in.search(lead) and not lead.rstrip().endswith(("should", "must")):
        return []
    words = _WORD.findall(view[text_start : min(text_end, text_start + 40)])
    first = words[0] if words else ""
    has_modal = rules.modal.search(view, text_start, text_end) is not None
    if first.lower() in rules.determiners and not has_modal:
        return []  # a bare noun phrase: an outcome or a name, not an ask
    if marker.group("ordinal") and not (has_modal or first.islower() or first.lower().endswith("ing")):
        return []  # an ordinal paragraph that narrates
    return [("bullet", None, text_start, text_end)]


def _paragraph(view: str, rules: DirectiveRules, sentences: list[Sentence]) -> list[Item]:
    """Statements of a paragraph, their continuations, and ordinal items written inline."""
    items: list[Item] = []
    cue: str | None = None
    for position, sentence in enumerate(sentences):
        marker = rules.item_start.match(view[sentence.start : sentence.end])
        if marker and marker.group("ordinal"):
            items += _list_item(view, rules, sentence.start, sentence.end, marker, "", [sentence])
            continue
        statement = _statement(view, rules, sentence.start, sentence.end)
        if statement:
            cue = statement.cue
            items += _statement_items(view, rules, statement)
        elif cue:
            items += _continuations(view, rules, cue, sentences[position : position + 1])
    return items


def _statement_items(view: str, rules: DirectiveRules, statement: Statement) -> list[Item]:
    if statement.lead_in:
        return []
    return [("statement", statement.cue, a, b) for a, b in _split(view, rules, statement.start, statement.end)]


def _continuations(view: str, rules: DirectiveRules, cue: str, sentences: list[Sentence]) -> list[Item]:
    """Sentences that carry on a cue's list without a cue of their own: a modal in the main clause."""
    items: list[Item] = []
    for sentence in sentences:
        m = rules.continuation.match(view, sentence.start, sentence.end)
        if (
            not m
            or rules.reporting_verb.search(m.group("subject"))
            or _is_lead_in(view, rules, sentence.start, sentence.end)
        ):
            continue
        start = m.start("subject")
        if prefix := rules.continuation_prefix.match(view, start, sentence.end):
            start = prefix.end()
        items += [("statement", cue, a, b) for a, b in _split(view, rules, start, sentence.end)]
    return items


def _statement(
    view: str, rules: DirectiveRules, start: int, end: int, allow_impersonal: bool = True
) -> Statement | None:
    """The cue and task of a sentence ``view[start:end]`` that asks for action, else None."""
    position = start
    if opener := rules.opener.match(view, position, end):
        position = opener.end()
    if allow_impersonal and (impersonal := rules.impersonal.match(view, position, end)):
        cue, task_start = impersonal.group("cue"), impersonal.end()
    else:
        found = rules.cue.search(view, position, end)
        if not found or not _subject_ok(rules, view[position : found.start()].strip(" ,")):
            return None
        cue = found.group("cue")
        complement_start = found.end()
        while complement_start < end and view[complement_start].isspace():
            complement_start += 1
        task_start = None
        for kind in rules.complements[cue.lower()]:
            task_start = _complement(view, rules, kind, complement_start, end)
            if task_start is not None:
                break
        if task_start is None:
            return None
    task_end = _trim(view, task_start, end)
    return Statement(cue=cue, start=task_start, end=task_end, lead_in=_is_lead_in(view, rules, task_start, end))


def _complement(view: str, rules: DirectiveRules, kind: str, start: int, end: int) -> int | None:
    """Where the task starts after a cue, if the complement at ``start`` is of this kind."""
    if kind == "need":
        m = rules.need.match(view, start, end)
    elif kind == "necessary":
        m = rules.necessary.match(view, start, end)
    elif kind == "that":
        m = _THAT.match(view, start, end)
    elif kind == "that_modal":
        m = _THAT.match(view, start, end)
        m = m if m and rules.modal.search(view, m.end(), end) else None
    elif kind == "to":
        m = _TO.match(view, start, end)
    elif kind == "object_to":
        m = _OBJECT_TO.match(view, start, end)
        m = m if m and _is_agent(rules, m.group("object")) and m.group("next") not in rules.determiners else None
        return m.start("next") if m else None
    else:  # noun
        word = _WORD.match(view, start, end)
        return start if word and word.group().lower() not in rules.not_noun_phrase else None
    return m.end() if m else None


def _is_agent(rules: DirectiveRules, phrase: str) -> bool:
    """Whether "OBJECT" in "required OBJECT to …" names who must act ("member units", "the departments concerned")."""
    words = [w.lower().removesuffix("’s").removesuffix("'s") for w in _WORD.findall(phrase)]
    for i, word in enumerate(words):
        if word in rules.head_prepositions:
            words = words[:i]
            break
    while words and words[-1] in rules.postpositive:
        words.pop()
    return bool(words) and words[-1] in rules.agents


def _subject_ok(rules: DirectiveRules, subject: str) -> bool:
    """The meeting, an attendee, a pronoun, a person with titles; or one of them with a coordinated verb."""
    if not subject:
        return False
    if rules.subject.fullmatch(subject) or _name_like(rules, subject):
        return True
    if not _COORDINATED.search(subject):
        return False
    head = rules.subject.match(subject)
    if head and head.end() < len(subject) and subject[head.end()].isspace():
        return True
    name = []
    for word in subject.split():
        if word[0].islower() and word.lower() not in rules.name_function_words:
            break
        name.append(word)
    return any(w.lower() not in rules.name_function_words for w in name) and _name_like(rules, " ".join(name))


def _name_like(rules: DirectiveRules, text: str) -> bool:
    """Capitalised words with lower-case function words only: "Tang Zhenyu, Secretary of the CPC … Committee"."""
    words = [w for w in re.split(r"[\s,]+", text) if w]
    if not words or len(words) > 40 or not words[0][0].isupper():
        return False
    return all(
        w[0].isupper() or w[0].isdigit() or w[0] in "(“\"'" or w.lower() in rules.name_function_words for w in words
    )


def _is_lead_in(view: str, rules: DirectiveRules, start: int, end: int) -> bool:
    text = view[start:end].rstrip()
    return text.endswith(":") or rules.lead_in.search(" ".join(text.rstrip(".").split())) is not None


def _trim(view: str, start: int, end: int) -> int:
    """End of ``view[start:end]`` without trailing punctuation, white space or a closing "; and"."""
    m = _TRAILING.search(view, start, end)
    return m.start() if m else end


def _split(view: str, rules: DirectiveRules, start: int, end: int) -> list[tuple[int, int]]:
    """A task split at semicolons outside brackets and quotes; later parts lose a leading "and", "to", "that"."""
    end = _trim(view, start, end)
    parts = []
    depth = 0
    part_start = start
    for i in range(start, end):
        char = view[i]
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif char in ";；" and depth == 0:
            parts.append((part_start, i))
            part_start = i + 1
    parts.append((part_start, end))
    items = []
    for number, (a, b) in enumerate(parts):
        while a < b and view[a].isspace():
            a += 1
        if number and (opener := rules.item_opener.match(view, a, b)):
            a = opener.end()
        b = _trim(view, a, b)
        if b > a:
            items.append((a, b))
    return items
