"""Where Chinese phrases begin and end, without word spaces to help.

A title or a body's name runs leftwards to a *left edge*: punctuation, a digit,
or a word that never occurs inside one (了, 由, 召开 …). A name runs rightwards
from a surname to a *stop*: punctuation, a role verb, a position, 同志, 等 …;
jieba decides only where neither says where the name ends.
"""

from __future__ import annotations

from collections.abc import Callable

from bulletin_extract.lang.zh import segment
from bulletin_extract.lang.zh.lexicon import CJK, JOINERS, lexicon

#: A title or a body's name is never longer than this; a scan that runs further has lost its way.
MAX_PHRASE = 40
#: A place before a body's name (西城区, 巴登-符腾堡州) is a name of a few characters, not a clause.
MAX_PLACE = 8
_CJK_RANGES = tuple((ord(a), ord(b)) for a, b in zip(CJK[0::3], CJK[2::3], strict=True))


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return any(first <= code <= last for first, last in _CJK_RANGES)


def is_hard_edge(view: str, i: int, floor: int) -> bool:
    """Whether nothing at ``i - 1`` can belong to a word that goes on at ``i``."""
    if i <= floor:
        return True
    before = view[i - 1]
    if is_cjk(before):
        return False
    joined = before in JOINERS and i - 2 >= floor and i < len(view) and is_cjk(view[i - 2]) and is_cjk(view[i])
    return not joined


def edge_word_before(view: str, i: int, floor: int) -> str | None:
    """The left-edge word that ends right before ``i``, if any."""
    for word in lexicon().left_edges.get(view[i - 1], ()):
        if i - len(word) >= floor and view.startswith(word, i - len(word)):
            return word
    return None


def opens_phrase(view: str, i: int, floor: int) -> bool:
    """Whether a phrase may start at ``i``: a hard edge or a left-edge word right before it."""
    return is_hard_edge(view, i, floor) or edge_word_before(view, i, floor) is not None


def phrase_start(view: str, end: int, floor: int, fits: Callable[[int, bool], bool]) -> int | None:
    """Start of the phrase that ends at ``end``: the nearest left edge where ``fits(start, soft)``.

    A soft edge, one character long, may also stand inside a word (经济部), so where
    the phrase after it does not fit, the scan goes on to the left; any other edge is final.
    """
    i = end
    while end - i <= MAX_PHRASE:
        if is_hard_edge(view, i, floor):
            return i if fits(i, False) else None
        edge = edge_word_before(view, i, floor)
        if edge is not None:
            soft = len(edge) == 1
            if fits(i, soft):
                return i
            if not soft:
                return None
        i -= 1
    return None


def opens_name(view: str, i: int, floor: int) -> bool:
    """Whether a name may start at ``i``: as a phrase may, but not right after a digit (100余人)."""
    before = view[i - 1] if i > floor else ""
    return not (before.isascii() and before.isalnum()) and opens_phrase(view, i, floor)


def starts_like_body(text: str) -> bool:
    """A level (区商务局), a short place before more of a name (西城区委, 德国驻华大使馆) or a starter."""
    lex = lexicon()
    if len(text) > 1 and text[0] in lex.levels:
        return True
    if text.startswith(lex.starters):
        return True
    place = lex.place.match(text)
    return place is not None and place.end() < len(text) and place.end() <= MAX_PLACE


def head_at_end(text: str) -> str | None:
    """The body head that ``text`` ends with (``委员会``, ``区委``, ``学院``), longest first."""
    lex = lexicon()
    for size in range(min(len(text), 6), 0, -1):
        tail = text[-size:]
        if tail in lex.heads or tail in lex.other_heads:
            return tail
    return None


def name_lengths(view: str, i: int) -> tuple[int, ...]:
    """Lengths a Chinese name starting at ``i`` may have: after a compound surname 3–4, else 2–3."""
    lex = lexicon()
    if view[i : i + 2] in lex.compound_surnames:
        return (3, 4)
    if i < len(view) and view[i] in lex.surnames:
        return (2, 3)
    return ()


def looks_like_name(text: str) -> bool:
    """A surname and a given name of the right length, all ideographs."""
    return len(text) in name_lengths(text, 0) and all(is_cjk(ch) for ch in text)


def stops_here(view: str, i: int, limit: int) -> bool:
    """Whether a name may end right before ``i``: the end, punctuation, or a stop word."""
    if i >= limit or not is_cjk(view[i]):
        return True
    return lexicon().stops.match(view, i) is not None


def chinese_name_end(view: str, i: int, limit: int) -> int | None:
    """End of the Chinese name that starts at ``i``, or None where none starts there."""
    ends = [
        i + size for size in name_lengths(view, i) if i + size <= limit and all(is_cjk(ch) for ch in view[i : i + size])
    ]
    for end in ends:
        if stops_here(view, end, limit):
            return end
    lex = lexicon()
    for end in ends:
        if lex.weak_stops.match(view, end):
            return end
    if not ends:
        return None
    token_ends = segment.token_ends(view[i : min(limit, i + 8)])
    for end in ends:
        if end - i in token_ends and not segment.is_common_word(view[i:end]):
            return end
    return None


def foreign_name_end(view: str, i: int, limit: int) -> int | None:
    """End of a transliterated name (让-吕克·范霍夫) starting at ``i``: its last part stops like a name."""
    lex = lexicon()
    match = lex.foreign_name.match(view, i, limit)
    if match is None:
        return None
    last = max(view.rfind(joiner, i, match.end()) for joiner in JOINERS) + 1
    for pattern in (lex.stops, lex.weak_stops):
        for end in range(last + 1, match.end()):
            if pattern.match(view, end):
                return end
    return match.end() if stops_here(view, match.end(), limit) else None


def name_end(view: str, i: int, limit: int) -> int | None:
    """End of the name (transliterated or Chinese) that starts at ``i``."""
    if i >= limit:
        return None
    return foreign_name_end(view, i, limit) or chinese_name_end(view, i, limit)


def last_name_part(name: str) -> str:
    """The family name of a transliterated name (范霍夫 of 让-吕克·范霍夫), which later mentions use."""
    cut = max(name.rfind(joiner) for joiner in JOINERS)
    return name[cut + 1 :]


def after_credit(view: str, i: int, floor: int) -> bool:
    """Whether the text right before ``i`` is a byline or credit word (记者, （责编：…）)."""
    j = i
    while j > floor and (view[j - 1].isspace() or view[j - 1] in "：:"):
        j -= 1
    return view[floor:j].endswith(lexicon().credits)
