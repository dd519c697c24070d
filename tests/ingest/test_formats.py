"""Every reader, on inputs written the way real tools write them."""

from __future__ import annotations

import csv
import gzip
import io
import json
import tarfile
import zipfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from keiretsu.models import Format
from keiretsu.settings import Settings

from ..helpers import ARTICLE, docs, read, read_clean, skips

RECORDS = [
    {"id": "a1", "title": "Nissan, Honda in talks", "text": ARTICLE, "url": "https://example.com/a1",
     "published": "2024-03-13T08:30:00Z", "source": "Example Wire"},
    {"id": "a2", "title": "Renault cuts stake", "text": "Renault SA will cut its 43 percent stake in Nissan.",
     "url": "https://example.com/a2", "published": "2023-01-30", "source": "Example Wire"},
]

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Talks | Example News</title>
<meta property="article:published_time" content="2024-03-13T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/biz">Business</a> | Subscribe now</nav>
<article><h1>Nissan and Honda in EV talks</h1><p>{a}</p>
<p>The discussions are still at an early stage, the people said, and no agreement has been reached.</p></article>
<footer>Cookie policy. Terms of use. All rights reserved.</footer></body></html>""".format(a=ARTICLE)


def test_plain_text(tmp_path: Path):
    p = tmp_path / "story.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    [d] = read(p)
    assert d.format == Format.TEXT and d.raw_text == ARTICLE and d.location == str(p)


def test_markdown_title_and_markup(tmp_path: Path):
    p = tmp_path / "story.md"
    p.write_text(f"# Nissan and Honda talk\n\nSome **bold** news: [Honda](https://honda.example) and *Nissan*.\n\n{ARTICLE}\n")
    [d] = read_clean(p)
    assert d.title == "Nissan and Honda talk"
    assert "Some bold news: Honda and Nissan." in d.clean_text
    assert "**" not in d.clean_text and "](" not in d.clean_text


def test_html_page_main_text_title_and_date(tmp_path: Path):
    p = tmp_path / "page.html"
    p.write_text(PAGE)
    [d] = read_clean(p)
    assert "Honda Motor Co about a partnership" in d.clean_text
    assert "Cookie policy" not in d.clean_text and "Subscribe now" not in d.clean_text
    assert d.title == "Nissan and Honda in EV talks"
    assert (d.published, d.date_source) == ("2024-03-13", "metadata")
    assert d.cleaning["boilerplate_chars"] > 0
    assert d.raw_text == PAGE  # raw kept untouched


def test_html_declared_charset(tmp_path: Path):
    p = tmp_path / "latin.html"
    html = PAGE.replace('charset="utf-8"', 'charset="iso-8859-1"').replace("Nissan Motor", "Citroën and Nissan Motor")
    p.write_bytes(html.encode("iso-8859-1"))
    [d] = read_clean(p)
    assert "Citroën" in d.clean_text


@pytest.mark.parametrize("suffix", [".jsonl", ".ndjson"])
def test_jsonl_fields_and_external_id(tmp_path: Path, suffix: str):
    p = tmp_path / f"news{suffix}"
    p.write_text("\n".join(json.dumps(r) for r in RECORDS) + "\n")
    a, b = read_clean(p)
    assert (a.external_id, a.title, a.url, a.source) == ("a1", "Nissan, Honda in talks", "https://example.com/a1",
                                                           "Example Wire")
    assert (a.published, a.date_source) == ("2024-03-13T08:30:00+00:00", "metadata")
    assert (b.published, b.location) == ("2023-01-30", f"{p}:2")


def test_json_array_and_wrapped_object(tmp_path: Path):
    p = tmp_path / "news.json"
    p.write_text(json.dumps(RECORDS))
    assert [d.external_id for d in read(p)] == ["a1", "a2"]
    p.write_text(json.dumps({"status": "ok", "articles": RECORDS}))
    assert [d.external_id for d in read(p)] == ["a1", "a2"]


def test_json_holding_json_lines(tmp_path: Path):
    p = tmp_path / "news.json"
    p.write_text("\n".join(json.dumps(r) for r in RECORDS))
    assert len(docs(read(p))) == 2


def test_field_mapping(tmp_path: Path):
    p = tmp_path / "other.jsonl"
    p.write_text(json.dumps({"uid": 7, "headline_text": "H", "story": ARTICLE, "when": "13 March 2024"}) + "\n")
    [s] = read(p)
    assert "no text" in s.reason
    mapping = {"id": "uid", "title": "headline_text", "text": "story", "published": "when"}
    [d] = read(p, Settings(field_map=mapping))
    assert (d.external_id, d.title, d.published) == ("7", "H", "2024-03-13")


def test_common_aliases_without_mapping(tmp_path: Path):
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"headline": "H", "body": ARTICLE, "link": "https://x.example/1", "date": 1710316800}) + "\n")
    [d] = read(p)
    assert (d.title, d.url, d.published) == ("H", "https://x.example/1", "2024-03-13T08:00:00+00:00")


def test_csv_and_tsv(tmp_path: Path):
    p = tmp_path / "news.csv"
    with p.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(RECORDS[0]))
        w.writeheader()
        w.writerows([{**r, "text": r["text"] + "\nSecond line, with \"quotes\"."} for r in RECORDS])
    a, b = read(p)
    assert a.external_id == "a1" and a.raw_text.endswith('Second line, with "quotes".')
    assert b.location == f"{p}:5"  # the physical line the record ends on
    t = tmp_path / "news.tsv"
    t.write_text("id\ttext\nt1\t" + ARTICLE + "\n")
    [d] = read(t)
    assert d.external_id == "t1"


def test_parquet(tmp_path: Path):
    p = tmp_path / "news.parquet"
    pq.write_table(pa.Table.from_pylist(RECORDS), p)
    a, b = read(p)
    assert (a.external_id, b.title) == ("a1", "Renault cuts stake")


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Autos</title><link>https://autos.example</link>
<item><title>Nissan and Honda in talks</title><link>https://autos.example/1</link><guid>autos-1</guid>
<pubDate>Wed, 13 Mar 2024 09:00:00 GMT</pubDate><description>&lt;p&gt;{a}&lt;/p&gt;&lt;p&gt;More to come.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://autos.example/2</link></item>
</channel></rss>""".format(a=ARTICLE)

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2024-03-13T00:00:00Z</updated>
<entry><title>Renault stake</title><id>urn:x:1</id><link href="https://atom.example/1"/>
<published>2023-01-30T07:00:00Z</published><updated>2023-01-30T07:00:00Z</updated>
<content type="html">&lt;p&gt;Renault SA will cut its 43 percent stake in Nissan.&lt;/p&gt;</content></entry></feed>"""


def test_rss_feed(tmp_path: Path):
    p = tmp_path / "autos.xml"  # .xml: the format is sniffed
    p.write_text(RSS)
    records = read_clean(p)
    [d] = docs(records)
    [s] = skips(records)
    assert (d.title, d.url, d.external_id, d.source) == ("Nissan and Honda in talks", "https://autos.example/1",
                                                         "autos-1", "Example Autos")
    assert d.published == "2024-03-13T09:00:00+00:00" and d.format == Format.HTML_FRAGMENT
    assert d.clean_text == ARTICLE + "\nMore to come."
    assert s.location.endswith("#entry2") and "no text" in s.reason


def test_atom_feed(tmp_path: Path):
    p = tmp_path / "wire.atom"
    p.write_text(ATOM)
    [d] = read_clean(p)
    assert (d.source, d.external_id, d.published) == ("Atom Wire", "urn:x:1", "2023-01-30T07:00:00+00:00")
    assert d.clean_text == "Renault SA will cut its 43 percent stake in Nissan."


def write_warc(path: Path, gz: bool) -> None:
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gz)
        for i, (ctype, body) in enumerate(
            [("text/html; charset=utf-8", PAGE.encode()), ("image/png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
             ("text/html", PAGE.replace("Nissan and Honda in EV talks", "Second page").encode())]
        ):
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(f"https://news.example/{i}", "response", payload=io.BytesIO(body),
                                       http_headers=headers, warc_headers_dict={"WARC-Date": "2024-03-14T10:00:00Z"})
            w.write_record(rec)
        w.write_record(w.create_warc_record("https://news.example/0", "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))


@pytest.mark.parametrize("name,gz", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc(tmp_path: Path, name: str, gz: bool):
    p = tmp_path / name
    write_warc(p, gz)
    a, b = read_clean(p)
    assert (a.url, a.title, a.published) == ("https://news.example/0", "Nissan and Honda in EV talks", "2024-03-13")
    assert a.retrieved == "2024-03-14T10:00:00+00:00" and a.location == f"{p}#record1"
    assert b.title == "Second page"


def test_directory_recursive_sorted_without_hidden(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(ARTICLE + " Two.")
    (tmp_path / "a.txt").write_text(ARTICLE + " One.")
    (tmp_path / ".hidden.txt").write_text("hidden")
    assert [d.raw_text[-4:] for d in read(tmp_path)] == ["One.", "Two."]


def test_gzip_zip_tar_archives(tmp_path: Path):
    jsonl = "\n".join(json.dumps(r) for r in RECORDS).encode()
    (tmp_path / "news.jsonl.gz").write_bytes(gzip.compress(jsonl))
    with zipfile.ZipFile(tmp_path / "bundle.zip", "w") as z:
        z.writestr("feeds/autos.rss", RSS)
        z.writestr("pages/page.html", PAGE)
        z.writestr("__MACOSX/._page.html", b"\0\0")
    with tarfile.open(tmp_path / "bundle.tar.gz", "w:gz") as t:
        for name, data in (("x/story.txt", ARTICLE.encode()), ("x/news.jsonl", jsonl)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    got = read_clean(tmp_path)
    names = sorted(r.location.replace(str(tmp_path) + "/", "") for r in got if not hasattr(r, "reason"))
    assert names == [
        "bundle.tar.gz!x/news.jsonl:1", "bundle.tar.gz!x/news.jsonl:2", "bundle.tar.gz!x/story.txt",
        "bundle.zip!feeds/autos.rss#entry1", "bundle.zip!pages/page.html",
        "news.jsonl:1", "news.jsonl:2",
    ]


def test_unknown_extension_is_sniffed(tmp_path: Path):
    (tmp_path / "export").write_text("\n".join(json.dumps(r) for r in RECORDS))
    (tmp_path / "page").write_text(PAGE)
    assert sorted(type(r).__name__ + ":" + r.format for r in read(tmp_path)) == [
        "RawDocument:html", "RawDocument:text", "RawDocument:text"]


def test_url_sources(tmp_path: Path, http_server):
    (tmp_path / "feed.rss").write_text(RSS)
    (tmp_path / "page.html").write_text(PAGE)
    base = http_server(tmp_path)
    got = docs(read_clean(f"{base}/feed.rss")) + docs(read_clean(f"{base}/page.html"))
    assert [d.title for d in got] == ["Nissan and Honda in talks", "Nissan and Honda in EV talks"]
    assert got[1].retrieved is not None and got[1].published == "2024-03-13"
    [missing] = read(f"{base}/nope.html")
    assert "HTTP 404" in missing.reason
