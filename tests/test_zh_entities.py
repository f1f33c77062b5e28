"""Chinese officials, titles, roles and bodies, on real-looking bulletins with invented names."""

from __future__ import annotations

import subprocess
import sys

from conftest import body_names, extracted, officials_of

HEADER = "{title}\n来源：某区人民政府外事办公室　发布时间：2024-05-16\n\n"


def record_of(body: str, title: str = "某区召开全体会议"):
    page = HEADER.format(title=title) + body
    return page, extracted(page, "zh")


def test_title_chain_splits_into_positions_and_bodies_and_roles_follow_the_verbs():
    _, record = record_of(
        "7月17日，区委召开会议。区委书记、区委外事工作委员会主任韩立新主持会议并讲话。"
        "区委副书记、区长、区委外事工作委员会副主任蒋文轩出席。区委常委、常务副区长阮书平，"
        "区委常委、统战部部长孔繁茂，区人大常委会主任宗和顺，区政协主席郁秋明出席会议。\n"
    )
    assert officials_of(record) == {
        "韩立新": {
            "titles": [("区委书记", "书记", "区委"), ("区委外事工作委员会主任", "主任", "区委外事工作委员会")],
            "roles": ["chair", "speaker"],
        },
        "蒋文轩": {
            "titles": [
                ("区委副书记", "副书记", "区委"),
                ("区长", "区长", None),
                ("区委外事工作委员会副主任", "副主任", "区委外事工作委员会"),
            ],
            "roles": ["attendee"],
        },
        "阮书平": {"titles": [("区委常委", "常委", "区委"), ("常务副区长", "常务副区长", None)], "roles": ["attendee"]},
        "孔繁茂": {"titles": [("区委常委", "常委", "区委"), ("统战部部长", "部长", "统战部")], "roles": ["attendee"]},
        "宗和顺": {"titles": [("区人大常委会主任", "主任", "区人大常委会")], "roles": ["attendee"]},
        "郁秋明": {"titles": [("区政协主席", "主席", "区政协")], "roles": ["attendee"]},
    }
    # 区委 stands in the text once (区委召开会议); inside titles it is only their body
    assert body_names(record) == ["区委", "区委外事工作委员会"]


def test_group_label_lists_and_common_word_names_only_where_the_structure_says_so():
    _, record = record_of(
        "区领导丁卫东、文明、宁小河出席会议。会议要求，要巩固文明城市创建成果。\n"
        "区委书记高峰主持并讲话。高峰强调，要做好春季涉外活动高峰期的服务保障。\n"
    )
    found = officials_of(record)
    assert list(found) == ["丁卫东", "文明", "宁小河", "高峰"]
    assert found["文明"] == {"titles": [], "roles": ["attendee"]}
    assert found["高峰"]["roles"] == ["chair", "speaker"]
    mentions = {o.name: [m.text for m in o.mentions] for o in record.officials}
    assert mentions["文明"] == ["文明"]  # 文明城市 is a phrase
    assert mentions["高峰"] == ["高峰", "高峰"]  # 高峰期 is a word


def test_a_title_before_a_list_belongs_to_each_name_and_comrade_lists_are_names():
    _, record = record_of(
        "区长柴永平主持会议，副区长褚天明、麦子轩出席。市领导禹成山、佟晓东同志和市委外事工作委员会委员出席。"
        "各乡镇、各部门主要负责同志参加会议。\n"
    )
    found = officials_of(record)
    assert found["褚天明"] == found["麦子轩"] == {"titles": [("副区长", "副区长", None)], "roles": ["attendee"]}
    assert found["禹成山"] == found["佟晓东"] == {"titles": [], "roles": ["attendee"]}
    assert "负责" not in found and len(found) == 5


