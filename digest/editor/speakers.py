"""Who is who in an article: names, the roles printed with them, and whom a pronoun means.

Words are tokens (quotation marks and dashes are tokens of their own); a name is a run of
capitalised words (`Joris van Aken`, `Mei-Ling Sato`, `J.R. Doe`) with titles split off its front
(`CEO Di Maker`, `Dr. Helen Marchetti`). The people of an article are the names it uses as
people; a surname or first name alone refers back to them. A role is read only in the forms the
press prints it, each bounded by punctuation, and never past a verb or a relative clause:

- `FIRM's ROLE, NAME,` and `the ROLE, NAME,` (a phrase with a comma before the name);
- `NAME, the FIRM ROLE,` / `NAME, ROLE at FIRM,` (an apposition after it);
- `FIRM ROLE NAME` (`Pillbox chief executive Kofi Mensah-Larbi`);
- `NAME is the ROLE at FIRM` (an introduction).

A pronoun goes to the nearest person named before it whom it can mean: not to a firm or a place,
not to someone the article shows to be of the other gender (Mr/Ms, the pronouns used of them
elsewhere); where two people are equally near, nobody.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


SPEECH_VERBS = _set(
    """
    said says say told tells added adds explained explains noted notes wrote writes stated
    states argued argues continued continues recalled recalls remarked remarks observed observes
    commented comments declared declares asked asks answered answers replied replies insisted
    insists claimed claims warned warns predicted predicts acknowledged acknowledges admitted
    admits emphasized emphasizes emphasised emphasises stressed stresses suggested suggests
    concluded concludes announced announces posted posts tweeted tweets mentioned mentions
    quote-posted reposted
    quipped quips joked jokes cautioned cautions conceded concedes countered counters
    elaborated elaborates responded responds confirmed confirms reflected reflects summarized
    summarizes summarised summarises describes described calls called complained complains
    boasted boasts promised promises vowed vows urged urges pleaded pleads
    apologised apologises apologized apologizes testified testifies reiterated reiterates
    objected objects protested protests recounted recounts corrected corrects interjected
    interjects retorted retorts interrupted interrupts opined opines mused muses asserted
    asserts contended contends
    thanked praised criticised criticized accused accuses
    saying stating adding noting writing explaining arguing declaring telling warning insisting
    concluding quipping recalling remarking observing commenting predicting acknowledging
    admitting emphasizing emphasising stressing suggesting cautioning conceding responding
    confirming reflecting posting tweeting
    """
)
# Verbs of speech in two words (`pointed out`, `hit back`): the verb, and its particle.
PHRASAL_SPEECH = {
    **dict.fromkeys(("point", "points", "pointed", "pointing"), "out"),
    **dict.fromkeys(("spell", "spells", "spelled", "spelt"), "out"),
    **dict.fromkeys(("weigh", "weighs", "weighed", "chime", "chimes", "chimed"), "in"),
    **dict.fromkeys(("sum", "sums", "summed", "follow", "follows", "followed"), "up"),
    **dict.fromkeys(("hit", "hits", "shot", "fired", "fires"), "back"),
    # a judge's or a tribunal's finding (`the judge found that the firm had treated … ‘…’`)
    **dict.fromkeys(("found", "finds", "ruled", "rules", "held", "holds"), "that"),
}


def phrasal_speech(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] a verb of speech in two words (`pointed out`, `weighed in`, `hit back`,
    `found that`)?"""
    tok = toks[k]
    particle = PHRASAL_SPEECH.get(tok.low)
    if particle is None or not tok.core.islower() or tok.trailing or k + 1 >= len(toks):
        return False
    if toks[k + 1].low == particle:
        return True
    if tok.low not in ("sum", "sums", "summed"):
        return False
    # `summed the affair up on Mastodon as “…”`: the object between the verb and `up`
    for j in range(k + 1, min(len(toks), k + 4)):
        if toks[j].low == "up":
            return True
        if not toks[j].core.islower() or toks[j].trailing or toks[j].is_mark:
            return False
    return False


# Verbs that introduce a quote only with a colon (`Zhao put it more simply:`).
COLON_VERBS = _set("put puts replied answered responded wrote")
SUBJECT_PRONOUNS = {"he": "m", "she": "f", "they": ""}
POSSESSIVE_PRONOUNS = {"his": "m", "her": "f", "their": ""}
_CLAUSE_AFTER_OBJECT = frozenset(("whether", "if", "why", "how", "what", "when", "where", "that"))
_GENDERED = {
    **dict.fromkeys(("he", "his", "himself"), "m"),
    **dict.fromkeys(("she", "hers", "herself"), "f"),
}
OBJECT_PRONOUNS = {"him": "m", "her": "f"}
HONORIFICS = {
    **dict.fromkeys(("mr", "sir", "lord", "baron", "alhaji", "sheikh"), "m"),
    **dict.fromkeys(
        ("ms", "mrs", "miss", "dame", "lady", "baroness", "alhaja", "hajia", "sister"), "f"
    ),  # (`Sister NAME`: a nun's or a senior nurse's styling)
    **dict.fromkeys(("dr", "prof", "professor", "mx", "rev", "rt", "hon", "engr"), ""),
    **dict.fromkeys(("revd", "reverend", "canon"), ""),  # a cleric's styling (`the Rt Revd NAME`)
    **dict.fromkeys(("honour", "honor"), ""),  # `Her Honour Judge NAME`: a judge's styling
    **dict.fromkeys(("maître", "maitre"), ""),  # a French lawyer's or notary's styling
}  # `Judge`, `Councillor`, `Senator`, `Sen.`, `Captain` name an office: roles (ROLE_WORDS);
# `Rt Hon`, `The Rt Hon`, `Hon.` are honorifics, like `Sir`, `Dame`, `Alhaji`, `Sheikh` and
# `Engr.` (a Nigerian engineer's title, dropped as `Dr` is)
ROLE_WORDS = _set(
    """
    ceo cto cfo coo cio ciso cso cpo cmo vp svp evp md president vice chief executive director
    founder co-founder cofounder chairman chairwoman chair chairperson head analyst professor
    senator representative governor minister secretary commissioner spokesperson spokesman
    spokeswoman manager officer lead leader maintainer researcher scientist engineer partner
    editor reporter principal chancellor vice-chancellor mayor judge attorney lawyer counsel
    solicitor economist strategist architect fellow dean investor author developer advocate
    owner member creator consultant adviser advisor expert correspondent columnist host
    councillor councilor organiser organizer designer lecturer archivist physician surgeon
    doctor nurse pharmacist forecaster teacher superintendent captain trustee treasurer
    administrator coordinator contributor writer producer inventor entrepreneur farmer driver
    pilot chef artist musician activist campaigner volunteer resident inspector investigator
    auditor regulator official planner banker trader broker clerk librarian curator historian
    physicist chemist biologist statistician mathematician technician mechanic operator
    practitioner purser
    dispatcher firefighter detective sergeant lieutenant colonel commander ambassador diplomat
    envoy negotiator underwriter actuary accountant programmer moderator commentator critic
    anchor presenter journalist blogger podcaster businessman businesswoman industrialist
    councilwoman councilman councilmember assemblymember assemblywoman assemblyman alderman
    lawmaker legislator congressman congresswoman candidate
    vet veterinarian farrier plumber electrician carpenter butcher fisherman fisherwoman
    shopkeeper voter publican hairdresser barber carer tutor surveyor optician optometrist
    physiotherapist chiropractor dietitian nutritionist zookeeper gamekeeper beekeeper ranger
    warden janitor caretaker postman postwoman policeman policewoman soldier sailor landlord
    landlady welder crofter vintner winemaker brewer florist jeweller jeweler tailor blacksmith
    stonemason roofer glazier gardener groundsman greenkeeper jockey trainer breeder herdsman
    stockman auctioneer realtor paralegal notary locksmith linguist
    steward midwife paramedic dentist therapist psychologist psychiatrist epidemiologist
    virologist radiologist pathologist student undergraduate postgraduate pupil schoolboy
    schoolgirl headteacher provost headmaster headmistress deputy
    rector vicar priest rabbi curate chaplain deacon archdeacon pastor modeller modeler
    imam bishop president-elect premier chancellor-elect supervisor foreman instructor coach
    director-general secretary-general attorney-general solicitor-general inspector-general
    auditor-general governor-general surveyor-general registrar-general
    comedian comic actor actress singer novelist poet filmmaker photographer composer dancer
    athlete footballer player librarian barrister prosecutor vlogger
    referee umpire manager-elect agent publicist publisher recruiter pundit broadcaster promoter
    grandmaster champion mp mep msp sen rep gov coun constable cllr supt insp sgt det
    justice magistrate coroner sheriff registrar ombudsman arbitrator adjudicator
    td mla mpp mlc mhk mna
    midfielder goalkeeper goalie defender striker winger fullback full-back playmaker scout
    quarterback pitcher bowler batter batsman wicketkeeper capt
    picker packer sorter courier labourer laborer cashier waiter waitress bartender machinist
    docker storeman warehouseman delegate convenor convener
    harbourmaster harbormaster dockmaster portmaster postmaster postmistress stationmaster
    quartermaster paymaster yardmaster schoolmaster schoolmistress housemaster housemistress
    bandmaster choirmaster ringmaster
    translator interpreter subtitler churchwarden verger sexton sacristan
    deckhand farmhand stagehand crewman crewwoman skipper trawlerman boatswain bosun
    franchisee franchisor licensee trainee apprentice retiree postdoc post-doc pensioner
    neurologist oncologist cardiologist dermatologist haematologist hematologist immunologist
    pharmacologist toxicologist geneticist anaesthetist anesthetist anaesthesiologist
    anesthesiologist gastroenterologist nephrologist endocrinologist rheumatologist
    ophthalmologist urologist neuroscientist neurosurgeon paediatrician pediatrician
    obstetrician gynaecologist gynecologist microbiologist biochemist meteorologist geologist
    ecologist seismologist hydrologist climatologist oceanographer sociologist anthropologist
    archaeologist criminologist
    """
)
# An office's title or abbreviation → the noun an article uses for its holder on later
# reference (`Justice NAME` … `the judge wrote`; `Sen. NAME` … `the senator`).
OFFICE_NOUNS = {
    "justice": "judge",
    "magistrate": "judge",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "cllr": "councillor",
    "coun": "councillor",
    "councilor": "councillor",
    "supt": "superintendent",
    "insp": "inspector",
    "sgt": "sergeant",
    "det": "detective",
    "td": "deputy",
}


def office_nouns(role: str) -> frozenset[str]:
    """The nouns a role's holder may be called by later: its office words before any
    preposition (`mayor` of `mayor of Leeds`, not `regulator` of `counsel for the regulator`)
    and what a title or abbreviation stands for (`judge` of `Justice`)."""
    found: set[str] = set()
    for word in role.lower().replace("’", "'").split():
        word = word.strip(".,;:")
        if word in PREPOSITIONS:
            break  # `counsel for the regulator` is no regulator
        if word in ROLE_WORDS:
            found.add(word)
            if word in OFFICE_NOUNS:
                found.add(OFFICE_NOUNS[word])
    return frozenset(found)


ROLE_MODIFIERS = _set(
    """former retired acting interim deputy senior junior lead chief head principal associate
    assistant executive managing general founding staff regional national global local
    federal foreign provincial shadow visiting outgoing incoming consulting supervising
    presiding reigning governing"""
)
# Capitalised words that start sentences or name dates, not people.
STOP_WORDS = _set(
    """
    the a an in on at for but and or nor if as it its this that these those we i he she they
    you our his her their my your now then when while after before since however moreover
    meanwhile also still yet so such most many some both each every according over under from
    to of with by what why how who where which yeah yes no not there here despite although
    though because instead indeed even just only once until unless whether all any other
    another few more much one two three first second last next new today tomorrow yesterday
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december q a speaking asked
    """
)
# Words that make a capitalised name a firm or an institution rather than a person.
FIRM_WORDS = _set(
    """
    foundation inc inc. corp corp. corporation co co. ltd ltd. llc plc asa ag gmbh sa labs lab
    research institute university college school group company cloud stack technologies
    technology tech systems partners capital ventures association council commission agency
    department ministry ai azure aws google microsoft meta amazon apple nvidia openai anthropic
    ibm intel amd oracle deepmind linux pytorch kubernetes overflow fund bank network networks
    media software services solutions robotics motors studios center centre board committee
    office union house senate congress parliament court guild alliance health insurance
    securities analytics energy digital data mutual pharmacies airlines air bureau club project
    program programme library authority authorities tribunal regulator chamber hospital
    infirmary clinic hospice games academy high producers growers employers retailers
    manufacturers publishers broadcasters insurers lenders exporters importers distributors
    suppliers
    """
)
# Places, platforms and publications: never a speaker (`wrote on X`, `in Las Vegas`).
PLACE_WORDS = _set(
    """
    city county state province street road avenue valley bay river lake island coast north
    south east west northern southern eastern western san los las santa kingdom republic
    america europe asia africa hall
    x twitter linkedin bluesky mastodon threads instagram facebook tiktok reddit youtube
    substack medium discord telegram whatsapp github
    times post news journal wire courier gazette ledger herald tribune chronicle review weekly
    daily magazine press newswire prnewswire
    """
)
NOT_PERSON_WORDS = FIRM_WORDS | PLACE_WORDS
# Nouns a phrase names a firm by (`the company, Stillwater Sense,`, `a seed-stage fund`).
FIRM_NOUNS = _set(
    """
    company firm start-up startup business maker manufacturer provider developer operator
    chain retailer supplier vendor platform app service brand charity nonprofit non-profit
    agency lab laboratory consultancy fund club team union association group outlet publisher
    newspaper network carrier airline bank insurer watchdog
    """
)
PREPOSITIONS = _set("of at for from in on with by to into via about near than like alongside")
ABBREVIATIONS = _set("mr mrs ms mx dr prof sen rep gov coun st jr sr vs etc no capt rev engr")
RELATIVES = _set("who which that whose whom where when while")
_WEEKDAYS = _set("monday tuesday wednesday thursday friday saturday sunday")
TIME_WORDS = (
    _set("on last this earlier later yesterday today tonight during after before since when while")
    | _WEEKDAYS
)
_DAYS = _WEEKDAYS | _set(
    "january february march april may june july august september october november december"
)
_OCCASIONS = _set(
    """statement interview email e-mail note post letter call video podcast tweet memo blog
    message briefing conference speech"""
)
_PARTICLES = _set(
    "de da di du del della der den van von ter la le bin al el st. ap ó ní ibn dos das arap"
    " binti bint ferch 't ’t e y"
)
# Particles that give a father's name after a person's own (`Nur Aisyah binti Rahman`, `Rhys ap
# Gruffudd`): the name before them is what the article calls the person later (`Nur Aisyah`).
_PATRONYMICS = _set("bin binti bint ibn ap ferch")
MAX_NAME_WORDS = 5
# A surname printed with its particle in lower case and joined to it (`al-Hashimi`, `el-Sayed`,
# `d’Souza`): a name's word after a capitalised one.
JOINED_PARTICLE = re.compile(
    r"(?:al|el|ad|as|an|ar|at|az|ash|bin|ibn|abu|d|l)[-'’][A-Z][\w’'-]{0,40}"
)
# The noun of an Irish surname after `Mac an`/`Nic an`, capitalised or with its initial
# mutation in lower case (`tSaoir`, `Bhaird`, `tSionnaigh`).
_IRISH_MUTATED = re.compile(r"(?:(?:t|n|h|m|b|d|g)-?)?[A-ZÁÉÍÓÚ][\w’'-]{1,40}")
# Words that stand before a name as a title though they name no office: `Passenger Ingvild
# Haugen`, `Customer Jane Doe`.
TITLE_NOUNS = frozenset(
    """passenger customer shopper voter patient parent viewer user reader listener tenant
    commuter visitor guest spectator attendee delegate caller diner""".split()
)
_AUTHORSHIP = frozenset(("author", "authors", "writer", "creator", "contributor"))
# Words a `ROLE, NAME` phrase does not reach back across.
_ROLE_BOUNDS = frozenset(
    ("alongside", "with", "by", "to", "and", "from", "is", "was", "are", "were", "be", "been")
)
# Conjunctions that open a clause the office is the subject of (`The mood shifted when the
# mill's finance director, NAME, …`): the office starts after them.
_CLAUSE_OPENERS = frozenset(
    "when whenever while whilst as after before because once until though although whereas".split()
)
MAX_ROLE_WORDS = 14

_CHUNK = re.compile(r"[^\s—–―]+|[—–―]")
_LEADING = frozenset("“\"„«‘'")
_TRAILING = frozenset('”"»')
MARKS = frozenset('“”"„«»‘’')
DASHES = frozenset(("—", "–", "―", "-", "--"))
_EDGE_PUNCT = "([{'‘’\"“”)]},.;:!?…—–-*_"
_SENTENCE_END = re.compile(r"[.!?…][)\]’'\"”]*$")
# `J.`, `J.R.`, and a given name's old abbreviation in the middle of a name (`Gareth Ll. Pritchard`,
# `Wm.`, `Thos.`; a capital with an accent or a stroke, `Marit Ø. Haugland`): dots that end no
# sentence
_INITIALS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ]\.){1,3}|(?:Ll|Wm|Chas|Thos|Jas|Robt|Edw|Benj|Jos)\.")


@dataclass(frozen=True, slots=True)
class Tok:
    """A word of a paragraph, and what is read of it, worked out once when it is made."""

    start: int
    end: int
    raw: str
    core: str  # without edge punctuation and a possessive's 's
    low: str  # core, lower case
    trailing: str  # punctuation after the word (',' in `Doe,`), initials' own dots excepted
    possessive: bool
    ends_sentence: bool
    is_mark: bool
    is_dash: bool


def _tok(start: int, end: int, raw: str) -> Tok:
    if raw.isalnum():  # most words: nothing around them to read
        return Tok(start, end, raw, raw, raw.lower(), "", False, False, False, False)
    return Tok(start, end, raw, *_read(raw))


@lru_cache(maxsize=4096)
def _read(raw: str) -> tuple[str, str, str, bool, bool, bool, bool]:
    """What is read of a word with punctuation: worked out once for each spelling (a page of
    quotation marks or of `said,` repeats a few)."""
    core = raw.strip(_EDGE_PUNCT)
    for suffix in ("’s", "'s"):
        if core.endswith(suffix):
            core = core[: -len(suffix)]
            break
    bare = raw.rstrip(",.;:!?")
    possessive = bare.endswith(("’s", "'s")) or (bare.endswith(("s’", "s'")) and len(bare) > 2)
    initial = "." in raw and (is_initial(raw) or raw.rstrip(".").lower() in ABBREVIATIONS)
    if initial:
        trailing = raw[len(raw.rstrip(",;:")) :]
    else:
        trailing = raw[len(raw.rstrip(',.;:!?)]”’"…')) :].replace("’", "").replace("”", "")
    # `(D-Calif.)`, `(Reuters)`: a word in parentheses of its own ends no sentence
    aside = raw.startswith("(") and raw.endswith(")")
    ends = not initial and not aside and bool(_SENTENCE_END.search(raw))
    return core, core.lower(), trailing, possessive, ends, raw in MARKS, raw in DASHES


def is_initial(raw: str) -> bool:
    """`E.`, `J.R.`, `U.S.` (also with a trailing comma): dots that do not end a sentence."""
    return bool(_INITIALS.fullmatch(raw.rstrip(",;:")))


def tokens(text: str) -> list[Tok]:
    """Words, with quotation marks at their edges and dashes as tokens of their own.

    A single closing mark stays on its word (`councils’`, `Kadeworks'`): it may be a possessive's.
    """
    found: list[Tok] = []
    for match in _CHUNK.finditer(text):
        start, end = match.span()
        while start < end and text[start] in _LEADING and text[start:end] != "'t":
            found.append(_tok(start, start + 1, text[start]))
            start += 1
        if text.startswith("--", start) and start + 2 < end and text[start + 2].isalpha():
            found.append(_tok(start, start + 2, "--"))  # `--Name (role)`: a dash, then a name
            start += 2
        trailing: list[Tok] = []
        while end > start and (
            text[end - 1] in _TRAILING
            or (text[end - 1] in "’'" and end - 2 >= start and text[end - 2] in ",.!?;:…")
        ):
            trailing.append(_tok(end - 1, end, text[end - 1]))
            end -= 1
        if start < end:
            found.append(_tok(start, end, text[start:end]))
        found.extend(reversed(trailing))
    for k in range(len(found) - 1):
        tok = found[k]
        if tok.ends_sentence and tok.low in _CLOCK and found[k + 1].raw[:1].islower():
            # `shortly before 11 p.m. with a promise:`: the clock's dots, not a sentence's end
            found[k] = replace(tok, trailing="", ends_sentence=False)
    return found


_CLOCK = frozenset(("a.m", "p.m"))


def sentence_ids(toks: Sequence[Tok]) -> list[int]:
    """The sentence each token is in (0, 1, ...): a sentence ends after a word ending in `.!?…`."""
    ids = []
    current = 0
    for tok in toks:
        ids.append(current)
        if tok.ends_sentence:
            current += 1
    return ids


def _name_word(tok: Tok) -> bool:
    first = tok.raw[:1]
    if not (first.isupper() or (first in _EDGE_PUNCT and tok.raw[1:2].isupper())):
        return False  # the common case, decided cheaply
    if is_initial(tok.raw):
        return True
    core = tok.core
    if len(core) < 2 or not core[0].isupper():
        return False
    # (a combining mark, `Adébáyọ̀`'s grave over a dotted o, is part of its letter)
    letters = all(ch.isalpha() or ch in "-’'." or _combining(ch) for ch in core)
    return letters and any(c.islower() for c in core)


def _combining(ch: str) -> bool:
    return "\u0300" <= ch <= "\u036f"  # the combining diacritical marks


