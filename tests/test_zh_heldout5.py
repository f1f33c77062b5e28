"""Chinese entities on genre structures first met in the fifth blind held-out set: middle initials in
transliterated names, credits such as 应邀, village and residents' committees, zone committees, consular corps
and short forms of a government's foreign affairs office. Invented names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "{title}\n来源：某市人民政府外事办公室　发布时间：2024-05-16\n\n"


def record_of(body: str, title: str = "某市召开工作会议"):
    return extracted(HEADER.format(title=title) + body + "\n", "zh")


def test_a_middle_initial_stays_inside_a_transliterated_name():
    record = record_of(
        "5月15日，市长宋立群，奥克兰市市长大卫·R·汤普森出席活动并致辞。"
        "奥克兰市议会议员苏珊·L·奥布莱恩-怀特参加活动。汤普森市长表示，愿深化两市交流。"
    )
    found = officials_of(record)
    assert list(found) == ["宋立群", "大卫·R·汤普森", "苏珊·L·奥布莱恩-怀特"]
    assert found["大卫·R·汤普森"]["titles"] == [("奥克兰市市长", "市长", None)]
    assert found["大卫·R·汤普森"]["roles"] == ["attendee", "speaker"]
    assert found["苏珊·L·奥布莱恩-怀特"]["roles"] == ["attendee"]


def test_an_invited_guest_ends_before_ying_yao_and_a_keynote_share_makes_a_speaker():
    record = record_of(
        "区政协委员、区侨联副主席梁志伟，浙江大学教授安娜·诺瓦克作主题分享。区文旅局副局长常青应邀点评。"
    )
    found = officials_of(record)
    assert list(found) == ["梁志伟", "安娜·诺瓦克", "常青"]
    assert found["常青"]["titles"] == [("区文旅局副局长", "副局长", "区文旅局")]
    assert [found[name]["roles"] for name in found] == [["speaker"]] * 3


def test_a_level_foreign_affairs_office_is_the_short_form_of_its_government_office():
    record = record_of(
        "3月8日，绍兴市人民政府外事办公室主任孔立新主持座谈会。会后，副市长钟敏要求，市外办要加强对接。"
        "会议还要求，伊犁地区行政公署外事办公室与地区外办做好衔接。"
    )
    # a prefecture's 行政公署 is its level government: inside the office's name it is not listed, as 市人民政府 is not
    assert body_names(record) == ["绍兴市人民政府外事办公室", "伊犁地区行政公署外事办公室"]


def test_a_village_or_residents_committee_is_the_body_of_its_head_but_not_listed():
    record = record_of(
        "桃溪村党委书记、村委会主任韩国栋同志，东湖社区党委书记、居委会主任卢晓梅同志分别汇报了工作情况。"
    )
    found = officials_of(record)
    assert found["韩国栋"]["titles"][1] == ("村委会主任", "主任", "村委会")
    assert found["卢晓梅"]["titles"][1] == ("居委会主任", "主任", "居委会")
    assert body_names(record) == ["桃溪村党委", "东湖社区党委"]


def test_a_zone_committee_is_named_by_its_whole_zone_and_a_border_unit_by_its_seat():
    record = record_of(
        "市委常委、副市长，磨憨边境经济合作区管委会主任岩温同志主持会议。"
        "会上，市公安局、勐腊海关、勐腊边境管理大队负责同志作交流发言。会议要求，各开发区管委会要加强协调。"
    )
    assert body_names(record) == ["磨憨边境经济合作区管委会", "市公安局", "勐腊海关", "勐腊边境管理大队"]


def test_a_consular_corps_and_its_dean_after_a_year_and_a_government_thanked():
    record = record_of(
        "1月25日晚，广州市人民政府外事办公室举办2025年驻穗领事团新春招待会。"
        "驻穗领事团团长、泰国驻广州总领事颂猜·披汶出席。"
        "颂猜·披汶代表驻穗领事团致辞，感谢广州市政府长期以来为领事团提供的支持。"
    )
    assert body_names(record) == ["广州市人民政府外事办公室", "驻穗领事团", "广州市政府"]
    titles = officials_of(record)["颂猜·披汶"]["titles"]
    assert titles == [("驻穗领事团团长", "团长", "驻穗领事团"), ("泰国驻广州总领事", "总领事", None)]


def test_a_survey_report_is_a_noun_not_an_inspection():
    record = record_of("县人大常委会农业农村工作委员会主任委员邵一鸣汇报了关于乡村振兴的专题调研报告。")
    assert officials_of(record)["邵一鸣"]["roles"] == ["speaker"]


def test_inline_bracketed_tasks_after_a_subject_and_its_modal_drop_the_lead_in():
    record = record_of(
        "会议要求，县人民政府要（一）建立重点外资项目包联机制；（二）加快国际人才服务站建设；"
        "（三）每季度向县人大常委会报告一次项目进展情况。\n"
    )
    assert [(d.kind, d.cue, d.text) for d in record.directives] == [
        ("statement", "要求", "建立重点外资项目包联机制"),
        ("statement", "要求", "加快国际人才服务站建设"),
        ("statement", "要求", "每季度向县人大常委会报告一次项目进展情况"),
    ]


def test_a_one_character_family_name_is_mentioned_later_with_the_word_before_it():
    record = record_of(
        "9月3日，副市长严冬会见了孟加拉国驻华大使阿卜杜勒·卡里姆·汗一行。"
        "卡里姆·汗大使感谢阳江的热情接待。他表示，愿推动双方在港口物流领域合作。"
    )
    found = officials_of(record)
    assert list(found) == ["严冬", "阿卜杜勒·卡里姆·汗"]
    assert found["阿卜杜勒·卡里姆·汗"]["roles"] == ["attendee", "speaker"]


def test_a_body_named_only_in_a_headline_title_is_not_listed():
    record = record_of(
        "5月7日，镇党委书记葛文华同志带队到青石村调研。青石村党委书记徐红英汇报了工作情况。",
        title="枫桥镇党委书记到青石村调研乡村旅游工作",
    )
    assert body_names(record) == ["青石村党委"]


def test_an_inspection_team_head_who_gives_feedback_is_a_speaker_and_shares_no_later_verb():
    record = record_of("市委第三巡察组组长上官宁（女）反馈了巡察发现的问题，市委组织部副部长范志远出席会议并讲话。")
    found = officials_of(record)
    assert found["上官宁"]["roles"] == ["speaker"]
    assert found["范志远"]["roles"] == ["attendee", "speaker"]


def test_an_untitled_transliterated_name_with_a_middle_initial_before_its_verb():
    record = record_of("会上，大卫·R·汤普森表示，愿与我市深化交流合作。")
    assert officials_of(record) == {"大卫·R·汤普森": {"titles": [], "roles": ["speaker"]}}
