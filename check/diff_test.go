package check

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

func record(t *testing.T, s string) *schema.Record {
	t.Helper()
	if probs := schema.Validate([]byte(s)); len(probs) > 0 {
		t.Fatalf("test record invalid: %v", probs)
	}
	var r schema.Record
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// The diff pairs facts exactly as the scorer does: per fact type, the
// lines in both are the true positives, those only in the prediction the
// false positives, those only in the annotation the false negatives.
func TestDiffAgreesWithScore(t *testing.T) {
	gold, pred := record(t, goldA), record(t, predA)
	d := Diff(pred, gold, true)
	s := schema.Compare(gold, pred)
	counts := d.Counts()
	for _, typ := range schema.FactTypes {
		c, want := counts[typ], s.ByType[typ]
		if c[Both] != want.TP || c[OnlyA] != want.FP || c[OnlyB] != want.FN {
			t.Errorf("%s: both %d, only A %d, only B %d; score %+v", typ, c[Both], c[OnlyA], c[OnlyB], want)
		}
	}
	// The same with the annotation as A: the columns swap.
	d = Diff(gold, pred, false)
	for typ, c := range d.Counts() {
		want := s.ByType[typ]
		if c[Both] != want.TP || c[OnlyA] != want.FN || c[OnlyB] != want.FP {
			t.Errorf("gold as A, %s: %v; score %+v", typ, c, want)
		}
	}
}

func TestDiffOutput(t *testing.T) {
	gold := record(t, `{"schema_version":"1",
	  "people":[{"name":"Sasha Kenney","aliases":["Kenney"],"age":34},{"name":"Ed Walsh","aliases":[],"optional":true}],
	  "quantities":[
	    {"kind":"distance","text":"26.2 miles","normalized":{"value":42164.8,"unit":"m"}},
	    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`)
	pred := record(t, `{"schema_version":"1",
	  "people":[{"name":"Sasha Kenney","aliases":[]},{"name":"Kenney","aliases":[],"age":35},{"name":"Virgin","aliases":[]}],
	  "quantities":[{"kind":"distance","text":"42.195km","normalized":{"value":42195,"unit":"m"}}]}`)
	d := Diff(pred, gold, true)
	var b bytes.Buffer
	err := d.Write(&b, DiffOptions{LabelA: "pred.json", LabelB: "x.gold.json", GoldB: true, All: true, Palette: Plain()})
	if err != nil {
		t.Fatal(err)
	}
	// Read by hand: A names Sasha Kenney twice, the second time as Kenney
	// (an alias): the first is paired with B's and shown in both, the
	// second only in A, marked as a duplicate with A's wording (where
	// go-diff places the two equal lines is its own choice); Virgin is
	// only in A; Ed Walsh is only in B but
	// optional; the ages differ (35 in A, 34 in B); the distances match
	// within 0.5 % and the duration is only in B. Lines sort by fact type
	// (schema.FactTypes: duration before distance), then alphabetically.
	want := `--- A: pred.json, record
+++ B: x.gold.json, hand annotation (names resolve through it)
- person               Sasha Kenney  [A: Kenney; duplicate of a fact both state]
+ person               Ed Walsh  (optional)
  person               Sasha Kenney
- person               Virgin
- age                  Sasha Kenney = 35  [A: Kenney = 35]
+ age                  Sasha Kenney = 34
+ quantity.duration    "2:18:36" = 8316 s
  quantity.distance    "26.2 miles" = 42164.8 m  [A: "42.195km" = 42195 m]

fact                       both invented   missed
person                        1        2        0
age                           0        1        1
quantity.duration             0        0        1
quantity.distance             1        0        0
[all]                         2        3        2
(1 optional fact is not counted)
`
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if d.Same() {
		t.Error("Same() for records that differ")
	}
	// Without --all only the differences are listed.
	b.Reset()
	d.Write(&b, DiffOptions{LabelA: "a", LabelB: "b", Palette: Plain()})
	if strings.Contains(b.String(), "  person               Sasha Kenney") {
		t.Errorf("a fact both state is listed without All:\n%s", b.String())
	}
	if !strings.Contains(b.String(), "fact                       both   only A   only B\n") {
		t.Errorf("two records that are not annotations: columns should be only A / only B:\n%s", b.String())
	}
}

func TestDiffSameRecord(t *testing.T) {
	r := record(t, predA)
	d := Diff(r, r, false)
	if !d.Same() {
		t.Errorf("a record differs from itself: %+v", d.Lines)
	}
	var b bytes.Buffer
	d.Write(&b, DiffOptions{LabelA: "a", LabelB: "b", Palette: Plain()})
	if !strings.Contains(b.String(), "The two records state the same facts.") {
		t.Errorf("output:\n%s", b.String())
	}
}

func TestDiffColour(t *testing.T) {
	a := record(t, `{"schema_version":"1","people":[{"name":"Jo Bloggs","aliases":[]}]}`)
	b := record(t, `{"schema_version":"1","people":[]}`)
	var out bytes.Buffer
	Diff(a, b, false).Write(&out, DiffOptions{LabelA: "a", LabelB: "b", Palette: Colour()})
	if !strings.Contains(out.String(), "\x1b[31m- person               Jo Bloggs\x1b[0m") {
		t.Errorf("removed line not red:\n%q", out.String())
	}
	out.Reset()
	Diff(a, b, false).Write(&out, DiffOptions{LabelA: "a", LabelB: "b", Palette: Plain()})
	if strings.Contains(out.String(), "\x1b[") {
		t.Errorf("plain output has escape codes:\n%q", out.String())
	}
}

// Two facts that read alike, one optional, list in one order on both
// sides whatever their order in the records, so a record does not differ
// from itself reordered.
func TestDiffOptionalTwin(t *testing.T) {
	a := record(t, `{"schema_version":"1","results":[
	  {"person":"Jo Bloggs","race":{"sex":null,"division":null},"position":null,"time":{"text":"21:09","seconds":1269},"optional":true},
	  {"person":"Jo Bloggs","race":{"sex":null,"division":null},"position":null,"time":{"text":"21:09","seconds":1269}}]}`)
	b := record(t, `{"schema_version":"1","results":[
	  {"person":"Jo Bloggs","race":{"sex":null,"division":null},"position":null,"time":{"text":"21:09","seconds":1269}},
	  {"person":"Jo Bloggs","race":{"sex":null,"division":null},"position":null,"time":{"text":"21:09","seconds":1269},"optional":true}]}`)
	for _, d := range []*FactDiff{Diff(a, a, false), Diff(a, b, false), Diff(b, a, false), Diff(b, a, true)} {
		if !d.Same() {
			t.Errorf("differs: %+v", d.Lines)
		}
	}
}

func TestPairRecords(t *testing.T) {
	runs, gold := t.TempDir(), t.TempDir()
	writeFiles(t, runs, map[string]string{"a.json": "{}", "b.json": "{}", "notes.txt": ""})
	// An annotation directory: its snapshots and articles are not records.
	writeFiles(t, gold, map[string]string{"a.gold.json": "{}", "c.gold.json": "{}", "a.snapshot.json": "{}", "a.txt": ""})
	got, err := PairRecords(runs, gold)
	if err != nil {
		t.Fatal(err)
	}
	want := []RecordPair{
		{"a", filepath.Join(runs, "a.json"), filepath.Join(gold, "a.gold.json")},
		{"b", filepath.Join(runs, "b.json"), ""},
		{"c", "", filepath.Join(gold, "c.gold.json")},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := PairRecords(runs, filepath.Join(gold, "absent")); err == nil {
		t.Error("missing directory: no error")
	}
}
