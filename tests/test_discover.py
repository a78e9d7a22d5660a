"""Feeds and sitemaps: the URLs they list and the date each entry gives."""

from __future__ import annotations

from crawler.discover import parse_feed, parse_sitemap

BASE = "https://bao.vn/"


def test_rss_pubdates_become_vietnam_time():
    body = b"""<?xml version="1.0"?><rss version="2.0"><channel>
      <item><guid>https://bao.vn/guid-first.html</guid><link>https://bao.vn/a.html</link>
            <pubDate>Wed, 12 Jun 2024 00:30:00 GMT</pubDate></item>
      <item><link>https://bao.vn/b.html</link><pubDate>12/06/2024 08:15</pubDate></item>
      <item><link>https://bao.vn/c.html</link><pubDate>not a date</pubDate></item>
    </channel></rss>"""
    found = parse_feed(body, BASE)
    # <link> wins over a guid that comes before it.
    assert found.pages == ("https://bao.vn/a.html", "https://bao.vn/b.html", "https://bao.vn/c.html")
    assert found.dates == {"https://bao.vn/a.html": "2024-06-12T07:30:00+07:00",
                           "https://bao.vn/b.html": "2024-06-12T08:15:00+07:00"}
    assert found.newest == "2024-06-12T08:15:00+07:00"


def test_atom_and_rdf_dates():
    atom = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <link rel="self" href="https://bao.vn/api/1"/><link href="https://bao.vn/x.html"/>
      <updated>2024-01-02T03:04:05Z</updated></entry></feed>"""
    found = parse_feed(atom, BASE)
    assert found.pages == ("https://bao.vn/x.html",)
    assert found.dates == {"https://bao.vn/x.html": "2024-01-02T10:04:05+07:00"}
    rdf = b"""<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><item><link>https://bao.vn/y.html</link>
      <dc:date>2023-05-06</dc:date></item></rdf:RDF>"""
    assert parse_feed(rdf, BASE).dates == {"https://bao.vn/y.html": "2023-05-06"}


def test_sitemaps_news_index_and_images():
    news = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"
      xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
      <url><loc>https://bao.vn/a.html</loc><image:image><image:loc>https://cdn.bao.vn/photo?id=1</image:loc></image:image>
        <news:news><news:publication_date>2024-06-12T07:30:00+07:00</news:publication_date></news:news></url>
      <url><loc>https://bao.vn/b.html</loc><lastmod>2024-06-13</lastmod></url></urlset>"""
    found = parse_sitemap(news, BASE)
    # An image's <loc> is not a page, even without a file extension.
    assert found.pages == ("https://bao.vn/a.html", "https://bao.vn/b.html")
    assert found.news and found.newest == "2024-06-13"
    assert found.dates["https://bao.vn/a.html"] == "2024-06-12T07:30:00+07:00"
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
      <sitemap><loc>https://bao.vn/s-2024-05.xml</loc><lastmod>2024-05-31</lastmod></sitemap>
      <sitemap><loc>https://bao.vn/s-2024-06.xml</loc></sitemap></sitemapindex>"""
    found = parse_sitemap(index, BASE)
    assert found.sitemaps == ("https://bao.vn/s-2024-05.xml", "https://bao.vn/s-2024-06.xml")
    assert found.pages == () and not found.news
    assert found.dates == {"https://bao.vn/s-2024-05.xml": "2024-05-31"}
    plain = parse_sitemap(b"<urlset><url><loc>/rel.html</loc></url></urlset>", BASE)
    assert plain.pages == ("https://bao.vn/rel.html",) and not plain.news and plain.newest is None


def test_atom_links_resolve_against_xml_base():
    feed = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://x.vn/tin/">
  <entry><title>A</title><link href="a-1.html"/></entry>
  <entry xml:base="the-thao/"><title>B</title><link href="b-2.html"/></entry>
  <entry><title>C</title><link xml:base="/khac/" href="c-3.html"/></entry>
  <entry><title>D</title><link href="http://y.vn/d-4.html"/></entry>
</feed>"""
    assert parse_feed(feed, "http://feeds.example.vn/atom.xml").pages == (
        "http://x.vn/tin/a-1.html", "http://x.vn/tin/the-thao/b-2.html", "http://x.vn/khac/c-3.html",
        "http://y.vn/d-4.html")
    # Without xml:base, the feed's own URL is the base.
    plain = feed.replace(b' xml:base="http://x.vn/tin/"', b"")
    assert parse_feed(plain, "http://x.vn/rss/atom.xml").pages[0] == "http://x.vn/rss/a-1.html"


def test_feed_with_a_raw_ampersand_still_gives_every_item():
    """A sloppy CMS writes a tracking query's "&" unescaped in its RSS: not well-formed XML,
    and every item must still be found, the one with the raw "&" included."""
    body = ("<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Tin</title>"
            "<item><title>Một</title><link>http://127.0.0.1/mot-1.html</link></item>"
            "<item><title>Hai</title><link>http://127.0.0.1/hai-2.html?utm_source=rss&utm_medium=feed</link></item>"
            "<item><title>Ba</title><link>http://127.0.0.1/ba-3.html</link></item>"
            "</channel></rss>").encode()
    found = parse_feed(body, "http://127.0.0.1/rss.xml")
    assert "http://127.0.0.1/mot-1.html" in found.pages
    assert "http://127.0.0.1/ba-3.html" in found.pages
    assert any(u.startswith("http://127.0.0.1/hai-2.html") for u in found.pages)


def test_links_past_the_page_cap_are_counted_not_read():
    from lxml import html

    from crawler.discover import links_from_html
    anchors = "".join(f'<a href="/l/{i}.html">Bài số {i} của chuyên mục tin tức</a>' for i in range(30))
    anchors += '<a href="/l/3.html">again</a><a href="/l/29.html">again</a>'   # seen or past the cap: no new href
    tree = html.document_fromstring(f"<html><body>{anchors}</body></html>")
    found = links_from_html(tree, "http://bao.example/", max_links=10)
    assert found.pages == tuple(f"http://bao.example/l/{i}.html" for i in range(10))
    assert found.past_cap == 20
    assert set(found.anchors) == set(found.pages)
    whole = links_from_html(tree, "http://bao.example/")
    assert len(whole.pages) == 30 and whole.past_cap == 0
