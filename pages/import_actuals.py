"""Import page: upload → how the file was read → problems row by row, or old → new → commit;
then the batches (revert, with confirmation) and each unit's history.

Officers only (``$BHXH_EDITOR_PASSWORD``) see the upload, commit and revert controls; viewers
read the batches and the history. The widgets are in ui.components, the logic in
bhxh_geo.actuals.editing.
"""

from __future__ import annotations

import streamlit as st

from bhxh_geo.i18n import t
from ui import components, router, state

router.ensure_router()
lang = state.lang()

st.markdown(f"## {t('importpage.title', lang)}")
st.caption(t("importpage.intro", lang))
components.show_flash()
editor = components.editor_gate(lang)

if editor:
    upload = components.upload_widget(lang)
    options = components.import_options(lang)
    if upload is not None:
        result = components.read_upload(upload, options, lang)
        if result.ok:
            components.import_preview(result, upload.name, options, lang)
        else:
            components.import_errors(result, lang)

components.batches_list(lang, editor)
components.unit_history(lang)
