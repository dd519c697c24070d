"""Reading the graph: relationships with their history, as of a date; company profiles;
timelines; what changed. Shared by the CLI, the exports and the API, so they all answer alike."""

from __future__ import annotations

import functools
import json
import re
from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any, Concatenate, ParamSpec, TypeVar

from ..errors import KeiretsuError, NotFound
from ..extract.gazetteer import Gazetteer
from ..extract.step import entity_key
from ..models import TERMINAL, RelationType, Status
from ..store import Store
from .aliases import split_key
from .consolidate import SCALARS
from .deals import describe, group

MAX_PAGE = 1000

Params = ParamSpec("Params")
Answer = TypeVar("Answer")


def _one_snapshot(read: Callable[Concatenate[Store, Params], Answer]) -> Callable[Concatenate[Store, Params], Answer]:
    """``read(store, ...)`` with all its queries in one snapshot of the store (``Store.snapshot``):
    a build committing meanwhile cannot leave it with a relationship but not its history."""

    @functools.wraps(read)
    def consistent(store: Store, *args: Params.args, **kwargs: Params.kwargs) -> Answer:
        with store.snapshot():
            return read(store, *args, **kwargs)

    return consistent


def check_date(value: str | None, what: str = "date") -> str | None:
    """A user's date as the graph compares it: YYYY, YYYY-MM or YYYY-MM-DD."""
    if value is None:
        return None
    v = value.strip()
    try:
        date.fromisoformat((v + "-01-01")[:10] if len(v) in (4, 7) else v)
    except ValueError:
        shown = value if len(value) <= 40 else value[:40] + "..."
        raise KeiretsuError(f"{what} {shown!r} is not a date: use YYYY-MM-DD (or YYYY-MM, YYYY)") from None
    return v


_NEAR = 50  # names starting with what was asked for, searched for one it is exactly


def resolve(store: Store, name: str) -> dict[str, Any]:
    """A company or person by name or alias, as written in the news."""
    for kind, canonical in (("company", Gazetteer.default().canonical(name)), ("person", name)):
        key = entity_key(kind, canonical)
        # "Oppenheimer Group" where the corpus split its key in two firms: the node of its own first
        for k in dict.fromkeys([split_key(key, name), key] if kind == "company" else [key]):
            try:
                return store.entity(kind, k)
            except NotFound:
                pass
    near = store.find_entities(name.strip(), _NEAR)
    if len(near) == 1:
        return store.entity_by_id(near[0]["id"])  # by id: a split firm's name keys as its family
    # "CIR": an alias of one node, written as such, though other names start with it ("Circle K")
    written = name.strip().casefold()
    exact = [e for e in map(store.entity_by_id, (n["id"] for n in near))
             if written in {a.casefold() for a in (e["name"], *e.get("aliases", ()))}]
    if len(exact) == 1:
        return exact[0]
    hint = f"; did you mean {', '.join(repr(n['name']) for n in near[:5])}?" if near else ""
    raise NotFound(f"no company or person named {name!r} in the graph{hint}")


def wind_back(rel: dict[str, Any], as_of: str) -> dict[str, Any] | None:
    """The relationship as it stood and was known on ``as_of``: None if nothing had been
    reported by then. Evidence counts stay those of the whole record.

    A relationship reported by then whose every status entry was first reported later (its
    first report was outweighed, or retold an older state a later story dated) is never left
    out: it stands as the entries valid by then say, else as its first entry."""
    known = [h for h in rel["history"]
             if h["first_reported"] and h["first_reported"] <= as_of and (h["valid_from"] or h["first_reported"]) <= as_of]
    if not known:
        if not (rel["first_reported"] and rel["first_reported"] <= as_of and rel["history"]):
            return None
        valid = [h for h in rel["history"] if h["valid_from"] and h["valid_from"] <= as_of]
        known = valid[-1:] or rel["history"][:1]
    attributes: dict[str, Any] = {}
    for h in known:
        for k, v in h["attributes"].items():
            attributes[k] = list(dict.fromkeys([*attributes.get(k, []), *v])) if k == "topics" else v
    current = known[-1]
    return rel | {
        "status": current["status"], "attributes": attributes, "history": known,
        "valid_from": known[0]["valid_from"],
        "valid_to": current["valid_from"] if Status(current["status"]) in TERMINAL else None,
        "last_reported": max((h["first_reported"] for h in known
                              if h["first_reported"] and h["first_reported"] <= as_of), default=rel["first_reported"]),
        "as_of": as_of,
    }


