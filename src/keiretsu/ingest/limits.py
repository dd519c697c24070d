"""What reading one input may cost, counted as its bytes stream past.

Every decompressed byte, archive member and archive level of one input is charged
to its ``ReadContext``; past a limit of ``Settings`` the reader raises a
``LimitExceeded`` that names the limit and the variable that raises it. The
checks are additions and comparisons on counts the stream already has, so a
bomb is refused after a few megabytes at no cost to ordinary input.
"""

from __future__ import annotations

import io
import lzma
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from ..errors import LimitExceeded
from ..settings import Settings

if TYPE_CHECKING:
    from .formats import ReadContext

#: The compression ratio is judged only past this many decompressed bytes: a small stream
#: (a header, a page of blank lines) compresses erratically, and a megabyte costs nothing.
RATIO_FLOOR = 2**20


def size(n: float) -> str:
    """Bytes for a message: ``20 MB``, ``1.5 GB``, ``512 bytes``."""
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= scale:
            v = n / scale
            return f"{v:.0f} {unit}" if v >= 10 or v == int(v) else f"{v:.1f} {unit}"
    return f"{n:.0f} bytes"


def over(location: str, setting: str, limits: Settings, detail: str, cls: type[LimitExceeded] = LimitExceeded):
    """The error for ``location`` going past ``setting``, with the limit shown as a user sets it."""
    value = getattr(limits, setting)
    shown = size(value) if setting.endswith("_bytes") else f"{value:g} s" if isinstance(value, float) else f"{value:,}"
    return cls(location, setting, shown, detail)


class InputLimit(LimitExceeded):
    """A limit of the whole input (its decompressed bytes, its members): nothing more of it is read."""


class StreamLimit(LimitExceeded):
    """A decompressed stream went past a limit: the stream ends here, and so does an archive
    read from it (a tar cannot skip to its next member without the stream). ``layer`` is the
    stream, so that the archive it belongs to can tell its own end from one member's."""

    layer: Any = None


#: What ends the stream being read rather than one record of it: a reader that skips a bad
#: record and reads on passes these up.
STREAM_ENDS = (InputLimit, StreamLimit)


class Counted(io.RawIOBase):
    """Bytes read so far from a compressed stream: the denominator of its compression ratio."""

    def __init__(self, f: BinaryIO):
        self._f, self.n = f, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = self._f.readinto(b) or 0
        self.n += n
        return n


class Inflated(io.RawIOBase):
    """A decompressed stream, charged to its input as it is read.

    Past ``max_member_bytes`` of its own, or ``max_compression_ratio`` times what it read from
    ``packed``, it raises ``StreamLimit`` (and keeps raising it: the stream is done); past the
    input's ``max_archive_bytes``, ``InputLimit``.

    Damage (corrupt or truncated data) after some data came through is reported one read late,
    as an end of stream first: a buffered read gathers several steps of decompression, and would
    drop those before the damage with the exception. ``done`` raises it once the reader has taken
    what came before.
    """

    def __init__(self, f: BinaryIO, where: str, ctx: ReadContext, packed: Counted | None = None):
        self._f, self._where, self._ctx, self._packed = f, where, ctx, packed
        self.n = 0
        self._stopped: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._stopped is not None:
            raise self._stopped
        try:
            # One step of decompression at a time, so that damage ends a read at its place.
            n = self._f.readinto1(b) or 0
        except (EOFError, OSError, zlib.error, lzma.LZMAError) as e:  # gzip.BadGzipFile is an OSError
            if not self.n:
                raise
            self._stopped = e
            return 0
        if n:
            self.n += n
            ctx = self._ctx
            ctx.inflated += n
            lim = ctx.limits
            if ctx.inflated > lim.max_archive_bytes:
                self._stop(over(self._where, "max_archive_bytes", lim,
                                f"{size(ctx.inflated)} decompressed from this input so far; the rest is not read",
                                InputLimit))
            if self.n > lim.max_member_bytes:
                self._stop(over(self._where, "max_member_bytes", lim,
                                f"decompressed past {size(self.n)}; the rest is not read", StreamLimit))
            packed = self._packed
            if packed is not None and self.n > RATIO_FLOOR and self.n > lim.max_compression_ratio * packed.n:
                self._stop(over(self._where, "max_compression_ratio", lim,
                                f"{size(packed.n)} decompressed to {size(self.n)} ({self.n / max(packed.n, 1):,.0f} "
                                "times): a decompression bomb, not read further", StreamLimit))
        return n

    def done(self) -> None:
        """Raise the damage that ended the stream early, if any."""
        if self._stopped is not None:
            raise self._stopped

    def _stop(self, e: LimitExceeded) -> None:
        if isinstance(e, StreamLimit):
            e.layer = self
        self._stopped = e
        raise e

    def close(self) -> None:
        self._f.close()
        super().close()


def buffered(raw: io.RawIOBase) -> io.BufferedReader:
    # Large reads keep the per-call cost of counting out of the profile.
    return io.BufferedReader(raw, buffer_size=1 << 16)


def count_member(ctx: ReadContext, member: str) -> None:
    """One more file from an archive of this input."""
    ctx.members += 1
    if ctx.members > ctx.limits.max_archive_members:
        raise over(member, "max_archive_members", ctx.limits, "this member and those after it are not read",
                   InputLimit)


def bounded_lines(f: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """The lines of ``f``, each of at most ``limit`` bytes; ``None`` in place of a longer one,
    which is read past a megabyte at a time and never held whole."""
    while line := f.readline(limit + 1):
        if line[-1:] != b"\n":
            if len(line) > limit:
                while (rest := f.readline(1 << 20)) and rest[-1:] != b"\n":
                    pass
                yield None
                continue
            # The last line: a stream that ended on damage (``Inflated``) says so here, before
            # the line it cut is taken for a record.
            f.peek(1)  # type: ignore[attr-defined]
        yield line


def deeper_than(obj: Any, limit: int) -> bool:
    """Whether JSON arrays and objects nest in ``obj`` more than ``limit`` levels (iteratively:
    the point is not to trust the stack)."""
    stack = [(obj, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            value = value.values()
        elif not isinstance(value, list):
            continue
        if depth > limit:
            return True
        stack.extend((v, depth + 1) for v in value)
    return False
