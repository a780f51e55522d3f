"""Synthetic, article-shaped pages for `digest quotes` and `digest verify` tests.

Every person, company and quote here is invented for the tests. Each article comes with the
quotes a careful editor would take from it (verbatim, the passage between the quotation marks
without a trailing comma, and the person the article attributes it to), written by hand: the
proposer is measured against these lists. Attributed partial quotes of five words or more count
as quotes an editor may take; scare quotes, unattributed and anonymous quotes do not.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from digest.editor.quotes import propose


@dataclass(frozen=True)
class Sample:
    slug: str
    style: str
    title: str
    paragraphs: tuple[str, ...]
    expected: tuple[tuple[str, str], ...]  # (text, speaker)


def article_page(title: str, paragraphs: tuple[str, ...] | list[str], *, lang: str = "en") -> str:
    """A news page as sites serve them: navigation, an ad, the article, related links,
    reader comments and a footer around the text."""
    body = "\n".join(
        f"<h2>{html.escape(p[3:])}</h2>" if p.startswith("## ") else f"<p>{html.escape(p)}</p>"
        for p in paragraphs
    )
    t = html.escape(title)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{t} | The Example Ledger</title>
<meta property="og:title" content="{t}">
<script>window.dataLayer = [];
var quote = "“This is a script, not a quote,” said Nobody Atall.";</script>
<style>.ad {{ color: red; }}</style></head>
<body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/tech">Technology</a></li>
<li><a href="/markets">Markets</a></li>
<li><a href="/opinion">“Opinion” and analysis</a></li></ul></nav></header>
<aside class="ad">Advertisement. “Switch to Cloudnine hosting today and save forty percent,”
says our sponsor Bert Banner.</aside>
<main><article>
<h1>{t}</h1>
<p class="byline">By Casey Writer · 6 min read</p>
{body}
</article>
<section class="related"><h3>Related stories</h3><ul>
<li><a href="/a">“The quiet rise of warehouse robots across the whole Midwest,”
a special report</a></li>
<li><a href="/b">Five things to know about the chip shortage this quarter</a></li></ul></section>
<section class="comments"><h3>42 comments</h3>
<div class="comment"><p>“Great article, I completely agree with every word of it,”
wrote Pat Commenter.</p></div>
<div class="comment"><p>Not convinced. “Robots everywhere” is hype,
said another reader named Jo Reader.</p></div>
</section></main>
<footer><p>© 2025 The Example Ledger. All rights reserved.</p>
<p><a href="/privacy">Privacy</a></p></footer>
</body></html>"""


NEWS = Sample(
    slug="news-report",
    style="news report",
    title="Northwind Robotics raises $120 million to build warehouse robots",
    paragraphs=(
        "Northwind Robotics, a Pittsburgh startup that makes picking robots for warehouses, said "
        "on Tuesday it had raised $120 million in a funding round led by Harbor Peak Capital, "
        "valuing the company at about $1.1 billion.",
        "“Every warehouse we walk into has the same problem: there are not enough people to pick "
        "the orders,” said Maya Okafor, Northwind’s chief executive. “Our robots don’t replace "
        "those workers. They take the walking out of the job.”",
        "The company says its robots are now in 40 warehouses across North America, up from 12 a "
        "year ago. Okafor said the new money would pay for a factory in Ohio and a larger research "
        "team in Toronto.",
        "Investors have poured money into warehouse automation since the pandemic, when online "
        "orders surged and hiring became difficult. But the sector has also seen failures, and "
        "some analysts warn that the “robot winter” of 2023 is not over.",
        "“There is real demand, but there is also a lot of hardware that never makes it out of "
        "the pilot stage,” said Daniel Reyes, a senior analyst at Fennimore Research. He added "
        "that Northwind’s customers appeared to be renewing their contracts, “which is the number "
        "you want to watch.”",
        "Harbor Peak partner Lena Vogel, who will join Northwind’s board, put it more bluntly: "
        "“The question is no longer whether robots belong in warehouses. It is who can build them "
        "cheaply enough.”",
        "## A crowded field",
        "Okafor founded the company in 2019 with two former colleagues from Carnegie Mellon "
        "University. She said Northwind had been approached by larger automation companies about "
        "an acquisition but had no plans to sell. “We want to be the company that is still "
        "building these in twenty years,” she said.",
        "Shares of Crestline Automation, a publicly traded rival, fell 3% on the news. A "
        "Crestline spokesperson declined to comment.",
        "According to Priya Natarajan, a professor of industrial engineering at the University of "
        "Michigan, the bigger challenge is software. “The hardware is getting cheap. Teaching a "
        "robot to handle ten thousand different products without a human fixing it every hour is "
        "the hard part,” Natarajan said.",
    ),
    expected=(
        (
            "Every warehouse we walk into has the same problem: there are not enough people to "
            "pick the orders",
            "Maya Okafor",
        ),
        (
            "Our robots don’t replace those workers. They take the walking out of the job.",
            "Maya Okafor",
        ),
        (
            "There is real demand, but there is also a lot of hardware that never makes it out of "
            "the pilot stage",
            "Daniel Reyes",
        ),
        ("which is the number you want to watch.", "Daniel Reyes"),
        (
            "The question is no longer whether robots belong in warehouses. It is who can build "
            "them cheaply enough.",
            "Lena Vogel",
        ),
        ("We want to be the company that is still building these in twenty years", "Maya Okafor"),
        (
            "The hardware is getting cheap. Teaching a robot to handle ten thousand different "
            "products without a human fixing it every hour is the hard part",
            "Priya Natarajan",
        ),
    ),
)

