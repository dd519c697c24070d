"""Readers: one per input format, each ``(file, name, ctx) -> records``.

A reader yields a ``RawDocument`` per document it finds and a ``Skipped`` for
each record it cannot use, and keeps going: one malformed JSON line costs that
line, not the file. Streams (JSONL, CSV, Parquet, WARC, tar) are read
incrementally, so memory stays flat however large the input.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import Format, RawDocument, Skipped
from .dates import parse_metadata_date
from .decode import decode, looks_binary

Records = Iterator[RawDocument | Skipped]

#: One document larger than this is not a news article; refusing it keeps memory bounded.
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024

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


def read_whole(f: BinaryIO, name: str) -> bytes:
    data = f.read(MAX_DOCUMENT_BYTES + 1)
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(name, f"larger than {MAX_DOCUMENT_BYTES // 2**20} MB; not one news document")
    return data


# --- plain documents ------------------------------------------------------------------

_MD_TITLE = re.compile(r"^\s{0,3}#\s+(.+?)\s*#*\s*$", re.M)


def read_text(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    text = decode(read_whole(f, name), name, ctx.encoding)
    yield RawDocument(text, Format.TEXT, name, retrieved=ctx.retrieved)


def read_markdown(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    text = decode(read_whole(f, name), name, ctx.encoding)
    m = _MD_TITLE.search(text)
    yield RawDocument(text, Format.MARKDOWN, name, title=m.group(1) if m else None, retrieved=ctx.retrieved)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data: bytes, name: str, encoding: str | None, declared: str | None = None) -> str:
    """HTML says its own encoding (HTTP header or meta tag); trust that before UTF-8."""
    if not encoding:
        m = _META_CHARSET.search(data[:4096])
        for candidate in (declared, m.group(1).decode("ascii") if m else None):
            if not candidate:
                continue
            try:
                return data.decode(candidate)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(data, name, encoding)


def read_html(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    html = decode_html(read_whole(f, name), name, ctx.encoding)
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


def record_to_raw(obj: Any, location: str, ctx: ReadContext) -> RawDocument | Skipped:
    """A record with (mappable) fields ``id, title, text, url, published, source``."""
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

    def opt(key: str) -> str | None:
        value = _pick(obj, key, fm)
        return None if value in (None, "") else str(value)

    return RawDocument(
        raw_text=text,
        format=fmt,
        location=location,
        external_id=opt("id"),
        title=opt("title"),
        url=opt("url"),
        source=opt("source"),
        published=parse_metadata_date(_pick(obj, "published", fm)),
        retrieved=ctx.retrieved,
    )


def read_jsonl(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    for lineno, line in enumerate(f, 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            line = line.strip()
            obj = json.loads(line.decode(ctx.encoding) if ctx.encoding else line)
        except UnicodeDecodeError as e:
            yield Skipped(where, f"not valid UTF-8 (byte 0x{line[e.start]:02x} at column {e.start + 1})")
            continue
        except json.JSONDecodeError as e:
            yield Skipped(where, f"malformed JSON: {e.msg} at column {e.colno}")
            continue
        yield record_to_raw(obj, where, ctx)


_LIST_KEYS = ("articles", "items", "documents", "docs", "data", "records", "results")


def read_json(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    data = read_whole(f, name)
    try:
        obj = json.loads(decode(data, name, ctx.encoding))
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # several objects, one per line: JSON Lines under a .json name
            yield from read_jsonl(io.BytesIO(data), name, ctx)
            return
        raise InputError(name, f"malformed JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    if isinstance(obj, dict):
        inner = next((obj[k] for k in _LIST_KEYS if isinstance(obj.get(k), list)), None)
        if inner is None:
            yield record_to_raw(obj, name, ctx)
            return
        obj = inner
    if not isinstance(obj, list):
        raise InputError(name, f"JSON holds a {type(obj).__name__}, not records")
    for i, item in enumerate(obj):
        yield record_to_raw(item, f"{name}[{i}]", ctx)


def read_csv(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    csv.field_size_limit(MAX_DOCUMENT_BYTES)
    head = f.peek(8192)[:8192] if hasattr(f, "peek") else b""
    if looks_binary(head):
        raise InputError(name, "binary content, not CSV")
    text = io.TextIOWrapper(f, encoding=ctx.encoding or "utf-8-sig", errors="strict", newline="")
    delimiter = "\t" if name.lower().endswith(".tsv") else ","
    reader = csv.DictReader(text, delimiter=delimiter)
    while True:
        try:
            obj = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as e:
            raise InputError(f"{name}:{reader.line_num + 1}", f"not valid UTF-8 ({e.reason})") from None
        except csv.Error as e:
            yield Skipped(f"{name}:{reader.line_num}", f"malformed CSV: {e}")
            continue
        if None in obj:  # more cells than header columns
            yield Skipped(f"{name}:{reader.line_num}", "malformed CSV: more cells than columns")
            continue
        yield record_to_raw(obj, f"{name}:{reader.line_num}", ctx)


def read_parquet(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(f)
    except (pa.ArrowException, OSError) as e:
        raise InputError(name, f"not a readable Parquet file: {e}") from None
    row = 0
    for batch in pf.iter_batches(batch_size=1024):
        for obj in batch.to_pylist():
            yield record_to_raw(obj, f"{name}[{row}]", ctx)
            row += 1


# --- feeds and web archives -------------------------------------------------------------


def read_feed(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    import feedparser

    parsed = feedparser.parse(read_whole(f, name))
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise InputError(name, f"malformed feed: {problem}" if problem else "feed has no entries")
    outlet = parsed.feed.get("title") or None
    for i, entry in enumerate(parsed.entries):
        where = f"{name}#entry{i + 1}"
        body = entry.get("content")[0].get("value") if entry.get("content") else entry.get("summary")
        if not body:
            yield Skipped(where, "feed entry has no text")
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        yield RawDocument(
            raw_text=body,
            format=Format.HTML_FRAGMENT,
            location=where,
            external_id=entry.get("id") or None,
            title=entry.get("title") or None,
            url=entry.get("link") or None,
            source=outlet,
            published=parse_metadata_date(stamp),
            retrieved=ctx.retrieved,
        )


_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(f: BinaryIO, name: str, ctx: ReadContext) -> Records:
    """HTML responses (WARC) and text conversions (WET); other records are not news."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    # warcio reads any text as a legacy ARC record; look for a real header first.
    head = f.peek(512)[:512] if hasattr(f, "peek") else b""
    if head.startswith(b"\x1f\x8b"):
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 64)
    if not head.startswith((b"WARC/", b"filedesc://")):
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
            data = record.content_stream().read(MAX_DOCUMENT_BYTES + 1)
            if len(data) > MAX_DOCUMENT_BYTES:
                yield Skipped(where, "record larger than 20 MB; not one news document")
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            retrieved = parse_metadata_date(record.rec_headers.get_header("WARC-Date"))
            try:
                if is_html:
                    m = re.search(r"charset=([\w.:-]+)", ctype, re.I)
                    text = decode_html(data, where, ctx.encoding, m.group(1) if m else None)
                else:
                    text = decode(data, where, ctx.encoding)
            except InputError as e:
                yield Skipped(e.location, e.reason)
                continue
            yield RawDocument(
                text, Format.HTML if is_html else Format.TEXT, where, url=url, retrieved=retrieved
            )
    except ArchiveLoadFailed as e:
        raise InputError(name, f"not a readable WARC file: {str(e).strip()}") from None


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
