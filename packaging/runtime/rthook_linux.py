"""PyInstaller runtime hook of the Linux build: runs before the app's own code.

1. Use the espeak-ng bundled with the app. pyttsx3's espeak driver loads
   ``libespeak-ng.so.1`` by name through ctypes, and espeak-ng reads its voices from
   ``ESPEAK_DATA_PATH``. Library and data must be of the same version, so when both are
   bundled the bundled library is loaded first by its full path (the later load by name
   then finds it already loaded) and the data path points into the bundle. A build
   without them uses the system's espeak-ng.
2. Give programs the app starts (``mount``, to detect network folders) the user's own
   library path: the bootloader points ``LD_LIBRARY_PATH`` at the bundle, whose libraries
   may not suit them. The speech worker is this same program; its bootloader sets the
   path again. (This process keeps the path it started with: the loader reads it once.)
"""

import ctypes
import os
import sys


def _use_bundled_espeak() -> None:
    base = getattr(sys, "_MEIPASS", None)
    if not base:
        return
    library = os.path.join(base, "libespeak-ng.so.1")
    data = os.path.join(base, "espeak-ng-data")
    if not (os.path.isfile(library) and os.path.isdir(data)):
        return
    try:
        ctypes.CDLL(library)
    except OSError as exc:  # the system's espeak-ng (if any) is then used, with its own data
        sys.stderr.write(f"media-response-trainer: the bundled espeak-ng cannot be loaded ({exc})\n")
        return
    os.environ["ESPEAK_DATA_PATH"] = base  # espeak-ng looks for ESPEAK_DATA_PATH/espeak-ng-data


def _restore_library_path() -> None:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_use_bundled_espeak()
_restore_library_path()
