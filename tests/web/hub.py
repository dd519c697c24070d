"""A hub and a deal, as news: Halvorsen tied to 55 companies one story each (supply, stakes,
alliances), two of them by two kinds of tie, and its purchase of Kestrel Foods from Marlow
Partners (which it also supplies) told by three outlets that disagree on the price. Built by `keiretsu build`, as a user
would, for the deal and web UI tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HUB = "Halvorsen"
TREES = ["Alder", "Birch", "Cedar", "Dogwood", "Elm", "Fir", "Ginkgo", "Hazel", "Juniper", "Larch", "Maple", "Nutmeg",
         "Oak", "Pine", "Quince", "Rowan", "Spruce", "Tamarack", "Umber", "Vine", "Willow", "Yew", "Zelkova", "Acacia",
         "Beech", "Chestnut", "Damson", "Ebony", "Fig", "Gorse", "Holly", "Ivy", "Jasmine", "Kauri", "Laurel", "Myrtle",
         "Nectarine", "Olive", "Poplar", "Redwood", "Sycamore", "Teak", "Upas", "Walnut", "Aspen", "Balsa", "Cypress",
         "Driftwood", "Eucalyptus", "Foxglove", "Hawthorn", "Ironwood", "Jacaranda", "Linden", "Mahogany"]
SUFFIXES = ["Industries Inc", "Systems Inc", "Manufacturing Co"]

DEAL = [
    ("2024-03-09", "Example Wire", "Halvorsen to buy Kestrel",
     "Halvorsen Group Inc said it agreed to buy Kestrel Foods Inc from its parent Marlow Partners Corp for 757 mln "
     "dlrs. Halvorsen Group Inc already holds 10 pct of Kestrel Foods. Marlow Partners currently holds about 46 pct "
     "of Kestrel Foods."),
    ("2024-03-10", "Daily Business", "Kestrel deal valued",
     "Halvorsen Group Inc valued its proposed acquisition of Kestrel Foods Inc at 757 mln dlrs, a spokesman said."),
    ("2024-03-11", "Market Watcher", "Kestrel price",
     "Analysts said Halvorsen Group Inc would pay 750 mln dlrs to acquire Kestrel Foods Inc."),
    ("2024-02-28", "Example Wire", "Halvorsen and Marlow",
     "Halvorsen Group Inc said on Monday it will supply steel to Marlow Partners Corp under a five-year contract."),
    ("2024-03-12", "Example Wire", "Halvorsen and Alder",
     "Halvorsen Group Inc agreed to buy a 15 percent stake in Alder Industries Inc, the companies said."),
]


def news() -> list[dict]:
    items = [{"id": f"deal-{i}", "title": title, "published": day, "source": source, "text": text}
             for i, (day, source, title, text) in enumerate(DEAL)]
    for i, tree in enumerate(TREES):
        other = f"{tree} {SUFFIXES[i % 3]}"
        text = [f"Halvorsen Group Inc said on Monday it will supply steel to {other} under a five-year contract.",
                f"Halvorsen Group Inc agreed to buy a {10 + i} percent stake in {other}, the companies said.",
                f"{other} and Halvorsen Group Inc formed an alliance to develop electric trucks, the companies "
                "said."][i % 3]
        items.append({"id": f"hub-{i}", "title": f"Halvorsen and {tree}", "published": f"2024-02-{1 + i % 27:02d}",
                      "source": "Example Wire", "text": text})
    return items


def build(folder: Path) -> Path:
    """The store `keiretsu build` makes of ``news()``."""
    path = folder / "hub.jsonl"
    path.write_text("".join(json.dumps(item) + "\n" for item in news()), encoding="utf-8")
    db = folder / "hub.db"
    proc = subprocess.run([sys.executable, "-m", "keiretsu", "--db", str(db), "build", "-q", str(path)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return db
