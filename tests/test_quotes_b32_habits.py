"""The proposer on the classes behind blind batch 32's misses and wrong proposals.

One or more tests per class, on text of its own (invented people, firms, places and pages): the
proposer must follow the page's and the sentence's structure, and where the structure gives no
speaker, give none. Expected values are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from quote_articles import found

from digest.editor.articles import load_article
from digest.editor.quotes import propose

# --- 1. a live blog whose posts are sibling <article>s; a story with teaser <article>s -------

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>
<body><div class="masthead"><a href="/">The Fenmoor Courier</a> <a href="/live">Live</a></div>
<main>{main}</main>
<aside class="most-read"><h2>Most read</h2><ol><li><a href="/m">“Nobody told us anything,” says
a ferry passenger in last week's story</a></li></ol></aside>
<footer><p>© 2026 The Fenmoor Courier</p></footer></body></html>
"""

_POSTS = (
    (
        "9:02 a.m.",
        "Good morning from the council chamber in Fenmoor, where the vote on the harbour "
        "wall is due before lunch. Forty residents have signed up to speak, and the public "
        "gallery has been full since the doors opened at half past eight. The wall, built in "
        "1926, was overtopped eleven times last winter, and the fish market on the quay "
        "flooded twice. Officers want £4.2 million from the reserves to rebuild it, and the "
        "opposition wants the money spent on the sea defences at Saltness instead.",
    ),
    (
        "9:15 a.m.",
        "Council Leader Bronagh Tillotson-Achebe opens the debate. “The wall has stood for a "
        "hundred years and it will not stand for another ten without this money,” "
        "Tillotson-Achebe said.",
    ),
    (
        "9:41 a.m.",
        "The port's manager, Ewan Ruiz-Calloway, is less sure. “We have "
        "been promised a new wall three times, and each time the money went to the car "
        "park,” Ruiz-Calloway said.",
    ),
    (
        "10:07 a.m.",
        "The first resident to speak, fishmonger Adaeze Lindqvist-Pryor, runs a stall on "
        "the quay. “When the tide comes over, I lose a day's stock and a day's trade,” "
        "Lindqvist-Pryor said.",
    ),
    (
        "11:30 a.m.",
        "The motion passes, 31 votes to 4. That is where we leave it for today.",
    ),
)


def _page(tmp_path: Path, name: str, main: str, head: str = "") -> Path:
    page = tmp_path / f"{name}.html"
    page.write_text(_PAGE.format(title=name, head=head, main=main), encoding="utf-8")
    return page


def _entries(tag_open: str, tag_close: str, timed: bool = True) -> str:
    posts = []
    for when, text in _POSTS:
        stamp = f'<p class="stamp">{when}</p>' if timed else ""
        posts.append(f"{tag_open}{stamp}<p>{text}</p>{tag_close}")
    return "\n".join(posts)


_LIVE_QUOTES = [
    (
        "The wall has stood for a hundred years and it will not stand for another ten "
        "without this money",
        "Bronagh Tillotson-Achebe",
        "Council Leader",
    ),
    (
        "We have been promised a new wall three times, and each time the money went to the "
        "car park",
        "Ewan Ruiz-Calloway",
        "port's manager",
    ),
    (
        "When the tide comes over, I lose a day's stock and a day's trade",
        "Adaeze Lindqvist-Pryor",
        "fishmonger",
    ),
]


def _proposed(text: str) -> list[tuple[str, str, str | None]]:
    return [(p.text, p.speaker, p.role) for p in propose(text)]


def test_a_live_blog_of_timed_article_posts_keeps_every_post_in_order(tmp_path):
    main = (
        '<div class="live-header"><h1>Harbour wall vote, live</h1></div>'
        '<div class="live-feed">' + _entries('<article class="entry">', "</article>") + "</div>"
    )
    text = load_article(str(_page(tmp_path, "live", main))).text
    firsts = [text.find(words[:40]) for _, words in _POSTS]
    assert all(at >= 0 for at in firsts) and firsts == sorted(firsts)
    assert "Most read" not in text and "ferry passenger" not in text
    assert _proposed(text) == _LIVE_QUOTES


def test_a_live_blog_declared_by_schema_keeps_its_untimed_posts(tmp_path):
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "LiveBlogPosting", "headline": "Harbour wall vote"}</script>'
    )
    main = (
        '<h1>Harbour wall vote</h1><div class="feed">'
        + _entries('<article class="update">', "</article>", timed=False)
        + "</div>"
    )
    text = load_article(str(_page(tmp_path, "schema-live", main, head))).text
    assert _proposed(text) == _LIVE_QUOTES


