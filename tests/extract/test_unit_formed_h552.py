"""A company that says it formed a unit and names it after the noun owns it: "VWR Corp said it has formed a new
subsidiary, Momentun Textiles" is VWR's stake in Momentun Textiles (a parent and its named subsidiary are a
stake). Only a unit formed already, and only where a named company forms it. The sentences are from the
Reuters-21578 train split."""

from __future__ import annotations

import pytest

from ..helpers import found


@pytest.mark.parametrize("text, parent, unit", [
    # reuters-1045
    ("SEATTLE, March 3 - VWR Corp said it has formed a new subsidiary, Momentun Textiles, to handle the distribution "
     "of upholstery fabrics, leathers and naugahyde to contract and consumer furniture manufacturers.",
     "VWR", "Momentun Textiles"),
    # reuters-3255
    ("NEW YORK, March 9 - Barter Resources said it formed a television home shopping unit, Television Catalogue Inc.",
     "Barter Resources", "Television Catalogue"),
    # reuters-6021
    ("BioTechnica International said it established a new subsidiary, BioTechnica Agriculture, to develop and "
     "commercialize microbial and plant products for improving crops.",
     "BioTechnica International", "BioTechnica Agriculture"),
])
def test_the_company_that_formed_a_named_unit_owns_it(rules, text, parent, unit):
    assert found(rules, text).get(("stake", parent, unit)) == "active"


def test_a_unit_only_planned_is_not_read_as_formed(rules):
    # reuters-6944: the unit is yet to be set up ("wholly owned" says what it will be, a reading of its own)
    text = ("Nippon Life Insurance Co said profits rose.\nNippon Life, Japan's largest life insurer, also plans to set up "
            "a wholly owned investment unit, <Nissei International America>, in New York next month.")
    [ex] = rules.extract([(1, text)])
    assert not any(m.target == "Nissei International America" and m.trigger == "unit" for m in ex.mentions)


def test_a_unit_formed_by_an_unnamed_company_has_no_owner_guessed(rules):
    # reuters-8482: "The company" is left to what resolves references, not to the rule
    text = ("The company said it formed a new subsidiary, Sico Industries Inc, based in Toronto, to regroup industrial "
            "operations across Canada.")
    assert not any(k[0] == "stake" for k in found(rules, text))
