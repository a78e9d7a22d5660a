"""crawler/memory.py: glibc told to give freed memory back, and the trims counted."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crawler import memory

glibc = pytest.mark.skipif(memory._glibc() is None, reason="the C library is not glibc")


def test_a_trimmer_trims_once_every_so_many_pages(monkeypatch):
    trims: list[int] = []

    def trim() -> bool:
        trims.append(1)
        return True

    monkeypatch.setattr(memory, "trim", trim)
    trimmer = memory.Trimmer(3)
    assert [trimmer.tick() for _ in range(7)] == [False, False, True, False, False, True, False]
    assert len(trims) == 2
    assert trimmer.tick(5) is True              # a batch of pages counts as many
    assert len(trims) == 3


@glibc
def test_tune_sets_the_thresholds_and_trim_runs():
    assert memory.tune() is True
    memory.trim()                               # True or False: whether the heap had free pages


# Many blocks under the mmap threshold with a long-lived one between every ten: when the
# others are freed, the heap's free pages sit among live blocks, below its top, where only
# malloc_trim gives them back.
FRAGMENTED = """
import sys
from crawler import memory
memory.tune()
def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))
blocks = [bytearray(8000) for _ in range(10_000)]
kept = blocks[::10]
del blocks
before = rss()
memory.trim()
print(before - rss())
"""


@glibc
def test_trim_returns_the_free_pages_inside_the_heap():
    freed_kb = int(subprocess.run([sys.executable, "-c", FRAGMENTED], capture_output=True, text=True,
                                  check=True, timeout=60).stdout)
    assert freed_kb > 40_000                    # of the 72 MB freed among the 8 MB kept
