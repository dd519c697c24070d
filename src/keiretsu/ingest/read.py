"""The read step: sources in, ``RawDocument``s (and ``Skipped``s) out.

Archives (.gz, .zip, .tar*) are opened and each member is read as if it were
a file of its own, so a zip of feeds or a tarball of WARCs needs no unpacking.
Every decompressed byte, member and archive level is charged to the input's
limits (``limits.py``) as it streams past, so a bomb is refused within a few
megabytes; a damaged archive keeps what precedes the damage (and, for tar, what
follows it), with one ``Skipped`` saying where the damage was.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import shutil
import tarfile
import tempfile
import time
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from ..clean.normalize import valid_unicode
from ..errors import InputError, LimitExceeded
from ..models import RawDocument, Skipped
from ..pipeline import StepStats, reason_kind
from ..settings import Settings
from .formats import READERS, ReadContext, Records, skipped
from .limits import RATIO_FLOOR, Counted, Inflated, InputLimit, StreamLimit, buffered, count_member, over, size
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


GZIP_MAGIC = b"\x1f\x8b"
_TAR_CODECS = ((GZIP_MAGIC, gzip.GzipFile), (b"BZh", bz2.BZ2File), (b"\xfd7zXZ\x00", lzma.LZMAFile))


def _hidden(member: str) -> bool:
    return member.rsplit("/", 1)[-1].startswith(".")


def _valid(skip: Skipped) -> Skipped:
    """A file name that is not UTF-8, or a reason quoting a lone surrogate, must not crash the
    writer (documents are repaired, and the repair logged, by cleaning)."""
    (location, bad_location), (reason, bad_reason) = valid_unicode(skip.location), valid_unicode(skip.reason)
    return Skipped(location, reason) if bad_location or bad_reason else skip


def _seekable(f: BinaryIO, nested: bool) -> BinaryIO:
    """Zip and Parquet read from the end. A stream, or anything from inside an archive (which
    seeks by decompressing again from its start), is copied to a temporary file first, through
    the counting that bounds it."""
    if f.seekable() and not nested:
        return f
    spool = tempfile.TemporaryFile()
    shutil.copyfileobj(f, spool, 1 << 20)
    spool.seek(0)
    return spool


def _inflate(compressed: BinaryIO, codec, where: str, ctx: ReadContext) -> tuple[io.BufferedReader, Inflated]:
    packed = Counted(compressed)
    layer = Inflated(codec(fileobj=packed) if codec is gzip.GzipFile else codec(packed), where, ctx, packed)
    return buffered(layer), layer


def _read_gz(f: BinaryIO, name: str, ctx: ReadContext, depth: int, inner_fmt: str | None = None) -> Records:
    inner = name[: -len(".gz")] if name.lower().endswith(".gz") else name
    stream, layer = _inflate(f, gzip.GzipFile, name, ctx)
    yield from _dispatch(stream, inner, inner_fmt or format_from_name(inner), ctx, depth)
    layer.done()


def _refuse_overlaps(infos: list[zipfile.ZipInfo], name: str) -> None:
    """Members whose data overlap are the mark of a zip bomb (one deflate stream referenced by
    thousands of headers); no zip tool writes them. A local header is at least 30 bytes."""
    spans = sorted((i.header_offset, i.compress_size) for i in infos)
    for (start, length), (following, _) in zip(spans, spans[1:]):
        if following < start + 30 + length:
            raise InputError(name, f"not a readable zip archive: members overlap at byte {following} (a zip bomb)")


def _read_zip(f: BinaryIO, name: str, ctx: ReadContext, depth: int) -> Records:
    try:
        archive = zipfile.ZipFile(_seekable(f, nested=depth > 1))
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as e:
        raise InputError(name, f"not a readable zip archive: {e}") from None
    lim = ctx.limits
    with archive:
        infos = archive.infolist()
        _refuse_overlaps(infos, name)
        files = [i for i in infos if not i.is_dir() and not _hidden(i.filename)]
        if not files:
            raise InputError(name, "empty archive: no files in it")
        declared, packed = sum(i.file_size for i in files), sum(i.compress_size for i in files)
        if declared > RATIO_FLOOR and declared > lim.max_compression_ratio * max(packed, 1):
            raise over(name, "max_compression_ratio", lim, f"its members say they decompress to {size(declared)} "
                       f"from {size(packed)}: a zip bomb, not read")
        for info in files:
            member = f"{name}!{info.filename}"
            count_member(ctx, member)
            if info.flag_bits & 0x1:
                yield Skipped(member, "encrypted: keiretsu reads no passwords")
            elif info.file_size > lim.max_member_bytes:
                yield skipped(over(member, "max_member_bytes", lim, f"it decompresses to {size(info.file_size)}"))
            elif RATIO_FLOOR < info.file_size > lim.max_compression_ratio * max(info.compress_size, 1):
                yield skipped(over(member, "max_compression_ratio", lim, f"{size(info.compress_size)} would decompress "
                                 f"to {size(info.file_size)}: a zip bomb, not read"))
            else:
                yield from _guarded(lambda info=info, member=member: _zip_member(archive, info, member, ctx, depth),
                                    member, member=True)


def _zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, member: str, ctx: ReadContext, depth: int) -> Records:
    try:
        opened = archive.open(info)
    except NotImplementedError as e:  # a compression method zipfile lacks
        raise InputError(member, f"not read: {e}") from None
    # zipfile stops a member at its declared size, which was checked; the count charges what is
    # read to the input.
    layer = Inflated(opened, member, ctx)
    yield from _dispatch(buffered(layer), member, format_from_name(info.filename), ctx, depth)
    layer.done()


class _TarScan:
    """Where a tar's headers are damaged. Opened with ``ignore_zeros``, tarfile passes over a
    block that is no header to the next one that is, so the members after damage are still read;
    this notes the damage for the report, and gives up after 64 MB with no header at all (a
    file that is no tar, or damage past saving), which would otherwise be scanned to its end."""

    _MAX_RUN = 64 * 2**20 // tarfile.BLOCKSIZE

    def __init__(self) -> None:
        self.damaged_at: int | None = None
        self.damaged_blocks = 0
        self.truncated_at: int | None = None
        self._run = 0
        scan = self

        class Info(tarfile.TarInfo):
            @classmethod
            def fromtarfile(cls, tf):
                try:
                    info = super().fromtarfile(tf)
                except (tarfile.EOFHeaderError, tarfile.InvalidHeaderError, tarfile.TruncatedHeaderError) as e:
                    scan._note(e, tf.offset)
                    raise
                scan._run = 0
                return info

        self.info_class = Info

    def _note(self, e: Exception, offset: int) -> None:
        if isinstance(e, tarfile.TruncatedHeaderError):
            self.truncated_at = offset
            return
        if isinstance(e, tarfile.InvalidHeaderError):
            if self.damaged_at is None:
                self.damaged_at = offset
            self.damaged_blocks += 1
        self._run += 1  # zero blocks too: a tar ends with a few, not with megabytes of them
        if self._run > self._MAX_RUN:
            raise tarfile.ReadError(f"no tar header in the {size(self._MAX_RUN * tarfile.BLOCKSIZE)} after byte "
                                    f"{offset - (self._run - 1) * tarfile.BLOCKSIZE}")

    def damage(self, name: str) -> Skipped | None:
        if self.damaged_at is not None:
            return Skipped(name, f"damaged tar data: {self.damaged_blocks} block(s) from byte {self.damaged_at} "
                                 "were no tar header and were passed over; the members around them were read")
        if self.truncated_at is not None:
            return Skipped(name, f"truncated tar archive: it ends inside a header at byte {self.truncated_at}")
        return None


def _read_tar(f: BinaryIO, name: str, ctx: ReadContext, depth: int) -> Records:
    f = _buffered(f)
    head = f.peek(8)[:8]
    layer = None
    for magic, codec in _TAR_CODECS:
        if head.startswith(magic):
            # Decompressed here rather than by tarfile, so that every byte is counted.
            f, layer = _inflate(f, codec, name, ctx)
            break
    scan = _TarScan()
    try:
        archive = tarfile.open(fileobj=f, mode="r|", ignore_zeros=True, tarinfo=scan.info_class)
    except tarfile.TarError as e:
        raise InputError(name, f"not a readable tar archive: {e}") from None
    lim = ctx.limits
    files = 0
    with archive:
        while (info := archive.next()) is not None:
            # A streamed tarfile keeps every header it has read; a bomb of members would fill memory.
            archive.members.clear()
            if info.isdir() or _hidden(info.name):
                continue
            member = f"{name}!{info.name}"
            count_member(ctx, member)
            files += 1
            if info.issym() or info.islnk():
                # Nothing is written to disk, so ../ and absolute names are only names; a link
                # would read another member or a file outside the archive.
                yield Skipped(member, f"a link to {info.linkname!r}: links are not followed")
            elif not info.isfile():
                yield Skipped(member, "not a regular file")
            elif info.size > lim.max_member_bytes:
                yield skipped(over(member, "max_member_bytes", lim, f"it holds {size(info.size)}"))
            else:
                fobj = archive.extractfile(info)
                yield from _guarded(
                    lambda fobj=fobj, member=member, info=info: _dispatch(
                        fobj, member, format_from_name(info.name), ctx, depth),
                    member, owner=layer, member=True)
    if layer is not None:
        layer.done()
    damage = scan.damage(name)
    if damage is not None:
        yield damage
    elif not files:
        raise InputError(name, "empty archive: no files in it")


_CONTAINERS = {"gz": _read_gz, "zip": _read_zip, "tar": _read_tar}


def _dispatch(f: BinaryIO, name: str, fmt: str | None, ctx: ReadContext, depth: int = 0) -> Records:
    """Read ``f`` by its format; ``depth``: the archives it is inside."""
    f = _buffered(f)
    head = f.peek(4096)[:4096]
    if not head:
        raise InputError(name, "empty input")
    if fmt is None or fmt == "gz" and not head.startswith(GZIP_MAGIC):
        fmt = format_from_bytes(head)
    inner_fmt, layer = None, None
    if head.startswith(GZIP_MAGIC) and fmt not in ("gz", "tar"):
        if fmt == "warc":
            # A .warc.gz: the gzip is WARC's own framing, not an archive level; decompressed
            # here rather than by warcio, so that every byte is counted.
            f, layer = _inflate(f, gzip.GzipFile, name, ctx)
        else:  # gzip under another name: an HTTP body sent compressed, a misnamed file
            fmt, inner_fmt = "gz", fmt
    if fmt in _CONTAINERS:
        if depth >= ctx.limits.max_archive_depth:
            raise over(name, "max_archive_depth", ctx.limits, f"an archive {depth} levels deep is not opened")
        if inner_fmt:
            yield from _read_gz(f, name, ctx, depth + 1, inner_fmt)
        else:
            yield from _CONTAINERS[fmt](f, name, ctx, depth + 1)
        return
    if fmt == "parquet":
        f = _seekable(f, nested=depth > 0)
    found = False
    for record in READERS[fmt](f, name, ctx):
        found = True
        yield record
    if layer is not None:
        layer.done()
    if not found:  # so that an input with nothing in it is reported, and `ingest` of it exits 2
        yield Skipped(name, "no documents in it")


def _guarded(make: Callable[[], Records], location: str, owner: Inflated | None = None,
             member: bool = False) -> Records:
    """Run a reader; an error ends that input (or archive member) with a ``Skipped``, never the run.

    A member's guard passes on what ends more than the member: a limit of the whole input, and
    the end of the archive's own decompressed stream (``owner``).
    """
    try:
        yield from make()
    except LimitExceeded as e:
        if member and (isinstance(e, InputLimit) or isinstance(e, StreamLimit) and owner is not None
                       and e.layer is owner):
            raise
        yield skipped(e)
    except InputError as e:
        yield skipped(e)
    except (EOFError, zlib.error, gzip.BadGzipFile, lzma.LZMAError) as e:
        yield Skipped(location, f"truncated or corrupt compressed data: {e or type(e).__name__}")
    except tarfile.TarError as e:
        yield Skipped(location, f"truncated or corrupt tar archive: {e}")
    except zipfile.BadZipFile as e:
        yield Skipped(location, f"corrupt zip archive: {e}")
    except RecursionError:
        yield Skipped(location, "nested too deeply to read")
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
        settings = self.settings
        ctx = ReadContext(settings.encoding, settings.field_map, source.retrieved, settings)

        def make() -> Records:
            with source.open(settings) as raw:
                f = io.BufferedReader(_Counting(raw, self.on_bytes), buffer_size=1 << 16)
                yield from _dispatch(f, source.name, source.format, ctx)

        for record in _guarded(make, source.name):
            yield _valid(record) if isinstance(record, Skipped) else record

    def run(
        self, sources: Iterable[Source | Skipped], rank: int = 0, world_size: int = 1
    ) -> Iterator[RawDocument | Skipped]:
        stats = self.stats
        for i, source in enumerate(sources):
            if world_size > 1 and i % world_size != rank:
                continue
            if isinstance(source, Skipped):
                stats.skipped[reason_kind(source.reason)] += 1
                yield _valid(source)
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
