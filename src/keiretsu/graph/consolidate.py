"""Consolidation: the reduce step keyed by relationship (type, source, target, venture).

Every mention of one relationship becomes one edge with a status history. The rules, in order:

1. Each observation has a time: the date its sentence gives, else its publication date.
   Observations within ``window_days`` of the first of a run of them form one *episode*: reports
   of the same moment.
2. In an episode, the status said by the most independent stories wins; then by mentions with
   a status word (not mere tense); then by mentions; then the one further along the lifecycle. Independent stories that disagree in a way that cannot
   both be true (a deal called off and a deal in force; a 43% stake and a 40% one) are kept as
   a *conflict*, never silently resolved away.
3. A later episode that says something new (another status, another percent or amount) adds a
   history entry; the earlier entries stay. Speculation (``rumoured``, ``proposed``) after a
   deal is agreed or active is evidence, not a step back.
4. Attributes accumulate: a later report that does not mention the percent does not retire it.
5. ``confidence`` is a noisy-OR over independent stories, each counted by its most confident
   mention: ten copies of one story are one source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from ..models import STAGE, TERMINAL, WEAK, Observation, RelationType, Relationship, Status, StatusChange

# Attributes with one value at a time: a change is news, a disagreement is a conflict.
SCALARS = ("percent", "amount", "currency", "title", "unit")
_EVIDENCE_KEPT = 20  # mention ids per history entry; the full list is one query away


@dataclass(frozen=True, slots=True)
class GraphSettings:
    #: Reports within this many days of each other describe the same moment.
    window_days: int = 3
    #: Documents about the same company pair within this many days belong to one story.
    story_gap_days: int = 30


@lru_cache(maxsize=1 << 16)
def _ordinal(day: str) -> int:
    """A truncated date counts from the start of its period: "1999" is 1999-01-01."""
    return date.fromisoformat((day + "-01-01")[:10] if len(day) < 10 else day[:10]).toordinal()


def days_between(a: str, b: str) -> int:
    """Days from ``a`` to ``b``."""
    return _ordinal(b) - _ordinal(a)


def episodes(observations: Sequence[Observation], window_days: int) -> list[list[Observation]]:
    """Undated observations first (anything dated supersedes them), then runs of nearby dates."""
    undated = [o for o in observations if o.time is None]
    dated = sorted((o for o in observations if o.time is not None), key=lambda o: (o.time, o.mention_id))
    groups: list[list[Observation]] = [undated] if undated else []
    start: str | None = None
    for o in dated:
        if start is None or days_between(start, o.time) > window_days:  # type: ignore[arg-type]
            groups.append([])
            start = o.time
        groups[-1].append(o)
    return groups


def _conflicting(a: Status, b: Status) -> bool:
    return (a in TERMINAL) != (b in TERMINAL)


def _weigh(group: Sequence[Observation]) -> tuple[Status, list[Observation], list[dict[str, Any]]]:
    """The episode's status, the observations that say it, and the disagreements among stories."""
    by_status: dict[Status, list[Observation]] = defaultdict(list)
    for o in group:
        by_status[o.status].append(o)

    def support(s: Status) -> tuple:
        obs = by_status[s]
        said = [o for o in obs if not o.implied]
        return (len({o.unit for o in said}), sum(o.explicit for o in said), len(obs), STAGE[s])

    winner = max(by_status, key=support)
    conflicts = []
    for other in sorted(by_status, key=STAGE.__getitem__):  # not the order the mentions came in
        obs = by_status[other]
        units = {o.unit for o in obs} - {o.unit for o in by_status[winner]}
        if other != winner and units and _conflicting(winner, other):
            conflicts.append({
                "on": group[0].time, "attribute": "status",
                "values": {winner.value: _ids(by_status[winner]), other.value: _ids(obs)},
            })
    return winner, by_status[winner], conflicts


def _ids(obs: Iterable[Observation]) -> list[int]:
    return sorted({o.mention_id for o in obs})[:_EVIDENCE_KEPT]


