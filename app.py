"""bhxh-geo: the router. Pages are listed here explicitly; ui.router frames every page."""

from __future__ import annotations

import streamlit as st

from bhxh_geo.i18n import t
from ui import map_first, memory, router, state

lang = state.lang()
present = router.frame_top()


def nav_page(name: str, title_key: str, **options) -> st.Page:
    """The page ``pages/<name>.py`` at ``/<name>``, with its title and icon."""
    return st.Page(
        f"pages/{name}.py",
        title=t(title_key, lang),
        icon=router.NAV_ICONS[name],
        url_path=name,
        **options,
    )


map_page = nav_page("map", "nav.map", default=True)
pages = [
    map_page,
    nav_page("compare", "nav.compare"),
    nav_page("district", "nav.district"),
    nav_page("plan", "nav.plan"),
    nav_page("export", "nav.export"),
    nav_page("import_actuals", "nav.import"),
]
page = st.navigation(pages, position="hidden" if present else "sidebar")
if page.url_path != map_page.url_path:
    map_first.forget()  # the map page waits for its map again when it reopens
# The map page stops early on a page open (ui/map_first.py): then the language picker and the
# freeze come with the rerun its map starts. A click on the map reruns only the map page's
# fragment (pages/map.py), not this file.
page.run()
router.frame_bottom()
memory.freeze_long_lived()
