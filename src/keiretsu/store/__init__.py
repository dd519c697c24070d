"""Store: one interface, one implementation per engine (SQLite by default).

SQL lives in this package only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from ..models import Document, Skipped
from .sqlite import SQLiteStore


class Store(Protocol):
    def start_run(self, command: str, inputs: Sequence[str]) -> int: ...
    def finish_run(self, run_id: int, counts: dict[str, Any]) -> None: ...
    def write_batch(self, run_id: int, docs: Sequence[Document], skips: Iterable[Skipped] = ()) -> int: ...
    def runs(self, limit: int = 20) -> list[dict[str, Any]]: ...
    def run_skips(self, run_id: int) -> list[dict[str, str]]: ...
    def documents(self, search: str | None = None, limit: int = 50, offset: int = 0) -> list[dict[str, Any]]: ...
    def document(self, doc_id: int) -> dict[str, Any]: ...
    def stats(self) -> dict[str, Any]: ...
    def close(self) -> None: ...


def open_store(path: str | Path) -> Store:
    return SQLiteStore(path)


__all__ = ["SQLiteStore", "Store", "open_store"]
