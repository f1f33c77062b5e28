"""Chinese entities on genre structures first met in the third blind held-out set: invented names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "{title}\n来源：某市人民政府外事办公室　发布时间：2024-05-16\n\n"


def record_of(body: str, title: str = "某市召开工作会议"):
    return extracted(HEADER.format(title=title) + body + "\n", "zh")


def test_a_subdistrict_is_a_level_its_bare_bodies_in_titles_are_not_listed():
    record = record_of(
        "7月5日，南湖街道党工委召开会议。街道党工委书记欧阳立新主持会议，街道党工委副书记、街道办事处主任钱慧"
        "通报工作情况。南湖街道侨联负责人参加会议。"
    )
    assert body_names(record) == ["南湖街道党工委", "南湖街道侨联"]
    assert officials_of(record)["钱慧"]["titles"] == [
        ("街道党工委副书记", "副书记", "街道党工委"),
        ("街道办事处主任", "主任", "街道办事处"),
    ]


def test_a_bare_township_party_committee_in_a_title_is_not_listed_a_named_one_is():
    record = record_of("会议由镇人大主席金一鸣主持。镇党委副书记、镇长何丽作政府工作报告。镇党委书记李国强出席会议。")
    assert body_names(record) == []
    record = record_of("清溪镇党委副书记吴刚作了发言。")
    assert body_names(record) == ["清溪镇党委"]


def test_a_peoples_congress_with_its_term_is_a_body_and_its_standing_committee_one_name():
    record = record_of(
        "1月8日，清水镇第十九届人民代表大会第二次会议召开。延吉市人民代表大会常务委员会副主任方立新到会指导。"
    )
    assert body_names(record) == ["清水镇第十九届人民代表大会", "延吉市人民代表大会常务委员会"]


def test_a_chamber_branch_and_a_representative_office_are_bodies_before_a_position():
    record = record_of("中国法国工商会成都分会总经理玛丽·杜邦，中国德国商会广州代表处首席代表汉斯·穆勒参加会议。")
    found = officials_of(record)
    assert found["玛丽·杜邦"]["titles"] == [("中国法国工商会成都分会总经理", "总经理", "中国法国工商会成都分会")]
    assert found["汉斯·穆勒"]["titles"] == [("中国德国商会广州代表处首席代表", "首席代表", "中国德国商会广州代表处")]
    assert "中国德国商会广州代表处" in body_names(record) and "中国法国工商会成都分会" in body_names(record)


def test_a_body_reported_to_starts_after_the_verb():
    record = record_of("会议要求，市卫健委要每日汇总信息，报市应急管理指挥部。")
    assert body_names(record) == ["市卫健委", "市应急管理指挥部"]


def test_more_compound_surnames():
    record = record_of("副市长太史文出席会议。颛孙立明主持会议。")
    assert list(officials_of(record)) == ["太史文", "颛孙立明"]


def test_a_long_country_before_the_city_a_consul_is_posted_to_is_a_place():
    record = record_of("塔吉克斯坦驻乌鲁木齐总领事阿斯卡尔·托克托古洛夫出席签约仪式。")
    assert officials_of(record)["阿斯卡尔·托克托古洛夫"]["titles"] == [("塔吉克斯坦驻乌鲁木齐总领事", "总领事", None)]


def test_a_later_mention_keeps_the_family_particles_and_the_hyphen():
    record = record_of(
        "市长郑和平会见了荷兰驻广州总领事约翰娜·范·德尔·贝克一行。郑和平对范·德尔·贝克总领事一行表示欢迎。"
        "范·德尔·贝克表示，愿推动合作。友好城市市长玛丽·卡特-琼斯视频致辞。卡特-琼斯市长表示，期待访问。"
    )
    found = officials_of(record)
    assert list(found) == ["郑和平", "约翰娜·范·德尔·贝克", "玛丽·卡特-琼斯"]
    assert "speaker" in found["约翰娜·范·德尔·贝克"]["roles"]


def test_sitting_on_the_rostrum_leading_an_inspection_team_and_guidance_at_the_meeting():
    record = record_of(
        "大会由县长宇文立军主持。县人大常委会主任蔡志宏，县政协主席路春燕在主席台就座。"
        "市委副书记尉迟红霞率督导组到清溪镇，督导生态环境保护工作。市人大常委会副主任冷东旭到会指导。"
    )
    found = officials_of(record)
    assert found["蔡志宏"]["roles"] == ["attendee"] and found["路春燕"]["roles"] == ["attendee"]
    assert found["尉迟红霞"]["roles"] == ["attendee"]
    assert found["冷东旭"]["roles"] == ["attendee", "speaker"]


def test_a_council_before_a_councillor_is_a_body():
    record = record_of("奥克兰市议会议员约翰·史密斯介绍了两市合作情况。")
    assert body_names(record) == ["奥克兰市议会"]


def test_a_visit_hoped_for_is_no_attendance():
    record = record_of("友好城市市长安娜·加西亚-洛佩斯在线上视频致辞。她表示，期待疫情结束后尽快率团访问本市。")
    assert officials_of(record)["安娜·加西亚-洛佩斯"]["roles"] == ["speaker"]


def test_a_bare_level_congress_in_full_inside_a_title_is_the_title_s_body_only():
    # like 县人民政府 or 县人大常委会: a level and its core, not listed inside a title
    record = record_of("县人民代表大会常务委员会主任冀志宏出席会议。")
    assert officials_of(record)["冀志宏"]["titles"] == [
        ("县人民代表大会常务委员会主任", "主任", "县人民代表大会常务委员会")
    ]
    assert body_names(record) == []


def test_a_body_sent_or_handed_to_starts_after_the_verb():
    record = record_of("会议要求，市商务局要形成方案后送市政府审定，区外办要按月汇总数据交区委外事委。")
    assert body_names(record) == ["市商务局", "市政府", "区外办", "区委外事委"]


def test_a_banner_is_a_level_like_a_county():
    record = record_of("旗委书记巴图主持会议。")
    assert officials_of(record)["巴图"]["titles"] == [("旗委书记", "书记", "旗委")]
    assert body_names(record) == []


def test_a_committee_s_shanghai_office_is_no_clause_after_a_meeting():
    record = record_of("德国巴伐利亚州经济促进委员会上海代表处首席代表汉斯·韦伯出席。")
    assert officials_of(record)["汉斯·韦伯"]["titles"][0][2] == "德国巴伐利亚州经济促进委员会上海代表处"


def test_guidance_as_an_adjective_is_no_speech():
    record = record_of("副区长冯涛到企业开展指导性调研。")
    assert officials_of(record)["冯涛"]["roles"] == ["attendee"]
