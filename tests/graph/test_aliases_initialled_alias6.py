"""A company some stories name without the initials opening its name joins the node others name with them
(keiretsu.graph.aliases.join_names; ALIAS6): ten Reuters stories' "Warburg Securities" is the "S.G. Warburg
Securities" of seven others. The names of ``initialled`` are the Reuters train build's (R46, tuning material), and so
are the stories."""

from __future__ import annotations

from keiretsu.extract.names import is_alias
from keiretsu.graph.aliases import initialled
from keiretsu.store import Store

from .conftest import add


def test_a_name_without_its_initials_goes_to_the_name_with_them():
    names = {"s g warburg securities": 7, "warburg securities": 10, "r j reynolds tobacco": 1, "reynolds tobacco": 1,
             "e f hutton lbo": 14, "hutton lbo": 2, "l union de garantie et de placement": 1,
             "union de garantie et de placement": 3}
    assert initialled(names) == {"warburg securities": "s g warburg securities",
                                 "reynolds tobacco": "r j reynolds tobacco", "hutton lbo": "e f hutton lbo",
                                 "union de garantie et de placement": "l union de garantie et de placement"}


def test_what_stays_apart():
    # a name of one word is no firm's short form by its initials: Bass the brewer is no G.H. Bass, the shoemaker
    assert initialled({"g h bass": 1, "bass": 3, "m w kellogg": 1, "kellogg": 3}) == {}
    # initials that spell a place say where a firm is, not who
    assert initialled({"u s home": 2, "home": 1, "u k advance": 1, "advance": 1, "u s west communications": 1,
                       "west communications": 1}) == {}
    # two firms opening with initials before the same words: which one the short name is, no one can tell
    assert initialled({"j rothschild holdings": 2, "n m rothschild holdings": 2, "rothschild holdings": 1}) == {}


STORIES = [
    ("reuters-1969", "1987-03-05", "SALOMON SELLS 200 MLN STG MORTGAGES-BACKED NOTES",
     "LONDON, March 5 - Salomon Inc's TMC Mortgage Securities I Plc unit is issuing 200 mln stg floating rate "
     "mortgage-backed notes priced at par, said Salomon Brothers International as co-lead manager.\nS.G. Warburg "
     "Securities is the other co-lead manager.\n"),
    ("reuters-4312", "1987-03-13", "NEW ZEALAND LAUNCHES 100 MLN STG EUROBOND",
     "LONDON, March 13 - New Zealand is launching a 100 mln stg eurobond due April 9, 1995, priced at 100-1/4 with a "
     "9-5/8 pct coupon, lead manager Warburg Securities said.\nFees are 3/8 pct each for management and underwriting "
     "and 1-1/4 pct for selling.\n"),
]


def test_the_stories_without_the_initials_join_the_node(new_store, extractor):
    store: Store = new_store("once")
    add(store, extractor, STORIES)
    ids = store.entity_ids_by_alias("company", ["S.G. Warburg Securities", "Warburg Securities"], is_alias)
    assert ids["Warburg Securities"] == ids["S.G. Warburg Securities"]
    # a later batch that brings the short name: as one build of everything
    steps: Store = new_store("steps")
    add(steps, extractor, STORIES[:1])
    add(steps, extractor, STORIES[1:])
    ids = steps.entity_ids_by_alias("company", ["S.G. Warburg Securities", "Warburg Securities"], is_alias)
    assert ids["Warburg Securities"] == ids["S.G. Warburg Securities"]