def _with_history(store: Store, rows: list[dict[str, Any]], evidence: bool = True) -> list[dict[str, Any]]:
    history = store.history([r["id"] for r in rows], evidence)
    return [r | {"history": history[r["id"]]} for r in rows]


@_one_snapshot
def relations(store: Store, company: str | None = None, type: str | None = None, status: str | None = None,
              as_of: str | None = None, limit: int = 100, offset: int = 0, other: str | None = None
              ) -> list[dict[str, Any]]:
    """Relationships, most independent sources first, each with its history; ``as_of`` winds
    each back to what was known then (and filters on the status it had then). ``company`` and
    ``other``: touching the one, or between the two."""
    ids = [resolve(store, name)["id"] for name in (company, other) if name]
    return relations_of(store, ids, type, status, as_of, limit, offset, between=other is not None)


@_one_snapshot
def relations_of(store: Store, ids: list[int], type: str | None = None, status: str | None = None,
                 as_of: str | None = None, limit: int = 100, offset: int = 0, between: bool = False,
                 evidence: bool = True) -> list[dict[str, Any]]:
    """``relations`` for entities already found (none: all relationships); ``evidence``: with
    each history entry's mention ids."""
    if type is not None:
        if type not in {t.value for t in RelationType}:
            raise KeiretsuError(f"unknown type {type!r}: use one of {', '.join(t.value for t in RelationType)}")
    if status is not None and status not in {s.value for s in Status}:
        raise KeiretsuError(f"unknown status {status!r}: use one of {', '.join(s.value for s in Status)}")
    as_of = check_date(as_of, "--as-of")
    limit = max(1, min(limit, MAX_PAGE))
    if as_of is None:
        return _with_history(store, store.relationships(ids, type, status, None, between, limit, offset), evidence)
    out: list[dict[str, Any]] = []
    skipped, page = 0, 0
    while len(out) < limit:
        rows = store.relationships(ids, type, None, as_of, between, MAX_PAGE, page * MAX_PAGE)
        for rel in _with_history(store, rows, evidence):
            then = wind_back(rel, as_of)
            if then is None or (status and then["status"] != status):
                continue
            if skipped < offset:
                skipped += 1
                continue
            out.append(then)
            if len(out) == limit:
                break
        if len(rows) < MAX_PAGE:
            break
        page += 1
    return out


@_one_snapshot
def relationship(store: Store, rel_id: int, evidence_limit: int = 100) -> dict[str, Any]:
    """A relationship with its history and (unless ``evidence_limit`` is 0) its evidence."""
    rel = _with_history(store, [store.relationship(rel_id)])[0]
    return rel | {"evidence": store.evidence(rel_id, evidence_limit)} if evidence_limit else rel


