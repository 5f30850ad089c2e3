"""Write tests/data/web/bundled/*.html: each bundled article (corpus/*.txt) inside a news page of
the kind its site serves, with masthead, menus, ads, share buttons, related links, comment
boxes and footers around it. The HTML of the real pages is not available; these stand in for
them, one site layout per article, so the HTML reader is tested on the same words as the .txt.

Run from the repository root: ``python tests/data/web/make_bundled_pages.py``. The pages are
committed; re-running rewrites them identically.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CORPUS = ROOT / "corpus"
OUT = Path(__file__).resolve().parent / "bundled"

# The lines of a .txt that are page furniture rather than article: they become the page's
# headline, dateline, byline or comment box instead of paragraphs.
HEADER_LINES = {
    "000_7e5f5763173ea70b": 1,  # " date 2026-02-23 Sign up now: …" (a newsletter prompt)
    "001_76b098cef252d179": 2,  # headline, "Published: … Updated: …"
    "002_258d92ba8758082c": 0,
    "003_349974de507a0d9c": 0,
    "004_82426c862c5804d0": 1,  # " date 2024-10-21 <headline> Monday, October 21, 2024 …"
}
TRAILER_LINES = {"001_76b098cef252d179": 4}  # byline, "with the …", the comment box

SITES = {
    "000_7e5f5763173ea70b": dict(
        site="The Straits Post",
        title="South Korea protests after Russian embassy hangs 'Victory will be ours' banner",
        date="2026-02-23T14:05:00+08:00",
        url="https://straitspost.example/asia/east-asia/south-korea-protests-russian-embassy-banner",
        author="AFP",
    ),
    "001_76b098cef252d179": dict(
        site="Korea JoongAng Daily",
        title="Russian ambassador in Seoul thanks North Korean troops for 'liberation' of Kursk",
        date="2026-02-13T16:46:00+09:00",
        url="https://koreajoongangdaily.example/news/2026-02-13/national/diplomacy/russian-ambassador",
        author="Han Jee-hye",
    ),
    "002_258d92ba8758082c": dict(
        site="The Korea Herald Times",
        title="Pro-Russia account shares image of North Korean flag on Ukrainian battlefield",
        date="2024-10-23T10:12:00+09:00",
        url="https://koreaheraldtimes.example/world/2024/10/23/north-korean-flag-ukraine",
        author="Yeji Chung",
    ),
    "003_349974de507a0d9c": dict(
        site="Asia Pacific Monitor",
        title="Seoul summons Russian envoy over North Korean troop deployment",
        date="2024-10-21T19:40:00+09:00",
        url="https://apmonitor.example/2024/10/21/seoul-summons-russian-envoy/",
        author="Staff writer",
    ),
    "004_82426c862c5804d0": dict(
        site="Euro News Wire",
        title="South Korea summons Russian ambassador over reports of North Korean troop "
        "deployment to Ukraine",
        date="2024-10-21T10:07:57+02:00",
        url="https://euronewswire.example/2024/10/21/south-korea-summons-russian-ambassador",
        author="Euro News Wire with agencies",
    ),
}


def paragraphs(doc_id: str) -> tuple[list[str], list[str]]:
    text = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    lines = lines[HEADER_LINES[doc_id] :]
    trailer = TRAILER_LINES.get(doc_id, 0)
    if trailer:
        return lines[:-trailer], lines[-trailer:]
    return lines, []


NL = "\n"


def published(meta: dict[str, str]) -> str:
    return f'<meta property="article:published_time" content="{meta["date"]}">' + NL


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def head(meta: dict[str, str], extra: str = "") -> str:
    return f"""<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(meta["title"])} | {esc(meta["site"])}</title>
