"""Near-duplicate fingerprints (neardup): our SimHash is trafilatura's, bit for bit; the archive's
lookup through its band index (FingerprintIndex, archive._original_of) finds what a comparison with
the whole window finds, and stays true across rollbacks, edits and other connections' writes."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st
from trafilatura.deduplication import Simhash

from crawler import archive
from crawler.extract import Article
from crawler.neardup import MIN_DUPLICATE_TEXT, _charikar, band_keys, same_story, simhash, simhash_distance

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


SIGNED = st.integers(min_value=-(1 << 63), max_value=(1 << 63) - 1)


@given(SIGNED, st.sets(st.integers(min_value=0, max_value=63), max_size=8))
def test_hashes_within_eight_bits_share_a_band(value, flipped):
    other = value
    for bit in flipped:
        other ^= 1 << bit
    other = other - (1 << 64) if other >= 1 << 63 else other + (1 << 64) if other < -(1 << 63) else other
    assert set(band_keys(value)) & set(band_keys(other))


def words(rng: random.Random, count: int) -> str:
    syllables = ["tỉnh", "huyện", "nông", "thôn", "đường", "trường", "những", "người", "thương", "nghiệp",
                 "chuyển", "truyền", "khuyến", "thuyền", "nguyễn", "trưởng", "phường", "quảng", "thành", "chính"]
    return " ".join(rng.choice(syllables) + str(rng.randrange(40)) for _ in range(count))


def scan(db, site, published, text_simhash):
    """What the lookup must return: the lowest id of the window's other-site copies."""
    from datetime import date, timedelta
    day = date.fromisoformat(published[:10])
    rows = db.execute("SELECT id, simhash, duplicate_of FROM articles WHERE published >= ? AND published < ?"
                      " AND site != ? AND simhash IS NOT NULL ORDER BY id",
                      [(day - timedelta(days=3)).isoformat(), (day + timedelta(days=4)).isoformat(), site]
                      ).fetchall()
    return next((original or i for i, other, original in rows if same_story(text_simhash, other)), None)


def save(db, site, url, text, published):
    archive.save_article(db, site, url, Article(url=url, title="T", published=published, text=text),
                         "2024-07-01T00:00:00+00:00")
    return db.execute("SELECT id, duplicate_of FROM articles WHERE url = ?", [url]).fetchone()


def test_lookup_finds_what_a_scan_of_the_window_finds(tmp_path):
    rng = random.Random(5)
    db = archive.open_archive(tmp_path / "a.db")
    stories = [words(rng, 120) for _ in range(12)]
    with archive.transaction(db):
        for n in range(300):
            day = f"2024-03-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:00:00+07:00"
            text = rng.choice(stories) + " " + words(rng, rng.choice((2, 40)))    # a copy, or another text
            site = f"site{rng.randrange(5)}"
            expected = scan(db, site, day, simhash(text))
            assert save(db, site, f"https://{site}.vn/{n}", text, day)[1] == expected
    assert db.execute("SELECT count(duplicate_of) FROM articles").fetchone()[0] > 20


def test_rolled_back_and_edited_articles_are_not_originals(tmp_path):
    rng = random.Random(6)
    db = archive.open_archive(tmp_path / "a.db")
    story, other = words(rng, 150), words(rng, 150)
    db.execute("BEGIN IMMEDIATE")
    db.execute("SAVEPOINT page")
    save(db, "a", "https://a.vn/1", story, "2024-05-02")
    db.execute("ROLLBACK TO page")          # as the crawl undoes one page of its batch
    db.execute("RELEASE page")
    first = save(db, "b", "https://b.vn/1", story + " Theo báo A.", "2024-05-03")
    assert first[1] is None                  # its would-be original was rolled back
    assert save(db, "c", "https://c.vn/1", story, "2024-05-03")[1] == first[0]
    # The first copy is re-extracted as another text, and a week later by its date:
    # neither its old text nor its old date finds it any more.
    archive.replace_extraction(db, first[0], Article(url=None, title="T", published="2024-05-10", text=other),
                               "2024-07-02T00:00:00+00:00", archive.article_extras(
                                   Article(url=None, title="T", published="2024-05-10", text=other)))
    db.execute("COMMIT")
    third = db.execute("SELECT id FROM articles WHERE url = 'https://c.vn/1'").fetchone()[0]
    # c's copy links to c's original, which is the first copy's id however it changed since.
    assert save(db, "d", "https://d.vn/1", story + " Nguồn: C.", "2024-05-04")[1] == first[0] != third
    assert save(db, "e", "https://e.vn/1", other + " Nguồn: B.", "2024-05-11")[1] == first[0]
    assert scan(db, "f", "2024-05-01", simhash(other)) is None
    assert save(db, "f", "https://f.vn/1", other, "2024-05-01")[1] is None


def test_another_connection_s_writes_are_seen(tmp_path):
    rng = random.Random(7)
    path = tmp_path / "a.db"
    db = archive.open_archive(path)
    story = words(rng, 150)
    assert save(db, "a", "https://a.vn/1", words(rng, 150), "2024-05-02")[1] is None     # index loaded
    elsewhere = archive.open_archive(path)
    with archive.transaction(elsewhere):
        original = save(elsewhere, "b", "https://b.vn/1", story, "2024-05-02")[0]
    elsewhere.conn.close()
    assert save(db, "c", "https://c.vn/1", story + " Theo B.", "2024-05-03")[1] == original


def test_the_lookup_prepares_one_statement_whatever_the_candidates(tmp_path, monkeypatch):
    # The candidates are read with one SQL text however many there are: one text per count
    # filled the connection's statement cache with ever larger statements in a long crawl.
    rng = random.Random(8)
    db = archive.open_archive(tmp_path / "a.db")
    story = words(rng, 150)
    statements: set[str] = set()
    execute = db.execute

    def recorded(sql, *args, **kwargs):
        if "duplicate_of FROM articles WHERE rowid" in sql:
            statements.add(sql)
        return execute(sql, *args, **kwargs)

    monkeypatch.setattr(db, "execute", recorded)
    with archive.transaction(db):
        for n in range(12):            # each copy has one candidate more than the last
            assert save(db, f"site{n}", f"https://site{n}.vn/1", story + f" Theo báo {n}.",
                        "2024-05-02")[1] == (None if n == 0 else 1)
    assert len(statements) == 1
