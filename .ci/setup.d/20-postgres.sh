# PostgreSQL for the store and ingest tests (store/, cmd/racex/): installs
# Debian's server when missing, runs a throwaway cluster in /tmp on a Unix
# socket (no system service, no TCP port), and exports RACEX_TEST_POSTGRES.
# Sourced by .ci/run; idempotent: a cluster already running is reused.
racex_pg_setup() {
  local bindir dir sock port user
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "installing postgresql (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  dir=/tmp/racex-pg
  sock=$dir/sock
  port=54329
  # initdb refuses to run as root: run the cluster as the postgres user
  # the package creates (or as whoever we are, when not root).
  user=$(id -un)
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id -u postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    user=postgres
    run=(runuser -u postgres --)
  fi
  if ! "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
    rm -rf "$dir"
    mkdir -p "$sock"
    chown -R "$user" "$dir"
    "${run[@]}" "$bindir/initdb" -D "$dir/data" -U racex --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
      "${run[@]}" "$bindir/initdb" -D "$dir/data" -U racex --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
      { cat "$dir/initdb.log"; return 1; }
    "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $sock -p $port -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null ||
      { cat "$dir/server.log"; return 1; }
  fi
  RACEX_TEST_POSTGRES="postgres://racex@/postgres?host=$sock&port=$port&sslmode=disable"
  export RACEX_TEST_POSTGRES
  echo "RACEX_TEST_POSTGRES=$RACEX_TEST_POSTGRES ($("$bindir/postgres" --version))"
}
racex_pg_setup
