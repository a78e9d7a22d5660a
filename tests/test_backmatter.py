"""A post's back matter (its licence, how to cite it) is no story text; a story that quotes a
BibTeX entry or links a licence among its paragraphs keeps them."""

from __future__ import annotations

from crawler.extract import extract
from crawler.extract.text import squash

URL = "https://viennghiencuu.example/bai-viet/nang-suat-lua-dong-xuan-2025/"
TITLE = "Năng suất lúa đông xuân 2025 ở các huyện ven biển tăng nhờ giống chịu mặn"
STORY = (
    "Vụ đông xuân 2025, các huyện ven biển gieo cấy hơn 12.000 ha lúa, trong đó gần một nửa diện tích dùng "
    "các giống chịu mặn do Viện phối hợp với Trung tâm Khuyến nông tuyển chọn và khảo nghiệm.",
    "Năng suất bình quân đạt 61 tạ/ha, cao hơn vụ trước 3,5 tạ/ha; riêng các cánh đồng liên kết với doanh "
    "nghiệp bao tiêu đạt trên 65 tạ/ha nhờ áp dụng đồng bộ quy trình canh tác và lịch thời vụ.",
    "Nhóm nghiên cứu khuyến nghị các địa phương mở rộng diện tích giống chịu mặn, đầu tư hệ thống cống ngăn "
    "mặn giữ ngọt và hỗ trợ nông dân chuyển đổi những chân ruộng thường xuyên nhiễm mặn sang nuôi trồng.",
)
BIBTEX = """@article{nangsuatlua2025,
  author = {Nguyễn Thị Hòa and Lê Văn Tâm},
  title = {Năng suất lúa đông xuân 2025 ở các huyện ven biển},
  year = {2025},
  url = {https://viennghiencuu.example/bai-viet/nang-suat-lua-dong-xuan-2025/}
}"""
LICENCE = ('<p>Bài viết được phát hành theo giấy phép <a rel="license" '
           'href="https://creativecommons.org/licenses/by-sa/4.0/">CC BY-SA 4.0</a>.</p>')


def page(inner: str, after: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Viện Nghiên cứu</title>
<meta name="citation_publication_date" content="2025/05/20"></head><body>
<nav class="menu"><a href="/">Trang chủ</a> <a href="/bai-viet/">Bài viết</a> <a href="/du-an/">Dự án</a></nav>
<article class="bai-viet"><h1 class="tieu-de">{TITLE}</h1><p class="ngay">20/05/2025</p>
{inner}</article>{after}
<footer><p>© 2025 Viện Nghiên cứu Phát triển nông thôn</p></footer></body></html>"""


def story(*extra: str) -> str:
    return "<div class=\"noi-dung\">" + "".join(f"<p>{p}</p>" for p in (*STORY, *extra)) + "</div>"


def text_of(html_page: str) -> str:
    article = extract(html_page, URL)
    assert article.is_article, article.reason
    return article.text


def assert_story_only(text: str) -> None:
    assert squash(text) == squash("\n".join(STORY))


def test_licence_and_citation_sections_after_the_story_go():
    back = (f'<div class="phu-luc"><section class="giay-phep"><h3>Giấy phép</h3>{LICENCE}</section>'
            f'<section class="trich-dan"><h3>Cách trích dẫn</h3><p>Trích dẫn bài viết này theo BibTeX:</p>'
            f'<pre><code class="bibtex">{BIBTEX}</code></pre></section></div>')
    assert_story_only(text_of(page(story() + back)))


def test_short_post_keeps_its_body_beside_a_citation():
    # The citation's dense lines are no body: the short post is found in its own paragraphs.
    back = f'<div class="trich-dan"><h4>Trích dẫn</h4><pre>{BIBTEX}</pre></div>'
    inner = f"<div class=\"noi-dung\"><p>{STORY[0]}</p><p>{STORY[1]}</p></div>" + back
    assert squash(text_of(page(inner))) == squash("\n".join(STORY[:2]))


def test_flat_heading_over_a_citation_goes_with_it():
    inner = story() + f"<h3>Trích dẫn</h3><pre>{BIBTEX}</pre>"
    assert_story_only(text_of(page(inner)))


def test_licence_line_ending_the_story_goes():
    assert_story_only(text_of(page(story() + f'<div class="ban-quyen">{LICENCE}</div>')))


def test_bibtex_quoted_in_the_middle_of_a_guide_stays():
    # A guide to citing shows an entry between its paragraphs: the story's own example.
    inner = (f"<div class=\"noi-dung\"><p>{STORY[0]}</p><p>Khi trích dẫn, ghi đủ tác giả, tên bài, năm và "
             f"đường dẫn, ví dụ như sau:</p><pre>{BIBTEX}</pre><p>{STORY[1]}</p><p>{STORY[2]}</p></div>")
    text = text_of(page(inner))
    assert "@article{nangsuatlua2025," in text and STORY[2] in text


def test_citation_followed_by_more_story_stays():
    inner = story() + f"<section><h3>Trích dẫn</h3><pre>{BIBTEX}</pre></section><p>{STORY[0][:120]} (tiếp)</p>"
    assert "@article{nangsuatlua2025," in text_of(page(inner))


def test_licence_link_inside_a_story_paragraph_stays():
    last = ("Ảnh trong bài do nhóm nghiên cứu chụp tại cánh đồng xã Hải Phong, được dùng lại theo giấy phép "
            '<a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a> của tác giả, '
            "cùng số liệu đo đạc mặn do trạm quan trắc của tỉnh cung cấp trong suốt vụ đông xuân.")
    text = text_of(page(story(last)))
    assert "CC BY 4.0 của tác giả" in squash(text)


NOTES = ("Số liệu ước tính của Viện, có thể được điều chỉnh khi Cục Thống kê công bố số liệu chính thức.",
         "Tính trên diện tích gieo cấy thực tế, không gồm diện tích bỏ hoang do nhiễm mặn kéo dài.")


def test_notes_with_links_back_to_the_text_stay():
    # Pandoc's endnotes: each note ends with a "↩︎" link back to its reference.
    notes = "".join(f'<li id="fn{i}"><p>{n}<a href="#fnref{i}" class="fn-back">↩︎</a></p></li>'
                    for i, n in enumerate(NOTES, 1))
    text = text_of(page(story() + f'<section class="ghi-chu"><hr><ol>{notes}</ol></section>'))
    assert all(n in text for n in NOTES) and "↩" not in text


def test_contents_list_of_in_page_links_stays_out():
    # A table of contents: in-page links whose text is the sections' names, not a back link's symbol.
    contents = ('<nav class="muc-luc"><p>Mục lục</p><ol><li><a href="#dien-tich">Diện tích gieo cấy</a></li>'
                '<li><a href="#nang-suat">Năng suất</a></li><li><a href="#khuyen-nghi">Khuyến nghị</a></li></ol></nav>')
    text = text_of(page(contents + story()))
    assert "Diện tích gieo cấy" not in text
    assert_story_only(text)
