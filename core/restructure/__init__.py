"""Restructuring (penataan kelembagaan): how the units of the edition in force continue in a
draft (the proposed mapping, ``propose``) and what changes between two editions (``compare``)."""
