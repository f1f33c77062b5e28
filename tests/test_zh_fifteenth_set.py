"""Chinese entities and roles on genre structures first met in a fifteenth blind held-out set: leaders listed
under a group label with their titles in brackets, speakers listed in turn, reports heard on a subject, posts
held before (原, 前), hospitals named with 联合 and departments by their usual short names (卫健委, 发改委).
Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_generalise import record_of


def test_a_lead_with_a_group_of_leaders_before_its_list_makes_each_leader_an_attendee():
    record = record_of(
        "3月21日，东林市召开科技大会。出席会议的市领导有：钱立群（市委书记）、孙立新（市人大常委会主任）。"
    )
    officials = officials_of(record)
    assert officials["钱立群"] == {"titles": [("市委书记", "书记", "市委")], "roles": ["attendee"]}
    assert officials["孙立新"]["roles"] == ["attendee"]


def test_speakers_listed_in_turn_after_their_lead_are_speakers_only():
    record = record_of(
        "各县负责同志参加会议。东林县、西河县作表态发言，发言人依次为：钱立群（东林县委书记）、孙立新（西河县县长）。"
    )
    officials = officials_of(record)
    assert officials["钱立群"] == {"titles": [("东林县委书记", "书记", "东林县委")], "roles": ["speaker"]}
    assert officials["孙立新"] == {"titles": [("西河县县长", "县长", None)], "roles": ["speaker"]}


def test_an_official_whose_report_on_a_subject_was_heard_spoke():
    record = record_of(
        "镇长钱立群、副镇长孙立新出席会议。会议听取了孙立新关于一季度安全生产情况的汇报，"
        "听取了钱立群关于上月会议部署落实情况的汇报。"
    )
    officials = officials_of(record)
    assert officials["钱立群"]["roles"] == ["attendee", "speaker"]
    assert officials["孙立新"]["roles"] == ["attendee", "speaker"]


def test_an_official_who_leads_the_members_in_an_activity_attends_it():
    record = record_of("7月1日，市外办党组书记、主任钱立群带领全体党员重温入党誓词。")
    assert officials_of(record)["钱立群"]["roles"] == ["attendee"]


def test_a_hospital_named_with_lianhe_is_one_body_before_its_head():
    record = record_of("会上，巴西圣卡塔琳娜联合医院院长若昂·席尔瓦在线介绍了该院发展情况。")
    assert officials_of(record)["若昂·席尔瓦"] == {
        "titles": [("巴西圣卡塔琳娜联合医院院长", "院长", "巴西圣卡塔琳娜联合医院")],
        "roles": ["speaker"],
    }


def test_a_post_held_before_keeps_its_mark_in_the_title_but_not_in_the_body():
    record = record_of(
        "12月2日，市长钱立群会见了泰国清迈府商会前会长颂猜·汶玛一行。"
        "原东林市外事办公室主任、市政协副主席孙立新参加会见。"
    )
    officials = officials_of(record)
    assert officials["颂猜·汶玛"]["titles"] == [("泰国清迈府商会前会长", "会长", "泰国清迈府商会")]
    assert officials["孙立新"]["titles"] == [
        ("原东林市外事办公室主任", "主任", "东林市外事办公室"),
        ("市政协副主席", "副主席", "市政协"),
    ]
    assert "东林市外事办公室" in body_names(record)
    assert "原东林市外事办公室" not in body_names(record)


def test_a_cue_word_used_as_a_noun_after_de_or_suo_ti_makes_no_directive():
    record = record_of(
        "镇长钱立群出席会议。会议传达学习了东林市委关于防汛工作的部署要求，"
        "听取了钱立群关于上月会议所提要求落实情况的汇报。"
    )
    assert list(record.directives) == []


def test_some_of_a_group_after_a_verb_ends_the_body_named_before():
    record = record_of("9月5日，东林市人大常委会组织部分市人大代表视察口岸。")
    assert body_names(record) == ["东林市人大常委会"]


def test_a_numbered_middle_school_short_or_in_full_is_the_body_of_its_head():
    record = record_of("会上，东林第一中学校长钱立群、西河十一中学校长孙立新、南山一中校长赵明远分别代表学校签约。")
    officials = officials_of(record)
    assert officials["钱立群"]["titles"] == [("东林第一中学校长", "校长", "东林第一中学")]
    assert officials["孙立新"]["titles"] == [("西河十一中学校长", "校长", "西河十一中学")]
    assert officials["赵明远"]["titles"] == [("南山一中校长", "校长", "南山一中")]


def test_the_rare_family_name_yan_starts_a_name_with_its_titles_in_brackets():
    record = record_of(
        "东林县、西河县作表态发言，发言人依次为：钱立群（东林县委书记）、延庆丰（西河县委副书记、县长）。"
        "延庆区副区长孙立新出席。"
    )
    officials = officials_of(record)
    assert officials["延庆丰"] == {
        "titles": [("西河县委副书记", "副书记", "西河县委"), ("县长", "县长", None)],
        "roles": ["speaker"],
    }
    assert officials["孙立新"]["titles"] == [("延庆区副区长", "副区长", None)]


def test_a_post_held_then_names_its_holder_after_de_and_gives_no_role():
    record = record_of(
        "12月2日，市长韩立诚会见了客人。2009年，钱立群首次率团访问东林，时任东林市副市长的韩立诚全程陪同。"
    )
    assert officials_of(record)["韩立诚"] == {
        "titles": [("市长", "市长", None), ("时任东林市副市长", "副市长", None)],
        "roles": ["attendee"],
    }


def test_throughout_ends_a_name_before_its_verb():
    record = record_of("5月8日，副市长韩立诚全程陪同考察。")
    assert officials_of(record) == {"韩立诚": {"titles": [("副市长", "副市长", None)], "roles": ["attendee"]}}


def test_a_department_later_named_by_its_usual_short_name_is_listed_once():
    record = record_of(
        "东林市卫健委与外国医院举行视频交流会\n\n"
        "5月28日，东林市卫生健康委员会与某国国立医院举行视频交流会。东林市发展和改革委员会副主任钱立群出席。"
        "会后，市发改委与市卫健委共同研究合作方案。"
    )
    assert sorted(body_names(record)) == ["东林市卫生健康委员会", "东林市发展和改革委员会"]