<link rel="canonical" href="{meta["url"]}">
<meta property="og:site_name" content="{esc(meta["site"])}">
<meta property="og:title" content="{esc(meta["title"])}">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/site.min.css">
<script async src="https://securepubads.example/tag/js/gpt.js"></script>
<script>var googletag = googletag || {{cmd: []}}; window.__PAGE__ = {{"section": "world"}};</script>
{extra}</head>"""


def straits(meta: dict[str, str], paras: list[str], _trailer: list[str]) -> str:
    """A Drupal site: fields in nested divs, a newsletter prompt, "READ MORE HERE" between
    paragraphs, a dateline in a <time> element."""
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{esc(p)}</p>")
        if i == 2:
            body.append(
                '<div class="related-story"><span>READ MORE HERE</span> <a href="/asia/'
                'east-asia/north-korean-troops-in-kursk">North Korean troops fought in Kursk, '
                "Seoul spy agency says</a></div>"
            )
        if i == 5:
            body.append(
                '<div class="ad-slot" id="dfp-ad-imu1"><p class="ad-label">Advertisement</p></div>'
            )
    page_head = head(meta, published(meta))
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
{page_head}
<body class="node-type-article">
<a class="skip-link" href="#main">Skip to main content</a>
<div class="newsletter-banner">Sign up now: Get insights on Asia's fast-moving developments
 <a href="/newsletters">Sign up</a></div>
<header class="masthead"><a href="/" class="logo">{esc(meta["site"])}</a>
<nav><ul class="menu"><li><a href="/singapore">Singapore</a></li><li><a href="/asia">Asia</a>
</li><li><a href="/world">World</a></li><li><a href="/opinion">Opinion</a></li><li>
<a href="/life">Life</a></li><li><a href="/business">Business</a></li><li>
<a href="/tech">Tech</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<a class="btn-subscribe" href="/subscribe">Subscribe</a></header>
<main id="main">
<div class="breadcrumb"><a href="/asia">Asia</a> / <a href="/asia/east-asia">East Asia</a></div>
<article class="node node-article">
<h1 class="headline node-title">{esc(meta["title"])}</h1>
<div class="story-postdate"><time datetime="{meta["date"]}">Feb 23, 2026, 02:05 PM</time></div>
<figure><img src="/img/embassy-banner.jpg" alt="Banner on the embassy facade">
<figcaption>The banner on the Russian Embassy in Seoul. PHOTO: AFP</figcaption></figure>
<div class="field field-name-body"><div class="field-items"><div class="field-item even">
{NL.join(body)}
</div></div></div>
<div class="story-share"><a href="#">Facebook</a> <a href="#">Telegram</a>
<a href="#">WhatsApp</a> <a href="#">Copy link</a></div>
<div class="topics">Topics: <a href="/tags/south-korea">South Korea</a>
<a href="/tags/russia">Russia</a> <a href="/tags/ukraine">Ukraine</a></div>
</article>
<section class="more-stories"><h2>More on this topic</h2><ul>
<li><a href="/asia/east-asia/kim-jong-un-visits-troops">Kim Jong Un visits troops back from
 Russia</a></li><li><a href="/world/ukraine-anniversary">Ukraine marks four years of war</a></li>
</ul></section>
</main>
<footer><p>Copyright 2026. All rights reserved.</p><a href="/terms">Terms &amp; Conditions</a>
<a href="/privacy">Privacy Policy</a></footer>
</body>
</html>
"""


def joongang(meta: dict[str, str], paras: list[str], trailer: list[str]) -> str:
    """A Korean newspaper's CMS: the story as one div with <br><br> between paragraphs, the
    translation note apart, the byline and a comment box below."""
    body = "<br><br>\n".join(esc(p) for p in paras[:-1])
    note = paras[-1]
    byline, with_line = trailer[0], trailer[1]
    page_head = head(
        meta, published(meta) + f'<meta name="author" content="{meta["author"]}">' + NL
    )
    return f"""<!DOCTYPE html>
<html lang="en">
{page_head}
<body>
<div id="wrap">
<div class="gnb"><a href="/">Korea JoongAng Daily</a> <a href="/section/national">National</a>
 <a href="/section/business">Business</a> <a href="/section/culture">Culture</a>
 <a href="/section/sports">Sports</a> <a href="/section/opinion">Opinion</a>
 <a href="/section/kcontent">K-Content</a></div>
<div class="top_banner"><a href="https://ad.example/jja"><img src="/ad/top.jpg"
 alt="advertisement"></a></div>
<div class="article_wrap">
<h1 class="view-article-title">{esc(meta["title"])}</h1>
<div class="view-article-date">Published: 13 Feb. 2026, 16:46<span>Updated: 13 Feb. 2026, 16:48
</span></div>
<div class="view-article-tools"><a href="#">print</a> <a href="#">A+</a> <a href="#">A-</a></div>
<div id="article_body" class="article_body fs3">
{body}
</div>
<p class="caption">{esc(note)}</p>
<div class="byline"><em>{esc(byline)}</em><br>{esc(with_line)}</div>
<div class="related_news"><h3>Related Article</h3><ul>
<li><a href="/news/2026-01-30/national/northKorea">North sends more troops, NIS says</a></li>
<li><a href="/news/2026-02-02/national/diplomacy">Seoul, Moscow hold first talks in a year</a>
</li></ul></div>
<div class="comment_box"><p>To write comments, please log in to one of the accounts.</p>
<p><a href="/policy">Standards Board Policy</a> (0/250자)</p>
<textarea placeholder="Comment"></textarea><button>Submit</button></div>
</div>
<div class="footer">Copyright by JoongAng Ilbo Co., Ltd. All Rights Reserved.</div>
</div>
</body>
</html>
"""


