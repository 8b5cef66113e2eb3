"""Markdown in the URL shows as text in the real app: ``/district?code=[login](https://…)
![p](https://…)`` draws no link and the browser asks no outside host for anything (the image, a
font, a script), in either language.
"""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.browser.conftest import Page

EVIL = "evil.example"
CODE = f"[x](https://{EVIL}) ![p](https://{EVIL}/p.png) www.{EVIL} *b*"  # under the 80 shown


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_markdown_in_the_district_code_is_shown_as_text(browser, app_url, lang):
    page = Page(browser, app_url)
    try:
        page.page.goto(f"{app_url}/district?lang={lang}&code={quote(CODE)}")
        warning = page.page.locator('[data-testid="stAlertContentWarning"]')
        warning.wait_for(timeout=60_000)
        page.wait_idle()
        page.page.wait_for_timeout(500)  # an image would have been asked for by now
        text = warning.inner_text().replace("\u2060", "")
        assert CODE in text, text
        assert warning.locator("a, img, strong, em").count() == 0
        assert page.page.locator(f'a[href*="{EVIL}"], img[src*="{EVIL}"]').count() == 0
        assert page.external == []
    finally:
        page.close()
