"""Relationship recall on real news (RECALL8, issue 15), on sentences of tuning stories (dev5, Reuters train): the
firms that formed a company own it ("X was formed by Y", "X, a company formed by Y"), only firms and only the
founded company; and the possessive that opens a list of units owns each unit listed ("its A, B and C divisions"),
which the parse hangs on the first name alone."""

from __future__ import annotations

from ..helpers import found


def test_a_company_formed_by_a_firm_is_its_subsidiary(rules, judged):
    text = ("NEW YORK, March 17 - OII Holdings Corp, a company formed by Kohlberg Kravis Roberts and Co, said it "
            "received and purchased about 58.3 mln shares or 96 pct of Owens-Illinois Inc common stock.")
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "KKR", "OII")) == "active"
    text = "The Permian Partners L.P. was recently formed by National Intergroup to continue the business of Permian Corp."
    for extractor in (rules, judged):
        assert found(extractor, text).get(("stake", "National Intergroup", "Permian Partners")) == "active"


def test_each_of_two_founders_owns_the_company_they_formed(rules, judged):
    # (the story named Cyacq Corp before)
    text = ("NEW YORK, March 12 - Cyacq Corp said it extended its offer for Cyclops Corp to March 20.\n"
            "Cyacq was formed by Citicorp Capital Investors Ltd and Audio Video Affiliates INc <AVA> to acquire Cyclops.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("stake", "Citicorp Capital Investors", "Cyacq")) == "active"
        assert ties.get(("stake", "Audio Video Affiliates", "Cyacq")) == "active"


def test_only_a_firm_named_after_by_founds_not_one_whose_people_do(rules, judged):
    # dev5: the firm's executives formed it, not the firm
    text = "BCW was formed by Becor executives and <Goldman, Sachs and Co>."
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("stake", "Goldman Sachs", "BCW")) == "active"
        assert not [k for k in ties if k[1] == "Becor"]


def test_no_founder_in_a_merger_or_a_person(rules):
    ties = found(rules, "Last week, a group formed by Theodore Cross offered to acquire Harper and Row for 34 dlrs per "
                        "share.")
    assert not [k for k in ties if k[0] == "stake"]
    ties = found(rules, "Acme Corp, a company formed by the merger of Zeta Inc and Beta Corp, said it would buy Gamma Co.")
    assert not [k for k in ties if k[0] == "stake"]


def test_a_company_yet_to_be_formed_is_owned_once_it_is(rules):
    ties = found(rules, "A new company, Zeta Holdings Inc, will be formed by Acme Corp and Beta Corp to hold the assets.")
    assert ties.get(("stake", "Acme", "Zeta")) == "agreed"


def test_the_possessive_opening_a_list_of_units_owns_each(rules, judged):
    text = ("In a further effort to revive sales, GM said its Oldsmobile, Pontiac and Buick divisions would offer many of "
            "their new car lines through April 30 with discount loan packages.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        for unit in ("Oldsmobile", "Pontiac", "Buick"):
            assert ("stake", "GM", unit) in ties or ("stake", "General Motors", unit) in ties, unit
    text = ("MIAMI, Fla., March 31 - Wilson Brothers said it completed the sale of most of the assets of its Enro Shirt "
            "Co Inc, Enro-At-Ease Inc and Foxcroft Shirt Ltd subsidiaries to Enro Acquisition Corp for about 24.2 mln "
            "dlrs.")
    ties = found(rules, text)
    for unit in ("Enro Shirt", "Enro-At-Ease", "Foxcroft Shirt"):
        # the sale done ends each holding, as it ends the first's
        assert ties.get(("stake", "Wilson Brothers", unit)) == "ended", unit
    assert not [k for k in ties if k[0] == "stake" and k[2] == "Enro Acquisition"]


def test_a_list_after_a_firm_s_possessive(rules):
    ties = found(rules, "Acme Corp's Purity Supreme and Rickels units reported higher sales.")
    assert ties.get(("stake", "Acme", "Purity Supreme")) == "active"
    assert ties.get(("stake", "Acme", "Rickels")) == "active"


def test_a_merger_whose_partner_becomes_the_other_s_subsidiary_is_a_takeover(rules, judged):
    text = ("MALVERN, Penn., March 26 - Rabbit Software Corp said it agreed in principle to merge with <CTI Data Inc>, "
            "a privately owned communications company.\nCTI will become a wholly owned subsidiary of Rabbit.")
    for extractor in (rules, judged):
        ties = found(extractor, text)
        assert ties.get(("acquisition", "Rabbit Software", "CTI Data")) == "agreed"
        assert not [k for k in ties if k[0] == "merger"]
    text = ("DALLAS, March 20 - Universal Resources Corp said its shareholders approved the merger of the company with "
            "Questar Corp <STR>.\nUniversal said it will operate as a wholly owned unit of Questar under its current "
            "name.")
    ties = found(rules, text)
    assert ("acquisition", "Questar", "Universal Resources") in ties
    assert not [k for k in ties if k[0] == "merger"]


def test_a_merger_with_no_subsidiary_told_stays_a_merger(rules):
    ties = found(rules, "NEW YORK, March 25 - Chemical New York Corp and Texas Bancshares Inc <TCB> said the Federal "
                        "Reserve Board approved their proposed 1.19 billion dlr merger.")
    assert ("merger", "Chemical New York", "Texas Bancshares") in ties


def test_a_merger_whose_partner_s_shareholders_get_the_other_s_paper_is_a_takeover(rules):
    # train2 and train3: the issuer absorbs the company whose shareholders it pays in its own paper
    text = ("FORT LAUDERDALE, Fla., March 18 - <Pilgrim Venture Corp> said it signed a letter of intent to merge with "
            "<Marketing Technologies Group Inc>, Rockville Center, N.Y.\nUnder terms of the agreement, Pilgrim, a "
            "publicly held corporation, said it will issue two mln shares of authorized but unissued restricted common "
            "stock to Marketing Technologies shareholders.")
    assert found(rules, text).get(("acquisition", "Pilgrim Venture", "Marketing Technologies")) == "agreed"
    text = ("NEW YORK, March 25 - Chemical New York Corp and Texas Bancshares Inc <TCB> said the Federal Reserve Board "
            "approved their proposed 1.19 billion dlr merger.\nThe companies also said the Securities and Exchange "
            "Commission declared effective as of March 24 the registration statement covering the securities Chemical "
            "will issue to Texas Bancshares shareholders as part of the merger.")
    ties = found(rules, text)
    assert ties.get(("acquisition", "Chemical New York", "Texas Bancshares")) == "agreed"
    assert not [k for k in ties if k[0] == "merger"]
