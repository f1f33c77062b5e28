"""Where Chinese phrases begin and end, without word spaces to help.

A title or a body's name runs leftwards to a *left edge*: punctuation, a digit,
or a word that never occurs inside one (了, 由, 召开 …). A name runs rightwards
from a surname to a *stop*: punctuation, a role verb, a position, 同志, 等 …;
jieba decides only where neither says where the name ends: before the next word of its
dictionary.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from bulletin_extract.lang.zh import segment
from bulletin_extract.lang.zh.lexicon import CJK, INITIAL, JOINERS, lexicon

_JOINER = re.compile(f"[{re.escape(JOINERS)}]")
#: Quotation marks around a slogan inside a name (区推进“一带一路”建设工作领导小组): no word break.
_QUOTES = '“”"‘’「」'
_INNER = re.compile(f"[{re.escape(JOINERS + _QUOTES)}]")
_INITIAL = re.compile(f"[{INITIAL}]")
#: A country told apart from a namesake by one character in brackets (刚果（金）, 刚果（布）), right before 驻
#: (stationed in): the bracket is part of the country's name, no aside.
_BRACKETED_COUNTRY = re.compile(f"[{CJK}]{{2,6}}[（(][{CJK}][)）]")
_STATIONED = "驻"
#: What follows the digits of a date (2024年, 5月, 3日): no name runs across one.
_DATE_UNITS = frozenset("年月日号")
#: A note on a person right after the name: gender, ethnic group (（女）, （满族）, (女，布依族)).
#: A note on a person in brackets after the name: a few words (女，土家族) or the name in Latin letters.
_NOTE = re.compile(r"[（(](?:[\u4e00-\u9fff，,、]{1,10}|[A-Za-z][A-Za-z .'’\-]{1,40})[)）]")
_NOTE_OPENERS = "（("
#: The dots between the words of a transliterated name; a hyphen joins the parts of one word (某某-某某).
_NAME_DOT = re.compile("[·・•‧]")
#: A title or a body's name is never longer than this; a scan that runs further has lost its way.
MAX_PHRASE = 40
#: A name of four characters after a one-character surname (a Japanese name) ends only at a firm stop,
#: and does not start with an ordinary word (关于明天).
LONGEST_NAME = 4
#: A name with no Chinese surname (a Mongolian or Tibetan one written whole) has at most this many characters.
MAX_UNMARKED_NAME = 6
#: A run after a title that opens with a numeral is a count (局长一职), no name.
_NUMERALS = frozenset("一二三四五六七八九十百千万两几")
#: A place before a body's name (西城区, 巴登-符腾堡州) is a name of a few characters, not a clause.
MAX_PLACE = 8
#: The most characters of a named zone opening a body's name, zone word included (某某综合实验区, 某某经济技术开发区).
MAX_ZONE = 12


def is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_hard_edge(view: str, i: int, floor: int) -> bool:
    """Whether nothing at ``i - 1`` can belong to a word that goes on at ``i``."""
    if i <= floor:
        return True
    before = view[i - 1]
    if is_cjk(before):
        return False
    joined = before in JOINERS and i - 2 >= floor and i < len(view) and is_cjk(view[i - 2]) and is_cjk(view[i])
    return not joined


def _word_breaks(view: str, start: int, end: int) -> list[int]:
    """Where each run of characters that no word goes on across ends: characters that are not
    ideographs, but for a lone joiner or quotation mark between two ideographs (某某·某某, 巴登-符腾堡州,
    推进“一带一路”建设)."""
    runs = lexicon().not_ideographs.finditer(view, start, end)
    if _INNER.search(view, start, end) is None:  # most sentences: every run is a break
        ends = [run.end() for run in runs]
    else:
        ends = []
        for run in runs:
            i, j = run.span()
            inner = view[i] in JOINERS or view[i] in _QUOTES
            joined = j - i == 1 and inner and i > 0 and is_cjk(view[i - 1]) and j < end
            if not joined:
                ends.append(j)
    # a number's date unit ends a word too (2024年|驻沪领事团)
    return ends + [j + 1 for j in ends if j < end and view[j] in _DATE_UNITS and view[j - 1].isdigit()]


class Edges:
    """Where a phrase may start inside one sentence: after punctuation or a digit (hard), or after
    a left-edge word. A one-character edge word is soft: it may also stand inside a word (经济部,
    文化和旅游局), so where the phrase after it does not fit, a scan goes on to the left."""

    def __init__(self, view: str, start: int, end: int) -> None:
        self.view = view
        lex = lexicon()
        not_edges = lex.not_edges
        soft_after = dict.fromkeys([start, *_word_breaks(view, start, end)], False)
        inside_until = start  # the end of a word that holds edge words but is none (人民代表)
        search = lex.edge_words.search
        match = search(view, start, end)
        while match is not None:
            word = match.group()
            at = match.start()
            if word in not_edges:
                inside_until = at + len(word)
            elif at >= inside_until:
                # where a longer edge word ends too (会同 holds 同), the edge is firm
                soft_after[at + len(word)] = len(word) == 1 and soft_after.get(at + len(word), True)
            match = search(view, at + 1, end)
        self.soft_after = soft_after
        self.marks = sorted(soft_after)

    def opens(self, i: int) -> bool:
        """Whether a phrase may start at ``i``."""
        return i in self.soft_after

    def after_soft_edge(self, i: int) -> bool:
        """Whether the edge before ``i`` is a one-character word, which may end a longer word (有关)."""
        return self.soft_after.get(i, False)

    def opens_name(self, i: int) -> bool:
        """Whether a name may start at ``i``: as a phrase may, but not right after a digit (100余人)."""
        before = self.view[i - 1] if i > 0 else ""
        return self.opens(i) and not (before.isascii() and before.isalnum())

    def phrase_start(self, end: int, fits: Callable[[int, bool], bool]) -> int | None:
        """Start of the phrase that ends at ``end``: the nearest edge where ``fits(start, soft)``;
        where a hard edge does not fit, there is no phrase."""
        index = bisect.bisect_right(self.marks, end) - 1
        while index >= 0 and end - self.marks[index] <= MAX_PHRASE:
            i = self.marks[index]
            soft = self.soft_after[i]
            if fits(i, soft):
                return i
            if not soft:
                return None
            index -= 1
        return None


def before_bracketed_country(view: str, edges: Edges, start: int) -> int:
    """Where a phrase that starts at 驻 right after a country's bracket (刚果（金）[驻华大使馆]) starts with the
    country: ``start`` itself where no such country stands before it."""
    if not (view.startswith(_STATIONED, start) and view[start - 1 : start] in "）)"):
        return start
    country = _BRACKETED_COUNTRY.search(view, max(0, start - 10), start)
    if country is None or country.end() != start:
        return start
    opening = start - 3
    before = edges.phrase_start(opening, lambda i, soft: True)
    return before if before is not None and country.start() <= before < opening else start


def edge_inside_word(view: str, i: int) -> bool:
    """Whether the one-character edge before ``i`` makes a word with the character after it (和平区,
    对外联络部, 对接): no name starts inside a word. A head or a position of the rules starting at ``i``
    outranks jieba's word (与[会馆]名誉会长), and so does a place name where jieba's segmentation starts it
    there (以[德国]…议员 against 以德, but 对外联络部 against 外联)."""
    if not segment.is_common_word(view[i - 1 : i + 1]):
        return False
    lex = lexicon()
    term = lex.terms.match(view, i)
    if term is not None and term.group() in lex.term_kinds:
        return False
    after = view[i - 1 : i + MAX_PLACE]
    return not (segment.opens_with_place_word(after[1:]) and 1 in segment.word_starts(after))


def starts_like_body(text: str) -> bool:
    """A level (区商务局), a zone written as a level (实验区经济发展局), a short place before more of a name
    (西城区委, 德国驻华大使馆, 黄埔海关) or a starter; never a generic reference (外国商会)."""
    lex = lexicon()
    if len(text) > 1 and text[0] in lex.levels:
        return True
    if text.startswith(lex.generic_starts):
        return False
    if text.startswith(lex.starters) or text.startswith(lex.zone_words) or _zone_before_more(text):
        return True
    place = lex.place.match(text)
    if place is not None and place.end() < len(text) and place.end() <= MAX_PLACE:
        stem = text[: place.end("stem")]
        # a bare 国 (国际医疗部) or an institution before it (医院国际医疗部) is no country
        bare = place.end() == 1  # 国 alone, not 驻沪
        return not bare and not segment.holds_action_word(stem) and stem[-2:] not in lex.other_heads
    return segment.opens_with_place_word(text)


def _zone_before_more(text: str) -> bool:
    """Whether a named zone opens the name, as its level (平潭综合实验区台港澳事务办公室, 某某经济开发区财政局)."""
    for word in lexicon().zone_words:
        k = text.find(word, 1, MAX_ZONE)
        if k != -1 and k + len(word) < len(text):
            place = text[:k]
            return segment.opens_with_place_word(place) or not segment.holds_action_word(place)
    return False


def head_at_end(text: str) -> str | None:
    """The body head that ``text`` ends with (``委员会``, ``区委``, ``学院``), longest first."""
    lex = lexicon()
    for size in range(min(len(text), 6), 0, -1):
        tail = text[-size:]
        if tail in lex.heads or tail in lex.other_heads:
            return tail
    return None


def name_lengths(view: str, i: int) -> tuple[int, ...]:
    """Lengths a Chinese name starting at ``i`` may have: after a compound surname 3–4, else 2–3; after a
    Japanese family name of two or three characters, a given name of one to three more."""
    lex = lexicon()
    if i < len(view) and view[i] in lex.japanese_initials:
        for size in (3, 2):
            if view[i : i + size] in lex.japanese_surnames:
                chinese = (2, 3) if view[i] in lex.surnames else ()
                return tuple(sorted({*chinese, *range(size + 1, size + 4)}))
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
    """End of the Chinese name that starts at ``i``, or None where none starts there: never at a role
    verb whose first character is a surname too (区长强调: 强 is a surname)."""
    if opens_with_role_verb(view, i):
        return None
    ends = [
        i + size for size in name_lengths(view, i) if i + size <= limit and all(is_cjk(ch) for ch in view[i : i + size])
    ]
    for end in ends:
        if stops_here(view, end, limit) and not _stop_spans_end(view, end):
            return end
    if not ends:
        return None
    longest = i + LONGEST_NAME
    lex = lexicon()
    if (
        longest <= limit
        and all(is_cjk(ch) for ch in view[i:longest])
        and stops_here(view, longest, limit)
        and (longest >= limit or view[longest] not in JOINERS)  # 某某为[某·某某]: the last one opens a foreign name
        and not segment.is_common_word(view[i : i + 2])
        and lex.weak_stops.match(view, longest - 1) is None  # 某某某于4月…: 于 is no part of the name
    ):
        return longest
    for end in ends:
        if lex.weak_stops.match(view, end):
            return end
    # no stop within four characters: a name of more, written whole up to a firm stop, is a Mongolian or
    # Tibetan one that happens to open with a surname (副市长某和巴雅尔主持)
    whole = unmarked_name_end(view, i, limit)
    if whole is not None and whole - i > LONGEST_NAME:
        return whole
    word_starts = segment.word_starts(view[i : min(limit, i + 8)])
    for end in ends:
        if end - i in word_starts and not segment.is_common_word(view[i:end]):
            return end
    return None


def _stop_spans_end(view: str, end: int) -> bool:
    """Whether a stop word of three characters or more opens on the last character before ``end``
    (外交部领事司[副处长]): the character is part of the position, no given name of one character."""
    match = lexicon().stops.match(view, end - 1)
    return match is not None and match.end() > end + 1


def opens_with_role_verb(view: str, i: int) -> bool:
    """Whether a role verb of two characters or more starts at ``i`` (强调, 通报)."""
    lex = lexicon()
    match = lex.verbs.match(view, i)
    return match is not None and len(match.group()) > 1 and match.group() in lex.role_of_verb


def foreign_name_end(view: str, i: int, limit: int) -> int | None:
    """End of a transliterated name (某-某某·某某) starting at ``i``: its last part stops like a name."""
    lex = lexicon()
    match = lex.foreign_name.match(view, i, limit)
    if match is None:
        return None
    last = match.end() - len(last_name_part(match.group()))
    if any(lex.stops.match(view, k) for k in range(i + 1, last)):
        return None  # a verb or a position inside: a clause that reaches a hyphenated place, not a name
    first_part_end = _JOINER.search(view, i, match.end()).start()
    if any(lex.weak_stops.match(view, k) and looks_like_name(view[i:k]) for k in range(i + 2, first_part_end)):
        return None  # a Chinese name, then 为 or 向 and a transliterated one (某某为某·某某颁发证书)
    for pattern in (lex.stops, lex.weak_stops):
        for end in range(last + 1, match.end()):
            if pattern.match(view, end):
                return end
    return match.end() if stops_here(view, match.end(), limit) else None


def _initial_before(view: str, i: int, floor: int) -> bool:
    """Whether a middle initial and its joiners end right before ``i`` (某某·T·|某某), after a part of the name."""
    return (
        i - 3 > floor
        and view[i - 1] in JOINERS
        and _INITIAL.fullmatch(view[i - 2]) is not None
        and view[i - 3] in JOINERS
        and is_cjk(view[i - 4])
    )


def foreign_name_before(view: str, i: int, floor: int) -> int | None:
    """Start of a transliterated name that fills the clause up to ``i`` (…，某某·某某表示)."""
    if _JOINER.search(view, max(floor, i - MAX_PHRASE), i) is None:
        return None
    start = i
    while True:
        if _initial_before(view, start, floor):
            start -= 3  # past the initial and its joiners
        elif not is_hard_edge(view, start, floor):
            start -= 1
        else:
            break
    lex = lexicon()
    if lex.foreign_name.fullmatch(view, start, i) is None:
        return None
    # a clause that holds a stop (某某对某·某总领事一行) is a name and more, not a name
    return None if any(lex.stops.match(view, k, i) for k in range(start + 1, i)) else start


def foreign_name_start(view: str, start: int, end: int) -> int:
    """Where the transliterated name of the clause ``view[start:end]`` starts after the words before it
    (英国商人[詹姆斯·史密斯]): after the last ordinary word of jieba's dictionary that leaves some of the given name."""
    given_end = _JOINER.search(view, start, end).start()
    offset = start
    for token in segment.tokenizer().cut(view[start:given_end], HMM=False):
        offset += len(token)
        if len(token) > 1 and offset < given_end and segment.is_common_word(token):
            start = offset
    return start


