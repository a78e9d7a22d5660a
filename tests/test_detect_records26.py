"""The twenty-fifth round's non-articles and refused articles in other markup than the families':
an item's page shown by a list's script given its number ("tin.asp?xem=12"), a story set in a
table theme's cells, a reader's question answered by someone whose name holds an abbreviation
("TP.HCM"), a category's list under a "/cat/" folder, a poll's page by its query ("?op=poll"), and
a call for applications whose <title> puts the section's name first; each beside a page that
merely resembles it and must keep its answer."""

from __future__ import annotations

import pytest

from crawler.extract.detect import call, url_kind

BASE = "http://127.0.0.1:8000"


# --- the URL: a list's script showing one item, a category's folder, a poll by its query --------

@pytest.mark.parametrize(("path", "kind"), [
    # A number given to the script's view of one item: the item's page.
    ("/tin.asp?xem=12", "article"),
    ("/news.php?detail=318", "article"),
    ("/tintuc.php?read=77&lang=vi", "article"),
    # The script alone, paged, or asked for a list: its list.
    ("/news.php", "listing"),
    ("/news.php?page=3", "listing"),
    ("/tin-tuc.php?view=list", "listing"),
    ("/index.php?option=com_content&view=category&id=5", "listing"),
    # A category's folder ("/cat/…"), a poll's page, by its folder or by the operation asked.
    ("/tin/cat/thoi-su-dia-phuong-3.html", "listing"),
    ("/cat/tin-tuc", "listing"),
    ("/poll/3", "listing"),
    ("/?op=poll&id=3", "listing"),
    ("/index.php?op=vote&pid=2", "listing"),
    # Not a story's slug that opens on the word, nor the portal's news item by the same query.
    ("/kinh-te/cat-giam-thu-tuc-hanh-chinh-cho-doanh-nghiep-tre-2231.html", "article"),
    ("/?op=news&id=1384205", "article"),
    ("/tin/cat/hoc-sinh-thi-xa-tham-gia-ngay-hoi-doc-sach-nam-2026-553121.html", "article"),
])
def test_url_kind_of_item_scripts_categories_and_polls(path, kind):
    assert url_kind(BASE + path) == kind


# --- a call whose <title> puts its section's name first ---------------------------------------

TERMS = ("Thông báo tuyển chọn cộng tác viên\n1. Đối tượng: Đoàn viên từ 18 đến 30 tuổi.\n"
         "2. Hồ sơ: Đơn đăng ký, 01 ảnh 3x4.\n3. Hạn nộp hồ sơ: trước ngày 10/12/2024.")


@pytest.mark.parametrize(("title", "is_call"), [
    ("Tin tức: Thông báo tuyển chọn cộng tác viên năm 2025", True),
    ("Thông báo tuyển chọn cộng tác viên năm 2025", True),
    # A story about a call is headed by who does what, whatever the section's label before it.
    ("Tin tức: Huyện đoàn thông báo tuyển chọn cộng tác viên năm 2025", False),
    ("Tin tức: Hơn 40 đoàn viên trúng tuyển cộng tác viên năm 2025", False),
])
def test_a_call_s_title_may_carry_its_section_s_name_first(title, is_call):
    assert call(title, TERMS) is is_call
