from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.extract import dates
from crawler.extract.dates import (
    after_date,
    before_date,
    date_from_url,
    midnight_day,
    order_told_by,
    parse_iso_date,
    parse_vietnamese_date,
    reads_month_first,
)

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("text, expected", [
    ("09/10/2018 10:25", "2018-10-09T10:25:00+07:00"),
    ("Thứ hai, 01/01/2018 09:03 (GMT+7)", "2018-01-01T09:03:00+07:00"),
    ("Ngày đăng: 12/03/2024", "2024-03-12"),
    ("ngày 5 tháng 6 năm 2024", "2024-06-05"),
    ("Cập nhật lúc 14:05, Thứ Tư, 18/05/2022", "2022-05-18T14:05:00+07:00"),
    ("10:25 - 09-10-2018", "2018-10-09T10:25:00+07:00"),
    ("2:30 CH 01/02/2020", "2020-02-01T14:30:00+07:00"),
    ("09.10.2018", "2018-10-09"),
    # Month names in words, as WordPress, Joomla and Drupal print them in Vietnamese
    ("15 Tháng Chín, 2023", "2023-09-15"),
    ("Tháng Chín 15, 2023", "2023-09-15"),
    ("Thứ năm, 16 Tháng 5 2024 09:20", "2024-05-16T09:20:00+07:00"),
    ("16 tháng 5, 2024", "2024-05-16"),
    ("Chủ nhật, 02 Tháng Mười Hai 2018 lúc 7:05 chiều", "2018-12-02T19:05:00+07:00"),
    ("01 Tháng Mười Một 2023", "2023-11-01"),
    ("Ngày 3 tháng Giêng năm 2021", "2021-01-03"),
    ("Cập nhật: 08:15 | 20/04/2024", "2024-04-20T08:15:00+07:00"),
    ("Đăng lúc: 09h30 ngày 21/5/2024", "2024-05-21T09:30:00+07:00"),
    ("Ngày đăng: 21/05/2024 | 15:45", "2024-05-21T15:45:00+07:00"),
    ("Thứ Sáu, 10/05/2024 - 07:30 (GMT+7)", "2024-05-10T07:30:00+07:00"),
    ("10/05/2024 02:30 (GMT+0)", "2024-05-10T09:30:00+07:00"),
    ("10:30 SA 12/12/2019", "2019-12-12T10:30:00+07:00"),
    ("12:10 SA 12/12/2019", "2019-12-12T00:10:00+07:00"),
    ("Thứ 3, 07/11/2023, 16:02", "2023-11-07T16:02:00+07:00"),
    # A CMS's long date in the vi locale, the month named first without a comma ("%B %d %Y");
    # a numbered month so is no date. A time whose minutes are marked ("16h:40'", Violet's).
    ("bientap01 on Tháng mười 28 2024 14:05:33 ·", "2024-10-28T14:05:33+07:00"),
    ("Tháng Hai 03 2025", "2025-02-03"),
    ("tháng 10 28 2024", None),
    ("Ngày gửi: 16h:40' 27-11-2024", "2024-11-27T16:40:00+07:00"),
    ("Cập nhật: 27/11/2024 - 09h:05", "2024-11-27T09:05:00+07:00"),
    # English month names and 12-hour clocks
    ("Posted on May 21, 2024", "2024-05-21"),
    ("Posted on May 21, 2024 at 10:15 am", "2024-05-21T10:15:00+07:00"),
    ("Tuesday, May 21, 2024 - 3:05pm", "2024-05-21T15:05:00+07:00"),
    ("21 May 2024", "2024-05-21"),
    ("18. November 2026 09:15", "2026-11-18T09:15:00+07:00"),        # BlogEngine.NET's "d. MMMM yyyy HH:mm"
    ("21.May 2024", None),                                             # no space: no such date
    ("Sep 15th, 2023", "2023-09-15"),
    ("Submitted by admin on Tue, 05/21/2024 - 10:15", "2024-05-21T10:15:00+07:00"),   # US order
    ("05/06/2024", "2024-06-05"),   # ambiguous: day first, as Vietnamese pages write it
    ("Tue, 21 May 2024 03:15:00 +0000", "2024-05-21T10:15:00+07:00"),
    # Machine-readable forms
    ("2024-06-05T08:00:00+07:00", "2024-06-05T08:00:00+07:00"),
    ("2024/06/05", "2024-06-05"),
    ("2024-06-05 08:00", "2024-06-05T08:00:00+07:00"),
    # Not dates, or not plausible ones
    ("31/02/2020", None),
    ("01/01/1890", None),
    ("01/01/2030", None),   # in the future
    ("không có ngày", None),
    ("Quyết định số 123/QĐ-UBND", None),
    ("Hotline: 0912.345.678", None),
    ("may 2024", None),
])
def test_printed_dates(text, expected):
    assert parse_vietnamese_date(text, today=TODAY) == expected


