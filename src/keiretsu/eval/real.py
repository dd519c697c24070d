"""Scoring a built store against sets labelled by hand on real stories.

Each set was drawn from a Reuters-21578 train build and labelled blind (see the README beside
each file); a store built from the same stories is scored against it:

* ``pairs`` (``eval/dedup/pairs.jsonl``): is a pair of stories the same story? Pairwise
  precision and recall of keiretsu's clusters, by the level keiretsu joined them at.
* ``histories`` (``eval/history/relationships.jsonl``): the statuses a relationship went
  through. Current-status accuracy and history-step accuracy.
* ``aliases`` (``eval/aliases/names.jsonl``): which company names are one company. Pairwise
  merge precision and recall.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from ..errors import InputError, NotFound
from ..extract.names import is_alias
from ..store import Store
from .extract import Score

_LEVELS = ("exact", "near", "paraphrase")


def _rows(path: Path) -> list[dict[str, Any]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(str(path), f"cannot read the gold file ({exc.strerror})") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{n}", f"bad gold record: {exc.msg}") from exc
    if not rows:
        raise InputError(str(path), "the gold file holds nothing")
    return rows


# --- story pairs ------------------------------------------------------------------------------


@dataclass
class PairReport:
    pairs: int = 0
    missing: int = 0  # pairs whose stories are not in the store
    overall: Score = field(default_factory=Score)
    by_level: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))  # keiretsu's level

    def as_dict(self) -> dict:
        return {"pairs": self.pairs, "missing": self.missing, "overall": self.overall.as_dict(),
                "by_level": {lv: s.as_dict() for lv, s in sorted(self.by_level.items())}}


def _joined_level(store: Store, a: int, b: int) -> str | None:
    """The level at which keiretsu has two documents in one cluster: the looser of the two
    members' levels against the canonical document."""
    cluster = store.document_cluster(a)
    if cluster is None:
        return None
    levels = {m["id"]: m["level"] for m in cluster["members"]}
    if b not in levels:
        return None
    joined = [levels[x] for x in (a, b) if levels[x] != "canonical"]
    return max(joined, key=_LEVELS.index)


def score_pairs(store: Store, gold: Path) -> PairReport:
    rows = _rows(gold)
    ids = store.document_ids(sorted({i for r in rows for i in r["pair"].split("|")}))
    report = PairReport()
    for r in rows:
        a, b = r["pair"].split("|")
        report.pairs += 1
        if a not in ids or b not in ids:
            report.missing += 1
            continue
        level = _joined_level(store, ids[a], ids[b])
        same = bool(r["same"])
        for score in (report.overall, *([report.by_level[level]] if level else [])):
            score.tp += same and level is not None
            score.fp += (not same) and level is not None
        if same and level is None:
            report.overall.fn += 1
            report.by_level[r.get("level") or "near"].fn += 1
    return report


# --- status histories -------------------------------------------------------------------------


@dataclass
class HistoryReport:
    relationships: int = 0  # real ones in the gold
    found: int = 0  # of which keiretsu has the relationship
    current_correct: int = 0
    steps_total: int = 0  # gold steps of the found relationships
    steps_matched: int = 0  # in keiretsu's history, in order
    steps_extra: int = 0  # keiretsu's steps beyond those
    # Each real relationship keiretsu misses, or whose current status or steps differ from the label's: what a
    # reader of the score needs to group the mistakes by cause without a script of their own.
    errors: list[dict] = field(default_factory=list)

    @property
    def current_accuracy(self) -> float:
        return self.current_correct / self.found if self.found else 0.0

    @property
    def step_accuracy(self) -> float:
        """Matched steps over the longer of the two histories, summed: extra steps cost too."""
        denominator = self.steps_total + max(0, self.steps_extra)
        return self.steps_matched / denominator if denominator else 0.0

    def as_dict(self) -> dict:
        return {"relationships": self.relationships, "found": self.found,
                "current_accuracy": round(self.current_accuracy, 3), "step_accuracy": round(self.step_accuracy, 3),
                "steps_total": self.steps_total, "steps_matched": self.steps_matched,
                "steps_extra": self.steps_extra}


def _lcs(a: list[str], b: list[str]) -> int:
    table = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i, x in enumerate(a):
        for j, y in enumerate(b):
            table[i + 1][j + 1] = table[i][j] + 1 if x == y else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


def _steps(statuses: list[str]) -> list[str]:
    """A history's status steps: an entry that changes only a figure or a title (a stake cut from
    17.8 to 12.6 pct) keeps its status, and the labels count only changes of status."""
    return [s for i, s in enumerate(statuses) if i == 0 or s != statuses[i - 1]]


def score_histories(store: Store, gold: Path) -> HistoryReport:
    from ..graph import query

    report = HistoryReport()
    for r in _rows(gold):
        if not r.get("real"):
            continue
        report.relationships += 1
        source, rtype, target = r["relationship"].split("|")
        try:
            ends = [query.resolve(store, name)["id"] for name in (source, target)]
        except NotFound:
            ends = None
        rels = query.relations_of(store, ends, type=rtype, between=True, evidence=False) if ends else []
        gold_steps = _steps([h["status"] for h in r["history"]])
        if not rels:
            report.errors.append({"relationship": r["relationship"], "found": False, "current": [r["current"], None],
                                  "steps": [gold_steps, []]})
            continue
        rel = max(rels, key=lambda x: x["mentions"])
        report.found += 1
        report.current_correct += rel["status"] == r["current"]
        mine = _steps([h["status"] for h in rel.get("history", [])])
        matched = _lcs(gold_steps, mine)
        report.steps_total += len(gold_steps)
        report.steps_matched += matched
        report.steps_extra += max(0, len(mine) - len(gold_steps))
        if rel["status"] != r["current"] or mine != gold_steps:
            report.errors.append({"relationship": r["relationship"], "found": True,
                                  "current": [r["current"], rel["status"]], "steps": [gold_steps, mine]})
    return report


# --- company names ----------------------------------------------------------------------------


@dataclass
class AliasReport:
    names: int = 0  # company names in the gold
    unseen: int = 0  # of which the store has no entity
    merges: Score = field(default_factory=Score)
    not_companies: int = 0  # names the gold says are no company
    kept_as_companies: int = 0  # of which the store still has as a company

    def as_dict(self) -> dict:
        return {"names": self.names, "unseen": self.unseen, "merges": self.merges.as_dict(),
                "not_companies": self.not_companies, "kept_as_companies": self.kept_as_companies}


def score_aliases(store: Store, gold: Path) -> AliasReport:
    rows = _rows(gold)
    every = [n for r in rows for g in r["groups"] for n in g] + [n for r in rows for n in r["not_companies"]]
    # Some names were drawn with the blanks a removed ticker left; a store that trims its names
    # has them trimmed.
    seen = store.entity_ids_by_alias("company", sorted({*every, *(n.strip() for n in every)}), is_alias)
    entity = {n: seen[n] if n in seen else seen[n.strip()] for n in every if n in seen or n.strip() in seen}
    report = AliasReport()
    for r in rows:
        named = [(n, g) for g, group in enumerate(r["groups"]) for n in group]
        report.names += len(named)
        report.unseen += sum(1 for n, _ in named if n not in entity)
        for (a, ga), (b, gb) in combinations(named, 2):
            same, merged = ga == gb, a in entity and entity.get(a) == entity.get(b)
            report.merges.tp += same and merged
            report.merges.fp += merged and not same
            report.merges.fn += same and not merged
        report.not_companies += len(r["not_companies"])
        report.kept_as_companies += sum(1 for n in r["not_companies"] if n in entity)
    return report
