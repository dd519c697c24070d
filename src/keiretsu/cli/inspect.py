"""Commands that read the store's documents, runs, duplicates and mentions: docs, doc, stats,
runs, duplicates, mentions."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from .app import _print_json, _store, app, out, shown_db


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
    removed = [f"{len(d['cleaning'][key])} {what} removed" for key, what in
               (("repeated_paragraphs", "repeated paragraph(s)"), ("furniture", "line(s) of page furniture"))
               if d["cleaning"].get(key)]
    if removed:
        meta.add_row("[bold]cleaning", escape("; ".join(removed)))
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
        _print_json({"db": shown_db(), **s})
        return
    _print_stats(s)


def _print_stats(s: dict[str, Any]) -> None:
    grid = Table.grid(padding=(0, 2))
    grid.add_row("[bold]store", escape(shown_db()), f"{s['db_bytes'] / 1e6:.1f} MB, schema v{s['schema_version']}")
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
