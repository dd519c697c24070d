"""Wrong ends of the Reuters train build R28 (issue 15, ENDS2): a product sold at a price, a medicine by what it
treats, a magazine by its title, an index named after its compiler, a name run on past a firm's into what a pact
is for, a combination of two firms written as one name, and a name cut after a trade and "and" are no company
nodes (``keiretsu.graph.nodes``). The namings are from Reuters-21578 train stories."""

from __future__ import annotations

from keiretsu.graph.nodes import company, cut


def named(*namings: tuple) -> bool:
    return company([(*n, -1, -1) if len(n) == 3 else n for n in namings])


def test_a_product_sold_at_a_price_is_no_company():
    # "The two other systems are TARGA CAD Driver, which sells for 225 dlrs, and ImageStation"
    assert not named(("CAD Driver", "The two other systems are TARGA ", ", which sells for 225 dlrs, and ImageStation",
                      1, 32),
                     ("TARGA", "That system also costs 1,250 dlrs.\nThe two other systems are ",
                      " CAD Driver, which sells for 225 dlrs, and ImageStation", 921, 1))
    # a firm that sells things stays one
    assert named(("Tandy Corp", "", ", which sells computers through its Radio Shack stores"))


def test_a_medicine_by_what_it_treats_is_no_company():
    # "were Statil, a treatment for diabetic complications, Zoladex, a treatment for advanced prostate cancer"
    assert not named(("Zoladex", " Food and Drug Administration approval to market Statil and ",
                      ", both under joint licensing agreements with Merck and Co Inc", 5, 45),
                     ("Zoladex", "were Statil, a treatment for diabetic complications, ",
                      ", a treatment for advanced prostate cancer, and Carwin", 42, 48))


def test_a_magazine_by_its_title_is_no_company():
    # "make the firm worth about 20 dlrs a share, the Forbes Magazine article said"
    assert not named(("Forbes Magazine", "worth about 20 dlrs a share, the ", " article said.", 74, 28))


def test_an_index_named_after_its_compiler_is_no_company():
    # "agreed to license the exchanges to use the Morgan Stanley Capital International Europe, Australia and Far
    # East, or EAFE, stock index as the trading basis"
    assert not named(("Morgan Stanley Capital International Europe", "agreed to license the exchanges to use the ",
                      ", Australia and Far East, or EAFE, stock index as the tradin", 56, 29))
    # a list of firms and the acronym of a firm's: no thing after them
    assert named(("Kelvar Corp", "a venture of ", ", Ostrey and Dunmere, or KOD, said", -1, -1))


def test_a_name_run_on_past_a_firm_into_what_a_pact_is_for_is_no_company():
    # "IBM entered a licensing pact with Adobe for Postscript, but its support of Windows"
    assert not named(("Adobe for Postscript", "IBM entered a licensing pact with ",
                      ", but its support of Windows was not quite so broad", 31, 53))
    assert named(("Hospital for Sick Children Inc", "", " said"))  # a legal form of its own


def test_two_firms_written_as_their_combination_are_no_company():
    # "Krupp ... said he and Kappa management believe a Kappa-Radiation Systems combination would be good"
    assert not named(("Kappa-Radiation Systems", "said he and Kappa management believe a ",
                      " combination would be good for both companies", 22, -1))
    assert named(("Rolls-Royce Motors", "", " said it"))


def test_a_name_cut_after_a_trade_and_and_is_a_piece():
    # "Condere bought S. and A. Truck Tire Sales and Service Corp, which operates 51 Sears Truck Tire Sales"
    assert cut("Service Corp", "turing plant, Condere bought S. and A. Truck Tire Sales and ",
               ", which operates 51 Sears Truck Tire Sales and Service Cente", 5, 20)
    assert not cut("Service Corp", "the funeral home operator ", " said", -1, -1)


def test_one_word_of_a_line_of_business_is_a_piece_unless_more_speaks_for_it():
    # "Mobil's Chemical's Plastic Packaging Division, which will make and sell the"
    assert not named(("Chemical", "with future plant additions.\nMobil's ",
                      "'s Plastic Packaging Division, which will make and sell the", 3, 3))
    # "<Mandarin Oriental International Ltd>, soon to be spun off from Land, announced plans"
    assert not named(("Land", "darin Oriental International Ltd>, soon to be spun off from ",
                      ", announced plans for similar re-registrations.", 28, 48))
    # a legal form, or a company's cue around it, speaks for it
    assert named(("Space Co", "RentCorp said as a result of its December acquisition of ",
                  ", it expects earnings per share in 1987 of 1.15 to 1.30 dlrs", 49, -1))
    assert named(("Fintech", "Rank Xerox South Africa Pty Ltd, to <Altron Group's> ",
                  " unit.\nTerms of the deal were not disclosed.", 2, 45))


def test_the_plural_of_a_noun_alone_is_no_company():
    # "Toshiba has supplied equipment to U.K. Manufacturers for sale under their brand names since"
    assert not named(("Manufacturers", " Toshiba has supplied equipment to U.K. ",
                      " for sale under their brand names since", 5, -1))
