"""Near-duplicate fingerprints (neardup): our SimHash is trafilatura's, bit for bit."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from trafilatura.deduplication import Simhash

from crawler.neardup import MIN_DUPLICATE_TEXT, _charikar, simhash, simhash_distance

WORDS = st.sampled_from(["tỉnh", "huyện", "xã", "Lạng", "Sơn", "2024", "đồng", "chí", "a", "ab", "abc", "abcd",
                         "kinh-tế", "«dự", "án»", "...", "—", "U23", "COVID-19", "phát", "triển", "ngân", "sách"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=200))
def test_the_simhash_is_trafilaturas(words):
    # Archives hold SimHashes made by trafilatura's Simhash: the fast one must give the same bits.
    text = " ".join(words)
    assert _charikar(text) == Simhash(text).hash


def test_a_long_text_and_its_signed_form():
    text = " ".join(f"từ{i % 997} câu{i % 13}" for i in range(30_000))
    value = Simhash(text).hash
    assert simhash(text) == (value - (1 << 64) if value >= 1 << 63 else value)
    assert simhash(text[:MIN_DUPLICATE_TEXT - 1]) is None


def test_a_copy_with_a_line_more_is_near():
    story = " ".join(f"Người dân xã {i} đồng thuận bàn giao mặt bằng cho dự án đường cao tốc." for i in range(40))
    a, b = simhash(story), simhash("Theo Báo Lạng Sơn. " + story)
    assert a is not None and b is not None and simhash_distance(a, b) <= 8
