"""Commands that write the store: ingest, dedup, extract, build, demo. Each calls the library
(``keiretsu.stages``) and shows its progress as Rich bars."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import DownloadColumn, Progress, ProgressColumn, TaskID, TextColumn, TransferSpeedColumn
from rich.table import Table
from rich.text import Text

from .. import stages
from ..jobs import IngestResult
from ..settings import Settings
from .app import _print_json, _progress, _store, app, err, out, settings, shown_db


class _DocRate(ProgressColumn):
    """Documents so far and per second: bytes alone say little about a stream of records."""

    def __init__(self, counter: list[int], started: float):
        super().__init__()
        self.counter, self.started = counter, started

    def render(self, task) -> Text:
        n = self.counter[0]
        rate = n / max(time.monotonic() - self.started, 1e-6)
        return Text(f"{n:,} docs {rate:,.0f}/s", style="cyan")


class _Bars:
    """The library's ``progress(stage, done, total)`` as one Rich bar per stage on stderr: the
    bytes read with the documents so far, then documents deduplicated and extracted, then
    relationships weighed."""

    def __init__(self) -> None:
        self.stage: str | None = None
        self.bar: Progress | None = None
        self.task: TaskID | None = None
        self.documents = [0]

    def __call__(self, stage: str, done: int, total: int | None) -> None:
        if stage == "ingest":  # shown on the reading bar
            self.documents[0] = done
            return
        if stage != self.stage:
            self.close()
            self.stage, self.bar = stage, self._bar(stage)
            self.bar.start()
            self.task = self.bar.add_task(stage, total=total)
        self.bar.update(self.task, completed=done, total=total)

    def _bar(self, stage: str) -> Progress:
        if stage == "read":
            self.documents = [0]
            return _progress("ingest", False, DownloadColumn(), TransferSpeedColumn(),
                             _DocRate(self.documents, time.monotonic()))
        unit = "relationships" if stage == "graph" else "docs"
        return _progress(stage, False, TextColumn(f"{{task.completed:,}} {unit}"))

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()
        self.stage = self.bar = None


@contextmanager
def _bars(quiet: bool) -> Iterator[_Bars | None]:
    """Bars on a terminal, unless ``quiet``; else no progress at all."""
    if quiet or not err.is_terminal:
        yield None
        return
    bars = _Bars()
    try:
        yield bars
    finally:
        bars.close()


def _parse_fields(fields: list[str]) -> dict[str, str]:
    allowed = {"id", "title", "text", "url", "published", "source"}
    mapping = {}
    for item in fields:
        key, sep, name = item.partition("=")
        if not sep or key not in allowed or not name:
            raise typer.BadParameter(
                f"{item!r}: expected KEY=NAME with KEY one of {', '.join(sorted(allowed))}", param_hint="--field"
            )
        mapping[key] = name
    return mapping


def _print_ingest_summary(result: IngestResult, console: Console) -> None:
    console.print(
        f"Run {result.run_id}: {result.inputs} input(s), {result.documents:,} document(s) read: "
        f"[green]{result.added:,} added[/], {result.already_stored:,} already stored"
        + (f", [yellow]{result.skipped:,} skipped[/]" if result.skipped else "")
        + "."
    )
    if result.documents and result.added == 0:
        console.print("Nothing new: every document was already in the store.")
    if result.skipped:
        table = Table("where", "why", title="Skipped", title_justify="left", show_lines=False)
        for s in result.first_skips:
            table.add_row(escape(s.location), escape(s.reason))
        console.print(table)
        if result.skipped > len(result.first_skips):
            console.print(
                f"... and {result.skipped - len(result.first_skips):,} more: "
                f"keiretsu runs --skips {result.run_id}"
            )


# --- ingest -------------------------------------------------------------------------------


@app.command("ingest")
def ingest_cmd(
    inputs: Annotated[
        list[str], typer.Argument(metavar="PATH_OR_URL...", help="Files, directories, archives or http(s) URLs.")
    ],
    field: Annotated[
        list[str],
        typer.Option("--field", "-f", help="Map an input field: KEY=NAME, e.g. text=body, published=date."),
    ] = [],  # noqa: B006 - Typer reads the default
    encoding: Annotated[
        str | None,
        typer.Option(envvar="KEIRETSU_ENCODING", help="Read inputs in this encoding instead of UTF-8."),
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per transaction.")] = Settings().batch_size,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the run's counts as JSON.")] = False,
) -> None:
    """Read news into the store: text, Markdown, HTML, JSON(L), CSV, Parquet, RSS/Atom, WARC,
    directories and .gz/.zip/.tar archives. Exit 0: all landed; 1: some skipped; 2: nothing read."""
    with _bars(quiet) as progress:
        result = stages.run_ingest(inputs, settings=settings(encoding=encoding, batch_size=batch_size,
                                                             field_map=_parse_fields(field)), progress=progress)
    if as_json:
        _print_json({"run": result.run_id, **result.counts(), "first_skips": [str(s) for s in result.first_skips]})
    else:
        _print_ingest_summary(result, out)
    raise typer.Exit(result.exit_code)


# --- duplicates ----------------------------------------------------------------------------


@app.command("dedup")
def dedup_cmd(
    rebuild: Annotated[bool, typer.Option("--rebuild", help="Drop the duplicate index and build it anew.")] = False,
    near_threshold: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Estimated Jaccard of shingles for a near copy [0.5].")
    ] = None,
    sentence_threshold: Annotated[
        float | None, typer.Option(min=0.0, max=1.0, help="Content-word overlap for two sentences to match [0.5].")
    ] = None,
    coverage: Annotated[
        float | None,
        typer.Option(min=0.0, max=1.0, help="Share of matched sentences for a paraphrase [0.6]."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Find exact copies, near copies and paraphrases of the documents not yet indexed.

    Thresholds apply to the documents this run indexes; --rebuild applies them to all."""
    from dataclasses import replace

    from ..dedup import DedupSettings

    cfg = DedupSettings()
    para = cfg.paraphrase
    if sentence_threshold is not None:
        para = replace(para, sentence_threshold=sentence_threshold)
    if coverage is not None:
        para = replace(para, document_coverage=coverage)
    cfg = replace(cfg, paraphrase=para, near_threshold=cfg.near_threshold if near_threshold is None else near_threshold)
    with _bars(quiet) as progress:
        result = stages.run_dedup(settings=settings(), rebuild=rebuild, dedup_settings=cfg, progress=progress)
    if as_json:
        _print_json(result.as_dict())
        return
    links = ", ".join(f"{n:,} {level}" for level, n in result.links.items())
    out.print(
        f"Indexed {result.documents:,} new document(s); links found: {links}. "
        f"{result.clusters:,} cluster(s) in all, {result.sentence_links:,} sentence link(s) updated."
    )


