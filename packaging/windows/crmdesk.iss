; Inno Setup 6 script: crmdesk for Windows, installed per user without administrator rights.
;
;   uv run --group build pyinstaller build.spec --noconfirm      (makes dist\crmdesk\)
;   iscc /DAppVersion=0.1.0 packaging\windows\crmdesk.iss       (makes dist\crmdesk-0.1.0-windows-x64-setup.exe)
;
; Installs into %LOCALAPPDATA%\Programs\crmdesk, adds a Start-menu entry and, if ticked, starts
; crmdesk at login (the same HKCU Run value that crmdesk's own start-at-login setting writes).
; The uninstaller removes only the program: each user's database, its key file and backups in
; %LOCALAPPDATA%\crmdesk are never touched (Inno Setup deletes only what it installed, and
; nothing below lists that folder).
;
; Not run in the crmdesk development environment (Linux): built by .github/workflows/build.yml.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "crmdesk"
#define AppExe "crmdesk.exe"
#define RunKey "Software\Microsoft\Windows\CurrentVersion\Run"

[Setup]
; a fixed AppId: upgrades replace the previous version in place
AppId={{6C7E0A52-4B3D-4E8B-9B8A-2F1D3C5E7A91}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=crmdesk
VersionInfoVersion={#AppVersion}
; per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs, {autoprograms} the user's Start menu
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\..\resources\icons\crmdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=crmdesk-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; a running crmdesk is asked to close before its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "startatlogin"; Description: "Start crmdesk when I log in"; GroupDescription: "Startup:"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole PyInstaller folder: crmdesk.exe (windowed), crmdesk-console.exe (command line) and _internal\
Source: "..\..\dist\crmdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an upgrade must not leave libraries of the previous version beside the new ones
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; start at login, only when the task was ticked
Root: HKCU; Subkey: "{#RunKey}"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Tasks: startatlogin
; whoever set it (this installer or the app's preferences), the uninstaller removes the Run value
Root: HKCU; Subkey: "{#RunKey}"; ValueType: none; ValueName: "{#AppName}"; Flags: uninsdeletevalue

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section, on purpose: %LOCALAPPDATA%\crmdesk (database, key file, backups)
; stays. To remove a user's data, delete that folder by hand after making sure a backup exists.
