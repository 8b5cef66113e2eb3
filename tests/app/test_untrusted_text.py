"""Text from the URL, a file or the database, in elements that read Markdown (warnings, errors,
captions, labels), shows as exactly that text: no link, no image, no emphasis, no icon.

AppTest gives an element's Markdown source; :func:`shown_as` reads it back the way CommonMark
does for the characters that matter here (a backslash before ASCII punctuation shows that
character), and :func:`assert_inert` checks that nothing in it can start markup.
"""

from __future__ import annotations

import re
import string

import pytest

from tests.app.helpers import open_app

INJECTION = "[login](https://evil.example) ![p](https://evil.example/p.png) **b** :red[x] $y$"
_ESCAPED = re.compile(r"\\([" + re.escape(string.punctuation) + "])")


def shown_as(markdown: str) -> str:
    """The text a reader sees for Markdown in which every punctuation character is escaped."""
    return _ESCAPED.sub(r"\1", markdown).replace("\u2060", "")


def assert_inert(markdown: str) -> None:
    """No unescaped ASCII punctuation (so no link, image, emphasis, directive or math), and no
    web address GitHub-flavoured Markdown would turn into a link on its own."""
    unescaped = re.sub(r"\\.", "", markdown)
    assert not re.search("[" + re.escape(string.punctuation) + "]", unescaped), markdown
    assert not re.search(r"[A-Za-z0-9]://|www\.|@\w", markdown.replace("\\", "")), markdown


@pytest.fixture
def empty_db(tmp_path, monkeypatch):
    monkeypatch.setenv("BHXH_GEO_DB", str(tmp_path / "none.sqlite3"))


def test_a_district_code_from_the_url_is_shown_as_text(boundaries, empty_db):
    at = open_app()
    at.query_params["code"] = INJECTION
    at.switch_page("pages/district.py").run()
    assert not at.exception, at.exception
    [warning] = at.warning
    quoted = re.search("«(.*)»", warning.value).group(1)
    assert shown_as(quoted) == INJECTION
    assert_inert(quoted)
    # The catalogue's own text around it is unchanged.
    assert warning.value.startswith("Không có huyện, thị xã, thành phố nào mang mã «")


def test_a_very_long_code_is_cut(boundaries, empty_db):
    at = open_app()
    at.query_params["code"] = "x" * 5000
    at.switch_page("pages/district.py").run()
    quoted = re.search("«(.*)»", at.warning[0].value).group(1)
    assert shown_as(quoted) == "x" * 79 + "…"
