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
