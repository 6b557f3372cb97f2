package check

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// Document a: gold and prediction whose every figure is worked out below.
const goldA = `{"schema_version":"1",
  "people":[
    {"name":"Sasha Kenney","aliases":["Kenney"],"age":34,"nationality":"GBR","hometown":"Wrexham"},
    {"name":"Rob Long","aliases":["L/Bdr Long"],"age":24},
    {"name":"Ed Walsh","aliases":[],"age":50,"optional":true}],
  "events":[{"name":"London Marathon","aliases":["Virgin London Marathon"],"edition":32}],
  "charities":[{"name":"NSPCC","aliases":[]}],
  "results":[
    {"person":"Sasha Kenney","race":{"sex":"F","division":"elite"},"position":1,"time":{"text":"2:18:36","seconds":8316}},
    {"person":"Rob Long","race":{"sex":"M","division":"mass"},"position":2,"time":null}],
  "fundraising":[{"person":"Rob Long","charity":"NSPCC","cause":null,"amount":{"value":16000,"currency":"GBP"},"status":"raised"}],
  "quantities":[
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
    {"kind":"distance","text":"26.2 miles","normalized":{"value":42164.8,"unit":"m"}},
    {"kind":"age","text":"34","normalized":{"value":34,"unit":"year"}},
    {"kind":"count","text":"about 100 runners","normalized":{"value":100,"unit":"runner"},"optional":true}]}`

const predA = `{"schema_version":"1",
  "people":[
    {"name":"Kenney","aliases":[],"age":34,"nationality":"GBR","hometown":"Cardiff"},
    {"name":"L/Bdr Long","aliases":[],"age":24},
    {"name":"Ed Walsh","aliases":[],"age":50},
    {"name":"Virgin","aliases":[]}],
  "events":[{"name":"Virgin London Marathon","aliases":[],"edition":33}],
  "charities":[],
  "results":[
    {"person":"Kenney","race":{"sex":"F","division":"elite"},"position":1,"time":{"text":"2:18:36","seconds":8316}},
    {"person":"Rob Long","race":{"sex":"M","division":"mass"},"position":3,"time":null}],
  "fundraising":[{"person":"L/Bdr Long","charity":"nspcc","cause":null,"amount":{"value":16000,"currency":"GBP"},"status":"raised"}],
  "quantities":[
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
    {"kind":"distance","text":"42.195km","normalized":{"value":42195,"unit":"m"}},
    {"kind":"age","text":"34","normalized":{"value":34,"unit":"year"}},
    {"kind":"count","text":"100 runners","normalized":{"value":100,"unit":"runner"}},
    {"kind":"temperature","text":"13C","normalized":{"value":13,"unit":"C"}}]}`

// Document b has no prediction file: it is scored as an empty prediction.
const goldB = `{"schema_version":"1",
  "people":[{"name":"Ana Lopez","aliases":[],"age":29}],
  "charities":[{"name":"Oxfam","aliases":[],"optional":true}],
  "quantities":[{"kind":"distance","text":"10K","normalized":{"value":10000,"unit":"m"}}]}`

// Document c's annotation breaks the schema: it is left out.
const goldC = `{"schema_version":"1","people":[{"name":"Jo Bloggs","aliases":[],"age":"forty"}]}`

// Document d's prediction breaks the schema: scored as an empty prediction.
const goldD = `{"schema_version":"1","events":[{"name":"Seoul Marathon","aliases":[]}]}`
const predD = `{"schema_version":"1","people":[{"name":"X","aliases":[],"age":"old"}]}`

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// evalFixture lays out gold and prediction directories for documents a to
// d, with a stray prediction (e.json) that has no annotation and is ignored.
func evalFixture(t *testing.T) (goldDir, predDir string) {
	goldDir, predDir = t.TempDir(), t.TempDir()
	writeFiles(t, goldDir, map[string]string{
		"a.gold.json": goldA, "b.gold.json": goldB, "c.gold.json": goldC, "d.gold.json": goldD,
		"notes.txt": "not an annotation",
	})
	writeFiles(t, predDir, map[string]string{
		"a.json": predA, "c.json": predA, "d.json": predD, "e.json": predA,
	})
	return goldDir, predDir
}

