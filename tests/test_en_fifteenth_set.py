"""English rules met in the fifteenth blind held-out set (heldout15/), on real-looking bulletins with invented
names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "Chinese\n{title}\nDate: 2024-06-12\nSource: Foreign Affairs Office of Jiaxing Municipality\n\n"


def record_of(body: str, title: str = "Jiaxing Marks Friendship Anniversary"):
    return extracted(HEADER.format(title=title) + body, "en")


def test_people_taking_part_by_video_attend_and_a_leader_setting_out_requirements_speaks():
    record = record_of(
        "On June 10, Shen Liyuan, Mayor of Jiaxing, presided over the video meeting. Taking part by video were "
        "Oksana Pavlovna Reva, Head of Partizansk Urban District; Lee Su-min, Mayor of Gangneung; and Batbold "
        "Enkhtuya, Mayor of Erdenet. Lee Su-min delivered remarks.\n\n"
        "In closing, Shen Liyuan set out three requirements.\n"
    )
    found = officials_of(record)
    assert found["Oksana Pavlovna Reva"]["roles"] == ["attendee"]
    assert found["Lee Su-min"]["roles"] == ["attendee", "speaker"]
    assert found["Batbold Enkhtuya"]["roles"] == ["attendee"]
    assert found["Shen Liyuan"]["roles"] == ["chair", "speaker"]


def test_a_post_held_now_after_a_former_one_is_a_title_too():
    record = record_of(
        "She was received at the time by Mao Lin, then Director of the Jiaxing Municipal Forestry Bureau, who is now "
        "Chairwoman of the CPPCC Jiaxing Municipal Committee. Mao Lin attended the meeting.\n"
    )
    assert [t[1:] for t in officials_of(record)["Mao Lin"]["titles"]] == [
        ("Director", "Jiaxing Municipal Forestry Bureau"),
        ("Chairwoman", "CPPCC Jiaxing Municipal Committee"),
    ]


def test_a_numbered_hospital_of_a_city_and_guests_who_join_online():
    record = record_of(
        "Nurlan Sadykov, Head of the Health Department of Astana City, and Dana Omarova, Deputy Chief Physician of "
        "City Clinical Hospital No. 4 of Astana, joined online.\n"
    )
    found = officials_of(record)
    assert found["Dana Omarova"] == {
        "titles": [
            (
                "Deputy Chief Physician of City Clinical Hospital No. 4 of Astana",
                "Deputy Chief Physician",
                "City Clinical Hospital No. 4 of Astana",
            )
        ],
        "roles": ["attendee"],
    }
    assert found["Nurlan Sadykov"]["roles"] == ["attendee"]


def test_the_russian_federation_is_a_country_not_a_body():
    record = record_of(
        "Present was Irina Volkova, Consul of the Consulate General of the Russian Federation in Shenyang.\n"
    )
    assert body_names(record) == ["Consulate General of the Russian Federation in Shenyang"]


def test_an_airport_is_the_body_of_its_managers_title_but_no_body_of_the_page():
    record = record_of(
        "On June 11, Gao Ruiming, General Manager of Jiaxing Nanhu Airport, presided over the opening ceremony of "
        "the new route. The first flight landed at Incheon International Airport in the evening.\n"
    )
    assert officials_of(record)["Gao Ruiming"]["titles"] == [
        ("General Manager of Jiaxing Nanhu Airport", "General Manager", "Jiaxing Nanhu Airport")
    ]
    assert not {"Jiaxing Nanhu Airport", "Incheon International Airport"} & set(body_names(record))


def test_people_listed_among_a_long_group_of_attending_officials_attend():
    record = record_of(
        "Attending were responsible officials of the Jiaxing Municipal Bureau of Commerce, the Jiaxing Municipal "
        "Bureau of Culture and Tourism and the Jiaxing Municipal Public Security Bureau, among them Qiu Haoran, "
        "Director of the Jiaxing Municipal Bureau of Commerce, and Lan Yifei, Deputy Director of the Jiaxing "
        "Municipal Public Security Bureau.\n"
    )
    found = officials_of(record)
    assert found["Qiu Haoran"]["roles"] == ["attendee"]
    assert found["Lan Yifei"]["roles"] == ["attendee"]


def test_a_shipping_company_is_the_body_of_its_regional_directors_title_and_no_name():
    record = record_of(
        "Present were Gu Qinghe, Director of Jiaxing Customs; and Pierre-Alain Mbeki, Regional Director of "
        "Baltic Star Shipping.\n"
    )
    found = officials_of(record)
    assert found["Pierre-Alain Mbeki"] == {
        "titles": [("Regional Director of Baltic Star Shipping", "Regional Director", "Baltic Star Shipping")],
        "roles": ["attendee"],
    }
    assert set(found) == {"Gu Qinghe", "Pierre-Alain Mbeki"}
