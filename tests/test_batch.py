"""The batch machinery in-process: input collection, ordering, time limits, dying workers, resumable output.

Worker processes are forked from the test process, so a ``monkeypatch`` of ``workers.extract`` reaches them:
that is how a document is made slow, stuck or fatal on purpose.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest

from bulletin_extract import pipeline, workers
from bulletin_extract.batch import BatchOptions, Summary, collect_inputs, read_list, run_batch
from bulletin_extract.lang import BACKENDS
from bulletin_extract.models import Record
from bulletin_extract.output import FileOutput, UsageError, part_path
from bulletin_extract.workers import Limits, Source, extract_one, time_limit

BULLETIN = (
    "Chinese\nTopics:\n[Dongcheng District] Dongcheng Meets a Delegation from Springfield\n"
    "Date: 2024-03-{day:02d}\nSource: Foreign Affairs Office of Dongcheng District\n\n"
    "On March {day}, Director General Wang Hua of the Beijing Municipal Foreign Affairs Office "
    "met a delegation led by Mayor Anna Berg of Springfield, document {n}.\n"
)


def write_bulletins(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"b{n:04d}.txt"
        path.write_text(BULLETIN.format(day=n % 28 + 1, n=n), encoding="utf-8")
        paths.append(path)
    return paths


def lines_of(path: Path) -> list[dict]:
    return [orjson.loads(line) for line in path.read_bytes().splitlines()]


def run(sources: list[Source], out: Path | None, **options) -> Summary:
    return run_batch(sources, out, BatchOptions(**options))


def sources_of(paths: list[Path]) -> list[Source]:
    return [Source(str(p)) for p in paths]


# --- inputs -------------------------------------------------------------------------------------------------------


def test_folders_are_walked_recursively_in_sorted_order_with_the_glob(tmp_path):
    for name in ("b/z.txt", "b/a.txt", "a.txt", "c.txt", "b/notes.md", "b/deep/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    names = [s.name for s in collect_inputs([str(tmp_path)], "*.txt")]
    assert [os.path.relpath(n, tmp_path) for n in names] == ["a.txt", "b/a.txt", "b/deep/x.txt", "b/z.txt", "c.txt"]
    assert [os.path.basename(s.name) for s in collect_inputs([str(tmp_path)], "*.md")] == ["notes.md"]


def test_an_input_given_twice_is_taken_once_in_its_first_place(tmp_path):
    a, b = write_bulletins(tmp_path, 2)
    names = [s.name for s in collect_inputs([str(b), str(tmp_path), str(a)])]
    assert names == [str(b), str(a)]


def test_dash_reads_one_document_from_standard_input():
    sources = collect_inputs(["-", "-"], stdin=io.BytesIO(b"text from a pipe"))
    assert sources == [Source("<stdin>", b"text from a pipe")]


def test_a_list_file_gives_one_path_a_line_and_skips_blank_lines():
    assert list(read_list(["a.txt\n", "\n", "  \n", "dir with space/b.txt\r\n"])) == ["a.txt", "dir with space/b.txt"]


# --- one line per input, in order -----------------------------------------------------------------------------------


def test_two_workers_write_the_same_lines_as_one_process_in_input_order(tmp_path):
    sources = sources_of(write_bulletins(tmp_path / "in", 40))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert run(sources, one, jobs=1).records == 40
    summary = run(sources, two, jobs=2)
    assert (summary.records, summary.errors, summary.extracted) == (40, 0, 40)
    assert two.read_bytes() == one.read_bytes()
    assert [line["file"] for line in lines_of(two)] == [s.name for s in sources]


def test_standard_input_among_files_keeps_its_place_with_two_workers(tmp_path):
    paths = write_bulletins(tmp_path / "in", 6)
    piped = Source("<stdin>", BULLETIN.format(day=9, n=99).encode() * 40)
    sources = [*sources_of(paths[:3]), piped, *sources_of(paths[3:])]
    out = tmp_path / "out.jsonl"
    assert run(sources, out, jobs=2).records == 7
    assert [line["file"] for line in lines_of(out)] == [s.name for s in sources]


def test_the_warm_up_bulletins_cover_every_backend_and_go_through_every_stage():
    assert set(workers.WARM_UP_TEXTS) == set(BACKENDS)
    for code, text in workers.WARM_UP_TEXTS.items():
        record = pipeline.extract("warm-up", text.encode(), code)
        assert isinstance(record, Record), record


LOADED_BACKENDS = """
import sys
from bulletin_extract.workers import Limits, Source, extract_in_process
sources = [Source(name) for name in sys.argv[2:]]
lang = sys.argv[1] or None
outcomes = list(extract_in_process(sources, lang, Limits(max_bytes=1_000_000, timeout=5.0)))
assert not any(o.failed for o in outcomes), outcomes
print(*sorted({m.split(".")[2] for m in sys.modules if m.startswith("bulletin_extract.lang.")} - {"base"}))
"""


@pytest.mark.parametrize(
    ("lang", "languages_of_inputs", "loaded"),
    [
        ("", ["zh"], "zh"),  # a lone input loads its own language only: one document is quick to run
        ("", ["en"], "en"),
        ("", ["en", "en"], "en zh"),  # a batch warms every backend before its first document
        ("en", ["en", "en"], "en"),  # unless --lang says which one it needs
    ],
)
def test_only_the_backends_a_run_needs_are_loaded(tmp_path, lang, languages_of_inputs, loaded):
    texts = {"en": BULLETIN.format(day=3, n=1), "zh": workers.WARM_UP_TEXTS["zh"].replace("5月6日", "5月7日")}
    paths = []
    for n, code in enumerate(languages_of_inputs):
        paths.append(tmp_path / f"{code}{n}.txt")
        paths[-1].write_text(texts[code], encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", LOADED_BACKENDS, lang, *map(str, paths)], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == loaded.split()


def test_bad_inputs_get_error_records_naming_file_stage_and_reason(tmp_path):
    good = write_bulletins(tmp_path, 1)[0]
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "big.txt").write_bytes(b"x" * 2000)
    sources = [Source(str(good)), Source(str(tmp_path / "empty.txt")), Source(str(tmp_path / "big.txt"))]
    sources.append(Source(str(tmp_path / "gone.txt")))
    out = tmp_path / "out.jsonl"
    summary = run(sources, out, jobs=2, limits=Limits(max_bytes=1000))
    assert (summary.records, summary.errors) == (1, 3)
    errors = {Path(line["file"]).name: line["error"] for line in lines_of(out) if line["record_type"] == "error"}
    assert errors["empty.txt"] == {"stage": "read", "message": "empty file"}
    assert errors["big.txt"] == {"stage": "read", "message": "2000 bytes, over --max-bytes 1000"}
    assert errors["gone.txt"] == {"stage": "read", "message": "No such file or directory"}


# --- time limits and dying workers ----------------------------------------------------------------------------------


def slow_on(marker: str, behaviour):
    """An ``extract`` that misbehaves on files whose base name holds ``marker`` and works on the others."""
    real = pipeline.extract

    def extract(file: str, raw: bytes, lang: str | None = None):
        if marker in os.path.basename(file):
            behaviour()
        return real(file, raw, lang)

    return extract


def spin():
    while True:
        pass


def test_the_alarm_stops_a_runaway_regular_expression():
    started = time.monotonic()
    with pytest.raises(workers.DocumentTimeout), time_limit(0.3):
        re.match(r"(a+)+$", "a" * 40 + "b")
    assert time.monotonic() - started < 2


def test_a_document_over_the_time_limit_names_the_stage_it_was_in(tmp_path, monkeypatch):
    stages = tuple((name, (lambda state: spin()) if name == "entities" else stage) for name, stage in pipeline.STAGES)
    monkeypatch.setattr(pipeline, "STAGES", stages)
    path = write_bulletins(tmp_path, 1)[0]
    outcome = extract_one(Source(str(path)), None, Limits(timeout=0.3))
    line = orjson.loads(outcome.line)
    assert outcome.failed
    assert line["error"] == {"stage": "entities", "message": "over the time limit of 0.3 s (--timeout)"}
    assert line["id"] == pipeline.content_id(path.read_bytes())


def test_a_record_that_cannot_be_serialised_costs_only_itself(tmp_path, monkeypatch):
    real = workers.dumps

    def dumps(model):
        if isinstance(model, Record):
            raise ValueError("unserialisable")
        return real(model)

    monkeypatch.setattr(workers, "dumps", dumps)
    outcome = extract_one(Source(str(write_bulletins(tmp_path, 1)[0])), None, Limits())
    error = orjson.loads(outcome.line)["error"]
    assert error == {"stage": "output", "message": "internal error: ValueError: unserialisable"}


def test_in_process_a_slow_document_costs_only_itself(tmp_path, monkeypatch):
    paths = write_bulletins(tmp_path / "in", 3)
    slow = paths[1].rename(paths[1].with_name("slow.txt"))
    monkeypatch.setattr(workers, "extract", slow_on("slow", spin))
    out = tmp_path / "out.jsonl"
    summary = run(sources_of([paths[0], slow, paths[2]]), out, jobs=1, limits=Limits(timeout=0.3))
    assert (summary.records, summary.errors) == (2, 1)
    assert [line["record_type"] for line in lines_of(out)] == ["record", "error", "record"]


def test_a_worker_killed_mid_document_costs_only_that_document(tmp_path, monkeypatch):
    paths = write_bulletins(tmp_path / "in", 12)
    for n in (3, 4, 9):
        paths[n] = paths[n].rename(paths[n].with_name(f"fatal{n}.txt"))
    monkeypatch.setattr(workers, "extract", slow_on("fatal", lambda: os.kill(os.getpid(), signal.SIGKILL)))
    out = tmp_path / "out.jsonl"
    summary = run(sources_of(paths), out, jobs=2)
    lines = lines_of(out)
    assert [line["file"] for line in lines] == [str(p) for p in paths]
    assert (summary.records, summary.errors) == (9, 3)
    for n in (3, 4, 9):
        assert lines[n]["error"] == {
            "stage": "worker",
            "message": "its worker process died (SIGKILL) while extracting it",
        }


def test_a_worker_stuck_where_the_alarm_cannot_reach_is_killed_at_the_hard_deadline(tmp_path, monkeypatch):
    def stuck():
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(60)

    paths = write_bulletins(tmp_path / "in", 4)
    paths[1] = paths[1].rename(paths[1].with_name("stuck.txt"))
    monkeypatch.setattr(workers, "extract", slow_on("stuck", stuck))
    out = tmp_path / "out.jsonl"
    started = time.monotonic()
    summary = run(sources_of(paths), out, jobs=2, limits=Limits(timeout=0.2))
    assert time.monotonic() - started < 10
    assert (summary.records, summary.errors) == (3, 1)
    assert lines_of(out)[1]["error"] == {
        "stage": "worker",
        "message": "over the time limit of 0.2 s (--timeout); its worker was killed",
    }


# --- output safety and resume ---------------------------------------------------------------------------------------


def test_the_output_appears_only_when_complete_and_no_part_file_is_left(tmp_path):
    sources = sources_of(write_bulletins(tmp_path / "in", 3))
    out = tmp_path / "out.jsonl"
    run(sources, out, jobs=1)
    assert len(lines_of(out)) == 3
    assert not part_path(out).exists()


def test_an_existing_output_or_part_is_not_overwritten_without_force(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("{}\n")
    with pytest.raises(UsageError, match="exists; use --force"):
        FileOutput(out, "jsonl")
    out.unlink()
    part_path(out).write_text("")
    with pytest.raises(UsageError, match="--resume to continue it or --force"):
        FileOutput(out, "jsonl")
    FileOutput(out, "jsonl", force=True)


def test_a_stop_signal_keeps_the_lines_so_far_and_resume_completes_each_input_once(tmp_path, monkeypatch):
    sources = sources_of(write_bulletins(tmp_path / "in", 6))
    monkeypatch.setattr(workers, "extract", slow_on("b0003", lambda: os.kill(os.getpid(), signal.SIGTERM)))
    out = tmp_path / "out.jsonl"
    stopped = run(sources, out, jobs=1)
    assert stopped.stopped_by == signal.SIGTERM
    assert not out.exists()
    assert [line["file"] for line in lines_of(part_path(out))] == [s.name for s in sources[:3]]
    monkeypatch.undo()
    resumed = run(sources, out, jobs=2, resume=True)
    assert (resumed.kept, resumed.extracted, resumed.records) == (3, 3, 6)
    assert [line["file"] for line in lines_of(out)] == [s.name for s in sources]


def test_resume_drops_a_torn_last_line_and_extracts_its_input_again(tmp_path):
    sources = sources_of(write_bulletins(tmp_path / "in", 4))
    out = tmp_path / "out.jsonl"
    run(sources[:2], out, jobs=1)
    part_path(out).write_bytes(out.read_bytes() + b'{"record_type":"record","file":"' + sources[2].name.encode())
    out.unlink()
    summary = run(sources, out, jobs=1, resume=True)
    assert (summary.kept, summary.extracted) == (2, 2)
    assert [line["file"] for line in lines_of(out)] == [s.name for s in sources]


def test_resume_starts_from_a_finished_output_when_no_newer_part_exists(tmp_path):
    sources = sources_of(write_bulletins(tmp_path / "in", 3))
    out = tmp_path / "out.json"
    run(sources[:2], out, jobs=1, fmt="json")
    stale = part_path(out)
    stale.write_bytes(b"")
    os.utime(stale, ns=(0, 0))
    summary = run(sources, out, jobs=1, fmt="json", resume=True)
    assert (summary.kept, summary.extracted) == (2, 1)
    assert [line["file"] for line in json.loads(out.read_text())] == [s.name for s in sources]
    assert not stale.exists()


def test_a_line_that_is_not_a_record_in_the_middle_is_refused(tmp_path):
    out = tmp_path / "out.jsonl"
    part_path(out).write_bytes(b'{"file": "a.txt"}\nnot json\n{"file": "b.txt"}\n')
    with pytest.raises(UsageError, match="line 2 is not an output record"):
        FileOutput(out, "jsonl", resume=True).open()


def test_two_runs_cannot_write_the_same_output(tmp_path):
    out = tmp_path / "out.jsonl"
    first = FileOutput(out, "jsonl")
    first.open()
    pid = os.fork()
    if pid == 0:  # the lock is per process: only another process can see it
        try:
            FileOutput(out, "jsonl", force=True).open()
        except UsageError:
            os._exit(7)
        os._exit(0)
    _, status = os.waitpid(pid, 0)
    first.abandon()
    assert os.waitstatus_to_exitcode(status) == 7


def test_the_json_format_is_one_array_with_a_record_a_line(tmp_path):
    sources = sources_of(write_bulletins(tmp_path / "in", 3))
    out = tmp_path / "out.json"
    run(sources, out, jobs=1, fmt="json")
    text = out.read_text()
    assert [line["file"] for line in json.loads(text)] == [s.name for s in sources]
    assert len(text.splitlines()) == 5
    empty = tmp_path / "empty.json"
    run([], empty, jobs=1, fmt="json")
    assert json.loads(empty.read_text()) == []
