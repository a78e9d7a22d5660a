import json
import sqlite3

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler import archive
from crawler import search as search_mod
from crawler.cli import main
from crawler.errors import QueryError
from crawler.extract import Article
from crawler.search import Filters, date_bounds, search, to_fts


@pytest.fixture
def db(tmp_path):
    db = archive.open_archive(tmp_path / "a.db")
    docs = [
        ("https://a.vn/1", "a", "Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh", "2023-01-01T09:03:00+07:00",
         "Dự án đường cao tốc dài 93 km qua Lạng Sơn và Cao Bằng."),
        ("https://a.vn/2", "a", "Mùa vải thiều", "2024-06-12", "Nông dân thu hoạch vải, được mùa được giá."),
        ("https://b.vn/3", "b", "Dòng sông quê hương", "2024-03-05", "Con đường ven sông Kỳ Cùng."),
    ]
    with archive.transaction(db):
        for url, site, title, published, text in docs:
            archive.save_article(db, site, url, Article(url=url, title=title, published=published, text=text),
                                 "2024-07-01T00:00:00+00:00")
    return db


@pytest.fixture(scope="module")
def cli_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "a.db"
    db = archive.open_archive(path)
    with archive.transaction(db):
        archive.save_article(db, "a", "https://a.vn/1", Article(
            url="https://a.vn/1", title="Đường cao tốc", published="2024-01-01", text="Lạng Sơn đường cao tốc."),
            "2024-07-01T00:00:00+00:00")
    return path


def titles(db, query, **kw):
    return [h.title for h in search(db, Filters(query=query, **kw.pop("filters", {})), **kw)]


def test_diacritics_both_ways(db):
    expected = ["Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh"]
    assert titles(db, "duong cao toc") == expected
    assert titles(db, "đường cao tốc") == expected
    assert titles(db, "DONG DANG") == expected
    assert titles(db, '"dong dang tra linh"') == expected
    assert titles(db, "Đuong") != []          # half-typed diacritics still match


def test_operators_and_filters(db):
    assert set(titles(db, "duong OR vai")) == {"Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh",
                                                "Mùa vải thiều", "Dòng sông quê hương"}
    assert titles(db, "duong -cao") == ["Dòng sông quê hương"]
    assert titles(db, "thu*") == ["Mùa vải thiều"]
    assert titles(db, "duong", filters={"site": ("b",)}) == ["Dòng sông quê hương"]
    assert titles(db, "duong", filters={"since": "2024"}) == ["Dòng sông quê hương"]
    assert titles(db, "duong", filters={"until": "2023-12"}) == ["Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh"]
    newest = titles(db, "duong OR vai", newest_first=True)
    assert newest[0] == "Mùa vải thiều"


def test_update_keeps_index_in_sync(db):
    with archive.transaction(db):
        outcome = archive.save_article(db, "a", "https://a.vn/2", Article(
            url="https://a.vn/2", title="Mùa nhãn", published="2024-06-12", text="Nhãn lồng chín rộ."),
            "2024-07-02T00:00:00+00:00")
    assert outcome == "updated"
    assert titles(db, "vai thieu") == []
    assert titles(db, "nhan long") == ["Mùa nhãn"]


def test_newest_first_is_publication_order_whatever_the_storing_order(tmp_path):
    db = archive.open_archive(tmp_path / "order.db")
    dates = ["2019-05-01T08:00:00+07:00", None, "2024-01-01T05:00:00+07:00", "2024-01-01", "2015-02-03",
             "2023-12-31T23:59:00+07:00", "2024-01-01T05:00:00+07:00", "2021-07-07T12:00:00Z"]
    with archive.transaction(db):   # stored in crawl order, not date order
        for n, published in enumerate(dates):
            url = f"https://a.vn/{n}"
            archive.save_article(db, "a", url, Article(url=url, title=f"Bài {n}", published=published,
                                                       text="Tin tỉnh Lạng Sơn."), "2024-07-01T00:00:00+00:00")
    # Same minute: the later stored first; a date alone is midnight in Vietnam; no date last.
    newest = ["Bài 6", "Bài 2", "Bài 3", "Bài 5", "Bài 7", "Bài 0", "Bài 4", "Bài 1"]
    assert titles(db, "tinh", newest_first=True, limit=20) == newest
    assert titles(db, "tinh", newest_first=True, limit=3) == newest[:3]
    # Date filters compare the published text as written (local time), the rowid bounds only widen.
    assert set(titles(db, "tinh", filters={"since": "2024-01-01", "until": "2024-01-01"})) == {
        "Bài 2", "Bài 3", "Bài 6"}
    assert titles(db, "tinh", filters={"until": "2023"}, newest_first=True) == ["Bài 5", "Bài 7", "Bài 0", "Bài 4"]
    # The index rowid is each article's chrono key.
    assert sorted(r for (r,) in db.execute("SELECT rowid FROM articles_fts")) == \
        sorted(c for (c,) in db.execute("SELECT chrono FROM articles"))


