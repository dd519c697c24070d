"""What a relationship's sentence says of it: percent, amount and currency, topics."""

from __future__ import annotations

import re

from ...models import RelationType
from .. import lexicon as L
from ..vocab import fields, table

R = RelationType
#: "20 pct", "20%", and wire copy's "20-pct stake".
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)(?:-|\s*)(?:percent|per cent|pct|%)", re.I)
#: The words before the percentage a holding is taken to: "to about 24 pct", and in a filing's words "to
#: 402,925 shares, or 1.6 pct of the total outstanding, from 1,522,850 shares, or 6.0 pct".
TO_LEVEL = (r"\bto\s+(?:about |around |nearly |below |above )?(?:[\d,.]+\s+(?:mln\s+|million\s+)?(?:[\w-]+\s+){0,2}"
            r"shares,?\s+(?:or\s+)?(?:about\s+)?)?")
#: A percentage that measures something other than a holding: a note's coupon or spread ("paying 0.18 pct over
#: LIBOR", "priced at 101 pct") or a share of trade ("60 pct of its 1986 sales", "30 pct of the market").
_NOT_HOLDING_AFTER = re.compile(
    r"^\s*(?:over|above|below|under)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:libor|prime|treasur|interbank|rate)|"
    r"^\s*of\s+(?:its|their|the|his|her|total)\s+(?:[\w-]+\s+){0,3}?(?:sales|revenues?|turnover|earnings|profits?|"
    r"output|production|market|business|income|assets|capacity|costs?|budget|exports?|imports?|workforce)\b|"
    # a float: "will later issue up to 15 pct of its shares to the public" is no holder's level
    r"^\s*of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:shares|stock|equity)\s+(?:to the public|in an? (?:initial\s+)?"
    r"public)|"
    # a part to go to others: "the subsequent dispersal of 60 pct of the stock to Filipino investors"
    r"^\s*of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}(?:shares|stock|equity)\s+to\s+(?:[\w-]+\s+){0,2}"
    r"(?:investors|shareholders|employees)\b|"
    # a change of some figure, not a level held: "earnings to be 20 to 25 pct below the year-ago"
    r"^\s*(?:below|above|higher|lower)\b", re.I)
#: Before the percentage: a note's coupon or price, or the words of a change ("car sales fell 17.8 pct", "net
#: profit rose 8.8 pct", "raised its initial bid by approximately 10 pct").
_NOT_HOLDING_BEFORE = re.compile(r"\b(?:paying|pays|coupon of|yielding|yield of|priced at|rate of|interest of|"
                                 r"rose|rise|rises|fell|fall|falls|dropped|declined|gained|climbed|jumped|slipped|grew|"
                                 r"increased|decreased|"
                                 r"(?:rose|fell|raised|increased|cut|reduced|lowered|boosted|lifted)\b[^.,;]{0,60}\bby)"
                                 r"\s+(?:about\s+|approximately\s+|some\s+|nearly\s+|around\s+|an estimated\s+)?$", re.I)
#: A percentage tied by its words to the company named right after it: "its 22 pct stake in <Consumers
#: Packaging Inc>", "the 80 pct-owned <Kwinana Nitrogen Co>" (not "46 pct owned by Renault").
_BOUND_TO = re.compile(r"(?:[- ]owned(?!\s+by\b)|\s+(?:stake|interest|holding|shareholding|partner|owner)\s+in)"
                       r"\s+([^,.;()]{1,60})|"
                       # "24 pct of Mitsubishi Motors Corp and 15 pct of Maserati", "holds an average of 25 pct in the
                       # Santos-led Cooper Basin projects", "for 70 pct of Rexcom's voting shares": a name right after
                       # "of" or "in", up to the next figure (a list: "100 pct of Fraser Inc, James Maclaren and X")
                       r"\s+(?:of|in)\s+((?:the\s+)?<?(?!" + L.MONTHS + r")[A-Z][^;()\d]{0,100})")
