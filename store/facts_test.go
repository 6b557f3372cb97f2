package store

import (
	"testing"

	"github.com/racex/racex/schema"
)

// TestFactRowsFitTheirInserts: one entry of each kind makes one row of
// exactly as many values as its INSERT names columns, so that the rows of
// a flat slice never shift into each other.
func TestFactRowsFitTheirInserts(t *testing.T) {
	r := schema.New()
	r.People = []schema.Person{{Name: "Jo Bloggs", Age: schema.Int(43)}}
	r.Results = []schema.Result{{Position: schema.Int(1), Person: schema.Str("Jo Bloggs"), Time: &schema.Time{Text: "31:48", Seconds: 1908}}}
	r.Fundraising = []schema.Fundraising{{Person: schema.Str("Jo Bloggs"), Amount: &schema.Money{Value: 500, Currency: "GBP"}}}
	r.Quantities = []schema.Quantity{{Kind: schema.KindAge, Text: "43", Value: schema.Float(43), Span: &schema.Span{Start: 11, End: 13}}}
	r.Entities = []schema.Mention{{Text: "Jo Bloggs", Label: schema.LabelPerson, Start: 0, End: 9}}
	var f factRows
	f.add(7, "abc", r)
	for head, vals := range map[string][]any{
		insertPeople: f.people, insertResults: f.results, insertFundraising: f.fundraising,
		insertQuantities: f.quantities, insertEntities: f.entities,
	} {
		if len(vals) != columns(head) {
			t.Errorf("%s: a row of %d values for %d columns", head, len(vals), columns(head))
		}
		if len(vals) > 1 && (vals[0] != any(int64(7)) || vals[1] != any("abc")) {
			t.Errorf("%s: row starts %v, %v; want the document's seq and id", head, vals[0], vals[1])
		}
	}
}
