"""STAT18: statuses blind judges found wrong in the Reuters train build R44. A condition set off by a comma at the end of
a deal verb's clause ("said it acquired X's subsidiary, Y, for the issue of 3.75 mln shares of Z, subject to regulatory
approvals") holds the deal up however the parse hangs it: agreed, not done, and the seller still holds the unit.
A sale its seller says it is "not considering" (a gerund a negated verb of proposing takes) is no deal at all.
Sentences of Reuters train."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor

from ..helpers import mention_statuses


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _statuses(extractor, text: str) -> dict[tuple[str, str, str], set[str]]:
    return {key: set(found) for key, found in mention_statuses(extractor, text).items()}


# Reuters train reuters-10816 (whole, and cut before its condition)
_TRITON = ("CALGARY, Alberta, March 30 - <Canadian Worldwide Energy Ltd> said it acquired Triton Energy Corp's wholly "
           "owned Canadian subsidiary, Triton Petroleum Ltd, for the issue of 3.75 mln common shares of Canadian "
           "Worldwide, subject to regulatory approvals.")
_TRITON_CUT = _TRITON.removesuffix(", subject to regulatory approvals.") + "."
# Reuters train reuters-5291: the condition is the offer's, which has its own cue
_CALNY = ("SAN MATEO, Calif., March 16 - Calny Inc said it has received an offer to be acquired by PepsiCo Inc, which "
          "already owns 9.9 pct of Calny stock, for 11.50 dlrs per share, subject to approval by PepsiCo and Calny "
          "boards and Calny shareholders.")


def test_a_deal_told_done_under_a_condition_after_a_comma_is_agreed(extractor):
    got = _statuses(extractor, _TRITON)
    assert got[("acquisition", "Canadian Worldwide Energy", "Triton Petroleum")] == {"agreed"}
    assert got[("divestment", "Triton Energy", "Triton Petroleum")] == {"agreed"}
    assert got[("stake", "Triton Energy", "Triton Petroleum")] == {"active"}


def test_the_same_deal_with_no_condition_is_done(extractor):
    got = _statuses(extractor, _TRITON_CUT)
    assert got[("acquisition", "Canadian Worldwide Energy", "Triton Petroleum")] == {"active"}
    assert got[("stake", "Triton Energy", "Triton Petroleum")] == {"ended"}


def test_a_condition_on_an_offer_leaves_the_offer_and_a_holding_in_a_clause_of_its_own(extractor):
    got = _statuses(extractor, _CALNY)
    assert got[("acquisition", "PepsiCo", "Calny")] == {"proposed"}
    assert got[("stake", "PepsiCo", "Calny")] == {"active"}


# Reuters train reuters-2833: a sale its seller denies proposing is no proposal (R44 read it as one, "considering")
_DOME = ("Dome earlier said it was not considering selling Encor Energy, but reaffirmed the company's 23.3 pct interest "
         "in Canadian gold producer Dome Mines Ltd <DM> is up for sale \"at the right price.\"")


def test_a_sale_its_seller_is_not_considering_is_no_deal(extractor):
    got = _statuses(extractor, _DOME)
    assert not any(kind == "divestment" for kind, _, _ in got)
    assert got[("stake", "Dome", "Dome Mines")] == {"active"}


def test_a_sale_its_seller_is_considering_is_proposed(extractor):
    got = _statuses(extractor, _DOME.replace("was not considering", "was considering"))
    assert {st for (kind, _, target), said in got.items() if kind == "divestment" and target == "Encor Energy"
            for st in said} == {"proposed"}
