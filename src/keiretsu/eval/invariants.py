"""What must hold of any built graph, whatever the text said: checked on a whole store, no labels.

Issue 16 asks these of the full Reuters-21578 build: no status entry is dated after its own
first report, ``--as-of D`` shows every relationship reported on or before D, and no company is
tied to itself. A fourth count says how many histories end below a status they reached before
(not wrong in itself: a deal can be called off; an end back in talks needs a reopening).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..models import STAGE, TERMINAL, Status
from ..store import Store


@dataclass
class InvariantReport:
    relationships: int = 0
    entries: int = 0
    dated_after_report: list[int] = field(default_factory=list)  # relationship ids
    days: int = 0  # as-of days checked
    asof_pairs: int = 0  # (day, relationship reported by then) pairs
    asof_dropped: list[tuple[str, int]] = field(default_factory=list)
    self_ties: list[int] = field(default_factory=list)
    multi_entry: int = 0
    ending_below_earlier: int = 0

    @property
    def ok(self) -> bool:
        return not (self.dated_after_report or self.asof_dropped or self.self_ties)

    def as_dict(self) -> dict[str, Any]:
        return {"relationships": self.relationships, "entries": self.entries,
                "dated_after_report": len(self.dated_after_report), "days": self.days,
                "asof_pairs": self.asof_pairs, "asof_dropped": len(self.asof_dropped),
                "self_ties": len(self.self_ties), "multi_entry": self.multi_entry,
                "ending_below_earlier": self.ending_below_earlier, "ok": self.ok,
                "examples": {"dated_after_report": self.dated_after_report[:5],
                             "asof_dropped": [list(x) for x in self.asof_dropped[:5]],
                             "self_ties": self.self_ties[:5]}}


def _all(store: Store, as_of: str | None = None) -> list[dict[str, Any]]:
    from ..graph import query

    rels: list[dict[str, Any]] = []
    while True:
        page = query.relations_of(store, [], as_of=as_of, limit=query.MAX_PAGE, offset=len(rels), evidence=False)
        rels += page
        if len(page) < query.MAX_PAGE:
            return rels


def check(store: Store, days: int | None = None,
          progress: Callable[[int, int], None] | None = None) -> InvariantReport:
    """Every relationship of ``store`` checked; ``--as-of`` on every day a relationship was first
    reported or a status took effect (the days on which what is known can change), or on ``days``
    of them spread evenly. ``progress(done, total)`` is called after each day."""
    report = InvariantReport()
    rels = _all(store)
    report.relationships = len(rels)
    for rel in rels:
        history = rel["history"]
        report.entries += len(history)
        if any(h["valid_from"] and h["first_reported"] and h["valid_from"] > h["first_reported"][:len(h["valid_from"])]
               for h in history):
            report.dated_after_report.append(rel["id"])
        if rel["source_id"] == rel["target_id"]:
            report.self_ties.append(rel["id"])
        if len(history) > 1:
            report.multi_entry += 1
            last = Status(history[-1]["status"])
            if last not in TERMINAL and any(STAGE[Status(h["status"])] > STAGE[last] for h in history[:-1]):
                report.ending_below_earlier += 1
    every = sorted({d[:10] for r in rels for d in [r["first_reported"], *(h["valid_from"] for h in r["history"])]
                    if d and len(d) >= 10})
    if days is not None and len(every) > days:
        every = [every[round(i * (len(every) - 1) / max(1, days - 1))] for i in range(days)]
    report.days = len(every)
    for n, day in enumerate(every, 1):
        shown = {r["id"] for r in _all(store, day)}
        for rel in rels:
            if rel["first_reported"] and rel["first_reported"][:10] <= day:
                report.asof_pairs += 1
                if rel["id"] not in shown:
                    report.asof_dropped.append((day, rel["id"]))
        if progress:
            progress(n, len(every))
    return report
