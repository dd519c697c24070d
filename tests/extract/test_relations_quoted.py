"""A company named with the person quoted is a party, not a source (issue 15): "according to X
chairman Y" names X's chairman, where "according to X" alone cites X. The sentences are written for
these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import RuleExtractor


def keys(rules: RuleExtractor, text: str) -> set[tuple[str, str, str]]:
    [ex] = rules.extract([(1, text)])
    return {m.key for m in ex.mentions}


@pytest.mark.parametrize("text, person, company", [
    ("Sales rose 5 pct, according to Pemberton Corp chief executive Anna Lovell.", "Anna Lovell", "Pemberton"),
    ("Prices will fall, according to Pemberton Corp analyst Anna Lovell.", "Anna Lovell", "Pemberton"),
])
def test_the_company_of_the_person_quoted_is_named(rules, text, person, company):
    assert ("role", person, company) in keys(rules, text)


def test_a_company_cited_as_a_source_is_no_party(rules):
    assert keys(rules, "Halden Corp is in talks to buy Morrow Inc, according to Pemberton Bank.") == \
        {("acquisition", "Halden", "Morrow")}
