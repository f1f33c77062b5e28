"""The English entity rules (``rules/en``), loaded and compiled once per process."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import product

from bulletin_extract.lang.en.matcher import Rule, SpanMatcher
from bulletin_extract.rules import alternation, load_toml, load_words

#: Upper-case letters that may open a capitalised word (ASCII, Latin-1 and common Latin Extended-A).
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0106\u010c\u0110\u0141\u0143\u0152\u0158\u015a\u0160\u0179\u017b\u017d"
#: Words inside a capitalised phrase: "Foreign Affairs Committee of the CPC Beijing Municipal Committee",
#: "Association for Friendship with Foreign Countries".
CONNECTIVES = frozenset({"of", "the", "and", "for", "in", "to", "as", "with"})
WORD_END = r"(?![\w'’\-])"
#: Characters of a description in apposition, between commas: "<name>, a teacher from Italy who has taught at
#: <school> for six years, spoke"; a list of names may stand in it ("a farmer from <place> Hani, Yi and Dai
#: Autonomous County,").
MAX_DESCRIPTION = 100


def word_alternation(patterns: list[str]) -> str:
    """Whole words matching any of ``patterns`` (each opening with a literal letter), longest
    first. The pattern leads with the class of opening letters so that re scans for them at C
    speed; look-behinds then check what came before the word and which letter opened it."""
    ordered = sorted(set(patterns), key=len, reverse=True)
    letters = "".join(sorted({p[0] for p in ordered}))
    branches = "|".join(f"(?<={p[0]}){p[1:]}" for p in ordered)
    return f"[{letters}](?<![\\w'’\\-].)(?:{branches}){WORD_END}"


def fold(word: str) -> str:
    """A word as compared: case and apostrophes folded."""
    return word.replace("’", "'").casefold()


@dataclass(frozen=True)
class Lexicon:
    #: A capitalised phrase: capitalised words joined by spaces and connectives or name particles.
    chunk: re.Pattern
    #: Modifiers and a core at a given position: groups ``core`` and ``plural``.
    position: re.Pattern
    #: A position written in lower case in apposition, as news copy writes titles after a name (group
    #: ``position``): "<name>, mayor of <city>,", "<name>, the city's Party chief,", "… and mayor of <city>".
    lower_positions: tuple[re.Pattern, ...]
    #: The last word of a position in lower case, before a capitalised word (a name, maybe).
    lower_core_end: re.Pattern
    #: A position in lower case that ends where the search ends (group ``position``).
    lower_position_ending: re.Pattern
    #: Positions that news copy writes in lower case even on pages that capitalise others ("Party chief").
    lower_idioms: tuple[str, ...]
    #: Labels "head" (rule = head group), "after"/"before" (rule = role or "inherit").
    matcher: SpanMatcher
    honorific_before: re.Pattern
    honorific_gender: dict[str, str]
    #: Honorifics of several words, which may open a name's phrase ("Tan Sri <name>"), as word tuples by
    #: their first word.
    honorific_phrases: dict[str, list[tuple[str, ...]]]
    pronoun_gender: dict[str, str]
    pronoun: re.Pattern
    #: An object pronoun ("briefed her on"), whose gender is in ``pronoun_gender``.
    object_pronoun: re.Pattern
    list_cue_before: re.Pattern
    #: A group named long before its cue: "Attending were officials of A, B and C, among them …".
    long_list_cue: re.Pattern
    list_group: re.Pattern
    #: What may stand between a subject and its verb: commas (maybe after an abbreviation's full stop:
    #: "… Co., Ltd., spoke"), an abbreviation in brackets, a description in apposition ("X, an Italian
    #: guest, attended"), adverbs ("A and B, among others, spoke").
    adverbs: re.Pattern
    clause_opener: re.Pattern
    past_opener: re.Pattern  # group "year"
    not_verbs: frozenset[str]
    ordinal_before: re.Pattern
    particles: frozenset[str]
    suffixes: frozenset[str]
    not_names: frozenset[str]
    body_stop: frozenset[str]
    #: Ordinal words: never inside a body's name, but they may open one before a name word
    #: ("Fourth Supervision and Inspection Office", "First Intermediate People's Court").
    ordinals: frozenset[str]
    generic: frozenset[str]
    located_heads: frozenset[str]
    located_places: frozenset[str]
    named_by_purpose: frozenset[str]
    level_words: frozenset[str]
    event_heads: frozenset[str]
    organisations: frozenset[str]
    organisation_words: frozenset[str]  # folded
    #: Words that end an award's name ("… Friendship Award"): a body at its start names no body.
    conferred: frozenset[str]
    #: Lower-case levels that "of the" after a position refers back to ("of the prefecture").
    level_references: frozenset[str]
    #: Lower-case heads that "of the" after a position refers back to, the title's body ("of the association").
    body_references: frozenset[str]
    self_governing: tuple[str, ...]  # folded
    #: A verb that states a post ("heads") → the post's position ("Head").
    verb_positions: dict[str, str]
    #: Folded acronym → the folded words it stands for in a body's name ("hksar" → "hong", "kong", …).
    acronyms: dict[str, tuple[str, ...]]
    surnames: frozenset[str]  # as written and in capitals ("ZHANG Wei")
    #: Every word of a position's cores and modifiers ("Commissar" of "Political Commissar"): no given name.
    position_words: frozenset[str]


def _by_first_word(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        found.setdefault(phrase[0], []).append(phrase)
    return found


def _lower_variants(core: str) -> list[str]:
    """A capitalised core as news copy may write it, one word or more in lower case ("mayor", "Party chief")."""
    words = core.split(" ")
    cases = [(w, w[0].lower() + w[1:]) if w[0].isupper() else (w,) for w in words]
    return [" ".join(variant) for variant in product(*cases) if list(variant) != words]


@cache
def lexicon() -> Lexicon:
    positions = load_toml("en", "positions")
    bodies = load_toml("en", "bodies")
    roles = load_toml("en", "roles")
    names = load_toml("en", "names")
    particles = names["particles"]
    lists = names["lists"]

    def spaced(words: list[str]) -> str:
        return alternation(words).replace(r"\ ", r"\s+")

    # An ampersand between capitals stays inside a word ("R&D", "Northwest A&F University").
    cap = f"[{UPPER}][\\w'’\\-]*(?:&[{UPPER}][\\w'’\\-]*)?"
    # "its" after "of" names a body by the one just named: "Director of the … Office and Secretary of its Party Group".
    # "Working Committee for Organs Directly under the CPC … Committee": an organ named by the one it reports to.
    held_at = "|".join(rf"(?<={re.escape(word)} )" for word in positions["held_at"])
    # "First Secretary stationed in <village>", a post held where one is sent
    link = (
        rf"{alternation([*CONNECTIVES, *particles])}|(?<=of )its|(?<=Directly )under|(?:{held_at})at"
        r"|stationed(?=[ ]in[ ])"
    )
    # The first letter leads the pattern so that re scans for it at C speed; the look-behind
    # after it checks that no word character comes before.
    # A complement may list names of one or two words with commas: "Bureau of Science, Technology and
    # Innovation", "Committee of Hong Kong, Macao, Taiwan and Overseas Chinese Affairs"; so may a liaison
    # committee's: "Committee for Liaison with Hong Kong, Macao, Taiwan and Overseas Chinese".
    item = rf"{cap}(?:[ ]+{cap})?"
    listed = rf"[ ]+(?:of|with(?<=Liaison with))[ ]+{item}(?:,[ ]+{item})+[ ]+and[ ]+{cap}"
    # A company's name ends in "Co., Ltd.", a name may in "Jr." or "Sr.": those full stops are theirs, and end the
    # phrase ("… Co., Ltd. <name>, Mayor of …" is the next sentence's).
    company = r"(?:(?<=Co)\.,?[ ]+Ltd(?![\w'’\-])\.?|(?<=[ ][BNS])\.[VA]\.)"  # "Co., Ltd.", "B.V.", "N.V.", "S.A."
    suffix = "(?:" + "|".join(rf"(?<=[ ]{re.escape(word)})" for word in names["suffixes"]) + r")\."
    # A middle initial stands inside a name, between two capitalised words: "<given name> J. <surname>"
    # (its full stop tested only where one follows a word, after a single capital).
    # So may "St." ("St. Brigid's School") and "No. <number>" ("Jiaozuo No. 1 Middle School"); a particle may follow
    # the initial ("<given name> R. de <family name>").
    initial = (
        rf"(?:\.(?<=[ ][{UPPER}]\.)(?=[ ]+(?:[{UPPER}]|(?:{alternation(particles)})[ ]+[{UPPER}]))"
        rf"|\.(?<=[ ]St\.)(?=[ ]+[{UPPER}])|\.(?<=[ ]No\.)[ ]\d{{1,3}}(?=[ ]+(?:of[ ]+)?[{UPPER}]))?"
    )
    modifiers, cores = spaced(positions["modifiers"]), spaced(positions["cores"])
    # A position's "of the" and a lower-case level or head ends a phrase: "Deputy Governor of the prefecture",
    # "Vice President of the association".
    references = [*positions["level_references"], *positions["body_references"]]
    level_reference = rf"[ ]+of[ ]+the[ ]+(?:{alternation(references)})(?![\w'’\-])"
    # a particle elided before a capital inside a name: "<given names> d'<family name>", Italian "dell'<family name>"
    elided = r"(?:(?:[dl]|dell|dall)['’](?=[" + UPPER + r"]))"
    # A pilot zone names its province in brackets after "China": "China (Henan) Pilot Free Trade Zone".
    province = rf"(?<=China)[ ]\([{UPPER}][\w'’\-]*(?:[ ][{UPPER}][\w'’\-]*)?\)"
    chunk = re.compile(
        rf"[{UPPER}](?<![\w'’\-].)[\w'’\-]*(?:&{cap})?"
        rf"(?:{listed}|{province}|(?:[ ]+(?:{link}))*[ ]+{elided}?{cap}{initial})*(?:{company}|{suffix})?"
        rf"(?:{level_reference})?"
    )
    # a core ending in "y" is also written in the plural with "ies" ("Deputies to the … Congress")
    y_stems = alternation([core[:-1] for core in positions["cores"] if core.endswith("y")]).replace(r"\ ", r"\s+")
    position = re.compile(
        rf"(?=[{UPPER}])(?<![\w'’\-])(?:(?:{modifiers})(?:\s+|-))*"
        rf"(?P<core>{cores}|(?:{y_stems})(?=ies))(?P<plural>s|ies)?{WORD_END}"
    )

    # cores with a word in lower case ("mayor", "Party chief"): those that need capitalising, and no others
    lower_cores = spaced([variant for core in positions["cores"] for variant in _lower_variants(core)])
    # News copy writes a title in lower case after the name ("<name>, mayor of <city>,", "…, member of
    # the … Committee and executive vice mayor of <city>,") and capitalised before it ("Mayor <name>").
    # Each pattern opens with a literal, so that re scans for it at C speed.
    lower_tail = rf"(?=[a-z]|(?:[{UPPER}][a-z]+[ -]){{1,2}}[a-z])(?P<position>(?:(?i:{modifiers})[ -])*(?:{lower_cores}))(?=[ ](?:of|for)[ ]|,)"
    lower_positions = (
        re.compile(rf",[ ](?:the[ ](?:[a-z]+['’]s[ ])?)?{lower_tail}"),
        re.compile(rf"and(?<=[ ]and)[ ]{lower_tail}"),
    )
    # Before a name ("Vice mayor <name>", "<city> Party chief <name>"), found from the core's last word, in lower
    # case before a capitalised word: a search that opens with a literal space, then one anchored at that word.
    last_words = {variant.split(" ")[-1] for core in positions["cores"] for variant in _lower_variants(core)}
    # A plural title names the people after its body: "Standing Committee members of the CPC … Committee <name> and …".
    lower_core_end = re.compile(
        rf"[ ](?:{alternation(sorted(w for w in last_words if w[0].islower()))})(?:s(?=[ ]of[ ]the[ ])|(?=[ ][{UPPER}][a-z]))"
    )
    lower_position_ending = re.compile(
        rf"(?<![\w'’\-])(?=[a-z]|(?:[{UPPER}][a-z]+[ -]){{1,2}}[a-z])(?P<position>(?:(?i:{modifiers})[ -])*(?:{lower_cores})s?)$"
    )

    rules = [Rule.regex("head", group, word) for group, words in bodies["heads"].items() for word in words]
    for label in ("after", "before"):
        rules += [Rule.regex(label, role, entry) for role, entries in roles[label].items() for entry in entries]
    honorifics = names["honorifics"]
    pronoun_gender = {w: gender for gender, words in names["pronouns"].items() for w in words}
    subject_pronouns = list(pronoun_gender)
    genders = set(pronoun_gender.values())
    object_gender = {w: gender for gender, words in names["object_pronouns"].items() for w in words}
    pronoun_gender |= object_gender
    honorific_gender = {
        fold(w).rstrip("."): gender for gender, words in honorifics.items() if gender in genders for w in words
    }
    honorific_words = [w for words in honorifics.values() for w in words]
    #: A group's complement before a comma: "leaders of the new area, including …".
    lower_words = r"(?-i:[a-z][\w'’\-]*)(?:\s+(?-i:[a-z][\w'’\-]*)){0,2}"
    return Lexicon(
        chunk=chunk,
        position=position,
        lower_positions=lower_positions,
        lower_core_end=lower_core_end,
        lower_position_ending=lower_position_ending,
        lower_idioms=tuple(positions["lower_case_idioms"]),
        matcher=SpanMatcher(rules, ignore_case=frozenset({"before"})),
        honorific_before=re.compile(rf"(?:(?<![\w.])(?:{spaced(honorific_words)})\.?\s+)+$"),
        honorific_gender=honorific_gender,
        honorific_phrases=_by_first_word([tuple(w.split()) for w in honorific_words if " " in w]),
        pronoun_gender=pronoun_gender,
        # a capitalised pronoun after a word is a name's ("Jingning She Autonomous County", the She people's)
        pronoun=re.compile(
            word_alternation(subject_pronouns)
            + "".join(rf"(?<![A-Za-z][ ]{p})" for p in subject_pronouns if p[0].isupper())
        ),
        object_pronoun=re.compile(
            rf"{word_alternation(list(object_gender))}(?=[ ]*(?:[,.;:)]|$|(?:{alternation(roles['not_verbs'])}){WORD_END}))"
        ),
        list_cue_before=re.compile(
            # a count may come first: "attended by around 200 guests, including …"
            rf"(?:(?<![\w'’\-])(?:(?:around|about|some|nearly|almost|over|more than)\s+)?\d[\d,]*\s+(?:[\w-]+\s+)?)?"
            rf"(?<![\w'’\-])(?:{alternation(lists['groups'])})"
            rf"(?:\s+(?:of|from)\s+(?:the\s+[\w'’\-]+|{lower_words}(?=\s*,)))?"
            rf"(?:\s*,?\s*(?:{spaced(lists['cues'])}))?,?\s+$",
            re.IGNORECASE,
        ),
        long_list_cue=re.compile(
            rf"(?<![\w'’\-])(?:[a-z-]+\s+)?(?:{alternation(lists['groups'])}){WORD_END}[^.;:!?\n]*?"
            rf",?\s*(?:{spaced(lists['cues'])}),?\s+$",
            re.IGNORECASE,
        ),
        list_group=re.compile(rf"(?<![\w'’\-])(?:{alternation(lists['groups'])}){WORD_END}", re.IGNORECASE),
        adverbs=re.compile(
            rf"(?:\.(?=,))?[\s,]*(?:\([^()\n]{{1,20}}\)[\s,]*)?(?:an?\s+[a-zA-Z0-9.'’\- ]{{1,{MAX_DESCRIPTION}}}(?:,[ ][{UPPER}][a-zA-Z0-9.'’\- ]{{0,60}}){{0,3}},\s*)?"
            # where the holder of a post was sent from: "<name>, <title> on secondment from the <body>, attended"
            rf"(?:(?:on[ ]secondment|seconded)[ ]from[ ]the[ ][{UPPER}][\w'’\- ]{{1,{MAX_DESCRIPTION}}},\s*)?"
            rf"(?:(?:{alternation(roles['adverbs'])}),?\s+)*"
        ),
        past_opener=re.compile(roles["past_opener"]),
        clause_opener=re.compile(rf"(?<![\w'’\-])(?:{alternation(roles['clause_openers'])}){WORD_END}|;"),
        not_verbs=frozenset(roles["not_verbs"]),
        ordinal_before=re.compile(rf"(?:\d+(?:st|nd|rd|th)|{alternation(bodies['ordinals'])})\s+$"),
        particles=frozenset(particles),
        suffixes=frozenset(names["suffixes"]),
        # the determiners and headline verbs that open or stand in no body's name stand in no person's either
        # ("<title> <name> Meets …")
        not_names=frozenset([*names["not_names"], *bodies["stop"]]),
        body_stop=frozenset([*bodies["stop"], *bodies["ordinals"]]),
        ordinals=frozenset(bodies["ordinals"]),
        generic=frozenset(fold(w) for w in bodies["generic"]),
        located_heads=frozenset(fold(w) for w in bodies["located"]),
        located_places=frozenset(bodies["located_places"]),
        named_by_purpose=frozenset(fold(w) for w in bodies["named_by_purpose"]),
        level_words=frozenset(bodies["level_words"]),
        event_heads=frozenset(fold(w) for w in bodies["event_after_ordinal"]),
        conferred=frozenset(bodies["conferred"]),
        organisations=frozenset(bodies["organisations"]),
        organisation_words=frozenset(fold(w) for w in bodies["organisations"]),
        level_references=frozenset(positions["level_references"]),
        body_references=frozenset(positions["body_references"]),
        self_governing=tuple(" ".join(fold(w).split()) for w in bodies["self_governing"]),
        verb_positions=dict(positions["verb_positions"]),
        acronyms={fold(short): tuple(fold(full).split()) for short, full in bodies["acronyms"].items()},
        surnames=frozenset(w for s in load_words("en", "surnames") for w in (s, s.upper())),
        position_words=frozenset(w for p in [*positions["cores"], *positions["modifiers"]] for w in p.split()),
    )
