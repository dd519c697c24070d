"""URLs as sources: fetched once, within the settings' limits, spooled to disk past a few megabytes.

A fetch is bounded in every way a server could stretch it: total time (a timer shuts the
socket at the deadline, so a server dripping one byte at a time cannot hold it), bytes as sent
(a gzip body is stored compressed and bounded again while it is read, like any .gz),
redirects (http and https only, and none into a private or loopback network unless the
first URL was in one), and content type.
"""

from __future__ import annotations

import ipaddress
import socket
import tempfile
import threading
import time
from datetime import UTC, datetime
from functools import partial
from typing import BinaryIO
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError, LimitExceeded
from ..settings import Settings
from .limits import over, size
from .sources import Source, format_from_name

_SPOOL_BYTES = 16 * 1024 * 1024
# The longest wait for any one step (connect, a read); the deadline bounds their sum.
_IDLE_SECONDS = 10.0
USER_AGENT = f"keiretsu/{__version__}"


def _internal(host: str | None, port: int) -> bool:
    """Whether ``host`` is, or resolves to, a private, loopback, link-local or reserved address."""
    if not host:
        return False
    try:
        addresses = {info[4][0] for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)}
    except OSError:
        return False  # unresolvable: the request itself will fail and say so
    for text in addresses:
        ip = ipaddress.ip_address(text.split("%", 1)[0])
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        if not ip.is_global or ip.is_multicast:
            return True
    return False


def _port(url: str) -> int:
    parts = urlsplit(url)
    return parts.port or (443 if parts.scheme == "https" else 80)


class _Deadline:
    """Shuts every socket the fetch opened once its time is up, which ends a blocked read."""

    def __init__(self, seconds: float):
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def trace(self, event: str, info: dict) -> None:
        """httpcore's trace hook: note each connection's socket as it is made."""
        if event == "connection.connect_tcp.complete" and info.get("return_value") is not None:
            sock = info["return_value"].get_extra_info("socket")
            with self._lock:
                if sock is not None:
                    self._sockets.append(sock)
                if self.expired:
                    self._shut()

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            self._shut()

    def _shut(self) -> None:
        for sock in self._sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def fetch(url: str, settings: Settings) -> BinaryIO:
    """The body of ``url`` as sent (a gzip body stays compressed), in a file-like object."""
    import httpx

    started = time.monotonic()
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)
    try:
        with _Deadline(settings.http_timeout) as deadline, httpx.Client(
            timeout=httpx.Timeout(min(_IDLE_SECONDS, settings.http_timeout)),
            # gzip only: it is decoded by the reader, under the same limits as a .gz file.
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip"},
            follow_redirects=False,
        ) as client:
            try:
                _download(client, url, settings, spool, deadline)
            except httpx.HTTPError as e:
                if deadline.expired:
                    raise _late(url, settings, started) from None
                raise InputError(url, f"cannot fetch: {e or type(e).__name__}") from None
            if deadline.expired:  # the timer fired as the last chunk came in
                raise _late(url, settings, started)
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return spool


def _late(url: str, settings: Settings, started: float) -> LimitExceeded:
    return over(url, "http_timeout", settings, f"still fetching after {time.monotonic() - started:.0f} s")


def check_redirect(url: str, target: str, first_internal: bool) -> None:
    """A redirect is followed to http and https only, and from a public address to a public one
    only: a page must not steer the fetch to a service inside the network (a metadata server,
    an admin port) and have its reply stored as a document."""
    parts = urlsplit(target)
    if parts.scheme not in ("http", "https"):
        raise InputError(url, f"redirected to {target!r}: only http and https are followed")
    if not first_internal and _internal(parts.hostname, _port(target)):
        raise InputError(url, f"redirected to {target!r}, a private or loopback address: not followed")


def _download(client, url: str, settings: Settings, spool, deadline: _Deadline) -> None:
    current, first_internal = url, None
    for _ in range(settings.max_redirects + 1):
        with client.stream("GET", current, extensions={"trace": deadline.trace}) as response:
            if response.is_redirect:
                target = urljoin(current, response.headers.get("location", ""))
                if first_internal is None:  # resolved only when needed: most fetches are not redirected
                    first_internal = _internal(urlsplit(url).hostname, _port(url))
                check_redirect(url, target, first_internal)
                current = target
                continue
            if response.status_code >= 400:
                raise InputError(url, f"HTTP {response.status_code} {response.reason_phrase}")
            media = _media_type(response.headers.get("content-type", ""))
            if media and not media.startswith(settings.fetch_content_types):
                raise InputError(url, f"content type {media} is not news keiretsu reads (fetch_content_types; "
                                      "set KEIRETSU_FETCH_CONTENT_TYPES to read it)")
            encoding = response.headers.get("content-encoding", "identity").strip().lower()
            if encoding not in ("identity", "gzip", "x-gzip", ""):
                raise InputError(url, f"sent with content encoding {encoding!r}, which was not asked for")
            limit = settings.max_fetch_bytes
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limit:
                raise over(url, "max_fetch_bytes", settings, f"the server says {size(int(declared))}")
            received = 0
            for chunk in response.iter_raw():
                received += len(chunk)
                if received > limit:
                    raise over(url, "max_fetch_bytes", settings, f"more than {size(limit)} sent; the rest is not read")
                spool.write(chunk)
            return
    raise over(url, "max_redirects", settings, f"still redirected after {settings.max_redirects}")


def url_source(url: str) -> Source:
    return Source(
        name=url,
        open=partial(fetch, url),  # not a lambda: sources are pickled to the executor's workers
        format=format_from_name(urlsplit(url).path),
        retrieved=datetime.now(UTC).replace(microsecond=0).isoformat(),
    )
