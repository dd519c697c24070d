"""Companies and people in modern financial prose and web pages (issue 15): bylines with a dateline,
names with an apostrophe, middle names, a politician's party in brackets, the firm a person works at,
"Firm CEO Person" in a sentence the parser never reads, a page's furniture run into a name, towns and
streets, misspelt and generic short forms in wire copy. Sentences written here; the firms and people
are made up."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, person", [
    ("By Ann Lowry Jul 12, 2015\nThe odds of a rate rise have receded.", "Ann Lowry"),
    ("Five Ways To Save Written by: Brian O'Malley\n08/13/15 - 3:16 PM\nSavers have options.", "Brian O'Malley"),
    ("The board has a new chairman.\nPhoto: Karen O'Hara\nThe group elected him last week.", "Karen O'Hara"),
    ("Prices slid all week.\nby Jonathan Pruett\nTowns near the mines are emptying.", "Jonathan Pruett"),
    ("Ranking member Nancy Brandt (D - Ore.) opposed the bill.", "Nancy Brandt"),
    ("In related news, Director James Thomas Gibbs sold 5,000 shares of the bank's stock.", "James Thomas Gibbs"),
    ("Polls named Carly Westin the winner of the debate.", "Carly Westin"),
])
def test_people_in_bylines_and_titles(rules: RuleExtractor, text: str, person: str) -> None:
    assert person in people(rules, text)


def test_a_byline_holds_no_month(rules: RuleExtractor) -> None:
    assert "Ann Lowry Jul" not in people(rules, "By Ann Lowry Jul 12, 2015\nThe odds of a rate rise have receded.")


@pytest.mark.parametrize("text, firm, person", [
    ("Nick Hollis, analyst at Barrow Kemp, warned investors about the margins.", "Barrow Kemp", "Nick Hollis"),
    ("Fears have weighed on metals, analysts from Calder Economics added in a note.", "Calder Economics", None),
    ("Finvara CEO Rohan Mehta thinks the market is frothy.", "Finvara", "Rohan Mehta"),
    ("The round was led by existing investors Mitch Cole of Dunmore Investment Associates and others.",
     "Dunmore Investment Associates", "Mitch Cole"),
])
def test_the_firm_a_person_works_at(rules: RuleExtractor, text: str, firm: str, person: str | None) -> None:
    assert firm in companies(rules, text)
    assert firm not in people(rules, text)
    if person:
        assert person in people(rules, text)


@pytest.mark.parametrize("text, body", [
    ("Jane Roe, an economist at the Reserve Bank of Australia, disagreed.", "Reserve Bank of Australia"),
    ("A trader at Sydney-based brokers said the market was thin.", "Sydney-based"),
    ("He said he partners with Ann Lee on the fund.", "Ann Lee"),
    ("Writing in a bulletin, Jim Rogan of Velmar's Commodity Marketing Division cited rising trade.",
     "Velmar's Commodity Marketing Division"),
    ("The suit was filed by the company's late founder, Abraham Feld of San Francisco.", "San Francisco"),
    ("The U.S. should reassess its policy, according to Charles Ebbing of the Center for Strategic Studies.",
     "Center"),
    ("Before joining the Treasury, Gould was a partner at the Wall Street firm of Wertley and Co.", "Wall Street"),
    ("The letter was signed by four managers at the Dakota City plant.", "Dakota City"),
    ("A banker at the West German commercial branch of the bank said so.", "West German"),
])
def test_a_workplace_that_is_no_firm(rules: RuleExtractor, text: str, body: str) -> None:
    assert body not in companies(rules, text)


@pytest.mark.parametrize("text, firm, glued", [
    ("Tweet Harbury Financial Corp (NASDAQ: HBRY) declared a quarterly dividend on Monday, the bank said.",
     "Harbury Financial", "Tweet Harbury Financial"),
    ("Results were strong. About Lindell Health Inc. Lindell Health Inc is a leading operator of hospitals.",
     "Lindell Health", "About Lindell Health"),
])
def test_page_furniture_run_into_a_name(rules: RuleExtractor, text: str, firm: str, glued: str) -> None:
    found = companies(rules, text)
    assert firm in found and glued not in found


def test_port_towns_and_mountains_are_no_one(rules: RuleExtractor) -> None:
    text = "This house in Port Albury, once valued at $1.3 million, is under offer. Mt Kellow was quiet."
    named = companies(rules, text) | people(rules, text)
    assert not named & {"Port Albury", "Mt Kellow"}


def test_a_misspelt_name_is_the_company_written_right(rules: RuleExtractor) -> None:
    text = ("Halvorn Corp said its board rejected a tender offer for all Halvron shares. "
            "No Halvron director plans to tender.")
    assert companies(rules, text) == {"Halvorn"}


def test_a_generic_first_word_is_the_one_company_it_opens(rules: RuleExtractor) -> None:
    text = ("Universal Dredging Corp said its shareholders approved the merger of the company with Questor "
            "Marine Inc. Universal said the deal would close in May.")
    assert "Universal" not in companies(rules, text)


def test_a_legal_name_written_short_is_no_person(rules: RuleExtractor) -> None:
    text = ("Brunel Line Corp said it agreed to sell its Lake Country Transport Division to the newly formed "
            "Elmira Central Ltd. Brunel Line said in January it was seeking bids for the property.")
    assert "Brunel Line" not in people(rules, text)
    assert "Brunel Line" in companies(rules, text)


@pytest.mark.parametrize("text, town", [
    ("The ferry sank off the Belgian port of Ostvaal, a port official said, and Rivault Lines Ltd said it "
     "would buy a new ship.", "Ostvaal"),
    ("Rivault Lines Ltd said it agreed to buy the maize starch plant at Haubrac in northern France.", "Haubrac"),
    ("Rivault Lines Ltd said it will acquire silos in Dar es Salaam, Marunga in the north and Kelowe in "
     "central Tanzania.", "Kelowe"),
])
def test_a_town_is_no_company(rules: RuleExtractor, text: str, town: str) -> None:
    assert town not in companies(rules, text)


def test_a_list_that_names_a_company_names_companies(rules: RuleExtractor) -> None:
    text = "The summit will feature keynotes and insights from IBM, Marlo, Quanta and Vexor, among others."
    assert {"Marlo", "Quanta", "Vexor"} <= companies(rules, text)


def test_a_list_of_places_names_no_company(rules: RuleExtractor) -> None:
    assert not companies(rules, "IBM said Texas, Oklahoma and Kansas had the most rain in its survey.") - {"IBM"}


def test_two_capitals_bound_to_no_name_are_no_company(rules: RuleExtractor) -> None:
    text = "Why should we not appoint a receiver to auction your properties, SC asks the group."
    assert "SC" not in companies(rules, text)


def test_a_legislator_with_a_party_is_a_person(rules: RuleExtractor) -> None:
    text = "Democratic Whip Stavros Kellan (D - Md.) and ranking member Orla Brooks (D - Calif.) signed the letter."
    assert {"Stavros Kellan", "Orla Brooks"} <= people(rules, text)


def test_what_the_news_calls_a_company_names_one(rules: RuleExtractor) -> None:
    text = ("Only a third of the ferry, owned by the British company Townsend Marlow, remained above water, "
            "the spokesman said.")
    assert "Townsend Marlow" not in people(rules, text)


def test_a_web_site_and_a_title_are_no_people(rules: RuleExtractor) -> None:
    text = "The letter was first reported by The Hill, and Analyst Ratings Network.com reports on it."
    assert not people(rules, text) & {"The Hill", "Ratings Network.com"}
