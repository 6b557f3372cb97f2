package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// TestAccuracy scores the extractor against every hand annotation it can
// find and logs the per-fact table (go test ./extract -run Accuracy -v).
// The figures are for reading; the accuracy targets live in the issues.
// The test fails only when scoring itself cannot run: an annotation that
// does not validate, or an article without its text.
func TestAccuracy(t *testing.T) {
	sets := []struct{ name, dir string }{
		{"testdata", "../testdata"},
		{"spec/examples", "../../shared/spec/examples"},
		{"devset", "../../shared/devset"},
	}
	p := Default()
	for _, set := range sets {
		golds, _ := filepath.Glob(filepath.Join(set.dir, "*.gold.json"))
		if len(golds) == 0 {
			t.Logf("%s: no annotations at %s, skipped", set.name, set.dir)
			continue
		}
		total := &schema.Score{}
		for _, g := range golds {
			gold := readGold(t, g)
			txt := strings.TrimSuffix(g, ".gold.json") + ".txt"
			raw, err := os.ReadFile(txt)
			if err != nil {
				t.Fatalf("annotation %s has no article: %v", g, err)
			}
			pred := p.Extract(Input{Source: txt, Text: string(raw)})
			s := schema.Compare(gold, pred)
			m := s.Micro()
			t.Logf("%s/%-28s micro F1 %.3f (tp %d fp %d fn %d)", set.name, filepath.Base(txt), m.F1(), m.TP, m.FP, m.FN)
			total.Add(s)
		}
		var b strings.Builder
		if err := total.WriteTable(&b); err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d articles\n%s", set.name, len(golds), b.String())
	}
}

func readGold(t *testing.T, path string) *schema.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if probs := schema.Validate(data); len(probs) > 0 {
		t.Fatalf("%s does not validate: %v", path, probs)
	}
	var r schema.Record
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}
