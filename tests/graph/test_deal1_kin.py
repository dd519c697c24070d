"""One deal told as a merger in some stories and as an acquisition of the same pair in others (DEAL1): what the
other type's stories report after this type's last report is the deal's later news, weighed into this type's
history; what they report before or beside it is not. Counts stay each type's own.

The sentences are Reuters-21578 train stories (the tuning material)."""

from __future__ import annotations

from keiretsu.graph.build import kin_keys, kin_pairs, observe, weigh_kin
from keiretsu.graph.consolidate import GraphSettings, consolidate
from keiretsu.models import ObservationRow, RelationshipKey, Status

from .conftest import add

# entity ids: Questar 1, Universal Resources 2; Lennar 3, Development Corp of America 4; Williams 5, Norcros 6
_QUESTAR = [
    ("merger", 1, 2, 4089, "1987-03-20T10:03:51", "agreed", '["proposed"]',
     "DALLAS, Texas, March 20 - Universal Resources Corp said it is holding a special shareholders meeting this "
     "morning to vote on the previously-proposed merger between it and Questar Corp <STR>."),
    ("acquisition", 1, 2, 4168, "1987-03-20T13:15:12", "agreed", '["approved", "absorbs"]',
     "DALLAS, March 20 - Universal Resources Corp said its shareholders approved the merger of the company with "
     "Questar Corp <STR>."),
    ("acquisition", 1, 2, 4170, "1987-03-20T13:15:12", "active", '["took effective", "absorbs"]',
     "Under terms of the merger, which took effective today, Universal said its shareholders will receive three "
     "dlrs a share in cash."),
]
_LENNAR = [
    ("merger", 4, 3, 3233, "1987-03-17T11:26:47", "called_off", '["no longer"]',
     "HOLLYWOOD, Fla., March 17 - Development Corp of America said its merger with Lennar Corp <LEN> was completed "
     "and its stock no longer existed."),
    ("acquisition", 3, 4, 3347, "1987-03-17T17:10:57", "active", '["completed"]',
     "MIAMI, March 17 - Lennar Corp said it completed the previously announced acquisition of Development Corp of "
     "America <DCA>."),
]

_NORCROS = [
    ("merger", 6, 5, 4601, "1987-03-24T04:23:02", "called_off", '["rebuffed"]',
     "Earlier this year, Williams suggested holding talks with Norcros on a possible merger but was rebuffed by "
     "Norcros which replied that any benefits that could be achieved could also result from normal trading."),
    ("acquisition", 5, 6, 4621, "1987-03-24T07:40:04", "proposed", '["bid"]',
     "LONDON, March 24 - Norcros Plc <NCRO.L> the building products and packaging group said its board had no "
     "hesitation in unanimously rejecting this morning's 542.2 mln stg bid from <Williams Holdings Plc>, the "
     "industrial holding firm."),
]


def _rows(mentions) -> list[ObservationRow]:
    # (ordered as ``Store.observation_rows`` gives them: by key, then mention id)
    return sorted((ObservationRow(rtype, source, target, "", mid, mid, mid, status, "{}", 0.7, published, None,
                                  cues, sentence)
                   for rtype, source, target, mid, published, status, cues, sentence in mentions),
                  key=lambda r: (r.type, r.source_id, r.target_id, r.mention_id))


def _weighed(mentions) -> dict[tuple, tuple]:
    return {key: (values, [entry[1] for entry in history])
            for key, values, history in weigh_kin(_rows(mentions), GraphSettings())}


def test_a_completion_told_as_an_acquisition_moves_the_merger_on():
    # reuters Questar/Universal: the merger's only story says it is to be voted on; the afternoon's, read as
    # Questar's acquisition, say the holders approved it and it took effect
    weighed = _weighed(_QUESTAR)
    values, steps = weighed["merger", 1, 2, ""]
    assert steps == ["agreed", "active"] and values[0] == Status.ACTIVE.value
    assert values[6] == 1  # mentions: the merger's own, not the acquisition's


def test_what_the_other_type_told_before_its_last_report_is_not_taken():
    # the acquisition's own stories came after the merger's morning one: its history is its own
    alone = consolidate(("acquisition", 1, 2, ""), observe(_rows(_QUESTAR[1:]))).record()
    assert _weighed(_QUESTAR)["acquisition", 1, 2, ""] == (alone[1], [entry[1] for entry in alone[2]])
    assert alone[2][-1][1] == "active"


