"""Chinese entities on genre structures first met in blind held-out bulletins (heldout2/ to heldout5/): prefecture
offices, leagues and banners, qualified positions, notes after names, middle initials in transliterated names,
village committees, zone committees, consular corps and more. Invented names and places."""

from __future__ import annotations

from conftest import body_names, extracted, officials_of

HEADER = "{title}\n来源：某市人民政府外事办公室　发布时间：2024-05-16\n\n"


def record_of(body: str, title: str = "某市召开工作会议"):
    return extracted(HEADER.format(title=title) + body + "\n", "zh")


def test_an_office_in_full_after_a_level_abbreviation_and_a_county_name_edge():
    record = record_of(
        "6月3日上午，区长郑一帆主持召开常务会议。区政府办公室、区外办、区发展改革委主要负责同志列席会议。"
        "会议要求，区发展改革委要会同区外办做好外资项目服务。"
    )
    # 区政府办 is not cut out of 区政府办公室; 会同 is no place before 区外办
    assert body_names(record) == ["区政府办公室", "区外办", "区发展改革委"]


def test_a_party_organisation_count_is_no_party_group():
    record = record_of("会议指出，上半年全区机关党组织共开展主题党日活动215场。")
    assert body_names(record) == []


def test_border_inspection_a_ministry_department_and_a_city_section_are_bodies():
    record = record_of(
        "会议强调，要加强与泉州海关、泉州边检站等单位的协同。"
        "马来西亚投资发展局东亚司司长陈美华、福冈市国际交流课课长高桥雅人出席。"
    )
    # the inner 投资发展局 is listed too (GOLD.md: a body named inside another body's name counts)
    assert body_names(record) == [
        "泉州海关",
        "泉州边检站",
        "马来西亚投资发展局东亚司",
        "马来西亚投资发展局",
        "福冈市国际交流课",
    ]
    found = officials_of(record)
    assert found["陈美华"]["titles"] == [("马来西亚投资发展局东亚司司长", "司长", "马来西亚投资发展局东亚司")]
    assert found["高桥雅人"]["titles"] == [("福冈市国际交流课课长", "课长", "福冈市国际交流课")]


def test_judicial_and_lesson_words_hold_no_body_head():
    record = record_of("区司法局局长刘一鸣为全体党员讲授党课，区委宣传部负责同志参加。")
    assert body_names(record) == ["区司法局", "区委宣传部"]


def test_japanese_family_names_take_longer_given_names():
    record = record_of(
        "11月5日，市长蔡明远与日本福冈市市长五十岚翔太郎举行视频会谈。市外办主任刀红梅和福冈市国际交流课课长"
        "佐藤美树分别介绍了交流项目。"
    )
    found = officials_of(record)
    assert list(found) == ["蔡明远", "五十岚翔太郎", "刀红梅", "佐藤美树"]
    assert found["五十岚翔太郎"]["titles"] == [("日本福冈市市长", "市长", None)]
    assert found["佐藤美树"]["roles"] == ["speaker"]


def test_explaining_and_a_party_lecture_make_a_speaker():
    record = record_of("区商务局局长韩雨桐就外资企业服务工作作了说明。区委组织部部长、党支部书记邵雪晴讲专题党课。")
    found = officials_of(record)
    assert found["韩雨桐"]["roles"] == ["speaker"]
    assert found["邵雪晴"] == {
        "titles": [("区委组织部部长", "部长", "区委组织部"), ("党支部书记", "书记", "党支部")],
        "roles": ["speaker"],
    }


def test_foreign_minister_and_company_titles_end_in_their_positions():
    record = record_of(
        "马来西亚投资贸易部高级政务部长林国华出席。副市长方晓东与马来西亚宏盛集团首席执行官黄伟杰签署合作协议。"
    )
    found = officials_of(record)
    assert found["林国华"]["titles"] == [("马来西亚投资贸易部高级政务部长", "高级政务部长", "马来西亚投资贸易部")]
    assert found["黄伟杰"]["titles"] == [("马来西亚宏盛集团首席执行官", "首席执行官", "马来西亚宏盛集团")]
    assert found["方晓东"]["roles"] == ["attendee"]


def test_an_abbreviated_federation_in_a_title_is_its_body_but_not_listed_and_coming_to_the_meeting_attends():
    record = record_of(
        "市委常委、副市长吴海宁到会通报有关情况。市政协常委、市工商联副主席蒋依然，区直机关工委书记秦朗作了发言。"
    )
    found = officials_of(record)
    assert found["吴海宁"]["roles"] == ["attendee", "speaker"]
    assert found["蒋依然"]["titles"][1] == ("市工商联副主席", "副主席", "市工商联")
    assert found["秦朗"]["titles"] == [("区直机关工委书记", "书记", "区直机关工委")]
    assert body_names(record) == []


def test_a_known_transliterated_name_stands_before_any_verb_and_hands_on_to_a_pronoun():
    record = record_of(
        "副市长吕清源会见了柬埔寨暹粒省副省长宋·索帕一行。宋·索帕感谢昆城市多年来的支持。他说，暹粒省愿扩大旅游合作。"
    )
    assert officials_of(record)["宋·索帕"]["roles"] == ["attendee", "speaker"]


def test_what_a_preposition_governs_is_no_name_before_a_verb():
    record = record_of("区委外办主任严若溪讲党课。严若溪在党课中说，外事干部必须对党忠诚。")
    assert list(officials_of(record)) == ["严若溪"]


