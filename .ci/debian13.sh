#!/usr/bin/env bash
# Builds Parcours on Debian 13 (trixie: GTK 4.18, libadwaita 1.7, GLib
# 2.84, the stack of the GNOME runtime that Flatpak users run) in a chroot
# made with debootstrap, with warnings as errors, and runs the whole test
# suite there (unit, widget and end-to-end tests) under Xvfb with the
# accessibility bus. meson's logs, testlog.json among them, and the
# end-to-end screenshots are copied to $DEBIAN13_BUILD_DIR/ in the source
# tree; nothing else is written there.
#
# The packages come from the mirror this machine's apt already uses (read
# from /etc/apt/sources.list.d/*.sources or /etc/apt/sources.list) and from
# the lists in build-aux/, renamed where Debian 13 names them differently
# by build-aux/packages-debian13.txt.
#
# Needs root (debootstrap, mount, chroot, unshare). Environment:
#   DEBIAN13_ROOT       the chroot; by default a new temporary folder that is
#                       removed at the end. A folder named here is kept, and
#                       reused on the next run (only the sources are copied
#                       again, and the build is incremental).
#   DEBIAN13_BUILD_DIR  where the logs go (default build-debian13)
#   DEBIAN13_MIRROR     a mirror to use instead of the one apt uses
#   DEBIAN13_TESTS      arguments for meson test (default: every test)
set -euo pipefail
cd "$(dirname "$0")/.."

top=$PWD
suite=trixie
logs_dir=$top/${DEBIAN13_BUILD_DIR:-build-debian13}
start=$SECONDS

step () { echo "== debian13: $* (at $((SECONDS - start)) s)"; }

if [ "$(id -u)" -ne 0 ]; then
  echo "debian13.sh needs root (debootstrap, mount, chroot)" >&2
  exit 1
fi

# The first Debian archive (not the security one) among apt's sources.
apt_mirror () {
  /usr/bin/python3 - <<'PY'
import glob, re, sys

def deb822():
    for path in sorted(glob.glob('/etc/apt/sources.list.d/*.sources')):
        for stanza in re.split(r'\n\s*\n', open(path, encoding='utf-8').read()):
            fields = {}
            for line in stanza.splitlines():
                m = re.match(r'([A-Za-z-]+):\s*(.*)', line)
                if m and not line.startswith('#'):
                    fields[m.group(1).lower()] = m.group(2).split()
            if 'deb' not in fields.get('types', []):
                continue
            if fields.get('enabled', ['yes'])[0].lower() == 'no':
                continue
            if any(s.endswith('-security') for s in fields.get('suites', [])):
                continue
            yield from fields.get('uris', [])

def one_line():
    paths = ['/etc/apt/sources.list'] + sorted(glob.glob('/etc/apt/sources.list.d/*.list'))
    for path in paths:
        try:
            lines = open(path, encoding='utf-8').read().splitlines()
        except OSError:
            continue
        for line in lines:
            words = re.sub(r'\[[^]]*\]', ' ', line.split('#')[0]).split()
            if len(words) >= 3 and words[0] == 'deb' and not words[2].endswith('-security'):
                yield words[1]

for uri in list(deb822()) + list(one_line()):
    if re.match(r'https?://', uri) and 'security' not in uri:
        print(uri.rstrip('/'))
        break
else:
    sys.exit('no Debian archive found in the apt sources')
PY
}

# Package names, one a line, without comments.
names () { sed 's/#.*//' "$@" | tr -s ' \t' '\n\n' | sed '/^$/d'; }

