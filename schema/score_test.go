package schema

import (
	"encoding/json"
	"math"
	"testing"
)

func mustRecord(t *testing.T, s string) *Record {
	t.Helper()
	if probs := Validate([]byte(s)); len(probs) > 0 {
		t.Fatalf("test record invalid: %v", probs)
	}
	var r Record
	if err := json.Unmarshal([]byte(s), &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

// The expected counts below were worked out by hand from the two records;
// the comment beside each says why.
func TestCompareHandComputed(t *testing.T) {
	gold := mustRecord(t, `{"schema_version":"1",
	  "people":[
	    {"name":"Sasha Kenney","aliases":["Kenney"],"age":34,"hometown":"Wrexham"},
	    {"name":"Rob Long","age":24,"optional":true}],
	  "events":[{"name":"London Marathon","aliases":["Virgin London Marathon"],"edition":32}],
	  "charities":[{"name":"NSPCC"}],
	  "results":[{"person":"Sasha Kenney","position":1,"time":{"text":"2:18:36","seconds":8316}}],
	  "quantities":[
	    {"kind":"distance","text":"26.2-mile","normalized":{"value":42164.8,"unit":"m"}},
	    {"kind":"distance","text":"26.2 miles","normalized":{"value":42164.8,"unit":"m"}},
	    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
	    {"kind":"count","text":"over 100 runners","normalized":{"value":100,"unit":"runner"},"optional":true}]}`)
	pred := mustRecord(t, `{"schema_version":"1",
	  "people":[
	    {"name":"Kenney","age":34,"hometown":"wrexham"},
	    {"name":"Rob Long","age":25},
	    {"name":"Ed Balls"}],
	  "events":[{"name":"Virgin London Marathon","edition":32}],
	  "results":[{"person":"Sasha Kenney","position":1,"time":{"text":"2:18:37","seconds":8317}}],
	  "quantities":[
	    {"kind":"distance","text":"42.195km","normalized":{"value":42195,"unit":"m"}},
	    {"kind":"distance","text":"26.2 miles","normalized":{"value":42164.8,"unit":"m"}},
	    {"kind":"distance","text":"50km","normalized":{"value":50000,"unit":"m"}},
	    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
	    {"kind":"count","text":"100 runners","normalized":{"value":100,"unit":"runner"}}]}`)
	s := Compare(gold, pred)
	want := map[string]Count{
		"person":            {TP: 1, FP: 1}, // Kenney is an alias of Sasha Kenney; Ed Balls is invented; Rob Long is optional
		"age":               {TP: 1, FP: 1}, // 34 right; Rob Long's 25 matches nothing (his 24 is optional, so no FN)
		"hometown":          {TP: 1},        // case folds
		"event":             {TP: 1},        // sponsor form is a gold alias
		"edition":           {TP: 1},        // (London Marathon, 32) through the alias
		"charity":           {FN: 1},        // NSPCC missed
		"result.position":   {TP: 1},        //
		"result.time":       {FP: 1, FN: 1}, // 8317 is not 8316
		"quantity.distance": {TP: 2, FP: 1}, // 42195 is within 0.5% of 42164.8; 50000 is not
		"quantity.duration": {TP: 1},        //
		"quantity.count":    {},             // matched an optional gold fact: counts nowhere
	}
	for typ, w := range want {
		if got := s.ByType[typ]; got != w {
			t.Errorf("%s: got %+v, want %+v", typ, got, w)
		}
	}
	micro := s.Micro()
	if micro != (Count{TP: 9, FP: 4, FN: 2}) {
		t.Errorf("micro = %+v, want {9 4 2}", micro)
	}
	if p, r := micro.Precision(), micro.Recall(); math.Abs(p-9.0/13) > 1e-12 || math.Abs(r-9.0/11) > 1e-12 {
		t.Errorf("P, R = %v, %v; want 9/13, 9/11", p, r)
	}
	if f := micro.F1(); math.Abs(f-2*(9.0/13)*(9.0/11)/((9.0/13)+(9.0/11))) > 1e-12 {
		t.Errorf("F1 = %v", f)
	}
	ent := s.Group(Groups[0].Types)
	if ent != (Count{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("entities group = %+v, want {2 1 1}", ent)
	}
	if len(s.Missed) != 2 || len(s.Spurious) != 4 || len(s.Correct) != 9 {
		t.Errorf("lists: %d missed, %d spurious, %d correct", len(s.Missed), len(s.Spurious), len(s.Correct))
	}
}

func TestCompareMultiset(t *testing.T) {
	gold := mustRecord(t, `{"schema_version":"1","quantities":[
	  {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
	  {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`)
	once := mustRecord(t, `{"schema_version":"1","quantities":[
	  {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`)
	thrice := mustRecord(t, `{"schema_version":"1","quantities":[
	  {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
	  {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}},
	  {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`)
	if got := Compare(gold, once).ByType["quantity.duration"]; got != (Count{TP: 1, FN: 1}) {
		t.Errorf("once: %+v", got)
	}
	if got := Compare(gold, thrice).ByType["quantity.duration"]; got != (Count{TP: 2, FP: 1}) {
		t.Errorf("thrice: %+v", got)
	}
}

func TestCompareFundraisingAndNames(t *testing.T) {
	gold := mustRecord(t, `{"schema_version":"1",
	  "people":[{"name":"Steve Prescott","aliases":["Prescott"]}],
	  "charities":[{"name":"St John’s Ambulance","aliases":["St John Ambulance"]}],
	  "fundraising":[
	    {"person":"Steve Prescott","cause":"his charitable foundation","amount":{"value":16000,"currency":"GBP"},"status":"target"},
	    {"person":null,"charity":"St John’s Ambulance","amount":{"value":1200000,"currency":"GBP"}}]}`)
	pred := mustRecord(t, `{"schema_version":"1",
	  "people":[{"name":"Prescott"}],
	  "charities":[{"name":"st john's   ambulance"}],
	  "fundraising":[
	    {"person":"Prescott","cause":"His charitable foundation","amount":{"value":16000,"currency":"USD"}},
	    {"person":null,"charity":"St John Ambulance","amount":{"value":1200000,"currency":"GBP"}}]}`)
	s := Compare(gold, pred)
	if got := s.ByType["fundraising.cause"]; got != (Count{TP: 2}) {
		t.Errorf("cause: %+v (curly quote, spacing and case fold; alias resolves)", got)
	}
	if got := s.ByType["fundraising.amount"]; got != (Count{TP: 1, FP: 1, FN: 1}) {
		t.Errorf("amount: %+v (USD is not GBP)", got)
	}
	if got := s.ByType["charity"]; got != (Count{TP: 1}) {
		t.Errorf("charity: %+v", got)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"  St John’s\tAmbulance ": "st john's ambulance",
		"“Quoted”":                `"quoted"`,
		"CIARÁN":                  "ciarán",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