INTERVIEW = Sample(
    slug="interview",
    style="interview",
    title="‘We were wrong about scale’: a conversation with Tomas Lindqvist",
    paragraphs=(
        "Tomas Lindqvist has spent a decade building language models, first at a university lab "
        "in Uppsala and now as chief scientist of Aster AI, a 60-person startup in Stockholm. We "
        "spoke with him about small models, open weights and why he changed his mind.",
        "Lindqvist is candid about his early predictions. “In 2020 I told everyone that only the "
        "biggest labs would matter,” he says. “I was wrong. The interesting work is happening in "
        "small teams that know their data.”",
        "On open weights, he is unambiguous.",
        "“If you cannot inspect a model, you cannot trust it in a hospital or a court,” Lindqvist "
        "says. “Releasing the weights is not charity. It is how you earn that trust.”",
        "Not everyone at Aster agrees. Sofia Berg, the company’s head of product, worries that "
        "open releases help larger competitors more than they help Aster. “Every time we publish, "
        "someone with a thousand GPUs takes our idea and ships it faster,” Berg says. But she "
        "adds that the company’s customers have come to expect openness.",
        "Asked what he would tell a student starting out today, Lindqvist pauses before "
        "answering: “Learn statistics, not frameworks. Frameworks change every two years; "
        "statistics has not changed in fifty.”",
        "Lindqvist: “People ask me whether we are in a bubble. Of course we are. Bubbles are how "
        "railways got built.”",
        "Aster’s latest model, which the company calls “Saga-7,” was trained on 400 billion tokens "
        "of Scandinavian text.",
        "This interview has been edited for length and clarity.",
    ),
    expected=(
        (
            "In 2020 I told everyone that only the biggest labs would matter",
            "Tomas Lindqvist",
        ),
        (
            "I was wrong. The interesting work is happening in small teams that know their data.",
            "Tomas Lindqvist",
        ),
        (
            "If you cannot inspect a model, you cannot trust it in a hospital or a court",
            "Tomas Lindqvist",
        ),
        (
            "Releasing the weights is not charity. It is how you earn that trust.",
            "Tomas Lindqvist",
        ),
        (
            "Every time we publish, someone with a thousand GPUs takes our idea and ships it "
            "faster",
            "Sofia Berg",
        ),
        (
            "Learn statistics, not frameworks. Frameworks change every two years; statistics has "
            "not changed in fifty.",
            "Tomas Lindqvist",
        ),
        (
            "People ask me whether we are in a bubble. Of course we are. Bubbles are how railways "
            "got built.",
            "Tomas Lindqvist",
        ),
    ),
)

