"""The document state that flows, one way, through the pipeline's stages.

Each stage receives a ``DocState`` and returns a new one with its own fields
filled in (``DocState.evolve``); no stage edits what an earlier one made.

``text`` is the decoded input and the reference for every offset. ``view`` is
a same-length copy normalised for matching (line breaks, odd spaces, and for
Chinese traditional characters folded to simplified), so an offset found in
``view`` is valid in ``text`` without any mapping.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import NamedTuple

from bulletin_extract.models import Body, Directive, Header, Official, Span


class StageError(Exception):
    """A document that cannot go on: becomes an error record naming the stage."""

    def __init__(self, stage: str, message: str) -> None:
        super().__init__(f"{stage}: {message}")
        self.stage = stage
        self.message = message


class TextSpan(NamedTuple):
    """A stretch of the view the stages keep for themselves (lines, paragraphs); the spans of
    the output are ``models.Span``, validated."""

    start: int
    end: int


class Sentence(NamedTuple):
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True)
class DocState:
    file: str
    raw: bytes
    lang_hint: str | None = None
    text: str = ""
    view: str = ""
    encoding: str = ""
    lang: str = ""
    header: Header = field(default_factory=Header)
    #: Lines that belong to no field and no paragraph (page furniture, header lines).
    skipped_lines: tuple[TextSpan, ...] = ()
    paragraphs: tuple[TextSpan, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    officials: tuple[Official, ...] = ()
    bodies: tuple[Body, ...] = ()
    event_date: str | None = None
    event_date_span: Span | None = None
    directives: tuple[Directive, ...] = ()
    warnings: tuple[str, ...] = ()

    def evolve(self, **changes: object) -> DocState:
        """A copy with ``changes``, as ``dataclasses.replace`` makes it, but five times faster:
        the fields are copied, not passed through ``__init__`` again."""
        if not _FIELDS.issuperset(changes):
            raise TypeError(f"DocState has no field {sorted(set(changes) - _FIELDS)}")
        new = object.__new__(DocState)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        return new

    def slice(self, start: int, end: int) -> str:
        return self.view[start:end]

    def warn(self, message: str) -> tuple[str, ...]:
        return (*self.warnings, message)


_FIELDS = frozenset(f.name for f in fields(DocState))
