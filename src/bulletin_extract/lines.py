"""Lines of the matching view with their offsets."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple


class Line(NamedTuple):
    """A named tuple rather than a frozen dataclass: every stage that walks lines makes one per line."""

    start: int  # first non-space character
    end: int  # after the last non-space character
    text: str  # stripped content

    @property
    def blank(self) -> bool:
        return not self.text


@lru_cache(maxsize=1)
def split_lines(view: str) -> tuple[Line, ...]:
    """Every line of the view (the view's line breaks are all ``\\n``), blank ones included.
    The header and sentences stages both walk the lines of the same view: the last one is kept."""
    lines = []
    offset = 0
    for raw in view.split("\n"):
        stripped = raw.strip()
        start = offset + len(raw) - len(raw.lstrip())
        lines.append(Line(start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return tuple(lines)
