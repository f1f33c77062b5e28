"""Stage *header*: furniture, headline and tag, date and source, on real-looking pages."""

from __future__ import annotations

import pytest

from bulletin_extract.pipeline import extract


def header_of(page: str, lang: str | None = None):
    record = extract("page.txt", page.encode("utf-8"), lang=lang)
    assert record.record_type == "record", record
    return record


def test_english_page_with_tag_furniture_and_labels():
    page = (
        "Chinese\nTopics:\n[Miyun District] Miyun District Holds Plenary Meeting of Its Foreign Affairs Committee\n"
        "Date: 2021/09/03\nSource: \nfontSize:\u00a0 big middle small\n\n"
        "On August 27, Miyun District held the meeting.\n\n3.jpg\n\nThe meeting called for closer ties.\n"
    )
    record = header_of(page)
    header = record.header
    assert header.title == "Miyun District Holds Plenary Meeting of Its Foreign Affairs Committee"
    assert header.district == "Miyun District"
    assert header.date == "2021-09-03"
    assert header.source is None
    assert page[header.title_span.start : header.title_span.end] == header.title
    assert page[header.district_span.start : header.district_span.end] == "Miyun District"


def test_date_and_source_on_one_line_in_either_order_with_breadcrumb():
    page = (
        "Home > News > Foreign Affairs\nXuhui District Leaders Meet Consul General of Chile\n"
        "Source: Xuhui District Foreign Affairs Office    Date: May 16, 2024 10:32\nFont size: A A A\n\n"
        "On May 14, the district's leaders met the consul general.\n\nPrint  Close\n"
    )
    header = header_of(page).header
    assert header.title == "Xuhui District Leaders Meet Consul General of Chile"
    assert header.source == "Xuhui District Foreign Affairs Office"
    assert header.date == "2024-05-16"
    assert header.district is None


@pytest.mark.parametrize(
    "label",
    [
        "Publish Time",
        "Publication Date",
        "Release Time",
        "Posted on",
        "Date",
        "Published",
        "Date Published",
        "Released",
    ],
)
def test_date_labels_with_a_time_and_a_view_counter(label):
    page = (
        "Home > Foreign Affairs News\nVice Mayor Meets Delegation of Tampere\n"
        f"{label}: 2024-03-08 15:40    Views: 1208\n\nOn March 6, the vice mayor met the delegation.\n"
    )
    header = header_of(page).header
    assert header.title == "Vice Mayor Meets Delegation of Tampere"
    assert header.date == "2024-03-08"


@pytest.mark.parametrize("share", ["Share: WeChat | Weibo | Facebook", "Share to: WeChat", "SHARE:"])
def test_a_share_line_under_the_header_is_furniture_not_the_first_paragraph(share):
    page = (
        "Wuhu Government Affairs Weekly\nDate: 2025-02-17\nSource: Wuhu Foreign Affairs Office\n"
        f"{share}\n\nExecutive Meeting of the Municipal Government\n\n"
        "On February 10, the municipal government held its executive meeting.\n"
    )
    record = header_of(page)
    assert record.header.title == "Wuhu Government Affairs Weekly"
    assert record.event_date == "2025-02-10"  # the report opens under its sub-heading, not under the share line


def test_page_without_header_keeps_its_body_and_warns():
    page = "On June 5, 2020, Xicheng District held the plenary meeting.\n\nThe meeting stressed the need to act.\n"
    record = header_of(page)
    assert record.header.title is None and record.header.date is None
    assert "no header block" in record.warnings


def test_chinese_page_with_one_line_labels_and_tag():
    page = (
        "当前位置：首页 > 外事动态\n【丰台区】丰台区召开区委外事工作委员会全体会议\n"
        "来源：丰台区人民政府外事办公室\u3000\u3000发布时间：2022年03月25日 09:30\n【字体：大 中 小】\n\n"
        "\u3000\u30003月23日，丰台区召开区委外事工作委员会全体会议。\n打印本页 关闭窗口\n"
    )
    header = header_of(page).header
    assert header.title == "丰台区召开区委外事工作委员会全体会议"
    assert header.district == "丰台区"
    assert header.source == "丰台区人民政府外事办公室"
    assert header.date == "2022-03-25"


