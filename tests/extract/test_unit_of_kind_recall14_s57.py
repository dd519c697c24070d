"""A unit "of" a parent named after a noun of its kind (RECALL14, session 57, from FIRE's train half A): "the domestic
unit of machinery rental company Ramirent Oyj", "a subsidiary of recently privatised banking group Cie Financiere de
Paribas" name the parent right after the kind noun, which the parse hangs from elsewhere (the unit noun, or the kind
noun as its apposition). The sentences are FIRE's (Hamad et al., NAACL 2024, CC BY 4.0) and Reuters-21578 train's."""

from __future__ import annotations

from tests.helpers import found


def test_unit_of_a_kind_noun_then_the_name(rules):
    # FIRE fire:1442
    got = found(rules, "Ramirent Finland is the domestic unit of machinery rental company Ramirent Oyj.")
    assert got.get(("stake", "Ramirent", "Ramirent Finland")) == "active"


def test_subsidiary_of_a_described_group(rules):
    # Reuters train reuters-5228
    got = found(rules, "PARIS, March 16 - Cie Bancaire, a subsidiary of recently privatised banking group Cie "
                       "Financiere de Paribas, said it is issuing 2.35 mln new 100 francs nominal shares on the basis "
                       "of one for five already held.")
    assert got.get(("stake", "Cie Financiere de Paribas", "Cie Bancaire")) == "active"


def test_unnamed_unit_of_a_described_group_ties_nothing(rules):
    # Reuters train reuters-1055: the unit is not named
    got = found(rules, "AMSTERDAM, March 3 - The Amsterdam unit of French bank Societe Generale said it is launching "
                       "a 50-mln guilder bond.")
    assert not any(k[0] == "stake" for k in got)
