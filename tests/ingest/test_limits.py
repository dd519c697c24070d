"""The ingest limits: read from the environment, and past each one a record or member is
skipped with a reason that names the limit, while the rest of the input lands."""

from __future__ import annotations

import gzip
import io
import json
import random
import tarfile
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from keiretsu.errors import KeiretsuError
from keiretsu.settings import Settings

from ..helpers import ARTICLE, docs, read, read_clean, skips


def test_limits_from_the_environment(monkeypatch):
    monkeypatch.setenv("KEIRETSU_MAX_DOCUMENT_BYTES", "1.5M")
    monkeypatch.setenv("KEIRETSU_MAX_ARCHIVE_BYTES", "2G")
    monkeypatch.setenv("KEIRETSU_HTTP_TIMEOUT", "2.5")
    monkeypatch.setenv("KEIRETSU_FETCH_CONTENT_TYPES", "text/html, application/json")
    s = Settings.from_env()
    assert (s.max_document_bytes, s.max_archive_bytes, s.http_timeout) == (1536 * 1024, 2 * 2**30, 2.5)
    assert s.fetch_content_types == ("text/html", "application/json")
    monkeypatch.setenv("KEIRETSU_MAX_REDIRECTS", "lots")
    with pytest.raises(KeiretsuError, match="KEIRETSU_MAX_REDIRECTS='lots': expected a number"):
        Settings.from_env()


def _lines(*records) -> bytes:
    return b"".join((r if isinstance(r, bytes) else json.dumps(r).encode()) + b"\n" for r in records)


def test_one_bad_json_line_costs_that_line(tmp_path: Path, settings):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(_lines(
        {"id": "a", "text": ARTICLE + " a"},
        {"id": 2**70, "text": ARTICLE + " big id", "published": 10**400},  # lands: the id as text, no date
        b'{"id": ' + b"9" * 5000 + b', "text": "x"}',
        b"[" * 5000 + b"]" * 5000,
        {"id": "nested", "text": ARTICLE, "tags": [[[[[[[["deep"]]]]]]]]},
        {"id": "z", "text": ARTICLE + " z"},
    ))
    records = read(p, replace(settings, max_json_depth=6))
    assert [d.external_id for d in docs(records)] == ["a", str(2**70), "z"]
    assert docs(records)[1].published is None
    assert [(s.location.rsplit(":", 1)[1], s.reason.split(":")[0]) for s in skips(records)] == [
        ("3", "unreadable JSON"), ("4", "over max_json_depth (6)"), ("5", "over max_json_depth (6)")]


def test_lone_surrogates_are_replaced_and_logged(tmp_path: Path, store, settings):
    from keiretsu.jobs import ingest

    p = tmp_path / "s.jsonl"
    p.write_bytes(b'{"id": "s\\ud800", "title": "t\\udc00", "source": "\\udbff", "url": "https://x.test/\\ud800", '
                  b'"text": "' + ARTICLE.encode() + b' \\udfff"}\n')
    [d] = read_clean(p, settings)
    assert (d.external_id, d.title, d.source, d.url) == ("s\ufffd", "t\ufffd", "\ufffd", "https://x.test/\ufffd")
    assert d.clean_text.endswith("\ufffd")
    assert d.cleaning["unicode_replaced"] == {"raw_text": 1, "external_id": 1, "title": 1, "url": 1, "source": 1}
    assert ingest([str(p)], store, settings).added == 1  # and the writer takes it


def test_csv_rows_fail_alone(tmp_path: Path, settings):
    p = tmp_path / "t.csv"
    p.write_bytes(b"id,text\n" + b"\n".join([
        f'1,"{ARTICLE} one"'.encode(), b"2,bad \xff byte", b"3,a NUL \x00", b"id,text",
        b'4,"' + b"y" * 3000 + b'"', b'5,"multi\nline \xff row"', f'6,"{ARTICLE} six"'.encode(),
    ]) + b"\n")
    records = read(p, replace(settings, max_csv_field_chars=2000))
    assert [d.external_id for d in docs(records)] == ["1", "6"]
    assert [(s.location.rsplit(":", 1)[1], s.reason.split(" (")[0].split(":")[0]) for s in skips(records)] == [
        ("3", "not valid utf-8"), ("4", "a NUL byte at line 4"), ("5", "repeats the header row"),
        ("6", "over max_csv_field_chars"), ("8", "not valid utf-8")]


