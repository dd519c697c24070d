"""URLs as sources: fetched once, spooled to disk past a few megabytes."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from typing import BinaryIO
from urllib.parse import urlsplit

from .. import __version__
from ..errors import InputError
from .sources import Source, format_from_name

_SPOOL_BYTES = 16 * 1024 * 1024
USER_AGENT = f"keiretsu/{__version__}"


def fetch(url: str, timeout: float = 30.0) -> BinaryIO:
    import httpx

    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
    try:
        with httpx.stream(
            "GET", url, follow_redirects=True, timeout=timeout, headers={"User-Agent": USER_AGENT}
        ) as response:
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            for chunk in response.iter_bytes():
                spool.write(chunk)
    except httpx.HTTPError as e:
        spool.close()
        raise InputError(url, f"cannot fetch: {e}") from None
    spool.seek(0)
    return spool


def url_source(url: str, timeout: float = 30.0) -> Source:
    return Source(
        name=url,
        open=lambda: fetch(url, timeout),
        format=format_from_name(urlsplit(url).path),
        retrieved=datetime.now(UTC).replace(microsecond=0).isoformat(),
    )
