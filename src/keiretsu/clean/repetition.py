"""In-document repetition: a paragraph pasted twice is kept once.

Copy-paste and scraping often repeat a story inside one document (the
Renault-Nissan sample holds two versions, each pasted twice). Counting such a
document's sentences twice would double its evidence, so later copies of a
paragraph are dropped and the drop is recorded.
"""

from __future__ import annotations

from typing import Any


def remove_repeated_paragraphs(text: str, min_words: int) -> tuple[str, list[dict[str, Any]]]:
    """Drop each paragraph (line) that repeats an earlier one of at least ``min_words`` words.

    Returns the text and, for each paragraph dropped, its index among the text's
    paragraphs, the index of the copy that was kept, and its first words.
    """
    lines = text.split("\n")
    seen: dict[str, int] = {}
    kept: list[str] = []
    removed: list[dict[str, Any]] = []
    paragraph = 0
    for line in lines:
        if not line:
            if kept and kept[-1]:
                kept.append(line)
            continue
        # The text is normalised: words are separated by single spaces.
        if line.count(" ") + 1 >= min_words:
            key = line.lower()
            if key in seen:
                removed.append({"paragraph": paragraph, "repeats": seen[key], "text": line[:80]})
                paragraph += 1
                continue
            seen[key] = paragraph
        kept.append(line)
        paragraph += 1
    return "\n".join(kept).strip(), removed
