"""Parents and their parts as news names them (session 35): a part noun right before a name names a firm, the part
("France's Schneider SA subsidiary Jeumont-Schneider"), owned by the name before the noun ("Lynch Corp subsidiary
Lynch Entertainment Corp"); the name after "a subsidiary of" is a firm, the parent, even one the model reads as a
person's; a company's shares that the clause tells of moving are its own stock, no stake in the firms named after;
a line break that web copy puts inside a name ("China CITIC\\nBank's shares") leaves the name whole; and a word
the story named a firm by ("Siemens AG") stays that firm's name where a unit's longer name opens with it
("Siemens Information Systems"). The sentences are written for these tests; the companies in them are invented."""

from __future__ import annotations

import pytest

from keiretsu.extract.rules import _mended
from tests.helpers import companies, found


@pytest.mark.parametrize("text, parent, unit", [
    ("Kestrova Corp subsidiary Brontela Inc said it formed a general partnership.", "Kestrova", "Brontela"),
    ("Kestrova Corp unit Brontela Inc said it formed a general partnership.", "Kestrova", "Brontela"),
    ("Dorvane Inc said it agreed to buy the assets of Zolter Corp subsidiary Marvex Holdings Inc.", "Zolter", "Marvex"),
])
def test_name_before_the_part_noun_owns_the_name_after(rules, text, parent, unit):
    got = found(rules, text)
    assert ("stake", parent, unit) in got
    assert ("stake", unit, parent) not in got


def test_name_after_a_part_noun_is_a_firm(rules):
    text = ("Five groups, including an alliance between West Germany's Dorvane AG <DORV.F> and France's Marvex "
            "S.A. <MARV.PA> subsidiary Zolter-Marvex, have applied to buy the firm.")
    assert "Zolter-Marvex" in companies(rules, text)
    got = found(rules, text)
    assert ("stake", "Marvex", "Zolter-Marvex") in got
    assert not any(k[0] == "alliance" and "Marvex" in k[1:] and "Dorvane" in k[1:] for k in got)


def test_parent_after_subsidiary_of_is_a_firm(rules):
    text = "Brontela Tongfang, a subsidiary of Brontela Unigroup, has lost 63 per cent of its share value since June."
    assert "Brontela Unigroup" in companies(rules, text)
    assert ("stake", "Brontela Unigroup", "Brontela Tongfang") in found(rules, text)


def test_a_body_after_unit_of_is_no_firm(rules):
    assert "Commerce Department" not in companies(rules, "The office is a unit of the Commerce Department, he said.")


@pytest.mark.parametrize("text", [
    "Kestrova Bank's shares have gained almost 30 per cent in the past five days, followed by Zolter Corp, Marvex "
    "Insurance and Dorvane Inc, which have all recorded double - digit growth.",
    "Kestrova Corp's shares rose 5 pct, ahead of Zolter Inc and Marvex Corp.",
])
def test_own_shares_moving_are_no_stake(rules, text):
    assert not any(k[0] == "stake" for k in found(rules, text))


def test_shares_in_another_firm_are_a_stake(rules):
    assert ("stake", "Kestrova", "Zolter") in found(rules, "Kestrova's shares in Zolter Inc rose to 20 pct.")


@pytest.mark.parametrize("text, whole", [
    ("markets rose.\nKestrova CITIC\nBank's shares have gained 30 per cent.", "Kestrova CITIC Bank's shares"),
    ("State - backed Kestrova Resources\nTrust Co Ltd has listed its stakes.", "Kestrova Resources Trust Co Ltd has"),
    ("mine withdrawal from Zolter Technologies\nInc will invest $1 billion.", "Zolter Technologies Inc will"),
])
def test_line_break_inside_a_name_is_mended(text, whole):
    mended = _mended(text)
    assert whole in mended and len(mended) == len(text)


@pytest.mark.parametrize("text", [
    "Deal Talks Stall at Kestrova\nBank of Zolter said it would wait.",  # a name opens the new line
    "Marvex Heavy Industries\nThe manufacturing company builds vessels.",  # a heading, then a sentence
    "Offices in Menlo Park, California.\nLimited Competition",  # a stop ends the line
    "View Photo\nOil prices nudged higher on Wednesday.",  # no firm's word on the new line
])
def test_line_break_between_sentences_stays(text):
    assert _mended(text) == text


def test_mended_name_is_read_whole(rules):
    text = "Markets rose.\nKestrova CITIC\nBank's shares have gained almost 30 per cent in the past five days."
    assert "Kestrova CITIC Bank" in companies(rules, text)


def test_parent_named_short_stays_the_parent(rules):
    text = ("Shares in mortgage lender Kestrova Group rose 10 percent on Friday. The deal moves Kestrova Bank into a "
            "profitable position. Shares in Kestrova, which owns Kestrova Bank, were up 8.9 percent.")
    assert ("stake", "Kestrova", "Kestrova Bank") in found(rules, text)


def test_parent_named_short_keeps_its_own_stake(rules):
    text = ("Marvex Inc said <Kestrova AG>'s Kestrova Information Systems agreed to buy its unit. Kestrova said it "
            "would review the deal. Kestrova already owns 35 pct of Zolter Corp.")
    got = found(rules, text)
    assert ("stake", "Kestrova", "Zolter") in got
    assert ("stake", "Kestrova Information Systems", "Zolter") not in got
