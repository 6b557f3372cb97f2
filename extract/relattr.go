package extract

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/racex/racex/schema"
)

// rowFunds reads a fundraising table's rows ("Name | Charity | Target |
// Raised"): each row's cause and sums are its runner's.
func (r *relDoc) rowFunds() {
	// A table with sums but no charity column is for the one charity the
	// article names ("run the Bristol 10K for the Sunbeam Children's
	// Trust").
	only := ""
	if len(r.d.Record.Charities) == 1 {
		only = r.d.Record.Charities[0].Name
	}
	for _, row := range r.d.Rows {
		var ind *Individual
		if !row.Total {
			if ind = r.individualAt(row.NameSpan); ind == nil {
				continue
			}
		}
		c := cause{charity: row.Charity}
		if c.charity == "" && (row.Raised.End > row.Raised.Start || row.Target.End > row.Target.Start) {
			c.charity = only
		}
		if row.Charity != "" && ind != nil {
			r.causes[ind] = c
			r.funds = append(r.funds, fundDraft{ind: ind, charity: c.charity, span: row.CharitySpan, moneyQ: -1})
		}
		for _, cell := range []struct {
			span   schema.Span
			status string
		}{{row.Raised, "raised"}, {row.Target, "target"}} {
			if cell.span.End <= cell.span.Start {
				continue
			}
			for qi, q := range r.d.Record.Quantities {
				if q.Kind != schema.KindMoney || q.Span == nil || q.Span.Start < cell.span.Start || q.Span.End > cell.span.End ||
					q.Normalized == nil || q.Normalized.Value == nil || q.Normalized.Unit == nil {
					continue
				}
				m := schema.Money{Value: *q.Normalized.Value, Currency: *q.Normalized.Unit}
				r.funds = append(r.funds, fundDraft{ind: ind, charity: c.charity, amount: &m, status: cell.status, span: *q.Span, moneyQ: qi})
				break
			}
		}
	}
}

// rowResults makes a result of each results-list row.
func (r *relDoc) rowResults() {
	for _, row := range r.d.Rows {
		if row.Out != "" || row.Team {
			continue // no placing, no time, or no one runner: no result
		}
		ind := r.individualAt(row.NameSpan)
		rd := resultDraft{ind: ind, name: row.Name, race: row.Race, position: row.Position, timeQ: -1, fromRow: true,
			notes: append([]string(nil), row.Notes...), span: row.Span}
		if row.Time != "" {
			rd.time = &schema.Time{Text: row.Time, Seconds: row.Seconds}
			rd.timeQ = r.quantityAt(row.Span, row.Time)
		}
		if row.SexPos > 0 || row.CatPos > 0 {
			// The row's own place is overall; its sex's and its
			// category's places are results of their own.
			sex := row.PosSex
			if sex == nil {
				sex = rd.race.Sex
			}
			if sex == nil {
				sex = categorySex(row.Category)
			}
			if row.SexPos > 0 {
				rd.race.Sex = nil // the row's own place is overall
			}
			// A place equal to one already given adds no result: the
			// overall winner is the first man too.
			if row.SexPos > 0 && sex != nil && row.SexPos != row.Position {
				r.results = append(r.results, resultDraft{ind: ind, name: row.Name, race: schema.Race{Sex: sex},
					position: row.SexPos, timeQ: -1, fromRow: true, span: row.Span})
			}
			if row.CatPos > 0 && row.Category != "" && row.CatPos != row.Position && (row.CatPos != row.SexPos || sex == nil) {
				r.results = append(r.results, resultDraft{ind: ind, name: row.Name,
					race: schema.Race{Sex: sex, Division: schema.Str("age-group")}, position: row.CatPos, timeQ: -1, fromRow: true,
					notes: []string{row.Category}, span: row.Span})
			}
		}
		r.results = append(r.results, rd)
	}
}

// individualAt returns the individual with a mention overlapping span.
func (r *relDoc) individualAt(s schema.Span) *Individual {
	for _, ind := range r.inds {
		for _, m := range ind.Mentions {
			if m.Start < s.End && s.Start < m.End {
				return ind
			}
		}
	}
	return nil
}

// quantityAt returns the index of the quantity inside span whose text is
// text, or -1.
func (r *relDoc) quantityAt(s schema.Span, text string) int {
	for i, q := range r.d.Record.Quantities {
		if q.Span != nil && q.Span.Start >= s.Start && q.Span.End <= s.End && q.Text == text {
			return i
		}
	}
	return -1
}

func (rd *resultDraft) personName() string {
	if rd.ind != nil {
		return rd.ind.Name
	}
	return rd.name
}