def test_ranked_search_widens_its_window_when_filters_leave_too_few(tmp_path, monkeypatch):
    db = archive.open_archive(tmp_path / "window.db")
    with archive.transaction(db):
        for n in range(60):
            url = f"https://a.vn/{n}"
            site = "hiem" if n < 3 else "nhieu"          # the rare site's articles are the oldest
            title = "Đường cao tốc" if n in (1, 59) else f"Bài {n}"
            archive.save_article(db, site, url, Article(url=url, title=title, published=f"{2000 + n // 12}-0{1 + n % 9}-01",
                                                        text="Đường cao tốc qua tỉnh."), "2024-07-01T00:00:00+00:00")
    monkeypatch.setattr("crawler.search.RANK_WINDOW", 10)
    # Among the 10 newest matches only; the title match of n=1 is older than that.
    assert titles(db, "duong cao toc", limit=1) == ["Đường cao tốc"]
    hits = search(db, Filters(query="duong cao toc"), limit=3)
    assert [h.url for h in hits][0] == "https://a.vn/59" and "https://a.vn/1" not in [h.url for h in hits]
    # The rare site's three articles lie outside every narrow window: it widens until they are found.
    rare = search(db, Filters(query="duong cao toc", site=("hiem",)), limit=3)
    assert [h.url for h in rare][0] == "https://a.vn/1" and len(rare) == 3
    assert all("\x02" in h.snippet for h in rare)


@pytest.mark.parametrize("query, message", [
    ('"đường cao', "unbalanced quote"), ("-", "'-' must stand"), ("a OR", "'OR' needs"),
    ("OR b", "'OR' needs"), ("(a", "unbalanced parenthesis"), ("a)", "unexpected ')'"),
    ("", "empty query"), ("   ", "empty query"), ("-bong", "exclusions only"), ("!!! ???", "no searchable words"),
    ("a" * 1001, "too long"),
])
def test_malformed_queries_give_one_line(query, message):
    with pytest.raises(QueryError) as info:
        to_fts(query)
    assert message in str(info.value) and "\n" not in str(info.value)


def test_date_bounds():
    assert date_bounds("2024", "--since") == ("2024-01-01", "2025-01-01")
    assert date_bounds("2024-12", "--since") == ("2024-12-01", "2025-01-01")
    assert date_bounds("2024-02-29", "--since") == ("2024-02-29", "2024-03-01")
    for bad in ("2024-13", "yesterday", "2023-02-29"):
        with pytest.raises(QueryError):
            date_bounds(bad, "--since")


_pieces = st.sampled_from(['"', "-", "*", "(", ")", "OR", "AND", "NOT", "NEAR", "NEAR(", "^", ":", "đ",
                           "đường", "duong", "cao", "😀", "中文", "ก", "\x00", "'", "+", " ", "  "])
_queries = st.one_of(st.text(max_size=60), st.lists(_pieces, max_size=12).map(" ".join),
                     st.lists(_pieces, max_size=12).map("".join))


@settings(max_examples=300, deadline=None)
@given(_queries)
def test_any_query_gives_results_or_a_clear_error(query):
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO t VALUES ('đường cao tốc Lạng Sơn')")
    try:
        compiled = to_fts(query)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    conn.execute("SELECT count(*) FROM t WHERE t MATCH ?", [compiled]).fetchone()


@settings(max_examples=60, deadline=None)
@given(st.one_of(_queries, st.text(min_size=1000, max_size=5000)))
def test_any_query_through_the_cli_never_tracebacks(cli_db, query):
    if "\x00" in query:
        return   # the operating system cannot pass a NUL in an argument
    # "--" ends the options, as on a shell: a query may start with "-" (an exclusion).
    result = CliRunner().invoke(main, ["search", "--db", str(cli_db), "--", query])
    assert result.exit_code in (0, 2), result.output
    assert "Traceback" not in result.output
    if result.exit_code == 2:
        assert result.stderr.startswith("Error: ") and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("bounds", [["--until", "9999-12-31"], ["--since", "0001-01-01"], ["--until", "9999"],
                                    ["--until", "9999-12"], ["--since", "0001"],
                                    ["--since", "0001-01-01", "--until", "9999-12-31"]])
