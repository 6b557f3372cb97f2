package schema

import (
	"strconv"
	"strings"
)

// Provenance returns the spans of the text that a fact of r (one of
// Facts(r, ...)) was drawn from, as the record itself says: value holds
// where the fact's value is written (the entry's own span for quantities,
// results and fundraising; an age quantity for a person's age; the
// mentions of a named entry), and context the mentions of whom or what the
// fact is about. Both are nil for a hand annotation, which carries no
// spans, and for a fact whose entry records none.
func Provenance(r *Record, f Fact) (value, context []Span) {
	section, i, field, ok := SplitWhere(f.Where)
	if !ok {
		return nil, nil
	}
	own := func(s *Span) []Span {
		if s == nil {
			return nil
		}
		return []Span{*s}
	}
	switch section {
	case "people":
		if i >= len(r.People) {
			return nil, nil
		}
		p := r.People[i]
		switch field {
		case "":
			return p.Mentions, nil
		case "age":
			if p.Age != nil {
				value = ageSpans(r, p, *p.Age)
			}
		case "hometown":
			if p.Hometown != nil {
				value = placeSpans(r, *p.Hometown)
			}
		}
		return value, p.Mentions
	case "events":
		if i < len(r.Events) {
			return r.Events[i].Mentions, nil
		}
	case "charities":
		if i < len(r.Charities) {
			return r.Charities[i].Mentions, nil
		}
	case "organizations":
		if i < len(r.Organizations) {
			return r.Organizations[i].Mentions, nil
		}
	case "places":
		if i < len(r.Places) {
			return r.Places[i].Mentions, nil
		}
	case "results":
		if i < len(r.Results) {
			res := r.Results[i]
			return own(res.Span), personSpans(r, res.Person)
		}
	case "fundraising":
		if i < len(r.Fundraising) {
			fr := r.Fundraising[i]
			return own(fr.Span), personSpans(r, fr.Person)
		}
	case "quantities":
		if i < len(r.Quantities) {
			q := r.Quantities[i]
			if q.About != nil {
				context = personSpans(r, q.About)
			}
			return own(q.Span), context
		}
	}
	return nil, nil
}

// SplitWhere splits a fact's Where, the JSON pointer of its entry, into
// the record's section, the entry's index and the field within the entry
// ("" for the entry itself): "/people/3/age" gives people, 3, age.
func SplitWhere(where string) (section string, index int, field string, ok bool) {
	parts := strings.Split(where, "/")
	if len(parts) < 3 || parts[0] != "" {
		return "", 0, "", false
	}
	index, err := strconv.Atoi(parts[2])
	if err != nil || index < 0 {
		return "", 0, "", false
	}
	if len(parts) > 3 {
		field = parts[3]
	}
	return parts[1], index, field, true
}

// person returns the entry of r that name resolves to, or nil.
func (r *Record) person(name string) *Person {
	f := Fold(name)
	for i := range r.People {
		p := &r.People[i]
		if Fold(p.Name) == f {
			return p
		}
	}
	for i := range r.People {
		for _, a := range r.People[i].Aliases {
			if Fold(a) == f {
				return &r.People[i]
			}
		}
	}
	return nil
}

func personSpans(r *Record, name *string) []Span {
	if name == nil {
		return nil
	}
	if p := r.person(*name); p != nil {
		return p.Mentions
	}
	return nil
}

// ageSpans finds the age quantities that say p is age.
func ageSpans(r *Record, p Person, age int) []Span {
	var out []Span
	for _, q := range r.Quantities {
		if q.Kind != KindAge || q.Span == nil || q.About == nil {
			continue
		}
		if who := r.person(*q.About); who == nil || Fold(who.Name) != Fold(p.Name) {
			continue
		}
		if q.Normalized != nil && q.Normalized.Value != nil && *q.Normalized.Value == float64(age) {
			out = append(out, *q.Span)
		}
	}
	return out
}

// placeSpans returns the mentions of the place entry named name.
func placeSpans(r *Record, name string) []Span {
	f := Fold(name)
	for _, pl := range r.Places {
		if Fold(pl.Name) == f {
			return pl.Mentions
		}
		for _, a := range pl.Aliases {
			if Fold(a) == f {
				return pl.Mentions
			}
		}
	}
	return nil
}
