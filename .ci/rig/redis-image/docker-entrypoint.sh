#!/bin/sh
# Entrypoint of the offline stand-in for the official Redis image (see
# shared/RIG.md): same argument handling and privilege drop as the official
# docker-entrypoint.sh, so compose files behave here as they do with the real
# image.
set -e

# An option (`--requirepass x`) or a config file (`/etc/redis.conf`) as the
# first argument means "run redis-server with these".
if [ "${1#-}" != "$1" ] || [ "${1%.conf}" != "$1" ]; then
	set -- redis-server "$@"
fi

# Like the official image: fix ownership of the working directory (usually
# /data) and drop root before starting the server.
if [ "$1" = 'redis-server' ] && [ "$(id -u)" = '0' ]; then
	find . \! -user redis -exec chown redis '{}' + 2>/dev/null || true
	exec su -p -s /bin/sh redis -c 'exec "$0" "$@"' -- "$0" "$@"
fi

# Official images tighten the default umask for the files Redis writes.
if [ "$(umask)" = '0022' ]; then
	umask 0077
fi

exec "$@"
