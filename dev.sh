#!/usr/bin/env bash
# One entry point for people and CI. Each command does its own set-up, so on a fresh
# Debian/Ubuntu machine nothing else is needed:
#   ./dev.sh run [APP OPTIONS]   install what is missing, then open the app
#   ./dev.sh test [PYTEST ARGS]  install what is missing, start PostgreSQL and a virtual
#                                microphone, then run the whole test suite
#   ./dev.sh bench               run the benchmarks and rewrite BENCHMARKS.md
#   ./dev.sh screenshots         regenerate docs/screenshots/ under Xvfb
#   ./dev.sh dist [--tar]        build the app into dist/media-response-trainer (PyInstaller)
#   ./dev.sh setup               only install (system packages, .venv, translations)
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
VENV=$ROOT/.venv
RUN_DIR=$ROOT/.run
PY=$VENV/bin/python

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

# System libraries Qt, QtMultimedia and speech need to run the app.
RUN_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
  libpulse0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 espeak-ng libespeak-ng1
  alsa-utils fonts-dejavu-core)
# What the tests, benchmarks and screenshots need on top.
TEST_PACKAGES=(postgresql pulseaudio pulseaudio-utils sox xvfb xauth poppler-utils)

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'ok installed'; }

apt_install() {
  local missing=()
  local p
  for p in "$@"; do have_pkg "$p" || missing+=("$p"); done
  if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then missing+=(python3-venv python3-pip); fi
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    say "Not a Debian/Ubuntu system: please install the equivalents of: ${missing[*]}"
    return 0
  fi
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"
    else
      say "Missing system packages: ${missing[*]}"
      say "Run as root or with sudo to install them: sudo apt-get install ${missing[*]}"
      return 0
    fi
  fi
  say "Installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_venv() {
  local stamp=$VENV/.installed
  local want
  want=$(cat pyproject.toml | sha256sum | cut -c1-16)
  if [ -x "$PY" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then return 0; fi
  say "Creating the virtual environment in .venv and installing Python packages"
  [ -x "$PY" ] || python3 -m venv "$VENV"
  "$PY" -m pip install -q --upgrade pip
  "$PY" -m pip install -q -e ".[test]"
  echo "$want" >"$stamp"
}

ensure_dist_tools() {
  # PyInstaller and what the build bundles on top of the app's own dependencies ([dist]).
  local stamp=$VENV/.installed-dist
  local want
  want=$(cat pyproject.toml | sha256sum | cut -c1-16)
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && "$PY" -c 'import PyInstaller' 2>/dev/null; then return 0; fi
  say "Installing the build tools (PyInstaller)"
  "$PY" -m pip install -q -e ".[dist]"
  echo "$want" >"$stamp"
}

build_dist() {
  # The one-folder build (docs/install.md). One build at a time: tests may start one too.
  local out=dist/media-response-trainer
  mkdir -p build
  exec 9>build/.dist.lock
  flock 9
  local start=$SECONDS
  say "Building $out with PyInstaller"
  rm -rf "$out"
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
    packaging/linux/trainer.spec
  cp packaging/linux/add-to-menu.sh "$out/"
  "$PY" packaging/buildinfo.py write "$out" --seconds $((SECONDS - start))
  say "Built $out ($(du -sh "$out" | cut -f1)) in $((SECONDS - start)) s; check it: $out/media-response-trainer selftest"
  if [ "${1:-}" = "--tar" ]; then
    local version tarball
    version=$("$PY" -c 'import trainer; print(trainer.__version__)')
    tarball=dist/media-response-trainer-$version-linux-$(uname -m).tar.gz
    tar -C dist -czf "$tarball" media-response-trainer
    say "Packed $tarball ($(du -sh "$tarball" | cut -f1))"
  fi
}

ensure_translations() {
  # Compile the Qt translation sources (.ts) into the .qm files the app loads.
  "$PY" -m trainer.i18n.build >/dev/null
}

start_postgres() {
  # The storage tests need a real PostgreSQL server: use the system cluster.
  command -v pg_lsclusters >/dev/null 2>&1 || { say "PostgreSQL is not installed"; return 1; }
  local line ver name port status
  line=$(pg_lsclusters --no-header 2>/dev/null | head -n1)
  if [ -z "$line" ]; then
    ver=$(ls /usr/lib/postgresql | sort -V | tail -n1)
    pg_createcluster "$ver" main >/dev/null
    line=$(pg_lsclusters --no-header | head -n1)
  fi
  read -r ver name port status _ <<<"$line"
  if [ "$status" != "online" ]; then
    say "Starting PostgreSQL $ver/$name"
    pg_ctlcluster "$ver" "$name" start
  fi
  local psql=(psql -v ON_ERROR_STOP=1 -qAt -p "$port")
  local as_pg=()
  if [ "$(id -u)" -eq 0 ]; then as_pg=(su postgres -c); else as_pg=(sudo -n -u postgres sh -c); fi
  "${as_pg[@]}" "${psql[*]} -c \"SELECT 1 FROM pg_roles WHERE rolname='trainer'\"" | grep -q 1 ||
    "${as_pg[@]}" "${psql[*]} -c \"CREATE ROLE trainer LOGIN CREATEDB PASSWORD 'trainer'\""
  "${as_pg[@]}" "${psql[*]} -c \"SELECT 1 FROM pg_database WHERE datname='trainer_test'\"" | grep -q 1 ||
    "${as_pg[@]}" "${psql[*]} -c \"CREATE DATABASE trainer_test OWNER trainer ENCODING 'UTF8' TEMPLATE template0\""
  export TRAINER_TEST_PG_URL="postgresql+psycopg://trainer:trainer@127.0.0.1:$port/trainer_test"
}

start_virtual_microphone() {
  # A PulseAudio server with a pipe source: tests write raw 16 kHz mono s16le audio into
  # the FIFO and the app records it as if it came from a microphone.
  command -v pulseaudio >/dev/null 2>&1 || { say "PulseAudio is not installed"; return 1; }
  mkdir -p "$RUN_DIR"
  if ! pactl info >/dev/null 2>&1; then
    say "Starting PulseAudio with a virtual microphone"
    pulseaudio -D --exit-idle-time=-1 --log-target=file:"$RUN_DIR/pulseaudio.log" 2>/dev/null || true
    for _ in $(seq 50); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  # A virtmic left by another checkout reads another FIFO: replace it with ours.
  local module
  module=$(pactl list short modules 2>/dev/null | awk '$2 == "module-pipe-source" && /source_name=virtmic/ {print $1}')
  if [ -n "$module" ] && ! pactl list short modules | grep -q "file=$RUN_DIR/virtmic"; then
    pactl unload-module "$module"
    module=""
  fi
  if [ -z "$module" ]; then
    rm -f "$RUN_DIR/virtmic"
    pactl load-module module-pipe-source source_name=virtmic file="$RUN_DIR/virtmic" \
      format=s16le rate=16000 channels=1 >/dev/null
  fi
  pactl set-default-source virtmic
  export TRAINER_TEST_VIRTMIC="$RUN_DIR/virtmic"
}

setup() {
  apt_install "${RUN_PACKAGES[@]}" "$@"
  ensure_venv
  ensure_translations
}

cmd=${1:-run}
shift || true
case "$cmd" in
  setup)
    setup "${TEST_PACKAGES[@]}"
    ;;
  run)
    setup
    exec "$PY" main.py "$@"
    ;;
  test)
    setup "${TEST_PACKAGES[@]}"
    start_postgres
    start_virtual_microphone
    export QT_QPA_PLATFORM=offscreen
    say "Running the test suite"
    exec "$PY" -m pytest "$@"
    ;;
  bench)
    setup "${TEST_PACKAGES[@]}"
    start_postgres
    exec "$PY" -m benchmarks.run "$@"
    ;;
  dist)
    setup
    ensure_dist_tools
    build_dist "$@"
    ;;
  screenshots)
    setup "${TEST_PACKAGES[@]}"
    for module in trainer.ui.screenshots trainer.ui.history.screenshots trainer.ui.workshop.screenshots \
      trainer.ui.workshop.debrief_shot trainer.ui.editor.screenshot; do
      say "Screenshots: $module"
      xvfb-run -a -s "-screen 0 1366x768x24" "$PY" -m "$module"
    done
    ;;
  *)
    echo "usage: ./dev.sh run|test|bench|screenshots|dist|setup" >&2
    exit 2
    ;;
esac
