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


def test_a_village_party_general_branch_is_a_body_of_its_secretary():
    record = record_of("在青石村，青石村党总支书记、村委会主任郑有才（彝族）介绍了合作社的做法。")
    assert officials_of(record)["郑有才"]["titles"][0] == ("青石村党总支书记", "书记", "青石村党总支")
    assert body_names(record) == ["青石村党总支"]


def test_a_youth_federation_and_a_guild_hall_federation_are_bodies():
    record = record_of(
        "6月2日，由澳门青年联会副主席何家明率领的澳门青年交流团到访我区。"
        "美国台山同乡会、澳大利亚台山总会馆负责人参加会见。"
    )
    assert officials_of(record)["何家明"]["titles"] == [("澳门青年联会副主席", "副主席", "澳门青年联会")]
    assert body_names(record) == ["澳门青年联会", "美国台山同乡会", "澳大利亚台山总会馆"]


def test_the_host_at_whose_invitation_guests_came_starts_after_ying():
    record = record_of("11月11日，应江州区人民政府邀请，法国驻成都总领事一行到访江州。会上，委员们现场回应群众关切。")
    assert body_names(record) == ["江州区人民政府"]
    assert officials_of(record) == {}


def test_a_chair_who_speaks_last_is_a_speaker_too():
    record = record_of("发布会由市政府新闻发言人钱立群主持。钱立群最后表示，欢迎游客前来。")
    assert officials_of(record)["钱立群"]["roles"] == ["chair", "speaker"]


def directive_texts(record) -> list[tuple[str | None, str]]:
    return [(d.cue, d.text) for d in record.directives]


def test_a_task_stated_before_an_enumerated_list_is_an_item_of_its_own():
    record = record_of(
        "钱立群强调，要坚持安全第一，压实各方责任。一是要盯紧水库隐患点。二是要抓好道路交通安全监管。三是要健全预警机制。"
    )
    assert directive_texts(record) == [
        ("强调", "坚持安全第一，压实各方责任"),
        ("强调", "盯紧水库隐患点"),
        ("强调", "抓好道路交通安全监管"),
        ("强调", "健全预警机制"),
    ]


def test_a_sentence_announcing_the_list_or_a_frame_running_into_it_is_no_task():
    record = record_of(
        "钱立群强调，要把握三个重点。一是要盯紧水库隐患点。二是要抓好道路交通安全监管。"
        "会议要求，做好今年外事工作，一要深化友城合作；二要优化涉外服务。"
    )
    assert [text for _, text in directive_texts(record)] == [
        "盯紧水库隐患点",
        "抓好道路交通安全监管",
        "深化友城合作",
        "优化涉外服务",
    ]


def test_an_official_who_chairs_a_meeting_and_asks_gives_directives():
    record = record_of(
        "会后，钱立群主持召开项目推进座谈会并要求，各县区要实行专班推进；市商务局要建立服务台账；要确保项目年内开工。"
    )
    assert directive_texts(record) == [
        ("要求", "各县区要实行专班推进"),
        ("要求", "市商务局要建立服务台账"),
        ("要求", "确保项目年内开工"),
    ]


def test_a_first_secretary_sent_by_a_bureau_who_briefs_is_a_speaker():
    record = record_of("在石门村，由市商务局选派的驻村第一书记郑有才介绍了产业发展情况。")
    assert officials_of(record)["郑有才"] == {"titles": [("驻村第一书记", "第一书记", None)], "roles": ["speaker"]}
