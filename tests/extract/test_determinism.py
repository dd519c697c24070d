"""Extraction says the same thing in every process.

Each Python process hashes strings with a seed of its own (``PYTHONHASHSEED``), so an order taken
from a set or a dict keyed by strings changes from one run to the next. Extraction once took its
status cues that way: "signed a letter of intent in which Chrysler plans to buy American Motors"
came out ``proposed`` in some builds and ``agreed`` in others. Here the same news is read in this
process and in fresh ones with other seeds, and every mention must come out the same, in the
same order (the order is the order of the ids the store gives them).

Run as a script (``python test_determinism.py TEXTS.json``) it prints what extraction finds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from keiretsu.cli.main import sample_dir
from keiretsu.extract.rules import RuleExtractor

CHRYSLER = ("PARIS, March 9 - Regie Nationale des Usines Renault <RENA.PA> said it and Chrysler Corp <C> have "
            "signed a letter of intent in which Chrysler plans to buy American Motors Corp <AMO.N>, 46 pct owned "
            "by Renault.\nRenault President Raymond Levy said in a statement issued by the French state car group "
            "the agreement was an important stage in Renault's redeployment.")
REUTERS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "reuters-21578" / "reuters-21578.jsonl"


def found(rules: RuleExtractor, texts: list[str]) -> list:
    """Every entity and mention of the texts, in the order extraction gives them."""
    out = []
    for ex in rules.extract(list(enumerate(texts))):
        out.append([[e.kind.value, e.name, e.start, e.end] for e in ex.entities])
        out.append([[m.type.value, m.source, m.target, m.status.value, m.cues, m.confidence, m.attributes,
                     m.start, m.end, m.trigger] for m in ex.mentions])
    return out


def news() -> list[str]:
    """The samples, the Chrysler story, and where ../shared is beside the checkout, 40 Reuters
    takeover stories (they hold the most relationships, each with its status cues)."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(sample_dir().iterdir()) if p.suffix == ".txt"]
    texts.append(CHRYSLER)
    if REUTERS.is_file():
        with REUTERS.open(encoding="utf-8") as f:
            stories = (json.loads(line) for line in f)
            texts += [s["text"] for s, _ in zip((s for s in stories if "acq" in s.get("topics", [])), range(40))]
    return texts


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_the_same_mentions_whatever_the_hash_seed(rules: RuleExtractor, tmp_path: Path):
    texts = news()
    path = tmp_path / "texts.json"
    path.write_text(json.dumps(texts), encoding="utf-8")
    # 3 and 4 gave the Chrysler story two statuses before the fix; this process has a seed of its own.
    procs = [subprocess.Popen([sys.executable, __file__, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("3", "4")]
    here = json.loads(json.dumps(found(rules, texts)))
    assert sum(len(mentions) for mentions in here[1::2]) >= 5
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert json.loads(out) == here


def test_a_letter_of_intent_is_agreed(rules: RuleExtractor):
    """The labelling convention (eval/extract/README.md), reached from every cue the clause holds:
    "letter" and "signed" both say agreed, and "plans" says proposed."""
    [ex] = rules.extract([(1, CHRYSLER)])
    [deal] = [m for m in ex.mentions if (m.source, m.target) == ("Chrysler", "American Motors")]
    assert deal.status.value == "agreed" and deal.cues == ["signed"]


if __name__ == "__main__":
    print(json.dumps(found(RuleExtractor(), json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))))
