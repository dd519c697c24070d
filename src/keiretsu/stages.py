"""The build as a library: ingest, dedup, extract and graph, each doing only what is new, and the
build that chains them. ``keiretsu build`` and the API server's writes both run these.

Each function takes where the store is (a SQLite file's path or a store URL, as ``--db`` and
``Settings.db`` take it; by default ``settings.db``), holds the store's write lock for its whole
length (a second writer stops at once with ``StoreBusy``, see ``keiretsu.store.lock``) and records
itself as a run in the store. A build killed at any point and run again ends as an uninterrupted
one would.

``progress(stage, done, total)`` is called as work is done, ``done`` counting up from 0 and
``total`` ``None`` where it is not known in advance. The stages and what they count:

- ``read``: bytes of the inputs read (no total when a URL does not say its size);
- ``ingest``: documents read and cleaned;
- ``dedup``, ``extract``: documents indexed, read;
- ``graph``: relationships weighed.

Example::

    import keiretsu

    def show(stage: str, done: int, total: int | None) -> None:
        print(stage, done, "of", total or "?")

    result = keiretsu.build(["news/", "https://example.com/feed.xml"], "keiretsu.db", progress=show)
    print(result.ingest.added, "documents added;", result.graph.relationships, "relationships weighed")
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .ingest import expand_inputs
from .jobs import IngestResult, ingest, recorded_run, total_bytes
from .executor import Executor, make_executor
from .settings import Settings
from .store import Store, open_store
from .store.lock import write_lock

if TYPE_CHECKING:
    from .dedup import DedupResult, DedupSettings
    from .extract.step import Extractor, ExtractResult
    from .graph import GraphResult

#: ``progress(stage, done, total)``: see the module's docstring.
Progress = Callable[[str, int, int | None], None]


@dataclass
class BuildResult:
    """What each stage of a build did. ``ingest`` is None when the build had no inputs; the
    later stages are None when nothing could be read, which stops the build."""

    ingest: IngestResult | None
    dedup: DedupResult | None = None
    extract: ExtractResult | None = None
    graph: GraphResult | None = None

    @property
    def exit_code(self) -> int:
        """As ``keiretsu build`` exits: 0, 1 if some records were skipped, 2 if nothing could be read."""
        return self.ingest.exit_code if self.ingest else 0

    def as_dict(self) -> dict[str, Any]:
        """Each stage's counts, as ``keiretsu build --json`` prints them."""
        report: dict[str, Any] = {"ingest": self.ingest.counts()} if self.ingest else {}
        if self.dedup is not None:
            report |= {"dedup": self.dedup.as_dict(), "extract": vars(self.extract), "graph": self.graph.as_dict()}
        return report


def _total(store: Store, progress: Progress | None, every: bool, pending: Callable[[], int]) -> int | None:
    """How many documents a stage will read (all, or the ``pending`` count), for a progress bar alone: ``stats``
    reads the whole documents table, and counting the pending ones is a scan of it too."""
    if progress is None:
        return None
    return store.stats()["documents"] if every else pending()


class _Counter:
    """A stage's increments as the running totals ``progress`` is given."""

    def __init__(self, progress: Progress | None, stage: str, total: int | None):
        self.progress, self.stage, self.total, self.done = progress, stage, total, 0
        if progress:
            progress(stage, 0, total)

    def __call__(self, n: int = 1) -> None:
        self.done += n
        if self.progress:
            self.progress(self.stage, self.done, self.total)


@contextmanager
def _writing(store: str | Path | None, settings: Settings | None, command: str | None,
             inputs: Sequence[str] = ()) -> Iterator[tuple[Store, Settings, int | None]]:
    """The settings (``store`` replacing their ``db``), the store opened under its write lock,
    and, with a ``command``, its run (finished by the caller; an error marks it failed)."""
    settings = settings or Settings.from_env()
    if store is not None:
        settings = replace(settings, db=store)
    with write_lock(settings.db):
        opened = open_store(settings.db)
        try:
            if command is None:
                yield opened, settings, None
            else:
                with recorded_run(opened, command, inputs) as run_id:
                    yield opened, settings, run_id
        finally:
            opened.close()


