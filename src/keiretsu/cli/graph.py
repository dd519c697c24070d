"""Commands that read the graph: relations, relationship, company, timeline, stories, story,
changes, export."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from ..graph import query
from ..graph.export import FORMATS, export
from ..models import RelationType
from .app import _print_json, app, opened, out

_ARROW = {True: "→", False: "–"}


def _attrs(attributes: dict[str, Any]) -> str:
    parts = []
    for k, v in attributes.items():
        if k == "percent":
            parts.append(f"{v:g}%")
        elif k == "topics":
            parts.append("on " + ", ".join(v))
        elif k == "amount":
            parts.append(f"{attributes.get('currency', '')} {v:,.0f}".strip())
        elif k not in ("currency",):
            parts.append(f"{k}={v}")
    return "; ".join(parts)


def _status(rel: dict[str, Any]) -> str:
    style = {"in_talks": "yellow", "rumoured": "dim", "proposed": "yellow", "agreed": "cyan", "active": "green",
             "ended": "red", "called_off": "red"}.get(rel["status"], "")
    text = f"[{style}]{rel['status']}[/]" if style else rel["status"]
    return text + (" [bold red]conflict[/]" if rel["conflicts"] else "")


def print_relations(rels: list[dict[str, Any]], title: str) -> None:
    table = Table("id", "relationship", "status", "figures", "since / reported", "sources",
                  title=f"{title}: {len(rels):,} relationship(s)", title_justify="left")
    for r in rels:
        arrow = _ARROW[RelationType(r["type"]).directed]
        reported = r["first_reported"] or "undated"
        if r["last_reported"] and r["last_reported"] != r["first_reported"]:
            reported += f"…{r['last_reported']}"
        when = f"{r['valid_from']} / {reported}" if r["valid_from"] and r["valid_from"] != reported else reported
        table.add_row(str(r["id"]), f"{escape(r['source'])} {arrow} {escape(r['target'])} [dim]{r['type']}[/]",
                      _status(r), escape(_attrs(r["attributes"])), when,
                      f"{r['independent_sources']} [dim]({r['mentions']}, {r['confidence']:.2f})[/]")
    out.print(table)
    out.print("[dim]sources: independent stories (mentions, confidence)[/]")


def print_stories(stories: list[dict[str, Any]]) -> None:
    table = Table("id", "story", "companies", "from", "to", "docs", "sources", title=f"{len(stories):,} story(ies)",
                  title_justify="left")
    for s in stories:
        table.add_row(str(s["id"]), escape(s["title"]), escape(", ".join(s["companies"][:6])), s["first"] or "undated",
                      s["last"] or "", str(s["documents"]), str(s["sources"]))
    out.print(table)


def _print_events(events: list[dict[str, Any]], title: str) -> None:
    table = Table("date", "reported", "relationship", "type", "change", "figures", "sources", title=title,
                  title_justify="left")
    for e in events:
        change = f"{e['previous']} → {e['status']}" if e["previous"] else f"{e['status']} (first)"
        if e.get("expected"):
            change += f", expected {e['expected']}"
        table.add_row(e["date"] or "undated", e["reported"] or "", f"{escape(e['source'])} "
                      f"{_ARROW[RelationType(e['type']).directed]} {escape(e['target'])}", e["type"], change,
                      escape(_attrs(e["attributes"])), str(e["sources"]))
    out.print(table)


@app.command("relations")
def relations_cmd(
    company: Annotated[str | None, typer.Option(help="Only relationships of this company or person.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Only this type (alliance, stake, ...).")] = None,
    status: Annotated[str | None, typer.Option(help="Only this status (in_talks, active, ...).")] = None,
    as_of: Annotated[
        str | None, typer.Option("--as-of", help="The graph as it stood and was known on this date (YYYY-MM-DD).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=query.MAX_PAGE, help="At most this many.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per relationship, with its history.")] = False,
) -> None:
    """Relationships, most independent sources first: type, status, attributes, dates, evidence
    counts, confidence and status history."""
    with opened() as store:
        rels = query.relations(store, company, type, status, as_of, limit, offset)
    if as_json:
        for r in rels:
            _print_json(r)
        return
    print_relations(rels, "Relationships" + (f" as of {as_of}" if as_of else ""))


@app.command("relationship")
def relationship_cmd(
    rel_id: Annotated[int, typer.Argument(metavar="ID", help="A relationship id from `keiretsu relations`.")],
    evidence: Annotated[int, typer.Option(min=0, max=10_000, help="Evidence sentences to show.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """One relationship: status history, conflicts, and every sentence that supports it."""
    with opened() as store:
        rel = query.relationship(store, rel_id, evidence)
    if as_json:
        _print_json(rel)
        return
    print_relations([rel], f"Relationship {rel_id}")
    _print_events(query.events([rel]), "History")
    for c in rel["conflicts"]:
        values = "; ".join(f"{v} (mentions {', '.join(map(str, ids))})" for v, ids in c["values"].items())
        out.print(f"[bold red]conflict[/] on {c['on'] or 'an undated report'}: {c['attribute']}: {escape(values)}")
    for e in rel["evidence"]:
        copy = " [dim](copy)[/]" if e["copy_of"] else ""
        out.print(f"\n[bold]{e['published'] or 'undated'}[/] doc {e['doc_id']}{copy} "
                  f"{escape(e['source'] or '')} [dim]story {e['story']}, {e['status']}[/]")
        out.print(f"  {escape(e['sentence'])}")


@app.command("company")
def company_cmd(
    name: Annotated[str, typer.Argument(help="A company (or person) as the news names it.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """A company's profile: aliases, people, relationships by type, stories and timeline."""
    with opened() as store:
        profile = query.company(store, name)
    if as_json:
        _print_json(profile)
        return
    out.print(f"[bold]{escape(profile['name'])}[/] ({profile['kind']})")
    if profile["aliases"]:
        out.print("Also written: " + escape(", ".join(profile["aliases"])))
    for p in profile["people"]:
        out.print(f"  {escape(p['name'])}: {escape(p['title'] or 'role')} [dim]({p['status']})[/]")
    for rtype, rels in sorted(profile["relationships"].items()):
        print_relations(rels, rtype)
    if profile["stories"]:
        print_stories(profile["stories"])
    _print_events(profile["timeline"], "Timeline")