PRESS_RELEASE = Sample(
    slug="press-release",
    style="press release",
    title="Quillon Systems and Meridian Health Announce Partnership to Bring AI Triage to 200 "
    "Clinics",
    paragraphs=(
        "BOSTON, March 4, 2025 /PRNewswire/ -- Quillon Systems, a provider of clinical decision "
        "software, and Meridian Health, one of New England's largest community health networks, "
        "today announced a multi-year partnership to deploy Quillon's triage assistant across 200 "
        "primary care clinics.",
        '"Clinicians are drowning in inbox messages, and most of them can be sorted safely with '
        'the right tools," said Dr. Alicia Moreno, Chief Medical Officer of Meridian Health. "This '
        'partnership gives our teams back hours every week."',
        'The assistant, which Quillon calls its "Smart Inbox," reads incoming patient messages '
        "and suggests a priority level and a draft reply for a clinician to review. No message is "
        "sent without a clinician's approval.",
        '"We built Quillon for exactly this kind of partner," said Raj Patel, co-founder and CEO '
        'of Quillon Systems. "Meridian has the scale and the clinical rigor to show what '
        'responsible AI looks like in primary care."',
        "Meridian will begin with 25 clinics in Massachusetts in the second quarter, with the "
        "remaining sites to follow by mid-2026. The companies did not disclose financial terms.",
        'Patel added: "Every feature we ship is reviewed by practicing physicians before it '
        'reaches a patient."',
        "## About Quillon Systems",
        "Quillon Systems builds software that helps clinicians work through their daily workload "
        "safely. Founded in 2019, the company is based in Cambridge, Massachusetts. For more "
        "information, visit quillon.example.",
        "Media contact: Jordan Lee, press@quillon.example",
    ),
    expected=(
        (
            "Clinicians are drowning in inbox messages, and most of them can be sorted safely "
            "with the right tools",
            "Alicia Moreno",
        ),
        ("This partnership gives our teams back hours every week.", "Alicia Moreno"),
        ("We built Quillon for exactly this kind of partner", "Raj Patel"),
        (
            "Meridian has the scale and the clinical rigor to show what responsible AI looks like "
            "in primary care.",
            "Raj Patel",
        ),
        (
            "Every feature we ship is reviewed by practicing physicians before it reaches a "
            "patient.",
            "Raj Patel",
        ),
    ),
)

UK_NEWS = Sample(
    slug="uk-news",
    style="news report, British style (single quotation marks)",
    title="Regulator opens inquiry into AI chatbot used by councils",
    paragraphs=(
        "The Information Commissioner's Office has opened an inquiry into a chatbot used by more "
        "than 30 local councils to answer questions about housing benefit, after residents "
        "complained that it gave wrong advice.",
        "The system, supplied by the Leeds-based firm Brightwater Digital, was rolled out last "
        "year as a way to cut waiting times on council phone lines.",
        "‘We have received a number of complaints and we are making enquiries,’ a spokesperson "
        "for the regulator said.",
        "Councillor Helen Marsh, who chairs the housing committee in Kirkby, said residents had "
        "been told they were not eligible for support they were entitled to. ‘People trusted this "
        "thing because it had the council’s logo on it,’ she said. ‘Some of them didn’t apply for "
        "help they badly needed.’",
        "Brightwater Digital's managing director, Owen Pryce, defended the product in a statement "
        "on Thursday, stating: ‘The assistant answers thousands of questions correctly every day. "
        "Where it has made mistakes, we have corrected them within hours.’",
        "According to Dr Sam Whitfield, a lecturer in public policy at the University of Bristol, "
        "the case shows the limits of automation in public services. ‘Councils were sold a way to "
        "save money, not a way to serve residents better,’ he said.",
        "He added that the government should publish ‘clear rules on when a machine can make a "
        "decision about someone’s benefits’ before more councils adopt similar tools.",
        "Brightwater said the chatbot would remain available while the inquiry continued.",
        "In a letter to councils seen by this newspaper, the commissioner, Rachel Adeyemi, wrote: "
        "‘Automated systems that give advice about people’s entitlements must be accurate, "
        "explainable and subject to human review.",
        "‘Where they are not, councils remain responsible for the harm that results.’",
    ),
    expected=(
        (
            "People trusted this thing because it had the council’s logo on it",
            "Helen Marsh",
        ),
        ("Some of them didn’t apply for help they badly needed.", "Helen Marsh"),
        (
            "The assistant answers thousands of questions correctly every day. Where it has made "
            "mistakes, we have corrected them within hours.",
            "Owen Pryce",
        ),
        (
            "Councils were sold a way to save money, not a way to serve residents better",
            "Sam Whitfield",
        ),
        (
            "clear rules on when a machine can make a decision about someone’s benefits",
            "Sam Whitfield",
        ),
        (
            "Automated systems that give advice about people’s entitlements must be accurate, "
            "explainable and subject to human review.",
            "Rachel Adeyemi",
        ),
        (
            "Where they are not, councils remain responsible for the harm that results.",
            "Rachel Adeyemi",
        ),
    ),
)

