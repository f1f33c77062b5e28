"""Command line: ``extract FILES… -o out.jsonl`` and its sub-commands.

Heavy libraries (spaCy, jieba, dateparser) load inside the commands that need
them, so ``extract --help`` starts fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn government bulletins into structured, validated JSON records.",
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,  # plain help: formatting it with rich would load rich, a third of the start-up time
)

EXIT_OK, EXIT_FAILED_INPUTS, EXIT_USAGE = 0, 1, 2


def _fail_usage(message: str) -> None:
    typer.echo(f"extract: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


@app.command("run")
def run_command(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Bulletin files or folders (searched recursively for --glob); - reads standard input."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file (default: standard output).")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl (one record a line) or json (an array).")] = "jsonl",
    lang: Annotated[
        str | None, typer.Option(help="Force the language: en or zh (default: detected per document).")
    ] = None,
    glob: Annotated[str, typer.Option(help="Which files to take from folders (matched on file names).")] = "*.txt",
    from_list: Annotated[
        Path | None, typer.Option("--from-list", help="A file of input paths, one a line (- for standard input).")
    ] = None,
    jobs: Annotated[
        int | None, typer.Option("-j", "--jobs", help="Worker processes (default: the number of cores).")
    ] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Larger inputs get an error record.")] = 5_000_000,
    timeout: Annotated[
        float, typer.Option(help="Seconds allowed per document before it gets an error record (0: no limit).")
    ] = 5.0,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Keep the lines of an existing or stopped output; extract only the rest."),
    ] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="No progress bar and no summary line.")] = False,
) -> None:
    """Extract one record per input bulletin (the default command).

    Every input gets exactly one line, in input order: a record or an error record. -o FILE is written
    as FILE.part, one line at a time, and renamed to FILE when every input has its line; after a stop,
    a crash or a kill, --resume keeps the complete lines of FILE.part (or of FILE) and extracts the rest.

    Exit status: 0 every input extracted, 1 some inputs got error records, 2 usage error,
    128 + the signal number when SIGINT, SIGTERM or SIGHUP stopped the run (continue it with --resume).
    """
    import os
    import signal

    from bulletin_extract.batch import BatchOptions, UsageError, collect_inputs, read_list, run_batch
    from bulletin_extract.workers import Limits

    inputs = inputs or []
    output = None if output is None or str(output) == "-" else output
    stdin_inputs = [p for p in inputs if str(p) == "-"] + ([from_list] if str(from_list) == "-" else [])
    problems = [
        (lang not in (None, "en", "zh"), f"--lang must be en or zh, not {lang!r}"),
        (fmt not in ("jsonl", "json"), f"--format must be jsonl or json, not {fmt!r}"),
        (jobs is not None and jobs < 1, "--jobs must be at least 1"),
        (max_bytes < 1, "--max-bytes must be at least 1"),
        (timeout < 0, "--timeout must not be negative"),
        (resume and force, "--resume and --force exclude each other"),
        (resume and output is None, "--resume needs an output file (-o FILE)"),
        (not inputs and from_list is None, "no inputs: give files, folders, - or --from-list"),
        (len(stdin_inputs) > 1, "standard input can be read once: as - or as --from-list -, not both"),
    ]
    for failed, message in problems:
        if failed:
            _fail_usage(message)
    missing = [str(p) for p in [*inputs, *([from_list] if from_list else [])] if str(p) != "-" and not p.exists()]
    if missing:
        _fail_usage(f"no such input: {', '.join(missing)}")
    paths = [str(p) for p in inputs]
    if from_list is not None and str(from_list) == "-":
        paths += read_list(sys.stdin)
    elif from_list is not None:
        with from_list.open(encoding="utf-8") as listed:
            paths += read_list(listed)
    sources = collect_inputs(paths, glob, stdin=sys.stdin.buffer)
    if not sources:
        _fail_usage(f"no inputs: nothing matches {glob!r} in {', '.join(paths)}")
    options = BatchOptions(
        lang=lang,
        jobs=jobs or len(os.sched_getaffinity(0)),
        limits=Limits(max_bytes=max_bytes, timeout=timeout),
        fmt=fmt,
        resume=resume,
        force=force,
        progress=not quiet and sys.stderr.isatty(),
    )
    try:
        summary = run_batch(sources, output, options)
    except UsageError as exc:
        _fail_usage(str(exc))
    except BrokenPipeError:  # the reader of standard output went away (extract … | head)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(128 + signal.SIGPIPE) from None
    if summary.stopped_by is not None:
        where = f"; the lines so far are in {output}.part, continue with --resume" if output else ""
        typer.echo(f"extract: stopped by {signal.Signals(summary.stopped_by).name}{where}", err=True)
    if not quiet:
        typer.echo(f"extract: {summary.line()}", err=True)
    if summary.stopped_by is not None:
        raise typer.Exit(128 + summary.stopped_by)
    raise typer.Exit(EXIT_FAILED_INPUTS if summary.errors else EXIT_OK)


@app.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of an output line (generated from the models)."""
    import json

    from bulletin_extract.models import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSON Lines (corpus/GOLD.md).")],
    predicted: Annotated[Path, typer.Argument(help="The tool's JSON Lines output.")],
    show_misses: Annotated[bool, typer.Option("--show-misses", help="List every miss and spurious item.")] = False,
) -> None:
    """Score an output against gold, field by field."""
    from bulletin_extract.evaluate import evaluate
    from bulletin_extract.jsonl import read_jsonl

    for path in (gold, predicted):
        if not path.exists():
            _fail_usage(f"no such file: {path}")
    report = evaluate(read_jsonl(gold), read_jsonl(predicted))
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{gold}: {report.documents} documents")
    table.add_column("field")
    table.add_column("score", justify="right")
    table.add_column("detail", justify="right")
    for name in ("title", "district", "date", "source", "event_date"):
        right, total = report.exact[name]
        label = name if name == "event_date" else f"header.{name}"
        table.add_row(label, f"{report.accuracy(name):.3f}", f"{right}/{total}")
    for name, counts in report.sets.items():
        detail = f"P {counts.precision:.3f} R {counts.recall:.3f}"
        table.add_row(name, f"{counts.f1:.3f}", detail)
    console = Console()
    console.print(table)
    if report.unmatched:
        console.print(f"no prediction for: {', '.join(report.unmatched)}", style="red")
    if show_misses:
        for miss in report.misses:
            console.print(miss, markup=False, highlight=False, soft_wrap=True)


