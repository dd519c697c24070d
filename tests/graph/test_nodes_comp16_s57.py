"""Nodes the blind judges of a Reuters train build (b312488) found no company (issue 15, COMP16): a piece of a hydro
project's name, a security's name, a union set after its noun by a comma (``keiretsu.graph.nodes``). The namings and
stories are excerpts of Reuters-21578 train stories (tuning material)."""

from __future__ import annotations

from keiretsu.graph.nodes import _told_thing, company


def named(*namings: tuple) -> bool:
    return company([(*n, -1, -1) if len(n) == 3 else n for n in namings])


def test_a_piece_of_a_sites_name_is_no_company():
    # reuters-14141: "to sell power from its 12-megawatt Allegheny River Lock and Dam Number Seven Project near
    # Kittanning, Pa., to Allegheny Power System Inc"
    assert not named(("Allegheny River Lock", "a 50 year contract to sell power from its 12-megawatt ",
                      " and Dam Number Seven Project near Kittanning, Pa., to Allegh"))
    # a firm with its legal form before "and" and a plant's name stays one
    assert named(("Duke Power Co", "the utility ", " and Catawba Nuclear Station said"))
    # two firms listed, the second no site: both stay
    assert named(("Allegheny Power", "contracts with ", " and Carolina Power and Light Co <CPL>"))


def test_a_security_named_with_its_acronym_is_no_company():
    # reuters-3842: "Shelf offering of up to 1,000 shares of Dutch Auction Rate Transferable Securities (DARTS)
    # preferred stock through Salomon Brothers Inc"
    assert not named(("Dutch Auction Rate Transferable Securities", "Shelf offering of up to 1,000 shares of ",
                      " (DARTS) preferred stock through Salomon Brothers Inc and Sh"))
    # an acronym that is not the name's initials says nothing: "shares of Salomon Brothers Securities (SBI) stock"
    assert named(("Salomon Brothers Securities", "bought 1,000 shares of ", " (SBI) common stock from"))


def test_a_union_set_after_its_noun_by_a_comma_is_a_body():
    # reuters-969: "Employers and the port union, FNV, are to meet again this afternoon"
    assert _told_thing("FNV", "ROTTERDAM, March 3 - Employers and the port union, FNV, are to meet again this "
                              "afternoon to attempt a settlement.")
    # the company told apart from a union by no body noun: "the company, TLC, said"
    assert not _told_thing("TLC", "Tender Loving Care said the company, TLC, would vote.")
