"""The two real bulletins the project was created from: every gold field, exactly."""

from __future__ import annotations

import json

import pytest

from bulletin_extract.pipeline import extract
from conftest import SAMPLES

GOLD = [json.loads(line) for line in (SAMPLES / "samples.gold.jsonl").read_text(encoding="utf-8").splitlines()]


def projected(record) -> dict:
    """The record in gold's shape: only the fields a gold record holds."""
    data = record.model_dump()
    return {
        "lang": data["lang"],
        "header": {k: data["header"][k] for k in ("title", "district", "date", "source")},
        "event_date": data["event_date"],
        "officials": [
            {
                "name": o["name"],
                "titles": [{k: t[k] for k in ("text", "position", "body")} for t in o["titles"]],
                "roles": o["roles"],
            }
            for o in data["officials"]
        ],
        "bodies": [b["name"] for b in data["bodies"]],
        "directives": [{k: d[k] for k in ("kind", "cue", "text")} for d in data["directives"]],
    }


@pytest.fixture(scope="module", params=GOLD, ids=[g["id"] for g in GOLD])
def pair(request):
    gold = request.param
    path = SAMPLES.parent / gold["file"]
    return gold, extract(gold["file"], path.read_bytes())


@pytest.mark.parametrize("field", ["lang", "header", "event_date", "officials", "bodies", "directives"])
def test_sample_field_equals_gold(pair, field):
    gold, record = pair
    assert projected(record)[field] == gold[field]


def test_every_span_points_at_its_text(pair):
    gold, record = pair
    text = (SAMPLES.parent / gold["file"]).read_text(encoding="utf-8-sig")

    def written(start: int, end: int) -> str:
        return " ".join(text[start:end].split())

    for official in record.officials:
        assert any(written(m.start, m.end) == official.name for m in official.mentions)
        for title in official.titles:
            assert written(title.start, title.end).removeprefix("the ") == title.text
    for body in record.bodies:
        assert written(body.start, body.end) == body.name
    for directive in record.directives:
        assert written(directive.start, directive.end) == directive.text
