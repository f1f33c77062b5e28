"""Hostile inputs: no crash, no hang past the time limit, one valid line per input.

The catalogue is generated here (nothing big is committed). Each input goes through the real batch machinery
(two worker processes, the default limits) and its line is checked against ``extract schema``. Inputs built
against the project's own regular expressions (long runs that match a prefix and then fail) must come back
as records or ordinary error records: a time-limit error there means a regex went quadratic or worse.
"""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import jsonschema
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bulletin_extract.batch import BatchOptions, run_batch
from bulletin_extract.models import json_schema
from bulletin_extract.workers import Limits, Source, extract_one

VALIDATOR = jsonschema.Draft202012Validator(json_schema())
HEAD_EN = "Chinese\nTopics:\n[Dongcheng District] Dongcheng Meets a Delegation\nDate: 2024-05-06\nSource: Dongcheng\n\n"
HEAD_ZH = "东城区召开全体会议\n来源：北京市人民政府外事办公室　发布时间：2024-05-06\n\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa"
MB = 1_000_000
#: Words of the genre (and invented names) that generated text is made of.
VOCABULARY = {
    "names": "Wei Zhang Anna Berg Li Ming Olsen Park Hua Nguyen Smith Tanaka",
    "en": "Mayor Vice of the Beijing Municipal People's Government Committee met said Mr. Ms. H.E. 2024 May 5 "
    "Director General and , . ; : ( ) • - 1. should will strengthen attended Party Secretary",
    "zh": "区长 副区长 书记 区委 市政府 会议 要 强调 指出 出席 主持 2024年 5月 6日 上午 王 欧阳 "
    "， 。 、 ： ； “ ” （ ） 一、 （一） 1.",
}
NAMES = VOCABULARY["names"].split()
WORDS = [*VOCABULARY["en"].split(), *VOCABULARY["zh"].split(), *NAMES, "\n", "\n\n"]

#: What each input must come to: a record, or an error at this stage whose message starts so.
ERROR = {
    "zero_bytes": ("read", "empty file"),
    "whitespace_only": ("read", "file holds only white space"),
    "ideographic_spaces_only": ("sentences", "no body text"),
    "png": ("read", "binary file"),
    "gzip": ("read", "binary file"),
    "fifty_megabytes": ("read", "50000000 bytes, over --max-bytes"),
    "ten_megabyte_line": ("read", "10000001 bytes, over --max-bytes"),
}


def catalogue() -> dict[str, bytes]:
    en_body = "On May 6, Mayor Li Ming of the Beijing Municipal People's Government met a delegation.\n"
    html = "<html><head><title>Bulletin</title><script>var a = 1;</script></head><body><p>" + en_body + "</p>"
    return {
        "zero_bytes": b"",
        "whitespace_only": b" \t\r\n \n\n",
        "ideographic_spaces_only": "\u3000\u3000\n\u00a0\n".encode(),
        "png": PNG + bytes(range(256)) * 4,
        "gzip": gzip.compress((HEAD_EN + en_body).encode() * 50),
        "truncated_utf8": (HEAD_ZH + "区委书记王明出席会议并讲话。").encode()[:-1],
        "mixed_encodings": (HEAD_EN + en_body).encode() + "区委书记王明出席会议。\n".encode("gb18030") + b"\xff\xfe",
        "latin1_in_utf8": (HEAD_EN + en_body).encode() + "Café Zürich délégation\n".encode("latin-1"),
        "bare_date_header": ("Dongcheng Meets a Delegation\n2024-05-06\n\n" + en_body).encode(),
        "html": (html + "<p>" + "<div>" * 2000 + "</div>" * 2000 + "</p></body></html>\n").encode(),
        "ten_thousand_bullets": (
            HEAD_EN + "The district shall:\n" + "".join(f"• improve item {n};\n" for n in range(10_000))
        ).encode(),
        "ten_thousand_zh_items": (
            HEAD_ZH + "".join(f"{n % 99 + 1}. 区政府要加强工作{n}。\n" for n in range(10_000))
        ).encode(),
        "hundred_thousand_commas": (
            HEAD_EN + "The meeting was attended by " + ", " * 100_000 + "and others.\n"
        ).encode(),
        "zh_hundred_thousand_commas": (HEAD_ZH + "出席会议的有" + "，" * 100_000 + "等。\n").encode(),
        "five_hundred_capitalised_words": (
            HEAD_EN + "Present were " + " ".join(NAMES[n % len(NAMES)] for n in range(500)) + " and others.\n"
        ).encode(),
        "five_hundred_titles": (HEAD_EN + "Vice " * 500 + "Mayor Li Ming spoke.\n").encode(),
        "nested_bodies": (HEAD_EN + "Director of the Office " + "of the Committee " * 5_000 + "spoke.\n").encode(),
        "run_of_full_stops": (HEAD_EN + "The mayor met" + "." * 100_000 + " a delegation.\n").encode(),
        "run_of_closing_quotes": (HEAD_EN + "He said." + "”" * 50_000 + " then\n").encode(),
        "run_of_spaces": (HEAD_EN + "On May" + " " * 100_000 + "six, 2024 the mayor met.\n").encode(),
        "run_of_digits": (HEAD_EN + "1" * 100_000 + " May\n").encode(),
        "run_of_abbreviations": (HEAD_EN + "Mr. " * 20_000 + "spoke.\n").encode(),
        "run_of_years": (HEAD_EN + "2024 " * 20_000 + "conference\n").encode(),
        "run_of_labels": (HEAD_EN + "Source: " * 20_000 + "\n").encode(),
        "run_of_parentheses": (HEAD_EN + "(" * 30_000 + "x" + ")" * 30_000 + "\n").encode(),
        "run_of_letters": (HEAD_EN + "a" * 100_000 + ". The mayor spoke.\n").encode(),
        "run_of_link_words": (HEAD_EN + "Committee" + " of the" * 20_000 + " x.\n").encode(),
        "run_of_adverbs": (HEAD_EN + "The district should " + "further also then " * 10_000 + "x.\n").encode(),
        "zh_run_of_adverbs": (HEAD_ZH + "会议强调，区政府" + "进一步同时并也还" * 10_000 + "。\n").encode(),
        "zh_run_of_name_dots": (HEAD_ZH + "阿·" * 50_000 + "出席。\n").encode(),
        "one_line_page": (HEAD_EN.replace("\n", " ") + en_body.strip() * 2_000).encode(),
        "zh_run_of_full_stops": (HEAD_ZH + "会议" + "。" * 100_000 + "\n").encode(),
        "zh_run_of_characters": (HEAD_ZH + "区" * 200_000 + "\n").encode(),
        "zh_run_of_dates": (HEAD_ZH + "2024年5月" * 20_000 + "\n").encode(),
        "zh_run_of_spaced_characters": (HEAD_ZH + "区 " * 100_000 + "\n").encode(),
        "zh_run_of_titles": (HEAD_ZH + "副" * 50_000 + "区长王明出席。\n").encode(),
        "zh_run_of_surnames": (HEAD_ZH + "欧阳" * 50_000 + "出席。\n").encode(),
        "hundred_thousand_lines": (HEAD_EN + "A\n" * 100_000).encode(),
        "carriage_returns_only": (HEAD_EN + en_body).replace("\n", "\r").encode(),
        "control_characters": (HEAD_EN + en_body).encode() + b"\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 3,
        "utf16_without_bom": (HEAD_ZH + "区委书记王明出席会议。\n").encode("utf-16-le"),
    }


