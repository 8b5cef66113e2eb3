"""Text from a URL, a file or the database, made safe for the elements that read Markdown.

``st.warning``, ``st.error``, ``st.info``, ``st.success``, ``st.caption``, ``st.markdown``, widget
labels, ``help=`` and ``format_func`` all read their text as Markdown: ``[login](https://…)``
would be a link and ``![p](https://…)`` an image the browser fetches from outside. :func:`md`
turns such text into Markdown that shows exactly the text: every ASCII punctuation character is
backslash-escaped (CommonMark shows an escaped character as itself, and Streamlit's ``:red[…]``,
``:material/…:`` and ``$…$`` need an unescaped colon or dollar), and web addresses get an
invisible word joiner (U+2060) where GitHub-flavoured Markdown would make them links, since its
autolinks are found in the text after the escapes are read. Escape the untrusted values that go
into a catalogue string, not the catalogue string itself (its own Markdown stays):

    st.warning(t("profile.invalid_code", lang, code=plain.md(requested)))
"""

from __future__ import annotations

import re
import string

_PUNCTUATION = re.compile("([" + re.escape(string.punctuation) + "])")
_JOINER = "\u2060"
# Where GFM starts an autolink literal: a scheme's "://", "www." and the "@" of an address.
_AUTOLINK = re.compile(r"(?<=[A-Za-z0-9])(?=://)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def md(text: object, limit: int | None = None) -> str:
    """``text`` as Markdown that renders as exactly that text (on one line); with ``limit``, its
    first ``limit`` characters and "…".

    Examples
    --------
    >>> md("[login](https://evil.example)")
    '\\\\[login\\\\]\\\\(https\\u2060\\\\:\\\\/\\\\/evil\\\\.example\\\\)'
    >>> md("Ia Grai 10,64%")
    'Ia Grai 10\\\\,64\\\\%'
    >>> md("x" * 10, limit=4)
    'xxx…'
    """
    flat = _LINE_BREAKS.sub(" ", str(text))
    if limit is not None and len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return _PUNCTUATION.sub(r"\\\1", _AUTOLINK.sub(_JOINER, flat))
