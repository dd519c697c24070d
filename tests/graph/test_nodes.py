"""Corpus-level judgement of company nodes (keiretsu.graph.nodes): a name that every story writes
only as a piece of a longer one ("Fine Candles Inc" of "Mama Vernick's Fine Candles Inc", "Dorne" of
"Brackwell and Dorne") is no company, and leaves the graph with its relationships; one story that
writes it alone brings it back. Every name here is made up. The stores are filled by the real
stages on each backend, and a build in steps is checked against one build of everything."""

from __future__ import annotations

from keiretsu.graph.nodes import company, cut, evidence, not_companies, thing
from keiretsu.store import Store

from .conftest import add


PIECES = [
    ("c1", "2023-03-01", "Tarnwell buys candle maker",
     "Tarnwell Corp said it agreed to acquire Mama Vernick's Fine Candles Inc for 5 mln dlrs."),
    ("c2", "2023-03-02", "Ostrey in alliance",
     "Brackwell and Dorne, a Houston law firm, said it formed an alliance with Ostrey Corp to advise banks."),
    ("c3", "2023-03-03", "Harlow to buy Dunmere", "Harlow Inc said it agreed to acquire Dunmere Ltd for 12 mln dlrs."),
]
ALONE = [  # the piece written on its own: a firm after all
    ("c4", "2023-04-01", "Fine Candles to buy Carrow",
     "Fine Candles Inc said it agreed to acquire Carrow Corp for 2 mln dlrs."),
]


# Names with words around them that say they are no company, and none that say they are: a hotel,
# a town, a newspaper. Every story names them once.
THINGS = [
    ("t1", "2023-03-01", "Harlow buys hotel",
     "Harlow Inc said it agreed to acquire the Corvale Hotel from Dunmere Ltd for 12 mln dlrs."),
    ("t2", "2023-03-02", "Tarnwell in alliance",
     "Tarnwell Corp said it formed an alliance with the Brenlow Hotel to market resorts."),
    ("t3", "2023-03-03", "Ostrey venture",
     "Ostrey Corp said it formed a joint venture with Brenmouth, a new town 20 miles east of Leeds, to build homes."),
    ("t4", "2023-03-04", "Pellam alliance",
     "Pellam Corp said it signed an agreement with the Gulf daily al-Wasit to distribute its news."),
    ("t5", "2023-03-05", "Harlow to buy Dunmere", "Harlow Inc said it agreed to acquire Dunmere Ltd for 12 mln dlrs."),
]
# Exchanges: a members' association with no legal form or ticker of its own is no company, however
# the wire marks it or says "the exchange said it"; one written with a legal form is a listed firm.
MARKETS = [
    ("x1", "2023-03-01", "Brenlow exchange in alliance",
     "The <Brenlow Stock Exchange> said it formed an alliance with Ostrey Corp to trade options."),
    ("x2", "2023-03-02", "Carrow exchange venture",
     "Carrow Futures Exchange Ltd said it formed an alliance with Pellam Corp to clear contracts."),
    ("x3", "2023-03-03", "Harlow to buy Dunmere", "Harlow Inc said it agreed to acquire Dunmere Ltd for 12 mln dlrs."),
]
ACRONYM = [  # the exchange's acronym alone, in a story that does not spell it out
    ("x4", "2023-04-01", "Pellam supplies BFE", "Pellam Corp agreed to supply trading systems to the BFE."),
    ("x5", "2023-04-02", "Brenlow exchange in alliance",
     "The Brenlow Futures Exchange (BFE) said it formed an alliance with Ostrey Corp to trade options. "
     "Pellam Corp agreed to supply clearing systems to BFE."),
]
FIRMS = [  # the hotels written as firms: a legal form, a word that ends company names
    ("t6", "2023-04-01", "Corvale buys unit",
     "Corvale Hotel Corp said it agreed to acquire the resort unit of Pellam Corp for 4 mln dlrs."),
    ("t7", "2023-04-02", "Brenlow deal", "Brenlow Hotel Group said it formed an alliance with Ostrey Corp."),
]


def ties(store: Store) -> set[tuple[str, str, str]]:
    return {(r["type"], r["source"], r["target"]) for r in store.relationships(limit=1000)}


def graph(store: Store) -> set[tuple]:
    return {(r["type"], r["source"], r["target"], r["status"], r["mentions"], r["first_reported"])
            for r in store.relationships(limit=1000)}


