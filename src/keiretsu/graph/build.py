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
from .time import find_times

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


_KINDS = ("point", "since", "age", "expected")
_STATUS = {s.value: s for s in Status}


@lru_cache(maxsize=65536)
def read_times(sentence: str, published: str | None) -> str:
    """The stored form of a sentence's dates: "point|since|age|expected", the first of each kind.
    Cached: copies of a story repeat its sentences."""
    refs = find_times(sentence, published)
    return "|".join(next((t.value for t in refs if t.kind == kind), "") for kind in _KINDS)


def observe(rows: Iterable[Any]) -> list[Observation]:
    """Mention rows (``Store.observation_rows``) to observations, with the dates their sentences give.

    "Since 1999" dates the status it comes with ("in talks since March"); an age ("the
    two-decade-old alliance") says the relationship has been in force since then, whatever the
    sentence's own status, so it adds an implied ``active`` start."""
    out = []
    for _, _, _, _, mid, doc, unit, status_value, attributes, confidence, published, times, cues in rows:
        status = _STATUS[status_value]
        point, since, age, expected = (times or "|||").split("|")
        if status is Status.ACTIVE:
            valid = since or age or point
        elif status in TERMINAL:
            valid = point
        else:
            valid = since or point
        out.append(Observation(
            mid, doc, unit, status, json.loads(attributes) if attributes != "{}" else {}, confidence, published,
            valid or None, expected or None, explicit=cues != "[]" and bool(set(json.loads(cues)) - _TENSE_CUES)))
        start = age or (since if status in TERMINAL else "")
        if start and status is not Status.ACTIVE:
            out.append(Observation(mid, doc, unit, Status.ACTIVE, {}, confidence, published, start, implied=True))
    return out


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
        self._date_mentions()
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

    def _date_mentions(self, batch: int = 20_000) -> None:
        """Map step: read the dates of mentions not yet dated (new ones), once."""
        while rows := self.store.undated_mentions(batch):
            self.store.set_mention_times([(read_times(sentence, published), mid) for mid, sentence, published in rows])

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
        components = [[d for u in component for d in units[u]] for component in grouped]
        # Titles come from headlines; only stories without one need what their documents say.
        untitled = sorted(d["doc_id"] for members in components if not any(d["title"] for d in members)
                          for d in members)
        relations: dict[int, list[tuple]] = defaultdict(list)
        for row in store.story_relations(untitled):
            relations[row[0]].append(row[1:])
        names = store.entity_names(sorted({e for d in info for pair in d["pairs"] for e in pair}))
        stories = [self._story(members, relations, names) for members in components]
        store.replace_stories(old, stories)
        return len(stories)

    @staticmethod
    def _story(members: list[dict[str, Any]], relations: dict[int, list[tuple]], names: dict[int, str]) -> Story:
        """A story: its companies are those of its documents' focus pairs, most covered first."""
        members.sort(key=lambda d: (d["published"] or "9999", d["doc_id"]))
        said: Counter[tuple[str, str, str, str]] = Counter()
        for d in members:
            for source, target, rtype, status, n in relations.get(d["doc_id"], ()):
                said[(source, target, rtype, status)] += n
        companies: Counter[str] = Counter(names[e] for d in members for pair in d["pairs"] for e in pair)
        dates = [d["published"] for d in members if d["published"]]
        return Story(
            id=min(d["doc_id"] for d in members),
            title=title([d["title"] for d in members], said),
            doc_ids=sorted(d["doc_id"] for d in members),
            units=len({d["unit"] for d in members}),
            first=min(dates, default=None), last=max(dates, default=None),
            companies=[name for name, _ in sorted(companies.items(), key=lambda kv: (-kv[1], kv[0]))][:12],
        )