def test_separators_between_fields_and_counters_after_a_source_are_not_part_of_it():
    page = (
        "Home > Government Affairs\n[Jiangbei District] Jiangbei District Holds Foreign Affairs Work Meeting\n"
        "Source: Jiangbei District Foreign Affairs Office | Date: 2025/04/02\n\n"
        "On April 1, the district held the meeting.\n"
    )
    header = header_of(page).header
    assert header.source == "Jiangbei District Foreign Affairs Office"
    assert header.date == "2025-04-02"
    counted = page.replace(" | Date: 2025/04/02", "   Hits: 88").replace("Home >", "Posted on: 2025-04-02\nHome >")
    assert header_of(counted).header.source == "Jiangbei District Foreign Affairs Office"


def test_a_byline_before_the_labelled_fields_and_a_banner_above_the_headline():
    page = (
        "NANHU EVENING NEWS\nNanhu Hosts Lakeside Culture Forum\n"
        "By Qiu Lanting | Source: Nanhu Evening News | Published: 2025-09-18 07:45\n\n"
        "On September 16, the forum opened in Nanhu.\n"
    )
    record = header_of(page)
    header = record.header
    assert (header.title, header.source, header.date) == (
        "Nanhu Hosts Lakeside Culture Forum",
        "Nanhu Evening News",
        "2025-09-18",
    )
    assert "Qiu Lanting" not in [o.name for o in record.officials]
    assert "no header block" not in record.warnings


def test_middle_dots_issued_on_and_a_font_size_label_end_no_value():
    page = (
        "Home / Foreign Exchanges\nJiaxing Mayor Meets Consul General of Peru\n"
        "Issued on: 2025-06-03 · Source: Jiaxing Foreign Affairs Office · Views: 40\n\n"
        "On June 2, the mayor met the consul general.\n"
    )
    header = header_of(page).header
    assert (header.date, header.source) == ("2025-06-03", "Jiaxing Foreign Affairs Office")
    chinese = (
        "【海盐】海盐县召开外事工作会议\n发布者：海盐县人民政府　　发布时间：2025年6月3日　　字体：【大】【中】【小】\n\n"
        "6月2日，海盐县召开外事工作会议。\n"
    )
    header = header_of(chinese).header
    assert (header.title, header.district, header.date, header.source) == (
        "海盐县召开外事工作会议",
        "海盐",
        "2025-06-03",
        None,
    )


@pytest.mark.parametrize(
    ("date_line", "iso"),
    [
        ("Apr 9th, 2025 | Source: Lanzhou Foreign Affairs Office", "2025-04-09"),
        ("9 April 2025 / Source: Lanzhou Foreign Affairs Office", "2025-04-09"),
        ("09.04.2025    Source: Lanzhou Foreign Affairs Office", "2025-04-09"),
    ],
)
def test_a_bare_date_in_words_or_dotted_day_first_opens_the_fields_line(date_line, iso):
    page = (
        "LANZHOU PEOPLE'S CONGRESS > NEWS\nLanzhou Holds Meeting on Friendship Cities\n"
        f"{date_line}\n\nOn April 8, the city held the meeting.\n"
    )
    record = header_of(page)
    assert (record.header.title, record.header.date, record.header.source) == (
        "Lanzhou Holds Meeting on Friendship Cities",
        iso,
        "Lanzhou Foreign Affairs Office",
    )
    assert record.event_date == "2025-04-08"


@pytest.mark.parametrize(
    ("fields_line", "source"),
    [
        ("来源：铜川市人民政府外事办公室\u3000【打印】【关闭】", "铜川市人民政府外事办公室"),
        ("Source: Tongchuan Foreign Affairs Office | Print | Close", "Tongchuan Foreign Affairs Office"),
    ],
)
def test_page_furniture_trailing_a_field_on_its_line_is_no_part_of_it(fields_line, source):
    page = f"铜川市与友城举行视频会谈\n{fields_line}\n\n2024年4月16日，铜川市副市长孙明远与友城市长举行视频会谈。\n"
    assert header_of(page).header.source == source


@pytest.mark.parametrize(
    ("page", "kept", "dropped"),
    [
        (
            "Yanqing District Holds Foreign Affairs Meeting\nDate: 2024-06-12\n\n"
            "On June 11, Yanqing District held the meeting. Gao Weiming, Secretary of the CPC Yanqing District "
            "Committee, presided over it.\n\nThe meeting called for closer coordination.\n\n"
            "Related News:\nMiyun District Foreign Affairs Office Director Lu Qing Meets Guests from Lyon\n"
            "Huairou District Holds Standing Committee Meeting\n",
            "Gao Weiming",
            "Lu Qing",
        ),
        (
            "延庆区召开区委外事工作委员会会议\n发布时间：2024-06-12\n\n"
            "6月11日，延庆区委书记高伟明主持召开区委外事工作委员会会议。\n会议强调，要加强统筹协调。\n\n"
            "【相关新闻】\n密云区人民政府外事办公室主任陆青会见里昂客人\n怀柔区召开区委常委会会议\n",
            "高伟明",
            "陆青",
        ),
    ],
)
def test_a_related_news_list_after_the_body_is_the_page_trailer(page, kept, dropped):
    record = header_of(page)
    names = [o.name for o in record.officials]
    assert kept in names and dropped not in names
    assert len(record.directives) == 1
    assert not any("Miyun" in b.name or "密云" in b.name for b in record.bodies)