#: "Santos, which is 15 pct owned by Elders Resources", "owned 25 pct by Nissan Motor": the percentage is a holding
#: in the company named before it.
_OWNED_BY = re.compile(r"[- ]owned\s+by\b|\s+by\b")
_OWNED = re.compile(r"\bowned\s+$")
_SCALE = {"trillion": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6}
_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
_WRITTEN = table("currencies")
_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10}
#: An amount of money: a symbol before the figure, or the figure (a number, or a number word with its scale:
#: "two billion dlrs") and the currency's words after it ("mln Canadian dlrs"); a deal is told by its price
#: (relations.finance).
_AMOUNT = re.compile(
    r"(?:(?P<sym>US\$|\$|€|£|¥)\s?(?P<n1>\d+(?:[.,]\d+)*)\s*(?P<m1>trillion|billion|bln|million|mln|bn|m)?\b)|"
    r"(?:\b(?:(?P<n2>\d+(?:[.,]\d+)*)\s*(?P<m2>trillion|billion|bln|million|mln|bn)?|"
    r"(?P<w>" + "|".join(_NUMBER_WORDS) + r")\s+(?P<m3>trillion|billion|bln|million|mln))\s*"
    r"(?P<cur>" + "|".join(re.escape(w) for w in sorted(_WRITTEN, key=len, reverse=True)) + r")\b)",
    re.I,
)
#: "11.1 mln pounds of bakers flour", "200 pounds per tonne": a weight (any amount read is money, so only pounds weigh).
_WEIGHED = re.compile(r"(?<=pounds)\s+(?:of|per|a|an)\b", re.I)
#: A figure grouped by commas is read only when each group after the first has three digits: "1,700,0000 dlrs"
#: is a typing slip, whether for 1.7 or 17 mln.
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: An amount that measures something other than the deal's price: what a company earns, owes, spends or is owed
#: ("its 1986 sales of 14.94 billion dlrs", "for a gain of 17.8 mln dlrs", "an extraordinary profit of 18.9 mln
#: dlrs", "the year-ago 13.6 mln dlrs"), a difference ("12.8 mln dlrs more than Alleghany is to pay"), or a sum
#: of debt, claims or a payment ("6.6 billion dlrs of Chrysler Corp securities", "33.0 mln dlrs of the
#: debentures", "1.6 billion dlrs in lawsuits", "a 5.2 mln stg payment to a U.S. lawyer", "a bank with one billion
#: dlrs in assets").
_NOT_PRICE_BEFORE = re.compile(
    r"\b(?:sales|revenues?|turnover|profits?|earnings|income|gains?|loss(?:es)?|writedowns?|write-offs?|charges?|"
    r"provisions?|assets|liabilities|debts?|borrowings|deficits?|surplus|spending|budget|capital spending|"
    r"dividends?|payments?|damages|year-ago|year-earlier|yr-ago)\s+(?:\w+\s+)?"
    r"(?:of|at|to|was|were|is|totall?ing|rose|fell|by)?\s*(?:about|around|some|nearly|almost|over|more than|"
    r"less than|an estimated|approximately|roughly)?\s*$|"
    # the new level of a figure: "1986 net income rose by 13.8 pct to 209.0 mln rand"
    r"\b(?:rose|fell|increased|decreased|dropped|declined|gained|climbed|grew|jumped|slipped)\b[^,;]{0,30}\bto\s+"
    r"(?:about\s+)?$", re.I)
_NOT_PRICE_AFTER = re.compile(
    r"^\s*(?:(?:more|less)\s+than\b|(?:of|in)\s+(?:[\w'-]+\s+){0,4}?(?:debt|debentures|notes|securities|bonds|loans?|"
    r"lawsuits|damages|claims|liabilities|sales|revenues?|turnover|earnings|profits?|paper|assets|assests|deposits)\b|(?:\w+\s+)?payments?\b|"
    # a price of each of several things ("four 747-400 aircraft at a cost of 250 mln Australian dlrs each")
    r"paid\s+to\b|each\b)", re.I)
