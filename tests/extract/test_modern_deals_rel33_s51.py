"""Modern financial news (REL33, issue 15), on sentences of the FiNER-ORD tuning articles: a name written as the
owner's title before a spokesman's company ("a spokesman for Mercedes-Benz owner Daimler AG") is no name the
spokesman merely speaks for: the sentence still says whose the first company is; a price paid for a company is its
acquisition ("the $403 million it paid for MakerBot"), never a price paid for a stake, shares or a service; goods counted as sold "across" or "under" a company's brands sell
no company that names a brand."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import found


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_spokesman_for_the_owner_named_by_what_it_owns(rules):
    ties = found(rules, "A China-based spokesman for Mercedes-Benz owner Daimler AG could not immediately be reached "
                        "for comment.")
    assert ties.get(("stake", "Daimler", "Mercedes-Benz")) == "active"
    ties = found(rules, "A spokeswoman for Instagram parent Facebook Inc declined to comment.")
    assert ties.get(("stake", "Facebook", "Instagram")) == "active"


def test_a_spokesman_for_one_company_still_ties_it_to_nothing(rules):
    ties = found(rules, "A spokesman for Daimler AG said Mercedes-Benz sales rose in China.")
    assert not ties


def test_a_price_paid_for_a_company_is_its_acquisition(rules):
    # FiNER-ORD dev6 (The Motley Fool), and two Reuters train stories the rule fires on
    ties = found(rules, "Thus far, Stratasys Ltd has written off $296 million -- 73% of the $403 million it paid for "
                        "MakerBot Industries Inc -- raising serious questions about its acquisitions.")
    assert ties.get(("acquisition", "Stratasys", "MakerBot Industries")) == "active"
    ties = found(rules, "Combustion Engineering Inc paid about 218 mln dlrs for AccuRay Corp, a maker of computer-based "
                        "measurement and control systems used in pulp and paper mills.")
    assert ties.get(("acquisition", "Combustion Engineering", "AccuRay")) == "active"
    ties = found(rules, "Brenmar Corp will pay $5 million for Harlow Inc, the company said.")
    assert ties.get(("acquisition", "Brenmar", "Harlow")) == "agreed"


def test_a_price_paid_for_a_stake_a_service_or_denied_is_no_acquisition(rules):
    assert ("acquisition", "Brenmar", "Harlow") not in found(rules, "Brenmar Corp paid $5 million for its stake in Harlow Inc.")
    assert not found(rules, "Brenmar Corp paid Harlow Inc $5 million for consulting services.")
    assert not found(rules, "Brenmar Corp did not pay $5 million for Harlow Inc.")


def test_goods_sold_across_its_brands_sell_no_company(rules):
    # FiNER-ORD dev6 (The Motley Fool)
    ties = found(rules, "At the close of the first quarter, Stratasys Ltd had sold a total of 129,197 3D printers across "
                        "its MakerBot, Objet, and Stratasys brands since their respective inceptions.")
    assert not [k for k in ties if k[0] == "divestment"]
    assert ties.get(("stake", "Stratasys", "MakerBot")) == "active"
    # a unit sold is still a sale
    ties = found(rules, "Brenmar Corp sold its Harlow unit to Acme Inc last year.")
    assert ties.get(("divestment", "Brenmar", "Harlow")) == "active"
