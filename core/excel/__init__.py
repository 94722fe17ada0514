"""Spreadsheets in and out: reading the sheets offices keep (read, headers, mapping, values,
the importers and their dry-run report) and writing sheets they can use (workbook, export,
template)."""
