"""Near-duplicate detection: one story's copies on two sites, another view of a page.

Copies of one story on two sites (the provincial daily and the provincial
portal, a national paper "Theo" a local one) differ in sapo, byline and
captions. Their texts are compared by SimHash (trafilatura's, computed here
bit for bit), a 64-bit hash whose bits differ little between similar texts;
the archive compares an article with those of other sites published within
``DUPLICATE_DAYS``. The soft-404 check, the twin finder and ``probe`` use the
same hash and ``near`` with the thresholds below.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from hashlib import blake2b

from trafilatura.deduplication import sample_tokens

# At most 8 of 64 bits differ. Unrelated texts differ in 32 ± 4 bits, so a chance match is
# beyond six standard deviations; a copy with its own lead line and byline differs in 4 to 7.
DUPLICATE_SIMILARITY = 56 / 64
DUPLICATE_DAYS = 3
MIN_DUPLICATE_TEXT = 200     # shorter texts (notices, captions) are too alike to judge

_MAX_DIFFERENT_BITS = round(64 * (1 - DUPLICATE_SIMILARITY))
# The same text (a page served again, the site's own 404 page, a sample probed twice).
SAME_TEXT_BITS = 3
# Another view of one article (print, AMP, mobile), which may lack a notice or a caption.
TWIN_BITS = 6
_BITS64 = (1 << 64) - 1


def simhash(text: str) -> int | None:
    """The text's SimHash, signed as SQLite stores integers; None for a text too short to judge."""
    if len(text) < MIN_DUPLICATE_TEXT:
        return None
    value = _charikar(text)
    return value - (1 << 64) if value >= 1 << 63 else value


def _charikar(text: str) -> int:
    """trafilatura's ``Simhash(text).hash``, bit for bit, at half its cost.

    Its bit i is set when at least half the sampled tokens' blake2b hashes have bit i
    set. trafilatura adds a list of 64 ±1 per token; here each token's bits are spread
    into 32-bit lanes of one integer (cached per token), so the counts of all 64 bits
    are one sum of integers, done in C.
    """
    tokens = sample_tokens(text, 64)
    counts = sum(map(_lanes, tokens))
    return sum(1 << i for i in range(64) if 2 * (counts >> (32 * i) & 0xFFFFFFFF) >= len(tokens))


@lru_cache(maxsize=2**14)
def _lanes(token: str) -> int:
    bits = int.from_bytes(blake2b(token.encode(), digest_size=8).digest(), "big")
    return sum(1 << (32 * i) for i in range(64) if bits >> i & 1)


def simhash_distance(a: int, b: int) -> int:
    """How many of the 64 bits two SimHashes differ in (stored signed, compared unsigned)."""
    return ((a ^ b) & _BITS64).bit_count()


def near(a: int | None, b: int | None, bits: int) -> bool:
    """Do two SimHashes differ in at most ``bits`` bits? False when either text had none."""
    return a is not None and b is not None and simhash_distance(a, b) <= bits


def same_story(a: int, b: int) -> bool:
    """Are texts with these SimHashes copies of one story (``DUPLICATE_SIMILARITY``)?"""
    return near(a, b, _MAX_DIFFERENT_BITS)


# The archive's lookup of copies (archive._original_of) compares a new article with every
# article of the ±DUPLICATE_DAYS window. Two SimHashes within _MAX_DIFFERENT_BITS (8) bits
# agree on at least one of nine bands (eight of 7 bits, one of 8: pigeonhole), so an index
# from (band, value) to articles gives the few candidates instead of the whole window.
_BANDS = [(shift, 0x7F) for shift in range(0, 56, 7)] + [(56, 0xFF)]
BUCKET_DAYS = 4          # the index keeps articles in buckets of this many days


def band_keys(value: int) -> list[int]:
    """The nine (band, value) keys of a SimHash (signed as stored), one int each."""
    unsigned = value & _BITS64
    return [(number << 8) | ((unsigned >> shift) & mask) for number, (shift, mask) in enumerate(_BANDS)]


class FingerprintIndex:
    """Articles' SimHashes by bucket of days and by band: ``candidates`` returns the ids
    of indexed articles whose SimHash is within 8 bits of the one given, in buckets
    that cover the days asked for. A cache the caller fills (``add``) and keeps honest:
    entries are never removed, so candidates are a superset to be checked against
    the stored rows (a row may have been rolled back, changed or deleted since)."""

    def __init__(self) -> None:
        # bucket -> (ids, hashes, {band key: positions}); parallel lists per bucket.
        self.buckets: dict[int, tuple[list[int], list[int], dict[int, list[int]]]] = {}

    def __contains__(self, bucket: int) -> bool:
        return bucket in self.buckets

    def add(self, bucket: int, article_id: int, value: int) -> None:
        ids, hashes, bands = self.buckets.setdefault(bucket, ([], [], {}))
        position = len(ids)
        ids.append(article_id)
        hashes.append(value)
        for key in band_keys(value):
            bands.setdefault(key, []).append(position)

    def load(self, bucket: int, rows: Iterable[tuple[int, int]]) -> None:
        """Index a whole bucket at once: (id, SimHash) of every article in it."""
        self.buckets[bucket] = ([], [], {})
        for article_id, value in rows:
            self.add(bucket, article_id, value)

    def candidates(self, buckets: Iterable[int], value: int) -> set[int]:
        """Ids of articles in these buckets within ``same_story``'s bits of ``value``."""
        keys = band_keys(value)
        found = set()
        for bucket in buckets:
            ids, hashes, bands = self.buckets[bucket]
            # A near hash shares most of its bands: compare each article once.
            positions: set[int] = set()
            for key in keys:
                positions.update(bands.get(key, ()))
            for position in positions:
                if ((hashes[position] ^ value) & _BITS64).bit_count() <= _MAX_DIFFERENT_BITS:
                    found.add(ids[position])
        return found

    def clear(self) -> None:
        self.buckets.clear()