@app.command("bench")
def bench_command(
    corpus: Annotated[
        Path, typer.Option(help="Dev corpus folder holding en/ and zh/ (and their gold files, for names).")
    ] = Path("../shared/corpus/dev"),
    docs: Annotated[int, typer.Option(min=10, help="Documents to generate, both languages together.")] = 10_000,
    repeat: Annotated[int, typer.Option(min=1, help="Runs per measurement; medians are reported.")] = 3,
    profile: Annotated[bool, typer.Option("--profile", help="Also list the pipeline's hotspots per module.")] = False,
) -> None:
    """Measure speed, start-up time and memory against the targets (issue 5)."""
    from bulletin_extract.bench import run_bench

    if not corpus.is_dir():
        _fail_usage(f"no corpus folder: {corpus}")
    run_bench(corpus, docs, repeat, profile=profile)


@app.command("export")
def export_command(
    outputs: Annotated[list[Path], typer.Argument(help="The tool's JSON Lines output (or gold files).")],
    to: Annotated[str, typer.Option("--to", help="Table format: csv, parquet (a folder) or duckdb (one file).")],
    path: Annotated[Path, typer.Argument(help="Folder (csv, parquet) or database file (duckdb) to write.")],
    bom: Annotated[bool, typer.Option("--bom", help="CSV in UTF-8 with a BOM, for spreadsheet programs.")] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite existing tables.")] = False,
) -> None:
    """Flat tables that join (documents, officials, titles, bodies, directives) for pandas, DuckDB, spreadsheets."""
    from bulletin_extract.archive import ArchiveError, read_archive
    from bulletin_extract.export import FORMATS, export

    if to not in FORMATS:
        _fail_usage(f"--to must be one of {', '.join(FORMATS)}, not {to!r}")
    _require_files(outputs)
    if to == "duckdb" and path.is_dir():
        _fail_usage(f"{path} is a folder; duckdb writes one database file")
    if to != "duckdb" and path.exists() and not path.is_dir():
        _fail_usage(f"{path} is a file; {to} writes a folder of tables")
    if path.exists() and not force and (to == "duckdb" or any(path.glob(f"*.{to}"))):
        _fail_usage(f"{path} holds tables already; use --force to overwrite them")
    try:
        archive = read_archive(outputs)
    except ArchiveError as exc:
        _fail_usage(str(exc))
    counts = export(archive.records, to, path, bom=bom)
    rows = ", ".join(f"{name} {count}" for name, count in counts.items())
    typer.echo(f"{archive.summary()}; {to} tables in {path}: {rows}", err=True)


