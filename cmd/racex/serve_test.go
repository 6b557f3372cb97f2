package main

import (
	"bufio"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/racex/racex/internal/pgtest"
)

// startServe runs `racex serve ARGS --addr 127.0.0.1:0` and returns the
// base URL it says it listens on, its first line, and the process.
func startServe(t *testing.T, args ...string) (string, string, *exec.Cmd) {
	t.Helper()
	cmd := exec.Command(racexBin, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...)...)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stderr)
		if sc.Scan() {
			line <- sc.Text()
		}
		io.Copy(io.Discard, stderr)
	}()
	var first string
	select {
	case first = <-line:
	case <-time.After(30 * time.Second):
		t.Fatal("racex serve said nothing for 30 s")
	}
	m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+/) \(`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("first line %q does not say where it listens", first)
	}
	return m[1], first, cmd
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(body)
}

// TestServeStartsAndStops runs `racex serve` as a user does: it says
// where it listens, answers the API there, and stops cleanly on Ctrl-C.
func TestServeStartsAndStops(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "jo.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	base, first, cmd := startServe(t, dir)
	if !strings.Contains(first, "(read-only)") {
		t.Errorf("first line %q does not say read-only", first)
	}
	if code, body := get(t, base+"api/docs"); code != 200 || !strings.Contains(body, `"id": "jo"`) {
		t.Errorf("GET /api/docs = %d %s", code, body)
	}
	if err := cmd.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("racex serve after Ctrl-C: %v, want exit 0", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("racex serve did not stop on Ctrl-C")
	}
}

// TestServeDB serves what racex ingest stored, with annotations from a
// directory: from SQLite and from PostgreSQL.
func TestServeDB(t *testing.T) {
	t.Run("sqlite", func(t *testing.T) {
		db := filepath.Join(t.TempDir(), "news.db")
		testServeStore(t, "--db", db)
	})
	t.Run("postgres", func(t *testing.T) {
		testServeStore(t, "--postgres", pgtest.URL(t))
	})
}

func testServeStore(t *testing.T, flag, where string) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "jo.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	gold := `{"schema_version": "1", "people": [{"name": "Jo Bloggs", "aliases": [], "age": 43}]}`
	if err := os.WriteFile(filepath.Join(dir, "jo.gold.json"), []byte(gold), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, code := run(t, "", "ingest", dir, flag, where); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	base, _, _ := startServe(t, flag, where, "--gold", dir)
	code, body := get(t, base+"api/docs")
	var list struct {
		Docs []struct {
			ID, Source string
			Gold       bool
		}
	}
	if err := json.Unmarshal([]byte(body), &list); code != 200 || err != nil || len(list.Docs) != 1 {
		t.Fatalf("GET /api/docs = %d %v %s", code, err, body)
	}
	d := list.Docs[0]
	if len(d.ID) != 64 || !strings.HasSuffix(d.Source, "jo.txt") || !d.Gold {
		t.Errorf("stored document %+v: want its hash id, its source and its annotation", d)
	}
	if code, body := get(t, base+"docs/"+d.ID); code != 200 || !strings.Contains(body, "Jo Bloggs") {
		t.Errorf("GET /docs/%s = %d", d.ID, code)
	}
}

func TestServeErrors(t *testing.T) {
	if _, stderr, code := run(t, "", "serve", filepath.Join(t.TempDir(), "nothing")); code != 1 || !strings.Contains(stderr, "no such file") {
		t.Errorf("serve on a missing directory: exit %d, %q", code, stderr)
	}
	file := filepath.Join(t.TempDir(), "a.txt")
	os.WriteFile(file, []byte(article), 0o644)
	if _, stderr, code := run(t, "", "serve", file); code != 1 || !strings.Contains(stderr, "not a directory") {
		t.Errorf("serve on a file: exit %d, %q", code, stderr)
	}
	if _, _, code := run(t, "", "serve"); code != 2 {
		t.Errorf("serve without a directory: exit %d, want 2", code)
	}
	if _, stderr, code := run(t, "", "serve", "--db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(stderr, "no such file") {
		t.Errorf("serve --db on a missing file: exit %d, %q", code, stderr)
	}
	if _, _, code := run(t, "", "serve", "--db", "x.db", "--postgres", "postgres://nowhere/x"); code != 2 {
		t.Errorf("serve with --db and --postgres: exit %d, want 2", code)
	}
	if _, _, code := run(t, "", "serve", "--db", "x.db", t.TempDir()); code != 2 {
		t.Errorf("serve with a directory and --db: exit %d, want 2", code)
	}
	if _, _, code := run(t, "", "serve", "--gold", t.TempDir(), t.TempDir()); code != 2 {
		t.Errorf("serve a directory with --gold: exit %d, want 2", code)
	}
	if _, stderr, code := run(t, "", "serve", "--addr", "256.0.0.1:99999", t.TempDir()); code != 1 || stderr == "" {
		t.Errorf("serve on a bad address: exit %d, %q", code, stderr)
	}
}
