"""Companies in modern financial copy (issue 15, COMP8): an acronym in the plural ("PC OEMs", "filed
ANDAs") or one the text spells out in lower-case words ("system-on-a-chip, or SoC", "non-performing assets
(NPAs)") is a kind of thing, no company; a market's code for an index, a rate or a price ("(.SSEC)",
"(CAD=D4)", "(CMCU3)") is blanked like a ticker and marks no firm. Sentences are short excerpts of the
tuning material (FIRE half A, FiNER-ORD articles of the allowed list)."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import _spelt_in_lower_case
from keiretsu.extract.rules import RuleExtractor, _masked

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, gone, kept", [
    ("Edom is an independent stocking representative and Micro-Star is a CEM, and each purchase our products "
     "and resell these products to PC OEMs and system integrators.", {"PC OEMs", "PC OEM"}, set()),
    ("Subsequent to Watson s ANDA filing, Sandoz Inc. and Paddock Laboratories, Inc. (acquired by Perrigo "
     "Company in August 2011) also filed ANDAs for a generic version of Sanctura XR.", {"ANDAs", "ANDA"},
     {"Sandoz", "Paddock Laboratories", "Perrigo"}),
    ("As part of the OPI Acquisition, we acquired operations centers in Bengaluru and Kochi, India that are "
     "also located in SEZs.", {"SEZs", "SEZ"}, set()),
])
def test_an_acronym_in_the_plural_is_no_company(rules: RuleExtractor, text: str, gone: set[str],
                                                  kept: set[str]) -> None:
    found = companies(rules, text)
    assert not found & gone
    assert kept <= found


def test_an_acronym_spelt_out_in_lower_case_is_no_company(rules: RuleExtractor) -> None:
    text = ("Additionally, we recently acquired the assets comprising our set-top box, or STB, system-on-a-chip, "
            "or SoC, solutions from Trident Microsystems, Inc. and certain of its subsidiaries, collectively Trident.")
    found = companies(rules, text)
    assert not found & {"SoC", "STB"}
    assert "Trident Microsystems" in found


@pytest.mark.parametrize("text, acronyms", [
    ("the first objective was to strengthen fragile public sector banks (PSBs), he said.", {"PSBs", "PSB"}),
    ("Jaitley also said that though non-performing assets (NPAs) in the banking sector was a cause of concern",
     {"NPAs", "NPA"}),
    ("what officials call a service life extension program, or \u201cSLEP.\u201d", {"SLEP"}),
])
def test_acronyms_of_lower_case_words(text: str, acronyms: set[str]) -> None:
    assert _spelt_in_lower_case(text) == acronyms


@pytest.mark.parametrize("text", [
    "Shares of International Business Machines (IBM) rose.",  # a name's acronym, capitalised words
    "It bought the bank (GE) last year.",  # too few words for two letters
    "Sales to Edom Technology Co., Ltd. (Edom) rose.",
])
def test_no_acronym_of_a_name(text: str) -> None:
    assert not _spelt_in_lower_case(text)


@pytest.mark.parametrize("text, code", [
    ("Shanghai shares (.SSEC) dropped 0.4 percent and South Korea's Kospi (.KS11) dipped.", "(.SSEC)"),
    ("Shanghai shares (. SSEC) dropped 0.4 percent.", "(. SSEC)"),
    ("Canada's loonie dipped 0.2 percent to C$1.3038 to the dollar (CAD=D4) after slumping.", "(CAD=D4)"),
    ("Three-month copper on the London Metal Exchange (CMCU3) stood little changed at $5,206.50 a metric ton.",
     "(CMCU3)"),
])
def test_a_market_code_is_blanked_and_marks_no_firm(text: str, code: str) -> None:
    masked, _, ticked, quoted = _masked(text, 0)
    at = text.index(code)
    assert masked[at : at + len(code)].strip() == ""
    assert at not in ticked and at not in quoted


def test_a_firm_ticker_still_marks_its_firm() -> None:
    text = "Britain's Tesco PLC (TSCO.L) and Carrefour SA (CARR.PA) have all seen sales growth slow."
    _, _, ticked, _ = _masked(text, 0)
    assert text.index("(TSCO.L)") in ticked


@pytest.mark.parametrize("text, firm", [
    ("Dataiku was established in 2013 with its HQ in New York, US.", "Dataiku"),
    ("RFG is a fresh-food company that produces, markets and distributes fresh-cut fruit and vegetables.", "RFG"),
    ("JVB is a securities broker-dealer registered with the SEC and is a member of FINRA and the SIPC.", "JVB"),
    ("Ramirent Finland is the domestic unit of machinery rental company Ramirent Oyj.", "Ramirent Finland"),
])
def test_a_name_the_sentence_says_is_a_firm(rules: RuleExtractor, text: str, firm: str) -> None:
    # FIRE half A: sentences with no deal word, which the parser never reads
    assert firm in companies(rules, text)


@pytest.mark.parametrize("text", [
    "Kochi is a port city in the south of India.",  # made up: a place
    "Nigeria is the largest oil producer in Africa.",  # made up: a country
    "Smith is a partner of the firm.",  # made up: a person, no firm's noun
    # (COMP15: "Automation Anywhere was founded in 2003", English words only, is now a firm: the sentence says what
    # the name is, see test_companies_comp15_s57.py)
])
def test_no_firm_from_a_place_a_person_or_common_words(rules: RuleExtractor, text: str) -> None:
    assert not companies(rules, text)


@pytest.mark.parametrize("text, whole, cut", [
    ("10.24 Promissory Note, dated June 18, 2008 between ChromaDex, Inc. as borrower and Bayer Innovation GmbH as "
     "lender.", "Bayer Innovation", "Bayer"),  # FIRE half A
    ("LONDON, March 9 - Bank of Ireland said it has mandated Barclays de Zoete Wedd Ltd (BZW) to arrange a 300 mln "
     "stg committed certificate of deposit.", "Barclays de Zoete Wedd", "Barclays"),  # Reuters train
])
def test_a_known_name_opening_a_legal_name_is_read_whole(rules: RuleExtractor, text: str, whole: str,
                                                          cut: str) -> None:
    found = companies(rules, text)
    assert whole in found
    assert cut not in found


def test_a_known_name_with_its_own_legal_form_stays_known(rules: RuleExtractor) -> None:
    assert {"Texaco Canada", "Exxon"} <= companies(rules, "Texaco Canada Inc and Exxon Corp said they would meet.")


@pytest.mark.parametrize("text, index", [
    ("Shares rallied as Greece agreed a deal with its creditors.\nThe benchmark Stoxx Europe 600 Index rose 2.2 "
     "percent and Greek, Portuguese and Italian bonds rallied.", "Stoxx Europe"),
])
def test_a_name_before_a_count_and_index_is_the_index(rules: RuleExtractor, text: str, index: str) -> None:
    # FiNER-ORD articles of the allowed list
    assert index not in companies(rules, text)
