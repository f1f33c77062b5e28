"""Chinese text: language detection, encodings, traditional characters, header and page furniture."""

from __future__ import annotations

import pytest

from bulletin_extract.document import DocState
from bulletin_extract.lang import get_language
from bulletin_extract.pipeline import STAGES, extract

SIMPLIFIED = (
    "丰台区召开区委外事工作委员会全体会议\n发布时间：2022-03-25　来源：丰台区人民政府外事办公室\n\n"
    "3月23日下午，丰台区委外事工作委员会召开全体会议，区委书记、区委外事工作委员会主任高峰主持并讲话。\n\n"
    "会议强调，要紧紧围绕首都功能定位，把外事资源转化为发展动能；要完善国际化服务设施和多语种标识。\n"
)
TRADITIONAL = (
    "【豐臺區】豐臺區召開區委外事工作委員會全體會議\n日期：2022年03月25日\n來源：豐臺區人民政府外事辦公室\n\n"
    "3月23日下午，豐臺區委外事工作委員會召開全體會議。\n\n"
    "會議強調，要緊緊圍繞首都功能定位，把外事資源轉化為發展動能；要完善國際化服務設施和多語種標識。\n"
)
ENGLISH = (
    "Fengtai District Holds Plenary Meeting\nDate: 2022-03-25\nSource: Fengtai District Foreign Affairs Office\n\n"
    "On March 23, the CPC Fengtai District Committee held the plenary meeting of its foreign affairs committee.\n"
)


def record_of(raw: bytes, lang: str | None = None):
    record = extract("page.txt", raw, lang=lang)
    assert record.record_type == "record", record
    return record


def state_after_sentences(text: str) -> DocState:
    state = DocState(file="page.txt", raw=text.encode("utf-8"))
    for name, stage in STAGES:
        state = stage(state)
        if name == "sentences":
            return state
    raise AssertionError("no sentences stage")


# Language


def test_language_is_detected_per_document_in_a_mixed_run():
    assert [record_of(t.encode()).lang for t in (SIMPLIFIED, ENGLISH, TRADITIONAL)] == ["zh", "en", "zh"]


def test_english_page_with_a_chinese_banner_stays_english():
    assert record_of(("北京市人民政府外事办公室\n" + ENGLISH).encode()).lang == "en"


def test_lang_option_overrides_detection():
    assert record_of(SIMPLIFIED.encode(), lang="en").lang == "en"
    assert record_of(ENGLISH.encode(), lang="zh").lang == "zh"


# Encodings


@pytest.mark.parametrize(
    ("raw", "encodings"),
    [
        (SIMPLIFIED.encode("utf-8"), {"utf-8"}),
        (b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), {"utf-8-sig"}),
        (SIMPLIFIED.encode("gb18030"), {"gb18030", "gbk", "gb2312"}),
        (SIMPLIFIED.encode("gbk"), {"gb18030", "gbk", "gb2312"}),
        (TRADITIONAL.encode("big5"), {"big5", "cp950", "big5hkscs"}),
    ],
)
def test_encodings_are_decoded_and_recorded(raw, encodings):
    record = record_of(raw)
    assert record.encoding.lower().replace("_", "") in encodings
    assert record.header.date == "2022-03-25"
    assert [d.text for d in record.directives][-1] in {
        "完善国际化服务设施和多语种标识",
        "完善國際化服務設施和多語種標識",
    }


def test_gb18030_dev_file_reads_like_its_utf8_peers(dev_corpus):
    record = record_of((dev_corpus / "zh" / "zh-dev-007.txt").read_bytes())
    assert record.encoding == "gb18030"
    assert record.header.title == "通州区召开区委外事工作委员会2025年第一次全体会议"
    assert record.header.source == "通州区人民政府外事办公室"


def test_undecodable_bytes_become_an_error_record():
    raw = bytes(range(0x80, 0x100)) * 4
    record = extract("page.txt", raw)
    assert record.record_type == "error"
    assert record.error.stage == "read"