def test_a_comma_closing_a_title_chain_with_no_name_goes_on_to_the_next_title():
    record = record_of("县委常委、宣传部部长，县直机关工委书记东方晓出席会议并讲话。")
    assert officials_of(record)["东方晓"]["titles"] == [
        ("县委常委", "常委", "县委"),
        ("宣传部部长", "部长", "宣传部"),
        ("县直机关工委书记", "书记", "县直机关工委"),
    ]


def test_a_name_with_no_chinese_surname_after_a_title_and_no_name_in_ordinary_words():
    record = record_of(
        "市长召开市长办公会议。代表团成员、市政府副秘书长蓝海，呼和浩特新区管委会副主任其木格日乐陪同出访。"
    )
    found = officials_of(record)
    assert list(found) == ["蓝海", "其木格日乐"]
    assert found["其木格日乐"] == {
        "titles": [("呼和浩特新区管委会副主任", "副主任", "呼和浩特新区管委会")],
        "roles": ["attendee"],
    }
    assert found["蓝海"]["roles"] == ["attendee"]  # 代表团成员 is a group label, not a title


def test_an_official_after_yu_in_the_subjects_clause_acts_with_it():
    record = record_of("副市长唐秋实代表市人民政府与泰国正信集团总裁陈志远签署合作协议。")
    assert officials_of(record)["陈志远"]["roles"] == ["attendee"]


def test_a_level_body_after_a_place_in_a_title_is_listed_a_bare_one_is_not():
    record = record_of("托木斯克州政府副主席伊万·彼得罗夫、区委副书记梁清出席推介会。")
    assert body_names(record) == ["托木斯克州政府"]


def test_later_short_forms_of_a_consultative_conference_and_a_foreign_affairs_office():
    record = record_of(
        "政协青岛市第十五届委员会常务委员会第八次会议召开。市政协主席夏侯云主持会议。"
        "青岛市外事办公室主任关山月出席。会后，夏侯云要求，市外办要做好对接。"
    )
    # the committee inside its standing committee's name is not split out (heldout2 NOTES, nested bodies)
    assert body_names(record) == ["政协青岛市第十五届委员会常务委员会", "青岛市外事办公室"]


def test_lesson_and_department_words_hold_no_head_where_a_level_starts_them():
    record = record_of("市民课堂开讲。司局级干部参加培训。担任司仪的是区委宣传部副部长任思远。")
    assert body_names(record) == ["区委宣传部"]


def test_foreign_heads_of_states_and_prefectures_and_a_company_director_are_positions():
    record = record_of(
        "区委书记刘晓川同马来西亚槟城州首席部长曹观福举行会谈。日本宫城县副知事佐佐木健二、"
        "德国汉堡港务集团董事林克出席。"
    )
    found = officials_of(record)
    assert found["曹观福"] == {"titles": [("马来西亚槟城州首席部长", "首席部长", None)], "roles": ["attendee"]}
    assert found["佐佐木健二"]["titles"] == [("日本宫城县副知事", "副知事", None)]
    assert found["林克"]["titles"] == [("德国汉堡港务集团董事", "董事", "德国汉堡港务集团")]


def test_more_ways_to_speak_and_to_attend():
    record = record_of(
        "副区长韩若冰致欢迎词。区委党校教授卫东来作辅导报告。市长沈之远拜会了泰国清迈府府尹颂猜·坦马一行。"
        "区委书记杭一鸣出席并见证签约。"
    )
    found = officials_of(record)
    assert found["韩若冰"]["roles"] == ["speaker"]
    assert found["卫东来"]["roles"] == ["speaker"]
    assert found["沈之远"]["roles"] == ["attendee"]
    assert found["杭一鸣"]["roles"] == ["attendee"]
    # a Thai province (府) is a place before the position; the host called on its governor, who attended
    assert found["颂猜·坦马"] == {"titles": [("泰国清迈府府尹", "府尹", None)], "roles": ["attendee"]}


def test_no_name_in_a_numeral_after_a_title_nor_in_an_ordinary_word_before_one():
    record = record_of("他曾担任区商务局局长一职。全体副区长参加会议。")
    assert officials_of(record) == {}
    # a numeral inside a Japanese given name is no obstacle
    record = record_of("日本富山县知事新田八朗表示，愿深化合作。")
    assert list(officials_of(record)) == ["新田八朗"]


def test_mass_organisations_upper_houses_acting_mayors_and_visits():
    record = record_of(
        "区委副书记、代区长江流会见了由澳大利亚昆士兰州议会上院议长米勒率领的代表团。"
        "市总工会主席钱晓进，区侨联主席任思齐出席。越南岘港市人民委员会副主席阮文康一行到访。"
    )
    found = officials_of(record)
    assert found["江流"]["titles"] == [("区委副书记", "副书记", "区委"), ("代区长", "代区长", None)]
    assert found["米勒"]["titles"] == [("澳大利亚昆士兰州议会上院议长", "议长", "澳大利亚昆士兰州议会上院")]
    assert found["钱晓进"]["titles"] == [("市总工会主席", "主席", "市总工会")]
    assert found["任思齐"]["titles"] == [("区侨联主席", "主席", "区侨联")]
    assert found["阮文康"]["roles"] == ["attendee"]
    # 区侨联 is an abbreviation inside a title: its body, not listed
    assert "区侨联" not in body_names(record) and "市总工会" in body_names(record)


