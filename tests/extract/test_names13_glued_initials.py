"""Names opening with initials run together ("L.K. Evans", "W.T. Stephens", "D.S. Kamga"), which the model reads
as firms or not at all (NAMES13): a name chosen for an office only a person holds is a person's, and a name
after "secretary general" that speaks is one too. Firms written so stay firms."""

from __future__ import annotations

import pytest

from keiretsu.models import EntityKind


def kinds(rules, text: str) -> dict[str, EntityKind]:
    [ex] = rules.extract([(1, text)])
    return {e.name: e.kind for e in ex.entities}


@pytest.mark.parametrize(("text", "name"), [
    ("Arvin Industries Inc said L.K. Evans has been elected president, succeeding James Baker who remains chairman.",
     "L.K. Evans"),
    ("The post of chief financial officer has been vacant since W.T. Stephens was appointed president of the company "
     "last April, Manville said.", "W.T. Stephens"),
])
def test_a_name_elected_or_appointed_president_is_a_person(rules, text, name):
    assert kinds(rules, text).get(name) is EntityKind.PERSON


def test_the_person_elected_holds_the_role(rules):
    [ex] = rules.extract([(1, "Arvin Industries Inc said L.K. Evans has been elected president, succeeding "
                              "James Baker who remains chairman.")])
    assert any(m.type == "role" and m.source == "L.K. Evans" and m.target == "Arvin Industries" for m in ex.mentions)


def test_a_secretary_general_who_speaks_is_a_person(rules):
    found = kinds(rules, "Delegates will also be briefed on arrangements for an international cocoa research "
                         "conference, CPA secretary general D.S. Kamga said.")
    assert found.get("D.S. Kamga") is EntityKind.PERSON


def test_a_firm_written_with_initials_stays_a_firm(rules):
    found = kinds(rules, "Tandem's second quarter is traditionally slower than the first, said E.F. Hutton Group "
                         "analyst Michael Lewis.")
    assert found.get("Michael Lewis") is EntityKind.PERSON
    assert all(kind is EntityKind.COMPANY for name, kind in found.items() if "Hutton" in name)
