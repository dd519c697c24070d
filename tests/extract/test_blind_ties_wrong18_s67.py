"""Ties the blind judges of the Reuters train build R51 found wrong (WRONG18, issue 15), on the stories' own
sentences."""

from __future__ import annotations

from ..helpers import companies, found


def test_the_venture_named_between_its_owner_and_partner_is_no_partner(rules):
    ties = found(rules, "MIAMI, April 7 - Knight-Ridder Inc <KRI> said its TKR Cable Co joint venture with "
                        "Tele-communications Inc has signed a letter of intent to acquire cable television systems "
                        "with 55,000 basic subscribers in Wildwood, N.J., and Ramapo and Warwick, N.Y., from "
                        "Tele-Communications for undisclosed terms.")
    assert not [k for k in ties if k[0] == "joint_venture" and "TKR Cable" in k[1:]]
    # partners "between" names are the venture's, not the venture itself
    ties = found(rules, "NEW YORK, March 19 - Caltex Petroleum Corp, a joint venture between Chevron Corp <CHV> and "
                        "Texaco Inc <TX>, said it raised posted prices for several petroleum products in Singapore, "
                        "effective today.")
    assert ("joint_venture", "Chevron", "Texaco") in ties


def test_ventures_that_describe_a_list_of_names_tie_none_of_them(rules):
    ties = found(rules, "Bankers generally said NCB, Riyad Bank and the joint-ventures SAMBA, Saudi French and Arab "
                        "National Bank rank as the strongest earners.")
    assert not [k for k in ties if k[0] == "joint_venture"]
    ties = found(rules, "WASHINGTON, Feb 26 - Daewoo Motor Corp, the Korea-based joint venture between Daewoo Group and "
                        "General Motors Corp <GM>, said it will boost its 1987 imports of U.S. goods to 200 mln dlrs "
                        "from 104 mln dlrs in 1986.")
    assert ("joint_venture", "Daewoo", "General Motors") in ties


def test_a_firm_formed_to_buy_assets_buys_no_company(rules):
    ties = found(rules, "Valero Natural Gas was formed to buy Valero Energy's natural gas pipeline and liquid assets.")
    assert ("acquisition", "Valero Natural Gas", "Valero Energy") not in ties
    assert ("divestment", "Valero Energy", "Valero Natural Gas") in ties


def test_a_surname_the_story_gave_a_person_opens_no_partners_name(rules):
    text = ("WASHINGTON, March 2 - Investor Sumner Redstone, who leads one of the two groups vying for control of "
            "Viacom International Inc, offered to sweeten his bid for the company by 1.50 dlrs a share cash and 1.50 "
            "dlrs in securities.\n"
            "Viacom said earlier today it received revised takeover bids from Redstone and MCV Holdings Inc, a group "
            "led by Viacom management which is competing with Redstone for control of the company and already has a "
            "formal merger agreement with Viacom.\n")
    assert "Redstone and MCV" not in companies(rules, text)
    assert ("acquisition", "MCV", "Viacom International") in found(rules, text)
    # the filer a story named ("Paul Bilzerian") and the firm he controls are two parties
    text = ("WASHINGTON, March 30 - Investor Paul Bilzerian, who has said he may seek control of Pay 'n Pak Stores "
            "Inc, said he raised his stake in the company to one mln shares, or 9.9 pct of the total, from 721,900 "
            "shares, or 7.2 pct.\nIn a filing with the Securities and Exchange Commission, Bilzerian and Bicoastal Financial Corp, a "
            "Tampa, Fla., investment firm he controls, said they bought 278,000 shares of Pay 'n Pak common stock on "
            "March 26 and 27 at prices ranging from 13.29 to 17.04 dlrs a share.\n")
    assert "Bicoastal Financial" in companies(rules, text)
    assert not [c for c in companies(rules, text) if "Bilzerian" in c]


def test_an_agreement_between_a_state_and_a_firm_ties_no_other_firm(rules):
    ties = found(rules, "PARIS, March 20 - Credit Lyonnais said it signed a joint venture agreement with the Soviet "
                        "Union.\nIt said in a statement it signed the agreement here with the Soviet central bank "
                        "(Gosbank) and foreign trade bank (Vneshtorgbank), following the announcement earlier today of a "
                        "similar, but wholly separate, agreement between the Soviet Union and Banque de l'Union "
                        "Europeenne.\n")
    assert not [k for k in ties if "Banque de l'Union Europeenne" in k[1:] and "Credit Lyonnais" in k[1:]]
    ties = found(rules, "He noted negotiations between Mexico and GTE Sprint, the forerunner of US Sprint, had been "
                        "broken off by the September 1985 earthquake which had devastated the nation's telephone "
                        "network.")
    assert not [k for k in ties if k[0] == "alliance"]
    ties = found(rules, "An agreement between CBOT and LIFFE in early February on mutual settlements is expected to link "
                        "U.S. Treasury bond futures trading in London and Chicago.")
    assert [k for k in ties if k[0] == "alliance"]


def test_some_of_its_own_plants_sold_divest_no_company(rules):
    ties = found(rules, "Analysts reasoned that Chrysler might feel moved eventually to sell off or close some of the "
                        "older plants to cut overhead costs in view of the new debts and liabilities it would incur in "
                        "the AMC buyout.")
    assert not [k for k in ties if k[0] == "divestment"]
    # ... while a buyer named after "to" is sold to
    ties = found(rules, "KANSAS CITY, Mo., March 3 - Butler Manufacturing Co said it agreed in principal to sell part "
                        "of its controls division to Enercon Data Corp of Minneapolis.")
    assert ("divestment", "Butler Manufacturing", "Enercon Data") in ties
    ties = found(rules, "Bank of British Columbia sold most of its assets last November to HongKong Bank Canada, a unit "
                        "of <HongKong and Shanghai Banking Corp>, of Hong Kong, for 63.5 mln dlrs.")
    assert [k for k in ties if k[:2] == ("divestment", "Bank of British Columbia")]


def test_an_underwriter_the_way_a_sale_goes_is_no_party(rules):
    ties = found(rules, "Outboard Marine Corp - Up to 200 mln dlrs of debt securities on terms to be set at the time "
                        "of sale through an underwriting group that is expected to include Salomon Brothers Inc and "
                        "Morgan Stanley and Co Inc.")
    assert not [k for k in ties if k[0] == "divestment"]
    # the way a deal goes is no party, but a party of the deal the way is stays one
    ties = found(rules, "Saying many will be suprised by the results, he believes GE has shown through its acquisition "
                        "of RCA Corp that it has a \"unique ability\" to buy a major business and reshape it.")
    assert ("acquisition", "General Electric", "RCA") in ties
