"""Relationship recall (RECALL6, issue 15): a short form in brackets after a company's name is read from the text
as written, where wire copy's all-capital codes in brackets ("(NMC)") are blanked for the parser as tickers are, so
that the acronym written alone later is that company; a word of an office's tenure the parser reads as a verb
("acting") does not part a name from the office set off after it; a sentence that names the underwriters of the
issue the story told ("Lead underwriter is Y") has them supply the issuer, and "Y will lead the underwriting, X
said" has Y serve the sayer."""

from __future__ import annotations

from ..helpers import companies, found, roles


def test_an_acronym_in_brackets_names_the_company_later(rules):
    # train2 reuters-5185 (Reuters-21578 train split)
    text = ("The state-owned National Milling Corp (NMC) meanwhile said it is trying to sell 190,742 tonnes of maize "
            "stored in different parts of the country.\nNMC acting general manager John Rubibira said Tanzania has "
            "only 56,000 tonnes of silo storage capacity, concentrated in Dar es Salaam, Arusha in the north and "
            "Iringa in central Tanzania.")
    assert companies(rules, text) == {"National Milling"}
    assert ("John Rubibira", "National Milling") in roles(rules, text)


def test_an_acronym_written_alone_after_it_was_given(rules):
    text = ("The Adelaide Steamship Co Ltd (ASC) said it is trying to sell its stake.\n"
            "ASC said it has only 56,000 tonnes of storage capacity.")
    [ex] = rules.extract([(1, text)])
    later = [e for e in ex.entities if e.start > text.index("\n")]
    assert [(e.name, e.text) for e in later] == [("Adelaide Steamship", "ASC")]


def test_a_ticker_in_brackets_is_still_no_company_of_its_own(rules):
    # a bracketed code after a name is at most that name's short form, never a second firm
    found = companies(rules, "Reuters Holdings Plc (RTRSY) said it raised its stake in Instinet Corp to 49 pct.")
    assert not {n for n in found if n.isupper()}


def test_an_acting_office_set_off_after_a_name(rules):
    got = roles(rules, "John Brenner, acting chairman of Harlow Industries Inc, said sales rose.")
    assert got[("John Brenner", "Harlow Industries")][0] == "Chairman"
    got = roles(rules, "John Brenner, the acting president of Harlow Industries Inc, said sales rose.")
    assert ("John Brenner", "Harlow Industries") in got


def test_a_verb_between_still_parts_them(rules):
    assert not roles(rules, "John Brenner met the acting chairman of Harlow Industries Inc on Monday.")


def test_the_underwriter_of_the_issue_the_story_told(rules):
    # train reuters-10073 (Reuters-21578 train split)
    text = ("Pillsbury Co said it plans to sell 14.2 mln shares of Burger King Investors in a public offering.\n"
            "Merrill Lynch will lead the underwriting, Pillsbury said.")
    assert found(rules, text).get(("supply", "Merrill Lynch", "Pillsbury")) == "agreed"


def test_lead_underwriters_named_after_the_issue(rules):
    # Reuters-21578 train split, reuters-2058 and reuters-1400
    text = ("NEW YORK, March 5 - Hard Rock Cafe PLC said it has filed for an initial U.S. offering of 2,240,000 "
            "American Depositary Shares representing 11.2 mln Class A ordinary shares.\nIt said 240,000 of the "
            "ADS's will be sold by a current shareholder.\nLead underwriter is <Drexel Burnham Lambert Inc>.")
    assert found(rules, text).get(("supply", "Drexel Burnham Lambert", "Hard Rock Cafe")) == "active"
    text = ("NEW YORK, March 3 - Arvin Industries Inc said it is raising 150 mln dlrs through an offering of 8-3/8 pct "
            "10-year notes and 9-1/8 pct 30-year sinking fund debentures.\nLead underwriter for the offerings, both "
            "of 75 mln dlrs, is Merrill Lynch Capital Markets.")
    assert ("supply", "Merrill Lynch Capital Markets", "Arvin Industries") in found(rules, text)


def test_no_underwriter_without_an_issue_told_or_of_a_unit_that_issues(rules):
    text = ("Acme Corp said profit rose 12 pct in the quarter.\nLead underwriter is <Drexel Burnham Lambert Inc>.")
    assert not [k for k in found(rules, text) if k[0] == "supply"]
    # Reuters-21578 train split, reuters-11906: the unit issues, not the parent that speaks
    text = ("PITTSBURGH, April 1 - National Intergrup Inc said its Permian Partners LP subsidiary, recently formed to "
            "take over the business of its Permian Corp unit, plans to make a public offering of cumulative "
            "convertible preferred partnership units.\nLead underwriters are <Donaldson, Lufkin and Jenrette "
            "Securities Corp> and <Kidder, Peabody and Co Inc>.")
    assert not [k for k in found(rules, text) if k[0] == "supply"]


def test_the_owner_of_an_underwriter_underwrites_nothing(rules):
    # Reuters-21578 train split, reuters-5548
    text = ("PHILADELPHIA, March 16 - <Consolidated Rail Corp> said the initial offering of its common stock could be "
            "made as early as next week at an estimated price of 26 to 29 dlrs per share.\nLead underwriters are "
            "<Goldman, Sachs and Co>, First Boston Inc <FBC> and American Express Co's <AXP> Shearson Lehman "
            "Brothers Inc.")
    ties = found(rules, text)
    assert ("supply", "Shearson Lehman Brothers", "Consolidated Rail") in ties
    assert ("supply", "First Boston", "Consolidated Rail") in ties
    assert not [k for k in ties if k[0] == "supply" and k[1] == "American Express"]