def test_utf8_cut_inside_its_last_character_still_reads():
    raw = SIMPLIFIED.encode("utf-8") + "会议".encode()[:4]
    record = record_of(raw)
    assert record.encoding == "utf-8"
    assert record.header.title == "丰台区召开区委外事工作委员会全体会议"


# Traditional characters


def test_fold_maps_traditional_to_simplified_one_character_at_a_time():
    chinese = get_language("zh")
    written = "會議強調，要堅持黨的全面領導，２０２３年。乾隆"
    folded = chinese.fold(written)
    assert len(folded) == len(written)
    assert folded.startswith("会议强调，要坚持党的全面领导，2023年。")


def test_traditional_page_matches_but_outputs_stay_as_written():
    record = record_of(TRADITIONAL.encode())
    assert record.header.title == "豐臺區召開區委外事工作委員會全體會議"
    assert record.header.district == "豐臺區"
    assert record.header.source == "豐臺區人民政府外事辦公室"
    assert record.header.date == "2022-03-25"
    assert record.event_date == "2022-03-23"
    assert [d.text for d in record.directives] == [
        "緊緊圍繞首都功能定位，把外事資源轉化為發展動能",
        "完善國際化服務設施和多語種標識",
    ]
    assert all(d.cue == "強調" for d in record.directives)


# Header and furniture


@pytest.mark.parametrize(
    ("header_lines", "title", "date", "source"),
    [
        (
            "北京市人民政府外事办公室\n首页 > 新闻中心 > 区县动态\n朝阳区召开区委外事工作委员会全体会议\n"
            "2023-07-18 10:20　　来源：北京日报\n【字体：大 中 小】【打印】【关闭】",
            "朝阳区召开区委外事工作委员会全体会议",
            "2023-07-18",
            "北京日报",
        ),
        (
            "您现在的位置：首页 > 外事动态\n海淀区召开区委外事工作委员会全体会议\n"
            "发布时间：2023年07月18日　来源：海淀区人民政府外事办公室　作者：李明　浏览次数：1234\n字号：大 中 小",
            "海淀区召开区委外事工作委员会全体会议",
            "2023-07-18",
            "海淀区人民政府外事办公室",
        ),
        (
            "西城区委外事工作委员会召开全体会议\n来源：北京日报发布时间：2024-02-28",
            "西城区委外事工作委员会召开全体会议",
            "2024-02-28",
            "北京日报",
        ),
        (
            "当前位置：首页 > 外事动态 > 各区动态\n顺义区召开区委外事工作委员会全体会议\n日期：2024年01月04日\n来源：顺义区人民政府外事办公室",
            "顺义区召开区委外事工作委员会全体会议",
            "2024-01-04",
            "顺义区人民政府外事办公室",
        ),
        (
            "通州区召开区委外事工作委员会全体会议\n发布时间：2025-04-02 09:30:00　　来源：通州区人民政府外事办公室\n打印本页",
            "通州区召开区委外事工作委员会全体会议",
            "2025-04-02",
            "通州区人民政府外事办公室",
        ),
        (
            "北京市人民政府外事办公室\n首页 > 外事动态\n怀柔区召开区委常委会会议研究国际会都服务保障工作",
            "怀柔区召开区委常委会会议研究国际会都服务保障工作",
            None,
            None,
        ),
    ],
)
def test_header_variants(header_lines, title, date, source):
    text = header_lines + "\n\n7月17日，区委外事工作委员会召开全体会议。\n"
    header = record_of(text.encode()).header
    assert (header.title, header.date, header.source) == (title, date, source)


