"""Domain types: the only currency between pipeline stages.

Records flow ``ingest`` -> ``clean`` -> ``store``. A stage that cannot use a
record passes a :class:`Skipped` in its place, so that one bad record is
reported and the rest of the stream goes on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class DateSource(StrEnum):
    """Where a document's publication date came from."""

    METADATA = "metadata"  # a field, a feed entry, HTML meta tags
    TEXT = "text"  # a date header or dateline inside the text
    NONE = "none"  # unknown; never filled with the ingestion date


class Format(StrEnum):
    """How a record's raw text is written; decides how it is cleaned."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"  # a whole page: boilerplate is removed
    HTML_FRAGMENT = "html-fragment"  # a feed entry's body: markup only


@dataclass(slots=True)
class RawDocument:
    """One document as a reader found it, before cleaning."""

    raw_text: str
    format: Format
    location: str  # where it was read: file, line, record, archive member
    external_id: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None  # ISO 8601, from metadata only
    retrieved: str | None = None  # ISO 8601 crawl/fetch time; bounds yearless datelines


@dataclass(slots=True)
class Document:
    """A cleaned document, ready to store."""

    raw_text: str
    clean_text: str
    format: Format
    location: str
    content_hash: str  # of the clean text
    external_id: str | None
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    date_source: DateSource
    retrieved: str | None = None
    cleaning: dict[str, Any] = field(default_factory=dict)  # what cleaning removed, and why

    @property
    def origin_key(self) -> str:
        """With the content hash, what makes two records the same document.

        The same text from another outlet (another id or url) is a copy worth
        keeping as evidence of reach; the same text from the same place is not.
        """
        return self.external_id or self.url or ""


@dataclass(slots=True, frozen=True)
class Skipped:
    """A record (or whole input) that could not be used, and why."""

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


Record = RawDocument | Document | Skipped
