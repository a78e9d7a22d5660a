"""Freed memory given back to the system, where the C library is glibc.

A crawl parses pages of about 100 KB by the thousand, in its workers and
(pickled pages, replies) in the crawling process. glibc's malloc keeps what
is freed for reuse: a block above its mmap threshold goes back to the system
when freed, but the threshold rises to the size of the largest such block
freed (up to 32 MB), so after the first large page the page-sized buffers
come from the heap like everything else, and the heap's free pages stay
resident among the long-lived blocks around them. Over 10,000 pages a worker
grew from about 80 to 116 MB that way (docs/benchmarks.md, issue 17).

``tune`` fixes the thresholds when a process starts, and a ``Trimmer`` calls
``malloc_trim(0)`` (which also returns the free pages inside the heap, not
only at its top) once every so many pages. Elsewhere (musl, macOS, Windows)
both do nothing.
"""

from __future__ import annotations

import ctypes
import os
from functools import lru_cache

M_TRIM_THRESHOLD = -1           # mallopt's parameter numbers (malloc.h)
M_MMAP_THRESHOLD = -3
MMAP_THRESHOLD = 64 * 1024      # blocks this large are mapped on their own, and unmapped when freed
TRIM_THRESHOLD = 128 * 1024     # free memory at the heap's top beyond this goes back at once


@lru_cache(maxsize=1)
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (its mallopt and malloc_trim), else None."""
    try:
        if not os.confstr("CS_GNU_LIBC_VERSION"):
            return None
        libc = ctypes.CDLL(None)
        libc.mallopt, libc.malloc_trim    # noqa: B018 (both must exist)
    except (AttributeError, OSError, ValueError):
        return None
    return libc


def tune() -> bool:
    """Fix glibc's mmap and trim thresholds for this process; False where the C library is not glibc."""
    libc = _glibc()
    if libc is None:
        return False
    return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(
        libc.mallopt(M_TRIM_THRESHOLD, TRIM_THRESHOLD))


def trim() -> bool:
    """Give the heap's free pages back to the system now; False if there were none or no glibc."""
    libc = _glibc()
    return libc is not None and bool(libc.malloc_trim(0))


class Trimmer:
    """``trim`` once every ``every`` calls of ``tick`` (pages done): a call costs a few
    milliseconds, the time to walk the heap, so not after each page."""

    def __init__(self, every: int) -> None:
        self.every = every
        self.count = 0

    def tick(self, done: int = 1) -> bool:
        """Count ``done`` more pages; trims and returns True once ``every`` have been counted."""
        self.count += done
        if self.count < self.every:
            return False
        self.count = 0
        trim()
        return True
