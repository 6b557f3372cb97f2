// Package quantity finds the ages, durations, distances, amounts of money, temperatures and head counts in a race report, normalised.
package quantity

import (
	"math"

	"github.com/racex/racex/schema"
)

// Find returns the quantities of text in text order. Each has its byte
// Span, Text exactly text[Span.Start:Span.End] (qualifier words such as
// "over" included), Value and Unit as written, Normalized in base units
// (seconds, metres, the currency, the temperature scale or null, the head
// count) and Qualifier. About is left nil: it is the relations layer's.
func Find(text string) []schema.Quantity {
	s := scanners.Get().(*scanner)
	defer scanners.Put(s)
	s.reset(text)
	s.scan()
	s.resolve()
	n := 0
	for _, f := range s.out {
		if f.kind != "" {
			n++
		}
	}
	out := make([]schema.Quantity, 0, n)
	store := make([]parts, n) // one allocation for every quantity's parts
	for _, f := range s.out {
		if f.kind == "" {
			continue
		}
		out = append(out, f.quantity(text, &store[len(out)]))
	}
	return out
}

// parts holds what a schema.Quantity points to.
type parts struct {
	value, norm          float64
	unit, normUnit, qual string
	normalized           schema.Normalized
	span                 schema.Span
}

// found is a quantity as the scanner reads it.
type found struct {
	kind       string
	start, end int // byte span, qualifier included
	core       int // where the span starts without the qualifier
	tok        int // index of the token the quantity starts at (after the qualifier)
	value      float64
	unit       string
	norm       float64
	normUnit   string // "" is null (an open temperature)
	qualifier  string
	// clock is set for an "a:b" reading that needs the context to say
	// whether it is minutes:seconds or hours:minutes.
	clock *clock
	// dot is set for a time written "31.47" or "10.18" without a unit,
	// read by the race distance (resolve).
	dot bool
}

// clock is "a:b" before it is read; d is the distance it is a time for
// when the text says so ("a 4:59 mile"), else 0.
type clock struct{ a, b, d float64 }

func (f found) quantity(text string, p *parts) schema.Quantity {
	// Round away the binary noise of conversions: 3:36.08 is 216.08 s,
	// not 216.07999999999998.
	p.norm = math.Round(f.norm*1e6) / 1e6
	p.value = math.Round(f.value*1e6) / 1e6
	p.span = schema.Span{Start: f.start, End: f.end}
	p.normalized.Value = &p.norm
	q := schema.Quantity{
		Kind:       f.kind,
		Text:       text[f.start:f.end],
		Value:      &p.value,
		Normalized: &p.normalized,
		Span:       &p.span,
	}
	if f.unit != "" {
		p.unit = f.unit
		q.Unit = &p.unit
	}
	if f.normUnit != "" {
		p.normUnit = f.normUnit
		p.normalized.Unit = &p.normUnit
	}
	if f.qualifier != "" {
		p.qual = f.qualifier
		q.Qualifier = &p.qual
	}
	return q
}

// lower returns a token's text in lower case.
func lower(t token) string { return t.low }
