"""English officials, titles, roles and bodies, on real-looking bulletins with invented names."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "Chinese\nTopics:\n{title}\nDate: 2024-05-16\nSource: Foreign Affairs Office of Xicheng District\n\n"


def record_of(body: str, title: str = "Xicheng District Holds Plenary Meeting"):
    page = HEADER.format(title=title) + body
    return page, extracted(page, "en")


def test_appositive_titles_split_into_position_and_body_with_nested_bodies():
    page, record = record_of(
        "On May 8, the plenary meeting of the Foreign Affairs Committee of the CPC Xicheng District Committee "
        "was held. Gu Pingan, Secretary of the CPC Xicheng District Committee, Director of the Foreign Affairs "
        "Committee of the CPC Xicheng District Committee, and Head of the Xicheng District Leading Group for "
        "Improving Beijing's Role as the Center for International Exchanges, presided over the meeting and "
        "delivered a speech. Situ Ke, Deputy Director General of the Foreign Affairs Office of the People's "
        "Government of Beijing Municipality, was present.\n"
    )
    found = officials_of(record)
    assert found["Gu Pingan"] == {
        "titles": [
            ("Secretary of the CPC Xicheng District Committee", "Secretary", "CPC Xicheng District Committee"),
            (
                "Director of the Foreign Affairs Committee of the CPC Xicheng District Committee",
                "Director",
                "Foreign Affairs Committee of the CPC Xicheng District Committee",
            ),
            (
                "Head of the Xicheng District Leading Group for Improving Beijing's Role as the Center for "
                "International Exchanges",
                "Head",
                "Xicheng District Leading Group for Improving Beijing's Role as the Center for International Exchanges",
            ),
        ],
        "roles": ["chair", "speaker"],
    }
    assert found["Situ Ke"]["roles"] == ["attendee"]
    assert body_names(record) == [
        "Foreign Affairs Committee of the CPC Xicheng District Committee",
        "CPC Xicheng District Committee",
        "Xicheng District Leading Group for Improving Beijing's Role as the Center for International Exchanges",
        "Foreign Affairs Office of the People's Government of Beijing Municipality",
        "People's Government of Beijing Municipality",
    ]
    by_name = {b.name: b for b in record.bodies}
    assert by_name["Foreign Affairs Committee of the CPC Xicheng District Committee"].parent == (
        "CPC Xicheng District Committee"
    )
    assert by_name["Foreign Affairs Office of the People's Government of Beijing Municipality"].parent == (
        "People's Government of Beijing Municipality"
    )
    assert by_name["CPC Xicheng District Committee"].parent is None
    assert by_name["CPC Xicheng District Committee"].rule == "committee"
    for official in record.officials:
        for item in (*official.mentions, *official.titles):
            assert " ".join(page[item.start : item.end].split()) == item.text
    for body in record.bodies:
        assert " ".join(page[body.start : body.end].split()) == body.name


def test_chaired_by_and_attended_by_with_semicolon_lists_and_titles_joined_by_and():
    _, record = record_of(
        "The meeting was chaired by Lan Qiushi, Secretary of the CPC Fangshan District Committee and Director "
        "of the Foreign Affairs Committee of the CPC Fangshan District Committee, and attended by Bo Yan, Deputy "
        "Secretary of the CPC Fangshan District Committee, District Mayor and Deputy Director of the Foreign "
        "Affairs Committee of the CPC Fangshan District Committee; and Qu Lin, Member of the Standing Committee "
        "of the CPC Fangshan District Committee and Executive Deputy District Mayor.\n"
    )
    found = officials_of(record)
    assert found["Lan Qiushi"]["roles"] == ["chair"]
    assert [t[0] for t in found["Bo Yan"]["titles"]] == [
        "Deputy Secretary of the CPC Fangshan District Committee",
        "District Mayor",
        "Deputy Director of the Foreign Affairs Committee of the CPC Fangshan District Committee",
    ]
    assert found["Bo Yan"]["roles"] == ["attendee"]
    assert found["Qu Lin"]["titles"][1] == ("Executive Deputy District Mayor", "Executive Deputy District Mayor", None)
    assert found["Qu Lin"]["roles"] == ["attendee"]
    assert "Standing Committee of the CPC Fangshan District Committee" in body_names(record)


def test_titles_before_names_and_wrapped_names():
    _, record = record_of(
        "On April 10, Yanqing District held the plenary meeting. District Party Secretary Wen\nShuyi presided "
        "over the meeting. Deputy Secretary of the CPC Yanqing District Committee and District Mayor Ren\nKai "
        "and Deputy District Mayor Ouyang Di attended, together with Zhuge Lan, Member of the Standing "
        "Committee of the CPC Yanqing District Committee.\n"
    )
    found = officials_of(record)
    assert found["Wen Shuyi"] == {
        "titles": [("District Party Secretary", "District Party Secretary", None)],
        "roles": ["chair"],
    }
    assert found["Ren Kai"]["titles"] == [
        (
            "Deputy Secretary of the CPC Yanqing District Committee",
            "Deputy Secretary",
            "CPC Yanqing District Committee",
        ),
        ("District Mayor", "District Mayor", None),
    ]
    assert found["Ouyang Di"]["titles"] == [("Deputy District Mayor", "Deputy District Mayor", None)]
    assert found["Zhuge Lan"]["roles"] == ["attendee"]
    assert all(found[name]["roles"] == ["attendee"] for name in ("Ren Kai", "Ouyang Di"))


def test_lists_group_labels_and_a_title_shared_by_a_list():
    _, record = record_of(
        "The meeting was held on May 3. Other district leaders, including Lu Shan, Feng Yue, and Gu Tian, were "
        "also in attendance. Municipal leaders Ding Hao, Qin Su and Wei Lan were present. Vice Mayors Fu Rong, "
        "Lin Zhe and Yao Bin attended the ceremony. Shangguan Yi, Huangfu Ran and Sima Lu accompanied them.\n"
    )
    found = officials_of(record)
    for name in ("Lu Shan", "Feng Yue", "Gu Tian", "Ding Hao", "Qin Su", "Wei Lan"):
        assert found[name] == {"titles": [], "roles": ["attendee"]}
    for name in ("Fu Rong", "Lin Zhe", "Yao Bin"):
        assert found[name] == {"titles": [("Vice Mayors", "Vice Mayor", None)], "roles": ["attendee"]}
    for name in ("Shangguan Yi", "Huangfu Ran", "Sima Lu"):
        assert found[name]["roles"] == ["attendee"]


def test_people_listed_with_others_between_them_share_the_verb():
    _, record = record_of(
        "Deputy District Mayor Lin Fang, officials of the Xicheng District Foreign Affairs Office and Mr. Sato "
        "Kenji, Director of the Osaka Prefectural Government Shanghai Office, were present. The meeting conveyed "
        "the instructions of General Secretary Han Li, and Qiu Yan, Director of the Xicheng District Foreign "
        "Affairs Office, attended.\n"
    )
    found = officials_of(record)
    assert found["Lin Fang"]["roles"] == ["attendee"]
    assert found["Sato Kenji"]["roles"] == ["attendee"]
    assert found["Han Li"]["roles"] == ["mentioned"]
    assert found["Qiu Yan"]["roles"] == ["attendee"]


def test_places_are_not_bodies_but_embassies_and_consulates_are():
    _, record = record_of(
        "On June 8, Hu Dong, Secretary of the CPC Xicheng District Committee, met with H.E. Mr. Tomás Ibáñez "
        "Roca, Ambassador of the Republic of Peru to China, and Ms. Inés Paz, Counsellor of the Embassy of the "
        "Republic of Peru in China. Mr. Lukas Brandt, Consul General of Austria in Shanghai, and Xu Ping, Deputy "
        "District Mayor of Xicheng District, also attended. Beijing Mayor Jiang Ye and Vice Mayor of Beijing "
        "Pan Rui delivered speeches.\n"
    )
    found = officials_of(record)
    assert found["Tomás Ibáñez Roca"] == {
        "titles": [("Ambassador of the Republic of Peru to China", "Ambassador", None)],
        "roles": ["attendee"],
    }
    assert found["Inés Paz"]["titles"] == [
        (
            "Counsellor of the Embassy of the Republic of Peru in China",
            "Counsellor",
            "Embassy of the Republic of Peru in China",
        )
    ]
    assert found["Lukas Brandt"]["titles"] == [("Consul General of Austria in Shanghai", "Consul General", None)]
    assert found["Xu Ping"]["titles"] == [("Deputy District Mayor of Xicheng District", "Deputy District Mayor", None)]
    assert found["Jiang Ye"] == {"titles": [("Beijing Mayor", "Mayor", None)], "roles": ["speaker"]}
    assert found["Pan Rui"]["titles"] == [("Vice Mayor of Beijing", "Vice Mayor", None)]
    assert body_names(record) == ["CPC Xicheng District Committee", "Embassy of the Republic of Peru in China"]


def test_later_mentions_are_the_same_official_honorifics_are_not_names():
    _, record = record_of(
        "On May 8, Zhou Lan, Secretary of the CPC Miyun District Committee, met with H.E. Mr. Daniel Ong Wei "
        "Ming, Ambassador of the Republic of Singapore to China. Mr. Zhou welcomed the guests. Daniel Ong "
        "thanked the district. Ms. Marieke van der Linden, Mayor of Aalsmeer, attended the meeting. Van der "
        "Linden said that Aalsmeer hoped to cooperate. Zhou Lan introduced the district.\n"
    )
    names = [o.name for o in record.officials]
    assert names == ["Zhou Lan", "Daniel Ong Wei Ming", "Marieke van der Linden"]
    zhou = record.officials[0]
    assert [m.text for m in zhou.mentions] == ["Zhou Lan", "Zhou", "Zhou Lan"]
    assert zhou.roles == ["attendee", "speaker"]
    assert [m.text for m in record.officials[1].mentions] == ["Daniel Ong Wei Ming", "Daniel Ong"]
    assert [m.text for m in record.officials[2].mentions] == ["Marieke van der Linden", "Van der Linden"]
    assert record.officials[2].roles == ["attendee", "speaker"]


def test_pronoun_subjects_and_a_surname_that_is_a_pronoun():
    _, record = record_of(
        "Recently, Fang Zhi, Secretary of the CPC Chaoyang District Committee, presided over the meeting. Ms. "
        "He Lin, District Mayor, attended the meeting. Fang Zhi said that the work was important. He required "
        "the team to act. Mr. Pablo Ruiz, Mayor of Toledo, visited the district. Ms. Ana Vidal, Deputy Mayor of "
        "Toledo, accompanied him. Ruiz welcomed the cooperation. She noted that Toledo was ready.\n"
    )
    found = officials_of(record)
    assert "He Lin" in found
    assert found["He Lin"]["roles"] == ["attendee"]
    assert found["Fang Zhi"]["roles"] == ["chair", "speaker"]
    assert found["Ana Vidal"]["roles"] == ["attendee", "speaker"]
    assert found["Pablo Ruiz"]["roles"] == ["attendee"]


def test_doctrine_name_and_leader_named_only_by_title_structure():
    _, record = record_of(
        "The meeting studied Xi Jinping Thought on Diplomacy. Mo Jie, Secretary of the CPC Huairou District "
        "Committee, presided over the meeting. The meeting conveyed the important instructions of General "
        "Secretary Han Li on the work of the capital.\n"
    )
    found = officials_of(record)
    assert "Xi Jinping" not in found
    assert found["Han Li"] == {"titles": [("General Secretary", "General Secretary", None)], "roles": ["mentioned"]}


def test_events_venues_zones_companies_are_not_bodies():
    _, record = record_of(
        "On May 2, the Foreign Affairs Committee of the CPC Shunyi District Committee studied the guiding "
        "principles of the 20th CPC National Congress and the Central Foreign Affairs Work Conference. The "
        "district will serve the China International Fair for Trade in Services, the Zhongguancun Forum, the "
        "China International Exhibition Center, the Tianzhu Comprehensive Bonded Zone and Xinghe Biopharma "
        "Co., Ltd. Party committees and member units will work with the district government.\n"
    )
    assert body_names(record) == [
        "Foreign Affairs Committee of the CPC Shunyi District Committee",
        "CPC Shunyi District Committee",
    ]


def test_short_references_resolve_to_the_full_body_and_the_source_line_is_not_read():
    _, record = record_of(
        "On March 28, the plenary meeting of the Foreign Affairs Committee of the CPC Xicheng District "
        "Committee and the Xicheng District Leading Group for Improving Beijing's Role as the Center for "
        "International Exchanges was held. Kong Yu, Head of the District Leading Group, presided. The "
        "Foreign Affairs Committee and the Leading Group will coordinate their work.\n",
        title="Xicheng District Convenes Plenary Meeting of Its Foreign Affairs Committee and District Leading Group",
    )
    assert body_names(record) == [
        "Foreign Affairs Committee of the CPC Xicheng District Committee",
        "CPC Xicheng District Committee",
        "Xicheng District Leading Group for Improving Beijing's Role as the Center for International Exchanges",
    ]
    assert officials_of(record)["Kong Yu"]["titles"] == [
        ("Head of the District Leading Group", "Head", "District Leading Group")
    ]


def test_a_parenthetical_second_name_gives_two_bodies():
    _, record = record_of(
        "Participants studied the guiding principles of the plenary meeting of the Foreign Affairs Committee of "
        "the CPC Beijing Municipal Committee (Hong Kong and Macao Affairs Leading Group of the CPC Beijing "
        "Municipal Committee).\n"
    )
    assert body_names(record) == [
        "Foreign Affairs Committee of the CPC Beijing Municipal Committee",
        "CPC Beijing Municipal Committee",
        "Hong Kong and Macao Affairs Leading Group of the CPC Beijing Municipal Committee",
    ]


def test_bylines_and_group_words_make_no_officials():
    _, record = record_of(
        "On May 8, district leaders and heads of member units attended the meeting. Leaders of the district "
        "heard a report.\n\nPhoto by Zhao Lei\n\n(Reporter: Qian Mo)\n"
    )
    assert record.officials == []


def test_speaker_verbs_and_host_and_guest_met_with():
    _, record = record_of(
        "On September 18, Tian Ye, Secretary of the CPC Miyun District Committee, met with Ms. Valeria Soto "
        "Reyes, Ambassador of the Oriental Republic of Uruguay to China. Dr. Ingrid Berg, Chair of the Nordic "
        "Research Facilities Network, delivered a keynote speech. Tian Ye briefed the guests on the district. "
        "Her predecessor, Mr. Juan Pardo, had visited the district in 2019. Berg welcomed the cooperation. She "
        "said the network was open.\n"
    )
    found = officials_of(record)
    assert found["Tian Ye"]["roles"] == ["attendee", "speaker"]
    assert found["Valeria Soto Reyes"]["roles"] == ["attendee"]
    assert found["Ingrid Berg"] == {
        "titles": [
            (
                "Chair of the Nordic Research Facilities Network",
                "Chair",
                "Nordic Research Facilities Network",
            )
        ],
        "roles": ["speaker"],
    }
    assert found["Juan Pardo"]["roles"] == ["mentioned"]
    assert [m.text for m in record.officials[2].mentions] == ["Ingrid Berg", "Berg"]
    assert "Nordic Research Facilities Network" not in body_names(record)


def test_surnames_in_capitals_diplomatic_and_business_titles_and_place_titles_before_names():
    _, record = record_of(
        "On May 3, ZHANG Wei, Director of the Foreign Affairs Office of Haidian District, met with Mr. Paul "
        "Durand, Minister Counsellor of the Embassy of France in China. Party Secretary of Haidian District Yu "
        "Jun and Mr. Li Peng, General Manager of Zhongguancun Development Group, attended.\n"
    )
    found = officials_of(record)
    assert found["ZHANG Wei"]["roles"] == ["attendee"]
    assert found["Paul Durand"]["titles"] == [
        ("Minister Counsellor of the Embassy of France in China", "Minister Counsellor", "Embassy of France in China")
    ]
    assert found["Yu Jun"]["titles"] == [("Party Secretary of Haidian District", "Party Secretary", None)]
    assert found["Li Peng"]["titles"] == [
        ("General Manager of Zhongguancun Development Group", "General Manager", "Zhongguancun Development Group")
    ]
    assert body_names(record) == ["Foreign Affairs Office of Haidian District", "Embassy of France in China"]


def test_generic_names_are_no_bodies_but_national_ones_are():
    _, record = record_of(
        "The Municipal Government and the District Committee will follow the guidelines of the State Council "
        "and the National People's Congress. The Office will report to the Foreign Ministry of Peru.\n"
    )
    assert body_names(record) == ["State Council", "National People's Congress", "Foreign Ministry of Peru"]


def test_an_honorific_without_gender_leaves_the_pronoun_free():
    _, record = record_of(
        "On May 2, Dr. Lena Holm, President of the Uppsala Science Society, visited the district. Holm "
        "toured the park. She said that Uppsala hoped to cooperate. Mr. Ivo Kask, Deputy Mayor of Tartu, was "
        "also present. He noted that Tartu was ready.\n"
    )
    found = officials_of(record)
    assert found["Lena Holm"]["roles"] == ["attendee", "speaker"]
    assert found["Ivo Kask"]["roles"] == ["attendee", "speaker"]


def test_relative_predicates_inverted_attendance_and_titles_after_an_abbreviation():
    _, record = record_of(
        "The meeting was presided over by Tang Lei, Deputy Secretary of the CPC Daxing District Committee and "
        "District Mayor, who also delivered a speech. Attending the meeting were Ma Ning, Secretary-General of "
        "the Beijing Municipal People's Government, and Tao Ran, Vice Chairman of the Beijing Municipal "
        "Committee of the Chinese People's Political Consultative Conference (CPPCC), Member of the Standing "
        "Committee of the CPC Daxing District Committee.\n"
    )
    found = officials_of(record)
    assert found["Tang Lei"]["roles"] == ["chair", "speaker"]
    assert found["Ma Ning"]["roles"] == ["attendee"]
    assert [t[0] for t in found["Tao Ran"]["titles"]] == [
        "Vice Chairman of the Beijing Municipal Committee of the Chinese People's Political Consultative Conference",
        "Member of the Standing Committee of the CPC Daxing District Committee",
    ]
    assert found["Tao Ran"]["roles"] == ["attendee"]


def test_foreign_names_listed_after_a_group_word():
    _, record = record_of(
        "Other members of the delegation, including Anna Berg and Ole Dahl, attended the talks. Lin Song, "
        "President of the Chinese People's Association for Friendship with Foreign Countries, and Gao Yi, Vice "
        "Chairman of the China Council for the Promotion of International Trade (CCPIT), met with them.\n"
    )
    found = officials_of(record)
    assert found["Anna Berg"] == {"titles": [], "roles": ["attendee"]}
    assert found["Ole Dahl"] == {"titles": [], "roles": ["attendee"]}
    assert found["Gao Yi"]["roles"] == ["attendee"]
    assert body_names(record) == [
        "Chinese People's Association for Friendship with Foreign Countries",
        "China Council for the Promotion of International Trade",
    ]


def test_foreign_legislatures_are_bodies():
    _, record = record_of(
        "On November 6, the district received a delegation of the Osaka Prefectural Assembly. Members of the "
        "Parliament of the Republic of Estonia also attended.\n"
    )
    assert body_names(record) == ["Osaka Prefectural Assembly", "Parliament of the Republic of Estonia"]


def test_name_particles_of_several_languages_stay_inside_the_name():
    _, record = record_of(
        "Mr. Seán Ó Briain, Consul General of Ireland in Shanghai, Ms. Gesa zu Ahlden, Lord Mayor of Lüneburg, "
        "and Mr. Pieter ten Brink, Trade Counsellor of the Embassy of the Netherlands in China, accompanied the "
        "delegation.\n"
    )
    found = officials_of(record)
    assert set(found) == {"Seán Ó Briain", "Gesa zu Ahlden", "Pieter ten Brink"}
    assert found["Gesa zu Ahlden"]["titles"] == [("Lord Mayor of Lüneburg", "Lord Mayor", None)]
    assert found["Pieter ten Brink"]["titles"] == [
        (
            "Trade Counsellor of the Embassy of the Netherlands in China",
            "Trade Counsellor",
            "Embassy of the Netherlands in China",
        )
    ]
    assert all(person["roles"] == ["attendee"] for person in found.values())


def test_county_magistrates_sitting_in_and_presenting_a_report():
    _, record = record_of(
        "County Magistrate Lou Jianping and Deputy County Magistrate Sima Hui sat in on the meeting. Ren Dongmei, "
        "Director of the Yanqing District Bureau of Commerce, presented the bureau's annual work report.\n"
    )
    found = officials_of(record)
    assert found["Lou Jianping"] == {
        "titles": [("County Magistrate", "County Magistrate", None)],
        "roles": ["attendee"],
    }
    assert found["Sima Hui"]["titles"] == [("Deputy County Magistrate", "Deputy County Magistrate", None)]
    assert found["Sima Hui"]["roles"] == ["attendee"]
    assert found["Ren Dongmei"]["roles"] == ["speaker"]


def test_a_chapter_of_a_chamber_is_a_body_nested_in_it():
    _, record = record_of(
        "Mr. Lukas Brandt, Chairman of the North China Chapter of the German Chamber of Commerce in China, "
        "attended the talks.\n"
    )
    found = officials_of(record)
    assert found["Lukas Brandt"]["titles"] == [
        (
            "Chairman of the North China Chapter of the German Chamber of Commerce in China",
            "Chairman",
            "North China Chapter of the German Chamber of Commerce in China",
        )
    ]
    assert found["Lukas Brandt"]["roles"] == ["attendee"]
    assert body_names(record) == [
        "North China Chapter of the German Chamber of Commerce in China",
        "German Chamber of Commerce in China",
    ]


def test_a_group_with_its_own_complement_opens_a_list_and_passes_on_the_role():
    _, record = record_of(
        "Also present were leaders of the economic zone, including Qiao Yunfei, Linghu Min and Bao Shi, together "
        "with Dou Xiaolan, Director of the Xicheng District Foreign Affairs Office. Officials from the Xicheng "
        "District Commission of Commerce shared their experience.\n"
    )
    found = officials_of(record)
    assert set(found) == {"Qiao Yunfei", "Linghu Min", "Bao Shi", "Dou Xiaolan"}
    assert all(person["roles"] == ["attendee"] for person in found.values())


def test_topic_complements_with_commas_and_two_bodies_joined_by_and():
    _, record = record_of(
        "Yue Tingting, Director General of the Xicheng District Bureau of Culture, Tourism and Sports, attended. "
        "Officials of the Xicheng District Bureau of Ecology and Environment and Beijing Capital Airport Group "
        "spoke.\n"
    )
    found = officials_of(record)
    assert found["Yue Tingting"]["titles"] == [
        (
            "Director General of the Xicheng District Bureau of Culture, Tourism and Sports",
            "Director General",
            "Xicheng District Bureau of Culture, Tourism and Sports",
        )
    ]
    assert body_names(record) == [
        "Xicheng District Bureau of Culture, Tourism and Sports",
        "Xicheng District Bureau of Ecology and Environment",
    ]


def test_a_name_with_its_own_titles_does_not_share_the_plural_title_of_a_list():
    _, record = record_of(
        "Vice Mayors Tang Yi and Kou Xin, and Zeng Fan, Secretary-General of the Xicheng District People's "
        "Government, attended the meeting.\n"
    )
    found = officials_of(record)
    assert found["Tang Yi"]["titles"] == [("Vice Mayors", "Vice Mayor", None)]
    assert found["Kou Xin"]["titles"] == [("Vice Mayors", "Vice Mayor", None)]
    assert found["Zeng Fan"]["titles"] == [
        (
            "Secretary-General of the Xicheng District People's Government",
            "Secretary-General",
            "Xicheng District People's Government",
        )
    ]


def test_a_phrase_parsed_once_still_reads_its_own_context_in_each_document():
    """The grammar of a phrase is kept across documents; what its surroundings say (an ordinal
    that makes "CPC National Congress" an event) is read again in each one, in either order."""
    as_body = "On May 9, the CPC National Congress sent a letter to the Xicheng District Committee.\n"
    as_event = "On May 9, the district studied the 21st CPC National Congress and the Xicheng District Committee.\n"
    for first, second in ((as_body, as_event), (as_event, as_body)):
        records = [record_of(body)[1] for body in (first, second, first)]
        names = [body_names(r) for r in records]
        assert names[0] == names[2]
        with_congress = ["CPC National Congress", "Xicheng District Committee"]
        assert sorted([names[0], names[1]]) == sorted([with_congress, ["Xicheng District Committee"]])


def test_lower_case_particles_of_thai_and_kalenjin_names_and_a_later_particle_first_mention():
    _, record = record_of(
        "Mr. Kipchumba arap Rotich, Chairman of the Eldoret Chapter of the Kenya Association of Manufacturers, "
        "and Ms. Wilaiwan na Chiangmai, Consul of the Royal Thai Consulate-General in Chengdu, visited the district. "
        "Na Chiangmai said that Thai firms were ready to invest. Mr. arap Rotich said that trade was growing.\n"
    )
    found = officials_of(record)
    assert set(found) == {"Kipchumba arap Rotich", "Wilaiwan na Chiangmai"}
    assert found["Wilaiwan na Chiangmai"]["roles"] == ["attendee", "speaker"]
    assert found["Kipchumba arap Rotich"]["roles"] == ["attendee", "speaker"]


def test_a_malaysian_honorific_inside_the_phrase_is_no_part_of_the_name():
    _, record = record_of(
        "Datuk Seri Hamzah Idris bin Yusof, Chairman of the Penang Tourism Council, and Dato' Lim Boon Keat, "
        "President of the Malaysia-China Business Association, delivered speeches.\n"
    )
    found = officials_of(record)
    assert set(found) == {"Hamzah Idris bin Yusof", "Lim Boon Keat"}
    assert found["Hamzah Idris bin Yusof"]["roles"] == ["speaker"]


def test_a_possessive_is_no_part_of_the_name():
    _, record = record_of(
        "The meeting studied the guiding principles of General Secretary Han Li's important speeches. Mo Jie, "
        "Secretary of the CPC Huairou District Committee, said that Mo Jie’s team would act.\n"
    )
    found = officials_of(record)
    assert set(found) == {"Han Li", "Mo Jie"}
    assert found["Han Li"]["titles"] == [("General Secretary", "General Secretary", None)]
    assert [m.text for m in record.officials[1].mentions] == ["Mo Jie", "Mo Jie"]


def test_a_hyphenated_surname_alone_names_the_person_later():
    _, record = record_of(
        "Zhou Lan, District Mayor, held talks with Ms. Irina Volkova-Lebedeva, Deputy Head of the Administration "
        "of Kazan. Volkova-Lebedeva said that Kazan valued the ties.\n"
    )
    found = officials_of(record)
    assert found["Irina Volkova-Lebedeva"]["roles"] == ["attendee", "speaker"]


def test_a_bare_office_before_the_name_repeats_the_title_given_in_full():
    _, record = record_of(
        "Zhou Lan met with H.E. Ms. Saoirse Ní Cheallaigh, Ambassador of Ireland to China. Zhou Lan welcomed "
        "Ambassador Ní Cheallaigh to the district.\n"
    )
    found = officials_of(record)
    assert found["Saoirse Ní Cheallaigh"]["titles"] == [("Ambassador of Ireland to China", "Ambassador", None)]


def test_customs_and_a_hyphenated_consulate_general_are_bodies_a_bare_head_is_not():
    _, record = record_of(
        "Ms. Pimchanok Srisuk, Consul of the Royal Thai Consulate-General in Xiamen, attended the meeting. The "
        "meeting asked Xiamen Customs and the Xiamen Office of the General Administration of Customs to act.\n"
    )
    found = officials_of(record)
    assert found["Pimchanok Srisuk"]["titles"] == [
        (
            "Consul of the Royal Thai Consulate-General in Xiamen",
            "Consul",
            "Royal Thai Consulate-General in Xiamen",
        )
    ]
    assert body_names(record) == [
        "Royal Thai Consulate-General in Xiamen",
        "Xiamen Customs",
        "Xiamen Office of the General Administration of Customs",
        "General Administration of Customs",
    ]


def test_a_company_is_the_body_of_a_title_but_no_listed_body():
    _, record = record_of(
        "Dr. Matthias Kern, CEO of Rheinwerk Antriebstechnik GmbH, and Mr. Tom Hale, General Manager of Halewood "
        "Logistics Ltd, signed the agreement.\n"
    )
    found = officials_of(record)
    assert found["Matthias Kern"]["titles"] == [
        ("CEO of Rheinwerk Antriebstechnik GmbH", "CEO", "Rheinwerk Antriebstechnik GmbH")
    ]
    assert found["Tom Hale"]["titles"] == [
        ("General Manager of Halewood Logistics Ltd", "General Manager", "Halewood Logistics Ltd")
    ]
    assert body_names(record) == []


def test_a_government_named_without_peoples_is_a_short_form_of_the_full_name():
    _, record = record_of(
        "The Xicheng District People's Government held an executive meeting. The Xicheng District Government "
        "will report on the work at mid-year.\n",
        title="Xicheng District Government Holds Executive Meeting",
    )
    assert body_names(record) == ["Xicheng District People's Government"]


def test_a_chamber_named_with_its_region_after_a_dash_nests_the_chamber():
    _, record = record_of(
        "The French Chamber of Commerce and Industry in China – South China sent representatives to the meeting.\n"
    )
    assert body_names(record) == [
        "French Chamber of Commerce and Industry in China – South China",
        "French Chamber of Commerce and Industry in China",
    ]


def test_a_plural_title_in_apposition_to_a_list_is_every_listed_names():
    _, record = record_of(
        "Vice District Mayors Tan Yu and Qu Lin, both Deputy Directors of the Xicheng District Leading Group for "
        "Foreign Trade, were also present.\n"
    )
    found = officials_of(record)
    shared = [
        ("Vice District Mayors", "Vice District Mayor", None),
        (
            "Deputy Directors of the Xicheng District Leading Group for Foreign Trade",
            "Deputy Director",
            "Xicheng District Leading Group for Foreign Trade",
        ),
    ]
    assert found == {
        "Tan Yu": {"titles": shared, "roles": ["attendee"]},
        "Qu Lin": {"titles": shared, "roles": ["attendee"]},
    }


def test_chamber_office_university_and_emergency_command_titles():
    _, record = record_of(
        "Mr. Lee Dong-hoon, Chief Representative of the Suzhou Office of the Italian Chamber of Commerce in "
        "China, and Dr. Mikael Lindqvist, Vice Rector of Uppsala University, spoke at the meeting. Tan Yu, Vice "
        "Mayor of Hefei and Deputy Commander of the Hefei Municipal Headquarters for Flood Control and Drought "
        "Relief, presided over the meeting.\n"
    )
    found = officials_of(record)
    assert found["Lee Dong-hoon"] == {
        "titles": [
            (
                "Chief Representative of the Suzhou Office of the Italian Chamber of Commerce in China",
                "Chief Representative",
                "Suzhou Office of the Italian Chamber of Commerce in China",
            )
        ],
        "roles": ["speaker"],
    }
    assert found["Mikael Lindqvist"] == {
        "titles": [("Vice Rector of Uppsala University", "Vice Rector", "Uppsala University")],
        "roles": ["speaker"],
    }
    assert found["Tan Yu"] == {
        "titles": [
            ("Vice Mayor of Hefei", "Vice Mayor", None),
            (
                "Deputy Commander of the Hefei Municipal Headquarters for Flood Control and Drought Relief",
                "Deputy Commander",
                "Hefei Municipal Headquarters for Flood Control and Drought Relief",
            ),
        ],
        "roles": ["chair"],
    }
    assert "Hefei Municipal Headquarters for Flood Control and Drought Relief" in body_names(record)


def test_a_zone_named_in_its_place_is_part_of_the_body_name():
    _, record = record_of(
        "Xu Lan, Director of the Management Committee of the Qianhai Shenzhen-Hong Kong Modern Service Industry "
        "Cooperation Zone in Shenzhen, introduced the zone.\n"
    )
    name = "Management Committee of the Qianhai Shenzhen-Hong Kong Modern Service Industry Cooperation Zone in Shenzhen"
    assert officials_of(record)["Xu Lan"]["titles"] == [(f"Director of the {name}", "Director", name)]
    assert body_names(record) == [name]


def test_rostrum_signing_and_announcing_give_roles():
    _, record = record_of(
        "Chairman of the Standing Committee of the Xicheng District People's Congress Lou Ping sat on the rostrum. "
        "The memorandum was signed by Prof. Hua Min, President of the Xicheng District Hospital, and Ms. Ana "
        "Ruiz, Director of the Valencia Health Office. Kong Wei, Head of the Organization Department of the CPC "
        "Xicheng District Committee, announced the list of award winners.\n"
    )
    found = officials_of(record)
    assert found["Lou Ping"]["roles"] == ["attendee"]
    assert found["Hua Min"]["roles"] == ["attendee"]
    assert found["Ana Ruiz"]["roles"] == ["attendee"]
    assert found["Kong Wei"]["roles"] == ["speaker"]


def test_a_headquarters_is_a_body_only_for_a_purpose():
    _, record = record_of(
        "Lin Bo, Deputy Commander of the Xicheng District Headquarters for Flood Control, visited the Qianhai "
        "Headquarters Base and the Global Headquarters of Meridian Robotics.\n"
    )
    assert body_names(record) == ["Xicheng District Headquarters for Flood Control"]


def test_a_role_phrase_opening_the_sentence_in_capitals_gives_its_role():
    _, record = record_of(
        "Witnessed by Tan Yu, Vice Mayor of Xicheng, Ms. Ana Ruiz, Director of the Valencia Health Office, and "
        "Mr. Hua Min signed the agreement.\n"
    )
    found = officials_of(record)
    assert found["Tan Yu"]["roles"] == ["attendee"]
    assert found["Hua Min"]["roles"] == ["attendee"]


def test_hong_kong_before_and_a_topic_word_stays_in_the_place_name():
    _, record = record_of(
        "Ye Qiu, Deputy Director of the Management Committee of the Shenzhen-Hong Kong Science and Technology "
        "Innovation Cooperation Zone in Futian, and Vice Mayor of Xicheng Lu Ming and Xu Lan attended.\n"
    )
    name = "Management Committee of the Shenzhen-Hong Kong Science and Technology Innovation Cooperation Zone in Futian"
    found = officials_of(record)
    assert found["Ye Qiu"]["titles"] == [(f"Deputy Director of the {name}", "Deputy Director", name)]
    assert found["Lu Ming"]["titles"] == [("Vice Mayor of Xicheng", "Vice Mayor", None)]
    assert "Kong Science" not in found
    assert body_names(record) == [name]


def test_speaking_and_ceremonial_verbs_of_the_genre_give_roles():
    _, record = record_of(
        "Gao Lin, Vice Mayor of Xicheng, extended warm greetings to the guests and unveiled the plaque of the "
        "center. Fan Yi, Director of the Xicheng District Commerce Bureau, read out the list of projects and "
        "answered questions from the enterprises. Hu Die, Deputy Director of the Foreign Affairs Office of "
        "Xicheng District, was invited to attend the ceremony. Lan Xi, Head of the Xicheng District Publicity "
        "Department, took the floor and summed up the work. Mo Ru, Vice Mayor of Xicheng, made it clear that the "
        "fund would be open to foreign firms.\n"
    )
    found = officials_of(record)
    assert found["Gao Lin"]["roles"] == ["attendee", "speaker"]
    assert found["Fan Yi"]["roles"] == ["speaker"]
    assert found["Hu Die"]["roles"] == ["attendee"]
    assert found["Lan Xi"]["roles"] == ["speaker"]
    assert found["Mo Ru"]["roles"] == ["speaker"]


def test_council_procuratorate_mission_and_party_group_positions():
    _, record = record_of(
        "Yao Ping, Secretary of the Party Leadership Group of the Xicheng District Commerce Bureau, met with Ms. "
        "Claire Dubois, Councillor of the City of Lyon, and Mr. Sean Walsh, Deputy Head of Mission of the Embassy "
        "of Ireland in China. Ke Lan, Chief Procurator of the Xicheng District Procuratorate, was present.\n"
    )
    found = officials_of(record)
    assert found["Yao Ping"]["titles"] == [
        (
            "Secretary of the Party Leadership Group of the Xicheng District Commerce Bureau",
            "Secretary",
            "Party Leadership Group of the Xicheng District Commerce Bureau",
        )
    ]
    assert found["Claire Dubois"]["titles"] == [("Councillor of the City of Lyon", "Councillor", None)]
    assert found["Sean Walsh"]["titles"] == [
        (
            "Deputy Head of Mission of the Embassy of Ireland in China",
            "Deputy Head of Mission",
            "Embassy of Ireland in China",
        )
    ]
    assert found["Ke Lan"]["titles"] == [
        ("Chief Procurator of the Xicheng District Procuratorate", "Chief Procurator", "Xicheng District Procuratorate")
    ]
    assert body_names(record) == [
        "Party Leadership Group of the Xicheng District Commerce Bureau",
        "Xicheng District Commerce Bureau",
        "Embassy of Ireland in China",
        "Xicheng District Procuratorate",
    ]


def test_bracketed_note_inside_a_plural_title_list_keeps_the_list_and_its_roles():
    _, record = record_of(
        "On March 3, the executive meeting was held. Executive Vice Mayor Tao Ran, Vice Mayors Qiu Ling "
        "(Bai, female) and Fang Delun, and Secretary-General Ke Ming attended the meeting.\n"
    )
    found = officials_of(record)
    assert found["Fang Delun"]["titles"] == [("Vice Mayors", "Vice Mayor", None)]
    for name in ("Tao Ran", "Qiu Ling", "Fang Delun", "Ke Ming"):
        assert found[name]["roles"] == ["attendee"], name


def test_name_particles_of_malaysian_indian_and_dutch_names_and_company_forms():
    _, record = record_of(
        "On June 2, the two sides met in Johor Bahru. Ms. Priya Devi a/p Rajan, Member of the Johor State "
        "Executive Council, and Mr. Joost van 't Veld, General Manager of Haarlem Tulip Trading Co., Ltd., "
        "spoke at the ceremony.\n"
    )
    found = officials_of(record)
    assert found["Priya Devi a/p Rajan"]["roles"] == ["speaker"]
    assert found["Joost van 't Veld"] == {
        "titles": [
            (
                "General Manager of Haarlem Tulip Trading Co., Ltd.",
                "General Manager",
                "Haarlem Tulip Trading Co., Ltd.",
            )
        ],
        "roles": ["speaker"],
    }


def test_ampersand_between_capitals_stays_inside_a_body_name():
    _, record = record_of(
        "The ceremony was presided over by Hu Ping, Secretary of the CPC Committee of Southwest R&D University.\n"
    )
    assert officials_of(record)["Hu Ping"]["titles"] == [
        (
            "Secretary of the CPC Committee of Southwest R&D University",
            "Secretary",
            "CPC Committee of Southwest R&D University",
        )
    ]
    assert "CPC Committee of Southwest R&D University" in body_names(record)


def test_border_military_and_mass_organisation_bodies_are_listed():
    _, record = record_of(
        "On March 9, the plenary meeting of the Hunchun Border Defence Committee was held. Kang Bo, Political "
        "Commissar of the Hunchun Military Sub-district, attended. The Hunchun Border Management Detachment and "
        "the Hunchun Entry-Exit Border Inspection Station reported on their work. Ms. Somchai Keola, Vice "
        "President of the Lao Youth Union, spoke.\n"
    )
    names = body_names(record)
    for body in (
        "Hunchun Military Sub-district",
        "Hunchun Border Management Detachment",
        "Hunchun Entry-Exit Border Inspection Station",
        "Lao Youth Union",
    ):
        assert body in names, body
    assert officials_of(record)["Kang Bo"]["titles"] == [
        (
            "Political Commissar of the Hunchun Military Sub-district",
            "Political Commissar",
            "Hunchun Military Sub-district",
        )
    ]


def test_lectures_feedback_and_guidance_make_speakers():
    _, record = record_of(
        "On May 2, the study session was held. Wen Bo, Member of the Party Group, gave a lecture on planning. "
        "Lin Tao, Head of the Second Inspection Team, gave feedback on the findings. Xia Yu, Deputy Director of "
        "the Office of the Jilin Provincial Border Defence Committee, attended and gave guidance.\n"
    )
    found = officials_of(record)
    assert found["Wen Bo"]["roles"] == ["speaker"]
    assert found["Lin Tao"]["roles"] == ["speaker"]
    assert found["Xia Yu"]["roles"] == ["attendee", "speaker"]


def test_a_team_is_a_title_body_with_its_parent_and_a_for_complement_ends_before_the_holder():
    _, record = record_of(
        "On July 1, the forum was held. Members of the group, including Deputy Directors Zhao Pei and Lu Han; "
        "and Meng Qi, Head of the Audit Team of the CPC Fujian Provincial Commission for Discipline Inspection, "
        "made exchange speeches. The forum was attended by Honorary President of the Nanning Municipal People's "
        "Association for Friendship with Foreign Countries Lu Fengxia.\n"
    )
    found = officials_of(record)
    assert found["Meng Qi"] == {
        "titles": [
            (
                "Head of the Audit Team of the CPC Fujian Provincial Commission for Discipline Inspection",
                "Head",
                "Audit Team of the CPC Fujian Provincial Commission for Discipline Inspection",
            )
        ],
        "roles": ["speaker"],
    }
    assert found["Zhao Pei"]["roles"] == found["Lu Han"]["roles"] == ["speaker"]
    assert found["Lu Fengxia"]["titles"] == [
        (
            "Honorary President of the Nanning Municipal People's Association for Friendship with Foreign Countries",
            "Honorary President",
            "Nanning Municipal People's Association for Friendship with Foreign Countries",
        )
    ]
    assert "Audit Team of the CPC Fujian Provincial Commission for Discipline Inspection" not in body_names(record)


def test_hyphenated_modifiers_and_city_executives_abroad_are_positions():
    _, record = record_of(
        "Ms. Anneke de Wit, Alderman of Delft, the Netherlands, and Dr. Saule Bekova, Vice-Rector of Almaty "
        "Technological University, were present.\n"
    )
    found = officials_of(record)
    assert found["Anneke de Wit"] == {"titles": [("Alderman of Delft", "Alderman", None)], "roles": ["attendee"]}
    assert found["Saule Bekova"] == {
        "titles": [
            (
                "Vice-Rector of Almaty Technological University",
                "Vice-Rector",
                "Almaty Technological University",
            )
        ],
        "roles": ["attendee"],
    }


def test_titles_before_and_after_a_name_are_both_the_persons():
    _, record = record_of(
        "Executive Vice Mayor Tao Minghui, Executive Deputy Director of the Committee, reported on the work of "
        "the past year. The district studied Secretary Luo Ping's instructions.\n"
    )
    found = officials_of(record)
    assert found["Tao Minghui"] == {
        "titles": [
            ("Executive Vice Mayor", "Executive Vice Mayor", None),
            ("Executive Deputy Director of the Committee", "Executive Deputy Director", "Committee"),
        ],
        "roles": ["speaker"],
    }
    assert found["Luo Ping"]["roles"] == ["mentioned"]


def test_its_after_of_names_a_body_by_the_one_just_named():
    _, record = record_of(
        "Fang Jiawei, Director of the Xicheng District Commerce Bureau and Secretary of its Party Group, presided "
        "over the meeting.\n"
    )
    found = officials_of(record)
    assert found["Fang Jiawei"] == {
        "titles": [
            ("Director of the Xicheng District Commerce Bureau", "Director", "Xicheng District Commerce Bureau"),
            ("Secretary of its Party Group", "Secretary", "Party Group"),
        ],
        "roles": ["chair"],
    }


def test_a_generic_body_nested_in_a_headlines_short_form_is_a_short_form_too():
    _, record = record_of(
        "On June 4, the Party Group of the Shunyi District Foreign Affairs Office held a study session.\n",
        title="Party Group of the District Foreign Affairs Office Holds Study Session",
    )
    assert body_names(record) == [
        "Party Group of the Shunyi District Foreign Affairs Office",
        "Shunyi District Foreign Affairs Office",
    ]


def test_an_administrative_unit_before_head_is_part_of_the_position():
    _, record = record_of(
        "Wulan, Secretary of the CPC Horqin Right Banner Committee, Banner Head Bai Tiemu, Deputy Township Head "
        "Qiao Lin and Village Head Sun Baoshan accompanied the inspection. League Head Ma Dong attended.\n"
    )
    found = officials_of(record)
    assert found["Bai Tiemu"]["titles"] == [("Banner Head", "Banner Head", None)]
    assert found["Qiao Lin"]["titles"] == [("Deputy Township Head", "Deputy Township Head", None)]
    assert found["Sun Baoshan"]["titles"] == [("Village Head", "Village Head", None)]
    assert found["Ma Dong"]["titles"] == [("League Head", "League Head", None)]


def test_an_object_pronoun_is_no_subject_and_keeps_its_person_in_view():
    _, record = record_of(
        "Ms. Tana Hu, Secretary of the CPC Abag Banner Committee, visited the port. Li Wenjun, Director of the "
        "Abag Banner Bureau of Commerce, briefed her on the trade figures. In the afternoon, she inspected a "
        "dairy cooperative.\n"
    )
    found = officials_of(record)
    assert found["Li Wenjun"]["roles"] == ["speaker"]
    assert found["Tana Hu"]["roles"] == ["attendee"]
