package review

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/racex/racex/schema"
)

// Edit is one correction of a hand annotation, as the page sends it.
type Edit struct {
	// Op is "init" (start the annotation from the extraction), "accept"
	// (copy the extracted fact at Pointer into the annotation), "reject"
	// (remove the annotation fact at Pointer), "edit" (replace the
	// annotation entry at Pointer with Entry) or "add" (append Entry to
	// Section).
	Op      string          `json:"op"`
	Pointer string          `json:"pointer,omitempty"`
	Section string          `json:"section,omitempty"`
	Entry   json.RawMessage `json:"entry,omitempty"`
}

// EditError is a correction that cannot be applied as asked; Conflict
// says it clashes with the annotation's state (an annotation that
// already exists, a pointer past the end) rather than being malformed.
type EditError struct {
	Msg      string
	Conflict bool
}

func (e *EditError) Error() string { return e.Msg }

func badEdit(format string, a ...any) error { return &EditError{Msg: fmt.Sprintf(format, a...)} }

func conflict(format string, a ...any) error {
	return &EditError{Msg: fmt.Sprintf(format, a...), Conflict: true}
}

// Apply returns gold (nil: none yet) with the edit made, leaving gold
// itself unchanged. pred is the extracted record that "init" and
// "accept" copy from.
func Apply(gold, pred *schema.Record, e Edit) (*schema.Record, error) {
	if e.Op == "init" {
		if gold != nil {
			return nil, conflict("an annotation already exists")
		}
		g := strip(pred)
		return g, nil
	}
	g := clone(gold)
	if g == nil {
		g = schema.New()
		g.Entities = nil
	}
	switch e.Op {
	case "accept":
		p, ok := ParsePointer(e.Pointer)
		if !ok {
			return nil, badEdit("pointer %q is not a fact pointer such as /people/0/age", e.Pointer)
		}
		return g, accept(g, strip(pred), p)
	case "reject":
		p, ok := ParsePointer(e.Pointer)
		if !ok {
			return nil, badEdit("pointer %q is not a fact pointer such as /people/0/age", e.Pointer)
		}
		if gold == nil {
			return nil, conflict("there is no annotation to remove a fact from")
		}
		return g, reject(g, p)
	case "edit":
		p, ok := ParsePointer(e.Pointer)
		if !ok {
			return nil, badEdit("pointer %q is not an entry pointer such as /people/0", e.Pointer)
		}
		if gold == nil {
			return nil, conflict("there is no annotation to edit")
		}
		if entryAt(g, p) == nil {
			return nil, conflict("the annotation has no entry %s", p.Entry())
		}
		return g, put(g, p.Section, p.Index, e.Entry)
	case "add":
		return g, put(g, e.Section, -1, e.Entry)
	case "":
		return nil, badEdit("missing op (init, accept, reject, edit or add)")
	}
	return nil, badEdit("unknown op %q (init, accept, reject, edit or add)", e.Op)
}

// clone deep-copies a record through JSON.
func clone(r *schema.Record) *schema.Record {
	if r == nil {
		return nil
	}
	data, err := json.Marshal(r)
	if err != nil {
		panic(err) // a record always encodes
	}
	var c schema.Record
	if err := json.Unmarshal(data, &c); err != nil {
		panic(err)
	}
	fillLists(&c)
	return &c
}

// strip copies a record without provenance: no doc, entities, spans or
// mentions, as an annotation is written.
func strip(r *schema.Record) *schema.Record {
	c := clone(r)
	c.Doc = nil
	c.Entities = nil
	for i := range c.People {
		c.People[i].Mentions = nil
	}
	for i := range c.Events {
		c.Events[i].Mentions = nil
	}
	for i := range c.Charities {
		c.Charities[i].Mentions = nil
	}
	for i := range c.Organizations {
		c.Organizations[i].Mentions = nil
	}
	for i := range c.Places {
		c.Places[i].Mentions = nil
	}
	for i := range c.Results {
		c.Results[i].Span = nil
	}
	for i := range c.Fundraising {
		c.Fundraising[i].Span = nil
	}
	for i := range c.Quantities {
		c.Quantities[i].Span = nil
	}
	return c
}

func same(a, b *string) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return schema.Fold(*a) == schema.Fold(*b)
}