#: What a sale brings, the price of a sale but not of a purchase of the seller ("offering to acquire Becor subject to
#: its receipt of at least 110 mln dlrs from the proposed sale of its Western Gear subsidiary").
_SALE_BRINGS = re.compile(r"\s*from\s+(?:the\s+)?(?:\w+\s+)?(?:sale|disposal)\b", re.I)
_TOPIC_PREPS = {"on", "in", "for", "covering", "including"}
_GENERIC_TOPICS = {"terms", "term", "deal", "agreement", "talks", "basis", "partnership", "alliance", "part",
                   "cash", "stock", "shares", "share", "year", "years", "month", "months", "plan", "plans", "way",
                   "companies", "company", "firms", "business", "venture", "joint venture", "the future", "the deal",
                   "corporations", "cutting - edge technologies", "various aspects", "aspects", "sector", "opposition",
                   # "an agreement in principle with X": how far the accord has come, not what it is about
                   "principle"}


def amounts(text: str) -> list[tuple[re.Match, tuple[int, str]]]:
    """The amounts of money a text states, each with its value and currency (``-`` for a bare dollar, franc or
    crown, whose currency the story's dateline tells: ``in_local_currency``)."""
    out = []
    for m in _AMOUNT.finditer(text):
        scale = (m.group("m1") or m.group("m2") or m.group("m3") or "").lower()
        if m.group("w"):
            value = float(_NUMBER_WORDS[m.group("w").lower()])
        else:
            number = m.group("n1") or m.group("n2")
            if not _GROUPED.fullmatch(number):
                continue
            value = float(number.replace(",", ""))
        if (scale or value >= 1000) and not _WEIGHED.match(text, m.end()):
            cur = m.group("sym") or m.group("cur")
            out.append((m, (int(value * _SCALE.get(scale, 1)),
                            _SYMBOLS[cur.lower()] if m.group("sym") else _WRITTEN[re.sub(r"\s+", " ", cur.lower())])))
    return out


def in_local_currency(mentions, dateline: str) -> None:
    """Give each amount written with a bare "dlrs", "francs" or "crowns" the currency of the story's dateline
    ("CALGARY, Alberta, March 2 -": Canadian dollars); dollars are U.S. dollars where the dateline names no place
    of its own, and an amount in francs or crowns of no known country is dropped."""
    parts = [p.strip().lower() for p in re.split(r",|\s-\s", dateline)[:2]]
    local = {word: code for place, word, code in fields("currency_places") for p in parts if p == place}
    for m in mentions:
        if m.attributes.get("currency") != "-":
            continue
        bare = next((w for am, (v, c) in amounts(m.sentence) if c == "-" and v == m.attributes["amount"]
                     for w in [am.group("cur").lower().rstrip("s").replace("dollar", "dlr")]), "dlr")
        code = local.get(bare + "s") or ("USD" if bare == "dlr" else None)
        if code is None:
            del m.attributes["amount"], m.attributes["currency"]
        else:
            m.attributes["currency"] = code.upper()


def _priced_after(text: str, money: list, target: str | None) -> list:
    """The amounts written right after the target's name with "for" ("it sold its 52.5 pct interest in Cominco Ltd
    for 472 mln dlrs in October and Canadian Pacific Airlines Ltd for 300 mln dlrs"): a list of deals gives each its
    own price, whichever is nearest the verb."""
    if not target:
        return []
    first = re.escape(target.split()[0])
    return [(m, a) for m, a in money
            if re.search(r"\b" + first + r"\b[^,;]{0,50}\bfor\s+(?:about\s+|some\s+|over\s+|nearly\s+)?$",
                         text[max(0, m.start() - 80):m.start()])]


def _bound_elsewhere(text: str, m: re.Match, target: str | None) -> bool:
    """Whether the percentage ``m`` is told of a company other than ``target``: a name follows it within a
    few words, and it is not the target's; or it is a holding by the name after "owned by" in a company named
    before it that is not the target."""
    if not target:
        return False
    first = re.sub(r"[^\w]", "", target.split()[0]).lower()
    owned_by = _OWNED_BY.match(text, m.end())
    if owned_by and (owned_by.group(0).strip() != "by" or _OWNED.search(text, max(0, m.start() - 12), m.start())):
        before = [re.sub(r"[^\w]", "", w).lower()
                  for w in re.findall(r"[A-Za-z][\w&'-]*", text[max(0, m.start() - 80):m.start()])]
        return bool(first) and not any(first in w for w in before)
    bound = _BOUND_TO.match(text, m.end())
    if bound is None:
        return False
    held = bound.group(1) or bound.group(2)
    words = [re.sub(r"[^\w]", "", w).lower() for w in re.findall(r"[A-Za-z][\w&'-]*", held)]
    named = re.findall(r"\b[A-Z][\w&'-]*", held)
    words = words[:5] if bound.group(1) else words
    return bool(named) and first not in words and not any(first in w for w in words)


