"""Jobs: the steps chained into what a command runs, recorded as a run in the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from functools import partial
from typing import Any, ClassVar

from .clean import CleanStep
from .executor import Executor
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


Cleaned = Iterator[Document | Skipped]
_CHUNK = 256  # records per message from the reading process


def _read_clean(
    sources: Sequence[Source | Skipped], settings: Settings, on_bytes: Callable[[int], None], steps: dict
) -> Cleaned:
    read, clean = ReadStep(settings, on_bytes), CleanStep(settings)
    yield from clean.run(read.run(sources))
    steps.update({step.name: step.stats.as_dict() for step in (read, clean)})


@dataclass(frozen=True)
class ReadClean:
    """The map step's spec (see ``keiretsu.executor``): sources read and cleaned on a worker while
    the driver writes (SQLite and FTS5 indexing), sent as ("records", up to ``_CHUNK`` records,
    bytes read since the last message) and, last, ("done", each step's stats, 0)."""

    settings: Settings
    name: ClassVar[str] = "keiretsu-reader"

    def load(self) -> Callable[[Sequence[Source | Skipped]], Iterator[tuple]]:
        return self._run

    def _run(self, sources: Sequence[Source | Skipped]) -> Iterator[tuple]:
        nbytes = [0]

        def on_bytes(n: int) -> None:
            nbytes[0] += n

        steps: dict = {}
        chunk: list = []
        for record in _read_clean(sources, self.settings, on_bytes, steps):
            chunk.append(record)
            if len(chunk) >= _CHUNK:
                yield "records", chunk, nbytes[0]
                chunk, nbytes[0] = [], 0
        yield "records", chunk, nbytes[0]
        yield "done", steps, 0


def _read_clean_on(
    executor: Executor, sources: Sequence[Source | Skipped], settings: Settings, on_bytes: Callable[[int], None],
    steps: dict
) -> Cleaned:
    """``_read_clean`` on one of ``executor``'s workers: one shard, its order kept."""
    for kind, payload, nbytes in executor.stream(ReadClean(settings), [sources]):
        if kind == "records":
            if nbytes:
                on_bytes(nbytes)
            yield from payload
        else:
            steps.update(payload)


def ingest(
    specs: Sequence[str],
    store: Store,
    settings: Settings,
    *,
    sources: Sequence[Source | Skipped] | None = None,
    on_bytes: Callable[[int], None] | None = None,
    on_document: Callable[[], None] | None = None,
    run_id: int | None = None,
    executor: Executor | None = None,
) -> IngestResult:
    """Read, clean and store; a batch of documents is one transaction. ``run_id``: the documents
    belong to the caller's run (a build's), which the caller finishes; by default, a run of its own.
    ``executor``: with more than one worker, one of them reads and cleans while this process writes."""
    if sources is None:
        sources = expand_inputs(specs)
    own = run_id is None
    with recorded_run(store, "ingest", specs) if own else nullcontext(run_id) as run:
        result = IngestResult(run, inputs=sum(isinstance(s, Source) for s in sources))
        stream = _read_clean if executor is None or executor.workers == 1 else partial(_read_clean_on, executor)
        batch: list[Document] = []
        skips: list[Skipped] = []

        def count(skip: Skipped) -> None:
            result.skipped += 1
            result.skip_reasons[reason_kind(skip.reason)] += 1
            if len(result.first_skips) < 20:
                result.first_skips.append(skip)

        def flush() -> None:
            written = store.write_batch(run, batch, skips)
            result.added += written.added
            result.already_stored += len(batch) - written.added - len(written.refused)
            for skip in written.refused:  # stored with the batch's skips
                count(skip)
            batch.clear()
            skips.clear()

        for record in stream(sources, settings, on_bytes or (lambda n: None), result.steps):
            if isinstance(record, Skipped):
                count(record)
                skips.append(record)
            else:
                result.documents += 1
                batch.append(record)
                if on_document:
                    on_document()
            if len(batch) >= settings.batch_size or len(skips) >= settings.batch_size:
                flush()
        flush()
        if own:
            store.finish_run(run, result.counts())
    return result


@contextmanager
def recorded_run(store: Store, command: str, inputs: Sequence[str]) -> Iterator[int]:
    """A run of ``command`` in the store's runs, for the caller to finish with its counts. An error
    marks it ``failed`` and an interrupt ``interrupted``, with why, on its way up; a run killed
    outright stays ``running`` until the next one marks it ``interrupted``."""
    run_id = store.start_run(command, inputs)
    try:
        yield run_id
    except BaseException as e:
        if isinstance(e, KeyboardInterrupt):
            store.end_run(run_id, "interrupted", "interrupted")
        else:
            store.end_run(run_id, "failed", str(e) or type(e).__name__)
        raise
