"""Jobs: the steps chained into what a command runs, recorded as a run in the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .clean import CleanStep
from .ingest import ReadStep, Source, expand_inputs
from .models import Document, Skipped
from .pipeline import reason_kind
from .settings import Settings
from .store import Store


@dataclass
class IngestResult:
    run_id: int
    inputs: int = 0  # files and URLs found
    documents: int = 0  # documents read and cleaned
    added: int = 0
    already_stored: int = 0
    skipped: int = 0
    skip_reasons: Counter[str] = field(default_factory=Counter)
    first_skips: list[Skipped] = field(default_factory=list)  # for the summary; all are in the store
    steps: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0: everything landed; 1: some records skipped; 2: nothing could be read."""
        if self.documents == 0 and (self.skipped or not self.inputs):
            return 2
        return 1 if self.skipped else 0

    def counts(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "documents": self.documents,
            "added": self.added,
            "already_stored": self.already_stored,
            "skipped": self.skipped,
            "skip_reasons": dict(self.skip_reasons),
            "steps": self.steps,
        }


def total_bytes(sources: Sequence[Source | Skipped]) -> int | None:
    sizes = [s.size for s in sources if isinstance(s, Source)]
    return None if any(size is None for size in sizes) else sum(sizes)  # type: ignore[arg-type]


def ingest(
    specs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    sources: Sequence[Source | Skipped] | None = None,
    on_bytes: Callable[[int], None] | None = None,
    on_document: Callable[[], None] | None = None,
) -> IngestResult:
    """Read, clean and store; a batch of documents is one transaction."""
    if sources is None:
        sources = expand_inputs(specs, settings.http_timeout)
    run_id = store.start_run("ingest", specs)
    result = IngestResult(run_id, inputs=sum(isinstance(s, Source) for s in sources))
    read, clean = ReadStep(settings, on_bytes), CleanStep(settings)
    batch: list[Document] = []
    skips: list[Skipped] = []

    def flush() -> None:
        added = store.write_batch(run_id, batch, skips)
        result.added += added
        result.already_stored += len(batch) - added
        batch.clear()
        skips.clear()

    for record in clean.run(read.run(sources)):
        if isinstance(record, Skipped):
            result.skipped += 1
            result.skip_reasons[reason_kind(record.reason)] += 1
            if len(result.first_skips) < 20:
                result.first_skips.append(record)
            skips.append(record)
        else:
            result.documents += 1
            batch.append(record)
            if on_document:
                on_document()
        if len(batch) >= settings.batch_size or len(skips) >= settings.batch_size:
            flush()
    flush()
    result.steps = {step.name: step.stats.as_dict() for step in (read, clean)}
    store.finish_run(run_id, result.counts())
    return result