@app.command("officials")
def officials_command(
    outputs: Annotated[list[Path], typer.Argument(help="The tool's JSON Lines output (or gold files).")],
    fmt: Annotated[
        str, typer.Option("--format", help="table, csv (a line per person and position) or json.")
    ] = "table",
    position: Annotated[
        str | None, typer.Option(help="Only this position (case-insensitive substring), people in order of succession.")
    ] = None,
    body: Annotated[
        str | None, typer.Option(help="Only positions of this body, or seen in bulletins of this district.")
    ] = None,
    exact: Annotated[bool, typer.Option("--exact", help="--position matches the whole position.")] = False,
) -> None:
    """A register of officials across documents: every position held, first and last seen, and where."""
    import json

    from bulletin_extract.archive import ArchiveError, read_archive
    from bulletin_extract.register import as_csv, as_json, as_table, build_register, select

    if fmt not in ("table", "csv", "json"):
        _fail_usage(f"--format must be table, csv or json, not {fmt!r}")
    _require_files(outputs)
    try:
        archive = read_archive(outputs)
    except ArchiveError as exc:
        _fail_usage(str(exc))
    people = select(build_register(archive.records), position=position, body=body, exact=exact)
    if fmt == "json":
        typer.echo(json.dumps(as_json(people), ensure_ascii=False, indent=2))
    elif fmt == "csv":
        typer.echo(as_csv(people), nl=False)
    else:
        from rich.console import Console

        Console().print(as_table(people, title=f"{len(people)} officials from {archive.summary()}"))


@app.command("show")
def show_command(
    file: Annotated[Path, typer.Argument(help="A bulletin file.")],
    record: Annotated[
        Path | None, typer.Option("--record", help="Show the record stored in this output instead of running now.")
    ] = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write a standalone HTML page instead.")] = None,
    lang: Annotated[str | None, typer.Option(help="Force the language: en or zh.")] = None,
) -> None:
    """One bulletin with its names, titles, bodies and directives highlighted, and the record's warnings."""
    from bulletin_extract.show import ShowError, load, render_html, render_terminal

    if lang not in (None, "en", "zh"):
        _fail_usage(f"--lang must be en or zh, not {lang!r}")
    _require_files([file, *([record] if record else [])])
    try:
        shown, text, notes = load(file, stored=record, lang=lang)
    except ShowError as exc:
        typer.echo(f"extract: {exc}", err=True)
        raise typer.Exit(EXIT_FAILED_INPUTS) from exc
    if html is not None:
        html.write_text(render_html(shown, text, notes), encoding="utf-8")
        typer.echo(f"wrote {html}", err=True)
    else:
        from rich.console import Console

        render_terminal(shown, text, Console(), notes)


def _require_files(paths: list[Path]) -> None:
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        _fail_usage(f"no such file: {', '.join(missing)}")


def with_default_command(args: list[str]) -> list[str]:
    """``extract FILES…`` means ``extract run FILES…``."""
    commands = {command.name or command.callback.__name__ for command in app.registered_commands}
    if args and args[0] not in commands and args[0] not in ("-h", "--help"):
        return ["run", *args]
    return args


def main() -> None:
    """Console entry point of ``extract`` and ``bulletin-extract``."""
    app(args=with_default_command(sys.argv[1:]), prog_name="extract")
