"""Faults found reviewing the seventeenth session's rules (review17): real stories the new rules
lost, each on a page built the way a Vietnamese CMS builds it."""

from __future__ import annotations

from crawler.extract.core import extract
from crawler.extract.detect import forthcoming

from .test_detect_records22 import BASE, LIVE, live_page

AHEAD = "Báo Tiền Phong Miền Tây sẽ tường thuật trực tiếp Lễ thông xe cầu Cổ Chiên nối hai tỉnh Vĩnh Long và Trà Vinh."
ENTRIES = ("<p><b>8:05</b> - Văn nghệ chào mừng với hơn 200 diễn viên quần chúng, tái hiện đời sống đôi bờ sông "
           "Cổ Chiên và những chuyến đò ngang đã đưa người dân qua sông suốt mấy chục năm.</p>"
           "<p><b>8:50</b> - Đại diện chủ đầu tư báo cáo: cầu dài 2,4 km, vốn 5.000 tỷ đồng, hoàn thành sớm hai "
           "tháng so với kế hoạch nhờ các nhà thầu thi công ba ca liên tục trong mùa khô.</p>"
           "<p><b>9:20</b> - Phó Thủ tướng cắt băng thông xe; hàng nghìn người dân đã đứng chật hai bên đường dẫn "
           "từ sáng sớm để chứng kiến những chiếc xe đầu tiên chạy qua cầu.</p>")


def test_a_live_page_with_entries_posted_under_its_sapo_written_ahead_stays_news():
    """A daily's live template: the sapo, set when the page is opened before the event, is never
    rewritten; it still says the coverage "will be" live, and the entries below tell what happened."""
    article = extract(live_page(LIVE, AHEAD, ENTRIES), BASE + "/xa-hoi/truc-tiep-le-thong-xe-cau-co-chien-2026113007.htm")
    assert article.is_article, article.reason
    assert "Phó Thủ tướng cắt băng thông xe" in article.text


def test_entries_posted_tell_coverage_from_a_programme():
    published = "2026-11-30T07:30:00+07:00"
    programme = "7:30 - Đón đại biểu\n8:00 - Văn nghệ chào mừng\n9:15 - Cắt băng thông xe"
    assert forthcoming(f"{AHEAD}\n{programme}", published, live=True)
    entry = ("Phó Thủ tướng cắt băng thông xe; hàng nghìn người dân đã đứng chật hai bên đường dẫn từ sáng sớm "
             "để chứng kiến những chiếc xe đầu tiên chạy qua cầu.")
    assert not forthcoming(f"{AHEAD}\n9:20 - {entry}", published, live=True)
    assert not forthcoming(f"{AHEAD}\n9h20\n{entry}", published, live=True)
