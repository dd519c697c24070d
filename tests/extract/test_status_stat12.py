"""Statuses on sentences of the tuning stories, STAT12: a deal a story tells done, whose later sentence tells by the
deal's noun alone that it was approved at a time of its own before the story, was agreed at that time, its earlier
step told by the same story (aftermath._approved_before)."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _told(extractor, text: str) -> set[tuple[str, str, str, str]]:
    [r] = extractor.extract([(0, text, "")])
    return {(m.type.value, m.source, m.target, m.status.value) for m in r.mentions if m.type.value != "role"}


# Reuters train reuters-498 (eval/history/relationships-dev4.jsonl and -s39-hist.jsonl: agreed, then active)
_UTILICORP = ("KANSAS CITY, March 2 - UtiliCorp United Inc said it completed the acquisition of West Virginia Power "
              "from Dominion Resources for about 21 mln dlrs.\n"
              "The sale was approved by the West Virginia Public Service Commission in January and became effective "
              "March one.")


def test_a_sale_done_that_a_later_sentence_says_was_approved_in_the_past_was_agreed_before(extractor):
    told = _told(extractor, _UTILICORP)
    assert {("acquisition", "UtiliCorp United", "West Virginia Power", "active"),
            ("acquisition", "UtiliCorp United", "West Virginia Power", "agreed"),
            ("divestment", "Dominion Resources", "West Virginia Power", "active"),
            ("divestment", "Dominion Resources", "West Virginia Power", "agreed")} <= told


def test_the_agreed_step_is_told_by_the_approval_sentence(extractor):
    [r] = extractor.extract([(0, _UTILICORP, "")])
    agreed = [m for m in r.mentions if m.status.value == "agreed"]
    assert agreed and all(m.sentence.startswith("The sale was approved") and m.cues == ["approved"] for m in agreed)
    # the story's first mention, the one a story's status is read from, stays the completion
    first = min((m for m in r.mentions if m.type.value == "acquisition"), key=lambda m: m.start)
    assert first.status.value == "active"


@pytest.mark.parametrize("text", [
    # no time of the approval's own: nothing told of when the deal was struck
    "Acme Corp said it completed the acquisition of Beta Inc for 21 mln dlrs. The sale was approved by the "
    "state commission.",
    # only to come, or refused
    "Acme Corp said it completed the acquisition of Beta Inc for 21 mln dlrs. The sale would be approved by the "
    "state commission in January.",
    "Acme Corp said it completed the acquisition of Beta Inc for 21 mln dlrs. The sale was not approved by the "
    "state commission in January.",
])
def test_no_approval_in_the_past_with_its_own_time_adds_no_step(extractor, text):
    assert {s for *_, s in _told(extractor, text)} <= {"active"}


def test_a_deal_not_done_gains_no_agreed_step_this_way(extractor):
    # Reuters train reuters-14485: agreed in principle, approved by the buyer's board: no step before it
    text = ("NEW YORK, April 7 - Avon Products Inc said it reached an agreement in principle to purchase <Giorgio "
            "Inc>, a fragrance company, for 185 mln dlrs in cash. The acquisition has been approved by Avon's board, "
            "with the closing set for May 7.")
    [r] = extractor.extract([(0, text, "")])
    assert not any(m.cues == ["approved"] for m in r.mentions)
