; Inno Setup 6 script: a per-user installer for the Windows onedir bundle.
; Built by packaging/windows/build.ps1, which passes the defines below; it cannot
; be built or run on the Linux CI (see packaging/README.md).
;
;   ISCC.exe /DBundleDir=..\..\dist\secguard /DAppId={...} /DAppName="..." ^
;            /DAppVersion=0.1.0 /DPackageName=secguard /DOutputDir=..\..\dist ^
;            "/Ssigntool=signtool.exe sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a $f" ^
;            secguard.iss
;
; Per user, no administrator rights: PrivilegesRequired=lowest puts {autopf}
; under %LOCALAPPDATA%\Programs and {autoprograms} in the user's Start menu.
; Each brand has its own AppId (build.ps1 derives it from the preset id), so a
; brokerage's build and the plain secguard install and uninstall independently.

#ifndef BundleDir
  #error Pass /DBundleDir=<the PyInstaller onedir folder>
#endif
#ifndef AppId
  #error Pass /DAppId={{GUID}} (build.ps1 derives it from the preset)
#endif
#ifndef AppName
  #define AppName "secguard"
#endif
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef PackageName
  #define PackageName "secguard"
#endif
#ifndef OutputDir
  #define OutputDir "."
#endif

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#PackageName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; Never offer "install for all users" (which would ask for administrator rights).
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#PackageName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\secguard.exe
; build.ps1 passes /Ssigntool=...: the installer and its uninstaller are signed
; too, and ISCC stops if signing fails.
SignTool=signtool
SignedUninstaller=yes
ShowLanguageDialog=auto

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\secguard.exe"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\secguard.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\secguard.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Everything the installer put under {app}, and anything the app left there.
Type: filesandordirs; Name: "{app}"

[Code]
// The person's own data (progress.json, the crash log) lives in
// %LOCALAPPDATA%\secguard, outside {app}; bookmarks and account records are
// in Windows Credential Manager.  Neither is removed without asking: an
// uninstall before a reinstall must not lose the bookmarks.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\secguard');
    if DirExists(DataDir) and not UninstallSilent() then
      if SuppressibleMsgBox(
        'Also remove your secguard progress and log (' + DataDir + ')? ' +
        'Bookmarks kept in Windows Credential Manager stay until removed in secguard.',
        mbConfirmation, MB_YESNO, IDNO) = IDYES then
        DelTree(DataDir, True, True, True);
  end;
end;
