#!/usr/bin/env bash
# Installs and starts what the probe and differential tests need on a fresh
# Debian 12 machine with only Debian's archive reachable (see shared/RIG.md):
# dockerd, compose v2 (Debian trixie's docker-compose plugin), a native
# redis-server/redis-cli, and busybox for the offline Redis stand-in image.
# Idempotent: a second run only checks.
set -euo pipefail

log() { printf '[rig] %s\n' "$*"; }

export DEBIAN_FRONTEND=noninteractive
need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v redis-cli >/dev/null 2>&1 || need+=(redis-tools)
[ -x /bin/busybox ] || need+=(busybox-static)
if [ ${#need[@]} -gt 0 ]; then
  log "apt-get install ${need[*]}"
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

plugin=/usr/libexec/docker/cli-plugins/docker-compose
if ! "$plugin" version >/dev/null 2>&1; then
  log "fetching compose v2 from Debian trixie (not in bookworm)"
  d=$(mktemp -d)
  mkdir -p "$d/lists/partial" "$d/cache/archives/partial" "$d/parts"
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  cat > "$d/parts/trixie.sources" <<SRC
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  opts=(-o Dir::Etc::SourceList=/dev/null -o "Dir::Etc::SourceParts=$d/parts"
        -o "Dir::State::Lists=$d/lists" -o "Dir::Cache=$d/cache" -o Debug::NoLocking=1)
  apt-get "${opts[@]}" update -qq
  (cd "$d" && apt-get "${opts[@]}" download docker-compose >/dev/null)
  dpkg -x "$d"/docker-compose_*.deb "$d/x"
  mkdir -p "$(dirname "$plugin")"
  install -m 0755 "$d/x/usr/libexec/docker/cli-plugins/docker-compose" "$plugin"
  rm -rf "$d"
fi

if ! docker info >/dev/null 2>&1; then
  log "starting dockerd"
  nohup dockerd >/var/log/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 0.5; done
  docker info >/dev/null 2>&1 || { log "dockerd did not start; see /var/log/dockerd.log"; tail -20 /var/log/dockerd.log; exit 1; }
fi
log "docker $(docker version --format '{{.Server.Version}}'), compose $(docker compose version --short)"
