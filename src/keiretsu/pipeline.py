"""Steps and the run that chains them.

A *map step* turns an iterator of records into another, one record at a time,
with no state carried between records, so the same code can run as parallel
tasks of a distributed engine: ``run(records, rank, world_size)`` processes the
shard ``rank`` of ``world_size``. Each step counts what went in, what came out
and what it skipped, with reasons; the run records those counts.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .models import Skipped


@dataclass
class StepStats:
    name: str
    records_in: int = 0
    records_out: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "in": self.records_in,
            "out": self.records_out,
            "skipped": dict(self.skipped),
            "seconds": round(self.seconds, 3),
        }


def reason_kind(reason: str) -> str:
    """The reason without its particulars, so skips group into few counters."""
    return reason.split(":", 1)[0]


class MapStep:
    """A step applied to each record; ``Skipped`` records pass through untouched."""

    name = "step"

    def __init__(self) -> None:
        self.stats = StepStats(self.name)

    def process(self, record: Any) -> Any:
        """Return the transformed record, or a ``Skipped``."""
        raise NotImplementedError

    def run(self, records: Iterable[Any], rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        stats = self.stats
        for i, record in enumerate(records):
            if world_size > 1 and i % world_size != rank:
                continue
            if isinstance(record, Skipped):
                yield record
                continue
            stats.records_in += 1
            t0 = time.perf_counter()
            try:
                out = self.process(record)
            except Exception as e:  # noqa: BLE001 - one odd document must not end the batch
                out = Skipped(getattr(record, "location", "?"), f"cannot {self.name} ({type(e).__name__}: {e})")
            stats.seconds += time.perf_counter() - t0
            if isinstance(out, Skipped):
                stats.skipped[reason_kind(out.reason)] += 1
            else:
                stats.records_out += 1
            yield out
