"""Propose an article's quotes and who said them: pure functions on the article's text.

An editor still chooses and trims; this saves copying, and copying is where misquotes come from.
The text is one block a line, as `digest.editor.articles` gives it (or a Markdown or text file):
`# ` starts a heading, `> ` a line of a block quote. A quote is

- a passage in quotation marks of a few words, attributed in its sentence by a small grammar of
  attribution: a speech verb (said, told, wrote, posted, added, according to, ...) with its
  subject on either side of the quote (`“…,” said NAME`, `NAME said: “…”`, `Said NAME: “…”`,
  `According to NAME, “…”`), a dash after it (`“…” — NAME, ROLE`), or a sentence ending in a
  colon just before it (in the paragraph before, too);
- the next part of a split quote, a second quote in the attributed sentence's paragraph, or a
  paragraph that is only a quote (or continues one left open): the same speaker's;
- a block quote with its own attribution (a dash line, `<cite>`, `<footer>`, a figure caption),
  or introduced by the paragraph before it;
- an interviewee's answer (`NAME: …`, `A: …` after the questions' `Q: …`), never a question.

A quote whose subject is nobody in particular (`one former manager said`, `a spokesperson
said`) is never proposed, nor is a passage nobody is named for, nor a paraphrase without quotation
marks. A pronoun's person is resolved in `digest.editor.speakers`; where that is unsure, the quote
is proposed with an empty speaker and a warning. A pull quote or headline repeating a quote of the
text is proposed once.

Everything is a few passes over the text, each linear in its length plus work in windows of
bounded size around each quote.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import cast

import yaml

from digest.editor.quotemarks import Span, spans
from digest.editor.speakers import (
    COLON_VERBS,
    FIRM_NOUNS,
    FIRM_WORDS,
    HONORIFICS,
    JOINED_PARTICLE,
    MAX_ROLE_WORDS,
    NOT_PERSON_WORDS,
    OBJECT_PRONOUNS,
    PREPOSITIONS,
    RELATIVES,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    SPEECH_VERBS,
    STOP_WORDS,
    SUBJECT_PRONOUNS,
    People,
    Run,
    Tok,
    apposition,
    as_role,
    bracket_role,
    comma_role_before,
    copula_role,
    dash_role,
    gendered,
    initials,
    is_place,
    not_person,
    office_nouns,
    phrasal_speech,
    phrase_head,
    role_at,
    role_before,
    runs,
    sentence_ids,
    tokens,
    town_only,
)

MIN_WORDS = 3  # a quote of fewer words is a scare quote, never proposed
MIN_PARTIAL_WORDS = 5  # a quote starting mid-sentence needs this many words and its own attribution
CLAUSE = 24  # tokens looked at after a quote for its attribution
BLOCKS_BACK = 2  # paragraphs looked back for the person a pronoun means
MAX_QUOTE = 2000  # characters: the entry schema's limit for a quote
_TOO_LONG = (
    f"longer than the {MAX_QUOTE:,} characters an entry's quote may hold: keep its key "
    "sentences, with … where words are left out"
)
MAX_TEXT = 120_000  # characters of an article read (some 20,000 words)
REPEATS = 50  # quotes checked for being part of another (pull quotes, headlines)
_BARE_TIMESTAMP = re.compile(r"[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?")  # a line of its own
_TIMESTAMP = re.compile(r"^[\[(]?\d{1,2}:\d{2}(?::\d{2})?[\])]?\s+")  # a transcript's `[00:01:12]`
_UNSURE = "the article does not make clear who said this: fill in the speaker"
_NOTE = re.compile(
    r"\b(?:edited|condensed)\b.{0,40}\b(?:length|clarity|brevity)\b|^(?:update|correction)\b", re.I
)
_LABEL = re.compile(r"^([^:]{1,90}?):\s+(\S.*)$|^([QA])\.\s+(\S.*)$")
_ADDRESSING = frozenset(
    ("told", "tells", "asked", "asks", "thanked", "pressed", "urged", "reminded", "assured")
)
_QUESTION_WORDS = frozenset(("whether", "if", "why", "how", "what", "when", "where"))
_ASKED_BY = frozenset(("asked", "pressed", "questioned", "challenged", "quizzed"))
_ASKED_VERBS = frozenset(("asked", "asks", "wondered", "questioned"))
_INTERVIEWING = frozenset(("spoke", "talked", "speaking", "talking", "spoken"))
_PLACE_PREPOSITIONS = frozenset(("in", "at", "from", "across", "near", "outside", "throughout"))
_RELATIVE_CLAUSE = frozenset(("which", "who", "whom", "whose", "where"))
_DASH_START = re.compile(r"^(?:—|–|―|--?)\s*(?=\S)")


@dataclass(frozen=True)
class Proposal:
    """A proposed quote: verbatim text, who said it, and their role when the article gives it.

    `speaker` is empty, and `warning` says why, where the article leaves the speaker unclear.
    """

    text: str
    speaker: str
    role: str | None = None
    warning: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        item = {"text": self.text, "speaker": self.speaker, "role": self.role}
        if self.warning:
            item["warning"] = self.warning
        return item


# --- the article as blocks ----------------------------------------------------------------------


@dataclass
class _Block:
    index: int
    kind: str  # "p" paragraph, "q" line of a block quote, "h" heading, "n" editor's note
    text: str
    offset: int  # of the block in the article (blocks are one character apart)
    first_sentence: int
    toks: list[Tok] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)
    run_firsts: list[int] = field(default_factory=list)
    sentences: list[int] = field(default_factory=list)  # article-wide sentence id of each token
    spans: list[Span] = field(default_factory=list)
    quoted: list[bool] = field(default_factory=list)  # token inside a quoted passage
    strong: bool = False  # all in bold (an interview's question)
    listed: bool = False  # an item of a list (`- …`)
    previous: _Block | None = field(default=None, repr=False, compare=False)  # the block before

    def index_at(self, char: int) -> int:
        """Index of the first token starting at or after `char`."""
        return bisect.bisect_left(self.starts, char)

    def runs_in(self, lo: int, hi: int) -> list[Run]:
        """The names starting in toks[lo:hi]."""
        return self.runs[
            bisect.bisect_left(self.run_firsts, lo) : bisect.bisect_left(self.run_firsts, hi)
        ]


def _unmark(line: str) -> tuple[str, str, bool]:
    """A line's kind, text and boldness, Markdown's marks off (`> `, `# `, `**`, `*…*`)."""
    kind = "p"
    if line.startswith(">"):
        kind, line = "q", line.lstrip("> ").strip()
    elif re.match(r"#{1,6}\s", line):
        kind, line = "h", line.lstrip("#").strip()
    strong = bool(re.fullmatch(r"(\*\*|__)[^*_].*(\*\*|__)", line))
    line = line.replace("**", "").replace("__", "")
    if re.match(r"^[*_][^*_].*[^*_][*_]$", line):
        kind, line = ("n" if kind == "p" else kind), line[1:-1].strip()
    elif re.match(r"^[-*+•]\s", line) and kind == "p":
        kind, line = "li", line[2:].strip()
    if kind == "p" and _NOTE.search(line) and len(line) < 200:
        kind = "n"
    return kind, line, strong


# A Markdown image, `![ALT](URL "TITLE")`: its alternative text is what a reader is given.
_IMAGE = re.compile(r"!\[([^\[\]]{0,300})\]\([^()\s]{0,300}(?:\s+\"[^\"]{0,200}\")?\)")
_IMAGE_ONLY = re.compile(r"(?:\[?" + _IMAGE.pattern + r"(?:\]\([^()\s]{0,300}\))?\s*)+")


# Markdown's or HTML's markup left in a role (an image's or link's brackets, a tag).
_MARKUP = re.compile(r"!\[|\]\(|^\[|\]$|</?[a-z][^<>]*>|\*\*|__")


def _image_text(match: re.Match[str]) -> str:
    """An image alone on its line as its alternative text, never its markup (`![Judge …`); an
    image inside a line is left out (its description is no part of the sentence)."""
    return match.group(1).strip()


def _after_block_quote(blocks: Sequence[_Block], line: str) -> bool:
    """`- NAME, ROLE` on the line after a block quote is the quote's dash line, not an item of
    a list: a hyphen, then words with no quotation marks of their own."""
    if not blocks or blocks[-1].kind != "q" or not line.startswith("- "):
        return False
    return not any(mark in line for mark in '"“”«»')


_CREDIT_LABELS = frozenset(
    "photograph photographs photo photos picture pictures image images illustration "
    "credit photography".split()
)


def _credited(toks: Sequence[Tok], run: Run) -> bool:
    """`… she says. Photograph: NAME` at a caption's end: the photographer's credit, no one
    in the story (never a speaker, nor the person a pronoun after it means)."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 1 or toks[lead - 1].trailing != ":" or toks[lead - 1].low not in _CREDIT_LABELS:
        return False
    return lead < 2 or toks[lead - 2].ends_sentence or bool(toks[lead - 2].trailing)


def _blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    offset = 0
    sentence = 0
    for raw in text.split("\n"):
        line = " ".join(raw.split())
        here = offset
        offset += len(raw) + 1
        if not line:
            continue
        printed = line
        image_only = bool(_IMAGE_ONLY.fullmatch(line))
        line = _IMAGE.sub(_image_text if image_only else "", line)
        kind, line, strong = _unmark(line)
        if not line:
            continue
        if image_only:
            kind = "n"  # `![ALT](URL)` alone: a picture's description, nobody's words
        if kind == "li" and _after_block_quote(blocks, printed):
            kind, line = "p", printed  # `- NAME, ROLE` under a block quote: its dash line
        listed = kind == "li"
        kind = "p" if listed else kind
        block = _Block(len(blocks), kind, line, here, sentence)
        block.strong = strong
        block.listed = listed
        block.previous = blocks[-1] if blocks else None
        block.toks = tokens(line)
        block.starts = [tok.start for tok in block.toks]
        block.runs = [run for run in runs(block.toks) if not _credited(block.toks, run)]
        block.run_firsts = [run.first for run in block.runs]
        block.sentences = [sentence + i for i in sentence_ids(block.toks)]
        sentence = (block.sentences[-1] + 1) if block.sentences else sentence + 1
        block.spans = spans(line) if kind != "n" else []
        quoted = [False] * len(block.toks)
        for span in block.spans:
            for k in range(block.index_at(span.open + 1), block.index_at(span.close)):
                quoted[k] = True
        block.quoted = quoted
        blocks.append(block)
    return blocks


# --- the people ------------------------------------------------------------------------------


def _possessive_her(toks: Sequence[Tok], i: int, end: int) -> bool:
    """Is `her` at toks[i] a possessive (`from her sessions`, `her own band`): a lower-case
    noun's word after it in the sentence, not the end of a clause (`met her.`, `told her that`)?"""
    if toks[i].low != "her" or toks[i].trailing or i + 1 >= end:
        return False
    nxt = toks[i + 1]
    if not (nxt.core.isalpha() and nxt.core.islower()) or nxt.low in STOP_WORDS:
        return False
    if nxt.low in PREPOSITIONS or nxt.low in _PARTICLES_AFTER or nxt.low.endswith("ly"):
        return False  # `took her through …`, `asked her again`
    return nxt.low == "own" or bool(nxt.trailing) or nxt.low.endswith("s")


_PARTICLES_AFTER = frozenset(
    "through back out up down off over away across along around again too first".split()
)


def _word_before(toks: Sequence[Tok], k: int) -> str:
    """The word before toks[k] in its clause (lower case), or "" after punctuation."""
    if k <= 0 or toks[k - 1].trailing or toks[k - 1].is_mark:
        return ""
    return toks[k - 1].low


# `a sharp response from NAME`: the noun of something said, then `from` and who said it
_SAID_NOUNS = frozenset(
    """response reply answer retort rebuke riposte rejoinder comment comments statement
    criticism warning""".split()
)


def _reply_from(block: _Block, run: Run) -> bool:
    """`That drew a sharp reply from Okafor.`: a surname after `from` and the noun of
    something said is a person who spoke, not a place (`a letter from Leeds` is not)."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 2 or block.toks[lead - 1].low != "from" or block.toks[lead - 1].trailing:
        return False
    noun = block.toks[lead - 2]
    return noun.low in _SAID_NOUNS and not noun.trailing


def _is_place_or_firm(block: _Block, run: Run) -> bool:
    if not_person(run.name):
        return True
    lead = run.lead if run.lead >= 0 else run.first
    if any(block.toks[k].low.rstrip(".") in HONORIFICS for k in range(lead, run.first)):
        return False  # `The Rt Rev NAME, the Bishop of …`: an honorific is a person's
    before = _word_before(block.toks, lead)
    if before == "for" and lead > 1 and block.toks[lead - 2].core[:1].isupper():
        return not block.toks[lead - 2].trailing  # `Bank for International Settlements`
    if _constituency(block.toks, lead):
        return True  # `the Labour member for Holbeck Vale`: a constituency, not a person
    if before == "from" and lead > 1 and block.toks[lead - 2].low in ("hear", "heard", "hears"):
        return False  # `you'll also hear from NAME, 78,`: someone heard, not somewhere
    if before == "from" and _asked_from(block.toks, lead):
        return False  # `First analyst question, from NAME at FIRM`: the one who asked
    if before == "on" and lead > 1 and block.toks[lead - 2].low in _DWELLING:
        return True  # `who has lived on Alder Way since 1971`: a street, where one lives
    if _places_listed(block.toks, lead):
        return True  # `the two new neighbourhoods, Castle Heath and Mill End,`: places
    if before in _PUBLICATION_NOUNS and not block.toks[lead - 1].trailing:
        return True  # `the German trade title *NAME*`, `the weekly NAME`: a publication
    return before in ("in", "at", "from", "near", "across", "outside", "into", "of", "the")


_PUBLICATION_NOUNS = frozenset(
    "title magazine newspaper journal tabloid broadsheet weekly periodical".split()
)
_DWELLING = frozenset("live lives lived living grew".split())
_QUESTIONS = frozenset(("question", "questions"))


def _asked_from(toks: Sequence[Tok], lead: int) -> bool:
    """`First analyst question, from NAME`, `The first question came from NAME`: a question
    comes from a person (cider `comes from` a firm)."""
    if lead < 2:
        return False
    if toks[lead - 2].low in _QUESTIONS:
        return True
    return (
        lead >= 3 and toks[lead - 2].low in ("came", "comes") and toks[lead - 3].low in _QUESTIONS
    )


def _constituency(toks: Sequence[Tok], lead: int) -> bool:
    """Is the name at toks[lead] the seat in a member's office (`the Labour member for
    Holbeck Vale`, `councillor for Dunmore Ward`)? A place, never the one who speaks."""
    return lead > 1 and toks[lead - 1].low == "for" and toks[lead - 2].low in _SEAT_HOLDERS


# Who sits for a constituency or a ward (`member for PLACE`, `councillor for PLACE`)
_SEAT_HOLDERS = frozenset(
    """member members councillor councillors candidate representative senator congressman
    congresswoman""".split()
)
# Plural nouns of places that a list of names in apposition after them names
_PLACE_PLURALS = frozenset(
    """neighbourhoods neighborhoods areas towns villages estates districts suburbs streets
    wards parishes boroughs cities counties regions sites""".split()
)


def _places_listed(toks: Sequence[Tok], lead: int) -> bool:
    """Is the name at toks[lead] in a list set off by a comma after a plural noun of places
    (`the two new neighbourhoods, Castle Heath and Mill End, were chosen`)? Places, whom no
    pronoun means."""
    for j in range(lead - 1, max(-1, lead - 8), -1):
        tok = toks[j]
        if tok.trailing == "," and tok.low in _PLACE_PLURALS:
            return True
        if tok.is_mark or tok.ends_sentence or (tok.trailing and tok.trailing != ","):
            return False
        if not (tok.core[:1].isupper() or tok.low in ("and", "or")):
            return False
    return False


# What only a person has, after a possessive name (`NAME's title as …`, `NAME's age`)
_A_PERSONS = frozenset(("title", "age", "surname", "forename", "pronouns"))


def _firms(blocks: Sequence[_Block], people: People) -> None:
    """Names the article treats as firms: `Fellgate's commercial director`, `Crestline
    spokesperson`, `Fellgate Rovers posted … on its accounts`."""
    people_named = _surnames_of_people(blocks)
    owned: set[str] = set()  # names taken for firms only by `NAME's <role>`
    strong: set[str] = set()  # names taken for firms by any other sign
    for block in blocks:
        toks = block.toks
        opening: dict[int, Run] = {}  # each sentence's first name
        for run in block.runs:
            if not block.quoted[run.first]:
                opening.setdefault(block.sentences[run.first], run)
        for run in block.runs:
            nxt = toks[run.last + 1] if run.last + 1 < len(toks) else None
            lower_next = nxt is not None and nxt.core.islower()
            known = run.words == 1 and run.name.lower() in people_named
            # `NAME's lawyer`: a firm's, or a person's (kept apart: a person's surname may be
            # said so)
            before_role = (
                lower_next
                and nxt is not None
                and not toks[run.last].trailing
                and nxt.low in ROLE_WORDS
            )
            owner = toks[run.last].possessive and (
                before_role or (lower_next and _role_follows(toks, run.last + 1))
            )
            if owner and nxt is not None and nxt.low in _A_PERSONS:
                owner = False  # `gave NAME's title as chief executive`: a person's title
            if owner and run.gender:
                owner = False  # `One of Sir NAME's former researchers`: an honorific's person

            firm = before_role and not owner and not known  # `Crestline spokesperson`
            firm = firm or _called_a_firm(toks, run) or _workplace(toks, run)
            firm = firm or (nxt is not None and nxt.raw == "&")  # `Hollis Tool & Die`
            firm = firm or _before_office_in_capitals(toks, run)  # `Sinn Féin TD NAME`
            firm = firm or _which_follows(toks, run)  # `NAME, which makes …`
            firm = firm or _whose_founder(toks, run)  # `NAME, whose founder, NAME2, …`
            firm = firm or _one_of_which(toks, run)  # `two utilities, one of which is NAME`
            if _made_by(toks, run):  # `NAME, an AI receptionist built by FIRM,`
                firm = True
                people.products[run.name.lower()] = _maker(block, run)
            sentence = block.sentences[run.first]
            first_in_sentence = run is opening.get(sentence) and _may_be_subject(toks, run)
            titled = run.title is not None and run.words > 1  # `Commissioner NAME … its scope`
            if not firm and first_in_sentence and not titled:  # `Fellgate Rovers … on its …`
                k = run.last + 1
                while k < len(toks) and block.sentences[k] == sentence and k - run.last < 12:
                    if block.quoted[k] or toks[k].is_mark or toks[k].low in SPEECH_VERBS:
                        break
                    if toks[k].low == "its" and toks[k - 1].low != "of":
                        firm = True  # (`NAME, one of its two authors,`: a person)
                        break
                    if _is_name_start(block, k):
                        break
                    k += 1
            if firm or (owner and not known):
                names = {run.name.lower()}
                if run.words == 1 or toks[run.last].possessive:
                    names.add(run.name.split()[0].lower())
                people.firms.update(names)
                (strong if firm else owned).update(names)
    people.owned = owned - strong


def _which_follows(toks: Sequence[Tok], run: Run) -> bool:
    """`Stellan Mills, which makes …`, a sentence's subject: a relative clause of a thing, never
    of a person (not `a study by NAME, which found …`: the clause may be the study's)."""
    k = run.last + 1
    if k >= len(toks) or toks[run.last].trailing != "," or toks[k].low != "which":
        return False
    lead = run.lead if run.lead >= 0 else run.first
    opens = lead == 0 or toks[lead - 1].ends_sentence
    return opens and not is_place(run.name)


_MADE = frozenset("built made developed designed created trained sold".split())


def _made_by(toks: Sequence[Tok], run: Run) -> bool:
    """`Example Halo, an AI receptionist built by FIRM, answers …`: a name whose apposition
    says it was built (made, developed …) by someone is a product, never a person, whatever
    the office's word in it."""
    k = run.last + 1
    if k >= len(toks) or toks[run.last].trailing != "," or toks[k].low not in ("a", "an"):
        return False
    for j in range(k + 1, min(len(toks) - 1, k + 8)):
        if toks[j].low in _MADE and not toks[j].trailing and toks[j + 1].low == "by":
            return True
        if toks[j].trailing or toks[j].is_mark:
            return False
    return False


def _maker(block: _Block, run: Run) -> str | None:
    """The name after `built by` (made, sold … by) in the product's apposition, or None."""
    toks = block.toks
    for j in range(run.last + 2, min(len(toks) - 1, run.last + 9)):
        if toks[j].low in _MADE and toks[j + 1].low == "by":
            after = next((r for r in block.runs_in(j + 2, j + 4) if r.lead in (-1, j + 2)), None)
            return after.name if after is not None and after.first <= j + 3 else None
    return None


def _one_of_which(toks: Sequence[Tok], run: Run) -> bool:
    """`… and two regional utilities, one of which is Example Corbel Power`: a name after
    `one of which is` is one of the things just listed, not a person (`whom` would ask for one)."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 4 or any(tok.trailing for tok in toks[lead - 4 : lead]):
        return False
    words = [tok.low for tok in toks[lead - 4 : lead]]
    return words[1:3] == ["of", "which"] and words[3] in ("is", "was", "are", "were")


_FOUNDING = frozenset("founder co-founder cofounder ceo chief president chairman".split())


def _whose_founder(toks: Sequence[Tok], run: Run) -> bool:
    """`Example Lumenfold, whose founder, Dorian Achterberg-Lowe, said …`: a name whose founder
    or chief is someone else is a firm's (a person's `whose lawyer` is not this)."""
    k = run.last + 1
    if k + 2 >= len(toks) or toks[run.last].trailing != "," or toks[k].low != "whose":
        return False
    head = toks[k + 1]
    return head.low in _FOUNDING and head.trailing in ("", ",") and not head.core[:1].isupper()


def _surnames_of_people(blocks: Sequence[_Block]) -> set[str]:
    """The surnames of those the article shows to be people by an age or an honorific
    (`Gideon Tressider, 52,`, `Mr Tressider`): `Tressider's lawyer` is a person's, not a
    firm's."""
    found: set[str] = set()
    for block in blocks:
        for run in block.runs:
            if run.words > 1 and (run.gender or _aged(block, run)) and not not_person(run.name):
                found.add(run.name.split()[-1].lower())
    return found


def _short_firm_names(blocks: Sequence[_Block], people: People) -> None:
    """`Corvale said:` after `Example Corvale Systems`: a name of one word that is a
    word of the one longer name of the article, a firm's, is that firm's short name."""
    fuller = _firms_in_full(blocks, people)
    for block in blocks:
        for run in block.runs:
            if run.words != 1 or run.gender or run.title or block.quoted[run.first]:
                continue
            low = run.name.lower()
            if low in NOT_PERSON_WORDS or low in _PLACE_BODIES or low in _BODY_NOUNS:
                continue  # `Town` of `Town Hall`: a common word, not a short name
            full = fuller.get(low)
            if full and not is_place(full) and (not_person(full) or people.is_firm(full)):
                people.firms.add(low)


def _may_be_subject(toks: Sequence[Tok], run: Run) -> bool:
    """Can an `its` later in the sentence be this name's own? Not after a comma (`NAME, its
    co-founder,`, `NAME, who sits on its board,`: a person described by a firm) nor when the
    name follows a preposition or a verb (`a letter from NAME … to its members`)."""
    if toks[run.last].trailing:
        return False
    before = _word_before(toks, run.lead if run.lead >= 0 else run.first)
    return before in ("", "and", "the") or not before.isalpha()


def _called_a_firm(toks: Sequence[Tok], run: Run) -> bool:
    """`the company, Stillwater Sense,`, `the Manchester firm Owlsight`, `Owlsight, a start-up
    based in Leeds,`: a name in apposition to a firm's noun."""
    lead = run.lead if run.lead >= 0 else run.first
    before = toks[lead - 1] if lead > 0 else None
    after = toks[run.last + 1] if run.last + 1 < len(toks) else None
    if before is not None and before.low in FIRM_NOUNS and not before.possessive:
        if before.ends_sentence:
            return False  # `… at the lab. NAME now leads …`: a new sentence
        if before.trailing != ",":
            return before.core.islower()  # `the Manchester firm Owlsight`
        if _office_of(toks, lead - 1):
            return False  # `The head of the national union, NAME, said`: the office's holder
        # `the company, Stillwater Sense,`, not `joined the company, Jane Doe said`
        return bool(toks[run.last].trailing) or after is None or after.low not in SPEECH_VERBS
    described = run.last + 2 < len(toks) and toks[run.last + 1].low in ("a", "an", "the")
    if toks[run.last].trailing != "," or not described:
        return False
    for k in range(run.last + 2, min(len(toks), run.last + 6)):
        tok = toks[k]
        if tok.possessive or tok.low in PREPOSITIONS or not tok.core.islower():
            return False  # `Berg, the company's head of product`, `a researcher at Lab Nine`
        if tok.low in FIRM_NOUNS:
            return _firm_head(toks, k) and not _personal_after(toks, k)
        if tok.trailing:
            return False
    return False


def _office_of(toks: Sequence[Tok], k: int) -> bool:
    """Is toks[k] (a firm's noun) the end of `OFFICE of the …` (`The head of the national
    teachers' union,`), so that a name after its comma is the office's holder, not the firm's?
    (A body named in capitals may take six words: `the Example National Energy Market
    Operator`.)"""
    for j in range(k - 1, max(0, k - 9), -1):
        tok = toks[j]
        if tok.trailing or tok.is_mark:
            return False
        if tok.low == "of":
            return j > 0 and toks[j - 1].low in ROLE_WORDS and not toks[j - 1].trailing
    return False


_PERSONAL_OWNERS = frozenset(("her", "his", "she", "he", "herself", "himself"))


def _personal_after(toks: Sequence[Tok], k: int) -> bool:
    """`NAME, a furniture maker in Leeds whose channel …, laid out her case`: the rest of the
    sentence (a bounded window) speaks of a woman or a man before any `its`: a person."""
    for j in range(k + 1, min(len(toks), k + 2 * CLAUSE)):
        tok = toks[j]
        if tok.low == "its" or tok.is_mark:
            return False
        if tok.low in _PERSONAL_OWNERS:
            return True
        if tok.ends_sentence:
            return False
    return False


def _firm_head(toks: Sequence[Tok], k: int) -> bool:
    """Is the firm's noun at toks[k] the phrase's head? `a waterfront business owner` is a
    person; a developer is a firm only as `a developer of …` (`a freelance developer in Leeds`
    is a person)."""
    nxt = toks[k + 1] if k + 1 < len(toks) and not toks[k].trailing else None
    if nxt is not None and nxt.core.islower() and nxt.low not in PREPOSITIONS:
        return nxt.low in ("that", "which", "based", "behind", "whose")
    if toks[k].low in ROLE_WORDS:  # a person's noun as much as a firm's
        return nxt is not None and nxt.low == "of"
    return True


def _workplace(toks: Sequence[Tok], run: Run) -> bool:
    """`a charge nurse at Westmere General`: the name after `ROLE at` is where someone works;
    also after an office's words (`head of trust and safety at FIRM`) or a verb of running
    something (`who runs platform engineering at FIRM`)."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 2 or _word_before(toks, lead) != "at":
        return False
    for j in range(lead - 2, max(-1, lead - 8), -1):
        tok = toks[j]
        if tok.trailing or tok.is_mark or not tok.core.islower():
            return False
        if tok.low in ROLE_WORDS or tok.low in _RUNS:
            return True
    return False


_RUNS = frozenset(("runs", "ran", "leads", "led", "works", "worked", "heads", "headed"))


def _role_follows(toks: Sequence[Tok], k: int) -> bool:
    """`operations director` after `Citylink's`: lowercase words up to a role word."""
    for j in range(k, min(len(toks), k + 4)):
        if toks[j].low in ROLE_WORDS or toks[j].low in ROLE_MODIFIERS:
            return True
        if not toks[j].core.islower() or toks[j].trailing:
            return False
    return False


def _is_name_start(block: _Block, k: int) -> bool:
    runs_here = block.runs_in(k, k + 1)
    return bool(runs_here)


def _aged(block: _Block, run: Run) -> bool:
    """`Maria, 34, a nurse, said`: one name and an age between commas is a person."""
    toks = block.toks
    k = run.last
    if k + 1 >= len(toks) or toks[k].trailing != "," or run.first != run.lead:
        return False
    age = toks[k + 1]
    return age.trailing == "," and age.core.isdigit() and 0 < int(age.core[:3]) < 120


def _who_follows(toks: Sequence[Tok], run: Run) -> bool:
    """`NAME, who …`: a relative clause of a person (a place takes `where`, a thing `which`)."""
    k = run.last + 1
    comma = toks[run.last].trailing == ","
    return k < len(toks) and run.words > 1 and comma and toks[k].low == "who"


_ON_A_PLATFORM = frozenset("trending trended posted posting wrote written said live viral".split())


def _platform(block: _Block, run: Run) -> bool:
    """Is the name after `on` a platform (`trending on NAME`, `wrote on NAME`, a sentence's
    opening `On NAME,`)? A platform is never a person a pronoun means."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 1:
        return False
    if lead == 1 or block.toks[lead - 2].ends_sentence:
        return block.toks[run.last].trailing == ","  # `On Chirpline, she wrote:`
    return lead > 1 and block.toks[lead - 2].low in _ON_A_PLATFORM


def _after_an_age(toks: Sequence[Tok], lead: int) -> bool:
    """Is toks[lead - 1] a `from` right after an age in apposition (`NAME, 72, from …`)?"""
    return lead >= 2 and toks[lead - 2].trailing == "," and toks[lead - 2].core.isdigit()


_CORRECTION = re.compile(r"^\W*correction\b|\b(?:earlier|previous) version\b|\bwrongly\b", re.I)


def _corrected(block: _Block, run: Run) -> bool:
    """`Correction: An earlier version of this post said NAME was the paper's corresponding
    author.`: what a correction says was wrong is no role of the person's."""
    sentence = block.sentences[run.first]
    lo = max(0, run.first - 30)  # (bounded: a hostile page's one long sentence)
    words = [block.toks[k].raw for k in range(lo, run.first) if block.sentences[k] == sentence]
    return _CORRECTION.search(" ".join(words)) is not None


def _first_name_only(block: _Block, run: Run) -> bool:
    """`NAME, an IT administrator at …, asked that only his first name be used` (or that her
    surname not be): one name that opens its sentence, which says the person is printed by a
    first name: a person; so is one name opening a paragraph with a `, who` clause that ends in
    a colon before a quote (`NAME, who drives a van out of X: “…”`)."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if run.title or (lead > 0 and not toks[lead - 1].ends_sentence) or is_place(run.name):
        return False
    sentence = block.sentences[run.first]
    who = run.last + 1 < len(toks) and toks[run.last].trailing == ","
    who = who and lead == 0 and run.words == 1 and toks[run.last + 1].low == "who"
    if who and _colon_quote(block, run.last + 1):
        return True  # `NAME, who drives a van out of X: “…”`: a reader's message, her name
    for k in range(run.last + 1, min(len(toks) - 1, run.last + 3 * CLAUSE)):
        if block.sentences[k] != sentence or block.quoted[k] or toks[k].is_mark:
            return False
        if toks[k].low == "first" and not toks[k].trailing and toks[k + 1].low == "name":
            return True
        if toks[k].low == "surname" and toks[k - 1].low in ("her", "his", "their"):
            return True  # `… who asked that her surname not be used`: printed by a first name
    return False


def _colon_quote(block: _Block, k: int) -> bool:
    """Does a colon end the words from toks[k] (no verb of speech, within a clause's length),
    a quote opening right after it (`…, who drives a van: “…”`)?"""
    toks = block.toks
    for j in range(k, min(len(toks) - 1, k + 2 * CLAUSE)):
        if block.quoted[j] or toks[j].is_mark or toks[j].low in SPEECH_VERBS:
            return False
        if toks[j].trailing == ":":
            return toks[j + 1].is_mark or block.quoted[j + 1]
        if toks[j].ends_sentence:
            return False
    return False


def _one_name_office(block: _Block, run: Run) -> bool:
    """`The company's chief technology officer, Otieno, who …`: one name in apposition to an
    office (its last word a role word, right before the comma) is a person known by one name."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 2 or run.first != lead or toks[run.last].trailing != ",":
        return False
    office = toks[lead - 1]
    if office.trailing != "," or not office.core.islower() or is_place(run.name):
        return False
    role = comma_role_before(toks, run)
    return role is not None and any(w in ROLE_WORDS for w in role.lower().split())


_ONE_NAME_NEXT = frozenset("posted posts said says wrote writes told tweeted shared".split())


def _office_one_name(block: _Block, run: Run) -> bool:
    """`Example Santa Luzia winger Neneca, who …, posted …`, `winger Neneca said`: one name right
    after a lower-case office's word, then `, who` or a verb of saying or posting, is a person
    known by one name (a mononym)."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 1 or run.first != lead or run.last + 2 >= len(toks):
        return False
    office = toks[lead - 1]
    if office.trailing or not office.core.islower() or office.low not in ROLE_WORDS:
        return False
    if is_place(run.name) or not_person(run.name):
        return False
    nxt = toks[run.last + 1]
    if toks[run.last].trailing == ",":
        return nxt.low == "who"
    return not toks[run.last].trailing and nxt.low in _ONE_NAME_NEXT


def _shares_surname(block: _Block, single: Run | None, run: Run) -> str | None:
    """`Leonor and Beatriz Camacho`: Leonor Camacho too."""
    if single is None or single.words != 1 or single.last + 2 != run.lead:
        return None
    if block.toks[single.last + 1].low != "and" or block.toks[single.last].trailing:
        return None
    if block.quoted[single.first] or not_person(single.name):
        return None
    return f"{single.name} {run.name.split()[-1]}"


def _second_half_of_a_body(block: _Block, k: int) -> bool:
    """`of the Coastal Freight and Warehouse Workers`: a run right after `and` that joins it to
    a run right after `the` is the second half of one body's name, never a person (a person's
    name does not follow `the`)."""
    if k == 0:
        return False
    toks, run, before = block.toks, block.runs[k], block.runs[k - 1]
    lead = run.lead
    if lead < 3 or toks[lead - 1].low != "and" or toks[lead - 1].trailing:
        return False
    if before.last != lead - 2 or toks[before.last].trailing or run.title or before.title:
        return False
    return before.lead >= 1 and toks[before.lead - 1].raw == "the"


def _participant_role(block: _Block, run: Run) -> str | None:
    """`Participants:` then lines `NAME — Chief Executive Officer`: a transcript's list of who
    is on the call; the line after the name's dash is the role as printed (an office's words,
    no sentence, no quote). Only in such a list, under a line that ends in a colon."""
    toks = block.toks
    if run.first != 0 or (run.lead not in (-1, 0)) or len(toks) > run.last + 1 + MAX_ROLE_WORDS:
        return None
    dash = run.last + 1
    if dash + 1 >= len(toks) or not toks[dash].is_dash or toks[run.last].trailing:
        return None
    rest = toks[dash + 1 :]
    if any(
        t.is_mark or t.is_dash or t.ends_sentence or (t.trailing and t is not rest[-1])
        for t in rest
    ):
        return None
    if not rest[0].core[:1].isupper() or not office_nouns(" ".join(t.raw for t in rest)):
        return None
    head = block.previous
    for _ in range(12):  # (the list's other lines, then the line that opens it)
        if head is None or head.kind == "h":
            return None
        if len(head.toks) <= 4 and head.text.rstrip().endswith(":"):
            return " ".join(t.raw for t in rest).rstrip(".,;")
        first = head.runs[0] if head.runs else None
        if first is None or first.first != 0 or first.last + 1 >= len(head.toks):
            return None
        if not head.toks[first.last + 1].is_dash:
            return None
        head = head.previous
    return None


def _fuller_earlier(
    blocks: Sequence[_Block], block: _Block, run: Run, role: str | None
) -> str | None:
    """`NAME, the technician who wrote it,` after `a post … from a Larchmere quality
    technician`: a bare office with `the` and a clause of who did what the article told of
    before means the unnamed `a … technician` of a paragraph before, whose fuller words are
    the role as first introduced."""
    toks = block.toks
    k = run.last + 1
    if role is None or " " in role or toks[run.last].trailing != "," or k + 2 >= len(toks):
        return role
    if toks[k].low != "the" or toks[k + 1].low != role.lower() or toks[k + 2].low != "who":
        return role
    if toks[k + 1].trailing:
        return role
    found = None
    for earlier in blocks[max(0, block.index - 3) : block.index]:
        etoks = earlier.toks
        for j in range(max(1, len(etoks) - 400), len(etoks)):  # (bounded: a hostile page)
            if etoks[j].low != role.lower() or earlier.quoted[j]:
                continue
            a = next(
                (m for m in range(j - 1, max(-1, j - 4), -1) if etoks[m].low in ("a", "an")), None
            )
            if a is None or a == j - 1 or any(t.trailing for t in etoks[a:j]):
                continue
            named = j + 1 < len(etoks) and etoks[j + 1].core[:1].isupper() and not etoks[j].trailing
            if named:
                continue  # `a quality technician NAME`: someone else's office, named
            found = " ".join(t.raw for t in etoks[a + 1 : j]) + " " + etoks[j].core
    return found or role


def _people(blocks: Sequence[_Block]) -> People:
    people = People()
    people.blocks = blocks
    _firms(blocks, people)
    _short_firm_names(blocks, people)
    kin_names: dict[str, set[str]] = {}
    deferred: dict[str, str] = {}  # `a version of Rosalind Achterberg`: a place, or a person?
    # The text's own paragraphs first: their roles are fuller than a pull quote's caption's.
    for block in sorted(blocks, key=lambda b: b.kind != "p"):
        if block.kind == "h":
            continue  # a headline's capitals make names of anything; an italic standfirst not
        for k, run in enumerate(block.runs):
            one = run.words < 2 and not _aged(block, run) and not _one_name_office(block, run)
            one = one and not _office_one_name(block, run)
            one = one and not _first_name_only(block, run)
            if block.quoted[run.first] or one:
                continue
            if _is_place_or_firm(block, run):
                if not not_person(run.name) and not people.is_firm(run.name):
                    office = _office_after(block, run)
                    if office is None and _office_title(run):  # `from Nurse Practitioner NAME`
                        office = role_at(block.toks, run) or run.title
                    if office:  # `a letter from NAME, the outgoing chair of …,`
                        people.add(run.name, office, run.gender)
                        continue
                    if _who_follows(block.toks, run):  # `came from NAME, who runs a bakery`
                        people.add(run.name, None, run.gender)
                        continue
                    deferred.setdefault(run.name.split()[-1].lower(), run.name)
                    deferred.setdefault("first:" + run.name.split()[0].lower(), run.name)
                continue
            if _second_half_of_a_body(block, k):
                continue
            role = _dash_line_role(block, run) or _participant_role(block, run)
            role = role or role_at(block.toks, run)
            if role is None and not _corrected(block, run):
                role = copula_role(block.toks, run) or as_role(block.toks, run)
                role = role or _office_just_before(block, run, people)
            role = _fuller_earlier(blocks, block, run, role)
            full = people.add(run.name, role, run.gender)
            if run.words >= 2 and 0 <= run.lead < run.first:  # `Dr NAME SURNAME`: her styling
                people.styles.setdefault(full, block.toks[run.lead].low.rstrip("."))
            _goes_by(block, run, full, people)
            noun = _described_as(block.toks, run)
            if noun is not None:
                people.described.setdefault(full, set()).add(noun)
            if run.title and role != run.title:
                # `Senator NAME, the panel's ranking member,`: still a senator, whom `the
                # senator` may mean, whatever role the article gives
                for word in office_nouns(run.title):
                    people.described.setdefault(full, set()).add(word)
            kin = _kin_before(block.toks, run)
            if kin:  # `her son, Dylan Pryce,`: a man; and the one `Her son` means later
                people.vote(full, _KIN[kin])
                kin_names.setdefault(kin, set()).add(full)
                _vote_kin_owner(block, k, people)
            sibling = _shares_surname(block, block.runs[k - 1] if k else None, run)
            if sibling:
                people.add(sibling)
    people.kin = kin_names
    _opening_dash_roles(blocks, people)
    _named_in_a_heading(blocks, people)
    for block in blocks:
        if block.kind == "p":
            _pronoun_is_office(block, people)
            _as_office_pronoun(block, people)
    _surnames_of_the_named(people)
    if deferred:
        _speakers_after_of(blocks, people, deferred)
    _handles(blocks, people)
    _singular_they(blocks, people)
    _by_honorific_alone(blocks, people)
    surnames: dict[str, list[str]] = {}
    for full in set(people.names.values()):
        surnames.setdefault(full.split()[-1].lower(), []).append(full)
    offices = _office_holders(people)
    for block in blocks:
        if block.kind in ("h", "n"):
            continue
        object_in: int | None = None  # the sentence whose last person named was an object
        for run in block.runs:
            if block.quoted[run.first]:
                continue
            known = _person(people, run, block.toks) or _unknown_speaker(block, run, people)
            if known is None:
                continue
            before = _word_before(block.toks, run.lead)
            sentence = block.sentences[run.first]
            # `… and afterwards met Obiora and Mensah`: after a verb or a preposition, not
            # the sentence's subject (`Dunleavy and Mehta were …` are both subjects)
            joined = before in ("and", "or") and object_in == sentence
            # a role printed before the name (`Her co-founder, chief operating officer NAME,`):
            # what comes before the role says whether the name is an object
            head = _role_start(block.toks, run.lead) if before in ROLE_WORDS else run.lead
            clause = _word_before(block.toks, head) if head != run.lead else before
            objective = joined or (clause not in ("", "and", "or") and clause.isalpha())
            if objective and not joined and _after_time_opener(block, head):
                objective = False  # `Last spring NAME added …`: the subject, after a time
            if clause in ("asked", "asks") and head > 1 and block.toks[head - 2].low in ("we", "i"):
                objective = False  # `We asked ROLE NAME …`: the one asked is who answers next
            if objective and not joined and _co_subject(block.toks, run.lead, object_in, sentence):
                objective = False  # `NAME1 … and her colleague NAME2 both …`: two subjects
            if _owner_of_role(block.toks, run):
                objective = True  # `NAME's deputy, NAME2, …`: NAME2 is the subject
            tag = _tag_after(block, run)
            reporter = _tag_reporter(block, tag, known, people) if tag >= 0 else None
            if reporter is not None:
                objective = True  # `NAME, she said, had agreed …`: in another's reported speech
            object_in = sentence if objective else None
            if run.words == 1 and before in _PLACE_PREPOSITIONS and not _reply_from(block, run):
                continue  # `across Gwynedd and Powys`: a place with a person's name
            if _district_of(block.toks, run):
                continue  # `in Montreal's Mile End`: a city's district, whom no pronoun means
            if before == "from" and _after_an_age(block.toks, run.lead):
                continue  # `NAME, 72, from Lower Thornby,`: where she lives, not a person
            if before == "on" and not run.gender and not run.title and _platform(block, run):
                continue  # `trending on Example Chirpline`: a platform, whom no pronoun means
            if run.words == 1 and known not in people.roles:
                role = role_at(block.toks, run) or copula_role(block.toks, run)
                if role:
                    people.roles[known] = role
            where = block.offset + block.toks[run.first].start
            sharing = surnames.get(run.name.lower(), [])
            if run.words == 1 and not run.gender and _torn_namesakes(people, run.name):
                known = people.someone()  # `Dobbs` of two Dobbses: a pronoun after it unsure
            if run.words == 1 and run.gender and len(sharing) > 1:
                # `Mrs Pryce` of two Pryces: the one who is not known to be a man, else
                # someone, but not surely the first one
                known = _by_honorific(people, run, sharing) or people.someone(run.gender)
            if run.words == 1 and run.gender:
                people.vote(known, run.gender)  # `Mrs Pryce resigned`, the only Pryce
            spoken_to = before in _ADDRESSING
            # `Asked by NAME whether …, she replied:`: NAME asks; the answer is another's
            spoken_to = spoken_to or (
                before == "by" and _word_before(block.toks, run.lead - 1) in _ASKED_BY
            )
            if spoken_to and run.lead > 1 and block.toks[run.lead - 2].low in ("we", "i"):
                spoken_to = False  # `We asked NAME …`: the writer asks; NAME is who answers
            fronted = _fronted(block, run)
            # (`also spoke to NAME, a researcher at …,`: introduced to be heard, an interview)
            heard = before == "to" and _word_before(block.toks, run.lead - 1) in _INTERVIEWING
            heard = heard and block.toks[run.last].trailing == ","
            heard = heard and _word_before(block.toks, run.lead - 2) not in ("had", "has", "have")
            # `NAME1 asked NAME2 whether …`: of two people named, the one asked a question is
            # the one who answers it
            after = block.toks[run.last + 1].low if run.last + 1 < len(block.toks) else ""
            if before == "asked" and after in _QUESTION_WORDS and not block.toks[run.last].trailing:
                asker = next((r for r in block.runs if r.last == run.lead - 2), None)
                if asker is not None and _person(people, asker, block.toks):
                    spoken_to, heard = False, True
            people.mention(
                where,
                block.index,
                sentence,
                known,
                spoken_to,
                objective or fronted,
                False,
                fronted,
                heard,
                _foil(block, run),
                _joint_subject(block, run),
            )
            if reporter is not None:  # the tag's pronoun: the reporter, in view again
                where = block.offset + block.toks[tag].start
                people.mention(where, block.index, block.sentences[tag], reporter, pronoun=True)
        _described(block, people, kin_names)
        _as_office_then_pronoun(block, people)
        _groups(block, people)
        _unnamed_sources(block, people)
        _by_their_office(block, people, offices)
        _office_who_speaks(block, people, offices)
    for block in blocks:
        _pressed_him(block, people)
        _given_the_floor(block, people)
    _gender_evidence(blocks, people)
    _in_turn(blocks, people)
    for block in blocks:
        _object_of_same_gender(block, people)
    people.fuller = _firms_in_full(blocks, people)
    return people


# `NAME, who goes by Dami online,`, `NAME, known as Dami,`: the short name the person goes by.
_GOES_BY = re.compile(
    r",?\s+(?:who\s+(?:goes|went)\s+by|(?:who\s+is\s+)?(?:better\s+)?known\s+as)\s+"
    r"([A-Z][\w’'-]{1,30})\b"
)


def _goes_by(block: _Block, run: Run, full: str, people: People) -> None:
    """`Oluwadamilare Ogunleye, who goes by Dami online`: the short name, alone or with the
    surname (`— Dami Ogunleye`, a post's footer), means the person introduced in full."""
    match = _GOES_BY.match(block.text, block.toks[run.last].end)
    if match is None or people.is_firm(full) or len(full.split()) < 2:
        return
    nick = match.group(1)
    if nick.lower() in STOP_WORDS or nick.lower() == full.split()[0].lower():
        return
    for key in (nick, f"{nick} {full.split()[-1]}"):
        people.names.setdefault(key.lower(), full)


# Words that end an office printed after `He is the …` (a clause going on, not the office).
_OFFICE_ENDS = frozenset(
    "who which whose that and since where when until but while because as".split()
)


def _sole_person_before(block: _Block, people: People, k: int, pronoun: str) -> str | None:
    """The one person the paragraph names before token `k`, named last in the sentence right
    before it, with no role yet and not of the other gender than `pronoun`; else None."""
    named = {
        people.lookup(r.name) or r.name
        for r in block.runs_in(0, k)
        if not block.quoted[r.first] and _a_person(r, people)
    }
    last = [r for r in block.runs_in(0, k) if not block.quoted[r.first]]
    if len(named) != 1 or block.sentences[last[-1].first] != block.sentences[k] - 1:
        return None
    full = next(iter(named))
    if full in people.roles or people.is_firm(full) or full not in people.names.values():
        return None
    gender = people.gender(full)
    if gender and gender != SUBJECT_PRONOUNS[pronoun]:
        return None
    return full


def _pronoun_is_office(block: _Block, people: People) -> None:
    """`“…,” says NAME, watching from the doorway. He is the director of the X Lab, a …`: a
    sentence of `He is`/`She is` right after the one person the paragraph has named, who has
    no role yet, gives that person's office (up to its first comma or clause)."""
    toks = block.toks
    for k in range(1, len(toks) - 3):
        if toks[k].low not in ("he", "she") or not toks[k - 1].ends_sentence:
            continue
        if toks[k + 1].low not in ("is", "was") or toks[k + 2].low not in ("the", "a", "an"):
            continue
        full = _sole_person_before(block, people, k, toks[k].low)
        if full is None:
            return
        words: list[str] = []
        for j in range(k + 3, min(len(toks), k + 15)):
            tok = toks[j]
            if tok.low in _OFFICE_ENDS or tok.is_mark or block.quoted[j]:
                break
            words.append(tok.core if tok.trailing else tok.raw)
            if tok.trailing or tok.ends_sentence:
                break
        role = " ".join(words).strip(" ,;:.")
        head = _role_head_word(role)
        if role and head in ROLE_WORDS and not any(w.lower() in _KIN for w in role.split()):
            people.roles[full] = role
        return


def _as_office_pronoun(block: _Block, people: People) -> None:
    """`NAME spent nine years …. As the group's chief digital officer she has …`: a sentence
    opening `As the ROLE he/she` right after the one person the paragraph has named, who has
    no role yet, gives that person's office (the words between `the` and the pronoun)."""
    toks = block.toks
    for k in range(1, len(toks) - 3):
        if toks[k].low != "as" or not toks[k - 1].ends_sentence or block.quoted[k]:
            continue
        if toks[k + 1].low not in ("the", "a", "an") or toks[k].trailing or toks[k + 1].trailing:
            continue
        end = k + 2
        while end < min(len(toks), k + 9) and toks[end].low not in ("he", "she"):
            if toks[end].is_mark or block.quoted[end] or toks[end].ends_sentence:
                break
            if toks[end].trailing and toks[end].trailing != ",":
                break
            if toks[end].trailing == "," and toks[end + 1].low not in ("he", "she"):
                break
            end += 1
        if end >= len(toks) or toks[end].low not in ("he", "she") or end == k + 2:
            continue
        full = _sole_person_before(block, people, k, toks[end].low)
        if full is None:
            return
        words = [tok.core if tok.trailing else tok.raw for tok in toks[k + 2 : end]]
        role = " ".join(words).strip(" ,;:.")
        if block.runs_in(k + 2, end) and not all(
            toks[r.last].possessive for r in block.runs_in(k + 2, end)
        ):
            return  # (`As the NAME …`: someone else named)
        head = _role_head_word(role)
        if role and head in ROLE_WORDS and not any(w.lower() in _KIN for w in role.split()):
            people.roles[full] = role
        return


def _owner_of_role(toks: Sequence[Tok], run: Run) -> bool:
    """`NAME's deputy`, `NAME's lawyer`: a name owning the role of someone else."""
    last = toks[run.last]
    return last.possessive and run.last + 1 < len(toks) and _role_follows(toks, run.last + 1)


def _torn_namesakes(people: People, word: str) -> bool:
    """One word the surname of two people named in full, and printed as one's owning the other
    (`Dobbs's partner, Shona Dobbs,`): whom it means alone is unsure."""
    low = word.lower()
    return low in people.owned and len(people.namesakes.get(low, ())) > 1


def _surnames_of_the_named(people: People) -> None:
    """`NAME's lawyer` took one word for a firm's name, but a person was introduced with an
    office by a full name ending in it: the word is that person's surname, and means them.
    Where the article gives another sign of a firm so named (`a NAME spokesperson`, `NAME
    and its board`), the word alone is torn between the two: unsure."""
    for low in sorted(people.firms):
        full = people.names.get(low)
        if " " in low or full is None or " " not in full or full.split()[-1].lower() != low:
            continue
        if low in people.owned and len(people.namesakes.get(low, ())) > 1:
            people.firms.discard(low)  # `NAME's partner, NAME2 NAME,`: two people's surname
            continue
        if people.is_firm(full) or not_person(full) or not _office_held(people.roles.get(full)):
            continue  # (a person introduced so: with an office, `NAME, the founder of …,`)
        if low in people.owned:
            people.firms.discard(low)
        else:
            people.torn.add(low)


_ROLE_HEAD_END = re.compile(r"\s(?:of|at|for|in|on|from|to|with)\s")


def _office_held(role: str | None) -> bool:
    """Does a role name an office a person holds (`the founder and chief executive of …`),
    not what a firm is (`one of the country's largest lenders`)?"""
    if not role:
        return False
    head = _ROLE_HEAD_END.split(role.lower(), maxsplit=1)[0].split()
    return any(w in ROLE_WORDS or w.rsplit("-", 1)[-1] in ROLE_WORDS for w in head)


def _unknown_speaker(block: _Block, run: Run, people: People) -> str | None:
    """`Adeyemi later added that …`: one word the article names nobody by, opening a sentence
    as the subject of a verb of speech, is someone (whose full name the page may have printed
    only where the text was not read, as a pull quote's caption): a pronoun after it is unsure,
    never the person named before."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if run.words != 1 or block.quoted[run.first] or toks[run.last].trailing:
        return None
    if lead > 0 and not toks[lead - 1].ends_sentence:
        return None
    if not_person(run.name) or is_place(run.name) or people.is_firm(run.name):
        return None
    for j in range(run.last + 1, min(len(toks), run.last + 3)):
        if toks[j].low in SPEECH_VERBS:
            return people.someone(run.gender)
        if not toks[j].core.islower() or toks[j].trailing:
            return None
    return None


_TIME_OPENERS = frozenset(("last", "this", "next", "early", "late", "earlier", "later"))
_TIME_NOUNS = frozenset(
    """spring summer autumn fall winter week month year weekend morning afternoon evening
    night""".split()
)


def _a_gloss(block: _Block, span: Span) -> bool:
    """`„Anonymisiert heißt nicht herrenlos.“ (“Anonymised does not mean ownerless.”)`: a quote
    in brackets right after another quote's closing mark is the writer's translation of it, not
    words the speaker said (a French quote as printed, not its gloss)."""
    head = block.text[max(0, span.open - 8) : span.open].rstrip()
    if not head.endswith("("):
        return _a_glossing_sentence(block, span)
    closing = max(0, span.open - 8) + len(head[:-1].rstrip()) - 1  # the mark before the bracket
    if any(s.close == closing and s.closed for s in block.spans if s is not span):
        return True
    return _a_glossing_sentence(block, span)


_LINE_SENDERS = frozenset(("sent", "sends", "emailed", "texted", "messaged"))
_SENT_LINES = frozenset(
    "line lines reply answer response message note text email statement sentence word".split()
)


def _sent_a_line(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """`He sent back one line:`, `She emailed a short reply:`: a verb of sending, `back` at
    most, a determiner and an adjective at most, and the noun of something written, ending the
    words before the colon: what follows is what they sent."""
    if toks[k].low not in _LINE_SENDERS or not toks[k].core.islower() or k == 0:
        return False
    subject = toks[k - 1]  # (`He sent`, `NAME emailed`, `NAME, ROLE, sent`; not `in an emailed`)
    if not (subject.low in ("he", "she", "they") or subject.core[:1].isupper() or subject.trailing):
        return False
    j = k + 1
    if j < hi and toks[j].low == "back":
        j += 1
    if j < hi and toks[j].low in ("a", "an", "one", "this", "the", "just"):
        j += 1
    word = toks[j] if j + 1 < hi else None
    if word is not None and word.core.isalpha() and word.core.islower() and not word.trailing:
        j += word.low not in _SENT_LINES  # (`a short reply`: one adjective)
    return j == hi - 1 and toks[j].low.rstrip(":") in _SENT_LINES


def _one_sentence(block: _Block, lo: int, hi: int) -> bool:
    """Are toks[lo:hi] (at most a clause's worth) all of one sentence?"""
    if hi <= lo or hi - lo > 2 * CLAUSE:
        return False
    return block.sentences[lo] == block.sentences[hi - 1]


def _a_glossing_sentence(block: _Block, span: Span) -> bool:
    """`«…», a-t-elle raconté. (She said: "…")`, `"…," said NAME, who …. ("…")`: a sentence in
    brackets, opening right after the sentence before it ends, that is a quote (`She said:`
    before it at most), where that sentence itself printed a quote: the writer's translation of
    it, not a second thing said."""
    start = max(0, span.open - 24)
    head = block.text[start : span.open]
    paren = head.rfind("(")
    if paren < 0 or ")" in head[paren:]:
        return False
    lead = head[paren + 1 :].strip()
    if lead and (not lead.endswith(":") or len(lead.split()) > 3):
        return False
    if any(mark in lead for mark in '"“”‘’«»„'):
        return False
    at = start + paren
    before = block.text[max(0, at - 200) : at].rstrip()
    if not before or before[-1] not in '.!?"”»“’':
        return False
    return any(s.closed and s is not span and at - 200 <= s.close < at for s in block.spans)


def _named_in_a_heading(blocks: Sequence[_Block], people: People) -> None:
    """`## NAME on confidence scores` over `SURNAME, ROLE, spent …`: a heading that opens with a
    name in full, whose surname alone is a person of the paragraphs under it, introduces them
    (a headline's capitals are read for names nowhere else)."""
    for i, block in enumerate(blocks[:2000]):
        if block.kind != "h" or not block.runs:
            continue
        run = block.runs[0]
        if run.first != 0 or run.words < 2 or run.title or block.quoted[run.first]:
            continue
        if people.lookup(run.name) or people.is_firm(run.name) or not_person(run.name):
            continue
        if is_place(run.name) or run.last + 1 >= len(block.toks):
            continue
        if block.toks[run.last + 1].low not in ("on", "talks", "explains", "says"):
            continue
        surname = run.name.split()[-1]
        for after in blocks[i + 1 : i + 4]:
            if after.kind == "h":
                break
            own = [r for r in after.runs if r.name == surname and not after.quoted[r.first]]
            if own:
                role = role_at(after.toks, own[0])
                people.add(run.name, role, run.gender)
                break


def _opening_dash_roles(blocks: Sequence[_Block], people: People) -> None:
    """An epigraph's dash line (`— NAME, chief scientist, FIRM` under a block quote that opens
    the piece): where it names the person before the text does, its role is the one they were
    introduced with, not a later paragraph's (a pull quote's caption repeats the text's)."""
    seen: set[str] = set()
    for block in blocks[:2000]:
        if block.kind == "h":
            continue
        for run in block.runs[:400]:
            if block.quoted[run.first]:
                continue
            full = people.lookup(run.name)
            if full is None or full in seen:
                continue
            seen.add(full)
            if block.kind == "q":
                role = _dash_line_role(block, run)
                if role:
                    people.roles[full] = role


def _dash_line_role(block: _Block, run: Run) -> str | None:
    """`— NAME, head of cargo, FIRM` (a dash line, or a dash after a quote's closing mark):
    all after the name is the role, as the quote it attributes takes it, so a later `— NAME`
    alone gets it whole, not cut at the comma an apposition would stop at."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 1 or not toks[lead - 1].is_dash or toks[run.last].trailing != ",":
        return None
    if lead > 1 and not toks[lead - 2].is_mark:
        return None  # a dash inside the writer's sentence (`The mayor — NAME, a lawyer — said`)
    end = run.last + 1
    while end < len(toks) and end - run.last < 3 * MAX_ROLE_WORDS and not toks[end].is_mark:
        end += 1
        if toks[end - 1].ends_sentence or toks[end - 1].is_dash:
            break
    if toks[end - 1].is_dash:
        return None  # a dash closes it: an aside, not a dash line
    return dash_role(toks, run, end)


# Adverbs a sentence about an office may open with (`Then the studio's creative director …`).
_SCENE_OPENERS = frozenset(("then", "later", "meanwhile", "next", "finally", "earlier", "soon"))
# Verbs in the past an office's sentence goes on with, besides the regular `-ed` ones.
_PAST_VERBS = frozenset(
    """gave got took made came went spoke told said wrote led sat stood ran began met was were
    is has had did rose fell left put set read saw sent kept held won lost chose drew""".split()
)


def _office_just_before(block: _Block, run: Run, people: People) -> str | None:
    """`Hollinvale's head of people analytics gave evidence on Wednesday. NAME told the
    tribunal …`: an office whose holder the sentence before does not name, as that sentence's
    subject (a firm's possessive, an office's word at its head), and the name as the next
    sentence's subject (first, or after an opening phrase and its comma), no other person named
    in between: the office is the role."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if run.title or run.last + 1 >= len(toks):
        return None
    after = run.last + 1
    if (
        toks[run.last].trailing == ","
        and after + 1 < len(toks)
        and toks[after].core.isdigit()
        and toks[after].trailing == ","
    ):
        after += 1  # `NAME, 52, was diagnosed …`: an age set off after the name
    elif toks[run.last].trailing and not (
        toks[run.last].trailing == "," and toks[run.last + 1].low == "who"
    ):
        return None  # (`NAME, who arrived …, told investors`: the subject still)
    if not toks[after].low.isalpha() or toks[after].core[:1].isupper():
        return None  # the name is a subject followed by its verb
    s = lead
    while s > 0 and not toks[s - 1].ends_sentence and lead - s < 12:
        s -= 1
    if s == 0 or not toks[s - 1].ends_sentence:
        return None
    if s < lead:  # `In a thread on X late on Monday night, NAME wrote`
        if toks[lead - 1].trailing != "," or any(
            toks[k].trailing or toks[k].is_mark or block.quoted[k] for k in range(s, lead - 1)
        ):
            return None
        if any(_a_person(r, people) for r in block.runs_in(s, lead)):
            return None
    end = s - 1  # the sentence before: its last word
    p = end
    while p > 0 and not toks[p - 1].ends_sentence and end - p < 40:
        p -= 1
    if p > 0 and not toks[p - 1].ends_sentence:
        return None
    predicate = _copula_office(block, p, end, people)
    if predicate is not None:  # `… is the group's new CFO. NAME …`
        return predicate
    q = p + (toks[p].low in _SCENE_OPENERS)
    q += q > p and toks[q - 1].trailing == ","
    if q > p and toks[q - 1].trailing:
        return None
    described = _one_of_them(block, q, end, people)
    if described is not None:  # `One of them, a nurse from Huddersfield, had …. NAME told …`
        return described
    v = q
    while v < end and v - q < 10:
        low = toks[v].low
        if low in _PAST_VERBS or (len(low) > 4 and low.endswith("ed") and low.isalpha()):
            break
        if toks[v].trailing or toks[v].is_mark or block.quoted[v]:
            return None  # `FIRM's head of X, NAME, gave …`: named there
        v += 1
    if v == q or v >= end:
        return None
    # (`A head teacher in Yorkshire was blunter. Ms NAME, who …`: someone described, then
    # named; a possessive's office, or one with an indefinite article)
    indefinite = toks[q].low in ("a", "an") and v - q <= 7
    if not indefinite and not any(toks[k].possessive for k in range(q, min(v, q + 4))):
        return None
    words = [toks[k].raw for k in range(q, v)]
    head = _role_head_word(" ".join(words))
    if head not in ROLE_WORDS or head in _KIN:
        return None
    if indefinite and _head_at(toks, q + 1, v) != head:
        return None  # (`A rise in teachers' pay was agreed`: the office is no subject)
    if any(_a_person(r, people) for r in block.runs_in(q, s)):
        return None  # a person named in the office's sentence (`NAME's lawyer`)
    role = " ".join(words).strip(" ,;:.")
    role = re.sub(r"^(?:a|an|the)\s+", "", role, flags=re.IGNORECASE)
    return role or None


def _head_at(toks: Sequence[Tok], lo: int, hi: int) -> str:
    """The noun an indefinite subject toks[lo:hi] is of: its last word before a preposition
    (`head teacher` of `head teacher in Yorkshire`)."""
    k = lo
    while k < hi and toks[k].low not in PREPOSITIONS and not toks[k].trailing:
        k += 1
    if k < hi and toks[k].trailing and toks[k].low not in PREPOSITIONS:
        k += 1
    return toks[k - 1].low if k > lo else ""


def _one_of_them(block: _Block, q: int, end: int, people: People) -> str | None:
    """`One of them, a nurse from Huddersfield, had …`: the office in apposition to the
    sentence's subject `One of them` (`us`, `those`), or None."""
    toks = block.toks
    if q + 4 >= end or toks[q].low != "one" or toks[q + 1].low != "of":
        return None
    if toks[q + 2].low not in ("them", "us", "those", "these") or toks[q + 2].trailing != ",":
        return None
    if toks[q + 3].low not in ("a", "an"):
        return None
    k = q + 3
    while k < min(end, q + 3 + MAX_ROLE_WORDS) and not toks[k].trailing:
        if toks[k].is_mark or block.quoted[k]:
            return None
        k += 1
    if k >= end or toks[k].trailing != ",":
        return None
    words = [toks[j].raw for j in range(q + 3, k + 1)]
    head = _head_at(toks, q + 4, k + 1).strip(",")
    if head not in ROLE_WORDS or head in _KIN:
        return None
    if any(_a_person(r, people) for r in block.runs_in(q, k + 1)):
        return None
    role = " ".join(words).strip(" ,;:.")
    return re.sub(r"^(?:a|an)\s+", "", role, flags=re.IGNORECASE) or None


def _copula_office(block: _Block, p: int, end: int, people: People) -> str | None:
    """The office a sentence toks[p:end + 1] ends on after its copula, owned and naming no
    one (`… is the group's new finance director.`), or None."""
    toks = block.toks
    c = next((k for k in range(end - 1, p, -1) if toks[k].low in ("is", "was")), None)
    # (`The most candid answer came from a partner at FIRM. NAME has run …`: whom it came from)
    c = (
        c
        if c is not None
        else next(
            (
                k
                for k in range(end - 1, p, -1)
                if toks[k].low == "from" and toks[k - 1].low in _CAME
            ),
            None,
        )
    )
    if c is None or end - c > 9 or any(toks[k].trailing for k in range(c, end)):
        return None
    if any(block.quoted[k] or toks[k].is_mark for k in range(p, end + 1)):
        return None
    words = [toks[k].raw for k in range(c + 1, end + 1)]
    firms_kin = False
    if toks[c].low == "from" and toks[c + 1].low not in ("a", "an"):
        return None
    if toks[c + 1].low in ("a", "an") and toks[p].low not in _NOT_DESCRIBED:
        # `One of the first patients … is a former PE teacher from Doncaster. NAME, 52, …`
        head = _head_at(toks, c + 2, end + 1)
        at = next((k for k in range(c + 2, end) if toks[k].low == head), end)
        # (`a partner at FIRM`: a firm's partner, not a spouse)
        firms_kin = head in _KIN_OFFICES and at < end and toks[at + 1].low == "at"
    elif not any(toks[k].possessive for k in range(c + 1, min(end + 1, c + 4))):
        return None
    else:
        head = _role_head_word(" ".join(words))
    if not firms_kin and (head not in ROLE_WORDS or head in _KIN):
        return None
    # (a firm or place after the office's `at`, `of`, … is no person: `a partner at FIRM`)
    where = range(c + 2, end + 1) if toks[c + 1].low in ("a", "an") else range(0)
    if any(
        _a_person(r, people)
        for r in block.runs_in(p, end + 1)
        if not (r.first in where and toks[r.first - 1].low in _OFFICE_OF)
    ):
        return None  # the office's holder named in its own sentence
    role = re.sub(r"^(?:a|an|the)\s+", "", " ".join(words).strip(" ,;:."), flags=re.IGNORECASE)
    return role or None


_OFFICE_OF = frozenset(("at", "of", "for", "from", "in"))  # `a partner at FIRM`: no person


_CAME = frozenset(("came", "comes"))
_KIN_OFFICES = frozenset(
    ("partner", "deputy", "lawyer")
)  # kin's words that are offices `at` a firm
# A sentence opened by these describes someone already in view, not the next sentence's subject.
_NOT_DESCRIBED = frozenset("he she they it this that there his her their its".split())


def _role_head_word(role: str) -> str:
    """The noun an office is about: `head` of `FIRM's head of people analytics`."""
    head = re.split(r"\s(?:of|at|for|in|on)\s", role.lower(), maxsplit=1)[0].split()
    return head[-1].strip(",.’'") if head else ""


def _a_person(run: Run, people: People) -> bool:
    """Is a name a person's, as far as is known (not a firm's, a place's or a platform's)?"""
    if not_person(run.name) or is_place(run.name) or people.is_firm(run.name):
        return False
    return run.words >= 2 or people.lookup(run.name) is not None


def _after_time_opener(block: _Block, lead: int) -> bool:
    """`Last spring NAME …`, `This week NAME …`: two words of time open the sentence."""
    if lead < 2:
        return False
    toks = block.toks
    opener, noun = toks[lead - 2], toks[lead - 1]
    if opener.low not in _TIME_OPENERS or noun.low not in _TIME_NOUNS or noun.trailing:
        return False
    return lead == 2 or block.sentences[lead - 3] != block.sentences[lead - 2]


def _by_honorific_alone(blocks: Sequence[_Block], people: People) -> None:
    """`Mr Kallistratos-Webb said …` of someone the article never names in full: a person
    (the honorific says so), once every full name is known (`Mr Tan` of `Tan Wei Ming`)."""
    for block in blocks:
        if block.kind in ("h", "n"):
            continue
        for run in block.runs:
            if run.words != 1 or not run.gender or block.quoted[run.first]:
                continue
            if people.lookup(run.name) is not None or people.is_firm(run.name):
                continue
            low = run.name.lower()
            if people.namesakes.get(low) or people.words.get(low):
                continue  # `Mr Hafiz` of `Muhammad Hafiz Ismail`
            if not_person(run.name) or is_place(run.name):
                continue
            people.add(run.name, None, run.gender)


def _singular_they(blocks: Sequence[_Block], people: People) -> None:
    """`NAME, a linguist who uses they/them pronouns,`: the person named just before (in the
    sentence, a bounded window) is one a later `they` may mean."""
    for block in blocks:
        toks = block.toks
        for k, tok in enumerate(toks):
            if not tok.low.startswith("they/") or block.quoted[k]:
                continue
            for run in reversed(block.runs_in(max(0, k - 12), k)):
                if block.sentences[run.first] != block.sentences[k]:
                    break
                full = people.lookup(run.name)
                if full is None and not people.is_firm(run.name) and not not_person(run.name):
                    # (`River NAME, president of …. NAME, who uses they/them pronouns,`: a
                    # person, though their given name is a place's word)
                    full = _they_full_name(blocks, run.name, people)
                if full is not None and not people.is_firm(full):
                    people.they.add(full)
                    break


def _they_full_name(blocks: Sequence[_Block], surname: str, people: People) -> str | None:
    """The name in full, printed earlier, of the one a `who uses they/them pronouns` clause
    shows to be a person (`River NAME` of `NAME`), added to the people with its office."""
    for block in blocks[:200]:
        for run in block.runs[:400]:
            if run.words >= 2 and run.name.endswith(" " + surname) and not block.quoted[run.first]:
                if people.is_firm(run.name):
                    return None
                role = _office_after(block, run) or role_at(block.toks, run)
                return people.add(run.name, role, run.gender)
    return None


def _handles(blocks: Sequence[_Block], people: People) -> None:
    """`NAME (@handle)`, `NAME, a maintainer who posts as @handle,`: a handle printed in
    brackets right after a name, or after `as` (`posts as`, `known as`), in a sentence that
    names one person before it, is theirs, so that the handle as a later subject (`@handle
    later added …`) is that person. Not a handle spoken to (`NAME replied to @handle`)."""
    for block in blocks:
        if block.kind in ("h", "n"):
            continue
        toks = block.toks
        for k, tok in enumerate(toks):
            if not tok.core.startswith("@") or len(tok.core) < 3 or block.quoted[k] or k == 0:
                continue
            bracketed = tok.raw.startswith("(") and any(
                run.last == k - 1 for run in block.runs_in(max(0, k - 8), k)
            )
            if not bracketed and toks[k - 1].low not in ("as", "handle", "username"):
                continue
            sentence = block.sentences[k]
            persons = {
                people.lookup(run.name)
                for run in block.runs_in(max(0, k - 16), k)
                if block.sentences[run.first] == sentence
                and not block.quoted[run.first]
                and not people.is_firm(run.name)
            } - {None}
            if len(persons) == 1:
                person = str(persons.pop())
                people.handles.setdefault(tok.core.lower(), person)
                local, at, server = tok.core[1:].partition("@")
                if at and local and "." in server:  # `@kwab@example.social`: also `@kwab`
                    people.handles.setdefault("@" + local.lower(), person)


_OPENERS = PREPOSITIONS | frozenset(
    """under during after following despite amid upon through throughout within against among
    between before without across behind beyond over""".split()
)


def _fronted(block: _Block, run: Run) -> bool:
    """Is the name inside the phrase a sentence opens with, before its subject pronoun
    (`Under questioning from counsel for the commission, NAME SC, she said`, `Pressed by the
    committee's chair, NAME, he said`)? Then the pronoun is someone else: the name is what the
    phrase is about (not `After NAME arrived, she said`: a clause's own subject)."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    s = lead
    while s > 0 and not toks[s - 1].ends_sentence and lead - s < CLAUSE:
        s -= 1
    first = toks[s]
    # (`On Chirrup, he wrote:`: a preposition and the name alone, a comma after it)
    alone = lead == s + 1 and first.low in PREPOSITIONS and toks[run.last].trailing == ","
    if (s > 0 and not toks[s - 1].ends_sentence) or (lead <= s + 1 and not alone):
        return False
    if not first.core[:1].isupper() or first.trailing or block.quoted[s]:
        return False
    participle = first.low.endswith(("ed", "ing")) and first.low not in _ING_OPENERS
    if first.low not in _OPENERS and not participle:
        return False
    if any(tok.is_mark or block.quoted[k] for k, tok in enumerate(toks[s:lead], s)):
        return False
    for j in range(run.last + 1, min(len(toks), run.last + 6)):
        tok = toks[j]
        if tok.is_mark or block.quoted[j]:
            return False
        if toks[j - 1].trailing == "," and tok.low in SUBJECT_PRONOUNS:
            return True
        if tok.ends_sentence:
            return False
    return False


_ING_OPENERS = frozenset(("according", "including", "something", "nothing", "everything"))


_KIN = {
    **dict.fromkeys(
        "uncle brother husband son father nephew grandfather boyfriend fiance".split(), "m"
    ),
    **dict.fromkeys(
        "aunt sister wife daughter mother niece grandmother girlfriend fiancee".split(), "f"
    ),
    **dict.fromkeys("partner colleague friend cousin deputy boss lawyer spouse".split(), ""),
}


def _office_after(block: _Block, run: Run) -> str | None:
    """The office in apposition after a name met after `from`, `by`, `with` …: a person's
    (`from NAME, the outgoing chair of X,`); a place or a firm has none."""
    lead = run.lead if run.lead >= 0 else run.first
    if _word_before(block.toks, lead) not in ("from", "by", "with", "of", "to", "for"):
        return None
    role = apposition(block.toks, run)
    if role is None or not any(word.lower() in ROLE_WORDS for word in role.split()):
        return None
    return role


def _office_title(run: Run) -> bool:
    """A name printed after an office's title (`Nurse Practitioner NAME`, `Judge NAME`) is a
    person's, also after `from` or `of`: a place or a firm has no title."""
    if run.title is None or run.words < 2:
        return False
    return any(word.lower().strip(".") in ROLE_WORDS for word in run.title.split())


def _speakers_after_of(blocks: Sequence[_Block], people: People, deferred: dict[str, str]) -> None:
    """A name first met after a preposition (`a version of Rosalind Achterberg`) is a person
    when its surname alone later acts as one: `Achterberg, who …`, `Achterberg said`, `Ms
    Achterberg`; or their first name after `Sir` or `Dame` (`Dame Eleanor, a former …`)."""
    for block in blocks:
        if block.kind == "h":
            continue
        toks = block.toks
        for run in block.runs:
            key = run.name.lower()
            if run.gender and key not in deferred and f"first:{key}" in deferred:
                key = f"first:{key}"
            if run.words != 1 or key not in deferred or block.quoted[run.first]:
                continue
            nxt = toks[run.last + 1] if run.last + 1 < len(toks) else None
            who = toks[run.last].trailing == "," and nxt is not None and nxt.low == "who"
            says = nxt is not None and nxt.low in SPEECH_VERBS and not toks[run.last].trailing
            if (who or says or run.gender) and people.lookup(run.name) is None:
                people.add(deferred[key], None, run.gender)


def _kin_before(toks: Sequence[Tok], run: Run) -> str | None:
    """`her son, Dylan Pryce`: the kin word before a name in apposition."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 2 or toks[lead - 1].trailing != "," or toks[lead - 1].low not in _KIN:
        return None
    if _kin_owner(toks, lead) is None or not _KIN[toks[lead - 1].low]:
        return None
    return toks[lead - 1].low


_KIN_MODIFIERS = frozenset("younger older elder eldest youngest late twin little big".split())


def _kin_owner(toks: Sequence[Tok], lead: int) -> int | None:
    """Where `his`/`her`/`their` stands before the kin word at toks[lead - 1], one modifier
    between allowed (`her son, NAME`, `Her younger brother, NAME`)."""
    k = lead - 2
    if k >= 1 and toks[k].low in _KIN_MODIFIERS and not toks[k].trailing:
        k -= 1
    return k if k >= 0 and toks[k].low in ("his", "her", "their") else None


def _vote_kin_owner(block: _Block, k: int, people: People) -> None:
    """`NAME started the company with her brother, NAME2`: the one person named before in the
    sentence is whose brother (with, and: their company), and of the pronoun's gender; not
    `NAME hired her brother` (hers may be anyone's)."""
    run = block.runs[k]
    lead = run.lead if run.lead >= 0 else run.first
    at = _kin_owner(block.toks, lead)
    if at is None:
        return
    owner = block.toks[at].low
    joined = at > 0 and block.toks[at - 1].low in ("with", "and", "alongside")
    gender = {"his": "m", "her": "f"}.get(owner, "") if joined else ""
    sentence = block.sentences[run.first]
    before = {
        people.lookup(r.name)
        for r in block.runs[max(0, k - 6) : k]
        if block.sentences[r.first] == sentence and not block.quoted[r.first]
    } - {None}
    if gender and len(before) == 1:
        people.vote(str(before.pop()), gender)


def _named_after_role(block: _Block, k: int) -> bool:
    """A name within six words of toks[k] with only a role's words between (no punctuation):
    `chief operating officer NAME` after `Her co-founder,`."""
    found = block.runs_in(k, k + 7)
    if not found:
        return False
    lead = found[0].lead if found[0].lead >= 0 else found[0].first
    return lead >= k and _role_start(block.toks, lead) == k


def _joint_subject(block: _Block, run: Run) -> bool:
    """Is the name one of two that open a sentence joined by `and` (`NAME1 and NAME2 had
    left`, `Pryce and Obi were …`)?"""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if lead > 0 and not toks[lead - 1].ends_sentence:
        if lead < 2 or toks[lead - 1].low != "and" or toks[lead - 2].trailing:
            return False
        k = lead - 2  # `NAME1 and NAME`: the name before opens the sentence
        while k > 0 and lead - k < 8 and toks[k - 1].core[:1].isupper():
            if toks[k - 1].ends_sentence:
                break
            k -= 1
        return toks[k].core[:1].isupper() and (k == 0 or toks[k - 1].ends_sentence)
    nxt = run.last + 1
    return (
        nxt + 1 < len(toks)
        and not toks[run.last].trailing
        and toks[nxt].low == "and"
        and not toks[nxt].trailing
        and toks[nxt + 1].core[:1].isupper()
        and toks[nxt + 1].low not in STOP_WORDS
    )


def _tag_after(block: _Block, run: Run) -> int:
    """`Marchetti, she said, had agreed …`: the index of the pronoun of a speech tag set off by
    commas right after the name, whose person is someone else reporting what the named one did;
    else -1."""
    toks, k = block.toks, run.last + 1
    if k + 1 >= len(toks) or toks[run.last].trailing != "," or any(block.quoted[k : k + 2]):
        return -1
    if toks[k].low not in ("he", "she") or toks[k].trailing:
        return -1
    verb = toks[k + 1]
    return k if verb.low in SPEECH_VERBS and verb.trailing == "," else -1


def _tag_reporter(block: _Block, tag: int, named: str, people: People) -> str | None:
    """The person the tag's pronoun means: the nearest one before it in its own paragraph other
    than the one it reports on (`NAME1, ROLE, said …. NAME2, she said, …`: NAME1); a person
    paragraphs back is left to the pronoun rules (None)."""
    where = block.offset + block.toks[tag].start
    want = SUBJECT_PRONOUNS.get(block.toks[tag].low, "")
    near = [
        m
        for m in people.candidates(where, max(0, block.index - 2))
        if m.name != named and people.gender(m.name) in ("", want)
    ]
    if near and near[0].block == block.index and not near[0].name.startswith("?"):
        return near[0].name
    return None


def _foil(block: _Block, run: Run) -> str:
    """The gender of a pronoun before the name in its sentence (no quote in it) that means
    someone else: `Her colleague NAME`, `Beside him, NAME`."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    start = lead
    while start > 0 and lead - start < 40 and block.sentences[start - 1] == block.sentences[lead]:
        start -= 1
    if lead - start >= 40:
        return ""
    end = lead
    while end < len(toks) and end - lead < 80 and block.sentences[end] == block.sentences[lead]:
        end += 1
    if end - lead >= 80 or any(block.quoted[start:end]):
        return ""  # (a sentence of a quote, or one too long to read as one)
    owned = _possessive_foil(toks, run.last, end) or _asker_foil(toks, run.last, end)
    if owned:
        return owned
    # `… was sitting next to her captain, NAME, who …`: the owner of the office set off before
    # the name is someone else
    for k in (lead - 2, lead - 3):
        if k < start or toks[k].low not in ("his", "her") or toks[k].trailing:
            continue
        words = toks[k + 1 : lead]
        set_off = words[-1].trailing == "," and not any(t.trailing for t in words[:-1])
        if set_off and all(t.core.islower() for t in words) and words[-1].low in ROLE_WORDS:
            return "m" if toks[k].low == "his" else "f"
    if start == lead:
        return _asked_whether(toks, run.last, end)
    first = toks[start]
    owner = first.low in ("his", "her") and lead - start in (2, 3) and not first.trailing
    if owner and all(t.core.islower() and not t.trailing for t in toks[start + 1 : lead]):
        return "m" if first.low == "his" else "f"  # `Her colleague NAME`
    if toks[lead - 1].trailing == "," and lead - start <= 4:
        for tok in toks[start:lead]:
            if tok.low in ("him", "her"):
                return "m" if tok.low == "him" else "f"  # `Beside him, NAME`
    return _asked_whether(toks, run.last, end)


# What the one asked does in answer, printed as the next sentence (`He shook his head.`)
_ANSWER_GESTURES = frozenset(
    "shook nodded shrugged smiled laughed paused hesitated grinned winced demurred".split()
)


def _asker_foil(toks: Sequence[Tok], last: int, end: int) -> str:
    """`An audience member, NAME, asked whether …. He shook his head.`: the person who asks is
    not the one whose gesture answers, in the sentence right after (its pronoun's gender)."""
    if toks[last].trailing != "," or last + 1 >= end or toks[last + 1].low not in _ASKED_VERBS:
        return ""
    if end + 1 >= len(toks) or not toks[end - 1].ends_sentence:
        return ""
    pronoun = SUBJECT_PRONOUNS.get(toks[end].low, "")
    if pronoun in ("m", "f") and not toks[end].trailing and toks[end + 1].low in _ANSWER_GESTURES:
        return pronoun
    return ""


def _foiled(people: People, block: _Block, name: str, toks: Sequence[Tok], k: int) -> bool:
    """Is the pronoun toks[k] one that the nearest mention of `name` says means someone else
    (`An audience member, NAME, asked …. He shook his head.`)?"""
    gender = _pronoun_gender(toks, k)
    near = people.candidates(block.offset + toks[k].start, block.index)
    mine = next((m for m in near if m.name == name), None)
    return bool(gender) and mine is not None and mine.foil == gender


def _possessive_foil(toks: Sequence[Tok], last: int, end: int) -> str:
    """`NAME's claim about drafts, she said, did not match …`: the owner of a thing in a
    sentence whose speaker is a pronoun is not that pronoun's person (its gender)."""
    if not toks[last].possessive or toks[last].trailing or last + 1 >= end:
        return ""
    if not toks[last + 1].core.islower():
        return ""
    for k in range(last + 2, min(end, last + 16) - 1):
        pronoun = SUBJECT_PRONOUNS.get(toks[k].low, "")
        if pronoun and not toks[k].trailing and toks[k + 1].low in SPEECH_VERBS:
            return pronoun
    return ""


def _owner_foil(block: _Block, run: Run) -> str:
    """`_possessive_foil` of a run in its sentence."""
    end = run.last + 1
    while end < len(block.toks) and end - run.last < 16:
        if block.sentences[end] != block.sentences[run.last] or block.quoted[end]:
            break
        end += 1
    return _possessive_foil(block.toks, run.last, end)


def _asked_whether(toks: Sequence[Tok], last: int, end: int) -> str:
    """`NAME asked whether she used the tools herself.`: the pronoun of the question NAME asks
    is the one asked, someone else (its gender), not NAME."""
    k = last + 1
    if toks[last].trailing or k + 2 >= end or toks[k].low not in ("asked", "wondered"):
        return ""
    k += 1
    asked = ""
    if toks[k].low in ("him", "her", "them") and not toks[k].trailing:
        asked = {"him": "m", "her": "f"}.get(toks[k].low, "")
        k += 1  # `NAME asked her whether she …`
    if toks[k].low in _ASKING_ABOUT and asked and not toks[k].trailing:
        return asked  # `NAME asked him whether the firm would …`: he is the one asked
    if toks[k].low not in ("whether", "if") or toks[k].trailing or k + 1 >= end:
        return ""
    pronoun = toks[k + 1].low
    return "m" if pronoun == "he" else "f" if pronoun == "she" else ""


def _by_honorific(people: People, run: Run, sharing: Sequence[str]) -> str | None:
    """Of the (few) people sharing the surname, the one the honorific can mean (`Mrs Pryce`
    when the other Pryce is known to be a man)."""
    if len(sharing) > 4:
        return None
    fits = [full for full in sharing if people.gender(full) in ("", run.gender)]
    return fits[0] if len(fits) == 1 else None


def _described(block: _Block, people: People, kin_names: dict[str, set[str]]) -> None:
    """`Her uncle resigned the same week.`: a person the sentence is about, named by what they
    are to someone: nearer a later pronoun than any name, so that it is not given to a name."""
    toks = block.toks
    for k, tok in enumerate(toks):
        if k and not toks[k - 1].ends_sentence:
            continue
        # (`My daughter was unbothered.`: the writer's own kin, as unnamed as anyone's)
        owners = ("his", "her", "their", "my", "our")
        if tok.low not in owners or k + 1 >= len(toks) or block.quoted[k]:
            continue
        noun = toks[k + 1].low
        if noun not in _KIN and noun not in ROLE_WORDS:
            continue
        if tok.low == "our" and noun in _PRESS:
            continue  # `Our reporter has been to training …`: the paper's own, never a source
        if block.runs_in(k + 1, k + 5):
            continue  # `Her husband, Joakim Lindahl,`: the name is the mention
        if toks[k + 1].trailing == "," and _named_after_role(block, k + 2):
            continue  # `Her co-founder, chief operating officer NAME,`: so is this one
        where = block.offset + tok.start
        named = kin_names.get(noun, set())
        who = next(iter(named)) if len(named) == 1 else people.someone(_KIN.get(noun, ""))
        if len(named) != 1 and tok.low in ("my", "our"):
            # the writer's own kin, never named: an unnamed source, whose words are not taken
            who = people.anonymous(where, _KIN.get(noun, ""))
        people.mention(where, block.index, block.sentences[k], who)
        if len(named) == 1 and who not in people.roles and noun in _KIN:
            # `Her brother, 37, the chief technology officer,`: the office of the one the
            # description was given to
            role = apposition(toks, Run(k + 1, k + 1, noun, None, "", 1, k + 1))
            if role is not None and not block.runs_in(k + 1, k + 12):
                people.add(who, role)


_PERSON_NOUNS = frozenset(
    """person man woman source employee worker insider staffer engineer executive official
    technician colleague witness neighbour neighbor friend acquaintance bystander passer-by
    parent customer passenger tenant patient shopper voter""".split()
)
_PERSON_GENDER = {"spokeswoman": "f", "woman": "f", "spokesman": "m", "man": "m"}
_COPULAS = frozenset(
    "is was are were be been being became becomes become as like remains remained not".split()
)


_GROUP_OPENERS = frozenset(("both", "neither", "all"))
_GROUP_COUNTS = frozenset("two three four five six both".split())
_GROUP_NOUNS = {"women": "f", "men": "m", "people": "", "sisters": "f", "brothers": "m"}


def _group_noun(low: str) -> str | None:
    """A plural noun for people (`women`, `executives`) and the gender it says ("" if none)."""
    if low in _GROUP_NOUNS:
        return _GROUP_NOUNS[low]
    if low.endswith("s") and (low[:-1] in ROLE_WORDS or low.removesuffix("es") in ROLE_WORDS):
        return ""
    return None


def _groups(block: _Block, people: People) -> None:
    """`Both women were asked …. “…,” she said`: a sentence whose subject is a group of people
    (`Both women`, `The two executives`, `All three men`) and names no one after it puts more
    than one person in view, so a singular pronoun after it is unsure (someone of the group),
    never given to a name before it."""
    toks = block.toks
    for k, tok in enumerate(toks):
        if (k and not toks[k - 1].ends_sentence) or block.quoted[k] or k + 2 >= len(toks):
            continue
        nxt = k + 1
        if tok.low == "the" or tok.low == "all":
            if toks[nxt].low not in _GROUP_COUNTS or toks[nxt].trailing:
                continue
            nxt += 1
        elif tok.low not in _GROUP_OPENERS or tok.trailing:
            continue
        gender = _group_noun(toks[nxt].low)
        if gender is None or not toks[nxt].core.islower():
            continue
        end = next((j for j in range(nxt, len(toks)) if toks[j].ends_sentence), len(toks))
        if block.runs_in(nxt, end + 1):
            continue  # `Both women had questions, but NAME was blunter.`: NAME is the subject
        where = block.offset + tok.start
        people.mention(where, block.index, block.sentences[k], people.someone(gender))
    _sources_according(block, people)


_SOURCE_COUNTS = frozenset("two three four five six seven eight nine ten several".split())
_SOURCE_NOUNS = frozenset(
    "employees staff workers people sources officials nurses doctors executives managers".split()
)


def _they_say(block: _Block, k: int) -> bool:
    """Does `they` and a verb of saying follow toks[k] in its paragraph, outside quotes (the
    group's own words, not a singular pronoun's: `according to two employees. “…,” he said`)?"""
    toks = block.toks
    return any(
        toks[j].low == "they" and toks[j + 1].low in SPEECH_VERBS and not block.quoted[j]
        for j in range(k + 1, min(len(toks) - 1, k + 60))
    )


def _sources_according(block: _Block, people: People) -> None:
    """`…, according to four current and former employees who spoke to us. Instead, they
    said, …`: unnamed sources counted after `according to` put a group in view, so `they` after
    them is theirs (anonymous), never a person named before."""
    toks = block.toks
    for k in range(len(toks) - 3):
        tok = toks[k]
        if tok.low != "according" or tok.trailing or toks[k + 1].low != "to" or block.quoted[k]:
            continue
        if toks[k + 1].trailing or toks[k + 2].low not in _SOURCE_COUNTS:
            continue
        for j in range(k + 2, min(len(toks), k + 8)):
            low = toks[j].low
            if low in _SOURCE_NOUNS and toks[j].core.islower() and _they_say(block, j):
                where = block.offset + toks[j].start
                people.mention(where, block.index, block.sentences[j], people.anonymous(where))
                break
            if toks[j].trailing:
                break


def _who_unnamed(toks: Sequence[Tok], head: int) -> bool:
    """`the officer on duty, who asked …`: a `who` a few lower-case words after the head."""
    for j in range(head + 1, min(len(toks), head + 5)):
        if toks[j].low == "who":
            return True
        if not toks[j].core.islower():
            return False
    return False


def _unnamed_sources(block: _Block, people: People) -> None:
    """`The bluntest view came from a Cork technician who asked not to be named.`, `Later a
    driver came over.`: a person a sentence introduces without a name, as its subject or as
    an anonymous source, is nearer a later pronoun than any name, so that the pronoun's quote
    is theirs, and never proposed. Not a predicate (`is a nurse`), an apposition (`NAME, a
    nurse,`, `NAME … — a search engineer`), someone in reported speech (`said he had found a
    will in which a farmer left …`), nor one named after (`a hydrologist at the trust, NAME`)."""
    toks = block.toks
    start = 0
    for k, tok in enumerate(toks):
        if k and toks[k - 1].ends_sentence:
            start = k
        if block.quoted[k] or tok.trailing:
            continue
        # `The third student, who did not want to be named, …`: an ordinal after `the` counts
        # the unnamed as an article does, but only where the sentence says so
        ordinal = tok.low == "the" and k + 1 < len(toks) and toks[k + 1].low in _ORDINALS
        # `the officer on duty, who asked that her name not be used,`: `the` before an office's
        # word, where the sentence says the person is not named
        definite = tok.low == "the" and not ordinal
        if tok.low not in ("a", "an", "one", "another") and not ordinal and not definite:
            continue
        anonymous = _anonymity(block, k)
        if definite and not anonymous:
            continue
        if not (anonymous or (_opens_clause_at(block, start, k, people) and not ordinal)):
            continue
        head = None
        last = None  # of a source said to be unnamed, any noun is a person's (`A juror, who
        # asked that her name not be used,`, `A sworn translator in Poznań, who asked …`)
        for j in range(k + 1, min(len(toks), k + 5)):
            word = toks[j]
            if word.is_mark or block.quoted[j] or (word.possessive and j > k + 1):
                break
            if word.core.islower() and (word.low in ROLE_WORDS or word.low in _PERSON_NOUNS):
                nxt = toks[j + 1] if j + 1 < len(toks) and not word.trailing else None
                if nxt is None or not (nxt.core.islower() and nxt.low in ROLE_WORDS):
                    head = j
                break
            if word.low in PREPOSITIONS or word.low in RELATIVES:
                break
            if anonymous and word.core.islower() and word.low in FIRM_NOUNS:
                last = None  # `a chip startup that was not named in the letter`: a firm
                break
            if anonymous and word.core.isalpha() and word.core.islower():
                last = j
            if word.trailing:
                break
        if head is None and anonymous and last is not None and not definite:
            head = last
        if definite and head is not None and not _who_unnamed(toks, head):
            continue  # (`NAME, the chief financial officer of FIRM, a startup that was not named`)
        if head is None or toks[head].possessive or _named_after(block, head):
            continue
        before = toks[k - 1] if k > start else None
        objective = (
            before is not None
            and before.low.isalpha()
            and not before.trailing
            and before.low not in ("and", "or", "but", "then", "later")
        )
        where = block.offset + tok.start
        gender = _PERSON_GENDER.get(toks[head].low, "")
        apposed = not gender and toks[head].trailing == "," and head + 2 < len(toks)
        if apposed and toks[head + 1].low in ("a", "an") and not toks[head + 1].trailing:
            # `Another worker, a man in his twenties, …`: the apposition's noun
            gender = _PERSON_GENDER.get(toks[head + 2].low, "")
        key = people.anonymous(where, gender)
        people.unnamed_nouns[key] = toks[head].low
        people.mention(where, block.index, block.sentences[k], key, False, objective)


_ORDINALS = frozenset("second third fourth fifth sixth other".split())

_OPENING_WORDS = frozenset(
    """later then soon finally eventually afterwards meanwhile but and so now also today
    yesterday outside inside nearby""".split()
)


def _opens_clause_at(block: _Block, start: int, k: int, people: People) -> bool:
    """Does the indefinite at toks[k] open its sentence's main clause: first, after a word
    such as `Later`, or after an opening phrase and its comma that names nobody (`On Friday,
    a spokeswoman …`)?"""
    toks = block.toks
    if k == start:
        return True
    if k - start == 1 and toks[start].low in _OPENING_WORDS and not toks[start].trailing:
        return True
    if k - start > 6 or toks[k - 1].trailing != "," or block.quoted[start]:
        return False
    if toks[start].low in ("a", "an", "one", "another"):
        return False  # `Another worker, a man in his twenties, said`: the opening's apposition
    if any(tok.is_mark or tok.trailing for tok in toks[start : k - 1]):
        return False
    if toks[start].low in SUBJECT_PRONOUNS and any(t.low in _COPULAS for t in toks[start:k]):
        return False  # `He is 34, a former engineer at …`: a predicate of the one meant
    return not any(_person_run(people, run) for run in block.runs_in(start, k))


_COPULAS = frozenset(("is", "was", "'s", "’s"))


def _person_run(people: People, run: Run) -> bool:
    """A name that may be a person's (not a weekday's, a place's, a firm's word)."""
    if people.lookup(run.name) is not None:
        return True
    return run.words > 1 and not not_person(run.name) and not people.is_firm(run.name)


_WHOSE = frozenset("her his their whose my our a the".split())
_WITHHELD = frozenset("withheld withhold used published printed disclosed revealed changed".split())


def _anonymity(block: _Block, k: int) -> bool:
    """Does the sentence of toks[k] say someone is not named (`who asked not to be named`,
    `speaking on condition of anonymity`)?"""
    toks = block.toks
    sentence = block.sentences[k]
    for j in range(k, min(len(toks), k + CLAUSE)):
        if block.sentences[j] != sentence or block.quoted[j]:
            break
        low = toks[j].low
        if low in ("anonymity", "anonymously", "anonymous"):
            return True
        if low in ("named", "identified") and toks[j - 1].low in ("be", "being", "not"):
            return True  # `asked not to be named`, `without being identified`, `not named`
        if low in ("name", "identity") and toks[j - 1].low in _WHOSE:
            # `asked that her name not be used`, `whose name was withheld`, `declined to
            # give his name`: a name said to be kept back
            for nxt in toks[j + 1 : min(len(toks), j + 5)]:
                if nxt.low in _WITHHELD or nxt.low == "not":
                    return True
            if toks[j - 2].low in ("give", "gave", "giving", "withhold", "withheld"):
                return True
    return False


def _named_after(block: _Block, head: int) -> bool:
    """Is the person at toks[head] named after it (`a hydrologist at the trust, NAME`, `a
    researcher named NAME`, `an engineer, NAME,`)?"""
    toks = block.toks
    for j in range(head, min(len(toks), head + 10)):
        tok = toks[j]
        if tok.is_mark or (tok.ends_sentence and j > head):
            return False
        if j > head and toks[j - 1].low in ("named", "called") and block.runs_in(j, j + 1):
            return True
        if (tok.trailing == "," or j == head) and block.runs_in(j + 1, j + 2):
            return True  # `an engineer, NAME,`, `a researcher NAME`
        if tok.ends_sentence or tok.low in RELATIVES:
            return False
    return False


def _office_holders(people: People) -> dict[str, set[str]]:
    """Each word of the roles the article gives → who holds a role with it (`mayor` → one);
    and the nouns relative clauses describe people by (`witness`)."""
    holders: dict[str, set[str]] = {}
    for name, role in people.roles.items():
        for word in office_nouns(role):
            holders.setdefault(word, set()).add(name)
    for name, nouns in people.described.items():
        for word in nouns:
            holders.setdefault(word, set()).add(name)
    return holders


_CHAIRING = {"chairs": "chair", "chaired": "chair", "heads": "head", "headed": "head"}


def _described_as(toks: Sequence[Tok], run: Run) -> str | None:
    """`NAME, who was the hearing's only witness,`: the noun a relative clause between commas
    says the person is (a person's noun or an office's), or None."""
    k = run.last + 1
    if toks[run.last].trailing != "," or k + 2 >= len(toks) or toks[k].low != "who":
        return None
    if toks[k + 1].low in _CHAIRING:  # `NAME, who chairs the ethics board,`: its chair
        return _CHAIRING[toks[k + 1].low]
    if toks[k + 1].low not in ("is", "was") or toks[k + 2].low not in ("the", "a", "an"):
        return None
    head = phrase_head(toks, k + 3, 9)
    if head is None or not head.core.islower() or head.possessive:
        return None
    return head.low if head.low in _PERSON_NOUNS or head.low in ROLE_WORDS else None


def _by_their_office(block: _Block, people: People, offices: dict[str, set[str]]) -> None:
    """`On Monday, the mayor defended the clip.`: a mention of the one person the article gave
    that office, nearer a later pronoun than the names before it."""
    toks = block.toks
    for k in range(len(toks) - 1):
        noun = toks[k + 1]
        if toks[k].low != "the" or toks[k].trailing or block.quoted[k]:
            continue
        if noun.low not in offices or not noun.core.islower() or noun.possessive:
            continue
        holders = offices.get(noun.low, set())
        if k + 2 < len(toks) and not noun.trailing:
            after = toks[k + 2]
            if _two_word_office(block, k + 1, offices):
                # `the chief executive said he would …`: both words of one holder's office
                holders = holders & offices[after.low]
            elif after.low in ROLE_WORDS or after.low == "of" or block.runs_in(k + 2, k + 3):
                continue  # `the head of …`, `the mayor Jane Doe`, `the chief executive officer`
        if len(holders) == 1:
            where = block.offset + toks[k].start
            if people.first_seen.get(next(iter(holders)), where) >= where:
                continue  # `the editor` before the article names its editor: someone else
            sentence = block.sentences[k]
            # `NAME added …, after the farmer wrote to the lab`: the subject of a clause a
            # conjunction opens is not the sentence's subject, named before it
            subordinate = _word_before(toks, k) in _SUBORDINATORS and any(
                block.sentences[r.first] == sentence and r.last < k and _person_run(people, r)
                for r in block.runs_in(max(0, k - 2 * CLAUSE), k)  # a bounded window back
            )
            # `Asked by the chair whether …, she said no`: the one asking, not who answers (as
            # `Asked by NAME whether …` is)
            asker = _word_before(toks, k) == "by" and _word_before(toks, k - 1) in _ASKED_BY
            people.mention(
                where,
                block.index,
                sentence,
                next(iter(holders)),
                addressee=asker,
                objective=subordinate or asker,
            )


_SUBORDINATORS = frozenset(("after", "before", "until", "because", "since", "once", "when"))


def _two_word_office(block: _Block, k: int, offices: dict[str, set[str]]) -> bool:
    """Is toks[k:k + 2] an office of two lower-case words, both of the roles the article gives
    (`the chief executive said`), then a verb of saying, not a third office's word or a name?"""
    toks = block.toks
    if k + 2 >= len(toks) or toks[k].trailing:
        return False
    after = toks[k + 1]
    if after.low not in ROLE_WORDS or after.low not in offices or not after.core.islower():
        return False
    if after.possessive or after.trailing or block.runs_in(k + 2, k + 3):
        return False
    return toks[k + 2].low in SPEECH_VERBS


def _office_who_speaks(block: _Block, people: People, offices: dict[str, set[str]]) -> None:
    """`NAME handed the microphone to his secretary, who read out the demands. “…,” he said`:
    one described by an office (`his secretary`) and a relative clause saying they speak or
    read out is the last to speak in that sentence, so the pronoun after it is theirs: the
    one person the article gave that office, else someone unsure (never the subject)."""
    toks = block.toks
    for k in range(len(toks) - 3):
        noun = toks[k + 1]
        if toks[k].low not in ("his", "her", "their") or block.quoted[k] or toks[k].trailing:
            continue
        if noun.low not in ROLE_WORDS or noun.trailing != "," or toks[k + 2].low != "who":
            continue
        verb = toks[k + 3]
        if verb.low not in SPEECH_VERBS and not (verb.low == "read" and k + 4 < len(toks)):
            continue
        if verb.low == "read" and toks[k + 4].low not in _READ_ON:
            continue
        holders = offices.get(noun.low, set())
        who = next(iter(holders)) if len(holders) == 1 else people.someone()
        where = block.offset + toks[k].start
        # the relative clause is a clause of its own: its subject, not the sentence's, spoke last
        people.mention(where, block.index, -1 - block.sentences[k], who)


def _gender_evidence(blocks: Sequence[_Block], people: People) -> None:
    """Votes from the text: pronouns in a sentence naming one person, after their name; a
    sentence starting with He/She right after a sentence naming one person; `him`/`her` said by
    one person of the one named in the sentence before (`Marsh … Abernethy pressed him`)."""
    previous_only: str | None = None
    subject_before = ""  # the gender of a pronoun that was previous_only's sentence's subject
    subject_who = ""  # the one that pronoun meant, where known
    previous_two: set[str] = set()  # the two people the sentence before named, if two
    for block in blocks:
        if block.kind in ("h", "n"):
            previous_only = None
            previous_two = set()
            continue
        names: dict[int, list[tuple[int, str]]] = {}
        for run in block.runs:
            full = people.lookup(run.name) if not block.quoted[run.first] else None
            if full and _fronted(block, run):
                continue  # `Pressed by NAME, he said`: the pronoun is not NAME's
            if full and (people.is_firm(full) or not_person(full)):
                continue  # `at the Velmont Institute of Technology, where she …`: no one
            if full and _owner_foil(block, run):
                continue  # `NAME's claim, she said, …`: the pronoun is another's
            if full:
                names.setdefault(block.sentences[run.first], []).append((run.first, full))
        toks = block.toks
        k = 0
        while k < len(toks):
            sentence = block.sentences[k]
            end = k
            while end < len(toks) and block.sentences[end] == sentence:
                end += 1
            named = names.get(sentence, [])
            distinct = {name for _, name in named}
            carried = False  # the one person before goes on in this sentence's pronouns
            first = named[0][0] if named else end
            # (a pronoun in a clause about someone else, `read from a letter in which she had
            # …`, `asked whether she had …`, is no evidence of the named subject's gender)
            cut = _subordinate_from(toks, block.quoted, first, end)
            said = {
                i: _pronoun_gender(toks, i)
                for i in range(k, cut)
                if toks[i].low in _PRONOUN_WORDS and not block.quoted[i]
            }
            aside = any(
                toks[i].low in _PRONOUN_WORDS and not block.quoted[i] for i in range(cut, end)
            )
            genders = {g for g in said.values() if g}
            opener = toks[k].low in ("he", "she") and k < first and not block.quoted[k]
            # (`Her colleague NAME …`, `Her deputy, NAME, …`: the owner is someone else, the
            # subject's pronoun)
            opener = opener or (
                toks[k].low in ("his", "her")
                and first - k in (2, 3)
                and not block.quoted[k]
                and not toks[k].trailing
                and all(t.core.islower() for t in toks[k + 1 : first])
                and all(not t.trailing for t in toks[k + 1 : first - 1])
                and toks[first - 1].trailing in ("", ",")
            )
            if len(distinct) == 1 and len(genders) == 1:
                later = [i for i in said if i > first and said[i]]
                gender = genders.pop()
                # (`NAME, who was her student, said she ran …` after a woman named before:
                # the pronoun may be hers, and says nothing of NAME's gender)
                where = block.offset + toks[later[0]].start if later else 0
                # `NAME1 was not satisfied. NAME2 had told them …, and she wanted to know
                # why`: the subject of a clause of its own may be NAME1's
                other_before = bool(previous_only) and previous_only not in distinct
                if later and other_before and _opens_a_clause(toks, later[0]):
                    later = []
                if later and not _other_in_view(people, named[0][1], gender, where, block.index):
                    people.vote(named[0][1], gender)
                elif not later and opener and previous_only and previous_only not in distinct:
                    # `NAME1 opened. She read out a letter from NAME2, …`: the sentence's
                    # subject, a pronoun before NAME2, means NAME1; the same pronoun opening
                    # the next sentence goes on meaning NAME1 (in view again there)
                    where = block.offset + toks[k].start
                    if not _other_in_view(people, previous_only, gender, where, block.index):
                        people.vote(previous_only, gender)
                    if people.gender(previous_only) == gender:
                        subject_who = previous_only
            elif previous_only:  # `… Salgado … . Speaking from Santiago, she said`
                subject = next(
                    (i for i in range(k, min(end, first)) if toks[i].low in ("he", "she")), None
                )
                if subject is None and toks[k].low in ("his", "her"):
                    subject = k  # `Her favourite bug was …`
                if subject is not None and _foiled(people, block, previous_only, toks, subject):
                    subject = None  # `NAME, asked whether …. He shook his head.`: not NAME
                if subject is not None and _unnamed_earlier(people, block, sentence, subject):
                    # `A salesman, who asked not to be named because he was not authorised …`:
                    # the pronoun is the unnamed one's, introduced before it in its sentence
                    subject = None
                if subject is not None and subject_before == _pronoun_gender(toks, subject):
                    if subject_who and not named and not block.quoted[subject]:
                        # (the subject before goes on, and is the one in view again)
                        where = block.offset + toks[subject].start
                        people.mention(where, block.index, sentence, subject_who, pronoun=True)
                    subject = None  # `She named NAME. She said …`: not NAME's pronoun
                if subject is not None and not any(block.quoted[k : subject + 1]):
                    gender = _pronoun_gender(toks, subject)
                    where = block.offset + toks[subject].start
                    if not _other_in_view(people, previous_only, gender, where, block.index):
                        people.vote(previous_only, gender)
                    if not named and people.gender(previous_only) == gender:
                        # `She was unbothered. … Born in 1941, she was …`: the person named
                        # last, whom the pronouns go on meaning, stays the nearest in view
                        people.mention(where, block.index, sentence, previous_only, pronoun=True)
                        carried = True
                elif subject is not None and not named and not block.quoted[subject]:
                    # `“…,” she told an interviewer.`: the quote's own pronoun goes on too
                    gender = _pronoun_gender(toks, subject)
                    if people.gender(previous_only) == gender:
                        where = block.offset + toks[subject].start
                        people.mention(where, block.index, sentence, previous_only, pronoun=True)
                        carried = True
            if len(distinct) == 1 and previous_only and previous_only not in distinct:
                for i in range(first + 1, end):
                    if toks[i].low in _ASKING_ABOUT:
                        break  # `We asked NAME what convinced her`: the one asked, herself
                    if toks[i].low in OBJECT_PRONOUNS and not block.quoted[i]:
                        if _possessive_her(toks, i, end):
                            continue  # `from her sessions`: whose, not the one met
                        people.vote(previous_only, OBJECT_PRONOUNS[toks[i].low])
                        # `NAME met him.`: he is in view again, as the one met
                        where = block.offset + toks[i].start
                        people.mention(
                            where, block.index, sentence, previous_only, False, True, True
                        )
                        break
            if block.quoted[k] and not named:
                k = end
                continue  # a sentence of a quote: its names and pronouns are the speaker's
            # (someone else in view by a pronoun of their own: not the one the next sentence's
            # `She …` surely means)
            if len(distinct) == 1 and not aside:
                if not (opener and subject_who):
                    subject_who = ""
                previous_only = distinct.pop()
                # `she named NAME`: a pronoun before the name, its sentence's subject; the same
                # pronoun in the next sentence goes on meaning that subject, not NAME
                subject_before = next(
                    (
                        _pronoun_gender(toks, i)
                        for i in range(max(k, first - 3), first - 1)
                        if toks[i].low in ("he", "she")
                        and not block.quoted[i]
                        and not any(t.trailing for t in toks[i:first])
                    ),
                    "",
                )
                if opener:  # `She read out a letter from a constituent, NAME, …`
                    subject_before = _pronoun_gender(toks, k)
            elif not (named or aside) and previous_only and (carried or _wordless(block, k, end)):
                pass  # (a sentence of the same person's pronouns: still the only one)
            else:
                previous_only = None
            if not named and previous_two and toks[k].low in ("he", "she"):
                _the_other_of_two(block, k, previous_two, people)
            previous_two = distinct if len(distinct) == 2 and not aside else set()
            k = end


_COORDINATORS = frozenset(("and", "but", "yet", "so"))


def _opens_a_clause(toks: Sequence[Tok], i: int) -> bool:
    """Is toks[i], `he` or `she`, the subject of a clause joined on with `, and` (but, yet,
    so): `…, and she wanted to know why`?"""
    if toks[i].low not in ("he", "she") or i < 2:
        return False
    return toks[i - 1].low in _COORDINATORS and toks[i - 2].trailing == ","


def _the_other_of_two(block: _Block, k: int, two: set[str], people: People) -> None:
    """`NAME1 pushed NAME2 on cost. She wanted to know …`: a sentence opening on a pronoun
    after a sentence naming two people, one of them known to be of the other gender, means
    the other one (unless someone else of that gender is in view)."""
    toks = block.toks
    if block.quoted[k] or toks[k].trailing:
        return
    gender = _pronoun_gender(toks, k)
    known = [name for name in two if people.gender(name)]
    if len(known) != 1 or people.gender(known[0]) == gender:
        return
    other = next(name for name in two if name != known[0])
    where = block.offset + toks[k].start
    if not _other_in_view(people, other, gender, where, block.index):
        people.vote(other, gender)


def _unnamed_earlier(people: People, block: _Block, sentence: int, k: int) -> bool:
    """Is someone unnamed (`A salesman at one dealer …`, `One employee`, `A person familiar
    with …`) in view in toks[k]'s sentence, before it?"""
    offset = block.offset + block.toks[k].start
    index = bisect.bisect_left(people._keys, offset)
    for mention in reversed(people.mentions[max(0, index - 12) : index]):
        if mention.block != block.index or mention.sentence != sentence:
            break
        if mention.name.startswith("?"):
            return True
    return False


def _wordless(block: _Block, k: int, end: int) -> bool:
    """Has the sentence toks[k:end] no words outside quotation marks (a closing mark left after
    a quote's full stop, a quote's second sentence)?"""
    toks = block.toks
    return not any(ch.isalpha() for i in range(k, end) if not block.quoted[i] for ch in toks[i].raw)


def _said_pronoun(block: _Block) -> str:
    """The gender of `he said`/`she said` right after the quote a paragraph opens with."""
    toks = block.toks
    if len(toks) < 3 or not (block.quoted[0] or (toks[0].is_mark and block.quoted[1])):
        return ""
    k = next(
        (i for i in range(1, min(len(toks), 200)) if not block.quoted[i] and not toks[i].is_mark),
        None,
    )
    if k is None or k + 1 >= len(toks) or toks[k].low not in ("he", "she"):
        return ""
    return _pronoun_gender(toks, k) if toks[k + 1].low in SPEECH_VERBS else ""


_TO_ANSWER = frozenset("respond reply answer rebut".split())


def _given_the_floor(block: _Block, people: People) -> None:
    """`The chair gave NAME a minute to respond to NAME2. She called his answer …`: the one
    given the time to respond (`gave`/`gives`/`offered`, then the name and up to three words
    before `to respond`, `to reply`, `to answer`) is who the next sentence's opening `He`/`She`
    means, not the sentence's subject who gave it; put in view there."""
    toks = block.toks
    for run in block.runs:
        lead = run.lead if run.lead >= 0 else run.first
        if block.quoted[run.first] or lead == 0:
            continue
        if toks[lead - 1].low not in ("gave", "gives", "offered") or toks[lead - 1].trailing:
            continue
        sentence = block.sentences[run.first]
        to = next(
            (
                i
                for i in range(run.last + 1, min(len(toks) - 1, run.last + 5))
                if toks[i].low == "to" and toks[i + 1].low in _TO_ANSWER
            ),
            None,
        )
        if to is None or any(t.trailing for t in toks[run.last : to]):
            continue
        nxt = next((i for i in range(to, len(toks)) if block.sentences[i] != sentence), None)
        if nxt is None or block.quoted[nxt] or toks[nxt].low not in ("he", "she"):
            continue
        one = people.lookup(run.name)
        if one is None or people.is_firm(one):
            continue
        if people.gender(one) not in ("", _pronoun_gender(toks, nxt)):
            continue
        # (just before the pronoun, so that the pronoun itself, attributing a quote in its own
        # sentence, finds them nearest)
        then = block.offset + toks[nxt].start - 1
        people.mention(then, block.index, block.sentences[nxt], one, pronoun=True)


def _as_office_then_pronoun(block: _Block, people: People) -> None:
    """`NAME, 52, was born in Enugu …. As chief executive of FIRM she now oversees …`: a sentence
    opening `As` and an office (a modifier or an office's word first, no article, no comma
    before the subject) whose subject is `he`/`she`, right after a sentence whose one person
    named opens it: that office is the person's role, where the article gave them none."""
    toks = block.toks
    for k in range(1, len(toks) - 3):
        if toks[k].low != "as" or toks[k].raw != "As" or not toks[k - 1].ends_sentence:
            continue
        if block.quoted[k]:
            continue
        first = toks[k + 1]
        if first.low not in ROLE_MODIFIERS and first.low not in ROLE_WORDS:
            continue
        if not first.core.islower():
            continue
        end = next(
            (j for j in range(k + 1, min(len(toks), k + 12)) if toks[j].low in ("he", "she")),
            None,
        )
        if end is None or any(t.trailing or t.is_mark for t in toks[k:end]):
            continue
        if not any(t.low in ROLE_WORDS and t.core.islower() for t in toks[k + 1 : end]):
            continue
        before = block.sentences[k - 1]
        runs = [
            r
            for r in block.runs
            if block.sentences[r.first] == before and not block.quoted[r.first]
        ]
        if not runs:
            continue
        lead = runs[0].lead if runs[0].lead >= 0 else runs[0].first
        if lead and block.sentences[lead - 1] == before:
            continue  # the name must open the sentence before, its subject
        full = people.lookup(runs[0].name)
        if full is None or people.is_firm(full) or full in people.roles:
            continue
        if any(people.lookup(r.name) not in (None, full) for r in runs[1:]):
            continue  # another person named there too: whose office is unsure
        if people.gender(full) not in ("", _pronoun_gender(toks, end)):
            continue
        people.roles[full] = " ".join(t.raw for t in toks[k + 1 : end])


def _pressed_him(block: _Block, people: People) -> None:
    """`NAME pressed him on …. He said it could not.`: a sentence opening on a name, its
    verb, then `him` (`her`), whose next sentence opens on `He` (`She`): the object is someone
    else than NAME (who would be `himself`), the nearest other person in view whose gender is
    not the other one, and the pronoun opening the next sentence goes on meaning them, the
    one pressed answering; both are put in view as that person."""
    toks = block.toks
    for run in block.runs:
        lead = run.lead if run.lead >= 0 else run.first
        start = lead
        while start and lead - start < 3 and not toks[start - 1].ends_sentence:
            start -= 1  # (`Committee chair NAME`: an office's words before the name)
        if block.quoted[run.first] or (start and not toks[start - 1].ends_sentence):
            continue
        if any(t.trailing or t.is_mark for t in toks[start : run.first]):
            continue
        k = run.last + 2  # the verb, then the object
        if k + 1 >= len(toks) or toks[run.last].trailing or toks[k - 1].trailing:
            continue
        verb, obj = toks[k - 1], toks[k]
        if not verb.core.islower() or not verb.low.endswith("ed") or verb.low in SPEECH_VERBS:
            continue
        if obj.low not in ("him", "her") or block.quoted[k] or obj.ends_sentence:
            continue
        sentence = block.sentences[k]
        if not obj.trailing and toks[k + 1].low not in PREPOSITIONS:
            continue  # `NAME received her first payment`: a possessive, not the one pressed
        nxt = next((i for i in range(k + 1, len(toks)) if block.sentences[i] != sentence), None)
        gender = "f" if obj.low == "her" else "m"
        if nxt is None or block.quoted[nxt] or toks[nxt].low != ("she" if gender == "f" else "he"):
            continue
        subject = people.lookup(run.name)
        if subject is None or people.is_firm(subject):
            continue
        where = block.offset + toks[run.first].start
        window = max(0, block.index - BLOCKS_BACK)
        others = [
            m
            for m in people.candidates(where, window)
            if m.name != subject and not m.name.startswith("?") and not people.is_firm(m.name)
        ]
        if not others or people.gender(others[0].name) not in ("", gender):
            continue
        one = others[0].name
        people.vote(one, gender)
        at = block.offset + obj.start
        people.mention(at, block.index, sentence, one, objective=True, pronoun=True)
        then = block.offset + toks[nxt].start
        people.mention(then, block.index, block.sentences[nxt], one, pronoun=True)


_OBJECT_PARTICLES = frozenset("up in over back forward out".split())


def _object_of_same_gender(block: _Block, people: People) -> None:
    """`NAME invites her up. She is brief. “…”`: a person named as a sentence's subject whose
    object is a pronoun of their own gender (not `herself`) puts a second person of that gender
    in view, so the next `she` may be either: someone, left unsure, not given to NAME."""
    toks = block.toks
    for k, tok in enumerate(toks):
        if tok.low not in ("her", "him") or block.quoted[k] or k < 2:
            continue
        nxt = toks[k + 1].low if k + 1 < len(toks) else ""
        asking = toks[k - 1].low in _ADDRESSING and nxt in ("whether", "if", "why", "how", "what")
        if tok.low == "her" and not tok.trailing and nxt not in _OBJECT_PARTICLES and not asking:
            continue  # `her colleague`: a possessive
        sentence = block.sentences[k]
        runs = [r for r in block.runs_in(max(0, k - 6), k) if block.sentences[r.first] == sentence]
        if asking and runs and runs[-1].last == k - 2 and not toks[k - 2].trailing:
            run = runs[-1]  # `Committee member NAME asked her whether`: the asker, then her
        elif not runs or k - runs[0].last > 3:
            continue
        else:
            run = runs[0]
            lead = run.lead if run.lead >= 0 else run.first
            if lead and not toks[lead - 1].ends_sentence:
                continue  # the name must open the sentence, its subject
        if any(t.trailing or t.is_mark for t in toks[run.last : k]):
            continue  # `NAME, who …,`: not the verb's subject next to its object
        full = people.lookup(run.name)
        gender = "f" if tok.low == "her" else "m"
        if full is None or people.is_firm(full):
            continue
        # (`NAME asked her whether …`: the one asked is someone else, whatever NAME's gender)
        if people.gender(full) != gender and not (asking and not people.gender(full)):
            continue
        where = block.offset + tok.start
        at = bisect.bisect_left(people._keys, where)
        if asking and at < len(people._keys) and people._keys[at] == where:
            continue  # `NAME2 was recalled. NAME1 asked him whether …`: him is NAME2, in view
        people.mention(where, block.index, sentence, people.someone(gender))


def _in_turn(blocks: Sequence[_Block], people: People) -> None:
    """`Corvane's chief executive, NAME1, and its finance chief, NAME2, took turns …` then
    `“…,” he said` and `“…,” she said`, each a paragraph: two people whose gender nothing else
    shows, quoted in turn with pronouns of each gender, are meant in the order named."""
    for i in range(len(blocks) - 2):
        block = blocks[i]
        if block.kind != "p":
            continue
        order: list[str] = []
        for run in block.runs:
            if block.quoted[run.first] or _is_place_or_firm(block, run):
                continue
            full = people.lookup(run.name)
            if full is None or people.is_firm(full) or full in order:
                continue
            order.append(full)
        if len(order) != 2 or any(people.gender(name) for name in order):
            continue
        one, two = _said_pronoun(blocks[i + 1]), _said_pronoun(blocks[i + 2])
        if one and two and one != two:
            people.vote(order[0], one)
            people.vote(order[1], two)


_PRONOUN_WORDS = frozenset(("he", "his", "himself", "she", "her", "hers", "herself"))
# Words opening a reported question (`asked NAME what convinced her`): a pronoun after them
# is the person asked as often as anyone before.
_ASKING_ABOUT = frozenset("what why how whether if".split())
_ASKING = frozenset("ask asks asked asking wonder wonders wondered wondering".split())
_RELATIVE_OBJECTS = frozenset(("which", "whom", "whose"))


def _subordinate_from(toks: Sequence[Tok], quoted: Sequence[bool], first: int, end: int) -> int:
    """Where a clause about someone other than the sentence's subject opens after its name
    at `first` (before `end`): a reported question (`asked whether she …`, `asking what
    she …`) or a relative clause after a preposition (`an email in which she …`); `end` if
    none does (the words of a quote are the speaker's, not the sentence's). A pronoun from
    there on may be anyone's."""
    asking = False
    for i in range(first + 1, end):
        if quoted[i]:
            continue
        low = toks[i].low
        if low == "whether" or (asking and low in _ASKING_ABOUT):
            return i
        if low in _RELATIVE_OBJECTS and toks[i - 1].low in PREPOSITIONS:
            return i
        if low == "which" and toks[i - 1].trailing == ",":
            return i  # `its contract, which lets it release works from her sessions`: a thing's
        asking = asking or low in _ASKING
    return end


def _other_in_view(people: People, only: str, gender: str, offset: int, block: int) -> bool:
    """Is someone other than `only` in view at `offset` already known to be of `gender`
    (`NAME1 … She told the board … NAME2 pressed her … , she replied`)? Then the pronoun
    may be theirs, and it says nothing of `only`'s gender."""
    if not gender:
        return False
    return any(
        m.name != only and people.gender(m.name) == gender
        for m in people.candidates(offset, max(0, block - BLOCKS_BACK))
    )


def _pronoun_gender(toks: Sequence[Tok], i: int) -> str:
    following = toks[i + 1].core if i + 1 < len(toks) else ""
    return gendered(toks[i].low, following)


# --- attribution -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Attr:
    kind: str  # "name", "pronoun" or "unnamed"
    name: str | None = None
    role: str | None = None
    offset: int = 0  # of the name or pronoun in the article
    block: int = 0
    body: bool = False  # a firm or a public body named by `it` or `the company` (whole quotes)


def _district_of(toks: Sequence[Tok], run: Run) -> bool:
    """`at the office in Montreal's Mile End`: a name after a preposition of place and one
    capitalised word in the possessive is a place in that city, not a person."""
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 2 or run.title or run.gender:
        return False
    city = toks[lead - 1]
    return (
        city.possessive
        and city.core[:1].isupper()
        and not city.trailing
        and toks[lead - 2].low in ("in", "at", "near", "from", "outside")
        and not toks[lead - 2].trailing
    )


def _eligible(block: _Block, run: Run, people: People, lo: int) -> bool:
    """Can this name be the subject of a speech verb here? A person, or a firm by its name
    (`Zeta Corp said in a statement`); never a place, a platform or a publication."""
    toks = block.toks
    if block.quoted[run.first] or (is_place(run.name) and not people.is_firm(run.name)):
        return False  # (`Example Consumer Panel West, the watchdog,`: a body, not a place)
    before = _word_before(toks, run.lead)
    if before in ("the", "a", "an") and run.lead > 1:
        before = _word_before(toks, run.lead - 1)  # `a spokesperson for the Islands Forum`
    if before in ("in", "at", "from", "near", "across", "outside", "into", "of"):
        return False
    if run.first > lo and before in PREPOSITIONS - {"to"}:
        return False  # `in a post on Medium`, `a spokesperson for Acme`: not the speaker
    if (
        run.first > lo
        and toks[run.first - 1].low == "to"
        and not (run.first > 1 and toks[run.first - 2].low == "according")
    ):
        return False
    if toks[run.last].possessive and not _firms_own_page(toks, run, people):
        return False  # `Meta’s CEO …`: whose, not who
    after = toks[run.last + 1] if run.last + 1 < len(toks) else None
    if (
        after is not None
        and not toks[run.last].trailing
        and after.low in ROLE_WORDS
        and after.core.islower()
    ):
        return False  # `Crestline spokesperson`, `Harbor Peak partner …`
    if _before_office_in_capitals(toks, run):
        return False  # `said Sinn Féin TD NAME`: the party, not the speaker
    if _in_brackets(toks, run):
        return False  # `NAME (Green, Marsh Ward) said`: the ward in the aside, not the speaker
    known = _person(people, run, toks) is not None
    return run.words > 1 or known or people.is_firm(run.name)


def _in_brackets(toks: Sequence[Tok], run: Run) -> bool:
    """Does a name stand inside a bracket opened after another word (`NAME (Independent,
    Tarrow Valley) said`, a councillor's party and ward)? An aside, never the verb's subject."""
    for j in range(run.first, max(-1, run.first - 8), -1):
        raw = toks[j].raw
        if j < run.first and raw.endswith(")"):
            return False
        if raw.startswith("("):
            if j == 0:
                return False
            return any(
                toks[m].raw.rstrip(",.;:").endswith(")")
                for m in range(run.first, run.last + 3)
                if m < len(toks)
            )
    return False


_PHONE_AFTER = frozenset(("back", "again", "yesterday", "today", "later", "afterwards"))


def _we_called(toks: Sequence[Tok], verb: int, hi: int) -> bool:
    """`… when I called her:`, `we called him back on Friday`: the writer telephoning someone,
    not `called` of a saying (`called it a disgrace`): `I`/`we`, then `him`/`her`/`them` ending
    the clause, or a preposition, `back` or a time after it."""
    if toks[verb].low != "called" or verb < 1 or verb + 1 >= hi:
        return False
    if toks[verb - 1].low not in ("we", "i") or toks[verb + 1].low not in ("him", "her", "them"):
        return False
    after = verb + 2
    if toks[verb + 1].trailing or after >= hi:
        return True
    return toks[after].low in PREPOSITIONS or toks[after].low in _PHONE_AFTER


def _we_asked(toks: Sequence[Tok], verb: int, hi: int) -> int | None:
    """`… when we asked him about …`: the writer's question; the index of `him`/`her`."""
    if toks[verb].low not in ("asked", "asks") or verb < 1 or verb + 1 >= hi:
        return None
    if toks[verb - 1].low not in ("we", "i") or toks[verb + 1].low not in ("him", "her"):
        return None
    return verb + 1


_AUXILIARIES = frozenset("has have had been was were is are being".split())


def _after_who(toks: Sequence[Tok], verb: int) -> bool:
    """Is the verb a relative clause's, `who` before it but for auxiliaries (`who wrote`, `who
    has been told her job is at risk`)?"""
    k = verb - 1
    while k > 0 and verb - k <= 3 and toks[k].low in _AUXILIARIES and not toks[k].trailing:
        k -= 1
    return k >= 0 and toks[k].low == "who"


def _before_office_in_capitals(toks: Sequence[Tok], run: Run) -> bool:
    """`Sinn Féin TD NAME`, `Plaid Cymru MS NAME`, `Acme CEO NAME`: a name before an office
    printed in capitals and then a person's name is a party's or a firm's, not a person's."""
    k = run.last + 1
    if k + 1 >= len(toks) or toks[run.last].trailing or toks[run.last].possessive:
        return False
    office = toks[k]
    if office.trailing or not office.core.isupper() or office.low not in ROLE_WORDS:
        return False
    following = toks[k + 1]
    return following.core[:1].isupper() and following.low not in STOP_WORDS


def _person(people: People, run: Run, toks: Sequence[Tok] | None = None) -> str | None:
    """Whom a name refers to; `Mr. Brennan` is a person even where a firm bears the name
    (`Brennan & Sons`); `Mr Hafiz` the one person whose name has that word (Muhammad Hafiz
    Ismail)."""
    found = people.lookup(run.name)
    if found is None and run.gender:
        found = people.names.get(run.name.lower())
    if found is None and run.words == 1 and _honorific_before(run, toks):
        found = people.honoured(run.name)
    return found


def _honorific_before(run: Run, toks: Sequence[Tok] | None) -> bool:
    """Is the name printed after an honorific (`Mr`, `Ms`, `Dr`)?"""
    if run.gender:
        return True
    if toks is None or run.lead < 0 or run.lead >= run.first:
        return False
    return toks[run.first - 1].low.rstrip(".") in HONORIFICS


_KIN_GROUPS = frozenset(
    "family relatives parents children widow widower estate friends colleagues fans".split()
)


def _kin_group_of(toks: Sequence[Tok], run: Run) -> bool:
    """Is the name in `The family of the late folk singer NAME`: a group of people around
    NAME (its head noun before `of`), who speak as that group, not NAME?"""
    k = (run.lead if run.lead >= 0 else run.first) - 1
    steps = 0
    while k > 0 and steps < 5 and not toks[k].trailing and toks[k].core.islower():
        if toks[k].low == "of":
            head = toks[k - 1]
            return head.low in _KIN_GROUPS and not head.trailing
        k -= 1
        steps += 1
    return False


def _named(block: _Block, run: Run, people: People) -> _Attr:
    body = _body_of(block, run)
    if body is not None:  # `the Brackenford Chamber of Commerce wrote:`
        where = block.offset + block.toks[run.first].start
        return _Attr("name", body, None, where, block.index, body=True)
    honoured = run.gender and _person(people, run, block.toks)
    if run.words == 1 and run.name.lower() in people.torn and not honoured:
        where = block.offset + block.toks[run.first].start
        return _Attr("name", None, None, where, block.index)  # a firm's name, or a person's?
    if not_person(run.name) or (people.is_firm(run.name) and not honoured):
        return _Attr(
            "name", run.name, None, block.offset + block.toks[run.first].start, block.index
        )
    where = block.offset + block.toks[run.first].start
    if _kin_group_of(block.toks, run):
        return _Attr("unnamed")  # `The family of NAME have …`: the family, no one named
    name = _person(people, run, block.toks) or people.add(run.name)
    if run.words == 1 and not run.gender and _torn_namesakes(people, run.name):
        return _Attr("name", None, None, where, block.index)  # `Dobbs` of two Dobbses: unsure
    if run.words == 1 and not run.gender and _family_first_namesakes(people, run.name) > 1:
        return _Attr("name", None, None, where, block.index)  # `Lee` of two Lees: unsure
    styled = run.lead >= 0 and run.lead < run.first  # `Dr NAME`: an honorific of no gender
    if run.words == 1 and not run.gender and styled and _namesakes(people, run.name) > 1:
        # `Dr Okoro` of two Okoros: the one introduced as `Dr`, if only one was; else unsure
        style = block.toks[run.lead].low.rstrip(".")
        sharing = people.namesakes.get(run.name.lower(), set())
        fits = [full for full in sharing if people.styles.get(full) == style]
        if len(fits) != 1 or len(sharing) > 4:
            return _Attr("name", None, None, where, block.index)
        name = fits[0]
        return _Attr("name", name, people.roles.get(name), where, block.index)
    if run.words == 1 and run.gender:
        namesake = _of_namesakes(people, run, name) or _unstyled_namesake(people, run)
        if namesake is None:  # `Mr. Hollis` of two Hollises neither known to be a man
            return _Attr("name", None, None, where, block.index)
        name = namesake
    # the role the person was introduced with (`The presiding judge, Mr Justice NAME,`), not a
    # later one (`said Mr Justice NAME`, `said NAME, the report's co-author`)
    role = people.roles.get(name) or role_at(block.toks, run)
    return _Attr("name", name, role, where, block.index)


_OF_BODIES = frozenset(
    """chamber chambers bank university college department ministry federation confederation
    society institute council court union association commission office""".split()
)


def _body_of(block: _Block, run: Run) -> str | None:
    """`the Brackenford Chamber of Commerce`, `the Royal College of Nursing`: a body's name of two
    words or more runs on past `of` to the capitalised name after it."""
    toks = block.toks
    k = run.last + 1
    if run.words < 2 or run.title or run.gender or toks[run.last].trailing:
        return None
    if run.name.split()[-1].lower() not in _OF_BODIES or toks[run.last].possessive:
        return None
    if k + 1 >= len(toks) or toks[k].low != "of" or toks[k].trailing:
        return None
    after = block.runs_in(k + 1, k + 2)
    if not after or after[0].lead not in (-1, after[0].first) or after[0].title:
        return None
    return f"{run.name} of {after[0].name}"


def _family_first_namesakes(people: People, word: str) -> int:
    """How many people named in full open their name with `word` (`Lee Dong-hyun`, `Lee
    Min-seo`: a family name printed first), when no one's name ends with it."""
    low = word.lower()
    if people.namesakes.get(low):
        return 0
    named = people.words.get(low, set())
    return sum(1 for full in named if len(full.split()) > 1 and full.split()[0].lower() == low)


def _namesakes(people: People, word: str) -> int:
    """How many people named in full share the surname `word`."""
    return len(people.namesakes.get(word.lower(), ()))


_DOCTORS = frozenset(("dr", "prof", "professor"))


def _unstyled_namesake(people: People, run: Run) -> str | None:
    """`Miss Okafor` of two Okafors, one introduced as `Dr`: the one who was not (a doctor or a
    professor is called so again), if only one; else None."""
    sharing = people.namesakes.get(run.name.lower(), set())
    if not 2 <= len(sharing) <= 4 or run.lead < 0 or run.lead >= run.first:
        return None
    if not any(people.styles.get(full) in _DOCTORS for full in sharing):
        return None
    fits = [full for full in sharing if people.styles.get(full) not in _DOCTORS]
    return fits[0] if len(fits) == 1 else None


def _of_namesakes(people: People, run: Run, name: str) -> str | None:
    """Which of the people sharing a surname `Mr. NAME` / `Ms. NAME` means: the one of that
    gender (known from the whole article), or nobody surely."""
    sharing = people.namesakes.get(run.name.lower(), set())
    if len(sharing) < 2:
        return name
    if len(sharing) > 4:
        return None  # (a hostile page's hundred Hollises: nobody surely, in bounded time)
    exact = [full for full in sharing if people.gender(full) == run.gender]
    fits = [full for full in sharing if people.gender(full) in ("", run.gender)]
    if len(exact) == 1:
        return exact[0]
    return fits[0] if len(fits) == 1 else None


def _subject(
    block: _Block, lo: int, hi: int, people: People, *, last: bool, verb: int | None = None
) -> _Attr | None:
    """The speaker named in toks[lo:hi]: a pronoun, a name (with its role), or nobody named."""
    toks = block.toks
    if lo >= hi:
        return None
    candidates = [run for run in block.runs_in(lo, hi) if _eligible(block, run, people, lo)]
    if verb is not None and verb > lo:  # the subject stands by its verb
        near = [run for run in candidates if _next_to(toks, run, verb)]
        if not near and last:  # `NAME of FIRM, told us`: the person whose firm it is
            bodies = [run for run in block.runs_in(lo, hi) if _next_to(toks, run, verb)]
            near = [
                run
                for run in candidates
                if run.words >= 2 and any(_member_of(toks, run, body) for body in bodies)
            ]
        if not near and candidates and _second_predicate(block, candidates[0], verb):
            near = candidates[:1]  # `NAME, ROLE, declined to comment on …, but said:`
        candidates = near
        who = _who_before(block, lo, verb, people)
        candidates = candidates or ([who] if who is not None else [])
    chosen = (candidates[-1] if last else candidates[0]) if candidates else None
    if not last and len(candidates) > 1 and _body_before_office(toks, *candidates[:2]):
        chosen = candidates[1]  # `said FIRM federation president NAME`: the person
    if verb is not None and len(candidates) > 1 and block.toks[candidates[0].last].trailing:
        chosen = candidates[0]  # `NAME, director of the group Watching Back, said`: the group
        # is in the apposition of the subject, who stands by the verb through it
    elif last and verb is not None and len(candidates) > 1 and _member_of(toks, *candidates[-2:]):
        chosen = candidates[-2]  # `NAME of the Example Institute, whose lab …, said`
    # A pronoun right before the verb (`she said`, `she also said`), or first after it.
    pronoun = None
    if verb is not None and verb > lo:
        # (`she said`, `she also said`; `he was careful to say`: an infinitive's subject)
        back = 5 if toks[verb - 1].low == "to" else 3
        for k in range(verb - 1, max(lo, verb - back) - 1, -1):
            if toks[k].trailing:
                break
            if toks[k].low in SUBJECT_PRONOUNS and not block.quoted[k]:
                pronoun = k
                break
    elif toks[lo].low in SUBJECT_PRONOUNS:
        pronoun = lo
    if pronoun is not None and (chosen is None or chosen.last < pronoun):
        where = block.offset + toks[pronoun].start
        return _Attr("pronoun", toks[pronoun].low, None, where, block.index)
    if chosen is not None:
        return _named(block, chosen, people)
    if verb is not None and verb > lo:  # `@handle later added …`: the person posting as it
        k = verb - 1
        while k > lo and toks[k].low in _BETWEEN and not toks[k].trailing:
            k -= 1
        full = people.handles.get(toks[k].core.lower()) if not toks[k].trailing else None
        if full is not None and not block.quoted[k]:
            where = block.offset + toks[k].start
            return _Attr("name", full, people.roles.get(full), where, block.index)
    if verb is not None and verb > lo:
        body = _body_subject(block, lo, verb, people) or _by_kin(block, lo, verb, people)
        if body is not None:
            return body
    titled = _by_title(block, lo, hi, people, verb)
    if titled is not None:
        return titled
    if any(tok.core[:1].isalpha() for tok in toks[lo:hi]):
        return _Attr("unnamed")
    return None


def _second_predicate(block: _Block, run: Run, verb: int) -> bool:
    """Is the verb after `but`/`and` the second of its sentence's predicates, whose subject
    is the name opening the sentence (`NAME, ROLE, declined to comment on what she called
    “rumours”, but said: “…”`)?"""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if verb < 2 or toks[verb - 1].low not in ("but", "and") or toks[verb - 1].trailing:
        return False
    if toks[verb].trailing != ":":
        return False  # (`did not post, and told us he would “…”`: reported, not quoted)
    if lead > 0 and not toks[lead - 1].ends_sentence:
        # (`A spokesperson for the lab, NAME, declined …`: an office set off before the name)
        start = lead - 1
        while start > 0 and lead - start < 8 and not toks[start - 1].ends_sentence:
            start -= 1
        if toks[lead - 1].trailing != "," or (start > 0 and not toks[start - 1].ends_sentence):
            return False
        if any(t.is_mark for t in toks[start:lead]):
            return False
    if verb - run.last > 30 or any(block.sentences[k] != block.sentences[lead] for k in (verb,)):
        return False
    # the name's own verb: a lower-case word right after the name or its apposition
    k = run.last + 1
    if k >= verb - 1:
        return False
    if toks[k].low in ("a", "an", "the") or toks[k].low in ROLE_WORDS or toks[k].possessive:
        # `NAME, the lab's spokesperson, declined …`: past the apposition
        k = next((j + 1 for j in range(k, verb) if toks[j].trailing == ","), verb)
    return k < verb - 1 and toks[k].core.islower() and toks[k].low not in STOP_WORDS


def _body_before_office(toks: Sequence[Tok], body: Run, person: Run) -> bool:
    """`said Example Ligue Boreale federation president NAME`: a body's name, then lower-case
    words (up to four) ending in an office's word right before a second name: the office is
    the second name's, held at the body, and the speaker is that person."""
    lead = person.lead if person.lead >= 0 else person.first
    between = toks[body.last + 1 : lead]
    if not between or len(between) > 4 or toks[body.last].trailing:
        return False
    if any(tok.trailing or not tok.core.isalpha() or not tok.core.islower() for tok in between):
        return False
    if any(tok.low in STOP_WORDS or tok.low in SPEECH_VERBS for tok in between):
        return False
    return between[-1].low in ROLE_WORDS and person.words >= 2


def _member_of(toks: Sequence[Tok], person: Run, run: Run) -> bool:
    """Is `run` the body a person is of (`NAME of the Example Institute`, `NAME at FIRM`)?
    Then the person, not their institution, is the subject."""
    lead = run.lead if run.lead >= 0 else run.first
    k = lead - 1
    while k > lead - 3 and k > 0 and toks[k].core[:1].isupper() and not toks[k].trailing:
        k -= 1  # a word of the body's name the run left off (`Example`)
    if k > 0 and toks[k].low == "the":
        k -= 1
    if k < 1 or toks[k].low not in ("of", "at", "from") or toks[k].trailing:
        return False
    return k - 1 == person.last and not toks[person.last].trailing and not not_person(person.name)


def _by_kin(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`“…,” her father says` after `Her father, NAME, still keeps …`: the one person the
    article introduced by that relation (a relative has no role)."""
    toks = block.toks
    k = verb - 1
    if k - 1 < lo or toks[k].low not in _KIN or toks[k - 1].low not in ("his", "her", "their"):
        return None
    if toks[k].trailing or toks[k - 1].trailing:
        return None
    named = people.kin.get(toks[k].low, set())
    if len(named) != 1:
        return None
    where = block.offset + toks[k - 1].start
    return _Attr("name", next(iter(named)), None, where, block.index)


# What a firm or a public body is called by after it is named (`the company said`, `the
# council said`); the generic ones mean any firm, the others a name with that word in it.
_BODY_NOUNS = frozenset(
    """company firm business start-up startup group lender insurer operator maker retailer
    council town city region county ministry department agency authority board commission
    trust university hospital bank union regulator government club foundation institute
    society association federation charity chamber office panel""".split()
)
_GENERIC_BODIES = frozenset(
    "company firm business start-up startup group lender insurer operator maker retailer".split()
)
_PUBLIC_HEADS = _BODY_NOUNS - _GENERIC_BODIES
# A name's last word that makes it a body's, whatever its other words (`South West Health
# Region`, `Example Dunmere District Council`).
_BODY_HEADS = frozenset(
    """council region authority ministry department agency board commission trust ltd inc
    corp gmbh plc llc""".split()
)
_PLACE_BODIES = frozenset("town city county borough village municipality district shire".split())
_STATEMENT_WORDS = frozenset(
    "statement statements response reply email e-mail letter notice release announcement".split()
)
_BEFORE_THE = frozenset("later then and but earlier yesterday today also".split())


_FRONTED = frozenset(("in", "on"))


def _fronted_place(toks: Sequence[Tok], lo: int, k: int) -> int | None:
    """`In a statement posted on its status page it said:`: a phrase of where it was said
    opens the sentence (no comma after it), then `it`, the subject: not `what it said`. Where
    the sentence starts."""
    start = k
    while start > lo and not toks[start - 1].ends_sentence and k - start <= CLAUSE:
        start -= 1
    if toks[start].low not in _FRONTED or not toks[start].core[:1].isupper():
        return None
    if start > 0 and not toks[start - 1].ends_sentence:
        return None
    words = toks[start + 1 : k]
    if not any(tok.low in _STATEMENT_WORDS for tok in words):
        return None  # (a statement, a post, a letter: where a body's words are printed)
    plain = all(
        not tok.trailing and tok.low not in RELATIVES and tok.low not in ("as", "what", "how")
        for tok in words
    )
    return start if plain else None


def _body_subject(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`“…,” it said`, `It added:`, `the company said in a statement:`, `the council said`,
    `the Town of Port Alder said`: a firm or a public body the article named before, as the
    subject of the speech verb; its whole statements are proposed (see `_quoted`)."""
    toks = block.toks
    k = verb - 1
    while k > lo and toks[k].low in _BETWEEN and not toks[k].trailing:
        k -= 1
    if k < lo or toks[k].trailing or block.quoted[k]:
        return None
    if toks[k].low == "it":
        fronted = _fronted_place(toks, lo, k)
        if fronted is not None:  # `In a statement on its page it said:`: the sentence before
            return _it_refers_to(block, fronted, people)
        if k > lo and not toks[k - 1].trailing:
            return None  # `what it said`, `as it said`
        return _it_refers_to(block, k, people)
    if toks[k].low == "statement" and k > lo and toks[k - 1].low == "the":
        if k - 1 > lo and not toks[k - 2].trailing:
            return None  # `as the statement said`
        # `The company said in a statement that …. “…,” the statement said.`: the statement
        # the sentence before says the firm made
        return _it_refers_to(block, k - 1, people)
    if toks[k].low in _BODY_NOUNS and toks[k].core.islower():
        if k - 1 < lo or toks[k - 1].low != "the":
            return None
        if k - 1 > lo and not toks[k - 2].trailing:
            before = toks[k - 2]
            if before.low not in _BEFORE_THE | _TIME_NOUNS and not (
                before.core[:1].isupper() and not before.ends_sentence and k - 2 > lo
            ):
                return None  # `a spokesperson for the company said`: unnamed
        return _body_by_noun(block, k, toks[k].low, people)
    run = next((r for r in block.runs_in(lo, verb) if r.last == k), None)
    if run is None or block.quoted[run.first]:
        return None
    sender = _statement_from(block, run, people)
    if sender is not None:
        return sender
    return _named_body(block, run, people, lo)


def _statement_from(block: _Block, run: Run, people: People) -> _Attr | None:
    """`A statement from FIRM said:`: the sentence's subject is a statement, and the firm (one
    the article knows for a firm, or by its name) whose statement it is speaks (no role)."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    if lead < 3 or toks[lead - 1].low != "from" or toks[lead - 2].low not in _STATEMENT_NOUNS:
        return None
    article = toks[lead - 3]
    if article.low not in ("a", "the") or any(t.trailing for t in toks[lead - 3 : lead]):
        return None
    if lead > 3 and not toks[lead - 4].ends_sentence:
        return None  # (the statement is the sentence's subject: `A statement from …` opens it)
    full = people.fuller.get(run.name.lower()) or run.name
    firm = people.is_firm(run.name) or people.is_firm(full) or not_person(full)
    known = people.lookup(run.name)
    if not firm and (run.gender or run.title or (known and people.gender(known))):
        return _named(block, run, people)  # `A statement from NAME said:`: the person's
    if is_place(run.name) and not firm:
        return None
    where = block.offset + toks[run.first].start
    return _Attr("name", full, None, where, block.index, True)


_STATEMENT_NOUNS = frozenset(("statement", "email", "letter", "response"))


def _named_body(block: _Block, run: Run, people: People, lo: int) -> _Attr | None:
    """`the Town of Port Alder`, `the South West Health Region`: a public body's name, which
    its place words do not make a place."""
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    where = block.offset + toks[lead].start
    name = run.name
    if (
        lead >= 2
        and toks[lead - 1].low == "of"
        and not toks[lead - 2].trailing
        and toks[lead - 2].low in _PLACE_BODIES
        and toks[lead - 2].core[:1].isupper()
    ):
        name = f"{toks[lead - 2].core} of {name}"  # `the Town of Port Alder`
        lead -= 2
    elif run.name.split()[-1].lower() not in _BODY_HEADS or run.words < 2:
        return None
    if lead > lo and toks[lead - 1].low != "the":
        return None
    return _Attr("name", name, None, where, block.index, body=True)


def _body_name(block: _Block, run: Run, people: People) -> str | None:
    """The name of a firm or a body a run may be, or None where it is a person's."""
    if block.quoted[run.first] or run.gender or run.title:
        return None
    full = _person(people, run, block.toks)
    if full is not None and (people.gender(full) or full in people.roles):
        return None  # someone the article shows to be a person
    if run.words < 2 and not people.is_firm(run.name) and not people.fuller.get(run.name.lower()):
        return None
    if run.words == 1:  # `Pulsar` of `Example Pulsar Esportes`: the firm's full name
        return people.fuller.get(run.name.lower()) or run.name
    return run.name


def _it_refers_to(block: _Block, k: int, people: People) -> _Attr | None:
    """The firm `it` means: the subject of the sentence before (past quotes and other `it
    said`s), a name or `the company`, when that sentence says the firm spoke (`said in a
    statement that …`, `later emailed a statement`, `has put out a statement`)."""
    blocks = cast("Sequence[_Block]", people.blocks)  # speakers.py cannot name _Block
    index, end = block.index, k
    for _ in range(2):
        if not 0 <= index < len(blocks):
            return None
        here = blocks[index]
        if here.kind not in ("p", "b"):
            return None
        toks = here.toks
        j = end - 1
        floor = max(0, end - 4 * CLAUSE)  # a bounded look back, however long the paragraph
        while j >= floor:
            if here.quoted[j] or toks[j].is_mark:
                j -= 1
                continue
            start = _sentence_start(here, max(0, j - 2 * CLAUSE), j + 1)
            words = [t for t in range(start, j + 1) if not here.quoted[t]]
            if any(toks[t].low == "it" for t in words) and len(words) <= 6:
                j = start - 1  # `…,” it said.` before `It added:`
                continue
            return _sentence_body(here, start, j + 1, people)
        index, end = index - 1, len(blocks[index - 1].toks) if index > 0 else 0
    return None


def _sentence_body(block: _Block, start: int, end: int, people: People) -> _Attr | None:
    """The firm that is the subject of toks[start:end] and speaks in it."""
    toks = block.toks
    words = [t for t in range(start, end) if not block.quoted[t]]
    if not any(toks[t].low in SPEECH_VERBS or toks[t].low in _STATEMENT_WORDS for t in words):
        return None
    if toks[start].low == "the" and start + 1 < end and toks[start + 1].low in _BODY_NOUNS:
        return _body_by_noun(block, start + 1, toks[start + 1].low, people)
    run = next((r for r in block.runs_in(start, end)), None)
    if run is None or (run.lead if run.lead >= 0 else run.first) != start:
        return None
    if toks[run.last].possessive or toks[run.last].trailing:
        return None  # `Acme's lawyer …`, `Acme, which …`
    name = _body_name(block, run, people)
    if name is None:
        return None
    return _Attr("name", name, None, block.offset + toks[start].start, block.index, body=True)


def _body_by_noun(block: _Block, k: int, noun: str, people: People) -> _Attr | None:
    """The firm or body `the NOUN` (toks[k]) means: the nearest named before it in its
    paragraph and the three before (within its section) that the noun fits: a name with the noun
    in it (`the council`: `Example Dunmere District Council`), or for `the company` a firm."""
    blocks = cast("Sequence[_Block]", people.blocks)  # speakers.py cannot name _Block
    seen = 0
    for index in range(block.index, max(-1, block.index - BLOCKS_BACK - 2), -1):
        here = blocks[index] if 0 <= index < len(blocks) else None
        if here is not None and here.kind == "h" and noun not in _PUBLIC_HEADS:
            return _sole_firm_before(blocks, index, noun, people)
        if here is None or here.kind == "h":
            return None
        limit = k if index == block.index else len(here.toks)
        for run in reversed(here.runs_in(max(0, limit - 8 * CLAUSE), limit)):
            seen += 1
            if seen > 40:
                return None
            if here.quoted[run.first] or not here.runs:
                continue
            found = _fits(here, run, noun, people)
            if found is not None:
                where = here.offset + here.toks[run.first].start
                return _Attr("name", found, None, where, here.index, body=True)
    if noun in _PUBLIC_HEADS:
        return None
    # no firm in the paragraphs looked at: the one the article named before, if only one
    return _sole_firm_before(blocks, block.index - BLOCKS_BACK - 1, noun, people)


def _sole_firm_before(
    blocks: Sequence[_Block], heading: int, noun: str, people: People
) -> _Attr | None:
    """`the company said` in a section that names no firm (its heading at blocks[heading]),
    or whose paragraphs looked at name none: the firm the article named before
    blocks[heading], if it named one only (`Example Kudipay` of the first
    section); none if two firms fit, or none does."""
    name = ""
    where: _Attr | None = None
    seen = 0
    for index in range(heading - 1, max(-1, heading - 60), -1):
        here = blocks[index] if index < len(blocks) else None
        if here is None or here.kind == "h":
            continue
        for run in reversed(here.runs):
            seen += 1
            if seen > 400:
                return None
            if here.quoted[run.first]:
                continue
            found = _fits(here, run, noun, people)
            if found is None or found == name or found in name.split():
                continue
            if name and name not in found.split():
                return None  # two firms: either
            name = found  # (`Example Kudipay` over `Kudipay`, one firm)
            where = _Attr(
                "name",
                found,
                None,
                here.offset + here.toks[run.first].start,
                here.index,
                body=True,
            )
    if where is not None and " " not in name:
        full = _longer_name(blocks, name, people)
        if full:  # `Kudipay` of `Example Kudipay, one of Nigeria's …` named first
            where = _Attr("name", full, None, where.offset, where.block, body=True)
    return where


def _longer_name(blocks: Sequence[_Block], word: str, people: People) -> str | None:
    """The one longer name of the article (no person's, as far as is known) that a firm's
    one-word name is a word of, or None."""
    longer: set[str] = set()
    seen = 0
    prose = any(b.kind != "h" and b.runs for b in blocks)
    for block in blocks:
        if block.kind == "h" and prose:
            continue  # a headline's capitals make names of anything (`Inside Example Acme Ltd`)
        for run in block.runs:
            seen += 1
            if seen > 2000 or len(longer) > 1:
                return None
            if run.words < 2 or run.title or run.gender or word not in run.name.split():
                continue
            full = people.lookup(run.name)
            role = people.roles.get(full or "")
            if full is not None and (
                people.gender(full) or _role_head_word(role or "") in ROLE_WORDS
            ):
                return None  # a person's name (not `FIRM, one of Nigeria's … apps,`)
            longer.add(run.name)
    return next(iter(longer)) if len(longer) == 1 else None


def _fits(block: _Block, run: Run, noun: str, people: People) -> str | None:
    toks = block.toks
    lead = run.lead if run.lead >= 0 else run.first
    town = noun in _PLACE_BODIES and lead >= 2 and toks[lead - 1].low == "of"
    if town and toks[lead - 2].low == noun and toks[lead - 2].core[:1].isupper():
        return f"{toks[lead - 2].core} of {run.name}"
    before = _word_before(toks, lead)
    which = (
        toks[run.last].trailing == ","
        and run.last + 1 < len(toks)
        and toks[run.last + 1].low == "which"
        and not is_place(run.name)
    )
    firm = people.is_firm(run.name) or which  # `FIRM, which supplies …`
    if before in ("in", "near", "to", "into") or (before in ("at", "from") and not firm):
        return None  # (`two executives from FIRM`: the firm, though no subject)
    words = [w.lower() for w in run.name.split()]
    if run.name.lower() in people.products:
        # `NAME, a tool sold by FIRM,`: what the firm makes; `the company` is its maker
        maker = people.products[run.name.lower()]
        known = people.lookup(maker) if maker else None
        return maker if noun in FIRM_NOUNS and maker and known not in people.roles else None
    if noun in _PUBLIC_HEADS:
        if noun not in words[1:] or not _body_name(block, run, people):
            return None
        return _body_of(block, run) or run.name  # `the Tolbridge Office of Banking Supervision`
    if any(w in _PUBLIC_HEADS for w in words) or is_place(run.name):
        return None
    if not firm and not (run.words == 1 and people.fuller.get(words[0])):
        sentence = block.sentences[run.first]
        opening = next((r for r in block.runs if block.sentences[r.first] == sentence), None)
        if opening is not run or not _may_be_subject(toks, run):
            return None
        tail = [
            t
            for t in range(run.last + 1, min(len(toks), run.last + 16))
            if block.sentences[t] == sentence
        ]
        if not any(toks[t].low in SPEECH_VERBS or toks[t].low in _STATEMENT_WORDS for t in tail):
            return None
    return _body_name(block, run, people)


def _who_before(block: _Block, lo: int, verb: int, people: People) -> Run | None:
    """`… heard from NAME, the company's former auditor, who said: “…”`: the person a `who`
    right before the verb refers back to, past their apposition, wherever the name stands."""
    toks = block.toks
    k = verb - 1
    while k > lo and toks[k].low in _BETWEEN and not toks[k].trailing:
        k -= 1
    if k <= lo or toks[k].low != "who" or toks[k - 1].trailing != ",":
        return None
    for run in reversed(block.runs_in(max(lo, k - 16), k)):
        gap = toks[run.last + 1 : k]
        if any(tok.ends_sentence or tok.is_mark for tok in gap) or toks[run.last].trailing != ",":
            continue
        lead = run.lead if run.lead >= 0 else run.first
        if not gap and people.lookup(run.name) is None and not_person(run.name):
            continue  # `NAME, chief executive of Example Lakeside Clinic, who wrote:`: a body
        if _word_before(toks, lead) in ("and", "or"):
            return None  # `Jane Roe and Tom Lee, who said`: either, or both
        if _word_before(toks, lead) == "of" and lead > 1 and toks[lead - 2].core.islower():
            return None  # `A neighbour of NAME, who asked …`: the neighbour's, or NAME's?
        if not gap or gap[-1].trailing == ",":
            if people.is_firm(run.name) and people.lookup(run.name) is None:
                continue  # `NAME, a partner at FIRM, which led the round, who posted`: past it
            if _constituency(toks, lead):
                continue  # `NAME, the member for Holbeck Vale, who said`: past the seat
            person = people.lookup(run.name) or (run.words > 1 and not not_person(run.name))
            if person and not block.quoted[run.first]:
                return run
        return None
    return None


_BETWEEN = frozenset(
    """also later then has had have once again first quickly simply only recently previously
    himself herself would will""".split()
)


_HAVING = frozenset("had has have was is wanted wants got found".split())


def _next_to(toks: Sequence[Tok], run: Run, verb: int) -> bool:
    """Is `run` the subject of the verb at `verb`: right before it, or with an apposition or a
    relative clause between commas (`Doe, an analyst at X, said`), or an adverb (`Doe also
    said`)? Not a name in another clause (`a survey by X found …, and a third said`)."""
    if run.last >= verb:
        return False
    gap = toks[run.last + 1 : verb]
    if not gap:
        return True
    if all(tok.low in _BETWEEN and not tok.trailing for tok in gap) and len(gap) <= 2:
        return True
    if _affiliation(gap):  # `Robert Chu of Example Securities said`
        return True
    if 2 <= len(gap) <= 6 and gap[-1].low == "to" and gap[0].low in _HAVING:
        # `NAME had one more thing to say`, `NAME was careful to say`: an infinitive's subject
        return not any(tok.trailing or tok.is_mark or tok.core[:1].isupper() for tok in gap)
    if len(gap) == 1 and gap[0].raw.startswith("(") and gap[0].raw.endswith(")"):
        return True  # `Rep. Carla Diaz (D-Calif.) said`
    if 2 <= len(gap) <= 6 and gap[0].raw.startswith("(") and gap[-1].raw.endswith(")"):
        # `NAME (Independent, Tarrow Valley) said`: a party and a ward, one bracket
        return not any(t.is_mark or ")" in t.raw or "(" in t.raw[1:] for t in gap[:-1])
    if 2 <= len(gap) <= 10 and gap[-1].low in ("and", "but"):  # `NAME declined … but said`
        return not any(tok.trailing or tok.is_mark or tok.core[:1].isupper() for tok in gap)
    if toks[run.last].trailing == "," and gap[-1].low in ("and", "but") and len(gap) <= 2 * CLAUSE:
        # `NAME, who manages …, posted a screenshot of … and wrote:`: an aside between commas,
        # then the subject's first verb and its object, then `and` before the verb of saying
        end = max((k for k, tok in enumerate(gap) if tok.trailing == ","), default=-1)
        aside, rest = gap[: end + 1], gap[end + 1 :]
        plain = not any(tok.ends_sentence or tok.is_mark for tok in aside)
        if aside and plain and 2 <= len(rest) <= 10 and len(aside) <= CLAUSE:
            return not any(t.trailing or t.is_mark or t.core[:1].isupper() for t in rest)
    if toks[run.last].trailing == "," and gap[0].low == "who" and len(gap) <= 3:
        # `the comedian Gareth Pilling, who wrote on X:`; not `Jane Roe and Tom Lee, who said`
        lead = run.lead if run.lead >= 0 else run.first
        return lead == 0 or toks[lead - 1].low not in ("and", "or")
    # (`NAME, when we caught up with him, would only say`: an adverb or two after the aside)
    aside = gap
    while len(aside) > 1 and len(gap) - len(aside) < 2 and aside[-1].low in _BETWEEN:
        if aside[-1].trailing:
            break
        aside = aside[:-1]
    timed = len(aside) > 2 and aside[-1].low in _TIME_NOUNS and aside[-2].low in _TIME_OPENERS
    if timed and not aside[-1].trailing and not aside[-2].trailing:
        aside = aside[:-2]  # `NAME, ROLE, last month called …`: when, after the aside
    if toks[run.last].trailing == "," and aside[-1].trailing == "," and len(gap) <= CLAUSE:
        # (`NAME, who led the review, ‘Title: A Review’, told …`: a title set off in the aside)
        return not any(
            tok.ends_sentence or (tok.is_mark and not _title_mark(gap, i))
            for i, tok in enumerate(gap)
        )
    if (
        3 <= len(gap) <= CLAUSE and gap[0].is_dash and gap[-1].is_dash
    ):  # `NAME — the officer … — said`
        return not any(tok.ends_sentence or tok.is_mark for tok in gap)
    if toks[run.last].trailing == "," and len(gap) <= 8:  # `Owusu, Kestrel's finance chief said`
        if gap[0].low in ("a", "an", "one"):
            return False  # `At the second company, Lookwise, a spokesperson said`: unnamed
        plain = not any(tok.trailing or tok.is_mark for tok in gap)
        return plain and any(tok.possessive or tok.low in ROLE_WORDS for tok in gap)
    return False


def _title_mark(gap: Sequence[Tok], i: int) -> bool:
    """Is the mark at gap[i] the opening of a title set off by a comma before it (`the 2024
    review, ‘Libraries for Everyone’,`): a capitalised word after it?"""
    return 0 < i < len(gap) - 1 and gap[i - 1].trailing == "," and gap[i + 1].core[:1].isupper()


def _affiliation(gap: Sequence[Tok]) -> bool:
    """`of Example Securities`, `at the Lindell Institute`: where the person works, printed
    between their name and the verb (and a clause between commas after it: `of the University
    of Kent, who studies …,`)."""
    if len(gap) < 2 or gap[0].low not in ("of", "at", "from"):
        return False
    end = next((k for k, tok in enumerate(gap) if tok.trailing), len(gap) - 1)
    where, rest = gap[: end + 1], gap[end + 1 :]
    if not 2 <= len(where) <= 7 or any(tok.is_mark or tok.ends_sentence for tok in where):
        return False
    if not all(tok.core[:1].isupper() or tok.low in _FIRM_JOINS for tok in where[1:]):
        return False
    if not where[-1].core[:1].isupper() or (rest and where[-1].trailing != ","):
        return False
    if not rest:
        return not where[-1].trailing
    aside = rest[-1].trailing == "," and len(rest) <= 16
    return aside and not any(tok.ends_sentence or tok.is_mark for tok in rest)


_FIRM_JOINS = frozenset(("the", "and", "&", "of", "for"))


def _by_title(block: _Block, lo: int, hi: int, people: People, verb: int | None) -> _Attr | None:
    """`the mayor said`: the one person the article gave that title (by its last word)."""
    toks = block.toks
    if verb is not None and verb > lo:
        words = toks[max(lo, verb - 5) : verb]  # (`the union’s safety representative`)
    else:
        words = toks[lo : min(hi, lo + 3)]
    words = [tok for tok in words if not tok.trailing or tok is words[-1]]
    the = [p for p, tok in enumerate(words) if tok.low == "the"]
    words = words[the[-1] :] if the else words  # `Later the mayor said`
    if len(words) < 2 or words[0].low != "the":
        return None
    title = words[-1].low
    holders = {name for name, role in people.roles.items() if title in office_nouns(role)}
    holders |= {name for name, nouns in people.described.items() if title in nouns}
    modifier = words[-2] if len(words) > 2 else None
    ranked = modifier is not None and modifier.low not in ROLE_WORDS
    if modifier is not None and ranked and modifier.core.islower() and not modifier.possessive:
        # `the associate professor wrote`: a holder whose role has those words, not any
        # `Professor` (nor a `Professor` the article gave no such rank)
        phrase = f"{modifier.low} {title}"
        holders = {
            name
            for name in holders
            if phrase in (people.roles.get(name) or "").lower().replace("’", "'")
        }
    if title not in ROLE_WORDS and not any(title in n for n in people.described.values()):
        return None
    if len(holders) > 1:  # `the student said`: not the `Student body president`
        headed = {n for n in holders if _head_noun(people.roles.get(n) or "") == title}
        titled = any(title in people.described.get(n, set()) for n in holders)
        holders = headed if len(headed) == 1 and not titled else holders
    if len(holders) > 1:  # `Okafor said …. In his closing remarks, the senator said:`
        holders = _subject_before(block, words[0], people) & holders
    if len(holders) != 1:
        return None
    name = holders.pop()
    where = block.offset + words[0].start
    # `A senior executive at a supplier, who asked not to be named, … “…,” the executive
    # said`: someone unnamed introduced by that noun since the holder was last named is meant
    for mention in people.candidates(where, max(0, block.index - BLOCKS_BACK)):
        if mention.name == name:
            break
        if people.unnamed_nouns.get(mention.name) == title:
            return _Attr("unnamed")
    return _Attr("name", name, people.roles.get(name), where, block.index)


def _head_noun(role: str) -> str:
    """The noun a role is about (`student` of `fourth-year doctoral student in sociology`)."""
    head = _ROLE_HEAD_END.split(role.lower(), maxsplit=1)[0].split()
    return head[-1].strip(",.’'") if head else ""


def _subject_before(block: _Block, the: Tok, people: People) -> set[str]:
    """The person who opens the sentence before the one of `the` in the paragraph (its
    subject), as a set of one, or an empty set."""
    k = next((j for j, tok in enumerate(block.toks) if tok is the), None)
    if k is None or block.sentences[k] == 0:
        return set()
    toks = block.toks
    opening = not any(toks[j].ends_sentence and not block.quoted[j] for j in range(k))
    prev = block.previous
    quoted = block.quoted[0] or (len(toks) > 1 and toks[0].is_mark and block.quoted[1])
    if opening and quoted and prev is not None and prev.kind == "p" and prev.toks:
        # `“…,” the senator said.` opening its paragraph: the sentence before closes the
        # paragraph before (`During the break, NAME told reporters …`)
        last = prev.sentences[-1]
        start = next((j for j in range(len(prev.toks)) if prev.sentences[j] == last), None)
        if start is None:
            return set()
        return _sentence_subject(prev, start, len(prev.toks), people)
    before = block.sentences[k] - 1
    start = next((j for j in range(k) if block.sentences[j] == before), None)
    if start is None:
        return set()
    for run in block.runs_in(start, min(k, start + 3)):
        lead = run.lead if run.lead >= 0 else run.first
        full = people.lookup(run.name)
        if lead == start and full is not None and not block.quoted[run.first]:
            return {full}
    return set()


def _sentence_subject(block: _Block, start: int, end: int, people: People) -> set[str]:
    """The person who opens the sentence at toks[start] (after a short fronted phrase ending
    in a comma: `During the break, NAME told …`), as a set of one, or an empty set."""
    toks = block.toks
    for run in block.runs_in(start, min(end, start + 7)):
        lead = run.lead if run.lead >= 0 else run.first
        full = people.lookup(run.name)
        if full is None and lead == start:
            continue  # (`During the break,`: a sentence's capital, no one)
        if full is None or block.quoted[run.first]:
            return set()
        fronted = lead > start and toks[lead - 1].trailing == "," and lead - start <= 5
        fronted = fronted and not any(t.trailing for t in toks[start : lead - 1])
        return {full} if lead == start or fronted else set()
    return set()


def _participle_that(toks: Sequence[Tok], k: int) -> bool:
    """`adding that`, `noting that`: a participle of saying and `that`, the writer's report of
    what the sentence's subject went on to say, never an attribution of its own."""
    return toks[k].low.endswith("ing") and toks[k].low in SPEECH_VERBS and toks[k + 1].low == "that"


_SAYINGS = frozenset(
    """reply replies answer answers response verdict message statement argument view take
    advice warning remark remarks words comment comments explanation reaction account objection
    objections complaint complaints""".split()
)
_SAYING_ADJECTIVES = frozenset(
    """first last final opening closing parting key only short full one-line operative
    crucial""".split()
)
_DETERMINERS = frozenset(("a", "an", "the", "his", "her", "their", "its", "this", "that", "our"))


def _noun(toks: Sequence[Tok], k: int) -> bool:
    """`with a warning`, `in her reply`: a speech verb's word used as a noun."""
    counted = k > 0 and toks[k - 1].core.replace(",", "").isdigit()  # `400 comments`
    if k > 0 and not toks[k - 1].trailing and (toks[k - 1].low in _QUANTIFIERS or counted):
        return toks[k].low.endswith("s")  # `a few posts further down`: a plural noun
    if k > 1 and toks[k - 2].low == "to" and not toks[k - 2].trailing and toks[k].low.endswith("s"):
        # `not to write rules that …`: an infinitive's object, never a verb in `-s`
        before = toks[k - 1]
        return before.core.islower() and not before.trailing and not before.low.endswith("ly")
    if (
        k > 0
        and k + 1 < len(toks)
        and toks[k - 1].possessive
        and not toks[k - 1].trailing
        and not toks[k].trailing
        and toks[k + 1].low in ROLE_WORDS
    ):
        return True  # `the insurer's claims director,`: an office's portfolio, a noun
    return k > 0 and not toks[k - 1].trailing and toks[k - 1].low in _DETERMINERS


_QUANTIFIERS = frozenset("few several many two three four five".split())


# Verbs of saying that, before `to`, take an infinitive (`continued to hire`, `vowed to
# appeal`): then they say nothing.
_BEFORE_INFINITIVE = frozenset("continued continues vowed vows promised promises".split())


def _find_verb(toks: Sequence[Tok], lo: int, hi: int) -> int | None:
    """The first speech verb in toks[lo:hi] before the sentence ends (`put it` too: `as the
    complaint puts it`)."""
    for k in range(lo, hi):
        tok = toks[k]
        if tok.low in _BEFORE_INFINITIVE and k + 1 < len(toks) and toks[k + 1].low == "to":
            continue  # `and that it continued to hire paralegals`: no saying
        if tok.low in SPEECH_VERBS and (tok.core.islower() or k == lo) and not _noun(toks, k):
            return k
        if tok.low in ("put", "puts") and k + 1 < hi and toks[k + 1].low == "it":
            return k
        if phrasal_speech(toks, k) and not _noun(toks, k):
            return k  # `“…,” Doe pointed out.`
        if tok.low == "according" and k + 1 < hi and toks[k + 1].low == "to":
            return k
        if tok.ends_sentence or tok.is_mark:
            return None
    return None


def _dash_attribution(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """`— NAME, ROLE` from toks[lo] (a dash) to `hi`."""
    toks = block.toks
    start = lo + 1
    while start < hi and toks[start].is_dash and start - lo < 3:
        start += 1  # `— — Name`: a dash printed before a cite that has its own
    run = next((r for r in block.runs_in(start, start + 3) if start in (r.lead, r.first)), None)
    if run is None:  # `– Minister of Trade NAME`: an office before the name, its title
        run = next((r for r in block.runs_in(start, start + 9) if r.lead == start), None)
        run = run if run is not None and run.title and run.words >= 2 else None
    if run is None or toks[run.last].possessive:
        return _role_first(block, start, hi, people)
    agent = _firms_agent(block, run, hi)
    if agent is not None:
        # `— Example Grid Company spokesperson NAME`: the firm's office, then who holds it
        name = people.lookup(agent.name) or people.add(agent.name)
        held = " ".join(t.raw for t in toks[run.first : agent.first])
        return _Attr("name", name, held, block.offset + toks[agent.first].start, block.index)
    if run.words >= 2 and run.name.split()[-1].lower() in _OF_BODIES and not run.title:
        # `— Harrow Valley Nurses Association bargaining update`: the body speaks, what
        # follows its name is what it spoke in, no role
        where = block.offset + toks[run.first].start
        return _Attr("name", run.name, None, where, block.index, body=True)
    office = _first_name_office(block, run, hi)
    if office is not None:
        # `— Maya, a PhD student in neuroscience`: a first name alone, and an office after it
        name = people.lookup(run.name) or people.add(run.name)
        return _Attr("name", name, office, block.offset + toks[run.first].start, block.index)
    if _first_name_who(block, run, hi):
        # `— Gethin, who asked that only his first name be used`: a first name alone, and a
        # clause about the person after it
        name = people.lookup(run.name) or people.add(run.name)
        return _Attr("name", name, None, block.offset + toks[run.first].start, block.index)
    if is_place(run.name) or (run.words < 2 and not people.lookup(run.name)):
        # `— Museum director NAME, speaking at …`: a capitalised role word opens the line
        return _role_first(block, start, hi, people) if run.words < 2 else None
    end = start
    while end < hi and not toks[end].is_mark:
        if toks[end].ends_sentence and end > run.last:
            end += 1
            break
        end += 1
    name = people.lookup(run.name) or people.add(run.name)
    role = dash_role(toks, run, end) if toks[run.last].trailing == "," else None
    if role and _body_name_only(role) and people.roles.get(name):
        role = people.roles[name]  # `— NAME, Harbourlight Esports`: the firm, not the office
    role = role or bracket_role(toks, run, end) or people.roles.get(name)
    if run.lead == start and run.first > start and run.title and not run.title.endswith("."):
        if role and _body_name_only(role):
            role = None  # `— Deputy Commissioner NAME, Tarrant Department of Insurance`
        role = role or run.title  # `– Minister of Trade NAME, at a briefing`
    return _Attr("name", name, role, block.offset + toks[run.first].start, block.index)


def _firms_agent(block: _Block, run: Run, hi: int) -> Run | None:
    """`— Example Kenya Grid Company spokesperson Achieng Odhiambo`: a firm's name, one or two
    words in lower case ending in an office's word, and a name of two words or more ending
    the line: the name is the speaker, not the firm."""
    toks = block.toks
    k = run.last + 1
    if run.words < 2 or run.title or toks[run.last].trailing or toks[run.last].possessive:
        return None
    j = k
    while j < min(hi, k + 2) and toks[j].core.isalpha() and toks[j].core.islower():
        if toks[j].trailing:
            return None
        j += 1
    if j == k or toks[j - 1].low not in ROLE_WORDS:
        return None
    later = next((r for r in block.runs_in(j, j + 1) if r.first == j), None)
    if later is None or later.words < 2 or later.title:
        return None
    # (the name ends the line, or only where it was said follows: `…, in a statement`)
    ends = later.last + 1 == min(hi, len(toks))
    where = (
        later.last + 1 < min(hi, len(toks))
        and toks[later.last].trailing == ","
        and toks[later.last + 1].low in _SAID_WHERE
    )
    return later if ends or where else None


# Where or how a dash line's words were said, after the name's comma (`…, in a statement`).
_SAID_WHERE = frozenset("in at on during speaking writing talking via".split())


def _first_name_who(block: _Block, run: Run, hi: int) -> bool:
    """`— NAME, who asked that only her first name be used`: a dash line of one capitalised
    word (no title, no place, no role's word) and `, who` after it, or a town, a street or a
    ward alone (`— NAME, Eastgate`), or a post's handle and date (`— NAME (@handle) 29 November
    2026`): a person's first name."""
    toks = block.toks
    k = run.last + 1
    if run.words != 1 or run.title or run.lead != run.first or k >= min(hi, len(toks)):
        return False
    if toks[run.last].trailing != "," and toks[k].raw.startswith("(@") and not is_place(run.name):
        # `— Hannah (@handle) 29 November 2026`: a poster's first name, handle and date
        posted = " ".join(t.raw for t in toks[k : min(hi, len(toks), k + 6)])
        return bool(_HANDLE_DATE.fullmatch(posted)) and _first_name_ok(run)
    if toks[run.last].trailing != "," or is_place(run.name):
        return False
    if toks[k].low != "who" or k + 1 >= min(hi, len(toks)):
        # `— Dev, Eastgate`, `— NAME, Harbour Ward`: a first name and where the reader lives
        rest = toks[k : min(hi, len(toks), k + 4)]
        if len(rest) == min(hi, len(toks)) - k and not any(t.is_mark for t in rest):
            return town_only(" ".join(t.raw for t in rest)) and _first_name_ok(run)
        return False
    return _first_name_ok(run)


# A post's handle in brackets and the date it was posted, after a poster's name.
_HANDLE_DATE = re.compile(
    r"\(@[\w.]{1,40}\)(?:\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8}\s+\d{1,2},?)\s+\d{4})?\.?"
)


def _first_name_office(block: _Block, run: Run, hi: int) -> str | None:
    """`— NAME, a PhD student in neuroscience`: a dash line of one capitalised word (no
    title, no place) and `, a` or `, an` before an office's word: the office, or None."""
    toks = block.toks
    k = run.last + 1
    end = min(hi, len(toks))
    if run.words != 1 or run.title or run.lead != run.first or k + 1 >= end:
        return None
    # (`— Tjahjono, founder of FIRM`: an office's word in lower case right after the comma)
    bare = toks[k].core.islower() and toks[k].low in ROLE_WORDS
    if toks[run.last].trailing != "," or is_place(run.name):
        return None
    if toks[k].low not in ("a", "an") and not bare:
        return None
    if not _first_name_ok(run) or any(t.is_mark for t in toks[k:end]) or end - k > 12:
        return None
    if not bare and not any(t.low.strip(",.") in ROLE_WORDS for t in toks[k + 1 : end]):
        return None
    return dash_role(toks, run, end)


def _first_name_ok(run: Run) -> bool:
    return run.name.lower() not in ROLE_WORDS and not not_person(run.name)


def _body_name_only(role: str) -> bool:
    """Is a dash line's text after the name only a body's name in capitals, no office's word
    (`Tarrant Department of Insurance`)? Then the office is the title before the name."""
    words = role.replace(",", " ").split()
    if not words or any(w.lower() in ROLE_WORDS for w in words):
        return False
    return all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in words)


def _role_first(block: _Block, start: int, hi: int, people: People) -> _Attr | None:
    """`— FIRM's ROLE, NAME`, `— co-organiser NAME`: a dash line whose role comes first; the
    role must run from the dash to the name, and the name end the line."""
    toks = block.toks
    for run in block.runs_in(start, min(hi, start + 9)):
        lead = run.lead if run.lead >= 0 else run.first
        if lead <= start or run.words < 2:
            continue
        if run.last + 1 < min(hi, len(toks)) and not _circumstance_after(toks, run, hi):
            continue
        if is_place(run.name) or people.is_firm(run.name) or not_person(run.name):
            continue
        if any(t.is_mark or t.ends_sentence or t.low in SPEECH_VERBS for t in toks[start:lead]):
            return None
        role = comma_role_before(toks, run) or role_before(toks, run)
        if role is None:
            return None
        first = _tidy_first(toks, start)
        if not role.lower().startswith(first):
            return None  # the role must be all that stands before the name
        name = people.lookup(run.name) or people.add(run.name)
        return _Attr("name", name, role, block.offset + toks[run.first].start, block.index)
    return None


def _circumstance_after(toks: Sequence[Tok], run: Run, hi: int) -> bool:
    """`— ROLE NAME, speaking at the launch in January`: after the name's comma only where
    the words were said (a participle and a preposition), the line's end."""
    if toks[run.last].trailing != "," or run.last + 2 >= min(hi, len(toks)):
        return False
    first, then = toks[run.last + 1], toks[run.last + 2]
    if any(t.is_mark for t in toks[run.last + 1 : hi]):
        return False
    return first.core.islower() and first.low.endswith("ing") and then.low in PREPOSITIONS


def _tidy_first(toks: Sequence[Tok], start: int) -> str:
    """The first word of a role as `_tidy` prints it (a leading a/an/the off)."""
    k = start
    if toks[k].low in ("a", "an", "the") and k + 1 < len(toks):
        k += 1
    return toks[k].core.lower()


def _after(block: _Block, span: Span, stop: int, people: People) -> _Attr | None:
    """`“…,” said NAME`, `“…,” NAME said`, `“…,” he said`, `“…” — NAME, ROLE`."""
    toks = block.toks
    lo = block.index_at(span.close + 1) if span.closed else len(toks)
    hi = min(block.index_at(stop), lo + CLAUSE)
    while lo < hi and not any(ch.isalnum() for ch in toks[lo].raw) and not toks[lo].is_dash:
        lo += 1  # `”,` `”.`
    if lo >= hi:
        return None
    if toks[lo].is_dash:
        return _dash_attribution(block, lo, hi, people) or _dash_aside(block, lo, hi, people)
    verb = _find_verb(toks, lo, hi)
    if verb is None:
        verb = _resumed(toks, span, lo, hi)
    if verb is None:
        return None
    ends = span.text.rstrip("’'\"”")[-1:] in ".!?…"
    if not ends and span.closed and lo > 0 and toks[lo - 1].ends_sentence:
        # `It tells the model to “…”. NAME called …`: the sentence ended after the quote; a
        # thing's words (its subject names no one) are not the next sentence's subject's
        ends = not _someone_in(block, block.index_at(span.open), people)
    if ends and toks[lo].core[:1].isupper():
        # `“….” Doe said the plan …`: a new sentence about something else, unless it is only
        # the attribution (`“….” Doe said.`).
        tail = verb + 1
        while tail < hi and not toks[tail - 1].ends_sentence and tail - verb < 4:
            tail += 1
        if not toks[tail - 1].ends_sentence:
            return None
        if toks[verb].low.endswith("ing") and verb > lo:
            return None  # `“….” The council should stop saying otherwise.`: no attribution
        if toks[lo].raw in ("I", "We") and verb == lo + 1 and tail > verb + 2:
            return None  # `“….” I asked for an interview.`: the writer's next sentence
    if toks[verb].low == "according":
        return _subject(block, verb + 2, min(hi, verb + 10), people, last=False)
    if verb == lo and verb + 1 < hi and _participle_that(toks, verb):
        return None  # `“…”, adding that the company had …`: the sentence's subject goes on
    if verb == lo:
        end = verb + 1
        while end < hi and end - verb < 14 and not toks[end - 1].ends_sentence:
            end += 1
        return _subject(block, verb + 1, end, people, last=False)
    if verb - lo > 16:
        return None
    if all(tok.low in ("and", "but", "then", "also") for tok in toks[lo:verb]):
        return None  # `NAME thanked them “…”, and said …`: the sentence's subject's second verb
    if _time_clause(toks, lo, verb):
        return None  # `… risks ‘…’, on the same day that FIRM confirmed …`: when, not who
    clause_end = verb + 1
    while clause_end < hi and not toks[clause_end - 1].ends_sentence:
        clause_end += 1
    if toks[clause_end - 1].raw.endswith(":") and ends:
        return None  # `“A.” Doe said: “B.”`: it introduces B
    return _subject(block, lo, verb, people, last=False, verb=verb)


_BEGINNINGS = frozenset("began begins started starts".split())
_TIME_CLAUSES = frozenset("that when while as after before since".split())


def _time_clause(toks: Sequence[Tok], lo: int, verb: int) -> bool:
    """`‘…’, on the same day that FIRM confirmed …`, `“…”, days after FIRM said …`: after a
    quote inside a sentence, a phrase of time (a preposition, or a span of time, opening it)
    and then a subordinate clause whose subject did the verb: the sentence says when, and
    its own subject, before the quote, is whose words they are."""
    if verb - lo < 2 or toks[lo].core[:1].isupper():
        return False
    opener = toks[lo].low in PREPOSITIONS or toks[lo].low in _TIME_CLAUSES
    opener = opener or toks[lo].low in ("days", "hours", "weeks", "minutes", "months")
    if not opener:
        return False
    return any(t.low in _TIME_CLAUSES and not t.trailing for t in toks[lo + 1 : verb])


def _pronoun_then_participle(block: _Block, lo: int, verb: int) -> bool:
    """Is toks[verb] a participle of saying right after a comma (`, saying`) in a sentence
    opened by `He`/`She`, its own verb first, no one named and nothing quoted between?"""
    toks = block.toks
    if not toks[verb].low.endswith("ing") or verb - lo < 3 or verb - lo > CLAUSE:
        return False
    if toks[verb - 1].trailing != "," or toks[lo].raw not in ("He", "She"):
        return False
    if not toks[lo + 1].core.islower() or toks[lo].trailing:
        return False
    return not any(block.quoted[lo:verb]) and not block.runs_in(lo, verb)


def _resumed(toks: Sequence[Tok], span: Span, lo: int, hi: int) -> int | None:
    """`“…,” she began, “…”`: a verb of beginning between the parts of a split quote, right
    before the quote resumes, is how its subject spoke (alone, `began` is no verb of speech:
    `The thread began:`, `Work began in May`)."""
    if not span.closed or not span.text.rstrip("’'\"”").endswith(","):
        return None
    for k in range(lo + 1, min(hi, lo + 5)):
        if toks[k].ends_sentence or toks[k].is_mark:
            return None
        if toks[k].low in _BEGINNINGS and toks[k].trailing == ",":
            resumes = k + 1 < len(toks) and toks[k + 1].is_mark
            return k if resumes else None
    return None


_PERSONAL = frozenset("i we he she they you".split())


def _someone_in(block: _Block, open_at: int, people: People) -> bool:
    """Does the sentence before toks[open_at] (a bounded window) name or mean a person?"""
    start = _sentence_start(block, max(0, open_at - 2 * CLAUSE), open_at + 1)
    if any(tok.low in _PERSONAL for tok in block.toks[start:open_at]):
        return True
    return any(_person_run(people, run) for run in block.runs_in(start, open_at))


def _dash_aside(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """What a dash after a quote says when no name follows it: an unnamed source (`“…” — a
    vice-president at a bank, who asked not to be named`: nobody's, and not more of the line
    before), or an aside between dashes that a split quote resumes after (`“…” — she pauses
    while the lens loads — “…”`): its subject said the quote."""
    toks = block.toks
    k = lo + 1
    if k + 1 >= len(toks):
        return None
    first = toks[k]
    if first.low in _INDEFINITE and first.core.islower() and toks[k + 1].core.islower():
        return _Attr("unnamed")
    close = next((j for j in range(k + 1, hi) if toks[j].is_dash), None)
    if close is None or close + 1 != hi or hi >= len(toks) or not toks[hi].is_mark:
        return None  # the aside must close with a dash right before the quote resumes
    if first.low in ("he", "she") and toks[k + 1].core.islower():
        return _Attr("pronoun", first.low, None, block.offset + first.start, block.index)
    run = next((r for r in block.runs_in(k, k + 3) if k in (r.lead, r.first)), None)
    if run is None or run.last + 1 >= close or not toks[run.last + 1].core.islower():
        return None
    if people.lookup(run.name) is None or people.is_firm(run.name) or toks[run.last].trailing:
        return None
    return _named(block, run, people)


def _sentence_start(block: _Block, lo: int, hi: int) -> int:
    start = lo
    for k in range(lo, hi - 1):
        if block.toks[k].ends_sentence:
            start = k + 1
    return start


_SETTING = frozenset(("set", "sets", "laid", "lays"))


def _set_out(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """`She set out one condition for the union's support:`, `NAME laid out the terms:`: a verb
    of stating in two words (before its object) that a colon ends, as `put it` is."""
    tok = toks[k]
    if tok.low not in _SETTING or not tok.core.islower() or tok.trailing or k + 1 >= hi:
        return False
    return toks[k + 1].low == "out" and not toks[k + 1].trailing


def _colon_after_object(toks: Sequence[Tok], verbs: Sequence[int], hi: int) -> bool:
    """`NAME said the trust had insisted on strict limits: “…”`: the sentence's first verb
    `said` (`says`, `told`), and the reported clause's verb of saying followed by its object
    before the colon (not `… the trust responded: “…”`, whose colon gives the trust's words):
    the quote goes on in the one who said it."""
    first, last = verbs[0], verbs[-1]
    if toks[first].low not in ("said", "says", "told") or hi - last < 3:
        return False
    between = toks[last + 1 : hi]
    if any(t.is_mark or t.is_dash or t.ends_sentence for t in between):
        return False
    return not any(t.trailing for t in between[:-1]) and between[-1].trailing == ":"


def _before(
    block: _Block, lo: int, hi: int, people: People, *, partial: bool = False
) -> _Attr | None:
    """The attribution in toks[lo:hi], the sentence before a quote (or the start of the quote's
    own sentence): `NAME said: “…”`, `Said NAME: “…”`, `According to NAME, “…”`, `NAME: “…”`,
    `Her reply: “…”`, `NAME said the plan was “…”`."""
    toks = block.toks
    lo = _sentence_start(block, lo, hi)
    opening = hi
    while hi > lo and toks[hi - 1].is_dash:
        hi -= 1
    lo = _past_fronted_question(block, lo, hi)
    if lo >= hi:
        return None
    comma_before = lo > 0 and toks[lo - 1].trailing.endswith(",")
    if partial and comma_before and lo + 1 < hi and _participle_that(toks, lo):
        return None  # `…“…”, adding that the company had “…”`: the sentence's subject's
    colon = toks[hi - 1].raw.endswith(":")
    # `NAME — “…”`, `Her words — “…”`: a live blog's dash before a whole quote that ends the
    # paragraph introduces it as a colon does
    colon = colon or (not partial and hi < opening and _quote_ends_block(block, opening))
    # `Her advice was short — “…” — and drew applause`: a quote set off by dashes mid-sentence
    colon = colon or (not partial and hi < opening and _quote_then_dash(block, opening))
    verbs = [
        k
        for k in range(lo, hi)
        if not block.quoted[k]
        and (
            (
                toks[k].low in SPEECH_VERBS
                and (toks[k].core.islower() or k == lo)
                and not _noun(toks, k)
            )
            or (colon and toks[k].low in COLON_VERBS)
            or (colon and _set_out(toks, k, hi))
            or (colon and _went_on(toks, k, hi))
            or (colon and _sent_a_line(toks, k, hi))
            or (colon and toks[k].low in _GESTURES and _gesture_before_colon(toks, k, hi))
            or (
                toks[k].low in _GESTURES
                and _gesture_ends_sentence(toks, k, hi)
                # (`He paused. “…”` after his quote: more; a title quoted in the gesture's own
                # sentence, `Asked whether “Run Late” will return, she laughed.`, is no quote)
                and not any(block.quoted[:lo])
            )
            or (phrasal_speech(toks, k) and not _noun(toks, k))
            or (toks[k].low == "according" and k + 1 < hi and toks[k + 1].low == "to")
        )
    ]
    # `NAME put it this way when I called her:`: the writer's call, not a saying
    verbs = [k for k in verbs if not _we_called(toks, k, hi)]
    # `said NAME when told of the change.`: a subject-less clause's passive, not the saying
    told = [k for k in verbs if k > lo and toks[k - 1].low == "when" and toks[k].low == "told"]
    if told and len(told) < len(verbs):
        verbs = [k for k in verbs if k not in told]
    # `NAME's reply, posted under the apology within the hour, was shorter:`: where the words
    # were posted, an aside about them, not a verb of saying
    verbs = [k for k in verbs if not _posted_aside(toks, lo, k)]
    if colon and _saying_with_relative(toks, lo):
        verbs = []  # `Her verdict, which a human being definitely wrote:`: the clause's verb
        # is about the verdict; the owner's saying follows the colon
    if len(verbs) > 1 and _according_to_a_record(toks, verbs[-1], hi):
        verbs = verbs[:-1]  # `NAME put it plainly, according to a copy reviewed by us:`
    if len(verbs) > 1 and toks[verbs[-1]].low.endswith("ing") and not toks[verbs[-1] - 1].trailing:
        # `NAME posted a long thread explaining why:`: the participle describes the post; the
        # sentence's verb is the one before it
        verbs = verbs[:-1]
    if (
        len(verbs) > 1
        and _after_who(toks, verbs[-1])
        and all(block.quoted[k] or toks[k].is_mark for k in range(lo, verbs[0]))
    ):
        # `“…,” said NAME, a researcher who wrote the code, “but …”`: the relative clause's
        # verb is the apposition's; the attribution is the verb after the quote
        verbs = verbs[:1]
    relative = len(verbs) > 1 and not partial and toks[hi - 1].ends_sentence
    if relative and any(t.low in ("which", "whom") for t in toks[verbs[-2] + 1 : verbs[-1]]):
        # `she said in a lecture, a recording of which the institute has posted online. “…”`:
        # a relative clause's verb about the record, not the speaker's
        verbs = verbs[:-1]
    if colon:  # `… in a video posted that evening:`, `…, when a delegate asked about it:`
        verbs = [
            k for k in verbs if not _posted_thing(toks, k) and not _others_clause(toks, lo, k, hi)
        ]
    passive = _passive_agent(block, lo, hi, people)
    if passive is not None and not any(k > passive[0] for k in verbs):
        return passive[1]  # `It was said to me last spring by NAME, who runs …: ‘…’`
    if verbs and not colon and not partial and _asked_subject(toks, lo, verbs[-1], hi):
        # `NAME, ROLE, was asked about the consultation. “…”`: the one asked answers
        answered = _sole_subject(block, lo, hi, people)
        if answered is not None and answered.kind == "name":
            return answered
    if verbs:
        verb = verbs[-1]
        if (
            partial
            and toks[verb].low != "according"
            and _relative_open(toks, verb + 1, hi)
            and not _thanks_for(toks, verb, hi)
        ):
            return None  # `said he had found a will in which a farmer left … ‘…’`: not his words
        if partial and _told_to(toks, verb, hi):
            return None  # `said she had been told by her manager to “…”`: the teller's words
        if toks[verb].low == "according":
            return _subject(block, verb + 2, min(hi, verb + 10), people, last=False)
        if partial and any(_finding_of_a_claim(toks, k, hi) for k in verbs):
            return None  # `found that FIRM had no basis for claims that its tool “…”`: FIRM's
        relative = verb > lo and toks[verb - 1].low in ("which", "that")
        if partial and relative and not any(block.quoted[verb:hi]):
            return None  # `the answer, which told voters it had “moved …”`: not the speaker's
        if _group_says(toks, lo, verb):
            return None  # `…, a letter several underwriters privately described as “…”`
        if partial and _body_names_it(block, lo, verb, people):
            return None  # `The model, which FIRM describes as a “…”`: the body's label
        asked = _we_asked(toks, verb, hi)
        if asked is not None and not partial and toks[hi - 1].ends_sentence:
            # `NAME was diplomatic when we asked him about it. “…”`: the one asked answers
            pronoun = "he" if toks[asked].low == "him" else "she"
            return _Attr("pronoun", pronoun, None, block.offset + toks[asked].start, block.index)
        found = _firms_account(block, lo, verb, people) or _subject(
            block, lo, verb, people, last=True, verb=verb
        )
        if found is not None and found.kind == "unnamed" and toks[verb].low in _GESTURES:
            found = _gesturer(block, lo, verb, people) or found
        quote_first = all(block.quoted[k] or toks[k].is_mark for k in range(lo, verb))
        if found is None or (found.kind == "unnamed" and quote_first):
            # `said NAME`, the verb first in its sentence or after a quote's first part
            # (`“Copying,” said NAME, “is …”`)
            found = _subject(block, verb + 1, min(hi, verb + 8), people, last=False)
        if (found is None or found.kind == "unnamed") and len(verbs) == 1:
            author = _document_author(block, lo, verb, people) or _firm_again(
                block, lo, verb, people
            )
            if author is not None:  # `NAME … sent a letter. It said, in part: “…”`
                return author
        if (found is None or found.kind == "unnamed") and not partial:
            found = (
                _coordinated_subject(block, lo, verb, people)
                or _then_subject(block, lo, verb, people)
                or found
            )
        if (found is None or found.kind == "unnamed") and _pronoun_then_participle(block, lo, verb):
            # `She declined to comment on the paper, saying only that the agency had “…”`: the
            # participle after the comma is the sentence's subject's, the pronoun opening it
            return _Attr("pronoun", toks[lo].low, None, block.offset + toks[lo].start, block.index)
        unnamed = found is None or found.kind == "unnamed"
        if partial and unnamed and len(verbs) > 1 and _others_claim(toks, verbs[-2], verb):
            return None  # `NAME said the association had argued it was “…”`: theirs
        in_relative = verbs[0] > lo and toks[verbs[0] - 1].low in RELATIVES
        elaborated = colon and _colon_after_object(toks, verbs, hi)
        if (
            (found is None or found.kind == "unnamed")
            and (not colon or elaborated)
            and len(verbs) > 1
        ):
            # (not the verb of a relative clause: `One farmer near Welney Fen, who asked not
            # to be named, said …`: the unnamed farmer is the subject)
            # `Castellano said the team had added tests. “…”`: the reported speech's verb
            # (added) has no speaker; the sentence's own verb (said) has.
            earlier = _subject(block, lo, verbs[0], people, last=True, verb=verbs[0])
            # (not across a semicolon: `FIRM added a note; a FIRM spokesperson said it was
            # “…”`: the clause after it has a subject of its own, unnamed)
            own = any(toks[k].trailing == ";" for k in range(verbs[0], verb))
            if earlier is not None and earlier.kind != "unnamed" and not in_relative and not own:
                return earlier
        return found
    words = _in_words(block, lo, hi, people) or _owned_saying(block, lo, hi, colon, people)
    if words is not None:
        return words
    if not colon:
        if not partial and toks[hi - 1].ends_sentence:
            return _sole_subject(block, lo, hi, people)
        return None
    owner = toks[lo].low in ("his", "her", "their")
    # `Her reply:`, `His reply came by email:`, `Her verdict on it, in an email NAME keeps:`
    said = hi - lo <= 3 or (hi - lo <= CLAUSE and lo + 1 < hi and toks[lo + 1].low in _SAYINGS)
    # `Her first line in English:`, `Her final word on the matter:`: an adjective, then the
    # saying's noun
    said = said or (
        hi - lo <= CLAUSE
        and lo + 2 < hi
        and toks[lo + 1].low in _SAYING_ADJECTIVES
        and not toks[lo + 1].trailing
        and toks[lo + 2].low in _SAYINGS | {"line", "lines", "word"}
    )
    if owner and said:
        where = block.offset + toks[lo].start
        return _Attr(
            "pronoun",
            {"his": "he", "her": "she"}.get(toks[lo].low, "they"),
            None,
            where,
            block.index,
        )
    candidates = [
        r
        for r in block.runs_in(lo, hi)
        if _eligible(block, r, people, lo)
        and (people.lookup(r.name) is not None or _firm_stating(block, r, hi, people))
        and not _asked(toks, r)
    ]
    attributed = [
        k for k in range(lo, hi - 1) if toks[k].low == "attributed" and toks[k + 1].low == "to"
    ]
    if attributed:  # `FIRM sent a statement, attributed to its chief operating officer, NAME:`
        candidates = [r for r in candidates if r.first > attributed[-1]]
    if candidates:  # `Jane Doe: “…”`, `Doe, ROLE, put it this way:`: a person, no verb
        return _named(block, candidates[0], people)
    source = _source_of_colon(block, lo, hi, people)
    if source is not None:
        return _named(block, source, people)
    manner = _pronoun_manner(block, lo, hi) or _pronoun_manner(
        block, lo, _manner_about(block, lo, hi)
    )
    manner = manner or _pronoun_had(block, lo, hi) or _pronoun_sent_us(block, lo, hi)
    manner = manner or _pronoun_read_aloud(block, lo, hi)
    manner = manner or _own_post_read(block, lo, hi)
    manner = manner or _given_the_last_word(block, lo, hi)
    if manner is not None:
        return manner
    return (
        _line_from_own(block, lo, hi)
        or _line_of_ruling(block, lo, hi, people)
        or _on_topic(block, lo, hi, people)
        or _post_colon(block, lo, hi, people)
    )


_SAYS = frozenset(("says", "said", "adds", "added", "tells", "told"))


def _on_topic(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """`NAME, summing up, says the board will publish them all. On the register idea: “…”`: a
    topic alone before the colon (`On …:`, `And on …:`), no verb and no name, goes on with the
    one the sentence before it says is speaking."""
    toks = block.toks
    k = lo + 1 if toks[lo].low == "and" else lo
    if toks[k].low != "on" or not toks[lo].core[:1].isupper() or hi - lo > 8 or lo < 2:
        return None
    if any(tok.trailing for tok in toks[lo : hi - 1]) or block.runs_in(lo, hi):
        return None
    if any(tok.low in SPEECH_VERBS for tok in toks[lo:hi]) or not toks[lo - 1].ends_sentence:
        return None
    start = _sentence_start(block, max(0, lo - 2 * CLAUSE), lo - 1)
    verb = next((j for j in range(start + 1, lo) if toks[j].low in _SAYS), None)
    if verb is None or any(block.quoted[start:lo]):
        return None
    found = _subject(block, start, verb, people, last=True, verb=verb)
    return found if found is not None and found.kind in ("name", "pronoun") else None


_ACCOUNTS = frozenset(("account", "accounts", "handle", "page"))


def _firms_account(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`Skyward's official account replied to him:`: a firm's own account on a platform, as
    the sentence's subject, speaks for the firm (a whole statement, no role)."""
    toks = block.toks
    runs = block.runs_in(lo, lo + 1)
    if not runs or verb - lo > 8:
        return None
    run = runs[0]
    if run.lead not in (-1, lo) or not toks[run.last].possessive:
        return None
    k = run.last + 1
    if k < verb and toks[k].low == "official" and not toks[k].trailing:
        k += 1
    if k + 1 != verb or toks[k].low not in _ACCOUNTS or toks[k].trailing:
        return None
    full = people.fuller.get(run.name.lower())  # (the firm by its name as introduced)
    if not full or not (people.is_firm(run.name) or not_person(full)):
        return None
    where = block.offset + toks[run.first].start
    return _Attr("name", full, None, where, block.index, True)


def _quote_ends_block(block: _Block, k: int) -> bool:
    """Does a quote open at toks[k] (or just after) and run to the paragraph's end?"""
    if k >= len(block.toks):
        return False
    start = block.toks[k].start
    end = len(block.text.rstrip())
    return any(
        start <= span.open <= start + 1 and span.closed and span.close >= end - 2
        for span in block.spans
    )


def _quote_then_dash(block: _Block, k: int) -> bool:
    """Does a quote open at toks[k] (or just after), closed and followed by a spaced dash
    that goes on with the sentence (`— “…” — and drew …`)?"""
    if k >= len(block.toks):
        return False
    start = block.toks[k].start
    for span in block.spans:
        if start <= span.open <= start + 1 and span.closed:
            after = block.text[span.close + 1 : span.close + 4]
            return after[:1] == " " and after[1:2] in ("—", "–")
    return False


def _went_on(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """`She went on:`, `He goes on:`, `she went further:`: the colon right after `on` or
    `further` (not `went on holiday`)."""
    if (
        toks[k].low in ("went", "goes")
        and toks[k].core.islower()
        and k + 3 < hi
        and [t.low for t in toks[k + 1 : k + 3]] == ["on", "to"]
        and toks[k + 3].low in _TO_DESCRIBE
        and not any(t.trailing or t.ends_sentence for t in toks[k : hi - 1])
    ):
        return True  # `He went on to describe how alerts are shown to controllers:`
    return (
        toks[k].low in ("went", "goes", "continued", "continues")
        and toks[k].core.islower()
        and ((k + 2 == hi and toks[k + 1].low in ("on", "further")) or k + 1 == hi)
    )


_TO_DESCRIBE = frozenset("describe explain outline set list say add".split())


_LINES = _SAYINGS | {"line", "lines", "quote", "passage"}


def _line_from_own(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`The key line, from her script:`, `The best remark, from his notes:`: the words of the
    person the pronoun means, the sentence naming nobody."""
    toks = block.toks
    words = toks[lo:hi]
    if not 4 <= len(words) <= 8 or words[0].low != "the" or block.runs_in(lo, hi):
        return None
    noun = next((k for k in range(1, 3) if words[k].low in _LINES), None)
    if noun is None or words[noun].trailing != "," or not 3 < len(words) - noun <= 5:
        return None  # (the noun, `from`, the pronoun and what it owns, a word or two)
    if words[noun + 1].low != "from" or words[noun + 2].low not in ("his", "her"):
        return None
    if any(tok.is_mark or tok.ends_sentence for tok in words):
        return None
    pronoun = "he" if words[noun + 2].low == "his" else "she"
    return _Attr("pronoun", pronoun, None, block.offset + words[noun + 2].start, block.index)


_RULINGS = frozenset(("order", "ruling", "judgment", "judgement", "decision", "opinion"))
_BENCH = frozenset(("judge", "justice", "magistrate", "coroner"))


def _line_of_ruling(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """`Judge NAME didn't buy it. The key line of the order:`: the words of a ruling are its
    judge's, the one person the sentence before opens with, a judge by the role or title the
    article gives; the colon's sentence names nobody."""
    toks = block.toks
    words = toks[lo:hi]
    if not 4 <= len(words) <= 7 or words[0].low != "the" or block.runs_in(lo, hi):
        return None
    of = next((k for k in range(1, 4) if words[k].low == "of"), None)
    if of is None or words[of - 1].low not in _LINES or of + 2 >= len(words):
        return None
    if words[of + 1].low != "the" or words[of + 2].low.rstrip(":") not in _RULINGS:
        return None
    if of + 3 != len(words) or lo == 0 or not toks[lo - 1].ends_sentence:
        return None
    start = _sentence_start(block, max(0, lo - 2 * CLAUSE), lo)
    named = [r for r in block.runs_in(start, lo) if not block.quoted[r.first]]
    if len(named) != 1 or (named[0].lead not in (start, -1) and named[0].first != start):
        return None
    full = people.lookup(named[0].name)
    office = " ".join((people.roles.get(full or "") or "", named[0].title or "")).lower()
    if full is None or not _BENCH.intersection(office.replace(".", " ").split()):
        return None
    where = block.offset + toks[named[0].first].start
    return _Attr("name", full, people.roles.get(full), where, block.index)


# What a firm publishes in its own voice (`FIRM’s status page reads:`, `FIRM’s incident notice
# says:`): its statement, as `FIRM said in a statement:` is.
_OWN_PAGES = frozenset("page website site blog notice statement update".split())


def _firms_own_page(toks: Sequence[Tok], run: Run, people: People) -> bool:
    """`Harrowgate’s status page reads:`: a firm's possessive, then its page or notice (a word
    or two) and a verb of what it says, the colon's sentence's own."""
    if not toks[run.last].possessive or not people.is_firm(run.name):
        return False
    k = run.last + 1
    page = next((j for j in range(k, min(k + 3, len(toks))) if toks[j].low in _OWN_PAGES), None)
    if page is None or any(toks[j].trailing for j in range(k, page)):
        return False
    return page + 1 < len(toks) and toks[page + 1].low in ("reads", "read", "says", "said")


def _firm_stating(block: _Block, run: Run, hi: int, people: People) -> bool:
    """`FIRM, which …, has issued a statement:`: a firm, and a statement after it."""
    if not people.is_firm(run.name):
        return False
    if _firms_own_page(block.toks, run, people):
        return True
    return any(tok.low in _STATEMENT_WORDS for tok in block.toks[run.last + 1 : hi])


def _past_fronted_question(block: _Block, lo: int, hi: int) -> int:
    """`Asked whether FIRM was for sale, she was direct:`, `Pressed on NAME's plans, he said:`:
    a participle's phrase opening the sentence says what the speaker was asked about, so a
    name in it is never the speaker; the attribution is read from the clause after its comma
    (a pronoun or a name next). Not `Added NAME:` (a name right after: the inverted verb)."""
    toks = block.toks
    first = toks[lo] if lo < hi else None
    if first is None or not first.core[:1].isupper() or not first.low.endswith("ed"):
        return lo
    if lo + 1 >= hi or not toks[lo + 1].core.islower() or toks[lo + 1].low in _PERSONAL:
        return lo
    for k in range(lo + 1, min(hi - 1, lo + CLAUSE)):
        if block.quoted[k] or toks[k].is_mark or toks[k].ends_sentence:
            return lo
        if toks[k].trailing == ",":
            nxt = toks[k + 1]
            subject = nxt.low in SUBJECT_PRONOUNS or bool(block.runs_in(k + 1, k + 2))
            return k + 1 if subject else lo
    return lo


_MANNER_BE = frozenset(("was", "is", "were", "are"))


_PASSING = frozenset("passed sent handed slipped texted emailed messaged gave".split())
_PASSED_THINGS = frozenset("note message text email e-mail line card".split())


def _pronoun_sent_us(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`She passed us a note:`, `He sent me a message:`: a pronoun, a verb of handing over, the
    writer and the written thing, the whole clause before a colon: the quote is what the
    pronoun wrote."""
    toks = block.toks
    words = toks[lo:hi]
    if len(words) != 5 or any(block.quoted[lo:hi]) or any(w.trailing for w in words[:-1]):
        return None
    pronoun, verb, us, det, thing = words
    if pronoun.low not in ("he", "she", "they") or verb.low not in _PASSING:
        return None
    if us.low not in ("us", "me") or det.low not in ("a", "an"):
        return None
    if thing.low not in _PASSED_THINGS or thing.trailing != ":":
        return None
    return _Attr("pronoun", pronoun.low, None, block.offset + pronoun.start, block.index)


_WRITERS_WILL = frozenset(("we", "i", "we'll", "we’ll", "i'll", "i’ll", "will", "let's", "let’s"))


def _given_the_last_word(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`We'll give him the last word, because he earned it:`, `the final real word`: the writer
    hands the word to the one a pronoun means; the quote after the colon is theirs."""
    toks = block.toks
    for k in range(lo + 1, min(hi, lo + CLAUSE) - 4):
        if toks[k].low not in ("give", "leave") or toks[k - 1].low not in _WRITERS_WILL:
            continue
        who, the, last, word = toks[k + 1 : k + 5]
        if who.low not in ("him", "her") or who.trailing or the.low != "the":
            continue
        if word.core.islower() and not last.trailing and k + 5 < hi:
            word = toks[k + 5] if word.low.rstrip(",:") != "word" else word  # `last real word`
        if last.low not in ("last", "final") or word.low.rstrip(",:") != "word":
            continue
        if any(block.quoted[lo:hi]):
            return None
        pronoun = "he" if who.low == "him" else "she"
        return _Attr("pronoun", pronoun, None, block.offset + who.start, block.index)
    return None


def _pronoun_manner(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`She was blunt:`, `He was equally direct:`: a pronoun, a copula and a few words saying
    how they spoke, then a colon: the quote is the pronoun's (`Olowe was blunt:` is read by
    the name)."""
    toks = block.toks
    words = toks[lo:hi]
    if not 3 <= len(words) <= 6 or any(block.quoted[lo:hi]):
        return None
    pronoun, be = words[0], words[1]
    low = pronoun.low
    if low in _OWNER_PRONOUNS and words[1].low in _SPOKEN_THINGS and not words[1].trailing:
        # `His plea was blunt:`: what he said, and how; the quote is the owner's
        words, low = words[1:], _OWNER_PRONOUNS[low]
        be = words[1]
    if low not in ("he", "she", "they") or be.low not in _MANNER_BE:
        return None
    if any(not w.core.isalpha() or not w.core.islower() for w in words[1:]):
        return None
    if any(w.trailing for w in words[:-1]):
        return None
    if any(w.low in _DETERMINERS or w.low in PREPOSITIONS for w in words[2:]):
        return None  # `She was at the door:`: where she was, not how she spoke
    where = block.offset + pronoun.start
    return _Attr("pronoun", low, None, where, block.index)


def _manner_about(block: _Block, lo: int, hi: int) -> int:
    """`He was equally direct about what he wants:`: where the manner's `about …` starts (the
    topic of what he said), so that the words before it are read as `He was equally direct:`;
    else hi."""
    toks = block.toks
    for k in range(lo + 3, min(hi, lo + 6)):
        if toks[k].low == "about" and toks[k - 1].core.islower() and hi - k <= 6:
            return k
    return hi


def _pronoun_read_aloud(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`He read another entry aloud:` (`She read one out:`): a pronoun reading something of
    their own out, then a colon, alone in its sentence: the quote is what they read."""
    toks = block.toks
    if hi - lo < 4 or hi - lo > 8 or any(block.quoted[lo:hi]) or block.runs_in(lo + 1, hi):
        return None
    first = toks[lo]
    if first.low not in ("he", "she") or not first.core[:1].isupper():
        return None
    if toks[lo + 1].low != "read" or any(t.trailing for t in toks[lo : hi - 1]):
        return None
    last = toks[hi - 1]
    if last.trailing != ":" or last.low not in ("aloud", "out"):
        return None
    thing = toks[lo + 2 : hi - 1]
    if any(t.low in ("of", "from") or t.low in _DOCUMENTS or t.low in _WORKS for t in thing):
        return None  # `He read a stanza of the poem aloud:`: another's words, not theirs
    return _Attr("pronoun", first.low, None, block.offset + first.start, block.index)


def _own_post_read(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`His most recent post on X read simply:`: a sentence opening with `His`/`Her`, the
    owner's post (a few words), `read` or `said`, then a colon, alone in its sentence: the quote
    is the post, the words of the one the pronoun means."""
    toks = block.toks
    if hi - lo < 4 or hi - lo > 10 or any(block.quoted[lo:hi]):
        return None
    first = toks[lo]
    if first.low not in ("his", "her") or not first.core[:1].isupper():
        return None
    if toks[hi - 1].trailing != ":" or any(t.trailing for t in toks[lo : hi - 1]):
        return None
    post = next((j for j in range(lo + 1, min(hi, lo + 5)) if toks[j].low in _POSTS), None)
    if post is None or toks[post].low in ("letter", "statement", "memo", "video", "clip"):
        return None
    if block.runs_in(lo + 1, post):
        return None  # `His colleague NAME's post …`: another's
    verb = next((j for j in range(post + 1, hi) if toks[j].low in ("read", "reads")), None)
    if (
        verb is None
        or hi - verb > 3
        or any(toks[j].low not in _READ_TAIL for j in range(verb + 1, hi))
    ):
        return None
    if any(
        toks[j].low not in ("on", "to", "in") and not toks[j].core[:1].isupper()
        for j in range(post + 1, verb)
        if toks[j - 1].low not in ("on", "to", "in")
    ):
        return None  # (only `on X`, `to Mastodon` between the post and its verb)
    pronoun = "he" if first.low == "his" else "she"
    return _Attr("pronoun", pronoun, None, block.offset + first.start, block.index)


_READ_TAIL = frozenset("simply only just in full".split())


# Someone else's writing a person may read out (`a stanza`, `a poem`): not their own words.
_WORKS = frozenset("poem poems stanza stanzas verse verses passage extract excerpt".split())


def _pronoun_had(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`She had a second piece of advice for colleagues:`: a pronoun that had something to
    say (advice, a warning, a message), then a colon: the quote is what it was."""
    toks = block.toks
    if hi - lo < 4 or hi - lo > 10 or any(block.quoted[lo:hi]) or block.runs_in(lo, hi):
        return None
    first = toks[lo]
    if first.low not in ("he", "she") or not first.core[:1].isupper():
        return None
    if toks[lo + 1].low != "had" or any(t.trailing for t in toks[lo : hi - 1]):
        return None
    if not any(toks[k].low in _SPOKEN_THINGS for k in range(lo + 2, min(hi, lo + 7))):
        return None
    return _Attr("pronoun", first.low, None, block.offset + first.start, block.index)


_OWNER_PRONOUNS = {"his": "he", "her": "she", "their": "they"}
# What someone says, as the subject of `His plea was blunt:`.
_SPOKEN_THINGS = frozenset(
    """plea answer reply response message warning verdict reaction retort request appeal
    advice argument assessment point view words remark remarks comment comments""".split()
)


# What a person sends whose words are theirs when the next sentence quotes it (`It said:`).
_SENT_THINGS = frozenset("letter letters statement email e-mail note memo message".split())
_SENDING = frozenset("sent wrote issued released emailed published signed put posted".split())


def _document_author(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`NAME did not attend, but sent a letter that the chair read aloud. It said, in part:
    “…”`: `It` (or `The letter`) opening the sentence is the document the sentence before says
    its subject sent; the words are the sender's, not the reader's."""
    toks = block.toks
    subject = [tok.low for tok in toks[lo:verb]]
    if subject != ["it"] and not (
        len(subject) == 2 and subject[0] in _DETERMINERS and subject[1] in _SENT_THINGS
    ):
        return None
    if lo < 2 or not toks[lo - 1].ends_sentence:
        return None
    start = _sentence_start(block, max(0, lo - 2 * CLAUSE), lo - 1)
    sent = [
        k
        for k in range(start + 1, lo)
        if toks[k].low in _SENT_THINGS
        and (det := _determiner_of(toks, start, k)) is not None
        and any(toks[j].low in _SENDING for j in range(max(start, det - 3), det))
    ]
    if not sent:
        return None
    # `Later on Tuesday, FIRM issued …`: a time before the subject names nobody
    start = _after_fronted_time(block, start, sent[0])
    return (
        _sole_subject(block, start, sent[0], people)
        or _aside_subject(block, start, sent[0], people)
        or _subject(block, start, sent[0], people, last=False)
    )


def _coordinated_subject(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`FIRM called the map “a press release” and said in a statement: “…”`: a verb joined by
    `and` to the verb of a sentence that opens with one name (the fragment between the two
    verbs aside) has that name as its subject."""
    toks = block.toks
    if [tok.low for tok in toks[lo:verb]] != ["and"] or toks[lo].trailing:
        return None
    start = next((k for k in range(lo - 1, -1, -1) if toks[k].ends_sentence), -1) + 1
    if lo - start > 3 * CLAUSE:
        return None
    if toks[start].low == "the" and not toks[start].trailing:
        start += 1  # `The FIRM called …`
    names = [r for r in block.runs_in(start, lo) if not block.quoted[r.first]]
    if len(names) != 1 or (names[0].first != start and names[0].lead != start):
        return None
    run = names[0]
    k = run.last + 1
    if toks[run.last].trailing or toks[run.last].possessive or k >= lo:
        return None
    if not toks[k].core.islower() or toks[k].low in STOP_WORDS:
        return None  # the verb right after the name: `FIRM called …`
    if any(
        tok.trailing in (",", ";") and not block.quoted[j] for j, tok in enumerate(toks[k:lo], k)
    ):
        return None  # a clause of its own between the two verbs
    if people.lookup(run.name) is None and not (people.is_firm(run.name) or not_person(run.name)):
        return None
    return _named(block, run, people)


_THEN_SAYING = frozenset(("says", "said", "adds", "added", "asks", "asked"))


_POSTED = frozenset("posted sent written published shared tweeted emailed".split())


def _posted_aside(toks: Sequence[Tok], lo: int, k: int) -> bool:
    """`Her message to FIRM, posted on the group's site on Friday:`: a participle of posting
    right after a comma that follows what someone said (their reply, message, post), never
    a verb after a clause of the speaker (`NAME, who signed the letter himself, posted …`)."""
    if toks[k].low not in _POSTED or not toks[k].core.islower() or k <= lo:
        return False
    if toks[k - 1].trailing != ",":
        return False
    said = _SPOKEN_THINGS | _POSTS
    if toks[k - 1].low in said:
        return True  # `NAME's reply, posted …`
    # `Her message to FIRM, posted …` (a name after `to`, of one or two words)
    return any(
        i >= lo + 1 and toks[i].low == "to" and toks[i - 1].low in said and not toks[i].trailing
        for i in (k - 2, k - 3)
    )


def _then_subject(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`NAME opens by reading out the question, then adds, off script: “…”`, `She reads from
    the ruling - “…” - and then says: “…”`: a verb of saying after `then` (`and then`), right
    after a comma or a dash, is said by the sentence's subject, one name (its apposition
    aside) or `he`/`she` opening the sentence, whatever the first verb did."""
    toks = block.toks
    if toks[verb].low not in _THEN_SAYING or not toks[verb].core.islower() or verb < 2:
        return None
    j = verb - 1
    if toks[j].low == "and" and not toks[j].trailing and toks[j - 1].trailing == ",":
        j -= 1  # `NAME, ROLE, describes its chatbot, and asks the board …:`
    elif toks[j].low != "then" or toks[j].trailing:
        return None
    else:
        j -= 1
        if toks[j].low == "and" and not toks[j].trailing:
            j -= 1
    if j < 0 or not (toks[j].trailing == "," or toks[j].is_dash or toks[j].is_mark):
        return None
    start = next((k for k in range(j, max(-1, j - 3 * CLAUSE), -1) if toks[k].ends_sentence), None)
    start = 0 if start is None and j < 3 * CLAUSE else (start + 1 if start is not None else -1)
    if start < 0 or start >= j:
        return None
    first = toks[start]
    if first.low in ("he", "she") and first.core[:1].isupper() and not first.trailing:
        if start + 1 < j and toks[start + 1].core.islower():
            return _Attr("pronoun", first.low, None, block.offset + first.start, block.index)
        return None
    names = [r for r in block.runs_in(start, j) if not block.quoted[r.first]]
    run = next((r for r in names if people.lookup(r.name) is not None), None)
    if run is None or run.first - start > 4:
        return None
    for i in range(start, run.first):  # `Board chair Dame NAME`: an office printed before
        if toks[i].trailing or not (toks[i].core[:1].isupper() or toks[i].low in ROLE_WORDS):
            return None
    k = run.last + 1
    if toks[run.last].possessive or k >= j:
        return None
    if toks[run.last].trailing == ",":
        if apposition(toks, run) is None:
            return None
    elif toks[run.last].trailing or not toks[k].core.islower() or toks[k].low in STOP_WORDS:
        return None
    return _named(block, run, people)


def _firm_again(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`FIRM, which supplies the town, said the site was on a separate contract. In a
    statement, it said: ‘…’`: `it` (after a statement's `In a statement,`), the subject of a
    verb of saying, right after a sentence whose subject is that firm saying something, names
    nobody else: the firm says more (a whole statement, no role)."""
    toks = block.toks
    if toks[verb].low not in ("said", "says", "added", "adds") or verb - 1 < lo:
        return None
    if toks[verb - 1].low != "it" or toks[verb - 1].trailing:
        return None
    if verb - 1 > lo:  # only `In a statement,` (`In its statement,`) before `it`
        opening = toks[lo : verb - 1]
        if len(opening) > 4 or opening[0].low != "in" or opening[-1].trailing != ",":
            return None
        if not any(tok.low.strip(",") in _SENT_THINGS for tok in opening):
            return None
    if lo < 2 or not toks[lo - 1].ends_sentence:
        return None
    start = _sentence_start(block, max(0, lo - 3 * CLAUSE), lo - 1)
    names = [r for r in block.runs_in(start, lo) if not block.quoted[r.first]]
    if not names or (names[0].first != start and names[0].lead != start):
        return None
    firm = names[0]
    if not (people.is_firm(firm.name) or not_person(firm.name)) or toks[firm.last].possessive:
        return None
    if any(people.lookup(run.name) is not None for run in names[1:]):
        return None  # another person named in the sentence: `it` may be theirs to explain
    said = [k for k in range(firm.last + 1, lo) if toks[k].low in ("said", "says")]
    if not said or any(block.quoted[start:lo]):
        return None
    full = people.fuller.get(firm.name.lower()) or firm.name
    return _Attr("name", full, None, block.offset + toks[firm.first].start, block.index, True)


def _determiner_of(toks: Sequence[Tok], lo: int, k: int) -> int | None:
    """The determiner of the noun at toks[k] (`a statement`, `a second statement`, `a short
    written statement`): up to two lower-case words between, no punctuation."""
    for j in range(k - 1, max(lo - 1, k - 4), -1):
        tok = toks[j]
        if tok.trailing or tok.is_mark or not tok.core.islower():
            return None
        if tok.low in _DETERMINERS:
            return j
    return None


_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december""".split()
)
_FRONTED_TIMES = frozenset("later earlier on in after by that this last then".split())
_ASIDES = frozenset(("for its part", "for their part", "in turn", "in response", "meanwhile"))


def _after_fronted_time(block: _Block, lo: int, hi: int) -> int:
    """The subject's start after a fronted time (`Later on Tuesday,`, `On Friday,`): a phrase of
    at most five words ending in a comma that names nobody and opens with a time's word."""
    toks = block.toks
    comma = next((k for k in range(lo, min(hi, lo + 5)) if toks[k].trailing), None)
    if comma is None or toks[comma].trailing != ",":
        return lo
    if toks[lo].low not in _FRONTED_TIMES:
        return lo
    if any(
        run.name.lower() not in _CALENDAR | _FRONTED_TIMES for run in block.runs_in(lo, comma + 1)
    ):
        return lo
    return comma + 1


def _aside_subject(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """`FIRM, for its part, put out a short statement`, `Later on Friday, FIRM issued …`: one
    name opening the sentence, an aside between commas (`for its part`, `in turn`) or none, then
    the verb; a firm's short name is the firm as the article introduced it."""
    toks = block.toks
    names = block.runs_in(lo, hi)
    if len(names) != 1 or names[0].first != lo or toks[names[0].last].possessive:
        return None
    run = names[0]
    k = run.last + 1
    if toks[run.last].trailing == ",":
        end = next((j for j in range(k, min(hi, k + 4)) if toks[j].trailing), None)
        if end is None or toks[end].trailing != ",":
            return None
        if " ".join(tok.low for tok in toks[k : end + 1]).rstrip(",") not in _ASIDES:
            return None
        k = end + 1
    elif toks[run.last].trailing:
        return None
    if k >= hi or not toks[k].core.islower() or toks[k].low not in _SENDING:
        return None
    if people.lookup(run.name) is not None:
        return _named(block, run, people)
    full = people.fuller.get(run.name.lower())
    if not full or people.gender(run.name) or people.lookup(full) is not None:
        return None  # (`Lodestar` of `Example Lodestar Analytics`, the firm introduced)
    return _Attr("name", full, None, block.offset + toks[run.first].start, block.index, True)


_FINDINGS = frozenset("found finds ruled rules held holds".split())


def _finding_of_a_claim(toks: Sequence[Tok], verb: int, hi: int) -> bool:
    """A finding (`found that`, `ruled that`) whose clause reports another `that` before the
    fragment (`claims that its tool “…”`): the fragment is what the finding is about, not the
    finder's words."""
    if toks[verb].low not in _FINDINGS or verb + 1 >= hi or toks[verb + 1].low != "that":
        return False
    return any(tok.low == "that" for tok in toks[verb + 2 : min(hi, verb + 2 + 2 * CLAUSE)])


_QUANTIFIERS = frozenset(
    "several some many few numerous most other two three four five six seven eight nine ten".split()
)


def _group_says(toks: Sequence[Tok], lo: int, verb: int) -> bool:
    """`a letter several underwriters privately described as “…”`, `what some analysts
    called “…”`: the verb's own subject, right before it, is an unnamed group (a quantifier,
    at most two words and a plural noun, an adverb in `-ly`): their words, anonymous, never
    the sentence's subject's."""
    k = verb - 1
    if _plural_owners_paper(toks, lo, verb):
        return True
    if k >= lo and toks[k].low.endswith("ly") and not toks[k].trailing:
        k -= 1  # `privately`, `openly`
    if k >= lo and toks[k].low in ("had", "have", "has") and not toks[k].trailing:
        k -= 1  # `she said several members had described the tools as “…”`: theirs
    if k < lo or toks[k].trailing or not toks[k].core.islower() or not toks[k].low.endswith("s"):
        return False
    for j in range(k - 1, max(lo - 1, k - 4), -1):
        tok = toks[j]
        if tok.trailing or tok.is_mark or not tok.core.islower():
            return False
        if tok.low in _QUANTIFIERS:
            return j == lo or toks[j - 1].low not in PREPOSITIONS
    return False


_LABELLING = frozenset(
    "describes described calls called dubs dubbed terms termed brands branded".split()
)


def _body_names_it(block: _Block, lo: int, verb: int, people: People) -> bool:
    """`The model, which the Example Customs Directorate describes as a “…”`: a relative
    clause whose subject is a firm's or a body's name, right before a verb of naming: the
    fragment is what the body calls the thing, its label, no one's quote."""
    toks = block.toks
    if toks[verb].low not in _LABELLING:
        return False
    j = verb - 1
    while j >= lo and verb - j <= 9 and toks[j].low not in ("which", "that"):
        if toks[j].trailing or toks[j].is_mark:
            return False
        j -= 1
    if j < lo or verb - j > 9 or j + 1 >= verb:
        return False
    runs = [r for r in block.runs_in(j + 1, verb) if r.last == verb - 1]
    if len(runs) != 1:
        return False
    full = people.lookup(runs[0].name)  # (a body is no one the article's people hold)
    return full is None or people.is_firm(full) or not_person(full)


def _plural_owners_paper(toks: Sequence[Tok], lo: int, verb: int) -> bool:
    """`the judges' citation called the poem “…”`: the verb's subject is a paper of an unnamed
    plural (`the`, a plural's possessive in lower case, a noun): theirs, no named speaker."""
    if verb - 3 < lo or toks[verb - 3].low != "the":
        return False
    owners, paper = toks[verb - 2], toks[verb - 1]
    plural = owners.raw.endswith(("s’", "s'")) and owners.possessive
    plain = owners.core.islower() and paper.core.islower() and paper.core.isalpha()
    return plural and plain and not owners.trailing and not paper.trailing


_CLAIMS = frozenset(
    """argued argues claimed claims contended contends insisted insists maintained maintains
    said says""".split()
)
_AUXILIARY = frozenset("had has have would will was were is".split())


# Passive verbs of instructing: `she was told to “…”`, the words are the instruction's giver's.
_INSTRUCTED = frozenset("told asked instructed ordered urged advised warned".split())


def _told_to(toks: Sequence[Tok], verb: int, hi: int) -> bool:
    """`she had been told by her firm to “…”`: a fragment right after the `to` of a passive
    verb of instructing is what the one who instructed said, never its subject's words (a named
    agent, `was told by NAME to`, is found as the passive's agent before this)."""
    if toks[verb].low not in _INSTRUCTED or verb == 0:
        return False
    if toks[verb - 1].low not in ("been", "was", "were", "being", "is", "are", "get", "got"):
        return False
    last = next((k for k in range(hi - 1, verb, -1) if not toks[k].is_mark), None)
    if last is None or toks[last].low != "to" or last - verb > 6:
        return False
    return not any(tok.trailing or tok.ends_sentence for tok in toks[verb:last])


def _others_claim(toks: Sequence[Tok], said: int, verb: int) -> bool:
    """`NAME said the association had argued [the rate] was “…”`: a verb of claiming in the
    reported speech whose own subject is another party (a noun phrase, no pronoun, no
    name): the fragment after it is that party's words, not the speaker's."""
    if toks[verb].low not in _CLAIMS:
        return False
    words = [tok for tok in toks[said + 1 : verb] if tok.low not in _AUXILIARY]
    if words and words[0].low == "that":
        words = words[1:]
    if not 2 <= len(words) <= 5 or words[0].low not in ("the", "its", "their"):
        return False
    return all(tok.core.islower() and tok.low not in _PERSONAL for tok in words)


# What a person posts or sends, whose words a colon after it quotes (`The thread began:`).
_POSTS = frozenset(
    """thread post posts tweet tweets reply replies comment comments message messages video
    videos clip email emails memo letter statement update""".split()
)
_POSSESSIVES = frozenset(("his", "her", "its", "their"))
_POSTING = frozenset("in on posted published shared wrote tweeted sent started".split())
_SUBORDINATORS = frozenset(
    "when as after while before because if once until since though although whenever".split()
)


# What a speaker does as they speak, before a colon that opens their words (`then looked
# straight into the camera:`, `She turned to the board:`).
_GESTURES = frozenset(
    """looked looks turned turns leaned leans smiled smiles shrugged shrugs paused pauses
    laughed laughs nodded nods sighed sighs grinned grins glanced glances stared stares
    gestured gestures shook shakes""".split()
)


def _saying_with_relative(toks: Sequence[Tok], lo: int) -> bool:
    """`Her verdict, which …:`, `His reply, which …:`: an owner's saying (toks[lo] `her`,
    `his`, `their`), then a comma and a relative clause about it."""
    return (
        lo + 2 < len(toks)
        and toks[lo].low in ("his", "her", "their")
        and toks[lo + 1].low in _SAYINGS
        and toks[lo + 1].trailing == ","
        and toks[lo + 2].low in ("which", "that")
    )


# Before a past participle, a passive's auxiliary (`be turned into`, `was looked at`).
_PASSIVE_AUXILIARIES = frozenset("be been being was were is are".split())


def _gesture_before_colon(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """Is the gesture at toks[k] the last clause before the colon (at most eight words, no
    comma, no name, nothing written: not `turned to the sign:`), so that the words after the
    colon are what its subject then said?"""
    if not toks[k].core.islower() or hi - k > 9:
        return False
    if k > 0 and toks[k - 1].low in _PASSIVE_AUXILIARIES:
        return False  # `that one case should not be turned into a movement:`: no gesture
    for j in range(k, hi):
        tok = toks[j]
        if tok.is_mark or (j < hi - 1 and tok.trailing):
            return False
        if tok.low.rstrip("s") in _DOCUMENTS or tok.low in _DOCUMENTS or tok.low in _POSTS:
            return False
        if j > k and tok.core[:1].isupper():
            return False
    return True


def _gesture_ends_sentence(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """`Asked whether …, she laughed. “No. …”`: a gesture that is the whole of the sentence's
    last clause, right after its subject pronoun, then the quote: the words are the subject's."""
    return (
        k == hi - 1
        and k > 0
        and toks[k].core.islower()
        and toks[k].raw.endswith(".")
        and toks[k - 1].low in ("he", "she")
    )


def _gesturer(block: _Block, lo: int, verb: int, people: People) -> _Attr | None:
    """`In a short video she read three of them aloud, then looked into the camera:`: the
    gesture's subject is the sentence's, a pronoun that names no one else before the verb."""
    toks = block.toks
    if any(block.quoted[lo:verb]):
        return None
    if any(people.lookup(r.name) is not None for r in block.runs_in(lo, verb)):
        return None  # (a product's name, `three Wingmate openers`, is nobody)
    pronouns = [k for k in range(lo, verb) if toks[k].low in ("he", "she")]
    if not pronouns or len({toks[k].low for k in pronouns}) != 1:
        return None
    k = pronouns[0]
    return _Attr("pronoun", toks[k].low, None, block.offset + toks[k].start, block.index)


def _posted_thing(toks: Sequence[Tok], k: int) -> bool:
    """Is the speech verb at toks[k] a participle of a post named by a preposition's object
    (`went further in a video posted the same evening`)? A video does not post: not a verb."""
    if k < 3 or not toks[k].low.endswith("ed") or toks[k - 1].low not in _POSTS:
        return False
    for j in range(k - 2, max(0, k - 5), -1):
        if toks[j].trailing or toks[j].is_mark:
            return False
        if toks[j].low in _DETERMINERS:
            return toks[j - 1].low in PREPOSITIONS and not toks[j - 1].trailing
    return False


def _others_clause(toks: Sequence[Tok], lo: int, k: int, hi: int) -> bool:
    """Is the speech verb at toks[k] in a clause about someone else that ends the colon's
    sentence (`… an answer from NAME, ROLE, when the moderator asked what worries her:`)?
    Its subject asks; the words after the colon are not theirs."""
    for j in range(k - 1, max(lo, k - 6), -1):
        tok = toks[j]
        if tok.trailing or tok.is_mark:
            return False
        if tok.low in _SUBORDINATORS and toks[j - 1].trailing == ",":
            subject = toks[j + 1 : k]
            described = bool(subject) and subject[0].low in ("a", "an", "the")
            described = described and not any(t.core[:1].isupper() for t in subject)
            # (`She added, when I asked whether …:`: the writer asks)
            described = described or [t.raw for t in subject] in (["I"], ["we"])
            return described and not any(t.trailing for t in toks[k : hi - 1])
    return False


_TEXT_PLACES = frozenset("line lines paragraph paragraphs sentence sentences passage".split())
_FURTHER = frozenset("further later down below on after next".split())


def _further_on(words: Sequence[Tok]) -> bool:
    """`a line further down`, `two paragraphs later`: a place further on in the same text,
    a phrase with no verb and no name."""
    if not words or len(words) > 9 or not all(w.core.islower() for w in words):
        return False
    lows = {w.low for w in words}
    if len(words) > 6:  # `a few posts further down the same thread`: the same person's thread
        return "further" in lows and "same" in lows and bool(lows & _POSTS)
    return bool(lows & _TEXT_PLACES) and bool(lows & _FURTHER)


def _post_colon(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """A colon that quotes a post of a person's thread, the sentence naming nobody: `The
    thread began:` (the one person said to have posted it just before), `By the fourth post
    she had got to the point:` (its pronoun), `And in the last:` (more of the same
    person's: `same`)."""
    toks = block.toks
    while lo < hi and not any(ch.isalnum() for ch in toks[lo].raw):
        lo += 1  # the closing mark of a quote before it (`“Sleep.” Then, a line further down:`)
    words = toks[lo:hi]
    if not words or len(words) > 12 or block.runs_in(lo, hi) or any(block.quoted[lo:hi]):
        return None
    k = 1 if words[0].low in ("and", "then", "but") else 0
    if _further_on(words[k:]):
        return _Attr("same")  # `Then, a line further down:`, `Two paragraphs later:`
    if k < len(words) and words[k].low in PREPOSITIONS and not words[k].trailing:
        # an opening phrase: `By the fourth post`, `And in the last`
        phrase = k + 1
        while phrase < len(words) and phrase - k <= 4 and words[phrase].core.islower():
            if words[phrase].low in ("he", "she", "they"):
                break
            phrase += 1
            if words[phrase - 1].trailing:
                break
        ellipsis = phrase == len(words) and len(words) - k <= 5
        ellipsis = ellipsis and words[k + 1].low in _DETERMINERS
        if ellipsis and not any(w.low in _DOCUMENTS for w in words):
            return _Attr("same")  # `And in the last:`, `In the next one:`
        posted = any(w.low in _POSTS for w in words[k + 1 : phrase])
        posted = posted and not any(w.low in _DOCUMENTS for w in words[phrase:])
        if posted and phrase < len(words) and words[phrase].low in ("he", "she"):
            where = block.offset + words[phrase].start
            return _Attr("pronoun", words[phrase].low, None, where, block.index)
        return None
    key = len(words) == 3 and words[0].low == "the" and words[1].low in _SAYING_ADJECTIVES
    if key and words[2].low in ("line", "lines", "passage", "passages"):
        # `NAME posted a longer thread. The key lines:`: the thread's poster's lines
        for noun in ("thread", "post"):
            found = _poster(block, lo, noun, people)
            if found is not None:
                return found
        return _statement_sender(block, lo, people)
    if _follow_up_post(words):
        return _Attr("same")  # `A follow-up post in the same thread:`: more of the same poster's
    caption = len(words) in (2, 3) and words[0].low in _CAPTION_OWNERS
    caption = caption and words[1].low == "caption"
    if caption and (len(words) == 2 or words[2].low in ("read", "reads", "said", "says")):
        # (`The caption read:` too)
        # `… posted a photo to Instagram. The caption:`, in its paragraph or the one before
        before = block.previous
        if lo == 0 and before is not None and before.kind == "p":
            return _captioner(before, len(before.toks), people)
        return _captioner(block, lo, people)
    if len(words) > 4 or words[0].low not in _DETERMINERS or words[1].low not in _POSTS:
        return None
    if words[0].low in _POSSESSIVES:  # `Her post read:`
        pronoun = {"his": "he", "her": "she"}.get(words[0].low, "they")
        return _Attr("pronoun", pronoun, None, block.offset + words[0].start, block.index)
    noun = words[1].low.rstrip("s")
    # `The thread began:`: the person who posted that thread, in a sentence just before, or
    # at the end of the paragraph before when the colon opens its own
    found = _poster(block, lo, noun, people)
    before = block.previous
    if found is None and lo == 0 and before is not None and before.kind == "p":
        found = _poster(before, len(before.toks), noun, people)
    return found


_SENT_STATEMENTS = frozenset(("statement", "letter", "email", "e-mail", "memo"))
_SENDING_TO_US = frozenset(("sent", "gave", "emailed", "issued", "released"))


def _statement_sender(block: _Block, lo: int, people: People) -> _Attr | None:
    """`FIRM, the company whose model …, sent us the same statement it gave to journalists. The
    operative line:`: the sentence just before opens with the one name (a person, or a firm the
    article knows) that sent a statement; its line is the sender's."""
    toks = block.toks
    if lo < 2 or not toks[lo - 1].ends_sentence:
        return None
    start = _sentence_start(block, max(0, lo - 2 * CLAUSE), lo)
    if any(block.quoted[start:lo]) or any(tok.is_mark for tok in toks[start:lo]):
        return None
    named = list(block.runs_in(start, lo))
    if not named or (named[0].lead if named[0].lead >= 0 else named[0].first) != start:
        return None
    sender = named[0]
    if people.lookup(sender.name) is None and not people.is_firm(sender.name):
        return None
    sent = [
        k
        for k in range(sender.last + 1, lo)
        if toks[k].low in _SENDING_TO_US
        and any(toks[j].low in _SENT_STATEMENTS for j in range(k + 1, min(lo, k + 5)))
    ]
    if not sent or any(run.first < sent[0] for run in named[1:]):
        return None  # (`NAME met NAME2, who sent us a statement`: the second's, or no one's)
    return _named(block, sender, people)


_FOLLOWING_UP = frozenset("follow-up second third later next further".split())
_CAPTION_OWNERS = frozenset(("the", "his", "her", "their"))
_SHARING = frozenset("posted shared uploaded put".split())


def _follow_up_post(words: Sequence[Tok]) -> bool:
    """`A follow-up post in the same thread`, `A second post`: a post of the thread just
    quoted, a phrase with no verb and no name (at most eight words, all in lower case)."""
    if not words or len(words) > 8 or words[0].low not in ("a", "another"):
        return False
    if not all(w.core.islower() for w in words[1:]) or any(w.trailing for w in words[:-1]):
        return False
    if not any(w.low in _POSTS for w in words[1:3]):
        return False
    return words[0].low == "another" or any(w.low in _FOLLOWING_UP for w in words[1:3])


def _captioner(block: _Block, lo: int, people: People) -> _Attr | None:
    """`NAME … posted a photo of himself to Instagram. The caption:`: the one person named in
    the sentence just before, which says they posted something, wrote its caption."""
    toks = block.toks
    if lo < 2 or not toks[lo - 1].ends_sentence:
        return None
    start = _sentence_start(block, max(0, lo - 3 * CLAUSE), lo)
    if not any(toks[k].low in _SHARING and not block.quoted[k] for k in range(start, lo)):
        return None
    return _one_person(block, start, lo, people)


def _one_person(block: _Block, start: int, end: int, people: People) -> _Attr | None:
    """The one person (not a firm) named in toks[start:end] outside quotes, or None."""
    named = {
        people.lookup(run.name): run
        for run in block.runs_in(start, end)
        if not block.quoted[run.first] and not people.is_firm(run.name)
    }
    named.pop(None, None)
    if len(named) != 1:
        return None
    return _named(block, next(iter(named.values())), people)


def _poster(block: _Block, lo: int, noun: str, people: People) -> _Attr | None:
    """Who posted the `noun` (`thread`) that `in a thread`, `posted a thread` names in the
    sentences before toks[lo] (at most two clauses back): the one person named before it."""
    toks = block.toks
    for j in range(lo - 1, max(0, lo - 2 * CLAUSE), -1):
        if toks[j].low.rstrip("s") != noun or block.quoted[j]:
            continue
        a = next((i for i in range(j - 1, max(-1, j - 4), -1) if toks[i].low in ("a", "an")), -1)
        if a < 1 or any(t.trailing or t.is_mark for t in toks[a:j]):
            return None
        if toks[a - 1].low not in _POSTING:  # `in a thread on X`, `posted a long thread`
            return None
        if j + 1 < lo and toks[j + 1].low in ("by", "from") and not toks[j].trailing:
            return None  # `in a thread by a stranger`: someone else's
        start = _sentence_start(block, max(0, j - CLAUSE), j)
        return _one_person(block, start, j, people)
    return None


_PASSIVE_SPEECH = frozenset(
    "said told written put posted tweeted stated spoken voiced uttered sent texted".split()
)
_BE = frozenset(("was", "were", "is", "are", "been", "being"))


def _passive_agent(block: _Block, lo: int, hi: int, people: People) -> tuple[int, _Attr] | None:
    """`It was put to me in March by NAME, who …:`, `The line was said by Councillor NAME`:
    words said in the passive, their speaker the person after `by` in the same clause (and
    where the participle stands)."""
    toks = block.toks
    for k in range(lo + 1, hi):
        if toks[k].low not in _PASSIVE_SPEECH or block.quoted[k] or not toks[k].core.islower():
            continue
        be = toks[k - 1].low in _BE or (
            k - 2 >= lo and toks[k - 2].low in _BE and toks[k - 1].low in _BETWEEN
        )
        if not be or toks[k - 1].trailing:
            continue
        for j in range(k + 1, min(hi, k + 10)):
            if toks[j].is_mark or block.quoted[j] or toks[j - 1].ends_sentence:
                return None
            if toks[j].low != "by" or toks[j].trailing:
                continue
            # (`by director NAME`: a lower-case office before the name)
            office = toks[j + 1].core.islower() and toks[j + 1].low in ROLE_WORDS
            at = (j + 1, j + 2) if office and not toks[j + 1].trailing else (j + 1,)
            run = next(
                (r for r in block.runs_in(j + 1, j + 6) if r.lead in at or r.first in at), None
            )  # (`by Councillor NAME`: the title before the name)
            if run is None:
                return None
            if people.is_firm(run.name) or not_person(run.name):
                return None
            if people.lookup(run.name) is None and run.words < 2:
                return None
            return k, _named(block, run, people)
        return None
    return None


_CREDIT_VERBS = {
    **dict.fromkeys(("thanked", "praised", "criticised", "criticized"), "for"),
    **dict.fromkeys(("accused", "accuses"), "of"),
}


def _thanks_for(toks: Sequence[Tok], verb: int, hi: int) -> bool:
    """`NAME thanked the volunteers who reported the flaw “for being patient …”`: the quote
    opens with the verb's own complement (`for …`, `of …`), whatever clause comes between."""
    particle = _CREDIT_VERBS.get(toks[verb].low)
    return particle is not None and hi + 1 < len(toks) and toks[hi + 1].low == particle


def _relative_open(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """Is a relative clause open at toks[hi] (`a will in which a farmer left ‘…’`: the quote
    is the will's)? One between commas is closed (`the system, which watches her, is ‘…’`)."""
    for k in range(lo, hi):
        if toks[k].low not in _RELATIVE_CLAUSE:
            continue
        aside = k > 0 and toks[k - 1].trailing == ","
        if toks[k].low == "who" and hi - 1 > k and toks[hi - 1].trailing == ",":
            continue  # `said NAME, a coder who has worked …, “is …”`: the apposition's, closed
        if not (aside and any(toks[j].trailing == "," for j in range(k, hi - 1))):
            return True
    return False


_RECORDS = frozenset(
    """copy copies transcript transcripts recording recordings memo memos filing filings
    document documents minutes notes video email emails letter text""".split()
)
# What is written down rather than said (its words are not more of the last speaker's).
_DOCUMENTS = _RECORDS - _POSTS | frozenset(
    """sign notice ruling judgment judgement complaint report order filing lawsuit bill
    contract policy rules terms label caption headline banner placard poster""".split()
)


def _according_to_a_record(toks: Sequence[Tok], k: int, hi: int) -> bool:
    """`according to a transcript`, `according to a copy reviewed by …`: where the words are
    read, not who said them."""
    if toks[k].low != "according":
        return False
    window = toks[k + 2 : min(hi, k + 6)]
    return any(tok.low in _RECORDS for tok in window) and not any(
        tok.core[:1].isupper() and not tok.possessive for tok in window[:2]
    )


_ASKING = frozenset("question questions query request plea challenge".split())


def _asked(toks: Sequence[Tok], run: Run) -> bool:
    """Is the name the one a question is put to (`a question for FIRM's ROLE, NAME:`)? Then
    the quote after the colon is the question, not their words."""
    lead = run.lead if run.lead >= 0 else run.first
    for j in range(lead - 1, max(0, lead - 10), -1):
        if toks[j].ends_sentence or toks[j].is_mark or toks[j].low in SPEECH_VERBS:
            return False
        if toks[j].low in ("for", "to") and toks[j - 1].low in _ASKING:
            return True
    return False


def _source_of_colon(block: _Block, lo: int, hi: int, people: People) -> Run | None:
    """`NAME's most combative moment so far:`, `The line of the week came from NAME, ROLE:`:
    the one person a colon's sentence names, as the owner of the words or where they came
    from."""
    toks = block.toks
    persons = [
        r
        for r in block.runs_in(lo, hi)
        if not block.quoted[r.first]
        and (people.lookup(r.name) is not None or r.words > 1)  # (`from NAME`: not met yet)
        and not people.is_firm(r.name)
        and not not_person(r.name)
    ]
    if len(persons) != 1 or hi - lo > 2 * CLAUSE:
        return None
    run = persons[0]
    # (`NAME's reply got the biggest laugh of the night:`: a possessive's reply, answer,
    # verdict is their words however long the sentence about it)
    saying = run.last + 1 < hi and toks[run.last + 1].low in _SAYINGS
    owner = toks[run.last].possessive and (hi - run.last <= 8 or saying)
    source = _word_before(toks, run.lead) in ("from", "by")
    return run if owner or source else None


def _in_words(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """`In her words, “…”`, `In Calderón's words: “…”`, `In the words of NAME, “…”`."""
    toks = block.toks
    for k in range(lo, min(hi, lo + 12) - 2):
        if toks[k].low != "in":
            continue
        owner, noun = toks[k + 1], toks[k + 2]
        if noun.low == "words" and owner.low in ("his", "her", "their"):
            pronoun = {"his": "he", "her": "she"}.get(owner.low, "they")
            return _Attr("pronoun", pronoun, None, block.offset + owner.start, block.index)
        if noun.low == "words" and owner.possessive:
            found = [r for r in block.runs_in(k + 1, k + 2) if people.lookup(r.name)]
            return _named(block, found[0], people) if found else None
        if owner.low == "the" and noun.low == "words" and k + 3 < hi and toks[k + 3].low == "of":
            # (the first name after `of`: `in the words of NAME, who chairs FIRM,` is NAME,
            # never the body their clause names)
            found = [
                r
                for r in block.runs_in(k + 4, k + 9)
                if r.lead in (-1, k + 4) and not block.quoted[r.first]
            ][:1]
            found = [r for r in found if not is_place(r.name) and not people.is_firm(r.name)]
            return _named(block, found[0], people) if found else None
    return None


def _owned_saying(block: _Block, lo: int, hi: int, colon: bool, people: People) -> _Attr | None:
    """`His view is that “…”`, `NAME's answer, a comment under a post, was one line: “…”`:
    a sentence whose subject is what someone said (their reply, verdict, answer) and whose
    copula leads to the quote (by `that`, or a colon a few words on): the owner's words."""
    toks = block.toks
    if hi - lo < 4 or hi - lo > CLAUSE or any(block.quoted[lo:hi]):
        return None
    owner = toks[lo]
    run = next(iter(block.runs_in(lo, lo + 1)), None)
    named = run is not None and run.lead in (-1, lo) and toks[run.last].possessive
    noun = run.last + 1 if named and run is not None else lo + 1
    if not named and owner.low not in _OWNER_PRONOUNS:
        return None
    if noun >= hi or toks[noun].low not in _SPOKEN_THINGS or toks[noun].core[:1].isupper():
        return None
    that = toks[hi - 1].low == "that" and toks[hi - 2].low in _MANNER_BE
    near = colon and any(toks[k].low in _MANNER_BE for k in range(max(noun + 1, hi - 6), hi))
    if not (that or near):
        return None
    if run is not None and named:
        return _named(block, run, people) if people.lookup(run.name) else None
    pronoun = _OWNER_PRONOUNS[owner.low]
    return _Attr("pronoun", pronoun, None, block.offset + owner.start, block.index)


# Verbs of reading out or citing someone else's words: the quote after is theirs.
_READING = frozenset("read reads reading quoted quotes quoting cited cites citing".split())


def _sole_subject(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """`Salgueiro closed the session with a warning. “…”`: a sentence that starts with one
    person, and names nobody else, introduces the quote that opens the next."""
    toks = block.toks
    if hi - lo > CLAUSE:
        return None
    names = [r for r in block.runs_in(lo, hi) if not block.quoted[r.first]]
    if not names:
        return _sole_pronoun(block, lo, hi)
    if len(names) > 1 and (apposition(toks, names[0]) is not None or _who_clause(toks, names[0])):
        # `NAME, a consumer lawyer at Example Rights Chambers, thinks …`: a firm in the
        # subject's apposition names nobody else
        end = next((k for k in range(names[0].last + 1, hi) if toks[k].trailing == ","), lo)
        names = [names[0]] + [r for r in names[1:] if r.first > end]
    fronted = _after_fronted_office(block, lo, hi, names)
    kin = _kin_opener(toks, lo, names[0])
    if fronted is not None:
        names = [fronted]  # `FIRM's head of standards, NAME, put it more bluntly. “…”`
    elif kin and len(names) == 1:
        fronted = names[0]  # `Her brother NAME, who …, was blunter. “…”`: the kin is no other
    elif len(names) == 1 and _one_of_opener(toks, lo, names[0]):
        fronted = names[0]  # `One of those volunteers, NAME, …, was less impressed. “…”`
    elif len(names) != 1 or names[0].lead not in (lo, -1):
        return None  # (the name may follow its office: `Opposition Leader NAME takes …`)
    elif names[0].lead == -1 and not block.runs_in(lo, lo + 1):
        return None
    run = names[0]
    if toks[run.last].possessive:
        return None
    if fronted is None and run.first != lo and run.lead != lo:
        return None
    if any(toks[k].low in _READING for k in range(lo, hi)):
        return None  # `NAME opened the session by reading a letter from a claimant. ‘…’`
    if people.lookup(run.name) is None or not _eligible(block, run, people, lo):
        return None
    return _named(block, run, people)


def _kin_opener(toks: Sequence[Tok], lo: int, run: Run) -> bool:
    """Does the sentence open with kin right before the name (`Her brother NAME`, `His
    younger sister NAME`): a possessive pronoun, up to one word more, then a kin noun?"""
    lead = run.lead if run.lead >= 0 else run.first
    if toks[lo].low not in ("her", "his", "their") or not 2 <= lead - lo <= 3:
        return False
    if any(t.trailing for t in toks[lo:lead]) or toks[lead - 1].low not in _KIN:
        return False
    return all(t.core.islower() for t in toks[lo + 1 : lead])


def _title_aside(block: _Block, span: Span) -> bool:
    """`the government's 2024 review of public libraries, ‘Libraries for Everyone’, told …`: a
    closed quote of capitalised words with no sentence's end, set off by commas on both sides
    (the title of a work just named, in apposition to it), in a paragraph with a quote after."""
    text = span.text.rstrip(",")
    words = text.split()
    if not span.closed or len(words) < 2 or text.endswith((".", "!", "?", "…")):
        return False
    if span is block.spans[-1]:
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    if capitalised < 0.6 * len(words) or not words[-1][:1].isupper():
        return False
    before = block.text[max(0, span.open - 3) : span.open].rstrip()
    after = block.text[span.close + 1 : span.close + 4].lstrip()
    return before.endswith(",") and (after.startswith(",") or span.text.endswith(","))


def _one_of_opener(toks: Sequence[Tok], lo: int, run: Run) -> bool:
    """Does the sentence open with `One of …,` right before the name set off by commas (`One of
    those volunteers, NAME,`, `One of them, NAME,`): one of a group the article spoke of, the
    name in apposition to it, the sentence's subject?"""
    lead = run.lead if run.lead >= 0 else run.first
    if toks[lo].low != "one" or not 3 <= lead - lo <= 5 or toks[lo + 1].low != "of":
        return False
    if any(t.trailing for t in toks[lo : lead - 1]) or toks[lead - 1].trailing != ",":
        return False
    return all(t.core.islower() for t in toks[lo + 1 : lead])


def _asked_subject(toks: Sequence[Tok], lo: int, verb: int, hi: int) -> bool:
    """`NAME was asked about the consultation.`: a sentence of its own before the quote whose
    only verb of saying is the passive of asking (`was asked`, `had been pressed`)."""
    if toks[verb].low not in _PUT_TO or verb - 1 <= lo or not toks[hi - 1].ends_sentence:
        return False
    return toks[verb - 1].low in ("was", "were", "been", "is") and not toks[verb - 1].trailing


def _after_fronted_office(block: _Block, lo: int, hi: int, names: Sequence[Run]) -> Run | None:
    """`FIRM's director of standards, NAME, put it more bluntly on Wednesday.`: the sentence
    opens on an office, then the name between commas (the subject), and names no one after
    it; the firm in the office is no one else. The name, or None."""
    toks = block.toks
    for run in names:
        lead = run.lead if run.lead >= 0 else run.first
        if lead - lo < 2 or lead - lo > 10 or toks[lead - 1].trailing != ",":
            continue
        if toks[run.last].trailing != "," or run.last + 1 >= hi:
            return None
        office = range(lo, lead)
        if any(block.quoted[k] or toks[k].is_mark or toks[k].ends_sentence for k in office):
            return None
        if any(toks[k].trailing for k in range(lo, lead - 1)):
            return None  # (one phrase: `At the hearing, NAME, …` is no office)
        if any(toks[k].low in SPEECH_VERBS or toks[k].low in SUBJECT_PRONOUNS for k in office):
            return None
        if toks[lo].low in PREPOSITIONS:
            return None  # (`After the chair's speech, NAME, …`: when, not who)
        if not any(toks[k].possessive or toks[k].low in ROLE_WORDS for k in office):
            return None
        if any(r.first > run.last for r in names):
            return None
        return run
    return None


def _who_clause(toks: Sequence[Tok], run: Run) -> bool:
    """`NAME, who left FIRM in June,`: a relative clause of the name between commas, whose
    names are the subject's story, not other people in the sentence."""
    k = run.last + 1
    return k < len(toks) and toks[run.last].trailing == "," and toks[k].low == "who"


def _sole_pronoun(block: _Block, lo: int, hi: int) -> _Attr | None:
    """`She was in no mood to apologise. “…”`: a sentence whose subject is `he` or `she`,
    naming nobody, introduces the quote that opens the next, as a name's sentence does."""
    toks = block.toks
    owner = _OWNER_PRONOUNS.get(toks[lo].low) if hi - lo >= 4 else None
    if owner in ("he", "she") and toks[lo].core[:1].isupper() and not any(block.quoted[lo:hi]):
        # `Her answer was blunt. “…”`: what she said is the subject, and how
        said = toks[lo + 1].low in _SPOKEN_THINGS and not toks[lo + 1].trailing
        if said and toks[lo + 2].low in _MANNER_BE and not block.runs_in(lo, hi):
            return _Attr("pronoun", owner, None, block.offset + toks[lo].start, block.index)
    if hi - lo < 3 or toks[lo].low not in ("he", "she") or not toks[lo].core[:1].isupper():
        return None
    if any(block.quoted[lo:hi]) or any(toks[k].low in _READING for k in range(lo, hi)):
        return None
    return _Attr("pronoun", toks[lo].low, None, block.offset + toks[lo].start, block.index)


def _lead_in(block: _Block, people: People) -> _Attr | None:
    """A paragraph ending with a colon introduces the next: `In an interview, Kaur said:`."""
    if block.kind not in ("p", "q") or not block.text.endswith(":"):
        return None
    lo = block.index_at(block.spans[-1].close + 1) if block.spans else 0
    found = _before(block, lo, len(block.toks), people)
    if (found is None or found.kind == "unnamed") and not block.spans:
        found = _argued_that(block, people) or _the_post_read(block, people) or found
    return found


def _the_post_read(block: _Block, people: People) -> _Attr | None:
    """`NAME, a former nurse, explained why in a long thread on Mastodon. The first post read:`
    before a block quote: a short sentence of a post (`The first post`, `The post`) and `read`,
    naming no one, after a sentence that names one person and their post or thread (`thread`,
    `posted`, `wrote`): the post is that person's."""
    toks = block.toks
    n = len(toks)
    s = _sentence_start(block, max(0, n - 8), n)
    if s == 0 or n - s > 5 or toks[s].low != "the" or toks[n - 1].low not in ("read", "reads"):
        return None
    if not any(toks[j].low in _POSTS for j in range(s + 1, n - 1)) or block.runs_in(s, n):
        return None
    if any(
        toks[j].low in ("letter", "statement", "memo") or toks[j].trailing for j in range(s, n - 1)
    ):
        return None
    p = _sentence_start(block, max(0, s - 2 * CLAUSE), s)
    if not any(toks[j].low in _POSTS or toks[j].low in _POSTED for j in range(p, s)):
        return None
    return _only_person_in(block, p, s, people)


_POSTED = frozenset("posted published shared wrote tweeted".split())


def _only_person_in(block: _Block, lo: int, hi: int, people: People) -> _Attr | None:
    """The one person named in block.toks[lo:hi] outside quotes (no firm, no place), if one."""
    persons = {
        people.lookup(run.name): run
        for run in block.runs_in(lo, hi)
        if not block.quoted[run.first]
        and people.lookup(run.name) is not None
        and not people.is_firm(run.name)
        and not not_person(run.name)
    }
    if len(persons) != 1:
        return None
    return _named(block, next(iter(persons.values())), people)


def _argued_that(block: _Block, people: People) -> _Attr | None:
    """`The writer NAME, in her newsletter, argued that the avatars at least …:` before a block
    quote: the one person the colon's sentence names, its subject, with a verb of speech after
    the name and no other verb of speech or person after it, introduces what follows."""
    toks = block.toks
    n = len(toks)
    s = _sentence_start(block, max(0, n - 2 * CLAUSE), n)
    runs = [r for r in block.runs_in(s, n) if people.lookup(r.name) is not None]
    persons = [r for r in runs if not people.is_firm(r.name) and not not_person(r.name)]
    if not persons or persons[0] is not runs[0]:
        return None
    run = persons[0]
    lead = run.lead if run.lead >= 0 else run.first
    if lead - s > 4 or any(t.trailing or t.is_mark for t in toks[s:lead]):
        return None  # the sentence's subject: `The Deaf writer NAME`, not `A friend of NAME`
    if toks[run.last].possessive:
        return None
    verbs = [j for j in range(run.last + 1, n) if toks[j].low in SPEECH_VERBS]
    if len(verbs) != 1 or not toks[verbs[0]].core.islower() or verbs[0] + 1 >= n:
        return None
    if toks[verbs[0] + 1].low != "that" or toks[verbs[0]].trailing:
        return None  # (`argued that …:`; not `said the report found:`)
    if any(toks[j].trailing not in ("", ",") for j in range(run.last, verbs[0])):
        return None
    if any(r.first > verbs[0] for r in persons):
        return None  # someone else named in what was argued
    return _named(block, run, people)


# --- the proposer ------------------------------------------------------------------------------


@dataclass
class _Found:
    text: str
    attr: _Attr | None
    offset: int
    block: int
    explicit: bool  # attributed in its own sentence (not carried over from another quote)
    structural: bool = False  # an answer, or a block quote's own text (no marks needed)
    continued: bool = False  # the second part of a split quote
    # a question put and never proposed (`“…?” he asked`): its pronoun, which still means
    # someone in view, and so not the one who answers (`“…,” she said`)
    asked: _Attr | None = None


def propose(text: str) -> list[Proposal]:
    """The article's quotes with their speakers, in article order (one block a line).

    Only the first MAX_TEXT characters are read (far more than any article has),
    so that any input ends in bounded time."""
    blocks = _blocks(text[:MAX_TEXT])
    people = _people(blocks)
    found: list[_Found] = []
    consumed: set[int] = set()
    interview = _interview(blocks, people)
    for block_index, answer in interview.items():
        block = blocks[block_index]
        consumed.add(block_index)
        if answer is not None:
            found.append(_Found(answer[1], answer[0], block.offset, block_index, True, True))
    found.extend(_court_exchange(blocks, people, consumed))
    quoted_blocks = _block_quotes(blocks, people, consumed)
    found.extend(quoted_blocks)
    found.extend(_quoted(blocks, people, consumed, quoted_blocks))
    found.sort(key=lambda f: f.offset)
    return _proposals(found, blocks, people)


_READ_ON = frozenset(("out", "aloud", "from"))


# A court report's exchange, as a transcript prints it: `Q. …` put by counsel, `A. …` answered.
_COURT_LINE = re.compile(r"([QA])\.\s+(\S.*)")
_ON_THE_STAND = frozenset(("asked", "questioned", "examined", "cross-examined", "re-examined"))


def _court_exchange(blocks: Sequence[_Block], people: People, consumed: set[int]) -> list[_Found]:
    """`Under examination by NAME, he was asked about …` then `Q. …` / `A. …` lines: the
    answers are the witness's, the one the paragraph before says `was asked` (or examined,
    questioned); the questions are counsel's, never proposed. With no such witness, nothing."""
    found: list[_Found] = []
    i = 0
    while i < len(blocks):
        lines: list[tuple[_Block, str, str]] = []
        j = i
        while j < len(blocks) and j not in consumed and blocks[j].kind in ("p", "q"):
            match = _COURT_LINE.fullmatch(blocks[j].text.strip())
            if match is None:
                break
            lines.append((blocks[j], match.group(1), match.group(2)))
            j += 1
        kinds = [kind for _, kind, _ in lines]
        if not lines or kinds[0] != "Q" or "A" not in kinds or i == 0:
            i = j + 1 if j > i else i + 1
            continue
        witness = _witness(blocks[i - 1], people)
        for block, kind, text in lines:
            consumed.add(block.index)
            if kind == "A" and witness is not None:
                found.append(_Found(text, witness, block.offset, block.index, True, True))
        i = j
    return found


def _witness(block: _Block, people: People) -> _Attr | None:
    """Who the paragraph before an exchange says was questioned (`he was asked about …`,
    `NAME was cross-examined`): a pronoun (resolved later as any other) or a name."""
    toks = block.toks
    if block.kind != "p":
        return None
    for k in range(len(toks) - 2):
        if toks[k + 1].low != "was" or toks[k + 2].low not in _ON_THE_STAND or block.quoted[k]:
            continue
        if toks[k].low in ("he", "she") and not toks[k].trailing:
            return _Attr("pronoun", toks[k].low, None, block.offset + toks[k].start, block.index)
        run = next((r for r in block.runs if r.last == k), None)
        full = people.lookup(run.name) if run is not None else None
        if full is not None and not people.is_firm(full) and not toks[k].trailing:
            where = block.offset + toks[run.first].start if run is not None else block.offset
            return _Attr("name", full, people.roles.get(full), where, block.index)
    return None


# No opening mark inside: a run of opening marks without a closing one stays linear.
_QUOTED_PART = re.compile(r"[\"“«][^\"“”«»]*[\"”»]")


def _turn_quoting(block: _Block, people: People) -> bool:
    """Is the block a transcript's turn (`**NAME:** “No.” That's it. “No, I'm …?” Anything
    longer …`) whose speaker's own words go on outside the quotation marks: what is quoted
    inside is what they say someone should say (a script, a reply), words they mention, not
    a quote of theirs. A turn that is all one quote (`NAME: “…”`) is theirs."""
    if not block.spans or block.kind not in ("p", "q"):
        return False
    match = _LABEL.match(block.text)
    if match is None or not match.group(1) or people.lookup(match.group(1).strip()) is None:
        return False  # (`Riyadh: …` in a roundup is a place's line, no one's turn)
    outside = _QUOTED_PART.sub(" ", match.group(2))
    return len(re.findall(r"[A-Za-z’']+", outside)) >= 3


def _read_out(block: _Block, span: Span) -> bool:
    """`allowed replicas to be used “in any production”, three phrases she read out to the
    room`: a fragment that someone is said, right after it, to read out (or aloud, or from
    something) is the words of what they read, a document's, not their own."""
    text = span.text.strip()
    if not span.closed or not text[:1].islower():
        return False
    if not block.text[span.close + 1 :].startswith(","):
        return False
    toks = block.toks
    k = block.index_at(span.close + 2)
    for j in range(k, min(len(toks) - 1, k + 7)):
        if toks[j].is_mark or block.quoted[j]:
            return False
        if toks[j].low == "read" and toks[j + 1].low in _READ_ON:
            return True
        if toks[j].ends_sentence:
            return False
    return False


def _quoted(
    blocks: Sequence[_Block],
    people: People,
    consumed: set[int],
    quoted_blocks: Sequence[_Found] = (),
) -> list[_Found]:
    found: list[_Found] = []
    # a block quote's speaker by its last line's block: `And, a few posts further down the same
    # thread: “…”` after it is more of the same person's
    block_quoted = {f.block: f.attr for f in quoted_blocks if f.attr is not None}
    carried: _Attr | None = None  # the speaker of a quote left open at the end of a paragraph
    last: _Attr | None = None  # the attribution of the previous paragraph's last quote
    last_block = -1
    # the article's first paragraph of quotes (found once: a lede's office, below)
    first_quoted = next((b.index for b in blocks if b.kind == "p" and b.spans), -1)
    run_on: int | None = None  # a quote left open at the paragraph's end, with no speaker
    for block in blocks:
        if block.kind == "h":
            carried = last = None
        if block.index in consumed or block.kind == "n":
            continue
        previous: _Attr | None = None
        previous_text = ""
        prev_close = 0
        block_start = len(found)  # this paragraph's quotes are found[block_start:]
        text_start = len(block.text) - len(block.text.lstrip(" —–-"))
        opening: Span | None = None  # a split quote's short first part (`“Polishing,” …`)
        if _turn_quoting(block, people):
            continue
        for s, span in enumerate(block.spans):
            if len(span.text) < MIN_WORDS or _word_count(span.text) < MIN_WORDS:
                opening = span if _short_opening(block, s) else None
                if s and found and found[-1].block == block.index and previous is not None:
                    before = block.spans[s - 1]
                    if prev_close == before.close + 1 and _short_last(block, s):
                        # `“I'm not anti-technology,” she told us. “I'm anti-pretending.”`
                        found[-1].text = f"{found[-1].text.rstrip(' ,;:—–')} … {span.text}"
                continue  # never proposed alone: no need to look for its speaker
            if _title_aside(block, span):
                opening = None  # `NAME, who led the review, ‘Title: A Review’, told …: ‘…’`: a
                continue  # title in apposition, never a quote; the quote after looks past it
            lead_part, opening = opening, None
            stop = block.spans[s + 1].open if s + 1 < len(block.spans) else len(block.text)
            attr = _after(block, span, stop, people)
            explicit = attr is not None
            if attr is None:
                # after the previous quote when it had a speaker; else from its sentence's
                # start (`Oakes said the answer, which had “…,” was “…”`)
                lo = block.index_at(prev_close)
                if previous is None:  # a bounded window back, never the whole paragraph
                    lo = max(0, block.index_at(span.open) - 2 * CLAUSE)
                partial = next((ch for ch in span.text if ch.isalnum()), "").islower()
                attr = _before(block, lo, block.index_at(span.open), people, partial=partial)
                if (
                    attr is not None
                    and attr.kind == "unnamed"
                    and previous is not None
                    and previous.kind == "name"
                    and previous.block == block.index
                    and prev_close <= previous.offset - block.offset < span.open
                    and _one_sentence(block, lo, block.index_at(span.open))
                ):
                    # `“…,” said FIRM's president and chief executive officer, NAME. “…”`: the
                    # words between are the first part's attribution, naming its speaker
                    attr = None
                explicit = attr is not None
            if attr is not None and attr.body and _partial_of(span.text):
                attr = _Attr("unnamed")  # `the company said it was “…”`: a firm's claim
            if _a_title(block, span) or _a_slogan(block, span) or _coined(block, span):
                continue  # `a post titled “…”`, `FIRM calls its product “…”`: never a quote
            if _self_styled(block, span):
                continue  # `who identified herself only as “…”`: what someone goes by
            if _read_out(block, span) or _a_things_words(block, span):
                continue  # `“in perpetuity”, three phrases she read out`: a document's words
            # `Asked by NAME whether … “…”, NAME2 said`: the question put, never proposed,
            # though NAME2 speaks on after it (`He went on: “…”`)
            asked_part = _fronted_asked(block, span)
            asked: _Attr | None = None
            put_to: _Attr | None = None  # `NAME was pressed by NAME2: “…?”`: who answers next
            if (
                _a_question_asked(block, span)
                or _a_question_put(block, span)
                or _question_answered(blocks, block, s)
            ):
                if attr is not None and attr.kind == "pronoun" and attr.name in ("he", "she"):
                    asked = attr
                if attr is not None and attr.kind == "name" and _put_by(block, span) is not None:
                    put_to = attr
                attr, explicit = _Attr("unnamed"), True  # `“…?” asked NAME of the Herald`
            elif not explicit and _counsels_question(block):
                attr, explicit = _Attr("unnamed"), True  # a question of a cross-examination
            glossed_by: _Attr | None = None
            if _a_gloss(block, span):
                if attr is not None and attr.kind in ("name", "pronoun") and s:
                    glossed_by = attr  # `„…“, sagte sie. (“…,” she said.)`: the original's
                    original = found[-1] if found and found[-1].block == block.index else None
                    if (
                        original is not None
                        and original.offset == block.offset + block.spans[s - 1].open
                        and (original.attr is None or original.attr.kind == "unnamed")
                    ):
                        original.attr, original.explicit = attr, True
                attr, explicit = _Attr("unnamed"), True  # the writer's translation, bracketed
            if attr is not None and attr.kind == "pronoun" and _anonymous_before(block, span):
                attr = _Attr("unnamed")  # `One of them told reporters … “…,” they said`
            elif attr is not None and attr.kind == "pronoun" and _unnamed_subject(block, span):
                attr = _Attr("unnamed")  # `Her neighbour was less happy; he said … “…”`
            elif attr is not None and attr.kind == "pronoun" and _unnamed_before(block, span):
                attr = _Attr("unnamed")  # `One tenant described … . She said: “…”`
            if attr is not None and attr.kind != "unnamed" and _from_someone(block, span):
                attr = _Attr("unnamed")  # `And from a listener, whose email FIRM shared: “…”`
            if (
                attr is not None
                and attr.kind == "name"
                and _partial_of(span.text)
                and not people.gender(attr.name or "")
                and _its_claim(block, span)
            ):
                attr = _Attr("unnamed")  # `FIRM said its system “…”`: a firm's claim
            if attr is not None and attr.kind == "same":  # `And in the last: “…”`
                same = previous or (last if last_block >= block.index - 1 else None)
                if previous is None and s > 0:  # after a quote too short to propose
                    same = _short_quotes_speaker(block, block.spans[s - 1], people)
                if same is None and s == 0:
                    same = block_quoted.get(block.index - 1)
                attr = same if same is not None and same.kind != "unnamed" else None
                explicit = attr is not None
            if attr is not None and attr.kind == "unnamed" and block.index == first_quoted:
                attr = _lede_office(blocks, block, span, people) or attr
            at_start = span.open <= text_start
            open_before = previous is not None and not re.search(r"[.!?…][’'\"”]?$", previous_text)
            continued = False
            if attr is None and previous is not None:
                attr = previous  # the second part of a split quote, or more of the same
                explicit = continued = open_before
            elif attr is not None and open_before and previous is not None:
                continued = (attr.name, attr.kind) == (previous.name, previous.kind)
                # `“…,” NAME said, “second part”`, not `…, adding that members would “study …”`
                continued = continued and _resumes(block, prev_close, span)
            elif (
                attr is None
                and s == 0
                and block.listed
                and (listed := _list_lead_in(blocks, block.index, people)) is not None
            ):
                attr, explicit = listed, True  # `… a line from NAME:` ⏎ `- On X: “…”`
            elif (
                attr is None
                and s == 0
                and (labelled := _labelled_item(block, span, people)) is not None
            ):
                attr, explicit = labelled, True  # `1. **NAME, ROLE.** “…”`
            elif attr is None and at_start and s == 0:
                lead = _lead_in(blocks[block.index - 1], people) if block.index else None
                if lead is not None:
                    attr, explicit = lead, True
                elif carried is not None:
                    attr = carried
                elif last is not None and last_block >= block.index - 1 and block.kind == "p":
                    attr = last  # a paragraph that is only a quote: the last speaker's
                elif (
                    last is not None
                    and last.kind == "name"
                    and last_block == block.index - 1
                    and block.kind == "q"
                    and _only_quotes(block)
                ):
                    # `NAME … “…”` ⏎ `> “…”`: a block quote that is only a quote, right after
                    # a paragraph whose last quote is a named person's, goes on with it
                    attr = last
                elif block.kind == "p" and _only_quotes(block):
                    attr = _introduced(blocks, block.index, people)
            if attr is None and block.kind == "h":
                continue
            where = block.offset + span.open
            text = span.text
            if lead_part is not None and attr is not None and attr.kind != "unnamed":
                # `“Polishing,” NAME said, “means your grammar.”`: one sentence, proposed
                # whole, its parts joined by an ellipsis (as `digest verify` accepts)
                text = f"{lead_part.text.rstrip(' ,;:—–')} … {span.text}"
                where = block.offset + lead_part.open
            if not asked_part:
                found.append(
                    _Found(text, attr, where, block.index, explicit, False, continued, asked)
                )
                if attr is None and not span.closed and span.open <= text_start:
                    run_on = len(found) - 1  # `“First paragraph …` ⏎ `“… ” — NAME`
            previous, previous_text = put_to or glossed_by or attr, span.text
            prev_close = span.close + 1
        if block.kind == "h":
            continue
        if run_on is not None and found[run_on].block == block.index - 1:
            # the paragraph before was a quote left open, with no speaker of its own: this
            # paragraph's quote, opening it, is its run-on, and its speaker the quote's
            first = found[block_start] if len(found) > block_start else None
            if (
                first is not None
                and first.offset == block.offset
                and first.explicit
                and first.attr is not None
                and first.attr.kind == "name"
            ):
                found[run_on].attr = first.attr
                found[run_on].explicit = True
            run_on = None
        if block.spans:
            tail_open = not block.spans[-1].closed
            carried = previous if tail_open else None
            last, last_block = previous, block.index
            if _names_after(block, block.spans[-1].close, people, previous):
                last = None  # someone else is named after the last quote
        elif block.kind == "p":
            carried = None
            if _names_after(block, 0, people, last):
                last = None
    return found


def _partial_of(text: str) -> bool:
    """Is a quote a fragment of the writer's sentence (it opens in lower case)?"""
    return next((ch for ch in text if ch.isalnum()), "").islower()


def _short_opening(block: _Block, s: int) -> bool:
    """Is the quote too short to propose alone (`“Polishing,”`, `“Next year,”`) the first part
    of a sentence split by its attribution (`“Polishing,” NAME said, “means your grammar, not
    your opinion.”`): capitalised, ended by a comma, then a speech verb's clause ending in a
    comma, then the rest of the sentence in lower case? Not `“Probably,” NAME said. “We …”`."""
    span = block.spans[s]
    if not span.closed or s + 1 >= len(block.spans) or _word_count(span.text) < 1:
        return False
    nxt = block.spans[s + 1]
    if not next((ch for ch in span.text if ch.isalnum()), "").isupper():
        return False
    toks = block.toks
    lo, hi = block.index_at(span.close + 1), block.index_at(nxt.open)
    if _short_question(block, span, lo, hi):
        return True  # `“Honestly?” he said. “I don't …”`: a question its speaker answers
    comma = span.text.rstrip().endswith(",") or block.text[span.close + 1 : span.close + 2] == ","
    if comma and nxt.closed and _said_when_asked(toks, lo, hi):
        return True  # `“No,” NAME said when asked whether …. “Never. …”`: the answer's start
    if not next((ch for ch in nxt.text if ch.isalnum()), "").islower() and not _first_person_i(
        nxt.text
    ):
        return False  # (`“Frankly,” NAME said, “I think …”`: `I` goes on the sentence too)
    comma = span.text.rstrip().endswith(",") or block.text[span.close + 1 : span.close + 2] == ","
    if not comma:
        return False
    if hi - lo > 30:  # (the verb, the name and an apposition: `said NAME, ROLE at FIRM,`)
        return False
    words = [tok for tok in toks[lo:hi] if any(ch.isalnum() for ch in tok.raw)]
    if not words or len(words) > 24 or words[-1].trailing != ",":
        return False
    if (hi - lo > 20 or len(words) > 16) and words[0].low not in SPEECH_VERBS:
        return False  # a longer apposition only after `said NAME, ROLE, a firm that …,`
    if any(tok.ends_sentence for tok in words):
        return False
    return _find_verb(toks, lo, hi) is not None


def _said_when_asked(toks: Sequence[Tok], lo: int, hi: int) -> bool:
    """`NAME said, when asked.`, `she said when asked whether …, if ….`: a speech verb, then
    `when asked` and the question put, ending one sentence (at most thirty words): what came
    before was the start of an answer, and the quote after it goes on with it."""
    if hi - lo < 3 or hi - lo > 30 or not toks[hi - 1].ends_sentence:
        return False
    if any(tok.ends_sentence or tok.is_mark for tok in toks[lo : hi - 1]):
        return False
    at = next(
        (k for k in range(lo, hi - 1) if toks[k].low == "when" and toks[k + 1].low == "asked"),
        None,
    )
    if at is None or at - lo > 8:
        return False
    verb = _find_verb(toks, lo, at)
    return verb is not None


def _short_last(block: _Block, s: int) -> bool:
    """`“I'm not anti-technology,” she told us. “I'm anti-pretending.”`: a sentence of one or
    two words, capitalised and closed, ending its paragraph, opening with the quote's first
    word, after a quote and only a pronoun or a name and a speech verb ending the sentence:
    the quote's last part."""
    span, before = block.spans[s], block.spans[s - 1]
    if not span.closed or s + 1 != len(block.spans) or block.text[span.close + 1 :].strip(" ”\"’'"):
        return False
    text = span.text.rstrip()
    if not text.endswith((".", "!", "?")) or not 1 <= _word_count(text) <= 2:
        return False
    if not next((ch for ch in text if ch.isalnum()), "").isupper():
        return False
    # (a parallel, `I'm not …` then `I'm …`: the same first word; not a remark of its own
    # after the quote, `“…,” NAME said. “Pick one.”`)
    first, opener = text.split(maxsplit=1)[0], before.text.strip().split(maxsplit=1)[0]
    if first.strip("‘'\"“").lower() != opener.strip("‘'\"“").lower():
        return False
    lo, hi = block.index_at(before.close + 1), block.index_at(span.open)
    words = [tok for tok in block.toks[lo:hi] if any(ch.isalnum() for ch in tok.raw)]
    if not 2 <= len(words) <= 4 or not words[-1].ends_sentence:
        return False
    if any(tok.ends_sentence or tok.trailing for tok in words[:-1]):
        return False
    return _find_verb(block.toks, lo, hi) is not None


def _short_question(block: _Block, span: Span, lo: int, hi: int) -> bool:
    """`“Honestly?” he said. “I don't know …”`: a question of one word, then only a pronoun
    or a name and a speech verb ending the sentence, then the answer, capitalised: the first
    part of one quote (a longer question is a quote of its own)."""
    if not span.text.rstrip().endswith("?") or _word_count(span.text) != 1:
        return False
    words = [tok for tok in block.toks[lo:hi] if any(ch.isalnum() for ch in tok.raw)]
    if not 2 <= len(words) <= 4 or not words[-1].ends_sentence:
        return False
    if any(tok.ends_sentence or tok.trailing for tok in words[:-1]):
        return False
    return _find_verb(block.toks, lo, hi) is not None


def _first_person_i(text: str) -> bool:
    """Does the text open with the pronoun `I` (`I think`, `I’m`, `I'd`)?"""
    return re.match(r"\s*I(?:\s|['’](?:m|d|ve|ll)\b)", text) is not None


def _lede_office(
    blocks: Sequence[_Block], block: _Block, span: Span, people: People
) -> _Attr | None:
    """`A Church of England bishop has told his congregation that … ‘…’` in the article's
    first paragraph of quotes, and `The Rt Rev NAME, the Bishop of Harwick,` in the next
    paragraph's first sentence: the one person the article gives that office, named there."""
    toks = block.toks
    k = block.index_at(span.open)
    start = _sentence_start(block, max(0, k - 2 * CLAUSE), k + 1)
    if start >= k or toks[start].low not in ("a", "an"):
        return None
    head = next((j for j in range(start + 1, min(k, start + 7)) if toks[j].low in ROLE_WORDS), None)
    if head is None or not toks[head].core.islower() or toks[head].possessive:
        return None
    if any(t.trailing or t.is_mark for t in toks[start:head]):
        return None
    verb = head + 2 if head + 2 < k and toks[head + 1].low in _AUXILIARY else head + 1
    if verb >= k or toks[verb].low not in SPEECH_VERBS or toks[head + 1].trailing:
        return None  # the office's own verb of speech (`a bishop has told …`), right after it
    holders = _office_holders(people).get(toks[head].low, set())
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    if len(holders) != 1 or after is None or after.kind != "p":
        return None
    name = next(iter(holders))
    end = next((j + 1 for j, tok in enumerate(after.toks) if tok.ends_sentence), len(after.toks))
    run = next((r for r in after.runs_in(0, end) if people.lookup(r.name) == name), None)
    if run is None:
        return None
    where = after.offset + after.toks[run.first].start
    return _Attr("name", name, people.roles.get(name), where, after.index)


_TITLING = frozenset("titled entitled headlined headed subtitled".split())
_NAMING = frozenset("called dubbed named".split())
# What a title in quotation marks is the title of (`the headline, ‘…’,`).
_TITLE_NOUNS = frozenset("headline headlines strapline slogan subtitle title".split())
_NOT_A_THING = frozenset("i we you he she they it what who which that".split())


# What a slogan is printed on, and the words that give what it says (`a banner reading “…”`).
_SIGNS = frozenset(
    """banner banners placard placards sign signs flag flags poster posters billboard
    billboards sticker stickers t-shirt t-shirts shirt shirts mural graffiti tifo scarf
    scarves""".split()
)
_INSCRIBING = frozenset("reading read bearing saying proclaiming declaring".split())


def _sign_before(toks: Sequence[Tok], k: int) -> bool:
    """Is there a sign's noun (`a banner`) in the few words before toks[k], in its sentence?"""
    for j in range(k - 1, max(-1, k - 7), -1):
        if toks[j].ends_sentence or toks[j].is_mark:
            return False
        if toks[j].low in _SIGNS:
            return True
    return False


# Works whose title is printed after them in quotation marks (`Her 2024 paper, “…”,`).
_TITLED_WORKS = frozenset(
    """paper papers book books report reports study studies essay essays article articles
    thesis dissertation memoir novel album film documentary podcast lecture column review
    speech poem song play""".split()
)
_WORK_OWNERS = frozenset("the a an her his its their our my your".split())
# The short words a title leaves in lower case (`Yield Gaps and the Limits of Prediction`).
_TITLE_SMALL = frozenset(
    "a an the and or nor but of in on at to for from by with as vs via into over".split()
)


def _title_case(text: str) -> bool:
    """A title's capitals, no sentence's end: every word capitalised but the short ones, the
    first and last capitalised (`Counting the Rain in the Valleys of the South`)."""
    words = [w.strip("“”‘’\"'(),:;") for w in text.split()]
    words = [w for w in words if w]
    if len(words) < 2 or text.rstrip(" ,").endswith((".", "!", "?", "…")):
        return False
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _TITLE_SMALL for w in words)


def _a_title(block: _Block, span: Span) -> bool:
    """Is the quote a title (`a post titled “…”`, `an essay, called “…”,`)? Not what someone
    called something (`what she called “…”`, `NAME called that line “…”`)."""
    toks = block.toks
    k = block.index_at(span.open)
    if k == 0 or block.quoted[k - 1]:
        return False
    word = toks[k - 1]
    if word.ends_sentence or word.trailing not in ("", ","):
        return False
    if word.low in _TITLING:
        return True
    if word.low in _INSCRIBING and _sign_before(toks, k - 1):
        return True  # `hung a banner at the game reading “…”`: a sign's words, nobody's
    if word.low in _TITLE_NOUNS and word.trailing == "," and k >= 2:
        # `the headline, ‘…’, was …`: the title set off after the noun naming it
        return (
            toks[k - 2].low in ("the", "a", "its", "their", "his", "her") or toks[k - 2].possessive
        )
    if word.low in _TITLED_WORKS and word.trailing == "," and _title_case(span.text):
        # `Her 2024 paper, “Yield Gaps and the Limits of Prediction”, is …`: a work's title set
        # off after the noun naming it, a possessive or an article a few words before
        for j in range(k - 2, max(-1, k - 5), -1):
            tok = toks[j]
            if tok.trailing or tok.ends_sentence or tok.is_mark or block.quoted[j]:
                break
            if tok.low in _WORK_OWNERS or tok.possessive:
                return True
    if word.low not in _NAMING or k < 2:
        return False
    before = toks[k - 2]
    if before.low in _NOT_A_THING or before.is_mark or block.runs_in(k - 2, k - 1):
        return False
    # (`a clause that FIRM's finance chief, NAME, called “…”`: a name of two words ends there)
    if any(r.last == k - 2 for r in block.runs_in(max(0, k - 8), k - 1)):
        return False
    return before.core.islower() or before.trailing == ","


# Verbs a firm names or sells its product by (`calls its product`, `bills its app as`).
_MARKETING = frozenset(
    """call calls called dub dubs dubbed bill bills billed brand brands branded market markets
    marketed tout touts touted pitch pitches pitched advertise advertises advertised describe
    describes described""".split()
)


def _a_slogan(block: _Block, span: Span) -> bool:
    """Is the quote what a firm calls its own product (`FIRM calls its product “…”`, `bills
    its app as “…”`): a name or a slogan, never a quote? The verb, `its` or `their`, a few words
    naming the thing and `as` at most, right before the quote."""
    toks = block.toks
    k = block.index_at(span.open)
    if k < 3 or block.quoted[k - 1]:
        return False
    j = k - 1
    if toks[j].low == "as":
        j -= 1
    for own in range(j, max(0, j - 4), -1):
        tok = toks[own]
        if tok.trailing or tok.ends_sentence or tok.is_mark or block.quoted[own]:
            return False
        if tok.low in ("its", "their"):
            return own < j and own > 0 and toks[own - 1].low in _MARKETING
    return False


# What a thing's words are printed on (`its website describes the product as “…”`).
_PRINTED = _DOCUMENTS | frozenset(
    """website site homepage brochure leaflet flyer prospectus advert advertisement ad ads
    slogan tagline packaging manual listing""".split()
)
_PRINTED_VERBS = frozenset(
    """describes described calls called bills billed promises promised says said reads read
    states stated lists listed touts touted pitches pitched""".split()
)
# A clause of a written undertaking (`a guarantee that no job would be cut “…”`).
_UNDERTAKINGS = frozenset(
    "guarantee guarantees clause provision pledge commitment stipulation assurance".split()
)


def _a_things_words(block: _Block, span: Span) -> bool:
    """Is a lower-case fragment the words of a thing, not of a person: the subject of its verb
    a thing printed (`its website describes the product as “…”`), or the fragment inside the
    clause of an undertaking (`won a guarantee that no job would be cut “as a result of …”`)?
    The next sentence's subject did not say it."""
    text = span.text.strip()
    if not text[:1].islower():
        return False
    toks = block.toks
    k = block.index_at(span.open)
    for j in range(k - 1, max(-1, k - 12), -1):
        tok = toks[j]
        if tok.is_mark or block.quoted[j] or tok.ends_sentence or tok.trailing in (";", ":"):
            return False
        if tok.trailing and j < k - 1:
            return False
        if tok.low in _PRINTED_VERBS and j > 0 and toks[j - 1].low in _PRINTED:
            return not toks[j - 1].trailing
        if tok.low == "that" and j > 0 and toks[j - 1].low in _UNDERTAKINGS:
            return not toks[j - 1].trailing
        if tok.low in SPEECH_VERBS and _a_groups_verb(toks, j):
            return True  # `Researchers at the trust said in a report that … “…”`
        if tok.low in SPEECH_VERBS and tok.low not in _PRINTED_VERBS:
            return False
    return False


# Plural people a finding is printed by (`Researchers at the trust said in a report that …`)
_GROUPS = frozenset(
    """researchers analysts scientists economists academics experts investigators auditors
    inspectors authors""".split()
)


def _a_groups_verb(toks: Sequence[Tok], j: int) -> bool:
    """Is the verb of speech at toks[j] a group's (`Researchers at the trust, which …, said in
    a report that apps risked “…”`): its sentence opening with a plural of people? The words
    are the group's finding, not the next sentence's named person's."""
    start = j
    while start > 0 and not toks[start - 1].ends_sentence and j - start < 30:
        start -= 1
    if start > 0 and not toks[start - 1].ends_sentence:
        return False
    return any(toks[i].low in _GROUPS for i in range(start, min(j, start + 2)))


def _coined(block: _Block, span: Span) -> bool:
    """Is the quote a term someone goes by (`what she calls “…”`, `which they call “…”`)? The
    present tense names a habit, a coinage the writer reports: a scare quote, never a quote
    (the past, `what she called “…”`, reports words said once)."""
    toks = block.toks
    k = block.index_at(span.open)
    if k < 3 or block.quoted[k - 1] or toks[k - 1].low not in ("calls", "call"):
        return False
    for j in range(k - 2, max(-1, k - 6), -1):
        if toks[j].trailing or toks[j].is_mark or block.quoted[j]:
            return False
        if toks[j].low in ("what", "which"):
            return j < k - 1
    return False


_ASKS = frozenset("asked asks asking wondered queried inquired enquired".split())


def _a_question_asked(block: _Block, span: Span) -> bool:
    """Is the quote a question a reporter asked (`“…?” asked NAME of the Example Herald`)? A
    question put to a speaker at a press conference is never a quote to take."""
    if not span.text.rstrip("’'\"” ").endswith("?"):
        return False
    toks = block.toks
    if span.closed:
        k = block.index_at(span.close + 1)
        for j in range(k, min(len(toks), k + 6)):
            if toks[j].low in _ASKS:
                own = _own_question(block, span)
                hi = min(len(toks), j + 10)
                return not own and (_of_the_press(block, k, hi) or _a_questioner(block, k, hi))
            if toks[j].ends_sentence or block.quoted[j] or toks[j].is_dash:
                break
    return False


_REPLIES = frozenset("answered answers replied replies responded responds retorted".split())


def _question_answered(blocks: Sequence[_Block], block: _Block, s: int) -> bool:
    """`“Did you sign it?” NAME asked.` ⏎ `“I did,” NAME2 answered.`: a question alone, the
    paragraph's last quote, answered by someone else in the quote that opens the next paragraph,
    is the question put (by counsel, a committee, an interviewer), never a quote to take."""
    span = block.spans[s]
    text = span.text.strip().rstrip("’'\"” ")
    if s + 1 < len(block.spans) or not text.endswith("?") or re.search(r"[.!](?:\s|$)", text):
        return False
    nxt = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    if nxt is None or nxt.kind != "p" or not nxt.spans:
        return False
    asker = _speech_after(block, span, _ASKS)
    if nxt.spans[0].open > 0:
        return asker is not None and _reply_opens(nxt)
    answer = _speech_after(nxt, nxt.spans[0], _REPLIES | {"said", "says"})
    if asker is None or answer is None:
        return False
    if answer[0] in _REPLIES:
        return True  # no one replies to themselves
    pronouns = {asker[1], answer[1]} <= {"he", "she"}
    names = not ({asker[1], answer[1]} & _PERSONAL)
    return (pronouns or names) and asker[1] != answer[1]


def _reply_opens(block: _Block) -> bool:
    """`NAME replied: “…”`: the paragraph opens with a few words, a verb of reply among them,
    and a colon before its first quote."""
    k = block.index_at(block.spans[0].open)
    if not 0 < k <= 4 or block.toks[k - 1].trailing != ":":
        return False
    return any(tok.low in _REPLIES for tok in block.toks[:k])


def _speech_after(block: _Block, span: Span, verbs: frozenset[str]) -> tuple[str, str] | None:
    """The verb of `verbs` in the few words after a closed quote, and the word beside it (its
    subject: `she said`, `replied NAME`)."""
    if not span.closed:
        return None
    toks = block.toks
    k = block.index_at(span.close + 1)
    for j in range(k, min(len(toks), k + 6)):
        if toks[j].low in verbs:
            beside = toks[j - 1] if j > k else toks[j + 1] if j + 1 < len(toks) else None
            return (toks[j].low, beside.low) if beside is not None else None
        if toks[j].ends_sentence or block.quoted[j] or toks[j].is_dash:
            return None
    return None


_ANSWERING = re.compile(r"\b(?:said|says|replied|replies|answered|answers|told)\b")


def _own_question(block: _Block, span: Span) -> bool:
    """`“Who is going to pay for this?” asked NAME, an analyst at FIRM. “Not the users. …”`:
    the asker goes on to answer it in the next quote of the paragraph, attributed to nobody
    else, so the question is their own (a split quote's first part), not one put to them."""
    later = [other for other in block.spans if other.open > span.close]
    if not later:
        return False
    nxt = later[0]
    between = block.text[span.close + 1 : nxt.open]
    if between.count(".") + between.count("!") > 2 or "?" in between:
        return False
    after = block.text[nxt.close + 1 : nxt.close + 60] if nxt.closed else ""
    return not _ANSWERING.search(after)


def _bare_question(block: _Block) -> bool:
    """A paragraph that is one quoted question and nothing else, not attributed."""
    if len(block.spans) != 1:
        return False
    span = block.spans[0]
    text = span.text.strip().rstrip("’'\"” ")
    outside = (block.text[: span.open] + block.text[span.close + 1 :]).strip(" ’'\"”“‘")
    return text.endswith("?") and not outside


# Words saying the paragraphs after are questions put and answered (a court's cross).
_EXAMINED = re.compile(r"\b(?:questions|questioning|cross-examin\w*|cross-examination)\b", re.I)


def _counsels_question(block: _Block) -> bool:
    """`“Dr Rao, how many of the outputs you tested …?”` alone in its paragraph, after `His
    questions were short; her answers mostly were not.` or after another question alone and
    its answer: a question put by counsel (or an interviewer), never a quote to take."""
    if not _bare_question(block):
        return False
    back = block.previous
    for _ in range(3):
        if back is None or back.kind == "h":
            return False
        if _EXAMINED.search(back.text) or (back is not block.previous and _bare_question(back)):
            return True
        back = back.previous
    return False


_PRESS = frozenset("reporter reporters journalist correspondent columnist".split())
# Who puts questions at a results call or a press conference, not a hearing's lawmakers.
_QUESTIONERS = _PRESS | frozenset(("analyst", "analysts"))


def _a_question_put(block: _Block, span: Span) -> bool:
    """`The first came from NAME, an analyst at FIRM: “Why should anyone believe …?”`: a quote
    that is only a question, after a colon in a sentence that introduces its asker as an
    analyst or a reporter, is the question put to the speaker of a results call or a press
    conference, never a quote to take (`NAME, an analyst at FIRM, was not convinced: “… .”`
    still is)."""
    text = span.text.strip().rstrip("’'\"” ")
    toks = block.toks
    hi = block.index_at(span.open)
    if hi == 0 or not toks[hi - 1].raw.endswith(":"):
        return False
    if _asked_in_a_post(toks, hi):
        return False  # `NAME asked in an Instagram story: “…?”`: a post's words, put to no one
    if _asked_someone(toks, hi) and re.match(r"[^.!?]{3,}\?", text):
        return True  # `Deputy chair NAME asked the witness: “Isn't this …? We survived …”`
    if text.endswith("?") and toks[hi - 1].low.strip(":") in _MODERATORS:
        return True  # `NAME, host: “So, first things first. Is it …?”`: the host's question
    if not text.endswith("?") or re.search(r"[.!](?:\s|$)", text):
        return False
    for j in range(hi - 1, max(-1, hi - 1 - CLAUSE), -1):
        if (toks[j].ends_sentence and j < hi - 1) or block.quoted[j]:
            return False
        if toks[j].low in _ASKS and hi - 1 - j <= 3 and _lawmaker_asks(block, j):
            return False  # `Lord NAME, a former minister, asked: ‘…?’`: a lawmaker's own words
        if toks[j].low in _QUESTIONERS or (toks[j].low in _ASKS and hi - 1 - j <= 3):
            return True  # (`NAME then asked the panel: “…?”`, `He asked: “…?”`)
        if toks[j].low == "by" and j > 0 and toks[j - 1].low in _PUT_TO:
            return True  # `NAME was pressed by NAME2 on the point: “…?”`: NAME2's question
        if toks[j].low in ("question", "questions") and _from_after(toks, j, hi):
            # `The concentration question came, as ever, from NAME of FIRM: “…?”` (not `opened
            # with a question for the witness:`, a lawmaker's own question)
            return True
    return False


# Titles of those who sit in a chamber and ask questions there as their own words
_LAWMAKERS = frozenset("lord baroness senator sen mp mep peer congressman congresswoman".split())


def _lawmaker_asks(block: _Block, j: int) -> bool:
    """Is toks[j], `asked`, the verb of a sentence whose subject is a lawmaker (`Lord
    NAME, a former energy minister, asked:`, `Senator NAME asked:`), opening the sentence?"""
    toks = block.toks
    start = j
    while start > 0 and not toks[start - 1].ends_sentence and j - start < 12:
        start -= 1
    if start > 0 and not toks[start - 1].ends_sentence:
        return False
    return toks[start].low.rstrip(".") in _LAWMAKERS and toks[start].core[:1].isupper()


_PLATFORMS = frozenset(
    """x twitter linkedin bluesky mastodon threads instagram facebook tiktok reddit youtube
    substack discord telegram whatsapp""".split()
)


def _asked_in_a_post(toks: Sequence[Tok], hi: int) -> bool:
    """Is the colon before toks[hi] closing `asked in an Instagram story:`, `asked on X:`, `asked
    in a video posted …:`: `asked`, then `in`/`on` and up to three words to a platform or a
    post, no comma between? Asked of everyone who reads it: the poster's own words."""
    for j in range(hi - 1, max(-1, hi - 10), -1):
        tok = toks[j]
        if (tok.trailing and j < hi - 1) or tok.is_mark:
            return False
        if tok.low in ("asked", "asks", "wondered", "wonders"):
            after = [t.low for t in toks[j + 1 : hi]]
            if not after or after[0] not in ("in", "on"):
                return False
            near = after[1:5]
            return any(w in _PLATFORMS or w in _POSTS or w in ("story", "stories") for w in near)
    return False


def _put_by(block: _Block, span: Span) -> int | None:
    """`NAME was pressed by NAME2 on the reports: “…?”`: where the passive of a question put
    (`pressed by`, `asked by`) stands in the clause before the quote's colon, if it does; the
    question is NAME2's, and the answer after it NAME's."""
    toks = block.toks
    hi = block.index_at(span.open)
    if hi == 0 or not toks[hi - 1].raw.endswith(":"):
        return None
    for j in range(hi - 1, max(0, hi - 1 - CLAUSE), -1):
        if (toks[j].ends_sentence and j < hi - 1) or block.quoted[j]:
            return None
        if toks[j].low == "by" and toks[j - 1].low in _PUT_TO:
            return j
    return None


_MODERATORS = _QUESTIONERS | frozenset(
    "broadcaster presenter moderator host interviewer anchor".split()
)


def _moderator_before(toks: Sequence[Tok], j: int) -> bool:
    """Does the sentence before toks[j] name its subject a moderator, a presenter or one of
    the press (`The panel's chair, the broadcaster NAME, pressed …`)?"""
    for k in range(j - 1, max(-1, j - CLAUSE), -1):
        if toks[k].ends_sentence:
            return False
        if toks[k].low in _MODERATORS:
            return True
    return False


def _from_after(toks: Sequence[Tok], j: int, hi: int) -> bool:
    """Does `from` follow toks[j] before toks[hi] (`question came … from NAME`), the noun the
    sentence's subject (nothing but `The` and a word or two before it)?"""
    start = j
    while start > 0 and not toks[start - 1].ends_sentence and j - start < 3:
        start -= 1
    if toks[start].low != "the" or (start > 0 and not toks[start - 1].ends_sentence):
        return False
    return any(toks[k].low == "from" for k in range(j + 1, hi))


_AUDIENCES = frozenset("audience crowd room hall floor delegates house".split())


def _asked_someone(toks: Sequence[Tok], hi: int) -> bool:
    """Is the colon before toks[hi] ending `asked` and the one asked (`asked the student
    witness:`, `asked Ms NAME:`): a question put to someone, opening the quote, is the
    asker's question, not words to take, whatever follows it (not `asked the audience:`)."""
    for j in range(hi - 2, max(-1, hi - 6), -1):
        tok = toks[j]
        if tok.trailing or tok.ends_sentence:
            return False
        if tok.low in ("pressed", "presses"):
            # `The panel's chair, the broadcaster NAME, pressed her: ‘Minister, …?’`: a
            # moderator's question put (not a senator's: `NAME pressed the witness: “…?”`)
            return j < hi - 1 and _moderator_before(toks, j)
        if tok.low in ("asked", "asks"):
            return j < hi - 1 and toks[hi - 1].low.rstrip(":") not in _AUDIENCES
    return False


def _fronted_asked(block: _Block, span: Span) -> bool:
    """`Asked by NAME whether he had found “a single case of …”, NAME2 said he had not`: a
    fragment inside a sentence's fronted `Asked …` clause (before its first comma) is the
    question put, the asker's words, never the answerer's quote."""
    k = block.index_at(span.open)
    if k >= len(block.toks):
        return False
    start = _sentence_start(block, max(0, k - 2 * CLAUSE), k + 1)
    if block.toks[start].low != "asked" or k == start:
        return _asking_whether(block, span, start, k)
    return not any(block.toks[j].trailing.startswith(",") for j in range(start, k))


def _asking_whether(block: _Block, span: Span, start: int, k: int) -> bool:
    """`…, asking whether the launch was “a plan or a wish”`: a fragment inside the question put
    (after `asking whether`, no other speech verb between) is the asker's words."""
    if not _partial_of(span.text):
        return False
    toks = block.toks
    for j in range(k - 1, start, -1):
        low = toks[j].low
        if block.quoted[j] or (low in SPEECH_VERBS and low not in _ASKS):
            return False
        if low in ("whether", "if"):
            return toks[j - 1].low in _ASKS
    return False


def _of_the_press(block: _Block, lo: int, hi: int) -> bool:
    """Does the sentence from toks[lo] say the asker is a reporter (`asked NAME of the Example
    Herald`, `a reporter from …`)? A lawmaker's question at a hearing is a quote to take."""
    toks = block.toks
    for j in range(lo, hi):
        tok = toks[j]
        if tok.low in _QUESTIONERS:
            return True
        of_the = tok.low in ("of", "from") and j + 2 < len(toks) and toks[j + 1].low == "the"
        if of_the and toks[j + 2].core[:1].isupper() and block.runs_in(j + 2, j + 3):
            return True
        if tok.ends_sentence or block.quoted[j]:
            break
    return False


def _a_questioner(block: _Block, lo: int, hi: int) -> bool:
    """`NAME, an analyst at FIRM, pressed her on margins. “…?” NAME asked.`: the asker named in the
    attribution was introduced earlier in the paragraph as a reporter or an analyst."""
    toks = block.toks
    asker = next(iter(block.runs_in(lo, hi)), None)
    if asker is None:
        return _pronoun_questioner(block, lo, hi)
    surname = asker.name.split()[-1]
    for run in block.runs_in(0, lo)[:50]:
        if run.name.split()[-1] != surname or block.quoted[run.first]:
            continue
        for j in range(run.last + 1, min(len(toks), run.last + 8)):
            if toks[j].low in _QUESTIONERS:
                return True
            if toks[j].ends_sentence or block.quoted[j]:
                break
    return False


def _pronoun_questioner(block: _Block, lo: int, hi: int) -> bool:
    """`NAME, an analyst at FIRM, asked whether …. “…?” she asked.` (or `NAME of FIRM asked
    about …`): the pronoun's asker is the one the paragraph's writer has already said asked,
    introduced as an analyst or a reporter, or by the firm they are of. A question put."""
    toks = block.toks
    if not any(tok.low in SUBJECT_PRONOUNS for tok in toks[lo:hi]):
        return False
    asking = [
        run
        for run in block.runs_in(0, lo)[:50]
        if not block.quoted[run.first]
        and any(
            toks[j].low in _ASKS and block.sentences[j] == block.sentences[run.first]
            for j in range(run.last + 1, min(lo, run.last + 14))
        )
    ]
    if not asking:
        return False
    run = next(r for r in asking if block.sentences[r.first] == block.sentences[asking[-1].first])
    for j in range(run.last + 1, min(len(toks), run.last + 8)):
        if toks[j].low in _QUESTIONERS:
            return True
        if toks[j].low in _ASKS or toks[j].ends_sentence or block.quoted[j]:
            break
    after = run.last + 1
    if after + 1 < len(toks) and toks[after].low == "of" and not toks[run.last].trailing:
        firm = block.runs_in(after + 1, after + 2)
        return bool(firm) and not_person(firm[0].name)  # `NAME of Example Pembury Capital`
    return False


def _short_quotes_speaker(block: _Block, span: Span, people: People) -> _Attr | None:
    """Who said a quote too short to propose (`…, with one word: “Sleep.”`), from its own
    sentence (a bounded window): a name or a pronoun, else nobody."""
    hi = block.index_at(span.open)
    attr = _before(block, max(0, hi - 2 * CLAUSE), hi, people)
    return attr if attr is not None and attr.kind in ("name", "pronoun") else None


def _resumes(block: _Block, prev_close: int, span: Span) -> bool:
    """Does the quote resume the one before it (after `NAME said,` or `NAME said:`), rather than
    quote a fragment inside the writer's own clause (`adding that members would “…”`)?"""
    gap = block.toks[block.index_at(prev_close) : block.index_at(span.open)]
    words = [tok for tok in gap if any(ch.isalnum() for ch in tok.raw)]
    starts_upper = next((ch for ch in span.text if ch.isalnum()), "").isupper()
    return starts_upper or not words or words[-1].trailing in (",", ":")


_ITEM_NUMBER = re.compile(r"\d{1,2}[.)]")


def _labelled_item(block: _Block, span: Span, people: People) -> _Attr | None:
    """`1. **NAME, ROLE.** “…”`: a list item whose first sentence is a person's name alone
    (with what they are after a comma), no verb, then only one quote to the item's end: that
    person's words, as a label's are."""
    toks = block.toks
    numbered = bool(toks) and _ITEM_NUMBER.fullmatch(toks[0].raw) is not None
    if not (block.listed or numbered) or block.kind != "p":
        return None
    start = 1 if numbered else 0
    k = block.index_at(span.open)
    if k < start + 1 or k > 16 or not toks[k - 1].ends_sentence or not span.closed:
        return None
    if any(t.ends_sentence or t.is_mark for t in toks[start : k - 1]):
        return None
    if block.text[span.close + 1 :].strip(" .") or len(block.spans) != 1:
        return None  # (more of the writer's after it: a speech verb's, found otherwise)
    run = block.runs[0] if block.runs else None
    if run is None or run.first != start or not (toks[run.last].trailing or run.last == k - 1):
        return None
    if any(t.low in SPEECH_VERBS or t.low in RELATIVES for t in toks[run.last + 1 : k]):
        return None
    full = people.lookup(run.name)
    if full is None or people.is_firm(full):
        return None
    where = block.offset + toks[run.first].start
    return _Attr("name", full, people.roles.get(full), where, block.index)


def _only_quotes(block: _Block) -> bool:
    """Is the paragraph only quotation (`“….”`), no word of the writer's (`read a sign`)?"""
    return all(
        block.quoted[k] or not any(ch.isalnum() for ch in tok.raw)
        for k, tok in enumerate(block.toks)
    )


def _introduced(blocks: Sequence[_Block], index: int, people: People) -> _Attr | None:
    """The speaker of a paragraph that is only a quote, named around it: the one person the
    paragraph before introduces (`Among the parents who spoke was NAME, a nurse.`), or, for
    the article's first quote, the one the next paragraph opens on (`That is how NAME
    remembers it.`)."""
    before = blocks[index - 1] if index else None
    if before is not None and before.kind == "p" and not before.spans:
        introduced = _only_person(before, len(before.toks), people)
        # (or a paragraph ending on a colon, naming one person: `NAME says she is relaxed.
        # She ended the press conference with a line that drew laughter:` ⏎ `“…”`)
        if introduced is not None and (before.toks[-1].ends_sentence or before.text.endswith(":")):
            return introduced
    after = blocks[index + 1] if index + 1 < len(blocks) else None
    if after is None or after.kind != "p" or any(b.spans for b in blocks[:index] if b.kind != "h"):
        return None
    toks = after.toks
    if not toks or toks[0].low not in ("that", "this", "so", "such"):
        return None
    end = next((k + 1 for k, tok in enumerate(toks) if tok.ends_sentence), len(toks))
    found = _only_person(after, end, people)
    if found is None:
        return None
    run = next(r for r in after.runs_in(0, end) if people.lookup(r.name) == found.name)
    return found if _word_before(toks, run.lead) in ("how", "says", "said") else None


def _only_person(block: _Block, end: int, people: People) -> _Attr | None:
    """The one person named in block.toks[:end] outside quotes (no firm, no place), if one."""
    persons = {
        people.lookup(run.name): run
        for run in block.runs_in(0, end)
        if not block.quoted[run.first]
        and people.lookup(run.name) is not None
        and not people.is_firm(run.name)
        and not not_person(run.name)
    }
    if len(persons) > 1:  # `NAME, a nurse, whose children attend Maple Ridge High`: the one
        persons = {name: run for name, run in persons.items() if name in people.roles}
    if len(persons) != 1:  # described, not a school's name taken for a person
        return None
    return _named(block, next(iter(persons.values())), people)


def _list_lead_in(blocks: Sequence[_Block], index: int, people: People) -> _Attr | None:
    """The attribution of the paragraph a list hangs from, when it ends in a colon (`The letter
    lists three priorities, each with a line from NAME:`): each item's quote is theirs."""
    k = index - 1
    while k >= 0 and blocks[k].listed and index - k < 50:
        k -= 1
    if k < 0 or blocks[k].listed:
        return None
    return _lead_in(blocks[k], people)


_SPOKE = _ADDRESSING | {"spoke", "speaks", "wrote", "emailed", "messaged"}
_INDEFINITE = frozenset(("one", "a", "an", "another", "some", "several", "two", "three"))


def _unnamed_subject(block: _Block, span: Span) -> bool:
    """`Her neighbour across the road was less happy; he said the lights … “…”`: the sentence
    of the quote opens on someone unnamed (`Her neighbour`, `A driver`, `His brother`), and no
    name comes before the pronoun that speaks: the pronoun is that someone, not the last
    person named."""
    end = block.index_at(span.open)
    if end == 0 or block.quoted[end - 1] or block.toks[end - 1].ends_sentence:
        return False
    toks = block.toks
    sentence = block.sentences[end - 1]
    start = end - 1
    while start > 0 and block.sentences[start - 1] == sentence:
        start -= 1
    while start < end and toks[start].is_mark:
        start += 1  # (the closing mark of the quote before)
    said = [
        k
        for k in range(start + 2, end)
        if toks[k].low in SUBJECT_PRONOUNS
        and not block.quoted[k]
        and toks[k].core.islower()
        and k + 1 < end
        and toks[k + 1].low in SPEECH_VERBS
    ]
    if not said or block.runs_in(start, said[0]) or any(block.quoted[start : said[0]]):
        return False
    first, noun = toks[start], toks[start + 1]
    if first.low not in ("her", "his", "their", "a", "an", "another") or first.trailing:
        return False
    return noun.core.islower() and not noun.trailing and noun.low not in STOP_WORDS


def _unnamed_before(block: _Block, span: Span) -> bool:
    """`One tenant described a winter of mould. She said: “…”`: a quote whose sentence opens on
    `he`, `she` or `they` and a speech verb, after a sentence of the same paragraph that opens
    on someone unnamed (`One tenant`, `A nurse`) and names no one: the pronoun is that someone,
    the quote as anonymous as they are."""
    toks = block.toks
    end = block.index_at(span.open)
    start = _sentence_start(block, max(0, end - CLAUSE), end) if end else 0
    if start + 1 >= end or start == 0 or toks[start].low not in ("he", "she", "they"):
        return False
    if toks[start + 1].low not in SPEECH_VERBS or block.quoted[start]:
        return False
    before = _sentence_start(block, max(0, start - 3 * CLAUSE), start)
    if before + 1 >= start:
        return False
    if before > 0 and not toks[before - 1].ends_sentence:
        return False  # (the window cut a long sentence short: not where it opens)
    if block.runs_in(before, start) or any(block.quoted[before:start]):
        return False
    first, noun = toks[before], toks[before + 1]
    if first.low not in _INDEFINITE or first.trailing:
        return False
    return noun.core.isalpha() and noun.core.islower() and noun.low not in STOP_WORDS


def _from_someone(block: _Block, span: Span) -> bool:
    """`And from a listener, who emailed FIRM in May: “…”`: a quote whose sentence opens on
    `from` and someone unnamed (`a listener`, `one reader`) is that someone's, whoever the
    clause after names."""
    toks = block.toks
    end = block.index_at(span.open)
    start = _sentence_start(block, max(0, end - 2 * CLAUSE), end) if end else 0
    k = start
    while k < end and (toks[k].is_mark or toks[k].low in ("and", "but", "also")):
        k += 1
    if k + 2 >= end or toks[k].low != "from" or toks[k + 1].low not in _INDEFINITE:
        return False
    noun = toks[k + 2]
    return noun.core.isalpha() and noun.core.islower() and not block.runs_in(k, k + 3)


def _its_claim(block: _Block, span: Span) -> bool:
    """`FIRM said its system “does not …”`, `FIRM said in a statement that its reports “…”`:
    between the speech verb and a quote that is a fragment, `its`, the speaker's own: a body
    speaking of itself, whose claim is never a quote to take."""
    toks = block.toks
    k = block.index_at(span.open)
    for j in range(k - 1, max(-1, k - CLAUSE), -1):
        if block.quoted[j] or toks[j].ends_sentence or toks[j].is_mark:
            return False
        if toks[j].low in SPEECH_VERBS:
            # `its` opens the clause said (`said its …`, `said in a statement that its …`),
            # not `said the council would ask the firm to publish its …`: another's
            i = j + 1
            while i < k and toks[i].low in _STATEMENT_LEAD and not toks[i].trailing:
                i += 1
            return i < k and toks[i].low == "its"
    return False


_STATEMENT_LEAD = frozenset(("in", "a", "written", "short", "brief", "statement", "that"))


_REFLEXIVE = frozenset(("herself", "himself", "themselves", "themself", "itself"))


def _self_styled(block: _Block, span: Span) -> bool:
    """`who identified herself only as “a nurse from Leeds”`, `describes himself as “…”`: what
    someone goes by, right after a reflexive pronoun and `as`, never a quote."""
    toks = block.toks
    k = block.index_at(span.open)
    if k < 2 or block.quoted[k - 1] or toks[k - 1].low != "as" or toks[k - 1].trailing:
        return False
    j = k - 2
    if toks[j].low == "only" and j > 0:
        j -= 1
    return toks[j].low in _REFLEXIVE and not toks[j].trailing


def _anonymous_before(block: _Block, span: Span) -> bool:
    """Is the sentence before the quote's about something an unnamed source said (`One of
    them told reporters …`, `A former engineer said …`)? Then `they said` after the quote is
    that source, and the quote is as anonymous as it."""
    end = block.index_at(span.open)
    if end == 0:
        return False
    sentence = block.sentences[end - 1]
    start = end - 1
    while start > 0 and block.sentences[start - 1] == sentence and end - start < CLAUSE:
        start -= 1
    toks = block.toks
    verb = next(
        (
            k
            for k in range(start, end)
            if not block.quoted[k]
            and toks[k].core.islower()
            and (toks[k].low in SPEECH_VERBS or toks[k].low in _SPOKE)
        ),
        None,
    )
    if verb is None:
        return False
    commas = [k + 1 for k in range(start, verb) if toks[k].trailing == ","]
    lo = commas[-1] if commas else start  # `Outside the courthouse, one of them told …`
    aside = len(commas) > 1 and (
        toks[commas[-2]].low in _RELATIVE_CLAUSE
        or (toks[commas[-2]].low.endswith("ing") and toks[commas[-2]].core.islower())
    )  # `One, who asked not to be named, said`, `A colleague, speaking on condition …, said`
    if lo == verb and aside:
        lo = commas[-3] if len(commas) > 2 else start
        verb = commas[-2]
    subject = toks[lo:verb]
    # (a place or a firm after `at`, `in`, `from` is where the source works, not a name:
    # `One former shift supervisor at Kellsbridge, who left …, said`)
    named = [
        run
        for run in block.runs_in(lo, verb)
        if not (run.first > lo and toks[run.first - 1].low in ("at", "in", "from"))
    ]
    if not subject or subject[0].low not in _INDEFINITE or named:
        return False
    return 0 < len(subject) <= 8


def _names_after(block: _Block, char: int, people: People, speaker: _Attr | None) -> bool:
    """Is someone other than the last speaker named after `char`?"""
    same = speaker.name if speaker is not None and speaker.kind == "name" else None
    for run in block.runs_in(block.index_at(char + 1), len(block.toks)):
        full = people.lookup(run.name)
        if full is not None and full != same and not block.quoted[run.first]:
            return True
    return False


# --- block quotes ---------------------------------------------------------------------------------


def _dash_line(block: _Block, people: People) -> _Attr | None:
    """A block that is only an attribution: `— NAME, ROLE` (a dash line, a cite, a footer)."""
    if not _DASH_START.match(block.text) or not block.toks or not block.toks[0].is_dash:
        return None
    if any(tok.is_mark for tok in block.toks):
        return None
    return _dash_attribution(block, 0, len(block.toks), people)


# The handles a reply opens with (`@name @other Thanks, …`): whom the post answers.
_ADDRESSED = re.compile(r"(?:@[\w.]{1,40}[ \t]+){1,5}(?=[^\s@])")


def _unaddressed(text: str) -> str:
    """A reply's words without the handles it opens with: the post, not whom it answers."""
    match = _ADDRESSED.match(text)
    return text[match.end() :] if match else text


def _sign_off(block: _Block) -> bool:
    """`— reader_name · 2 hours ago`: a comment's footer of a dash, a handle and a time; no
    name to attribute by, no sentence, and no quote."""
    if not _DASH_START.match(block.text) or len(block.toks) > 12:
        return False
    return not any(tok.ends_sentence or tok.is_mark for tok in block.toks)


def _name_line(block: _Block, people: People) -> _Attr | None:
    """A block quote's last line that is only a name and a role, no dash (`Renata Oduya,
    charge nurse, Westmere General`): a caption set apart by its style alone."""
    toks = block.toks
    if block.kind not in ("q", "n") or not toks or len(toks) > 16 or block.spans:
        return None
    if toks[-1].ends_sentence or any(t.is_mark or t.low in SPEECH_VERBS for t in toks):
        return None
    run = block.runs[0] if block.runs else None
    if run is None or 0 not in (run.first, run.lead) or run.words < 2:
        return None
    if run.last + 1 < len(toks) and toks[run.last].trailing != ",":
        return None
    return _dash_attribution(block, -1, len(toks), people)


_PERSONS = frozenset("i we he she they you it".split())


def _labelled(block: _Block) -> bool:
    """`The early-career researcher. “…”`: a paragraph of a short label (a sentence of up to
    six words, no verb of speech, no pronoun) and then one quote to its end, as a numbered list
    of reactions prints each one above its dash line."""
    if block.kind != "p" or len(block.spans) != 1 or not block.spans[0].closed:
        return False
    span = block.spans[0]
    head = block.text[: span.open].strip()
    if not head.endswith((".", ":")) or block.text[span.close + 1 :].strip(" ."):
        return False
    words = head.split()
    if len(words) > 1 and len(words[0]) <= 4 and words[0][:-1].isdigit() and words[0][-1] in ".)":
        words = words[1:]  # (`1. The reviewer. “…”`: a Markdown list's number)
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    if any(mark in head for mark in '"“”‘’«»'):
        return False
    lows = [word.lower().strip(".,:;") for word in words]
    return not any(low in SPEECH_VERBS or low in _PERSONS for low in lows)


def _content(block: _Block) -> str:
    """A block quote's line as a quote: its own outer quotation marks off."""
    text = block.text
    if len(block.spans) == 1 and block.spans[0].open == 0:
        span = block.spans[0]
        rest = text[span.close + 1 :].strip(" .,")
        if not rest:
            return span.text
        if block.kind == "q" and _trailing_dash(rest):
            return span.text  # `> “…” — NAME`: the dash line on the quote's own line
        if block.kind == "q" and _LINK_ALONE.fullmatch(rest):
            return span.text  # `> "…" [site.example/profile/name](https://…)`: the post's link
    return text


# A link alone after a block quote's closing mark: Markdown's `[text](url)`, or a bare address.
_LINK_ALONE = re.compile(r"\[[^\[\]]{1,200}\]\([^()\s]{1,300}\)|<?https?://\S{1,300}>?")


def _credited_line(block: _Block) -> bool:
    """A line that is only a quote and its dash line (`“…” – NAME`), or a credit and a colon
    before it (`NAME, ROLE: “…”`), as a `Key quotes` box prints the quotes of the text: when
    its words are printed in a fuller quote of the text too, it repeats that quote."""
    if len(block.spans) != 1:
        return False
    if block.spans[0].open != 0:
        return _credit_before(block)
    return _trailing_dash(block.text[block.spans[0].close + 1 :].strip(" .,"))


def _credit_before(block: _Block) -> bool:
    """`NAME, ROLE: “…”`: a line that is a short credit, a colon and the quote to its end, as
    a `Key quotes` box prints it (no verb of speech in the credit: not `NAME said: “…”`)."""
    span = block.spans[0]
    head = block.text[: span.open].strip()
    if not head.endswith(":") or len(head) > 120 or block.text[span.close + 1 :].strip(" ."):
        return False
    if any(mark in head for mark in '"“”‘«»'):
        return False
    return not any(word.lower().strip(",:") in SPEECH_VERBS for word in head.split())


def _trailing_dash(rest: str) -> bool:
    """`— NAME, ROLE` after a block quote's closing mark, on its line: a dash, then a short
    attribution with no quotation marks of its own."""
    return (
        _DASH_START.match(rest) is not None
        and len(rest) <= 160
        and not any(mark in rest for mark in '"“”‘«»')
    )


def _runs_on(block: _Block) -> bool:
    """Is the paragraph the next of a quote run on from the one before: only a quote, its
    opening mark first?"""
    return (
        block.kind == "p"
        and len(block.spans) == 1
        and block.spans[0].open == 0
        and _content(block) != block.text
    )


def _block_quotes(blocks: Sequence[_Block], people: People, consumed: set[int]) -> list[_Found]:
    """Block quotes with their own attribution (inside, on the line after, or the paragraph
    before ending with a colon), and quotes on a line of their own with a dash line after."""
    found: list[_Found] = []
    i = 0
    n = len(blocks)
    while i < n:
        block = blocks[i]
        if block.index in consumed or block.kind not in ("q", "p"):
            i += 1
            continue
        group = [block]
        if block.kind == "q":
            while i + len(group) < n and blocks[i + len(group)].kind == "q":
                if _dash_line(group[-1], people) is not None:
                    break  # an attribution line ends a block quote
                if len(group) > 1 and _name_line(group[-1], people) is not None:
                    break
                group.append(blocks[i + len(group)])
        elif _labelled(block) and i + 1 < n and _dash_line(blocks[i + 1], people) is not None:
            pass  # `The reviewer. “…”` over `— NAME, ROLE`: a list's reaction under its label
        elif not (len(block.spans) == 1 and _content(block) != block.text):
            i += 1
            continue  # a paragraph that is not only a quote
        else:  # a quote over paragraphs: each left open, the next opening again (news style)
            while (
                i + len(group) < n
                and not group[-1].spans[-1].closed
                and group[-1].spans[-1].open == 0
                and _runs_on(blocks[i + len(group)])
            ):
                group.append(blocks[i + len(group)])
        attr: _Attr | None = None
        lines = list(group)
        if lines and _dash_line(lines[-1], people) is not None:
            attr = _dash_line(lines[-1], people)
            consumed.add(lines[-1].index)
            lines = lines[:-1]
        elif len(lines) > 1 and all(_content(line) != line.text for line in lines[:-1]):
            attr = _name_line(lines[-1], people)  # quotes in marks, then who said them
            if attr is not None:
                consumed.add(lines[-1].index)
                lines = lines[:-1]
        nxt = blocks[i + len(group)] if i + len(group) < n else None
        if attr is None and nxt is not None and nxt.kind in ("p", "q"):
            attr = _dash_line(nxt, people)
            if attr is not None:
                consumed.add(nxt.index)
        if attr is None and nxt is not None and nxt.kind == "n" and block.kind == "q":
            attr = _name_line(nxt, people)  # an italic caption after the block quote
            if attr is not None:
                consumed.add(nxt.index)
        if attr is None and block.kind == "q" and i > 0:
            attr = _lead_in(blocks[i - 1], people)
        if attr is None:
            i += len(group)
            continue
        for line in lines:
            consumed.add(line.index)
            if _sign_off(line):
                continue
            text = _content(line)
            if text == line.text and line.kind == "p" and _labelled(line):
                text = line.spans[0].text  # (the label before the quote is the writer's)
            if line.kind == "q" or text != line.text:
                found.append(_Found(_unaddressed(text), attr, line.offset, line.index, True, True))
        i += len(group)
    return found


# --- interviews ------------------------------------------------------------------------------


def _label(block: _Block) -> tuple[str, str] | None:
    """`Q: …`, `Moss: …`, `Beatrix Nwosu: …` at the start of a paragraph."""
    if block.kind != "p":
        return None
    match = _LABEL.match(_TIMESTAMP.sub("", block.text, count=1))
    if match is None:
        return None
    label = (match.group(1) or match.group(3)).strip()
    rest = (match.group(2) or match.group(4)).strip()
    aside = _CALLER.search(label) or _LABEL_ASIDE.search(label)
    if aside is None and label.isupper():  # a transcript in capitals: `NAME (RECORDED):`
        aside = _LABEL_ASIDE_CAPITALS.search(label)
    if aside is not None:  # `NAME (recorded):`, `NAME (via video link):`: how it was heard
        label = label[: aside.start()].strip()
    if _HANDLE.fullmatch(label):
        return label, rest  # `u/quant_heron:`, `@drizzle_dev:`: a reader's, a user's
    if _ASKER.fullmatch(label):
        return "Q", rest  # `Q (NAME, OUTLET):`: a press conference's question, its asker named
    words = label.split()
    if not 1 <= len(words) <= 5 or not _label_word(words[0]) or not _label_word(words[-1]):
        return None
    inner = _LABEL_JOINS | _LABEL_PARTICLES  # (`Faisal bin Hamad al-Qasimi:`: a name's particle)
    if not all(_label_word(w) or w in inner for w in words):
        return None  # `The Register of Things:` is a masthead's label; `In short:` is not one
    if any(w.lower().strip(".,") in SPEECH_VERBS for w in words):
        return None
    return label, rest


def _label_word(word: str) -> bool:
    """A word a label's name may have: capitalised, or a surname whose particle is printed in
    lower case and joined to it (`al-Hashimi:`, `d’Souza:`), as the name was printed."""
    return word[:1].isupper() or JOINED_PARTICLE.fullmatch(word) is not None


# A question's label with its asker in brackets (`Q (NAME, Radio X)`, `Q (NAME)`).
_ASKER = re.compile(r"Q\s?\([^()]{1,80}\)")
# A platform's username as a label: `u/name` (Reddit), `@name`, or a lower-case name with `_`
# or digits (`quant_heron`, `mothwing88`), never a word of prose.
_HANDLE = re.compile(r"(?:/?u/|@)[\w.-]{2,40}|[a-z][a-z0-9]*(?:_[a-z0-9]+)+|[a-z]+[0-9]+")


# A bracket in lower case after a label's name says how the line was heard, not who spoke
# (`(recorded)`, `(via video link)`, `(on the phone)`, `(translated)`).
_LABEL_ASIDE = re.compile(r"\s+\([a-z][a-z ,.'’-]{1,40}\)$")
# The same in a transcript printed in capitals (`KYLIE DOE (RECORDED):`, `(VIA VIDEO LINK)`):
# words of letters only, so that a party and state (`(D-MINN.)`) is not taken for one.
_LABEL_ASIDE_CAPITALS = re.compile(r"\s+\([A-Z]{2,}(?: [A-Z]{2,}){0,4}\)$")
# A phone-in's caller, introduced by the label itself (`NAME (caller, head teacher, Fairholm
# Primary):`): the bracket's rest is the caller's role as printed.
_CALLER = re.compile(r"\s+\((?:caller|listener)(?:,\s*([^()]{1,60}))?\)$", re.IGNORECASE)
# A caller's bracket that is only a place's name in capitals (`Morwick`, `Upper Denby`).
_TOWN = re.compile(r"[A-Z][\w’'-]+(?: (?:[A-Z][\w’'-]+|on|upon|in|le))*")
_LABEL_JOINS = frozenset(("of", "the", "and", "for", "on", "in", "at", "&"))
# A name's particles printed in lower case between its capitalised words (`bin`, `van der`).
_LABEL_PARTICLES = frozenset(
    "bin binti bint ibn van von der den de da di du del della dos das ter le la".split()
)
_ANSWER = re.compile(r"^A(?:\.|:|\s+[—–-])\s+")  # `A. Because …` after a bold question
_CONTRACTED = (("i", ("m", "d", "ve", "ll")), ("we", ("re", "d", "ve", "ll")))
_FIRST_PERSON = frozenset(
    (
        "i",
        "we",
        "my",
        "our",
        "me",
        "us",
        *(who + mark + verb for who, verbs in _CONTRACTED for verb in verbs for mark in "'’"),
    )
)
_INTERVIEW_CUE = re.compile(
    r"\b(?:interview|(?:spoke|talked)(?: [a-z]{1,12}){0,3} (?:to|with)|(?:we|i) (?:spoke|talked)|"
    r"conversation|q ?& ?a|"
    r"questions? for|"
    r"we asked|caught up with|sat down with)\b",
    re.IGNORECASE,
)


def _questions(blocks: Sequence[_Block], people: People) -> dict[int, tuple[_Attr, str] | None]:
    """A Q&A printed as questions in bold (or as headings) and unlabelled answers: questions
    end with `?`; the answers are in the first person and the introduction says it is an
    interview, so that an explainer's headings (`What happens next?`) are not taken for one."""
    # (and a bold question that goes on with a statement: `**Why change at all? The old
    # way worked.**`, the interview's first question as much as any)
    asked = [
        b.index
        for b in blocks
        if ((b.strong or b.kind == "h") and b.text.endswith("?"))
        or (_bold_statement(b) and "? " in b.text)
    ]
    plain: set[int] = set()  # a plain text's questions, in no bold (see `_plain_prompts`)
    unmarked: set[int] = set()  # questions whose answers are in no marks (`_unmarked_prompts`)
    italic = False  # questions in italics (`*How did you notice?*`), answers in no marks
    if len(asked) < 2 and not any(b.strong for b in blocks):
        asked_in_italics = [b.index for b in blocks if b.kind == "n" and b.text.endswith("?")]
        if len(asked_in_italics) >= 2:
            asked, italic = asked_in_italics, True
    if len(asked) < 2 and not any(b.strong for b in blocks):
        plain = _plain_prompts(blocks)
        asked = sorted(i for i in plain if blocks[i].text.endswith("?"))
        if not asked:  # answers printed without quotation marks (a Sunday paper's Q&A)
            asked = _unmarked_prompts(blocks)
            unmarked = set(asked)
    if len(asked) < 2:
        return {}
    intro = blocks[: asked[0]]
    if not any(_INTERVIEW_CUE.search(b.text) for b in intro):
        return {}
    interviewee = _interviewee(intro, people)
    if interviewee is None:
        return {}
    result: dict[int, tuple[_Attr, str] | None] = {}
    answering = False
    first_person = 0
    runs: list[list[int]] = []  # the answer paragraphs after each question
    for block in blocks[asked[0] :]:
        prompt = block.index < asked[-1] and (_bold_statement(block) or block.index in plain)
        # (after the last question, a bold statement answered at once in the first person:
        # `**Some say you are an activist group.**` `We're a campaign group. …`)
        prompt = prompt or (block.index > asked[-1] and _last_prompt(blocks, block))
        prompt = prompt or (block.index in plain and block.text.endswith("?"))
        prompt = prompt or block.index in unmarked
        # (between italic questions, an italic statement is put to the interviewee too)
        prompt = prompt or (italic and block.kind == "n" and block.index <= asked[-1])
        if unmarked and block.index > asked[0] and _quoting_question(blocks, block):
            answering = True  # (a question quoting someone: theirs, read as any paragraph)
            runs.append([])
            continue
        if ((block.strong or block.kind == "h") and block.text.endswith("?")) or prompt:
            result[block.index] = None
            answering = True
            runs.append([])
        elif block.kind == "h" or block.kind == "n" or block.strong:
            answering = False
        elif answering and block.kind == "p" and not _aside(block):
            runs[-1].append(block.index)
    # After the last question the page goes on (a sponsor's line, the footer): its answer is
    # no longer than the longest answer before it.
    # nor does it run on into the writer's sign-off (`That's it for this week. … NAME would
    # like to hear from you.`): a paragraph with no first person that names someone.
    if len(runs) > 1:
        runs[-1] = runs[-1][: max(len(run) for run in runs[:-1]) or 1]
        ends = [k for k, i in enumerate(runs[-1]) if k and _narrative(blocks[i])]
        runs[-1] = runs[-1][: ends[0]] if ends else runs[-1]
    # Answers printed in quotation marks (`“Yes, and the officer …”`): then a paragraph between
    # them that is not in marks (`That claim is disputed. A review …`, `She paused.`) is the
    # writer's, not an answer.
    if unmarked:  # answers in no marks: one paragraph each, never the prompt put after it
        runs = [run[:1] for run in runs]
    if italic:  # (an answer ends at the writer's paragraph: `NAME, who sat in, added …`)
        runs = [_until_narrative(blocks, run) for run in runs]
    answered = [i for run in runs for i in run]
    interviewee = _labelled_answerer(blocks, answered, interviewee, people)
    marked = [i for i in answered if _wholly_quoted(blocks[i].text)]
    if plain or (len(marked) >= 2 and len(marked) * 2 > len(answered)):
        runs = [[i for i in run if i in marked] for run in runs]  # (in plain text, only these)
    # Answers under the interviewee's name (`Surname: The honest answer …`, the bold label lost
    # with the page's markup): then a paragraph without it, in no one's voice or quoting
    # someone (`Carrickfold has since begun …`, `Its policy director … told us: “…”`), is the
    # writer's, not more of the answer.
    label = interviewee.name or ""
    named = [i for i in answered if _answer_text(blocks[i].text, label, people) != blocks[i].text]
    if len(named) >= 2 and len(named) * 2 > len(answered):
        runs = [[i for i in run if i in named or _more_of_it(blocks[i])] for run in runs]
    for run in runs:
        for index in run:
            block = blocks[index]
            result[index] = (interviewee, _answer_text(block.text, interviewee.name or "", people))
            first_person += any(tok.low in _FIRST_PERSON for tok in block.toks)
    answers = sum(1 for v in result.values() if v is not None)
    return result if answers and first_person * 2 >= answers else {}


_YOU = frozenset(("you", "you're", "you've", "your", "yours", "you'd", "you'll"))


def _last_prompt(blocks: Sequence[_Block], block: _Block) -> bool:
    """A bold statement after an interview's last question, put to the interviewee (`you`),
    whose next paragraph, plain, answers it in the first person: the interviewer's last prompt,
    put as a statement (not a sign-up line, `**Sign up for our weekly briefing.**`)."""
    if not _bold_statement(block) or block.index + 1 >= len(blocks):
        return False
    if not any(tok.low.replace("’", "'") in _YOU for tok in block.toks):
        return False
    after = blocks[block.index + 1]
    if after.kind != "p" or after.strong or after.listed or _aside(after):
        return False
    return any(tok.low in _FIRST_PERSON for tok in after.toks[:12])


def _aside(block: _Block) -> bool:
    """A paragraph wholly in brackets between answers (`(NAME, reached later, laughed. “…,” he
    said.)`): the writer's aside, quoting whom it names, never more of the answer."""
    text = block.text.strip()
    return len(text) > 2 and text[0] == "(" and text[-1] == ")" and text.count("(") == 1


def _plain_prompts(blocks: Sequence[_Block]) -> set[int]:
    """A plain text's Q&A (no bold to mark the questions): paragraphs with no quotation mark,
    each followed at once by a paragraph wholly in quotation marks, the answer; at least three
    of them ending in `?` (then one put as a short statement, `Some skippers say …`, is a
    prompt too). Nothing, unless the page has three such questions."""
    prompts: set[int] = set()
    for k, block in enumerate(blocks[:-1]):
        after = blocks[k + 1]
        if block.kind != "p" or after.kind != "p" or block.listed or after.listed:
            continue
        if spans(block.text) or not _wholly_quoted(after.text):
            continue
        if block.text.endswith("?") or (len(block.toks) <= 20 and block.text.endswith(".")):
            prompts.add(block.index)
    if sum(1 for i in prompts if blocks[i].text.endswith("?")) < 3:
        return set()
    return prompts


def _quoting_question(blocks: Sequence[_Block], block: _Block) -> bool:
    """A question of a Q&A in no marks that quotes someone (`NAME told this paper that it “…”.
    Is that fair?`), an answer after it."""
    if block.kind != "p" or not block.text.endswith("?") or not spans(block.text):
        return False
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    return after is not None and after.kind == "p" and not after.text.endswith("?")


def _unmarked_prompts(blocks: Sequence[_Block]) -> list[int]:
    """A plain text's Q&A whose answers are printed without quotation marks: paragraphs with
    no quotation mark ending in `?`, each followed at once by a paragraph that is no question
    and opens with no mark, the answer. Nothing, unless the page has five such questions and
    they are most of its paragraphs' questions."""
    asked: list[int] = []
    questions = 0
    for k, block in enumerate(blocks[:-1]):
        if block.kind != "p" or block.listed or not block.text.endswith("?"):
            continue
        questions += 1
        after = blocks[k + 1]
        if after.kind != "p" or after.listed or after.text.endswith("?") or spans(block.text):
            continue
        if after.text[:1] in "“\"‘'«" or _wholly_quoted(after.text):
            continue
        asked.append(block.index)
    return asked if len(asked) >= 5 and len(asked) * 4 >= questions * 3 else []


def _labelled_answerer(
    blocks: Sequence[_Block], answered: Sequence[int], interviewee: _Attr, people: People
) -> _Attr:
    """Answers that carry their speaker's own label (`**Surname:** Because …` after each bold
    question): the one the label names is who answers, whoever else the introduction names
    first (the byline's writer, a desk); one person, on two answers or more and most of them."""
    named: Counter[str] = Counter()
    for i in answered:
        match = _NAME_LABEL.match(blocks[i].text)
        full = people.lookup(match.group(1)) if match else None
        if full is not None and not people.is_firm(full):
            named[full] += 1
    if len(named) != 1:
        return interviewee
    ((full, count),) = named.items()
    if full == interviewee.name or count < 2 or count * 2 <= len(answered):
        return interviewee
    return _Attr("name", full, people.roles.get(full), interviewee.offset, interviewee.block)


def _more_of_it(block: _Block) -> bool:
    """An unlabelled paragraph among labelled answers that goes on with one: in the first
    person, quoting nobody, naming no one."""
    first = any(tok.low in _FIRST_PERSON for tok in block.toks)
    return first and not block.spans and not _narrative(block)


def _wholly_quoted(text: str) -> bool:
    """Is a paragraph one quotation, from its opening mark to its closing one?"""
    found = spans(text)
    return len(found) == 1 and found[0].open == 0 and found[0].close >= len(text.rstrip()) - 2


def _bold_statement(block: _Block) -> bool:
    """A paragraph all in bold that is a sentence, not a question (`**The platforms argued
    that labels don't work.**`): between two bold questions, an interviewer's prompt put as a
    statement, whose answer follows as any question's does (a subheading has no full stop)."""
    if not block.strong or block.kind != "p" or not block.text.endswith((".", "!")):
        return False
    words = len(block.toks)
    return 4 <= words <= 60 and block.text[:1].isupper()


_INITIALS_LABEL = re.compile(r"^([A-Z]{2,4})[:.]\s+")


# A guest's courtesy to the host, alone in an answer (`Thanks for having me.`, `My pleasure.`).
_PLEASANTRY = re.compile(
    r"(?:thanks|thank you|cheers|my pleasure|(?:it's|it’s|it was) a pleasure)\b[^.!?]{0,40}[.!?]?"
    # (`Thanks, NAME. Good to be here.`: a second courtesy, no more)
    r"(?:\s+(?:(?:it's|it’s)\s+)?(?:good|great|nice|lovely|glad|happy)\s+to\s+be\s+"
    r"(?:here|back|with you)[^.!?]{0,20}[.!?]?)?",
    re.IGNORECASE,
)


def _pleasantry(text: str) -> bool:
    """Is an answer only a courtesy to the host (one short sentence of thanks)? Manners, not
    words to take; `Thanks for having me. I've …` goes on to say something, and is."""
    return _PLEASANTRY.fullmatch(text.strip()) is not None


_NAME_LABEL = re.compile(r"^([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*){0,3}):\s+")


def _answer_text(text: str, interviewee: str, people: People) -> str:
    """An answer without its label: `A.`, the interviewee's initials (`LAW: Because …`), or
    their name (`**Surname:** The market …` on the first answer only)."""
    match = _INITIALS_LABEL.match(text)
    if match and match.group(1) in initials(interviewee):
        return text[match.end() :]
    match = _NAME_LABEL.match(text)
    if match and people.lookup(match.group(1)) == interviewee:
        return text[match.end() :]
    return _ANSWER.sub("", text)


def _interview(blocks: Sequence[_Block], people: People) -> dict[int, tuple[_Attr, str] | None]:
    """Blocks of a Q&A or transcript: the answers (speaker and text); None for questions."""
    labelled = [(b, _label(b)) for b in blocks]
    lines = [(b, lab) for b, lab in labelled if lab is not None]
    once = Counter(lab[0] for _, lab in lines)
    hosts: set[str] = set()  # `Host: NAME` in the transcript's head: NAME's lines are the asking
    while lines and _title_line(lines[0][1], once, people):
        hosts |= _host_line(lines[0][1], people)
        lines.pop(0)
    names = {lab[0] for _, lab in lines}
    if len(lines) < 3 or len(names) < 2:
        return _questions(blocks, people)
    said = Counter(lab[0] for _, lab in lines)
    questions = Counter(lab[0] for _, lab in lines if lab[1].rstrip().endswith("?"))
    asking = {name for name in names if questions[name] * 2 >= said[name]}
    if "Q" in names:
        asking.add("Q")
    first = lines[0][0].index
    interviewee = _interviewee(blocks[:first], people)
    if hosts:
        hosting = {
            n for b, (n, _) in lines if (_label_speaker(b, n, people) or _NOBODY).name in hosts
        }
        asking |= hosting
        if interviewee is not None and interviewee.name in hosts:
            interviewee = None  # (the host, named first in the head, is not the one asked)
    if not asking and interviewee is not None:
        asking = _others_ask(lines, interviewee, people)
    if not asking:  # `FENNICK:` of `presenter Della Fennick`: the host's lines are the asking
        asking = {name for b, (name, _) in lines if _label_host(b, name, people)}
    asking |= _staff_labels(names)
    asking |= _asker_in_full(names, asking, interviewee, people)
    if not asking or asking == names:
        return {}
    result: dict[int, tuple[_Attr, str] | None] = {}
    current: _Attr | None = None
    pending: list[_Block] = []  # unlabelled paragraphs after an answer: more of it?
    longest = 0  # the most unlabelled paragraphs an answer has run on by
    # a section under its own heading, its opening paragraphs introducing someone (`Sidebar: …`,
    # `NAME, a retired driver, …. We asked him two questions.`): its `A:` lines are theirs
    section: list[_Block] | None = None
    answering = interviewee
    for block, lab in labelled[first:]:
        if block.kind == "h":
            current, pending, section = None, [], []
            continue
        if lab is not None and section is not None:
            answering = (_interviewee(section, people) if section else None) or interviewee
            section = None
        if lab is None:
            if section is not None:
                section.append(block)
            if _BARE_TIMESTAMP.fullmatch(block.text.strip()):
                continue  # `[00:06:40]` alone: the recording's clock, no one's words nor an end
            if current is not None and _narrative(block):
                current, pending = None, []  # the writer's own paragraph: the answer is over
            elif current is not None and block.kind == "p" and not block.text.endswith("?"):
                pending.append(block)
            elif current is not None and block.kind == "n":  # the note that closes it
                result.update((more.index, (current, more.text)) for more in pending)
                current, pending = None, []
            continue
        name, rest = lab
        speaker = None
        if name not in asking:
            speaker = answering if name == "A" else _label_speaker(block, name, people)
        if current is not None and pending and (speaker is None or speaker.name != current.name):
            for more in pending:  # (the same speaker labelled again: a question came between)
                result[more.index] = (current, more.text)
            longest = max(longest, len(pending))
        elif current is not None:
            result.update((more.index, None) for more in pending)  # questions, unlabelled
        pending = []
        if name in asking:
            result[block.index] = None
            current = None
            continue
        if speaker is None:
            current = None
            continue
        current = speaker
        text = rest
        if (
            len(spans(rest)) == 1
            and spans(rest)[0].open == 0
            and spans(rest)[0].close >= len(rest) - 2
        ):
            text = spans(rest)[0].text
        text = _STAGE_NOTE.sub("", text, count=1)
        result[block.index] = None if _pleasantry(text) else (speaker, text)
    if current is not None:  # after the last answer the page goes on: no longer than others ran
        for more in pending[:longest]:
            if not any(tok.low in _FIRST_PERSON for tok in more.toks):
                break  # (`The inquiry's next session is on …`: the writer's, in no one's voice)
            result[more.index] = (current, more.text)
    return result


# A transcript's stage note in brackets at an answer's start (`[in Yoruba; station
# translation]`, `[laughs]`, `(laughs)`): how the line was said, not what; the answer starts
# after it.
_STAGE_NOTE = re.compile(r"^(?:\[[a-z][^\[\]]{0,60}\]|\([a-z][^()]{0,60}\))\s+(?=[A-Z“\"‘'])")


def _until_narrative(blocks: Sequence[_Block], run: list[int]) -> list[int]:
    """An answer's paragraphs up to the first that is the writer's (`_narrative`)."""
    ends = [k for k, i in enumerate(run) if _narrative(blocks[i]) or _reports(blocks[i])]
    return run[: ends[0]] if ends else run


def _reports(block: _Block) -> bool:
    """A paragraph that quotes someone in the third person (`“…,” he said`), no first person
    of its own outside the marks: the writer's report, not an answer."""
    if not block.spans:
        return False
    toks = block.toks
    if any(t.low in _FIRST_PERSON and not block.quoted[k] for k, t in enumerate(toks)):
        return False
    return any(
        toks[k].low in ("he", "she", "they")
        and not block.quoted[k]
        and toks[k + 1].low in SPEECH_VERBS
        and not block.quoted[k + 1]
        for k in range(len(toks) - 1)
    )


def _narrative(block: _Block) -> bool:
    """An unlabelled paragraph after an answer that is the writer's, not more of the answer: a
    line in capitals (`UNION VIEW`), or one with no word in the first person that names someone
    or somewhere (`Example Newswire also spoke to NAME, …`, `The ministry of X did not …`)."""
    letters = [c for c in block.text if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(block.toks) <= 6:
        return True
    text = block.text.strip()
    if len(text) > 2 and text[0] in "([" and text[-1] in ")]" and text.count(text[0]) == 1:
        return True  # `(NAME joins us, still holding a coffee.)`: a stage direction, no answer
    # (the first person inside the marks of someone the paragraph quotes is theirs, not the
    # answer's: `NAME said in a statement that the studio was “proud of our process.”`)
    quoting = bool(block.toks) and not (block.toks[0].is_mark or block.quoted[0])
    if quoting and (_newsroom_report(block) or _writer_reached(block)):
        return True
    if any(
        (tok.low in _FIRST_PERSON or tok.low in ("mine", "myself", "ours"))
        and not (quoting and block.quoted[k])
        for k, tok in enumerate(block.toks)
    ):
        return False
    return any(run.first > 0 or len(run.name.split()) > 1 for run in block.runs)


def _writer_reached(block: _Block) -> bool:
    """`NAME, chair of X, put it more bluntly when I reached him by phone: “…”`: a paragraph
    naming someone in full before its marks whose only first person outside them is the
    writer dealing with that person (`I` with `him`/`her` up to three words after, `me` with
    `he`/`she` up to three words before) is the writer's report of their words, not more of
    the answer."""
    if not block.spans:
        return False
    toks = block.toks
    first = block.index_at(block.spans[0].open)
    if not any(len(run.name.split()) > 1 and run.last < first for run in block.runs):
        return False
    mine = [k for k, t in enumerate(toks) if not block.quoted[k] and t.low in _FIRST_PERSON]
    if not mine:
        return False
    for k in mine:
        if toks[k].low == "i":
            near = {t.low for t in toks[k + 1 : k + 4]}
            if not near & {"him", "her"}:
                return False
        elif toks[k].low == "me":
            near = {t.low for t in toks[max(0, k - 3) : k]}
            if not near & {"he", "she"}:
                return False
        else:
            return False
    return True


def _newsroom_report(block: _Block) -> bool:
    """`After the recording, NAME, chair of X, emailed us to clarify: “…”`: a paragraph whose
    only first person outside the marks is the newsroom's object `us`, naming someone in full
    before the marks, is the writer's report of another's words, not more of the answer."""
    if not block.spans:
        return False
    own = [t.low for k, t in enumerate(block.toks) if not block.quoted[k] and not t.is_mark]
    if "us" not in own or any(w in _FIRST_PERSON and w != "us" for w in own):
        return False
    first = block.index_at(block.spans[0].open)
    return any(len(run.name.split()) > 1 and run.last < first for run in block.runs)


# A transcript's head line naming its host (`Host: NAME`, `PRESENTER: NAME`, `Hosts: A and B`).
_HOST_HEAD = frozenset(("host", "hosts", "co-host", "presenter", "presenters", "interviewer"))
_NOBODY = _Attr("name", None, None, 0, 0)


def _host_line(label: tuple[str, str], people: People) -> set[str]:
    """The hosts a transcript's head names by their office (`Host: NAME`): whoever speaks under
    their name later asks and hands over, and none of it is a guest's answer."""
    office, rest = label
    if office.lower() not in _HOST_HEAD:
        return set()
    found = set()
    for part in re.split(r"\s*(?:[,;&]|\band\b)\s*", rest.strip().rstrip(".")):
        full = people.lookup(part) if part else None
        if full is not None and not people.is_firm(full):
            found.add(full)
    return found


def _title_line(label: tuple[str, str], said: Counter[str], people: People) -> bool:
    """`Transcript: The Circuit Breaker, episode 88` before the first speaker: a page's title,
    neither a question nor anyone's line (no person of that label, said once)."""
    name, rest = label
    return said[name] == 1 and not rest.rstrip().endswith("?") and people.lookup(name) is None


def _others_ask(
    lines: Sequence[tuple[_Block, tuple[str, str]]], interviewee: _Attr, people: People
) -> set[str]:
    """A transcript whose host asks as often in statements as in questions (`That must hurt
    revenue.`): the labels that are not the person the introduction is about are the askers.
    Nobody's lines are answers unless one label is that person's."""
    own = set()
    said = Counter(name for _, (name, _) in lines)
    clips = set()
    for p, (block, (name, _)) in enumerate(lines):
        speaker = _label_speaker(block, name, people)
        if speaker is not None and speaker.name == interviewee.name:
            own.add(name)
        elif speaker is not None and speaker.name and said[name] == 1 and p > 0:
            # `I asked NAME, …, why … Here's what he told me.` then `NAME (recorded): …`: a
            # clip the host plays, introduced by the line before, is NAME's answer
            introduced = lines[p - 1][0]
            if any(people.lookup(run.name) == speaker.name for run in introduced.runs[:20]):
                clips.add(name)
    if not own:
        return set()
    others = {name for _, (name, _) in lines} - own - clips
    # `BRANNAGH: Let's bring in Hester. …` then `LINDQVIST-AMADI: …` (statements only): a
    # second guest, named by the introduction, who never asks while the host does, answers
    asks = {name for _, (name, text) in lines if "?" in text}
    opener = lines[0][1][0]
    guests = {
        name
        for block, (name, _) in lines
        if name in others
        and name not in asks
        and name != opener
        and (_label_speaker(block, name, people) or _NOBODY).name
    }
    return others - guests if others - guests and (others - guests) <= asks else others


# A transcript's label suffix for the programme's own people (`NAME, HOST:`, `NAME, BYLINE:`):
# their lines are the programme's narration and questions, never an answer.
_STAFF_SUFFIX = re.compile(
    r",\s*(?:host|co-host|byline|anchor|presenter|correspondent|reporter)$", re.IGNORECASE
)


def _asker_in_full(
    names: set[str], asking: set[str], interviewee: _Attr | None, people: People
) -> set[str]:
    """`MARISOL DOE: Everett, welcome. …` once, then `DOE: …?` for every question: the full
    name's label is the same asker's (her greeting is no answer), unless it is the
    interviewee's."""
    askers = {name.split()[-1].lower() for name in asking if len(name) > 1}
    same = set()
    for name in names - asking:
        words = name.split()
        if len(words) < 2 or words[-1].lower() not in askers:
            continue
        full = people.lookup(name)
        if interviewee is not None and full is not None and full == interviewee.name:
            continue
        same.add(name)
    return same


def _staff_labels(names: set[str]) -> set[str]:
    """The labels of a transcript's own staff: `EZRA DOE, BYLINE` and, after it, `DOE`."""
    staff: set[str] = set()
    for name in names:
        match = _STAFF_SUFFIX.search(name)
        if match is None:
            continue
        bare = name[: match.start()].strip()
        staff.add(name)
        if bare:
            staff.add(bare)
            staff.add(bare.split()[-1])
    return staff & names


def _label_host(block: _Block, label: str, people: People) -> bool:
    speaker = _label_speaker(block, label, people)
    return speaker is not None and speaker.name is not None and _hosts(speaker.name, people)


def _label_speaker(block: _Block, label: str, people: People) -> _Attr | None:
    full = people.lookup(label)
    words = label.split()
    if full is None and 1 < len(words) <= 4:  # `MS. AMANKWAH:`, `SEN. HOLLOWAY:` (a TV transcript)
        title = words[0].lower().rstrip(".")
        if title in HONORIFICS or title in ROLE_WORDS:
            full = people.lookup(" ".join(words[1:]))
    if full is None and label.isupper():  # `LAW:` for Leopold Asante-Weir
        named = people.initials.get(label, set())
        full = next(iter(named)) if len(named) == 1 else None
    if full is None:
        return _caller(block, label, people)
    return _Attr("name", full, people.roles.get(full), block.offset, block.index)


def _caller(block: _Block, label: str, people: People) -> _Attr | None:
    """`ROSA DOE (caller, parent): …`: a caller the label introduces, named nowhere else; a
    name of two words or more (in capitals, printed as a name), with the bracket's role."""
    head = block.text[: len(label) + 70].split(":", 1)[0]
    match = _CALLER.search(head)
    words = label.split()
    if match is None or not head.startswith(label) or not 1 <= len(words) <= 4:
        return None  # (`DEREK (caller, Morwick):`: a phone-in's caller by first name only)
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return None
    name = " ".join(w.title() if w.isupper() else w for w in words)
    role = (match.group(1) or "").strip() or None
    if role is not None and _TOWN.fullmatch(role):
        role = None  # `(caller, Morwick)`: where the caller rings from, not an office
    full = people.add(name, role)
    return _Attr("name", full, role, block.offset, block.index)


_SPOKE_TO = re.compile(
    r"\b(?:we|I) (?:(?:spoke|talked) (?:to|with)|sat down with|caught up with)\s+", re.IGNORECASE
)
_SPOKE_TO_US = re.compile(r"\b(?:spoke|talked) (?:to|with) us\b", re.IGNORECASE)


def _spoken_to(block: _Block, people: People) -> list[str]:
    """The people a standfirst says the writer spoke to (`We spoke to NAME, …`, `We talked
    with NAME`, `NAME, …, spoke to us`): the interviewee, whatever else it names first."""
    marked: list[str] = []
    for match in _SPOKE_TO.finditer(block.text):
        k = block.index_at(match.end())
        if k >= len(block.toks):
            continue
        # the name itself, or after the office that introduces it (`I talked to FIRM's
        # co-founder and chief executive, NAME, on Wednesday`): the first person of the sentence
        for run in block.runs_in(k, k + 12):
            full = people.lookup(run.name)
            if block.sentences[run.first] != block.sentences[k]:
                break
            if full is not None and not people.is_firm(full):
                marked.append(run.name)
                break
    for match in _SPOKE_TO_US.finditer(block.text):
        k = block.index_at(match.start())
        if k >= len(block.toks):
            continue
        sentence = block.sentences[k]
        lo = max(0, k - 40)  # a bounded window back to the sentence's subject
        for run in block.runs_in(lo, k):
            if block.sentences[run.first] == sentence:
                marked.append(run.name)
                break
    people_only = (people.lookup(n) for n in marked)
    return [f for f in people_only if f is not None and not people.is_firm(f)]


def _role_start(toks: Sequence[Tok], lead: int) -> int:
    """Where a role printed right before a name starts (`chief operating officer NAME`,
    `Example Capital partner NAME`): back over its words, at most six, to punctuation or a
    word no role has (a verb, a preposition, a pronoun)."""
    j = lead
    while j > 0 and lead - j < 6:
        tok = toks[j - 1]
        if tok.trailing or tok.is_mark or tok.is_dash or not tok.core:
            break
        low = tok.low
        if low in STOP_WORDS or low in PREPOSITIONS or low in SPEECH_VERBS:
            break
        if not (tok.core[:1].isupper() or tok.core.islower()):
            break
        j -= 1
    return j


def _co_subject(toks: Sequence[Tok], lead: int, object_in: int | None, sentence: int) -> bool:
    """`NAME1, who …, and her colleague NAME2 both cut …`: a name after `and` and a possessive
    noun (`her colleague`, `his co-author`) is a second subject, not an object."""
    if lead < 3 or object_in == sentence:
        return False
    return toks[lead - 2].low in ("her", "his", "their") and toks[lead - 3].low in ("and", "or")


def _interviewee(intro: Sequence[_Block], people: People) -> _Attr | None:
    """The person the introduction is about: the one it says the writer spoke to, else the one
    named most often in it (first named on a tie); a person, never a firm or an agency."""
    counts: dict[str, int] = {}
    marked: list[str] = []
    places: set[str] = set()  # `at its Quebrada Roja mine`, `The union at Vallon Rouge`
    for block in intro:  # an italic standfirst (`*Jane Doe is …*`) counts: it introduces
        marked.extend(_spoken_to(block, people))
        for run in block.runs:
            full = people.lookup(run.name)
            if full is not None and not block.quoted[run.first] and not _hosts(full, people):
                counts[full] = counts.get(full, 0) + 1
                if _a_site(block, run) or people.is_firm(full):
                    places.add(full)
    for name in places:
        counts.pop(name, None)
    # `NAME has been Chief Parliamentary Counsel since 2019` under a headline that names the
    # office alone: a "name" that is another person's office, as printed, is that office
    offices = [people.roles.get(n) or "" for n in counts]
    for name in [n for n in counts if any(n in office.split(", ")[0] for office in offices)]:
        if not any(name == n for n in marked):
            counts.pop(name, None)
    if not counts and not marked:
        return None
    if marked:
        name = marked[0]
    else:
        best = max(counts.values())
        tied = [n for n, c in counts.items() if c == best]
        # (on a tie, the one the introduction gives an office, `NAME is the broadcaster's
        # head of access`, over a name given none, the firm it opens on: `When FIRM switched`)
        name = next((n for n in tied if people.roles.get(n)), tied[0])
    where = intro[-1].offset if intro else 0
    role = people.roles.get(name) or _office_next_sentence(intro, name, people)
    role = role or _apposition_later(intro, name, people)
    if role and not people.roles.get(name):
        people.roles[name] = role  # (the office the article gives them, for their other quotes)
    return _Attr("name", name, role, where, intro[-1].index if intro else 0)


def _apposition_later(intro: Sequence[_Block], name: str, people: People) -> str | None:
    """`NAME grew up in …` ⏎ `SURNAME, the chief executive of FIRM, spoke to us by video`: an
    introduction naming its subject in full with no office, then by surname with one set off
    by commas, opening its sentence: that office is theirs."""
    for block in intro[:6]:
        toks = block.toks
        for run in block.runs[:40]:
            lead = run.lead if run.lead >= 0 else run.first
            if run.name == name or people.lookup(run.name) != name or block.quoted[lead]:
                continue
            if lead and not toks[lead - 1].ends_sentence:
                continue  # (the surname opens its sentence, its subject)
            if toks[run.last].trailing != ",":
                continue
            role = apposition(toks, run)
            if role:
                return role
    return None


def _office_next_sentence(intro: Sequence[_Block], name: str, people: People) -> str | None:
    """`NAME does not look like …. The founder and chief executive of FIRM, whose …, arrives
    …`: a profile's sentence opening on its subject, NAME, then a sentence whose subject is an
    office of a body (`The ROLE of FIRM,`), naming no one: that office is NAME's."""
    for block in intro:
        toks = block.toks
        for run in block.runs:
            lead = run.lead if run.lead >= 0 else run.first
            if people.lookup(run.name) != name or block.quoted[lead]:
                continue
            if lead and not toks[lead - 1].ends_sentence:
                continue  # (the name opens its sentence, its subject)
            sentence = block.sentences[lead]
            e = run.last + 1
            while e < len(toks) and block.sentences[e] == sentence:
                e += 1
            if e + 3 >= len(toks) or toks[e].raw != "The":
                continue
            office = _office_of_a_body(block, e + 1)
            if office is not None:
                return office
    return None


def _office_of_a_body(block: _Block, k: int) -> str | None:
    """`founder and chief executive of Example Fjordline Learning,` from toks[k]: lower-case
    office words, `of`, a capitalised name ended by a comma, and no person named there."""
    toks = block.toks
    words: list[str] = []
    of_at = -1
    while k < len(toks) and len(words) < MAX_ROLE_WORDS + 4:
        tok = toks[k]
        if block.quoted[k] or tok.is_mark or tok.is_dash:
            return None
        if of_at < 0:
            if not tok.core.islower() or tok.trailing:
                return None
            if tok.low == "of":
                of_at = len(words)
            elif tok.low not in ROLE_WORDS and tok.low not in ROLE_MODIFIERS and tok.low != "and":
                return None
        elif not tok.core[:1].isupper() and tok.low not in ("and", "&", "of", "for"):
            return None
        words.append(tok.core)
        if tok.trailing:
            break
        k += 1
    if k >= len(toks) or toks[k].trailing != "," or of_at < 1 or of_at == len(words) - 1:
        return None
    if words[of_at - 1].lower() not in ROLE_WORDS:
        return None  # (`The head of X`, `The founder of X`: an office's word before `of`)
    if any(r for r in block.runs_in(k - len(words) + 1, k + 1) if not _is_place_or_firm(block, r)):
        return None
    return " ".join(words)


def _a_site(block: _Block, run: Run) -> bool:
    """A name the introduction uses as a place or a thing, never a person: after a place's
    preposition or a possessive (`at its Vallon Rouge site`), or a byline's `By NAME`."""
    lead = run.lead if run.lead >= 0 else run.first
    before = _word_before(block.toks, lead)
    if before in ("its", "their") or (before == "by" and lead == 1):
        return True
    if before == "by" and lead == 2 and block.toks[0].low in _BYLINE_NOUNS:
        return True  # `*Interview by NAME, Logistics Desk*`: the writer's byline, not its subject
    return _is_place_or_firm(block, run)


_BYLINE_NOUNS = frozenset(("interview", "interviewed", "words", "reporting", "text", "story"))


_HOSTS = frozenset(("host", "co-host", "interviewer", "presenter", "moderator", "anchor"))


def _hosts(name: str, people: People) -> bool:
    """`host Marcus Feeney talks to …`: the one who asks is not the one the interview is of."""
    role = (people.roles.get(name) or "").lower().split()
    return bool(role) and role[-1] in _HOSTS


# --- from found quotes to proposals --------------------------------------------------------------


def _proposals(found: list[_Found], blocks: Sequence[_Block], people: People) -> list[Proposal]:
    # Pronouns first: each one whose paragraph names only one person before it says something
    # of that person's gender, then every pronoun is resolved with all that is known.
    # (not a pronoun in a clause about someone else: `NAME read from a letter in which she
    # had called it “…”`)
    pronouns = [
        said
        for said in (
            item.attr
            for item in found
            # (never a scrap never proposed: `said she had told him it was “too clever”`, a
            # pronoun inside someone's reported clause)
            if not (_partial_of(item.text) and _word_count(item.text) < MIN_PARTIAL_WORDS)
        )
        if said is not None
        and said.kind == "pronoun"
        and said.name in ("he", "she")
        and not _in_aside(blocks, said)
    ]
    for said in pronouns:
        near = people.candidates(said.offset, said.block, sentence=_sentence_of(blocks, said))
        # (not `Her colleague NAME …. She added: “…”`: that pronoun is someone else's)
        if len(near) == 1 and near[0].foil != gendered(said.name or ""):
            people.vote(near[0].name, gendered(said.name or ""))
    # Then a pronoun with only one person in view it can mean tells that person's gender (`She
    # was not satisfied` when the other person in view is a man), for the pronouns before it.
    headings = [b.index for b in blocks if b.kind == "h"]
    for _ in range(2):
        for said in pronouns:
            low = _window(said.block, headings)
            want = gendered(said.name or "")
            sentence = _sentence_of(blocks, said)
            near = [
                m
                for m in people.candidates(said.offset, low, sentence=sentence)
                if people.gender(m.name) in ("", want)
                # (a firm named in view is no one a `he` or a `she` means)
                and not (people.is_firm(m.name) or not_person(m.name))
            ]
            if len(near) == 1 and not people.gender(near[0].name):
                people.vote(near[0].name, want)
    torn = _torn_by_pronouns(found, blocks, people, headings)
    results: list[tuple[_Found, Proposal]] = []
    fuller: dict[str, str | None] | None = None
    endings: dict[str, str | None] = {}
    for item in found:
        attr = item.attr
        if attr is None or attr.kind == "unnamed":
            continue
        said_as = attr.name or ""
        short = attr.kind == "name" and attr.name and " " not in attr.name and attr.role is None
        if short and (people.is_firm(attr.name or "") or not_person(attr.name or "")):
            fuller = _firms_in_full(blocks, people) if fuller is None else fuller
            full = fuller.get((attr.name or "").lower())
            if full:  # `Hollinvale said:` of `Example Hollinvale Logistics` named before
                attr = _Attr(attr.kind, full, None, attr.offset, attr.block)
        elif attr.kind == "name" and attr.name and attr.role is None and _a_firm(attr, people):
            if attr.name not in endings:  # (once a name: the look is over the whole article)
                endings[attr.name] = _ending_in(blocks, attr.name)
            full = endings[attr.name]
            if full:  # `Hartwell Loaves said` of `Example Hartwell Loaves` named before
                attr = _Attr(attr.kind, full, None, attr.offset, attr.block, body=attr.body)
        text = _clean(item.text)
        worth = _worth_proposing(
            text, item.explicit, item.structural or item.continued, item.continued
        )
        if not worth:
            continue
        if blocks[item.block].kind == "h":
            continue  # a headline's words the body never prints are the desk's, not a quote
        speaker, role, warning = attr.name or "", attr.role, None
        if text[:1].islower() and speaker and _firm_speaker(speaker, said_as, people):
            continue  # a firm's words quoted inside the writer's sentence: its claim, not a quote
        itself = text[:1].islower() and speaker
        if itself and _of_itself(blocks[item.block], item.offset):
            continue  # `NAME said in a statement that it “fully supports …”`: a body's claim
        if not item.structural and _mentioned(blocks[item.block], item.offset, text):
            continue  # `had no notion of “I am failing” as distinct from …`: a phrase named
        if text[:1].islower() and _glossed(blocks[item.block], item.offset):
            continue  # `rendered ‘nil by mouth’ as a phrase meaning ‘…’`: a gloss, not words said
        if text[:1].islower() and _surveys_answer(blocks[item.block], item.offset):
            continue  # `a fifth of referees surveyed feared being “…”`: the respondents' words
        if text[:1].islower() and _listed_with_a_name(blocks[item.block], item.offset):
            continue  # `she named NAME and “two men from out of town”`: whom, not words said
        if text[:1].islower() and _shown_saying(blocks[item.block], item.offset):
            continue  # `an ad showed NAME apparently saying he would “…”`: words put in a mouth
        if text[:1].islower() and _told_by_someone(blocks[item.block], item.offset):
            continue  # `members had been told their contracts would “…”`: an unnamed teller's
        if attr.kind == "pronoun":
            key = people.resolve_key(
                attr.name or "",
                attr.offset,
                _pronoun_window(blocks, attr, headings),
                _sentence_of(blocks, attr),
                block=attr.block,
            )
            if key is not None and key.startswith("?a"):
                continue  # an anonymous source's: as anonymous as they are
            if key is None and attr.name in ("he", "she"):
                key = _after_an_exchange(blocks, attr, people, headings)
            if key in torn:
                key = None  # `he` and `she` both taken for them: one of the two is wrong
            name = key if key is not None and not key.startswith("?") else None
            if name and _passed_over(blocks[attr.block], attr, name, people):
                name = None  # `Some fans asked NAME2 whether she …`: the nearer one is not out
            if name and _the_asker(blocks[attr.block], attr, name, people):
                name = None  # `Asked by the chair whether …, she said:`: not the chair
            if name and _spoken_of(blocks[attr.block], attr, name, people):
                name = None  # `Halo, she says, struggles with …`: what she speaks of, not her
            if name and _told_them(blocks[attr.block], attr, name, people):
                name = None  # `“…,” she told Ellie.`: the one told is not the one telling
            if name and _told_the_other(blocks, attr, name, people, headings) != name:
                # `“…,” he told her.` after a question of NAME2, whose gender nothing showed:
                # NAME2 may be the one told; the nearest known to be `he` speaks
                name = _told_the_other(blocks, attr, name, people, headings)
            if name and _replies_to_them(blocks, attr, name, results):
                # `NAME2 replied within minutes: [NAME2's post]. She replied an hour later:`:
                # nobody replies to their own words; the one before NAME2 of that gender
                name = _the_one_replied_to(blocks, attr, name, people, headings)
            speaker = name or ""
            role = people.roles.get(name) if name else None
            warning = None if name else _UNSURE
        if speaker and not attr.body:  # (a firm's statement has no role)
            role = role or people.roles.get(speaker)
        elif not speaker:
            warning = _UNSURE
        if (
            role is not None
            and speaker
            and attr.kind == "name"
            and speaker.split()[-1].lower() in FIRM_WORDS
        ):
            role = None  # `— FIRM, Product FAQ`: a firm's statement has no role (the document)
        if role is not None and _MARKUP.search(role):
            role = None  # `![Judge …](…)`, `[office](…)`: a page's markup is never a role
        if len(text) > MAX_QUOTE:  # shown, so the editor knows: an entry cannot hold it whole
            warning = _TOO_LONG if speaker else f"{_UNSURE}; {_TOO_LONG}"
        results.append((item, Proposal(text, speaker, role, warning)))
    return _dedupe(results, blocks)


def _replies_to_them(
    blocks: Sequence[_Block], attr: _Attr, name: str, results: Sequence[tuple[_Found, Proposal]]
) -> bool:
    """Does the pronoun open its paragraph as the subject of a verb of reply (`She replied
    an hour later:`), right after a paragraph or block quote whose quote is `name`'s?"""
    block = blocks[attr.block]
    k = block.index_at(attr.offset - block.offset)
    toks = block.toks
    if k != 0 or len(toks) < 2 or toks[1].low not in _REPLIES:
        return False
    last = next((r for r in reversed(results) if r[0].block < attr.block), None)
    if last is None or last[1].speaker != name or attr.block - last[0].block > 2:
        return False
    # (nothing but the quote's own dash line or caption between)
    return all(
        blocks[b].kind != "p" or _dash_block(blocks[b])
        for b in range(last[0].block + 1, attr.block)
    )


def _dash_block(block: _Block) -> bool:
    """Is the block a line that opens with a dash (a quote's attribution)?"""
    return bool(block.toks) and block.toks[0].is_dash


def _the_one_replied_to(
    blocks: Sequence[_Block], attr: _Attr, name: str, people: People, headings: Sequence[int]
) -> str | None:
    """The nearest person before `name` whom the pronoun may mean (not `name`), or None."""
    want = gendered(attr.name or "")
    found = people.candidates(
        attr.offset, _pronoun_window(blocks, attr, headings), sentence=_sentence_of(blocks, attr)
    )
    for mention in found:
        if mention.name == name or mention.name.startswith("?") or people.is_firm(mention.name):
            continue
        if mention.name in people.they or people.gender(mention.name) not in ("", want):
            continue
        return mention.name if want else None
    return None


def _spoken_of(block: _Block, attr: _Attr, name: str, people: People) -> bool:
    """Is the pronoun set off right after the name it was resolved to, with its speech verb
    (`Quillon, she says, gets confused …`)? The name is the sentence's subject, what the
    pronoun's speaker talks about: someone else says it."""
    k = block.index_at(attr.offset - block.offset)
    toks = block.toks
    if k < 1 or k + 1 >= len(toks) or toks[k - 1].trailing != ",":
        return False
    if toks[k].trailing or toks[k + 1].low not in SPEECH_VERBS or toks[k + 1].trailing != ",":
        return False
    run = next((r for r in block.runs if r.last == k - 1), None)
    return run is not None and (people.lookup(run.name) == name or _named_as(run.name, name))


def _told_them(block: _Block, attr: _Attr, name: str, people: People) -> bool:
    """Is the one the pronoun was resolved to named right after its verb of telling (`she
    told Ellie`, `he told Ms Novak`)? The person told is never the speaker."""
    k = block.index_at(attr.offset - block.offset)
    toks = block.toks
    if k < 0 or k + 2 >= len(toks) or toks[k].trailing:
        return False
    if toks[k + 1].low not in ("told", "tells", "telling") or toks[k + 1].trailing:
        return False
    run = next((r for r in block.runs if r.lead in (k + 2, k + 3) or r.first == k + 2), None)
    if run is None or run.first > k + 3:
        return False
    return people.lookup(run.name) == name or _named_as(run.name, name)


_OTHER_OBJECT = {"he": "her", "she": "him"}
_AFTER_TOLD = frozenset("that to on in at after before about when as".split())


def _told_the_other(
    blocks: Sequence[_Block], attr: _Attr, name: str, people: People, headings: Sequence[int]
) -> str | None:
    """`“…,” he told her.`: a pronoun of the other gender as the one told puts a person of that
    gender in view, and `name`, whose gender nothing showed, may be that person. Then the
    nearest person known to be of the speaker's pronoun speaks; with none, unsure. Otherwise
    `name` stays."""
    block = blocks[attr.block]
    k = block.index_at(attr.offset - block.offset)
    toks = block.toks
    if attr.name not in _OTHER_OBJECT or k < 0 or k + 2 >= len(toks) or toks[k].trailing:
        return name
    if toks[k + 1].low not in ("told", "tells") or toks[k + 1].trailing:
        return name
    told = toks[k + 2]
    if told.low != _OTHER_OBJECT[attr.name] or told.is_mark:
        return name
    open_end = not told.trailing and not told.ends_sentence
    if open_end and k + 3 < len(toks) and toks[k + 3].low not in _AFTER_TOLD:
        return name  # `he told her colleagues`: a possessive, not the one told
    want = gendered(attr.name)
    if people.gender_or_given(name) == want:
        return name  # (`Marie-Claire NAME`: a given name of the speaker's gender is hers)
    window = _pronoun_window(blocks, attr, headings)
    for m in people.candidates(attr.offset, window, sentence=_sentence_of(blocks, attr)):
        if not m.name.startswith("?") and people.gender(m.name) == want:
            return m.name
    return None


def _named_as(said: str, name: str) -> bool:
    """Is `said` the name or a part of it (`Quillon` of `Example Quillon`)?"""
    return said == name or said in name.split() or name.endswith(" " + said)


def _passed_over(block: _Block, attr: _Attr, name: str, people: People) -> bool:
    """Does the pronoun's own paragraph name, before it and outside any quote, another person
    the pronoun could mean, as the one a question is put to, while the one it was resolved to
    goes unnamed there (`Some fans asked NAME2 whether she would sue. “…,” she said.` after a
    paragraph about NAME1)? NAME2, the one asked, is nearer than NAME1: neither is sure."""
    k = block.index_at(attr.offset - block.offset)
    want = gendered(attr.name or "")
    others = False
    for run in block.runs:
        if run.first >= k or block.quoted[run.first]:
            continue
        full = people.lookup(run.name)
        if full is None or people.is_firm(full):
            continue
        if full == name:
            return False
        lead = run.lead if run.lead >= 0 else run.first
        asked = (
            lead > 0 and block.toks[lead - 1].low in _PUT_TO and not block.toks[lead - 1].trailing
        )
        if asked and people.gender(full) in ("", want):
            others = True  # (not `Asked by NAME2 whether …, she replied`: NAME2 asks)
    return others


def _the_asker(block: _Block, attr: _Attr, name: str, people: People) -> bool:
    """Is the one a pronoun was resolved to the asker of the sentence's fronted `Asked by …`
    clause (`Asked by the chair whether it would cost her, she said:` when the chair was the
    last woman named)? The one asked answers; who that is, the pronoun does not say surely."""
    toks = block.toks
    k = block.index_at(attr.offset - block.offset)
    s = _sentence_start(block, max(0, k - 2 * CLAUSE), k + 1)
    if _asked_by(block, s, k, name, people):
        return True
    # `Asked by NAME afterwards whether …, she smiled.` closing the paragraph before, then
    # `“…,” she said.` opening this one: the same answer, the asker still not the speaker
    prev = block.previous
    if prev is None or prev.kind != "p" or not prev.toks or k >= len(toks):
        return False
    if any(t.ends_sentence and not block.quoted[j] for j, t in enumerate(toks[:k])):
        return False
    pronoun = toks[k].low
    n = len(prev.toks)
    s = _sentence_start(prev, max(0, n - 2 * CLAUSE), n)
    said = any(t.low == pronoun and not prev.quoted[j] for j, t in enumerate(prev.toks[s:], s))
    return said and _asked_by(prev, s, n, name, people)


def _asked_by(block: _Block, s: int, k: int, name: str, people: People) -> bool:
    """Does the sentence at toks[s] open with `Asked by …` naming `name` (or their office)
    before toks[k]?"""
    toks = block.toks
    if s + 2 >= k or toks[s].low != "asked" or toks[s + 1].low != "by" or toks[s + 1].trailing:
        return False
    end = s + 2
    while end < min(k, s + 8) and not toks[end].trailing:
        if toks[end].low in ("whether", "if", "about", "why", "how", "what", "when", "to"):
            break
        end += 1
    for run in block.runs_in(s + 2, end + 1):
        if people.lookup(run.name) == name:
            return True
    nouns = set(people.described.get(name, set()))
    role = people.roles.get(name)
    if role:
        nouns |= set(office_nouns(role))
    return any(toks[j].low in nouns for j in range(s + 2, end + 1))


_PUT_TO = frozenset(("asked", "asks", "ask", "pressed", "questioned", "quizzed", "challenged"))


def _firms_in_full(blocks: Sequence[_Block], people: People) -> dict[str, str | None]:
    """A firm's short name (`Hollinvale`) → the one longer name of the article it is a word
    of (`Example Hollinvale Logistics`), never a person's; None where two names have it."""
    fuller: dict[str, str | None] = {}
    for block in blocks:
        if block.kind == "h" and any(b.kind != "h" and b.runs for b in blocks):
            continue  # a headline's capitals make names of anything (`Inside Example Acme Ltd`)
        for run in block.runs:
            if run.words < 2 or run.title or run.gender or _a_known_person(people, run):
                continue
            name = _with_suffix(block.toks, run)
            for word in run.name.split():
                low = word.lower()
                if low in STOP_WORDS or not word[:1].isupper() or len(low) < 3:
                    continue
                fuller[low] = _one_of(fuller.get(low, name), name)
    return fuller


def _a_known_person(people: People, run: Run) -> bool:
    """A name the article's people hold, unless one of its words is a firm's short name (a
    firm's name is held as a person's until its short name is seen to be a firm's)."""
    if people.lookup(run.name) is None:
        return False
    return not any(word.lower() in people.firms for word in run.name.split()[1:])


# A firm's name's last word printed in capitals, which a name's run leaves off (`AI`, `PLC`).
_FIRM_ACRONYMS = frozenset("ai ag sa asa plc llc llp nv bv ab se".split())


def _with_suffix(toks: Sequence[Tok], run: Run) -> str:
    """`Example Greyhaven AI`: the name as introduced, its capitals' suffix included."""
    k = run.last + 1
    if k >= len(toks) or toks[run.last].trailing or toks[run.last].possessive:
        return run.name
    tok = toks[k]
    if tok.low in _FIRM_ACRONYMS and tok.core.isupper():
        return f"{run.name} {tok.core}"
    return run.name


def _one_of(known: str | None, name: str) -> str | None:
    """The one name a short name is a word of: the longer where one is the other cut short
    (`Example Greyhaven` of `Example Greyhaven AI`), None where two names differ."""
    if known is None or known == name:
        return known
    if name.startswith(known + " "):
        return name
    return known if known.startswith(name + " ") else None


_TENSE_AUXILIARIES = frozenset("had has have was is would will could".split())


def _of_itself(block: _Block, offset: int) -> bool:
    """Does a fragment follow `that it` (`said in a statement that it “…”`, `that it would
    “…”`, `that its model “…”`) in a sentence whose subject, a name, said it? A speaker that
    calls itself `it` is a firm or a body, and its words quoted in the writer's sentence are
    its claim."""
    toks = block.toks
    k = block.index_at(offset - block.offset)
    if k < 3 or k > len(toks):
        return False
    j = k - 1
    if toks[j].low != "it" and toks[j].core.islower() and not toks[j].trailing:
        j -= 1  # (`that it would “…”`)
        if toks[j].low in _TENSE_AUXILIARIES and j > 2 and toks[j - 1].low == "it":
            j -= 1  # (`that it had found “…”`: a verb and its auxiliary)
    for _ in range(2):  # (`that its model “…”`, `that its new model “…”`: the same `it`)
        tok = toks[j]
        plain = tok.core.isalpha() and tok.core.islower() and not tok.trailing
        if j > 2 and tok.low not in ("it", "its") and plain and tok.low not in STOP_WORDS:
            j -= 1
    if toks[j].low not in ("it", "its") or toks[j].trailing or toks[j - 1].low != "that":
        return False
    if toks[j].low == "its" and j == k - 1:
        return False  # (`that its “…”`: no noun, not the firm's own claim)
    start = _sentence_start(block, max(0, j - CLAUSE), j)
    subject = block.runs_in(start, start + 1)
    if not subject or block.quoted[subject[0].first]:
        return False
    verb = subject[0].last + 1
    return verb < j and toks[verb].low in SPEECH_VERBS and not toks[subject[0].last].trailing


_NAMED_BY = PREPOSITIONS | frozenset(("between", "as"))


def _mentioned(block: _Block, offset: int, text: str) -> bool:
    """Is a quote of a few words (under five) the object of a preposition in the writer's
    sentence (`no notion of “I am failing” as distinct from “I am being careful.”`)? A phrase
    the sentence names, not words someone is reported to have said."""
    if _word_count(text) >= MIN_PARTIAL_WORDS:
        return False
    k = block.index_at(offset - block.offset)
    if k == 0 or k >= len(block.toks):
        return False
    before = block.toks[k - 1]
    same = block.sentences[k - 1] == block.sentences[k]
    return same and not before.trailing and before.low in _NAMED_BY and not block.quoted[k - 1]


_GLOSSES = frozenset(("meaning", "means", "meant", "signifying"))
_RENDERED = frozenset(
    ("translated", "translates", "rendered", "renders", "glossed", "mistranslated")
)


def _glossed(block: _Block, offset: int) -> bool:
    """Is a lower-case fragment what a word or phrase means (`a phrase meaning ‘nothing in the
    mouth of the river’`, `translated as ‘…’`)? A gloss the sentence gives, not words said."""
    k = block.index_at(offset - block.offset)
    if k < 1 or k >= len(block.toks):
        return False
    before = block.toks[k - 1]
    if before.trailing or block.quoted[k - 1] or block.sentences[k - 1] != block.sentences[k]:
        return False
    if before.low in _GLOSSES:
        return True
    if before.low == "that" and k > 3:
        # `complaints about cars that “did not match the advert”`: a category of complaints
        # the sentence counts, not words someone said
        near = block.toks[max(0, k - 5) : k - 1]
        return any(
            t.low in _COMPLAINTS and n.low == "about" and not t.trailing
            for t, n in itertools.pairwise(near)
        )
    if before.low != "as":
        return False
    # `translated as ‘…’`, `a line widely translated on social media as “…”`: the verb of
    # rendering up to six words back in the clause, no punctuation or quote between
    for j in range(k - 2, max(-1, k - 8), -1):
        tok = block.toks[j]
        if tok.trailing or block.quoted[j] or block.sentences[j] != block.sentences[k]:
            return False
        if tok.low in _RENDERED:
            return True
    return False


# Who answers a survey (`referees surveyed by the guild`, `members polled`): many people and
# none named, whose answers a fragment may give.
_SURVEYED = frozenset(("surveyed", "polled", "respondents"))
_FEARED = frozenset(("feared", "fear", "fears", "dreaded", "dread", "worried", "worry"))


def _surveys_answer(block: _Block, offset: int) -> bool:
    """Is a lower-case fragment what a survey's respondents feared (`a fifth of referees
    surveyed feared being “…”`)? Up to three words back a verb of fearing, and up to six words
    before that, in the same clause, the survey's `surveyed`/`polled`/`respondents`: the words
    of many people none of whom is named, not those of the person who reports them."""
    k = block.index_at(offset - block.offset)
    if k < 2 or k > len(block.toks):
        return False
    fear = None
    for j in range(k - 1, max(-1, k - 4), -1):
        tok = block.toks[j]
        if tok.trailing or block.quoted[j] or block.sentences[j] != block.sentences[k - 1]:
            return False
        if tok.low in _FEARED:
            fear = j
            break
    if fear is None:
        return False
    for j in range(fear - 1, max(-1, fear - 7), -1):
        tok = block.toks[j]
        if tok.trailing or block.quoted[j] or block.sentences[j] != block.sentences[fear]:
            return False
        if tok.low in _SURVEYED:
            return True
    return False


_COMPLAINTS = frozenset(("complaints", "complaint", "claims", "reports"))


def _listed_with_a_name(block: _Block, offset: int) -> bool:
    """Is a quote joined by `and`/`or` to a name just before it (`she named NAME and “two men
    from out of town”`)? One of the things the sentence lists, not words someone said."""
    k = block.index_at(offset - block.offset)
    if k < 2 or k >= len(block.toks):
        return False
    before = block.toks[k - 1]
    if before.trailing or before.low not in ("and", "or") or block.quoted[k - 1]:
        return False
    if block.sentences[k - 1] != block.sentences[k]:
        return False
    return any(run.last == k - 2 and not block.toks[run.last].trailing for run in block.runs)


_SEEMING = frozenset(("apparently", "purportedly", "supposedly", "seemingly", "falsely"))


def _shown_saying(block: _Block, offset: int) -> bool:
    """Is a fragment words someone only seems to say (`an ad showed NAME apparently saying he
    would “…”`, `a clip purportedly saying that “…”`): a hedge just before the speech verb in the
    fragment's sentence, a fake or a claim about them, not their words."""
    k = block.index_at(offset - block.offset)
    if k < 2 or k > len(block.toks):
        return False
    for j in range(k - 1, max(0, k - 6), -1):
        if block.sentences[j] != block.sentences[k - 1] or block.quoted[j]:
            return False
        said = block.toks[j].low in SPEECH_VERBS or block.toks[j].low == "saying"
        if said and block.toks[j - 1].low in _SEEMING:
            return True
    return False


def _told_by_someone(block: _Block, offset: int) -> bool:
    """Is a fragment what someone was told would happen (`members had been told their
    contracts would “…”`): a passive `told` before it in its clause and a modal just before
    it, the notice of a teller the sentence does not name, not its subject's words."""
    k = block.index_at(offset - block.offset)
    if k < 2 or k > len(block.toks):
        return False
    if block.toks[k - 1].low not in ("would", "will", "could", "might"):
        return False  # (`officers had been told the score was “…”`: may be the subject's own)
    for j in range(k - 1, max(0, k - 10), -1):
        tok = block.toks[j]
        if block.sentences[j] != block.sentences[k - 1] or block.quoted[j] or tok.trailing:
            return False
        before = block.toks[j - 1]
        if tok.low == "told" and before.low in ("been", "were", "was") and not before.trailing:
            return True
    return False


def _firm_speaker(speaker: str, said: str, people: People) -> bool:
    """Is the speaker a firm, by its full name or by the short one the article said it by?"""
    return not_person(speaker) or people.is_firm(speaker) or people.is_firm(said)


def _a_firm(attr: _Attr, people: People) -> bool:
    name = attr.name or ""
    return " " in name and (attr.body or people.is_firm(name) or not_person(name))


def _ending_in(blocks: Sequence[_Block], name: str) -> str | None:
    """The one longer name of the article that ends in a firm's name of two words or more
    (`Example Hartwell Loaves` of `Hartwell Loaves`), or that goes on from it (`Example
    Corvane Health`, introduced, of `Example Corvane said`), or None."""
    longer: set[str] = set()
    tail = " " + name
    head = name + " "
    for block in blocks[:2000]:
        if block.kind == "h":
            continue  # a headline's capitals make names of anything (`Inside Example Acme Ltd`)
        for run in block.runs[:200]:
            named = run.name.endswith(tail) or run.name.startswith(head)
            if named and not run.title and not run.gender:
                longer.add(run.name)
    return next(iter(longer)) if len(longer) == 1 else None


def _in_aside(blocks: Sequence[_Block], attr: _Attr) -> bool:
    """Does an attribution's pronoun stand in a clause about someone other than its
    sentence's subject (`NAME read from a letter in which she had called it “…”`)?"""
    if not 0 <= attr.block < len(blocks):
        return False
    block = blocks[attr.block]
    k = block.index_at(attr.offset - block.offset)
    if k >= len(block.toks):
        return False
    start = k
    while start > 0 and k - start < 200 and block.sentences[start - 1] == block.sentences[k]:
        start -= 1
    return _subordinate_from(block.toks, block.quoted, start, k + 1) <= k


def _torn_by_pronouns(
    found: Sequence[_Found], blocks: Sequence[_Block], people: People, headings: Sequence[int]
) -> set[str]:
    """Those whom both a `he` and a `she` of the article's attributions would be taken to
    mean (someone whose gender nothing showed, nearest to each): one of the two is someone
    else, and which one is unsure; so is every pronoun that means them."""
    said: dict[str, set[str]] = {}
    for item in found:
        for attr in (item.attr, item.asked):
            if attr is None or attr.kind != "pronoun" or attr.name not in ("he", "she"):
                continue
            key = people.resolve_key(
                attr.name,
                attr.offset,
                _pronoun_window(blocks, attr, headings),
                _sentence_of(blocks, attr),
                given=False,
            )
            if key is not None:
                said.setdefault(key, set()).add(attr.name)
    return {key for key, words in said.items() if len(words) > 1}


def _sentence_of(blocks: Sequence[_Block], attr: _Attr) -> int | None:
    """The article-wide sentence of an attribution's pronoun."""
    if not 0 <= attr.block < len(blocks):
        return None
    block = blocks[attr.block]
    k = block.index_at(attr.offset - block.offset)
    return block.sentences[k] if k < len(block.sentences) else None


def _window(block: int, headings: Sequence[int]) -> int:
    """The first paragraph a pronoun in `block` may look back to: BLOCKS_BACK, within its
    section."""
    cut = bisect.bisect_left(headings, block)
    heading = headings[cut - 1] if cut else -1
    return max(heading + 1, block - BLOCKS_BACK)


def _after_an_exchange(
    blocks: Sequence[_Block], attr: _Attr, people: People, headings: Sequence[int]
) -> str | None:
    """`She shrugs. “…,” she says`, closing an interview whose `Q:`/`A:` lines name no one: with
    no one in view, the pronoun looks back past the exchange to the introduction before it, and
    means the one person there it can mean (of its gender or of none known)."""
    low = _pronoun_window(blocks, attr, headings)
    sentence = _sentence_of(blocks, attr)
    if people.candidates(attr.offset, low, sentence=sentence):
        return None  # (someone in view: the pronoun's window decides)
    k = low - 1
    while k >= 0 and blocks[k].kind != "h" and _label(blocks[k]) is not None:
        if any(not blocks[k].quoted[r.first] for r in blocks[k].runs if _person_named(r, people)):
            return None  # (a person named in the exchange: not only the introduction's)
        k -= 1
    if k == low - 1 or k < 0 or blocks[k].kind == "h":
        return None
    want = gendered(attr.name or "")
    found = [
        m
        for m in people.candidates(
            blocks[k].offset + len(blocks[k].text), max(0, k - BLOCKS_BACK + 1)
        )
        if not people.is_firm(m.name) and not not_person(m.name)
    ]
    # (one named only as an object, `She runs FIRM`, is no rival to the subject)
    rivals = {
        m.name
        for m in found
        if people.gender(m.name) in ("", want)
        and (not m.objective or people.gender(m.name) == want)
    }
    only = rivals.pop() if len(rivals) == 1 else ""
    return only if only and not only.startswith("?") else None


def _person_named(run: Run, people: People) -> bool:
    full = people.lookup(run.name)
    return full is not None and not people.is_firm(full) and not not_person(full)


def _pronoun_window(blocks: Sequence[_Block], attr: _Attr, headings: Sequence[int]) -> int:
    """The window a pronoun looks back over, one paragraph longer where every paragraph in it
    before the pronoun's names no one and one of them goes on with the same pronoun as a
    sentence's subject (`She also cautioned … she pointed out …` ⏎ `“…,” she said`): the
    person it has meant all along, named just before the window."""
    start = _window(attr.block, headings)
    if start == 0 or start - 1 in headings or attr.block >= len(blocks):
        return start
    between = blocks[start : attr.block]
    if not between or any(not b.quoted[r.first] for b in between for r in b.runs):
        return start
    pronoun = (attr.name or "").lower()
    same = any(
        tok.low == pronoun and (k == 0 or b.toks[k - 1].ends_sentence or b.toks[k - 1].trailing)
        for b in between
        for k, tok in enumerate(b.toks[:200])
        if not b.quoted[k]
    )
    return start - 1 if same and pronoun in ("he", "she") else start


_WORDS = re.compile(r"\w+")


def _key(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def _dedupe(results: list[tuple[_Found, Proposal]], blocks: Sequence[_Block]) -> list[Proposal]:
    """A quote once: a pull quote or headline repeating (part of) a quote of the text is left
    out, keeping the fullest version with the fullest attribution."""
    keys = [_key(p.text) for _, p in results]
    best: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key not in best or _better(results[i], results[best[key]]):
            best[key] = i
    keep = set(best.values())
    # Part of another quote: only quotes that may repeat one (block quotes, headings, quotes
    # carried over from another), at most REPEATS of them, each one search through all texts.
    joined = "\n".join(keys[i] for i in sorted(keep))
    suspects = [
        i
        for i in sorted(keep)
        if results[i][0].structural
        or not results[i][0].explicit
        or blocks[results[i][0].block].kind in ("h", "q")  # (a credited pull quote: `> “…” — NAME`)
        or _credited_line(blocks[results[i][0].block])  # (a `Key quotes` box's `“…” – NAME`)
    ][:REPEATS]
    for i in suspects:
        parts = [_key(part) for part in re.split(r"…|\.\.\.", results[i][1].text)]
        parts = [part for part in parts if part]
        if parts and all(joined.count(part) >= 2 for part in parts):
            keep.discard(i)
            joined = "\n".join(keys[k] for k in sorted(keep))
        elif parts and _pull_of_unproposed(results[i], parts, blocks):
            keep.discard(i)  # a pull quote repeating an anonymous or unsure quote of the text
            joined = "\n".join(keys[k] for k in sorted(keep))
    return [p for k, (_, p) in enumerate(results) if k in keep]


def _pull_of_unproposed(
    result: tuple[_Found, Proposal], parts: Sequence[str], blocks: Sequence[_Block]
) -> bool:
    """A pull quote standing apart (`<p class="pull">`), not credited in its own line, whose
    words are printed in a paragraph of the text too: it repeats that quote, whose speaker is
    the one its own paragraph gives (nobody, if anonymous), never the paragraph before it."""
    found = result[0]
    if (found.explicit and not found.structural) or blocks[found.block].kind in ("h", "q"):
        return False
    own = blocks[found.block].index
    text = "\n".join(_key(b.text) for b in blocks if b.index != own and b.kind == "p")
    return all(part in text for part in parts)


def _better(a: tuple[_Found, Proposal], b: tuple[_Found, Proposal]) -> bool:
    """Is `a` the better of two proposals of the same text?"""
    rank_a = (bool(a[1].speaker), bool(a[1].role), not a[0].structural, -a[0].offset)
    rank_b = (bool(b[1].speaker), bool(b[1].role), not b[0].structural, -b[0].offset)
    return rank_a > rank_b


def _word_count(text: str) -> int:
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


def _clean(text: str) -> str:
    text = " ".join(text.split())
    return text.rstrip(" ,;:—–").rstrip()


def _worth_proposing(quote: str, explicit: bool, structural: bool, continued: bool) -> bool:
    """A quote of a few words, not a title: a part carried on from the quote before it is
    looked at as any other (`said it was ‘…’, a reference to its report, ‘Title In Capitals’`)."""
    words = _word_count(quote)
    if words < MIN_WORDS:
        return False
    if structural and not continued:
        return True
    first = next((ch for ch in quote if ch.isalnum()), "")
    if first.islower() and not continued:  # a fragment inside the writer's sentence
        return explicit and words >= MIN_PARTIAL_WORDS
    if first.islower() and words < MIN_PARTIAL_WORDS and not re.search(r"[.!?]$", quote):
        return False  # `was ‘being worked on’ and would be ready ‘in the new year’`: scraps
    capitalised = sum(1 for w in quote.split() if w[:1].isupper())
    # A title (“The State of AI Report”) is not a quote.
    return capitalised < 0.6 * len(quote.split()) or bool(re.search(r"[.!?]$", quote))


# --- output ------------------------------------------------------------------------------------


def to_yaml(proposals: Iterable[Proposal], indent: int = 2) -> str:
    """YAML to paste under `quotes:` (each item indented like the scaffold's); a proposal whose
    speaker is unclear carries its warning as a comment above it."""
    pad = " " * indent
    out: list[str] = []
    for proposal in proposals:
        item: dict[str, str] = {"text": proposal.text, "speaker": proposal.speaker}
        if proposal.role:
            item["role"] = proposal.role
        if proposal.warning:
            out.append(f"{pad}# {_one_line(proposal.warning)}\n")
        dumped = yaml.safe_dump(
            [item], allow_unicode=True, sort_keys=False, default_flow_style=False, width=10**9
        )
        out.extend(pad + line + "\n" for line in dumped.splitlines())
    return "".join(out)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def to_json(proposals: Iterable[Proposal]) -> str:
    return json.dumps([p.as_dict() for p in proposals], ensure_ascii=False, indent=2)


def commented_proposals(proposals: Sequence[Proposal]) -> str:
    """The proposals as a commented YAML block for a new entry: every line starts with `# `.

    `digest new URL --fetch` puts it under `quotes:`; the editor uncomments the quotes worth
    keeping, trims them, and `digest verify` checks what is left.
    """
    head = [
        "Proposed by `digest quotes` from the article: keep the key ones (uncomment them),",
        "trim them, check each against the article, then run `digest verify`.",
    ]
    if not proposals:
        head = ["`digest quotes` found no attributed quotes in the article: copy them by hand."]
    lines = head + to_yaml(proposals).splitlines()
    return "".join(f"# {line}\n" for line in lines)