def test_compound_surnames_give_names_of_three_and_four_characters():
    _, record = record_of(
        "区委书记欧阳明德主持会议。区长司马骏远，清华大学建筑学院教授上官岚等作主旨发言。欧阳明德指出，要抓好落实。\n"
    )
    found = officials_of(record)
    assert list(found) == ["欧阳明德", "司马骏远", "上官岚"]
    assert found["上官岚"] == {
        "titles": [("清华大学建筑学院教授", "教授", "清华大学建筑学院")],
        "roles": ["speaker"],
    }
    assert found["欧阳明德"]["roles"] == ["chair", "speaker"]
    assert "清华大学建筑学院" not in body_names(record)  # a university is a title's body, no government body


def test_transliterated_names_guests_of_a_meeting_later_short_mentions_and_he_said():
    _, record = record_of(
        "5月15日下午，区委书记左思远会见了法国驻华大使让-保罗·杜兰一行。\n"
        "左思远对杜兰大使一行的到访表示欢迎。他说，双方合作前景广阔。\n"
        "杜兰表示，使馆愿推动更多务实合作。\n"
        "副区长沈青松，区人民政府外事办公室主任米兰参加会见。\n",
        title="左思远会见法国驻华大使让-保罗·杜兰",
    )
    found = officials_of(record)
    assert found["让-保罗·杜兰"] == {"titles": [("法国驻华大使", "大使", None)], "roles": ["attendee", "speaker"]}
    assert found["左思远"] == {"titles": [("区委书记", "书记", "区委")], "roles": ["attendee", "speaker"]}
    assert found["米兰"]["titles"] == [("区人民政府外事办公室主任", "主任", "区人民政府外事办公室")]
    guest = next(o for o in record.officials if o.name == "让-保罗·杜兰")
    assert [m.text for m in guest.mentions] == ["让-保罗·杜兰", "让-保罗·杜兰", "杜兰", "杜兰"]


def test_an_untitled_name_before_a_role_verb_but_no_ordinary_word():
    _, record = record_of("会见后，李海川要求，区商务局要做好跟踪服务。双方表示，将加强合作。\n")
    assert officials_of(record) == {"李海川": {"titles": [], "roles": ["speaker"]}}
    assert body_names(record) == ["区商务局"]


def test_places_before_a_position_are_no_body_but_foreign_bodies_are():
    _, record = record_of(
        "9月12日，天津市副市长邵明远会见了由巴登-符腾堡州经济部国务秘书斯特凡·霍夫曼率领的代表团。"
        "新西兰黑斯廷斯区区长玛丽·奥尼尔，德国驻华大使馆公使衔参赞托马斯·文德尔参加会见。\n"
    )
    found = officials_of(record)
    assert found["邵明远"]["titles"] == [("天津市副市长", "副市长", None)]
    assert found["斯特凡·霍夫曼"] == {
        "titles": [("巴登-符腾堡州经济部国务秘书", "国务秘书", "巴登-符腾堡州经济部")],
        "roles": ["attendee"],
    }
    assert found["玛丽·奥尼尔"]["titles"] == [("新西兰黑斯廷斯区区长", "区长", None)]
    assert found["托马斯·文德尔"]["titles"] == [("德国驻华大使馆公使衔参赞", "公使衔参赞", "德国驻华大使馆")]
    assert body_names(record) == ["巴登-符腾堡州经济部", "德国驻华大使馆"]


def test_abbreviated_bodies_are_listed_where_they_stand_not_where_a_title_leans_on_them():
    _, record = record_of(
        "4月13日，市委外办主任、市政府外办主任覃海带队调研。副区长金秋陪同。\n"
        "区委书记常青主持召开区委常委会会议，听取区委外事工作委员会办公室和区文化和旅游局的汇报。"
        "会议要求，要加强与市委外办的沟通。\n",
        title="市委外办主任到某区调研",
    )
    assert officials_of(record)["覃海"] == {
        "titles": [("市委外办主任", "主任", "市委外办"), ("市政府外办主任", "主任", "市政府外办")],
        "roles": ["attendee"],
    }
    assert officials_of(record)["常青"] == {"titles": [("区委书记", "书记", "区委")], "roles": ["chair"]}
    assert body_names(record) == [
        "区委常委会",
        "区委外事工作委员会办公室",
        "区委外事工作委员会",
        "区文化和旅游局",
        "市委外办",
    ]
    office = next(b for b in record.bodies if b.name == "区委外事工作委员会办公室")
    assert office.parent == "区委外事工作委员会"


