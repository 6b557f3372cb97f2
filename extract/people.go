package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/extract/gazetteer"
	"github.com/racex/racex/schema"
)

// The people stage merges PERSON mentions into individuals and writes the
// record's people, events, charities, organisations and places.
//
// Full names come first, in text order: the same name (folded) is the same
// person, and so is a longer form with the same first and last words. A
// single word is the person whose surname (or, failing that, first name)
// it is; when two people share it, the one introduced first. "George and
// Charley Phillips" is two people. "The 24-year-old", "the Dane" and "the
// pair" are added to the mentions of the person (or two) named last
// before them, for the relations stage.

// person is an individual being built, with the order of its first
// mention.
type person struct {
	ind   *Individual
	words []string // words of the canonical name, folded
	first int      // byte offset of the first mention
	forms map[string]bool
}

func peopleStage(p *Pipeline, d *Doc) {
	notes := map[int]*entity{}
	for _, e := range d.ents {
		notes[e.start] = e
	}
	type pm struct {
		name string
		span schema.Span
		note *entity
	}
	var full, initialed, single []pm
	money := moneySpans(d)
	// The surnames of the people named in full: "Lascelles, Grieve and Tim
	// Booth" after "Sam Lascelles" and "Ian Grieve" is three runners, not
	// three Booths.
	surnames := map[string]bool{}
	for _, m := range d.Mentions {
		if f := strings.Fields(m.Text); m.Label == schema.LabelPerson && len(f) >= 2 && !strings.Contains(m.Text, " and ") {
			surnames[schema.Fold(f[len(f)-1])] = true
		}
	}
	for _, m := range d.Mentions {
		if m.Label != schema.LabelPerson || money.covers(m) {
			continue
		}
		note := notes[m.Start]
		name := strings.TrimSpace(m.Text)
		if note != nil && note.end == m.End {
			name = note.personName(d)
		} else {
			// A results row's name: "Capt T Hargreaves", "OKORO Daniel".
			note = &entity{}
			name = personFromRow(name)
			name = stripTitles(p.gaz, name, note)
		}
		span := schema.Span{Start: m.Start, End: m.End}
		// "George and Charley Phillips": two people sharing a surname.
		if a, b, ok := strings.Cut(name, " and "); ok && len(strings.Fields(a)) == 1 && len(strings.Fields(b)) == 2 && surnames[schema.Fold(a)] {
			// "Grieve and Tim Booth": a surname named before, then a
			// full name.
			single = append(single, pm{a, schema.Span{Start: m.Start, End: m.Start + len(a)}, note})
			full = append(full, pm{b, schema.Span{Start: m.End - len(b), End: m.End}, note})
			continue
		}
		if a, b, ok := strings.Cut(name, " and "); ok && len(strings.Fields(a)) == 1 && len(strings.Fields(b)) == 2 {
			sur := strings.Fields(b)[1]
			// "Mia, Jake and Ollie Turner": a first name before a comma
			// shares the surname too.
			for k := len(single) - 1; k >= 0; k-- {
				sm := single[k]
				if sm.span.End+2 == m.Start && d.Text[sm.span.End:m.Start] == ", " && len(strings.Fields(sm.name)) == 1 && !surnames[schema.Fold(sm.name)] {
					full = append(full, pm{sm.name + " " + sur, sm.span, sm.note})
					single = append(single[:k], single[k+1:]...)
				}
				break
			}
			full = append(full, pm{a + " " + sur, schema.Span{Start: m.Start, End: m.Start + len(a)}, note})
			full = append(full, pm{b, schema.Span{Start: m.End - len(b), End: m.End}, note})
			continue
		}
		if initialOf(name) != "" {
			initialed = append(initialed, pm{name, span, note})
		} else if len(strings.Fields(name)) >= 2 {
			full = append(full, pm{name, span, note})
		} else {
			single = append(single, pm{name, span, note})
		}
	}
	var people []*person
	byName := map[string]*person{}
	addForm := func(pp *person, form string, span schema.Span, note *entity) {
		pp.ind.Mentions = append(pp.ind.Mentions, span)
		pp.forms[form] = true
		if note != nil {
			for _, t := range note.titles {
				addUnique(&pp.ind.Titles, t)
			}
			if note.titleForm != "" {
				pp.forms[note.titleForm+" "+form] = true
			}
			if note.descriptor != "" {
				addUnique(&pp.ind.Descriptors, note.descriptor)
			}
			if note.role != "" {
				addUnique(&pp.ind.Roles, note.role)
			}
		}
	}
	for _, f := range full {
		k := gazetteer.Fold(f.name)
		pp := byName[k]
		if pp == nil {
			ws := strings.Fields(k)
			for _, o := range people {
				if len(o.words) >= 2 && o.words[0] == ws[0] && o.words[len(o.words)-1] == ws[len(ws)-1] {
					pp = o
					break
				}
				// "Daniel Kiprono" in a results line and "Daniel Kiprono
				// Mutai" in the prose: a third name written or left off.
				if short, long := shorterLonger(o.words, ws); len(short) == 2 && len(long) == 3 && short[0] == long[0] && short[1] == long[1] {
					pp = o
					break
				}
			}
		}
		if pp == nil {
			pp = &person{ind: &Individual{Name: f.name}, words: strings.Fields(k), first: f.span.Start, forms: map[string]bool{}}
			people = append(people, pp)
		} else if len(f.name) > len(pp.ind.Name) && len(strings.Fields(k)) > len(pp.words) {
			pp.ind.Name = f.name
			pp.words = strings.Fields(k)
		}
		byName[k] = pp
		addForm(pp, f.name, f.span, f.note)
	}
	// "K Mensah", "C. Fraser": the person with that surname and initial.
	for _, f := range initialed {
		ini := initialOf(f.name)
		ws := strings.Fields(gazetteer.Fold(f.name))
		sur := ws[len(ws)-1]
		var pp *person
		for _, o := range people {
			if len(o.words) > 1 && o.words[len(o.words)-1] == sur && strings.HasPrefix(o.words[0], ini) && len(o.words[0]) > 2 {
				pp = o
				break
			}
		}
		if pp == nil {
			k := gazetteer.Fold(f.name)
			pp = byName[k]
			if pp == nil {
				pp = &person{ind: &Individual{Name: f.name}, words: ws, first: f.span.Start, forms: map[string]bool{}}
				people = append(people, pp)
				byName[k] = pp
			}
		}
		addForm(pp, f.name, f.span, f.note)
	}
	for _, s := range single {
		k := gazetteer.Fold(s.name)
		var pp *person
		for _, try := range []func(o *person) bool{
			func(o *person) bool { return len(o.words) > 1 && o.words[len(o.words)-1] == k },
			func(o *person) bool { return len(o.words) > 1 && lastHyphenPart(o.words[len(o.words)-1]) == k },
			func(o *person) bool { return len(o.words) > 1 && o.words[0] == k },
			// "Kiprono" for Daniel Kiprono Mutai: East African names go
			// by the middle one as often as the last.
			func(o *person) bool { return len(o.words) == 3 && o.words[1] == k },
			func(o *person) bool { return len(o.words) == 1 && o.words[0] == k },
		} {
			for _, o := range people {
				if try(o) && (pp == nil || o.first < pp.first) {
					pp = o
				}
			}
			if pp != nil {
				break
			}
		}
		if pp == nil {
			pp = &person{ind: &Individual{Name: s.name}, words: []string{k}, first: s.span.Start, forms: map[string]bool{}}
			people = append(people, pp)
		}
		addForm(pp, s.name, s.span, s.note)
	}
	// "Ní Bhriain" after "Aoife Ní Bhriain": a name that ends another is
	// that person.
	var kept []*person
	for _, pp := range people {
		var into *person
		for _, o := range people {
			if o != pp && len(o.words) > len(pp.words) && len(pp.words) >= 2 && endsWithWords(o.words, pp.words) {
				into = o
				break
			}
		}
		if into == nil {
			kept = append(kept, pp)
			continue
		}
		into.ind.Mentions = append(into.ind.Mentions, pp.ind.Mentions...)
		for f := range pp.forms {
			into.forms[f] = true
		}
		for _, t := range pp.ind.Titles {
			addUnique(&into.ind.Titles, t)
		}
		into.first = min(into.first, pp.first)
	}
	people = kept
	sort.SliceStable(people, func(i, j int) bool { return people[i].first < people[j].first })
	for _, pp := range people {
		sort.Slice(pp.ind.Mentions, func(i, j int) bool { return pp.ind.Mentions[i].Start < pp.ind.Mentions[j].Start })
		canon := gazetteer.Fold(pp.ind.Name)
		for f := range pp.forms {
			if gazetteer.Fold(f) != canon {
				addUnique(&pp.ind.Aliases, f)
			}
		}
		sort.Strings(pp.ind.Aliases)
		d.Individuals = append(d.Individuals, pp.ind)
	}
	coreference(p, d)
	for _, ind := range d.Individuals {
		roles(d, ind)
		d.Record.People = append(d.Record.People, schema.Person{
			Name: ind.Name, Aliases: orEmpty(ind.Aliases), Titles: ind.Titles, Descriptors: ind.Descriptors,
			Roles: ind.Roles, Mentions: ind.Mentions,
		})
	}
	namedThings(p, d)
}

