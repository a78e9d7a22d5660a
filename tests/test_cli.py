import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from crawler.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_and_is_in_the_readme(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and len(main.commands[command].help or "") > 20
    assert re.search(rf"crawler {command}\b", README.read_text(encoding="utf-8")), command


def test_demo_runs_offline(tmp_path):
    result = CliRunner().invoke(main, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert "Khởi công đường cao tốc Đồng Đăng – Trà Lĩnh" in result.stdout
    assert "baodemo: " in result.stderr and "4 new" in result.stderr
