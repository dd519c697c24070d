#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests, on loopback, in a folder of its own.
#
#   scripts/pg-test-server.sh start [DIR]   prints the server's URL on stdout (DIR on stderr)
#   scripts/pg-test-server.sh stop DIR      stops it and removes DIR
#
# Installs Debian's `postgresql` when no server binaries are found (as the Makefile does for
# chromium). PostgreSQL refuses to run as root, so under root the cluster belongs to the
# `postgres` user the package creates. Connections need a password (scram-sha-256), so that the
# tests can check how bad credentials are reported.
set -euo pipefail

find_bin() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] && [ -x "$bin/initdb" ] && echo "$bin"
}

install_postgres() {
    echo "Installing Debian's postgresql for the PostgreSQL tests (apt-get)..." >&2
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo=sudo
    $sudo apt-get install -y -q postgresql >/dev/null 2>&1 || {
        $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q postgresql >/dev/null; }
}

# Run a server binary as the cluster's owner.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
    local bin dir port password
    bin=$(find_bin) || { install_postgres; bin=$(find_bin); } || {
        echo "no PostgreSQL server binaries, and apt-get could not install them" >&2; exit 1; }
    dir=${1:-$(mktemp -d /tmp/keiretsu-pg.XXXXXX)}
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
        chown postgres "$dir"
    fi
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pwfile"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/pwfile"
    as_owner "$bin/initdb" -D "$dir/data" -U keiretsu --pwfile="$dir/pwfile" --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pwfile"
    # A free port: bind port 0 and let the kernel choose, then hand it to the server.
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    # fsync off: a test cluster is thrown away, and durability costs the suite seconds per test.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
        -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off \
            -c max_connections=200" >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "dir: $dir" >&2
    echo "postgresql://keiretsu:$password@127.0.0.1:$port/postgres"
}

stop() {
    local dir=${1:?usage: $0 stop DIR} bin
    bin=$(find_bin) || exit 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start "${2:-}" ;;
    stop) stop "${2:-}" ;;
    *) echo "usage: $0 start [DIR] | stop DIR" >&2; exit 2 ;;
esac
