"""Relationships in a parsed sentence: triggers, their arguments, status and attributes.

For each trigger word (``lexicon``): the first company is the subject found by
climbing the dependency tree from the trigger (through "said it agreed to ...",
relative clauses and possessives: "Chrysler's proposal to buy ..."); the second
is in the trigger's subtree (its object, "stake in ...", "merger with ...") or,
when the parse does not say, the next company in the clause. Passives swap
them ("Y is owned by X"), and nouns that describe a company ("its largest
shareholder", "supplier", "customer") point from the company they describe.

Status comes from cue words around the trigger (its verb chain, auxiliaries,
modifiers) and from the sentence (a report or unnamed sources say so), in the
order called off > ended > in talks > rumoured > proposed > agreed > active.
Negated statements ("has no plans to buy") are dropped.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from ..models import EntityKind, Mention, RelationType, Status
from . import lexicon as L
from .classifier import Candidate, RelationModel, candidates
from .entities import Ent, StoryContext

R, S = RelationType, Status
_PRONOUNS = {"it", "they", "we", "which", "that", "who", "its", "their", "company", "group", "firm"}
_DESCRIBING = {"shareholder": R.STAKE, "owner": R.STAKE, "investor": R.INVESTMENT, "backer": R.INVESTMENT,
               "supplier": R.SUPPLY, "customer": R.SUPPLY, "partner": R.ALLIANCE, "parent": R.STAKE}
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:percent|per cent|pct|%)", re.I)
_MONEY = re.compile(
    r"(?:(?P<sym>US\$|\$|€|£|¥)\s?(?P<n1>\d+(?:[.,]\d+)*)\s*(?P<m1>trillion|billion|bln|million|mln|bn|m)?\b)|"
    r"(?:(?P<n2>\d+(?:[.,]\d+)*)\s*(?P<m2>trillion|billion|bln|million|mln|bn)?\s*"
    r"(?P<cur>dlrs|dollars|euros?|yen|pounds|sterling|yuan|francs|marks|australian dollars|canadian dollars|"
    r"n\.z\. dlrs|stg))",
    re.I,
)
_SCALE = {"trillion": 1e12, "billion": 1e9, "bln": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6, "m": 1e6}
_CURRENCY = {"$": "USD", "us$": "USD", "dlrs": "USD", "dollars": "USD", "€": "EUR", "euro": "EUR", "euros": "EUR",
             "£": "GBP", "pounds": "GBP", "sterling": "GBP", "stg": "GBP", "¥": "JPY", "yen": "JPY", "yuan": "CNY",
             "francs": "CHF", "marks": "DEM", "australian dollars": "AUD", "canadian dollars": "CAD",
             "n.z. dlrs": "NZD"}
_TOPIC_PREPS = {"on", "in", "for", "covering", "including"}
#: A sale that leaves a stake behind: "part of", "sold 35 million shares", "cutting its holding to 24 pct".
_PARTIAL = re.compile(r"\b(?:part of|portion|some of|a part|(?:cut|cutting|reduc\w+|lower\w*|trimm\w*) (?:its|their) "
                      r"(?:stake|holding|interest)|[\d,.]+ (?:mln |million |billion |bln )?(?:of its )?(?:[\w-]+ )?"
                      r"(?:common )?shares)\b", re.I)
# What a company sells without selling itself: buying "Thales's rail signalling unit" is Thales's
# divestment to the buyer, not the buyer's acquisition of Thales. Not "assets": buying all the
# assets of a company is buying the company.
_PARTS = {"unit", "units", "business", "businesses", "division", "divisions", "operation", "operations", "arm",
          "network", "brand", "plant", "factory", "mill", "activities"}
_GENERIC_TOPICS = {"terms", "term", "deal", "agreement", "talks", "basis", "partnership", "alliance", "part",
                   "cash", "stock", "shares", "share", "year", "years", "month", "months", "plan", "plans", "way",
                   "companies", "company", "firms", "business", "venture", "joint venture", "the future", "the deal",
                   "corporations", "cutting - edge technologies", "various aspects", "aspects", "sector"}


class RelationFinder:
    """Roles by rules; deals proposed by rules and, with a ``model``, judged by it (``classifier``).
    ``on_candidates`` sees every sentence's candidates (how the training set is made)."""

    def __init__(self, model: RelationModel | None = None,
                 on_candidates: Callable[[list[Candidate]], None] | None = None):
        self.model, self.on_candidates = model, on_candidates

    def find(self, sent, ents: list[Ent], ctx: StoryContext, offset: int, sentence_span: tuple[int, int],
             doc_text: str) -> list[Mention]:
        companies = [e for e in ents if e.kind is EntityKind.COMPANY and not _reporter(sent, e)]
        people = [e for e in ents if e.kind is EntityKind.PERSON]
        out: list[Mention] = []
        start, end = sentence_span
        sentence = doc_text[start:end]
        if people and companies:
            out += self._roles(sent, people, companies, sentence, start, end)
        owned = _subsidiaries(sent, companies, ctx, sentence, start, end) if len(companies) >= 2 else []
        out += owned
        if companies:
            triggers = self.triggers(sent)
            deals = self._deals(sent, triggers, companies, ctx, sentence, start, end)
            if self.model is not None or self.on_candidates is not None:
                cands = candidates(sent, companies, triggers, deals + owned)
                if self.on_candidates is not None:
                    self.on_candidates(cands)
                if self.model is not None:
                    deals = self._judged(sent, cands, sentence, start, end)
            out += deals
            ctx.last_subject = companies[0].names[0]
        return _unique(out)

    def _judged(self, sent, cands: list[Candidate], sentence: str, start: int, end: int) -> list[Mention]:
        """The model's choice among the candidates: the rules' mention where they made one (status,
        attributes), else one read off the nearest trigger of the type."""
        out = []
        for c, p in self.model.decide(cands):
            if c.rule is not None:
                out.append(dataclasses.replace(c.rule, confidence=round(p, 2)))
                continue
            if c.trigger is None:
                continue
            t = sent[c.trigger]
            stated = trigger_status(sent, t, c.type, sentence)
            if stated is None:
                continue
            status, cues = stated
            status = _settled(c.type, status, sentence)
            out.append(Mention(c.type, c.source, c.target, status, sentence, start, end,
                               attributes=_attributes(sent, t, c.type, sentence), trigger=_phrase(t), cues=cues,
                               confidence=round(p, 2)))
        return out

    # --- deals -------------------------------------------------------------------------------------

    def _triggers(self, sent) -> list[tuple[int, RelationType, bool]]:
        found = []
        for t in sent:
            lemma = t.lemma_.lower()
            if t.pos_ in ("VERB", "AUX") and lemma in L.VERB_TRIGGERS:
                needs = L.VERB_NEEDS.get(lemma)
                window = {x.lower_ for x in sent[max(0, t.i - 2) : t.i + 6]}
                if needs and not needs & window:
                    continue
                found.append((t.i, L.VERB_TRIGGERS[lemma], lemma in L.WEAK and lemma not in L.STRONG_VERBS))
            elif t.pos_ in ("NOUN", "PROPN", "ADJ", "VERB") and (lemma in L.NOUN_TRIGGERS or t.lower_ in L.NOUN_TRIGGERS
                                                                 or _tie_up(sent, t)):
                key = lemma if lemma in L.NOUN_TRIGGERS else t.lower_ if t.lower_ in L.NOUN_TRIGGERS else "tie-up"
                rtype = L.NOUN_TRIGGERS[key]
                if key == "venture" and "joint" not in {x.lower_ for x in t.children} and sent[t.i - 1].lower_ != "joint":
                    continue  # "venture capital", "a new venture": no joint venture
                if key in ("investment", "customer", "funding") and t.dep_ == "compound" and \
                        t.head.lemma_.lower() not in L.NOUN_TRIGGERS:
                    continue  # "an investment advisory firm", "the customer base": no deal
                weak = key in L.WEAK
                if key in ("interest", "share") and not _PERCENT.search(sent.text):
                    continue
                if t.pos_ == "VERB" and key == "offer" and "for" not in {x.lower_ for x in sent[t.i + 1 : t.i + 8]}:
                    continue  # "partnering to offer AI features": no bid
                found.append((t.i, rtype, weak))
        return sorted(found, key=lambda f: f[2])  # strong triggers first: a weak one only adds new pairs

    def _deals(self, sent, triggers: list[tuple[int, RelationType, bool]], companies: list[Ent], ctx: StoryContext,
               sentence: str, start: int, end: int) -> list[Mention]:
        out: list[Mention] = []
        for i, rtype, weak in triggers:
            t = sent[i]
            stated = trigger_status(sent, t, rtype, sentence)
            if stated is None:
                continue
            status, cues = stated
            strong_pairs = {frozenset((m.source, m.target)) for m in out if m.confidence >= 0.55}
            for rel_type, a, b, how in self._arguments(sent, t, rtype, companies, ctx):
                if a == b or weak and (how != "dep" and any(not w for _, _, w in triggers)
                                       or frozenset((a, b)) in strong_pairs):
                    continue
                attrs = _attributes(sent, t, rel_type, sentence)
                st = status
                if how == "describes":
                    # "Renault, its largest shareholder, ..." states what is, whatever the clause wants
                    st = S.ENDED if re.search(r"\b(?:former|formerly|once|until)\b", sentence, re.I) else S.ACTIVE
                    cues = []
                    attrs.pop("change", None)
                    if rel_type is R.STAKE and re.search(r"\b(?:wants?|plans?|seeks?|asks?|urges?|pressing)\b[^.]{0,40}"
                                                         r"\b(?:divest|cut|reduce|sell|lower)", sentence, re.I):
                        out.append(Mention(R.DIVESTMENT, a, b, S.PROPOSED, sentence, start, end,
                                           attributes={k: v for k, v in attrs.items() if k == "percent"},
                                           trigger=_phrase(t), cues=["wants"], confidence=0.75))
                if rel_type is R.STAKE and t.dep_ == "dobj" and t.head.lemma_.lower() in ("sell", "divest"):
                    if st is not S.ACTIVE:
                        continue  # "agreed to sell its stake in X": the sale says it
                    if not _PARTIAL.search(sentence):
                        st = S.ENDED  # "sold its stake in X": the stake the seller held is gone
                st = _settled(rel_type, st, sentence)
                conf = 0.75 if how in ("dep", "describes") else 0.55
                if weak:
                    conf -= 0.15
                out.append(Mention(rel_type, a, b, st, sentence, start, end, attributes=attrs,
                                   trigger=_phrase(t), cues=cues, confidence=round(conf, 2)))
                out += _sale_side_effects(sent, t, rel_type, a, b, st, sentence, start, end, companies)
        return out

    def triggers(self, sent) -> list[tuple[int, RelationType, bool]]:
        """(token index, type, weak) of every trigger, "talks" standing for an alliance when nothing else does."""
        triggers = self._triggers(sent)
        if not triggers and any(t.lemma_.lower() in L.TALKS or t.lower_ in L.TALKS for t in sent):
            talk = next(t for t in sent if t.lemma_.lower() in L.TALKS or t.lower_ in L.TALKS)
            triggers = [(talk.i, R.ALLIANCE, True)]
        return triggers

    def _arguments(self, sent, t, rtype: RelationType, companies: list[Ent], ctx: StoryContext):
        """(type, source, target, how) for a trigger: source and target as canonical names."""
        at = {k: e for e in companies for k in range(e.i, e.j)}
        lower = t.lower_
        lemma = t.lemma_.lower()
        # "Renault, its largest shareholder" / "Mitsubishi Motors, their junior partner"
        if lemma in _DESCRIBING or lower in _DESCRIBING:
            kind = _DESCRIBING.get(lemma) or _DESCRIBING[lower]
            holder, other, states = _described(sent, t, at, companies, ctx)
            if holder and other:
                # "include Geely and Volvo Cars": every company listed with the holder after it
                holders = [holder, *(e for e in _conjoined(holder, companies, sent)[1:] if e.i > holder.i)]
                others = [other, *(e for e in _conjoined(other, companies, sent)[1:] if e.i > other.i)]
                for o in (name for e in others if e not in holders for name in e.names):
                    for h in (name for e in holders if e not in others for name in e.names):
                        src, dst = (o, h) if lemma == "customer" else (h, o)
                        yield kind, src, dst, "describes" if states else "dep"
                return
        subject = _subject(sent, t, at, ctx)
        if lemma in _DESCRIBING and lower.endswith("s") and t.dep_ in ("nsubj", "nsubjpass"):
            return  # "its shareholders approved the merger": no holder named
        if rtype is R.INVESTMENT and subject is not None:
            # "Mistral raised 600 million euros in a round led by General Catalyst": the backer invests
            backers = [e for e in companies if e is not subject and e.i > t.i and e.i >= 2
                       and sent[e.i - 2 : e.i].text.lower() in ("led by", "backed by", "round from")]
            if backers:
                for e in backers:
                    yield from _pairs(rtype, e, subject)
                return
        verb = t if t.pos_ in ("VERB", "AUX") else None
        if rtype is R.ACQUISITION:
            # what is bought: the verb's object, or the noun's "of" ("the purchase of 20 pct of X")
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            bought = next((c for c in t.children if c.dep_ == "dobj"), None) if verb is not None else \
                next((c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"), None)
            if bought is not None and bought.lemma_.lower() in ("stake", "interest", "holding", "shareholding"):
                return  # "acquired a stake in X": the noun says it
            if bought is not None and (bought.lower_ in ("pct", "percent", "%") or bought.lemma_.lower() == "share"):
                rtype = R.STAKE  # "bought 9.9 pct of X", "acquired 278,709 shares of X": a stake, not a takeover
        # A party named by a preposition: "the offer from Adnoc" (the bidder), "a licence from Alector"
        # (the licensor), "an order from IndiGo" (the customer), "ordered jets from Airbus" (the supplier)
        party = None
        if subject is not None and (lemma in ("offer", "bid", "proposal", "approach", "order") and verb is None
                                    or rtype is R.LICENSING or lemma == "order"):
            party = _after(sent, t, at, "from")
            if party is None and lemma == "order":
                party = _after(sent, t, at, "with")
                if party is not None and party is not subject:
                    yield from _pairs(rtype, party, subject)
                    return
            if party is None and rtype is R.LICENSING and verb is not None:
                # "Ford will license Tesla's charging connector": the owner of what is licensed licenses it
                thing = next((c for c in t.children if c.dep_ == "dobj"), None)
                owner = next((_ent_in(c, at) for c in (thing.children if thing is not None else ())
                              if c.dep_ == "poss" and _ent_in(c, at)), None)
                if owner is not None and _after(sent, t, at, "to") is None:
                    party = owner
        if party is not None and party is not subject:
            customer = lemma == "order" and verb is None
            yield from _pairs(rtype, subject, party) if customer else _pairs(rtype, party, subject)
            return
        passive_target = None
        agent = None
        if verb is not None:
            for c in verb.children:
                if c.dep_ == "nsubjpass":
                    passive_target = _ent_in(c, at)
                if c.dep_ == "agent":  # "by Microsoft", "by a group led by Japan Industrial Partners"
                    agent = next((at[g.i] for g in c.subtree if g.i in at), None)
        else:  # "acquisition of Y by X", "the takeover offer announced by CSR"
            for c in [*t.children, *(g for c in t.children if c.dep_ == "acl" for g in c.children)]:
                if c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    agent = next((at[g.i] for g in c.subtree if g.i in at), None)
        if passive_target is not None or agent is not None:
            target = passive_target or subject
            if agent is not None and target is not None:
                yield from _pairs(rtype, agent, target)
                return
        if lemma == "sell" and subject is not None:
            # "Ameritrust sold two mln shares of its common stock to Clevebaco": new shares, an investment
            sold = next((c for c in t.children if c.dep_ == "dobj"), None)
            buyer = _after(sent, t, at, "to")
            if sold is not None and sold.lemma_.lower() in ("share", "stock") and buyer is not None and \
                    any(x.lower_ == "its" for x in sold.subtree) and not any(x.i in at for x in sold.subtree):
                yield from _pairs(R.INVESTMENT, buyer, subject)
                return
        objects = _objects(sent, t, at, subject)
        how = "dep"
        if not objects:
            objects = [e for e in companies if e.i > t.i and e is not subject][:1]
            how = "near"
        if not objects and rtype is R.STAKE and subject is not None and \
                (_PERCENT.search(sent.text) or t.head.lemma_.lower() in ("buy", "take", "acquire", "hold", "own")):
            # "invested in Flipkart in 2018, taking a 77 percent stake": the one other company, before it
            others = [e for e in companies if e is not subject]
            objects = others if len(others) == 1 else []
        if not objects and not rtype.directed and subject is not None and not subject.members:
            # "Nissan is in discussions with Honda about a partnership": the partner before the noun
            objects = [e for e in companies if e is not subject and e.j <= t.i and t.i - e.j <= 12
                       and sent[e.i - 1].lower_ in ("with", "between", "and")][-1:]
            how = "near"
        objects = _coordinated(objects, companies, sent)
        venture = _venture(sent, t, at) if rtype is R.JOINT_VENTURE else None
        objects = [o for o in objects if o is not venture]
        if subject is None or subject is venture:
            before = [e for e in companies if e.j <= t.i and e not in objects and e is not venture]
            subject = before[-1] if before else None
            how = "near"
        if rtype is R.MERGER and subject is not None and objects and re.search(r"\b(?:per|a) share\b", sent.text):
            rtype = R.ACQUISITION  # "a cash merger proposal to Borg-Warner at 46 dlrs per share": a bid
        if not rtype.directed:
            group = _conjoined(subject, companies, sent) if subject else []
            if len(group) >= 2:  # "A and B announced a partnership to bring its models to Azure": A and B
                objects = [o for o in objects if sent[o.i - 1].lower_ in ("with", "between", "and", "&", ",")]
            if t.pos_ == "NOUN" and len(objects) >= 2 and _of_noun(sent, t, objects[0]):
                group = []  # "X was formed by the merger of A and B": the parties are A and B
            if objects and group:
                pairs = [(g, o) for g in group for o in objects]
            elif len(group) >= 2:
                pairs = [(group[x], group[y]) for x in range(len(group)) for y in range(x + 1, len(group))]
            else:
                pairs = [(o, p) for x, o in enumerate(objects) for p in objects[x + 1 :]] if not group else []
            for a, b in pairs:
                for na in a.names:
                    for nb in b.names:
                        yield rtype, na, nb, how
            if len(pairs) == 0 and subject is not None and subject.members:
                yield rtype, subject.members[0], subject.members[1], how
            return
        if subject is None:
            return
        if rtype is R.SUPPLY and lemma == "award":  # "AT&T awarded Ericsson a contract": the object supplies
            subject, objects = objects[0] if objects else None, [subject]
            if subject is None:
                return
        if rtype is R.SUPPLY and lemma in L.MAKES_FOR:  # "Intel will make chips for Microsoft"
            made = next((c for c in t.children if c.dep_ == "dobj"), None)
            if made is not None and made.lemma_.lower() in L.NOUN_TRIGGERS:
                return  # "made an offer for X": the noun says what
            objects = [o for o in objects if sent[o.i - 1].lower_ == "for"]
        if rtype is R.STAKE and re.search(r"\b(?:each other|one another)\b", sent.text):
            group = _conjoined(subject, companies, sent)  # "A and B agreed to take stakes in each other"
            for a in group:
                for b in group:
                    if a is not b:
                        yield from _pairs(rtype, a, b)
            if len(group) >= 2:
                return
        # "Hyundai invested in Motional alongside Aptiv": Aptiv invested too
        alongside = [e for e in companies if e is not subject and e.i >= 1 and
                     (sent[e.i - 1].lower_ == "alongside" or sent[max(0, e.i - 2):e.i].text.lower()
                      in ("along with", "together with"))]
        objects = [o for o in objects if o not in alongside]
        subjects = [subject, *alongside]
        for o in objects:
            part = rtype is R.ACQUISITION and _part_of(sent, t, o)
            for s_ in subjects:
                for a in s_.names:
                    for b in o.names:
                        yield (R.DIVESTMENT, b, a, how) if part else (rtype, a, b, how)

    # --- roles -------------------------------------------------------------------------------------

    def _roles(self, sent, people: list[Ent], companies: list[Ent], sentence: str, start: int, end: int) -> list[Mention]:
        out = []
        text = sent.text
        for p in people:
            p_start, p_end = sent[p.i].idx, sent[p.j - 1].idx + len(sent[p.j - 1].text)
            # The title and company sit around the name: "Renault CEO Luca de Meo", "X, chairman of Y",
            # "X, Y's chief executive"; another person's name closes the window.
            left_limit = max((sent[q.j - 1].idx + len(sent[q.j - 1].text) for q in people if q.j <= p.i), default=0)
            right_limit = min((sent[q.i].idx for q in people if q.i >= p.j), default=len(text))
            left = text[max(left_limit, p_start - 45) : p_start]
            right = text[p_end : min(right_limit, p_end + 60)]
            right = re.split(r"[;]|\bsaid\b|\bsays\b|, (?:who|which)\b", right)[0]
            title, company, where = None, None, None
            for side, chunk in (("left", left), ("right", right)):
                for pattern, name in L.TITLES:
                    for m in pattern.finditer(chunk):
                        if side == "left" and re.search(r"[.;]", chunk[m.end():]):
                            continue
                        if title is None or L.TITLE_ORDER.index(name) < L.TITLE_ORDER.index(title):
                            title, where = name, (side, m)
            if title is None:
                continue
            side, m = where
            if side == "left":
                chunk_start = max(left_limit, p_start - 45)
                t_start = chunk_start + m.start()
                # "Renault CEO Luca de Meo and Chairman Jean-Dominique Senard": the company before the first title
                cands = [c for c in companies if sent[c.j - 1].idx < t_start and t_start - sent[c.j - 1].idx < 60]
                if not cands:
                    cands = [c for c in companies if sent[c.i].idx > p_end and sent[c.i].idx - p_end < 25 and
                             re.match(r"^\s*(?:of|at)\b", text[p_end:sent[c.i].idx])]
                company = cands[-1] if cands else None
            else:
                t_end = p_end + m.end()
                after = [c for c in companies if t_end <= sent[c.i].idx < t_end + 25]
                before = [c for c in companies if p_end <= sent[c.i].idx < p_end + m.start() + 1]
                company = (before or after or [None])[0]
                if company is None and re.search(r"\b(?:its|their)\b", right[: m.start()]):
                    # "Boeing named Kelly Ortberg as its new chief executive": the company before the name
                    earlier = [c for c in companies if c.j <= p.i]
                    company = earlier[-1] if earlier else None
            if company is None:
                continue
            window = text[max(0, p_start - 45) : p_end + 60]
            status = S.ACTIVE
            cues = []
            prefix = text[max(0, p_start - 30) : p_start]
            if L.ROLE_REPLACED.search(prefix) or re.search(r"\b(?:former|ex-)\s*(?:\w+\s+){0,3}$", prefix, re.I) or \
                    L.ROLE_ENDED.search(text[p_end : p_end + 30]) or L.ROLE_ENDED.search(window[:45].split(",")[-1]):
                status, cues = S.ENDED, ["former" if "former" in window.lower() else "left"]
            for name in company.names:
                out.append(Mention(R.ROLE, p.name, name, status, sentence, start, end,
                                   source_kind=EntityKind.PERSON, attributes={"title": title},
                                   trigger=m.group(0), cues=cues, confidence=0.7))
        return out


# --- helpers -----------------------------------------------------------------------------------------


_CHANGES_HANDS = {"sell", "buy", "acquire", "purchase", "divest", "spin", "sale"}
_OWNED_PERCENT = re.compile(r"(\d+(?:\.\d+)?)[- ]?(?:pct|percent|per cent|%)[- ]owned", re.I)


def _subsidiaries(sent, companies: list[Ent], ctx: StoryContext, sentence: str, start: int, end: int) -> list[Mention]:
    """A parent and its named subsidiary are a stake: "X said its Y subsidiary", "X's unit Y",
    "its 97.7-pct owned subsidiary Y", "Y, a subsidiary of X"."""
    ending = {e.j: e for e in companies}
    starting = {e.i: e for e in companies}
    at = {k: e for e in companies for k in range(e.i, e.j)}
    out = []
    for t in sent:
        if t.lemma_.lower() not in L.OWNED or t.pos_ not in ("NOUN", "PROPN"):
            continue
        after = t.i + 1
        while after < len(sent) and (sent[after].is_space or sent[after].text in (",", "<", "(")):
            after += 1
        parent = None
        if t.dep_ == "appos" and _ent_in(t.head, at):
            child = _ent_in(t.head, at)
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            parent = next((at[g.i] for g in (of.children if of else ()) if g.i in at), None)
        else:
            child = ending.get(t.i) or starting.get(after)
            if child is None:
                continue
            for c in t.subtree:  # "its 97.7-pct owned subsidiary": the possessive may hang lower
                if c.dep_ == "poss" and c.i < t.i:
                    parent = at.get(c.i)
                    if parent is None and c.lower_ == "its":  # the clause's subject: "X said its Y unit"
                        before = [e for e in companies if e.j <= t.i and e is not child and not e.members]
                        subjects = [e for e in before if any(sent[k].dep_ == "nsubj" for k in range(e.i, e.j))]
                        parent = (subjects or before or [None])[-1]
            if parent is None and child.i > t.i:  # "Industrial Equity unit Acmex Holdings"
                parent = ending.get(t.i)
        if parent is None or child is None or parent is child:
            continue
        status = S.ACTIVE
        sale = None
        for v in t.ancestors:  # the subsidiary itself changing hands, not "from X's Y subsidiary"
            if v.lower_ in ("from", "to", "in") or v.lemma_.lower() in ("stake", "interest", "share"):
                break
            if v.lemma_.lower() in _CHANGES_HANDS and v.i < t.i:
                sale = v
                break
        if sale is not None:
            # "acquired Y, a subsidiary of X": the parent's stake is gone; "to sell its Y subsidiary":
            # not yet, and the sale says the rest
            if sale.tag_ not in ("VBD", "VBN") or any(c.lower_ == "to" for c in sale.children):
                continue
            status = S.ENDED
        owned = _OWNED_PERCENT.search(sent[max(0, t.i - 4):t.i].text)
        attrs = {"percent": float(owned.group(1)) if "." in owned.group(1) else int(owned.group(1))} if owned else {}
        for a in parent.names:
            for b in child.names:
                if a != b:
                    out.append(Mention(R.STAKE, a, b, status, sentence, start, end, attributes=attrs,
                                       trigger=t.text, confidence=0.75))
    return out


def _tie_up(sent, t) -> bool:
    """"tie-up" as the tokenizer leaves it: "tie", "-", "up"; the last carries the phrase."""
    return t.lower_ == "up" and t.i >= 2 and sent[t.i - 1].text == "-" and sent[t.i - 2].lower_ == "tie"


def _reporter(sent, e: Ent) -> bool:
    """A news outlet citing itself is no party: "the Information reported", "according to Bloomberg"."""
    after = sent[e.j].lower_ if e.j < len(sent) else ""
    before = sent[max(0, e.i - 2) : e.i].text.lower()
    spokesman = sent[max(0, e.i - 3) : e.i].text.lower()
    return after in ("reported", "reports") or before.endswith("according to") or \
        bool(re.search(r"\b(?:spokes(?:man|woman|person)|official|sources?) (?:for|at|of)$", spokesman)) or \
        bool(L.MEDIA_OUTLET.fullmatch(e.text.removeprefix("The ").removeprefix("the ")))


def _ent_in(tok, at: dict[int, Ent]) -> Ent | None:
    """The company at a token, or in the compound/flat name it heads."""
    if tok.i in at:
        return at[tok.i]
    for c in tok.children:
        if c.dep_ in ("compound", "flat", "nmod", "amod", "appos") and c.i in at:
            return at[c.i]
    return None


def _subject(sent, t, at: dict[int, Ent], ctx: StoryContext) -> Ent | None:
    x = t
    for _ in range(7):
        for c in x.children:
            if c.dep_ in ("nsubj",) or (c.dep_ == "poss" and x.pos_ in ("NOUN", "PROPN")):
                e = _ent_in(c, at)
                if e is not None:
                    return e
                if c.dep_ == "nsubj" and c.lower_ in ("which", "that", "who") and x.dep_ == "relcl":
                    e = _ent_in(x.head, at)
                    if e is not None:
                        return e
                if c.dep_ == "nsubj" and c.lower_ not in _PRONOUNS:
                    # "the two companies", "the French automaker": references are entities too
                    e = next((at[k] for k in range(c.left_edge.i, c.right_edge.i + 1) if k in at), None)
                    if e is not None:
                        return e
        if x.dep_ == "relcl":
            e = _ent_in(x.head, at)
            if e is not None:
                return e
        if x.dep_ == "ROOT" or x.head is x:
            break
        x = x.head
    return None


def _objects(sent, t, at: dict[int, Ent], subject: Ent | None) -> list[Ent]:
    """Companies in the trigger's subtree after it (its object, "stake in", "merger with")."""
    seen, out = set(), []
    stop = len(sent)
    for k in range(t.i + 1, len(sent)):
        tok = sent[k]
        if tok.text == ";" or (tok.lower_ in ("which", "while", "whereas") and k > t.i + 1):
            stop = k
            break
    subtree = {x.i for x in t.subtree}
    for k in range(t.i + 1, stop):
        if k in at and k in subtree and at[k] is not subject and id(at[k]) not in seen:
            seen.add(id(at[k]))
            out.append(at[k])
    # The verb's object or prepositions when the trigger is a noun object: "took a 25 pct stake in X"
    if not out and t.dep_ in ("dobj", "attr", "pobj") and t.head.pos_ in ("VERB", "AUX"):
        verb_subtree = {x.i for x in t.head.subtree}
        for k in range(t.i + 1, stop):
            if k in at and k in verb_subtree and at[k] is not subject and id(at[k]) not in seen:
                seen.add(id(at[k]))
                out.append(at[k])
    out = [o for o in out if not _beside_the_deal(sent, t, o)]
    return [o for o in out if not _is_from_or_to(sent, o)] or out


def _beside_the_deal(sent, t, o: Ent) -> bool:
    """The owner of what the deal is about ("DIM, a subsidiary of BIC") and what the deal makes
    ("merged in 1998 to form DaimlerChrysler") are no parties to it."""
    root = _root(sent, o)
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        part = root.head.head
        return part.lemma_.lower() in L.OWNED | _PARTS and part.dep_ == "appos"
    return root.dep_ in ("dobj", "attr") and root.head.i != t.i and \
        root.head.lemma_.lower() in ("form", "create", "become")


def _coordinated(objects: list[Ent], companies: list[Ent], sent) -> list[Ent]:
    """Objects and the companies listed with them: "to Tesla, BMW and Mercedes-Benz",
    "ranging from Geely to Qualcomm", "of both Boeing and Airbus"."""
    if not objects:
        return objects
    out = list(objects)
    for e in companies:
        if e.i <= out[-1].i or e in out:
            continue
        between = sent[out[-1].j : e.i].text.strip().lower()
        if re.fullmatch(r"(?:,|and|, and|or|, or|&|as well as)|to(?: [a-z]+){0,3}", between) and \
                not _is_from_or_to(sent, e):
            out.append(e)
    return out


def _pairs(rtype: RelationType, a: Ent, b: Ent):
    for na in a.names:
        for nb in b.names:
            yield rtype, na, nb, "dep"


def _after(sent, t, at: dict[int, Ent], prep: str) -> Ent | None:
    """The company a preposition after the trigger introduces, under the trigger or (for a noun object,
    "backed the offer from Adnoc") under its verb."""
    found = [*t.subtree, *(x for x in t.head.subtree if t.dep_ in ("dobj", "pobj", "attr") and x.i > t.i)]
    for c in sorted(found, key=lambda x: x.i):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep and c.i > t.i:
            e = next((at[g.i] for g in c.subtree if g.i in at), None)
            if e is not None:
                return e
    return None


def _root(sent, e: Ent):
    """The token of a company's name that the rest of the sentence hangs it from."""
    return next((sent[k] for k in range(e.i, e.j) if not e.i <= sent[k].head.i < e.j), sent[e.i])


def _part_of(sent, t, o: Ent) -> bool:
    """Whether the company is only the owner of what the trigger buys: "X's unit", "the unit of X"."""
    root = _root(sent, o)
    if root.dep_ == "poss":
        part = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "of":
        part = root.head.head
    else:
        return False
    # the thing bought itself: "buy X's unit", "acquisition of the unit of X"
    bought = part.head == t or (part.head.lower_ == "of" and part.head.head == t)
    return part.lower_ in _PARTS and part.i > t.i and bought


def _of_noun(sent, t, e: Ent) -> bool:
    """Whether the company is the object of the trigger noun's "of": "the merger of A and B"."""
    of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return of is not None and e.i in {x.i for x in of.subtree}


_TRADES = {"buy", "acquire", "purchase", "sell", "stake", "interest", "divest", "sale", "divestment", "holding"}
_BUYS = {"buy", "acquire", "purchase"}


def _is_from_or_to(sent, e: Ent) -> bool:
    """"bought Y from Z", "sold Y to Z", "purchased PCR from Hanson's SCM unit": Z is not the object."""
    x = _root(sent, e)
    for _ in range(4):
        prep = x.head
        if prep is x:
            return False
        if prep.lower_ in ("from", "to", "by") and prep.dep_ in ("prep", "dative", "agent"):
            return prep.head.lemma_.lower() in _TRADES
        if x.dep_ not in ("poss", "compound", "pobj", "appos"):
            return False
        x = prep
    return False


def _conjoined(subject: Ent, companies: list[Ent], sent) -> list[Ent]:
    """The subject and the companies joined to it by "and": "Nissan and Honda are discussing ..."."""
    group = [subject]
    if subject.members:
        return group
    for e in companies:
        if e is subject:
            continue
        between = sent[min(e.j, subject.j) : max(e.i, subject.i)].text.strip().lower()
        later = e if e.i > subject.i else subject
        if later.j < len(sent) and sent[later.j].text in ("'s", "'"):
            continue  # "Geely, Volvo Cars' parent": an owner named, no list
        if between in ("and", ",", "&", "with") or re.fullmatch(r"(?:, [^,]+)*,? and", between):
            if abs(e.i - subject.i) < 12:
                group.append(e)
    return group


def _described(sent, t, at, companies: list[Ent], ctx: StoryContext) -> tuple[Ent | None, Ent | None, bool]:
    """For "X, its largest shareholder" / "Y's largest shareholder is X" / "X is a customer of Y":
    the company the noun describes, the other, and whether the noun states what is (not
    "enlisting X as an investor", where the verb says how far it got)."""
    holder = other = None
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ == "one":
        t_dep, t_head = t.head.head.dep_, t.head.head.head  # "X is one of Y's largest customers"
    else:
        t_dep, t_head = t.dep_, t.head
    for c in t.children:
        if c.dep_ == "poss":
            other = _ent_in(c, at)
            if other is None and c.lower_ in ("its", "their"):
                other = _pronoun_owner(sent, t, companies, ctx, plural=c.lower_ == "their")
        if c.dep_ == "prep" and c.lower_ == "of":
            other = next((_ent_in(g, at) for g in c.children if _ent_in(g, at)), other)
    if t_dep == "appos":
        holder = _ent_in(t_head, at)
    elif t_dep in ("attr",):
        holder = next((_ent_in(c, at) for c in t_head.children if c.dep_ == "nsubj" and _ent_in(c, at)), None)
    elif t_dep == "nsubj":
        # "Y's largest shareholder is X", "Y's shareholders include X and Z"
        listed = ("attr", "dobj") if t_head.lemma_.lower() in ("include", "comprise") else ("attr",)
        holder = next((_ent_in(c, at) for c in t_head.children if c.dep_ in listed and _ent_in(c, at)), None)
    first = t
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    if holder is None and first.head.lower_ == "as":
        # "enlisting Aramco as an investor and partner": the company before "as"; the other is the subject
        as_at = first.head.i
        if as_at is not None:
            before = [e for e in companies if e.j <= as_at and as_at - e.j <= 2]
            holder = before[-1] if before else None
            if holder is not None and other is None:
                other = _subject(sent, sent[as_at].head, {k: e for e in companies for k in range(e.i, e.j)
                                                          if e is not holder}, ctx)
            return holder, other, False
    if holder is None:
        # Word order when the parse does not say: "Renault, its largest shareholder,"
        before = [e for e in companies if e.j <= t.i and t.i - e.j <= 5 and sent[e.j].text == ","]
        holder = before[-1] if before else None
    if other is None and holder is not None:
        rest = [e for e in companies if e is not holder]
        other = rest[0] if len(rest) == 1 else None
    return holder, other, True


def _pronoun_owner(sent, t, companies: list[Ent], ctx: StoryContext, plural: bool) -> Ent | None:
    """"its"/"their" in "X, its largest shareholder": the clause's subject, or a plural reference."""
    if plural:
        return next((e for e in companies if e.members), None)
    before = [e for e in companies if e.j <= t.i and not e.members]
    # the company the noun describes sits right before it ("Renault, its ..."): the owner is earlier
    if before and t.i - before[-1].j <= 3:
        before = before[:-1]
    subjects = [e for e in before if any(sent[k].dep_ in ("nsubj", "nsubjpass") for k in range(e.i, e.j))]
    return (subjects or before or [None])[-1]


def _venture(sent, t, at) -> Ent | None:
    for c in t.children:
        if c.dep_ == "appos" and _ent_in(c, at):
            return _ent_in(c, at)
    if t.dep_ == "appos":
        return _ent_in(t.head, at)
    for x in t.head.children if t.head is not t else []:
        if x.dep_ == "dobj" and _ent_in(x, at) and x.i != t.i:
            return _ent_in(x, at)
    return None


def trigger_status(sent, t, rtype: RelationType, sentence: str) -> tuple[Status, list[str]] | None:
    """The status a trigger states in its sentence, and its cue words; None when the sentence negates it."""
    status, cues = _status(sent, t, rtype)
    if re.search(r"\bno longer\b", sentence, re.I):  # "Ford no longer holds any shares in Mazda"
        return S.ENDED, ["no longer"]
    negated = L.NEGATION.search(sentence)
    if negated:
        word = negated.group(0).lower()
        if "denied" in word or "deny" in word or "denies" in word:
            status, cues = S.RUMOURED, cues + ["denied"]
        elif re.search(r"no (?:deal|agreement) was reached|failed to agree", sentence, re.I):
            status = S.CALLED_OFF
        else:
            return None
    rumour = L.RUMOUR_PHRASES.search(sentence) or L.MEDIA_SAYS.search(sentence)
    if rumour and status in (S.PROPOSED, S.AGREED, S.ACTIVE):
        status, cues = S.RUMOURED, cues + [rumour.group(0)]
    return status, cues


def _settled(rtype: RelationType, status: Status, sentence: str) -> Status:
    """What "ended" and "called off" mean for the type: a takeover that ends before it is done was
    called off; a supply deal, licence or stake that stops has ended (unless talks or a plan did)."""
    if rtype in (R.ACQUISITION, R.MERGER, R.INVESTMENT) and status is S.ENDED:
        return S.CALLED_OFF
    if rtype in (R.STAKE, R.SUPPLY, R.LICENSING, R.JOINT_VENTURE) and status is S.CALLED_OFF and \
            not re.search(r"talks|plan|bid|offer|proposal", sentence, re.I):
        return S.ENDED
    return status


def _status(sent, t, rtype: RelationType) -> tuple[Status, list[str]]:
    """The status a trigger's context states, and the words that state it."""
    near = [t]
    x = t
    for _ in range(5):
        if x.head is x:
            break
        x = x.head
        near.append(x)
    around = list(near)
    for y in near:
        around += [c for c in y.children if c.dep_ in ("aux", "auxpass", "neg", "advmod", "prt", "amod", "acomp",
                                                       "compound", "nsubj", "dobj", "xcomp", "attr")]
    # "in talks to acquire", "nearing a reform": prepositional phrases of the verb chain
    for y in near:
        for c in y.children:
            if c.dep_ == "prep":
                around += [g for g in c.children]
    words = {}
    for y in around:
        if y.lower_ == "off" and y.dep_ == "prt" and y.head.lemma_.lower() in ("spin", "sell", "pay", "sign"):
            continue  # "spun off" is done, not called off
        for w in (y.lemma_.lower(), y.lower_):
            words.setdefault(w, y.text)
    # Every cue of each status, nearest the trigger first (the order of ``words``), never the
    # order of the vocabulary sets: that changes with each process's hash seed, and which cue is
    # seen decides the status ("signed a letter of intent in which X plans to buy Y").
    found: dict[Status, list[str]] = {}
    if t.dep_ == "acl" and t.head.lemma_.lower() in ("agreement", "deal", "accord", "pact"):
        found[S.AGREED] = [t.head.text]  # "Chevron's agreement to buy Hess"
    for status, vocab in ((S.CALLED_OFF, L.CALLED_OFF), (S.ENDED, L.ENDED), (S.IN_TALKS, L.IN_TALKS),
                          (S.PROPOSED, L.PROPOSED), (S.AGREED, L.AGREED), (S.ACTIVE, L.ACTIVE)):
        cues = [text for w, text in words.items() if w in vocab]
        if cues:
            found[status] = list(dict.fromkeys([*found.get(status, []), *cues]))
    text = sent.text.lower()
    if re.search(r"\bwas off\b|\bcalled off\b|\bpulled out\b|\bwalked away\b|\b(?:talks|negotiations|discussions) "
                 r"(?:that|which) (?:have |had )?(?:since )?(?:ended|collapsed|broken down|broke down|fell apart)\b", text):
        found.setdefault(S.CALLED_OFF, ["off"])
    if S.ENDED in found and re.search(r"\b(?:end|ended|ending|terminat\w*)\b[^.]{0,30}\b(?:talks|plan|bid|offer|"
                                      r"merger|agreement|pursuit)\b", text):
        found[S.CALLED_OFF] = found.pop(S.ENDED)
    if re.search(r"\bprevious(?:ly)? announced\b", text) and S.ACTIVE not in found and S.AGREED not in found:
        found[S.AGREED] = ["previously announced"]

    def cue(status: Status, among: tuple[str, ...]) -> str | None:
        return next((w for w in found.get(status, ()) if w.lower() in among), None)

    if S.AGREED in found and all(w.lower() in ("will", "'ll") for w in found[S.AGREED]) and \
            cue(S.PROPOSED, ("could", "might", "may")):
        found.pop(S.AGREED)
    for status in L.STATUS_ORDER:
        if status in found:
            done = cue(S.ACTIVE, ("complete", "completed", "closed", "close"))
            if status in (S.PROPOSED, S.AGREED) and done:
                return S.ACTIVE, [done]  # "completed the previously announced sale"
            settled = cue(S.AGREED, ("approved", "clearance", "approve", "agreed", "signed", "accepted", "backed",
                                     "endorsed", "recommended"))
            if status is S.PROPOSED and settled:
                return S.AGREED, [settled]
            return status, found[status][:1]
    # No cue: the verb's tense decides; a noun states what is.
    verb = next((y for y in near if y.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return S.AGREED, ["will"]
    return S.ACTIVE, []


def _attributes(sent, t, rtype: RelationType, sentence: str) -> dict:
    attrs: dict = {}
    text = sent.text
    if rtype in (R.STAKE, R.ACQUISITION, R.DIVESTMENT, R.INVESTMENT):
        pcts = list(_PERCENT.finditer(text))
        if pcts:
            after_to = [m for m in pcts if re.search(r"\bto\s+(?:about |around |nearly |below |above )?$",
                                                     text[max(0, m.start() - 20) : m.start()])]
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
        money = list(_MONEY.finditer(text))
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


def _phrase(t) -> str:
    parts = [c for c in t.children if c.dep_ in ("prt", "aux") or (c.dep_ == "amod" and c.lower_ == "joint")]
    words = sorted([t, *parts], key=lambda x: x.i)
    return " ".join(w.text for w in words)


def _sale_side_effects(sent, t, rtype, seller, asset, status, sentence, start, end, companies) -> list[Mention]:
    """A sale says more than who sold: "X sold its stake in Y (to Z)" ends X's stake (or cuts it)
    and gives Z one; "X bought Y from Z" is Z's divestment."""
    out = []
    lemma = t.lemma_.lower()
    lower = sentence.lower()
    if rtype is R.DIVESTMENT and status is S.ACTIVE and re.search(r"\b(?:stake|shares|interest|holding)\b", lower):
        # a sale done ends the seller's stake, or (part sold) leaves the level it states
        if not _PARTIAL.search(lower):
            out.append(Mention(R.STAKE, seller, asset, S.ENDED, sentence, start, end, trigger=t.text, confidence=0.6))
        elif re.search(r"\bto\s+(?:about |around |nearly |below )?\d+(?:\.\d+)?\s*(?:percent|per cent|pct|%)", lower):
            attrs = {**_attributes(sent, t, R.STAKE, sentence), "change": "decrease"}
            out.append(Mention(R.STAKE, seller, asset, S.ACTIVE, sentence, start, end, attributes=attrs,
                               trigger=t.text, confidence=0.6))
    bought = rtype is R.STAKE and (lemma in _BUYS or t.head.lemma_.lower() in _BUYS)
    if lemma in ("sell", "divest", "sale") or rtype is R.ACQUISITION or bought:
        prep = "to" if rtype is R.DIVESTMENT else "from"
        at = {k: e for e in companies for k in range(e.i, e.j)}
        for p in sent[t.i + 1 :]:
            if p.lower_ != prep or p.dep_ not in ("prep", "dative"):
                continue
            # "from Hanson Trust's SCM Corp subsidiary": the party is SCM, not its owner
            pobj = next((c for c in p.children if c.dep_ == "pobj"), None)
            e = (_ent_in(pobj, at) if pobj is not None else None) or \
                next((at[g.i] for g in p.subtree if g.i in at), None)
            if e is not None:
                for name in e.names:
                    if name in (seller, asset):
                        continue
                    if rtype is R.DIVESTMENT:
                        kind = R.STAKE if re.search(r"\b(?:stake|shares|interest|holding)\b", lower) else R.ACQUISITION
                        out.append(Mention(kind, name, asset, status, sentence, start, end, trigger=t.text,
                                           confidence=0.6))
                    else:
                        out.append(Mention(R.DIVESTMENT, name, asset, status, sentence, start, end,
                                           trigger=t.text, confidence=0.6))
    return out


def _unique(mentions: list[Mention]) -> list[Mention]:
    best: dict[tuple, Mention] = {}
    for m in mentions:
        key = (m.type, m.source, m.target)
        if key not in best or m.confidence > best[key].confidence:
            best[key] = m
    return list(best.values())
