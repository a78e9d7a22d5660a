"""What a MediaWiki page says of itself: the namespace it is in, and its sections' edit links.

MediaWiki, the engine of Wikipedia and of many a community wiki, keeps every page in a
namespace by number (https://www.mediawiki.org/wiki/Manual:Namespace): 0 holds the wiki's
articles; odd numbers are talk pages; 2 to 15 are its users', the project's own pages, file
descriptions, interface messages, templates, help and categories; negative ones are generated
(Special:, Media:). Extensions add theirs from 100 up. Every skin ships the number twice, in
the page's configuration (``mw.config``'s ``wgNamespaceNumber``, inline as ``RLCONF`` since
1.35) and as a ``ns-<number>`` class of the ``<body class="mediawiki …">``. A news wiki run
like Wikinews writes its stories in namespace 0; a talk page, a user's page, a file's page or
the project's "about" page is no story, however much prose it holds.

Each section heading carries an ``[edit]`` link in a ``<span class="mw-editsection">`` (every
skin, since 1.18): the engine's control, never the story's words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree, html

from .clean import drop

ARTICLES = 0          # the main namespace: the wiki's articles
_EXTENSIONS = 100     # namespaces from here up are extensions' (a portal, a draft); even ones may hold content
_CONFIG = re.compile(r"""["']?wgNamespaceNumber["']?\s*:\s*(-?\d+)""")
_BODY_CLASS = re.compile(r"(?:^|\s)ns-(-?\d+)(?:\s|$)")
_EDIT_LINKS = etree.XPath("//span[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')]")


def namespace(scripts: Iterable[html.HtmlElement], tree: html.HtmlElement) -> int | None:
    """The namespace number a MediaWiki page declares (its configuration's, else its body's
    class), or None on a page of any other engine."""
    for script in scripts:
        text = script.text or ""
        if "wgNamespaceNumber" in text and (found := _CONFIG.search(text)):
            return int(found.group(1))
    body = tree.find("body") if tree.tag == "html" else next(tree.iter("body"), None)
    classes = (body.get("class") or "") if body is not None else ""
    if "mediawiki" in classes.split() and (found := _BODY_CLASS.search(classes)):
        return int(found.group(1))
    return None


def outside_articles(number: int | None) -> bool:
    """Whether a wiki's page is in a namespace that holds no articles: a talk page (odd), the
    engine's own ones (1 to 15: users, the project, files, templates, help, categories) or a
    generated one (negative: Special:)."""
    if number is None or number == ARTICLES:
        return False
    return number < 0 or number % 2 == 1 or number < _EXTENSIONS


def drop_edit_links(tree: html.HtmlElement, number: int | None) -> None:
    """Drop the ``[edit]`` links MediaWiki puts in its section headings, on a page whose
    namespace (``number``) or body says it is MediaWiki's (no other page is searched for them)."""
    body = tree.find("body") if tree.tag == "html" else next(tree.iter("body"), None)
    if number is None and not (body is not None and "mediawiki" in (body.get("class") or "").split()):
        return
    for el in _EDIT_LINKS(tree):
        drop(el)
