"""The published views, answered without a Streamlit session.

- ``GET /embed?year=&indicator=&measure=&period=&scheme=&lang=`` → the embed page of the view
  (a redirect to its one address, ``/embed/<name>.html?year=…``, whose relative links work on
  the server and in a published folder alike).
- ``GET /share?…`` → Open Graph and Twitter card tags, then the app's view for a person;
  ``GET /card.png?…`` → the 1200×630 card.
- ``GET /data/coverage.csv?…`` and ``.json`` → the view's figures with their sources;
  ``GET /data/targets.csv`` → all 216 targets.
- The same files by name, as ``publish`` writes them: ``/embed/<name>.html``,
  ``/share/<name>.html``, ``/card/<name>.png``, ``/data/<name>.csv`` and ``.json``.

Bad parameters answer ``400`` with every allowed value; a reported measure with nothing
imported answers ``404`` saying what to import. Only GET (and HEAD) is answered.
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Awaitable

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from bhxh_geo.embed import page, params, render, share, snapshot
from bhxh_geo.web.responses import answer, bad_request, public_url

EMBED_HEADERS = {"Content-Security-Policy": page.content_security_policy()}


def _year(request: Request, view):
    """``view`` at the year of ``?year=`` (the page's own address keeps the year there)."""
    year = request.query_params.get("year")
    if year is None:
        return view
    checked, _ = params.parse_query({"year": year, "lang": "vi"})
    return params.with_year(view, checked.year)


async def embed_query(request: Request) -> Response:
    try:
        view, lang = params.parse_query(request.query_params)
    except params.ParamError as error:
        return bad_request(error)
    query = urllib.parse.urlencode({"year": view.year})
    target = f"embed/{params.embed_name(view, lang)}.html?{query}"
    return RedirectResponse(target, status_code=307, headers={"Cache-Control": "no-store"})


async def embed_named(request: Request) -> Response:
    def make():
        view, lang = params.parse_name("embed", request.path_params["name"])
        view = _year(request, view)
        return render.embed(view, lang, public_url(request), snapshot.current())

    return await answer(request, make, EMBED_HEADERS)


def _share(request: Request, view_of) -> Awaitable[Response]:
    def make():
        view, lang = view_of()
        base = public_url(request)
        return render.share_page(view, lang, base, base, snapshot.current())

    return answer(request, make, {"Content-Security-Policy": share.content_security_policy()})


async def share_query(request: Request) -> Response:
    return await _share(request, lambda: params.parse_query(request.query_params))


async def share_named(request: Request) -> Response:
    return await _share(request, lambda: params.parse_name("share", request.path_params["name"]))


def _card(request: Request, view_of) -> Awaitable[Response]:
    def make():
        view, lang = view_of()
        return render.card_png(view, lang, snapshot.current())

    return answer(request, make)


async def card_query(request: Request) -> Response:
    return await _card(request, lambda: params.parse_query(request.query_params))


async def card_named(request: Request) -> Response:
    return await _card(request, lambda: params.parse_name("card", request.path_params["name"]))


def _data(request: Request, kind: str, view_of) -> Awaitable[Response]:
    def make():
        view, _ = view_of()
        build = render.view_csv if kind == "csv" else render.view_json
        return build(view, snapshot.current())

    return answer(request, make)


async def coverage_csv(request: Request) -> Response:
    return await _data(request, "csv", lambda: params.parse_query(request.query_params))


async def coverage_json(request: Request) -> Response:
    return await _data(request, "json", lambda: params.parse_query(request.query_params))


async def data_csv(request: Request) -> Response:
    return await _data(
        request, "csv", lambda: params.parse_name("csv", request.path_params["name"])
    )


async def data_json(request: Request) -> Response:
    return await _data(
        request, "json", lambda: params.parse_name("json", request.path_params["name"])
    )


async def targets_csv(request: Request) -> Response:
    return await answer(request, lambda: render.targets_csv(snapshot.current()))


GET = ["GET", "HEAD"]
ROUTES = [
    Route("/embed", embed_query, methods=GET),
    Route("/embed/{name}.html", embed_named, methods=GET),
    Route("/share", share_query, methods=GET),
    Route("/share/{name}.html", share_named, methods=GET),
    Route("/card.png", card_query, methods=GET),
    Route("/card/{name}.png", card_named, methods=GET),
    Route("/data/targets.csv", targets_csv, methods=GET),
    Route("/data/coverage.csv", coverage_csv, methods=GET),
    Route("/data/coverage.json", coverage_json, methods=GET),
    Route("/data/{name}.csv", data_csv, methods=GET),
    Route("/data/{name}.json", data_json, methods=GET),
]