def test_a_subdistrict_is_a_level_its_bare_bodies_in_titles_are_not_listed():
    record = record_of(
        "7月5日，南湖街道党工委召开会议。街道党工委书记欧阳立新主持会议，街道党工委副书记、街道办事处主任钱慧"
        "通报工作情况。南湖街道侨联派员参加会议。"
    )
    assert body_names(record) == ["南湖街道党工委", "南湖街道侨联"]
    assert officials_of(record)["钱慧"]["titles"] == [
        ("街道党工委副书记", "副书记", "街道党工委"),
        ("街道办事处主任", "主任", "街道办事处"),
    ]


def test_a_bare_township_party_committee_in_a_title_is_not_listed_a_named_one_is():
    record = record_of("会议由镇人大主席金一鸣主持。镇党委副书记、镇长何丽作政府工作报告。镇党委书记李国强出席会议。")
    assert body_names(record) == []
    record = record_of("清溪镇党委副书记吴刚作了发言。")
    assert body_names(record) == ["清溪镇党委"]


def test_a_peoples_congress_with_its_term_is_a_body_and_its_standing_committee_one_name():
    record = record_of(
        "1月8日，清水镇第十九届人民代表大会第二次会议召开。延吉市人民代表大会常务委员会副主任方立新到会指导。"
    )
    assert body_names(record) == ["清水镇第十九届人民代表大会", "延吉市人民代表大会常务委员会"]


def test_a_chamber_branch_and_a_representative_office_are_bodies_before_a_position():
    record = record_of("中国法国工商会成都分会总经理玛丽·杜邦，中国德国商会广州代表处首席代表汉斯·穆勒参加会议。")
    found = officials_of(record)
    assert found["玛丽·杜邦"]["titles"] == [("中国法国工商会成都分会总经理", "总经理", "中国法国工商会成都分会")]
    assert found["汉斯·穆勒"]["titles"] == [("中国德国商会广州代表处首席代表", "首席代表", "中国德国商会广州代表处")]
    assert "中国德国商会广州代表处" in body_names(record) and "中国法国工商会成都分会" in body_names(record)


def test_a_body_reported_to_starts_after_the_verb():
    record = record_of("会议要求，市卫健委要每日汇总信息，报市应急管理指挥部。")
    assert body_names(record) == ["市卫健委", "市应急管理指挥部"]


def test_more_compound_surnames():
    record = record_of("副市长太史文出席会议。颛孙立明主持会议。")
    assert list(officials_of(record)) == ["太史文", "颛孙立明"]


def test_a_long_country_before_the_city_a_consul_is_posted_to_is_a_place():
    record = record_of("塔吉克斯坦驻乌鲁木齐总领事阿斯卡尔·托克托古洛夫出席签约仪式。")
    assert officials_of(record)["阿斯卡尔·托克托古洛夫"]["titles"] == [("塔吉克斯坦驻乌鲁木齐总领事", "总领事", None)]


def test_a_later_mention_keeps_the_family_particles_and_the_hyphen():
    record = record_of(
        "市长郑和平会见了荷兰驻广州总领事约翰娜·范·德尔·贝克一行。郑和平对范·德尔·贝克总领事一行表示欢迎。"
        "范·德尔·贝克表示，愿推动合作。友好城市市长玛丽·卡特-琼斯视频致辞。卡特-琼斯市长表示，期待访问。"
    )
    found = officials_of(record)
    assert list(found) == ["郑和平", "约翰娜·范·德尔·贝克", "玛丽·卡特-琼斯"]
    assert "speaker" in found["约翰娜·范·德尔·贝克"]["roles"]


def test_sitting_on_the_rostrum_leading_an_inspection_team_and_guidance_at_the_meeting():
    record = record_of(
        "大会由县长宇文立军主持。县人大常委会主任蔡志宏，县政协主席路春燕在主席台就座。"
        "市委副书记尉迟红霞率督导组到清溪镇，督导生态环境保护工作。市人大常委会副主任冷东旭到会指导。"
    )
    found = officials_of(record)
    assert found["蔡志宏"]["roles"] == ["attendee"] and found["路春燕"]["roles"] == ["attendee"]
    assert found["尉迟红霞"]["roles"] == ["attendee"]
    assert found["冷东旭"]["roles"] == ["attendee", "speaker"]


def test_a_council_before_a_councillor_is_a_body():
    record = record_of("奥克兰市议会议员约翰·史密斯介绍了两市合作情况。")
    assert body_names(record) == ["奥克兰市议会"]


def test_a_visit_hoped_for_is_no_attendance():
    record = record_of("友好城市市长安娜·加西亚-洛佩斯在线上视频致辞。她表示，期待疫情结束后尽快率团访问本市。")
    assert officials_of(record)["安娜·加西亚-洛佩斯"]["roles"] == ["speaker"]


def test_a_bare_level_congress_in_full_inside_a_title_is_the_title_s_body_only():
    # like 县人民政府 or 县人大常委会: a level and its core, not listed inside a title
    record = record_of("县人民代表大会常务委员会主任冀志宏出席会议。")
    assert officials_of(record)["冀志宏"]["titles"] == [
        ("县人民代表大会常务委员会主任", "主任", "县人民代表大会常务委员会")
    ]
    assert body_names(record) == []


def test_a_body_sent_or_handed_to_starts_after_the_verb():
    record = record_of("会议要求，市商务局要形成方案后送市政府审定，区外办要按月汇总数据交区委外事委。")
    assert body_names(record) == ["市商务局", "市政府", "区外办", "区委外事委"]


