"""Hand-written bulletins (invented people) and the records a perfect extractor would make of them.

They give the analyst commands (export, officials, show) known content with
real offsets, whatever today's extraction finds in the dev corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bulletin_extract.models import Body, Directive, Header, Mention, Official, Record, Span, Title
from bulletin_extract.pipeline import content_id


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[tuple[str, str, str | None], ...]  # (text, position, body)
    roles: tuple[str, ...]


def _at(text: str, item: str, near: int = 0) -> dict[str, int]:
    """``start``/``end`` of the occurrence of ``item`` nearest to ``near``."""
    start = min((m.start() for m in re.finditer(re.escape(item), text)), key=lambda s: abs(s - near))
    return {"start": start, "end": start + len(item)}


def make_record(
    file: str,
    text: str,
    lang: str,
    title: str,
    date: str | None,
    event_date: str | None,
    people: list[Person],
    bodies: list[tuple[str, str | None]],
    directives: list[tuple[str, str | None, str]],
    district: str | None = None,
    event_phrase: str | None = None,
) -> Record:
    officials = []
    for person in people:
        found = re.finditer(re.escape(person.name), text)
        mentions = [Mention(text=person.name, start=m.start(), end=m.end()) for m in found]
        titles = []
        for title_text, position, body in person.titles:
            titles.append(
                Title(text=title_text, position=position, body=body, **_at(text, title_text, mentions[0].start))
            )
        officials.append(Official(name=person.name, titles=titles, roles=list(person.roles), mentions=mentions))
    return Record(
        id=content_id(text.encode()),
        file=file,
        lang=lang,
        encoding="utf-8",
        header=Header(title=title, district=district, date=date, title_span=Span(**_at(text, title))),
        event_date=event_date,
        event_date_span=Span(**_at(text, event_phrase)) if event_phrase else None,
        officials=officials,
        bodies=[Body(name=name, parent=parent, **_at(text, name)) for name, parent in bodies],
        directives=[Directive(kind=kind, cue=cue, text=item, **_at(text, item)) for kind, cue, item in directives],
    )


XICHENG_2022 = """[Xicheng District] Xicheng District Holds the 2022 Plenary Meeting of Its Foreign Affairs Committee
Date: 2022-03-15
Source: Xicheng District

On March 11, the Foreign Affairs Committee of the CPC Xicheng District Committee held its 2022 plenary meeting. Zhou Mingyuan, Secretary of the CPC Xicheng District Committee, presided over the meeting. Tang Ruoxi, Deputy Secretary of the CPC Xicheng District Committee and District Mayor, attended the meeting.

The meeting called for deepening exchanges with sister cities, "one district, one partner"; and opening Sino-Foreign R&D centers along the Financial Street.

• Hosting the <Xicheng Dialogue> with embassies in the district;
• Training interpreters for the district's foreign affairs work.
"""

XICHENG_2024 = """[Xicheng District] Xicheng District Holds the 2024 Plenary Meeting of Its Foreign Affairs Committee
Date: 2024-04-02
Source: Xicheng District

On March 29, the meeting was chaired by Tang Ruoxi, Secretary of the CPC Xicheng District Committee, and attended by Gu Heng, District Mayor, and Wang Wei, Deputy Director General of the Foreign Affairs Office of the People's Government of Beijing Municipality.

The meeting stressed the need to serve the embassies in the district.
"""

FENGTAI_2023 = """Fengtai District Receives a Delegation from Aalsmeer
Date: 2023-05-20
Source: Fengtai District

On May 18, Wang Wei, Director of the Fengtai District Foreign Affairs Office, met with the delegation.
"""

DONGCHENG_2023 = """【东城区】东城区召开区委外事工作委员会全体会议
发布时间：2023-07-18　来源：东城区人民政府外事办公室

7月17日，区委书记、区委外事工作委员会主任郁可凡主持会议并讲话。区委副书记、区长钟明远出席。

