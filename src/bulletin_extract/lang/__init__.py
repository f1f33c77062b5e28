"""Language backends behind one interface; each is built once per process."""

from __future__ import annotations

from functools import cache
from importlib import import_module

from bulletin_extract.lang.base import Language

BACKENDS = {"en": "bulletin_extract.lang.en:English", "zh": "bulletin_extract.lang.zh:Chinese"}


@cache
def get_language(code: str) -> Language:
    module, _, name = BACKENDS[code].partition(":")
    return getattr(import_module(module), name)()
