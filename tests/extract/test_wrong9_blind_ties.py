"""Ties and statuses the blind judges of R36's relationship draw (seed 6128) found wrong (WRONG9), on the stories'
own sentences."""

from __future__ import annotations

from ..helpers import found, roles


def test_more_shares_to_be_bought_are_added_to_a_holding_held(rules):
    ties = found(rules, "ICN also said it plans to buy up to 500,000 more shares each of Viratek Inc <VIRA> and SPI "
                        "Pharmaceuticals Inc <SPIP>.")
    assert ties[("stake", "ICN", "SPI Pharmaceuticals")] == "active"
    assert ties[("stake", "ICN", "Viratek")] == "active"
    ties = found(rules, "Depending on several factors, PBS Building Systems of America Inc said it may decide to buy "
                        "additional Modulaire Industries common shares.")
    assert ties[("stake", "PBS Building Systems of America", "Modulaire Industries")] == "active"
    # an amount of more than a share is no holding told
    assert "active" not in found(rules, "Acme Corp said it would buy more than 50 pct of Beta Inc.").values()


def test_an_office_told_as_held_now_is_held_whatever_was_left_before_it(rules):
    held = roles(rules, "Nestle said it had also invited Fritz Leutwiler, former president of the Swiss National Bank "
                        "and currently chairman of BBC AG Brown Boveri und Cie <BBCZ.Z>, to join the Nestle board.")
    assert held[("Fritz Leutwiler", "Brown Boveri")][1].value == "active"
    held = roles(rules, "\"He'd have to be asked,\" said Stephen Axilrod, formerly staff director of monetary policy "
                        "at the Fed and now vice-chairman of Nikko Securities Co. International.")
    assert held[("Stephen Axilrod", "Nikko Securities")][1].value == "active"
    # a former office alone stays ended
    held = roles(rules, "John Smith, the former chairman of Beta Inc, said he would retire.")
    assert held[("John Smith", "Beta")][1].value == "ended"


def test_a_deal_a_company_says_it_cannot_afford_is_no_bid(rules):
    ties = found(rules, "LaChapelle said Livingwell Inc is always interested in acquisition opportunities but \"could "
                        "not afford an acquisition the size of Bally Manufacturing Corp at this time.\"")
    assert not [k for k in ties if k[0] == "acquisition"]
    # a deal not opposed stands
    assert ("merger", "Acme", "Beta") in found(rules, "Acme Corp said it did not oppose the merger with Beta Inc.")


def test_a_rating_agency_moving_a_grade_is_no_party_to_the_merger_it_cites(rules):
    text = ("NEW YORK, March 11 - Standard and Poor's Corp said it raised to A-1-plus from A-1 the commercial paper of "
            "Citizens Fidelity Corp and its unit Citizens Fidelity Bank and Trust.\nS and P cited the completion of the "
            "firm's merger with PNC Financial Corp <PNCF>, saying PNC has shown solid earnings, excellent liquidity and "
            "a conservative capital position.\n")
    assert not [k for k in found(rules, text) if "Standard and Poor's" in k]
    text = ("NEW YORK, March 16 - Moody's Investors Service Inc said it raised to Aa-2 from Aa-3 the long-term deposit "
            "obligations of Citizens Fidelity Bank and Trust Co because its parent, Citizens Fidelity Corp, has merged "
            "into PNC Financial Corp.\nMoody's said the merger should strengthen the bank's earnings potential through "
            "the acquired access to PNC's product lines.\n")
    assert not [k for k in found(rules, text) if "Moody's Investors Service" in k]


def test_a_company_joined_after_the_held_one_with_a_share_of_its_own_holds_it(rules):
    text = ("FRANKFURT, March 3 - <VDO Luftfahrtgeraete Werk Adolf Schindling GmbH>, 75 pct owned by autoparts maker "
            "<VDO Adolf Schindling AG>, said it set up a joint venture with Thomson-CSF <TCSF.PA> of France to produce "
            "liquid crystal displays.\nIt said in a statment that it held 20 pct of the new company called Eurodisplay "
            "and Thomson-CSF the remaining 80 pct. Thomson owns the remaining 25 pct of VDO Luftfahrtgeraete.\n")
    ties = found(rules, text)
    assert ("stake", "VDO Luftfahrtgeraete Werk Adolf Schindling", "Thomson-CSF") not in ties
    assert ("stake", "VDO Luftfahrtgeraete Werk Adolf Schindling", "Eurodisplay") in ties
    assert ("stake", "Thomson-CSF", "VDO Luftfahrtgeraete Werk Adolf Schindling") in ties


def test_a_company_buys_no_unit_the_sentence_names_as_its_own(rules):
    text = ("NEW YORK, March 31 - Union Pacific Corp said it has closed the previously announced 50-50 partnership with "
            "Petroleos de Venezuela SA, Venezuela's national oil company, to own a 160,000 barrel per day refinery in "
            "Corpus Christi, Texas.\nUnion Pacific said the partnership, called Champlin Refining Co, will acquire the "
            "refining and distribution system owned and operated by Union Pacific's Champlin Petroleum Co subsidiary.\n")
    ties = found(rules, text)
    assert ("acquisition", "Union Pacific", "Champlin Petroleum") not in ties
    assert ties.get(("stake", "Union Pacific", "Champlin Petroleum")) == "active"
    # a company another's unit is bought from is still bought from
    assert ("divestment", "Beta", "Gamma") in found(rules, "Acme Corp said it agreed to buy Beta Inc's Gamma Corp unit.")


def test_more_shares_sold_to_a_buyer_tell_no_holding_of_the_buyer(rules):
    ties = found(rules, "SMC also proposed to sell a further five mln shares to A.N. Soriano Corp, the family company "
                        "of San Miguel Corp president Andres Soriano, del Rosario said.")
    assert ties[("stake", "A.N. Soriano", "San Miguel")] == "proposed"
