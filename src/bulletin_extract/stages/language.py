"""Stage *language*: which backend reads the document (script ratio, or ``--lang``)."""

from __future__ import annotations

import re

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language

# Runs, not single characters: counting the lengths of a few runs is much cheaper than listing every letter.
_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00c0-\u024f]+")
SAMPLE = 6000


def detect(view: str) -> str:
    sample = view[:SAMPLE]
    cjk = sum(map(len, _CJK_RUN.findall(sample)))
    if not cjk:
        return "en"
    latin = sum(map(len, _LATIN_RUN.findall(sample)))
    return "zh" if cjk >= 0.3 * (cjk + latin / 4) else "en"


def run(state: DocState) -> DocState:
    code = state.lang_hint or detect(state.view)
    return state.evolve(lang=code, view=get_language(code).fold(state.view))
