"""The view without the white space that hard wrapping left between Chinese characters.

A paragraph wrapped as ``会议要\\n求，`` reads ``会议要 求，`` in the view; Chinese
rules match ``会议要求，`` here instead, and every offset found maps back to the
view (and so to the text). A page with no such gap costs one regex scan.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_CHINESE = r"[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef“”‘’]"
#: White space between two Chinese characters. Written to open with ``\s`` rather than a look-behind,
#: so that re jumps from one white space to the next instead of trying every character.
_GAP = re.compile(rf"\s(?<={_CHINESE}\s)\s*(?={_CHINESE})")


def gaps_between_chinese(view: str) -> list[tuple[int, int]]:
    return [m.span() for m in _GAP.finditer(view)]


class CompactView:
    def __init__(self, view: str, gaps: list[tuple[int, int]] | None = None) -> None:
        """``view`` without ``gaps`` (by default every white space between Chinese characters)."""
        gaps = gaps_between_chinese(view) if gaps is None else gaps
        #: Start of each kept segment, in compact and in view offsets.
        self._compact_starts = [0]
        self._view_starts = [0]
        pieces = []
        kept_from = 0
        for gap_start, gap_end in gaps:
            pieces.append(view[kept_from:gap_start])
            self._compact_starts.append(self._compact_starts[-1] + gap_start - kept_from)
            self._view_starts.append(gap_end)
            kept_from = gap_end
        pieces.append(view[kept_from:])
        self.text = "".join(pieces)
        self._identity = not gaps

    def to_view(self, offset: int) -> int:
        """A compact start offset → its view offset."""
        if self._identity:
            return offset
        k = bisect_right(self._compact_starts, offset) - 1
        return self._view_starts[k] + offset - self._compact_starts[k]

    def end_to_view(self, offset: int) -> int:
        """A compact end offset (exclusive) → its view offset, before any gap it touches."""
        return self.to_view(offset - 1) + 1 if offset > 0 else 0

    def from_view(self, offset: int) -> int:
        """A view offset → the compact offset (an offset inside a gap moves to the gap's end)."""
        if self._identity:
            return offset
        k = bisect_right(self._view_starts, offset) - 1
        compact = self._compact_starts[k] + offset - self._view_starts[k]
        if k + 1 < len(self._compact_starts):
            compact = min(compact, self._compact_starts[k + 1])
        return compact
