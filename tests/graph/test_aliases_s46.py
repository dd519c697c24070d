"""An acronym a story writes alone joins the long form other stories spell it out by, when the corpus
gives it one (keiretsu.graph.aliases.join_acronyms): "Trans World Airlines Inc (TWA)" in one story,
"TWA said" in another. Every name here is made up; the stores are filled by the real stages."""

from __future__ import annotations

from keiretsu.errors import NotFound
from keiretsu.graph.aliases import initials, stands_for
from keiretsu.store import Store
from keiretsu.extract.names import is_alias

from .conftest import add

SPELT = [
    ("a1", "2023-03-01", "Harrowgate Western Airlines to buy Dunmore Aviation",
     "Harrowgate Western Airlines Inc (HWA) said it agreed to acquire Dunmore Aviation Corp for 30 mln dlrs. "
     "HWA said the purchase would close in June."),
    ("a2", "2023-03-02", "Harrowgate Western Airlines names chairman",
     "Harrowgate Western Airlines Inc (HWA) said it named Walter Pruett chairman."),
]
ALONE = [
    ("a3", "2023-03-05", "HWA in alliance with Brackley Air",
     "HWA said it formed an alliance with Brackley Air Inc to share routes across the Atlantic."),
]
TWO_LONG_FORMS = [
    ("k1", "2023-03-01", "Kelmont Data Systems to buy Ostrey",
     "Kelmont Data Systems Inc (KDS) said it agreed to acquire Ostrey Inc for 12 mln dlrs."),
    ("k2", "2023-03-02", "Kelmont Dental Supply to buy Carrow",
     "Kelmont Dental Supply Co (KDS) said it agreed to acquire Carrow Ltd for 15 mln dlrs."),
    ("k3", "2023-03-05", "KDS in alliance with Fenwark",
     "KDS said it formed an alliance with Fenwark Inc to sell software."),
]


def ties(store: Store) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=1000)}


def test_the_initials_of_a_full_name():
    assert initials("Trans World Airlines Inc") == "TWA"
    assert initials("Banque Nationale de Paris SA") == "BNP"
    assert initials("Hewlett-Packard Co") == "HP"
    assert initials("The Imperial Chemical Industries PLC") == "ICI"
    assert initials("Chrysler Corp") == ""  # one word: no acronym


def test_an_acronym_stands_for_the_one_long_form_stories_bind_it_to():
    names = {1: "Trans World Airlines", 2: "Trans World Airways", 3: "Tarnwell Water Authority",
             4: "Barclays de Zoete Wedd Nederland", 5: "Barclays de Zoete Wedd", 6: "TVX Broadcast",
             7: "Corwin Alloy Products", 8: "General Motors", 9: "Guilford Mills"}
    # A misspelling of the long form is no other firm
    assert stands_for("TWA", {1: 2}, {1, 2}, names) == 1
    # Another long form with those initials makes it ambiguous, as does a second binding
    assert stands_for("TWA", {1: 2}, {1, 2, 3}, names) is None
    assert stands_for("TWA", {1: 20, 3: 1}, {1, 3}, names) is None
    # Initials alone give no long form: "RBD palm oil", "HRW wheat"
    assert stands_for("TWA", {}, {1}, names) is None
    # A unit's name is no variant of the firm it is named after
    assert stands_for("BZW", {4: 1}, {4, 5}, names) is None
    # An acronym that is a word of the long form, or an English word
    assert stands_for("TVX", {6: 1}, set(), names) is None
    assert stands_for("CAP", {7: 1}, {7}, names) is None
    # Many stories binding it settle it: the wire writes "GM" for General Motors, never for Guilford Mills
    assert stands_for("GM", {8: 43}, {8, 9}, names) == 8
    assert stands_for("GM", {8: 2}, {8, 9}, names) is None


def test_a_story_that_writes_only_the_acronym_joins_the_long_form(new_store, extractor):
    store = new_store("once")
    result = add(store, extractor, SPELT + ALONE)
    assert result.rebound == 1
    assert ("alliance", "Brackley Air", "Harrowgate Western Airlines") in ties(store) or \
        ("alliance", "Harrowgate Western Airlines", "Brackley Air") in ties(store)
    try:
        store.entity("company", "hwa")
        raise AssertionError("the acronym's own node is left")
    except NotFound:
        pass
    aliases = store.entity_ids_by_alias("company", ["HWA", "Harrowgate Western Airlines Inc"], is_alias)
    assert aliases["HWA"] == aliases["Harrowgate Western Airlines Inc"]
    assert all(r["source_id"] != r["target_id"] for r in store.relationships(limit=1000))
    # A later batch of stories as one build of everything
    steps = new_store("steps")
    add(steps, extractor, SPELT)
    add(steps, extractor, ALONE)
    assert ties(steps) == ties(store)


def test_an_acronym_two_long_forms_spell_out_stays_apart(new_store, extractor):
    store = new_store("once")
    add(store, extractor, TWO_LONG_FORMS)
    assert store.entity("company", "kds")["name"] == "KDS"
    assert any("KDS" in (r["source"], r["target"]) for r in store.relationships(limit=1000))


def test_an_acronym_joined_to_its_long_form_is_found_by_it_though_other_names_start_with_it(new_store, extractor):
    from keiretsu.graph.query import resolve

    store = new_store("once")
    add(store, extractor, SPELT + ALONE + [
        ("h1", "2023-03-06", "Hwaseong Shipping to buy Carrow",
         "Hwaseong Shipping Co said it agreed to acquire Carrow Ltd for 15 mln dlrs.")])
    assert resolve(store, "HWA")["name"] == resolve(store, "hwa")["name"] == "Harrowgate Western Airlines"
    assert resolve(store, "Hwaseong")["name"] == "Hwaseong Shipping"
    try:
        resolve(store, "Hw")
        raise AssertionError("a prefix of two names is found")
    except NotFound as e:
        assert "did you mean" in str(e)