ANALYSIS = Sample(
    slug="analysis",
    style="analysis feature (straight quotation marks, partial quotes)",
    title="Why the GPU shortage isn't over yet",
    paragraphs=(
        "Eighteen months after the first wave of generative AI products, the companies that rent "
        "out computing power say demand still outstrips supply. Prices for the most capable chips "
        "have fallen, but waiting lists have not disappeared.",
        '"We could sell every H-class card we get twice over," Marcus Bell, chief executive of '
        "the cloud provider Tessellate, said in an interview last week. He said Tessellate's "
        "customers were mostly start-ups training their own models.",
        "The picture is different at the bigger providers. Ines Carvalho, Vantor Cloud's vice "
        'president of infrastructure, told investors in February that the company had "more '
        'capacity coming online this year than in the previous three combined."',
        'Analysts are split. "The shortage is now a shortage of power and buildings, not of '
        'chips," said Wen Zhao of Lumen Street Partners. "You can get the cards. You can\'t get '
        'the megawatts."',
        "Others think the market is about to turn. In a note to clients, Gregor Maier, an analyst "
        'at Brandt & Co., wrote that "by the end of next year, the question will be what to do '
        'with all the idle capacity."',
        'Bell is not worried. "Every time someone predicts a glut, a new kind of model shows up '
        'and eats the glut," he said.',
        "For smaller buyers, the advice from the people who sell the chips is blunt. Asked how a "
        'start-up should plan, Carvalho replied: "Book early, and book more than you think you '
        'need."',
        'What is certain is that the "AI boom" has made electricity the industry\'s new '
        "bottleneck. One utility executive, speaking on condition of anonymity, said the requests "
        'his company receives "would have been science fiction five years ago."',
        'Zhao put it more simply: "Whoever controls the power stations controls the next decade '
        'of AI."',
    ),
    expected=(
        ("We could sell every H-class card we get twice over", "Marcus Bell"),
        (
            "more capacity coming online this year than in the previous three combined.",
            "Ines Carvalho",
        ),
        (
            "The shortage is now a shortage of power and buildings, not of chips",
            "Wen Zhao",
        ),
        ("You can get the cards. You can't get the megawatts.", "Wen Zhao"),
        (
            "by the end of next year, the question will be what to do with all the idle capacity.",
            "Gregor Maier",
        ),
        (
            "Every time someone predicts a glut, a new kind of model shows up and eats the glut",
            "Marcus Bell",
        ),
        ("Book early, and book more than you think you need.", "Ines Carvalho"),
        (
            "Whoever controls the power stations controls the next decade of AI.",
            "Wen Zhao",
        ),
    ),
)

SAMPLES = (NEWS, INTERVIEW, PRESS_RELEASE, UK_NEWS, ANALYSIS)


def found(text: str) -> list[tuple[str, str, str | None]]:
    """What the proposer takes from a text: (quote, speaker, role) in the text's order."""
    return [(p.text, p.speaker, p.role) for p in propose(text)]


def found_on_page(tmp_path: Path, title: str, body: str) -> list[tuple[str, str, str | None]]:
    """What the proposer takes from a page whose article is `body` (HTML), read as
    `digest quotes` reads a page a site serves."""
    from digest.editor.articles import load_article

    page = tmp_path / "page.html"
    page.write_text(
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"</head><body><main><article><h1>{title}</h1>{body}</article></main></body></html>",
        encoding="utf-8",
    )
    return found(load_article(str(page)).text)
