; Inno Setup script: a per-user installer for the Liver Cancer Handbook (no administrator rights needed).
; Build the PyInstaller folder first, then from the repository root (see packaging/README.md):
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\liverbook.iss
; Output: build\windows\liverbook-VERSION-windows-setup.exe. Needs Inno Setup 6.3 or newer.
;
; The version is read from liverbook.exe's version resource, which liverbook.spec writes from
; __version__ in desktop\liverbook\__init__.py: it is never typed here.
; Uninstalling removes the program, never the user's notes (%APPDATA%\liverbook).

; BundleDir: the PyInstaller folder (override with ISCC /DBundleDir=...). SourcePath is this script's folder.
#ifndef BundleDir
  #define BundleDir SourcePath + "..\..\build\windows\dist\liverbook"
#endif
#define AppExe "liverbook.exe"
#if !FileExists(AddBackslash(BundleDir) + AppExe)
  #error No liverbook.exe in BundleDir: build the PyInstaller folder first (packaging/README.md)
#endif
#ifndef AppVersion
  #define AppVersion GetStringFileInfo(AddBackslash(BundleDir) + AppExe, "ProductVersion")
#endif
#define AppName "Liver Cancer Handbook"
#define AppPublisher "The Liver Cancer Handbook developers"

[Setup]
; AppId identifies the app to Windows across versions: never change it.
AppId={{A150BBC4-BED5-4A2C-B5D1-D9001E7589EF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
AppCopyright=The Liver Cancer Handbook developers. GPL-3.0-or-later.
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} setup
; Per user: installs to %LOCALAPPDATA%\Programs, no administrator prompt.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 version 1809 or newer.
MinVersion=10.0.17763
OutputDir=..\..\build\windows
OutputBaseFilename=liverbook-{#AppVersion}-windows-setup
SetupIconFile=..\..\resources\icons\liverbook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: liverbook.exe, liverbook-cli.exe and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries and content as a whole, so no stale file is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Plain-language help with liver cancer, and your own notes"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
