"""The app's Embed & share panel: the code it gives is the documented snippet for the view on
screen, and every address in it answers."""

from __future__ import annotations

import urllib.request

from bhxh_geo.embed.snippet import embed_snippet


def test_the_panel_gives_the_snippet_share_link_and_data_of_the_view(app_page, app_url):
    app_page.open("?indicator=bhtn&year=2024&lang=en")
    app_page.page.get_by_role("button", name="Embed & share").click()
    codes = app_page.page.locator("[data-testid='stCode'] code")
    codes.first.wait_for()
    texts = [c.inner_text() for c in codes.all()]
    page = f"{app_url}/embed/bhtn-target-full-natural_breaks-en.html?year=2024"
    assert texts[0].strip() == embed_snippet(page, "Unemployment insurance: plan target, 2024")
    share = texts[1].strip()
    assert share.startswith(f"{app_url}/share?year=2024&indicator=bhtn")
    links = app_page.page.locator("[data-testid='bhxh-share-data'] a")
    addresses = [a.get_attribute("href") for a in links.all()]
    assert len(addresses) == 3
    for address in [page, share, *addresses]:
        with urllib.request.urlopen(address, timeout=30) as response:
            assert response.status == 200, address
    assert app_page.external == []
