"""The word sets read from jieba's dictionary are kept between runs, and a bad cache is never trusted."""

from __future__ import annotations

from bulletin_extract.lang.zh.segment import words_through_cache

DICTIONARY = "支持 2400 v\n认真 1200 ad\n黄埔 300 ns\n本次 800 r\n关于 5000 p\n高峰 900 n\n张三 10 nr\n"


def test_the_sets_read_back_from_the_cache_are_those_found_in_the_dictionary(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    found = words_through_cache(dictionary, tmp_path / "cache")
    ordinary, actions, places, pointing, _ = found
    assert "张三" not in ordinary and {"支持", "关于", "高峰"} <= ordinary
    assert (actions, places, pointing) == ({"支持", "认真", "关于"}, {"黄埔"}, {"本次"})
    (kept,) = (tmp_path / "cache").iterdir()
    kept.write_text(kept.read_text(encoding="utf-8").replace("黄埔", "番禺"), encoding="utf-8")
    assert words_through_cache(dictionary, tmp_path / "cache")[2] == {"番禺"}  # read back, not found again


def test_a_broken_or_unwritable_cache_is_passed_by(tmp_path):
    dictionary = tmp_path / "dict.txt"
    dictionary.write_text(DICTIONARY, encoding="utf-8")
    expected = words_through_cache(dictionary, tmp_path / "cache")
    (kept,) = (tmp_path / "cache").iterdir()
    kept.write_bytes(b"\xff\xfe truncated")
    assert words_through_cache(dictionary, tmp_path / "cache") == expected
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    assert words_through_cache(dictionary, blocked / "cache") == expected
