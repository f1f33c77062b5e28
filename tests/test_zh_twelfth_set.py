"""Chinese entities and directives on genre structures first met in a twelfth blind held-out set: labelled
attendance lines of meeting minutes, names separated by white space, Manchu surnames, civil-service ranks,
numbered topic headings, and more. Invented names and places."""

from __future__ import annotations

from conftest import officials_of
from test_zh_generalise import record_of

_MINUTES = (
    "3月12日上午，县人民政府召开第9次常务会议。现将会议议定事项纪要如下：\n\n"
    "主持：县长　高志远\n"
    "出席：副县长　刘海涛　陈思敏　县政府党组成员　李国华\n"
    "列席：县商务局局长周明、县外事办主任王芳\n"
    "请假：副县长　郑强（外出学习）\n"
    "记录：张敏\n"
)


def test_labelled_lines_of_minutes_give_chair_attendee_and_absent():
    officials = officials_of(record_of(_MINUTES))
    assert officials["高志远"] == {"titles": [("县长", "县长", None)], "roles": ["chair"]}
    assert officials["刘海涛"] == {"titles": [("副县长", "副县长", None)], "roles": ["attendee"]}
    assert officials["陈思敏"] == {"titles": [("副县长", "副县长", None)], "roles": ["attendee"]}
    assert officials["李国华"]["roles"] == ["attendee"]
    assert officials["王芳"] == {"titles": [("县外事办主任", "主任", "县外事办")], "roles": ["attendee"]}
    assert officials["郑强"] == {"titles": [("副县长", "副县长", None)], "roles": ["mentioned"]}
    assert "张敏" not in officials


def test_names_separated_by_spaces_after_a_group_label():
    record = record_of("5月6日，石桥镇召开党委会议。镇领导 罗春华 巴特尔 彭建军 参加会议。")
    assert officials_of(record) == {
        "罗春华": {"titles": [], "roles": ["attendee"]},
        "巴特尔": {"titles": [], "roles": ["attendee"]},
        "彭建军": {"titles": [], "roles": ["attendee"]},
    }


def test_wanyan_and_beigong_are_compound_surnames():
    record = record_of("副市长完颜志刚出席演练。市委副书记、市长北宫明在主会场讲话。")
    assert officials_of(record)["完颜志刚"]["roles"] == ["attendee"]
    assert officials_of(record)["北宫明"]["roles"] == ["speaker"]


def _directives(record) -> list[tuple[str, str | None, str]]:
    return [(d.kind, d.cue, d.text) for d in record.directives]


def test_topic_headings_of_minutes_are_no_bullets_and_the_cues_under_them_ask():
    record = record_of(
        "一、关于《城南片区更新改造实施方案》\n"
        "会议听取了县住建局的汇报，原则同意《实施方案》。会议要求，县住建局要抓紧修改完善；要做好群众工作。\n\n"
        "二、关于秋季消防演练工作\n"
        "会议明确，由县消防救援大队牵头，各乡镇配合，于10月底前组织开展一次消防演练。\n\n"
        "三、其他事项\n"
        "会议原则同意县外事办提出的年度出访计划。\n"
    )
    assert _directives(record) == [
        ("statement", "要求", "县住建局要抓紧修改完善"),
        ("statement", "要求", "做好群众工作"),
        ("statement", "明确", "由县消防救援大队牵头，各乡镇配合，于10月底前组织开展一次消防演练"),
    ]


def test_numbered_drill_subjects_and_signed_projects_are_no_directives():
    record = record_of(
        "演练共设置3个科目：\n（1）火情监测预警；\n（2）人员疏散转移；\n（3）伤员救治。\n\n"
        "部分签约项目：\n1. 北辰新能源电池项目，总投资2亿元；\n2. 远航冷链物流项目，总投资8000万元。\n"
    )
    assert _directives(record) == []
