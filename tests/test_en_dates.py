"""English event dates: each form, the year-before rule, datelines, and what gives no date."""

from __future__ import annotations

import pytest

from bulletin_extract.pipeline import extract


def page(body: str, published: str | None = "2023-04-22") -> str:
    if published is None:
        return body
    return f"Chinese\nTopics:\nShijingshan District Holds Plenary Meeting\nDate: {published}\nSource: Shijingshan\n\n{body}"


def event_date(body: str, published: str | None = "2023-04-22") -> tuple[str | None, str | None]:
    text = page(body, published)
    record = extract("page.txt", text.encode("utf-8"), lang="en")
    assert record.record_type == "record", record
    span = record.event_date_span
    return record.event_date, text[span.start : span.end] if span else None


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("On April 14, Shijingshan District held the plenary meeting.\n", ("2023-04-14", "April 14")),
        ("On the morning of March 16, the plenary meeting was held.\n", ("2023-03-16", "March 16")),
        ("On the afternoon of April 8, Liu Chenxi met with the ambassador.\n", ("2023-04-08", "April 8")),
        ("On 14 April, the district held the meeting.\n", ("2023-04-14", "14 April")),
        ("On April 3rd, the district held the meeting.\n", ("2023-04-03", "April 3rd")),
        ("On June 5, 2020, the committee held its plenary meeting.\n", ("2020-06-05", "June 5, 2020")),
    ],
)
def test_stated_dates(body, expected):
    assert event_date(body) == expected


def test_a_date_after_publication_falls_in_the_year_before():
    assert event_date("On December 27, Changping District held the meeting.\n", "2020-01-06") == (
        "2019-12-27",
        "December 27",
    )


def test_recently_and_no_date_expression_give_null():
    assert event_date("Recently, Chaoyang District held the 2024 plenary meeting.\n") == (None, None)
    assert event_date("District Mayor Sun Yiran led a team to inspect the airport zone.\n") == (None, None)


def test_a_yearless_date_without_publication_date_is_null():
    assert event_date("On April 14, the district held the meeting to discuss its 2024 work plan.\n", None) == (
        None,
        None,
    )


def test_without_publication_date_a_year_in_the_event_name_serves():
    body = "On October 27, the 2020 International Sister Cities Symposium took place in Yanqing.\n"
    assert event_date(body, None) == ("2020-10-27", "October 27")


def test_wire_dateline_is_skipped_for_the_body_date():
    body = "BEIJING, March 3 -- The committee held a plenary meeting on March 2, 2021, to review its work.\n"
    assert event_date(body, None) == ("2021-03-02", "March 2, 2021")


def test_the_event_sentence_wins_over_later_dates():
    body = (
        "On April 14, the district held the meeting. The fair will open on September 2.\n\n"
        "On April 15, the delegation visited the park.\n"
    )
    assert event_date(body)[0] == "2023-04-14"


def test_a_date_opening_the_second_paragraph_serves_when_the_first_has_none():
    body = "Shijingshan Holds Plenary Meeting on Foreign Affairs\n\nOn April 14, the district held the meeting.\n"
    assert event_date(body)[0] == "2023-04-14"


def test_relative_days_count_back_from_publication():
    assert event_date("Yesterday, the district held the plenary meeting.\n") == ("2023-04-21", "Yesterday")
    assert event_date("The district held the plenary meeting on Tuesday.\n") == ("2023-04-18", "Tuesday")


def test_a_range_of_days_starts_on_the_first():
    assert event_date("On April 14-15, the forum was held in Yanqing.\n") == ("2023-04-14", "April 14-15")


def test_dateline_is_not_the_event_date_and_a_weekday_counts_back_from_publication():
    body = "BEIJING, Jan. 8 -- Beijing held a video conference with Tokyo on Friday on sister city cooperation.\n"
    assert event_date(body, "2022-01-10") == ("2022-01-07", "Friday")


def test_recently_wins_over_a_later_date_in_the_opening_paragraph():
    body = "Recently, the district held the meeting, which reviewed the plan adopted on March 3.\n"
    assert event_date(body) == (None, None)


def test_today_as_a_possessive_is_no_date():
    assert event_date("Today's Huairou hosts a growing number of international conferences.\n") == (None, None)


def test_last_weekday_counts_back_from_publication_a_full_week_on_the_same_weekday():
    assert event_date("Last Friday, a ceremony was held at the airport.\n", "2023-04-17") == ("2023-04-14", "Friday")
    assert event_date("Last Friday, a ceremony was held at the airport.\n", "2023-04-21") == ("2023-04-14", "Friday")
    assert event_date("The ceremony held on Friday opened the route.\n", "2023-04-21") == ("2023-04-21", "Friday")
