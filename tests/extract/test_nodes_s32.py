"""Company names of a full wire build that are none (2026-12-03, third session): the short form in
brackets of a body written in lower case or in its own language, and a town before "Penn." and
"-based". The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, short", [
    ("ROME, April 7 - The executive committee of the Ruritanian national banking association (ABR) approved a "
     "fund with Kelvar Bank SpA.\nABR chairman Giannino Parravicini said the fund would start in 1988.", "ABR"),
    ("BONN, March 2 - Retail sales rose in 1986, the General Association of the Ruritanian Retail Trade (HVE) "
     "said.\nHVE President Wolfgang Hinrichs said Kelvar AG gained most.", "HVE"),
    ("Kelvar Corp will work with the National Military Office for Strategic Industries (OMRIS).\nThe director "
     "general of OMRIS said the deal would be signed soon.", "OMRIS"),
])
def test_a_body_s_short_form_whatever_its_letters_is_no_company(rules, text, short):
    found = companies(rules, text)
    assert short not in found
    assert "Kelvar" in found or "Kelvar Bank" in found


def test_a_firm_s_short_form_stays(rules):
    found = companies(rules, "Kelvar Industrial Holdings Corp (KIH) said it sold its unit to Dunmore Inc.\n"
                             "KIH said the sale would close in May.")
    assert "KIH" in found or "Kelvar Industrial" in found


def test_a_town_before_penn_and_based_is_no_company(rules):
    found = companies(rules, "Kelvar Bancorp Inc said it completed its merger with Ramapo, Penn.-based "
                             "<Third National Bank and Trust Co>.")
    assert "Ramapo" not in found
    assert "Third National Bank and Trust" in found
