"""The words that state relationships, set their status, and name offices.

Kept apart from the code that uses them so that they can be read (and argued
with) at a glance. Keys are spaCy lemmas, lower case.
"""

from __future__ import annotations

import re

from ..models import RelationType as R
from ..models import Status as S

#: Verbs whose subject is the first company and whose object the second.
VERB_TRIGGERS: dict[str, R] = {
    "acquire": R.ACQUISITION, "buy": R.ACQUISITION, "purchase": R.ACQUISITION, "takeover": R.ACQUISITION,
    "merge": R.MERGER, "combine": R.MERGER,
    "invest": R.INVESTMENT, "fund": R.INVESTMENT, "back": R.INVESTMENT, "lead": R.INVESTMENT,
    "supply": R.SUPPLY, "provide": R.SUPPLY, "deliver": R.SUPPLY, "assemble": R.SUPPLY, "award": R.SUPPLY,
    "license": R.LICENSING, "licence": R.LICENSING,
    "sell": R.DIVESTMENT, "divest": R.DIVESTMENT, "spin": R.DIVESTMENT,
    "own": R.STAKE, "hold": R.STAKE, "control": R.STAKE,
    "partner": R.ALLIANCE, "collaborate": R.ALLIANCE, "cooperate": R.ALLIANCE, "team": R.ALLIANCE,
    "co-develop": R.ALLIANCE, "codevelop": R.ALLIANCE, "work": R.ALLIANCE, "develop": R.ALLIANCE,
    "join": R.ALLIANCE, "ally": R.ALLIANCE, "take": R.ACQUISITION, "order": R.SUPPLY,
    "make": R.SUPPLY, "build": R.SUPPLY, "produce": R.SUPPLY, "manufacture": R.SUPPLY,
}
#: A verb trigger that needs a word beside it: "team up", "work together/with", "spin off".
VERB_NEEDS = {
    "team": {"up"}, "work": {"together", "with", "jointly"}, "develop": {"jointly", "together", "co"},
    "join": {"forces"}, "spin": {"off"}, "lead": {"round", "funding", "investment", "injection"}, "back": {"startup"},
    "take": {"private"}, "make": {"for"}, "build": {"for"}, "produce": {"for"}, "manufacture": {"for"},
    "hold": {"stake", "percent", "pct", "%", "share", "shares", "interest", "holding", "majority"},
    "combine": {"business", "businesses", "unit", "units", "operation"},
}

NOUN_TRIGGERS: dict[str, R] = {
    "acquisition": R.ACQUISITION, "purchase": R.ACQUISITION, "takeover": R.ACQUISITION, "take-over": R.ACQUISITION,
    "buyout": R.ACQUISITION, "pursuit": R.ACQUISITION, "bid": R.ACQUISITION, "offer": R.ACQUISITION,
    "buy": R.ACQUISITION,
    "merger": R.MERGER, "combination": R.MERGER,
    "investment": R.INVESTMENT, "investor": R.INVESTMENT, "backer": R.INVESTMENT, "injection": R.INVESTMENT,
    "funding": R.INVESTMENT, "round": R.INVESTMENT,
    "stake": R.STAKE, "interest": R.STAKE, "ownership": R.STAKE, "holding": R.STAKE, "shareholder": R.STAKE,
    "owner": R.STAKE, "parent": R.STAKE, "shareholding": R.STAKE, "cross-shareholding": R.STAKE, "share": R.STAKE,
    "supplier": R.SUPPLY, "customer": R.SUPPLY, "contract": R.SUPPLY, "order": R.SUPPLY,
    "licence": R.LICENSING, "license": R.LICENSING, "licensing": R.LICENSING,
    "sale": R.DIVESTMENT, "divestment": R.DIVESTMENT, "spin-off": R.DIVESTMENT, "spinoff": R.DIVESTMENT,
    "partnership": R.ALLIANCE, "partner": R.ALLIANCE, "alliance": R.ALLIANCE, "collaboration": R.ALLIANCE,
    "cooperation": R.ALLIANCE, "tie-up": R.ALLIANCE, "agreement": R.ALLIANCE, "deal": R.ALLIANCE,
    "venture": R.JOINT_VENTURE, "jv": R.JOINT_VENTURE,
}
#: Generic nouns ("deal", "agreement", "contract", "offer", "share", "interest"...) that state a
#: relationship only when nothing more specific in the sentence does, or with a figure beside them.
WEAK = {"agreement", "deal", "contract", "share", "interest", "round", "offer", "buy", "holding",
        "develop", "work", "provide", "deliver", "lead", "back", "control", "hold", "combine", "join", "award",
        "pursuit", "order", "make", "build", "produce", "manufacture"}
