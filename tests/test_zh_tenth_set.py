"""Chinese entities on genre structures first met in a tenth blind held-out set: the democratic parties'
branches, chief engineers, Hong Kong and Macao councils and associations, and more. Invented names and places."""

from __future__ import annotations

from conftest import body_names, officials_of
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