def test_a_live_blog_keeps_timed_posts_each_in_a_list_item(tmp_path):
    main = (
        '<h1>Harbour wall vote</h1><ol class="timeline">'
        + _entries('<li><article class="update">', "</article></li>")
        + "</ol>"
    )
    text = load_article(str(_page(tmp_path, "list-live", main))).text
    assert _proposed(text) == _LIVE_QUOTES


_STORY = """<article class="card"><h1>Fenmoor votes to rebuild its harbour wall</h1>
<p class="byline">By Ines Darrow · <time datetime="2026-03-04">4 March 2026</time></p>
<p>Fenmoor's council voted on Tuesday to spend £4.2 million rebuilding the harbour wall, after a
winter in which the tide came over the quay eleven times and flooded the fish market twice.</p>
<p>“The wall has stood for a hundred years and it will not stand for another ten without this
money,” said Bronagh Tillotson-Achebe, the council's leader.</p>
<p>Work is due to start in September and to take two years, during which the market will move to
the old bus station on Quay Street.</p></article>
"""


def _teaser(n: int) -> str:
    return (
        f'<article class="card"><time datetime="2026-03-0{n}">{n} March 2026</time>'
        f'<h3><a href="/story-{n}">Ferry timetable cut for the winter, part {n}</a></h3>'
        f"<p>“We were never asked about any of it, not once, not by anyone,” said "
        f"passenger Colm Eriksen-Dube {n} of the changes to the island's ferry.</p></article>"
    )


def test_a_story_with_teaser_articles_beside_it_keeps_only_the_story(tmp_path):
    main = '<div class="stories">' + _STORY + "".join(_teaser(n) for n in range(1, 5)) + "</div>"
    text = load_article(str(_page(tmp_path, "story", main))).text
    assert "harbour wall" in text
    assert "Ferry timetable" not in text and "Eriksen-Dube" not in text
    assert all("Eriksen-Dube" not in p.speaker for p in propose(text))


def test_untimed_sibling_articles_of_a_page_are_not_taken_for_a_live_blog(tmp_path):
    second = _STORY.replace("Fenmoor votes to rebuild", "Next: Fenmoor's ferry").replace(
        "Bronagh Tillotson-Achebe, the council's leader", "Colm Eriksen-Dube, a passenger"
    )
    second = second.replace('<time datetime="2026-03-04">4 March 2026</time>', "")
    main = _STORY.replace('<time datetime="2026-03-04">4 March 2026</time>', "") + second
    text = load_article(str(_page(tmp_path, "scroll", main))).text
    assert "Eriksen-Dube" not in text


# --- 2. a firm's possessive of two words after a fronted clause ending in a place -------------


def test_a_two_word_firms_possessive_after_a_place_starts_the_role():
    text = (
        "Speaking to the Harbour Gazette at the firm's depot in Ardmore, Tallow Freight's "
        "co-founder and chief executive, Oluwaseun Brandt-Achebe, said: “Every driver we lose "
        "costs us a month of training, and we lose too many.”\n"
    )
    quote = "Every driver we lose costs us a month of training, and we lose too many."
    role = "Tallow Freight's co-founder and chief executive"
    assert found(text) == [(quote, "Oluwaseun Brandt-Achebe", role)]


def test_a_place_before_a_plain_possessive_still_starts_the_role():
    text = (
        "In Ardmore, Tallowline's chief executive, Oluwaseun Brandt-Achebe, said: “Every "
        "driver we lose costs us a month of training.”\n"
    )
    quote = "Every driver we lose costs us a month of training."
    assert found(text) == [(quote, "Oluwaseun Brandt-Achebe", "Tallowline's chief executive")]


# --- 3. an interviewer's prompt in bold that is a statement, not a question -------------------

_INTERVIEW = """Ingrid Solvang-Mbeki, the agency's director of road safety, led the review of the \
city's speed cameras. We spoke to her in her office a week before the report goes to the council.

**The review drew more than five hundred letters. What surprised you?**

How many came from cyclists. We expected drivers to write in, and they did, but a third of the \
letters came from people on bikes.

**Drivers' groups said the cameras are about revenue, not safety.**

They have said that for years, and I understand why. So we are publishing every camera's \
takings next to its crash figures, and people can judge for themselves.

**Why not simply lower the limit everywhere?**

Because a limit nobody believes in is a limit nobody keeps. We would rather have fewer rules \
that people respect.
"""


