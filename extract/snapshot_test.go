package extract

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
	"github.com/sergi/go-diff/diffmatchpatch"
)

var update = flag.Bool("update", false, "rewrite testdata/*.snapshot.json from the extractor's current output")

// TestSnapshots compares the record of every testdata/NAME.txt with
// testdata/NAME.snapshot.json byte for byte. Snapshots are the program's
// own output, kept so that any change in output is seen in review; they
// are not hand annotations (those are NAME.gold.json). Refresh them with
// `go test ./extract -update` after reading the diff.
func TestSnapshots(t *testing.T) {
	files, err := filepath.Glob("../testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata articles: %v", err)
	}
	p := Default()
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			rec := p.Extract(Input{Source: filepath.ToSlash(filepath.Join("testdata", name+".txt")), Text: string(raw)})
			got := marshalSnapshot(t, rec)
			if probs := schema.Validate(got); len(probs) > 0 {
				t.Errorf("record does not validate: %v", probs)
			}
			path := filepath.Join("../testdata", name+".snapshot.json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./extract -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (- snapshot, + now); if the change is right, run go test ./extract -update\n%s",
					path, lineDiff(string(want), string(got)))
			}
		})
	}
}

func marshalSnapshot(t *testing.T, r *schema.Record) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// lineDiff renders a line-by-line diff of a and b with go-diff, showing only
// changed lines and their neighbours.
func lineDiff(a, b string) string {
	dmp := diffmatchpatch.New()
	ra, rb, lines := dmp.DiffLinesToChars(a, b)
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ra, rb, false), lines)
	var out strings.Builder
	shown := 0
	for _, d := range diffs {
		prefix := "  "
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			prefix = "- "
		case diffmatchpatch.DiffInsert:
			prefix = "+ "
		default:
			continue
		}
		for _, l := range strings.SplitAfter(strings.TrimSuffix(d.Text, "\n"), "\n") {
			if shown == 200 {
				out.WriteString("  ... (more lines differ)\n")
				return out.String()
			}
			out.WriteString(prefix + strings.TrimSuffix(l, "\n") + "\n")
			shown++
		}
	}
	return out.String()
}
