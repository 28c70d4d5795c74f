#!/usr/bin/env bash
# Run the whole test suite (`make test`) on several QGIS versions:
#   3.22 LTR  the machine's own (Debian 12 bookworm)
#   3.40 LTR  Debian 13 trixie, in a debootstrap chroot
#   3.44      trixie-backports, in a second chroot
# Usage: tests/matrix/qgis_matrix.sh [3.22] [3.40] [3.44]   (default: all three)
# The chroots are cached in $MCR_CHROOT_CACHE (default /var/cache/mcr-qgis-matrix) and reused;
# building one takes a few minutes and about 2 GB. Needs root (chroot, mount).
# MCR_MATRIX_SKIP_IF_NO_SPACE=1 skips (and says so) a version whose chroot does not fit on the disk.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
CACHE=${MCR_CHROOT_CACHE:-/var/cache/mcr-qgis-matrix}
MIRROR=${MCR_DEBIAN_MIRROR:-http://deb.debian.org/debian}
PACKAGES="qgis python3-qgis qgis-providers python3-gdal python3-numpy python3-scipy python3-pytest make git"
PYTEST_ARGS=${PYTEST_ARGS:--q}
VERSIONS=("$@")
[ ${#VERSIONS[@]} -gt 0 ] || VERSIONS=(3.22 3.40 3.44)

say() { printf '\n== %s\n' "$*"; }

ensure_debootstrap() {
  command -v debootstrap >/dev/null && return
  say "installing Debian package debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap
}

# enough_space: a chroot needs about 2.5 GB; say so (and skip, if allowed) when the disk is short.
enough_space() {
  mkdir -p "$CACHE"
  local free_kb
  free_kb=$(df -Pk "$CACHE" | awk 'NR == 2 {print $4}')
  [ "$free_kb" -ge $((3 * 1024 * 1024)) ] && return 0
  echo "only $((free_kb / 1024)) MB free in $CACHE; a QGIS chroot needs about 3 GB"
  return 1
}

# ensure_chroot NAME BACKPORTS(yes|no): a trixie chroot with QGIS from trixie or trixie-backports.
ensure_chroot() {
  local name=$1 backports=$2 root="$CACHE/$1"
  if [ -f "$root/.mcr-ready" ]; then
    echo "chroot $root: cached ($(cat "$root/.mcr-ready"))"
    return
  fi
  ensure_debootstrap
  say "building chroot $root (debootstrap trixie from $MIRROR)"
  rm -rf "$root"
  mkdir -p "$CACHE"
  # One retry: a mirror hiccup should not fail the whole matrix.
  debootstrap --variant=minbase trixie "$root" "$MIRROR" >"$CACHE/$name.debootstrap.log" 2>&1 \
    || { rm -rf "$root"; sleep 10; debootstrap --variant=minbase trixie "$root" "$MIRROR" \
         >"$CACHE/$name.debootstrap.log" 2>&1; } \
    || { tail -20 "$CACHE/$name.debootstrap.log"; exit 1; }
  local target=""
  if [ "$backports" = yes ]; then
    echo "deb $MIRROR trixie-backports main" >"$root/etc/apt/sources.list.d/backports.list"
    target="-t trixie-backports"
  fi
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  say "installing QGIS in $root"
  chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
    bash -c "apt-get update -qq && apt-get install -y -qq --no-install-recommends $target $PACKAGES" \
    >"$CACHE/$name.apt.log" 2>&1 || { tail -20 "$CACHE/$name.apt.log"; exit 1; }
  chroot "$root" dpkg-query -W -f='${Version}' qgis >"$root/.mcr-ready"
  echo "chroot $root: QGIS $(cat "$root/.mcr-ready")"
}

# in_chroot NAME COMMAND: run COMMAND in the chroot with the repository at the same path.
in_chroot() {
  local root="$CACHE/$1" command=$2 status=0
  mkdir -p "$root$REPO" "$root/proc" "$root/dev" "$root/tmp"
  mount --bind "$REPO" "$root$REPO"
  mount -t proc proc "$root/proc"
  mount --bind /dev "$root/dev"
  # `make setup` fetches pyamg from PyPI: behind a TLS-inspecting proxy the chroot needs the
  # host's certificate bundle and pip settings (the host's own file:// indexes do not apply).
  local bundle=${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt} passed=() variable
  if [ -f "$bundle" ]; then
    mkdir -p "$root/etc/mcr-host-ssl" && cp "$bundle" "$root/etc/mcr-host-ssl/ca-bundle.crt"
    passed+=(PIP_CERT=/etc/mcr-host-ssl/ca-bundle.crt SSL_CERT_FILE=/etc/mcr-host-ssl/ca-bundle.crt)
  fi
  for variable in PIP_INDEX_URL PIP_DEFAULT_TIMEOUT HTTP_PROXY HTTPS_PROXY http_proxy https_proxy NO_PROXY no_proxy; do
    [ -n "${!variable:-}" ] && passed+=("$variable=${!variable}")
  done
  chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    PIP_CONFIG_FILE=/dev/null "${passed[@]}" \
    bash -c "cd '$REPO' && $command" || status=$?
  umount "$root/dev" "$root/proc" "$root$REPO"
  return $status
}

results=()
for version in "${VERSIONS[@]}"; do
  build="$REPO/.build/qgis-$version"
  case $version in
    3.22)
      say "QGIS 3.22 (this machine)"
      make -C "$REPO" test BUILD="$build" PYTEST_ARGS="$PYTEST_ARGS" && results+=("3.22: passed") \
        || { results+=("3.22: FAILED"); failed=1; } ;;
    3.40|3.44)
      name=trixie; backports=no
      [ "$version" = 3.44 ] && { name=trixie-backports; backports=yes; }
      if [ ! -f "$CACHE/$name/.mcr-ready" ] && ! enough_space; then
        if [ "${MCR_MATRIX_SKIP_IF_NO_SPACE:-0}" = 1 ]; then
          results+=("$version: SKIPPED (no disk space for the chroot)"); continue
        fi
        exit 1
      fi
      ensure_chroot "$name" "$backports"
      say "QGIS $(cat "$CACHE/$name/.mcr-ready") (Debian 13 $name chroot)"
      in_chroot "$name" "make test BUILD='$build' PYTEST_ARGS='$PYTEST_ARGS'" \
        && results+=("$version ($(cat "$CACHE/$name/.mcr-ready")): passed") \
        || { results+=("$version: FAILED"); failed=1; } ;;
    *) echo "unknown QGIS version $version (use 3.22, 3.40, 3.44)"; exit 2 ;;
  esac
done
say "QGIS matrix"
printf '  %s\n' "${results[@]}"
[ -z "${failed:-}" ]
