"""Archive at scale: insert rate, search latency (ranked and newest-first), export rate and memory.

    uv run python benchmarks/archive.py [--articles 1000000] [--sites 190] [--db PATH] [--out docs/benchmarks.md]

Synthetic Vietnamese articles, made to differ as real ones do (see ``corpus_model``):
each article draws its words from a mixture of one to three topics over a lexicon
of toned Vietnamese syllables and compounds, plus the function words of news
prose, names of people and places of its own, and figures; text lengths are
log-normal (median about 450 syllables, 2,000 characters; a long tail to 20,000);
dates span 2020 to 2025, more of them recent; sites are of unequal size (a
Zipf law over ``--sites``, by default 190: the 63 provinces' party dailies,
portals and radio-TV stations); 4% of articles are another site's story, copied
within two days with a new lead and byline (what syndication looks like), so
the near-duplicate links can be counted against the copies planted.

They are stored through the project's own ``archive.save_article`` in
transactions of 1,000 (``archive.transaction``, which writes the search index
once, before the commit, as the crawl's batches do), with the SimHash and
d-spellings precomputed as the crawl's extraction workers do (the insert rate
counts the storing only). Then a
fixed mix of queries runs through ``search.search`` (rare, medium and very
common terms, phrases, prefixes, with and without diacritics, with site and
date filters), ranked top-20 and newest-first, and ``crawler export`` writes
the whole archive to JSON Lines in a child process whose peak memory is read.
"""

from __future__ import annotations

import argparse
import functools
import itertools
import math
import multiprocessing
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import deque
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.report import machine, publish  # noqa: E402
from crawler import archive  # noqa: E402
from crawler.extract import Article  # noqa: E402
from crawler.search import Filters, count, search  # noqa: E402

# -- the synthetic corpus ---------------------------------------------------------

ONSETS = ("", "b", "c", "ch", "d", "đ", "g", "gi", "h", "k", "kh", "l", "m", "n", "ng", "nh", "ph", "qu",
          "r", "s", "t", "th", "tr", "v", "x")
RHYMES = ("a", "ai", "am", "an", "ang", "anh", "ao", "au", "ay", "ăm", "ăn", "ăng", "âm", "ân", "âng", "âu",
          "ây", "e", "em", "en", "eo", "ê", "êm", "ên", "ênh", "êu", "i", "ia", "im", "in", "inh", "iu", "iêm",
          "iên", "iêu", "o", "oa", "oai", "oan", "oang", "oanh", "oi", "om", "on", "ong", "ô", "ôi", "ôm",
          "ôn", "ông", "ơ", "ơi", "ơm", "ơn", "u", "ua", "ui", "um", "un", "ung", "uy", "uyên", "uân", "ư",
          "ưa", "ưi", "ưng", "ươi", "ươm", "ươn", "ương", "ưu", "ac", "at", "ach", "ăc", "ăt", "âc", "ât",
          "ep", "et", "êch", "ich", "it", "iêt", "oc", "ot", "ôc", "ôt", "ơt", "uc", "ut", "uôc", "uôt", "ưc",
          "ưt", "ươc", "ap", "ăp", "âp", "ip", "op", "ôp", "ơp", "up", "ươp")
STOPS = ("c", "t", "ch", "p")     # a rhyme ending in one of these takes the sắc or nặng tone only
TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")   # ngang huyền sắc hỏi ngã nặng
VOWELS = "aăâeêioôơuưy"
# The most frequent words of Vietnamese news prose: function words and the staples of provincial news.
COMMON = ("của", "và", "các", "là", "được", "có", "trong", "cho", "với", "những", "đã", "này", "người", "không",
          "một", "để", "theo", "đến", "từ", "năm", "ngày", "tại", "về", "trên", "cũng", "khi", "như", "đó",
          "nhiều", "sẽ", "phải", "đang", "vào", "ra", "làm", "công tác", "thực hiện", "triển khai", "tỉnh",
          "huyện", "xã", "nhân dân", "cán bộ", "địa phương", "hoạt động", "tổ chức", "đồng chí", "kết quả",
          "tiếp tục", "tăng cường", "đơn vị", "bà con", "thời gian", "hiện nay", "đồng thời", "tuy nhiên",
          "chính quyền", "quan tâm", "nâng cao", "hiệu quả", "chất lượng", "phát triển", "kinh tế", "xã hội",
          "người dân", "đầu tư", "dự án", "sản xuất", "giao thông", "giáo dục", "y tế", "văn hóa")