def test_a_banner_is_a_level_like_a_county():
    record = record_of("旗委书记巴图主持会议。")
    assert officials_of(record)["巴图"]["titles"] == [("旗委书记", "书记", "旗委")]
    assert body_names(record) == []


def test_a_committee_s_shanghai_office_is_no_clause_after_a_meeting():
    record = record_of("德国巴伐利亚州经济促进委员会上海代表处首席代表汉斯·韦伯出席。")
    assert officials_of(record)["汉斯·韦伯"]["titles"][0][2] == "德国巴伐利亚州经济促进委员会上海代表处"


def test_guidance_as_an_adjective_is_no_speech():
    record = record_of("副区长冯涛到企业开展指导性调研。")
    assert officials_of(record)["冯涛"]["roles"] == ["attendee"]


def test_a_committee_in_full_after_a_level_is_one_head_and_its_league_abbreviation_in_a_title_is_not_listed():
    record = record_of(
        "活动由青岛市总工会、共青团青岛市委员会共同主办。团市委书记梁晓岚（女）主持活动。民盟区委主委韩立新出席。"
    )
    # 委员会 after 市 is not 市委 + 员会; 团市委 and 民盟区委 are abbreviations like a bare 市委 in a title
    assert body_names(record) == ["青岛市总工会", "共青团青岛市委员会"]
    assert officials_of(record)["梁晓岚"]["titles"] == [("团市委书记", "书记", "团市委")]
    assert officials_of(record)["韩立新"]["titles"] == [("民盟区委主委", "主委", "民盟区委")]


def test_a_party_committee_in_full_inside_a_longer_name_is_not_listed():
    record = record_of("中共宁波市委员会外事工作委员会办公室主任郑一帆出席。")
    assert body_names(record) == ["中共宁波市委员会外事工作委员会办公室", "中共宁波市委员会外事工作委员会"]


def test_a_body_after_the_verb_zuo_starts_there_and_an_earlier_short_form_merges_into_it():
    record = record_of(
        "县政府召开常务会议。副县长柯明远列席会议并作县人民政府关于文旅融合发展情况的报告。"
        "宁东边境经济合作区管委会、区委外事工作委员会参加。"
    )
    # 作 opens the body; 县政府 before is its short form; 工作 and 合作 hold 作 but open nothing
    assert body_names(record) == ["县人民政府", "宁东边境经济合作区管委会", "区委外事工作委员会"]


def test_a_report_made_with_words_between_zuo_and_the_noun_makes_a_speaker():
    record = record_of(
        "副市长柯明远列席会议并作市人民政府关于对外开放工作情况的报告。区长邹文海听取了区商务局关于外事工作的报告。"
    )
    assert officials_of(record)["柯明远"]["roles"] == ["attendee", "speaker"]
    # 工作的报告 is no 作…的报告, and the listener of a report is no speaker
    assert officials_of(record)["邹文海"]["roles"] == ["mentioned"]


def test_the_briefing_of_an_official_who_is_no_subject_makes_a_speaker():
    record = record_of("旗委书记巴特尔察看了通关现场，听取了二连口岸管理委员会主任孟繁星的情况介绍。")
    assert officials_of(record)["孟繁星"]["roles"] == ["speaker"]


def test_the_party_group_of_a_government_office_holds_zhonggong_and_the_short_office_merges_into_it():
    record = record_of(
        "12月4日，巡察组向中共荆门市外事办公室党组反馈巡察情况。市外事办党组要认真落实整改责任。"
        "市外事办全体干部参加会议。中共荆门市委外事工作委员会办公室党组召开会议。"
    )
    # 中共 names the 党组, so the office is 荆门市外事办公室; 市外事办 is its short form like 市外办;
    # a name holding a Party committee (市委) keeps 中共
    assert body_names(record) == [
        "中共荆门市外事办公室党组",
        "荆门市外事办公室",
        "中共荆门市委外事工作委员会办公室党组",
        "中共荆门市委外事工作委员会办公室",
        "中共荆门市委外事工作委员会",
    ]


def test_a_consultation_meeting_and_a_branch_venue_after_a_body_are_no_bodies():
    record = record_of("【区政协专题协商会】\n6月9日，区政协召开“推进乡村振兴”专题协商会，各街道设分会场。")
    assert body_names(record) == ["区政协"]


def test_an_organ_named_by_a_seat_jieba_does_not_know_is_a_body():
    record = record_of(
        "会议听取了汇报。凭祥海关、东兴边检站有关负责同志作了交流发言。"
        "盟委书记乌兰听取了策克口岸管理委员会主任孟繁星的情况介绍。本次海关查验效率提升，近期海关查获一批走私货物。"
    )
    # a seat that points (本次, 近期) names no organ
    assert body_names(record) == ["凭祥海关", "东兴边检站", "策克口岸管理委员会"]


def test_officials_after_a_clause_opening_with_yu_share_the_verb_of_the_unsaid_subject():
    record = record_of("访问期间，代表团拜访了泰国福建会馆，与会馆名誉会长洪振南、会长蔡美玲（女）等侨领座谈。")
    assert officials_of(record)["洪振南"]["roles"] == ["attendee"]
    assert officials_of(record)["蔡美玲"]["roles"] == ["attendee"]


def test_chairing_a_symposium_is_no_attendance():
    record = record_of("副市长邱明远主持座谈会。")
    assert officials_of(record)["邱明远"]["roles"] == ["chair"]


