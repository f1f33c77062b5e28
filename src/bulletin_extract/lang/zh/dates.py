"""Chinese event dates: the first date the opening paragraphs state, resolved
against the publication date (``7月17日`` → the header's year, or the year
before; ``昨天下午`` → the day before publication; ``近日`` → null)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

from bulletin_extract.dates import chinese_number, iso, resolve_year
from bulletin_extract.document import DocState
from bulletin_extract.models import Span
from bulletin_extract.rules import alternation, load_toml

_NUMBER = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = r"\d{4}|[〇零○Ｏ一二三四五六七八九]{4}"
#: The end of a range of days (``17-18日``, ``十七至十八日``): the event date is its first day.
_UNTIL = rf"(?:\s*[-—–~～至到]\s*(?:{_NUMBER}))?"


@dataclass(frozen=True)
class DateRules:
    expression: re.Pattern
    relative_days: dict[str, int]
    relative_years: dict[str, int]
    event_year: re.Pattern
    paragraphs: int


@cache
def date_rules() -> DateRules:
    rules = load_toml("zh", "dates")
    expression = re.compile(
        rf"(?:(?P<full>(?<!\d)(?P<year>{_YEAR})\s*年\s*(?P<month>{_NUMBER})\s*月\s*(?P<day>{_NUMBER}){_UNTIL}\s*[日号])"
        rf"|(?P<numeric>(?<!\d)(?P<n_year>\d{{4}})[-/.](?P<n_month>\d{{1,2}})[-/.](?P<n_day>\d{{1,2}})(?!\d))"
        rf"|(?P<month_day>(?<![\d年])(?P<year_word>{alternation(list(rules['relative_years']))})?"
        rf"(?P<md_month>{_NUMBER})\s*月\s*(?P<md_day>{_NUMBER}){_UNTIL}\s*[日号])"
        rf"|(?P<relative>{alternation(list(rules['relative_days']))})"
        rf"|(?P<vague>{alternation(rules['vague'])}))"
        rf"(?P<not_event>{alternation(rules['not_event_after'])})?"
    )
    return DateRules(
        expression=expression,
        relative_days=rules["relative_days"],
        relative_years=rules["relative_years"],
        event_year=re.compile(rf"(?<!\d)(\d{{4}})年(?={alternation(rules['event_year_before'])})"),
        paragraphs=rules["paragraphs"],
    )


def find_event_date(state: DocState) -> tuple[str | None, Span | None]:
    """The first event date of the opening paragraphs; a vague ``近日`` ends the search with null."""
    rules = date_rules()
    for sentence in state.sentences:
        if sentence.paragraph >= rules.paragraphs:
            break
        text = state.view[sentence.start : sentence.end]
        for m in rules.expression.finditer(text):
            if m["not_event"]:
                continue
            if m["vague"]:
                if m.start() == 0 or text.startswith((",", "，"), m.end()):
                    return None, None
                continue
            span = Span(start=sentence.start + m.start(), end=sentence.start + m.end())
            return _resolve(m, state.header.date, text), span
    return None, None


def _resolve(m: re.Match, published: str | None, sentence: str) -> str | None:
    rules = date_rules()
    if m["full"]:
        return iso(_number(m["year"]), _number(m["month"]), _number(m["day"]))
    if m["numeric"]:
        return iso(int(m["n_year"]), int(m["n_month"]), int(m["n_day"]))
    if m["relative"]:
        if published is None:
            return None
        return (date.fromisoformat(published) + timedelta(days=rules.relative_days[m["relative"]])).isoformat()
    month, day = _number(m["md_month"]), _number(m["md_day"])
    if m["year_word"]:
        if published is None:
            return None
        return iso(date.fromisoformat(published).year + rules.relative_years[m["year_word"]], month, day)
    if published is not None:
        return resolve_year(month, day, published)
    if event_year := rules.event_year.search(sentence):
        return iso(int(event_year[1]), month, day)
    return None


def _number(written: str) -> int:
    return int(written) if written.isdigit() else chinese_number(written)
