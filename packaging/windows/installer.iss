; Inno Setup 6 script: the Windows installer of Media Response Trainer.
;
; Build dist\media-response-trainer first (packaging\windows\trainer.spec), then from the
; repository root:
;   iscc packaging\windows\installer.iss                 (version 0.1.0)
;   iscc /DAppVersion=0.2.0 packaging\windows\installer.iss
; Output: dist\media-response-trainer-<version>-windows-setup.exe. Steps: docs/install.md.
;
; Per-user install, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\Media Response Trainer, a Start-menu shortcut is made, and the
; uninstaller removes the program only. The user's data, settings and logs
; (%LOCALAPPDATA%\media-response-trainer) are never touched by it.
;
; Languages: Vietnamese (the default, as in the app) and English. Inno Setup ships the
; English messages; Vietnamese.isl is one of its user-contributed translations: put it
; next to this script (see docs/install.md) before compiling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Media Response Trainer"
#define AppExe "media-response-trainer.exe"
#define Build "..\..\dist\media-response-trainer"

[Setup]
AppId={{7B1D3C52-4E0B-4F6A-9C1E-2D5A8B3F6E71}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Media Response Trainer contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=media-response-trainer-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
ShowLanguageDialog=yes
UsePreviousLanguage=no

[Languages]
Name: "vietnamese"; MessagesFile: "Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.AppComment=Luyện tập trả lời báo chí
english.AppComment=Practise answering journalists
vietnamese.DataKept=Cài đặt, nhật ký và dữ liệu luyện tập của bạn (nếu bạn chưa chọn thư mục dữ liệu khác) vẫn được giữ trong thư mục:%n%n%1%n%nXoá thư mục này nếu bạn không cần chúng nữa.
english.DataKept=Your settings and logs, and your practice data unless you chose another data folder, are kept in the folder:%n%n%1%n%nDelete that folder if you no longer need them.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Build}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python may leave compiled caches beside the program; the user's data is elsewhere.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\media-response-trainer')]),
      mbInformation, MB_OK);
end;
