"""The thirty-eighth round's blind misses, as signals: a school's notice signed by the head's
position alone ("HIỆU TRƯỞNG"), a reader's question and its answer that the school's feed lists,
a race whose headline says it will be held on a later day, a race's start as an event's place,
a destination's page under its name, an NGO's undated project page, and a job call's duties."""

from __future__ import annotations

from dataclasses import replace

from crawler.extract import clean, detect


def test_an_office_holders_position_alone_is_no_name():
    for position in ("HIỆU TRƯỞNG", "CHỦ TỊCH", "KT. GIÁM ĐỐC", "BAN GIÁM HIỆU"):
        assert clean.byline_name(position, right_aligned=True) is None
    assert clean.byline_name("HOÀNG MINH TUẤN", right_aligned=True) == "HOÀNG MINH TUẤN"


STORY = detect.Signals(typed="article", url="article", title=True, headline_near=True, dated=True, prose=700,
                       text=650, prose_share=0.6, title_words=9)


def test_a_fed_question_with_its_asker_and_answer_is_a_qa_page():
    qa = replace(STORY, fed=True, fields=detect.Fields(pairs=1, lead=True, asked=True, answered=True, answers=1))
    ok, why = detect.judge(qa)
    assert not ok and "question" in why
    # A columnist's signed answer stays a story; so does an interview of several questions.
    assert detect.judge(replace(qa, signed=True))[0]
    assert detect.judge(replace(qa, fields=replace(qa.fields, answers=4)))[0]


def test_a_headline_saying_the_event_will_be_held_later_makes_it_forthcoming():
    text = "Thông tin về thời gian, cự ly và cách thức đăng ký tham gia giải chạy năm 2026.\nThời gian: 6 giờ 00"
    title = "Giải chạy “Vì người nghèo” năm 2026 sẽ diễn ra ngày 13/12"
    assert detect.forthcoming(text, "2026-11-28T09:30:00+07:00", title=title)
    assert not detect.forthcoming(text, "2026-12-20T09:30:00+07:00", title=title)   # a day gone by
    assert not detect.forthcoming(text, "2026-11-28T09:30:00+07:00")


def test_a_races_start_is_its_place():
    assert detect._WHEN.match("dia diem xuat phat") and detect._WHEN.match("thoi gian tap trung")
    assert not detect._WHEN.match("dia diem mua ve")


def test_a_name_over_its_fields_under_a_line_is_a_places_record():
    place = replace(STORY, title_name=True, title_words=3, prose=120, text=420,
                    fields=detect.Fields(pairs=4, prose_lines=1))
    ok, why = detect.judge(place)
    assert not ok and "place's record" in why
    # Told in paragraphs, the place is a story's subject.
    assert detect.judge(replace(place, prose=900, text=1100, fields=detect.Fields(pairs=4, prose_lines=5)))[0]


def test_an_undated_description_over_its_fields_is_a_projects_record():
    project = replace(STORY, dated=False, undated=True, prose=377, text=603, labelled_items=4)
    ok, why = detect.judge(project)
    assert not ok and "project" in why
    assert detect.judge(replace(project, undated=False, dated=True))[0]   # a dated post about it


def test_a_job_calls_duties_and_requirements_are_its_terms():
    text = ("SCD cần tuyển 01 cán bộ dự án sinh kế làm việc toàn thời gian tại xã Đakrông.\nNhiệm vụ chính\n"
            "- Lập kế hoạch và theo dõi các hoạt động\n- Viết báo cáo định kỳ\nYêu cầu\n"
            "- Tốt nghiệp đại học chuyên ngành nông nghiệp\n- Có 2 năm kinh nghiệm\n"
            "Hồ sơ gửi về e-mail trước ngày 25/11/2026.")
    assert detect.terms("Tuyển dụng cán bộ dự án sinh kế làm việc tại Đakrông", text)


def test_an_event_announced_by_its_headline_over_its_fields_is_its_page():
    fair = replace(STORY, title_event=True, forthcoming=True, prose=411, text=600,
                   fields=detect.Fields(pairs=5, prose_lines=1))
    ok, why = detect.judge(fair)
    assert not ok and "ahead of the event" in why
    # Told in paragraphs (what the fair will show, who comes), the announcement is a story.
    assert detect.judge(replace(fair, prose=1200, text=1500, fields=detect.Fields(pairs=5, prose_lines=5)))[0]