def test_the_first_and_last_representable_dates_are_bounds_like_any_other(cli_db, bounds):
    for command in (["search", "cao tốc"], ["search", "cao tốc", "--newest"],
                    ["export", "--format", "jsonl", "--query", "cao tốc"]):
        result = CliRunner().invoke(main, [*command, "--db", str(cli_db), *bounds])
        assert result.exit_code == 0, result.output
        assert "Đường cao tốc" in result.stdout


def test_removed_articles_stay_in_search_flagged_and_removed_finds_only_them(db, tmp_path):
    from .versions import remove

    remove(db, "https://b.vn/3", "2024-08-01T00:00:00+00:00")
    hits = search(db, Filters(query="đường"), newest_first=True)
    assert [(h.url, h.removed_at) for h in hits] == [("https://b.vn/3", "2024-08-01T00:00:00+00:00"),
                                                     ("https://a.vn/1", None)]
    assert [h.url for h in search(db, Filters(query="đường", removed=True))] == ["https://b.vn/3"]
    assert hits[0].to_dict()["removed_at"] == "2024-08-01T00:00:00+00:00"
    path = tmp_path / "a.db"
    text = CliRunner().invoke(main, ["search", "duong", "--db", str(path), "--newest"]).stdout
    assert "1. Dòng sông quê hương [removed 2024-08-01]\n" in text and "Trà Lĩnh\n" in text
    lines = CliRunner().invoke(main, ["search", "duong", "--removed", "--json", "--db", str(path)]).stdout
    assert [json.loads(line)["url"] for line in lines.splitlines()] == ["https://b.vn/3"]


def test_all_versions_finds_words_only_an_earlier_version_had(db, tmp_path):
    from .versions import keep

    url = "https://a.vn/2"
    keep(db, url, Article(url=url, title="Mùa vải thiều", published="2024-06-12",
                          text="Nông dân thu hoạch vải, giá giảm."), "2024-07-02T00:00:00+00:00", site="a")
    assert search(db, Filters(query="được giá")) == []                # the current text lost it
    for query in ("được giá", "duoc gia", '"được mùa"'):
        hits = search(db, Filters(query=query), all_versions=True)
        assert [(h.url, h.version) for h in hits] == [(url, 1)], query
    # A current match comes first and is not repeated for its earlier version.
    hits = search(db, Filters(query="vải"), all_versions=True)
    assert [(h.url, h.version) for h in hits] == [(url, None)]
    # Newest first, an earlier version's match takes its article's place by date.
    both = search(db, Filters(query='"được giá" OR sông'), all_versions=True, newest_first=True)
    assert [(h.url, h.version) for h in both] == [(url, 1), ("https://b.vn/3", None)]
    ranked = search(db, Filters(query='"được giá" OR sông'), all_versions=True)
    assert [(h.url, h.version) for h in ranked] == [("https://b.vn/3", None), (url, 1)]
    assert search(db, Filters(query="được giá", site=("b",)), all_versions=True) == []
    result = CliRunner().invoke(main, ["search", "duoc gia", "--all-versions", "--db", str(tmp_path / "a.db")])
    assert "1. Mùa vải thiều [matched in version 1]" in result.stdout
    assert "**được giá**" not in result.stdout and "được giá" in result.stdout
    counted = CliRunner().invoke(main, ["search", "gia", "--all-versions", "--count", "--db", str(tmp_path / "a.db")])
    assert counted.exit_code == 2 and "leave out --all-versions" in counted.stderr


def test_the_versions_index_follows_its_table(db, tmp_path):
    from .versions import keep

    url = "https://a.vn/2"
    keep(db, url, Article(url=url, title="Mùa vải thiều", published="2024-06-12", text="Giá giảm."),
         "2024-07-02T00:00:00+00:00", site="a")
    # A re-extraction that rewrites an earlier version: the index follows it.
    db.execute("UPDATE versions SET text = 'Nông dân thu hoạch nhãn, được mùa.' WHERE number = 1")
    assert search(db, Filters(query="vải"), all_versions=True)[0].version is None   # the title, still current
    assert [h.version for h in search(db, Filters(query="nhan"), all_versions=True)] == [1]
    assert search(db, Filters(query="được giá"), all_versions=True) == []


