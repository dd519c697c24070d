"""Company names in 1987 wire copy (ENT24, session 43): a short form several longer names open with is the
story's lead company's, or failing that the one the story names far more often than the others; a legal form
the wire typed in lower case ends a firm's name as the capitalised one does; a name after the plural of a
broking trade ("brokers James Capel") is a firm's, though a given name opens it."""

from __future__ import annotations

from keiretsu.models import EntityKind


def companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_short_form_two_names_open_with_is_the_lead_companys(rules):
    found = companies(rules, "HARTFORD, Conn, March 12 - Valdane Scientific Inc said its GLT Acquisition Corp "
                             "purchased 444,646 shares of its 84 pct owned Valdane Systems Technology pursuant to a "
                             "January 15 tender offer.\nFollowing the purchase, Valdane made a capital contribution "
                             "to GLT of all the shares it owned.")
    assert "Valdane" not in found
    assert {"Valdane Scientific", "Valdane Systems Technology"} <= found


def test_a_short_form_shared_by_the_lead_and_its_units_is_the_leads(rules):
    [ex] = rules.extract([(1, "NEW YORK, March 30 - Trelawny Foods International Inc said it agreed to sell "
                              "Trelawny Foods of America and Trelawny Foods Canada Ltd to Harbin Holdings Inc.\n"
                              "Trelawny said the purchase price will be 19 mln dlrs in cash.\n"
                              "Trelawny Foods announced the proposed sale of the units in February.")])
    names = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert "Trelawny" not in names and "Trelawny Foods" not in names
    assert "Trelawny Foods International" in names


def test_a_short_form_is_the_company_named_far_more_often_when_the_lead_is_another(rules):
    found = companies(rules, "LOS ANGELES, March 9 - <Norsk Acquisition Corp's> offer for Marwick World Inc is "
                             "thought to be too low, analysts said.\nMarwick World's shares were trading at 27, "
                             "up three.\nAnalysts said Marwick World has considerable growth potential.\n"
                             "Marwick World also controls Marwick New Jersey Inc, which owns a casino hotel.\n"
                             "A higher bid for Marwick is unlikely, analysts said.")
    assert "Marwick" not in found
    assert {"Marwick World", "Marwick New Jersey"} <= found


def test_a_short_form_of_two_names_each_written_once_stays_apart(rules):
    found = companies(rules, "CHICAGO, April 2 - Pellam Industries Inc said it sold Castell Systems Inc and "
                             "Castell Products Inc to a group of investors.\nThe buyers said Castell will keep its "
                             "management.")
    assert {"Castell Systems", "Castell Products"} <= found


def test_a_legal_form_in_lower_case_ends_a_name_in_a_dateline_lead(rules):
    found = companies(rules, "TIMONIUM, Md., March 24 - Harlow Medical corp said it completed the acquisition "
                             "of the orthopedic implant division of Dorrance Co.")
    assert "Harlow Medical" in found


def test_a_lower_case_legal_form_in_a_list_of_firms(rules):
    found = companies(rules, "It said the company's interests in West Fremont Fire and Casualty Co, Tolland "
                             "Insurance co and National Term Life Insurance Co had been transferred.")
    assert "Tolland Insurance" in found


def test_a_name_after_the_plural_brokers_is_a_firm_though_a_given_name_opens_it(rules):
    found = companies(rules, "The shares were placed with at least 50 institutional investors, a spokesman for "
                             "brokers Edward Marlowe said. Marlowe handled the deal.")
    assert "Edward Marlowe" in found


def test_a_name_after_the_singular_broker_stays_a_person(rules):
    [ex] = rules.extract([(1, "Prices should firm next week, said broker Joachim Brandl in Frankfurt.")])
    assert "Joachim Brandl" not in {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