def test_furniture_and_credits_belong_to_no_paragraph():
    text = (
        "海淀区召开区委外事工作委员会全体会议\n发布时间：2023-07-18　来源：海淀区人民政府外事办公室\n【字体：大 中 小】\n\n"
        "7月17日，海淀区召开区委外事工作委员会全体会议。\n1.jpg\n会议强调，要加强统筹协调。\n"
        "（责编：王晓）\n（记者 张三 通讯员 李四）\n上一篇：海淀区开展涉外培训\n分享到：\n【打印】 【关闭】\n"
        "主办：北京市海淀区人民政府外事办公室\n版权所有：北京市海淀区人民政府　京ICP备05061201号\n"
    )
    state = state_after_sentences(text)
    assert [state.view[p.start : p.end] for p in state.paragraphs] == [
        "7月17日，海淀区召开区委外事工作委员会全体会议。",
        "会议强调，要加强统筹协调。",
    ]


def test_indented_crlf_page_reads_like_a_plain_one():
    text = SIMPLIFIED.replace("\n\n3月", "\n\n\u3000\u30003月").replace("\n", "\r\n")
    record = record_of(text.encode())
    assert record.header.source == "丰台区人民政府外事办公室"
    assert record.event_date == "2022-03-23"
    assert len(record.directives) == 2
    for item in record.directives:
        assert "".join(text[item.start : item.end].split()) == item.text


def test_a_wrapped_first_paragraph_is_body_not_a_headline():
    text = "7月17日，东城区召开区委外事工作委员会全体会议，传达学习\n市委外事工作委员会全体会议精神。\n\n会议强调，要加强统筹。\n"
    record = record_of(text.encode())
    assert record.header.title is None
    assert "no header block" in record.warnings
    state = state_after_sentences(text)
    assert state.view[state.paragraphs[0].start : state.paragraphs[0].end].startswith("7月17日，东城区")


def test_a_credit_after_the_last_sentence_is_no_sentence():
    text = "会议要求，各成员单位要压实责任。（责编：王晓）\n\n会议强调，要加强统筹。（记者 张三 通讯员 李四）\n"
    state = state_after_sentences(text)
    assert [state.view[s.start : s.end] for s in state.sentences] == [
        "会议要求，各成员单位要压实责任。",
        "会议强调，要加强统筹。",
    ]


def test_a_simplified_page_is_not_copied_by_fold():
    view = "会议强调，要坚持党的全面领导。"
    assert get_language("zh").fold(view) is view


def test_traditional_page_furniture_and_labels():
    text = (
        "當前位置：首頁 > 新聞中心\n灣仔區議會召開全體會議\n發佈日期：2024年03月08日　來源：灣仔區議會秘書處\n字型：大 中 小\n\n"
        "3月6日，灣仔區議會召開全體會議。\n\n列印本頁　關閉視窗\n分享至：\n"
    )
    record = record_of(text.encode("big5"))
    assert (record.header.title, record.header.date, record.header.source) == (
        "灣仔區議會召開全體會議",
        "2024-03-08",
        "灣仔區議會秘書處",
    )
    state = state_after_sentences(text)
    assert [state.view[p.start : p.end] for p in state.paragraphs] == ["3月6日，湾仔区议会召开全体会议。"]


def test_a_paragraph_hard_wrapped_inside_a_name_or_between_a_title_and_its_name_reads_whole():
    page = (
        "平谷区召开区委外事工作委员会会议\n来源：平谷区人民政府外事办公室　发布时间：2024-03-05\n\n"
        "3月4日，平谷区委书记、区委外事工作委员会主任孔令\n远主持召开区委外事工作委员会会议。区委副书记、区长\n"
        "钱佳禾出席会议并讲话。\n"
    )
    record = record_of(page.encode("utf-8"))
    found = {o.name: o for o in record.officials}
    assert list(found) == ["孔令远", "钱佳禾"]
    assert [t.text for t in found["钱佳禾"].titles] == ["区委副书记", "区长"]
    assert found["钱佳禾"].roles == ["attendee", "speaker"]
    mention = found["孔令远"].mentions[0]
    assert page[mention.start : mention.end] == "孔令\n远"
    assert all(page[t.start : t.end] == t.text for o in record.officials for t in o.titles)
    assert all(page[b.start : b.end] == b.name for b in record.bodies)