def test_iso_dates_convert_to_vietnam_time():
    assert parse_iso_date("2024-06-05T01:00:00Z", today=TODAY) == "2024-06-05T08:00:00+07:00"
    assert parse_iso_date("2018-10-09T10:25:00+07:00", today=TODAY) == "2018-10-09T10:25:00+07:00"
    assert parse_iso_date("2018-10-09", today=TODAY) == "2018-10-09"
    assert parse_iso_date("2018-10-09T10:25:00.123+0700", today=TODAY) == "2018-10-09T10:25:00+07:00"
    assert parse_iso_date("", today=TODAY) is None


@pytest.mark.parametrize("url, expected", [
    ("https://x.vn/2024/05/11/cau-moi/", "2024-05-11"),
    ("https://x.vn/tin-tuc/2024/5/9/cau-moi.html", "2024-05-09"),
    ("https://x.vn/thoi-su/cau-moi-20240511093012345.htm", "2024-05-11"),
    ("https://x.vn/cau-moi-post20240511.html", None),   # glued to a word: an id, not a date
    ("https://x.vn/2024/05/cau-moi/", None),            # no day: not a date to store
    ("https://x.vn/tin-tuc/cau-moi-123456.html", None),
    ("https://x.vn/2024/13/40/x/", None),
    ("https://x.vn/2030/01/01/tuong-lai/", None),
    ("https://x.vn/x/?date=2024/05/11", None),          # the query is not the path
    (None, None),
])
def test_dates_in_url_paths(url, expected):
    assert date_from_url(url, today=TODAY) == expected


@settings(max_examples=300)
@given(st.text(max_size=120))
def test_never_raises(text):
    result = parse_vietnamese_date(text, today=TODAY)
    _plausible(result)


_PIECES = st.sampled_from(["Thứ năm, ", "Chủ nhật ", "Cập nhật: ", "lúc ", " - ", "(GMT+7)", "(GMT-12)",
                           "GMT+14:30", " SA", " CH", " pm", "Tháng Chín", "tháng 5", "Tháng Mười Hai",
                           "May", "Sep", "ngày", "năm", ",", "/", "-", ".", ":", "h", "T", "Z", "+07:00",
                           " ", "2024", "1990", "1989", "2026", "2027", "31", "29", "02", "12", "00", "23",
                           "59", "60", "24", "9"])


@settings(max_examples=500)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_never_raises_on_date_like_text(text):
    _plausible(parse_vietnamese_date(text, today=TODAY))
    _plausible(parse_iso_date(text, today=TODAY))
    _plausible(date_from_url("https://x.vn/" + text.replace(" ", "/"), today=TODAY))


def _plausible(result: str | None) -> None:
    if result is None:
        return
    moment = datetime.fromisoformat(result)
    day = moment.date()
    assert date(1990, 1, 1) <= day <= date(2026, 11, 23), result
    if len(result) > 10:
        assert result.endswith("+07:00"), result


@pytest.mark.parametrize("text, expected", [
    ("Trong 6 tháng năm 2024, thu ngân sách tăng 12%", None),        # six months of 2024, not 6 May
    ("9 tháng năm 2023 đạt 88% kế hoạch", None),
    ("15 Tháng Năm 2024", "2024-05-15"),                             # the month's name, capitalised
    ("15 tháng năm, 2024", "2024-05-15"),
    ("10/05/2024 1:30 trưa", "2024-05-10T13:30:00+07:00"),
    ("10/05/2024 10:15 đêm", "2024-05-10T22:15:00+07:00"),
])
def test_month_words_and_times_of_day(text, expected):
    assert parse_vietnamese_date(text, today=date(2026, 1, 1)) == expected


@pytest.mark.parametrize("url, expected", [
    ("http://x.vn/tin/ten-bai-20110523.html", None),                 # an 8-digit id, not a day
    ("http://x.vn/tin/ten-bai-2011052399.html", None),
    ("http://x.vn/tin/ten-bai-20240511093012.htm", "2024-05-11"),     # day, then hhmmss
])
def test_compact_url_days_need_their_time(url, expected):
    assert date_from_url(url, today=date(2026, 1, 1)) == expected


