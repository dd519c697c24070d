"""Publication dates written in the text, for documents whose metadata has none.

Three forms, tried in order on the head of the text:

* a date header, as the samples have it: ``date 2024-03-13 In a move ...``;
* a "published" line: ``Published 13 March 2024``, ``Published: March 13, 2024``;
* a wire dateline: ``TOKYO, Jan 26, 2024 (Reuters) -``. A dateline without a year
  (``TOKYO, Jan 26 (Reuters) -``) is resolved only against the time the page was
  retrieved (a WARC record's date, a URL's fetch time), as the latest such day on or
  before it; without one the date stays unknown rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

# The one calendar every stage reads: month names and their short forms with the month's number
# (dates in the text, a sentence stop after "Jan.", template fillers in dedup, scheduled ends).
MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
MONTHS = {m: i for i, m in enumerate(MONTH_NAMES, 1)} | {m[:3]: i for i, m in enumerate(MONTH_NAMES, 1)} | {"sept": 9}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))


def _month(group: str) -> str:
    return rf"(?P<{group}>(?i:{_MONTH_NAMES}))\.?"


_ISO = r"(?P<iso>\d{4}-\d{2}-\d{2})"
_DMY = rf"(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+{_month('m1')},?\s+(?P<y1>\d{{4}})"
_MDY = rf"{_month('m2')}\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y2>\d{{4}})"

# Only at the very start: the header is metadata pasted into the text, and is removed.
_HEADER = re.compile(rf"\A\s*(?:date|dated)\s*[:\-]?\s*{_ISO}\b[ \t]*\n?", re.I)
_PUBLISHED = re.compile(
    rf"(?im)^[ \t]*(?:published|posted|updated|first published)(?:\s+on)?\s*[:\-]?\s*(?:{_ISO}|{_DMY}|{_MDY})"
)
_DATELINE = re.compile(
    rf"(?m)^[ \t]*[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.'\- ]+)?,\s*{_month('month')}\s+(?P<day>\d{{1,2}})"
    rf"(?:,\s*(?P<year>\d{{4}}))?\s*(?:\([A-Za-z .]+\))?\s*[-\u2013\u2014]"
)
_HEAD_CHARS = 600


@dataclass(slots=True)
class TextDate:
    published: str | None  # ISO date, or None where the text's date is incomplete
    rule: str  # "header", "published" or "dateline"
    matched: str  # the text that gave it
    strip: tuple[int, int] | None = None  # span to remove from the text (the header only)


def _make(year: str | int, month: str | int, day: str | int) -> date | None:
    try:
        if isinstance(month, str):
            month = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        return date(int(year), month, int(day))
    except (KeyError, ValueError):
        return None


def _latest_on_or_before(month: int, day: int, reference: date) -> date | None:
    for year in (reference.year, reference.year - 1):
        d = _make(year, month, day)
        if d is not None and d <= reference + timedelta(days=1):  # a day's slack for time zones
            return d
    return None


def lead_end(text: str) -> int:
    """Where a date header or wire dateline that opens the text ends (0 if none): the place
    and date are no part of the first sentence ("CLEVELAND, March 18 - Cross and Trecker ...")."""
    m = _HEADER.match(text) or _DATELINE.match(text)
    return m.end() if m else 0


def find_text_date(text: str, retrieved: str | None = None) -> TextDate | None:
    m = _HEADER.match(text)
    if m:
        d = _make(*m["iso"].split("-"))
        return TextDate(d.isoformat() if d else None, "header", m.group(0).strip(), (m.start(), m.end()))
    head = text[:_HEAD_CHARS]
    m = _PUBLISHED.search(head)
    if m:
        if m["iso"]:
            d = _make(*m["iso"].split("-"))
        elif m["d1"]:
            d = _make(m["y1"], m["m1"], m["d1"])
        else:
            d = _make(m["y2"], m["m2"], m["d2"])
        if d:
            return TextDate(d.isoformat(), "published", m.group(0).strip())
    m = _DATELINE.search(head)
    if m:
        month = MONTHS[m["month"].lower()]
        if m["year"]:
            d = _make(m["year"], month, m["day"])
        elif retrieved:
            d = _latest_on_or_before(month, int(m["day"]), date.fromisoformat(retrieved[:10]))
        else:
            d = None
        return TextDate(d.isoformat() if d else None, "dateline", m.group(0).strip())
    return None
