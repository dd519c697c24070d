"""Unicode and whitespace normalisation."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that split words for every later stage (search, shingles, NER).
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# C0/C1 controls other than tab and newline.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[ \t]+")
_EDGE_SPACES = re.compile(r" *\n *")
_BLANK_LINES = re.compile(r"\n{3,}")
# Typographic punctuation folded to ASCII so "Renault’s" and "Renault's" are one token.
_PUNCT = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"', "‐": "-", "‑": "-", "−": "-"})


def normalize_text(text: str) -> str:
    """NFKC, ASCII quotes, no controls or invisible characters, one space between words,
    paragraphs separated by at most one blank line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).translate(_PUNCT)
    text = _CONTROLS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _EDGE_SPACES.sub("\n", text)
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def normalize_line(text: str) -> str:
    """One-line fields (title, source): normalised and on one line."""
    return " ".join(normalize_text(text).split())