// accept copies the extracted fact at p into g. A name fact adds the entry
// (a person without the attributes scored apart); an attribute goes onto
// the annotation's entry of that name, which is added when missing.
func accept(g, pred *schema.Record, p Pointer) error {
	if entryAt(pred, p) == nil {
		return conflict("the extraction has no entry %s", p.Entry())
	}
	i := p.Index
	switch p.Section {
	case "people":
		src := pred.People[i]
		j := indexByName(g, "people", src.Name)
		if j < 0 {
			n := src
			n.Age, n.Nationality, n.Hometown = nil, nil, nil
			g.People = append(g.People, n)
			j = len(g.People) - 1
		}
		switch p.Field {
		case "":
		case "age":
			g.People[j].Age = src.Age
		case "nationality":
			g.People[j].Nationality = src.Nationality
		case "hometown":
			g.People[j].Hometown = src.Hometown
		default:
			return badEdit("people entries have no scored field %q", p.Field)
		}
	case "events":
		src := pred.Events[i]
		j := indexByName(g, "events", src.Name)
		if j < 0 {
			n := src
			n.Edition = nil
			g.Events = append(g.Events, n)
			j = len(g.Events) - 1
		}
		switch p.Field {
		case "":
		case "edition":
			g.Events[j].Edition = src.Edition
		default:
			return badEdit("event entries have no scored field %q", p.Field)
		}
	case "charities":
		if indexByName(g, p.Section, pred.Charities[i].Name) < 0 {
			g.Charities = append(g.Charities, pred.Charities[i])
		}
	case "organizations":
		if indexByName(g, p.Section, pred.Organizations[i].Name) < 0 {
			g.Organizations = append(g.Organizations, pred.Organizations[i])
		}
	case "places":
		if indexByName(g, p.Section, pred.Places[i].Name) < 0 {
			g.Places = append(g.Places, pred.Places[i])
		}
	case "results":
		src := pred.Results[i]
		// Fill the field on the annotation's result for the same person
		// and event when it lacks it; else add a result with that field.
		for j, r := range g.Results {
			if !same(r.Person, src.Person) || !same(r.Event, src.Event) {
				continue
			}
			switch {
			case p.Field == "position" && r.Position == nil:
				g.Results[j].Position = src.Position
				return nil
			case p.Field == "time" && r.Time == nil:
				g.Results[j].Time = src.Time
				return nil
			}
		}
		n := src
		switch p.Field {
		case "position":
			n.Time = nil
		case "time":
			n.Position = nil
		case "":
		default:
			return badEdit("result entries have no scored field %q", p.Field)
		}
		g.Results = append(g.Results, n)
	case "fundraising":
		src := pred.Fundraising[i]
		for j, f := range g.Fundraising {
			if !same(f.Person, src.Person) {
				continue
			}
			switch {
			case (p.Field == "charity" || p.Field == "cause") && f.Charity == nil && f.Cause == nil:
				g.Fundraising[j].Charity, g.Fundraising[j].Cause = src.Charity, src.Cause
				return nil
			case p.Field == "amount" && f.Amount == nil:
				g.Fundraising[j].Amount, g.Fundraising[j].Status = src.Amount, src.Status
				return nil
			}
		}
		n := src
		switch p.Field {
		case "charity", "cause":
			n.Amount, n.Status = nil, nil
		case "amount":
		case "":
		default:
			return badEdit("fundraising entries have no scored field %q", p.Field)
		}
		g.Fundraising = append(g.Fundraising, n)
	case "quantities":
		g.Quantities = append(g.Quantities, pred.Quantities[i])
	default:
		return badEdit("unknown section %q", p.Section)
	}
	return nil
}

// indexByName finds the annotation entry a name resolves to, or -1.
func indexByName(g *schema.Record, section, name string) int {
	// The scorer's rule: a name matches an entry's name or one of its
	// aliases after folding.
	key := schema.Fold(name)
	match := func(n string, aliases []string) bool {
		if schema.Fold(n) == key {
			return true
		}
		for _, a := range aliases {
			if schema.Fold(a) == key {
				return true
			}
		}
		return false
	}
	switch section {
	case "people":
		for j, p := range g.People {
			if match(p.Name, p.Aliases) {
				return j
			}
		}
	case "events":
		for j, e := range g.Events {
			if match(e.Name, e.Aliases) {
				return j
			}
		}
	case "charities":
		for j, c := range g.Charities {
			if match(c.Name, c.Aliases) {
				return j
			}
		}
	case "organizations":
		for j, o := range g.Organizations {
			if match(o.Name, o.Aliases) {
				return j
			}
		}
	case "places":
		for j, p := range g.Places {
			if match(p.Name, p.Aliases) {
				return j
			}
		}
	}
	return -1
}