// The expected figures, worked out by hand from the records above.
//
// Document a (names resolve through the gold's names and aliases):
//
//	person        Kenney -> Sasha Kenney (alias) tp; L/Bdr Long -> Rob Long (alias) tp;
//	              Ed Walsh matches an optional gold entry: counts nowhere; Virgin fp.   2 tp 1 fp 0 fn
//	age           (Sasha Kenney, 34) tp; (Rob Long, 24) tp; Ed Walsh's 50 is optional.  2 0 0
//	nationality   (Sasha Kenney, GBR) tp                                              1 0 0
//	hometown      Cardiff predicted, Wrexham annotated                                0 1 1
//	event         Virgin London Marathon is an alias of London Marathon               1 0 0
//	edition       33 predicted, 32 annotated                                          0 1 1
//	charity       NSPCC not predicted                                                 0 0 1
//	result.position  (Sasha Kenney, 1) tp; (Rob Long, 3) fp; (Rob Long, 2) fn         1 1 1
//	result.time   (Sasha Kenney, 8316) tp                                             1 0 0
//	fundraising.cause   (Rob Long, NSPCC): alias and case fold                        1 0 0
//	fundraising.amount  (Rob Long, 16000, GBP)                                        1 0 0
//	quantity.duration   8316 twice in gold (duplicates), three times predicted        2 1 0
//	quantity.distance   42195 vs 42164.8: |30.2| <= 0.5% of 42164.8 (210.8)           1 0 0
//	quantity.age        34                                                            1 0 0
//	quantity.count      100 matches an optional gold entry: counts nowhere            0 0 0
//	quantity.temperature  13 not annotated                                            0 1 0
//	document a: tp 2+2+1+1+1+1+1+1+2+1+1 = 14, fp 1+1+1+1+1+1 = 6, fn 1+1+1+1 = 4
//
// Document b (no prediction): person, age and quantity.distance missed,
// the optional charity counts nowhere: 0 0 3.
// Document c: annotation invalid, left out.
// Document d (prediction invalid, scored as empty): event missed: 0 0 1.
//
// Total: tp 14, fp 6, fn 8; P = 14/20 = 0.700, R = 14/22 = 0.636,
// F1 = 2*14/(2*14+6+8) = 28/42 = 0.667.
// Groups:
//
//	entities    person 2/1/0 + event 1/0/0 + charity 0/0/1 + b person 0/0/1 + d event 0/0/1 = 3 1 3
//	attributes  age 2/0/0 + nationality 1/0/0 + hometown 0/1/1 + edition 0/1/1 + b age 0/0/1 = 3 2 3
//	relations   position 1/1/1 + time 1/0/0 + cause 1/0/0 + amount 1/0/0 = 4 1 1
//	quantities  duration 2/1/0 + distance 1/0/0 + age 1/0/0 + temperature 0/1/0 + b distance 0/0/1 = 4 2 1
func TestEvaluateHandComputed(t *testing.T) {
	goldDir, predDir := evalFixture(t)
	ev, err := Evaluate(goldDir, predDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	wantA := map[string]schema.Count{
		"person": {TP: 2, FP: 1}, "age": {TP: 2}, "nationality": {TP: 1}, "hometown": {FP: 1, FN: 1},
		"event": {TP: 1}, "edition": {FP: 1, FN: 1}, "charity": {FN: 1},
		"result.position": {TP: 1, FP: 1, FN: 1}, "result.time": {TP: 1},
		"fundraising.cause": {TP: 1}, "fundraising.amount": {TP: 1},
		"quantity.duration": {TP: 2, FP: 1}, "quantity.distance": {TP: 1}, "quantity.age": {TP: 1},
		"quantity.count": {}, "quantity.temperature": {FP: 1},
		"organization": {}, "place": {},
	}
	var names []string
	for _, d := range ev.Docs {
		names = append(names, d.Name)
	}
	if strings.Join(names, " ") != "a b d" {
		t.Fatalf("documents scored: %v, want a b d", names)
	}
	a := ev.Docs[0].Score
	for typ, w := range wantA {
		if got := a.ByType[typ]; got != w {
			t.Errorf("a %s: got %+v, want %+v", typ, got, w)
		}
	}
	for i, w := range []schema.Count{{TP: 14, FP: 6, FN: 4}, {FN: 3}, {FN: 1}} {
		if got := ev.Docs[i].Score.Micro(); got != w {
			t.Errorf("document %s micro: got %+v, want %+v", ev.Docs[i].Name, got, w)
		}
	}
	micro := ev.Total.Micro()
	if micro != (schema.Count{TP: 14, FP: 6, FN: 8}) {
		t.Errorf("micro: %+v, want {14 6 8}", micro)
	}
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-12 }
	if !near(micro.Precision(), 0.7) || !near(micro.Recall(), 14.0/22) || !near(micro.F1(), 28.0/42) {
		t.Errorf("P R F1 = %v %v %v", micro.Precision(), micro.Recall(), micro.F1())
	}
	wantGroups := []schema.Count{{TP: 3, FP: 1, FN: 3}, {TP: 3, FP: 2, FN: 3}, {TP: 4, FP: 1, FN: 1}, {TP: 4, FP: 2, FN: 1}}
	for i, g := range schema.Groups {
		if got := ev.Total.Group(g.Types); got != wantGroups[i] {
			t.Errorf("group %s: %+v, want %+v", g.Name, got, wantGroups[i])
		}
	}

	// Three problems, each naming its file, with the JSON pointer when the
	// file breaks the schema.
	if len(ev.Problems) != 3 {
		t.Fatalf("problems: %v", ev.Problems)
	}
	wantProblems := []string{
		filepath.Join(predDir, "b.json") + ": no such file or directory (scored as an empty prediction)",
		filepath.Join(goldDir, "c.gold.json") + ": /people/0/age: ",
		filepath.Join(predDir, "d.json") + ": /people/0/age: ",
	}
	for i, w := range wantProblems {
		if got := ev.Problems[i].Error(); !strings.HasPrefix(got, w) {
			t.Errorf("problem %d: %q, want it to start %q", i, got, w)
		}
	}
	var fe *schema.FileError
	if !errors.As(ev.Problems[1], &fe) || fe.Problems[0].Pointer != "/people/0/age" {
		t.Errorf("problem 1 is not a FileError at /people/0/age: %#v", ev.Problems[1])
	}
}