@pytest.mark.parametrize("texts, expected", [
    # A classic ASP site under a US locale: its list dates prove the order.
    (["Cập nhật: 10/6/2023 7:20:00 AM", "(9/28/2023)", "(10/19/2023)"], True),
    # The header's "today" is written by hand in Vietnamese order: not a vote.
    (["Thứ Sáu, ngày 27/10/2023", "Số 4321 - Thứ Sáu, 27/10/2023", "(10/19/2023)"], True),
    (["15/09/2023 08:30", "(28/09/2023)"], False),
    (["10/6/2023 7:20 SA", "03/10/2023"], None),        # one vote is not enough
    # The runtime's US default format (seconds, AM/PM) is the date line's: boxes formatted by
    # hand print day first beside it ("(24/10/2023)"), an ASP.NET court portal's.
    (["10/6/2023 7:20:00 AM", "(24/10/2023)"], True),
    (["10/6/2023 7:20:00 AM", "24/10/2023 8:00:00 AM"], False),   # unless one such date is day first
    (["10/6/2023 7:20:00 AM", "(24/10/2023)", "05/10/2023 7:20 SA"], False),   # or a Vietnamese clock is there
    (["10/06/2023 07:20:00 AM", "(24/10/2023)"], False),   # padded: a format written by hand, not the runtime's
    # A date that can only be day first decides, however many times say AM or PM.
    (["27/10/2023 10:20 AM", "05/10/2023 09:00 PM", "04/10/2023 08:00 AM", "03/10/2023 08:00 AM"], False),
    (["05/10/2023 09:00:00 PM", "04/10/2023 08:00:00 AM"], True),   # no proof: the US default clock leans
    # A designer's 12-hour clock (no seconds) beside day-first dates: a site builder's "06/01/2025
    # 3:45 PM" is 6 January. No lean, so the Vietnamese order stays.
    (["06/01/2025 3:45 PM", "Cập nhật: 08/01/2025 10:20 AM", "02/11/2024"], None),
    (["Hội nghị diễn ra ngày 10/19/2023 tại hội trường ... " * 3], None),   # a sentence: not counted
    ([], None),
])
def test_the_order_a_page_writes_its_numeric_dates_in(texts, expected):
    assert reads_month_first(texts) is expected


def test_month_first_reads_ambiguous_dates_month_first_only():
    assert parse_vietnamese_date("Cập nhật: 10/6/2023 7:20:00 AM", month_first=True) == "2023-10-06T07:20:00+07:00"
    assert parse_vietnamese_date("Cập nhật: 10/6/2023 7:20:00 AM") == "2023-06-10T07:20:00+07:00"
    assert parse_vietnamese_date("28/9/2023", month_first=True) == "2023-09-28"     # only day first can be
    assert parse_vietnamese_date("2023-06-10", month_first=True) == "2023-06-10"    # ISO stays ISO
    # Written by hand after a weekday or "ngày": Vietnamese order, whatever the site's.
    assert parse_vietnamese_date("Thứ Sáu, ngày 06/10/2023", month_first=True) == "2023-10-06"
    assert parse_vietnamese_date("06.10.2023", month_first=True) == "2023-10-06"    # only slashes swap


@pytest.mark.parametrize("text, expected", [
    # .NET's vi-VN culture: abbreviated months "Thg1".."Thg12", "MMM d, yyyy, HH:mm tt" (24-hour clock, SA/CH)
    ("Thg10 12, 2023, 14:30 CH", "2023-10-12T14:30:00+07:00"),
    ("Thg9 28, 2023, 12:10 CH", "2023-09-28T12:10:00+07:00"),
    ("Thg10 9, 2023, 08:05 SA", "2023-10-09T08:05:00+07:00"),
    ("Thg3 14, 2024, 4:20 CH", "2024-03-14T16:20:00+07:00"),   # the 12-hour "h:mm tt" form
    ("thg 5 3, 2024", "2024-05-03"),                          # ICU's "thg 5" with a space
    ("14 thg 3, 2024", "2024-03-14"),                         # day first
])
def test_net_vi_vn_abbreviated_months(text, expected):
    assert parse_vietnamese_date(text, today=TODAY) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thg9 20, 2023, 17:45 CH By Hải Yến", " By Hải Yến"),
    ("tháng 10 05, 2023 · Lê Minh Trí", " · Lê Minh Trí"),
    ("10:25 09/10/2018 - Minh Anh", " - Minh Anh"),                 # the time before the date
    ("Thứ hai, 01/01/2018 09:03 (GMT+7) | Thu Hà", " | Thu Hà"),     # the zone goes with the time
    ("15/05/2024", ""),
    ("Lượt xem: 120", None),                                         # no date
])
def test_what_a_line_prints_after_its_date(text, expected):
    assert after_date(text, today=TODAY) == expected


