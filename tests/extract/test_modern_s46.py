"""Modern financial prose the rules misread (issue 15): a passive that names two holders ("Novvi LLC is jointly
owned by the Company and Cosan US", "is equally owned by X and Y") gave a stake to the first only. A list of
firms each owned by the same holder joins no holder to another. The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text", [
    "Corvex Software is jointly owned by Harlow Systems and Brenmar Holdings.",
    "Corvex Software Corp. is owned by Harlow Systems Inc. and Brenmar Holdings Ltd.",
])
def test_each_holder_a_passive_names_holds_a_stake(rules, text):
    ties = found(rules, text)
    assert ties.get(("stake", "Harlow Systems", "Corvex Software")) == "active"
    assert ties.get(("stake", "Brenmar", "Corvex Software")) == "active"


def test_a_list_of_companies_each_owned_by_the_same_holder_holds_nothing_of_each_other(rules):
    text = ("Corvex Steel Co, owned 41.9 pct by Harlow Industries Inc, and Brenmar Steel Co, owned 41.3 pct by Harlow "
            "Industries Inc, are expected to merge.")
    ties = found(rules, text)
    assert ties.get(("stake", "Harlow Industries", "Corvex Steel")) == "active"
    assert ("stake", "Brenmar Steel", "Corvex Steel") not in ties
