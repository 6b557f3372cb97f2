package schema

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Fact is one scored tuple of a record, as the spec's scoring table defines
// it. Key holds the tuple's folded parts; Num holds a numeric part that is
// compared with a tolerance (quantities), and Text is the fact as a person
// reads it.
type Fact struct {
	Type     string
	Key      string
	Num      *float64
	Optional bool
	// Text is the fact in readable form, with names as the record writes
	// them: `age  Sophie Raworth = 43`.
	Text string
	// Canon is Text with each name spelled as the record the names were
	// resolved through spells its entry ("Kenney" becomes "Sasha Kenney"
	// when the gold lists Kenney as her alias), so that facts of two
	// records that match read alike. It is Text when nothing resolves.
	Canon string
	// Where is the JSON pointer of the entry the fact comes from.
	Where string
}

// Fact types, in the order reports list them.
var FactTypes = []string{
	"person", "event", "charity", "organization", "place",
	"age", "nationality", "hometown", "edition",
	"result.position", "result.time", "fundraising.cause", "fundraising.amount",
	"quantity.age", "quantity.duration", "quantity.distance", "quantity.money", "quantity.temperature", "quantity.count",
}

// Groups maps each report group to its fact types.
var Groups = []struct {
	Name  string
	Types []string
}{
	{"entities", []string{"person", "event", "charity", "organization", "place"}},
	{"attributes", []string{"age", "nationality", "hometown", "edition"}},
	{"relations", []string{"result.position", "result.time", "fundraising.cause", "fundraising.amount"}},
	{"quantities", []string{"quantity.age", "quantity.duration", "quantity.distance", "quantity.money", "quantity.temperature", "quantity.count"}},
}

