"""``extract run`` as a real process: exit codes, inputs and outputs, progress, and runs killed and resumed."""

from __future__ import annotations

import json
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

from bulletin_extract import cli
from conftest import SAMPLES

EXTRACT = str(Path(sys.executable).with_name("extract"))
BULLETIN = (
    "Chinese\nTopics:\n[Xicheng District] Xicheng Receives a Delegation, Visit {n}\n"
    "Date: 2023-06-{day:02d}\nSource: Foreign Affairs Office of Xicheng District\n\n"
    "On June {day}, Deputy Director General Zhou Lan of the Foreign Affairs Office of Xicheng District "
    "received a delegation led by Mayor Carla Ruiz of Valdoria. Both sides agreed to deepen cooperation "
    "in culture and tourism (visit {n}).\n"
)


def extract(*args: str, stdin: bytes = b"", cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([EXTRACT, *args], input=stdin, capture_output=True, cwd=cwd, timeout=120)


def bulletins(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:05d}.txt").write_text(BULLETIN.format(n=n, day=n % 28 + 1), encoding="utf-8")
    return sorted(str(p) for p in folder.glob("*.txt"))


def files_in(path: Path) -> list[str]:
    return [orjson.loads(line)["file"] for line in path.read_bytes().splitlines()]


def summary_of(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1, result.stderr.decode()
    return lines[0]


# --- exit codes and the summary -------------------------------------------------------------------------------------


def test_every_input_extracted_exits_0_with_a_one_line_summary(tmp_path):
    result = extract(str(SAMPLES), "-o", str(tmp_path / "out.jsonl"), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout == b""
    line = summary_of(result)
    assert line.startswith("extract: 2 lines: 2 records, 0 errors, ")
    assert "warnings" in line and "docs/s" in line


def test_a_failed_input_exits_1_and_its_error_record_is_in_the_output(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = extract(str(SAMPLES), str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out.jsonl"))
    assert result.returncode == 1
    assert "2 records, 1 errors" in summary_of(result)
    error = orjson.loads((tmp_path / "out.jsonl").read_bytes().splitlines()[-1])
    assert error["error"] == {"stage": "read", "message": "empty file"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["a.txt", "--no-such-option"], "No such option"),
        (["missing.txt"], "no such input: missing.txt"),
        (["a.txt", "--jobs", "0"], "--jobs must be at least 1"),
        (["a.txt", "--format", "xml"], "--format must be jsonl or json"),
        (["a.txt", "--resume"], "--resume needs an output file"),
        (["a.txt", "--resume", "--force", "-o", "x.jsonl"], "exclude each other"),
        (["-", "--from-list", "-"], "standard input can be read once"),
        ([".", "--glob", "*.pdf"], "no inputs: nothing matches '*.pdf' in ."),
    ],
)
def test_usage_errors_exit_2_and_write_nothing(tmp_path, monkeypatch, args, message):
    (tmp_path / "a.txt").write_text(BULLETIN.format(n=1, day=1))
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.app, cli.with_default_command(args))
    assert result.exit_code == 2
    assert message in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_an_existing_output_is_a_usage_error_without_force_and_kept_intact(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text("precious\n")
    result = extract(str(SAMPLES), "-o", str(out))
    assert result.returncode == 2
    assert "exists; use --force" in result.stderr.decode()
    assert out.read_text() == "precious\n"
    assert extract(str(SAMPLES), "-o", str(out), "--force").returncode == 0
    assert len(files_in(out)) == 2


# --- inputs and output formats --------------------------------------------------------------------------------------


def test_records_go_to_standard_output_without_o_and_the_summary_to_stderr(tmp_path):
    paths = bulletins(tmp_path, 3)
    result = extract(*paths)
    assert result.returncode == 0
    assert [orjson.loads(line)["file"] for line in result.stdout.splitlines()] == paths
    assert summary_of(result).startswith("extract: 3 lines")


def test_dash_reads_the_document_from_standard_input():
    result = extract("-", "--quiet", stdin=BULLETIN.format(n=7, day=7).encode())
    line = orjson.loads(result.stdout)
    assert (line["file"], line["header"]["date"]) == ("<stdin>", "2023-06-07")


def test_from_list_takes_paths_from_a_file_or_from_standard_input(tmp_path):
    paths = bulletins(tmp_path / "in", 3)
    (tmp_path / "list.txt").write_text("\n".join([paths[2], "", paths[0]]) + "\n")
    result = extract("--from-list", str(tmp_path / "list.txt"), "-q")
    assert [orjson.loads(line)["file"] for line in result.stdout.splitlines()] == [paths[2], paths[0]]
    result = extract("--from-list", "-", "-q", stdin="\n".join(paths).encode())
    assert [orjson.loads(line)["file"] for line in result.stdout.splitlines()] == paths


def test_the_json_format_is_one_array_on_stdout_and_in_a_file(tmp_path):
    paths = bulletins(tmp_path / "in", 3)
    result = extract(*paths, "--format", "json", "-q")
    assert [record["file"] for record in json.loads(result.stdout)] == paths
    assert extract(*paths, "--format", "json", "-o", str(tmp_path / "out.json")).returncode == 0
    assert [record["file"] for record in json.loads((tmp_path / "out.json").read_text())] == paths


# --- progress -------------------------------------------------------------------------------------------------------


def test_quiet_writes_nothing_on_stderr(tmp_path):
    result = extract(*bulletins(tmp_path, 2), "-o", str(tmp_path / "out.jsonl"), "--quiet")
    assert (result.returncode, result.stderr) == (0, b"")


def test_a_terminal_gets_a_progress_bar_and_a_pipe_does_not(tmp_path):
    paths = bulletins(tmp_path / "in", 30)
    piped = extract(*paths, "-o", str(tmp_path / "piped.jsonl"))
    assert "30/30" not in piped.stderr.decode()
    leader, follower = pty.openpty()
    terminal = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"}
    process = subprocess.Popen([EXTRACT, *paths, "-o", str(tmp_path / "tty.jsonl")], stderr=follower, env=terminal)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes with the process
            break
        if not chunk:
            break
        shown += chunk
    assert process.wait(timeout=60) == 0
    os.close(leader)
    assert b"/30" in shown
    assert b"30 lines: 30 records" in shown


# --- runs killed and resumed ----------------------------------------------------------------------------------------


def wait_for_lines(process: subprocess.Popen, part: Path, lines: int) -> None:
    """Wait until the run's ``.part`` holds ``lines`` lines (0: until it exists); the run must still be going."""
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if part.exists() and part.read_bytes().count(b"\n") >= lines:
            break
        time.sleep(0.002)
    assert process.poll() is None, "the run ended before it could be stopped"


def worker_pids(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in children.read_text().split()] if children.exists() else []


def assert_exactly_once(out: Path, paths: list[str]) -> None:
    assert files_in(out) == paths
    assert not Path(f"{out}.part").exists()


@pytest.mark.parametrize("lines", [0, 40])
def test_a_run_killed_with_sigkill_and_resumed_holds_every_input_exactly_once(tmp_path, lines):
    paths = bulletins(tmp_path / "in", 400)
    out = tmp_path / "out.jsonl"
    args = [str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    part = Path(f"{out}.part")
    process = subprocess.Popen([EXTRACT, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_for_lines(process, part, lines)
    workers = worker_pids(process.pid)
    process.kill()
    process.wait()
    assert process.returncode == -signal.SIGKILL
    assert not out.exists()
    held = part.read_bytes().count(b"\n")
    assert held < len(paths)
    for pid in workers:  # orphaned workers notice and leave
        for _ in range(500):
            if not Path(f"/proc/{pid}").exists() or "zombie" in Path(f"/proc/{pid}/status").read_text():
                break
            time.sleep(0.01)
        else:
            pytest.fail(f"worker {pid} outlived its killed parent")
    resumed = extract(*args, "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{held} lines kept from the earlier run" in summary_of(resumed) or held == 0
    assert_exactly_once(out, paths)


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_a_run_stopped_by_a_signal_exits_128_plus_it_and_resume_completes_it(tmp_path, signum):
    paths = bulletins(tmp_path / "in", 400)
    out = tmp_path / "out.jsonl"
    args = [str(tmp_path / "in"), "-o", str(out), "--jobs", "2"]
    process = subprocess.Popen([EXTRACT, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wait_for_lines(process, Path(f"{out}.part"), 20)
    process.send_signal(signum)
    process.wait(timeout=30)
    assert process.returncode == 128 + signum
    message = process.stderr.read().decode()
    assert f"stopped by {signal.Signals(signum).name}" in message and "--resume" in message
    assert extract(*args, "--resume").returncode == 0
    assert_exactly_once(out, paths)


def test_killing_a_worker_costs_at_most_its_document(tmp_path):
    paths = bulletins(tmp_path / "in", 400)
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen([EXTRACT, str(tmp_path / "in"), "-o", str(out), "--jobs", "2", "-q"])
    wait_for_lines(process, Path(f"{out}.part"), 20)
    victims = worker_pids(process.pid)
    assert victims, "the run ended before a worker could be killed"
    os.kill(victims[0], signal.SIGKILL)
    assert process.wait(timeout=120) in (0, 1)
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    assert [line["file"] for line in lines] == paths
    errors = [line["error"] for line in lines if line["record_type"] == "error"]
    assert len(errors) <= 1
    assert all(
        e == {"stage": "worker", "message": "its worker process died (SIGKILL) while extracting it"} for e in errors
    )
    assert process.returncode == (1 if errors else 0)
