package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// FuzzExtract runs the whole pipeline on arbitrary text, seeded with the
// testdata articles and a few awkward shapes: it must never panic, every
// span must lie inside the text on UTF-8 boundaries, and every record must
// validate against the schema. The seeds run in the ordinary go test;
// `go test ./extract -run '^$' -fuzz FuzzExtract -fuzztime 10m` explores.
func FuzzExtract(f *testing.F) {
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, file := range files {
		raw, err := os.ReadFile(file)
		if err == nil {
			f.Add(string(raw))
		}
	}
	for _, s := range []string{
		"", " ", "\n\n", "1.", "1. A", "Men\n1. (KEN) 2:04:11\n", "1 OKORO NGR 2:10:11;", "£", "£1.2m raised for",
		"the 24-year-old", "Ciarán Brennan, 34, won in 1:41:26.", "(((", "beat X into second", "2:", "99:99:99",
		"Women: 1 A B (C) 1:1; 2", "He won.\xff\xfe", "in aid of the", "raising money for his", "Kenya's 's 's",
	} {
		f.Add(s)
	}
	p := Default()
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			// The corpus package decodes every article to UTF-8 first.
			return
		}
		rec := p.Extract(Input{Source: "fuzz.txt", Text: text})
		data, err := json.Marshal(rec)
		if err != nil {
			t.Fatalf("record does not encode: %v", err)
		}
		if probs := schema.Validate(data); len(probs) > 0 {
			t.Fatalf("record does not validate: %v\n%s", probs, data)
		}
		check := func(what string, s schema.Span) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("%s span %v outside the text (%d bytes)", what, s, len(text))
			}
			if s.Start < len(text) && !utf8.RuneStart(text[s.Start]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
				t.Fatalf("%s span %v cuts a character", what, s)
			}
		}
		for _, m := range rec.Entities {
			check("mention "+m.Text, schema.Span{Start: m.Start, End: m.End})
			if text[m.Start:m.End] != m.Text {
				t.Fatalf("mention %q does not read its span %q", m.Text, text[m.Start:m.End])
			}
		}
		for _, p := range rec.People {
			for _, s := range p.Mentions {
				check("person "+p.Name, s)
			}
		}
		for _, e := range rec.Events {
			for _, s := range e.Mentions {
				check("event "+e.Name, s)
			}
		}
		for _, c := range rec.Charities {
			for _, s := range c.Mentions {
				check("charity "+c.Name, s)
			}
		}
		for _, o := range rec.Organizations {
			for _, s := range o.Mentions {
				check("organization "+o.Name, s)
			}
		}
		for _, pl := range rec.Places {
			for _, s := range pl.Mentions {
				check("place "+pl.Name, s)
			}
		}
		for _, r := range rec.Results {
			if r.Span != nil {
				check("result", *r.Span)
			}
		}
		for _, fr := range rec.Fundraising {
			if fr.Span != nil {
				check("fundraising", *fr.Span)
			}
		}
		for _, q := range rec.Quantities {
			if q.Span != nil {
				check("quantity "+q.Text, *q.Span)
				if text[q.Span.Start:q.Span.End] != q.Text {
					t.Fatalf("quantity %q does not read its span %q", q.Text, text[q.Span.Start:q.Span.End])
				}
			}
		}
	})
}