@contextmanager
def _executing(settings: Settings, executor: Executor | str | None) -> Iterator[Executor]:
    """``executor`` as given (an ``Executor``: the caller's, left open), else the one it names
    (``local`` or ``ray``; by default ``settings.executor``), with ``settings.workers`` workers,
    closed at the end."""
    if isinstance(executor, Executor):
        yield executor
        return
    with make_executor(executor or settings.executor, settings.workers, settings.ray_address) as made:
        yield made


def run_ingest(inputs: Sequence[str], store: str | Path | None = None, settings: Settings | None = None, *,
               progress: Progress | None = None, executor: Executor | str | None = None) -> IngestResult:
    """Read, clean and store ``inputs`` (files, directories, archives or http(s) URLs), recorded
    as an ``ingest`` run: see ``IngestResult.exit_code``. ``executor``: see ``build``."""
    with _writing(store, settings, None) as (opened, settings, _), _executing(settings, executor) as running:
        return _ingest(inputs, opened, settings, progress, None, running)


def _ingest(inputs: Sequence[str], store: Store, settings: Settings, progress: Progress | None,
            run_id: int | None, executor: Executor) -> IngestResult:
    sources = expand_inputs(inputs)
    read = _Counter(progress, "read", total_bytes(sources))
    documents = _Counter(progress, "ingest", None)
    return ingest(inputs, store, settings, sources=sources, on_bytes=read, on_document=documents, run_id=run_id,
                  executor=executor)


def run_dedup(store: str | Path | None = None, settings: Settings | None = None, *, rebuild: bool = False,
              dedup_settings: DedupSettings | None = None, progress: Progress | None = None,
              executor: Executor | str | None = None) -> DedupResult:
    """Find the copies, near copies and paraphrases of the documents not yet indexed (``rebuild``:
    of all, the index built anew), recorded as a ``dedup`` run. ``executor``: see ``build``."""
    with _writing(store, settings, "dedup") as (opened, settings, run_id), _executing(settings, executor) as running:
        result = _dedup(opened, settings, rebuild, dedup_settings, progress, running)
        opened.finish_run(run_id, result.as_dict())
    return result


def _dedup(store: Store, settings: Settings, rebuild: bool, dedup_settings: DedupSettings | None,
           progress: Progress | None, executor: Executor) -> DedupResult:
    from .dedup import Deduplicator

    total = _total(store, progress, rebuild, store.count_undeduplicated)
    stage = Deduplicator(store, dedup_settings, executor=executor)
    return stage.run(_Counter(progress, "dedup", total), rebuild=rebuild)


def make_extractor(name: str = "rules", settings: Settings | None = None, *, llm_url: str | None = None,
              llm_model: str | None = None, relation_model: str | Path | None = None) -> Extractor:
    """The extractor ``name``: ``rules`` (spaCy and rules, offline) or ``llm`` (an
    OpenAI-compatible server at ``llm_url``, by default ``KEIRETSU_LLM_URL``). ``relation_model``
    (rules): a file from ``keiretsu train relations``, ``none`` for the rules alone; by default
    ``settings.relation_model``, else the model shipped in the package."""
    from .errors import KeiretsuError
    from .extract.step import Recipe

    if name == "rules":
        from .extract import ner
        from .extract.classifier import RelationModel

        ner.check()

        path = relation_model or (settings or Settings.from_env()).relation_model
        if path is not None and str(path) != "none":
            RelationModel.load(Path(path))  # a bad file is told now, not by each worker
        return Recipe(name, partial(_make_extractor, name, None if path is None else str(path), None, None))
    if name == "llm":
        from .extract.llm import LLMExtractor

        LLMExtractor.from_env(url=llm_url, model=llm_model)  # no server said: told now
        return Recipe(name, partial(_make_extractor, name, None, llm_url, llm_model))
    raise KeiretsuError(f"unknown extractor {name!r}: use rules or llm")


def _make_extractor(name: str, relation_model: str | None, llm_url: str | None, llm_model: str | None) -> Extractor:
    """What a ``Recipe`` of ``make_extractor`` makes, in each process that extracts."""
    if name == "llm":
        from .extract.llm import LLMExtractor

        return LLMExtractor.from_env(url=llm_url, model=llm_model)
    from .extract.classifier import RelationModel
    from .extract.relations import RelationFinder
    from .extract.rules import RuleExtractor

    if relation_model is None:
        model = RelationModel.default()
    else:
        model = None if relation_model == "none" else RelationModel.load(Path(relation_model))
    return RuleExtractor(relations=RelationFinder(model))


