"""Clusters from links: connected components, a canonical document, each member's level.

Levels nest: ``exact`` (same clean text) within ``near`` (a syndicated or
lightly edited copy) within ``paraphrase`` (the same story rewritten). A
member's level is the weakest link on its strongest path to the canonical
document: a copy of a paraphrase is a paraphrase.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
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


def build_clusters(links: Iterable[Link], order_key) -> list[Member]:
    """Members of every cluster of two or more documents.

    ``order_key(doc_id)`` ranks documents for the canonical choice: the smallest key
    wins (keiretsu uses: earliest publication date, then longest text, then lowest id).
    """
    links = list(links)
    uf = UnionFind()
    graph: dict[int, list[tuple[int, str, float]]] = defaultdict(list)
    for link in links:
        uf.union(link.a, link.b)
        graph[link.a].append((link.b, link.level, link.similarity))
        graph[link.b].append((link.a, link.level, link.similarity))
    components: dict[int, list[int]] = defaultdict(list)
    for doc in graph:
        components[uf.find(doc)].append(doc)

    members: list[Member] = []
    for docs in components.values():
        canonical = min(docs, key=order_key)
        # Widest-path search: a member's level is the best achievable weakest link.
        best = {canonical: (-1, 1.0)}
        frontier = [canonical]
        while frontier:
            nxt = []
            for doc in frontier:
                rank, _ = best[doc]
                for other, level, sim in graph[doc]:
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
