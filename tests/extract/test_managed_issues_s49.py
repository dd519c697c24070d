"""The firm that manages or underwrites a company's issue supplies its issuer a service (RECALL5, issue 15):
"X is issuing a eurobond ..., lead manager Y said", "said lead manager Y", "Y said as lead manager", "through
underwriters led by Y". Not the owner of the manager, not a firm of the issuer's own name, not an issue with no
issuer named. So does the adviser a sentence tells as acting for "its" client ("Y is serving as its financial
advisor", "its financial adviser, Y", "the company said financial advisor Y"). The firms are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, manager, issuer", [
    ("LONDON, March 2 - Harlow Finance BV is issuing a 100 mln dlr eurobond due April 2, 1991 at 7-1/4 pct "
     "and 101-1/8 pct, lead manager Brenmar Securities International said.", "Brenmar Securities International",
     "Harlow Finance"),
    ("NEW YORK, March 3 - Corvex Power Co is raising 100 mln dlrs through an offering of first mortgage bonds due "
     "1997 yielding 7.663 pct, said lead manager Kestrova and Co Inc.", "Kestrova", "Corvex Power"),
    ("LONDON, March 25 - Velmora Inc is issuing 100 mln dlrs of convertible debt due October 4, 2002 carrying an "
     "indicated coupon of six pct and priced at par, Dorvane Brothers International said as lead manager.",
     "Dorvane Brothers International", "Velmora"),
    ("CHICAGO, March 3 - Harlow Apparel Inc said an initial public offering of 27 mln Class A common shares is "
     "underway at nine dlrs per share through underwriters led by Brenmar Burnham Inc.", "Brenmar Burnham",
     "Harlow Apparel"),
])
def test_the_manager_of_an_issue_supplies_its_issuer(rules, text, manager, issuer):
    assert found(rules, text).get(("supply", manager, issuer)) == "active"


def test_an_issue_to_come_has_its_manager_agreed(rules):
    ties = found(rules, "TOKYO, April 3 - Corvex Trust and Investment Corp will issue a 30 billion yen, 10-year bond "
                        "on April 23, Kestrova Securities said as lead manager.")
    assert ties.get(("supply", "Kestrova Securities", "Corvex Trust and Investment")) == "agreed"


def test_the_owner_of_the_manager_supplies_nothing(rules):
    ties = found(rules, "DALLAS, March 19 - Velmora Energy Co said an offering of eight mln preferred units is "
                        "underway at 18 dlrs each through underwriters led by Brenmar Holdings Inc's Dorvane Reynolds "
                        "Inc and Kestrova Securities Corp.")
    assert ("supply", "Dorvane Reynolds", "Velmora Energy") in ties
    assert ("supply", "Brenmar", "Velmora Energy") not in ties


def test_a_firm_of_the_issuers_own_name_supplies_nothing(rules):
    ties = found(rules, "LONDON, March 4 - Kestrova Bank Ltd is issuing a 30 mln dlr convertible eurobond due 2002 "
                        "priced at par, lead manager Kestrova International Ltd said.")
    assert not [k for k in ties if k[0] == "supply"]


def test_a_manager_with_no_issuer_named_supplies_nothing(rules):
    ties = found(rules, "LONDON, March 4 - Demand for eurobonds was strong today, lead manager Brenmar Securities "
                        "International Ltd said, and Corvex Bank Ltd said its profit rose.")
    assert not [k for k in ties if k[0] == "supply"]


@pytest.mark.parametrize("text, adviser, client", [
    ("NEW YORK, March 2 - Harlow Publishers Inc said Brenmar and Co is acting as its financial advisor.",
     "Brenmar", "Harlow Publishers"),
    ("NEW YORK, March 2 - Harlow Publishers Inc said its financial advisor, Brenmar and Co, reviewed the offer.",
     "Brenmar", "Harlow Publishers"),
    ("NEW YORK, March 2 - Harlow Publishers Inc said it received an offer. It said Kestrova Brothers is serving as "
     "its financial advisor.", "Kestrova Brothers", "Harlow Publishers"),
    ("STAMFORD, Conn., April 1 - Corvex Corp said its board has rejected Velmora Industries Inc's tender offer. The "
     "company said financial advisor <Brenmar, Sachs and Co> determined the price to be inadequate.", "Brenmar Sachs",
     "Corvex"),
])
def test_the_adviser_told_as_its_own_supplies_the_client(rules, text, adviser, client):
    assert found(rules, text).get(("supply", adviser, client)) == "active"


def test_the_owner_of_the_adviser_advises_nobody(rules):
    ties = found(rules, "NEW YORK, March 2 - Harlow Broadcast Corp said it and its investment bankers, Brenmar Inc's "
                        "Brenmar Brothers, advised Corvex the closing would not be consummated.")
    assert ("stake", "Brenmar", "Brenmar Brothers") in ties
    assert ("supply", "Brenmar", "Harlow Broadcast") not in ties


@pytest.mark.parametrize("text, manager, issuer", [
    ("NEW YORK, March 27 - Harlow Co is offering 200 mln dlrs of convertible exchangeable preferred stock at 50 dlrs "
     "a share, said Brenmar Stanley and Co, underwriter.", "Brenmar Stanley", "Harlow"),
    ("NEW YORK, March 19 - Lead underwriter Kestrova and Co Inc said an initial public offering of 500,000 units of "
     "<Velmora Marketing Technology Corp> is under way at eight dlrs a unit.", "Kestrova",
     "Velmora Marketing Technology"),
])
def test_the_underwriter_told_after_its_name_or_before_the_issue_supplies_the_issuer(rules, text, manager, issuer):
    assert found(rules, text).get(("supply", manager, issuer)) == "active"


def test_a_dealer_offering_anothers_paper_is_no_issuer(rules):
    ties = found(rules, "However, underwriters away from the Brenmar Stearns syndicate said the issue may have sold "
                        "even faster if Kestrova-Bache did not offer the Harlow Electric Credit notes on Friday.")
    assert not [k for k in ties if k[0] == "supply"]


def test_the_underwriter_named_after_another_company_is_the_one_that_withdrew(rules):
    ties = found(rules, "CULVER CITY, Calif., March 18 - Harlow Care Inc said it has agreed to terminate the proposed "
                        "acquisition of <Velmora Care> because <Brenmar Jersey Securities> has withdrawn as underwriter "
                        "for a proposed offering of Harlow Care securities.")
    assert ties.get(("supply", "Brenmar Jersey Securities", "Harlow Care")) == "called_off"
    assert not [k for k in ties if k[0] == "supply" and k[1] == "Velmora Care"]


@pytest.mark.parametrize("text", [
    "NEW YORK, March 4 - The Commonwealth of Australia is offering in the Yankee bond market 400 mln dlrs of "
    "notes, said lead manager Brenmar Securities Inc.",
    "LONDON, March 13 - The European Coal and Steel Community is issuing a 100 mln stg eurobond due 1997, lead "
    "manager Kestrova Securities said.",
    "DUESSELDORF, March 31 - North-Rhine Westphalia is raising 1.2 billion marks through a bond issue, lead manager "
    "Dorvane Bank said.",
])
def test_a_state_or_an_organisation_of_states_raising_money_is_no_client(rules, text):
    """Governments issue most of the bond market's paper: their managers serve no company."""
    assert not [k for k in found(rules, text) if k[0] == "supply"]