// compatible says whether two drafts can be one result: same person, same
// division, and no clash of sex, position or time.
func compatible(a, b *resultDraft) bool {
	if a.personName() != b.personName() {
		return false
	}
	if a.overall != b.overall {
		// "was third overall" is the place a results row with no race of
		// its own gives (a table of all finishers), not a sex's place.
		other := a
		if a.overall {
			other = b
		}
		if !other.fromRow || other.race.Sex != nil || other.race.Division != nil {
			return false
		}
	}
	if a.race.Division != nil && b.race.Division != nil && *a.race.Division != *b.race.Division {
		return false
	}
	if a.race.Sex != nil && b.race.Sex != nil && *a.race.Sex != *b.race.Sex {
		return false
	}
	if a.position != 0 && b.position != 0 && a.position != b.position {
		return false
	}
	if a.time != nil && b.time != nil && math.Abs(a.time.Seconds-b.time.Seconds) > 0.005 {
		return false
	}
	return true
}

func strOf(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// writeResults merges the drafts that describe one result and writes
// Record.Results.
func (r *relDoc) writeResults() {
	placed := map[*Individual]bool{}
	for _, rd := range r.results {
		if rd.position > 0 && !rd.implied {
			placed[rd.ind] = true
		}
	}
	var merged []resultDraft
	for _, rd := range r.results {
		if rd.personName() == "" || rd.implied && placed[rd.ind] {
			continue
		}
		done := false
		for k := range merged {
			m := &merged[k]
			if !compatible(m, &rd) {
				continue
			}
			if m.position == 0 {
				m.position = rd.position
			}
			if m.time == nil {
				m.time, m.timeQ = rd.time, rd.timeQ
			}
			if m.race.Sex == nil {
				m.race.Sex = rd.race.Sex
			}
			if m.race.Division == nil {
				m.race.Division = rd.race.Division
			}
			for _, n := range rd.notes {
				if !contains(m.notes, n) {
					m.notes = append(m.notes, n)
				}
			}
			done = true
			break
		}
		if !done {
			merged = append(merged, rd)
		}
	}
	timed := map[string][]float64{}
	for k := range merged {
		m := &merged[k]
		if m.time == nil {
			continue
		}
		// A prose time already given to another result of the same person
		// ("the first woman, 14th overall in 4hr 41min") is said once.
		dup := false
		for _, s := range timed[m.personName()] {
			if math.Abs(s-m.time.Seconds) <= 0.005 {
				dup = true
			}
		}
		if dup && !m.fromRow {
			m.time, m.timeQ = nil, -1
			continue
		}
		timed[m.personName()] = append(timed[m.personName()], m.time.Seconds)
	}
	for _, m := range merged {
		if m.position == 0 && m.time == nil {
			continue
		}
		res := schema.Result{Event: r.event, Race: m.race, Person: schema.Str(m.personName()), Time: m.time}
		if m.position > 0 {
			res.Position = schema.Int(m.position)
		}
		if len(m.notes) > 0 {
			res.Notes = m.notes
		}
		if res.Race.Division == nil && m.position == 0 && !m.overall {
			res.Race.Division = schema.Str("mass")
		}
		sp := m.span
		res.Span = &sp
		r.d.Record.Results = append(r.d.Record.Results, res)
		if m.timeQ >= 0 {
			r.about[m.timeQ] = m.personName()
		}
	}
}

// attrs collects one person's attributes, first finding first.
type attrs struct {
	age         int
	ageQ        int
	nationality string
	hometown    string
	clubs       []string
}

var (
	ageWordRe   = regexp.MustCompile(`^(?i)([a-z]+(?:-[a-z]+)?|\d{1,3})-year-old$`)
	refPlaceRe  = regexp.MustCompile(`^(?i:the) ((?:\p{Lu}[\p{L}'-]*\s?)+) (?:runner|athlete|man|woman|rider|triathlete|marathoner|star|veteran|teenager|youngster)$`)
	orgEndWords = map[string]bool{
		"regiment": true, "council": true, "university": true, "school": true, "college": true, "hospital": true,
		"police": true, "army": true, "navy": true, "company": true, "corps": true, "brigade": true, "battalion": true,
		"squadron": true, "service": true, "trust": true, "foundation": true, "bank": true, "group": true, "ltd": true,
		"plc": true, "academy": true, "institute": true, "department": true, "ministry": true, "forces": true,
		"force": true, "prisons": true, "guards": true, "marines": true, "rifles": true, "fellrunners": true,
		"church": true, "chapel": true, "cathedral": true, "parish": true, "mosque": true, "temple": true, "synagogue": true,
		"commission": true, "authority": true, "association": true, "society": true, "commerce": true,
	}
)

// attributes sets each person's age, nationality, home town and clubs from
// the words around their mentions.
func (r *relDoc) attributes() {
	got := map[*Individual]*attrs{}
	get := func(ind *Individual) *attrs {
		a := got[ind]
		if a == nil {
			a = &attrs{ageQ: -1}
			got[ind] = a
		}
		return a
	}
	for _, row := range r.d.Rows {
		ind := r.individualAt(row.NameSpan)
		if ind == nil {
			continue
		}
		a := get(ind)
		if a.nationality == "" && row.Country != "" {
			a.nationality = row.Country
		}
		if row.Club != "" && !contains(a.clubs, row.Club) {
			a.clubs = append(a.clubs, row.Club)
		}
		if a.age == 0 && row.Age > 0 {
			a.age = row.Age
		}
		if a.hometown == "" && row.Hometown != "" {
			a.hometown = row.Hometown
		}
	}
	type compat struct {
		ind, of *Individual
		sent    int
		at      int
	}
	var compatriots []compat
	for si, its := range r.sents {
		for i, it := range its {
			if it.kind != itPerson {
				continue
			}
			a := get(it.ind)
			r.before(its, i, a)
			r.after(its, i, a)
			if i == leadingMarks(its) && r.headerPerson(si) == it.ind {
				r.headerHometown(its, a)
			}
			// "Twins Amelia and Grace Hollis, 19": the age and home
			// town after the second name are the first's too.
			if i+2 < len(its) && its[i+1].low == "and" && its[i+2].kind == itPerson {
				b := &attrs{ageQ: -1}
				r.after(its, i+2, b)
				if a.age == 0 && b.age > 0 {
					a.age = b.age
				}
				if a.hometown == "" {
					a.hometown = b.hometown
				}
			}
			// "compatriot X": X shares the nationality of the sentence's
			// subject or of the possessor ("Bekana's compatriot X").
			for k := i - 1; k >= 0 && k >= i-2; k-- {
				low := its[k].low
				if low == "compatriot" || low == "countryman" || low == "countrywoman" {
					var of *Individual
					if k >= 2 && (its[k-1].text == "'s" || its[k-1].text == "’s") {
						of = r.personAt(its, k-2)
					}
					if of == nil {
						of = r.subjectOf(its, k)
					}
					if of != nil && of != it.ind {
						compatriots = append(compatriots, compat{it.ind, of, si, i})
					}
				}
			}
		}
		if p := r.blockOf[si]; p != nil {
			r.profileAttrs(si, get(p))
		}
		r.sentenceNationality(its, get)
		r.groupNationality(its, get)
		// "The 30-year-old Christchurch builder": the person the text
		// was about when the sentence began.
		if len(its) > 2 && its[0].low == "the" && r.focusAt[si] != nil {
			if n, ok := ageOf(its[1].low); ok && its[2].kind != itPerson {
				a := get(r.focusAt[si])
				if a.age == 0 {
					a.age = n
				}
				if its[2].capitalised() && len(its) > 3 && !its[3].capitalised() && !its[3].isPunct() {
					r.placeOrNation(its[2].text, a, false)
				}
			}
		}
		// "He lives in Clitheroe Green": the person the text is about.
		if len(its) > 3 && (its[0].low == "he" || its[0].low == "she") && r.focusAt[si] != nil {
			if n := whoFrom(its, 1); n > 0 && 1+n < len(its) && its[1+n].capitalised() {
				if names := capitalRuns(its, 1+n, false); len(names) > 0 {
					if _, isCountry := nations().Country(names[0]); !isCountry {
						r.placeOrNation(names[0], get(r.focusAt[si]), false)
					}
				}
			}
		}
		// "in his home town, Kakamega"
		for i := 0; i+3 < len(its); i++ {
			if (its[i].low == "home" && its[i+1].low == "town" || its[i].low == "hometown") && i > 0 && (its[i-1].low == "his" || its[i-1].low == "her") {
				k := i + 2
				if its[i].low == "hometown" {
					k = i + 1
				}
				if k < len(its) && (its[k].text == "," || its[k].low == "of") {
					k++
				}
				if k < len(its) && its[k].capitalised() {
					if p := r.subjectOf(its, i); p != nil {
						names := capitalRuns(its, k, false)
						if len(names) > 0 {
							r.placeOrNation(names[0], get(p), false)
						}
					}
				}
			}
		}
	}
	r.verbAges(got, get)
	for _, c := range compatriots {
		if a, b := get(c.ind), get(c.of); a.nationality == "" && b.nationality != "" {
			a.nationality = b.nationality
		}
	}
	for _, ind := range r.inds {
		a := got[ind]
		if a == nil {
			continue
		}
		p := r.person(ind)
		if p == nil {
			continue
		}
		if p.Age == nil && a.age > 0 {
			p.Age = schema.Int(a.age)
		}
		if p.Nationality == nil && a.nationality != "" {
			p.Nationality = schema.Str(a.nationality)
		}
		if p.Hometown == nil && a.hometown != "" {
			p.Hometown = schema.Str(a.hometown)
		}
		for _, c := range a.clubs {
			if !contains(p.Clubs, c) {
				p.Clubs = append(p.Clubs, c)
			}
		}
		if a.ageQ >= 0 {
			r.about[a.ageQ] = ind.Name
		}
	}
}

// person returns the record's entry for an individual, adding one when the
// people stage gave none.
func (r *relDoc) person(ind *Individual) *schema.Person {
	rec := r.d.Record
	for i := range rec.People {
		if schema.Fold(rec.People[i].Name) == schema.Fold(ind.Name) {
			return &rec.People[i]
		}
	}
	if len(r.d.Individuals) > 0 {
		return nil
	}
	rec.People = append(rec.People, schema.Person{Name: ind.Name, Aliases: []string{}})
	return &rec.People[len(rec.People)-1]
}

// before reads what stands just before a mention: "Kenyan X", "Kenya's X",
// "Swiss athlete X", "Newquay's X", "Hove postman X", "Otley AC's X",
// "24-year-old X", and what the mention itself says ("the 24-year-old",
// "the Carlisle runner").
func (r *relDoc) before(its []item, i int, a *attrs) {
	it := its[i]
	if a.age == 0 {
		if n, ok := ageOf(strings.TrimPrefix(strings.TrimPrefix(it.low, "the "), "a ")); ok {
			a.age = n
		}
	}
	if m := refPlaceRe.FindStringSubmatch(it.text); m != nil {
		place := strings.TrimSpace(m[1])
		if c, ok := nations().Demonym(place); ok {
			setOnce(&a.nationality, c)
		} else if _, ok := nations().Country(place); !ok {
			setOnce(&a.hometown, place)
		}
	}
	if c, ok := nations().Demonym(strings.TrimPrefix(it.low, "the ")); ok && strings.HasPrefix(it.low, "the ") {
		setOnce(&a.nationality, c)
	}
	if i == 0 {
		return
	}
	// "24-year-old X", "Sixteen-year-old X"
	if n, ok := ageOf(its[i-1].low); ok && a.age == 0 {
		a.age = n
		a.ageQ = r.quantityAt(schema.Span{Start: its[i-1].start, End: its[i-1].end}, its[i-1].text)
	}
	// "Sowerby Bridge-based X"
	if b := its[i-1]; b.kind == itWord && strings.HasSuffix(b.low, "-based") && len(b.low) > len("-based") {
		k := i - 1
		for k > 0 && its[k-1].capitalised() && !its[k-1].isPunct() {
			k--
		}
		name := strings.TrimSpace(r.d.Text[its[k].start : b.end-len("-based")])
		if name != "" && b.capitalised() {
			r.placeOrNation(name, a, false)
		}
		return
	}
	// Possessive: "Kenya's X", "Newquay's X", "Otley AC's X", "Bakewell's
	// own X".
	if i >= 3 && its[i-1].low == "own" && (its[i-2].text == "'s" || its[i-2].text == "’s") {
		i--
	}
	if its[i-1].text == "'s" || its[i-1].text == "’s" {
		k := i - 2
		for k > 0 && its[k-1].capitalised() && !its[k-1].isPunct() {
			k--
		}
		if k >= 0 && k < i-1 && its[i-2].kind == itWord && its[i-2].capitalised() {
			name := joinItems(its[k : i-1])
			name = strings.TrimPrefix(name, "The ")
			r.placeOrNation(name, a, true)
		}
		return
	}
	// "Kenyan X", "fellow Kenyan X", "Swiss athlete X", "Dutch high
	// jumper X", "Hove postman X", "Harmon Falls nurse X".
	k := i - 1
	lower := 0
	verbish := false
	for k >= 0 && its[k].kind == itWord && !its[k].isPunct() && !its[k].capitalised() && lower < 3 {
		if roles, _ := cueAt(its, k); len(roles) > 0 || modifierWords[its[k].low] || functionWords[its[k].low] {
			verbish = true
		}
		k--
		lower++
	}
	if k < 0 || its[k].kind != itWord || !its[k].capitalised() {
		return
	}
	if strings.HasSuffix(its[k].low, "-born") {
		return
	}
	if c, ok := nations().Demonym(its[k].text); ok {
		// "South Korean"
		setOnce(&a.nationality, c)
		return
	}
	if k > 0 {
		if c, ok := nations().Demonym(its[k-1].text + " " + its[k].text); ok {
			setOnce(&a.nationality, c)
			return
		}
	}
	if lower == 0 || lower > 2 || verbish || titleWord[its[i-1].low] {
		return
	}
	// A place before an occupation ("Hove postman X"): only a place the
	// text names as one, or a name of two capitalised words or more that
	// is not an event's or an organisation's.
	j := k
	for j > 0 && its[j-1].capitalised() && !its[j-1].isPunct() {
		j--
	}
	// "St Ann's Bay resident X": a possessive inside a place's name.
	if j >= 2 && isPossessive(its[j-1].text) && its[j-2].capitalised() {
		j2 := j - 2
		for j2 > 0 && its[j2-1].capitalised() && !its[j2-1].isPunct() {
			j2--
		}
		if r.isPlace(its[j2].start, its[k].end) {
			j = j2
		}
	}
	// "Former India hockey captain X": the place the text names, without
	// the word before it.
	for j < k && !r.isPlace(its[j].start, its[k].end) && r.isPlace(its[j+1].start, its[k].end) {
		j++
	}
	name := joinItems(its[j : k+1])
	if r.isPlace(its[j].start, its[k].end) || k > j && !eventWords(name) {
		r.placeOrNation(name, a, false)
	}
}

// functionWords between a capitalised name and a person show the name is
// not a place-and-occupation ("the Harbour Bridge with Costa").
var functionWords = map[string]bool{
	"with": true, "and": true, "of": true, "to": true, "from": true, "by": true, "for": true, "in": true, "at": true,
	"on": true, "as": true, "than": true, "said": true, "says": true, "told": true, "is": true, "was": true,
	"were": true, "are": true, "has": true, "had": true, "have": true, "the": true, "a": true, "an": true,
}

// eventWords says whether a name is a race's or a meeting's.
func eventWords(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		switch w {
		case "marathon", "race", "run", "10k", "5k", "half", "trot", "ultra", "triathlon", "ironman", "games",
			"championships", "championship", "gala", "parkrun", "relay", "series", "cup", "grand", "prix":
			return true
		}
	}
	return false
}