def brand(tok: Tok) -> bool:
    """A name printed in a brand's capitals (`eKo`, `iQ`, `dataOS`): a firm's or a product's
    name though it starts in lower case."""
    core = tok.core
    return (
        len(core) > 1
        and core[0].islower()
        and any(ch.isupper() for ch in core[1:])
        and all(ch.isalnum() or ch == "-" for ch in core)
    )


@dataclass(frozen=True)
class Run:
    """A capitalised name in a paragraph: its tokens, and the title printed in front of it."""

    first: int  # token index of the name's first word
    last: int  # token index of the name's last word (inclusive)
    name: str
    title: str | None  # "CEO" in "CEO Di Maker"; honorifics are not titles
    gender: str  # from an honorific: "m", "f" or ""
    words: int
    lead: int = -1  # token index where the run starts, titles and honorifics included


def runs(toks: Sequence[Tok]) -> list[Run]:
    """Every capitalised name in `toks`, with titles and honorifics split off its front."""
    found: list[Run] = []
    i = 0
    n = len(toks)
    while i < n:
        if not _name_word(toks[i]):
            i += 1
            continue
        j = i
        nickname: set[int] = set()
        while j + 1 < n and j - i < MAX_NAME_WORDS + 5 and not toks[j].trailing:
            if toks[j].possessive and not _plural_in_name(toks, j):
                break
            following = toks[j + 1]
            if _name_word(following) and not following.raw.startswith("("):
                j += 1  # (`Carla Diaz (D-Calif.)`: the party is no part of the name)
            elif JOINED_PARTICLE.fullmatch(following.core) and not following.raw.startswith("("):
                j += 1  # `Farida al-Hashimi`: a surname's particle printed in lower case
            elif (
                following.raw.lower() in _PARTICLES
                and j + 2 < n
                and _name_word(toks[j + 2])
                and not following.trailing
            ):
                j += 2
            elif (  # `Joost van der Wiel`, `María de la Cruz`
                following.raw.lower() in _PARTICLES
                and j + 3 < n
                and toks[j + 2].raw.lower() in _PARTICLES
                and _name_word(toks[j + 3])
                and not following.trailing
                and not toks[j + 2].trailing
            ):
                j += 3
            elif (  # `Siobhán Mac an tSaoir`: an Irish surname's article and mutated noun
                toks[j].low in _IRISH_PREFIXES
                and following.low == "an"
                and not following.trailing
                and j + 2 < n
                and _IRISH_MUTATED.fullmatch(toks[j + 2].core)
            ):
                j += 2
            elif (words := _nickname(toks, j + 1)) and not nickname:  # `Jonah “JT” NAME`
                marks = 2 if toks[j + words + 2].is_mark else 1  # (`‘Ally’`: one token)
                nickname.update(range(j + 1, j + words + 1 + marks))
                j += words + 1 + marks
            else:
                break
        run = _make_run(toks, i, j, nickname)
        if run is not None and not _listed_in_institution(toks, i):
            found.append(_office_of(toks, run) or run)
        i = j + 1
    return found


_MEMBERS_BODIES = frozenset("alliance union federation association guild league society".split())


def _past_trade(toks: Sequence[Tok], k: int) -> bool:
    """`… and a former club physiotherapist,`: after `a former`, up to three lower-case words,
    the last an office's word or an agent noun that ends the apposition."""
    for j in range(k, min(len(toks), k + 3)):
        tok = toks[j]
        if not tok.core.isalpha() or not tok.core.islower() or tok.low in STOP_WORDS:
            return False
        if tok.trailing or tok.ends_sentence:
            ended = tok.trailing in (",", ".", ";") or tok.ends_sentence
            return ended and (_role_word(tok.low) or _agentive([tok]))
    return False


def _plural_in_name(toks: Sequence[Tok], j: int) -> bool:
    """`Transit Workers’ Alliance`, `Allied Teachers' Federation`: a plural possessive inside
    a body's name (its members' word, then the body's), not a possessive ending a name."""
    raw = toks[j].raw
    if not raw.endswith(("s’", "s'")) or raw.endswith(("’s’", "'s'")) or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    return nxt.core[:1].isupper() and nxt.low in _MEMBERS_BODIES


def _listed_in_institution(toks: Sequence[Tok], i: int) -> bool:
    """Do the capitalised words at toks[i] close the list of what an institution is for
    (`the Example Centre for Food, Farming and Rural Life`): `and` before them, capitalised
    items with a comma between them before that, and `for`/`of`/`on` after an institution's
    word (`Centre`, `Department`)? Then they are no one's name."""
    if i < 3 or toks[i - 1].low != "and" or toks[i - 1].trailing:
        return False
    comma = False
    for j in range(i - 2, max(-1, i - 14), -1):
        tok = toks[j]
        if tok.low in ("for", "of", "on") and not tok.trailing:
            head = toks[j - 1] if j > 0 else None
            return comma and head is not None and head.low in FIRM_WORDS and not head.trailing
        if not tok.core[:1].isupper() or tok.is_mark or tok.ends_sentence:
            return False
        if tok.trailing and tok.trailing != ",":
            return False
        comma = comma or tok.trailing == ","
    return False


_DEPARTMENTS = frozenset(
    """state finance defense defence health education justice energy research engineering
    product design marketing policy security strategy technology development infrastructure
    staff safety compliance quality risk legal trust experience welfare safeguarding""".split()
)


_OFFICE_JOINS = frozenset(("of", "for", "and", "the"))


def _office_of(toks: Sequence[Tok], run: Run) -> Run | None:
    """`Senior Vice President of Operations Birgitta Ahlgren`: the words after `of` up to a
    department's last word (plural, or one of a few: `State`, `Finance`) are the office's, at
    least one of them, and at least two words are left for the person's name."""
    lead = run.lead if run.lead >= 0 else run.first
    # (a modifier split off the run's front is the portfolio's first word: `for Global
    # Partnerships NAME`, `of Regional Operations NAME`; an office or honorific is not)
    modifiers = all(toks[k].low in ROLE_MODIFIERS for k in range(lead, run.first))
    if run.words < 3 or lead < 2 or (run.title and not modifiers):
        return None
    the = toks[lead - 1].raw == "the" and lead >= 3 and toks[lead - 2].raw in ("of", "for")
    if toks[lead - 1].raw not in ("of", "for", "and") and not the:  # `Chair of the Board NAME`
        return None
    # The office's capitalised word before it, across its other words (`Minister for Trade
    # and Industry NAME`, `Minister of State for Digital Development and Information NAME`)
    start = lead - 2
    portfolio = toks[lead - 1].raw != "and"  # (`the President and Mary Ann Jones`: two people)
    listed = toks[lead - 1].raw == "and"  # `of Economy, Trade and Industry NAME`
    while start > 0 and lead - start < 12:
        tok = toks[start]
        in_list = listed and tok.trailing == "," and not _office_word(tok.low)
        if (tok.trailing and not in_list) or not (
            tok.core[:1].isupper() or tok.raw in _OFFICE_JOINS
        ):
            return None
        if _office_word(tok.low) and tok.core[:1].isupper():
            break
        portfolio = portfolio or tok.raw in ("of", "for")
        start -= 1
    office = toks[start]
    if not portfolio:
        return None  # `and` joins an office's portfolios only after its `of` or `for`
    if _named_between(toks, start, lead):
        return None  # `Professor NAME of the Example Institute`: a titled person and a body
    if office.trailing or not _office_word(office.low) or not office.core[:1].isupper():
        return None
    while start > 0 and lead - start < 14:
        tok = toks[start - 1]
        under = tok.raw == "Under" and toks[start].low.startswith("secretary")
        if tok.trailing or not tok.core[:1].isupper() or (tok.low in STOP_WORDS and not under):
            break  # (`Under Secretary for Industry and Security NAME`: `Under` is the office's)
        if tok.low in SPEECH_VERBS:
            break
        start -= 1
    first = lead + 1
    for k in range(lead + 1, run.last - 1):  # `of Grid Services`, `of Investor Relations`
        if toks[k].low.endswith("s") or toks[k].low in _DEPARTMENTS or _abstract(toks[k].low):
            first = k + 1
        elif toks[k].low in _PLACE_KINDS and k > lead:
            first = k + 1  # `Governor of Machakos County NAME`: the place's kind ends it
        elif toks[k].low in _ASSEMBLIES and toks[k - 1].low in _PLACE_KINDS:
            first = k + 1  # `Member of County Assembly NAME`: the place's assembly too
    name = " ".join(tok.core for tok in toks[first : run.last + 1])
    title = " ".join(tok.core + ("," if tok.trailing == "," else "") for tok in toks[start:first])
    return Run(first, run.last, name, title, run.gender, run.last - first + 1, start)


# Endings of abstract nouns, which name a portfolio (`Poverty Reduction`, `Skills
# Development`, `Digital Citizenship`), never a person's first name.
_ABSTRACT = re.compile(r"[a-z]{3,}(?:tion|sion|ment|ship|ness|ism)")


def _abstract(low: str) -> bool:
    return _ABSTRACT.fullmatch(low) is not None


def _office_word(low: str) -> bool:
    """An office's word, or one joined to a prefix by a hyphen (`Vice-Minister`)."""
    return low in ROLE_WORDS or ("-" in low and low.rsplit("-", 1)[1] in ROLE_WORDS)


_ORDINALS = frozenset(
    """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth""".split()
)
_SCHOOL_YEARS = frozenset(("grader", "former"))


# A parent described by their children's number before the name (`Mother-of-three NAME`,
# `Grandfather-of-seven NAME`): a description printed as a title, the role as printed.
_PARENT_OF = re.compile(
    r"(?:great-)?(?:grand)?(?:mother|father|mum|mom|dad|parent)-of-"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
)


