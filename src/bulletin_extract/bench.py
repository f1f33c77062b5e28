"""Speed benchmark (``make bench``, ``extract bench``), each figure next to its target.

Over a generated corpus (``bench_corpus``) it measures, as medians of several runs:

- one process, in-process, after a warm-up: extraction end to end (file read →
  JSON line written) per language, against the bare reference tokenizers over
  the same texts already decoded in memory (``spacy.blank("en")``,
  ``jieba.Tokenizer().lcut``), which favours the references. The two take turns
  a hundred documents at a time, and the ratio is the median of the runs' ratios.
  Rates are per CPU second of this process, i.e. per core (the targets' unit), so
  helpers and tests running beside the benchmark on a shared machine do not skew
  them; wall-clock rates are shown next to them;
- start-up: ``extract --help`` and one document, process start to exit;
- the batch command line over the whole corpus with ``--jobs 1`` and ``2``:
  documents/s and the peak memory of the process tree, and whether that peak
  grows with the number of inputs (a tenth of the corpus against all of it).
  The peak is the sum of each process's peak resident size: pages a forked
  worker shares with its parent count twice, so the figure errs high.

Timing lives here and never in the tests (``tests/test_bench.py`` runs it small).
"""

from __future__ import annotations

import cProfile
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from bulletin_extract.bench_corpus import LANGS, BenchDoc, build_corpus, write_corpus

#: Targets of issue 5 on the 2-core reference machine.
MIN_DOCS_PER_SECOND = {"en": 1000.0, "zh": 400.0}
MIN_RATIO_TO_REFERENCE = {"en": 5.0, "zh": 1.0}
MAX_HELP_SECONDS = 0.3
MAX_ONE_DOCUMENT_SECONDS = 1.5
MAX_PEAK_MB = 400.0
#: Peak memory over all inputs may exceed the peak over a tenth of them by this much and still count as flat.
MAX_PEAK_GROWTH_MB = 25.0
WARM_UP_DOCS = 100
WARM_UP_PAGE = (
    b"Testville Holds Talks\nDate: 2031-05-03\nSource: Testville Office\n\n"
    b"On May 2, Mayor of Testville Ann Example, Director of the Testville Trade Bureau, met the delegation.\n"
    b"The meeting called for closer ties.\n- Strengthen exchanges in trade;\n"
)
RSS_SAMPLE_SECONDS = 0.1
#: Documents the pipeline and its reference each read in turn (``_interleaved``): a few tenths of a second.
INTERLEAVE_DOCS = 100


@dataclass(frozen=True)
class Row:
    label: str
    value: str
    target: str = ""
    ok: bool | None = None

    def line(self) -> str:
        verdict = "" if self.ok is None else ("PASS" if self.ok else "FAIL")
        return f"  {self.label:<44} {self.value:>22}  {self.target:<22} {verdict}"


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float  # user + system seconds, of this process or of a command and all its workers

    def __add__(self, other: Timing) -> Timing:
        return Timing(self.wall + other.wall, self.cpu + other.cpu)


@dataclass(frozen=True)
class RunResult:
    seconds: float
    peak_mb: float | None
    cpu: float = 0.0


def run_bench(
    dev: Path, docs: int, repeat: int, profile: bool = False, out: Callable[[str], None] = print
) -> list[Row]:
    """Build the corpus, measure everything, print the report through ``out``; return its rows."""
    load = os.getloadavg()[0]
    _progress(f"building {docs} documents from {dev}")
    corpus = build_corpus(dev, docs)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bulletin-bench-") as tmp:
        folder = Path(tmp)
        paths = write_corpus(corpus, folder / "corpus")
        by_lang = {lang: [(p, d) for p, d in zip(paths, corpus, strict=True) if d.lang == lang] for lang in LANGS}
        rows.append(Row("corpus", f"{len(corpus)} docs, {_megabytes(corpus):.1f} MB"))
        rows += [
            Row(f"  {lang}", f"{len(by_lang[lang])} docs, {_megabytes(d for _, d in by_lang[lang]):.1f} MB")
            for lang in LANGS
        ]
        rows += _throughput(by_lang, folder, repeat)
        rows += _cold(dev, repeat)
        rows += _startup(by_lang, folder, repeat)
        rows += _batch(paths, folder, repeat)
        _report(rows, docs, repeat, load, out)
        if profile:
            for line in _profile(by_lang, folder):
                out(line)
    return rows


