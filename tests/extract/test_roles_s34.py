"""People's offices (session 34): the head of a field ("finance chief X", "head of research at X") is
no chief executive; the office keeps its title as written and ties its holder to the same company a
chief executive's would (the company named with it, or the one "its" stands for), whether the rules
or the relation model find it. The sentences are written for these tests; the companies and people
in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.classifier import role_mention
from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.relations.roles import executive_titles
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status
from tests.helpers import roles


@pytest.mark.parametrize("text, person, company, title", [
    ("Dorvane Corp finance chief John Vollers said sales rose.", "John Vollers", "Dorvane", "finance chief"),
    ("Dorvane Corp product development chief John Vollers said sales rose.", "John Vollers", "Dorvane",
     "product development chief"),
    ('"We are building a map," said Floris Kestermann, head of connected driving at Dorvane Corp.',
     "Floris Kestermann", "Dorvane", "head of connected driving"),
    ("Prices will hold, said Win Tallo, global head of emerging-market strategy at Brontela Partners in New York.",
     "Win Tallo", "Brontela Partners", "global head of emerging-market strategy"),
    ('"We are pleased," said Mark Evander, Head of Public Relations at Zentrix Labs Inc.', "Mark Evander",
     "Zentrix Labs", "Head of Public Relations"),
    ("Zentrix Labs Inc hired Mark Evander as Head of Investor Relations.", "Mark Evander", "Zentrix Labs",
     "Head of Investor Relations"),
])
def test_head_of_a_field_keeps_its_title(rules, text, person, company, title):
    assert roles(rules, text)[(person, company)][0] == title


def test_head_of_a_field_keeps_the_company_its_stands_for(rules):
    text = "Zentrix Labs Inc said on Monday its profit rose. Its finance chief John Vollers said costs fell."
    assert roles(rules, text) == {("John Vollers", "Zentrix Labs"): ("finance chief", Status.ACTIVE)}


@pytest.mark.parametrize("text, person, company", [
    ("John Vollers, head of Dorvane Corp, said sales rose.", "John Vollers", "Dorvane"),
    ("Dorvane Corp chief John Vollers said sales rose.", "John Vollers", "Dorvane"),
    # a capitalised word before "chief" is no field: it may end a company's name
    ("Finance chief John Vollers of Dorvane Corp said sales rose.", "John Vollers", "Dorvane"),
])
def test_head_of_a_company_is_its_chief_executive(rules, text, person, company):
    assert roles(rules, text)[(person, company)][0] == "CEO"


def test_a_field_head_the_model_finds_keeps_its_title(rules):
    text = "Jane Roe, head of research at Acme Corp, said sales rose."
    seen = []
    RuleExtractor(relations=RelationFinder(None, on_candidates=seen.extend)).extract([(1, text)])
    [c] = [c for c in seen if c.key == ("role", "Jane Roe", "Acme")]
    m = role_mention(rules.nlp(text), c, text, 0, len(text), 0.9, executive_titles)
    assert (m.attributes["title"], m.source, m.target) == ("head of research", "Jane Roe", "Acme")
