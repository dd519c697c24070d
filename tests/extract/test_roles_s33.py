"""People's offices (session 33): a bare title in a piece on several companies is the lead company's
only where its holder acts for it (speaks, leaves),
a company whose own office follows is no second employer, a possessive that names a rival or
another party moves the office to that party, and a company before a full stop and a quote the
sentence splitter ran on past is not the company a bare title falls back to; a president named in
full with no company speaks for the story's only when he speaks of it or to its analysts, and the
model gives no one the office the rules gave the person nearer its title; a "former" on one side of
a name ends the office on that side only. The sentences are written for these tests; the companies
and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.models import Status
from tests.helpers import roles


@pytest.mark.parametrize("text", [
    "Zentrix Labs Inc shares rose 3 percent on Tuesday. Varlo Corp and Kelso Inc also gained. Investors "
    "welcomed CEO Dana Whitlock's plan to expand cloud spending, analysts said.",
    "Zentrix Labs Inc shares fell 5 percent. Varlo Corp and Kelso Inc shares were flat. Meanwhile, CEO Mary "
    "Brandt's comments on electric cars lifted sentiment.",
])
def test_bare_title_in_a_piece_on_several_companies(rules, text):
    assert not roles(rules, text)


@pytest.mark.parametrize("text, person, company", [
    # speaking for the story's company
    ("Zentrix Labs Inc said its profit rose. The results beat forecasts from Varlo Corp and Kelso Inc on Monday. \"We "
     "had a great quarter,\" Chief Executive Officer Jane Dorsey said in a statement.", "Jane Dorsey", "Zentrix Labs"),
    # a piece on one company
    ("Zentrix Labs Inc shares rose 3 percent on Tuesday. Investors welcomed CEO Dana Whitlock's plan to "
     "expand cloud spending.", "Dana Whitlock", "Zentrix Labs"),
])
def test_bare_title_of_the_story_company(rules, text, person, company):
    assert (person, company) in roles(rules, text)


def test_company_with_its_own_office_after_is_not_listed(rules):
    text = ("\"It was a good deal,\" said John Smithers, chief executive of Zentrix Labs Inc, and Varlo Inc's "
            "finance chief Jane Dorsey agreed.")
    found = roles(rules, text)
    assert ("John Smithers", "Zentrix Labs") in found
    assert ("John Smithers", "Varlo") not in found


@pytest.mark.parametrize("text", [
    "Mary Brandt, chief executive of Zentrix Labs Inc's rival Varlo Inc, said prices would rise.",
    "Mary Brandt, chief executive of Zentrix Labs Inc's biggest customer, Varlo Inc, said prices would rise.",
])
def test_office_of_the_party_a_possessive_names(rules, text):
    assert set(roles(rules, text)) == {("Mary Brandt", "Varlo")}


def test_office_of_an_unnamed_rival_is_nobody_s(rules):
    assert not roles(rules, "Mary Brandt, chief executive of Zentrix Labs Inc's main rival, said prices would rise.")


def test_company_before_a_quote_the_sentence_ran_on_into(rules):
    # "Kelso Inc." ends the sentence; the splitter kept the quote that follows with it
    text = ("Zentrix Labs Inc said its profit rose. The results beat forecasts from Varlo Corp and Kelso Inc. \"We "
            "had a great quarter,\" Chief Executive Officer Jane Dorsey said in a statement.")
    assert set(roles(rules, text)) == {("Jane Dorsey", "Zentrix Labs")}


@pytest.mark.parametrize("text, person", [
    ("\"We will fight this,\" said Mary Lee, an adviser to Zentrix Labs Inc chief executive Tom Hart.", "Tom Hart"),
    ("Mary Brandt, an adviser to Zentrix Labs Inc chairman Tom Hartwell, said the bid was low.", "Tom Hartwell"),
])
def test_model_gives_no_one_the_office_the_rules_gave_another(judged, text, person):
    assert set(roles(judged, text)) == {(person, "Zentrix Labs")}


@pytest.mark.parametrize("text", [
    "Zentrix Labs Inc shares fell on Monday. President Donald Trumble said on Monday that tariffs on steel would rise.",
])
def test_president_named_in_full_who_speaks_of_no_company(rules, text):
    assert not roles(rules, text)


@pytest.mark.parametrize("text", [
    "Zentrix Labs Inc expects a loss. President Patrick G. Ryland told analysts the utility will take a write-down.",
    "Zentrix Labs Inc expects a loss. President Patrick G. Ryland said the company would take a write-down.",
])
def test_president_who_speaks_for_the_story_company(rules, text):
    assert set(roles(rules, text)) == {("Patrick G. Ryland", "Zentrix Labs")}


def test_a_leaving_word_tells_the_office_on_its_own_side_of_the_name(rules):
    found = roles(rules, "Zentrix Labs Inc reported earnings. Its CEO, Tom Hartwell, is a former partner at Varlo "
                         "Capital.")
    assert found[("Tom Hartwell", "Zentrix Labs")] == ("CEO", Status.ACTIVE)
    assert found[("Tom Hartwell", "Varlo Capital")] == ("partner", Status.ENDED)
