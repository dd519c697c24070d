"""Who would have made a deal that another stops (session 40): "bar/block/prevent X from buying Y" makes X the
buyer, whoever the sentence's subject is; the stop calls the deal off. A stop to buying more of a holding
leaves the holding as it was.

The sentences are made up for these tests, in the shapes of real wire copy."""

from __future__ import annotations

from ..helpers import found


def test_whom_a_verb_stops_is_the_buyer(rules):
    assert found(rules, "A federal judge barred Kelvar Corp from buying Zorvex Inc.") == {
        ("acquisition", "Kelvar", "Zorvex"): "called_off"}
    assert found(rules, "The government moved to prevent Kelvar Corp from acquiring Zorvex Inc.") == {
        ("acquisition", "Kelvar", "Zorvex"): "called_off"}


def test_a_stop_to_buying_more_leaves_the_holding(rules):
    assert found(rules, "The ruling prevents Kelvar Corp from buying additional shares of Zorvex Inc.") == {
        ("stake", "Kelvar", "Zorvex"): "active"}