def title_compound(low: str) -> bool:
    """A title of hyphenated words before a name: an office with a modifier on either side
    (`Director-general`, `Secretary-General`, `Vice-Minister`, `Deputy-Governor`), or a pupil's
    year (`Eighth-grader`, `Sixth-former`, `10th-grader`)."""
    if "-" not in low:
        return False
    if _PARENT_OF.fullmatch(low):  # `Mother-of-three NAME`, `Father-of-two NAME`
        return True
    parts = low.split("-")
    if len(parts) == 3 and parts[1] == "in" and parts[2] in ("charge", "chief"):
        return parts[0] in ROLE_WORDS  # `Investigator-in-charge`, `Editor-in-chief`: one office
    if len(parts) == 2 and parts[1] in _SCHOOL_YEARS:
        head = parts[0]
        return head in _ORDINALS or bool(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", head))
    return any(part in ROLE_WORDS for part in parts) and all(
        part in ROLE_WORDS or part in ROLE_MODIFIERS or part in ("co", "vice", "ex", "pro")
        for part in parts
    )


def _nickname(toks: Sequence[Tok], k: int) -> int:
    """A nickname in quotation marks between a first name and a surname, from toks[k]: its
    number of words (up to three: `Mads “The Wall” Thygesen`), 0 if none."""
    if not toks[k].is_mark:
        return 0
    for n in (1, 2, 3):
        if k + n + 2 >= len(toks):
            return 0
        word = toks[k + n]
        # (`Tobiah “tobs” NAME`: in lower case too)
        if not word.core[:1].isalpha() or not word.core.replace(".", "").isalpha():
            return 0
        if word.trailing or word.is_mark:
            return 0
        if n > 1 and not word.core[:1].isupper():
            return 0  # (a nickname of more words is capitalised: `The Wall`)
        if toks[k + n + 1].is_mark:
            return n if _name_word(toks[k + n + 2]) else 0
        if toks[k].raw == "‘" and word.raw.endswith("’") and _name_word(toks[k + n + 1]):
            return n  # `Alasdair ‘Ally’ NAME`: the closing mark printed on the nickname's word
    return 0


_PEERAGES = frozenset(("lord", "lady", "baron", "baroness"))


# Words that end a title after its office (`Professor Emeritus`, `Bishop Emerita`).
_POSTPOSITIVE = frozenset(("emeritus", "emerita"))


# `Professor NAME`, `Prof. NAME`: a title printed before the name (the role where the article
# prints no other office), where `Dr` stays an honorific
_ACADEMIC = frozenset(("professor", "prof"))


def _alone(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] not the end of an office printed before it (`Deepfake researcher Prof.
    NAME`, `Faculty adviser Prof. NAME`: that office is the role, the title an honorific)?"""
    if k == 0:
        return True
    before = toks[k - 1]
    if before.trailing or before.ends_sentence:
        return True
    # (`Consumer protection specialist Prof. NAME`: an agent noun in lower case is an office)
    return not _role_word(before.low) and not (before.core.islower() and _occupation(before))


def _academic(title: str) -> bool:
    return title.lower().rstrip(".") in _ACADEMIC


_PERIODS = frozenset(("week", "month", "year", "weekend", "morning", "afternoon", "evening"))


# Capitalised words that open a question or a letter, never a name's first word (`Did Sieve
# make mistakes?`, `Dear Nervous,`); not `Will` or `Can`, which are given names.
_OPENERS = _set("did does is are was were has have had could would should dear")


_IMPERATIVES = frozenset("Read See Watch Listen Visit Download".split())


# Months that are also given names: `said June Whitcombe`, `says April Okoro`.
_MONTH_NAMES = _set("april may june august")


def _month_given_name(toks: Sequence[Tok], words: Sequence[int]) -> bool:
    """Is a month's name a given name here: right after a verb of speech, before a surname
    (`said June Whitcombe-Ray, a retired teacher,`), not a date (`said June 3`)?"""
    k = words[0]
    if toks[k].low not in _MONTH_NAMES or len(words) not in (2, 3) or k == 0:
        return False
    if toks[k - 1].low not in SPEECH_VERBS or toks[k - 1].trailing or toks[k].trailing:
        return False
    return all(toks[w].low not in STOP_WORDS and toks[w].core[:1].isupper() for w in words[1:])


def _under_office(toks: Sequence[Tok], words: Sequence[int]) -> bool:
    """`Under Secretary for Industry and Security NAME`: `Under` opens the office's title, no
    stop word before a name."""
    if len(words) < 3 or toks[words[0]].raw != "Under" or toks[words[0]].trailing:
        return False
    return toks[words[1]].low in ("secretary", "secretary-general")


def _initial_in_name(toks: Sequence[Tok], words: Sequence[int]) -> bool:
    """`A. J. Maitland`, `I. M. Pei`: a capital with its dot before more of a name is an
    initial, not the article `A` nor the pronoun `I` (which never take a dot)."""
    return len(words) > 1 and is_initial(toks[words[0]].raw) and toks[words[0]].raw.endswith(".")


def _make_run(toks: Sequence[Tok], i: int, j: int, skip: set[int] | None = None) -> Run | None:
    words = [k for k in range(i, j + 1) if not skip or k not in skip]
    while words and (
        (
            toks[words[0]].low in STOP_WORDS
            and not _month_given_name(toks, words)
            and not _under_office(toks, words)
            and not _initial_in_name(toks, words)
        )
        or toks[words[0]].low in SPEECH_VERBS
        or (toks[words[0]].low in _OPENERS and len(words) > 1)
    ):
        words.pop(0)
    per = len(words) > 1 and toks[words[0]].raw == "Per" and toks[words[-1]].possessive
    if per and (words[0] == 0 or toks[words[0] - 1].ends_sentence):
        words.pop(0)  # `Per NAME’s own figures, …`: the preposition opening a sentence
    bidden = len(words) > 1 and toks[words[0]].raw in _IMPERATIVES
    if bidden and (words[0] == 0 or toks[words[0] - 1].ends_sentence):
        words.pop(0)  # `Read NAME’s report at …`: a link's bidding, the verb no part of a name
    lead = words[0] if words else i
    title_words: list[int] = []
    gender = ""
    while len(words) > 1:
        low = toks[words[0]].low.rstrip(".")
        if low in _GIVEN_OFFICES and len(words) == 2 and title_words:
            break  # `Operator Dean Pritchard`: after an office, `Dean` and one word is a name
        if low in HONORIFICS and len(words) > 2 and toks[words[1]].low in _POSTPOSITIVE:
            title_words.extend(words[:2])  # `Professor Emeritus NAME`: a title, not an honorific
            words = words[2:]
            continue
        if low in _PEERAGES and len(words) == 2:
            gender = gender or HONORIFICS[low]
            break  # `Baroness Okonjo-Wrey`: a peer's title before a surname alone is the name
        modifiers = all(toks[t].low in ROLE_MODIFIERS for t in title_words)
        if (
            low in _ACADEMIC
            and len(words) > 2
            and modifiers
            and _alone(toks, title_words[0] if title_words else words[0])
        ):
            # `Professor NAME`, `Associate Professor NAME`: a title, the role where no other
            title_words.append(words[0])
        elif low in HONORIFICS and (low != "canon" or len(words) > 2):
            gender = gender or HONORIFICS[low]  # (`Canon NAME SURNAME`; `Canon` alone a firm)
        elif (
            low not in ROLE_WORDS
            and low not in ROLE_MODIFIERS
            and low not in TITLE_NOUNS
            and not title_compound(low)  # `Director-general NAME`, `Eighth-grader NAME`
        ):
            if (
                not (title_words and low in _POSTPOSITIVE)
                and not _ranked_office(toks, title_words, words)
                and not _learned_occupation(toks, title_words, words)
            ):  # (`Bishop Emeritus NAME`, `Deputy Ombud NAME`, `Astronomer NAME`)
                break
            title_words.append(words[0])
        else:
            title_words.append(words[0])
        words.pop(0)
    # `Chief Technology Officer Yannick Dufresne`: an office in capitals ends at its last
    # role word, and the name follows it.
    office = [p for p, k in enumerate(words[:-1]) if toks[k].low in ROLE_WORDS]
    if office and len(words) > 2 and not any(toks[k].low in ROLE_WORDS for k in words[-2:]):
        cut = office[-1] + 1
        if all(toks[k].core[:1].isupper() for k in words[:cut]):
            title_words.extend(words[:cut])
            words = words[cut:]
    inside = _after_inner_title(toks, words)
    if inside is not None:  # `Audiologist Dr. Femi Okoro`, `Democratic Sen. Ann Lee`
        cut, honorific = inside
        title_words.extend(words[: cut + (0 if honorific else 1)])
        gender = gender or HONORIFICS.get(toks[words[cut]].low.rstrip("."), "")
        words = words[cut + 1 :]
    if not words or sum(toks[k].low not in _PARTICLES for k in words) > MAX_NAME_WORDS:
        return None
    if all(toks[k].low in STOP_WORDS for k in words):
        return None
    last = toks[words[-1]]
    if len(words) > 1 and last.low in _WEEKDAYS:
        return None  # `Advent Sunday`, `Easter Monday`: a day, never a person
    if len(words) == 1 and (is_initial(last.raw) or last.low in ROLE_WORDS):
        return None
    name = " ".join(toks[k].core if k == words[-1] else toks[k].raw for k in words)
    if is_initial(last.raw):
        name = " ".join(toks[k].raw.rstrip(",;:") for k in words)
    title = " ".join(_title_word(toks[k]) for k in title_words) or None
    return Run(words[0], words[-1], name.strip(), title, gender, len(words), lead)


# Offices' words that are given names too (`Dean`): after another office, with one word after
# them, a first name.
_GIVEN_OFFICES = frozenset(("dean",))


# What kind of place closes an office's `of PLACE` (`Governor of Machakos County`).
_PLACE_KINDS = frozenset("county province district region state borough parish".split())


# A place's elected body after its kind (`Member of County Assembly NAME`).
_ASSEMBLIES = frozenset(("assembly", "council", "parliament"))


# Ranks that are said only of an office (`Deputy Ombud`, `Acting Bursar`, `Vice Provost`).
_RANKS = frozenset(
    """deputy acting vice assistant associate interim chief senior principal""".split()
)


def _ranked_office(toks: Sequence[Tok], title_words: Sequence[int], words: Sequence[int]) -> bool:
    """Is words[0] an office the vocabulary lacks, after a rank that is said only of an office
    (`Deputy Ombud NAME`, `Acting Bursar NAME`): a plain capitalised word right after the rank,
    with a name of two words at least after it?"""
    if not title_words or toks[title_words[-1]].low.rstrip(".") not in _RANKS:
        return False
    if title_words[-1] + 1 != words[0] or len(words) < 3:
        return False
    tok = toks[words[0]]
    if tok.trailing or tok.possessive or not tok.core.isalpha() or not tok.core[:1].isupper():
        return False
    low = tok.low
    if low in STOP_WORDS or low in _PARTICLES or low in HONORIFICS or low in _PEERAGES:
        return False
    return all(_name_word(toks[k]) for k in words[1:])


# A learned occupation's ending, never a given name's (`Astronomer`, `Conservator`,
# `Cartographer`, `Seismologist`, `Statistician`, `Botanist`).
_LEARNED = re.compile(r"[a-z]{3,}(?:ologist|onomer|ographer|ician|ator|ist)")


# Learned occupations of no such ending, taken as a title only before a name of two words
# (`Academic NAME SURNAME`): as an adjective (`academic biology`) they are no office.
# A nationality's noun in `-man`/`-woman` (`Frenchman NAME`, sports pages' way of introducing
# a player) is never a given name either: kept as the description printed before the name.
_NATIONALS = ("french", "dutch", "english", "irish", "scots", "welsh", "manx", "cornish")
_LEARNED_NOUNS = frozenset(
    ("academic", *(f"{people}{sex}" for people in _NATIONALS for sex in ("man", "woman")))
)


def _learned_occupation(
    toks: Sequence[Tok], title_words: Sequence[int], words: Sequence[int]
) -> bool:
    """Is words[0] a learned occupation the vocabulary lacks, printed as a title before a name
    of two words at least (`Astronomer NAME SURNAME`, `Conservator NAME SURNAME`)?"""
    if title_words or len(words) < 3:
        return False
    tok = toks[words[0]]
    if tok.trailing or tok.possessive or not tok.core.isalpha() or not tok.core[:1].isupper():
        return False
    if not tok.core[1:].islower():
        return False
    if not _LEARNED.fullmatch(tok.low) and tok.low not in _LEARNED_NOUNS:
        return False
    return all(_name_word(toks[k]) and not toks[k].possessive for k in words[1:])


def _after_inner_title(toks: Sequence[Tok], words: Sequence[int]) -> tuple[int, bool] | None:
    """Where an honorific or an office's abbreviation stands inside a run, a name after it:
    what comes before is the title (`Audiologist Dr. Femi Okoro`), never part of the name. The
    position, and whether it is an honorific (left out of the title) or an office (kept)."""
    for p in range(1, len(words) - 1):
        tok = toks[words[p]]
        low = tok.low.rstrip(".")
        if tok.raw.endswith(".") and low in HONORIFICS and low not in ("sir", "dame", "lord"):
            return p, True
        if tok.raw.endswith(".") and low in ("sen", "rep", "gov", "coun"):
            return p, False
        if p == 1 and low in ("dr", "prof", "mr", "mrs", "ms") and _occupation(toks[words[0]]):
            return p, True  # `Agronomist Dr Priya Bell`: British style, no dot
    return None


def _occupation(tok: Tok) -> bool:
    """Is a capitalised word an occupation's noun (`Agronomist`, `Surveyor`)?"""
    low = tok.low
    if low in ROLE_WORDS:
        return True
    if low in _KIN or low in _PATRONS or low in STOP_WORDS or low in _NOT_AGENTS:
        return False
    return len(low) >= 5 and low.isalpha() and bool(_AGENT.search(low))


def _title_word(tok: Tok) -> str:
    """A title's word as printed: `U.S.` and `Sen.` keep their dots, `Judge,` loses its comma."""
    raw = tok.raw.rstrip(",;:")
    if is_initial(tok.raw) or (raw.endswith(".") and raw[:-1].lower() in ABBREVIATIONS):
        return raw
    return tok.core


def not_person(name: str) -> bool:
    return any(word.lower().strip(".,’'") in NOT_PERSON_WORDS for word in name.split())


def is_place(name: str) -> bool:
    """A place, a platform or a publication: never a speaker. (Not a public body whose name
    has a place's word in it: `the Marren State Health Data Office`, `Kelby County Council`.)"""
    words = [word.lower().strip(".,’'") for word in name.split()]
    if len(words) >= 3 and words[-1] in _PUBLIC_BODIES:
        return False
    return any(word in PLACE_WORDS for word in words)


_PUBLIC_BODIES = frozenset(
    """office authority department agency commission board council ministry bureau regulator
    inspectorate directorate""".split()
)


# --- roles --------------------------------------------------------------------------------------


def _tidy(words: Sequence[str], limit: int = MAX_ROLE_WORDS) -> str | None:
    text = " ".join(words).strip(" ,;:.")
    # (`But Labour's shadow spokesman, NAME,`: the sentence's conjunction is no part of it)
    text = re.sub(r"^(?:But|And|Yet)\s+(?=\S)", "", text)
    text = re.sub(r"^(?:a|an|the|that|this)\s+", "", text, flags=re.IGNORECASE)
    # (`We invited FIRM's manager, NAME,`: the writer's subject and verb are no part of it)
    text = re.sub(r"^(?:We|I|They)\s+[a-z]+ed\s+(?=\S)", "", text)
    # (an age is no role: `44-year-old former lorry driver` → `former lorry driver`)
    text = re.sub(r"^\d{1,3}-year-old\s+(?=\S)", "", text, flags=re.IGNORECASE)
    # (a handle or a link in brackets after it: `(@handle)`, `([site.example/in/name])`)
    text = re.sub(
        r"\s*\((?:@|https?:|\[?[\w.-]+\.[a-z]{2,}/)(?:[^()]|\([^()]*\))*\)", "", text
    ).strip(" ,;:.")
    # (`NAME is the firm's head of access and was in charge of …`: a role ends before `and`)
    words = text.split()
    while words and words[-1].lower() in ("and", "or", "but"):
        words.pop()
    text = " ".join(words).strip(" ,;:.")
    if not text or len(text.split()) > limit:
        return None
    return text


def _role_like(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """A role names an office (a role word, or a noun naming what someone does), or is a
    firm's something (`The club's kit man`)."""
    return (
        any(_role_word(toks[k].low) for k in range(lo, hi))
        or any(_associate(toks, k) for k in range(lo, hi))
        or any(toks[k].possessive for k in range(lo, hi))
        or _party_member(toks, lo, hi)
        or _reader_in(toks, lo, hi)
        or any(
            toks[k].low == "peer" and toks[k - 1].low in _PEER_BENCHES and not toks[k - 1].trailing
            for k in range(lo + 1, hi)
        )
    )


# `the crossbench peer`, `a Labour peer`, `a life peer`: a seat in the Lords, an office
_PEER_BENCHES = frozenset(
    "crossbench cross-bench crossbencher life hereditary labour conservative tory liberal "
    "independent bishop".split()
)


def _benched(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] `peer` after a bench or party in lower case or capitals (`the crossbench
    peer`, `the Labour peer`): a seat in the Lords, before the peer's name?"""
    return k > 0 and toks[k - 1].low in _PEER_BENCHES and not toks[k - 1].trailing


def _reader_in(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """`reader in science policy at FIRM`: a British university's rank (between lecturer and
    professor), `reader` then `in` and a subject in lower case, not a newspaper's reader."""
    return any(
        toks[k].low == "reader"
        and toks[k + 1].low == "in"
        and toks[k + 2].core.isalpha()
        and toks[k + 2].core.islower()
        for k in range(lo, hi - 2)
    )


def _party_member(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """`a California Democrat`, `an Ohio Republican`: a party and a state, the whole of the
    apposition, say in what capacity a lawmaker speaks (not `a Democrat from New Mexico`
    after an office printed before the name, which says more)."""
    if hi - lo < 3 or toks[lo].low not in ("a", "an"):
        return False
    if toks[hi - 1].core not in ("Democrat", "Republican"):
        return False
    return all(toks[k].core[:1].isupper() and not toks[k].trailing for k in range(lo + 1, hi - 1))


def _associate(toks: Sequence[Tok], k: int) -> bool:
    """`a second-year associate at the firm`: a law firm's rank, where `associate` is the
    noun (not `associate professor`, where it is a rank's modifier)."""
    if toks[k].low not in ("associate", "associates"):
        return False
    return k + 1 >= len(toks) or bool(toks[k].trailing) or not _role_word(toks[k + 1].low)


def _role_word(low: str) -> bool:
    """A role word, also as the end of a compound (`co-maintainer`, `co-host`)."""
    return low in ROLE_WORDS or ("-" in low and low.rsplit("-", 1)[1] in ROLE_WORDS)


_OWNERS = frozenset(("its", "his", "her", "their"))
_AGE = re.compile(r"\d{1,3},")


_DEGREES = frozenset(("phd", "md", "mba", "dphil", "jr", "sr", "esq", "ii", "iii", "obe", "cbe"))


def _after_degree(toks: Sequence[Tok], k: int) -> int:
    """Past a degree or suffix after a name (`Chidi Okonjo-Marsh, PhD, President …`)."""
    if k + 1 < len(toks) and toks[k].trailing == "," and toks[k].low.replace(".", "") in _DEGREES:
        return k + 1
    return k


_GENERATIONS = frozenset(("jr", "sr", "ii", "iii", "iv"))


def _generation(toks: Sequence[Tok], run: Run, start: int) -> bool:
    """`Desmond Achterberg III,`: a generational suffix after the name, then its comma."""
    if toks[run.last].trailing or start + 1 >= len(toks) or toks[start].trailing != ",":
        return False
    return toks[start].raw.rstrip(",").replace(".", "").lower() in _GENERATIONS


def _after_age(toks: Sequence[Tok], k: int) -> int:
    """Past an age in apposition (`Gabriela Hollis, 36, the company's president`)."""
    if k + 1 < len(toks) and _AGE.fullmatch(toks[k].raw):
        return k + 1
    return k


def apposition(toks: Sequence[Tok], run: Run) -> str | None:
    """`Jane Doe, an analyst at X,` → "analyst at X"; `Doe, the Acme CEO who …` → "Acme CEO"."""
    start = run.last + 1
    if start < len(toks) and _bracketed(toks[start]) and toks[run.last].trailing == "":
        start += 1  # `NAME (@handle), a maintainer of …`, `NAME (D-Ore.), a member of …`
    elif _postnominal(toks, run) and toks[start].trailing == ",":
        start += 1  # `NAME KC, chairman of …`: counsel's rank, then the office printed
    elif _generation(toks, run, start):
        start += 1  # `NAME III, the FIRM partner who …`: past the suffix
    elif toks[run.last].trailing != ",":
        return None
    lo = _after_degree(toks, _after_age(toks, start))
    if lo >= len(toks):
        return None
    first = toks[lo]
    if first.low in RELATIVES or first.low in SPEECH_VERBS or first.is_mark:
        return None
    if _participle(first) and not _office_noun(toks, lo):
        return None  # `NAME, pointing to the company's privacy page,`: what they did
    if _past_verb_before_object(toks, lo):
        return None  # `built … by FIRM, reassigned 1,412 duties`: the sentence's verb
    opening = STOP_WORDS - {"a", "an", "the"} - _OWNERS
    not_a_role = first.low in PREPOSITIONS or first.low in SUBJECT_PRONOUNS or first.low in opening
    one_of = first.low == "one" and lo + 1 < len(toks) and toks[lo + 1].low == "of"
    plain = first.low not in ("former", "lead") and first.low not in ROLE_WORDS
    if not_a_role and plain and not one_of:  # (`NAME, one of its two authors,`: a role)
        return None
    lead = run.lead if run.lead >= 0 else run.first
    # (not after a fronted phrase of place or time: `Outside the hearing, NAME, policy director
    # at FIRM, told reporters …`: where, then who)
    fronted = _after_fronted_phrase(toks, lead)
    if (
        lead > 0
        and toks[lead - 1].trailing == ","
        and first.core.islower()
        and not one_of
        and not fronted
    ):
        # `Kenya's Minister for …, Wanjiku Kamau-Otieno, set out …`: the name is the
        # apposition; what follows its comma is the sentence's verb, not a role
        opens = ("a", "an", "the")
        if first.low not in opens and not _role_word(first.low) and first.low not in ROLE_MODIFIERS:
            return None
    words: list[str] = []
    k = lo
    clean = False  # ended by punctuation or a clause, not by running out of words
    limit = MAX_ROLE_WORDS
    while k < len(toks) and len(words) <= limit:
        tok = toks[k]
        second = tok.low == "and" and not tok.trailing and words and k + 1 < len(toks)
        if second and toks[k + 1].low in ("a", "an"):
            limit = LONG_ROLE_WORDS  # `… and a former member of …`: a second office
        if tok.low == "and" and tok.trailing == "," and words:
            more = _after_aside(toks, k + 1)  # `… officer and, until last year, a bond analyst`
            if more:
                return _tidy([*words, tok.raw, *more], LONG_ROLE_WORDS)
        if tok.is_mark or tok.is_dash or _stops_role(toks, k):
            clean = not tok.is_mark
            break
        if words and tok.raw.startswith("(") and tok.low in _ASIDE_OPENERS:
            clean = True  # `a bioethicist at the institute (they are married, …),`: an aside
            break
        words.append(tok.raw)
        if tok.trailing or tok.ends_sentence:
            clean = True
            break
        k += 1
    if not words:
        return None
    if _next_titled_name(toks, lo):
        return None  # `the novelist NAME, the poet and prize judge NAME2, and …`: a list
    if first.low in _OWNERS and not _role_like(toks, lo + 1, lo + len(words)):
        return None  # `NAME, his wife,`: kin, not an office
    # (an institution's name in capitals counts as one word: `a toxinologist at the Palmer
    # Institute of Tropical Medicine who …`)
    lowered = sum(1 for t in toks[lo : lo + len(words)] if not t.core[:1].isupper())
    described = first.low in ("a", "an", "the") and lowered + 1 <= 8 and clean
    if described:
        described = _agentive(toks[lo + 1 : lo + len(words)])
    # `Guests: NAME, audiobook narrator; NAME2, …`: a bare noun phrase in lower case naming
    # what someone does, no article, ended by the comma or the semicolon; one word alone only
    # before a town in capitals to a mark (`NAME, bookseller, Galway: “…”`)
    town = len(words) == 1 and bool(_capitalised_tail(toks, lo + 1))
    if not described and clean and (2 <= len(words) <= 3 or town):
        bare = toks[lo : lo + len(words)]
        plain = all(t.core.isalpha() and t.core.islower() and t.low not in STOP_WORDS for t in bare)
        described = plain and bare[-1].trailing in (",", ";") and _agentive(bare)
    if one_of:  # `one of its two authors`: one of several holders of a role
        plural = [t.low[:-1] for t in toks[lo : lo + len(words)] if t.low.endswith("s")]
        described = clean and len(words) <= 9 and any(_role_word(w) for w in plural)
    if not described and not _role_like(toks, lo, lo + len(words)):
        last = toks[lo + len(words) - 1]
        if not ((last.trailing or last.ends_sentence) and kin_of_someone(" ".join(words))):
            return None  # (`the mother of a boy who …`: the clause says who; no role)
    end = lo + len(words) - 1
    if clean and toks[end].trailing == ",":
        tail = _place_tenure(toks, lo, lo + len(words))
        if tail:
            return _tidy(words + tail, LONG_ROLE_WORDS)
        tail = _capitalised_tail(toks, lo + len(words)) or _function_tail(toks, lo + len(words))
        if tail:
            return _tidy(words + tail, LONG_ROLE_WORDS)
    return _tidy(words, limit)


_FRONTING = frozenset(("outside", "inside", "after", "before", "during", "at", "in", "on"))


def _after_fronted_phrase(toks: Sequence[Tok], lead: int) -> bool:
    """Does the sentence open with a short phrase of place or time, ended by the comma just
    before toks[lead] (`Outside the hearing,`, `After the vote,`)?"""
    if lead < 3 or toks[lead - 1].trailing != ",":
        return False
    for j in range(lead - 2, max(-1, lead - 7), -1):
        tok = toks[j]
        if tok.trailing or tok.is_mark or tok.possessive:
            return False
        if j == 0 or toks[j - 1].ends_sentence:
            return tok.low in _FRONTING and tok.core[:1].isupper()
    return False


def _place_tenure(toks: Sequence[Tok], lo: int, k: int) -> list[str]:
    """`a broker in Columbus, Ohio, for 22 years`: a role ending in a town, then its state or
    country set off by commas and a tenure: the role goes on to the tenure's end."""
    if k + 3 >= len(toks) or k - lo < 3 or toks[k - 2].low != "in":
        return []
    if not toks[k - 1].core[:1].isupper():
        return []
    region, prep, count, unit = toks[k : k + 4]
    if not region.core[:1].isupper() or region.trailing != "," or region.is_mark:
        return []
    if prep.low != "for" or prep.trailing or count.trailing:
        return []
    if not (count.core.isdigit() or count.low in _COUNT_WORDS):
        return []
    if unit.low not in ("years", "months", "decades") or unit.trailing not in (",", ".", ""):
        return []
    if unit.trailing == "" and k + 4 < len(toks) and not toks[k + 4].is_mark:
        return []
    return [region.raw, prep.raw, count.raw, unit.core]


_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty".split()
)


def _next_titled_name(toks: Sequence[Tok], lo: int) -> bool:
    """`With her are the novelist NAME, the poet and prize judge FIRST LAST, and …`: what
    follows the comma opens with an article and ends in a name of two capitalised words
    right after an office's word in lower case: the next person of a list, titled before
    the name, not an apposition."""
    hi = lo
    while hi < min(len(toks), lo + 12) and not toks[hi].trailing and not toks[hi].is_mark:
        hi += 1
    hi += 1  # (the word with the comma after it, the phrase's last)
    if hi - lo < 4 or hi > len(toks) or toks[lo].low not in ("a", "an", "the"):
        return False
    last, before, office = toks[hi - 1], toks[hi - 2], toks[hi - 3]
    if not (last.core[:1].isupper() and before.core[:1].isupper()) or before.trailing:
        return False
    return office.core.islower() and not office.trailing and _role_word(office.low)


# A clause's subject opening a bracket after a role: an aside about the person, not the office
_ASIDE_OPENERS = frozenset(("they", "he", "she", "who", "we", "i", "it"))


def _function_tail(toks: Sequence[Tok], k: int) -> list[str]:
    """`vice president, engineering, Example Firm.`: a press release's office, its function in
    lower case and its firm in capitals to the sentence's end."""
    for j in range(k, min(len(toks), k + 3)):
        tok = toks[j]
        if not tok.core.isalpha() or not tok.core.islower() or tok.low in STOP_WORDS:
            return []
        if tok.low in SPEECH_VERBS or tok.ends_sentence or tok.is_mark:
            return []
        if tok.trailing == ",":
            tail = _capitalised_tail(toks, j + 1)
            at = j + 2 < len(toks) and toks[j + 1].low == "at" and not toks[j + 1].trailing
            if not tail and at:  # `managing director, retail, at Example Firm, one of …`
                rest = _capitalised_tail(toks, j + 2)
                tail = [toks[j + 1].raw, *rest] if rest else []
            return [t.raw for t in toks[k : j + 1]] + tail if tail else []
        if tok.trailing:
            return []
    return []


LONG_ROLE_WORDS = 22  # a role with an aside or its institution and city after commas


def _after_aside(toks: Sequence[Tok], k: int) -> list[str]:
    """`CFO and, until last year, a bond analyst at FIRM,`: after `and,` an aside of a few
    words between commas (a time), then a second office to its own comma; [] if not so."""
    aside: list[str] = []
    j = k
    while j < len(toks) and len(aside) < 5:
        tok = toks[j]
        if tok.is_mark or tok.is_dash or tok.ends_sentence:
            return []
        aside.append(tok.raw)
        j += 1
        if tok.trailing == ",":
            break
    else:
        return []
    if not aside or not aside[-1].endswith(",") or j >= len(toks):
        return []
    if not any(t.low in TIME_WORDS or t.low in _DAYS for t in toks[k:j]):
        return []
    second: list[str] = []
    start = j
    while j < len(toks) and len(second) < 10:
        tok = toks[j]
        if tok.is_mark or tok.is_dash or _stops_role(toks, j):
            break
        second.append(tok.raw)
        if tok.trailing or tok.ends_sentence:
            break
        j += 1
    if not second or not _role_like(toks, start, start + len(second)):
        return []
    return aside + second


def _bracketed(tok: Tok) -> bool:
    """A handle or a party in brackets of one word, then a comma: `(@handle),`, `(D-Ore.),`."""
    return tok.raw.startswith("(") and tok.raw.endswith("),") and " " not in tok.raw


def _past_verb_before_object(toks: Sequence[Tok], k: int) -> bool:
    """A verb in the past (`reassigned`, `cancelled`) followed by a number or an article:
    what the thing before the comma did, never an office (`retired nurse`, `elected member`
    have an office's word next)."""
    tok = toks[k]
    low = tok.low
    if not (tok.core.islower() and low.endswith("ed") and not tok.trailing):
        return False
    if low in ROLE_MODIFIERS or low in ROLE_WORDS or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.core[:1].isdigit() or nxt.low in ("a", "an", "the", "its", "their", "his", "her")


def _participle(tok: Tok) -> bool:
    """`pointing`, `speaking`: a clause of what someone does, not an office (`managing`,
    `visiting` are an office's words)."""
    low = tok.low
    return (
        tok.core.islower()
        and low.endswith("ing")
        and low not in ROLE_MODIFIERS
        and low not in ROLE_WORDS
    )


def _office_noun(toks: Sequence[Tok], k: int) -> bool:
    """`planning director`, `marketing manager`: a noun in -ing right before an office's word,
    with nothing between (`NAME, planning director at FIRM,`), a department, not what someone
    was doing (`NAME, pointing to …`)."""
    tok = toks[k]
    return not tok.trailing and k + 1 < len(toks) and _role_word(toks[k + 1].low)


def _opens_with_participle(toks: Sequence[Tok], lo: int) -> bool:
    """Does the sentence before toks[lo] open with a participle's clause (`Asked by an analyst
    in the front row, NAME says`, `Giving evidence to the committee, NAME, ROLE, said`)? Its
    words are what the person did, not their role."""
    if lo == 0 or toks[lo - 1].low not in PREPOSITIONS or toks[lo - 1].trailing:
        return False  # (`Testifying for Parallax was its head of policy, NAME`: a role)
    s = lo
    while s > 0 and not toks[s - 1].ends_sentence and lo - s < 16:
        s -= 1
    first = toks[s]
    if not first.core[:1].isupper() or first.possessive:
        return False
    low = first.low
    asked = low.endswith("ed") and s + 1 < lo and toks[s + 1].low in ("by", "about", "whether")
    return asked or (low.endswith("ing") and low not in ROLE_MODIFIERS and low not in _ING_WORDS)


# Words ending in -ing that open a phrase but are no participle of what someone did.
_ING_WORDS = _set(
    """during following including regarding concerning according notwithstanding pending
    excluding considering something nothing anything everything morning evening king"""
)


def _capitalised_tail(toks: Sequence[Tok], k: int) -> list[str]:
    """A press release's role goes on to the sentence's end in capitals: `Senior Vice
    President, Claims Operations, Northmoor Mutual.` (not `…, said on Monday`)."""
    words: list[str] = []
    for j in range(k, min(len(toks), k + 8)):
        tok = toks[j]
        if tok.is_mark or tok.is_dash:
            return []
        if not (tok.core[:1].isupper() or tok.low in ("and", "of", "&", "the", "for")):
            return []
        words.append(tok.raw)
        if tok.ends_sentence or j + 1 == len(toks) or toks[j + 1].is_mark:
            return words if tok.core[:1].isupper() else []
        if tok.trailing == ";":  # `Guests: NAME, head of data, Example Firm; NAME2, …`: a list's
            return words if tok.core[:1].isupper() else []  # item ends at its semicolon
        if tok.trailing == "," and tok.core[:1].isupper() and toks[k].core[:1].isupper():
            nxt = toks[j + 1]
            if _firm_described(toks, j + 1):
                return words  # `partner, Larkspur Capital, a seed-stage fund that …`: to the firm
            if nxt.low == "one" and j + 2 < len(toks) and toks[j + 2].low == "of":
                return words  # `…, at Example Firm, one of the largest suppliers`: to the firm
            if nxt.low in SPEECH_VERBS and nxt.core.islower():
                return words  # `NAME, co-founder, Tessellate Labs, said:`
            if nxt.low in ("has", "had", "is", "was") and len(words) >= 2:
                return words  # `NAME, director of …, Example Law School, Bengaluru, has …`
            if j > k and _closes_list(toks, j) and _named_institution(toks, k):
                return words  # `… of the Institute for Work, Technology and Society, a …`
    return []


def _closes_list(toks: Sequence[Tok], j: int) -> bool:
    """Does toks[j] end a list's last item after `and` (`and Forestry,`, `and Rural Life,`)?"""
    for m in range(j - 1, max(-1, j - 4), -1):
        if toks[m].low == "and":
            return True
        if toks[m].trailing or not toks[m].core[:1].isupper():
            return False
    return False


def _named_institution(toks: Sequence[Tok], k: int) -> bool:
    """Is the comma before toks[k] inside an institution's name, a list of what it is for
    closed by `and` (`the Example Centre for Food, Farming and Forestry`): `for`, `of` or `on`
    and capitalised words right before that comma?"""
    for j in range(k - 1, max(-1, k - 6), -1):
        tok = toks[j]
        if tok.low in ("for", "of", "on") and not tok.trailing:
            return j + 1 < k and all(t.core[:1].isupper() for t in toks[j + 1 : k])
        if j != k - 1 and tok.trailing:
            return False
    return False


def _firm_described(toks: Sequence[Tok], k: int) -> bool:
    """Does toks[k] open a description of a firm (`a seed-stage fund that …`, `a market
    research firm,`): an article, then a phrase whose head is a firm's noun?"""
    if k >= len(toks) or toks[k].low not in ("a", "an", "the"):
        return False
    head = phrase_head(toks, k + 1, 6)
    return head is not None and head.core.islower() and head.low in FIRM_NOUNS


def phrase_head(toks: Sequence[Tok], start: int, limit: int) -> Tok | None:
    """The head of the noun phrase from toks[start]: its last word before a mark, a preposition
    or a relative, or at a comma or a sentence's end (at most `limit` words read)."""
    head = None
    for tok in toks[start : start + limit]:
        if tok.is_mark or tok.low in PREPOSITIONS or tok.low in RELATIVES:
            break
        head = tok
        if tok.trailing or tok.ends_sentence:
            break
    return head


_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|eer|man|woman|ive|ary|ee)$")
_PATRONS = frozenset(
    """customer customers user users reader readers viewer viewers listener listeners follower
    followers subscriber subscribers voter voters passenger passengers shopper shoppers buyer
    buyers consumer consumers resident residents member members supporter supporters""".split()
)
_KIN = frozenset(
    """elder older younger mother father brother sister daughter son wife husband widow widower
    cousin grandmother grandfather neighbour neighbor friend grandson granddaughter nephew
    niece aunt uncle sibling twin grandchild""".split()
)


_COPULAS = frozenset("is are was were be been being am".split())
# Words ending like an agent noun that name no one (`forever`, `together`, `however`).
_NOT_AGENTS = frozenset(
    """forever however whatever whoever wherever whenever together rather either neither
    other another further never ever over under after later earlier whether""".split()
)


# What comes before `sister` when it is a nurse's rank (`ward sister`, `theatre sister`)
_WARDS = frozenset(("ward", "theatre", "theater", "night", "senior", "junior", "nursing"))


def _agentive(words: Sequence[Tok]) -> bool:
    """`a former auto appraiser`, `a former official at the office`: a noun phrase naming what
    someone does (its head ends like an agent noun), not `the elder by two years` nor `a
    customer`."""
    head = None
    for tok in words:
        if tok.low in PREPOSITIONS:
            break
        head = tok
    if head is None:
        return False
    low = head.low
    if low.startswith(("co-", "vice-", "ex-")):
        low = low.split("-", 1)[1]  # `co-organiser`, `vice-chair`
    if low in ROLE_WORDS:
        return True
    if low == "sister" and _WARDS.intersection(t.low for t in words[: words.index(head)]):
        return True  # `a ward sister who …`: a nursing rank, not kin
    if low in _KIN or low in _PATRONS or low in STOP_WORDS or low in _NOT_AGENTS:
        return False
    if len(low) < 5 or not low.isalpha():
        return False
    return head.core.islower() and bool(_AGENT.search(low))


def _stops_role(toks: Sequence[Tok], k: int) -> bool:
    """Where a role ends though no comma says so: a verb, a relative clause, a time."""
    tok = toks[k]
    low = tok.low
    noun = k > 0 and (toks[k - 1].low in PREPOSITIONS or toks[k - 1].low in ("a", "an", "the"))
    # `chief claims officer`, `head complaints handler`: a verb's spelling between a rank and
    # an office is the office's portfolio, a noun
    noun = noun or (
        k > 0
        and k + 1 < len(toks)
        and toks[k - 1].low in ROLE_MODIFIERS
        and not toks[k - 1].trailing
        and not tok.trailing
        and toks[k + 1].low in ROLE_WORDS
    )
    if low in RELATIVES or (low in SPEECH_VERBS and tok.core.islower() and not noun):
        return True
    if low in TIME_WORDS and tok.core.islower() and low not in ("this", "on"):
        return True
    if low == "until" and tok.core.islower():
        return True  # `a picker at the site for six years until his dismissal`: a time
    if low in ("with", "after") and k + 2 < len(toks) and toks[k + 2].low in ("years", "decades"):
        # `an exams officer at X with twenty-two years in the job`: a tenure, not the office
        count = toks[k + 1].low
        return count.isdigit() or count.split("-")[0] in _TENS | _CHILD_COUNTS | {"one"}
    if low == "on" and k + 2 < len(toks) and toks[k + 2].low == "way" and not tok.trailing:
        # `a baker on his way home from a late shift`: where they were going, not the office
        return toks[k + 1].low in ("his", "her", "their", "my", "our")
    if low == "on" and k + 1 < len(toks):  # `on Monday`, `on March 3`, not `on the ward`
        following = toks[k + 1]
        return following.low in _DAYS or following.core[:1].isdigit()
    if low in ("in", "since") and k + 1 < len(toks) and re.fullmatch(r"\d{4}\W*", toks[k + 1].raw):
        return True  # `… chief librarian in 2021`
    if low in ("in", "since") and k + 1 < len(toks) and toks[k + 1].low in _DAYS:
        return True  # `… at the Competition Authority in January`
    if low == "in" and k + 2 < len(toks) and toks[k + 1].low in ("a", "an"):
        return toks[k + 2].low in _OCCASIONS
    if low == "and" and _between_capitals(toks, k):
        return False  # `Head of Research and Early Development`, `the Retail and … Union`
    if low == "and" and _portfolio_pair(toks, k):
        return False  # `head of trust and safety at FIRM`: one portfolio of two nouns
    if low == "and" and _committee_pair(toks, k):
        return False  # `chairman of the Commons business and trade committee`: one body
    return low in ("is", "was", "has", "had", "will", "would", "says", "and") and (
        low != "and" or not _second_office(toks, k + 1)
    )


def _portfolio_pair(toks: Sequence[Tok], k: int) -> bool:
    """`head of trust and safety at`, `director of research and policy,`: `and` between two
    bare lower-case nouns right after `of`/`for`, the second ending the phrase (a preposition
    or a comma after it)."""
    if k < 2 or k + 1 >= len(toks) or toks[k - 2].low not in ("of", "for"):
        return False
    one, two = toks[k - 1], toks[k + 1]
    if one.trailing or not one.core.isalpha() or not one.core.islower():
        return False
    if not two.core.isalpha() or not two.core.islower() or two.low in STOP_WORDS:
        return False
    if two.low in SPEECH_VERBS or two.low in ROLE_WORDS:
        return False
    if not two.trailing and k + 2 < len(toks) and toks[k + 2].trailing in (",", "."):
        # `director of access and audience development,`, `vice president for research and
        # early development.`: the second a noun of two words, ending the clause or sentence
        three = toks[k + 2]
        plain = three.core.isalpha() and three.core.islower() and three.low not in STOP_WORDS
        return plain and three.low not in SPEECH_VERBS and three.low not in ROLE_WORDS
    return bool(two.trailing) or k + 2 >= len(toks) or toks[k + 2].low in PREPOSITIONS


_BODY_NOUNS = frozenset(
    """committee subcommittee sub-committee panel commission council board department ministry
    directorate division unit caucus""".split()
)


def _committee_pair(toks: Sequence[Tok], k: int) -> bool:
    """`the Commons business and trade committee`, `the Senate energy and commerce panel`,
    `the site's health and safety rep`: `and` between two bare lower-case nouns with a body's
    noun (`committee`, `panel`, `board` …) or an office's word right after the second: the two
    name the one body's or the one office's remit."""
    if k < 1 or k + 2 >= len(toks):
        return False
    one, two, body = toks[k - 1], toks[k + 1], toks[k + 2]
    if one.trailing or two.trailing or not one.core.isalpha() or not two.core.isalpha():
        return False
    if not one.core.islower() or not two.core.islower() or two.low in STOP_WORDS:
        return False
    if {one.low, two.low} & (STOP_WORDS | ROLE_WORDS | _KIN) or two.low in SPEECH_VERBS:
        return False
    if not body.core.islower():
        return False
    # (`the site's health and safety rep`, `a research and development manager`: the two
    # name the remit of the office whose word follows, as of a body's)
    return body.low.rstrip(",.;:") in _BODY_NOUNS or _role_word(body.low.rstrip(",.;:"))


_SEATS = frozenset(
    """member fellow trustee governor co-author author co-founder founder plaintiff claimant
    defendant""".split()
)  # (`and a co-author of the study`: a part in the work the article is about)


def _seat_within(toks: Sequence[Tok], k: int, plural: bool = False) -> bool:
    """Is toks[k:] up to three lower-case words ending in a seat or an office's word
    (`senior author`; plural after `one of the`: `named plaintiffs`)?"""
    for j in range(k, min(len(toks), k + 3)):
        tok = toks[j]
        if not tok.core.isalpha() or not tok.core.islower():
            return False
        low = tok.low[:-1] if plural and tok.low.endswith("s") else tok.low
        if (not plural or tok.low.endswith("s")) and (low in _SEATS or _role_word(low)):
            return True
        if tok.trailing:
            return False
    return False


def _members_of(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k:] up to three lower-case words ending in a plural agent noun (`volunteer
    price-checkers`): a post among a group's members, after `one of our`?"""
    for j in range(k, min(len(toks), k + 3)):
        tok = toks[j]
        low = tok.low.rstrip(",.;:")
        if not tok.core.islower() or low in STOP_WORDS:
            return False
        last = low.rsplit("-", 1)[-1]
        if last.endswith("s") and last[:-1].isalpha() and _AGENT.search(last[:-1]):
            if last in _PATRONS and not tok.trailing and j + 1 < len(toks):
                # `and one of the customers whose complaint started it`: a part in the story
                return toks[j + 1].low in ("whose", "who")
            return len(last) > 5 and last[:-1] not in _PATRONS and last[:-1] not in _NOT_AGENTS
        if tok.trailing:
            return False
    return False


_AUTHOR_RANKS = frozenset(("first", "last", "corresponding", "joint", "co-first"))


_SEAT_MEMBERS = frozenset(("mp", "mep", "msp", "mla", "ms", "td"))


def _second_office(toks: Sequence[Tok], k: int) -> bool:
    """Does a second office of the same person start at toks[k], after `and` (`a trustee and
    lawyer`, `a trustee and retired lawyer`): modifiers, then an office's word in lower case?
    Not after an article (`a physician and a critic of the deal`: a second description)."""
    if k < len(toks) and toks[k].low in ROLE_WORDS:
        return True  # (`Chair and Chief Executive`, in capitals too)
    if k + 1 < len(toks) and not toks[k].trailing and toks[k].core.isalpha():
        # `call centre agent and shop steward`: one word in lower case, then an office's word
        one = toks[k]
        if one.core.islower() and one.low not in STOP_WORDS and toks[k + 1].low in ROLE_WORDS:
            return toks[k + 1].core.islower()
    if k + 2 < len(toks) and toks[k].core[:1].isupper() and not toks[k].trailing:
        # `the committee chair and Labour MP for SEAT`: a party's member for a seat
        seat = toks[k + 1]
        if seat.low in _SEAT_MEMBERS and not seat.trailing and toks[k + 2].low == "for":
            return True
    if k + 1 < len(toks) and toks[k].low in _AUTHOR_RANKS and not toks[k].trailing:
        return toks[k + 1].low in _AUTHORSHIP  # `… and first author of the paper`
    if k + 2 < len(toks) and toks[k].low == "the" and not toks[k].trailing:
        # `the institute's director and the paper's senior author`: a part in the work
        own = toks[k + 1]
        if own.possessive and not own.trailing:
            return _seat_within(toks, k + 2)
    if k + 1 < len(toks) and toks[k].core[:1].isupper() and toks[k].core.isalpha():
        # `a pharmacist and Example Penwith's director of pharmacy`: an office at a firm
        # named in up to three capitalised words, the last a possessive
        for j in range(k, min(len(toks) - 1, k + 3)):
            tok = toks[j]
            if not tok.core[:1].isupper() or not tok.core.isalpha() or tok.trailing:
                break
            if tok.possessive:
                return _seat_within(toks, j + 1)
    if (
        k < len(toks)
        and toks[k].low == "former"
        and not toks[k].trailing
        and _seat_within(toks, k + 1)
    ):
        return True  # `a consultant and former flight director at FIRM`: a past office
    if k + 1 < len(toks) and toks[k].low in ("former", "retired") and not toks[k].trailing:
        # `the crossbench peer and former bookmaker,`: a past trade in up to three lower-case
        # words, the last an agent noun ending the apposition
        for j in range(k + 1, min(len(toks), k + 4)):
            tok = toks[j]
            if not tok.core.isalpha() or not tok.core.islower() or tok.low in STOP_WORDS:
                break
            if tok.trailing or tok.ends_sentence:
                ended = tok.trailing in (",", ".", ";") or tok.ends_sentence
                if ended and _agentive([tok]):
                    return True
                break
    one_of = k + 3 < len(toks) and [t.low for t in toks[k : k + 2]] == ["one", "of"]
    one_of = one_of and toks[k + 2].low in ("the", "our", "my", "their", "its")
    if one_of and not any(t.trailing for t in toks[k : k + 3]):
        # `and one of the named plaintiffs`, `and one of our volunteer price-checkers`
        return _seat_within(toks, k + 3, plural=True) or _members_of(toks, k + 3)
    if k + 2 < len(toks) and toks[k].low in ("a", "an") and not toks[k].trailing:
        # `… at FIRM and a former member of the Board`: a past office, or a seat held, is a
        # second office of the same person (`and a critic of the deal` is a description)
        if _parent_of_children(toks, k + 1):
            return True  # `the alliance's founder and a mother of three`: in what capacity
        former = toks[k + 1].low == "former" and not toks[k + 1].trailing
        office = toks[_past_capitals(toks, k + 2)] if former else toks[k + 1]
        if office.core.islower() and ((former and _role_word(office.low)) or office.low in _SEATS):
            return True
        if former and _past_trade(toks, k + 2):
            return True  # `FIRM's founder and a former club physiotherapist,`: a past trade
        if _post_held(toks, k + 1):
            return True  # `a shift supervisor at the store and a union rep`: a post held
        if _academic_post(toks, k + 1):
            return True  # `the study's lead author and a lecturer in X at the institute`
        if _office_for_a_body(toks, k + 1):
            return True  # `… at one of the growers and a representative for FIRM's union`
        if _trade_with_tenure(toks, k + 1):
            return True  # `… of the drivers' federation and a driver on route 602 for 22 years,`
    if _noun_office(toks, k):
        return True
    for j in range(k, min(len(toks), k + 3)):
        # `a first officer and part-time software engineer,`: two or three lower-case words
        # closing the apposition, the last an agent noun: a second trade of the same person
        tok = toks[j]
        if not tok.core.islower() or tok.low in STOP_WORDS:
            break
        if not tok.core.replace("-", "").isalpha():
            break
        if tok.trailing or tok.ends_sentence:
            if tok.trailing == "," and j > k and _agentive([tok]):
                return True
            break
    for j in range(k, min(len(toks), k + 3)):
        tok = toks[j]
        if not tok.core.islower():
            return False
        if tok.low in ROLE_WORDS:
            return True
        if tok.low not in ROLE_MODIFIERS or tok.trailing:
            return False
    return False


def _noun_office(toks: Sequence[Tok], k: int) -> bool:
    """`… co-founder and type director, said`: a bare lower-case noun, then an office's word
    that closes the apposition (a comma after it): the same person's second office named by
    what it directs (`type director`, `menu editor`), not a description of someone else."""
    if k + 1 >= len(toks) or toks[k].trailing:
        return False
    noun, office = toks[k], toks[k + 1]
    if not noun.core.isalpha() or not noun.core.islower():
        return False
    if noun.low in STOP_WORDS or noun.low in SPEECH_VERBS or noun.low in PREPOSITIONS:
        return False
    return office.low in ROLE_WORDS and office.core.islower() and office.trailing == ","


_POST_KINDS = frozenset("union shop parish school branch works staff ward".split())


_ACADEMIC_RANKS = frozenset("lecturer professor researcher reader".split())


def _academic_post(toks: Sequence[Tok], k: int) -> bool:
    """`lecturer in transport engineering`, `professor of law` at toks[k] (after `and a`): a
    university post, a rank and its subject, the same person's second office."""
    if k + 2 >= len(toks) or toks[k].trailing or toks[k].low not in _ACADEMIC_RANKS:
        return False
    return toks[k].core.islower() and toks[k + 1].low in ("in", "of", "at")


def _office_for_a_body(toks: Sequence[Tok], k: int) -> bool:
    """`representative for the Example Packers' Union`, `delegate to Example Council` at toks[k]
    (after `and a`): an office's word in lower case, a preposition, and a body named in
    capitals (after `the`): an office held for that body, the same person's second office."""
    if k + 2 >= len(toks) or toks[k].trailing or not toks[k].core.islower():
        return False
    if toks[k].low not in ROLE_WORDS or toks[k + 1].low not in ("for", "of", "at", "to", "on"):
        return False
    j = k + 2
    if toks[k + 1].trailing:
        return False
    if toks[j].low == "the" and not toks[j].trailing and j + 1 < len(toks):
        j += 1
    return toks[j].core[:1].isupper() and toks[j].core.isalpha()


def _post_held(toks: Sequence[Tok], k: int) -> bool:
    """`union rep`, `shop steward`, `parish councillor` at toks[k] (after `and a`): a post in a
    workplace's or a parish's body, named by the body's kind and then the office's word (not
    a description: `a critic of the deal`)."""
    if k + 1 >= len(toks) or toks[k].trailing or toks[k].low not in _POST_KINDS:
        return False
    office = toks[k + 1]
    return office.core.islower() and (_role_word(office.low) or office.low == "steward")


def _trade_with_tenure(toks: Sequence[Tok], k: int) -> bool:
    """`driver on route 602 for 22 years,` at toks[k] (after `and a`): an office's word, then
    up to six words that end in `for N years` closing the apposition: how long the same person
    has done the job, a second office of theirs (not a description of someone else)."""
    if k >= len(toks) or toks[k].trailing or not toks[k].core.islower():
        return False
    if not _role_word(toks[k].low):
        return False
    for j in range(k + 1, min(len(toks) - 2, k + 8)):
        tok = toks[j]
        if tok.trailing:
            return False
        if tok.low != "for" or not toks[j + 1].core.isdigit() or toks[j + 1].trailing:
            continue
        years = toks[j + 2]
        return years.low in ("years", "year") and years.trailing == ","
    return False


_TENS = frozenset("eleven twelve fifteen twenty thirty forty fifty sixty several many".split())
_PARENTS = frozenset("mother father parent grandmother grandfather grandparent".split())
_CHILD_COUNTS = frozenset("two three four five six seven eight nine ten".split())


def _parent_of_children(toks: Sequence[Tok], k: int) -> bool:
    """`mother of three`, `father of 2` at toks[k]: kin of no one named, which says in what
    capacity someone speaks (as `a mother of two` alone does), the same person's second role."""
    if k + 2 >= len(toks) or toks[k].low not in _PARENTS or toks[k].trailing:
        return False
    if toks[k + 1].low != "of" or toks[k + 1].trailing:
        return False
    count = toks[k + 2].core.lower()
    return count in _CHILD_COUNTS or count.isdigit()


def _past_capitals(toks: Sequence[Tok], k: int) -> int:
    """The word after up to three capitalised ones (`Commerce Department official`), or k."""
    j = k
    while j < min(len(toks) - 1, k + 3) and toks[j].core[:1].isupper() and not toks[j].trailing:
        j += 1
    return j if j > k and toks[j].core.islower() else k


def _between_capitals(toks: Sequence[Tok], k: int) -> bool:
    """Is the `and` at toks[k] inside a capitalised name (`Research and Early Development`)?"""
    if k == 0 or k + 1 >= len(toks) or toks[k - 1].trailing:
        return False
    if not (toks[k - 1].core[:1].isupper() and toks[k + 1].core[:1].isupper()):
        return False
    for j in range(k + 1, min(len(toks) - 1, k + 5)):  # `at Foo and Tom Lee, a lawyer`: a
        if not toks[j].core[:1].isupper():  # second person in apposition, not one name
            return True
        if toks[j].trailing:
            nxt = toks[j + 1].low
            return not (nxt in ("a", "an", "the") or nxt in ROLE_WORDS)
    return True


def _opening_agent(toks: Sequence[Tok], k: int) -> bool:
    """`Genealogist and author NAME`: the word before the `and` at toks[k] opens the sentence,
    capitalised only as its first word, and ends like an agent noun (an office, not a name)."""
    if k == 0 or toks[k - 1].trailing:
        return False
    before = toks[k - 1]
    if not (k == 1 or toks[k - 2].ends_sentence or toks[k - 2].is_mark):
        return False
    if not (before.core[:1].isupper() and before.core[1:].islower()):
        return False
    low = before.low
    if low in _KIN or low in _PATRONS or low in STOP_WORDS or low in _NOT_AGENTS:
        return False
    return len(low) >= 5 and low.isalpha() and bool(_AGENT.search(low))


# Portfolios a minister or a spokesperson holds, the first printed capitalised as a sentence's
# first word before `and` (`Trade and industry minister NAME`).
_PORTFOLIOS = frozenset(
    """trade industry health education finance justice culture transport energy environment
    housing defence defense labour labor agriculture science tourism sport sports digital economy
    employment communities fisheries mines water infrastructure innovation technology security
    welfare family women youth immigration commerce foreign home business skills heritage arts
    media""".split()
)


def _opening_portfolio(toks: Sequence[Tok], k: int, words: Sequence[int]) -> bool:
    """`Trade and industry minister NAME`: `and` (toks[k]) after a portfolio's word that opens
    the sentence, capitalised only as its first, and before lower-case words ending in an
    office's word right before the name: one office of two portfolios."""
    if k == 0 or not words or toks[k].trailing:
        return False
    before = toks[k - 1]
    if before.trailing or not (k == 1 or toks[k - 2].ends_sentence or toks[k - 2].is_mark):
        return False
    if not (before.core[:1].isupper() and before.core[1:].islower()):
        return False
    if before.low not in _PORTFOLIOS or len(words) > 3:
        return False
    if not all(toks[i].core.islower() for i in words) or toks[words[0]].low in ROLE_WORDS:
        return False
    return toks[words[-1]].low in ROLE_WORDS


def _offices_joined(toks: Sequence[Tok], k: int, words: Sequence[int]) -> bool:
    """`Association vice-chair and Fenland lettuce grower NAME`: `and` (toks[k]) between an
    office's word and a run of words before the name ending in another office's word (or an
    agent noun) joins two offices of the one person, printed before the name."""
    if k == 0 or not words or toks[k].trailing:
        return False
    before = toks[k - 1]
    # (`Translator and Guild council member NAME`: the first office opening the sentence)
    opening = k == 1 or toks[k - 2].ends_sentence or toks[k - 2].is_mark
    lower = before.core.islower() or (opening and before.core[1:].islower())
    # (`Care worker and union representative NAME`: an agent noun as the first office, its
    # phrase opening the sentence)
    agent = before.core.islower() and _agentive([before]) and before.low not in _PATRONS
    agent = agent and (opening or k == 2 or toks[k - 3].ends_sentence or toks[k - 3].is_mark)
    # (`Genealogist and author NAME`: the first office capitalised as the sentence's first word)
    agent = agent or _opening_agent(toks, k)
    if before.trailing or not lower or not (_role_word(before.low) or agent):
        return False
    last = toks[words[-1]]
    return last.core.islower() and _agentive([last])


def _office_for_portfolio(toks: Sequence[Tok], k: int) -> str | None:
    """`Alderman for housing NAME`, `Minister for rail safety NAME` opening a sentence: an
    office's word in capitals, `for`, and a portfolio of one or two lower-case words, toks[k]
    its last, right before the name."""
    for size in (1, 2):
        j = k - size  # the `for`
        if j < 1 or toks[j].low != "for":
            continue
        portfolio = toks[j + 1 : k + 1]
        if not all(t.core.isalpha() and t.core.islower() and not t.trailing for t in portfolio):
            return None
        if any(t.low in STOP_WORDS for t in portfolio) or toks[j].trailing:
            return None
        office = toks[j - 1]
        opens = j - 1 == 0 or toks[j - 2].ends_sentence
        if office.low in ROLE_WORDS and office.core[:1].isupper() and not office.trailing and opens:
            return " ".join(t.raw for t in toks[j - 1 : k + 1])
    return None


def role_before(toks: Sequence[Tok], run: Run) -> str | None:
    """`Pillbox chief executive Kofi Mensah-Larbi`, `Council member Lewis Obi`: no comma."""
    k = (run.lead if run.lead >= 0 else run.first) - 1
    if k > 1 and not run.title:
        portfolio = _office_for_portfolio(toks, k)
        if portfolio:
            return portfolio
    if k > 0 and toks[k].low == "named" and not toks[k].trailing and not toks[k - 1].trailing:
        k -= 1  # `a former level designer named NAME`: the role before `named`
    words: list[int] = []
    ranked = False
    while k >= 0 and len(words) < 8:
        tok = toks[k]
        if tok.trailing == "," and _listed_office(toks, k, words, run):
            words.insert(0, k)  # `Executive Vice President, Chief Legal Officer and … NAME`
            k -= 1
            continue
        if tok.trailing or tok.is_mark or tok.is_dash:
            break
        if tok.low in _COPULAS:
            break  # `Sitting next to him was nurse researcher NAME`: the office starts after it
        if tok.low in ("whose", "which") and tok.core.islower():
            break  # `FIRM, whose trustee NAME said`: the relative is no part of the office
        if _numbered(toks, k, words):
            words[:0] = [k - 1, k]  # `Year 10 pupil NAME`: the capitalised word and its number
            k -= 2
            continue
        low = tok.low
        office_of = low == "of" and k > 0 and toks[k - 1].low in ROLE_WORDS and bool(words)
        # `Example Association of Conference Interpreters president NAME`: a body's name in
        # capitals, `of` and all, before its office
        office_of = office_of or (
            low == "of"
            and k > 0
            and bool(words)
            and toks[words[0]].core[:1].isupper()
            and toks[k - 1].core[:1].isupper()
            and not toks[k - 1].trailing
            and any(toks[i].low in ROLE_WORDS and toks[i].core.islower() for i in words)
        )
        if _ranked_ordinal(toks, k, words, run):
            words.insert(0, k)  # `First Officer NAME`: the rank's ordinal is the title's
            k -= 1
            continue
        if _opens_clause(toks, k) or low in TIME_WORDS | _PERIODS:
            break  # `a video showing hedge-fund founder NAME`: the clause is no part of the role
        if words and _verb_after_subject(toks, k):
            break  # `a leaflet from the Group showed councillor NAME`: the verb ends the role
        if low == "and" and words and toks[words[0]].core.islower() and k > 0:
            before = toks[k - 1]
            opening_office = _opening_agent(toks, k) and _offices_joined(toks, k, words)
            opening_office = opening_office or _opening_portfolio(toks, k, words)
            if (
                before.core[:1].isupper()
                and before.low not in ROLE_WORDS
                and not before.trailing
                and not opening_office
            ):
                if before.core.isupper() and 2 <= len(before.core) <= 3:
                    return None  # `State IT and industries minister NAME`: a portfolio cut
                break  # `director NAME1 and head of research NAME2`: another person's name
        if _office_to_the(toks, k, words):
            words[:0] = [k - 2, k - 1, k]  # `Legal adviser to the committee NAME`: one office
            k -= 3
            continue
        if low in SPEECH_VERBS or low in PREPOSITIONS or low in ("the", "a", "an", "and"):
            titled = toks[words[0]].low in ROLE_WORDS if words else bool(run.title)
            if low == "and" and not titled:
                titled = _offices_joined(toks, k, words) or _opening_portfolio(toks, k, words)
            if not (low == "and" and titled) and not office_of:
                break
        if not words and _ranked_section(toks, k):
            words[:0] = [k - 1, k]  # `Principal viola NAME`: a rank and its section, opening
            ranked = True
            k -= 2
            continue
        if not (
            low in ROLE_WORDS
            or (not words and tok.core.islower() and _agentive([tok]))
            or (not words and tok.core.islower() and _office_of_what(toks, k))
            or (not words and tok.core.islower() and _bereft(toks, k))
            or (not words and low == "peer" and _benched(toks, k))  # `the crossbench peer NAME`
            or low in ROLE_MODIFIERS
            or low in ("and", "of")
            or tok.possessive
            or (_name_word(tok) and low not in STOP_WORDS)
            or brand(tok)
            or (tok.core.isupper() and 1 < len(tok.core) <= 5 and words)
            or (words and tok.core.islower() and low not in STOP_WORDS and len(words) < 5)
        ):
            break
        words.insert(0, k)
        k -= 1
    while words and toks[words[0]].low in ("and", "of"):
        words.pop(0)
    if words and k >= 0 and toks[k].low in _OWNERS and not toks[k].trailing:
        words.insert(0, k)  # `its former head of research NAME`
    of = next((p for p, i in enumerate(words) if toks[i].low == "of"), len(words))
    body = len(words) > 2 and toks[words[-1]].low in ROLE_WORDS and toks[words[-1]].core.islower()
    if body and toks[words[-2]].core[:1].isupper() and toks[words[0]].core[:1].isupper():
        of = len(words)  # `Example Association of X president`: the office ends the phrase
    head = toks[words[of - 1]] if of else None  # `head` of `head of research`
    agent = head is not None and head.core.islower() and (_agentive([head]) or ranked)
    agent = agent or (bool(words) and of == len(words) and _bereft(toks, words[-1]))
    agent = agent or (head is not None and head.low == "peer" and _benched(toks, words[of - 1]))
    if not words or (
        head is not None and head.low not in ROLE_WORDS and not run.title and not agent
    ):
        return None
    title = " ".join(toks[i].raw for i in words)
    if run.title:
        title += " " + run.title
    return _tidy([title])


_SECTION_RANKS = frozenset(("principal", "chief", "head", "senior", "lead", "deputy", "assistant"))


def _ranked_section(toks: Sequence[Tok], k: int) -> bool:
    """`Principal viola NAME`, `Senior sister NAME`: a rank in capitals opening the sentence,
    then one word in lower case, right before the name: the rank in that section."""
    if k < 1 or toks[k].trailing or toks[k - 1].trailing:
        return False
    word, rank = toks[k], toks[k - 1]
    if not (word.core.isalpha() and word.core.islower()) or word.low in STOP_WORDS:
        return False
    if word.low in SPEECH_VERBS or rank.low not in _SECTION_RANKS or not rank.core.istitle():
        return False
    return k == 1 or toks[k - 2].ends_sentence or toks[k - 2].is_mark


def _office_to_the(toks: Sequence[Tok], k: int, words: Sequence[int]) -> bool:
    """Is toks[k] the `the` of `adviser to the committee`, `secretary to the board` before a
    name: an office held to a body, the whole of it the role (not the body's name alone)?"""
    if not words or toks[k].low != "the" or k < 2 or len(words) > 2:
        return False
    to, office = toks[k - 1], toks[k - 2]
    if to.low != "to" or to.trailing or office.trailing or not office.core.islower():
        return False
    return office.low in ROLE_WORDS and all(toks[i].core.islower() for i in words)


def _verb_after_subject(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] a past verb after its subject's capitalised word (`the Residents’ Group
    showed councillor NAME`): lower case, ending in `-ed`, no office's modifier, after a
    capitalised word that is no office's?"""
    tok = toks[k]
    if k == 0 or not tok.core.islower() or not tok.low.endswith("ed") or tok.low in ROLE_MODIFIERS:
        return False
    before = toks[k - 1]
    if before.trailing or not before.core[:1].isupper():
        return False
    return before.low not in ROLE_WORDS and before.low not in ROLE_MODIFIERS


_RANK_ORDINALS = frozenset(("first", "second", "third"))


def _ranked_ordinal(toks: Sequence[Tok], k: int, words: Sequence[int], run: Run) -> bool:
    """`First Officer NAME`, `Second Officer NAME`: a capitalised ordinal right before a title
    in capitals is part of it (a rank), not the ordinal a sentence opens with."""
    tok = toks[k]
    if tok.low not in _RANK_ORDINALS or not tok.core[:1].isupper() or tok.trailing:
        return False
    if words:
        office = toks[words[0]]
        return len(words) == 1 and office.core[:1].isupper() and office.low in ROLE_WORDS
    title = run.title or ""
    return bool(title) and " " not in title and title[:1].isupper()


def _numbered(toks: Sequence[Tok], k: int, words: Sequence[int]) -> bool:
    """`Year 10 pupil NAME`, `Grade 7 teacher NAME`: a number after a capitalised word, in a
    role whose head is already read."""
    tok = toks[k]
    if not words or not tok.core.isdigit() or len(tok.core) > 2 or k == 0:
        return False
    before = toks[k - 1]
    return not before.trailing and before.core.istitle() and before.low not in STOP_WORDS


def _listed_office(toks: Sequence[Tok], k: int, words: Sequence[int], run: Run) -> bool:
    """Is toks[k] (`President,`) an office in a capitalised list of them before a name
    (`Executive Vice President, Chief Legal Officer and Corporate Secretary NAME`)?"""
    tok = toks[k]
    if not (tok.core[:1].isupper() and tok.low in ROLE_WORDS) or tok.possessive:
        return False
    after = [toks[i].core for i in words] or (run.title or "").split()
    if not after or not all(w[:1].isupper() or w in ("and", "of", "&") for w in after):
        return False
    return any(w.lower() in ROLE_WORDS for w in after)


def _opens_clause(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] a participle opening a clause (`a video showing hedge-fund founder NAME`),
    not a noun in -ing (`director of engineering`, `marketing chief`)?"""
    tok = toks[k]
    if not _participle(tok) or tok.low in _ING_WORDS:
        return False
    after_preposition = k > 0 and toks[k - 1].low in PREPOSITIONS
    before_office = k + 1 < len(toks) and (
        toks[k + 1].low in ROLE_WORDS or toks[k + 1].low in ROLE_MODIFIERS
    )
    return not after_preposition and not before_office


def _named_between(toks: Sequence[Tok], office: int, lead: int) -> bool:
    """Two words or more, none an office's, between an office's word and its first `of` or
    `for`: a person's name after a title (`Professor Ann Lee of …`), not the office's."""
    between = 0
    for k in range(office + 1, lead):
        if toks[k].raw in ("of", "for", "and"):
            break
        if _office_word(toks[k].low):
            return False
        between += 1
    return between >= 2


def _office_of_what(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] what an office is of (`head of research`, `director of engineering`, `Head
    of courier experience`: one lower-case word more before it)?"""
    if k > 1 and toks[k - 1].low == "of" and toks[k - 2].low in ROLE_WORDS:
        return True
    one = toks[k - 1] if k > 2 else None
    if one is None or not one.core.isalpha() or not one.core.islower() or one.trailing:
        return False
    if one.low in STOP_WORDS:
        return False
    return toks[k - 2].low == "of" and toks[k - 3].low in ROLE_WORDS and not toks[k - 2].trailing


def comma_role_before(toks: Sequence[Tok], run: Run) -> str | None:
    """`Lantern's chief technology officer, Devin Kaur,` / `A union representative, Captain …`."""
    k = (run.lead if run.lead >= 0 else run.first) - 1
    while k > 0 and toks[k].low.rstrip(".") in HONORIFICS and not toks[k].trailing:
        k -= 1  # `The trial judge, Ms Justice NAME,`: the honorific before a title
    styled = k > 0 and toks[k + 1].low.rstrip(".") in HONORIFICS
    if styled and toks[k].low == "the" and toks[k].core.islower():
        k -= 1  # `The Bishop of Felmouth, the Rt Revd NAME,`: a cleric's styling
    if k > 0 and toks[k].low in ("her", "his") and toks[k + 1].low in ("honour", "honor"):
        k -= 1  # `the court’s senior judge, Her Honour Judge NAME,`
    if k < 0 or toks[k].trailing != ",":
        return None
    if not toks[run.last].trailing and run.last + 1 < len(toks) and toks[run.last + 1].low == "and":
        return None  # `the firm's founders, Jane Doe and …`
    end = k
    words: list[int] = []
    limit = 8  # words; an office's name with a list in it (`for A, B and C`) may be longer
    list_from = len(toks)  # `minister of economy, trade and industry,`: a portfolios' list's `of`
    while k >= 0 and len(words) <= limit:
        tok = toks[k]
        listed = tok.trailing == "," and tok.core[:1].isupper() and toks[k + 1].core[:1].isupper()
        # (not `in March, HireLoom's former head`: a date, or a firm's possessive, starts anew)
        listed = listed and tok.low not in _DAYS and not _possessive_name(toks, k + 1)
        listed = listed or (list_from < k < end and tok.trailing == ",")
        if k != end and (tok.ends_sentence or (tok.trailing and not listed)):
            break  # (`Minister for Information, Communications and …`: one office)
        if k != end and listed:
            limit = 12
        if tok.is_mark or tok.is_dash:
            break
        low = tok.low
        if low == "whose":
            break  # `FIRM, whose director, NAME, said`: the relative is no part of the office
        # (and `the chief executive of the Example National Energy Market Operator, NAME,`)
        office_of = low == "of" and k > 0 and toks[k - 1].low in ROLE_WORDS
        if (
            (low == "at" or office_of)
            and tok.core.islower()
            and words
            and toks[words[0]].low == "the"
        ):
            # `the deputy governor for consumer protection at the Example Central Bank of
            # Ireland, NAME,`: a body's name in capitals after `at` counts as one word
            body = [i for i in words if toks[i].low not in ("the", "of", "and", "for")]
            if all(toks[i].core[:1].isupper() for i in body):
                limit = max(limit, 7 + len(words))
        if low == "then" and tok.core.islower() and k != end:
            break  # `And then our own club's chair, NAME, stood up`: the story's time
        if low in ("that", "which") and tok.core.islower() and words and toks[words[0]].possessive:
            break  # `a clause that FIRM's finance chief, NAME, called …`: the office starts after
        if low in ("how", "why") and tok.core.islower() and words:
            break  # `That's how FIRM's co-founder, NAME, described it`: the office starts after
        joins_roles = low == "and" and bool(words) and toks[words[0]].low in ROLE_WORDS
        # `… Communications and the Digital Economy`: capitalised words of one office
        joins_roles = joins_roles or (
            low == "and" and bool(words) and _capitalised_office(toks, k, words[0])
        )
        # `Parley's trust and safety lead,`: nouns joined after a firm's possessive
        joins_roles = joins_roles or (low == "and" and _owned(toks, k))
        # `FIRM's vice president of trust and safety,`: one portfolio of two nouns
        joins_roles = joins_roles or (low == "and" and _portfolio_pair(toks, k))
        if low == "and" and not joins_roles and k + 1 == end:
            list_from = _portfolio_list(toks, k)  # `minister of economy, trade and industry,`
            joins_roles = list_from < k
        # `Minister of State with responsibility for skills`: one office, `with` and all
        joins_roles = joins_roles or (low == "with" and _with_responsibility(toks, k))
        # `director of claims`: a verb's form after `of` is a noun of the office
        noun = k > 0 and toks[k - 1].low == "of" and low in SPEECH_VERBS
        # `the insurer's claims director,`: a verb's spelling between an owner's possessive and
        # an office is the office's portfolio, a noun
        noun = noun or (
            low in SPEECH_VERBS
            and tok.core.islower()
            and not tok.trailing
            and k > 0
            and toks[k - 1].possessive
            and k + 1 <= end
            and toks[k + 1].low in ROLE_WORDS
        )
        bound = low in _ROLE_BOUNDS or (low in _CLAUSE_OPENERS and k != end)
        if (low in SPEECH_VERBS or bound) and not joins_roles and not noun:
            break
        if low in ("but", "yet") and tok.core.islower():
            break  # `…, but FIRM's head of X, NAME,`: the clause's conjunction
        if tok.possessive and tok.core[:1].isupper() and words and not tok.trailing:
            # `The Example Civil Aviation Directorate's head of air navigation safety, NAME,`:
            # the owner's name in capitals counts as one word
            named = 1
            while k - named >= 0 and named < 6 and toks[k - named].core[:1].isupper():
                if toks[k - named].trailing or toks[k - named].is_mark:
                    break
                named += 1
            limit = max(limit, len(words) + named + 1)
        words.insert(0, k)
        in_phrase = k > 0 and toks[k - 1].low in PREPOSITIONS and toks[k - 1].low != "alongside"
        in_phrase = in_phrase or (k > 0 and toks[k - 1].low == "and" and low == "the")
        # `The researcher who found the bug, NAME,`: a role defined by a short clause
        in_phrase = in_phrase or any(
            toks[j].low in ("who", "that") and j > 0 and _role_word(toks[j - 1].low)
            for j in range(max(0, k - 3), k)
        )
        if (low in ("the", "a", "an", "its", "his", "her", "their") and not in_phrase) or (
            tok.possessive and k > 0 and toks[k - 1].low == "the" and not _office_over(toks, k - 1)
        ):
            break
        k -= 1
    if not words:
        return None
    words = _cut_at_who(toks, _past_topic(toks, words))
    words = _without_start_date(toks, words)
    for p, i in enumerate(words[:-2]):
        if toks[i].low in _SUBJECTS and not toks[i].trailing and toks[words[p + 1]].core.islower():
            words = words[p + 2 :]  # `We met FIRM's director of X, NAME,`: the office is the object
            break
    gerund = words[0]  # `opened by asking FIRM's chief executive, NAME,`: the object's office
    gerund_object = len(words) > 2 and toks[gerund].core.islower() and toks[words[1]].possessive
    gerund_object = gerund_object and toks[gerund].low.endswith("ing") and gerund > 0
    # (mid-sentence, not `Representing FIRM's board, NAME`: a fronted clause of NAME's own)
    gerund_object = gerund_object and toks[gerund - 1].core.islower()
    gerund_object = gerund_object and not toks[gerund - 1].ends_sentence
    if gerund_object:
        words = words[1:]
    lo = words[0]
    single = toks[lo].core == "one" and len(words) > 2 and toks[words[1]].low != "of"
    if single and toks[words[1]].core.islower():
        # `said one second-year history student, NAME`: `one` as an article, before a post of
        # two words or more (not `One parent, NAME,`: one of a public)
        words = words[1:]
        lo = words[0]
    if toks[lo].low == "one" or toks[lo].low in PREPOSITIONS:
        return None
    if toks[lo].low in ("its", "his", "her", "their") and toks[end].low in _AUTHORSHIP:
        return None  # `Its author, NAME,`: who wrote the thing just named, not an office
    if toks[lo].low in ("his", "her", "their") and run.title:
        return None  # `his member of the council, Councillor NAME`: what NAME is to another
        # person; the office printed before the name is the role
    participle = lo > 0 and not toks[lo - 1].trailing and toks[lo - 1].low.endswith("ing")
    if participle and _ing_noun(toks, lo - 1):
        participle = False  # `By Wednesday morning its chief executive, NAME,`: a time
    if participle and not gerund_object:
        return None  # `Representing the supplier, NAME`: not a role
    # (`Asked by Conservative MP for SEAT, NAME, which …`: the asker's office, the name in
    # apposition to it, closed by its comma, is the asker's own)
    agent = lo > 0 and toks[lo - 1].low == "by" and toks[run.last].trailing == ","
    agent = agent and _role_like(toks, lo, end + 1) and toks[lo].low not in ("a", "an")
    if (_opens_with_participle(toks, lo) and not agent) or _in_fronted_clause(toks, lo, end):
        return None
    bare = len(words) == 1 and not toks[lo].possessive
    if bare and lo > 0 and toks[lo - 1].low in _COPULAS and not toks[lo - 1].trailing:
        return None  # `Screenshots are forever, NAME.`: a predicate, then the one addressed
    counted = len(words) - (toks[lo].low in ("the", "a", "an"))  # (the article is no word of it)
    if counted > limit or not (_role_like(toks, lo, end + 1) or _agentive([toks[end]])):
        return None
    role = _tidy([toks[i].raw for i in words])
    if role and _LAY_MEMBER.match(role):
        return None  # `A member of the congregation, NAME,`, `A younger member, NAME,`: no post
    return role


def _ing_noun(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k], a word in `-ing`, a noun (`Wednesday morning`, `that evening`, `the
    hearing`), not a participle (`Representing the supplier,`)?"""
    if toks[k].low in ("morning", "evening"):
        return True
    return k > 0 and (toks[k - 1].low in _DAYS or toks[k - 1].low in _ING_DETERMINERS)


_ING_DETERMINERS = frozenset("the this that each every a an".split())


def _without_start_date(toks: Sequence[Tok], words: list[int]) -> list[int]:
    """`FIRM's head of linguistics since March, NAME,`: the date the office was taken up (a
    month or a year after `since`, at the phrase's end) is no part of the office."""
    for back in (2, 3):
        if len(words) <= back:
            continue
        since = toks[words[-back]]
        when = [toks[i] for i in words[1 - back :]]
        dated = all(t.low in _DAYS or re.fullmatch(r"\d{4}\W*", t.raw) for t in when)
        if since.low == "since" and since.core.islower() and dated:
            return words[:-back]
    return words


# One of a flock or a public, not an office (`a member of the congregation`, `a younger member`)
_SUBJECTS = frozenset(("we", "i", "you", "they", "he", "she"))
_LAY_MEMBER = re.compile(
    r"(?i)^(?:(?:a|an|the|one)\s+)?(?:(?:younger|older|young|old|elderly|new|newer|longtime|"
    r"long-time|long-standing|longstanding|regular|ordinary)\s+)?members?"
    r"(?:\s+of\s+(?:the|our|his|her|their)\s+(?:congregation|public|audience|parish|flock|"
    r"church|chapel))?$"
)


_SUBORDINATORS = frozenset(
    "when after before since while once if although though because until as whenever".split()
)


def _in_fronted_clause(toks: Sequence[Tok], lo: int, end: int) -> bool:
    """Are toks[lo..end] the end of a clause the sentence opens with (`When the district
    switched on an AI tutor in January, Superintendent NAME …`)? The clause's object is no
    office of the name after its comma."""
    s = lo
    while s > 0 and not toks[s - 1].ends_sentence and lo - s < 30:
        s -= 1
    if s != 0 and not toks[s - 1].ends_sentence:
        return False
    asked = toks[s].low in _FRONTED_PARTICIPLES and toks[s].core[:1].isupper()
    # (the question's own words first: not `Pressed by the committee's chairman, NAME, on …`,
    # where the office before the name is the asker's)
    asked = asked and any(toks[j].low in _QUESTION_WORDS for j in range(s + 1, lo))
    if (toks[s].low not in _SUBORDINATORS and not asked) or s == lo:
        return False
    return not any(toks[j].trailing for j in range(s, end))


# `Asked whether she would take a remote supervisor job, NAME laughed`: the clause's object is
# no office of the name after its comma
_FRONTED_PARTICIPLES = frozenset("asked pressed questioned challenged invited".split())
_QUESTION_WORDS = frozenset("whether if about why how what when".split())


def _cut_at_who(toks: Sequence[Tok], words: list[int]) -> list[int]:
    """`The Marrowdale director who signed the deal, NAME,`: an office with words of its own is
    cut at its relative clause; a bare one (`The researcher who found the bug`) is defined by
    it, and keeps it."""
    for p, i in enumerate(words):
        if toks[i].low == "who" and p > 0 and _role_word(toks[words[p - 1]].low):
            kept = [j for j in words[:p] if toks[j].low not in ("the", "a", "an")]
            return words[:p] if len(kept) >= 2 else words
    return words


def _possessive_name(toks: Sequence[Tok], k: int) -> bool:
    """Does a name of capitalised words starting at toks[k] end in a possessive (`Kudi
    Ledger's`, `Acme's`), so that a comma before it starts anew (`in Yaba, Kudi Ledger's
    co-founder`) rather than listing parts of one office?"""
    for j in range(k, min(len(toks), k + 4)):
        if not toks[j].core[:1].isupper():
            return False
        if toks[j].possessive:
            return True
        if toks[j].trailing:
            return False
    return False


def _office_over(toks: Sequence[Tok], k: int) -> bool:
    """Is the `the` at toks[k] inside an office of a firm's part (`head of the company's
    packaging plant`), after `of` and a role word, so that the role goes back to the office?"""
    return k > 1 and toks[k - 1].low == "of" and _role_word(toks[k - 2].low)


def _with_responsibility(toks: Sequence[Tok], k: int) -> bool:
    """Is the `with` at toks[k] inside an office's name (`Minister of State with
    responsibility for digital affairs`, `… with special responsibility for …`), after a
    capitalised office?"""
    following = [tok.low for tok in toks[k + 1 : k + 3]]
    if following[:1] in (["special"], ["particular"], ["overall"]):
        following = following[1:]
    if following[:1] != ["responsibility"]:
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        if toks[j].trailing or not (toks[j].core[:1].isupper() or toks[j].low == "of"):
            return False
        if toks[j].low in ROLE_WORDS:
            return True
    return False


def _past_topic(toks: Sequence[Tok], words: list[int]) -> list[int]:
    """`a question for Kite's chief executive, NAME`: the words before a preposition that name
    no office are what the sentence is about, not the role."""
    for p, k in enumerate(words[:-1]):
        if toks[k].low not in PREPOSITIONS or toks[k].low == "of":
            continue
        head = words[:p]
        if head and not any(
            _role_word(toks[j].low) or toks[j].low in ROLE_MODIFIERS or _agentive([toks[j]])
            for j in head
        ):
            return words[p + 1 :]
        return words
    return words


def _capitalised_office(toks: Sequence[Tok], k: int, after: int) -> bool:
    """Is the `and` at toks[k] between capitalised words of an office's name (`Information,
    Communications and the Digital Economy`)?"""
    before = toks[k - 1] if k > 0 else None
    nxt = toks[after + 1] if toks[after].low == "the" and after + 1 < len(toks) else toks[after]
    return (
        before is not None
        and before.core[:1].isupper()
        and not before.trailing
        and nxt.core[:1].isupper()
    )


def _owned(toks: Sequence[Tok], k: int) -> bool:
    """Is the `and` at toks[k] inside a firm's role (`Acme's research and policy director`):
    a possessive at most two plain lowercase words before it?"""
    for j in range(k - 1, max(-1, k - 4), -1):
        if toks[j].possessive:
            return not toks[j].trailing
        if toks[j].low in ("our", "its", "their") and not toks[j].trailing:
            return True  # `Our health and safety officer, NAME,`: an office of the writer's own
        if toks[j].trailing or not toks[j].core.islower():
            return False
    return False


def _past_relative(toks: Sequence[Tok], k: int) -> int | None:
    """The token after a relative clause between commas that starts at toks[k] (`who wrote
    the post,`), if it closes within a few words in the same sentence."""
    for j in range(k, min(len(toks), k + 14)):
        tok = toks[j]
        if tok.is_mark or tok.is_dash or tok.ends_sentence:
            return None
        if tok.trailing == ",":
            return j + 1
        if tok.trailing:
            return None
    return None


_NOW = frozenset(("now", "currently"))


def _one_of_no_office(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k:] `one of` a group that is no office (`one of FIRM's loudest critics`, not
    `one of the named plaintiffs`)?"""
    if k + 3 >= len(toks) or toks[k].low != "one" or toks[k + 1].low != "of":
        return False
    m = k + 2
    if toks[m].low in ("the", "its", "their", "our") or toks[m].possessive:
        m += 1
    if toks[m].low.endswith("est") and toks[m].core.islower() and not toks[m].trailing:
        return True  # `one of FIRM's loudest critics`: a superlative describes, never an office
    return not _seat_within(toks, m, plural=True)


def _relative_predicate(toks: Sequence[Tok], k: int) -> int | None:
    """`NAME, who wrote the first version in 2014 and is now managing director of FIRM`: the
    relative clause's second verb, a copula after `and` (`is now`, `has since been`) in the
    same sentence, that says what the person is now; its index, else None."""
    for j in range(k + 1, min(len(toks) - 2, k + 20)):
        tok = toks[j]
        if tok.is_mark or tok.is_dash or tok.ends_sentence or tok.trailing not in ("", ","):
            return None
        if tok.low == "and" and not tok.trailing and toks[j + 1].low in ("is", "has"):
            verb = toks[j + 1]
            nxt = toks[j + 2]
            if verb.trailing or not (nxt.low in _NOW or (verb.low == "has" and nxt.low == "been")):
                return None
            if _one_of_no_office(toks, j + 3):
                return None  # `… and has been one of FIRM's loudest critics`: no office
            return j + 1
    return None


_LINKING = frozenset(("is", "was", "became", "becomes", "has", "had"))
# Words that open a clause of another subject inside the sentence (`NAME said the firm … and
# is now …` is the firm's): a coordinated predicate is read only with none of them before it.
_OTHER_SUBJECT = frozenset(
    """that who whom whose which when where while whereas because after before since until
    unless if though although whether""".split()
)


def _coordinated_predicate(toks: Sequence[Tok], run: Run) -> int | None:
    """`NAME grew up on a farm, studied genetics in Uppsala and is now chief agronomist at
    FIRM`: the name opens its sentence, its verbs follow with no clause of another subject
    (no speech verb, no `that`/`who`/`when` …), and the last, after `and`, is `is now` (`has
    since been`): the index of that copula, else None."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead and not toks[lead - 1].ends_sentence:
        return None
    for j in range(run.last + 1, min(len(toks) - 2, run.last + 32)):
        tok = toks[j]
        if tok.is_mark or tok.is_dash or tok.ends_sentence or tok.trailing not in ("", ","):
            return None
        if tok.low in _OTHER_SUBJECT or tok.low in SPEECH_VERBS:
            return None
        if tok.low == "and" and not tok.trailing and toks[j + 1].low in ("is", "has"):
            verb, nxt = toks[j + 1], toks[j + 2]
            if verb.trailing or not (nxt.low in _NOW or (verb.low == "has" and nxt.low == "been")):
                return None
            if _one_of_no_office(toks, j + 3):
                return None
            return j + 1
    return None


def copula_role(toks: Sequence[Tok], run: Run) -> str | None:
    """`Dmitri Volkonsky is the research director at Ostrava AI Lab, …`, `… has been head
    teacher of Castlegate Academy since 2017`."""
    k = run.last + 1
    if toks[run.last].trailing == "," and _after_age(toks, k) > k:
        k += 1  # `Haugland-Okeke, 44, is the chief meteorologist at …`
    elif toks[run.last].trailing == "," and k < len(toks) and toks[k].low in ("who", "whose"):
        past = _past_relative(toks, k)  # `NAME, who wrote the post, is a staff engineer at …`
        if past is None:
            past = _relative_predicate(toks, k)  # `NAME, who started … and is now ROLE`
        if past is None:
            return None
        k = past
    elif toks[run.last].trailing == "," and _set_off(toks, run, k):
        pass  # `My guest, NAME, is director of …`: the name in apposition, then the verb
    elif toks[run.last].trailing:
        return None
    elif k < len(toks) and toks[k].core.islower() and toks[k].low not in _LINKING:
        later = _coordinated_predicate(toks, run)
        if later is None:
            return None
        k = later  # `NAME grew up in …, studied … and is now ROLE at FIRM`
    if k + 1 >= len(toks):
        return None
    if toks[k].low in ("has", "had") and toks[k + 1].low == "been":
        k += 1
    elif toks[k].low not in ("is", "was", "became", "becomes"):
        return None
    if k + 2 < len(toks) and toks[k + 1].low in _NOW and toks[k].low in ("is", "has", "been"):
        k += 1  # `and is now managing director of …` after a relative clause
    if k + 1 >= len(toks):
        return None
    after = toks[k + 1]
    titled = after.low in ROLE_MODIFIERS or (k + 2 < len(toks) and toks[k + 2].low in ROLE_WORDS)
    firms = any(t.possessive for t in toks[k + 1 : k + 4])  # `became Harbour City's chief …`
    opens = after.low in ("a", "an", "the") or firms or after.low in ROLE_WORDS
    if not opens and not titled:
        return None
    words = _role_words(toks, k + 1)
    if not words:
        return None
    described = toks[k + 1].low in ("a", "an", "the") and len(words) <= 9
    described = described and _agentive(toks[k + 2 : k + 1 + len(words)])  # not `the one`
    if not described and not _role_like(toks, k + 1, k + 1 + len(words)):
        return None
    return _tidy(words)


def _role_words(toks: Sequence[Tok], start: int) -> list[str]:
    """The words of an office from `start`, as printed, up to a mark, a word that ends a role,
    or the end of its clause (at most MAX_ROLE_WORDS)."""
    words: list[str] = []
    for j in range(start, min(len(toks), start + MAX_ROLE_WORDS)):
        if toks[j].is_mark or _stops_role(toks, j):
            break
        words.append(toks[j].raw)
        if toks[j].trailing or toks[j].ends_sentence:
            break
    return words


# What may come right before a present office's `as` (`since 2019, as head of …`, `now as …`,
# `serves as …`): not `known as`, `such as`, `as well as`.
_AS_OFFICE_BEFORE = frozenset("now currently serves served works worked".split())


def as_role(toks: Sequence[Tok], run: Run) -> str | None:
    """`NAME has trained lawyers for 20 years, first at X and, since 2019, as head of training
    at FIRM, a …`: the office a sentence opened by the name gives after `as`, where `as` says it
    is held now (after `since YEAR,`, `now`, `serves`, `worked`)."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead > 0 and not toks[lead - 1].ends_sentence:
        return None
    k = run.last + 1
    if toks[run.last].trailing or k >= len(toks) or not toks[k].core.islower():
        return None  # the name, then its verb
    for j in range(k + 1, min(len(toks) - 1, k + 45)):
        tok = toks[j - 1]
        if tok.ends_sentence and not tok.is_mark:
            return _as_role_next(toks, j)
        if tok.ends_sentence or tok.is_mark or toks[j].is_mark:
            return None
        if toks[j].low != "as" or toks[j].trailing or j >= k + 30:
            continue
        since = tok.trailing == "," and tok.core.isdigit() and j >= 2 and toks[j - 2].low == "since"
        if not since and (tok.trailing or tok.low not in _AS_OFFICE_BEFORE):
            continue
        words = _role_words(toks, j + 1)
        if words and _role_like(toks, j + 1, j + 1 + len(words)):
            return _tidy(words)
        return None
    return None


# Openers of a sentence that gives someone's present office (`Now, as director of …, she …`).
_NOW_OPENERS = frozenset("now today nowadays currently".split())


def _as_role_next(toks: Sequence[Tok], j: int) -> str | None:
    """`NAME spent eleven years …. Now, as director of recruitment at FIRM, she oversees …`:
    the sentence right after the one the name opens (toks[j] on), opened by `Now,` and `as`
    ROLE, then a pronoun of a person: the office held now is the name's."""
    if j + 2 >= len(toks) or toks[j].low not in _NOW_OPENERS or toks[j].trailing != ",":
        return None
    if toks[j + 1].low != "as" or toks[j + 1].trailing:
        return None
    words = _role_words(toks, j + 2)
    end = j + 2 + len(words)
    if not words or end >= len(toks) or toks[end - 1].trailing != ",":
        return None
    if toks[end].low not in ("she", "he", "they") or not _role_like(toks, j + 2, end):
        return None
    return _tidy(words)


def _portfolio_list(toks: Sequence[Tok], k: int) -> int:
    """`minister of economy, trade and industry,`: the index of the `of`/`for` that opens a list
    of bare lower-case nouns (each but the last two ending in a comma) whose `and` is toks[k],
    right after an office's word; len(toks) where there is none."""
    none = len(toks)
    if k < 4 or toks[k - 1].trailing or toks[k + 1].trailing != ",":
        return none
    for j in range(k - 1, max(1, k - 6), -1):
        tok = toks[j]
        if not tok.core.isalpha() or not tok.core.islower() or tok.low in STOP_WORDS:
            return none
        if j < k - 1 and tok.trailing != ",":
            return none
        if toks[j - 1].low in ("of", "for") and not toks[j - 1].trailing:
            before = toks[j - 2] if j >= 2 else None
            office = before is not None and not before.trailing and _role_word(before.low)
            return j - 1 if office and j < k - 1 else none
    return none


def _set_off(toks: Sequence[Tok], run: Run, k: int) -> bool:
    """A name between commas in apposition to the noun before it (`My guest, NAME, is`),
    right before `is`/`was`: the predicate is the name's."""
    lead = run.lead if run.lead >= 0 else run.first
    return (
        k < len(toks)
        and toks[k].low in ("is", "was")
        and lead > 0
        and toks[lead - 1].trailing == ","
        and not toks[lead - 1].ends_sentence
    )


# Someone's stance on a matter, not an office (`an early critic of the restoration`).
_STANCE = re.compile(
    r"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:critic|sceptic|skeptic|opponent|supporter|detractor|defender)\s+of\s",
    re.IGNORECASE,
)


def role_at(toks: Sequence[Tok], run: Run) -> str | None:
    """The role printed with a name where it stands, in order of how explicitly it is given."""
    comma = comma_role_before(toks, run) or _office_before_description(toks, run)
    if comma and " " not in comma:
        comma = _fuller_before(toks, run, comma) or comma
    if comma and run.title and _relation(comma) and not _academic(run.title):
        return run.title  # `The measure's author, Councilwoman NAME`: the office, not the deed
    if comma and any(word in ("who", "that", "whom") for word in comma.lower().split()):
        # `The solicitor who instructed him, NAME, a partner at FIRM,`: the apposition
        # after the name is the role, never one that keeps a relative clause
        comma = apposition(toks, run) or comma
    if comma and comma.split()[0].lower() in ("its", "their") and not run.title:
        # `Its founder, NAME, a former curate,`: a relation to the firm just named; the
        # occupation after the name is the role (as after `Student organizer NAME, a …`)
        comma = apposition(toks, run) or comma
    if comma and not run.title and _someones(comma) and _indefinite_after(toks, run):
        # `His attorney, NAME, a partner at FIRM,`: whose agent they are yields to the
        # occupation after the name
        after = apposition(toks, run)
        if after and _role_head(after) in ROLE_WORDS and not _kin(after):
            comma = after
    if comma and not run.title and _the_part(toks, run, comma):
        # `The lead researcher, NAME, an associate professor of communication,`: a part in the
        # story the article tells yields to the occupation after the name
        after = apposition(toks, run)
        if after and _role_head(after) in ROLE_WORDS and _indefinite_after(toks, run):
            comma = after
    if comma and not run.title and _role_head(comma) not in ROLE_WORDS:
        # `The borrower, NAME, a hairdresser in Ibadan,`: a part in the story, no office's
        # word, yields to an occupation after the name
        after = apposition(toks, run)
        if after and _role_head(after) in ROLE_WORDS and not _kin(after):
            comma = after
    # kin is never a role (`NAME, the founder's grandson,`): an office printed before the
    # name says what they are (`Supervisory board chairman NAME, the founder's grandson,`)
    after = apposition(toks, run) or _dash_apposition(toks, run)
    if after and run.title and _role_head(after) in _PARTY_HEADS:
        # `Senator NAME, the subcommittee's ranking Republican,`: a party says in what
        # capacity a lawmaker sits, the title printed before the name is the office
        after = None
    if after and run.title and _STANCE.match(after):
        # `Conservator NAME, an early critic of the restoration,`: a stance on the matter is
        # no office; the occupation printed before the name is the role
        after = None
    for role in (comma, after, role_before(toks, run), run.title):
        if role is not None and role.lower().startswith("no relation"):
            continue  # `NAME — no relation to the chairman —`: a disclaimer, not an office
        if role is not None and not _kin(role) and not _clause(role) and not _when(role):
            if _REFLEXIVE.intersection(role.lower().split()):
                continue  # `The midfielder himself, NAME,`: the one just spoken of, no role
            return role
    # (`NAME KC, prosecuting,`: the side counsel argues is the role, over the rank)
    return _counsel_for(toks, run) or _postnominal(toks, run) or _whose_name(toks, run)


# A description's first word saying what someone was or how long they have been it
# (`former goalkeeper`, `veteran official`): their past or their standing, not an office now.
_FORMERLY = frozenset("former veteran retired onetime one-time longtime long-time ex".split())


def _office_before_description(toks: Sequence[Tok], run: Run) -> str | None:
    """`Its chair, former goalkeeper NAME,`: an office set off by a comma before what someone
    was (`former …`, `veteran …`, printed in lower case in front of the name); the office held
    now is the role."""
    lead = run.lead if run.lead >= 0 else run.first
    if run.title or lead < 3:
        return None
    start = lead
    while start > 0 and lead - start < 3:
        tok = toks[start - 1]
        if not tok.core.islower() or tok.is_mark or tok.is_dash or tok.possessive:
            break
        if tok.trailing:
            break
        start -= 1
    if start == lead or start < 2 or toks[start - 1].trailing != ",":
        return None
    if toks[start].low not in _FORMERLY:
        return None  # (`Her co-founder, chief executive NAME`: the office before the name)
    office = comma_role_before(toks, replace(run, lead=start))
    if office is None or _role_head(office) not in ROLE_WORDS or _kin(office):
        return None
    return office


def _counsel_for(toks: Sequence[Tok], run: Run) -> str | None:
    """`NAME, prosecuting, told the court`, `NAME, defending, said`: a British court report's
    word for the side a barrister argues, set off by commas, is the role as printed."""
    k = run.last + 1
    if _postnominal(toks, run) and k + 1 < len(toks) and toks[k].trailing == ",":
        k += 1  # `NAME KC, prosecuting,`: past counsel's rank
    elif toks[run.last].trailing != "," or k >= len(toks):
        return None
    word = toks[k]
    if word.low in ("prosecuting", "defending") and word.trailing == ",":
        return word.core
    return None


def _the_part(toks: Sequence[Tok], run: Run, comma: str) -> bool:
    """Was the role before the name printed as `The ROLE,` opening the sentence, no firm's
    possessive in it (`The lead researcher, NAME,`)?"""
    lead = run.lead if run.lead >= 0 else run.first
    j = lead - 1 - len(comma.split())
    owner = re.split(r"['’]s?\b", comma.split()[0].lower())[0] if comma.split() else ""
    possessed = "'" in comma or "’" in comma
    if possessed and owner not in _GROUP_OWNERS:
        return False  # `Brightwater’s chief scientist, NAME,`: the firm's office
    if j < 0 or toks[j].low != "the":
        return False
    return j == 0 or toks[j - 1].ends_sentence


# A group of people, no firm, owning a part in the story (`The team’s leader, NAME, a
# researcher at FIRM,`): the part yields to the occupation after the name.
_GROUP_OWNERS = frozenset("team group crew trio duo pair squad band".split())


def _indefinite_after(toks: Sequence[Tok], run: Run) -> bool:
    k = run.last + 1
    return toks[run.last].trailing == "," and k < len(toks) and toks[k].low in ("a", "an")


def _dash_apposition(toks: Sequence[Tok], run: Run) -> str | None:
    """`NAME — FIRM's head of evaluations, a former physicist … — walks me through`: the
    office that opens an aside between dashes, to its first comma."""
    k = run.last + 1
    if k + 1 >= len(toks) or toks[run.last].trailing or not toks[k].is_dash:
        return None
    words: list[int] = []
    ended = False  # by the closing dash, a comma or a clause, not by running out of words
    for j in range(k + 1, min(len(toks), k + 2 + LONG_ROLE_WORDS)):
        ended = True
        tok = toks[j]
        own = [w for w in words if toks[w].low not in ("a", "an", "the")]
        if tok.low in RELATIVES and len(own) >= 3 and not toks[j - 1].trailing:
            break  # `NAME — an analyst at FIRM who has … —`: the office, to its clause
            # (not `NAME — the officer who …`: a bare noun defined by its clause)
        if tok.is_mark or tok.ends_sentence or tok.low in RELATIVES:
            return None
        if tok.is_dash:
            break
        words.append(j)
        if tok.trailing:
            break
        ended = False
    if not ended or not words or toks[words[-1]].trailing not in ("", ","):
        return None  # (`NAME — a broker … and a reader of this letter since …`: whole or none)
    closes = any(toks[j].is_dash for j in range(words[-1] + 1, min(len(toks), k + 40)))
    first = toks[words[0]]
    if not closes or first.low in SUBJECT_PRONOUNS or first.low in PREPOSITIONS:
        return None
    if not _role_like(toks, words[0], words[-1] + 1):
        return None
    return _tidy([toks[j].raw for j in words], LONG_ROLE_WORDS)


def _fuller_before(toks: Sequence[Tok], run: Run, word: str) -> str | None:
    """`The managing partner for data at FIRM … said the partner, NAME`: `the partner` names
    again an office the paragraph opened a sentence with; the office as first printed."""
    k = (run.lead if run.lead >= 0 else run.first) - 1
    if k < 1 or toks[k].low != word.lower() or toks[k - 1].low != "the":
        return None
    for j in range(k - 2, max(0, k - 60), -1):
        if toks[j].low != word.lower() or toks[j].trailing:
            continue
        start = next((m for m in range(j - 1, max(-1, j - 4), -1) if toks[m].low == "the"), None)
        if start is None or (start > 0 and not toks[start - 1].ends_sentence):
            continue
        return _office_to_comma(toks, start + 1, j + 1)
    return None


def _office_to_comma(toks: Sequence[Tok], lo: int, k: int) -> str | None:
    """The office from toks[lo] on to its comma, unnamed there (`The senior partner at FIRM,
    NAME,` names someone else, whose office it is)."""
    words = [tok.raw for tok in toks[lo:k]]
    for j in range(k, min(len(toks), k + 11)):
        tok = toks[j]
        if tok.is_mark or tok.low in SPEECH_VERBS or tok.low in RELATIVES:
            return None
        words.append(tok.raw)
        if not tok.trailing:
            continue
        named = j + 1 < len(toks) and toks[j + 1].core[:1].isupper()
        return _tidy(words, LONG_ROLE_WORDS) if tok.trailing == "," and not named else None
    return None


_REFLEXIVE = frozenset(("himself", "herself", "themselves", "itself"))
_POSTNOMINALS = frozenset(("KC", "QC", "SC"))


def _whose_name(toks: Sequence[Tok], run: Run) -> str | None:
    """`An independent researcher who posts as @handle, and whose real name is NAME,`: the
    role is the noun phrase the relative clauses describe, before the first of them."""
    k = (run.lead if run.lead >= 0 else run.first) - 1
    if k < 2 or toks[k].low != "is" or toks[k].trailing:
        return None
    j = next((i for i in range(k - 1, max(-1, k - 4), -1) if toks[i].low == "whose"), None)
    if j is None or toks[k - 1].low != "name":  # `whose name is`, `whose real name is`
        return None
    for p in range(j, max(-1, j - 20), -1):
        if toks[p].ends_sentence or toks[p].is_mark:
            return None
        if toks[p].low not in ("who", "whose") or p == 0:
            continue
        lo = p - 1
        while lo >= 0 and p - lo <= 5 and toks[lo].low not in ("a", "an", "the"):
            if toks[lo].trailing or toks[lo].ends_sentence:
                break
            lo -= 1
        if lo < 0 or toks[lo].low not in ("a", "an", "the") or lo + 1 >= p:
            continue
        if _agentive(toks[lo + 1 : p]):
            return _tidy([tok.raw for tok in toks[lo + 1 : p]])
    return None


def _postnominal(toks: Sequence[Tok], run: Run) -> str | None:
    """`NAME KC`, `NAME QC`, `NAME SC`: counsel's rank after the name, a title as the corpus
    labels titles before a name."""
    k = run.last + 1
    if k < len(toks) and not toks[run.last].trailing and toks[k].core in _POSTNOMINALS:
        return toks[k].core
    return None


_AUXILIARIES = frozenset("would will should could can may might must did does".split())


_WHEN_ENDS = frozenset(("later", "earlier", "ago", "afterwards", "afterward"))


def _when(role: str) -> bool:
    """`In a reply to her own post a few hours later, NAME added`: a time, never a role."""
    return role.split()[-1].lower().strip(".,") in _WHEN_ENDS


def _clause(role: str) -> bool:
    """`whether the chief executive would resign, Mr X said`: a clause, not an office."""
    return any(word in _AUXILIARIES for word in role.split())


# `father of a sixth-grader at …`, `a mother of two`: kin of someone the article does not name
_KIN_OF_SOMEONE = re.compile(
    r"(?:(?:a|an|the)\s+)?([a-z-]+)\s+of\s+"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})(?:\s|$)",
    re.IGNORECASE,
)


def kin_of_someone(role: str) -> bool:
    """A relation to someone unnamed (`father of a sixth-grader at Bayview Middle`, `mother of
    two`): it says in what capacity they speak, as `Parent NAME` does, and names no one an
    editor would have to name, so it is a role."""
    if _CHAPEL.match(role):
        return True  # a trade union's office in a newspaper's workplace, not kin
    match = _KIN_OF_SOMEONE.match(role)
    return match is not None and match.group(1).lower() in _KIN - _KIN_NOT_HEADS


# The office of a print union's workplace branch (`father of the chapel`, `mother of chapel`).
_CHAPEL = re.compile(r"(?:the\s+)?(?:father|mother)\s+of\s+(?:the\s+)?chapel\b", re.IGNORECASE)


def _kin(role: str) -> bool:
    """`the founder's grandson`, `her brother-in-law`: a relation, not an office."""
    words = role.lower().split()
    if len(words) >= 2 and words[-2] in _BEREFT:
        return False  # `Bereaved father`: a standing in the story, no relative to be named
    head = _role_head(role)
    if head == "sister" and len(words) >= 2 and words[-2] in _WARDS:
        return False  # `ward sister`: a nurse's rank, not kin
    head = head.removesuffix("-in-law").removeprefix("step").removeprefix("great-")
    if head == "partner" and re.search(r"['’]s\s+partner$", role.strip()):
        return True  # `NAME's partner`: someone's partner in life, not in a firm (`partner at`)
    return head in _KIN - _KIN_NOT_HEADS and not kin_of_someone(role)


_PARTY_HEADS = frozenset(("republican", "democrat", "conservative", "liberal", "independent"))


def _role_head(role: str) -> str:
    """The noun a role is about: `mother` of `the student's mother`, `head` of `head of X`;
    `founder` of `the alliance's founder and a mother of three` (the second, kin of no one
    named, says in what capacity: the office before it is what the role is about)."""
    first, joined, rest = role.partition(" and ")
    if joined and kin_of_someone(rest):
        role = first
    head = re.split(r"\s(?:of|at|for|in|on|from|to|with)\s", role.lower(), maxsplit=1)[0].split()
    return head[-1].strip(",.’'") if head else ""


def _someones(role: str) -> bool:
    """`His attorney`, `Her agent`: a role of two words owned by the person just named (a
    possessive pronoun; `the chapter's chair, NAME, a sports reporter,` keeps the office)."""
    words = role.split()
    return len(words) == 2 and words[0].lower() in ("his", "her")


def _relation(role: str) -> bool:
    """`Her challenger`, `the measure's author`: a relation to someone or something just
    named (kin is none either), not an office; an office printed with the name says more."""
    head = _role_head(role)
    return head not in ROLE_WORDS or head in _AUTHORSHIP or head in _KIN


_KIN_NOT_HEADS = frozenset(("elder", "older", "younger"))
_BEREFT = frozenset(("bereaved", "grieving"))


def _bereft(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] a parent's or a spouse's word after `bereaved`/`grieving` (`Bereaved father
    NAME`): a standing in the story, printed as a role before the name?"""
    if k < 1 or toks[k - 1].trailing or toks[k].trailing:
        return False
    parent = toks[k].low in ("father", "mother", "parent", "parents", "husband", "wife", "widow")
    return parent and toks[k - 1].low in _BEREFT


def dash_role(toks: Sequence[Tok], run: Run, end: int) -> str | None:
    """`— Beatriz Coelho-Hart, Chief Product Officer, Korvel Analytics`: all after the name."""
    words = [tok.raw for tok in toks[run.last + 1 : end] if not tok.is_mark]
    while words and words[-1].startswith("(@"):
        words.pop()
    text = " ".join(words)
    text = re.sub(r"\(@[^)]*\)", "", text)
    text = re.sub(
        r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
        r"December)\s+\d{1,2},?\s+\d{4}\.?$",
        "",
        text.strip(),
    )
    # `— NAME, ROLE (@handle), 10 Nov 2026`: a post's date, day first, month in full or short
    text = re.sub(
        r"\s{0,3},?\s{0,3}\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\.?"
        r"\s+\d{4}\.?$",
        "",
        text.strip(),
    ).strip()
    # (`— NAME, in a statement`: where it was said with nothing before it is no role either)
    text = _CIRCUMSTANCE.split(", " + text.strip(), maxsplit=1)[0][2:]
    # `— NAME, 58, rice farmer`, `— NAME, 16`: an age is no role
    text = re.sub(r"^\d{1,3}(?:,\s*|\.?$)", "", text)
    if town_only(text):
        return None  # `— NAME, 27, Harbourside`, `— NAME, Lowmoor`: where a reader lives
    # `— NAME, senior field adjuster, 14 years with FIRM`: how long, not what, she is
    text = re.split(r",\s+(?:\d{1,2}|[a-z]+-?)\s+years?\s+(?:with|at|in|on)\b", text, maxsplit=1)[0]
    # `— NAME, VP of engineering at FIRM, which was one of …`: a clause of the firm, not hers
    text = re.split(r",\s+which\s", text, maxsplit=1)[0]
    if re.search(r"\(\d{4}\)$", text.strip()):
        return None  # `— NAME, Title of a Book (1987)`: the work quoted from, not the person's role
    first = text.split(maxsplit=2)
    if first and first[0] in ("who", "whose"):
        return None  # `— NAME, who studies peer review at X`: a clause about them, no office
    participle = len(first) > 1 and first[0].endswith("ing") and first[0].islower()
    if participle and first[1].lower().strip(",") in PREPOSITIONS:
        return None  # a participle's clause (`visiting from Bradford`): what, not who
    # (`— NAME, policy adviser at FIRM who wrote its code of practice on robots`: an office
    # and the relative clause the line keeps, each within a role's length)
    parts = re.split(r"\s(?:who|whose)\s", text, maxsplit=1)
    limit = MAX_ROLE_WORDS
    if len(parts) == 2 and len(parts[0].split()) <= MAX_ROLE_WORDS and "," not in parts[0][-1:]:
        limit = 2 * MAX_ROLE_WORDS
    return _tidy([text.strip(" ,")], limit) if text.strip(" ,.") else None


_STREETS = frozenset(
    "street road lane avenue drive close crescent terrace square ward estate row way".split()
)


def _street_only(text: str) -> bool:
    """Is a dash line's text after the name two or three capitalised words ending in a
    street's or a ward's word (`Carrow Street`, `Harbour Ward`)? Where a reader lives."""
    words = text.strip(" ,.").split()
    if not 2 <= len(words) <= 3 or words[-1].lower() not in _STREETS:
        return False
    return all(word[:1].isupper() and word.isalpha() and not word.isupper() for word in words)


def town_only(text: str) -> bool:
    """Is a dash line's text after the name (and an age) one capitalised word that is no
    office's word, no abbreviation and no initials (`Harbourside`, not `Senator`, `KC`,
    `Coun.`)? A vox pop's reader signs with a town: no role; or with a street or a ward."""
    if _street_only(text):
        return True
    word = text.strip(" ,.")
    if not word or " " in word or not word[:1].isupper() or word.isupper():
        return False
    if not all(part.isalpha() for part in word.replace("’", "'").split("-")):
        return False
    return not _role_word(word.lower()) and word.lower() not in TITLE_NOUNS