def test_a_member_of_a_party_group_or_a_leading_group_holds_the_position_member_of_that_body():
    record = record_of(
        "市委巡察工作领导小组成员、市委组织部副部长庞伟出席会议。市外办党组成员、副主任谭秀英（女），"
        "驻市外办纪检监察组组长欧阳宁作交流发言。市委第一巡察组组长司徒明反馈问题。"
        "市外办领导班子成员、各成员单位负责同志参加会议。"
    )
    officials = officials_of(record)
    assert officials["庞伟"]["titles"][0] == ("市委巡察工作领导小组成员", "成员", "市委巡察工作领导小组")
    assert officials["谭秀英"]["titles"][0] == ("市外办党组成员", "成员", "市外办党组")
    # a standing discipline team is a body; an inspection team is only its head's title body
    assert officials["欧阳宁"]["titles"] == [("驻市外办纪检监察组组长", "组长", "驻市外办纪检监察组")]
    assert officials["司徒明"]["titles"] == [("市委第一巡察组组长", "组长", "市委第一巡察组")]
    assert "驻市外办纪检监察组" in body_names(record)
    assert "驻市外办" not in body_names(record)  # where the team sits, no body's name
    assert "市委第一巡察组" not in body_names(record)
    # 领导班子成员 and 成员单位 hold no official
    assert set(officials) == {"庞伟", "谭秀英", "欧阳宁", "司徒明"}


def test_the_foreign_affairs_commission_office_in_full_is_what_wai_ban_shortens():
    record = record_of("省委外办党组召开理论学习中心组学习会。中共浙江省委员会外事工作委员会办公室党组书记马建国主持。")
    assert body_names(record) == [
        "中共浙江省委员会外事工作委员会办公室党组",
        "中共浙江省委员会外事工作委员会办公室",
        "中共浙江省委员会外事工作委员会",
    ]


def test_a_one_character_edge_that_begins_a_word_opens_no_title():
    record = record_of("5月8日，中共中央对外联络部党组书记、部长韩立新会见代表团。和平区商务局局长吴启明陪同。")
    found = officials_of(record)
    # 对外 and 和平 are words: neither 对 nor 和 is an edge inside them
    assert found["韩立新"]["titles"][0] == ("中共中央对外联络部党组书记", "书记", "中共中央对外联络部党组")
    assert found["吴启明"]["titles"] == [("和平区商务局局长", "局长", "和平区商务局")]


def test_a_conjunction_before_a_foreign_place_and_position_is_no_part_of_the_title():
    record = record_of("9月2日，副市长周文彬率团抵达曼谷，与泰国商务部长颜国栋会谈。")
    found = officials_of(record)
    assert [title[0] for title in found["颜国栋"]["titles"]] == ["泰国商务部长"]


def test_my_city_or_this_city_before_a_head_points_and_names_no_body():
    record = record_of("会议强调，我市海关、本区税务局、该县公安局要加强协作，泉州海关给予支持。")
    assert body_names(record) == ["泉州海关"]


def test_a_group_named_in_a_title_at_the_clause_start_leaves_its_members_subjects():
    record = record_of("调研组成员方志远、范雪梅出席座谈会。")
    found = officials_of(record)
    # 调研组 opens a title here, not a clause whose subject is no official
    assert found["方志远"]["roles"] == ["attendee"]
    assert found["范雪梅"]["roles"] == ["attendee"]


# First met in heldout4/


def test_qualified_positions_keep_their_qualifier():
    record = record_of(
        "5月8日，市人民检察院代理检察长宁佩文主持会议。市侨商会名誉会长邬家栋、"
        "平阳市第一副市长贺知章出席。州委常委、常务副州长骆一鸣讲话。"
    )
    found = officials_of(record)
    assert found["宁佩文"]["titles"] == [("市人民检察院代理检察长", "代理检察长", "市人民检察院")]
    assert found["邬家栋"]["titles"] == [("市侨商会名誉会长", "名誉会长", "市侨商会")]
    assert found["贺知章"]["titles"] == [("平阳市第一副市长", "第一副市长", None)]
    assert found["骆一鸣"]["titles"] == [("州委常委", "常委", "州委"), ("常务副州长", "常务副州长", None)]


def test_league_banner_and_prefecture_offices():
    record = record_of(
        "7月2日，盟委委员、行署副盟长包秀兰陪同调研。旗长韩立军参加。"
        "锡林盟行政公署办公室、盟商务局负责同志参加调研。行署专员吴德海讲话。"
    )
    found = officials_of(record)
    assert found["包秀兰"]["titles"] == [("盟委委员", "委员", "盟委"), ("行署副盟长", "副盟长", "行署")]
    assert found["韩立军"]["titles"] == [("旗长", "旗长", None)]
    assert found["吴德海"]["titles"] == [("行署专员", "专员", "行署")]
    # 盟委 and 行署 lean on titles only; the prefecture office is a full name
    assert "盟委" not in body_names(record)
    assert "行署" not in body_names(record)
    assert "锡林盟行政公署办公室" in body_names(record)
    assert "盟商务局" in body_names(record)


def test_a_bracketed_note_after_a_name_does_not_end_a_shared_title_list():
    record = record_of("9月4日，副县长曲文涛（回族）、严若冰（女）出席会议。副主任裴思远（女，瑶族）、葛长庚列席。")
    found = officials_of(record)
    assert list(found) == ["曲文涛", "严若冰", "裴思远", "葛长庚"]
    assert found["严若冰"]["titles"] == [("副县长", "副县长", None)]
    assert found["严若冰"]["roles"] == ["attendee"]
    assert found["葛长庚"]["titles"] == [("副主任", "副主任", None)]
    assert found["葛长庚"]["roles"] == ["attendee"]