def test_an_earlier_report_of_the_other_type_does_not_undo_a_completion():
    # reuters Lennar/DCA: "its merger with Lennar was completed and its stock no longer existed" (read as an end)
    # in the morning, "completed the previously announced acquisition" in the afternoon: the acquisition is done
    weighed = _weighed(_LENNAR)
    assert weighed["acquisition", 3, 4, ""][1] == ["agreed", "active"]
    # ...and a completion is no step out of the merger's end, which only a reopening makes
    assert weighed["merger", 4, 3, ""][1] == ["called_off"]


def test_a_later_report_of_a_time_before_what_this_type_tells_is_not_taken():
    # reuters Williams/Norcros: the bid told hours after "was rebuffed earlier this year" is of the story's day,
    # which a period ends no later than: it would go before the rebuff, and it came after it
    assert _weighed(_NORCROS)["merger", 6, 5, ""][1] == ["called_off"]


def test_kin_keys_are_every_deal_type_of_the_pair_either_way_round():
    # (an update that tells Lennar's acquisition of DCA re-weighs the merger with DCA's of Lennar too)
    assert kin_keys([RelationshipKey("acquisition", 3, 4, "")]) == {
        RelationshipKey("merger", 3, 4, ""), RelationshipKey("merger", 4, 3, ""),
        RelationshipKey("acquisition", 3, 4, ""), RelationshipKey("acquisition", 4, 3, "")}
    assert kin_keys([RelationshipKey("stake", 3, 4, "")]) == set()


def test_only_pairs_with_both_types_are_weighed_together():
    assert weigh_kin(_rows(_QUESTAR[1:]), GraphSettings()) == []
    keys = [("acquisition", 1, 2, ""), ("acquisition", 2, 1, ""), ("stake", 1, 2, ""), ("merger", 5, 6, ""),
            ("acquisition", 6, 5, ""), ("merger", 7, 8, "")]
    assert kin_pairs(map(RelationshipKey._make, keys)) == [[RelationshipKey("acquisition", 6, 5, ""), RelationshipKey("merger", 5, 6, "")]]


# reuters-7670 and reuters-7847, whole
_VOTE = ("reuters-7670", "1987-03-20T10:03:51", "UNIVERSAL RESOURCES <UVR> TO VOTE ON MERGER",
         "DALLAS, Texas, March 20 - Universal Resources Corp said it is holding a special shareholders meeting this "
         "morning to vote on the previously-proposed merger between it and Questar Corp <STR>.\nUniversal, whose "
         "stock was delayed this morning on the American Stock Exchange, said it will release a statement later in "
         "the day on the vote.")
_APPROVED = ("reuters-7847", "1987-03-20T13:15:12", "UNIVERSAL RESOURCES <UVR>HOLDERS APPROVE MERGER",
             "DALLAS, March 20 - Universal Resources Corp said its shareholders approved the merger of the company "
             "with Questar Corp <STR>.\nSeparately, Universal said it will redeem its 15.75 pct debentures due "
             "December 15, 1996, on April 19, at 104.8 pct of face amount plus accrued interest.\nUniversal said it "
             "will operate as a wholly owned unit of Questar under its current name. Under terms of the merger, "
             "which took effective today, Universal said its shareholders will receive three dlrs a share in cash.\n"
             "It said its stock will no longer trade on the AMEX.")


def _deals(store) -> dict[str, list[str]]:
    rels = [r for r in store.relationships() if r["type"] in ("merger", "acquisition")]
    history = store.history([r["id"] for r in rels], evidence=False)
    return {r["type"]: [h["status"] for h in history[r["id"]]] for r in rels}


def test_an_update_that_tells_only_the_acquisition_moves_the_merger_on(new_store, extractor):
    store = new_store("questar")
    add(store, extractor, [_VOTE])
    assert _deals(store) == {"merger": ["agreed"]}
    add(store, extractor, [_APPROVED])
    updated = _deals(store)
    assert updated["merger"] == ["agreed", "active"]
    whole = new_store("whole")
    add(whole, extractor, [_VOTE, _APPROVED])
    assert _deals(whole) == updated
