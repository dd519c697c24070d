"""The embedded default store: one SQLite file, WAL, FTS5, numbered migrations."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import sqlite3
import sys
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import DiskFull, NewerSchema, NotFound, StoreError
from ..models import Document, Skipped
from .graph import GraphTables

_DOC_FIELDS = (
    "id, external_id, title, published, date_source, source, url, chars, "
    "content_hash, format, location, retrieved, run_id, ingested_at"
)


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def _migrations() -> list[tuple[int, str]]:
    found = []
    for entry in resources.files("keiretsu.store").joinpath("migrations").iterdir():
        m = re.match(r"(\d+)_.*\.sql$", entry.name)
        if m:
            found.append((int(m.group(1)), entry.read_text(encoding="utf-8")))
    return sorted(found)


def fts_query(text: str) -> str:
    """User words to an FTS5 query: every word (or "quoted phrase") must occur.

    Quoting each term keeps FTS5 operators and punctuation in user input from
    being read as query syntax ("AT&T", "co-operation", a stray quote).
    """
    terms = re.findall(r'"([^"]+)"|(\S+)', text)
    parts = []
    for phrase, word in terms:
        term = (phrase or word).replace('"', "")
        if term.strip():
            parts.append('"' + term + '"')
    if not parts:
        raise StoreError("empty search: give at least one word")
    return " ".join(parts)


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# What one record can carry that SQLite refuses: a value over its length limit (DataError), text
# with lone surrogates (UnicodeEncodeError), an integer over 64 bits (OverflowError).
_RECORD_ERRORS = (sqlite3.DataError, sqlite3.IntegrityError, sqlite3.InterfaceError, ValueError, TypeError,
                  OverflowError)


class Written(NamedTuple):
    """What ``write_batch`` did: documents new to the store, and those it could not store."""

    added: int
    refused: list[Skipped]


def _storable(text: str) -> str:
    """Text any column takes: lone surrogates (from undecodable file names, say) as escapes."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def is_disk_full(e: BaseException) -> bool:
    """Whether an error from SQLite or the file system says the disk is full."""
    if isinstance(e, sqlite3.Error):  # an extended code's low byte is its primary code
        return ((getattr(e, "sqlite_errorcode", None) or 0) & 0xFF) == sqlite3.SQLITE_FULL
    return isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT)


def disk_full(path: Path) -> DiskFull:
    folder = path.resolve().parent
    free = shutil.disk_usage(folder).free // 1_000_000
    return DiskFull(f"no space left on the store's disk: {free} MB free in {folder}; what was committed is "
                    "kept: free some space and run the command again")


class _Int8Concat:
    """``int8_concat(x)``, for migrations: a group's integers as 64-bit big-endian bytes, in the
    order given (PostgreSQL's ``string_agg(int8send(x), '')``)."""

    def __init__(self) -> None:
        self.values = array("q")

    def step(self, value: int) -> None:
        self.values.append(value)

    def finalize(self) -> bytes:
        if sys.byteorder == "little":
            self.values.byteswap()
        return self.values.tobytes()


