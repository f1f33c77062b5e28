"""Chinese entities on structures first met in the fourth blind held-out set: prefecture offices, leagues
and banners, qualified positions, bracketed notes after names. Invented names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "{title}\n来源：某市人民政府外事办公室　发布时间：2024-05-16\n\n"


def record_of(body: str, title: str = "某地召开工作会议"):
    return extracted(HEADER.format(title=title) + body + "\n", "zh")


def test_qualified_positions_keep_their_qualifier():
    record = record_of(
        "5月8日，市人民检察院代理检察长宁佩文主持会议。市侨商会名誉会长邬家栋、"
        "平阳市第一副市长贺知章出席。州委常委、常务副州长骆一鸣讲话。"
    )
    found = officials_of(record)
    assert found["宁佩文"]["titles"] == [("市人民检察院代理检察长", "代理检察长", "市人民检察院")]
    assert found["邬家栋"]["titles"] == [("市侨商会名誉会长", "名誉会长", "市侨商会")]
    assert found["贺知章"]["titles"] == [("平阳市第一副市长", "第一副市长", None)]
    assert found["骆一鸣"]["titles"] == [("州委常委", "常委", "州委"), ("常务副州长", "常务副州长", None)]


def test_league_banner_and_prefecture_offices():
    record = record_of(
        "7月2日，盟委委员、行署副盟长包秀兰陪同调研。旗长韩立军参加。"
        "锡林盟行政公署办公室、盟商务局负责同志参加调研。行署专员吴德海讲话。"
    )
    found = officials_of(record)
    assert found["包秀兰"]["titles"] == [("盟委委员", "委员", "盟委"), ("行署副盟长", "副盟长", "行署")]
    assert found["韩立军"]["titles"] == [("旗长", "旗长", None)]
    assert found["吴德海"]["titles"] == [("行署专员", "专员", "行署")]
    # 盟委 and 行署 lean on titles only; the prefecture office is a full name
    assert "盟委" not in body_names(record)
    assert "行署" not in body_names(record)
    assert "锡林盟行政公署办公室" in body_names(record)
    assert "盟商务局" in body_names(record)


def test_a_bracketed_note_after_a_name_does_not_end_a_shared_title_list():
    record = record_of("9月4日，副县长曲文涛（回族）、严若冰（女）出席会议。副主任裴思远（女，瑶族）、葛长庚列席。")
    found = officials_of(record)
    assert list(found) == ["曲文涛", "严若冰", "裴思远", "葛长庚"]
    assert found["严若冰"]["titles"] == [("副县长", "副县长", None)]
    assert found["严若冰"]["roles"] == ["attendee"]
    assert found["葛长庚"]["titles"] == [("副主任", "副主任", None)]
    assert found["葛长庚"]["roles"] == ["attendee"]


def test_a_member_who_goes_along_with_the_delegation_ends_at_its_verb():
    record = record_of("当地时间5月3日，市长卓明远率团抵达。市商务局局长司徒远帆随团访问。")
    found = officials_of(record)
    assert found["司徒远帆"]["titles"] == [("市商务局局长", "局长", "市商务局")]
    assert found["司徒远帆"]["roles"] == ["attendee"]


def test_signing_makes_an_attendee():
    record = record_of("集团总经理韩卫东和越南顺化港公司总经理黎文达代表双方签约。")
    found = officials_of(record)
    assert found["韩卫东"]["roles"] == ["attendee"]
    assert found["黎文达"]["roles"] == ["attendee"]


def test_a_title_after_a_verb_and_its_particle_starts_after_the_particle():
    record = record_of("在口岸，书记乔志远听取了红柳口岸管理委员会主任庞立新的情况介绍。")
    found = officials_of(record)
    assert found["庞立新"]["titles"] == [("红柳口岸管理委员会主任", "主任", "红柳口岸管理委员会")]


def test_a_comma_after_a_single_title_with_no_name_goes_on_with_the_chain():
    record = record_of("省委常委，临江新区党工委书记、管委会主任公孙明哲主持会议。")
    found = officials_of(record)
    assert [text for text, _, _ in found["公孙明哲"]["titles"]] == ["省委常委", "临江新区党工委书记", "管委会主任"]


def test_a_bare_head_after_a_one_character_edge_is_the_short_form_of_a_title_body():
    record = record_of("代表团拜访了泰国福建商会，与商会会长郑永康、副会长丁佩兰座谈。")
    found = officials_of(record)
    assert found["郑永康"]["titles"] == [("商会会长", "会长", "商会")]
