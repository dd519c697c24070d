"""Hostile inputs, written at test time: at least one per class of the hostile-input audit (issue 18).

Each ``Case`` writes its files into a folder and says what ``keiretsu ingest`` of that folder
must give: the exit code, a reason for each hostile file, and how many documents each good
file lands. The bombs decompress to a gigabyte yet cost a megabyte to write: one compressed
block of zeros (or newlines) is repeated, as gzip members or as deflate blocks each ended by a
full flush, which leaves the compressor as it began.

``bench/hostile.py`` uses the bomb builders too.
"""

from __future__ import annotations

import functools
import gzip
import io
import json
import struct
import tarfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

MB = 2**20
ARTICLE = ("Nissan Motor Co Ltd said on Thursday it was in talks with Honda Motor Co about a partnership on "
           "electric vehicles, including joint procurement and a shared platform.")


def story(i: int | str) -> str:
    """A distinct good article: the same text under another id would be one document."""
    return f"{ARTICLE} Story {i}."


def good_jsonl(n: int, tag: str) -> bytes:
    return "".join(json.dumps({"id": f"{tag}-{i}", "text": story(f"{tag}-{i}")}) + "\n" for i in range(n)).encode()


# --- bombs --------------------------------------------------------------------------------


@functools.cache
def _gzip_chunk(fill: bytes) -> bytes:
    return gzip.compress(fill * MB, 9)


def gzip_bomb(path: Path, mb: int, fill: bytes = b"\n") -> Path:
    """``mb`` megabytes of ``fill`` as one gzip stream of ``mb`` identical members."""
    path.write_bytes(_gzip_chunk(fill) * mb)
    return path


def tar_bomb(path: Path, mb: int) -> Path:
    """A .tar.gz holding one member of ``mb`` megabytes of zeros."""
    info = tarfile.TarInfo("zeros.txt")
    info.size = mb * MB
    with open(path, "wb") as f:
        f.write(gzip.compress(info.tobuf(format=tarfile.GNU_FORMAT)))
        f.write(_gzip_chunk(b"\0") * mb)
        f.write(gzip.compress(b"\0" * 2 * tarfile.BLOCKSIZE))
    return path