#: "make chips for X": the company after "for" is the customer.
MAKES_FOR = {"make", "build", "produce", "manufacture"}
#: Weak as nouns only: "a buy recommendation" says nothing, "agreed to buy" does.
STRONG_VERBS = {"buy"}
#: "talks", "discussions" name no type: with two companies and nothing more specific, they are an alliance.
TALKS = {"talk", "talks", "discussion", "negotiation", "discuss", "negotiate"}

#: Cheap first pass: a sentence can hold a relationship only if one of these stems is in it.
TRIGGER_RE = re.compile(
    r"\b(?:acqui|buy|bought|purchas|take-?over|takeover|buyout|bid|offer|merg|combin|invest|fund|back|supplie|"
    r"suppl|spun|"
    r"(?:mak|made|buil|produc|manufactur)\w*\b[^.]{0,40}\bfor\b|"
    r"provid|deliver|assembl|licen[cs]|sell|sold|sale|divest|spin|own|hold|stake|interest|sharehold|control|"
    r"partner|collaborat|cooperat|co-?operat|team|work|co-?develop|develop|join|alli|venture|jv|deal|agreement|"
    r"contract|customer|tie-up|talks|discuss|negotiat|award|led|lead|round|pursu|order|inject|private|parent|"
    r"ceo|chief|chair|president|head|founder|director|executive|boss|officer)",
    re.I,
)

# --- status cues: lemmas (or lower-cased words) near the trigger ---------------------------------
CALLED_OFF = {"abandon", "scrap", "drop", "withdraw", "block", "veto", "collapse", "fail", "off", "cancel",
              "pull", "walk", "thwart", "kill", "break", "discontinue"}
ENDED = {"dissolve", "end", "terminate", "stop", "expire", "unwind", "former", "formerly", "exit", "until",
         "resign", "oust", "step", "leave", "quit", "retire"}
IN_TALKS = {"talk", "talks", "discussion", "discuss", "negotiate", "negotiation", "near", "nearing", "finalise",
            "finalize", "finalising", "finalizing", "explore", "memorandum", "mou"}
PROPOSED = {"offer", "bid", "proposal", "propose", "seek", "want", "plan", "intend", "consider", "weigh", "mull",
            "hostile", "unsolicited", "tender", "pursue", "pursuit", "study", "eye", "aim", "could", "might", "may",
            "potential", "possible", "interested"}
AGREED = {"agree", "sign", "announce", "approve", "clearance", "clear", "accept", "will", "would", "definitive",
          "letter", "back", "endorse", "recommend", "set", "shall", "award", "'ll", "win"}
ACTIVE = {"complete", "close", "finish", "since", "own", "hold", "operate", "form", "formed", "launch", "create"}
#: Phrases that say a report, not the companies, is the source.
RUMOUR_PHRASES = re.compile(
    r"\b(?:reportedly|according to (?:a |the |media )?(?:report|reports|sources|people|persons|a person|a source)|"
    r"(?:people|persons|a person|sources?) (?:familiar|close|briefed|with knowledge)|sources? said|"
    r"(?:is|are|was|were) said to|citing|unnamed sources|a source said|rumou?r|speculat|"
    r"(?:reported|reports)\b(?! (?:a|its|their|the) (?:profit|loss|net|revenue|sales|earnings)))",
    re.I,
)
#: News outlets: named in a sentence as its source, never as a party to it.
_OUTLETS = (r"Nikkei(?: Asia)?|Bloomberg(?: News)?|Reuters|(?:The )?Wall Street Journal|WSJ|Financial Times|FT|"
            r"(?:The )?Information|Kyodo(?: News)?|Yomiuri(?: Shimbun)?|Handelsblatt|CNBC|Les Echos|Le Figaro|"
            r"Dow Jones|Sky News|Axios|Semafor|(?:The )?New York Times|(?:The )?Washington Post|(?:The )?Economist")
MEDIA_OUTLET = re.compile(_OUTLETS, re.I)
#: "..., the Nikkei said" / "Bloomberg reported": a news outlet, not a party, is the source.
MEDIA_SAYS = re.compile(rf"\b(?:{_OUTLETS}|Journal|Times|newspaper|media)\b[^.]{{0,12}}\b(?:said|reported|reports|says)\b",
                        re.I)
