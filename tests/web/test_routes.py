"""The published routes, as a reader's browser or a newsroom's script meets them."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from bhxh_geo.embed import params
from tests.web.conftest import import_report

EMBED = "/embed/bhxh-target-full-natural_breaks-vi.html"


@pytest.mark.parametrize(
    "query, names",
    [
        ("year=2030", ["year: “2030”", "2023, 2024, 2025"]),
        ("indicator=bhxh_total", ["indicator", "bhxh, bhxh_bat_buoc, bhxh_tu_nguyen, bhtn"]),
        ("measure=forecast", ["measure", "target, actual, gap, people_needed"]),
        ("period=q3&measure=actual", ["period", "full, h1"]),
        ("scheme=jenks", ["scheme", "natural_breaks, quantiles, equal_interval"]),
        ("lang=fr", ["lang", "vi, en"]),
        ("measure=target&period=h1", ["measure=target needs period=full"]),
    ],
)
@pytest.mark.parametrize(
    "route", ["/embed", "/share", "/card.png", "/data/coverage.csv", "/data/coverage.json"]
)
def test_bad_parameters_get_400_with_the_allowed_values(client, empty_db, route, query, names):
    lang = "" if "lang=" in query else "&lang=en"
    response = client.get(f"{route}?{query}{lang}", follow_redirects=False)
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/plain")
    for name in names:
        assert name in response.text


def test_every_bad_parameter_is_named_at_once(client, empty_db):
    response = client.get("/embed?year=1999&indicator=x&scheme=y")
    assert response.status_code == 400
    assert [line.split(":")[0] for line in response.text.splitlines()[1:]] == [
        "year",
        "indicator",
        "scheme",
    ]


def test_a_bad_name_or_year_on_a_page_address_is_400(client, empty_db):
    assert client.get("/embed/bhxh-target-full-vi.html").status_code == 400
    assert client.get(f"{EMBED}?year=2026").status_code == 400
    assert client.get("/data/2026-bhxh.csv").status_code == 400


def test_embed_redirects_to_its_one_address_keeping_the_year(client, empty_db):
    response = client.get(
        "/embed?year=2024&indicator=bhtn&lang=en&utm_source=x", follow_redirects=False
    )
    assert response.status_code == 307
    assert response.headers["location"] == (
        "embed/bhtn-target-full-natural_breaks-en.html?year=2024"
    )
    page = client.get(response.headers["location"].join(["/", ""]))
    assert page.status_code == 200
    assert 'data-shown="2024"' in page.text and '<h1 data-year="2024">' in page.text


def test_the_embed_is_frameable_by_any_site_and_loads_nothing_from_elsewhere(client, empty_db):
    response = client.get(EMBED)
    policy = response.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "frame-ancestors *" in policy
    assert "x-frame-options" not in response.headers
    # Only the footer's links name an address: nothing to load from anywhere.
    assert "://" not in response.text.split("<footer>")[0]
    assert "src=" not in response.text
    assert response.headers["access-control-allow-origin"] == "*"


def test_text_is_sent_compressed_once_built(client, empty_db):
    response = client.get(EMBED, headers={"Accept-Encoding": "gzip"})
    assert response.headers["content-encoding"] == "gzip"
    assert int(response.headers["content-length"]) < 25_000  # the whole page, three years inside
    raw = client.get(EMBED, headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in raw.headers
    assert response.content == raw.content  # httpx decodes the gzip: the same page


def test_repeat_requests_get_304_until_an_import_lands(client, empty_db):
    first = client.get("/data/coverage.csv?year=2023&indicator=bhxh")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    assert (
        client.get(
            "/data/coverage.csv?year=2023&indicator=bhxh", headers={"If-None-Match": etag}
        ).status_code
        == 304
    )
    assert (
        client.get(
            "/data/coverage.csv?year=2023&indicator=bhxh", headers={"If-Modified-Since": modified}
        ).status_code
        == 304
    )
    import_report(empty_db, 0, source="Báo cáo 15/BC-BHXH")
    after = client.get(
        "/data/coverage.csv?year=2023&indicator=bhxh", headers={"If-None-Match": etag}
    )
    assert after.status_code == 200
    assert after.headers["etag"] != etag and after.headers["last-modified"] != modified
    assert "Báo cáo 15/BC-BHXH" in after.content.decode("utf-8-sig")


def test_only_get(client, empty_db):
    for method in ("POST", "PUT", "DELETE"):
        assert client.request(method, "/data/targets.csv").status_code == 405
    assert client.head("/data/targets.csv").status_code == 200


def test_a_reported_measure_with_nothing_imported_is_404_saying_what_to_do(client, empty_db):
    response = client.get("/embed?measure=actual&lang=en")
    assert response.status_code == 404
    assert "import a report first" in response.text
    assert client.get("/card.png?measure=gap").status_code == 404


def test_a_year_with_nothing_reported_has_no_card_but_the_page_says_so(client, reported_db):
    assert client.get("/card.png?year=2023&measure=actual").status_code == 200
    assert client.get("/card.png?year=2024&measure=actual").status_code == 404
    page = client.get("/embed/bhxh-actual-full-natural_breaks-en.html?year=2024")
    assert page.status_code == 200 and "No reported figures for this year yet." in page.text


def test_the_card_is_1200_by_630(client, empty_db):
    response = client.get("/card.png?year=2024&indicator=bhtn&lang=en")
    assert response.headers["content-type"] == "image/png"
    assert Image.open(io.BytesIO(response.content)).size == (1200, 630)
    named = client.get("/card/2024-bhtn-target-full-natural_breaks-en.png")
    assert named.content == response.content


def test_the_share_page_has_open_graph_tags_with_the_figures_then_the_app(client, empty_db):
    response = client.get("/share?year=2025&indicator=bhxh&lang=en&fbclid=abc")
    text = response.text
    assert (
        '<meta property="og:title" content="Social insurance (total): plan target, 2025">' in text
    )
    assert "Province: 16.83%. Highest: Pleiku (44.66%)" in text
    card = "http://testserver/card/2025-bhxh-target-full-natural_breaks-en.png"
    assert f'<meta property="og:image" content="{card}">' in text
    assert '<meta name="twitter:card" content="summary_large_image">' in text
    assert client.get(card.removeprefix("http://testserver")).status_code == 200
    app = params.app_link("http://testserver/", params.parse_query({"lang": "en"})[0], "en")
    assert f'href="{app.replace("&", "&amp;")}"' in text  # the link a person follows
    assert "location.replace" in text
    assert "script-src 'sha256-" in response.headers["content-security-policy"]


def test_the_public_address_can_be_set_behind_a_proxy(client, empty_db, monkeypatch):
    monkeypatch.setenv("BHXH_GEO_PUBLIC_URL", "https://bhxh.example.vn")
    text = client.get("/share?lang=en").text
    assert (
        'content="https://bhxh.example.vn/card/2025-bhxh-target-full-natural_breaks-en.png"' in text
    )
