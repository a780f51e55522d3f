"""Propose an article's quotes and who said them: pure functions on the article's text.

An editor still chooses and trims; this saves copying, and copying is where misquotes come from.
Every passage in quotation marks of at least a few words is a candidate; its speaker comes from
the attribution around it (`“…,” said NAME`, `NAME said`, `according to NAME`, `NAME: “…”`,
`NAME …, stating, “…”`), a pronoun (`he said`) resolved to the nearest person named before it,
or, for a quote standing alone, the person last named or quoted. Roles come from the apposition
(`NAME, an analyst at X`, `X CEO NAME`). Scare quotes (“tens of thousands”) are not proposed.

Everything is a single pass over the text plus work in windows of bounded size around each quote:
linear in the length of the article, whatever it contains.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass

import yaml

MIN_WORDS = 3  # a quote of fewer words is a scare quote, never proposed
MIN_PARTIAL_WORDS = 5  # a quote starting mid-sentence needs this many words and its own attribution
WINDOW = 320  # characters looked at around a quote for its attribution
MAX_ROLE_WORDS = 14
MAX_NAME_WORDS = 6  # a longer run of capitalised words is a headline, not a name

# --- vocabulary --------------------------------------------------------------------------------


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


SPEECH_VERBS = _set(
    """
    said says say told tells added adds explained explains noted notes wrote writes stated
    states argued argues continued continues recalled recalls remarked remarks observed observes
    commented comments declared declares asked asks answered answers replied replies insisted
    insists claimed claims warned warns predicted predicts acknowledged acknowledges admitted
    admits emphasized emphasizes emphasised emphasises stressed stresses suggested suggests
    concluded concludes announced announces posted posts tweeted tweets shared shares mentioned
    mentions quipped quips joked jokes cautioned cautions conceded concedes countered counters
    explained elaborated elaborates responded responds confirmed confirms affirmed affirms
    reflected reflects summarized summarizes summarised summarises put puts described describes
    saying stating adding noting writing explaining arguing declaring asking telling warning
    insisting concluding quipping recalling remarking observing commenting predicting
    acknowledging admitting emphasizing emphasising stressing suggesting cautioning conceding
    responding confirming reflecting describing posting tweeting sharing announcing answering
    replying
    """
)
PRONOUNS = frozenset({"he", "she", "they"})
UNNAMED_SUBJECTS = _set(
    """the a an its his her their company team firm startup organization organisation group
    spokesperson spokesman spokeswoman statement report post blog paper researchers authors
    analysts officials executives it we i you this that who which"""
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
    june july august september october november december q a
    """
)
HONORIFICS = _set("mr mrs ms mx dr prof sir dame lord lady")
ROLE_WORDS = _set(
    """
    ceo cto cfo coo cio ciso cso cpo cmo vp svp evp president vice chief executive director
    founder co-founder cofounder chairman chairwoman chair chairperson head analyst professor
    senator sen rep representative gov governor minister secretary commissioner spokesperson
    spokesman spokeswoman manager officer lead leader maintainer researcher scientist engineer
    partner editor reporter general principal senior managing chancellor mayor judge attorney
    lawyer counsel economist strategist architect fellow dean investor author developer
    advocate owner member creator inventor consultant expert correspondent columnist host
    councillor councilor councilman councilwoman mp
    """
)
# Words that make a capitalised name an organisation rather than a person.
ORG_WORDS = _set(
    """
    foundation inc inc. corp corp. corporation co co. ltd ltd. llc plc labs lab research
    institute university college school group company cloud stack technologies technology tech
    systems partners capital ventures association council commission agency department ministry
    times post news journal ai azure aws google microsoft meta amazon apple nvidia openai
    anthropic ibm intel amd oracle facebook deepmind linux pytorch kubernetes overflow fund
    bank network networks media software services solutions robotics motors studios center
    centre board committee office union house senate congress parliament court
    """
)
PREPOSITIONS = _set("of at for from in on with by to into via about")
ABBREVIATIONS = _set("mr mrs ms mx dr prof sen rep gov st jr sr vs etc no")

_OPENERS = {"“": '”"', "„": '“”"', "«": "»", '"': '"”', "‘": "’"}
_TOKEN = re.compile(r"[“”\"„«»]|[^\s“”\"„«»]+")  # quotation marks are tokens of their own
_MARKS = frozenset('“”"„«»')
_EDGE_PUNCT = "([{'‘’\"“”)]},.;:!?…—–-"
_SENTENCE_END = re.compile(r"[.!?…][)\]’'\"”]*$")


