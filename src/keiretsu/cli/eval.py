"""``keiretsu eval``: accuracy on labelled data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ..stages import make_extractor
from .app import _print_json, _progress, _store, app, out, settings


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

    report = evaluate(gold, make_extractor(extractor, settings(), llm_url=llm_url, llm_model=llm_model,
                                           relation_model=relation_model))
    if as_json:
        _print_json({**report.as_dict(), **({"errors": report.errors} if errors else {})})
        return
    out.print(_score_table(report, f"Extraction on {report.sentences:,} sentences of {escape(str(gold))}"))
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


def _score_table(report, title: str, by_corpus: bool = False) -> Table:
    """Companies, people, relationships and each type (and source), as the sentence and document
    scorers report them."""
    table = Table("what", "precision", "recall", "F1", "gold", "found", title=title, title_justify="left")

    def row(name: str, sc) -> None:
        table.add_row(name, f"{sc.precision:.3f}", f"{sc.recall:.3f}", f"{sc.f1:.3f}", f"{sc.tp + sc.fn:,}",
                      f"{sc.tp + sc.fp:,}")

    def per_corpus(what: str) -> None:
        scores = getattr(report, f"{what}_by_corpus") if by_corpus else {}
        for corpus, sc in sorted(scores.items()) if len(scores) > 1 else ():
            row(f"  from {corpus}", sc)

    row("companies", report.companies)
    per_corpus("companies")
    row("people", report.people)
    per_corpus("people")
    row("[bold]relationships[/]", report.relations)
    for rtype, sc in sorted(report.by_type.items()):
        row(f"  {rtype}", sc)
    if by_corpus:
        for corpus, sc in sorted(report.by_corpus.items()):
            row(f"  from {corpus}", sc)
    return table


def _print_doc_report(report, title: str) -> None:
    out.print(_score_table(report, title, by_corpus=True))
    out.print(f"status accuracy on the {report.status_total:,} relationships found: {report.status_accuracy:.3f}; "
              f"title accuracy on the {report.title_total:,} roles found with a labelled title: "
              f"{report.title_accuracy:.3f}; relationships of a company with itself: {report.self_relations:,}")


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
        report = evaluate_documents(gold, make_extractor("rules", settings(), relation_model=relation_model))
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
    errors: Annotated[bool, typer.Option("--errors", help="Also list every relationship missed or with a "
                                                          "status or step that differs from its label.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """Current-status and history-step accuracy of the store's relationships on real histories
    labelled by hand."""
    from ..eval.real import score_histories

    report = _score_store(score_histories, gold)
    if as_json:
        _print_json({**report.as_dict(), **({"errors": report.errors} if errors else {})})
        return
    out.print(f"{report.found:,} of {report.relationships:,} labelled relationships found; current status right for "
              f"{report.current_accuracy:.3f}; history steps {report.step_accuracy:.3f} ({report.steps_matched:,} "
              f"of {report.steps_total:,} in order, {report.steps_extra:,} extra)")
    for e in report.errors if errors else ():
        (label, current), (gold_steps, mine) = e["current"], e["steps"]
        out.print(f"\n[bold]{escape(e['relationship'])}[/]" + ("" if e["found"] else "  not found"))
        if e["found"]:
            out.print(f"  current: label {label}, keiretsu {current}")
            out.print(f"  steps: label {' > '.join(gold_steps) or '-'}; keiretsu {' > '.join(mine) or '-'}")


@eval_app.command("invariants")
def eval_invariants_cmd(
    days: Annotated[int | None, typer.Option(min=1, help="Check --as-of on this many days spread evenly "
                                                           "(default: every day on which what is known can change).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """What must hold of the store's whole graph, no labels needed: no status entry dated after its
    own first report, --as-of D showing every relationship reported by D, no company tied to
    itself. Exit 1 when one fails."""
    from ..eval.invariants import check

    store = _store()
    try:
        with _progress("as-of days", as_json) as bar:
            task = bar.add_task("days", total=None)
            report = check(store, days, lambda done, total: bar.update(task, completed=done, total=total))
    finally:
        store.close()
    if as_json:
        _print_json(report.as_dict())
    else:
        out.print(f"{report.relationships:,} relationships, {report.entries:,} status entries: "
                  f"{len(report.dated_after_report):,} relationships with an entry dated after its first report; "
                  f"--as-of on {report.days:,} days dropped {len(report.asof_dropped):,} of "
                  f"{report.asof_pairs:,} (day, relationship reported by then) pairs; "
                  f"{len(report.self_ties):,} companies tied to themselves; "
                  f"{report.ending_below_earlier:,} of {report.multi_entry:,} multi-entry histories end below "
                  f"an earlier status")
    if not report.ok:
        raise typer.Exit(1)


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
