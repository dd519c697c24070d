"""A web news page's furniture: whole lines that are no part of the story.

Pages flattened to text keep their copyright notices, paywall prompts, advertisement labels and
quote-box hints as lines of their own. Read as news, they are sentences without content at best and
glue for names at worst, so the lines that match ``data/furniture_lines.tsv`` as a whole are left
out of the clean text and recorded. Wire copy has none: no Reuters-21578 story loses a line.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("keiretsu.clean").joinpath("data/furniture_lines.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in rows)


def furniture_kind(line: str) -> str | None:
    """The class of furniture the whole of ``line`` is ("copyright", "paywall", ...), or ``None``."""
    line = line.strip()
    return next((kind for kind, pattern in _patterns() if pattern.fullmatch(line)), None)


def remove_furniture(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Drop each line of normalised ``text`` that is page furniture as a whole.

    Returns the text and, for each line dropped, its index among the text's paragraphs, its class and
    its text, so that what was left out can be seen in the document's record.
    """
    lines = text.split("\n")
    kinds = [furniture_kind(line) if line else None for line in lines]
    # A text with no furniture comes back as it came, byte for byte (wire copy, whatever its blank lines).
    if not any(kinds):
        return text, []
    kept: list[str] = []
    removed: list[dict[str, Any]] = []
    paragraph = 0
    for line, kind in zip(lines, kinds):
        if not line:
            if kept and kept[-1]:
                kept.append(line)
            continue
        if kind is not None:
            removed.append({"paragraph": paragraph, "class": kind, "text": line})
        else:
            kept.append(line)
        paragraph += 1
    return "\n".join(kept).strip(), removed