def test_a_member_who_goes_along_with_the_delegation_ends_at_its_verb():
    record = record_of("当地时间5月3日，市长卓明远率团抵达。市商务局局长司徒远帆随团访问。")
    found = officials_of(record)
    assert found["司徒远帆"]["titles"] == [("市商务局局长", "局长", "市商务局")]
    assert found["司徒远帆"]["roles"] == ["attendee"]


def test_signing_makes_an_attendee():
    record = record_of("集团总经理韩卫东和越南顺化港公司总经理黎文达代表双方签约。")
    found = officials_of(record)
    assert found["韩卫东"]["roles"] == ["attendee"]
    assert found["黎文达"]["roles"] == ["attendee"]


def test_a_title_after_a_verb_and_its_particle_starts_after_the_particle():
    record = record_of("在口岸，书记乔志远听取了红柳口岸管理委员会主任庞立新的情况介绍。")
    found = officials_of(record)
    assert found["庞立新"]["titles"] == [("红柳口岸管理委员会主任", "主任", "红柳口岸管理委员会")]


def test_a_comma_after_a_single_title_with_no_name_goes_on_with_the_chain():
    record = record_of("省委常委，临江新区党工委书记、管委会主任公孙明哲主持会议。")
    found = officials_of(record)
    assert [text for text, _, _ in found["公孙明哲"]["titles"]] == ["省委常委", "临江新区党工委书记", "管委会主任"]


def test_a_bare_head_after_a_one_character_edge_is_the_short_form_of_a_title_body():
    record = record_of("代表团拜访了泰国福建商会，与商会会长郑永康、副会长丁佩兰座谈。")
    found = officials_of(record)
    assert found["郑永康"]["titles"] == [("商会会长", "会长", "商会")]


def test_a_middle_initial_stays_inside_a_transliterated_name():
    record = record_of(
        "5月15日，市长宋立群，奥克兰市市长大卫·R·汤普森出席活动并致辞。"
        "奥克兰市议会议员苏珊·L·奥布莱恩-怀特参加活动。汤普森市长表示，愿深化两市交流。"
    )
    found = officials_of(record)
    assert list(found) == ["宋立群", "大卫·R·汤普森", "苏珊·L·奥布莱恩-怀特"]
    assert found["大卫·R·汤普森"]["titles"] == [("奥克兰市市长", "市长", None)]
    assert found["大卫·R·汤普森"]["roles"] == ["attendee", "speaker"]
    assert found["苏珊·L·奥布莱恩-怀特"]["roles"] == ["attendee"]


def test_an_invited_guest_ends_before_ying_yao_and_a_keynote_share_makes_a_speaker():
    record = record_of(
        "区政协委员、区侨联副主席梁志伟，浙江大学教授安娜·诺瓦克作主题分享。区文旅局副局长常青应邀点评。"
    )
    found = officials_of(record)
    assert list(found) == ["梁志伟", "安娜·诺瓦克", "常青"]
    assert found["常青"]["titles"] == [("区文旅局副局长", "副局长", "区文旅局")]
    assert [found[name]["roles"] for name in found] == [["speaker"]] * 3


def test_a_level_foreign_affairs_office_is_the_short_form_of_its_government_office():
    record = record_of(
        "3月8日，绍兴市人民政府外事办公室主任孔立新主持座谈会。会后，副市长钟敏要求，市外办要加强对接。"
        "会议还要求，伊犁地区行政公署外事办公室与地区外办做好衔接。"
    )
    # a prefecture's 行政公署 is its level government: inside the office's name it is not listed, as 市人民政府 is not
    assert body_names(record) == ["绍兴市人民政府外事办公室", "伊犁地区行政公署外事办公室"]


def test_a_village_or_residents_committee_is_the_body_of_its_head_but_not_listed():
    record = record_of(
        "桃溪村党委书记、村委会主任韩国栋同志，东湖社区党委书记、居委会主任卢晓梅同志分别汇报了工作情况。"
    )
    found = officials_of(record)
    assert found["韩国栋"]["titles"][1] == ("村委会主任", "主任", "村委会")
    assert found["卢晓梅"]["titles"][1] == ("居委会主任", "主任", "居委会")
    assert body_names(record) == ["桃溪村党委", "东湖社区党委"]


def test_a_zone_committee_is_named_by_its_whole_zone_and_a_border_unit_by_its_seat():
    record = record_of(
        "市委常委、副市长，磨憨边境经济合作区管委会主任岩温同志主持会议。"
        "会上，市公安局、勐腊海关、勐腊边境管理大队负责同志作交流发言。会议要求，各开发区管委会要加强协调。"
    )
    assert body_names(record) == ["磨憨边境经济合作区管委会", "市公安局", "勐腊海关", "勐腊边境管理大队"]


def test_a_consular_corps_and_its_dean_after_a_year_and_a_government_thanked():
    record = record_of(
        "1月25日晚，广州市人民政府外事办公室举办2025年驻穗领事团新春招待会。"
        "驻穗领事团团长、泰国驻广州总领事颂猜·披汶出席。"
        "颂猜·披汶代表驻穗领事团致辞，感谢广州市政府长期以来为领事团提供的支持。"
    )
    assert body_names(record) == ["广州市人民政府外事办公室", "驻穗领事团", "广州市政府"]
    titles = officials_of(record)["颂猜·披汶"]["titles"]
    assert titles == [("驻穗领事团团长", "团长", "驻穗领事团"), ("泰国驻广州总领事", "总领事", None)]


