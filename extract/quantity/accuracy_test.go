package quantity

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// TestGoldQuantities scores Find alone against the quantities of every hand
// annotation (testdata, ../shared/spec/examples, ../shared/devset), as the
// spec scores them: (kind, normalised value), distances within 0.5 %. It
// logs F1 per kind and each miss and spurious find, and fails when a kind
// with at least five gold facts in a set falls below the set's gate.
// Run: go test ./extract/quantity -run GoldQuantities -v
func TestGoldQuantities(t *testing.T) {
	// testdata grows as the team adds articles, so its gate is looser.
	sets := []struct {
		name, dir string
		minKindF1 float64
	}{
		{"testdata", "../../testdata", 0.85},
		{"spec/examples", "../../../shared/spec/examples", 0.9},
		{"devset", "../../../shared/devset", 0.9},
	}
	for _, set := range sets {
		golds, _ := filepath.Glob(filepath.Join(set.dir, "*.gold.json"))
		if len(golds) == 0 {
			t.Logf("%s: no annotations at %s, skipped", set.name, set.dir)
			continue
		}
		total := &schema.Score{}
		for _, g := range golds {
			data, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			var gold schema.Record
			if err := json.Unmarshal(data, &gold); err != nil {
				t.Fatalf("%s: %v", g, err)
			}
			raw, err := os.ReadFile(strings.TrimSuffix(g, ".gold.json") + ".txt")
			if err != nil {
				t.Fatalf("annotation %s has no article: %v", g, err)
			}
			goldQ := schema.New()
			goldQ.Quantities = gold.Quantities
			pred := schema.New()
			pred.Quantities = Find(string(raw))
			s := schema.Compare(goldQ, pred)
			name := filepath.Base(g)
			for _, f := range s.Missed {
				t.Logf("%s %s: missed   %s", set.name, name, f)
			}
			for _, f := range s.Spurious {
				t.Logf("%s %s: spurious %s", set.name, name, f)
			}
			total.Add(s)
		}
		var b strings.Builder
		for _, typ := range schema.Groups[3].Types {
			c := total.ByType[typ]
			b.WriteString("\n")
			b.WriteString(formatCount(typ, c))
			if c.TP+c.FN >= 5 && c.F1() < set.minKindF1 {
				t.Errorf("%s: %s F1 %.3f is below %.2f", set.name, typ, c.F1(), set.minKindF1)
			}
		}
		all := total.Group(schema.Groups[3].Types)
		b.WriteString("\n" + formatCount("all quantities", all))
		t.Logf("%s: %d articles%s", set.name, len(golds), b.String())
	}
}

func formatCount(name string, c schema.Count) string {
	return strings.TrimRight(strings.Join([]string{
		pad(name, 22), "P " + f3(c.Precision()), "R " + f3(c.Recall()), "F1 " + f3(c.F1()),
		"tp " + itoa(c.TP), "fp " + itoa(c.FP), "fn " + itoa(c.FN)}, "  "), " ")
}
