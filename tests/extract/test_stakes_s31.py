"""Stakes, divestments and supply deals stated in one sentence (session 31): a client named right before
its adviser or supplier noun, an owner that is only whose people own ("owned by Rainbow directors ..."),
a parent's ticker between its name and its unit noun, shares bought read past a parse that takes the
count for what is bought, and a sentence the splitter cut after an abbreviation ("a Saddlebrook, N.J.
carpet maker, said ..."). The sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import found


@pytest.mark.parametrize("text, tie", [
    # the client's name, then the adviser noun, then the adviser's name
    ("Norvane Corp said Waste Haulers Inc will have to submit a confidentiality agreement to Norvane "
     "financial advisor Smith Kellet and Co Inc.", ("supply", "Smith Kellet", "Norvane")),
    ("Norvane Corp said Norvane's financial adviser, Smith Kellet and Co Inc, found the offer inadequate.",
     ("supply", "Smith Kellet", "Norvane")),
    ("Shares of Pomaro Inc supplier Kessling Precision Industry Co Ltd fell 3 pct.",
     ("supply", "Kessling Precision Industry", "Pomaro")),
])
def test_provider_named_after_its_client(rules, text, tie):
    assert tie in found(rules, text)


@pytest.mark.parametrize("text, owner, owned", [
    ("The statement said a new private company, <Trenmore Corp Ltd>, fully owned by Gallant Corp directors "
     "Craig Heatwell, Gary Lanham and Ken Wickett, will purchase this stake.", "Gallant", "Trenmore"),
    ("Bucara SpA is controlled by Cirven Industriali SpA, an investment company itself controlled by Olvera "
     "Holding SpA (OLVH.MI> chairman Carlo De Benvenuti.", "Olvera Holding", "Cirven Industriali"),
])
def test_owned_by_a_companys_people(rules, text, owner, owned):
    assert ("stake", owner, owned) not in found(rules, text)


def test_owned_by_a_company_still_holds(rules):
    assert ("stake", "Halvern", "Brisco") in found(rules, "Brisco Corp, which is 49.6 pct owned by Halvern Inc, "
                                                        "said profit rose.")


@pytest.mark.parametrize("text, parent, child", [
    ("Halvern Corp <HLV> unit Brisco Systems Inc said profit rose.", "Halvern", "Brisco Systems"),
    ("Five groups, including France's Corvel S.A. <CORV.PA> subsidiary Jaumont-Corvel SA, have applied to buy "
     "the firm.", "Corvel", "Jaumont-Corvel"),
])
def test_unit_noun_after_a_ticker(rules, text, parent, child):
    assert ("stake", parent, child) in found(rules, text)


def test_shares_counted_apart_from_the_count(rules):
    """"bought 2.3 mln X common shares ... from Y": a stake bought from Y, no takeover of X nor of Y."""
    ties = found(rules, "Pelham Air Group Inc said it has already bought 2.3 mln Tidmore Aviation Inc common "
                        "shares, or 9.9 pct of the total outstanding from Norbury Southern Corp <NSC> for 161.9 "
                        "mln dlrs.")
    assert ("stake", "Pelham Air", "Tidmore Aviation") in ties
    assert ("divestment", "Norbury Southern", "Tidmore Aviation") in ties
    assert not {k for k in ties if k[0] == "acquisition"}


@pytest.mark.parametrize("text, tie", [
    # "N.J." ends no sentence when the next words open in lower case
    ("WASHINGTON, March 5 - A group led by Grelt Nevada Inc, a subsidiary of Grelt Felt Industries, a "
     "Saddlebrook, N.J. carpet maker, said it cut its stake in Allister Products Corp to 169,888 shares, or 3.4 "
     "pct, from 288,652 shares, or 5.8 pct.", ("stake", "Grelt Nevada", "Allister Products")),
    # nor "S.A." before "of France"
    ("LONDON, March 9 - Marchetti Group S.A. of France said it agreed to buy Pellow Industries Ltd for 20 mln "
     "dlrs.", ("acquisition", "Marchetti", "Pellow Industries")),
])
def test_sentence_goes_on_after_an_abbreviation(rules, text, tie):
    assert tie in found(rules, text)


def test_its_unit_in_an_apposition(rules):
    """"X said Y, a subsidiary of its Z unit, has bought ...": "its" is X's (Y is Z's), not Y's."""
    ties = found(rules, "NEW YORK, April 1 - Chalmers Manhattan Corp said Chalmers Trans-Info, a subsidiary of its "
                        "Chalmers Manhattan Bank N.A. unit, has bought Borvel Corp's traffic services business for "
                        "an undisclosed sum.")
    assert ("stake", "Chalmers Manhattan", "Chalmers Manhattan Bank") in ties
    assert ("stake", "Chalmers Manhattan Bank", "Chalmers Trans-Info") in ties
    assert ("stake", "Chalmers Trans-Info", "Chalmers Manhattan Bank") not in ties


def test_sold_to_whom_before_a_quantifier(rules):
    """"to sell Qintex all or part of its Roach shares": Qintex buys them; it is not what is sold."""
    ties = found(rules, "Harrow Industries Inc said it had an option to sell Quintar Corp all or part of its two "
                        "mln Roach shares.")
    assert ("divestment", "Harrow Industries", "Quintar") not in ties


def test_sold_to_a_group_including_a_company(rules):
    """The unit named beside the sale is what is sold; a company among the buyers is no unit sold."""
    ties = found(rules, "ROLLING MEADOWS, March 26 - Gorland Inc said it sold its French battery unit, Cie "
                        "Francaise d'Electro Chimie, to a group of investors including the unit's employees and "
                        "<GNV Inc> of Minnesota.")
    assert ("divestment", "Gorland", "Cie Francaise d'Electro Chimie") in ties
    assert ("divestment", "Gorland", "GNV") not in ties


@pytest.mark.parametrize("text, buyer, unit, owner", [
    ("Morvale Corp will buy a 20 pct stake in Bexley Corp's Garton Systems Inc unit.", "Morvale", "Garton Systems",
     "Bexley"),
    ("HONG KONG, March 25 - Kessler Trading Ltd and Singapore's Yarrow Hiap Ltd jointly announced that Kessler will "
     "buy a substantial stake in Yarrow's 71.1 pct held unit, Yarrow Hiap Enterprises Ltd.", "Kessler Trading",
     "Yarrow Hiap Enterprises", "Yarrow Hiap"),
])
def test_stake_in_a_named_unit(rules, text, buyer, unit, owner):
    """A stake in X's unit Y is a stake in Y; X keeps its own."""
    ties = found(rules, text)
    assert ("stake", buyer, unit) in ties
    assert ("stake", buyer, owner) not in ties
    assert ("stake", owner, unit) in ties


def test_unit_named_before_a_word_of_its_trade(rules):
    """"its Markborough properties subsidiary": the name, a word of the unit's trade, then the unit noun."""
    ties = found(rules, "Hudson's Bay Co and Markwell Ltd said profit rose. Hudson's Bay also said its Markwell "
                        "properties subsidiary had an operating profit of 108.6 mln dlrs.")
    assert ("stake", "Hudson's Bay", "Markwell") in ties
