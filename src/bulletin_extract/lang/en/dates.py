"""English event dates: the day the reported event happened.

The event is stated in the opening paragraph ("On the afternoon of June 8,
…", "… held a plenary meeting on March 2, 2021"), so that paragraph is read
first and a date introduced by "on" wins over other dates in it. A yearless
date takes the publication year, or the year before where that would put the
event after publication (``dates.resolve_year``). A wire dateline
("BEIJING, March 3 --") dates the report, not the event, and is skipped.
Everything is plain regular expressions; dateparser is never needed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bulletin_extract.dates import MONTH_NAMES, MONTHS, iso, resolve_year
from bulletin_extract.document import DocState
from bulletin_extract.models import Span
from bulletin_extract.rules import alternation, load_toml

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Paragraphs read for the event date; the event is reported at the top.
EVENT_PARAGRAPHS = 2
#: Characters before a date searched for its "on …" ("on the afternoon of Tuesday, ").
INTRODUCTION_WINDOW = 48


@dataclass(frozen=True)
class DateRules:
    date: re.Pattern  # month names capitalised, as English writes them: a case-sensitive scan is fast
    introduced: re.Pattern  # "on", "on the afternoon of", "on Tuesday," right before a date
    undated: re.Pattern
    relative: re.Pattern
    relative_days: dict[str, int]
    weekday: re.Pattern
    dateline: re.Pattern
    event_year: re.Pattern


@cache
def date_rules() -> DateRules:
    rules = load_toml("en", "dates")
    day_parts = alternation(rules["day_parts"])
    weekdays = alternation(list(WEEKDAYS))
    ordinal = r"(?:st|nd|rd|th)?"
    to_day = rf"(?:\s*(?:-|–|—|to)\s*\d{{1,2}}{ordinal})?"  # "April 14-15": the event starts on the first day
    month_day = (
        rf"(?:(?P<month>{MONTH_NAMES})\s+(?P<day>\d{{1,2}}){ordinal}{to_day}"
        rf"|(?P<day_first>\d{{1,2}}){ordinal}{to_day}\s+(?:of\s+)?(?P<month_after>{MONTH_NAMES}))"
    )
    date_pattern = rf"(?<![\w-])(?P<date>{month_day}(?:,?\s+(?P<year>\d{{4}}))?)(?![\w-])"
    introduced = rf"\bon\s+(?:the\s+(?:{day_parts})\s+of\s+)?(?:(?:{weekdays}),?\s+)?$"
    nouns = alternation(rules["event_year"]["nouns"])
    between = int(rules["event_year"]["max_words_between"])
    return DateRules(
        date=re.compile(date_pattern),
        introduced=re.compile(introduced, re.I),
        undated=re.compile(rf"\W*(?:{alternation(rules['undated'])})\b", re.I),
        relative=re.compile(rf"\b(?:{alternation(list(rules['relative_days']))})\b(?![’'])", re.I),
        relative_days={k.lower(): int(v) for k, v in rules["relative_days"].items()},
        weekday=re.compile(rf"\b(?:on|(?P<last>last))\s+(?P<weekday>{weekdays})\b", re.I),
        dateline=re.compile(rules["dateline"]["pattern"]),
        event_year=re.compile(
            rf"\b(?P<year>(?:19|20)\d{{2}})\s+(?:[\w’'&()-]+\s+){{0,{between}}}(?:{nouns})s?\b", re.I
        ),
    )


def find_event_date(state: DocState) -> tuple[str | None, Span | None]:
    rules = date_rules()
    view = state.view
    reference = state.header.date
    for index, paragraph in enumerate(state.paragraphs[:EVENT_PARAGRAPHS]):
        start, end = paragraph.start, paragraph.end
        if index == 0 and (dateline := rules.dateline.match(view, start, end)):
            reference = reference or _dateline_date(rules, dateline.group())
            start = dateline.end()
        if index == 0 and rules.undated.match(view, start, end):
            return None, None
        dates = [(m, _introduction(rules, view, start, m.start())) for m in rules.date.finditer(view, start, end)]
        if index > 0:  # a later paragraph counts only where a sentence opens with "On <date>"
            opens = {s.start for s in state.sentences if s.paragraph == index}
            dates = [(m, on) for m, on in dates if on is not None and on in opens]
        if dates:
            chosen = next((m for m, on in dates if on is not None), dates[0][0])
            resolved = _resolve(rules, state, chosen, reference)
            return (resolved, Span(start=chosen.start("date"), end=chosen.end("date"))) if resolved else (None, None)
        if index == 0 and reference is not None and (found := _relative_date(rules, state, start, reference)):
            return found
    return None, None


def _introduction(rules: DateRules, view: str, floor: int, at: int) -> int | None:
    """Where "on …" introducing the date at ``at`` starts, if it does."""
    m = rules.introduced.search(view, max(floor, at - INTRODUCTION_WINDOW), at)
    return m.start() if m else None


def _month_day_year(m: re.Match) -> tuple[int, int, int | None]:
    month = MONTHS[(m.group("month") or m.group("month_after")).lower().rstrip(".")]
    day = int(m.group("day") or m.group("day_first"))
    return month, day, int(m.group("year")) if m.group("year") else None


def _resolve(rules: DateRules, state: DocState, m: re.Match, reference: str | None) -> str | None:
    """ISO date of a match: its own year, else the reference's (``resolve_year``), else a year
    written in the event's name in the same sentence."""
    month, day, year = _month_day_year(m)
    if year is not None:
        return iso(year, month, day)
    if reference is not None:
        return resolve_year(month, day, reference)
    sentence = next((s for s in state.sentences if s.start <= m.start() < s.end), None)
    if sentence and (named := rules.event_year.search(state.view, sentence.start, sentence.end)):
        return iso(int(named.group("year")), month, day)
    return None


def _relative_date(rules: DateRules, state: DocState, start: int, reference: str) -> tuple[str, Span] | None:
    """A relative day in the opening sentence ("yesterday", "on Tuesday", "last Friday"), counted back from the
    reference date; "last Friday" on a Friday is a week before."""
    end = next((s.end for s in state.sentences if s.start <= start < s.end), start)
    ref = date.fromisoformat(reference)
    if m := rules.relative.search(state.view, start, end):
        day = ref + timedelta(days=rules.relative_days[" ".join(m.group().lower().split())])
        return day.isoformat(), Span(start=m.start(), end=m.end())
    if m := rules.weekday.search(state.view, start, end):
        back = (ref.weekday() - WEEKDAYS.index(m.group("weekday").lower())) % 7 or (7 if m.group("last") else 0)
        return (ref - timedelta(days=back)).isoformat(), Span(start=m.start("weekday"), end=m.end("weekday"))
    return None


def _dateline_date(rules: DateRules, dateline: str) -> str | None:
    """A dateline with its year ("WASHINGTON, May 3, 2021 --") dates the report: the reference for "yesterday"."""
    if (m := rules.date.search(dateline)) and m.group("year"):
        month, day, year = _month_day_year(m)
        return iso(year, month, day)
    return None
