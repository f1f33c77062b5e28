"""Chinese entities on genre structures first met in a ninth blind held-out set: spokespersons, customs
and border-inspection heads, police detachments, assistant ministers, and more. Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_directives import directives_of
from test_zh_generalise import record_of


def test_a_government_spokesperson_is_a_title_and_chairs_the_press_conference():
    record = record_of("市政府新闻发言人、市政府副秘书长苏沐阳主持发布会。")
    found = officials_of(record)
    assert found["苏沐阳"]["titles"] == [
        ("市政府新闻发言人", "新闻发言人", "市政府"),
        ("市政府副秘书长", "副秘书长", "市政府"),
    ]
    assert found["苏沐阳"]["roles"] == ["chair"]


def test_heads_of_a_customs_house_and_a_border_inspection_station_are_titles():
    record = record_of("绵州海关副关长严铮、绵州出入境边防检查站站长陶志远参加活动。")
    found = officials_of(record)
    assert found["严铮"]["titles"] == [("绵州海关副关长", "副关长", "绵州海关")]
    assert found["陶志远"]["titles"] == [("绵州出入境边防检查站站长", "站长", "绵州出入境边防检查站")]
    assert found["陶志远"]["roles"] == ["attendee"]


def test_a_police_detachment_is_a_body_and_its_head_a_title():
    record = record_of("市公安局交通警察支队支队长卓凡汇报了有关情况。")
    assert officials_of(record)["卓凡"]["titles"] == [("市公安局交通警察支队支队长", "支队长", "市公安局交通警察支队")]
    assert body_names(record) == ["市公安局交通警察支队", "市公安局"]


def test_an_assistant_minister_is_a_title_of_the_ministry():
    record = record_of("商务部部长助理祁明远出席开幕式并致辞。")
    assert officials_of(record)["祁明远"] == {
        "titles": [("商务部部长助理", "部长助理", "商务部")],
        "roles": ["attendee", "speaker"],
    }


def test_the_political_and_legal_affairs_commission_in_a_title_is_an_abbreviation():
    record = record_of("区委政法委副书记古青松应邀出席会议。")
    assert officials_of(record)["古青松"]["titles"] == [("区委政法委副书记", "副书记", "区委政法委")]
    assert body_names(record) == []


def test_a_chinese_name_before_wei_and_a_transliterated_name_ends_before_wei():
    record = record_of("市委副书记、市长夏长风为卡尔·霍夫曼颁发荣誉市民证书并致辞。")
    found = officials_of(record)
    assert list(found) == ["夏长风", "卡尔·霍夫曼"]
    assert found["夏长风"]["roles"] == ["attendee", "speaker"]


def test_a_transliterated_name_ends_before_a_letter_sent_in():
    record = record_of("市外办主任陶然宣读了奥地利格拉茨市市长莉娜·施密特发来的贺信。")
    found = officials_of(record)
    assert found["莉娜·施密特"] == {"titles": [("奥地利格拉茨市市长", "市长", None)], "roles": ["mentioned"]}
    assert found["陶然"]["roles"] == ["speaker"]


def test_donations_handed_over_and_received_in_person_make_attendees():
    record = record_of("市侨商会会长邝家明代表捐赠方移交捐赠款，市慈善总会会长闵秀兰接收捐赠。")
    found = officials_of(record)
    assert found["邝家明"]["roles"] == ["attendee"]
    assert found["闵秀兰"]["roles"] == ["attendee"]


def test_a_greenhouse_is_no_office():
    record = record_of("他把丹麦现代温室技术带到了当地。副市长柯远航出席仪式。")
    assert body_names(record) == []


def test_the_autonomous_region_is_a_level():
    record = record_of(
        "会议传达学习了自治区党委外事工作委员会会议精神。自治区商务厅副厅长韦兰芝、自治区外事办公室主任蒙启航陪同调研。"
    )
    assert body_names(record) == ["自治区党委外事工作委员会", "自治区商务厅", "自治区外事办公室"]


def test_paragraphs_numbered_di_after_a_sentence_announcing_them_are_bullets():
    body = (
        "他对下一步工作提出三点要求。\n\n"
        "第一，各街道要把外籍人员服务纳入网格管理。\n\n"
        "第二，区外办要会同区公安分局做好签证便利宣传。\n\n"
        "第三，区商务局要建立外资企业诉求直通车机制。\n"
    )
    assert directives_of(body) == [
        ("bullet", None, "各街道要把外籍人员服务纳入网格管理"),
        ("bullet", None, "区外办要会同区公安分局做好签证便利宣传"),
        ("bullet", None, "区商务局要建立外资企业诉求直通车机制"),
    ]


def test_a_hometown_association_abroad_is_a_body():
    record = record_of("澳门茂名同乡总会会长甘立诚代表捐赠方致辞并移交捐赠款。")
    assert officials_of(record)["甘立诚"]["roles"] == [
        "attendee",
        "speaker",
    ]  # roles in one order, whatever order the text gave
    assert body_names(record) == ["澳门茂名同乡总会"]


def test_a_border_inspection_station_named_by_its_city_is_a_body():
    record = record_of("市长何一鸣要求，凭祥海关、凭祥出入境边防检查站和车站要密切配合。")
    assert body_names(record) == ["凭祥海关", "凭祥出入境边防检查站"]


def test_a_unit_of_a_hospital_is_no_government_body():
    record = record_of("院长邓启明介绍了医院国际医疗部建设情况。与会人员参观了国际医疗部的导诊台。")
    assert body_names(record) == []


def test_a_company_name_holding_its_seat_in_brackets_is_a_title_body():
    record = record_of("企业代表、罗森（苏州）精密机械有限公司总经理汉斯·穆勒介绍了扩产计划。")
    assert officials_of(record)["汉斯·穆勒"] == {
        "titles": [("罗森（苏州）精密机械有限公司总经理", "总经理", "罗森（苏州）精密机械有限公司")],
        "roles": ["speaker"],
    }


def test_the_trade_promotion_council_in_a_title_is_its_body_but_not_listed():
    record = record_of("中国贸促会副会长华文涛出席开幕式。")
    assert officials_of(record)["华文涛"]["titles"] == [("中国贸促会副会长", "副会长", "中国贸促会")]
    assert body_names(record) == []


def test_a_role_verb_before_yaoqiu_is_a_noun():
    record = record_of("学院院长戴明轩汇报了办学情况。戴明轩表示，学院将认真落实调研要求。")
    assert officials_of(record)["戴明轩"]["roles"] == ["speaker"]


def test_a_management_section_of_a_bureau_is_a_body_with_its_bureau():
    record = record_of("市公安局治安管理科、市外办参加会议。他介绍了管理科学研究成果。")
    assert body_names(record) == ["市公安局治安管理科", "市公安局", "市外办"]


def test_a_foreign_student_who_tells_his_story_is_a_speaker():
    record = record_of("副校长梁秋实陪同参观。老挝留学生宋明达用中文讲述了他在桂林的学习经历。")
    assert officials_of(record)["宋明达"] == {"titles": [], "roles": ["speaker"]}


def test_a_committee_inside_its_standing_committee_name_is_not_split_out():
    record = record_of("昨日上午，市政协八届委员会常务委员会第五次会议召开。市政协主席程远同志主持会议。")
    assert body_names(record) == ["市政协八届委员会常务委员会"]
