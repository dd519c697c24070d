"""Ties, statuses and nodes the blind judges of a Reuters train build (277a02b) found wrong and the build still
showed (WRONG4, issue 15), on the stories' own sentences."""

from __future__ import annotations

from ..helpers import companies, found, roles


def test_a_sale_only_decided_is_agreed_not_done(rules):
    ties = found(rules, "TOKYO, April 1 - Mitsubishi Heavy Industries Ltd <MITH.T> (MHI) and C. Itoh and Co Ltd "
                        "<CITT.T> have decided to sell their combined 65 pct stake in Indonesia's <Pt Triguna Utama "
                        "Machinery Industries> to <Caterpillar Tractor Co>, spokesmen for the two Japanese companies "
                        "said.")
    assert ties[("divestment", "Mitsubishi Heavy Industries", "Pt Triguna Utama Machinery Industries")] == "agreed"
    # decided against is called off, as before
    ties = found(rules, "Acme Corp said it decided not to sell its Beta Inc unit.")
    assert ties.get(("divestment", "Acme", "Beta")) != "agreed"


def test_an_option_to_buy_a_stake_is_only_proposed(rules):
    text = ("BRISBANE, March 11 - <Metal Traders Australasia Ltd> said a newly-formed subsidiary, the <Austmet Ltd> "
            "group, has negotiated an exclusive long-term contract with Spain's <Asturiana de Zinc> to market its zinc "
            "metal exports.\nAsturiana has a three-year option to purchase 25 pct of the Austmet group, to be priced on "
            "an independent valuation at the time of exercise, Metal Traders said.\n")
    assert found(rules, text)[("stake", "Asturiana de Zinc", "Austmet")] == "proposed"


def test_assets_bought_from_a_seller_are_not_sold_by_their_owner(rules):
    ties = found(rules, "WASHINGTON, March 23 - Citicorp Capital Investors Ltd, a unit of Citicorp, said it wants to buy "
                        "Cyclops Corp's steel assets from Dixons Group PLC and is willing to pay 124.4 mln dlrs.")
    assert not [k for k in ties if "Cyclops" in k]
    assert ("divestment", "Dixons", "Citicorp Capital Investors") in ties
    # with no seller named, the owner sells its assets, as before
    ties = found(rules, "Acme Corp said it agreed to buy Beta Inc's steel assets for 20 mln dlrs.")
    assert ("divestment", "Beta", "Acme") in ties


def test_notes_resold_are_no_divestment_to_their_issuer(rules):
    ties = found(rules, "NEW YORK, March 6 - First Boston Corp said it is selling 150 mln dlrs of deposit notes due 1992 "
                        "that it bought from Mellon Bank NA, a unit of Mellon Bank Corp.")
    assert not [k for k in ties if k[0] == "divestment"]


def test_its_deal_under_a_passive_is_the_agents(rules):
    text = ("NEW YORK, March 27 - Hanson Industries, the U.S. arm of Hanson Trust PLC, said contracts have been "
            "exchanged in London for the sale of Bond's Delivery Service to Rockwood Holdings PLC for about 6.0 mln dlrs "
            "in cash.\nIn its most recent financial year, Bond's which was purchased by Hanson Trust Plc in its "
            "acquisition of Imperial Group PLC in April 1986, made 960,000 dlrs pre-tax profit on sales of 13.6 mln "
            "dlrs.\n")
    ties = found(rules, text)
    assert ("acquisition", "Hanson Trust", "Imperial") in ties
    assert not [k for k in ties if k[0] == "acquisition" and k[1] == "Bond's Delivery Service"]


def test_who_ran_a_site_bought_is_no_party_to_its_sale(rules):
    ties = found(rules, "Stewart Freeman, Michigan's chief environmental attorney, told Reuters that Lomac, a new "
                        "company, agreed to buy a chemical site near Muskegon, Mich., formerly operated by Bafors Nobel "
                        "Inc, a bankrupt subsidiary of A.B. Nobel of Sweden.")
    assert not [k for k in ties if k[0] in ("acquisition", "divestment")]
    assert ("stake", "A.B. Nobel of Sweden", "Bafors Nobel") in ties


def test_a_name_with_its_share_after_it_is_a_listed_holder_not_a_unit(rules):
    ties = found(rules, "The company said London and Scottish Marine Oil PLC owns a 50 pct interest in the well and its "
                        "spacing unit, Canadian Worldwide 25 pct, <Saskatchewan Oil and Gas Corp> 10 pct and Scurry-Rainbow "
                        "Oil Ltd <SRB> 7.5 pct.")
    assert not [k for k in ties if k[0] == "stake" and k[1] == "London and Scottish Marine Oil"]