// personFromRow turns a results row's surname-first capitals ("OKORO
// Daniel") into a name ("Daniel Okoro").
func personFromRow(name string) string {
	// "Smith, John" and "HARVEY, Tom": surname first with a comma.
	if sur, given, ok := strings.Cut(name, ", "); ok && len(strings.Fields(sur)) == 1 && given != "" && !strings.Contains(given, ",") {
		if allUpper(sur) {
			sur = titleCase(sur)
		}
		return given + " " + sur
	}
	ws := strings.Fields(name)
	if len(ws) == 2 && allUpper(ws[0]) && utf8.RuneCountInString(ws[0]) > 1 && !allUpper(ws[1]) {
		return ws[1] + " " + titleCase(ws[0])
	}
	return name
}

// initialOf returns the lower-cased first initial of a name written as
// initials and a surname ("K Mensah", "C. Fraser", "J.R. Smith"), or "".
func initialOf(name string) string {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return ""
	}
	for _, w := range ws[:len(ws)-1] {
		w = strings.ReplaceAll(w, ".", "")
		if utf8.RuneCountInString(w) > 2 || !allUpper(w) {
			return ""
		}
	}
	r, _ := utf8.DecodeRuneInString(ws[0])
	return strings.ToLower(string(r))
}

// stripTitles takes ranks and titles off the front of a name written in a
// results row, noting them: "Capt T Hargreaves" is T Hargreaves, a
// Captain.
func stripTitles(g *gazetteer.Gazetteer, name string, note *entity) string {
	ws := strings.Fields(name)
	for len(ws) > 1 {
		done := false
		for n := min(3, len(ws)-1); n >= 1; n-- {
			form := strings.Join(ws[:n], " ")
			if t, ok := g.Title(form); ok && t.Kind != "postnominal" {
				note.titles = append(note.titles, t.Canonical)
				note.titleForm = form
				ws = ws[n:]
				done = true
				break
			}
		}
		if !done {
			break
		}
	}
	return strings.Join(ws, " ")
}

