"""Ownership in the shapes real news writes it (issue 15): a parent named by a possessive, a
participle's owner, a merger into the buyer, a merger offer, the rest of a company bought, and the
words that only look like triggers. The rules alone are tested; the sentences are written for these
tests and the companies in them are invented."""

from __future__ import annotations

import pytest

from ..helpers import found


def test_a_trigger_inside_a_name_states_nothing_and_the_possessive_names_the_parent(rules):
    got = found(rules, "Harwick Group's Brellin Acquisition Corp said it has signed a definitive agreement "
                       "to buy 100 pct of Tamsford Inc.")
    assert got.get(("acquisition", "Brellin Acquisition", "Tamsford")) == "agreed"  # all of it: a takeover
    assert got.get(("stake", "Harwick", "Brellin Acquisition")) == "active"
    assert ("acquisition", "Harwick", "Tamsford") not in got
    assert ("stake", "Brellin Acquisition", "Tamsford") not in got


def test_its_owned_company_belongs_to_the_subject(rules):
    got = found(rules, "Halvard Bank said its fully-owned Halvard Leasing Co had signed a letter of intent "
                       "to acquire Pryor Inc.")
    assert got.get(("stake", "Halvard Bank", "Halvard Leasing")) == "active"
    assert ("acquisition", "Halvard Leasing", "Pryor") in got


@pytest.mark.parametrize("text, buyer, bought", [
    ("Norvale Inc said its shareholders approved a merger into Castor Industries Inc.", "Castor Industries",
     "Norvale"),
    ("Lydgate Corp said it agreed to be merged into Brammer Inc.", "Brammer", "Lydgate"),
])
def test_a_merger_into_a_company_is_its_takeover(rules, text, buyer, bought):
    got = found(rules, text)
    assert ("acquisition", buyer, bought) in got
    assert not [k for k in got if k[0] == "merger"]


def test_a_merger_offer_comes_from_the_bidder(rules):
    got = found(rules, "Pellam Corp said it has received and rejected an unsolicited merger offer from Dunmore Inc.")
    assert got.get(("acquisition", "Dunmore", "Pellam")) == "proposed"
    assert not [k for k in got if k[0] == "merger"]


def test_the_owner_a_participle_names_owns_that_company_only(rules):
    got = found(rules, "Orrin Partners Inc said it agreed to sell its stores to Fallow Holdings Inc, owned by "
                       "Gresham Capital Corp.")
    assert got.get(("stake", "Gresham Capital", "Fallow")) == "active"  # "Holdings" is a suffix
    assert ("stake", "Fallow", "Gresham Capital") not in got
    assert not [k for k in got if k[1] == "Orrin Partners" and k[2] == "Gresham Capital"]


@pytest.mark.parametrize("text", [
    "Tolland Corp said the prospectus regarding the merger will be mailed to all Varrick Inc holders.",
    "Merritt Corp said it will hold a special shareholders meeting on the sale of its plant to Quill Inc.",
])
def test_a_merger_told_before_and_a_shareholders_meeting_tie_no_one(rules, text):
    got = found(rules, text)
    assert not [k for k in got if k[0] in ("merger", "stake")], got


def test_buying_the_rest_of_a_company_is_a_takeover(rules):
    got = found(rules, "Danforth Inc agreed to buy the 40 pct of Emsley Corp that it does not already own.")
    # a takeover agreed, not a stake bought; the rest, which Danforth holds already, is a stake held
    assert got.get(("acquisition", "Danforth", "Emsley")) == "agreed" and got.get(("stake", "Danforth", "Emsley")) == "active"
    got = found(rules, "Danforth Inc said it acquired a 50 pct interest in Emsley Corp and its founders will hold "
                       "the remaining 50 pct.")
    assert ("stake", "Danforth", "Emsley") in got and ("acquisition", "Danforth", "Emsley") not in got


def test_the_seller_of_an_acquisition_is_no_target(rules):
    got = found(rules, "Senna Corp said it has completed the acquisition of Lorne Inc from Maddox Corp.")
    assert ("acquisition", "Senna", "Lorne") in got and ("divestment", "Maddox", "Lorne") in got
    assert ("acquisition", "Senna", "Maddox") not in got


def test_a_company_said_to_be_a_subsidiary_of_another(rules):
    got = found(rules, "Mandrake Corp is a wholly owned subsidiary of Osprey Holdings.")
    assert got.get(("stake", "Osprey", "Mandrake")) == "active"
    assert ("stake", "Mandrake", "Osprey") not in got


@pytest.mark.parametrize("text", [
    "Zeta Labs Inc raised $50 million from Sequoia Capital.",
    "Zeta Labs Inc said it has secured a $20 million investment from Sequoia Capital.",
])
def test_money_from_a_company_is_its_investment(rules, text):
    got = found(rules, text)
    assert ("investment", "Sequoia Capital", "Zeta Labs") in got and ("investment", "Zeta Labs", "Sequoia Capital") \
        not in got


