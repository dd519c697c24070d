"""The status a trigger states: cue words around it (``lexicon``) and in its sentence."""

from __future__ import annotations

import re

from ...models import RelationType, Status
from .. import lexicon as L

R, S = RelationType, Status
# A relative or reported clause is a clause of its own: in "its unit, which holds the stake" and
# "announced that it had raised its stake", the words above it say nothing of the stake.
_CLAUSE_EDGES = ("relcl", "ccomp")
# ...except a clause that tells what a deal document says: in "signed a letter of intent in which
# X plans to buy Y" or "an agreement under which X will buy Y", the signing is the deal's status.
_DEAL_DOCUMENTS = {"agreement", "letter", "intent", "accord", "pact", "deal", "contract", "memorandum",
                   "understanding"}
# Nor does a verb the trigger is only a time of: in "ended its tender offer after receiving 54 pct",
# "ended" is the offer's status, not the holding's.
_TIME_PREPS = ("after", "before", "following", "prior", "upon")
_DEALS = (R.ACQUISITION, R.MERGER, R.DIVESTMENT, R.INVESTMENT)
# Cue words that are modal verbs only when tagged so: "until May 1" is a month, "the will of
# shareholders" a noun; neither says what may or will happen.
_MODALS = {"may", "might", "could", "would", "will", "shall", "should", "can", "'ll"}
# Auxiliaries that put a completion ahead: "will be completed", "is expected to close".
_AHEAD = {"will", "would", "shall", "'ll", "should", "may", "might", "could", "must", "to"}


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
    rumour = next((m for m in (*L.RUMOUR_PHRASES.finditer(sentence), *L.MEDIA_SAYS.finditer(sentence))
                   if _sources(sent, t, sentence, m)), None)
    if rumour and status in (S.PROPOSED, S.AGREED, S.ACTIVE):
        status, cues = S.RUMOURED, cues + [rumour.group(0)]
    return status, cues


def _sources(sent, t, sentence: str, m: re.Match) -> bool:
    """Whether a rumour's words are the source of the trigger's statement: a verb above it ("is
    said to", "sources said"), a word on such a verb ("reportedly", "according to"), or a rumour
    about it ("speculation of a bid"). Not a rumour about something else in the sentence
    ("Norcros gained on speculation of a bid ..., while Tesco extended its bid"), nor a company
    reporting its own figures ("TWA reported holding 15 pct")."""
    if len(sent.text) != len(sentence):  # the parse reads the sentence blanked (tickers), never shifted
        return True
    first = getattr(sent, "start_char", 0)  # a sentence of a document, or a document of one sentence
    r = next((y for y in sent if m.start() <= y.idx - first < m.end() and y.is_alpha), None)
    if r is None:
        return True
    if r.lower_ in ("reported", "reports") and r.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON") and not L.MEDIA_NOUN.search(_words(c))
            for c in r.children):
        return False
    ancestors = {t.i} | {a.i for a in t.ancestors}
    if r.i in ancestors or t in r.subtree:
        return True
    # from the words' first to the word that hangs on the trigger's verbs: "New" of "the New York
    # Times said", "reports" of "according to press reports"
    x = r
    for _ in range(4):
        if x.head.i in ancestors or x.head.i == x.i or x.dep_ not in ("compound", "amod", "pobj", "prep", "det"):
            break
        x = x.head
    return x.head.i in ancestors and (x.dep_ not in ("prep", "pobj") or x.lower_ == "according")


def _words(t) -> str:
    return " ".join(y.text for y in t.subtree)


def _wanted(y) -> bool:
    """Whether a word is what a proposal asks for ("a proposal to negotiate", "interested in
    discussing", "seeks talks"): the word it hangs on, through a preposition, proposes it."""
    head = y.head.head if y.head.dep_ == "prep" and y.head.head.i != y.head.i else y.head
    return head.i != y.i and (head.lemma_.lower() in L.PROPOSED or head.lower_ in L.PROPOSED)


