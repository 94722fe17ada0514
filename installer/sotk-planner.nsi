; SOTK Planner: the Windows installer, for the current user only (no administrator rights,
; no internet). NSIS 3 with Modern UI 2; compiled by installer/build.py:
;
;   makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSOURCE_DIR=dist\sotk-planner
;            -DOUTFILE=dist\sotk-planner-0.1.0-setup.exe installer\sotk-planner.nsi
;
; It installs into %LOCALAPPDATA%\Programs\SOTK Planner, adds a Start-menu entry and (optional)
; a desktop shortcut, opens .sotk files with a double-click (under HKCU\Software\Classes) and
; lists itself in Apps & features. Installing over an older version replaces the program's own
; files only. Uninstalling removes the program, its shortcuts and its file association, and
; leaves the user's .sotk files, their backups and the settings (%APPDATA%\SOTK Planner).

!ifdef TARGET
  Target ${TARGET} ; e.g. amd64-unicode, to try the script under 64-bit Wine (the default x86-unicode runs on every Windows)
!else
  Unicode true
!endif
ManifestDPIAware true
RequestExecutionLevel user
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "VERSION is not defined: build with installer/build.py"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef SOURCE_DIR
  !error "SOURCE_DIR (the PyInstaller folder) is not defined: build with installer/build.py"
!endif
!ifndef OUTFILE
  !define OUTFILE "sotk-planner-${VERSION}-setup.exe"
!endif

!define APP_NAME "SOTK Planner"
!define APP_EXE "sotk-planner.exe"
!define CLI_EXE "sotk-planner-cli.exe"
!define PROGID "SOTKPlanner.Document"
; The installer's own notes (folder, version, choices). The program keeps its settings in an
; .ini file under %APPDATA%, never here.
!define INSTALLER_KEY "Software\SOTK Planner\Installer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\SOTK Planner"
; makensis works in the script's folder; "/" works in its paths on Windows and Linux alike.
!define ICON_FILE "../resources/icons/sotk-planner.ico"
!define SHCNE_ASSOCCHANGED 0x08000000

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${INSTALLER_KEY}" "InstallDir"
BrandingText "${APP_NAME} ${VERSION}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "Sections.nsh"