def events(rels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every history entry of the relationships as one list ordered in valid time; an entry whose
    date could not be resolved shows no date and goes by its report (none either: last)."""
    out = []
    for rel in rels:
        previous: dict[str, Any] | None = None
        for seq, h in enumerate(rel["history"]):
            out.append({
                "seq": seq,
                "date": h["valid_from"], "reported": h["first_reported"],
                "relationship": rel["id"], "type": rel["type"], "source": rel["source"], "target": rel["target"],
                "status": h["status"], "previous": previous["status"] if previous else None,
                "attributes": {k: v for k, v in h["attributes"].items() if k in SCALARS},
                "sources": h["sources"], **({"expected": h["expected"]} if h.get("expected") else {}),
            })
            previous = h
    return sorted(out, key=lambda e: (not (e["date"] or e["reported"]), e["date"] or e["reported"] or "",
                                      e["relationship"]))


@_one_snapshot
def timeline(store: Store, a: str, b: str | None = None) -> list[dict[str, Any]]:
    return events(relations(store, a, other=b, limit=MAX_PAGE))


@_one_snapshot
def company(store: Store, name: str, limit: int = MAX_PAGE) -> dict[str, Any]:
    """Aliases, people, relationships by type and timeline of one company (or a person's roles)."""
    return profile(store, resolve(store, name), limit)


@_one_snapshot
def profile(store: Store, entity: dict[str, Any], limit: int = MAX_PAGE) -> dict[str, Any]:
    """``company`` for an entity already found: its ``limit`` best-attested relationships, the
    count of all of them by type and status, its people, timeline and stories."""
    rels = _with_history(store, store.relationships([entity["id"]], limit=max(1, min(limit, MAX_PAGE))))
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    people = []
    for r in rels:
        if r["type"] == "role" and r["target"] == entity["name"]:
            people.append({"name": r["source"], "title": r["attributes"].get("title"), "status": r["status"],
                           "relationship": r["id"]})
        else:
            by_type[r["type"]].append(r)
    return {**entity, "people": people, "counts": store.relationship_counts(entity["id"]),
            "relationships": dict(by_type), "timeline": events(rels), "stories": store.stories(entity["id"], limit=20)}


@_one_snapshot
def neighbourhood(store: Store, entity_id: int, as_of: str | None = None, type: str | None = None,
                  status: str | None = None, limit: int = 200) -> dict[str, Any]:
    """An entity, its ``limit`` best-attested relationships (as of a date) and the entities at
    their other ends: what the web UI draws. ``total`` counts every relationship it has; the
    history entries leave out their mention ids (``relationship`` has them)."""
    entity = store.entity_by_id(entity_id)
    edges = relations_of(store, [entity_id], type, status, as_of, limit, evidence=False)
    nodes = {entity["id"]: {"id": entity["id"], "name": entity["name"], "kind": entity["kind"], "center": True}}
    for e in edges:
        e["directed"] = RelationType(e["type"]).directed
        for end, kind in (("source", e["source_kind"]), ("target", "company")):
            end_id = e[f"{end}_id"]
            nodes.setdefault(end_id, {"id": end_id, "name": e[end], "kind": kind, "center": False})
    return {"entity": entity, "as_of": as_of, "nodes": list(nodes.values()), "edges": edges,
            "total": store.relationship_total(entity_id), "truncated": len(edges) >= limit}


def evidence(store: Store, rel_id: int, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
    """The sentences behind a relationship, one entry per sentence as first read, with every
    document that carried a copy of it: what a reader weighs, counted once per story."""
    rows = store.evidence(rel_id, MAX_PAGE * 10)
    grouped: dict[int, dict[str, Any]] = {}
    for row in rows:
        root = row["copy_of"] or row["id"]
        doc = {k: row[k] for k in ("doc_id", "title", "location", "published", "source", "url")}
        if root not in grouped:
            grouped[root] = {k: row[k] for k in ("id", "status", "attributes", "sentence", "trigger", "cues",
                                                 "confidence", "story")} | {"documents": []}
        grouped[root]["documents"].append(doc)
    out = sorted(grouped.values(), key=lambda g: (min(d["published"] or "" for d in g["documents"]), g["id"]))
    for g in out:
        g["copies"] = len(g["documents"])
        first = g["documents"][0]
        g |= first
    return out[offset:offset + max(1, min(limit, MAX_PAGE))]


@_one_snapshot
def document(store: Store, doc_id: int) -> dict[str, Any]:
    """A document with what to highlight in it and its duplicate cluster. A copy was not read
    (its original was): its entities are found again by the names read in the original."""
    doc = store.document(doc_id)
    marks = store.document_marks(doc_id)
    cluster = store.document_cluster(doc_id)
    if not marks["entities"] and cluster and cluster["members"][0]["id"] != doc_id:
        original = store.document_marks(cluster["members"][0]["id"])["entities"]
        marks["entities"] = _find_again(doc["text"], original)
    return {k: v for k, v in doc.items() if k != "raw_text"} | marks | {"duplicates": cluster}


def _find_again(text: str, named: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for surface, m in {m["text"]: m for m in named}.items():
        for hit in re.finditer(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", text):
            out.append(m | {"start": hit.start(), "end": hit.end()})
    return sorted(out, key=lambda m: m["start"])


@_one_snapshot
def story(store: Store, story_id: int) -> dict[str, Any]:
    """A story's documents and the timeline of the status changes they reported."""
    found = store.story(story_id)
    entries = store.story_changes([d["id"] for d in found["documents_list"]])
    rels = _with_history(store, [store.relationship(i) for i in sorted(entries)])
    timeline = [e for e in events(rels) if e["seq"] in entries[e["relationship"]]]
    return found | {"timeline": timeline}


@_one_snapshot
def changes(store: Store, since: str) -> dict[str, Any]:
    """The analyst's weekly question: relationships first reported since the date, status or
    figure changes reported since, and conflicts among recent reports."""
    since = check_date(since, "--since") or ""
    new, changed = [], []
    for row in store.changes(since):
        entry = {k: row[k] for k in ("id", "type", "source", "target", "status", "attributes", "independent_sources",
                                     "confidence")}
        entry |= {"seq": row["seq"], "new_status": row["new_status"], "changed_from": row["changed_from"], "reported": row["reported"],
                  "new_attributes": {k: v for k, v in row["new_attributes"].items() if k in SCALARS}}
        (new if row["seq"] == 0 else changed).append(entry)
    if changed:
        previous = store.history([c["id"] for c in changed])
        for c in changed:
            c["previous_status"] = previous[c["id"]][c["seq"] - 1]["status"]
    conflicts = [{k: r[k] for k in ("id", "type", "source", "target", "status", "attributes", "conflicts")}
                 for r in store.conflicted_since(since)]
    return {"since": since, "new": new, "changed": changed, "conflicts": conflicts}


# --- deals: the relationships one happening implies (keiretsu.graph.deals) ------------------------

#: Sentences of each relationship read when looking for the deal it is part of: its earliest,
#: where a deal's parts are told together, so that a much-reported relationship costs no more.
DEAL_SENTENCES = 50
#: Rounds of looking: the documents of the relationships asked about, then those of the parts
#: found in them (the seller's divestment found beside the buyer's acquisition brings its stake).
DEAL_ROUNDS = 2


def _deal_key(rel: dict[str, Any]) -> tuple[str, int, int, str]:
    return rel["type"], rel["source_id"], rel["target_id"], rel.get("venture") or ""


def _reported_by(published: str | None, as_of: str | None) -> bool:
    return as_of is None or (published is not None and published[:len(as_of)] <= as_of)


@_one_snapshot
def deals_of(store: Store, rels: list[dict[str, Any]], as_of: str | None = None) -> list[dict[str, Any]]:
    """The deals that ``rels`` are parts of (the rule: ``keiretsu.graph.deals``), each with all
    its parts, those found in the documents that state them included; as known on ``as_of``
    (``rels`` then wound back to it). Most independently reported first."""
    as_of = check_date(as_of, "--as-of")
    known = {_deal_key(r): r for r in rels if r["type"] != "role"}
    asked = set(known)
    ends: dict[tuple, tuple[str, int, int]] = {k: k[:3] for k in known}
    statements: set[tuple[tuple, int, int]] = set()
    read, missing = set(), set()
    todo = list(known)
    for _ in range(DEAL_ROUNDS):
        docs = {row["doc_id"] for k in todo for row in store.evidence(known[k]["id"], DEAL_SENTENCES)
                if row["copy_of"] is None and _reported_by(row["published"], as_of)} - read
        if not docs:
            break
        read |= docs
        for m in store.doc_mentions(sorted(docs)):
            if m["type"] == "role":
                continue
            venture = (json.loads(m["attributes"]).get("venture") or "") if m["type"] == "joint_venture" else ""
            key = (m["type"], m["source_id"], m["target_id"], venture)
            ends.setdefault(key, key[:3])
            statements.add((key, m["doc_id"], m["start"]))
        todo = []
        for deal in group(ends, statements):
            if asked.isdisjoint(deal):
                continue
            for key in deal:
                if key in known or key in missing:
                    continue
                found = [r for r in relations_of(store, [key[1], key[2]], key[0], as_of=as_of, between=True,
                                                 limit=MAX_PAGE, evidence=False) if _deal_key(r) == key]
                if found:
                    known[key] = found[0]
                    todo.append(key)
                else:  # not in the graph (or not yet known then)
                    missing.add(key)
    out = []
    for deal in group({k: e for k, e in ends.items() if k in known}, statements):
        if asked.isdisjoint(deal):
            continue
        out.append(describe([known[k] for k in deal], {known[k]["id"]: why for k, why in deal.items()}))
    return sorted(out, key=lambda d: (-max(p["independent_sources"] for p in d["parts"]), -len(d["parts"]), d["id"]))


@_one_snapshot
def entity_deals(store: Store, entity_id: int, as_of: str | None = None, limit: int = 200) -> dict[str, Any]:
    """The deals among an entity's ``limit`` best-attested relationships: those its
    ``neighbourhood`` draws, as of a date."""
    entity = store.entity_by_id(entity_id)
    rels = relations_of(store, [entity["id"]], as_of=as_of, limit=limit, evidence=False)
    return {"entity": entity["id"], "as_of": as_of, "deals": deals_of(store, rels, as_of)}