def unmarked_name_end(view: str, i: int, limit: int) -> int | None:
    """End of a name with no Chinese surname right after a title (a Mongolian or Tibetan name written
    whole, up to the comma): ideographs up to a firm stop, no verb or adverb among them, no verb of arrival
    first, no conjunction first (负责人和即将出境的…: 和 joins a second noun to the title), and at most half of them
    ordinary words (主任办公会议 is no name; a Mongolian name may hold 木格 by chance, and jieba files some
    whole or in parts as proper nouns, 亚历山德拉, 宝日, which are no ordinary words here)."""
    stop = next((k for k in range(i, min(limit, i + MAX_UNMARKED_NAME) + 1) if stops_here(view, k, limit)), None)
    if stop is None or stop - i < 2 or not all(is_cjk(ch) for ch in view[i:stop]):
        return None
    run = view[i:stop]
    lex = lexicon()
    # 局长一职 (but 新田八朗); 副部长来湘调研
    if segment.holds_action_word(run) or run[0] in _NUMERALS or run[0] in lex.arrivals or lex.weak_stops.match(run):
        return None
    words = segment.tokenizer().lcut(run, HMM=False)
    ordinary = sum(
        len(word)
        for word in words
        if len(word) > 1 and segment.is_common_word(word) and not segment.is_proper_noun(word, whole=word == run)
    )
    return stop if 2 * ordinary <= len(run) else None


