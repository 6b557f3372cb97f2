package extract

import (
	"sort"

	"github.com/racex/racex/extract/quantity"
	"github.com/racex/racex/schema"
)

// quantities adds every age, duration, distance, amount of money,
// temperature and head count to the record (About is the relations
// stage's to fill), and the ages of a table's age column, which the text
// alone does not show to be ages.
func quantities(p *Pipeline, d *Doc) {
	d.Record.Quantities = append(d.Record.Quantities, quantity.Find(d.Text)...)
	added := false
	for _, r := range d.Rows {
		if r.AgeSpan.End <= r.AgeSpan.Start || r.Age == 0 || quantityOver(d, r.AgeSpan) {
			continue
		}
		sp := r.AgeSpan
		v := float64(r.Age)
		d.Record.Quantities = append(d.Record.Quantities, schema.Quantity{Kind: schema.KindAge, Text: d.Text[sp.Start:sp.End],
			Value: schema.Float(v), Unit: schema.Str("year"), Normalized: &schema.Normalized{Value: schema.Float(v), Unit: schema.Str("year")},
			Span: &sp})
		added = true
	}
	if added {
		qs := d.Record.Quantities
		sort.SliceStable(qs, func(i, j int) bool {
			return qs[i].Span != nil && qs[j].Span != nil && qs[i].Span.Start < qs[j].Span.Start
		})
	}
}

// quantityOver says whether a quantity already covers part of span.
func quantityOver(d *Doc, sp schema.Span) bool {
	for _, q := range d.Record.Quantities {
		if q.Span != nil && q.Span.Start < sp.End && sp.Start < q.Span.End {
			return true
		}
	}
	return false
}
