package schema

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestValidateAcceptsSharedAnnotations(t *testing.T) {
	files, _ := filepath.Glob("../../shared/devset/*.gold.json")
	more, _ := filepath.Glob("../../shared/spec/examples/*.gold.json")
	files = append(files, more...)
	if len(files) == 0 {
		t.Skip("../shared not present")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if probs := Validate(data); len(probs) > 0 {
			t.Errorf("%s: %v", f, probs)
		}
	}
}

func TestValidateNamesTheProblem(t *testing.T) {
	cases := []struct {
		doc, pointer, msg string
	}{
		{`{"schema_version":"1","people":[{"name":"A","age":"forty"}]}`, "/people/0/age", "integer"},
		{`{"schema_version":"1","people":[{"aliases":[]}]}`, "/people/0", "name"},
		{`{"schema_version":"2"}`, "/schema_version", "1"},
		{`{"schema_version":"1","quantities":[{"kind":"weight","text":"3kg"}]}`, "/quantities/0/kind", "must be one of"},
		{`{"schema_version":"1","peeple":[]}`, "", "peeple"},
		{`{"schema_version":"1","people":[{"name":"A","nationality":"Kenya"}]}`, "/people/0/nationality", ""},
		{`{"schema_version":"1","entities":[{"text":"A","label":"PERSON","start":5,"end":2}]}`, "/entities/0", "after its end"},
		{`{"schema_version":`, "", "not valid JSON"},
	}
	for _, c := range cases {
		probs := Validate([]byte(c.doc))
		found := false
		for _, p := range probs {
			if p.Pointer == c.pointer && strings.Contains(p.Message, c.msg) {
				found = true
			}
		}
		if !found {
			t.Errorf("Validate(%s) = %v, want a problem at %q mentioning %q", c.doc, probs, c.pointer, c.msg)
		}
	}
}

func TestValidateAcceptsNewRecord(t *testing.T) {
	data := []byte(`{"schema_version":"1","events":[],"people":[],"organizations":[],"charities":[],"places":[],"results":[],"fundraising":[],"quantities":[]}`)
	if probs := Validate(data); len(probs) != 0 {
		t.Fatal(probs)
	}
}

// ValidateRecord finds what Validate finds, the span checks read from the
// record given rather than from the JSON decoded again.
func TestValidateRecordAgreesWithValidate(t *testing.T) {
	r := New()
	r.Doc = &Doc{ID: strings.Repeat("ab", 32), Source: "s", Chars: 10}
	r.Entities = []Mention{{Text: "A", Label: LabelPerson, Start: 5, End: 2}, {Text: "B", Label: LabelPerson, Start: 8, End: 12}}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	want, got := Validate(data), ValidateRecord(data, r)
	if len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("ValidateRecord = %v, Validate = %v; want the same, not empty", got, want)
	}
	r.Entities = r.Entities[1:2]
	r.Entities[0].End = 9
	if data, _ = json.Marshal(r); len(ValidateRecord(data, r)) != 0 || len(Validate(data)) != 0 {
		t.Errorf("a valid record: %v / %v", ValidateRecord(data, r), Validate(data))
	}
}