debian13_packages () {
  declare -A rename=()
  local from to p
  while read -r from to; do
    [ -n "$from" ] && rename[$from]=$to
  done < <(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' build-aux/packages-debian13.txt)
  for p in $(names build-aux/packages-build.txt build-aux/packages-test.txt); do
    to=${rename[$p]-$p}
    [ "$to" = - ] || echo "$to"
  done | sort -u
}

if [ -n "${DEBIAN13_ROOT:-}" ]; then
  root=$(realpath -m "$DEBIAN13_ROOT")
  keep=1
else
  root=$(mktemp -d /var/tmp/parcours-debian13.XXXXXX)
  # apt in the chroot fetches as the _apt user, who needs to get in.
  chmod 755 "$root"
  keep=0
fi
case $root/ in
  "$top"/*) echo "the chroot must be outside the source tree: $root" >&2; exit 1 ;;
  /) echo "refusing / as the chroot" >&2; exit 1 ;;
esac

mounted=()

# Anything still running inside the chroot was started by this script.
stop_chroot_processes () {
  local p
  for p in /proc/[0-9]*; do
    if [ "$(readlink "$p/root" 2>/dev/null)" = "$root" ]; then
      kill -KILL "${p#/proc/}" 2>/dev/null || true
    fi
  done
}

cleanup () {
  local i
  stop_chroot_processes
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
  done
  if [ "$keep" = 0 ]; then
    # Never remove anything while a host folder is still mounted inside.
    if grep -q " $root/" /proc/self/mountinfo; then
      echo "== debian13: $root still has mounts; not removing it" >&2
    else
      rm -rf --one-file-system "$root"
    fi
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

mirror=${DEBIAN13_MIRROR:-$(apt_mirror)}
packages=$(debian13_packages)

if [ ! -x "$root/usr/bin/apt-get" ]; then
  step "debootstrap $suite from $mirror into $root"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 || {
    tail -20 "$root.debootstrap.log"
    exit 1
  }
  rm -f "$root.debootstrap.log"
fi

for m in proc sys dev dev/pts dev/shm; do
  mkdir -p "$root/$m"
  case $m in
    proc) mount -t proc proc "$root/proc" ;;
    *) mount --bind "/$m" "$root/$m" ;;
  esac
  mounted+=("$root/$m")
done

# Run in the chroot with a clean environment, in a network namespace of its
# own: the abstract X11 and D-Bus sockets of the chroot's Xvfb and buses
# cannot meet the host's, and the build and tests get no network.
in_chroot () {
  env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive CI="${CI:-}" \
    chroot "$root" "$@"
}

stamp=$root/var/lib/parcours-debian13-packages
if [ "$(cat "$stamp" 2>/dev/null)" != "$packages" ]; then
  step "installing $(wc -w <<<"$packages") packages"
  printf 'deb %s %s main\ndeb %s %s-updates main\n' "$mirror" "$suite" "$mirror" "$suite" \
    >"$root/etc/apt/sources.list"
  # Daemons that packages would start belong to the host, not to us.
  printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
  chmod +x "$root/usr/sbin/policy-rc.d"
  in_chroot apt-get update -q
  # shellcheck disable=SC2086
  in_chroot apt-get install -y -q --no-install-recommends $packages >"$root/var/log/parcours-apt.log" 2>&1 || {
    tail -30 "$root/var/log/parcours-apt.log"
    exit 1
  }
  in_chroot apt-get clean
  echo "$packages" >"$stamp"
fi
in_chroot sh -c 'dpkg-query -W -f "\${Package} \${Version}\n" libgtk-4-1 libadwaita-1-0 libglib2.0-0t64 meson 2>/dev/null' |
  sed 's/^/== debian13: /'

# The sources as they are in the work tree (tracked and new files, not the
# ignored ones), copied in; the build folder stays in the chroot.
step "copying the sources"
rm -rf "$root/parcours"
mkdir -p "$root/parcours"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git ls-files -z --cached --others --exclude-standard |
    tar --null -T - -cf - | tar -C "$root/parcours" -xf -
else
  tar --exclude='./build' --exclude='./build-*' -cf - . | tar -C "$root/parcours" -xf -
fi

status=0
step "building with --werror"
build=/parcours-build
rm -f "$root$build/meson-logs/testlog.json"
if [ -f "$root$build/build.ninja" ]; then
  setup=(meson setup --reconfigure "$build" /parcours)
else
  setup=(meson setup "$build" /parcours --werror -Dbuildtype=debugoptimized)
fi
# shellcheck disable=SC2086
unshare --net env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
  chroot "$root" sh -c '"$@" && meson compile -C '"$build" sh "${setup[@]}" || status=1

if [ $status = 0 ]; then
  step "testing under Xvfb"
  # shellcheck disable=SC2086
  unshare --net env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 CI="${CI:-}" \
    chroot "$root" xvfb-run -a -s "-screen 0 1600x1000x24" \
      meson test -C "$build" --print-errorlogs --num-processes 2 ${DEBIAN13_TESTS:-} || status=1
fi
stop_chroot_processes

rm -rf "$logs_dir"
mkdir -p "$logs_dir"
if [ -d "$root$build/meson-logs" ]; then
  cp -r "$root$build/meson-logs" "$logs_dir/"
fi
cp "$root$build"/tests/*.png "$logs_dir/" 2>/dev/null || true

step "done, $( [ $status = 0 ] && echo passed || echo FAILED); logs in $logs_dir"
exit $status
