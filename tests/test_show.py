"""The reading view: every extracted span highlighted, in the terminal and as HTML."""

from __future__ import annotations

import io
from html.parser import HTMLParser

import pytest
from rich.console import Console
from typer.testing import CliRunner

from bulletin_extract import cli
from bulletin_extract.jsonl import dumps
from bulletin_extract.models import ErrorRecord
from bulletin_extract.pipeline import extract
from bulletin_extract.show import (
    TERMINAL_STYLES,
    highlighted,
    load,
    marks,
    render_html,
    render_terminal,
    span_problems,
)
from bulletin_extract.stages.read import matching_view
from conftest import SAMPLES
from handwritten import records as handwritten

runner = CliRunner()


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _styled_kinds(rendered, position: int) -> set[str]:
    styles = {str(span.style) for span in rendered.spans if span.start <= position < span.end}
    return {kind for kind, style in TERMINAL_STYLES.items() if style in styles}


def _assert_every_span_highlighted(record, text):
    rendered = highlighted(record, text)
    assert rendered.plain == matching_view(text)
    for mark in marks(record):
        for position in range(mark.start, mark.end):
            assert mark.kind in _styled_kinds(rendered, position), (record.file, mark)


def _terminal(record, text, notes=(), width=250) -> str:
    sink = io.StringIO()
    render_terminal(record, text, Console(file=sink, width=width, color_system=None), list(notes))
    return sink.getvalue()


@pytest.mark.parametrize("case", range(4))
def test_handwritten_bulletin_shows_every_span_and_every_item(case):
    text, record = handwritten()[case]
    assert marks(record), "a hand-written record has spans"
    _assert_every_span_highlighted(record, text)
    shown = _squeeze(_terminal(record, text))
    for official in record.officials:
        assert _squeeze(official.name) in shown
        for title in official.titles:
            assert _squeeze(f"{title.text}({title.position}|{title.body or '-'})") in shown
    for body in record.bodies:
        assert _squeeze(body.name) in shown
    for directive in record.directives:
        assert _squeeze(directive.text) in shown
    assert span_problems(record, text) == []


@pytest.mark.parametrize("case", range(4))
def test_a_narrow_terminal_folds_items_instead_of_cutting_them(case):
    text, record = handwritten()[case]
    assert "…" not in _terminal(record, text, width=50)


def test_dev_corpus_output_shows_every_extracted_span(dev_corpus):
    files = sorted((dev_corpus / "en").glob("*.txt")) + sorted((dev_corpus / "zh").glob("*.txt"))
    shown = 0
    for path in files:
        record = extract(str(path), path.read_bytes())
        if isinstance(record, ErrorRecord):
            continue
        record, text, _ = load(path)
        _assert_every_span_highlighted(record, text)
        shown += 1
    assert shown >= len(files) - 2


def test_wrong_offsets_are_reported_as_warnings():
    text, record = handwritten()[0]
    official = record.officials[0]
    moved = official.model_copy(update={"mentions": [official.mentions[0].model_copy(update={"start": 0, "end": 5})]})
    broken = record.model_copy(update={"officials": [moved, *record.officials[1:]], "warnings": ["header: no source"]})
    problems = span_problems(broken, text)
    assert problems == ["name 'Zhou Mingyuan': span 0-5 reads '[Xich'"]
    output = _terminal(broken, text)
    assert "warning: name 'Zhou Mingyuan': span 0-5 reads '[Xich'" in output
    assert "warning: header: no source" in output


class _Marked(HTMLParser):
    """The text of the page's ``div.text``, with the classes covering each character."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[set[str]] = []
        self.chars: list[tuple[str, set[str]]] = []

    def handle_starttag(self, tag, attrs):
        classes = set((dict(attrs).get("class") or "").split())
        if self.stack or (tag == "div" and "text" in classes):
            self.stack.append(classes)

    def handle_endtag(self, tag):
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.stack:
            covering = set().union(*self.stack)
            self.chars += [(ch, covering) for ch in data]


@pytest.mark.parametrize("case", range(4))
def test_html_page_marks_every_span_and_escapes_the_text(case):
    text, record = handwritten()[case]
    page = render_html(record, text)
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page
    parser = _Marked()
    parser.feed(page)
    assert "".join(ch for ch, _ in parser.chars) == text
    for mark in marks(record):
        for position in range(mark.start, mark.end):
            assert mark.kind in parser.chars[position][1], mark
    assert "<Xicheng Dialogue>" not in page and "R&D" not in page


def test_show_command_runs_the_pipeline_or_reads_a_stored_record(tmp_path):
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    now = runner.invoke(cli.app, ["show", str(sample)], terminal_width=120)
    assert now.exit_code == 0, now.output
    assert "Shijingshan District Holds the Fifth Plenary Meeting" in now.output

    out = tmp_path / "out.jsonl"
    out.write_bytes(dumps(extract(str(sample), sample.read_bytes())))
    stored = runner.invoke(cli.app, ["show", str(sample), "--record", str(out)], terminal_width=120)
    assert stored.exit_code == 0, stored.output
    assert stored.output == now.output

    changed = tmp_path / sample.name
    changed.write_bytes(sample.read_bytes() + b"\nPrint Close\n")
    result = runner.invoke(cli.app, ["show", str(changed), "--record", str(out)], terminal_width=200)
    assert f"{changed} changed since {out} was written" in " ".join(result.output.split())

    missing = runner.invoke(cli.app, ["show", str(sorted(SAMPLES.glob("*.txt"))[1]), "--record", str(out)])
    assert missing.exit_code == 1 and "holds no record" in missing.output


def test_show_command_writes_a_standalone_page(tmp_path):
    page = tmp_path / "page.html"
    result = runner.invoke(cli.app, ["show", str(sorted(SAMPLES.glob("*.txt"))[1]), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert "<h2>Directives</h2>" in html and "</html>" in html
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(cli.app, ["show", str(empty)])
    assert result.exit_code == 1 and "empty file" in result.output
