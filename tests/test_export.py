"""Flat tables from the pipeline's output over the dev corpus (plus hand-written records)."""

from __future__ import annotations

import duckdb
import pandas as pd
import pytest
from pyarrow import parquet
from typer.testing import CliRunner

from bulletin_extract import cli
from bulletin_extract.export import SCHEMAS, UTF8_BOM, build_tables
from bulletin_extract.jsonl import dumps
from bulletin_extract.models import ErrorRecord
from bulletin_extract.pipeline import extract
from conftest import SAMPLES
from handwritten import records as handwritten

runner = CliRunner()


@pytest.fixture(scope="module")
def output(dev_corpus, tmp_path_factory):
    """``(path, records, errors)``: real pipeline output over the dev corpus and the samples, then hand-written records."""
    files = sorted((dev_corpus / "en").glob("*.txt")) + sorted((dev_corpus / "zh").glob("*.txt"))
    files += sorted(SAMPLES.glob("*.txt"))
    results = [extract(str(path), path.read_bytes()) for path in files]
    results += [record for _, record in handwritten()]
    path = tmp_path_factory.mktemp("export") / "out.jsonl"
    path.write_bytes(b"".join(dumps(r) for r in results))
    records = [r for r in results if not isinstance(r, ErrorRecord)]
    return path, records, len(results) - len(records)


def _export(path, fmt, target, *extra):
    result = runner.invoke(cli.app, ["export", str(path), "--to", fmt, str(target), *extra])
    assert result.exit_code == 0, result.output
    return result


def test_duckdb_joins_officials_titles_and_directives_to_their_documents(output, tmp_path):
    path, records, errors = output
    database = tmp_path / "bulletins.duckdb"
    result = _export(path, "duckdb", database)
    assert f"{len(records)} documents, {errors} error records skipped" in result.output
    with duckdb.connect(str(database), read_only=True) as con:
        count = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        assert count("SELECT count(*) FROM documents") == len(records)
        assert count("SELECT count(DISTINCT doc_id) FROM documents") == len(records)
        officials = sum(len(r.officials) for r in records)
        assert count("SELECT count(*) FROM officials JOIN documents USING (doc_id)") == officials
        titles = sum(len(o.titles) for r in records for o in r.officials)
        assert count("SELECT count(*) FROM titles JOIN officials USING (doc_id, official_index)") == titles
        directives = sum(len(r.directives or []) for r in records)
        assert count("SELECT count(*) FROM directives JOIN documents USING (doc_id)") == directives
        rows = con.execute(
            """SELECT d.file, year(d.event_date), o.name, o.roles, t.position, t.body
               FROM titles t JOIN officials o USING (doc_id, official_index) JOIN documents d USING (doc_id)
               WHERE d.file LIKE 'handwritten/%' ORDER BY d.file, o.official_index, t.title_index"""
        ).fetchall()
        assert rows[:2] == [
            ("handwritten/dongcheng-2023.txt", 2023, "郁可凡", "chair;speaker", "书记", "区委"),
            ("handwritten/dongcheng-2023.txt", 2023, "郁可凡", "chair;speaker", "主任", "区委外事工作委员会"),
        ]
        assert ("handwritten/xicheng-2022.txt", 2022, "Tang Ruoxi", "attendee", "District Mayor", None) in rows
        headers = con.execute("SELECT file, title, date FROM documents ORDER BY file").fetchall()
        assert headers == sorted((r.file, r.header.title, _date(r.header.date)) for r in records)
        items = con.execute(
            """SELECT directive_index, kind, cue, text, start FROM directives
               WHERE doc_id = (SELECT doc_id FROM documents WHERE file = 'handwritten/xicheng-2022.txt')
               ORDER BY directive_index"""
        ).fetchall()
        xicheng = next(r for r in records if r.file == "handwritten/xicheng-2022.txt")
        assert items == [(i, d.kind, d.cue, d.text, d.start) for i, d in enumerate(xicheng.directives)]


def _date(value):
    import datetime

    return datetime.date.fromisoformat(value) if value else None


def test_csv_with_bom_reads_back_in_pandas_exactly(output, tmp_path):
    path, records, _ = output
    _export(path, "csv", tmp_path / "tables", "--bom")
    for name, schema in SCHEMAS.items():
        raw = (tmp_path / "tables" / f"{name}.csv").read_bytes()
        assert raw.startswith(UTF8_BOM), name
        frame = pd.read_csv(tmp_path / "tables" / f"{name}.csv", encoding="utf-8-sig", dtype=str, keep_default_na=False)
        assert list(frame.columns) == schema.names
    directives = pd.read_csv(tmp_path / "tables" / "directives.csv", encoding="utf-8-sig", keep_default_na=False)
    expected = [d.text for r in records for d in r.directives or []]
    assert directives["text"].tolist() == expected
    assert 'deepening exchanges with sister cities, "one district, one partner"' in expected
    documents = pd.read_csv(tmp_path / "tables" / "documents.csv", encoding="utf-8-sig")
    assert documents["title"].fillna("").tolist() == [r.header.title or "" for r in records]


