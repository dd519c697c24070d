"""Session 43, REL19: ties a judged draw of the Reuters graph found not real, read on sentences of the same shape."""


def _ties(extractor, text: str) -> set[tuple[str, str, str]]:
    [ex] = extractor.extract([(1, text)])
    return {(m.type.value, m.source, m.target) for m in ex.mentions}


def test_an_agreement_to_power_a_plane_is_no_alliance(rules, judged):
    text = ("But in December, Corvair announced an agreement with engine rival <Halden Aero Engines> (HAE) to "
            "power a slightly larger version of the C400 with a high-technology superfan engine.")
    for extractor in (rules, judged):
        assert not any(t[0] == "alliance" for t in _ties(extractor, text))


def test_an_agreement_to_assume_debts_is_no_alliance(rules, judged):
    text = ("The analysts said Delmont Motors treasurer Fred Dunn outlined his company's agreement with Vestra SA to "
            "assume Kelso Corp's debt as well as 300 mln dlrs in unfunded pension liabilities.")
    for extractor in (rules, judged):
        got = _ties(extractor, text)
        assert ("role", "Fred Dunn", "Delmont Motors") in got
        assert ("alliance", "Delmont Motors", "Vestra") not in got


def test_the_company_a_merger_formed_is_no_party_to_it(rules, judged):
    text = ("SOMERVILLE, N.J., March 4 - <Brandt Kessler Corp>, recently formed from the merger of the Kessler "
            "Corp with American Brandt Corp, a unit of <Brandt AG>, said John Miles has been named chairman.")
    for extractor in (rules, judged):
        got = _ties(extractor, text)
        assert not any(t[2] == "Brandt Kessler" and t[0] in ("acquisition", "merger") for t in got)
    assert ("merger", "American Brandt", "Kessler") in _ties(rules, text)


def test_a_seller_listed_after_the_first_is_not_bought(rules, judged):
    text = ("DENVER, March 24 - Harlan Resources Inc said it has acquired a 90 pct interest in Orbit Drilling Corp "
            "from Fenwick Venture Corp, Sam B. Myers, Tolland Resources Inc and Richard L. Morgan for warrants.")
    for extractor in (rules, judged):
        got = _ties(extractor, text)
        assert ("stake", "Harlan Resources", "Orbit Drilling") in got
        assert not any("Tolland Resources" in t[1:] for t in got)


def test_sellers_of_a_holding_do_not_hold_its_buyer(rules, judged):
    text = ("Industry sources estimate Kaltbank AG and Rhenbank AG, Norrline AG's majority shareholders, held about "
            "75 pct of Norrline's share capital before selling portions of it to Gevaert NV and Sulzer AG.")
    for extractor in (rules, judged):
        got = _ties(extractor, text)
        assert ("stake", "Kaltbank", "Sulzer") not in got and ("stake", "Rhenbank", "Sulzer") not in got


def test_a_parent_named_after_parent_and_guarantor_holds_the_finance_unit(rules, judged):
    text = "The bond for Acme Finance NV is exercisable into certificates in parent and guarantor Acme AG."
    for extractor in (rules, judged):
        assert ("stake", "Acme Finance", "Acme") not in _ties(extractor, text)
    assert ("stake", "Acme", "Acme Finance") in _ties(rules, text)


def test_a_show_bought_takes_over_none_of_its_producers(rules, judged):
    text = ("NEW YORK, March 31 - <Dale Morrow Productions> and <KLT Productions> said their new game show, "
            "\"Wordplay\", was purchased for the fall season by Meridian Broadcasting Inc for broadcast on its network.")
    for extractor in (rules, judged):
        assert not any(t[0] == "acquisition" for t in _ties(extractor, text))


def test_computers_bought_from_a_venture_take_it_over_not(judged):
    text = ("Harwell Inc said it expects to be Harwell Bertin SA's largest customer, purchasing computers for its "
            "own internal data processing, for integration into Harwell building automation systems and for resale "
            "to the U.S. government.")
    assert ("acquisition", "Harwell Bertin", "Harwell") not in _ties(judged, text)


def test_an_accord_to_form_a_joint_venture_is_no_alliance(rules, judged):
    text = ("HONG KONG, March 18 - <Golden Harbour Holdings Co Ltd> said it signed an accord with a unit of "
            "Pinecrest Software Inc to form a joint venture cathode ray tube manufacturing plant in Hong Kong.")
    for extractor in (rules, judged):
        assert not any(t[0] == "alliance" for t in _ties(extractor, text))
    direct = "Acme Corp said it signed an accord with Bolt Inc to form a joint venture company in Hong Kong."
    assert ("joint_venture", "Acme", "Bolt") in _ties(rules, direct)


def test_a_stake_in_a_companys_unnamed_unit_is_no_stake_in_it(rules, judged):
    text = "In January, Carrara acquired a large minority stake in the Italian unit of Thornbury Insurance Corp PLC."
    for extractor in (rules, judged):
        assert ("stake", "Carrara", "Thornbury Insurance") not in _ties(extractor, text)
    assert ("stake", "Acme", "Bolt") in _ties(rules, "Acme Corp holds a 20 pct stake in Bolt Corp.")
