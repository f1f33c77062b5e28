"""Stage *read*: decoding and the same-length matching view."""

from __future__ import annotations

import pytest

from bulletin_extract.document import StageError
from bulletin_extract.stages.read import decode, matching_view

BULLETIN = "Date: 2023-04-22\r\nOn April 14,\u00a0the meeting  was held.\r\n"


def test_utf8_bom_is_dropped_and_named():
    text, encoding = decode("\ufeff".encode() + BULLETIN.encode())
    assert encoding == "utf-8-sig"
    assert text == BULLETIN


def test_view_keeps_length_and_folds_crlf_and_nbsp():
    view = matching_view(BULLETIN)
    assert len(view) == len(BULLETIN)
    assert "\r" not in view and "\u00a0" not in view
    assert view.splitlines()[1] == "On April 14, the meeting  was held. "


def test_lone_carriage_returns_become_line_breaks():
    assert matching_view("a\rb") == "a\nb"


def test_gb18030_is_detected():
    text = "区委书记主持会议并讲话。会议强调，要坚持党的全面领导。" * 4
    decoded, encoding = decode(text.encode("gb18030"))
    assert decoded == text
    assert encoding.lower().replace("_", "") in {"gb18030", "gbk", "gb2312"}


def test_a_western_page_saved_in_windows_1252_is_read():
    text = (
        "On May 5, Vice Mayor Shen Liyuan met with Mr. Jos\u00e9 Mar\u00eda Fern\u00e1ndez, Mayor of C\u00f3rdoba. "
        "\u201cWe welcome you,\u201d Shen said. The meeting called for closer ties.\n"
    ) * 3
    assert decode(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "empty file"),
        (b"  \n\t \r\n", "white space"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ],
)
def test_bad_input_names_the_problem(raw, message):
    with pytest.raises(StageError) as caught:
        decode(raw)
    assert caught.value.stage == "read"
    assert message in caught.value.message


def test_space_entities_a_scraper_left_are_spaces_in_the_view():
    text = "&nbsp;\n&nbsp;&nbsp;On May 6, the office&#160;met the guests. AT&T is no entity.\n"
    view = matching_view(text)
    assert len(view) == len(text)
    assert view.splitlines() == ["      ", "            On May 6, the office      met the guests. AT&T is no entity."]