def _attributes(sent, t, rtype: RelationType, sentence: str, target: str | None = None) -> dict:
    attrs: dict = {}
    text = sent.text
    if rtype in (R.STAKE, R.ACQUISITION, R.DIVESTMENT, R.INVESTMENT):
        pcts = [m for m in _PERCENT.finditer(text)
                if not _NOT_HOLDING_AFTER.search(text[m.end():m.end() + 60])
                and not _NOT_HOLDING_BEFORE.search(text[max(0, m.start() - 80):m.start()])
                and not _bound_elsewhere(text, m, target)]
        if pcts:
            after_to = [m for m in pcts if re.search(TO_LEVEL + "$", text[max(0, m.start() - 60) : m.start()])]
            best = after_to[0] if after_to else min(pcts, key=lambda m: abs(m.start() - t.idx))
            attrs["percent"] = float(best.group(1)) if "." in best.group(1) else int(best.group(1))
        lower = text.lower()
        if rtype is R.STAKE:
            if re.search(r"\b(?:raise[sd]?|raising|increase[sd]?|boost(?:ed)?|lift(?:ed)?|up(?:ped)?)\b[^.]{0,30}"
                         r"\b(?:stake|holding|interest|shareholding)", lower):
                attrs["change"] = "increase"
            elif re.search(r"\b(?:cut|cuts|cutting|reduce[sd]?|reducing|lower(?:ed)?|trim(?:med)?|divest|"
                           r"sold part|sell part|portion|rebalance|placed (?:the )?(?:majority|most|bulk))\b", lower):
                attrs["change"] = "decrease"
    if rtype in (R.ACQUISITION, R.INVESTMENT, R.DIVESTMENT, R.SUPPLY, R.STAKE, R.MERGER):
        money = [(m, a) for m, a in amounts(text) if not _NOT_PRICE_BEFORE.search(text[max(0, m.start() - 45):m.start()])
                 and not _NOT_PRICE_AFTER.search(text[m.end():m.end() + 50])
                 and (rtype is R.DIVESTMENT or not _SALE_BRINGS.match(text, m.end()))]
        if money:
            priced = _priced_after(text, money, target) if len(money) > 1 else []
            m, (value, currency) = priced[0] if len(priced) == 1 else min(money, key=lambda ma: abs(ma[0].start() - t.idx))
            attrs["amount"], attrs["currency"] = value, currency
    if rtype in (R.ALLIANCE, R.JOINT_VENTURE, R.SUPPLY, R.LICENSING):
        topics = _topics(sent, t)
        if topics:
            attrs["topics"] = topics
    return attrs


def _topics(sent, t) -> list[str]:
    """What the cooperation is about: noun phrases after "on", "in", "for" or the supplied object."""
    out = []
    for chunk in sent.noun_chunks:
        if chunk.start <= t.i:
            continue
        if chunk.start - t.i > 14:
            break
        prev = sent[chunk.start - 1].lower_ if chunk.start > 0 else ""
        is_obj = chunk.root.dep_ == "dobj" and chunk.root.head.i == t.i
        if prev in _TOPIC_PREPS or is_obj or prev == "of" and sent[chunk.start - 2].lower_ == "development":
            words = [w for w in chunk if w.pos_ not in ("DET", "PRON") and w.dep_ != "poss" and w.lower_ != "'s"]
            if not words or any(w.pos_ == "PROPN" and w.ent_type_ in ("ORG", "GPE", "PERSON") for w in words) \
                    or L.PLURAL_REF.search(chunk.text):
                continue
            if any(w.like_num or w.ent_type_ in ("DATE", "MONEY", "PERCENT", "CARDINAL") for w in words):
                continue
            phrase = " ".join(w.text for w in words).lower().strip()
            if phrase and phrase not in _GENERIC_TOPICS and len(phrase) > 2:
                out.append(phrase)
        if len(out) >= 3:
            break
    return out
