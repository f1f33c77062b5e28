"""Chinese backend: jieba with user dictionaries and rules from ``rules/zh``."""

from __future__ import annotations

import re

from bulletin_extract.document import DocState
from bulletin_extract.lang.base import Language, sentence_spans
from bulletin_extract.lang.zh import dates, directives, entities
from bulletin_extract.lang.zh.lexicon import lexicon
from bulletin_extract.models import Body, Directive, Official, Span
from bulletin_extract.rules import alternation, load_toml

_WHITE_SPACE = re.compile(r"\s")
_CJK_SPACE = re.compile(
    r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)
#: A sentence ends at a run of 。！？ (closing quotes included), or at a half-width full stop after Chinese.
#: The pattern opens with the class of its first characters so that re scans for them at C speed.
_BOUNDARY = re.compile(
    r"[。！？!?.](?:(?<=[。！？!?])[。！？!?]*[”’」』）)]*|(?<=[\u4e00-\u9fff”）]\.)(?=\s*[\u4e00-\u9fff“]|\s*$))"
)
_CN = "[一二三四五六七八九十]{1,3}"
#: Ideographs that may have a traditional form: CJK Extension A, the Unified block, compatibility ideographs.
_IDEOGRAPH_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))
#: Full-width digits fold to ASCII (２０２３年 matches like 2023年); letters (Ｏ may write a zero) and punctuation stay.
_FULL_WIDTH_DIGITS = {code: chr(code - 0xFEE0) for code in range(0xFF10, 0xFF1A)}


def fold_table() -> dict[int, str]:
    """A one-character-to-one-character map: traditional → simplified (OpenCC ``t2s``
    applied to each ideograph on its own, so no phrase rule can change a length),
    plus full-width digits → ASCII."""
    import opencc

    ideographs = [chr(code) for first, last in _IDEOGRAPH_RANGES for code in range(first, last)]
    converted = opencc.OpenCC("t2s").convert("\n".join(ideographs)).split("\n")
    if len(converted) != len(ideographs):
        raise RuntimeError("OpenCC t2s changed the number of lines of the character table")
    table = {ord(a): b for a, b in zip(ideographs, converted, strict=True) if a != b and len(b) == 1}
    return table | _FULL_WIDTH_DIGITS


class Chinese(Language):
    code = "zh"
    item_start = re.compile(
        r"^(?P<marker>[•●▪■◆◇○·*▲△▶►★☆◎□]|[-–—](?=\s)|\d{1,2}[.、．)）](?!\d)|[(（]\d{1,2}[)）]"
        r"|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)\s*"
    )

    def __init__(self) -> None:
        self._fold = fold_table()
        # Most pages are simplified with ASCII digits: one scan finds whether anything needs folding.
        self._foldable = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(self._fold)) + "]")
        credits = alternation(load_toml("zh", "header")["credits"])
        # a topic heading of minutes (一、关于……) ends its line's paragraph though it has no full stop
        headings = alternation(load_toml("zh", "directives")["topic_headings"])
        self.paragraph_end = re.compile(
            rf"[。！？!?：:；;.][”’」』）)]*$|^\s*(?:{_CN}、|[（(]{_CN}[)）]|\d{{1,2}}[.、．])\s*(?:{headings})[^，,。；;！？!?]*$"
        )
        self._credit = re.compile(rf"[（(](?:{credits})\s*[：:]?\s*[^（）()]{{1,40}}[）)]")

    def fold(self, view: str) -> str:
        return view.translate(self._fold) if self._foldable.search(view) else view

    def opens_paragraph(self, line: str) -> bool:
        """A list item, or a labelled line of minutes (出席：…), which holds no full stop."""
        return super().opens_paragraph(line) or lexicon().labelled_line.match(line) is not None

    def clean(self, text: str) -> str:
        if _WHITE_SPACE.search(text) is None:  # most names and items: nothing to fold
            return text
        return _CJK_SPACE.sub("", " ".join(text.split()))

    def split_sentences(self, view: str, start: int, end: int) -> list[tuple[int, int]]:
        """Sentences end at 。！？ (or a half-width full stop after Chinese); a credit such as
        ``（责编：王五）`` left after the last one is no sentence."""
        spans = sentence_spans(view, start, end, (m.end() for m in _BOUNDARY.finditer(view, start, end)))
        return [(s, e) for s, e in spans if not self._credit.fullmatch(view, s, e)]

    def find_entities(self, state: DocState) -> tuple[tuple[Official, ...], tuple[Body, ...]]:
        return entities.find(state)

    def find_event_date(self, state: DocState) -> tuple[str | None, Span | None]:
        return dates.find_event_date(state)

    def find_directives(self, state: DocState) -> tuple[Directive, ...]:
        return directives.find(state)