// titleWord are offices written before a name that a constituency or
// ward, not a home town, comes before ("South Antrim MP X").
var titleWord = map[string]bool{"mp": true, "msp": true, "mep": true, "am": true, "councillor": true, "cllr": true, "mayor": true, "senator": true, "congressman": true, "congresswoman": true}

// isPlace says whether the text names [start, end) as a place.
func (r *relDoc) isPlace(start, end int) bool {
	for _, m := range r.d.Mentions {
		if (m.Label == schema.LabelGPE || m.Label == schema.LabelLoc) && m.Start <= start && end <= m.End {
			return true
		}
	}
	for _, p := range r.d.Record.Places {
		for _, s := range p.Mentions {
			if s.Start <= start && end <= s.End {
				return true
			}
		}
	}
	return false
}

// placeOrNation files a name before or after a person: a country gives the
// nationality, a club a club, anything else a home town.
func (r *relDoc) placeOrNation(name string, a *attrs, possessive bool) {
	name = strings.TrimPrefix(name, "The ")
	if name == "" {
		return
	}
	if c, ok := nations().Demonym(name); ok {
		setOnce(&a.nationality, c)
		return
	}
	if c, ok := nations().Country(name); ok {
		setOnce(&a.nationality, c)
		return
	}
	if isClubName(name) || r.isOrg(name) {
		if !contains(a.clubs, name) {
			a.clubs = append(a.clubs, name)
		}
		return
	}
	if r.isOrg(name) || r.orgKinds[schema.Fold(name)] != nil {
		return // a government body ("of An Garda Síochána") is no home town
	}
	f := strings.Fields(strings.ToLower(name))
	if orgEndWords[f[len(f)-1]] {
		return
	}
	folded := schema.Fold(name)
	for _, n := range r.foldedNames() {
		if n == folded || strings.HasSuffix(n, " "+folded) {
			return
		}
	}
	setOnce(&a.hometown, name)
}

