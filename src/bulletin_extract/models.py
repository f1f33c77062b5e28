"""Output models: the single source of the record schema.

Field names and shapes follow ``corpus/GOLD.md``; everything extra (spans,
parents, warnings, versions) is additive so a gold scorer can ignore it.
Every ``start``/``end`` pair is a character offset into the *decoded* text of
the input (after BOM removal), end exclusive.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from bulletin_extract import __version__

#: Bump on any change of the models; ``tests/test_schema.py`` pins its hash.
SCHEMA_VERSION = "1.1.0"

Role = Literal["chair", "speaker", "attendee", "mentioned"]
DirectiveKind = Literal["bullet", "statement"]
Lang = Literal["en", "zh"]
ISODate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(_Model):
    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} before start {self.start}")
        return self


class Header(_Model):
    title: str | None = None
    district: str | None = None
    date: ISODate | None = None
    source: str | None = None
    title_span: Span | None = None
    district_span: Span | None = None
    date_span: Span | None = None
    source_span: Span | None = None


class Title(_Model):
    text: str
    position: str
    body: str | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Mention(_Model):
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Official(_Model):
    name: str
    titles: list[Title] = []
    roles: list[Role] = []
    mentions: list[Mention] = Field(default=[], description="Every place the person is named.")


class Body(_Model):
    name: str
    start: int = Field(ge=0, description="First occurrence at this, the fullest, form.")
    end: int = Field(ge=0)
    parent: str | None = Field(
        default=None, description="The body this one belongs to, as named inside its name (区委 in 区委外事工作委员会)."
    )
    rule: str | None = Field(default=None, description="The rule that found the body.")


class Directive(_Model):
    kind: DirectiveKind
    cue: str | None = None
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Record(_Model):
    """One extracted bulletin."""

    record_type: Literal["record"] = "record"
    id: str = Field(description="Content hash of the input bytes.")
    file: str
    lang: Lang
    encoding: str
    header: Header
    event_date: ISODate | None = None
    event_date_span: Span | None = None
    officials: list[Official] = []
    bodies: list[Body] = []
    directives: list[Directive] | None = []
    warnings: list[str] = []
    tool_version: str = __version__
    schema_version: str = SCHEMA_VERSION


class ErrorInfo(_Model):
    stage: str
    message: str


class ErrorRecord(_Model):
    """An input that yielded no record, and why."""

    record_type: Literal["error"] = "error"
    file: str
    id: str | None = None
    error: ErrorInfo
    tool_version: str = __version__
    schema_version: str = SCHEMA_VERSION


class Output(BaseModel):
    """A line of output: a record or an error record."""

    model_config = ConfigDict(title="BulletinExtractOutput")
    line: Record | ErrorRecord = Field(discriminator="record_type")


def json_schema() -> dict:
    """The JSON Schema of one output line, generated from the models."""
    schema = Output.model_json_schema()
    line = schema["properties"]["line"]
    out = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"bulletin-extract/record/{SCHEMA_VERSION}",
        "title": "bulletin-extract output line",
        "version": SCHEMA_VERSION,
        "$defs": schema.get("$defs", {}),
    }
    out.update({k: v for k, v in line.items() if k != "title"})
    return out
