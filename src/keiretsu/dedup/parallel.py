"""Map steps on both cores: chunks of records to forked worker processes, results in order."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

from ..workers import worker_start


class Workers:
    """A pool for the run of one command; in-process when ``processes`` is 1.

    Processes (forked) suit steps that run Python per record; ``threads=True`` suits steps
    whose work is compiled code that releases the GIL (the MinHash kernel), and saves
    pickling the records. ``fn`` must be a module-level function (it is pickled by name).
    """

    def __init__(self, processes: int, threads: bool = False):
        if not threads and "fork" not in multiprocessing.get_all_start_methods():
            processes = 1
        self.processes, self.threads = processes, threads
        self._pool = None

    def map(self, fn: Callable[[Any, Sequence], Any], arg: Any, items: Sequence, chunk: int) -> list:
        return self.map_async(fn, arg, items, chunk)()

    def map_async(self, fn: Callable[[Any, Sequence], Any], arg: Any, items: Sequence, chunk: int
                  ) -> Callable[[], list]:
        """``map`` started now on the pool (in-process, done now): call what it returns for the
        results. The caller works meanwhile, on the cores the pool leaves."""
        parts = [items[i : i + chunk] for i in range(0, len(items), chunk)]
        if self.processes <= 1 or len(parts) <= 1:
            results = [fn(arg, part) for part in parts]
            return lambda: results
        if self._pool is None:
            if self.threads:
                from multiprocessing.pool import ThreadPool

                self._pool = ThreadPool(self.processes)
            else:
                self._pool = multiprocessing.get_context("fork").Pool(
                    self.processes, initializer=worker_start, initargs=(os.getpid(), "keiretsu-worker"))
        return self._pool.starmap_async(fn, [(arg, part) for part in parts]).get

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