def name_end(view: str, i: int, limit: int) -> int | None:
    """End of the name (transliterated or Chinese) that starts at ``i``."""
    if i >= limit:
        return None
    return foreign_name_end(view, i, limit) or chinese_name_end(view, i, limit)


def after_honorific(view: str, i: int, limit: int) -> int:
    """Where the name after a title starts past an honorific written before it (会长拿督某某): ``i`` itself
    where none stands there or no name follows it."""
    if not view.startswith(lexicon().honorifics_before, i):
        return i
    start = i + next(len(h) for h in lexicon().honorifics_before if view.startswith(h, i))
    return start if name_end(view, start, limit) is not None else i


def after_note(view: str, i: int, limit: int) -> int:
    """Where the text after a name goes on past a bracketed note on the person (某某（女，土家族）、某某):
    ``i`` itself where no short note opens there."""
    match = _NOTE.match(view, i, limit)
    return match.end() if match is not None else i


def before_note(view: str, i: int, floor: int) -> int:
    """Where the text before ``i`` goes back past a bracketed note on the person (某·某（Latin name）表示):
    ``i`` itself where no note ends there."""
    if i <= floor or view[i - 1] not in "）)":
        return i
    opening = max(view.rfind(bracket, floor, i) for bracket in _NOTE_OPENERS)
    return opening if opening >= floor and _NOTE.fullmatch(view, opening, i) else i


