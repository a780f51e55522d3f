"""The proposer on the classes behind blind batches 91 and 92's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): two offices
joined by `and` before the name, the first capitalised as the sentence's first word
(`Genealogist and author NAME`); a name inside another's reported speech (`NAME, she said, had
agreed`) that the next `she` does not mean. Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. `Genealogist and author NAME` ------------------------------------------------------------


def test_two_offices_opening_the_sentence_before_the_name_are_one_role():
    text = (
        "Perfumer and broadcaster Ottilie Fairweather-Mbeki tried the scent app in April. "
        "“It told me the rose was synthetic while I was holding the flower,” she said."
    )
    assert found(text) == [
        (
            "It told me the rose was synthetic while I was holding the flower",
            "Ottilie Fairweather-Mbeki",
            "Perfumer and broadcaster",
        )
    ]


def test_a_capitalised_office_and_an_office_before_the_name_as_a_later_quote_role():
    text = (
        "Cartographer and lecturer Idris Penhallow-Sato was unconvinced by the new maps. "
        "“The software draws rivers where there have never been rivers,” he said.\n\n"
        "Penhallow-Sato has asked the council to publish the survey data. “Then we can check it "
        "ourselves,” he said."
    )
    assert found(text) == [
        (
            "The software draws rivers where there have never been rivers",
            "Idris Penhallow-Sato",
            "Cartographer and lecturer",
        ),
        ("Then we can check it ourselves", "Idris Penhallow-Sato", "Cartographer and lecturer"),
    ]


# --- 2. `NAME, she said, had agreed …`: a name in another's reported speech ----------------------


def test_a_name_inside_reported_speech_is_not_the_next_pronouns_person():
    text = (
        "Committee chair Rosa Delgado-Park opened the session with a warning about the budget.\n\n"
        "Tamsin Oakley-Reyes, a local historian and volunteer, said the new catalogue had helped "
        "families trace relatives. Delgado-Park, she said, had promised to keep the reading room "
        "open on Saturdays.\n\n"
        "“People come here to find their grandparents, not to queue for a terminal,” she told "
        "the committee."
    )
    assert found(text) == [
        (
            "People come here to find their grandparents, not to queue for a terminal",
            "Tamsin Oakley-Reyes",
            "local historian and volunteer",
        )
    ]


def test_a_man_named_in_reported_speech_is_not_the_next_he():
    text = (
        "Harbourmaster Colm Aherne-Ruiz spoke first, about dredging.\n\n"
        "Piet Vandersloot, who chairs the fishermen's cooperative, said the sonar survey was late. "
        "Aherne-Ruiz, he said, had blamed the contractor.\n\n"
        "“Every week it is late, we lose another berth to the silt,” he said."
    )
    assert found(text) == [
        (
            "Every week it is late, we lose another berth to the silt",
            "Piet Vandersloot",
            None,
        )
    ]


# --- 3. `One of those volunteers, NAME, …, was less impressed. “…”`: no verb of speech ------------


def test_one_of_a_group_then_the_name_introduces_the_quote_after_it():
    text = (
        "The museum asked forty volunteers to check the machine's readings of the ledgers. One of "
        "those volunteers, Bartholomew Ekwueme-Lund, a retired surveyor from Kirkwall, was less "
        "taken with the result. “It reads a seven as a one every single time. I had to go back "
        "through every page of 1884 myself.”"
    )
    assert found(text) == [
        (
            "It reads a seven as a one every single time. I had to go back through every page of "
            "1884 myself.",
            "Bartholomew Ekwueme-Lund",
            "retired surveyor from Kirkwall",
        )
    ]


# --- 4. `NAME, who manages …, posted a screenshot of … and wrote:` --------------------------------


def test_a_relative_clause_then_a_first_verb_and_wrote_before_the_colon():
    text = (
        "On Mastodon, conservator Ifeoma Arrowsmith-Tan, who looks after the glass plate "
        "negatives at a county record office in Shropshire, shared a photo of the new scanner "
        "and wrote: “A machine that guesses the faces in a picture is not restoring it. It is "
        "painting over it.”"
    )
    assert found(text) == [
        (
            "A machine that guesses the faces in a picture is not restoring it. It is painting "
            "over it.",
            "Ifeoma Arrowsmith-Tan",
            "conservator",
        )
    ]


# --- 5. `NAME, who led …, ‘Title’, told the Gazette: ‘…’`: a title in the aside ------------------


def test_a_title_set_off_in_the_aside_between_the_name_and_the_verb():
    text = (
        "Sir Anselm Okafor-Wrigley, who chaired last year's inquiry into rural bus services, "
        "‘Left at the Stop: A Review of Village Routes’, told the Courier: ‘Nobody should need a "
        "smartphone to get to the doctor. That is where this timetable leaves people.’"
    )
    assert found(text) == [
        (
            "Nobody should need a smartphone to get to the doctor. That is where this timetable "
            "leaves people.",
            "Anselm Okafor-Wrigley",
            None,
        )
    ]


# --- 6. `Asked by the chair whether …, she said no`: an office asking is not who answers ---------


def test_the_office_that_asks_is_not_the_one_who_answers_next():
    text = (
        "The committee's convener, Morag Tennant-Adeyemi, opened the hearing at ten.\n\n"
        "Harbour board chief executive Ines Valderrama-Shaw was called first.\n\n"
        "Valderrama-Shaw returned after lunch. Asked by the convener whether the cameras would be "
        "switched off during the review, she said they would not.\n\n"
        "“Turning them off would tell us nothing about whether they work,” she said."
    )
    assert found(text) == [
        (
            "Turning them off would tell us nothing about whether they work",
            "Ines Valderrama-Shaw",
            "Harbour board chief executive",
        )
    ]
