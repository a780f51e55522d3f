"""The proposer on the classes left after batch 35 (second round).

One or more tests per class, on text of its own (invented people, firms and places). Expected
values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

from digest.editor.articles import extract_html


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><article><h1>Ferry timetable cut</h1>{body}</article></body></html>"


# --- 1. HTML: a line break inside a quote, curly marks inside straight ones -----------------


def test_a_line_break_inside_a_quote_does_not_cut_it():
    page = _page(
        "The ferry operator cut its winter timetable on Monday, leaving the island of Skelvik "
        "with two crossings a day.",
        "“We were not consulted about any of it,” said Maren Holt, who runs the island's "
        "only bakery.",
        "The harbour board said the cuts were needed to pay for repairs to the pier.",
        '"This timetable was written for the tourists<br>and not for the people who live '
        "here,\" said Oskar Lindqvist, chair of the Example Skelvik Islanders' Association.",
    )
    got = found(extract_html(page)[0])
    assert got[-1] == (
        "This timetable was written for the tourists and not for the people who live here",
        "Oskar Lindqvist",
        "chair of the Example Skelvik Islanders' Association",
    )
    assert [g[1] for g in got] == ["Maren Holt", "Oskar Lindqvist"]


def test_a_line_break_before_a_quote_still_introduces_it():
    page = _page(
        "The harbour board met the islanders on Tuesday.",
        'Asked what the board would do next, Oskar Lindqvist said:<br>"We will ask for the '
        'old timetable back, and we will keep asking until we get it."',
    )
    got = found(extract_html(page)[0])
    assert got == [
        (
            "We will ask for the old timetable back, and we will keep asking until we get it.",
            "Oskar Lindqvist",
            None,
        )
    ]


def test_curly_marks_inside_straight_ones_do_not_cut_the_quote():
    page = _page(
        "The harbour board said the cuts were needed to pay for repairs to the pier.",
        '"We will not accept this timetable," said Oskar Lindqvist, who chairs the islanders\' '
        "association.",
        '"We asked for one more boat and got “a review” instead of an answer," said Ingrid '
        "Vass, a nurse at the island clinic.",
    )
    got = found(extract_html(page)[0])
    assert got[-1] == (
        "We asked for one more boat and got “a review” instead of an answer",
        "Ingrid Vass",
        "nurse at the island clinic",
    )


def test_a_dash_line_after_a_quote_with_a_line_break():
    page = _page(
        "<strong>HARBOUR</strong>",
        '"We have rebuilt the pier twice in ten years.<br>We need the board to pay for a '
        'third, not the ferry company." —Signe Aaberg, Mayor of Skelvik',
        "<strong>FERRIES</strong>",
    )
    got = found(extract_html(page)[0])
    assert got == [
        (
            "We have rebuilt the pier twice in ten years. We need the board to pay for a "
            "third, not the ferry company.",
            "Signe Aaberg",
            "Mayor of Skelvik",
        )
    ]


def test_two_line_breaks_inside_a_quote_stay_a_paragraph_break():
    page = _page(
        "The harbour board met the islanders on Tuesday.",
        '"We have rebuilt the pier twice in ten years.<br><br>We need the board to pay for a '
        'third," said Signe Aaberg, the mayor of Skelvik.',
    )
    text = extract_html(page)[0]
    assert "ten years.\nWe need" in text


# --- 2. a quote over two paragraphs, its attribution only in the second ---------------------


def test_a_quote_over_two_paragraphs_attributed_in_the_second():
    text = (
        "The harbour board met the islanders on Tuesday.\n\n"
        "“We have rebuilt the pier twice in ten years, and each time the board promised it "
        "would be the last.\n\n"
        "“This time we want it in writing,” said Signe Aaberg, the mayor of Skelvik.\n"
    )
    got = found(text)
    assert [g[1] for g in got] == ["Signe Aaberg"] * 2
    assert got[0][0].startswith("We have rebuilt the pier")


def test_an_open_quote_before_a_paragraph_of_prose_gets_no_speaker():
    text = (
        "“We have rebuilt the pier twice in ten years, and each time the board promised it "
        "would be the last.\n\n"
        "Signe Aaberg, the mayor of Skelvik, said the board had not replied to her letters.\n"
    )
    assert found(text) == []


# --- 4. a role after a relative clause: `NAME, who … and is now ROLE` ------------------------


def test_who_and_is_now_the_role():
    text = (
        "“The timetable is the island's lifeline,” said Hanne Ostby, who moved to Skelvik in "
        "2009 and is now chief executive of the Example Skelvik Port Trust.\n"
    )
    assert found(text) == [
        (
            "The timetable is the island's lifeline",
            "Hanne Ostby",
            "chief executive of the Example Skelvik Port Trust",
        )
    ]


def test_who_and_is_now_no_office_is_no_role():
    text = (
        "“The timetable is the island's lifeline,” said Hanne Ostby, who moved to Skelvik in "
        "2009 and is now quite sure she will never leave.\n"
    )
    assert found(text) == [("The timetable is the island's lifeline", "Hanne Ostby", None)]


# --- 5. a dash line with the office before the name -----------------------------------------


def test_an_office_with_a_list_of_portfolios_before_a_dash_lines_name():
    text = (
        "“The ferry is a road. Nobody asks a road to pay for itself.” – Minister of Transport, "
        "Fisheries and Islands Brynja Solvang, at a news conference in Skelvik\n"
    )
    assert found(text) == [
        (
            "The ferry is a road. Nobody asks a road to pay for itself.",
            "Brynja Solvang",
            "Minister of Transport, Fisheries and Islands",
        )
    ]
