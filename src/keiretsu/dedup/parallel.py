"""Map steps on both cores: chunks of records to forked worker processes, results in order."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Sequence
from typing import Any


class Workers:
    """A pool of forked processes for the run of one command; in-process when ``processes`` is 1
    or fork is unavailable. ``fn`` must be a module-level function (it is pickled by name)."""

    def __init__(self, processes: int):
        self.processes = processes if "fork" in multiprocessing.get_all_start_methods() else 1
        self._pool = None

    def map(self, fn: Callable[[Any, Sequence], Any], arg: Any, items: Sequence, chunk: int) -> list:
        parts = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        if self.processes <= 1 or len(parts) <= 1:
            return [fn(arg, part) for part in parts]
        if self._pool is None:
            self._pool = multiprocessing.get_context("fork").Pool(self.processes)
        return self._pool.starmap(fn, [(arg, part) for part in parts])

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