def test_the_fullest_form_of_a_body_stands_for_its_short_forms():
    _, record = record_of(
        "6月19日，大兴区推进国际交往中心功能建设领导小组召开会议。区委书记、区推进国际交往中心功能建设领导小组"
        "组长司马青主持会议，区长、领导小组常务副组长蓝天出席。会议审议了《某区推进国际交往中心功能建设工作要点》。\n",
        title="某区召开推进国际交往中心功能建设领导小组会议",
    )
    assert body_names(record) == ["大兴区推进国际交往中心功能建设领导小组"]
    assert officials_of(record)["蓝天"]["titles"][-1] == ("领导小组常务副组长", "常务副组长", "领导小组")


def test_a_name_before_a_paramount_title_is_mentioned_and_a_speech_is_not_a_verb_there():
    _, record = record_of(
        "会议传达学习了柏正清总书记重要讲话精神。区委书记马建设主持会议。会议要求，要按照柏正清总书记重要指示抓好落实。\n"
    )
    assert officials_of(record) == {
        "柏正清": {"titles": [("总书记", "总书记", None)], "roles": ["mentioned"]},
        "马建设": {"titles": [("区委书记", "书记", "区委")], "roles": ["chair"]},
    }


def test_bylines_and_credits_are_not_officials():
    _, record = record_of("本报讯（记者 张建国）近日，区委书记张华带队到企业调研。记者李明报道。\n（责编：王小红）\n")
    assert list(officials_of(record)) == ["张华"]


def test_name_ends_at_function_words_and_half_width_punctuation():
    _, record = record_of("6月19日,市委书记刘洋在讲话中强调,要抓好落实;副区长张同和出席,副区长荆楚、庞博出席会议.\n")
    found = officials_of(record)
    assert list(found) == ["刘洋", "张同和", "荆楚", "庞博"]
    assert found["刘洋"]["roles"] == ["speaker"]


def test_traditional_characters_are_matched_folded_and_reported_as_written():
    _, record = record_of("5月15日，區委書記、區委外事工作委員會主任韓立新主持會議並講話。\n")
    (official,) = record.officials
    assert official.name == "韓立新"
    assert [(t.text, t.position, t.body) for t in official.titles] == [
        ("區委書記", "書記", "區委"),
        ("區委外事工作委員會主任", "主任", "區委外事工作委員會"),
    ]
    assert official.roles == ["chair", "speaker"]
    assert body_names(record) == ["區委外事工作委員會"]


def test_every_offset_points_at_the_item_as_written():
    page, record = record_of(
        "　　3月6日上午，石景山区委外事工作委员会召开全体会议。区委书记、区委外事工作委员会主任祁远山主持会议。"
        "副区长黎安出席。\n"
    )
    items = [(o.name, o.mentions[0]) for o in record.officials]
    items += [(t.text, t) for o in record.officials for t in o.titles]
    items += [(b.name, b) for b in record.bodies]
    for text, span in items:
        assert page[span.start : span.end] == text
    assert body_names(record) == ["石景山区委外事工作委员会"]
    assert record.bodies[0].parent == "石景山区委"


