"""Exports of the graph: GraphML (yEd, Gephi, networkx), GEXF 1.3 (Gephi), CSV (spreadsheets,
pandas), JSON Lines (anything) and Cypher (Neo4j). Every relationship carries its status,
attributes, dates, evidence counts, confidence and history.

Files are written next to their destination and renamed into place, so an interrupted export
never leaves half a file where a finished one is expected.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from ..errors import KeiretsuError
from ..models import ATTRIBUTES, RelationType
from ..store import Store

FORMATS = ("graphml", "gexf", "csv", "jsonl", "cypher")
# Edge columns of every tabular format, in order: (name, GraphML/GEXF type). The attributes are
# the schema's (``models.ATTRIBUTES``); a list of texts is one column, joined by "; ".
EDGE_FIELDS = [
    ("type", "string"), ("directed", "boolean"), ("status", "string"),
    *((name, "double" if kind == "number" else "string") for name, kind in ATTRIBUTES.items()),
    ("valid_from", "string"), ("valid_to", "string"),
    ("first_reported", "string"), ("last_reported", "string"), ("mentions", "int"),
    ("independent_sources", "int"), ("confidence", "double"), ("conflicts", "int"), ("attributes", "string"),
    ("history", "string"),
]
NODE_FIELDS = [("kind", "string"), ("name", "string"), ("aliases", "string")]


def edge_record(rel: dict[str, Any], history: list[dict[str, Any]]) -> dict[str, Any]:
    """A relationship as flat columns: scalars for the figures, JSON for the rest."""
    attrs = rel["attributes"]
    return {
        "type": rel["type"], "directed": RelationType(rel["type"]).directed, "status": rel["status"],
        **{k: "; ".join(attrs.get(k, [])) if kind == "texts" else attrs.get(k) for k, kind in ATTRIBUTES.items()},
        "venture": rel["venture"],  # the relationship's own, not an attribute a mention gave
        "valid_from": rel["valid_from"], "valid_to": rel["valid_to"], "first_reported": rel["first_reported"],
        "last_reported": rel["last_reported"], "mentions": rel["mentions"],
        "independent_sources": rel["independent_sources"], "confidence": rel["confidence"],
        "conflicts": len(rel["conflicts"]), "attributes": json.dumps(attrs, ensure_ascii=False),
        "history": json.dumps(history, ensure_ascii=False),
    }


def _edges(store: Store, batch: int = 2000) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(relationship row, flat record), history read a batch at a time."""
    rows: list[dict[str, Any]] = []

    def flush() -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
        history = store.history([r["id"] for r in rows])
        for r in rows:
            yield r, edge_record(r, history[r["id"]])
        rows.clear()

    for row in store.graph_edges():
        rows.append(row)
        if len(rows) >= batch:
            yield from flush()
    yield from flush()


def _xml(value: Any) -> str:
    return quoteattr("" if value is None else str(value).lower() if isinstance(value, bool) else str(value))


def write_graphml(store: Store, out: IO[str]) -> None:
    """A directed graph: networkx, igraph and others refuse GraphML that mixes edge kinds, so
    undirected types keep their stored order and say so in the ``directed`` attribute."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    for name, kind in NODE_FIELDS:
        out.write(f'  <key id="n_{name}" for="node" attr.name="{name}" attr.type="{kind}"/>\n')
    for name, kind in EDGE_FIELDS:
        out.write(f'  <key id="e_{name}" for="edge" attr.name="{name}" attr.type="{kind}"/>\n')
    out.write('  <graph id="keiretsu" edgedefault="directed">\n')
    for n in store.graph_nodes():
        out.write(f'    <node id="n{n["id"]}">')
        for name, value in (("kind", n["kind"]), ("name", n["name"]), ("aliases", "; ".join(n["aliases"]))):
            out.write(f'<data key="n_{name}">{_text(value)}</data>')
        out.write("</node>\n")
    for rel, rec in _edges(store):
        out.write(f'    <edge id="e{rel["id"]}" source="n{rel["source_id"]}" target="n{rel["target_id"]}">')
        for name, _ in EDGE_FIELDS:
            if rec[name] is not None and rec[name] != "":
                out.write(f'<data key="e_{name}">{_text(rec[name])}</data>')
        out.write("</edge>\n")
    out.write("  </graph>\n</graphml>\n")


def _text(value: Any) -> str:
    return escape(str(value).lower() if isinstance(value, bool) else str(value))


def write_gexf(store: Store, out: IO[str]) -> None:
    """GEXF 1.3 with a mixed graph: undirected types (alliance, joint venture, merger) are
    undirected edges, the rest directed, as Gephi draws them, each in its type's colour."""
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n'
              '  <meta><creator>keiretsu</creator><description>corporate relationships from news'
              '</description></meta>\n'
              '  <graph mode="static" defaultedgetype="directed">\n'
              '    <attributes class="node">\n')
    for i, (name, kind) in enumerate(NODE_FIELDS):
        if name != "name":
            out.write(f'      <attribute id="n{i}" title="{name}" type="{kind}"/>\n')
    out.write('    </attributes>\n    <attributes class="edge">\n')
    for i, (name, kind) in enumerate(EDGE_FIELDS):
        out.write(f'      <attribute id="e{i}" title="{name}" type="{kind}"/>\n')
    out.write("    </attributes>\n    <nodes>\n")
    for n in store.graph_nodes():
        out.write(f'      <node id="{n["id"]}" label={_xml(n["name"])}><attvalues>'
                  f'<attvalue for="n0" value={_xml(n["kind"])}/>'
                  f'<attvalue for="n2" value={_xml("; ".join(n["aliases"]))}/></attvalues></node>\n')
    out.write("    </nodes>\n    <edges>\n")
    for rel, rec in _edges(store):
        kind = "directed" if rec["directed"] else "undirected"
        out.write(f'      <edge id="{rel["id"]}" source="{rel["source_id"]}" target="{rel["target_id"]}" '
                  f'type="{kind}" label={_xml(rel["type"])} weight="{rec["independent_sources"]}"><attvalues>')
        for i, (name, _) in enumerate(EDGE_FIELDS):
            if rec[name] is not None and rec[name] != "":
                out.write(f'<attvalue for="e{i}" value={_xml(rec[name])}/>')
        out.write(f"</attvalues>{_viz_colour(RelationType(rel['type']).spec.colour)}</edge>\n")
    out.write("    </edges>\n  </graph>\n</gexf>\n")


