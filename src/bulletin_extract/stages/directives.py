"""Stage *directives*: bullet items and cued statements, one item each."""

from __future__ import annotations

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language


def run(state: DocState) -> DocState:
    return state.evolve(directives=get_language(state.lang).find_directives(state))
