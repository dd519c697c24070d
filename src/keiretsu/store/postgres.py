"""The server store: PostgreSQL through psycopg 3, for a store shared by machines.

The same tables, rows and orderings as ``SQLiteStore``; what differs is how they are written:
bulk rows go through ``COPY`` into the table or a staging table, and ids are given by the store
(the next after the largest, as SQLite gives rowids), so that a rolled-back batch leaves no gap
and two backends fed the same input give the same ids.

One connection is this store's own, for its transactions and reads; a pool lends further ones
to the scans that run while that one writes (``observation_rows``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql as pgsql
from psycopg.conninfo import conninfo_to_dict
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from ..errors import NewerSchema, NotFound, StoreError, StoreUnavailable
from ..models import Document, ObservationRow, RelationshipKey, Skipped, Story
from .graph import _json, _like, history_entry
from .sqlite import Written, _now, _pid_alive, _storable, fts_query

__all__ = ["PostgresStore", "display_url"]

_DOC_FIELDS = ("id, external_id, title, published, date_source, source, url, chars, content_hash, format, "
               "location, retrieved, run_id, ingested_at")
_VENTURE = ("CASE WHEN m.type = 'joint_venture' THEN coalesce(m.attributes::json ->> 'venture', '') "
            "ELSE '' END")
_REL_FIELDS = (
    "r.id, r.type, r.source_id, s.name AS source, s.kind AS source_kind, r.target_id, t.name AS target, "
    "r.venture, r.status, r.attributes, r.valid_from, r.valid_to, r.first_reported, r.last_reported, r.mentions, "
    "r.independent_sources, r.confidence, r.conflicts"
)
_REL_FROM = "FROM relationships r JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id "
_CONNECT_TIMEOUT = 10  # seconds: an unreachable host is reported, not waited on for minutes

# A number no other application is likely to lock: keiretsu's builders take it (store.lock).
ADVISORY_LOCK_KEY = 0x6B65697265747375 & 0x7FFFFFFFFFFFFFFF  # "keiretsu"


def _migrations() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files("keiretsu.store").joinpath("pg_migrations").iterdir():
        m = re.match(r"(\d+)_.*\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def display_url(url: str) -> str:
    """The URL without its password (after the user name, or as a ``password=`` parameter), for messages."""
    parts = urlsplit(url)
    if parts.password is not None:
        netloc = parts.netloc.rsplit("@", 1)[1]
        parts = parts._replace(netloc=f"{parts.username}@{netloc}" if parts.username else netloc)
    query = "&".join(p for p in parts.query.split("&") if not p.lower().startswith("password="))
    return urlunsplit(parts._replace(query=query))


def _server_of(url: str) -> str:
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = None
    host = parts.hostname or "localhost (the local socket)"
    return f"{host}:{port}" if port else host


def connect_error(url: str, e: psycopg.Error) -> StoreUnavailable:
    """One line naming the server and what went wrong, from libpq's several-line message."""
    lines = [ln.strip() for ln in str(e).splitlines() if ln.strip() and not ln.strip().startswith("Is the server")]
    reason = lines[-1] if lines else type(e).__name__
    # libpq says "connection to server at "h" (addr), port p failed: FATAL:  why": keep the why.
    reason = re.sub(r"^.*failed:\s*", "", reason)
    reason = re.sub(r"^(FATAL|ERROR):\s*", "", reason).strip()
    try:
        password = urlsplit(url).password or conninfo_to_dict(url).get("password")
    except psycopg.Error:  # a URL libpq cannot parse: it said so, without reading a password
        password = None
    if password:
        reason = reason.replace(password, "***")
    return StoreUnavailable(f"cannot connect to the PostgreSQL server at {_server_of(url)} "
                            f"({display_url(url)}): {reason}")


def _options(read_only: bool) -> str:
    # JIT compiles a query the planner thinks costly, which costs tens of milliseconds itself: more
    # than any of keiretsu's indexed reads take, and the API's latency would show it.
    return "-c jit=off" + (" -c default_transaction_read_only=on" if read_only else "")


def _connect_args(url: str, read_only: bool) -> dict[str, Any]:
    """What keiretsu adds to the URL's own parameters, which stay as given."""
    given = conninfo_to_dict(url)
    return {"autocommit": True, "connect_timeout": given.get("connect_timeout", _CONNECT_TIMEOUT),
            "application_name": given.get("application_name", "keiretsu"),
            "options": " ".join(filter(None, (given.get("options"), _options(read_only))))}


def open_connection(url: str, read_only: bool = False) -> psycopg.Connection:
    """A connection, or ``StoreUnavailable`` in one line (no password in it)."""
    try:
        return psycopg.connect(url, **_connect_args(url, read_only))
    except psycopg.Error as e:
        raise connect_error(url, e) from None


def _terms(search: str) -> list[str]:
    """The words and "quoted phrases" that must all occur (the same reading as SQLite's search)."""
    return re.findall(r'"([^"]*)"', fts_query(search))


