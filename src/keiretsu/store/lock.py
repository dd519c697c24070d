"""One writing command per store at a time: an advisory lock on ``<db>.lock`` beside the store.

SQLite alone serialises transactions, not commands: two builds interleave their batches and
each writes every mention again. The lock is taken for the whole of a writing command (ingest,
dedup, extract, build); a second one stops at once with ``StoreBusy``. The operating system
releases it when its holder ends, killed or not, so it never needs clearing by hand.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import StoreBusy, StoreError
from .sqlite import disk_full, is_disk_full

# Locks this process holds: lock file -> descriptor. Re-entrant, so that a build and the stages
# it runs can each ask for it.
_held: dict[Path, int] = {}


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


os.register_at_fork(after_in_child=_forget_in_child)


@contextmanager
def write_lock(db: str | Path) -> Iterator[None]:
    """Hold the store's write lock, or raise ``StoreBusy`` at once if another process holds it."""
    path = lock_path(db)
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
        holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        os.close(fd)
        by = f" (pid {holder})" if holder.isdigit() else ""
        raise StoreBusy(f"another keiretsu command{by} is writing to {Path(db)}; run this again once it "
                        "has finished") from None
    try:
        # Who holds it, for the message above; the lock itself does not depend on it.
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
    except OSError:
        pass  # a full disk: the lock still holds
    _held[path] = fd
    try:
        yield
    finally:
        del _held[path]
        os.close(fd)  # releases the lock; the file stays, as removing it would race the next taker
