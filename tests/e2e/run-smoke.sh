#!/bin/sh
# run-smoke.sh PARCOURS DOCUMENT SCREENSHOT SMOKE_PY
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Runs smoke.py against the real program on its own X server and session
# bus, with the accessibility bus that screen readers use.
set -eu

if [ "${PC_SMOKE_INNER:-}" != "1" ]; then
  export PC_SMOKE_INNER=1
  # -noreset: at-spi-bus-launcher leaves the X server once it has put the
  # bus address on the root window; were it the only client then, Xvfb
  # would reset, dropping that address and the connections being opened.
  exec xvfb-run -a -s "-screen 0 1600x1000x24 -noreset" \
    dbus-run-session -- "$0" "$@"
fi

launcher=/usr/libexec/at-spi-bus-launcher
if [ ! -x "$launcher" ]; then
  launcher=$(command -v at-spi-bus-launcher || true)
fi
if [ -z "$launcher" ]; then
  echo "at-spi-bus-launcher not found (install at-spi2-core)" >&2
  exit 1
fi

# A private data directory keeps the document out of the user's recent files.
XDG_DATA_HOME=$(mktemp -d)
export XDG_DATA_HOME

"$launcher" --launch-immediately &
launcher_pid=$!
trap 'kill "$launcher_pid" 2>/dev/null || true; rm -rf "$XDG_DATA_HOME"' EXIT

unset NO_AT_BRIDGE
export GTK_A11Y=atspi
export GSETTINGS_BACKEND=memory
export GTK_USE_PORTAL=0
export ADW_DISABLE_PORTAL=1

/usr/bin/python3 "$4" "$1" "$2" "$3"
