"""Chinese event dates: the opening paragraph's date, resolved against the publication date."""

from __future__ import annotations

import pytest

from bulletin_extract.pipeline import extract


def page(first_paragraph: str, published: str | None = "2023-07-18") -> str:
    header = (
        f"东城区召开区委外事工作委员会全体会议\n发布时间：{published}　来源：东城区人民政府外事办公室\n\n"
        if published
        else ""
    )
    return header + first_paragraph + "\n\n会议强调，要加强统筹协调。\n"


def event_of(text: str):
    record = extract("page.txt", text.encode("utf-8"))
    assert record.record_type == "record", record
    return record


@pytest.mark.parametrize(
    ("first_paragraph", "published", "expected"),
    [
        ("7月17日，东城区召开区委外事工作委员会全体会议。", "2023-07-18", "2023-07-17"),
        ("11月6日上午，区委书记张明主持召开区委常委会会议。", "2023-11-08", "2023-11-06"),
        ("2020年6月9日下午，海淀区委外事工作委员会召开全体会议。", None, "2020-06-09"),
        ("昨天下午，市委外事工作委员会召开全体会议。", "2024-02-28", "2024-02-27"),
        ("今天上午，区政府召开常务会议。", "2024-02-28", "2024-02-28"),
        ("前天，区委外办召开工作会议。", "2024-03-01", "2024-02-28"),
        ("昨天下午，烟台市委外事工作委员会召开全体会议。", None, None),
        ("12月28日，顺义区召开区委外事工作委员会全体会议。", "2024-01-04", "2023-12-28"),
        ("去年12月28日，顺义区召开区委外事工作委员会全体会议。", "2024-03-04", "2023-12-28"),
        ("近日，通州区召开区委外事工作委员会全体会议。", "2025-04-02", None),
        ("二〇二三年十月十二日，区政府召开第十五次常务会议。", None, "2023-10-12"),
        ("十月十二日，区政府召开第十五次常务会议。", "2023-10-20", "2023-10-12"),
        ("７月１７日，东城区召开会议。", "2023-07-18", "2023-07-17"),
        ("本报讯（记者 李明）7月17日，东城区召开会议。", "2023-07-18", "2023-07-17"),
        ("7月17日，东城区召开区委外事工作委员会2023年第一次全体会议。", None, "2023-07-17"),
        ("7月17-18日，东城区举办中轴线国际论坛。", "2023-07-19", "2023-07-17"),
        ("2023年7月17日至18日，东城区举办中轴线国际论坛。", None, "2023-07-17"),
        ("7月17日，东城区召开会议，总结2022年全区外事工作。", None, None),
    ],
)
def test_event_date(first_paragraph, published, expected):
    record = event_of(page(first_paragraph, published))
    assert record.event_date == expected
    if expected is not None:
        span = record.event_date_span
        assert span is not None and record.event_date_span.start < record.event_date_span.end


def test_span_points_at_the_date_as_written():
    text = page("11月6日上午，区委书记张明主持召开区委常委会会议。", "2023-11-08")
    record = event_of(text)
    assert text[record.event_date_span.start : record.event_date_span.end] == "11月6日"


def test_a_deadline_in_the_opening_is_not_the_event():
    record = event_of(page("为确保12月31日前完成各项任务，7月17日，东城区召开推进会。", "2023-07-18"))
    assert record.event_date == "2023-07-17"


def test_a_date_deep_in_the_body_is_not_the_event():
    text = (
        page("区委外事工作委员会召开全体会议。", "2023-07-18")
        + "\n会议要求，9月1日起施行新的工作规则。\n\n各成员单位要在10月8日报送材料。\n"
    )
    assert event_of(text).event_date is None
