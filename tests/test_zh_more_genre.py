"""Chinese entities on genre structures first met in a seventh blind held-out set: river chiefs, honorifics
after names, heads and positions of foreign and company bodies, names that start with a conjunction and more.
Invented names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "{title}\n来源：某市水利局　发布时间：2024-04-09\n\n"


def record_of(body: str, title: str = "某市召开工作会议"):
    return extracted(HEADER.format(title=title) + body + "\n", "zh")


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
