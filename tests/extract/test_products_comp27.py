"""Products in filings and wire copy that no rule made companies before (issue 15, COMP27): a drug named by what
it is a copy of or a candidate for ("a generic version of Sanctura XR", "Our lead product candidate, OTREXUP,"),
by its kind after it ("VIBATIV drug product", "BCBS branded products") or by its dose ("ASACOL 800 mg"), and the
title of a filing's note ("See Note 4, Consolidated Core Companies"); what a firm is approved to market ("approval
to market Statil and Zoladex"); the deal a sentence opens with before a firm's legal name ("The Merger of Sunoco,
Inc."). Sentences from FIRE's half A and Reuters train; the firms beside them stay companies."""

from __future__ import annotations

import pytest

from ..helpers import companies


@pytest.mark.parametrize("text, product, firm", [
    ("Subsequent to Watson s ANDA filing, Sandoz Inc. and Paddock Laboratories, Inc. (acquired by Perrigo Company in "
     "August 2011) also filed ANDAs for a generic version of Sanctura XR.", "Sanctura XR", "Sandoz"),
    ("The Federal Circuit vacated the PI on December 12, 2011 due to the District Court s failure to hold an "
     "evidentiary hearing, and suggested that the District Court consider entry of a temporary restraining order "
     "(TRO) prohibiting Mylan from launching a generic version of DORYX 150 until the District Court rendered its "
     "decision on the merits.", "DORYX", "Mylan"),
    ("We must obtain regulatory approval for VIBATIV drug product manufactured at Hospira's facility before any such "
     "product may be sold.", "VIBATIV", "Hospira"),
    ("In September 2011, the Company received a Paragraph IV certification notice letter from Zydus Pharmaceuticals "
     "USA, Inc. indicating that Zydus had submitted to the FDA an Abbreviated New Drug Application (ANDA) seeking "
     "approval to manufacture and sell a generic version of the Company s ASACOL 800 mg product.", "ASACOL",
     "Zydus Pharmaceuticals USA"),
    ("Because AH began offering BCBS branded products in January 2013, it will now also be required to comply with "
     "BCBSA minimum capital requirements.", "BCBS", "BCBSA"),
])
def test_a_drug_or_a_brand_the_sentence_names_so_is_no_firm(rules, text, product, firm):
    found = companies(rules, text)
    assert product not in found
    assert firm in found


def test_a_product_candidate_in_apposition_is_no_firm(rules):
    text = ("Our lead product candidate, OTREXUP, is a proprietary combination product comprised of a pre-filled "
            "methotrexate syringe and our Medi-Jet self-injection system for the treatment of moderate to severe "
            "rheumatoid arthritis (RA).")
    assert "OTREXUP" not in companies(rules, text)


def test_a_drug_in_apposition_after_its_kind_is_no_firm(rules):
    text = ("Dow Chemical Co said a judge on the New Jersey Superior Court for Monmouth County granted its Merrell "
            "Dow Pharmaceuticals Inc unit a motion for a directed verdict in its favor in a case alleging its morning "
            "sickness drug, Bendectin, caused a child's birth defects.")
    found = companies(rules, text)
    assert "Bendectin" not in found
    assert "Merrell Dow Pharmaceuticals" in found


@pytest.mark.parametrize("text, firm", [
    # a firm in apposition after what the news calls a firm is named so, whatever the comma
    ("The sources said the Hungarian company, Chemokomplex, has asked the World Bank for money to buy the "
     "equipment.", "Chemokomplex"),
    # a copy of a firm's product, the firm owning it: the firm stays one
    ("Lederle Laboratories, a unit of American Cyanamid Co, said it will market Cephalexin, an antibiotic that is "
     "the generic version of Eli Lilly Inc's Keflex.", "Eli Lilly"),
])
def test_a_firm_beside_a_product_cue_stays_a_firm(rules, text, firm):
    assert firm in companies(rules, text)


def test_a_filings_note_title_is_no_firm(rules):
    found = companies(rules, "See Note 4, Consolidated Core Companies, for additional information regarding ICG s "
                             "acquisition of MSDSonline.")
    assert "Consolidated Core Companies" not in found
    assert "MSDSonline" in found
    assert "Business Combinations" not in companies(
        rules, "See Note (3), Business Combinations for the acquisition completed by the Company during 2010.")


def test_what_a_firm_is_approved_to_market_is_no_firm(rules):
    text = ("Food and Drug Administration approval to market Statil and Zoladex, both under joint licensing agreements "
            "with Merck and Co Inc <MRK>, is not expected until about 1989.")
    found = companies(rules, text)
    assert "Statil" not in found
    assert "Zoladex" not in found
    assert "Merck" in found


def test_what_a_firm_markets_is_no_firm(rules):
    text = ("Computer Power manufactures and markets Uninterruptible Power Systems, line conditioners and related "
            "components for the protection of the computer and emergency lighting industries.")
    found = companies(rules, text)
    assert "Uninterruptible Power Systems" not in found
    assert "Computer Power" in found


def test_a_firm_whose_products_are_marketed_stays_a_firm(rules):
    assert "Promedico" in companies(rules, "Teva said it will continue to market Promedico's products through its "
                                           "wholly owned subsidiary.")


def test_the_deal_a_sentence_opens_with_is_no_part_of_the_name(rules):
    found = companies(rules, "The Merger of Sunoco, Inc. with ETP was completed on October 5, 2012.")
    assert "Sunoco" in found
    assert "Merger of Sunoco" not in found


def test_a_shell_named_for_its_deal_keeps_its_name(rules):
    found = companies(rules, "MTS Acquisition Corp said it will need about 907 mln dlrs to acquire the 31,781,461 "
                             "Caesars World Inc shares not owned by its owner, Martin T. Sosnoff.")
    assert "MTS Acquisition" in found
    assert "Caesars World" in found


def test_a_fund_launched_stays_a_company(rules):
    text = ("Loh said <OUB Investment management Ltd>, a subsidiary of the Overseas Union Bank Ltd, has teamed up with "
            "a U.K. Firm to launch the Union Global Fund.")
    assert "Union Global Fund" in companies(rules, text)
