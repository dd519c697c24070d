"""``observe`` reads what a mention says from its type, status, dates and cues, computed once per
distinct combination: mentions that share them, and those that do not, come out as each alone would."""

from keiretsu.graph.build import observe, read_times
from keiretsu.models import ObservationRow, Status


def _row(mid, rtype, status, sentence, cues='["agreed"]', attributes="{}", published="1987-03-20"):
    return ObservationRow(rtype, 1, 2, "", mid, mid, mid, status, attributes, 0.7, published, None, cues, sentence)


def test_a_bid_beside_a_holding_already_held_comes_with_that_holding_first():
    sentence = "Banner, which already holds 17.4 pct of Koger, offered to buy the rest."
    stake, = [o for o in observe([_row(1, "stake", "proposed", sentence, '["offered"]')]) if not o.implied]
    implied = [o for o in observe([_row(2, "stake", "proposed", sentence, '["offered"]')]) if o.implied]
    assert stake.status is Status.PROPOSED and stake.explicit and not stake.held
    assert [(o.status, o.held, o.undated) for o in implied] == [(Status.ACTIVE, True, True)]
    # Of an acquisition the holding told is not the relationship's: no holding goes first.
    assert [o.implied for o in observe([_row(3, "acquisition", "proposed", sentence, '["offered"]')])] == [False]


def test_an_office_from_a_date_to_come_is_agreed_and_an_end_keeps_the_stage_it_names():
    named = "Acme said it named Barry Allen president effective April 1."
    role, = observe([_row(1, "role", "active", named, "[]")])
    assert role.status is Status.AGREED and "l" in read_times(named, "1987-03-20").rsplit("|", 1)[-1]
    ended = "Halvern Tools withdrew its offer for Brisco on Monday."
    end, again = observe([_row(2, "acquisition", "called_off", ended, '["withdrew", "offer"]'),
                          _row(3, "acquisition", "called_off", ended, '["withdrew", "offer"]', published="1987-04-02")])
    assert end.before is Status.PROPOSED and again.before is Status.PROPOSED
    assert (end.mention_id, end.valid, again.mention_id, again.valid) == (2, "1987-03-16", 3, "1987-03-30")


def test_a_stakes_figure_is_read_for_each_mention():
    first, second = observe([_row(1, "stake", "active", "Koger holds 43 pct of Banner.", "[]", '{"percent": 43}'),
                             _row(2, "stake", "active", "Koger holds 43 pct of Banner.", "[]", '{"percent": 43}')])
    assert first.attributes == {"percent": 43} == second.attributes and first.attributes is not second.attributes
    assert not first.explicit and first.status is Status.ACTIVE