# Words of the query mix that belong to topics: in many topics (medium) or in one (rare).
MEDIUM = ("nông thôn mới", "cao tốc", "cửa khẩu", "du lịch", "hợp tác xã", "thu hoạch", "ngân sách",
          "biên giới", "an ninh", "lễ hội", "giao lưu", "hoa đào", "vải thiều", "Mẫu Sơn", "lúa", "cà phê",
          "thủy sản", "bão", "lũ", "sạt lở", "học sinh", "bệnh viện")
RARE = ("Kỳ Lừa", "Đồng Đăng", "Trà Lĩnh")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Nông", "Hà", "Lương", "Triệu", "Lục", "Hứa", "Lâm", "Mai", "Tô")
PROVINCES = 63            # before the 2025 merger: each site belongs to one
FIRST_DAY, DAYS = date(2020, 1, 1), 6 * 365
COPIES = 0.04             # share of articles that are another site's story, copied
SITES = 190               # 63 provinces × (party daily, portal, radio-TV station)


def _syllable(rng: random.Random) -> str:
    """A Vietnamese syllable: onset, rhyme, and a tone mark on the vowel that carries it."""
    rhyme = rng.choice(RHYMES)
    tone = rng.choice((TONES[2], TONES[5]) if rhyme.endswith(STOPS) else TONES)
    onset = rng.choice(ONSETS)
    if onset in ("gi", "qu") and rhyme[0] in "iu":
        onset = onset[0]
    vowels = [i for i, c in enumerate(rhyme) if c in VOWELS]
    marked = [i for i in vowels if rhyme[i] in "ăâêôơư"]
    at = marked[-1] if marked else vowels[-1] if len(vowels) > 1 and vowels[-1] < len(rhyme) - 1 else vowels[0]
    return unicodedata.normalize("NFC", onset + rhyme[:at + 1] + tone + rhyme[at + 1:])


def _zipf(count: int, offset: float) -> list[float]:
    """Cumulative Zipf weights for ``rng.choices(..., cum_weights=...)``."""
    return list(itertools.accumulate(1 / (rank + offset) for rank in range(count)))


@functools.cache
def corpus_model(seed: int, sites: int) -> dict:
    """What every article is drawn from, the same in every process for a seed:
    a Zipf-ranked lexicon of 30,000 words of one to three toned syllables, 400
    topics of 250 words each from its middle ranks, place names, and the sites
    (province and Zipf-law size)."""
    rng = random.Random(seed)
    syllables = sorted({_syllable(rng) for _ in range(12_000)})
    lexicon = [" ".join(rng.choice(syllables) for _ in range(rng.choices((1, 2, 3), (35, 55, 10))[0]))
               for _ in range(30_000)]
    topics = []
    for number in range(400):
        words = rng.sample(lexicon[300:20_000], 250) + rng.sample(MEDIUM, 2)
        words.append(RARE[number] if number < len(RARE) else rng.choice(lexicon[300:20_000]))
        rng.shuffle(words)
        topics.append(words)
    places = [f"{rng.choice(syllables)} {rng.choice(syllables)}".title() for _ in range(3000)]
    provinces = ["Lạng Sơn", "Cao Bằng", *places[:PROVINCES - 2]]
    return {"syllables": syllables, "lexicon": lexicon, "lexicon_cum": _zipf(len(lexicon), 10),
            "topics": topics, "topic_cum": _zipf(253, 3), "common_cum": _zipf(len(COMMON), 2),
            "places": places, "provinces": provinces, "site_cum": _zipf(sites, 1.5),
            "sites": [f"site{number:03d}" for number in range(sites)]}


def _name(rng: random.Random, model: dict) -> str:
    return " ".join([rng.choice(FAMILY), *(rng.choice(model["syllables"]).capitalize()
                                           for _ in range(rng.choice((1, 2))))])


def _figure(rng: random.Random) -> str:
    return rng.choice((f"{rng.randrange(2, 99)}%", f"{rng.randrange(1, 999)}.{rng.randrange(1000):03d}",
                       f"{rng.randrange(1, 99)},{rng.randrange(10)}", str(rng.randrange(2, 60)),
                       f"{rng.randrange(1, 29)}/{rng.randrange(1, 13)}"))


