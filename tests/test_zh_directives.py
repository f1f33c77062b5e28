"""Chinese directives: cued statements, continuations, enumerations, numbered paragraphs, exclusions."""

from __future__ import annotations

from bulletin_extract.lang.zh.compact import CompactView
from bulletin_extract.pipeline import extract

HEADER = "西城区委外事工作委员会召开全体会议\n日期：2023年04月12日\n来源：西城区人民政府外事办公室\n\n"
OPENING = "4月10日下午，西城区委外事工作委员会召开全体会议。区委书记、区委外事工作委员会主任邵振东主持会议并讲话。\n\n"


def directives_of(body: str, opening: str = OPENING) -> list[tuple[str, str | None, str]]:
    text = HEADER + opening + body
    record = extract("page.txt", text.encode("utf-8"))
    assert record.record_type == "record", record
    for item in record.directives:
        assert "".join(text[item.start : item.end].split()) == "".join(item.text.split())
    return [(d.kind, d.cue, d.text) for d in record.directives]


def test_semicolon_tasks_each_with_the_cue_and_no_leading_yao():
    body = "会议强调，要立足首都功能核心区定位，做好服务保障；要依托金融街等功能区域，吸引国际组织落户。\n"
    assert directives_of(body) == [
        ("statement", "强调", "立足首都功能核心区定位，做好服务保障"),
        ("statement", "强调", "依托金融街等功能区域，吸引国际组织落户"),
    ]


def test_a_subject_before_yao_stays_and_commas_keep_one_item():
    body = "会议要求，各成员单位要压实责任、密切配合，确保年度各项外事任务按期落地见效。\n"
    assert directives_of(body) == [
        ("statement", "要求", "各成员单位要压实责任、密切配合，确保年度各项外事任务按期落地见效")
    ]


def test_continuation_sentences_keep_the_cue_until_narrative():
    body = "会议强调，要加强统筹协调。要压实工作责任。各街乡要守牢安全底线。会议还研究了其他事项。\n"
    assert directives_of(body) == [
        ("statement", "强调", "加强统筹协调"),
        ("statement", "强调", "压实工作责任"),
        ("statement", "强调", "各街乡要守牢安全底线"),
    ]


def test_inline_enumeration_drops_enumerators_and_lead_in():
    body = "邵振东要求，全区外事工作要重点抓好三个方面：一是统筹疫情防控和对外交往；二是创新“云外事”工作方式；三是加强涉外风险研判。\n"
    assert directives_of(body) == [
        ("statement", "要求", "统筹疫情防控和对外交往"),
        ("statement", "要求", "创新“云外事”工作方式"),
        ("statement", "要求", "加强涉外风险研判"),
    ]


def test_nested_lists_give_the_innermost_items():
    body = "会议强调，一要提高政治站位，一是深入学习贯彻重要论述；二是严格执行请示报告制度。二要狠抓工作落实，确保各项任务按期完成。\n"
    assert [text for _, _, text in directives_of(body)] == [
        "深入学习贯彻重要论述",
        "严格执行请示报告制度",
        "狠抓工作落实，确保各项任务按期完成",
    ]


def test_enumerated_paragraphs_after_a_cued_colon_keep_the_cue():
    body = "会议要求：\n一是加强统筹协调，形成工作合力。\n二是强化督促检查，压实各方责任。\n"
    assert directives_of(body) == [
        ("statement", "要求", "加强统筹协调，形成工作合力"),
        ("statement", "要求", "强化督促检查，压实各方责任"),
    ]


def test_numbered_paragraphs_are_bullets_even_after_a_yaoqiu_lead_in():
    body = (
        "付春雷同志就做好今年外事工作提出四点要求：\n"
        "（一）提高政治站位，严格执行请示报告制度。\n"
        "（二）服务发展大局，围绕中国（北京）自由贸易试验区等平台，积极引进国际合作项目。\n"
    )
    assert directives_of(body) == [
        ("bullet", None, "提高政治站位，严格执行请示报告制度"),
        ("bullet", None, "服务发展大局，围绕中国（北京）自由贸易试验区等平台，积极引进国际合作项目"),
    ]


