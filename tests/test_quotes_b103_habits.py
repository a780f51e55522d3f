"""The proposer on the classes behind blind batches 103 and 104's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a
one-word trade or `Academic` before a name (`Pensioner NAME, 81, who …`), a second office
with its tenure after `and a`, `he told her` after a woman's question, `NAME pressed him`, the
one given a minute to respond, a publication's title before a colon, a particle surname named in
full only in a dash line, `publisher of FIRM`, an office in a later `As ROLE she …` sentence,
a caption's dash-lined quote with a photo credit.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found, found_on_page

# --- 1. a one-word trade before a name, with an age ----------------------------------------------


def test_pensioner_before_a_name_with_an_age_is_the_role():
    text = (
        "Pensioner Marjorie Tillotson-Bray, 84, who has lived on the estate since 1969, was "
        "not convinced. “I have heard all this before, and the bins still go uncollected,” "
        "she said."
    )
    assert [q[1:] for q in found(text)] == [("Marjorie Tillotson-Bray", "Pensioner")]


def test_academic_before_a_name_is_the_role():
    text = (
        "Academic Ravi Olumide-Strand, who studies bus networks at Example Harbour "
        "University, was less sure. “A cheaper timetable is not a better one if nobody "
        "checks who it strands,” he said."
    )
    assert [q[1:] for q in found(text)] == [("Ravi Olumide-Strand", "Academic")]


# --- 2. a second office with its tenure after `and a` ---------------------------------------------


def test_a_trade_held_for_years_after_and_a_is_part_of_the_role():
    text = (
        "Tomasz Wielgosz-Ruiz, secretary of the Example Harbour Ferry Crews' Union and a "
        "deckhand on the night crossing for 15 years, said members would be consulted. “Nobody "
        "signs anything until the crews have read it,” he said."
    )
    assert [q[1:] for q in found(text)] == [
        (
            "Tomasz Wielgosz-Ruiz",
            "secretary of the Example Harbour Ferry Crews' Union and a deckhand on the night "
            "crossing for 15 years",
        )
    ]


# --- 3. a pronoun's gender: `he told her`, `NAME pressed him` -----------------------------------


def test_he_told_her_after_a_womans_question_is_the_one_asked():
    text = (
        "Harbour board chief executive Lionel Ashdown-Pryce spoke first. He told members the "
        "new timetable would save money.\n\n"
        "“Every saving goes back into the service,” he said.\n\n"
        "Councillor Beatrix Holloway-Senn asked Ashdown-Pryce directly: “Will you publish "
        "the figures?”\n\n"
        "He said he would. “You will have them by Monday,” he told her."
    )
    got = found(text)
    assert [q[:2] for q in got][-1] == ("You will have them by Monday", "Lionel Ashdown-Pryce")


def test_name_pressed_him_then_he_said_is_the_one_pressed():
    text = (
        "Committee chair Odette Marchetti-Lowe opened the session with a warning about "
        "overtime.\n\n"
        "The ferry company's operations director, Anselm Kowalczyk-Reyes, gave evidence by "
        "video link.\n\n"
        "“We run the timetable the model gives us,” he said.\n\n"
        "Marchetti-Lowe pressed him on whether the model could explain a single cancellation. "
        "He said it could not.\n\n"
        "“Not one by one, no,” he said."
    )
    got = found(text)
    assert [q[:2] for q in got][-1] == ("Not one by one, no", "Anselm Kowalczyk-Reyes")


def test_role_name_pressed_him_in_the_same_paragraph_as_the_answer():
    text = (
        "The ferry company's operations director, Anselm Kowalczyk-Reyes, gave evidence by "
        "video link.\n\n"
        "“We run the timetable the model gives us,” he said.\n\n"
        "Committee chair Odette Marchetti-Lowe pressed him on whether the model could explain "
        "a single cancellation. He said it could not.\n\n"
        "“Not one by one, no,” he said."
    )
    got = found(text)
    assert [q[:2] for q in got][-1] == ("Not one by one, no", "Anselm Kowalczyk-Reyes")


def test_the_one_given_a_minute_to_respond_is_the_next_she():
    text = (
        "Committee chair Odette Marchetti-Lowe opened the session. “We are here to find out "
        "who pays,” she said.\n\n"
        "Anselm Kowalczyk-Reyes, the ferry company's operations director, spoke next. “We run "
        "the timetable the model gives us,” he said.\n\n"
        "Greta Hallstrom-Obi, who leads the crews' union, followed. “Our members built this "
        "timetable,” she said.\n\n"
        "The chair gave Hallstrom-Obi a minute to respond to Kowalczyk-Reyes. She called his "
        "answer “the most candid thing said here all morning”, and went further.\n\n"
        "“If they cannot explain it, they cannot defend it,” she said."
    )
    got = found(text)
    assert [q[:2] for q in got][-2:] == [
        ("the most candid thing said here all morning", "Greta Hallstrom-Obi"),
        ("If they cannot explain it, they cannot defend it", "Greta Hallstrom-Obi"),
    ]


# --- 4. a publication's title before a colon is no speaker --------------------------------------


def test_a_magazine_title_in_italics_before_a_colon_is_no_speaker():
    text = (
        "Klaus Oberhuber-Lenz, publisher of Example Tiroler Blatt, spoke to us in his office. "
        "“We translate everything now,” he said.\n\n"
        "He has a motto for it, which he first used in an interview with the trade title "
        "*Example Verlagswoche*: «Die Maschine schreibt, der Mensch haftet» (“the machine "
        "writes, the human is liable”)."
    )
    got = found(text)
    assert all("Verlagswoche" not in q[1] for q in got)


# --- 5. a surname with a particle, named in full only in a block quote's dash line ---------------


def test_a_capitalised_particle_surname_is_the_dash_lines_person():
    text = (
        "One of those members worked for the paper for six years.\n\n"
        "> “I used to get two days for a feature. Now I get a night.”\n"
        ">\n"
        "> — Mariana de Oliveira Castro, freelance translator, Porto\n\n"
        "De Oliveira Castro said the change came by email. “The rate fell by two thirds,” "
        "she said."
    )
    got = found(text)
    assert [q[1] for q in got] == ["Mariana de Oliveira Castro"] * 2


# --- 6. `publisher of FIRM` ---------------------------------------------------------------------


def test_publisher_of_a_firm_after_said_name_is_the_role():
    text = (
        '"We print twelve titles and translate all of them now," said Hanna-Liese Oberwinkler, '
        "publisher of Example Etschtal Verlag, which her family has owned since 1962."
    )
    assert [q[1:] for q in found(text)] == [
        ("Hanna-Liese Oberwinkler", "publisher of Example Etschtal Verlag")
    ]


# --- 7. an interviewee's office in a later `As ROLE she …` sentence -------------------------------


def test_an_office_in_a_later_as_role_sentence_is_the_interviewees():
    text = (
        "When Ingeborg Halvorsen-Adu took over Example Fjordlinjen in 2022, the ferries ran "
        "late and half empty.\n\n"
        "Halvorsen-Adu, 49, was born in Bergen and spent a decade at sea. As managing director "
        "of Example Fjordlinjen she now runs 14 routes. We spoke at the terminal.\n\n"
        "**Ledger:** Why put software in charge of the timetable?\n\n"
        "**Halvorsen-Adu:** Because the old one was written for a town that no longer exists. "
        "The software only shows us that.\n\n"
        "**Ledger:** Do the crews trust it?\n\n"
        "**Halvorsen-Adu:** On calm days they do. On windy days they trust their own eyes "
        "first, and I think they are right to."
    )
    assert [q[1:] for q in found(text)] == [
        ("Ingeborg Halvorsen-Adu", "managing director of Example Fjordlinjen"),
        ("Ingeborg Halvorsen-Adu", "managing director of Example Fjordlinjen"),
    ]


# --- 8. a photo caption's quote with a dash line, a relative clause and a photo credit ------------


def test_a_caption_quote_with_a_dash_line_and_a_photo_credit(tmp_path):
    body = (
        "<p>The port switched its cranes to the new planner in March.</p>"
        '<figure><img src="cranes.jpg" alt="Cranes at dusk"><figcaption>“A planner that learns '
        "is also a planner that can learn the wrong habit.” — Henrike Vassdal-Moen, researcher "
        "at Example Baltic Port Lab who studies crane scheduling. Photo: Example Images"
        "</figcaption></figure>"
        "<p>Vassdal-Moen wants the port to publish the planner's logs.</p>"
    )
    got = found_on_page(tmp_path, "Cranes", body)
    assert got == [
        (
            "A planner that learns is also a planner that can learn the wrong habit.",
            "Henrike Vassdal-Moen",
            "researcher at Example Baltic Port Lab who studies crane scheduling",
        )
    ]
