"""Rule helpers: a factored alternation matches exactly what the plain one matches."""

from __future__ import annotations

import re

import pytest

from bulletin_extract.rules import factored

TEXTS = ["presided over the meeting", "Presided Over", "chaired it", "chairs", "attended", "at", "abcd", "Abcde", "x"]


@pytest.mark.parametrize(
    "patterns",
    [
        ["presided over", "presided", "chaired", "chair", "attended", "at"],
        ["abcde", "Abcd", "abc", "x"],
        ["chaired|presided over", "chair", "attended"],  # a pattern with its own top-level |
        ["a[|(]bc", "ab", "x(?:y|z)"],
        ["a+b", "ab"],  # a quantified first letter is not factored out
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_factored_alternation_matches_what_the_plain_one_matches(patterns, flags):
    plain = re.compile("|".join(patterns), flags)
    grouped = re.compile(factored(patterns), flags)
    for text in TEXTS:
        for start in range(len(text)):
            expected = plain.match(text, start)
            got = grouped.match(text, start)
            assert (got and got.group()) == (expected and expected.group()), (patterns, text, start)


def test_patterns_opening_with_the_same_letter_are_grouped_behind_it():
    assert factored(["chaired", "chair", "attended"]) == "c(?:haired|hair)|attended"
    assert factored(["chaired|presided", "chair"]) == "chaired|presided|chair"