func TestEvaluateText(t *testing.T) {
	goldDir, predDir := evalFixture(t)
	ev, err := Evaluate(goldDir, predDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := ev.WriteText(&b, true); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	// The last six lines are the summary the before-stop hook shows.
	tail := lines[len(lines)-6:]
	wantTail := []string{
		"group                     tp    fp    fn       P      R     F1",
		"[entities]                 3     1     3   0.750  0.500  0.600",
		"[attributes]               3     2     3   0.600  0.500  0.545",
		"[relations]                4     1     1   0.800  0.800  0.800",
		"[quantities]               4     2     1   0.667  0.800  0.727",
		"[micro]                   14     6     8   0.700  0.636  0.667",
	}
	for i := range wantTail {
		if tail[i] != wantTail[i] {
			t.Errorf("line %d of the summary:\n got %q\nwant %q", i, tail[i], wantTail[i])
		}
	}
	for _, w := range []string{
		"3 documents scored, 3 files with problems (see standard error)",
		"document    tp    fp    fn       P      R     F1",
		"a           14     6     4   0.700  0.778  0.737", // 14/20, 14/18, 28/(28+10)
		"b            0     0     3   0.000  0.000  0.000",
		"quantity.duration          2     1     0   0.667  1.000  0.800",
	} {
		if !strings.Contains(out, w+"\n") {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	if strings.Contains(out, "quantity.count") {
		t.Errorf("a fact type with nothing counted is listed:\n%s", out)
	}
}

func TestEvaluateJSON(t *testing.T) {
	goldDir, predDir := evalFixture(t)
	ev, err := Evaluate(goldDir, predDir, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := ev.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var r JSONReport
	if err := json.Unmarshal(b.Bytes(), &r); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, b.String())
	}
	if r.Micro.TP != 14 || r.Micro.FP != 6 || r.Micro.FN != 8 || math.Abs(r.Micro.F1-28.0/42) > 1e-12 {
		t.Errorf("micro: %+v", r.Micro)
	}
	if g := r.Groups["relations"]; g.TP != 4 || g.FP != 1 || g.FN != 1 {
		t.Errorf("relations: %+v", g)
	}
	if len(r.Documents) != 3 || r.Documents[0].Name != "a" || r.Documents[0].ByType["hometown"].FN != 1 {
		t.Errorf("documents: %+v", r.Documents)
	}
	if len(r.Problems) != 3 {
		t.Errorf("problems: %v", r.Problems)
	}
}

// Without a prediction directory, each NAME.txt beside the annotation is
// handed to the extractor.
func TestEvaluateExtracts(t *testing.T) {
	goldDir := t.TempDir()
	writeFiles(t, goldDir, map[string]string{"a.gold.json": goldA, "a.txt": "article"})
	var asked []string
	ev, err := Evaluate(goldDir, "", func(path string) (*schema.Record, error) {
		asked = append(asked, path)
		var r schema.Record
		err := json.Unmarshal([]byte(predA), &r)
		return &r, err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(asked) != 1 || asked[0] != filepath.Join(goldDir, "a.txt") {
		t.Errorf("extractor called with %v", asked)
	}
	if got := ev.Total.Micro(); got != (schema.Count{TP: 14, FP: 6, FN: 4}) {
		t.Errorf("micro %+v, want {14 6 4}", got)
	}
}

func TestEvaluateNoAnnotations(t *testing.T) {
	dir := t.TempDir()
	if _, err := Evaluate(dir, "", nil); err == nil || !strings.Contains(err.Error(), "no hand annotations") {
		t.Errorf("empty directory: %v", err)
	}
	if _, err := Evaluate(filepath.Join(dir, "absent"), "", nil); err == nil {
		t.Error("missing directory: no error")
	}
	goldDir, _ := evalFixture(t)
	if _, err := Evaluate(goldDir, filepath.Join(dir, "absent"), nil); err == nil || !strings.Contains(err.Error(), "absent") {
		t.Errorf("missing --pred directory: %v", err)
	}
	if _, err := Evaluate(goldDir, filepath.Join(goldDir, "a.gold.json"), nil); err == nil || !strings.Contains(err.Error(), "not a directory") {
		t.Errorf("--pred names a file: %v", err)
	}
}