def test_a_national_arm_written_short_is_the_arm_named_in_full(rules):
    text = ("OAKVILLE, Ontario, March 3 - Ford Motor Co of Canada Ltd, 90 pct owned by Ford Motor Co <F>, said the "
            "earlier reported decline in full year net profit was mainly due to changeoover costs.\nFord Canada said "
            "sales were boosted by its Ford Tempo car and Ford light truck, both manufactured in Oakville.\n")
    ties = found(rules, text)
    assert ("stake", "Ford", "Ford Motor Co of Canada") in ties and ("stake", "Ford", "Ford Canada") not in ties


def test_a_stake_in_a_firms_service_or_named_airline_is_none_in_the_firm(rules):
    ties = found(rules, "AMSTERDAM, March 13 - KLM Royal Dutch Airlines <KLM.AS> said it is negotiating for a minority "
                        "stake in a British and Commonwealth Shipping Plc <BCOM.L> courier service in a transaction which "
                        "might include a convertible loan issue.")
    assert not [k for k in ties if k[0] == "stake"]
    ties = found(rules, "The two companies agreed earlier this month for KLM Royal Dutch Airlines to take a 15-pct stake in "
                        "British and Commonwealth commuter airline Air U.K. Ltd in a deal worth around two mln stg.")
    assert ("stake", "KLM Royal Dutch Airlines", "Air U.K") in ties
    assert not [k for k in ties if "British and Commonwealth" in k[2]]
    # a name before a label of itself is the unit: "its 70 pct owned <X Ltd> affiliate"
    ties = found(rules, "DALLAS, March 11 - Triton Energy Corp said its 70 pct owned <Canadian Worldwide Energy Ltd> "
                        "affiliate's well in Saskatchewan tested 1,200 barrels a day.")
    assert ("stake", "Triton Energy", "Canadian Worldwide Energy") in ties


def test_a_ticker_with_its_markets_code_after_a_space_is_no_company(rules):
    got = companies(rules, "STOCKHOLM, Mar 12 - Swedish mining and metals group Boliden AB <BLDS ST> forecast a return "
                           "to profitability during 1987 after recording a 1.08 billion crown 1986 loss.")
    assert "Boliden" in got and not [n for n in got if "BLDS" in n.upper()]
    # a name in brackets whose last word is a legal form is still a name
    assert "Acme" in companies(rules, "LONDON, March 2 - <Acme AG> said it agreed to buy Beta Corp.")


def test_sale_proceeds_tell_no_deal_with_a_lender(rules):
    ties = found(rules, "However, analysts said Dome Petroleum will resist any moves to divest Encor in favor of retaining "
                        "the operating assets since sale proceeds would likely go directly to pay down Dome's debt to "
                        "Commerce Bank.")
    assert ("acquisition", "Commerce Bank", "Dome Petroleum") not in ties
    assert ("divestment", "Dome Petroleum", "Encor") in ties


def test_a_bare_spokesman_after_a_ministrys_is_no_firms(rules):
    text = ("THE HAGUE, March 13 - A delegation from McDonnell-Douglas Corp <MD.N> will visit the Dutch parliament on "
            "Monday in an attempt to win a 2.5-billion guilder helicopter order, a Defence Ministry spokesman said.\n"
            "The first batch of 20 helicopters has to be operative in 1990, while the next 30 will be introduced "
            "gradually in the following years, spokesman Cent van Vliet said.\n")
    assert not [k for k in roles(rules, text) if k[0] == "Cent van Vliet"]
    # with no body's spokesman told, a bare spokesman is the story's company's, as before
    text = ("NEW YORK, March 13 - Acme Corp said it will close two plants.\nThe plants employ 300 people, spokesman "
            "John Smith said.\n")
    assert ("John Smith", "Acme") in roles(rules, text)


def test_an_option_its_holder_moves_to_exercise_is_agreed(rules):
    ties = found(rules, "CLEVELAND, March 2 - Nacco Industries Inc said a group of utilities, called the Capco group, has "
                        "taken actions to exercise its option to acquire the Quarto Mining Co unit of Nacco's North "
                        "American Coal Co.")
    assert ties[("divestment", "North American Coal", "Quarto Mining")] == "agreed"


def test_its_deal_that_is_itself_the_agent_keeps_the_speaker(rules):
    text = ("PROVIDENCE, R.I., April 7 - Textron Inc said it plans to sell its Avco Specialty Materials Division as part "
            "of its debt reduction and restructuring.\nThe company said it will use proceeds from the sale to reduce the "
            "debt incurred by its acquisition of Ex-Cell-O Corp last year.\n")
    assert ("acquisition", "Textron", "Ex-Cell-O") in found(rules, text)
