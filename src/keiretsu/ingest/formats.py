"""Readers: one per input format, each ``(file, name, ctx) -> records``.

A reader yields a ``RawDocument`` per document it finds and a ``Skipped`` for
each record it cannot use, and keeps going: one malformed JSON line costs that
line, not the file. Streams (JSONL, CSV, Parquet, WARC, tar) are read
incrementally, so memory stays flat however large the input.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import Format, RawDocument, Skipped
from ..settings import Settings
from .dates import parse_metadata_date
from .decode import BOMS, bom_encoding, decode, mostly_binary
from .limits import STREAM_ENDS, bounded_lines, deeper_than, over, size

Records = Iterator[RawDocument | Skipped]

#: Field names tried, in order, for each keiretsu field when no mapping is given.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "guid", "uuid", "_id"),
    "title": ("title", "headline"),
    "text": ("text", "body", "content", "article", "maintext"),
    "html": ("html", "raw_html"),
    "url": ("url", "link", "href"),
    "published": ("published", "date", "published_at", "pubdate", "publish_date", "date_publish", "timestamp"),
    "source": ("source", "outlet", "publisher", "site", "source_name"),
}


@dataclass(slots=True)
class ReadContext:
    encoding: str | None = None
    field_map: dict[str, str] = field(default_factory=dict)
    retrieved: str | None = None
    limits: Settings = field(default_factory=Settings)
    # What this input has cost so far, across its archive layers (``limits.py``).
    inflated: int = 0
    members: int = 0


def read_whole(f: BinaryIO, name: str, ctx: ReadContext) -> bytes:
    limit = ctx.limits.max_document_bytes
    data = f.read(limit + 1)
    if len(data) > limit:
        raise over(name, "max_document_bytes", ctx.limits, "one document larger than that is no news article")
    return data


def _utf8_size(text: str, ceiling: int) -> int:
    """``text``'s size in UTF-8, encoding it only where its length leaves the answer in doubt."""
    return len(text) if len(text) * 4 <= ceiling else len(text.encode("utf-8", "surrogatepass"))


# --- plain documents ------------------------------------------------------------------

_MD_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.M)