# --- extraction -------------------------------------------------------------------------------


@app.command("extract")
def extract_cmd(
    extractor: Annotated[str, typer.Option(help="rules (default: spaCy + rules, offline) or llm.")] = "rules",
    llm_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1 [KEIRETSU_LLM_URL].")
    ] = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name [KEIRETSU_LLM_MODEL].")] = None,
    redo: Annotated[bool, typer.Option("--redo", help="Drop what was extracted and read everything again.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the counts as JSON.")] = False,
) -> None:
    """Find companies, people and relationships in the documents not yet extracted.

    Each story is read once: copies found by `keiretsu dedup` are not read again, but each
    mention is recorded in every copy that holds its sentence. Run `keiretsu dedup` first."""
    current = settings()
    impl = stages.make_extractor(extractor, current, llm_url=llm_url, llm_model=llm_model)
    with _bars(quiet) as progress:
        result = stages.run_extract(settings=current, extractor=impl, redo=redo, progress=progress)
    if as_json:
        _print_json(vars(result))
        return
    out.print(f"Read {result.read:,} document(s) ({result.parsed:,} of {result.sentences:,} sentences parsed), "
              f"recorded {result.copies:,} copy(ies) as evidence; {result.mentions:,} relationship mention(s).")


# --- build ----------------------------------------------------------------------------------


def _build(inputs: list[str], current: Settings, rebuild: bool = False, quiet: bool = False,
           console: Console | None = None) -> stages.BuildResult:
    """The library's build with bars; ``console``: where the ingest summary goes once ingest is
    done. Nothing read: the summary on stderr and exit 2."""
    with _bars(quiet) as progress:

        def ingested(result: IngestResult) -> None:
            if console:
                if progress:
                    progress.close()
                _print_ingest_summary(result, console)

        result = stages.build(inputs, settings=current, rebuild=rebuild, progress=progress, on_ingested=ingested)
    if result.exit_code == 2:
        _print_ingest_summary(result.ingest, err)
        raise typer.Exit(2)
    return result


