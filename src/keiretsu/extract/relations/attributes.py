"""What a relationship's sentence says of it: percent, amount and currency, topics."""

from __future__ import annotations

import re

from ...models import RelationType
from .. import lexicon as L

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
    r"public)", re.I)
_NOT_HOLDING_BEFORE = re.compile(r"\b(?:paying|pays|coupon of|yielding|yield of|priced at|rate of|interest of)\s+"
                                 r"(?:about\s+)?$", re.I)
#: A percentage tied by its words to the company named right after it: "its 22 pct stake in <Consumers
#: Packaging Inc>", "the 80 pct-owned <Kwinana Nitrogen Co>" (not "46 pct owned by Renault").
_BOUND_TO = re.compile(r"(?:[- ]owned(?!\s+by\b)|\s+(?:stake|interest|holding|shareholding)\s+in)\s+([^,.;()]{1,60})")
_MONEY = re.compile(
    r"(?:(?P<sym>US\$|\$|€|£|¥)\s?(?P<n1>\d+(?:[.,]\d+)*)\s*(?P<m1>trillion|billion|bln|million|mln|bn|m)?\b)|"
    r"(?:(?P<n2>\d+(?:[.,]\d+)*)\s*(?P<m2>trillion|billion|bln|million|mln|bn)?\s*"
    r"(?P<cur>dlrs|dollars|euros?|yen|pounds|sterling|yuan|francs|marks|australian dollars|canadian dollars|"
    r"n\.z\. dlrs|stg))",
    re.I,
)
#: A sum that measures something other than the deal: a company's size or results ("which had sales of 69 mln
#: dlrs", "a bank with assets of 615 mln dlrs", "200 mln dlrs in assets"), what a sale earns or costs its seller
#: ("for an after-tax gain of 17 mln dlrs", "an extraordinary profit of 18.9 mln dlrs"), or paper rated or
#: owed ("affects approximately 117 mln dlrs of debt", "placed 6.6 billion dlrs of Chrysler Corp securities on
#: CreditWatch", "a debt of 400,000 dlrs").
_NOT_PRICE_BEFORE = re.compile(r"\b(?:sales|revenues?|turnover|earnings|profits?|income|gain|loss|losses|charge|debt|"
                               r"assets|deposits|writedown|write-down|provision)\s+"
                               r"(?:of\s+|totall?ing\s+|amounting\s+to\s+)?(?:about\s+|around\s+|"
                               r"nearly\s+|some\s+|approximately\s+|over\s+|more than\s+|almost\s+)?$", re.I)
_NOT_PRICE_AFTER = re.compile(r"^\s*(?:in|of)\s+(?:annual\s+|yearly\s+|total\s+|combined\s+)?"
                              r"(?:(?-i:[A-Z])[\w.&'-]*\s+){0,3}(?:sales|revenues?|"
                              r"turnover|assets|deposits|debt|securities|debentures|notes|bonds|paper|earnings|profits?)\b",
                              re.I)
_SCALE = {"trillion": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6}
_CURRENCY = {"$": "USD", "us$": "USD", "dlrs": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
             "£": "GBP", "pounds": "GBP", "sterling": "GBP", "stg": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY",
             "francs": "CHF", "marks": "DEM", "australian dollars": "AUD", "canadian dollars": "CAD",
             "n.z. dlrs": "NZD"}
_TOPIC_PREPS = {"on", "in", "for", "covering", "including"}
_GENERIC_TOPICS = {"terms", "term", "deal", "agreement", "talks", "basis", "partnership", "alliance", "part",
                   "cash", "stock", "shares", "share", "year", "years", "month", "months", "plan", "plans", "way",
                   "companies", "company", "firms", "business", "venture", "joint venture", "the future", "the deal",
                   "corporations", "cutting - edge technologies", "various aspects", "aspects", "sector", "opposition",
                   # "an agreement in principle with X": how far the accord has come, not what it is about
                   "principle"}


def _bound_elsewhere(text: str, m: re.Match, target: str | None) -> bool:
    """Whether the percentage ``m`` is told of a company other than ``target``: a name follows it within a
    few words, and it is not the target's."""
    bound = _BOUND_TO.match(text, m.end()) if target else None
    if bound is None:
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w&'-]*", bound.group(1))[:5]]
    named = re.findall(r"\b[A-Z][\w&'-]*", bound.group(1))
    first = re.sub(r"[^\w]", "", target.split()[0]).lower()
    return bool(named) and first not in words and not any(first in w for w in words)


def _attributes(sent, t, rtype: RelationType, sentence: str, target: str | None = None) -> dict:
    attrs: dict = {}
    text = sent.text
    if rtype in (R.STAKE, R.ACQUISITION, R.DIVESTMENT, R.INVESTMENT):
        pcts = [m for m in _PERCENT.finditer(text)
                if not _NOT_HOLDING_AFTER.search(text[m.end():m.end() + 60])
                and not _NOT_HOLDING_BEFORE.search(text[max(0, m.start() - 25):m.start()])
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
                           r"sold part|sell part|portion|rebalance)\b", lower):
                attrs["change"] = "decrease"
    if rtype in (R.ACQUISITION, R.INVESTMENT, R.DIVESTMENT, R.SUPPLY, R.STAKE, R.MERGER):
        money = [m for m in _MONEY.finditer(text) if not _NOT_PRICE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
                 and not _NOT_PRICE_AFTER.search(text[m.end() : m.end() + 40])]
        if money:
            m = min(money, key=lambda m: abs(m.start() - t.idx))
            number = (m.group("n1") or m.group("n2")).replace(",", "")
            try:
                value = float(number)
            except ValueError:
                value = None
            scale = (m.group("m1") or m.group("m2") or "").lower()
            cur = (m.group("sym") or m.group("cur") or "").lower()
            if value is not None and (scale or value >= 1000):
                attrs["amount"] = int(value * _SCALE.get(scale, 1))
                attrs["currency"] = _CURRENCY.get(cur, cur.upper())
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