func endsWithWords(long, short []string) bool {
	off := len(long) - len(short)
	for i := range short {
		if long[off+i] != short[i] {
			return false
		}
	}
	return true
}

func lastHyphenPart(w string) string {
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		return w[i+1:]
	}
	return w
}

func addUnique(list *[]string, s string) {
	for _, x := range *list {
		if strings.EqualFold(x, s) {
			return
		}
	}
	*list = append(*list, s)
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// spans are byte spans sorted by start, none inside another; covers tells
// whether one of them holds a mention, by binary search (an article of a
// million bytes has tens of thousands of mentions and quantities).
type spans []schema.Span

// moneySpans returns the spans of the record's amounts of money: a PERSON
// mention inside one ("Rs" in "said Rs 1.2 crore had been raised") is no
// person.
func moneySpans(d *Doc) spans {
	var out spans
	for _, q := range d.Record.Quantities {
		if q.Kind == schema.KindMoney && q.Span != nil {
			out = append(out, *q.Span)
		}
	}
	slices.SortFunc(out, func(a, b schema.Span) int { return a.Start - b.Start })
	return out
}

// covers reports whether a span holds all of m.
func (ss spans) covers(m schema.Mention) bool {
	// The last span starting at or before m.Start is the only candidate
	// when spans do not nest; check a few before it in case they do.
	i, _ := slices.BinarySearchFunc(ss, m.Start+1, func(s schema.Span, pos int) int { return s.Start - pos })
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if ss[k].Start <= m.Start && m.End <= ss[k].End {
			return true
		}
	}
	return false
}

