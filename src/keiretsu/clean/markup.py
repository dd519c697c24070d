"""Markup to text: whole HTML pages (boilerplate removed), feed fragments, Markdown."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..errors import InputError


#: A page whose main text is shorter than this is navigation or an error page, not news.
MIN_PAGE_CHARS = 25


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    published: str | None = None  # from the page's metadata
    boilerplate_chars: int = 0  # how much of the page's visible text was dropped
    note: str | None = None  # how the markup was read, where not the usual way


#: libxml2 builds no tree deeper than this, even with ``huge_tree``; what lies deeper is dropped.
MAX_HTML_DEPTH = 2048
_TOO_DEEP = f"nested deeper than {MAX_HTML_DEPTH} elements"
_STREAMED = f"{_TOO_DEEP}: markup stripped as a stream, boilerplate kept"


def _parse(html: str, location: str, fragment: bool = False):
    """The page's tree, or ``None`` where it nests too deep for one (its text would be lost).
    ``huge_tree`` lifts libxml2's depth limit from 256 to 2048: size is bounded before parsing
    (``max_html_bytes``)."""
    import lxml.etree
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        if fragment:
            tree = lxml.html.fragment_fromstring(html, create_parent="div", parser=parser)
        else:
            # Always an <html> root: a page that is one bare element (a <script>) would
            # otherwise be that element, which the date search cannot drop from its parent.
            tree = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as e:
        raise InputError(location, f"broken HTML: {e}") from None
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return None
    return tree


class _StreamText(HTMLParser):
    """The text of markup read as a stream of tags, which has no depth to run out of."""

    _HIDDEN = {"script", "style", "template", "noscript", "head"}
    _BREAKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in self._HIDDEN:
            self._hidden += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def _stream_text(html: str) -> str:
    reader = _StreamText()
    reader.feed(html)
    reader.close()
    return "".join(reader.parts)


def extract_html_page(html: str, location: str, url: str | None = None) -> Extracted:
    """Main text of a web page via trafilatura; navigation, footers and ads dropped. A page
    nested deeper than a tree can hold gives its whole text, with a note saying so."""
    import trafilatura

    tree = _parse(html, location)
    if tree is None:
        text = _stream_text(html)
        if len(" ".join(text.split())) < MIN_PAGE_CHARS:
            raise InputError(location, f"broken HTML: {_TOO_DEEP}, and no text in it")
        return Extracted(text, note=_STREAMED)
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
    if "<" not in html:
        return Extracted(html)
    marked = _BLOCK.sub(lambda m: m.group(0) + "\n", html)
    node = _parse(marked, location, fragment=True)
    if node is None:
        return Extracted(_stream_text(marked), note=_STREAMED)
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