def run_extract(store: str | Path | None = None, settings: Settings | None = None, *,
                extractor: Extractor | None = None, redo: bool = False,
                progress: Progress | None = None, executor: Executor | str | None = None) -> ExtractResult:
    """Find companies, people and relationships in the documents not yet extracted (``redo``: in
    all, what was extracted dropped), with ``extractor`` (by default the rules), recorded as an
    ``extract`` run. Each story is read once: a copy found by dedup records its original's mentions.
    ``executor``: see ``build``."""
    with _writing(store, settings, "extract") as (opened, settings, run_id), \
            _executing(settings, executor) as running:
        result = _extract(opened, settings, extractor, redo, progress, running)
        opened.finish_run(run_id, vars(result))
    return result


def _extract(store: Store, settings: Settings, impl: Extractor | None, redo: bool,
             progress: Progress | None, executor: Executor) -> ExtractResult:
    from .extract.step import ExtractStage

    impl = impl or make_extractor("rules", settings)
    total = _total(store, progress, redo, store.count_unextracted)
    # The LLM extractor waits on the network: this process is enough, the server does the work.
    stage = ExtractStage(store, impl, executor=executor if impl.name == "rules" else None)
    return stage.run(_Counter(progress, "extract", total), redo=redo)


def run_graph(store: str | Path | None = None, settings: Settings | None = None, *, rebuild: bool = False,
              progress: Progress | None = None, executor: Executor | str | None = None) -> GraphResult:
    """Weigh the mentions of new or changed documents into relationships with their status
    histories, and group stories (``rebuild``: from every mention), recorded as a ``graph`` run.
    ``executor``: see ``build``."""
    with _writing(store, settings, "graph") as (opened, settings, run_id), _executing(settings, executor) as running:
        result = _graph(opened, settings, rebuild, progress, running)
        opened.finish_run(run_id, result.as_dict())
    return result


def _graph(store: Store, settings: Settings, rebuild: bool, progress: Progress | None,
           executor: Executor) -> GraphResult:
    from .graph import GraphStage

    stage = GraphStage(store, executor=executor)
    return stage.run(rebuild, _Counter(progress, "graph", None))


def build(inputs: Sequence[str] = (), store: str | Path | None = None, settings: Settings | None = None, *,
          rebuild: bool = False, progress: Progress | None = None,
          on_ingested: Callable[[IngestResult], None] | None = None,
          executor: Executor | str | None = None) -> BuildResult:
    """ingest (if there are ``inputs``) -> dedup -> extract -> graph, each stage taking only
    what is new (``rebuild``: the graph rebuilt from every mention), as one ``build`` run under
    the store's write lock. Nothing read from the inputs given stops it after ingest (see
    ``BuildResult``). ``on_ingested``: called with what ingest did, before the other stages.

    ``executor``: where the map steps (reading and cleaning, signing, extraction, weighing) run: ``local``
    (``settings.workers`` processes here) or ``ray`` (a local Ray instance with that many CPUs, or
    the cluster at ``settings.ray_address``), by default ``settings.executor``; or an
    ``keiretsu.executor.Executor`` of the caller's, left open. The store is written here alone."""
    with _writing(store, settings, "build", inputs) as (opened, settings, run_id), \
            _executing(settings, executor) as running:
        result = BuildResult(None)
        if inputs:
            result.ingest = _ingest(inputs, opened, settings, progress, run_id, running)
            if result.ingest.exit_code == 2:
                opened.finish_run(run_id, result.ingest.counts())
                return result
            if on_ingested:
                on_ingested(result.ingest)
        result.dedup = _dedup(opened, settings, False, None, progress, running)
        result.extract = _extract(opened, settings, None, False, progress, running)
        result.graph = _graph(opened, settings, rebuild, progress, running)
        counts = result.as_dict()
        opened.finish_run(run_id, {**counts.pop("ingest", {}), **counts})
    return result
