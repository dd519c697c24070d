"""Company nodes a blind judge of a Reuters train build found no companies (issue 15, session 44): "AT and T"
is AT&T as the wire spells "&"; a preposition opening a sentence before initials that are a legal form too
("At ASA's annual meeting") names no firm; a story's first word the wire left in lower case is the name's
("golden Poultry Co Inc said")."""

from __future__ import annotations

from keiretsu.models import EntityKind


def companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_at_and_t_is_att(rules):
    found = companies(rules, "Van der Klugt pointed to Philips' telecommunications joint venture with AT and T "
                             "<T.N> of the U.S. To form <APT>.")
    assert "AT&T" in found
    assert "AT" not in found


def test_a_preposition_before_initials_is_no_firm(rules):
    found = companies(rules, "At ASA's annual winter board of directors meeting here, ASA leaders refused to change "
                             "their official position on the loan.")
    assert "At" not in found


def test_a_legal_form_after_a_name_still_ends_it(rules):
    assert "Norsk Hydro" in companies(rules, "Shares of Norsk Hydro ASA rose 10 crowns in Oslo.")


def test_the_storys_first_word_in_lower_case_is_the_names(rules):
    found = companies(rules, "ATLANTA, March 30 - golden Poultry Co Inc said it has signed a letter of intent to "
                             "purchase privately-held food distributor Don Lowe Foods Inc of Pompano Beach, Fla.")
    assert "Golden Poultry" in found
    assert "Poultry" not in found
    found = companies(rules, "WILTON, Conn., April 7 - emery Air Freight Corp said March revenues rose 12 pct.")
    assert "Emery Air Freight" in found


def test_a_lead_word_opening_the_story_stays_out(rules):
    found = companies(rules, "NEW YORK, March 3 - the Zorvex Corp said its profit rose.")
    assert "Zorvex" in found


def test_a_name_of_a_government_body_is_its_officials(rules):
    [ex] = rules.extract([(1, '"They appear to be linking completely unrelated issues," Shuichi Takemoto of the '
                              "Foreign Ministry's North American Division told Reuters.\n"
                              "Takemoto also dismissed U.S. Fears that the proposed takeover would violate U.S. "
                              "Antitrust law.")])
    firms = {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    people = {e.name for e in ex.entities if e.kind is EntityKind.PERSON}
    assert not {"Shuichi Takemoto", "Takemoto"} & firms
    assert "Shuichi Takemoto" in people


def test_manhattan_is_a_place_and_its_firms_stay(rules):
    assert "Manhattan" not in companies(rules, "The company said it received a 2.5 mln dlrs partial payment in "
                                               "connection with the sale of property in Manhattan.")
    assert "Manhattan National" in companies(rules, "NEW YORK, March 31 - Manhattan National Corp said it sold "
                                                    "shares. Shares of Manhattan National rose 10 pct.")
