"""The app's own inline scripts, which its pages run through ``st.html``.

Each script is a constant. What it needs to know comes from a marker element's ``data-``
attributes, so the page's Content-Security-Policy can allow exactly these texts by hash
(:func:`csp_hashes`) and allow no other inline script.
"""

from __future__ import annotations

import base64
import hashlib
import html

from bhxh_geo.html_tables import NARROW_PX

PAGE_MARKER = "bhxh-page"
# Sets the document's language (screen readers choose their voice from it) and whether it is
# presenting. It reads the last marker, which is the one of this run.
PAGE_SETUP = (
    "(() => {"
    f"const marks = document.querySelectorAll('[data-{PAGE_MARKER}]');"
    "const mark = marks[marks.length - 1];"
    "if (!mark) return;"
    "document.documentElement.lang = mark.dataset.lang;"
    "document.documentElement.classList.toggle('bhxh-present', mark.dataset.present === '1');"
    "})();"
)

DRILLDOWN_MARKER_ID = "bhxh-drilldown-top"
# On a phone the drill-down comes under the map, where nobody would see it open: bring it up.
SCROLL_TO_DRILLDOWN = """(() => {
  const top = document.getElementById('%s');
  if (!top || window.innerWidth > %d) return;
  const own = top.closest('[data-testid="stElementContainer"]');
  const heading = (own && own.previousElementSibling) || top;
  heading.style.scrollMarginTop = '4rem';
  heading.scrollIntoView({block: 'start'});
})();""" % (DRILLDOWN_MARKER_ID, NARROW_PX)

SCRIPTS = (PAGE_SETUP, SCROLL_TO_DRILLDOWN)


def page_setup_html(lang: str, present: bool) -> str:
    """The marker and the script that set the document's language and presentation class.

    >>> print(page_setup_html("vi", False).split("<script>")[0])
    <div hidden data-bhxh-page data-lang="vi" data-present="0"></div>
    """
    mark = (
        f'<div hidden data-{PAGE_MARKER} data-lang="{html.escape(lang)}" '
        f'data-present="{1 if present else 0}"></div>'
    )
    return f"{mark}<script>{PAGE_SETUP}</script>"


def drilldown_marker_html(code: str) -> str:
    """The drill-down's marker and the script that scrolls to it on a phone."""
    mark = f"<div id='{DRILLDOWN_MARKER_ID}' data-code='{html.escape(code)}'></div>"
    return f"{mark}<script>{SCROLL_TO_DRILLDOWN}</script>"


def csp_hashes() -> tuple[str, ...]:
    """The ``'sha256-…'`` sources that allow exactly :data:`SCRIPTS`.

    >>> len(csp_hashes()), csp_hashes()[0].startswith("'sha256-")
    (2, True)
    """
    return tuple(
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode()).digest()).decode() + "'"
        for body in SCRIPTS
    )
