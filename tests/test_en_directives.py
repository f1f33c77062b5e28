"""English directives on real-looking bulletins (invented people): cues, lists, splitting, traps."""

from __future__ import annotations

from bulletin_extract.pipeline import extract

HEADER = "Chinese\nTopics:\n[Xicheng District] Xicheng District Holds Plenary Meeting\nDate: 2023-04-22\nSource: Xicheng District\n\n"


def directives_of(body: str) -> list[tuple[str, str | None, str]]:
    page = HEADER + body
    record = extract("page.txt", page.encode("utf-8"), lang="en")
    assert record.record_type == "record", record
    for d in record.directives:
        assert " ".join(page[d.start : d.end].split()) == d.text, d
    return [(d.kind, d.cue, d.text) for d in record.directives]


def test_need_to_with_semicolon_tasks_and_a_leading_and_dropped():
    body = (
        "The meeting stressed the need to serve the diplomacy of the country; ensure the security of "
        "foreign-related events in the core area; and make epidemic control both rigorous and humane.\n"
    )
    assert directives_of(body) == [
        ("statement", "stressed", "serve the diplomacy of the country"),
        ("statement", "stressed", "ensure the security of foreign-related events in the core area"),
        ("statement", "stressed", "make epidemic control both rigorous and humane"),
    ]


def test_commas_never_split_and_also_is_not_part_of_the_cue():
    body = "The meeting also called for closer coordination, stricter discipline and regular reports on key tasks.\n"
    assert directives_of(body) == [
        ("statement", "called for", "closer coordination, stricter discipline and regular reports on key tasks")
    ]


def test_each_cue_with_its_complement():
    body = (
        "The meeting emphasized the need to keep foreign affairs work in line with the overall diplomacy.\n\n"
        "The meeting underscored the importance of strengthening the leadership of the Party in foreign affairs.\n\n"
        "The meeting urged faster progress on the international school project.\n\n"
        "The meeting required that every member unit report its progress each quarter.\n\n"
        "The meeting demanded stricter discipline in foreign affairs.\n\n"
        "The meeting made arrangements to review the agreements signed by district departments.\n\n"
        "The meeting pointed out the need to expand people-to-people exchanges with foreign countries.\n\n"
        "Lu Fangqing noted that it is necessary to give full play to the committee in overall planning.\n\n"
        "Lu Fangqing stressed that it is necessary to apply strict health management to every delegation.\n\n"
        "Lu Fangqing asked the relevant departments of the district to follow up on the cooperation intentions.\n\n"
        "She required the departments concerned to speed up the opening of the service center.\n\n"
        "Lu Fangqing urged member units to stay alert to risks in foreign-related activities.\n"
    )
    assert directives_of(body) == [
        ("statement", "emphasized", "keep foreign affairs work in line with the overall diplomacy"),
        ("statement", "underscored", "the importance of strengthening the leadership of the Party in foreign affairs"),
        ("statement", "urged", "faster progress on the international school project"),
        ("statement", "required", "every member unit report its progress each quarter"),
        ("statement", "demanded", "stricter discipline in foreign affairs"),
        ("statement", "made arrangements", "review the agreements signed by district departments"),
        ("statement", "pointed out", "expand people-to-people exchanges with foreign countries"),
        ("statement", "noted", "give full play to the committee in overall planning"),
        ("statement", "stressed", "apply strict health management to every delegation"),
        ("statement", "asked", "follow up on the cooperation intentions"),
        ("statement", "required", "speed up the opening of the service center"),
        ("statement", "urged", "stay alert to risks in foreign-related activities"),
    ]


def test_an_abstract_object_before_to_stays_in_the_task():
    body = "He urged greater efforts to turn the district's heritage into a golden card for exchanges.\n"
    assert directives_of(body) == [
        ("statement", "urged", "greater efforts to turn the district's heritage into a golden card for exchanges")
    ]


def test_that_clause_with_a_modal_keeps_its_subject():
    body = (
        "Huang Zhiwei pointed out that Xicheng, as the heart of the capital, should become a window of opening-up.\n\n"
        "The meeting stressed that the district must take a more active part in serving the overall diplomacy.\n"
    )
    assert directives_of(body) == [
        ("statement", "pointed out", "Xicheng, as the heart of the capital, should become a window of opening-up"),
        ("statement", "stressed", "the district must take a more active part in serving the overall diplomacy"),
    ]


