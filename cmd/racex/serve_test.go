package main

import (
	"bufio"
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
)

// TestServeStartsAndStops runs `racex serve` as a user does: it says
// where it listens, answers the API there, and stops cleanly on Ctrl-C.
func TestServeStartsAndStops(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "jo.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(racexBin, "serve", "--addr", "127.0.0.1:0", dir)
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
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
	m := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+/) \(read-only\)`).FindStringSubmatch(first)
	if m == nil {
		t.Fatalf("first line %q does not say where it listens, read-only", first)
	}
	res, err := http.Get(m[1] + "api/docs")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(body), `"id": "jo"`) {
		t.Errorf("GET /api/docs = %d %s", res.StatusCode, body)
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
	if _, stderr, code := run(t, "", "serve", "--addr", "256.0.0.1:99999", t.TempDir()); code != 1 || stderr == "" {
		t.Errorf("serve on a bad address: exit %d, %q", code, stderr)
	}
}
