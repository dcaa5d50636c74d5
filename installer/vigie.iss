; Vigie - Windows installer (Inno Setup 6). Packs the PyInstaller bundle dist\vigie\ into one setup .exe.
;
;   python installer\build.py                          (builds dist\vigie\, prints VERSION=x.y.z)
;   iscc /DAppVersion=x.y.z installer\vigie.iss         (or: python installer\build.py --iscc)
;
; The version is never written here: it comes from pyproject.toml through /DAppVersion=.
;
; Per-user install by default (no administrator rights, no UAC prompt): the program goes to
; %LOCALAPPDATA%\Programs\Vigie. An administrator may still choose "install for all users" in the dialog.
; Nothing to administer: no service, no database server, no scheduled task, no network access.
;
; THE PRACTICE'S DATA ARE NEVER TOUCHED BY THE INSTALLER OR THE UNINSTALLER. The encrypted vault
; (vigie.vault), its key file (vigie.vault.keys.json), the automatic backups (sauvegardes\) and settings.json
; live in the user data folder %LOCALAPPDATA%\Vigie (or wherever the user put the vault), which is outside
; {app}. The uninstaller removes only the files this setup installed in {app}. There is deliberately NO
; [UninstallDelete] section, and [InstallDelete] below only clears {app}\_internal (the previous version's
; program files) before an upgrade. Do not add any entry pointing at {localappdata}\Vigie, {userappdata} or
; the vault location.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z installer\vigie.iss (installer\build.py prints it)
#endif

#define AppName "Vigie"
#define AppExe "vigie.exe"

[Setup]
; Keep this AppId for ever: it identifies the installation across upgrades.
AppId={{6A0C3C0E-5B7E-4E0B-9F8E-2D5C1A7B9E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
AppComments=Assistant RGPD pour les professionnels de santé libéraux. Rien ne quitte l'ordinateur.
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=vigie-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
CloseApplications=yes
RestartApplications=no
SetupLogging=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.DataKept=Votre coffre Vigie, sa clé et ses sauvegardes n'ont pas été supprimés. Ils restent dans %1 (ou là où vous les aviez placés).
english.DataKept=Your Vigie vault, its key file and its backups were not deleted. They remain in %1 (or wherever you had put them).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Program files of the previous version only (a PyInstaller bundle must not mix two versions' libraries).
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\vigie\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: see the header. The uninstaller removes the files listed in [Files] and then
; {app} if it is empty; the user data folder is never touched.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Vigie')]), mbInformation, MB_OK);
end;