def test_list_headings_are_containers_not_items():
    body = (
        "一、总体要求\n（一）坚持党的集中统一领导，确保外事工作正确政治方向。\n（二）坚持服务首都发展大局。\n"
        "二、重点任务\n1. 加强队伍建设\n2. 健全工作机制\n"
    )
    assert [text for _, _, text in directives_of(body)] == [
        "坚持党的集中统一领导，确保外事工作正确政治方向",
        "坚持服务首都发展大局",
        "加强队伍建设",
        "健全工作机制",
    ]


def test_an_official_as_the_cue_subject_after_a_lead_clause():
    body = "会见后，邬海川要求，区商务局要做好跟踪服务，推动双方企业对接洽谈尽快取得实效。\n\n在随后召开的座谈会上，区委书记邵振东强调要加强统筹。\n"
    assert directives_of(body) == [
        ("statement", "要求", "区商务局要做好跟踪服务，推动双方企业对接洽谈尽快取得实效"),
        ("statement", "强调", "加强统筹"),
    ]


def test_half_width_punctuation():
    body = "邵振东强调,要立足“新国门”定位,打造国际交往新门户;要加快国际人才社区(一期)建设,营造国际化环境.\n"
    assert directives_of(body) == [
        ("statement", "强调", "立足“新国门”定位,打造国际交往新门户"),
        ("statement", "强调", "加快国际人才社区(一期)建设,营造国际化环境"),
    ]


def test_assessments_remarks_narrative_and_quoted_authorities_are_not_directives():
    body = (
        "会议传达学习了市委外事工作委员会全体会议精神，听取了区委外办工作汇报，审议了工作要点。\n\n"
        "会议指出，组建区委外事工作委员会，对于提升西城对外交往工作水平具有重要意义。\n\n"
        "会议认为，过去一年全区外事工作取得新的进展。\n\n"
        "邵振东表示，希望双方在人才交流等方面开展更多合作。\n\n"
        "习近平总书记强调，要坚定不移推进高水平对外开放。\n\n"
        "会议还研究了其他事项。\n"
    )
    assert directives_of(body) == []


def test_zhichu_asking_for_action_is_a_directive():
    body = "会议指出，要深刻把握首都外事工作面临的新形势新任务，以高水平对外交往助力首都发展。\n"
    assert directives_of(body) == [
        ("statement", "指出", "深刻把握首都外事工作面临的新形势新任务，以高水平对外交往助力首都发展"),
    ]


def test_traditional_characters_match_and_stay_as_written():
    body = "會議強調，要深入學習貫徹重要論述；要擴大對外交往。（責編：張小華）\n"
    assert directives_of(body) == [
        ("statement", "強調", "深入學習貫徹重要論述"),
        ("statement", "強調", "擴大對外交往"),
    ]


def test_connectives_and_yao_paragraphs_after_a_cued_colon():
    body = (
        "会议强调：\n要深入学习贯彻重要论述，把牢正确政治方向。\n要立足首都功能定位，扩大对外交往。\n\n"
        "邵振东对下一步工作提出要求。他强调，要加强统筹协调。同时，要压实工作责任。此外，各街乡要守牢安全底线。\n"
    )
    assert directives_of(body) == [
        ("statement", "强调", "深入学习贯彻重要论述，把牢正确政治方向"),
        ("statement", "强调", "立足首都功能定位，扩大对外交往"),
        ("statement", "强调", "加强统筹协调"),
        ("statement", "强调", "压实工作责任"),
        ("statement", "强调", "各街乡要守牢安全底线"),
    ]


