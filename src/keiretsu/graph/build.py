"""The graph stage: mentions weighed into relationships and documents grouped into stories,
incrementally.

What a build redoes is what new documents can change:

* relationships (reduce keyed by type, source, target, venture): those with a mention in a
  document that is new, or whose duplicate cluster or date changed since the last build; each
  is consolidated again from all its mentions, so the result does not depend on the order
  documents arrived in;
* stories (reduce keyed by company pair): those that share a focus pair with such a document.

``graph_docs`` records each document as the graph last used it; a build compares it with the
store to find what changed. ``--rebuild`` drops the graph and builds it from every mention.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from functools import lru_cache
from itertools import groupby
from typing import Any

from ..models import TERMINAL, Observation, Status, Story
from ..store import Store
from .consolidate import GraphSettings, consolidate
from .stories import Unit, focus, group, title
from .time import TimeRef, find_times

_BATCH = 5000  # relationships per transaction
# Status cues that only say when, not how far along: "Renault will collaborate with Geely" is
# weaker evidence of where the deal stands than "Renault is finalising an agreement with Geely".
_TENSE_CUES = frozenset({"will", "'ll", "shall"})  # what extract.relations._status falls back on


@dataclass
class GraphResult:
    documents: int = 0  # documents new or changed since the last build
    mentions: int = 0  # mentions weighed
    relationships: int = 0  # relationships consolidated (again)
    removed: int = 0  # relationships no mention supports any more
    stories: int = 0  # stories grouped (again)
    full: bool = False  # built from every mention rather than from what changed
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@lru_cache(maxsize=65536)
def _times(sentence: str, published: str | None) -> tuple[TimeRef, ...]:
    # Copies of a story repeat its sentences: each is read once per build.
    return tuple(find_times(sentence, published))


def observe(rows: Iterable[Any]) -> list[Observation]:
    """Mention rows (``Store.observation_rows``) to observations, with the times their sentences give.

    "Since 1999" dates the status it comes with ("in talks since March"); an age ("the
    two-decade-old alliance") says the relationship has been in force since then, whatever the
    sentence's own status, so it adds an implied ``active`` start."""
    out = []
    for r in rows:
        status = Status(r["status"])
        refs = _times(r["sentence"], r["published"])
        first = {kind: next((t.value for t in refs if t.kind == kind), None)
                 for kind in ("point", "since", "age", "expected")}
        if status == Status.ACTIVE:
            valid = first["since"] or first["age"] or first["point"]
        elif status in TERMINAL:
            valid = first["point"]
        else:
            valid = first["since"] or first["point"]
        attributes = _json(r["attributes"])
        cues = set(json.loads(r["cues"])) - _TENSE_CUES
        obs = Observation(r["id"], r["doc_id"], r["unit"], status, attributes, r["confidence"], r["published"],
                          valid, first["expected"], explicit=bool(cues))
        out.append(obs)
        start = first["age"] or (first["since"] if status in TERMINAL else None)
        if start and status != Status.ACTIVE:
            out.append(Observation(r["id"], r["doc_id"], r["unit"], Status.ACTIVE, {}, r["confidence"],
                                   r["published"], start, implied=True))
    return out


def _json(text: str) -> dict[str, Any]:
    return json.loads(text) if text and text != "{}" else {}


class GraphStage:
    name = "graph"

    def __init__(self, store: Store, settings: GraphSettings = GraphSettings()):
        self.store, self.settings = store, settings

    def run(self, rebuild: bool = False, on_relationships: Callable[[int], None] | None = None) -> GraphResult:
        started = time.perf_counter()
        store = self.store
        if rebuild:
            store.clear_graph()
        pending = store.graph_pending()
        result = GraphResult(documents=len(pending))
        if not pending:
            result.seconds = time.perf_counter() - started
            return result
        changed = [d["doc_id"] for d in pending]
        # A first build reads every mention in one ordered scan rather than key by key.
        result.full = rebuild or not store.graph_stats()["relationships"]
        keys = None if result.full else sorted(store.relationship_keys(changed))
        seen: set[tuple] = set()
        batch = []
        for key, rows in groupby(store.observation_rows(keys), key=lambda r: tuple(r[:4])):
            observations = observe(rows)
            result.mentions += sum(not o.implied for o in observations)
            rel = consolidate(key, observations, self.settings)  # type: ignore[arg-type]
            if rel is not None:
                batch.append(rel)
                seen.add(key)
            if len(batch) >= _BATCH:
                store.write_relationships(batch)
                result.relationships += len(batch)
                if on_relationships:
                    on_relationships(len(batch))
                batch = []
        gone = [k for k in keys or () if k not in seen]
        store.write_relationships(batch, gone)
        result.relationships += len(batch)
        result.removed = len(gone)
        if on_relationships:
            on_relationships(len(batch))

        counts = store.pair_counts(changed)
        store.record_graph_docs(pending, {doc: focus(pairs) for doc, pairs in counts.items()})
        result.stories = self._stories(pending, counts, result.full)
        result.seconds = time.perf_counter() - started
        return result

    def _stories(self, pending: Sequence[dict[str, Any]], counts: dict[int, dict], full: bool) -> int:
        """Regroup the stories the changed documents can touch (see ``stories`` for why that is enough)."""
        store = self.store
        changed = [d["doc_id"] for d in pending]
        if full:
            docs = {d["doc_id"] for d in pending}
        else:
            pairs = sorted({p for doc in changed for p in focus(counts[doc])})
            docs = set(changed) | store.docs_with_pairs(pairs)
            units = {d["unit"] for d in pending} | {d["old_unit"] for d in pending if d["old_unit"] is not None}
            docs |= store.docs_of_units(sorted(units))
        old = sorted(store.stories_of_docs(sorted(docs)))
        docs |= store.docs_of_stories(old)
        info = store.graph_doc_info(sorted(docs))
        units: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for d in info:
            units[d["unit"]].append(d)
        grouped = group(
            (Unit(u, min((d["published"] for d in members if d["published"]), default=None),
                  frozenset(p for d in members for p in d["pairs"])) for u, members in units.items()),
            self.settings.story_gap_days)
        relations: dict[int, list[tuple]] = defaultdict(list)
        for row in store.story_relations(sorted(docs)):
            relations[row[0]].append(row[1:])
        stories = [self._story([d for u in component for d in units[u]], relations) for component in grouped]
        store.replace_stories(old, stories)
        return len(stories)

    @staticmethod
    def _story(members: list[dict[str, Any]], relations: dict[int, list[tuple]]) -> Story:
        members.sort(key=lambda d: (d["published"] or "9999", d["doc_id"]))
        said: Counter[tuple[str, str, str, str]] = Counter()
        companies: Counter[str] = Counter()
        for d in members:
            for source, target, rtype, status, n in relations.get(d["doc_id"], ()):
                said[(source, target, rtype, status)] += n
                companies[target] += n
                if rtype != "role":
                    companies[source] += n
        dates = [d["published"] for d in members if d["published"]]
        return Story(
            id=min(d["doc_id"] for d in members),
            title=title([d["title"] for d in members], said),
            doc_ids=sorted(d["doc_id"] for d in members),
            units=len({d["unit"] for d in members}),
            first=min(dates, default=None), last=max(dates, default=None),
            companies=[name for name, _ in sorted(companies.items(), key=lambda kv: (-kv[1], kv[0]))][:12],
        )
