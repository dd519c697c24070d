"""How much of a pending graph update a resumable consolidation could skip (issue 16).

    PYTHONPATH=src .venv/bin/python bench/resumable.py STORE

A resume would keep each relationship's fold state and fold only the new observations into it,
weighing its history again from all its mentions only where the result could differ: a new
observation placed (``consolidate.place``) before or among the ones already weighed, or one that goes
first (undated, or a holding held before its story). Over the relationships an update of ``STORE``
re-weighs (its pending documents, read only, nothing written), this counts the observations already
weighed that such a resume would not fold again:

* append-only: the relationships whose new observations all come after every old one (a resume from
  the last state saves all their old observations);
* from a checkpoint: the old observations placed before the first new one (what a resume from a state
  kept just before it would save, at best, had one been kept at every point of every history).
"""

from __future__ import annotations

import sys

from keiretsu.graph.build import _grouped, observe
from keiretsu.graph.consolidate import place
from keiretsu.store import open_store


def _at(o) -> tuple:
    """Where an observation goes: undated ones and holdings held before their story go first."""
    return ("",) if (o.valid or o.reported) is None or o.held else place(o)


def main(url: str, long: int = 100) -> None:
    store = open_store(url)
    pending = store.graph_pending()
    new_docs = {d["doc_id"] for d in pending}
    keys = sorted(store.relationship_keys(sorted(new_docs)))
    rows = old = appended = appended_old = before_first = 0
    existing = long_keys = long_appended = 0
    for _, group in _grouped(store.observation_rows(keys)):
        observations = observe(group)
        rows += len(group)
        olds = [_at(o) for o in observations if o.doc_id not in new_docs]
        news = [_at(o) for o in observations if o.doc_id in new_docs]
        if not olds:
            continue
        existing += 1
        old += len(olds)
        first = min(news)
        skipped = sum(1 for at in olds if at < first)
        before_first += skipped
        if skipped == len(olds):
            appended += 1
            appended_old += len(olds)
        if len(group) > long:
            long_keys += 1
            long_appended += skipped == len(olds)
    store.close()
    print(f"{len(pending):,} pending documents: {len(keys):,} relationships, {rows:,} mention rows re-weighed; "
          f"{existing:,} relationships had mentions before, with {old:,} observations")
    print(f"append-only: {appended:,} relationships ({long_appended} of the {long_keys} with more than {long} "
          f"mentions), {appended_old:,} old observations skippable ({appended_old / max(old, 1):.1%})")
    print(f"from a checkpoint before the first new observation: {before_first:,} ({before_first / max(old, 1):.1%})")


if __name__ == "__main__":
    main(sys.argv[1])
