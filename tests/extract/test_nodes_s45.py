"""Company nodes that were pieces of longer names or names glued together (issue 15, session 45): a firm named
after its partners, written with commas, that one person works at ("analyst at Donaldson, Lufkin and Jenrette
Securities", "a Prescott, Ball and Turben analyst"); a person, a firm's part or a second firm before "of" in a
legal name ("Sanford Margoshes of Shearson Lehman Brothers Inc", "the Process Chemicals Division of Occidental
Petroleum Corp", "from BankAmerica Co of Charles Schwab and Co Inc"); a possessive owner before a name that
"and" joins ("Britain's Cable and Wireless Plc"); a known firm's name that ends a place's ("the United Arab
Emirates"); the words a slash joins to a legal name ("WGM/Eastman Inc"); "of the" inside one ("Fruit of the
Loom Inc")."""

from __future__ import annotations

from keiretsu.models import EntityKind


def companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def ties(rules, text: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions}


def test_partners_firm_a_person_works_at_is_one_firm(rules):
    found = companies(rules, "NEW YORK, March 5 - Jim Harker, oil analyst at Gorham, Whitcombe and Pellow "
                             "Securities, said he has retired from the brokerage firm.\nAs a consultant to "
                             "Gorham, Whitcombe, Harker will continue to advise the firm's clients.")
    assert "Pellow Securities" not in found and "Whitcombe" not in found
    assert any(n.startswith("Gorham") and n.endswith("Pellow Securities") for n in found)


def test_partners_firm_before_what_a_person_is_there_is_one_firm(rules):
    found = companies(rules, '"Prices will firm," said Prescott, Ball and Turben analyst Bruce Lazier.')
    assert "Ball and Turben" not in found
    assert any(n.startswith("Prescott") and n.endswith("Turben") for n in found)


def test_a_person_before_of_is_no_part_of_the_firms_name(rules):
    text = '"Prices will rise," said Sanford Margoshes of Shearson Lehman Brothers Inc.'
    assert companies(rules, text) == {"Shearson Lehman Brothers"}
    assert ("role", "Sanford Margoshes", "Shearson Lehman Brothers") in ties(rules, text)


def test_a_division_of_a_firm_is_no_firm_glued_to_its_owner(rules):
    found = companies(rules, "Henkel KGaA said it completed the acquisition of the Process Chemicals Division of "
                             "Occidental Petroleum Corp for undisclosed terms.")
    assert not any(" of " in n for n in found)
    assert "Occidental Petroleum" in found


def test_a_firm_before_of_and_another_firm_are_two(rules):
    found = companies(rules, "Charles Schwab announced the completion of the purchase from BankAmerica Co of "
                             "Charles Schwab and Co Inc and its holding company.")
    assert "BankAmerica" in found
    assert not any(" of " in n for n in found)


def test_a_national_arm_keeps_its_place(rules):
    assert "Ford Motor Co of Canada" in companies(rules, "Ford Motor Co of Canada Ltd said it would buy Acme Corp.")


def test_a_possessive_owner_opens_no_partners_name(rules):
    found = companies(rules, "Officials said Britain's Cable and Wireless Plc should get a stake.\nCable and "
                             "Wireless has a 20 pct stake in one of the two companies.")
    assert "Cable" not in found and "Wireless" not in found
    assert "Cable and Wireless" in found


def test_a_known_firms_name_ending_a_place_is_the_places(rules):
    found = companies(rules, "The group joins four members -- Saudi Arabia, Kuwait, Qatar and the United Arab "
                             "Emirates -- and two others.")
    assert "Emirates" not in found


def test_a_name_a_slash_joins_is_one(rules):
    found = companies(rules, "Wilson and George Meyer and Co and Eastman Kodak Co said they formed a joint venture "
                             "called WGM/Eastman Inc.")
    assert "WGM/Eastman" in found
    found = companies(rules, "ABC, now owned by Capital Cities/ABC Inc, hit the airwaves in 1948.")
    assert "Capital Cities/ABC" in found
    assert "Cities/ABC" not in found


def test_of_the_inside_a_legal_name_is_the_names(rules):
    found = companies(rules, "CHICAGO, March 3 - Fruit of the Loom Inc said an offering of 27 mln shares is underway.")
    assert "Fruit of the Loom" in found
    assert "Loom" not in found
    assert companies(rules, "But William Johnson of the Jofree Corp said prices rose.") == {"Jofree"}
