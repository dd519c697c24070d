"""Constructions of modern financial news the relation rules read (FINREL1): a merger whose parties the noun's
"of" or "between" joins with a company named before it, and a price a relative clause's company pays."""

from __future__ import annotations

from ..helpers import found


def test_the_merger_of_two_named_firms_pairs_them_whatever_company_comes_before(rules, judged):
    # FiNER-ORD (dev6): the company formed is named before the noun; the parties are the two after "of"
    text = ("In the quick - service restaurant industry, which has been hampered by the rampant growth of \"fast - casual\" "
            "chains, it's been hard recently not to notice the success of Restaurant Brands International, the company "
            "formed by the merger of Burger King Worldwide and Canadian coffee chain Tim Hortons late last year.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("merger", "Burger King Worldwide", "Tim Hortons")) == "active"
        assert not [k for k in ties if "Restaurant Brands International" in k]
    # Reuters train: "between A and B" after a sentence's other companies
    text = ("In a statement, the commission said Rover's <Leyland Trucks> subsidiary would be financially and physically "
            "restructured following a recently announced merger between Leyland Trucks and <DAF> of the Netherlands.")
    assert ("merger", "DAF", "Leyland Trucks") in found(judged, text)
    text = "Unisys Corp was formed by the merger of Sperry Corp and Burroughs Corp last year."
    assert ("merger", "Burroughs", "Sperry") in found(judged, text)


def test_a_reference_under_the_merger_noun_is_no_pair_the_parse_names(judged):
    # Reuters train: whom "the two companies" stands for, the parse does not say
    text = ("NEW YORK, March 27 - Westinghouse Electric Corp <WX> said it is still open to a merger of its radio "
            "operations with General Electrics Co's <GE> NBC radio operations.\n\"We have left the door open and GE is "
            "reassessing the merger and so are we,\" Westinghouse chairman Douglas Danforth told Reuters at the "
            "conclusion of a meeting before analysts.\nDanforth said he continues to see value in a merger between "
            "Westinghouse's radio operation and those of NBC.\nDiscussions with NBC on the merger of the two companies' "
            "radio units were suspended in December.\n")
    assert not [k for k in found(judged, text) if "Reuters" in k]


def test_a_relative_clauses_company_pays_the_price(rules, judged):
    # FiNER-ORD (dev6), with the firms named in full: "which has agreed to pay Pearson £844m for the FT"
    text = ("The unusual structure of Nikkei Inc, which has agreed to pay Pearson Plc 844 mln stg for Financial Times "
            "Ltd, means British reporters will be toiling for the direct financial benefit of their Japanese counterparts.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("acquisition", "Nikkei", "Financial Times")) == "agreed"
        assert ties.get(("divestment", "Pearson", "Financial Times")) == "agreed"


def test_every_currency_word_is_a_price(rules):
    # "stg" as wire copy writes sterling: the currencies of data/currencies.tsv, not only dollars and pounds
    ties = found(rules, "Nikkei Inc has agreed to pay Pearson Plc 844 mln stg for Financial Times Ltd.")
    assert ties.get(("acquisition", "Nikkei", "Financial Times")) == "agreed"
    assert ties.get(("divestment", "Pearson", "Financial Times")) == "agreed"
