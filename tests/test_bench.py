"""The benchmark never rots: its corpus is varied and a 100-document run reports every measure.

No timing is asserted here (tests run on slow, busy machines); ``make bench`` judges speed.
"""

from __future__ import annotations

import re
import subprocess
import sys

import orjson
import pytest

from bulletin_extract.bench import run_bench
from bulletin_extract.bench_corpus import build_corpus
from bulletin_extract.document import DocState
from bulletin_extract.stages import header, language, read
from bulletin_extract.stages.read import decode


@pytest.fixture(scope="module")
def corpus(dev_corpus):
    return build_corpus(dev_corpus, 100)


def test_corpus_documents_all_differ_and_keep_the_dev_language_mix(corpus):
    assert len(corpus) == 100
    assert len({doc.data for doc in corpus}) == 100
    assert len({doc.name for doc in corpus}) == 100
    assert sum(doc.lang == "en" for doc in corpus) == 60  # 30 en and 20 zh dev documents


def test_corpus_is_reproducible_and_seeded(dev_corpus, corpus):
    assert build_corpus(dev_corpus, 100) == corpus
    assert build_corpus(dev_corpus, 100, seed=6) != corpus


def test_corpus_replaces_every_participant_name_of_the_gold(dev_corpus, corpus):
    names = {
        official["name"]
        for lang in ("en", "zh")
        for line in (dev_corpus / f"{lang}.gold.jsonl").read_bytes().splitlines()
        for official in orjson.loads(line)["officials"]
        if official["roles"] != ["mentioned"]
    }
    texts = [decode(doc.data)[0] for doc in corpus]
    assert not [name for name in names if any(name in text for text in texts)]


def test_corpus_documents_read_as_bulletins_of_their_language(corpus):
    states = [header.run(language.run(read.run(DocState(file=doc.name, raw=doc.data)))) for doc in corpus]
    assert [state.lang for state in states] == [doc.lang for doc in corpus]
    assert sum(state.header.date is not None for state in states) > 50


HEAVY_LIBRARIES = {"pydantic", "rich", "orjson", "spacy", "jieba", "dateparser", "charset_normalizer", "opencc"}
HELP_RUN = """
import sys
from bulletin_extract.cli import main
sys.argv = ["extract", "--help"]
try:
    main()
except SystemExit:
    pass
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})), file=sys.stderr)
"""


def test_help_loads_no_heavy_library():
    done = subprocess.run([sys.executable, "-c", HELP_RUN], capture_output=True, text=True, check=True)
    assert "Usage: extract" in done.stdout
    assert HEAVY_LIBRARIES.isdisjoint(done.stderr.split())


def test_bench_smoke_run_reports_every_measure(dev_corpus):
    printed: list[str] = []
    rows = run_bench(dev_corpus, 100, 1, profile=True, out=printed.append)
    values = {row.label.strip(): row.value for row in rows}
    for lang in ("en", "zh"):
        assert re.fullmatch(r"[\d,]+ docs/s", values[f"{lang} pipeline, 1 process"])
        assert re.fullmatch(r"\d+\.\d\dx", values[f"{lang} pipeline / reference"])
    assert re.fullmatch(r"\d\.\d{3} s", values["extract --help"])
    assert re.fullmatch(r"\d+\.\d{3} s", values["one zh document, start to exit"])
    assert any(label.startswith("batch") and value.endswith("docs/s") for label, value in values.items())
    assert any(label.startswith("peak RSS with --jobs") for label in values)
    assert printed[0].startswith("bulletin-extract benchmark: 100 documents")
    assert re.fullmatch(r"\d+ of \d+ targets met", printed[len(rows) + 2])
    assert any(line.startswith("profile, zh (40 docs") for line in printed)
    assert sum(bool(re.fullmatch(r" +\d+\.\d{3}  directives", line)) for line in printed) == 2  # ms/doc per stage
    assert any(re.fullmatch(r" +\d+\.\d%  bulletin_extract\.[\w.]+", line) for line in printed)  # share per module
