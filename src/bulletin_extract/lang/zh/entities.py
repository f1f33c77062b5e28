"""Chinese officials, titles and bodies (to be built)."""

from bulletin_extract.document import DocState


def find(state: DocState):
    return (), ()