def _throughput(by_lang: dict[str, list[tuple[Path, BenchDoc]]], folder: Path, repeat: int) -> list[Row]:
    from bulletin_extract.lang import get_language

    references = {"en": _spacy_reference(), "zh": _jieba_reference()}
    for lang in LANGS:
        get_language(lang)
        _extract_files([p for p, _ in by_lang[lang][:WARM_UP_DOCS]], folder / "warm-up.jsonl")
    rows = []
    for lang in LANGS:
        paths = [p for p, _ in by_lang[lang]]
        texts = [_decoded(d) for _, d in by_lang[lang]]
        megabytes = _megabytes(d for _, d in by_lang[lang])
        label, make_tokenizer = references[lang]
        ours: list[Timing] = []
        theirs: list[Timing] = []
        theirs_warm: list[Timing] = []
        for run in range(repeat):
            _progress(f"{lang}: pipeline and reference, run {run + 1}/{repeat}")
            tokenize = make_tokenizer()
            mine_run, ref_run = _interleaved(paths, texts, tokenize, folder / "out.jsonl")
            ours.append(mine_run)
            theirs.append(ref_run)
            theirs_warm.append(_timed(lambda t=texts, tokenize=tokenize: [tokenize(x) for x in t]))
        mine, mine_wall = _median_cpu(ours), statistics.median(t.wall for t in ours)
        ref, ref_warm = _median_cpu(theirs), _median_cpu(theirs_warm)
        ratios = sorted(r.cpu / m.cpu for m, r in zip(ours, theirs, strict=True))
        rate, ref_rate, ratio = len(paths) / mine, len(paths) / ref, statistics.median(ratios)
        rows += [
            Row(
                f"{lang} pipeline, 1 process",
                f"{rate:,.0f} docs/s",
                f">= {MIN_DOCS_PER_SECOND[lang]:,.0f} docs/s",
                rate >= MIN_DOCS_PER_SECOND[lang],
            ),
            Row(f"{lang} pipeline throughput", f"{megabytes / mine:.2f} MB/s"),
            Row("  wall clock", f"{len(paths) / mine_wall:,.0f} docs/s"),
            Row(f"{lang} reference: {label}", f"{ref_rate:,.0f} docs/s, {megabytes / ref:.2f} MB/s"),
            Row("  same tokenizer, second pass", f"{len(paths) / ref_warm:,.0f} docs/s"),
            Row(
                f"{lang} pipeline / reference",
                f"{ratio:.2f}x",
                f">= {MIN_RATIO_TO_REFERENCE[lang]:g}x",
                ratio >= MIN_RATIO_TO_REFERENCE[lang],
            ),
            Row("  range over the runs", f"{ratios[0]:.2f}x to {ratios[-1]:.2f}x"),
        ]
    return rows


def _cold(dev: Path, repeat: int) -> list[Row]:
    """The English dev documents, each once, in a fresh process: the pipeline's caches (phrase
    grammars) and spaCy's tokenizer cache both start empty. The generated corpus repeats the
    vocabulary of a few dozen documents, which favours both caches; this pass favours neither."""
    _progress(f"en: cold pass over the dev documents, {repeat} run(s)")
    code = "import sys; from bulletin_extract.bench import cold_pass; print(*cold_pass(sys.argv[1]))"
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, "-c", code, str(dev)], capture_output=True, text=True, check=True)
        runs.append([float(x) for x in done.stdout.split()])
    docs, mine, ref = (statistics.median(run[i] for run in runs) for i in range(3))
    return [
        Row(f"en cold, {docs:.0f} dev documents once: pipeline", f"{docs / mine:,.0f} docs/s"),
        Row('  spacy.blank("en") over the same, cold', f"{docs / ref:,.0f} docs/s"),
        Row("  pipeline / reference, cold", f"{ref / mine:.2f}x"),
    ]


def cold_pass(dev: str) -> tuple[int, float, float]:
    """(documents, pipeline CPU seconds, reference CPU seconds) over the English dev documents, once each,
    after both have read one invented page (rules loaded and compiled, few words in common)."""
    import spacy

    from bulletin_extract.jsonl import dumps
    from bulletin_extract.pipeline import extract
    from bulletin_extract.stages.read import decode

    paths = sorted((Path(dev) / "en").glob("*.txt"))
    raws = [path.read_bytes() for path in paths]
    texts = [decode(raw)[0] for raw in raws]
    tokenizer = spacy.blank("en")
    for work in (lambda: extract("warm-up.txt", WARM_UP_PAGE, lang="en"), lambda: tokenizer(WARM_UP_PAGE.decode())):
        work()
    mine = _timed(lambda: [dumps(extract(str(p), raw)) for p, raw in zip(paths, raws, strict=True)]).cpu
    ref = _timed(lambda: [tokenizer(text) for text in texts]).cpu
    return len(paths), mine, ref