// Fold normalises a name for matching: case folded, curly quotes made
// straight, white space collapsed and trimmed.
func Fold(s string) string {
	s = strings.TrimSpace(s)
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201B', '\u2032':
			r = '\''
		case '\u201C', '\u201D', '\u201F', '\u2033':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// Names resolves names to the canonical names of one record (the gold
// annotation when scoring): a name matches an entry when it folds to the
// entry's name or one of its aliases.
type Names struct {
	people, events, charities, orgs, places map[string]string
	// spelling maps a folded canonical name to the name as its record
	// writes it.
	spelling map[string]string
}

// NamesOf indexes r's people, events, charities, organisations and places.
func NamesOf(r *Record) *Names {
	n := &Names{
		people: map[string]string{}, events: map[string]string{}, charities: map[string]string{},
		orgs: map[string]string{}, places: map[string]string{}, spelling: map[string]string{},
	}
	add := func(m map[string]string, name string, aliases []string) {
		canon := Fold(name)
		if _, ok := n.spelling[canon]; !ok {
			n.spelling[canon] = name
		}
		// A name always resolves to its own entry, even when another
		// entry lists it as an alias.
		m[canon] = canon
		for _, a := range aliases {
			if _, taken := m[Fold(a)]; !taken {
				m[Fold(a)] = canon
			}
		}
	}
	for _, p := range r.People {
		add(n.people, p.Name, p.Aliases)
	}
	for _, e := range r.Events {
		add(n.events, e.Name, e.Aliases)
	}
	for _, c := range r.Charities {
		add(n.charities, c.Name, c.Aliases)
	}
	for _, o := range r.Organizations {
		add(n.orgs, o.Name, o.Aliases)
	}
	for _, p := range r.Places {
		add(n.places, p.Name, p.Aliases)
	}
	return n
}

func resolve(m map[string]string, name string) string {
	f := Fold(name)
	if m != nil {
		if c, ok := m[f]; ok {
			return c
		}
	}
	return f
}

// spell returns the name as the record names resolve through writes the
// entry it resolves to, or name itself when it resolves to no entry.
func (n *Names) spell(m map[string]string, name string) string {
	if n.spelling != nil && m != nil {
		if c, ok := m[Fold(name)]; ok {
			if s, ok := n.spelling[c]; ok {
				return s
			}
		}
	}
	return name
}

// Facts turns a record into its scored facts. Names are resolved through
// names (nil: each name stands for itself), so that a prediction's facts
// can be compared with a gold annotation's.
func Facts(r *Record, names *Names) []Fact {
	if names == nil {
		names = &Names{}
	}
	var out []Fact
	add := func(f Fact) {
		if f.Canon == "" {
			f.Canon = f.Text
		}
		out = append(out, f)
	}
	person := func(p *string) (key, text, canon string) {
		if p == nil {
			return "", "(nobody)", "(nobody)"
		}
		return resolve(names.people, *p), *p, names.spell(names.people, *p)
	}
	// Entries marked optional make every fact drawn from them optional.
	optPeople := map[string]bool{}
	for i, p := range r.People {
		key := resolve(names.people, p.Name)
		where := fmt.Sprintf("/people/%d", i)
		if p.Optional {
			optPeople[key] = true
		}
		name := names.spell(names.people, p.Name)
		add(Fact{Type: "person", Key: key, Optional: p.Optional, Text: p.Name, Canon: name, Where: where})
		if p.Age != nil {
			add(Fact{Type: "age", Key: key + "|" + strconv.Itoa(*p.Age), Optional: p.Optional,
				Text:  fmt.Sprintf("%s = %d", p.Name, *p.Age),
				Canon: fmt.Sprintf("%s = %d", name, *p.Age), Where: where + "/age"})
		}
		if p.Nationality != nil {
			add(Fact{Type: "nationality", Key: key + "|" + Fold(*p.Nationality), Optional: p.Optional,
				Text:  fmt.Sprintf("%s = %s", p.Name, *p.Nationality),
				Canon: fmt.Sprintf("%s = %s", name, *p.Nationality), Where: where + "/nationality"})
		}
		if p.Hometown != nil {
			add(Fact{Type: "hometown", Key: key + "|" + resolve(names.places, *p.Hometown), Optional: p.Optional,
				Text:  fmt.Sprintf("%s = %s", p.Name, *p.Hometown),
				Canon: fmt.Sprintf("%s = %s", name, names.spell(names.places, *p.Hometown)), Where: where + "/hometown"})
		}
	}
	for i, e := range r.Events {
		key := resolve(names.events, e.Name)
		where := fmt.Sprintf("/events/%d", i)
		name := names.spell(names.events, e.Name)
		add(Fact{Type: "event", Key: key, Optional: e.Optional, Text: e.Name, Canon: name, Where: where})
		if e.Edition != nil {
			add(Fact{Type: "edition", Key: key + "|" + strconv.Itoa(*e.Edition), Optional: e.Optional,
				Text:  fmt.Sprintf("%s = %d", e.Name, *e.Edition),
				Canon: fmt.Sprintf("%s = %d", name, *e.Edition), Where: where + "/edition"})
		}
	}
	for i, c := range r.Charities {
		add(Fact{Type: "charity", Key: resolve(names.charities, c.Name), Optional: c.Optional, Text: c.Name,
			Canon: names.spell(names.charities, c.Name), Where: fmt.Sprintf("/charities/%d", i)})
	}
	for i, o := range r.Organizations {
		add(Fact{Type: "organization", Key: resolve(names.orgs, o.Name), Optional: o.Optional, Text: o.Name,
			Canon: names.spell(names.orgs, o.Name), Where: fmt.Sprintf("/organizations/%d", i)})
	}
	for i, p := range r.Places {
		add(Fact{Type: "place", Key: resolve(names.places, p.Name), Optional: p.Optional, Text: p.Name,
			Canon: names.spell(names.places, p.Name), Where: fmt.Sprintf("/places/%d", i)})
	}
	for i, res := range r.Results {
		key, text, canon := person(res.Person)
		opt := res.Optional || optPeople[key]
		where := fmt.Sprintf("/results/%d", i)
		if res.Position != nil {
			add(Fact{Type: "result.position", Key: key + "|" + strconv.Itoa(*res.Position), Optional: opt,
				Text:  fmt.Sprintf("%s = %d", text, *res.Position),
				Canon: fmt.Sprintf("%s = %d", canon, *res.Position), Where: where + "/position"})
		}
		if res.Time != nil {
			sec := res.Time.Seconds
			add(Fact{Type: "result.time", Key: key + "|" + formatNum(sec), Optional: opt,
				Text:  fmt.Sprintf("%s = %s (%ss)", text, res.Time.Text, formatNum(sec)),
				Canon: fmt.Sprintf("%s = %s (%ss)", canon, res.Time.Text, formatNum(sec)), Where: where + "/time"})
		}
	}
	for i, f := range r.Fundraising {
		key, text, canon := person(f.Person)
		opt := f.Optional || optPeople[key]
		where := fmt.Sprintf("/fundraising/%d", i)
		switch {
		case f.Charity != nil:
			add(Fact{Type: "fundraising.cause", Key: key + "|" + resolve(names.charities, *f.Charity), Optional: opt,
				Text:  fmt.Sprintf("%s -> %s", text, *f.Charity),
				Canon: fmt.Sprintf("%s -> %s", canon, names.spell(names.charities, *f.Charity)), Where: where + "/charity"})
		case f.Cause != nil:
			add(Fact{Type: "fundraising.cause", Key: key + "|" + Fold(*f.Cause), Optional: opt,
				Text:  fmt.Sprintf("%s -> %q", text, *f.Cause),
				Canon: fmt.Sprintf("%s -> %q", canon, *f.Cause), Where: where + "/cause"})
		}
		if f.Amount != nil {
			add(Fact{Type: "fundraising.amount", Key: key + "|" + formatNum(f.Amount.Value) + "|" + strings.ToUpper(f.Amount.Currency), Optional: opt,
				Text:  fmt.Sprintf("%s = %s %s", text, formatNum(f.Amount.Value), f.Amount.Currency),
				Canon: fmt.Sprintf("%s = %s %s", canon, formatNum(f.Amount.Value), f.Amount.Currency), Where: where + "/amount"})
		}
	}
	for i, q := range r.Quantities {
		f := Fact{Type: "quantity." + q.Kind, Optional: q.Optional, Where: fmt.Sprintf("/quantities/%d", i)}
		norm, unit := "null", ""
		if q.Normalized != nil {
			if q.Normalized.Value != nil {
				v := *q.Normalized.Value
				f.Num = &v
				norm = formatNum(v)
			}
			if q.Normalized.Unit != nil {
				unit = " " + *q.Normalized.Unit
			}
		}
		f.Key = norm
		f.Text = fmt.Sprintf("%q = %s%s", q.Text, norm, unit)
		add(f)
	}
	return out
}

// formatNum writes a number the shortest way that reads it back exactly.
func formatNum(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// String renders a fact as one canonical line: its type, then its text.
func (f Fact) String() string {
	s := fmt.Sprintf("%-20s %s", f.Type, f.Text)
	if f.Optional {
		s += "  (optional)"
	}
	return s
}

// SortFacts orders facts by the FactTypes order, then by text, so that two
// records' facts line up for a diff.
func SortFacts(fs []Fact) {
	rank := map[string]int{}
	for i, t := range FactTypes {
		rank[t] = i
	}
	sort.SliceStable(fs, func(i, j int) bool {
		ri, rj := rank[fs[i].Type], rank[fs[j].Type]
		if ri != rj {
			return ri < rj
		}
		return fs[i].Text < fs[j].Text
	})
}
