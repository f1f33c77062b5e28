"""English rules met in blind held-out bulletins (heldout5/ on) and in genre probes, on real-looking bulletins with
invented names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "Chinese\n{title}\nDate: 2024-06-12\nSource: Foreign Affairs Office of Jiaxing Municipality\n\n"


def record_of(body: str, title: str = "Jiaxing Receives Guests from Abroad"):
    page = HEADER.format(title=title) + body
    return page, extracted(page, "en")


def test_a_middle_initial_stays_inside_the_name_and_the_surname_finds_it_later():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met with Mayor Patricia K. Lindqvist-Moore of "
        "Duluth and Dr. Samuel T. Okonjo, Director of the Duluth Port Authority. Okonjo briefed the guests "
        "on the port.\n"
    )
    found = officials_of(record)
    assert "Patricia K. Lindqvist-Moore" in found
    assert "speaker" in found["Samuel T. Okonjo"]["roles"]
    assert not {"Patricia", "Samuel", "Okonjo"} & set(found)


def test_sheikh_and_dame_are_honorifics_not_parts_of_the_name():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met with Sheikh Hamdan bin Rashid Al Mazrouei, "
        "Chairman of the Sharjah Chamber of Commerce, and Dame Fiona R. Whitcombe, Lord Mayor of Leeds.\n"
    )
    found = officials_of(record)
    assert found["Hamdan bin Rashid Al Mazrouei"]["titles"][0][1] == "Chairman"
    assert found["Fiona R. Whitcombe"]["titles"] == [("Lord Mayor of Leeds", "Lord Mayor", None)]


def test_a_chamber_named_in_the_plural_is_a_body():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met with Omar Saif Al Falasi, Director of the "
        "Shanghai Office of Sharjah Chambers.\n"
    )
    assert officials_of(record)["Omar Saif Al Falasi"]["titles"][0][2] == "Shanghai Office of Sharjah Chambers"
    assert body_names(record) == ["Shanghai Office of Sharjah Chambers", "Sharjah Chambers"]
    _, record = record_of(
        "On June 10, the city held a forum with the German and French Chambers of Commerce in Jiaxing.\n"
    )
    assert body_names(record) == []


def directives_of(body: str) -> list[tuple[str, str | None, str]]:
    _, record = record_of(body)
    return [(d.kind, d.cue, d.text) for d in record.directives]


def test_roman_numerals_with_a_full_stop_open_items_after_a_lead_in():
    assert directives_of(
        "Zhou Hanwen stressed that the district must make foreign trade steadier. He required the Nanhu District "
        "People's Government to:\n"
        "i. publish a guide for foreign-invested enterprises before the end of May;\n"
        "ii. open a service window for foreign residents in every sub-district;\n"
        "iii. report on the progress of the work every quarter.\n"
    )[1:] == [
        ("bullet", None, "publish a guide for foreign-invested enterprises before the end of May"),
        ("bullet", None, "open a service window for foreign residents in every sub-district"),
        ("bullet", None, "report on the progress of the work every quarter"),
    ]


def test_star_bullets_after_suggestions_put_forward_to_a_government():
    assert directives_of(
        "The meeting put forward the following suggestions to the district government:\n"
        "★ Build a service platform for returned overseas Chinese.\n"
        "★ Hold a fair for overseas Chinese entrepreneurs every year.\n"
    ) == [
        ("bullet", None, "Build a service platform for returned overseas Chinese"),
        ("bullet", None, "Hold a fair for overseas Chinese entrepreneurs every year"),
    ]


def test_co_chairs_are_both_chairs():
    found = officials_of(
        record_of(
            "On May 6, Jiaxing and Huzhou held a joint meeting on foreign trade. The meeting was co-chaired by "
            "Shen Liyuan, Vice Mayor of Jiaxing, and Qian Dewei, Vice Mayor of Huzhou.\n"
        )[1]
    )
    assert found["Shen Liyuan"]["roles"] == ["chair"]
    assert found["Qian Dewei"]["roles"] == ["chair"]


def test_among_others_and_a_description_in_apposition_keep_the_subject_of_the_verb():
    found = officials_of(
        record_of(
            "Members of the CPPCC Jiaxing Municipal Committee Fang Zhiyuan, Lu Meiqi and Tao Ran, among others, "
            "spoke at the meeting. Dr. Henrik P. Solberg, a Norwegian guest, also attended the meeting. "
            "Mr. Thomas R. Avery Jr., President of Duluth Sister Cities International, joined the call.\n"
        )[1]
    )
    for name in ("Fang Zhiyuan", "Lu Meiqi", "Tao Ran"):
        assert found[name]["roles"] == ["speaker"], name
    assert found["Henrik P. Solberg"] == {"titles": [], "roles": ["attendee"]}
    assert found["Thomas R. Avery Jr."]["titles"][0][0] == "President of Duluth Sister Cities International"
    assert found["Thomas R. Avery Jr."]["roles"] == ["attendee"]


def test_a_title_stated_of_a_name_in_a_later_sentence_is_the_persons():
    found = officials_of(
        record_of(
            "Overseas Chinese entrepreneurs Xu Jiahe and Ling Shuyi spoke at the symposium. Xu Jiahe is also "
            "President of the Jiaxing Chamber of Commerce in Spain, and Ling Shuyi is Deputy Head of the "
            "Jiusan Society Jiaxing Municipal Committee.\n"
        )[1]
    )
    assert found["Xu Jiahe"]["titles"] == [
        (
            "President of the Jiaxing Chamber of Commerce in Spain",
            "President",
            "Jiaxing Chamber of Commerce in Spain",
        )
    ]
    assert found["Ling Shuyi"]["titles"] == [
        (
            "Deputy Head of the Jiusan Society Jiaxing Municipal Committee",
            "Deputy Head",
            "Jiusan Society Jiaxing Municipal Committee",
        )
    ]


def test_an_organ_directly_under_a_party_committee_nests_that_committee():
    _, record = record_of(
        "Lou Wenbo, Deputy Secretary of the Working Committee for Organs Directly under the CPC Jiaxing "
        "Municipal Committee, attended and gave guidance.\n"
    )
    organs = "Working Committee for Organs Directly under the CPC Jiaxing Municipal Committee"
    assert officials_of(record)["Lou Wenbo"] == {
        "titles": [(f"Deputy Secretary of the {organs}", "Deputy Secretary", organs)],
        "roles": ["attendee", "speaker"],
    }
    assert body_names(record) == [organs, "CPC Jiaxing Municipal Committee"]
    assert record.bodies[0].parent == "CPC Jiaxing Municipal Committee"


def test_a_suffixed_name_is_named_later_by_its_surname_alone():
    found = officials_of(
        record_of(
            "Shen Liyuan, Vice Mayor of Jiaxing, held a video call with Mr. Walter B. McAllister Jr., President "
            "of the Duluth Port Authority. McAllister introduced the port's plan for 2025.\n"
        )[1]
    )
    assert found["Walter B. McAllister Jr."]["roles"] == ["attendee", "speaker"]
    assert "McAllister" not in found


def test_a_headlines_party_committee_is_a_short_form_of_the_cpc_committee_named_in_the_text():
    _, record = record_of(
        "On April 8, the Standing Committee of the CPC Jiaxing Municipal Committee held a meeting on "
        "opening-up. Pu Xinyan, Secretary of the CPC Jiaxing Municipal Committee, presided over the meeting.\n",
        title="Jiaxing Municipal Party Committee Standing Committee Studies Opening-up",
    )
    assert body_names(record) == [
        "Standing Committee of the CPC Jiaxing Municipal Committee",
        "CPC Jiaxing Municipal Committee",
    ]


def test_a_village_committee_is_another_body_than_the_villages_party_committee():
    _, record = record_of(
        "Gu Chenxi, Secretary of the Party Committee of Dongshan Village and Director of the Dongshan Village "
        "Committee, briefed the team on the village's homestays.\n"
    )
    assert body_names(record) == ["Party Committee of Dongshan Village", "Dongshan Village Committee"]


def test_a_liaison_committee_lists_its_regions_with_commas():
    _, record = record_of(
        "On April 16, the Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese of the CPPCC "
        "Jiaxing Municipal Committee held a consultation meeting. The Committee of Hong Kong, Macao, Taiwan "
        "and Overseas Chinese Affairs of the CPPCC Huzhou Municipal Committee sent a delegation.\n"
    )
    assert body_names(record)[0] == (
        "Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese of the CPPCC Jiaxing "
        "Municipal Committee"
    )
    assert (
        "Committee of Hong Kong, Macao, Taiwan and Overseas Chinese Affairs of the CPPCC Huzhou Municipal Committee"
        in body_names(record)
    )


def test_a_purpose_complement_ends_before_the_body_it_belongs_to():
    _, record = record_of(
        "On April 16, the Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese of the CPPCC "
        "Jiaxing Municipal Committee held a consultation meeting.\n"
    )
    assert body_names(record) == [
        "Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese of the CPPCC Jiaxing "
        "Municipal Committee",
        "CPPCC Jiaxing Municipal Committee",
    ]
    assert record.bodies[0].parent == "CPPCC Jiaxing Municipal Committee"


def test_a_person_named_by_a_title_alone_is_the_one_who_holds_it():
    _, record = record_of(
        "On July 3, Bao Tegus, Head of Alxa League, inspected the port of Ceke, accompanied by Qiao Ning, Deputy "
        "Head of Alxa League. The League Head asked the port authorities to speed up customs clearance. "
        "The Mayor of Ejina was also present.\n"
    )
    found = officials_of(record)
    assert found["Bao Tegus"]["roles"] == ["attendee", "speaker"]
    assert found["Qiao Ning"]["roles"] == ["attendee"]


def test_a_title_alone_names_nobody_where_no_one_or_several_hold_it():
    _, record = record_of(
        "On July 3, Wei Lanfang, Vice Mayor of Jiaxing, and Tomas Berg, Deputy Mayor of Lund, attended the "
        "signing ceremony. The Mayor said that the two cities would open a new air route. Zhou Peng, Director "
        "of the Jiaxing Municipal Bureau of Commerce, and Lin Xi, Director of the Jiaxing Port Office, joined "
        "the talks. The Director stressed the importance of the new route.\n"
    )
    found = officials_of(record)
    assert all("speaker" not in person["roles"] for person in found.values())


def test_a_nationality_before_a_position_in_apposition_makes_a_title():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met with Hans Obermaier, German Ambassador to China, "
        "and Claire Dubois, French Consul General in Shanghai. Obermaier said that the two sides should deepen "
        "trade ties.\n"
    )
    found = officials_of(record)
    assert found["Hans Obermaier"] == {
        "titles": [("German Ambassador to China", "Ambassador", None)],
        "roles": ["attendee", "speaker"],
    }
    assert found["Claire Dubois"]["titles"] == [("French Consul General in Shanghai", "Consul General", None)]


def test_a_name_after_the_place_that_ends_a_title_is_the_holders():
    _, record = record_of(
        "On June 10, Vice Mayor Shen Liyuan met with German Ambassador to China Hans Obermaier, Consul General "
        "of France in Shanghai Jean-Luc Moreau and Governor of Nagano Prefecture Kenta Hoshino. Ambassador to the "
        "Republic of Korea Tang Wei and President of the Lakeside Town Hall Khoo Boon Teik also attended. "
        "Obermaier said that the two sides should deepen trade ties.\n"
    )
    found = officials_of(record)
    assert list(found) == [
        "Shen Liyuan",
        "Hans Obermaier",
        "Jean-Luc Moreau",
        "Kenta Hoshino",
        "Tang Wei",
        "Khoo Boon Teik",
    ]
    assert found["Hans Obermaier"] == {
        "titles": [("German Ambassador to China", "Ambassador", None)],
        "roles": ["attendee", "speaker"],
    }
    assert found["Jean-Luc Moreau"]["titles"] == [("Consul General of France in Shanghai", "Consul General", None)]
    assert found["Kenta Hoshino"]["titles"] == [("Governor of Nagano Prefecture", "Governor", None)]
    assert found["Tang Wei"]["titles"] == [("Ambassador to the Republic of Korea", "Ambassador", None)]
    # several name words before the name: it starts at the surname
    assert found["Khoo Boon Teik"]["roles"] == ["attendee"]


def test_a_place_of_two_words_at_the_end_of_a_title_in_apposition_is_no_name():
    _, record = record_of("Tang Wei, Ambassador to New Zealand, and Li Na, Consul General in Hong Kong, attended.\n")
    found = officials_of(record)
    assert list(found) == ["Tang Wei", "Li Na"]
    assert found["Tang Wei"]["titles"] == [("Ambassador to New Zealand", "Ambassador", None)]


def test_a_deputy_to_a_congress_a_portfolio_and_a_spokesperson_for_a_body():
    _, record = record_of(
        "Liu Fangfang, Deputy to the National People's Congress and Chairwoman of the Jiaxing Federation of "
        "Industry and Commerce, attended the meeting. A delegation led by Chan Ka-ming, Secretary for Commerce "
        "and Economic Development of the Hong Kong SAR Government, was received by Shen Liyuan. Tang Wei, "
        "Spokesperson for the Jiaxing Municipal Bureau of Commerce, spoke. Deputy Mayor Gu Ming attended.\n"
    )
    found = officials_of(record)
    assert found["Liu Fangfang"] == {
        "titles": [
            ("Deputy to the National People's Congress", "Deputy", "National People's Congress"),
            (
                "Chairwoman of the Jiaxing Federation of Industry and Commerce",
                "Chairwoman",
                "Jiaxing Federation of Industry and Commerce",
            ),
        ],
        "roles": ["attendee"],
    }
    assert found["Chan Ka-ming"]["titles"] == [
        (
            "Secretary for Commerce and Economic Development of the Hong Kong SAR Government",
            "Secretary for Commerce and Economic Development",
            "Hong Kong SAR Government",
        )
    ]
    # the host of a visit told in the passive attended it
    assert found["Shen Liyuan"]["roles"] == ["attendee"]
    assert found["Tang Wei"] == {
        "titles": [
            (
                "Spokesperson for the Jiaxing Municipal Bureau of Commerce",
                "Spokesperson",
                "Jiaxing Municipal Bureau of Commerce",
            )
        ],
        "roles": ["speaker"],
    }
    # "Deputy" before another position is still a modifier
    assert found["Gu Ming"]["titles"] == [("Deputy Mayor", "Deputy Mayor", None)]


def test_untitled_names_listed_after_a_role_phrase_all_take_part():
    _, record = record_of(
        "The meeting was attended by Sun Lihua, Zhou Wei and Qian Mingyuan. Also present at the meeting were "
        "Gu Ming, Vice Mayor of Jiaxing, and Tao Ran, Director of the Jiaxing Municipal Bureau of Commerce.\n"
    )
    found = officials_of(record)
    assert list(found) == ["Sun Lihua", "Zhou Wei", "Qian Mingyuan", "Gu Ming", "Tao Ran"]
    assert all(person["roles"] == ["attendee"] for person in found.values())


def test_titles_referring_to_the_prefecture_portfolios_and_offices_in_another_city():
    _, record = record_of(
        "Aliya Serikbay, Member of the Standing Committee of the CPC Altay Prefecture Committee, Deputy Governor "
        "of the prefecture, and Executive Deputy Head of the Altay Prefecture Leading Group for Opening Up, reported "
        "on the work. Wong Kit-man, Secretary for Home Affairs of the Government of the Hong Kong Special "
        "Administrative Region, and Lau Siu-fung, Director of the Hong Kong Economic and Trade Office in Chengdu, "
        "attended. After the meeting, the Deputy Governor asked the Prefecture Bureau of Commerce to follow up on "
        "the projects.\n"
    )
    found = officials_of(record)
    assert found["Aliya Serikbay"]["titles"][1:] == [
        ("Deputy Governor of the prefecture", "Deputy Governor", None),
        (
            "Executive Deputy Head of the Altay Prefecture Leading Group for Opening Up",
            "Executive Deputy Head",
            "Altay Prefecture Leading Group for Opening Up",
        ),
    ]
    assert found["Aliya Serikbay"]["roles"] == ["speaker"]
    assert found["Wong Kit-man"]["titles"] == [
        (
            "Secretary for Home Affairs of the Government of the Hong Kong Special Administrative Region",
            "Secretary for Home Affairs",
            "Government of the Hong Kong Special Administrative Region",
        )
    ]
    assert "Hong Kong Economic and Trade Office in Chengdu" in body_names(record)
    # a person named by a title alone asks like a named one
    assert [d.text for d in record.directives] == ["follow up on the projects"]


def test_plural_deputies_a_title_after_who_is_also_and_a_democratic_party():
    _, record = record_of(
        "Deputies to the Zhejiang Provincial People's Congress Xu Lan and Mo Jie attended. Mo Jie, who is also "
        "General Manager of Jiaxing Port Group Co., Ltd., said that trade grew. Shi Qing is also Chairwoman of the "
        "Jiaxing Municipal Committee of the China Democratic League.\n"
    )
    found = officials_of(record)
    shared = (
        "Deputies to the Zhejiang Provincial People's Congress",
        "Deputy",
        "Zhejiang Provincial People's Congress",
    )
    assert found["Xu Lan"] == {"titles": [shared], "roles": ["attendee"]}
    assert found["Mo Jie"]["titles"][1] == (
        "General Manager of Jiaxing Port Group Co., Ltd.",
        "General Manager",
        "Jiaxing Port Group Co., Ltd.",
    )
    assert found["Mo Jie"]["roles"] == ["attendee", "speaker"]
    assert "China Democratic League" in body_names(record)


def test_body_names_with_a_particle_a_list_of_two_ands_and_a_municipal_headquarters():
    _, record = record_of(
        "Joana de Souza, President of the Juiz de Fora City Council, joined. Heads of the member units, including "
        "the Jiaxing Municipal Bureau of Natural Resources and Planning and Jiaxing Customs, were present. Shen "
        "Liyuan, Commander of the Jiaxing Municipal Flood Control and Drought Relief Headquarters, spoke.\n"
    )
    assert body_names(record) == [
        "Juiz de Fora City Council",
        "Jiaxing Municipal Bureau of Natural Resources and Planning",
        "Jiaxing Customs",
        "Jiaxing Municipal Flood Control and Drought Relief Headquarters",
    ]


def test_a_standing_committee_of_one_party_body_is_no_short_form_of_anothers():
    _, record = record_of(
        "Yan Ming, Member of the Standing Committee of the CPC Jiaxing Municipal Committee, delivered a report on "
        "behalf of the Standing Committee of the CPC Jiaxing Municipal Commission for Discipline Inspection.\n"
    )
    assert body_names(record) == [
        "Standing Committee of the CPC Jiaxing Municipal Committee",
        "CPC Jiaxing Municipal Committee",
        "Standing Committee of the CPC Jiaxing Municipal Commission for Discipline Inspection",
        "CPC Jiaxing Municipal Commission for Discipline Inspection",
    ]


def test_a_byline_is_no_paragraph_so_the_dateline_paragraph_dates_the_event():
    page = (
        "Zone Sets Priorities\nPublished: 2024-05-16 08:45\nBy Cai Xiaowen\n\nJIAXING, May 15 — The Party Working "
        "Committee of the zone held a meeting on Tuesday (May 14) to review its work.\n"
    )
    record = extracted(page, "en")
    assert record.event_date == "2024-05-14"


def test_comrade_is_no_part_of_the_name():
    _, record = record_of(
        "Comrade Lou Jianping, Secretary of the CPC Jiaxing Municipal Committee, presided over the meeting. "
        "Comrade Lou stressed the need to keep foreign trade stable.\n"
    )
    found = officials_of(record)
    assert list(found) == ["Lou Jianping"]
    assert found["Lou Jianping"]["roles"] == ["chair", "speaker"]


def test_a_list_of_names_with_dashed_titles_after_a_lead_in_with_a_colon():
    _, record = record_of(
        "Present at the meeting were:\n"
        "Qiu Wenjun — Vice Mayor and Deputy Director of the Committee\n"
        "Fan Lili — Director of the Jiaxing Municipal Bureau of Commerce\n"
        "\n"
        "Fan Lili briefed the meeting on foreign trade.\n"
    )
    found = officials_of(record)
    assert found["Qiu Wenjun"] == {
        "titles": [
            ("Vice Mayor", "Vice Mayor", None),
            ("Deputy Director of the Committee", "Deputy Director", "Committee"),
        ],
        "roles": ["attendee"],
    }
    assert found["Fan Lili"] == {
        "titles": [
            ("Director of the Jiaxing Municipal Bureau of Commerce", "Director", "Jiaxing Municipal Bureau of Commerce")
        ],
        "roles": ["attendee", "speaker"],
    }


def test_a_title_in_brackets_after_the_name_and_the_authors_of_reports_a_meeting_heard():
    _, record = record_of(
        "Yu Ting (Deputy Director of the Jiaxing Municipal Foreign Affairs Office) and officers of the district "
        "sat in on the meeting. The meeting heard reports from Cen Bo, Secretary of the Party Branch of Nanhu "
        "Community, and Wei Lan, Director of the Xiuzhou Subdistrict Office.\n"
    )
    found = officials_of(record)
    assert found["Yu Ting"] == {
        "titles": [
            (
                "Deputy Director of the Jiaxing Municipal Foreign Affairs Office",
                "Deputy Director",
                "Jiaxing Municipal Foreign Affairs Office",
            )
        ],
        "roles": ["attendee"],
    }
    assert found["Cen Bo"]["roles"] == found["Wei Lan"]["roles"] == ["speaker"]


def test_river_chiefs_a_board_chairman_and_a_company_officer_hold_positions():
    _, record = record_of(
        "Lou Jianping, Secretary of the CPC Jiaxing Municipal Committee and First General River Chief of Jiaxing, "
        "attended the meeting. Vice Mayor Qiu Wenjun, Deputy General River Chief, reported on the work. "
        "Wang Hao, Chairman of the Board of Jiaxing Harbour Group Co., Ltd., and Anke Vogel-Brandt, Chief Technology "
        "Officer of Rheinmetall Werkzeug AG, spoke at the forum.\n"
    )
    found = officials_of(record)
    assert found["Lou Jianping"]["titles"][1] == (
        "First General River Chief of Jiaxing",
        "First General River Chief",
        None,
    )
    assert found["Qiu Wenjun"]["titles"] == [
        ("Vice Mayor", "Vice Mayor", None),
        ("Deputy General River Chief", "Deputy General River Chief", None),
    ]
    assert found["Qiu Wenjun"]["roles"] == ["speaker"]
    assert found["Wang Hao"]["titles"] == [
        (
            "Chairman of the Board of Jiaxing Harbour Group Co., Ltd.",
            "Chairman of the Board",
            "Jiaxing Harbour Group Co., Ltd.",
        )
    ]
    assert found["Anke Vogel-Brandt"]["titles"] == [
        ("Chief Technology Officer of Rheinmetall Werkzeug AG", "Chief Technology Officer", "Rheinmetall Werkzeug AG")
    ]


def test_a_university_named_with_of_and_a_college_of_a_university_are_title_bodies():
    _, record = record_of(
        "Zhu Lin, President of Zhejiang University of Science and Technology, and Dr. Maria Luisa dela Rosa-Cruz, "
        "Dean of the College of Nursing of the University of the Philippines Manila, spoke. Mr. Jose Antonio "
        "Ramos III, Consul General of the Philippines in Shanghai, attended. Ramos recalled the first exchange.\n"
    )
    found = officials_of(record)
    assert found["Zhu Lin"]["titles"] == [
        (
            "President of Zhejiang University of Science and Technology",
            "President",
            "Zhejiang University of Science and Technology",
        )
    ]
    assert found["Maria Luisa dela Rosa-Cruz"]["titles"] == [
        (
            "Dean of the College of Nursing of the University of the Philippines Manila",
            "Dean",
            "College of Nursing of the University of the Philippines Manila",
        )
    ]
    assert found["Jose Antonio Ramos III"]["roles"] == ["attendee", "speaker"]


def test_news_copy_titles_in_lower_case_after_the_name_keep_their_case():
    page = (
        "Jiaxing opens two new container routes\n"
        "Updated 2024-09-12 20:41 | Source: Jiaxing Daily\n\n"
        "JIAXING, Sept. 12 -- Jiaxing will open two container routes, officials said at a conference held on "
        "Sept. 11.\n\n"
        '"Opening-up is the way out," Lou Jianping, the city\'s Party chief, told the conference. Shen Liyuan, '
        "mayor of Jiaxing, presided over the conference. According to Shen, trade rose 9 percent. Fan Lili, "
        "director of the Jiaxing Municipal Bureau of Commerce, attended.\n"
    )
    record = extracted(page, "en")
    assert (record.header.title, record.header.date, record.header.source) == (
        "Jiaxing opens two new container routes",
        "2024-09-12",
        "Jiaxing Daily",
    )
    assert record.event_date == "2024-09-11"
    found = officials_of(record)
    assert found["Lou Jianping"] == {"titles": [("city's Party chief", "Party chief", None)], "roles": ["speaker"]}
    assert found["Shen Liyuan"] == {"titles": [("mayor of Jiaxing", "mayor", None)], "roles": ["chair", "speaker"]}
    assert found["Fan Lili"]["titles"] == [
        ("director of the Jiaxing Municipal Bureau of Commerce", "director", "Jiaxing Municipal Bureau of Commerce")
    ]


def test_triangle_bullets_after_a_passive_lead_in_and_a_headline_short_form_of_a_body():
    page = (
        "Party Branch of Jiaxing Foreign Affairs Office Holds Party Day\n"
        "Date: 2024-07-02\nSource: Jiaxing Municipal Foreign Affairs Office\n\n"
        "The Party Branch of the Jiaxing Municipal Foreign Affairs Office held a Party Day activity.\n\n"
        "Three requirements were made:\n\n"
        "▲ Every Party member should report gifts received from foreign guests within one month;\n\n"
        "▲ The Party Branch should hold a study session on foreign-related law every quarter.\n"
    )
    record = extracted(page, "en")
    assert [(d.kind, d.text) for d in record.directives] == [
        ("bullet", "Every Party member should report gifts received from foreign guests within one month"),
        ("bullet", "The Party Branch should hold a study session on foreign-related law every quarter"),
    ]
    # the headline's "Jiaxing Foreign Affairs Office" is the text's Municipal one, named short
    assert body_names(record) == [
        "Party Branch of the Jiaxing Municipal Foreign Affairs Office",
        "Jiaxing Municipal Foreign Affairs Office",
    ]


def test_chaired_and_addressed_by_video_talks_in_closing_and_a_topic_before_another_body():
    _, record = record_of(
        "The conference was chaired and addressed by Shen Liyuan, Mayor of Jiaxing. Wang Hao, Vice Mayor of "
        "Jiaxing, held video talks with Mr. Rahmat Hidayat, Governor of Riau Province. Heads of the Jiaxing "
        "Municipal Bureau of Commerce and Jiaxing Customs sat in on the session.\n\n"
        "In closing, Shen Liyuan called on the departments concerned to assign a project officer to every "
        "signed project.\n"
    )
    found = officials_of(record)
    assert found["Shen Liyuan"]["roles"] == ["chair", "speaker"]
    assert found["Wang Hao"]["roles"] == found["Rahmat Hidayat"]["roles"] == ["attendee"]
    assert body_names(record) == ["Jiaxing Municipal Bureau of Commerce", "Jiaxing Customs"]
    assert [(d.cue, d.text) for d in record.directives] == [
        ("called on", "assign a project officer to every signed project")
    ]


def test_a_second_title_in_lower_case_and_a_count_before_the_guests_a_list_names():
    _, record = record_of(
        "Lou Jianping, member of the Standing Committee of the CPC Zhejiang Provincial Committee and secretary "
        "of the CPC Jiaxing Municipal Committee, met the guests. The gala was attended by around 200 guests, "
        "including Vice Mayor Shen Liyuan and Consul General of Japan in Shanghai Kenta Hoshino.\n"
    )
    found = officials_of(record)
    assert [title[1] for title in found["Lou Jianping"]["titles"]] == ["member", "secretary"]
    assert found["Shen Liyuan"]["roles"] == found["Kenta Hoshino"]["roles"] == ["attendee"]


def test_red_cross_societies_party_members_groups_and_a_headline_verb_after_a_topic():
    page = (
        "Jiaxing Federation of Returned Overseas Chinese Holds Plenary Session\n"
        "Date: 2024-06-24    Source: Jiaxing Federation of Returned Overseas Chinese\n\n"
        "On June 21, Wen Qiuling, President of the Jiaxing Red Cross Society, thanked the Macao Red Cross. Lin Hua, "
        "Secretary of the Leading Party Members' Group of the Jiaxing Municipal People's Government, attended.\n\n"
        "Copyright © 2024 Jiaxing Municipal People's Government. All Rights Reserved.\n"
    )
    record = extracted(page, "en")
    assert body_names(record) == [
        "Jiaxing Federation of Returned Overseas Chinese",
        "Jiaxing Red Cross Society",
        "Macao Red Cross",
        "Leading Party Members' Group of the Jiaxing Municipal People's Government",
        "Jiaxing Municipal People's Government",
    ]


def test_a_speaker_of_an_assembly_a_cultural_counsellor_and_a_family_name_after_a_title():
    _, record = record_of(
        "A delegation led by Ms. Kuroda Akiko, Governor of Akita Prefecture, visited Jiaxing. Hayashi Ken, Speaker "
        "of the Akita Prefectural Assembly, and Rocío Vidal, Cultural Counsellor of the Embassy of Spain in China, "
        "attended. Vice Mayor Shen Liyuan welcomed Governor Kuroda.\n"
    )
    found = officials_of(record)
    assert list(found) == ["Kuroda Akiko", "Hayashi Ken", "Rocío Vidal", "Shen Liyuan"]
    assert found["Hayashi Ken"]["titles"] == [
        ("Speaker of the Akita Prefectural Assembly", "Speaker", "Akita Prefectural Assembly")
    ]
    assert found["Rocío Vidal"]["titles"][0][1] == "Cultural Counsellor"


def test_tan_sri_opens_no_name_and_a_society_asked_to_act_is_dropped_from_the_task():
    _, record = record_of(
        "Tan Sri Lim Kah Seng, President of the Federation of Fujian Associations Malaysia, joined the session "
        "online. The meeting required the Society to publish every donation within ten days.\n"
    )
    assert list(officials_of(record)) == ["Lim Kah Seng"]
    assert [d.text for d in record.directives] == ["publish every donation within ten days"]


def test_head_of_the_delegation_and_a_second_title_a_guest_lecturer_and_a_title_used_to_address():
    _, record = record_of(
        "Lou Jianping, Head of the delegation and Secretary of the CPC Jiaxing Municipal Committee, presided over "
        "the discussion. Fan Lili, Director-General of the Department of Commerce of Zhejiang Province, was invited "
        "to give a special lecture. Shen Liyuan, Party chief of Nanhu, attended. Secretary Shen said that the "
        "report was sound.\n"
    )
    found = officials_of(record)
    assert found["Lou Jianping"] == {
        "titles": [
            ("Head of the delegation", "Head", None),
            ("Secretary of the CPC Jiaxing Municipal Committee", "Secretary", "CPC Jiaxing Municipal Committee"),
        ],
        "roles": ["chair"],
    }
    assert found["Fan Lili"]["roles"] == ["speaker"]
    # "Secretary <surname>" addresses the Party chief: no title of its own
    assert found["Shen Liyuan"] == {
        "titles": [("Party chief of Nanhu", "Party chief", None)],
        "roles": ["attendee", "speaker"],
    }


def test_capital_roman_bullets_arrangements_for_a_noun_and_numbered_efforts_in_one_sentence():
    directives = directives_of(
        "He set out the following requirements for this year's work:\n\n"
        "I. Strengthening the armed forces departments of towns with full-time staff;\n\n"
        "II. Giving priority to recruiting college graduates.\n\n"
        "The conference made arrangements for a series of youth exchanges in the summer.\n\n"
        "Shen Liyuan called for efforts to (1) stabilize traditional markets; (2) expand new markets; and (3) "
        "train more traders.\n"
    )
    assert [(kind, text) for kind, _, text in directives] == [
        ("bullet", "Strengthening the armed forces departments of towns with full-time staff"),
        ("bullet", "Giving priority to recruiting college graduates"),
        ("statement", "a series of youth exchanges in the summer"),
        ("statement", "stabilize traditional markets"),
        ("statement", "expand new markets"),
        ("statement", "train more traders"),
    ]


def test_a_province_of_a_country_ends_a_title_and_thanks_are_spoken():
    _, record = record_of(
        "Vice Mayor Shen Liyuan held video talks with Yoon Ha-neul, Governor of South Jeolla Province of the "
        "Republic of Korea. Yoon Ha-neul thanked Jiaxing for its support.\n"
    )
    found = officials_of(record)
    assert found["Yoon Ha-neul"] == {
        "titles": [("Governor of South Jeolla Province of the Republic of Korea", "Governor", None)],
        "roles": ["attendee", "speaker"],
    }


def test_an_ordinal_opens_a_body_before_a_word_of_its_own_but_a_term_number_opens_none():
    _, record = record_of(
        "On June 10, Qiu Hanlin, Deputy Director of the Second Supervision and Inspection Office of the Zhejiang "
        "Provincial Commission for Discipline Inspection, and Yan Rong, President of the First Intermediate "
        "People's Court of Jiaxing, attended the meeting. Deputies to the Twelfth Municipal People's Congress and "
        "members of the Sixth Standing Committee were present.\n"
    )
    found = officials_of(record)
    assert found["Qiu Hanlin"]["titles"][0][2] == (
        "Second Supervision and Inspection Office of the Zhejiang Provincial Commission for Discipline Inspection"
    )
    assert found["Yan Rong"]["titles"][0][2] == "First Intermediate People's Court of Jiaxing"
    assert set(found) == {"Qiu Hanlin", "Yan Rong"}
    assert body_names(record) == [
        "Second Supervision and Inspection Office of the Zhejiang Provincial Commission for Discipline Inspection",
        "Zhejiang Provincial Commission for Discipline Inspection",
        "First Intermediate People's Court of Jiaxing",
    ]


def test_news_copy_writes_titles_in_lower_case_before_a_name_and_with_a_possessive():
    _, record = record_of(
        '"Trade is our lifeline," Pan Jieru, the city\'s Party chief, told the forum. Vice mayor Tao Yiming, '
        "who chaired the forum, said exports grew. Haining Party chief Lou Chenxi and deputy mayor Fei Ruolan "
        "also spoke. Pan said the mayor would visit Hamburg.\n"
    )
    found = officials_of(record)
    assert found["Pan Jieru"]["titles"] == [("city's Party chief", "Party chief", None)]
    assert found["Tao Yiming"]["titles"] == [("Vice mayor", "Vice mayor", None)]
    assert found["Lou Chenxi"]["titles"] == [("Haining Party chief", "Party chief", None)]
    assert found["Fei Ruolan"]["titles"] == [("deputy mayor", "deputy mayor", None)]


def test_lower_case_titles_before_a_name_are_read_only_on_a_page_that_writes_titles_so():
    _, record = record_of("On June 10, the vice mayor Tao Yiming met the guests and Lou Chenxi presided.\n")
    assert officials_of(record).get("Tao Yiming", {"titles": []})["titles"] == []


def test_an_academic_holds_a_post_at_a_university_or_institute():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met Kong Weiran, Professor at the School of Public "
        "Policy Studies of Zhejiang University, and Bo Yunshu, Research Fellow at the Zhejiang Academy of Social "
        "Sciences. Professor Kong gave a lecture.\n"
    )
    found = officials_of(record)
    assert found["Kong Weiran"]["titles"] == [
        (
            "Professor at the School of Public Policy Studies of Zhejiang University",
            "Professor",
            "School of Public Policy Studies of Zhejiang University",
        )
    ]
    assert found["Bo Yunshu"]["titles"] == [
        (
            "Research Fellow at the Zhejiang Academy of Social Sciences",
            "Research Fellow",
            "Zhejiang Academy of Social Sciences",
        )
    ]
    assert "speaker" in found["Kong Weiran"]["roles"]


def test_party_chief_in_lower_case_before_a_name_on_a_page_that_capitalises_other_titles():
    _, record = record_of(
        "On June 10, Gu Jiawen, Director-General of the Department of Commerce of Zhejiang Province, and Haining "
        "Party chief Lou Chenxi visited the port.\n"
    )
    found = officials_of(record)
    assert found["Lou Chenxi"]["titles"] == [("Haining Party chief", "Party chief", None)]
    assert found["Gu Jiawen"]["titles"][0][1] == "Director-General"


def test_asks_put_to_participants_in_the_passive_and_lettered_tasks_after_to():
    assert directives_of(
        "Participants were urged to list the tasks of the plan and report progress every month. Attendees were "
        "called on to open a service desk; to answer requests within five working days; and to visit every "
        "foreign-invested enterprise. The meeting required schools to (a) draw up a safety plan for each group; (b) "
        "train the teachers who go abroad; and (c) report their schedules ten days in advance.\n"
    ) == [
        ("statement", "were urged", "list the tasks of the plan and report progress every month"),
        ("statement", "were called on", "open a service desk"),
        ("statement", "were called on", "answer requests within five working days"),
        ("statement", "were called on", "visit every foreign-invested enterprise"),
        ("statement", "required", "draw up a safety plan for each group"),
        ("statement", "required", "train the teachers who go abroad"),
        ("statement", "required", "report their schedules ten days in advance"),
    ]


def test_titles_given_respectively_go_to_the_listed_names_in_turn():
    _, record = record_of(
        "Hua Mingyu and Sang Lixin, Director of the Jiaxing Municipal Bureau of Market Supervision and "
        "Administration and Deputy Director of Jiaxing Customs respectively, answered questions from reporters.\n"
    )
    found = officials_of(record)
    assert found["Hua Mingyu"]["titles"] == [
        (
            "Director of the Jiaxing Municipal Bureau of Market Supervision and Administration",
            "Director",
            "Jiaxing Municipal Bureau of Market Supervision and Administration",
        )
    ]
    assert found["Sang Lixin"]["titles"] == [
        ("Deputy Director of Jiaxing Customs", "Deputy Director", "Jiaxing Customs")
    ]


def test_customs_districts_border_inspection_general_stations_and_listed_topics_are_read_whole():
    _, record = record_of(
        "Officials of the Hangzhou Customs District and the Zhejiang Entry-Exit Border Inspection General Station "
        "attended.\n",
        title="Party Organizations of Market Regulation, Customs and Taxation Meet Foreign-invested Enterprises",
    )
    assert body_names(record) == ["Hangzhou Customs District", "Zhejiang Entry-Exit Border Inspection General Station"]


def test_engineers_advisers_and_airlines_named_air():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met Dr. Ingrid Solvang, Senior Adviser of the Norwegian "
        "Environment Agency, Mr. Tobias Wendt, Chief Engineer of Jiaxing Lumen Optics Co., Ltd., and Ms. Han Ji-yeon, "
        "Executive Vice President of Seoyeon Air.\n"
    )
    found = officials_of(record)
    assert found["Ingrid Solvang"]["titles"] == [
        ("Senior Adviser of the Norwegian Environment Agency", "Senior Adviser", "Norwegian Environment Agency")
    ]
    assert found["Tobias Wendt"]["titles"][0][1:] == ("Chief Engineer", "Jiaxing Lumen Optics Co., Ltd.")
    assert found["Han Ji-yeon"]["titles"][0][1:] == ("Executive Vice President", "Seoyeon Air")


def test_ceremonial_acts_make_attendees_and_a_letter_read_out_makes_a_speaker():
    _, record = record_of(
        "On June 10, Jiaxing conferred honorary citizenship on Mr. Tobias Wendt. Shen Liyuan, Mayor of Jiaxing, "
        "presented the certificate to Wendt and delivered a speech. A letter from the Mayor of Rostock was read out "
        "at the ceremony by Lou Jianping, Director of the Jiaxing Municipal Foreign Affairs Office. Ms. Han Ji-yeon, "
        "President of the Jiaxing Korean Chamber, and Mr. Omar Saif, General Manager of Saif Trading Co., Ltd., "
        "handed over the donations. Ms. Greta Lind, a teacher from Sweden who has taught at Jiaxing No. 1 Middle "
        "School for six years, spoke about her work.\n"
    )
    found = officials_of(record)
    assert found["Shen Liyuan"]["roles"] == ["attendee", "speaker"]
    assert found["Lou Jianping"]["roles"] == ["speaker"]
    assert found["Han Ji-yeon"]["roles"] == ["attendee"]
    assert found["Omar Saif"]["roles"] == ["attendee"]
    assert found["Greta Lind"]["roles"] == ["speaker"]


def test_a_company_name_ending_in_ltd_may_end_the_sentence_and_keeps_its_title():
    _, record = record_of(
        "On June 10, Jiaxing conferred honorary citizenship on Mr. Tobias Wendt, Chief Engineer of Lumen Optics "
        "Co., Ltd. Shen Liyuan, Mayor of Jiaxing, presented the certificate.\n"
    )
    found = officials_of(record)
    assert found["Tobias Wendt"]["titles"] == [
        ("Chief Engineer of Lumen Optics Co., Ltd.", "Chief Engineer", "Lumen Optics Co., Ltd.")
    ]
    assert found["Shen Liyuan"] == {"titles": [("Mayor of Jiaxing", "Mayor", None)], "roles": ["attendee"]}


def test_standing_committee_members_in_lower_case_before_and_after_names():
    _, record = record_of(
        "Lou Jianping, Party chief of Jiaxing, presided over the session. Standing Committee members of the CPC "
        "Jiaxing Municipal Committee Qiu Hanlin and Yan Rong made exchange speeches. Fei Ruolan, Standing Committee "
        "member of the CPC Jiaxing Municipal Committee, attended.\n"
    )
    found = officials_of(record)
    shared = (
        "Standing Committee members of the CPC Jiaxing Municipal Committee",
        "Standing Committee member",
        "CPC Jiaxing Municipal Committee",
    )
    assert found["Qiu Hanlin"] == {"titles": [shared], "roles": ["speaker"]}
    assert found["Yan Rong"] == {"titles": [shared], "roles": ["speaker"]}
    assert found["Fei Ruolan"]["titles"] == [
        (
            "Standing Committee member of the CPC Jiaxing Municipal Committee",
            "Standing Committee member",
            "CPC Jiaxing Municipal Committee",
        )
    ]


def test_a_description_in_apposition_may_hold_a_list_of_names():
    _, record = record_of(
        "Lou Jianping, Mayor of Jiaxing; Qiu Hanlin, Party Secretary of Haiyan; and Fei Ruolan, a tea grower from "
        "Jingning She, Yi and Miao Township, spoke in turn.\n"
    )
    found = officials_of(record)
    assert [found[name]["roles"] for name in ("Lou Jianping", "Qiu Hanlin", "Fei Ruolan")] == [["speaker"]] * 3


def test_an_acronym_of_a_region_names_the_same_government():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met Tse Wing-yan, Under Secretary for Innovation of the "
        "Government of the Hong Kong Special Administrative Region. Tse said that the HKSAR Government welcomes "
        "Jiaxing enterprises.\n",
        title="Jiaxing Vice Mayor Meets Hong Kong SAR Government Delegation",
    )
    assert body_names(record) == ["Government of the Hong Kong Special Administrative Region"]


def test_former_and_then_posts_keep_their_qualifier_and_concurrent_posts_are_titles_of_their_own():
    _, record = record_of(
        "In 1992, then Mayor of Jiaxing Mao Renjie and then Mayor of Tacoma Harold J. Brenner signed the agreement. "
        "Sheng Wenbo, former Mayor of Jiaxing and now Honorary President of the Jiaxing Municipal People's "
        "Association for Friendship with Foreign Countries, attended. Qi Lu, Vice Mayor and concurrently Director "
        "of the Jiaxing Municipal Public Security Bureau, spoke. Lou Jianping presided, and then Vice Mayor Ke Min "
        "spoke.\n"
    )
    found = officials_of(record)
    assert found["Mao Renjie"]["titles"] == [("then Mayor of Jiaxing", "Mayor", None)]
    assert found["Harold J. Brenner"]["titles"] == [("then Mayor of Tacoma", "Mayor", None)]
    assert [t[0] for t in found["Sheng Wenbo"]["titles"]] == [
        "former Mayor of Jiaxing",
        "Honorary President of the Jiaxing Municipal People's Association for Friendship with Foreign Countries",
    ]
    assert [t[1] for t in found["Qi Lu"]["titles"]] == ["Vice Mayor", "Director"]
    assert found["Ke Min"]["titles"] == [("Vice Mayor", "Vice Mayor", None)]


def test_a_post_stated_by_a_verb_and_a_first_secretary_stationed_in_a_village():
    _, record = record_of(
        "Also present were Tao Yiming, who heads the Jiaxing Municipal People's Association for Friendship with "
        "Foreign Countries, and Ke Min, First Secretary stationed in Dongxiang Village.\n"
    )
    found = officials_of(record)
    assert found["Tao Yiming"] == {
        "titles": [
            (
                "heads the Jiaxing Municipal People's Association for Friendship with Foreign Countries",
                "Head",
                "Jiaxing Municipal People's Association for Friendship with Foreign Countries",
            )
        ],
        "roles": ["attendee"],
    }
    assert found["Ke Min"]["titles"] == [("First Secretary stationed in Dongxiang Village", "First Secretary", None)]


def test_namesakes_are_told_apart_by_the_position_before_the_family_name():
    _, record = record_of(
        "Lu Hanlin, Mayor of Jiaxing, presided over the meeting. Vice Mayors Lu Yiran and Gu Xinyue and Lu Peiqi, "
        "Secretary-General of the Municipal People's Government, attended. Vice Mayor Lu said that exports rose. "
        "Mayor Lu stressed that trade matters.\n"
    )
    found = officials_of(record)
    assert set(found) == {"Lu Hanlin", "Lu Yiran", "Gu Xinyue", "Lu Peiqi"}
    assert found["Lu Hanlin"]["roles"] == ["chair", "speaker"]
    assert found["Lu Yiran"]["roles"] == ["attendee", "speaker"]
    assert found["Lu Peiqi"]["roles"] == ["attendee"]


def test_macanese_and_hong_kong_names_and_a_list_after_attended_including():
    _, record = record_of(
        "More than 100 business people attended, including Vincent Ho Ka-lok, Chairman of the Hong Kong Jiaxing "
        "Association; and Mr. Duarte Xavier d'Assunção Pereira, Vice President of the Macao Chamber of Commerce. "
        "Ho said that members would invest. D'Assunção Pereira spoke on Portuguese-speaking markets. Speakers at "
        "the forum included Qi Lu, Chairman of the Jiaxing Federation of Industry and Commerce.\n"
    )
    found = officials_of(record)
    assert found["Vincent Ho Ka-lok"]["roles"] == ["attendee", "speaker"]
    assert found["Duarte Xavier d'Assunção Pereira"]["roles"] == ["attendee", "speaker"]
    assert found["Qi Lu"]["roles"] == ["speaker"]


def test_a_topic_ends_before_and_an_organisation_and_a_state_councilor_is_one_position():
    _, record = record_of(
        "Experts from the Ministry of Foreign Affairs and Zhejiang University gave lectures. Hua Ming, State "
        "Councilor, sent a letter. The meeting required the divisions of the Office to check their files.\n"
    )
    assert body_names(record) == ["Ministry of Foreign Affairs"]
    assert officials_of(record)["Hua Ming"]["titles"] == [("State Councilor", "State Councilor", None)]
    assert directives_of(
        "The meeting required the divisions of the Office to check their files. It required the trainees to "
        "study hard.\n"
    ) == [("statement", "required", "check their files"), ("statement", "required", "study hard")]


def test_a_reprint_note_is_page_furniture_so_the_first_paragraph_dates_the_event():
    page = (
        "Vice Premier Inspects Jiaxing Port\nSource: Jiaxing Municipal People's Government    Date: 2024-04-26\n"
        "(Reprinted from Zhejiang Daily)\n\nFrom April 24 to 25, Hua Ming inspected Jiaxing.\n"
    )
    record = extracted(page, "en")
    assert record.event_date == "2024-04-24"
    zh = "副总理在嘉兴调研\n来源：嘉兴市人民政府　日期：2024-04-26\n（转载自浙江日报）\n\n4月24日至25日，华明在嘉兴调研。\n"
    assert extracted(zh, "zh").event_date == "2024-04-24"


def test_where_a_seconded_official_comes_from_stands_between_the_title_and_the_verb():
    _, record = record_of(
        "Ke Min, Deputy County Magistrate of Haiyan County on secondment from the Shanghai Municipal Commission of "
        "Commerce, accompanied the inspection.\n"
    )
    assert officials_of(record)["Ke Min"]["roles"] == ["attendee"]


def test_a_body_that_confers_an_award_is_named_with_the_award_not_as_a_body():
    _, record = record_of(
        "Dr. Ingrid Solvang, who received the Chinese Government Friendship Award in 2021, spoke. The Jiaxing "
        "Municipal Government Scholarship went to 20 students of the Jiaxing Municipal Bureau of Education.\n"
    )
    assert body_names(record) == ["Jiaxing Municipal Bureau of Education"]


def test_people_in_a_sentence_about_an_earlier_year_take_no_part_in_the_event():
    _, record = record_of(
        "On June 10, Jiaxing marked 30 years of ties with Tacoma. In October 1994, then Mayor of Jiaxing Mao Renjie "
        "signed the agreement. Shen Liyuan, Mayor of Jiaxing, attended the ceremony. In 2024, Tao Yiming visited.\n"
    )
    found = officials_of(record)
    assert found["Mao Renjie"]["roles"] == ["mentioned"]
    assert found["Shen Liyuan"]["roles"] == ["attendee"]
    assert found["Tao Yiming"]["roles"] == ["attendee"]


def test_offices_of_foundations_and_hospitals_are_title_bodies_not_government_bodies():
    _, record = record_of(
        "Overseas NGOs spoke at the symposium, among them Ms. Ingrid Solvang, Chief Representative of the Zhejiang "
        "Office of the Nordic Wetlands Trust; and Dr. Ke Min, Chief Physician of the Department of Cardiology of "
        "Jiaxing First Hospital, who is serving as Team Leader. Ke Min thanked the city.\n"
    )
    found = officials_of(record)
    assert found["Ingrid Solvang"] == {
        "titles": [
            (
                "Chief Representative of the Zhejiang Office of the Nordic Wetlands Trust",
                "Chief Representative",
                "Zhejiang Office of the Nordic Wetlands Trust",
            )
        ],
        "roles": ["speaker"],
    }
    assert [t[1] for t in found["Ke Min"]["titles"]] == ["Chief Physician", "Team Leader"]
    assert body_names(record) == []


def test_signatories_on_behalf_of_their_companies_witnesses_and_shared_experience():
    _, record = record_of(
        "The signatories included Qi Lu, Chairman of Jiaxing Rail Logistics Co., Ltd., on behalf of the platform "
        "company; Mr. Dirk-Jan van Dijk, Managing Director of Rotterdam Rail Gateway B.V., on behalf of his company; "
        "and Ms. Aigerim Seitova, Deputy General Manager of Khorgos Gate Logistics LLP. The signing was witnessed by "
        "Shen Liyuan and by Tao Yiming, Deputy Director of Jiaxing Customs. Ke Min, Deputy General Manager of Jiaxing "
        "Engineering Co., Ltd., shared the company's experience. Ma Lin (Hui), who serves as Secretary-General of the "
        "CPPCC Jiaxing Municipal Committee, read out the agenda. Vice Mayor Hua Ming, together with Ms. Lena Roth, "
        "Consul General of Germany in Shanghai, pressed the button.\n"
    )
    found = officials_of(record)
    for name in ("Qi Lu", "Dirk-Jan van Dijk", "Aigerim Seitova", "Tao Yiming", "Lena Roth"):
        assert found[name]["roles"] == ["attendee"], name
    assert found["Dirk-Jan van Dijk"]["titles"][0][2] == "Rotterdam Rail Gateway B.V."
    assert found["Aigerim Seitova"]["titles"][0][2] == "Khorgos Gate Logistics LLP"
    assert found["Ke Min"]["roles"] == ["speaker"]
    assert found["Ma Lin"] == {
        "titles": [
            (
                "Secretary-General of the CPPCC Jiaxing Municipal Committee",
                "Secretary-General",
                "CPPCC Jiaxing Municipal Committee",
            )
        ],
        "roles": ["speaker"],
    }


def test_goals_announce_asks_and_a_plan_after_a_cue_carries_on_its_list():
    assert directives_of(
        "The meeting set the following goals for the year:\n\n- Registering 500 international runners;\n\n"
        "- Setting up service points along the route.\n\n"
        "He stressed that enterprises must set up an emergency plan for every project. Efforts will be made to send "
        "safety reminders within 24 hours.\n\n"
        "The meeting called for better use of the canal. Going forward, the city should expand exchanges with port "
        "cities. The meeting urged officials engaged in foreign affairs to observe the rules.\n"
    ) == [
        ("bullet", None, "Registering 500 international runners"),
        ("bullet", None, "Setting up service points along the route"),
        ("statement", "stressed", "enterprises must set up an emergency plan for every project"),
        ("statement", "stressed", "send safety reminders within 24 hours"),
        ("statement", "called for", "better use of the canal"),
        ("statement", "called for", "the city should expand exchanges with port cities"),
        ("statement", "urged", "observe the rules"),
    ]


def test_a_person_named_only_in_the_headline_with_a_title_before_the_name():
    _, record = record_of(
        "On July 10, the Party Secretary of Haining met with 18 journalists from abroad. Ke Min, Deputy Director of "
        "the Information Office of the Jiaxing Municipal People's Government, accompanied the journalists.\n\n"
        "The Party Secretary welcomed the journalists. He said that the city protects its wetlands.\n",
        title="Haining Party Secretary Lou Chenxi Meets Foreign Journalists",
    )
    found = officials_of(record)
    assert found["Lou Chenxi"]["titles"] == [("Haining Party Secretary", "Party Secretary", None)]
    assert found["Lou Chenxi"]["roles"] == ["attendee", "speaker"]  # "the Party Secretary of Haining met …"
    assert found["Ke Min"]["roles"] == ["attendee"]
    _, record = record_of("On June 10, Shen Liyuan met the guests.\n", title="Jiaxing Mayor Chairs Executive Meeting")
    assert set(officials_of(record)) == {"Shen Liyuan"}


def test_saints_numbered_schools_and_a_particle_after_an_initial_stay_in_their_names():
    _, record = record_of(
        "Mrs. Siobhan R. O'Neill-Walsh, Principal of St. Kevin's Secondary School in Cork, spoke. The signatories "
        "included Ke Min, Principal of Jiaxing No. 2 Middle School. Mr. Joao R. de Almeida Neto, a reporter from "
        "Lisbon, asked about the schools.\n"
    )
    found = officials_of(record)
    assert found["Siobhan R. O'Neill-Walsh"]["titles"] == [
        ("Principal of St. Kevin's Secondary School in Cork", "Principal", "St. Kevin's Secondary School")
    ]
    assert found["Ke Min"]["titles"] == [
        ("Principal of Jiaxing No. 2 Middle School", "Principal", "Jiaxing No. 2 Middle School")
    ]
    assert found["Joao R. de Almeida Neto"]["roles"] == ["speaker"]


MINUTES = (
    "Date of meeting: March 4, 2024\n"
    "Venue: Room 2, Municipal Government Building\n"
    "Chaired by: Mayor Tong Weiliang\n"
    "Present: Executive Vice Mayor Ouyang Ke; Vice Mayors Bai Suyun and Lei Mingtao; Secretary-General Fu Jin\n"
    "Attending as non-voting participants: Kong Yuefei, Director of the Jiaxing Municipal Bureau of Commerce\n"
    "Absent: Vice Mayor Qu Hanlin (on leave)\n"
    "The meeting studied the following matters.\n"
    "1. On the plan for the spring trade fair\n"
    "The meeting heard a report by Kong Yuefei and approved the plan. The meeting required the Jiaxing Municipal "
    "Bureau of Commerce to invite more foreign buyers.\n"
    "2. On services for foreign residents\n"
    "The meeting made clear that the Jiaxing Municipal Foreign Affairs Office should open a service desk by May.\n"
)


def test_minutes_give_each_labelled_line_its_own_paragraph_and_role():
    _, record = record_of(MINUTES)
    found = officials_of(record)
    assert found["Tong Weiliang"]["roles"] == ["chair"]
    for name in ("Ouyang Ke", "Bai Suyun", "Lei Mingtao", "Fu Jin"):
        assert found[name]["roles"] == ["attendee"], name
    assert found["Kong Yuefei"]["roles"] == ["attendee", "speaker"]
    assert found["Qu Hanlin"]["roles"] == ["mentioned"]
    assert not [name for name in found if name.endswith(("Present", "Attending", "Absent"))]


def test_numbered_topic_headings_of_minutes_are_no_tasks_and_the_asks_under_them_are():
    assert [(cue, text) for _, cue, text in directives_of(MINUTES)] == [
        ("required", "invite more foreign buyers"),
        ("made clear", "the Jiaxing Municipal Foreign Affairs Office should open a service desk by May"),
    ]


def test_a_lone_bullet_between_paragraphs_is_still_an_item():
    assert directives_of(
        "The meeting stressed the need to deepen exchanges with sister cities.\n\n"
        "• Opening a service centre for foreign-invested enterprises\n\n"
        "Zhou Hanwen attended the meeting.\n"
    ) == [
        ("statement", "stressed", "deepen exchanges with sister cities"),
        ("bullet", None, "Opening a service centre for foreign-invested enterprises"),
    ]


def test_a_civil_service_rank_is_part_of_the_position():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met the guests. Hua Peilin, Level-2 Inspector of the "
        "Jiaxing Municipal Bureau of Commerce, and Kou Yan, Level-1 Researcher of the Jiaxing Municipal Foreign "
        "Affairs Office, attended.\n"
    )
    found = officials_of(record)
    assert found["Hua Peilin"]["titles"][0][1:] == ("Level-2 Inspector", "Jiaxing Municipal Bureau of Commerce")
    assert found["Kou Yan"]["titles"][0][1] == "Level-1 Researcher"


def test_the_headquarters_named_before_is_the_body_of_a_title_and_a_guest_observes_a_drill():
    _, record = record_of(
        "On May 20, the Jiaxing Municipal Flood Control Headquarters held a drill. Mao Lin, Vice Mayor of Jiaxing "
        "and Deputy Commander of the Headquarters, attended. Rong Yu, Director of the Zhejiang Provincial "
        "Department of Emergency Management, observed the drill on site.\n"
    )
    found = officials_of(record)
    assert found["Mao Lin"]["titles"][1][1:] == ("Deputy Commander", "Headquarters")
    assert found["Rong Yu"]["roles"] == ["attendee"]
    assert "Headquarters" not in body_names(record)


def test_lettered_items_and_statements_made_from_sub_venues():
    _, record = record_of(
        "Speaking from the sub-venues, Qin Hao, Mayor of Haining, and Ms. Lu Min, County Magistrate of Haiyan "
        "County, made statements on behalf of their localities.\n\n"
        "Shen Liyuan required the counties to do the following:\n\n"
        "A. send patrols to every forest entrance;\n"
        "B. report any fire within 30 minutes.\n"
    )
    found = officials_of(record)
    assert found["Qin Hao"]["roles"] == found["Lu Min"]["roles"] == ["speaker"]
    assert [d.text for d in record.directives] == [
        "send patrols to every forest entrance",
        "report any fire within 30 minutes",
    ]


def test_a_list_of_people_line_by_line_after_a_label_takes_the_labels_role():
    _, record = record_of(
        "On April 18, the Jiaxing Municipal Leading Group for Cross-border E-commerce held its plenary meeting.\n\n"
        "Present:\n"
        "Shen Liyuan, Head of the Leading Group\n"
        "Mao Lin, Vice Mayor of Jiaxing and Executive Deputy Head of the Leading Group and of its Office\n"
        "Ms. Rong Yu, Deputy Director of Jiaxing Customs\n\n"
        "Accompanying the inspection were Qin Hao, Director of the Jiaxing Municipal Bureau of Commerce; and "
        "Ms. Lu Min, Deputy Director of the Jiaxing Fire and Rescue Detachment.\n"
    )
    found = officials_of(record)
    for name in ("Shen Liyuan", "Mao Lin", "Rong Yu", "Qin Hao", "Lu Min"):
        assert found[name]["roles"] == ["attendee"], name
    assert found["Rong Yu"]["titles"][0][1:] == ("Deputy Director", "Jiaxing Customs")


def test_a_long_announcement_whose_tasks_are_counted_is_no_task():
    assert directives_of(
        "Mao Lin stressed that all departments must get ready for the typhoon season in three respects: first, "
        "check every seawall; second, stock sandbags at the depots; and third, keep rescue teams on standby.\n"
    ) == [
        ("statement", "stressed", "check every seawall"),
        ("statement", "stressed", "stock sandbags at the depots"),
        ("statement", "stressed", "keep rescue teams on standby"),
    ]


def test_bodies_whose_names_join_a_head_to_a_head_or_name_an_assembly_abroad():
    _, record = record_of(
        "On June 10, Shen Liyuan, Vice Mayor of Jiaxing, met Tsetseg Bold, Chairwoman of the Citizens' "
        "Representative Khural of Khentii Province. Officials of the Jiaxing Municipal Market Supervision and "
        "Administration Bureau attended. Kou Yan, Head of the Organization Department, accompanied the guests.\n"
    )
    names = body_names(record)
    assert "Jiaxing Municipal Market Supervision and Administration Bureau" in names
    assert "Citizens' Representative Khural of Khentii Province" in names
    assert "Administration Bureau" not in names and "Organization Department" not in names


def test_a_pilot_zone_names_its_province_in_brackets_after_china():
    _, record = record_of(
        "On May 9, Kou Yan, Director of the Management Committee of the Jiaxing Area of China (Zhejiang) Pilot Free "
        "Trade Zone, met the guests. The Jiaxing Municipal Leading Group for China (Jiaxing) Cross-border "
        "E-commerce Comprehensive Pilot Zone held a meeting (its third).\n"
    )
    assert officials_of(record)["Kou Yan"]["titles"][0][2] == (
        "Management Committee of the Jiaxing Area of China (Zhejiang) Pilot Free Trade Zone"
    )
    assert "Jiaxing Municipal Leading Group for China (Jiaxing) Cross-border E-commerce Comprehensive Pilot Zone" in (
        body_names(record)
    )


def test_titles_given_by_an_election_and_taken_away_by_a_removal():
    _, record = record_of(
        "At the first plenary session, Shen Liyuan was elected Secretary of the CPC Nanhu District Committee. "
        "The session removed Mao Lin from the post of Director of the Jiaxing Municipal Foreign Affairs Office.\n"
    )
    found = officials_of(record)
    assert found["Shen Liyuan"]["titles"][0][1:] == ("Secretary", "CPC Nanhu District Committee")
    assert found["Mao Lin"]["titles"][0][1:] == ("Director", "Jiaxing Municipal Foreign Affairs Office")


def test_a_judge_is_a_position_and_reviewing_the_years_work_is_speech():
    _, record = record_of(
        "On May 8, the Jiaxing Intermediate People's Court held an open day. Judge Pan Lu briefed the guests. "
        "Ms. Kou Yan, Director of the Jiaxing Municipal Foreign Affairs Office, reviewed last year's work.\n"
    )
    found = officials_of(record)
    assert found["Pan Lu"]["titles"][0][1] == "Judge" and found["Pan Lu"]["roles"] == ["speaker"]
    assert found["Kou Yan"]["roles"] == ["speaker"]


def test_an_office_of_a_university_named_with_of_is_no_government_body_nor_is_a_new_committee():
    _, record = record_of(
        "Kou Yan, Director of the International Office of Jiaxing University of Science and Technology, signed "
        "the memorandum.\n",
        title="Fifth Party Congress Closes, New District Committee Elected",
    )
    assert body_names(record) == []
    assert officials_of(record)["Kou Yan"]["titles"][0][2] == (
        "International Office of Jiaxing University of Science and Technology"
    )


def test_a_plural_title_is_shared_by_a_listed_name_after_an_honorific():
    _, record = record_of("Vice Mayors Shen Liyuan, Mao Lin and Ms. Kou Yan attended the meeting.\n")
    found = officials_of(record)
    for name in ("Shen Liyuan", "Mao Lin", "Kou Yan"):
        assert found[name]["titles"] == [("Vice Mayors", "Vice Mayor", None)], name


def test_a_person_appointed_as_holds_the_post_and_attends_by_taking_the_oath():
    _, record = record_of(
        "The session appointed Mao Lin as Director of the Jiaxing Municipal Bureau of Commerce. Mao Lin then took "
        "the constitutional oath.\n"
    )
    found = officials_of(record)
    assert found["Mao Lin"]["titles"][0][1:] == ("Director", "Jiaxing Municipal Bureau of Commerce")
    assert found["Mao Lin"]["roles"] == ["attendee"]