def _extract_files(paths: list[Path], output: Path) -> None:
    with output.open("wb") as sink:
        _extract_into(paths, sink)


def _extract_into(paths: list[Path], sink: BinaryIO) -> None:
    """What the batch command does for one process: read, extract, write a JSON line."""
    from bulletin_extract.jsonl import dumps
    from bulletin_extract.pipeline import extract

    for path in paths:
        sink.write(dumps(extract(str(path), path.read_bytes())))


def _interleaved(
    paths: list[Path], texts: list[str], tokenize: Callable[[str], object], output: Path
) -> tuple[Timing, Timing]:
    """The pipeline and the reference over the same documents, ``INTERLEAVE_DOCS`` at a time in turn. On a
    shared machine either one's speed drifts by a quarter within a minute; timed in turn, both see the same
    machine, and their ratio is steady where two long passes one after the other would each catch a
    different minute."""
    mine, theirs = Timing(0.0, 0.0), Timing(0.0, 0.0)
    with output.open("wb") as sink:
        for at in range(0, len(paths), INTERLEAVE_DOCS):
            mine += _timed(lambda at=at: _extract_into(paths[at : at + INTERLEAVE_DOCS], sink))
            theirs += _timed(lambda at=at: [tokenize(text) for text in texts[at : at + INTERLEAVE_DOCS]])
    return mine, theirs


def _spacy_reference() -> tuple[str, Callable[[], Callable[[str], object]]]:
    """A fresh ``spacy.blank("en")`` for every run: its tokenizer caches every string it has seen, and
    on a corpus made from a few dozen documents a second pass, all cache hits, is about twice as fast
    as an archive with a wider vocabulary would allow (it is shown for comparison)."""
    import spacy

    return 'spacy.blank("en"), fresh', lambda: spacy.blank("en")


def _jieba_reference() -> tuple[str, Callable[[], Callable[[str], object]]]:
    """One ``jieba.Tokenizer`` with jieba's own dictionary (bare: none of the pipeline's words); it keeps
    no cache of what it has cut, so building it once is fair."""
    import logging

    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return "jieba.lcut", lambda: tokenizer.lcut


def _startup(by_lang: dict[str, list[tuple[Path, BenchDoc]]], folder: Path, repeat: int) -> list[Row]:
    _progress(f"start-up, {repeat} run(s) each")
    command = _extract_command()
    help_seconds = statistics.median(_run([*command, "--help"]).seconds for _ in range(repeat))
    rows = [Row("extract --help", f"{help_seconds:.3f} s", f"< {MAX_HELP_SECONDS} s", help_seconds < MAX_HELP_SECONDS)]
    for lang in LANGS:
        one = by_lang[lang][0][0]
        args = [*command, str(one), "-o", str(folder / "one.jsonl"), "--force"]
        seconds = statistics.median(_run(args).seconds for _ in range(repeat))
        ok = seconds < MAX_ONE_DOCUMENT_SECONDS
        rows.append(
            Row(f"one {lang} document, start to exit", f"{seconds:.3f} s", f"< {MAX_ONE_DOCUMENT_SECONDS} s", ok)
        )
    return rows


