#!/usr/bin/env bash
# Qt's X11 platform plugin needs a few system libraries that a minimal Debian/Ubuntu lacks
# (the PySide6 wheel carries Qt itself, not these). Installs them with apt-get when missing;
# does nothing on other systems, when they are present, or when Qt runs offscreen.
set -euo pipefail
[ "$(uname -s)" = Linux ] || exit 0
[ "${QT_QPA_PLATFORM:-}" = offscreen ] && exit 0
python=${1:-.venv/bin/python}
plugin=$("$python" -c 'import PySide6, pathlib; print(pathlib.Path(PySide6.__file__).parent / "Qt/plugins/platforms/libqxcb.so")')
missing=$(ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u)
ldconfig -p 2>/dev/null | grep -q 'libxcb-cursor.so.0' || missing="$missing libxcb-cursor.so.0"
[ -z "$(echo $missing)" ] && exit 0
packages=""
for lib in $missing; do
  case "$lib" in
    libxcb-cursor.so.0) packages="$packages libxcb-cursor0" ;;
    libxcb-icccm.so.4) packages="$packages libxcb-icccm4" ;;
    libxcb-keysyms.so.1) packages="$packages libxcb-keysyms1" ;;
    libxcb-image.so.0) packages="$packages libxcb-image0" ;;
    libxcb-render-util.so.0) packages="$packages libxcb-render-util0" ;;
    libxcb-shape.so.0) packages="$packages libxcb-shape0" ;;
    libxcb-xkb.so.1) packages="$packages libxcb-xkb1" ;;
    libxkbcommon-x11.so.0) packages="$packages libxkbcommon-x11-0" ;;
    libxkbcommon.so.0) packages="$packages libxkbcommon0" ;;
    libEGL.so.1) packages="$packages libegl1" ;;
    libfontconfig.so.1) packages="$packages libfontconfig1" ;;
    libdbus-1.so.3) packages="$packages libdbus-1-3" ;;
    *) echo "Qt's window plugin also misses $lib; install it with your package manager." >&2 ;;
  esac
done
echo "Qt needs these system packages to open a window:$packages"
if ! command -v apt-get >/dev/null; then
  echo "Install them with your package manager, then run make demo again." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get install -y -qq $packages >/dev/null 2>&1 || { $sudo apt-get update -qq && $sudo apt-get install -y -qq $packages; }
