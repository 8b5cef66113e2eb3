"""The code a newsroom pastes into an article: an iframe, and a few lines of script that set
its height from the page's ``postMessage`` (as Datawrapper's responsive iframe does), so the
embed is as tall as its content at any width, with no scroll bar.

The embed page posts ``{"bhxh-geo-height": {"id": <name>, "height": <px>}}`` to its parent on
load and whenever its height changes (a year, the table opened, a narrower column). The script
sets the height of the iframe the message came from (``contentWindow === event.source``), so
any number of embeds can share an article.

Examples
--------
>>> code = embed_snippet("https://example.org/embed/bhxh-target-full-natural_breaks-vi.html", "Bản đồ")
>>> code.splitlines()[0][:60]
'<iframe src="https://example.org/embed/bhxh-target-full-natu'
>>> "bhxh-geo-height" in code and "event.source" in code
True
"""

from __future__ import annotations

import html

DEFAULT_HEIGHT = 900
RESIZE_SCRIPT = (
    '<script>window.addEventListener("message",function(event){'
    'var d=event.data&&event.data["bhxh-geo-height"];if(!d)return;'
    'document.querySelectorAll("iframe[data-bhxh-geo]").forEach(function(f){'
    'if(f.contentWindow===event.source)f.style.height=d.height+"px";});});</script>'
)


def embed_snippet(src: str, title: str, height: int = DEFAULT_HEIGHT) -> str:
    """The iframe of the page at ``src`` (absolute) titled ``title``, and the resizing script."""
    return (
        f'<iframe src="{html.escape(src)}" title="{html.escape(title)}" data-bhxh-geo=""'
        f' width="100%" height="{int(height)}" scrolling="no" loading="lazy"'
        ' style="width:100%;border:0;"></iframe>\n' + RESIZE_SCRIPT
    )
