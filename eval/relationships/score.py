"""Shares of a judged sample of relationships, and the agreement of two judges on the same sample.

    python eval/relationships/score.py JUDGED.jsonl [SECOND.jsonl]

Prints how many relationships have the right ends, the right tie (type and direction, ends
right) and, of those, the right status, with a 95% Wilson interval for the tie share; with a
second judgement of the same draw, how often the two agree on each answer.
"""

from __future__ import annotations

import json
import sys

from keiretsu.eval.extract import wilson


def _load(path: str) -> dict[int, dict]:
    return {r["relationship"]: r for r in map(json.loads, open(path, encoding="utf-8")) if r}


def shares(judged: dict[int, dict]) -> dict:
    n = len(judged)
    ends = sum(bool(r["ends"]) for r in judged.values())
    tie = sum(bool(r["ends"]) and bool(r["tie"]) for r in judged.values())
    status = sum(bool(r["ends"]) and bool(r["tie"]) and bool(r["status"]) for r in judged.values())
    low, high = wilson(tie, n)
    by_type: dict[str, list[int]] = {}
    for r in judged.values():
        t = by_type.setdefault(r["type"], [0, 0])
        t[0] += bool(r["ends"]) and bool(r["tie"])
        t[1] += 1
    return {"relationships": n, "ends_right": ends, "tie_right": tie, "tie_share": round(tie / n, 3) if n else 0,
            "tie_share_95": [round(low, 3), round(high, 3)], "status_right_of_ties": status,
            "borderline": sum(bool(r.get("borderline")) for r in judged.values()),
            "by_type": {t: f"{k}/{m}" for t, (k, m) in sorted(by_type.items(), key=lambda x: -x[1][1])}}


def main(argv: list[str]) -> None:
    first = _load(argv[0])
    print(json.dumps(shares(first)))
    if len(argv) > 1:
        second = _load(argv[1])
        both = sorted(set(first) & set(second))
        agree = {k: sum(bool(first[i][k]) == bool(second[i][k]) for i in both) for k in ("ends", "tie")}
        print(json.dumps({"second": shares({i: second[i] for i in both}), "both_judged": len(both),
                          "agree": {k: f"{v}/{len(both)}" for k, v in agree.items()}}))


if __name__ == "__main__":
    if not 2 <= len(sys.argv) <= 3:
        sys.exit("usage: python eval/relationships/score.py JUDGED.jsonl [SECOND.jsonl]")
    main(sys.argv[1:])
