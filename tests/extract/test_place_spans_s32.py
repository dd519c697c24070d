"""A place a company's span took in before its one word (session 32): "U.S." or "U.K." and one word with no
legal form keep the place in their canonical name ("U.S. Home", of "U.S. Home Corp"), so a span that ran the
place into a firm's name ("in the U.S. Norstar operates", a sentence break wire copy left out; "the U.S.
Kresge stores", where) must lose it, unless the name as written or the story says the place is the firm's.
The sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from tests.helpers import companies


@pytest.mark.parametrize("text, name", [
    ("Brandolt Bancorp said the merged banks would be among the 25 largest banks in the U.S. Brandolt "
     "operates in most of Ohio.", "Brandolt Bancorp"),
    ("Halvey Corp said it agreed to sell most of the U.S. Quorvane and Jupiter stores to McCrory Corp.",
     "Quorvane"),
    ("Dravonex Oil Inc posted a loss. Analysts said U.S. Dravonex would cut its exploration budget.",
     "Dravonex Oil"),
])
def test_place_before_a_name_is_no_part_of_it(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert not any(n.startswith(("U.S.", "U.K.")) for n in found)


def test_a_place_and_an_english_word_name_no_firm(rules):
    assert not any(n.startswith("U.S.") or n == "Firm" for n in companies(
        rules, "Orlin Trading Co said it would buy 50 pct of a U.S. Firm's shares."))


@pytest.mark.parametrize("text, name", [
    # the story wrote the place with the legal form first: it is the firm's
    ("U.S. Harvell Corp said profits rose. U.S. Harvell said it would build 500 houses.", "U.S. Harvell"),
    # the name as written says so
    ("U.S. Harvell Corp said its first quarter will be its most profitable.", "U.S. Harvell"),
    ("U.S. Bancorp's unit said it would buy Pacific Trust Co.", "U.S. Bancorp"),
])
def test_place_the_firm_is_named_by_stays(rules, text, name):
    found = companies(rules, text)
    assert name in found
    assert "Harvell" not in found
