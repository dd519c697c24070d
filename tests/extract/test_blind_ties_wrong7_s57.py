"""Ties the blind judges of a Reuters train build found wrong and the build still showed, second round (WRONG7,
issue 15), on the stories' own sentences."""

from __future__ import annotations

from ..helpers import found


def test_a_participle_set_off_after_a_name_tells_what_was_done_to_it(rules):
    ties = found(rules, "Peltz said Uniroyal Chemical Co, acquired last year, would increase Avery's operating earnings "
                        "but that associated acquisition costs would prevent Avery from posting net profits for some time.")
    assert not [k for k in ties if k[1] == "Uniroyal Chemical"]
    # a verb with its object after the comma is still read
    assert ("acquisition", "Acme", "Beta") in found(rules, "Acme Corp said it acquired Beta Inc last year.")
    # and so is a participle with its "by"
    assert ("acquisition", "Kestrel", "Lumora") in found(rules, "Lumora Ltd, acquired by Kestrel Inc in 2015, makes pumps.")


def test_talks_of_a_takeover_the_story_tells_are_no_alliance(rules):
    text = ("LOS ANGELES, March 23 - <American Variety International Inc> said its agreement to acquire <First National "
            "Entertainment Corp> has been terminated because First National was not able to fulfill terms of the "
            "agreement.\nIt said due to protracted negotiations with First National, several American Variety "
            "divisions were inoperative in 1986.\n")
    assert not [k for k in found(rules, text) if k[0] == "alliance"]
    text = ("MILAN, March 2 - Montedison Spa <MONI.MI> said it has concluded its negotiations with Spanish "
            "pharmaceuticals company <Antibioticos SA>.\nEarlier today the Italian company postponed a scheduled press "
            "conference on its talks with Antibioticos. An Italian press report today said Montedison has agreed to "
            "acquire Antibioticos for 500 billion lire.\n")
    ties = found(rules, text)
    assert not [k for k in ties if k[0] == "alliance"]
    assert ("acquisition", "Montedison", "Antibioticos") in ties
    # talks with no takeover told beside them stay in talks
    text = ("MILAN, March 2 - Montedison Spa <MONI.MI> said it has concluded its negotiations with Spanish "
            "pharmaceuticals company <Antibioticos SA>.\n")
    assert found(rules, text).get(("alliance", "Antibioticos", "Montedison")) == "in_talks"


def test_a_companys_debt_changing_hands_is_no_share_of_it(rules):
    ties = found(rules, "TORONTO, March 19 - <Canada Development Corp> said it is considering the sale of the 270.8 mln "
                        "dlrs it holds of Falconbridge Ltd's 8.5 pct convertible debentures and of its 25 pct holding in "
                        "<CDC Life Sciences Inc>.")
    assert not [k for k in ties if "Falconbridge" in k]
    ties = found(rules, "PHLCORP earlier said that on November 14, 1986, Leucadia acquired claims in Baldwin-United's "
                        "bankruptcy proceedings entitling it to about 39 pct of the outstanding common of PHLCORP.")
    assert not [k for k in ties if "Baldwin-United" in k]
    # a company's unit bought from it is still its sale
    assert ("divestment", "Beta", "Gamma") in found(rules, "Acme Corp said it agreed to buy Beta Inc's Gamma Corp unit.")
