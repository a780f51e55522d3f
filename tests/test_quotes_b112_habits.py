"""The proposer on the classes behind blind batches 111, 112 and 113's misses and false proposals.

A writer's English translation in brackets after a quote in another language.
Expected values are written by hand.
"""

from __future__ import annotations

from quote_articles import found, found_on_page

# --- 1. a caption repeating the start of a body quote stays listed (batches 101 and 103) --------


def test_a_caption_repeating_the_start_of_a_body_quote_is_listed_apart(tmp_path):
    body = (
        "<p>The inspector, Baroness Quillfeather, said the report had surprised her. ‘The "
        "tenants were never told who read their files, and no one kept a log of it,’ she "
        "said.</p>"
        "<p>The council has until March to reply.</p>"
        '<figure><img src="q.jpg" alt="The inspector"><figcaption>Baroness Quillfeather, who '
        "led the inspection: ‘The tenants were never told who read their files.’ Photograph: "
        "Example Pictures</figcaption></figure>"
    )
    got = found_on_page(tmp_path, "Files", body)
    assert "The tenants were never told who read their files." in [q[0] for q in got]


# --- 2. the writer's English translation in brackets after a quote in another language ------


def test_a_bracketed_translation_with_its_own_she_said_is_not_a_quote():
    text = (
        "Ingrid Solvang-Petit runs the claims desk at Example Fjordbank in Bergen. "
        "«Nous ne lisons jamais les dossiers à la main», a-t-elle expliqué. (She said: "
        '"We never read the files by hand.") The bank says the model is checked every week.'
    )
    assert "We never read the files by hand." not in [q[0] for q in found(text)]


def test_a_bracketed_translation_after_a_quote_and_its_said_name_is_not_a_quote():
    text = (
        '"Le modèle ne dort jamais," said Corentin Abalo-Marchetti, who has run the co-op '
        'for eleven years. ("The model never sleeps.") He bought it in 2024.'
    )
    got = found(text)
    assert "The model never sleeps." not in [q[0] for q in got]
    assert ("Le modèle ne dort jamais", "Corentin Abalo-Marchetti") in [q[:2] for q in got]


def test_a_bracketed_quote_after_a_sentence_without_one_is_still_a_quote():
    text = (
        "Corentin Abalo-Marchetti has run the co-op for eleven years. "
        '("I bought the model because nobody else would," he said.)'
    )
    got = found(text)
    assert [q[:2] for q in got] == [
        ("I bought the model because nobody else would", "Corentin Abalo-Marchetti")
    ]


def test_the_speaker_of_a_bracketed_translation_is_the_originals():
    text = (
        "In Leipzig, fraud analyst Henrike Moosbrugger-Adu has watched the model for a year.\n\n"
        '„Das Modell irrt sich selten“, erklärte sie. ("The model is rarely wrong," she said.) '
        "«Mais quand il se trompe, personne ne le voit.»"
    )
    got = found(text)
    assert [q[:2] for q in got] == [
        ("Das Modell irrt sich selten", "Henrike Moosbrugger-Adu"),
        ("Mais quand il se trompe, personne ne le voit.", "Henrike Moosbrugger-Adu"),
    ]


# --- 3. a firm's statement under a dash line naming its document -------------------------------


def test_a_firms_dash_line_naming_its_document_gives_no_role():
    text = (
        "Example Halcyon Systems published answers to the obvious questions.\n\n"
        "> “No customer data is used to train the shared model, and every bank can switch it "
        "off.”\n"
        ">\n"
        "> — Example Halcyon Systems, Sentinel FAQ\n\n"
        "Banks were not convinced."
    )
    got = found(text)
    assert [q[1:] for q in got] == [("Example Halcyon Systems", None)]


# --- 4. an office in lower case before `Prof.` and the name -----------------------------------


def test_an_agent_noun_before_prof_with_a_dot_is_the_role_without_the_title():
    text = (
        "Data protection specialist Prof. Oluwaseun Harrow-Kimathi said the rules came late. "
        '"Nobody asked the customers what they wanted from a bank," she said.'
    )
    assert [q[1:] for q in found(text)] == [
        ("Oluwaseun Harrow-Kimathi", "Data protection specialist")
    ]


def test_prof_alone_before_the_name_is_still_the_role():
    text = (
        "Prof. Oluwaseun Harrow-Kimathi said the rules came late. "
        '"Nobody asked the customers what they wanted from a bank," she said.'
    )
    assert [q[1:] for q in found(text)] == [("Oluwaseun Harrow-Kimathi", "Prof.")]


# --- 5. a surname joined by the particle `e` (Portuguese) or `y` (Spanish) --------------------


def test_a_surname_joined_by_e_is_one_name():
    text = (
        "Mariana Teixeira e Costa, the bank's head of disputes, added: \"The calls were the "
        "hardest part. People said, 'I knew it was wrong, I just needed to hear it.' We listened.\""
    )
    got = found(text)
    assert [q[1:] for q in got] == [("Mariana Teixeira e Costa", "bank's head of disputes")]


def test_a_surname_joined_by_y_is_one_name():
    text = (
        'Ignacio Ferrer y Bastida said the checks came too late. "We asked for them two years '
        'ago and nobody listened," he said.'
    )
    assert [q[1] for q in found(text)] == ["Ignacio Ferrer y Bastida"]
