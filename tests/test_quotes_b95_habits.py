"""The proposer on the classes behind blind batches 95 and 96's false proposals and misses.

One or more tests per class, on text of its own (invented people, firms and places): a
nickname in quotes inside a name; a relative clause after `who`; an asker who is not the one
who answers; a second office after `a NOUN and`; a chief executive who says he will answer; an
anonymous group's `they said`; dash lines in a sidebar; one-word first parts; captions; a
ward sister with `Ní` in her name. Expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from quote_articles import found, found_on_page

# --- 1. `Tobiah "tobs" Mbeki-Lindqvist`: a nickname in quotes inside a name --------------------


def test_a_nickname_in_quotes_inside_a_name_keeps_the_name_and_the_pronoun():
    text = (
        "Board member Rosalind Achterberg said: “The grant is a start, not a solution.”\n\n"
        "Casimir “caz” Oduya-Pemberton, maintainer of the parser library tinyleaf, praised "
        "the grant. “It pays for the work nobody sees,” he said. “That is rare.”"
    )
    who, role = "Casimir Oduya-Pemberton", "maintainer of the parser library tinyleaf"
    assert found(text) == [
        ("The grant is a start, not a solution.", "Rosalind Achterberg", "Board member"),
        ("It pays for the work nobody sees", who, role),
        ("That is rare.", who, role),
    ]


# --- 2. `NAME, who maintains … and has been one of …`: no role past `who` ---------------------


def test_a_relative_clause_after_who_is_no_role():
    text = (
        "First reaction from the community. Kim spoke to Dmitri Okafor-Lund, who runs the "
        "benchmark site evalboard and has been one of Vantor's harshest critics on openness. "
        "He was cautious.\n\n"
        "“A licence is a promise, and promises get broken,” he said."
    )
    assert found(text) == [
        ("A licence is a promise, and promises get broken", "Dmitri Okafor-Lund", None)
    ]


# --- 3. `An audience member, NAME, asked …. He shook his head.` -------------------------------


def test_the_asker_is_not_the_one_who_answers():
    text = (
        "Tomasz Pemberton-Achebe, the lab's research chief, opened with a demo.\n\n"
        "Pemberton-Achebe returned to the stage for the afternoon session. A student, Ilse "
        "Marquardt-Vos, asked whether the weights would stay public. He nodded.\n\n"
        "“Once they are out, they are out, and that is the point,” he said."
    )
    assert found(text) == [
        (
            "Once they are out, they are out, and that is the point",
            "Tomasz Pemberton-Achebe",
            "lab's research chief",
        )
    ]


# --- 4. `a pharmacist and FIRM's director of pharmacy`: one person's two offices ---------------


def test_a_trade_and_a_firms_office_are_one_role():
    text = (
        "“The queue is the patient's problem, not ours,” said Odalys Ferreira-Kim, a radiographer "
        "and Example Tamsin's head of imaging."
    )
    assert found(text) == [
        (
            "The queue is the patient's problem, not ours",
            "Odalys Ferreira-Kim",
            "radiographer and Example Tamsin's head of imaging",
        )
    ]


# --- 5. `…. Asked for a number, the chief executive said he would …` ---------------------------


def test_the_office_that_says_he_will_answer_is_the_pronouns_person():
    text = (
        "Dana Whitcombe-Ilori, Example Corvel Health's chief executive, testified on Tuesday.\n\n"
        "Senator Raymond Aukai, a Democrat from Oregon, pressed Whitcombe-Ilori on the error "
        "rate. Asked for a figure, the chief executive said he would send it later.\n\n"
        "“We track it closely, and you will have the number this week,” he said."
    )
    assert found(text) == [
        (
            "We track it closely, and you will have the number this week",
            "Dana Whitcombe-Ilori",
            "Example Corvel Health's chief executive",
        )
    ]


# --- 6. an anonymous group's `they said` is no named person's -----------------------------------


def test_an_anonymous_groups_paraphrase_is_nobodys():
    text = (
        "Its finance chief, Hortensia Vale-Osei, promised savings within a year.\n\n"
        "The rollout stalled, according to three nurses who spoke to the Bulletin. Instead, they "
        "said, the tool sent thousands of alerts that “nobody on the ward could ever act on in "
        "time.”"
    )
    assert found(text) == []


# --- 7. `NAME Ní NAME, a ward sister who …`: a nurse's rank, not kin ----------------------------


def test_a_ward_sister_is_a_role_not_kin():
    text = (
        "But Orlaith Ní Dhomhnaill, a ward sister who has worked at the hospital for nine years, "
        "said staff learned of it late.\n\n"
        "‘Nobody asked us,’ Ní Dhomhnaill said. ‘We found out from a poster in the canteen.’"
    )
    who, role = "Orlaith Ní Dhomhnaill", "ward sister"
    assert found(text) == [
        ("Nobody asked us", who, role),
        ("We found out from a poster in the canteen.", who, role),
    ]


def test_a_younger_sister_is_still_kin():
    text = (
        "Orlaith Brennan, a younger sister of the patient, said staff learned of it late. "
        "‘Nobody asked us,’ Brennan said."
    )
    assert found(text) == [("Nobody asked us", "Orlaith Brennan", None)]


# --- 8. `… posted a video …. The caption read: “…”` ---------------------------------------------


def test_the_caption_read_is_the_posters():
    text = (
        "Ayodele Brightman-Cruz, a midwife in Leeds, posted a video on Monday showing her "
        "rota. The caption read: “Three shifts, three wards, one very tired midwife.” It was "
        "shared widely."
    )
    assert found(text) == [
        (
            "Three shifts, three wards, one very tired midwife.",
            "Ayodele Brightman-Cruz",
            "midwife in Leeds",
        )
    ]


# --- 9. `— Wibisono, founder of FIRM`: a one-word name in a dash line ----------------------------


def test_a_one_word_name_in_a_dash_line_before_a_bare_office():
    text = (
        "The vendors are confident.\n\n"
        "“Every clinic wants the same report, and nobody can write it.” — Wibisono, founder of "
        "Example Java Shifts"
    )
    assert found(text) == [
        (
            "Every clinic wants the same report, and nobody can write it.",
            "Wibisono",
            "founder of Example Java Shifts",
        )
    ]


# --- 10. a one-word first part before `said NAME, ROLE who …,` -----------------------------------


def test_a_one_word_split_part_before_an_apposition_with_who():
    text = (
        "“Volume,” said Tobias Lindgren-Achebe, a claims analyst who has worked on billing "
        "disputes at Example Harrow's main office for 12 years, “is not the same thing as value. "
        "The tool is fast, and fast is not right.”"
    )
    assert found(text) == [
        (
            "Volume … is not the same thing as value. The tool is fast, and fast is not right.",
            "Tobias Lindgren-Achebe",
            "claims analyst",
        )
    ]


# --- 11. `NAME declined to comment on what she called “…”, but said: “…”` ---------------------


def test_a_second_predicate_after_but_is_the_names():
    text = (
        "Vantor's general counsel, Ottilie Brandvold-Nakamura, declined to comment on what she "
        "called “speculation”, but said: “Any change to our pricing will be announced in "
        "advance, and existing customers keep their terms.”"
    )
    assert found(text) == [
        (
            "Any change to our pricing will be announced in advance, and existing customers "
            "keep their terms.",
            "Ottilie Brandvold-Nakamura",
            "Vantor's general counsel",
        )
    ]


# --- 12. `Her advice was short — “…” — and drew applause`: a quote set off by dashes -------------


def test_a_quote_set_off_by_dashes_mid_sentence():
    text = (
        "Ines Varga-Holm, the only panellist paid to do the work, said her employer was unusual. "
        "Her advice to other firms was short — “Pay for the dull parts; nobody else will” — and "
        "drew the loudest applause of the day."
    )
    assert found(text) == [("Pay for the dull parts; nobody else will", "Ines Varga-Holm", None)]


# --- 13. `the crossbench peer Lord NAME asked ministers: ‘…?’`: an office before a peer's name ---


def test_a_bench_and_peer_before_a_peers_name_is_the_role():
    text = (
        "In the House of Lords on Tuesday, the crossbench peer Lord Fenwick asked ministers: "
        "‘Will the minister publish the contract?’\n\n"
        "‘If the public paid for it, the public should see it,’ Lord Fenwick added."
    )
    assert found(text) == [
        ("If the public paid for it, the public should see it", "Lord Fenwick", "crossbench peer")
    ]


def test_a_peer_who_is_a_colleague_is_no_role():
    text = (
        "Her peer Tom Fenwick said the contract should be published. ‘If the public paid for "
        "it, the public should see it,’ he added."
    )
    assert found(text) == [
        ("If the public paid for it, the public should see it", "Tom Fenwick", None)
    ]


# --- 14. `NAME, chief executive of Example Clinic, who wrote in the cover letter:` ⏎ block quote -


def test_who_wrote_after_an_office_at_a_body_is_the_names(tmp_path: Path):
    body = (
        '<p>The clinics sent the regulator a 30-page report, "Denied Too Fast: A Review of '
        'Plans," this month. Among its signatories was Halima Osei-Brandt, chief executive of '
        "Example Lakeside Clinic, who wrote in the cover letter:</p>"
        '<blockquote><p>"Every appeal costs us about $90 in staff time. We win most of them. '
        'The patients who never appeal go without."</p></blockquote>'
        "<p>Other clinics did not sign the report, and the regulator has not replied.</p>"
    )
    assert found_on_page(tmp_path, "Clinics and denials", body) == [
        (
            "Every appeal costs us about $90 in staff time. We win most of them. The patients "
            "who never appeal go without.",
            "Halima Osei-Brandt",
            "chief executive of Example Lakeside Clinic",
        )
    ]
