"""No person's name in code or rules: officials are found by structure.

Every name the gold files know (dev corpus, samples, held-out sets) is searched for in
``src/`` and ``rules/``, comments and docstrings included.
"""

from __future__ import annotations

import json
import re

from conftest import DEV, REPO, SAMPLES

_CJK = re.compile(r"[\u4e00-\u9fff]")
GOLD_FILES = [
    DEV / "en.gold.jsonl",
    DEV / "zh.gold.jsonl",
    SAMPLES / "samples.gold.jsonl",
    *sorted(REPO.glob("heldout*/*.gold.jsonl")),
]


def gold_names() -> set[str]:
    names = set()
    for path in GOLD_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            for official in json.loads(line)["officials"]:
                name = official["name"]
                names.add(name)
                # the parts of a transliterated Chinese name (让-吕克·范霍夫 → 范霍夫); a Latin name is
                # looked for whole, since its parts may be words (Jan-Willem → "Jan" is a month)
                if _CJK.search(name):
                    names.update(part for part in re.split(r"[·\-]", name) if len(part) >= 3)
    return names


def test_no_gold_name_in_src_or_rules():
    names = gold_names()
    assert len(names) > 100
    latin = sorted((n for n in names if not _CJK.search(n)), key=len, reverse=True)
    # two-character Chinese names in the corpus are common words on purpose (高峰, 文明)
    chinese = sorted((n for n in names if _CJK.search(n) and len(n) >= 3), key=len, reverse=True)
    pattern = re.compile("|".join([*(rf"\b{re.escape(n)}\b" for n in latin), *map(re.escape, chinese)]))
    found = []
    for folder in (REPO / "src", REPO / "rules"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in {".py", ".txt", ".toml", ".json", ".yaml", ".yml", ".md"}:
                text = path.read_text(encoding="utf-8")
                found += [f"{path.relative_to(REPO)}: {m.group()}" for m in pattern.finditer(text)]
    assert not found, "people's names in code or rules:\n" + "\n".join(found)
