"""Import page: upload → how the file was read → problems row by row, or old → new → commit;
then the batches (revert, with confirmation) and each unit's history.

Officers signed in with their own account (``python -m bhxh_geo officers add NAME``) see the
upload, commit and revert controls; viewers read the batches and the history. The widgets are in ui.import_widgets, the logic in
bhxh_geo.actuals.editing.
"""

from __future__ import annotations

import streamlit as st

from bhxh_geo.i18n import t
from ui import import_widgets, router, state

router.ensure_router()
lang = state.lang()

st.markdown(f"## {t('importpage.title', lang)}")
st.caption(t("importpage.intro", lang))
import_widgets.show_flash()
editor = import_widgets.editor_gate(lang)

if editor:
    upload = import_widgets.upload_widget(lang)
    options = import_widgets.import_options(lang, by=editor)
    if upload is not None:
        result = import_widgets.read_upload(upload, options, lang)
        if result.ok:
            import_widgets.import_preview(result, upload.name, options, lang)
        else:
            import_widgets.import_errors(result, lang)

import_widgets.batches_list(lang, editor)
import_widgets.unit_history(lang)