def test_a_bom_decides_the_encoding(tmp_path: Path, settings):
    (tmp_path / "u16.csv").write_bytes(f'id,text\n1,"{ARTICLE}"\n'.encode("utf-16"))
    (tmp_path / "u16.jsonl").write_bytes(json.dumps({"id": "j", "text": ARTICLE}).encode().decode().encode("utf-16"))
    (tmp_path / "sig.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    records = read(tmp_path, replace(settings, encoding="cp1252"))  # the BOM wins over --encoding
    assert [d.raw_text for d in docs(records)] == [ARTICLE] * 3


def test_a_declared_charset_the_bytes_contradict_is_not_trusted(tmp_path: Path, settings):
    body = f"<html><head>{{}}</head><body><article><p>{ARTICLE} Caf\u00e9.</p></article></body></html>"
    (tmp_path / "a.html").write_bytes(body.format('<meta charset="utf-16">').encode())
    (tmp_path / "b.html").write_bytes(body.format('<meta charset="iso-8859-1">').encode())
    (tmp_path / "c.html").write_bytes(body.format('<meta charset="windows-1252">').encode("cp1252"))
    assert [d.clean_text.rsplit(" ", 1)[1] for d in docs(read_clean(tmp_path, settings))] == ["Caf\u00e9."] * 3


def test_html_past_its_limit_and_nested_beyond_a_tree(tmp_path: Path, settings):
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x " * 50_000 + b"</p>")
    deep = "<html><body>" + "<div>" * 5000 + f"<p>{ARTICLE}</p>" + "</div>" * 5000 + "</body></html>"
    (tmp_path / "deep.html").write_text(deep)
    [skip, page] = read_clean(tmp_path, replace(settings, max_html_bytes=60_000))
    assert skip.reason.startswith("over max_html_bytes (59 KB): a page of 98 KB")
    assert page.clean_text == ARTICLE and page.cleaning["markup"].startswith("nested deeper than 2048 elements")


def test_archive_limits(tmp_path: Path, settings):
    inner = io.BytesIO()
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("deeper.zip", b"")
    with zipfile.ZipFile(tmp_path / "bundle.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", ARTICLE + " a")
        z.writestr("zeros.txt", b"\0" * 3 * 2**20)  # 3 MB in 3 KB: a ratio of 1000
        z.writestr("noise.dat", random.Random(1987).randbytes(100_000))  # no bomb as a whole; seeded: bytes that happen to open with a byte-order mark are read as text
        z.writestr("inner.zip", inner.getvalue())
        for i in range(3):
            z.writestr(f"more/{i}.txt", f"{ARTICLE} {i}")
    records = read(tmp_path / "bundle.zip", replace(settings, max_archive_depth=1, max_archive_members=5))
    assert [d.location.rsplit("!", 1)[1] for d in docs(records)] == ["a.txt", "more/0.txt"]
    assert [(s.location.rsplit("!", 1)[1], s.reason.split(":")[0]) for s in skips(records)] == [
        ("zeros.txt", "over max_compression_ratio (100)"), ("noise.dat", "binary content, not text"),
        ("inner.zip", "over max_archive_depth (1)"), ("more/1.txt", "over max_archive_members (5)")]


def test_a_gzip_past_its_member_limit_keeps_what_came_before(tmp_path: Path, settings):
    lines = _lines(*({"id": f"d{i}", "text": f"{ARTICLE} {i} " + "x" * (i % 50)} for i in range(5000)))
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(lines))
    records = read(tmp_path / "news.jsonl.gz", replace(settings, max_member_bytes=len(lines) // 2))
    assert len(lines) // 3 < sum(len(d.raw_text) + 30 for d in docs(records)) <= len(lines) // 2
    [skip] = skips(records)
    assert skip.location.endswith("news.jsonl.gz") and skip.reason.startswith("over max_member_bytes")


def test_a_damaged_tar_header_loses_one_member(tmp_path: Path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for i in range(6):
            data = f"{ARTICLE} member {i}".encode()
            info = tarfile.TarInfo(f"m{i}.txt")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    raw = bytearray(buf.getvalue())
    raw[2 * 1024 + 148] ^= 0x0F  # the third header's checksum
    (tmp_path / "d.tar").write_bytes(raw)
    records = read(tmp_path / "d.tar")
    assert [d.raw_text[-1] for d in docs(records)] == ["0", "1", "3", "4", "5"]
    [skip] = skips(records)
    assert skip.reason.startswith("damaged tar data: 2 block(s) from byte 2048 were no tar header")


def test_a_feed_past_its_entries_and_a_file_with_no_records(tmp_path: Path, settings):
    items = "".join(f"<item><title>T{i}</title><description>{ARTICLE} {i}</description></item>" for i in range(5))
    (tmp_path / "feed.rss").write_text(f"<rss version='2.0'><channel><title>Wire</title>{items}</channel></rss>")
    (tmp_path / "none.json").write_text('{"articles": []}')
    records = read(tmp_path, replace(settings, max_feed_entries=3))
    assert [d.title for d in docs(records)] == ["T0", "T1", "T2"]
    assert [(s.location.rsplit("/", 1)[1], s.reason) for s in skips(records)] == [
        ("feed.rss#entry4", "over max_feed_entries (3): 2 entries after the first 3 are not read; "
                            "set KEIRETSU_MAX_FEED_ENTRIES to raise it"),
        ("none.json", "no documents in it")]
