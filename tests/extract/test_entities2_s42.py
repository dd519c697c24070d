"""Session 42: company names wire copy writes that keiretsu missed or cut (issue 15)."""

from keiretsu.extract.headlines import headline_names
from keiretsu.models import EntityKind


def test_results_brief_headline_names_the_firm_before_its_ticker():
    # no legal form, but a results brief's period follows the ticker: no verb can hide in the name
    assert headline_names("KESTREL WATER SYSTEM <KWS> TWO MONTHS NET") == ["Kestrel Water System"]
    assert headline_names("ORVILLE SAVINGS AND LOAN ASS'N <ORVL> YEAR END") == ["Orville Savings and Loan Ass'n"]
    assert headline_names("MARLOWE ELECTRIC <MLE> 4TH QTR LOSS") == ["Marlowe Electric"]
    # (session 31 had this one among headlines with no name)
    assert headline_names("NEW HARTLAND ELECTRIC SYSTEM <NHE> TWO MONTHS NET", frozenset({"new"})) == ["New Hartland Electric System"]


def test_ticker_without_results_words_still_needs_a_legal_form():
    # one word before the ticker is often the wire's clipped name ("TREMONT" of Tremont Hydraulics)
    assert headline_names("TREMONT <TRM> 4TH QTR NET") == []
    assert headline_names("DORSET GROUP CUTS BRAXTON <BXT> STAKE") == []
    assert headline_names("INVESTORS UP HALCYON <HLC> STAKE TO 9.1 PCT") == []
    # too many words before the ticker for a name alone
    assert headline_names("FIRM SAYS IT WILL REPORT LOWER PELHAM MILLS <PLM> NET") == []


def _companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_known_name_inside_the_storys_longer_name_is_that_firm(rules):
    text = ("TOKYO, March 9 - Toyota Kosan Co said it agreed to buy a 20 pct stake in Marlin Pumps Corp.\n"
            "Toyota Kosan's president said the purchase of the Marlin Pumps stake would close in May.")
    got = _companies(rules, text)
    assert "Toyota Kosan" in got and "Toyota" not in got


def test_a_peoples_name_before_a_known_name_opens_another_firms_name(rules):
    got = _companies(rules, "TORONTO, April 1 - Halvorsen Mining said Canadian Barrick agreed to buy its "
                            "gold claims for 12 mln dlrs.")
    assert "Canadian Barrick" in got and "Barrick Gold" not in got


def test_a_known_name_standing_alone_stays_known(rules):
    got = _companies(rules, "DETROIT, March 9 - Ford Motor Credit Co said it agreed to buy a stake in Hertz.\n"
                            "Ford said it would later sell the stake to Toyota.")
    assert {"Ford Motor Credit", "Toyota"} <= got and "Toyota Motor" not in got


def test_a_known_name_inside_a_legal_name_in_a_sentence_of_no_deal(rules):
    # neither sentence holds a deal's words: the cheap reading must not take "Barrick" for Barrick Gold
    text = ("TORONTO, April 1 - Halvorsen Mining Ltd said the rise is due to drilling by American Barrick "
            "Resources Corp in northern Nevada.\nHalvorsen said American Barrick found gold below 1,000 feet.")
    got = _companies(rules, text)
    assert "American Barrick Resources" in got and "Barrick Gold" not in got


def test_a_known_name_in_a_legal_name_after_a_common_word_stays_known(rules):
    got = _companies(rules, "Shares of General Motors Corp rose two pct in busy trading.")
    assert "General Motors" in got


def test_two_names_sharing_a_plural_firm_noun_are_two_firms(rules):
    got = _companies(rules, "OMAHA, March 6 - Regulators rejected the merger of the Platte Valley and Great "
                            "Northern Plains Railroads on the grounds that it would reduce competition.")
    assert {"Platte Valley Railroad", "Great Northern Plains Railroad"} <= got
    assert not any(n.endswith("Railroads") for n in got)


def test_a_plural_firm_noun_after_no_pair_of_names_names_no_firm(rules):
    got = _companies(rules, "NEW YORK, March 6 - The merger of the two Banks was approved by Hartwell Corp.")
    assert not any("Bank" in n for n in got)