def unmistakable_name(name: str) -> bool:
    """Whether a known name is no start of a longer word wherever it stands, even before a word that
    ends no name (某某·某某感谢): a transliterated name with its joiners, or one of four characters or more."""
    return len(name) >= LONGEST_NAME or _JOINER.search(name) is not None


def last_name_part(name: str) -> str:
    """The family name of a transliterated name (某某 of 某-某某·某某), which later mentions use."""
    return _JOINER.split(name)[-1]


def short_names(name: str) -> list[str]:
    """What later mentions of a transliterated name use: its family name with its particles and hyphens
    (冯·德尔·某某 of 某某·冯·德尔·某某, 某某-某某 of 某某·某某-某某), its last part (某某 of
    某-某某·某某), the middle one of three words (a Spanish name's first family name) and, in a patronymic name
    (某某·宾·某某: 宾 = bin), the personal name that comes first."""
    parts = _JOINER.split(name)
    if len(parts) == 1:
        return []
    lex = lexicon()
    if any(part in lex.patronymic_particles for part in parts[1:-1]):
        return [parts[-1], parts[0]]
    words = _NAME_DOT.split(name)
    first = len(words) - 1
    while first > 1 and words[first - 1] in lex.family_particles:
        first -= 1
    if first == len(words) - 1 and first > 1 and len(words[first]) == 1:
        first -= 1  # a one-character family name goes with the word before it (某某·汗 of 某某·某某·汗)
    family = name[len(name) - len("·".join(words[first:])) :] if first > 0 else parts[-1]
    found = [family, parts[-1]] if family != parts[-1] else [family]
    if len(words) == 3 and first == 2 and len(words[1]) > 1 and "-" not in words[1]:
        # a Spanish name's father's family name is used alone (某某·某某斯·某某, later 某某斯大使)
        found.append(words[1])
    return found


def after_credit(view: str, i: int, floor: int) -> bool:
    """Whether the text right before ``i`` is a byline or credit word (记者, （责编：…）)."""
    j = i
    while j > floor and (view[j - 1].isspace() or view[j - 1] in "：:"):
        j -= 1
    return view[floor:j].endswith(lexicon().credits)
