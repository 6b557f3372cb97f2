package review

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/racex/racex/check"
	"github.com/racex/racex/schema"
)

// Kind is one colour of the page's highlights.
type Kind struct {
	Class string // CSS class: k-person, k-money, ...
	Label string // what the legend says
	Group string // "entity", "quantity" or "relation"
}

// Kinds lists the highlight kinds in legend order.
var Kinds = []Kind{
	{"k-person", "person", "entity"},
	{"k-norp", "nationality / group", "entity"},
	{"k-event", "event", "entity"},
	{"k-charity", "charity", "entity"},
	{"k-org", "organisation", "entity"},
	{"k-place", "place", "entity"},
	{"k-work", "work of art", "entity"},
	{"k-age", "age", "quantity"},
	{"k-duration", "duration / time", "quantity"},
	{"k-distance", "distance", "quantity"},
	{"k-money", "money", "quantity"},
	{"k-temperature", "temperature", "quantity"},
	{"k-count", "head count", "quantity"},
	{"k-result", "result sentence", "relation"},
	{"k-fundraising", "fundraising sentence", "relation"},
}

var labelClass = map[string]string{
	schema.LabelPerson: "k-person", schema.LabelNORP: "k-norp", schema.LabelEvent: "k-event",
	schema.LabelCharity: "k-charity", schema.LabelOrg: "k-org", schema.LabelGPE: "k-place",
	schema.LabelLoc: "k-place", schema.LabelFac: "k-place", schema.LabelWorkOfArt: "k-work",
}

// Mark is one highlighted span of the article.
type Mark struct {
	ID    int
	Start int
	End   int
	Class string
	// Kind is what the mark is, as a reader says it ("money", "person").
	Kind string
	Text string
	// Value is the normalised value, when the mark is a quantity or names
	// a record entry ("42164.8 m", "Mary Keitany").
	Value string
	// Entries are the record entries the span belongs to (/people/3).
	Entries []string
	// Facts are the facts of those entries, with their status.
	Facts []FactView
	// Status is the worst status among Facts: spurious, else correct.
	Status   string
	Relation bool
	// Missed marks are evidence of annotation facts extraction missed.
	Missed bool
}