// coreference adds "the 24-year-old", "the Dane", "the pair" and
// "compatriot" to the person (or people) named last before them.
func coreference(p *Pipeline, d *Doc) {
	if len(d.Individuals) == 0 {
		return
	}
	// Every person mention in text order.
	type at struct {
		start int
		ind   *Individual
	}
	var order []at
	for _, ind := range d.Individuals {
		for _, m := range ind.Mentions {
			order = append(order, at{m.Start, ind})
		}
	}
	sort.Slice(order, func(i, j int) bool { return order[i].start < order[j].start })
	lastBefore := func(pos int, skip *Individual) *Individual {
		for k := len(order) - 1; k >= 0; k-- {
			if order[k].start < pos && order[k].ind != skip {
				return order[k].ind
			}
		}
		return nil
	}
	for i := 0; i+1 < len(d.Tokens); i++ {
		if !strings.EqualFold(d.Tokens[i].Text, "the") {
			continue
		}
		t := d.Tokens[i+1]
		span := schema.Span{Start: d.Tokens[i].Start, End: t.End}
		switch {
		case strings.HasSuffix(strings.ToLower(t.Text), "-year-old") && !nextIsCapital(d, nounsAfter(p, d, i+2)) && !appositiveAfter(d, i+2):
			if ind := lastBefore(span.Start, nil); ind != nil && d.IndividualAt(span.Start, span.End) == nil {
				ind.Mentions = insertSpan(ind.Mentions, span)
			}
		case strings.EqualFold(t.Text, "pair") || strings.EqualFold(t.Text, "duo"):
			a := lastBefore(span.Start, nil)
			if a == nil {
				continue
			}
			b := lastBefore(span.Start, a)
			for _, ind := range []*Individual{a, b} {
				if ind != nil {
					ind.Mentions = insertSpan(ind.Mentions, span)
				}
			}
		}
	}
	for _, e := range d.ents {
		// "the Dane": a demonym after "the" with no name after it.
		if e.label != schema.LabelNORP || e.first == 0 || !strings.EqualFold(d.Tokens[e.first-1].Text, "the") {
			continue
		}
		// "The Kenyan policeman Elias Mutai" names a new person.
		if nextIsCapital(d, nounsAfter(p, d, e.last)) {
			continue
		}
		// "The Kenyan favourite, Faith Jerotich,": the name in apposition
		// is the person.
		if appositiveName(d, e.last) {
			continue
		}
		// "the Dutch pair of A and B": the demonym is the group's.
		if e.last+1 < len(d.Tokens) && pairNouns[strings.ToLower(d.Tokens[e.last].Text)] && strings.EqualFold(d.Tokens[e.last+1].Text, "of") {
			continue
		}
		var ind *Individual
		for k := len(order) - 1; k >= 0 && ind == nil; k-- {
			if o := order[k]; o.start < e.start && o.start > e.start-1500 && introducedAs(d, o.start, e.country) {
				ind = o.ind
			}
		}
		if ind == nil {
			ind = lastBefore(e.start, nil)
		}
		if ind != nil {
			ind.Mentions = insertSpan(ind.Mentions, schema.Span{Start: d.Tokens[e.first-1].Start, End: e.end})
			addUnique(&ind.Descriptors, "the "+e.text(d))
		}
	}
}

// nounsAfter skips the occupation nouns from token i on ("policeman",
// "police officer", "long-distance runner") and returns the token after
// them.
func nounsAfter(p *Pipeline, d *Doc, i int) int {
	// "the Scottish fell runner Iain Ross": lower-case words ending in an
	// occupation noun, then a name.
	k := i
	for k < len(d.Tokens) && k < i+3 && isWordTok(d.Tokens[k].Text) && !nextIsCapital(d, k) {
		k++
	}
	if k > i && nextIsCapital(d, k) {
		if _, ok := p.gaz.Occupation(d.Tokens[k-1].Text); ok {
			return k
		}
	}
	for steps := 0; steps < 3 && i < len(d.Tokens); steps++ {
		matched := 0
		for n := 3; n >= 1 && matched == 0; n-- {
			if i+n > len(d.Tokens) {
				continue
			}
			words := make([]string, n)
			for k := range words {
				words[k] = d.Tokens[i+k].Text
			}
			if _, ok := p.gaz.Occupation(strings.Join(words, " ")); ok && !nextIsCapital(d, i) {
				matched = n
			}
		}
		if matched == 0 {
			return i
		}
		i += matched
	}
	return i
}

func nextIsCapital(d *Doc, i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(d.Tokens[i].Text)
	return unicode.IsUpper(r)
}

func insertSpan(list []schema.Span, s schema.Span) []schema.Span {
	list = append(list, s)
	sort.Slice(list, func(i, j int) bool { return list[i].Start < list[j].Start })
	return list
}

// roles guesses a person's roles from their occupation and the words
// around their mentions.
func roles(d *Doc, ind *Individual) {
	for _, r := range d.Rows {
		for _, m := range ind.Mentions {
			if r.NameSpan.Start == m.Start {
				addUnique(&ind.Roles, "athlete")
			}
		}
	}
	for _, m := range ind.Mentions {
		si := d.SentenceAt(m.Start)
		if si < 0 {
			continue
		}
		s := strings.ToLower(d.Text[d.Sentences[si].Start:d.Sentences[si].End])
		switch {
		case containsAny(s, " won ", " win ", " finished ", " clocked ", " second in ", " third in ", " beat ", " runner-up", " record"):
			if !has(ind.Roles, "runner") {
				addUnique(&ind.Roles, "athlete")
			}
		case has(ind.Roles, "official") && !containsAny(s, " ran ", "running for", "ran for"):
			// An organiser speaking of the event's money raises none.
		case containsAny(s, "running for", "running in aid", "raise", "raising", "ran for"):
			addUnique(&ind.Roles, "runner")
			addUnique(&ind.Roles, "fundraiser")
		case containsAny(s, " ran ", " running ", " run "):
			addUnique(&ind.Roles, "runner")
		}
	}
	if len(ind.Roles) == 0 {
		ind.Roles = []string{"other"}
	}
}

