"""Wire copy's tickers around names (HIST15, session 45): a name the wire marks with its ticker after a legal
form and "and" is a firm of its own, a list's second ("Delta Airlines Inc and Western Airlines <WAL>"), not
the tail of a longer name ("Minnesota Mining and Manufacturing")."""

from __future__ import annotations

from keiretsu.models import EntityKind


def extraction(rules, text: str):
    [ex] = rules.extract([(1, text)])
    return ex


def companies(ex) -> set[str]:
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_a_ticked_name_after_a_legal_form_and_and_is_a_firm_of_its_own(rules):
    ex = extraction(rules, "WASHINGTON, April 1 - A judge lifted an injunction blocking the planned merger of "
                           "Halvern <HLV> Airlines Inc and Central Airlines <CAL>, the court said.")
    assert "Central Airlines" in companies(ex)
    assert any(m.type.value == "merger" and {m.source, m.target} == {"Central Airlines", "Halvern Airlines"}
               for m in ex.mentions)


def test_a_ticked_name_after_a_corp_and_is_the_second_party(rules):
    ex = extraction(rules, "WASHINGTON, April 1 - A judge lifted an injunction blocking the planned merger of "
                           "Halvern Corp and Northern Freight <NOF>, the court said.")
    assert "Northern Freight" in companies(ex)
    assert any(m.type.value == "merger" and {m.source, m.target} == {"Halvern", "Northern Freight"}
               for m in ex.mentions)


def test_a_ticked_name_after_and_without_a_legal_form_before_is_no_firm_alone(rules):
    ex = extraction(rules, "ST. PAUL, Minn., March 3 - Ostrava Mining and Manufacturing <OMM> said its "
                           "profits rose.")
    assert "Manufacturing" not in companies(ex)


def test_a_generic_short_form_is_the_one_name_the_wire_gives_a_ticker_after(rules):
    ex = extraction(rules, "CHICAGO, March 20 - Halvern Corp said a court order requiring Northern Air Lines <NAL> "
                           "to arbitrate with two of its unions will not delay the merger.\nThe order requires "
                           "Northern to discuss with its unions whether Northern's labor contracts will be binding "
                           "for Halvern, Halvern said.")
    found = companies(ex)
    assert "Northern Air Lines" in found and "Northern" not in found
