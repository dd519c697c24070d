"""Deals: the relationships that one happening implies, told as one.

"Chrysler agreed to buy American Motors from its parent Renault" is read as several
relationships: Chrysler's acquisition of AMC, Renault's divestment, Renault's stake in AMC that
the sale transfers. A reader should see one deal with those parts, not a tangle of edges.

**The rule.** Two relationships (neither of them a person's ``role``) that share a company are
parts of one deal when one document states both and

1. they are between the same two companies ("Renault holds 46% of AMC and will sell it"), or
2. they are about the same company changing hands: the same *asset*, which is the target of an
   acquisition, a stake, an investment or a divestment, or either side of a merger (Chrysler's
   acquisition of AMC and Renault's stake in AMC), or
3. one sentence states both and at least one of them is a transfer of ownership (an
   acquisition, a divestment or a merger): "Chrysler bid for AMC from its parent Renault".

A deal is a connected group of two or more relationships under these links. A copy of a sentence
is the same sentence (callers pass sentences as first read). Two relationships told only in
different documents are not joined: each document is one moment of one story, and a company's
many deals over time meet in its name, not in one sentence. Two stakes a holder lists in one
sentence ("46% of AMC and 10% of Volvo") are not joined either: neither is a transfer.

Everything here is pure: the store-reading half is ``keiretsu.graph.query.deals_of``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from typing import Any

#: Types whose target is what is owned, bought, sold or funded.
ASSET_TYPES = frozenset({"acquisition", "stake", "investment", "divestment"})
#: Types that move ownership: one sentence stating one of these ties what it names to it.
TRANSFERS = frozenset({"acquisition", "divestment", "merger"})
#: Types by how decisive they are: breaks ties when naming a deal, and orders its parts.
LEAD_ORDER = ("merger", "acquisition", "divestment", "joint_venture", "investment", "stake", "licensing", "supply",
              "alliance")

#: Why two parts are joined, strongest first (the words the UI shows).
SAME_SENTENCE = "stated in one sentence"
SAME_PAIR = "between the same companies"
SAME_ASSET = "about the same company changing hands"

# How each type reads as a clause, status aside: the deal's title and its parts' summaries.
_SUMMARY = {
    "acquisition": "{s} acquires {t}", "divestment": "{s} sells {t}", "stake": "{s} holds a stake in {t}",
    "investment": "{s} invests in {t}", "merger": "{s} and {t} merge",
    "joint_venture": "{s} and {t} form a joint venture", "alliance": "{s} and {t} ally",
    "supply": "{s} supplies {t}", "licensing": "{s} licenses to {t}",
}

Ends = tuple[str, int, int]  # type, source id, target id


def assets(type: str, source: int, target: int) -> frozenset[int]:
    """The companies a relationship is about owning: see the module's rule 2."""
    if type in ASSET_TYPES:
        return frozenset({target})
    if type == "merger":
        return frozenset({source, target})
    return frozenset()


def link(a: Ends, b: Ends, same_sentence: bool) -> str | None:
    """Why two relationships one document states are parts of one deal (the strongest reason),
    or None: the module's rule for one pair."""
    if "role" in (a[0], b[0]) or not {a[1], a[2]} & {b[1], b[2]}:
        return None
    if same_sentence and (a[0] in TRANSFERS or b[0] in TRANSFERS):
        return SAME_SENTENCE
    if {a[1], a[2]} == {b[1], b[2]}:
        return SAME_PAIR
    if assets(*a) & assets(*b):
        return SAME_ASSET
    return None


