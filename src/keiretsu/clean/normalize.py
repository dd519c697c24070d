"""Unicode and whitespace normalisation."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that split words for every later stage (search, shingles, NER).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# C0/C1 controls other than tab and newline.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_BLANK_LINES = re.compile(r"\n{3,}")
# A carriage return that old wire copy kept written out as caret notation: "<Pratt^M and Whitney>".
_CARET_RETURN = re.compile(r"\^M(?![A-Za-z])")
# Typographic punctuation folded to ASCII so "Renault’s" and "Renault's" are one token.
_PUNCT = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "‐": "-", "‑": "-", "−": "-"})


# Lone surrogates: a JSON "\ud800", a file name that is not UTF-8. No UTF-8 writer takes them.
_SURROGATES = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> tuple[str, int]:
    """``text`` with each code point that UTF-8 cannot encode (a lone surrogate) replaced by
    U+FFFD, and how many were replaced."""
    if text.isascii():
        return text, 0
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATES.subn("\ufffd", text)
    return text, 0


def _fold(text: str) -> str:
    text = _CARET_RETURN.sub("", text) if "^M" in text else text
    if text.isascii():
        return _CONTROLS.sub("", text)
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_PUNCT)
    return _CONTROLS.sub("", text)


def normalize_text(text: str) -> str:
    """NFKC, ASCII quotes, no controls or invisible characters, one space between words,
    paragraphs separated by at most one blank line."""
    text = _fold(text.replace("\r\n", "\n").replace("\r", "\n"))
    # str.split() without arguments splits on every Unicode space and runs in C.
    text = "\n".join([" ".join(line.split()) for line in text.split("\n")])
    return _BLANK_LINES.sub("\n\n", text).strip()


def normalize_line(text: str) -> str:
    """One-line fields (title, source): normalised and on one line."""
    return " ".join(_fold(text).split())
