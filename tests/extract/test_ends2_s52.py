"""Wrong ends of the Reuters train build R28 (issue 15, ENDS2): a headline's name goes on after its legal form
with a word that ends firms' names ("SERVICE CORP INTERNATIONAL <SRV>"), a name goes on after a trade and "and"
("Truck Tire Sales and Service Corp"), and a rating agency's watch list is no company (a broadcast station and
France's public financing funds are left alone: the blind judges split on them). The sentences are from
Reuters-21578 train stories."""

from __future__ import annotations

import pytest

from keiretsu.extract import vocab
from keiretsu.extract.headlines import headline_names
from keiretsu.models import EntityKind


def companies(rules, text: str, title: str = "") -> list[str]:
    [ex] = rules.extract([(1, text, title)])
    return sorted({e.name for e in ex.entities if e.kind is EntityKind.COMPANY})


@pytest.mark.parametrize("title, name", [
    ("SERVICE CORP INTERNATIONAL <SRV> 3RD QTR NET", "Service Corp International"),
    ("SERVICE CORP INTERNATIONAL <SRV> SETS QUARTERLY", "Service Corp International"),
    ("FORD MOTOR CO OF CANADA LTD <FC> 4TH QTR NET", "Ford Motor Co of Canada Ltd"),
    ("MEM CO INC <MEM> DECLARES QTLY DIV", "MEM Co Inc"),
])
def test_a_headline_name_goes_on_after_its_legal_form_up_to_the_ticker(title, name):
    assert headline_names(title) == [name]


def test_without_the_ticker_the_legal_form_ends_the_headline_name():
    assert headline_names("KELVAR CORP INTERNATIONAL TO BUY OSTREY") == ["Kelvar Corp"]


def test_a_name_goes_on_after_a_trade_and_and(rules):
    text = ("In addition to a tire manufacturing plant, Condere bought S. and A. Truck Tire Sales and Service Corp, "
            "which operates 51 Sears Truck Tire Sales and Service Centers through a licensed agreement with Sears "
            "Roebuck and Co <S>.")
    got = companies(rules, text)
    assert "Service Corp" not in got and "Service" not in got, got


@pytest.mark.parametrize("name, category", [
    ("CreditWatch", "thing"),  # "placed 6.6 billion dlrs of Chrysler Corp securities on CreditWatch"
    ("Creditwatch", "thing"),  # "removed the issue from Creditwatch"
    ("Caisse Nationale de l'Energie", None),  # judged a state-owned financing firm by four judges of five
    ("KNSS-FM", None),  # "completed the acquisition of radio station KNSS-FM": a business bought
])
def test_names_that_are_never_a_company(name, category):
    assert vocab.not_companies().category(name) == category


def test_a_watch_list_is_no_end(rules):
    text = ("NEW YORK, March 9 - Standard and Poor's said it placed 6.6 billion dlrs of Chrysler Corp securities on "
            "CreditWatch with negative implications because of its plan to acquire the outstanding common shares of "
            "American Motors Corp <AMO> from Renault Acceptance BV for about two billion dlrs.")
    assert not any("watch" in n.lower() for n in companies(rules, text))