def test_a_prefix_is_searched_as_the_terms_it_stands_for(tmp_path, monkeypatch):
    db = archive.open_archive(tmp_path / "prefix.db")
    words = ["giao thông", "giáo viên", "giảo cổ lam", "gia đình", "giàu có", "Đường 2024", "dương liễu",
             "đương nhiệm", "Giaothong123", "lúa"]
    with archive.transaction(db):
        for n, words_of in enumerate(words):
            url = f"https://a.vn/{n}"
            archive.save_article(db, "a", url, Article(url=url, title=f"Bài {n}", published=f"2024-01-{n + 1:02d}",
                                                       text=f"Tin về {words_of}."), "2024-07-01T00:00:00+00:00")

    def fts5_alone(query):     # FTS5's own prefix search, never expanded
        return {url for (url,) in db.execute(
            "SELECT a.url FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
            " WHERE articles_fts MATCH ?", [to_fts(query)])}

    for query in ("giao*", "gi*", "g*", "duong*", "đương*", "d*", "202*", "x*", "giao* lúa", "gia* OR lúa"):
        for newest in (True, False):
            found = {h.url for h in search(db, Filters(query=query), newest_first=newest, limit=50)}
            assert found == fts5_alone(query), query
    assert {h.url for h in search(db, Filters(query="giao*"))} == {
        "https://a.vn/0", "https://a.vn/1", "https://a.vn/2", "https://a.vn/8"}
    # The MATCH is the OR of the index's terms for a prefix of few terms, FTS5's own prefix for more.
    assert search_mod._expand_prefixes(db, to_fts("giao*")) == '("giao" OR "giaothong123")'
    monkeypatch.setattr("crawler.search.PREFIX_TERMS", 1)
    assert search_mod._expand_prefixes(db, to_fts("giao*")) == '"giao"*'
    assert {h.url for h in search(db, Filters(query="giao*"))} == fts5_alone("giao*")


def test_ranked_search_leaves_phrases_in_most_articles_out_of_bm25(tmp_path, monkeypatch):
    db = archive.open_archive(tmp_path / "common.db")
    with archive.transaction(db):
        for n in range(40):
            url = f"https://a.vn/{n}"
            rice = " ".join(["lúa"] * (n % 3 + 1)) if n % 4 == 0 else ""     # in 10 of 40
            archive.save_article(db, "a", url, Article(url=url, title=f"Tin tỉnh số {n}", published=f"2024-02-{n % 28 + 1:02d}",
                                                       text=f"Tỉnh Lạng Sơn {rice} mùa vụ {n}."), "2024-07-01T00:00:00+00:00")
    monkeypatch.setattr("crawler.search.RANK_SAMPLE", 10)
    # "tinh" is in every article: its weight is FTS5's floor, and it is not counted.
    assert search_mod._rank_match(db, to_fts("tỉnh lúa"), Filters()) == '"lua"'
    assert search_mod._rank_match(db, to_fts("lúa"), Filters()) == '"lua"'
    # All common: the rarest is kept. A NOT or an author filter: the query as it is.
    assert search_mod._rank_match(db, to_fts("tỉnh Lạng"), Filters()) in ('"tinh"', '"lang"')
    assert search_mod._rank_match(db, to_fts("tỉnh -lúa"), Filters()) == to_fts("tỉnh -lúa")
    assert search_mod._rank_match(db, to_fts("tỉnh lúa"), Filters(author="An")) == to_fts("tỉnh lúa")

    def ranked(query, **kw):
        return [(h.url, h.rank) for h in search(db, Filters(query=query), limit=40, **kw)]

    reduced = ranked("tỉnh lúa")
    monkeypatch.setattr("crawler.search.COMMON_SHARE", 2.0)      # every phrase counted: exact bm25
    exact = ranked("tỉnh lúa")
    assert {url for url, _ in reduced} == {url for url, _ in exact}
    assert [url for url, _ in reduced][:5] == [url for url, _ in exact][:5]
    monkeypatch.setattr("crawler.search.COMMON_SHARE", 0.6)
    # Matches without a phrase kept come after the ranked ones, newest first, rank 0.
    either = ranked("tỉnh OR lúa")
    unranked = [url for url, rank in either if rank == 0.0]
    assert len(either) == 40 and len(unranked) == 30
    assert [url for url, _ in either][-30:] == unranked
    assert unranked == [h.url for h in search(db, Filters(query="tỉnh -lúa"), newest_first=True, limit=40)]
