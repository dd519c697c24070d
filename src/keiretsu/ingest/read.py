"""The read step: sources in, ``RawDocument``s (and ``Skipped``s) out.

Archives (.gz, .zip, .tar*) are opened and each member is read as if it were
a file of its own, so a zip of feeds or a tarball of WARCs needs no unpacking.
"""

from __future__ import annotations

import gzip
import io
import shutil
import tarfile
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from ..errors import InputError
from ..models import RawDocument, Skipped
from ..pipeline import StepStats, reason_kind
from ..settings import Settings
from .formats import READERS, ReadContext, Records
from .sources import Source, format_from_bytes, format_from_name


class _Counting(io.RawIOBase):
    """Reports bytes as they are read, so progress follows a stream through gzip and tar."""

    def __init__(self, f: BinaryIO, on_bytes: Callable[[int], None]):
        self._f, self._on_bytes = f, on_bytes

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return self._f.seekable()

    def seek(self, offset: int, whence: int = 0) -> int:
        return self._f.seek(offset, whence)

    def tell(self) -> int:
        return self._f.tell()

    def readinto(self, b) -> int:  # type: ignore[override]
        n = self._f.readinto(b)
        if n:
            self._on_bytes(n)
        return n

    def close(self) -> None:
        self._f.close()
        super().close()


def _buffered(f: BinaryIO) -> io.BufferedReader:
    return f if hasattr(f, "peek") else io.BufferedReader(f)  # type: ignore[return-value]


def _seekable(f: BinaryIO) -> BinaryIO:
    """Zip and Parquet read from the end; a stream is spooled to a temporary file first."""
    if f.seekable():
        return f
    spool = tempfile.TemporaryFile()
    shutil.copyfileobj(f, spool)
    spool.seek(0)
    return spool


def _read_gz(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    inner = name[: -len(".gz")] if name.lower().endswith(".gz") else name
    yield from _dispatch(gzip.GzipFile(fileobj=f, mode="rb"), inner, format_from_name(inner), ctx)


def _read_zip(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    try:
        archive = zipfile.ZipFile(_seekable(f))
    except zipfile.BadZipFile as e:
        raise InputError(name, f"not a readable zip archive: {e}") from None
    with archive:
        for info in archive.infolist():
            if info.is_dir() or info.filename.rsplit("/", 1)[-1].startswith("."):
                continue
            member = f"{name}!{info.filename}"
            yield from _guarded(
                lambda info=info, member=member: _dispatch(
                    archive.open(info), member, format_from_name(info.filename), ctx
                ),
                member,
            )


def _read_tar(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    try:
        archive = tarfile.open(fileobj=f, mode="r|*")
    except tarfile.TarError as e:
        raise InputError(name, f"not a readable tar archive: {e}") from None
    with archive:
        for info in archive:
            if not info.isfile() or info.name.rsplit("/", 1)[-1].startswith("."):
                continue
            member = f"{name}!{info.name}"
            fobj = archive.extractfile(info)
            if fobj is None:
                continue
            yield from _guarded(lambda fobj=fobj, member=member, info=info: _dispatch(
                fobj, member, format_from_name(info.name), ctx
            ), member)


_CONTAINERS = {"gz": _read_gz, "zip": _read_zip, "tar": _read_tar}


def _dispatch(f: BinaryIO, name: str, fmt: str | None, ctx: ReadContext) -> Records:
    f = _buffered(f)
    head = f.peek(4096)[:4096]
    if fmt is None or fmt == "gz" and not head.startswith(b"\x1f\x8b"):
        fmt = format_from_bytes(head)
    if fmt in _CONTAINERS:
        yield from _CONTAINERS[fmt](f, name, ctx)
        return
    if fmt == "parquet":
        f = _seekable(f)
    yield from READERS[fmt](f, name, ctx)


def _guarded(make: Callable[[], Records], location: str) -> Records:
    """Run a reader; an error ends that input with a ``Skipped``, never the whole run."""
    try:
        yield from make()
    except InputError as e:
        yield Skipped(e.location, e.reason)
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        yield Skipped(location, f"truncated or corrupt compressed data: {e}")
    except tarfile.TarError as e:
        yield Skipped(location, f"truncated or corrupt tar archive: {e}")
    except UnicodeDecodeError as e:
        yield Skipped(location, f"not valid UTF-8 ({e.reason})")
    except OSError as e:
        yield Skipped(location, f"cannot read: {e.strerror or e}")
    except Exception as e:  # noqa: BLE001 - a reader bug on odd input must not end the batch
        yield Skipped(location, f"unreadable ({type(e).__name__}: {e})")


class ReadStep:
    """Map step over sources: each source yields its documents (a flat map)."""

    name = "read"

    def __init__(self, settings: Settings, on_bytes: Callable[[int], None] | None = None):
        self.settings = settings
        self.on_bytes = on_bytes or (lambda n: None)
        self.stats = StepStats(self.name)

    def read_source(self, source: Source) -> Records:
        ctx = ReadContext(self.settings.encoding, self.settings.field_map, source.retrieved)

        def make() -> Records:
            with source.open() as raw:
                f = io.BufferedReader(_Counting(raw, self.on_bytes), buffer_size=1 << 16)
                yield from _dispatch(f, source.name, source.format, ctx)

        return _guarded(make, source.name)

    def run(
        self, sources: Iterable[Source | Skipped], rank: int = 0, world_size: int = 1
    ) -> Iterator[RawDocument | Skipped]:
        stats = self.stats
        for i, source in enumerate(sources):
            if world_size > 1 and i % world_size != rank:
                continue
            if isinstance(source, Skipped):
                stats.skipped[reason_kind(source.reason)] += 1
                yield source
                continue
            stats.records_in += 1
            t0 = time.perf_counter()
            for record in self.read_source(source):
                stats.seconds += time.perf_counter() - t0
                if isinstance(record, Skipped):
                    stats.skipped[reason_kind(record.reason)] += 1
                else:
                    stats.records_out += 1
                yield record
                t0 = time.perf_counter()
            stats.seconds += time.perf_counter() - t0
