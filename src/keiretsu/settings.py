"""One typed settings object: defaults here, overridable by environment and CLI."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from .errors import KeiretsuError


@dataclass(frozen=True, slots=True)
class Settings:
    # --- buildapi: where the store is (issue 17) ------------------------------------------------
    #: The store every command and the library open (``keiretsu.store.open_store``), and the one
    #: place that says which: a SQLite file's path or a store URL (``sqlite:///…``,
    #: ``postgresql://…``); from ``--db`` or env ``KEIRETSU_DB``.
    db: str | Path = "keiretsu.db"

    #: Documents written per transaction. Larger is faster; a crash loses at most one batch,
    #: which the next run writes again.
    batch_size: int = 2000
    #: Decode inputs with this encoding instead of refusing what is not UTF-8
    #: (env ``KEIRETSU_ENCODING``). ``None``: UTF-8 (UTF-16/32 with a BOM), nothing guessed.
    encoding: str | None = None
    #: A paragraph that repeats an earlier one is dropped only if it has at least this many
    #: words: short repeated lines are often table rows ("Shr 10 cts vs 8 cts") that mean
    #: something different under each heading.
    min_repeat_words: int = 8
    #: Input field names, by keiretsu field (``text``, ``title``, ...), for tabular inputs.
    field_map: dict[str, str] = field(default_factory=dict)
    #: Processes for ingestion (env ``KEIRETSU_WORKERS``): with 2, one reads and cleans while
    #: the other writes to the store; 1 runs everything in one process.
    workers: int = field(default_factory=lambda: min(2, os.cpu_count() or 1))
    #: Seconds before giving up on a URL.
    http_timeout: float = 30.0
    #: The relation classifier's weights (env ``KEIRETSU_RELATION_MODEL``), as written by
    #: ``keiretsu train relations``; ``None``: the model shipped in the package.
    relation_model: Path | None = None
    #: The entity recogniser's weights (env ``KEIRETSU_NER``): a folder written by ``keiretsu train ner``,
    #: ``none`` for en_core_web_sm's own; ``None``: as ``keiretsu.extract.ner.DEFAULT_ON`` says.
    ner: str | None = None

    # --- api: the server's edges (issue 18) ---------------------------------------------------
    #: Largest request body ``keiretsu serve`` takes, in bytes (``serve --max-body-mb``): a larger
    #: one is answered 413 before it is read, so that no client can fill the server's memory.
    #: 8 MB holds a POST of the 1,000 documents it may carry at 8 KB each.
    api_max_body: int = 8 * 1024 * 1024
    #: Largest request line and headers together, in bytes (``serve --max-header-kb``): more is
    #: answered 431 (400 from uvicorn when it comes over several reads, before it is held whole).
    #: 64 KB leaves room for long URLs and cookies.
    api_max_headers: int = 64 * 1024

    # --- ingest: every input bounded (issue 18) ------------------------------------------------
    # Past one of these, the record, member or URL is skipped with a reason naming the limit, and
    # the run goes on. Each is read from ``KEIRETSU_<NAME>`` (sizes take a K, M or G suffix).
    #: Bytes of one document (a file, a record, a WARC record): a larger one is no news article,
    #: and holding it whole would cost memory every later stage pays again.
    max_document_bytes: int = 20 * 2**20
    #: Bytes decompressed from one input, every archive layer in it counted: bounds the time one
    #: file can take. Real corpora (a month of CC-News WARCs) stay well under it.
    max_archive_bytes: int = 16 * 2**30
    #: Bytes decompressed from one archive member or one gzip stream.
    max_member_bytes: int = 8 * 2**30
    #: Decompressed size over compressed size, judged past the first megabyte: news compresses 2-10
    #: times (JSONL about 10, WARC about 3), a decompression bomb a thousand.
    max_compression_ratio: int = 100
    #: Files read from one input, members of nested archives included.
    max_archive_members: int = 100_000
    #: Archives inside archives: a .jsonl.gz is 1, a zip of them 2, a tar.gz of such zips 3.
    max_archive_depth: int = 3
    #: Nesting of arrays and objects in one JSON record: records are flat, and deep nesting only
    #: costs a parser its stack.
    max_json_depth: int = 64
    #: Characters in one CSV field (Python's csv module needs a bound; this is one document's).
    max_csv_field_chars: int = 20 * 2**20
    #: Bytes of one HTML page before it is parsed: boilerplate removal costs about 2 s per MB,
    #: and news pages are under 1 MB.
    max_html_bytes: int = 5 * 2**20
    #: Entries read from one feed; real feeds carry tens to hundreds.
    max_feed_entries: int = 10_000
    #: Bytes downloaded from one URL (as sent: a gzip body is bounded again while it is read).
    max_fetch_bytes: int = 256 * 2**20
    #: Redirects followed for one URL.
    max_redirects: int = 5
    #: Content types read from a URL, by prefix; a reply without one is sniffed. Others (images,
    #: PDFs, scripts) are no news keiretsu can read.
    fetch_content_types: tuple[str, ...] = (
        "text/", "application/json", "application/x-ndjson", "application/jsonl", "application/feed+json",
        "application/xml", "application/rss+xml", "application/x-rss+xml", "application/atom+xml",
        "application/rdf+xml", "application/xhtml+xml", "application/gzip", "application/x-gzip",
        "application/zip", "application/x-zip-compressed", "application/x-tar", "application/x-bzip2",
        "application/x-xz", "application/warc", "application/vnd.apache.parquet", "application/x-parquet",
        "application/octet-stream",
    )

    # --- determinism: one giant document bounded (issue 18) ------------------------------------
    # Read from ``KEIRETSU_<NAME>`` (a K or M suffix counts 1,024 or 1,048,576 characters).
    #: Characters of one document's clean text: the tail past it is not read (the raw text keeps
    #: it), and the cut is recorded in the document's cleaning log. A news article is under 50,000;
    #: extraction reads 10,000 to 50,000 characters a second on one core: half a minute at most.
    max_document_chars: int = 300_000
    #: Characters extraction reads as one sentence: text with no sentence end (a table, a list,
    #: scraped junk) is read in passages of this size cut at a space. Extraction pairs every
    #: company of a sentence with every other, so one endless sentence would cost its length
    #: squared. One news sentence in 10,000 is longer than 660 characters.
    max_sentence_chars: int = 1_000

    # --- executor: where the map steps run (issue 17) ------------------------------------------
    #: Where reading and cleaning, signing, extraction and weighing run (``build --executor``, env
    #: ``KEIRETSU_EXECUTOR``): ``local``, ``workers`` processes on this machine; ``ray``, Ray
    #: workers (the extra ``keiretsu[ray]``), for more cores than one machine has.
    executor: str = "local"
    #: The Ray cluster the ``ray`` executor joins (``build --address``, env ``KEIRETSU_RAY_ADDRESS``);
    #: ``None``: a local Ray instance with ``workers`` CPUs, started by the build and stopped after it.
    ray_address: str | None = None

    @classmethod
    def from_env(cls, **overrides) -> Settings:
        env = {}
        if db := os.environ.get("KEIRETSU_DB"):
            env["db"] = db
        if enc := os.environ.get("KEIRETSU_ENCODING"):
            env["encoding"] = enc
        if model := os.environ.get("KEIRETSU_RELATION_MODEL"):
            env["relation_model"] = Path(model)
        if ner := os.environ.get("KEIRETSU_NER"):
            env["ner"] = ner
        if workers := os.environ.get("KEIRETSU_WORKERS"):
            env["workers"] = max(1, int(workers))
        if executor := os.environ.get("KEIRETSU_EXECUTOR"):
            env["executor"] = executor
        if address := os.environ.get("KEIRETSU_RAY_ADDRESS"):
            env["ray_address"] = address
        for name in INGEST_LIMITS:
            if value := os.environ.get(f"KEIRETSU_{name.upper()}"):
                env[name] = _limit(name, value)
        for name in DOCUMENT_LIMITS:
            if value := os.environ.get(f"KEIRETSU_{name.upper()}"):
                env[name] = max(1, int(_limit(name, value)))
        known = {f.name for f in fields(cls)}
        given = {k: v for k, v in overrides.items() if k in known and v is not None}
        return replace(cls(), **{**env, **given})


#: The settings of the ingest block above, each read from ``KEIRETSU_<NAME>`` by ``from_env``.
INGEST_LIMITS = (
    "max_document_bytes", "max_archive_bytes", "max_member_bytes", "max_compression_ratio",
    "max_archive_members", "max_archive_depth", "max_json_depth", "max_csv_field_chars",
    "max_html_bytes", "max_feed_entries", "max_fetch_bytes", "max_redirects", "fetch_content_types",
    "http_timeout",
)
#: The settings of the determinism block above, each read from ``KEIRETSU_<NAME>`` by ``from_env``.
DOCUMENT_LIMITS = ("max_document_chars", "max_sentence_chars")
_UNITS = {"K": 2**10, "M": 2**20, "G": 2**30}


def _limit(name: str, value: str) -> int | float | tuple[str, ...]:
    """An ingest limit from the environment: ``20M``, ``1.5G``, ``30``; content types comma-separated."""
    if name == "fetch_content_types":
        return tuple(t.strip().lower() for t in value.split(",") if t.strip())
    text = value.strip().upper().removesuffix("B")
    scale = _UNITS.get(text[-1:], 1)
    try:
        number = float(text[:-1] if scale > 1 else text)
    except ValueError:
        raise KeiretsuError(f"KEIRETSU_{name.upper()}={value!r}: expected a number such as 30, 20M or 2G") from None
    if number < 0:
        raise KeiretsuError(f"KEIRETSU_{name.upper()}={value!r}: must not be negative")
    return number * scale if name == "http_timeout" else int(number * scale)
