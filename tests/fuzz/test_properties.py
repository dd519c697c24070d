"""Property-based tests (Hypothesis) of the readers and the cleaner.

Whatever the input (random bytes, valid files of every format with random damage, random JSON
records, CSV tables and HTML), reading and cleaning give documents and ``Skipped`` records and
never raise; no reader falls through to the catch-all that reports an unexpected exception;
and every field of what comes out is text that UTF-8 encodes, so that no writer can fail on it.
The limits are set small, so that random input runs into them too.
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from keiretsu.clean import CleanStep
from keiretsu.ingest import ReadStep, expand_inputs
from keiretsu.models import Document, Format, RawDocument, Skipped
from keiretsu.settings import Settings

from .hostile import story

LIMITS = Settings(max_document_bytes=8192, max_member_bytes=16384, max_archive_bytes=65536, max_json_depth=6,
                  max_csv_field_chars=4096, max_html_bytes=8192, max_feed_entries=3, max_archive_members=8,
                  max_archive_depth=2)
# Fixed examples, no example database: the same few hundred cases in every CI run.
_FIXED = settings(deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow])


def fuzz(examples: int) -> settings:
    return settings(_FIXED, max_examples=examples)
# Every code point, lone surrogates included.
ANY_TEXT = st.text(st.characters(exclude_categories=()), max_size=40)


def _check(records: list) -> list:
    for record in records:
        assert isinstance(record, Document | Skipped), record
        for f in dataclasses.fields(record):
            value = getattr(record, f.name)
            if isinstance(value, str):
                value.encode("utf-8")
        if isinstance(record, Document):
            json.dumps(record.cleaning, ensure_ascii=False).encode("utf-8")
        else:
            assert not record.reason.startswith(("unreadable (", "cannot clean (")), record
    return records


def read_clean(path: Path) -> list:
    read, clean = ReadStep(LIMITS), CleanStep(LIMITS)
    return _check(list(clean.run(read.run(expand_inputs([str(path)])))))


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _tar(files: dict[str, bytes], mode: str = "w") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as t:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _zip(files: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return buf.getvalue()


def _warc() -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(3):
        html = f"<html><body><article><p>{story(i)}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.com/{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    return buf.getvalue()


def _parquet() -> bytes:
    import pyarrow as pa
    import pyarrow.parquet as pq

    buf = io.BytesIO()
    pq.write_table(pa.table({"id": ["a", "b"], "text": [story("a"), story("b")]}), buf)
    return buf.getvalue()


JSONL = "".join(json.dumps({"id": i, "title": f"T{i}", "text": story(i), "published": "2024-03-13"}) + "\n"
                for i in range(4)).encode()
CSV = ("id,title,text\n" + "".join(f'{i},T{i},"{story(i)}"\n' for i in range(4))).encode()
RSS = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
       + "".join(f"<item><title>T{i}</title><description>{story(i)}</description></item>" for i in range(4))
       + "</channel></rss>").encode()
#: A valid file of every format, to be damaged at random.
SAMPLES: dict[str, bytes] = {
    "story.txt": story("txt").encode(),
    "page.html": f"<html><body><article><p>{story('html')}</p></article></body></html>".encode(),
    "news.jsonl": JSONL,
    "news.json": b"[" + b",".join(JSONL.splitlines()) + b"]",
    "news.csv": CSV,
    "feed.rss": RSS,
    "news.jsonl.gz": gzip.compress(JSONL),
    "bundle.zip": _zip({"a.jsonl": JSONL, "b.txt": story("zip").encode(), "inner.zip": _zip({"c.csv": CSV})}),
    "bundle.tar.gz": _tar({"a.jsonl": JSONL, "b.rss": RSS}, "w:gz"),
    "bundle.tar": _tar({"a.csv": CSV, "b.txt": story("tar").encode()}),
    "crawl.warc.gz": _warc(),
    "table.parquet": _parquet(),
}


@fuzz(150)
@given(name=st.sampled_from(sorted(SAMPLES)), damage=st.lists(st.tuples(st.floats(0, 1), st.integers(0, 255)),
                                                              max_size=4), cut=st.floats(0, 1))
def test_damaged_files_of_every_format(folder: Path, name: str, damage: list[tuple[float, int]], cut: float):
    data = bytearray(SAMPLES[name])
    for where, byte in damage:
        data[int(where * (len(data) - 1))] = byte
    if cut < 0.3:  # sometimes cut short, too
        del data[int(cut / 0.3 * len(data)):]
    path = folder / name
    path.write_bytes(bytes(data))
    read_clean(path)


@fuzz(60)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(["", ".txt", ".html", ".jsonl", ".json", ".csv", ".rss",
                                                              ".warc", ".gz", ".zip", ".tar", ".tar.bz2", ".parquet"]))
def test_random_bytes(folder: Path, data: bytes, suffix: str):
    path = folder / f"random{suffix}"
    path.write_bytes(data)
    assert read_clean(path)  # a document or a reason, never silence


KEYS = ["id", "title", "text", "body", "url", "published", "date", "source", "html"]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.integers(min_value=2**63) | st.floats() | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(KEYS) | ANY_TEXT, inner, max_size=3),
    max_leaves=12,
)
RECORDS = st.dictionaries(st.sampled_from(KEYS), JSON_VALUES | ANY_TEXT, max_size=6) | JSON_VALUES


@fuzz(60)
@given(records=st.lists(RECORDS, min_size=1, max_size=5), ascii_only=st.booleans())
def test_random_json_lines(folder: Path, records: list, ascii_only: bool):
    # Not ASCII-escaped, a lone surrogate is written as the bytes UTF-8 would give it (CESU).
    lines = [json.dumps(r, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass") for r in records]
    path = folder / "random.jsonl"
    path.write_bytes(b"\n".join(lines) + b"\n")
    out = read_clean(path)
    assert len(out) >= len(records)  # one answer per line at least: no line is lost silently


CELLS = st.text(st.characters(exclude_categories=("Cs",)), max_size=30) | st.sampled_from(
    ["", '"', "\n", "\r\n", "\0", ",", story("cell")])


@fuzz(60)
@given(header=st.lists(st.sampled_from(KEYS) | CELLS, min_size=1, max_size=4),
       rows=st.lists(st.lists(CELLS, max_size=5), max_size=6),
       encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
def test_random_csv(folder: Path, header: list[str], rows: list[list[str]], encoding: str):
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(rows)
    path = folder / "random.csv"
    path.write_bytes(text.getvalue().encode(encoding, "replace"))
    read_clean(path)


MARKUP = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<b>", "<script>", "</script>", "<style>", "<!--",
                          "-->", "<![CDATA[", "]]>", "&amp;", "&#xD800;", "&#0;", "&nbsp;", "<br/>", "<",
                          '<meta charset="utf-16">', '<meta charset="x-unknown">', "<html>", "<body>", "<article>",
                          "</article>", "<title>", "</title>", story("html")])


@fuzz(30)
@given(parts=st.lists(MARKUP | ANY_TEXT, max_size=30), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_random_html(folder: Path, parts: list[str], encoding: str):
    path = folder / "random.html"
    path.write_bytes("".join(parts).encode(encoding, "surrogatepass" if encoding != "latin-1" else "replace"))
    read_clean(path)


@fuzz(60)
@given(text=st.lists(MARKUP | ANY_TEXT, max_size=20).map("".join), fmt=st.sampled_from(list(Format)),
       title=st.none() | ANY_TEXT, other=st.none() | ANY_TEXT)
def test_cleaner(text: str, fmt: Format, title: str | None, other: str | None):
    raw = RawDocument(text, fmt, f"random{other or ''}", external_id=other, title=title, url=other, source=other,
                      published=other, retrieved=None)
    [out] = _check([CleanStep(LIMITS).process(raw)])
    if isinstance(out, Document) and any("\ud800" <= c <= "\udfff" for c in text):
        assert out.cleaning["unicode_replaced"]["raw_text"] >= 1
