"""The words that set a relationship's status, name offices and tell companies apart.

Kept apart from the code that uses them so that they can be read (and argued
with) at a glance. Keys are spaCy lemmas, lower case.
"""

from __future__ import annotations

import re

from ..models import Status as S
from .vocab import classes, words

#: A month as news names it, whole or cut ("January", "Sept"): a part of patterns, not compiled.
MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")


#: Goods and commodities (``data/goods.txt``): bought, they are trade, not a takeover.
GOODS = words("goods")
#: What a company sells without selling itself (``data/parts.txt``): "certain assets of X".
PARTS = words("parts")
#: The head words of a works' name and the words before them that say what it makes or digs: a word a story
#: wrote opening such a name ("Unit One of the Perry Nuclear Power Plant") is that works when written alone
#: ("our investment in Perry"), no company.
SITE_HEADS = r"(?:Plant|Station|Mine|Field|Refinery|Reactor|Smelter)"
SITE_KINDS = r"(?:Nuclear|Power|Generating|Electric|Hydroelectric|Gas|Oil|Coal|Gold|Copper|Uranium)"
#: Properties a share is taken in, not a company (``data/property_words.txt``): "a working interest in the X field".
PROPERTIES = words("property_words")
#: Kinds of interest that are only ever in a property: "a 25 pct working interest".
#: What a share of a company's income is taken in (``data/income_words.txt``): "a 15 pct interest in net operating
#: profits derived from some Sonora properties" is a claim on earnings, no stake in a company.
INCOME = words("income_words")
PROPERTY_INTERESTS = {"working", "royalty", "overriding", "carried", "leasehold", "mineral", "participating"}

# The trigger tables (verbs and nouns that state each type) are registered by the relation
# families in ``relations/`` (``relations.triggers``), and the prefilter is derived from them.

# --- status cues: lemmas (or lower-cased words) near the trigger ---------------------------------
CALLED_OFF = {"abandon", "scrap", "drop", "withdraw", "block", "enjoin", "veto", "collapse", "fail", "off", "cancel", "lapse",
              "pull", "walk", "thwart", "kill", "break", "discontinue", "withdrawal", "unsuccessful",
              "unsuccessfully", "cancellation", "abandonment", "abort", "aborted"}
ENDED = {"dissolve", "end", "terminate", "stop", "expire", "unwind", "former", "formerly", "exit", "until",
         "resign", "oust", "step", "leave", "quit", "retire", "termination"}
#: Verbs by which a document states its terms ("the agreement calls for a 50-50 joint venture in London", "the
#: agreement provides for Navistar to provide technical knowledge"), and the nouns of terms only put forward
#: ("the proposal calls for its cable partners to receive warrants"): a deal or tie a document's terms call for is
#: at the document's stage, agreed (or proposed), not yet in force (``relations.status._called_for``).
CALLS_FOR = {"call", "provide"}
#: Verbs whose object is what a document's terms hold, told without "for" ("the deal involved News
#: International's acquisition of a 50 pct stake in X", "the agreement includes an initial purchase of 173 engines"):
#: read as ``CALLS_FOR`` is.
TERMS_HOLD = {"involve", "include", "envisage", "contemplate"}
TERMS_NOUNS = {"term", "terms", "agreement", "accord", "pact", "deal", "contract",
                "understanding", "arrangement", "letter", "memorandum"}
PROPOSED_TERMS = {"proposal", "offer", "plan", "bid"}
#: Verbs that end a tie told by its noun (``TIE_NOUNS``) as their object, and the company it was with after "with"
#: or "from": "In 1984 Toyota severed its ties with Delta Motor Corp, its local partner for more than 20 years"
#: ends the partnership the apposition describes (``relations.status.severed``).
SEVERS = {"sever", "cut"}
TIE_NOUNS = {"tie", "ties", "link", "links", "relationship", "relationships", "relation", "relations", "connection",
             "connections"}
#: Debts a deal is paid with: "retire bank debt incurred in the Aberford deal", "repay bank borrowings incurred in the
#: acquisition of McNeil Corp". Paid off, they end no deal; told run up in it (``RAN_UP``), they tell the deal done;
#: offered ("the debenture offer"), they are money borrowed, no bid.
DEAL_DEBTS = {"debt", "debts", "loan", "loans", "borrowing", "borrowings", "debenture", "debentures", "bond", "bonds",
              "note", "notes"}
#: The past participles that tell a debt run up or taken over in a deal: "debt incurred in", "the debt assumed in".
RAN_UP = {"incur", "assume"}
#: What an end word may take from a deal, or from around it, without ending it: "dropped certain conditions of
#: its offer", "withdrew its objection to the merger", "dropped its suit to block the takeover", and the debt a deal
#: ran up ("retire bank debt incurred in the Aberford deal": the debt is paid off, not the deal).
NOT_THE_DEAL = {"condition", "conditions", "opposition", "objection", "objections", "requirement", "provision",
                "clause", "contingency", "stipulation", "suit", "lawsuit", "injunction", "challenge", "restriction",
                "restrictions", "demand", "threat", *DEAL_DEBTS}
