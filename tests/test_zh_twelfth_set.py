"""Chinese entities and directives on genre structures first met in a twelfth blind held-out set: labelled
attendance lines of meeting minutes, names separated by white space, Manchu surnames, civil-service ranks,
numbered topic headings, and more. Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
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


def test_civil_service_ranks_are_positions_with_their_unit_as_body():
    record = record_of("市外办一级巡视员刘明川，市商务局二级调研员黄晓丽，县财政局三级主任科员张伟参加会见。")
    assert officials_of(record) == {
        "刘明川": {"titles": [("市外办一级巡视员", "一级巡视员", "市外办")], "roles": ["attendee"]},
        "黄晓丽": {"titles": [("市商务局二级调研员", "二级调研员", "市商务局")], "roles": ["attendee"]},
        "张伟": {"titles": [("县财政局三级主任科员", "三级主任科员", "县财政局")], "roles": ["attendee"]},
    }


def test_a_police_station_and_a_red_cross_society_are_bodies():
    record = record_of("市公安局城南分局东关派出所所长郝志勇出席会议。市红十字会、市消防救援支队参加演练。")
    assert officials_of(record)["郝志勇"]["titles"] == [
        ("市公安局城南分局东关派出所所长", "所长", "市公安局城南分局东关派出所")
    ]
    assert body_names(record) == [
        "市公安局城南分局东关派出所",
        "市公安局城南分局",
        "市公安局",
        "市红十字会",
        "市消防救援支队",
    ]


def test_a_service_station_and_a_startup_park_are_title_bodies_only():
    record = record_of("东风路社区外籍居民服务站站长王沐晨汇报了工作。青山台湾创业园负责人张家明作交流发言。")
    assert officials_of(record) == {
        "王沐晨": {
            "titles": [("东风路社区外籍居民服务站站长", "站长", "东风路社区外籍居民服务站")],
            "roles": ["speaker"],
        },
        "张家明": {"titles": [("青山台湾创业园负责人", "负责人", "青山台湾创业园")], "roles": ["speaker"]},
    }
    assert body_names(record) == []


def test_a_zone_opens_a_body_name_as_its_level():
    record = record_of(
        "会上，青山经济开发区台港澳事务办公室主任吴启航通报了工作。会议要求，市外办要会同实验区经济发展局做好服务。"
    )
    assert body_names(record) == ["青山经济开发区台港澳事务办公室", "市外办", "实验区经济发展局"]


def test_a_bare_zone_committee_inside_a_title_is_not_listed():
    record = record_of("区委书记、开发区党工委书记温向东出席并致辞。")
    assert body_names(record) == []


def test_watching_a_drill_on_site_is_attending():
    record = record_of("省应急管理厅副厅长、一级巡视员钱若谷现场观摩。")
    assert officials_of(record)["钱若谷"]["roles"] == ["attendee"]


def test_a_spanish_first_family_name_refers_to_the_guest():
    record = record_of("市长会见了即将离任的智利驻华大使胡安·佩德罗·索托一行。佩德罗大使表示，愿继续推动合作。")
    assert officials_of(record)["胡安·佩德罗·索托"]["roles"] == ["attendee", "speaker"]


def test_a_whole_name_set_off_by_spaces_in_a_list_after_a_group_label():
    record = record_of("市领导郑光明 乌兰哈达 苏建国在主会场出席会议。")
    assert officials_of(record) == {
        "郑光明": {"titles": [], "roles": ["attendee"]},
        "乌兰哈达": {"titles": [], "roles": ["attendee"]},
        "苏建国": {"titles": [], "roles": ["attendee"]},
    }


def test_the_party_group_of_a_bare_level_body_inside_a_title_is_not_listed():
    record = record_of("出席：副县长　刘海涛　县政府党组成员　李国华\n")
    assert officials_of(record)["李国华"] == {
        "titles": [("县政府党组成员", "成员", "县政府党组")],
        "roles": ["attendee"],
    }
    assert body_names(record) == []


def test_untitled_names_right_after_a_minutes_label():
    record = record_of(
        "3月2日，县政府召开常务会议。\n\n主持：高志远\n出席：刘海涛、陈思敏\n列席：周明　王芳\n请假：郑强\n记录：张敏\n"
    )
    assert {name: o["roles"] for name, o in officials_of(record).items()} == {
        "高志远": ["chair"],
        "刘海涛": ["attendee"],
        "陈思敏": ["attendee"],
        "周明": ["attendee"],
        "王芳": ["attendee"],
        "郑强": ["mentioned"],
    }
