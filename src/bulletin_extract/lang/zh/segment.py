"""jieba, where structure alone cannot decide: one tokenizer per process, built
the first time a Chinese document needs it (never at import).

Its user dictionary (``rules/zh/userdict.txt``) plus every position and role
verb of the rules, all at a frequency that jieba never cuts, keeps those words
whole, so the token before them ends a name.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import TYPE_CHECKING

from bulletin_extract.lang.zh.lexicon import lexicon
from bulletin_extract.rules import load_words

if TYPE_CHECKING:
    import jieba

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


def is_common_word(text: str) -> bool:
    """Whether ``text`` is a word of jieba's dictionary (双方, 关于, 高峰): no name by itself."""
    return tokenizer().FREQ.get(text, 0) > 0


def token_ends(text: str) -> set[int]:
    """Offsets inside ``text`` where a jieba token ends (dictionary only, no HMM guesses)."""
    ends, offset = set(), 0
    for token in tokenizer().cut(text, HMM=False):
        offset += len(token)
        ends.add(offset)
    return ends