@app.command("build")
def build_cmd(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(metavar="[PATH_OR_URL...]", help="News to add first; none: bring the graph up to date."),
    ] = None,
    field: Annotated[
        list[str], typer.Option("--field", "-f", help="Map an input field: KEY=NAME, e.g. text=body.")
    ] = [],  # noqa: B006 - Typer reads the default
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Rebuild the graph from every mention instead of what changed.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Documents per transaction when ingesting.")
    ] = Settings().batch_size,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print each stage's counts as one JSON object.")] = False,
    executor: Annotated[
        str | None,
        typer.Option(help="Where reading, extraction and weighing run: local (processes here) or ray "
                          "(keiretsu[ray]) [KEIRETSU_EXECUTOR, local]."),
    ] = None,
    address: Annotated[
        str | None,
        typer.Option(help="With --executor ray: the Ray cluster to join (host:port or ray://...); none: a "
                          "local Ray instance with KEIRETSU_WORKERS CPUs [KEIRETSU_RAY_ADDRESS]."),
    ] = None,
) -> None:
    """Ingest, clean, deduplicate, extract and build the graph, each stage doing only what is new.

    Re-running on the same inputs adds nothing and redoes nothing; adding news updates only the
    relationships and stories it touches. A build killed at any point and run again ends as an
    uninterrupted one would. Exit 1 if some records were skipped; 2 if nothing could be read, the
    disk is full, or another command is writing to the store."""
    current = settings(field_map=_parse_fields(field), batch_size=batch_size, executor=executor,
                       ray_address=address)
    result = _build(inputs or [], current, rebuild, quiet, out if not as_json else None)
    dedup, extracted, built = result.dedup, result.extract, result.graph
    if as_json:
        _print_json(result.as_dict())
    else:
        out.print(f"Dedup: {dedup.documents:,} new document(s) indexed, {dedup.clusters:,} cluster(s) in all.")
        out.print(f"Extract: {extracted.read:,} document(s) read, {extracted.copies:,} copy(ies) recorded, "
                  f"{extracted.mentions:,} relationship mention(s).")
        how = "rebuilt from every mention" if built.full else "updated"
        out.print(f"Graph {how}: {built.documents:,} new or changed document(s), {built.relationships:,} "
                  f"relationship(s) weighed, {built.removed:,} removed, {built.stories:,} story(ies) grouped "
                  f"in {built.seconds:.1f} s.")
    raise typer.Exit(result.exit_code)


# --- demo ---------------------------------------------------------------------------------


def sample_dir() -> Path:
    return Path(str(resources.files("keiretsu").joinpath("data", "samples")))


@app.command("demo")
def demo_cmd() -> None:
    """`keiretsu build` on the bundled sample articles, then what the graph holds."""
    from ..graph import query
    from .graph import print_relations, print_stories

    samples = sample_dir()
    out.print(f"[bold]keiretsu demo[/]: the bundled samples in {escape(str(samples))}\n")
    result = _build([str(samples)], settings(), console=out)
    dedup, extracted, built = result.dedup, result.extract, result.graph
    out.print(f"Dedup: {dedup.clusters} cluster(s). Extract: {extracted.read} document(s) read, "
              f"{extracted.mentions} relationship mention(s). Graph: {built.relationships} relationship(s) "
              f"weighed, {built.stories} story(ies).\n")
    store = _store()
    try:
        for row in store.documents(limit=20):
            removed = len(store.document(row["id"])["cleaning"].get("repeated_paragraphs", []))
            if removed:
                out.print(f"Cleaning: document {row['id']} held its story more than once: "
                          f"{removed} repeated paragraphs removed.")
        print_relations(query.relations(store, limit=200), "The graph")
        out.print()
        print_stories(store.stories(limit=20))
    finally:
        store.close()
    db = escape(shown_db())
    out.print(f"\nLook closer: keiretsu --db {db} company Renault")
    out.print(f"             keiretsu --db {db} relations --company Nissan --json")
    out.print(f"             keiretsu --db {db} export --format graphml --output graph.graphml")
    out.print(f"\nOpen the app: keiretsu --db {db} serve   then browse http://127.0.0.1:8000/")
    if result.exit_code:
        raise typer.Exit(result.exit_code)
