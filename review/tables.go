package review

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/racex/racex/check"
	"github.com/racex/racex/schema"
)

// Table is one section of the record as the page shows it.
type Table struct {
	ID    string
	Title string
	Head  []string
	Rows  []Row
	// Missed are the annotation's facts of this section that extraction
	// did not find, shown under the table.
	Missed []FactView
}

// Row is one record entry.
type Row struct {
	Pointer string
	// Anchor is the id of the entry's first mark in the text, "" when
	// the entry has no span.
	Anchor string
	Cells  []Cell
}

// Cell is one value, with the status of the fact it is, if it is one.
type Cell struct {
	Text   string
	Status string
}

// tables lays out the record's sections; each cell that is a scored fact
// carries that fact's status.
func tables(rec *schema.Record, cmp *Comparison, anchorOf map[string]string) []Table {
	status := map[string]string{}
	for _, f := range cmp.Facts {
		status[f.Pointer] = f.Status
	}
	missed := map[string][]FactView{}
	for _, f := range cmp.Missed {
		if p, ok := ParsePointer(f.Pointer); ok {
			section := p.Section
			switch section {
			case "charities", "organizations", "places":
				section = "names"
			}
			missed[section] = append(missed[section], f)
		}
	}
	cell := func(text, pointer string) Cell {
		c := Cell{Text: text}
		if pointer != "" {
			c.Status = status[pointer]
		}
		return c
	}
	row := func(pointer string, cells ...Cell) Row {
		return Row{Pointer: pointer, Anchor: anchorOf[pointer], Cells: cells}
	}
	var out []Table

	t := Table{ID: "people", Title: "People", Head: []string{"name", "aliases", "age", "nationality", "home town", "roles", "described as"}}
	for i, p := range rec.People {
		ptr := fmt.Sprintf("/people/%d", i)
		age := ""
		if p.Age != nil {
			age = strconv.Itoa(*p.Age)
		}
		t.Rows = append(t.Rows, row(ptr,
			cell(p.Name, ptr), cell(strings.Join(p.Aliases, ", "), ""),
			cell(age, ptr+"/age"), cell(str(p.Nationality), ptr+"/nationality"), cell(str(p.Hometown), ptr+"/hometown"),
			cell(strings.Join(p.Roles, ", "), ""), cell(strings.Join(append(append([]string{}, p.Titles...), p.Descriptors...), ", "), "")))
	}
	t.Missed = missed["people"]
	out = append(out, t)

	t = Table{ID: "results", Title: "Results", Head: []string{"person", "position", "time", "event", "race", "notes"}}
	for i, r := range rec.Results {
		ptr := fmt.Sprintf("/results/%d", i)
		pos, tm := "", ""
		if r.Position != nil {
			pos = check.Ordinal(*r.Position)
		}
		if r.Time != nil {
			tm = r.Time.Text + " (" + num(r.Time.Seconds) + " s)"
		}
		race := strings.TrimSpace(str(r.Race.Sex) + " " + str(r.Race.Division))
		t.Rows = append(t.Rows, row(ptr,
			cell(str(r.Person), ""), cell(pos, ptr+"/position"), cell(tm, ptr+"/time"),
			cell(str(r.Event), ""), cell(race, ""), cell(strings.Join(r.Notes, ", "), "")))
	}
	t.Missed = missed["results"]
	out = append(out, t)

	t = Table{ID: "fundraising", Title: "Fundraising", Head: []string{"person", "charity or cause", "amount", "status"}}
	for i, f := range rec.Fundraising {
		ptr := fmt.Sprintf("/fundraising/%d", i)
		cause, causePtr := str(f.Charity), ptr+"/charity"
		if f.Charity == nil {
			cause, causePtr = str(f.Cause), ptr+"/cause"
		}
		amount := ""
		if f.Amount != nil {
			amount = withCommasF(f.Amount.Value) + " " + f.Amount.Currency
		}
		t.Rows = append(t.Rows, row(ptr,
			cell(str(f.Person), ""), cell(cause, causePtr), cell(amount, ptr+"/amount"), cell(str(f.Status), "")))
	}
	t.Missed = missed["fundraising"]
	out = append(out, t)

	t = Table{ID: "quantities", Title: "Quantities", Head: []string{"as written", "kind", "value", "normalised", "qualifier", "about"}}
	for i, q := range rec.Quantities {
		ptr := fmt.Sprintf("/quantities/%d", i)
		val, norm := "", ""
		if q.Value != nil {
			val = num(*q.Value)
			if q.Unit != nil {
				val += " " + *q.Unit
			}
		}
		if q.Normalized != nil {
			if q.Normalized.Value != nil {
				norm = num(*q.Normalized.Value)
			}
			if q.Normalized.Unit != nil {
				norm += " " + *q.Normalized.Unit
			}
		}
		t.Rows = append(t.Rows, row(ptr,
			cell(q.Text, ptr), cell(q.Kind, ""), cell(val, ""), cell(strings.TrimSpace(norm), ptr),
			cell(str(q.Qualifier), ""), cell(str(q.About), "")))
	}
	t.Missed = missed["quantities"]
	out = append(out, t)

	t = Table{ID: "events", Title: "Events", Head: []string{"name", "aliases", "edition", "kind", "date", "location", "distance"}}
	for i, e := range rec.Events {
		ptr := fmt.Sprintf("/events/%d", i)
		ed, dist := "", ""
		if e.Edition != nil {
			ed = check.Ordinal(*e.Edition)
		}
		if e.DistanceM != nil {
			dist = num(*e.DistanceM) + " m"
		}
		t.Rows = append(t.Rows, row(ptr,
			cell(e.Name, ptr), cell(strings.Join(e.Aliases, ", "), ""), cell(ed, ptr+"/edition"),
			cell(str(e.Kind), ""), cell(str(e.Date), ""), cell(str(e.Location), ""), cell(dist, "")))
	}
	t.Missed = missed["events"]
	out = append(out, t)

	t = Table{ID: "names", Title: "Charities, organisations and places", Head: []string{"name", "is a", "kind", "aliases"}}
	for i, c := range rec.Charities {
		ptr := fmt.Sprintf("/charities/%d", i)
		t.Rows = append(t.Rows, row(ptr, cell(c.Name, ptr), cell("charity", ""), cell("", ""), cell(strings.Join(c.Aliases, ", "), "")))
	}
	for i, o := range rec.Organizations {
		ptr := fmt.Sprintf("/organizations/%d", i)
		t.Rows = append(t.Rows, row(ptr, cell(o.Name, ptr), cell("organisation", ""), cell(str(o.Kind), ""), cell(strings.Join(o.Aliases, ", "), "")))
	}
	for i, p := range rec.Places {
		ptr := fmt.Sprintf("/places/%d", i)
		kind := str(p.Kind)
		if p.Country != nil {
			kind = strings.TrimSpace(kind + " (" + *p.Country + ")")
		}
		t.Rows = append(t.Rows, row(ptr, cell(p.Name, ptr), cell("place", ""), cell(kind, ""), cell(strings.Join(p.Aliases, ", "), "")))
	}
	t.Missed = missed["names"]
	out = append(out, t)
	return out
}

func withCommasF(v float64) string {
	if v == float64(int64(v)) {
		return withCommas(int64(v))
	}
	return num(v)
}

func withCommas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