def _settled(rtype: RelationType, status: Status, sentence: str) -> Status:
    """What "ended" and "called off" mean for the type: a takeover that ends before it is done was
    called off; a supply deal, licence or stake that stops has ended (unless talks or a plan did)."""
    if rtype in (R.ACQUISITION, R.MERGER, R.INVESTMENT) and status is S.ENDED:
        return S.CALLED_OFF
    if rtype in (R.STAKE, R.SUPPLY, R.LICENSING, R.JOINT_VENTURE) and status is S.CALLED_OFF and \
            not re.search(r"talks|plan|bid|offer|proposal", sentence, re.I):
        return S.ENDED
    if rtype in (R.ACQUISITION, R.MERGER) and status is S.PROPOSED and L.SHAREHOLDER_VOTE.search(sentence) and \
            not L.CONTESTED.search(sentence):
        return S.AGREED  # "a special meeting to vote on the proposed merger": the boards have agreed it
    return status


def _status(sent, t, rtype: RelationType) -> tuple[Status, list[str]]:
    """The status a trigger's context states, and the words that state it."""
    near = [t]
    x = t
    for _ in range(5):
        if x.head.i == x.i or (x.dep_ == "prep" and x.lower_ in _TIME_PREPS) or \
                (x.dep_ in _CLAUSE_EDGES and not (x.dep_ == "relcl" and x.head.lemma_.lower() in _DEAL_DOCUMENTS)):
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
    settled: list[str] = []  # "the planned merger", "to complete the sale": agreed, still to be done
    for y in around:
        if y.lower_ == "off" and y.dep_ == "prt" and y.head.lemma_.lower() in ("spin", "sell", "pay", "sign"):
            continue  # "spun off" is done, not called off
        lemma = y.lemma_.lower()
        if lemma in L.CALLED_OFF and any(a.lemma_.lower() in L.UNDOES for a in list(y.ancestors)[:2]):
            continue  # "lifted an injunction blocking the merger"
        if lemma in L.OF_THE_TRIGGER and y.head.i != t.i:
            continue
        if y.lower_ in _MODALS and y.tag_ != "MD":
            continue
        if (lemma in L.IN_TALKS or y.lower_ in L.IN_TALKS) and _wanted(y):
            continue  # "its proposal to negotiate a merger", "interested in discussing": no talks yet
        if (lemma in L.COMPLETION and (y.tag_ == "VB" or any(
                c.dep_ in ("aux", "auxpass") and c.lower_ in _AHEAD for c in y.children))) or \
                (y.dep_ == "amod" and y.lower_ in L.SETTLED_MODIFIERS):
            settled.append(y.text)
            continue
        for w in (lemma, y.lower_):
            words.setdefault(w, y.text)
    # Every cue of each status, nearest the trigger first (the order of ``words``), never the
    # order of the vocabulary sets: that changes with each process's hash seed, and which cue is
    # seen decides the status ("signed a letter of intent in which X plans to buy Y").
    found: dict[Status, list[str]] = {S.AGREED: settled} if settled else {}
    if t.dep_ == "acl" and t.head.lemma_.lower() in ("agreement", "deal", "accord", "pact"):
        found[S.AGREED] = [t.head.text]  # "Chevron's agreement to buy Hess"
    elif t.dep_ == "compound" and rtype in _DEALS and t.head.lemma_.lower() in ("agreement", "accord", "pact"):
        found[S.AGREED] = [t.head.text]  # "interfered with Pennzoil's merger agreement with Getty"
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
            agreed = cue(S.AGREED, L.SETTLED)
            if status is S.PROPOSED and agreed:
                return S.AGREED, [agreed]
            return status, found[status][:1]
    # No cue: the verb's tense decides; a noun states what is.
    verb = next((y for y in near if y.pos_ in ("VERB", "AUX")), None)
    if verb is not None and any(c.lower_ in ("will", "'ll", "shall") for c in verb.children):
        return S.AGREED, ["will"]
    aux = next((c.text for c in verb.children if c.dep_ == "aux" and c.lower_ in L.UNDER_WAY), None) \
        if verb is not None and verb.i == t.i and t.tag_ == "VBG" and rtype in _DEALS else None
    if aux:
        return S.AGREED, [aux]
    return S.ACTIVE, []
