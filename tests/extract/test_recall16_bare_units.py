"""A unit noun set before a name as a title, with no owner written before it (RECALL16): "said subsidiary X",
"Californian subsidiary Union Bank" is the unit of the subject of the clause it hangs under, else of the story's lead
company; not an affiliate, nor where an owner, a determiner or another name stands before the noun, nor a generating
unit. Sentences from Reuters-21578 train stories and dev
(reuters-8902)."""

from __future__ import annotations

from ..helpers import found


def test_unit_of_the_sayer(rules, judged):
    text = ("TORONTO, March 16 - <Markel Financial Holdings Ltd> said subsidiary Morden and Helwig Group Inc filed a "
            "preliminary prospectus for a proposed initial share offering in Canada.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Markel Financial", "Morden and Helwig")) == "active"


def test_units_listed_after_the_plural_and_a_clause_of_their_own(rules):
    text = ("B.C. Resources said subsidiaries Westar Timber and Westar Petroleum have settled revised lending "
            "agreements, but debt discussions regarding subsidiary Westar Mining are continuing.")
    ties = found(rules, text)
    for unit in ("Westar Timber", "Westar Petroleum", "Westar Mining"):
        assert ties.get(("stake", "B.C. Resources", unit)) == "active"
    assert ("stake", "Westar Timber", "Westar Mining") not in ties


def test_not_an_affiliate_without_its_owner(rules):
    # train gold (reuters-11888) labels no stake: an affiliate may share control only
    text = ("NEW YORK, April 1 - Investor Martin T. Sosnoff said Southmark Corp and affiliate Pratt Hotels Corp have "
            "ended talks with his MTS Acquisition Corp on a possible joint venture.")
    assert ("stake", "Southmark", "Pratt Hotels") not in found(rules, text)


def test_unit_of_the_story_lead(rules, judged):
    text = ("LONDON, March 24 - Standard Chartered Plc <STCH.L> boosted its bad-debt provisions.\nHe said the profits "
            "contribution from the U.K. Businesses was well maintained, while Californian subsidiary Union Bank showed "
            "continued growth.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "Standard Chartered", "Union Bank")) == "active"


def test_not_where_an_owner_is_written(rules):
    text = "Quest also said it signed a merger agreement with <Hunt Research Corp> and its affiliate <ICAS Corp>."
    ties = found(rules, text)
    assert not [k for k in ties if k[0] == "stake" and k[2] == "ICAS" and k[1] != "Hunt Research"]


def test_not_after_another_name(rules):
    text = ("Aquino set up a panel.\nTheir initial sale to Soriano through SMC Hong Kong unit Neptunia Corp was "
            "blocked by the Presidential Commission on Good Government.")
    assert not [k for k in found(rules, text) if k[0] == "stake" and k[2] == "Neptunia"]


def test_not_a_generating_unit(rules):
    text = ("RICHMOND, Va., March 23 - Dominion Resources Inc said it asked for exemptions to build two units.\n"
            "Companion unit Chesterfield 8 would be built by June 1992.")
    assert not [k for k in found(rules, text) if k[0] == "stake" and k[2].startswith("Chesterfield")]


def test_not_what_its_subject_buys(rules):
    text = "Acme Corp said Beta Inc agreed to buy subsidiary Gamma Ltd from Delta Corp."
    ties = found(rules, text)
    assert ("stake", "Beta", "Gamma") not in ties and ("stake", "Acme", "Gamma") not in ties


def test_not_the_lead_for_units_joined_to_their_parent(rules):
    # Reuters train reuters-10469: "the parent" names the units' owner, not the rating agency the story opens on
    text = ("NEW YORK, March 27 - Standard and Poor's Corp said it downgraded 1.7 billion dlrs of debt of United "
            "Technologies Corp and subsidiaries.\nS and P cut to AA-minus from AA the senior debt, and to A-plus from "
            "AA-minus the subordinated debt, of the parent and units UT Financial Services Corp, UT Credit Corp, UT "
            "Finance N.V. and Carrier Corp. A-1-plus commercial paper was affirmed.")
    assert not [k for k in found(rules, text) if k[0] == "stake" and k[1] == "Standard and Poor's"]
