"""Chinese entities and directives on genre structures first met in a thirteenth blind held-out set: a body
named with its term (新一届…委员会), a zone's management committee written in full and short, and more.
Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
from test_zh_generalise import record_of


def test_the_term_before_a_body_is_no_part_of_its_name():
    record = record_of(
        "10月9日，中国共产党丽水市莲都区第八次代表大会闭幕。大会选举产生了新一届中共丽水市莲都区委员会。"
    )
    assert body_names(record) == ["中共丽水市莲都区委员会"]


def test_a_zone_committee_written_short_is_the_one_written_in_full():
    record = record_of(
        "3月2日，赣州综合保税区管理委员会召开外资企业座谈会。赣州综合保税区管委会副主任钱立新出席并讲话。"
    )
    assert body_names(record) == ["赣州综合保税区管理委员会"]


def test_a_deputy_chief_procurator_chairs_an_open_day():
    record = record_of("7月3日，南平市人民检察院举办检察开放日活动。副检察长石卫东主持活动。")
    assert officials_of(record)["石卫东"] == {"titles": [("副检察长", "副检察长", None)], "roles": ["chair"]}


def test_the_head_of_a_court_division_is_a_title():
    record = record_of("9月5日，某某市中级人民法院召开涉外商事审判座谈会。民事审判第四庭庭长贾文涛出席。")
    assert officials_of(record)["贾文涛"]["titles"][0][1] == "庭长"


def test_an_answer_given_for_the_government_makes_a_speaker():
    record = record_of("4月8日，市政协召开提案办理协商会。副市长钱立军代表市政府作答复。")
    assert officials_of(record)["钱立军"]["roles"] == ["speaker"]


def test_an_oath_taken_at_the_session_makes_an_attendee():
    record = record_of("会议结束后，新任副市长严志明向宪法宣誓。")
    assert officials_of(record)["严志明"]["roles"] == ["attendee"]


def test_a_person_appointed_as_holds_the_post():
    record = record_of("6月3日，区人大常委会会议决定任命司马立新为区财政局局长。")
    assert officials_of(record)["司马立新"]["titles"] == [("区财政局局长", "局长", "区财政局")]