@dataclass(frozen=True)
class Proposal:
    """A proposed quote: verbatim text, who said it, and their role when the article gives it."""

    text: str
    speaker: str
    role: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"text": self.text, "speaker": self.speaker, "role": self.role}


# --- tokens and names --------------------------------------------------------------------------


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    raw: str

    @property
    def core(self) -> str:
        core = self.raw.strip(_EDGE_PUNCT)
        for suffix in ("’s", "'s"):
            if core.endswith(suffix):
                return core[: -len(suffix)]
        return core

    @property
    def low(self) -> str:
        return self.core.lower()

    @property
    def possessive(self) -> bool:
        return self.raw.rstrip(",.;:!?").endswith(("’s", "'s"))

    @property
    def trailing(self) -> str:
        """Punctuation after the word (',' in `Doe,`), initials' own dots excepted."""
        raw = self.raw
        if _is_initial(raw):
            return ""
        return raw[len(raw.rstrip(',.;:!?)]”’"…—–')) :]

    @property
    def ends_sentence(self) -> bool:
        if _is_initial(self.raw) or self.raw.rstrip(".").lower() in ABBREVIATIONS:
            return False
        return bool(_SENTENCE_END.search(self.raw))


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _is_initial(raw: str) -> bool:
    """`E.`, `J.R.`, `U.S.` (also with a trailing comma): dots that do not end a sentence."""
    return bool(_INITIALS.fullmatch(raw.rstrip(",;:")))


def _tokens(text: str, offset: int = 0) -> list[_Tok]:
    return [_Tok(m.start() + offset, m.end() + offset, m.group()) for m in _TOKEN.finditer(text)]


_PARTICLES = _set("de da di du del della der den van von ter la le bin al el st.")


def _name_word(tok: _Tok) -> bool:
    first = tok.raw[:1]
    if not (first.isupper() or (first in _EDGE_PUNCT and tok.raw[1:2].isupper())):
        return False  # the common case, decided cheaply
    core = tok.core
    if _is_initial(tok.raw):
        return True
    if len(core) < 2 or not core[0].isupper():
        return False
    return all(ch.isalpha() or ch in "-’'." for ch in core) and any(c.islower() for c in core)


@dataclass(frozen=True)
class _Run:
    """A capitalised name in the text: where it is, and what is said of it in place."""

    first: int  # token index of the name's first word
    last: int  # token index of the name's last word (inclusive)
    name: str
    prefix_role: str | None  # "OpenAI CEO" in "OpenAI CEO Sam Altman"
    words: int

    @property
    def single(self) -> bool:
        return self.words == 1


def _runs(toks: Sequence[_Tok]) -> list[_Run]:
    """Every capitalised name in `toks`, with role titles split off its front."""
    runs: list[_Run] = []
    i = 0
    n = len(toks)
    while i < n:
        if not _name_word(toks[i]):
            i += 1
            continue
        j = i
        while (
            j + 1 < n and j - i < MAX_NAME_WORDS and not toks[j].trailing and not toks[j].possessive
        ):
            following = toks[j + 1]
            if _name_word(following):
                j += 1
            elif (
                following.raw.lower() in _PARTICLES
                and j + 2 < n
                and _name_word(toks[j + 2])
                and not following.trailing
            ):
                j += 2
            else:
                break
        run = _make_run(toks, i, j)
        if run is not None:
            runs.append(run)
        i = j + 1
    return runs


def _make_run(toks: Sequence[_Tok], i: int, j: int) -> _Run | None:
    words = list(range(i, j + 1))
    while words and toks[words[0]].low in STOP_WORDS:
        words.pop(0)
    if not words:
        return None
    # Role titles inside the run: the name is what follows the last one.
    titles = [k for k in words if toks[k].low in ROLE_WORDS or toks[k].low in HONORIFICS]
    prefix = None
    if titles:
        cut = titles[-1]
        role_words = [toks[k].core if k == cut else toks[k].raw for k in words if k <= cut]
        if not any(toks[k].low in HONORIFICS for k in titles) or len(titles) < len(role_words):
            prefix = (
                " ".join(role_words) if any(toks[k].low in ROLE_WORDS for k in titles) else None
            )
        words = [k for k in words if k > cut]
        if not words:
            return None
    if all(toks[k].low in STOP_WORDS for k in words):
        return None
    name = " ".join(toks[k].raw for k in words[:-1]) + (" " if len(words) > 1 else "")
    name += toks[words[-1]].core if not _is_initial(toks[words[-1]].raw) else toks[words[-1]].raw
    name = name.strip()
    if _is_initial(toks[words[-1]].raw) and len(words) == 1:
        return None
    return _Run(words[0], words[-1], name, prefix, len(words))


