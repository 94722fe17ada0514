"""Excel in and out: the write side (export, templates) lives in export.py, template.py and
workbook.py; the read side (import) in its own modules."""