def test_an_answer_after_a_bold_prompt_that_is_a_statement_is_the_interviewees():
    who = ("Ingrid Solvang-Mbeki", "agency's director of road safety")
    answers = [(quote, *who) for quote, _, _ in found(_INTERVIEW)]
    assert found(_INTERVIEW) == answers
    assert [quote[:20] for quote, _, _ in answers] == [
        "How many came from c",
        "They have said that ",
        "Because a limit nobo",
    ]
    assert not any(q.startswith("Drivers' groups") for q, _, _ in answers)


def test_a_bold_line_after_the_last_question_is_no_prompt():
    text = _INTERVIEW + (
        "\n**Sign up for our weekly briefing on the city.**\n\n"
        "Every Friday we send the week's council decisions, road closures and planning news.\n"
    )
    assert not any(q.startswith("Every Friday") for q, _, _ in found(text))


# --- 4. a colon after a gesture: `then looked straight into the camera:` ----------------------


def test_a_colon_after_a_gesture_is_the_gesturers():
    text = (
        "The clip that travelled furthest came from comedian Priya Latchford-Ames, who has "
        "900,000 followers. In a short video she read three of the app's suggestions aloud, "
        "then looked straight into the camera: “If a robot writes my first message, a robot "
        "can go on the date.”\n"
    )
    quote = "If a robot writes my first message, a robot can go on the date."
    assert found(text) == [(quote, "Priya Latchford-Ames", "comedian")]


def test_a_name_turning_to_the_room_before_a_colon_is_the_speaker():
    text = (
        "Councillor Bram Oyelaran-Fitch listened to the officers for an hour. Then he turned "
        "to the chamber: “We were told this would cost nothing, and it has cost us a library.”\n"
    )
    quote = "We were told this would cost nothing, and it has cost us a library."
    assert found(text) == [(quote, "Bram Oyelaran-Fitch", "Councillor")]


def test_a_gesture_towards_something_written_gives_no_speaker():
    text = (
        "Councillor Bram Oyelaran-Fitch listened to the officers for an hour. Then he turned "
        "to the sign behind him: “No cycling in the square after dark.”\n"
    )
    assert found(text) == []


# --- 5. a pronoun after a paragraph where he and she are two people ---------------------------


def test_he_after_she_replied_is_the_man_who_asked():
    text = (
        "Dr Renata Kowalski-Obi, the clinic's medical director, presented the results of the "
        "pilot. She told the board that doctors had spent fewer minutes on paperwork. “That is "
        "not a soft benefit. Burnout is how we lose doctors,” she said.\n\n"
        "Gordon Ashworth-Kaye, a trustee and retired lawyer, pressed her on what happens to the "
        "recordings. Audio is deleted within a day, she replied. He was not satisfied.\n\n"
        "“A day is a long time for a recording of someone's symptoms to sit on a server,” he "
        "said.\n"
    )
    assert found(text)[-1] == (
        "A day is a long time for a recording of someone's symptoms to sit on a server",
        "Gordon Ashworth-Kaye",
        "trustee and retired lawyer",
    )


def test_the_one_asked_what_convinced_her_is_she():
    text = (
        "Her business partner, Mehmet Aydin-Rowe, runs the shop floor.\n\n"
        "We asked the investor Clara Ibarra-Voss what convinced her. On a call on Thursday, she "
        "said: “I watched a baker close her month in eleven minutes.”\n"
    )
    quote = "I watched a baker close her month in eleven minutes."
    assert found(text)[-1][:2] == (quote, "Clara Ibarra-Voss")


def test_a_second_office_after_and_is_the_same_persons_role():
    text = (
        "“A day is a long time for a recording to sit on a server,” said Gordon Ashworth-Kaye, "
        "a farmer and former councillor.\n"
    )
    quote = "A day is a long time for a recording to sit on a server"
    assert found(text) == [(quote, "Gordon Ashworth-Kaye", "farmer and former councillor")]


def test_a_second_description_after_and_a_is_not_the_role():
    text = (
        "“We heard about it from the press release, like everyone else,” said Ngozi Adeyemi-"
        "Ross, a nurse at the city's hospital and a critic of the deal.\n"
    )
    assert found(text)[0][2] == "nurse at the city's hospital"