class SQLiteStore(GraphTables):
    """``Store`` on a SQLite file. Each write method is one transaction."""

    backend = "sqlite"

    def __init__(self, path: str | Path, read_only: bool = False):
        """``read_only`` opens an existing, up-to-date store that this connection can never
        write to (the API server's default): no migration, no WAL switch, no new file."""
        self.path = Path(path)
        self.read_only = read_only
        self.display = str(self.path)
        # Absolute: a worker that reopens the store may run in another directory.
        self.url = str(self.path.resolve())
        if not self.path.parent.is_dir():
            raise StoreError(f"{self.path}: folder {self.path.parent} does not exist")
        if read_only and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store; build one first with `keiretsu build`")
        if read_only:
            self.db = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                      check_same_thread=False)
        else:
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA busy_timeout = 10000")
            if read_only:
                self.db.execute("PRAGMA query_only = ON")
                latest = _migrations()[-1][0]
                if self.schema_version > latest:
                    raise NewerSchema(str(self.path), self.schema_version, latest)
                if self.schema_version != latest:
                    raise StoreError(f"{self.path}: written by another version of keiretsu (schema "
                                     f"{self.schema_version}, this one reads {latest}); open it once for "
                                     "writing, e.g. `keiretsu build`, to upgrade it")
            else:
                self.db.execute("PRAGMA journal_mode = WAL")
                # NORMAL with WAL never corrupts the file; a power cut may lose the last commit,
                # which a re-run writes again.
                self.db.execute("PRAGMA synchronous = NORMAL")
                # A build's transaction dirties pages all over the indexes; with the default 2 MB
                # cache SQLite spills and rewrites them into the WAL twice over.
                self.db.execute("PRAGMA cache_size = -65536")
                self.db.execute("PRAGMA foreign_keys = ON")
                self._migrate()
        except sqlite3.DatabaseError as e:
            self.db.close()
            if is_disk_full(e):
                raise disk_full(self.path) from None
            raise StoreError(f"{self.path}: not a keiretsu database ({e})") from None
        except StoreError:
            self.db.close()
            raise

    # --- schema -------------------------------------------------------------------------

    def _migrate(self) -> None:
        self.db.create_aggregate("int8_concat", 1, _Int8Concat)
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        latest = _migrations()[-1][0]
        if version > latest:
            raise NewerSchema(str(self.path), version, latest)
        for number, sql in _migrations():
            if number <= version:
                continue
            # executescript commits on its own; BEGIN inside it makes the step atomic.
            try:
                self.db.executescript(f"BEGIN;\n{sql}\nPRAGMA user_version = {number};\nCOMMIT;")
            except sqlite3.Error as e:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                if is_disk_full(e):
                    raise disk_full(self.path) from None
                raise StoreError(f"{self.path}: migration {number} failed ({e})") from None

    @property
    def schema_version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """A write transaction. Inside another it joins that one, so that the steps of a build
        commit (or roll back) together. A full disk rolls it back and raises ``DiskFull``."""
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only; this needs a writable store")
        if self.db.in_transaction:
            yield
            return
        try:
            with self.db:
                self.db.execute("BEGIN IMMEDIATE")
                yield
        except (sqlite3.Error, OSError) as e:
            if is_disk_full(e):
                raise disk_full(self.path) from None
            raise

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that all see one state of the store, whatever a build commits meanwhile (a WAL
        read transaction), so that an answer made of several queries is never half old, half
        new. Inside a transaction it joins that one."""
        if self.db.in_transaction:
            yield
            return
        self.db.execute("BEGIN")
        try:
            yield
        finally:
            if self.db.in_transaction:  # an error may have ended it already
                self.db.execute("COMMIT")

    # --- runs ---------------------------------------------------------------------------

    def start_run(self, command: str, inputs: Sequence[str]) -> int:
        with self.transaction():
            for row in self.db.execute("SELECT id, pid FROM runs WHERE status = 'running'").fetchall():
                if not _pid_alive(row["pid"]):
                    self.db.execute("UPDATE runs SET status = 'interrupted' WHERE id = ?", (row["id"],))
            cur = self.db.execute(
                "INSERT INTO runs (command, inputs, started_at, status, pid) VALUES (?, ?, ?, 'running', ?)",
                (command, json.dumps(list(inputs)), _now(), os.getpid()),
            )
        return cur.lastrowid

    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None:
        with self.transaction():
            self.db.execute(
                "UPDATE runs SET finished_at = ?, status = 'completed', counts = ? WHERE id = ?",
                (_now(), json.dumps(counts), run_id),
            )

    def end_run(self, run_id: int, status: str, error: str) -> bool:
        """Mark a run that did not finish ``failed`` or ``interrupted``, with why. Best effort: on
        a disk too full even for this it stays ``running`` (and the next run marks it
        ``interrupted``); returns whether it was marked."""
        try:
            if self.db.in_transaction:  # what the failure cut short
                self.db.execute("ROLLBACK")
            self.db.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ? AND status = 'running'",
                (_now(), status, json.dumps({"error": error}), run_id),
            )
        except sqlite3.Error:
            return False
        return True

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT r.*, (SELECT count(*) FROM skips s WHERE s.run_id = r.id) AS skipped "
            "FROM runs r ORDER BY id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        out = []
        for row in rows:
            d = dict(row)
            d["inputs"] = json.loads(d["inputs"])
            d["counts"] = json.loads(d["counts"]) if d["counts"] else None
            d.pop("pid")
            out.append(d)
        return out

    def run_skips(self, run_id: int) -> list[dict[str, str]]:
        return [
            dict(r)
            for r in self.db.execute("SELECT location, reason FROM skips WHERE run_id = ? ORDER BY rowid", (run_id,))
        ]

    # --- writes -------------------------------------------------------------------------

    def write_batch(self, run_id: int, docs: Sequence[Document], skips: Iterable[Skipped] = ()) -> Written:
        """Store documents and skip reports in one transaction. A document SQLite refuses (a value
        over its length limit, text it cannot encode) is skipped with why, and the rest of the batch
        is kept. Returns how many documents were new (the others were already stored: same content
        from the same origin, or refused) and the refusals, which are stored as skips too."""
        now = _now()
        refused: list[Skipped] = []
        with self.transaction():
            self.db.execute("SAVEPOINT batch")
            try:
                added = self._insert_documents(run_id, docs, now)
            except _RECORD_ERRORS:
                # One record spoilt the statement: undo the rows it had written and go row by row,
                # so that only that record is lost (a row that fails alone writes nothing).
                self.db.execute("ROLLBACK TO batch")
                added = 0
                for d in docs:
                    try:
                        added += self._insert_documents(run_id, [d], now)
                    except _RECORD_ERRORS as e:
                        refused.append(Skipped(d.location, self._refusal(e)))
            self.db.execute("RELEASE batch")
            self.db.executemany(
                "INSERT INTO skips (run_id, location, reason) VALUES (?, ?, ?)",
                [(run_id, _storable(s.location), _storable(s.reason)) for s in (*skips, *refused)],
            )
        return Written(added, refused)

    def _insert_documents(self, run_id: int, docs: Sequence[Document], now: str) -> int:
        cur = self.db.executemany(
            "INSERT OR IGNORE INTO documents (content_hash, origin_key, external_id, title, url, source, "
            "published, date_source, retrieved, format, location, raw_text, clean_text, chars, cleaning, "
            "run_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                (
                    d.content_hash, d.origin_key, d.external_id, d.title, d.url, d.source, d.published,
                    d.date_source.value, d.retrieved, d.format.value, _storable(d.location),
                    None if d.raw_text == d.clean_text else d.raw_text, d.clean_text,
                    len(d.clean_text), json.dumps(d.cleaning), run_id, now,
                )
                for d in docs
            ),
        )
        return cur.rowcount  # rows ignored as already stored count 0

    def _refusal(self, e: Exception) -> str:
        if isinstance(e, sqlite3.DataError) and "too big" in str(e):
            limit = self.db.getlimit(sqlite3.SQLITE_LIMIT_LENGTH)
            return f"not stored: a field is over SQLite's limit of {limit:,} bytes a value"
        if isinstance(e, UnicodeError):
            return f"not stored: text that cannot be written as UTF-8 ({e})"
        return f"not stored ({type(e).__name__}: {e})"

    # --- reads --------------------------------------------------------------------------

    def documents(self, search: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]:
        if search:
            try:
                rows = self.db.execute(
                    f"SELECT {', '.join('d.' + f.strip() for f in _DOC_FIELDS.split(','))}, "
                    "snippet(documents_fts, 1, '[', ']', '...', 16) AS snippet "
                    "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                    "WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ? OFFSET ?",
                    (fts_query(search), limit, offset),
                ).fetchall()
            except sqlite3.OperationalError as e:
                raise StoreError(f"cannot search for {search!r}: {e}") from None
        else:
            rows = self.db.execute(
                f"SELECT {_DOC_FIELDS} FROM documents ORDER BY id LIMIT ? OFFSET ?", (limit, offset)
            ).fetchall()
        return [dict(r) for r in rows]

    def document(self, doc_id: int) -> dict[str, Any]:
        row = self.db.execute(
            f"SELECT {_DOC_FIELDS}, clean_text AS text, coalesce(raw_text, clean_text) AS raw_text, cleaning "
            "FROM documents WHERE id = ?", (doc_id,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no document with id {doc_id}")
        d = dict(row)
        d["cleaning"] = json.loads(d["cleaning"])
        return d

    # --- duplicate index ----------------------------------------------------------------------

    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def clear_dedup(self) -> None:
        with self.transaction():
            for table in ("dedup_docs", "lsh_runs", "doc_links", "doc_clusters", "sentence_links", "sentence_df"):
                self.db.execute(f"DELETE FROM {table}")

    def undeduplicated(self, limit: int, after: int = 0) -> list[dict[str, Any]]:
        """Documents not yet in the duplicate index, oldest first; those past id ``after`` (the last
        of a batch read before: the next batch, without passing the indexed ones again)."""
        rows = self.db.execute(
            "SELECT d.id, d.clean_text AS text, d.content_hash FROM documents d WHERE d.id > ? "
            "AND NOT EXISTS (SELECT 1 FROM dedup_docs x WHERE x.doc_id = d.id) ORDER BY d.id LIMIT ?",
            (after, limit),
        ).fetchall()
        return [dict(r) for r in rows]

    def count_undeduplicated(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM dedup_docs x WHERE x.doc_id = d.id)"
        ).fetchone()[0]

    def _select_in(self, sql: str, ids: Sequence, *args, times: int = 1) -> Iterator[sqlite3.Row]:
        """``sql`` with ``{marks}`` standing for the id list, run over ``ids`` in chunks below
        SQLite's bound-parameter limit; ``args`` bind before the ids, and ``times`` is how often
        ``{marks}`` occurs."""
        step = 900 // times
        for i in range(0, len(ids), step):
            chunk = list(ids[i : i + step])
            yield from self.db.execute(sql.format(marks=",".join("?" * len(chunk))), (*args, *chunk * times))

    def _execute_in(self, sql: str, ids: Sequence, times: int = 1) -> None:
        """``_select_in`` for statements that return nothing (deletes)."""
        for _ in self._select_in(sql, ids, times=times):
            pass

    def bucket_runs(self) -> Iterator[tuple[int, bytes, bytes]]:
        """Each run of bucket rows written (kind, keys, documents), in the order written."""
        for r in self.db.execute("SELECT kind, keys, docs FROM lsh_runs ORDER BY id"):
            yield r[0], r[1], r[2]

    def signatures(self, doc_ids: Sequence[int]) -> dict[int, tuple[bytes | None, bytes | None]]:
        sql = "SELECT doc_id, near_sig, para_sig FROM dedup_docs WHERE doc_id IN ({marks})"
        return {r[0]: (r[1], r[2]) for r in self._select_in(sql, doc_ids)}

    def digests(self, doc_ids: Sequence[int]) -> dict[int, bytes]:
        """The stored digest (``dedup.digests.encode``) of each of ``doc_ids`` that has one."""
        sql = "SELECT doc_id, digest FROM dedup_docs WHERE digest IS NOT NULL AND doc_id IN ({marks})"
        return {r[0]: r[1] for r in self._select_in(sql, doc_ids)}

    def same_content(self, doc_ids: Sequence[int]) -> list[tuple[int, int]]:
        """Pairs (other, doc) of documents with the same clean text as one of ``doc_ids``."""
        sql = ("SELECT o.id, d.id FROM documents d JOIN documents o ON o.content_hash = d.content_hash "
               "AND o.id <> d.id WHERE d.id IN ({marks})")
        return [(r[0], r[1]) for r in self._select_in(sql, doc_ids)]

    def texts(self, doc_ids: Sequence[int]) -> dict[int, str]:
        return {r[0]: r[1] for r in self._select_in("SELECT id, clean_text FROM documents WHERE id IN ({marks})",
                                                     doc_ids)}

    def headlines(self, doc_ids: Sequence[int]) -> dict[int, tuple[str | None, str | None]]:
        """Title and publication date of each document: what story identity reads besides the text."""
        sql = "SELECT id, title, published FROM documents WHERE id IN ({marks})"
        return {r[0]: (r[1], r[2]) for r in self._select_in(sql, doc_ids)}

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
            self.db.executemany("INSERT OR REPLACE INTO dedup_docs (doc_id, near_sig, para_sig, digest, linked) "
                                "VALUES (?,?,?,?,0)", docs)
            self.db.executemany("INSERT INTO lsh_runs (kind, keys, docs) VALUES (?,?,?)", buckets)
            # A pair found at several levels keeps the strongest (exact < near < paraphrase).
            self.db.executemany(
                "INSERT INTO doc_links (a, b, level, similarity) VALUES (?,?,?,?) ON CONFLICT (a, b) DO UPDATE SET "
                "level = excluded.level, similarity = excluded.similarity WHERE "
                "instr('exact near paraphrase', excluded.level) < instr('exact near paraphrase', doc_links.level)",
                links,
            )
            self.db.executemany(
                "INSERT INTO sentence_df (hash, df) VALUES (?, ?) ON CONFLICT (hash) DO UPDATE SET df = df + excluded.df",
                sentence_counts,
            )
            self.db.executemany("INSERT INTO sentence_links VALUES (?,?,?,?,?,?,?,?,?,?)", sentence_links)

    def sentence_df(self, hashes: Sequence[int]) -> dict[int, int]:
        return {r[0]: r[1] for r in self._select_in("SELECT hash, df FROM sentence_df WHERE hash IN ({marks})", hashes)}

    def doc_links(self) -> list[tuple[int, int, str, float]]:
        return [tuple(r) for r in self.db.execute("SELECT a, b, level, similarity FROM doc_links")]

    def order_keys(self, doc_ids: Sequence[int]) -> dict[int, tuple]:
        """The canonical-document order: earliest published (unknown last), longest, lowest id."""
        sql = "SELECT id, published, chars FROM documents WHERE id IN ({marks})"
        return {r[0]: (r[1] is None, r[1] or "", -r[2], r[0]) for r in self._select_in(sql, doc_ids)}

    def replace_clusters(self, members: Sequence[tuple[int, int, str, float]]) -> dict[int, int]:
        """Store the clusters; returns the documents whose cluster changed (old cluster id or -1)."""
        old = {r[0]: (r[1], r[2]) for r in self.db.execute("SELECT doc_id, cluster_id, level FROM doc_clusters")}
        with self.transaction():
            self.db.execute("DELETE FROM doc_clusters")
            self.db.executemany(
                "INSERT INTO doc_clusters (doc_id, cluster_id, level, similarity) VALUES (?,?,?,?)", members
            )
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
        sql = "SELECT cluster_id, doc_id FROM doc_clusters WHERE cluster_id IN ({marks}) ORDER BY doc_id"
        for row in self._select_in(sql, cluster_ids):
            out.setdefault(row[0], []).append(row[1])
        return out

    def unlinked(self) -> list[int]:
        """Indexed documents whose sentences are not linked yet (``write_dedup_batch`` to
        ``replace_sentence_links``), whichever run indexed them."""
        return [r[0] for r in self.db.execute("SELECT doc_id FROM dedup_docs WHERE linked = 0 ORDER BY doc_id")]

    def replace_sentence_links(self, doc_ids: Sequence[int], rows: Sequence[tuple], within: Sequence[int] = ()
                               ) -> None:
        """Replace every sentence link between ``doc_ids`` and other documents, and those within the
        documents ``within`` (one transaction); ``doc_ids`` are linked. Other links within a
        document stay: they were stored with its index."""
        with self.transaction():
            self._execute_in("DELETE FROM sentence_links WHERE (doc_a IN ({marks}) OR doc_b IN ({marks})) "
                             "AND doc_a <> doc_b", doc_ids, times=2)
            self._execute_in("DELETE FROM sentence_links WHERE doc_a = doc_b AND doc_a IN ({marks})", within)
            self.db.executemany("INSERT INTO sentence_links VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
            self._execute_in("UPDATE dedup_docs SET linked = 1 WHERE linked = 0 AND doc_id IN ({marks})", doc_ids)

    def sentence_links(self, doc_id: int | None = None) -> list[dict[str, Any]]:
        where, args = ("WHERE doc_a = ? OR doc_b = ?", (doc_id, doc_id)) if doc_id is not None else ("", ())
        return [dict(r) for r in self.db.execute(
            f"SELECT * FROM sentence_links {where} ORDER BY doc_a, sent_a, doc_b, sent_b", args)]

    def duplicate_clusters(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Clusters of two or more documents, largest first, each with its members."""
        clusters = self.db.execute(
            "SELECT cluster_id, count(*) n FROM doc_clusters GROUP BY cluster_id ORDER BY n DESC, cluster_id "
            "LIMIT ? OFFSET ?",
            (limit, offset),
        ).fetchall()
        out = []
        for cid, _ in clusters:
            members = self._cluster_members(cid)
            out.append({"cluster": cid, "canonical": members[0], "members": members[1:]})
        return out

    def document_cluster(self, doc_id: int) -> dict[str, Any] | None:
        """The duplicate cluster a document belongs to, every member (canonical first), or None."""
        row = self.db.execute("SELECT cluster_id FROM doc_clusters WHERE doc_id = ?", (doc_id,)).fetchone()
        return {"cluster": row[0], "members": self._cluster_members(row[0])} if row else None

    def document_ids(self, external_ids: Sequence[str]) -> dict[str, int]:
        """Documents by the id their input gave them (the first stored, where copies share one)."""
        out: dict[str, int] = {}
        for ext, doc_id in self._select_in(
                "SELECT external_id, min(id) FROM documents WHERE external_id IN ({marks}) GROUP BY external_id",
                external_ids):
            out[ext] = doc_id
        return out

    def _cluster_members(self, cluster_id: int) -> list[dict[str, Any]]:
        return [dict(r) for r in self.db.execute(
            "SELECT c.doc_id AS id, d.external_id, d.title, d.source, d.url, d.published, c.level, c.similarity "
            "FROM doc_clusters c JOIN documents d ON d.id = c.doc_id WHERE c.cluster_id = ? "
            "ORDER BY c.level = 'canonical' DESC, c.doc_id", (cluster_id,))]

    # --- extraction ---------------------------------------------------------------------------------

    def clear_extraction(self) -> None:
        with self.transaction():
            # The graph is built from the mentions: it goes with them.
            for table in ("relationship_history", "relationships", "graph_docs", "doc_focus", "stories",
                          "story_docs", "mentions", "entity_mentions", "entity_aliases", "entities",
                          "extracted_docs"):
                self.db.execute(f"DELETE FROM {table}")

    def unextracted(self, limit: int) -> list[dict[str, Any]]:
        """Documents not yet extracted, oldest first, with their duplicate cluster (if any)."""
        rows = self.db.execute(
            "SELECT d.id, d.clean_text AS text, d.title, c.cluster_id, c.level FROM documents d "
            "LEFT JOIN doc_clusters c ON c.doc_id = d.id "
            "WHERE NOT EXISTS (SELECT 1 FROM extracted_docs x WHERE x.doc_id = d.id) ORDER BY d.id LIMIT ?",
            (limit,),
        ).fetchall()
        return [dict(r) for r in rows]

    def count_unextracted(self) -> int:
        return self.db.execute(
            "SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM extracted_docs x WHERE x.doc_id = d.id)"
        ).fetchone()[0]

    def extracted(self, doc_ids: Sequence[int]) -> set[int]:
        return {r[0] for r in self._select_in("SELECT doc_id FROM extracted_docs WHERE doc_id IN ({marks})", doc_ids)}

    def doc_mentions(self, doc_ids: Sequence[int]) -> list[dict[str, Any]]:
        """The mentions read in ``doc_ids`` (not those recorded from copies)."""
        sql = ("SELECT m.*, s.name AS source_name, s.kind AS source_kind, t.name AS target_name FROM mentions m "
               "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
               "WHERE m.copy_of IS NULL AND m.doc_id IN ({marks}) ORDER BY m.id")
        return [dict(r) for r in self._select_in(sql, doc_ids)]

    def _entity_id(self, kind: str, name: str, key: str, alias: str | None) -> int:
        row = self.db.execute("SELECT id FROM entities WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        if row is None:
            entity_id = self.db.execute("INSERT INTO entities (kind, name, key) VALUES (?,?,?)",
                                        (kind, name, key)).lastrowid
        else:
            entity_id = row[0]
        if alias:
            self.db.execute("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?) ON CONFLICT "
                            "(entity_id, alias) DO UPDATE SET seen = seen + 1", (entity_id, alias))
        return entity_id

    def write_extractions(self, extractor: str, read: Sequence, copies: Sequence[tuple[int, list[dict]]],
                          key: Callable[[str, str], str], alias: Callable[[str], bool]) -> None:
        """Store a batch in one transaction: ``read`` are ``Extraction`` objects; ``copies`` are
        (copy doc id, mentions re-anchored in it, each with ``copy_of``). ``key(kind, name)`` is
        what entity names are compared by; ``alias(text)`` whether a text an entity is named by is
        kept as an alias of it (``keiretsu.extract.names.is_alias``)."""
        now = _now()
        with self.transaction():
            for ex in read:
                for e in ex.entities:
                    entity_id = self._entity_id(e.kind.value, e.name, key(e.kind.value, e.name),
                                                e.text if alias(e.text) else None)
                    self.db.execute("INSERT INTO entity_mentions (doc_id, entity_id, start, end, text) "
                                    "VALUES (?,?,?,?,?)", (ex.doc_id, entity_id, e.start, e.end, e.text))
                for m in ex.mentions:
                    self._insert_mention(ex.doc_id, m.as_dict(), None, key)
                self.db.execute("INSERT OR REPLACE INTO extracted_docs (doc_id, extractor, how, sentences, parsed, at) "
                                "VALUES (?,?,?,?,?,?)", (ex.doc_id, extractor, "read", ex.sentences, ex.parsed, now))
            for doc_id, mentions in copies:
                for m in mentions:
                    self._insert_mention(doc_id, m, m["copy_of"], key)
                self.db.execute("INSERT OR REPLACE INTO extracted_docs (doc_id, extractor, how, at) VALUES (?,?,?,?)",
                                (doc_id, extractor, "copy", now))

    def _insert_mention(self, doc_id: int, m: dict, copy_of: int | None, key: Callable[[str, str], str]) -> None:
        source_kind = m.get("source_kind", "company")
        source = self._entity_id(source_kind, m["source"], key(source_kind, m["source"]), None)
        target = self._entity_id("company", m["target"], key("company", m["target"]), None)
        if source == target:  # two names of one company ("Nissan", "Nissan Motor"): no relationship
            return
        attributes = m["attributes"] if isinstance(m["attributes"], str) else json.dumps(m["attributes"])
        cues = m["cues"] if isinstance(m["cues"], str) else json.dumps(m["cues"])
        self.db.execute(
            "INSERT INTO mentions (doc_id, type, source_id, target_id, status, attributes, sentence, start, end, "
            "trigger, cues, confidence, extractor, copy_of) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (doc_id, m["type"], source, target, m["status"], attributes, m["sentence"], m["start"], m["end"],
             m["trigger"], cues, m["confidence"], m["extractor"], copy_of),
        )

    def mentions(self, company: str | None = None, type: str | None = None, limit: int = 100,
                 offset: int = 0) -> list[dict[str, Any]]:
        """Relationship mentions with their evidence, in document order; ``company`` is an entity key."""
        where, args = [], []
        if company:
            where.append("(s.key = ? OR t.key = ?)")
            args += [company, company]
        if type:
            where.append("m.type = ?")
            args.append(type)
        sql = (
            "SELECT m.id, m.doc_id, d.external_id, d.published, d.source AS outlet, m.type, s.name AS source, "
            "s.kind AS source_kind, t.name AS target, m.status, m.attributes, m.sentence, m.start, m.end, "
            "m.trigger, m.cues, m.confidence, m.extractor, m.copy_of FROM mentions m "
            "JOIN entities s ON s.id = m.source_id JOIN entities t ON t.id = m.target_id "
            "JOIN documents d ON d.id = m.doc_id "
            + ("WHERE " + " AND ".join(where) + " " if where else "")
            + "ORDER BY m.doc_id, m.id LIMIT ? OFFSET ?"
        )
        out = []
        for r in self.db.execute(sql, (*args, limit, offset)):
            row = dict(r)
            row["attributes"] = json.loads(row["attributes"])
            row["cues"] = json.loads(row["cues"])
            out.append(row)
        return out

    def stats(self) -> dict[str, Any]:
        q = self.db.execute
        docs = q("SELECT count(*), coalesce(sum(chars), 0), min(published), max(published) FROM documents").fetchone()

        def grouped(column: str) -> dict[str, int]:
            rows = q(f"SELECT coalesce({column}, '(none)') k, count(*) n FROM documents GROUP BY k ORDER BY n DESC")
            return {r["k"]: r["n"] for r in rows}

        runs = q("SELECT status, count(*) n FROM runs GROUP BY status").fetchall()
        return {
            "documents": docs[0],
            "chars": docs[1],
            "published_from": docs[2],
            "published_to": docs[3],
            "by_date_source": grouped("date_source"),
            "by_format": grouped("format"),
            "by_source": grouped("source"),
            "runs": {r["status"]: r["n"] for r in runs},
            "skipped_records": q("SELECT count(*) FROM skips").fetchone()[0],
            "deduplicated": q("SELECT count(*) FROM dedup_docs").fetchone()[0],
            "clusters": q("SELECT count(DISTINCT cluster_id) FROM doc_clusters").fetchone()[0],
            "cluster_members": {
                r[0]: r[1] for r in q("SELECT level, count(*) FROM doc_clusters GROUP BY level ORDER BY level")
            },
            "sentence_links": q("SELECT count(*) FROM sentence_links").fetchone()[0],
            "extracted": {r[0]: r[1] for r in q("SELECT how, count(*) FROM extracted_docs GROUP BY how")},
            "entities": {r[0]: r[1] for r in q("SELECT kind, count(*) FROM entities GROUP BY kind")},
            "mentions": {r[0]: r[1] for r in q("SELECT type, count(*) FROM mentions GROUP BY type ORDER BY type")},
            "schema_version": self.schema_version,
            "db_bytes": self.path.stat().st_size if self.path.exists() else 0,
        }