NEGATION = re.compile(r"\b(?:no|not|never|n't|denied|denies|deny)\b[^.;]{0,40}?\b(?:plans?|talks?|interest|stake|"
                      r"intention|deal|agreement|discussions?|partnership|work together|bid|acquire|buy)", re.I)

# --- offices ----------------------------------------------------------------------------------------
#: A title as written: "vice president" and "deputy chairman" are titles of their own, never "President"
#: and "Chairman" (the base patterns do not match after "vice" or "deputy").
_NOT_DEPUTY = r"(?<!vice )(?<!vice-)(?<!deputy )(?<!assistant )(?<!associate )"
TITLES: list[tuple[re.Pattern, str]] = [
    # "chief" alone only before a name or a comma: "Former General Electric chief Jack Welch"
    (re.compile(_NOT_DEPUTY + r"\b(?:chief executive(?: officer)?|ceo|head|boss|managing director|"
                r"chief(?=\s+(?-i:[A-Z])|\s*,|\s*$))\b", re.I), "CEO"),
    (re.compile(_NOT_DEPUTY + r"\b(?:(?:executive |non-executive )?chair(?:man|woman|person)?)\b", re.I), "Chairman"),
    (re.compile(_NOT_DEPUTY + r"\bpresident\b", re.I), "President"),
    (re.compile(r"\b(?:chief financial officer|cfo)\b", re.I), "CFO"),
    (re.compile(r"\b(?:chief operating officer|coo)\b", re.I), "COO"),
    (re.compile(r"\b(?:deputy|vice)[- ](?:chief executive(?: officer)?|ceo|managing director)\b", re.I), "Deputy CEO"),
    (re.compile(r"\bvice[- ]chair(?:man|woman|person)?\b", re.I), "Vice Chairman"),
    (re.compile(r"\bdeputy chair(?:man|woman|person)?\b", re.I), "Deputy Chairman"),
    (re.compile(r"\b(?:senior |executive |group |first )?vice[- ]president\b", re.I), "Vice President"),
    (re.compile(r"\bdeputy president\b", re.I), "Deputy President"),
]
TITLE_ORDER = ["CEO", "Chairman", "President", "CFO", "COO", "Deputy CEO", "Vice Chairman", "Deputy Chairman",
               "Vice President", "Deputy President"]
ROLE_ENDED = re.compile(r"\b(?:former|formerly|ex-|stepped down|steps down|step down|resign(?:s|ed)?|ousted|"
                        r"retired|left|quit|until|fired|dismissed)\b", re.I)
ROLE_REPLACED = re.compile(r"\b(?:replac(?:es|ed|ing)|succeed(?:s|ed|ing)|took over from)\s+$", re.I)

# --- entities ---------------------------------------------------------------------------------------
#: Words never a company's whole name (the lists of what is never a company are ``data/not_companies.tsv``).
NOT_COMPANY_EXACT = {"ceo", "cfo", "chairman", "president", "ev", "evs", "ai", "ipo", "pct", "dlrs", "mln", "inc",
                     "corp", "co", "ltd", "the company", "company", "group", "reuters"}
#: What a company owns and may sell without selling itself: "its Y subsidiary", "Thales's rail signalling unit".
OWNED = {"subsidiary", "unit", "affiliate", "arm"}
#: The nouns a company's part is named with: "its Sunbeam appliance unit", "the Sadara venture".
PART_NAMES = OWNED | {"division", "business", "venture", "brand", "operation"}
#: Descriptive references to companies already named.
PLURAL_REF = re.compile(r"\b(?:the (?:two|three) (?:[a-z-]+ ){0,3}?(?:companies|firms|groups|carmakers|automakers|"
                        r"giants|partners|"
                        r"corporations|banks|sides)|both (?:companies|firms|groups|corporations|carmakers|automakers|"
                        r"sides)|the (?:companies|firms|carmakers|automakers|partners))\b", re.I)
SHAREHOLDER_APPOS = re.compile(r"^,?\s*(?:its|their)\s+(largest|biggest|top|main|major|controlling|junior|senior|"
                               r"long-?time|strategic|key)?\s*(shareholder|owner|investor|partner|parent|ally)\b", re.I)
STATUS_ORDER = [S.CALLED_OFF, S.ENDED, S.IN_TALKS, S.RUMOURED, S.PROPOSED, S.AGREED, S.ACTIVE]
