"""Chinese entities on genre structures first met in a seventh blind held-out set: river chiefs, honorifics
after names, heads and positions of foreign and company bodies, names that start with a conjunction and more.
Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_generalise import record_of


def test_general_river_chiefs_are_posts_with_no_body_and_the_bare_river_chief_is_none():
    record = record_of(
        "4月8日，市委书记、市第一总河长秦立冬主持召开全市总河长会议。市委副书记、市长、市总河长戚远航，"
        "副市长、市副总河长梅雪松出席。会议要求，各级河长要推动河长巡河常态化，市河长办要加强督办。"
    )
    found = officials_of(record)
    assert list(found) == ["秦立冬", "戚远航", "梅雪松"]
    assert found["秦立冬"]["titles"] == [("市委书记", "书记", "市委"), ("市第一总河长", "第一总河长", None)]
    assert found["梅雪松"]["titles"] == [("副市长", "副市长", None), ("市副总河长", "副总河长", None)]
    assert "市河长办" in body_names(record)


def test_an_assistant_president_of_a_council_is_a_position():
    record = record_of("香港旅游发展局助理总裁何晓岚随团访问。")
    assert officials_of(record)["何晓岚"]["titles"] == [("香港旅游发展局助理总裁", "助理总裁", "香港旅游发展局")]


def test_an_agency_named_shu_is_a_body_but_signing_is_none():
    record = record_of("广州市海洋发展署副署长林若彤出席并致辞。双方签署合作备忘录，署名页由市外办保存。")
    found = officials_of(record)
    assert found["林若彤"]["titles"] == [("广州市海洋发展署副署长", "副署长", "广州市海洋发展署")]
    assert body_names(record) == ["广州市海洋发展署", "市外办"]


def test_honorifics_after_a_name_are_no_part_of_it():
    record = record_of(
        "市长严秋实会见了新西兰驻广州总领事马修·欧康纳先生。新西兰驻广州总领事馆副领事艾米莉·罗斯-沃克女士参加会见。"
        "欧康纳先生表示，愿推动双方职业教育合作。罗斯-沃克女士介绍了教育合作项目。"
    )
    found = officials_of(record)
    assert list(found) == ["严秋实", "马修·欧康纳", "艾米莉·罗斯-沃克"]
    assert found["马修·欧康纳"]["roles"] == ["attendee", "speaker"]
    assert found["艾米莉·罗斯-沃克"]["titles"] == [("新西兰驻广州总领事馆副领事", "副领事", "新西兰驻广州总领事馆")]
    assert found["艾米莉·罗斯-沃克"]["roles"] == ["attendee", "speaker"]


def test_a_long_transliterated_name_ends_before_by_means_of():
    record = record_of("白俄罗斯明斯克州执行委员会副主席叶卡捷琳娜·彼得罗夫娜·博格丹诺维奇通过视频连线致辞。")
    found = officials_of(record)
    assert list(found) == ["叶卡捷琳娜·彼得罗夫娜·博格丹诺维奇"]
    assert found["叶卡捷琳娜·彼得罗夫娜·博格丹诺维奇"]["roles"] == ["speaker"]


def test_a_quoted_abbreviation_is_no_body_but_a_quoted_slogan_may_stand_inside_one():
    record = record_of("会议强调，要压实村“两委”主体责任，发挥县推进“千村示范”建设工作领导小组的统筹作用。")
    assert body_names(record) == ["县推进“千村示范”建设工作领导小组"]


def test_a_conjunction_inside_a_bureau_name_does_not_cut_it():
    record = record_of("会议要求，区交通运输局和区住房和城乡建设局要加强协作。市商务局与市外办负责同志参加。")
    assert body_names(record) == ["区交通运输局", "区住房和城乡建设局", "市商务局", "市外办"]


def test_a_surname_and_a_title_refer_back_to_the_one_person_who_holds_it():
    record = record_of(
        "市委书记柏云深出席会议，市委副书记、市长卫清和主持会议。柏书记指出，今年以来全市创建工作取得新进展。"
        "卫市长强调，要压实各级责任。"
    )
    found = officials_of(record)
    assert list(found) == ["柏云深", "卫清和"]
    assert found["柏云深"]["roles"] == ["attendee", "speaker"]
    assert found["卫清和"]["roles"] == ["chair", "speaker"]


def test_a_survey_report_made_at_a_meeting_is_a_speech():
    record = record_of("市人大常委会教育科学文化卫生工作委员会主任委员龚晓帆作了关于职业教育发展情况的调研报告。")
    assert officials_of(record)["龚晓帆"]["roles"] == ["speaker"]


def test_partners_after_an_adverb_and_a_co_agent_at_a_clause_start_take_part():
    record = record_of("代表团参观了企业展厅，并与集团董事长章远舟、总经理柯一鸣座谈。")
    found = officials_of(record)
    assert found["章远舟"]["roles"] == found["柯一鸣"]["roles"] == ["attendee"]


def test_a_mongolian_name_that_opens_like_a_surname_runs_to_the_firm_stop():
    record = record_of("副市长胡日查巴特尔主持会议，市外办主任石林出席。")
    found = officials_of(record)
    assert found["胡日查巴特尔"] == {"titles": [("副市长", "副市长", None)], "roles": ["chair"]}
