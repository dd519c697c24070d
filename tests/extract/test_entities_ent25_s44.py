"""Names in modern financial copy (ENT25, session 44): the "&" inside a firm's name is no legal form that
ends it ("a stake in Fortnum & Mason"); a headline in title case that calls a person or a firm by an office
or a part of another firm ("JPMorgan Economist Michael Feroli", "Facebook Owner Meta") leaves that word out
of the firm's name."""

from __future__ import annotations

from keiretsu.models import EntityKind


def names(rules, text: str, kind: EntityKind = EntityKind.COMPANY) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is kind}


def test_an_ampersand_joins_the_words_of_a_name_a_stake_is_taken_in(rules):
    found = names(rules, "Trian Fund Management has taken a stake in Penrose & Mason.")
    assert "Penrose & Mason" in found
    assert "Penrose" not in found


def test_an_office_between_a_firm_and_a_person_in_a_headline_is_no_part_of_the_firm(rules):
    text = "JPMorgan Economist Michael Ferrand Sees Rate Rise"
    assert names(rules, text) == {"JPMorgan"}
    assert names(rules, text, EntityKind.PERSON) == {"Michael Ferrand"}


def test_a_part_noun_between_two_firms_in_a_headline_is_no_part_of_the_first(rules):
    found = names(rules, "Goldman Sachs Analyst Ryan Brinkman Raises Target On Tesla")
    assert "Goldman Sachs" in found and "Goldman Sachs Analyst" not in found
    assert "Facebook Owner" not in names(rules, "Facebook Owner Meta Cuts Jobs")


def test_what_a_headline_calls_a_person_before_a_given_name_is_no_part_of_the_name(rules):
    found = names(rules, "10 Energy Stocks to Buy According to Billionaire Jim Whitlock Portfolio", EntityKind.PERSON)
    assert found == {"Jim Whitlock"}


def test_an_initial_before_the_given_name_is_part_of_the_name(rules):
    found = names(rules, "Harbin Pharmaceuticals Inc said J. Michael Pendry, its chief executive, would step "
                         "down. Mr. Pendry has led the company since 2008.", EntityKind.PERSON)
    assert found == {"J. Michael Pendry"}


def test_a_second_surname_after_a_particle_is_part_of_the_name(rules):
    found = names(rules, "Carlos Ortega de Quevedo joined Grupo Tandil in 1969. Mr. Ortega de Quevedo became "
                         "its president in 1990.", EntityKind.PERSON)
    assert found == {"Carlos Ortega de Quevedo"}


def test_a_surname_alone_is_the_person_written_with_and_without_the_initial(rules):
    found = names(rules, "The company bought back shares from Texan H. Ross Pennell last year.\n\"He (Pennell) was "
                         "the trigger,\" said an analyst.\nThey were irritated by the buyout of Ross Pennell.",
                  EntityKind.PERSON)
    assert found == {"H. Ross Pennell"}


def test_a_period_change_and_a_disease_market_copy_abbreviates_are_no_companies(rules):
    assert names(rules, "Harlow Motors total sales decline 9% YoY in Nov due to chip crisis") == {"Harlow Motors"}
    assert "QoQ" not in names(rules, "Sales fell 3% QoQ, Tandem Motors said.")
    assert "COVID-19" not in names(rules, "Revenue rose 19% despite the COVID-19 pandemic, Kestrel Airlines Inc "
                                          "said.")


def test_a_wire_flag_glued_to_a_headline_is_no_part_of_a_name(rules):
    found = names(rules, "UPDATE 2-Kestrel Airlines to buy Harlow Jets for $3 billion\nKestrel Airlines Inc said on "
                         "Wednesday it would buy Harlow Jets Ltd.")
    assert not any("UPDATE" in n for n in found)
    assert "Exclusive-Harlow Motors" not in names(rules, "Exclusive-Harlow Motors delays production of its truck "
                                                         "to 2023 -source")


def test_a_firms_name_without_the_place_opening_it_is_the_firm_not_a_person(rules):
    text = ("China Tandil Rare Earth Co said it would merge with Harbin Heavy Industries Ltd. Tandil Rare Earth "
            "shares jumped 10 percent.")
    assert names(rules, text, EntityKind.PERSON) == set()
    assert "China Tandil Rare Earth" in names(rules, text)
