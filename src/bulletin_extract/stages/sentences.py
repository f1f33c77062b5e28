"""Stage *sentences*: paragraphs (hard-wrapped lines rejoined) and sentences.

A paragraph is a run of lines that are not blank, furniture or header; inside
a run a new paragraph starts where a line opens a list item or the line before
it ended a sentence or ended well short of the run's longest line. Rejoined line breaks become spaces in the view, so a
title wrapped over two lines matches like one written on one.
"""

from __future__ import annotations

from bulletin_extract.document import DocState, Sentence, StageError, TextSpan
from bulletin_extract.lang import get_language
from bulletin_extract.lines import Line, split_lines

#: A line wrapped inside a paragraph is about as long as the longest line of its block (lines between blank
#: ones). One that ends well short of that, with no full stop, is a line of its own: a heading, or a field of minutes
#: ("1. On services for foreign nationals", "Chaired by: <title> <name>").
WRAPPED_SHARE = 0.6


def run(state: DocState) -> DocState:
    language = get_language(state.lang)
    skipped = {(s.start, s.end) for s in state.skipped_lines}
    paragraphs: list[list[int]] = []
    for block in _blocks(split_lines(state.view), skipped):
        wrapped_from = WRAPPED_SHARE * max(line.end - line.start for line in block)
        previous_open = False
        for line in block:
            if not previous_open or language.opens_paragraph(line.text):
                paragraphs.append([line.start, line.end])
            else:
                paragraphs[-1][1] = line.end
            previous_open = line.end - line.start >= wrapped_from and language.paragraph_end.search(line.text) is None
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