def test_di_yi_enumeration_after_a_lead_clause():
    body = "就做好下一步工作，邵振东提出三点要求：第一，提高政治站位；第二，强化责任担当；第三，狠抓工作落实。\n"
    assert [text for _, _, text in directives_of(body)] == ["提高政治站位", "强化责任担当", "狠抓工作落实"]


def test_a_cued_colon_followed_by_assessments_gives_nothing():
    body = "会议指出：\n过去一年，全区外事工作取得显著成效。\n"
    assert directives_of(body) == []


def test_hard_wrapped_paragraphs_match_across_the_line_breaks():
    body = (
        "会议强调，要深入学习贯彻重要论述，把牢正\n确政治方向；要立足首都功能定位。会议要\n求，各成员单位要压实责任。\n"
    )
    assert directives_of(body) == [
        ("statement", "强调", "深入学习贯彻重要论述，把牢正确政治方向"),
        ("statement", "强调", "立足首都功能定位"),
        ("statement", "要求", "各成员单位要压实责任"),
    ]


def test_compact_view_maps_offsets_back_to_the_view():
    view = "会议要 求，各成员 单位要压实责任。 OK then"
    compact = CompactView(view)
    assert compact.text == "会议要求，各成员单位要压实责任。 OK then"
    start = compact.text.index("求")
    end = compact.text.index("。")
    assert view[compact.to_view(start) : compact.end_to_view(end)] == "求，各成员 单位要压实责任"
    assert compact.from_view(view.index("单")) == compact.text.index("单")
    assert compact.from_view(3) == compact.text.index("求")  # inside a gap → the gap's end


def test_sentences_asking_after_an_assessing_cue_take_its_cue():
    body = (
        "会议指出，习近平总书记的重要讲话，为我们做好新时代外事工作指明了前进方向。"
        "全区各级各部门要深入学习领会，切实把思想和行动统一到党中央决策部署上来。要坚持问题导向，抓好各项任务落实。\n\n"
        "会议指出，组建区委外事工作委员会，具有重要意义。\n\n一是加强统筹协调。\n"
    )
    assert directives_of(body) == [
        ("statement", "指出", "全区各级各部门要深入学习领会，切实把思想和行动统一到党中央决策部署上来"),
        ("statement", "指出", "坚持问题导向，抓好各项任务落实"),
    ]


def test_numbered_attachments_are_no_directives():
    body = "附件：\n1. 会见名单\n2. 日程安排\n3.关于做好外事工作的通知.docx\n\n会议要求：\n（一）加强统筹协调。\n（二）压实工作责任。\n"
    assert directives_of(body) == [("bullet", None, "加强统筹协调"), ("bullet", None, "压实工作责任")]


def test_facts_with_dignitaries_after_zhichu_are_no_directive():
    body = "会议指出，2023年全区共接待外国政要和代表团56批次，新增外资研发中心9家，对外交往水平持续提升。\n"
    assert directives_of(body) == []


def test_a_cued_lead_in_before_numbered_paragraphs_is_no_item():
    body = (
        "会议要求，各街道各部门要重点做好以下工作：\n"
        "1.加强统筹协调，完善外资项目服务机制。\n"
        "2.深化友城交流，拓展务实合作领域。\n"
    )
    assert directives_of(body) == [
        ("bullet", None, "加强统筹协调，完善外资项目服务机制"),
        ("bullet", None, "深化友城交流，拓展务实合作领域"),
    ]


def test_triangle_and_star_marked_paragraphs_are_bullets():
    body = (
        "会议对下一步工作作出部署：\n\n▲加快跨境电商综合试验区建设，年内新增外贸企业不少于20家。\n\n"
        "★做好侨务资源对接，推动侨资项目落地。\n"
    )
    assert directives_of(body) == [
        ("bullet", None, "加快跨境电商综合试验区建设，年内新增外贸企业不少于20家"),
        ("bullet", None, "做好侨务资源对接，推动侨资项目落地"),
    ]