def test_a_raised_stake_is_no_investment(rules):
    got = found(rules, "Halden Corp raised its stake in Morrow Inc to 8 pct from 5 pct.")
    assert ("stake", "Halden", "Morrow") in got and not [k for k in got if k[0] == "investment"]


def test_the_trade_a_company_is_in_names_no_customer(rules):
    assert not found(rules, "Shares fell at Corwin Asset Management and British energy supplier Dalby Power.")
    assert ("supply", "Foxbury", "Marlow") in found(rules, "Foxbury Ltd, a major Marlow Inc supplier, said sales rose.")


def test_goods_bought_make_the_seller_a_supplier(rules):
    got = found(rules, "Halden Corp buys electricity from Morrow Inc and supplies it to companies including "
                       "Pryor Inc.")
    assert ("supply", "Morrow", "Halden") in got and ("supply", "Halden", "Pryor") in got
    assert not [k for k in got if k[0] in ("acquisition", "divestment")], got
    assert not found(rules, "Halden Corp cancelled a 40 mln dlr oil purchase from Brazil after it refused "
                            "guarantees from Morrow Bank.")


def test_a_verb_joined_by_and_states_its_own_object(rules):
    got = found(rules, "Halden Corp acquired Morrow Inc last year and hired Pryor Inc to advise it.")
    assert ("acquisition", "Halden", "Morrow") in got and ("acquisition", "Halden", "Pryor") not in got


@pytest.mark.parametrize("text, seller, buyer", [
    ("Dorset Corp said it purchased certain assets of Ellery Inc including its maintenance facility.", "Ellery",
     "Dorset"),
    ("Dorset Corp completed the purchase of 16 retail branches from Ellery Savings Bank.", "Ellery Savings Bank",
     "Dorset"),
    ("Dorset Corp acquired a portion of the lending portfolio of Ellery Credit Corp, a subsidiary of Farrow Inc.",
     "Ellery Credit", "Dorset"),
])
def test_a_part_nobody_names_bought_is_the_owners_divestment(rules, text, seller, buyer):
    got = found(rules, text)
    assert ("divestment", seller, buyer) in got
    assert ("acquisition", buyer, seller) not in got
    assert not [k for k in got if k[0] == "stake" and k[2] == seller and got[k] == "ended"], got


def test_all_the_assets_of_a_company_are_the_company(rules):
    assert ("acquisition", "Dorset", "Ellery") in found(rules, "Dorset Corp agreed to buy all the assets of Ellery Inc.")


@pytest.mark.parametrize("text, status", [
    ("Norvale Inc said it set April 6 as the record date for shareholders entitled to vote at a special meeting on "
     "the proposed merger into Castor Industries Inc.", "agreed"),
    ("Norvale Inc urged shareholders to vote against the proposed hostile takeover by Castor Industries Inc.",
     "proposed"),
])
def test_a_deal_put_to_the_shareholders_vote_is_agreed(rules, text, status):
    assert found(rules, text).get(("acquisition", "Castor Industries", "Norvale")) == status


@pytest.mark.parametrize("text, key, status", [
    ("Lumora Inc, which is backed by Kestrel Capital, said revenue doubled.",
     ("investment", "Kestrel Capital", "Lumora"), "active"),
    ("Lumora Inc, which Kestrel Capital acquired in 2015, said revenue doubled.",
     ("acquisition", "Kestrel Capital", "Lumora"), "active"),
    ("Lumora Inc was spun off from Kestrel Capital Corp in 2019.", ("divestment", "Kestrel Capital", "Lumora"),
     "active"),
    ("Lumora Inc said its acquisition by Kestrel Capital Corp would close in March.",
     ("acquisition", "Kestrel Capital", "Lumora"), "agreed"),
])
def test_modern_shapes_of_ownership(rules, text, key, status):
    got = found(rules, text)
    assert got.get(key) == status, got
    assert (key[0], key[2], key[1]) not in got


@pytest.mark.parametrize("text, key", [
    ("Dorset Corp completed the acquisition of most of the assets of Ellery Inc.", ("divestment", "Ellery", "Dorset")),
    ("Dorset Corp agreed to acquire all issued and outstanding shares of Ellery Inc.",
     ("acquisition", "Dorset", "Ellery")),
    ("Dorset Corp signed an agreement to acquire the stock of closely held Ellery Inc.",
     ("acquisition", "Dorset", "Ellery")),
    ("Dorset Corp said an agreement prevents it from buying additional shares of Ellery Inc.",
     ("stake", "Dorset", "Ellery")),
    ("Ellery Inc set a special meeting for a vote on the proposed acquisition of the company by Dorset Corp.",
     ("acquisition", "Dorset", "Ellery")),
])
def test_how_much_of_a_company_is_bought(rules, text, key):
    got = found(rules, text)
    assert key in got, got
    assert not [k for k in got if k[0] in ("acquisition", "stake") and k != key and k[1:] in (key[1:], key[:0:-1])]
