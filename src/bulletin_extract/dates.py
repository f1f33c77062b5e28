"""Date normalisation shared by the header and event-date stages.

Cheap regular expressions first (ISO, slashes, 2023年07月18日, 05.03.2024, "May 16, 2024",
Chinese numerals); dateparser only as a last resort, built once per process
with its languages fixed.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"

_CN_DIGITS = {
    "〇": 0,
    "零": 0,
    "○": 0,
    "Ｏ": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}

_NUMERIC = re.compile(r"(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)")
#: A dotted date with the year last is day first (05.03.2024), as written across Europe.
_DOTTED_DAY_FIRST = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")
_MONTH_FIRST = re.compile(rf"\b({MONTH_NAMES})\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_DAY_FIRST = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_NAMES}),?\s+(\d{{4}})\b", re.I)
_CN_NUMERAL_DATE = re.compile(
    r"([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})日)?"
)


def iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def chinese_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十八 → 28, 二〇二三 → 2023 (digit by digit)."""
    if "十" not in text:
        value = 0
        for ch in text:
            value = value * 10 + _CN_DIGITS[ch]
        return value
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def parse_date(value: str) -> str | None:
    """A full date (year, month, day) written in any usual way, as ISO."""
    if m := _NUMERIC.search(value):
        return iso(int(m[1]), int(m[2]), int(m[3]))
    if (m := _DOTTED_DAY_FIRST.search(value)) and (day_first := iso(int(m[3]), int(m[2]), int(m[1]))):
        return day_first
    if m := _MONTH_FIRST.search(value):
        return iso(int(m[3]), MONTHS[m[1].lower().rstrip(".")], int(m[2]))
    if m := _DAY_FIRST.search(value):
        return iso(int(m[3]), MONTHS[m[2].lower().rstrip(".")], int(m[1]))
    if (m := _CN_NUMERAL_DATE.search(value)) and m[3]:
        return iso(chinese_number(m[1]), chinese_number(m[2]), chinese_number(m[3]))
    return _dateparser_date(value)


def _dateparser_date(value: str) -> str | None:
    if not re.search(r"\d", value) or len(value) > 80:
        return None
    found = _date_parser().get_date_data(value)
    if found.date_obj is None or found.period != "day":
        return None
    return found.date_obj.date().isoformat()


@cache
def _date_parser():
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en", "zh"],
        settings={"STRICT_PARSING": True, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )


def resolve_year(month: int, day: int, published: str | None) -> str | None:
    """A yearless date: the publication year, or the year before where the
    date would otherwise fall after publication."""
    if published is None:
        return None
    pub = date.fromisoformat(published)
    candidate = iso(pub.year, month, day)
    if candidate is None:
        return None
    if candidate > published:
        return iso(pub.year - 1, month, day)
    return candidate
