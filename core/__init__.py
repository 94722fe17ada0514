"""The domain of SOTK Planner: records, rules and operations over one SQLite file.

Nothing in this package imports Qt, reports/ or ui/ (ARCHITECTURE.md rule 1).
"""

APP_NAME = "SOTK Planner"
__version__ = "0.1.0"