#: Verbs that call a deal off only with its stage as their object: "lost its bid for X to Z", "gave up its
#: attempt to buy X" (not "lost 10 mln dlrs on the purchase", "gave up 1/2 to 30").
GIVEN_UP = {"lose", "give"}
#: End words that a date may follow as a deadline ("the offer expires April 3", "the pact runs out in 1990").
RUNS_OUT = {"expire", "end", "lapse", "terminate"}
#: Words that put a tie in the past where they describe it: "Y, a former subsidiary of X", "X's onetime unit".
FORMER = {"former", "formerly", "onetime", "one-time", "erstwhile"}
#: Of ``CALLED_OFF``, words that say so only of the word they modify: "unsuccessfully bid" is a failed
#: bid, "unsuccessfully sought a delay in a tender offer" a failed delay.
OF_THE_TRIGGER = {"unsuccessful", "unsuccessfully"}
#: What undoes a block: "lifted an injunction blocking the merger" calls nothing off.
UNDOES = {"lift", "overturn", "reverse", "vacate", "quash", "dismiss"}
IN_TALKS = {"talk", "talks", "discussion", "discuss", "negotiate", "negotiation", "near", "nearing", "finalise",
            "finalize", "finalising", "finalizing", "memorandum", "mou"}
#: Of ``IN_TALKS``, the words that say talks only while the work is under way ("is finalising", "to
#: finalize the accord"); done ("finalized an agreement to sell", "finalized the sale of") the deal is settled.
FINALISING = {"finalise", "finalize"}
PROPOSED = {"offer", "bid", "proposal", "propose", "seek", "want", "plan", "intend", "consider", "weigh", "mull",
            "hostile", "unsolicited", "tender", "pursue", "pursuit", "study", "eye", "aim", "could", "might", "may",
            "potential", "possible", "interested", "explore"}
#: Of ``PROPOSED``, the words that say so only of a deal they take as object: "is exploring the sale of its
#: stake in Y", "will explore possible new joint ventures" (one party looking into a deal, no talks yet); not
#: "will explore and develop gold properties in a joint venture with Y" (the venture's own work).
LOOKED_INTO = {"explore"}
AGREED = {"agree", "sign", "announce", "approve", "clearance", "clear", "accept", "will", "would", "definitive",
          "letter", "back", "endorse", "recommend", "set", "shall", "award", "'ll", "win"}
#: Verbs that take over a company only as control of it won ("Allied-Lyons won control of Hiram Walker"): as
#: the trigger itself, "won" tells the takeover done, not a deal approved ("won clearance"). Not "wrest":
#: whom control is wrested "from" is a rival, no seller ("wrested control of Getty from Pennzoil").
CONTROL_WON = {"win", "gain", "assume", "seize"}
ACTIVE = {"complete", "close", "finish", "since", "own", "hold", "operate", "form", "formed", "launch", "create"}
#: Of ``ACTIVE``, the words that say a deal is done only once it is: "completed the sale" is done, "to
#: complete the merger", "would allow it to close" are still to come, so the deal is agreed.
COMPLETION = {"complete", "close", "finish"}
#: Of ``ACTIVE``, the words that say so only as verbs: "formed", "owns", "closed"; not "a long-form
#: application", "close ties", "its own unit", "put on hold", "complete control" (the noun says what it is).
ACTIVE_VERBS = ACTIVE - {"since"}
#: Of ``ENDED``, the words that say so only as verbs: "stepped down", not "were steps taken to improve".
ENDED_VERBS = {"step"}
#: Verbs that put a deal's completion off: "the closing of the sale was delayed", "postponed the completion
#: of its purchase" tell a deal agreed and not yet done (talks or a bid put off stay what they were).
DELAYS = {"delay", "postpone", "defer", "reschedule"}
#: Verbs that put a negotiator's initials to a text, short of signing it ("Pertamina has initialled a 20-year
#: contract", "an agreement was initialled"): agreed, not yet in force. As verbs only: "initial orders" are first ones.
INITIALLED = {"initial"}
#: Words that hang a deal on conditions still to be met ("the acquisition is subject to approval by
#: shareholders", "conditional on financing"): agreed, not yet done.
CONDITIONAL = {"subject", "conditional", "contingent"}
#: Verbs that turn down talks: "rejected merger talks with X", "rebuffed talks" call the talks off.
REJECTS = {"reject", "rebuff", "spurn", "refuse", "decline"}
#: Verbs of holding out against a deal others press for, and the nouns of their pressing: "analysts said Dome will
#: resist any moves to divest Encor" (the deal is pressed for, a proposal; the modal is the resisting's).
RESISTS = {"resist", "oppose", "fight", "thwart", "block"}
PRESSING = {"move", "attempt", "effort", "push", "pressure", "call"}
#: What a court or a regulator strikes a deal itself down with: "the Supreme Court overturned its proposed
#: acquisition of X" calls the deal off (said of a block, ``UNDOES``, they lift the block instead).
STRUCK_DOWN = {"overturn", "quash", "annul", "nullify", "invalidate", "void"}
#: A word before the trigger noun that tells a deal both sides settled: "the planned merger", "the
#: pending sale" (while "X plans to buy" is a proposal).
SETTLED_MODIFIERS = {"planned", "pending"}
#: An approval given is an approval ("gave final approval to the proposed acquisition", "has received
#: approval to acquire"), where one sought, pending, applied for or still to obtain is not yet: the nouns,
#: and the verbs that give them (done: ``relations.status``).
APPROVALS = {"approval"}
GIVEN = {"give", "grant", "receive", "win", "obtain", "get", "secure"}
#: Verbs that approve a deal told as a gerund under them: "the Commission has approved Transcapital acquiring
#: up to 45 pct of Astral" is agreed, done once approved (while "will approve" is not yet).
APPROVING = {"approve", "clear", "authorize", "authorise", "sanction", "permit"}
#: Cues that turn a proposal into an agreement: "approved the proposed merger", "the planned merger".
SETTLED = {"approved", "clearance", "approve", "agreed", "signed", "accepted", "backed", "endorsed", "recommended",
           "recommend", "recommends",  # "its board will recommend the takeover offer to shareholders"
           *SETTLED_MODIFIERS, *COMPLETION, *APPROVALS}
