"""The robots.txt rules reported for our user agent (deciding stays with protego)."""

from __future__ import annotations

from crawler.politeness import rules_for_agent

UA = "provincial-news-archive/0.1 (+https://example.invalid)"


def test_the_group_for_our_product_token_wins_over_star():
    text = ("User-agent: *\nDisallow: /admin # staff only\nAllow: /admin/public\n\n"
            "User-agent: Googlebot\nUser-agent: provincial-news-archive\nDisallow: /search\n"
            "Crawl-delay: 5\n\nUser-agent: *\nDisallow: /tmp\n")
    assert rules_for_agent(text, UA) == ["Disallow: /search"]
    assert rules_for_agent(text, "Mozilla/5.0") == ["Disallow: /admin", "Allow: /admin/public", "Disallow: /tmp"]


def test_an_empty_group_of_ours_means_no_rules_not_stars():
    text = "User-agent: *\nDisallow: /\n\nUser-agent: provincial-news-archive\nDisallow:\n"
    assert rules_for_agent(text, UA) == []
    assert rules_for_agent(text, "other/1.0") == ["Disallow: /"]
    assert rules_for_agent("", UA) == [] and rules_for_agent("garbage\n\x00\n", UA) == []
