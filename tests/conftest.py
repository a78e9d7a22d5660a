from __future__ import annotations

import pytest

from crawler.sample_site import LoopbackSite, loopback_host, serve

from . import faults, fixture_site


@pytest.fixture
def sites():
    """The three fixture hosts, served for the duration of one test."""
    a, b, c = LoopbackSite("127.0.0.1"), LoopbackSite(loopback_host("127.0.0.2")), LoopbackSite(loopback_host("127.0.0.3"))
    with serve(a, b, c):
        fixture_site.build(a, b, c)
        yield a, b, c


@pytest.fixture
def config_file(tmp_path, sites):
    a, b, _c = sites
    path = tmp_path / "config.toml"
    path.write_text(fixture_site.config_toml(a, b, tmp_path / "archive.db"), encoding="utf-8")
    return path


@pytest.fixture
def fault_site():
    """A ``faults.FaultServer`` on 127.0.0.1 with no routes yet, served for one test."""
    server = faults.FaultServer("127.0.0.1")
    with faults.serve(server):
        yield server
