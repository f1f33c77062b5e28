"""Stage *sentences*: paragraphs (hard-wrapped lines rejoined) and sentences.

A paragraph is a run of lines that are not blank, furniture or header; inside
a run a new paragraph starts where a line opens a list item or a field of
minutes ("Present: …"), where the line before it ended a sentence, after a
lead-in with a colon where a line opens with a capital (an entry of a list),
and after a numbered line with room left for the next line's first word (a
heading). Rejoined line breaks become spaces in the view, so a title wrapped
over two lines matches like one written on one.
"""

from __future__ import annotations

import re

from bulletin_extract.document import DocState, Sentence, StageError, TextSpan
from bulletin_extract.lang import get_language
from bulletin_extract.lang.base import Language
from bulletin_extract.lines import Line, split_lines

#: How a wrapped line may end inside a phrase ("… Vice Mayor of" / "Jiaxing, …"): the next line goes on with it.
_OPEN_END = re.compile(r"(?:(?<![\w'’\-])(?:of|and|the|for|to|in|on|at|by|with|as|from|a|an)|,)$")
#: A line this share of its block's longest line is a full line of a wrapped paragraph, whatever follows.
FULL_SHARE = 0.75


def run(state: DocState) -> DocState:
    language = get_language(state.lang)
    skipped = {(s.start, s.end) for s in state.skipped_lines}
    paragraphs: list[list[int]] = []
    for block in _blocks(split_lines(state.view), skipped):
        width = max(line.end - line.start for line in block)
        listing = False  # after a lead-in ("Present:"), a line that opens with a capital is an entry of its own
        for index, line in enumerate(block):
            entry = listing and line.text[0].isupper() and _OPEN_END.search(block[index - 1].text) is None
            if index == 0 or entry or not _wrapped(block[index - 1], line, width, language):
                paragraphs.append([line.start, line.end])
            else:
                paragraphs[-1][1] = line.end
            listing |= line.text.endswith(":")
    if not paragraphs:
        raise StageError("sentences", "no body text")
    view = state.view
    for start, end in paragraphs:
        if "\n" in view[start:end]:
            view = view[:start] + view[start:end].replace("\n", " ") + view[end:]
    sentences: list[Sentence] = []
    for index, (start, end) in enumerate(paragraphs):
        sentences += [Sentence(s, e, index) for s, e in language.split_sentences(view, start, end)]
    return state.evolve(
        view=view,
        paragraphs=tuple(TextSpan(s, e) for s, e in paragraphs),
        sentences=tuple(sentences),
    )


def _wrapped(line: Line, following: Line, width: int, language: Language) -> bool:
    """Whether ``following`` goes on the paragraph of ``line``: ``line`` ends no sentence and ``following``
    opens no item of a list. A numbered line must also be full, the first word of ``following`` not fitting
    within the block's longest line (or it nearly as long: a name changed after the text was wrapped); one
    with room left is a heading over the prose that follows ("1. On services for foreign nationals")."""
    if language.paragraph_end.search(line.text) is not None or language.opens_paragraph(following.text):
        return False
    if not language.opens_paragraph(line.text):
        return True
    space = following.text.find(" ")
    word = len(following.text) if space < 0 else space
    return len(line.text) >= FULL_SHARE * width or len(line.text) + 1 + word > width


def _blocks(lines: tuple[Line, ...], skipped: set[tuple[int, int]]) -> list[list[Line]]:
    """Runs of lines that are not blank and not skipped (furniture, header)."""
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.blank or (line.start, line.end) in skipped:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line)
    return [block for block in blocks if block]
