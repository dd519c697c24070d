"""Company names as the text means them (issue 15, NAMES11): a noun for what a firm is to another, glued to its
name by wire copy's capitals ("its Citibank N.A. Subsidiary", "Codelco's U.K. Subsidiary Chile Copper Ltd",
"First National Bank of Chicago Tokyo Branch"), is no word of the name; nor is the place a firm is incorporated
in ("Nova, an Alberta Corp"); a group word after initials alone stays ("H.C. Holdings Inc", written "HC" after);
a possessive after "its" opens the unit's own name ("its Vernell's Fine Candies Inc unit"); a short form that
opens a parent's and its unit's names is the parent's ("a Kidder officer" of Kidder, Peabody and Co, not of its
Kidder, Peabody Mortgage Assets Trust Five). Excerpts of Reuters-21578 train stories."""

from __future__ import annotations

from keiretsu.extract.names import canonical_name, name_key, unglued
from keiretsu.models import EntityKind


def _companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def _ends(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {n for m in ex.mentions for n in (m.source, m.target)}


def test_a_capitalised_subsidiary_after_a_name_is_no_word_of_it(rules):
    text = ("LONDON, April 2 - Citicorp said that on behalf of its Citibank N.A. Subsidiary, it is issuing 100,000 "
            "naked currency warrants priced at 67-1/2 marks each to purchase Australian dlrs for marks.")
    names = _companies(rules, text)
    assert "Citibank" in names and not any("Subsidiary" in n for n in names)


def test_a_place_and_subsidiary_before_a_name_are_no_words_of_it():
    assert unglued("U.K. Subsidiary Chile Copper Ltd") == "Chile Copper Ltd"
    assert canonical_name("U.S. Subsidiary Toyota Motor Manufacturing USA Inc") == "Toyota Motor Manufacturing USA"


def test_a_branch_named_by_its_town_is_the_bank():
    assert canonical_name("First National Bank of Chicago Tokyo Branch") == "First National Bank of Chicago"
    assert name_key("Citibank N.A. Subsidiary") == name_key("Citibank, N.A.")


def test_the_noun_alone_or_after_a_place_alone_stays():
    assert canonical_name("Tokyo Branch") == "Tokyo Branch"
    assert canonical_name("Southwest Division") == "Southwest Division"  # a unit's noun is its name's


def test_the_place_of_incorporation_is_no_part_of_the_name(rules):
    text = ("CALGARY, Alberta, March 5 - Novacor Inc, a unit of <Nova, an Alberta Corp>, said it would raise prices "
            "for U.S. customers by five cts a pound on linear low-density and low-density polyethylene.")
    names = _companies(rules, text)
    assert "Nova" in names and not any("Alberta" in n for n in names)
    assert canonical_name("Nova, An Alberta Corp") == "Nova"


def test_a_group_word_after_initials_stays_and_the_initials_bind_to_it(rules):
    text = ("NEW YORK, March 30 - Orange Julius International Inc said it entered into a definitive agreement to "
            "sell Orange Julius of America and Orange Julius Canada Limited to H.C. Holdings Inc, owned by Branford "
            "Castle Inc, a merchant banker.\nOrange said the purchase price will consist of 19 mln dlrs in cash and "
            "10 pct of HC's common equity.")
    names = _companies(rules, text)
    assert "H.C. Holdings" in names and not {"H.C", "HC"} & names


def test_a_possessive_after_its_opens_the_units_name(rules):
    text = ("SEATTLE, Wash., March 23 - The Quaker Oats Co said it sold its Vernell's Fine Candies Inc unit to "
            "privately-held Keystone Partners Inc for an undisclosed price.")
    names = _companies(rules, text)
    assert "Vernell's Fine Candies" in names and not {"Vernell", "Fine Candies"} & names
    assert "Vernell's Fine Candies" in _ends(rules, text)


def test_a_parents_possessive_without_its_still_names_the_parent(rules):
    text = ("NEW YORK, March 3 - Zorvex Corp said it agreed to sell Walker's Mutual Signal Corp subsidiary to "
            "Harwick Iron Ltd for 20 mln dlrs.")
    assert "Walker's Mutual Signal" not in _companies(rules, text)


def test_a_short_form_of_a_parent_and_its_unit_is_the_parents(rules):
    text = ("NEW YORK, March 2 - Kidder, Peabody Mortgage Assets Trust Five, a unit of Kidder, Peabody and Co Inc, "
            "is offering 500 mln dlrs of collateralized mortgage obligations in seven classes.\nInvestors would be "
            "paid back the amount of interest they would have received if the CMOs did not carry a maximum interest "
            "rate, a Kidder officer said.\nKidder Peabody introduced this concept on February 12.")
    [ex] = rules.extract([(1, text)])
    trust = "Kidder Peabody Mortgage Assets Trust Five"
    assert [e.text for e in ex.entities if e.name == trust] == ["Kidder, Peabody Mortgage Assets Trust Five"]


def _people(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.PERSON}


def test_a_founder_with_an_office_after_is_the_person_not_the_firm_named_after_him(rules):
    text = ("NEW YORK, April 3 - Mario Gabelli, head of New York investment firm Mario Gabelli and Co, said he sold "
            "some shares of GenCorp Inc <GY> as part of a \"portfolio rebalancing\" process.\nRegarding the company's "
            "shareholders meeting Tuesday, Gabelli told Reuters, \"there was nothing said that caused me to sell or "
            "buy.\"")
    [ex] = rules.extract([(1, text)])
    assert {e.text for e in ex.entities if e.kind is EntityKind.PERSON} == {"Mario Gabelli", "Gabelli"}
    assert {e.text for e in ex.entities if e.kind is EntityKind.COMPANY and e.name == "Mario Gabelli"} == \
        {"Mario Gabelli and Co"}


def test_a_founder_with_his_initial_is_the_person_and_his_surname_too(rules):
    text = ("NEW YORK, March 23 - A group of limited partners has filed suit in U.S. District Court in New York "
            "against Ivan F. Boesky and others, alleging that Boesky deceived them into investing in his partnership "
            "Ivan F. Boesky and Co LP through the preparation of deceptive partnership documents.")
    [ex] = rules.extract([(1, text)])
    assert {e.text for e in ex.entities if e.kind is EntityKind.PERSON} == {"Ivan F. Boesky", "Boesky"}
    assert {e.text for e in ex.entities if e.kind is EntityKind.COMPANY} >= {"Ivan F. Boesky and Co LP"}


def test_a_firm_written_short_is_still_the_firm(rules):
    # "Soo Line Corp said ... Soo Line said": no given name, no office: the firm written short
    text = ("MINNEAPOLIS, March 4 - Soo Line Corp said it agreed to sell its Milwaukee Road lines to Harwick Iron "
            "Ltd.\nSoo Line said the sale would close in June.")
    assert "Soo Line" not in _people(rules, text)


def test_a_short_form_of_two_firms_each_read_as_the_others_parent_is_the_leads(rules):
    text = ("TORONTO, March 6 - Dome Petroleum Ltd is under pressure from one of its largest creditors to sell its 42 pct "
            "stake in <Encor Energy Corp Ltd>, energy industry analysts said.\nDome earlier said it was not considering "
            "selling Encor Energy, but reaffirmed the company's 23.3 pct interest in Canadian gold producer Dome Mines "
            "Ltd <DM> is up for sale \"at the right price.\"\nDome's stake in Encor would be valued at about 308 mln "
            "dlrs, while its 20.9 mln Dome Mines shares would be worth about 319 mln dlrs.")
    assert "Dome" not in _companies(rules, text)