def test_a_related_news_heading_above_the_body_drops_nothing():
    page = (
        "Home > News\nRelated News\nYanqing District Holds Foreign Affairs Meeting\nDate: 2024-06-12\n\n"
        "On June 11, Yanqing District held the meeting. Gao Weiming, Secretary of the CPC Yanqing District "
        "Committee, presided over it.\n"
    )
    record = header_of(page)
    assert [o.name for o in record.officials] == ["Gao Weiming"]


@pytest.mark.parametrize(
    ("head", "title", "source"),
    [
        (
            "Lanzhou Holds Meeting on Friendship Cities - Lanzhou Online\nDate: 2024-05-13    Source: Lanzhou Daily\n",
            "Lanzhou Holds Meeting on Friendship Cities",
            "Lanzhou Daily",
        ),
        (
            "兰州市召开友城工作会议 - 兰州市人民政府\n发布日期：2024-05-13　　信息来源：兰州日报\n",
            "兰州市召开友城工作会议",
            "兰州日报",
        ),
        (
            "Lanzhou and Akita Prefecture Celebrate 40 Years of Friendship as\nJapanese Delegation Visits\n"
            "Published: 2024-05-13    Source: Lanzhou Foreign Affairs Office\n",
            "Lanzhou and Akita Prefecture Celebrate 40 Years of Friendship as Japanese Delegation Visits",
            "Lanzhou Foreign Affairs Office",
        ),
        (
            "Lanzhou Federation of Returned Overseas Chinese Holds Plenary Session\n"
            "Date: 2024-05-13    Source: Lanzhou Federation of Returned Overseas Chinese\n",
            "Lanzhou Federation of Returned Overseas Chinese Holds Plenary Session",
            "Lanzhou Federation of Returned Overseas Chinese",
        ),
    ],
)
def test_a_site_name_after_the_headline_a_headline_on_two_lines_and_a_source_ending_in_a_language_name(
    head, title, source
):
    body = "\n5月12日，兰州市召开会议。\n" if "兰州市召开" in head else "\nOn May 12, Lanzhou held the meeting.\n"
    header = header_of(head + body).header
    assert (header.title, header.source) == (title, source)


def test_a_field_in_brackets_and_a_date_with_single_digit_month():
    page = (
        "LANGYA DISTRICT PEOPLE'S GOVERNMENT\n琅琊区人民政府\n琅琊街道党工委书记带队走访辖区外资企业\n"
        "【来源：琅琊街道办事处】　发布时间:2024-5-9 10:00\n\n5月8日，街道党工委书记走访了外资企业。\n"
    )
    record = header_of(page)
    assert (record.header.title, record.header.date, record.header.source) == (
        "琅琊街道党工委书记带队走访辖区外资企业",
        "2024-05-09",
        "琅琊街道办事处",
    )
    assert record.event_date == "2024-05-08"


def test_an_information_disclosure_table_gives_the_publication_date_and_the_headline_under_it():
    page = (
        "Foreign Affairs Office of Zhejiang Provincial People's Government\n"
        "Home > Government Information Disclosure > Work Updates\n"
        "Index No.: 002482130/2024-00117\nSubject: Consular Affairs\n"
        "Issued by: Foreign Affairs Office of Zhejiang Provincial People's Government\n"
        "Date of Writing: 2024-03-11\nDate of Publication: 2024-03-13\nDocument No.: None\n"
        "Zhejiang Trains Enterprises Going Global in Consular Protection\n\n"
        "On March 11, a training session was held in Hangzhou.\n"
    )
    header = header_of(page).header
    assert (header.title, header.date, header.source) == (
        "Zhejiang Trains Enterprises Going Global in Consular Protection",
        "2024-03-13",
        None,
    )
    zh = (
        "嘉兴市人民政府\n首页 > 政府信息公开 > 政府会议\n索引号：\t0023/2024-00031\t主题分类：\t政府会议\n"
        "发布机构：\t嘉兴市人民政府办公室\t成文日期：\t2024-05-14\n发布日期：\t2024-05-16\t文号：\t无\n"
        "嘉兴市人民政府召开第21次常务会议\n\n5月14日，市长主持召开市人民政府第21次常务会议。\n"
    )
    header = header_of(zh).header
    assert (header.title, header.date, header.source) == ("嘉兴市人民政府召开第21次常务会议", "2024-05-16", None)
    written_only = zh.replace("发布日期：\t2024-05-16\t", "")
    assert header_of(written_only).header.date == "2024-05-14"