def test_jieba_is_not_loaded_when_the_cli_is_imported():
    code = "import sys, bulletin_extract.cli, bulletin_extract.lang.zh; print('jieba' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_attendance_phrases_before_and_after_names():
    _, record = record_of(
        "区长张三主持会议。出席会议的还有副区长李四、王五，区政府秘书长赵六。\n"
        "在副区长孙丽的陪同下，代表团参观了展馆。周强、吴敏等区领导出席活动。\n"
    )
    found = officials_of(record)
    assert found["张三"]["roles"] == ["chair"]
    assert found["李四"] == found["王五"] == {"titles": [("副区长", "副区长", None)], "roles": ["attendee"]}
    assert found["赵六"] == {"titles": [("区政府秘书长", "秘书长", "区政府")], "roles": ["attendee"]}
    assert found["孙丽"]["roles"] == found["周强"]["roles"] == found["吴敏"]["roles"] == ["attendee"]


def test_no_body_across_a_quantifier_and_no_name_inside_a_word():
    _, record = record_of(
        "区人大常委会、区政协有关负责同志，区纪委监委、区委各部委、区政府各委办局主要负责同志列席会议。"
        "德国汉堡州议会副议长卡尔·施密特率团访问。\n"
    )
    assert officials_of(record) == {
        "卡尔·施密特": {"titles": [("德国汉堡州议会副议长", "副议长", "德国汉堡州议会")], "roles": ["attendee"]}
    }
    assert body_names(record) == ["区人大常委会", "区政协", "区纪委监委", "区委", "区政府", "德国汉堡州议会"]


def test_jieba_ends_a_name_that_no_stop_word_ends():
    _, record = record_of("区长王晓川高度重视此项工作，副区长关于明天的安排另行通知。\n")
    assert officials_of(record) == {"王晓川": {"titles": [("区长", "区长", None)], "roles": ["mentioned"]}}


def test_foreign_guests_with_four_character_names_and_places_without_a_suffix():
    _, record = record_of("日本驻华大使金杉宪一会见区长张三。韩国首尔市长吴世元表示欢迎，新加坡总理李明出席。\n")
    assert officials_of(record) == {
        "金杉宪一": {"titles": [("日本驻华大使", "大使", None)], "roles": ["attendee"]},
        "张三": {"titles": [("区长", "区长", None)], "roles": ["attendee"]},
        "吴世元": {"titles": [("韩国首尔市长", "市长", None)], "roles": ["speaker"]},
        "李明": {"titles": [("新加坡总理", "总理", None)], "roles": ["attendee"]},
    }


def test_officials_joined_by_and_share_the_verbs_and_reports_are_speech():
    _, record = record_of(
        "副市长王红和区委书记刘伟出席活动并致辞。会上，区外办主任张敏汇报了工作情况，区委常委、副区长李强出席。\n"
    )
    found = officials_of(record)
    assert found["王红"]["roles"] == found["刘伟"]["roles"] == ["attendee", "speaker"]
    assert found["张敏"] == {"titles": [("区外办主任", "主任", "区外办")], "roles": ["speaker"]}
    assert found["李强"] == {
        "titles": [("区委常委", "常委", "区委"), ("副区长", "副区长", None)],
        "roles": ["attendee"],
    }


def test_a_time_word_or_adverb_opens_a_clause_whose_subject_is_the_official_after_it():
    _, record = record_of("6月5日上午区委书记张三会见了代表团。会上区长王五讲话，同时副区长李四出席。\n")
    assert officials_of(record) == {
        "张三": {"titles": [("区委书记", "书记", "区委")], "roles": ["attendee"]},
        "王五": {"titles": [("区长", "区长", None)], "roles": ["speaker"]},
        "李四": {"titles": [("副区长", "副区长", None)], "roles": ["attendee"]},
    }


def test_no_transliterated_name_across_a_verb_and_no_head_inside_a_verb():
    _, record = record_of(
        "区长周建会见了由巴登-符腾堡州经济部国务秘书斯特凡·霍夫迈尔率领的代表团。区委书记曾国会见了客人。\n"
    )
    assert list(officials_of(record)) == ["周建", "斯特凡·霍夫迈尔", "曾国"]
    assert body_names(record) == ["巴登-符腾堡州经济部"]


