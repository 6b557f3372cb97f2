package extract

import (
	"sort"
	"strings"

	"github.com/racex/racex/extract/quantity"
	"github.com/racex/racex/schema"
)

// quantities adds every age, duration, distance, amount of money,
// temperature and head count to the record (About is the relations
// stage's to fill), and the ages of a table's age column, which the text
// alone does not show to be ages.
func quantities(p *Pipeline, d *Doc) {
	d.Record.Quantities = append(d.Record.Quantities, quantity.Find(d.Text)...)
	// The bytes the quantities cover, so that a row's age or time is
	// added only where none is: asked for every row, a scan of every
	// quantity made long results listings quadratic.
	covered := newByteSet(len(d.Text))
	for _, q := range d.Record.Quantities {
		if q.Span != nil {
			covered.add(*q.Span)
		}
	}
	added := false
	for _, r := range d.Rows {
		if r.AgeSpan.End <= r.AgeSpan.Start || r.Age == 0 || covered.any(r.AgeSpan) {
			continue
		}
		sp := r.AgeSpan
		v := float64(r.Age)
		d.Record.Quantities = append(d.Record.Quantities, schema.Quantity{Kind: schema.KindAge, Text: d.Text[sp.Start:sp.End],
			Value: schema.Float(v), Unit: schema.Str("year"), Normalized: &schema.Normalized{Value: schema.Float(v), Unit: schema.Str("year")},
			Span: &sp})
		covered.add(sp)
		added = true
	}
	// A results row's time is a duration even when the text alone does not
	// say so: "31.47" (minutes and seconds with a dot) or "10.18" (a sprint
	// in seconds) in a row of times.
	for _, r := range d.Rows {
		if r.Time == "" || r.Seconds <= 0 {
			continue
		}
		from := max(r.Span.Start, r.NameSpan.End)
		if from >= r.Span.End || r.Span.End > len(d.Text) {
			continue
		}
		i := strings.Index(d.Text[from:r.Span.End], r.Time)
		if i < 0 {
			continue
		}
		sp := schema.Span{Start: from + i, End: from + i + len(r.Time)}
		if !strings.Contains(r.Time, ":") {
			// A time with a dot is read by its table: "12.08" in a table
			// with lanes is seconds, whatever 10K the article names.
			for k := range d.Record.Quantities {
				q := &d.Record.Quantities[k]
				if q.Kind == schema.KindDuration && q.Span != nil && *q.Span == sp && q.Normalized != nil &&
					q.Normalized.Value != nil && *q.Normalized.Value != r.Seconds {
					q.Value, q.Unit = schema.Float(r.Seconds), schema.Str("s")
					q.Normalized = &schema.Normalized{Value: schema.Float(r.Seconds), Unit: schema.Str("s")}
				}
			}
		}
		if covered.any(sp) {
			continue
		}
		d.Record.Quantities = append(d.Record.Quantities, schema.Quantity{Kind: schema.KindDuration, Text: r.Time,
			Value: schema.Float(r.Seconds), Unit: schema.Str("s"), Normalized: &schema.Normalized{Value: schema.Float(r.Seconds), Unit: schema.Str("s")},
			Span: &sp})
		covered.add(sp)
		added = true
	}
	if added {
		qs := d.Record.Quantities
		sort.SliceStable(qs, func(i, j int) bool {
			return qs[i].Span != nil && qs[j].Span != nil && qs[i].Span.Start < qs[j].Span.Start
		})
	}
}

// byteSet is a set of byte offsets of a text.
type byteSet []uint64

func newByteSet(n int) byteSet { return make(byteSet, n/64+1) }

// add puts the bytes of sp in the set.
func (b byteSet) add(sp schema.Span) {
	for i := max(sp.Start, 0); i < sp.End && i/64 < len(b); i++ {
		b[i/64] |= 1 << (i % 64)
	}
}

// any reports whether a byte of sp is in the set.
func (b byteSet) any(sp schema.Span) bool {
	for i := max(sp.Start, 0); i < sp.End && i/64 < len(b); i++ {
		if b[i/64]&(1<<(i%64)) != 0 {
			return true
		}
	}
	return false
}