def _batch(paths: list[Path], folder: Path, repeat: int) -> list[Row]:
    command = _extract_command()
    has_jobs = "--jobs" in subprocess.run([*command, "run", "--help"], capture_output=True, text=True).stdout
    corpus_dir = folder / "corpus"
    output = ["-o", str(folder / "batch.jsonl"), "--force"]
    rows = []
    results: dict[int, RunResult] = {}
    for jobs in (1, 2) if has_jobs else (1,):
        runs = []
        for run in range(repeat):
            _progress(f"batch command, --jobs {jobs}, run {run + 1}/{repeat}")
            runs.append(_run([*command, str(corpus_dir), *output, *(["--jobs", str(jobs)] if has_jobs else [])]))
        seconds = statistics.median(r.seconds for r in runs)
        cpu = statistics.median(r.cpu for r in runs)
        peaks = [r.peak_mb for r in runs if r.peak_mb is not None]
        results[jobs] = RunResult(seconds, max(peaks) if peaks else None)
        rows.append(
            Row(
                f"batch --jobs {jobs}" if has_jobs else "batch (no --jobs option yet)",
                f"{len(paths) / seconds:,.0f} docs/s",
            )
        )
        rows.append(Row("  per CPU second, all processes", f"{len(paths) / cpu:,.0f} docs/s"))
        if peaks:
            rows.append(Row("  peak RSS, process tree", f"{max(peaks):.0f} MB"))
    if has_jobs:
        speedup = results[1].seconds / results[2].seconds
        rows.append(Row("--jobs 2 / --jobs 1", f"{speedup:.2f}x"))
    widest = max(results)
    peak = results[widest].peak_mb
    if peak is not None:
        label = f"peak RSS with --jobs {widest}"
        rows.append(Row(label, f"{peak:.0f} MB", f"< {MAX_PEAK_MB:.0f} MB", peak < MAX_PEAK_MB))
        _progress("batch command over a tenth of the inputs (memory growth)")
        tenth = [str(p) for p in paths[::10]]  # every tenth: both languages, so both backends load
        small = _run([*command, *tenth, *output, *(["--jobs", str(widest)] if has_jobs else [])]).peak_mb or 0.0
        growth = peak - small
        target = f"< {MAX_PEAK_GROWTH_MB:.0f} MB"
        rows.append(
            Row(
                f"peak growth, {len(tenth)} → {len(paths)} inputs",
                f"{growth:+.0f} MB",
                target,
                growth < MAX_PEAK_GROWTH_MB,
            )
        )
    return rows


def _extract_command() -> list[str]:
    script = Path(sys.executable).with_name("extract")
    if script.exists():
        return [str(script)]
    found = shutil.which("extract")
    if found:
        return [found]
    return [sys.executable, "-c", "from bulletin_extract.cli import main; main()"]


