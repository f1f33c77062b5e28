"""Chinese entities on genre structures first met in an eleventh blind held-out set: compound and Manchu
surnames, a ministry's department whose name holds a position word, a customs house after 对接, and more.
Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_generalise import record_of


def test_a_customs_house_after_duijie_is_a_body():
    record = record_of("会议强调，要主动对接滨江海关，推动茶叶扩大出口。")
    assert body_names(record) == ["滨江海关"]


def test_jimo_is_a_compound_surname():
    record = record_of("市委书记、市委外事工作委员会主任即墨长青主持会议并讲话。")
    assert officials_of(record)["即墨长青"]["roles"] == ["chair", "speaker"]


def test_aixin_is_a_manchu_surname_in_a_shared_title_list():
    record = record_of("省政协副主席钱小兰（女）、爱新安（满族）出席会议。")
    assert officials_of(record)["爱新安"] == {"titles": [("省政协副主席", "副主席", "省政协")], "roles": ["attendee"]}


def test_a_conjunction_after_a_title_opens_no_name():
    record = record_of("全县30余家外贸企业负责人和即将出国务工的200余名人员参加。")
    assert officials_of(record) == {}


def test_a_ministry_department_named_by_a_position_word_is_a_body():
    record = record_of("外交部领事司副处长白云飞应邀作专题辅导。")
    assert officials_of(record) == {
        "白云飞": {"titles": [("外交部领事司副处长", "副处长", "外交部领事司")], "roles": ["speaker"]}
    }
    assert body_names(record) == ["外交部领事司", "外交部"]


def test_missions_and_generic_chambers_after_duijie_are_no_body():
    record = record_of("市外办要主动对接驻华使领馆和外国商协会，做好服务保障工作。")
    assert body_names(record) == ["市外办"]


def test_a_malaysian_honorific_before_a_name_is_dropped_and_a_federation_is_one_body():
    record = record_of(
        "市长钟大海会见了由马来西亚滨城同乡会总会会长拿督林大海率领的恳亲团一行。林大海表示，愿意发挥桥梁作用。"
    )
    assert officials_of(record)["林大海"] == {
        "titles": [("马来西亚滨城同乡会总会会长", "会长", "马来西亚滨城同乡会总会")],
        "roles": ["attendee", "speaker"],
    }
    assert body_names(record) == ["马来西亚滨城同乡会总会"]


def test_a_post_taken_with_danren_is_the_subjects_title():
    record = record_of("随团来访的吴大华现担任泰国滨城商会常务副会长。")
    assert officials_of(record)["吴大华"]["titles"] == [("泰国滨城商会常务副会长", "常务副会长", "泰国滨城商会")]
    assert body_names(record) == ["泰国滨城商会"]


def test_a_camp_leader_post_taken_with_danren_has_no_body():
    record = record_of("市教育局副局长梁小燕担任夏令营营长，出席开营仪式并向营员代表授旗。")
    assert officials_of(record) == {
        "梁小燕": {
            "titles": [("市教育局副局长", "副局长", "市教育局"), ("夏令营营长", "营长", None)],
            "roles": ["attendee"],
        }
    }


def test_a_medical_team_leader_is_a_title_with_no_body():
    record = record_of("医疗队队长、滨海医科大学第二医院副院长关河代表全体队员发言。")
    assert officials_of(record)["关河"]["titles"] == [
        ("医疗队队长", "队长", None),
        ("滨海医科大学第二医院副院长", "副院长", "滨海医科大学第二医院"),
    ]


def test_two_middle_initials_stay_in_a_transliterated_name():
    record = record_of("曼彻斯特圣玛丽中学校长约翰·R·R·史密斯出席。史密斯在致辞中说，很高兴来到这里。")
    assert officials_of(record)["约翰·R·R·史密斯"]["roles"] == ["attendee", "speaker"]


def test_a_journalist_who_asks_is_a_speaker():
    record = record_of("巴西记者卡洛斯·M·佩雷拉询问了当地茶叶出口的情况。")
    assert officials_of(record) == {"卡洛斯·M·佩雷拉": {"titles": [], "roles": ["speaker"]}}


def test_a_survey_report_presented_makes_a_speaker():
    record = record_of("省人大常委会外事侨务委员会主任委员甘若水作专题调研报告。")
    assert officials_of(record)["甘若水"]["roles"] == ["speaker"]


def test_origin_and_side_before_titles_in_a_signatory_list():
    record = record_of(
        "开营仪式上，来自英国的曼彻斯特圣玛丽中学校长约翰·史密斯、日方仙台西高等学校校长佐藤一郎、"
        "滨海第一中学校长范书文等分别代表学校签约。"
    )
    assert officials_of(record) == {
        "约翰·史密斯": {"titles": [("曼彻斯特圣玛丽中学校长", "校长", "曼彻斯特圣玛丽中学")], "roles": ["attendee"]},
        "佐藤一郎": {"titles": [("仙台西高等学校校长", "校长", "仙台西高等学校")], "roles": ["attendee"]},
        "范书文": {"titles": [("滨海第一中学校长", "校长", "滨海第一中学")], "roles": ["attendee"]},
    }


def test_a_deputy_provincial_governor_of_thailand_and_a_yi_surname():
    record = record_of("副市长禄永安（彝族），春武里府副府尹巴颂·乍仑参加会谈。")
    found = officials_of(record)
    assert found["禄永安"]["titles"] == [("副市长", "副市长", None)]
    assert found["巴颂·乍仑"]["titles"] == [("春武里府副府尹", "副府尹", None)]


def test_the_last_name_of_a_shared_title_list_ends_before_he_and_a_title():
    record = record_of("副主任卓尚武、苏秀梅、罗建国和秘书长黎文海出席会议。")
    assert list(officials_of(record)) == ["卓尚武", "苏秀梅", "罗建国", "黎文海"]


def test_a_headline_session_number_without_di_is_the_same_standing_committee():
    record = record_of(
        "7月25日，滨江省第十四届人民代表大会常务委员会第十次会议举行第二次全体会议。",
        title="【滨江】省十四届人大常委会第十次会议举行第二次全体会议",
    )
    assert body_names(record) == ["滨江省第十四届人民代表大会常务委员会"]


def test_a_federation_of_industry_and_commerce_holds_no_edge_before_its_title():
    record = record_of("省政协常委、滨海省工商业联合会副主席王立新作大会发言。")
    assert officials_of(record)["王立新"] == {
        "titles": [("省政协常委", "常委", "省政协"), ("滨海省工商业联合会副主席", "副主席", "滨海省工商业联合会")],
        "roles": ["speaker"],
    }


def test_a_cppcc_short_form_refers_to_the_committee_of_the_listed_standing_committee():
    record = record_of(
        "6月26日，政协第十三届滨海省委员会常务委员会第七次会议开幕。会议要求，省政协各专门委员会要对意见建议进行梳理汇总。"
    )
    assert body_names(record) == ["政协第十三届滨海省委员会常务委员会"]


def test_a_country_with_a_bracketed_note_before_zhu_is_part_of_the_embassy():
    record = record_of("副省长会见了刚果（布）驻华大使馆参赞皮埃尔-阿兰·T·恩戈马。")
    assert officials_of(record)["皮埃尔-阿兰·T·恩戈马"]["titles"] == [
        ("刚果（布）驻华大使馆参赞", "参赞", "刚果（布）驻华大使馆")
    ]
    assert body_names(record) == ["刚果（布）驻华大使馆"]


def test_a_companys_china_division_is_the_title_body():
    record = record_of("鹿特丹远东物流有限公司中国区总经理马蒂亚斯·克劳斯代表企业签约。")
    assert officials_of(record)["马蒂亚斯·克劳斯"]["titles"] == [
        ("鹿特丹远东物流有限公司中国区总经理", "总经理", "鹿特丹远东物流有限公司中国区")
    ]


def test_a_relative_clause_on_the_holder_starts_the_subject():
    record = record_of("参加会见的新加坡滨城会馆名誉会长陈小辉说，会馆将在明年组团参加家乡的美食节。")
    assert officials_of(record)["陈小辉"]["roles"] == ["attendee", "speaker"]


def test_next_step_yao_carries_on_a_cued_list_but_next_step_jiang_does_not():
    record = record_of(
        "会议要求，各县区要建立外事工作台账。下一步，要尽快落实友好港口合作计划。下一步，市外办将编印涉外服务手册。"
    )
    assert [(d.cue, d.text) for d in record.directives] == [
        ("要求", "各县区要建立外事工作台账"),
        ("要求", "尽快落实友好港口合作计划"),
    ]


def test_a_relative_clause_before_an_untitled_name_makes_it_the_subject():
    record = record_of("随团来访的吴大华现担任泰国滨城商会常务副会长，他介绍了泰国东部的投资环境。")
    assert officials_of(record)["吴大华"]["roles"] == ["attendee", "speaker"]


def test_a_leader_named_only_in_the_headline_holds_the_title_the_text_calls_him_by():
    record = record_of(
        "9月12日，市委书记在滨江会见了外国记者采访团一行。市委常委、宣传部部长安美华，副市长禄永安参加会见。"
        "市委书记对采访团一行表示欢迎。他介绍，滨江是生态建设试验区。"
        "会见结束后，市委书记要求，市委宣传部要做好服务保障。",
        title="孟长青会见外国记者采访团",
    )
    found = officials_of(record)
    assert found["孟长青"] == {"titles": [("市委书记", "书记", "市委")], "roles": ["attendee", "speaker"]}
    assert found["禄永安"]["roles"] == ["attendee"]