def test_a_numbered_briefing_dates_the_issue_on_its_compiler_line():
    page = (
        "Foreign Affairs Work Bulletin\nNo. 7 (Total No. 52)\n"
        "Compiled by the Office of the Foreign Affairs Committee of the CPC Jiaxing Municipal Committee    May 9, 2024\n"
        "Jiaxing Calls for Opening-up Through Foreign Affairs\n"
        "On May 8, the Foreign Affairs Committee held its plenary meeting.\n"
    )
    header = header_of(page).header
    assert (header.title, header.date, header.source) == (
        "Jiaxing Calls for Opening-up Through Foreign Affairs",
        "2024-05-09",
        None,
    )
    zh = (
        "外事工作简报\n第7期\n中共嘉兴市委外事工作委员会办公室编　　　　2024年5月9日\n"
        "嘉兴市委外事工作委员会召开全体会议\n5月8日，中共嘉兴市委外事工作委员会召开全体会议。\n"
    )
    header = header_of(zh).header
    assert (header.title, header.date, header.source) == ("嘉兴市委外事工作委员会召开全体会议", "2024-05-09", None)


def test_a_header_table_copied_cell_by_cell_uses_tabs_for_colons():
    page = (
        "Linyi Municipal People's Government\n"
        "Index No.\t11371300MB28/2024-00311\tCategory\tForeign Trade\n"
        "Source\tLinyi Municipal Bureau of Commerce\tRelease Date\t2024-05-09\n"
        "Linyi Signs Nine Projects at Cross-Border E-Commerce Fair\n\n"
        "On May 8, Linyi signed nine projects at the fair.\n"
    )
    header = header_of(page).header
    assert header.title == "Linyi Signs Nine Projects at Cross-Border E-Commerce Fair"
    assert header.source == "Linyi Municipal Bureau of Commerce"
    assert header.date == "2024-05-09"


def test_a_headline_given_as_a_field_of_the_table_is_the_headline():
    page = (
        "某某县人民政府\n标题\t某某县召开县长办公会议研究招商引资工作\n"
        "来源\t某某县人民政府办公室\t发布时间\t2024-07-12\n【字体：大 中 小】\n\n"
        "7月11日，县长主持召开县长办公会议。\n"
    )
    header = header_of(page).header
    assert header.title == "某某县召开县长办公会议研究招商引资工作"
    assert header.source == "某某县人民政府办公室"
    assert header.date == "2024-07-12"


def test_the_headline_stands_alone_under_the_fields_where_a_breadcrumb_parts_the_banner_from_them():
    page = (
        "Jiaxing Municipal People's Congress\nHome > Sessions > Appointments\n"
        "Source: General Office of the Standing Committee of the Jiaxing Municipal People's Congress\n"
        "Date: 2024/06/28\n\n"
        "Standing Committee of Jiaxing Municipal People's Congress Holds 18th Session\n\n"
        "On June 27, the Standing Committee held its 18th session.\n"
    )
    header = header_of(page).header
    assert header.title == "Standing Committee of Jiaxing Municipal People's Congress Holds 18th Session"
    assert header.date == "2024-06-28"


def test_a_font_switch_or_a_byline_after_the_source_on_its_line_is_no_part_of_it():
    page = (
        "Jiaxing Holds Consultation Meeting on Proposals\n"
        "Published: 2024-04-12 10:15   Source: Proposals Committee of the CPPCC Jiaxing Committee   fontSize: big middle small\n\n"
        "On April 11, the committee held a consultation meeting.\n"
    )
    assert header_of(page).header.source == "Proposals Committee of the CPPCC Jiaxing Committee"
    page = (
        "Jiaxing Vice Mayor Inspects Enterprises\nDate: 2024-02-27  Source: Jiaxing Daily  By correspondent Hu Lan\n\n"
        "On February 26, the vice mayor inspected enterprises.\n"
    )
    assert header_of(page).header.source == "Jiaxing Daily"