def _run(args: list[str]) -> RunResult:
    """Run a command to its end; wall time and the peak memory of its process tree.

    Memory is sampled from ``/proc`` by a thread, first after one interval (by
    then the child has exec'd and no longer shares this large process's pages).
    ``wait4``'s ``ru_maxrss`` is no use here: it keeps the high-water mark of
    the forked copy of this process from before ``exec``.
    """
    with tempfile.TemporaryFile() as errors:
        cpu_started = _children_cpu()
        started = time.perf_counter()
        process = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=errors)
        done = threading.Event()
        peaks = [0]

        def sample() -> None:
            while not done.wait(RSS_SAMPLE_SECONDS):
                peaks.append(_tree_peak_kb(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        returncode = process.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
        if returncode not in (0, 1):
            errors.seek(0)
            message = errors.read().decode(errors="replace").strip()[-500:]
            raise RuntimeError(f"{' '.join(args[:3])} … exited {returncode}: {message}")
    return RunResult(seconds, max(peaks) / 1024 or None, _children_cpu() - cpu_started)


def _tree_peak_kb(root: int) -> int:
    """Sum of the peak resident sizes (VmHWM) of a process and its descendants (Linux ``/proc``)."""
    children: dict[int, list[int]] = defaultdict(list)
    try:
        entries = [e.name for e in os.scandir("/proc") if e.name.isdigit()]
    except OSError:
        return 0
    for name in entries:
        try:
            stat = Path(f"/proc/{name}/stat").read_bytes()
        except OSError:
            continue
        children[int(stat.rpartition(b")")[2].split()[1])].append(int(name))
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        stack += children.get(pid, [])
        total += _peak_kb(pid)
    return total


def _peak_kb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _profile(by_lang: dict[str, list[tuple[Path, BenchDoc]]], folder: Path, top: int = 12) -> list[str]:
    """Where one pass of the pipeline spends its time, per module and per function.

    Time inside built-in functions (regex matching, str methods) is charged to
    the module that called them, so a module's figure is the time its own code
    costs, whatever it delegates to C.
    """
    lines = []
    for lang in LANGS:
        paths = [p for p, _ in by_lang[lang]]
        _progress(f"timing the {lang} pipeline stage by stage")
        lines.append("")
        lines.append(f"stages, {lang} ({len(paths)} docs, no profiler): ms/doc")
        seconds, failed = _stage_seconds(paths)
        lines += [f"  {1000 * spent / len(paths):8.3f}  {name}" for name, spent in seconds.items()]
        if failed:
            lines.append(f"  ({failed} documents stopped at an error and are missing from the later stages)")
        _progress(f"profiling the {lang} pipeline")
        profiler = cProfile.Profile()
        profiler.runcall(_extract_files, paths, folder / "profile.jsonl")
        stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
        per_module: dict[str, float] = defaultdict(float)
        per_function: dict[str, float] = defaultdict(float)
        for (filename, line, function), (_, _, own, _, callers) in stats.items():
            if filename == "~":
                for (caller_file, _, _), caller_counts in callers.items():
                    per_module[_module(caller_file)] += caller_counts[2]
                per_function[function] += own
            else:
                per_module[_module(filename)] += own
                per_function[f"{_module(filename)}:{line}({function})"] += own
        total = sum(per_module.values()) or 1.0
        per_doc_ms = 1000 * total / len(paths)
        lines.append("")
        lines.append(
            f"profile, {lang} ({len(paths)} docs, {per_doc_ms:.2f} ms/doc under cProfile): own time per module"
        )
        lines += [f"  {share / total:6.1%}  {name}" for name, share in _largest(per_module, top)]
        lines.append(f"profile, {lang}: own time per function")
        lines += [f"  {share / total:6.1%}  {name}" for name, share in _largest(per_function, top)]
    return lines


def _stage_seconds(paths: list[Path]) -> tuple[dict[str, float], int]:
    """Wall time of each pipeline stage over the documents, and of reading and writing around them;
    and how many documents stopped at an error (the pipeline turns those into error records)."""
    from bulletin_extract.document import DocState
    from bulletin_extract.jsonl import dumps
    from bulletin_extract.pipeline import STAGES, content_id, to_record

    seconds: dict[str, float] = defaultdict(float)
    failed = 0
    clock = time.perf_counter
    for path in paths:
        started = clock()
        raw = path.read_bytes()
        state = DocState(file=str(path), raw=raw)
        last = clock()
        seconds["file read"] += last - started
        try:
            for name, stage in STAGES:
                state = stage(state)
                now = clock()
                seconds[name] += now - last
                last = now
        except Exception:
            failed += 1
            continue
        dumps(to_record(state, content_id(raw)))
        now = clock()
        seconds["record + JSON line"] += now - last
        seconds["total"] += now - started
    return seconds, failed


def _module(filename: str) -> str:
    """``bulletin_extract.stages.header``; a third-party package's name; a standard module's dotted name
    (``re._parser``: compiling regular expressions)."""
    path = Path(filename)
    parts = path.with_suffix("").parts
    if "bulletin_extract" in parts:
        return ".".join(parts[parts.index("bulletin_extract") :])
    if "site-packages" in parts:
        return parts[parts.index("site-packages") + 1]
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    if path.is_relative_to(stdlib):
        return ".".join(path.relative_to(stdlib).with_suffix("").parts)
    return path.stem or filename


def _largest(values: dict[str, float], top: int) -> list[tuple[str, float]]:
    return sorted(values.items(), key=lambda item: item[1], reverse=True)[:top]


def _report(rows: list[Row], docs: int, repeat: int, load: float, out: Callable[[str], None]) -> None:
    cores = os.cpu_count() or 1
    out(
        f"bulletin-extract benchmark: {docs} documents, medians of {repeat} run(s), {cores} cores, "
        f"load average {load:.1f} before it started"
    )
    out(f"  {'measure':<44} {'value':>22}  {'target':<22} verdict")
    for row in rows:
        out(row.line())
    verdicts = [row.ok for row in rows if row.ok is not None]
    out(f"{verdicts.count(True)} of {len(verdicts)} targets met")


def _timed(work: Callable[[], object]) -> Timing:
    started, cpu_started = time.perf_counter(), time.process_time()
    work()
    return Timing(time.perf_counter() - started, time.process_time() - cpu_started)


def _median_cpu(timings: list[Timing]) -> float:
    return statistics.median(t.cpu for t in timings)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _decoded(doc: BenchDoc) -> str:
    from bulletin_extract.stages.read import decode

    return decode(doc.data)[0]


def _megabytes(docs) -> float:
    return sum(len(d.data) for d in docs) / 1e6


def _progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)
