package schema

import (
	"reflect"
	"testing"
)

// The text these spans point into, for reading the test:
//
//	0         1         2         3         4         5
//	012345678901234567890123456789012345678901234567890123456
//	Sasha Kenney, 34, from Wrexham, won in 2:18:36. Kenney ran
const provenanceRecord = `{"schema_version":"1",
  "people":[
    {"name":"Sasha Kenney","aliases":["Kenney"],"age":34,"nationality":"GBR","hometown":"Wrexham",
     "mentions":[{"start":0,"end":12},{"start":48,"end":54}]},
    {"name":"Nobody Known","aliases":[]}],
  "places":[{"name":"Wrexham","aliases":[],"mentions":[{"start":23,"end":30}]}],
  "results":[{"person":"Kenney","race":{"sex":"F","division":null},"position":1,
    "time":{"text":"2:18:36","seconds":8316},"span":{"start":32,"end":46}}],
  "quantities":[
    {"kind":"age","text":"34","normalized":{"value":34,"unit":"year"},"about":"Sasha Kenney","span":{"start":14,"end":16}},
    {"kind":"age","text":"34","normalized":{"value":35,"unit":"year"},"about":"Sasha Kenney","span":{"start":90,"end":92}},
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"},"span":{"start":39,"end":46}}]}`

func TestProvenance(t *testing.T) {
	r := mustRecord(t, provenanceRecord)
	facts := map[string]Fact{}
	for _, f := range Facts(r, nil) {
		facts[f.Where] = f
	}
	kenney := []Span{{0, 12}, {48, 54}}
	for _, c := range []struct {
		where          string
		value, context []Span
	}{
		{"/people/0", kenney, nil},
		// The age quantity about her with value 34, not the one with 35.
		{"/people/0/age", []Span{{14, 16}}, kenney},
		{"/people/0/nationality", nil, kenney},
		{"/people/0/hometown", []Span{{23, 30}}, kenney},
		{"/people/1", nil, nil},
		{"/places/0", []Span{{23, 30}}, nil},
		// The result names her by her alias.
		{"/results/0/time", []Span{{32, 46}}, kenney},
		{"/results/0/position", []Span{{32, 46}}, kenney},
		{"/quantities/2", []Span{{39, 46}}, nil},
	} {
		f, ok := facts[c.where]
		if !ok {
			t.Errorf("no fact at %s", c.where)
			continue
		}
		v, ctx := Provenance(r, f)
		if !reflect.DeepEqual(v, c.value) || !reflect.DeepEqual(ctx, c.context) {
			t.Errorf("%s: value %v context %v, want %v %v", c.where, v, ctx, c.value, c.context)
		}
	}
	if v, ctx := Provenance(r, Fact{Where: "/people/9"}); v != nil || ctx != nil {
		t.Errorf("out of range: %v %v", v, ctx)
	}
}

// Canon spells names as the record they resolve through does; Text keeps
// the record's own spelling.
func TestFactCanon(t *testing.T) {
	gold := mustRecord(t, `{"schema_version":"1",
	  "people":[{"name":"Sasha Kenney","aliases":["Kenney"]}],
	  "places":[{"name":"Wrexham","aliases":["Wrecsam"]}],
	  "charities":[{"name":"British Heart Foundation","aliases":["BHF"]}]}`)
	pred := mustRecord(t, `{"schema_version":"1",
	  "people":[{"name":"kenney","aliases":[],"age":34,"hometown":"Wrecsam"},{"name":"Ed Balls","aliases":[]}],
	  "fundraising":[{"person":"Kenney","charity":"BHF","cause":null,"amount":null,"status":null}]}`)
	want := map[string][2]string{ // Where: Text, Canon
		"/people/0":              {"kenney", "Sasha Kenney"},
		"/people/0/age":          {"kenney = 34", "Sasha Kenney = 34"},
		"/people/0/hometown":     {"kenney = Wrecsam", "Sasha Kenney = Wrexham"},
		"/people/1":              {"Ed Balls", "Ed Balls"},
		"/fundraising/0/charity": {"Kenney -> BHF", "Sasha Kenney -> British Heart Foundation"},
	}
	fs := Facts(pred, NamesOf(gold))
	if len(fs) != len(want) {
		t.Errorf("%d facts, want %d: %v", len(fs), len(want), fs)
	}
	for _, f := range fs {
		w, ok := want[f.Where]
		if !ok {
			t.Errorf("unexpected fact %+v", f)
			continue
		}
		if f.Text != w[0] || f.Canon != w[1] {
			t.Errorf("%s: Text %q Canon %q, want %q %q", f.Where, f.Text, f.Canon, w[0], w[1])
		}
	}
	// Without names, Canon is Text.
	for _, f := range Facts(pred, nil) {
		if f.Canon != f.Text {
			t.Errorf("%s: Canon %q differs from Text %q with no names", f.Where, f.Canon, f.Text)
		}
	}
}

func TestOptionalMatched(t *testing.T) {
	gold := mustRecord(t, `{"schema_version":"1","people":[{"name":"Ed Walsh","aliases":[],"optional":true},{"name":"Jo Bloggs","aliases":[],"optional":true}]}`)
	pred := mustRecord(t, `{"schema_version":"1","people":[{"name":"ed walsh","aliases":[]}]}`)
	s := Compare(gold, pred)
	if len(s.OptionalMatched) != 1 || s.OptionalMatched[0].Gold.Text != "Ed Walsh" || s.OptionalMatched[0].Pred.Text != "ed walsh" {
		t.Errorf("OptionalMatched = %+v", s.OptionalMatched)
	}
	if len(s.Ignored) != 2 { // the matched prediction and Jo Bloggs, unmatched
		t.Errorf("Ignored = %+v", s.Ignored)
	}
}

func TestSplitWhere(t *testing.T) {
	for where, want := range map[string]struct {
		section string
		index   int
		field   string
		ok      bool
	}{
		"/people/3/age":   {"people", 3, "age", true},
		"/quantities/12":  {"quantities", 12, "", true},
		"/results/0/time": {"results", 0, "time", true},
		"/people":         {ok: false},
		"people/3":        {ok: false},
		"/people/x/age":   {ok: false},
		"/people/-1":      {ok: false},
		"":                {ok: false},
	} {
		s, i, f, ok := SplitWhere(where)
		if ok != want.ok || (ok && (s != want.section || i != want.index || f != want.field)) {
			t.Errorf("SplitWhere(%q) = %q %d %q %v, want %+v", where, s, i, f, ok, want)
		}
	}
}