def _org_like(name: str) -> bool:
    return any(word.lower().strip(".,") in ORG_WORDS for word in name.split())


def _is_person(run: _Run) -> bool:
    return run.words >= 2 and not _org_like(run.name)


# --- quoted passages ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    para: int
    open: int  # index of the opening mark in the paragraph
    close: int  # index of the closing mark, or len(paragraph) when unclosed
    text: str  # the passage between the marks, stripped


def _spans(para: str, index: int) -> list[_Span]:
    """Quoted passages of one paragraph, in order: one linear scan, no backtracking."""
    spans: list[_Span] = []
    mark: str | None = None
    start = 0
    n = len(para)
    for i, ch in enumerate(para):
        if mark is None:
            after_word = i > 0 and para[i - 1].isalnum()
            if ch in "“„«" or (ch in '"‘' and not after_word):
                mark, start = ch, i
            continue
        if ch in _OPENERS[mark]:
            if mark == "‘" and (i + 1 < n and para[i + 1].isalpha()):
                continue  # an apostrophe inside a word (we’re), not a closing mark
            if mark == "‘" and i > 0 and para[i - 1].isspace():
                continue
            spans.append(_Span(index, start, i, para[start + 1 : i].strip()))
            mark = None
        elif ch == "“" and mark == "“":  # a missing closing mark: the new quote starts here
            spans.append(_Span(index, start, i, para[start + 1 : i].strip()))
            start = i
    if mark is not None:
        spans.append(_Span(index, start, n, para[start + 1 :].strip()))
    return spans


def _word_count(text: str) -> int:
    return sum(1 for tok in text.split() if any(ch.isalnum() for ch in tok))


def _clean_quote(text: str) -> str:
    text = " ".join(text.split())
    return text.rstrip(" ,;:—–").rstrip()


# --- the article as a whole --------------------------------------------------------------------


@dataclass
class _Mention:
    offset: int
    para: int
    name: str
    person: bool


class _Article:
    """Paragraphs, their tokens and names, the people in them and where they are named."""

    def __init__(self, text: str) -> None:
        self.paras: list[str] = [" ".join(p.split()) for p in text.split("\n")]
        self.paras = [p for p in self.paras if p]
        self.offsets: list[int] = []
        total = 0
        for para in self.paras:
            self.offsets.append(total)
            total += len(para) + 1
        self.toks = [_tokens(p) for p in self.paras]
        self.runs = [_runs(t) for t in self.toks]
        self.people: dict[str, str] = {}  # surname or full name (lower) -> full name
        self.roles: dict[str, str] = {}  # full name -> first role the article gives
        self._find_people()
        self.mentions: list[_Mention] = []
        self._keys: list[int] = []
        self._find_mentions()

    # People are the names the article uses as people: speakers, subjects of speech verbs,
    # names with a role in apposition or in front.
    def _find_people(self) -> None:
        full_names: dict[str, str] = {}  # surname (lower) -> the first multi-word name ending so
        for runs in self.runs:
            for run in runs:
                if _is_person(run):
                    full_names.setdefault(run.name.split()[-1].lower(), run.name)
        for p, (toks, runs) in enumerate(zip(self.toks, self.runs, strict=True)):
            for run in runs:
                if (
                    run.single
                    and run.name.lower() in full_names
                    and (_speech_context(toks, run) or _interview_label(toks, run, p))
                ):
                    self._add_person(full_names[run.name.lower()], None)
                if not _is_person(run):
                    continue
                role = _apposition(toks, run) or run.prefix_role or _role_before(toks, run)
                if role or _speech_context(toks, run) or _interview_label(toks, run, p):
                    self._add_person(run.name, role)

    def _add_person(self, name: str, role: str | None) -> None:
        self.people.setdefault(name.lower(), name)
        surname = name.split()[-1].lower()
        self.people.setdefault(surname, name)
        if role and not self.roles.get(name):
            self.roles[name] = role

    def canonical(self, name: str) -> str:
        return self.people.get(name.lower(), name)

    def _find_mentions(self) -> None:
        for p, (toks, runs) in enumerate(zip(self.toks, self.runs, strict=True)):
            for run in runs:
                full = self.people.get(run.name.lower())
                if full is None and run.words > 1:
                    full = self.people.get(run.name.split()[-1].lower())
                if full is not None:
                    self._mention(self.offsets[p] + toks[run.first].start, p, full, True)

    def _mention(self, offset: int, para: int, name: str, person: bool) -> None:
        index = bisect.bisect_right(self._keys, offset)
        self._keys.insert(index, offset)
        self.mentions.insert(index, _Mention(offset, para, name, person))

    def nearest(self, offset: int, *, person_only: bool, min_para: int = 0) -> str | None:
        index = bisect.bisect_left(self._keys, offset)
        while index > 0:
            index -= 1
            mention = self.mentions[index]
            if mention.para < min_para:
                return None
            if mention.person or not person_only:
                return mention.name
        return None


