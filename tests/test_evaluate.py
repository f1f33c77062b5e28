"""The scorer follows GOLD.md's folding and matching rules."""

from __future__ import annotations

from bulletin_extract.evaluate import evaluate, match_directives, norm

GOLD = {
    "id": "g1",
    "file": "en/doc-1.txt",
    "header": {"title": "T", "district": None, "date": "2024-05-16", "source": None},
    "event_date": "2024-05-14",
    "officials": [
        {
            "name": "Lin Qiao",
            "titles": [{"text": "District Mayor", "position": "District Mayor", "body": None}],
            "roles": ["chair"],
        }
    ],
    "bodies": ["CPC Miyun District Committee"],
    "directives": [{"kind": "statement", "cue": "called for", "text": "closer ties with sister cities"}],
}


def test_norm_folds_width_case_quotes_the_and_trailing_punctuation():
    assert norm("The  District’s Office;") == "district's office"
    assert norm("区委外事工作委员会。") == "区委外事工作委员会"
    assert norm("ＡＢＣ") == "abc"


def test_directives_match_at_eighty_percent_of_tokens_once_each():
    gold = [{"text": "one two three four five"}, {"text": "six seven eight nine ten"}]
    found, missed, unused = match_directives(gold, [{"text": "one two three four five extra"}, {"text": "six"}])
    assert found == 1
    assert missed == [gold[1]]
    assert unused == [{"text": "six"}]


def test_a_perfect_prediction_scores_one_and_bodies_may_be_objects():
    predicted = {**GOLD, "file": "/archive/en/doc-1.txt", "bodies": [{"name": "the CPC Miyun District Committee"}]}
    scores = evaluate([GOLD], [predicted]).scores()
    assert all(value == 1.0 for value in scores.values()), scores


def test_misses_are_counted_and_listed():
    predicted = {**GOLD, "officials": [], "event_date": None}
    report = evaluate([GOLD], [predicted])
    assert report.scores()["officials"] == 0.0
    assert report.accuracy("event_date") == 0.0
    assert any("officials missed: lin qiao" in miss for miss in report.misses)


def test_a_document_without_prediction_counts_as_missed():
    report = evaluate([GOLD], [])
    assert report.unmatched == ["g1"]
    assert report.scores()["bodies"] == 0.0