// foldedNames are the people's names folded, in the order of r.inds,
// computed again only when people are added.
func (r *relDoc) foldedNames() []string {
	for len(r.indFolds) < len(r.inds) {
		r.indFolds = append(r.indFolds, schema.Fold(r.inds[len(r.indFolds)].Name))
	}
	return r.indFolds
}

// isOrg says whether the text names an organisation (a school, a team, a
// club) by that name: "Maya Ortiz of Lincoln High" is at a school, not
// from one.
func (r *relDoc) isOrg(name string) bool {
	orgs := r.d.Record.Organizations
	if r.orgKinds == nil || r.orgsIndexed != len(orgs) {
		// By folded name, the first organisation of each name.
		r.orgKinds = map[string]*string{}
		for _, o := range orgs {
			if _, ok := r.orgKinds[schema.Fold(o.Name)]; !ok {
				r.orgKinds[schema.Fold(o.Name)] = o.Kind
			}
		}
		r.orgsIndexed = len(orgs)
	}
	kind, ok := r.orgKinds[schema.Fold(name)]
	if !ok {
		return false
	}
	return kind == nil || *kind != "government"
}

func setOnce(p *string, v string) {
	if *p == "" {
		*p = v
	}
}

// after reads the words after a mention, through commas and brackets:
// ", 38,", "(27)", "(KEN)", "(Cornwall AC)", "of Kenya", "from Wrexham",
// "of Truro Running Club", ", a fitness instructor from Wrexham", "who grew
// up in Arrecife".
func (r *relDoc) after(its []item, i int, a *attrs) {
	j := i + 1
	steps := 0
	for j < len(its) && steps < 12 {
		steps++
		it := its[j]
		switch {
		case it.text == ",":
			j++
		case it.text == "(":
			end := j + 1
			for end < len(its) && its[end].text != ")" {
				end++
			}
			if end >= len(its) {
				return
			}
			inner := its[j+1 : end]
			r.bracket(inner, a)
			j = end + 1
		case it.kind == itNumber || it.kind == itWord && it.low == "aged":
			if it.low == "aged" {
				j++
				if j >= len(its) {
					return
				}
				it = its[j]
			}
			n, err := strconv.Atoi(it.text)
			if err != nil || n < 1 || n > 110 {
				return
			}
			next := ""
			if j+1 < len(its) {
				next = its[j+1].text
			}
			if next != "," && next != "." && next != ")" && next != ";" && next != "" {
				return
			}
			if a.age == 0 {
				a.age = n
				a.ageQ = r.quantityAt(schema.Span{Start: it.start, End: it.end}, it.text)
			}
			j++
		case (it.low == "now" || it.low == "still" || it.low == "only" || it.low == "just") && j+1 < len(its) &&
			(its[j+1].low == "aged" || its[j+1].kind == itNumber):
			j++ // ", now aged 44,"
		case it.low == "also" || it.low == "both":
			j++
		case j == i+1 && strings.HasPrefix(its[i].low, "the ") && it.kind == itWord && !it.capitalised() && !it.isPunct() &&
			it.low != "from" && it.low != "of":
			// "the 27-year-old nurse from Aarhus"
			k := j
			for k < len(its) && k < j+3 && its[k].kind == itWord && !its[k].isPunct() && !its[k].capitalised() &&
				its[k].low != "from" && its[k].low != "of" {
				if roles, _ := cueAt(its, k); len(roles) > 0 {
					return
				}
				k++
			}
			j = k
		case it.low == "from" || it.low == "of":
			k := j + 1
			if k < len(its) && (its[k].low == "organisers" || its[k].low == "organizers" || its[k].low == "the") {
				k++
			}
			if k >= len(its) || !its[k].capitalised() {
				return
			}
			names := capitalRuns(its, k, false)
			if len(names) == 0 {
				return
			}
			if it.low == "from" {
				if c, ok := nations().Country(names[0]); ok {
					// "from Kenya" may be a birthplace; only "of" a country
					// gives the nationality.
					_ = c
				} else if !isClubName(names[0]) {
					r.placeOrNation(firstPlace(names[0]), a, false)
				}
			} else {
				r.placeOrNation(names[0], a, false)
			}
			return
		case (it.low == "a" || it.low == "an") && j+1 < len(its) && its[j+1].capitalised() && isDemonymItem(its[j+1]):
			// ", an Irishman from Sligo"
			if c, ok := nations().Demonym(its[j+1].text); ok {
				setOnce(&a.nationality, c)
			}
			j += 2
		case (it.low == "a" || it.low == "an") && j+2 < len(its) && its[j+1].capitalised() && r.isPlace(its[j+1].start, its[j+1].end) &&
			its[j+2].kind == itWord && !its[j+2].isPunct() && !its[j+2].capitalised():
			// ", a Joondalup plumber,"
			r.placeOrNation(its[j+1].text, a, false)
			return
		case it.low == "a" || it.low == "an" || it.low == "the":
			// ", a retired tin miner from Camborne"
			k := j + 1
			for k < len(its) && k < j+6 && (its[k].kind == itWord || its[k].kind == itNumber) && !its[k].isPunct() && !its[k].capitalised() &&
				its[k].low != "from" && its[k].low != "of" && its[k].low != "who" {
				if n, ok := ageOf(its[k].low); ok && a.age == 0 {
					a.age = n // ", a 33-year-old nurse from Asheville"
				} else if its[k].kind == itNumber {
					break
				}
				k++
			}
			if k == j+1 {
				return
			}
			j = k
		case it.low == "who" && j+3 < len(its) && whoFrom(its, j+1) > 0 || j == i+1 && whoFrom(its, j) > 0:
			// "who lives in Tewantin", "who hails from Sligo", "X lives in
			// Y"
			k := j + whoFrom(its, j)
			if it.low == "who" {
				k = j + 1 + whoFrom(its, j+1)
			}
			if k < len(its) && its[k].capitalised() {
				if names := capitalRuns(its, k, false); len(names) > 0 {
					if _, isCountry := nations().Country(names[0]); !isCountry {
						r.placeOrNation(names[0], a, false)
					}
				}
			}
			return
		case it.low == "who" && j+3 < len(its) && its[j+1].low == "grew" && its[j+2].low == "up":
			for k := j + 3; k < len(its) && k < j+10; k++ {
				if its[k].capitalised() && (k == 0 || its[k-1].text != "'s") {
					if next := k + 1; next < len(its) && (its[next].text == "'s" || its[next].text == "’s") {
						continue
					}
					names := capitalRuns(its, k, false)
					if len(names) > 0 {
						r.placeOrNation(names[0], a, false)
					}
					return
				}
			}
			return
		default:
			return
		}
	}
}

