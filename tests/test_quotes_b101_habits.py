"""The proposer on the classes behind blind batches 101 and 102's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): an
interview's office given as `NAME … is now ROLE at FIRM`, a paper's title after a possessive,
a role of two offices joined by `and a`, a photo caption repeating part of a body quote.
Expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from quote_articles import found, found_on_page

# --- 1. an interviewee's office as a predicate of the introduction -------------------------------


def test_an_interviewees_office_after_is_now():
    text = (
        "Tobias Ferreira-Lund trained as a hydrologist in Bergen, spent a decade at sea and is "
        "now head of forecasting at Example Nordhavn Ports, which runs four container "
        "terminals. We spoke in his office overlooking the quay.\n\n"
        "**Ledger:** What does the model do?\n\n"
        "**Ferreira-Lund:** It tells the crane crews when the wind will stop them working. "
        "Nothing more than that, and nothing less.\n\n"
        "**Ledger:** Do the crews trust it?\n\n"
        "**Ferreira-Lund:** They trust it on calm days. On windy days they trust their own eyes "
        "first, and I think they are right to."
    )
    got = found(text)
    assert [q[1:] for q in got] == [
        ("Tobias Ferreira-Lund", "head of forecasting at Example Nordhavn Ports"),
        ("Tobias Ferreira-Lund", "head of forecasting at Example Nordhavn Ports"),
    ]


# --- 2. a paper's title after a possessive -------------------------------------------------------


def test_a_title_after_a_possessive_is_no_quote():
    text = (
        "Odile Brennan-Sato, a soil scientist at Example Marrow University, has spent years "
        "on the problem. In a talk last spring she called soil sensing “the slowest science "
        "in the whole of farming.” Her 2023 book, “Counting the Rain in the Valleys of the "
        "South”, is still the standard text."
    )
    got = found(text)
    assert [q[0] for q in got] == ["the slowest science in the whole of farming."]


# --- 3. a role of two offices joined by `and a` ------------------------------------------------


def test_a_role_of_two_offices_joined_by_and_a():
    text = (
        "Grainne Oyelowo-Park, a shift supervisor at one of the bigger packing houses and a "
        "delegate for the Example Packers' Union, said the rota software ignored the heat.\n\n"
        "“We are the ones on the line when the sheds reach thirty degrees,” she said."
    )
    got = found(text)
    assert [q[1:] for q in got] == [
        (
            "Grainne Oyelowo-Park",
            "shift supervisor at one of the bigger packing houses and a delegate for the "
            "Example Packers' Union",
        )
    ]


# --- 5. a dash line's role with its relative clause, longer than a role in prose --------------


def test_a_footer_dash_line_keeps_a_long_relative_clause(tmp_path: Path):
    body = (
        "<p>The growers' council set out its rules on field drones in April, and their author "
        "spoke at the show.</p>"
        "<blockquote><p>“A drone that films a neighbour's field without asking is trespassing, "
        "whatever the software says.”</p><footer>—Anselm Okonjo-Reyes, legal officer at the "
        "Example Council of Upland Growers who drafted its rules on drones and cameras"
        "</footer></blockquote>"
    )
    got = found_on_page(tmp_path, "Drone rules", body)
    assert [q[1:] for q in got] == [
        (
            "Anselm Okonjo-Reyes",
            "legal officer at the Example Council of Upland Growers who drafted its rules on "
            "drones and cameras",
        )
    ]


# --- 6. an Irish surname with `Mac an` and a mutated noun ---------------------------------------


def test_an_irish_surname_with_mac_an_and_a_mutated_noun():
    text = (
        "Duty solicitor Caoimhe Mac an tSionnaigh, who works in two of the pilot courts, wants "
        "every recording kept for a year.\n\n"
        "“If the transcript and the tape disagree, the tape wins,” Mac an tSionnaigh said. "
        "“Otherwise we are arguing with a summary.”"
    )
    got = found(text)
    assert [q[1:] for q in got] == [
        ("Caoimhe Mac an tSionnaigh", "Duty solicitor"),
        ("Caoimhe Mac an tSionnaigh", "Duty solicitor"),
    ]


# --- 7. `NAME said the body had insisted on X: “…”`: the quote is NAME's ------------------------


def test_a_colon_after_a_bodys_reported_verb_and_object_is_the_speakers():
    text = (
        "Zanele Mokoena-Vance, the Example Highveld Tenants Trust director of services, said "
        "the trust had insisted on tight rules: “No letter goes to a tenant unless a person has "
        "read it. That was our price for joining the trial.”"
    )
    got = found(text)
    assert [q[1:] for q in got] == [
        ("Zanele Mokoena-Vance", "Example Highveld Tenants Trust director of services")
    ]


# --- 8. a passive `be turned into` before a colon is no gesture ---------------------------------


def test_a_passive_before_the_colon_is_no_gesture():
    text = (
        "Not everyone was pleased. Retired surgeon Sir Percival Hobbs-Amadi wrote on Bluesky "
        "that one good outcome should not be turned into a campaign: “For every patient who "
        "reads the leaflet there will be twenty who never do. Doctors will be left with the "
        "consequences.”"
    )
    got = found(text)
    assert [q[1:] for q in got] == [("Percival Hobbs-Amadi", "Retired surgeon")]


# --- 9. `continued to VERB` after a fragment is no attribution --------------------------------


def test_continued_to_after_a_fragment_is_no_attribution():
    text = (
        "Example Kowhai Mutual's chief operating officer, Bartholomew Ngata-Reyes, said in a "
        "statement: “Our staffing reflects demand, not any single tool.”\n\n"
        "He added that the insurer had “moved more than 40 staff into new jobs in fraud review "
        "and customer care,” and that it continued to hire claims handlers in its Napier office."
    )
    got = found(text)
    assert [q[0] for q in got] == [
        "Our staffing reflects demand, not any single tool.",
        "moved more than 40 staff into new jobs in fraud review and customer care",
    ]
    assert {q[1] for q in got} == {"Bartholomew Ngata-Reyes"}
