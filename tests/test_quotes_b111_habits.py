"""The proposer on the classes behind blind batch 111's misses.

An interviewee named in full with no office, then by surname with an apposition (`SURNAME, the
chief executive of FIRM, spoke to us by video`).
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found

# --- 1. the interviewee's office in an apposition to the surname, in the introduction -------


def test_an_office_set_off_after_the_surname_in_the_introduction_is_the_interviewees():
    text = (
        "Tomasina Achterberg-Nwosu grew up in Utrecht and trained as a pharmacist.\n\n"
        "Achterberg-Nwosu, the founder of Example Lindenleaf Trials, spoke to us by video "
        "from Ghent. Our conversation has been condensed for length and clarity.\n\n"
        "Q: Why protocols?\n\n"
        "A: Because every trial writes them differently and every site reads them by hand.\n\n"
        "Q: What comes next?\n\n"
        "A: A second hospital in Ghent, and then we will see how far the idea travels."
    )
    role = "founder of Example Lindenleaf Trials"
    assert [q[1:] for q in found(text)] == [("Tomasina Achterberg-Nwosu", role)] * 2


# --- 2. `“…,” said FIRM's ROLE and ROLE, Dr. NAME. “…”`: the second part goes on ----------------


def test_a_second_part_after_a_firms_two_offices_and_the_name_is_the_same_speakers():
    text = (
        "The two firms announced the deal on Monday morning in Basel.\n\n"
        '"We chose this partner because their chemists argue with the model," said Example '
        "Quillon's President and Chief Executive Officer, Dr. Ragnhild Osei-Varga. "
        '"That argument is where the good molecules come from."'
    )
    role = "Example Quillon's President and Chief Executive Officer"
    assert [q[1:] for q in found(text)] == [("Ragnhild Osei-Varga", role)] * 2


def test_a_quote_after_another_persons_sentence_in_between_is_not_joined_by_this():
    text = (
        "The two firms announced the deal on Monday morning in Basel.\n\n"
        '"We chose this partner because their chemists argue with the model," said Example '
        "Quillon's President and Chief Executive Officer, Dr. Ragnhild Osei-Varga. A rival's "
        'spokesman disagreed. "That is a press release, not a result," the spokesman said.'
    )
    got = found(text)
    assert ("That is a press release, not a result", "Ragnhild Osei-Varga") not in [
        q[:2] for q in got
    ]


# --- 3. `“No,” NAME said when asked whether …. “Never. …”`: the answer's first part -----------


def test_a_one_word_answer_before_said_when_asked_whether_is_the_first_part():
    text = (
        '"No," Halvard Brekke-Osei said when asked whether the model had ever run without '
        'a nurse. "Never. A nurse reads every flag before it goes anywhere."'
    )
    got = found(text)
    assert [q[:2] for q in got] == [
        ("No … Never. A nurse reads every flag before it goes anywhere.", "Halvard Brekke-Osei")
    ]


def test_a_short_answer_before_said_comma_when_asked_is_the_first_part():
    text = (
        '"We\'ll see," Halvard Brekke-Osei said, when asked. "Ask me again once the harvest '
        'is in and the nets are dry."'
    )
    got = found(text)
    assert [q[0] for q in got] == [
        "We'll see … Ask me again once the harvest is in and the nets are dry."
    ]


def test_a_short_first_word_before_a_plain_said_and_a_full_stop_stays_out():
    text = '"Probably," Halvard Brekke-Osei said. "We will know by the end of the winter season."'
    assert [q[0] for q in found(text)] == ["We will know by the end of the winter season."]