def _apposition(toks: Sequence[_Tok], run: _Run) -> str | None:
    """`Jane Doe, an analyst at X,` → "analyst at X"; `Doe, Meta's CEO.` → "Meta's CEO"."""
    if toks[run.last].trailing != ",":
        return None
    words: list[str] = []
    for k in range(run.last + 1, min(len(toks), run.last + 1 + MAX_ROLE_WORDS + 1)):
        tok = toks[k]
        if tok.raw in _MARKS:
            return None  # a quotation follows the name, not a role
        if not words and (tok.low in _NOT_ROLE_START or tok.low in SPEECH_VERBS):
            return None
        if tok.low in SPEECH_VERBS and not tok.possessive:
            return None  # `Doe, speaking at ...`: a clause, not a role
        words.append(tok.raw)
        if tok.trailing or tok.ends_sentence:
            break
    else:
        return None
    return _tidy_role(words)


_NOT_ROLE_START = _set(
    """who which that whose whom in on at during when while where adding noting saying
    according told said says and but as with for from to by after before since because
    although though if also however he she they it we i this these those there here
    who’s which’s told,"""
)


def _tidy_role(words: list[str]) -> str | None:
    text = " ".join(words).strip(" ,;:.")
    text = re.sub(r"^(?:a|an|the)\s+", "", text, flags=re.I)
    if not text or len(text.split()) > MAX_ROLE_WORDS:
        return None
    return text


def _role_before(toks: Sequence[_Tok], run: _Run) -> str | None:
    """`analyst Jane Doe`, `the company's chief scientist Yann LeCun`: role words just before."""
    k = run.first - 1
    words: list[str] = []
    while k >= 0 and len(words) < 6:
        tok = toks[k]
        if tok.trailing or (tok.low not in ROLE_WORDS and not tok.possessive and not words):
            break
        if tok.low in STOP_WORDS or tok.low in SPEECH_VERBS:
            break
        words.insert(0, tok.raw)
        k -= 1
    if not words or not any(toks[i].low in ROLE_WORDS for i in range(k + 1, run.first)):
        return None
    return _tidy_role(words)


def _speech_context(toks: Sequence[_Tok], run: _Run) -> bool:
    """The name says something: `Doe said`, `said Doe`, `according to Doe`, `Doe, CEO, noted`."""
    before = toks[run.first - 1].low if run.first > 0 else ""
    if before in SPEECH_VERBS or (
        before == "to" and run.first > 1 and toks[run.first - 2].low == "according"
    ):
        return True
    k = run.last + 1
    if toks[run.last].trailing == ",":  # skip an apposition
        while k < len(toks) and k <= run.last + MAX_ROLE_WORDS and not toks[k].trailing:
            k += 1
        k += 1
    for step in range(k, min(len(toks), k + 3)):
        if toks[step].low in SPEECH_VERBS:
            return True
        if toks[step].trailing and toks[step].trailing != ",":
            break
    return False


def _interview_label(toks: Sequence[_Tok], run: _Run, para: int) -> bool:
    """`Jane Doe: “…”` at the start of a paragraph."""
    at_start = run.first == 0 or (run.first == 1 and toks[0].low in STOP_WORDS)
    return at_start and toks[run.last].trailing == ":"


# --- attribution -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Attribution:
    kind: str  # "name", "pronoun" or "unnamed"
    name: str | None = None
    role: str | None = None
    offset: int = 0  # where the pronoun or name is, in the article


def _find_verb(toks: Sequence[_Tok], limit: int) -> int | None:
    """Index of the first speech verb before the sentence ends (within `limit` tokens)."""
    for k, tok in enumerate(toks[:limit]):
        if tok.low in SPEECH_VERBS and tok.core.islower():
            return k
        if tok.low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            return k
        if tok.ends_sentence:
            return None
    return None


