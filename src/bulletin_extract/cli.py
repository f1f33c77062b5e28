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
    inputs: Annotated[list[Path], typer.Argument(help="Bulletin files or folders (folders are searched for --glob).")],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="JSON Lines file (default: standard output).")
    ] = None,
    lang: Annotated[
        str | None, typer.Option(help="Force the language: en or zh (default: detected per document).")
    ] = None,
    glob: Annotated[str, typer.Option(help="Which files to take from folders.")] = "*.txt",
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")] = False,
) -> None:
    """Extract one record per input bulletin (the default command)."""
    from bulletin_extract.batch import collect_inputs, write_records

    if lang not in (None, "en", "zh"):
        _fail_usage(f"--lang must be en or zh, not {lang!r}")
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        _fail_usage(f"no such input: {', '.join(missing)}")
    if output is not None and output.exists() and not force:
        _fail_usage(f"{output} exists; use --force to overwrite it")
    files = collect_inputs(inputs, glob)
    summary = write_records(files, output, lang=lang)
    typer.echo(summary.line(), err=True)
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

    table = Table(title=f"{gold.name}: {report.documents} documents")
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


def with_default_command(args: list[str]) -> list[str]:
    """``extract FILES…`` means ``extract run FILES…``."""
    commands = {command.name or command.callback.__name__ for command in app.registered_commands}
    if args and args[0] not in commands and args[0] not in ("-h", "--help"):
        return ["run", *args]
    return args


def main() -> None:
    """Console entry point of ``extract`` and ``bulletin-extract``."""
    app(args=with_default_command(sys.argv[1:]), prog_name="extract")