func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// group collects the mentions of one named thing.
type group struct {
	name    string
	forms   []string
	kind    string
	country string
	spans   []schema.Span
	first   int
	edition int
	loc     string
	plain   string // an event's name without division words
}

// namedThings writes the record's events, charities, organisations and
// places, one entry per name.
func namedThings(p *Pipeline, d *Doc) {
	g := p.gaz
	groups := map[string]map[string]*group{}
	var order []*group
	get := func(class, key, name string, start int) *group {
		if groups[class] == nil {
			groups[class] = map[string]*group{}
		}
		gr := groups[class][key]
		if gr == nil {
			gr = &group{name: name, first: start}
			groups[class][key] = gr
			order = append(order, gr)
		}
		return gr
	}
	classOf := map[*group]string{}
	ents := d.ents
	// Clubs the lists stage read from results rows.
	have := map[int]bool{}
	for _, e := range ents {
		have[e.start] = true
	}
	// ("(Bristol & West)": a row's club replaces the shorter names the
	// prose rules cut from it, such as the place "Bristol".)
	superseded := map[*entity]bool{}
	byStart := slices.Clone(d.ents)
	sort.Slice(byStart, func(i, j int) bool { return byStart[i].start < byStart[j].start })
	for _, m := range d.Mentions {
		if m.Label != schema.LabelOrg {
			continue
		}
		k := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= m.Start })
		for ; k < len(byStart) && byStart[k].start < m.End; k++ {
			e := byStart[k]
			if e.end <= m.End && (e.start != m.Start || e.end != m.End) && e.label != schema.LabelPerson {
				superseded[e] = true
				have[m.Start] = false
			}
		}
	}
	if len(superseded) > 0 {
		var kept []*entity
		for _, e := range ents {
			if !superseded[e] {
				kept = append(kept, e)
			}
		}
		ents = kept
	}
	for _, m := range d.Mentions {
		if m.Label == schema.LabelOrg && !have[m.Start] {
			ents = append(ents, &entity{label: schema.LabelOrg, kind: "club", start: m.Start, end: m.End, first: -1})
		}
		// A fundraising table's charity cell.
		if m.Label == schema.LabelCharity && !have[m.Start] {
			ents = append(ents, &entity{label: schema.LabelCharity, start: m.Start, end: m.End, first: -1})
		}
	}
	for _, e := range ents {
		text := e.text(d)
		span := schema.Span{Start: e.start, End: e.end}
		var class, name string
		switch e.label {
		case schema.LabelEvent:
			class, name = "event", canonicalEvent(g, d, e, false)
		case schema.LabelCharity:
			class, name = "charity", stripThe(text)
			if e.name != "" {
				name = e.name
			}
		case schema.LabelOrg:
			class, name = "org", stripThe(text)
			if e.name != "" {
				name = e.name
			}
		case schema.LabelGPE, schema.LabelLoc, schema.LabelFac:
			class, name = "place", text
			if e.name != "" {
				name = e.name
			}
		default:
			continue
		}
		key := gazetteer.Fold(name)
		// A table's other names join its entry ("Macmillan", "BHF").
		if class == "charity" || class == "org" {
			for _, te := range g.Lookup(name) {
				if te.Class == "charity" || te.Class == "media" || te.Class == "sponsor" {
					key = gazetteer.Fold(te.Name)
				}
			}
		}
		gr := get(class, key, name, e.start)
		classOf[gr] = class
		gr.forms = append(gr.forms, text)
		gr.spans = append(gr.spans, span)
		if gr.kind == "" {
			gr.kind = e.kind
		}
		if gr.country == "" {
			gr.country = e.country
		}
		// The fullest written form names the entry.
		if class != "event" && len(stripThe(text)) > len(gr.name) && e.name == "" && !allUpper(text) {
			gr.name = stripThe(text)
		}
		if class == "place" && allUpper(gr.name) && !allUpper(text) {
			gr.name = text
		}
		if class == "event" && e.first >= 0 {
			gr.plain = canonicalEvent(g, d, e, true)
			if ed := editionBefore(d, e.first, e.last); ed > 0 && gr.edition == 0 {
				gr.edition = ed
			}
		}
	}
	// "London Virgin Wheelchair Marathon" is the London Marathon when that
	// is named too; alone, "Kitakyushu International Wheelchair Marathon"
	// keeps its name.
	merged := map[*group]bool{}
	if evs := groups["event"]; evs != nil {
		for _, gr := range order {
			if classOf[gr] != "event" || gr.plain == "" || gazetteer.Fold(gr.plain) == gazetteer.Fold(gr.name) {
				continue
			}
			if into, ok := evs[gazetteer.Fold(gr.plain)]; ok && into != gr {
				into.forms = append(into.forms, gr.forms...)
				into.spans = append(into.spans, gr.spans...)
				if into.edition == 0 {
					into.edition = gr.edition
				}
				merged[gr] = true
			}
		}
	}
	// A club written short ("Birchfield" for Birchfield Harriers) is the
	// club whose name starts with it.
	if orgs := groups["org"]; orgs != nil {
		for _, gr := range order {
			// ("Kansas" and "Kansas State" are two schools' teams.)
			if classOf[gr] != "org" || merged[gr] || gr.kind == "team" {
				continue
			}
			short := gazetteer.Fold(gr.name) + " "
			for _, o := range order {
				// "a Marquette University graduate student" and the
				// "Marquette University Running Club" are two bodies: a
				// short name of a kind of its own (a university, a
				// hospital, a police force) is not the club named after it.
				if gr.kind != "" && o.kind != "" && gr.kind != o.kind {
					continue
				}
				if o != gr && classOf[o] == "org" && !merged[o] && strings.HasPrefix(gazetteer.Fold(o.name), short) {
					o.forms = append(o.forms, gr.forms...)
					o.spans = append(o.spans, gr.spans...)
					merged[gr] = true
					break
				}
			}
		}
	}
	// "the 49th edition of the race", "in its ninth year": the event
	// named last before it, or the first event.
	var events []*group
	for _, gr := range order {
		if classOf[gr] == "event" && !merged[gr] {
			events = append(events, gr)
		}
	}
	if len(events) > 0 {
		for _, ed := range editionPhrases(d) {
			target, at := events[0], -1
			for _, ev := range events {
				for _, sp := range ev.spans {
					if sp.Start < ed.pos && sp.Start > at {
						target, at = ev, sp.Start
					}
				}
			}
			if target.edition == 0 {
				target.edition = ed.n
			}
		}
	}
	places := map[string]*group{}
	for _, gr := range order {
		if classOf[gr] == "place" {
			places[gazetteer.Fold(gr.name)] = gr
		}
	}
	dateline := ""
	for _, gr := range order {
		if classOf[gr] == "place" && gr.first < 200 && gr.kind == "city" {
			dateline = gr.name
			break
		}
	}
	for _, gr := range order {
		if merged[gr] {
			continue
		}
		switch classOf[gr] {
		case "event":
			ev := schema.Event{Name: gr.name, Aliases: aliasesOf(gr), Kind: schema.Str(eventKind(gr)), Mentions: gr.spans}
			if gr.edition > 0 {
				ev.Edition = schema.Int(gr.edition)
			}
			if loc := eventLocation(g, gr.name, places); loc != "" {
				ev.Location = schema.Str(loc)
				if _, ok := places[gazetteer.Fold(loc)]; !ok {
					if te, ok := g.Find(loc, "place"); ok {
						pl := &group{name: te.Name, kind: te.Kind, country: te.Country, first: gr.first}
						places[gazetteer.Fold(loc)] = pl
						d.Record.Places = append(d.Record.Places, placeOf(pl))
					}
				}
			} else if dateline != "" {
				ev.Location = schema.Str(titleCaseWords(dateline))
			}
			if dist, ok := eventDistance[eventKind(gr)]; ok {
				ev.DistanceM = schema.Float(dist)
			}
			d.Record.Events = append(d.Record.Events, ev)
		case "charity":
			d.Record.Charities = append(d.Record.Charities, schema.Charity{Name: gr.name, Aliases: aliasesOf(gr), Mentions: gr.spans})
		case "org":
			kind := gr.kind
			if kind == "" {
				kind = "other"
			}
			d.Record.Organizations = append(d.Record.Organizations, schema.Org{Name: gr.name, Aliases: aliasesOf(gr), Kind: schema.Str(kind), Mentions: gr.spans})
		case "place":
			d.Record.Places = append(d.Record.Places, placeOf(gr))
		}
	}
}