#: A deal told in the present progressive with no other cue is under way, not done: "Transworld is
#: selling Hilton International to UAL" (agreed), where "sold" or "the sale of" would be.
UNDER_WAY = {"is", "are", "'s", "'re"}
#: The same told in reported speech, its tense moved back: "Saatchi said it was buying Cleveland
#: Consulting" is "Saatchi: we are buying", agreed; only under a verb of saying (``REPORTING``), since
#: "was buying shares at the time" tells a past deal; nor when the saying is long past ("announced last
#: September that it was purchasing Western"), since the deal has moved on since.
UNDER_WAY_REPORTED = {"was", "were"}
#: Verbs of saying whose clause moves its tense back.
REPORTING = {"say", "add", "announce", "state", "report", "disclose", "tell"}
#: Words that date a saying long past: "announced last September", "said two months ago".
SAID_BEFORE = {"last", "ago", "earlier", "previously"}
#: Verbs that carry on what is: "will continue to furnish disk drives to Unisys", "would remain its
#: largest shareholder" tell a tie in effect, not one to come.
CONTINUING = {"continue", "remain", "keep"}
#: Verbs that change a holding: "would reduce its stake in X to 22 pct", "will raise its holding" tell
#: a change still to come of a stake held now, so the stake itself is active; so does a cap put on it ("agreed to
#: limit its ownership in CTS ... to not more than 35 pct": a standstill on a holding it has).
STAKE_CHANGES = {"raise", "increase", "boost", "lift", "reduce", "cut", "lower", "trim", "decrease", "pare",
                 "limit", "cap", "restrict"}
#: "As previously reported", "as reported earlier", "the previously reported sale of X": the wire's own
#: earlier story, not a rumour.
AS_REPORTED = re.compile(r"\b(?:as\s+(?:(?:previously|earlier|first|already)\s+)?|(?:previously|earlier|already)\s+)$",
                         re.I)
#: Phrases that say a report, not the companies, is the source.
RUMOUR_PHRASES = re.compile(
    r"\b(?:reportedly|according to (?:a |the |media )?(?:report|reports|sources|people|persons|a person|a source)|"
    r"(?:people|persons|a person|sources?) (?:familiar|close|briefed|with knowledge)|sources? said|"
    r"(?:is|are|was|were) said to|citing|unnamed sources|a source said|rumou?r|speculat(?!ors?\b)|"
    r"(?:reported|reports)\b(?! (?:a|its|their|the) (?:profit|loss|net|revenue|sales|earnings))|"
    # "A report on Cable News Network today said Sun Chemical has 4.9 pct of Outboard": a medium's word
    r"\ba (?:[a-z]+ )?report (?:on|in|by|from) [^.;,]{1,40}? said\b)",
    re.I,
)
#: A deal only guessed at by those who watch the market: "X is likely seeking to buy Y, analysts said" is
#: their surmise, a rumour, where "X offered to buy Y, analysts said" tells a bid; the hedges on the deal's
#: verb, and the watchers.
HEDGES = {"likely", "probably", "possibly", "apparently", "perhaps", "presumably"}
#: ... and the adjectives that hedge the deal's noun itself: "fending off a possible takeover by Henley Group,
#: analysts said" (what they expect Henley might do, not a bid it made).
HEDGING_ADJECTIVES = {"possible", "potential", "likely"}
#: Modal verbs that, on the deal's own verb, make what analysts say a guess: "analysts said X could bid for Y".
HEDGING_MODALS = {"could", "might", "may"}
MARKET_SAYS = re.compile(r"\b(?:analysts?|arbitrage(?:u?rs?)|traders?|dealers?|brokers?|observers?)\b[^.]{0,24}?"
                         r"\b(?:said|say|says|believe[sd]?|speculated?|think|thought|suggested|saying)\b", re.I)
#: Shares an offeror accepted under its tender ("had accepted about 2.3 mln shares under a tender offer")
#: are shares bought: the purchase is done, not only agreed.
TAKEN_UP = {"share", "stock"}
#: Verbs that keep a deal told under them from happening: "stop X buying a majority of Y", "prevent X from
#: acquiring Y", "barred X from buying" (when said as done, not only sought: ``relations.status``); of a
#: deal done once, never of a holding, which a stop to buying more ("prevents TWA from buying additional
#: shares of USAir": the words that make a purchase one of more) leaves as it is.
MORE = {"additional", "more", "further", "extra"}
PREVENTING = {"stop", "prevent", "bar", "block", "forbid", "prohibit", "ban"}
#: A deal's company that went to a buyer afterwards ("merger with Getty Oil, which was later taken over by
#: Texaco", "its bid for Safeway, which was later sold to a buyout group") was lost to the deal: the verbs
#: ("take" with "over"), and the words that put the sale after the deal.
TAKEN_OVER = {"acquire", "buy", "purchase", "sell", "take"}
#: Verbs and nouns by which a seller parts with what it holds: "sold", "divested", "unloaded its stake",
#: "offloaded its unit to X", "disposed of X", "the disposal of X". Whom it goes "to" buys it.
SELLS = {"sell", "divest", "sale", "unload", "offload", "dispose", "disposal"}
#: Words that make shares bought ones the company sells itself, new money put in (an investment, not only a
#: stake): "acquiring 600,000 newly issued shares", "will buy four mln unissued shares, or a 12 pct stake, of
#: Lifetime", "the buy of 2.4 mln Roach treasury shares" (shares it holds of its own, sold again).
NEW_SHARES = frozenset({"new", "newly", "unissued", "treasury"})
#: Verbs by which a buyer takes what it buys: "bought", "acquired", "purchased".
BUYS = frozenset({"buy", "acquire", "purchase"})
AFTERWARDS = {"later", "subsequently", "eventually", "ultimately", "afterwards", "since"}
#: News outlets: named in a sentence as its source, never as a party to it.
_OUTLETS = (r"Nikkei(?: Asia)?|Bloomberg(?: News)?|Reuters|(?:The )?Wall Street Journal|WSJ|Financial Times|FT|"
            r"(?:The )?Information|Kyodo(?: News)?|Yomiuri(?: Shimbun)?|Handelsblatt|CNBC|Les Echos|Le Figaro|"
            r"Dow Jones|Sky News|Axios|Semafor|(?:The )?New York Times|(?:The )?Washington Post|(?:The )?Economist")
