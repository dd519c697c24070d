"""The ``keiretsu`` command line."""

from __future__ import annotations

import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import DownloadColumn, ProgressColumn, TextColumn, TransferSpeedColumn
from rich.table import Table
from rich.text import Text

from ..errors import KeiretsuError
from ..jobs import IngestResult, ingest, recorded_run, total_bytes
from ..ingest import expand_inputs
from ..settings import Settings
from ..store import open_store
from ..store.lock import write_lock
from ..store.sqlite import disk_full, is_disk_full
from .app import _print_json, _progress, _store, app, err, out, state


# --- ingest -------------------------------------------------------------------------------


class _DocRate(ProgressColumn):
    """Documents so far and per second: bytes alone say little about a stream of records."""

    def __init__(self, counter: list[int], started: float):
        super().__init__()
        self.counter, self.started = counter, started

    def render(self, task) -> Text:
        n = self.counter[0]
        rate = n / max(time.monotonic() - self.started, 1e-6)
        return Text(f"{n:,} docs {rate:,.0f}/s", style="cyan")


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


@contextmanager
def _command_run(db: Path, command: str, inputs: Sequence[str] = ()) -> Iterator[tuple[int, Callable[[dict], None]]]:
    """A writing command: the store's write lock for its whole length (a second writer stops at
    once, see ``store.lock``) and its run record. Yields the run's id and the function that
    finishes it with its counts; an error marks it failed."""
    with write_lock(db):
        store = open_store(db)
        try:
            with recorded_run(store, command, inputs) as run_id:
                yield run_id, lambda counts: store.finish_run(run_id, counts)
        finally:
            store.close()


def run_ingest(specs: list[str], settings: Settings, quiet: bool = False, run_id: int | None = None) -> IngestResult:
    """``run_id``: the documents belong to that run (a build's); by default to a run of their own."""
    with write_lock(settings.db):
        return _ingest(specs, settings, quiet, run_id)


def _ingest(specs: list[str], settings: Settings, quiet: bool, run_id: int | None) -> IngestResult:
    sources = expand_inputs(specs)
    store = open_store(settings.db)
    try:
        total = total_bytes(sources)
        counter, started = [0], time.monotonic()
        progress = _progress("ingest", quiet, DownloadColumn(), TransferSpeedColumn(), _DocRate(counter, started))
        with progress:
            task = progress.add_task("ingest", total=total)

            def on_document() -> None:
                counter[0] += 1

            return ingest(
                specs,
                store,
                settings,
                sources=sources,
                on_bytes=lambda n: progress.advance(task, n),
                on_document=on_document,
                run_id=run_id,
            )
    finally:
        store.close()


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
    settings = Settings.from_env(db=state.db, encoding=encoding, batch_size=batch_size, field_map=_parse_fields(field))
    result = run_ingest(inputs, settings, quiet)
    if as_json:
        _print_json({"run": result.run_id, **result.counts(), "first_skips": [str(s) for s in result.first_skips]})
    else:
        _print_ingest_summary(result, out)
    raise typer.Exit(result.exit_code)


# --- documents ------------------------------------------------------------------------------


