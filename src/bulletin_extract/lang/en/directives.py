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
the district should …" is an ask. A later sentence of the same paragraph with
no cue of its own continues the cue when its main clause carries a modal. Lead-ins that
announce a list ("Three priorities were set …", "… the following:") are never
items, and a list announced as outcomes or made of bare noun phrases is no ask.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bulletin_extract.document import DocState, Sentence
from bulletin_extract.lang import get_language
from bulletin_extract.lang.en.lexicon import lexicon
from bulletin_extract.models import Directive
from bulletin_extract.rules import alternation, load_toml

_WORD = re.compile(r"[\w’'-]+")
_THAT = re.compile(r"that,?\s+", re.I)
#: A bracketed number or letter may open the first of the tasks after "to" ("required schools to (a) draw up …;
#: (b) …"); the first item opener then drops it.
_TO = re.compile(r"to\s+(?=[a-z]|\((?:\d{1,2}|[a-h])\)\s+[a-z])")
#: The object may list body names ("called on the X Commission, the X Bureau of Commerce and the … Office to").
_OBJECT_TO = re.compile(r"(?P<object>(?:[^\s;:]+\s+){1,24}?)to\s+(?:\((?:\d{1,2}|[a-h])\)\s+)?(?P<next>[a-z][\w-]*)")
#: Trailing characters dropped from an item (with the "; and" that closes a list's last but one item).
_TRAILING = frozenset(" \n.;,:!?")
_CLOSING_AND = re.compile(r";\s+and$")
_COORDINATED = re.compile(r"(?:,\s*)?\band$")
#: Semicolons split a task only outside brackets and double quotes.
_OPENING = "([{“"
_CLOSING = ")]}”"
_NESTING_OR_SEMICOLON = re.compile(r"[;；()\[\]{}“”]")
#: Words before a colon that announce the tasks following it ("efforts in three areas: …").
MAX_ANNOUNCEMENT_WORDS = 8
#: An announcement followed by "first," or "(1)" may be longer.
MAX_COUNTED_ANNOUNCEMENT_WORDS = 25

#: Complements with an object, which a passive cue ("It was stressed that …") never has.
_OBJECT_KINDS = ("object_to", "anyone_to", "noun")
#: (kind, cue, start, end) of a directive found, before it becomes a ``Directive``.
Item = tuple[str, str | None, int, int]


@dataclass(frozen=True)
class DirectiveRules:
    item_start: re.Pattern
    determiners: frozenset[str]
    lead_in: re.Pattern
    outcome_lead_in: re.Pattern
    ask_lead_in: re.Pattern
    opener: re.Pattern
    subject: re.Pattern
    cited_subject: re.Pattern
    name_function_words: frozenset[str]
    cue: re.Pattern  # case-sensitive: a cue verb never opens its sentence, so it is written in lower case
    asking_cue: re.Pattern  # a cue that asks by itself or of someone, not a reporting verb
    #: An asking cue coordinated with the sentence's first ("… and urged", "…, and asked"): a statement of its own.
    #: It opens with the literal "and", which ``re`` scans for fast; that "and" is a whole word is tested after.
    coordinated_cue: re.Pattern
    adverb: re.Pattern
    complements: dict[str, tuple[str, ...]]
    impersonal: re.Pattern
    passive: re.Pattern
    need: re.Pattern
    necessary: re.Pattern
    modal: re.Pattern
    agents: frozenset[str]
    postpositive: frozenset[str]
    head_prepositions: frozenset[str]
    not_noun_phrase: frozenset[str]
    question_words: frozenset[str]
    item_opener: re.Pattern
    first_item_opener: re.Pattern
    continuation: re.Pattern
    task_prefix: re.Pattern
    reporting_verb: re.Pattern


@dataclass(frozen=True)
class Statement:
    """A cued sentence: its cue as written and the span of its task(s)."""

    cue: str
    start: int
    end: int
    lead_in: bool


#: What ends a list item that is a sentence, not a heading.
_HEADING_END = re.compile(r"[.;:!?。；：][\"”’')\]]*$")


@dataclass(frozen=True)
class ListEntry:
    """A list item: its text after the marker, the marker, its sentences."""

    start: int
    end: int
    marker: re.Match
    sentences: list[Sentence]


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.lower() for v in values)