def test_facts_and_narrative_are_not_directives():
    body = (
        "The meeting pointed out that 2020 is the final year of the 13th Five-Year Plan period.\n\n"
        "The meeting noted that in 2022 the district received 126 foreign delegations.\n\n"
        "It was noted that the district had signed two cooperation agreements.\n\n"
        "The meeting reviewed the work report, heard a briefing and studied the guiding principles.\n\n"
        "Xu Lanying said that the district government would report progress every six months.\n\n"
        "At the clinic, she asked about the average processing time.\n\n"
        "The meeting stressed that the district received more delegations than any other district.\n"
    )
    assert directives_of(body) == []


def test_impersonal_statements_take_their_own_cue():
    body = (
        "The meeting called for active integration into the new development pattern. It was also needed to "
        "enhance political awareness and make new contributions.\n\n"
        "It is also necessary to strengthen the coordinating role of the office and to train officials.\n"
    )
    assert directives_of(body) == [
        ("statement", "called for", "active integration into the new development pattern"),
        ("statement", "was also needed", "enhance political awareness and make new contributions"),
        ("statement", "is also necessary", "strengthen the coordinating role of the office and to train officials"),
    ]


def test_later_semicolon_items_lose_that_and_to():
    body = (
        "The meeting demanded that all member units share information; that district leaders take the lead; "
        "and that the office step up supervision.\n\n"
        "She required the departments concerned to open the center; to add foreign-language services; and to "
        "set up a regular mechanism.\n"
    )
    assert [text for _, _, text in directives_of(body)] == [
        "all member units share information",
        "district leaders take the lead",
        "the office step up supervision",
        "open the center",
        "add foreign-language services",
        "set up a regular mechanism",
    ]


def test_continuation_sentence_keeps_the_cue_and_reported_speech_does_not():
    body = (
        "The meeting called for faster progress in building the sub-center. Efforts should be made to attract "
        "more international organizations. She said that the district should be proud of its results.\n"
    )
    assert directives_of(body) == [
        ("statement", "called for", "faster progress in building the sub-center"),
        ("statement", "called for", "attract more international organizations"),
    ]


def test_each_bullet_style_drops_marker_and_trailing_punctuation():
    for marker in ("•", "●", "▪", "-", "1.", "(1)"):
        body = (
            "The key tasks for this year are as follows:\n\n"
            f"{marker} Improving services for foreign talent, including visa facilitation;\n\n"
            f"{marker} Upgrading the international communities in the area; and\n\n"
            f"{marker} Deepening exchanges with sister cities.\n"
        )
        assert directives_of(body) == [
            ("bullet", None, "Improving services for foreign talent, including visa facilitation"),
            ("bullet", None, "Upgrading the international communities in the area"),
            ("bullet", None, "Deepening exchanges with sister cities"),
        ], marker


def test_lead_ins_are_not_items_and_ordinal_paragraphs_keep_their_subject():
    body = (
        "The meeting called for telling the story of the district to the world. To this end, the district will:\n\n"
        "- Hold the river culture festival with international participation;\n"
        "- Promote cooperation with foreign cities in ecological restoration.\n\n"
        "Three priorities were set for the year ahead.\n\n"
        "First, the district should improve its ability to serve major diplomatic events.\n\n"
        "Second, serve head-of-state diplomacy and major events.\n\n"
        "She put forward three requirements.\n"
    )
    assert directives_of(body) == [
        ("statement", "called for", "telling the story of the district to the world"),
        ("bullet", None, "Hold the river culture festival with international participation"),
        ("bullet", None, "Promote cooperation with foreign cities in ecological restoration"),
        ("bullet", None, "the district should improve its ability to serve major diplomatic events"),
        ("bullet", None, "serve head-of-state diplomacy and major events"),
    ]


def test_a_list_of_forum_outcomes_asks_for_nothing():
    body = (
        "The forum released the following outcomes:\n\n"
        "• the Lakeside Initiative on the Open Sharing of Research Facilities;\n\n"
        "• a cooperation agreement on a joint doctoral program;\n\n"
        "• an English-language service platform for foreign researchers.\n"
    )
    assert directives_of(body) == []


def test_ordinal_paragraph_that_narrates_is_not_an_item_but_one_with_a_cue_is_a_statement():
    body = (
        "Second, the district received 37 foreign delegations during the year.\n\n"
        "Finally, the meeting called for stronger supervision of key tasks.\n"
    )
    assert directives_of(body) == [("statement", "called for", "stronger supervision of key tasks")]


def test_inline_ordinals_after_a_colon_become_separate_tasks():
    body = (
        "The meeting stressed the following: first, it is necessary to serve the overall diplomacy; second, it "
        "is necessary to improve services for foreign residents.\n"
    )
    assert directives_of(body) == [
        ("statement", "stressed", "serve the overall diplomacy"),
        ("statement", "stressed", "improve services for foreign residents"),
    ]


