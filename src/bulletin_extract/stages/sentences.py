"""Stage *sentences*: paragraphs (hard-wrapped lines rejoined) and sentences.

A paragraph is a run of lines that are not blank, furniture or header; inside
a run a new paragraph starts where a line opens a list item or the line before
it ended a sentence. Rejoined line breaks become spaces in the view, so a
title wrapped over two lines matches like one written on one.
"""

from __future__ import annotations

from bulletin_extract.document import DocState, Sentence, StageError, TextSpan
from bulletin_extract.lang import get_language
from bulletin_extract.lines import split_lines


def run(state: DocState) -> DocState:
    language = get_language(state.lang)
    skipped = {(s.start, s.end) for s in state.skipped_lines}
    paragraphs: list[list[int]] = []
    previous_open = False
    for line in split_lines(state.view):
        if line.blank or (line.start, line.end) in skipped:
            previous_open = False
            continue
        starts_new = not previous_open or language.opens_paragraph(line.text)
        if starts_new:
            paragraphs.append([line.start, line.end])
        else:
            paragraphs[-1][1] = line.end
        previous_open = language.paragraph_end.search(line.text) is None
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
