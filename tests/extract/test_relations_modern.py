"""Relationships and roles as modern financial prose writes them (issue 15), read by the rules alone:
several offices after one name, an office told in a clause about the company, staff at a firm;
partnerships that are no alliance (a legal form, a settlement); advisers and suppliers. The
sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor


def facts(rules: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {m.key for m in ex.mentions}


@pytest.mark.parametrize("text, person, company", [
    # several offices after one name, each with its company
    ('"We are pleased," said Tom Brenner, Chairman of Varlo Corp and Co-Founder of Quenby Capital.',
     "Tom Brenner", "Quenby Capital"),
    ('"We are pleased," said Tom Brenner, Chairman of Varlo Corp and Co-Founder of Quenby Capital.',
     "Tom Brenner", "Varlo"),
    # an office told in a relative clause about the company
    ("Harrowgate Retail Ltd, of which Mr Tom Brenner is deputy chairman, filed for administration.",
     "Tom Brenner", "Harrowgate Retail"),
    # a credential between the name and the office
    ('"Rates will rise," said Ann Keller, CFA, Dunmore Bank\'s chief credit analyst.', "Ann Keller", "Dunmore Bank"),
    # staff of a firm: a partner, an executive
    ("Growth will slow, according to Ann Keller, a partner at Brightwater Ventures in Boston.",
     "Ann Keller", "Brightwater Ventures"),
    ("Ms Keller is Dunmore Bank's group executive for institutional banking.", "Keller", "Dunmore Bank"),
    ("The post went to former Quenby Capital Corp executive Rob Tallis, the statement said.", "Rob Tallis",
     "Quenby Capital"),
    # a verb read as a preposition ties the office to the name before it
    ("Mr Tallis stepped down following his move to chairman of Varlo Holdings from the finance role.",
     "Tallis", "Varlo"),
    # "its" in a sentence that names no company: the company the story tells of
    ("Varlo Inc. said sales rose. Its chief executive, Tom Brenner, said demand was strong.", "Tom Brenner", "Varlo"),
    # a verb that gives the office
    ("Tom Brenner, who heads Varlo Inc., said demand was strong.", "Tom Brenner", "Varlo"),
    # a reference to the company the sentence tells of
    ("William E. Fuller, company spokesman, said Varlo Industries has no plans to sell.", "William E. Fuller",
     "Varlo Industries"),
])
def test_offices_in_modern_prose(rules, text, person, company):
    assert ("role", person, company) in facts(rules, text)


@pytest.mark.parametrize("text, person, company", [
    # the office before the verb is another's: Harker is the chief, not Roberts
    ("Mr Harker, Varlo Corp's local chief, replaces Paul Roberts at the helm of the group.", "Paul Roberts", "Varlo"),
    # a title of a body the noun before it names is no office of the story's company
    ("While central bank Chair Ann Keller says rates will rise, Dunmore Bank disagrees.", "Ann Keller", "Dunmore Bank"),
    # a company named well after the office, past other words, is not its company
    ("Ann Keller was elected the association's deputy chair, following the departure of Varlo Corp's Tom Brenner.",
     "Ann Keller", "Varlo"),
])
def test_offices_that_are_anothers(rules, text, person, company):
    assert ("role", person, company) not in facts(rules, text)


def test_an_office_run_before_is_ended(rules):
    [ex] = rules.extract([(1, "Ann Keller, who ran Dunmore Corp for a decade, joined Varlo Inc. in May.")])
    assert {(m.source, m.target, m.status.value) for m in ex.mentions if m.type.value == "role"} == \
        {("Ann Keller", "Dunmore", "ended")}


def test_a_board_chairman_speaks_for_the_story_company(rules):
    text = ("Varlo Corp expects turnover to rise this year, management board chairman Tom Brenner said.")
    assert ("role", "Tom Brenner", "Varlo") in facts(rules, text)


@pytest.mark.parametrize("text", [
    "Dunmore Corp first sold limited partnership interests in Varlo Investors L.P. last year.",
    "A group led by Quenby Capital, a New York risk arbitrage partnership, bought 6 pct of Varlo Corp.",
    "Dunmore Corp said it has reached an agreement with Varlo Corp resolving all differences between them.",
    "Varlo Corp said its directors would meet next week to deal with the proposal from Dunmore Corp.",
    "Analysts from Dunmore Research and Quenby Research will discuss the outlook for the market.",
])
def test_no_alliance(rules, text):
    assert not {k for k in facts(rules, text) if k[0] == "alliance"}


def test_a_partnership_to_develop_something_is_an_alliance(rules):
    text = "Varlo Corp announced a strategic partnership with Dunmore Inc to develop batteries."
    assert ("alliance", "Dunmore", "Varlo") in facts(rules, text)


@pytest.mark.parametrize("text, key", [
    ("Under the agreement, Varlo Corp will continue to furnish disk drives to Dunmore Corp, it said.",
     ("supply", "Varlo", "Dunmore")),
    ("Quenby Resources is advised by Brightwater Capital, the investment banking arm of a local lender.",
     ("supply", "Brightwater Capital", "Quenby Resources")),
    ("Dunmore Corp said Brightwater Capital, its financial adviser, found the offer inadequate.",
     ("supply", "Brightwater Capital", "Dunmore")),
    ("Varlo Corp, a supplier to Dunmore Inc, reported higher sales.", ("supply", "Varlo", "Dunmore")),
    # the maker of what is ordered supplies the one that orders
    ("Varlo Air said the order for Dunmore Aircraft Corp long haul jets was worth 1.2 billion francs.",
     ("supply", "Dunmore Aircraft", "Varlo Air")),
    # the company an order is for is the customer
    ("Varlo GmbH has won a 78 mln mark order to build a power station for Dunmore Power Corp.",
     ("supply", "Varlo", "Dunmore Power")),
])
def test_supply_and_advice(rules, text, key):
    assert key in facts(rules, text)


@pytest.mark.parametrize("text", [
    "Varlo Corp must provide Dunmore Corp with all non-public information provided to Quenby Group.",
    "Varlo Corp said it advised Dunmore Corp that a merger would be contrary to its interests.",
    "Varlo Corp said it advised Dunmore Corp it intends to close the transaction on March 16.",
    # an adviser with a firm works there: no client is named
    "Dunmore Corp is a financial planner and adviser with Varlo Wealth Advisors.",
])
def test_no_supply(rules, text):
    assert not {k for k in facts(rules, text) if k[0] == "supply"}


def test_buying_the_interest_not_yet_owned_is_a_takeover(rules):
    text = "In February, Varlo Corp acquired the minority interest in Dunmore Airlines that it did not already own."
    assert ("acquisition", "Varlo", "Dunmore Airlines") in facts(rules, text)


@pytest.mark.parametrize("text", [
    "Brightwater Ventures Inc has not invested in Varlo Corp.",  # the verb itself is denied
    'Dunmore Securities reaffirmed a "buy" rating on shares of Varlo Corp on Thursday.',  # a rating
    "Varlo Corp share prices fell 6 per cent on Wednesday, while Dunmore Ltd sank over 8 per cent.",  # prices
    "Varlo Corp stock rose 3.5 percent to 39 euros per share on the Quenby Exchange Ltd index.",  # a price
])
def test_nothing_stated(rules, text):
    assert not facts(rules, text)
