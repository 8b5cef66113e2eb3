"""Every inline script a page sends runs under the app's Content-Security-Policy: its text must
be one the policy allows by hash (a script with a value written into it would be blocked, and
with it the page's language, presentation mode or the phone's scroll to the drill-down)."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from bhxh_geo.web.headers import APP_POLICY
from tests.app.helpers import open_app

SCRIPT = re.compile(r"<script>(.*?)</script>", re.S)


def inline_scripts(at) -> list[str]:
    bodies = [e.proto.body for e in at.main if type(e).__name__ == "Html"]
    bodies += [e.proto.body for e in at.sidebar if type(e).__name__ == "Html"]
    return [script for body in bodies for script in SCRIPT.findall(body)]


def allowed(script: str) -> bool:
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return f"'sha256-{digest}'" in APP_POLICY


@pytest.mark.parametrize(
    "query",
    [
        {"lang": "vi"},
        {"lang": "en", "present": "1"},
        {"district": "622"},
    ],
)
def test_every_inline_script_of_the_map_page_is_allowed_by_the_policy(query):
    scripts = inline_scripts(open_app(query))
    assert scripts, "the page sends its set-up script"
    assert [s[:60] for s in scripts if not allowed(s)] == []