def _person_in(
    toks: Sequence[_Tok], lo: int, hi: int, base: int, known: Container[str]
) -> _Attribution | None:
    """The speaker named in toks[lo:hi]: a pronoun, a name (with its role), or unnamed."""
    if lo >= hi:
        return None
    if toks[lo].low in PRONOUNS:
        return _Attribution("pronoun", toks[lo].low, None, base + toks[lo].start)
    window = list(toks[lo:hi])
    candidates = []
    for run in _runs(window):
        first, last = lo + run.first, lo + run.last
        if first > lo and toks[first - 1].low in PREPOSITIONS:
            continue  # `in a post on Medium`: not the speaker
        if toks[last].possessive or (
            not toks[last].trailing
            and last + 1 < len(toks)
            and toks[last + 1].low in ROLE_WORDS
            and toks[last + 1].core.islower()
        ):
            continue  # `Meta’s CEO …`, `Harbor Peak partner …`: whose, not who
        if run.single and first == lo and run.name.lower() not in known:
            continue  # a capitalised first word of the sentence (`Asked what …`)
        candidates.append((first, last, run))
    chosen = next((c for c in candidates if c[2].name.lower() in known), None)
    if chosen is None and candidates:
        chosen = candidates[0]
    if chosen is not None:
        first, last, run = chosen
        shifted = _Run(first, last, run.name, run.prefix_role, run.words)
        role = _apposition(toks, shifted) or run.prefix_role or _role_before(toks, shifted)
        return _Attribution("name", run.name, role, base + toks[first].start)
    if any(tok.low in UNNAMED_SUBJECTS for tok in window[:4]):
        return _Attribution("unnamed")
    return None


def _after(
    para: str, span: _Span, stop: int, base: int, known: Container[str]
) -> _Attribution | None:
    """`“…,” said NAME`, `“…,” NAME said`, `“…,” he said`, `“…,” according to NAME`."""
    lo = span.close + 1
    text = para[lo:stop]
    toks = _tokens(text, lo)
    while toks and not any(ch.isalnum() for ch in toks[0].raw):
        toks.pop(0)  # `” — said …`, `”, said …`
    if not toks:
        return None
    verb = _find_verb(toks, 18)
    if verb is None:
        return None
    if toks[verb].low == "according":
        return _person_in(toks, verb + 2, min(len(toks), verb + 10), base, known)
    if verb == 0:
        end = _sentence_end(toks, 1, 16)
        return _person_in(toks, 1, end, base, known)
    if verb > 15:
        return None
    return _person_in(toks, 0, verb, base, known)


def _sentence_end(toks: Sequence[_Tok], lo: int, limit: int) -> int:
    for k in range(lo, min(len(toks), lo + limit)):
        if toks[k].ends_sentence:
            return k + 1
    return min(len(toks), lo + limit)


def _last_sentence(text: str, offset: int) -> list[_Tok]:
    toks = _tokens(text, offset)
    start = 0
    for k, tok in enumerate(toks[:-1]):
        if tok.ends_sentence:
            start = k + 1
    return toks[start:]


def _before(
    para: str, span: _Span, start: int, base: int, known: Container[str]
) -> _Attribution | None:
    """`NAME said: “…”`, `NAME: “…”`, `According to NAME, “…”`,
    `NAME …, stating, “…”`; or, for a quote inside a sentence, the sentence's speaker."""
    toks = _last_sentence(para[start : span.open], start)
    if not toks:
        return None
    if toks[-1].raw.endswith(":") and len(toks) <= 5:
        runs = _runs(toks)
        if runs and runs[-1].last == len(toks) - 1:  # `Jane Doe: “…”`
            run = runs[-1]
            where = base + toks[run.first].start
            return _Attribution("name", run.name, run.prefix_role, where)
    verb = _find_verb(toks, len(toks))
    if verb is None:
        return None
    if toks[verb].low == "according":
        return _person_in(toks, verb + 2, min(len(toks), verb + 10), base, known)
    found = _person_in(toks, 0, verb, base, known) if verb <= 14 else None
    if found is None:
        found = _person_in(toks, verb + 1, min(len(toks), verb + 10), base, known)
    return found


# --- the proposer ------------------------------------------------------------------------------


