"""Stage *language*: which backend reads the document (script ratio, or ``--lang``)."""

from __future__ import annotations

import re
from dataclasses import replace

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
SAMPLE = 6000


def detect(view: str) -> str:
    sample = view[:SAMPLE]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk and cjk >= 0.3 * (cjk + latin / 4) else "en"


def run(state: DocState) -> DocState:
    code = state.lang_hint or detect(state.view)
    return replace(state, lang=code, view=get_language(code).fold(state.view))
