"""English paragraphs and sentences: abbreviations, initials, list markers and hard-wrapped lines."""

from __future__ import annotations

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language
from bulletin_extract.stages import header, language, read, sentences

HEADER = "Chinese\nTopics:\nYanqing Holds Plenary Meeting\nDate: 2024-04-12\nSource: Yanqing District\n\n"


def split(body: str) -> list[list[str]]:
    """Sentences of a page body grouped by paragraph, as the pipeline's stages build them."""
    state = DocState(file="page.txt", raw=(HEADER + body).encode("utf-8"), lang_hint="en")
    for stage in (read.run, language.run, header.run, sentences.run):
        state = stage(state)
    paragraphs: list[list[str]] = [[] for _ in state.paragraphs]
    for sentence in state.sentences:
        paragraphs[sentence.paragraph].append(state.view[sentence.start : sentence.end])
    return paragraphs


def test_no_break_after_honorifics_and_company_abbreviations():
    text = (
        "Wen Jiahe met with H.E. Mr. Marcus Teo, Ambassador of Singapore. Representatives of Xinghe Biopharma "
        "Co., Ltd. and Ms. Rachel Lim attended. Dr. J. Halvorsen spoke.\n"
    )
    assert split(text) == [
        [
            "Wen Jiahe met with H.E. Mr. Marcus Teo, Ambassador of Singapore.",
            "Representatives of Xinghe Biopharma Co., Ltd. and Ms. Rachel Lim attended.",
            "Dr. J. Halvorsen spoke.",
        ]
    ]


def test_quotes_and_brackets_close_a_sentence():
    text = 'The forum was themed "Shared Future." The fair (CIFTIS). The meeting ended.\n'
    assert split(text) == [['The forum was themed "Shared Future."', "The fair (CIFTIS).", "The meeting ended."]]


def test_numbered_item_marker_is_not_a_sentence():
    text = "Key tasks are as follows:\n\n1. Improving services. Building platforms.\n\n2. Deepening exchanges.\n"
    assert split(text) == [
        ["Key tasks are as follows:"],
        ["1. Improving services.", "Building platforms."],
        ["2. Deepening exchanges."],
    ]


def test_hard_wrapped_lines_join_even_after_an_abbreviation():
    text = (
        "On April 10, District Party Secretary Liang\nShuya met with H.E.\nMr. Tomas Varga. The meeting\n"
        "was held in the district.\nBullets follow:\n- Hold the festival;\n- Promote cooperation.\n"
    )
    assert split(text) == [
        [
            "On April 10, District Party Secretary Liang Shuya met with H.E. Mr. Tomas Varga.",
            "The meeting was held in the district.",
        ],
        ["Bullets follow:"],
        ["- Hold the festival;"],
        ["- Promote cooperation."],
    ]


def test_split_sentences_keeps_offsets_into_the_view():
    english = get_language("en")
    view = "  The meeting was held. It ended at noon."
    spans = english.split_sentences(view, 2, len(view))
    assert spans == [(2, 23), (24, 41)]
    assert [view[a:b] for a, b in spans] == ["The meeting was held.", "It ended at noon."]


def test_a_line_wrapped_after_a_semicolon_goes_on_but_a_marked_item_does_not():
    body = (
        "The meeting stressed the need to raise its profile;\nserve the overall diplomacy.\n"
        "- Hold the festival;\n- Promote cooperation.\n"
    )
    assert split(body) == [
        ["The meeting stressed the need to raise its profile; serve the overall diplomacy."],
        ["- Hold the festival;"],
        ["- Promote cooperation."],
    ]


def test_a_hard_wrapped_paragraph_is_rejoined_but_fields_of_minutes_are_not():
    from conftest import extracted

    page = (
        "Jiaxing Holds Plenary Meeting of Its Foreign Affairs Committee\nDate: 2024-03-02\n\n"
        "On March 1, Jiaxing held the plenary meeting of the Foreign Affairs\n"
        "Committee of the CPC Jiaxing Municipal Committee. Shen Liyuan, Vice\n"
        "Mayor of Jiaxing, attended.\n"
        "Venue: Room 2\n"
        "Chaired by: Mayor Tong Weiliang\n"
    )
    record = extracted(page, "en")
    names = {o.name: o for o in record.officials}
    assert names["Shen Liyuan"].titles[0].text == "Vice Mayor of Jiaxing"
    assert "Foreign Affairs Committee of the CPC Jiaxing Municipal Committee" in [b.name for b in record.bodies]
    assert names["Tong Weiliang"].roles == ["chair"]


def test_a_list_after_a_colon_keeps_a_wrapped_title_together():
    from conftest import extracted

    page = (
        "Jiaxing Holds Plenary Meeting of Its Foreign Affairs Committee\nDate: 2024-03-02\n\n"
        "On March 1, the committee held its plenary meeting. Those present included:\n"
        "Shen Liyuan, Vice Mayor of\n"
        "Jiaxing, and Mao Lin, Director of the Jiaxing Municipal Foreign Affairs Office.\n"
    )
    names = {o.name: o for o in extracted(page, "en").officials}
    assert names["Shen Liyuan"].titles[0].text == "Vice Mayor of Jiaxing"
    assert names["Shen Liyuan"].roles == names["Mao Lin"].roles == ["attendee"]
