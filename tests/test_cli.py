"""The command line through typer's runner: help, schema, evaluate, default command."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from bulletin_extract import cli
from bulletin_extract.models import SCHEMA_VERSION
from conftest import SAMPLES

runner = CliRunner()


def test_help_lists_the_commands():
    result = runner.invoke(cli.app, ["--help"])
    assert result.exit_code == 0
    for command in ("run", "schema", "evaluate"):
        assert command in result.output


def test_schema_prints_the_generated_schema():
    result = runner.invoke(cli.app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.output)["version"] == SCHEMA_VERSION


def test_files_without_a_command_mean_run():
    assert cli.with_default_command(["a.txt", "-o", "out.jsonl"]) == ["run", "a.txt", "-o", "out.jsonl"]
    assert cli.with_default_command(["schema"]) == ["schema"]
    assert cli.with_default_command(["--help"]) == ["--help"]
    assert cli.with_default_command([]) == []


def test_evaluate_scores_samples_against_their_gold(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli.app, ["run", *map(str, sorted(SAMPLES.glob("*.txt"))), "-o", str(out)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli.app, ["evaluate", str(SAMPLES / "samples.gold.jsonl"), str(out)])
    assert result.exit_code == 0
    assert "header.title" in result.output and "1.000" in result.output


def test_evaluate_missing_file_is_a_usage_error(tmp_path):
    result = runner.invoke(cli.app, ["evaluate", str(tmp_path / "no.jsonl"), str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