def _viz_colour(css: str) -> str:
    """A "#rrggbb" colour as GEXF's viz:color."""
    r, g, b = (int(css[k : k + 2], 16) for k in (1, 3, 5))
    return f'<viz:color r="{r}" g="{g}" b="{b}"/>'


def write_jsonl(store: Store, out: IO[str]) -> None:
    for n in store.graph_nodes():
        out.write(json.dumps({"object": "entity", **n}, ensure_ascii=False) + "\n")
    for rel, rec in _edges(store):
        obj = {"object": "relationship", **{k: v for k, v in rel.items() if k not in ("source_kind",)},
               "directed": rec["directed"], "history": json.loads(rec["history"])}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _cypher_value(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(_cypher_value(v) for v in value) + "]"
    return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"


def write_cypher(store: Store, out: IO[str]) -> None:
    """Statements for cypher-shell or Neo4j Browser. Neo4j relationships always have a
    direction: undirected types keep the stored order and say ``directed: false``."""
    out.write("CREATE CONSTRAINT keiretsu_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;\n")
    for n in store.graph_nodes():
        label = "Company" if n["kind"] == "company" else "Person"
        out.write(f"MERGE (e:Entity {{id: {n['id']}}}) SET e:{label}, e.name = {_cypher_value(n['name'])}, "
                  f"e.aliases = {_cypher_value(n['aliases'])};\n")
    for rel, rec in _edges(store):
        props = {k: rec[k] for k, _ in EDGE_FIELDS if k != "type" and rec[k] is not None and rec[k] != ""}
        props["id"] = rel["id"]
        body = ", ".join(f"{k}: {_cypher_value(v)}" for k, v in props.items())
        out.write(f"MATCH (a:Entity {{id: {rel['source_id']}}}), (b:Entity {{id: {rel['target_id']}}}) "
                  f"MERGE (a)-[r:{rel['type'].upper()} {{id: {rel['id']}}}]->(b) SET r += {{{body}}};\n")


def write_csv(store: Store, folder: Path) -> list[Path]:
    """``nodes.csv`` and ``edges.csv`` in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    nodes, edges = folder / "nodes.csv", folder / "edges.csv"
    with _atomic(nodes) as f:
        w = csv.writer(f)
        w.writerow(["id", "kind", "name", "aliases"])
        for n in store.graph_nodes():
            w.writerow([n["id"], n["kind"], n["name"], "; ".join(n["aliases"])])
    with _atomic(edges) as f:
        w = csv.writer(f)
        w.writerow(["id", "source_id", "source", "target_id", "target", *(k for k, _ in EDGE_FIELDS)])
        for rel, rec in _edges(store):
            w.writerow([rel["id"], rel["source_id"], rel["source"], rel["target_id"], rel["target"],
                        *(_cell(rec[k]) for k, _ in EDGE_FIELDS)])
    return [nodes, edges]


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else value


@contextmanager
def _atomic(path: Path) -> Iterator[IO[str]]:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            yield f
        os.replace(tmp, path)
    except BaseException:
        os.unlink(tmp)
        raise


_WRITERS: dict[str, Callable[[Store, IO[str]], None]] = {
    "graphml": write_graphml, "gexf": write_gexf, "jsonl": write_jsonl, "cypher": write_cypher,
}


def export(store: Store, fmt: str, output: Path | None, out: IO[str]) -> list[Path]:
    """Write the graph in ``fmt`` to ``output`` (a folder for csv), or to ``out`` if None."""
    if fmt not in FORMATS:
        raise KeiretsuError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        if output is None:
            raise KeiretsuError("--format csv writes nodes.csv and edges.csv: give --output FOLDER")
        if output.exists() and not output.is_dir():
            raise KeiretsuError(f"{output}: not a folder (csv writes nodes.csv and edges.csv into one)")
        return write_csv(store, output)
    if output is None:
        _WRITERS[fmt](store, out)
        return []
    if output.is_dir():
        raise KeiretsuError(f"{output}: is a folder; give a file name for --format {fmt}")
    if not output.parent.is_dir():
        raise KeiretsuError(f"{output}: folder {output.parent} does not exist")
    with _atomic(output) as f:
        _WRITERS[fmt](store, f)
    return [output]
