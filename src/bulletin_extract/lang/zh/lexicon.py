"""The Chinese entity rules (``rules/zh``), loaded and compiled once per process.

Word lists say what a title, a body, a name and a role look like; this module
only turns them into sets and longest-first regular expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from bulletin_extract.rules import alternation, load_toml, load_words

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Characters that join the parts of a transliterated name or place (某-某某·某某, 巴登-符腾堡州).
JOINERS = "·・•‧-‐－"
_JOIN = re.escape(JOINERS)
#: Punctuation that separates clauses: a subject stands right after one.
CLAUSE_BREAKS = frozenset("，,；;：:。！？!?")
#: A middle initial inside a transliterated name (某某·T·某某, 某某·T·T·某某): one Latin capital between two
#: joiners, before another part or another initial.
INITIAL = "A-ZＡ-Ｚ"
#: The most characters one word of a transliterated name has.
LONGEST_FOREIGN_WORD = 8
_FOREIGN_NAME = re.compile(
    f"[{CJK}]{{1,{LONGEST_FOREIGN_WORD}}}(?:[{_JOIN}](?:[{CJK}]{{1,{LONGEST_FOREIGN_WORD}}}|[{INITIAL}](?=[{_JOIN}][{CJK}{INITIAL}])))+"
)


class Term(NamedTuple):
    start: int
    end: int
    word: str
    #: ``position``, ``head`` (of a government or Party body) or ``other_head`` (学院, 公司 …).
    kind: str


@dataclass(frozen=True)
class Lexicon:
    positions: frozenset[str]
    term_kinds: dict[str, str]
    heads: frozenset[str]
    #: Heads that are a level and its core (区委, 市人民政府): what ends with one is a level body.
    level_heads: frozenset[str]
    other_heads: frozenset[str]
    #: Heads of companies, whose names may hold their seat in brackets (某某（中国）有限公司).
    company_heads: tuple[str, ...]
    abbreviation_heads: tuple[str, ...]
    #: A federation of associations (同乡会总会): the association named inside is no body of its own.
    federation_heads: tuple[str, ...]
    committee_groups: frozenset[str]
    #: A level body after one of these (团市委, 民盟区委) is as bare as 市委: an abbreviation.
    bare_level_bodies: tuple[str, ...]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    japanese_surnames: frozenset[str]
    #: Their first characters: a cheap test before the slices.
    japanese_initials: frozenset[str]
    #: Where a phrase may start: after a left-edge word (searched for again one character after each
    #: start, so that overlapping ones are all found) or after a run of characters that break words.
    edge_words: re.Pattern
    #: Runs of characters that are not ideographs; a lone joiner between two ideographs breaks no word.
    not_ideographs: re.Pattern
    #: Words ``edge_words`` finds so that the edge words inside them are skipped.
    not_edges: frozenset[str]
    credits: tuple[str, ...]
    #: Verbs of arrival (来湘调研): no name written whole opens with one.
    arrivals: frozenset[str]
    #: Honorifics written before a name (拿督某某).
    honorifics_before: tuple[str, ...]
    #: Verbs of taking up a post (担任): the title after one is the named subject's.
    taking_posts: tuple[str, ...]
    appointing_verbs: tuple[str, ...]
    #: Adverbs of a shared act (先后发言): a transliterated name may end before one.
    shared_act_adverbs: tuple[str, ...]
    patronymic_particles: frozenset[str]
    family_particles: frozenset[str]
    prepositions: frozenset[str]
    starters: tuple[str, ...]
    party_groups: tuple[str, ...]
    seat_named_heads: tuple[str, ...]
    zone_words: tuple[str, ...]
    zone_heads: tuple[str, ...]
    #: A Party committee at a level (市委, 区委员会) inside a name: what holds one is a Party body.
    level_party_committee: re.Pattern
    #: The abbreviations of a level's Party committee (市委, 区委).
    level_party_committees: tuple[str, ...]
    #: Any of the words never inside a body's name.
    not_in_name: re.Pattern
    generic_starts: tuple[str, ...]
    generic_determiners: tuple[str, ...]
    #: Words naming which term of a body is meant (新一届), before its name and not part of it.
    term_words: tuple[str, ...]
    #: Words that date a title to a post held before, at its start (原, 时任) or before its position (前).
    past_before: tuple[str, ...]
    past_after: tuple[str, ...]
    after_head_not_in_names: tuple[str, ...]
    member_nouns: tuple[str, ...]
    #: Long core → the short form a later mention uses (人民政府 → 政府).
    short_forms: dict[str, str]
    #: Word orders a later mention turns round (政协大连市委员会 → 大连市政协).
    short_patterns: tuple[tuple[re.Pattern, str], ...]
    head_overlaps: tuple[str, ...]
    levels: frozenset[str]
    #: The one-character levels and those written as a word (街道).
    all_levels: tuple[str, ...]
    role_of_verb: dict[str, str]
    lead_roles: dict[str, str]
    #: A labelled line of minutes (主持：, 出席：, 请假：…) at the start of a line.
    labelled_line: re.Pattern
    #: The label of a line of minutes that names officials (not a credit), its colon and white space.
    name_label: re.Pattern
    trail_roles: dict[str, str]
    #: Verbs of hearing (听取): the officials between one and a trail (…的汇报) are those heard.
    hearing: tuple[str, ...]
    #: Words that date a title to a past event (时任): its holder did nothing at the event reported.
    then_posts: tuple[str, ...]
    meeting_verbs: frozenset[str]
    #: 作, words of one clause, then 的 and a speech (作县人民政府关于…的报告).
    made_speech: re.Pattern
    not_speech_makers: frozenset[str]
    #: Words of a wish or a plan: a role verb after one in its clause was not done at the event.
    wishes: re.Pattern
    noun_before: str
    noun_after: tuple[str, ...]
    group_labels: tuple[str, ...]
    pronouns: tuple[str, ...]
    list_joiners: frozenset[str]
    co_agents: frozenset[str]
    co_agent_adverbs: tuple[str, ...]
    #: What an official named right after is the subject of: a group label, 由, a time word or adverb.
    subject_openers: tuple[str, ...]
    other_subjects: tuple[str, ...]
    #: Words that point back to a title named before (该市长).
    demonstratives: tuple[str, ...]
    #: The side a guest stands for, before a title (日方).
    sides: tuple[str, ...]
    #: Positions, heads and the words that only look like heads, longest first: one scan finds them all.
    terms: re.Pattern
    #: Role verbs, and the words that only contain one.
    verbs: re.Pattern
    #: What may follow a name: strong endings, then weak ones.
    stops: re.Pattern
    weak_stops: re.Pattern
    level_body: re.Pattern
    place: re.Pattern
    group_label: re.Pattern
    #: A position given to the person named before it, or their heading a group (为团长, 为首).
    given_position: re.Pattern
    #: The last part of a transliterated name and an honorific after it (·某某先生): group 1 is the honorific.
    honoured_foreign_name: re.Pattern
    #: A pronoun or a subject that is no official, at a sentence start (``opener``) or after a clause break.
    opener: re.Pattern
    clause_opener: re.Pattern
    foreign_name: re.Pattern = _FOREIGN_NAME

    def find_terms(self, view: str, start: int, end: int) -> list[Term]:
        """Positions and heads of ``view[start:end]`` in text order (look-alikes such as 部门 dropped)."""
        kinds = self.term_kinds
        return [
            Term(m.start(), m.end(), word, kind)
            for m in self.terms.finditer(view, start, end)
            if (kind := kinds.get(word := m.group())) is not None
        ]


def trie_alternation(words: list[str]) -> str:
    """A regex matching any of ``words``, longest first, as a character trie (区(?:委(?:办)?|长)…):
    several times faster than a flat alternation of hundreds of words, which tries each in turn."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        if "" not in node:
            return body
        return f"(?:{body})?" if len(body) > 1 else f"{body}?"

    if not any(words):
        raise ValueError("an empty word list")
    return pattern(trie)


