"""trafilatura's all-language justext stoplist, held once per process (extract/stoplist.py)."""

from __future__ import annotations

import justext
import justext.core
import trafilatura.external
from justext.utils import get_stoplist, get_stoplists

from crawler.extract import extract
from crawler.extract.stoplist import all_stopwords, install
from crawler.sample_site import STORIES, render_daily, render_list

href = lambda s: f"/{s.slug}.html"  # noqa: E731
LIST_PAGE = render_list("Tin mới", "Báo Demo", list(STORIES), href).encode()


def test_the_words_are_trafilaturas_own():
    words = all_stopwords()
    assert words == {word for language in get_stoplists() for word in get_stoplist(language)}
    assert all(word == word.lower() for word in words)
    assert all_stopwords() is words                 # built once


def test_a_fallback_page_builds_the_words_once_and_justext_does_not_copy_them(monkeypatch):
    assert install()
    monkeypatch.setattr(trafilatura.external, "JT_STOPLIST", None)   # as in a fresh worker
    extract(LIST_PAGE, "http://127.0.0.1/")        # a list page: trafilatura falls back to justext
    assert trafilatura.external.JT_STOPLIST is all_stopwords()
    assert justext.core.define_stoplist(all_stopwords()) is all_stopwords()
    assert install()                               # twice is harmless: still one wrapper
    assert justext.core.define_stoplist(all_stopwords()) is all_stopwords()


def test_the_extracted_text_is_the_same_as_with_trafilaturas_tuple(monkeypatch):
    monkeypatch.setattr(trafilatura.external, "JT_STOPLIST", None)
    shared = extract(LIST_PAGE, "http://127.0.0.1/")
    assert trafilatura.external.JT_STOPLIST is all_stopwords()     # justext was asked
    # trafilatura's own stoplist, a tuple: justext copies it as before the change.
    monkeypatch.setattr(trafilatura.external, "JT_STOPLIST", tuple(sorted(all_stopwords())))
    own = extract(LIST_PAGE, "http://127.0.0.1/")
    assert shared.text and shared == own
    page = render_daily(STORIES[0], "Báo Demo", list(STORIES[1:3]), [], href).encode()
    paragraphs = [(p.text, p.class_type) for p in justext.justext(page, all_stopwords())]
    copied = [(p.text, p.class_type) for p in justext.justext(page, tuple(all_stopwords()))]
    assert paragraphs == copied and any(kind == "good" for _text, kind in paragraphs)
