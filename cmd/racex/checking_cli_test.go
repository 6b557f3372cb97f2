package main

import (
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
