""""The retailer", "the Dallas-based brewer": a later sentence's subject that describes a firm the story named refers
back to it. The firm is the one the story named whose name ends in the noun or that it called one; with none, the
company the story last had speak, only where that is the one its lead is about (a story that has had another firm
speak since may mean either). Not where two firms fit the noun, not a description that makes it another firm ("the
other bank", "the acquiring company", "the two banks"), not an investor group, and not where another company is
named before the description. The sentences are written for these tests and the companies in them are invented."""

from __future__ import annotations

from ..helpers import found


def test_a_trade_noun_refers_to_the_story_s_company(rules, judged):
    text = ("Harlow Stores Inc said quarterly sales rose 8 pct.\n"
            "Harlow Stores has been trying to build its online business in China.\n"
            "The retailer took full ownership of Corliss Data Inc in July.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("acquisition", "Harlow Stores", "Corliss Data")) == "active"


def test_words_before_the_noun_that_only_say_what_the_firm_is(rules):
    text = ("Kestrel Brewing Co said profit rose in the quarter.\n"
            "Kestrel Brewing said it would open two plants.\n"
            "The Dallas-based brewer has agreed to acquire Lumora Inc for 20 mln dlrs.")
    assert found(rules, text).get(("acquisition", "Kestrel Brewing", "Lumora")) == "agreed"


def test_the_firm_whose_name_ends_in_the_noun(rules):
    text = ("Brevant Industries Inc said it agreed to buy Corliss Savings Bank for 40 mln dlrs.\n"
            "Brevant said the purchase would add to earnings.\n"
            "The bank has agreed to sell its stake in Lumora Inc to Tavin Corp.")
    got = found(rules, text)
    assert got.get(("divestment", "Corliss Savings Bank", "Lumora")) == "agreed"
    assert not any(k[1] == "Brevant Industries" and k[2] == "Lumora" for k in got)


def test_two_firms_fit_the_noun(rules):
    text = ("Corliss Savings Bank said it agreed to merge with Harlow National Bank.\n"
            "Corliss Savings Bank said the merger would close in June.\n"
            "The bank has agreed to acquire Lumora Inc for 20 mln dlrs.")
    assert not any(k[0] == "acquisition" and k[2] == "Lumora" for k in found(rules, text))


def test_not_the_speaker_of_a_story_about_another_firm(rules):
    text = ("Kestrel Sports Ltd bought a stake in Lumora Golf Ltd last year.\n"
            "Lumora Golf said sales had fallen by 13 pct.\n"
            "Earlier this week the sportswear giant seized a 19 pct stake in Tavin Ltd.")
    got = found(rules, text)
    assert not any(k[1] == "Lumora Golf" and k[2] == "Tavin" for k in got)


def test_a_description_of_another_firm(rules):
    text = ("Kestrel Corp said profit rose in the quarter.\n"
            "Kestrel said it would open two plants.\n"
            "The acquiring company has agreed to buy Lumora Inc for 20 mln dlrs.")
    assert not any(k[2] == "Lumora" for k in found(rules, text))


def test_another_company_named_before_the_description(rules):
    text = ("Harlow Stores Inc said quarterly sales rose 8 pct.\n"
            "Harlow Stores has been trying to build its online business.\n"
            "Analysts at Brevant Securities said the retailer took full ownership of Corliss Data Inc in July.")
    assert ("acquisition", "Harlow Stores", "Corliss Data") not in found(rules, text)


def test_the_firm_whose_name_holds_the_noun_not_the_speaker(rules):
    text = ("Kestrel Corp said it agreed to sell its leasing unit to Bank of Harlow.\n"
            "Kestrel said the sale would close in June.\n"
            "The bank also agreed to acquire Lumora Inc for 20 mln dlrs.")
    got = found(rules, text)
    assert got.get(("acquisition", "Bank of Harlow", "Lumora")) == "agreed"
    assert ("acquisition", "Kestrel", "Lumora") not in got
