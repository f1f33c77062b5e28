"""Chinese entities on genre structures first met in a tenth blind held-out set: the democratic parties'
branches, chief engineers, Hong Kong and Macao councils and associations, and more. Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_directives import directives_of
from test_zh_generalise import record_of


def test_a_democratic_party_branch_whose_short_name_holds_a_verb_is_a_body():
    record = record_of("座谈会上，民建临川市总支部主委、副市长尤国栋发言。")
    assert officials_of(record)["尤国栋"]["titles"][0] == ("民建临川市总支部主委", "主委", "民建临川市总支部")
    assert body_names(record) == ["民建临川市总支部"]


def test_the_chief_engineer_of_a_port_group_is_a_title():
    record = record_of("无党派人士代表、江北港务集团总工程师宁致远作交流发言。")
    assert officials_of(record)["宁致远"] == {
        "titles": [("江北港务集团总工程师", "总工程师", "江北港务集团")],
        "roles": ["speaker"],
    }


def test_a_legislative_council_and_a_hometown_association_are_bodies():
    record = record_of("香港梅岭同乡会会长卢家宝，澳门特别行政区立法会议员苏咏诗率考察团到梅岭考察。")
    found = officials_of(record)
    assert found["卢家宝"]["titles"] == [("香港梅岭同乡会会长", "会长", "香港梅岭同乡会")]
    assert found["苏咏诗"]["titles"] == [("澳门特别行政区立法会议员", "议员", "澳门特别行政区立法会")]
    assert body_names(record) == ["香港梅岭同乡会", "澳门特别行政区立法会"]


def test_a_visiting_professor_of_a_hospital_is_a_title():
    record = record_of("北川医科大学附属医院客座教授莫里斯·勒让德出席仪式。")
    assert officials_of(record)["莫里斯·勒让德"]["titles"] == [
        ("北川医科大学附属医院客座教授", "客座教授", "北川医科大学附属医院")
    ]


def test_a_town_visited_after_dao_is_no_name():
    record = record_of("8月2日，县委书记蓝启明到郑溪镇调研茶叶产业发展工作。")
    assert list(officials_of(record)) == ["蓝启明"]


def test_officials_heard_in_a_comma_list_of_title_chains_all_reported():
    record = record_of(
        "县长白振林察看了茶叶车间，听取了郑溪镇党委书记、镇长杨光耀，驻村第一书记龙小舟，"
        "石门村党支部书记、村委会主任吴春来的情况汇报。"
    )
    found = officials_of(record)
    assert found["白振林"]["roles"] == ["mentioned"]
    assert [found[name]["roles"] for name in ("杨光耀", "龙小舟", "吴春来")] == [["speaker"]] * 3


def test_officials_named_with_their_posts_then_acted_in_a_past_event():
    record = record_of("2001年5月，时任临川市市长孟庆华与时任鹤冈市市长佐藤一郎签署友好城市协议书。")
    found = officials_of(record)
    assert found["孟庆华"] == {"titles": [("时任临川市市长", "市长", None)], "roles": ["mentioned"]}
    assert found["佐藤一郎"]["roles"] == ["mentioned"]


def test_ordering_words_before_yao_are_dropped_like_enumerators():
    found = directives_of("陶文斌强调，首先要压实主体责任，做到守土有责；其次要规范外事接待；最后要强化日常监督。\n")
    assert found == [
        ("statement", "强调", "压实主体责任，做到守土有责"),
        ("statement", "强调", "规范外事接待"),
        ("statement", "强调", "强化日常监督"),
    ]


def test_titles_in_brackets_after_names_in_a_list():
    record = record_of(
        "市委常委孟凡、韦宁同志，冉秋实（市委常委、常务副市长）、庞立新（市委常委、秘书长）同志出席会议。"
    )
    found = officials_of(record)
    assert found["冉秋实"] == {
        "titles": [("市委常委", "常委", "市委"), ("常务副市长", "常务副市长", None)],
        "roles": ["attendee"],
    }
    assert found["庞立新"]["titles"] == [("市委常委", "常委", "市委"), ("秘书长", "秘书长", None)]
    assert found["庞立新"]["roles"] == ["attendee"]


def test_award_winners_listed_with_a_bracketed_title_and_nationality_notes():
    record = record_of(
        "获奖专家马蒂亚斯·克鲁格（西川大学附属医院客座教授）、奥尔加·彼得罗娃（俄罗斯籍）、"
        "易卜拉欣·索乌（马里籍）等出席仪式。"
    )
    found = officials_of(record)
    assert list(found) == ["马蒂亚斯·克鲁格", "奥尔加·彼得罗娃", "易卜拉欣·索乌"]
    assert found["马蒂亚斯·克鲁格"]["titles"] == [("西川大学附属医院客座教授", "客座教授", "西川大学附属医院")]
    assert [found[name]["roles"] for name in found] == [["attendee"]] * 3
    assert found["奥尔加·彼得罗娃"]["titles"] == []


def test_a_described_transliterated_name_before_a_shared_act_adverb():
    record = record_of(
        "座谈会上，全国政协委员何家豪、澳门中华总商会副会长邝美琪和澳门土生葡人企业家佩德罗·阿尔梅达·桑托斯先后发言。"
        "桑托斯表示，愿意推动合作。"
    )
    found = officials_of(record)
    assert list(found) == ["何家豪", "邝美琪", "佩德罗·阿尔梅达·桑托斯"]
    assert found["佩德罗·阿尔梅达·桑托斯"] == {"titles": [], "roles": ["speaker"]}
    assert found["邝美琪"]["roles"] == ["speaker"]


def test_a_described_transliterated_name_in_a_list_after_a_title_holds_no_title():
    record = record_of("副市长王明远、英国商人詹姆斯·史密斯先后致辞。")
    found = officials_of(record)
    assert found["詹姆斯·史密斯"] == {"titles": [], "roles": ["speaker"]}
    assert found["王明远"]["roles"] == ["speaker"]


def test_thanks_said_by_an_honoured_expert_and_a_past_recalled_are_speeches():
    record = record_of(
        "副省长邹文华、获奖专家卡琳·贝格曼出席仪式。贝格曼代表获奖专家发表感言。"
        "原临川市市长齐振邦应邀出席，回顾了两市结好的历程。"
    )
    found = officials_of(record)
    assert found["卡琳·贝格曼"] == {"titles": [], "roles": ["attendee", "speaker"]}
    assert found["邹文华"]["roles"] == ["attendee"]
    assert found["齐振邦"]["roles"] == ["attendee", "speaker"]
