"""The staged pipeline: read → language → header → sentences → entities →
event date → directives → a validated record (or an error record)."""

from __future__ import annotations

import hashlib
import re

from bulletin_extract.document import DocState, StageError
from bulletin_extract.models import ErrorInfo, ErrorRecord, Record
from bulletin_extract.rules import RulesError, pattern_error
from bulletin_extract.stages import directives, entities, event_date, header, language, read, sentences

STAGES = (
    ("read", read.run),
    ("language", language.run),
    ("header", header.run),
    ("sentences", sentences.run),
    ("entities", entities.run),
    ("event_date", event_date.run),
    ("directives", directives.run),
)


def content_id(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def to_record(state: DocState, doc_id: str) -> Record:
    return Record(
        id=doc_id,
        file=state.file,
        lang=state.lang,
        encoding=state.encoding,
        header=state.header,
        event_date=state.event_date,
        event_date_span=state.event_date_span,
        officials=list(state.officials),
        bodies=list(state.bodies),
        directives=list(state.directives),
        warnings=list(state.warnings),
    )


def extract(file: str, raw: bytes, lang: str | None = None) -> Record | ErrorRecord:
    """Run every stage over one input; never raises for a bad document."""
    doc_id = content_id(raw)
    state = DocState(file=file, raw=raw, lang_hint=lang)
    stage_name = "read"
    try:
        for name, stage in STAGES:
            stage_name = name
            state = stage(state)
        stage_name = "output"
        return to_record(state, doc_id)
    except StageError as exc:
        return ErrorRecord(file=file, id=doc_id, error=ErrorInfo(stage=exc.stage, message=exc.message))
    except (RulesError, re.error) as exc:  # the rules folder is broken: say where, for the analyst who edited it
        problem = exc if isinstance(exc, RulesError) else pattern_error(exc)
        return ErrorRecord(file=file, id=doc_id, error=ErrorInfo(stage=stage_name, message=f"bad rules: {problem}"))
    except Exception as exc:  # a bug met by one document must not end the batch
        message = f"internal error: {type(exc).__name__}: {exc}"
        return ErrorRecord(file=file, id=doc_id, error=ErrorInfo(stage=stage_name, message=message))
