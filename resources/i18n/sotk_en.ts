<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>struktur provinsi</source>
        <translation>province structure</translation>
    </message>
    <message>
        <source>struktur kabupaten/kota</source>
        <translation>regency/city structure</translation>
    </message>
    <message>
        <source>jabatan dan pegawai</source>
        <translation>positions and staff</translation>
    </message>
    <message>
        <source>jabatan, pegawai dan aset</source>
        <translation>positions, staff and assets</translation>
    </message>
    <message>
        <source>menulis berkas</source>
        <translation>writing the file</translation>
    </message>
    <message>
        <source>Pemeriksaan &apos;{title}&apos; gagal: {reason}</source>
        <translation>Check &apos;{title}&apos; failed: {reason}</translation>
    </message>
    <message>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <source>Berkas pemetaan kolom {path} tidak dapat dibaca: {reason}</source>
        <translation>Column mapping file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Berkas pemetaan kolom {path} tidak dapat ditulis: {reason}</source>
        <translation>Column mapping file {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Berkas referensi {path} tidak dapat dibaca: {reason}</source>
        <translation>Reference file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Wilayah dengan id {id} tidak ada.</source>
        <translation>There is no region with id {id}.</translation>
    </message>
    <message>
        <source>Edisi dengan id {id} tidak ada.</source>
        <translation>There is no edition with id {id}.</translation>
    </message>
    <message>
        <source>Wilayah ini sudah punya edisi yang berlaku (&apos;{name}&apos;). Arsipkan edisi itu dulu.</source>
        <translation>This region already has an edition in force (&apos;{name}&apos;). Archive that edition first.</translation>
    </message>
    <message>
        <source>Edisi &apos;{name}&apos; tidak dapat dihapus: masih ada {staff} pegawai dan {assets} aset pada unit-unitnya. Pindahkan dulu.</source>
        <translation>Edition &apos;{name}&apos; cannot be deleted: {staff} staff and {assets} assets still belong to its units. Move them first.</translation>
    </message>
    <message>
        <source>Wilayah &apos;{name}&apos; tidak dapat dihapus: masih ada {staff} pegawai dan {assets} aset.</source>
        <translation>Region &apos;{name}&apos; cannot be deleted: it still has {staff} staff and {assets} assets.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; bukan kode urusan pilihan.</source>
        <translation>&apos;{code}&apos; is not an optional (pilihan) urusan code.</translation>
    </message>
    <message>
        <source>Berkas {path} dibuka hanya-baca; perubahan tidak dapat disimpan.</source>
        <translation>File {path} is open read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Salinan harus diberi nama lain dari berkas {path}.</source>
        <translation>The copy needs a name other than {path}.</translation>
    </message>
    <message>
        <source>Salinan {path} tidak dapat dibuat: {reason}</source>
        <translation>Copy {path} cannot be made: {reason}</translation>
    </message>
    <message>
        <source>Berkas {path} sedang dibuka oleh {user} di komputer {host}: berkas itu tidak ditimpa. Pilih nama lain.</source>
        <translation>File {path} is open by {user} on computer {host}: it was not overwritten. Choose another name.</translation>
    </message>
    <message>
        <source>Berkas {path} telah diambil alih oleh {user} di komputer {host}; perubahan ini tidak disimpan. Berkas kini hanya-baca di sini; tutup lalu buka lagi untuk melihat isinya sekarang.</source>
        <translation>The file {path} has been taken over by {user} on computer {host}; this change was not saved. The file is now read-only here; close it and open it again to see what it holds now.</translation>
    </message>
    <message>
        <source>Berkas {path} telah diganti atau dipindahkan oleh program lain; perubahan ini tidak disimpan. Berkas kini hanya-baca di sini; tutup lalu buka lagi.</source>
        <translation>The file {path} has been replaced or moved by another program; this change was not saved. The file is now read-only here; close it and open it again.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat diambil alih: program {user} di komputer {host} masih aktif. Buka hanya-baca, atau minta {user} menutupnya.</source>
        <translation>The file {path} cannot be taken over: the program of {user} on computer {host} is still active. Open it read-only, or ask {user} to close it.</translation>
    </message>
    <message>
        <source>berkas diganti atau dipindahkan oleh program lain</source>
        <translation>the file was replaced or moved by another program</translation>
    </message>
    <message>
        <source>diambil alih oleh {user} di komputer {host} sejak {since}</source>
        <translation>taken over by {user} on computer {host} since {since}</translation>
    </message>
    <message>
        <source>Program berhenti di tengah sebuah perubahan pada berkas {path}. Perubahan yang belum selesai itu sudah diurungkan: isi berkas kembali seperti sesudah perubahan terakhir yang tersimpan.</source>
        <translation>The program stopped in the middle of a change to file {path}. That unfinished change has been undone: the file is as it was after the last change that was saved.</translation>
    </message>
    <message>
        <source>Berkas {path} menyimpan perubahan yang belum selesai (program berhenti di tengah penulisan), tetapi {reason}, sehingga perubahan itu tidak dapat diurungkan dan isi berkas tidak dapat dibaca dengan benar. Buka berkas itu di tempat yang dapat ditulisi, atau salin {name} bersama {journal} ke folder Anda lalu buka salinannya.</source>
        <translation>File {path} holds an unfinished change (a program stopped in the middle of writing), but {reason}, so the change cannot be undone and the file cannot be read correctly. Open it where it can be written, or copy {name} together with {journal} to your own folder and open the copy.</translation>
    </message>
    <message>
        <source>Berkas {path} memakai mode jurnal WAL (diatur oleh program lain); mode itu diganti ke jurnal biasa yang aman di folder bersama. Isi berkas tidak berubah.</source>
        <translation>File {path} used the WAL journal mode (set by another program); it was switched to the ordinary journal, which is safe in shared folders. The contents did not change.</translation>
    </message>
    <message>
        <source>Berkas {path} sudah ada; pilih nama lain.</source>
        <translation>File {path} already exists; choose another name.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibuat: {reason}</source>
        <translation>File {path} cannot be created: {reason}</translation>
    </message>
    <message>
        <source>dibuka hanya-baca atas permintaan</source>
        <translation>opened read-only as asked</translation>
    </message>
    <message>
        <source>folder berkas tidak dapat ditulisi</source>
        <translation>the file&apos;s folder cannot be written to</translation>
    </message>
    <message>
        <source>sedang dibuka oleh {user} di komputer {host} sejak {since}</source>
        <translation>open by {user} on computer {host} since {since}</translation>
    </message>
    <message>
        <source>Berkas {path} dibuat oleh versi lama dan perlu diperbarui, tetapi hanya dapat dibuka hanya-baca ({reason}).</source>
        <translation>File {path} was made by an older version and needs updating, but it can only be opened read-only ({reason}).</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ditemukan.</source>
        <translation>File {path} was not found.</translation>
    </message>
    <message>
        <source>{path} adalah folder, bukan berkas SOTK Planner.</source>
        <translation>{path} is a folder, not a SOTK Planner file.</translation>
    </message>
    <message>
        <source>Berkas {path} berisi teks biasa, bukan lembar kerja Excel. Pilih berkas .xlsx, .xls atau .csv.</source>
        <translation>File {path} holds plain text, not an Excel workbook. Choose an .xlsx, .xls or .csv file.</translation>
    </message>
    <message>
        <source>Berkas {path} adalah gambar atau dokumen {kind}, bukan lembar kerja Excel. Pilih berkas .xlsx, .xls atau .csv.</source>
        <translation>File {path} is a {kind} image or document, not an Excel workbook. Choose an .xlsx, .xls or .csv file.</translation>
    </message>
    <message>
        <source>Berkas {path} bukan lembar kerja Excel (isinya tidak dikenal). Pilih berkas .xlsx, .xls atau .csv.</source>
        <translation>File {path} is not an Excel workbook (its contents are unknown). Choose an .xlsx, .xls or .csv file.</translation>
    </message>
    <message>
        <source>Berkas {path} adalah arsip zip tanpa buku kerja Excel (mungkin dokumen Word atau arsip biasa).</source>
        <translation>File {path} is a zip archive without an Excel workbook (perhaps a Word document or a plain archive).</translation>
    </message>
    <message>
        <source>Berkas {path} rusak atau terpotong ({reason}). Simpan ulang dari Excel lalu coba lagi.</source>
        <translation>File {path} is damaged or truncated ({reason}). Save it again from Excel and try again.</translation>
    </message>
    <message>
        <source>Berkas {path} dilindungi kata sandi (terenkripsi). Buka di Excel, hapus kata sandinya, simpan, lalu coba lagi.</source>
        <translation>File {path} is password-protected (encrypted). Open it in Excel, remove the password, save it and try again.</translation>
    </message>
    <message>
        <source>Berkas {path} berisi {count} bagian (batas {limit}): bukan lembar kerja biasa, ditolak.</source>
        <translation>File {path} holds {count} parts (limit {limit}): not an ordinary workbook, refused.</translation>
    </message>
    <message>
        <source>Berkas {path} menyatakan bagian {part} sebesar {size} setelah diurai (batas {limit}): ditolak sebelum dibuka.</source>
        <translation>File {path} declares part {part} as {size} uncompressed (limit {limit}): refused before opening.</translation>
    </message>
    <message>
        <source>Berkas {path} menyatakan isi sebesar {size} setelah diurai (batas {limit}): ditolak sebelum dibuka.</source>
        <translation>File {path} declares {size} of contents uncompressed (limit {limit}): refused before opening.</translation>
    </message>
    <message>
        <source>Berkas CSV {path} sebesar {size} (batas {limit}); bagi menjadi beberapa berkas.</source>
        <translation>CSV file {path} is {size} (limit {limit}); split it into several files.</translation>
    </message>
    <message>
        <source>Berkas {path} memuat deklarasi DTD/entitas XML di bagian {part}; lembar kerja Excel tidak pernah memuatnya. Berkas ditolak.</source>
        <translation>File {path} carries an XML DTD/entity declaration in part {part}; Excel workbooks never do. The file is refused.</translation>
    </message>
    <message>
        <source>Berkas {path} kosong.</source>
        <translation>File {path} is empty.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibaca: {reason}</source>
        <translation>File {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Lembar &apos;{sheet}&apos; di {path} terlalu besar: {rows} baris × {columns} kolom (batas {max_rows} baris, {max_cells} sel).</source>
        <translation>Sheet &apos;{sheet}&apos; in {path} is too large: {rows} rows × {columns} columns (limit {max_rows} rows, {max_cells} cells).</translation>
    </message>
    <message>
        <source>Lembar &apos;{sheet}&apos; tidak ada di {path} (yang ada: {names}).</source>
        <translation>There is no sheet &apos;{sheet}&apos; in {path} (there are: {names}).</translation>
    </message>
    <message>
        <source>Berkas {path} lebih dari {max_rows} baris; bagi menjadi beberapa berkas.</source>
        <translation>File {path} has more than {max_rows} rows; split it into several files.</translation>
    </message>
    <message>
        <source>Berkas {path} kosong (0 bita), bukan berkas SOTK Planner yang utuh.</source>
        <translation>File {path} is empty (0 bytes), not a sound SOTK Planner file.</translation>
    </message>
    <message>
        <source>Berkas {path} bukan berkas SOTK Planner (bukan basis data SQLite).</source>
        <translation>File {path} is not a SOTK Planner file (not an SQLite database).</translation>
    </message>
    <message>
        <source>Berkas {path} terpotong atau rusak: ukurannya {size} bita, seharusnya {expected} bita. Pakai salinan cadangan.</source>
        <translation>File {path} is truncated or damaged: it has {size} bytes where {expected} are expected. Use a backup copy.</translation>
    </message>
    <message>
        <source>Berkas {path} adalah basis data SQLite, tetapi bukan berkas SOTK Planner.</source>
        <translation>File {path} is an SQLite database, but not a SOTK Planner file.</translation>
    </message>
    <message>
        <source>Berkas {path} dibuat oleh versi SOTK Planner yang lebih baru (skema {version}; versi ini mengenal sampai {known}). Perbarui program; berkas tidak diubah.</source>
        <translation>File {path} was made by a newer version of SOTK Planner (schema {version}; this version knows up to {known}). Update the program; the file was not changed.</translation>
    </message>
    <message>
        <source>Berkas {path} perlu diperbarui, tetapi salinan cadangannya tidak dapat dibuat: {reason}</source>
        <translation>File {path} needs updating, but its backup copy cannot be made: {reason}</translation>
    </message>
    <message>
        <source>Berkas {path} sedang dikunci oleh program lain. Tutup program itu lalu coba lagi.</source>
        <translation>File {path} is locked by another program. Close that program and try again.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulisi (hanya-baca).</source>
        <translation>File {path} cannot be written to (read-only).</translation>
    </message>
    <message>
        <source>Disk tempat berkas {path} penuh; perubahan tidak disimpan.</source>
        <translation>The disk holding {path} is full; the change was not saved.</translation>
    </message>
    <message>
        <source>Berkas {path} rusak dan tidak dapat dibuka. Pakai salinan cadangan.</source>
        <translation>File {path} is damaged and cannot be opened. Use a backup copy.</translation>
    </message>
    <message>
        <source>Berkas {path} bertanda SOTK Planner, tetapi versi skemanya ({version}) tidak dikenal, sehingga berkas tidak dapat diperbarui. Berkas tidak diubah.</source>
        <translation>File {path} is marked as a SOTK Planner file, but its schema version ({version}) is unknown, so it cannot be updated. The file was not changed.</translation>
    </message>
    <message>
        <source>Berkas {path} rusak: tabel {table} tidak ada (mungkin terhapus oleh program lain). Pakai salinan cadangan.</source>
        <translation>File {path} is damaged: table {table} is missing (perhaps deleted by another program). Use a backup copy.</translation>
    </message>
    <message>
        <source>Berkas {path} rusak: tabel {table} kehilangan kolom {columns}. Pakai salinan cadangan.</source>
        <translation>File {path} is damaged: table {table} has lost column(s) {columns}. Use a backup copy.</translation>
    </message>
    <message>
        <source>media penyimpanannya hanya-baca</source>
        <translation>its storage medium is read-only</translation>
    </message>
    <message>
        <source>tidak ada izin menulis berkas ini (atau berkas bertanda hanya-baca)</source>
        <translation>there is no permission to write this file (or it is marked read-only)</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulisi: {reason}.</source>
        <translation>File {path} cannot be written: {reason}.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dibuka. Periksa bahwa berkas dan foldernya ada dan dapat diakses.</source>
        <translation>File {path} cannot be opened. Check that the file and its folder exist and can be reached.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat dipakai: {reason}</source>
        <translation>File {path} cannot be used: {reason}</translation>
    </message>
    <message>
        <source>Jenis unit &apos;{value}&apos; tidak dikenal (contoh: {examples}).</source>
        <translation>Unknown kind of unit &apos;{value}&apos; (for example: {examples}).</translation>
    </message>
    <message>
        <source>Tipologi &apos;{value}&apos; tidak dikenal (tulis A, B atau C, atau Tipe A).</source>
        <translation>Unknown typology &apos;{value}&apos; (write A, B or C, or Tipe A).</translation>
    </message>
    <message>
        <source>Eselon &apos;{value}&apos; tidak dikenal (contoh: IIa, III.b, IV/a).</source>
        <translation>Unknown eselon &apos;{value}&apos; (for example: IIa, III.b, IV/a).</translation>
    </message>
    <message>
        <source>Kode urusan &apos;{code}&apos; tidak ada dalam daftar urusan resmi.</source>
        <translation>Urusan code &apos;{code}&apos; is not in the official list of urusan.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan kode urusan (contoh: 1.01;2.22).</source>
        <translation>&apos;{value}&apos; is not an urusan code (for example: 1.01;2.22).</translation>
    </message>
    <message>
        <source>Fungsi nomor {number}: {problem}</source>
        <translation>Function number {number}: {problem}</translation>
    </message>
    <message>
        <source>Kode program &apos;{code}&apos; tidak berbentuk U.BB.PP (contoh 3.27.04).</source>
        <translation>Program code &apos;{code}&apos; is not of the form U.BB.PP (for example 3.27.04).</translation>
    </message>
    <message>
        <source>Renstra dengan id {id} tidak ada.</source>
        <translation>There is no Renstra with id {id}.</translation>
    </message>
    <message>
        <source>Butir Renstra dengan id {id} tidak ada.</source>
        <translation>There is no Renstra item with id {id}.</translation>
    </message>
    <message>
        <source>Unit dengan id {id} tidak ada (mungkin sudah dihapus).</source>
        <translation>There is no unit with id {id} (it may have been deleted).</translation>
    </message>
    <message>
        <source>{unit} milik wilayah lain; Renstra-nya tidak dapat berada di bawah RPJMD ini.</source>
        <translation>{unit} belongs to another region; its Renstra cannot come under this RPJMD.</translation>
    </message>
    <message>
        <source>{unit} bukan perangkat daerah: Renstra disusun per perangkat daerah.</source>
        <translation>{unit} is not a perangkat daerah: a Renstra is drawn up per perangkat daerah.</translation>
    </message>
    <message>
        <source>{unit} sudah mempunyai Renstra untuk RPJMD ini.</source>
        <translation>{unit} already has a Renstra for this RPJMD.</translation>
    </message>
    <message>
        <source>Sasaran dengan id {id} milik RPJMD {region}, wilayah lain.</source>
        <translation>The sasaran with id {id} belongs to the RPJMD of {region}, another region.</translation>
    </message>
    <message>
        <source>Sasaran dengan id {id} tidak ada.</source>
        <translation>There is no sasaran with id {id}.</translation>
    </message>
    <message>
        <source>Sasaran &apos;{text}&apos; milik RPJMD lain dari wilayah ini.</source>
        <translation>Sasaran &apos;{text}&apos; belongs to another RPJMD of this region.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; adalah sebuah {kind}, bukan sasaran.</source>
        <translation>&apos;{text}&apos; is a {kind}, not a sasaran.</translation>
    </message>
    <message>
        <source>Sebuah program tidak berada di bawah butir lain.</source>
        <translation>A program does not come under another item.</translation>
    </message>
    <message>
        <source>Kode {code} memerlukan {parent} {parent_code} di Renstra ini; tambahkan itu lebih dulu.</source>
        <translation>Code {code} needs {parent} {parent_code} in this Renstra; add that first.</translation>
    </message>
    <message>
        <source>Induk dengan id {id} bukan butir Renstra ini.</source>
        <translation>The parent with id {id} is not an item of this Renstra.</translation>
    </message>
    <message>
        <source>{code} tidak dapat berada di bawah {parent_code}: induknya harus {wanted_code}.</source>
        <translation>{code} cannot come under {parent_code}: its parent must be {wanted_code}.</translation>
    </message>
    <message>
        <source>Unit dengan id {id} bukan bagian dari {pd}.</source>
        <translation>The unit with id {id} is not part of {pd}.</translation>
    </message>
    <message>
        <source>{code} sudah ada di Renstra {pd} untuk unit ini.</source>
        <translation>{code} is already in the Renstra of {pd} for this unit.</translation>
    </message>
    <message>
        <source>Sasaran RPJMD didukung oleh program atau kegiatan, bukan sub kegiatan.</source>
        <translation>An RPJMD sasaran is supported by a program or kegiatan, not by a sub-kegiatan.</translation>
    </message>
    <message>
        <source>Isu strategis dengan id {id} bukan isu RPJMD ini.</source>
        <translation>The strategic issue with id {id} is not an issue of this RPJMD.</translation>
    </message>
    <message>
        <source>Program prioritas dengan id {id} bukan milik RPJMD ini.</source>
        <translation>The priority program with id {id} does not belong to this RPJMD.</translation>
    </message>
    <message>
        <source>Indikator dengan id {id} bukan indikator isu ini.</source>
        <translation>The indicator with id {id} is not an indicator of this issue.</translation>
    </message>
    <message>
        <source>{unit} bukan Asisten atau Staf Ahli.</source>
        <translation>{unit} is not an Asisten or a Staf Ahli.</translation>
    </message>
    <message>
        <source>{unit} berada di edisi struktur lain.</source>
        <translation>{unit} is in another edition of the structure.</translation>
    </message>
    <message>
        <source>{unit} bukan perangkat daerah.</source>
        <translation>{unit} is not a perangkat daerah.</translation>
    </message>
    <message>
        <source>Program prioritas dengan id {id} bukan program RPJMD ini.</source>
        <translation>Priority program {id} is not a program of this RPJMD.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; bukan bilangan bulat.</source>
        <translation>{label}: &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>Kategori jabatan &apos;{value}&apos; tidak dikenal (JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional).</source>
        <translation>Unknown position category &apos;{value}&apos; (JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional).</translation>
    </message>
    <message>
        <source>Jenjang &apos;{value}&apos; tidak dikenal (Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, Penyelia).</source>
        <translation>Unknown level &apos;{value}&apos; (Ahli Pertama, Ahli Muda, Ahli Madya, Ahli Utama, Pemula, Terampil, Mahir, Penyelia).</translation>
    </message>
    <message>
        <source>Jabatan struktural &apos;{value}&apos; perlu eselonnya untuk menentukan kategorinya (JPT, administrator, pengawas).</source>
        <translation>Structural position &apos;{value}&apos; needs its eselon to tell its category (JPT, administrator, pengawas).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan standar kompetensi (tulis kode: tingkat, misalnya M.01: 3).</source>
        <translation>&apos;{value}&apos; is not a competency standard (write code: level, for example M.01: 3).</translation>
    </message>
    <message>
        <source>{label}: {value} di luar batas {low}–{high}.</source>
        <translation>{label}: {value} is outside {low}–{high}.</translation>
    </message>
    <message>
        <source>Jabatan &apos;{title}&apos; di unit {unit} muncul dua kali di lembar ini (juga di baris {row}).</source>
        <translation>Position &apos;{title}&apos; in unit {unit} appears twice in this sheet (also in row {row}).</translation>
    </message>
    <message>
        <source>Unit jabatan ini tidak tertulis: isi kolom Unit, atau sebutkan perangkat daerah tujuan (--into ID unit).</source>
        <translation>This position&apos;s unit is not written: fill in the Unit column, or name the perangkat daerah to import into (--into UNIT_ID).</translation>
    </message>
    <message>
        <source>Perangkat daerah &apos;{value}&apos; tidak ada di {scope}.</source>
        <translation>There is no perangkat daerah &apos;{value}&apos; in {scope}.</translation>
    </message>
    <message>
        <source>Kompetensi teknis {code} ({name}) belum ada di kamus: ditambahkan.</source>
        <translation>Technical competency {code} ({name}) is not in the dictionary yet: it is added.</translation>
    </message>
    <message>
        <source>Kolom &apos;{key}&apos; tidak dikenal.</source>
        <translation>Unknown field &apos;{key}&apos;.</translation>
    </message>
    <message>
        <source>Jabatan fungsional perlu jenjangnya (misalnya ahli pertama).</source>
        <translation>A functional position needs its level (for example ahli pertama).</translation>
    </message>
    <message>
        <source>Jabatan dengan id {id} tidak ada.</source>
        <translation>There is no position with id {id}.</translation>
    </message>
    <message>
        <source>Jabatan &apos;{title}&apos; sudah ada di unit ini: ubah kebutuhannya, bukan menambah baris.</source>
        <translation>Position &apos;{title}&apos; already exists in this unit: change its need instead of adding a row.</translation>
    </message>
    <message>
        <source>Jabatan &apos;{title}&apos; tidak dapat dihapus: masih dipegang {count} pegawai. Pindahkan mereka dulu.</source>
        <translation>Position &apos;{title}&apos; cannot be deleted: {count} staff still hold it. Move them first.</translation>
    </message>
    <message>
        <source>Kompetensi &apos;{code}&apos; tidak ada dalam kamus kompetensi.</source>
        <translation>Competency &apos;{code}&apos; is not in the competency dictionary.</translation>
    </message>
    <message>
        <source>Kode &apos;{code}&apos; tidak berbentuk huruf lalu angka, misalnya T.09 atau TK.1.2.</source>
        <translation>Code &apos;{code}&apos; is not letters followed by numbers, such as T.09 or TK.1.2.</translation>
    </message>
    <message>
        <source>Kode &apos;{code}&apos; sudah dipakai kompetensi manajerial atau sosial kultural.</source>
        <translation>Code &apos;{code}&apos; is already used by a managerial or socio-cultural competency.</translation>
    </message>
    <message>
        <source>Kode &apos;{code}&apos; sudah dipakai: {name}.</source>
        <translation>Code &apos;{code}&apos; is already in use: {name}.</translation>
    </message>
    <message>
        <source>Kompetensi &apos;{code}&apos; masih dipakai {count} standar atau asesmen.</source>
        <translation>Competency &apos;{code}&apos; is still used by {count} standards or assessments.</translation>
    </message>
    <message>
        <source>Sudah ada unit lain bernama &apos;{name}&apos; di bawah induk yang sama.</source>
        <translation>Another unit under the same parent is already called &apos;{name}&apos;.</translation>
    </message>
    <message>
        <source>Induk &apos;{name}&apos; berada di edisi lain.</source>
        <translation>Parent &apos;{name}&apos; belongs to another edition.</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; tidak dapat dipindah ke bawah dirinya sendiri atau sub-unitnya.</source>
        <translation>Unit &apos;{name}&apos; cannot be moved below itself or one of its sub-units.</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; tidak dapat dihapus: {staff} pegawai dan {assets} aset masih tercatat pada unit ini atau sub-unitnya. Pindahkan mereka dulu.</source>
        <translation>Unit &apos;{name}&apos; cannot be deleted: {staff} staff and {assets} assets still belong to it or its sub-units. Move them first.</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tipologi</source>
        <translation>Typology</translation>
    </message>
    <message>
        <source>Jabatan kepala</source>
        <translation>Head&apos;s title</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dasar hukum</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Nomor dasar hukum</source>
        <translation>Legal basis number</translation>
    </message>
    <message>
        <source>Tanggal dasar hukum</source>
        <translation>Legal basis date</translation>
    </message>
    <message>
        <source>Pernyataan fungsi</source>
        <translation>Function statement</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>Kode program</source>
        <translation>Program code</translation>
    </message>
    <message>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Tanggal serah terima</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>Nomor BAST / rujukan</source>
        <translation>Handover record (BAST) / reference</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
    <message>
        <source>Tahun perolehan</source>
        <translation>Year acquired</translation>
    </message>
    <message>
        <source>Nilai perolehan</source>
        <translation>Acquisition value</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Luas</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Gelar depan</source>
        <translation>Titles before</translation>
    </message>
    <message>
        <source>Gelar belakang</source>
        <translation>Titles after</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Nama jabatan</source>
        <translation>Position title</translation>
    </message>
    <message>
        <source>Indikator</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Indikator kinerja</source>
        <translation>Performance indicator</translation>
    </message>
    <message>
        <source>Pagu indikatif (Rp)</source>
        <translation>Indicative ceiling (Rp)</translation>
    </message>
    <message>
        <source>Target kondisi akhir</source>
        <translation>End-of-period target</translation>
    </message>
    <message>
        <source>Rp kondisi akhir</source>
        <translation>End-of-period Rp</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Goal (tujuan)</translation>
    </message>
    <message>
        <source>Indikator sasaran</source>
        <translation>Target indicator</translation>
    </message>
    <message>
        <source>Data capaian awal</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Sumber dana</source>
        <translation>Source of funds</translation>
    </message>
    <message>
        <source>Tanggal lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>TMT pangkat</source>
        <translation>Rank since</translation>
    </message>
    <message>
        <source>TMT jabatan</source>
        <translation>Position since</translation>
    </message>
    <message>
        <source>Tanggal sertifikat</source>
        <translation>Certificate date</translation>
    </message>
    <message>
        <source>Usulan diterima</source>
        <translation>Proposals accepted</translation>
    </message>
    <message>
        <source>Tindakan penataan</source>
        <translation>Restructuring action</translation>
    </message>
    <message>
        <source>Unit tujuan</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <source>Jabatan tujuan</source>
        <translation>Target position</translation>
    </message>
    <message>
        <source>Sub-unit</source>
        <translation>Sub-units</translation>
    </message>
    <message>
        <source>Edisi</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Dari edisi</source>
        <translation>From edition</translation>
    </message>
    <message>
        <source>Tanggal berlaku</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>Dasar hukum yang direncanakan</source>
        <translation>Planned legal basis</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Rumusan</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Visi</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Awal periode</source>
        <translation>Period start</translation>
    </message>
    <message>
        <source>Akhir periode</source>
        <translation>Period end</translation>
    </message>
    <message>
        <source>RPJMD</source>
        <translation>RPJMD</translation>
    </message>
    <message>
        <source>Renstra</source>
        <translation>Renstra</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Target (sasaran)</translation>
    </message>
    <message>
        <source>Rumpun</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>Angka</source>
        <translation>Numeric</translation>
    </message>
    <message>
        <source>Pemilik</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Pagu indikatif</source>
        <translation>Indicative ceiling</translation>
    </message>
    <message>
        <source>Kebutuhan</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <source>Potensi</source>
        <translation>Potential</translation>
    </message>
    <message>
        <source>Urutan</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Versi skema</source>
        <translation>Schema version</translation>
    </message>
    <message>
        <source>Benih acak</source>
        <translation>Random seed</translation>
    </message>
    <message>
        <source>Skala</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>{label} harus berisi sedikitnya satu huruf atau angka yang terlihat.</source>
        <translation>{label} must contain at least one visible letter or digit.</translation>
    </message>
    <message>
        <source>{label}: tahun {year} di luar rentang {earliest}–{latest}.</source>
        <translation>{label}: the year {year} is outside {earliest}–{latest}.</translation>
    </message>
    <message>
        <source>{label} tidak boleh kosong.</source>
        <translation>{label} must not be empty.</translation>
    </message>
    <message>
        <source>{label} terlalu panjang ({length} karakter; paling banyak {max}).</source>
        <translation>{label} is too long ({length} characters; at most {max}).</translation>
    </message>
    <message>
        <source>{label}: karakter ke-{position} rusak (separuh pasangan surrogate U+{code}); ketik ulang teksnya.</source>
        <translation>{label}: character {position} is broken (half of a surrogate pair, U+{code}); type the text again.</translation>
    </message>
    <message>
        <source>{label}: karakter ke-{position} adalah karakter kendali tak terlihat (U+{code}); hapus karakter itu.</source>
        <translation>{label}: character {position} is an invisible control character (U+{code}); remove it.</translation>
    </message>
    <message>
        <source>{label} &apos;{value}&apos; memuat angka yang bukan 0–9 ({digits}); ketik ulang dengan angka biasa.</source>
        <translation>{label} &apos;{value}&apos; holds digits other than 0–9 ({digits}); type it again with ordinary digits.</translation>
    </message>
    <message>
        <source>{label}: nilai &apos;{value}&apos; tidak dikenal; pilih salah satu dari {allowed}.</source>
        <translation>{label}: unknown value &apos;{value}&apos;; choose one of {allowed}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; bukan tanggal (tulis TTTT-BB-HH).</source>
        <translation>{label}: &apos;{value}&apos; is not a date (write YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Penggabungan urusan</source>
        <translation>Combining urusan</translation>
    </message>
    <message>
        <source>{pd} mengemban {count} urusan ({codes}); paling banyak {max}.</source>
        <translation>{pd} carries {count} urusan ({codes}); at most {max}.</translation>
    </message>
    <message>
        <source>Pisahkan urusan yang berlebih ke perangkat daerah lain yang serumpun.</source>
        <translation>Move the extra urusan to another body of the same family.</translation>
    </message>
    <message>
        <source>{pd} menggabungkan urusan dari rumpun berbeda ({families}).</source>
        <translation>{pd} combines urusan of different families ({families}).</translation>
    </message>
    <message>
        <source>Satu dinas hanya menggabungkan urusan dari satu rumpun; pindahkan urusan rumpun lain ke dinas yang sesuai.</source>
        <translation>A dinas only combines urusan of one family; move the urusan of other families to a fitting dinas.</translation>
    </message>
    <message>
        <source>Urusan tanpa perangkat daerah</source>
        <translation>Urusan without a body</translation>
    </message>
    <message>
        <source>Urusan wajib {code} {urusan} tidak diemban perangkat daerah mana pun di {region}.</source>
        <translation>Mandatory urusan {code} {urusan} is carried by no body in {region}.</translation>
    </message>
    <message>
        <source>Tetapkan perangkat daerah yang mengemban urusan ini (tambahkan pada dinas yang serumpun, paling banyak 3 urusan).</source>
        <translation>Assign a body to carry this urusan (add it to a dinas of the same family, at most 3 urusan).</translation>
    </message>
    <message>
        <source>Urusan pilihan {code} {urusan} ditandai relevan untuk {region}, tetapi tidak diemban perangkat daerah mana pun.</source>
        <translation>Optional urusan {code} {urusan} is marked relevant for {region}, but no body carries it.</translation>
    </message>
    <message>
        <source>Tetapkan perangkat daerah yang mengembannya, atau hapus tanda relevan pada wilayah ini.</source>
        <translation>Assign a body to carry it, or unmark it as relevant for this region.</translation>
    </message>
    <message>
        <source>Fungsi tumpang tindih</source>
        <translation>Overlapping functions</translation>
    </message>
    <message>
        <source>{unit_a} dan {unit_b} menjalankan pekerjaan yang sama dalam urusan {code} (kemiripan {score:.0%}): “{text_a}” dan “{text_b}”.</source>
        <translation>{unit_a} and {unit_b} do the same work under urusan {code} (similarity {score:.0%}): “{text_a}” and “{text_b}”.</translation>
    </message>
    <message>
        <source>Rumusan fungsi {unit_a} dan {unit_b} sejajar (kemiripan {score:.0%}): “{text_a}” dan “{text_b}”.</source>
        <translation>The functions of {unit_a} and {unit_b} are worded in parallel (similarity {score:.0%}): “{text_a}” and “{text_b}”.</translation>
    </message>
    <message>
        <source>Satu urusan untuk satu pekerjaan: tetapkan satu perangkat daerah pelaksananya, lalu ubah atau hapus pernyataan fungsi di unit yang lain sebelum struktur ditetapkan.</source>
        <translation>One urusan, one body doing the work: choose the body that carries it out, then change or remove the function statement of the other unit before the structure is enacted.</translation>
    </message>
    <message>
        <source>Bila satu unit mengoordinasikan, merencanakan atau membina pekerjaan yang dilaksanakan unit lain, tuliskan peran itu dengan jelas (misalnya “pengoordinasian …”) agar rumusannya tidak sejajar; bila keduanya melaksanakan pekerjaan yang sama, tetapkan satu pelaksana. Bila pembagian ini disengaja, terima temuan ini dengan alasannya.</source>
        <translation>If one unit coordinates, plans or guides work the other carries out, say so in its wording (for example “pengoordinasian …”) so the statements are no longer parallel; if both carry out the same work, choose one. If the division is deliberate, accept this finding with the reason.</translation>
    </message>
    <message>
        <source>Kerapian data</source>
        <translation>Data hygiene</translation>
    </message>
    <message>
        <source>Praktik penyusunan Perkada tentang kedudukan, susunan organisasi, tugas dan fungsi</source>
        <translation>Practice in drafting the Perkada on position, organisation, tasks and functions</translation>
    </message>
    <message>
        <source>Edisi {edition} belum berisi unit apa pun.</source>
        <translation>Edition {edition} has no units yet.</translation>
    </message>
    <message>
        <source>Tambahkan perangkat daerah dan unitnya, atau salin edisi yang berlaku.</source>
        <translation>Add bodies and their units, or copy the edition in force.</translation>
    </message>
    <message>
        <source>{unit} belum memiliki pernyataan fungsi.</source>
        <translation>{unit} has no function statements yet.</translation>
    </message>
    <message>
        <source>Tuliskan fungsi unit ini sesuai Perkada.</source>
        <translation>Write this unit&apos;s functions as in the Perkada.</translation>
    </message>
    <message>
        <source>{unit} belum mengemban urusan apa pun.</source>
        <translation>{unit} carries no urusan yet.</translation>
    </message>
    <message>
        <source>Pilih urusan yang diemban perangkat daerah ini.</source>
        <translation>Choose the urusan this body carries.</translation>
    </message>
    <message>
        <source>Eselon kepala {unit} ({eselon}) tidak lazim untuk {kind} (biasanya {low}–{high}).</source>
        <translation>The head&apos;s eselon of {unit} ({eselon}) is unusual for a {kind} (usually {low}–{high}).</translation>
    </message>
    <message>
        <source>Periksa eselon kepala unit ini, atau jenis unitnya.</source>
        <translation>Check the head&apos;s eselon of this unit, or its kind.</translation>
    </message>
    <message>
        <source>{count} unit di bawah {where} bernama sama: {name}.</source>
        <translation>{count} units under {where} have the same name: {name}.</translation>
    </message>
    <message>
        <source>Beri setiap unit nama yang berbeda.</source>
        <translation>Give each unit a different name.</translation>
    </message>
    <message>
        <source>Tabel aturan {path} tidak dapat dibaca: {reason}</source>
        <translation>Rule table {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Tabel aturan {path} salah tulis: {reason}. Pemeriksaan lain tetap berjalan.</source>
        <translation>Rule table {path} has a syntax error: {reason}. The other checks still run.</translation>
    </message>
    <message>
        <source>Tabel aturan {path}, baris {line}: {reason}. Baris itu dilewati.</source>
        <translation>Rule table {path}, line {line}: {reason}. That row was skipped.</translation>
    </message>
    <message>
        <source>Batas dan susunan struktur</source>
        <translation>Structural limits and placement</translation>
    </message>
    <message>
        <source>{unit} (tipologi {typology}) memiliki {count} {child}; batasnya {max}.{unverified}</source>
        <translation>{unit} (typology {typology}) has {count} {child}; the limit is {max}.{unverified}</translation>
    </message>
    <message>
        <source> (Angka batas dari praktik; dasar hukumnya belum diverifikasi.)</source>
        <translation> (The limit comes from practice; its legal basis has not been verified.)</translation>
    </message>
    <message>
        <source>Gabungkan atau hapus unit yang berlebih, atau periksa tipologi perangkat daerah ini.</source>
        <translation>Merge or remove the extra units, or check this body&apos;s typology.</translation>
    </message>
    <message>
        <source>{unit} tidak memiliki {child} {name}, yang wajib ada.</source>
        <translation>{unit} has no {child} {name}, which is mandatory.</translation>
    </message>
    <message>
        <source>Tambahkan unit itu di bawah {unit}.</source>
        <translation>Add that unit under {unit}.</translation>
    </message>
    <message>
        <source>puncak struktur</source>
        <translation>the top of the structure</translation>
    </message>
    <message>
        <source>{kind} {unit} berada langsung di bawah {where}; tempatnya di bawah: {allowed}.</source>
        <translation>{kind} {unit} stands directly under {where}; it belongs under: {allowed}.</translation>
    </message>
    <message>
        <source>Pindahkan unit ini ke induk yang sesuai, atau ubah jenisnya bila jenisnya keliru.</source>
        <translation>Move this unit to a fitting parent, or change its kind if the kind is wrong.</translation>
    </message>
    <message>
        <source>Urusan diemban dua perangkat daerah</source>
        <translation>Urusan carried by two bodies</translation>
    </message>
    <message>
        <source>{pd_a} dan {pd_b} sama-sama mengemban urusan {code} {urusan} dan menjalankan program yang sama ({programs}).</source>
        <translation>{pd_a} and {pd_b} both carry urusan {code} {urusan} and run the same programme ({programs}).</translation>
    </message>
    <message>
        <source>Satu program dijalankan satu perangkat daerah. Tetapkan siapa yang menjalankannya dan hapus program itu dari yang lain.</source>
        <translation>One programme is run by one body. Decide who runs it and remove it from the other.</translation>
    </message>
    <message>
        <source>{pd_a} dan {pd_b} sama-sama mengemban urusan {code} {urusan}, tidak menyebut programnya, dan tugas fungsinya tumpang tindih.</source>
        <translation>{pd_a} and {pd_b} both carry urusan {code} {urusan}, name no programmes, and their functions overlap.</translation>
    </message>
    <message>
        <source>Bagi urusan ini menurut program nomenklatur (U.BB.PP) dan catat program tiap perangkat daerah, atau serahkan urusan ini ke satu perangkat daerah.</source>
        <translation>Split this urusan by the nomenclature&apos;s programmes (U.BB.PP) and record each body&apos;s programmes, or give the urusan to one body.</translation>
    </message>
    <message>
        <source>{pd_a} dan {pd_b} sama-sama mengemban urusan {code} {urusan}. Bila pembagian ini disengaja, catat program masing-masing.</source>
        <translation>{pd_a} and {pd_b} both carry urusan {code} {urusan}. If the split is deliberate, record the programmes of each.</translation>
    </message>
    <message>
        <source>Isi kolom Program (U.BB.PP) pada kedua perangkat daerah, sehingga terlihat bahwa mereka menjalankan program yang berbeda.</source>
        <translation>Fill in the Programs field (U.BB.PP) of both bodies, so it shows they run different programmes.</translation>
    </message>
    <message>
        <source>Kebutuhan dan bezetting pegawai</source>
        <translation>Staff needed and in post</translation>
    </message>
    <message>
        <source>Analisis jabatan dan analisis beban kerja (anjab/ABK)</source>
        <translation>Job analysis and workload analysis (anjab/ABK)</translation>
    </message>
    <message>
        <source>{pd}: {positions} jabatan belum terisi penuh; kurang {missing} orang dari kebutuhan {needed}.</source>
        <translation>{pd}: {positions} positions are not fully filled; {missing} people short of the {needed} needed.</translation>
    </message>
    <message>
        <source>{pd}: {over_positions} jabatan terisi melebihi kebutuhan; lebih {extra} orang.</source>
        <translation>{pd}: {over_positions} positions are filled beyond the need; {extra} people over.</translation>
    </message>
    <message>
        <source>{pd}: {positions} jabatan belum terisi penuh (kurang {missing} orang dari kebutuhan {needed}); {over_positions} jabatan terisi melebihi kebutuhan (lebih {extra} orang).</source>
        <translation>{pd}: {positions} positions are not fully filled ({missing} people short of the {needed} needed); {over_positions} positions are filled beyond the need ({extra} people over).</translation>
    </message>
    <message>
        <source>Isi jabatan yang kosong dengan pegawai yang berlebih, lewat mutasi, promosi atau usulan formasi; atau tinjau ulang kebutuhannya dalam anjab/ABK.</source>
        <translation>Fill the vacant positions with the staff over the need, by transfer, promotion or a formation request; or review the need in the anjab/ABK.</translation>
    </message>
    <message>
        <source>{pd}: {count} pegawai belum memegang jabatan.</source>
        <translation>{pd}: {count} staff hold no position yet.</translation>
    </message>
    <message>
        <source>Tetapkan jabatan setiap pegawai, lewat daftar pegawai unit itu.</source>
        <translation>Assign each person a position, from that unit&apos;s staff list.</translation>
    </message>
    <message>
        <source>NIP &apos;{value}&apos; berbentuk angka ilmiah dari lembar kerja: digitnya sudah hilang. Ketik ulang dari SK.</source>
        <translation>NIP &apos;{value}&apos; is a spreadsheet&apos;s scientific notation: its digits are lost. Type it again from the decree.</translation>
    </message>
    <message>
        <source>NIP tidak boleh kosong.</source>
        <translation>The NIP must not be empty.</translation>
    </message>
    <message>
        <source>NIP {value} tersimpan sebagai angka di lembar kerja: angka hanya menyimpan 15 digit dengan pasti, jadi digit terakhir NIP sudah hilang. Format kolom NIP sebagai Teks lalu ketik ulang dari SK.</source>
        <translation>NIP {value} is stored as a number in the sheet: a number keeps only 15 digits exactly, so the last digits of the NIP are lost. Format the NIP column as Text and type it again from the decree (SK).</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; bukan tanggal (contoh: 15 Maret 1972, 01-04-2021).</source>
        <translation>{label}: &apos;{value}&apos; is not a date (for example 15 Maret 1972, 01-04-2021).</translation>
    </message>
    <message>
        <source>{label}: tanggal {date} tidak ada.</source>
        <translation>{label}: the date {date} does not exist.</translation>
    </message>
    <message>
        <source>Golongan &apos;{value}&apos; tidak dikenal (contoh: III/a, III-a, IIIa atau Penata Muda).</source>
        <translation>Rank &apos;{value}&apos; is not known (for example III/a, III-a, IIIa or Penata Muda).</translation>
    </message>
    <message>
        <source>Kondisi &apos;{value}&apos; tidak dikenal (tulis B/Baik, KB/Kurang Baik atau RB/Rusak Berat).</source>
        <translation>Condition &apos;{value}&apos; is not known (write B/Baik, KB/Kurang Baik or RB/Rusak Berat).</translation>
    </message>
    <message>
        <source>Status &apos;{value}&apos; tidak dikenal (tulis PNS atau PPPK).</source>
        <translation>Status &apos;{value}&apos; is not known (write PNS or PPPK).</translation>
    </message>
    <message>
        <source>Tahun &apos;{value}&apos; bukan tahun (contoh: 2012).</source>
        <translation>Year &apos;{value}&apos; is not a year (for example 2012).</translation>
    </message>
    <message>
        <source>NIP &apos;{value}&apos; hanya boleh berisi angka (spasi boleh).</source>
        <translation>NIP &apos;{value}&apos; may only contain digits (spaces allowed).</translation>
    </message>
    <message>
        <source>NIP &apos;{value}&apos; harus 18 angka (ada {count}).</source>
        <translation>NIP &apos;{value}&apos; must be 18 digits (it has {count}).</translation>
    </message>
    <message>
        <source>NIP {nip}: tanggal lahir {date} tidak ada.</source>
        <translation>NIP {nip}: birth date {date} does not exist.</translation>
    </message>
    <message>
        <source>NIP {nip}: tahun lahir {year} tidak masuk akal.</source>
        <translation>NIP {nip}: birth year {year} is not plausible.</translation>
    </message>
    <message>
        <source>NIP {nip}: bulan TMT CPNS {month} tidak ada.</source>
        <translation>NIP {nip}: appointment month {month} does not exist.</translation>
    </message>
    <message>
        <source>NIP {nip}: TMT CPNS {tmt} sebelum ulang tahun ke-18 ({birthday}).</source>
        <translation>NIP {nip}: appointment {tmt} is before the 18th birthday ({birthday}).</translation>
    </message>
    <message>
        <source>NIP {nip}: TMT CPNS {tmt} masih di masa depan.</source>
        <translation>NIP {nip}: appointment {tmt} is in the future.</translation>
    </message>
    <message>
        <source>NIP {nip}: angka ke-15 (jenis kelamin) harus 1 atau 2, bukan {digit}.</source>
        <translation>NIP {nip}: digit 15 (gender) must be 1 or 2, not {digit}.</translation>
    </message>
    <message>
        <source>NIP {nip}: nomor urut (angka 16–18) harus mulai dari 001.</source>
        <translation>NIP {nip}: the serial (digits 16–18) starts at 001.</translation>
    </message>
    <message>
        <source>Pegawai dengan id {id} tidak ada.</source>
        <translation>There is no staff member with id {id}.</translation>
    </message>
    <message>
        <source>{label}: &apos;{value}&apos; harus 1, 2 atau 3.</source>
        <translation>{label}: &apos;{value}&apos; must be 1, 2 or 3.</translation>
    </message>
    <message>
        <source>Golongan &apos;{value}&apos; tidak dikenal untuk {status} (contoh: {example}).</source>
        <translation>Rank &apos;{value}&apos; is unknown for {status} (for example {example}).</translation>
    </message>
    <message>
        <source>Jabatan &apos;{title}&apos; milik wilayah lain.</source>
        <translation>Position &apos;{title}&apos; belongs to another region.</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; milik wilayah lain.</source>
        <translation>Unit &apos;{name}&apos; belongs to another region.</translation>
    </message>
    <message>
        <source>NIP {nip} sudah dipakai oleh {name}.</source>
        <translation>NIP {nip} is already used by {name}.</translation>
    </message>
    <message>
        <source>{count} pegawai yang akan dipindah sudah tidak ada.</source>
        <translation>{count} of the people to move no longer exist.</translation>
    </message>
    <message>
        <source>Pegawai dari wilayah yang berbeda tidak dapat dipindah bersama.</source>
        <translation>Staff of different regions cannot be moved together.</translation>
    </message>
    <message>
        <source>{count} pegawai yang akan dihapus sudah tidak ada.</source>
        <translation>{count} of the people to remove no longer exist.</translation>
    </message>
    <message>
        <source>Kompetensi &apos;{code}&apos; tercatat dua kali dengan tanggal asesmen yang sama ({date}).</source>
        <translation>Competency &apos;{code}&apos; is recorded twice with the same assessment date ({date}).</translation>
    </message>
    <message>
        <source>Aset dengan id {id} tidak ada.</source>
        <translation>There is no asset with id {id}.</translation>
    </message>
    <message>
        <source>Kode barang &apos;{value}&apos; bukan kode aset tetap: dua tingkat pertama harus 1.3 dan tingkat ketiga 1 sampai 6 (KIB A–F).</source>
        <translation>Item code &apos;{value}&apos; is not a fixed-asset code: the first two levels must be 1.3 and the third 1 to 6 (KIB A–F).</translation>
    </message>
    <message>
        <source>Kode barang &apos;{value}&apos; tidak berbentuk 7 tingkat seperti 1.3.2.02.01.01.004.</source>
        <translation>Item code &apos;{value}&apos; does not have 7 levels like 1.3.2.02.01.01.004.</translation>
    </message>
    <message>
        <source>Kode barang &apos;{value}&apos; termasuk KIB {expected}, bukan KIB {kib}.</source>
        <translation>Item code &apos;{value}&apos; belongs to KIB {expected}, not KIB {kib}.</translation>
    </message>
    <message>
        <source>Tahun perolehan &apos;{value}&apos; bukan tahun.</source>
        <translation>Acquisition year &apos;{value}&apos; is not a year.</translation>
    </message>
    <message>
        <source>Tahun perolehan {value} masih di masa depan.</source>
        <translation>Acquisition year {value} is in the future.</translation>
    </message>
    <message>
        <source>Tahun perolehan {value} tidak masuk akal.</source>
        <translation>Acquisition year {value} is not plausible.</translation>
    </message>
    <message>
        <source>Luas &apos;{value}&apos; bukan angka.</source>
        <translation>Area &apos;{value}&apos; is not a number.</translation>
    </message>
    <message>
        <source>Luas tidak boleh negatif ({value}).</source>
        <translation>Area cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>Nilai perolehan tidak boleh negatif ({value}).</source>
        <translation>Acquisition value cannot be negative ({value}).</translation>
    </message>
    <message>
        <source>Nilai &apos;{value}&apos; terlalu besar untuk dicatat.</source>
        <translation>Value &apos;{value}&apos; is too large to record.</translation>
    </message>
    <message>
        <source>Nilai &apos;{value}&apos; bukan jumlah rupiah (contoh: Rp 1.250.000,00).</source>
        <translation>Value &apos;{value}&apos; is not a rupiah amount (example: Rp 1.250.000,00).</translation>
    </message>
    <message>
        <source>{count} aset yang akan dihapus sudah tidak ada.</source>
        <translation>{count} of the assets to remove no longer exist.</translation>
    </message>
    <message>
        <source>Tanggal serah terima {value} masih di masa depan.</source>
        <translation>The handover date {value} is in the future.</translation>
    </message>
    <message>
        <source>{count} aset yang akan dipindah sudah tidak ada.</source>
        <translation>{count} of the assets to move no longer exist.</translation>
    </message>
    <message>
        <source>{count} aset tercatat di wilayah lain; aset hanya dapat dipindah ke unit di wilayahnya sendiri.</source>
        <translation>{count} assets are recorded in another region; assets can only move to a unit in their own region.</translation>
    </message>
    <message>
        <source>Aset yang dipilih sudah dipegang {unit}: tidak ada yang dipindah.</source>
        <translation>The selected assets are already held by {unit}: nothing was moved.</translation>
    </message>
    <message>
        <source>Aset di luar edisi yang berlaku</source>
        <translation>Assets outside the edition in force</translation>
    </message>
    <message>
        <source>Permendagri 19/2016 (alih status penggunaan barang milik daerah)</source>
        <translation>Permendagri 19/2016 (transfer of use of regional property)</translation>
    </message>
    <message>
        <source>{count} aset masih tercatat pada {units} unit edisi &apos;{edition}&apos; ({status}), bukan pada edisi yang berlaku.</source>
        <translation>{count} assets are still recorded on {units} units of edition &apos;{edition}&apos; ({status}), not on the edition in force.</translation>
    </message>
    <message>
        <source>Pindahkan aset itu ke unit edisi yang berlaku (alih status penggunaan, dengan BAST).</source>
        <translation>Move those assets to units of the edition in force (transfer of use, with a handover record).</translation>
    </message>
    <message>
        <source>Nilai perolehan tidak boleh kosong.</source>
        <translation>Acquisition value cannot be empty.</translation>
    </message>
    <message>
        <source>Nilai &apos;{value}&apos; bisa dibaca dua cara: tulis ribuan dengan titik (Rp 1.500) dan sen dengan koma (Rp 1,50).</source>
        <translation>Value &apos;{value}&apos; can be read two ways: write thousands with a dot (Rp 1.500) and sen with a comma (Rp 1,50).</translation>
    </message>
    <message>
        <source>Nilai &apos;{value}&apos; punya lebih dari dua angka sen.</source>
        <translation>Value &apos;{value}&apos; has more than two decimal digits.</translation>
    </message>
    <message>
        <source>Bagan struktur organisasi</source>
        <translation>Organisation chart</translation>
    </message>
    <message>
        <source>Daftar unit dan tugas fungsi</source>
        <translation>Units and their functions</translation>
    </message>
    <message>
        <source>Struktur organisasi</source>
        <translation>Organisation structure</translation>
    </message>
    <message>
        <source>Jabatan dan standar kompetensi</source>
        <translation>Positions and competency standards</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Aset (KIB)</source>
        <translation>Assets (KIB)</translation>
    </message>
    <message>
        <source>Temuan pemeriksaan</source>
        <translation>Check findings</translation>
    </message>
    <message>
        <source>Kesesuaian jabatan-pegawai (JPM)</source>
        <translation>Job-person match (JPM)</translation>
    </message>
    <message>
        <source>Renstra perangkat daerah</source>
        <translation>Strategic plan (Renstra) of a regional office</translation>
    </message>
    <message>
        <source>Semua daftar</source>
        <translation>All lists</translation>
    </message>
    <message>
        <source>Berkas ini belum punya wilayah; tidak ada yang diekspor.</source>
        <translation>This file has no region yet; nothing was exported.</translation>
    </message>
    <message>
        <source>Renstra diekspor per perangkat daerah: sebutkan unit perangkat daerahnya (--unit ID).</source>
        <translation>A Renstra is exported per regional office: name the office&apos;s unit (--unit ID).</translation>
    </message>
    <message>
        <source>{pd} belum mempunyai Renstra.</source>
        <translation>{pd} has no Renstra yet.</translation>
    </message>
    <message>
        <source>Jenis ekspor &apos;{kind}&apos; tidak dikenal (pilih dari {kinds}).</source>
        <translation>Unknown export kind &apos;{kind}&apos; (choose from {kinds}).</translation>
    </message>
    <message>
        <source>Kompetensi dan kebutuhan pegawai</source>
        <translation>Competencies and staffing needs</translation>
    </message>
    <message>
        <source>Daftar aset (KIB)</source>
        <translation>Asset register (KIB)</translation>
    </message>
    <message>
        <source>Peta sinergi program perangkat daerah</source>
        <translation>Synergy map of the regional agencies&apos; programs</translation>
    </message>
    <message>
        <source>Pohon kinerja (cascading RPJMD)</source>
        <translation>Performance tree (RPJMD cascade)</translation>
    </message>
    <message>
        <source>Bahan rapat</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <source>Penataan kelembagaan (draf)</source>
        <translation>Restructuring (draft)</translation>
    </message>
    <message>
        <source>Panduan pengguna</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>Laporan ditulis sebagai PDF: nama berkasnya harus berakhiran .pdf ({path}).</source>
        <translation>Reports are written as PDF: the file name must end in .pdf ({path}).</translation>
    </message>
    <message>
        <source>{path} adalah berkas data SOTK, bukan PDF: laporan tidak ditulis di atasnya.</source>
        <translation>{path} is a SOTK data file, not a PDF: the report was not written over it.</translation>
    </message>
    <message>
        <source>Laporan {kind} dibuat dari berkas SOTK: sebutkan berkasnya.</source>
        <translation>The {kind} report is made from a SOTK file: name the file.</translation>
    </message>
    <message>
        <source>Laporan {path} tidak dapat ditulis: {reason}</source>
        <translation>Report {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Edisi &apos;{name}&apos; belum punya unit; tidak ada bagan untuk dicetak.</source>
        <translation>Edition &apos;{name}&apos; has no units yet; there is no chart to print.</translation>
    </message>
    <message>
        <source>Berkas ini punya {count} wilayah; pilih satu wilayah atau unit.</source>
        <translation>This file has {count} regions; choose one region or unit.</translation>
    </message>
    <message>
        <source>Menata bagan</source>
        <translation>Laying out the chart</translation>
    </message>
    <message>
        <source>Menggambar</source>
        <translation>Drawing</translation>
    </message>
    <message>
        <source>Menyusun daftar unit</source>
        <translation>Listing the units</translation>
    </message>
    <message>
        <source>Menghitung JPM</source>
        <translation>Computing JPM</translation>
    </message>
    <message>
        <source>Menulis PDF</source>
        <translation>Writing the PDF</translation>
    </message>
    <message>
        <source>Menulis daftar aset</source>
        <translation>Writing the asset register</translation>
    </message>
    <message>
        <source>Mengumpulkan aset</source>
        <translation>Gathering the assets</translation>
    </message>
    <message>
        <source>Berkas ini belum punya wilayah; tidak ada yang dicetak.</source>
        <translation>This file has no region yet; there is nothing to print.</translation>
    </message>
    <message>
        <source>Menjalankan pemeriksaan</source>
        <translation>Running the checks</translation>
    </message>
    <message>
        <source>Ringkasan aset</source>
        <translation>Asset summary</translation>
    </message>
    <message>
        <source>Menyusun bahan rapat</source>
        <translation>Putting the meeting pack together</translation>
    </message>
    <message>
        <source>Menulis halaman {page}</source>
        <translation>Writing page {page}</translation>
    </message>
    <message>
        <source>Perubahan sebelumnya masih berjalan; tunggu sampai selesai.</source>
        <translation>The previous change is still running; wait until it has finished.</translation>
    </message>
    <message>
        <source>Berkas ini tidak lagi dipegang program ini; perubahan berikutnya tidak disimpan. Riwayat urungkan tetap ada, tetapi tidak dapat dijalankan.</source>
        <translation>This program no longer holds the file; further changes are not saved. The undo history is kept, but cannot be run.</translation>
    </message>
    <message>
        <source>Dibatalkan; berkas tetap seperti sebelumnya.</source>
        <translation>Cancelled; the file is as it was before.</translation>
    </message>
    <message>
        <source>Riwayat urungkan dikosongkan karena satu langkah tidak dapat dijalankan; isi berkas tetap seperti yang terlihat.</source>
        <translation>The undo history was emptied because a step could not be carried out; the file&apos;s contents are as you see them.</translation>
    </message>
    <message>
        <source>Cadangan terakhir yang masih utuh: {backup}</source>
        <translation>Last sound backup: {backup}</translation>
    </message>
    <message>
        <source>berkas atau folder tidak ada</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>tidak ada izin</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>media atau folder hanya-baca</source>
        <translation>read-only medium or folder</translation>
    </message>
    <message>
        <source>itu sebuah folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>bagian jalurnya bukan folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <source>ruang disk penuh</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>sudah ada</source>
        <translation>it already exists</translation>
    </message>
    <message>
        <source>sedang dipakai program lain</source>
        <translation>in use by another program</translation>
    </message>
    <message>
        <source>Cadangan berkas {path} tidak dapat dibuat, jadi perubahan tidak dijalankan: {reason}</source>
        <translation>No backup of {path} could be made, so the change was not run: {reason}</translation>
    </message>
    <message>
        <source>{path} bukan cadangan berkas ini.</source>
        <translation>{path} is not a backup of this file.</translation>
    </message>
    <message>
        <source>Cadangan {path} tidak dapat dipulihkan: {reason}</source>
        <translation>Backup {path} cannot be restored: {reason}</translation>
    </message>
    <message>
        <source>sebelum memulihkan cadangan {name}</source>
        <translation>before restoring backup {name}</translation>
    </message>
    <message>
        <source>sebelum pembaruan berkas dari versi skema {version}</source>
        <translation>before updating the file from schema version {version}</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>jabatan</source>
        <translation>position</translation>
    </message>
    <message>
        <source>Tidak ada lembar di {path} dengan baris judul kolom yang dikenali untuk {kind} (dicari: {wanted}). Lembar yang diperiksa: {sheets}.</source>
        <translation>No sheet in {path} has a header row recognisable for {kind} (looked for: {wanted}). Sheets examined: {sheets}.</translation>
    </message>
    <message>
        <source>pegawai</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>aset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>struktur</source>
        <translation>structure</translation>
    </message>
    <message>
        <source>Renstra/Renja</source>
        <translation>Renstra/Renja</translation>
    </message>
    <message>
        <source>wilayah</source>
        <translation>region</translation>
    </message>
    <message>
        <source>edisi</source>
        <translation>edition</translation>
    </message>
    <message>
        <source>kompetensi</source>
        <translation>competency</translation>
    </message>
    <message>
        <source>langkah urungkan</source>
        <translation>undo step</translation>
    </message>
    <message>
        <source>berkas</source>
        <translation>file</translation>
    </message>
    <message>
        <source>penataan</source>
        <translation>restructuring</translation>
    </message>
    <message>
        <source>sasaran RPJMD</source>
        <translation>RPJMD target</translation>
    </message>
    <message>
        <source>indikator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>program prioritas</source>
        <translation>priority program</translation>
    </message>
    <message>
        <source>isu strategis</source>
        <translation>strategic issue</translation>
    </message>
    <message>
        <source>butir Renstra</source>
        <translation>Renstra item</translation>
    </message>
    <message>
        <source>kaitan butir Renstra dengan sasaran</source>
        <translation>Renstra item–target link</translation>
    </message>
    <message>
        <source>kaitan butir Renstra dengan isu</source>
        <translation>Renstra item–issue link</translation>
    </message>
    <message>
        <source>kaitan butir Renstra dengan program prioritas</source>
        <translation>Renstra item–priority program link</translation>
    </message>
    <message>
        <source>koordinasi</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>temuan</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>tambah</source>
        <translation>create</translation>
    </message>
    <message>
        <source>ubah</source>
        <translation>update</translation>
    </message>
    <message>
        <source>hapus</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>pindah</source>
        <translation>move</translation>
    </message>
    <message>
        <source>salin</source>
        <translation>copy</translation>
    </message>
    <message>
        <source>kaitkan</source>
        <translation>link</translation>
    </message>
    <message>
        <source>tempatkan</source>
        <translation>place</translation>
    </message>
    <message>
        <source>petakan</source>
        <translation>map</translation>
    </message>
    <message>
        <source>hapus pemetaan</source>
        <translation>unmap</translation>
    </message>
    <message>
        <source>ganti status</source>
        <translation>change status</translation>
    </message>
    <message>
        <source>terapkan</source>
        <translation>apply</translation>
    </message>
    <message>
        <source>definisikan</source>
        <translation>define</translation>
    </message>
    <message>
        <source>atur urusan</source>
        <translation>set urusan</translation>
    </message>
    <message>
        <source>atur fungsi</source>
        <translation>set functions</translation>
    </message>
    <message>
        <source>atur program</source>
        <translation>set programs</translation>
    </message>
    <message>
        <source>atur standar kompetensi</source>
        <translation>set competency standard</translation>
    </message>
    <message>
        <source>atur urusan terkait</source>
        <translation>set related urusan</translation>
    </message>
    <message>
        <source>atur penilaian</source>
        <translation>set assessments</translation>
    </message>
    <message>
        <source>terima temuan</source>
        <translation>accept finding</translation>
    </message>
    <message>
        <source>batalkan penerimaan temuan</source>
        <translation>withdraw acceptance</translation>
    </message>
    <message>
        <source>buat berkas</source>
        <translation>create file</translation>
    </message>
    <message>
        <source>buat data contoh</source>
        <translation>create sample</translation>
    </message>
    <message>
        <source>urungkan</source>
        <translation>undo</translation>
    </message>
    <message>
        <source>ulangi</source>
        <translation>redo</translation>
    </message>
    <message>
        <source>lupakan langkah urungkan</source>
        <translation>forget undo steps</translation>
    </message>
    <message>
        <source>gabungkan langkah urungkan</source>
        <translation>merge undo steps</translation>
    </message>
    <message>
        <source>impor</source>
        <translation>import</translation>
    </message>
    <message>
        <source>Berkas {path} tidak dapat ditulis: {reason}</source>
        <translation>File {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <source>Berkas {path} utuh: pemeriksaan keutuhan tidak menemukan masalah ({pages} halaman, {seconds} detik).</source>
        <translation>File {path} is sound: the integrity check found no problem ({pages} pages, {seconds} seconds).</translation>
    </message>
    <message>
        <source>Berkas {path} rusak: pemeriksaan keutuhan menemukan {count} masalah. Jangan lanjutkan bekerja pada berkas ini; pakai salinan cadangan.</source>
        <translation>File {path} is damaged: the integrity check found {count} problem(s). Do not go on working in this file; use a backup copy.</translation>
    </message>
    <message>
        <source>Kode barang {kode} register {register} muncul dua kali di lembar ini (juga di baris {row}).</source>
        <translation>Item code {kode} register {register} appears twice in this sheet (also in row {row}).</translation>
    </message>
    <message>
        <source>Aset diimpor ke satu perangkat daerah: sebutkan unitnya (--into ID unit).</source>
        <translation>Assets are imported into one perangkat daerah: name its unit (--into UNIT_ID).</translation>
    </message>
    <message>
        <source>{count} baris ditolak; tidak ada yang ditulis. Perbaiki lembar kerjanya, atau impor baris yang sah saja.</source>
        <translation>{count} rows were rejected; nothing was written. Correct the sheet, or import the valid rows only.</translation>
    </message>
    <message>
        <source>NIP {nip} muncul dua kali di lembar ini (juga di baris {row}).</source>
        <translation>NIP {nip} appears twice in this sheet (also in row {row}).</translation>
    </message>
    <message>
        <source>NIP {nip} sudah tercatat di wilayah lain dalam berkas ini ({region}, atas nama {name}).</source>
        <translation>NIP {nip} is already recorded in another region of this file ({region}, as {name}).</translation>
    </message>
    <message>
        <source>NIP tidak boleh kosong (kolom NIP, atau NIP di bawah nama).</source>
        <translation>The NIP cannot be empty (a NIP column, or the NIP under the name).</translation>
    </message>
    <message>
        <source>Tanggal lahir {date} tidak sama dengan tanggal lahir di NIP {nip} ({nip_date}).</source>
        <translation>Birth date {date} differs from the birth date in NIP {nip} ({nip_date}).</translation>
    </message>
    <message>
        <source>Jabatan &apos;{value}&apos; tidak ada di unit {unit}: pegawai dicatat tanpa jabatan.</source>
        <translation>Position &apos;{value}&apos; does not exist in unit {unit}: the person is recorded without a position.</translation>
    </message>
    <message>
        <source>Unit &apos;{value}&apos; tidak ditemukan di {scope}. Yang paling mirip: {nearest}.</source>
        <translation>Unit &apos;{value}&apos; was not found in {scope}. The nearest: {nearest}.</translation>
    </message>
    <message>
        <source>Unit &apos;{value}&apos; tidak ditemukan di {scope}.</source>
        <translation>Unit &apos;{value}&apos; was not found in {scope}.</translation>
    </message>
    <message>
        <source>Unit &apos;{value}&apos; cocok dengan lebih dari satu unit di {scope}: {names}. Tulis nama yang lebih lengkap.</source>
        <translation>Unit &apos;{value}&apos; matches more than one unit in {scope}: {names}. Write a fuller name.</translation>
    </message>
    <message>
        <source>Berkas berisi {count} wilayah: sebutkan perangkat daerah tujuan (--into ID unit).</source>
        <translation>The file holds {count} regions: name the perangkat daerah to import into (--into UNIT_ID).</translation>
    </message>
    <message>
        <source>Wilayah {region} tidak punya edisi yang berlaku: sebutkan perangkat daerah tujuan (--into ID unit).</source>
        <translation>Region {region} has no edition in force: name the perangkat daerah to import into (--into UNIT_ID).</translation>
    </message>
    <message>
        <source>Templat &apos;{kind}&apos; tidak dikenal (pilih dari {kinds}).</source>
        <translation>Unknown template &apos;{kind}&apos; (choose from {kinds}).</translation>
    </message>
    <message>
        <source>Berkas Excel ditulis sebagai .xlsx: nama berkasnya harus berakhiran .xlsx ({path}).</source>
        <translation>Excel files are written as .xlsx: the file name must end in .xlsx ({path}).</translation>
    </message>
    <message>
        <source>{path} adalah folder; beri nama berkas .xlsx.</source>
        <translation>{path} is a folder; give the name of an .xlsx file.</translation>
    </message>
    <message>
        <source>{path} adalah berkas data SOTK, bukan berkas Excel: tidak ditulis di atasnya.</source>
        <translation>{path} is a SOTK data file, not an Excel file: it was not written over.</translation>
    </message>
    <message>
        <source>Berkas Excel {path} tidak dapat ditulis: {reason}</source>
        <translation>The Excel file {path} could not be written: {reason}</translation>
    </message>
    <message>
        <source>Struktur diimpor ke satu edisi: sebutkan --edition ID, atau --new-edition NAMA dengan --region ID atau --new-region NAMA.</source>
        <translation>A structure is imported into one edition: give --edition ID, or --new-edition NAME with --region ID or --new-region NAME.</translation>
    </message>
    <message>
        <source>Edisi baru &apos;{name}&apos; perlu wilayahnya: --region ID, atau --new-region NAMA --kind KIND --code KODE.</source>
        <translation>New edition &apos;{name}&apos; needs its region: --region ID, or --new-region NAME --kind KIND --code CODE.</translation>
    </message>
    <message>
        <source>Nama unit kosong.</source>
        <translation>The unit&apos;s name is empty.</translation>
    </message>
    <message>
        <source>Unit &apos;{path}&apos; sudah ada di baris {row}: satu unit satu baris (fungsinya boleh beberapa baris berturut-turut).</source>
        <translation>Unit &apos;{path}&apos; is already in row {row}: one row per unit (its functions may take several rows in a row).</translation>
    </message>
    <message>
        <source>Nomor {number} sudah dipakai di baris {row}.</source>
        <translation>Number {number} is already used in row {row}.</translation>
    </message>
    <message>
        <source>Induk unit ini ({parent}) baru muncul di baris {row}, di bawahnya: urutkan induk di atas unit-unitnya.</source>
        <translation>This unit&apos;s parent ({parent}) only comes in row {row}, below it: put parents above their units.</translation>
    </message>
    <message>
        <source>Nomor {number} tidak punya induk: tidak ada baris bernomor {parent}.</source>
        <translation>Number {number} has no parent: no row is numbered {parent}.</translation>
    </message>
    <message>
        <source>Induk &apos;{parent}&apos; tidak ditemukan di lembar ini maupun di edisi tujuan.</source>
        <translation>Parent &apos;{parent}&apos; was found neither in this sheet nor in the target edition.</translation>
    </message>
    <message>
        <source>Induk &apos;{parent}&apos; tidak ditemukan di lembar ini maupun di edisi tujuan. Yang paling mirip: {nearest}.</source>
        <translation>Parent &apos;{parent}&apos; was found neither in this sheet nor in the target edition. The nearest: {nearest}.</translation>
    </message>
    <message>
        <source>Induk &apos;{parent}&apos; cocok dengan lebih dari satu unit di edisi tujuan: {names}. Tulis jalurnya, misalnya Dinas A › Sekretariat.</source>
        <translation>Parent &apos;{parent}&apos; matches more than one unit of the target edition: {names}. Write its path, for example Dinas A › Sekretariat.</translation>
    </message>
    <message>
        <source>Induknya (&apos;{parent}&apos;, baris {row}) ditolak, jadi unit ini juga tidak dapat diimpor.</source>
        <translation>Its parent (&apos;{parent}&apos;, row {row}) was rejected, so this unit cannot be imported either.</translation>
    </message>
    <message>
        <source>Baris fungsi tanpa unit: tulis nama unitnya, atau letakkan baris ini di bawah barisnya.</source>
        <translation>A row of functions without a unit: write the unit&apos;s name, or put this row under the unit&apos;s row.</translation>
    </message>
    <message>
        <source>Jenis unit tidak tertulis: dicatat sebagai {kind}.</source>
        <translation>The kind of unit is not written: recorded as {kind}.</translation>
    </message>
    <message>
        <source>Kode {code} tidak berbentuk kode nomenklatur: tulis urusan.bidang.program[.kegiatan.sub-kegiatan], misalnya 1.01.02 atau 1.01.02.2.01.0001</source>
        <translation>{code} is not a nomenclature code: write urusan.bidang.program[.kegiatan.sub-kegiatan], for example 1.01.02 or 1.01.02.2.01.0001</translation>
    </message>
    <message>
        <source>{region} belum mempunyai RPJMD: buat RPJMD-nya dulu, lalu impor Renstra {pd}.</source>
        <translation>{region} has no RPJMD: create its RPJMD first, then import the Renstra of {pd}.</translation>
    </message>
    <message>
        <source>{unit} bukan perangkat daerah: Renstra diimpor ke sebuah perangkat daerah (--into ID perangkat daerah).</source>
        <translation>{unit} is not a regional office: a Renstra is imported into a regional office (--into office ID).</translation>
    </message>
    <message>
        <source>Sebutkan perangkat daerah yang Renstra-nya diimpor (--into ID perangkat daerah).</source>
        <translation>Name the regional office whose Renstra is imported (--into office ID).</translation>
    </message>
    <message>
        <source>Baris &apos;{name}&apos; tidak berkode: tulis kode program, kegiatan atau sub kegiatannya.</source>
        <translation>Row &apos;{name}&apos; has no code: write the code of its program, activity or sub-activity.</translation>
    </message>
    <message>
        <source>Kode {code} tanpa nama program, kegiatan atau sub kegiatan.</source>
        <translation>Code {code} has no program, activity or sub-activity name.</translation>
    </message>
    <message>
        <source>Kode &apos;{value}&apos; ditulis dalam gaya lain; dibaca sebagai {code}.</source>
        <translation>Code &apos;{value}&apos; is written in another style; read as {code}.</translation>
    </message>
    <message>
        <source>Kode {code} tidak ada dalam nomenklatur. Kode terdekat: {nearest}</source>
        <translation>Code {code} is not in the nomenclature. Nearest codes: {nearest}</translation>
    </message>
    <message>
        <source>Kode {code} ({name}) adalah nomenklatur {found}, bukan untuk {region}.</source>
        <translation>Code {code} ({name}) belongs to the {found} nomenclature, not to {region}.</translation>
    </message>
    <message>
        <source>Kode di lembar ini tidak diperiksa dengan nomenklatur: tabel yang dibawa program belum memuat kode pemerintah {government}.</source>
        <translation>The codes of this sheet were not checked against the nomenclature: the table the program ships holds no codes of {government} governments yet.</translation>
    </message>
    <message>
        <source>Kode {code} muncul dua kali di lembar ini (juga di baris {row}).</source>
        <translation>Code {code} appears twice in this sheet (also in row {row}).</translation>
    </message>
    <message>
        <source>Indikator &apos;{value}&apos; tidak berada di bawah program, kegiatan atau sub kegiatan mana pun.</source>
        <translation>Indicator &apos;{value}&apos; is under no program, activity or sub-activity.</translation>
    </message>
    <message>
        <source>Sasaran &apos;{value}&apos; tidak ada di {rpjmd}. Yang terdekat: {nearest}</source>
        <translation>Target &apos;{value}&apos; is not in {rpjmd}. Nearest: {nearest}</translation>
    </message>
    <message>
        <source>Sasaran &apos;{value}&apos; tidak ada di {rpjmd}.</source>
        <translation>Target &apos;{value}&apos; is not in {rpjmd}.</translation>
    </message>
    <message>
        <source>Sasaran &apos;{value}&apos; milik RPJMD {region}, wilayah lain; Renstra ini mengikuti {rpjmd}.</source>
        <translation>Target &apos;{value}&apos; belongs to the RPJMD of {region}, another region; this Renstra follows {rpjmd}.</translation>
    </message>
    <message>
        <source>Sasaran &apos;{value}&apos; dibaca sebagai &apos;{text}&apos; dari {rpjmd}.</source>
        <translation>Target &apos;{value}&apos; read as &apos;{text}&apos; of {rpjmd}.</translation>
    </message>
    <message>
        <source>Jumlah Rp per tahun ({years}) berbeda dengan Rp kondisi akhir ({total}); yang dicatat Rp kondisi akhir.</source>
        <translation>The yearly Rp add up to {years}, not the end-of-period Rp ({total}); the end-of-period Rp is kept.</translation>
    </message>
    <message>
        <source>Kolom {column} (&apos;{header}&apos;) berisi target atau Rp tanpa tahun, dan judul lembar tidak menyebut tahunnya.</source>
        <translation>Column {column} (&apos;{header}&apos;) holds targets or Rp without a year, and the sheet&apos;s title names none.</translation>
    </message>
    <message>
        <source>Pagu indikatif tahun {year} dari lembar ini menggantikan pagu Renstra ({before}): satu butir menyimpan satu pagu.</source>
        <translation>The {year} indicative ceiling of this sheet replaces the Renstra&apos;s ({before}): an item keeps one ceiling.</translation>
    </message>
    <message>
        <source>Kode {code} tidak ada dalam nomenklatur</source>
        <translation>Code {code} is not in the nomenclature</translation>
    </message>
    <message>
        <source>Kode {code} ({name}) hanya ada dalam nomenklatur pemerintah kabupaten/kota, bukan pemerintah provinsi</source>
        <translation>Code {code} ({name}) exists only in the nomenclature of regencies and cities, not of provinces</translation>
    </message>
    <message>
        <source>Kode {code} ({name}) hanya ada dalam nomenklatur pemerintah provinsi, bukan pemerintah kabupaten/kota</source>
        <translation>Code {code} ({name}) exists only in the nomenclature of provinces, not of regencies and cities</translation>
    </message>
    <message>
        <source>Nama dan kedudukan sama; {share:.0%} tugas, fungsi dan urusannya ada di &apos;{target}&apos;.</source>
        <translation>Same name and place; {share:.0%} of its tasks, functions and urusan are in &apos;{target}&apos;.</translation>
    </message>
    <message>
        <source>Berganti nama dari &apos;{name}&apos; menjadi &apos;{target}&apos;; {share:.0%} tugas, fungsi dan urusannya berlanjut di sana.</source>
        <translation>Renamed from &apos;{name}&apos; to &apos;{target}&apos;; {share:.0%} of its tasks, functions and urusan continue there.</translation>
    </message>
    <message>
        <source>Pindah dari bawah &apos;{old_parent}&apos; ke bawah &apos;{new_parent}&apos; sebagai &apos;{target}&apos;; {share:.0%} tugas dan fungsinya ikut.</source>
        <translation>Moved from under &apos;{old_parent}&apos; to under &apos;{new_parent}&apos; as &apos;{target}&apos;; {share:.0%} of its tasks and functions went with it.</translation>
    </message>
    <message>
        <source>Digabung bersama {others} menjadi &apos;{target}&apos;; {share:.0%} tugas, fungsi dan urusannya ada di sana.</source>
        <translation>Merged with {others} into &apos;{target}&apos;; {share:.0%} of its tasks, functions and urusan are there.</translation>
    </message>
    <message>
        <source>Dipecah: tugas, fungsi dan urusannya terbagi ke {targets}.</source>
        <translation>Split: its tasks, functions and urusan are divided among {targets}.</translation>
    </message>
    <message>
        <source>Dibubarkan; urusan dan fungsinya diteruskan unit lain: {targets}.</source>
        <translation>Dissolved; other units carry on its urusan and functions: {targets}.</translation>
    </message>
    <message>
        <source>Dibubarkan: tidak ada unit pada draf yang meneruskan tugas, fungsi atau urusannya.</source>
        <translation>Dissolved: no unit of the draft carries on its tasks, functions or urusan.</translation>
    </message>
    <message>
        <source>Unit baru: tidak ada unit pada edisi lama yang diteruskannya ({share:.0%} isinya berasal dari edisi lama).</source>
        <translation>New unit: it continues no unit of the old edition ({share:.0%} of its content comes from the old edition).</translation>
    </message>
    <message>
        <source>(puncak struktur)</source>
        <translation>(top of the structure)</translation>
    </message>
    <message>
        <source>Edisi {a} dan edisi {b} milik wilayah yang berbeda: pemetaan hanya antara edisi satu wilayah.</source>
        <translation>Editions {a} and {b} belong to different regions: a mapping is only between editions of one region.</translation>
    </message>
    <message>
        <source>Edisi asal dan edisi tujuan sama (edisi {a}): pilih dua edisi yang berbeda.</source>
        <translation>The source and target edition are the same (edition {a}): choose two different editions.</translation>
    </message>
    <message>
        <source>Isu strategis dikerjakan sendiri-sendiri</source>
        <translation>Strategic issues worked on alone</translation>
    </message>
    <message>
        <source>Isu strategis &apos;{issue}&apos; tidak didukung sub kegiatan perangkat daerah mana pun di {region}.</source>
        <translation>Strategic issue &apos;{issue}&apos; is supported by no sub-kegiatan of any perangkat daerah in {region}.</translation>
    </message>
    <message>
        <source>Tetapkan perangkat daerah yang berkontribusi dan sub kegiatan masing-masing untuk isu ini.</source>
        <translation>Name the perangkat daerah that contribute to this issue and the sub-kegiatan of each.</translation>
    </message>
    <message>
        <source>Isu strategis &apos;{issue}&apos; hanya dikerjakan oleh {pd}; isu lintas sektor memerlukan kontribusi beberapa perangkat daerah.</source>
        <translation>Strategic issue &apos;{issue}&apos; is worked on by {pd} alone; a cross-sector issue needs contributions from several perangkat daerah.</translation>
    </message>
    <message>
        <source>Libatkan perangkat daerah lain yang tugasnya menyentuh isu ini, dengan sub kegiatan dan indikator bersama.</source>
        <translation>Involve the other perangkat daerah whose tasks touch this issue, with shared sub-kegiatan and indicators.</translation>
    </message>
    <message>
        <source>Isu strategis &apos;{issue}&apos; dikerjakan {count} perangkat daerah ({pds}) tanpa satu pun indikator bersama.</source>
        <translation>Strategic issue &apos;{issue}&apos; is worked on by {count} perangkat daerah ({pds}) without a single shared indicator.</translation>
    </message>
    <message>
        <source>Sepakati indikator isu yang dituju bersama dan kaitkan sub kegiatan tiap perangkat daerah dengan indikator itu.</source>
        <translation>Agree on the issue indicators aimed at together and link each perangkat daerah&apos;s sub-kegiatan to them.</translation>
    </message>
    <message>
        <source>Keselarasan Renstra dengan RPJMD</source>
        <translation>Renstra in line with the RPJMD</translation>
    </message>
    <message>
        <source>Program {code} {name} pada Renstra {pd} tidak mendukung sasaran RPJMD mana pun (tidak sesuai visi misi).</source>
        <translation>Program {code} {name} in the Renstra of {pd} supports no RPJMD sasaran (not in line with the visi and misi).</translation>
    </message>
    <message>
        <source>Kaitkan program ini (atau kegiatannya) dengan sasaran RPJMD yang didukungnya, atau tinjau kembali perlunya program ini.</source>
        <translation>Link this program (or its kegiatan) to the RPJMD sasaran it supports, or review whether the program is needed.</translation>
    </message>
    <message>
        <source>Sasaran RPJMD &apos;{sasaran}&apos; tidak didukung program perangkat daerah mana pun di {region}.</source>
        <translation>RPJMD sasaran &apos;{sasaran}&apos; is supported by no program of any perangkat daerah in {region}.</translation>
    </message>
    <message>
        <source>Tetapkan perangkat daerah dan program yang mendukung sasaran ini dalam Renstra-nya.</source>
        <translation>Name the perangkat daerah and the program in its Renstra that support this sasaran.</translation>
    </message>
    <message>
        <source>Program prioritas &apos;{priority}&apos; tidak dijalankan perangkat daerah mana pun di {region}.</source>
        <translation>Priority program &apos;{priority}&apos; is run by no perangkat daerah in {region}.</translation>
    </message>
    <message>
        <source>Petakan program prioritas ini ke program atau kegiatan perangkat daerah yang menjalankannya.</source>
        <translation>Map this priority program to the program or kegiatan of the perangkat daerah that runs it.</translation>
    </message>
    <message>
        <source>Kode di luar nomenklatur yang berlaku</source>
        <translation>Codes outside the nomenclature in force</translation>
    </message>
    <message>
        <source>Kode {code} ({name}, dipakai {pds}) tidak ada dalam nomenklatur yang berlaku: sudah dihapus atau tidak pernah ada.</source>
        <translation>Code {code} ({name}, used by {pds}) is not in the nomenclature in force: it was retired or never existed.</translation>
    </message>
    <message>
        <source>Ganti dengan kode yang berlaku. Kode terdekat: {nearest}.</source>
        <translation>Replace it with a code in force. Nearest codes: {nearest}.</translation>
    </message>
    <message>
        <source>Kode {code} ({name}, dipakai {pds}) adalah nomenklatur {found}, bukan untuk {region}.</source>
        <translation>Code {code} ({name}, used by {pds}) belongs to the {found} nomenclature, not to {region}.</translation>
    </message>
    <message>
        <source>Pakai kode nomenklatur untuk tingkat pemerintahan wilayah ini.</source>
        <translation>Use a nomenclature code of this region&apos;s level of government.</translation>
    </message>
    <message>
        <source>Kode {code} ({name}, dipakai {pds}) tidak ada dalam daftar nomenklatur pemerintah {government} yang dibawa program ini (satu sumber tahun 2020, belum diverifikasi): mungkin kode pemutakhiran yang lebih baru.</source>
        <translation>Code {code} ({name}, used by {pds}) is not in the {government} nomenclature list this program ships (one source from 2020, not verified): it may be a code of a later amendment.</translation>
    </message>
    <message>
        <source>Cocokkan kode ini dengan Kepmendagri pemutakhiran nomenklatur yang berlaku.</source>
        <translation>Check this code against the Kepmendagri amendment of the nomenclature in force.</translation>
    </message>
    <message>
        <source>Kode Renstra {region} tidak diperiksa: nomenklatur yang dibawa program ini belum memuat kode untuk pemerintah {government}.</source>
        <translation>The Renstra codes of {region} were not checked: the nomenclature shipped with the program holds no codes for {government} governments yet.</translation>
    </message>
    <message>
        <source>Periksa kode dengan nomenklatur resmi yang berlaku (Kepmendagri) sampai tabelnya dilengkapi.</source>
        <translation>Check the codes against the official nomenclature in force (Kepmendagri) until the table is completed.</translation>
    </message>
    <message>
        <source>Program di luar urusan perangkat daerah</source>
        <translation>Programs outside the urusan of their perangkat daerah</translation>
    </message>
    <message>
        <source>{pd} menjalankan {code} {name}, padahal tidak mengemban urusan {bidang} {urusan} (urusannya: {carried}).</source>
        <translation>{pd} runs {code} {name}, yet does not carry urusan {bidang} {urusan} (its urusan: {carried}).</translation>
    </message>
    <message>
        <source>Serahkan {code} kepada perangkat daerah yang mengemban urusan {bidang}, atau tetapkan urusan itu pada {pd} bila memang tugasnya.</source>
        <translation>Hand {code} to the perangkat daerah that carries urusan {bidang}, or give that urusan to {pd} if the work is indeed its task.</translation>
    </message>
    <message>
        <source>Sub kegiatan dijalankan dua perangkat daerah</source>
        <translation>Sub-kegiatan run by two perangkat daerah</translation>
    </message>
    <message>
        <source>Sub kegiatan {code} {name} dijalankan oleh {count} perangkat daerah: {pds}.</source>
        <translation>Sub-kegiatan {code} {name} is run by {count} perangkat daerah: {pds}.</translation>
    </message>
    <message>
        <source>Satu sub kegiatan dijalankan satu perangkat daerah: tetapkan pelaksananya dan hapus dari Renstra yang lain.</source>
        <translation>A sub-kegiatan is run by one perangkat daerah: decide which one and remove it from the other Renstra.</translation>
    </message>
    <message>
        <source>rencana dan Renstra</source>
        <translation>plans and Renstra</translation>
    </message>
    <message>
        <source>Simpul pohon kinerja &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown cascade node &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Program yang tidak mendukung sasaran RPJMD</source>
        <translation>Programs that support no RPJMD sasaran</translation>
    </message>
    <message>
        <source>Program penunjang urusan (dijalankan setiap perangkat daerah)</source>
        <translation>Support programs (run by every perangkat daerah)</translation>
    </message>
    <message>
        <source>program</source>
        <translation>program</translation>
    </message>
    <message>
        <source>kegiatan</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>sub kegiatan</source>
        <translation>sub-kegiatan</translation>
    </message>
    <message>
        <source>Kode &apos;{value}&apos; tidak berbentuk kode perencanaan (contoh: program 1.02.02, kegiatan 1.02.02.2.01, sub kegiatan 1.02.02.2.01.0003).</source>
        <translation>Code &apos;{value}&apos; is not a planning code (for example: program 1.02.02, kegiatan 1.02.02.2.01, sub-kegiatan 1.02.02.2.01.0003).</translation>
    </message>
    <message>
        <source>Kode &apos;{value}&apos;: bidang urusan {bidang} tidak dikenal.</source>
        <translation>Code &apos;{value}&apos;: unknown bidang urusan {bidang}.</translation>
    </message>
    <message>
        <source>Kode {code} adalah kode {found}, bukan kode {wanted}.</source>
        <translation>Code {code} is a {found} code, not a {wanted} code.</translation>
    </message>
    <message>
        <source>Kode {code} adalah nomenklatur {found}, sedangkan wilayah ini {wanted}: angka pertama kegiatan harus {digit}.</source>
        <translation>Code {code} belongs to the {found} nomenclature, while this region is a {wanted}: the first digit of the kegiatan must be {digit}.</translation>
    </message>
    <message>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <source>kabupaten/kota</source>
        <translation>regency/city</translation>
    </message>
    <message>
        <source>RPJMD dengan id {id} tidak ada.</source>
        <translation>There is no RPJMD with id {id}.</translation>
    </message>
    <message>
        <source>Misi, tujuan atau sasaran dengan id {id} tidak ada.</source>
        <translation>There is no misi, tujuan or sasaran with id {id}.</translation>
    </message>
    <message>
        <source>Tahun tidak boleh kosong.</source>
        <translation>The year must not be empty.</translation>
    </message>
    <message>
        <source>Tahun {year} di luar rentang {earliest}–{latest}.</source>
        <translation>Year {year} is outside {earliest}–{latest}.</translation>
    </message>
    <message>
        <source>Periode berakhir ({end}) sebelum mulai ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Induk yang dipilih berada di bawah butir ini sendiri: jenjang tidak boleh berputar.</source>
        <translation>The chosen parent lies below this item itself: the cascade must not loop.</translation>
    </message>
    <message>
        <source>Sebuah {kind} harus berada di bawah sebuah {parent}.</source>
        <translation>A {kind} must come under a {parent}.</translation>
    </message>
    <message>
        <source>Induk &apos;{text}&apos; milik RPJMD lain.</source>
        <translation>Parent &apos;{text}&apos; belongs to another RPJMD.</translation>
    </message>
    <message>
        <source>Sebuah {kind} tidak dapat berada di bawah {parent_kind} &apos;{text}&apos;; induknya harus sebuah {parent}.</source>
        <translation>A {kind} cannot come under {parent_kind} &apos;{text}&apos;; its parent must be a {parent}.</translation>
    </message>
    <message>
        <source>Sasaran &apos;{text}&apos; milik RPJMD lain.</source>
        <translation>Sasaran &apos;{text}&apos; belongs to another RPJMD.</translation>
    </message>
    <message>
        <source>Target tahun {year} di luar periode rencana {start}–{end}.</source>
        <translation>The target for {year} is outside the plan period {start}–{end}.</translation>
    </message>
    <message>
        <source>Target tahun {year} &apos;{value}&apos; bukan angka, padahal indikatornya berupa angka.</source>
        <translation>The target for {year}, &apos;{value}&apos;, is not a number, while the indicator is numeric.</translation>
    </message>
    <message>
        <source>Butir rencana dengan id {id} tidak ada.</source>
        <translation>There is no plan item with id {id}.</translation>
    </message>
    <message>
        <source>Indikator dengan id {id} tidak ada.</source>
        <translation>There is no indicator with id {id}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; masih membawahkan {count} butir; hapus beserta isinya, atau pindahkan isinya lebih dulu.</source>
        <translation>&apos;{text}&apos; still has {count} items below it; delete it with its contents, or move them first.</translation>
    </message>
    <message>
        <source>Program prioritas dengan id {id} tidak ada.</source>
        <translation>There is no priority program with id {id}.</translation>
    </message>
    <message>
        <source>Isu strategis dengan id {id} tidak ada.</source>
        <translation>There is no strategic issue with id {id}.</translation>
    </message>
    <message>
        <source>Draf &apos;{name}&apos; berstatus {status}: hanya draf yang disetujui yang dapat diterapkan.</source>
        <translation>Draft &apos;{name}&apos; is {status}: only an approved draft can be applied.</translation>
    </message>
    <message>
        <source>Draf &apos;{name}&apos; berubah sejak dampaknya dihitung (oleh program atau jendela lain). Hitung dampaknya lagi, periksa, lalu terapkan.</source>
        <translation>Draft &apos;{name}&apos; changed since its impact was computed (by another program or window). Compute the impact again, check it, then apply.</translation>
    </message>
    <message>
        <source>Draf &apos;{name}&apos; belum dapat diterapkan: {count} hal belum diputuskan, tidak ada yang diubah. Yang pertama: {first}</source>
        <translation>Draft &apos;{name}&apos; cannot be applied yet: {count} item(s) are undecided; nothing was changed. The first: {first}</translation>
    </message>
    <message>
        <source>Terapkan penataan {name}</source>
        <translation>Apply restructuring {name}</translation>
    </message>
    <message>
        <source>Unit tujuan {id} bukan unit draf ini.</source>
        <translation>Target unit {id} is not a unit of this draft.</translation>
    </message>
    <message>
        <source>Jabatan tujuan {id} bukan jabatan unit tujuan.</source>
        <translation>Target position {id} is not a position of the target unit.</translation>
    </message>
    <message>
        <source>Aset selalu dipegang sebuah unit: pilih unit tujuannya.</source>
        <translation>An asset is always held by a unit: choose its target unit.</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>dalam telaah</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>diarsipkan</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>Edisi {id} bukan draf penataan (tidak ada rancangan penataan untuknya).</source>
        <translation>Edition {id} is not a restructuring draft (no restructuring is planned for it).</translation>
    </message>
    <message>
        <source>Wilayah &apos;{region}&apos; belum punya edisi yang berlaku: draf penataan disalin dari edisi yang berlaku.</source>
        <translation>Region &apos;{region}&apos; has no edition in force yet: a restructuring draft is copied from the edition in force.</translation>
    </message>
    <message>
        <source>Draf &apos;{name}&apos; berstatus {status}: tidak dapat diubah menjadi {target}. Yang boleh: {allowed}.</source>
        <translation>Draft &apos;{name}&apos; is {status}: it cannot become {target}. Allowed: {allowed}.</translation>
    </message>
    <message>
        <source>jabatan yang sama ada di {unit}</source>
        <translation>the same position exists in {unit}</translation>
    </message>
    <message>
        <source>fungsi {unit} paling mirip dengan unit lamanya</source>
        <translation>the functions of {unit} are the most like those of the old unit</translation>
    </message>
    <message>
        <source>{unit} sudah memegang aset di alamat yang sama</source>
        <translation>{unit} already holds assets at the same address</translation>
    </message>
    <message>
        <source>sebagian besar pegawai unitnya ke {unit}</source>
        <translation>most of the unit&apos;s staff go to {unit}</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; belum diberi keputusan (beserta {below} unit di bawahnya).</source>
        <translation>Unit &apos;{name}&apos; has no decision yet (with {below} units below it).</translation>
    </message>
    <message>
        <source>{count} aset unit &apos;{name}&apos; belum punya unit tujuan.</source>
        <translation>{count} asset(s) of unit &apos;{name}&apos; have no target unit yet.</translation>
    </message>
    <message>
        <source>{count} aset unit &apos;{name}&apos; menunggu keputusan atas unit tujuan yang diusulkan.</source>
        <translation>{count} asset(s) of unit &apos;{name}&apos; wait for a decision on the proposed target unit.</translation>
    </message>
    <message>
        <source>Tindakan &apos;{action}&apos; tidak dikenal. Pilih: tetap, ganti nama, gabung, pecah, pindah, bubar.</source>
        <translation>Unknown action &apos;{action}&apos;. Choose: kept, renamed, merged, split, moved, dissolved.</translation>
    </message>
    <message>
        <source>Unit baru tidak memerlukan keputusan: unit draf tanpa asal otomatis tercatat baru.</source>
        <translation>A new unit needs no decision: a draft unit with no source is recorded as new by itself.</translation>
    </message>
    <message>
        <source>Unit lama dengan id {id} tidak ada.</source>
        <translation>There is no old unit with id {id}.</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; bukan unit edisi yang berlaku yang ditata draf ini.</source>
        <translation>Unit &apos;{name}&apos; is not a unit of the edition in force that this draft restructures.</translation>
    </message>
    <message>
        <source>Unit tujuan dengan id {id} tidak ada.</source>
        <translation>There is no target unit with id {id}.</translation>
    </message>
    <message>
        <source>Unit tujuan &apos;{name}&apos; milik wilayah lain.</source>
        <translation>Target unit &apos;{name}&apos; belongs to another region.</translation>
    </message>
    <message>
        <source>Unit tujuan &apos;{name}&apos; bukan unit draf ini (edisi lain).</source>
        <translation>Target unit &apos;{name}&apos; is not a unit of this draft (another edition).</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos;: tindakan {action} perlu tepat satu unit tujuan (ada {count}).</source>
        <translation>Unit &apos;{name}&apos;: action {action} needs exactly one target unit (there are {count}).</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; dipecah: sebutkan sedikitnya dua unit tujuan (ada {count}).</source>
        <translation>Unit &apos;{name}&apos; is split: name at least two target units (there are {count}).</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; dibubarkan: unit tujuan tidak diisi (pegawai dan asetnya ditempatkan satu per satu).</source>
        <translation>Unit &apos;{name}&apos; is dissolved: leave the target empty (its staff and assets are placed one by one).</translation>
    </message>
    <message>
        <source>Unit &apos;{name}&apos; diberi dua keputusan.</source>
        <translation>Unit &apos;{name}&apos; was given two decisions.</translation>
    </message>
    <message>
        <source>Pemindahan berputar: {names}. Satu unit tidak dapat dipindah ke bawah dirinya sendiri.</source>
        <translation>The moves go round: {names}. A unit cannot be moved below itself.</translation>
    </message>
    <message>
        <source>Pemetaan ditolak, tidak ada yang diubah: {count} masalah. Yang pertama: {first}</source>
        <translation>Mapping refused, nothing was changed: {count} problem(s). The first: {first}</translation>
    </message>
    <message>
        <source>Baris {row}, kolom {column}: {message}</source>
        <translation>Row {row}, column {column}: {message}</translation>
    </message>
    <message>
        <source>Lembar pemetaan {path} tidak berisi baris keputusan (kolom: unit lama, tindakan, unit baru).</source>
        <translation>Mapping sheet {path} holds no decision rows (columns: old unit, action, new unit).</translation>
    </message>
    <message>
        <source>Isu strategis</source>
        <translation>Strategic issue</translation>
    </message>
    <message>
        <source>Program prioritas</source>
        <translation>Priority program</translation>
    </message>
    <message>
        <source>Sumbu peta sinergi &apos;{axis}&apos; tidak dikenal.</source>
        <translation>Unknown synergy map axis &apos;{axis}&apos;.</translation>
    </message>
    <message>
        <source>Berkas ini belum punya RPJMD: peta sinergi dan pohon kinerja memerlukan rencana (lihat &apos;main.py plans&apos;).</source>
        <translation>This file has no RPJMD yet: the synergy map and the performance tree need plans (see &apos;main.py plans&apos;).</translation>
    </message>
    <message>
        <source>Membaca rencana</source>
        <translation>Reading the plans</translation>
    </message>
    <message>
        <source>Belum ada draf penataan yang terbuka di berkas ini: mulai draf dahulu (restructure draft).</source>
        <translation>This file has no open restructuring draft yet: start a draft first (restructure draft).</translation>
    </message>
    <message>
        <source>Membaca draf penataan</source>
        <translation>Reading the restructuring draft</translation>
    </message>
    <message>
        <source>Menghitung perbandingan dan dampak</source>
        <translation>Computing the comparison and the impact</translation>
    </message>
    <message>
        <source>Menyusun laporan</source>
        <translation>Composing the report</translation>
    </message>
    <message>
        <source>Menyusun bab {chapter}</source>
        <translation>Laying out the chapter {chapter}</translation>
    </message>
    <message>
        <source>{count} pegawai yang dipilih bukan dari edisi asal draf ini (yang pertama: id {id}).</source>
        <translation>{count} of the people chosen are not of the draft&apos;s starting edition (the first: id {id}).</translation>
    </message>
    <message>
        <source>{count} aset yang dipilih bukan dari edisi asal draf ini (yang pertama: id {id}).</source>
        <translation>{count} of the assets chosen are not of the draft&apos;s starting edition (the first: id {id}).</translation>
    </message>
    <message>
        <source>Diputuskan pengguna pada draf ini.</source>
        <translation>Decided by the user in this draft.</translation>
    </message>
</context>
<context>
    <name>AcceptFindingDialog</name>
    <message>
        <source>Terima temuan</source>
        <translation>Accept finding</translation>
    </message>
    <message>
        <source>Mengapa temuan ini diterima? (misalnya: tugas bersama yang disengaja, ditetapkan dalam rapat tanggal ...)</source>
        <translation>Why is this finding accepted? (for example: a deliberate shared task, decided in the meeting of ...)</translation>
    </message>
</context>
<context>
    <name>ActiveFilter</name>
    <message>
        <source>hapus</source>
        <translation>clear</translation>
    </message>
    <message>
        <source>Tampilkan lagi semua baris</source>
        <translation>Show all rows again</translation>
    </message>
    <message>
        <source>Filter aktif: {what}</source>
        <translation>Filter active: {what}</translation>
    </message>
</context>
<context>
    <name>AddedRows</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
</context>
<context>
    <name>AlignmentModel</name>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Program selaras</source>
        <translation>Aligned programs</translation>
    </message>
    <message>
        <source>Pagu selaras</source>
        <translation>Aligned budget</translation>
    </message>
    <message>
        <source>tidak ada program (selain penunjang)</source>
        <translation>no programs (besides support)</translation>
    </message>
    <message>
        <source>%1 dari %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>AssetDialog</name>
    <message>
        <source>Ubah aset</source>
        <translation>Edit asset</translation>
    </message>
    <message>
        <source>Tambah aset</source>
        <translation>Add asset</translation>
    </message>
    <message>
        <source>&amp;KIB</source>
        <translation>&amp;KIB</translation>
    </message>
    <message>
        <source>Kode &amp;barang</source>
        <translation>&amp;Item code</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>&amp;Nama barang</source>
        <translation>Item &amp;name</translation>
    </message>
    <message>
        <source>&amp;Tahun perolehan</source>
        <translation>Acquisition &amp;year</translation>
    </message>
    <message>
        <source>Nilai &amp;perolehan</source>
        <translation>Acquisition &amp;value</translation>
    </message>
    <message>
        <source>Kon&amp;disi</source>
        <translation>Con&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Lokasi</source>
        <translation>&amp;Location</translation>
    </message>
    <message>
        <source>Lua&amp;s (m²)</source>
        <translation>Are&amp;a (m²)</translation>
    </message>
    <message>
        <source>Nomor ser&amp;tifikat</source>
        <translation>Cer&amp;tificate number</translation>
    </message>
    <message>
        <source>&amp;Catatan</source>
        <translation>N&amp;otes</translation>
    </message>
</context>
<context>
    <name>AssetListModel</name>
    <message>
        <source>KIB</source>
        <translation>KIB</translation>
    </message>
    <message>
        <source>Kode barang</source>
        <translation>Item code</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Nilai perolehan</source>
        <translation>Acquisition value</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Luas (m²)</source>
        <translation>Area (m²)</translation>
    </message>
</context>
<context>
    <name>AssetsController</name>
    <message>
        <source>Hapus aset</source>
        <translation>Remove asset</translation>
    </message>
    <message>
        <source>Hapus {name} ({kode} / {register}) dari daftar?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Remove {name} ({kode} / {register}) from the list?
Removal can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Pindahkan aset</source>
        <translation>Move assets</translation>
    </message>
    <message>
        <source>Aset yang dipilih tercatat di beberapa wilayah. Aset hanya dapat dipindah di dalam wilayahnya: pilih aset dari satu wilayah.</source>
        <translation>The selected assets are recorded in several regions. Assets can only move within their region: choose assets from one region.</translation>
    </message>
    <message>
        <source>Hapus {count} aset yang dipilih dari daftar?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Remove the {count} selected assets from the list?
Removal can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Rujukan</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Belum pernah dipindah.</source>
        <translation>Never moved.</translation>
    </message>
    <message>
        <source>Riwayat aset</source>
        <translation>Asset history</translation>
    </message>
    <message>
        <source>Dipegang sekarang oleh {unit}.</source>
        <translation>Now held by {unit}.</translation>
    </message>
</context>
<context>
    <name>AssetsPage</name>
    <message>
        <source>Semua KIB</source>
        <translation>All KIB</translation>
    </message>
    <message>
        <source>Semua kondisi</source>
        <translation>All conditions</translation>
    </message>
    <message>
        <source>Cari nama, kode barang, register, lokasi</source>
        <translation>Search name, item code, register, location</translation>
    </message>
    <message>
        <source>termasuk sub-unit</source>
        <translation>including sub-units</translation>
    </message>
    <message>
        <source>Tambah &amp;aset</source>
        <translation>Add &amp;asset</translation>
    </message>
    <message>
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Pindahkan...</source>
        <translation>Move...</translation>
    </message>
    <message>
        <source>Hapus aset</source>
        <translation>Remove asset</translation>
    </message>
    <message>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Tampilkan unitnya di pohon</source>
        <translation>Show the unit in the tree</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Rekaman</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>AuditLogPanel</name>
    <message>
        <source>Hanya unit terpilih dan sub-unitnya</source>
        <translation>Only the chosen unit and its sub-units</translation>
    </message>
    <message>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>sejak awal</source>
        <translation>from the start</translation>
    </message>
    <message>
        <source>sampai kini</source>
        <translation>until now</translation>
    </message>
    <message>
        <source>Ekspor &amp;CSV...</source>
        <translation>Export &amp;CSV...</translation>
    </message>
    <message>
        <source>Pilih satu perubahan untuk melihat isi sebelum dan sesudahnya.</source>
        <translation>Choose a change to see what was there before and after.</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Pilih satu unit di pohon struktur untuk menyaring menurut unit.</source>
        <translation>Choose a unit in the structure tree to filter by unit.</translation>
    </message>
    <message>
        <source>Perubahan {unit} dan sub-unitnya: unit itu sendiri, serta jabatan, pegawai dan aset yang kini ada di sana atau yang catatan sebelum/sesudahnya menyebut unit itu (termasuk yang sudah dihapus atau dipindah). Perubahan wilayah, edisi, kamus kompetensi, langkah urungkan dan berkas tidak terkait dengan satu unit, jadi tidak tampil di sini.</source>
        <translation>Changes of {unit} and its sub-units: the units themselves, and positions, staff and assets that are there now or whose before/after record names one of them (including those deleted or moved away since). Changes to regions, editions, the competency dictionary, undo steps and the file belong to no single unit, so they are not shown here.</translation>
    </message>
    <message>
        <source>Semua perubahan, terbaru di atas. Baris dibaca sedikit demi sedikit saat digulir.</source>
        <translation>All changes, newest first. Rows are read a little at a time as you scroll.</translation>
    </message>
    <message>
        <source>Mencari... {count} perubahan ditemukan sejauh ini</source>
        <translation>Searching... {count} changes found so far</translation>
    </message>
    <message>
        <source>{count} perubahan</source>
        <translation>{count} changes</translation>
    </message>
    <message>
        <source>{count} perubahan terbaru ditampilkan; gulir untuk yang lebih lama</source>
        <translation>The {count} newest changes shown; scroll for older ones</translation>
    </message>
    <message>
        <source>Ekspor riwayat perubahan</source>
        <translation>Export the change history</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Menulis {path}...</source>
        <translation>Writing {path}...</translation>
    </message>
    <message>
        <source>{count} perubahan diekspor ke {path}</source>
        <translation>{count} changes exported to {path}</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <source>Pengaturan cadangan</source>
        <translation>Backup settings</translation>
    </message>
    <message>
        <source>Di samping &amp;berkasnya</source>
        <translation>&amp;Beside the file</translation>
    </message>
    <message>
        <source>Di &amp;folder:</source>
        <translation>In &amp;folder:</translation>
    </message>
    <message>
        <source>Pilih...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Cadangan dibuat sebelum setiap perubahan besar (memindahkan banyak pegawai atau aset, impor) dan sebelum berkas diperbarui ke versi baru.</source>
        <translation>A backup is made before every large change (moving many staff or assets, imports) and before the file is updated to a new version.</translation>
    </message>
    <message>
        <source>&amp;Simpan cadangan terakhir sebanyak</source>
        <translation>&amp;Keep this many latest backups</translation>
    </message>
    <message>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>{path} bukan folder.</source>
        <translation>{path} is not a folder.</translation>
    </message>
</context>
<context>
    <name>CascadeController</name>
    <message>
        <source>Pohon kinerja</source>
        <translation>Performance tree</translation>
    </message>
    <message>
        <source>Temuan pemeriksaan ditandai di sini setelah pemeriksaan berjalan (F5).</source>
        <translation>Findings of the checks are marked here once the checks have run (F5).</translation>
    </message>
    <message>
        <source>Pemeriksaan terakhir memeriksa wilayah lain: pilih struktur wilayah ini di pohon struktur untuk menandai temuannya.</source>
        <translation>The last check was of another region: choose this region&apos;s structure in the structure tree to mark its findings.</translation>
    </message>
    <message>
        <source>Ditandai: %1 temuan rencana dari pemeriksaan %2.</source>
        <translation>Marked: %1 plan findings from the check of %2.</translation>
    </message>
    <message>
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Pindahkan ke...</source>
        <translation>Move to...</translation>
    </message>
    <message>
        <source>Indikator dan target</source>
        <translation>Indicators and targets</translation>
    </message>
    <message>
        <source>Tambah indikator...</source>
        <translation>Add indicator...</translation>
    </message>
    <message>
        <source>Ubah &apos;%1&apos;...</source>
        <translation>Edit &apos;%1&apos;...</translation>
    </message>
    <message>
        <source>Hapus &apos;%1&apos;</source>
        <translation>Delete &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Kaitkan ke sasaran...</source>
        <translation>Link to a sasaran...</translation>
    </message>
    <message>
        <source>Kaitkan ke isu strategis...</source>
        <translation>Link to a strategic issue...</translation>
    </message>
    <message>
        <source>Kaitkan ke program prioritas...</source>
        <translation>Link to a priority program...</translation>
    </message>
    <message>
        <source>Lepas dari sasaran ini</source>
        <translation>Unlink from this sasaran</translation>
    </message>
    <message>
        <source>Lepas dari program prioritas ini</source>
        <translation>Unlink from this priority program</translation>
    </message>
    <message>
        <source>Lepas dari isu ini</source>
        <translation>Unlink from this issue</translation>
    </message>
    <message>
        <source>Tambah %1...</source>
        <translation>Add %1...</translation>
    </message>
    <message>
        <source>Tambah program prioritas...</source>
        <translation>Add priority program...</translation>
    </message>
    <message>
        <source>Tambah isu strategis...</source>
        <translation>Add strategic issue...</translation>
    </message>
    <message>
        <source>Kode (boleh kosong):</source>
        <translation>Code (may be blank):</translation>
    </message>
    <message>
        <source>Uraian:</source>
        <translation>Wording:</translation>
    </message>
    <message>
        <source>Tambah %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Tambah program</source>
        <translation>Add program</translation>
    </message>
    <message>
        <source>Belum ada perangkat daerah dengan Renstra di RPJMD ini.</source>
        <translation>No regional agency has a Renstra under this RPJMD yet.</translation>
    </message>
    <message>
        <source>Ubah visi</source>
        <translation>Edit visi</translation>
    </message>
    <message>
        <source>Visi:</source>
        <translation>Visi:</translation>
    </message>
    <message>
        <source>Ubah %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Nama program prioritas:</source>
        <translation>Priority program name:</translation>
    </message>
    <message>
        <source>Rumpun:</source>
        <translation>Group (rumpun):</translation>
    </message>
    <message>
        <source>Ubah program prioritas</source>
        <translation>Edit priority program</translation>
    </message>
    <message>
        <source>Tambah program prioritas</source>
        <translation>Add priority program</translation>
    </message>
    <message>
        <source>Isu strategis:</source>
        <translation>Strategic issue:</translation>
    </message>
    <message>
        <source>Keterangan:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>Ubah isu strategis</source>
        <translation>Edit strategic issue</translation>
    </message>
    <message>
        <source>Tambah isu strategis</source>
        <translation>Add strategic issue</translation>
    </message>
    <message>
        <source>Indikator: %1</source>
        <translation>Indicator: %1</translation>
    </message>
    <message>
        <source>Hapus beserta isinya?</source>
        <translation>Delete with its contents?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; membawahkan %2 butir. Hapus semuanya? (Satu langkah: Ctrl+Z mengembalikan semuanya.)</source>
        <translation>&apos;%1&apos; has %2 items below it. Delete them all? (One step: Ctrl+Z brings them all back.)</translation>
    </message>
    <message>
        <source>Pindahkan &apos;%1&apos; ke bawah:</source>
        <translation>Move &apos;%1&apos; under:</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Sasaran RPJMD yang didukung %1:</source>
        <translation>The RPJMD sasaran %1 supports:</translation>
    </message>
    <message>
        <source>Kaitkan ke sasaran</source>
        <translation>Link to a sasaran</translation>
    </message>
    <message>
        <source>Isu strategis yang dilayani %1:</source>
        <translation>The strategic issue %1 serves:</translation>
    </message>
    <message>
        <source>Kaitkan ke isu strategis</source>
        <translation>Link to a strategic issue</translation>
    </message>
    <message>
        <source>Program prioritas yang dijalankan %1:</source>
        <translation>Priority program carried by %1:</translation>
    </message>
    <message>
        <source>Kaitkan ke program prioritas</source>
        <translation>Link to a priority program</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>RPJMD %1–%2</source>
        <translation>RPJMD %1–%2</translation>
    </message>
    <message>
        <source>Tahun awal:</source>
        <translation>First year:</translation>
    </message>
    <message>
        <source>Tahun akhir:</source>
        <translation>Last year:</translation>
    </message>
    <message>
        <source>Dasar hukum (boleh kosong):</source>
        <translation>Legal basis (may be empty):</translation>
    </message>
    <message>
        <source>RPJMD baru</source>
        <translation>New RPJMD</translation>
    </message>
    <message>
        <source>Koordinasi</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Struktur yang berlaku di wilayah ini tidak memuat Asisten atau Staf Ahli.</source>
        <translation>The structure in force in this region has no Asisten or Staf Ahli.</translation>
    </message>
</context>
<context>
    <name>CascadeModel</name>
    <message>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Regional agency</translation>
    </message>
    <message>
        <source>Pagu indikatif</source>
        <translation>Indicative budget</translation>
    </message>
    <message>
        <source>Indikator dan target</source>
        <translation>Indicators and targets</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <source>Koordinasi Asisten/Staf Ahli...</source>
        <translation>Asisten/Staf Ahli coordination...</translation>
    </message>
    <message>
        <source>RPJMD &amp;baru...</source>
        <translation>&amp;New RPJMD...</translation>
    </message>
    <message>
        <source>Keselarasan Renstra per perangkat daerah:</source>
        <translation>Renstra alignment per regional agency:</translation>
    </message>
    <message>
        <source>Wilayah:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Wilayah ini belum punya RPJMD: buat dengan &apos;RPJMD baru...&apos;, lalu isi misi, tujuan dan sasarannya di sini.</source>
        <translation>This region has no RPJMD yet: make one with &apos;New RPJMD...&apos;, then fill in its missions, goals and targets here.</translation>
    </message>
    <message>
        <source>%1 perangkat daerah dengan Renstra; %2 dari %3 program selaras dengan RPJMD %4.</source>
        <translation>%1 regional agencies with a Renstra; %2 of %3 programs aligned with the RPJMD %4.</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>F4 / folio</source>
        <translation>F4 / folio</translation>
    </message>
    <message>
        <source>Otomatis</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Melintang</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Paskan</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Cetak bagan...</source>
        <translation>Print chart...</translation>
    </message>
    <message>
        <source>{count} unit</source>
        <translation>{count} units</translation>
    </message>
    <message>
        <source>{count} unit, {pages} halaman</source>
        <translation>units: {count}, pages: {pages}</translation>
    </message>
</context>
<context>
    <name>ChecksController</name>
    <message>
        <source>Alasan penerimaan harus diisi.</source>
        <translation>Give the reason for accepting.</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Periksa sekarang (F5)</source>
        <translation>Check now (F5)</translation>
    </message>
    <message>
        <source>Semua tingkat</source>
        <translation>All severities</translation>
    </message>
    <message>
        <source>Semua pemeriksaan</source>
        <translation>All checks</translation>
    </message>
    <message>
        <source>&amp;Terima temuan...</source>
        <translation>&amp;Accept finding...</translation>
    </message>
    <message>
        <source>&amp;Batalkan penerimaan</source>
        <translation>&amp;Reopen finding</translation>
    </message>
    <message>
        <source>Edisi:</source>
        <translation>Edition:</translation>
    </message>
    <message>
        <source>Saring:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>Tampilkan temuan</source>
        <translation>Show the findings</translation>
    </message>
    <message>
        <source>Sembunyikan temuan</source>
        <translation>Hide the findings</translation>
    </message>
    <message>
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <source>Pemeriksaan gagal: {reason}</source>
        <translation>The checks failed: {reason}</translation>
    </message>
    <message>
        <source>Semua perangkat daerah</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <source>Diperiksa {time}: {errors} galat, {warnings} peringatan, {notes} catatan terbuka; {accepted} diterima.</source>
        <translation>Checked {time}: open errors {errors}, warnings {warnings}, notes {notes}; accepted {accepted}.</translation>
    </message>
    <message>
        <source>Terbuka ({count})</source>
        <translation>Open ({count})</translation>
    </message>
    <message>
        <source>Diterima ({count})</source>
        <translation>Accepted ({count})</translation>
    </message>
    <message>
        <source>Pilih temuan untuk melihat rinciannya.</source>
        <translation>Select a finding to see its details.</translation>
    </message>
    <message>
        <source>Yang perlu dilakukan:</source>
        <translation>What to do:</translation>
    </message>
    <message>
        <source>Kemiripan {score:.0%}. Kata yang sama ditandai:</source>
        <translation>Similarity {score:.0%}. Shared words are marked:</translation>
    </message>
    <message>
        <source>Unit (klik untuk memilih):</source>
        <translation>Units (click to select):</translation>
    </message>
    <message>
        <source>Dasar:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>{unit}, fungsi nomor {number}</source>
        <translation>{unit}, function {number}</translation>
    </message>
    <message>
        <source>Diterima oleh {user} pada {at}: {reason}</source>
        <translation>Accepted by {user} on {at}: {reason}</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Membandingkan edisi...</source>
        <translation>Comparing editions...</translation>
    </message>
    <message>
        <source>Simpan perbandingan</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>dibubarkan</source>
        <translation>dissolved</translation>
    </message>
    <message>
        <source>ganti nama</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>pindah</source>
        <translation>move</translation>
    </message>
    <message>
        <source>digabung</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>dipecah</source>
        <translation>split</translation>
    </message>
    <message>
        <source>&amp;Bandingkan</source>
        <translation>&amp;Compare</translation>
    </message>
    <message>
        <source>Simpan &amp;JSON...</source>
        <translation>Save &amp;JSON...</translation>
    </message>
    <message>
        <source>Sebelum (A):</source>
        <translation>Before (A):</translation>
    </message>
    <message>
        <source>Sesudah (B):</source>
        <translation>After (B):</translation>
    </message>
    <message>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Fungsi atau urusan</source>
        <translation>Function or urusan</translation>
    </message>
    <message>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Hitungan</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Sebelum</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Sesudah</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Diselesaikan oleh B</source>
        <translation>Fixed by B</translation>
    </message>
    <message>
        <source>Muncul pada B</source>
        <translation>Introduced by B</translation>
    </message>
    <message>
        <source>Fungsi dan urusan berpindah</source>
        <translation>Functions and urusan moved</translation>
    </message>
    <message>
        <source>Jumlah sebelum → sesudah</source>
        <translation>Counts before → after</translation>
    </message>
    <message>
        <source>Temuan pemeriksaan</source>
        <translation>Check findings</translation>
    </message>
    <message>
        <source>Membandingkan kedua edisi dan menjalankan pemeriksaan pada keduanya...</source>
        <translation>Comparing both editions and running the checks on each...</translation>
    </message>
    <message>
        <source>Edisi A dan B sama: pilih dua edisi yang berbeda.</source>
        <translation>Editions A and B are the same: choose two different editions.</translation>
    </message>
    <message>
        <source>Data berubah sejak perbandingan ini: tekan &quot;Bandingkan&quot; untuk memperbaruinya.</source>
        <translation>The data changed since this comparison: press &quot;Compare&quot; to bring it up to date.</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>{added} unit baru, {removed} dibubarkan, {renamed} ganti nama, {moved} pindah, {merged} gabungan, {split} dipecah; {urusan} urusan dan {functions} fungsi berpindah.</source>
        <translation>{added} units new, {removed} dissolved, {renamed} renamed, {moved} moved, {merged} merged, {split} split; {urusan} urusan and {functions} functions moved.</translation>
    </message>
    <message>
        <source>urusan</source>
        <translation>urusan</translation>
    </message>
    <message>
        <source>fungsi</source>
        <translation>function</translation>
    </message>
    <message>
        <source>Unit per jenis</source>
        <translation>Units per kind</translation>
    </message>
    <message>
        <source>Perangkat daerah per tipe</source>
        <translation>Perangkat daerah per typology</translation>
    </message>
    <message>
        <source>Jabatan struktural per eselon</source>
        <translation>Structural posts per eselon</translation>
    </message>
    <message>
        <source>Jabatan struktural per kategori</source>
        <translation>Structural posts per category</translation>
    </message>
    <message>
        <source>galat</source>
        <translation>error</translation>
    </message>
    <message>
        <source>peringatan</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>catatan</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Temuan A: {before} ({before_errors} galat), temuan B: {after} ({after_errors} galat); {fixed} diselesaikan, {introduced} muncul, {persisting} tetap ada.</source>
        <translation>Findings in A: {before} ({before_errors} errors), in B: {after} ({after_errors} errors); {fixed} fixed, {introduced} introduced, {persisting} persisting.</translation>
    </message>
    <message>
        <source>Tidak dibandingkan (salah satu edisi belum berisi pegawai atau aset): {rules}.</source>
        <translation>Not compared (one of the editions holds no staff or assets yet): {rules}.</translation>
    </message>
    <message>
        <source>Temuan: {fixed} diselesaikan, {introduced} muncul</source>
        <translation>Findings: {fixed} fixed, {introduced} introduced</translation>
    </message>
    <message>
        <source>Fungsi dan urusan berpindah ({count})</source>
        <translation>Functions and urusan moved ({count})</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <source>Kompetensi teknis baru</source>
        <translation>New technical competency</translation>
    </message>
    <message>
        <source>misalnya Pengelolaan Arsip Dinamis</source>
        <translation>e.g. Management of Active Records</translation>
    </message>
    <message>
        <source>&amp;Kode:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>&amp;Nama kompetensi:</source>
        <translation>Competency &amp;name:</translation>
    </message>
</context>
<context>
    <name>CoordinationDialog</name>
    <message>
        <source>Koordinasi Asisten dan Staf Ahli</source>
        <translation>Asisten and Staf Ahli coordination</translation>
    </message>
    <message>
        <source>Asisten atau Staf Ahli:</source>
        <translation>Asisten or Staf Ahli:</translation>
    </message>
    <message>
        <source>Perangkat daerah yang dikoordinasikannya:</source>
        <translation>Regional agencies it coordinates:</translation>
    </message>
</context>
<context>
    <name>EditorPanel</name>
    <message>
        <source>Pilih wilayah, edisi atau unit di pohon struktur.</source>
        <translation>Select a region, an edition or a unit in the structure tree.</translation>
    </message>
    <message>
        <source>Struktur dan fungsi</source>
        <translation>Structure and functions</translation>
    </message>
    <message>
        <source>&amp;Wilayah baru...</source>
        <translation>New &amp;region...</translation>
    </message>
    <message>
        <source>Jabatan &amp;&amp; pegawai</source>
        <translation>Positions &amp;&amp; staff</translation>
    </message>
    <message>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Bagan</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Edisi</source>
        <translation>Edition</translation>
    </message>
    <message>
        <source>Bagan perangkat daerah</source>
        <translation>Chart of the regional agencies</translation>
    </message>
    <message>
        <source>Berkas ini belum berisi wilayah. Mulailah dengan membuat wilayah dan edisi strukturnya.</source>
        <translation>This file holds no region yet. Start by creating a region and the edition of its structure.</translation>
    </message>
</context>
<context>
    <name>ExcelController</name>
    <message>
        <source>Ekspor ke &amp;Excel...</source>
        <translation>&amp;Export to Excel...</translation>
    </message>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Belum ada edisi untuk diekspor.</source>
        <translation>There is no edition to export yet.</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>pegawai</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>aset</source>
        <translation>assets</translation>
    </message>
    <message>
        <source>Pemeriksaan belum selesai.</source>
        <translation>The checks have not finished yet.</translation>
    </message>
    <message>
        <source>temuan</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>Menulis {name}...</source>
        <translation>Writing {name}...</translation>
    </message>
    <message>
        <source>Berkas Excel ditulis: {path} — {sheets}</source>
        <translation>Excel file written: {path} — {sheets}</translation>
    </message>
    <message>
        <source>Ekspor dibatalkan; berkas lama tidak berubah.</source>
        <translation>Export cancelled; the old file is unchanged.</translation>
    </message>
</context>
<context>
    <name>ExcelDialog</name>
    <message>
        <source>Ekspor ke Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Seluruh wilayah: {name}</source>
        <translation>The whole region: {name}</translation>
    </message>
    <message>
        <source>Unit terpilih beserta sub-unitnya: {name}</source>
        <translation>The selected unit with its sub-units: {name}</translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation>Ch&amp;oose...</translation>
    </message>
    <message>
        <source>Buka berkasnya sesudah ditulis</source>
        <translation>Open the file once it is written</translation>
    </message>
    <message>
        <source>&amp;Daftar:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <source>Cakupan:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Ekspor</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Simpan berkas Excel</source>
        <translation>Save the Excel file</translation>
    </message>
    <message>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Pilih berkas yang ditulis.</source>
        <translation>Choose the file to write.</translation>
    </message>
    <message>
        <source>Nama berkas harus berakhiran .xlsx.</source>
        <translation>The file name must end in .xlsx.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada.</source>
        <translation>Folder {folder} does not exist.</translation>
    </message>
</context>
<context>
    <name>ExcelImportController</name>
    <message>
        <source>Impor dari E&amp;xcel...</source>
        <translation>I&amp;mport from Excel...</translation>
    </message>
    <message>
        <source>Buka berkas .sotk dulu.</source>
        <translation>Open a .sotk file first.</translation>
    </message>
    <message>
        <source>Perubahan sebelumnya masih berjalan.</source>
        <translation>The previous change is still running.</translation>
    </message>
    <message>
        <source>Impor pegawai, aset atau struktur dari lembar kerja Excel atau CSV</source>
        <translation>Import staff, assets or structure from an Excel or CSV sheet</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>arsip</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>{name}: {added} ditambah, {updated} diubah, {unchanged} tanpa perubahan.</source>
        <translation>{name}: {added} added, {updated} updated, {unchanged} unchanged.</translation>
    </message>
    <message>
        <source>{count} baris yang ditolak dilewati.</source>
        <translation>{count} rejected rows were skipped.</translation>
    </message>
    <message>
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>FileStatus</name>
    <message>
        <source>DATA CONTOH</source>
        <translation>SAMPLE DATA</translation>
    </message>
    <message>
        <source>Berkas ini berisi data contoh fiktif (Provinsi Kalimantan Barat); bukan data resmi.</source>
        <translation>This file holds fictional sample data (Province of West Kalimantan); not official data.</translation>
    </message>
    <message>
        <source>[data contoh]</source>
        <translation>[sample data]</translation>
    </message>
    <message>
        <source>[hanya-baca]</source>
        <translation>[read-only]</translation>
    </message>
    <message>
        <source>Hanya-baca: {reason}</source>
        <translation>Read-only: {reason}</translation>
    </message>
    <message>
        <source>Tersimpan {time}</source>
        <translation>Saved {time}</translation>
    </message>
    <message>
        <source>Setiap perubahan langsung tersimpan di {path}</source>
        <translation>Every change is saved at once to {path}</translation>
    </message>
    <message>
        <source>Semua perubahan tersimpan</source>
        <translation>All changes saved</translation>
    </message>
</context>
<context>
    <name>FilesController</name>
    <message>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Kosongkan daftar</source>
        <translation>Clear the list</translation>
    </message>
    <message>
        <source>Berkas dipulihkan</source>
        <translation>File recovered</translation>
    </message>
    <message>
        <source>Memeriksa keutuhan berkas...</source>
        <translation>Checking the file&apos;s integrity...</translation>
    </message>
    <message>
        <source>Memeriksa setiap halaman berkas {name}...</source>
        <translation>Checking every page of {name}...</translation>
    </message>
    <message>
        <source>Periksa keutuhan berkas</source>
        <translation>Check file integrity</translation>
    </message>
    <message>
        <source>Keutuhan berkas</source>
        <translation>File integrity</translation>
    </message>
    <message>
        <source>Salin dulu data yang masih terbaca (Simpan salinan sebagai...) bila tidak ada cadangan.</source>
        <translation>If there is no backup, first save what can still be read (Save a copy as...).</translation>
    </message>
    <message>
        <source>Berkas sedang dibuka</source>
        <translation>File is open elsewhere</translation>
    </message>
    <message>
        <source>Berkas {name} sedang dibuka oleh {user} di komputer {host} sejak {since}.</source>
        <translation>File {name} is open by {user} on computer {host} since {since}.</translation>
    </message>
    <message>
        <source>Buka hanya-baca</source>
        <translation>Open read-only</translation>
    </message>
    <message>
        <source>Ambil alih</source>
        <translation>Take over</translation>
    </message>
    <message>
        <source>Program itu masih berjalan di komputer ini. Tutup dulu di sana untuk mengubah berkas; sekarang berkas dapat dibuka hanya-baca.</source>
        <translation>That program is still running on this computer. Close it there to change the file; for now the file can be opened read-only.</translation>
    </message>
    <message>
        <source>Program itu {idle} dan tampaknya sudah tidak berjalan (komputernya mati, tidur atau terputus dari jaringan). Anda dapat mengambil alih; bila program itu hidup lagi, ia berhenti menyimpan dan memberi tahu penggunanya.</source>
        <translation>That program was {idle} and seems to have stopped (its computer is off, asleep or cut off from the network). You can take over; if that program comes back, it stops saving and tells its user.</translation>
    </message>
    <message>
        <source>Program itu masih aktif ({idle}). Berkas dapat dibuka hanya-baca; untuk mengubahnya, minta {user} menutup berkas.</source>
        <translation>That program is still active ({idle}). The file can be opened read-only; to change it, ask {user} to close the file.</translation>
    </message>
    <message>
        <source>waktu aktif terakhirnya tidak diketahui</source>
        <translation>last active at an unknown time</translation>
    </message>
    <message>
        <source>terakhir aktif {n} detik lalu</source>
        <translation>last active {n} seconds ago</translation>
    </message>
    <message>
        <source>terakhir aktif {n} menit lalu</source>
        <translation>last active {n} minutes ago</translation>
    </message>
    <message>
        <source>terakhir aktif {n} jam lalu</source>
        <translation>last active {n} hours ago</translation>
    </message>
    <message>
        <source>terakhir aktif {n} hari lalu</source>
        <translation>last active {n} days ago</translation>
    </message>
    <message>
        <source>Berkas SOTK baru</source>
        <translation>New SOTK file</translation>
    </message>
    <message>
        <source>Berkas SOTK (*.sotk)</source>
        <translation>SOTK files (*.sotk)</translation>
    </message>
    <message>
        <source>Berkas itu sedang dibuka; pilih nama lain.</source>
        <translation>That file is open; choose another name.</translation>
    </message>
    <message>
        <source>Masalah berkas</source>
        <translation>File problem</translation>
    </message>
    <message>
        <source>Buka berkas SOTK</source>
        <translation>Open a SOTK file</translation>
    </message>
    <message>
        <source>Berkas SOTK (*.sotk);;Semua berkas (*)</source>
        <translation>SOTK files (*.sotk);;All files (*)</translation>
    </message>
    <message>
        <source>Simpan salinan sebagai</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <source>Salinan disimpan di {path}</source>
        <translation>Copy saved to {path}</translation>
    </message>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Tunggu sampai perubahan yang berjalan selesai.</source>
        <translation>Wait until the change in progress has finished.</translation>
    </message>
    <message>
        <source>Berkas ini dibuka hanya-baca, jadi tidak dapat diganti dengan cadangannya.</source>
        <translation>This file is open read-only, so it cannot be replaced by its backup.</translation>
    </message>
    <message>
        <source>Belum ada cadangan berkas {name} di {folder}. Cadangan dibuat sebelum setiap perubahan besar dan sebelum berkas diperbarui.</source>
        <translation>There is no backup of {name} in {folder} yet. Backups are made before every large change and before the file is updated.</translation>
    </message>
    <message>
        <source>Dipulihkan ke isi {when}. Isi sebelumnya disimpan sebagai {kept}.</source>
        <translation>Restored to the content of {when}. The previous content was kept as {kept}.</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Tingkat</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>(seluruh wilayah)</source>
        <translation>(whole region)</translation>
    </message>
</context>
<context>
    <name>FunctionsModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Pernyataan fungsi</source>
        <translation>Function statement</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
</context>
<context>
    <name>GuideController</name>
    <message>
        <source>&amp;Panduan</source>
        <translation>&amp;Guide</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Panduan SOTK Planner</source>
        <translation>SOTK Planner guide</translation>
    </message>
    <message>
        <source>◀ Kembali</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <source>Halaman sebelumnya (Alt+←)</source>
        <translation>Previous page (Alt+←)</translation>
    </message>
    <message>
        <source>Maju ▶</source>
        <translation>Forward ▶</translation>
    </message>
    <message>
        <source>Halaman berikutnya (Alt+→)</source>
        <translation>Next page (Alt+→)</translation>
    </message>
    <message>
        <source>Cari dalam panduan (Ctrl+F, Enter untuk berikutnya)</source>
        <translation>Search the guide (Ctrl+F, Enter for the next)</translation>
    </message>
    <message>
        <source>Panduan SOTK Planner — {chapter}</source>
        <translation>SOTK Planner guide — {chapter}</translation>
    </message>
    <message>
        <source>Tidak ditemukan</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Ada di {count} bagian</source>
        <translation>In {count} sections</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&amp;Impor</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Tutup</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Berkas .xlsx, .xls atau .csv</source>
        <translation>An .xlsx, .xls or .csv file</translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Edisi baru di {region}</source>
        <translation>New edition in {region}</translation>
    </message>
    <message>
        <source>Nama edisi baru, mis. Rancangan Perda 2027</source>
        <translation>Name of the new edition, e.g. Draft Perda 2027</translation>
    </message>
    <message>
        <source>Perangkat &amp;daerah:</source>
        <translation>Perangkat &amp;daerah:</translation>
    </message>
    <message>
        <source>E&amp;disi:</source>
        <translation>E&amp;dition:</translation>
    </message>
    <message>
        <source>Nama edisi baru:</source>
        <translation>New edition name:</translation>
    </message>
    <message>
        <source>&amp;Berkas:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Jenis data:</source>
        <translation>&amp;Kind of data:</translation>
    </message>
    <message>
        <source>Baris-baris lembar kerja dicocokkan dengan unit perangkat daerah yang dipilih (nama unit, tanpa memperhatikan huruf besar dan singkatan seperti &apos;Bid.&apos; dan &apos;Sekr.&apos;). Belum ada yang ditulis sebelum Anda menekan Impor.</source>
        <translation>The sheet&apos;s rows are matched with the units of the chosen perangkat daerah (by unit name, ignoring case and abbreviations such as &apos;Bid.&apos; and &apos;Sekr.&apos;). Nothing is written before you press Import.</translation>
    </message>
    <message>
        <source>Pilih lembar kerja</source>
        <translation>Choose a spreadsheet</translation>
    </message>
    <message>
        <source>Lembar kerja (*.xlsx *.xls *.csv);;Semua berkas (*)</source>
        <translation>Spreadsheets (*.xlsx *.xls *.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Pilih berkas lembar kerja yang diimpor.</source>
        <translation>Choose the spreadsheet to import.</translation>
    </message>
    <message>
        <source>Berkas {path} tidak ada.</source>
        <translation>The file {path} does not exist.</translation>
    </message>
    <message>
        <source>Belum ada perangkat daerah untuk tujuan impor.</source>
        <translation>There is no perangkat daerah to import into yet.</translation>
    </message>
    <message>
        <source>Tulis nama edisi baru.</source>
        <translation>Type the name of the new edition.</translation>
    </message>
    <message>
        <source>Membaca {name}...</source>
        <translation>Reading {name}...</translation>
    </message>
    <message>
        <source>&amp;Lembar:</source>
        <translation>&amp;Sheet:</translation>
    </message>
    <message>
        <source>Judul kolom dari baris</source>
        <translation>Column headers from row</translation>
    </message>
    <message>
        <source>sampai</source>
        <translation>to</translation>
    </message>
    <message>
        <source>data mulai baris</source>
        <translation>data from row</translation>
    </message>
    <message>
        <source>Kolom lembar kerja dan isian tujuannya (tanda * = wajib):</source>
        <translation>Columns of the sheet and the fields they fill (* = required):</translation>
    </message>
    <message>
        <source>(tidak diimpor)</source>
        <translation>(not imported)</translation>
    </message>
    <message>
        <source>Pemetaan ini diingat dari berkas sebelumnya yang berbentuk sama.</source>
        <translation>This mapping is remembered from an earlier file of the same shape.</translation>
    </message>
    <message>
        <source>Kolom wajib belum dipilih: {fields}.</source>
        <translation>Required fields not chosen yet: {fields}.</translation>
    </message>
    <message>
        <source>&amp;Hentikan uji</source>
        <translation>&amp;Stop the test</translation>
    </message>
    <message>
        <source>Impor baris yang sah saja (baris yang ditolak dilewati)</source>
        <translation>Import the valid rows only (rejected rows are skipped)</translation>
    </message>
    <message>
        <source>Menguji {name}...</source>
        <translation>Testing {name}...</translation>
    </message>
    <message>
        <source>Uji dihentikan. Tekan Lanjut untuk menguji lagi.</source>
        <translation>Test stopped. Press Test again to run it once more.</translation>
    </message>
    <message>
        <source>Ditambah ({count})</source>
        <translation>Added ({count})</translation>
    </message>
    <message>
        <source>Diubah ({count})</source>
        <translation>Updated ({count})</translation>
    </message>
    <message>
        <source>Ditolak ({count} baris)</source>
        <translation>Rejected ({count} rows)</translation>
    </message>
    <message>
        <source>Catatan ({count})</source>
        <translation>Notes ({count})</translation>
    </message>
    <message>
        <source>{rows} baris dibaca: {added} ditambah, {updated} diubah, {unchanged} tanpa perubahan, {rejected} ditolak ({problems} masalah), {notes} catatan.</source>
        <translation>{rows} rows read: {added} added, {updated} updated, {unchanged} unchanged, {rejected} rejected ({problems} problems), {notes} notes.</translation>
    </message>
    <message>
        <source>Baris pertama sudah diuji; sisanya masih diperiksa. {summary}</source>
        <translation>The first rows are tested; the rest is still being checked. {summary}</translation>
    </message>
    <message>
        <source>Tunggu sampai uji selesai.</source>
        <translation>Wait until the test has finished.</translation>
    </message>
    <message>
        <source>{count} baris ditolak. Perbaiki lembar kerjanya, atau centang &apos;Impor baris yang sah saja&apos;.</source>
        <translation>{count} rows rejected. Correct the sheet, or tick &apos;Import the valid rows only&apos;.</translation>
    </message>
    <message>
        <source>Tidak ada yang perlu ditulis: semua baris sudah sama dengan isi berkas.</source>
        <translation>Nothing to write: every row already matches the file.</translation>
    </message>
    <message>
        <source>&amp;Uji lagi</source>
        <translation>&amp;Test again</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Indikator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>persen, orang, indeks ...</source>
        <translation>percent, people, index ...</translation>
    </message>
    <message>
        <source>Satuan:</source>
        <translation>Unit of measure:</translation>
    </message>
    <message>
        <source>Target berupa angka</source>
        <translation>Targets are numbers</translation>
    </message>
    <message>
        <source>Target per tahun:</source>
        <translation>Target per year:</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Perangkat daerah:</source>
        <translation>Regional agency:</translation>
    </message>
    <message>
        <source>Kode:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Nama:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Rp 1.500.000.000</source>
        <translation>Rp 1.500.000.000</translation>
    </message>
    <message>
        <source>Pagu indikatif:</source>
        <translation>Indicative budget:</translation>
    </message>
    <message>
        <source>Dilaksanakan oleh:</source>
        <translation>Carried out by:</translation>
    </message>
    <message>
        <source>Nomenklatur untuk tingkat pemerintahan ini tidak dibawa: isi namanya sendiri.</source>
        <translation>No nomenclature is shipped for this level of government: type the name yourself.</translation>
    </message>
    <message>
        <source>Nomenklatur: %1</source>
        <translation>Nomenclature: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saring unit menurut nama (Ctrl+F)</source>
        <translation>Filter units by name (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pemeriksaan</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Pegawai seluruh wilayah</source>
        <translation>Staff of the whole region</translation>
    </message>
    <message>
        <source>Aset seluruh wilayah</source>
        <translation>Assets of the whole region</translation>
    </message>
    <message>
        <source>Riwayat perubahan</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>&amp;Baru...</source>
        <translation>&amp;New...</translation>
    </message>
    <message>
        <source>Buka data &amp;contoh</source>
        <translation>Open the &amp;sample data</translation>
    </message>
    <message>
        <source>Simpan &amp;salinan sebagai...</source>
        <translation>Save a cop&amp;y as...</translation>
    </message>
    <message>
        <source>Ekspor ke &amp;Excel...</source>
        <translation>&amp;Export to Excel...</translation>
    </message>
    <message>
        <source>&amp;Tutup berkas</source>
        <translation>&amp;Close file</translation>
    </message>
    <message>
        <source>&amp;Pulihkan dari cadangan...</source>
        <translation>Res&amp;tore from backup...</translation>
    </message>
    <message>
        <source>Pengaturan ca&amp;dangan...</source>
        <translation>Bac&amp;kup settings...</translation>
    </message>
    <message>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>&amp;Tempel di bawah pilihan</source>
        <translation>&amp;Paste under selection</translation>
    </message>
    <message>
        <source>&amp;Hapus unit</source>
        <translation>&amp;Delete unit</translation>
    </message>
    <message>
        <source>&amp;Ganti nama</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>&amp;Cari unit</source>
        <translation>&amp;Find unit</translation>
    </message>
    <message>
        <source>Tambah &amp;sub-unit</source>
        <translation>Add &amp;sub-unit</translation>
    </message>
    <message>
        <source>&amp;Naikkan</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>T&amp;urunkan</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Wilayah &amp;baru...</source>
        <translation>New &amp;region...</translation>
    </message>
    <message>
        <source>&amp;Edisi baru...</source>
        <translation>New &amp;edition...</translation>
    </message>
    <message>
        <source>Salin edisi sebagai &amp;draf...</source>
        <translation>Copy edition as &amp;draft...</translation>
    </message>
    <message>
        <source>&amp;Bentangkan cabang</source>
        <translation>&amp;Expand branch</translation>
    </message>
    <message>
        <source>&amp;Ciutkan semua</source>
        <translation>&amp;Collapse all</translation>
    </message>
    <message>
        <source>Jalankan &amp;pemeriksaan</source>
        <translation>Run the &amp;checks</translation>
    </message>
    <message>
        <source>Cetak &amp;laporan...</source>
        <translation>&amp;Print a report...</translation>
    </message>
    <message>
        <source>&amp;Restrukturisasi...</source>
        <translation>Restructuri&amp;ng...</translation>
    </message>
    <message>
        <source>&amp;Tentang SOTK Planner</source>
        <translation>&amp;About SOTK Planner</translation>
    </message>
    <message>
        <source>Buka folder &amp;log</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sunting</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Tampilan</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Panel &amp;pemeriksaan</source>
        <translation>Checks &amp;panel</translation>
    </message>
    <message>
        <source>Daftar pe&amp;gawai dan sembilan kotak</source>
        <translation>&amp;Staff list and nine-box</translation>
    </message>
    <message>
        <source>Daftar &amp;aset (KIB)</source>
        <translation>&amp;Asset list (KIB)</translation>
    </message>
    <message>
        <source>&amp;Riwayat perubahan</source>
        <translation>Change &amp;history</translation>
    </message>
    <message>
        <source>Peta &amp;sinergi</source>
        <translation>S&amp;ynergy map</translation>
    </message>
    <message>
        <source>Pohon &amp;kinerja</source>
        <translation>Performance &amp;tree</translation>
    </message>
    <message>
        <source>Lap&amp;oran</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>B&amp;uka...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <source>Per&amp;iksa keutuhan berkas</source>
        <translation>Check file &amp;integrity</translation>
    </message>
    <message>
        <source>Ula&amp;ngi</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Potong unit</source>
        <translation>Cu&amp;t unit</translation>
    </message>
    <message>
        <source>Tambah unit se&amp;jajar</source>
        <translation>Add unit &amp;beside</translation>
    </message>
    <message>
        <source>Hapus ed&amp;isi...</source>
        <translation>Delete edi&amp;tion...</translation>
    </message>
    <message>
        <source>Berkas te&amp;rakhir</source>
        <translation>&amp;Recent files</translation>
    </message>
    <message>
        <source>Ba&amp;hasa</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Bahasa tampilan akan berganti saat program dibuka lagi.</source>
        <translation>The display language changes the next time the program starts.</translation>
    </message>
    <message>
        <source>Tentang SOTK Planner</source>
        <translation>About SOTK Planner</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Perencanaan struktur organisasi dan tata kerja perangkat daerah, tanpa internet.&lt;br&gt;&lt;br&gt;Log: {log}</source>
        <translation>&lt;b&gt;{app} {version}&lt;/b&gt;&lt;br&gt;Planning the organisation structure of regional government bodies, offline.&lt;br&gt;&lt;br&gt;Log: {log}</translation>
    </message>
    <message>
        <source>&amp;Urungkan {action}</source>
        <translation>&amp;Undo {action}</translation>
    </message>
    <message>
        <source>&amp;Urungkan</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>St&amp;ruktur</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>Bantu&amp;an</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ulangi {action}</source>
        <translation>&amp;Redo {action}</translation>
    </message>
</context>
<context>
    <name>MappingRows</name>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul kolom</source>
        <translation>Column header</translation>
    </message>
    <message>
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>Diisikan ke</source>
        <translation>Fills</translation>
    </message>
</context>
<context>
    <name>MoveAssetsDialog</name>
    <message>
        <source>Pindahkan aset</source>
        <translation>Move assets</translation>
    </message>
    <message>
        <source>{count} aset dipindah ke:</source>
        <translation>Move {count} assets to:</translation>
    </message>
    <message>
        <source>mis. BAST 028/BKAD/2026</source>
        <translation>e.g. BAST 028/BKAD/2026</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Nomor BAST / rujukan</source>
        <translation>Handover record (BAST) / reference</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MoveStaffDialog</name>
    <message>
        <source>Pindahkan pegawai</source>
        <translation>Move staff</translation>
    </message>
    <message>
        <source>Jabatan di unit tujuan</source>
        <translation>Position in the destination unit</translation>
    </message>
    <message>
        <source>{count} pegawai dipindah ke:</source>
        <translation>{count} staff move to:</translation>
    </message>
    <message>
        <source>(tanpa jabatan)</source>
        <translation>(no position)</translation>
    </message>
</context>
<context>
    <name>NewDraftDialog</name>
    <message>
        <source>Draf penataan baru</source>
        <translation>New restructuring draft</translation>
    </message>
    <message>
        <source>mis. Rancangan Perda tentang Perangkat Daerah</source>
        <translation>e.g. Draft Perda on the Perangkat Daerah</translation>
    </message>
    <message>
        <source>Nama draf</source>
        <translation>Draft name</translation>
    </message>
    <message>
        <source>Dasar hukum yang direncanakan</source>
        <translation>Planned legal basis</translation>
    </message>
    <message>
        <source>Tanggal berlaku</source>
        <translation>Effective date</translation>
    </message>
</context>
<context>
    <name>NewRegionDialog</name>
    <message>
        <source>Wilayah baru</source>
        <translation>New region</translation>
    </message>
    <message>
        <source>mis. Kabupaten Sambas</source>
        <translation>e.g. Kabupaten Sambas</translation>
    </message>
    <message>
        <source>Struktur yang berlaku</source>
        <translation>Structure in force</translation>
    </message>
    <message>
        <source>&amp;Nama wilayah</source>
        <translation>Region &amp;name</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Edisi &amp;pertama</source>
        <translation>&amp;First edition</translation>
    </message>
    <message>
        <source>Nama wilayah dan nama edisi harus diisi.</source>
        <translation>Fill in the name of the region and of the edition.</translation>
    </message>
</context>
<context>
    <name>NineBoxGrid</name>
    <message>
        <source>Kinerja di atas ekspektasi</source>
        <translation>Performance above expectation</translation>
    </message>
    <message>
        <source>Kinerja sesuai ekspektasi</source>
        <translation>Performance as expected</translation>
    </message>
    <message>
        <source>Kinerja di bawah ekspektasi</source>
        <translation>Performance below expectation</translation>
    </message>
    <message>
        <source>Potensi rendah</source>
        <translation>Low potential</translation>
    </message>
    <message>
        <source>Potensi menengah</source>
        <translation>Medium potential</translation>
    </message>
    <message>
        <source>Potensi tinggi</source>
        <translation>High potential</translation>
    </message>
    <message>
        <source>Kotak {box}
{count} orang</source>
        <translation>Box {box}
{count} people</translation>
    </message>
</context>
<context>
    <name>NoteRows</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PeopleController</name>
    <message>
        <source>Tambah jabatan</source>
        <translation>Add position</translation>
    </message>
    <message>
        <source>Nama jabatan (misalnya Analis Kebijakan Ahli Muda):</source>
        <translation>Name of the position (for example Analis Kebijakan Ahli Muda):</translation>
    </message>
    <message>
        <source>Hapus {count} pegawai yang dipilih beserta asesmennya?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Delete the {count} selected staff members with their assessments?
The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Hapus pegawai</source>
        <translation>Remove staff member</translation>
    </message>
    <message>
        <source>Hapus {name} ({nip}) beserta asesmennya?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Remove {name} ({nip}) with their assessments?
The removal can be undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Tambah &amp;jabatan</source>
        <translation>Add &amp;position</translation>
    </message>
    <message>
        <source>Hapus jabatan</source>
        <translation>Delete position</translation>
    </message>
    <message>
        <source>Hapus dari standar</source>
        <translation>Remove from standard</translation>
    </message>
    <message>
        <source>Kompetensi teknis baru...</source>
        <translation>New technical competency...</translation>
    </message>
    <message>
        <source>Jabatan (kebutuhan menurut anjab/ABK dan bezetting)</source>
        <translation>Positions (need from anjab/ABK and staff in post)</translation>
    </message>
    <message>
        <source>Tambah kompetensi:</source>
        <translation>Add competency:</translation>
    </message>
    <message>
        <source>termasuk sub-unit</source>
        <translation>including sub-units</translation>
    </message>
    <message>
        <source>Tambah &amp;pegawai</source>
        <translation>Add &amp;staff</translation>
    </message>
    <message>
        <source>&amp;Ubah...</source>
        <translation>&amp;Edit...</translation>
    </message>
    <message>
        <source>Pin&amp;dahkan...</source>
        <translation>&amp;Move...</translation>
    </message>
    <message>
        <source>Hapus pegawai</source>
        <translation>Remove staff member</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Standar kompetensi</source>
        <translation>Competency standard</translation>
    </message>
    <message>
        <source>{name} ({short} dari {assessed})</source>
        <translation>{name} ({short} of {assessed})</translation>
    </message>
    <message>
        <source>Kompetensi yang paling sering kurang: {list}</source>
        <translation>Competencies most often short: {list}</translation>
    </message>
    <message>
        <source>Tidak ada kesenjangan kompetensi pada pegawai yang sudah diases.</source>
        <translation>No competency gaps among the staff assessed.</translation>
    </message>
    <message>
        <source>Pilih jabatan untuk melihat standar kompetensinya.</source>
        <translation>Select a position to see its competency standard.</translation>
    </message>
    <message>
        <source>Standar kompetensi {title}:</source>
        <translation>Competency standard of {title}:</translation>
    </message>
    <message>
        <source>Standar kompetensi: {title}</source>
        <translation>Competency standard: {title}</translation>
    </message>
    <message>
        <source>(pilih)</source>
        <translation>(choose)</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Tempatkan pegawai</source>
        <translation>Place staff</translation>
    </message>
    <message>
        <source>Tempatkan aset</source>
        <translation>Place assets</translation>
    </message>
    <message>
        <source>{count} pegawai ditempatkan di unit draf:</source>
        <translation>{count} staff placed in the draft&apos;s unit:</translation>
    </message>
    <message>
        <source>{count} aset ke unit draf:</source>
        <translation>{count} assets to the draft&apos;s unit:</translation>
    </message>
    <message>
        <source>Jabatan di unit tujuan</source>
        <translation>Position in the destination unit</translation>
    </message>
    <message>
        <source>{title} ({held}/{needed}) · usulan</source>
        <translation>{title} ({held}/{needed}) · proposed</translation>
    </message>
    <message>
        <source>(tanpa jabatan)</source>
        <translation>(no position)</translation>
    </message>
</context>
<context>
    <name>PlacingBox</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Kode barang / register</source>
        <translation>Item code / register</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <source>Jabatan lama</source>
        <translation>Former position</translation>
    </message>
    <message>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>Unit lama</source>
        <translation>Old unit</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Alasan usulan</source>
        <translation>Why proposed</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>(bangku tunggu)</source>
        <translation>(bench)</translation>
    </message>
    <message>
        <source>(menunggu keputusan)</source>
        <translation>(awaiting decision)</translation>
    </message>
    <message>
        <source>Saring: nama, NIP, jabatan, unit</source>
        <translation>Filter: name, NIP, position, unit</translation>
    </message>
    <message>
        <source>Saring: kode barang, nama, lokasi, unit</source>
        <translation>Filter: item code, name, location, unit</translation>
    </message>
    <message>
        <source>&amp;Tempatkan di...</source>
        <translation>&amp;Place in...</translation>
    </message>
    <message>
        <source>Terima usula&amp;n</source>
        <translation>Accept pr&amp;oposal</translation>
    </message>
    <message>
        <source>Kembalikan ke &amp;bangku</source>
        <translation>Back to the &amp;bench</translation>
    </message>
    <message>
        <source>Kembalikan ke usu&amp;lan</source>
        <translation>&amp;Back to the proposal</translation>
    </message>
    <message>
        <source>{waiting} di bangku tunggu, {decided} sudah ditempatkan</source>
        <translation>{waiting} on the bench, {decided} placed</translation>
    </message>
    <message>
        <source>{waiting} menunggu keputusan, {decided} sudah diputuskan</source>
        <translation>{waiting} awaiting a decision, {decided} decided</translation>
    </message>
</context>
<context>
    <name>PlansController</name>
    <message>
        <source>Peta sinergi</source>
        <translation>Synergy map</translation>
    </message>
</context>
<context>
    <name>PositionsModel</name>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Eselon</source>
        <translation>Eselon</translation>
    </message>
    <message>
        <source>Kelas</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Kebutuhan</source>
        <translation>Needed</translation>
    </message>
    <message>
        <source>Bezetting</source>
        <translation>In post</translation>
    </message>
    <message>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>{count} formasi kosong</source>
        <translation>{count} vacancies</translation>
    </message>
    <message>
        <source>{count} orang melebihi kebutuhan</source>
        <translation>{count} more than needed</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Kode wilayah</source>
        <translation>Region &amp;code</translation>
    </message>
    <message>
        <source>Dasar &amp;hukum</source>
        <translation>Legal &amp;basis</translation>
    </message>
    <message>
        <source>No&amp;mor</source>
        <translation>Nu&amp;mber</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>&amp;Pilih...</source>
        <translation>Ch&amp;oose...</translation>
    </message>
    <message>
        <source>Urusan pilihan
yang relevan</source>
        <translation>Relevant optional
urusan</translation>
    </message>
    <message>
        <source>Tan&amp;ggal</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Wilayah: {name}</source>
        <translation>Region: {name}</translation>
    </message>
    <message>
        <source>{count} edisi struktur.</source>
        <translation>{count} structure editions.</translation>
    </message>
    <message>
        <source>(belum ada; pemeriksaan kekosongan hanya meminta urusan wajib)</source>
        <translation>(none yet; the coverage check only asks for mandatory urusan)</translation>
    </message>
    <message>
        <source>Edisi: {name}</source>
        <translation>Edition: {name}</translation>
    </message>
    <message>
        <source>{count} unit dalam edisi ini.</source>
        <translation>{count} units in this edition.</translation>
    </message>
</context>
<context>
    <name>RejectedRows</name>
    <message>
        <source>Lembar</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Judul kolom</source>
        <translation>Column header</translation>
    </message>
    <message>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Cetak laporan</source>
        <translation>Print a report</translation>
    </message>
    <message>
        <source>Seluruh wilayah: {name}</source>
        <translation>The whole region: {name}</translation>
    </message>
    <message>
        <source>Unit terpilih beserta sub-unitnya: {name}</source>
        <translation>The selected unit with its sub-units: {name}</translation>
    </message>
    <message>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Otomatis</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Tegak</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Melintang</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Kepala lampiran peraturan (dari dasar hukum edisi)</source>
        <translation>Regulation&apos;s attachment header (from the edition&apos;s legal basis)</translation>
    </message>
    <message>
        <source>Blok tanda tangan</source>
        <translation>Signature block</translation>
    </message>
    <message>
        <source>bawaan: kepala daerah</source>
        <translation>default: the head of the region</translation>
    </message>
    <message>
        <source>Pilih...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Buka PDF setelah selesai</source>
        <translation>Open the PDF when done</translation>
    </message>
    <message>
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Lingkup</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>&amp;Kertas</source>
        <translation>&amp;Paper</translation>
    </message>
    <message>
        <source>&amp;Arah kertas</source>
        <translation>&amp;Orientation</translation>
    </message>
    <message>
        <source>Isi bahan rapat</source>
        <translation>Meeting pack contents</translation>
    </message>
    <message>
        <source>&amp;Jabatan penanda tangan</source>
        <translation>Signer&apos;s &amp;title</translation>
    </message>
    <message>
        <source>Na&amp;ma penanda tangan</source>
        <translation>Signer&apos;s &amp;name</translation>
    </message>
    <message>
        <source>&amp;Simpan ke</source>
        <translation>&amp;Save to</translation>
    </message>
    <message>
        <source>Buat PDF</source>
        <translation>Make PDF</translation>
    </message>
    <message>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Tulis nama berkas PDF.</source>
        <translation>Type a name for the PDF file.</translation>
    </message>
    <message>
        <source>Pilih sedikitnya satu bagian bahan rapat.</source>
        <translation>Choose at least one part of the meeting pack.</translation>
    </message>
    <message>
        <source>Folder {folder} tidak ada.</source>
        <translation>Folder {folder} does not exist.</translation>
    </message>
</context>
<context>
    <name>ReportsController</name>
    <message>
        <source>Laporan sedang ditulis</source>
        <translation>A report is being written</translation>
    </message>
    <message>
        <source>Laporan masih ditulis. Batalkan laporan itu dan tutup SOTK Planner?</source>
        <translation>A report is still being written. Cancel it and close SOTK Planner?</translation>
    </message>
    <message>
        <source>Cetak laporan</source>
        <translation>Print a report</translation>
    </message>
    <message>
        <source>Belum ada edisi untuk dicetak.</source>
        <translation>There is no edition to print yet.</translation>
    </message>
    <message>
        <source>Membuat {report}...</source>
        <translation>Making {report}...</translation>
    </message>
    <message>
        <source>Laporan ditulis: {path} ({pages} halaman)</source>
        <translation>Report written: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>Catatan laporan</source>
        <translation>Report notes</translation>
    </message>
    <message>
        <source>Laporan sudah ditulis, tetapi tidak ada program untuk membuka PDF di komputer ini.
Berkasnya: {path}</source>
        <translation>The report is written, but this computer has no program to open PDF files.
The file: {path}</translation>
    </message>
    <message>
        <source>Laporan dibatalkan; tidak ada berkas yang ditulis.</source>
        <translation>Report cancelled; no file was written.</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Cadangan berkas {name}, terbaru di atas. Tiap cadangan memuat isi berkas tepat sebelum perubahan yang disebut.</source>
        <translation>Backups of {name}, newest first. Each holds the file exactly as it was before the change named.</translation>
    </message>
    <message>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Ukuran</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Perubahan sesudahnya</source>
        <translation>Change that followed</translation>
    </message>
    <message>
        <source>Berkas cadangan</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>&amp;Pulihkan...</source>
        <translation>&amp;Restore...</translation>
    </message>
    <message>
        <source>Kembalikan {name} ke isinya pada {when}, sebelum “{change}”?

Isi berkas sekarang disimpan dulu sebagai cadangan baru, jadi pemulihan ini pun dapat dibatalkan dengan memulihkan cadangan itu.</source>
        <translation>Return {name} to its content of {when}, before “{change}”?

The file&apos;s current content is first kept as a new backup, so even this restore can be reversed by restoring that backup.</translation>
    </message>
</context>
<context>
    <name>RestructureController</name>
    <message>
        <source>Restrukturisasi</source>
        <translation>Restructuring</translation>
    </message>
    <message>
        <source>Belum ada wilayah di berkas ini.</source>
        <translation>This file has no region yet.</translation>
    </message>
    <message>
        <source>Membaca usulan dan dampak penataan...</source>
        <translation>Reading the restructuring&apos;s proposals and impact...</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Pilih dulu unit di tabel pemetaan.</source>
        <translation>First select units in the mapping table.</translation>
    </message>
    <message>
        <source>Putuskan {count} unit: {action}</source>
        <translation>Decide {count} units: {action}</translation>
    </message>
    <message>
        <source>Unit tujuan</source>
        <translation>Target unit</translation>
    </message>
    <message>
        <source>Unit tujuan di draf untuk {count} unit (pecah: pilih beberapa dengan Ctrl):</source>
        <translation>Target unit in the draft for {count} units (split: choose several with Ctrl):</translation>
    </message>
    <message>
        <source>Terima usulan</source>
        <translation>Accept proposals</translation>
    </message>
    <message>
        <source>Tidak ada usulan baru pada keyakinan itu.</source>
        <translation>No new proposals at that confidence.</translation>
    </message>
    <message>
        <source>Muat lembar pemetaan</source>
        <translation>Load a mapping sheet</translation>
    </message>
    <message>
        <source>Lembar pemetaan (*.csv *.xlsx)</source>
        <translation>Mapping sheet (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Dampak masih dibaca; tunggu sebentar.</source>
        <translation>The impact is still being read; wait a moment.</translation>
    </message>
    <message>
        <source>... dan {count} lagi</source>
        <translation>... and {count} more</translation>
    </message>
    <message>
        <source>Belum dapat diterapkan</source>
        <translation>Cannot be applied yet</translation>
    </message>
    <message>
        <source>Draf belum dapat diterapkan; tidak ada yang diubah. Yang belum diputuskan:
{items}</source>
        <translation>The draft cannot be applied yet; nothing was changed. Still undecided:
{items}</translation>
    </message>
    <message>
        <source>Terapkan penataan</source>
        <translation>Apply the restructuring</translation>
    </message>
    <message>
        <source>Terapkan &apos;{name}&apos;? Draf menjadi edisi yang berlaku, edisi lama diarsipkan, {people} pegawai dan {assets} aset dipindahkan. Berkas dicadangkan dulu; langkah ini dapat diurungkan.</source>
        <translation>Apply &apos;{name}&apos;? The draft becomes the edition in force, the old edition is archived, {people} staff and {assets} assets are moved. The file is backed up first; this step can be undone.</translation>
    </message>
    <message>
        <source>pegawai</source>
        <translation>staff</translation>
    </message>
    <message>
        <source>aset</source>
        <translation>asset</translation>
    </message>
    <message>
        <source>Penempatan</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Pilih dulu {what} di daftar.</source>
        <translation>First choose {what} in the list.</translation>
    </message>
    <message>
        <source>{count} pegawai</source>
        <translation>{count} staff</translation>
    </message>
    <message>
        <source>{count} aset</source>
        <translation>{count} assets</translation>
    </message>
    <message>
        <source>Tempatkan {what} di {unit}</source>
        <translation>Place {what} in {unit}</translation>
    </message>
    <message>
        <source>Tidak ada usulan untuk yang dipilih.</source>
        <translation>There is no proposal for those chosen.</translation>
    </message>
    <message>
        <source>Terima usulan penempatan {what}</source>
        <translation>Accept the proposed placement of {what}</translation>
    </message>
    <message>
        <source>Kembalikan {count} pegawai ke bangku tunggu</source>
        <translation>Return {count} staff to the bench</translation>
    </message>
    <message>
        <source>Kembalikan {count} aset ke usulan</source>
        <translation>Return {count} assets to their proposal</translation>
    </message>
</context>
<context>
    <name>RestructureDialog</name>
    <message>
        <source>Restrukturisasi: {region}</source>
        <translation>Restructuring: {region}</translation>
    </message>
    <message>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>dalam telaah</source>
        <translation>in review</translation>
    </message>
    <message>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>diarsipkan</source>
        <translation>archived</translation>
    </message>
    <message>
        <source>berlaku</source>
        <translation>in force</translation>
    </message>
    <message>
        <source>tetap</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>ganti nama</source>
        <translation>renamed</translation>
    </message>
    <message>
        <source>digabung ke</source>
        <translation>merged into</translation>
    </message>
    <message>
        <source>dipecah ke</source>
        <translation>split into</translation>
    </message>
    <message>
        <source>dipindah ke</source>
        <translation>moved to</translation>
    </message>
    <message>
        <source>dibubarkan</source>
        <translation>dissolved</translation>
    </message>
    <message>
        <source>baru</source>
        <translation>new</translation>
    </message>
    <message>
        <source>belum diputuskan</source>
        <translation>undecided</translation>
    </message>
    <message>
        <source>Draf:</source>
        <translation>Draft:</translation>
    </message>
    <message>
        <source>&amp;Draf dan riwayat</source>
        <translation>&amp;Drafts and history</translation>
    </message>
    <message>
        <source>&amp;Pemetaan</source>
        <translation>&amp;Mapping</translation>
    </message>
    <message>
        <source>Dampak dan pen&amp;erapan</source>
        <translation>&amp;Impact and apply</translation>
    </message>
    <message>
        <source>Ba&amp;ndingkan edisi</source>
        <translation>Compare edi&amp;tions</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Dasar hukum yang direncanakan</source>
        <translation>Planned legal basis</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Kirim ke &amp;telaah</source>
        <translation>Send for &amp;review</translation>
    </message>
    <message>
        <source>&amp;Setujui</source>
        <translation>&amp;Approve</translation>
    </message>
    <message>
        <source>&amp;Kembalikan ke draf</source>
        <translation>Bac&amp;k to draft</translation>
    </message>
    <message>
        <source>&amp;Arsipkan</source>
        <translation>Archi&amp;ve</translation>
    </message>
    <message>
        <source>Draf &amp;baru...</source>
        <translation>&amp;New draft...</translation>
    </message>
    <message>
        <source>Riwayat draf (siapa dan kapan)</source>
        <translation>Draft history (who and when)</translation>
    </message>
    <message>
        <source>Unit edisi yang berlaku</source>
        <translation>Unit of the edition in force</translation>
    </message>
    <message>
        <source>Usulan</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Tujuan usulan</source>
        <translation>Proposed target</translation>
    </message>
    <message>
        <source>Keyakinan</source>
        <translation>Confidence</translation>
    </message>
    <message>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Hanya yang belum diputuskan</source>
        <translation>Undecided only</translation>
    </message>
    <message>
        <source>Usulan dengan keyakinan sedikitnya</source>
        <translation>Proposals with confidence at least</translation>
    </message>
    <message>
        <source>Terima semua &amp;usulan</source>
        <translation>Accept all &amp;proposals</translation>
    </message>
    <message>
        <source>&amp;Muat lembar pemetaan...</source>
        <translation>&amp;Load mapping sheet...</translation>
    </message>
    <message>
        <source>Keputusan untuk unit terpilih:</source>
        <translation>Decision for the selected units:</translation>
    </message>
    <message>
        <source>Tetapka&amp;n (pilih unit tujuan)...</source>
        <translation>&amp;Set (choose target unit)...</translation>
    </message>
    <message>
        <source>&amp;Hapus keputusan</source>
        <translation>&amp;Clear decision</translation>
    </message>
    <message>
        <source>Perangkat daerah</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Jabatan struktural</source>
        <translation>Structural posts</translation>
    </message>
    <message>
        <source>Aset</source>
        <translation>Assets</translation>
    </message>
    <message>
        <source>Nilai aset</source>
        <translation>Asset value</translation>
    </message>
    <message>
        <source>Pe&amp;gawai</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>A&amp;set</source>
        <translation>&amp;Assets</translation>
    </message>
    <message>
        <source>Per perangkat daerah asal</source>
        <translation>Per source perangkat daerah</translation>
    </message>
    <message>
        <source>Per perangkat daerah tujuan</source>
        <translation>Per target perangkat daerah</translation>
    </message>
    <message>
        <source>Yang menahan penerapan</source>
        <translation>What holds the apply back</translation>
    </message>
    <message>
        <source>mis. BAST/ORG/2026</source>
        <translation>e.g. BAST/ORG/2026</translation>
    </message>
    <message>
        <source>Terima usulan penempatan pegawai dan aset</source>
        <translation>Accept the proposed placements of staff and assets</translation>
    </message>
    <message>
        <source>Te&amp;rapkan draf...</source>
        <translation>Appl&amp;y draft...</translation>
    </message>
    <message>
        <source>Awalan nomor BAST</source>
        <translation>BAST number prefix</translation>
    </message>
    <message>
        <source>Belum ada draf penataan di wilayah ini: mulai dengan &quot;Draf baru&quot;.</source>
        <translation>This region has no restructuring draft yet: start with &quot;New draft&quot;.</translation>
    </message>
    <message>
        <source>Status: {status} · berlaku {date}</source>
        <translation>Status: {status} · effective {date}</translation>
    </message>
    <message>
        <source>Membaca usulan dan dampak...</source>
        <translation>Reading proposals and impact...</translation>
    </message>
    <message>
        <source>{count} unit belum diputuskan</source>
        <translation>{count} units undecided</translation>
    </message>
    <message>
        <source>Semua unit sudah diputuskan</source>
        <translation>Every unit is decided</translation>
    </message>
    <message>
        <source>{people} pegawai ({bench} di bangku tunggu), {posts} jabatan struktural, {assets} aset senilai {value}.</source>
        <translation>{people} staff ({bench} on the bench), {posts} structural posts, {assets} assets worth {value}.</translation>
    </message>
    <message>
        <source>(bangku tunggu)</source>
        <translation>(bench)</translation>
    </message>
    <message>
        <source>Pe&amp;gawai ({count})</source>
        <translation>&amp;Staff ({count})</translation>
    </message>
    <message>
        <source>A&amp;set ({count})</source>
        <translation>&amp;Assets ({count})</translation>
    </message>
    <message>
        <source>Yang menahan penerapan ({count})</source>
        <translation>Holding the apply back ({count})</translation>
    </message>
    <message>
        <source>Tidak ada: semua unit, pegawai dan aset sudah punya tujuan.</source>
        <translation>Nothing: every unit, staff member and asset has a target.</translation>
    </message>
</context>
<context>
    <name>StaffBrowser</name>
    <message>
        <source>Cari nama atau NIP</source>
        <translation>Find a name or NIP</translation>
    </message>
    <message>
        <source>PNS dan PPPK</source>
        <translation>PNS and PPPK</translation>
    </message>
    <message>
        <source>belum memegang jabatan</source>
        <translation>without a position</translation>
    </message>
    <message>
        <source>Tampilkan unitnya di pohon</source>
        <translation>Show the unit in the tree</translation>
    </message>
    <message>
        <source>Sembilan kotak talenta (klik kotak untuk menyaring)</source>
        <translation>Talent nine-box (click a box to filter)</translation>
    </message>
    <message>
        <source>Kotak {box}</source>
        <translation>Box {box}</translation>
    </message>
    <message>
        <source>{count} pegawai</source>
        <translation>{count} staff</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Ubah data pegawai</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>Tambah pegawai</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>(belum memegang jabatan)</source>
        <translation>(no position yet)</translation>
    </message>
    <message>
        <source>1 di bawah ekspektasi, 2 sesuai ekspektasi, 3 di atas ekspektasi</source>
        <translation>1 below expectation, 2 as expected, 3 above expectation</translation>
    </message>
    <message>
        <source>1 rendah, 2 menengah, 3 tinggi</source>
        <translation>1 low, 2 medium, 3 high</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>Na&amp;ma</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>&amp;Gelar depan</source>
        <translation>&amp;Titles before</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Go&amp;longan</source>
        <translation>&amp;Rank</translation>
    </message>
    <message>
        <source>&amp;Jabatan</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <source>gelar &amp;belakang</source>
        <translation>titles aft&amp;er</translation>
    </message>
    <message>
        <source>&amp;potensi</source>
        <translation>p&amp;otential</translation>
    </message>
    <message>
        <source>&amp;Kinerja</source>
        <translation>Per&amp;formance</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tambah &amp;asesmen</source>
        <translation>Add &amp;assessment</translation>
    </message>
    <message>
        <source>Hapus asesmen</source>
        <translation>Remove assessment</translation>
    </message>
    <message>
        <source>Asesmen kompetensi (level 1–5)</source>
        <translation>Competency assessments (levels 1–5)</translation>
    </message>
    <message>
        <source>{name}: belum diases (butuh {required})</source>
        <translation>{name}: not assessed (needs {required})</translation>
    </message>
    <message>
        <source>Dibanding standar jabatannya: {list}</source>
        <translation>Against the standard of their position: {list}</translation>
    </message>
    <message>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Lahir {birth} · {gender} · TMT CPNS {month}/{year}</source>
        <translation>Born {birth} · {gender} · appointed {month}/{year}</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gol.</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Masa kerja</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>JPM</source>
        <translation>JPM</translation>
    </message>
    <message>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Belum semua kompetensi diases ({done} dari {all}).</source>
        <translation>Not every competency assessed yet ({done} of {all}).</translation>
    </message>
</context>
<context>
    <name>StandardModel</name>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kompetensi</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Level dibutuhkan</source>
        <translation>Required level</translation>
    </message>
</context>
<context>
    <name>StructureController</name>
    <message>
        <source>Unit baru</source>
        <translation>New unit</translation>
    </message>
    <message>
        <source>Unit tidak dapat dihapus</source>
        <translation>Unit cannot be deleted</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; tidak dapat dihapus karena {staff} pegawai dan {assets} aset masih tercatat pada unit ini atau sub-unitnya. Pindahkan mereka ke unit lain dulu.</source>
        <translation>&apos;{name}&apos; cannot be deleted because {staff} staff and {assets} assets still belong to it or its sub-units. Move them to another unit first.</translation>
    </message>
    <message>
        <source>Hapus &apos;{name}&apos; beserta {sub} sub-unit, {functions} pernyataan fungsi dan {positions} jabatan?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Delete &apos;{name}&apos; with {sub} sub-units, {functions} function statements and {positions} positions?
The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Hapus &apos;{name}&apos;?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Delete &apos;{name}&apos;?
The deletion can be undone (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Hapus unit</source>
        <translation>Delete unit</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; siap dipindah: pilih induk barunya lalu Tempel (Ctrl+V).</source>
        <translation>&apos;{name}&apos; is ready to move: select its new parent, then Paste (Ctrl+V).</translation>
    </message>
    <message>
        <source>Tidak dapat dipindah</source>
        <translation>Cannot move</translation>
    </message>
    <message>
        <source>Unit hanya dapat dipindah di dalam edisinya sendiri.</source>
        <translation>A unit can only be moved within its own edition.</translation>
    </message>
    <message>
        <source>Naikkan &apos;{name}&apos;</source>
        <translation>Move &apos;{name}&apos; up</translation>
    </message>
    <message>
        <source>Turunkan &apos;{name}&apos;</source>
        <translation>Move &apos;{name}&apos; down</translation>
    </message>
    <message>
        <source>Edisi baru</source>
        <translation>New edition</translation>
    </message>
    <message>
        <source>Nama edisi (misalnya rancangan Perda yang baru):</source>
        <translation>Name of the edition (for example the new draft Perda):</translation>
    </message>
    <message>
        <source>Salin edisi sebagai draf</source>
        <translation>Copy edition as draft</translation>
    </message>
    <message>
        <source>Nama draf baru:</source>
        <translation>Name of the new draft:</translation>
    </message>
    <message>
        <source>Draf penataan dari {name}</source>
        <translation>Restructuring draft of {name}</translation>
    </message>
    <message>
        <source>Hapus edisi</source>
        <translation>Delete edition</translation>
    </message>
    <message>
        <source>Hapus edisi &apos;{name}&apos; beserta {count} unitnya?
Penghapusan dapat diurungkan (Ctrl+Z).</source>
        <translation>Delete edition &apos;{name}&apos; with its {count} units?
The deletion can be undone (Ctrl+Z).</translation>
    </message>
</context>
<context>
    <name>StructureTreeModel</name>
    <message>
        <source>{kind} · eselon {eselon}</source>
        <translation>{kind} · eselon {eselon}</translation>
    </message>
</context>
<context>
    <name>SubmitDialog</name>
    <message>
        <source>Berkas dibuka hanya-baca: perubahan tidak dapat disimpan.</source>
        <translation>The file is open read-only: changes cannot be saved.</translation>
    </message>
</context>
<context>
    <name>SynergyPanel</name>
    <message>
        <source>Isu strategis</source>
        <translation>Strategic issues</translation>
    </message>
    <message>
        <source>Program prioritas</source>
        <translation>Priority programs</translation>
    </message>
    <message>
        <source>Klik sel untuk melihat program, kegiatan dan sub kegiatannya.</source>
        <translation>Click a cell to see its programs, activities and sub-activities.</translation>
    </message>
    <message>
        <source>Wilayah:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Wilayah ini belum punya RPJMD: peta sinergi memerlukan rencana (lihat &apos;main.py plans&apos;).</source>
        <translation>This region has no RPJMD yet: the synergy map needs a plan (see &apos;main.py plans&apos;).</translation>
    </message>
    <message>
        <source>RPJMD ini belum memuat kolom untuk peta ini.</source>
        <translation>This RPJMD has no columns for this map yet.</translation>
    </message>
    <message>
        <source>%1 perangkat daerah lain yang punya Renstra tidak mengaitkan programnya di sini.</source>
        <translation>%1 other regional agencies with a Renstra link none of their programs here.</translation>
    </message>
    <message>
        <source>Kolom berwarna: dikerjakan satu perangkat daerah saja (ego sektoral) atau tidak dikerjakan sama sekali.</source>
        <translation>Shaded columns: carried by a single regional agency (sectoral ego) or by none at all.</translation>
    </message>
    <message>
        <source>%1 × %2: %3 butir</source>
        <translation>%1 × %2: %3 items</translation>
    </message>
</context>
<context>
    <name>TreeFilterController</name>
    <message>
        <source>{count} unit cocok</source>
        <translation>{count} units match</translation>
    </message>
</context>
<context>
    <name>UnitChooser</name>
    <message>
        <source>Cari unit tujuan</source>
        <translation>Find the destination unit</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <source>&amp;Nama</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Jenis</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Jabatan &amp;kepala</source>
        <translation>Head&apos;s &amp;title</translation>
    </message>
    <message>
        <source>&amp;Eselon kepala</source>
        <translation>Head&apos;s ese&amp;lon</translation>
    </message>
    <message>
        <source>Nama s&amp;ingkat</source>
        <translation>Sh&amp;ort name</translation>
    </message>
    <message>
        <source>Tipo&amp;logi</source>
        <translation>T&amp;ypology</translation>
    </message>
    <message>
        <source>Ko&amp;de</source>
        <translation>Co&amp;de</translation>
    </message>
    <message>
        <source>Tambah &amp;fungsi</source>
        <translation>&amp;Add function</translation>
    </message>
    <message>
        <source>&amp;Hapus fungsi</source>
        <translation>Re&amp;move function</translation>
    </message>
    <message>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Tugas dan fungsi</source>
        <translation>Tasks and functions</translation>
    </message>
    <message>
        <source>Pilih &amp;urusan...</source>
        <translation>Choose &amp;urusan...</translation>
    </message>
    <message>
        <source>mis. 3.27.03, 3.27.04 (pisahkan dengan koma)</source>
        <translation>e.g. 3.27.03, 3.27.04 (separate with commas)</translation>
    </message>
    <message>
        <source>Urusan pemerintahan yang diemban</source>
        <translation>Government affairs (urusan) carried</translation>
    </message>
    <message>
        <source>Urusan</source>
        <translation>Urusan</translation>
    </message>
    <message>
        <source>&amp;Program</source>
        <translation>&amp;Programs</translation>
    </message>
    <message>
        <source>fungsi baru</source>
        <translation>new function</translation>
    </message>
    <message>
        <source>(tidak ada; mengikuti {pd}: {urusan})</source>
        <translation>(none; follows {pd}: {urusan})</translation>
    </message>
    <message>
        <source>(belum ada urusan)</source>
        <translation>(no urusan yet)</translation>
    </message>
    <message>
        <source>{units} sub-unit · {positions} jabatan · {staff} pegawai · {assets} aset (termasuk sub-unit)</source>
        <translation>{units} sub-units · {positions} positions · {staff} staff · {assets} assets (sub-units included)</translation>
    </message>
</context>
<context>
    <name>UpdatedRows</name>
    <message>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>UrusanPicker</name>
    <message>
        <source>Pilih urusan pemerintahan</source>
        <translation>Choose government affairs (urusan)</translation>
    </message>
    <message>
        <source>Saring: ketik kode atau nama urusan</source>
        <translation>Filter: type a code or a name</translation>
    </message>
    <message>
        <source>Sumber: {basis}. Satu dinas paling banyak 3 urusan dari satu rumpun (PP 18/2016 Pasal 18).</source>
        <translation>Source: {basis}. A dinas carries at most 3 urusan, all of one family (PP 18/2016 art. 18).</translation>
    </message>
</context>
<context>
    <name>cascade</name>
    <message>
        <source>Visi</source>
        <translation>Visi</translation>
    </message>
    <message>
        <source>Misi</source>
        <translation>Misi</translation>
    </message>
    <message>
        <source>Tujuan</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Sasaran</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-kegiatan</translation>
    </message>
    <message>
        <source>Program prioritas</source>
        <translation>Priority program</translation>
    </message>
    <message>
        <source>Isu strategis</source>
        <translation>Strategic issue</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Ganti nama unit</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <source>Ubah jenis unit</source>
        <translation>Change unit kind</translation>
    </message>
    <message>
        <source>Ubah nama singkat</source>
        <translation>Change short name</translation>
    </message>
    <message>
        <source>Ubah tipologi</source>
        <translation>Change typology</translation>
    </message>
    <message>
        <source>Ubah jabatan kepala</source>
        <translation>Change head&apos;s title</translation>
    </message>
    <message>
        <source>Ubah eselon</source>
        <translation>Change eselon</translation>
    </message>
    <message>
        <source>Ubah kode unit</source>
        <translation>Change unit code</translation>
    </message>
    <message>
        <source>Ubah catatan unit</source>
        <translation>Change unit notes</translation>
    </message>
    <message>
        <source>Tambah unit &apos;{name}&apos;</source>
        <translation>Add unit &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Ubah unit</source>
        <translation>Change unit</translation>
    </message>
    <message>
        <source>Pindahkan unit &apos;{name}&apos;</source>
        <translation>Move unit &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Hapus unit &apos;{name}&apos;</source>
        <translation>Delete unit &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Ubah fungsi unit</source>
        <translation>Change unit functions</translation>
    </message>
    <message>
        <source>Ubah urusan unit</source>
        <translation>Change unit urusan</translation>
    </message>
    <message>
        <source>Ubah program unit</source>
        <translation>Change unit programs</translation>
    </message>
    <message>
        <source>Ubah wilayah</source>
        <translation>Change region</translation>
    </message>
    <message>
        <source>Ubah edisi</source>
        <translation>Change edition</translation>
    </message>
    <message>
        <source>Hapus edisi &apos;{name}&apos;</source>
        <translation>Delete edition &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Tambah wilayah &apos;{name}&apos;</source>
        <translation>Add region &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Tambah edisi &apos;{name}&apos;</source>
        <translation>Add edition &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Salin edisi sebagai &apos;{name}&apos;</source>
        <translation>Copy edition as &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Terima temuan</source>
        <translation>Accept finding</translation>
    </message>
    <message>
        <source>Batalkan penerimaan temuan</source>
        <translation>Reopen finding</translation>
    </message>
    <message>
        <source>Ubah urusan pilihan yang relevan</source>
        <translation>Change relevant optional urusan</translation>
    </message>
    <message>
        <source>Tambah jabatan &apos;{title}&apos;</source>
        <translation>Add position &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Ubah jabatan</source>
        <translation>Change position</translation>
    </message>
    <message>
        <source>Hapus jabatan &apos;{title}&apos;</source>
        <translation>Delete position &apos;{title}&apos;</translation>
    </message>
    <message>
        <source>Ubah standar kompetensi</source>
        <translation>Change competency standard</translation>
    </message>
    <message>
        <source>Tambah kompetensi teknis &apos;{code}&apos;</source>
        <translation>Add technical competency &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>Ubah data pegawai</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <source>Tambah pegawai</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <source>Pindahkan {count} pegawai</source>
        <translation>Move {count} staff</translation>
    </message>
    <message>
        <source>Hapus pegawai &apos;{name}&apos;</source>
        <translation>Remove staff member &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Hapus {count} pegawai</source>
        <translation>Delete {count} staff members</translation>
    </message>
    <message>
        <source>Ubah aset</source>
        <translation>Edit asset</translation>
    </message>
    <message>
        <source>Tambah aset</source>
        <translation>Add asset</translation>
    </message>
    <message>
        <source>Pindahkan {count} aset</source>
        <translation>Move {count} assets</translation>
    </message>
    <message>
        <source>Hapus aset &apos;{name}&apos;</source>
        <translation>Remove asset &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Hapus {count} aset</source>
        <translation>Remove {count} assets</translation>
    </message>
    <message>
        <source>Impor {name}</source>
        <translation>Import {name}</translation>
    </message>
    <message>
        <source>Memeriksa {name}...</source>
        <translation>Checking {name}...</translation>
    </message>
    <message>
        <source>Menulis {count} baris...</source>
        <translation>Writing {count} rows...</translation>
    </message>
    <message>
        <source>Mulai draf penataan &apos;{name}&apos;</source>
        <translation>Start restructuring draft &apos;{name}&apos;</translation>
    </message>
    <message>
        <source>Draf penataan menjadi {status}</source>
        <translation>Restructuring draft becomes {status}</translation>
    </message>
    <message>
        <source>Hapus keputusan {count} unit</source>
        <translation>Clear the decision of {count} units</translation>
    </message>
    <message>
        <source>Terima {count} usulan pemetaan</source>
        <translation>Accept {count} mapping proposals</translation>
    </message>
    <message>
        <source>Muat lembar pemetaan {name}</source>
        <translation>Load mapping sheet {name}</translation>
    </message>
    <message>
        <source>Terapkan penataan {name}</source>
        <translation>Apply restructuring {name}</translation>
    </message>
    <message>
        <source>Buat RPJMD</source>
        <translation>Create RPJMD</translation>
    </message>
    <message>
        <source>Ubah visi</source>
        <translation>Edit visi</translation>
    </message>
    <message>
        <source>Tambah {kind} &apos;{text}&apos;</source>
        <translation>Add {kind} &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Ubah uraian</source>
        <translation>Edit wording</translation>
    </message>
    <message>
        <source>Pindahkan</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Hapus &apos;{text}&apos;</source>
        <translation>Delete &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>Tambah {code}</source>
        <translation>Add {code}</translation>
    </message>
    <message>
        <source>Ubah butir Renstra</source>
        <translation>Edit Renstra item</translation>
    </message>
    <message>
        <source>Hapus {code}</source>
        <translation>Delete {code}</translation>
    </message>
    <message>
        <source>Kaitkan ke sasaran</source>
        <translation>Link to a sasaran</translation>
    </message>
    <message>
        <source>Lepas dari sasaran</source>
        <translation>Unlink from sasaran</translation>
    </message>
    <message>
        <source>Kaitkan ke isu strategis</source>
        <translation>Link to a strategic issue</translation>
    </message>
    <message>
        <source>Lepas dari isu strategis</source>
        <translation>Unlink from strategic issue</translation>
    </message>
    <message>
        <source>Kaitkan ke program prioritas</source>
        <translation>Link to a priority program</translation>
    </message>
    <message>
        <source>Lepas dari program prioritas</source>
        <translation>Unlink from priority program</translation>
    </message>
    <message>
        <source>Tambah indikator</source>
        <translation>Add indicator</translation>
    </message>
    <message>
        <source>Ubah indikator dan target</source>
        <translation>Edit indicator and targets</translation>
    </message>
    <message>
        <source>Hapus indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <source>Tambah program prioritas</source>
        <translation>Add priority program</translation>
    </message>
    <message>
        <source>Ubah program prioritas</source>
        <translation>Edit priority program</translation>
    </message>
    <message>
        <source>Hapus program prioritas</source>
        <translation>Delete priority program</translation>
    </message>
    <message>
        <source>Tambah isu strategis</source>
        <translation>Add strategic issue</translation>
    </message>
    <message>
        <source>Ubah isu strategis</source>
        <translation>Edit strategic issue</translation>
    </message>
    <message>
        <source>Hapus isu strategis</source>
        <translation>Delete strategic issue</translation>
    </message>
    <message>
        <source>Ubah wilayah koordinasi</source>
        <translation>Change coordination area</translation>
    </message>
</context>
<context>
    <name>document</name>
    <message>
        <source>Membuat cadangan berkas...</source>
        <translation>Making a backup of the file...</translation>
    </message>
    <message>
        <source>Mengurungkan: {action}</source>
        <translation>Undoing: {action}</translation>
    </message>
    <message>
        <source>Mengulangi: {action}</source>
        <translation>Redoing: {action}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Masalah berkas</source>
        <translation>File problem</translation>
    </message>
    <message>
        <source>Tidak dapat dilakukan</source>
        <translation>Cannot be done</translation>
    </message>
    <message>
        <source>Terjadi kesalahan program</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>Maaf, SOTK Planner mengalami kesalahan yang tidak terduga. Perubahan yang sudah tersimpan tetap aman.</source>
        <translation>Sorry, SOTK Planner hit an unexpected error. Changes already saved are safe.</translation>
    </message>
    <message>
        <source>Rincian tercatat di {path}. Sertakan rincian di bawah saat melapor.</source>
        <translation>Details are in {path}. Include the details below when you report it.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Kabupaten</source>
        <translation>Regency</translation>
    </message>
    <message>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Berlaku</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Arsip</source>
        <translation>Archived</translation>
    </message>
    <message>
        <source>manajerial</source>
        <translation>managerial</translation>
    </message>
    <message>
        <source>sosial kultural</source>
        <translation>socio-cultural</translation>
    </message>
    <message>
        <source>teknis</source>
        <translation>technical</translation>
    </message>
    <message>
        <source>wajib, pelayanan dasar</source>
        <translation>mandatory, basic services</translation>
    </message>
    <message>
        <source>wajib, non-pelayanan dasar</source>
        <translation>mandatory, non-basic services</translation>
    </message>
    <message>
        <source>pilihan</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>pendukung</source>
        <translation>support</translation>
    </message>
    <message>
        <source>penunjang</source>
        <translation>supporting</translation>
    </message>
    <message>
        <source>pengawasan</source>
        <translation>oversight</translation>
    </message>
    <message>
        <source>kewilayahan</source>
        <translation>territorial</translation>
    </message>
    <message>
        <source>pemerintahan umum</source>
        <translation>general government</translation>
    </message>
    <message>
        <source>non-urusan</source>
        <translation>non-urusan</translation>
    </message>
    <message>
        <source>Galat</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>JPT utama</source>
        <translation>JPT utama</translation>
    </message>
    <message>
        <source>JPT madya</source>
        <translation>JPT madya</translation>
    </message>
    <message>
        <source>JPT pratama</source>
        <translation>JPT pratama</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Pengawas</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Pelaksana</source>
        <translation>Executive</translation>
    </message>
    <message>
        <source>Fungsional</source>
        <translation>Functional</translation>
    </message>
    <message>
        <source>Ahli pertama</source>
        <translation>Ahli pertama</translation>
    </message>
    <message>
        <source>Ahli muda</source>
        <translation>Ahli muda</translation>
    </message>
    <message>
        <source>Ahli madya</source>
        <translation>Ahli madya</translation>
    </message>
    <message>
        <source>Ahli utama</source>
        <translation>Ahli utama</translation>
    </message>
    <message>
        <source>Pemula</source>
        <translation>Pemula</translation>
    </message>
    <message>
        <source>Terampil</source>
        <translation>Terampil</translation>
    </message>
    <message>
        <source>Mahir</source>
        <translation>Mahir</translation>
    </message>
    <message>
        <source>Penyelia</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Kurang baik</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Rusak berat</source>
        <translation>Badly damaged</translation>
    </message>
</context>
<context>
    <name>region_choice</name>
    <message>
        <source>Semua wilayah</source>
        <translation>All regions</translation>
    </message>
</context>
<context>
    <name>sample</name>
    <message>
        <source>Menyiapkan data contoh Kalimantan Barat...</source>
        <translation>Preparing the West Kalimantan sample data...</translation>
    </message>
</context>
<context>
    <name>synergy</name>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Kegiatan</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Sub kegiatan</source>
        <translation>Sub-activity</translation>
    </message>
    <message>
        <source>%1 dan %2 lainnya</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>⚠ Tidak dikerjakan perangkat daerah mana pun</source>
        <translation>⚠ Carried by no regional agency</translation>
    </message>
    <message>
        <source>Perangkat daerah: %1</source>
        <translation>Regional agencies: %1</translation>
    </message>
    <message>
        <source>⚠ Hanya satu perangkat daerah (ego sektoral)</source>
        <translation>⚠ Only one regional agency (sectoral ego)</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>⚠ satu PD</source>
        <translation>⚠ one agency</translation>
    </message>
    <message>
        <source>⚠ tanpa PD</source>
        <translation>⚠ no agency</translation>
    </message>
    <message>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Pagu indikatif</source>
        <translation>Indicative ceiling</translation>
    </message>
</context>
</TS>
