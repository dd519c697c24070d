"""People's offices (session 30): a proper name ending in a kind of company is no reference to the story's
company ("the Fed Bank of Chicago"), a president named after an opening phrase of time is no company's
spokesman, present-tense appointments and the "VP"/"SVP" abbreviations, offices to be left, a company named
before "chief ... officer", and two surnames written alone after the full name. The sentences are written
for these tests; the companies and people in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.classifier import RelationModel
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor


def roles(rules: RuleExtractor, text: str) -> dict[tuple[str, str], str | None]:
    """(person, company) -> title of every role found."""
    [ex] = rules.extract([(1, text)])
    return {(m.source, m.target): m.attributes.get("title") for m in ex.mentions if m.type.value == "role"}


@pytest.mark.parametrize("text", [
    # a capitalised kind noun ends a name of its own, not "the bank" the story is about
    "Marlow Holdings Inc. says it is turning bullish on bonds. Charles Everett, president of the Fed Bank of "
    "Chicago, is calling for a rate rise in 2016.",
    # a time before the comma: a head of state speaking, not the story's company
    "Marlow Holdings Inc. says it is turning bullish on bonds. Twice last year, President Jacob Zumba said the "
    "country was ready for change.",
])
def test_no_office_of_the_story(rules, text):
    assert not roles(rules, text)


def test_president_after_a_statement_speaks_for_the_company(rules):
    text = "Acme Corp's profit rose 20 pct in the quarter, President Patrick G. Ryland told analysts."
    assert roles(rules, text) == {("Patrick G. Ryland", "Acme"): "President"}


@pytest.mark.parametrize("text, person, title", [
    ("Marlow Partners appoints Keerthi Kumaran as VP of the realty projects division.", "Keerthi Kumaran",
     "Vice President"),
    ("Marlow Partners names Jane Dorsey its chief executive.", "Jane Dorsey", "CEO"),
    ("Marlow Partners said Dana Whitlock would step down as chief executive.", "Dana Whitlock", "CEO"),
    ("Dana Whitlock, SVP at Marlow Partners, said sales rose.", "Dana Whitlock", "Vice President"),
])
def test_appointed_and_abbreviated_offices(rules, text, person, title):
    assert roles(rules, text).get((person, "Marlow Partners")) == title


def test_vp_in_lower_case_is_no_office(rules):
    assert not roles(rules, "Dana Whitlock, vp at Marlow Partners, said sales rose.")


@pytest.mark.parametrize("text, company, title", [
    ("Brontela chief operating officer Dana Whitlock said the company would expand.", "Brontela", "COO"),
    ("Zorvex Chief Technology Officer Dana Whitlock said the company would expand.", "Zorvex",
     "Chief Technology Officer"),
])
def test_company_before_a_chief_officer(rules, text, company, title):
    assert roles(rules, text) == {("Dana Whitlock", company): title}


def test_two_surnames_alone_are_the_full_name(rules):
    text = ("Kestrel Banking Corp named Kelly Bayer Rosmund to run its retail arm. Ms Bayer Rosmund is Kestrel's "
            "group executive for institutional banking.")
    [ex] = rules.extract([(1, text)])
    assert {e.name for e in ex.entities if e.kind.value == "person"} == {"Kelly Bayer Rosmund"}


@pytest.mark.parametrize("text, company", [
    # "whose" is the company right before it, not the sentence's first
    ("Karvona Partners said it would buy Zentrix Labs, whose chairman Dana Whitlock owns 20 pct.", "Zentrix Labs"),
    ("Dana Whitlock, who took over as chief executive of Zentrix Labs in 2014, said sales rose.", "Zentrix Labs"),
    ("The chief executive of Zentrix Labs, Dana Whitlock, said sales rose.", "Zentrix Labs"),
])
def test_office_of_the_company_it_names(rules, text, company):
    assert set(roles(rules, text)) == {("Dana Whitlock", company)}


def test_model_gives_no_office_the_rules_gave_another():
    rules = RuleExtractor(relations=RelationFinder(RelationModel.default()))
    text = "Zentrix Labs chairman Dana Whitlock met Karvona Partners chief executive Tom Brill on Friday."
    assert set(roles(rules, text)) == {("Dana Whitlock", "Zentrix Labs"), ("Tom Brill", "Karvona Partners")}


def test_name_before_said_is_no_person_titled_after_it(rules):
    # the title after "said" is the next name's, not a sign that the firm before the verb is a person
    text = ("Tom Brill, the deputy chief executive of Karvona Partners, said Zentrix Labs chairman Dana Whitlock "
            "had agreed to the terms.")
    assert roles(rules, text) == {("Tom Brill", "Karvona Partners"): "Deputy CEO",
                                  ("Dana Whitlock", "Zentrix Labs"): "Chairman"}