def test_a_survey_report_is_a_noun_not_an_inspection():
    record = record_of("县人大常委会农业农村工作委员会主任委员邵一鸣汇报了关于乡村振兴的专题调研报告。")
    assert officials_of(record)["邵一鸣"]["roles"] == ["speaker"]


def test_inline_bracketed_tasks_after_a_subject_and_its_modal_drop_the_lead_in():
    record = record_of(
        "会议要求，县人民政府要（一）建立重点外资项目包联机制；（二）加快国际人才服务站建设；"
        "（三）每季度向县人大常委会报告一次项目进展情况。\n"
    )
    assert [(d.kind, d.cue, d.text) for d in record.directives] == [
        ("statement", "要求", "建立重点外资项目包联机制"),
        ("statement", "要求", "加快国际人才服务站建设"),
        ("statement", "要求", "每季度向县人大常委会报告一次项目进展情况"),
    ]


def test_a_one_character_family_name_is_mentioned_later_with_the_word_before_it():
    record = record_of(
        "9月3日，副市长严冬会见了孟加拉国驻华大使阿卜杜勒·卡里姆·汗一行。"
        "卡里姆·汗大使感谢阳江的热情接待。他表示，愿推动双方在港口物流领域合作。"
    )
    found = officials_of(record)
    assert list(found) == ["严冬", "阿卜杜勒·卡里姆·汗"]
    assert found["阿卜杜勒·卡里姆·汗"]["roles"] == ["attendee", "speaker"]


def test_a_body_named_only_in_a_headline_title_is_not_listed():
    record = record_of(
        "5月7日，镇党委书记葛文华同志带队到青石村调研。青石村党委书记徐红英汇报了工作情况。",
        title="枫桥镇党委书记到青石村调研乡村旅游工作",
    )
    assert body_names(record) == ["青石村党委"]


def test_an_inspection_team_head_who_gives_feedback_is_a_speaker_and_shares_no_later_verb():
    record = record_of("市委第三巡察组组长上官宁（女）反馈了巡察发现的问题，市委组织部副部长范志远出席会议并讲话。")
    found = officials_of(record)
    assert found["上官宁"]["roles"] == ["speaker"]
    assert found["范志远"]["roles"] == ["attendee", "speaker"]


def test_an_untitled_transliterated_name_with_a_middle_initial_before_its_verb():
    record = record_of("会上，大卫·R·汤普森表示，愿与我市深化交流合作。")
    assert officials_of(record) == {"大卫·R·汤普森": {"titles": [], "roles": ["speaker"]}}


def test_a_delegation_led_by_a_guest_named_between_yi_and_wei():
    record = record_of(
        "6月9日，副市长孙立会见了以德国巴伐利亚州议会议员王明远为团长的代表团一行。"
        "市长李强会见了以陈家豪为首的侨团。会上，代表团团长王明远表示，希望加强合作。"
    )
    found = officials_of(record)
    assert list(found) == ["孙立", "王明远", "李强", "陈家豪"]
    # 以 opens the title and 为 ends the name; the guests of 会见 attended
    assert found["王明远"] == {
        "titles": [
            ("德国巴伐利亚州议会议员", "议员", "德国巴伐利亚州议会"),
            ("代表团团长", "团长", None),
        ],
        "roles": ["attendee", "speaker"],
    }
    assert found["陈家豪"]["roles"] == ["attendee"]


def test_a_deputy_to_a_peoples_congress_holds_a_seat_of_its_body():
    record = record_of(
        "座谈会上，全国人大代表、市工商联主席刘芳，市人大代表张立新参加座谈。"
        "副市长王明代表市政府致辞。企业代表赵一鸣发言。"
    )
    found = officials_of(record)
    assert found["刘芳"] == {
        "titles": [("全国人大代表", "代表", "全国人大"), ("市工商联主席", "主席", "市工商联")],
        "roles": ["attendee"],
    }
    assert found["张立新"]["titles"] == [("市人大代表", "代表", "市人大")]
    # 代表 on behalf of a body is no title; after a group with no body's name it labels the speakers
    assert found["王明"] == {"titles": [("副市长", "副市长", None)], "roles": ["speaker"]}
    assert found["赵一鸣"] == {"titles": [], "roles": ["speaker"]}


def test_a_delegation_members_label_is_no_title():
    record = record_of("代表团成员、市政府副秘书长郑一凡陪同出访。")
    assert officials_of(record)["郑一凡"]["titles"] == [("市政府副秘书长", "副秘书长", "市政府")]


def test_a_title_alone_acts_as_the_one_person_who_holds_it():
    record = record_of(
        "会上，市委第三巡察组组长赵明辉、副组长钱晓东出席会议。组长指出，要压实整改责任。副市长孙立、市长李强出席。"
        "市长强调，要抓好落实。"
    )
    found = officials_of(record)
    assert list(found) == ["赵明辉", "钱晓东", "孙立", "李强"]
    assert found["赵明辉"]["roles"] == ["attendee", "speaker"]
    # 组长 is not 副组长, 市长 not 副市长; the verb after a bare title is no name (强 is a surname)
    assert found["钱晓东"]["roles"] == ["attendee"]
    assert found["孙立"]["roles"] == ["attendee"]
    assert found["李强"]["roles"] == ["attendee", "speaker"]


