"""Deal statuses on 1987 wire copy, session 51 (STAT7): a court that enjoins a deal blocks it, as "block" does,
while a party that asks a court to block one only seeks it; a deal a later sentence of the story tells in force by
its noun alone ("Under terms of the merger, which took effective today, ...") is in force (``extract.aftermath``);
and a near copy whose linked sentence no longer holds the word that told a mention tells something else there, so
it is read as a story of its own (``extract.step``).

The sentences are those of Reuters-21578 train stories (the tuning material), some cut short."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.extract.step import _retold
from keiretsu.models import Status

from ..helpers import found, mention_statuses, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


def test_a_court_that_enjoins_a_tender_offer_blocks_it(rules):
    got = found(rules, "NEW YORK, March 17 - Bancroft Convertible Fund said the U.S. District Court for the District "
                       "of New Jersey issued a preliminary injunction, enjoining <Zico Investment Holding Inc's> tender "
                       "offer for Bancroft.")
    assert got[("acquisition", "Zico Investment", "Bancroft Convertible Fund")] == "called_off"


def test_asking_a_court_to_block_an_offer_only_seeks_the_block(rules):
    got = found(rules, "Bancroft Convertible Fund asked the court to block the tender offer by <Zico Investment "
                       "Holdings Inc.>")
    assert "called_off" not in got.values()


_QUESTAR = ("DALLAS, March 20 - Universal Resources Corp said its shareholders approved the merger of the company with "
            "Questar Corp <STR>.\nSeparately, Universal said it will redeem its 15.75 pct debentures due December 15, "
            "1996, on April 19, at 104.8 pct of face amount plus accrued interest.\nUniversal said it will operate as a "
            "wholly owned unit of Questar under its current name. Under terms of the merger, which took effective "
            "today, Universal said its shareholders will receive three dlrs a share in cash.")


def test_a_merger_a_later_sentence_tells_took_effect_is_in_force(rules):
    got = mention_statuses(rules, _QUESTAR)
    # (a takeover since RECALL8: "Universal said it will operate as a wholly owned unit of Questar")
    assert got[("acquisition", "Questar", "Universal Resources")] == ["agreed", "active"]


def test_a_merger_that_will_take_effect_is_not_in_force_yet(rules):
    got = mention_statuses(rules, _QUESTAR.replace("which took effective today", "which will take effect on April 1"))
    assert got[("acquisition", "Questar", "Universal Resources")] == ["agreed"]


def test_a_merger_noun_with_two_deals_told_names_neither(rules):
    text = ("DALLAS, March 20 - Universal Resources Corp said its shareholders approved the merger of the company with "
            "Questar Corp <STR>. Questar also agreed to merge with Mountain Fuel Supply Co. The merger was completed "
            "today, Questar said.")
    got = mention_statuses(rules, text)
    assert "active" not in got.get(("merger", "Questar", "Universal Resources"), [])


def _copied(original: str, copy: str, trigger: str) -> tuple[dict, list[dict]]:
    return {"copy_of": 1, "sentence": copy, "trigger": trigger}, [{"id": 1, "sentence": original, "trigger": trigger}]


def test_a_copy_whose_linked_sentence_lost_the_trigger_tells_something_else():
    copied, originals = _copied(
        "WASHINGTON, March 30 - Oppenheimer, the brokerage and investment subsidiary of Oppenheimer Group Inc, told "
        "the Securities and Exchange Commission it has acquired 243,400 shares of Cyclops Corp, or 6.0 pct of the "
        "total outstanding.",
        "WASHINGTON, March 30 - Oppenheimer, the brokerage and investment subsidiary of Oppenheimer Group Inc, told "
        "the Securities and Exchange Commission it sold its entire 6.0 pct, stake of Cyclops Corp.", "has acquired")
    assert not _retold(copied, originals)


def test_a_copy_that_keeps_the_trigger_retells_the_mention():
    copied, originals = _copied("Curry is currently executive vice-president of Utah International, BHP said.",
                                "Curry is currently executive vice president of Utah International.",
                                "executive vice-president")
    assert _retold(copied, originals)


def test_a_complaint_that_asks_a_deal_be_enjoined_does_not_block_it(rules):
    got = found(rules, "The complaint asked the defendants be enjoined from proceeding with the Reebok acquisition of "
                       "Avia.")
    assert got[("acquisition", "Reebok", "Avia")] != "called_off"


def test_a_merger_pending_final_approval_is_agreed(rules):
    got = found(rules, "WASHINGTON, March 20 - The Department of Transportation said it will allow USAIR Group to "
                       "acquire up to 51 pct of Piedmont Aviation <PIE> voting stocks pending final approval of the "
                       "proposed merger of the two airlines.")
    assert got[("merger", "Piedmont Aviation", "USAIR")] == "agreed"


def test_a_proposed_tender_offer_awaiting_approval_stays_an_offer(rules):
    got = found(rules, "Dixons Group said it would seek approval of its proposed tender offer for Cyclops Corp.")
    assert "agreed" not in got.values()


@pytest.mark.parametrize("text", [
    "She said KLM would like the two courier services to cooperate in future and did not exclude a future merger "
    "between KLM and IML Air Services.",
    "KLM Royal Dutch Airlines said it would like to merge with IML Air Services.",
])
def test_a_deal_a_company_would_like_is_a_wish(rules, text):
    got = found(rules, text)
    assert set(got.values()) == {"proposed"}


def test_a_deal_a_company_would_make_under_an_agreement_is_agreed(rules):
    got = found(rules, "Under the agreement, KLM Royal Dutch Airlines would buy a stake in IML Air Services.")
    assert set(got.values()) == {"agreed"}


_NAMED = "BURBANK, Calif., March 12 - Walt Disney Co <DIS> said it named Robert J. Fitzpatrick, president of Euro Disneyland."


def test_an_office_whose_start_a_later_sentence_puts_off_is_agreed(rules):
    text = (f"{_NAMED}\nDisney said the appointment becomes effective when it and the French government sign the "
            "definitive agreement for the new outdoor entertainment complex near Paris.")
    assert roles(rules, text)[("Robert J. Fitzpatrick", "Euro Disneyland")] == ("President", Status.AGREED)


def test_an_office_effective_at_once_is_held(rules):
    text = f"{_NAMED}\nDisney said the appointment is effective immediately."
    assert roles(rules, text)[("Robert J. Fitzpatrick", "Euro Disneyland")] == ("President", Status.ACTIVE)


def test_shares_sold_to_the_principal_stockholder_leave_its_holding_in_force(rules):
    got = found(rules, "MENLO PARK, Calif., March 13 - Adia Services Inc said it agreed to sell 500,000 shares of common "
                       "stock to its principal stockholder, Adia S.A., at a price based on the current market price.")
    assert got[("stake", "Adia", "Adia Services")] == "active"


def test_shares_sold_to_a_new_holder_are_a_stake_agreed(rules):
    got = found(rules, "Acme Corp said it agreed to sell 500,000 shares of common stock to <Zorvex Holdings Inc> at a "
                       "price based on the current market price.")
    assert got[("stake", "Zorvex", "Acme")] == "agreed"


_SUGGESTED = "Earlier this year, Williams Holdings suggested holding talks with Norcros on a possible merger"


def test_suggested_talks_are_a_proposal_not_talks(rules):
    assert set(found(rules, f"{_SUGGESTED}.").values()) == {"proposed"}


def test_suggested_talks_that_were_rebuffed_are_off(rules):
    got = found(rules, f"{_SUGGESTED} but was rebuffed by Norcros which replied that any benefits that could be "
                       "achieved could also result from normal trading.")
    assert set(got.values()) == {"called_off"}


def test_a_bid_its_target_rebuffed_stays_a_bid(rules):
    assert set(found(rules, "Williams Holdings made a bid for Norcros but was rebuffed.").values()) == {"proposed"}