@app.command("timeline")
def timeline_cmd(
    company: Annotated[str, typer.Argument(help="A company or person.")],
    other: Annotated[str | None, typer.Argument(help="Only what ties it to this one.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
) -> None:
    """Every status change of a company's relationships (or of those between two), in valid time."""
    with opened() as store:
        events = query.timeline(store, company, other)
    if as_json:
        for e in events:
            _print_json(e)
        return
    _print_events(events, f"Timeline of {escape(company)}" + (f" and {escape(other)}" if other else ""))


@app.command("stories")
def stories_cmd(
    company: Annotated[str | None, typer.Option(help="Only stories involving this company.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=query.MAX_PAGE, help="At most this many.")] = 50,
    offset: Annotated[int, typer.Option(min=0, help="Skip this many first.")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per story.")] = False,
) -> None:
    """Stories: documents about one happening grouped across time, latest first."""
    with opened() as store:
        entity = query.resolve(store, company)["id"] if company else None
        stories = store.stories(entity, limit, offset)
    if as_json:
        for s in stories:
            _print_json(s)
        return
    print_stories(stories)


@app.command("story")
def story_cmd(
    story_id: Annotated[int, typer.Argument(metavar="ID", help="A story id from `keiretsu stories`.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """One story: its documents and the timeline of what they reported."""
    with opened() as store:
        story = query.story(store, story_id)
    if as_json:
        _print_json(story)
        return
    out.print(f"[bold]{escape(story['title'])}[/] [dim]({story['first'] or 'undated'} … {story['last'] or ''}, "
              f"{story['documents']} document(s), {story['sources']} independent)[/]")
    out.print("Companies: " + escape(", ".join(story["companies"])))
    for d in story["documents_list"]:
        out.print(f"  {d['published'] or 'undated'}  doc {d['id']}  {escape(d['title'] or '')} "
                  f"[dim]{escape(d['source'] or '')}[/]")
    _print_events(story["timeline"], "Timeline")


@app.command("changes")
def changes_cmd(
    since: Annotated[str, typer.Option(help="Reported on or after this date (YYYY-MM-DD).")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object.")] = False,
) -> None:
    """What is new or changed since a date: new relationships, status and figure changes, and
    conflicting reports."""
    with opened() as store:
        report = query.changes(store, since)
    if as_json:
        _print_json(report)
        return
    for what, rows in (("New", report["new"]), ("Changed", report["changed"])):
        table = Table("reported", "relationship", "type", "status", "figures", "sources",
                      title=f"{what} since {since}: {len(rows):,}", title_justify="left")
        for r in rows:
            status = r["new_status"] if what == "New" else f"{r['previous_status']} → {r['new_status']}"
            table.add_row(r["reported"] or "", f"{escape(r['source'])} {_ARROW[RelationType(r['type']).directed]} "
                          f"{escape(r['target'])}", r["type"], status, escape(_attrs(r["new_attributes"])),
                          str(r["independent_sources"]))
        out.print(table)
    for c in report["conflicts"]:
        out.print(f"[bold red]conflict[/] {escape(c['source'])} – {escape(c['target'])} {c['type']}: "
                  f"{len(c['conflicts'])} disagreement(s); keiretsu relationship {c['id']}")


@app.command("export")
def export_cmd(
    format: Annotated[str, typer.Option("--format", help=f"One of {', '.join(FORMATS)}.")],
    output: Annotated[
        Path | None, typer.Option(help="File to write (a folder for csv); default: standard output.")
    ] = None,
) -> None:
    """Export the graph with every attribute and evidence count: GraphML (yEd, Gephi), GEXF
    (Gephi), CSV (nodes.csv, edges.csv), JSON Lines, Cypher (Neo4j)."""
    with opened() as store:
        written = export(store, format, output, sys.stdout)
    for path in written:
        typer.echo(f"wrote {path}", err=True)