func placeOf(gr *group) schema.Place {
	pl := schema.Place{Name: titleCaseWords(gr.name), Aliases: aliasesOf(gr), Mentions: gr.spans}
	kind := gr.kind
	if kind == "" {
		kind = "other"
	}
	pl.Kind = schema.Str(kind)
	if gr.country != "" {
		pl.Country = schema.Str(gr.country)
	}
	return pl
}

// titleCaseWords turns a dateline's capitals into a name ("PUERTO DEL
// CARMEN" → "Puerto del Carmen"); other names are kept as written.
func titleCaseWords(s string) string {
	if !allUpper(s) || utf8.RuneCountInString(s) <= 3 {
		return s
	}
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(w)
		if i > 0 && particles[lw] {
			ws[i] = lw
			continue
		}
		ws[i] = titleCase(w)
	}
	return strings.Join(ws, " ")
}

func aliasesOf(gr *group) []string {
	out := []string{}
	canon := gazetteer.Fold(gr.name)
	for _, f := range gr.forms {
		f = stripThe(f)
		if gazetteer.Fold(f) != canon {
			addUnique(&out, f)
		}
	}
	return out
}

func stripThe(s string) string {
	for _, p := range []string{"the ", "The "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	return s
}

var eventDistance = map[string]float64{"marathon": 42195, "half-marathon": 21097.5, "10k": 10000, "5k": 5000}

func eventKind(gr *group) string {
	k := gr.kind
	if k == "" {
		k = "other"
	}
	return k
}

// divisionWords name a race within an event, not the event.
var divisionWords = setOf("wheelchair", "elite", "mini", "junior", "women's", "men's", "mass", "masters")

// nameJoiners stay in lower case inside a race's name: "Track and Field".
var nameJoiners = setOf("and", "of", "on", "upon", "in", "the", "at", "to", "km", "mi")

// canonicalEvent names an event without its sponsor or division: "Virgin
// London Marathon" and "London Virgin Wheelchair Marathon" are the London
// Marathon; "the Paris marathon" the Paris Marathon.
func canonicalEvent(g *gazetteer.Gazetteer, d *Doc, e *entity, noDivision bool) string {
	var ws []string
	for i := e.first; i < e.last; i++ {
		ws = append(ws, d.Tokens[i].Text)
	}
	var out []string
	lastKept := -1
	for i := 0; i < len(ws); i++ {
		// The longest sponsor name starting here.
		skip := 0
		for n := min(4, len(ws)-i); n >= 1; n-- {
			if _, ok := g.Find(strings.Join(ws[i:i+n], " "), "sponsor"); ok && n < len(ws)-i {
				skip = n
				break
			}
		}
		if skip > 0 {
			i += skip - 1
			continue
		}
		if noDivision && divisionWords[strings.ToLower(ws[i])] && i < len(ws)-1 {
			continue
		}
		if strings.EqualFold(ws[i], "the") && i == 0 {
			continue
		}
		w := ws[i]
		if i > 0 && startsLower(w) && !isPossessive(w) && !particles[w] && !nameJoiners[w] {
			w = titleCase(w)
		}
		// "Mayor's Fun Run", "St. Helens 10K": a token written glued to
		// the one kept before it stays glued.
		if k := e.first + i; len(out) > 0 && i > 0 && lastKept == i-1 && d.Tokens[k].Start == d.Tokens[k-1].End {
			out[len(out)-1] += w
		} else {
			out = append(out, w)
		}
		lastKept = i
	}
	if len(out) == 0 {
		return e.text(d)
	}
	return strings.Join(out, " ")
}

// eventLocation is the place an event's name starts with, when it is a
// known place ("London Marathon").
func eventLocation(g *gazetteer.Gazetteer, name string, places map[string]*group) string {
	ws := strings.Fields(name)
	for n := len(ws) - 1; n >= 1; n-- {
		cand := strings.Join(ws[:n], " ")
		if _, ok := places[gazetteer.Fold(cand)]; ok {
			return cand
		}
		if te, ok := g.Find(cand, "place"); ok {
			return te.Name
		}
		if te, ok := g.Find(cand, "country"); ok {
			return te.Name
		}
	}
	if len(ws) >= 2 {
		if _, ok := g.HeadsLeading(ws[0]), true; ok {
			last := ws[len(ws)-1]
			if _, ok := places[gazetteer.Fold(last)]; ok {
				return last
			}
			if te, ok := g.Find(last, "place"); ok {
				return te.Name
			}
		}
	}
	return ""
}

// editionBefore reads an edition written just before an event's name:
// "the 32nd London Marathon", "the 23rd annual ...", "the fifth ...".
func editionBefore(d *Doc, first, last int) int {
	// "her country's first Diamond League victory": an ordinal of wins,
	// not of the event.
	if last >= 0 && last < len(d.Tokens) && countedWins[strings.ToLower(d.Tokens[last].Text)] {
		return 0
	}
	i := first - 1
	if i >= 0 && strings.EqualFold(d.Tokens[i].Text, "annual") {
		i--
	}
	if i < 1 {
		return 0
	}
	n := ordinal(d.Tokens[i].Text)
	if n == 0 {
		return 0
	}
	switch strings.ToLower(d.Tokens[i-1].Text) {
	case "the", "its", "this", "year's", "'s", "’s":
		return n
	}
	return 0
}

type editionAt struct{ n, pos int }

// editionPhrases finds "the 49th edition", "its 60th running", "in its
// ninth year" and "the 19th staging".
func editionPhrases(d *Doc) []editionAt {
	var out []editionAt
	for i := 1; i+1 < len(d.Tokens); i++ {
		n := ordinal(d.Tokens[i].Text)
		if n == 0 {
			continue
		}
		det := strings.ToLower(d.Tokens[i-1].Text)
		if det != "the" && det != "its" && det != "this" {
			continue
		}
		switch strings.ToLower(d.Tokens[i+1].Text) {
		case "edition", "running", "staging", "renewal":
			out = append(out, editionAt{n, d.Tokens[i].Start})
		case "year", "event":
			if det == "its" {
				out = append(out, editionAt{n, d.Tokens[i].Start})
			}
		}
	}
	return out
}

var ordinalWords = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
	"ninetieth": 90, "hundredth": 100,
}

