package extract

import "github.com/racex/racex/extract/quantity"

// quantities adds every age, duration, distance, amount of money,
// temperature and head count to the record (About is the relations
// stage's to fill).
func quantities(p *Pipeline, d *Doc) {
	d.Record.Quantities = append(d.Record.Quantities, quantity.Find(d.Text)...)
}
