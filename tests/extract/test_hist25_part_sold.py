"""A sale of part of a unit leaves the parent holding it (HIST25): "the sale of 57.5 pct of its Y business" and
"purchased X's Y Inc's line of regional juice products" end no stake of X in Y, while a unit sold whole, or "the 51
pct of its Y subsidiary that it had retained", still does."""

from __future__ import annotations

import pytest

from keiretsu.stages import make_extractor


@pytest.fixture(scope="module")
def extractor():
    return make_extractor("rules")


def _stakes(extractor, text: str) -> dict[tuple[str, str], set[str]]:
    [r] = extractor.extract([(0, text, "")])
    out: dict[tuple[str, str], set[str]] = {}
    for m in r.mentions:
        if m.type.value == "stake":
            out.setdefault((m.source, m.target), set()).add(m.status.value)
    return out


# Reuters train reuters-10473
_HONEYWELL = ("MINNEAPOLIS, Minn., March 27 - Honeywell Inc said it has completed the sale of 57.5 pct of its "
              "Honeywell Information Systems <HIS> computer business to <Compagnie des Machines Bull> of France and "
              "<NEC Corp> of Japan for 527 mln dlrs.")
# Reuters train reuters-8996 (eval/history/relationships-s57-hist.jsonl: DWG's stake in Texun stays active)
_DWG = ("DARIEN, Conn., March 24 - <Sundor Group Inc> said it purchased DWG Corp's Texun Inc's line of regional juice "
        "products.")
# Reuters train reuters-9809 (a block the seller held whole) and reuters-2818 (a unit sold whole)
_MICKELBERRY = ("NEW YORK, March 26 - Mickelberry Corp said it has completed the previously-announced sale of the 51 "
                "pct of its C and W Group subsidiary that it had retained to N W Ayer Inc for undisclosed terms.")
_CARLING = ("TORONTO, March 6 - Carling O'Keefe Ltd said it sold its Star Oil and Gas Ltd unit to United Coal (Canada) "
            "Ltd for about 57 mln dlrs cash.")


def test_a_share_of_a_unit_sold_leaves_the_parent_holding_the_rest(extractor):
    stakes = _stakes(extractor, _HONEYWELL)
    assert stakes[("Honeywell", "Honeywell Information Systems")] == {"active"}
    assert stakes[("NEC", "Honeywell Information Systems")] == {"active"}


def test_a_line_of_a_units_goods_sold_ends_no_holding(extractor):
    assert _stakes(extractor, _DWG)[("DWG", "Texun")] == {"active"}


def test_a_block_held_whole_or_a_unit_sold_whole_still_ends_the_holding(extractor):
    assert _stakes(extractor, _MICKELBERRY)[("Mickelberry", "C and W")] == {"ended"}
    assert _stakes(extractor, _CARLING)[("Carling O'Keefe", "Star Oil and Gas")] == {"ended"}
