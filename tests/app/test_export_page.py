"""The Downloads page under AppTest: every export offered, built for the view in the URL."""

import pytest

from tests.app.helpers import open_app

BUTTONS = [
    "download_png",
    "download_svg",
    "download_pdf",
    "download_csv",
    "download_xlsx",
    "download_briefing",
]


def open_export_page(query: dict | None = None):
    at = open_app(query)
    at.switch_page("pages/export.py")
    for key, value in (query or {}).items():
        at.query_params[key] = value
    return at.run()


@pytest.fixture(scope="module")
def page(boundaries, tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("BHXH_GEO_DB", str(tmp_path_factory.mktemp("db") / "absent.sqlite3"))
    yield open_export_page({"year": "2024", "indicator": "bhtn"})
    mp.undo()


def test_every_download_is_offered(page):
    assert not page.exception
    assert page.markdown[0].value == "## Tải xuống"
    assert [b.key for b in page.get("download_button")] == BUTTONS
    labels = [b.proto.label for b in page.get("download_button")]
    assert labels[0] == "Tải ảnh PNG" and labels[-1] == "Tải bản tóm tắt PDF (A4 ngang)"


def test_the_view_comes_from_the_url(page):
    assert page.segmented_control(key="indicator").value == "bhtn"
    assert page.segmented_control(key="year").value == 2024
    assert "Chỉ tiêu BHTN (bảo hiểm thất nghiệp) năm 2024" in [c.value for c in page.caption]


def test_an_actuals_measure_without_reports_is_explained_not_drawn(page):
    page.segmented_control(key="measure").set_value("actual").run()
    assert not page.exception
    assert any("chưa có số liệu thực hiện" in i.value for i in page.info)
    keys = [b.key for b in page.get("download_button")]
    assert keys == ["download_csv", "download_xlsx", "download_briefing"]


def test_a_damaged_database_is_a_message_not_a_traceback(boundaries, tmp_path, monkeypatch):
    damaged = tmp_path / "bhxh_geo.sqlite3"
    damaged.write_bytes(b"not a database at all, " * 200)
    monkeypatch.setenv("BHXH_GEO_DB", str(damaged))
    page = open_export_page({"lang": "en"})
    assert not page.exception
    errors = [e.value for e in page.error]
    assert errors == [
        "The downloads cannot be made right now (the database is damaged): the actuals cannot"
        " be read. Reload the page in a few minutes."
    ]
    assert not page.get("download_button")
    assert str(tmp_path) not in " ".join(e.value for e in [*page.error, *page.warning])
