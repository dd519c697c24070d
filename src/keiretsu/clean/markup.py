"""Markup to text: whole HTML pages (boilerplate removed), feed fragments, Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import InputError


#: A page whose main text is shorter than this is navigation or an error page, not news.
MIN_PAGE_CHARS = 25


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None  # from the page's metadata
    boilerplate_chars: int = 0  # how much of the page's visible text was dropped


def extract_html_page(html: str, location: str, url: str | None = None) -> Extracted:
    """Main text of a web page via trafilatura; navigation, footers and ads dropped."""
    import lxml.etree
    import lxml.html
    import trafilatura

    try:
        tree = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as e:
        raise InputError(location, f"broken HTML: {e}") from None
    visible = len(" ".join(tree.text_content().split()))
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,
        # Metadata only (meta tags, time elements, URL): a date guessed from the body is
        # the text rules' job, applied after this.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    kept = len(" ".join((result.text or "").split())) if result is not None else 0
    if kept < MIN_PAGE_CHARS:
        raise InputError(location, f"broken HTML: no main text found ({kept} characters)")
    return Extracted(result.text, result.title or None, result.date or None, max(0, visible - kept))


_BLOCK = re.compile(r"(?i)<\s*(?:br|/p|/div|/li|/h[1-6]|/tr|/blockquote)\b[^>]*>")


def extract_html_fragment(html: str, location: str) -> Extracted:
    """A feed entry's body: the markup is removed, paragraph breaks are kept."""
    import lxml.etree
    import lxml.html

    if "<" not in html:
        return Extracted(html)
    try:
        node = lxml.html.fragment_fromstring(_BLOCK.sub(lambda m: m.group(0) + "\n", html), create_parent="div")
    except (lxml.etree.ParserError, ValueError) as e:
        raise InputError(location, f"broken HTML: {e}") from None
    return Extracted(node.text_content())


_MD_RULES = [
    (re.compile(r"^```.*$|^~~~.*$", re.M), ""),  # code fences
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images: alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links: their text
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.M), r"\1"),  # headings
    (re.compile(r"^\s{0,3}>\s?", re.M), ""),  # quotes
    (re.compile(r"^\s*[-*+]\s+", re.M), ""),  # bullets
    (re.compile(r"^\s*(?:[-*_]\s*){3,}$", re.M), ""),  # rules
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"`([^`]+)`"), r"\1"),  # inline code
]


def extract_markdown(text: str) -> Extracted:
    for pattern, repl in _MD_RULES:
        text = pattern.sub(repl, text)
    return Extracted(text)
