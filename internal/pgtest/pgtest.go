// Package pgtest gives tests a fresh PostgreSQL schema on the server that
// RACEX_TEST_POSTGRES names (.ci/setup.d/20-postgres.sh starts one).
package pgtest

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

var seq atomic.Int64

// URL returns the URL of a new, empty schema on the test server, dropped
// when the test ends. Without RACEX_TEST_POSTGRES the test is skipped,
// except under CI=true, where PostgreSQL is required and the test fails.
func URL(t testing.TB) string {
	t.Helper()
	base := os.Getenv("RACEX_TEST_POSTGRES")
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("RACEX_TEST_POSTGRES is not set; CI must run the PostgreSQL tests (.ci/setup.d/20-postgres.sh)")
		}
		t.Skip("RACEX_TEST_POSTGRES is not set (.ci/setup.d/20-postgres.sh starts a server)")
	}
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	name := fmt.Sprintf("test_%d_%d_%d", os.Getpid(), time.Now().UnixNano()%1e9, seq.Add(1))
	if _, err := db.Exec("CREATE SCHEMA " + name); err != nil {
		t.Fatalf("PostgreSQL at RACEX_TEST_POSTGRES: %v", err)
	}
	t.Cleanup(func() {
		db, err := sql.Open("pgx", base)
		if err == nil {
			db.Exec("DROP SCHEMA " + name + " CASCADE")
			db.Close()
		}
	})
	sep := "?"
	if strings.Contains(base, "?") {
		sep = "&"
	}
	return base + sep + "search_path=" + name
}
