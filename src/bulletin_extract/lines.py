"""Lines of the matching view with their offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE = re.compile(r"[^\n]*")


@dataclass(frozen=True)
class Line:
    start: int  # first non-space character
    end: int  # after the last non-space character
    text: str  # stripped content

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(view: str) -> list[Line]:
    lines = []
    for m in _LINE.finditer(view):
        if m.start() > 0 and m.start() == m.end() and view[m.start() - 1 : m.start()] != "\n":
            continue  # finditer's empty match right after a non-empty line
        raw = m.group()
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        lines.append(Line(m.start() + lead, m.start() + lead + len(stripped), stripped))
    return lines
