"""Company recall (session 31): a name the wire's ticker follows, in a price list too, a firm whose
analysts speak for it (and no party to the deal they speak of), a futures broker where a person works.
The sentences are written for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies, found


@pytest.mark.parametrize("text, firms", [
    # a price list, whose capitalised names make it read as title case
    ("Oil stocks were higher. Dravex <DRX> climbed one to 88-3/8, Molvia <MLV> one to 50-1/4, Atlantic "
     "Brenfield <ABF> 3-1/8 to 80-1/2, Amorel <AMR> 1-7/8 to 84-1/8.",
     {"Dravex", "Molvia", "Atlantic Brenfield", "Amorel"}),
    # the story's first sentence, its opening name foreign words
    ("ZURICH, March 16 - Banca della Valtorena Italiana <BVTI.Z> said it expected business to be good again "
     "this year.", {"Banca della Valtorena Italiana"}),
])
def test_a_name_the_wire_ticker_follows_is_a_company(rules, text, firms):
    assert firms <= companies(rules, text)


def test_a_ticker_after_a_list_of_two_names_marks_no_half_name(rules):
    # "Selwick and Marrow PLC <SMWL.L>": one firm's name, never "Marrow PLC" alone
    assert "Marrow" not in companies(rules, "TOKYO, March 18 - Selwick and Marrow PLC <SMWL.L> said it would "
                                            "take a 20 pct stake in a new carrier.")


@pytest.mark.parametrize("text, firm", [
    ("The purchase marks a \"significant strategic move\" for Pellow, Harrowgate analysts said in a note.",
     "Harrowgate"),
    ("Corvan strategists wrote that the yen would weaken further this year.", "Corvan"),
])
def test_a_firm_whose_analysts_speak_is_a_company(rules, text, firm):
    assert firm in companies(rules, text)


def test_the_firm_whose_analysts_speak_of_a_deal_is_no_party_to_it(rules):
    text = ("Pellow Group rose after it said it had bought asset finance business Tarrow Leasing from Brisk & Co.\n"
            "The acquisition of Tarrow for 117 million pounds marks a \"significant strategic move\" for Pellow, "
            "Harrowgate analysts said in a note.")
    assert "Harrowgate" in companies(rules, text)
    assert not any("Harrowgate" in key for key in found(rules, text))


@pytest.mark.parametrize("text, firm", [
    ("\"Iron ore is in a sweeping sense of panic,\" Zheng Ge, an analyst at Wenda Futures, said.", "Wenda Futures"),
    ("Golden Crest Futures president Norman Quill said the beginning of April would be key.", "Golden Crest Futures"),
])
def test_a_futures_broker_where_a_person_works_is_a_company(rules, text, firm):
    assert firm in companies(rules, text)


def test_futures_alone_are_no_company(rules):
    assert not companies(rules, "Brent Futures rose 2 pct on Tuesday while Comex Gold Futures fell.")