def test_person_subject_with_titles_and_an_introductory_phrase():
    body = (
        "Ren Qiuyue, Deputy Secretary of the CPC Xicheng District Committee and District Mayor, called for "
        "better multilingual services at hotels.\n\n"
        "In her speech, Ren called for focusing the district's exchanges on its strengths.\n\n"
        "Looking ahead to next year, the meeting required a year-end review of results.\n"
    )
    assert directives_of(body) == [
        ("statement", "called for", "better multilingual services at hotels"),
        ("statement", "called for", "focusing the district's exchanges on its strengths"),
        ("statement", "required", "a year-end review of results"),
    ]


def test_a_visit_without_asks_has_no_directives():
    body = (
        "On April 9, Lei Zhenhua, District Mayor, met with Ms. Ana Duarte, Ambassador of Chile to China.\n\n"
        "Lei welcomed the ambassador and introduced the district. He said that the two sides would deepen "
        "cooperation. Ms. Duarte noted that 2024 marks the anniversary of diplomatic relations.\n"
    )
    assert directives_of(body) == []


def test_passive_statements_take_the_verb_as_written_and_keep_the_fact_test():
    body = (
        "It was stressed at the meeting that the district should improve services for foreign residents.\n\n"
        "It was noted that the district had received 23 foreign delegations.\n"
    )
    assert directives_of(body) == [
        ("statement", "was stressed", "the district should improve services for foreign residents")
    ]


def test_called_on_an_agent_and_an_empty_subject_dropped():
    body = (
        "The meeting called on all member units to earnestly implement the key tasks.\n\n"
        "The meeting pointed out that efforts should be made to attract more international organizations.\n"
    )
    assert directives_of(body) == [
        ("statement", "called on", "earnestly implement the key tasks"),
        ("statement", "pointed out", "attract more international organizations"),
    ]


def test_circled_and_chinese_comma_numbers_open_items():
    body = "The key tasks are as follows:\n\n① Hosting the forum well;\n\n② Upgrading services.\n\n1、Training officials.\n"
    assert [text for _, _, text in directives_of(body)] == [
        "Hosting the forum well",
        "Upgrading services",
        "Training officials",
    ]


def test_cited_documents_and_leaders_are_not_the_meeting():
    body = (
        "The Opinions on Deepening Opening-up called for faster progress in building pilot zones.\n\n"
        "General Secretary Lin Guohua stressed the need to build a community with a shared future.\n\n"
        "Zhou Haiyan, President of the Beijing Association for International Exchanges, called for closer ties.\n"
    )
    assert directives_of(body) == [("statement", "called for", "closer ties")]


def test_a_sentence_opened_by_after_or_during_the_meeting_still_has_its_subject_and_cue():
    body = (
        "After the talks, Song Yingxue asked the district commerce bureau to draw up a list of projects.\n\n"
        "During the inspection tour, he urged the park's administration to speed up the renovation.\n"
    )
    assert directives_of(body) == [
        ("statement", "asked", "draw up a list of projects"),
        ("statement", "urged", "speed up the renovation"),
    ]


def test_lists_announced_by_narrative_ask_for_nothing():
    body = (
        "Two sub-forums were held in the afternoon:\n\n1. Green Shipping and Smart Ports\n\n"
        "2. Tourism, Culture and Youth Exchanges\n\n"
        "The district also released a package of measures for foreign investors, including:\n\n"
        "- rent subsidies for newly registered regional headquarters;\n\n"
        "- a single window for work permits.\n\n"
        "The meeting demanded:\n\n- Keeping the hotline open around the clock.\n"
    )
    assert directives_of(body) == [("bullet", None, "Keeping the hotline open around the clock")]


def test_an_agent_object_of_two_body_names_joined_by_and():
    body = (
        "Gu Yanan asked the Xicheng District Bureau of Commerce and the Xicheng District Foreign Affairs Office "
        "to open a joint service desk for consulates.\n"
    )
    assert directives_of(body) == [("statement", "asked", "open a joint service desk for consulates")]


def test_after_the_call_and_in_presiding_over_open_a_statement_by_a_named_official():
    body = (
        "After the video call, Lou Ping required the Xicheng District Foreign Affairs Office to list the joint "
        "projects.\n\n"
        "In presiding over the meeting, Mo Jie required all streets to report their progress every month.\n"
    )
    assert directives_of(body) == [
        ("statement", "required", "list the joint projects"),
        ("statement", "required", "report their progress every month"),
    ]


def test_an_object_listing_three_bodies_before_to():
    body = (
        "Lou Ping called on the Xicheng District Development and Reform Commission, the Xicheng District Bureau "
        "of Commerce and the park management committee to speed up the approval of the project.\n"
    )
    assert directives_of(body) == [("statement", "called on", "speed up the approval of the project")]


