"""Chinese entities and directives on genre structures first met in a thirteenth blind held-out set: a body
named with its term (新一届…委员会), a zone's management committee written in full and short, and more.
Invented names and places."""

from __future__ import annotations

from conftest import body_names
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
