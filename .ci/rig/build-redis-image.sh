#!/usr/bin/env bash
# Builds the offline stand-ins for the official Redis images (shared/RIG.md):
# there is no Docker Hub here, so the tests' compose files get images of the
# same names built FROM scratch around the machine's native redis-server,
# redis-cli and a static busybox. Two variants, because persistence differs:
#   7.x-like   declares VOLUME /data (as official 7.x images do)
#   8.6+-like  declares no volume (as official 8.6+ images do)
# and a third, redis-readiness/redis-standin:nocli: the same server without
# redis-cli (like Dragonfly, distroless or custom builds), which the probes
# must handle without any client tool in the image.
# A name is tagged only when no image of that name exists, so a real image
# pulled earlier (GitHub's runners) is never shadowed; nothing is ever pulled.
# Idempotent: the variants are rebuilt only when their inputs change.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
log() { printf '[redis-image] %s\n' "$*"; }

# Names the tests, fixtures and examples use. 8.6 and later, and the floating
# aliases that follow the newest release, get the variant without VOLUME.
NAMES_7=(
  redis:7 redis:7-alpine redis:7.0 redis:7.0-alpine redis:7.0.15 redis:7.0.15-alpine
  redis:7.0.7-alpine redis:7.2 redis:7.2-alpine redis:7.4 redis:7.4-alpine
  redis:7.4.2 redis:7.4.2-alpine redis:6 redis:6-alpine redis:6.2 redis:6.2-alpine
  redis:6.2.4-alpine redis:6.2.7-alpine redis:6.2.14 redis:6.0.20 redis:7.2.5 redis:7.2.5-alpine
  redis:3-alpine redis:3.2 redis:7.0-bookworm
  redis:7-bookworm redis:7.4-bookworm
)
NAMES_86=(
  redis:alpine redis:latest redis:8 redis:8-alpine redis:8.6 redis:8.6-alpine
  redis:8.6.0 redis:8.6.0-alpine redis:bookworm
)
# Extra names, e.g. REDIS_STANDIN_EXTRA_7="redis:7.1" for a local experiment.
read -r -a extra7 <<<"${REDIS_STANDIN_EXTRA_7:-}"
read -r -a extra86 <<<"${REDIS_STANDIN_EXTRA_86:-}"
NAMES_7+=("${extra7[@]}")
NAMES_86+=("${extra86[@]}")

command -v docker >/dev/null || { log "docker not found: run .ci/rig/install-engine.sh"; exit 1; }
docker info >/dev/null 2>&1 || { log "the Docker engine does not answer: run .ci/rig/install-engine.sh"; exit 1; }
for bin in /usr/bin/redis-server /usr/bin/redis-cli /bin/busybox; do
  [ -x "$bin" ] || { log "$bin missing: run .ci/rig/install-engine.sh"; exit 1; }
done

# Inputs that define the image; their hash labels it so a rebuild happens only
# when one of them changes.
inputs_hash=$(cat /usr/bin/redis-server /usr/bin/redis-cli /bin/busybox \
  "$here/redis-image/docker-entrypoint.sh" "$here/redis-image/redis-server" "$0" | sha256sum | cut -c1-16)