var tensWords = map[string]int{"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90}

// ordinal reads "32nd", "fifth" or "twenty-first"; 0 when s is none.
func ordinal(s string) int {
	l := strings.ToLower(s)
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if num, ok := strings.CutSuffix(l, suf); ok {
			if n, err := strconv.Atoi(num); err == nil && n > 0 && n < 1000 {
				return n
			}
		}
	}
	if n, ok := ordinalWords[l]; ok {
		return n
	}
	if a, b, ok := strings.Cut(l, "-"); ok {
		if t, ok := tensWords[a]; ok {
			if u, ok := ordinalWords[b]; ok && u < 10 {
				return t + u
			}
		}
	}
	return 0
}

// appositiveName says whether lower-case words from token i on end in a
// comma and a capitalised name: "The Kenyan favourite, Faith Jerotich,",
// "A third Ethiopian, Selemon Tadesse,".
func appositiveName(d *Doc, i int) bool {
	for k := i; k < len(d.Tokens) && k < i+4; k++ {
		t := d.Tokens[k].Text
		if t == "," {
			return k+1 < len(d.Tokens) && nextIsCapital(d, k+1) && d.IndividualAt(d.Tokens[k+1].Start, d.Tokens[k+1].End) != nil
		}
		if !isWordTok(t) || nextIsCapital(d, k) {
			return false
		}
	}
	return false
}