def test_efforts_by_agents_are_the_noun_phrase_asked_for():
    body = (
        "She called for joint efforts by hotels, scenic spots and travel agencies to improve services for "
        "foreign visitors.\n"
    )
    assert directives_of(body) == [
        (
            "statement",
            "called for",
            "joint efforts by hotels, scenic spots and travel agencies to improve services for foreign visitors",
        )
    ]


def test_lettered_and_roman_numeral_bullets_after_a_lead_in_naming_tasks():
    body = (
        "For the coming year, the meeting set out four tasks:\n"
        "a) opening a consular service point in the industrial park;\n"
        "b) training 30 interpreters for the trade fair.\n\n"
        "Luo Qing put forward the following requirements for the bureaus of the district:\n"
        "(i) Publish a guide for foreign investors by the end of May.\n"
        "(ii) Visit every foreign-invested enterprise once a quarter.\n"
        "(iii) Answer written questions within ten working days.\n"
        "iv) Keep a record of each visit.\n"
    )
    assert directives_of(body) == [
        ("bullet", None, "opening a consular service point in the industrial park"),
        ("bullet", None, "training 30 interpreters for the trade fair"),
        ("bullet", None, "Publish a guide for foreign investors by the end of May"),
        ("bullet", None, "Visit every foreign-invested enterprise once a quarter"),
        ("bullet", None, "Answer written questions within ten working days"),
        ("bullet", None, "Keep a record of each visit"),
    ]


def test_the_heads_of_units_asked_to_act_are_agents_not_part_of_the_task():
    body = (
        "Wen Lu required the village Party secretaries to visit every returned family before the Spring Festival. "
        "She asked the heads of the subdistrict offices to report the results by March.\n"
    )
    assert directives_of(body) == [
        ("statement", "required", "visit every returned family before the Spring Festival"),
        ("statement", "asked", "report the results by March"),
    ]


def test_a_verb_that_asks_only_of_someone_takes_any_object_but_not_a_question():
    body = (
        "Mei Ran asked the organizers to print the program in three languages. She called on the hospitals of "
        "both cities to exchange nurses every year. She also asked questions about access to the market, and "
        "asked whether the loans would be open to small firms.\n"
    )
    assert directives_of(body) == [
        ("statement", "asked", "print the program in three languages"),
        ("statement", "called on", "exchange nurses every year"),
    ]


def test_capital_letter_markers_open_items():
    body = (
        "The meeting made the following arrangements:\n"
        "(A) Open a service desk for foreign residents.\n"
        "(B) Publish a guide in four languages.\n"
    )
    assert directives_of(body) == [
        ("bullet", None, "Open a service desk for foreign residents"),
        ("bullet", None, "Publish a guide in four languages"),
    ]


def test_made_it_clear_asks_only_with_a_modal():
    body = (
        "Rao Jin made it clear that every town must finish the rectification by June. He also made it clear that "
        "the park had met its targets.\n"
    )
    assert directives_of(body) == [("statement", "made it clear", "every town must finish the rectification by June")]


def test_an_agreements_contents_ask_for_nothing():
    body = (
        "Under the memorandum, the two cities will:\n\n"
        "- open a direct freight route by the end of the year;\n"
        "- hold a joint trade fair every autumn.\n"
    )
    assert directives_of(body) == []


def test_an_occasion_with_its_own_complement_opens_a_person_subject():
    body = (
        "At a meeting of the working group after the inspection, Tang Wenli asked the district Commerce Bureau to "
        "draw up a list of the problems found.\n"
    )
    assert directives_of(body) == [("statement", "asked", "draw up a list of the problems found")]


def test_an_asking_cue_coordinated_with_the_first_is_a_statement_of_its_own():
    body = (
        "The meeting underlined the importance of cultural exchanges and called for more youth visits to the "
        "sister cities.\n\n"
        "Zhou Lanying, Secretary of the CPC Xicheng District Committee, stressed the need to improve services "
        "for foreign-invested enterprises, and also urged all departments to strengthen coordination.\n\n"
        "She pointed out that the district had received 40 delegations this year, and asked the district's "
        "Foreign Affairs Office to draw up a plan for the autumn fair.\n\n"
        "The district had consulted the firms and asked them for advice.\n"
    )
    assert directives_of(body) == [
        ("statement", "underlined", "the importance of cultural exchanges"),
        ("statement", "called for", "more youth visits to the sister cities"),
        ("statement", "stressed", "improve services for foreign-invested enterprises"),
        ("statement", "urged", "strengthen coordination"),
        ("statement", "asked", "draw up a plan for the autumn fair"),
    ]