class PostgresStore:
    """``Store`` on a PostgreSQL database. Each write method is one transaction."""

    backend = "postgresql"

    def __init__(self, url: str, read_only: bool = False):
        """``read_only``: every transaction of this store's connections is read-only
        (``default_transaction_read_only``), the API server's default; no migration runs."""
        self.url = str(url)
        self.display = display_url(self.url)
        self.read_only = read_only
        self._pool: ConnectionPool | None = None
        self.db = open_connection(self.url, read_only)
        try:
            if read_only:
                latest = _migrations()[-1][0]
                version = self.schema_version
                if version > latest:
                    raise NewerSchema(self.display, version, latest)
                if version == 0:
                    raise StoreError(f"{self.display}: no keiretsu store in this database; build one first with "
                                     "`keiretsu build`")
                if version != latest:
                    raise StoreError(f"{self.display}: written by another version of keiretsu (schema {version}, "
                                     f"this one reads {latest}); open it once for writing, e.g. `keiretsu build`, "
                                     "to upgrade it")
            else:
                self._migrate()
        except psycopg.Error as e:
            self.db.close()
            raise StoreError(f"{self.display}: cannot open the store ({_one_line(e)})") from None
        except StoreError:
            self.db.close()
            raise

    # --- schema ---------------------------------------------------------------------------------

    def _migrate(self) -> None:
        migrations = _migrations()
        latest = migrations[-1][0]
        with self.db.transaction():
            # Two processes opening a new database at once: one migrates, the other then sees it done.
            self.db.execute("SELECT pg_advisory_xact_lock(%s)", (ADVISORY_LOCK_KEY - 1,))
            version = self.schema_version
            if version > latest:
                raise NewerSchema(self.display, version, latest)
            if version == latest:
                return
            if version == 0:
                self.db.execute("CREATE TABLE keiretsu_schema (version integer NOT NULL, applied_at text NOT NULL)")
            for number, script in migrations:
                if number <= version:
                    continue
                try:
                    with self.db.transaction():
                        self.db.execute(script)
                        self.db.execute("INSERT INTO keiretsu_schema (version, applied_at) VALUES (%s, %s)",
                                        (number, _now()))
                except psycopg.Error as e:
                    raise StoreError(f"{self.display}: migration {number} failed ({_one_line(e)})") from None

    @property
    def schema_version(self) -> int:
        row = self.db.execute("SELECT to_regclass('keiretsu_schema') IS NOT NULL").fetchone()
        if not row[0]:
            return 0
        return self.db.execute("SELECT coalesce(max(version), 0) FROM keiretsu_schema").fetchone()[0]

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
        self.db.close()

    @contextmanager
    def _reader(self) -> Iterator[psycopg.Connection]:
        """A connection besides this store's own, lent by its pool."""
        if self._pool is None:
            self._pool = ConnectionPool(self.url, min_size=0, max_size=4, open=True, name="keiretsu", num_workers=1,
                                        kwargs=_connect_args(self.url, self.read_only))
        with self._pool.connection() as conn:
            yield conn

    def _in_transaction(self) -> bool:
        return self.db.info.transaction_status != psycopg.pq.TransactionStatus.IDLE

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction. Inside another it joins that one, so that the steps of a build
        commit (or roll back) together."""
        if self.read_only:
            raise StoreError(f"{self.display}: opened read-only; this needs a writable store")
        if self._in_transaction():
            yield
            return
        try:
            with self.db.transaction():
                yield
        except psycopg.OperationalError as e:
            raise self._lost(e) from None

    def _lost(self, e: psycopg.OperationalError) -> StoreError:
        """A server gone mid-command (restarted, network down): one line; what was committed stays."""
        if self.db.closed or self.db.broken:
            return StoreUnavailable(f"lost the connection to the PostgreSQL server at {_server_of(self.url)} "
                                    f"({self.display}): {_one_line(e)}; what was committed is kept: run the "
                                    "command again")
        return StoreError(f"{self.display}: {_one_line(e)}")

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one state of the store, whatever a build commits meanwhile: a
        repeatable-read, read-only transaction. Inside a transaction it joins that one."""
        if self._in_transaction():
            yield
            return
        self.db.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        try:
            yield
        finally:
            if self._in_transaction():
                self.db.execute("ROLLBACK")  # it wrote nothing; an error may have spoilt it

    # --- helpers --------------------------------------------------------------------------------

    def _all(self, query: str, args: Sequence = ()) -> list[dict[str, Any]]:
        with self.db.cursor(row_factory=dict_row) as cur:
            return cur.execute(query, _nul_free(args)).fetchall()

    def _rows(self, query: str, args: Sequence = ()) -> list[tuple]:
        return self.db.execute(query, _nul_free(args)).fetchall()

    def _stream(self, query: str) -> Iterator[dict[str, Any]]:
        """Rows a batch at a time from a server-side cursor, on a pooled connection of its own:
        an export's memory does not grow with the graph, and its caller reads more meanwhile."""
        with self._reader() as conn, conn.transaction(), conn.cursor(name="stream", row_factory=dict_row) as cur:
            cur.itersize = 2000
            cur.execute(query)
            yield from cur

    def _one(self, query: str, args: Sequence = ()) -> Any:
        return self.db.execute(query, _nul_free(args)).fetchone()[0]

    def _copy(self, table: str, columns: Sequence[str], rows: Iterable[Sequence]) -> None:
        """Rows into ``table`` by ``COPY``: one round trip for a batch, no statement per row."""
        stmt = pgsql.SQL("COPY {} ({}) FROM STDIN").format(
            pgsql.Identifier(table), pgsql.SQL(", ").join(map(pgsql.Identifier, columns)))
        with self.db.cursor().copy(stmt) as copy:
            for row in rows:
                copy.write_row(row)

    def _stage(self, like: str, columns: Sequence[str], rows: Iterable[Sequence]) -> str:
        """Rows copied into an empty temporary table shaped like ``like``; returns its name. For
        inserts that must skip or merge rows already there, which ``COPY`` alone cannot."""
        name = f"stage_{like}"
        self.db.execute(f"CREATE TEMP TABLE IF NOT EXISTS {name} (LIKE {like} INCLUDING DEFAULTS) "
                        "ON COMMIT DELETE ROWS")
        self.db.execute(f"TRUNCATE {name}")
        self._copy(name, columns, rows)
        return name

    def _next_id(self, table: str) -> int:
        # The store's writers hold its advisory lock (store.lock); the table lock keeps a writer
        # that did not ask for it from taking the same ids.
        self.db.execute(f"LOCK TABLE {table} IN SHARE ROW EXCLUSIVE MODE")
        return self._one(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")

    # --- runs -----------------------------------------------------------------------------------

    def start_run(self, command: str, inputs: Sequence[str]) -> int:
        with self.transaction():
            for run_id, pid in self._rows("SELECT id, pid FROM runs WHERE status = 'running'"):
                if not _pid_alive(pid):
                    self.db.execute("UPDATE runs SET status = 'interrupted' WHERE id = %s", (run_id,))
            run_id = self._next_id("runs")
            self.db.execute("INSERT INTO runs (id, command, inputs, started_at, status, pid) "
                            "VALUES (%s, %s, %s, %s, 'running', %s)",
                            (run_id, command, json.dumps(list(inputs)), _now(), os.getpid()))
        return run_id

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.transaction():
            self.db.execute("UPDATE runs SET finished_at = %s, status = 'completed', counts = %s WHERE id = %s",
                            (_now(), json.dumps(counts), run_id))

    def end_run(self, run_id: int, status: str, error: str) -> bool:
        """Mark a run that did not finish ``failed`` or ``interrupted``, with why. Best effort;
        returns whether it was marked."""
        try:
            if self._in_transaction():  # what the failure cut short
                self.db.rollback()
            self.db.execute(
                "UPDATE runs SET finished_at = %s, status = %s, counts = %s WHERE id = %s AND status = 'running'",
                (_now(), status, json.dumps({"error": error}), run_id))
        except psycopg.Error:
            return False
        return True

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        out = []
        for d in self._all("SELECT r.*, (SELECT count(*) FROM skips s WHERE s.run_id = r.id) AS skipped "
                           "FROM runs r ORDER BY id DESC LIMIT %s", (limit,)):
            d["inputs"] = json.loads(d["inputs"])
            d["counts"] = json.loads(d["counts"]) if d["counts"] else None
            d.pop("pid")
            out.append(d)
        return out

    def run_skips(self, run_id: int) -> list[dict[str, str]]:
        return self._all("SELECT location, reason FROM skips WHERE run_id = %s ORDER BY id", (run_id,))

    # --- writes ---------------------------------------------------------------------------------

    def write_batch(self, run_id: int, docs: Sequence[Document], skips: Iterable[Skipped] = ()) -> Written:
        """Store documents and skip reports in one transaction. A document PostgreSQL refuses (a
        NUL character, text it cannot encode) is skipped with why, and the rest of the batch is
        kept. Returns how many documents were new and the refusals, stored as skips too."""
        now = _now()
        refused: list[Skipped] = []
        with self.transaction():
            try:
                with self.db.transaction():
                    added = self._insert_documents(run_id, docs, now)
            except (psycopg.DataError, ValueError, TypeError, OverflowError):
                # One record spoilt the copy: go row by row, each in a savepoint, so that only
                # that record is lost.
                added = 0
                for d in docs:
                    try:
                        with self.db.transaction():
                            added += self._insert_documents(run_id, [d], now)
                    except (psycopg.DataError, ValueError, TypeError, OverflowError) as e:
                        refused.append(Skipped(d.location, _refusal(e)))
            self._copy("skips", ("run_id", "location", "reason"),
                       [(run_id, _storable(s.location), _storable(s.reason)) for s in (*skips, *refused)])
        return Written(added, refused)

    def _insert_documents(self, run_id: int, docs: Sequence[Document], now: str) -> int:
        columns = ("id", "content_hash", "origin_key", "external_id", "title", "url", "source", "published",
                   "date_source", "retrieved", "format", "location", "raw_text", "clean_text", "chars", "cleaning",
                   "run_id", "ingested_at")
        stage = self._stage("documents", columns, (
            (i, d.content_hash, d.origin_key, d.external_id, d.title, d.url, d.source, d.published,
             d.date_source.value, d.retrieved, d.format.value, _storable(d.location),
             None if d.raw_text == d.clean_text else d.raw_text, d.clean_text, len(d.clean_text),
             json.dumps(d.cleaning), run_id, now)
            for i, d in enumerate(docs)))
        first = self._next_id("documents")
        # The first of each (content, origin) that is not stored yet, in batch order, numbered on
        # from the largest id: what SQLite's INSERT OR IGNORE keeps, under the same ids.
        cols = ", ".join(columns[1:])
        return self.db.execute(
            f"INSERT INTO documents (id, {cols}) SELECT %s - 1 + row_number() OVER (ORDER BY id), {cols} FROM "
            f"(SELECT DISTINCT ON (content_hash, origin_key) * FROM {stage} ORDER BY content_hash, origin_key, id) s "
            "WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.content_hash = s.content_hash "
            "AND d.origin_key = s.origin_key) ORDER BY id", (first,)).rowcount

    # --- reads ----------------------------------------------------------------------------------

    def documents(self, search: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        if not search:
            return self._all(f"SELECT {_DOC_FIELDS} FROM documents ORDER BY id LIMIT %s OFFSET %s", (limit, offset))
        rows = self._search(search, limit, offset)
        for row in rows:
            # "..." where the snippet cuts the text short, as SQLite's snippet() writes it.
            text, snippet = row.pop("clean_text"), row["snippet"]
            plain = snippet.replace("[", "").replace("]", "")
            row["snippet"] = (("" if text.startswith(plain) else "...") + snippet
                              + ("" if text.endswith(plain) else "..."))
        return rows

    def _search(self, search: str, limit: int, offset: int) -> list[dict[str, Any]]:
        terms = _terms(search)
        # Every word or phrase must occur, as in SQLite's search; ranked by ts_rank (title words
        # weigh more), ties by id; the snippet marks the matches as SQLite's does, [like this].
        query = " && ".join(["phraseto_tsquery('simple', keiretsu_words(%s))"] * len(terms))
        fields = ", ".join("d." + f.strip() for f in _DOC_FIELDS.split(","))
        try:
            return self._all(
                f"WITH q AS (SELECT {query} AS q), hits AS (SELECT d.id, ts_rank(d.fts, q.q) AS rank FROM documents d, "
                "q WHERE d.fts @@ q.q ORDER BY rank DESC, d.id LIMIT %s OFFSET %s) "
                f"SELECT {fields}, ts_headline('simple', d.clean_text, q.q, 'StartSel=[, StopSel=], MaxWords=16, "
                "MinWords=8, ShortWord=0, MaxFragments=1') AS snippet, d.clean_text "
                "FROM hits JOIN documents d ON d.id = hits.id, q ORDER BY hits.rank DESC, d.id",
                (*terms, limit, offset))
        except psycopg.Error as e:
            raise StoreError(f"cannot search for {search!r}: {_one_line(e)}") from None

    def document(self, doc_id: int) -> dict[str, Any]:
        rows = self._all(f"SELECT {_DOC_FIELDS}, clean_text AS text, coalesce(raw_text, clean_text) AS raw_text, "
                         "cleaning FROM documents WHERE id = %s", (doc_id,))
        if not rows:
            raise NotFound(f"no document with id {doc_id}")
        d = rows[0]
        d["cleaning"] = json.loads(d["cleaning"])
        return d

    # --- duplicate index ------------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT INTO meta (key, value) VALUES (%s, %s) ON CONFLICT (key) DO UPDATE "
                            "SET value = excluded.value", (key, value))

    def clear_dedup(self) -> None:
        with self.transaction():
            for table in ("dedup_docs", "lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df"):
                self.db.execute(f"DELETE FROM {table}")

    def undeduplicated(self, limit: int, after: int = 0) -> list[dict[str, Any]]:
        """Documents not yet in the duplicate index, oldest first, past id ``after``."""
        return self._all(
            "SELECT d.id, d.clean_text AS text, d.content_hash FROM documents d WHERE d.id > %s "
            "AND NOT EXISTS (SELECT 1 FROM dedup_docs x WHERE x.doc_id = d.id) ORDER BY d.id LIMIT %s",
            (after, limit))

    def count_undeduplicated(self) -> int:
        return self._one("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                         "(SELECT 1 FROM dedup_docs x WHERE x.doc_id = d.id)")

    def bucket_runs(self) -> Iterator[tuple[int, bytes, bytes]]:
        """Each run of bucket rows written (kind, keys, documents), in the order written."""
        for r in self._stream("SELECT kind, keys, docs FROM lsh_runs ORDER BY id"):
            yield r["kind"], r["keys"], r["docs"]

    def signatures(self, doc_ids: Sequence[int]) -> dict[int, tuple[bytes | None, bytes | None]]:
        return {r[0]: (r[1], r[2]) for r in self._rows(
            "SELECT doc_id, near_sig, para_sig FROM dedup_docs WHERE doc_id = ANY(%s)", (list(doc_ids),))}

    def digests(self, doc_ids: Sequence[int]) -> dict[int, bytes]:
        """The stored digest (``dedup.digests.encode``) of each of ``doc_ids`` that has one."""
        return {r[0]: bytes(r[1]) for r in self._rows(
            "SELECT doc_id, digest FROM dedup_docs WHERE digest IS NOT NULL AND doc_id = ANY(%s)", (list(doc_ids),))}

    def same_content(self, doc_ids: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs (other, doc) of documents with the same clean text as one of ``doc_ids``."""
        return self._rows("SELECT o.id, d.id FROM documents d JOIN documents o ON o.content_hash = d.content_hash "
                          "AND o.id <> d.id WHERE d.id = ANY(%s)", (list(doc_ids),))

    def texts(self, doc_ids: Sequence[int]) -> dict[int, str]:
        return dict(self._rows("SELECT id, clean_text FROM documents WHERE id = ANY(%s)", (list(doc_ids),)))

    def headlines(self, doc_ids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """Title and publication date of each document: what story identity reads besides the text."""
        return {r[0]: (r[1], r[2]) for r in self._rows(
            "SELECT id, title, published FROM documents WHERE id = ANY(%s)", (list(doc_ids),))}

    def write_dedup_batch(
        self,
        docs: Sequence[tuple[int, bytes | None, bytes | None, bytes | None]],
        buckets: Sequence[tuple[int, bytes, bytes]],
        links: Sequence[tuple[int, int, str, float]],
        sentence_counts: Sequence[tuple[int, int]] = (),
        sentence_links: Sequence[tuple] = (),
    ) -> None:
        """Index a batch of documents (``docs``: id, near and paraphrase signatures, digest; ``buckets``:
        runs of their bucket rows, kind, keys and documents) and store the links found for them and
        the links between sentences within each of them, in one transaction."""
        with self.transaction():
            self.db.cursor().executemany(
                "INSERT INTO dedup_docs (doc_id, near_sig, para_sig, digest, linked) VALUES (%s, %s, %s, %s, 0) "
                "ON CONFLICT (doc_id) DO UPDATE SET near_sig = excluded.near_sig, para_sig = excluded.para_sig, "
                "digest = excluded.digest, linked = 0", docs)
            self.db.cursor().executemany("INSERT INTO lsh_runs (kind, keys, docs) VALUES (%s, %s, %s)", buckets)
            # A pair found at several levels keeps the strongest (exact < near < paraphrase).
            self.db.cursor().executemany(
                "INSERT INTO doc_links (a, b, level, similarity) VALUES (%s, %s, %s, %s) ON CONFLICT (a, b) DO UPDATE "
                "SET level = excluded.level, similarity = excluded.similarity WHERE "
                "strpos('exact near paraphrase', excluded.level) < strpos('exact near paraphrase', doc_links.level)",
                links)
            counts: dict[int, int] = {}
            for h, n in sentence_counts:
                counts[h] = counts.get(h, 0) + n
            if counts:
                self.db.execute(
                    "INSERT INTO sentence_df (hash, df) SELECT * FROM unnest(%s::bigint[], %s::bigint[]) "
                    "ON CONFLICT (hash) DO UPDATE SET df = sentence_df.df + excluded.df",
                    (list(counts), list(counts.values())))
            self._copy("sentence_links", _SENTENCE_LINK_COLUMNS, sentence_links)

    def sentence_df(self, hashes: Sequence[int]) -> dict[int, int]:
        return dict(self._rows("SELECT hash, df FROM sentence_df WHERE hash = ANY(%s)", (list(hashes),)))

    def doc_links(self) -> list[tuple[int, int, str, float]]:
        return self._rows("SELECT a, b, level, similarity FROM doc_links")

    def order_keys(self, doc_ids: Sequence[int]) -> dict[int, tuple]:
        """The canonical-document order: earliest published (unknown last), longest, lowest id."""
        return {r[0]: (r[1] is None, r[1] or "", -r[2], r[0]) for r in self._rows(
            "SELECT id, published, chars FROM documents WHERE id = ANY(%s)", (list(doc_ids),))}

    def replace_clusters(self, members: Sequence[tuple[int, int, str, float]]) -> dict[int, int]:
        """Store the clusters; returns the documents whose cluster changed (old cluster id or -1)."""
        old = {r[0]: (r[1], r[2]) for r in self._rows("SELECT doc_id, cluster_id, level FROM doc_clusters")}
        with self.transaction():
            self.db.execute("DELETE FROM doc_clusters")
            self._copy("doc_clusters", ("doc_id", "cluster_id", "level", "similarity"), members)
        # The new members' ids made once: made again for each old member, they took time quadratic in
        # the number of clustered documents (0.05 s a run at Reuters train's 1,238 against 0.004, and
        # fourfold with each doubling).
        kept = {m[0] for m in members}
        changed = {doc: -1 for doc in old if doc not in kept}
        for doc, cluster, level, _ in members:
            if old.get(doc) != (cluster, level):
                changed[doc] = old.get(doc, (-1,))[0]
        return changed

    def cluster_members(self, cluster_ids: Sequence[int]) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for cluster, doc in self._rows("SELECT cluster_id, doc_id FROM doc_clusters WHERE cluster_id = ANY(%s) "
                                       "ORDER BY doc_id", (list(cluster_ids),)):
            out.setdefault(cluster, []).append(doc)
        return out

    def unlinked(self) -> list[int]:
        """Indexed documents whose sentences are not linked yet, whichever run indexed them."""
        return [r[0] for r in self._rows("SELECT doc_id FROM dedup_docs WHERE linked = 0 ORDER BY doc_id")]

    def replace_sentence_links(self, doc_ids: Sequence[int], rows: Sequence[tuple], within: Sequence[int] = ()
                               ) -> None:
        """Replace every sentence link between ``doc_ids`` and other documents, and those within the
        documents ``within`` (one transaction); ``doc_ids`` are linked."""
        ids = list(doc_ids)
        with self.transaction():
            self.db.execute("DELETE FROM sentence_links WHERE (doc_a = ANY(%s) OR doc_b = ANY(%s)) AND doc_a <> doc_b",
                            (ids, ids))
            if within:
                self.db.execute("DELETE FROM sentence_links WHERE doc_a = doc_b AND doc_a = ANY(%s)", (list(within),))
            self._copy("sentence_links", _SENTENCE_LINK_COLUMNS, rows)
            self.db.execute("UPDATE dedup_docs SET linked = 1 WHERE linked = 0 AND doc_id = ANY(%s)", (ids,))

    def sentence_links(self, doc_id: int | None = None) -> list[dict[str, Any]]:
        where, args = ("WHERE doc_a = %s OR doc_b = %s", (doc_id, doc_id)) if doc_id is not None else ("", ())
        return self._all(f"SELECT * FROM sentence_links {where} ORDER BY doc_a, sent_a, doc_b, sent_b", args)

    def duplicate_clusters(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Clusters of two or more documents, largest first, each with its members."""
        out = []
        for cid, _ in self._rows("SELECT cluster_id, count(*) n FROM doc_clusters GROUP BY cluster_id "
                                 "ORDER BY n DESC, cluster_id LIMIT %s OFFSET %s", (limit, offset)):
            members = self._cluster_members(cid)
            out.append({"cluster": cid, "canonical": members[0], "members": members[1:]})
        return out

    def document_cluster(self, doc_id: int) -> dict[str, Any] | None:
        """The duplicate cluster a document belongs to, every member (canonical first), or None."""
        row = self.db.execute("SELECT cluster_id FROM doc_clusters WHERE doc_id = %s", (doc_id,)).fetchone()
        return {"cluster": row[0], "members": self._cluster_members(row[0])} if row else None

    def document_ids(self, external_ids: Sequence[str]) -> dict[str, int]:
        """Documents by the id their input gave them (the first stored, where copies share one)."""
        return dict(self._rows("SELECT external_id, min(id) FROM documents WHERE external_id = ANY(%s) "
                               "GROUP BY external_id", (list(external_ids),)))

    def _cluster_members(self, cluster_id: int) -> list[dict[str, Any]]:
        return self._all(
            "SELECT c.doc_id AS id, d.external_id, d.title, d.source, d.url, d.published, c.level, c.similarity "
            "FROM doc_clusters c JOIN documents d ON d.id = c.doc_id WHERE c.cluster_id = %s "
            "ORDER BY c.level = 'canonical' DESC, c.doc_id", (cluster_id,))

    # --- extraction -----------------------------------------------------------------------------

    def clear_extraction(self) -> None:
        with self.transaction():
            # The graph is built from the mentions: it goes with them.
            for table in ("relationship_history", "relationships", "graph_docs", "doc_focus", "stories",
                          "story_docs", "mentions", "entity_mentions", "entity_aliases", "entities",
                          "extracted_docs"):
                self.db.execute(f"DELETE FROM {table}")

    def unextracted(self, limit: int) -> list[dict[str, Any]]:
        """Documents not yet extracted, oldest first, with their duplicate cluster (if any)."""
        return self._all(
            "SELECT d.id, d.clean_text AS text, d.title, c.cluster_id, c.level FROM documents d "
            "LEFT JOIN doc_clusters c ON c.doc_id = d.id "
            "WHERE NOT EXISTS (SELECT 1 FROM extracted_docs x WHERE x.doc_id = d.id) ORDER BY d.id LIMIT %s",
            (limit,))

    def count_unextracted(self) -> int:
        return self._one("SELECT count(*) FROM documents d WHERE NOT EXISTS "
                         "(SELECT 1 FROM extracted_docs x WHERE x.doc_id = d.id)")

    def extracted(self, doc_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._rows("SELECT doc_id FROM extracted_docs WHERE doc_id = ANY(%s)",
                                         (list(doc_ids),))}

    def doc_mentions(self, doc_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The mentions read in ``doc_ids`` (not those recorded from copies)."""
        return self._all(
            "SELECT m.*, s.name AS source_name, s.kind AS source_kind, t.name AS target_name FROM mentions m "
            "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
            "WHERE m.copy_of IS NULL AND m.doc_id = ANY(%s) ORDER BY m.id", (list(doc_ids),))

    def write_extractions(self, extractor: str, read: Sequence, copies: Sequence[tuple[int, list[dict]]],
                          key: Callable[[str, str], str], alias: Callable[[str], bool]) -> None:
        """Store a batch in one transaction: ``read`` are ``Extraction`` objects; ``copies`` are
        (copy doc id, mentions re-anchored in it, each with ``copy_of``). ``key(kind, name)`` is
        what entity names are compared by; ``alias(text)`` whether a text an entity is named by is
        kept as an alias of it.

        The same rows as SQLite's, written in bulk: the batch's entities are resolved in one query
        and the new ones numbered in the order SQLite would meet them, so ids agree too."""
        now = _now()
        wanted: dict[tuple[str, str], str] = {}  # (kind, key) -> name, first seen first

        def need(kind: str, name: str) -> tuple[str, str]:
            k = (kind, key(kind, name))
            wanted.setdefault(k, name)
            return k

        entity_rows, mention_rows, aliases, done = [], [], {}, []
        for ex in read:
            for e in ex.entities:
                k = need(e.kind.value, e.name)
                entity_rows.append((ex.doc_id, k, e.start, e.end, e.text))
                if alias(e.text):
                    aliases[(k, e.text)] = aliases.get((k, e.text), 0) + 1
            for m in (mention.as_dict() for mention in ex.mentions):
                mention_rows.append((ex.doc_id, self._mention_ends(m, need), m, None))
            done.append((ex.doc_id, extractor, "read", ex.sentences, ex.parsed, now))
        for doc_id, mentions in copies:
            for m in mentions:
                mention_rows.append((doc_id, self._mention_ends(m, need), m, m["copy_of"]))
            done.append((doc_id, extractor, "copy", 0, 0, now))
        with self.transaction():
            ids = self._entity_ids(wanted)
            self._copy("entity_mentions", ("doc_id", "entity_id", "start", "end", "text"),
                       [(doc, ids[k], start, end, text) for doc, k, start, end, text in entity_rows])
            if aliases:
                pairs = list(aliases.items())
                self.db.execute(
                    "INSERT INTO entity_aliases (entity_id, alias, seen) SELECT * FROM "
                    "unnest(%s::bigint[], %s::text[], %s::bigint[]) ON CONFLICT (entity_id, alias) "
                    "DO UPDATE SET seen = entity_aliases.seen + excluded.seen",
                    ([ids[k] for (k, _), _ in pairs], [a for (_, a), _ in pairs], [n for _, n in pairs]))
            next_id = self._next_id("mentions")
            rows = []
            for doc_id, (source, target), m, copy_of in mention_rows:
                source_id, target_id = ids[source], ids[target]
                if source_id == target_id:  # two names of one company: no relationship
                    continue
                attributes = m["attributes"] if isinstance(m["attributes"], str) else json.dumps(m["attributes"])
                cues = m["cues"] if isinstance(m["cues"], str) else json.dumps(m["cues"])
                rows.append((next_id, doc_id, m["type"], source_id, target_id, m["status"], attributes, m["sentence"],
                             m["start"], m["end"], m["trigger"], cues, m["confidence"], m["extractor"], copy_of))
                next_id += 1
            self._copy("mentions", ("id", "doc_id", "type", "source_id", "target_id", "status", "attributes",
                                    "sentence", "start", "end", "trigger", "cues", "confidence", "extractor",
                                    "copy_of"), rows)
            self.db.cursor().executemany(
                "INSERT INTO extracted_docs (doc_id, extractor, how, sentences, parsed, at) VALUES (%s,%s,%s,%s,%s,%s) "
                "ON CONFLICT (doc_id) DO UPDATE SET extractor = excluded.extractor, how = excluded.how, "
                "sentences = excluded.sentences, parsed = excluded.parsed, at = excluded.at", done)

    @staticmethod
    def _mention_ends(m: dict, need: Callable[[str, str], tuple[str, str]]) -> tuple[tuple[str, str], tuple[str, str]]:
        return need(m.get("source_kind", "company"), m["source"]), need("company", m["target"])

    def _entity_ids(self, wanted: dict[tuple[str, str], str]) -> dict[tuple[str, str], int]:
        """Ids of the entities by (kind, key), adding those not stored yet under the name first seen."""
        if not wanted:
            return {}
        kinds, keys = [k for k, _ in wanted], [k for _, k in wanted]
        ids = {(kind, k): i for kind, k, i in self._rows(
            "SELECT e.kind, e.key, e.id FROM unnest(%s::text[], %s::text[]) AS w(kind, key) "
            "JOIN entities e ON e.kind = w.kind AND e.key = w.key", (kinds, keys))}
        new = [k for k in wanted if k not in ids]
        if new:
            first = self._next_id("entities")
            for i, k in enumerate(new):
                ids[k] = first + i
            self._copy("entities", ("id", "kind", "name", "key"), [(ids[k], k[0], wanted[k], k[1]) for k in new])
        return ids

    def mentions(self, company: str | None = None, type: str | None = None, limit: int = 100,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Relationship mentions with their evidence, in document order; ``company`` is an entity key."""
        where, args = [], []
        if company:
            where.append("(s.key = %s OR t.key = %s)")
            args += [company, company]
        if type:
            where.append("m.type = %s")
            args.append(type)
        rows = self._all(
            "SELECT m.id, m.doc_id, d.external_id, d.published, d.source AS outlet, m.type, s.name AS source, "
            "s.kind AS source_kind, t.name AS target, m.status, m.attributes, m.sentence, m.start, m.end, "
            "m.trigger, m.cues, m.confidence, m.extractor, m.copy_of FROM mentions m "
            "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
            "JOIN documents d ON d.id = m.doc_id "
            + ("WHERE " + " AND ".join(where) + " " if where else "")
            + "ORDER BY m.doc_id, m.id LIMIT %s OFFSET %s", (*args, limit, offset))
        for row in rows:
            row["attributes"] = json.loads(row["attributes"])
            row["cues"] = json.loads(row["cues"])
        return rows

    def stats(self) -> dict[str, Any]:
        docs = self.db.execute("SELECT count(*), coalesce(sum(chars), 0)::bigint, min(published), max(published) "
                               "FROM documents").fetchone()

        def grouped(column: str) -> dict[str, int]:
            return dict(self._rows(f"SELECT coalesce({column}, '(none)') k, count(*) n FROM documents GROUP BY k "
                                   "ORDER BY n DESC"))

        return {
            "documents": docs[0],
            "chars": docs[1],
            "published_from": docs[2],
            "published_to": docs[3],
            "by_date_source": grouped("date_source"),
            "by_format": grouped("format"),
            "by_source": grouped("source"),
            "runs": dict(self._rows("SELECT status, count(*) FROM runs GROUP BY status")),
            "skipped_records": self._one("SELECT count(*) FROM skips"),
            "deduplicated": self._one("SELECT count(*) FROM dedup_docs"),
            "clusters": self._one("SELECT count(DISTINCT cluster_id) FROM doc_clusters"),
            "cluster_members": dict(self._rows("SELECT level, count(*) FROM doc_clusters GROUP BY level "
                                               "ORDER BY level")),
            "sentence_links": self._one("SELECT count(*) FROM sentence_links"),
            "extracted": dict(self._rows("SELECT how, count(*) FROM extracted_docs GROUP BY how")),
            "entities": dict(self._rows("SELECT kind, count(*) FROM entities GROUP BY kind")),
            "mentions": dict(self._rows("SELECT type, count(*) FROM mentions GROUP BY type ORDER BY type")),
            "schema_version": self.schema_version,
            "db_bytes": self._one("SELECT pg_database_size(current_database())"),
        }

    # --- the graph: building --------------------------------------------------------------------

    def clear_graph(self) -> None:
        """The graph dropped for a rebuild, but for the relationships' ids (see ``GraphTables``)."""
        with self.transaction():
            for table in ("relationship_history", "graph_docs", "doc_focus", "stories", "story_docs"):
                self.db.execute(f"DELETE FROM {table}")

    def drop_unwritten(self) -> int:
        """Removes the relationships left without history by ``clear_graph``; returns how many."""
        with self.transaction():
            return self.db.execute("DELETE FROM relationships r WHERE NOT EXISTS "
                                   "(SELECT 1 FROM relationship_history h WHERE h.relationship_id = r.id)").rowcount

    def graph_pending(self) -> list[dict[str, Any]]:
        """Extracted documents the graph has not seen as they are now; ``old_unit`` is what it used."""
        return self._all(
            "SELECT x.doc_id, coalesce(c.cluster_id, x.doc_id) AS unit, substr(d.published, 1, 10) AS published, "
            "g.unit AS old_unit FROM extracted_docs x JOIN documents d ON d.id = x.doc_id "
            "LEFT JOIN doc_clusters c ON c.doc_id = x.doc_id LEFT JOIN graph_docs g ON g.doc_id = x.doc_id "
            "WHERE g.doc_id IS NULL OR g.unit != coalesce(c.cluster_id, x.doc_id) "
            "OR g.published IS DISTINCT FROM substr(d.published, 1, 10) ORDER BY x.doc_id")

    def set_mention_times(self, rows: Sequence[tuple[str, int]]) -> None:
        """Store the dates read from mentions' sentences: (times, mention id)."""
        if not rows:
            return
        with self.transaction():
            self.db.execute("UPDATE mentions m SET times = u.times FROM unnest(%s::text[], %s::bigint[]) AS "
                            "u(times, id) WHERE m.id = u.id", ([r[0] for r in rows], [r[1] for r in rows]))

    def forget_mention_times(self) -> None:
        with self.transaction():
            self.db.execute("UPDATE mentions SET times = NULL WHERE times IS NOT NULL")

    def relationship_keys(self, doc_ids: Sequence[int]) -> set[RelationshipKey]:
        return {RelationshipKey(*r) for r in self._rows(
            f"SELECT DISTINCT m.type, m.source_id, m.target_id, {_VENTURE} FROM mentions m WHERE m.doc_id = ANY(%s)",
            (list(doc_ids),))}

    def observation_rows(self, keys: Sequence[RelationshipKey] | None = None, rank: int = 0,
                         world_size: int = 1) -> Iterator[ObservationRow]:
        """Every mention of the given relationships (all, if None), grouped by relationship key,
        with what the graph weighs it by (see ``GraphTables.observation_rows``). Streamed through a
        server-side cursor on a pooled connection of its own: the caller writes meanwhile."""
        select = (
            f"SELECT m.type, m.source_id, m.target_id, {_VENTURE} AS venture, m.id, m.doc_id, "
            "coalesce(c.cluster_id, m.doc_id) AS unit, m.status, m.attributes, m.confidence, "
            "d.published, m.times, m.cues, "
            "CASE WHEN m.times IS NULL THEN m.sentence END FROM mentions m "
            "JOIN documents d ON d.id = m.doc_id LEFT JOIN doc_clusters c ON c.doc_id = m.doc_id "
        )
        order = "ORDER BY m.type, m.source_id, m.target_id, venture, m.id"
        shard = f"m.source_id %% {int(world_size)} = {int(rank)} " if world_size > 1 else ""
        args: tuple = ()
        if keys is None:
            query = select + (f"WHERE {shard}" if shard else "") + order
        else:
            keys = [k for k in keys if k[1] % world_size == rank]  # this shard's (see ``GraphTables``)
            query = (select.replace("FROM mentions m ", "FROM unnest(%s::text[], %s::bigint[], %s::bigint[], "
                                    "%s::text[]) AS k(type, source_id, target_id, venture) JOIN mentions m ON "
                                    "m.source_id = k.source_id AND m.target_id = k.target_id AND m.type = k.type ")
                     + f"WHERE k.venture = {_VENTURE} " + order)
            args = ([k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], [k[3] for k in keys])
        with self._reader() as conn, conn.transaction(), conn.cursor(name="observations") as cur:
            cur.itersize = 5000
            cur.execute(query, args)
            yield from map(ObservationRow._make, cur)

    def write_relationships(self, records: Sequence[tuple[tuple, tuple, list[tuple]]],
                            gone: Sequence[tuple[str, int, int, str]] = ()) -> None:
        """Replace relationships and their history in one transaction (see ``GraphTables``). A
        relationship keeps its id across builds."""
        with self.transaction():
            existing = self._relationship_ids([*(k for k, _, _ in records), *gone])
            drop = [existing[k] for k in gone if k in existing]
            if drop:
                self.db.execute("DELETE FROM relationship_history WHERE relationship_id = ANY(%s)", (drop,))
                self.db.execute("DELETE FROM relationships WHERE id = ANY(%s)", (drop,))
            next_id = self._next_id("relationships")
            rows, updates, history, old = [], [], [], []
            for k, values, entries in records:
                rel_id = existing.get(tuple(k))
                if rel_id is None:
                    rel_id, next_id = next_id, next_id + 1
                    rows.append((rel_id, *k, *values))
                else:
                    old.append(rel_id)
                    updates.append((*values, rel_id))
                history += [(rel_id, *entry) for entry in entries]
            if old:
                self.db.execute("DELETE FROM relationship_history WHERE relationship_id = ANY(%s)", (old,))
            self.db.cursor().executemany(
                "UPDATE relationships SET status = %s, attributes = %s, valid_from = %s, valid_to = %s, "
                "first_reported = %s, last_reported = %s, mentions = %s, independent_sources = %s, confidence = %s, "
                "conflicts = %s WHERE id = %s", updates)
            self._copy("relationships", ("id", "type", "source_id", "target_id", "venture", "status", "attributes",
                                         "valid_from", "valid_to", "first_reported", "last_reported", "mentions",
                                         "independent_sources", "confidence", "conflicts"), rows)
            self._copy("relationship_history", ("relationship_id", "seq", "status", "valid_from", "first_reported",
                                                "expected", "attributes", "evidence", "sources"), history)

    def has_graph(self) -> bool:
        return self._one("SELECT EXISTS (SELECT 1 FROM relationships)")

    def _relationship_ids(self, keys: Sequence[tuple[str, int, int, str]]) -> dict[tuple, int]:
        if not keys:
            return {}
        return {tuple(r[:4]): r[4] for r in self._rows(
            "SELECT r.type, r.source_id, r.target_id, r.venture, r.id FROM unnest(%s::text[], %s::bigint[], "
            "%s::bigint[], %s::text[]) AS k(type, source_id, target_id, venture) JOIN relationships r ON "
            "r.source_id = k.source_id AND r.target_id = k.target_id AND r.type = k.type AND r.venture = k.venture",
            ([k[0] for k in keys], [k[1] for k in keys], [k[2] for k in keys], [k[3] for k in keys]))}

    def record_graph_docs(self, docs: Sequence[dict[str, Any]], focus: dict[int, list[tuple[int, int]]]) -> None:
        """Remember the documents as the graph used them, with their focus pairs."""
        latest = {d["doc_id"]: (d["unit"], d["published"]) for d in docs}  # INSERT OR REPLACE: the last one wins
        with self.transaction():
            self.db.execute(
                "INSERT INTO graph_docs (doc_id, unit, published) SELECT * FROM unnest(%s::bigint[], %s::bigint[], "
                "%s::text[]) ON CONFLICT (doc_id) DO UPDATE SET unit = excluded.unit, published = excluded.published",
                (list(latest), [v[0] for v in latest.values()], [v[1] for v in latest.values()]))
            self.db.execute("DELETE FROM doc_focus WHERE doc_id = ANY(%s)", (list(latest),))
            pairs = [(doc, a, b) for doc, ps in focus.items() for a, b in ps]
            if pairs:
                self.db.execute("INSERT INTO doc_focus (doc_id, a, b) SELECT * FROM unnest(%s::bigint[], %s::bigint[], "
                                "%s::bigint[]) ON CONFLICT DO NOTHING",
                                ([p[0] for p in pairs], [p[1] for p in pairs], [p[2] for p in pairs]))

    def pair_counts(self, doc_ids: Sequence[int]) -> dict[int, dict[tuple[int, int], int]]:
        """Per document, how often each company pair is said to be related (people left out)."""
        out: dict[int, dict[tuple[int, int], int]] = {d: {} for d in doc_ids}
        for doc, a, b, n in self._rows(
                "SELECT doc_id, least(source_id, target_id) a, greatest(source_id, target_id) b, count(*) FROM "
                "mentions WHERE type != 'role' AND doc_id = ANY(%s) GROUP BY doc_id, a, b", (list(doc_ids),)):
            out[doc][(a, b)] = n
        return out

    def docs_with_pair(self, a: int, b: int) -> list[tuple[int, int]]:
        """(document, unit) of the documents focused on the pair."""
        return self._rows("SELECT f.doc_id, g.unit FROM doc_focus f JOIN graph_docs g ON g.doc_id = f.doc_id "
                          "WHERE f.a = %s AND f.b = %s", (a, b))

    def unit_dates(self, units: Sequence[int]) -> dict[int, str | None]:
        """A unit's date as stories see it: its earliest member's publication date."""
        return dict(self._rows("SELECT unit, min(published) FROM graph_docs WHERE unit = ANY(%s) GROUP BY unit",
                               (list(units),)))

    def stories_of_docs(self, doc_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._rows("SELECT DISTINCT story_id FROM story_docs WHERE doc_id = ANY(%s)",
                                         (list(doc_ids),))}

    def docs_of_stories(self, story_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._rows("SELECT doc_id FROM story_docs WHERE story_id = ANY(%s)", (list(story_ids),))}

    def docs_of_units(self, units: Sequence[int]) -> set[int]:
        return {r[0] for r in self._rows("SELECT doc_id FROM graph_docs WHERE unit = ANY(%s)", (list(units),))}

    def graph_doc_info(self, doc_ids: Sequence[int]) -> list[dict[str, Any]]:
        """Unit, date, title and focus pairs of documents the graph has recorded."""
        ids = list(doc_ids)
        info = {r["doc_id"]: {**r, "pairs": []} for r in self._all(
            "SELECT g.doc_id, g.unit, g.published, d.title FROM graph_docs g JOIN documents d ON d.id = g.doc_id "
            "WHERE g.doc_id = ANY(%s)", (ids,))}
        for doc, a, b in self._rows("SELECT doc_id, a, b FROM doc_focus WHERE doc_id = ANY(%s) ORDER BY doc_id, a, b",
                                    (ids,)):
            info[doc]["pairs"].append((a, b))
        return list(info.values())

    def story_relations(self, doc_ids: Sequence[int]) -> list[tuple[int, str, str, str, str, int]]:
        """(doc, source name, target name, type, status, mentions) in the documents."""
        return self._rows(
            "SELECT m.doc_id, s.name, t.name, m.type, m.status, count(*) FROM mentions m "
            "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
            "WHERE m.doc_id = ANY(%s) GROUP BY m.doc_id, m.source_id, m.target_id, m.type, m.status, s.name, t.name",
            (list(doc_ids),))

    def entity_names(self, ids: Sequence[int]) -> dict[int, str]:
        return dict(self._rows("SELECT id, name FROM entities WHERE id = ANY(%s)", (list(ids),)))

    # --- corpus-level names (keiretsu.graph.aliases; see GraphTables for what each does) --------

    def entity_aliases(self, kind: str) -> list[tuple[int, str, str]]:
        return [tuple(r) for r in self._rows(  # type: ignore[misc]
            "SELECT a.entity_id, e.key, a.alias FROM entity_aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE e.kind = %s ORDER BY a.entity_id, a.alias COLLATE \"C\"", (kind,))]

    def entity_names_in_docs(self, entity_ids: Sequence[int]) -> list[tuple[int, int, str]]:
        return [tuple(r) for r in self._rows(  # type: ignore[misc]
            "SELECT doc_id, entity_id, text FROM entity_mentions WHERE entity_id = ANY(%s) "
            "ORDER BY doc_id, start, \"end\", entity_id", (list(entity_ids),))]

    def retell_aliases(self, changes: dict[tuple[int, str], str | None]) -> None:
        with self.transaction():
            q = self.db.execute
            for (entity_id, alias), shown in sorted(changes.items(), key=lambda kv: (kv[0][0], kv[0][1])):
                row = q("DELETE FROM entity_aliases WHERE entity_id = %s AND alias = %s RETURNING seen",
                        (entity_id, alias)).fetchone()
                if row is not None and shown:
                    q("INSERT INTO entity_aliases (entity_id, alias, seen) VALUES (%s, %s, %s) ON CONFLICT "
                      "(entity_id, alias) DO UPDATE SET seen = entity_aliases.seen + excluded.seen",
                      (entity_id, shown, row[0]))

    def rename_entities(self, names: dict[int, str]) -> None:
        with self.transaction():
            for entity_id, name in sorted(names.items()):
                self.db.execute("UPDATE entities SET name = %s WHERE id = %s", (name, entity_id))

    def entities_in_docs(self, kind: str, doc_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._rows(
            "SELECT DISTINCT m.entity_id FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE e.kind = %s AND m.doc_id = ANY(%s)", (kind, list(doc_ids)))}

    def entities_naming(self, kind: str, texts: Sequence[str]) -> set[int]:
        return {r[0] for r in self._rows(
            "SELECT DISTINCT m.entity_id FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
            "WHERE e.kind = %s AND m.text = ANY(%s)", (kind, list(texts)))}

    def entity_contexts(self, kind: str, entity_ids: Sequence[int] | None, width: int
                        ) -> list[tuple[int, int, str, str, str, int, int]]:
        """See ``GraphTables.entity_contexts``."""
        sql = ("SELECT m.entity_id, m.doc_id, m.text, substr(d.clean_text, greatest(1, m.start - %s + 1), "
               "least(m.start, %s)), substr(d.clean_text, m.\"end\" + 1, "
               "CASE WHEN m.start < m.\"end\" THEN %s ELSE 0 END), "
               "coalesce(m.start - (SELECT max(x.\"end\") FROM entity_mentions x WHERE x.doc_id = m.doc_id "
               "AND x.\"end\" <= m.start AND x.start < m.start AND x.start < x.\"end\"), -1), "
               "coalesce((SELECT min(x.start) FROM entity_mentions x WHERE x.doc_id = m.doc_id "
               "AND x.start >= m.\"end\" AND x.\"end\" > m.\"end\" AND x.start < x.\"end\" "
               "AND m.start < m.\"end\") - m.\"end\", -1) "
               "FROM entity_mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.doc_id "
               "WHERE e.kind = %s")
        args: tuple = (width, width, width, kind)
        if entity_ids is not None:
            sql, args = sql + " AND m.entity_id = ANY(%s)", (*args, list(entity_ids))
        return sorted(tuple(r) for r in self._rows(sql, args))  # type: ignore[misc]

    def relationship_keys_of(self, entity_ids: Sequence[int]) -> set[RelationshipKey]:
        return {RelationshipKey(*r) for r in self._rows(
            f"SELECT DISTINCT m.type, m.source_id, m.target_id, {_VENTURE} FROM mentions m "
            "WHERE m.source_id = ANY(%s) OR m.target_id = ANY(%s)", (list(entity_ids), list(entity_ids)))}

    def rebind_entities(self, kind: str, keys: Sequence[str], nodes: dict[str, str | None],
                        moves: Sequence[tuple[int, str]], alias: Callable[[str], bool]) -> int:
        with self.transaction():
            q = self.db.execute
            for key, name in sorted(nodes.items()):
                row = q("SELECT id, name FROM entities WHERE kind = %s AND key = %s", (kind, key)).fetchone()
                if row is None:
                    q("INSERT INTO entities (id, kind, name, key) VALUES (%s,%s,%s,%s)",
                      (self._next_id("entities"), kind, name or key, key))
                elif name is not None and row[1] != name:
                    q("UPDATE entities SET name = %s WHERE id = %s", (name, row[0]))
            ids = dict(self._rows("SELECT key, id FROM entities WHERE kind = %s AND key = ANY(%s)",
                                  (kind, sorted({*keys, *nodes}))))
            family = sorted(ids.values())
            moved = 0
            for doc_id, key in moves:
                to = ids[key]
                n = q("UPDATE entity_mentions SET entity_id = %s WHERE doc_id = %s AND entity_id = ANY(%s) "
                      "AND entity_id != %s", (to, doc_id, family, to)).rowcount
                for end in ("source_id", "target_id"):
                    n += q(f"UPDATE mentions SET {end} = %s WHERE {end} = ANY(%s) AND {end} != %s AND (doc_id = %s OR "
                           "copy_of IN (SELECT id FROM mentions WHERE doc_id = %s AND copy_of IS NULL))",
                           (to, family, to, doc_id, doc_id)).rowcount
                moved += n > 0
            if not moved:
                return 0
            q("DELETE FROM entity_aliases WHERE entity_id = ANY(%s)", (family,))
            seen = [r for r in q("SELECT entity_id, text, count(*) FROM entity_mentions WHERE entity_id = ANY(%s) "
                                 "GROUP BY entity_id, text", (family,)).fetchall() if alias(r[1])]
            q("INSERT INTO entity_aliases (entity_id, alias, seen) SELECT * FROM "
              "unnest(%s::bigint[], %s::text[], %s::bigint[])", ([r[0] for r in seen], [r[1] for r in seen],
                                                                 [r[2] for r in seen]))
            q("DELETE FROM graph_docs WHERE doc_id IN (SELECT doc_id FROM mentions WHERE source_id = ANY(%s) "
              "OR target_id = ANY(%s))", (family, family))
            q("DELETE FROM relationship_history WHERE relationship_id IN (SELECT id FROM relationships "
              "WHERE source_id = ANY(%s) OR target_id = ANY(%s))", (family, family))
            q("DELETE FROM relationships WHERE source_id = ANY(%s) OR target_id = ANY(%s)", (family, family))
            q("DELETE FROM entities e WHERE e.id = ANY(%s) AND NOT e.id = ANY(%s) "
              "AND NOT EXISTS (SELECT 1 FROM entity_mentions x WHERE x.entity_id = e.id) "
              "AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.source_id = e.id OR m.target_id = e.id)",
              (family, sorted(ids[k] for k in nodes)))
            return moved

    def entity_ids_by_alias(self, kind: str, names: Sequence[str], alias: Callable[[str], bool]) -> dict[str, int]:
        out: dict[str, tuple[int, int]] = {}
        for text, entity_id, seen in self._rows(
                "SELECT m.text, m.entity_id, count(*) FROM entity_mentions m JOIN entities e ON e.id = m.entity_id "
                "WHERE e.kind = %s AND m.text = ANY(%s) GROUP BY m.text, m.entity_id ORDER BY m.entity_id",
                (kind, list(names))):
            if alias(text) and (text not in out or seen > out[text][1]):
                out[text] = (entity_id, seen)
        return {text: entity_id for text, (entity_id, _) in out.items()}

    def replace_stories(self, old: Sequence[int], stories: Sequence[Story]) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM story_docs WHERE story_id = ANY(%s)", (list(old),))
            self.db.execute("DELETE FROM stories WHERE id = ANY(%s)", (list(old),))
            self.db.cursor().executemany(
                "INSERT INTO stories (id, title, first, last, documents, sources, companies) VALUES "
                "(%s, %s, %s, %s, %s, %s, %s) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
                "first = excluded.first, last = excluded.last, documents = excluded.documents, "
                "sources = excluded.sources, companies = excluded.companies",
                [(s.id, s.title, s.first, s.last, len(s.doc_ids), s.units, json.dumps(s.companies)) for s in stories])
            self.db.cursor().executemany(
                "INSERT INTO story_docs (doc_id, story_id) VALUES (%s, %s) ON CONFLICT (doc_id) DO UPDATE SET "
                "story_id = excluded.story_id", [(d, s.id) for s in stories for d in s.doc_ids])

    # --- the graph: reading ---------------------------------------------------------------------

    @staticmethod
    def _relationship(r: dict[str, Any]) -> dict[str, Any]:
        r["attributes"] = _json(r["attributes"])
        r["conflicts"] = _json(r["conflicts"])
        return r

    # One round trip for an entity and its aliases: the API asks for one on every request.
    _ENTITY = ("SELECT id, kind, name, ARRAY(SELECT alias FROM entity_aliases a WHERE a.entity_id = e.id "
               "ORDER BY seen DESC, alias) AS aliases FROM entities e ")

    def entity(self, kind: str, key: str) -> dict[str, Any]:
        rows = self._all(self._ENTITY + "WHERE kind = %s AND key = %s", (kind, key))
        if not rows:
            raise NotFound(f"no {kind} named {key!r} in the graph")
        return rows[0]

    def entity_by_id(self, entity_id: int) -> dict[str, Any]:
        rows = self._all(self._ENTITY + "WHERE id = %s", (entity_id,))
        if not rows:
            raise NotFound(f"no company or person with id {entity_id}")
        return rows[0]

    def relationship_counts(self, entity_id: int) -> dict[str, dict[str, int]]:
        """Type -> status -> how many relationships of the entity."""
        out: dict[str, dict[str, int]] = {}
        for end in ("source_id", "target_id"):
            for type_, status, n in self._rows(f"SELECT type, status, count(*) FROM relationships WHERE {end} = %s "
                                               "GROUP BY type, status", (entity_id,)):
                by_status = out.setdefault(type_, {})
                by_status[status] = by_status.get(status, 0) + n
        return out

    def relationship_total(self, entity_id: int) -> int:
        return self._one("SELECT (SELECT count(*) FROM relationships WHERE source_id = %s) + "
                         "(SELECT count(*) FROM relationships WHERE target_id = %s)", (entity_id, entity_id))

    def document_marks(self, doc_id: int) -> dict[str, list[dict[str, Any]]]:
        """What to highlight in a document: the entities named in it, and the sentences that
        state a relationship with their trigger word."""
        entities = self._all(
            "SELECT em.start, em.end, em.text, e.id AS entity_id, e.kind, e.name FROM entity_mentions em "
            "JOIN entities e ON e.id = em.entity_id WHERE em.doc_id = %s ORDER BY em.start", (doc_id,))
        mentions = self._all(
            "SELECT m.id, m.type, m.status, m.start, m.end, m.trigger, m.sentence, m.attributes, m.copy_of, "
            "s.name AS source, t.name AS target, rel.id AS relationship FROM mentions m "
            "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
            "LEFT JOIN relationships rel ON rel.type = m.type AND rel.source_id = m.source_id "
            f"AND rel.target_id = m.target_id AND rel.venture = {_VENTURE} "
            "WHERE m.doc_id = %s ORDER BY m.start, m.id", (doc_id,))
        for m in mentions:
            m["attributes"] = json.loads(m["attributes"])
        return {"entities": entities, "mentions": mentions}

    def find_entities(self, prefix: str, limit: int = 10) -> list[dict[str, Any]]:
        """Entities whose name or an alias starts with ``prefix``, most related first. ILIKE:
        SQLite's LIKE ignores case too."""
        return self._all(
            "SELECT e.id, e.kind, e.name, (SELECT count(*) FROM relationships r WHERE r.source_id = e.id "
            "OR r.target_id = e.id) AS relationships FROM entities e WHERE e.name ILIKE %s OR e.id IN "
            "(SELECT entity_id FROM entity_aliases WHERE alias ILIKE %s) "
            "ORDER BY relationships DESC, e.name LIMIT %s", (_like(prefix), _like(prefix), limit))

    def relationships(self, entity_ids: Sequence[int] = (), type: str | None = None, status: str | None = None,
                      reported_by: str | None = None, between: bool = False, limit: int = 100,
                      offset: int = 0) -> list[dict[str, Any]]:
        """Relationships, most sources first (see ``GraphTables.relationships``)."""
        filters, args = [], []
        if type:
            filters.append("r.type = %s")
            args.append(type)
        if status and not reported_by:
            filters.append("r.status = %s")
            args.append(status)
        if reported_by:
            filters.append("r.first_reported <= %s")
            args.append(reported_by)
        order = "ORDER BY r.independent_sources DESC, r.mentions DESC, r.type, r.status, r.id"
        ids = list(entity_ids)
        if ids and not between:
            # The best of each end read in index order, then merged (see GraphTables).
            extra = "".join(f" AND {f}" for f in filters)
            side = "(SELECT r.id FROM relationships r WHERE r.{end} = ANY(%s){extra} " + order + " LIMIT %s)"
            twice = " AND NOT (r.source_id = ANY(%s))" if len(ids) > 1 else ""
            union = (side.format(end="source_id", extra=extra) + " UNION ALL "
                     + side.format(end="target_id", extra=extra + twice))
            query = f"SELECT {_REL_FIELDS} {_REL_FROM}WHERE r.id IN ({union}) {order} LIMIT %s OFFSET %s"
            params = (ids, *args, limit + offset, ids, *args, *((ids,) if twice else ()), limit + offset, limit, offset)
        else:
            where = list(filters)
            if ids:
                where.insert(0, "(r.source_id = ANY(%s) AND r.target_id = ANY(%s))")
                args = [ids, ids, *args]
            query = (f"SELECT {_REL_FIELDS} {_REL_FROM}" + ("WHERE " + " AND ".join(where) + " " if where else "")
                     + f"{order} LIMIT %s OFFSET %s")
            params = (*args, limit, offset)
        return [self._relationship(r) for r in self._all(query, params)]

    def relationship(self, rel_id: int) -> dict[str, Any]:
        rows = self._all(f"SELECT {_REL_FIELDS} {_REL_FROM}WHERE r.id = %s", (rel_id,))
        if not rows:
            raise NotFound(f"no relationship {rel_id}")
        return self._relationship(rows[0])

    def history(self, rel_ids: Sequence[int], evidence: bool = True) -> dict[int, list[dict[str, Any]]]:
        """Each relationship's history entries in order; ``evidence``: with their mention ids."""
        out: dict[int, list[dict[str, Any]]] = {i: [] for i in rel_ids}
        for entry in self._all(
                "SELECT relationship_id, status, valid_from, first_reported, expected, attributes, sources"
                + (", evidence" if evidence else "")
                + " FROM relationship_history WHERE relationship_id = ANY(%s) ORDER BY relationship_id, seq",
                (list(rel_ids),)):
            rel_id, entry = history_entry(entry, evidence)
            out[rel_id].append(entry)
        return out

    def evidence(self, rel_id: int, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Every sentence behind a relationship, in every copy: document, span, date, source."""
        rel = self.db.execute("SELECT type, source_id, target_id, venture FROM relationships WHERE id = %s",
                              (rel_id,)).fetchone()
        if rel is None:
            raise NotFound(f"no relationship {rel_id}")
        rows = self._all(
            "SELECT m.id, m.doc_id, d.title, d.location, d.published, d.source, d.url, "
            "coalesce(c.cluster_id, m.doc_id) AS story, m.status, m.attributes, m.sentence, m.start, m.end, "
            "m.trigger, m.cues, m.confidence, m.copy_of "
            "FROM mentions m JOIN documents d ON d.id = m.doc_id LEFT JOIN doc_clusters c ON c.doc_id = m.doc_id "
            f"WHERE m.type = %s AND m.source_id = %s AND m.target_id = %s AND {_VENTURE} = %s "
            "ORDER BY d.published NULLS FIRST, m.doc_id, m.id LIMIT %s OFFSET %s",  # SQLite's NULL order
            (*rel, limit, offset))
        for row in rows:
            row["attributes"] = json.loads(row["attributes"])
            row["cues"] = json.loads(row["cues"])
        return rows

    def changes(self, since: str, limit: int = 1000) -> list[dict[str, Any]]:
        """History entries first reported on or after ``since``: new relationships and changes."""
        rows = self._all(
            "SELECT h.seq, h.status AS new_status, h.valid_from AS changed_from, h.first_reported AS reported, "
            f"h.attributes AS new_attributes, h.sources AS change_sources, {_REL_FIELDS} "
            "FROM relationship_history h JOIN relationships r ON r.id = h.relationship_id "
            "JOIN entities s ON s.id = r.source_id JOIN entities t ON t.id = r.target_id "
            "WHERE h.first_reported >= %s ORDER BY h.first_reported DESC, r.independent_sources DESC, r.id, h.seq "
            "LIMIT %s",
            (since, limit))
        return [self._relationship(r) | {"new_attributes": json.loads(r["new_attributes"])} for r in rows]

    def conflicted_since(self, since: str) -> list[dict[str, Any]]:
        return [self._relationship(r) for r in self._all(
            f"SELECT {_REL_FIELDS} {_REL_FROM}WHERE r.conflicts != '[]' AND r.last_reported >= %s", (since,))]

    def stories(self, entity_id: int | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        if entity_id is None:
            rows = self._all("SELECT * FROM stories ORDER BY coalesce(last, '') DESC, sources DESC, id "
                             "LIMIT %s OFFSET %s", (limit, offset))
        else:
            rows = self._all(
                "SELECT * FROM stories WHERE id IN (SELECT sd.story_id FROM story_docs sd JOIN mentions m ON "
                "m.doc_id = sd.doc_id WHERE m.source_id = %s OR m.target_id = %s) "
                "ORDER BY coalesce(last, '') DESC, sources DESC, id LIMIT %s OFFSET %s",
                (entity_id, entity_id, limit, offset))
        return [r | {"companies": json.loads(r["companies"])} for r in rows]

    def story(self, story_id: int) -> dict[str, Any]:
        rows = self._all("SELECT * FROM stories WHERE id = %s", (story_id,))
        if not rows:
            raise NotFound(f"no story {story_id}")
        docs = self._all(
            "SELECT d.id, d.title, d.published, d.source, d.url, g.unit AS cluster FROM story_docs sd "
            "JOIN documents d ON d.id = sd.doc_id JOIN graph_docs g ON g.doc_id = sd.doc_id WHERE sd.story_id = %s "
            "ORDER BY d.published NULLS FIRST, d.id", (story_id,))
        return rows[0] | {"companies": json.loads(rows[0]["companies"]), "documents_list": docs}

    def story_changes(self, doc_ids: Sequence[int]) -> dict[int, set[int]]:
        """Relationship id -> the history entries (seq) with evidence in the documents."""
        out: dict[int, set[int]] = {}
        for rel_id, seq in self._rows(
                "SELECT DISTINCT h.relationship_id, h.seq FROM relationship_history h CROSS JOIN LATERAL "
                "jsonb_array_elements_text(h.evidence::jsonb) AS e(value) JOIN mentions m ON m.id = e.value::bigint "
                "WHERE m.doc_id = ANY(%s)", (list(doc_ids),)):
            out.setdefault(rel_id, set()).add(seq)
        return out

    def graph_stats(self) -> dict[str, Any]:
        return {
            "relationships": dict(self._rows("SELECT type, count(*) FROM relationships GROUP BY type")),
            "by_status": dict(self._rows("SELECT status, count(*) FROM relationships GROUP BY status")),
            "conflicted": self._one("SELECT count(*) FROM relationships WHERE conflicts != '[]'"),
            "stories": self._one("SELECT count(*) FROM stories"),
        }

    def graph_nodes(self) -> Iterator[dict[str, Any]]:
        """Every entity at an end of a relationship, with its aliases."""
        for r in self._stream(
                "SELECT e.id, e.kind, e.name, (SELECT array_agg(alias ORDER BY alias) FROM entity_aliases a "
                "WHERE a.entity_id = e.id) AS aliases FROM entities e WHERE e.id IN "
                "(SELECT source_id FROM relationships UNION SELECT target_id FROM relationships) ORDER BY e.id"):
            yield r | {"aliases": r["aliases"] or []}

    def graph_edges(self) -> Iterator[dict[str, Any]]:
        for r in self._stream(f"SELECT {_REL_FIELDS} {_REL_FROM}ORDER BY r.id"):
            yield self._relationship(r)


_SENTENCE_LINK_COLUMNS = ("doc_a", "sent_a", "start_a", "end_a", "doc_b", "sent_b", "start_b", "end_b", "level",
                          "similarity")


def _nul_free(args: Sequence) -> Sequence:
    """Read parameters PostgreSQL takes: its text cannot hold NUL, so a NUL asked for (in a search,
    a name prefix) is read as U+FFFD, which matches as little as the NUL would, not an error."""
    if not any(isinstance(a, str | list) for a in args):
        return args
    return [a.replace("\x00", "\ufffd") if isinstance(a, str)
            else [x.replace("\x00", "\ufffd") if isinstance(x, str) else x for x in a] if isinstance(a, list) else a
            for a in args]


def _one_line(e: BaseException) -> str:
    return " ".join(str(e).split()) or type(e).__name__


def _refusal(e: Exception) -> str:
    if isinstance(e, UnicodeError):
        return f"not stored: text that cannot be written as UTF-8 ({e})"
    return f"not stored ({type(e).__name__}: {_one_line(e)})"
