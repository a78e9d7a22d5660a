from crawler.cli import main
