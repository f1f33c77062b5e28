"""The JSON Schema: generated from the models, versioned, and true of every record."""

from __future__ import annotations

import hashlib
import json

import jsonschema
import pytest

from bulletin_extract.models import SCHEMA_VERSION, json_schema
from bulletin_extract.pipeline import extract

#: One entry per released schema version: the hash of its schema.
#: A change of the models must come with a new SCHEMA_VERSION and a new line here.
PINNED = {"1.0.0": "e95124d92af29575", "1.1.0": "4d6a4afcfd30fd32"}


def schema_hash() -> str:
    schema = {k: v for k, v in json_schema().items() if k not in ("$id", "version")}
    return hashlib.sha256(json.dumps(schema, sort_keys=True).encode()).hexdigest()[:16]


def test_models_do_not_change_without_a_version_change():
    assert SCHEMA_VERSION in PINNED, f"add {SCHEMA_VERSION!r}: {schema_hash()!r} to PINNED"
    assert schema_hash() == PINNED[SCHEMA_VERSION], (
        f"the models changed: bump SCHEMA_VERSION and pin its hash {schema_hash()!r}"
    )


def test_schema_names_its_version():
    schema = json_schema()
    assert schema["version"] == SCHEMA_VERSION
    jsonschema.Draft202012Validator.check_schema(schema)


@pytest.fixture(scope="module")
def validator():
    return jsonschema.Draft202012Validator(json_schema())


def test_every_dev_corpus_record_is_valid(dev_corpus, validator):
    files = sorted(dev_corpus.rglob("*.txt"))
    assert len(files) >= 50
    for path in files:
        line = json.loads(extract(str(path), path.read_bytes()).model_dump_json())
        assert line["record_type"] == "record", line
        validator.validate(line)


def test_error_records_are_valid(validator):
    line = json.loads(extract("empty.txt", b"").model_dump_json())
    assert line["record_type"] == "error"
    assert line["error"] == {"stage": "read", "message": "empty file"}
    validator.validate(line)
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({**line, "error": {"stage": "read"}})