MEDIA_OUTLET = re.compile(_OUTLETS, re.I)
#: "..., the Nikkei said" / "Bloomberg reported": a news outlet, not a party, is the source.
MEDIA_SAYS = re.compile(rf"\b(?:{_OUTLETS}|Journal|Times|newspaper|media)\b[^.]{{0,12}}\b(?:said|reported|reports|says)\b",
                        re.I)
#: Words that make the one who reports a news medium, not a company telling its own news: "the
#: official New China News Agency reported" (while "TWA reported holding 15 pct" is TWA's own word).
MEDIA_NOUN = re.compile(rf"\b(?:{_OUTLETS}|Journal|Times|newspaper|paper|daily|magazine|media|news|agency|"
                        r"press|radio|television|wire)\b", re.I)
NEGATION = re.compile(r"\b(?:no|not|never|n't|denied|denies|deny)\b[^.;]{0,40}?\b(?:plans?|talks?|interest|stake|"
                      r"intention|deal|agreement|discussions?|partnership|work together|bid|acquire|buy)", re.I)
#: Negotiations said not to be held: "he was not aware of any negotiations now under way toward the sale", "there
#: are no negotiations" (not "could not complete the negotiations", which tells talks that failed).
NO_NEGOTIATIONS = re.compile(r"\b(?:no|not\s+aware\s+of\s+any)\s+(?:\w+\s+)?negotiations?\b", re.I)
#: A question a speaker would not answer states nothing of what it asks: "declined to comment on whether
#: Chrysler was interested in acquiring control of Lamborghini", "would not say if ...".
NON_ANSWER = re.compile(r"\b(?:declined|refused|would not|wouldn't|did not|didn't|could not|couldn't|will not|won't)"
                        r"\s+(?:to\s+)?(?:comment|say|confirm|disclose|specify|speculate|elaborate)\b[^.;]{0,20}?"
                        r"\b(?:whether|if)\b", re.I)
#: Parties that decided against what they had under way called it off: "have mutually agreed not to pursue
#: further their talks on X's purchase of Y", "decided not to proceed with the merger".
#: So did a party that says it will not go on ("would not proceed with its proposed acquisition"), or that
#: could not agree ("was unable to reach agreement", "failed to reach an accord").
ABANDONED = re.compile(r"\b(?:(?:agreed|decided|chose|elected|voted|determined)\s+not\s+to|(?:would|will|did|does|do)"
                       r"\s+not)\s+(?:pursue|proceed|go ahead|continue|complete|consummate)\b|"
                       r"\b(?:failed|unable|could\s+not|couldn't)\s+(?:to\s+)?(?:agree\b|reach\s+(?:an?\s+)?"
                       r"(?:definitive\s+|final\s+)?(?:agreement|accord)|come\s+to\s+terms)|"
                       r"\bno\s+(?:deal|agreement)\s+was\s+reached\b", re.I)
#: A party bound for a span of years not to take a company over ("Great Western has agreed not to acquire or seek
#: to acquire any voting securities of Citadel or propose a merger with Citadel for five years", the terms of a
#: settlement) has given the takeover or merger up (``relations.status``: of a deal the words hold, only a takeover or
#: a merger). Not a cap on buying more of a holding ("agreed not to buy any more Bally stock ... for 10 years",
#: "agreed not to buy more shares of the company until a merger is completed"): the holding, and a merger agreed,
#: stand.
STANDSTILL = re.compile(r"\b(?P<cue>(?:agreed|agrees|undertook|undertakes|pledged|promised)\s+not\s+to)\s+"
                        r"(?!(?:[\w-]+\s+){0,3}?(?:more|additional|further)\b)"
                        r"(?:acquire|buy|purchase|seek|propose|make|launch|bid|solicit|try)\b[^.;]{0,200}?"
                        r"\bfor\s+(?:a\s+period\s+of\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+years\b",
                        re.I)
#: An approval asked for is not yet given: "an application by TWA for approval to take control of USAir", "its
#: application for FCC approval of its acquisition of control of GenCorp's broadcasting subsidiary", "dismiss TWA's
#: application for approval of the acquisition of USAir" tell a deal its applicant wants, at most proposed, never one
#: done (``relations.status``: read only of a deal where nothing else sets the status, not of a
#: share of a company, read as the stake its buyer holds meanwhile).
APPLIED_FOR = re.compile(r"\b(?:applications?|applied|apply|applying|applies|requests?|requested|petitions?|"
                         r"petitioned)\s+(?:[\w.'-]+\s+){0,6}?for\s+(?:[\w.'-]+\s+){0,2}?(?:approvals?|permission|"
                         r"authori[sz]ation|consent|clearance)\b[^.;]{0,100}?$", re.I)

