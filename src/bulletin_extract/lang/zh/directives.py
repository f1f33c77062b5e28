"""Chinese directives: what the meeting asked for, one item each.

Three shapes, all found by structure:

- a *cued statement*: a sentence whose subject is the meeting or an official
  and whose verb asks (``会议强调，要A；要B。``). Its tasks split at ``；``, at
  the sentences of the same paragraph that carry on its list (``要C。``), or at
  inline enumerators (``一是……；二是……``, ``一要……``), whose lead-in is dropped;
- a *numbered paragraph* (``（一）``, ``1.``): a bullet with no cue;
- an enumeration after a list lead-in with no cue (``会议作出部署：一是……``): bullets.

Where lists nest, the innermost items are the directives. Whether ``指出``/``强调``
asks for action or only assesses is decided by the sentence's structure (a modal
such as ``要``/``必须``, or an action verb at its head), never by memorised text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bulletin_extract.dates import chinese_number
from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language
from bulletin_extract.lang.zh.compact import CompactView
from bulletin_extract.models import Directive
from bulletin_extract.rules import alternation, load_toml

_CN = "[一二三四五六七八九十]{1,3}"
#: Inline enumerators; the group name is the list family, its text the ordinal.
_ENUMERATOR = re.compile(
    rf"(?P<shi>{_CN})是|(?P<yao>{_CN})要(?![求点素])|第(?P<di>{_CN})[，,、]|[（(](?P<paren_cn>{_CN})[)）]"
    r"|[（(](?P<paren_num>\d{1,2})[)）]|(?P<circled>[①-⑳])|(?P<num>\d{1,2})[.、．](?!\d)"
)
#: Families that may open a paragraph continuing a cued list (``（一）`` paragraphs are bullets instead).
_RUN_ON_FAMILIES = frozenset({"shi", "yao", "di", "circled"})
#: What stands before an inline enumerator: punctuation, or the modal of a subject whose tasks it lists
#: (区政府要（一）……；（二）……).
_BEFORE_ENUMERATOR = frozenset("，,；;。：:！？!? \n要")
_SEPARATOR = re.compile(r"[；;。！？!?]|(?<=[\u4e00-\u9fff”）])\.(?=\s|$|[\u4e00-\u9fff“])")
_COLON = re.compile(r"(?<=[\u4e00-\u9fff”）])[:：]|：")
#: A sentence or a task that ends before an enumerated list (要A。一是…; 要A；一是…): a task of its own.
_TASK_ENDS = ("。", "；", ";")
_OPENERS, _CLOSERS = "（(“‘《「『【", "）)”’》」』】"
_OPENER = re.compile(f"[{re.escape(_OPENERS)}]")
_LEADING = frozenset(" \n，,、：:；;")
_TRAILING = frozenset(" \n。；;.，,：:、！!？?")
_SENTENCE_PUNCTUATION = re.compile(r"[，,；;。！？!?]")
#: Two ideographs anywhere: an item holds at least two, or it is no task.
_TWO_IDEOGRAPHS = re.compile(r"[\u3400-\u9fff].*?[\u3400-\u9fff]", re.S)
#: A speaker written as a name, or titles and a name (``区委书记、区长张三``).
_SPEAKER_CHARACTERS = re.compile(r"[\u3400-\u9fff·•\-、]+")


@dataclass(frozen=True)
class DirectiveRules:
    cue: re.Pattern  # subject, adverbs, cue verb, separator — matched at a sentence start
    led_cue: re.Pattern  # the same after a short lead clause (``会见后，``)
    asking_cues: frozenset[str]
    meeting: re.Pattern
    pronouns: frozenset[str]
    adjunct: re.Pattern
    not_speaker: re.Pattern
    not_subject: re.Pattern
    modal: re.Pattern
    ask_head: re.Pattern
    leading_modal: re.Pattern
    connective: re.Pattern
    assessment: re.Pattern
    narrative: re.Pattern
    list_lead_in: re.Pattern
    not_a_task_list: re.Pattern
    fact_list_end: re.Pattern
    announcing: re.Pattern


@cache
def directive_rules() -> DirectiveRules:
    rules = load_toml("zh", "directives")
    core = (
        r"(?P<subject>[^，,。；;：:！？!?“”\n]{1,30}?)"
        rf"(?P<adverbs>(?:{alternation(rules['adverbs'])})*)"
        rf"(?P<cue>{alternation(rules['cues'])})"
        r"(?:[，,：:]|(?=要(?![求点素闻件务])|必须))"
    )
    meeting = alternation(rules["meeting_subjects"])
    modals = "|".join(rules["modals"])
    return DirectiveRules(
        cue=re.compile(core),
        led_cue=re.compile(r"[^，,。；;：:！？!?\n]{1,24}[，,]" + core),
        asking_cues=frozenset(rules["asking_cues"]),
        meeting=re.compile(rf"^(?:{meeting})|(?:{meeting})$"),
        pronouns=frozenset(rules["pronouns"]),
        adjunct=re.compile(rf"(?:{'|'.join(rules['subject_adjuncts'])})+$"),
        not_speaker=re.compile(rf"(?:{alternation(rules['not_speakers'])})$"),
        not_subject=re.compile(alternation(rules["not_subject_words"])),
        modal=re.compile(modals),
        ask_head=re.compile(
            rf"(?!要[求点素闻件务])(?:{alternation(rules['ask_heads'])}|{'|'.join(rules['assignments'])})"
        ),
        leading_modal=re.compile(r"(?:还|也|更|都|并|既|又|就)?要(?![求点素闻件务])"),
        connective=re.compile(
            rf"(?:{alternation(rules['connectives'])})[，,]"
            rf"|(?:{alternation(rules['ordering_words'])})(?=要(?![求点素闻件务]))"
        ),
        assessment=re.compile("|".join(rules["assessments"])),
        narrative=re.compile(alternation(rules["narrative"])),
        list_lead_in=re.compile(alternation(rules["list_lead_ins"])),
        not_a_task_list=re.compile(alternation(rules["not_task_list_lead_ins"])),
        fact_list_end=re.compile(rf"(?:{alternation(rules['fact_list_ends'])})[：:]\s*$"),
        announcing=re.compile("|".join(rules["announcing"])),
    )


@dataclass(frozen=True)
class Enumerator:
    family: str
    ordinal: int
    start: int
    end: int


def find(state: DocState) -> tuple[Directive, ...]:
    return tuple(_Finder(state).run())


class _Finder:
    """One document's pass: paragraphs in order, each read as bullets, cued statements or a list."""

    def __init__(self, state: DocState) -> None:
        self.state = state
        self.compact = CompactView(state.view)
        self.view = self.compact.text
        self.rules = directive_rules()
        self.language = get_language("zh")
        self.item_start = self.language.item_start
        at = self.compact.from_view
        self.mention_ends = {at(m.end): o for o in state.officials for m in o.mentions}
        self.paragraphs = [(at(p.start), at(p.end)) for p in state.paragraphs]
        self.by_paragraph: dict[int, list[tuple[int, int]]] = {}
        for s in state.sentences:
            self.by_paragraph.setdefault(s.paragraph, []).append((at(s.start), at(s.end)))
        self.items: list[Directive] = []

    def run(self) -> list[Directive]:
        index = 0
        listing_no_tasks = False  # numbered paragraphs under 附件： or a name list are no directives
        while index < len(self.paragraphs):
            bullet = self._bullet_marker(index)
            if bullet is not None:
                if not listing_no_tasks:
                    self._bullet(index, bullet)
                index += 1
            else:
                start, end = self.paragraphs[index]
                listing_no_tasks = self._lists_no_tasks(start, end)
                index = self._prose(index)
        return self.items

    def _lists_no_tasks(self, start: int, end: int) -> bool:
        """Whether the numbered paragraphs after this one list no tasks: an attachment or a name list
        (附件：, 参会人员：), or what there is or was done (演练共设置7个科目：, 部分签约项目：), asked by no modal."""
        rules = self.rules
        if rules.not_a_task_list.match(self.view, start, end) is not None:
            return True
        text = self.view[start:end].rstrip()
        return text[-1:] in "：:" and rules.fact_list_end.search(text) is not None and rules.modal.search(text) is None

    # Numbered paragraphs

    def _bullet_marker(self, index: int) -> tuple[str, int, int] | None:
        """``(family, ordinal, content start)`` of a numbered paragraph."""
        start, end = self.paragraphs[index]
        m = self.item_start.match(self.view[start:end])
        if m is None:
            return None
        family, ordinal = _marker_family(m["marker"])
        return family, ordinal, start + m.end()

    def _bullet(self, index: int, marker: tuple[str, int, int]) -> None:
        family, _, start = marker
        end = self.paragraphs[index][1]
        following = self._bullet_marker(index + 1) if index + 1 < len(self.paragraphs) else None
        if following is not None and following[0] != family and following[1] == 1:
            return  # a list heading holding an inner list: the inner items are the directives
        text = self.view[start:end]
        last = index + 1 == len(self.paragraphs)
        if not _SENTENCE_PUNCTUATION.search(text) and not last and (following is None or following[0] != family):
            return  # a heading over prose paragraphs
        if self.rules.narrative.match(text.removeprefix("会议")):
            return
        self._emit("bullet", None, self._split(start, end, separators=False))

    # Prose paragraphs: cued statements and lead-in lists

    def _prose(self, index: int) -> int:
        """Read paragraph ``index``; return the index of the next unread paragraph."""
        sentences = self.by_paragraph.get(index, [])
        position = 0
        next_index = index + 1
        while position < len(sentences):
            start, end = sentences[position]
            cue = self._cue(start, end)
            if cue is None:
                lead_in = self._list_lead_in(start, end)
                if lead_in is not None:
                    self._emit("bullet", None, self._split(lead_in, end, separators=False, enumerated=True))
                    if position == len(sentences) - 1 and lead_in == end:
                        next_index = self._run_on_paragraphs(index + 1, "bullet", None)
                position += 1
                continue
            cue_text, body_start, asks = cue
            if not asks:  # an assessment; sentences that go on with 要… still ask under its cue
                body_start = sentences[position + 1][0] if position + 1 < len(sentences) else end
            region_end = end
            position += 1
            while position < len(sentences) and self._continues(*sentences[position]):
                region_end = sentences[position][1]
                position += 1
            items = self._split(body_start, region_end, separators=True)
            lead_in = position == len(sentences) and (self._ends_with_colon(region_end) or self._announces(items[-1:]))
            if lead_in and items and self._list_opens(index + 1):
                items = items[:-1]  # 要重点抓好以下工作： introduces the list, it is no task
            elif len(items) > 1 and self._announces(items[:1]):
                items = items[1:]  # 要抓好三方面工作。首先，要……: so does the first of the items after it
            self._emit("statement", cue_text, items)
            if lead_in:
                next_index = self._run_on_paragraphs(index + 1, "statement", cue_text)
        return next_index

    def _list_opens(self, index: int) -> bool:
        """Whether paragraph ``index`` opens a list: a numbered paragraph or one led by 一是/一要."""
        if index >= len(self.paragraphs):
            return False
        enumerator = self._enumerator_at(*self.paragraphs[index])
        return self._bullet_marker(index) is not None or (
            enumerator is not None and enumerator.family in _RUN_ON_FAMILIES
        )

    def _cue(self, start: int, end: int) -> tuple[str, int, bool] | None:
        """``(cue as written, body start, whether the body asks)`` for a sentence opened by a speaker and a cue."""
        for pattern in (self.rules.cue, self.rules.led_cue):
            m = pattern.match(self.view, start, end)
            if m is None or not self._is_speaker(m.start("subject"), m.end("subject")):
                continue
            body_start = m.end()
            asks = self._asks(m["cue"], body_start, self._first_item_end(body_start, end))
            cue_start, cue_end = self._to_text(m.start("cue"), m.end("cue"))
            return self.language.clean(self.state.text[cue_start:cue_end]), body_start, asks
        return None

    def _is_speaker(self, start: int, end: int) -> bool:
        """The subject is the meeting, a pronoun, or an official (not a quoted document or authority)."""
        rules = self.rules
        subject = self.view[start:end]
        if m := rules.adjunct.search(subject):
            subject = subject[: m.start()] or subject
        end = start + len(subject)
        if rules.not_speaker.search(subject):
            return False
        if subject in rules.pronouns:
            return True
        if meeting := rules.meeting.search(subject):  # 会议听取汇报后; not …将落实全会[部署]
            return meeting.start() == 0 or not rules.not_subject.search(subject)
        if (official := self.mention_ends.get(end)) is not None:
            return official.roles != ["mentioned"]
        if not _SPEAKER_CHARACTERS.fullmatch(subject):
            return False
        return len(subject) <= 4 or (len(subject) <= 24 and not rules.not_subject.search(subject))

    def _asks(self, cue: str, start: int, end: int) -> bool:
        first = self.view[start:end]
        if not first.strip():
            return True  # a lead-in ending in a colon: the paragraphs after it hold the tasks
        if self.rules.modal.search(first):
            return True
        if self.rules.assessment.search(first):
            return False
        return cue in self.rules.asking_cues or bool(self.rules.ask_head.match(first.lstrip()))

    def _continues(self, start: int, end: int) -> bool:
        """A sentence with no cue of its own that carries on the previous cued list."""
        if self._cue(start, end) is not None:
            return False
        enumerator = self._enumerator_at(start, end)
        if enumerator is not None:
            return enumerator.family in _RUN_ON_FAMILIES
        text = self.view[self._after_connective(start, end) : end]
        if self.rules.leading_modal.match(text) or self.rules.ask_head.match(text):
            return not self.rules.assessment.search(text)
        first_clause = _SENTENCE_PUNCTUATION.split(text, maxsplit=1)[0]
        return not self.rules.narrative.search(first_clause) and self.rules.modal.search(first_clause[:20]) is not None

    def _list_lead_in(self, start: int, end: int) -> int | None:
        """Where the list starts after a lead-in such as ``会议对下一阶段工作作出部署：``."""
        colon = _COLON.search(self.view, start, end)
        if colon is None:
            return self._announced_list(start, end)
        lead = self.view[start : colon.start()]
        if not self.rules.list_lead_in.search(lead) or self.rules.narrative.search(lead):
            return None
        if self.rules.assessment.search(lead):
            return None
        rest_start = colon.end()
        if rest_start < end and self._enumerator_at(rest_start, end) is None:
            return None
        return rest_start

    def _announced_list(self, start: int, end: int) -> int | None:
        """The end of a sentence that announces the list of the paragraphs after it with no colon
        (``她对下一步工作提出两点要求。`` before ``第一，……`` paragraphs): those paragraphs are the bullets."""
        if not self.rules.announcing.search(self.view, start, end):  # most sentences
            return None
        lead = self.view[start:end]
        if not self.rules.list_lead_in.search(lead) or self.rules.narrative.search(lead):
            return None
        return end

    def _run_on_paragraphs(self, index: int, kind: str, cue: str | None) -> int:
        """Paragraphs opening with ``一是``/``二要``… (after a cued colon also ``要……``) after a lead-in."""
        while index < len(self.paragraphs):
            start, end = self.paragraphs[index]
            enumerator = self._enumerator_at(start, end)
            if enumerator is None or enumerator.family not in _RUN_ON_FAMILIES:
                opening = self._after_connective(start, end)
                if kind != "statement" or not self.rules.leading_modal.match(self.view, opening, end):
                    break
            self._emit(kind, cue, self._split(start, end, separators=kind == "statement"))
            index += 1
        return index

    # Splitting a region into items

    def _split(self, start: int, end: int, *, separators: bool, enumerated: bool = False) -> list[tuple[int, int]]:
        """Innermost items of ``view[start:end]``: enumerated chunks, else ``；``-separated tasks."""
        sequence = self._enumeration(start, end)
        if sequence:
            bounds = [e.start for e in sequence[1:]] + [end]
            items = self._task_before_list(start, sequence[0].start) if separators else []
            for enumerator, chunk_end in zip(sequence, bounds, strict=True):
                items += self._split(enumerator.end, chunk_end, separators=separators)
            return items
        if enumerated:
            return []
        if not separators:
            return [(start, end)]
        pieces = self._pieces(start, end)
        if len(pieces) > 1:
            first_start, first_end = pieces[0]
            colon = _COLON.search(self.view, first_start, first_end)
            if colon is not None and not self._inside_brackets(first_start, colon.start()):
                pieces[0] = (colon.end(), first_end)
        return pieces

    def _task_before_list(self, start: int, list_start: int) -> list[tuple[int, int]]:
        """The tasks stated before an enumerated list in the same region (强调，要A。一是要B。二是要C。): items
        of their own where a sentence ends before the list, unless the text announces the list (要把握三个重点。,
        a colon) rather than asking. A frame running into the list (做好今年工作，一是…) is no task."""
        text = self.view[start:list_start].strip()
        if not text.endswith(_TASK_ENDS) or self.rules.announcing.search(text):
            return []
        if not (self.rules.leading_modal.match(text) or self.rules.ask_head.match(text)):
            return []
        return [(a, b) for a, b in self._pieces(start, list_start) if self.view[a:b].strip()]

    def _enumeration(self, start: int, end: int) -> list[Enumerator]:
        """The enumerators of the outermost list in the region: one family, ordinals counting up."""
        found = list(self._enumerators(start, end))
        for i, first in enumerate(found):
            if first.ordinal != 1 and first.start != start:
                continue
            sequence = [first]
            for later in found[i + 1 :]:
                if later.family == first.family and later.ordinal == sequence[-1].ordinal + 1:
                    sequence.append(later)
            if len(sequence) > 1 or first.start == start:
                return sequence
        return []

    def _enumerators(self, start: int, end: int):
        view = self.view
        for m in _ENUMERATOR.finditer(view, start, end):
            if m.start() > start and view[m.start() - 1] not in _BEFORE_ENUMERATOR:
                continue
            if self._inside_brackets(start, m.start()):
                continue
            family = m.lastgroup
            yield Enumerator(family, _ordinal(m[family]), m.start(), m.end())

    def _enumerator_at(self, start: int, end: int) -> Enumerator | None:
        m = _ENUMERATOR.match(self.view, start, end)
        if m is None:
            return None
        return Enumerator(m.lastgroup, _ordinal(m[m.lastgroup]), m.start(), m.end())

    def _pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """``view[start:end]`` cut at top-level ``；``/``;`` and sentence ends."""
        pieces = []
        piece_start = start
        for m in _SEPARATOR.finditer(self.view, start, end):
            if self._inside_brackets(piece_start, m.start()):
                continue
            pieces.append((piece_start, m.start()))
            piece_start = m.end()
        pieces.append((piece_start, end))
        return pieces

    def _inside_brackets(self, start: int, position: int) -> bool:
        if _OPENER.search(self.view, start, position) is None:  # most stretches: no bracket or quotation at all
            return False
        depth = 0
        for ch in self.view[start:position]:
            if ch in _OPENERS:
                depth += 1
            elif ch in _CLOSERS and depth:
                depth -= 1
        return depth > 0

    def _first_item_end(self, start: int, end: int) -> int:
        for m in _SEPARATOR.finditer(self.view, start, end):
            if not self._inside_brackets(start, m.start()):
                return m.start()
        return end

    def _after_connective(self, start: int, end: int) -> int:
        """Past a leading ``同时，``/``此外，``."""
        m = self.rules.connective.match(self.view, start, end)
        return m.end() if m else start

    def _announces(self, items: list[tuple[int, int]]) -> bool:
        """Whether the one item given announces a list after it (以下三个方面)."""
        return bool(items) and self.rules.announcing.search(self.view, *items[0]) is not None

    def _ends_with_colon(self, end: int) -> bool:
        return self.view[:end].rstrip().endswith(("：", ":"))

    # Output

    def _emit(self, kind: str, cue: str | None, spans: list[tuple[int, int]]) -> None:
        for start, end in spans:
            self._add(kind, cue, start, end)

    def _add(self, kind: str, cue: str | None, start: int, end: int) -> None:
        view = self.view
        while start < end and view[start] in _LEADING:
            start += 1
        if kind == "statement":
            start = self._after_connective(start, end)
            if m := self.rules.leading_modal.match(view, start, end):
                start = m.end()
        while end > start and view[end - 1] in _TRAILING:
            end -= 1
        if _TWO_IDEOGRAPHS.search(view, start, end) is None:
            return
        start, end = self._to_text(start, end)
        text = self.language.clean(self.state.text[start:end])
        self.items.append(Directive(kind=kind, cue=cue, text=text, start=start, end=end))

    def _to_text(self, start: int, end: int) -> tuple[int, int]:
        """Compact offsets → offsets into the view, which are offsets into the text."""
        return self.compact.to_view(start), self.compact.end_to_view(end)


def _marker_family(marker: str) -> tuple[str, int]:
    """The list family of a paragraph marker and its ordinal (``（二）`` → paren_cn, 2)."""
    m = _ENUMERATOR.fullmatch(marker.strip())
    if m is not None:
        return m.lastgroup, _ordinal(m[m.lastgroup])
    if m := re.fullmatch(rf"({_CN})、", marker.strip()):
        return "dun", _ordinal(m[1])
    if m := re.fullmatch(r"(\d{1,2})[)）]", marker.strip()):
        return "num", int(m[1])
    return "symbol", 0


def _ordinal(written: str) -> int:
    if "①" <= written <= "⑳":
        return ord(written) - ord("①") + 1
    if written.isascii():
        return int(written)
    return chinese_number(written)
