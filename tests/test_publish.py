"""``publish -o DIR``: a static site of every view, the same bytes the server answers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from starlette.applications import Starlette
from starlette.testclient import TestClient

from bhxh_geo.cli import cli
from bhxh_geo.embed import render
from bhxh_geo.web import ROUTES
from tests.web.conftest import import_report

APP = "http://testserver/"


@pytest.fixture(scope="module")
def site(boundaries, tmp_path_factory):
    """The CLI's site of a database holding one synthetic report (2023, full year, rates)."""
    folder = tmp_path_factory.mktemp("site")
    db = tmp_path_factory.mktemp("db") / "actuals.sqlite3"
    import_report(db, 0, source="Báo cáo 15/BC-BHXH")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BHXH_GEO_DB", str(db))
        patch.delenv("BHXH_GEO_PUBLIC_URL", raising=False)
        result = CliRunner().invoke(
            cli, ["publish", "-o", str(folder / "out"), "--app-url", APP, "--site-url", APP]
        )
        assert result.exit_code == 0, result.output
        render.clear()  # what the server answers next is built again, not taken from publish
        yield folder / "out", result.output, TestClient(Starlette(routes=ROUTES))


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def test_it_reports_what_it_wrote_and_skipped(site):
    folder, output, _ = site
    files = _files(folder)
    pages = [f for f in files if f.startswith("embed/")]
    cards = [f for f in files if f.startswith("card/")]
    assert re.fullmatch(
        rf"Đã ghi {len(pages)} trang nhúng, {len(cards)} ảnh, \d+ tệp số liệu vào .+ \([\d.]+ byte\); "
        r"bỏ qua \d+ trang chưa có số liệu\.\n",
        output,
    )
    # Targets for 4 indicators × 2 languages; the 2023 report adds reported and gap, full year.
    assert len(pages) == 4 * 2 + 4 * 2 * 2
    assert "embed/bhtn-actual-full-natural_breaks-en.html" in pages
    assert "embed/bhtn-actual-h1-natural_breaks-en.html" not in pages  # nothing for a first half
    # Cards: every year of a target page, only 2023 of a reported one (never a card of nothing).
    assert "card/2024-bhxh-target-full-natural_breaks-vi.png" in cards
    assert "card/2023-bhxh-actual-full-natural_breaks-vi.png" in cards
    assert "card/2024-bhxh-actual-full-natural_breaks-vi.png" not in cards
    assert "data/targets.csv" in files and "data/2025-bhtn.csv" in files
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "Chưa xuất bản (chưa nhập số liệu thực hiện)" in index
    assert "Số người cần thêm" in index.split("Chưa xuất bản")[1]


def test_every_file_is_what_the_server_answers_at_the_same_address(site):
    folder, _, client = site
    files = [f for f in _files(folder) if f != "index.html"]
    assert len(files) > 60
    # Every page and data file; cards (each a matplotlib drawing) by a sample of each kind.
    cards = [f for f in files if f.startswith("card/")]
    samples = [cards[0], next(f for f in cards if "-actual-" in f)]
    for name in [f for f in files if not f.startswith("card/")] + samples:
        response = client.get("/" + name)
        assert response.status_code == 200, name
        assert response.content == (folder / name).read_bytes(), name


def test_every_link_in_the_site_reaches_a_file_of_it(site):
    folder, _, _ = site
    for page in [folder / "index.html", *sorted((folder / "embed").glob("*.html"))]:
        text = page.read_text(encoding="utf-8")
        links = re.findall(r'(?:href|data-href-\d{4})="([^"]+)"', text)
        relative = [link for link in links if "://" not in link]
        assert relative, page
        for link in relative:
            target = (page.parent / link.split("?")[0]).resolve()
            assert target.is_file(), (page.name, link)
        for link in [link for link in links if "://" in link]:
            assert link.startswith(APP), (page.name, link)  # only the app, nowhere else


def test_the_readme_shows_the_snippet_the_app_gives():
    from bhxh_geo.embed.snippet import embed_snippet
    from bhxh_geo.paths import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = embed_snippet(
        "https://bhxh.example.vn/embed/bhxh-target-full-natural_breaks-vi.html?year=2025",
        "Chỉ tiêu BHXH (tổng) năm 2025",
    )
    assert snippet in readme
