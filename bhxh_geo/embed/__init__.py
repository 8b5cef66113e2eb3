"""Views published without a Streamlit session: embeddable pages, data files, social cards.

The same figures, classes, colours and label layout as the app, written as plain files: the
server answers them (``bhxh_geo.web``) and ``python -m bhxh_geo publish`` writes them to a
folder any web server can host. Nothing here imports Streamlit.
"""