def _qualified(positions: list[str], modifiers: list[str]) -> list[str]:
    """The positions, and each written after a modifier (代理检察长, 名誉会长, 第一副市长)."""
    return list(dict.fromkeys([*positions, *(m + p for m in modifiers for p in positions if not p.startswith(m))]))


@cache
def lexicon() -> Lexicon:
    bodies = load_toml("zh", "bodies")
    roles = load_toml("zh", "roles")
    names = load_toml("zh", "names")
    # a member's seat (代表 of 市人大代表) is a position too, but only after its body (see titles.py)
    positions = _qualified(load_words("zh", "positions"), load_words("zh", "position_modifiers"))
    positions += [noun for noun in bodies["member_nouns"] if noun not in positions]
    surnames = load_words("zh", "surnames")
    levels, cores = bodies["levels"], bodies["level_cores"]
    all_levels = [*levels, *bodies["word_levels"]]
    level_heads = [level + core for level in all_levels for core in cores]
    # 区政府办 is a level body, but 区政府办公室 is an office in full: matched whole, not cut after 办
    offices = [head + "公室" for head in level_heads if head.endswith("办")]
    heads = [*bodies["heads"], *level_heads, *offices]
    role_of_verb = {verb: role for role, verbs in roles["verbs"].items() for verb in verbs}
    lead_roles = {phrase: role for role, phrases in roles["leads"].items() for phrase in phrases}
    # a group of leaders named between 的 and 有 (出席会议的市领导有：…) leaves the lead a lead
    leaders = [label for label in roles["group_labels"] if label.endswith("领导")]
    lead_roles |= {
        phrase.removesuffix(has) + label + has: role
        for phrase, role in list(lead_roles.items())
        for has in ("还有", "有")
        if phrase.endswith("的" + has)
        for label in leaders
    }
    labels = roles["labels"]
    lead_roles |= {label + colon: role for role in ("chair", "attendee") for label in labels[role] for colon in "：:"}
    trail_roles = {phrase: role for role, phrases in roles["trails"].items() for phrase in phrases}
    given_positions = [*(word + p for word in names["as_position"] for p in positions), *names["heading"]]
    stops = [*names["stops"], *names["honorifics"], *role_of_verb, *positions, *given_positions]
    openers = trie_alternation([*roles["pronouns"], *roles["other_subjects"]])
    not_edges = [*names["not_edges"], *bodies["ministries"]]
    edges = [*names["left_edges"], *names["demonstratives"], *names["sides"], *names["clause_openers"], *not_edges]
    return Lexicon(
        positions=frozenset(positions),
        term_kinds={
            **dict.fromkeys(bodies["other_heads"], "other_head"),
            **dict.fromkeys(heads, "head"),
            **dict.fromkeys(positions, "position"),
        },
        heads=frozenset(heads),
        level_heads=frozenset(level_heads),
        other_heads=frozenset(bodies["other_heads"]),
        company_heads=tuple(bodies["company_heads"]),
        federation_heads=tuple(bodies["federation_heads"]),
        committee_groups=frozenset(bodies["committee_groups"]),
        abbreviation_heads=tuple(bodies["abbreviation_heads"]),
        bare_level_bodies=(*all_levels, *(p + level for p in bodies["level_body_prefixes"] for level in all_levels)),
        surnames=frozenset(s for s in surnames if len(s) == 1),
        compound_surnames=frozenset(s for s in surnames if len(s) == 2),
        japanese_surnames=frozenset(names["japanese_surnames"]),
        japanese_initials=frozenset(name[0] for name in names["japanese_surnames"]),
        edge_words=re.compile(trie_alternation(edges)),
        not_ideographs=re.compile(f"[^{CJK}]+"),
        not_edges=frozenset(not_edges),
        credits=tuple(names["credits"]),
        arrivals=frozenset(names["arrivals"]),
        honorifics_before=tuple(sorted(names["honorifics_before"], key=len, reverse=True)),
        taking_posts=tuple(sorted(names["taking_posts"], key=len, reverse=True)),
        appointing_verbs=tuple(names["appointing_verbs"]),
        shared_act_adverbs=tuple(names["shared_act_adverbs"]),
        patronymic_particles=frozenset(names["patronymic_particles"]),
        family_particles=frozenset(names["family_particles"]),
        prepositions=frozenset(names["prepositions"]),
        demonstratives=tuple(names["demonstratives"]),
        sides=tuple(names["sides"]),
        starters=(*bodies["starters"], *bodies["ministries"]),
        party_groups=tuple(bodies["party_groups"]),
        seat_named_heads=tuple(bodies["seat_named_heads"]),
        zone_words=tuple(bodies["zone_words"]),
        zone_heads=tuple(bodies["zone_heads"]),
        level_party_committee=re.compile(f"(?:{alternation(all_levels)})委"),
        level_party_committees=tuple(level + "委" for level in all_levels),
        not_in_name=re.compile(alternation(bodies["not_in_names"])),
        generic_starts=(
            *bodies["generic_starts"],
            *(pointer + level for pointer in bodies["pointing_determiners"] for level in all_levels),
        ),
        generic_determiners=tuple(bodies["generic_determiners"]),
        term_words=tuple(bodies["term_words"]),
        past_before=tuple(bodies["past_before"]),
        past_after=tuple(bodies["past_after"]),
        after_head_not_in_names=tuple(bodies["after_head_not_in_names"]),
        member_nouns=tuple(bodies["member_nouns"]),
        short_forms=bodies["short_forms"],
        short_patterns=tuple((re.compile(pattern), short) for pattern, short in bodies["short_patterns"].items()),
        head_overlaps=tuple(bodies["head_overlaps"]),
        levels=frozenset(levels),
        all_levels=tuple(all_levels),
        role_of_verb=role_of_verb,
        lead_roles=lead_roles,
        name_label=re.compile(
            rf"\s*(?:{trie_alternation([*labels['chair'], *labels['attendee'], *labels['absent']])})\s*[：:]\s*"
        ),
        labelled_line=re.compile(
            rf"\s*(?:{trie_alternation([w for words in labels.values() for w in words])})\s*[：:]"
        ),
        trail_roles=trail_roles,
        hearing=tuple(roles["hearing"]),
        then_posts=tuple(roles["then_posts"]),
        meeting_verbs=frozenset(roles["meeting_verbs"]),
        not_speech_makers=frozenset(roles["not_speech_makers"]),
        made_speech=re.compile(
            rf"作了?[^{re.escape(''.join(CLAUSE_BREAKS))}]{{1,40}}?的(?:{alternation(roles['made_speeches'])})"
        ),
        wishes=re.compile(trie_alternation(roles["wishes"])),
        noun_before=roles["noun_before"],
        noun_after=tuple(roles["noun_after"]),
        group_labels=tuple(roles["group_labels"]),
        pronouns=tuple(roles["pronouns"]),
        list_joiners=frozenset(roles["list_joiners"]),
        co_agents=frozenset(roles["co_agents"]),
        co_agent_adverbs=tuple(roles["co_agent_adverbs"]),
        subject_openers=(*roles["group_labels"], *roles["agents"], *names["clause_openers"]),
        other_subjects=tuple(roles["other_subjects"]),
        terms=re.compile(trie_alternation([*positions, *heads, *bodies["other_heads"], *bodies["not_heads"]])),
        verbs=re.compile(trie_alternation([*role_of_verb, *lead_roles, *trail_roles, *roles["not_verbs"]])),
        stops=re.compile(trie_alternation(stops)),
        weak_stops=re.compile(trie_alternation(names["weak_stops"])),
        level_body=re.compile(f"(?:[{CJK}{_JOIN}]*?)(?:{alternation(all_levels)})(?:{alternation(cores)})"),
        place=re.compile(f"(?P<stem>[{CJK}{_JOIN}]*?)(?:{_place_suffixes(bodies)})"),
        group_label=re.compile(trie_alternation(roles["group_labels"])),
        given_position=re.compile(trie_alternation(given_positions)),
        honoured_foreign_name=re.compile(f"[{_JOIN}][{CJK}]{{1,8}}?({alternation(names['honorifics'])})"),
        opener=re.compile(rf"\s*({openers})"),
        clause_opener=re.compile(rf"(?<=[{re.escape(''.join(CLAUSE_BREAKS))}])\s*({openers})"),
    )


def _place_suffixes(bodies: dict) -> str:
    """The place suffixes as one alternation, each but where it ends a word that is no place (同乡)."""
    suffixes = sorted(bodies["place_suffixes"], key=len, reverse=True)
    words = bodies["not_places"]
    return "|".join(
        "".join(f"(?<!{re.escape(w[: -len(x)])})" for w in words if w.endswith(x) and len(w) > len(x)) + re.escape(x)
        for x in suffixes
    )
