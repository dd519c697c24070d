"""Ties read wrong in Reuters train stories (REL23, session 45): a company that closes a sentence with "said"
is no party to a passive deal another company is the agent of; the company a comma aside describes acts and
is held, not the one a relative clause inside the aside names; a part sold of a parent's unit leaves the unit
the parent's; a list of offices after a name the entity cut short keeps the first office's company."""

from __future__ import annotations

from keiretsu.models import EntityKind


def ties(rules, text: str) -> set[tuple[str, str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.type.value, m.source, m.target, m.status.value) for m in ex.mentions}


def pairs(rules, text: str) -> set[tuple[str, str, str]]:
    return {t[:3] for t in ties(rules, text)}


def test_who_tells_of_a_passive_purchase_is_no_party_to_it(rules):
    found = pairs(rules, "The stake was bought by Voxmarine Inc, Sorrento Corp said.")
    assert not any("Sorrento" in (s, t) for _, s, t in found)


def test_a_company_that_tells_of_a_stake_it_sells_still_holds_it(rules):
    found = ties(rules, "The Dalloway stake is to be sold for 530 mln dlrs, Fernhill Express Co has said.")
    assert ("stake", "Fernhill Express", "Dalloway", "active") in found


def test_the_bidder_is_the_company_an_aside_describes_not_the_holder_named_inside_it(rules):
    text = ("Holbrook told Reuters that Varnum, a leading starch and glucose manufacturer in which Britain's "
            "Castlemere Plc holds a 33.3 pct stake, had made an undisclosed initial takeover offer for Pendleton "
            "International's European corn milling business by the close of Pendleton's tender on March 17.")
    found = pairs(rules, text)
    assert ("stake", "Castlemere", "Varnum") in found
    assert ("acquisition", "Varnum", "Pendleton International") in found
    assert not any(s == "Castlemere" and t == "Pendleton International" for _, s, t in found)


def test_a_part_of_a_unit_sold_leaves_the_unit_with_its_parent(rules):
    text = ("Halvard KGaA of Dusseldorf, West Germany, said it has completed the acquisition of the Coatings Division "
            "of Westbrook Petroleum Corp's Westbrook Chemical Corp subsidiary for undisclosed terms.")
    found = ties(rules, text)
    assert ("stake", "Westbrook Petroleum", "Westbrook Chemical", "ended") not in found
    assert ("stake", "Westbrook Petroleum", "Westbrook Chemical", "active") in found


def test_a_list_of_offices_after_a_name_cut_short_keeps_the_first_company(rules):
    [ex] = rules.extract([(1, "AQ Corp is controlled by Aloha Inc chairman Hung Wo Ching, vice chairman "
                              "Sheridan Ing and president Maurice Myers.")])
    roles = {(m.source, m.target) for m in ex.mentions if m.source_kind is EntityKind.PERSON}
    assert ("Sheridan Ing", "Aloha") in roles and ("Maurice Myers", "Aloha") in roles
    assert not any(t == "AQ" for _, t in roles)


def test_a_company_that_only_says_whose_suitor_the_object_is_is_not_bought(rules):
    text = ("Marlow Air Lines Inc complicated the bidding for Pemberton Aviation Inc by offering either to buy "
            "Pemberton suitor Calder Group or, alternatively, to merge with Pemberton and Calder.")
    found = pairs(rules, text)
    assert ("acquisition", "Marlow Air Lines", "Calder") in found
    assert ("acquisition", "Marlow Air Lines", "Pemberton Aviation") not in found