// Tip is the one-line hover text of a mark.
func (m *Mark) Tip() string {
	parts := []string{m.Kind}
	if m.Value != "" {
		parts = append(parts, m.Value)
	}
	for _, f := range m.Facts {
		s := f.Type + ": " + f.Text
		if f.Status != "" {
			s += " (" + f.Status + ")"
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " · ")
}

// Segment is a run of text covered by the same marks.
type Segment struct {
	Text  string
	Marks []int // ids of the covering marks, innermost first
	Class string
	Tip   string
	// Anchors are the ids of the marks that start here (m-N), each given
	// to an empty element before the run so links can reach every mark.
	Anchors []string
}

// MarkIDs is the data-m attribute value.
func (s Segment) MarkIDs() string {
	ids := make([]string, len(s.Marks))
	for i, m := range s.Marks {
		ids[i] = strconv.Itoa(m)
	}
	return strings.Join(ids, " ")
}

// buildMarks collects every span the record gives, merging marks with the
// same span and kind, and adds the evidence of missed facts.
func buildMarks(text string, rec *schema.Record, cmp *Comparison) []*Mark {
	factsOf := map[string][]FactView{}
	for _, f := range cmp.Facts {
		if p, ok := ParsePointer(f.Pointer); ok {
			factsOf[p.Entry()] = append(factsOf[p.Entry()], f)
		}
	}
	var marks []*Mark
	byKey := map[string]*Mark{}
	add := func(start, end int, class, kind, value, entry string, relation bool) {
		if !validSpan(text, start, end) {
			return
		}
		key := fmt.Sprintf("%d:%d:%s", start, end, class)
		m := byKey[key]
		if m == nil {
			m = &Mark{ID: len(marks), Start: start, End: end, Class: class, Kind: kind, Text: text[start:end], Relation: relation}
			byKey[key] = m
			marks = append(marks, m)
		}
		if value != "" && m.Value == "" {
			m.Value = value
		}
		if entry != "" && !contains(m.Entries, entry) {
			m.Entries = append(m.Entries, entry)
			m.Facts = append(m.Facts, factsOf[entry]...)
		}
	}
	for _, e := range rec.Entities {
		class := labelClass[e.Label]
		if class == "" {
			class = "k-org"
		}
		add(e.Start, e.End, class, kindLabel(class), "", "", false)
	}
	for i, p := range rec.People {
		for _, s := range p.Mentions {
			add(s.Start, s.End, "k-person", "person", p.Name, fmt.Sprintf("/people/%d", i), false)
		}
	}
	for i, e := range rec.Events {
		for _, s := range e.Mentions {
			add(s.Start, s.End, "k-event", "event", e.Name, fmt.Sprintf("/events/%d", i), false)
		}
	}
	for i, c := range rec.Charities {
		for _, s := range c.Mentions {
			add(s.Start, s.End, "k-charity", "charity", c.Name, fmt.Sprintf("/charities/%d", i), false)
		}
	}
	for i, o := range rec.Organizations {
		for _, s := range o.Mentions {
			add(s.Start, s.End, "k-org", "organisation", o.Name, fmt.Sprintf("/organizations/%d", i), false)
		}
	}
	for i, p := range rec.Places {
		for _, s := range p.Mentions {
			add(s.Start, s.End, "k-place", "place", p.Name, fmt.Sprintf("/places/%d", i), false)
		}
	}
	for i, q := range rec.Quantities {
		if q.Span == nil {
			continue
		}
		class := "k-" + q.Kind
		if !knownClass(class) {
			class = "k-count"
		}
		add(q.Span.Start, q.Span.End, class, q.Kind, quantityValue(q), fmt.Sprintf("/quantities/%d", i), false)
	}
	for i, r := range rec.Results {
		if r.Span != nil {
			add(r.Span.Start, r.Span.End, "k-result", "result", resultValue(r), fmt.Sprintf("/results/%d", i), true)
		}
	}
	for i, f := range rec.Fundraising {
		if f.Span != nil {
			add(f.Span.Start, f.Span.End, "k-fundraising", "fundraising", fundraisingValue(f), fmt.Sprintf("/fundraising/%d", i), true)
		}
	}
	// An entity mention with no entry of its own stands for the entry
	// whose name or alias it spells (records need not give mentions).
	byName := entryNames(rec)
	for _, m := range marks {
		if len(m.Entries) > 0 || m.Relation {
			continue
		}
		key := schema.Fold(m.Text)
		for _, section := range sectionOrder(m.Class) {
			if e, ok := byName[section][key]; ok {
				m.Entries = append(m.Entries, e.pointer)
				m.Facts = append(m.Facts, factsOf[e.pointer]...)
				if m.Value == "" {
					m.Value = e.name
				}
				break
			}
		}
	}
	// A fact whose value the record places at a span of its own (a
	// person's age at the age quantity) belongs to the mark there too.
	views := map[string]FactView{}
	for _, f := range cmp.Facts {
		views[f.Pointer] = f
	}
	for _, f := range schema.Facts(rec, nil) {
		fv, ok := views[f.Where]
		if !ok {
			continue
		}
		value, _ := schema.Provenance(rec, f)
		for _, s := range value {
			if !validSpan(text, s.Start, s.End) {
				continue
			}
			for _, m := range marks {
				if m.Start == s.Start && m.End == s.End && !hasFact(m.Facts, fv) {
					m.Facts = append(m.Facts, fv)
				}
			}
		}
	}
	for _, m := range marks {
		m.Status = worst(m.Facts)
	}
	for i, f := range cmp.Missed {
		for _, ev := range f.Evidence {
			if !validSpan(text, ev.Start, ev.End) {
				continue
			}
			m := &Mark{
				ID: len(marks), Start: ev.Start, End: ev.End, Class: "k-missed",
				Kind: "missed by the extraction", Text: text[ev.Start:ev.End],
				Facts: []FactView{f}, Status: StatusMissed, Missed: true,
			}
			if cmp.Missed[i].Anchor == "" {
				cmp.Missed[i].Anchor = fmt.Sprintf("m-%d", m.ID)
			}
			marks = append(marks, m)
		}
	}
	return marks
}

// validSpan says whether [start, end) lies inside text on character
// boundaries; a faulty record's other spans must not break the page.
func validSpan(text string, start, end int) bool {
	return start >= 0 && start < end && end <= len(text) &&
		utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end]))
}