def test_a_title_after_a_demonstrative_acts_as_its_holder():
    record = record_of(
        "市长陈志华会见了代表团，市公安局局长赵刚陪同。该市长表示，欢迎各位客人。这位局长介绍了安保工作。"
        "会议由该市副市长孙立主持。"
    )
    found = officials_of(record)
    assert list(found) == ["陈志华", "赵刚", "孙立"]
    assert found["陈志华"]["roles"] == ["attendee", "speaker"]
    assert found["赵刚"] == {"titles": [("市公安局局长", "局长", "市公安局")], "roles": ["attendee", "speaker"]}
    # 该市 before a title is a place, as 天津市 is: no demonstrative of its own
    assert found["孙立"] == {"titles": [("该市副市长", "副市长", None)], "roles": ["chair"]}


def test_a_transliterated_name_after_words_on_the_person_and_before_its_latin_form():
    record = record_of(
        "座谈会上，英国商人詹姆斯·史密斯表示，愿意加强合作。马克·范德贝赫（Mark van der Berg）分享了创业经验。"
    )
    found = officials_of(record)
    assert list(found) == ["詹姆斯·史密斯", "马克·范德贝赫"]
    assert found["詹姆斯·史密斯"]["roles"] == found["马克·范德贝赫"]["roles"] == ["speaker"]


def test_a_title_two_people_hold_names_no_one():
    record = record_of("副市长孙立、副市长李强出席会议。副市长强调，要抓好落实。")
    found = officials_of(record)
    assert list(found) == ["孙立", "李强"]
    assert found["孙立"]["roles"] == found["李强"]["roles"] == ["attendee"]


def test_a_host_named_in_the_passive_and_a_delegation_leader_both_attended():
    record = record_of(
        "10月25日，以江原道议会副议长金正勋为团长的韩国代表团一行抵达延吉，受到州委副书记、州长崔明哲的接见。"
    )
    found = officials_of(record)
    assert found["金正勋"]["roles"] == ["attendee"]
    assert found["崔明哲"] == {
        "titles": [("州委副书记", "副书记", "州委"), ("州长", "州长", None)],
        "roles": ["attendee"],
    }


def test_a_second_office_after_jian_and_the_offices_of_a_flood_headquarters():
    record = record_of(
        "副区长、领导小组副组长兼办公室主任冯一帆汇报了工作。市委副书记、市长、市防汛抗旱指挥部指挥长汤文远出席会议。"
        "常德军分区副司令员石明出席会议。"
    )
    found = officials_of(record)
    assert found["冯一帆"]["titles"] == [
        ("副区长", "副区长", None),
        ("领导小组副组长", "副组长", "领导小组"),
        ("办公室主任", "主任", "办公室"),
    ]
    assert found["冯一帆"]["roles"] == ["speaker"]
    assert found["汤文远"]["titles"][-1] == ("市防汛抗旱指挥部指挥长", "指挥长", "市防汛抗旱指挥部")
    assert found["石明"]["titles"] == [("常德军分区副司令员", "副司令员", "常德军分区")]
    assert body_names(record) == ["市防汛抗旱指挥部", "常德军分区"]


def test_an_announced_list_is_led_in_not_asked():
    record = record_of(
        "杭一帆强调，全县纪检监察机关要聚焦重点抓好三方面工作。首先，要强化对权力运行的监督。其次，要整治不正之风。"
        "最后，要加强队伍建设。\n\n闻笛表示，全县纪检监察机关将不折不扣落实全会部署，以实际行动交出满意答卷。\n\n"
        "贺东升在讲话中强调，做好今年外事工作，要重点抓好以下三个方面。\n\n一、坚持集中统一领导。各部门要严格执行请示报告制度。"
        "\n\n二、服务对外开放。要用好两大平台。"
    )
    texts = [(d.kind, d.text) for d in record.directives]
    assert texts[:3] == [
        ("statement", "强化对权力运行的监督"),
        ("statement", "整治不正之风"),
        ("statement", "加强队伍建设"),
    ]
    # a plan that ends in the plenary's 部署 is no cue; the sentence announcing 以下三个方面 is no task
    assert all("满意答卷" not in text and "以下三个方面" not in text for _, text in texts)
    assert [kind for kind, _ in texts[3:]] == ["bullet", "bullet"]


def test_level_party_committees_and_congress_seats_in_titles_are_not_listed():
    record = record_of(
        "肇庆市委副书记、市长梁国栋，全国人大代表、市工商联主席刘芳参加会谈。"
        "1月31日，中国共产党桐庐县纪律检查委员会召开全会。县纪委书记闻笛作工作报告。",
        title="县纪委全会召开",
    )
    assert body_names(record) == ["中国共产党桐庐县纪律检查委员会"]


def test_group_label_inside_a_word_a_weak_stop_after_a_name_and_a_slogan_inside_a_body():
    record = record_of(
        "首先，要紧盯“一把手”和领导班子，强化监督。澳门特别行政区政府经济财政司司长李家豪于4月11日率团考察。"
        "区推进“一带一路”建设工作领导小组召开会议。市外办和襄阳高新区管委会有关负责同志参加仪式。"
    )
    found = officials_of(record)
    assert list(found) == ["李家豪"]
    assert found["李家豪"]["titles"] == [("澳门特别行政区政府经济财政司司长", "司长", "澳门特别行政区政府经济财政司")]
    assert body_names(record) == [
        "澳门特别行政区政府经济财政司",
        "区推进“一带一路”建设工作领导小组",
        "市外办",
        "襄阳高新区管委会",
    ]