# `…, speaking at the Festival`, `…, at the Summit on Thursday`, `…, in a keynote`: where and
# when the words were said, after the role's last comma, not part of it.
# A bracketed aside says the same (`…, FIRM (in an interview with The X Weekly)`).
_CIRCUMSTANCE = re.compile(
    r"(?:,\s+|\s*\()"
    r"(?=(?:at|on|in|during|to|speaking|writing|talking|addressing|interviewed|quoted|via)\b)"
    # how it was delivered, in brackets (`(via video link)`, `(by satellite)`, `(recorded)`)
    r"|\s*\((?=(?:via|by|over|through|from|live|recorded|pre-recorded|remotely|remote|video|"
    r"translated|interpreted)\b)"
)


def bracket_role(toks: Sequence[Tok], run: Run, end: int) -> str | None:
    """`—Dariusz Kowal-Mensah (head of platform, Brightwick Freight)`: a role in brackets
    right after a dash attribution's name (not a handle, a party or where it was said)."""
    k = run.last + 1
    if k >= end or not toks[k].raw.startswith("(") or toks[k].raw.startswith("(@"):
        return None
    for j in range(k, min(end, k + MAX_ROLE_WORDS)):
        if toks[j].is_mark:
            return None
        if toks[j].raw.rstrip(".,;:").endswith(")"):
            break
    else:
        return None
    text = " ".join(tok.raw for tok in toks[k : j + 1]).rstrip(".,;:")[1:-1]
    text = _CIRCUMSTANCE.split(text, maxsplit=1)[0]
    words = text.split()
    if not words:
        return None
    if not any(_role_word(w.lower().strip(",.;:")) for w in words):
        # `(agronomist, Example Crop Institute)`: a noun naming what someone does, first
        first = next((i for i in range(k, j + 1) if toks[i].trailing), j)
        if not _agentive(toks[k : first + 1]):
            return None
    return _tidy(words)


