"""A large, varied benchmark corpus made from the dev corpus (``make bench``).

Every generated document starts from a dev document of its language and keeps
its header block and lead paragraph, so it reads like a real bulletin; then
later paragraphs are swapped for paragraphs of other documents of the same
language, runs of list items are shuffled, paragraphs dropped or added,
officials' names (taken from the gold files) replaced by invented ones, years
shifted and days and counts redrawn. The original encoding, BOM and line
endings are kept, so decoding and normalisation are timed too. No two
generated documents are the same bytes.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson

from bulletin_extract.dates import MONTH_NAMES
from bulletin_extract.stages.read import decode

LANGS = ("en", "zh")
#: The first paragraph of prose at least this long ends the kept head (header block + lead paragraph).
LEAD_MIN_CHARS = {"en": 150, "zh": 50}
_SENTENCE_END = re.compile(r"[.。](?:\s|$)")

_BLANK_LINES = re.compile(r"\n(?:[ \t\u3000\u00a0]*\n)+")
_LIST_ITEM = re.compile(
    r"^\s*(?:[•●▪■◆\-–—*]\s|\d{1,2}[.、)．]|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]"
    r"|[一二三四五六七八九十]{1,3}[、是要]|(?:First|Second|Third|Fourth|Fifth|Sixth|Finally|Lastly),)"
)
_YEAR = re.compile(r"(?<!\d)(20[0-4]\d)(?!\d)")
_DAY = {
    "en": re.compile(rf"(?P<lead>\b{MONTH_NAMES}\s+)\d{{1,2}}\b"),
    "zh": re.compile(r"(?P<lead>\d{1,2}月)\d{1,2}(?=日)"),
}
_COUNT = {
    "en": re.compile(r"(?<![\d\-/:.])\d{2,3}(?=\s+[a-z])"),
    "zh": re.compile(r"(?<![\d\-/:.])\d{2,3}(?=[个家项名位场次批余多])"),
}

# Name material: surnames and given-name parts, not anyone's name.
_EN_SURNAMES = tuple(
    [
        "Bai",
        "Cao",
        "Chen",
        "Cui",
        "Deng",
        "Du",
        "Fan",
        "Feng",
        "Gao",
        "Guo",
        "Han",
        "Hu",
        "Jiang",
        "Kong",
        "Lei",
        "Liang",
        "Lu",
        "Ma",
        "Meng",
        "Pan",
        "Qian",
        "Ren",
        "Shen",
        "Song",
        "Tang",
        "Tian",
        "Wei",
        "Xia",
        "Xu",
        "Yan",
        "Yao",
        "Ye",
        "Yu",
        "Zeng",
        "Zhou",
        "Zhuge",
        "Ouyang",
        "Sima",
        "Shangguan",
    ]
)
_EN_SYLLABLES = tuple(
    [
        "an",
        "bo",
        "chen",
        "dong",
        "fang",
        "hai",
        "hao",
        "hong",
        "hui",
        "jia",
        "jian",
        "jie",
        "jing",
        "jun",
        "kai",
        "lan",
        "lei",
        "li",
        "lin",
        "ling",
        "ming",
        "nan",
        "ning",
        "peng",
        "qi",
        "qing",
        "rui",
        "shan",
        "sheng",
        "shu",
        "tao",
        "ting",
        "wei",
        "wen",
        "xiang",
        "xin",
        "xu",
        "yan",
        "yang",
        "yi",
        "ying",
        "yong",
        "yu",
        "yuan",
        "yue",
        "ze",
        "zhen",
        "zhi",
    ]
)
_ZH_SURNAMES = (
    *"王李林周何高马罗梁宋唐许韩冯曹彭曾田董袁潘蒋蔡余杜叶程苏吕丁沈任姚卢姜崔谭陆范金石廖",
    "欧阳",
    "司马",
    "上官",
)
_ZH_GIVEN = tuple("文明华国建平志海兴晓东春秋雨宁安永成清立新红玉芳丽敏静一宏伟林峰佳子思远若岚嘉航涛")


@dataclass(frozen=True)
class BenchDoc:
    name: str  # relative path, e.g. "en/en-00042.txt"
    lang: str
    data: bytes


@dataclass(frozen=True)
class _Source:
    """A dev document cut into units: paragraphs, or lines where it has no blank lines."""

    units: tuple[str, ...]
    head: int  # units[:head] are kept as they are
    separator: str
    encoding: str
    crlf: bool


def build_corpus(dev: Path, count: int, seed: int = 5) -> list[BenchDoc]:
    """``count`` distinct documents, split between the languages like the dev corpus."""
    sources = {lang: [_cut(path, lang) for path in sorted((dev / lang).glob("*.txt"))] for lang in LANGS}
    if not all(sources.values()):
        raise FileNotFoundError(f"{dev} must hold en/*.txt and zh/*.txt")
    total_sources = sum(len(s) for s in sources.values())
    rng = random.Random(seed)
    docs: list[BenchDoc] = []
    seen: set[bytes] = set()
    for index, lang in enumerate(LANGS):
        share = round(count * len(sources[lang]) / total_sources) if index < len(LANGS) - 1 else count - len(docs)
        rename = _renamer(_gold_names(dev, lang), lang)
        for number in range(share):
            while True:
                data = _vary(rng.choice(sources[lang]), sources[lang], lang, rng, rename)
                digest = hashlib.blake2b(data, digest_size=16).digest()
                if digest not in seen:
                    break
            seen.add(digest)
            docs.append(BenchDoc(f"{lang}/{lang}-{number:05d}.txt", lang, data))
    return docs


def write_corpus(docs: list[BenchDoc], folder: Path) -> list[Path]:
    paths = []
    for doc in docs:
        path = folder / doc.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(doc.data)
        paths.append(path)
    return paths


def _cut(path: Path, lang: str) -> _Source:
    text, encoding = decode(path.read_bytes())
    crlf = "\r\n" in text
    text = text.replace("\r\n", "\n").strip("\n")
    blocks = [b for b in _BLANK_LINES.split(text) if b.strip()]
    separator = "\n\n"
    if len(blocks) < 3:
        blocks, separator = [line for line in text.split("\n") if line.strip()], "\n"
    head = next(
        (i + 1 for i, b in enumerate(blocks) if len(b.strip()) >= LEAD_MIN_CHARS[lang] and _SENTENCE_END.search(b)),
        1,
    )
    return _Source(tuple(blocks), head, separator, encoding, crlf)


def _gold_names(dev: Path, lang: str) -> list[str]:
    """Names of officials who take part (a merely mentioned leader keeps his name)."""
    gold = dev / f"{lang}.gold.jsonl"
    if not gold.exists():
        return []
    names = set()
    for line in gold.read_bytes().splitlines():
        if line.strip():
            for official in orjson.loads(line).get("officials", []):
                if official.get("roles") != ["mentioned"]:
                    names.add(official["name"])
    return sorted(names)


def _renamer(names: list[str], lang: str) -> Callable[[str, random.Random], str]:
    """Replace every gold name by an invented one, the same one within a document."""
    if not names:
        return lambda text, rng: text
    pattern = re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    invent = _invent_en if lang == "en" else _invent_zh

    def fresh(rng: random.Random) -> str:
        while pattern.search(name := invent(rng)):
            pass
        return name

    def rename(text: str, rng: random.Random) -> str:
        chosen: dict[str, str] = {}
        return pattern.sub(lambda m: chosen.get(m.group()) or chosen.setdefault(m.group(), fresh(rng)), text)

    return rename


def _invent_en(rng: random.Random) -> str:
    given = "".join(rng.choice(_EN_SYLLABLES) for _ in range(rng.choice((1, 2, 2))))
    return f"{rng.choice(_EN_SURNAMES)} {given.capitalize()}"


def _invent_zh(rng: random.Random) -> str:
    return rng.choice(_ZH_SURNAMES) + "".join(rng.choice(_ZH_GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _vary(
    source: _Source, pool: list[_Source], lang: str, rng: random.Random, rename: Callable[[str, random.Random], str]
) -> bytes:
    body = list(source.units[source.head :])
    donors = [u for s in pool if s is not source for u in s.units[s.head :]]
    body = [rng.choice(donors) if donors and rng.random() < 0.25 else unit for unit in body]
    if len(body) > 2 and rng.random() < 0.2:
        del body[rng.randrange(len(body) - 1)]
    if donors and rng.random() < 0.3:
        at = max(len(body) - 1, 0)
        body[at:at] = rng.sample(donors, min(len(donors), rng.randint(1, 3)))
    _shuffle_list_runs(body, rng)
    text = source.separator.join([*source.units[: source.head], *body]) + "\n"
    text = _redraw_numbers(rename(text, rng), lang, rng)
    if source.crlf:
        text = text.replace("\n", "\r\n")
    try:
        return text.encode(source.encoding)
    except UnicodeEncodeError:
        return text.encode("utf-8")


def _shuffle_list_runs(units: list[str], rng: random.Random) -> None:
    start = 0
    while start < len(units):
        end = start
        while end < len(units) and _LIST_ITEM.match(units[end]):
            end += 1
        if end - start > 1:
            run = units[start:end]
            rng.shuffle(run)
            units[start:end] = run
        start = end + 1


def _redraw_numbers(text: str, lang: str, rng: random.Random) -> str:
    """Shift every year by one offset (dates stay consistent), redraw days and counts."""
    shift = rng.randint(-2, 2)
    text = _YEAR.sub(lambda m: str(int(m.group()) + shift), text)
    text = _DAY[lang].sub(lambda m: m["lead"] + str(rng.randint(1, 28)), text)
    return _COUNT[lang].sub(lambda m: str(rng.randint(10 ** (len(m.group()) - 1), 10 ** len(m.group()) - 1)), text)