def propose(text: str) -> list[Proposal]:
    """The article's quotes with their speakers, in article order (one paragraph a line)."""
    article = _Article(text)
    proposals: list[Proposal] = []
    seen: set[str] = set()
    previous_unclosed: str | None = None
    for p, para in enumerate(article.paras):
        base = article.offsets[p]
        spans = _spans(para, p)
        last_end = 0
        carried = previous_unclosed
        previous_unclosed = None
        for s, span in enumerate(spans):
            quote = _clean_quote(span.text)
            if _word_count(quote) < MIN_WORDS:
                continue  # never proposed: no need to look for its speaker
            stop = spans[s + 1].open if s + 1 < len(spans) else len(para)
            speaker, role, explicit = _resolve(article, para, spans, s, last_end, stop, base)
            if speaker is None and carried is not None and span.open == 0:
                speaker, explicit = carried, True  # a quote running on over paragraphs
            last_end = span.close + 1
            if speaker is not None:
                article._mention(base + span.open, p, speaker, speaker.lower() in article.people)
                if span.close >= len(para):
                    previous_unclosed = speaker
            if not _worth_proposing(quote, explicit) or speaker is None:
                continue
            key = " ".join(quote.lower().split())
            if key in seen:
                continue  # a pull quote repeats a quote of the text
            seen.add(key)
            proposals.append(Proposal(quote, speaker, role or article.roles.get(speaker)))
    return proposals


def _resolve(
    article: _Article,
    para: str,
    spans: list[_Span],
    s: int,
    last_end: int,
    stop: int,
    base: int,
) -> tuple[str | None, str | None, bool]:
    """(speaker, role, explicit) of spans[s]; explicit = attributed in its own sentence."""
    span = spans[s]
    after_stop = min(stop, span.close + 1 + WINDOW)
    between = para[span.close + 1 : stop]
    attribution = _after(para, span, after_stop, base, article.people)
    if attribution is not None and s + 1 < len(spans):
        # `“A.” Doe said: “B.”`: the attribution introduces B, not A.
        ends_sentence = bool(re.search(r"[.!?…]$", span.text))
        if ends_sentence and between.rstrip().endswith((":", ",")):
            attribution = None
    if attribution is None:
        start = max(last_end, span.open - WINDOW)
        attribution = _before(para, span, start, base, article.people)
        if attribution is None and span.open == 0 and s == 0 and span.para > 0:
            attribution = _intro_paragraph(article, span.para - 1)
    if attribution is not None:
        if attribution.kind == "unnamed":
            return None, None, True
        if attribution.kind == "pronoun":
            name = article.nearest(attribution.offset, person_only=True)
            return name, None, name is not None
        name = article.canonical(attribution.name or "")
        return name, attribution.role, True
    # A quote standing alone: the person last named or quoted, in this paragraph or the one before.
    offset = base + span.open
    name = article.nearest(offset, person_only=False, min_para=max(0, span.para - 1))
    return name, None, False


def _intro_paragraph(article: _Article, p: int) -> _Attribution | None:
    """`Doe put it this way:` ending the paragraph before a quote."""
    para = article.paras[p]
    if not para.endswith(":"):
        return None
    fake = _Span(p, len(para), len(para), "")
    start = max(0, len(para) - WINDOW)
    attribution = _before(para, fake, start, article.offsets[p], article.people)
    return attribution


def _worth_proposing(quote: str, explicit: bool) -> bool:
    words = _word_count(quote)
    if words < MIN_WORDS:
        return False
    first = next((ch for ch in quote if ch.isalnum()), "")
    if first.islower():  # a fragment inside the writer's sentence
        return explicit and words >= MIN_PARTIAL_WORDS
    capitalised = sum(1 for w in quote.split() if w[:1].isupper())
    # A title (“The State of AI Report”) is not a quote.
    return capitalised < 0.6 * len(quote.split()) or bool(re.search(r"[.!?]$", quote))


# --- output ------------------------------------------------------------------------------------


def to_yaml(proposals: Iterable[Proposal], indent: int = 2) -> str:
    """YAML to paste under `quotes:` (each item indented like the scaffold's)."""
    items = []
    for proposal in proposals:
        item: dict[str, str] = {"text": proposal.text, "speaker": proposal.speaker}
        if proposal.role:
            item["role"] = proposal.role
        items.append(item)
    if not items:
        return ""
    dumped = yaml.safe_dump(
        items, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10**9
    )
    pad = " " * indent
    return "".join(pad + line + "\n" for line in dumped.splitlines())


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
