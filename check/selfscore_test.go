package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// annotationDirs are the hand-annotated sets beside the checkout.
var annotationDirs = []string{"../testdata", "../../shared/devset", "../../shared/spec/examples"}

// Every real annotation scored against itself gives no false positive and
// no false negative, its diff against itself is empty, and, scored against
// an empty prediction, each person it names is found in its article by
// check's text search.
func TestAnnotationsAgainstThemselves(t *testing.T) {
	seen, people, lost := 0, 0, 0
	for _, dir := range annotationDirs {
		golds, _ := filepath.Glob(filepath.Join(dir, "*"+GoldSuffix))
		if len(golds) == 0 {
			t.Logf("%s: no annotations, skipped", dir)
			continue
		}
		pred := t.TempDir()
		for _, g := range golds {
			data, err := os.ReadFile(g)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(g), GoldSuffix)
			writeFiles(t, pred, map[string]string{name + ".json": string(data)})
		}
		ev, err := Evaluate(dir, pred, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ev.Problems {
			t.Errorf("%v", p)
		}
		for _, d := range ev.Docs {
			seen++
			if m := d.Score.Micro(); m.FP != 0 || m.FN != 0 || m.TP == 0 {
				t.Errorf("%s against itself: %+v; missed %v; spurious %v", d.Name, m, d.Score.Missed, d.Score.Spurious)
			}
			gold, err := schema.ReadRecord(d.Gold)
			if err != nil {
				t.Fatal(err)
			}
			if diff := Diff(gold, gold, false); !diff.Same() {
				t.Errorf("%s: diff against itself is not empty", d.Name)
			}
			text, err := os.ReadFile(strings.TrimSuffix(d.Gold, GoldSuffix) + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			// One sentence per line is enough for a search.
			a := NewArticle(string(text), nil)
			for _, f := range schema.Facts(gold, nil) {
				if f.Type == "person" && !f.Optional {
					people++
					if ev := a.Locate(gold, f); !ev.Found {
						// An annotation may name someone in a form the
						// text never writes ("George and Charley
						// Phillips" gives George Phillips).
						t.Logf("%s: %s not found in the article", d.Name, f)
						lost++
					}
				}
			}
		}
	}
	if seen == 0 {
		t.Skip("no annotations found")
	}
	if lost*50 > people {
		t.Errorf("%d of %d annotated people not found in their articles (more than 2%%)", lost, people)
	}
}
