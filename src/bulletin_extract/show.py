"""One bulletin as a reader sees it, with what the record extracted highlighted.

The record's spans are drawn over the decoded text: names (every mention),
titles, bodies, directives and the event date, then tables of the items and
the record's warnings. A span whose slice of the text does not read as its item
(modulo white space and the language's folding) is reported too, so a broken
rule shows at a glance. The same view renders to the terminal (rich) and to a
standalone HTML page.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass
from pathlib import Path

from bulletin_extract.models import ErrorRecord, Record

#: Drawing order: later kinds are drawn over earlier ones.
KINDS = ("directive", "title", "body", "name", "date")
TERMINAL_STYLES = {
    "directive": "on grey23",
    "title": "green",
    "body": "bold blue",
    "name": "bold red",
    "date": "bold magenta",
}
HTML_STYLES = """
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 60rem;
       line-height: 1.6; color: #222; }
.text { white-space: pre-wrap; border: 1px solid #ddd; padding: 1rem; border-radius: 4px; }
.directive { background: #fff1b8; }
.title { color: #19701d; text-decoration: underline dotted; }
.body { color: #1f4fbf; font-weight: 600; }
.name { color: #b00020; font-weight: 700; }
.date { color: #8a1fa8; font-weight: 700; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #ddd; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
dt { font-weight: 600; float: left; clear: left; width: 7rem; }
dd { margin-left: 8rem; }
.warnings li { color: #a15c00; }
"""


@dataclass(frozen=True)
class Mark:
    kind: str
    start: int
    end: int
    item: str


class ShowError(Exception):
    """A file or record that cannot be shown."""


def marks(record: Record) -> list[Mark]:
    """Every span of the record, in drawing order."""
    found = [Mark("directive", d.start, d.end, d.text) for d in record.directives or []]
    for official in record.officials:
        found += [Mark("title", t.start, t.end, t.text) for t in official.titles]
    found += [Mark("body", b.start, b.end, b.name) for b in record.bodies]
    for official in record.officials:
        found += [Mark("name", m.start, m.end, m.text) for m in official.mentions]
    if record.event_date_span:
        found.append(Mark("date", record.event_date_span.start, record.event_date_span.end, record.event_date or ""))
    return sorted(found, key=lambda m: KINDS.index(m.kind))


def span_problems(record: Record, text: str) -> list[str]:
    """Spans that fall outside the text or do not read as their item."""
    from bulletin_extract.lang import get_language

    fold = get_language(record.lang).fold
    problems = []
    for mark in marks(record):
        if mark.kind == "date":
            continue
        if not 0 <= mark.start <= mark.end <= len(text):
            problems.append(f"{mark.kind} {mark.item!r}: span {mark.start}-{mark.end} is outside the text")
            continue
        written = "".join(fold(text[mark.start : mark.end]).split())
        if written != "".join(mark.item.split()):
            problems.append(
                f"{mark.kind} {mark.item!r}: span {mark.start}-{mark.end} reads {text[mark.start : mark.end]!r}"
            )
    return problems


def segments(text: str, found: list[Mark]) -> list[tuple[int, int, tuple[str, ...]]]:
    """The text cut at every span boundary, each piece with the kinds covering it."""
    inside = [0, len(text)]
    for mark in found:
        inside += [min(max(mark.start, 0), len(text)), min(max(mark.end, 0), len(text))]
    cuts = sorted(set(inside))
    pieces = []
    for start, end in itertools.pairwise(cuts):
        kinds = tuple(k for k in KINDS if any(m.kind == k and m.start <= start and end <= m.end for m in found))
        pieces.append((start, end, kinds))
    return pieces


def load(file: Path, stored: Path | None = None, lang: str | None = None) -> tuple[Record, str, list[str]]:
    """The record of ``file`` (run now, or taken from ``stored`` output), its decoded text and notes."""
    from bulletin_extract.document import StageError
    from bulletin_extract.pipeline import content_id, extract
    from bulletin_extract.stages.read import decode

    raw = file.read_bytes()
    notes = []
    if stored is None:
        record = extract(str(file), raw, lang=lang)
    else:
        record = _stored_record(file, stored)
        if record.id != content_id(raw):
            notes.append(f"{file} changed since {stored} was written: spans may be off")
    if isinstance(record, ErrorRecord):
        raise ShowError(f"{file}: {record.error.stage}: {record.error.message}")
    try:
        text, _ = decode(raw)
    except StageError as exc:
        raise ShowError(f"{file}: {exc}") from exc
    return record, text, notes


def _stored_record(file: Path, stored: Path) -> Record | ErrorRecord:
    from bulletin_extract.jsonl import read_jsonl
    from bulletin_extract.models import Output

    lines = read_jsonl(stored)
    same_path = [line for line in lines if Path(line["file"]).resolve() == file.resolve()]
    same_name = [line for line in lines if Path(line["file"]).name == file.name]
    chosen = same_path or same_name
    if len(chosen) != 1:
        found = "no record" if not chosen else f"{len(chosen)} records"
        raise ShowError(f"{stored} holds {found} for {file}")
    return Output.model_validate({"line": chosen[0]}).line


def highlighted(record: Record, text: str):
    """The text as a rich ``Text`` with every span styled.

    Drawn over the same-length matching view: rich would drop the ``\r`` of CRLF
    line ends and so move every later span.
    """
    from rich.text import Text

    from bulletin_extract.stages.read import matching_view

    rendered = Text(matching_view(text))
    for mark in marks(record):
        rendered.stylize(TERMINAL_STYLES[mark.kind], mark.start, mark.end)
    return rendered


def render_terminal(record: Record, text: str, console, notes: list[str] = ()) -> None:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    header = record.header
    console.print(Panel(_header_lines(record), title=f"{Path(record.file).name} ({record.lang})", expand=False))
    legend = Text.assemble(*((f" {kind} ", TERMINAL_STYLES[kind]) for kind in KINDS))
    console.print(Text("highlighted: ") + legend)
    console.print(Panel(highlighted(record, text), title=header.title or "text"))

    officials = Table(title="officials", show_lines=True)
    for column in ("name", "titles (position | body)", "roles"):
        officials.add_column(column, overflow="fold")
    for official in record.officials:
        titles = "\n".join(f"{t.text}  ({t.position} | {t.body or '-'})" for t in official.titles)
        officials.add_row(official.name, titles, ", ".join(official.roles))
    bodies = Table(title="bodies")
    for column in ("body", "parent", "rule"):
        bodies.add_column(column, overflow="fold")
    for body in record.bodies:
        bodies.add_row(body.name, body.parent or "", body.rule or "")
    directives = Table(title="directives", show_lines=True)
    for column in ("#", "kind", "cue", "text"):
        directives.add_column(column, overflow="fold")
    for number, directive in enumerate(record.directives or [], 1):
        directives.add_row(str(number), directive.kind, directive.cue or "", directive.text)
    for table in (officials, bodies, directives):
        console.print(table)
    for line in _warnings(record, text, notes):
        console.print(f"warning: {line}", style="yellow", markup=False, highlight=False, soft_wrap=True)


def _header_lines(record: Record) -> str:
    header = record.header
    fields = (
        ("title", header.title),
        ("district", header.district),
        ("date", header.date),
        ("source", header.source),
        ("event date", record.event_date),
        ("id", record.id),
    )
    return "\n".join(f"{name}: {value if value is not None else '-'}" for name, value in fields)


def _warnings(record: Record, text: str, notes: list[str]) -> list[str]:
    return [*notes, *record.warnings, *span_problems(record, text)]


def render_html(record: Record, text: str, notes: list[str] = ()) -> str:
    """A standalone page: the same view as the terminal, every string escaped."""
    esc = html.escape
    pieces = []
    for start, end, kinds in segments(text, marks(record)):
        piece = esc(text[start:end])
        if kinds:
            piece = f'<span class="{" ".join(kinds)}" title="{", ".join(kinds)}">{piece}</span>'
        pieces.append(piece)
    header = record.header
    fields = (
        ("title", header.title),
        ("district", header.district),
        ("date", header.date),
        ("source", header.source),
        ("event date", record.event_date),
        ("file", record.file),
        ("id", record.id),
    )
    header_html = "".join(f"<dt>{esc(n)}</dt><dd>{esc(v) if v is not None else '-'}</dd>" for n, v in fields)
    legend = " ".join(f'<span class="{kind}">{kind}</span>' for kind in KINDS)
    official_rows = "".join(
        "<tr><td>{}</td><td>{}</td><td>{}</td></tr>".format(
            esc(o.name),
            "<br>".join(f"{esc(t.text)} ({esc(t.position)} | {esc(t.body or '-')})" for t in o.titles),
            esc(", ".join(o.roles)),
        )
        for o in record.officials
    )
    body_rows = "".join(
        f"<tr><td>{esc(b.name)}</td><td>{esc(b.parent or '')}</td><td>{esc(b.rule or '')}</td></tr>"
        for b in record.bodies
    )
    directive_rows = "".join(
        f"<tr><td>{n}</td><td>{esc(d.kind)}</td><td>{esc(d.cue or '')}</td><td>{esc(d.text)}</td></tr>"
        for n, d in enumerate(record.directives or [], 1)
    )
    warnings = "".join(f"<li>{esc(w)}</li>" for w in _warnings(record, text, notes)) or "<li>none</li>"
    page_title = esc(header.title or Path(record.file).name)
    return f"""<!DOCTYPE html>
<html lang="{esc(record.lang)}">
<head><meta charset="utf-8"><title>{page_title}</title><style>{HTML_STYLES}</style></head>
<body>
<h1>{page_title}</h1>
<dl>{header_html}</dl>
<p>highlighted: {legend}</p>
<div class="text">{"".join(pieces)}</div>
<h2>Officials</h2>
<table><tr><th>name</th><th>titles (position | body)</th><th>roles</th></tr>{official_rows}</table>
<h2>Bodies</h2>
<table><tr><th>body</th><th>parent</th><th>rule</th></tr>{body_rows}</table>
<h2>Directives</h2>
<table><tr><th>#</th><th>kind</th><th>cue</th><th>text</th></tr>{directive_rows}</table>
<h2>Warnings</h2>
<ul class="warnings">{warnings}</ul>
</body>
</html>
"""
