"""Screenshots of every page at the screens its users have, for a person to look at.

``make screenshots`` (or ``python -m tests.browser.screenshots``) starts the app as the browser
tests do, opens each page at each viewport and writes ``<page>-<lang>-<width>x<height>.png``
(the screen as it first shows) and ``…-full.png`` (the whole page, scrolled through and
stitched: Streamlit scrolls an inner element, which a browser's full-page capture misses) into
``build/screenshots/`` (not committed). Nothing is compared: a test can pass on a page no one
can read, so look at them.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from bhxh_geo.paths import ROOT

OUT = ROOT / "build" / "screenshots"
# The screens its users have, in one place (the browser tests run over them too): the
# projector (1024×768, 1366×768), laptops, the 4K wall; and phones.
PRESENT_VIEWPORTS = (
    (1024, 768),
    (1280, 720),
    (1366, 768),
    (1440, 900),
    (1920, 1080),
    (2560, 1440),
    (3840, 2160),
)
PHONES = ((390, 844), (360, 800))
VIEWPORTS = PRESENT_VIEWPORTS + PHONES
# page name → the path and query it opens
PAGES = {
    "map": "/?year=2025&indicator=bhxh",
    "map-district": "/?year=2024&district=632",
    "present": "/?present=1",
    "compare": "/compare",
    "district": "/district?code=632",
    "plan": "/plan",
    "export": "/export",
    "import": "/import_actuals",
}


def _size(text: str) -> tuple[int, int]:
    width, height = text.lower().split("x")
    return int(width), int(height)


def shoot(
    url: str,
    pages: dict[str, str],
    viewports,
    langs,
    out: Path = OUT,
    full_page: bool = True,
) -> list[Path]:
    """Open every page at every viewport in every language; the PNGs written."""
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_ARGS, wait_settled

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        for width, height in viewports:
            context = browser.new_context(viewport={"width": width, "height": height})
            page = context.new_page()
            for lang in langs:
                for name, query in pages.items():
                    separator = "&" if "?" in query else "?"
                    page.goto(f"{url}{query}{separator}lang={lang}")
                    wait_settled(page, timeout=90_000)
                    stem = out / f"{name}-{lang}-{width}x{height}"
                    page.screenshot(path=f"{stem}.png")
                    written.append(stem.with_suffix(".png"))
                    # Presentation mode is one screen: what the room sees, no more.
                    if full_page and name != "present":
                        written.append(_whole_page(page, Path(f"{stem}-full.png"), height))
                    for path in written[-2:]:
                        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
            context.close()
        browser.close()
    return written


_MAIN = "document.querySelector('[data-testid=stMain]')"


def _whole_page(page, target: Path, height: int) -> Path:
    """The page scrolled through one screen at a time, stitched into one PNG."""
    from PIL import Image

    total = page.evaluate(f"{_MAIN}.scrollHeight")
    width = page.viewport_size["width"]
    sheet = Image.new("RGB", (width, total), "white")
    part = target.with_suffix(".part.png")
    for top in range(0, total, height):
        # The page's header floats over the content: once, at the top.
        page.evaluate(
            "on => { const h = document.querySelector('header[data-testid=stHeader]');"
            " if (h) h.style.visibility = on ? '' : 'hidden'; }",
            top == 0,
        )
        page.evaluate(f"{_MAIN}.scrollTo(0, {top})")
        page.wait_for_timeout(150)
        page.screenshot(path=str(part))
        shown = page.evaluate(f"{_MAIN}.scrollTop")
        with Image.open(part) as image:
            sheet.paste(image.convert("RGB"), (0, int(shown)))
    part.unlink(missing_ok=True)
    page.evaluate(
        "() => { const h = document.querySelector('header[data-testid=stHeader]');"
        " if (h) h.style.visibility = ''; }"
    )
    page.evaluate(f"{_MAIN}.scrollTo(0, 0)")
    sheet.save(target)
    return target


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default=",".join(PAGES), help="comma-separated page names")
    parser.add_argument(
        "--sizes",
        default=",".join(f"{w}x{h}" for w, h in VIEWPORTS),
        help="comma-separated WIDTHxHEIGHT",
    )
    parser.add_argument("--langs", default="vi", help="comma-separated: vi,en")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--url", help="an app already running (else one is started)")
    parser.add_argument("--viewport-only", action="store_true", help="no full-page shots")
    args = parser.parse_args(argv)
    pages = {name: PAGES[name] for name in args.pages.split(",")}
    viewports = [_size(s) for s in args.sizes.split(",")]
    langs = args.langs.split(",")
    if args.url:
        shoot(args.url, pages, viewports, langs, args.out, not args.viewport_only)
        return
    from tests.browser.conftest import running_app

    with running_app() as url:
        shoot(url, pages, viewports, langs, args.out, not args.viewport_only)


if __name__ == "__main__":
    main()