func hasFact(fs []FactView, f FactView) bool {
	for _, x := range fs {
		if x.Pointer == f.Pointer {
			return true
		}
	}
	return false
}

func knownClass(c string) bool {
	for _, k := range Kinds {
		if k.Class == c {
			return true
		}
	}
	return false
}

func kindLabel(class string) string {
	for _, k := range Kinds {
		if k.Class == class {
			return k.Label
		}
	}
	return class
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func worst(fs []FactView) string {
	st := ""
	for _, f := range fs {
		switch f.Status {
		case StatusSpurious:
			return StatusSpurious
		case StatusCorrect:
			st = StatusCorrect
		case StatusOptional:
			if st == "" {
				st = StatusOptional
			}
		}
	}
	return st
}

// segments cuts text at every mark boundary. Each run carries the marks
// covering it, innermost (shortest) first; its colour is the innermost
// non-relation mark's, and relation marks and statuses add classes.
func segments(text string, marks []*Mark) []Segment {
	cuts := map[int]bool{0: true, len(text): true}
	for _, m := range marks {
		cuts[m.Start] = true
		cuts[m.End] = true
	}
	pos := make([]int, 0, len(cuts))
	for c := range cuts {
		pos = append(pos, c)
	}
	sort.Ints(pos)
	sorted := append([]*Mark(nil), marks...)
	sort.SliceStable(sorted, func(i, j int) bool {
		return sorted[i].End-sorted[i].Start < sorted[j].End-sorted[j].Start
	})
	started := map[int]bool{}
	var out []Segment
	for i := 0; i+1 < len(pos); i++ {
		a, b := pos[i], pos[i+1]
		seg := Segment{Text: text[a:b]}
		var classes []string
		colour, relation, spurious, missed, correct := "", "", false, false, false
		var tips []string
		for _, m := range sorted {
			if m.Start > a || m.End < b {
				continue
			}
			seg.Marks = append(seg.Marks, m.ID)
			if !started[m.ID] {
				started[m.ID] = true
				seg.Anchors = append(seg.Anchors, fmt.Sprintf("m-%d", m.ID))
			}
			switch {
			case m.Missed:
				missed = true
			case m.Relation:
				if relation == "" {
					relation = "rel-" + strings.TrimPrefix(m.Class, "k-")
				}
			case colour == "":
				colour = m.Class
			}
			switch m.Status {
			case StatusSpurious:
				spurious = true
			case StatusCorrect:
				correct = true
			}
			if len(tips) < 3 {
				tips = append(tips, m.Tip())
			}
		}
		if len(seg.Marks) > 0 {
			classes = append(classes, "mk")
			if colour != "" {
				classes = append(classes, colour)
			}
			if relation != "" {
				classes = append(classes, relation)
			}
			if missed {
				classes = append(classes, "st-missed")
				if colour == "" {
					// Text the extraction left bare: tint it too.
					classes = append(classes, "bare")
				}
			}
			if spurious {
				classes = append(classes, "st-spurious")
			} else if correct {
				classes = append(classes, "st-correct")
			}
			seg.Class = strings.Join(classes, " ")
			seg.Tip = strings.Join(tips, "\n")
		}
		out = append(out, seg)
	}
	return out
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func quantityValue(q schema.Quantity) string {
	var b strings.Builder
	if q.Qualifier != nil {
		b.WriteString(*q.Qualifier + " ")
	}
	if q.Normalized != nil && q.Normalized.Value != nil {
		b.WriteString(num(*q.Normalized.Value))
		if q.Normalized.Unit != nil {
			b.WriteString(" " + *q.Normalized.Unit)
		}
	} else if q.Value != nil {
		b.WriteString(num(*q.Value))
		if q.Unit != nil {
			b.WriteString(" " + *q.Unit)
		}
	} else {
		b.WriteString("no value")
	}
	if q.About != nil {
		b.WriteString(" — about " + *q.About)
	}
	return b.String()
}

func resultValue(r schema.Result) string {
	var parts []string
	if r.Person != nil {
		parts = append(parts, *r.Person)
	}
	if r.Position != nil {
		parts = append(parts, check.Ordinal(*r.Position))
	}
	if r.Time != nil {
		parts = append(parts, r.Time.Text)
	}
	if r.Event != nil {
		parts = append(parts, "in "+*r.Event)
	}
	return strings.Join(parts, " ")
}

func fundraisingValue(f schema.Fundraising) string {
	var parts []string
	if f.Person != nil {
		parts = append(parts, *f.Person)
	}
	if f.Charity != nil {
		parts = append(parts, "for "+*f.Charity)
	} else if f.Cause != nil {
		parts = append(parts, "for "+*f.Cause)
	}
	if f.Amount != nil {
		parts = append(parts, num(f.Amount.Value)+" "+f.Amount.Currency)
	}
	if f.Status != nil {
		parts = append(parts, "("+*f.Status+")")
	}
	return strings.Join(parts, " ")
}

// entryJSON is an annotation entry as the edit form reads it.
func entryJSON(gold *schema.Record, pointer string) string {
	if gold == nil {
		return ""
	}
	p, ok := ParsePointer(pointer)
	if !ok {
		return ""
	}
	v := entryAt(gold, p)
	if v == nil {
		return ""
	}
	data, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(data)
}

// entryAt returns the entry p points at, or nil.
func entryAt(r *schema.Record, p Pointer) any {
	i := p.Index
	switch p.Section {
	case "people":
		if i < len(r.People) {
			return r.People[i]
		}
	case "events":
		if i < len(r.Events) {
			return r.Events[i]
		}
	case "charities":
		if i < len(r.Charities) {
			return r.Charities[i]
		}
	case "organizations":
		if i < len(r.Organizations) {
			return r.Organizations[i]
		}
	case "places":
		if i < len(r.Places) {
			return r.Places[i]
		}
	case "results":
		if i < len(r.Results) {
			return r.Results[i]
		}
	case "fundraising":
		if i < len(r.Fundraising) {
			return r.Fundraising[i]
		}
	case "quantities":
		if i < len(r.Quantities) {
			return r.Quantities[i]
		}
	}
	return nil
}

type named struct{ pointer, name string }

// entryNames indexes each section's entries by folded name and alias.
func entryNames(rec *schema.Record) map[string]map[string]named {
	out := map[string]map[string]named{}
	add := func(section string, i int, name string, aliases []string) {
		if out[section] == nil {
			out[section] = map[string]named{}
		}
		e := named{fmt.Sprintf("/%s/%d", section, i), name}
		for _, n := range append([]string{name}, aliases...) {
			if _, taken := out[section][schema.Fold(n)]; !taken {
				out[section][schema.Fold(n)] = e
			}
		}
	}
	for i, p := range rec.People {
		add("people", i, p.Name, p.Aliases)
	}
	for i, e := range rec.Events {
		add("events", i, e.Name, e.Aliases)
	}
	for i, c := range rec.Charities {
		add("charities", i, c.Name, c.Aliases)
	}
	for i, o := range rec.Organizations {
		add("organizations", i, o.Name, o.Aliases)
	}
	for i, p := range rec.Places {
		add("places", i, p.Name, p.Aliases)
	}
	return out
}

// sectionOrder is where to look up a mention of a highlight kind: its own
// section first, then the others (a tagger's label can be wrong where the
// record's section is right).
func sectionOrder(class string) []string {
	first := map[string]string{
		"k-person": "people", "k-event": "events", "k-charity": "charities",
		"k-org": "organizations", "k-place": "places",
	}[class]
	out := []string{}
	if first != "" {
		out = append(out, first)
	}
	for _, s := range []string{"people", "events", "charities", "organizations", "places"} {
		if s != first {
			out = append(out, s)
		}
	}
	return out
}
