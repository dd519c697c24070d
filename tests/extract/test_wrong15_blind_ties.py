"""Ties the blind judges of the Reuters train build R46 found wrong (WRONG15, issue 15), on the stories' own
sentences."""

from __future__ import annotations

from ..helpers import found


def test_a_combination_of_products_is_no_merger(rules):
    text = ("ATLANTA, March 12 - CytRx Corp said its 60 pct owned CytRx Biopool Ltd subsidiary has acquired Biopool AB "
            "of Umea, Sweden, for undisclosed terms.\n"
            "The company said CytRx Biopool is studying the possible combination of CytRx Corp's RheothRx drug to "
            "reduce platelet aggregation and viscosity in blood with Biopool AB's drug t-PA for dissolving blood "
            "clots.")
    ties = found(rules, text)
    assert not [k for k in ties if k[0] == "merger"]
    assert ("stake", "CytRx", "CytRx Biopool") in ties
    # a combination of two firms is their merger
    ties = found(rules, "WASHINGTON, March 16 - Trans World Airlines Inc said it still believes a combination of the "
                        "two airlines would have benefits to both, and proposed a combination with USAir Group.")
    assert [k for k in ties if k[0] == "merger" and "USAir" in k]


def test_the_owner_of_the_unit_bid_for_is_not_bid_for(rules):
    text = ("SOUTHPORT, Conn, APril 3 - Sturm, Ruger and Co Inc said it submitted a bid in excess of 60 mln dlrs for "
            "Smith and Wesson, a manufacturer of law enforcement firearms, and a unit of Lear Siegler.")
    ties = found(rules, text)
    assert ("acquisition", "Sturm Ruger", "Smith and Wesson") in ties
    assert ("acquisition", "Sturm Ruger", "Lear Siegler") not in ties
    # two companies bid for, neither named as the other's owner, are both bid for
    ties = found(rules, "Acme Corp said it submitted bids for Beta Inc and Gamma Corp.")
    assert ("acquisition", "Acme", "Beta") in ties and ("acquisition", "Acme", "Gamma") in ties


def test_a_deal_inside_the_subject_is_the_tellers(rules):
    text = ("NEW YORK, March 16 - General Cinema Corp said it expects flat net income for fiscal 1987 ending Oct. 31 "
            "against 125.8 mln dlrs or 3.43 dlrs a share a year ago.\n"
            "The company said the costs of a restructuring at its Carter Hawley Hale Stores Inc unit and the previous "
            "purchase of an 8.5 pct stake in <Cadbury Schweppes PLC> will lead to the flat net figure.")
    ties = found(rules, text)
    assert ("stake", "Carter Hawley Hale Stores", "Cadbury Schweppes") not in ties
    assert ("stake", "General Cinema", "Cadbury Schweppes") in ties
    assert ("stake", "General Cinema", "Carter Hawley Hale Stores") in ties
    text = ("General Cinema said the financing costs associated with its purchase of 3.5 mln Carter Hawley Hale Stores "
            "Inc <CHH> shares for 177.9 mln dlrs, and its 89.7 mln sterling investment in <Cadbury Schweppes PLC>, "
            "lowered first quarter net.")
    ties = found(rules, text)
    assert not [k for k in ties if k[1] in ("Carter Hawley Hale Stores", "Cadbury Schweppes")]
    # one the words down to the deal name still acts, however the parse hangs it
    ties = found(rules, "BOLOGNA, Italy, March 24 - Joint venture talks that could lead to Chrysler Corp <C> taking a "
                        "stake in Italian car maker <Automobili Lamborghini SpA> are continuing, a Lamborghini "
                        "spokesman said.")
    assert ("stake", "Chrysler", "Automobili Lamborghini") in ties
    # a party the deal noun itself names inside the subject still acts
    ties = found(rules, "Acme Corp said the costs of the purchase of Beta Inc by Gamma Corp lowered its net.")
    assert not [k for k in ties if k[0] == "acquisition" and k[1] == "Acme"]


def test_a_stake_in_a_rival_of_a_company_is_none_in_it(rules):
    text = ("LONDON, April 2 - Cable and Wireless Plc <CAWL.L> said new proposals unveiled by Japan did not remove the "
            "group's objections.\n"
            "Cable has a 20 pct stake in one of the two groups trying to compete against Japan's <Kokusai Denshin "
            "Denwa Co Ltd> which monopolises Japan's overseas telephone business.")
    ties = found(rules, text)
    assert not [k for k in ties if k[0] == "stake" and k[2] == "Kokusai Denshin Denwa"]
    # a stake in a company named in the holder's words is read as before
    assert ("stake", "Acme", "Beta") in found(rules, "Acme Corp has a 20 pct stake in Beta Inc, which competes "
                                                     "against Gamma Corp.")


def test_the_sale_of_a_companys_facilities_is_its_own(rules):
    text = ("GREEWICH, Conn., March 9 - Beker Industries Corp said it was unable to confirm its plan for reorganization "
            "at a March 5 hearing before the U.S. Bankruptcy Court.\n"
            "At the March 5 hearing, the company said it filed a motion for approval of an agreement that has been "
            "reached in principal with a unit of Freeport-McMoRan Inc <FTX> for the sale of Beker's facilities in "
            "Louisiana and Florida.")
    ties = found(rules, text)
    assert ("divestment", "Freeport-McMoRan", "Beker Industries") not in ties
    # the sale of a company's holding in another is read as before
    ties = found(rules, "Acme Corp said it completed the sale of its interest in Beta Inc.")
    assert ("divestment", "Acme", "Beta") in ties


def test_a_party_from_the_clause_after_an_order_is_not_its_customer(rules):
    text = ("STOCKHOLM, March 18 - Sweden's AB Volvo <VOLV.ST> said its subsidiary Volvo Flygmotor had won a contract "
            "worth 330 mln crowns over four years from General Electric Co <GE.N> to supply flight engine components.\n"
            "Volvo said it received the order after General Electric had won a contract for 40 CF-80C aircraft engines "
            "from American Airlines.")
    ties = found(rules, text)
    assert ("supply", "Volvo", "American Airlines") not in ties
    assert ("supply", "General Electric", "American Airlines") in ties
    # the order's own "from" names its customer
    assert ("supply", "Acme", "Beta") in found(rules, "Acme Corp said it received an order from Beta Inc for 40 "
                                                      "engines.")
