"""Flat tables from an archive of records, written as CSV, Parquet or one DuckDB file.

Five tables join on ``doc_id`` (the record's content id) and, for titles, on
``(doc_id, official_index)``:

- ``documents``: one row per bulletin (header fields, event date);
- ``officials``: one row per person per document, roles joined by ``;``;
- ``titles``: one row per title of an official (text, position, body);
- ``bodies``: one row per body, with the body it belongs to, as named inside its name (``parent``);
- ``directives``: one row per item, ``directive_index`` its place in the document.

Offsets (``start``/``end``) are character offsets into the decoded input; they
are empty for gold files, which carry none.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pyarrow as pa

from bulletin_extract.archive import body_name, document_id

FORMATS = ("csv", "parquet", "duckdb")
UTF8_BOM = b"\xef\xbb\xbf"

_OFFSETS = (("start", pa.int64()), ("end", pa.int64()))
SCHEMAS: dict[str, pa.Schema] = {
    "documents": pa.schema(
        [
            ("doc_id", pa.string()),
            ("file", pa.string()),
            ("lang", pa.string()),
            ("title", pa.string()),
            ("district", pa.string()),
            ("date", pa.date32()),
            ("source", pa.string()),
            ("event_date", pa.date32()),
        ]
    ),
    "officials": pa.schema(
        [
            ("doc_id", pa.string()),
            ("official_index", pa.int32()),
            ("name", pa.string()),
            ("roles", pa.string()),
            *_OFFSETS,
        ]
    ),
    "titles": pa.schema(
        [
            ("doc_id", pa.string()),
            ("official_index", pa.int32()),
            ("title_index", pa.int32()),
            ("text", pa.string()),
            ("position", pa.string()),
            ("body", pa.string()),
            *_OFFSETS,
        ]
    ),
    "bodies": pa.schema(
        [
            ("doc_id", pa.string()),
            ("body_index", pa.int32()),
            ("name", pa.string()),
            ("parent", pa.string()),
            ("rule", pa.string()),
            *_OFFSETS,
        ]
    ),
    "directives": pa.schema(
        [
            ("doc_id", pa.string()),
            ("directive_index", pa.int32()),
            ("kind", pa.string()),
            ("cue", pa.string()),
            ("text", pa.string()),
            *_OFFSETS,
        ]
    ),
}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _offsets(item: dict) -> dict:
    return {"start": item.get("start"), "end": item.get("end")}


def _first_mention(official: dict) -> dict:
    mentions = official.get("mentions") or []
    return _offsets(mentions[0]) if mentions else {"start": None, "end": None}


def build_tables(records: list[dict]) -> dict[str, pa.Table]:
    """The five tables, in the order of the records and of the items inside them."""
    rows: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for record in records:
        doc_id = document_id(record)
        header = record.get("header") or {}
        rows["documents"].append(
            {
                "doc_id": doc_id,
                "file": record["file"],
                "lang": record.get("lang"),
                "title": header.get("title"),
                "district": header.get("district"),
                "date": _day(header.get("date")),
                "source": header.get("source"),
                "event_date": _day(record.get("event_date")),
            }
        )
        for index, official in enumerate(record.get("officials") or []):
            rows["officials"].append(
                {
                    "doc_id": doc_id,
                    "official_index": index,
                    "name": official["name"],
                    "roles": ";".join(official.get("roles") or []),
                    **_first_mention(official),
                }
            )
            for title_index, title in enumerate(official.get("titles") or []):
                rows["titles"].append(
                    {
                        "doc_id": doc_id,
                        "official_index": index,
                        "title_index": title_index,
                        "text": title["text"],
                        "position": title.get("position"),
                        "body": title.get("body"),
                        **_offsets(title),
                    }
                )
        for index, body in enumerate(record.get("bodies") or []):
            item = body if isinstance(body, dict) else {}
            rows["bodies"].append(
                {
                    "doc_id": doc_id,
                    "body_index": index,
                    "name": body_name(body),
                    "parent": item.get("parent"),
                    "rule": item.get("rule"),
                    **_offsets(item),
                }
            )
        for index, directive in enumerate(record.get("directives") or []):
            rows["directives"].append(
                {
                    "doc_id": doc_id,
                    "directive_index": index,
                    "kind": directive["kind"],
                    "cue": directive.get("cue"),
                    "text": directive["text"],
                    **_offsets(directive),
                }
            )
    return {name: pa.Table.from_pylist(rows[name], schema=schema) for name, schema in SCHEMAS.items()}


def write_csv(tables: dict[str, pa.Table], folder: Path, bom: bool = False) -> list[Path]:
    """One ``<table>.csv`` per table; ``bom`` marks the files UTF-8 for spreadsheet programs."""
    from pyarrow import csv

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = folder / f"{name}.csv"
        with path.open("wb") as sink:
            if bom:
                sink.write(UTF8_BOM)
            csv.write_csv(table, sink)
        written.append(path)
    return written


def write_parquet(tables: dict[str, pa.Table], folder: Path, bom: bool = False) -> list[Path]:
    from pyarrow import parquet

    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in tables.items():
        path = folder / f"{name}.parquet"
        parquet.write_table(table, path)
        written.append(path)
    return written


def write_duckdb(tables: dict[str, pa.Table], database: Path, bom: bool = False) -> list[Path]:
    """One database file holding the five tables (replaced whole if it exists)."""
    import duckdb

    database.unlink(missing_ok=True)
    with duckdb.connect(str(database)) as connection:
        for name, table in tables.items():
            connection.register("arrow_source", table)
            connection.execute(f'CREATE TABLE "{name}" AS SELECT * FROM arrow_source')
            connection.unregister("arrow_source")
    return [database]


WRITERS: dict[str, Callable[[dict[str, pa.Table], Path, bool], list[Path]]] = {
    "csv": write_csv,
    "parquet": write_parquet,
    "duckdb": write_duckdb,
}


def export(records: list[dict], fmt: str, path: Path, bom: bool = False) -> dict[str, int]:
    """Write the tables of ``records`` to ``path``; returns the row count of each table."""
    tables = build_tables(records)
    WRITERS[fmt](tables, path, bom)
    return {name: table.num_rows for name, table in tables.items()}
