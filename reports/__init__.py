"""PDF reports (reportlab): read core, write files; never Qt or ui/ (ARCHITECTURE.md rule 1)."""