_WARC_HEAD = (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.com/bomb\r\n"
              b"WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n"
              b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n")
_HTTP_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"


def _warc_head(mb: int) -> bytes:
    return _WARC_HEAD % (len(_HTTP_HEAD) + mb * MB) + _HTTP_HEAD


def warc_bomb(path: Path, mb: int) -> Path:
    """A .warc.gz whose one HTML response is ``mb`` megabytes of spaces."""
    with open(path, "wb") as f:
        f.write(gzip.compress(_warc_head(mb)))
        f.write(_gzip_chunk(b" ") * mb)
        f.write(gzip.compress(b"\r\n\r\n"))
    return path


@functools.cache
def _deflated_chunk(fill: bytes) -> bytes:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(fill * MB) + c.flush(zlib.Z_FULL_FLUSH)


def _deflate(head: bytes, fill: bytes, mb: int, tail: bytes) -> tuple[bytes, int, int]:
    """A raw deflate stream of ``head``, ``mb`` megabytes of ``fill`` and ``tail``; its size and CRC."""
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = c.compress(head) + c.flush(zlib.Z_FULL_FLUSH)
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    end = c.compress(tail) + c.flush()
    crc = zlib.crc32(head)
    block = fill * MB
    for _ in range(mb):
        crc = zlib.crc32(block, crc)
    return start + _deflated_chunk(fill) * mb + end, len(head) + mb * MB + len(tail), zlib.crc32(tail, crc)


def _zip_of_one(path: Path, name: str, deflated: bytes, size: int, crc: int) -> Path:
    raw = name.encode()
    local = b"PK\x03\x04" + struct.pack("<HHHHHIIIHH", 20, 0, 8, 0, 0, crc, len(deflated), size, len(raw), 0) + raw
    central = b"PK\x01\x02" + struct.pack("<HHHHHHIIIHHHHHII", 20, 20, 0, 8, 0, 0, crc, len(deflated), size,
                                          len(raw), 0, 0, 0, 0, 0, 0) + raw
    end = b"PK\x05\x06" + struct.pack("<HHHHIIH", 0, 0, 1, 1, len(central), len(local) + len(deflated), 0)
    path.write_bytes(local + deflated + central + end)
    return path


def zip_bomb(path: Path, mb: int) -> Path:
    """A zip of one member of ``mb`` megabytes of zeros."""
    return _zip_of_one(path, "zeros.txt", *_deflate(b"", b"\0", mb, b""))


def warc_in_zip_bomb(path: Path, mb: int) -> Path:
    """A zip of one uncompressed WARC whose HTML response is ``mb`` megabytes of spaces."""
    return _zip_of_one(path, "crawl.warc", *_deflate(_warc_head(mb), b" ", mb, b"\r\n\r\n"))


def nested_zip(path: Path, levels: int, inner: bytes) -> Path:
    """Zips inside zips, ``levels`` deep, around ``inner.jsonl``."""
    data, name = inner, "inner.jsonl"
    for level in range(levels):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr(name, data)
        data, name = buf.getvalue(), f"level{level}.zip"
    path.write_bytes(data)
    return path


def overlapping_zip(path: Path, members: int) -> Path:
    """``members`` central-directory entries all pointing at one member's data at offset 0."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", b"\0" * MB)
    one = buf.getvalue()
    start, end = one.rindex(b"PK\x01\x02"), one.rindex(b"PK\x05\x06")
    directory = one[start:end] * members
    path.write_bytes(one[:start] + directory + b"PK\x05\x06"
                     + struct.pack("<HHHHIIH", 0, 0, members, members, len(directory), start, 0))
    return path


#: The bombs by archive kind, for the tests and ``bench/hostile.py``.
BOMBS: dict[str, tuple[str, Callable[[Path, int], Path]]] = {
    "gzip": ("bomb.jsonl.gz", gzip_bomb),
    "zip": ("bomb.zip", zip_bomb),
    "tar.gz": ("bomb.tar.gz", tar_bomb),
    "warc.gz": ("bomb.warc.gz", warc_bomb),
    "warc in zip": ("crawl.zip", warc_in_zip_bomb),
}


# --- cases --------------------------------------------------------------------------------


@dataclass
class Case:
    """Files for one run of ``keiretsu ingest``, and what the run must give."""

    name: str
    write: Callable[[Path], None]
    exit_code: int
    #: file name -> texts that its skip reasons must hold, each in one of them
    reasons: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: file name -> documents it must land
    landed: dict[str, int] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    cpu_seconds: float = 15.0
    peak_mb: int = 300
    #: text no stored document may hold (an entity that must not have been expanded)
    absent: str | None = None


def _bomb_case(kind: str, mb: int = 1024) -> Case:
    name, build = BOMBS[kind]

    def write(d: Path) -> None:
        build(d / name, mb)
        (d / "good.jsonl").write_bytes(good_jsonl(3, kind))

    return Case(f"bomb {kind}", write, 1, {name: ("max_compression_ratio",)}, {"good.jsonl": 3}, cpu_seconds=5)


def _archives(d: Path) -> None:
    nested_zip(d / "nested.zip", 6, good_jsonl(2, "deep"))
    overlapping_zip(d / "overlap.zip", 2000)
    with zipfile.ZipFile(d / "many.zip", "w") as z:
        for i in range(120):
            z.writestr(f"m{i:03}.txt", story(f"member {i}"))
    (d / "good.jsonl").write_bytes(good_jsonl(2, "archives"))


def _tar_paths(d: Path) -> None:
    with tarfile.open(d / "paths.tar", "w") as t:
        for name, text in (("../../escape.txt", story("escape")), ("/etc/keiretsu-absolute.txt", story("absolute"))):
            info = tarfile.TarInfo(name)
            info.size = len(text.encode())
            t.addfile(info, io.BytesIO(text.encode()))
        link = tarfile.TarInfo("passwd")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        t.addfile(link)
        hard = tarfile.TarInfo("again.txt")
        hard.type, hard.linkname = tarfile.LNKTYPE, "../../escape.txt"
        t.addfile(hard)


def _json(d: Path) -> None:
    surrogates = (b'{"id": "s\\ud800", "title": "t\\udc00", "source": "\\udbff", "url": "https://x.test/\\ud800", '
                  b'"published": "\\ud800", "text": "' + story("surrogate").encode() + b' \\udfff"}\n')
    lines = [
        good_jsonl(2, "json"),
        b"[" * 100_000 + b"]" * 100_000 + b"\n",  # nested 100k deep
        json.dumps({"id": "deep70", "text": story("d"), "extra": json.loads("[" * 70 + "]" * 70)}).encode() + b"\n",
        b'{"id": "huge", "text": "' + b"x" * (25 * MB) + b'"}\n',  # a huge string
        json.dumps({"id": 2**70, "text": story("bigint"), "published": 10**400}).encode() + b"\n",
        b'{"id": ' + b"9" * 5000 + b', "text": "digits"}\n',  # past Python's 4300 digits
        b'{"id": NaN, "title": NaN, "text": "' + story("nan").encode() + b'", "published": Infinity}\n',
        json.dumps({"id": ["a"], "title": {"x": 1}, "url": 3.5, "source": True, "text": story("types")}).encode()
        + b"\n",
        json.dumps({"id": "wrong", "text": 42}).encode() + b"\n",
        surrogates,
    ]
    (d / "hostile.jsonl").write_bytes(b"".join(lines))
    (d / "deep.json").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (d / "surrogate.json").write_bytes(b'[' + surrogates.strip().replace(b"surrogate", b"surrogate2") + b']')


def _csv(d: Path) -> None:
    good = [f'{i},"{story(f"csv {i}")}"'.encode() for i in range(3)]
    (d / "hostile.csv").write_bytes(b"\n".join([
        b"id,text", good[0],
        b'10,"' + b"y" * (22 * MB) + b'"',  # a giant field
        b"11,a NUL \x00 byte", good[1],
        b"12,not UTF-8 \xff\xfe here",
        b"id,text",  # the header again
        good[2],
    ]) + b"\n")
    (d / "giant-field.csv").write_bytes(b"id,text\n1,\"" + (b"z" * MB + b"\n") * 22 + b"\"\n"
                                       + f'2,"{story("after the giant field")}"\n'.encode())
    (d / "utf16.csv").write_bytes(("id,text\n" + f'u1,"{story("utf16")}"\n').encode("utf-16"))
    (d / "nul-early.csv").write_bytes(b"id,text\n1,\x00\x00\n" + f'2,"{story("after nul")}"\n'.encode())


_PASSWD = "root:x:0:0"


def _xml(d: Path) -> None:
    xxe = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0">'
           f'<channel><title>Wire &xxe;</title><item><title>A</title><description>{story("xxe")} &xxe;</description>'
           f'</item></channel></rss>')
    (d / "xxe.rss").write_text(xxe)
    laughs = '<!ENTITY a "ha">' + "".join(f'<!ENTITY a{i} "{("&a;" if i == 0 else f"&a{i - 1};") * 10}">'
                                          for i in range(9))
    (d / "laughs.rss").write_text(f'<?xml version="1.0"?><!DOCTYPE rss [{laughs}]><rss version="2.0"><channel>'
                                  f'<title>x</title><item><title>B</title><description>{story("laughs")} &a8;'
                                  f'</description></item></channel></rss>')
    (d / "xxe.html").write_text(f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">{laughs}]><html><body>'
                                f'<article><p>{story("html entities")} &xxe; &a8;</p></article></body></html>')


def _encodings(d: Path) -> None:
    (d / "latin1.txt").write_bytes(story("Citroën latin-1").encode("latin-1"))
    (d / "declared-utf16.html").write_bytes(
        b'<html><head><meta charset="utf-16"></head><body><article><p>' + story("Café").encode() + b"</p></article>"
        b"</body></html>")
    (d / "bom16.txt").write_bytes(story("UTF-16 text").encode("utf-16"))


def _empty(d: Path) -> None:
    for name in ("empty.csv", "empty.jsonl", "empty.zip", "empty.txt", "empty.json"):
        (d / name).write_bytes(b"")
    zipfile.ZipFile(d / "nothing.zip", "w").close()
    (d / "one.gz").write_bytes(b"\x1f")
    (d / "one.json").write_bytes(b"[")
    (d / "one.parquet").write_bytes(b"P")
    (d / "one.zip").write_bytes(b"P")
    (d / "header.csv").write_bytes(b"id,text\n")
    (d / "blank.jsonl").write_bytes(b"\n\n  \n")


def _giant(d: Path) -> None:
    (d / "line25.txt").write_bytes(b"word " * (5 * MB))  # one 25 MB line
    words = ARTICLE.encode().split()
    (d / "line8.txt").write_bytes(b" ".join(words[i % len(words)] for i in range(8 * MB // 6)))  # lands
    page = b"<p>" + ARTICLE.encode() + b"</p>"
    (d / "huge.html").write_bytes(b"<html><body>" + page * (6 * MB // len(page)) + b"</body></html>")
    (d / "deep.html").write_bytes(b"<html><body>" + b"<div>" * 5000 + b"<p>" + story("deep html").encode()
                                  + b"</p>" + b"</div>" * 5000 + b"</body></html>")
    (d / "deeper.html").write_bytes(b"<html><body>" + b"<b>" * 100_000 + story("deeper").encode() + b"</body></html>")


def _parquet(d: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"a": [1, 2], "b": [[1], [2]]}), d / "schema.parquet")
    pq.write_table(pa.table({"id": ["t1", "t2"], "text": [1, 2]}), d / "types.parquet")
    pq.write_table(pa.table({"id": ["p1", "p2"], "text": [story("pq 1"), story("pq 2")]}), d / "good.parquet")


def _tar_of(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def _damaged(d: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    # A late bit flip: the members and lines before it are intact.
    blob = bytearray(gzip.compress(good_jsonl(400, "gz")))
    blob[-40] ^= 0x20
    (d / "flipped.jsonl.gz").write_bytes(blob)
    members = [(f"m{i}.txt", story(f"tar {i}").encode()) for i in range(8)]
    tar = bytearray(_tar_of(members))
    tar[4 * 1024 + 100] ^= 0xFF  # the fifth member's header: a member lost, those after it kept
    (d / "damaged.tar").write_bytes(tar)
    cut = [(name, data.replace(b"tar", b"cut tar")) for name, data in members]
    (d / "cut.tar").write_bytes(_tar_of(cut)[: 6 * 1024 + 200])  # ends inside the seventh header
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=False)
    for i in range(6):
        html = f"<html><body><article><p>{story(f'warc {i}')}</p></article></body></html>".encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(f"https://example.com/{i}", "response",
                                                      payload=io.BytesIO(html), http_headers=headers))
    warc = buf.getvalue()
    (d / "cut.warc").write_bytes(warc[: warc.index(b"WARC/1.0", warc.index(b"warc 4")) - 100])
    with zipfile.ZipFile(d / "crc.zip", "w", zipfile.ZIP_STORED) as z:
        z.writestr("a.txt", story("zip a"))
        z.writestr("b.txt", story("zip b"))
        z.writestr("c.txt", story("zip c"))
    raw = bytearray((d / "crc.zip").read_bytes())
    raw[raw.index(b"zip b")] ^= 0x01  # b.txt fails its CRC
    (d / "crc.zip").write_bytes(raw)


CASES: list[Case] = [
    *(_bomb_case(kind) for kind in BOMBS),
    Case("nested, overlapping and crowded zips", _archives, 1,
         {"nested.zip": ("max_archive_depth",), "overlap.zip": ("members overlap",),
          "many.zip": ("max_archive_members",)},
         {"good.jsonl": 2, "many.zip": 50}, env={"KEIRETSU_MAX_ARCHIVE_MEMBERS": "50"}),
    Case("tar members with ../, absolute paths and links", _tar_paths, 1,
         {"paths.tar": ("links are not followed",)}, {"paths.tar": 2}),
    Case("JSON: 100k deep, huge strings, wrong types, NaN, big integers, lone surrogates", _json, 1,
         {"hostile.jsonl": ("max_json_depth", "max_document_bytes", "unreadable JSON", "text field is a int"),
          "deep.json": ("max_json_depth",)},
         {"hostile.jsonl": 6, "surrogate.json": 1}),
    Case("CSV: giant fields, NUL bytes, a byte not UTF-8, the header again, UTF-16", _csv, 1,
         {"hostile.csv": ("max_document_bytes", "NUL byte", "not valid utf-8", "repeats the header row"),
          "giant-field.csv": ("max_csv_field_chars",), "nul-early.csv": ("NUL byte",)},
         {"hostile.csv": 3, "utf16.csv": 1, "nul-early.csv": 1, "giant-field.csv": 1}),
    Case("XXE and entity expansion in feeds and HTML", _xml, 0, {}, {"xxe.rss": 1, "laughs.rss": 1, "xxe.html": 1},
         absent=_PASSWD),
    Case("text that is not UTF-8, a charset the bytes contradict, a BOM", _encodings, 1,
         {"latin1.txt": ("--encoding",)}, {"declared-utf16.html": 1, "bom16.txt": 1}),
    Case("empty and 1-byte files", _empty, 2,
         {"empty.csv": ("empty input",), "empty.jsonl": ("empty input",), "empty.zip": ("empty input",),
          "empty.txt": ("empty input",), "empty.json": ("empty input",), "nothing.zip": ("empty archive",),
          "one.gz": ("binary",), "one.json": ("malformed JSON",), "one.parquet": ("Parquet",),
          "one.zip": ("zip",), "header.csv": ("no rows",), "blank.jsonl": ("empty input",)}),
    Case("long single lines, giant and deeply nested pages", _giant, 1,
         {"line25.txt": ("max_document_bytes",), "huge.html": ("max_html_bytes",)},
         {"line8.txt": 1, "deep.html": 1, "deeper.html": 1}, cpu_seconds=30),
    Case("Parquet with the wrong schema", _parquet, 1,
         {"schema.parquet": ("no text column",), "types.parquet": ("int",)}, {"good.parquet": 2}),
    Case("damaged archives with intact members", _damaged, 1,
         {"flipped.jsonl.gz": ("corrupt",), "damaged.tar": ("damaged tar",), "cut.tar": ("truncated",),
          "cut.warc": ("truncated",), "crc.zip": ("corrupt zip archive: Bad CRC-32",)},
         {"flipped.jsonl": 399, "damaged.tar": 7, "cut.tar": 6, "cut.warc": 4, "crc.zip": 2}),
]
