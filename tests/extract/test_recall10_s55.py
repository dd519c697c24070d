"""Relationship recall on modern prose (RECALL10, issue 15).

A company named as another's parent where the parse hangs the parent noun on no name the rules read: "as the parent
company of X" said of a clause's subject (a FiNER-ORD article of dev6, tuning material), "X, which is the parent
company of Y", and "Y's parent company X" with no comma before the owner's name."""

from __future__ import annotations

from ..helpers import found


def test_as_the_parent_company_of_a_unit_the_subject_owns_it(rules, judged):
    # dev6 (finer-ord-train-43): "it" is the subject of the clause the sentence opened with
    text = ("Disney isn't the studio behind the movie, but as the parent company of Marvel it naturally benefits from "
            "the potential blockbuster's success.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Walt Disney", "Marvel")) == "active"
    assert found(rules, "As the parent of Beta Inc, Acme Corp will take the losses.").get(
        ("stake", "Acme", "Beta")) == "active"


def test_a_relative_clause_that_names_the_parent(rules):
    text = "Acme Corp, which became the parent of Beta Inc last year, said profits rose."
    assert found(rules, text).get(("stake", "Acme", "Beta")) == "active"
    text = "The Walt Disney Co, which is the parent company of Marvel Entertainment, said profits rose."
    assert found(rules, text).get(("stake", "Walt Disney", "Marvel Entertainment")) == "active"


def test_a_parent_noun_set_before_the_owners_name_without_a_comma(rules):
    for text in ("Marvel Entertainment's parent company Walt Disney Co said profits rose.",
                 "Marvel Entertainment's parent Walt Disney Co said profits rose."):
        assert found(rules, text).get(("stake", "Walt Disney", "Marvel Entertainment")) == "active"


def test_no_parent_where_the_clause_subject_is_no_company(rules):
    # "it" with no company subject before it, and "as" a parent of no named company
    ties = found(rules, "The fund said that as the parent company of Beta Inc it had no plans to sell.")
    assert not [k for k in ties if k[0] == "stake"]
    ties = found(rules, "Acme Corp said it sees itself as a parent to its staff.")
    assert not [k for k in ties if k[0] == "stake"]


def test_each_firm_listed_as_leading_or_joining_a_round_invests(rules):
    # the phrasing of modern funding news (dev2's funding stories write it so); no Reuters train story of the 260
    # with "led by X" changes
    text = "Zignal Labs Inc raised $15 million in a round led by Figtree Partners and Ross Investment Associates."
    ties = found(rules, text)
    assert ties.get(("investment", "Figtree Partners", "Zignal Labs")) == "active"
    assert ties.get(("investment", "Ross Investment Associates", "Zignal Labs")) == "active"
    text = ("Zignal Labs Inc raised $15 million in a round led by Figtree Partners, with participation from Ross "
            "Investment Associates and Acme Ventures.")
    ties = found(rules, text)
    assert {k[1] for k in ties if k[0] == "investment"} == {"Figtree Partners", "Ross Investment Associates",
                                                            "Acme Ventures"}
    # a firm the backer is said to have backed besides is no investor in the round
    text = "Zignal Labs Inc raised $15 million in a round led by Figtree Partners, which also backed Beta Inc and Gamma Corp."
    assert {k[1] for k in found(rules, text) if k[0] == "investment"} == {"Figtree Partners"}


def test_an_office_taken_or_a_firm_joined_in_a_clause_after_the_persons_predicate(rules, judged):
    # FIRE half A (fire:1890): the office he went on to hold
    text = ("During his 23-year career with Willamette, Mr. McDougall held numerous operating and finance positions "
            "before becoming president and chief executive officer of Willamette.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("role", "McDougall", "Willamette")) == "active"
    ties = found(rules, "John Smith worked at a law firm before joining Acme Corp in 2005.")
    assert ties.get(("role", "John Smith", "Acme")) == "active"
    # the firm worked at before is left, the office taken after held
    ties = found(rules, "John Smith spent ten years at Beta Inc before becoming chief executive of Acme Corp.")
    assert ties.get(("role", "John Smith", "Beta")) == "ended"
    assert ties.get(("role", "John Smith", "Acme")) == "active"


def test_no_office_where_the_clause_is_a_companys_or_another_subjects(rules):
    # a company, not the person, becomes what the clause says; a clause of its own subject
    ties = found(rules, "John Smith said Beta Inc would wait before becoming a unit of Acme Corp.")
    assert not [k for k in ties if k[0] == "role"]
    ties = found(rules, "John Smith invested in Beta Inc before the company became part of Acme Corp.")
    assert not [k for k in ties if k[0] == "role"]


def test_a_firm_described_as_another_named_firms_company_or_business_is_its_unit(rules):
    # FIRE half A (fire:2380, fire:2349): a filing's apposition naming the group a firm belongs to
    text = ("We compete against product and pricing service providers, including: Insight Lending Solutions, Inc.; Loan "
            "Sifter, Inc., Mortech, Inc., a Zillow business; NYLX, Inc.; and Optimal Blue, LLC.")
    assert found(rules, text).get(("stake", "Zillow", "Mortech")) == "active"
    text = ("This information includes an independent Executive Compensation Assessment report prepared in March 2006 by "
            "Buck Consultants, an ACS company which provided useful comparative data.")
    assert found(rules, text).get(("stake", "ACS", "Buck Consultants")) == "active"


def test_no_unit_where_the_description_names_no_firm_or_goes_on(rules):
    for text in ("Acme Ltd, a Dutch company, said sales rose.", "Acme Ltd, a Beta Inc company plane, crashed.",
                 "Acme Ltd, a Beta Inc partner company, said sales rose."):
        assert not [k for k in found(rules, text) if k[0] == "stake"]
