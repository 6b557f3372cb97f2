package quantity

import (
	"strings"
	"testing"
)

func TestUnitsTable(t *testing.T) {
	// The spec's conversions, and every kind one the scanner knows.
	want := map[string]float64{"mile": 1609.344, "ft": 0.3048, "yard": 0.9144, "km": 1000, "metres": 1, "hours": 3600, "min": 60, "seconds": 1, "day": 86400}
	for form, f := range want {
		defs := units[form]
		if len(defs) == 0 || defs[0].factor != f {
			t.Errorf("units[%q] = %+v, want factor %v", form, defs, f)
		}
	}
	kinds := map[string]bool{"distance": true, "duration": true, "temperature": true, "speed": true, "weight": true, "energy": true, "volume": true, "ratio": true, "rate": true}
	for form, defs := range units {
		for _, d := range defs {
			if !kinds[d.kind] {
				t.Errorf("unit %q has unknown kind %q", form, d.kind)
			}
			if (d.kind == "distance" || d.kind == "duration") && (d.factor <= 0 || d.unit == "") {
				t.Errorf("unit %q: a %s needs a unit and a factor: %+v", form, d.kind, d)
			}
		}
	}
	if m := units["m"]; len(m) != 2 || !m[0].cased || m[1].kind != "duration" || !m[1].inner {
		t.Errorf(`"m" should be metres (case-sensitive) and, inside a duration, minutes: %+v`, m)
	}
}

func TestCurrenciesTable(t *testing.T) {
	for form, c := range currencies {
		if len(c.code) != 3 || strings.ToUpper(c.code) != c.code {
			t.Errorf("currency %q: %q is not an ISO 4217 code", form, c.code)
		}
		if !c.before && !c.after {
			t.Errorf("currency %q stands nowhere", form)
		}
		if form != strings.ToLower(form) && !c.cased {
			t.Errorf("currency form %q is not lower case", form)
		}
	}
	for form, code := range map[string]string{"£": "GBP", "$": "USD", "€": "EUR", "¥": "JPY", "nz$": "NZD", "c$": "CAD", "ksh": "KES", "euros": "EUR", "pence": "GBP"} {
		if currencies[form].code != code {
			t.Errorf("currencies[%q] = %q, want %q", form, currencies[form].code, code)
		}
	}
	if currencies["pence"].factor != 0.01 || currencies["cents"].factor != 0.01 {
		t.Error("pence and cents are hundredths")
	}
}

func TestNounsTable(t *testing.T) {
	for pl, sg := range nouns {
		if sg == "" || pl == "" || strings.ToLower(pl) != pl {
			t.Errorf("noun %q -> %q", pl, sg)
		}
	}
	for pl, sg := range map[string]string{"runners": "runner", "men": "man", "entries": "entry", "laps": "lap", "people": "person"} {
		if nouns[pl] != sg {
			t.Errorf("nouns[%q] = %q, want %q", pl, nouns[pl], sg)
		}
	}
}

func TestNumberWords(t *testing.T) {
	cases := map[string]float64{
		"two": 2, "twenty-five": 25, "Thirty-two": 32, "five hundred": 500, "a hundred": 100,
		"two hundred and fifty": 250, "one and a half": 1.5, "a dozen": 12,
		"three thousand": 3000, "1.5 million": 1.5e6, "37,500": 37500, "10 1/2": 10.5, "1/4": 0.25,
		"ninety five": 95, "three quarters": 0.75, "a quarter million": 250000,
	}
	for text, want := range cases {
		s := newScanner(text)
		n, ok := s.number(0)
		if !ok || n.val != want || n.end != len(s.toks) {
			t.Errorf("number(%q) = %v (ok %v, read %d of %d tokens), want %v", text, n.val, ok, n.end, len(s.toks), want)
		}
	}
	for _, text := range []string{"the", "first", "tens", "thousands", "dozen"} {
		if n, ok := newScanner(text).number(0); ok {
			t.Errorf("number(%q) = %v, want none", text, n.val)
		}
	}
}

func TestQualifiers(t *testing.T) {
	allowed := map[string]bool{"over": true, "under": true, "about": true, "up to": true, "at least": true}
	for w, q := range qualifiers {
		if !allowed[q] {
			t.Errorf("qualifier %q -> %q is not one of the record's", w, q)
		}
		if n := len(strings.Fields(w)); n > maxQualifierWords {
			t.Errorf("qualifier %q has %d words, more than maxQualifierWords", w, n)
		}
	}
	for w, q := range map[string]string{"more than": "over", "nearly": "under", "some": "about", "up to": "up to", "at least": "at least"} {
		if qualifiers[w] != q {
			t.Errorf("qualifiers[%q] = %q, want %q", w, qualifiers[w], q)
		}
	}
}

func TestWordLists(t *testing.T) {
	for _, w := range []string{"am", "p.m.", "o'clock"} {
		if !timeOfDay[w] {
			t.Errorf("%q should mark a time of day", w)
		}
	}
	if !temperatureContext["temperature"] || !angleContext["rotate"] || !weightContext["weighed"] {
		t.Error("context word lists are missing their first words")
	}
	if raceDistances["marathon"] != 42195 {
		t.Errorf("marathon = %v m", raceDistances["marathon"])
	}
	for _, m := range []string{"may", "sunday"} {
		if !monthsAndDays[m] {
			t.Errorf("%q should not take an age after it", m)
		}
	}
}
