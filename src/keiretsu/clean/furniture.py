"""A web news page's furniture: whole lines that are no part of the story.

Pages flattened to text keep their copyright notices, paywall prompts, advertisement labels and
quote-box hints as lines of their own. Read as news, they are sentences without content at best and
glue for names at worst, so the lines that match ``data/furniture_lines.tsv`` as a whole are left
out of the clean text and recorded. A notice, credit or copyright line the flattening glued onto the end
of another line ("... crude inventories ... Terms Quotes are real - time for NASDAQ, NYSE, and NYSEAmex
when available.") is cut off that line, which stays. Wire copy has none: no Reuters-21578 story loses a
line or a part of one.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any


#: Classes of furniture that are sentences of their own, which a page's flattening may glue onto the end of
#: another line; the one-word classes ("Advertisement", "Share", "Enlarge") end story lines too ("... 43 cts a
#: share") and are cut only as whole lines.
GLUED_CLASSES = frozenset({"copyright", "quotes", "credit"})


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    text = resources.files("keiretsu.clean").joinpath("data/furniture_lines.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in rows)


@cache
def _glued_pattern() -> re.Pattern[str]:
    # One alternation scanned once per line: a pattern each would scan the line once each, and every line
    # of wire copy is scanned. The glued part opens on a capital, a digit, "©" or a bracket after a space,
    # as a new sentence or a caption does, so that a story's own clause ("... according to data provided by
    # Dealogic.") stays.
    kinds = [(kind, pattern.pattern) for kind, pattern in _patterns() if kind in GLUED_CLASSES]
    alternatives = "|".join(f"(?P<{kind}_{i}>{pattern})" for i, (kind, pattern) in enumerate(kinds))
    return re.compile(r"(?<=\s)(?=(?-i:[A-Z0-9©(]))(?:%s)\s*$" % alternatives, re.IGNORECASE)


def furniture_kind(line: str) -> str | None:
    """The class of furniture the whole of ``line`` is ("copyright", "paywall", ...), or ``None``."""
    line = line.strip()
    return next((kind for kind, pattern in _patterns() if pattern.fullmatch(line)), None)


def glued_furniture(line: str) -> tuple[int, str] | None:
    """Where furniture glued onto the end of ``line`` starts, and its class; ``None`` when none ends it."""
    found = _glued_pattern().search(line)
    return (found.start(), found.lastgroup.rsplit("_", 1)[0]) if found else None


def remove_furniture(text: str) -> tuple[str, list[dict[str, Any]]]:
    """Drop each line of normalised ``text`` that is page furniture as a whole.

    Returns the text and, for each line or glued end of a line dropped, its index among the text's
    paragraphs, its class and its text, so that what was left out can be seen in the document's record.
    """
    lines = text.split("\n")
    kinds = [furniture_kind(line) if line else None for line in lines]
    glued = [glued_furniture(line) if line and kind is None else None for line, kind in zip(lines, kinds)]
    # A text with no furniture comes back as it came, byte for byte (wire copy, whatever its blank lines).
    if not any(kinds) and not any(glued):
        return text, []
    kept: list[str] = []
    removed: list[dict[str, Any]] = []
    paragraph = 0
    for line, kind, cut in zip(lines, kinds, glued):
        if not line:
            if kept and kept[-1]:
                kept.append(line)
            continue
        if kind is not None:
            removed.append({"paragraph": paragraph, "class": kind, "text": line})
        elif cut is not None:
            at, cut_kind = cut
            removed.append({"paragraph": paragraph, "class": cut_kind, "text": line[at:]})
            kept.append(line[:at].rstrip())
        else:
            kept.append(line)
        paragraph += 1
    return "\n".join(kept).strip(), removed