def read_text(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    text = decode(read_whole(f, name, ctx), name, ctx.encoding)
    yield RawDocument(text, Format.TEXT, name, retrieved=ctx.retrieved)


def read_markdown(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    text = decode(read_whole(f, name, ctx), name, ctx.encoding)
    m = _MD_TITLE.search(text)
    yield RawDocument(text, Format.MARKDOWN, name, title=m.group(1) if m else None, retrieved=ctx.retrieved)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _wide(codec: str) -> bool:
    try:
        return codecs.lookup(codec).name.startswith(("utf-16", "utf-32"))
    except LookupError:
        return False


def decode_html(data: bytes, name: str, encoding: str | None, declared: str | None = None) -> str:
    """A page's text. A BOM decides, then ``--encoding``; then the bytes themselves where they
    are UTF-8 (which a page in another encoding almost never is by chance); only then what the
    page declares (HTTP header, meta tag). A declaration the bytes contradict is not trusted:
    UTF-16 declared over bytes with no NUL in them (the meta tag that says so was read as ASCII),
    or any charset the bytes do not decode in."""
    if encoding or data.startswith(BOMS):
        return decode(data, name, encoding)
    nul = b"\0" in data[:4096]
    if not nul:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    m = _META_CHARSET.search(data[:4096])
    for candidate in (declared, m.group(1).decode("ascii") if m else None):
        if not candidate or _wide(candidate) and not nul:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return decode(data, name)


def _check_html(data: bytes | str, name: str, ctx: ReadContext) -> None:
    limit = ctx.limits.max_html_bytes
    n = len(data) if isinstance(data, bytes) else _utf8_size(data, limit)
    if n > limit:
        raise over(name, "max_html_bytes", ctx.limits, f"a page of {size(n)}; cleaning takes about 2 s a megabyte")


def read_html(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    data = read_whole(f, name, ctx)
    _check_html(data, name, ctx)
    html = decode_html(data, name, ctx.encoding)
    yield RawDocument(html, Format.HTML, name, retrieved=ctx.retrieved)


# --- records: JSON, JSON Lines, CSV, Parquet ----------------------------------------------


def _pick(obj: dict[str, Any], key: str, field_map: dict[str, str]) -> Any:
    if key in field_map:
        return obj.get(field_map[key])
    for alias in FIELD_ALIASES[key]:
        value = obj.get(alias)
        if value not in (None, ""):
            return value
    return None


def _opt(value: Any) -> str | None:
    """An optional field as text; a list or object where one value belongs is no value."""
    if value is None or value == "" or isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value) if isinstance(value, int | float) else None


def skipped(e: InputError) -> Skipped:
    """The record an error leaves in the stream."""
    return Skipped(e.location, e.reason)


def record_to_raw(obj: Any, location: str, ctx: ReadContext) -> RawDocument | Skipped:
    """A record with (mappable) fields ``id, title, text, url, published, source``; whatever a
    field holds, the answer is a document or a ``Skipped``, never an exception."""
    try:
        return _record(obj, location, ctx)
    except InputError as e:
        return skipped(e)
    except Exception as e:  # noqa: BLE001 - one odd record must not cost its neighbours
        return Skipped(location, f"unreadable record ({type(e).__name__}: {e})")


def _record(obj: Any, location: str, ctx: ReadContext) -> RawDocument | Skipped:
    if not isinstance(obj, dict):
        return Skipped(location, f"record is a JSON {type(obj).__name__}, not an object")
    fm = ctx.field_map
    text, fmt = _pick(obj, "text", fm), Format.TEXT
    if text in (None, "") and "text" not in fm:
        text, fmt = _pick(obj, "html", fm), Format.HTML
    if text in (None, ""):
        wanted = fm.get("text") or "/".join(FIELD_ALIASES["text"])
        return Skipped(location, f"no text: field '{wanted}' missing or empty")
    if not isinstance(text, str):
        return Skipped(location, f"text field is a {type(text).__name__}, not a string")
    lim = ctx.limits
    if fmt is Format.HTML:
        _check_html(text, location, ctx)
    elif _utf8_size(text, lim.max_document_bytes) > lim.max_document_bytes:
        raise over(location, "max_document_bytes", lim, "one document larger than that is no news article")
    return RawDocument(
        raw_text=text,
        format=fmt,
        location=location,
        external_id=_opt(_pick(obj, "id", fm)),
        title=_opt(_pick(obj, "title", fm)),
        url=_opt(_pick(obj, "url", fm)),
        source=_opt(_pick(obj, "source", fm)),
        published=parse_metadata_date(_pick(obj, "published", fm)),
        retrieved=ctx.retrieved,
    )


def _text_columns(fm: dict[str, str]) -> tuple[str, ...]:
    """The columns one of which a table needs for its rows to have text."""
    if "text" in fm:
        return (fm["text"],)
    return (*FIELD_ALIASES["text"], *((fm["html"],) if "html" in fm else FIELD_ALIASES["html"]))


def _require_text_column(columns: list[str], name: str, ctx: ReadContext) -> None:
    """A table without a text column is reported once, not once for each of its rows."""
    if not set(_text_columns(ctx.field_map)).intersection(columns):
        shown = ", ".join(columns[:20]) + (" ..." if len(columns) > 20 else "")
        wanted = ctx.field_map.get("text") or "/".join(FIELD_ALIASES["text"])
        raise InputError(name, f"no text column: no '{wanted}' among the columns ({shown}); "
                               "name one with --field text=COLUMN")


def _lines(f: BinaryIO, limit: int) -> tuple[Iterator[bytes | str | None], str | None]:
    """The lines of a line-based text input, each bounded (``limits.bounded_lines``), and the
    encoding its BOM gives. A BOM decides the encoding; UTF-16 and UTF-32 lines come decoded."""
    codec = bom_encoding(f.peek(4)[:4])
    if codec == "utf-8-sig":
        f.read(len(codecs.BOM_UTF8))
        return bounded_lines(f, limit), "utf-8"
    if codec:
        text = io.TextIOWrapper(f, encoding=codec, errors="replace", newline="")
        return _bounded_text_lines(text, limit), codec
    return bounded_lines(f, limit), None


def _bounded_text_lines(f: io.TextIOWrapper, limit: int) -> Iterator[str | None]:
    """``limits.bounded_lines`` for decoded text."""
    while line := f.readline(limit + 1):
        if line[-1:] != "\n":
            if len(line) > limit:
                while (rest := f.readline(1 << 20)) and rest[-1:] != "\n":
                    pass
                yield None
                continue
            f.buffer.peek(1)  # type: ignore[attr-defined]
        yield line


def _too_long(where: str, ctx: ReadContext) -> Skipped:
    return skipped(over(where, "max_document_bytes", ctx.limits, "a line longer than that is no news record"))


def read_jsonl(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    lines, bom = _lines(f, ctx.limits.max_document_bytes)
    encoding = None if bom else ctx.encoding
    found = False
    for lineno, line in enumerate(lines, 1):
        where = f"{name}:{lineno}"
        if line is None:
            found = True
            yield _too_long(where, ctx)
            continue
        line = line.strip()
        if line:
            found = True
            yield _json_record(line, where, ctx, encoding)
    if not found:
        raise InputError(name, "empty input")


def _json_record(line: bytes | str, where: str, ctx: ReadContext, encoding: str | None) -> RawDocument | Skipped:
    lim = ctx.limits
    try:
        obj = json.loads(line.decode(encoding) if encoding and isinstance(line, bytes) else line)
    except UnicodeDecodeError as e:
        return Skipped(where, f"not valid {encoding or 'UTF-8'} (byte 0x{line[e.start]:02x} at column {e.start + 1})")
    except json.JSONDecodeError as e:
        return Skipped(where, f"malformed JSON: {e.msg} at column {e.colno}")
    except RecursionError:
        return skipped(over(where, "max_json_depth", lim, "nested deeper than Python's JSON parser goes"))
    except ValueError as e:  # an integer of thousands of digits
        return Skipped(where, f"unreadable JSON: {e}")
    if _nested(obj) and deeper_than(obj, lim.max_json_depth):
        return skipped(over(where, "max_json_depth", lim, "records are flat"))
    return record_to_raw(obj, where, ctx)


def _nested(obj: Any) -> bool:
    """Whether ``obj`` is other than a flat record, which is most of them: only such are walked."""
    if type(obj) is not dict:
        return True
    for value in obj.values():
        if type(value) is dict or type(value) is list:
            return True
    return False


_LIST_KEYS = ("articles", "items", "documents", "docs", "data", "records", "results")


def read_json(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    data = read_whole(f, name, ctx)
    lim = ctx.limits
    try:
        obj = json.loads(decode(data, name, ctx.encoding))
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several objects, one per line: JSON Lines under a .json name
            yield from read_jsonl(io.BufferedReader(io.BytesIO(data)), name, ctx)
            return
        raise InputError(name, f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    except RecursionError:
        raise over(name, "max_json_depth", lim, "nested deeper than Python's JSON parser goes") from None
    except ValueError as e:  # an integer of thousands of digits
        raise InputError(name, f"unreadable JSON: {e}") from None
    if isinstance(obj, dict):
        inner = next((obj[k] for k in _LIST_KEYS if isinstance(obj.get(k), list)), None)
        obj = [obj] if inner is None else inner
        single = inner is None  # one record: the file is its location
    elif isinstance(obj, list):
        single = False
    else:
        raise InputError(name, f"JSON holds a {type(obj).__name__}, not records")
    for i, item in enumerate(obj):
        where = name if single else f"{name}[{i}]"
        if deeper_than(item, lim.max_json_depth):
            yield skipped(over(where, "max_json_depth", lim, "records are flat"))
        else:
            yield record_to_raw(item, where, ctx)


class _CsvLines:
    """The lines of a CSV file for ``csv.reader``, decoded one at a time, so that a line that is
    no text (a byte not in the encoding, a NUL byte) or is too long costs its row and no more:
    the row is marked ``bad``, and the reader skips it whole, however many lines it spans."""

    def __init__(self, lines: Iterator[bytes | str | None], codec: str | None, too_long: str):
        self._lines, self._codec, self._too_long = lines, codec, too_long
        self.bad: str | None = None
        self.lineno = 0

    def __iter__(self) -> _CsvLines:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        self.lineno += 1
        if line is None:
            self.bad = self.bad or self._too_long
            return "\n"
        if isinstance(line, str):
            return line
        try:
            text = line.decode(self._codec)
        except UnicodeDecodeError as e:
            self.bad = self.bad or (f"not valid {self._codec} (byte 0x{line[e.start]:02x} at line {self.lineno}); "
                                    "pass --encoding if the file is in another")
            return line.decode(self._codec, "replace")
        if "\0" in text:
            self.bad = self.bad or f"a NUL byte at line {self.lineno}: binary data, not text"
        return text


def read_csv(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    lim = ctx.limits
    head = f.peek(8192)[:8192]
    if not bom_encoding(head) and mostly_binary(head):
        raise InputError(name, "binary content, not CSV")
    lines, bom = _lines(f, lim.max_document_bytes)
    codec = None if bom and bom != "utf-8" else (bom or ctx.encoding or "utf-8")
    if codec:
        try:
            codecs.lookup(codec)
        except LookupError:
            raise InputError(name, f"unknown encoding {codec!r}") from None
    csv.field_size_limit(lim.max_csv_field_chars)
    source = _CsvLines(lines, codec, _too_long(name, ctx).reason)
    reader = csv.reader(source, delimiter="\t" if name.lower().endswith(".tsv") else ",")
    header: list[str] | None = None
    rows = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            source.bad = None
            rows += 1
            where = f"{name}:{source.lineno}"
            if "field limit" in str(e):
                yield skipped(over(where, "max_csv_field_chars", lim, "a field that long is no news record"))
            else:
                yield Skipped(where, f"malformed CSV: {e}")
            continue
        where = f"{name}:{source.lineno}"
        if source.bad:
            reason, source.bad = source.bad, None
            if header is None:
                raise InputError(where, f"the header row is unreadable: {reason}")
            rows += 1
            yield Skipped(where, reason)
            continue
        if not row:
            continue
        if header is None:
            header = row
            _require_text_column(header, name, ctx)
            continue
        rows += 1
        if row == header:  # files concatenated with their headers
            yield Skipped(where, "repeats the header row")
        elif len(row) > len(header):
            yield Skipped(where, "malformed CSV: more cells than columns")
        else:
            yield record_to_raw(dict(zip(header, row)), where, ctx)
    if header is None:
        raise InputError(name, "empty input")
    if not rows:
        raise InputError(name, "no rows under the header")


def read_parquet(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(f)
    except (pa.ArrowException, OSError) as e:
        raise InputError(name, f"not a readable Parquet file: {e}") from None
    columns = pf.schema_arrow.names
    _require_text_column(columns, name, ctx)
    # Only the columns a document uses are read: a wide table costs what its fields cost.
    wanted = {*ctx.field_map.values(), *(a for aliases in FIELD_ALIASES.values() for a in aliases)}
    row = 0
    for batch in pf.iter_batches(batch_size=1024, columns=[c for c in columns if c in wanted]):
        for obj in batch.to_pylist():
            yield record_to_raw(obj, f"{name}[{row}]", ctx)
            row += 1


# --- feeds and web archives -------------------------------------------------------------


def read_feed(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    import feedparser

    parsed = feedparser.parse(read_whole(f, name, ctx))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(name, f"malformed feed: {problem}" if problem else "feed has no entries")
    outlet = _opt(parsed.feed.get("title"))
    limit = ctx.limits.max_feed_entries
    for i, entry in enumerate(parsed.entries[:limit]):
        where = f"{name}#entry{i + 1}"
        try:
            yield _feed_entry(entry, where, outlet, ctx)
        except Exception as e:  # noqa: BLE001 - one odd entry must not cost the feed
            yield Skipped(where, f"unreadable feed entry ({type(e).__name__}: {e})")
    if len(parsed.entries) > limit:
        yield skipped(over(f"{name}#entry{limit + 1}", "max_feed_entries", ctx.limits,
                         f"{len(parsed.entries) - limit:,} entries after the first {limit:,} are not read"))


def _feed_entry(entry: Any, where: str, outlet: str | None, ctx: ReadContext) -> RawDocument | Skipped:
    body = entry.get("content")[0].get("value") if entry.get("content") else entry.get("summary")
    if not body:
        return Skipped(where, "feed entry has no text")
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return RawDocument(
        raw_text=body,
        format=Format.HTML_FRAGMENT,
        location=where,
        external_id=_opt(entry.get("id")),
        title=_opt(entry.get("title")),
        url=_opt(entry.get("link")),
        source=outlet,
        published=parse_metadata_date(stamp),
        retrieved=ctx.retrieved,
    )


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    """HTML responses (WARC) and text conversions (WET); other records are not news. A .warc.gz
    comes here decompressed (``read._dispatch``), so that its bytes are counted."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    # warcio reads any text as a legacy ARC record; look for a real header first.
    if not f.peek(16)[:16].startswith((b"WARC/", b"filedesc://")):
        raise InputError(name, "not a readable WARC file: it does not start with a WARC header")
    try:
        for n, record in enumerate(ArchiveIterator(f, arc2warc=True), 1):
            if record.rec_type not in ("response", "resource", "conversion"):
                continue
            if record.http_headers is not None:
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            ctype_l = ctype.lower()
            is_html = any(t in ctype_l for t in _HTML_TYPES)
            if not (is_html or ctype_l.startswith("text/plain")):
                continue
            where = f"{name}#record{n}"
            try:
                yield _warc_record(record, where, ctype if is_html else None, ctx)
            except STREAM_ENDS:
                raise
            except InputError as e:
                yield skipped(e)
    except ArchiveLoadFailed as e:
        raise InputError(name, f"not a readable WARC file: {str(e).strip()}") from None


def _warc_record(record: Any, where: str, html_type: str | None, ctx: ReadContext) -> RawDocument:
    # What is not read of a record is passed over by warcio without being held.
    data = read_whole(record.content_stream(), where, ctx)
    # warcio hands out a record cut short by the end of the file as if it were whole; what it
    # still expected is left on its length-limited reader.
    missing = getattr(record.raw_stream, "limit", 0)
    if len(data) <= ctx.limits.max_document_bytes and missing > 0:
        raise InputError(where, f"truncated WARC record: the file ends {missing:,} bytes short of its length")
    if html_type is not None:
        _check_html(data, where, ctx)
        m = re.search(r"charset=([\w.:-]+)", html_type, re.I)
        text = decode_html(data, where, ctx.encoding, m.group(1) if m else None)
    else:
        text = decode(data, where, ctx.encoding)
    return RawDocument(
        text, Format.HTML if html_type is not None else Format.TEXT, where,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        retrieved=parse_metadata_date(record.rec_headers.get_header("WARC-Date")),
    )


READERS: dict[str, Callable[[BinaryIO, str, ReadContext], Records]] = {
    "text": read_text,
    "markdown": read_markdown,
    "html": read_html,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "parquet": read_parquet,
    "feed": read_feed,
    "warc": read_warc,
}
