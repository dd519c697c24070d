"""Inputs as sources: files, directories (recursive) and URLs, each with a format.

The format comes from the name where the name says it, and from the first
bytes where it does not, so a feed saved as ``.xml`` or a JSONL file without an
extension still reads.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO

from ..models import Skipped
from ..settings import Settings

# Names are matched on their lower-cased endings, longest first.
_SUFFIXES: list[tuple[str, str]] = [
    (".warc.gz", "warc"),
    (".arc.gz", "warc"),
    (".warc", "warc"),
    (".tar.gz", "tar"),
    (".tar.bz2", "tar"),
    (".tar.xz", "tar"),
    (".tgz", "tar"),
    (".tar", "tar"),
    (".zip", "zip"),
    (".gz", "gz"),
    (".jsonl", "jsonl"),
    (".ndjson", "jsonl"),
    (".json", "json"),
    (".csv", "csv"),
    (".tsv", "csv"),
    (".parquet", "parquet"),
    (".rss", "feed"),
    (".atom", "feed"),
    (".html", "html"),
    (".htm", "html"),
    (".xhtml", "html"),
    (".md", "markdown"),
    (".markdown", "markdown"),
    (".txt", "text"),
    (".text", "text"),
]


def format_from_name(name: str) -> str | None:
    lower = name.lower()
    for suffix, fmt in _SUFFIXES:
        if lower.endswith(suffix):
            return fmt
    return None


def format_from_bytes(head: bytes) -> str:
    """Guess from the first bytes when the name says nothing (or says ``.xml``)."""
    if head.startswith(b"\x1f\x8b"):
        return "gz"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.startswith(b"WARC/"):
        return "warc"
    if len(head) > 262 and head[257:262] == b"ustar":
        return "tar"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith(b"{"):
        return "jsonl"
    if text.startswith(b"["):
        return "json"
    if text.startswith(b"<"):
        window = text[:2048]
        if b"<rss" in window or b"<feed" in window or b"<rdf:rdf" in window:
            return "feed"
        return "html"
    return "text"


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a name for messages and detection, and how to open it."""

    name: str
    open: Callable[[Settings], BinaryIO]  # within the settings' limits (a URL's time, bytes, redirects)
    size: int | None = None  # bytes, for progress; None when unknown (URLs, members)
    format: str | None = None  # from the name; else sniffed from the first bytes
    retrieved: str | None = None  # when fetched, for URLs


def is_url(spec: str) -> bool:
    return spec.startswith(("http://", "https://"))


def _walk(root: Path) -> Iterator[Path]:
    # Sorted and without hidden files, so two runs over one tree read it in one order.
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in sorted(filenames):
            if not fn.startswith("."):
                yield Path(dirpath) / fn


def _open_file(path: Path, _: Settings) -> BinaryIO:
    return open(path, "rb")


def _file_source(path: Path) -> Source:
    # ``partial``, not a lambda: sources are pickled to the executor's workers
    return Source(str(path), partial(_open_file, path), path.stat().st_size, format_from_name(path.name))


def expand_inputs(specs: Iterable[str]) -> list[Source | Skipped]:
    """Every file under the given paths, and the URLs, in a stable order."""
    from .fetch import url_source

    out: list[Source | Skipped] = []
    for spec in specs:
        if is_url(spec):
            out.append(url_source(spec))
            continue
        path = Path(spec)
        try:
            if path.is_dir():
                out.extend(_file_source(p) for p in _walk(path) if p.is_file())
            elif path.is_file():
                out.append(_file_source(path))
            elif path.exists():
                out.append(Skipped(spec, "not a regular file or directory"))
            else:
                out.append(Skipped(spec, "no such file or directory"))
        except OSError as e:
            out.append(Skipped(spec, f"cannot read: {e.strerror or e}"))
    return out