# --- the people of an article -------------------------------------------------------------------


@dataclass
class Mention:
    offset: int  # in the article
    block: int
    sentence: int  # in the article: sentence ids never repeat across blocks
    name: str
    addressee: bool = False  # `told Judge Miriam Holt`: spoken to, not speaking
    objective: bool = False  # after a verb or preposition (`met Obiora`): not the subject
    pronoun: bool = False  # a pronoun that means them (`met him`), not their name
    fronted: bool = False  # in a sentence's opening phrase (`Under questioning from NAME, she
    # said`): never the person that sentence's own pronoun means
    heard: bool = False  # `NAME1 also spoke to NAME2, …`: the one interviewed, who answers
    # the gender of a pronoun before the name in its sentence that means someone else (`Her
    # colleague NAME`, `Beside him, NAME`, `She read out a letter from NAME`): a pronoun of that
    # gender after it goes on meaning that someone, not NAME, unless NAME's gender is known
    foil: str = ""
    # one of two names joined as a sentence's subject (`NAME1 and NAME2 had left`): a singular
    # pronoun in a later sentence means neither surely
    joint: bool = False


# Given names that are one gender's in every language an article is likely to print them in
# (not `Jean`, `Andrea`, `Nicola`, `Jan`, `Kim`, `Alex`, `Sasha`, `Camille`, `Jordan`, which
# are either): the first name of a person named in full is evidence of their gender, one vote,
# so that `she said` is not given to an `Antoine` nearer the quote than the woman asked.
_GIVEN_NAMES = {
    "f": _set(
        """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
        margaret sandra ashley emily donna michelle carol amanda melissa deborah stephanie
        rebecca laura sharon cynthia kathleen amy shirley angela helen anna brenda pamela
        nicole emma samantha katherine christine rachel catherine carolyn janet maria heather
        diane julie joyce victoria kelly christina joan evelyn lauren judith olivia martha
        cheryl megan hannah alice julia grace sophie sophia chloe charlotte amelia isabella
        isabelle claire fiona siobhan siobhán niamh aoife sinead sinéad gráinne róisín
        mairead máiréad bronwen rhiannon siân ffion cerys eleanor harriet lucy ruth esther
        miriam naomi priya ananya aisha fatima amina zainab leila yasmin nadia olga irina
        natalia natalya svetlana tatiana ekaterina anastasia paulina agnieszka katarzyna
        magdalena małgorzata ewa zofia hélène helene marie giulia francesca chiara valentina
        elena beatriz beatrice inês lucía lucia carmen isabel ingrid astrid sigrid ingeborg
        birgit greta freya maja mette marit kirsten annika tereza petra ivana katrin ursula
        brigitte monika sabine gisela heike claudia bettina giovanna alessandra federica
        silvia mariana fernanda gabriela juliana adriana teresa dolores pilar mercedes
        ngozi chidinma adaeze chiamaka folake funmilayo
        """
    ),
    "m": _set(
        """
        james john robert michael william david richard joseph thomas charles christopher
        daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian
        george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan
        stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick
        raymond jack dennis jerry tyler aaron henry douglas peter adam nathan zachary walter
        harold kyle carl arthur gerald roger keith lawrence terry sean christian albert
        ethan austin jesse bruce ralph roy noah dylan eugene wayne alan juan louis russell
        gabriel philip harry vincent hamid mohammed muhammad ahmed omar hassan hussein
        ibrahim yusuf mustafa tariq rahul arjun vikram sanjay rajesh amit antoine pierre
        jacques françois francois olivier philippe thierry laurent julien mathieu guillaume
        hans klaus jürgen wolfgang dieter stefan matthias tobias lukas florian giovanni
        giuseppe marco luca matteo lorenzo alessandro francesco antonio carlos josé jose
        miguel javier pablo diego alejandro sergio joão pedro rafael tiago ivan dmitri
        sergei vladimir mikhail alexei piotr tomasz krzysztof paweł marek lars nils erik
        anders mikael magnus olav sven bjørn declan ciarán seamus eoin cormac pádraig
        gareth rhys dafydd owain huw kwame kofi chinedu emeka tunde
        """
    ),
}


