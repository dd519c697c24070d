"""Corpus-level judgement of company nodes (NODES4, session 46): a name written before a site's noun that a
predicate's verb follows names the site ("Rohr's Chula Vista and Riverside plants will receive ..."); a unit set in a
body's name is the body's ("the Crop Protection Division in the Rubber Research Institute")."""

from __future__ import annotations

from keiretsu.graph.nodes import company, evidence, thing


def test_a_site_noun_before_an_auxiliary_heads_its_phrase():
    assert thing("Marlow Vista", " and Riverside plants will receive lump sum payments")
    assert thing("Skeena", " pulp mill was sold last year")
    assert not thing("Tarnwell", " will provide software")  # no noun: the firm's own predicate
    assert not company([("Marlow Vista", "4,600 union members at Tarnwell's ",
                         " and Riverside plants will receive lump sum payments", 3, 138)])


def test_a_unit_set_in_a_body_is_no_firm():
    assert not company([("Crop Protection and Plant Pathology Division", "Ann Roe, Head of the ",
                         " in the Marlow Rubber Research Institute of Ostrava", 14, 400)])
    # a unit set in a firm is no body's
    assert "body" not in evidence([("Crop Protection Division", "Ann Roe, Head of the ", " in the Tarnwell Chemical Corp",
                                    14, 400)])[1]
