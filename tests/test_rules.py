"""Rule helpers: a factored alternation matches exactly what the plain one matches; broken rules are named."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bulletin_extract.rules import factored, pattern_error, rules_dir

TEXTS = ["presided over the meeting", "Presided Over", "chaired it", "chairs", "attended", "at", "abcd", "Abcde", "x"]


@pytest.mark.parametrize(
    "patterns",
    [
        ["presided over", "presided", "chaired", "chair", "attended", "at"],
        ["abcde", "Abcd", "abc", "x"],
        ["chaired|presided over", "chair", "attended"],  # a pattern with its own top-level |
        ["a[|(]bc", "ab", "x(?:y|z)"],
        ["a+b", "ab"],  # a quantified first letter is not factored out
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_factored_alternation_matches_what_the_plain_one_matches(patterns, flags):
    plain = re.compile("|".join(patterns), flags)
    grouped = re.compile(factored(patterns), flags)
    for text in TEXTS:
        for start in range(len(text)):
            expected = plain.match(text, start)
            got = grouped.match(text, start)
            assert (got and got.group()) == (expected and expected.group()), (patterns, text, start)


def test_patterns_opening_with_the_same_letter_are_grouped_behind_it():
    assert factored(["chaired", "chair", "attended"]) == "c(?:haired|hair)|attended"
    assert factored(["chaired|presided", "chair"]) == "chaired|presided|chair"


# --- rules an analyst broke: the run says which rule, before writing anything ---

EXTRACT = str(Path(sys.executable).with_name("extract"))
SAMPLES = sorted(str(p) for p in (Path(__file__).parents[1] / "samples").glob("*.txt"))


def broken_rules(tmp_path: Path, lang: str, name: str, old: str, new: str) -> dict[str, str]:
    """A copy of the rules folder with ``old`` replaced by ``new`` in ``<lang>/<name>``; its environment."""
    folder = tmp_path / "rules"
    shutil.copytree(rules_dir(), folder)
    path = folder / lang / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return {**os.environ, "BULLETIN_RULES": str(folder)}


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([EXTRACT, *args], capture_output=True, env=env, timeout=120, text=True)


def test_a_pattern_that_does_not_compile_stops_a_batch_naming_its_file_key_and_entry(tmp_path):
    env = broken_rules(tmp_path, "en", "bodies.toml", '"Federation(?<!Russian.Federation)"', '"Federation(?<!Russian"')
    out = tmp_path / "out.jsonl"
    result = run(*SAMPLES, "-o", str(out), env=env)
    assert result.returncode == 2
    assert "en/bodies.toml, heads.association[" in result.stderr
    assert "'Federation(?<!Russian': does not compile: missing ), unterminated subpattern" in result.stderr
    assert not out.exists() and not Path(f"{out}.part").exists()


def test_a_shared_header_rule_is_found_though_the_matcher_searches_it_without_its_anchors(tmp_path):
    env = broken_rules(tmp_path, "zh", "header.toml", "'^.*(打印|列印)(本页|此页).*$'", "'^.*(打印|列印(本页|此页).*$'")
    result = run(*SAMPLES, env=env)
    assert result.returncode == 2
    assert "zh/header.toml, furniture[" in result.stderr and "'^.*(打印|列印(本页|此页).*$'" in result.stderr


def test_a_rules_file_that_does_not_parse_is_named(tmp_path):
    env = broken_rules(tmp_path, "zh", "roles.toml", "\n", "\nthis is = = not toml\n")
    result = run(*SAMPLES, "--lang", "zh", env=env)
    assert result.returncode == 2
    assert "every zh document would fail: bad rules:" in result.stderr
    assert "zh/roles.toml does not parse: Expected '=' after a key" in result.stderr


def test_a_lone_input_gets_an_error_record_that_names_the_broken_rule(tmp_path):
    env = broken_rules(tmp_path, "en", "bodies.toml", '"Federation(?<!Russian.Federation)"', '"Federation(?<!Russian"')
    result = run(SAMPLES[0], env=env)
    assert result.returncode == 1
    record = json.loads(result.stdout)
    assert record["record_type"] == "error"
    assert record["error"]["message"].startswith("bad rules: ")
    assert "heads.association[" in record["error"]["message"]


def test_no_shipped_rule_is_blamed_for_a_pattern_it_does_not_break():
    """Strings of the shipped rules that are no pattern by themselves are literals (escaped where used)
    or replacement templates; none would be taken for the culprit of a working pattern."""
    assert (
        pattern_error(re.error("test", pattern="Federation(?<!Russian.Federation)", pos=10))
        .args[0]
        .startswith("a pattern built from the rules does not compile")
    )