@cache
def item_start_pattern() -> re.Pattern:
    """A list item's opening (use ``match``): a bullet, a dash and a space, "1." "1)" "1、" "(1)", a letter or a
    small Roman numeral in brackets or before one ("(a)" "B)" "(iv)" "iv)"), a Roman numeral and a full
    stop ("ii.", "IV."), a capital and a full stop before a word in lower case ("B. ban …"; before a capital
    it is an initial), "First," …"""
    items = load_toml("en", "directives")["items"]
    bullets = "".join(re.escape(b) for b in items["bullets"])
    dashes = "".join(re.escape(d) for d in items["dashes"])
    return re.compile(
        rf"(?P<marker>[{bullets}]|[{dashes}](?=\s)|\d{{1,2}}(?:[.)](?=\s)|、)|\(\d{{1,2}}\)"
        rf"|\((?:[a-zA-Z]|[ivx]{{2,4}})\)|(?:[a-zA-Z]|[ivx]{{2,4}})\)(?=\s)|(?:i|[ivx]{{2,4}}|I|[IVX]{{2,4}})\.(?=\s)"
        rf"|[A-Z]\.(?=\s+[a-z])"
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
    asking = [verb for verb, kinds in complements.items() if {"noun", "object_to", "anyone_to"} & set(kinds)]
    return DirectiveRules(
        item_start=item_start_pattern(),
        determiners=_words(items["determiners"]),
        lead_in=re.compile("|".join(f"(?:{p})" for p in items["lead_ins"]), re.I),
        outcome_lead_in=re.compile("|".join(f"(?:{p})" for p in items["outcome_lead_ins"]), re.I),
        ask_lead_in=re.compile("|".join(f"(?:{p})" for p in items["ask_lead_ins"]), re.I),
        opener=re.compile(opener, re.I),
        subject=re.compile("|".join(f"(?:{p})" for p in statements["subjects"]), re.I),
        cited_subject=re.compile("|".join(f"(?:{p})" for p in statements["cited_subjects"]), re.I),
        name_function_words=_words(statements["name_function_words"]),
        cue=re.compile(rf"(?<![\w-])(?P<cue>{alternation(list(complements))})(?![\w-])"),
        asking_cue=re.compile(rf"(?<![\w-])(?:{alternation(asking)})(?![\w-])"),
        coordinated_cue=re.compile(rf"and\s+(?:(?:{adverbs})\s+)?(?P<cue>{alternation(asking)})(?![\w-])"),
        adverb=re.compile(rf"(?:^|\s)(?:{adverbs})$", re.I),
        complements=complements,
        impersonal=re.compile(statements["impersonal"], re.I),
        passive=re.compile(statements["passive"].replace("{verbs}", alternation(list(complements))), re.I),
        need=re.compile(statements["need"], re.I),
        necessary=re.compile(statements["necessary"], re.I),
        modal=re.compile(rf"(?<![\w-])(?:{modals})(?![\w-])"),
        agents=_words(statements["agents"]),
        postpositive=_words(statements["postpositive"]),
        head_prepositions=_words(statements["head_prepositions"]),
        not_noun_phrase=_words(statements["not_noun_phrase"]),
        question_words=_words(statements["question_words"]),
        item_opener=re.compile(statements["item_opener"], re.I),
        first_item_opener=re.compile(statements["first_item_opener"], re.I),
        continuation=re.compile(
            rf"{opener}?(?P<subject>[^;:]{{1,100}}?)\s+(?:(?:{adverbs})\s+)?(?:{modals})\b(?!\s+be\s+(?:noted|pointed out))",
            re.I,
        ),
        task_prefix=re.compile("|".join(f"(?:{p})" for p in statements["task_prefixes"]), re.I),
        reporting_verb=re.compile(rf"\b(?:{alternation(continuations['reporting_verbs'])}|that)\b", re.I),
    )


def find(state: DocState) -> tuple[Directive, ...]:
    rules = directive_rules()
    view = state.view
    clean = get_language(state.lang).clean
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in state.sentences:
        by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    found: list[Item] = []
    lead = ""  # the last sentence before a list: what announced it
    entries: list[ListEntry] = []  # the list being read
    for index, paragraph in enumerate(state.paragraphs):
        sentences = by_paragraph.get(index, [])
        marker = rules.item_start.match(view, paragraph.start, paragraph.end)
        if marker:
            entries.append(ListEntry(marker.end(), paragraph.end, marker, sentences))
            continue
        if entries:
            if not _is_heading(view, entries):
                found += _list(view, rules, entries, lead)
            entries = []
        found += _paragraph(view, rules, sentences)
        if sentences:
            lead = view[sentences[-1].start : sentences[-1].end]
    found += _list(view, rules, entries, lead)
    return tuple(
        Directive(kind=kind, cue=clean(cue) if cue else None, text=clean(view[start:end]), start=start, end=end)
        for kind, cue, start, end in found
    )


def _is_heading(view: str, entries: list[ListEntry]) -> bool:
    """Whether a list of one numbered line with no full stop, with prose after it, heads that prose
    ("2. On services for foreign nationals" over what the minutes record on it): no task. A lone
    bullet is an item."""
    if len(entries) != 1 or not entries[0].marker.group("marker")[0].isdigit():
        return False
    return _HEADING_END.search(view, entries[0].start, entries[0].end) is None


def _list(view: str, rules: DirectiveRules, entries: list[ListEntry], lead: str) -> list[Item]:
    """The items of one list. A list announced as outcomes, or made only of bare noun phrases
    ("the … Initiative on …", "a cooperation agreement …"), asks for nothing."""
    items: list[Item] = []
    bullets: list[tuple[int, Item, bool]] = []  # (position in items, item, is a bare noun phrase)
    for entry in entries:
        first_end = entry.sentences[0].end if entry.sentences else entry.end
        statements = _statements(view, rules, entry.start, first_end, subjectless=False)
        if statements:  # "Finally, the meeting called for …"
            items += [item for statement in statements for item in _statement_items(view, rules, statement)]
            items += [i for s in entry.sentences[1:] for i in _continuation(view, rules, statements[-1].cue, s)]
            continue
        end = _trim(view, entry.start, entry.end)
        if end <= entry.start or view[entry.start : entry.end].rstrip().endswith(":"):
            continue  # empty, or the head of a nested list
        words = _WORD.findall(view[entry.start : min(end, entry.start + 40)])
        first = words[0] if words else ""
        has_modal = rules.modal.search(view, entry.start, end) is not None
        if entry.marker.group("ordinal") and not (has_modal or first.islower() or first.lower().endswith("ing")):
            continue  # an ordinal paragraph that narrates ("Second, the district received …")
        bullets.append(
            (len(items), ("bullet", None, entry.start, end), first.lower() in rules.determiners and not has_modal)
        )
        items.append(bullets[-1][1])
    if bullets and (not _lead_asks(rules, lead) or all(bare for _, _, bare in bullets)):
        dropped = {position for position, _, _ in bullets}
        items = [item for position, item in enumerate(items) if position not in dropped]
    return items


def _lead_asks(rules: DirectiveRules, lead: str) -> bool:
    """Whether the sentence that announced a list asks for what it lists: it carries a modal or a
    verb that asks ("… should focus on the following:", "The meeting demanded:"), or it names tasks
    and no outcomes ("set out the following tasks:"). A list announced by narrative ("Three parallel
    sessions were held:", "The park released a package of measures, including:") asks for nothing."""
    if rules.modal.search(lead) or rules.asking_cue.search(lead):
        return True
    return rules.ask_lead_in.search(lead) is not None and rules.outcome_lead_in.search(lead) is None


def _paragraph(view: str, rules: DirectiveRules, sentences: list[Sentence]) -> list[Item]:
    """Statements of a paragraph, their continuations, and ordinal items written inline."""
    items: list[Item] = []
    cue: str | None = None
    for sentence in sentences:
        marker = rules.item_start.match(view, sentence.start, sentence.end)
        if marker and marker.group("ordinal"):
            if cue:  # "The meeting required the city to do three things well. First, the city should …"
                items += _continuation(view, rules, cue, sentence._replace(start=marker.end()))
            else:
                items += _list(view, rules, [ListEntry(marker.end(), sentence.end, marker, [sentence])], "")
            continue
        statements = _statements(view, rules, sentence.start, sentence.end)
        if statements:
            cue = statements[-1].cue
            items += [item for statement in statements for item in _statement_items(view, rules, statement)]
        elif cue:
            items += _continuation(view, rules, cue, sentence)
    return items


def _statement_items(view: str, rules: DirectiveRules, statement: Statement) -> list[Item]:
    if statement.lead_in:
        return []
    return [("statement", statement.cue, a, b) for a, b in _split(view, rules, statement.start, statement.end)]


def _continuation(view: str, rules: DirectiveRules, cue: str, sentence: Sentence) -> list[Item]:
    """A sentence that carries on a cue's list without a cue of its own: a modal in its main clause."""
    m = rules.continuation.match(view, sentence.start, sentence.end)
    if (
        not m
        or rules.reporting_verb.search(m.group("subject"))
        or _is_lead_in(view, rules, sentence.start, sentence.end)
    ):
        return []
    start = m.start("subject")
    if prefix := rules.task_prefix.match(view, start, sentence.end):
        start = prefix.end()
    return [("statement", cue, a, b) for a, b in _split(view, rules, start, sentence.end)]


def _statements(view: str, rules: DirectiveRules, start: int, end: int, subjectless: bool = True) -> list[Statement]:
    """The statements of a sentence: its cue's, then one for each asking cue coordinated with it
    ("stressed the need to A and urged the departments to B"; "pointed out that …, and asked them to C")."""
    coordinated = rules.coordinated_cue.search(view, start, end)  # most sentences: none, and no more to do
    spoken = _spoken_cue(view, rules, _after_opener(view, rules, start, end), end) if coordinated else None
    found = rules.coordinated_cue.finditer(view, spoken.end(), end) if spoken else ()
    cues = [m for m in found if view[m.start() - 1].isspace()]  # "and" a word of its own, not "demand"
    first = _statement(view, rules, start, cues[0].start() if cues else end, subjectless)
    statements = [first] if first else []
    for index, cue in enumerate(cues):
        part_end = cues[index + 1].start() if index + 1 < len(cues) else end
        if (statement := _cued_task(view, rules, cue.group("cue"), cue.end(), part_end)) is not None:
            statements.append(statement)
    return statements


def _after_opener(view: str, rules: DirectiveRules, start: int, end: int) -> int:
    """Where the sentence goes on after an introductory phrase ("Looking ahead, …")."""
    opener = rules.opener.match(view, start, end)
    return opener.end() if opener else start


def _spoken_cue(view: str, rules: DirectiveRules, position: int, end: int) -> re.Match | None:
    """The first cue of the sentence, where the meeting, an attendee or an official says it."""
    found = rules.cue.search(view, position, end)
    if not found:
        return None
    subject = view[position : found.start()].strip(" ,")
    if adverb := rules.adverb.search(subject):  # "The meeting also stressed …"
        subject = subject[: adverb.start()].rstrip(" ,")
    return found if _subject_ok(rules, subject) else None


def _cued_task(view: str, rules: DirectiveRules, cue: str, cue_end: int, end: int) -> Statement | None:
    """The statement of a cue ending at ``cue_end``, where a complement it takes follows."""
    complement_start = _skip(view, cue_end, end, " :")
    task_start = _task_start(view, rules, rules.complements[cue.lower()], complement_start, end)
    return None if task_start is None else _task(view, rules, cue, task_start, end)


def _statement(view: str, rules: DirectiveRules, start: int, end: int, subjectless: bool = True) -> Statement | None:
    """The cue and task of a sentence ``view[start:end]`` that asks for action, else None."""
    position = _after_opener(view, rules, start, end)
    impersonal = rules.impersonal.match(view, position, end) if subjectless else None
    passive = rules.passive.match(view, position, end) if subjectless and not impersonal else None
    if impersonal:  # "It is also necessary to …"
        cue, task_start = impersonal.group("cue"), impersonal.end()
    elif passive:  # "It was stressed at the meeting that …": the verb's complements, none with an object
        cue = passive.group("cue")
        kinds = [k for k in rules.complements[passive.group("verb").lower()] if k not in _OBJECT_KINDS]
        task_start = _task_start(view, rules, kinds, passive.end(), end)
    else:
        found = _spoken_cue(view, rules, position, end)
        return None if found is None else _cued_task(view, rules, found.group("cue"), found.end(), end)
    return None if task_start is None else _task(view, rules, cue, task_start, end)


def _task(view: str, rules: DirectiveRules, cue: str, task_start: int, end: int) -> Statement:
    """The statement whose task starts at ``task_start``, after an announcement or an opener."""
    if (colon := _announced(view, rules, task_start, end)) is not None:
        task_start = colon  # "stressed the following: first, …; second, …"
    if opener := rules.first_item_opener.match(view, task_start, end):
        task_start = opener.end()
    if prefix := rules.task_prefix.match(view, task_start, end):
        task_start = prefix.end()
    task_end = _trim(view, task_start, end)
    return Statement(cue=cue, start=task_start, end=task_end, lead_in=_is_lead_in(view, rules, task_start, end))


def _task_start(
    view: str, rules: DirectiveRules, kinds: list[str] | tuple[str, ...], start: int, end: int
) -> int | None:
    """Where the task starts after the first complement of these kinds found at ``start``."""
    for kind in kinds:
        if (at := _complement(view, rules, kind, start, end)) is not None:
            return at
    return None


def _skip(view: str, start: int, end: int, characters: str) -> int:
    while start < end and view[start] in characters:
        start += 1
    return start


def _announced(view: str, rules: DirectiveRules, start: int, end: int) -> int | None:
    """Where the tasks start after an announcement ending in a colon inside the sentence, if any: a short one,
    or a longer one whose tasks are counted ("must get ready in seven respects: first, …")."""
    colon = view.find(":", start, end)
    if colon < 0:
        return None
    after = _skip(view, colon + 1, end, " ")
    words = len(view[start:colon].split())
    counted = words <= MAX_COUNTED_ANNOUNCEMENT_WORDS and rules.first_item_opener.match(view, after, end)
    if words > MAX_ANNOUNCEMENT_WORDS and not counted:
        return None
    return after if _trim(view, after, end) > after else None


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
    elif kind in ("object_to", "anyone_to"):
        m = _OBJECT_TO.match(view, start, end)
        if not m or m.group("next") in rules.determiners:
            return None
        if kind == "anyone_to":  # the verb asks only of someone: its object is who must act, unless it asks a question
            words = {w.lower() for w in _WORD.findall(m.group("object"))}
            return None if words & rules.question_words else m.start("next")
        return m.start("next") if _is_agent(rules, m.group("object")) else None
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
    """The meeting, an attendee, a pronoun, a person with titles; one of them after an introductory
    phrase ("Looking ahead, the meeting …"); or one of them with a coordinated verb ("He said … and")."""
    if not subject or rules.cited_subject.fullmatch(subject):
        return False
    if rules.subject.fullmatch(subject) or _name_like(rules, subject) or _bare_position(subject):
        return True
    _, comma, after_comma = subject.rpartition(",")
    if comma and rules.subject.fullmatch(after_comma.strip()):
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


def _bare_position(subject: str) -> bool:
    """A person named by a title alone: "the Vice Governor" (asked …)."""
    return subject[:4].lower() == "the " and lexicon().position.fullmatch(subject, 4) is not None


def _name_like(rules: DirectiveRules, text: str) -> bool:
    """Capitalised words with lower-case function words only: "<Name>, Secretary of the CPC … Committee"."""
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
    while True:
        while end > start and view[end - 1] in _TRAILING:
            end -= 1
        closing = _CLOSING_AND.search(view, max(start, end - 12), end)
        if not closing:
            return end
        end = closing.start()


def _split(view: str, rules: DirectiveRules, start: int, end: int) -> list[tuple[int, int]]:
    """A task split at semicolons outside brackets and quotes; later parts lose a leading "and", "to", "that"."""
    end = _trim(view, start, end)
    parts = []
    depth = 0
    part_start = start
    for m in _NESTING_OR_SEMICOLON.finditer(view, start, end):
        char = m.group()
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING:
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append((part_start, m.start()))
            part_start = m.end()
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