def test_csv_without_bom_is_plain_utf8(output, tmp_path):
    path, _, _ = output
    _export(path, "csv", tmp_path / "tables")
    raw = (tmp_path / "tables" / "officials.csv").read_bytes()
    assert raw.startswith(b'"doc_id","official_index","name"')
    assert "郁可凡".encode() in raw


def test_parquet_keeps_the_column_types(output, tmp_path):
    path, records, _ = output
    _export(path, "parquet", tmp_path / "tables")
    for name, schema in SCHEMAS.items():
        table = parquet.read_table(tmp_path / "tables" / f"{name}.parquet")
        assert table.schema.equals(schema), name
    documents = parquet.read_table(tmp_path / "tables" / "documents.parquet").to_pylist()
    assert [d["event_date"] and d["event_date"].isoformat() for d in documents] == [r.event_date for r in records]


def test_gold_files_export_too(dev_corpus):
    from bulletin_extract.archive import read_archive

    records = read_archive([dev_corpus / "en.gold.jsonl"]).records
    tables = build_tables(records)
    assert tables["bodies"].num_rows == sum(len(r["bodies"]) for r in records)
    assert tables["bodies"].column("start").null_count == tables["bodies"].num_rows
    assert tables["documents"].column("doc_id").to_pylist()[:2] == ["en-dev-001", "en-dev-002"]


def test_export_refuses_to_overwrite_and_bad_formats(output, tmp_path):
    path, _, _ = output
    database = tmp_path / "b.duckdb"
    _export(path, "duckdb", database)
    assert runner.invoke(cli.app, ["export", str(path), "--to", "duckdb", str(database)]).exit_code == 2
    _export(path, "duckdb", database, "--force")
    assert runner.invoke(cli.app, ["export", str(path), "--to", "xlsx", str(tmp_path / "x")]).exit_code == 2
    assert runner.invoke(cli.app, ["export", str(path), "--to", "csv", str(database)]).exit_code == 2
    assert runner.invoke(cli.app, ["export", str(path), "--to", "duckdb", str(tmp_path)]).exit_code == 2


def _analyst_section() -> str:
    readme = (SAMPLES.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## For analysts\n", 1)[1]
    return section.split("\n## ", 1)[0]


def test_readme_for_analysts_commands_and_snippets_run(dev_corpus, tmp_path, monkeypatch, capsys):
    """The README's analyst section, run over the gold files standing in for a perfect extractor's output."""
    import json
    import re
    import shlex
    import shutil

    gold_lines = []
    for path in (dev_corpus / "en.gold.jsonl", dev_corpus / "zh.gold.jsonl", SAMPLES / "samples.gold.jsonl"):
        gold_lines += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    (tmp_path / "out.jsonl").write_text(
        "".join(json.dumps({"record_type": "record", **g}, ensure_ascii=False) + "\n" for g in gold_lines),
        encoding="utf-8",
    )
    shutil.copy(sorted(SAMPLES.glob("*.txt"))[0], tmp_path / "bulletin.txt")
    monkeypatch.chdir(tmp_path)
    section = _analyst_section()
    blocks = re.findall(r"```(sh|python)\n(.*?)```", section, flags=re.S)
    commands = [shlex.split(line, comments=True) for kind, code in blocks if kind == "sh" for line in code.splitlines()]
    assert [c[:2] for c in commands] == [["extract", "export"], ["extract", "officials"], ["extract", "show"]]
    outputs = [runner.invoke(cli.app, command[1:], terminal_width=200) for command in commands]
    assert [o.exit_code for o in outputs] == [0, 0, 0], [o.output for o in outputs]
    assert outputs[1].stdout.index("Li Xin") < outputs[1].stdout.index("Lei Zhenbang")
    assert "extract export out.jsonl --to duckdb bulletins.duckdb" in section

    snippets = [code for kind, code in blocks if kind == "python"]
    assert len(snippets) == 3
    printed = []
    for code in snippets:
        exec(compile(code, "README.md", "exec"), {})
        printed.append(capsys.readouterr().out)
    haidian_2023 = [
        d
        for g in gold_lines
        if "Haidian" in (g["header"]["title"] or "")
        and (g["event_date"] or g["header"]["date"] or "").startswith("2023")
        for d in g["directives"] or []
    ]
    assert len(haidian_2023) >= 5
    assert len(printed[0].splitlines()) == len(haidian_2023) + 1
    assert printed[1] == "[(2023, 'Li Xin', 1), (2024, 'Lei Zhenbang', 1)]\n"
    assert "('Haidian District', 2023, 1)" in printed[2]


def test_a_document_given_twice_is_exported_once(output, tmp_path):
    path, records, _ = output
    result = _export(path, "parquet", tmp_path / "tables", "--force")
    twice = runner.invoke(cli.app, ["export", str(path), str(path), "--to", "parquet", str(tmp_path / "twice")])
    assert twice.exit_code == 0, twice.output
    assert f"{len(records)} repeated documents skipped" in twice.output
    once = parquet.read_table(tmp_path / "tables" / "documents.parquet")
    assert parquet.read_table(tmp_path / "twice" / "documents.parquet").equals(once)
    assert result.output.rsplit(":", 1)[1] == twice.output.rsplit(":", 1)[1]