# --- 6. a title word after a rank (`Deputy Ombud`, `Acting Bursar`) is part of the role -------


def test_an_office_the_vocabulary_lacks_after_deputy_is_the_role():
    text = (
        "Deputy Ombud Sipho Mahlaba-Pretorius said his office had upheld 212 complaints. "
        "“Policyholders are entitled to a decision, not a guess from a chat window,” "
        "Mahlaba-Pretorius said.\n"
    )
    quote = "Policyholders are entitled to a decision, not a guess from a chat window"
    assert found(text) == [(quote, "Sipho Mahlaba-Pretorius", "Deputy Ombud")]


def test_an_office_the_vocabulary_lacks_after_acting_is_the_role():
    text = (
        "Acting Bursar Wilhelmina Osei-Borg said the college was behind. “We have four "
        "thousand invoices waiting for a signature,” Osei-Borg said.\n"
    )
    quote = "We have four thousand invoices waiting for a signature"
    assert found(text) == [(quote, "Wilhelmina Osei-Borg", "Acting Bursar")]


def test_a_rank_before_a_name_of_two_words_keeps_the_name():
    text = (
        "Chief Obi Nwankwo said the road was promised in 2019. “We have waited long enough "
        "for a road we were promised,” Nwankwo said.\n"
    )
    quote = "We have waited long enough for a road we were promised"
    assert found(text) == [(quote, "Obi Nwankwo", "Chief")]


# --- 7. an authority's statement quoted in fragments inside the writer's sentence -------------


def test_an_authoritys_fragment_inside_the_writers_sentence_is_not_proposed():
    text = (
        "The Example Harbour Safety Authority said in an emailed statement that it was “aware "
        "of the reports” and that operators remained responsible “whatever the weather on the "
        "day”.\n"
    )
    assert found(text) == []


def test_an_authoritys_whole_statement_is_still_proposed():
    text = (
        "The Example Harbour Safety Authority said in a statement: “We are aware of the "
        "reports and we are looking at them closely.”\n"
    )
    quote = "We are aware of the reports and we are looking at them closely."
    assert found(text) == [(quote, "Example Harbour Safety Authority", None)]


# --- 8. what a firm calls its product is a slogan, never a quote ------------------------------


def test_what_a_firm_calls_its_product_is_not_a_quote():
    text = (
        "The clinic signed with Example Notewise of Denver in May. Dr Ama Quist-Hollis said the "
        "pilot went well. “It saves an hour a day,” Quist-Hollis said.\n\n"
        "Notewise calls its product “the quiet colleague in every clinic”. The board meets "
        "again in June.\n"
    )
    assert found(text) == [("It saves an hour a day", "Ama Quist-Hollis", None)]


def test_what_a_person_calls_something_is_still_their_quote():
    text = (
        "Dr Ama Quist-Hollis called the rollout “the quietest launch I have ever seen in a "
        "hospital”.\n"
    )
    quote = "the quietest launch I have ever seen in a hospital"
    assert found(text) == [(quote, "Ama Quist-Hollis", None)]


# --- and: the sentence's subject after its office; a portfolio of abstract nouns ----------------


def test_a_sentence_opening_on_an_office_and_name_introduces_the_next_quote():
    text = (
        "Opposition Leader Arvind Sethi-Brandt takes the first question. “The auditor has told "
        "this government that its computer is twice as suspicious of the north.”\n"
    )
    quote = (
        "The auditor has told this government that its computer is twice as suspicious of "
        "the north."
    )
    assert found(text) == [(quote, "Arvind Sethi-Brandt", "Opposition Leader")]


def test_a_letter_read_out_is_not_the_readers_quote():
    text = (
        "Councilwoman Odile Ferraro-Lind, who chairs the committee, opened the session by "
        "reading a letter from a claimant. ‘I was told a computer had decided I was a fraud.’\n"
    )
    assert found(text) == []


def test_a_portfolio_ending_in_an_abstract_noun_is_part_of_the_office():
    text = (
        "Minister of Rural Development and Poverty Reduction Keisha Boateng-Lamar says the tool "
        "will be retrained. “We accept the findings in full,” Boateng-Lamar told the House.\n"
    )
    role = "Minister of Rural Development and Poverty Reduction"
    assert found(text) == [("We accept the findings in full", "Keisha Boateng-Lamar", role)]
