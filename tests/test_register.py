"""The officials register: built from the gold files and from hand-written records."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict

import pytest
from typer.testing import CliRunner

from bulletin_extract import cli
from bulletin_extract.archive import read_archive
from bulletin_extract.evaluate import norm
from bulletin_extract.jsonl import dumps
from bulletin_extract.models import ErrorInfo, ErrorRecord
from bulletin_extract.register import as_csv, as_json, build_register, select
from conftest import SAMPLES
from handwritten import records as handwritten

runner = CliRunner()


@pytest.fixture(scope="module")
def gold_files(dev_corpus):
    return [dev_corpus / "en.gold.jsonl", dev_corpus / "zh.gold.jsonl", SAMPLES / "samples.gold.jsonl"]


@pytest.fixture
def archive_file(tmp_path):
    """The hand-written records and one error record, as the tool writes them."""
    path = tmp_path / "out.jsonl"
    lines = [dumps(record) for _, record in handwritten()]
    lines.append(dumps(ErrorRecord(file="broken.txt", error=ErrorInfo(stage="read", message="empty file"))))
    path.write_bytes(b"".join(lines))
    return path


def test_gold_register_lists_each_person_once_with_all_positions(gold_files):
    records = read_archive(gold_files).records
    expected: dict[str, set] = defaultdict(set)
    documents: dict[str, set] = defaultdict(set)
    for record in records:
        for official in record["officials"]:
            key = norm(official["name"])
            expected[key] |= {(norm(t["position"]), norm(t["body"])) for t in official["titles"]}
            documents[key].add(record["id"])
    people = build_register(records)
    assert sorted(norm(p.name) for p in people) == sorted(expected)
    for person in people:
        key = norm(person.name)
        assert {(norm(h.position), norm(h.body)) for h in person.holdings} == expected[key], person.name
        assert {s.doc_id for s in person.sightings} == documents[key]


def test_a_person_named_in_many_bulletins_is_one_row_with_every_position_and_its_dates(gold_files):
    people = [p for p in build_register(read_archive(gold_files).records) if p.name == "Xi Jinping"]
    assert len(people) == 1
    holdings = {h.position: h for h in people[0].holdings}
    assert set(holdings) == {"General Secretary", "President"}
    assert len(holdings["General Secretary"].documents) == 6
    assert (holdings["General Secretary"].first, holdings["President"].last) == ("2021-03-02", "2024-09-18")


def test_same_body_links_bulletins_and_namesakes_with_other_bodies_stay_apart():
    people = build_register([record.model_dump(mode="json") for _, record in handwritten()])
    tang = [p for p in people if p.name == "Tang Ruoxi"]
    assert len(tang) == 1
    assert [(h.position, h.first, h.last) for h in tang[0].holdings] == [
        ("Deputy Secretary", "2022-03-11", "2022-03-11"),
        ("District Mayor", "2022-03-11", "2022-03-11"),
        ("Secretary", "2024-03-29", "2024-03-29"),
    ]
    wang = [p for p in people if p.name == "Wang Wei"]
    assert sorted(h.body for p in wang for h in p.holdings) == [
        "Fengtai District Foreign Affairs Office",
        "Foreign Affairs Office of the People's Government of Beijing Municipality",
    ]
    assert len(wang) == 2


def _official(name, titles, roles=("attendee",)):
    return {
        "name": name,
        "titles": [{"text": t, "position": p, "body": b} for t, p, b in titles],
        "roles": list(roles),
    }


def _gold(doc_id, day, *officials, district=None):
    return {
        "id": doc_id,
        "file": f"{doc_id}.txt",
        "header": {"title": None, "district": district, "date": day},
        "officials": list(officials),
    }


def test_a_mention_without_body_joins_the_namesake_sharing_its_position_unless_two_tie():
    director_a = ("Director of the Haidian District Commerce Bureau", "Director", "Haidian District Commerce Bureau")
    director_b = ("Director of the Miyun District Water Bureau", "Director", "Miyun District Water Bureau")
    mayor = ("Deputy District Mayor", "Deputy District Mayor", None)
    records = [
        _gold("a", "2021-01-05", _official("Li Ming", [director_a, mayor])),
        _gold("b", "2022-02-06", _official("Li Ming", [director_b])),
        _gold("c", "2023-03-07", _official("Li Ming", [mayor])),
        _gold("d", "2023-04-08", _official("Li Ming", [("Director", "Director", None)])),
    ]
    people = {tuple(sorted(s.doc_id for s in p.sightings)) for p in build_register(records)}
    assert people == {("a", "c"), ("b",), ("d",)}


def test_a_name_that_never_names_a_body_is_one_person():
    records = [
        _gold("a", "2021-01-05", _official("Chen Yu", [("Ambassador", "Ambassador", None)])),
        _gold("b", "2022-02-06", _official("Chen Yu", [], roles=("mentioned",))),
    ]
    [person] = build_register(records)
    assert (person.first, person.last, person.roles) == ("2021-01-05", "2022-02-06", ["attendee", "mentioned"])


def test_position_and_body_filters_read_off_the_succession():
    records = [record.model_dump(mode="json") for _, record in handwritten()]
    mayors = select(build_register(records), position="district mayor", body="xicheng", exact=True)
    assert [(p.name, [h.first for h in p.holdings]) for p in mayors] == [
        ("Tang Ruoxi", ["2022-03-11"]),
        ("Gu Heng", ["2024-03-29"]),
    ]
    secretaries = select(build_register(records), position="Secretary", body="CPC Xicheng")
    assert [(p.name, [h.position for h in p.holdings]) for p in secretaries] == [
        ("Zhou Mingyuan", ["Secretary"]),
        ("Tang Ruoxi", ["Deputy Secretary", "Secretary"]),
    ]
    assert [p.name for p in select(build_register(records), position="区长", body="东城")] == ["钟明远"]


def test_csv_and_json_shapes():
    people = build_register([record.model_dump(mode="json") for _, record in handwritten()])
    rows = list(csv.DictReader(io.StringIO(as_csv(people))))
    tang = [row for row in rows if row["name"] == "Tang Ruoxi"]
    assert {row["person"] for row in tang} == {tang[0]["person"]}
    assert [row["position"] for row in tang] == ["Deputy Secretary", "District Mayor", "Secretary"]
    assert tang[1]["districts"] == "Xicheng District" and tang[1]["body"] == ""
    [entry] = [e for e in as_json(people) if e["name"] == "郁可凡"]
    assert [(p["position"], p["body"]) for p in entry["positions"]] == [
        ("书记", "区委"),
        ("主任", "区委外事工作委员会"),
    ]
    assert entry["roles"] == ["chair", "speaker"]


def test_officials_command_formats_and_skips_error_records(archive_file):
    result = runner.invoke(cli.app, ["officials", str(archive_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    names = [entry["name"] for entry in json.loads(result.stdout)]
    assert sorted(names) == sorted(
        ["Zhou Mingyuan", "Tang Ruoxi", "Gu Heng", "Wang Wei", "Wang Wei", "郁可凡", "钟明远"]
    )

    result = runner.invoke(
        cli.app, ["officials", str(archive_file), "--position", "District Mayor", "--exact", "--body", "Xicheng"]
    )
    assert result.exit_code == 0, result.output
    assert "4 documents, 1 error records skipped" in result.stdout
    assert result.stdout.index("Tang Ruoxi") < result.stdout.index("Gu Heng")
    assert "Zhou Mingyuan" not in result.stdout

    result = runner.invoke(
        cli.app, ["officials", str(archive_file), "--format", "csv", "--position", "书记", "--exact"]
    )
    assert result.stdout.splitlines()[1:] == ["1,郁可凡,书记,区委,2023-07-17,2023-07-17,dongcheng-2023.txt,东城区"]


def test_officials_command_usage_errors(archive_file, tmp_path):
    assert runner.invoke(cli.app, ["officials", str(archive_file), "--format", "xml"]).exit_code == 2
    assert runner.invoke(cli.app, ["officials", str(tmp_path / "none.jsonl")]).exit_code == 2
    garbage = tmp_path / "garbage.jsonl"
    garbage.write_text("not json\n", encoding="utf-8")
    result = runner.invoke(cli.app, ["officials", str(garbage)])
    assert result.exit_code == 2 and "garbage.jsonl:1" in result.output