# --- offices ----------------------------------------------------------------------------------------
#: A title as written: "vice president" and "deputy chairman" are titles of their own, never "President"
#: and "Chairman" (the base patterns do not match after "vice" or "deputy").
_NOT_DEPUTY = r"(?<!vice )(?<!vice-)(?<!vice - )(?<!deputy )(?<!assistant )(?<!associate )"
#: What a "chief" heads that makes him no chief executive: "Chief Economist", "chief investment strategist".
CHIEF_FIELDS = r"(?i:scientist|economist|strategist|engineer|counsel|architect|analyst|accountant|actuary|editor|" \
               r"correspondent|investment|technologist)s?"
TITLES: list[tuple[re.Pattern, str]] = [
    # "chief" alone only before a name or a comma: "Former General Electric chief Jack Welch" (not
    # "Chief Operating Officer", "Chief Investment Officer", "Chief Economist", "Chief Scientist",
    # "chief U.S. equity strategist", "chief EM economist": offices of their own)
    (re.compile(_NOT_DEPUTY + r"\b(?:chief executive(?: officer)?|ceo|head|boss|managing director|"
                r"chief(?!\s+[a-z]+\s+officer\b)(?!\s+(?:(?:[a-z]+|(?-i:[A-Z]\.){2,3}|(?-i:[A-Z]{2,4}))\s+){0,2}" + CHIEF_FIELDS + r"\b)"
                r"(?=\s+(?-i:[A-Z])|\s*,|\s*$))\b", re.I), "CEO"),
    (re.compile(_NOT_DEPUTY + r"\b(?:(?:executive |non-executive )?chair(?:man|woman|person)?)\b", re.I), "Chairman"),
    (re.compile(_NOT_DEPUTY + r"\bpresident\b", re.I), "President"),
    (re.compile(r"\b(?:chief financial officer|cfo)\b", re.I), "CFO"),
    (re.compile(r"\b(?:chief operating officer|coo)\b", re.I), "COO"),
    (re.compile(r"\b(?:deputy|vice)(?:[- ]| - )(?:chief executive(?: officer)?|ceo|managing director)\b", re.I), "Deputy CEO"),
    (re.compile(r"\bvice(?:[- ]| - )chair(?:man|woman|person)?\b", re.I), "Vice Chairman"),
    (re.compile(r"\bdeputy chair(?:man|woman|person)?\b", re.I), "Deputy Chairman"),
    # "SVP", "EVP", "E.V.P.": a headline's and a press release's abbreviations (upper case: "vp" is no word)
    (re.compile(r"\b(?:(?:senior |executive |group |first )?vice(?:[- ]| - )president|(?-i:[SE]?VP))\b|"
                r"(?<![\w.])(?-i:(?:[SE]\.\s?)?V\.\s?P\.)", re.I), "Vice President"),
    (re.compile(r"\bdeputy president\b", re.I), "Deputy President"),
]
#: Titles that rank as the chief executive's, for whose company an office is and which office of a list comes first,
#: but are shown as written: a British or Commonwealth firm's managing director heads it ("Adsteam's managing
#: director John Spalvins", "Fiat managing director Cesare Romiti"), but BP had several in 1987, and at Wall Street
#: and Japanese firms it is a rank ("a managing director of Merrill Lynch", "managing director of swaps for Morgan
#: Stanley", "Koichi Kimura, managing director of Daiwa Securities").
CEO_AS_WRITTEN = {"managing director"}
TITLE_ORDER = ["CEO", "Chairman", "President", "CFO", "COO", "Deputy CEO", "Vice Chairman", "Deputy Chairman",
               "Vice President", "Deputy President"]
#: (A leaving still ahead, "will step down", "plans to resign", "will retired at the meeting", leaves the
#: office held until then.) A removal is told done in the passive: "X, vice president, has been removed as an
#: officer", "was terminated as an employee"; not "removed 75 mln dlrs of goods from sale".
ROLE_ENDED = re.compile(r"(?<!\bwill )(?<!\bto )\b(?:former|formerly|ex-|stepped down|steps down|step down|"
                        r"resign(?:s|ed)?|ousted|retired|left|quit|until|fired|dismissed|"
                        r"(?:been|was|were)\s+(?:removed|terminated)(?=\s+(?:as|from)\b))\b", re.I)
#: Verbs of leaving an office, said of its holder as the sentence's subject: "John Brown, chairman of
#: Acme, resigned on Tuesday" ("step" only with "down"; "will retire" is a leaving still ahead).
#: One who "has died" has left every office he held ("Peter F. Culver, 42, senior vice president of its Morgan
#: Guaranty Trust Co subsidiary and general manager of ..., has died of an apparent heart attack").
ROLE_LEAVING = {"resign", "retire", "quit", "step", "die"}
#: What may stand between a name or a verb and the office it gives, as a pattern: an article and up to two
#: lower-case words ("who was elected the new chairman", "Z as executive vice president").
BEFORE_TITLE = r"(?:(?:the|a|an|its)\s+)?(?:(?-i:[a-z]+)\s+){0,2}"
#: Verbs of putting a holder out of office, said of the holder in the passive: "Raymond Montoya, vice president
#: of finance, has been removed as an officer"; "as" names no other office when it names only these.
ROLE_REMOVED = {"remove", "terminate", "dismiss", "fire", "oust", "discharge"}
ROLE_ANY_OFFICE = {"officer", "employee", "office", "post", "position", "duty", "job"}
#: A company's own bodies: "management board chairman X" is the company's chairman, where "central
#: bank Chair X" or "union president X" holds an office of the body the noun names.
COMPANY_ORGANS = {"board", "management", "supervisory", "executive", "company", "group", "firm"}
#: An office the person is still to take up: "he will become its chief executive", "its board will elect
#: in April John Johnstone as chief executive", "is to be named president", "will serve as chief operating
#: officer", "will be headed by X as chief executive" (read with the name left out; not "will be headed by X, its
#: president", an office held, nor "will continue to serve"), an adverb between the two words ("John Daly, would
#: then become chief executive officer of the combined company", "he will also become chairman"). Agreed, not
#: held yet.
ROLE_AHEAD = re.compile(r"\b(?:will|shall|is to|are to|is expected to|would)\s+(?:(?:\w+ly|then|also|later|soon|"
                        r"thereafter)\s+)?(?:be\s+)?(?:become|named|elected|"
                        r"appointed|elect|appoint|name|take over|assume|serve as|join|headed by\s+as)\b|"
                        # "Packer, who made the sale in January, will be a director of Bond Media": the office
                        # right after "will be" is one still to take
                        r"\b(?:will|shall)\s+be\s+(?:a|an)\s+$", re.I)

