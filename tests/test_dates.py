from datetime import date

import pytest
from hypothesis import given, strategies as st

from crawler.extract.dates import parse_iso_date, parse_vietnamese_date

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
    ("31/02/2020", None),
    ("01/01/1890", None),
    ("01/01/2030", None),   # in the future
    ("không có ngày", None),
])
def test_vietnamese_dates(text, expected):
    assert parse_vietnamese_date(text, today=TODAY) == expected


def test_iso_dates_convert_to_vietnam_time():
    assert parse_iso_date("2024-06-05T01:00:00Z", today=TODAY) == "2024-06-05T08:00:00+07:00"
    assert parse_iso_date("2018-10-09T10:25:00+07:00", today=TODAY) == "2018-10-09T10:25:00+07:00"
    assert parse_iso_date("2018-10-09", today=TODAY) == "2018-10-09"


@given(st.text(max_size=80))
def test_never_raises(text):
    result = parse_vietnamese_date(text, today=TODAY)
    assert result is None or result[:4].isdigit()
