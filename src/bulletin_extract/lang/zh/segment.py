"""jieba, where structure alone cannot decide: its dictionary says whether a
candidate name is an ordinary word, its tokenizer (one per process, built the
first time a document needs it, never at import) where a name ends.

Its user dictionary (``rules/zh/userdict.txt``) plus every position and role
verb of the rules, all at a frequency that jieba never cuts, keeps those words
whole, so the token before them ends a name.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from bulletin_extract.lang.zh.lexicon import lexicon
from bulletin_extract.rules import load_words

if TYPE_CHECKING:
    import jieba

#: A line of jieba's dictionary (word, frequency, part of speech) whose word is no person's name.
_ORDINARY_ENTRY = re.compile(r"^(\S+) \d+ (?!nr)", re.MULTILINE)
#: A dictionary line of two characters or more whose part of speech acts or qualifies (verb, adjective,
#: adverb, preposition, conjunction, particle): 支持, 落实, 认真 — never a place.
_ACTION_ENTRY = re.compile(r"^(\S{2,}) \d+ [vadpcu]\w*$", re.MULTILINE)
#: A dictionary line of two characters or more tagged as a place name (黄埔, 广州): a body's name may start so.
_PLACE_ENTRY = re.compile(r"^(\S{2,}) \d+ ns$", re.MULTILINE)
#: A dictionary line of two characters or more that points rather than names: a pronoun, a time, a
#: direction, a numeral or a measure (本次, 我市, 近期, 中方): never the seat of a body.
_POINTING_ENTRY = re.compile(r"^(\S{2,}) \d+ [rtfmq]\w*$", re.MULTILINE)
#: A dictionary line of two characters or more tagged as a proper noun other than a person's or a place's
#: name (宝日, 一卡通): jieba files many Mongolian and Tibetan name parts so, and some whole names as places.
_OTHER_PROPER_ENTRY = re.compile(r"^(\S{2,}) \d+ nz$", re.MULTILINE)
#: Frequency of the rule words: far above any ordinary word of jieba's dictionary.
RULE_WORD_FREQUENCY = 1_000_000


@cache
def tokenizer() -> jieba.Tokenizer:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokens = jieba.Tokenizer()
    tokens.initialize()
    for entry in load_words("zh", "userdict"):
        word, frequency, *_ = entry.split()
        tokens.add_word(word, int(frequency))
    lex = lexicon()
    for word in (*lex.positions, *lex.role_of_verb):
        tokens.add_word(word, RULE_WORD_FREQUENCY)
    return tokens


_ENTRIES = (_ORDINARY_ENTRY, _ACTION_ENTRY, _PLACE_ENTRY, _POINTING_ENTRY, _OTHER_PROPER_ENTRY)
WordSets = tuple[frozenset[str], ...]


@cache
def _dictionary_words() -> WordSets:
    """The word sets of jieba's dictionary (ordinary, action, place, pointing words), once per process:
    read back from the cache where an earlier run kept them, else found in the dictionary and kept."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("jieba")
    dictionary = Path(spec.origin).parent / "dict.txt"
    return words_through_cache(dictionary, cache_dir())


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "bulletin-extract"


def words_through_cache(dictionary: Path, folder: Path) -> WordSets:
    """Scanning the 5 MB dictionary takes about 0.4 s of every Chinese run's start; reading the sets
    back takes a quarter of that. The cache is plain text, named by the dictionary's size and time and
    by the patterns, so a new jieba or a changed pattern makes a new one; a cache that cannot be read
    or written is passed by."""
    stat = dictionary.stat()
    key = "|".join([str(dictionary), str(stat.st_size), str(stat.st_mtime_ns), *(e.pattern for e in _ENTRIES)])
    cached = folder / f"jieba-words-{hashlib.sha256(key.encode()).hexdigest()[:16]}.txt"
    try:
        sections = cached.read_text(encoding="utf-8").split("\f")
        if len(sections) == len(_ENTRIES):
            return tuple(frozenset(section.split("\n")) - {""} for section in sections)
    except (OSError, UnicodeDecodeError):
        pass
    text = dictionary.read_text(encoding="utf-8")
    words = tuple(frozenset(entry.findall(text)) for entry in _ENTRIES)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(f".{os.getpid()}.part")
        partial.write_text("\f".join("\n".join(w) for w in words), encoding="utf-8")
        partial.replace(cached)  # whole or not at all, also with several workers at once
    except OSError:
        pass
    return words


def ordinary_words() -> frozenset[str]:
    """The words of jieba's dictionary not tagged as a person's name (``nr…``)."""
    return _dictionary_words()[0]


def ends_with_action_word(text: str) -> bool:
    """Whether ``text`` ends with a verb, adjective, adverb … of jieba's dictionary (要支持, 认真落实):
    such a run before 区委 is the sentence around a body, not a place in its name."""
    actions = _dictionary_words()[1]
    return any(text[k:] in actions for k in range(len(text) - 1))


def holds_action_word(text: str) -> bool:
    """Whether ``text`` ends with a verb, adverb … of jieba's dictionary, or holds one of two to four
    characters (主动对接驻, 接待外): a clause, not a place such as 西城."""
    size = len(text)
    words = [text[a:b] for a in range(size - 1) for b in range(a + 2, min(a + 4, size) + 1)]
    words += [text[k:] for k in range(size - 4)]
    return not _dictionary_words()[1].isdisjoint(words)


def opens_with_place_word(text: str) -> bool:
    """Whether ``text`` starts with a place name of jieba's dictionary and goes on (黄埔海关)."""
    return not _dictionary_words()[2].isdisjoint([text[:k] for k in range(2, min(len(text), 6))])


def is_proper_noun(text: str, whole: bool) -> bool:
    """Whether ``text`` is a proper noun of jieba's dictionary other than a person's name (宝日), or a
    place name where it is the ``whole`` run looked at (亚历山德拉): jieba files many Mongolian and Tibetan
    names and their parts so. A place inside a longer run (松山 of a school named 松山…) is still a word of it."""
    words = _dictionary_words()
    return text in words[4] or (whole and text in words[2])


def opens_with_pointing_word(text: str) -> bool:
    """Whether ``text`` starts with a pronoun, time, direction or numeral of jieba's dictionary (本次, 我市)."""
    return not _dictionary_words()[3].isdisjoint([text[:k] for k in range(2, min(len(text), 4) + 1)])


def is_common_word(text: str) -> bool:
    """Whether ``text`` is an ordinary word of jieba's dictionary (双方, 关于): no name by itself."""
    return text in ordinary_words()


def word_starts(text: str) -> set[int]:
    """Offsets inside ``text`` where a word of two or more characters starts, by jieba's dictionary
    alone (no HMM guesses, which join a name to what follows it)."""
    starts, offset = set(), 0
    for token in tokenizer().cut(text, HMM=False):
        if len(token) > 1:
            starts.add(offset)
        offset += len(token)
    return starts