# --- entities ---------------------------------------------------------------------------------------
#: Words never a company's whole name (the lists of what is never a company are ``data/not_companies.tsv``).
NOT_COMPANY_EXACT = {"ceo", "cfo", "chairman", "president", "ev", "evs", "ai", "ipo", "pct", "dlrs", "mln", "inc",
                     "corp", "co", "ltd", "the company", "company", "group", "reuters",
                     # a pronoun or determiner opening a sentence: "That pronouncement encouraged analyst ..."
                     "that", "this", "these", "those", "it", "they", "we", "he", "she", "both", "each", "either",
                     "neither"}
#: What a company owns and may sell without selling itself: "its Y subsidiary", "Thales's rail signalling unit".
OWNED = {"subsidiary", "unit", "affiliate", "arm"}
#: ... and the nouns a named unit stands before, "division" too: "its Murray Printing Co unit", "Owner's Unit
#: division", "The units sold were A and B".
UNIT_NOUNS = frozenset(OWNED | {"division"})
#: Verbs that tell who founded a company, in the passive with the founder after "by" ("Cyacq Corp was formed by
#: Citicorp Capital Investors", "OII Holdings Corp, a company formed by Kohlberg Kravis Roberts and Co", "NMIC, set
#: up by DBP and PNB"): the firms that formed it own it, a parent and its subsidiary. "set" only with "up". Not
#: "created" nor "established", whose "by" is most often a rule's or a job's maker ("requirements established by").
FOUNDED = {"form", "found", "set"}
#: Verbs whose subject makes its own the unit it names after the noun: "VWR Corp said it has formed a new subsidiary,
#: Momentun Textiles", "Magna International Inc said it created a new wholly owned unit, Cosma International Inc".
#: "set" only with "up".
UNIT_FORMED = frozenset(FOUNDED | {"create", "establish", "organize", "organise"})
#: Nouns of a kind of firm that "parent" or "holding" makes another's owner: "its parent company", "X's holding
#: concern".
PARENT_FIRM_NOUNS = {"company", "firm", "corporation", "concern"}
#: Nouns that name a company as another's holder: "X's parent Y", "X, owner of all common shares of Y".
OWNER_NOUNS = {"owner", "parent", "shareholder", "holder", "stockholder"}
#: What a holder holds in a company and can sell on: "X's 13 pct stake in Y".
STAKE_NOUNS = {"stake", "interest", "holding", "shareholding"}
#: Words that may stand between "its" and the name of a company it owns: "its fully-owned Y", "its 51 pct owned Y".
OWNERSHIP_WORDS = {"wholly", "fully", "majority", "-", "owned", "pct", "percent", "%", "per", "cent", "<", "("}
#: Buying what a company does not yet own of another is taking it over: "the 45 pct of X it does not
#: already own" (or hold), "the remaining 49 percent stake", "the balance of X".
REST_OF = re.compile(r"\b(?:(?:does|do|did) not (?:already |yet )?(?:own|hold)|(?:doesn't|don't|didn't) (?:already |yet )?(?:own|hold)|"
                     r"not (?:already |yet )?(?:owned|held) by|remaining|the rest of|the balance of)\b", re.I)
#: A takeover of what the buyer does not hold yet: it holds the rest ("the 45 pct of X it does not
#: already own", "those not already owned by X", "the remaining 20 pct", "the rest of X's shares").
HELD_ALREADY = re.compile(r"\b(?:(?:does|do|did) not (?:already |yet )?(?:own|hold)|"
                          r"(?:doesn't|don't|didn't) (?:already |yet )?(?:own|hold)|not (?:already |yet )?(?:owned|held) by|"
                          r"remaining [\d.]+\s*(?:pct|percent|per cent|%)|remaining (?:shares|stock|stake|interest|equity)|"
                          r"(?:rest|balance) of [\w'’ .-]{0,40}?(?:shares|stock|stake|equity))\b", re.I)
#: Words for how much of a thing is bought: "most of the assets of X" (a part), "all of the assets" (X).
QUANTIFIERS = {"most", "some", "part", "much", "many", "half", "all", "certain", "several"}
#: What makes ownership taken a takeover: "took full ownership of X", "acquired sole control".
WHOLE = {"full", "complete", "total", "sole", "outright", "entire"}
#: A deal put to its shareholders' vote is one the boards agreed: "a special meeting to vote on the
#: proposed merger", "a shareholder meeting to consider the proposed merger into X"; unless it is contested
#: (and only where the meeting is on the deal: ``relations.status``).
SHAREHOLDER_VOTE = re.compile(r"\b(?:share|stock)holders?'?\s+(?:\w+\s+){0,6}?(?:meeting|vote|votes|voting)\b|"
                              r"\b(?:special|annual) meeting\b", re.I)
