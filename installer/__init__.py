"""Building SOTK Planner for office PCs: PyInstaller spec, NSIS script, icon, build and smoke test."""