会议强调，要深化友好城市交流；要做好“身边的国际社会”服务工作。
"""


def records() -> list[tuple[str, Record]]:
    """``(text, record)`` of every hand-written bulletin."""
    secretary = ("Secretary of the CPC Xicheng District Committee", "Secretary", "CPC Xicheng District Committee")
    beijing_office = "Foreign Affairs Office of the People's Government of Beijing Municipality"
    return [
        (
            XICHENG_2022,
            make_record(
                "handwritten/xicheng-2022.txt",
                XICHENG_2022,
                "en",
                "Xicheng District Holds the 2022 Plenary Meeting of Its Foreign Affairs Committee",
                "2022-03-15",
                "2022-03-11",
                [
                    Person("Zhou Mingyuan", (secretary,), ("chair",)),
                    Person(
                        "Tang Ruoxi",
                        (
                            (
                                "Deputy Secretary of the CPC Xicheng District Committee",
                                "Deputy Secretary",
                                "CPC Xicheng District Committee",
                            ),
                            ("District Mayor", "District Mayor", None),
                        ),
                        ("attendee",),
                    ),
                ],
                [
                    ("Foreign Affairs Committee of the CPC Xicheng District Committee", None),
                    (
                        "CPC Xicheng District Committee",
                        "Foreign Affairs Committee of the CPC Xicheng District Committee",
                    ),
                ],
                [
                    ("statement", "called for", 'deepening exchanges with sister cities, "one district, one partner"'),
                    ("statement", "called for", "opening Sino-Foreign R&D centers along the Financial Street"),
                    ("bullet", None, "Hosting the <Xicheng Dialogue> with embassies in the district"),
                    ("bullet", None, "Training interpreters for the district's foreign affairs work"),
                ],
                district="Xicheng District",
                event_phrase="On March 11",
            ),
        ),
        (
            XICHENG_2024,
            make_record(
                "handwritten/xicheng-2024.txt",
                XICHENG_2024,
                "en",
                "Xicheng District Holds the 2024 Plenary Meeting of Its Foreign Affairs Committee",
                "2024-04-02",
                "2024-03-29",
                [
                    Person("Tang Ruoxi", (secretary,), ("chair",)),
                    Person("Gu Heng", (("District Mayor", "District Mayor", None),), ("attendee",)),
                    Person(
                        "Wang Wei",
                        (
                            (
                                f"Deputy Director General of the {beijing_office}",
                                "Deputy Director General",
                                beijing_office,
                            ),
                        ),
                        ("attendee",),
                    ),
                ],
                [
                    ("CPC Xicheng District Committee", None),
                    (beijing_office, None),
                    ("People's Government of Beijing Municipality", beijing_office),
                ],
                [("statement", "stressed", "serve the embassies in the district")],
                district="Xicheng District",
            ),
        ),
        (
            FENGTAI_2023,
            make_record(
                "handwritten/fengtai-2023.txt",
                FENGTAI_2023,
                "en",
                "Fengtai District Receives a Delegation from Aalsmeer",
                "2023-05-20",
                "2023-05-18",
                [
                    Person(
                        "Wang Wei",
                        (
                            (
                                "Director of the Fengtai District Foreign Affairs Office",
                                "Director",
                                "Fengtai District Foreign Affairs Office",
                            ),
                        ),
                        ("attendee",),
                    )
                ],
                [("Fengtai District Foreign Affairs Office", None)],
                [],
            ),
        ),
        (
            DONGCHENG_2023,
            make_record(
                "handwritten/dongcheng-2023.txt",
                DONGCHENG_2023,
                "zh",
                "东城区召开区委外事工作委员会全体会议",
                "2023-07-18",
                "2023-07-17",
                [
                    Person(
                        "郁可凡",
                        (("区委书记", "书记", "区委"), ("区委外事工作委员会主任", "主任", "区委外事工作委员会")),
                        ("chair", "speaker"),
                    ),
                    Person("钟明远", (("区委副书记", "副书记", "区委"), ("区长", "区长", None)), ("attendee",)),
                ],
                [("区委外事工作委员会", None)],
                [
                    ("statement", "强调", "深化友好城市交流"),
                    ("statement", "强调", "做好“身边的国际社会”服务工作"),
                ],
                district="东城区",
                event_phrase="7月17日",
            ),
        ),
    ]