def check_line(line: dict) -> None:
    """Valid against the schema, and not a crash (internal error) or a hang (time limit)."""
    VALIDATOR.validate(line)
    if line["record_type"] == "error":
        message = line["error"]["message"]
        assert not message.startswith("internal error"), f"{line['file']}: {line['error']}"
        assert "time limit" not in message, f"{line['file']}: {line['error']}"


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory) -> tuple[list[Source], list[dict], float]:
    folder = tmp_path_factory.mktemp("hostile")
    sources = []
    for name, data in catalogue().items():
        (folder / name).write_bytes(data)
        sources.append(Source(str(folder / name)))
    with (folder / "fifty_megabytes").open("wb") as fh:
        fh.write((HEAD_EN + "The mayor met a delegation. ").encode().ljust(50 * MB, b"x"))
    with (folder / "ten_megabyte_line").open("wb") as fh:
        fh.write(b"The mayor met a delegation " * (10 * MB // 27) + b"x" * (10 * MB % 27) + b"\n")
    sources += [Source(str(folder / "fifty_megabytes")), Source(str(folder / "ten_megabyte_line"))]
    out = folder / "out.jsonl"
    started = time.monotonic()
    run_batch(sources, out, BatchOptions(jobs=2))
    elapsed = time.monotonic() - started
    return sources, [orjson.loads(line) for line in out.read_bytes().splitlines()], elapsed


def test_every_hostile_input_gets_exactly_one_line_in_order(hostile_run):
    sources, lines, _ = hostile_run
    assert [line["file"] for line in lines] == [source.name for source in sources]


def test_the_hostile_catalogue_runs_within_the_time_limits(hostile_run):
    sources, _, elapsed = hostile_run
    assert elapsed < Limits().hard_deadline * len(sources) / 2


@pytest.mark.parametrize("name", [*catalogue(), "fifty_megabytes", "ten_megabyte_line"])
def test_a_hostile_input_gives_a_valid_line_and_neither_crash_nor_hang(hostile_run, name):
    _, lines, _ = hostile_run
    line = next(line for line in lines if Path(line["file"]).name == name)
    check_line(line)
    if name in ERROR:
        stage, message = ERROR[name]
        assert line["record_type"] == "error", f"{name} should be refused"
        assert line["error"]["stage"] == stage
        assert line["error"]["message"].startswith(message)


def test_a_ten_megabyte_line_within_max_bytes_ends_by_the_time_limit(tmp_path):
    path = tmp_path / "ten_megabyte_line"
    path.write_bytes(b"Mayor Li Ming of the Beijing Municipal Government met " * (10 * MB // 54) + b"\n")
    limits = Limits(max_bytes=20 * MB, timeout=2.0)
    started = time.monotonic()
    summary = run_batch([Source(str(path))], tmp_path / "out.jsonl", BatchOptions(jobs=2, limits=limits))
    assert time.monotonic() - started < limits.hard_deadline + 3
    assert summary.records + summary.errors == 1
    VALIDATOR.validate(orjson.loads((tmp_path / "out.jsonl").read_bytes()))


genre_text = st.lists(st.sampled_from(WORDS), max_size=300).map(" ".join)
any_text = st.text(alphabet=st.characters(codec="utf-8", categories=["L", "N", "P", "S", "Z", "Cc"]), max_size=1_500)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(head=st.sampled_from([HEAD_EN, HEAD_ZH, ""]), body=st.one_of(genre_text, any_text))
def test_generated_text_gives_a_valid_line_and_neither_crash_nor_hang(head, body):
    outcome = extract_one(Source("generated.txt", (head + body).encode()), None, Limits(timeout=3.0))
    check_line(orjson.loads(outcome.line))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=3_000))
def test_generated_bytes_give_a_valid_line_and_neither_crash_nor_hang(data):
    outcome = extract_one(Source("generated.bin", data), None, Limits(timeout=3.0))
    check_line(orjson.loads(outcome.line))
