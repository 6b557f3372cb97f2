package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// racexBin is the binary built once for these tests: running the real
// command checks flags, exit codes and output streams as a user meets them.
var racexBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "racex-cli")
	if err != nil {
		panic(err)
	}
	racexBin = filepath.Join(dir, "racex")
	if out, err := exec.Command("go", "build", "-o", racexBin, ".").CombinedOutput(); err != nil {
		os.Stderr.Write(out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	cmd := exec.Command(racexBin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return o.String(), e.String(), code
}

const article = "Jo Bloggs, 43, won the Anytown 10K in 31:48.\n"

func TestExtractOutDirKeepsGoingPastBadFiles(t *testing.T) {
	in := t.TempDir()
	out := filepath.Join(t.TempDir(), "records")
	os.WriteFile(filepath.Join(in, "good.txt"), []byte(article), 0o644)
	os.WriteFile(filepath.Join(in, "binary.txt"), []byte("\x00\x01\x02PK"), 0o644)
	os.WriteFile(filepath.Join(in, "cp1252.txt"), []byte("Caf\xe9 runner \x93Jo\x94 ran.\n"), 0o644)
	_, stderr, code := run(t, "", "extract", in, "--out", out)
	if code != 1 {
		t.Errorf("exit %d, want 1 (one input failed)", code)
	}
	if !strings.Contains(stderr, "binary.txt") || !strings.Contains(stderr, "binary") {
		t.Errorf("stderr does not name the binary file: %q", stderr)
	}
	for _, name := range []string{"good.json", "cp1252.json"} {
		data, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatalf("%s not written: %v", name, err)
		}
		if probs := schema.Validate(data); len(probs) > 0 {
			t.Errorf("%s invalid: %v", name, probs)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "binary.json")); err == nil {
		t.Error("a record was written for the binary file")
	}
	left, _ := filepath.Glob(filepath.Join(out, ".*tmp"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	var rec schema.Record
	data, _ := os.ReadFile(filepath.Join(out, "cp1252.json"))
	json.Unmarshal(data, &rec)
	// "Café runner “Jo” ran.\n" in UTF-8: é is 2 bytes, each curly quote 3.
	if rec.Doc == nil || rec.Doc.Chars != len("Café runner “Jo” ran.\n") {
		t.Errorf("Windows-1252 input not decoded to UTF-8: doc = %+v", rec.Doc)
	}
}

func TestExtractStdinJSONL(t *testing.T) {
	stdout, _, code := run(t, article, "extract", "--jsonl")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	sc := bufio.NewScanner(strings.NewReader(stdout))
	lines := 0
	for sc.Scan() {
		lines++
		var rec schema.Record
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Doc.Source != "-" || len(rec.Doc.ID) != 64 {
			t.Errorf("doc = %+v", rec.Doc)
		}
	}
	if lines != 1 {
		t.Errorf("%d lines, want 1", lines)
	}
}

func TestExtractTwoFilesTwoDocuments(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte(article), 0o644)
	os.WriteFile(b, []byte("Headline here\n\n"+article), 0o644)
	stdout, _, code := run(t, "", "extract", "--pretty", a, b)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	var titles []string
	for dec.More() {
		var rec schema.Record
		if err := dec.Decode(&rec); err != nil {
			t.Fatal(err)
		}
		title := "<null>"
		if rec.Doc.Title != nil {
			title = *rec.Doc.Title
		}
		titles = append(titles, title)
	}
	if strings.Join(titles, "|") != "<null>|Headline here" {
		t.Errorf("titles = %v, want [<null> Headline here]", titles)
	}
}

func TestExtractMissingFile(t *testing.T) {
	_, stderr, code := run(t, "", "extract", "no-such-file.txt")
	if code != 1 || !strings.Contains(stderr, "no-such-file.txt") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestValidateReportsPointer(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(bad, []byte(`{"schema_version":"1","quantities":[{"kind":"age","text":"43","qualifier":"roughly"}]}`), 0o644)
	good := filepath.Join(dir, "good.json")
	os.WriteFile(good, []byte(`{"schema_version":"1"}`), 0o644)
	stdout, _, code := run(t, "", "validate", good, bad)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if !strings.Contains(stdout, "bad.json: /quantities/0/qualifier:") || !strings.Contains(stdout, "good.json: valid") {
		t.Errorf("stdout = %q", stdout)
	}
}

func TestSchemaPrintsJSONSchema(t *testing.T) {
	stdout, _, code := run(t, "", "schema")
	var doc map[string]any
	if code != 0 || json.Unmarshal([]byte(stdout), &doc) != nil || doc["$schema"] != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("exit %d, output not the 2020-12 schema: %.80q", code, stdout)
	}
}
