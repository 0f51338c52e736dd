@echo off
rem Build the Windows bundle and installer (run from the repository root, in a
rem "Developer" or ordinary cmd with Python 3.11 x64 and Inno Setup 6 installed):
rem   installer\build-windows.cmd
rem Result: dist\eidroster\ (the program folder) and dist\eidroster-<version>-setup.exe
setlocal
cd /d "%~dp0\.."
if not exist .venv\Scripts\python.exe (
  py -3.11 -m venv .venv || goto :error
)
rem The "encryption" extra: sqlcipher3-wheels has win_amd64 wheels (SQLCipher at rest).
.venv\Scripts\python -m pip install -q -e ".[dev,encryption]" || goto :error
.venv\Scripts\python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller installer\eidroster.spec || goto :error
dist\eidroster\eidroster-cli.exe --self-test || goto :error
set /p VERSION=<dist\eidroster\VERSION
set ISCC=%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe
if not exist "%ISCC%" set ISCC=%LOCALAPPDATA%\Programs\Inno Setup 6\ISCC.exe
if not exist "%ISCC%" (
  echo Khong tim thay Inno Setup 6 ^(ISCC.exe^). Cai tu https://jrsoftware.org/isinfo.php
  goto :error
)
"%ISCC%" /Qp /DMyAppVersion=%VERSION% installer\eidroster.iss || goto :error
echo Xong: dist\eidroster-%VERSION%-setup.exe
exit /b 0
:error
echo Loi khi dong goi (ma %errorlevel%).
exit /b 1
