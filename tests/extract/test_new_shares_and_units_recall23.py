"""Stakes and investments the rules did not read (RECALL23): new shares a company sells itself, unissued or treasury
shares too, bought in it are new money put in and a holding of its shares, both an investment and a stake; a stake
taken in a unit named as its owner's ("a 50 pct stake in the Telegraph's Trafford Park Printing Ltd subsidiary") is
a part of it the owner sells, its divestment, but not where the words make the owner the unit's parent or say it
holds only part of the unit. Sentences of Reuters-21578's train split (the KLM story is eval/docs train2's)."""

from __future__ import annotations

import pytest

from ..helpers import found


@pytest.mark.parametrize("text, buyer, issuer, status", [
    ("In addition, it said <Koba Electronics Co Ltd>, an affiliate of Nippon, will buy four mln unissued shares, or a "
     "12 pct stake, of Lifetime for 20 mln dlrs or five dlrs a share.", "Koba Electronics", "Lifetime", "agreed"),
    ("Toronto, April 6 - <Noranda Inc> said it agreed to buy an initial 1,000,501 treasury shares of <Sanivan Group "
     "Inc> at 5.25 dlrs per share.", "Noranda", "Sanivan", "agreed"),
    ("TOKYO, March 19 - A Mitsui and Co <MITS.T> spokesman said its subsidiary <Mitsui and Co USA Inc> bought two mln "
     "dlrs of newly-issued shares in <Imatron Inc>, an unlisted California-based medical equipment manufacturer.",
     "Mitsui and Co USA", "Imatron", "active"),
])
def test_new_shares_bought_are_an_investment_and_a_stake(rules, text, buyer, issuer, status) -> None:
    ties = found(rules, text)
    assert ties.get(("investment", buyer, issuer)) == status, ties
    assert ties.get(("stake", buyer, issuer)) == status, ties
    assert ("acquisition", buyer, issuer) not in ties, ties


def test_new_shares_with_no_issuer_named_are_no_stake_in_a_company_beside_them(rules) -> None:
    ties = found(rules, "HOUSTON, March 16 - ZIM Energy Corp said it has entered into an agreement for a group "
                        "consisting of <Strategy and Development Inc>, <Norsk Vikingolje A/S> of Oslo and MIS Gas Corp "
                        "-- which already owns one third of ZIM -- to buy 15 to 20 mln new common shares at 20 cts "
                        "each in association with <Polo Energy Corp> and <Jaguar Petroleum Corp>.")
    assert not any(k[0] == "stake" and k[2] in ("Polo Energy", "Jaguar Petroleum") for k in ties), ties


def test_a_stake_bought_in_an_owners_named_unit_is_the_owners_divestment(rules) -> None:
    ties = found(rules, "It said the deal involved News International's acquisition of a 50 pct stake in the "
                        "Telegraph's Trafford Park Printing Ltd subsidiary.")
    assert ties.get(("divestment", "Telegraph", "Trafford Park Printing")) == "agreed", ties
    assert ties.get(("stake", "News International", "Trafford Park Printing")) == "agreed", ties
    assert ("divestment", "News International", "Trafford Park Printing") not in ties, ties


def test_a_stake_sought_from_the_owner_in_talks(rules) -> None:
    text = ("AMSTERDAM, March 20 - KLM Royal Dutch Airways <KLM.AS> said it agreed to take full control of a partially "
            "owned Dutch-based parcel delivery service and will offer a minority stake in it to British and "
            "Commonwealth Shipping Plc <BCOM.L>.\n"
            "KLM, which is also negotiating with British and Commonwealth for a 15-pct stake in the latter's regional "
            "airline <Air U.K. Ltd>, says door-to-door delivery courier services are seeing substantially faster "
            "growth than traditional cargo activities.")
    ties = found(rules, text)
    assert ties.get(("divestment", "British and Commonwealth Shipping", "Air U.K")) == "in_talks", ties
    assert ties.get(("stake", "KLM Royal Dutch Airways", "Air U.K")) == "in_talks", ties


@pytest.mark.parametrize("text, owner, unit", [
    # a unit its owner holds only part of may be bought into from others, or sell new shares
    ("HONG KONG, March 25 - The U.K. Based commodity house E.D. And F. Man Ltd and Singapore's Yeo Hiap Seng Ltd "
     "jointly announced that Man will buy a substantial stake in Yeo's 71.1 pct held unit, Yeo Hiap Seng Enterprises "
     "Ltd.", "Yeo Hiap Seng", "Yeo Hiap Seng Enterprises"),
    # "X's holding company" is X's parent, no unit of X's
    ("Mannesmann had said in January it hoped to take a 37.5 pct stake in Fichtel und Sachs's holding company, Sachs "
     "AG, in the first quarter.", "Fichtel und Sachs", "Sachs"),
])
def test_no_divestment_by_an_owner_the_words_do_not_make_the_seller(rules, text, owner, unit) -> None:
    ties = found(rules, text)
    assert not any(k[0] == "divestment" and k[2] == unit for k in ties), ties