def test_a_name_glued_to_a_capitalised_word_is_a_piece_unless_that_word_leads_names():
    # (text, before, after, how far before the nearest other name ends, how far after the next starts)
    assert cut("Pizza", "agreed to buy Straw Hat ", " for 5 mln dlrs", -1, -1)
    assert cut("Fine Candles Inc", "said it bought Vernick's ", " for 3 mln", -1, -1)
    assert cut("Binion", "law firm of Butler and ", ".", 5, -1)  # "Butler" read as a name too
    assert cut("Herald", "a bid for The ", " and Weekly Times Ltd said", -1, -1)
    # Words that lead names, a legal form ending the name before, adjectives with a hyphen
    for before in ("The ", "said Japanese ", "In March ", "Paris-based ", "Hanwell Corp ", "Chairman "):
        assert not cut("Tarnwell", before, " said", -1, -1), before
    # Another name ends right before: two names, not one cut short
    assert not cut("Tarnwell", "a unit of Ostrey Corp's ", " said", 3, -1)
    assert not cut("Dunmere Ltd", "merger of Harlow Inc and ", ".", 5, -1)  # a legal form of its own
    assert not cut("Auto Trak Inc", "owner of ", " and Crown Books", -1, -1)
    assert not cut("Tarnwell", "", " said it would buy", -1, -1)


def test_a_name_that_goes_on_through_to_or_a_dash_is_a_piece_unless_a_word_opens_the_sentence():
    assert cut("Tunes Inc", "LOS ANGELES, April 3 - Songs to ", " said it completed", -1, -1)
    assert cut("Hal and Jo Inc", "BOSTON, March 2 - Pip Stores - ", " said", -1, -1)
    for before in ("According to ", "Sales to ", "Exports to "):
        assert not cut("Tarnwell Corp", before, " said", -1, -1), before


def test_a_place_that_ends_a_longer_name_is_a_piece_whatever_is_said_around_it():
    # (text, before, after, gaps): "Tarnwell Motor Co of| Canada Ltd", "a unit of Ostrey" said of the whole
    namings = [("Canada Ltd", "March 3 - Tarnwell Motor Co of ", ", a unit of Ostrey Corp, said", 4, 18),
               ("Canada Inc", "said wholly owned Pellam Holdings ", " extended its offer", 1, 40),
               ("Kenya Pty", "the sale of its Harlow (", ") subsidiary to", 2, 30)]
    assert not company(namings)
    assert not company([("Ohio Limited", "units of Brenlow Holdings, a ", " Partnership, was", 4, 40)])
    # A firm named after its town, written as a firm: "the Milwaukee Co"
    assert company([("Milwaukee Co.", "an analyst at ", ". He called the offer", 30, 40),
                    ("Milwaukee Co", "under the management of The ", ". Bando said", -1, -1)])


def test_the_wires_ticker_after_a_firms_name_is_no_name_of_its_own():
    # (text, before, after, gaps): "Sweden's Tarnwell AB <TARN ST> said", the ticker right after the name
    assert not company([("TARN ST", "STOCKHOLM, March 12 - Sweden's Tarnwell AB <", "> said one of its units", 2, 40)])
    assert not company([("TRW.L", "said Tarnwell Plc <", "> had won", 1, -1)])
    assert not company([("TARN ST", "shares held by Tarnwell's <", "> founder", 4, 30)])
    # A firm the wire marks on its own is one: "said <Brenlow Exploration Ltd>", "<BRX Corp>"
    assert company([("Brenlow Exploration Ltd", "TORONTO, March 2 - <", "> said it", -1, 40)])
    assert company([("BRX", "a unit of <", "> said", -1, 10)])


def test_a_name_written_after_an_office_in_a_firm_is_a_persons_even_if_a_firms_word_ends_it():
    # "chairman and chief executive Harold Steel": "Steel" ends firms' names, the office says a person
    assert not company([("Harold Steel", "terminated its agreement with chairman and chief executive ",
                         " on March 24", 40, 28)])
    assert not company([("Vanterpool", "said investor ", " had bought", -1, 20)])
    # "Ana Vanterpool, chief executive officer of Tarnwell": an office set after it with no article
    assert not company([("Ana Vanterpool", "The company said ", ", chief executive officer of Tarnwell Corp", 20, 30)])
    assert company([("Hospal", "said ", ", a subsidiary of Tarnwell Corp, agreed", -1, 30)])
    # A legal form of its own still makes it a firm
    assert company([("Harold Steel", "said chief executive ", " resigned", 40, 28),
                    ("Harold Steel Inc", "a unit of ", " said", 5, -1)])


def test_a_name_written_before_a_product_site_or_place_noun_names_a_thing():
    assert thing("Pony Excel", " sub-compact, they said")
    assert thing("Skeena", " and Celgar pulp mills and Terrace sawmills")
    assert thing("Silver Queen", " mines.")
    assert not thing("Tarnwell", " will provide software")  # a verb between: the firm's product
    assert not thing("Tarnwell Corp", " plant in Ohio")  # a legal form: a firm's
    assert not thing("Tarnwell", " refinery's owner said")
    assert not thing("Tarnwell", " said it would buy")


