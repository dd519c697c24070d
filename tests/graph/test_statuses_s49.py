"""Statuses on Reuters stories, session 49 (STAT5).

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

from keiretsu.graph.build import observe
from keiretsu.graph.consolidate import consolidate
from keiretsu.models import ObservationRow

STAKE = ("stake", 1, 2, "")
DEAL = ("acquisition", 1, 2, "")


def row(mid: int, status: str, at: str, cues: str, sentence: str, key=STAKE) -> ObservationRow:
    return ObservationRow(*key, mid, mid, mid, status, "{}", 0.8, at, None, cues, sentence)


def _history(key, rows) -> list[str]:
    return [h.status.value for h in consolidate(key, observe(rows)).history]


def test_a_bare_past_tense_later_that_day_retells_the_agreement():
    # "said it had agreed in principle to buy an 80 pct stake in RMJ" in the morning; an afternoon
    # story: "Earlier today, Exco said it purchased an 80 pct interest in RMJ"
    rows = [row(1, "agreed", "1987-03-02T06:54:00", '["agreed"]',
                "Exco said it had agreed in principle to buy an 80 pct stake in RMJ Holdings Corp."),
            row(2, "active", "1987-03-02T14:09:00", "[]",
                "Earlier today, Exco said it purchased an 80 pct interest in RMJ Holdings Corp.")]
    assert _history(STAKE, rows) == ["agreed"]


def test_a_completion_later_that_day_is_a_step():
    # "completed" is a word of completion: the deal did close that day
    rows = [row(1, "agreed", "1987-03-18T10:27:00", '["approved"]',
                "Ranco Inc said shareholders at a special meeting approved a merger into Siebe PLC.", DEAL),
            row(2, "active", "1987-03-18T15:56:00", '["completed"]',
                "Siebe Plc said it completed the acquisition of Ranco Inc.", DEAL)]
    assert _history(DEAL, rows) == ["agreed", "active"]


def test_a_purchase_told_before_the_agreement_is_not_undone():
    # the bare past tense came first: nothing it could retell
    rows = [row(1, "active", "1987-03-18T09:00:00", "[]", "Air Canada acquired a 65 pct stake in EMS Corp."),
            row(2, "agreed", "1987-03-18T12:22:00", '["letter"]',
                "Air Canada said it signed a letter of intent to acquire 65 pct of EMS Corp.")]
    assert _history(STAKE, rows)[-1] == "active"
