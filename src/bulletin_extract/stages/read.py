"""Stage *read*: bytes → decoded text and its same-length matching view."""

from __future__ import annotations

import codecs
import re

from bulletin_extract.document import DocState, StageError

STAGE = "read"

# Same-length replacements: every offset in the view is an offset in the text.
_CRLF = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
#: Exotic spaces and control characters, each becoming one space (one regex pass: str.translate is ten times slower).
_TO_SPACE = re.compile("[\u00a0\u2002\u2003\u2009\u200a\u200b\u202f\u3000\t\ufeff\f\v\x00-\x08\x0e-\x1f\x7f]")
#: A space written as an HTML entity that a scraper left in the text ("&nbsp;&nbsp;On March 6, …").
_SPACE_ENTITY = re.compile(r"&(?:nbsp|ensp|emsp|thinsp|#160|#xa0|#12288|#x3000);", re.I)
#: Encodings a bulletin archive is written in, tried when UTF-8 fails.
_FALLBACK_ENCODINGS = ("gb18030", "big5", "utf-16")
#: The encoding of a Western page saved on Windows: curly quotes and accented names in single bytes.
_WESTERN_ENCODING = "cp1252"
#: A page whose bytes are nearly all ASCII is a Western one (its others are quotes and accents); a Chinese
#: page has two or more non-ASCII bytes for each of its characters.
MAX_WESTERN_NON_ASCII = 0.05
_ASCII = bytes(range(128))


def decode(raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; text keeps no BOM. Raises ``StageError``."""
    if not raw.strip():
        raise StageError(STAGE, "empty file" if not raw else "file holds only white space")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(raw, "utf-16")
    if b"\x00" in raw[:8192]:
        raise StageError(STAGE, "binary file (NUL bytes)")
    body, encoding = (raw[3:], "utf-8-sig") if raw.startswith(codecs.BOM_UTF8) else (raw, "utf-8")
    try:
        return body.decode("utf-8"), encoding
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(body) - 3:
            return body[: exc.start].decode("utf-8"), encoding  # a download cut inside its last character
    sample = raw[:200_000]
    if len(sample.translate(None, _ASCII)) <= MAX_WESTERN_NON_ASCII * len(sample):
        try:
            return raw.decode(_WESTERN_ENCODING), _WESTERN_ENCODING
        except UnicodeDecodeError:
            pass  # one of the five bytes cp1252 leaves undefined: not such a page
    from charset_normalizer import from_bytes

    best = from_bytes(sample, cp_isolation=list(_FALLBACK_ENCODINGS)).best()
    if best is None:
        raise StageError(STAGE, "undecodable text: not UTF-8, GB18030, Big5, UTF-16 or Windows-1252")
    return _strict(raw, best.encoding)


def _strict(raw: bytes, encoding: str) -> tuple[str, str]:
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise StageError(STAGE, f"undecodable text as {encoding}: {exc.reason} at byte {exc.start}") from exc
    return text.removeprefix("\ufeff"), encoding


def matching_view(text: str) -> str:
    """Fold line endings, exotic spaces and space entities left by a scraper without changing the length."""
    view = _CRLF.sub(lambda m: " \n" if len(m.group()) == 2 else "\n", text) if "\r" in text else text
    if "&" in view:
        view = _SPACE_ENTITY.sub(lambda m: " " * len(m.group()), view)
    return _TO_SPACE.sub(" ", view)


def run(state: DocState) -> DocState:
    text, encoding = decode(state.raw)
    if len(_CONTROL.findall(text[:4096])) > 8:
        raise StageError(STAGE, "binary file (control characters)")
    return state.evolve(text=text, view=matching_view(text), encoding=encoding)
