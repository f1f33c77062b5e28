"""English rules met in the fourteenth blind held-out set (heldout14/), on real-looking bulletins with invented
names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "Chinese\n{title}\nDate: 2024-06-12\nSource: Foreign Affairs Office of Jiaxing Municipality\n\n"


def record_of(body: str, title: str = "Jiaxing Receives Guests from Abroad"):
    return extracted(HEADER.format(title=title) + body, "en")


def directives_of(record) -> list[tuple[str, str | None, str]]:
    return [(d.kind, d.cue, d.text) for d in record.directives]


def test_a_breadcrumb_parted_by_bars_is_furniture_not_the_headline():
    page = (
        "Home | Jiaxing News | Politics\n"
        "Source: Jiaxing Daily    Date: 2024-10-30\n\n"
        "Standing Committee Meeting Studies Port Opening-up\n\n"
        "On October 29, Mao Lin, Secretary of the CPC Jiaxing Municipal Committee, presided over the meeting.\n"
    )
    assert extracted(page, "en").header.title == "Standing Committee Meeting Studies Port Opening-up"
    page = "首页 | 要闻动态 | 政务要闻\n来源：某某日报　发布时间：2024-10-30\n\n市委常委会召开会议\n\n10月29日，市委常委会召开会议。\n"
    assert extracted(page, "zh").header.title == "市委常委会召开会议"


def test_an_office_of_a_body_named_only_by_its_short_form_is_no_body_of_its_own():
    record = record_of(
        "On June 4, Jiaxing held a meeting of the Jiaxing Municipal Flood Control and Drought Relief Headquarters and "
        "the Jiaxing Municipal Work Safety Committee. Ms. Rong Yu, Director of the Jiaxing Municipal Emergency "
        "Management Bureau and Director of the Office of the Work Safety Committee, reported on work safety.\n\n"
        "The meeting required the Office of the Headquarters to organize a joint inspection before July.\n"
    )
    names = body_names(record)
    assert "Jiaxing Municipal Work Safety Committee" in names
    assert "Office of the Work Safety Committee" not in names
    assert "Office of the Headquarters" not in names


def test_a_consular_corps_is_a_body_and_an_italian_particle_stays_inside_the_name():
    record = record_of(
        "On May 15, a delegation of consuls general based in Hangzhou visited Jiaxing. The delegation was led by "
        "Mr. Tomas Lindqvist-Aho, Consul General of Finland in Hangzhou and Dean of the Consular Corps in Hangzhou.\n\n"
        "Members of the delegation included Mr. Gianluca dalla Torre, Consul General of Italy in Hangzhou; and "
        "Ms. Siti Rahmah binti Osman, Consul of the Consulate General of Malaysia in Hangzhou.\n"
    )
    found = officials_of(record)
    assert found["Tomas Lindqvist-Aho"]["titles"][1] == (
        "Dean of the Consular Corps in Hangzhou",
        "Dean",
        "Consular Corps in Hangzhou",
    )
    assert found["Gianluca dalla Torre"]["roles"] == ["attendee"]
    assert found["Siti Rahmah binti Osman"]["roles"] == ["attendee"]
    assert "Consular Corps in Hangzhou" in body_names(record)


def test_a_title_of_the_association_just_named_keeps_its_lower_case_body():
    record = record_of(
        "On November 19, Shen Liyuan, Vice Mayor of Jiaxing, met Leong Wai-kit, President of the Macao Young "
        "Traders Association. Mr. Paulo Jorge Serra da Cunha, Member of the Legislative Assembly of the Macao "
        "Special Administrative Region, and Ms. Chan Mei-ling, Vice President of the association, accompanied "
        "the delegation.\n"
    )
    found = officials_of(record)
    assert found["Chan Mei-ling"] == {
        "titles": [("Vice President of the association", "Vice President", "association")],
        "roles": ["attendee"],
    }
    assert found["Paulo Jorge Serra da Cunha"]["roles"] == ["attendee"]
    assert "association" not in body_names(record)


def test_a_name_of_one_word_opening_a_sentence_and_a_fair_declared_open():
    record = record_of(
        "On August 8, the Jiaxing Trade Fair opened.\n\n"
        "Temuge, Member of the Standing Committee of the CPC Zhejiang Provincial Committee and Secretary of the CPC "
        "Jiaxing Municipal Committee, attended and delivered a speech. Shen Liyuan, Vice Mayor of Jiaxing, "
        "attended the opening ceremony and declared the fair open.\n"
    )
    found = officials_of(record)
    assert found["Temuge"]["titles"][1] == (
        "Secretary of the CPC Jiaxing Municipal Committee",
        "Secretary",
        "CPC Jiaxing Municipal Committee",
    )
    assert found["Shen Liyuan"]["roles"] == ["attendee", "speaker"]


def test_a_body_joined_to_a_district_by_and_ends_before_it_and_a_participle_opens_a_cued_sentence():
    record = record_of(
        "On August 8, Shen Liyuan, Vice Mayor of Jiaxing, toured the fair with Mao Lin, Director of the Jiaxing "
        "Municipal Bureau of Commerce.\n\n"
        "Touring the exhibition halls after the ceremony, Shen Liyuan called on the Bureau of Commerce and Nanhu "
        "District to follow up on every signed project; and to help exhibitors with customs clearance.\n"
    )
    assert "Bureau of Commerce and Nanhu District" not in body_names(record)
    assert directives_of(record) == [
        ("statement", "called on", "follow up on every signed project"),
        ("statement", "called on", "help exhibitors with customs clearance"),
    ]


def test_a_chinese_name_written_given_name_first_acts_but_a_position_word_is_no_given_name():
    record = record_of(
        "On July 20, Shen Liyuan, Vice Mayor of Jiaxing, met the summer camp. Kevin Wang, a 16-year-old camper from "
        "Toronto, spoke on behalf of the campers. Political Commissar Qin Hao of the Jiaxing Military Sub-district "
        "attended.\n\nCommissar Qin said that the camp would be held again.\n"
    )
    found = officials_of(record)
    assert found["Kevin Wang"] == {"titles": [], "roles": ["speaker"]}
    assert "Commissar Qin" not in found


def test_an_association_abroad_is_named_with_its_country_and_a_centre_with_its_field():
    record = record_of(
        "On July 20, Shen Liyuan, Vice Mayor of Jiaxing, met Dr. Hongbo Xu, Vice President of the Chinese "
        "Association of Zhejiang in Austria, and Prof. Maren Solberg, Director of the Centre for Coastal Ecology "
        "of Bergen University.\n"
    )
    found = officials_of(record)
    assert found["Hongbo Xu"]["titles"][0][2] == "Chinese Association of Zhejiang in Austria"
    assert found["Maren Solberg"]["titles"][0][2] == "Centre for Coastal Ecology of Bergen University"


def test_a_headlines_committee_standing_committee_hides_neither_committee():
    record = record_of(
        "On the morning of October 29, Mao Lin, Secretary of the CPC Jiaxing Municipal Committee, presided over a "
        "meeting of the Standing Committee of the CPC Jiaxing Municipal Committee.\n",
        title="CPC Jiaxing Municipal Committee Standing Committee Meeting Studies Port Opening-up",
    )
    names = body_names(record)
    assert "CPC Jiaxing Municipal Committee" in names
    assert "Standing Committee of the CPC Jiaxing Municipal Committee" in names


def test_ordinal_sentences_after_a_counted_ask_are_its_tasks():
    record = record_of(
        "The meeting required the city to do three things well. First, the city should upgrade Zhapu Port. "
        "Second, the city should deepen cooperation with Aichi Prefecture. Third, the city should train officials "
        "who know foreign languages.\n"
    )
    assert directives_of(record) == [
        ("statement", "required", "the city should upgrade Zhapu Port"),
        ("statement", "required", "the city should deepen cooperation with Aichi Prefecture"),
        ("statement", "required", "the city should train officials who know foreign languages"),
    ]


def test_an_italian_particle_elided_before_the_family_name_stays_inside_the_name():
    record = record_of(
        "On May 3, Shen Liyuan, Vice Mayor of Jiaxing, met Ms. Chiara dall'Acqua, Managing Director of Verona "
        "Valve Company, and Mr. Paolo dell'Erba, Chairman of Brescia Tools Group.\n"
    )
    found = officials_of(record)
    assert found["Chiara dall'Acqua"]["titles"][0][1] == "Managing Director"
    assert found["Paolo dell'Erba"]["roles"] == ["attendee"]


def test_a_position_described_rather_than_placed_keeps_its_description_and_signatories_attend():
    record = record_of(
        "On May 3, Shen Liyuan, Vice Mayor of Jiaxing, met the investors. Signed on behalf of the investors were "
        "Anneke Vermeulen, Managing Director of a valve company from Utrecht, and Rafael Ortega Sanz, Chairman of a "
        "Spanish tile group.\n"
    )
    found = officials_of(record)
    assert found["Anneke Vermeulen"] == {
        "titles": [("Managing Director of a valve company from Utrecht", "Managing Director", None)],
        "roles": ["attendee"],
    }
    assert found["Rafael Ortega Sanz"]["titles"] == [("Chairman of a Spanish tile group", "Chairman", None)]
    assert found["Rafael Ortega Sanz"]["roles"] == ["attendee"]


def test_a_governments_foreign_affairs_office_is_no_short_form_of_the_party_committees_office():
    record = record_of(
        "On March 13, Jiaxing held its foreign affairs work conference. Mao Lin, Director of the Office of the "
        "Foreign Affairs Committee of the CPC Jiaxing Municipal Committee and Director of the Jiaxing Municipal "
        "Foreign Affairs Office, delivered a work report.\n"
    )
    names = body_names(record)
    assert "Office of the Foreign Affairs Committee of the CPC Jiaxing Municipal Committee" in names
    assert "Jiaxing Municipal Foreign Affairs Office" in names