// reject removes the annotation fact at p: an entry fact removes the
// entry, an attribute fact clears the attribute, and a result or
// fundraising entry left with no scored fact is removed.
func reject(g *schema.Record, p Pointer) error {
	if entryAt(g, p) == nil {
		return conflict("the annotation has no entry %s", p.Entry())
	}
	i := p.Index
	bad := func() error { return badEdit("%s entries have no scored field %q", p.Section, p.Field) }
	switch p.Section {
	case "people":
		switch p.Field {
		case "":
			g.People = append(g.People[:i], g.People[i+1:]...)
		case "age":
			g.People[i].Age = nil
		case "nationality":
			g.People[i].Nationality = nil
		case "hometown":
			g.People[i].Hometown = nil
		default:
			return bad()
		}
	case "events":
		switch p.Field {
		case "":
			g.Events = append(g.Events[:i], g.Events[i+1:]...)
		case "edition":
			g.Events[i].Edition = nil
		default:
			return bad()
		}
	case "charities":
		g.Charities = append(g.Charities[:i], g.Charities[i+1:]...)
	case "organizations":
		g.Organizations = append(g.Organizations[:i], g.Organizations[i+1:]...)
	case "places":
		g.Places = append(g.Places[:i], g.Places[i+1:]...)
	case "quantities":
		g.Quantities = append(g.Quantities[:i], g.Quantities[i+1:]...)
	case "results":
		r := &g.Results[i]
		switch p.Field {
		case "position":
			r.Position = nil
		case "time":
			r.Time = nil
		case "":
			r.Position, r.Time = nil, nil
		default:
			return bad()
		}
		if r.Position == nil && r.Time == nil {
			g.Results = append(g.Results[:i], g.Results[i+1:]...)
		}
	case "fundraising":
		f := &g.Fundraising[i]
		switch p.Field {
		case "charity", "cause":
			f.Charity, f.Cause = nil, nil
		case "amount":
			f.Amount, f.Status = nil, nil
		case "":
			f.Charity, f.Cause, f.Amount = nil, nil, nil
		default:
			return bad()
		}
		if f.Charity == nil && f.Cause == nil && f.Amount == nil {
			g.Fundraising = append(g.Fundraising[:i], g.Fundraising[i+1:]...)
		}
	default:
		return badEdit("unknown section %q", p.Section)
	}
	return nil
}

// put decodes entry as an entry of section and stores it at index i, or
// appends it when i < 0. Unknown keys are refused, so a typo is not
// silently dropped.
func put(g *schema.Record, section string, i int, entry json.RawMessage) error {
	if len(bytes.TrimSpace(entry)) == 0 {
		return badEdit("missing entry")
	}
	dec := func(v any) error {
		d := json.NewDecoder(bytes.NewReader(entry))
		d.DisallowUnknownFields()
		if err := d.Decode(v); err != nil {
			return badEdit("entry for %s: %v", section, err)
		}
		return nil
	}
	set := func(n int) int {
		if i < 0 {
			return n
		}
		return i
	}
	switch section {
	case "people":
		var v schema.Person
		if err := dec(&v); err != nil {
			return err
		}
		g.People = putAt(g.People, set(len(g.People)), v)
	case "events":
		var v schema.Event
		if err := dec(&v); err != nil {
			return err
		}
		g.Events = putAt(g.Events, set(len(g.Events)), v)
	case "charities":
		var v schema.Charity
		if err := dec(&v); err != nil {
			return err
		}
		g.Charities = putAt(g.Charities, set(len(g.Charities)), v)
	case "organizations":
		var v schema.Org
		if err := dec(&v); err != nil {
			return err
		}
		g.Organizations = putAt(g.Organizations, set(len(g.Organizations)), v)
	case "places":
		var v schema.Place
		if err := dec(&v); err != nil {
			return err
		}
		g.Places = putAt(g.Places, set(len(g.Places)), v)
	case "results":
		var v schema.Result
		if err := dec(&v); err != nil {
			return err
		}
		g.Results = putAt(g.Results, set(len(g.Results)), v)
	case "fundraising":
		var v schema.Fundraising
		if err := dec(&v); err != nil {
			return err
		}
		g.Fundraising = putAt(g.Fundraising, set(len(g.Fundraising)), v)
	case "quantities":
		var v schema.Quantity
		if err := dec(&v); err != nil {
			return err
		}
		g.Quantities = putAt(g.Quantities, set(len(g.Quantities)), v)
	default:
		return badEdit("unknown section %q (people, events, charities, organizations, places, results, fundraising, quantities)", section)
	}
	return nil
}

func putAt[T any](s []T, i int, v T) []T {
	if i >= len(s) {
		return append(s, v)
	}
	s[i] = v
	return s
}