def herald(meta: dict[str, str], paras: list[str], _trailer: list[str]) -> str:
    """A news site with an embedded tweet (blockquote.twitter-tweet) and JSON-LD."""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": meta["title"],
            "datePublished": meta["date"],
            "author": {"@type": "Person", "name": meta["author"]},
            "publisher": {"@type": "Organization", "name": meta["site"]},
        },
        ensure_ascii=False,
    )
    out = []
    i = 0
    while i < len(paras):
        p = paras[i]
        if p.startswith(".@") and i + 1 < len(paras) and paras[i + 1].startswith("—"):
            link = re.search(r"https://t\.co/\S+", p)
            tweet = p[: link.start()] if link else p
            out.append(
                '<blockquote class="twitter-tweet"><p lang="en" dir="ltr">'
                f'{esc(tweet)}<a href="{link.group(0) if link else "#"}">'
                f"{esc(p[link.start() :]) if link else ''}</a></p>{esc(paras[i + 1])}"
                "</blockquote>\n"
                '<script async src="https://platform.twitter.example/widgets.js"></script>'
            )
            i += 2
            continue
        out.append(f"<p>{esc(p)}</p>")
        i += 1
    page_head = head(meta, f'<script type="application/ld+json">{ld}</script>' + NL)
    return f"""<!DOCTYPE html>
<html lang="en-US">
{page_head}
<body>
<header id="header"><div class="logo"><a href="/">{esc(meta["site"])}</a></div>
<ul class="nav"><li><a href="/national">National</a></li><li><a href="/world">World</a></li>
<li><a href="/business">Business</a></li><li><a href="/entertainment">Entertainment</a></li>
<li><a href="/sports">Sports</a></li><li><a href="/lifestyle">Life&amp;Style</a></li></ul>
</header>
<div class="container">
<div class="view_headline"><h1>{esc(meta["title"])}</h1></div>
<div class="view_reporter">By {esc(meta["author"])}</div>
<div class="view_con">
{NL.join(out)}
</div>
<div class="ad_mid"><ins class="adsbygoogle" data-ad-slot="123"></ins></div>
<div class="most_popular"><h3>Most Popular</h3><ol><li><a href="/1">BTS member's military
 discharge date set</a></li><li><a href="/2">Won weakens to 1,390 per dollar</a></li></ol></div>
</div>
<div id="footer">Copyright (c) Korea Herald Times. All rights reserved.</div>
</body>
</html>
"""


