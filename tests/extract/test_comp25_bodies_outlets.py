"""Companies in modern financial prose (issue 15, COMP25): a council or an institute named for what it is of is a
body, and so are its initials; modern copy's outlets and sites, weeklies and "Daily" papers cited as sources are no
companies; a lone letter after a figure is its unit, no name's first word; a name made of the surnames a story gives
people by honorifics is theirs. Excerpts of the tuning material:
Reuters-21578 train stories and FiNER-ORD articles of eval/docs/dev*.jsonl."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor
from keiretsu.extract.vocab import not_companies

from ..helpers import companies, people


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


def test_a_councils_initials_are_a_bodys(rules: RuleExtractor) -> None:
    # finer-ord-train-56 (dev6)
    text = ("The Australian Council of Superannuation Investors, which represents 30 non -profit super funds "
            "managing about $400 billion, said so.\nIn addition to HESTA's divestment action at least six other ACSI "
            "members are currently reviewing their own holdings.")
    found = companies(rules, text)
    assert "ACSI" not in found
    assert "HESTA" in found


@pytest.mark.parametrize("text, body", [
    # reuters-5759
    ("Bankers, officials and academics at a conference organized by the Massachusetts Institute of Technology "
     "stressed the importance of proper economic policies and increased private investment.",
     "Massachusetts Institute of Technology"),
    # reuters-11658
    ("Beryl Sprinkel, chairman of the White House Council of Economic Advisers, said he sees \"growing but "
     "incomplete evidence that (U.S.) export volumes are finally strengthening.\"",
     "White House Council of Economic Advisers"),
])
def test_a_council_or_an_institute_of_a_field_is_no_company(rules: RuleExtractor, text: str, body: str) -> None:
    assert body not in companies(rules, text)
    assert not_companies().category(body) == "association"


def test_an_institute_with_a_legal_form_stays_a_company(rules: RuleExtractor) -> None:
    # reuters-11647: a name with a legal form is judged as a firm whatever its words
    text = ("The recently passed Senate bank bill, which called for a one-year freeze on new bank services and barred "
            "the creation of limited service banks, could hamper foreign banks' operations here, said Lawrence Uhlick, "
            "incoming executive director of the Institute of Foreign Bankers Inc.")
    assert "Institute of Foreign Bankers" in companies(rules, text)


def test_a_daily_paper_cited_is_no_company(rules: RuleExtractor) -> None:
    # reuters-13260
    text = ("A poll in today's Daily Express showed 39 pct support for the ruling Conservative party, 30 pct for the "
            "Alliance of Liberals and Social Democrats and 29 pct for the Labour party.")
    assert "Daily Express" not in companies(rules, text)


@pytest.mark.parametrize("name", ["AdWeek", "Newsweek", "Creditweek", "Politico", "NDTV Profit", "Daily Mail"])
def test_weeklies_and_modern_outlets_are_outlets(name: str) -> None:
    # finer-ord-train-129 (dev6) "talked with AdWeek's Inside Facebook"; reuters-231 "conducted by Newsweek magazine"
    assert not_companies().category(name) == "outlet"


@pytest.mark.parametrize("name", ["Daily Mail and General Trust", "Weeks Petroleum", "Daily Journal Corp"])
def test_firms_that_only_hold_the_words_are_no_outlets(name: str) -> None:
    assert not_companies().category(name) is None


def test_a_letter_after_a_price_is_its_unit(rules: RuleExtractor) -> None:
    # finer-ord-train-139 (dev2): the column cited is an outlet, the pence no part of its name
    text = ("Glencore (Amsterdam: GX8.AS - news) 158.95p-17.15 p Questor says SELL Glencore [LON: GLEN] chief "
            "executive Ivan Glasenberg is backing himself in one of the greatest trades of his life.")
    found = companies(rules, text)
    assert "p Questor" not in found and "Questor" not in found
    assert "Glencore" in found


def test_a_lone_letter_written_apart_in_a_name_stays(rules: RuleExtractor) -> None:
    # finer-ord-validation-101 (dev)
    text = ("The i Shares Nasdaq Biotech ETF, which tracks an index of biotechnology and pharmaceutical stocks, was "
            "down about 4.3 percent at 341.48 on Monday afternoon.")
    assert "i Shares Nasdaq Biotech ETF" in companies(rules, text)


# finer-ord-train-104 (dev2)
_LONG_MITCHELL = (
    "In 2000, tech entrepreneurs John Long and Helena Mitchell took his Czech - built, Streamline Moderne automobile "
    "on a circumnavigation of North America, starting in Toronto.\n"
    "Upon returning home, Ms. Mitchell noted that next time she would like to have a travel trailer.\n"
    "Apparently, you don’t say these things to Mr. Long without consequences.\n"
    "After transcendent study of the original, Long - Mitchell have begun series production of a new, ultramodern "
    "Road Chief, which I am prepared to declare the best travel trailer in the world, by a carefree mile.")


def test_a_name_of_surnames_the_story_gives_honorifics_is_no_firm(rules: RuleExtractor) -> None:
    assert "Long - Mitchell" not in companies(rules, _LONG_MITCHELL)
    assert {"John Long", "Helena Mitchell"} <= people(rules, _LONG_MITCHELL)


def test_a_firm_named_after_one_titled_word_stays(rules: RuleExtractor) -> None:
    # reuters-8916: one word after "Mr." is the firm's own name, no two people's
    text = ("The company said Alan Marvoce has been named to replace Lambert as chairman and chief executive officer "
            "and Michael T. Fuller has been named president.\nFuller was formerly president of <Mr. Steak Inc>.")
    assert "Mr. Steak" in companies(rules, text)


def test_a_sports_governing_body_is_no_company(rules: RuleExtractor) -> None:
    # finer-ord-train-46 (dev2): the headlines of a page's other articles, then the story
    text = ("Other Articles LinkedIn's revenue beat fails to connect with investors Paytm bags title sponsorship for "
            "BCCI matches Reliance Power moves HC over mine withdrawal from Sasan UMPP Uber Technologies\nInc will "
            "invest $1 billion in India in the next nine months as the online ride hailing company is bullish on the "
            "Indian market.")
    found = companies(rules, text)
    assert "BCCI" not in found
    assert "Paytm" in found