def given_name_gender(name: str) -> str:
    """`m` or `f` where a name's first word (its first part, if hyphenated: `Marie-Claire`)
    is a given name of one gender only, else ``."""
    first = name.split()[0].split("-")[0].lower() if name.split() else ""
    return next((g for g, names in _GIVEN_NAMES.items() if first in names), "")


@dataclass
class People:
    """The people an article names: full names, what refers to them, roles, genders, mentions."""

    names: dict[str, str] = field(default_factory=dict)  # full name, surname, first name → full
    roles: dict[str, str] = field(default_factory=dict)
    votes: dict[str, Counter[str]] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    firms: set[str] = field(default_factory=set)  # names the article treats as firms (lower)
    products: dict[str, str | None] = field(default_factory=dict)  # things made → the maker
    # of those, the ones taken for firms only by `NAME's <role>` (a person's as often)
    owned: set[str] = field(default_factory=set)
    # one word that is both a firm's name and the surname of a person named in full: whom it
    # means on its own is unsure
    torn: set[str] = field(default_factory=set)
    namesakes: dict[str, set[str]] = field(default_factory=dict)  # surname (lower) → full names
    styles: dict[str, str] = field(default_factory=dict)  # full name → honorific it came with
    initials: dict[str, set[str]] = field(default_factory=dict)  # `LAW` → Leopold Asante-Weir
    words: dict[str, set[str]] = field(default_factory=dict)  # each word of a name → full names
    handles: dict[str, str] = field(default_factory=dict)  # `@bnsuth` → the person posting as it
    # what a relative clause says someone is, not an office (`who was the hearing's only
    # witness`): the noun `the witness` may refer back to them by
    described: dict[str, set[str]] = field(default_factory=dict)
    they: set[str] = field(default_factory=set)  # people said to use they/them pronouns
    # the noun an unnamed person was introduced by (`A senior executive at …, who asked not to
    # be named`): their key → `executive`, so that `the executive said` after it is theirs
    unnamed_nouns: dict[str, str] = field(default_factory=dict)
    # the article's paragraphs (the proposer's blocks), for what `it said` and `the company
    # said` refer back to across paragraphs
    blocks: Sequence[object] = ()
    # a firm's short name (lower case) → the one longer name of the article it is a word of
    fuller: dict[str, str | None] = field(default_factory=dict)
    # a relation (`father`) → those introduced by it (`Her father, NAME,`)
    kin: dict[str, set[str]] = field(default_factory=dict)
    # each name's first mention (its offset): what `the mayor` may refer back to
    first_seen: dict[str, int] = field(default_factory=dict)
    _keys: list[int] = field(default_factory=list)

    def is_firm(self, name: str) -> bool:
        low = name.lower()
        return low in self.firms or low.split()[0] in self.firms

    def add(self, name: str, role: str | None = None, gender: str = "") -> str:
        if self.is_firm(name):
            return name
        full = self.lookup(name) or name
        if full == name:
            self._fold_tail(name)
            self.names.setdefault(name.lower(), name)
            self.namesakes.setdefault(name.split()[-1].lower(), set()).add(name)
            for label in initials(name):
                self.initials.setdefault(label, set()).add(name)
            for word in name.split():
                if word.lower() not in _PARTICLES and len(self.words) < 10_000:
                    self.words.setdefault(word.lower(), set()).add(name)
            parts = name.split()
            # (`Nogueira Lins` of Carlos Eduardo Nogueira Lins: two surnames after two given
            # names)
            double = " ".join(parts[-2:]) if len(parts) > 3 else ""
            for key in (parts[-1], " ".join(parts[1:]) if len(parts) > 2 else "", double, parts[0]):
                if key and key.lower() not in STOP_WORDS:
                    self.names.setdefault(key.lower(), name)
            for key in _particle_surnames(parts):  # `Ms. Alvarez de la Fuente`
                self.names.setdefault(key.lower(), name)
            # `Tan` of Gregory Tan Wei Ming: a Western given name before a family name and a
            # given name of two syllables (Chinese usage), the family name short
            short = len(parts) == 4 and all(len(p) <= 5 and p.isalpha() for p in parts[1:])
            if short and len(parts[1]) <= 4 and parts[1].lower() not in _PARTICLES:
                self.names.setdefault(parts[1].lower(), name)
            patronymic = next((i for i, p in enumerate(parts) if p.lower() in _PATRONYMICS), 0)
            if patronymic >= 2:  # `Nur Aisyah` of Nur Aisyah binti Rahman
                self.names.setdefault(" ".join(parts[:patronymic]).lower(), name)
        if role and full not in self.roles:
            self.roles[full] = role
        if gender:
            self.vote(full, gender)
        return full

    def _fold_tail(self, name: str) -> None:
        """`— Joaquín Ibarra Salcedo, chief executive, …` under an epigraph, where a paragraph's
        `Ibarra Salcedo denies` was read first (paragraphs are read before block quotes): a
        person already known by the last two words or more of this longer name is this one,
        named in short (its particle capitalised or not)."""
        parts = name.split()
        if len(parts) < 3:
            return
        # (`Dos Santos Ferreira said …` opening a sentence: the particle capitalised there)
        tail = self.names.get(" ".join(parts[1:]).lower(), "")
        if tail.lower() != " ".join(parts[1:]).lower():
            return
        if len(self.namesakes.get(parts[-1].lower(), ())) > 1:
            return  # (two people of that surname: which one is unsure)
        # (the keys the short name was added under: itself and its words; not a scan of all)
        keys = {tail.lower(), " ".join(parts[2:]).lower(), *(word.lower() for word in parts[2:])}
        for key in keys:
            if self.names.get(key) == tail:
                self.names[key] = name
        if self.names.get(parts[1].lower()) == tail:
            del self.names[parts[1].lower()]  # (`Ibarra` was the short name's first word)
        if tail in self.roles:
            self.roles.setdefault(name, self.roles.pop(tail))
        if tail in self.votes:
            self.votes.setdefault(name, Counter()).update(self.votes.pop(tail))
        # (out of the groups the short name was put in; the longer name's own are added next)
        self.namesakes.get(parts[-1].lower(), set()).discard(tail)
        for word in parts[1:]:
            self.words.get(word.lower(), set()).discard(tail)
        for label in initials(tail):
            self.initials.get(label, set()).discard(tail)

    def honoured(self, word: str) -> str | None:
        """Whom an honorific and one word mean (`Mr Hafiz` of Muhammad Hafiz Ismail, `Ms
        Rahayu`): the one person whose name has that word, in any place, if only one has."""
        named = self.words.get(word.lower(), set())
        return next(iter(named)) if len(named) == 1 else None

    def someone(self, gender: str = "") -> str:
        """A person the article does not name (`her uncle`, `Mrs Lindahl` of two Lindahls):
        a pronoun that means them is left unsure, never given to a name."""
        key = f"?{len(self.mentions)}"
        self.vote(key, gender)
        return key

    def anonymous(self, offset: int, gender: str = "") -> str:
        """An anonymous source (`a Cork technician who asked not to be named`): a pronoun
        that means them is theirs, and their quotes are never proposed."""
        key = f"?a{offset}"
        self.vote(key, gender)
        return key

    def lookup(self, name: str) -> str | None:
        key = name.lower()
        if key in self.firms:
            return None
        if key in self.names:
            return self.names[key]
        parts = key.split()
        if len(parts) > 1 and parts[-1] in self.names:
            full = self.names[parts[-1]]
            if full.lower().split()[0] == parts[0]:
                return full
            # `Reg Otieno-Blythe` of Reginald Otieno-Blythe: a given name's short form, the one
            # person of that surname
            given = full.lower().split()[0]
            alone = len(self.namesakes.get(parts[-1], ())) == 1
            if len(parts) == 2 and alone and len(parts[0]) >= 3 and given.startswith(parts[0]):
                return full
        return None

    def vote(self, name: str, gender: str) -> None:
        if gender in ("m", "f"):
            self.votes.setdefault(name, Counter())[gender] += 1

    def gender_or_given(self, name: str) -> str:
        """The gender the text shows, else the one a given name of one gender only shows
        (`Antoine Leclerc`), for a person named in full."""
        shown = self.gender(name)
        if shown or name.startswith("?") or self.is_firm(name) or len(name.split()) < 2:
            return shown
        return given_name_gender(name)

    def gender(self, name: str) -> str:
        votes = self.votes.get(name)
        if not votes or votes["m"] == votes["f"]:
            return ""
        return "m" if votes["m"] > votes["f"] else "f"

    def mention(
        self,
        offset: int,
        block: int,
        sentence: int,
        name: str,
        addressee: bool = False,
        objective: bool = False,
        pronoun: bool = False,
        fronted: bool = False,
        heard: bool = False,
        foil: str = "",
        joint: bool = False,
    ) -> None:
        index = bisect.bisect_right(self._keys, offset)
        self._keys.insert(index, offset)
        mention = Mention(
            offset,
            block,
            sentence,
            name,
            addressee,
            objective,
            pronoun,
            fronted,
            heard,
            foil,
            joint,
        )
        self.mentions.insert(index, mention)
        if offset < self.first_seen.get(name, offset + 1):
            self.first_seen[name] = offset

    def candidates(
        self, offset: int, min_block: int, limit: int = 12, sentence: int | None = None
    ) -> list[Mention]:
        """People named before `offset` (not before block `min_block`), nearest first, once
        each (each with their nearest mention); not those named in the opening phrase of
        `sentence`, the pronoun's own (`Under questioning from NAME, she said`)."""
        index = bisect.bisect_left(self._keys, offset)
        seen: set[str] = set()
        found: list[Mention] = []
        floor = max(0, index - 4 * limit)  # a bounded look back, however often a name recurs
        while index > floor and len(found) < limit:
            index -= 1
            mention = self.mentions[index]
            if mention.block < min_block:
                break
            if mention.fronted and mention.sentence == sentence:
                continue
            if mention.name not in seen:
                seen.add(mention.name)
                found.append(mention)
            elif not mention.addressee:  # named as a speaker nearby too: not only spoken to
                for i, earlier in enumerate(found):
                    # (in the same paragraph: a speaker paragraphs ago who is now being told
                    # something is the one listening)
                    if earlier.name == mention.name and earlier.addressee:
                        if earlier.block != mention.block:
                            continue
                        found[i] = Mention(
                            earlier.offset,
                            earlier.block,
                            earlier.sentence,
                            earlier.name,
                            objective=earlier.objective,
                            pronoun=earlier.pronoun,
                        )
        return found

    def resolve(
        self, pronoun: str, offset: int, min_block: int, sentence: int | None = None
    ) -> str | None:
        """Whom `he`/`she`/`they` at `offset` (in `sentence`) means, or None where unsure."""
        key = self.resolve_key(pronoun, offset, min_block, sentence)
        return _named(key) if key else None

    def _same_pronoun_did(self, mention: Mention, want: str) -> bool:
        """Was `mention` an object, not a pronoun, of a sentence whose subject is `want`'s
        pronoun (`she named NAME`)?"""
        if not want or not mention.objective or mention.pronoun:
            return False
        if not 0 <= mention.block < len(self.blocks):
            return False
        block = self.blocks[mention.block]
        if getattr(block, "index", -1) != mention.block:
            return False
        return _same_pronoun_subject(block, mention, want)

    def resolve_key(
        self,
        pronoun: str,
        offset: int,
        min_block: int,
        sentence: int | None = None,
        given: bool = True,
        block: int = -1,
    ) -> str | None:
        """As `resolve`, but a person the article does not name is given by their key
        (`?…`; `?a…` for an anonymous source: `a technician who asked not to be named`).
        `given`: a given name of one gender counts where the text shows none, for people
        named before the pronoun's paragraph, `block` (not in it: `Baroness NAME, …, told the
        Gazette …. ‘…,’ he said` is hers, a slip; nor when finding who both a `he` and a `she`
        would mean, which is what the text alone says)."""
        want = SUBJECT_PRONOUNS.get(pronoun, POSSESSIVE_PRONOUNS.get(pronoun, ""))
        found = self.candidates(offset, min_block, sentence=sentence)
        dropped = False  # someone left out by a given name alone
        if want:
            # (never someone the article says uses they/them pronouns)
            shown = [m for m in found if self.gender(m.name) in ("", want)]
            found = [
                m
                for m in found
                if (
                    self.gender_or_given(m.name)
                    if given and m.block != block
                    else self.gender(m.name)
                )
                in ("", want)
                and m.name not in self.they
            ]
            dropped = len(shown) > len([m for m in shown if m in found])
        speakers = [m for m in found if not m.addressee]
        found = speakers or found  # the one spoken to is not who answers
        if want and found and found[0].foil == want and not self.gender(found[0].name):
            # `Her colleague NAME sent a chart. She added: “…”`: not NAME, whom the pronoun
            # was of another beside
            found = found[1:]
            if found and found[0].foil == want:
                return None
        if not found:
            return None
        if not want:  # `they`: singular only when nobody else is in view, or of the
            # unnamed source nearest it (`A former manager, who spoke on condition of
            # anonymity, disputed that. “…,” they said`): as anonymous as they are
            if found[0].name.startswith("?a"):
                return found[0].name
            if self.they and found[0].name not in self.they:
                # (`NAME1, who uses they/them pronouns, …. NAME2 said …. “…,” they added`:
                # the one the article gives that pronoun, if they are in view, not NAME2;
                # but after two named together, `they` may be both: unsure)
                together = any(m.sentence == found[0].sentence for m in found[1:])
                if together or found[0].joint:
                    return None
                wider = self.candidates(offset, max(0, min_block - 3), sentence=sentence)
                theirs = {m.name for m in wider if m.name in self.they}
                return theirs.pop() if len(theirs) == 1 else None
            if len(found) == 1:
                return found[0].name
            # `NAME, who uses they/them pronouns, …. NAME now leads …. “…,” they explained`:
            # the one such person, nearest and alone in their sentence
            nearest = found[0]
            alone = nearest.name in self.they and found[1].sentence != nearest.sentence
            others = (m for m in found[1:] if m.name != nearest.name)
            return nearest.name if alone and not any(m.name in self.they for m in others) else None
        nearest = found[0]
        alone = not any(m.sentence == nearest.sentence for m in found[1:])
        away = sentence is not None and nearest.sentence != sentence
        if want and away and nearest.joint and not self.gender(nearest.name):
            return None  # `NAME1 and NAME2 had left. She was not done. “…,” she said`: unsure
        if alone and away and self._same_pronoun_did(nearest, want):
            return None  # `She named NAME and …. “…,” she told the jury`: she is not NAME
        if len(found) == 1:
            return nearest.name
        other = found[1]
        if _object_in_own_sentence(nearest, other, sentence):
            return other.name  # `NAME1 spoke. In a letter read by NAME2, he wrote:`: NAME1
        if _object_after_subject(nearest, other, sentence):
            return None  # `NAME1 replied. She had hired NAME2. “…,” she wrote`: either
        if other.sentence == nearest.sentence and nearest.heard and nearest.sentence != sentence:
            return nearest.name  # `NAME1 also spoke to NAME2, …. …, she said:`
        if other.sentence == nearest.sentence:
            # `Villiers … met Obiora. “…,” she said`: the subject, not the one met; but
            # `Dunleavy and Mehta were both on a panel … he said`: either
            rivals = [m for m in found if m.sentence == nearest.sentence and not m.objective]
            if len(rivals) == 1 and rivals[0].name == nearest.name:
                return nearest.name  # `Pressed by NAME of the Gazette, Mr X said …`: the subject
            if len(rivals) != 1 or not nearest.objective:
                return None
            if nearest.pronoun and rivals[0].foil == want:
                return nearest.name  # `NAME asked him whether …. “…,” he said`: the one asked
            if nearest.pronoun and not self.gender(rivals[0].name):
                return None  # `NAME met him. “…,” he said`: him, or NAME?
            if rivals[0].joint and not self.gender(rivals[0].name) and sentence is not None:
                return None  # (`NAME1 and NAME2 had gone, but NAME3 stayed. She …`)
            if dropped and self.gender(nearest.name) == want and not self.gender(rivals[0].name):
                # `NAME1 caught NAME2 with NAME3 (a woman by her given name) at his side. “…,”
                # he said`: with NAME3 left out, the subject, of no gender known, or NAME2?
                return None
            return rivals[0].name
        return nearest.name


