"""One small copy of the stopwords trafilatura's justext fallback reads, instead of two large ones.

On a page where trafilatura's own extraction comes out short or unclean (a
list page, a home page), it asks justext, and without a target language it
gives justext every stoplist justext has: the union of about 100 languages,
154,000 words, built at the first such page as a tuple (``JT_STOPLIST``), which
justext's ``define_stoplist`` then copies into a cached frozenset of
lower-cased copies of every word. That is about 28 MB of words held twice in
each process that extracts (each crawl worker steps up by about 30 MB at its
first list page), and the tuple is hashed again (154,000 items) for the cache
at every call.

``install`` keeps the same words once, and small: ``StopWords``, the sorted
hashes of the words (1.2 MB), built on first use as trafilatura builds its
tuple (so a process that never falls back never pays for it), and handed to
justext as it is. justext only asks whether a word is in its stoplist, so its
classification, and the extracted text, are unchanged (tests/test_stoplist.py
checks both). If trafilatura or justext change the names this relies on,
``install`` leaves them alone.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable


class StopWords:
    """A set of words held as the sorted 64-bit hashes of them: ``word in words`` as a
    frozenset answers it (two words of the same hash are as likely as 1 in 10^14), in 8
    bytes a word instead of about 100, for about 1 µs more a lookup."""

    def __init__(self, words: Iterable[str]) -> None:
        self._hashes = array("q", sorted({hash(word) for word in words}))

    def __contains__(self, word: object) -> bool:
        key, hashes = hash(word), self._hashes
        at = bisect_left(hashes, key)
        return at < len(hashes) and hashes[at] == key

    def __len__(self) -> int:
        return len(self._hashes)


_WORDS: StopWords | None = None
_BUILDING = threading.Lock()   # threads extracting at once build the words once, not twice


def all_stopwords() -> StopWords:
    """Every word of every justext stoplist, lower case: what trafilatura's fallback uses
    when no target language is given. Built once per process."""
    global _WORDS
    with _BUILDING:
        if _WORDS is None:
            from justext.utils import get_stoplist, get_stoplists

            _WORDS = StopWords(word.lower() for language in get_stoplists() for word in get_stoplist(language))
        return _WORDS


def install() -> bool:
    """Make trafilatura's justext fallback use ``all_stopwords`` as its all-language
    stoplist, and justext take it without copying; False when the libraries lack the
    names this needs (then they keep their own behaviour)."""
    try:
        import justext.core
        import trafilatura.external
    except ImportError:
        return False
    if not (hasattr(trafilatura.external, "jt_stoplist_init") and hasattr(trafilatura.external, "JT_STOPLIST")
            and hasattr(justext.core, "define_stoplist")):
        return False
    if getattr(justext.core.define_stoplist, "_shares", None) is all_stopwords:
        return True
    original: Callable[[object], frozenset[str]] = justext.core.define_stoplist

    def init() -> StopWords:
        words = all_stopwords()
        trafilatura.external.JT_STOPLIST = words      # type: ignore[assignment]
        return words

    def define_stoplist(stoplist):
        # justext lower-cases and freezes a stoplist to ask ``word in stoplist``; this one
        # is lower case and answers that already.
        # Any StopWords, not only the current one: a thread may still hold one built before.
        return stoplist if isinstance(stoplist, StopWords) else original(stoplist)

    define_stoplist._shares = all_stopwords     # type: ignore[attr-defined]
    trafilatura.external.jt_stoplist_init = init  # type: ignore[assignment]
    justext.core.define_stoplist = define_stoplist
    return True
