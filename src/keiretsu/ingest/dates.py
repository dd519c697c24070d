"""Publication dates from metadata fields, normalised to ISO 8601."""

from __future__ import annotations

import email.utils
import time
from datetime import UTC, date, datetime

from dateutil import parser as dateutil_parser

_MIN_YEAR = 1800
_DEFAULT_A = datetime(2001, 1, 1)
_DEFAULT_B = datetime(2002, 2, 2)


def _plausible(d: date) -> bool:
    # A far-future or epoch-zero date is a broken field, not a publication date.
    return _MIN_YEAR <= d.year <= datetime.now(UTC).year + 1 and d != date(1970, 1, 1)


def iso(value: datetime | date) -> str | None:
    """ISO text for a date or time; aware times in UTC, naive ones as given."""
    if not _plausible(value.date() if isinstance(value, datetime) else value):
        return None
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC)
        if (value.hour, value.minute, value.second, value.microsecond) == (0, 0, 0, 0) and value.tzinfo is None:
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    return value.isoformat()


def parse_metadata_date(value: object) -> str | None:
    """A date field in any common form (ISO, RFC 2822, epoch seconds or ms); ``None`` if unusable."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date):
        return iso(value)
    if isinstance(value, time.struct_time):
        return iso(datetime(*value[:6], tzinfo=UTC))
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            # A huge integer (2**200) overflows the division itself.
            return iso(datetime.fromtimestamp(value / 1000 if value > 1e11 else value, UTC))
        except (OverflowError, OSError, ValueError):
            return None
    text = str(value).strip()
    if not text or len(text) > 200:  # no date is written that long; dateutil would take its time over it
        return None
    try:
        return iso(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        return iso(email.utils.parsedate_to_datetime(text))
    except (TypeError, ValueError, IndexError):
        pass
    try:
        # dateutil fills missing parts from a default date; parsing against two
        # defaults shows whether the text itself named year, month and day.
        a = dateutil_parser.parse(text, default=_DEFAULT_A)
        b = dateutil_parser.parse(text, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        return None
    return iso(a) if a.date() == b.date() else None
