"""Stage *header*: page furniture dropped, headline, tag, date and source split.

The header rules of every language apply to every page: a furniture line or a
``Source:`` label means the same wherever it stands, and pages mix languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from bulletin_extract.dates import MONTH_NAMES, parse_date
from bulletin_extract.document import DocState, TextSpan
from bulletin_extract.lines import Line, split_lines
from bulletin_extract.models import Header, Span
from bulletin_extract.rules import load_toml, rules_dir

#: How many non-blank lines from the top may still belong to the header block.
HEADER_WINDOW = 12
#: Page furniture is a short line. Longer lines are text, and matching them against every
#: furniture pattern (several of them ``^.*X.*$``) was most of the stage's time.
FURNITURE_MAX_CHARS = 200
#: A line that opens a page's trailer is a short heading.
TRAILER_MAX_CHARS = 40
_SENTENCE_END = re.compile(r"[.。!?！？；;]['\"’”」）)]?$")
#: The site's name that a page's title tag appends to the headline ("… - Leshan Online", "… - 泰州市人民政府",
#: "…_某某网"): a spaced dash or bar, or an underscore, then a few words with no sentence, bracket or digit in them.
_SITE_SUFFIX = re.compile(
    r"(?:[ ]+[-–|｜][ ]+|_)(?=\S)(?:[^-–|｜_ .。,，!?！？()（）\d]+(?:[ ][^-–|｜_ .。,，!?！？()（）\d]+){0,5})$"
)
#: Words a headline wrapped over two lines may end its first line with ("… Celebrate 30 Years of Friendship as").
_OPEN_ENDING = re.compile(r"(?<![\w'’\-])(?:as|and|of|the|for|to|with|in|on|at|by|from|a|an)$")
#: Separators between the fields of one header line ("Source: … | Date: …"), never part of a value.
_SEPARATORS = "|｜丨/·•"
#: Brackets a field may stand in ("【来源：…】").
_OPENING_BRACKETS = "【["
_FIELD_TRAILER = frozenset(_SEPARATORS + _OPENING_BRACKETS + "】]" + " \t")
#: A short unlabelled byline before a separator, in front of the labelled fields ("By <name> | Source: …").
_BYLINE = re.compile(rf"[^{_SEPARATORS}:：\n]{{1,40}}?\s*[{_SEPARATORS}]\s*")
#: A line that opens with a bare date ("2023-07-18 10:20　来源：…", "Mar 5th, 2024 | Source: …",
#: "05.03.2024  Source: …"): the date is the publication date.
_BARE_DATE = re.compile(
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}\.\d{1,2}\.\d{4}"
    rf"|{MONTH_NAMES}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH_NAMES},?\s+\d{{4}})"
    r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?=\s|$)",
    re.I,
)


@dataclass(frozen=True)
class HeaderRules:
    furniture: re.Pattern  # matched against a whole line
    furniture_anywhere: re.Pattern  # the needles of the ``^.*NEEDLE.*$`` rules, searched for in a line
    label: re.Pattern  # group "label": the label; lastgroup names the field
    date_word: re.Pattern  # a date label without its colon ("Updated 2024-09-12 20:41"): a bare date follows
    tag: re.Pattern
    body_start: re.Pattern  # a line that opens the body ("7月17日，…"), never a headline
    trailer: re.Pattern  # a line that opens the page's trailer ("Related News", 相关新闻): no body from there on
    dated_credit: re.Pattern  # a compiler's credit before the date ("Compiled by …    June 14, 2024")


@cache
def header_rules() -> HeaderRules:
    furniture: list[str] = []
    body_start: list[str] = []
    trailer: list[str] = []
    dated_credit: list[str] = []
    labels: dict[str, list[str]] = {}
    tag_pairs = []
    for lang_dir in sorted(p for p in rules_dir().iterdir() if (p / "header.toml").exists()):
        rules = load_toml(lang_dir.name, "header")
        furniture += rules.get("furniture", [])
        body_start += rules.get("body_start", [])
        trailer += rules.get("trailer", [])
        dated_credit += rules.get("dated_credit", [])
        for field, words in rules.get("labels", {}).items():
            labels.setdefault(field, []).extend(words)
        if tag := rules.get("tag"):
            tag_pairs.append((re.escape(tag["open"]), re.escape(tag["close"])))
    label_alternatives = "|".join(
        f"(?P<{field}>{'|'.join(re.escape(w) for w in sorted(words, key=len, reverse=True))})"
        for field, words in labels.items()
    )
    tag = "|".join(f"{o}(?P<t{i}>[^\\n{c}]{{1,80}}){c}" for i, (o, c) in enumerate(tag_pairs))
    # ``^.*X.*$`` matches a line exactly when X is found in it; searching for X is several times
    # cheaper than backtracking through ``.*``. Rules shared by several languages are tried once.
    anywhere = [p[3:-3] for p in dict.fromkeys(furniture) if p.startswith("^.*") and p.endswith(".*$")]
    whole_line = [p for p in dict.fromkeys(furniture) if not (p.startswith("^.*") and p.endswith(".*$"))]
    return HeaderRules(
        furniture=re.compile("|".join(f"(?:{p})" for p in whole_line) or r"(?!)", re.I),
        furniture_anywhere=re.compile("|".join(f"(?:{p})" for p in anywhere) or r"(?!)", re.I),
        # A label may follow any character but a Latin letter ("Updated:" is no "Date:"); Chinese pages
        # often run labels together ("来源：北京日报发布时间：…"). In a table copied cell by cell a TAB
        # stands for the colon ("Source<TAB>…<TAB>Release Date<TAB>…").
        label=re.compile(rf"(?<![A-Za-z])(?:{label_alternatives})(?:[ \t]*[:：]\s*|\t\s*)", re.I),
        date_word=re.compile(rf"(?:{'|'.join(re.escape(w) for w in labels.get('date', []))})\s+", re.I),
        tag=re.compile(rf"(?:{tag})\s*"),
        body_start=re.compile("|".join(f"(?:{p})" for p in body_start) or r"(?!)", re.I),
        trailer=re.compile("|".join(f"(?:{p})" for p in trailer) or r"(?!)", re.I),
        dated_credit=re.compile("|".join(f"(?:{p})" for p in dated_credit) or r"(?!)", re.I),
    )


def is_furniture(line: Line) -> bool:
    return is_furniture_text(line.text)


def is_furniture_text(text: str) -> bool:
    if not 0 < len(text) <= FURNITURE_MAX_CHARS:
        return False
    rules = header_rules()
    return rules.furniture.fullmatch(text) is not None or rules.furniture_anywhere.search(text) is not None


def _label_fields(line: Line, view: str) -> dict[str, Span] | None:
    """``{"date": span, "source": span}`` for a line that starts with a label, a bare date (maybe after a
    date label without its colon: "Updated 2024-09-12 20:41 | Source: …"), or a byline set off by a
    separator ("By <name> | Source: … | Published: …")."""
    label = header_rules().label
    start = line.start
    if view[start] in _OPENING_BRACKETS and label.match(view, start + 1, line.end):
        start += 1  # a field in brackets: "【来源：…】"
    bare_date = _BARE_DATE.match(view, start, line.end)
    if bare_date is None and (word := header_rules().date_word.match(view, start, line.end)):
        bare_date = _BARE_DATE.match(view, word.end(), line.end)
        start = word.end() if bare_date else start
    if not bare_date and not label.match(view, start, line.end):
        if (credit := header_rules().dated_credit.match(view, start, line.end)) and (
            issued := _BARE_DATE.match(view, credit.end(), line.end)
        ):
            if view[issued.end() : line.end].strip():
                return None  # more after the date: a sentence, no compiler's line
            return {"date": Span(start=issued.start(), end=issued.end())}
        byline = _BYLINE.match(view, start, line.end)
        if not byline or not label.match(view, byline.end(), line.end):
            return None  # most lines: no need to look for labels further on
        start = byline.end()
    labels = list(label.finditer(view, start, line.end))
    fields: dict[str, Span] = {}
    if bare_date:
        if set(view[bare_date.end() : labels[0].start() if labels else line.end]) - _FIELD_TRAILER:
            return None  # a date that opens a sentence of the body
        fields["date"] = Span(start=start, end=bare_date.end())
    elif not labels or labels[0].start() != start:
        return None
    for index, this in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else line.end
        value_start = this.end()
        fields.setdefault(this.lastgroup, Span(start=value_start, end=_value_end(view, value_start, end)))
    return fields


def _with_tabs(view: str, text: str) -> str:
    """The view with the text's TABs put back: in a table copied cell by cell a TAB ends a label
    ("Source<TAB>…"), where a space would not."""
    if "\t" not in text:
        return view
    return "".join("\t" if ch == "\t" else folded for folded, ch in zip(view, text, strict=True))


def _value_end(view: str, start: int, end: int) -> int:
    """Where a field's value ends: before the separators, spaces and page furniture that trail it
    ("Source: … | Print | Close", "来源：…　【打印】【关闭】"). A word after a single space goes on the
    value ("Source: … Overseas Chinese" keeps its "Chinese", a language link elsewhere); furniture set off by
    two spaces or more ends it whole ("Source: <paper>  By correspondent <name>")."""
    while True:
        while end > start and view[end - 1] in _FIELD_TRAILER:
            end -= 1
        wide = view.rfind("  ", start, end)
        if wide > start and is_furniture_text(view[wide:end].strip()):
            end = wide
            continue
        gap = view.rfind(" ", start, end)  # the view's only space character
        single = gap > start and view[gap - 1] not in _FIELD_TRAILER and view[gap + 1 : end].isascii()
        if gap == -1 or single or not is_furniture_text(view[gap + 1 : end]):
            return end
        end = gap


def _trailer(lines: tuple[Line, ...], furniture: list[bool], body_from: int) -> tuple[Line, ...]:
    """The page's trailer: the lines from one that opens a list of other pages ("Related News", 相关新闻)
    to the end. Only after some text of the body, so that a menu above the article drops nothing."""
    rule = header_rules().trailer
    seen_text = False
    for index in range(body_from, len(lines)):
        line = lines[index]
        if line.blank:
            continue
        if seen_text and len(line.text) <= TRAILER_MAX_CHARS and rule.fullmatch(line.text):
            return lines[index:]
        seen_text |= not furniture[index]
    return ()


def _split_tag(view: str, span: Span) -> tuple[Span | None, Span]:
    m = header_rules().tag.match(view, span.start, span.end)
    if not m:
        return None, span
    group = next(g for g in m.groupdict() if m.group(g))
    return Span(start=m.start(group), end=m.end(group)), Span(start=m.end(), end=span.end)


def run(state: DocState) -> DocState:
    view = state.view
    cells = _with_tabs(view, state.text)
    lines = split_lines(view)
    furniture = [is_furniture(ln) for ln in lines]
    skipped = [TextSpan(ln.start, ln.end) for ln, drop in zip(lines, furniture, strict=True) if drop]
    fields: dict[str, Span] = {}
    candidates: list[Line] = []
    title: Line | None = None
    saw_marker = False
    seen = 0
    body_from = len(lines)
    first_field: Line | None = None
    last_field = -1  # the index of the last line of fields
    after_fields: Line | None = None  # a heading right under the fields ("… Document No.: None\n<headline>")
    for index, (line, drop) in enumerate(zip(lines, furniture, strict=True)):
        if line.blank or drop:
            saw_marker |= not line.blank
            continue
        seen += 1
        body_from = index
        if seen > HEADER_WINDOW:
            break
        if (found := _label_fields(line, cells)) is not None:
            for name, span in found.items():
                fields.setdefault(name, span)
            saw_marker = True
            first_field = first_field or line
            last_field = index
            skipped.append(TextSpan(line.start, line.end))
            if candidates and title is None:
                title = candidates[-1]
            continue
        if _SENTENCE_END.search(line.text):
            break
        if fields and title is not None:
            apart = any(lines[k].blank for k in range(last_field + 1, index))
            if not apart or index + 1 == len(lines) or lines[index + 1].blank:
                after_fields = line  # a line of its own: a heading under the fields, maybe after a blank line
            break
        if header_rules().body_start.match(line.text):
            break
        candidates.append(line)
        if fields and title is None:
            title = line
    if title is None and candidates and (saw_marker or len(candidates) == 1):
        title = max(candidates, key=lambda c: len(c.text))  # a headline outruns a site banner
    if (
        after_fields is not None
        and title is not None
        and _under_the_fields(view, title, first_field, after_fields, lines)
    ):
        title = after_fields
        candidates.append(after_fields)
    if (labelled := fields.get("title")) is not None and labelled.end > labelled.start:
        title = Line(labelled.start, labelled.end, view[labelled.start : labelled.end])  # "标题：…", "Title: …"
    if "date" not in fields and "written" in fields:
        fields["date"] = fields["written"]  # the date a document was written, where the page gives no other
    first_line = _wrapped_from(view, title, candidates) if title in candidates else None
    for line in candidates:
        if line is title or line is first_line or saw_marker:
            skipped.append(TextSpan(line.start, line.end))
    skipped += [TextSpan(line.start, line.end) for line in _trailer(lines, furniture, body_from) if not line.blank]

    header_values: dict = {}
    warnings = list(state.warnings)
    if title is not None:
        start = first_line.start if first_line is not None else title.start
        site = _SITE_SUFFIX.search(view, start, title.end)
        tag_span, title_span = _split_tag(view, Span(start=start, end=site.start() if site else title.end))
        header_values.update(title=_clean(state, title_span), title_span=title_span)
        if tag_span:
            header_values.update(district=_clean(state, tag_span), district_span=tag_span)
    if span := fields.get("date"):
        header_values.update(date=parse_date(view[span.start : span.end]), date_span=span)
    if (span := fields.get("source")) and span.end > span.start:
        header_values.update(source=_clean(state, span), source_span=span)
    if not header_values:
        warnings.append("no header block")
    elif header_values.get("date") is None:
        warnings.append("no publication date in header")
    return state.evolve(
        header=Header(**header_values),
        skipped_lines=tuple(sorted(set(skipped), key=lambda s: s.start)),
        warnings=tuple(warnings),
    )


def _under_the_fields(view: str, title: Line, first_field: Line, after_fields: Line, lines: tuple[Line, ...]) -> bool:
    """Whether the headline is the line right under the fields rather than the one chosen above them: the one above is
    no headline where page furniture parts it from the fields (a site's banner, then a breadcrumb, then a table of
    fields, as an information-disclosure page has it), or, where the line under the fields follows them directly,
    where it is the shorter ("No. 12 (Total No. 87)")."""
    parted = bool(view[title.end : first_field.start].strip())
    directly = not any(line.blank for line in lines if first_field.end < line.start < after_fields.start)
    return parted or (directly and len(after_fields.text) > len(title.text))


def _wrapped_from(view: str, title: Line, candidates: list[Line]) -> Line | None:
    """The line before the headline's where the headline was wrapped over two lines: right above it, ending
    on a word that leaves the phrase open ("… Years of Friendship as" / "Japanese Delegation Visits")."""
    index = next(k for k, line in enumerate(candidates) if line is title)
    if index == 0:
        return None
    before = candidates[index - 1]
    adjacent = view.count("\n", before.end, title.start) == 1
    return before if adjacent and _OPEN_ENDING.search(before.text) else None


def _clean(state: DocState, span: Span) -> str:
    """The field as written (traditional characters stay), spaced as the view is."""
    written = state.text[span.start : span.end]
    folded = state.view[span.start : span.end]
    if written == folded:
        return " ".join(written.split())
    return " ".join("".join(" " if v == " " else t for t, v in zip(written, folded, strict=True)).split())