def test_a_verb_before_a_level_is_no_place_in_the_body_name():
    _, record = record_of(
        "3月1日，区委召开会议。会议强调，要认真落实市委外事工作委员会部署，支持区政府外办开展工作，"
        "服从省委统一领导，抓好区委外事办各项任务落实。西城区委外事工作委员会派员参加。\n"
    )
    assert body_names(record) == [
        "区委",
        "市委外事工作委员会",
        "区政府外办",
        "省委",
        "区委外事办",
        "西城区委外事工作委员会",
    ]


def test_a_district_name_may_start_with_a_character_that_is_also_a_conjunction():
    _, record = record_of(
        "5月8日，同安区人民政府召开常务会议。区长蔡志远主持会议。会议要求，区商务局要积极对接驻华使领馆和境外商协会。\n",
        title="同安区人民政府召开常务会议",
    )
    assert body_names(record) == ["同安区人民政府", "区商务局"]


def test_generic_references_and_clauses_before_a_head_are_no_bodies():
    _, record = record_of(
        "会议认为，全区全年接待外国议会和政府代表团30余批，外国商会和驻华使领馆联系更加紧密，愿意推动两区议会交流。"
        "部分省人大代表、市人大代表列席会议。会议在各区（市）县政协设分会场。\n"
    )
    assert body_names(record) == []


def test_no_body_name_runs_across_a_modal_after_a_head():
    _, record = record_of("会议强调，县政府要认真研究常委会组成人员提出的意见，并向县人大常委会报告。\n")
    assert body_names(record) == ["县政府", "县人大常委会"]


def test_a_congress_with_an_ordinal_session_is_the_fullest_form_of_its_short_mentions():
    _, record = record_of(
        "11月2日，兰州市第十六届人民代表大会常务委员会第九次会议听取了兰州市人民政府关于外事工作的报告。"
        "市人大常委会主任柴文举主持会议。会议要求，市政府要认真落实，并向市人大常委会报告。\n",
        title="市人大常委会听取市政府外事工作报告",
    )
    assert body_names(record) == ["兰州市第十六届人民代表大会常务委员会", "兰州市人民政府"]


def test_customs_and_chambers_named_after_a_city_without_its_suffix_are_bodies():
    _, record = record_of(
        "区委书记、开发区党工委书记洪涛出席。青岛日本商工会、南沙海关和区商务局等单位负责同志参加活动。\n"
    )
    assert body_names(record) == ["青岛日本商工会", "南沙海关", "区商务局"]
    assert officials_of(record)["洪涛"]["titles"] == [
        ("区委书记", "书记", "区委"),
        ("开发区党工委书记", "书记", "开发区党工委"),
    ]


def test_rarer_surnames_after_titles_with_abbreviated_bodies():
    _, record = record_of("市政协主席庹志明主持会议。党工委委员、管委会副主任洪小燕出席会议。\n")
    assert officials_of(record) == {
        "庹志明": {"titles": [("市政协主席", "主席", "市政协")], "roles": ["chair"]},
        "洪小燕": {
            "titles": [("党工委委员", "委员", "党工委"), ("管委会副主任", "副主任", "管委会")],
            "roles": ["attendee"],
        },
    }


def test_a_patronymic_name_is_later_called_by_its_personal_name():
    _, record = record_of(
        "副市长钱立新会见了文莱驻上海总领事法里德·宾·奥斯曼一行。钱立新对法里德总领事一行表示欢迎。"
        "法里德表示，愿推动双方在清真食品等领域加强合作。\n"
    )
    assert officials_of(record)["法里德·宾·奥斯曼"] == {
        "titles": [("文莱驻上海总领事", "总领事", None)],
        "roles": ["attendee", "speaker"],
    }
    assert list(officials_of(record)) == ["钱立新", "法里德·宾·奥斯曼"]
