"""*Berkas → Impor dari Excel*: the dialog (file and kind, the sheet and its mapping, the
dry run), what it reads of a sheet, and the dry run in its own thread."""