// introducedAs says whether the person mention at byte pos is written
// right after a demonym of country c ("the Australian Jessica Hull"), so
// that a later "the Australian" is that person.
func introducedAs(d *Doc, pos int, c string) bool {
	if c == "" {
		return false
	}
	// The demonyms by where they end, built at the first call (the people
	// and relations stages ask it for many names, and add no mention):
	// one must end a byte before pos.
	if d.norpByEnd == nil {
		d.norpByEnd = map[int][]*entity{}
		for _, e := range d.ents {
			if e.label == schema.LabelNORP {
				d.norpByEnd[e.end] = append(d.norpByEnd[e.end], e)
			}
		}
	}
	for _, e := range d.norpByEnd[pos-1] {
		if e.label == schema.LabelNORP && e.country == c && strings.TrimSpace(d.Text[e.end:pos]) == "" {
			return true
		}
	}
	return false
}

// appositiveAfter says whether up to five lower-case words from token i
// end in a comma and a person's name: "The 44-year-old mother of three,
// Kate Hill,".
func appositiveAfter(d *Doc, i int) bool {
	for k := i; k < len(d.Tokens) && k < i+6; k++ {
		t := d.Tokens[k].Text
		if t == "," {
			return k > i && k+1 < len(d.Tokens) && nextIsCapital(d, k+1) && d.IndividualAt(d.Tokens[k+1].Start, d.Tokens[k+1].End) != nil
		}
		if !isWordTok(t) || nextIsCapital(d, k) {
			return false
		}
	}
	return false
}

// countedWins after an event's name make the ordinal before it count the
// runner's wins or starts, not the event's editions.
var countedWins = setOf("victory", "victories", "win", "wins", "title", "titles", "medal", "medals", "triumph",
	"appearance", "appearances", "start", "starts", "podium", "podiums", "outing", "crown")

// shorterLonger returns the shorter and the longer of two names' words.
func shorterLonger(a, b []string) ([]string, []string) {
	if len(a) <= len(b) {
		return a, b
	}
	return b, a
}
