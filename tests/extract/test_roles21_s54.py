"""A person's name is no company where the sentence says it is a person's (issue 15, ROLES21): "X, who ...",
"X is/was/served as <an office>", "X, Ivorian delegate to". Excerpts of Reuters-21578 train stories and of
KnowledgeNet half T passages."""

from __future__ import annotations

import pytest

from keiretsu.extract.relations import RelationFinder
from keiretsu.extract.rules import RuleExtractor
from keiretsu.models import Status

from ..helpers import companies, people, roles


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor(relations=RelationFinder(None))


@pytest.mark.parametrize("text, person", [
    # reuters-469: the predecessor "who resigned" is a person, and the office handed over is his
    ("NEW YORK, March 2 - Regency Cruises Inc said its board elected William Schanz as its chairman and chief "
     "executive officer. He replaces Anastasios Kyriakides, who resigned in December.", "Anastasios Kyriakides"),
    # reuters-10613: an appositive delegate's post
    ("LONDON, March 28 - Edouard Kouame, Ivorian delegate to the International Cocoa Organization (ICCO), was "
     "chosen Executive Director of the ICCO, effective October 1, ICCO officials said.", "Edouard Kouame"),
    # reuters-6375: the surname, "who", bound to the name the story gave in full
    ('MOSCOW, March 23 - "The padding of figures makes up one-and-a-half to three per cent of the volume of '
     'production," Alexei Sergeyev told the official newspaper Sovetskaya Rossiya. "In my opinion, it is '
     'significantly higher," Sergeyev, who works at the Economics Institute of the Soviet Union\'s Academy of '
     'Sciences, said.', "Alexei Sergeyev"),
    # KnowledgeNet: a surname serving as an office
    ("Prior to becoming CEO of AccuWeather in September 2007, Myers served as the company's Executive Vice "
     "President and General Counsel.", "Myers"),
])
def test_a_person_said_so_is_no_company(rules, text, person):
    assert person in people(rules, text)
    assert not any(person.split()[-1] in c for c in companies(rules, text))


def test_the_predecessor_who_resigned_leaves_the_office(rules):
    text = ("NEW YORK, March 2 - Regency Cruises Inc said its board elected William Schanz as its chairman and "
            "chief executive officer. He replaces Anastasios Kyriakides, who resigned in December.")
    assert roles(rules, text)[("Anastasios Kyriakides", "Regency Cruises")] == ("CEO", Status.ENDED)


def test_an_office_held_read_after_an_adverb(rules):
    # KnowledgeNet: "was formerly chief executive officer of"
    text = ("Iain was formerly chief executive officer of FishPal Ltd and has nearly eight years experience in "
            "the salmon letting business.")
    assert ("Iain", "FishPal") in roles(rules, text)


@pytest.mark.parametrize("text, firm", [
    # reuters-223 shape: "who" after "X of FIRM" is said of the person, the firm stays one
    ("Japan's net buying may double, said Joe Plocek of McCarthy, Crisanti and Maffei Inc, who expects first "
     "quarter growth of about three pct.", "McCarthy, Crisanti and Maffei"),
    ('"It is not enough," said Bourdain of BankAmerica, who also expects the dollar to drop.', "BankAmerica"),
])
def test_who_after_a_firm_in_a_persons_slot(rules, text, firm):
    assert any(firm.split(",")[0] in c for c in companies(rules, text))


@pytest.mark.parametrize("text, firm", [
    # FIRE half A: what only a firm is, before a name no given name opens, that the model took for a person's
    ("Also in 2007, GE Oil & Gas acquired Vetco Gray for $1.9 billion, followed by the acquisition of Hydril "
     "Pressure & Control in 2008 for $1.1 billion.", "Vetco Gray"),
    ("Prior to joining Ropes Gray, Mr. Kokas was a partner at Kelley Drye Warren LLP, where he joined as an "
     "associate in 2001.", "Ropes Gray"),
    ("He is a former partner of Latham Watkins (LW), an international law firm, and has been engaged in the "
     "practice of law since 1971.", "Latham Watkins"),
    # reuters-9641
    ("Varity said operating costs are realized and its newly acquired Dayton Walther business is fully "
     "integrated.", "Dayton Walther"),
])
def test_a_firms_slot_before_a_name_the_model_read_as_a_person(rules, text, firm):
    assert firm in companies(rules, text)
    assert firm not in people(rules, text)


def test_a_person_after_a_firms_verb_stays_one(rules):
    # FIRE half A: a given name opens the name
    text = ("On October 21, 2012, we purchased 25,148 shares from David Cuthbert pursuant to a Lockup and Put "
            "Agreement between us and Mr. Cuthbert.")
    assert "David Cuthbert" in people(rules, text)


@pytest.mark.parametrize("text, person, company", [
    # KnowledgeNet half T: a surname or a given name alone that founded or worked at a firm
    ("Prior to AirWatch, Dabbiere founded Manhattan Associates (NASDAQ:MANH), the world's leading supply-chain "
     "execution software company.", "Dabbiere", "Manhattan Associates"),
    ("Pete also worked at First Consulting Group, a leading provider of information-based consulting services.",
     "Pete", "First Consulting"),
    # an honorific is no part of the name
    ("In 2004 Professor Edelman founded Interactive Supercomputing, recently acquired by Microsoft.",
     "Edelman", "Interactive Supercomputing"),
])
def test_a_name_that_founded_or_worked_at_a_firm_is_a_person(rules, text, person, company):
    assert person in people(rules, text)
    assert (person, company) in roles(rules, text)


def test_every_mention_of_the_surname_is_one_person(rules):
    # reuters-9899 (shortened): the surname taken for a company elsewhere is the same person, named in full
    text = ("LONDON, March 26 - The French government will present to parliament a major bill within two months "
            "to overhaul the Paris stock market, economics and finance minister Edouard Balladur said.\n"
            "Balladur told an Economist conference that a series of new contracts would be introduced shortly "
            "for trading on the Paris bourse.\n"
            "Balladur, who also had private talks with U.K. Prime Minister Margaret Thatcher, said the bill was "
            "ready.")
    found = people(rules, text)
    assert "Edouard Balladur" in found and "Balladur" not in found
    assert not any("Balladur" in c for c in companies(rules, text))
