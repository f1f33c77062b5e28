"""Chinese entities on genre structures first met in an eighth blind held-out set: Naxi family names,
embassy secretaries, company directors, transliterated names known only by an honorific, and more.
Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_generalise import record_of


def test_a_naxi_family_name_after_a_title_is_a_name():
    record = record_of("4月2日，县长木建华会见了来访的客商一行。木建华表示，欢迎企业来县投资。")
    found = officials_of(record)
    assert found["木建华"]["titles"] == [("县长", "县长", None)]
    assert found["木建华"]["roles"] == ["attendee", "speaker"]


def test_an_embassy_secretary_of_a_rank_is_a_position():
    record = record_of("澳大利亚驻华大使馆二等秘书露西·格林陪同访问。")
    assert officials_of(record)["露西·格林"]["titles"] == [
        ("澳大利亚驻华大使馆二等秘书", "二等秘书", "澳大利亚驻华大使馆")
    ]


def test_a_company_director_of_a_field_is_a_position():
    record = record_of("企业代表、盐城凯斯特精密机械有限公司财务总监马丁·韦伯作交流发言。")
    assert officials_of(record)["马丁·韦伯"]["titles"] == [
        ("盐城凯斯特精密机械有限公司财务总监", "财务总监", "盐城凯斯特精密机械有限公司")
    ]


def test_a_transliterated_name_before_an_honorific_is_a_person_even_as_an_object():
    record = record_of(
        "市长尹秋白会见了爱尔兰驻华大使康纳·墨菲阁下及夫人露丝·墨菲女士一行。"
        "会见中，尹秋白向爱尔兰友人肖恩·加拉格尔先生颁发了荣誉市民证书。加拉格尔先生应邀参加会见。"
    )
    found = officials_of(record)
    assert list(found) == ["尹秋白", "康纳·墨菲", "露丝·墨菲", "肖恩·加拉格尔"]
    assert found["露丝·墨菲"] == {"titles": [], "roles": ["attendee"]}
    assert found["肖恩·加拉格尔"] == {"titles": [], "roles": ["attendee"]}


def test_a_verb_of_arrival_and_a_place_after_a_title_are_no_name():
    record = record_of("6月3日，交通运输部副部长来湘调研港口工作。")
    assert officials_of(record) == {}


def test_a_generic_word_with_its_alternative_in_brackets_makes_no_title():
    record = record_of("会议听取了各乡镇（街道）党（工）委书记党建工作述职。区委书记温立群作点评讲话。")
    assert list(officials_of(record)) == ["温立群"]


def test_an_office_of_a_foreign_provincial_government_and_its_head():
    record = record_of("鸟取县交流推进室室长田中雅子在日方会场参加会谈。会议在市政府第一会议室举行。")
    assert officials_of(record)["田中雅子"]["titles"] == [("鸟取县交流推进室室长", "室长", "鸟取县交流推进室")]
    assert body_names(record) == ["鸟取县交流推进室", "市政府"]


def test_the_person_in_charge_of_a_base_and_the_president_of_an_overseas_general_association():
    record = record_of(
        "台商代表、厦门集美两岸青年创业基地负责人詹子豪作交流发言。"
        "市侨联名誉主席、法国华侨华人商贸总会会长叶国栋，荷兰华侨华人协会副会长陈立言作交流发言。"
    )
    found = officials_of(record)
    assert found["詹子豪"]["titles"] == [("厦门集美两岸青年创业基地负责人", "负责人", "厦门集美两岸青年创业基地")]
    assert found["叶国栋"]["titles"] == [
        ("市侨联名誉主席", "名誉主席", "市侨联"),
        ("法国华侨华人商贸总会会长", "会长", "法国华侨华人商贸总会"),
    ]
    assert body_names(record) == ["法国华侨华人商贸总会", "荷兰华侨华人协会"]


def test_a_federation_in_full_is_listed_once_and_its_short_form_and_plenary_are_not():
    record = record_of(
        "瑞安市侨联召开九届四次全委（扩大）会议。5月6日，瑞安市归国华侨联合会召开九届四次全委（扩大）会议。"
        "会议审议通过了市侨联九届四次全委会工作报告。"
    )
    assert body_names(record) == ["瑞安市归国华侨联合会"]


def test_the_party_group_of_an_abbreviated_body_in_a_title_is_not_listed():
    record = record_of(
        "4月2日，宿州市妇女联合会召开执委会议。市妇联党组书记、主席柳青禾主持会议。"
        "市委书记、市人武部党委第一书记邢振东出席。市人武部部长乔卫国部署了征兵工作。"
    )
    assert body_names(record) == ["宿州市妇女联合会"]


def test_a_body_after_a_verb_of_reliance_stands_in_the_text():
    record = record_of("各社区负责人参加会议。会议要求，依托大良街道侨联，开展侨胞联谊活动。")
    assert body_names(record) == ["大良街道侨联"]


def test_a_lecture_and_work_arranged_make_speakers_but_a_meeting_that_arranges_work_does_not():
    record = record_of(
        "5月6日，县长彭立言主持召开县政府常务会议，研究部署防汛工作。市委党校副教授柯远帆应邀作专题辅导报告。"
        "县人武部部长霍振声出席会议并部署了2024年征兵工作。"
    )
    found = officials_of(record)
    assert found["彭立言"]["roles"] == ["chair"]
    assert found["柯远帆"]["roles"] == ["speaker"]
    assert found["霍振声"]["roles"] == ["attendee", "speaker"]


def test_a_guidance_group_is_the_body_of_its_head_but_not_listed():
    record = record_of("市委主题教育第二指导组组长蓝海潮到会指导。他要求，领导班子要抓好问题整改。")
    assert officials_of(record)["蓝海潮"] == {
        "titles": [("市委主题教育第二指导组组长", "组长", "市委主题教育第二指导组")],
        "roles": ["attendee", "speaker"],
    }
    assert body_names(record) == []


def test_a_ministry_is_a_body_in_full_and_no_edge_cuts_it():
    record = record_of(
        "6月3日，外交部副部长邝明哲一行来渝调研。区委常委、宣传部部长严青禾陪同。商务部部长助理黎远山参加调研。"
    )
    found = officials_of(record)
    assert found["邝明哲"]["titles"] == [("外交部副部长", "副部长", "外交部")]
    assert body_names(record) == ["外交部", "商务部"]


def test_a_mongolian_name_written_whole_in_a_list_after_a_shared_title():
    record = record_of("党组成员、副局长苏和、娜仁花参加会议。副区长韩立新、全体干部参加活动。")
    found = officials_of(record)
    assert list(found) == ["苏和", "娜仁花", "韩立新"]
    assert found["娜仁花"]["titles"] == [("党组成员", "成员", "党组"), ("副局长", "副局长", None)]
