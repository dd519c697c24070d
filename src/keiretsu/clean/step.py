"""The clean step: ``RawDocument`` -> ``Document``."""

from __future__ import annotations

import hashlib

from ..errors import InputError
from ..models import DateSource, Document, Format, RawDocument, Skipped
from ..pipeline import MapStep
from ..settings import Settings
from .dates import find_text_date
from .furniture import remove_furniture
from .markup import Extracted, extract_html_fragment, extract_html_page, extract_markdown
from .normalize import normalize_line, normalize_text, valid_unicode
from .repetition import remove_repeated_paragraphs


def content_hash(clean_text: str) -> str:
    return hashlib.blake2b(clean_text.encode("utf-8"), digest_size=16).hexdigest()


class CleanStep(MapStep):
    """Markup to text, Unicode and whitespace normalisation, page furniture and repeated paragraphs removed,
    the publication date found in the text where metadata had none.

    The raw text is kept as it came; everything removed is listed in ``cleaning``.
    """

    name = "clean"

    def __init__(self, settings: Settings):
        super().__init__()
        self.min_repeat_words = settings.min_repeat_words
        self.max_chars = settings.max_document_chars

    def _extract(self, raw: RawDocument) -> Extracted:
        match raw.format:
            case Format.HTML:
                return extract_html_page(raw.raw_text, raw.location, raw.url)
            case Format.HTML_FRAGMENT:
                return extract_html_fragment(raw.raw_text, raw.location)
            case Format.MARKDOWN:
                return extract_markdown(raw.raw_text)
            case _:
                return Extracted(raw.raw_text)

    def process(self, raw: RawDocument) -> Document | Skipped:
        cleaning: dict = {}
        _make_valid(raw, cleaning)
        try:
            extracted = self._extract(raw)
        except InputError as e:
            return Skipped(e.location, valid_unicode(e.reason)[0])
        if extracted.note:
            cleaning["markup"] = extracted.note
        if extracted.boilerplate_chars:
            cleaning["boilerplate_chars"] = extracted.boilerplate_chars
        text = normalize_text(extracted.text)

        published, date_source = raw.published, DateSource.METADATA
        if published is None and extracted.published:
            published = extracted.published
        if published is None:
            date_source = DateSource.NONE
            found = find_text_date(text, raw.retrieved)
            if found is not None:
                cleaning["date"] = {"rule": found.rule, "text": found.matched}
                if found.strip:
                    a, b = found.strip
                    text = (text[:a] + text[b:]).strip()
                    cleaning["date_header_removed"] = found.matched
                if found.published:
                    published, date_source = found.published, DateSource.TEXT

        text, furniture = remove_furniture(text)
        if furniture:
            cleaning["furniture"] = furniture
        text, removed = remove_repeated_paragraphs(text, self.min_repeat_words)
        if removed:
            cleaning["repeated_paragraphs"] = removed
        if len(text) > self.max_chars:
            text = _cut(text, self.max_chars, cleaning)
        if not text:
            return Skipped(raw.location, "empty document: no text left after cleaning")
        title = normalize_line(raw.title or extracted.title or "") or None
        return Document(
            raw_text=raw.raw_text,
            clean_text=text,
            format=raw.format,
            location=raw.location,
            content_hash=content_hash(text),
            external_id=raw.external_id,
            title=title,
            url=raw.url,
            source=normalize_line(raw.source) if raw.source else None,
            published=published,
            date_source=date_source,
            retrieved=raw.retrieved,
            cleaning=cleaning,
        )


def _cut(text: str, limit: int, cleaning: dict) -> str:
    """The text's first ``limit`` characters, ended at the last line break or space before the
    limit (half of it at least), and the cut recorded: every later stage costs a document's
    length, some of them more, so one giant record must not hold up a whole feed."""
    end = max(text.rfind("\n", limit // 2, limit + 1), text.rfind(" ", limit // 2, limit + 1))
    kept = text[: end if end > 0 else limit].rstrip()
    cleaning["cut"] = {
        "kept_chars": len(kept), "dropped_chars": len(text) - len(kept),
        "reason": f"longer than max_document_chars ({limit:,} characters): the rest is not read (the raw "
                  "text keeps it); raise it with KEIRETSU_MAX_DOCUMENT_CHARS",
    }
    return kept


_TEXT_FIELDS = ("raw_text", "location", "external_id", "title", "url", "source", "published", "retrieved")


def _make_valid(raw: RawDocument, cleaning: dict) -> None:
    """Every field of ``raw`` made valid Unicode: a lone surrogate (a JSON ``\\ud800``, a file
    name that is not UTF-8) becomes U+FFFD, so that no writer can fail on it, and
    ``cleaning["unicode_replaced"]`` counts them by field."""
    replaced = {}
    for name in _TEXT_FIELDS:
        value = getattr(raw, name)
        if value:
            value, n = valid_unicode(value)
            if n:
                setattr(raw, name, value)
                replaced[name] = n
    if replaced:
        cleaning["unicode_replaced"] = replaced
