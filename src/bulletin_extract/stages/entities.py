"""Stage *entities*: officials (names, titles split into position and body,
roles) and bodies at their fullest form, found by the language's rules."""

from __future__ import annotations

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language


def run(state: DocState) -> DocState:
    officials, bodies = get_language(state.lang).find_entities(state)
    return state.evolve(officials=officials, bodies=bodies)
