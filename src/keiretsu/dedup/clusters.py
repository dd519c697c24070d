"""Clusters from links: connected components, a canonical document, each member's level.

Levels nest: ``exact`` (same clean text) within ``near`` (a syndicated or
lightly edited copy) within ``paraphrase`` (the same story rewritten). A
member's level is the weakest link on its strongest path to the canonical
document: a copy of a paraphrase is a paraphrase.

A cluster is one story, so it spans a few days at most: links are taken
strongest first, and one that would stretch a cluster past that span (a chain
of daily reports, each a day from the next) is left out of the clusters. And
a member rewrites the canonical document, or a copy of it, at most once: a
rewrite of a rewrite drifts (the talks go on; a delegation leaves them), so it
starts a cluster of its own.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass

LEVELS = ("exact", "near", "paraphrase")
_RANK = {level: i for i, level in enumerate(LEVELS)}


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass(frozen=True, slots=True)
class Link:
    a: int
    b: int
    level: str
    similarity: float


@dataclass(frozen=True, slots=True)
class Member:
    doc_id: int
    cluster_id: int  # the canonical document's id
    level: str  # relation to the canonical document; "canonical" for itself
    similarity: float


def build_clusters(links: Iterable[Link], order_key, day_of: Callable[[int], int | None] | None = None,
                   max_days: int | None = None) -> list[Member]:
    """Members of every cluster of two or more documents.

    ``order_key(doc_id)`` ranks documents for the canonical choice: the smallest key
    wins (keiretsu uses: earliest publication date, then longest text, then lowest id).
    ``day_of(doc_id)``: the day a document was published (an ordinal, None when unknown);
    with ``max_days``, no cluster spans more days than that.
    """
    links = sorted(links, key=lambda link: (_RANK[link.level], -link.similarity, link.a, link.b))
    uf = UnionFind()
    span: dict[int, tuple[int, int]] = {}  # a component's root -> its first and last known day
    graph: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
    for link in links:
        ra, rb = uf.find(link.a), uf.find(link.b)
        if ra != rb and day_of is not None and max_days is not None:
            days = [d for root, doc in ((ra, link.a), (rb, link.b))
                    for d in span.get(root, (day_of(doc),) * 2) if d is not None]
            if days and max(days) - min(days) > max_days:
                continue
            uf.union(ra, rb)
            if days:
                span[uf.find(ra)] = (min(days), max(days))
        else:
            uf.union(ra, rb)
        graph[link.a].append((link.b, link.level, link.similarity))
        graph[link.b].append((link.a, link.level, link.similarity))
    components: dict[int, list[int]] = defaultdict(list)
    for doc in graph:
        components[uf.find(doc)].append(doc)

    members: list[Member] = []
    pending = list(components.values())
    while pending:
        docs = pending.pop()
        canonical = min(docs, key=order_key)
        hops = _rewrites(graph, canonical, set(docs))
        rest = {doc for doc in docs if hops.get(doc, 2) > 1}
        pending.extend(_components(graph, rest))
        docs = [doc for doc in docs if doc not in rest]
        if len(docs) < 2:
            continue
        kept = set(docs)
        # Widest-path search: a member's level is the best achievable weakest link.
        best = {canonical: (-1, 1.0)}
        frontier = [canonical]
        while frontier:
            nxt = []
            for doc in frontier:
                rank, _ = best[doc]
                for other, level, sim in graph[doc]:
                    if other not in kept:
                        continue
                    cand = (max(rank, _RANK[level]), sim if rank < 0 else min(sim, best[doc][1]))
                    old = best.get(other)
                    if old is None or cand[0] < old[0] or (cand[0] == old[0] and cand[1] > old[1]):
                        best[other] = cand
                        nxt.append(other)
            frontier = nxt
        for doc in sorted(docs):
            rank, sim = best[doc]
            level = "canonical" if doc == canonical else LEVELS[rank]
            members.append(Member(doc, canonical, level, round(sim, 3)))
    return members


def _rewrites(graph: dict[int, list[tuple[int, str, float]]], start: int, docs: set[int]) -> dict[int, int]:
    """The fewest paraphrase links on a path from ``start`` to each document of ``docs``."""
    hops = {start: 0}
    queue = deque([start])
    while queue:
        doc = queue.popleft()
        for other, level, _ in graph[doc]:
            step = level == "paraphrase"
            if other in docs and hops[doc] + step < hops.get(other, len(docs)):
                hops[other] = hops[doc] + step
                (queue.append if step else queue.appendleft)(other)
    return hops


def _components(graph: dict[int, list[tuple[int, str, float]]], docs: set[int]) -> list[list[int]]:
    """The connected parts of ``docs``, by the links among them."""
    out, seen = [], set()
    for start in sorted(docs):
        if start in seen:
            continue
        part, stack = [], [start]
        seen.add(start)
        while stack:
            doc = stack.pop()
            part.append(doc)
            for other, _, _ in graph[doc]:
                if other in docs and other not in seen:
                    seen.add(other)
                    stack.append(other)
        out.append(part)
    return out
