"""Chinese titles: a position word and what stands before it.

``区委外事工作委员会主任`` is the position ``主任`` of the body ``区委外事工作委员会``;
``副区长`` has no body; before ``市长`` in ``天津市副市长`` or ``大使`` in
``比利时驻华大使`` stands a place, which is no body; before ``大使`` in
``某某大使`` stands the person's name (a later mention). A member's seat (``代表``) is
a title only after its body (``市人大代表``), never on its own (``代表市政府``, ``企业代表``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal, NamedTuple

from bulletin_extract.lang.zh import phrases, segment
from bulletin_extract.lang.zh.lexicon import CJK, Term, lexicon

#: A place without a place suffix (新加坡总理) is a name of a few characters, never a phrase with 的.
MIN_PLACE = 2
POSSESSIVE = "的"
#: "From": 来自某国的 before a title says where the holder comes from, no part of the title (来自英国的[某某中学校长]).
ORIGIN = "来自"
#: A country and the city a diplomat is posted to (文莱驻上海[总领事]): a place before the position.
_POSTING = re.compile(f"[{CJK}]{{2,8}}驻[{CJK}]{{2,4}}")
#: A word written with an alternative reading in brackets (党（工）委, 乡镇（街道）) ends right before a title
#: found after the bracket: the words are generic ones (各乡镇党（工）委书记), not a body.
_ALTERNATIVE = re.compile(f"[{CJK}][（(][{CJK}]{{1,4}}[)）]$")
#: What stands before the position: nothing, a body, a place, or the name of the holder.
Prefix = Literal["none", "body", "place", "name"]


class TitleSpan(NamedTuple):
    start: int
    position_start: int
    end: int
    prefix: Prefix
    #: Where the body named before the position starts and ends: the prefix without a past mark (原, 前).
    body_start: int
    body_end: int


def find_titles(view: str, edges: phrases.Edges, terms: list[Term], is_known: Callable[[str], bool]) -> list[TitleSpan]:
    """Every title of a sentence (its ``edges``, its positions and heads), in text order."""
    titles = []
    for term in terms:
        if term.kind != "position":
            continue
        position_start = term.start

        def fits(i: int, soft: bool, position_start: int = position_start) -> bool:
            if not soft:
                return True
            # a position right after the edge is a word of its own (与会长); a longer prefix starts no word there
            inside_word = i < position_start and phrases.edge_inside_word(view, i)
            return not inside_word and _firm_prefix(view[i:position_start], is_known)

        title_start = edges.phrase_start(position_start, fits)
        if title_start is None or view[title_start : term.end] in lexicon().group_labels:
            continue  # no title, or a label of a group of officials (代表团成员)
        title_start = phrases.before_bracketed_country(view, edges, title_start)
        if view[title_start - 1 : title_start] in ")）" and _ALTERNATIVE.search(
            view, max(0, title_start - 7), title_start
        ):
            if not view.endswith(lexicon().company_heads, title_start, position_start):
                continue  # the end of a generic word written with its alternative (各乡镇党（工）委书记)
            # a company's seat in brackets inside its name (某某（廊坊）汽车零部件有限公司总经理)
            opening = max(view.rfind("（", 0, title_start), view.rfind("(", 0, title_start))
            title_start = edges.phrase_start(opening, fits)
            if title_start is None:
                continue
        if view.startswith(ORIGIN, title_start):
            possessive = view.find(POSSESSIVE, title_start, position_start)
            title_start = possessive + 1 if possessive != -1 else title_start
        body_start, body_end = _past_marks_trimmed(view, title_start, position_start)
        prefix = classify_prefix(view[body_start:body_end], is_known)
        if prefix == "name" and view[position_start - 1] == view[position_start]:
            prefix = "place"  # the group a leader heads, ending as the position starts (夏令营营长): no name, no body
        if prefix == "body" or (prefix is not None and term.word not in lexicon().member_nouns):
            titles.append(TitleSpan(title_start, position_start, term.end, prefix, body_start, body_end))
    return titles


def _past_marks_trimmed(view: str, start: int, end: int) -> tuple[int, int]:
    """The prefix ``view[start:end]`` of a position without the words dating the post (原[某市外办]主任,
    [某商会]前会长), where a body is left once they are gone; else the prefix as it is."""
    lex = lexicon()
    trimmed_start, trimmed_end = start, end
    if view.startswith(lex.past_before, start):
        trimmed_start += len(next(word for word in lex.past_before if view.startswith(word, start)))
    if view.endswith(lex.past_after, start, end):
        trimmed_end -= len(next(word for word in lex.past_after if view.endswith(word, start, end)))
    if (trimmed_start, trimmed_end) == (start, end):
        return start, end
    body = view[trimmed_start:trimmed_end]
    if phrases.head_at_end(body) is not None and phrases.starts_like_body(body):
        return trimmed_start, trimmed_end
    return start, end


def _firm_prefix(before: str, is_known: Callable[[str], bool]) -> bool:
    """Whether ``before`` is surely a title's start: nothing, a body, a place (天津市, 文莱驻上海) or a name.
    A bare head is the short form of a body named before (会馆[名誉主席], 集团[总经理])."""
    prefix = classify_prefix(before, is_known)
    if prefix == "body":
        return phrases.starts_like_body(before) or phrases.head_at_end(before) == before
    if prefix == "place":  # 天津市, 文莱驻上海, or a foreign place before its ministry's field (泰国商务[部长])
        return (
            lexicon().place.fullmatch(before) is not None
            or _POSTING.fullmatch(before) is not None
            or phrases.starts_like_body(before)
        )
    return prefix in ("none", "name")


def classify_prefix(before: str, is_known: Callable[[str], bool]) -> Prefix | None:
    """What the text before a position is; None where it makes no title (全[区长]期)."""
    if not before:
        return "none"
    if is_known(before):
        return "name"
    if phrases.head_at_end(before) is not None:
        return "body"
    if lexicon().place.fullmatch(before) or _POSTING.fullmatch(before):  # 乌兹别克斯坦驻上海: long, still a place
        return "place"
    if phrases.looks_like_name(before) and not segment.is_common_word(before):  # 全体[副区长] is no name
        return "name"
    return "place" if MIN_PLACE <= len(before) <= phrases.MAX_PLACE and POSSESSIVE not in before else None
