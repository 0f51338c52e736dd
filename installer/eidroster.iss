; eidroster - Windows installer (Inno Setup 6.3 or later). Build on Windows with installer\build-windows.cmd,
; which makes the PyInstaller bundle (dist\eidroster) and then runs:
;   iscc installer\eidroster.iss
; Per-user install, no administrator rights: the program goes to
; %LOCALAPPDATA%\Programs\eidroster, its data stays in %LOCALAPPDATA%\eidroster (the
; platformdirs folder used by eidroster.paths.data_dir) and survives an uninstall unless
; the user asks to delete it. Inno Setup cannot run on Linux: tests/delivery/test_iss.py
; checks this script's sections, paths and version against the project instead.
; Saved as UTF-8 with a byte-order mark (Vietnamese text below).

#define MyAppName "eidroster"
#ifndef MyAppVersion
  ; Kept equal to [project] version in pyproject.toml (checked by tests/delivery/test_iss.py);
  ; build-windows.cmd passes the bundle's VERSION with /DMyAppVersion=...
  #define MyAppVersion "0.1.0"
#endif
#define MyAppPublisher "eidroster"
#define MyAppExeName "eidroster.exe"
#define BundleDir "..\dist\eidroster"
#define DataFolder "{localappdata}\eidroster"

[Setup]
AppId={{FEEBCB82-3367-4D1C-9E0D-353832314AF1}
AppName={#MyAppName}
AppVersion={#MyAppVersion}
AppVerName={#MyAppName} {#MyAppVersion}
AppPublisher={#MyAppPublisher}
AppComments=Theo dõi định danh điện tử mức 2 của cán bộ, viên chức; báo cáo Phụ lục III, Phụ lục IV
VersionInfoVersion={#MyAppVersion}
VersionInfoDescription=eidroster {#MyAppVersion} setup
; Per-user: no administrator rights, no UAC prompt. ({autopf} is
; %LOCALAPPDATA%\Programs in this mode.) An administrator may still run
; "setup.exe /ALLUSERS" from a command line.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
DefaultDirName={autopf}\{#MyAppName}
DefaultGroupName={#MyAppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=eidroster-{#MyAppVersion}-setup
SetupIconFile=..\resources\icons\eidroster.ico
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName={#MyAppName} {#MyAppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
; Vietnamese by default, English one click away (the program speaks Vietnamese by default too).
ShowLanguageDialog=yes
LanguageDetectionMethod=none

[Languages]
; Inno Setup's Vietnamese is an unofficial translation not shipped with the compiler:
; Vietnamese.isl is the project's own, loaded over the English defaults.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"; LicenseFile: "licenses\notice-vi.txt"
Name: "en"; MessagesFile: "compiler:Default.isl"; LicenseFile: "licenses\notice-en.txt"

[CustomMessages]
vi.AppComment=Theo dõi định danh điện tử mức 2 và lập báo cáo Phụ lục III, Phụ lục IV
en.AppComment=Track staff e-ID (VNeID level 2) status and produce the campaign reports
vi.LicencesFolder=Giấy phép sử dụng
en.LicencesFolder=Licences
vi.DeleteDataQuestion=Xóa luôn dữ liệu của eidroster?%n%nThư mục %1 chứa cơ sở dữ liệu danh sách cán bộ và các bản sao lưu. Chọn Không (nên chọn) để giữ lại: cài lại chương trình sẽ dùng tiếp dữ liệu này.%n%nChọn Có chỉ khi chắc chắn không cần dữ liệu nữa (không khôi phục được).
en.DeleteDataQuestion=Also delete eidroster's data?%n%nThe folder %1 holds the staff database and its backups. Choose No (recommended) to keep it: reinstalling the program will use it again.%n%nChoose Yes only if you are sure the data is no longer needed (it cannot be recovered).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller bundle: eidroster.exe (window), eidroster-cli.exe (command line,
; --self-test), _internal\ (Python, Qt, resources\ with fonts, translations, icons) and
; licenses\ (LICENSE, LGPL-3.0.txt, LICENSE-OFL.txt, THIRD-PARTY.txt, notices).
Source: "{#BundleDir}\{#MyAppExeName}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\eidroster-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#BundleDir}\licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion
Source: "{#BundleDir}\VERSION"; DestDir: "{app}"; Flags: ignoreversion

[InstallDelete]
; An upgrade replaces the previous version's program files (never the data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:LicencesFolder}"; Filename: "{app}\licenses"
Name: "{group}\{cm:UninstallProgram,{#MyAppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#MyAppName}"; Filename: "{app}\{#MyAppExeName}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{#MyAppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The user's data (database, backups) lives outside the program folder; it is deleted
// only when the user answers Yes to an explicit question, default No. A silent
// uninstall keeps it.
function DataDir(): String;
begin
  Result := ExpandConstant('{#DataFolder}');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir()) and (not UninstallSilent()) then
  begin
    if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
              mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
    begin
      DelTree(DataDir(), True, True, True);
      // The window's own preferences (QSettings "eidroster"/"eidroster").
      RegDeleteKeyIncludingSubkeys(HKEY_CURRENT_USER, 'Software\eidroster');
    end;
  end;
end;