build_context() {
  local ctx=$1 root=$1/rootfs cli=${2:-yes}
  local binaries=(/usr/bin/redis-server)
  if [ "$cli" = yes ]; then binaries+=(/usr/bin/redis-cli); fi
  mkdir -p "$root"/{bin,usr/bin,usr/local/bin,etc,tmp,lib64,lib/x86_64-linux-gnu} "$ctx/data"
  chmod 1777 "$root/tmp"
  cp "${binaries[@]}" "$root/usr/bin/"
  # Every shared library the binaries load, at the path the loader expects.
  local lib
  for lib in $(ldd "${binaries[@]}" | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// && $1 !~ /:$/ {print $1}' | sort -u); do
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
  cp /bin/busybox "$root/bin/busybox"
  # The applets compose healthchecks and entrypoints use.
  local applet
  for applet in sh ash grep egrep echo test [ cat sleep id find chown su env ls ps kill \
    printf mktemp pwd wc head tail cut tr sed awk timeout true false nc rm mkdir date; do
    ln -sf busybox "$root/bin/$applet"
  done
  install -m 0755 "$here/redis-image/docker-entrypoint.sh" "$root/usr/local/bin/docker-entrypoint.sh"
  install -m 0755 "$here/redis-image/redis-server" "$root/usr/local/bin/redis-server"
  if [ "$cli" = yes ]; then ln -sf /usr/bin/redis-cli "$root/usr/local/bin/redis-cli"; fi
  printf 'root:x:0:0:root:/root:/bin/sh\nredis:x:999:999:redis:/data:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/bin/false\n' >"$root/etc/passwd"
  printf 'root:x:0:\nredis:x:999:\nnogroup:x:65534:\n' >"$root/etc/group"
  printf 'root::0:0:99999:7:::\nredis:!:0:0:99999:7:::\n' >"$root/etc/shadow"
  chmod 0640 "$root/etc/shadow"
}

dockerfile() {
  local volume=$1
  cat <<DOCKERFILE
FROM scratch
COPY rootfs/ /
COPY --chown=999:999 data /data
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
LABEL org.redis-readiness.standin="$inputs_hash"
WORKDIR /data
$( [ "$volume" = yes ] && echo 'VOLUME /data' )
EXPOSE 6379
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["redis-server"]
DOCKERFILE
}

ensure_variant() {
  local tag=$1 volume=$2 cli=${3:-yes}
  if [ "$(docker image inspect -f '{{index .Config.Labels "org.redis-readiness.standin"}}' "$tag" 2>/dev/null)" = "$inputs_hash" ]; then
    return
  fi
  local ctx
  ctx=$(mktemp -d)
  build_context "$ctx" "$cli"
  dockerfile "$volume" >"$ctx/Dockerfile"
  chown -R 0:0 "$ctx/rootfs"
  # The legacy builder needs no buildx plugin (Debian's docker.io has none).
  if ! out=$(DOCKER_BUILDKIT=0 docker build -q --pull=false -t "$tag" "$ctx" 2>&1); then
    printf '%s\n' "$out" >&2
    rm -rf "$ctx"
    log "building $tag failed"
    exit 1
  fi
  rm -rf "$ctx"
  log "built $tag ($( [ "$volume" = yes ] && echo 'VOLUME /data' || echo 'no VOLUME')$( [ "$cli" = yes ] || echo ', no redis-cli'))"
}

ensure_variant redis-readiness/redis-standin:7 yes
ensure_variant redis-readiness/redis-standin:8.6 no
ensure_variant redis-readiness/redis-standin:nocli no no

# Three listings instead of one question per name: which names exist, which
# image ids are stand-ins, which are stand-ins of the current build.
existing=$(docker image ls --format '{{.Repository}}:{{.Tag}} {{.ID}}' redis)
ours_any=$(docker image ls -q --filter label=org.redis-readiness.standin | sort -u)
ours_now=$(docker image ls -q --filter "label=org.redis-readiness.standin=$inputs_hash" | sort -u)

tag_where_absent() {
  local source=$1 name id
  shift
  for name in "$@"; do
    [ -n "$name" ] || continue
    id=$(awk -v n="$name" '$1 == n {print $2; exit}' <<<"$existing")
    if [ -n "$id" ]; then
      # A real image stays; a stand-in of an older build moves to this one.
      grep -qx "$id" <<<"$ours_any" || continue
      grep -qx "$id" <<<"$ours_now" && continue
    fi
    docker tag "$source" "$name"
  done
}

tag_where_absent redis-readiness/redis-standin:7 "${NAMES_7[@]}"
tag_where_absent redis-readiness/redis-standin:8.6 "${NAMES_86[@]}"
# Stand-ins of older builds are now untagged: remove them (ours only, by id).
for id in $ours_any; do
  grep -qx "$id" <<<"$ours_now" || docker image rm "$id" >/dev/null 2>&1 || true
done
log "stand-in images ready ($inputs_hash)"
