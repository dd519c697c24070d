"""False ties of the blind train6 labels (FRESH3, issue 15), on the Reuters train stories' own sentences: shares
handed in to a bid read as the bidder's stake, and a part of a company bought read as the company's takeover."""

from __future__ import annotations

from ..helpers import found

_CARLING = (
    "TORONTO, March 27 - <Elders IXL Ltd>, of Australia, said wholly owned IXL Holdings Canada Inc extended its "
    "previously announced offer to acquire all outstanding shares of Carling O'Keefe Ltd to midnight April 23, 1987, "
    "from March 25.\n"
    "The 18-dlr-a-share offer is being extended for Elders to obtain Canadian federal government approval for the "
    "acquisition of control of Carling. Elders said its application to Investment Canada is still being processed "
    "under normal review procedures.\n"
    "Up to March 26, 19,962,000 shares or 92 pct of Carling's stock has been deposited under the offer, Elders said.\n")

_PUROLATOR = (
    "WILTON, Conn., April 7 - Emery Air Freight Corp said it has entered into an agreement with E.F. Hutton Group Inc "
    "EFH under which Hutton will terminate its merger agreement with Purolator Courier Corp and its pending "
    "35-dlr-per-share tender offer, effective April 13.\n"
    "Yesterday, Hutton's PC Acquisition Corp subsidiary extended its tender offer, which was to have expired at "
    "midnight, for two more days.  It said it only about 450,000 shares, or 6.5 pct, of Purolator shares had been "
    "tendered and not withdrawn, down from an 11.5 pct interest held earlier.\n")

_CYCLOPS = (
    "PITTSBURGH, Pa., March 25 - Cyclops Corp said the three members of its board appointed last week by <Dixons "
    "Group PLC> had resigned and that it named three Cyclops executives to replace them.\n"
    "Dixons then extended the offer until yesterday and earlier today indicated that a substantial number of "
    "tendered Cyclops shares had been withdrawn, leaving it with only 852,000 shares, or just over 20 pct of the "
    "roughly 4.26 mln Cyclops shares outstanding.\n")


def test_shares_handed_in_to_a_bid_are_no_stake_of_the_bidder(rules):
    ties = found(rules, _CARLING)
    assert ("stake", "Elders IXL", "Carling O'Keefe") not in ties
    ties = found(rules, _PUROLATOR)
    assert ("stake", "PC Acquisition", "Purolator Courier") not in ties
    assert ties.get(("stake", "E.F. Hutton", "PC Acquisition")) == "active"  # its unit, told beside, stays


def test_shares_a_bidder_is_left_with_after_withdrawals_are_its_stake(rules):
    # "tendered" here only qualifies shares withdrawn; the shares it is left with are held
    assert found(rules, _CYCLOPS).get(("stake", "Dixons", "Cyclops")) == "active"


def test_a_hospital_complex_bought_from_a_company_is_its_divestment(rules):
    ties = found(rules, "AUSTIN, Texas, March 17 - Healthvest said it acquired the Eastwood Hospital medical complex "
                        "in Memphis from Healthcare International Inc for 50 mln dlrs cash.")
    assert ties.get(("divestment", "Healthcare International", "Healthvest")) == "active"
    assert ("acquisition", "Healthvest", "Healthcare International") not in ties


def test_a_segment_bought_is_its_owners_divestment_not_its_takeover(rules):
    ties = found(rules, "GREENWICH, Conn, APril 3 - Iroquois Brands Ltd said it has been sued by Lyon Food Cos Inc "
                        "which is seeking 2.3 mln dlrs in damages in connection with the April 1986 nine mln dlrs "
                        "purchase of Iroquois' former specialty food products segment.")
    assert ("divestment", "Iroquois Brands", "Lyon Food") in ties
    assert ("acquisition", "Lyon Food", "Iroquois Brands") not in ties
    # a segment sold to nobody named ties nobody
    assert not found(rules, "HOUSTON, March 4 - Gulf Applied Technologies Inc said it will report a gain of 2,900,000 "
                            "dlrs or 89 cts per share on the previously-announced sale of its pipelines and terminals "
                            "segment in first quarter results.")

