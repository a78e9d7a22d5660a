"""The extraction pool's workers (``crawl.extraction_pool``, ``page.WorkerSpawn``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SCRIPT = """
import os, pathlib, sys
MARK = pathlib.Path({mark!r})
if __name__ == "__mp_main__":      # spawn imports the parent's script again under this name
    MARK.write_text("imported by " + str(os.getpid()))
if __name__ == "__main__":
    from crawler.config import CrawlSettings, Settings
    from crawler.crawl import extraction_pool
    pool = extraction_pool(Settings(crawl=CrawlSettings(extract_processes=1)))
    try:
        worker = pool.submit(os.getpid).result(timeout=120)
    finally:
        pool.shutdown(wait=True)
    print(worker, os.getpid())
"""


def test_workers_do_not_import_the_script_that_runs_the_crawl(tmp_path):
    """A script embedding the crawl (a benchmark, a user's) is not imported again by each
    worker, as ``spawn`` otherwise does: its imports would cost every worker their time."""
    mark = tmp_path / "imported"
    script = tmp_path / "embedding.py"
    script.write_text(SCRIPT.format(mark=str(mark)), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    worker, parent = done.stdout.split()
    assert worker != parent                 # the call ran in a worker process
    assert not mark.exists()


def test_a_parent_without_a_main_module_is_left_without_one():
    """An embedding host with no ``__main__`` module (some embedded interpreters) is not given
    the empty one its workers are told to import: the parent's modules stay as they were."""
    script = (
        "import os, sys\n"
        "from crawler.config import CrawlSettings, Settings\n"
        "from crawler.crawl import extraction_pool\n"
        "del sys.modules['__main__']\n"
        "pool = extraction_pool(Settings(crawl=CrawlSettings(extract_processes=1)))\n"
        "try:\n"
        "    worker = pool.submit(os.getpid).result(timeout=120)\n"
        "finally:\n"
        "    pool.shutdown(wait=True)\n"
        "print(worker != os.getpid(), '__main__' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]
