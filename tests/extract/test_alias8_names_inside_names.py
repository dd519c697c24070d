"""One firm, one name (ALIAS8): a known firm's one-word name written between two words of another capitalised name
is a word of that name, no mention of the known firm ("loan repayments from Khoo Teck Puat" names no Teck,
"Mid-Atlantic Coca-Cola Bottling Co" no Coca-Cola); and a short form listed beside the longer name it opens is a
firm of its own ("all Budget, Hilton and Hilton International hotel reservations"). Stories from Reuters-21578
train."""

from __future__ import annotations

from keiretsu.extract.entities import _listed_apart
from keiretsu.models import EntityKind

KHOO = (
    "SINGAPORE, March 11 - The Singapore High Court has adjourned summary judgement for the second time on a <National "
    "Bank of Brunei Bhd> case for loan repayments from Khoo Teck Puat and 15 associated companies, court sources said.\n"
)
MID_ATLANTIC = (
    "WASHINGTON, March 19 - Coca-Cola Enterprises Inc said one of its key bottling subsidiaries is being investigated by "
    "a grand jury for possible price fixing violations of its soft drinks.\nIn a filing with the Securities and Exchange "
    "Commission, the company said its Mid-Atlantic Coca-Cola Bottling Co understands a federal grand jury in Norfolk, "
    "Va., is probing the matter.\n"
)
IC_GAS = (
    "LONDON, March 24 - A statement said Imperial Continental Gas Association may be among three firms bidding for the "
    "stake.\n"
)
TECK = "VANCOUVER, March 3 - Teck Corp said it raised its stake in Cominco Ltd to 30 pct.\n"
AIRBUS = (
    "PARIS, March 3 - The French government has no reason to doubt the European Airbus Industrie consortium's "
    "assessment, officials said.\n"
)
PHILIPS = (
    "AMSTERDAM, March 9 - The shares of companies like Unilever Plc-NV <UN.AS>, NV Philips Gloeilampenfabrieken "
    "<PGLO.AS> and Royal Dutch rose.\n"
)
UAL = (
    "CHICAGO, March 25 - UAL Inc, which on May 1 becomes Allegis Corp, said it established a direct communications link "
    "between its Apollo Services reservations system and Budget Rent a Car, Hilton Hotels and Hilton International "
    "Hotels.\nUnder the new system, all Budget, Hilton and Hilton International hotel reservations made through Apollo, "
    "which is owned by UAL's Covia Corp, will pass the ARINC system and speed up time it takes to complete a traveler's "
    "reservation, the company said."
)
HILTON_HOTELS = (
    "NEW YORK, March 17 - Hilton Hotels Corp expects earnings per share for first quarter fiscal 1987 to March 31 to be "
    "about 90 cts compared with 70 cts a year earlier, Hilton Hotels division president Carl Mottek said.\nHe told a "
    "news conference the company expected costs for its first 10 all-suite hotels, announced today, to be about 150 mln "
    "dlrs. Initial financing would come from the company's cash flow. Later, Hilton plans to use borrowings from "
    "traditional sources, he added.\nHilton, which hopes to build 50 all-suite hotels within five years, may take in "
    "partners in the new venture, he added."
)

def names_of(rules, text: str, kind: EntityKind = EntityKind.COMPANY) -> dict[str, set[str]]:
    """Each text a story writes a name by, and the name it is bound to."""
    [ex] = rules.extract([(1, text)])
    out: dict[str, set[str]] = {}
    for e in ex.entities:
        if e.kind is kind:
            out.setdefault(e.text, set()).add(e.name)
    return out


def test_a_known_word_inside_a_persons_name_is_no_firm(rules):
    names = names_of(rules, KHOO)
    assert "Teck" not in names
    assert "Teck Resources" not in {n for ns in names.values() for n in ns}
    assert names["National Bank of Brunei Bhd"] == {"National Bank of Brunei"}


def test_a_known_word_inside_another_firms_name_is_that_firm(rules):
    names = names_of(rules, MID_ATLANTIC)
    assert "Coca-Cola" not in names
    assert names["Mid-Atlantic Coca-Cola Bottling Co"] == {"Mid-Atlantic Coca-Cola Bottling"}
    assert "Continental" not in names_of(rules, IC_GAS)


def test_a_known_word_before_its_legal_form_or_after_a_leading_word_stays_the_firm(rules):
    assert names_of(rules, TECK)["Teck Corp"] == {"Teck Resources"}
    assert names_of(rules, AIRBUS)["Airbus"] == {"Airbus"}
    assert names_of(rules, PHILIPS)["Philips"] == {"Philips"}


def test_a_short_form_listed_beside_the_name_it_opens_is_another_firm(rules):
    names = names_of(rules, UAL)
    assert names["Hilton"] == {"Hilton"}
    assert names["Hilton International"] == {"Hilton International"}


def test_a_short_form_alone_is_the_firm_it_opens(rules):
    assert names_of(rules, HILTON_HOTELS)["Hilton"] == {"Hilton Hotels"}


def test_listed_apart_reads_either_order_and_needs_a_joiner():
    assert _listed_apart("all Budget, Hilton and Hilton International hotel", {"Hilton"}, {"Hilton International"})
    assert _listed_apart("Hilton International and Hilton said", {"Hilton"}, {"Hilton International"})
    assert not _listed_apart("Hilton International said Hilton would", {"Hilton"}, {"Hilton International"})
    assert not _listed_apart("Hilton and Hilton Internationals", {"Hilton"}, {"Hilton International"})
