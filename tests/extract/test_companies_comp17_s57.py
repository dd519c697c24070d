"""Company names cut in two (issue 15, COMP17): legal forms of several words after a name ("Wells Fargo Bank,
National Association", "PIGOBA, S.A. de C.V.", "Toyota Motor Sales, U.S.A., Inc.") end the name, and are no part of
its key, as "N.A." and "S.A." are not; "Corp. of America" written with a dot is a firm's arm as "Corp of America" is;
a trade's word after "and" and before a comma and a legal form goes on the name ("Accessories and Parts, Inc."), and so
do the words after "and" whose initials the short form in brackets after them holds ("Builders Supply and Lumber (BSL)").
Excerpts of the tuning material: FIRE's train half A."""

from __future__ import annotations

import pytest

from keiretsu.extract.names import canonical_name, name_key
from keiretsu.extract.rules import RuleExtractor

from ..helpers import companies


@pytest.fixture(scope="module")
def rules() -> RuleExtractor:
    return RuleExtractor()


@pytest.mark.parametrize("text, firm", [
    # FIRE half A (fire:2622, fire:1680): the bank was cut to "Wells Fargo" and the charter spelt out went
    ("The Senior Notes were issued under an indenture (the Indenture) with Wells Fargo Bank, National Association, "
     "as trustee.", "Wells Fargo Bank"),
    ("In 2002, MainStreet organized a second bank subsidiary, Franklin Community Bank, National Association "
     "(Franklin Bank).", "Franklin Community Bank"),
    # FIRE half A (fire:700)
    ("Also, the Company purchased industrial material from PIGOBA, S.A. de C.V., a company in which Mr. Alejandro "
     "Gonzalez has a proprietary interest.", "PIGOBA"),
    # FIRE half A (fire:519): no "Toyota" and "U.S.A" as two firms
    ("Lexus Dealer Agreement effective August 21, 1995 between Lexus, a division of Toyota Motor Sales, U.S.A., Inc. "
     "and SMC Luxury Cars, Inc.", "Toyota Motor Sales U.S.A"),
    # FIRE half A (fire:1775): no "Parts" alone
    ("A wholly-owned subsidiary of the Company, Automotive Specialty Accessories and Parts, Inc. and its wholly-owned "
     "subsidiary WAG, are named defendants in several lawsuits.", "Automotive Specialty Accessories and Parts"),
])
def test_a_legal_tail_keeps_the_name_whole(rules: RuleExtractor, text: str, firm: str) -> None:
    found = companies(rules, text)
    assert firm in found
    assert not any(f != firm and f in firm for f in found)


def test_corp_with_a_dot_of_a_place_is_the_arm() -> None:
    # FIRE half A (fire:1865): "NF Energy Corp. of America", as "Dynamics Corp of America" is read
    assert "NF Energy Corp. of America" in companies(RuleExtractor(), "The suit was filed against NF Energy Corp. of "
                                                                      "America in May.")


@pytest.mark.parametrize("written, key", [
    ("Wells Fargo Bank, National Association", "wellsfargobank"),
    ("PIGOBA, S.A. de C.V.", "pigoba"),
    ("Grupo Bimbo, S.A.B. de C.V.", "grupobimbo"),
    # a name, no legal form: no comma before "National Association"
    ("National Association of Securities Dealers", "nationalassociationofsecuritiesdealers"),
    ("American National Association", "americannationalassociation"),
])
def test_legal_forms_of_several_words_leave_the_key(written: str, key: str) -> None:
    assert name_key(written) == key
    assert name_key(canonical_name(written)) == key


def test_lists_stay_apart(rules: RuleExtractor) -> None:
    # FIRE half A (fire:1121): two firms joined by "and" stay two, and the bank keeps its whole name
    found = companies(rules, "10.26 Guaranty Agreement, dated as of September 7, 2011, by and among Enterprise Products "
                             "Partners L.P. and Enterprise Products Operating LLC in favor of Wells Fargo Bank, National "
                             "Association, as administrative agent.")
    assert found == {"Enterprise Products Partners", "Enterprise Products Operating", "Wells Fargo Bank"}


def test_initials_in_brackets_keep_the_and(rules: RuleExtractor) -> None:
    # FIRE half A (fire:1512): the short form in brackets is the initials of the whole name, "and" inside it
    found = companies(rules, "Mr. Schenkel joined the company in 1998 when the company acquired Builders Supply and "
                             "Lumber (BSL) from Pulte Home Corporation.")
    assert found == {"Builders Supply and Lumber", "Pulte Home"}