def _same_pronoun_subject(block: object, mention: Mention, want: str) -> bool:
    """Is `mention` an object of a sentence whose subject, before it, is the same pronoun
    (`she named NAME`)? That pronoun means someone else, and so does the same one after it."""
    toks = getattr(block, "toks", None)
    sentences = getattr(block, "sentences", None)
    quoted = getattr(block, "quoted", None)
    start = getattr(block, "offset", 0)
    if not toks or not sentences or quoted is None:
        return False
    for k, tok in enumerate(toks):
        if sentences[k] != mention.sentence or quoted[k]:
            continue
        if start + tok.start >= mention.offset:
            return False
        if SUBJECT_PRONOUNS.get(tok.low) == want and not tok.trailing:
            # (the name right after the pronoun's verb: `she named NAME`, `he blamed the NAME`)
            near = toks[k + 1 : k + 4]
            if not any(t.trailing for t in near[:-1]) and any(
                start + t.start == mention.offset for t in near[1:]
            ):
                return True
            # (`he spoke to Westgate TV’s NAME`: the name after its owner's, capitalised)
            far = toks[k + 1 : k + 7]
            at = next((p for p, t in enumerate(far) if start + t.start == mention.offset), -1)
            if at >= 3 and far[at - 1].possessive and not any(t.trailing for t in far[:at]):
                owner = far[2:at]
                if far[1].low == "to" and all(t.core[:1].isupper() for t in owner):
                    return True
    return False