!define MUI_ICON "${ICON_FILE}"
!define MUI_UNICON "${ICON_FILE}"
!define MUI_ABORTWARNING
; The language asked at the start is remembered for the next install and the uninstaller.
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${INSTALLER_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"

!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE CheckInstallFolder
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "Indonesian"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SecProgramName ${LANG_INDONESIAN} "Program SOTK Planner"
LangString SecProgramName ${LANG_ENGLISH} "SOTK Planner program"
LangString SecDesktopName ${LANG_INDONESIAN} "Pintasan di desktop"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecProgramText ${LANG_INDONESIAN} "Program beserta font, terjemahan, tabel acuan dan aturan. Tidak memerlukan internet."
LangString SecProgramText ${LANG_ENGLISH} "The program with its fonts, translations, reference tables and rules. Needs no internet."
LangString SecDesktopText ${LANG_INDONESIAN} "Ikon SOTK Planner di desktop."
LangString SecDesktopText ${LANG_ENGLISH} "A SOTK Planner icon on the desktop."
LangString FileTypeName ${LANG_INDONESIAN} "Berkas SOTK Planner"
LangString FileTypeName ${LANG_ENGLISH} "SOTK Planner file"
LangString FolderNotWritable ${LANG_INDONESIAN} "SOTK Planner tidak dapat dipasang di $INSTDIR: Anda tidak memiliki izin menulis di folder itu.$\r$\n$\r$\nPilih folder milik Anda sendiri, misalnya $LOCALAPPDATA\Programs\${APP_NAME}."
LangString FolderNotWritable ${LANG_ENGLISH} "SOTK Planner cannot be installed in $INSTDIR: you may not write in that folder.$\r$\n$\r$\nChoose a folder of your own, for example $LOCALAPPDATA\Programs\${APP_NAME}."
LangString CloseProgram ${LANG_INDONESIAN} "SOTK Planner sedang berjalan dari $INSTDIR.$\r$\n$\r$\nTutup semua jendela SOTK Planner (pekerjaan Anda sudah tersimpan), lalu klik Coba lagi."
LangString CloseProgram ${LANG_ENGLISH} "SOTK Planner is running from $INSTDIR.$\r$\n$\r$\nClose every SOTK Planner window (your work is already saved), then click Retry."

VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
!macro VERSION_KEYS LANG DESCRIPTION
  VIAddVersionKey /LANG=${LANG} "ProductName" "${APP_NAME}"
  VIAddVersionKey /LANG=${LANG} "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=${LANG} "FileDescription" "${DESCRIPTION}"
  VIAddVersionKey /LANG=${LANG} "CompanyName" "${APP_NAME}"
  VIAddVersionKey /LANG=${LANG} "LegalCopyright" "${APP_NAME}"
!macroend
!insertmacro VERSION_KEYS ${LANG_INDONESIAN} "Pemasang ${APP_NAME} ${VERSION}"
!insertmacro VERSION_KEYS ${LANG_ENGLISH} "${APP_NAME} ${VERSION} setup"

; A running program holds its .exe open: Windows refuses to write to it. Ask until it is
; closed, or give up (in a silent install: give up at once, with the message in the log).
!macro CLOSE_RUNNING_COPY PREFIX
  Function ${PREFIX}CloseRunningCopy
    retry:
    ${ForEach} $R0 0 1 + 1
      ${If} $R0 == 0
        StrCpy $R1 "$INSTDIR\${APP_EXE}"
      ${Else}
        StrCpy $R1 "$INSTDIR\${CLI_EXE}"
      ${EndIf}
      ${If} ${FileExists} $R1
        ClearErrors
        FileOpen $R2 $R1 a
        ${If} ${Errors}
          MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(CloseProgram)" /SD IDCANCEL IDRETRY retry
          Abort
        ${EndIf}
        FileClose $R2
      ${EndIf}
    ${Next}
  FunctionEnd
!macroend
!insertmacro CLOSE_RUNNING_COPY ""
!insertmacro CLOSE_RUNNING_COPY "un."

Section "!$(SecProgramName)" SecProgram
  SectionIn RO
  Call CheckInstallFolder ; a silent install (/S) skips the folder page
  Call CloseRunningCopy
  SetOutPath "$INSTDIR"
  ; Over an older version: its program files go first (a library it had and this version
  ; has not would linger otherwise); nothing else in the folder is touched.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${SOURCE_DIR}/*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
  Delete "$DESKTOP\${APP_NAME}.lnk" ; made again below if still wanted

  WriteRegStr HKCU "Software\Classes\.sotk" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.sotk\OpenWithProgids" "${PROGID}" ""
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "$(FileTypeName)"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'

  WriteRegStr HKCU "${INSTALLER_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${INSTALLER_KEY}" "Version" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" '"$INSTDIR\${APP_EXE}",0'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0
SectionEnd

Section "-Remember choices"
  ${If} ${SectionIsSelected} ${SecDesktop}
    WriteRegStr HKCU "${INSTALLER_KEY}" "DesktopShortcut" "1"
  ${Else}
    WriteRegStr HKCU "${INSTALLER_KEY}" "DesktopShortcut" "0"
  ${EndIf}
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgramText)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopText)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MUI_LANGDLL_DISPLAY
  ReadRegStr $0 HKCU "${INSTALLER_KEY}" "DesktopShortcut"
  ${If} $0 == "0" ; declined last time: keep it so
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; Refuses a folder the user cannot write in (Program Files, a read-only share) with a
; message, before anything is copied: on the folder page it keeps the page open.
Function CheckInstallFolder
  ClearErrors
  CreateDirectory "$INSTDIR"
  FileOpen $0 "$INSTDIR\.sotk-planner-write-test" w
  ${If} ${Errors}
    MessageBox MB_OK|MB_ICONSTOP "$(FolderNotWritable)" /SD IDOK
    Abort
  ${EndIf}
  FileClose $0
  Delete "$INSTDIR\.sotk-planner-write-test"
FunctionEnd

Function un.onInit
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd

Section "Uninstall"
  Call un.CloseRunningCopy
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ; The file association goes with the copy it points at: one that another install (in
  ; another folder) has taken over since is left to that one.
  ReadRegStr $0 HKCU "Software\Classes\${PROGID}\shell\open\command" ""
  ${If} $0 == '"$INSTDIR\${APP_EXE}" "%1"'
    DeleteRegKey HKCU "Software\Classes\${PROGID}"
    DeleteRegValue HKCU "Software\Classes\.sotk\OpenWithProgids" "${PROGID}"
    ReadRegStr $1 HKCU "Software\Classes\.sotk" ""
    ${If} $1 == "${PROGID}"
      DeleteRegValue HKCU "Software\Classes\.sotk" ""
    ${EndIf}
    DeleteRegKey /ifempty HKCU "Software\Classes\.sotk\OpenWithProgids"
    DeleteRegKey /ifempty HKCU "Software\Classes\.sotk"
    System::Call 'shell32::SHChangeNotify(i ${SHCNE_ASSOCCHANGED}, i 0, p 0, p 0)'
  ${EndIf}

  ; The program's own files; anything a user saved into this folder stays, and so does the
  ; folder then.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "${INSTALLER_KEY}" "InstallDir"
  ${If} $0 == $INSTDIR
    DeleteRegKey HKCU "${UNINSTALL_KEY}"
    DeleteRegKey HKCU "${INSTALLER_KEY}"
    DeleteRegKey /ifempty HKCU "Software\SOTK Planner"
  ${EndIf}
SectionEnd
