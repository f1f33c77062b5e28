"""The archive-scale measurement of the batch command (issue 4).

Builds an archive of N files (default 20,000) from the dev corpus and the samples, 1% of them bad (empty,
white space only, PNG, gzip, undecodable, over --max-bytes, no body text), runs ``extract`` over it with
``--jobs 1`` and ``--jobs 2``, and checks each run: exactly N lines, one per input in input order, an error
record naming the right stage and reason for every bad file and for no good one, and exit code 1. Prints the
wall times and the speed-up.

    .venv/bin/python scripts/batch_scale.py [--files 20000] [--at REV] [--keep DIR]

``--at REV`` runs the package and rules of a commit (``git archive``) instead of the working tree, so that
work in progress elsewhere in the tree neither breaks nor slows the measurement of the batch machinery.
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

import orjson

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "samples", REPO.parent / "shared" / "corpus" / "dev"]
EXTRACT = str(Path(sys.executable).with_name("extract"))
MAX_BYTES = 5_000_000

#: Bad inputs: name → (bytes or a size for a sparse file, expected stage, expected start of the message).
BAD = {
    "empty": (b"", "read", "empty file"),
    "blank": (b"  \n\t\n", "read", "file holds only white space"),
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "read", "binary file"),
    "gzip": (gzip.compress(b"Date: 2024-01-01\n\nThe mayor met a delegation.\n" * 20), "read", "binary file"),
    "undecodable": (bytes(range(0x80, 0x100)) * 8 + b"\xff\xfe\xfd" * 50, "read", "undecodable text"),
    "oversized": (MAX_BYTES + 1, "read", f"{MAX_BYTES + 1} bytes, over --max-bytes"),
    "furniture": (b"Chinese\nTopics:\nfontSize: big middle small\n", "sentences", "no body text"),
}


def build_archive(folder: Path, count: int) -> tuple[list[str], dict[str, tuple[str, str]]]:
    """Write the archive; return the inputs in the order the command takes them and the expected errors."""
    good = sorted(p for root in SOURCES for p in root.rglob("*.txt"))
    contents = [p.read_bytes() for p in good]
    bad_every = 100
    expected: dict[str, tuple[str, str]] = {}
    kinds = itertools.cycle(BAD)
    for n in range(count):
        sub = folder / f"{n // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{n:06d}.txt"
        if n % bad_every == bad_every - 1:
            kind = next(kinds)
            data, stage, message = BAD[kind]
            if isinstance(data, int):
                with path.open("wb") as fh:
                    fh.truncate(data)
            else:
                path.write_bytes(data)
            expected[str(path)] = (stage, message)
        else:
            path.write_bytes(contents[n % len(contents)])
    return [str(folder / f"{n // 1000:03d}" / f"{n:06d}.txt") for n in range(count)], expected


def snapshot(rev: str, folder: Path) -> dict[str, str]:
    """Unpack ``src`` and ``rules`` of a commit; the environment that makes ``extract`` run them."""
    tar = subprocess.run(["git", "-C", str(REPO), "archive", rev, "src", "rules"], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
        archive.extractall(folder, filter="data")
    return {**os.environ, "PYTHONPATH": str(folder / "src")}


def run(folder: Path, out: Path, jobs: int, env: dict[str, str] | None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the command and its workers) and exit code of one run."""
    before, started = os.times(), time.perf_counter()
    result = subprocess.run(
        [EXTRACT, str(folder), "-o", str(out), "--jobs", str(jobs), "--force", "--quiet"], env=env, check=False
    )
    wall, after = time.perf_counter() - started, os.times()
    cpu = after.children_user + after.children_system - before.children_user - before.children_system
    return wall, cpu, result.returncode


def check(out: Path, inputs: list[str], expected: dict[str, tuple[str, str]], code: int) -> list[str]:
    """What is wrong with a run's output (nothing, when it is right)."""
    problems = []
    lines = [orjson.loads(line) for line in out.read_bytes().splitlines()]
    if [line["file"] for line in lines] != inputs:
        problems.append(f"{len(lines)} lines, not one per input in input order ({len(inputs)})")
    for line in lines:
        want = expected.get(line["file"])
        if line["record_type"] == "error":
            error = line["error"]
            if want is None:
                problems.append(f"unexpected error record {line['file']}: {error}")
            elif error["stage"] != want[0] or not error["message"].startswith(want[1]):
                problems.append(f"{line['file']}: {error}, expected {want}")
        elif want is not None:
            problems.append(f"{line['file']}: a record, expected the error {want}")
    if code != 1:
        problems.append(f"exit code {code}, expected 1")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--at", metavar="REV", help="run the package and rules of this commit")
    parser.add_argument("--keep", type=Path, help="build the archive here and keep it")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="batch-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        env = snapshot(args.at, folder / "snapshot") if args.at else None
        inputs, expected = build_archive(folder / "archive", args.files)
        print(f"{len(inputs)} files, {len(expected)} bad, in {folder / 'archive'}", flush=True)
        times, failures = {}, 0
        for jobs in (1, 2):
            out = folder / f"jobs{jobs}.jsonl"
            times[jobs], cpu, code = run(folder / "archive", out, jobs, env)
            problems = check(out, inputs, expected, code)
            failures += len(problems)
            status = "ok" if not problems else f"{len(problems)} problems"
            rate = len(inputs) / times[jobs]
            print(f"--jobs {jobs}: {times[jobs]:.1f} s ({cpu:.1f} s CPU), {rate:.0f} docs/s, exit {code}, {status}")
            for problem in problems[:10]:
                print(f"  {problem}")
            sys.stdout.flush()
        speedup = times[1] / times[2]
        print(
            f"speed-up --jobs 2 over --jobs 1: {speedup:.2f}x (cores: {len(os.sched_getaffinity(0))}, load: {os.getloadavg()[0]:.1f})"
        )
        return 1 if failures else 0
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
