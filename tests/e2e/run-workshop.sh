#!/bin/sh
# run-workshop.sh PARCOURS DOCUMENT SCREENSHOT SCRIPT_PY
#
# Copyright 2026 The Parcours authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Like run-smoke.sh, on a 1920 × 1080 screen, with a window manager:
# a window only goes full screen when one grants it.
set -eu

if [ "${PC_SMOKE_INNER:-}" != "1" ]; then
  export PC_SMOKE_INNER=1
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -noreset" \
    dbus-run-session -- "$0" "$@"
fi

if ! command -v openbox >/dev/null; then
  echo "openbox not found (a window manager is needed for full screen)" >&2
  exit 1
fi
openbox --sm-disable &
wm_pid=$!
trap 'kill "$wm_pid" 2>/dev/null || true' EXIT
sleep 1

# run-smoke.sh sets up the accessibility bus and runs the script.
PC_SMOKE_INNER=1 "$(dirname "$0")/run-smoke.sh" "$@"
