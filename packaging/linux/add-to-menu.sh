#!/bin/sh
# Add Media Response Trainer to your desktop's application menu (for you alone; no root).
# Run it from the unpacked folder once: ./add-to-menu.sh   Remove: ./add-to-menu.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
entry=$apps/media-response-trainer.desktop
if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  echo "Removed $entry (your data is kept)."
  exit 0
fi
if [ ! -x "$here/media-response-trainer" ]; then
  echo "media-response-trainer is not in $here: run this script from the unpacked folder." >&2
  exit 1
fi
mkdir -p "$apps"
cat >"$entry" <<DESKTOP
[Desktop Entry]
Type=Application
Name=Media Response Trainer
Name[vi]=Luyện tập trả lời báo chí
Comment=Practise answering journalists in a crisis
Comment[vi]=Luyện tập trả lời phóng viên khi xảy ra khủng hoảng truyền thông
Exec="$here/media-response-trainer"
Terminal=false
Categories=Education;
DESKTOP
echo "Added to the application menu: $entry"
