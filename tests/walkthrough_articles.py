"""Three articles in three layouts, written for the CONTRIBUTING walk-through test (issue 23).

Invented people, firms and sites (served from 127.0.0.1 by the test); none of them is real and
none of it is ever written under content/. Each layout describes itself differently:

- NEWS: a news site's article page: JSON-LD NewsArticle, og:site_name, a byline paragraph, the
  site's name after the headline in <title>;
- BLOG: a company blog: no JSON-LD, no og:site_name (the publisher is the site's address), a
  rel=author link, the date in article:published_time, the site's name before the headline;
- TRADE: a trade-press page with microdata: itemprop=author and itemprop=datePublished on a
  <time>, og:site_name, and the headline only in its <h1> and og:title.
"""

from __future__ import annotations

NEWS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Lumen Labs opens its largest model | Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="og:title" content="Lumen Labs opens its largest model">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Lumen Labs opens its largest model",
 "datePublished": "2024-05-06T09:00:00Z",
 "publisher": {"@type": "Organization", "name": "Example Wire"},
 "author": [{"@type": "Person", "name": "Mara Quist"}]}</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/ai">AI</a></nav></header>
<article>
<h1>Lumen Labs opens its largest model</h1>
<p class="byline">By Mara Quist | 6 May 2024</p>
<p>Lumen Labs published the weights of its largest language model on Monday, under a licence
that lets other companies build on it.</p>
<p>"We want every lab, not just the biggest ones, to be able to study a model of this size,"
said Odile Ferrand, the chief scientist at Lumen Labs.</p>
<p>The release comes with an evaluation suite. "Openness without evaluation is only half the
job," said Bram Veldt, an analyst at Example Research.</p>
<p>Not everyone is convinced the licence goes far enough.</p>
</article>
<footer>Comments are closed.</footer>
</body></html>"""

BLOG = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Northwind Blog - How we cut inference costs in half</title>
<meta property="article:published_time" content="2025-02-11T14:30:00+01:00">
</head><body>
<div class="site-header">Northwind Blog</div>
<main>
<h1>How we cut inference costs in half</h1>
<p>Posted by <a rel="author" href="/team/ines-albar">Ines Albar</a> on 11 February 2025</p>
<p>Last year our inference bill grew faster than our user base. We tried three things.</p>
<p>First we moved the small requests to a distilled model. According to Tomas Reyes, head of
infrastructure at Northwind Cloud, "the distilled model answered four out of five requests
without anyone noticing the difference."</p>
<p>Then we batched the rest. "Batching was the boring fix, and the boring fix saved the most
money," said Ines Albar, a staff engineer at Northwind Cloud.</p>
<p>We will publish the scripts next month.</p>
</main>
</body></html>"""

TRADE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Chip startup Halden raises money for a training chip</title>
<meta property="og:site_name" content="Example Semiconductor Weekly">
<meta property="og:title" content="Chip startup Halden raises money for a training chip">
</head><body>
<div class="article" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Chip startup Halden raises money for a training chip</h1>
<div class="meta">
<span itemprop="author" itemscope itemtype="https://schema.org/Person">
<span itemprop="name">Jonas Ebbe</span></span> ·
<time itemprop="datePublished" datetime="2025-03-20T07:00:00Z">20 March 2025</time>
</div>
<div itemprop="articleBody">
<p>Halden, a chip startup founded two years ago, has raised a new round to build a chip
for training models.</p>
<p>"Training is where the money goes, so training is where a new chip can matter," said
Vera Lind, the chief executive of Halden.</p>
<p>Investors were blunt about the risk. "Most chip startups fail on software, not on
silicon," said Piet Maas, a partner at Example Ventures.</p>
</div>
</div>
</body></html>"""