def _object_after_subject(nearest: Mention, other: Mention, sentence: int | None) -> bool:
    """Is the nearest person an object of a sentence before the pronoun's (`She had hired
    NAME2.`), after the paragraph named another as a subject? The pronoun may mean either:
    the subject's, carried on by a pronoun, or the object's."""
    return (
        sentence is not None
        and nearest.sentence not in (sentence, other.sentence)
        and nearest.objective
        and not nearest.pronoun
        and other.block == nearest.block
        and not other.objective
        and not other.addressee
        and other.name != nearest.name
    )


def _object_in_own_sentence(nearest: Mention, other: Mention, sentence: int | None) -> bool:
    """Is the nearest person an object in the pronoun's own sentence (`handed up by
    NAME2 — he wrote`), and the one before the subject of an earlier sentence of the paragraph?
    A pronoun does not mean an object of its own clause."""
    return (
        sentence is not None
        and nearest.sentence == sentence
        and nearest.objective
        and not nearest.pronoun
        and other.sentence != sentence
        and other.block == nearest.block
        and not other.objective
        and not other.addressee
    )


# Irish surnames' first words, capitalised (`Siobhán Mac Giolla Phádraig` is `Mac Giolla
# Phádraig` on second reference).
_IRISH_PREFIXES = frozenset(("mac", "nic"))


def _particle_surnames(parts: Sequence[str]) -> list[str]:
    """The surnames a name with particles is known by on second reference: `Alvarez de la
    Fuente` and `de la Fuente` of María José Alvarez de la Fuente, `van der Linde`."""
    found = []
    for i in range(1, len(parts) - 1):
        particle = parts[i].lower() in _PARTICLES or parts[i].lower() in _IRISH_PREFIXES
        if particle and parts[i - 1].lower() not in _PARTICLES:
            found.append(" ".join(parts[i:]))
            if i >= 2:
                found.append(" ".join(parts[i - 1 :]))
            # `de la Cruz` of Rafael de la Cruz Ibáñez: the particles and the first surname of
            # a double surname after them
            j = next((j for j in range(i, len(parts)) if parts[j].lower() not in _PARTICLES), 0)
            if i < j < len(parts) - 1:
                found.append(" ".join(parts[i : j + 1]))
    return found


def initials(name: str) -> frozenset[str]:
    """The labels a Q&A may print for a person: `LAW` and `LW` for Leopold Asante-Weir."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper()]
    if len(words) < 2:
        return frozenset()
    full = "".join(w[0] for w in words)
    short = words[0][0] + name.split()[-1][0]
    return frozenset((full, short))


def _named(name: str) -> str | None:
    """A person's name, or None for someone the article does not name (`People.someone`)."""
    return None if name.startswith("?") else name


def gendered(low: str, following: str = "") -> str:
    """The gender a pronoun refers to: he/she, his, himself/herself, and `her` before a noun
    (`her company`; `pressed her on` is an object, said of someone else)."""
    if low == "her":
        # (`asked her whether …`, `told her that …`: an object before a clause, said of someone
        # else)
        if following in _CLAUSE_AFTER_OBJECT:
            return ""
        return "f" if following and following.islower() and following not in PREPOSITIONS else ""
    return _GENDERED.get(low, "")
