"""Restructuring (penataan kelembagaan): drafts, the mapping of old units to new, impact and apply."""
