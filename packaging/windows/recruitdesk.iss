; Inno Setup 6 script for RecruitDesk on Windows (x64).
;
;     iscc /DAppVersion=0.1.0 packaging\windows\recruitdesk.iss
;
; Input:  dist\RecruitDesk\ from `pyinstaller packaging\recruitdesk.spec` (run from the repository root).
; Output: dist\RecruitDesk-<version>-setup.exe
;
; Installs per user by default (no administrator needed; the installer offers "all users" when run
; elevated), adds a Start-menu entry (and, if chosen, a desktop shortcut), and registers an uninstaller.
;
; The uninstaller removes the program only. The vault - the encrypted database with every candidate,
; in %LOCALAPPDATA%\RecruitDesk\vault - stays where it is, so reinstalling or upgrading never loses
; data, unless the user explicitly asks for it to be deleted: an interactive uninstall asks (default
; answer: keep it); a silent uninstall deletes it only with /DELETEVAULT on the command line:
;     unins000.exe /SILENT /DELETEVAULT
; The device key in Windows Credential Manager (entries for the service "RecruitDesk") is left as
; well: without the vault's header it unlocks nothing.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\recruitdesk.iss
#endif
#define AppName "RecruitDesk"
#define AppExe "RecruitDesk.exe"
#define SourceDir "..\..\dist\RecruitDesk"

[Setup]
; Never change AppId: upgrades and the uninstaller find earlier installs through it.
AppId={{6C1B3F2E-9A57-4E0B-8D0A-5B2F3A8E41C7}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RecruitDesk
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\recruitdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; A running RecruitDesk holds the vault lock and its files: offer to close it first.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
english.DeleteVault=Also delete your RecruitDesk vault in%n%n%1%n%nwith every candidate, document and backup in it? This cannot be undone.%n%nChoose No to keep it (recommended if you will reinstall RecruitDesk or have not exported what you must keep).
dutch.DeleteVault=Ook uw RecruitDesk-kluis in%n%n%1%n%nmet alle kandidaten, documenten en back-ups verwijderen? Dit kan niet ongedaan worden gemaakt.%n%nKies Nee om ze te bewaren (aanbevolen als u RecruitDesk opnieuw installeert of nog niet hebt geëxporteerd wat u moet bewaren).
french.DeleteVault=Supprimer aussi votre coffre RecruitDesk dans%n%n%1%n%navec tous les candidats, documents et sauvegardes ? Cette action est irréversible.%n%nChoisissez Non pour le conserver (recommandé si vous réinstallez RecruitDesk ou n'avez pas encore exporté ce que vous devez garder).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function VaultFolder(): String;
begin
  { platformdirs.user_data_dir("RecruitDesk", appauthor=False) + "\vault" }
  Result := ExpandConstant('{localappdata}\RecruitDesk\vault');
end;

function CommandLineHas(const Flag: String): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount do
    if CompareText(ParamStr(I), Flag) = 0 then
      Result := True;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
  Delete: Boolean;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  Folder := VaultFolder();
  if not DirExists(Folder) then
    Exit;
  if UninstallSilent() then
    Delete := CommandLineHas('/DELETEVAULT')
  else
    Delete := SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteVault'), [Folder]),
                                 mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES;
  if Delete then
  begin
    { The whole per-user data folder: the vault, its backups and the logs. }
    if not DelTree(ExpandConstant('{localappdata}\RecruitDesk'), True, True, True) then
      MsgBox('RecruitDesk: could not delete ' + Folder + '. Is RecruitDesk still running?', mbError, MB_OK);
  end;
end;