@pytest.mark.parametrize(("value", "zoneless"), [
    ("2024-03-12 01:30:00", True), ("2024-03-12T01:30", True), ("2024-03-12T01:30:00.250", True),
    ("2024-03-12T01:30:00Z", False), ("2024-03-12T01:30:00+07:00", False), ("2024-03-12", False), (None, False),
])
def test_a_zone_less_time_is_told_and_read_as_utc_on_demand(value, zoneless):
    assert dates.zoneless_time(value) is zoneless
    assert dates.as_utc("2024-03-12T01:30:00+07:00") == "2024-03-12T08:30:00+07:00"
    assert dates.as_utc("2024-03-14T23:10:00+07:00") == "2024-03-15T06:10:00+07:00"


@pytest.mark.parametrize("pairs, expected", [
    ([("6/1/2025", "2025-06-01")], True),                      # a teaser's <time>: 1 June printed M/D
    ([("06/01/2025 3:45 PM", "2025-01-06T15:45:00+07:00")], False),   # 6 January printed D/M
    ([("6/6/2025", "2025-06-06")], None),                      # the same either way
    ([("6/1/2025", "2024-06-01")], None),                      # another year: not this date
    ([("6/1/2025", "2025-06-01"), ("3/2/2025", "2025-02-03")], None),   # pairs that disagree
    ([("Thứ Hai, ngày 6/1/2025", "2025-06-01")], None),        # written by hand: not the CMS's order
    ([("6/1/2025", None), ("6/1/2025", "")], None),
])
def test_the_order_a_printed_date_and_its_machine_day_tell(pairs, expected):
    assert order_told_by(pairs) is expected


@pytest.mark.parametrize("value, day", [
    ("2024-05-16T00:00:00.000Z", "2024-05-16"),
    ("2024-05-16T00:00:00+00:00", "2024-05-16"),
    ("2024-05-16T00:00:00+09:00", "2024-05-16"),
    ("2024-05-16 00:00", "2024-05-16"),
    ("2024-05-16T00:00:01Z", None),
    ("2024-05-16T07:00:00+07:00", None),
    ("2024-05-16", None),
    ("", None),
])
def test_a_machine_midnight_names_its_own_day(value, day):
    assert midnight_day(value) == day


@pytest.mark.parametrize("text, before", [
    ("Trần Văn Bình lúc Thứ Năm, 05/11/2026", "Trần Văn Bình"),
    ("Trần Văn Bình - 12/11/2026 09:12", "Trần Văn Bình"),
    ("Trần Văn Bình ngày 5 tháng 11 năm 2026", "Trần Văn Bình"),
    ("Trần Văn Bình, vào lúc 09:12 ngày 05/11/2026", "Trần Văn Bình"),
    ("Trần Văn Bình", None),
    ("05/11/2026", ""),
    # review11fix L1: a bracket's close and a name's last word ("On", "Ngày") before a mark stay
    ("Thu Hà (TTXVN) - 12/11/2026", "Thu Hà (TTXVN)"),
    ("Thu Hà (TTXVN) lúc 09:12 12/11/2026", "Thu Hà (TTXVN)"),
    ("Nguyễn Văn On - 12/11/2026", "Nguyễn Văn On"),
    ("Lê Minh Ngày, 12/11/2026", "Lê Minh Ngày"),
    ("Nguyễn Văn On - Thứ Năm, 12/11/2026", "Nguyễn Văn On"),
    ("Minh Anh (12/11/2026)", "Minh Anh"),
    ("Hồ Quang Sáng - Tuesday, April 9, 2024", "Hồ Quang Sáng"),   # an English weekday in full
    ("Nguyễn Thị Thu - 12/11/2026", "Nguyễn Thị Thu"),             # no "Thu(rsday)" abbreviated
])
def test_what_a_line_prints_before_its_date(text, before):
    assert before_date(text) == before
