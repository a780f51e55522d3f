"""The proposer on the classes behind blind batches 65 and 66's wrong proposals and misses.

One or more tests per class, on text of its own (invented people, firms, parishes and pages): a
cleric's styling is no part of a name, an office is printed as it is printed, a lay member holds
no post, a group's finding is nobody's in the next sentence, a short given name is the person
named in full, and what a transcript's speaker quotes inside their turn is not their quote.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Canon`, `Revd`, `Rt Revd`, `Reverend`: a cleric's styling, never part of the name -------


def test_a_canon_before_a_name_and_an_office_after_it_is_the_office_alone():
    text = (
        "Canon Marisol Weatherby-Ode, the cathedral’s precentor, said the choir “will keep "
        "singing the old settings at evensong.”"
    )
    assert found(text) == [
        (
            "will keep singing the old settings at evensong.",
            "Marisol Weatherby-Ode",
            "cathedral’s precentor",
        )
    ]


def test_the_bishop_of_a_see_then_the_rt_revd_name_is_the_bishop_of_that_see():
    text = (
        "The Bishop of Felmouth, the Rt Revd Oswin Hartley-Pike, has written to every parish. "
        "In that letter he says: “Nobody should read out words they have not weighed for "
        "themselves first.”"
    )
    assert found(text) == [
        (
            "Nobody should read out words they have not weighed for themselves first.",
            "Oswin Hartley-Pike",
            "Bishop of Felmouth",
        )
    ]


def test_the_reverend_before_a_name_is_dropped_and_the_office_kept():
    text = (
        "The Reverend Idris Calloway-Nunn, rector of Saint Brannoc’s, wrote on Sunday: “I typed "
        "the first draft with help and I should have said so from the pulpit.”"
    )
    assert found(text) == [
        (
            "I typed the first draft with help and I should have said so from the pulpit.",
            "Idris Calloway-Nunn",
            "rector of Saint Brannoc’s",
        )
    ]


# --- 2. Offices printed as printed: a cabin rank, `Our X and Y officer`, no `We met` in it -------


def test_a_pursers_rank_before_the_name_is_the_role_not_a_given_name():
    text = (
        "Purser Arlo Pennick-Vane wrote to the branch last week. “The new rota splits every team "
        "we have built over the summer,” he wrote."
    )
    assert found(text) == [
        (
            "The new rota splits every team we have built over the summer",
            "Arlo Pennick-Vane",
            "Purser",
        )
    ]


def test_our_two_nouns_joined_by_and_make_one_office():
    text = (
        "Our health and safety officer, Mina Trowbridge-Ash, has checked the rotas.\n\n"
        "“Rest is falling a little every single month,” Trowbridge-Ash says."
    )
    assert found(text) == [
        (
            "Rest is falling a little every single month",
            "Mina Trowbridge-Ash",
            "Our health and safety officer",
        )
    ]


def test_the_writers_we_met_is_no_part_of_the_office_met():
    text = (
        "We met Lumora’s director of cabin services, Ivo Grant-Pell, on Monday. In his words: "
        "“The planner is doing its sums far too often for anyone to keep up with.”"
    )
    assert found(text) == [
        (
            "The planner is doing its sums far too often for anyone to keep up with.",
            "Ivo Grant-Pell",
            "Lumora’s director of cabin services",
        )
    ]


# --- 3. A lay member of a flock (`a member of the congregation`, `a younger member`): no role ----


def test_a_member_of_the_congregation_holds_no_post():
    text = (
        "A member of the congregation, Dana Whitcombe-Oyo, said she thought it fine. “Most of us "
        "use these apps at work every single day,” she said."
    )
    assert found(text) == [
        ("Most of us use these apps at work every single day", "Dana Whitcombe-Oyo", None)
    ]


def test_a_younger_member_with_an_age_holds_no_post():
    text = (
        "A younger member, Kofi Ballantyne-Ure, 27, who runs the tea rota, said the fuss was "
        "overdone. “Most of us use these apps at work every single day.”"
    )
    assert found(text) == [
        ("Most of us use these apps at work every single day.", "Kofi Ballantyne-Ure", None)
    ]


# --- 4. A group's printed finding is not the next sentence's named person's -------------------


def test_a_fragment_that_analysts_said_in_a_note_is_not_their_economists():
    text = (
        'Analysts at the Example Grain Council said in a note that the tariffs risked "pricing '
        'small mills out of the market". Its chief economist, Olwen Tarrant-Bly, said prices '
        "would fall."
    )
    assert found(text) == []


# --- 5. A short form of a given name is the person named in full --------------------------------


def test_a_footer_with_a_short_given_name_is_the_person_named_in_full():
    page = (
        "<html><body><article><p>The treasurer of St Oswin’s, Bartholomew Quaile-Mensah, "
        "posted a note on the parish page:</p>"
        '<blockquote class="social"><p>“Thirty years on this door. The bells were late once and '
        "nobody minded at all.”</p><footer>— Bart Quaile-Mensah, via the parish page</footer>"
        "</blockquote></article></body></html>"
    )
    assert [(text, speaker) for text, speaker, _ in found(page)] == [
        (
            "Thirty years on this door. The bells were late once and nobody minded at all.",
            "Bartholomew Quaile-Mensah",
        )
    ]


# --- 6. A transcript's turn quoting a script: the script is not the speaker's quote -------------


def test_a_turn_that_quotes_a_script_between_its_own_words_proposes_no_script():
    page = (
        "# Calls\n\nGuests:\n\n- Ines Marlow-Tey, founder of Example Quietvoice, a call centre "
        "firm\n\n"
        'Marlow-Tey has audited nine call centres. "If you would not play the recording to a '
        'customer, do not run it," she said.\n\n'
        "## Transcript\n\n"
        '> **Oren Black-Paz:** So if a caller asks, "Is this a person?", what should it say?\n>\n'
        '> **Ines Marlow-Tey:** "No." That\'s all. "No, I\'m a recorded voice, shall I find you a '
        'person?" Anything more is padding.\n'
    )
    assert found(page) == [
        (
            "If you would not play the recording to a customer, do not run it",
            "Ines Marlow-Tey",
            "founder of Example Quietvoice",
        )
    ]


# --- 7. A plain-text Q&A whose answers are printed without quotation marks ----------------------

_SUNDAY_QA = (
    "THE WEEKEND Q&A\n\n"
    "Odessa Wainright-Kole is director of Example Tallowfield Trust, which runs a night bus for "
    "people sleeping rough. In May it began routing the bus with an app.\n\n"
    "Why did a night bus need an app?\n\n"
    "Because we were driving the same loop every night and missing the people who had moved. "
    "The app tells us where the calls came from in the last hour.\n\n"
    "Has it worked?\n\n"
    "Mostly. We reach about a third more people a night than we did in April.\n\n"
    "What went wrong?\n\n"
    "Twice the bus went to a car park that had been closed for a week. I should have checked "
    "the map myself.\n\n"
    "The app's maker, Example Quillroad, says the closures were \"never in the data we were "
    'given". Is that fair?\n\n'
    "It's true. We gave them an old list, and that's on us.\n\n"
    "Would you use it again?\n\n"
    "Yes, with a volunteer checking the route before we leave the depot.\n\n"
    "Last one. The app or a second bus?\n\n"
    "A second bus. Every time.\n\n"
    "The trust's night bus runs from 10pm. Details at tallowfield.example.org.\n"
)


def test_a_plain_text_qa_without_marks_gives_each_answer_to_the_interviewee():
    role = "director of Example Tallowfield Trust"
    assert found(_SUNDAY_QA) == [
        (
            "Because we were driving the same loop every night and missing the people who had "
            "moved. The app tells us where the calls came from in the last hour.",
            "Odessa Wainright-Kole",
            role,
        ),
        (
            "Mostly. We reach about a third more people a night than we did in April.",
            "Odessa Wainright-Kole",
            role,
        ),
        (
            "Twice the bus went to a car park that had been closed for a week. I should have "
            "checked the map myself.",
            "Odessa Wainright-Kole",
            role,
        ),
        (
            "It's true. We gave them an old list, and that's on us.",
            "Odessa Wainright-Kole",
            role,
        ),
        (
            "Yes, with a volunteer checking the route before we leave the depot.",
            "Odessa Wainright-Kole",
            role,
        ),
        ("A second bus. Every time.", "Odessa Wainright-Kole", role),
    ]
