"""Extraction on pages built like the seeds: every defect of the naive scraper is a test."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.extract import decode_html, extract
from crawler.sample_site import PORTAL_STORIES, STORIES, portal_routes, render_daily, render_list

BASE = "http://127.0.0.1:8000"
href = lambda s: f"/{s.slug}.html"  # noqa: E731


def daily(story=STORIES[0]):
    return render_daily(story, "Báo Lạng Sơn", list(STORIES[1:3]), list(STORIES[:3]), href)


@pytest.mark.parametrize("story", STORIES, ids=lambda s: s.slug)
def test_provincial_daily(story):
    article = extract(daily(story).encode("utf-8"), BASE + href(story))
    assert article.is_article
    assert article.title == story.title
    assert article.published == story.iso
    assert article.author == story.author
    assert article.category == story.category
    lines = article.text.split("\n")
    assert lines[0] == story.sapo
    for paragraph in story.paragraphs:
        assert paragraph in lines
    if story.caption:
        assert story.caption in lines
    # Nothing of the page chrome, the boxes or the other stories.
    for other in STORIES:
        if other is not story:
            assert other.title not in article.text and other.sapo not in article.text
    for chrome in ("Cùng chuyên mục", "Tin mới", "Đọc nhiều", "Hotline", "Email", "Giấy phép", "Lượt xem",
                   "Từ khóa", "In bài", "Chia sẻ", "Trang chủ", "18/05/2022", story.author):
        assert chrome not in article.text, chrome
    assert story.title not in lines   # the headline is a field, not a line of text


@pytest.mark.parametrize("story", PORTAL_STORIES, ids=lambda s: s.slug)
def test_government_portal(story):
    url = f"{BASE}/chi-tiet.aspx?ItemID={story.slug}"
    page = portal_routes(BASE)[f"/chi-tiet.aspx?ItemID={story.slug}"].body
    article = extract(page, url)
    assert article.is_article and article.title == story.title
    assert article.published == story.iso and article.author == story.author
    assert article.text.split("\n") == list(story.paragraphs)   # entities decoded, nothing else


def test_list_and_contact_pages_are_not_articles():
    listing = render_list("Kinh tế", "Báo", list(STORIES), href)
    assert not extract(listing, BASE + "/chuyen-muc/kinh-te").is_article
    contact = "<html><body><h1>Liên hệ tòa soạn</h1><p>Địa chỉ: Số 1 Hùng Vương.</p></body></html>"
    assert not extract(contact, BASE + "/lien-he.html").is_article
    assert not extract(b"", BASE + "/x.html").is_article
    assert not extract(b"%PDF-1.4 \x00\x01\x02 binary", BASE + "/x.html").is_article


def test_box_in_the_middle_of_the_body():
    story = STORIES[1]
    page = daily(story).replace(
        f"<p>{story.paragraphs[1]}</p>",
        '<div class="box-related"><b>Tin liên quan</b><ul><li><a href="/a.html">Bài khác một</a></li>'
        f'<li><a href="/b.html">Bài khác hai</a></li></ul></div><p>{story.paragraphs[1]}</p>'
        '<p><strong>Xem thêm:</strong> <a href="/c.html">Tin cũ về cao tốc</a></p>')
    article = extract(page, BASE + href(story))
    assert "Tin liên quan" not in article.text and "Bài khác" not in article.text
    assert "Xem thêm" not in article.text and "Tin cũ" not in article.text
    assert story.paragraphs[1] in article.text and story.paragraphs[2] in article.text


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _to_cp1258(text: str) -> bytes:
    """Encode like a legacy Vietnamese CMS: letters with ^ ˘ ơ ư precomposed, tones combining."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        base, *marks = unicodedata.normalize("NFD", ch)
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in _TONES))
        out += letter.encode("cp1258") + "".join(m for m in marks if m in _TONES).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize("variant", ["cp1258-declared", "cp1258-late", "cp1258-undeclared",
                                     "utf8-as-latin1", "utf8-bom"])
def test_decoding(variant):
    page = daily()
    if variant == "cp1258-declared":
        raw = _to_cp1258(page.replace('<meta charset="utf-8">', '<meta charset="windows-1258">'))
    elif variant == "cp1258-late":
        raw = _to_cp1258(page.replace('<meta charset="utf-8">', "").replace(
            "</body>", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"></body>'))
    elif variant == "cp1258-undeclared":
        raw = _to_cp1258(page.replace('<meta charset="utf-8">', ""))
    elif variant == "utf8-as-latin1":
        raw = page.replace('<meta charset="utf-8">', '<meta charset="ISO-8859-1">').encode("utf-8")
    else:
        raw = b"\xef\xbb\xbf" + page.encode("utf-8")
    text = decode_html(raw, "text/html; charset=iso-8859-1" if variant == "utf8-as-latin1" else None)
    assert STORIES[0].title in text
    article = extract(raw, BASE + href(STORIES[0]))
    assert article.title == STORIES[0].title and article.author == "PHÙNG KHIÊM"


def test_extract_command_json_in_input_order(tmp_path):
    files = []
    for story in STORIES[:2]:
        path = tmp_path / f"{story.slug}.html"
        path.write_bytes(daily(story).encode("utf-8"))
        files.append(path)
    result = CliRunner().invoke(main, ["extract", "--json", *map(str, files)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == [s.title for s in STORIES[:2]]
    assert [Path(r["path"]).name for r in records] == [f.name for f in files]
    assert set(records[0]) >= {"path", "url", "title", "author", "published", "text"}


def test_deeply_nested_article_is_read_and_a_deeper_one_is_reported(caplog):
    from crawler.extract import parse_html
    from crawler.sample_site import STORIES, render_daily

    page = render_daily(STORIES[0], "Báo", [], [])

    def nested(levels: int) -> bytes:
        return page.replace("<body>", "<body>" + "<div>" * levels).replace(
            "</body>", "</div>" * levels + "</body>").encode()
    article = extract(parse_html(nested(1000)), "http://h/a.html")    # lxml's default stops at 256
    assert article.is_article and STORIES[0].paragraphs[-1] in article.text
    assert "nested deeper" not in caplog.text
    parse_html(nested(5000))
    assert "nested deeper than the parser reads" in caplog.text
    parse_html(page.encode())                                          # the next page is not reported
    assert caplog.text.count("nested deeper") == 1
