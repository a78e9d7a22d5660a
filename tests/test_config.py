import pytest
from click.testing import CliRunner

from crawler.cli import main
from crawler.config import SiteRules, load_settings, parse_settings
from crawler.errors import ConfigError

MINIMAL = {"sites": [{"name": "a", "start_urls": ["https://a.vn/"]}]}


def test_defaults_and_relative_archive_path(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[[sites]]\nname = "a"\nstart_urls = ["https://a.vn/"]\n', encoding="utf-8")
    settings = load_settings(path)
    assert settings.archive_path == tmp_path / "archive.db"
    assert settings.crawl.delay_seconds == 1.0 and settings.crawl.concurrency == 8
    assert settings.sites[0].hosts == frozenset({"a.vn"})


@pytest.mark.parametrize("data, message", [
    ({**MINIMAL, "extra": 1}, "unknown key 'extra'"),
    ({**MINIMAL, "crawl": {"delay": 1}}, "unknown key 'crawl.delay'"),
    ({**MINIMAL, "crawl": {"concurrency": "8"}}, "crawl.concurrency: expected an integer"),
    ({**MINIMAL, "crawl": {"delay_seconds": True}}, "crawl.delay_seconds: expected a number"),
    ({**MINIMAL, "crawl": {"concurrency": 0}}, "crawl.concurrency: must be 1 or more"),
    ({**MINIMAL, "archive": {"path": 3}}, "archive.path: expected a string"),
    ({}, "missing key 'sites'"),
    ({"sites": []}, "key 'sites' is empty"),
    ({"sites": [{"name": "a", "start_urls": ["ftp://a.vn/"]}]}, "is not an http(s) URL"),
    ({"sites": [{"name": "a", "start_urls": "https://a.vn/"}]}, "sites[0] (a).start_urls: expected a list"),
    ({"sites": [{"name": "a", "start_urls": ["https://a.vn/"], "selectors": []}]}, "unknown key 'sites[0].selectors'"),
    ({"sites": [{"start_urls": ["https://a.vn/"]}]}, "sites[0]: missing key 'name'"),
    ({"sites": [{"name": "a"}]}, "give at least one of start_urls, feeds, sitemaps"),
    ({"sites": [MINIMAL["sites"][0], MINIMAL["sites"][0]]}, "name 'a' is used twice"),
    ({"sites": [{**MINIMAL["sites"][0], "body": "//div"}]}, "unknown key 'sites[0].body'"),
    ({"sites": [{**MINIMAL["sites"][0], "date_xpath": "//span[@class='date'"}]},
     "sites[0] (a).date_xpath: \"//span[@class='date'\" is not a valid XPath"),
    ({"sites": [{**MINIMAL["sites"][0], "title_xpath": ["//h1"]}]}, "sites[0] (a).title_xpath: expected a string"),
    ({"sites": [{**MINIMAL["sites"][0], "article_url_pattern": "/tin-tuc/(["}]},
     "sites[0] (a).article_url_pattern: '/tin-tuc/([' is not a valid regular expression"),
])
def test_errors_name_the_key(data, message):
    with pytest.raises(ConfigError) as info:
        parse_settings(data)
    assert message in str(info.value)


def test_site_rules(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[[sites]]\nname = "a"\nstart_urls = ["https://a.vn/"]\n'
                    'drop_xpath = ["//div[@class=\'qc\']"]\nbody_xpath = "//div[@id=\'noidung\']"\n'
                    'title_xpath = "//td[@class=\'tieude\']"\ndate_xpath = "//span[@class=\'ngay\']/@title"\n'
                    'author_xpath = "//p[@class=\'tacgia\']"\narticle_url_pattern = "/tin-tuc/.+-\\\\d+\\\\.html$"\n',
                    encoding="utf-8")
    site = load_settings(path).sites[0]
    assert site.rules == SiteRules(drop_xpath=("//div[@class='qc']",), body_xpath="//div[@id='noidung']",
                                   title_xpath="//td[@class='tieude']", date_xpath="//span[@class='ngay']/@title",
                                   author_xpath="//p[@class='tacgia']", article_url_pattern=r"/tin-tuc/.+-\d+\.html$")
    assert site.rules.drop_xpath == ("//div[@class='qc']",)
    assert site.rules.is_article_url("https://a.vn/tin-tuc/cau-moi-123.html")
    assert not site.rules.is_article_url("https://a.vn/tin-tuc/trang-2")
    assert SiteRules().is_article_url("https://a.vn/anything")


def test_cli_config_errors_are_one_line_exit_2(tmp_path):
    bad = tmp_path / "config.toml"
    bad.write_text("[crawl\nx = 1", encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", "--config", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and "TOML syntax error" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "archive.db").exists()

    bad.write_text('[[sites]]\nname = "a"\nstart_urls = ["https://a.vn/"]\nfoo = 1\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", "--config", str(bad)])
    assert result.exit_code == 2 and "unknown key 'sites[0].foo'" in result.stderr
    result = CliRunner().invoke(main, ["crawl", "--config", str(tmp_path / "nope.toml")])
    assert result.exit_code == 2 and "cannot read config file" in result.stderr


def test_unknown_site_on_command_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[[sites]]\nname = "a"\nstart_urls = ["https://a.vn/"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", "--config", str(path), "--site", "b"])
    assert result.exit_code == 2 and "unknown site 'b' (configured: a)" in result.stderr


def test_unusable_archive_path_exits_1(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f'[archive]\npath = "{tmp_path}/no/such/dir/a.db"\n[[sites]]\nname = "a"\n'
                    'start_urls = ["http://127.0.0.1:9/"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", "--config", str(path)])
    assert result.exit_code == 1 and "folder" in result.stderr and "does not exist" in result.stderr


def test_start_url_whose_host_does_not_resolve_is_not_a_config_error(tmp_path):
    # A lapsed domain or a DNS hiccup is that site's failure in that run (exit 5, see
    # tests/test_frontier.py), never a reason to stop every other site.
    config = tmp_path / "config.toml"
    config.write_text('[[sites]]\nname = "ma"\nstart_urls = ["https://khong-ton-tai.invalid/"]\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", "--config", str(config)])
    assert result.exit_code == 5
    assert result.stderr.strip().splitlines()[-1].startswith("Error: 1 of 1 sites could not be reached")
    assert "khong-ton-tai.invalid" in result.stderr and "resolve" in result.stderr
