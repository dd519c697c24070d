"""A known firm's short form written with a group word after it names another firm (ALIAS4): "Magna Group Inc" is
no "Magna International" (the gazetteer's "Magna"), and the story's later "Magna" is Magna Group. Stories from
Reuters-21578 train."""

from __future__ import annotations

from keiretsu.extract.gazetteer import Gazetteer
from keiretsu.models import EntityKind

MAGNA = (
    "GRANITE CITY, ILL., March 12 - First Granite Bancorp Inc said it agreed in principle to become a wholly owned "
    "subsidiary of Magna Group Inc <MAGI>.\n"
    "Under terms of the agreement, First Granite shareholders will receive 2.175 shares of Magna for each First "
    "Granite share held. First Granite shareholders will be asked to approve the tranaction in late summer.\n"
    "Magna Groups as of Dec 31, 1986 had assets of 1.47 billion dlrs. It owns 13 banks, a data services company, "
    "a mortgage company and a trust company, serving St. Louis as well as Springfield, Centralia and Decatur, Ill.\n"
)


def test_a_group_word_after_a_known_short_form_names_another_firm():
    gaz = Gazetteer.default()
    assert gaz.lookup("Magna Group Inc") is None
    assert gaz.canonical("Magna Group Inc") == "Magna"
    assert gaz.lookup("Samsung Group") is None
    # the short form alone, with a legal form, and the known name keep binding to the known firm
    assert gaz.canonical("Magna") == "Magna International"
    assert gaz.canonical("Magna International Inc") == "Magna International"


def test_a_group_word_after_a_name_keyed_alike_stays_the_known_firm():
    gaz = Gazetteer.default()
    # another spelling of the known name, not a short form of it
    assert gaz.canonical("PaineWebber Group Inc") == "Paine Webber"
    # the known name itself ends in a group word, or opens the name written
    assert gaz.canonical("BT Group plc") == "BT Group"
    assert gaz.canonical("Shearson Lehman Brothers Holdings Inc") == "Shearson Lehman Brothers"
    assert gaz.canonical("VW Group") == "Volkswagen"


def test_the_story_short_form_is_the_group_it_names_in_full(rules):
    [ex] = rules.extract([(1, MAGNA)])
    companies = {e.text: e.name for e in ex.entities if e.kind is EntityKind.COMPANY}
    assert companies["Magna Group Inc"] == "Magna"
    assert companies["Magna"] == "Magna"
    assert "Magna International" not in {e.name for e in ex.entities}
    assert ("acquisition", "Magna", "First Granite Bancorp") in {(m.type.value, m.source, m.target)
                                                                  for m in ex.mentions}


def test_the_short_form_alone_stays_the_known_firm(rules):
    text = ("TORONTO, March 3 - Magna International Inc said its profit rose.\n"
            "Magna said sales of parts to General Motors rose.\n")
    [ex] = rules.extract([(1, text)])
    assert {e.name for e in ex.entities if e.kind is EntityKind.COMPANY and e.text.startswith("Magna")} == \
        {"Magna International"}