// whoFrom returns how many words after "who" lead to a home town ("lives
// in", "now lives in", "hails from", "comes from", "is from"), or 0.
func whoFrom(its []item, j int) int {
	n := 0
	if j < len(its) && (its[j].low == "now" || its[j].low == "still") {
		n++
	}
	if j+n+1 >= len(its) {
		return 0
	}
	v, p := its[j+n].low, its[j+n+1].low
	switch {
	case (v == "lives" || v == "live") && p == "in":
	case (v == "hails" || v == "comes" || v == "is") && p == "from":
	default:
		return 0
	}
	return n + 2
}

// firstPlace keeps the first place of "Wrexham, north Wales".
func firstPlace(s string) string {
	if i := strings.Index(s, ","); i > 0 {
		return s[:i]
	}
	return s
}

// bracket reads "(27)", "(KEN)", "(Kenya)", "(Cornwall AC)",
// "(unattached)".
func (r *relDoc) bracket(inner []item, a *attrs) {
	if len(inner) > 1 && inner[0].low == "aged" {
		inner = inner[1:] // "(aged 70)"
	}
	if len(inner) > 2 && inner[1].text == "," {
		if _, err := strconv.Atoi(inner[0].text); err == nil {
			// "(31, Harrogate)": the age, then a place or club.
			r.bracket(inner[:1], a)
			r.bracket(inner[2:], a)
			return
		}
	}
	if len(inner) == 0 {
		return
	}
	text := joinItems(inner)
	if n, err := strconv.Atoi(text); err == nil {
		if n > 0 && n < 110 && a.age == 0 {
			a.age = n
			a.ageQ = r.quantityAt(schema.Span{Start: inner[0].start, End: inner[0].end}, inner[0].text)
		}
		return
	}
	if c, ok := nations().Code(text); ok {
		setOnce(&a.nationality, c)
		return
	}
	if c, ok := nations().Country(text); ok {
		setOnce(&a.nationality, c)
		return
	}
	low := strings.ToLower(text)
	if low == "unattached" || low == "u/a" || ageCategory(low) {
		return
	}
	if inner[0].capitalised() && (isClubName(text) || len(inner) >= 2) {
		for _, x := range inner {
			if !x.capitalised() && x.low != "&" && x.low != "and" && x.low != "of" {
				return
			}
		}
		if !contains(a.clubs, text) {
			a.clubs = append(a.clubs, text)
		}
	}
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// ageOf reads "24-year-old", "Sixteen-year-old", "twenty-four-year-old".
func ageOf(w string) (int, bool) {
	m := ageWordRe.FindStringSubmatch(w)
	if m == nil {
		return 0, false
	}
	if n, err := strconv.Atoi(m[1]); err == nil {
		return n, n > 0 && n < 110
	}
	total := 0
	for _, part := range strings.Split(strings.ToLower(m[1]), "-") {
		v, ok := numberWords[part]
		if !ok {
			return 0, false
		}
		total += v
	}
	return total, total > 0
}

// sentenceNationality reads "X was the first South Korean", "the leading
// Portuguese man was X", "X ... a Welsh national record": a demonym after
// "first", "top" or "leading", or before "record" or "best", gives the
// nationality of the sentence's subject.
func (r *relDoc) sentenceNationality(its []item, get func(*Individual) *attrs) {
	for i, it := range its {
		if it.kind != itWord || !it.capitalised() {
			continue
		}
		c, ok := nations().Demonym(it.text)
		n := 1
		if i+1 < len(its) {
			if c2, ok2 := nations().Demonym(it.text + " " + its[i+1].text); ok2 {
				c, ok, n = c2, true, 2
			}
		}
		if !ok || i == 0 {
			continue
		}
		prev := its[i-1].low
		next := ""
		if i+n < len(its) {
			next = its[i+n].low
		}
		if i+n+1 < len(its) && (next == "national" || next == "age" || next == "all-comers") {
			next = its[i+n+1].low
		}
		var p *Individual
		switch {
		case prev == "first" || prev == "top" || prev == "leading" || prev == "best-placed" || prev == "fastest":
			p = r.subjectOf(its, i)
		case next == "record" || next == "best" || strings.HasSuffix(next, "-70") || strings.HasPrefix(next, "over-") || strings.HasPrefix(next, "age-group"):
			if prev == "previous" || prev == "the" {
				continue
			}
			p = r.subjectOf(its, i)
		}
		if p != nil {
			setOnce(&get(p).nationality, c)
		}
	}
}

// events sets each event's edition when an ordinal stands before one of
// its mentions ("the 32nd London Marathon", "the 23rd annual ...") or the
// text says "the 49th edition" or "in its ninth year", and its distance
// from its kind.
func (r *relDoc) events() {
	rec := r.d.Record
	if len(rec.Events) == 0 {
		return
	}
	main := mainEvent(r.d)
	for ei := range rec.Events {
		e := &rec.Events[ei]
		if e.Edition == nil {
			for _, m := range e.Mentions {
				if n, ok := r.ordinalBefore(m.Start); ok {
					e.Edition = schema.Int(n)
					break
				}
			}
		}
		if e.DistanceM == nil && e.Kind != nil {
			if d, ok := kindDistance[*e.Kind]; ok {
				e.DistanceM = schema.Float(d)
			}
		}
	}
	if main.Edition == nil {
		for _, its := range r.sents {
			for i, it := range its {
				n, ok := ordinalValue(it.low)
				if !ok || i+1 >= len(its) {
					continue
				}
				if its[i+1].low == "edition" || its[i+1].low == "running" || its[i+1].low == "staging" {
					main.Edition = schema.Int(n)
				}
				if its[i+1].low == "year" && i >= 2 && its[i-1].low == "its" && its[i-2].low == "in" {
					main.Edition = schema.Int(n)
				}
			}
		}
	}
}

var kindDistance = map[string]float64{"marathon": 42195, "half-marathon": 21097.5, "10k": 10000, "5k": 5000}

// ordinalBefore reads an ordinal just before a byte offset, past "annual".
func (r *relDoc) ordinalBefore(pos int) (int, bool) {
	its, i, ok := r.itemAt(pos)
	if !ok {
		return 0, false
	}
	k := i - 1
	if k >= 0 && (its[k].low == "annual" || its[k].low == "edition" || its[k].low == "running") {
		k--
	}
	if k >= 0 {
		return ordinalValue(its[k].low)
	}
	return 0, false
}

// itemAt finds the item that starts at or spans a byte offset: its
// sentence's items and its index there. It searches an index of every
// item by start offset, built at the first call, rather than every
// sentence (a long results file has tens of thousands of items).
func (r *relDoc) itemAt(pos int) (its []item, i int, ok bool) {
	if r.byStart == nil {
		r.byStart = []itemPlace{}
		for si, its := range r.sents {
			for ii, it := range its {
				r.byStart = append(r.byStart, itemPlace{it.start, it.end, si, ii})
			}
		}
		slices.SortStableFunc(r.byStart, func(a, b itemPlace) int { return a.start - b.start })
	}
	// The first item starting at pos, else the last one starting before.
	j, found := slices.BinarySearchFunc(r.byStart, pos, func(p itemPlace, pos int) int { return p.start - pos })
	if !found {
		j--
		if j < 0 || pos >= r.byStart[j].end {
			return nil, 0, false
		}
	}
	p := r.byStart[j]
	return r.sents[p.sent], p.item, true
}

// itemPlace is where an item is: its span, its sentence and its index.
type itemPlace struct{ start, end, sent, item int }

// quantityAbout sets each quantity's About: the person whose result,
// fundraising or age it is, else the person the sentence names first.
func (r *relDoc) quantityAbout() {
	qs := r.d.Record.Quantities
	for qi := range qs {
		if qs[qi].About != nil {
			continue
		}
		if name, ok := r.about[qi]; ok && name != "" {
			qs[qi].About = schema.Str(name)
			continue
		}
		if qs[qi].Span == nil {
			continue
		}
		si := r.d.SentenceAt(qs[qi].Span.Start)
		if si < 0 || si >= len(r.sents) {
			continue
		}
		its := r.sents[si]
		for i, it := range its {
			if it.start >= qs[qi].Span.Start {
				if p := r.subjectOf(its, i); p != nil {
					qs[qi].About = schema.Str(p.Name)
				}
				break
			}
		}
	}
}

func formatFloat(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// bareAgeRe matches the text of an age the quantity stage read from its
// context rather than its form: "74" in "Ellery is 74", "who is 26", "At
// 19,", "turned 60", "At the age of 81,", "his 60th birthday" ("aged 11"
// after a verb is often an age at another time: "moved to Britain aged
// 11").
var bareAgeRe = regexp.MustCompile(`^(?:\d{1,3}|(?i:age of) \d{1,3}|\d{1,3}(?:st|nd|rd|th) birthday)$`)

// otherTimeWords before an age set it at another time of life: "since
// she was 11", "when he was 12".
var otherTimeWords = map[string]bool{
	"since": true, "when": true, "until": true, "till": true, "before": true, "after": true, "from": true,
	"by": true, "once": true,
}

// verbAges gives the ages the words around the name did not ("Ellery is
// 74", "Jordan Pike, who is 26", "At 19, Ella Barrett won", "Harry Lowe
// turned 60") to the person the sentence says them of.
func (r *relDoc) verbAges(got map[*Individual]*attrs, get func(*Individual) *attrs) {
	bound := map[int]bool{}
	for _, a := range got {
		bound[a.ageQ] = true
	}
	focus := r.focus
	defer func() { r.focus = focus }()
	for qi, q := range r.d.Record.Quantities {
		if q.Kind != "age" || q.Span == nil || bound[qi] || !bareAgeRe.MatchString(q.Text) || q.Normalized == nil || q.Normalized.Value == nil {
			continue
		}
		si := r.d.SentenceAt(q.Span.Start)
		if si < 0 || si >= len(r.sents) {
			continue
		}
		its := r.sents[si]
		at := -1
		for i, it := range its {
			if it.start >= q.Span.Start {
				at = i
				break
			}
		}
		if at < 0 {
			continue
		}
		other := false
		for k := at - 1; k >= 0 && k >= at-4; k-- {
			if otherTimeWords[its[k].low] {
				other = true
			}
		}
		if other {
			continue
		}
		if si < len(r.focusAt) {
			r.focus = r.focusAt[si]
		}
		// Only "At 19, Ella Barrett won" says its person after the age.
		r.leftOnly = !(at <= 3 && its[0].low == "at")
		p := r.subjectOf(its, at)
		r.leftOnly = false
		if p == nil {
			continue
		}
		a := get(p)
		n := int(*q.Normalized.Value)
		if a.age == 0 {
			a.age = n
			a.ageQ = qi
		}
	}
}
