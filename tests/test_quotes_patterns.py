"""The proposer, pattern by pattern (issue 23): hand-written text in, exact proposals out.

Every person and firm is invented. Expected values are written by hand: the quote as printed
between its marks (the attribution's comma off), the speaker as the article introduces them,
the role as printed with the name (a leading article off), or None.
"""

from __future__ import annotations

import json
import time

import pytest
import yaml
from quote_articles import found

from benchmarks.quotes import ADVERSARIAL
from digest.commands.cli import main
from digest.editor.articles import extract_html
from digest.editor.quotes import Proposal, commented_proposals, propose, to_json, to_yaml


def page(body: str, title: str = "A story") -> str:
    """An article page as sites serve them, around `body` (HTML)."""
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
</head><body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<main><article><h1>{title}</h1><p class="byline">By Pat Writer</p>
{body}
</article><aside class="related"><h2>Related</h2><ul><li><a href="/x">“Another story entirely,”
says the headline of a related link</a></li></ul></aside></main>
<footer><p>© 2025 The Example Times</p></footer></body></html>"""


def from_page(body: str, title: str = "A story") -> list[tuple[str, str, str | None]]:
    main_text, _, _ = extract_html(page(body, title))
    return found(main_text)


# --- attribution before the quote ---------------------------------------------------------------


def test_attribution_before_the_quote_names_the_speaker_never_the_verb():
    text = (
        "Rosa Quill, who runs Lantern Freight, spoke to staff on Tuesday.\n"
        "Quill said: “We hired for a market that no longer exists.”\n"
        "Said Quill: “Everyone leaving us will get help finding the next job.”\n"
        "Added Quill: “The rest of us will have to work smarter.”\n"
        "In an interview, Quill said:\n"
        "“Dispatch is where this company makes its money.”"
    )
    assert found(text) == [
        ("We hired for a market that no longer exists.", "Rosa Quill", None),
        ("Everyone leaving us will get help finding the next job.", "Rosa Quill", None),
        ("The rest of us will have to work smarter.", "Rosa Quill", None),
        ("Dispatch is where this company makes its money.", "Rosa Quill", None),
    ]


def test_in_her_words_and_a_sentence_about_one_person_introduce_the_quote():
    text = (
        "Wilma Oduro-Kent runs the flood model for the county. In her words, “a river does not "
        "read the forecast.”\n"
        "Oduro-Kent closed the meeting with a warning. “If the levee fails, the model will be "
        "the last thing anyone thanks.”\n"
        "Tobias Renn met Oduro-Kent after the meeting. His reply came by email: “The levee "
        "will hold this year.”"
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [
        ("a river does not read the forecast.", "Wilma Oduro-Kent"),
        (
            "If the levee fails, the model will be the last thing anyone thanks.",
            "Wilma Oduro-Kent",
        ),
        ("The levee will hold this year.", "Tobias Renn"),
    ]


# --- split quotes --------------------------------------------------------------------------------


def test_both_parts_of_a_split_quote_are_proposed_with_their_speaker():
    text = (
        "“We never asked for special treatment,” Lee Marr said, “only for an answer.”\n"
        "Ada Fenn, an analyst at Orrin Capital, agreed. “This removes the overhang,” she said, "
        "“though not every licence will come this quickly.”\n"
        "“We are not selling the company,” said Ivy Forth. “That is final.” “Nobody here "
        "wants to sell.”"
    )
    assert found(text) == [
        ("We never asked for special treatment", "Lee Marr", None),
        ("only for an answer.", "Lee Marr", None),
        ("This removes the overhang", "Ada Fenn", "analyst at Orrin Capital"),
        (
            "though not every licence will come this quickly.",
            "Ada Fenn",
            "analyst at Orrin Capital",
        ),
        ("We are not selling the company", "Ivy Forth", None),
        ("That is final.", "Ivy Forth", None),
        ("Nobody here wants to sell.", "Ivy Forth", None),
    ]


# --- dash attribution, block quotes, pull quotes ------------------------------------------------


@pytest.mark.parametrize("dash", ["—", "–", "-", "--"])
def test_a_dash_after_the_quote_names_the_speaker_and_role(dash):
    text = f"“The business case is the doctors we keep.” {dash} Owen Tasker, chief medical officer"
    assert found(text) == [
        ("The business case is the doctors we keep.", "Owen Tasker", "chief medical officer")
    ]


@pytest.mark.parametrize(
    "attribution",
    [
        "<cite>Mira Dobre, Ferrule's lead maintainer</cite>",
        "<footer>— Mira Dobre, Ferrule's lead maintainer</footer>",
        "<p>– Mira Dobre, Ferrule's lead maintainer</p>",
    ],
)
def test_a_block_quote_with_its_own_attribution(attribution):
    body = (
        "<p>The release took eighteen months and kept every error message the same.</p>"
        "<blockquote><p>“The old checker was written in a weekend, and it showed.”</p>"
        f"{attribution}</blockquote>"
        "<p>The project now has a migration tool for the old syntax.</p>"
    )
    assert from_page(body) == [
        (
            "The old checker was written in a weekend, and it showed.",
            "Mira Dobre",
            "Ferrule's lead maintainer",
        )
    ]


def test_a_block_quote_attributed_on_the_line_after_it_and_by_a_figure_caption():
    body = (
        "<blockquote><p>Breaking changes are a tax on everyone who adopted you early.</p>"
        "</blockquote><p>— Priya Sethu, platform lead at Hollowbrook</p>"
        "<figure><blockquote><p>We have 3,000 config files and the new checker reads them in "
        "six seconds.</p></blockquote><figcaption>Jonah Whitt, staff engineer at Parcelgrid"
        "</figcaption></figure>"
    )
    assert from_page(body) == [
        (
            "Breaking changes are a tax on everyone who adopted you early.",
            "Priya Sethu",
            "platform lead at Hollowbrook",
        ),
        (
            "We have 3,000 config files and the new checker reads them in six seconds.",
            "Jonah Whitt",
            "staff engineer at Parcelgrid",
        ),
    ]


def test_a_block_quote_captioned_by_a_line_with_only_a_name_and_a_role():
    text = (
        "> “We measure the queue, not the model.”\n"
        "> Ilse Varga, head of support, Tallow Freight\n"
        "> “Our agents answer faster than our managers can read the answers.”\n"
        "*Bram Ostrow, support lead at Kelpie Post*"
    )
    assert found(text) == [
        ("We measure the queue, not the model.", "Ilse Varga", "head of support, Tallow Freight"),
        (
            "Our agents answer faster than our managers can read the answers.",
            "Bram Ostrow",
            "support lead at Kelpie Post",
        ),
    ]


def test_a_pull_quote_or_headline_repeating_a_quote_is_proposed_once():
    body = (
        "<p>Helen Marr has run the Eastport clinic for a decade.</p>"
        '<blockquote class="pullquote"><p>“I got my evenings back.”</p>'
        "<cite>Helen Marr</cite></blockquote>"
        "<p>“I got my evenings back. I did not realize how much I had given up,” said Marr, "
        "a family physician.</p>"
        '<aside class="pull"><p>“I did not realize how much I had given up”</p></aside>'
    )
    title = "‘I got my evenings back’, says doctor Helen Marr"
    assert from_page(body, title) == [
        (
            "I got my evenings back. I did not realize how much I had given up",
            "Helen Marr",
            "family physician",
        )
    ]


# --- interviews ---------------------------------------------------------------------------------


def test_an_interview_with_name_labels_proposes_answers_never_questions():
    text = (
        "# Kalinda Voss wants robots to be boring\n"
        "Kalinda Voss, the chief executive of Tessel Robotics, spoke with us in Minneapolis.\n"
        "**Circuit:** Your marketing is almost aggressively dull. Why?\n"
        "**Voss:** Because hospitals buy the present, not the future.\n"
        "**Circuit:** Do your robots ever dance in demos?\n"
        "**Voss:** Never. People forgive a cute robot for things they should not forgive.\n"
        "Nobody misses the worst hour of their shift.\n"
        "*This interview has been edited for length.*"
    )
    role = "chief executive of Tessel Robotics"
    assert found(text) == [
        ("Because hospitals buy the present, not the future.", "Kalinda Voss", role),
        (
            "Never. People forgive a cute robot for things they should not forgive.",
            "Kalinda Voss",
            role,
        ),
        ("Nobody misses the worst hour of their shift.", "Kalinda Voss", role),
    ]


def test_a_masthead_label_asks_and_an_italic_standfirst_names_the_interviewee():
    text = (
        "*Nia Vose is the director of the Carrow Data Trust. The interview has been edited "
        "for length.*\n"
        "**The Weekly of Things:** Why now?\n"
        "**Vose:** Because the contracts run out in May, and nobody has read them.\n"
        "**The Weekly of Things:** And then?\n"
        "**Vose:** Then we publish every one of them, redacted where the law says so."
    )
    assert found(text) == [
        (
            "Because the contracts run out in May, and nobody has read them.",
            "Nia Vose",
            "director of the Carrow Data Trust",
        ),
        (
            "Then we publish every one of them, redacted where the law says so.",
            "Nia Vose",
            "director of the Carrow Data Trust",
        ),
    ]


def test_a_transcript_with_timestamps_and_questions_as_headings():
    transcript = (
        "Guest: Mira Solano-Voss, data lead at Brackwater. Host: Ike Ramsey.\n"
        "[00:01:05] Ike Ramsey: Mira, what broke first?\n"
        "[00:01:12] Mira Solano-Voss: The labels. Half of them were written by a script.\n"
        "[00:02:40] Ike Ramsey: And then?\n"
        "[00:02:44] Mira Solano-Voss: We threw them away and started again."
    )
    assert [(p.text, p.speaker) for p in propose(transcript)] == [
        ("The labels. Half of them were written by a script.", "Mira Solano-Voss"),
        ("We threw them away and started again.", "Mira Solano-Voss"),
    ]
    headings = (
        "Nell Haverty builds tide sensors at Pelorus Marine. We talked on the quay.\n"
        "# What do the sensors measure?\n"
        "Height and salt. I added salt because the fishermen asked me to.\n"
        "# What is next?\n"
        "Cheaper ones. We want a sensor in every harbour, not every tenth one.\n"
        "Subscribe to our newsletter for more stories like this."
    )
    assert [(p.text, p.speaker) for p in propose(headings)] == [
        ("Height and salt. I added salt because the fishermen asked me to.", "Nell Haverty"),
        ("Cheaper ones. We want a sensor in every harbour, not every tenth one.", "Nell Haverty"),
    ]


def test_a_q_and_a_answers_belong_to_the_interviewee_named_in_the_introduction():
    body = (
        "<p>Farah Nadir is the head of storage at Helixa. She spoke to us in Toronto.</p>"
        "<p><b>Q:</b> What does a database team do at a model company?</p>"
        "<p><b>A:</b> Mostly we say no to people, politely and quickly.</p>"
        "<p><b>Q:</b> What is the hardest part?</p>"
        "<p><b>A:</b> Deletion, in every backup and every derived dataset.</p>"
    )
    assert from_page(body) == [
        (
            "Mostly we say no to people, politely and quickly.",
            "Farah Nadir",
            "head of storage at Helixa",
        ),
        (
            "Deletion, in every backup and every derived dataset.",
            "Farah Nadir",
            "head of storage at Helixa",
        ),
    ]


# --- social networks ----------------------------------------------------------------------------


def test_a_post_is_the_person_s_never_the_platform_s():
    text = (
        "Teo Rusu, Orbitly's co-founder, apologised. “We under-priced this from day one,” "
        "Rusu wrote on X.\n"
        "In a LinkedIn post, investor Mari Qadir defended the move: “Every company will have "
        "this moment.”\n"
        "Jarra Whit, a designer in Melbourne, posted: “Tripling a price overnight is a hostage "
        "negotiation.”\n"
        "On Bluesky, one popular post called it “the most predictable betrayal of the year.”\n"
        "Harriet Vale answered questions for an hour on Twitter Spaces. “We will refund "
        "everyone who asks,” she said."
    )
    assert found(text) == [
        ("We under-priced this from day one", "Teo Rusu", "Orbitly's co-founder"),
        ("Every company will have this moment.", "Mari Qadir", "investor"),
        (
            "Tripling a price overnight is a hostage negotiation.",
            "Jarra Whit",
            "designer in Melbourne",
        ),
        ("We will refund everyone who asks", "Harriet Vale", None),
    ]


# --- pronouns -----------------------------------------------------------------------------------


def test_a_pronoun_goes_to_the_nearest_person_it_can_mean():
    text = (
        "Margit Oyel presented the plan to the board alongside Kadeworks' project lead, "
        "Joris van Ake, in Rotterdam. She said the port was losing business. "
        "“Shipping lines do not wait for us,” she said.\n"
        "Van Ake said the vehicles had run for four years. “The machines are predictable,” "
        "he said."
    )
    assert found(text) == [
        ("Shipping lines do not wait for us", "Margit Oyel", None),
        ("The machines are predictable", "Joris van Ake", "Kadeworks' project lead"),
    ]


def test_the_one_spoken_to_and_a_title_in_place_of_a_name():
    text = (
        "Mayor Dolores Kink unveiled the assistant on Tuesday.\n"
        "Representing the supplier, Jon Asar said the clause had been reviewed. He told Judge "
        "Miriam Holt that the claimant had read it. “A signature is a signature,” he said.\n"
        "“We will publish the numbers every month,” the mayor said."
    )
    assert found(text) == [
        ("A signature is a signature", "Jon Asar", None),
        ("We will publish the numbers every month", "Dolores Kink", "Mayor"),
    ]


def test_a_pronoun_means_the_subject_not_the_one_met_nor_the_one_told():
    text = (
        "Rhea Lund, the Pellmark auditor, spoke first. “The numbers were never checked,” "
        "she said.\n"
        "Judge Ines Corva heard the case. She told Lund that the audit would be reviewed. "
        "“I will read every page of it,” she said.\n"
        "The clerk, Moira Haas, later met Lund in the corridor. “Nobody here wants a retrial,” "
        "she said."
    )
    assert [(p.speaker, p.warning) for p in propose(text)] == [
        ("Rhea Lund", None),
        ("Ines Corva", None),
        ("Moira Haas", None),
    ]


def test_a_pronoun_after_an_unnamed_source_or_a_person_described_is_not_given_to_a_name():
    text = (
        "Tobin Mace, the founder of Quarlow, left in May. One of his engineers spoke to "
        "reporters afterwards. “He never read the safety reports,” she said.\n"
        "Sela Mace, his sister, ran the company with him. Her husband joined the board in "
        "June. “We expected the sale,” he said."
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [("We expected the sale", "")]


def test_where_a_pronoun_could_mean_two_people_the_speaker_is_left_empty_with_a_warning(
    tmp_path, capsys, monkeypatch
):
    text = (
        "Mr. Arjun Meht built the tool. Ray Dunle, who owns three body shops, disagreed. "
        "Dunle and Meht were both on a panel last month.\n"
        "“We are trying to make the process fairer, not slower,” he said on the panel."
    )
    proposals = propose(text)
    assert [(p.text, p.speaker) for p in proposals] == [
        ("We are trying to make the process fairer, not slower", "")
    ]
    assert proposals[0].warning
    block = to_yaml(proposals)
    assert block.splitlines()[0].startswith("  # ")  # the warning, as a comment
    assert yaml.safe_load("quotes:\n" + block) == {
        "quotes": [{"text": "We are trying to make the process fairer, not slower", "speaker": ""}]
    }
    assert json.loads(to_json(proposals))[0]["warning"] == proposals[0].warning
    assert all(line.startswith("# ") for line in commented_proposals(proposals).splitlines())
    monkeypatch.chdir(tmp_path)
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    assert main(["quotes", "story.txt"]) == 0
    err = capsys.readouterr().err
    assert "story.txt: warning: quote 1 (“We are trying to make" in err


# --- roles --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Lantern's chief technology officer, Devi Kaur, said: “The software drafts a plan.”",
         "Devi Kaur", "Lantern's chief technology officer"),
        ("“We are not replacing judgment,” said Gareth Soam, the Medway vice president for "
         "store operations, who oversaw the rollout.",
         "Gareth Soam", "Medway vice president for store operations"),
        ("“Pharmacists fill hundreds of prescriptions a day,” said Pillbox chief executive Kofi "
         "Mensa.", "Kofi Mensa", "Pillbox chief executive"),
        ("“Everyone ordered for the peak,” said Oren Shap, a partner at Halden Group who tracks "
         "GPU pricing.", "Oren Shap", "partner at Halden Group"),
        ("Ama Owusu, Kestrel's finance chief said in a statement: “We priced to fill the racks.”",
         "Ama Owusu", "Kestrel's finance chief"),
        ("Chief Operating Officer Lise Dagher added: “The pilot ends in March.”",
         "Lise Dagher", "Chief Operating Officer"),
        ("“Nobody reads the logs,” said Deputy Director of Standards Tamsin Roe Ekwueme.",
         "Tamsin Roe Ekwueme", "Deputy Director of Standards"),
        ("Brightfold's trust and safety lead, Omar Quist, said: “We removed the filter.”",
         "Omar Quist", "Brightfold's trust and safety lead"),
        ("Judge Nell Arkwright said: “The logs will decide this case.”",
         "Nell Arkwright", "Judge"),
    ],
)  # fmt: skip
def test_roles_in_the_press_s_forms_never_swallow_the_verb(text, speaker, role):
    assert [(p.speaker, p.role) for p in propose(text)] == [(speaker, role)]


# --- marks --------------------------------------------------------------------------------------


def test_according_to_nested_and_british_marks_elisions_and_insertions():
    text = (
        "According to Mireille Sant, the group's director, “more than 11,000 tenants used it "
        "last year.”\n"
        "“It said, 'This notice may not be valid,' and it was right,” said Darnell Key.\n"
        "‘The software read “Captain” as “Carlisle”, which gave us a fright,’ said Ambrose Kett.\n"
        "Sant said the tool “is giving advice . . . without a single lawyer reviewing it.”\n"
        "“Every template in [RentRight] was reviewed by our attorneys,” Sant said.\n"
        "“The market for legal aid has turned for good,” according to Bo Sampe, an economist."
    )
    assert found(text) == [
        ("more than 11,000 tenants used it last year.", "Mireille Sant", "group's director"),
        ("It said, 'This notice may not be valid,' and it was right", "Darnell Key", None),
        ("The software read “Captain” as “Carlisle”, which gave us a fright", "Ambrose Kett", None),
        (
            "is giving advice . . . without a single lawyer reviewing it.",
            "Mireille Sant",
            "group's director",
        ),
        (
            "Every template in [RentRight] was reviewed by our attorneys",
            "Mireille Sant",
            "group's director",
        ),
        ("The market for legal aid has turned for good", "Bo Sampe", "economist"),
    ]


def test_british_quotes_with_apostrophes_and_plural_possessives():
    text = (
        "‘The councils’ budgets are stretched, and we’re not pretending otherwise,’ said Helen "
        "Marr. Residents had been ‘left to work it out for themselves’ for a year, she said. "
        "‘Nobody should have to.’"
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [
        ("The councils’ budgets are stretched, and we’re not pretending otherwise", "Helen Marr"),
        ("left to work it out for themselves", "Helen Marr"),
        ("Nobody should have to.", "Helen Marr"),
    ]


def test_a_quote_running_over_two_paragraphs_keeps_its_speaker():
    text = (
        "Santos rejected that. “Every template was reviewed by our staff attorneys,” said "
        "Mireille Sant. “What the landlords object to is that tenants now know the rules too.\n"
        "“If the bar wants to shut down a tool that reads the law out loud, it should say so.”\n"
        "The state bar does not comment on pending matters."
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [
        ("Every template was reviewed by our staff attorneys", "Mireille Sant"),
        ("What the landlords object to is that tenants now know the rules too.", "Mireille Sant"),
        (
            "If the bar wants to shut down a tool that reads the law out loud, it should say so.",
            "Mireille Sant",
        ),
    ]


# --- what is never proposed ---------------------------------------------------------------------


def test_a_firm_s_claim_quoted_in_fragments_is_not_a_quote():
    text = (
        "According to the vendor, Parsewell, the grader “weighs evidence as well as length” "
        "and the result was “a known limitation we are fixing.”\n"
        "“We stand by the product and its results,” Parsewell said in a statement."
    )
    assert [(p.text, p.speaker) for p in propose(text)] == [
        ("We stand by the product and its results", "Parsewell")
    ]


def test_anonymous_sources_and_paraphrases_are_never_proposed():
    text = (
        "Voxa is exploring a sale, according to three people familiar with the matter. "
        "“Nobody wants to hold a chip business without a customer,” one of the people said.\n"
        "A former manager in the unit said engineers had been told to “finish what you are "
        "working on and document everything.”\n"
        "“It was chaos, and nobody could tell a customer anything,” another employee said.\n"
        "A company spokesperson said the firm “regularly reviews pay to make sure it is fair.”\n"
        "One surgeon, who spoke on condition that she not be named, said the drafts were "
        "“useless for anything complicated.”\n"
        "Harriet Okor, an analyst at Fairlane, said a sale would make sense and that the unit "
        "had been a distraction for two years."
    )
    assert propose(text) == []


# --- bounded time -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_any_megabyte_ends_in_bounded_time(name):
    """A quadratic path would take minutes on a megabyte; the proposer reads the first
    120,000 characters in linear time (`python -m benchmarks.quotes --adversarial` prints the
    times: a fraction of a second each). The bound, in processor time, only catches a blow-up
    (reading the whole megabyte, or a scan per quote through the paragraph's names)."""
    start = time.process_time()
    result = propose(ADVERSARIAL[name])
    assert time.process_time() - start < 3
    assert all(isinstance(p, Proposal) for p in result)
