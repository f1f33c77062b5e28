"""Chinese entities and directives on genre structures first met in a fourteenth blind held-out set: Mongolian
names that jieba files as proper nouns, a Party committee's theory study group, and more. Invented names and
places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_generalise import record_of


def test_mongolian_names_jieba_files_as_proper_nouns_are_names_after_a_title_and_in_a_shared_list():
    record = record_of(
        "5月8日，盟委副书记、盟长宝日朝克图主持召开盟行署常务会议。副盟长苏和朝克图、钱立群出席会议。"
        "苏和朝克图在会上通报了口岸建设情况。"
    )
    officials = officials_of(record)
    assert officials["宝日朝克图"] == {
        "titles": [("盟委副书记", "副书记", "盟委"), ("盟长", "盟长", None)],
        "roles": ["chair"],
    }
    assert officials["苏和朝克图"] == {"titles": [("副盟长", "副盟长", None)], "roles": ["attendee", "speaker"]}
    assert officials["钱立群"]["titles"] == [("副盟长", "副盟长", None)]


def test_a_name_jieba_files_whole_as_a_place_is_a_name_after_a_title():
    record = record_of("5月8日，友城代表团访问我市。会上，副市长亚历山德拉致辞。")
    assert officials_of(record)["亚历山德拉"] == {"titles": [("副市长", "副市长", None)], "roles": ["speaker"]}


def test_a_place_word_inside_a_longer_run_still_makes_it_no_name():
    record = record_of("会上，日方松山东高等学校校长佐藤一郎、本市第三中学校长钱立群分别代表学校签约。")
    assert "日方松山东高" not in officials_of(record)


def test_the_head_of_a_theory_study_group_holds_a_title_of_the_group():
    record = record_of("6月3日上午，县委书记、县委理论学习中心组组长司马立新主持学习并讲话。")
    assert officials_of(record)["司马立新"] == {
        "titles": [("县委书记", "书记", "县委"), ("县委理论学习中心组组长", "组长", "县委理论学习中心组")],
        "roles": ["chair", "speaker"],
    }


def test_the_committee_whose_study_group_meets_stands_in_the_text():
    record = record_of("6月3日上午，丽城市委理论学习中心组举行集体学习。")
    assert body_names(record) == ["丽城市委"]
