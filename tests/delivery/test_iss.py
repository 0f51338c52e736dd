"""The Windows installer script, checked by reading it (Inno Setup is Windows-only): its
sections, the files it names, the version against pyproject.toml, per-user install, both
languages, the licences, and an uninstaller that keeps the data folder unless asked."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from eidroster import __version__
from tests.conftest import REPO
from tests.delivery.iss import (
    INSTALLER,
    ISS,
    defines,
    directives,
    entries,
    expand,
    iss_sources,
    iss_text,
    sections,
)

# Message names of Inno Setup 6's compiler:Default.isl (the ones Vietnamese.isl may set).
KNOWN_MESSAGES = set("""
SetupAppTitle SetupWindowTitle UninstallAppTitle UninstallAppFullTitle InformationTitle
ConfirmTitle ErrorTitle SetupLdrStartupMessage LdrCannotCreateTemp LdrCannotExecTemp
SetupFileMissing SetupFileCorrupt SetupFileCorruptOrWrongVer SetupAlreadyRunning
WindowsVersionNotSupported OnlyOnTheseArchitectures WinVersionTooLowError
SetupAppRunningError UninstallAppRunningError PrivilegesRequiredOverrideInstruction
PrivilegesRequiredOverrideAllUsers PrivilegesRequiredOverrideCurrentUser
PrivilegesRequiredOverrideRecommended ErrorCreatingDir ExitSetupTitle ExitSetupMessage
AboutSetupMenuItem AboutSetupTitle ButtonBack ButtonNext ButtonInstall ButtonOK ButtonCancel
ButtonYes ButtonYesToAll ButtonNo ButtonNoToAll ButtonFinish ButtonBrowse ButtonWizardBrowse
ButtonNewFolder SelectLanguageTitle SelectLanguageLabel ClickNext BrowseDialogTitle
BrowseDialogLabel NewFolderName WelcomeLabel1 WelcomeLabel2 WizardLicense LicenseLabel
LicenseLabel3 LicenseAccepted LicenseNotAccepted WizardSelectDir SelectDirDesc SelectDirLabel3
SelectDirBrowseLabel DiskSpaceMBLabel InvalidPath InvalidDrive DiskSpaceWarningTitle
DiskSpaceWarning DirNameTooLong InvalidDirName BadDirName32 DirExistsTitle DirExists
DirDoesntExistTitle DirDoesntExist WizardSelectTasks SelectTasksDesc SelectTasksLabel2
WizardSelectProgramGroup SelectStartMenuFolderDesc SelectStartMenuFolderLabel3
SelectStartMenuFolderBrowseLabel MustEnterGroupName NoProgramGroupCheck2 WizardReady
ReadyLabel1 ReadyLabel2a ReadyLabel2b ReadyMemoDir ReadyMemoGroup ReadyMemoTasks
WizardPreparing PreparingDesc CannotContinue ApplicationsFound ApplicationsFound2
CloseApplications DontCloseApplications WizardInstalling InstallingLabel FinishedHeadingLabel
FinishedLabelNoIcons FinishedLabel ClickFinish RunEntryExec RunEntryShellExec SetupAborted
AbortRetryIgnoreChooseAction AbortRetryIgnoreRetry AbortRetryIgnoreProceedAnyway
AbortRetryIgnoreCancel StatusClosingApplications StatusCreateDirs StatusExtractFiles
StatusCreateIcons StatusCreateRegistryEntries StatusSavingUninstall StatusRunProgram
StatusRollback SourceIsCorrupted SourceDoesntExist ErrorCopying ErrorReplacingExistingFile
UninstallDisplayNameMarkCurrentUser UninstallDisplayNameMarkAllUsers UninstallNotFound
UninstallOpenError ConfirmUninstall UninstallStatusLabel UninstalledAll UninstalledMost
WizardUninstalling StatusUninstalling
""".split())
# Custom messages that compiler:Default.isl defines in English.
DEFAULT_CUSTOM = {"NameAndVersion", "AdditionalIcons", "CreateDesktopIcon",
                  "CreateQuickLaunchIcon", "ProgramOnTheWeb", "UninstallProgram",
                  "LaunchProgram", "AssocFileExtension", "AssocingFileExtension",
                  "AutoStartProgramGroupDescription", "AutoStartProgram",
                  "AddonHostProgramNotFound"}


def project_version() -> str:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    return data["project"]["version"]


def isl(path: Path) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    current = ""
    for line in path.read_bytes().decode("utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if m := re.fullmatch(r"\[(\w+)\]", line):
            current = m.group(1)
            out[current] = {}
            continue
        key, _, value = line.partition("=")
        out[current][key] = value
    return out


def test_script_is_utf8_with_bom_and_has_every_section():
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")  # Inno reads Vietnamese text right
    found = sections()
    for name in ("Setup", "Languages", "CustomMessages", "Tasks", "Files", "Icons", "Run",
                 "Code"):
        assert found.get(name), f"[{name}] missing or empty"


def test_version_is_the_projects():
    assert defines()["MyAppVersion"] == project_version() == __version__
    setup = directives("Setup")
    assert expand(setup["AppVersion"]) == project_version()
    assert project_version() in expand(setup["OutputBaseFilename"])
    # build-windows.cmd may pass the bundle's VERSION, which the spec writes from pyproject.
    assert "#ifndef MyAppVersion" in iss_text()
    assert "VERSION" in (REPO / "installer" / "eidroster.spec").read_text()


def test_per_user_install_without_administrator():
    setup = directives("Setup")
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup.get("PrivilegesRequiredOverridesAllowed", "commandline") != "dialog"
    assert setup["DefaultDirName"].startswith(("{autopf}", "{localappdata}", "{userpf}"))
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", setup["AppId"])  # fixed: upgrades replace
    assert (INSTALLER / setup["SetupIconFile"].replace("\\", "/")).is_file()


def test_vietnamese_and_english_pages_with_the_licences():
    langs = {e["Name"]: e for e in entries("Languages")}
    assert list(langs) == ["vi", "en"]  # Vietnamese first: the default
    assert directives("Setup")["LanguageDetectionMethod"] == "none"
    for lang in langs.values():
        for messages in lang["MessagesFile"].split(","):
            if not messages.startswith("compiler:"):
                assert (INSTALLER / messages).is_file(), messages
        licence = INSTALLER / lang["LicenseFile"].replace("\\", "/")
        text = licence.read_bytes().decode("utf-8-sig")
        for needle in ("GPL-3.0-or-later", "LGPL-3.0", "Open Font License"):
            assert needle in text, (licence.name, needle)
    assert "Vietnamese.isl" in langs["vi"]["MessagesFile"]


def test_the_vietnamese_messages_file():
    path = INSTALLER / "Vietnamese.isl"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    data = isl(path)
    assert data["LangOptions"]["LanguageID"] == "$042A"
    assert data["LangOptions"]["LanguageName"] == "Tiếng Việt"
    unknown = set(data["Messages"]) - KNOWN_MESSAGES
    assert not unknown, f"not Inno Setup message names: {unknown}"
    assert all(v.strip() for v in data["Messages"].values())
    # What every install and uninstall shows is translated.
    for name in ("ButtonNext", "ButtonBack", "ButtonInstall", "ButtonCancel", "ButtonFinish",
                 "WelcomeLabel1", "WizardLicense", "LicenseAccepted", "WizardSelectDir",
                 "WizardSelectTasks", "WizardReady", "InstallingLabel", "FinishedHeadingLabel",
                 "ConfirmUninstall", "UninstalledAll", "SelectLanguageTitle"):
        assert name in data["Messages"], name
    # Placeholders kept: [name] where Inno fills in the program's name, %1 where it passes one.
    assert "[name]" in data["Messages"]["WelcomeLabel1"]
    assert "%1" in data["Messages"]["ConfirmUninstall"]


def test_every_custom_message_exists_in_both_languages():
    text = iss_text()
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    own = {}
    for line in sections()["CustomMessages"]:
        key = line.partition("=")[0]
        lang, _, name = key.partition(".")
        own.setdefault(name, set()).add(lang)
    vi_custom = set(isl(INSTALLER / "Vietnamese.isl")["CustomMessages"])
    for name in used:
        if name in own:
            assert own[name] == {"vi", "en"}, name
        else:
            assert name in DEFAULT_CUSTOM and name in vi_custom, name


def test_shortcuts_start_menu_and_optional_desktop():
    tasks = {e["Name"]: e for e in entries("Tasks")}
    assert "unchecked" in tasks["desktopicon"]["Flags"]
    icons = entries("Icons")
    exe = expand("{#MyAppExeName}")
    start = [i for i in icons
             if i["Name"].startswith("{group}") and expand(i["Filename"]).endswith(exe)]
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}")]
    assert start and "Tasks" not in start[0]
    assert desktop and desktop[0]["Tasks"] == "desktopicon"
    assert any(i["Filename"] == "{uninstallexe}" for i in icons)


def test_files_come_from_the_bundle_that_make_bundle_builds():
    sources = iss_sources()
    assert sources
    bundle = expand("{#BundleDir}", keep=())
    # The bundle folder is the spec's output in dist/ (the slow bundle test checks each
    # file inside a real build); anything else must be in the repository.
    assert (INSTALLER / bundle.replace("\\", "/")).resolve() == (REPO / "dist" / "eidroster")
    for source in sources:
        if source.startswith("{#BundleDir}"):
            continue
        assert (INSTALLER / source.replace("\\", "/").rstrip("*")).exists(), source
    names = {s.split("\\")[-1] for s in sources}
    assert {"eidroster.exe", "eidroster-cli.exe", "*", "VERSION"} <= names
    spec = (REPO / "installer" / "eidroster.spec").read_text()
    assert 'f"{NAME}-cli"' in spec and 'NAME = "eidroster"' in spec


def test_uninstall_keeps_the_data_folder_unless_the_user_says_yes(monkeypatch, tmp_path):
    code = "\n".join(sections()["Code"])
    assert "usPostUninstall" in code
    assert "MB_DEFBUTTON2" in code  # "No" (keep) is the default answer
    assert "UninstallSilent" in code  # a silent uninstall keeps it
    assert re.search(r"MsgBox\(.*\)\s*=\s*IDYES then\s*begin\s*DelTree", code.replace("\n", " "))
    assert "{app}" not in defines()["DataFolder"]
    # The folder named is the one the program uses on Windows (platformdirs, no author).
    import platformdirs.windows as pw

    from eidroster import paths

    local = tmp_path / "Local"
    monkeypatch.setattr(pw, "get_win_folder", lambda csidl: str(local) if csidl ==
                        "CSIDL_LOCAL_APPDATA" else pytest.fail(f"unexpected {csidl}"))
    monkeypatch.setattr(paths, "user_data_path",
                        lambda *a, **k: Path(pw.Windows(*a, **k).user_data_dir))
    monkeypatch.delenv("EIDROSTER_DATA_DIR")
    relative = paths.data_dir().relative_to(local)
    assert defines()["DataFolder"] == "{localappdata}\\" + "\\".join(relative.parts)


def test_pascal_code_has_balanced_comments_and_blocks():
    """What the Inno compiler would reject first: a { comment } closed early by a brace
    inside it, or a begin without its end."""
    code = "\n".join(sections()["Code"])
    code = re.sub(r"//[^\n]*", "", code)  # line comments (none inside strings here)
    code = re.sub(r"'[^'\n]*'", "''", code)  # string literals
    depth = 0
    for ch in code:
        if ch == "{":
            depth += 1
            assert depth == 1, "nested { in a Pascal comment"
        elif ch == "}":
            depth -= 1
            assert depth == 0, "} without {"
    assert depth == 0
    code = re.sub(r"\{[^}]*\}", "", code)
    words = re.findall(r"\b(begin|end)\b", code, re.I)
    assert words.count("begin") == words.count("end") > 0
