"""Company nodes modern financial news makes that are none (FiNER-ORD's precision): the outlet a speaker
told, a brand marked as a trademark, a ticker written bare after a firm's full name ("PACCAR Inc. PCAR
has"), a government called by its head, a known firm's name inside a thing's or a region's ("the Emirates
Stadium", "Continental Europe"), and the short form of what a firm owns ("Doxim's Customer Engagement
Platform (CEP)"), a body's name without its head ("the Association of Amarone Families ... the Amarone
Families"), a second node for a firm written short without the legal form its name opens with ("PT Bayan
Resources Tbk ... Bayan argued"); and, missed before, the firms a list gives as examples of what the news calls firms
("chains such as Woolworths and Coles"), a number opening a firm's name wherever the text writes it ("The
Five Arrows brand"). The firms are made up where the rule does not turn on a known name."""

from __future__ import annotations

import pytest

from keiretsu.extract.entities import resolve_document
from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import EntityKind, EntityMention, Extraction

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, outlet", [
    ("Prices are low, but we have to work to where the price is, Harwick Iron chairman Tony Kiernan told the ABC.",
     "ABC"),
    ("Quorra Securities is proactive in dealing with these issues, its chief executive told Fairfax Media.",
     "Fairfax Media"),
])
def test_the_outlet_a_speaker_told_is_no_company(rules, text, outlet):
    assert outlet not in companies(rules, text)


def test_a_firm_told_something_in_a_deal_stays(rules):
    text = "Bolt Mining Ltd said it had told Harwick Iron Ltd it would buy its Pilbara unit for 20 million dlrs."
    assert {"Bolt Mining", "Harwick Iron"} <= companies(rules, text)


def test_a_brand_marked_as_a_trademark_is_no_company(rules):
    text = ("Quorra Systems, Inc., developer of the BrightPlan® planning software, won an award.\n"
            "Out of the 500 advisors surveyed, 79% rated BrightPlan highly.")
    assert "BrightPlan" not in companies(rules, text)
    assert "Quorra Systems" in companies(rules, text)


@pytest.mark.parametrize("text, ticker", [
    ("Here are some stocks to consider:\nHARLCO Inc. HRLC has an Earnings ESP of +1.72% and a Zacks Rank # 2 "
     "(Buy).\nThe company will report second - quarter 2015 financial numbers on Jul 28.", "HRLC"),
    ("Investors are losing patience, says Questor: sell Glenmore Resources [LON: GLNM].\n"
     "GLNM shares fell 5 percent.", "GLNM"),
])
def test_a_ticker_after_a_full_name_is_its_alias(rules, text, ticker):
    assert ticker not in companies(rules, text)


def test_a_bare_ticker_that_does_not_spell_the_name_is_not_taken(rules):
    from keiretsu.extract.entities import spelt_in
    assert spelt_in("PCAR", "PACCAR") and spelt_in("AN", "AutoNation")
    assert not spelt_in("GPI", "Automotive")


def test_a_government_called_by_its_head_is_no_company(rules):
    text = "The economy is growing at its slowest since the Abbott government and Joe Hockey were elected."
    assert "Abbott" not in companies(rules, text)
    assert "Abbott" in people(rules, text)


@pytest.mark.parametrize("text, name", [
    ("Arsenal sued the firm, a box holder at the Emirates Stadium, over a row about bread.", "Emirates"),
    ("While Continental Europe has posted revenue growth in the double - digits, its operations in North America "
     "have been somewhat weaker.", "Continental"),
])
def test_a_known_name_inside_a_place_or_a_thing_is_no_company(rules, text, name):
    assert name not in companies(rules, text)


def test_the_short_form_of_what_a_firm_owns_is_no_company(rules):
    text = ("Veridox said it has acquired Roldata Systems, a provider of electronic documents.\n"
            "Veridox’s Customer Engagement Platform (“ CEP ”) is at the forefront of this shift.\n"
            "Veridox CEP transforms how banks talk to customers.")
    names = companies(rules, text)
    assert "CEP" not in names and "Veridox CEP" not in names
    assert "Veridox" in names


@pytest.mark.parametrize("text, firms", [
    ("It accounts for half the fleet at major chains such as Harlowe and Pennick, compared with 20 per cent before.",
     {"Harlowe", "Pennick"}),
    ("On Monday, shares in biotech companies such as Zorvagen and Quellant Sciences dropped after the tweet.",
     {"Zorvagen", "Quellant Sciences"}),
])
def test_the_examples_a_list_gives_of_firms_are_firms(rules, text, firms):
    assert firms <= companies(rules, text)


def test_a_list_of_firms_stops_short_of_a_name_it_cuts(rules):
    text = "Drug companies, including Pharmacia and Scherlin - Plough, cut prices."
    assert "Scherlin" not in companies(rules, text)


def test_a_number_opens_a_firms_name_written_short_too(rules):
    text = ("Harwick Group rose 10 percent after it said it had bought asset finance business Seven Herons Leasing "
            "from Quellant & Co.\nThe acquisition of Seven Herons for 117 million pounds takes the firm into a new "
            "market.\nSeven Herons Leasing provides asset finance to small firms.\nThe Seven Herons brand was not "
            "part of the deal.")
    names = companies(rules, text)
    assert "Seven Herons Leasing" in names and "Herons Leasing" not in names


def test_a_bodys_name_without_its_head_is_the_body(rules):
    text = ("The Association of Valdoro Families, made up of the 12 leading producers of the region's red wine, "
            "will tour the United States.\n\"We are proud,\" said Marisa Bellandi, President of the Valdoro "
            "Families.\nOn Oct. 17 the Valdoro Families are hosting a tasting.")
    assert "Valdoro Families" not in companies(rules, text)


def test_a_short_form_without_the_legal_form_a_name_opens_with_is_one_node():
    text = "A row between PT Kestrel Resources Tbk and Harwick Singapore.\nKestrel argued that the court erred."
    ex = Extraction(1)
    for name, written in [("PT Kestrel Resources", "PT Kestrel Resources Tbk"),
                          ("Harwick Singapore", "Harwick Singapore"), ("Kestrel", "Kestrel argued")]:
        at = text.index(written)
        written = written.removesuffix(" argued")
        ex.entities.append(EntityMention(EntityKind.COMPANY, name, written, at, at + len(written)))
    resolve_document(ex, text, Gazetteer.default())
    assert {e.name for e in ex.entities} == {"PT Kestrel Resources", "Harwick Singapore"}
