package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/racex/racex/schema"
)

// factRows holds the flat fact-table rows of some records, so that SQL
// users can ask "who ran for which charity" without reading JSON. Each
// table's rows are one slice of values, a row after another, as
// insertRows takes them.
type factRows struct {
	people, results, fundraising, quantities, entities []any
}

// str and friends turn the record's nullable fields into SQL values.
func str(p *string) any {
	if p == nil {
		return nil
	}
	return *p
}

func num(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func integer(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

func joined(ss []string) string { return strings.Join(ss, "; ") }

// add flattens the record of document seq, id.
func (f *factRows) add(seq int64, id string, r *schema.Record) {
	if r == nil {
		return
	}
	// Boxed once for all of the record's rows.
	seqV, idV := any(seq), any(id)
	for i, p := range r.People {
		f.people = append(f.people, seqV, idV, i, p.Name, integer(p.Age), str(p.Nationality), str(p.Hometown), joined(p.Aliases), joined(p.Clubs), joined(p.Roles))
	}
	for i, res := range r.Results {
		var timeText, seconds any
		if res.Time != nil {
			timeText, seconds = res.Time.Text, res.Time.Seconds
		}
		f.results = append(f.results, seqV, idV, i, str(res.Event), str(res.Race.Sex), str(res.Race.Division), integer(res.Position), str(res.Person), timeText, seconds)
	}
	for i, fr := range r.Fundraising {
		var amount, currency any
		if fr.Amount != nil {
			amount, currency = fr.Amount.Value, fr.Amount.Currency
		}
		f.fundraising = append(f.fundraising, seqV, idV, i, str(fr.Person), str(fr.Charity), str(fr.Cause), amount, currency, str(fr.Status))
	}
	for i, q := range r.Quantities {
		var nv, nu, start, end any
		if q.Normalized != nil {
			nv, nu = num(q.Normalized.Value), str(q.Normalized.Unit)
		}
		if q.Span != nil {
			start, end = q.Span.Start, q.Span.End
		}
		f.quantities = append(f.quantities, seqV, idV, i, q.Kind, q.Text, num(q.Value), str(q.Unit), nv, nu, str(q.Qualifier), str(q.About), start, end)
	}
	for i, m := range r.Entities {
		f.entities = append(f.entities, seqV, idV, i, m.Text, m.Label, m.Start, m.End)
	}
}

// Inserts into the records and fact tables: the only multi-row INSERTs the
// store makes while ingesting. OpenSQLite prepares them (see insertChunks).
const (
	insertRecords     = "INSERT INTO records (doc_id, record)"
	insertPeople      = "INSERT INTO people (doc_seq, doc_id, n, name, age, nationality, hometown, aliases, clubs, roles)"
	insertResults     = "INSERT INTO results (doc_seq, doc_id, n, event, sex, division, position, person, time_text, seconds)"
	insertFundraising = "INSERT INTO fundraising (doc_seq, doc_id, n, person, charity, cause, amount, currency, status)"
	insertQuantities  = "INSERT INTO quantities (doc_seq, doc_id, n, kind, text, value, unit, norm_value, norm_unit, qualifier, about, span_start, span_end)"
	insertEntities    = "INSERT INTO entities (doc_seq, doc_id, n, text, label, span_start, span_end)"
)

// bulkInserts lists those INSERTs.
var bulkInserts = []string{insertRecords, insertPeople, insertResults, insertFundraising, insertQuantities, insertEntities}

func (f *factRows) insert(ctx context.Context, s *Store, tx *sql.Tx) error {
	for _, t := range []struct {
		head string
		vals []any
	}{
		{insertPeople, f.people},
		{insertResults, f.results},
		{insertFundraising, f.fundraising},
		{insertQuantities, f.quantities},
		{insertEntities, f.entities},
	} {
		if err := s.insertRows(ctx, tx, t.head, columns(t.head), t.vals); err != nil {
			return err
		}
	}
	return nil
}

// columns returns the number of columns an INSERT's head names.
func columns(head string) int {
	return strings.Count(head, ",") + 1
}
