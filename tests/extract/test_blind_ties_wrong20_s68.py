"""Ties the blind judges of the c712445 Reuters train draw found wrong (WRONG20, issue 15): a firm a merger formed read
as a party to it, a part taken over given the seller of another deal in the sentence, a company weighing bids to buy
read as the buyer, a parent allied with its own unit, and a nuclear plant read as a company; on the stories' own
sentences."""

from __future__ import annotations

from keiretsu.models import EntityKind

from ..helpers import found

PUROLATOR_HOLDERS = (
    "WASHINGTON, April 7 - Two New York management investment firms told the Securities and Exchange Commission they "
    "had increased their holdings in Purolator Courier Corp to 7.2 pct, from 6.2 pct.\n"
    "Mutual Shares Corp and Mutual Qualified Income Fund Inc said they were weighing offers to buy Purolator shares "
    "from PC Acquisition Inc, a unit of E.F. Hutton LBO Inc, for 35 dlrs a share, and from EAF Acquisitions Corp Inc, a "
    "unit of Emery Air Freight Corp. at 40 dlrs")


def companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_firm_a_merger_formed_is_no_party_to_it(rules):
    ties = found(rules, "DALLAS, April 1 - Valhi Inc, formed by the March 10 merger of Amalgamated Sugar Co into LLC "
                        "Corp, said it had unaudited pro-forma earnings of 72 mln dlrs, or 61 cts a share, for the six "
                        "months ended December 31.")
    assert not [k for k in ties if "Valhi" in k[1:]]
    ties = found(rules, "SOMERVILLE, N.J., March 4 - <Hoechst Celanese Corp>, recently formed from the merger of the "
                        "Celanese Corp with American Hoechst Corp, a unit of <Hoechst AG>, said Juergen Dormann was "
                        "named chairman.")
    assert ("merger", "American Hoechst", "Celanese") in ties
    assert not [k for k in ties if "Hoechst Celanese" in k[1:] and k[0] != "role"]
    # a firm that buys another is its buyer
    assert ("acquisition", "Valhi", "Amalgamated Sugar") in \
        found(rules, "Valhi Inc said it agreed to buy Amalgamated Sugar Co.")


def test_another_deals_seller_sells_no_part_taken_over(rules):
    ties = found(rules, "State-owned Air Canada takes over the country's second largest overnight courier business "
                        "just two months after another Canadian company, <Onex Capital Corp Ltd>, approved the "
                        "acquisition of number one ranked Purolator Courier Ltd from New Jersey-based Purolator Courier "
                        "Corp <PCC>.")
    assert ("divestment", "Purolator Courier", "Air Canada") not in ties
    assert not [k for k in ties if k[1] == "Air Canada"]
    assert ("acquisition", "Onex Capital", "Purolator Courier") in ties
    # the purchase's own "from" names its seller
    ties = found(rules, "IRVINE, Calif., March 9 - Financial Corp of America's American Savings and Loan Association "
                        "said it completed the previously announced purchase of 16 retail savings branches from Great "
                        "Western Financial Corp's Great Western Savings.")
    assert ("divestment", "Great Western Savings", "American Savings and Loan Association") in ties


def test_a_company_weighing_bids_to_buy_buys_nothing(rules):
    ties = found(rules, PUROLATOR_HOLDERS)
    assert ("divestment", "PC Acquisition", "Purolator Courier") not in ties
    assert ("stake", "Mutual Shares", "Purolator Courier") not in ties
    assert ties.get(("acquisition", "PC Acquisition", "Purolator Courier")) == "proposed"
    ties = found(rules, "GREENWICH, Conn., March 6 - AMAX Inc said it has accepted offers to buy its share and option "
                        "interests in <Australian Consolidated Minerals Ltd>.")
    assert ("acquisition", "AMAX", "Australian Consolidated Minerals") not in ties
    # a bid one considers making, and one rejected whose bidder is named, stay bids
    ties = found(rules, "WASHINGTON, March 20 - Mark IV Industries Inc <IV>, which has said it may consider a bid to "
                        "seek control of Baird Corp, said Baird has not agreed to hold off on any defensive measures "
                        "without giving Mark IV at least 24 hours notice.")
    assert ("acquisition", "Mark IV Industries", "Baird") in ties
    ties = found(rules, "CINCINNATI, Ohio, March 17 - Taft Broadcasting Co said its board continues to explore "
                        "alternatives, such as a possible financial restructuring, in response to a Theta Corp offer of "
                        "150 dlrs per share for Taft stock.\n"
                        "Last week Taft rejected a 145 dlr-a-share bid by Theta, an investment group headed by Taft's "
                        "vice chairman, Dudley Taft.")
    assert ("acquisition", "Theta", "Taft Broadcasting") in ties


def test_a_parent_is_no_ally_of_its_own_unit(rules):
    ties = found(rules, "New York, March 23 - American Express Co said its board approved a previously announced "
                        "proposal to sell 13 pct of its Shearson Lehman Brothers Inc subsidiary to Nippon Life "
                        "Insurance Co.\n"
                        "American Express also said an agreement was reached by Shearson and Nippon Life providing for "
                        "a joint venture in London.")
    assert ("alliance", "American Express", "Shearson Lehman Brothers") not in ties
    # an order a company places with the unit it is selling is a supply
    ties = found(rules, "FORT LAUDERDALE, FLa, March 9 - T.H.E. Fitness INc said it agreed to buy Livingwell Inc's "
                        "manufacturing unit, Powercise INternational Inc, for 11.0 mln T.H.E. Fitness shares valued at "
                        "about 30 mln dlrs.\n"
                        "IN a separate transaction, Livingwell INc, an operator of 300 health clubs, placed a six mln "
                        "dlrs order with Powercise INternational to install the Powercise equipment in all of its clubs.")
    assert [k for k in ties if k[0] == "supply"]


def test_a_plant_written_alone_is_no_company(rules):
    text = ("AKRON, Ohio, March 20 - Ohio Edison Co said it has completed the sale and leaseback of 30 pct of its 30 "
            "pct interest in Unit One of the Perry Nuclear Power Plant, receiving 509 mln dlrs for the interest.\n"
            "Ohio Edison did not detail the lease payments, but it said the \"payments will reduce the amount of "
            "revenue the company will need to cover our investment in Perry, which translates into savings for our "
            "customers.\"")
    assert "Perry" not in companies(rules, text)
    assert not [k for k in found(rules, text) if "Perry" in k[1:]]
    # a mine named after the company that works it leaves the company one
    text = ("TORONTO, March 11 - <Sigma Mines (Quebec) Ltd>, 65 pct owned by Dome Mines Ltd <DM>, said its Sigma Mine "
            "had proven and probable reserves at the end of 1986 of 4,902,940 tons.")
    assert ("stake", "Dome Mines", "Sigma Mines (Quebec)") in found(rules, text)
