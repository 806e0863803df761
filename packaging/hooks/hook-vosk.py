"""PyInstaller hook for vosk (offline transcription): ``vosk/__init__.py`` opens
libvosk.so / libvosk.dll (and on Windows its MinGW runtime DLLs) from its own folder."""

from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("vosk")