def monitor(meta: dict[str, str], paras: list[str], _trailer: list[str]) -> str:
    """A WordPress site: entry-content, share buttons, "You may also like", a comment form."""
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    page_head = head(
        meta, published(meta) + '<meta name="generator" content="WordPress 6.4.2">' + NL
    )
    return f"""<!DOCTYPE html>
<html lang="en-US" prefix="og: https://ogp.me/ns#">
{page_head}
<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="/">{esc(meta["site"])}
</a></p><p class="site-description">News and analysis from the Asia-Pacific</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a href="/">Home</a>
</li><li><a href="/category/korea">Korea</a></li><li><a href="/category/japan">Japan</a></li>
<li><a href="/category/china">China</a></li><li><a href="/about">About</a></li></ul></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area">
<main id="main" class="site-main">
<article id="post-8812" class="post-8812 post type-post status-publish">
<header class="entry-header"><h1 class="entry-title">{esc(meta["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published"
 datetime="{meta["date"]}">October 21, 2024</time></span> <span class="byline">by
 <span class="author vcard">{esc(meta["author"])}</span></span></div></header>
<div class="entry-content">
{body}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/category/korea">Korea
</a></span></footer>
</article>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul>
<li><a href="?share=twitter">Twitter</a></li><li><a href="?share=facebook">Facebook</a></li>
</ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3>You may also like</h3>
<a href="/2024/10/18/north-korea-troops-russia/">North Korea sends troops to Russia, Seoul says
</a> <a href="/2024/10/10/drones-pyongyang/">Pyongyang accuses Seoul of drone flights</a></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">
Your email address will not be published. Required fields are marked *</p>
<textarea id="comment" name="comment"></textarea><input name="submit" type="submit"
 value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget"><h2 class="widget-title">
Recent Posts</h2><ul><li><a href="/2024/10/20/typhoon/">Typhoon nears Okinawa</a></li></ul>
</section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">Proudly powered by WordPress
</div></footer>
</div>
</body>
</html>
"""


def wire(meta: dict[str, str], paras: list[str], _trailer: list[str]) -> str:
    """A news agency's app-rendered page: BEM classes, a JSON-LD graph, cookie consent and a
    video player block in the story."""
    ld = json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebSite", "name": meta["site"], "url": "https://euronewswire.example/"},
                {
                    "@type": "NewsArticle",
                    "headline": meta["title"],
                    "datePublished": meta["date"],
                    "dateModified": "2024-10-21T12:30:00+02:00",
                    "author": {"@type": "Organization", "name": meta["author"]},
                    "mainEntityOfPage": meta["url"],
                },
            ],
        },
        ensure_ascii=False,
    )
    body = []
    for i, p in enumerate(paras):
        body.append(f'<p class="article__paragraph">{esc(p)}</p>')
        if i == 1:
            body.append(
                '<div class="article__video"><div class="video-player" data-id="v9921">'
                "<span>Watch: North Korean troops seen training in Russia</span></div></div>"
            )
    page_head = head(meta, f'<script type="application/ld+json">{ld}</script>' + NL)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
{page_head}
<body>
<div id="__next">
<div class="cookie-consent" role="dialog"><p>We and our partners use cookies and similar
 technologies. You can accept or manage your choices.</p><button>I accept</button>
<button>Manage choices</button></div>
<header class="c-header"><a class="c-header__logo" href="/">{esc(meta["site"])}</a>
<nav class="c-header__nav"><a href="/news/europe">Europe</a> <a href="/news/world">World</a>
 <a href="/business">Business</a> <a href="/green">Green</a> <a href="/culture">Culture</a>
 <a href="/video">Video</a> <a href="/live">Live</a></nav></header>
<main class="o-article">
<h1 class="c-article-title">{esc(meta["title"])}</h1>
<div class="c-article-date"><time datetime="{meta["date"]}">21/10/2024 - 10:07 GMT+2</time></div>
<div class="c-article-contributors">By {esc(meta["author"])}</div>
<div class="c-article-content article__content">
{NL.join(body)}
</div>
<div class="c-article-share"><button>Share this article</button> <button>Comments</button></div>
<section class="c-most-viewed"><h2>Most viewed</h2><ul><li><a href="/1">Storm Ashley batters
 Ireland</a></li><li><a href="/2">EU leaders meet in Brussels</a></li></ul></section>
</main>
<footer class="c-footer"><p>Copyright © euronewswire 2024</p><a href="/about">About us</a>
 <a href="/cookies">Cookies policy</a></footer>
</div>
</body>
</html>
"""


TEMPLATES = {
    "000_7e5f5763173ea70b": straits,
    "001_76b098cef252d179": joongang,
    "002_258d92ba8758082c": herald,
    "003_349974de507a0d9c": monitor,
    "004_82426c862c5804d0": wire,
}


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for doc_id, template in TEMPLATES.items():
        paras, trailer = paragraphs(doc_id)
        page = template(SITES[doc_id], paras, trailer)
        (OUT / f"{doc_id}.html").write_text(page, encoding="utf-8")


if __name__ == "__main__":
    main()