def make_article(n: int, seed: int, model: dict) -> tuple[str, str, Article]:
    """Article number ``n`` (site, url, article): a function of ``n`` and the seed only, so a
    copy can remake the story it copies in any process."""
    rng = random.Random(seed * 1_000_003 + n)
    if n >= 1000 and rng.random() < COPIES:
        return _copy(rng, n, seed, model)
    site = rng.choices(range(len(model["sites"])), cum_weights=model["site_cum"])[0]
    province = model["provinces"][site % PROVINCES]
    day = FIRST_DAY + timedelta(days=int(DAYS * rng.random() ** 0.7))      # more of them recent
    topics = rng.sample(model["topics"], rng.choices((1, 2, 3), (50, 35, 15))[0])
    shares = [rng.random() + 0.2 for _ in topics]
    people = [_name(rng, model) for _ in range(rng.randrange(1, 6))]
    places = [province, *rng.sample(model["places"], rng.randrange(1, 4))]
    # Log-normal length in syllables: median 450 (about 2,000 characters).
    length = max(60, min(4500, int(math.exp(rng.gauss(math.log(450), 0.6)))))
    sources = rng.choices(range(4), (30, 42, 20, 8), k=int(length / 1.3))    # a word is 1.3 syllables
    common = iter(rng.choices(COMMON, cum_weights=model["common_cum"], k=sources.count(0)))
    lexicon = iter(rng.choices(model["lexicon"], cum_weights=model["lexicon_cum"], k=sources.count(2)))
    per_topic = rng.choices(range(len(topics)), shares, k=sources.count(1))
    picked = list(itertools.chain.from_iterable(
        rng.choices(topics[t], cum_weights=model["topic_cum"], k=per_topic.count(t)) for t in range(len(topics))))
    rng.shuffle(picked)
    topical = iter(picked)
    own = people + places
    words: list[str] = [next(common) if s == 0 else next(topical) if s == 1 else next(lexicon) if s == 2
                        else (rng.choice(own) if rng.random() < 0.7 else _figure(rng)) for s in sources]
    sentences, at = [], 0
    while at < len(words):
        step = rng.randrange(10, 26)
        sentence = " ".join(words[at:at + step])
        sentences.append(sentence[:1].upper() + sentence[1:] + ".")
        at += step
    paragraphs, at = [], 0
    while at < len(sentences):
        step = rng.randrange(2, 6)
        paragraphs.append(" ".join(sentences[at:at + step]))
        at += step
    title = " ".join(rng.choices(picked or words, k=1) + rng.sample(words, min(len(words), rng.randrange(5, 10))))
    published = f"{day.isoformat()}T{rng.randrange(6, 22):02d}:{rng.randrange(60):02d}:00+07:00"
    article = Article(url=None, title=title[:1].upper() + title[1:], published=published,
                      text="\n".join(paragraphs), author=rng.choice(people))
    return model["sites"][site], f"https://{model['sites'][site]}.example/tin-{n}.html", article


def _copy(rng: random.Random, n: int, seed: int, model: dict) -> tuple[str, str, Article]:
    """Another site's earlier story, republished up to two days later with a lead of its own,
    the source named and the byline changed."""
    original_site, _url, original = make_article(rng.randrange(max(0, n - 20_000), n), seed, model)
    assert original.published is not None
    site = original_site
    while site == original_site:
        site = model["sites"][rng.choices(range(len(model["sites"])), cum_weights=model["site_cum"])[0]]
    day = date.fromisoformat(original.published[:10]) + timedelta(days=rng.randrange(3))
    lead = " ".join(rng.choices(COMMON, cum_weights=model["common_cum"], k=rng.randrange(12, 25)))
    paragraphs = original.text.split("\n")
    text = "\n".join([lead[:1].upper() + lead[1:] + ".", *paragraphs[1:], f"Theo {original_site}"])
    article = Article(url=None, title=original.title, published=day.isoformat() + original.published[10:],
                      text=text, author=_name(rng, model))
    return site, f"https://{site}.example/theo-{n}.html", article


SITE_BIG, SITE_SMALL = "site003", "site041"    # the 4th largest site, one of the smaller ones

QUERIES: list[tuple[str, str, dict]] = [  # (label, query, filters)
    ("rare word", "Kỳ Lừa", {}),
    ("rare phrase, no marks", '"ky lua"', {}),
    ("medium word", "Mẫu Sơn", {}),
    ("medium, no marks", "mau son", {}),
    ("two medium words", "hoa đào", {}),
    ("very common word", "tỉnh", {}),
    ("very common, no marks", "tinh", {}),
    ("common phrase", '"nông thôn mới"', {}),
    ("prefix", "giao*", {}),
    ("common + site", "kinh tế", {"site": (SITE_BIG,)}),
    ("common + year", "dự án", {"since": "2023", "until": "2023"}),
    ("rare + site + year", "Đồng Đăng", {"site": (SITE_BIG,), "since": "2024", "until": "2024"}),
    ("medium + small site + month", "Mẫu Sơn", {"site": (SITE_SMALL,), "since": "2025-05", "until": "2025-05"}),
]


