"""Scoring against gold files, as ``corpus/GOLD.md`` describes.

Header fields and the event date by exact match (accuracy); officials, titles,
title parts, roles and bodies as set F1 summed over documents; directives by
token overlap (≥ 80 %, each predicted item used once).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

HEADER_FIELDS = ("title", "district", "date", "source")
SET_FIELDS = ("officials", "titles", "title_parts", "roles", "bodies", "directives")
DIRECTIVE_OVERLAP = 0.8

_QUOTES = str.maketrans(
    {"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"', "「": '"', "」": '"'}
)
_TRAILING = re.compile(r"[\s.,;:!?。，；：！？、]+$")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_WORD = re.compile(r"\w+")


def norm(value: str | None) -> str | None:
    """GOLD.md's folding: NFKC, case, quotes, white space, leading 'the', trailing punctuation."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKC", value).translate(_QUOTES).casefold()
    text = " ".join(text.split())
    text = re.sub(r"^the ", "", text)
    return _TRAILING.sub("", text)


def tokens(text: str) -> Counter:
    """Word tokens, or characters for Chinese."""
    folded = norm(text) or ""
    if _CJK.search(folded):
        return Counter(ch for ch in folded if not ch.isspace() and (ch.isalnum()))
    return Counter(_WORD.findall(folded))


def _body_name(body) -> str:
    return body["name"] if isinstance(body, dict) else body


def _sets(record: dict) -> dict[str, set]:
    officials = record.get("officials") or []
    return {
        "officials": {norm(o["name"]) for o in officials},
        "titles": {(norm(o["name"]), norm(t["text"])) for o in officials for t in o.get("titles", [])},
        "title_parts": {
            (norm(o["name"]), norm(t["position"]), norm(t.get("body"))) for o in officials for t in o.get("titles", [])
        },
        "roles": {(norm(o["name"]), r) for o in officials for r in o.get("roles", [])},
        "bodies": {norm(_body_name(b)) for b in record.get("bodies") or []},
    }


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Report:
    documents: int = 0
    exact: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in (*HEADER_FIELDS, "event_date")})
    sets: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in SET_FIELDS})
    misses: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)

    def accuracy(self, name: str) -> float:
        right, total = self.exact[name]
        return right / total if total else 1.0

    def scores(self) -> dict[str, float]:
        out = {f"header.{f}": self.accuracy(f) for f in HEADER_FIELDS}
        out["event_date"] = self.accuracy("event_date")
        out.update({f: self.sets[f].f1 for f in SET_FIELDS})
        return out


def match_directives(gold: list[dict], predicted: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """Greedy one-to-one matching by token overlap; returns (found, missed gold, unused predicted)."""
    unused = list(predicted)
    missed = []
    found = 0
    for item in gold:
        gold_tokens = tokens(item["text"])
        best, best_score = None, 0.0
        for candidate in unused:
            cand_tokens = tokens(candidate["text"])
            shared = sum((gold_tokens & cand_tokens).values())
            score = shared / max(sum(gold_tokens.values()), sum(cand_tokens.values()), 1)
            if score > best_score:
                best, best_score = candidate, score
        if best is not None and best_score >= DIRECTIVE_OVERLAP:
            unused.remove(best)
            found += 1
        else:
            missed.append(item)
    return found, missed, unused


def _key(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def evaluate(gold_records: list[dict], predicted_records: list[dict]) -> Report:
    report = Report()
    by_file = {_key(p["file"]): p for p in predicted_records if "file" in p}
    for gold in gold_records:
        report.documents += 1
        doc = gold.get("id") or gold["file"]
        pred = by_file.get(_key(gold["file"]))
        if pred is None or "error" in pred:
            report.unmatched.append(doc)
            pred = {}
        for name in HEADER_FIELDS:
            _exact(report, doc, f"header.{name}", name, gold["header"].get(name), (pred.get("header") or {}).get(name))
        _exact(report, doc, "event_date", "event_date", gold.get("event_date"), pred.get("event_date"))
        gold_sets, pred_sets = _sets(gold), _sets(pred)
        for name, gold_set in gold_sets.items():
            pred_set = pred_sets[name]
            report.sets[name].add(len(gold_set & pred_set), len(pred_set - gold_set), len(gold_set - pred_set))
            report.misses += [f"{doc} {name} missed: {item}" for item in sorted(gold_set - pred_set, key=str)]
            report.misses += [f"{doc} {name} spurious: {item}" for item in sorted(pred_set - gold_set, key=str)]
        if gold.get("directives") is not None:
            predicted = pred.get("directives") or []
            found, missed, unused = match_directives(gold["directives"], predicted)
            report.sets["directives"].add(found, len(unused), len(missed))
            report.misses += [f"{doc} directives missed: {d.get('cue')} | {d['text']}" for d in missed]
            report.misses += [f"{doc} directives spurious: {d.get('cue')} | {d['text']}" for d in unused]
    return report


def _exact(report: Report, doc: str, label: str, name: str, gold, predicted) -> None:
    counts = report.exact[name]
    counts[1] += 1
    if norm(gold) == norm(predicted):
        counts[0] += 1
    else:
        report.misses.append(f"{doc} {label}: gold {gold!r} != predicted {predicted!r}")
