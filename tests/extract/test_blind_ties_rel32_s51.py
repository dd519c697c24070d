"""Ties the blind judges of the Reuters train build R27 found wrong (REL32, issue 15), on the stories' own sentences:
a service called by a name is no company; a share "in" or "of" a thing (a project, a venture) is no stake in the
company that qualifies it or comes after it; co-owners listed are no holders of each other; a quoted "sold" is no
sale; "X's spinoff from Y" is Y's divestment; a lead manager's bond deal and a distributor's agreement are no
alliances; a state's body that takes a bank over ties no company; a person's name keeps its joined initials and its
two given names; the head of a company's named board is no chief executive; a name written only as what a firm
will be called is no short form's full name."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found, people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_service_called_by_a_name_is_no_party(rules):
    ties = found(rules, "DALLAS, March 19 - Nostalgia Network Inc said it signed an agreement to air two minute and "
                        "five minute commercial announcements of its home shopping service called Collectible Showcase "
                        "on the ACTS Satellite Network.")
    assert not [k for k in ties if "Collectible Showcase" in k]
    # a company called by a name is still one
    ties = found(rules, "Brenmar Corp said it will buy a software company called Harlow Inc.")
    assert ("acquisition", "Brenmar", "Harlow") in ties


def test_a_share_in_a_companys_projects_is_no_stake_in_it(rules):
    ties = found(rules, "Delhi Australia Fund owns <Delhi Petroleum Pty Ltd>, which holds an average of 25 pct in the "
                        "Santos Ltd <STOS.S>-led Cooper and Eromanga Basin gas and liquids projects.")
    assert ("stake", "Delhi Petroleum", "Santos") not in ties
    assert ("stake", "Delhi Australia Fund", "Delhi Petroleum") in ties


def test_a_share_of_the_venture_is_no_stake_in_what_comes_after(rules):
    ties = found(rules, "It said Chesapeake Biological, a private company, owns 55 pct of the venture, E.B. Michaels "
                        "10 pct, while it holds the remaining interest, and the patent for C31G.")
    assert not [k for k in ties if k[0] == "stake"]
    # a share "in" a company stays a stake
    ties = found(rules, "Brenmar Corp said it holds 25 pct of Harlow Inc.")
    assert ("stake", "Brenmar", "Harlow") in ties


def test_co_owners_listed_hold_none_of_each_other(rules):
    ties = found(rules, "Other owners are a New England Electric System <NES> unit, with a 25 pct stake, and "
                        "Southwestern Energy Production Co, with 15 pct.")
    assert not [k for k in ties if k[0] == "stake"]
    # whose shareholders they are, the sentence may still say
    ties = found(rules, "The largest shareholders of Harlow Inc are Brenmar Corp and Corvex Ltd.")
    assert ("stake", "Brenmar", "Harlow") in ties


def test_a_quoted_sale_is_no_sale(rules):
    ties = found(rules, 'On March 20, Jefferies and Co "sold" Seemala 185,500 shares of American Broadcasting Co for '
                        '19.6 mln dlrs, 210,000 shares of Ideal Basic Industries Inc for 2.9 mln dlrs and 300,000 shares '
                        'of Texas Oil and Gas Corp for 5.3 mln dlrs, the SEC said.')
    assert not [k for k in ties if k[0] in ("divestment", "stake", "acquisition")]
    ties = found(rules, "Jefferies and Co sold Seemala 185,500 shares of American Broadcasting Co for 19.6 mln dlrs.")
    assert ("divestment", "Jefferies", "American Broadcasting") in ties


def test_a_spinoff_from_a_company_is_its_divestment(rules):
    ties = found(rules, "Previously, the largest initial public offering in dollar terms had been Henley Group Inc's "
                        "<HENG> 1.3 billion dlr spinoff from Allied Corp <ALD> last year.")
    assert ("divestment", "Allied", "Henley") in ties
    assert ("divestment", "Henley", "Allied") not in ties
    ties = found(rules, "Brenmar Corp completed the spinoff of Harlow Inc last year.")
    assert ("divestment", "Brenmar", "Harlow") in ties
    # a spin-off set beside another company than the seller's subject is that company's
    ties = found(rules, "Hutchison said earlier it will sell its entire 23.5 pct interest in Hongkong Electric Holdings "
                        "Ltd <HKEH.HK> to <Cavendish International Holdings Ltd>, itself a spin-off from Hongkong "
                        "Electric.")
    assert ("divestment", "Hongkong Electric", "Hutchison") not in ties


def test_a_lead_managers_bond_deal_is_no_alliance(rules):
    ties = found(rules, "LONDON, March 3 - The coupon on the 300 mln dlr equity warrant bond deal for Mitsubishi Estate "
                        "Co Ltd has been cut to three pct from the 3-1/4 pct initially indicated, Nikko Securities Co "
                        "(Europe) Ltd said as lead manager of the deal.")
    assert not [k for k in ties if k[0] == "alliance"]


def test_a_distributors_agreement_is_no_alliance(rules):
    ties = found(rules, "EDEN PRAIRIE, Minn., March 31 - Computer Aided Time Share Inc said it has signed an agreement "
                        "with McDonnell Douglas Corp's manufacturing and engineering systems unit under which it will "
                        "market McDonnell's crossroads software package to dealers in 11 states in the upper Midwest.")
    assert not [k for k in ties if k[0] == "alliance"]
    ties = found(rules, "Harlow Inc said it signed an agreement with Brenmar Corp to market each other's products.")
    assert ("alliance", "Brenmar", "Harlow") in ties


def test_a_state_body_that_takes_a_bank_over_ties_no_company(rules):
    ties = found(rules, "Sayam Bank has existed since August 1984 when the Finance Ministry took over and re-named the "
                        "Asia Trust Bank Ltd.")
    assert not ties
    ties = found(rules, "Brenmar Corp said it will buy Harlow Inc.")
    assert ("acquisition", "Brenmar", "Harlow") in ties


def test_joined_initials_open_a_name_after_a_dateline(rules):
    text = ("NEW YORK, April 3 - N.J. Nicholas Jr., president and chief operating officer of Time Inc, told security "
            "analysts the company is now engaged in talks to join a consortium of cable companies.")
    assert "N.J. Nicholas Jr" in people(rules, text)
    assert "Nicholas Jr" not in people(rules, text)
    # a country's initials before a name stay out of it
    assert "Michael Smith" in people(rules, "The U.S. Michael Smith said.")


def test_a_name_after_a_title_keeps_two_given_names(rules):
    text = ("AQ is controlled by Aloha chairman Hung Wo Ching, vice chairman Sheridan C.F. Ing and president "
            "A. Maurice Myers.")
    assert roles(rules, text).get(("Hung Wo Ching", "Aloha"), (None,))[0] == "Chairman"
    assert "Bill Berry" in people(rules, "Delta spokesman Bill Berry Monday said profits rose.")


def test_the_head_of_a_named_board_is_no_chief_executive(rules):
    got = roles(rules, "Jumardi Jukardi, head of Pertamina's coordinating board for foreign contractors, said foreign "
                       "companies will drill 110 exploration wells and 431 development wells this year.")
    assert got[("Jumardi Jukardi", "Pertamina")][0] != "CEO"
    got = roles(rules, "John Smith, head of Brenmar Corp's management board, said profits rose.")
    assert got[("John Smith", "Brenmar")][0] == "CEO"


def test_a_firms_new_name_is_no_short_forms_full_name(rules):
    text = ("NEW YORK, APRIL 1 - Deak International, a foreign currency and precious metals firm, announced the "
            "acquisition of Johnson Matthey Commodities of New York from Minories Finance Limited, a unit of the Bank "
            "of England.\nThe purchase valued at 14.8 mln dlrs follows the recent acquisition of London's Johnson "
            "Matthey Commodities Limited, Deak said.\nThe New York firm will be known as Deak International Trading "
            "Ltd, the company said.")
    ties = found(rules, text)
    assert ("acquisition", "Deak International", "Johnson Matthey Commodities") in ties
    assert not [k for k in ties if "Deak International Trading" in k]


def test_a_firms_short_name_that_speaks_after_an_office_holds_none(rules):
    text = ("BIRMINGHAM, Ala., March 11 - River Oaks Industries Inc said it agreed in principle to give control of the "
            "company to Benson Seizer, a New York investor, in return for 2.6 mln dlrs in capital.\nRiver Oaks said it "
            "will place a 2.6 mln dlr convertible note with Seizer. One of the new directors will take over as chairman "
            "and chief executive officer, River Oaks said.")
    assert not [k for k in found(rules, text) if k[0] == "role" and k[1] == "River Oaks"]
    assert "River Oaks" not in people(rules, text)
