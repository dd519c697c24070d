"""One writing command per store at a time: an advisory lock on ``<db>.lock`` beside a SQLite
store, or a session-level advisory lock in a PostgreSQL database.

A database serialises transactions, not commands: two builds interleave their batches and
each writes every mention again. The lock is taken for the whole of a writing command (ingest,
dedup, extract, build); a second one stops at once with ``StoreBusy``. It is released when its
holder ends, killed or not (the operating system closes the file, or the server ends the
session of a closed connection), so it never needs clearing by hand.
"""

from __future__ import annotations

import fcntl
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreBusy, StoreError
from . import backend_of, sqlite_path
from .sqlite import disk_full, is_disk_full

# Locks this process holds: lock file -> descriptor. Re-entrant, so that a build and the stages
# it runs can each ask for it.
_held: dict[Path, int] = {}
# The same for PostgreSQL: store URL -> the connection whose session holds the lock.
_held_pg: dict[str, Any] = {}
# Connections a forked worker inherited: kept, so that they are never closed from the child.
_inherited: list[Any] = []


def lock_path(db: str | Path) -> Path:
    db = Path(db).resolve()
    return db.with_name(db.name + ".lock")


def _forget_in_child() -> None:
    # A forked worker shares its parent's lock (flock belongs to the open file, not the process):
    # were it to outlive a killed parent, the store would stay locked. Closing its copy leaves
    # the parent's lock as it is.
    for fd in _held.values():
        os.close(fd)
    _held.clear()
    # Its copy of a PostgreSQL lock's socket is pointed at /dev/null rather than closed by the
    # driver, which would end the parent's session and so release the parent's lock.
    for conn in _held_pg.values():
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, conn.fileno())
        os.close(devnull)
        _inherited.append(conn)
    _held_pg.clear()


os.register_at_fork(after_in_child=_forget_in_child)


_PID_WIDTH = 20


def _holder(fd: int) -> str:
    # A lock file made a moment ago may not hold its taker's pid yet: look again briefly.
    for _ in range(20):
        holder = os.pread(fd, _PID_WIDTH + 1, 0).decode("ascii", "replace").strip()
        if holder.isdigit():
            return holder
        time.sleep(0.005)
    return holder


@contextmanager
def write_lock(db: str | Path) -> Iterator[None]:
    """Hold the store's write lock, or raise ``StoreBusy`` at once if another process holds it."""
    if backend_of(db) == "postgresql":
        with _pg_write_lock(str(db)):
            yield
        return
    path = lock_path(sqlite_path(db))
    if path in _held:
        yield
        return
    if not path.parent.is_dir():
        raise StoreError(f"{db}: folder {path.parent} does not exist")
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError as e:
        if is_disk_full(e):
            raise disk_full(Path(db)) from None
        raise StoreError(f"{path}: cannot open the store's lock file ({e.strerror})") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = _holder(fd)
        os.close(fd)
        by = f" (pid {holder})" if holder.isdigit() else ""
        raise StoreBusy(f"another keiretsu command{by} is writing to {Path(db)}; run this again once it "
                        "has finished") from None
    try:
        # Who holds it, for the message above; the lock itself does not depend on it. One
        # fixed-width write with no truncation first, so a reader never finds the file empty
        # between a truncate and a write.
        os.pwrite(fd, f"{os.getpid():<{_PID_WIDTH}}\n".encode(), 0)
    except OSError:
        pass  # a full disk: the lock still holds
    _held[path] = fd
    try:
        yield
    finally:
        del _held[path]
        try:
            # Still held: blank the pid so that a command asking after the next take never
            # names this process, which has finished.
            os.pwrite(fd, b" " * _PID_WIDTH + b"\n", 0)
        except OSError:
            pass
        os.close(fd)  # releases the lock; the file stays, as removing it would race the next taker


@contextmanager
def _pg_write_lock(url: str) -> Iterator[None]:
    """``pg_try_advisory_lock`` on a connection of its own, held for the command's length. The
    lock belongs to the database the URL names; the server releases it when the session ends,
    which a killed command's closed socket does."""
    if url in _held_pg:
        yield
        return
    from .postgres import ADVISORY_LOCK_KEY, display_url, open_connection

    conn = open_connection(url)
    try:
        conn.execute("SELECT set_config('application_name', %s, false)", (f"keiretsu writer (pid {os.getpid()})",))
        if not conn.execute("SELECT pg_try_advisory_lock(%s)", (ADVISORY_LOCK_KEY,)).fetchone()[0]:
            holder = conn.execute(
                "SELECT a.application_name, a.client_addr FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM pg_database WHERE "
                "datname = current_database()) AND l.classid = %s::oid AND l.objid = %s::oid",
                (ADVISORY_LOCK_KEY >> 32, ADVISORY_LOCK_KEY & 0xFFFFFFFF)).fetchone()
            by = ""
            if holder:  # "keiretsu writer (pid N)", from another host too
                pid = holder[0].removeprefix("keiretsu writer (").removesuffix(")")
                by = f" ({pid}{f' on {holder[1]}' if holder[1] and not holder[1].is_loopback else ''})"
            raise StoreBusy(f"another keiretsu command{by} is writing to {display_url(url)}; run this again once "
                            "it has finished")
    except BaseException:
        conn.close()
        raise
    _held_pg[url] = conn
    try:
        yield
    finally:
        # Closing the session releases the lock. A forked worker's copy was let go of already.
        if _held_pg.pop(url, None) is conn:
            conn.close()