@app.command("docs")
def docs_cmd(
    search: Annotated[str | None, typer.Option("--search", "-s", help="Full-text search (all words must occur).")] = None,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List documents, or search their text."""
    store = _store()
    try:
        rows = store.documents(search, limit, offset)
    finally:
        store.close()
    if as_json:
        for row in rows:
            _print_json(row)
        return
    if not rows:
        out.print("No documents." if not search else f"No document matches {search!r}.")
        return
    table = Table("id", "published", "source", "title", "chars", title_justify="left")
    for row in rows:
        title = row["title"] or ""
        if search and row.get("snippet"):
            title = f"{title}\n[dim]{escape(row['snippet'])}[/]" if title else f"[dim]{escape(row['snippet'])}[/]"
        else:
            title = escape(title)
        table.add_row(
            str(row["id"]), row["published"] or "?", escape(row["source"] or ""), title, f"{row['chars']:,}"
        )
    out.print(table)


@app.command("doc")
def doc_cmd(
    doc_id: Annotated[int, typer.Argument(metavar="ID", help="Document id, as `keiretsu docs` lists it.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object, with clean and raw text.")] = False,
    raw: Annotated[bool, typer.Option("--raw", help="Show the raw text as it was read.")] = False,
) -> None:
    """Show one document."""
    store = _store()
    try:
        d = store.document(doc_id)
    finally:
        store.close()
    if as_json:
        _print_json(d)
        return
    meta = Table.grid(padding=(0, 2))
    for key in ("id", "title", "external_id", "published", "date_source", "source", "url", "location", "format",
                "chars", "content_hash", "run_id"):
        if d.get(key) is not None:
            meta.add_row(f"[bold]{key}", escape(str(d[key])))
    removed = d["cleaning"].get("repeated_paragraphs", [])
    if removed:
        meta.add_row("[bold]cleaning", f"{len(removed)} repeated paragraph(s) removed")
    out.print(meta)
    out.print()
    out.print(escape(d["raw_text"] if raw else d["text"]))


@app.command("stats")
def stats_cmd(as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False) -> None:
    """What the store holds."""
    store = _store()
    try:
        s = store.stats()
    finally:
        store.close()
    if as_json:
        _print_json({"db": str(state.db), **s})
        return
    _print_stats(s)


def _print_stats(s: dict[str, Any]) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_row("[bold]store", escape(str(state.db)), f"{s['db_bytes'] / 1e6:.1f} MB, schema v{s['schema_version']}")
    grid.add_row("[bold]documents", f"{s['documents']:,}", f"{s['chars']:,} characters of clean text")
    grid.add_row("[bold]published", f"{s['published_from'] or '?'} .. {s['published_to'] or '?'}", "")
    for label, key in (("dates from", "by_date_source"), ("formats", "by_format"), ("sources", "by_source")):
        items = list(s[key].items())
        shown = ", ".join(f"{escape(str(k))} {v:,}" for k, v in items[:8])
        grid.add_row(f"[bold]{label}", shown + (f", ... ({len(items) - 8} more)" if len(items) > 8 else ""), "")
    members = ", ".join(f"{k} {v:,}" for k, v in s["cluster_members"].items() if k != "canonical")
    grid.add_row("[bold]duplicates", f"{s['clusters']:,} cluster(s)" + (f": {members}" if members else ""),
                 f"{s['deduplicated']:,} indexed, {s['sentence_links']:,} sentence links")
    runs = ", ".join(f"{k} {v}" for k, v in s["runs"].items()) or "none"
    grid.add_row("[bold]runs", runs, f"{s['skipped_records']:,} record(s) skipped in all")
    out.print(grid)


@app.command("runs")
def runs_cmd(
    skips: Annotated[int | None, typer.Option("--skips", metavar="RUN", help="List what run RUN skipped, and why.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many runs.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Past runs with their counts, or the records one run skipped."""
    store = _store()
    try:
        rows = store.run_skips(skips) if skips is not None else store.runs(limit)
    finally:
        store.close()
    if as_json:
        for row in rows:
            _print_json(row)
        return
    if skips is not None:
        table = Table("where", "why", title=f"Skipped by run {skips}", title_justify="left")
        for row in rows:
            table.add_row(escape(row["location"]), escape(row["reason"]))
    else:
        table = Table("run", "command", "started", "status", "read", "added", "skipped", title_justify="left")
        for row in rows:
            c = row["counts"] or {}
            table.add_row(
                str(row["id"]), row["command"], row["started_at"], row["status"],
                f"{c.get('documents', 0):,}", f"{c.get('added', 0):,}", f"{row['skipped']:,}",
            )
    out.print(table)


# --- duplicates ----------------------------------------------------------------------------


def run_dedup(rebuild: bool = False, quiet: bool = False, settings=None):
    from ..dedup import Deduplicator
    from ..dedup.parallel import Workers

    store = _store()
    try:
        total = store.count_undeduplicated() if not rebuild else store.stats()["documents"]
        progress = _progress("dedup", quiet, TextColumn("{task.completed:,} docs"))
        with progress:
            task = progress.add_task("dedup", total=total)
            with Workers(Settings.from_env().workers) as workers:
                dedup = Deduplicator(store, settings, workers=workers)
                return dedup.run(lambda n: progress.advance(task, n), rebuild=rebuild)
    finally:
        store.close()


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
    with _command_run(state.db, "dedup") as (_, finish):
        result = run_dedup(rebuild, quiet, cfg)
        finish(result.as_dict())
    if as_json:
        _print_json(result.as_dict())
        return
    links = ", ".join(f"{n:,} {level}" for level, n in result.links.items())
    out.print(
        f"Indexed {result.documents:,} new document(s); links found: {links}. "
        f"{result.clusters:,} cluster(s) in all, {result.sentence_links:,} sentence link(s) updated."
    )


@app.command("duplicates")
def duplicates_cmd(
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many clusters.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per cluster.")] = False,
) -> None:
    """Clusters of copies and paraphrases, largest first, each with its canonical document."""
    store = _store()
    try:
        clusters = store.duplicate_clusters(limit, offset)
    finally:
        store.close()
    if as_json:
        for c in clusters:
            _print_json(c)
        return
    if not clusters:
        out.print("No duplicates (run `keiretsu dedup` after ingesting).")
        return
    for c in clusters:
        canon = c["canonical"]
        out.print(f"[bold]cluster {c['cluster']}[/]: {escape(canon['title'] or '(untitled)')} "
                  f"[dim](canonical {canon['id']}, {canon['published'] or 'date unknown'})[/]")
        for m in c["members"]:
            out.print(f"  {m['id']:>7}  {m['level']:<10} {m['similarity']:.2f}  "
                      f"{escape(m['source'] or '')} {escape(m['external_id'] or m['url'] or '')}")


# --- evaluation ----------------------------------------------------------------------------

eval_app = typer.Typer(help="Measure accuracy on labelled data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@eval_app.command("dedup")
def eval_dedup_cmd(
    base: Annotated[
        Path | None, typer.Option(help="CSV of real articles (category,text) to plant duplicates in.")
    ] = None,
    stories: Annotated[int, typer.Option(min=1, help="Articles that get copies and paraphrases.")] = 300,
    distinct: Annotated[int, typer.Option(min=0, help="Untouched articles as distractors.")] = 600,
    seed: Annotated[int, typer.Option(help="Seed of the generator.")] = 7,
    write: Annotated[Path | None, typer.Option(help="Also write the labelled corpus (JSONL) here.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Pairwise precision, recall and F1 of duplicate detection per level, on a generated
    labelled corpus (exact, near and paraphrased copies planted in real articles)."""
    from ..errors import KeiretsuError
    from ..eval import dedup as evaluation

    base = base or evaluation.default_base()
    if not base.is_file():
        raise KeiretsuError(f"{base}: no such file; give --base PATH to a CSV with category,text columns")
    result = evaluation.run(base, stories, distinct, seed, write)
    if as_json:
        _print_json(result.as_dict())
        return
    table = Table("level", "precision", "recall", "F1", "gold pairs", "found pairs",
                  title=f"Duplicate detection on {result.documents:,} documents (seed {seed})", title_justify="left")
    for s in result.levels:
        table.add_row(s.level, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.gold:,}",
                      f"{s.predicted:,}")
    out.print(table)
    out.print(f"pairs of distinct stories merged: {result.distinct_merged:,} of {result.predicted_pairs:,} "
              f"found ({result.false_merge_rate:.2%}); dedup took {result.seconds:.1f} s")


@eval_app.command("extract")
def eval_extract_cmd(
    gold: Annotated[Path, typer.Option(help="Labelled sentences, JSONL (format: keiretsu.eval.extract).")],
    extractor: Annotated[str, typer.Option(help="rules (default) or llm.")] = "rules",
    llm_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint for --extractor llm.")] = None,
    llm_model: Annotated[str | None, typer.Option(help="Model name for --extractor llm.")] = None,
    relation_model: Annotated[str | None, typer.Option(
        help="Relation classifier: a file from `keiretsu train relations`, or none for the rules alone.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="Also list every sentence with a mistake.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Precision, recall and F1 of companies, people and relationships (pair, type, direction),
    per type, and status accuracy, on labelled sentences."""
    from ..eval.extract import evaluate

    report = evaluate(gold, _extractor(extractor, llm_url, llm_model, relation_model))
    if as_json:
        _print_json({**report.as_dict(), **({"errors": report.errors} if errors else {})})
        return
    table = Table("what", "precision", "recall", "F1", "gold", "found",
                  title=f"Extraction on {report.sentences:,} sentences of {escape(str(gold))}", title_justify="left")

    def row(name: str, sc) -> None:
        table.add_row(name, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", f"{sc.tp + sc.fn:,}",
                      f"{sc.tp + sc.fp:,}")

    row("companies", report.companies)
    row("people", report.people)
    row("[bold]relationships[/]", report.relations)
    for rtype, sc in sorted(report.by_type.items()):
        row(f"  {rtype}", sc)
    out.print(table)
    out.print(f"status accuracy on the {report.status_total:,} relationships found: {report.status_accuracy:.3f}")
    if errors:
        for e in report.errors:
            out.print(f"\n[bold]{escape(e['id'])}[/] {escape(e['text'])}")
            for what in ("missing", "extra", "status"):
                for item in e[what]:
                    out.print(f"  {what}: {escape(' '.join(map(str, item)))}")
            for what in ("missing company", "extra company", "missing person", "extra person"):
                if e[what]:
                    out.print(f"  {what}: {escape(', '.join(e[what]))}")


def _print_doc_report(report, title: str) -> None:
    table = Table("what", "precision", "recall", "F1", "gold", "found", title=title, title_justify="left")

    def row(name: str, sc) -> None:
        table.add_row(name, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", f"{sc.tp + sc.fn:,}",
                      f"{sc.tp + sc.fp:,}")

    row("companies", report.companies)
    row("people", report.people)
    row("[bold]relationships[/]", report.relations)
    for rtype, sc in sorted(report.by_type.items()):
        row(f"  {rtype}", sc)
    for corpus, sc in sorted(report.by_corpus.items()):
        row(f"  from {corpus}", sc)
    out.print(table)
    out.print(f"status accuracy on the {report.status_total:,} relationships found: {report.status_accuracy:.3f}; "
              f"relationships of a company with itself: {report.self_relations:,}")


@eval_app.command("docs")
def eval_docs_cmd(
    gold: Annotated[Path, typer.Option(help="Labelled documents, JSONL (format: eval/docs/README.md).")],
    relation_model: Annotated[str | None, typer.Option(
        help="Relation classifier: a file from `keiretsu train relations`, or none for the rules alone.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Precision, recall and F1 of companies, people and relationships on labelled whole documents,
    per type and per source corpus, and status accuracy: aggregates only."""
    from ..eval.docs import evaluate_documents

    with out.status("extracting from the labelled documents..."):
        report = evaluate_documents(gold, _extractor("rules", relation_model=relation_model))
    if as_json:
        _print_json(report.as_dict())
        return
    _print_doc_report(report, f"Extraction on {report.documents:,} documents of {escape(str(gold))}")


def _score_store(score, gold: Path) -> Any:
    store = _store()
    try:
        return score(store, gold)
    finally:
        store.close()


@eval_app.command("pairs")
def eval_pairs_cmd(
    gold: Annotated[Path, typer.Option(help="Labelled story pairs (eval/dedup/pairs.jsonl).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Pairwise precision and recall of the store's duplicate clusters on real story pairs labelled
    same or different, by the level keiretsu joined them at."""
    from ..eval.real import score_pairs

    report = _score_store(score_pairs, gold)
    if as_json:
        _print_json(report.as_dict())
        return
    table = Table("joined as", "precision", "recall", "F1", "same story", "joined",
                  title=f"{report.pairs:,} labelled pairs ({report.missing:,} not in the store)", title_justify="left")
    for name, sc in (("any level", report.overall), *sorted(report.by_level.items())):
        table.add_row(name, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", f"{sc.tp + sc.fn:,}",
                      f"{sc.tp + sc.fp:,}")
    out.print(table)


@eval_app.command("histories")
def eval_histories_cmd(
    gold: Annotated[Path, typer.Option(help="Labelled status histories (eval/history/relationships.jsonl).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Current-status and history-step accuracy of the store's relationships on real histories
    labelled by hand."""
    from ..eval.real import score_histories

    report = _score_store(score_histories, gold)
    if as_json:
        _print_json(report.as_dict())
        return
    out.print(f"{report.found:,} of {report.relationships:,} labelled relationships found; current status right for "
              f"{report.current_accuracy:.3f}; history steps {report.step_accuracy:.3f} ({report.steps_matched:,} "
              f"of {report.steps_total:,} in order, {report.steps_extra:,} extra)")


@eval_app.command("aliases")
def eval_aliases_cmd(
    gold: Annotated[Path, typer.Option(help="Company names grouped by hand (eval/aliases/names.jsonl).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Pairwise merge precision and recall of the store's company nodes on names grouped by hand,
    and how many names that are no company the store keeps as one."""
    from ..eval.real import score_aliases

    report = _score_store(score_aliases, gold)
    if as_json:
        _print_json(report.as_dict())
        return
    m = report.merges
    out.print(f"{report.names:,} company names ({report.unseen:,} not in the store): merges precision "
              f"{m.precision:.3f}, recall {m.recall:.3f} ({m.tp:,} right, {m.fp:,} wrong, {m.fn:,} missed); "
              f"{report.kept_as_companies:,} of {report.not_companies:,} names that are no company kept as companies")


@eval_app.command("agree")
def eval_agree_cmd(
    first: Annotated[Path, typer.Argument(help="One labeller's documents (plays the gold).")],
    second: Annotated[Path, typer.Argument(help="Another labeller's labels of some of the same documents.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Agreement between two labellers on the documents both labelled, scored as `eval docs` scores."""
    from ..eval.docs import agreement

    report = agreement(first, second)
    if as_json:
        _print_json(report.as_dict())
        return
    _print_doc_report(report, f"{escape(str(second))} against {escape(str(first))}, {report.documents:,} documents")


# --- training ---------------------------------------------------------------------------------

train_app = typer.Typer(help="Train the models keiretsu ships, on labelled data.", no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("relations")
def train_relations_cmd(
    gold: Annotated[list[Path], typer.Option(help="Labelled sentences, JSONL (format: keiretsu.eval.extract); "
                                                  "repeat for several files.")],
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the model (JSON).")] = Path("relations.json"),
    l2: Annotated[float, typer.Option(min=0.0, help="L2 penalty (1/C).")] = 1.0,
    folds: Annotated[int, typer.Option(min=2, help="Cross-validation folds for the threshold.")] = 5,
) -> None:
    """Fit the relation classifier that judges the rules' candidates; the threshold is chosen by
    cross-validation over sentences, whose figures are printed. Use the model with
    KEIRETSU_RELATION_MODEL=FILE or `keiretsu eval extract --relation-model FILE`."""
    from ..eval.extract import train_relations
    from ..extract.rules import RuleExtractor

    with out.status("reading the labelled sentences and fitting..."):
        report = train_relations(gold, lambda finder: RuleExtractor(relations=finder), folds=folds, l2=l2)
    table = Table("threshold", "precision", "recall", "F1",
                  title=f"{folds}-fold cross-validation on {report.sentences:,} sentences", title_justify="left")
    for t, sc in sorted(report.folds.items()):
        mark = " *" if t == report.model.threshold else ""
        table.add_row(f"{t:.2f}{mark}", f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}")
    out.print(table)
    out.print(f"{report.candidates:,} candidates, {report.positives:,} true; {report.unreachable:,} gold relationships "
              f"had no candidate; {len(report.model.weights):,} weights; threshold {report.model.threshold:.2f}")
    out_path.write_text(report.model.to_json(), encoding="utf-8")
    out.print(f"wrote {escape(str(out_path))}")


# --- extraction -------------------------------------------------------------------------------


def _extractor(name: str, llm_url: str | None = None, llm_model: str | None = None,
               relation_model: str | None = None):
    """``relation_model``: a file from ``keiretsu train relations``, ``none`` for the rules alone;
    unset, ``KEIRETSU_RELATION_MODEL`` or the packaged model."""
    if name == "rules":
        from ..extract.classifier import RelationModel
        from ..extract.relations import RelationFinder
        from ..extract.rules import RuleExtractor

        path = relation_model or Settings.from_env().relation_model
        if path is None:
            model = RelationModel.default()
        else:
            model = None if str(path) == "none" else RelationModel.load(Path(path))
        return RuleExtractor(relations=RelationFinder(model))
    if name == "llm":
        from ..extract.llm import LLMExtractor

        return LLMExtractor.from_env(url=llm_url, model=llm_model)
    raise KeiretsuError(f"unknown extractor {name!r}: use rules or llm")


def run_extract(extractor: str = "rules", redo: bool = False, quiet: bool = False, llm_url: str | None = None,
                llm_model: str | None = None):
    from ..dedup.parallel import Workers
    from ..extract.step import ExtractStage

    impl = _extractor(extractor, llm_url, llm_model)
    store = _store()
    try:
        total = store.stats()["documents"] if redo else store.count_unextracted()
        progress = _progress("extract", quiet, TextColumn("{task.completed:,} docs"))
        with progress:
            task = progress.add_task("extract", total=total)
            # The LLM extractor waits on the network: one process is enough, the server does the work.
            processes = Settings.from_env().workers if extractor == "rules" else 1
            with Workers(processes) as workers:
                stage = ExtractStage(store, impl, workers=workers)
                return stage.run(lambda n: progress.advance(task, n), redo=redo)
    finally:
        store.close()


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
    with _command_run(state.db, "extract") as (_, finish):
        result = run_extract(extractor, redo, quiet, llm_url, llm_model)
        finish(vars(result))
    if as_json:
        _print_json(vars(result))
        return
    out.print(f"Read {result.read:,} document(s) ({result.parsed:,} of {result.sentences:,} sentences parsed), "
              f"recorded {result.copies:,} copy(ies) as evidence; {result.mentions:,} relationship mention(s).")


@app.command("mentions")
def mentions_cmd(
    company: Annotated[str | None, typer.Option(help="Only mentions involving this company (name or alias).")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Only this relationship type.")] = None,
    copies: Annotated[bool, typer.Option("--copies", help="Also the mentions recorded in duplicate copies.")] = False,
    limit: Annotated[int, typer.Option(min=1, max=100_000, help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
) -> None:
    """Relationship mentions with their evidence: type, companies, status, attributes, sentence."""
    from ..extract.gazetteer import Gazetteer
    from ..extract.step import entity_key

    store = _store()
    try:
        key = entity_key("company", Gazetteer.default().canonical(company)) if company else None
        rows = [r for r in store.mentions(key, type, limit if copies else limit * 4, offset)
                if copies or r["copy_of"] is None][:limit]
    finally:
        store.close()
    if as_json:
        for r in rows:
            _print_json(r)
        return
    table = Table("doc", "type", "source", "target", "status", "attributes", "evidence", title_justify="left",
                  title=f"{len(rows):,} mention(s)")
    for r in rows:
        attrs = ", ".join(f"{k}={v}" for k, v in r["attributes"].items())
        table.add_row(str(r["doc_id"]) + (" (copy)" if r["copy_of"] else ""), r["type"], escape(r["source"]),
                      escape(r["target"]), r["status"], escape(attrs), escape(r["sentence"][:90]))
    out.print(table)


# --- the graph ------------------------------------------------------------------------------


def run_graph(rebuild: bool = False, quiet: bool = False):
    from ..graph import GraphStage

    store = _store()
    try:
        progress = _progress("graph", quiet, TextColumn("{task.completed:,} relationships"))
        with progress:
            task = progress.add_task("graph", total=None)
            stage = GraphStage(store, processes=Settings.from_env().workers)
            return stage.run(rebuild, lambda n: progress.advance(task, n))
    finally:
        store.close()


def run_build(inputs: list[str], settings: Settings, rebuild: bool = False, quiet: bool = False,
              console: Console | None = None):
    """ingest (if there are inputs) -> dedup -> extract -> graph; each stage takes only what is new.
    One run, holding the store's write lock throughout."""
    with _command_run(settings.db, "build", inputs) as (run_id, finish):
        ingested = None
        if inputs:
            ingested = run_ingest(inputs, settings, quiet, run_id)
            if ingested.exit_code == 2:
                finish(ingested.counts())
                _print_ingest_summary(ingested, err)
                raise typer.Exit(2)
            if console:
                _print_ingest_summary(ingested, console)
        dedup, extracted, built = run_dedup(quiet=quiet), run_extract(quiet=quiet), run_graph(rebuild, quiet)
        finish({**(ingested.counts() if ingested else {}), "dedup": dedup.as_dict(), "extract": vars(extracted),
                "graph": built.as_dict()})
    return ingested, dedup, extracted, built


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
) -> None:
    """Ingest, clean, deduplicate, extract and build the graph, each stage doing only what is new.

    Re-running on the same inputs adds nothing and redoes nothing; adding news updates only the
    relationships and stories it touches. A build killed at any point and run again ends as an
    uninterrupted one would. Exit 1 if some records were skipped; 2 if nothing could be read, the
    disk is full, or another command is writing to the store."""
    settings = Settings.from_env(db=state.db, field_map=_parse_fields(field), batch_size=batch_size)
    stages = run_build(inputs or [], settings, rebuild, quiet, out if not as_json else None)
    ingested, dedup, extracted, built = stages
    code = ingested.exit_code if ingested else 0
    report: dict[str, Any] = {"ingest": ingested.counts()} if ingested else {}
    report |= {"dedup": dedup.as_dict(), "extract": vars(extracted), "graph": built.as_dict()}
    if as_json:
        _print_json(report)
    else:
        out.print(f"Dedup: {dedup.documents:,} new document(s) indexed, {dedup.clusters:,} cluster(s) in all.")
        out.print(f"Extract: {extracted.read:,} document(s) read, {extracted.copies:,} copy(ies) recorded, "
                  f"{extracted.mentions:,} relationship mention(s).")
        how = "rebuilt from every mention" if built.full else "updated"
        out.print(f"Graph {how}: {built.documents:,} new or changed document(s), {built.relationships:,} "
                  f"relationship(s) weighed, {built.removed:,} removed, {built.stories:,} story(ies) grouped "
                  f"in {built.seconds:.1f} s.")
    raise typer.Exit(code)


# --- demo ---------------------------------------------------------------------------------


def sample_dir() -> Path:
    return Path(str(resources.files("keiretsu").joinpath("data", "samples")))


@app.command("demo")
def demo_cmd() -> None:
    """`keiretsu build` on the bundled sample articles, then what the graph holds."""
    samples = sample_dir()
    out.print(f"[bold]keiretsu demo[/]: the bundled samples in {escape(str(samples))}\n")
    result, dedup, extracted, built = run_build([str(samples)], Settings.from_env(db=state.db), console=out)
    out.print(f"Dedup: {dedup.clusters} cluster(s). Extract: {extracted.read} document(s) read, "
              f"{extracted.mentions} relationship mention(s). Graph: {built.relationships} relationship(s) "
              f"weighed, {built.stories} story(ies).\n")
    from ..graph import query

    store = _store()
    try:
        for row in store.documents(limit=20):
            removed = len(store.document(row["id"])["cleaning"].get("repeated_paragraphs", []))
            if removed:
                out.print(f"Cleaning: document {row['id']} held its story more than once: "
                          f"{removed} repeated paragraphs removed.")
        graph.print_relations(query.relations(store, limit=200), "The graph")
        out.print()
        graph.print_stories(store.stories(limit=20))
    finally:
        store.close()
    db = escape(str(state.db))
    out.print(f"\nLook closer: keiretsu --db {db} company Renault")
    out.print(f"             keiretsu --db {db} relations --company Nissan --json")
    out.print(f"             keiretsu --db {db} export --format graphml --output graph.graphml")
    out.print(f"\nOpen the app: keiretsu --db {db} serve   then browse http://127.0.0.1:8000/")
    if result and result.exit_code:
        raise typer.Exit(result.exit_code)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 serves the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port (0: any free one).")] = 8000,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Server processes (default: KEIRETSU_WORKERS, else up to 2 cores).")
    ] = None,
    write: Annotated[bool, typer.Option("--write", help="Allow POST /api/documents to add news (one process).")] = False,
    cors_origin: Annotated[
        list[str], typer.Option("--cors-origin", help="Let pages from this origin call the API (repeatable).")
    ] = [],  # noqa: B006 - Typer reads the default
    allow_host: Annotated[
        list[str], typer.Option("--allow-host", metavar="NAME",
                                help="Also answer requests whose Host header is NAME, e.g. the name a proxy or "
                                     "other machines use (repeatable). Loopback names are always answered.")
    ] = [],  # noqa: B006 - Typer reads the default
    max_body_mb: Annotated[
        int | None, typer.Option(min=1, help="Largest request body in MB; larger ones get 413 (default 8).")
    ] = None,
    max_header_kb: Annotated[
        int | None, typer.Option(min=1, help="Largest request line and headers in KB; more gets 431 (default 64).")
    ] = None,
) -> None:
    """The web app and the REST API (OpenAPI at /api/openapi.json), read-only unless --write."""
    import ipaddress
    import os

    import uvicorn

    from ..api import create_app

    defaults = Settings.from_env()
    max_body = max_body_mb * 1024 * 1024 if max_body_mb else defaults.api_max_body
    max_headers = max_header_kb * 1024 if max_header_kb else defaults.api_max_headers
    try:
        ipaddress.ip_address(host)
        hosts = allow_host  # an address is answered where requests come in on it, at this port
    except ValueError:
        hosts = [*allow_host, host]  # a name to listen on is one of the server's names
    api = create_app(state.db, write=write, cors_origins=cors_origin, allowed_hosts=hosts, max_body=max_body,
                     max_headers=max_headers)  # fails here, once, on a bad store
    # Each process answers one query at a time; a second one uses the second core. Adding
    # documents runs a build, which one process at a time must do.
    processes = 1 if write else workers or defaults.workers
    mode = "read-write" if write else "read-only"
    err.print(f"keiretsu: serving {escape(str(state.db))} ({mode}, {processes} process(es)) at "
              f"http://{host}:{port}/  (Ctrl-C stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        err.print("[yellow]warning:[/] listening beyond this machine; there is no authentication")
        if not allow_host:
            err.print("  requests that name this machine (not its address) need --allow-host NAME")
    # h11, not httptools: h11 bounds what it holds while it waits for the end of the headers.
    options = dict(host=host, port=port, log_level="warning", access_log=False, http="h11",
                   h11_max_incomplete_event_size=max_headers)
    if processes == 1:
        uvicorn.run(api, **options)
    else:
        os.environ["KEIRETSU_DB"] = str(state.db.resolve())
        os.environ["KEIRETSU_CORS_ORIGINS"] = "\n".join(cors_origin)
        os.environ["KEIRETSU_ALLOWED_HOSTS"] = "\n".join(hosts)
        os.environ["KEIRETSU_MAX_BODY"] = str(max_body)
        os.environ["KEIRETSU_MAX_HEADERS"] = str(max_headers)
        uvicorn.run("keiretsu.api.app:from_env", factory=True, workers=processes, **options)


from . import graph  # noqa: E402,F401 - registers relations, company, stories, ...


def main() -> None:
    try:
        app()
    except KeiretsuError as e:
        err.print(f"[red]error:[/] {escape(str(e))}", soft_wrap=True)  # one line, whatever the width
        sys.exit(2)
    except (sqlite3.Error, OSError) as e:
        if not is_disk_full(e):  # what the store's writes do not translate themselves (a sort's spill)
            raise
        err.print(f"[red]error:[/] {escape(str(disk_full(state.db)))}", soft_wrap=True)
        sys.exit(2)
    except KeyboardInterrupt:
        err.print("[yellow]interrupted[/]: what was committed is kept; run the command again to finish")
        sys.exit(130)