def group(ends: Mapping[Hashable, Ends], statements: Iterable[tuple[Hashable, int, int]]
          ) -> list[dict[Hashable, str]]:
    """The deals among relationships: ``ends`` gives each relationship's (type, source id,
    target id); ``statements`` are (relationship, document id, sentence start), one per sentence
    stating it. Each deal maps its parts to why each was joined (its strongest link), largest
    deal first; a relationship joined to nothing is in none."""
    by_doc: dict[int, dict[Hashable, set[int]]] = defaultdict(lambda: defaultdict(set))
    for rel, doc, start in statements:
        if rel in ends:
            by_doc[doc][rel].add(start)
    parent: dict[Hashable, Hashable] = {}

    def root(x: Hashable) -> Hashable:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    strongest: dict[Hashable, str] = {}
    rank = {SAME_SENTENCE: 0, SAME_PAIR: 1, SAME_ASSET: 2}
    for stated in by_doc.values():
        # Only relationships that share a company can be linked: compared company by company.
        by_party: dict[int, list[Hashable]] = defaultdict(list)
        for rel in sorted(stated, key=str):
            by_party[ends[rel][1]].append(rel)
            by_party[ends[rel][2]].append(rel)
        pairs = {(a, b) for rels in by_party.values() for i, a in enumerate(rels) for b in rels[i + 1:]}
        for a, b in pairs:  # in any order: the roots and the strongest reasons come out the same
            why = link(ends[a], ends[b], bool(stated[a] & stated[b]))
            if why is None:
                continue
            for x in (a, b):
                if x not in strongest or rank[why] < rank[strongest[x]]:
                    strongest[x] = why
            ra, rb = root(a), root(b)
            if ra != rb:
                parent[max(ra, rb, key=str)] = min(ra, rb, key=str)
    deals: dict[Hashable, dict[Hashable, str]] = defaultdict(dict)
    for rel, why in strongest.items():
        deals[root(rel)][rel] = why
    return sorted(deals.values(), key=lambda d: (-len(d), min(map(str, d))))


def summary(rel: Mapping[str, Any]) -> str:
    """A relationship as a clause, status aside: "Chrysler acquires American Motors"."""
    if rel["type"] == "divestment" and "percent" in (rel.get("attributes") or {}):
        return f"{rel['source']} sells a stake in {rel['target']}"
    return _SUMMARY.get(rel["type"], "{s} and {t}: " + rel["type"]).format(s=rel["source"], t=rel["target"])


def _lead(parts: list[Mapping[str, Any]]) -> Mapping[str, Any]:
    """The best-attested transfer of ownership, else the best-attested part: a merger that one
    story mentions in passing does not name a takeover that ten report."""
    order = {t: i for i, t in enumerate(LEAD_ORDER)}
    return min(parts, key=lambda r: (r["type"] not in TRANSFERS, -r["independent_sources"],
                                     order.get(r["type"], len(order)), -r["mentions"], r["id"]))


def role(rel: Mapping[str, Any], lead: Mapping[str, Any], sellers: set[int]) -> str:
    """What a part is to its deal: "buyer's acquisition", "seller's divestment", "buyer's stake"."""
    buyer = lead["source_id"] if lead["type"] in ("acquisition", "investment") else None
    kind = rel["type"]
    if kind == "acquisition":
        if rel["source_id"] == buyer or buyer is None:
            return "buyer's acquisition"
        return "rival bid" if rel["target_id"] == lead["target_id"] else "acquisition"
    if kind == "divestment":
        return "seller's divestment"
    if kind == "stake":
        if rel["source_id"] == buyer:
            return "buyer's stake"
        return "seller's stake" if rel["source_id"] in sellers else "holder's stake"
    return kind.replace("_", " ")


def describe(parts: list[Mapping[str, Any]], why: Mapping[int, str]) -> dict[str, Any]:
    """One deal as the API gives it: named after its lead part (``_lead``), with every part's
    role, clause and the reason it was joined. ``parts`` are relationship records (the fields
    ``Store.relationships`` gives); ``why``: the reason each was joined, by relationship id."""
    lead = _lead(parts)
    sellers = {p["source_id"] for p in parts if p["type"] == "divestment"}
    order = {t: i for i, t in enumerate(LEAD_ORDER)}
    ordered = sorted(parts, key=lambda p: (p["id"] != lead["id"], order.get(p["type"], len(order)),
                                           -p["independent_sources"], p["id"]))
    parties: dict[int, str] = {}
    for p in ordered:
        parties.setdefault(p["source_id"], p["source"])
        parties.setdefault(p["target_id"], p["target"])
    reported = [p["first_reported"] for p in parts if p.get("first_reported")]
    return {
        "id": lead["id"], "title": summary(lead), "status": lead["status"], "lead": lead["id"],
        "first_reported": min(reported) if reported else None,
        "parties": [{"id": i, "name": n} for i, n in parties.items()],
        "parts": [{
            "relationship": p["id"], "type": p["type"], "status": p["status"], "source": p["source"],
            "target": p["target"], "source_id": p["source_id"], "target_id": p["target_id"],
            "attributes": p["attributes"], "independent_sources": p["independent_sources"],
            "role": role(p, lead, sellers), "summary": summary(p), "why": why[p["id"]],
        } for p in ordered],
    }