def _attributes(group: Sequence[Observation]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Attributes of an episode; scalar values that independent stories disagree on are conflicts."""
    merged: dict[str, Any] = {}
    topics: list[str] = []
    conflicts = []
    for key in SCALARS:
        values: dict[Any, list[Observation]] = defaultdict(list)
        for o in group:
            if key in o.attributes:
                values[_hashable(o.attributes[key])].append(o)
        if not values:
            continue
        # Most stories, then the latest report: a figure given as a change ("cut to 15%") is newer;
        # then most mentions, then the figure itself, so that a tie never falls to the order the
        # mentions came in (23.2% or 23.3% by which worker finished first).
        def weight(v: Any) -> tuple:
            obs = values[v]
            return len({o.unit for o in obs}), max(o.reported or "" for o in obs), len(obs), _rank(v)

        ranked = sorted(values, key=weight, reverse=True)
        best = ranked[0]
        merged[key] = values[best][0].attributes[key]
        rivals = {v: values[v] for v in ranked[1:] if {o.unit for o in values[v]} - {o.unit for o in values[best]}}
        if rivals and not any("change" in o.attributes for o in group):
            conflicts.append({"on": group[0].time, "attribute": key,
                              "values": {str(v): _ids(obs) for v, obs in [(best, values[best]), *rivals.items()]}})
    for o in group:
        for k, v in o.attributes.items():
            if k == "topics":
                topics += [t for t in v if t not in topics]
            elif k not in SCALARS and k not in merged:
                merged[k] = v
    if topics:
        merged["topics"] = topics
    return merged, conflicts


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _rank(value: Any) -> tuple:
    """An order over an attribute's values, numbers by size and the rest by their text."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return (1, value, "")
    return (0, 0, str(value))


def _news(entry: StatusChange, status: Status, attributes: dict[str, Any]) -> bool:
    if status != entry.status:
        return True
    return any(k in attributes and attributes[k] != entry.attributes.get(k) for k in SCALARS if k in entry.attributes)


def consolidate(key: tuple[str, int, int, str], observations: Sequence[Observation],
                settings: GraphSettings = GraphSettings()) -> Relationship | None:
    """One relationship from all its observations, or None if there are none."""
    if not observations:
        return None
    rtype, source_id, target_id, venture = key
    if len(observations) == 1:  # most relationships: said once
        o = observations[0]
        attrs = o.attributes
        return Relationship(
            RelationType(rtype), source_id, target_id, venture, o.status, attrs, o.time,
            o.time if o.status in TERMINAL else None, o.reported, o.reported, 1, 1, round(o.confidence, 4),
            [StatusChange(o.status, o.time, o.reported, dict(attrs), [o.mention_id], 1, o.expected)])
    rel = Relationship(RelationType(rtype), source_id, target_id, venture)
    attributes: dict[str, Any] = {}
    entry_units: list[set[int]] = []  # independent stories behind each history entry
    for group in episodes(observations, settings.window_days):
        status, said, status_conflicts = _weigh(group)
        attrs, attr_conflicts = _attributes(group)
        rel.conflicts += status_conflicts + attr_conflicts
        last = rel.history[-1] if rel.history else None
        units = {o.unit for o in said}
        expected = min((o.expected for o in said if o.expected), default=None)
        if last is not None and status in WEAK and last.status not in WEAK and last.status not in TERMINAL:
            continue  # speculation after the fact: evidence, not a step back
        if last is None or _news(last, status, attrs):
            times = [o.time for o in said if o.time]
            reported = [o.reported for o in said if o.reported]
            rel.history.append(StatusChange(
                status, min(times, default=None), min(reported, default=None),
                {**({k: v for k, v in last.attributes.items() if k not in SCALARS} if last else {}), **attrs},
                _ids(said), 0, expected))
            entry_units.append(units)
        else:
            last.evidence = sorted(set(last.evidence) | set(_ids(said)))[:_EVIDENCE_KEPT]
            entry_units[-1] |= units
            for k, v in attrs.items():
                if k == "topics":
                    last.attributes["topics"] = list(dict.fromkeys([*last.attributes.get("topics", []), *v]))
                else:
                    last.attributes.setdefault(k, v)
            last.expected = last.expected or expected
        for k, v in attrs.items():
            attributes[k] = list(dict.fromkeys([*attributes.get(k, []), *v])) if k == "topics" else v

    for entry, units in zip(rel.history, entry_units, strict=True):
        entry.sources = len(units)
    current = rel.history[-1]
    rel.status = current.status
    rel.attributes = attributes
    rel.valid_from = rel.history[0].valid_from
    rel.valid_to = current.valid_from if current.status in TERMINAL else None
    reported = [o.reported for o in observations if o.reported]
    rel.first_reported = min(reported, default=None)
    rel.last_reported = max(reported, default=None)
    said = [o for o in observations if not o.implied]
    rel.mentions = len(said)
    best: dict[int, float] = {}
    for o in said:
        best[o.unit] = max(best.get(o.unit, 0.0), o.confidence)
    rel.independent_sources = len(best)
    miss = 1.0
    for c in sorted(best.values()):  # a product's last bits depend on its order
        miss *= 1.0 - c
    rel.confidence = round(1.0 - miss, 4)
    return rel
