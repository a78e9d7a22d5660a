"""trafilatura's all-language justext stoplist, held once and small (extract/stoplist.py)."""

from __future__ import annotations

import threading
import time

import justext
import justext.core
import trafilatura.external
from justext.utils import get_stoplist, get_stoplists

from crawler.extract import extract, stoplist
from crawler.extract.stoplist import StopWords, all_stopwords, install
from crawler.sample_site import STORIES, render_daily, render_list

href = lambda s: f"/{s.slug}.html"  # noqa: E731
LIST_PAGE = render_list("Tin mới", "Báo Demo", list(STORIES), href).encode()
WORDS = frozenset(word.lower() for language in get_stoplists() for word in get_stoplist(language))


def test_the_words_are_trafilaturas_own_and_held_in_8_bytes_each():
    words = all_stopwords()
    assert len(words) == len(WORDS) > 100_000
    assert all(word in words for word in WORDS)
    assert not any(word in words for word in ("xyzzyq", "bài-00017", "", "TỈNH", "Nhân dân"))
    assert all_stopwords() is words                 # built once
    assert words._hashes.itemsize * len(words) <= 8 * len(WORDS)


def test_a_word_set_answers_membership_like_a_frozenset():
    words = StopWords(["và", "của", "the", "của"])
    assert len(words) == 3
    assert "của" in words and "the" in words and "The" not in words and "không" not in words
    assert "x" not in StopWords([])


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
    # trafilatura's own stoplist, a tuple: justext copies it into a frozenset, as before the change.
    monkeypatch.setattr(trafilatura.external, "JT_STOPLIST", tuple(sorted(WORDS)))
    own = extract(LIST_PAGE, "http://127.0.0.1/")
    assert shared.text and shared == own
    page = render_daily(STORIES[0], "Báo Demo", list(STORIES[1:3]), [], href).encode()
    paragraphs = [(p.text, p.class_type) for p in justext.justext(page, all_stopwords())]
    copied = [(p.text, p.class_type) for p in justext.justext(page, tuple(WORDS))]
    assert paragraphs == copied and any(kind == "good" for _text, kind in paragraphs)


def test_threads_extracting_at_once_build_the_words_once(monkeypatch):
    """Two workers' threads at their first list page at once: one StopWords, and justext
    takes whichever one a thread holds as it is (it cannot copy one: it holds no words)."""
    assert install()
    monkeypatch.setattr(stoplist, "_WORDS", None)
    built = []
    real_init = StopWords.__init__

    def counting_init(self, words):
        built.append(1)
        time.sleep(0.2)                              # the build takes a while: the threads overlap
        real_init(self, words)

    monkeypatch.setattr(StopWords, "__init__", counting_init)
    start = threading.Barrier(2)
    found = []

    def first_page():
        start.wait()
        found.append(all_stopwords())

    threads = [threading.Thread(target=first_page) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(built) == 1 and found[0] is found[1]
    older = StopWords(["và"])                        # one a thread held while another was built
    assert justext.core.define_stoplist(older) is older
