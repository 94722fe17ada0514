"""Plans joined to the structure: the RPJMD of a region (visi, misi, tujuan, sasaran,
priority programs, strategic issues) and the Renstra of each perangkat daerah (program,
kegiatan, sub-kegiatan with nomenclature codes, indicators, targets and pagu indikatif),
so the checks can hold the plans against the units that must carry them."""
