"""Chinese event dates (to be built)."""

from bulletin_extract.document import DocState


def find_event_date(state: DocState):
    return None, None
