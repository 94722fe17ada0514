"""Restructuring (penataan kelembagaan): drafts and their life cycle (``drafts``), how the units of
the edition in force continue in a draft (the proposed mapping, ``propose``; the decisions,
``mapping``), what changes between two editions (``compare``), who and what must move
(``impact``) and the change itself (``apply``)."""