#: The words of such a vote, as the parse reads them.
VOTE_WORDS = {"meeting", "vote", "voting"}
#: What makes a deal before the shareholders a contest, not an agreement.
CONTESTED = re.compile(r"\b(?:hostile|unsolicited|tender|against|reject\w*|rival|proxy|oppos\w+)\b", re.I)
#: Nouns that make a merger a bid for one company: "a merger offer from X", "a merger proposal".
BID_NOUNS = {"offer", "proposal", "bid"}
#: Nouns that, as "the company" and nothing more, refer back to the company a story is about.
STORY_REFERENCES = {"company", "firm", "concern", "corporation"}
#: Words that make a description of a firm ("the ... retailer") another firm than one the story named:
#: "the other bank", "the acquiring company", "the combined carrier", "the two banks".
OTHER_FIRMS = {"other", "another", "rival", "both", "each", "either", "new", "combined", "merged", "merging",
               "acquiring", "acquired", "target", "parent", "holding", "former", "latter", "same", "surviving",
               "selling", "buying", "bidding", "second", "third", "foreign", "local", "state", "unnamed",
               "unidentified", "undisclosed", "private", "privately", "public", "listed", "resulting"}
#: Words that set one bid against another: the company that says them may be a bidder itself.
RIVAL_BIDS = re.compile(r"\b(?:rival\w*|compet\w*|counter\w*|match\w*|top(?:s|ped|ping)?|outbid\w*|better|"
                        r"higher|competing)\b", re.I)
#: Nouns for a group that acts through the companies it names: "an investor group including X and Y".
GROUPS = {"group", "consortium", "partnership", "investors", "firms", "companies"}
#: Nouns for a deal whose "to supply" clause says what it is: "inked a deal with X to supply batteries".
DEAL_NOUNS = {"deal", "agreement", "contract", "pact", "accord"}
#: The nouns a company's part is named with: "its Sunbeam appliance unit", "the Sadara venture".
PART_NAMES = OWNED | {"division", "business", "venture", "brand", "operation"}
#: Words before "partnership" that make it a legal form or a firm, not an alliance: "a limited
#: partnership", "a New York investment partnership", "master limited partnership interests".
PARTNERSHIP_FORMS = {"limited", "general", "master", "investment", "arbitrage", "private", "family", "law",
                     "accounting", "capital", "equity", "real", "estate", "tax", "public", "publicly"}
#: Agreements that tie no companies together: "a standstill agreement", "reached an agreement
#: resolving all differences", "an assistance agreement indemnifying X" (their kinds, and the verbs
#: that say what they are for).
NO_TIE_AGREEMENTS = {"standstill", "settlement", "assistance", "confidentiality", "credit", "loan", "lease",
                     "employment", "severance", "indemnity", "tax", "trade", "labor", "labour", "wage", "collective",
                     "non-compete", "voting", "peace", "union"}
#: Agreements to sell goods, which are supply, not an alliance: "a product supply agreement with X", "an
#: OEM agreement", "an original equipment manufacturer agreement" (their kinds), "an agreement to provide X
#: with workstations" (the verbs that say what they are for); who supplies whom the supply triggers read.
#: An engine maker's agreement "to power" a plane or "to install" its engine on one sells it engines; an
#: agreement "to distribute" another's goods has one side sell them ("a distribution agreement with Gandalf to
#: distribute its Mezza VoiceStation system"); so does one "to import" goods from another ("signed an agreement to
#: import 100,000 Mitsubishi small cars from MMC Sittipol") or "to incorporate" another's technology ("an agreement
#: to incorporate flexo printing technology into The Trentonian, an Ingersoll newspaper").
SUPPLY_AGREEMENTS = {"supply", "oem", "manufacturer", "purchase", "purchasing", "procurement"}
SUPPLY_PURPOSES = {"supply", "provide", "deliver", "furnish", "sell", "resell", "manufacture", "power", "distribute",
                   "install", "import", "export", "incorporate"}
#: "its agreement with Renault to assume AMC's debt": taking on another's debts is a term of a takeover,
#: no alliance of the two that agree it.
NO_TIE_PURPOSES = {"resolve", "settle", "end", "limit", "indemnify", "restrict", "drop", "dismiss", "waive", "avoid",
                   "assume"}
#: The nouns of a deal that buys a stake, which a stake told only by them ("X's purchase of a 13 pct stake in Y")
#: gets as its cue: ``graph.build`` reads it as a purchase named, not told done.
PURCHASE_NOUNS = frozenset({"purchase", "acquisition"})
#: What an offer of credit is for: "GMAC's offer to finance or lease a new Buick" offers buyers of goods a loan or a
#: lease, no bid (an agreement "to co-finance ten motion pictures with X" still ties its parties).
CREDIT_PURPOSES = {"finance", "refinance", "lease"}
#: Words that make a company's fund or plan its staff's savings: money "kept in the Hoover pension fund" is put
#: into no company.
PENSION_WORDS = {"pension", "retirement", "superannuation", "provident", "profit-sharing", "benefit"}
#: Verbs that say a deal made a company: "formed from the merger of A with B", "created by the merger".
FORMING = {"form", "create"}
#: What one company provides another that is no good or service sold (lemmas): "provide X with
#: information", "providing financing to X" (a loan is no supply, nor an investment).
NOT_SUPPLIED = {"information", "detail", "financing", "finance", "comment", "evidence", "proof", "document",
                "answer", "notice", "guidance", "assurance", "clarification", "opportunity", "loan", "credit",
                "projection", "forecast", "estimate"}
#: Words of a labour contract, its kind or who holds it: "Western's labor contracts", "the three unions
#: having contracts with Western" (a wage deal with a workforce, no supply).
LABOUR = {"labor", "labour", "wage", "collective", "employment", "union", "worker", "employee", "pilot", "machinist",
          "workforce"}