CHUNK = 1000          # articles generated per task and stored per transaction


def _chunk(task: tuple[int, int, int, int]) -> list:
    """Articles ``first`` … ``first + count - 1`` (the same for a given seed, in any process),
    each with the SimHash and d-spellings its extraction worker computes during a crawl."""
    first, count, seed, sites = task
    model = corpus_model(seed, sites)
    made = []
    for n in range(first, first + count):
        site, url, article = make_article(n, seed, model)
        # Made here, as the crawl's extraction workers do: storing is what is timed.
        made.append((site, url, article, archive.article_extras(article)))
    return made


def build(db_path: Path, count: int, sites: int = SITES, rate_file: Path | None = None,
          seed: int = 3) -> tuple[float, float]:
    """Store ``count`` articles; the rates (per second of elapsed time, and of the storing
    process's CPU time) count the time spent storing only. Articles
    are generated by a process per core, at most a few chunks ahead of the storing.
    The rate so far and over the last 50,000 goes to stderr every 50,000 articles, and
    the rates so far to ``rate_file`` (what ``--reuse`` reads; an interrupted build
    can be measured with ``--reuse --articles`` the count stored)."""
    db = archive.open_archive(db_path)
    storing = interval = cpu = 0.0
    tasks = iter([(first, min(CHUNK, count - first), seed, sites) for first in range(0, count, CHUNK)])
    stored = 0
    with multiprocessing.get_context("spawn").Pool(os.cpu_count()) as pool:
        pending = deque(pool.apply_async(_chunk, (task,)) for task in itertools.islice(tasks, 4))
        while pending:
            batch = pending.popleft().get()
            pending.extend(pool.apply_async(_chunk, (task,)) for task in itertools.islice(tasks, 1))
            start, start_cpu = time.perf_counter(), time.process_time()
            _store(db, batch)
            took = time.perf_counter() - start
            cpu += time.process_time() - start_cpu
            storing, interval, stored = storing + took, interval + took, stored + len(batch)
            if stored % 50_000 == 0:
                print(f"{stored:,} stored: {stored / storing:,.0f}/s so far ({stored / cpu:,.0f}/s of CPU time),"
                      f" {50_000 / interval:,.0f}/s over the last 50,000", file=sys.stderr, flush=True)
                if rate_file is not None:
                    rate_file.write_text(f"{stored / storing:.1f} {stored / cpu:.1f}")
                interval = 0.0
    db.conn.close()
    return count / storing, count / cpu


def _store(db, batch) -> None:
    with archive.transaction(db):
        for site, url, article, extras in batch:
            archive.save_article(db, site, url, article, "2025-01-01T00:00:00+00:00", extras)


