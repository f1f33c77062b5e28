"""Stage *event date*: the day the reported event happened, resolved against
the publication date (``On April 14`` → the header's year, or the year before)."""

from __future__ import annotations

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language


def run(state: DocState) -> DocState:
    event_date, span = get_language(state.lang).find_event_date(state)
    return state.evolve(event_date=event_date, event_date_span=span)
