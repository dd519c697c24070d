"""Bad input is reported (where, why) and skipped; the rest of the batch lands."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from keiretsu.jobs import ingest

from ..helpers import ARTICLE, docs, read, read_clean, skips


def test_empty_file(tmp_path: Path):
    (tmp_path / "empty.txt").write_text("")
    [s] = read(tmp_path / "empty.txt")
    assert s.location.endswith("empty.txt") and s.reason == "empty input"


def test_whitespace_only_document_is_empty_after_cleaning(tmp_path: Path):
    p = tmp_path / "blank.jsonl"
    p.write_text(json.dumps({"id": "x", "text": " \u200b\u00a0 \n\t"}) + "\n")
    [s] = read_clean(p)
    assert "empty document" in s.reason and s.location == f"{p}:1"


def test_binary_file(tmp_path: Path):
    p = tmp_path / "photo.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)) * 4)
    [s] = read(p)
    assert s.reason == "binary content, not text"


def test_mis_encoded_text_is_refused_with_a_way_out(tmp_path: Path, settings):
    p = tmp_path / "latin1.txt"
    p.write_bytes("Citroën and Nissan".encode("latin-1"))
    [s] = read(p)
    assert "not valid UTF-8 (byte 0xeb at offset 5)" in s.reason and "--encoding" in s.reason
    from dataclasses import replace

    [d] = read(p, replace(settings, encoding="latin-1"))
    assert d.raw_text == "Citroën and Nissan"


def test_utf16_with_bom_reads(tmp_path: Path):
    p = tmp_path / "u16.txt"
    p.write_bytes("Nissan and Honda".encode("utf-16"))
    [d] = read(p)
    assert d.raw_text == "Nissan and Honda"


def test_truncated_gzip_keeps_what_came_before(tmp_path: Path):
    lines = "\n".join(json.dumps({"id": f"d{i}", "text": f"{ARTICLE} Number {i}."}) for i in range(2000)).encode()
    blob = gzip.compress(lines)
    p = tmp_path / "cut.jsonl.gz"
    p.write_bytes(blob[: len(blob) // 2])
    records = read(p)
    good, bad = docs(records), skips(records)
    assert 100 < len(good) < 2000
    assert len(bad) == 1 and "truncated or corrupt compressed data" in bad[0].reason
    assert bad[0].location == str(p)


def test_not_gzip_despite_name(tmp_path: Path):
    p = tmp_path / "story.txt.gz"
    p.write_text(ARTICLE)
    [d] = read(p)  # sniffed as text
    assert d.raw_text == ARTICLE


def test_malformed_json_lines(tmp_path: Path):
    p = tmp_path / "mixed.jsonl"
    p.write_bytes(
        b'{"id": "ok1", "text": "fine"}\n'
        b'{"id": "broken", "text": "no end\n'
        b"[1, 2, 3]\n"
        b'{"id": "notext"}\n'
        b'{"id": "num", "text": 42}\n'
        b'{"id": "latin", "text": "Citro\xebn"}\n'
        b'{"id": "ok2", "text": "fine too"}\n'
    )
    records = read(p)
    assert [d.external_id for d in docs(records)] == ["ok1", "ok2"]
    assert [(s.location.rsplit(":", 1)[1], s.reason.split(":")[0].split(" (")[0]) for s in skips(records)] == [
        ("2", "malformed JSON"),
        ("3", "record is a JSON list, not an object"),
        ("4", "no text"),
        ("5", "text field is a int, not a string"),
        ("6", "not valid UTF-8"),
    ]


def test_malformed_json_file(tmp_path: Path):
    p = tmp_path / "bad.json"
    p.write_text('[{"id": 1, "text": "x"}, {"id": 2')
    [s] = read(p)
    assert s.location == str(p) and s.reason.startswith("malformed JSON")


def test_malformed_csv_row(tmp_path: Path):
    p = tmp_path / "bad.csv"
    p.write_text(f'id,text\n1,"{ARTICLE}"\n2,too,many,cells\n3,fine\n')
    records = read(p)
    assert [d.external_id for d in docs(records)] == ["1", "3"]
    [s] = skips(records)
    assert s.location == f"{p}:3" and "more cells than columns" in s.reason


def test_broken_html(tmp_path: Path):
    (tmp_path / "cut.html").write_text("<html><body><div class='nav'><a href='/'>Home</a")
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>")
    (tmp_path / "good.html").write_text(f"<html><body><article><p>{ARTICLE}</p></article></body></html>")
    records = read_clean(tmp_path)
    assert len(docs(records)) == 1
    assert sorted(Path(s.location).name for s in skips(records)) == ["cut.html", "empty.html"]
    assert all(s.reason.startswith("broken HTML") for s in skips(records))


def test_broken_feed_warc_zip_parquet(tmp_path: Path):
    (tmp_path / "feed.rss").write_text("<rss><channel><item><title>unterminated")
    (tmp_path / "crawl.warc").write_bytes(b"this is not a warc file at all\r\n\r\n")
    (tmp_path / "bundle.zip").write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "t.parquet").write_bytes(b"PAR1 not really")
    records = read(tmp_path)
    assert not docs(records)
    reasons = {Path(s.location).name.split("#")[0]: s.reason for s in skips(records)}
    assert reasons["feed.rss"] == "feed entry has no text"  # feedparser reads what it can
    assert "WARC" in reasons["crawl.warc"]
    assert reasons["bundle.zip"].startswith("not a readable zip archive")
    assert reasons["t.parquet"].startswith("not a readable Parquet file")


def test_missing_path_and_oversized_document(tmp_path: Path, settings):
    from dataclasses import replace

    (tmp_path / "big.txt").write_text("word " * 1000)
    records = read(tmp_path / "big.txt", replace(settings, max_document_bytes=1000)) + read(tmp_path / "nope.txt")
    assert [s.reason for s in records] == [
        "over max_document_bytes (1000 bytes): one document larger than that is no news article; "
        "set KEIRETSU_MAX_DOCUMENT_BYTES to raise it",
        "no such file or directory"]


@pytest.mark.parametrize("workers", [1, 2])
def test_one_bad_record_in_many_the_rest_land(tmp_path: Path, store, settings, workers):
    from dataclasses import replace

    settings = replace(settings, workers=workers)
    p = tmp_path / "many.jsonl"
    lines = [json.dumps({"id": f"d{i}", "text": f"{ARTICLE} Story {i}."}) for i in range(1000)]
    lines[500] = '{"id": "d500", "text": '
    p.write_text("\n".join(lines) + "\n")
    result = ingest([str(p)], store, settings)
    assert (result.documents, result.added, result.skipped, result.exit_code) == (999, 999, 1, 1)
    assert store.run_skips(result.run_id) == [{"location": f"{p}:501", "reason": "malformed JSON: Expecting value at column 23"}]


def test_nothing_readable_exits_2(tmp_path: Path, store, settings):
    (tmp_path / "empty.txt").write_text("")
    assert ingest([str(tmp_path / "empty.txt")], store, settings).exit_code == 2
    assert ingest([str(tmp_path / "missing")], store, settings).exit_code == 2