def latencies(db_path: Path, newest: bool, repeat: int = 5) -> dict:
    """Each query of the mix run ``repeat`` times (after one to warm the cache): p50 and p95
    over all runs, and each query's median, in elapsed and in CPU milliseconds."""
    db = archive.open_archive(db_path, create=False)
    times: dict[str, list] = {"wall": [], "cpu": []}
    per_query = {}
    for label, query, filters in QUERIES:
        search(db, Filters(query=query, **filters), limit=20, newest_first=newest)   # warm
        own: dict[str, list] = {"wall": [], "cpu": []}
        for _ in range(repeat):
            start, start_cpu = time.perf_counter(), time.process_time()
            search(db, Filters(query=query, **filters), limit=20, newest_first=newest)
            own["wall"].append(time.perf_counter() - start)
            own["cpu"].append(time.process_time() - start_cpu)
        for kind in times:
            times[kind] += own[kind]
        per_query[label] = {kind: statistics.median(own[kind]) * 1000 for kind in own}
    result: dict = {"queries": per_query}
    for kind, values in times.items():
        values.sort()
        result[kind] = (values[len(values) // 2] * 1000, values[int(len(values) * 0.95)] * 1000)
    return result


def matches(db_path: Path) -> dict[str, int]:
    """How many articles each query of the mix matches."""
    db = archive.open_readonly(db_path)
    return {label: count(db, Filters(query=query, **filters))["total"] for label, query, filters in QUERIES}


def copies(db_path: Path) -> tuple[int, int, int]:
    """(copies planted, of them linked to an original, links made to articles not planted as copies)."""
    db = archive.open_readonly(db_path)
    planted, found = db.execute("SELECT count(*), count(duplicate_of) FROM articles"
                                " WHERE url LIKE '%/theo-%'").fetchone()
    wrong = db.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL AND url NOT LIKE '%/theo-%'"
                       ).fetchone()[0]
    return planted, found, wrong


PEAK = """
import atexit, os, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("PEAK " + line.split()[1] + "\\n")
atexit.register(peak)
from crawler.cli import main
main()
"""


def export_rate(db_path: Path, count: int) -> tuple[float, float, int]:
    """Articles per second of elapsed and of the export process's CPU time, and its peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PEAK, "export", "--db", str(db_path), "--format", "jsonl",
                               "-o", str(Path(tmp) / "all.jsonl")], capture_output=True, text=True, check=True)
        elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    peak = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("PEAK"))
    return count / elapsed, count / cpu, peak // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--sites", type=int, default=SITES,
                        help="How many sites the articles come from (default 190: 63 provinces × 3).")
    parser.add_argument("--db", type=Path, help="Keep the archive here (default: a temporary folder).")
    parser.add_argument("--reuse", action="store_true",
                        help="Measure the archive already at --db (built by an earlier run) instead of building it.")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md")
    args = parser.parse_args()
    load_before = os.getloadavg()[1]
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db or Path(tmp) / "big.db"
        rate_file = db_path.with_name(db_path.name + ".insert-rate")    # kept for --reuse
        if args.reuse:
            insert, insert_cpu = (float(value) for value in rate_file.read_text().split())
        else:
            insert, insert_cpu = build(db_path, args.articles, args.sites, rate_file)
            rate_file.write_text(f"{insert:.1f} {insert_cpu:.1f}")
        ranked = latencies(db_path, newest=False)
        newest = latencies(db_path, newest=True)
        found = matches(db_path)
        planted, linked, wrong = copies(db_path)
        export, export_cpu, peak_mb = export_rate(db_path, args.articles)
        size_mb = db_path.stat().st_size / 2**20
    load_after = os.getloadavg()[1]
    n = f"{args.articles:,}"
    rows = [
        (f"insert, search index in sync ({n} articles)", "≥ 3,000 articles/s", f"{insert:,.0f} articles/s",
         f"{insert_cpu:,.0f} articles/s"),
        ("newest-first top-20, p50 / p95", "p95 ≤ 20 ms", "{:.1f} / {:.1f} ms".format(*newest["wall"]),
         "{:.1f} / {:.1f} ms".format(*newest["cpu"])),
        ("ranked (bm25) top-20, p50 / p95", "p95 ≤ 100 ms", "{:.1f} / {:.1f} ms".format(*ranked["wall"]),
         "{:.1f} / {:.1f} ms".format(*ranked["cpu"])),
        ("export to JSONL", "≥ 20,000 articles/s", f"{export:,.0f} articles/s", f"{export_cpu:,.0f} articles/s"),
        ("export peak memory (RSS)", "< 200 MB", f"{peak_mb} MB", "–"),
    ]
    table = "\n".join(["| figure | goal | measured (elapsed time) | measured (CPU time) |", "|---|---|---|---|"]
                      + [f"| {' | '.join(row)} |" for row in rows])
    detail = "\n".join(
        ["| query | matches | ranked ms, elapsed / CPU (median) | newest-first ms, elapsed / CPU (median) |",
         "|---|---|---|---|"]
        + [f"| {label} | {found[label]:,} | {ranked['queries'][label]['wall']:.1f} /"
           f" {ranked['queries'][label]['cpu']:.1f} | {newest['queries'][label]['wall']:.1f} /"
           f" {newest['queries'][label]['cpu']:.1f} |" for label, _q, _f in QUERIES])
    body = (f"## Archive and search\n\nMeasured with `uv run python benchmarks/archive.py --articles {args.articles}"
            f" --sites {args.sites}` ({machine()}; archive {size_mb:,.0f} MB). The goals are for 1,000,000"
            f" articles. The machine was shared with other work (load average {load_before:.1f} at the start,"
            f" {load_after:.1f} at the end, on 2 cores), so elapsed times are longer than on an idle machine;"
            " the CPU-time column counts only the measured process's own CPU time (storing, searching or"
            " exporting), which other work changes less.\n\n"
            f"{table}\n\n{detail}\n\nNear-duplicate links: {planted:,} copies planted (another site's story"
            f" with its own lead and byline), {linked:,} of them linked to their original; {wrong:,} links from"
            " articles that are not copies.\n")
    publish(args.out, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
