"""Nodes the blind judges of a Reuters train build (fd057f0) found no company (issue 15, WRONG5): a station a firm
operates by its call sign, a product a firm writes as its own goods, a town told by the way to it
(``keiretsu.graph.nodes``). The namings are from Reuters-21578 train stories."""

from __future__ import annotations

from keiretsu.graph.nodes import company


def named(*namings: tuple) -> bool:
    return company([(*n, -1, -1) if len(n) == 3 else n for n in namings])


def test_a_station_a_firm_operates_is_no_company():
    # "It said WTRK owns and operates WTRK-FM, a Philadelphia radio station."
    assert not named(("WTRK-FM", "It said WTRK owns and operates ", ", a Philadelphia radio station. Transfer of"))
    # "the FCC disqualified RKO as licensee of WNAC-TV in Boston"
    assert not named(("WNAC-TV", "In 1980, the FCC disqualified RKO as licensee of ", " in Boston, citing"))
    # a station sold whole is a business: "completed the acquisition of radio station KNSS-FM of Reno"
    assert named(("KNSS-FM", "said it has completed the acquisition of radio station ", " of Reno, Nev., for about"))


def test_a_firms_own_goods_are_no_company():
    # "the increased sales reflect initial shipments of its FluoroScan Imaging Systems, low radiation X-ray imaging
    # devices that recently were classified"
    assert not named(("FluoroScan Imaging Systems", "increased sales reflect initial shipments of its ",
                      ", low radiation X-ray imaging devices that recently were classified"))
    # a firm's unit named after "its" with a firm's noun stays one
    assert named(("Acme Imaging Systems", "sold its ", ", a maker of X-ray imaging devices, to"))


def test_a_town_told_by_the_way_to_it_is_no_company():
    # "Senior industry and research officials met yesterday at Padukka, east of here, to discuss"
    assert not named(("Padukka", "officials met yesterday at ", ", east of here, to discuss ways of controlling"))
