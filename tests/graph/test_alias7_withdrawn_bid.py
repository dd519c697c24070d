"""A story that withdraws a bid and retells the bid in two more sentences ends it (ALIAS7): once "IC Gas" binds to
Imperial Continental Gas Association, the withdrawal and the two retellings are one relationship, and its story's
voices decide, not its sentences. Reuters-21578 train (reuters-3747)."""

from __future__ import annotations

from keiretsu.store import Store

from .conftest import add

WITHDRAWN = [
    ("reuters-3747", "1987-03-11", "SHV WITHDRAWS IC GAS OFFER",
     "UTRECHT, Netherlands, March 11 - SHV Holdings NV said it is withdrawing its take-over bid for Imperial "
     "Continental Gas Association <ICGS.L> after failing to gain the minimum number of pledges sought from IC Gas "
     "shareholders.\nSHV said in a statement it had sought to gain 750,000 IC Gas shares under a 700p offer for IC Gas "
     "ordinary stock but was informed that level was not reached when the deadline expired. \"The tender offer is "
     "therefore void,\" it said.\nSHV also offered 252 pence for every one stg nominal of IC Gas loan stock under the "
     "bid, made by <SHV (United Kingdom) Holding Co Ltd>.\n"),
]


def statuses(store: Store) -> dict[tuple[str, str, str], str]:
    return {(r["type"], r["source"], r["target"]): r["status"] for r in store.relationships(limit=1000)}


def test_a_bid_withdrawn_and_retold_in_one_story_is_called_off(new_store, extractor):
    store = new_store("once")
    add(store, extractor, WITHDRAWN)
    found = statuses(store)
    assert found[("acquisition", "SHV", "Imperial Continental Gas Association")] == "called_off"
    assert not any("IC Gas" in (s, t) for _, s, t in found)  # the short form is no node of its own
