package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const cliGold = `{"schema_version":"1","people":[{"name":"Jo Bloggs","aliases":["Bloggs"],"age":43}]}`

// The exit codes eval documents in its --help.
func TestEvalExitCodes(t *testing.T) {
	gold, pred := t.TempDir(), t.TempDir()
	os.WriteFile(filepath.Join(gold, "a.gold.json"), []byte(cliGold), 0o644)
	// The prediction finds the person (through an alias) but not the age:
	// tp 1, fn 1, so P = 1, R = 0.5, F1 = 2/3.
	os.WriteFile(filepath.Join(pred, "a.json"), []byte(`{"schema_version":"1","people":[{"name":"Bloggs","aliases":[]}]}`), 0o644)

	stdout, _, code := run(t, "", "eval", "--gold", gold, "--pred", pred, "--min-f1", "0.6")
	if code != 0 || !strings.HasSuffix(stdout, "[micro]                    1     0     1   1.000  0.500  0.667\n") {
		t.Errorf("exit %d, output:\n%s", code, stdout)
	}
	_, stderr, code := run(t, "", "eval", "--gold", gold, "--pred", pred, "--min-f1", "0.7")
	if code != 1 || !strings.Contains(stderr, "micro F1 0.667 is below --min-f1 0.7") {
		t.Errorf("below --min-f1: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := run(t, "", "eval", "--pred", pred); code != 2 {
		t.Errorf("no --gold: exit %d, want 2", code)
	}
	if _, _, code := run(t, "", "eval", "--gold", pred); code != 2 {
		t.Errorf("--gold without annotations: exit %d, want 2", code)
	}
	os.WriteFile(filepath.Join(pred, "a.json"), []byte(`{"schema_version":"1","people":[{"name":"Bloggs","aliases":[],"age":"43"}]}`), 0o644)
	stdout, stderr, code = run(t, "", "eval", "--gold", gold, "--pred", pred)
	if code != 3 || !strings.Contains(stderr, filepath.Join(pred, "a.json")+": /people/0/age: ") {
		t.Errorf("invalid prediction: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, "[micro]                    0     0     2") {
		t.Errorf("an invalid prediction is scored as empty:\n%s", stdout)
	}
}

func TestDiffExitCodes(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "a.gold.json")
	same := filepath.Join(dir, "same.json")
	other := filepath.Join(dir, "other.json")
	bad := filepath.Join(dir, "bad.json")
	os.WriteFile(gold, []byte(cliGold), 0o644)
	os.WriteFile(same, []byte(`{"schema_version":"1","people":[{"name":"Bloggs","aliases":[],"age":43}]}`), 0o644)
	os.WriteFile(other, []byte(`{"schema_version":"1","people":[{"name":"Jo Bloggs","aliases":[],"age":44}]}`), 0o644)
	os.WriteFile(bad, []byte(`{"schema_version":"1","people":[{"aliases":[]}]}`), 0o644)

	if stdout, _, code := run(t, "", "diff", same, gold); code != 0 || !strings.Contains(stdout, "same facts") {
		t.Errorf("same facts: exit %d\n%s", code, stdout)
	}
	stdout, _, code := run(t, "", "diff", other, gold)
	if code != 1 || !strings.Contains(stdout, "- age                  Jo Bloggs = 44\n+ age                  Jo Bloggs = 43\n") {
		t.Errorf("different facts: exit %d\n%s", code, stdout)
	}
	if strings.Contains(stdout, "\x1b[") {
		t.Errorf("colour in a pipe:\n%q", stdout)
	}
	if stdout, _, _ := run(t, "", "diff", "--color=always", other, gold); !strings.Contains(stdout, "\x1b[") {
		t.Errorf("--color=always gives no colour:\n%q", stdout)
	}
	_, stderr, code := run(t, "", "diff", bad, gold)
	if code != 3 || !strings.Contains(stderr, bad+": /people/0: ") {
		t.Errorf("invalid record: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = run(t, "", "diff", filepath.Join(dir, "absent.json"), gold)
	if code != 3 || !strings.Contains(stderr, "absent.json: no such file or directory") {
		t.Errorf("missing record: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := run(t, "", "diff", "--color=sometimes", same, gold); code != 2 {
		t.Errorf("bad --color: exit %d, want 2", code)
	}
}

// The exit codes check documents in its --help, and its plain output in a
// pipe.
func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	os.WriteFile(art, []byte("Jo Bloggs, 43, won the Anytown 10K in 31:48.\n"), 0o644)
	gold := filepath.Join(dir, "a.gold.json")
	os.WriteFile(gold, []byte(`{"schema_version":"1","quantities":[{"kind":"duration","text":"31:48","normalized":{"value":1908,"unit":"s"}}]}`), 0o644)

	stdout, stderr, code := run(t, "", "check", art, "--gold", gold, "--type", "quantity.duration")
	// Whatever else the extractor finds, the annotated time is either
	// correct or missed, and shown in its sentence with the time marked.
	// (The person the time is about may be marked too.)
	if code != 0 || !strings.Contains(stdout, "quantity.duration    \"31:48\" = 1908 s\n    s1: ") ||
		!strings.Contains(stdout, ", 43, won the Anytown 10K in [[31:48]].") {
		t.Errorf("exit %d, stderr %q, output:\n%s", code, stderr, stdout)
	}
	if strings.Contains(stdout, "\x1b[") {
		t.Errorf("colour in a pipe:\n%q", stdout)
	}
	// Without --gold, a hint names the annotation beside the article. A
	// record given with --record (here one without doc, so it is not
	// checked against the text) is shown instead of an extraction.
	rec := filepath.Join(dir, "rec.json")
	os.WriteFile(rec, []byte(`{"schema_version":"1","people":[{"name":"Jo Bloggs","aliases":[]}]}`), 0o644)
	stdout, stderr, code = run(t, "", "check", art, "--record", rec)
	if code != 0 || !strings.Contains(stderr, "add --gold "+gold) || stdout != "== person\nperson               Jo Bloggs\n    s1: [[Jo Bloggs]], 43, won the Anytown 10K in 31:48.  (by text search)\n\n1 fact in 1 sentence.\n" {
		t.Errorf("--record without --gold: exit %d, stderr %q, output:\n%s", code, stderr, stdout)
	}
	if _, stderr, code := run(t, "", "check", filepath.Join(dir, "absent.txt")); code != 3 || !strings.Contains(stderr, "absent.txt") {
		t.Errorf("missing article: exit %d, stderr %q", code, stderr)
	}
	bad := filepath.Join(dir, "bad.gold.json")
	os.WriteFile(bad, []byte(`{"schema_version":"1","quantities":[{"kind":"speed","text":"x"}]}`), 0o644)
	if _, stderr, code := run(t, "", "check", art, "--gold", bad); code != 3 || !strings.Contains(stderr, bad+": /quantities/0") {
		t.Errorf("invalid annotation: exit %d, stderr %q", code, stderr)
	}
	other := filepath.Join(dir, "other.json")
	os.WriteFile(other, []byte(`{"schema_version":"1","doc":{"id":"`+strings.Repeat("ab", 32)+`","source":"x","title":null,"chars":10,"words":2,"sentences":1},"people":[]}`), 0o644)
	if _, stderr, code := run(t, "", "check", art, "--record", other); code != 3 || !strings.Contains(stderr, "made from another text") {
		t.Errorf("record of another text: exit %d, stderr %q", code, stderr)
	}
	if _, _, code := run(t, "", "check", art, "--errors"); code != 2 {
		t.Errorf("--errors without --gold: exit %d, want 2", code)
	}
}

// Two directories: a section per pair, one table for all, and a record
// that only one side has counts as a difference.
func TestDiffDirectories(t *testing.T) {
	old, cur := t.TempDir(), t.TempDir()
	rec := func(age int) string {
		return fmt.Sprintf(`{"schema_version":"1","people":[{"name":"Jo Bloggs","aliases":[],"age":%d}]}`, age)
	}
	os.WriteFile(filepath.Join(old, "a.json"), []byte(rec(43)), 0o644)
	os.WriteFile(filepath.Join(cur, "a.json"), []byte(rec(43)), 0o644)
	if stdout, _, code := run(t, "", "diff", old, cur); code != 0 || !strings.Contains(stdout, "1 record pairs, 0 differ\n") {
		t.Errorf("same directories: exit %d\n%s", code, stdout)
	}
	os.WriteFile(filepath.Join(cur, "a.json"), []byte(rec(44)), 0o644)
	os.WriteFile(filepath.Join(cur, "b.json"), []byte(rec(20)), 0o644)
	stdout, _, code := run(t, "", "diff", old, cur)
	// a: the age changed (one fact each side; the person is in both); b is
	// only in the new run.
	for _, want := range []string{
		"=== a\n",
		"- age                  Jo Bloggs = 43\n+ age                  Jo Bloggs = 44\n",
		"=== b: only " + filepath.Join(cur, "b.json") + "; " + old + " has no record of it\n",
		"2 record pairs, 2 differ\n",
		"age                           0        1        1\n",
		"[all]                         1        1        1\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, stdout)
		}
	}
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if _, stderr, code := run(t, "", "diff", old, filepath.Join(cur, "a.json")); code != 2 || !strings.Contains(stderr, "two directories") {
		t.Errorf("a directory and a file: exit %d, stderr %q", code, stderr)
	}
}
