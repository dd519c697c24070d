"""Stories: the reduce step keyed by company pair that groups documents about one happening.

A document's *focus* is the company pairs it says most about. Two independent stories
(duplicate clusters) belong to one story when they share a focus pair and were published within
``story_gap_days`` of each other, directly or through a chain of others. The grouping only ever
merges as documents arrive, so building it incrementally gives the same stories as building it
at once; a story's id is its smallest document id for the same reason.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..models import STAGE, RelationType, Status
from .consolidate import days_between

Pair = tuple[int, int]
MAX_FOCUS = 3


def focus(pair_counts: Mapping[Pair, int]) -> list[Pair]:
    """The pairs named at least half as often as the most named one, three at most."""
    if not pair_counts:
        return []
    top = max(pair_counts.values())
    ranked = sorted(pair_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [pair for pair, n in ranked if 2 * n >= top][:MAX_FOCUS]


@dataclass(slots=True)
class Unit:
    """An independent story (a duplicate cluster, or a document alone) as grouping sees it."""

    id: int
    published: str | None
    pairs: frozenset[Pair]


def group(units: Iterable[Unit], gap_days: int) -> list[list[int]]:
    """Components of units linked by a shared pair within ``gap_days``; each sorted, by first id."""
    units = list(units)
    parent = {u.id: u.id for u in units}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_pair: dict[Pair, list[Unit]] = defaultdict(list)
    for u in units:
        for pair in u.pairs:
            by_pair[pair].append(u)
    for members in by_pair.values():
        dated = sorted((u for u in members if u.published), key=lambda u: (u.published, u.id))
        for a, b in zip(dated, dated[1:]):
            if days_between(a.published, b.published) <= gap_days:  # type: ignore[arg-type]
                union(a.id, b.id)
        undated = [u.id for u in members if not u.published]  # no date to tell them apart
        for a, b in zip(undated, undated[1:]):
            union(a, b)
    components: dict[int, list[int]] = defaultdict(list)
    for u in units:
        components[find(u.id)].append(u.id)
    return sorted((sorted(c) for c in components.values()), key=lambda c: c[0])


def title(doc_titles: Sequence[str | None], relations: Counter[tuple[str, str, str, str]]) -> str:
    """The first document's headline, else what the story is mostly about:
    "Honda and Nissan: alliance, in talks". ``relations`` counts (source, target, type, status)."""
    for t in doc_titles:
        if t and t.strip():
            return t.strip()
    if not relations:
        return "(no relationships found)"
    pairs: Counter[tuple[str, str]] = Counter()
    for (source, target, _, _), n in relations.items():
        pairs[(source, target)] += n
    (source, target), _ = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))
    types: Counter[str] = Counter()
    for (s, t, rtype, _), n in relations.items():
        if (s, t) == (source, target):
            types[rtype] += n
    rtype = max(types, key=lambda k: (types[k], k))
    statuses = {k[3]: n for k, n in relations.items() if k[:3] == (source, target, rtype)}
    # Equal counts: the status further along the lifecycle ("in talks" over "rumoured").
    status = max(statuses, key=lambda k: (statuses[k], STAGE[Status(k)]))
    joiner = " in " if rtype == "role" else " and "
    return f"{source}{joiner}{target}: {RelationType(rtype).spec.label}, {status.replace('_', ' ')}"