#: Words of a contest for work not yet won: "Boeing and Airbus are competing for a contract to supply Qantas".
#: Nouns that name a company by whom it competes with: "CFM rival IAE", "a competitor of X".
RIVAL_NOUNS = {"rival", "competitor", "challenger"}
CONTESTS = {"compete", "bid", "vie", "tender", "contend", "race", "competition", "contest", "bidding", "competitor"}
#: Words that say the contest was won: "Boeing beat Airbus in the competition for the order".
WINS = {"win", "beat", "award", "secure", "land", "clinch", "capture"}
#: Words of an order a court or a regulator gives: "the order, which was issued by the Court of Appeals".
RULINGS = {"court", "judge", "tribunal", "restraining", "injunction", "regulator", "commission"}
#: What a court or a jury awards (lemmas): "a jury has awarded 2.3 mln dlrs in punitive damages against X".
COURT_AWARDS = RULINGS | {"jury", "damage", "verdict", "judgment", "arbitrator"}
#: What a "combination" is a mix of when it pays: "a combination of Jiffy Lube securities" (lemmas).
PAYMENT = {"cash", "stock", "share", "security", "note", "debenture", "warrant", "bond", "preferred", "debt"}
#: What makes "buy" an analyst's rating, not a purchase: "a 'buy' rating", "a buy recommendation".
RATINGS = {"rating", "recommendation", "call", "target"}
#: Verbs of a broker's advice: "recommended buying X shares" is advice, no purchase.
ADVICE = {"recommend", "advise", "suggest", "urge"}
#: Descriptive references to companies already named.
PLURAL_REF = re.compile(r"\b(?:the (?:two|three) (?:[a-z-]+ ){0,3}?(?:companies|firms|groups|carmakers|automakers|"
                        r"giants|partners|rivals|airlines|carriers|railroads|retailers|insurers|brewers|lenders|"
                        r"thrifts|publishers|chipmakers|drugmakers|"
                        r"corporations|banks|sides)|both (?:companies|firms|groups|corporations|carmakers|automakers|"
                        r"sides)|the (?:companies|firms|carmakers|automakers))\b", re.I)
SHAREHOLDER_APPOS = re.compile(r"^,?\s*(?:its|their)\s+(largest|biggest|top|main|major|controlling|junior|senior|"
                               r"long-?time|strategic|key)?\s*(shareholder|owner|investor|partner|parent|ally)\b", re.I)
STATUS_ORDER = [S.CALLED_OFF, S.ENDED, S.IN_TALKS, S.RUMOURED, S.PROPOSED, S.AGREED, S.ACTIVE]


# --- how far a deal had come when it ended -------------------------------------------------------
#: Deal documents: a clause that tells what one says carries the signing's status ("signed a letter
#: of intent in which X plans to buy Y", "an agreement under which X will buy Y"); ended, they end
#: an agreement.
DEAL_DOCUMENTS = {"agreement", "letter", "intent", "accord", "pact", "deal", "contract", "memorandum",
                  "understanding"}
#: Nouns whose infinitive is a deal both sides settled: "an agreement to buy", "a general understanding
#: with Nippon Life to sell 13 pct", "its arrangement to sell" (while "a plan to sell" is a proposal).
SETTLING = {"agreement", "deal", "accord", "pact", "understanding", "arrangement"}
#: Words that carry a tie's document on past its term: "received a one-year 15 mln dlr renewal of its agreement to
#: provide Interleaf with workstations", "extended its licence agreement". A supply deal, a licence, an alliance or a
#: venture whose document is renewed or extended was in force and goes on: active, not an accord still to take
#: effect (``relations.status._renewed``).
RENEWING = {"renewal", "renew", "extension", "extend", "prolong", "prolongation"}
#: Signed documents that settle the deal told under them: "entered into a letter of intent for a proposed
#: business combination", "an agreement in principle on the proposed sale" tell a deal agreed.
SIGNED_DOCUMENTS = SETTLING | {"letter", "intent"}
#: Documents that only open the way to a deal: signed they settle it, but one still to be signed ("will sign
#: a letter of intent next month to form a partnership") leaves the parties in talks.
PRELIMINARY_DOCUMENTS = {"letter", "memorandum"}
#: Words of an attempt, offers too when ended: "an unsuccessful effort to acquire".
ATTEMPTS = {"attempt", "effort", "try", "approach", "overture", "pursuit"}


# The words of a deal's own noun that name the stage it was called off at ("the proposed merger", "the
# planned merger": ``data/ended_stage_words.tsv``), by stage.
_ENDED_STAGE = {S(cls): frozenset(ws) for cls, ws in classes("ended_stage_words").items()}


def stage_ended(cues: list[str]) -> S | None:
    """The stage a deal had reached when it ended, from an end's cues (the end word, then the noun it
    ended, see ``relations.status._ended``, or the word its deal is written with, ``ended_stage_words.tsv``):
    None when they do not say. A failed attempt ("an unsuccessful takeover", "unsuccessfully bid") was an offer."""
    if not cues:
        return None
    if cues[0].lower() in OF_THE_TRIGGER:
        return S.PROPOSED
    if len(cues) < 2:
        return None
    noun = cues[1].lower()
    stage = next((s for s, ws in _ENDED_STAGE.items() if noun in ws), None)
    if stage is not None:
        return stage
    if noun in IN_TALKS or noun.rstrip("s") in IN_TALKS:
        return S.IN_TALKS
    if noun in SETTLING or noun in DEAL_DOCUMENTS:
        return S.AGREED
    if noun in PROPOSED or noun.rstrip("s") in PROPOSED or noun.rstrip("s") in ATTEMPTS:
        return S.PROPOSED
    return None
