"""Company names that are two firms or a unit of measure (issue 15, NAMES8): two firms' whole names joined
by "and", each closed by a bank's word or a legal form, are two firms however the wire marks them; an
acronym after "per" is a unit of measure. The names are made up."""

from __future__ import annotations

from keiretsu.models import EntityKind


def _companies(rules, text: str) -> set[str]:
    [ex] = rules.extract([(1, text)])
    return {e.name for e in ex.entities if e.kind is EntityKind.COMPANY}


def test_two_banks_the_wire_marks_as_one_are_two(rules):
    names = _companies(rules, "STOCKHOLM, March 3 - A new holding company will control the third-largest commercial "
                              "bank <Kolvabanken and Trastabanken>, a small regional bank.")
    assert {"Kolvabanken", "Trastabanken"} <= names
    assert "Kolvabanken and Trastabanken" not in names


def test_a_bank_and_a_bancorp_joined_are_two(rules):
    names = _companies(rules, "Dorvane Ratings Inc said it may downgrade the debt of Kelvar Chartered PLC and its "
                              "units, Kelvar Chartered Bank and Morrow Bancorp.")
    assert {"Kelvar Chartered Bank", "Morrow Bancorp"} <= names
    assert not any(" and " in n for n in names)


def test_a_bank_and_trust_company_stays_one_name(rules):
    names = _companies(rules, "Worvel Bank and Trust Co said it raised its prime rate to 7-3/4 pct.")
    assert any(n.startswith("Worvel Bank and Trust") for n in names)


def test_an_acronym_after_per_is_a_unit_of_measure(rules):
    names = _companies(rules, "The exchange said contract prices will be quoted per hundred weight, with a maximum "
                              "fluctuation of one dlr per CWQ.\nKelvar Corp said it would trade the contract.")
    assert "CWQ" not in names and "Kelvar" in names


def test_a_firm_after_per_before_its_share_stays(rules):
    names = _companies(rules, "Dexlan Inc offered 11.50 dlrs in cash per Kelvar share.")
    assert "Kelvar" in names


def test_a_compound_cut_by_a_hyphen_before_und_is_one_name(rules):
    names = _companies(rules, "HAMBURG, March 4 - Kolvers - und Trastbank AG <KTBG.F> said it sold its stake in "
                              "Dexter Industries Inc to Morrow Corp.")
    assert "Kolvers- und Trastbank" in names and "Trastbank" not in names