def test_a_name_only_ever_written_as_a_piece_leaves_the_graph_with_its_relationships(new_store, extractor):
    store = new_store("once")
    result = add(store, extractor, PIECES)
    assert result.not_companies >= 2
    assert ties(store) == {("acquisition", "Harlow", "Dunmere")}
    assert {n["name"] for n in store.graph_nodes()} == {"Harlow", "Dunmere"}
    assert add(store, extractor, []).relationships == 0  # settled: a second build weighs nothing


def test_a_story_that_writes_the_piece_alone_brings_it_back_as_one_build_would(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    add(steps, extractor, PIECES)
    add(steps, extractor, ALONE)
    assert {("acquisition", "Tarnwell", "Fine Candles"), ("acquisition", "Fine Candles", "Carrow")} <= ties(steps)
    add(once, extractor, PIECES + ALONE)
    assert graph(steps) == graph(once)
    add(once, extractor, [], rebuild=True)
    assert graph(steps) == graph(once)


def named(*namings: tuple) -> bool:
    """Whether a node written so is a company: each naming is (text, before, after[, gap before,
    gap after]), no other name near unless the gaps say so."""
    return company([(*n, -1, -1) if len(n) == 3 else n for n in namings])


def test_words_around_a_name_say_it_is_no_company_when_none_say_it_is():
    assert not named(("Zambian", "the sale to ", " was approved"))  # a people
    assert not named(("Venezeula", "exports to ", " rose"))  # a place misspelt
    assert not named(("Corvale Hotel", "agreed to buy the ", " for 12 mln dlrs"))  # a site's head noun
    assert not named(("Brenmouth", "a venture with ", ", a new town 20 miles east of Leeds"))  # apposed
    assert not named(("Ramsey", "cable systems in ", ", N.J., from Ostrey"))  # a town before its state
    assert not named(("BRENMOUTH", "", ", England, March 3 - Output rose"))  # a dateline
    assert not named(("al-Wasit", "the Gulf daily ", " said"))  # an outlet
    assert not named(("Tarvia", "sales of its ", " computer hardware rose"))  # wares
    assert not named(("QPA", "the Quarry Producers Association (", ") said"))  # an acronym's long form
    assert not named(("Vanterpool", "President Ana Maria ", " said", 1, -1))  # glued to a name
    assert not named(("Banco", "a loan from ", " do Brasil to"))  # a name that goes on


def test_words_for_a_company_outweigh_words_against_it():
    assert named(("Corvale Hotel Corp", "agreed to buy ", " for 12 mln dlrs"))  # a legal form
    assert named(("Brenlow Hotels", "agreed to buy the ", " chain"))  # a word that ends firms' names
    assert named(("Brenmouth", "a venture with ", ", a builder based in Leeds"))  # apposed
    assert named(("Tarvia", "the Gulf daily ", " <TRV> said"))  # a ticker
    assert named(("Carrow", "the mayor of ", " said"), ("Carrow", "shares of ", " rose"))  # shares
    assert named(("Vanterpool", "Ostrey Corp's ", " unit said", 1, -1))  # possessive: two names
    assert named(("Ostrey", "said ", " would buy"))  # nothing either way: a company still
    # A cue against at one naming in three: a firm's name now and then is its plant's.
    assert named(("Tarvia", "the ", " plant in Ohio"), ("Tarvia", "said ", " would"), ("Tarvia", "", " earned"))
    for_, against = evidence([("Tarvia", "the cities of ", " in Yorkshire", -1, -1)])
    assert not for_ and against == {"place"}


def test_a_node_with_words_against_it_and_none_for_it_leaves_the_graph(new_store, extractor):
    store = new_store("once")
    add(store, extractor, THINGS)
    assert ties(store) == {("acquisition", "Harlow", "Dunmere")}
    assert {n["name"] for n in store.graph_nodes()} == {"Harlow", "Dunmere"}


def test_a_story_that_writes_it_as_a_firm_brings_it_back_as_one_build_would(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    add(steps, extractor, THINGS)
    add(steps, extractor, FIRMS)
    assert {("acquisition", "Harlow", "Corvale Hotel"), ("alliance", "Brenlow Hotel", "Tarnwell")} <= ties(steps)
    add(once, extractor, THINGS + FIRMS)
    assert graph(steps) == graph(once)
    add(once, extractor, [], rebuild=True)
    assert graph(steps) == graph(once)


def test_an_exchange_is_a_firm_only_with_a_legal_form_or_ticker_of_its_own():
    assert not named(("Brenlow Stock Exchange", "The ", " said it would list"))  # "said it": no matter
    assert not named(("Carrow Bourse", "The <", "> said")), "the wire marks exchanges too"
    # An acronym spelt out as an exchange is one, and so is a node whose other namings are acronyms.
    assert not named(("BSE", "the Brenlow Stock Exchange (", ") said"))
    assert not named(("Brenlow Stock Exchange", "The ", " said"), ("BSE", "shares on the ", " rose"),
                     ("BSE", "", " officials said"))
    assert named(("Carrow Futures Exchange Ltd", "", " said"))  # listed: a legal form
    assert named(("Brenlow Exchange", "shares of ", " <BSX> rose"))  # a ticker
    assert named(("Exchange National Bank", "", " said"))  # a bank named after an exchange
    assert named(("Dunmere Royal Exchange Plc", "insurer ", " said"))


def test_a_description_initials_a_model_or_a_person_is_no_company():
    # A phrase about the firm after "of", whose legal form it carries.
    assert not named(("Auditors of Tarnwell Corp", "", " lifted a qualification"))
    assert not named(("U.S. Subsidiary of Ostrey AG", "Ostrey Corp, a ", ", said"))
    assert named(("Bank of Tarnwell", "", " said"))  # a name's head before "of", not a description
    # Initials joined by "and" to a letter: one name cut in two.
    assert not named(("BK", "a venture with ", " and T <T.N> of the U.S.", -1, 5))
    assert not named(("CR", "", " and P Advertising said"))
    assert named(("BK", "a venture with ", " and Ostrey Corp", -1, 5))  # two firms
    # A model's designation, a product's name.
    assert not named(("TR-11s", "the first of the ", " was delivered"))
    assert not named(("747-XR", "lines use the ", "."))
    assert named(("3M", "", " said"))
    # A person's: a generation's suffix, or kin, calling or politics set after the name.
    assert not named(("Harold Vanterpool Jr", "sold the unit to ", " and a group of investors"))
    assert not named(("Ernst Carrow", "heirs of ", ", the grandson of the firm's founder"))
    assert not named(("Vanterpool", "oust ", ", a conservative, for"))
    # A place with a legal form, cut from "<firm> of <place> <legal form>": no legal form of a firm's.
    assert not named(("Ontario Ltd", "said Hanwell Motor Co of ", ", 90 pct owned by"))
    assert named(("Milwaukee Co", "an analyst at ", ", said"))  # a firm named after its town
    # A site's measure between its name and its noun: a land tract, a numbered plant.
    assert not named(("Rio Verde", "the sale of its ", " 16,000 acre undeveloped land tract"))
    assert not named(("Rio Verde", "said its ", " Unit 2 nuclear power plant will"))
    assert not named(("Pellam", "contracts to build ", " prototypes."))


def test_an_exchange_leaves_the_graph_unless_listed_as_one_build_would(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    add(steps, extractor, MARKETS[:1])
    add(steps, extractor, MARKETS[1:])
    assert ties(steps) == {("alliance", "Carrow Futures Exchange", "Pellam"), ("acquisition", "Harlow", "Dunmere")}
    add(once, extractor, MARKETS)
    assert graph(steps) == graph(once)


def test_an_acronym_alone_stands_for_the_long_form_other_stories_write_it_after():
    def row(node: int, text: str, before: str, after: str) -> tuple:
        return (node, node, text, before, after, -1, -1)
    long = [row(1, "Brenlow Futures Exchange", "The ", " said"), row(1, "BFE", "the ", " board said")]
    alone = [row(2, "BFE", "systems to the ", ".")]
    assert not_companies(long + alone) == {1, 2}
    assert not_companies(alone) == set()  # nothing says what it is: a company still
    assert not_companies(long + [row(2, "BFE", "", " <BFE.L> said")]) == {1}  # a ticker of its own
    firm = [row(3, "Brenlow Futures Corp", "", " said"), row(3, "BFE", "", " said")]
    assert not_companies(firm + alone) == set()


def test_an_acronym_alone_leaves_the_graph_as_one_build_would(new_store, extractor):
    steps, once = new_store("steps"), new_store("once")
    add(steps, extractor, ACRONYM[:1])
    add(steps, extractor, ACRONYM[1:])
    assert not {t for t in ties(steps) if "BFE" in t or "Brenlow Futures Exchange" in t}
    add(once, extractor, ACRONYM)
    assert graph(steps) == graph(once)
    add(once, extractor, [], rebuild=True)
    assert graph(steps) == graph(once)
    backwards = new_store("backwards")  # the long form first, the acronym alone after it
    add(backwards, extractor, ACRONYM[1:])
    add(backwards, extractor, ACRONYM[:1])
    assert graph(backwards) == graph(once)
