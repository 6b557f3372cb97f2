package extract

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

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
	// The people's mentions by where they start, built at the first call
	// (and again if people were added): asked for every results row, a
	// scan of every mention made long listings quadratic.
	if r.mentionIdx == nil || r.mentionInds != len(r.inds) {
		r.mentionIdx, r.mentionInds, r.mentionMax = r.mentionIdx[:0], len(r.inds), 0
		for k, ind := range r.inds {
			for _, m := range ind.Mentions {
				r.mentionIdx = append(r.mentionIdx, indMention{m, k})
				r.mentionMax = max(r.mentionMax, m.End-m.Start)
			}
		}
		sort.SliceStable(r.mentionIdx, func(a, b int) bool { return r.mentionIdx[a].span.Start < r.mentionIdx[b].span.Start })
	}
	// The mentions that start before s ends, back to the longest mention's
	// length before s starts; of those that overlap s, the first person's.
	best := -1
	k := sort.Search(len(r.mentionIdx), func(k int) bool { return r.mentionIdx[k].span.Start >= s.End })
	for k--; k >= 0 && r.mentionIdx[k].span.Start >= s.Start-r.mentionMax; k-- {
		if m := r.mentionIdx[k]; m.span.End > s.Start && (best < 0 || m.ind < best) {
			best = m.ind
		}
	}
	if best < 0 {
		return nil
	}
	return r.inds[best]
}

// indMention is a mention of the person r.inds[ind].
type indMention struct {
	span schema.Span
	ind  int
}

// quantityAt returns the index of the quantity inside span whose text is
// text, or -1.
func (r *relDoc) quantityAt(s schema.Span, text string) int {
	// The quantities by where they start, built at the first call: the
	// relations stage asks this of nearly every number, and a scan of them
	// all made long texts quadratic. The stage adds and moves no quantity.
	qs := r.d.Record.Quantities
	if r.qByStart == nil {
		r.qByStart = make([]int, 0, len(qs))
		for i, q := range qs {
			if q.Span != nil {
				r.qByStart = append(r.qByStart, i)
			}
		}
		sort.SliceStable(r.qByStart, func(a, b int) bool { return qs[r.qByStart[a]].Span.Start < qs[r.qByStart[b]].Span.Start })
	}
	best := -1
	k := sort.Search(len(r.qByStart), func(k int) bool { return qs[r.qByStart[k]].Span.Start >= s.Start })
	for ; k < len(r.qByStart) && qs[r.qByStart[k]].Span.Start <= s.End; k++ {
		i := r.qByStart[k]
		if q := qs[i]; q.Span.End <= s.End && q.Text == text && (best < 0 || i < best) {
			best = i
		}
	}
	return best
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
				// "compatriots X and Y": each member of the group after it.
				if (low == "compatriots" || low == "countrymen" || low == "countrywomen") && k == i-1 {
					saved := r.focus
					r.focus = r.focusAt[si]
					of := r.subjectOf(its, k)
					r.focus = saved
					if of != nil {
						g, _ := groupAt(its, i)
						for _, p := range g {
							if p != of {
								compatriots = append(compatriots, compat{p, of, si, i})
							}
						}
					}
				}
				if low == "compatriot" || low == "countryman" || low == "countrywoman" {
					var of *Individual
					if k >= 2 && (its[k-1].text == "'s" || its[k-1].text == "’s") {
						of = r.personAt(its, k-2)
					}
					// "His compatriot X" opening a sentence: the person
					// the text was about.
					if of == nil && k == 1 && (its[0].low == "his" || its[0].low == "her") {
						of = r.focusAt[si]
					}
					if of == nil {
						// "The reigning champion beat compatriot X": a
						// description is the person the text was about.
						saved := r.focus
						r.focus = r.focusAt[si]
						of = r.subjectOf(its, k)
						r.focus = saved
					}
					// "Compatriot Lisa Holm was runner-up": the person
					// the text was about.
					if (of == nil || of == it.ind) && k == 0 {
						of = r.focusAt[si]
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
		r.amongNationals(its, get)
		// "The 30-year-old Christchurch builder": the person the text
		// was about when the sentence began.
		if len(its) > 2 && its[0].low == "the" && r.focusAt[si] != nil {
			if n, ok := ageOf(its[1].low); ok && its[2].kind != itPerson && !appositionFrom(its, 2) {
				a := get(r.focusAt[si])
				if a.age == 0 {
					a.age = n
				}
				if its[2].capitalised() && len(its) > 3 && !its[3].capitalised() && !its[3].isPunct() {
					r.placeOrNation(its[2].text, a, false)
				}
			}
		}
		// "The Nebraska junior from Lincoln led ...": a description
		// opening the sentence is the person the text was about.
		if len(its) > 4 && its[0].low == "the" && r.focusAt[si] != nil {
			for k := 1; k < len(its)-1 && k <= 4; k++ {
				if its[k].kind != itWord || its[k].isPunct() {
					break
				}
				if its[k].low == "from" || its[k].low == "of" {
					w := its[k-1].low
					if _, occ := nations().Demonym(its[k-1].text); k >= 2 && !occ && (schoolYearWords[w] || describedNouns[w] || r.isOccupation(w)) && its[k+1].capitalised() {
						if names := capitalRuns(its, k+1, false); len(names) > 0 && r.isPlace(its[k+1].start, its[k+1].end) {
							r.placeOrNation(firstPlace(names[0]), get(r.focusAt[si]), false)
						}
					}
					break
				}
			}
		}

		// "The Ambleside runner, who turned 45, pulled clear": a town and a
		// word for a runner with no name after them is the person the
		// text was about.
		if len(its) > 3 && its[0].low == "the" && r.focusAt[si] != nil && its[1].capitalised() && its[1].kind == itWord &&
			r.isPlace(its[1].start, its[1].end) && localNounWords[its[2].low] && !its[3].capitalised() && its[3].kind != itPerson {
			r.placeOrNation(its[1].text, get(r.focusAt[si]), false)
		}
		// "The Lochaber Harriers athlete, 38, led": an age after a noun
		// phrase for the person the text is about.
		if len(its) > 4 && its[0].low == "the" && r.focusAt[si] != nil {
			for k := 1; k < 6 && k+3 < len(its) && its[k].kind == itWord && !its[k].isPunct(); k++ {
				if !localNounWords[its[k].low] && its[k].low != "winner" && its[k].low != "champion" {
					continue
				}
				if its[k+1].text == "," && its[k+3].text == "," {
					if n, err := strconv.Atoi(its[k+2].text); err == nil && n >= 10 && n <= 110 {
						a := get(r.focusAt[si])
						if q := r.quantityAt(schema.Span{Start: its[k+2].start, End: its[k+2].end}, its[k+2].text); q >= 0 && a.age == 0 {
							a.age, a.ageQ = n, q
						}
					}
				}
				break
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
	// "A Dundee man, Craig Stewart, won": a town and a word for a runner
	// set before the name.
	if i >= 4 && its[i-1].text == "," && localNounWords[its[i-2].low] && its[i-3].capitalised() && its[i-3].kind == itWord &&
		(its[i-4].low == "a" || its[i-4].low == "an" || its[i-4].low == "the") && r.isPlace(its[i-3].start, its[i-3].end) {
		r.placeOrNation(its[i-3].text, a, false)
	}
	// "Tauranga flatmates Hemi Walker and Georgia Tuhoe": the second of
	// a pair after a town and a plural noun is from the town too.
	if i >= 4 && its[i-1].low == "and" && its[i-2].kind == itPerson && togetherNouns[its[i-3].low] && its[i-4].capitalised() &&
		r.isPlace(its[i-4].start, its[i-4].end) {
		r.placeOrNation(its[i-4].text, a, false)
	}
	// "The Kenyan favourite, Faith Jerotich,", "A third Ethiopian,
	// Selemon Tadesse,": a demonym in the phrase the name is in
	// apposition to; "Representing Japan, Yuki Mori": the country.
	if its[i-1].text == "," && i >= 2 {
		k := i - 2
		for lower := 0; k >= 0 && lower < 3 && its[k].kind == itWord && !its[k].isPunct() && !its[k].capitalised(); lower++ {
			k--
		}
		if k >= 0 && isDemonymItem(its[k]) && its[k].capitalised() &&
			(k == 0 || appositionOpeners[its[k-1].low] || ordinals[its[k-1].low] > 0 && k >= 2 && appositionOpeners[its[k-2].low]) {
			if c, ok := nations().Demonym(its[k].text); ok {
				setOnce(&a.nationality, c)
			}
		}
		k = i - 2
		for k > 0 && its[k].capitalised() && !its[k].isPunct() {
			k--
		}
		if k < i-2 && (its[k].low == "representing" || its[k].low == "for" && k > 0 && (its[k-1].low == "competing" || its[k-1].low == "running" || its[k-1].low == "racing")) {
			if c, ok := nations().Country(joinItems(its[k+1 : i-1])); ok {
				setOnce(&a.nationality, c)
			}
		}
	}
	// "The 44-year-old mother of three, Kate Hill,": an age in the phrase
	// the name is in apposition to.
	if a.age == 0 && i >= 3 && its[i-1].text == "," {
		for k := i - 2; k >= 1 && k >= i-7; k-- {
			if n, ok := ageOf(its[k].low); ok {
				if its[k-1].low == "the" || its[k-1].low == "a" || its[k-1].low == "an" {
					a.age = n
					a.ageQ = r.quantityAt(schema.Span{Start: its[k].start, End: its[k].end}, its[k].text)
				}
				break
			}
			if its[k].kind != itWord || its[k].isPunct() || its[k].capitalised() {
				break
			}
		}
	}
	// "Kenya's Olympic champion X", "Ethiopia's world record holder X":
	// a country's possessive before a description of the person.
	if its[i-1].kind == itWord && !its[i-1].isPunct() {
		for k := i - 1; k >= 0 && k >= i-5; k-- {
			if isPossessive(its[k].text) && k >= 1 {
				if c, ok := nations().Country(its[k-1].text); ok && k < i-1 {
					setOnce(&a.nationality, c)
				}
				break
			}
			// "Kenya junior champion X": the country's name itself before
			// a title the country gave.
			if c, ok := nations().Country(its[k].text); ok && its[k].capitalised() && k < i-1 && titledBy(its[k+1:i]) {
				setOnce(&a.nationality, c)
				break
			}
			if its[k].kind != itWord || its[k].isPunct() || its[k].capitalised() && !championWords[its[k].low] {
				break
			}
		}
	}
	// "24-year-old X", "Sixteen-year-old X", "The 31-year-old Ugandan
	// X", "the 24-year-old Kenyan policeman X"
	if a.age == 0 {
		// past at most a demonym and two lower-case nouns
		k, dem := i-1, false
		for steps := 0; k > 0 && steps < 3; steps++ {
			if _, ok := ageOf(its[k].low); ok || its[k].kind != itWord || its[k].isPunct() {
				break
			}
			if isDemonymItem(its[k]) && its[k].capitalised() && !dem {
				dem = true
			} else if its[k].capitalised() || functionWords[its[k].low] {
				break
			}
			k--
		}
		if n, ok := ageOf(its[k].low); ok {
			a.age = n
			a.ageQ = r.quantityAt(schema.Span{Start: its[k].start, End: its[k].end}, its[k].text)
		}
	}
	// "Leeds-based Kenyan X": the nationality, then the town below.
	if i >= 2 && isDemonymItem(its[i-1]) && its[i-1].capitalised() && strings.HasSuffix(its[i-2].low, "-based") {
		if c, ok := nations().Demonym(its[i-1].text); ok {
			setOnce(&a.nationality, c)
		}
		i--
	}
	// "Sowerby Bridge-based X"
	bi := i - 1
	if i >= 2 && its[i-1].kind == itWord && !its[i-1].capitalised() && !its[i-1].isPunct() && strings.HasSuffix(its[i-2].low, "-based") {
		bi = i - 2 // "Halifax-based coach Rob Dean"
	}
	if b := its[bi]; b.kind == itWord && strings.HasSuffix(b.low, "-raised") && len(b.low) > len("-raised") && b.capitalised() {
		// "Leeds-raised Cara Day": where she grew up
		r.placeOrNation(strings.TrimSpace(r.d.Text[b.start:b.end-len("-raised")]), a, false)
		return
	}
	if b := its[bi]; b.kind == itWord && strings.HasSuffix(b.low, "-based") && len(b.low) > len("-based") {
		i = bi + 1
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
	// "St Helens' Amy Ode", "Wells' Tom Fox": a place's plural-form
	// possessive.
	if i >= 2 && (its[i-1].text == "'" || its[i-1].text == "’") && its[i-2].capitalised() && strings.HasSuffix(its[i-2].text, "s") &&
		its[i-1].start == its[i-2].end {
		k := i - 2
		for k > 0 && its[k-1].capitalised() && !its[k-1].isPunct() {
			k--
		}
		if r.isPlace(its[k].start, its[i-2].end) {
			r.placeOrNation(joinItems(its[k:i-1]), a, true)
			return
		}
	}
	// "Sebei district's Stella Cherop": the district's name.
	if i >= 3 && isPossessive(its[i-1].text) && areaNouns[its[i-2].low] && its[i-3].capitalised() {
		k := i - 3
		for k > 0 && its[k-1].capitalised() && !its[k-1].isPunct() {
			k--
		}
		r.placeOrNation(joinItems(its[k:i-2]), a, true)
		return
	}
	if its[i-1].text == "'s" || its[i-1].text == "’s" {
		k := i - 2
		for k > 0 && its[k-1].capitalised() && !its[k-1].isPunct() {
			k--
		}
		if k >= 0 && k < i-1 && its[i-2].kind == itWord && its[i-2].capitalised() {
			name := joinItems(its[k : i-1])
			name = strings.TrimPrefix(name, "The ")
			if a.hometown == "" && r.isPlace(its[k].start, its[i-2].end) && r.isOrg(name) {
				// "beating Coniston's Ruth Hodgson" above a row bracketing
				// "(Coniston)": the prose names the town.
				if _, ok := nations().Country(name); !ok {
					a.hometown = name
					return
				}
			}
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
	if town, ok := cityDemonyms[its[k].low]; ok && lower <= 2 && !verbish {
		// "Aucklander Priya Naidu", "Londoner X": the city is the home town
		setOnce(&a.hometown, town)
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
	// "Central junior Ava Smith", "Lincoln sophomore Zoe Park": a school's
	// team before a school year, not a home town.
	if _, country := nations().Country(name); lower >= 1 && schoolYearWords[its[k+1].low] && !country {
		if !contains(a.clubs, name) {
			a.clubs = append(a.clubs, name)
		}
		return
	}
	if r.isPlace(its[j].start, its[k].end) && a.hometown == "" && r.isOrg(name) && !schoolWords[its[i-1].low] {
		// "Katikati orchardist Sam Brennan" above a results row "(Katikati)":
		// the prose names the town, whatever the row's bracket holds.
		if _, ok := nations().Country(name); !ok {
			a.hometown = name
			return
		}
	}
	if r.isPlace(its[j].start, its[k].end) || k > j && !eventWords(name) {
		r.placeOrNation(name, a, false)
	}
}

// townThenNoun returns where a place of two words or more that starts at
// item k ends, when a lower-case noun follows it or its state set off
// in commas (", a Fort Collins, Colo., native"); else 0.
func (r *relDoc) townThenNoun(its []item, k int) int {
	e := k
	for e < len(its) && its[e].capitalised() && its[e].kind == itWord && !its[e].isPunct() {
		e++
	}
	if e-k < 2 || e >= len(its) || !r.isPlace(its[k].start, its[e-1].end) {
		return 0
	}
	n := e
	if its[n].text == "," {
		// the state: "Colo." or "Colorado", then a comma
		m := n + 1
		for m < len(its) && (its[m].capitalised() || its[m].text == ".") && !(its[m].text == ",") && m < n+4 {
			m++
		}
		if m == n+1 || m >= len(its) || its[m].text != "," {
			return 0
		}
		n = m + 1
	}
	if n >= len(its) || its[n].kind != itWord || its[n].isPunct() || its[n].capitalised() {
		return 0
	}
	return e
}

// settlementWords before "of" and a town: "from the village of
// Tattenhall".
var settlementWords = map[string]bool{"town": true, "village": true, "city": true, "hamlet": true, "suburb": true}

// cityDemonyms name a city's people: "Aucklander X" is from Auckland.
var cityDemonyms = map[string]string{"aucklander": "Auckland", "londoner": "London", "glaswegian": "Glasgow",
	"mancunian": "Manchester", "liverpudlian": "Liverpool", "scouser": "Liverpool", "sydneysider": "Sydney",
	"melburnian": "Melbourne", "new yorker": "New York", "dubliner": "Dublin", "parisian": "Paris", "berliner": "Berlin",
	"bostonian": "Boston", "torontonian": "Toronto", "capetonian": "Cape Town", "geordie": "Newcastle",
	"brummie": "Birmingham", "corkonian": "Cork", "wellingtonian": "Wellington", "aberdonian": "Aberdeen",
	"dundonian": "Dundee", "bristolian": "Bristol", "mumbaikar": "Mumbai", "nairobian": "Nairobi"}

// raceBefore reports whether the words before item i name the race:
// its name, or "the race", "the event", "the marathon".
func raceBefore(its []item, i int, name string) bool {
	var b strings.Builder
	for k := 0; k < i; k++ {
		b.WriteString(its[k].low)
		b.WriteByte(' ')
	}
	s := b.String()
	if strings.Contains(s, strings.ToLower(name)) {
		return true
	}
	for _, w := range []string{"race ", "event ", "marathon ", "festival ", "championships ", "run "} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// withUpon extends a town's name read from item k over "upon" and the
// river: "Newcastle upon Tyne".
func withUpon(its []item, k int, name string) string {
	e := k
	for e < len(its) && its[e].capitalised() && !its[e].isPunct() {
		e++
	}
	if e+1 < len(its) && its[e].low == "upon" && its[e+1].capitalised() && joinItems(its[k:e]) == name {
		return joinItems(its[k : e+2])
	}
	return name
}

// personBefore reports whether a person is named before item i.
func personBefore(its []item, i int) bool {
	for k := 0; k < i; k++ {
		if its[k].kind == itPerson {
			return true
		}
	}
	return false
}

// schoolWords after a school's name are a pupil's year, not a job:
// "Westside senior Daniel Kim" is at the school, not from a town.
var schoolWords = map[string]bool{"senior": true, "junior": true, "sophomore": true, "freshman": true, "student": true,
	"pupil": true, "graduate": true, "alumnus": true, "alumna": true, "sixth-former": true}

// togetherNouns name two or more people before their names: "Tauranga
// flatmates A and B".
var togetherNouns = map[string]bool{"flatmates": true, "housemates": true, "brothers": true, "sisters": true, "twins": true,
	"friends": true, "teammates": true, "clubmates": true, "couple": true, "pair": true, "duo": true, "siblings": true,
	"training partners": true, "cousins": true, "neighbours": true, "neighbors": true, "colleagues": true}

// localNounWords after "the" and a town name someone from it: "the
// Ambleside runner".
var localNounWords = map[string]bool{"runner": true, "athlete": true, "man": true, "woman": true, "veteran": true,
	"teenager": true, "youngster": true, "schoolboy": true, "schoolgirl": true, "pensioner": true}

// schoolTeams are the names the text writes before a school year
// ("Lincoln sophomore X"): teams wherever else they stand before a name
// ("Lincoln's Grace Olsen").
func (r *relDoc) schoolTeams() map[string]bool {
	if r.teams != nil {
		return r.teams
	}
	r.teams = map[string]bool{}
	for _, its := range r.sents {
		for k := 1; k+1 < len(its); k++ {
			if schoolYearWords[its[k].low] && its[k-1].capitalised() && !isDemonymItem(its[k-1]) && its[k+1].kind == itPerson {
				j := k - 1
				for j > 0 && its[j-1].capitalised() && !its[j-1].isPunct() {
					j--
				}
				r.teams[schema.Fold(joinItems(its[j:k]))] = true
			}
		}
	}
	return r.teams
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
	// The spans of places by where they start, built at the first call:
	// it is asked for nearly every capitalised word, and the stage adds no
	// place.
	if r.placeSpans == nil {
		r.placeSpans = []schema.Span{}
		for _, m := range r.d.Mentions {
			if m.Label == schema.LabelGPE || m.Label == schema.LabelLoc {
				r.placeSpans = append(r.placeSpans, schema.Span{Start: m.Start, End: m.End})
			}
		}
		for _, p := range r.d.Record.Places {
			r.placeSpans = append(r.placeSpans, p.Mentions...)
		}
		sort.Slice(r.placeSpans, func(a, b int) bool { return r.placeSpans[a].Start < r.placeSpans[b].Start })
		for _, sp := range r.placeSpans {
			r.placeMax = max(r.placeMax, sp.End-sp.Start)
		}
	}
	// A span holding [start, end) starts at or before start, and no
	// further back than the longest span.
	k := sort.Search(len(r.placeSpans), func(k int) bool { return r.placeSpans[k].Start > start })
	for k--; k >= 0 && r.placeSpans[k].Start >= start-r.placeMax; k-- {
		if end <= r.placeSpans[k].End {
			return true
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
	// "St Patrick's Iten": a saint's school or church in a town the text
	// names, not a home town (but "St Ann's Bay" is a town).
	if saintInstRe.MatchString(name) && r.placeNamed(name[strings.LastIndex(name, " ")+1:]) {
		if !contains(a.clubs, name) {
			a.clubs = append(a.clubs, name)
		}
		return
	}
	// "Uttarakhand's Chamoli": the town in the region the text names.
	for _, sep := range []string{"'s ", "’s "} {
		if before, after, ok := strings.Cut(name, sep); ok && after != "" && r.placeNamed(before) {
			name = after
		}
	}
	// "Team GB's X", "Team Kenya's X"
	if rest, ok := strings.CutPrefix(name, "Team "); ok {
		if rest == "GB" {
			rest = "GBR"
		}
		if c, ok := nations().Country(rest); ok {
			setOnce(&a.nationality, c)
			return
		}
		if c, ok := nations().Code(rest); ok {
			setOnce(&a.nationality, c)
			return
		}
	}
	if c, ok := nations().Demonym(name); ok {
		setOnce(&a.nationality, c)
		return
	}
	if c, ok := nations().Country(name); ok {
		setOnce(&a.nationality, c)
		return
	}
	// "KDF's Nicholas Kimeli": letters before a possessive are a body or
	// team the tables do not know, not a town.
	if possessive && allCaps(name) && len(name) <= 6 && len(name) >= 2 {
		if !contains(a.clubs, name) {
			a.clubs = append(a.clubs, name)
		}
		return
	}
	if isClubName(name) || r.isOrg(name) || possessive && r.schoolTeams()[schema.Fold(name)] {
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
			if err != nil && its[j-1].low == "aged" {
				// "aged sixty-one"
				if v, ok := wordsNumber(it.low); ok {
					n, err = v, nil
				}
			}
			if err != nil || n < 1 || n > 110 {
				return
			}
			next := ""
			if j+1 < len(its) {
				next = its[j+1].text
			}
			// "Ann Ode, 31 and a mother of two,"
			andA := next == "and" && j+2 < len(its) && (its[j+2].low == "a" || its[j+2].low == "an")
			if next != "," && next != "." && next != ")" && next != ";" && next != "" && !andA {
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
		case (it.low == "originally" || it.low == "born") && j+2 < len(its) && (its[j+1].low == "from" || its[j+1].low == "in") && its[j+2].capitalised():
			// ", originally from Leeds but now living in Bristol,": where
			// someone now lives is the home town, read on to it; ",
			// originally from Leeds," alone is where they are from.
			k := j + 2
			for k < len(its) && its[k].capitalised() && !its[k].isPunct() {
				k++
			}
			if k+1 < len(its) && (its[k].low == "but" || its[k].low == "and" || its[k].text == ",") && (its[k+1].low == "now" || whoFrom(its, k+1) > 0) {
				j = k + 1
				continue
			}
			if it.low == "originally" {
				// (a country is where they were born, not a nationality)
				if names := capitalRuns(its, j+2, false); len(names) > 0 {
					if _, country := nations().Country(names[0]); !country {
						r.placeOrNation(firstPlace(names[0]), a, false)
					}
				}
			}
			return
		case (it.low == "is" || it.low == "was") && j > i+1 && j+2 < len(its) && (its[j+1].low == "a" || its[j+1].low == "an") && !its[j+2].capitalised():
			// "Murmu, aged 22, is a student from Ranchi"
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
		case (it.low == "hailing" || it.low == "living" || it.low == "based") && j+1 < len(its) && (its[j+1].low == "from" || its[j+1].low == "in") && j > i+1 &&
			!(it.low == "living" && (its[j-1].text != "," && its[j-1].low != "now")):
			// ", hailing from Mysuru,", ", now living in Madrid,"; "a
			// teacher living in Leeds" is read by the case of whoFrom below.
			j++
		case it.low == "from" || it.low == "of":
			k := skipTownOf(its, j+1)
			if k < len(its) && (its[k].low == "organisers" || its[k].low == "organizers" || its[k].low == "the") {
				k++
			}
			if k < len(its) && its[k].low == "nearby" {
				k++ // "of nearby Meltham"
			}
			if k+1 < len(its) && its[k-1].low == "the" && settlementWords[its[k].low] && its[k+1].low == "of" {
				k += 2 // "from the village of Tattenhall"
			} else if k+2 < len(its) && its[k-1].low == "the" && its[k].capitalised() && settlementWords[its[k+1].low] && its[k+2].low == "of" {
				k += 3 // "from the Suffolk village of Long Melford"
			}
			if it.low == "from" && k < len(its) && (its[k].low == "near" || its[k].low == "outside" || its[k].low == "just") {
				// "from near Kendal", "from just outside Leeds"
				k++
				if k < len(its) && its[k].low == "outside" {
					k++
				}
			}
			if k >= len(its) || !its[k].capitalised() {
				return
			}
			names := capitalRuns(its, k, false)
			if len(names) == 0 {
				return
			}
			names[0] = withUpon(its, k, names[0])
			if f := strings.Fields(names[0]); len(f) > 1 && strings.HasSuffix(strings.ToLower(f[0]), "-based") {
				// "of Ripon-based Ripon Runners": the club, without where
				// it is based.
				names[0] = strings.Join(f[1:], " ")
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
				// "X of Helm Hill Runners, from near Kendal,": past a
				// club to a home town after it.
				if (isClubName(names[0]) || r.isOrg(names[0])) && a.hometown == "" {
					for k < len(its) && its[k].capitalised() && !its[k].isPunct() {
						k++
					}
					if k+1 < len(its) && its[k].text == "," && its[k+1].low == "from" {
						j = k
						continue
					}
				}
			}
			return
		case (it.low == "a" || it.low == "an") && j+3 < len(its) && its[j+1].capitalised() && r.townThenNoun(its, j+1) > 0:
			// ", a Fort Collins, Colo., native": a town of several words,
			// with its state, before a lower-case noun.
			e := r.townThenNoun(its, j+1)
			r.placeOrNation(joinItems(its[j+1:e]), a, false)
		case it.low == "the" && j+2 < len(its) && its[j+1].capitalised() && isDemonymItem(its[j+1]) && j == i+2 && its[i+1].text == ",":
			// ", the Dutch Olympic champion,"
			if c, ok := nations().Demonym(its[j+1].text); ok {
				setOnce(&a.nationality, c)
			}
			return
		case j == i+2 && its[i+1].text == "," && it.capitalised() && j+2 < len(its) && isPossessive(its[j+1].text) && !its[j+2].capitalised() ||
			j == i+2 && its[i+1].text == "," && it.capitalised() && j+2 < len(its) && isPossessive(its[j+1].text) && championWords[its[j+2].low]:
			// ", Kenya's two-time Olympic champion,"
			if c, ok := nations().Country(it.text); ok {
				setOnce(&a.nationality, c)
			}
			return
		case (it.low == "a" || it.low == "an") && j+1 < len(its) && its[j+1].capitalised() && isDemonymItem(its[j+1]):
			// ", an Irishman from Sligo", ", a Londoner,"
			if c, ok := nations().Demonym(its[j+1].text); ok {
				setOnce(&a.nationality, c)
			}
			if town, ok := cityDemonyms[its[j+1].low]; ok {
				setOnce(&a.hometown, town)
			}
			j += 2
		case (it.low == "a" || it.low == "an") && j+2 < len(its) && its[j+1].capitalised() && r.isPlace(its[j+1].start, its[j+1].end) &&
			its[j+2].kind == itWord && !its[j+2].isPunct() && (!its[j+2].capitalised() || allUpper(its[j+2].text) && len(its[j+2].text) <= 3):
			// ", a Joondalup plumber,", ", a Penrith GP", ", a Grasmere
			// guesthouse owner aged 61,": the town, then on past the
			// occupation to an age.
			r.placeOrNation(its[j+1].text, a, false)
			k := j + 2
			for k < len(its) && k < j+6 && its[k].kind == itWord && !its[k].isPunct() && (!its[k].capitalised() || k == j+2) &&
				its[k].low != "aged" && its[k].low != "who" {
				k++
			}
			if k >= len(its) || its[k].low != "aged" {
				return
			}
			j = k
		case (it.low == "a" || it.low == "an") && j+5 < len(its) && its[j+1].capitalised() && r.isPlace(its[j+1].start, its[j+1].end) &&
			its[j+2].text == "," && its[j+3].capitalised() && r.isPlace(its[j+3].start, its[j+3].end) && its[j+4].text == "," &&
			its[j+5].kind == itWord && !its[j+5].isPunct() && !its[j+5].capitalised():
			// ", a Flagstaff, Arizona, native,"
			r.placeOrNation(its[j+1].text, a, false)
			return
		case it.low == "who" && j+3 < len(its) && (its[j+1].low == "calls" || its[j+1].low == "called") && its[j+2].capitalised():
			// "who calls Eugene home"
			names := capitalRuns(its, j+2, false)
			if len(names) > 0 {
				k := j + 2 + len(strings.Fields(names[0]))
				if k < len(its) && its[k].low == "home" {
					r.placeOrNation(names[0], a, false)
				}
			}
			return
		case it.low == "a" || it.low == "an" || it.low == "the":
			// ", a retired tin miner from Camborne"
			k := j + 1
			for k < len(its) && k < j+8 && (its[k].kind == itWord || its[k].kind == itNumber) && !its[k].isPunct() &&
				(!its[k].capitalised() || strings.HasSuffix(its[k].low, "-born") && k == j+1) &&
				its[k].low != "from" && (its[k].low != "of" || k+1 < len(its) && numberWords[its[k+1].low] > 0) && its[k].low != "who" && whoFrom(its, k) == 0 {
				// (", a father of two from Nandi County": "of two" is
				// part of the description)
				if n, ok := ageOf(its[k].low); ok && a.age == 0 {
					a.age = n // ", a 33-year-old nurse from Asheville"
				} else if its[k].kind == itNumber && (k+1 >= len(its) || its[k+1].isPunct()) {
					break // (", the 400m hurdles world record holder from X" goes on)
				}
				k++
			}
			if k == j+1 {
				return
			}
			if k+1 < len(its) && its[k].capitalised() && its[k+1].low == "aged" {
				k++ // ", a former Olympian aged 68,"
			}
			j = k
		case it.low == "who" && j+2 < len(its) && (its[j+1].low == "at" || its[j+1].low == "is" || its[j+1].low == "was") && a.age == 0 &&
			r.quantityAt(schema.Span{Start: its[j+2].start, End: its[j+2].end}, its[j+2].text) >= 0:
			// ("Jim Beck, who is seventy-eight, walked")
			// "X, who at seventy-three finished the 25K"
			n, err := strconv.Atoi(its[j+2].text)
			if err != nil {
				n, _ = wordsNumber(its[j+2].low)
			}
			if n >= 5 && n <= 110 && r.quantityAt(schema.Span{Start: its[j+2].start, End: its[j+2].end}, its[j+2].text) >= 0 {
				a.age = n
				a.ageQ = r.quantityAt(schema.Span{Start: its[j+2].start, End: its[j+2].end}, its[j+2].text)
			}
			return
		case it.low == "who" && j+3 < len(its) && whoFrom(its, j+1) > 0 || (j == i+1 || its[j-1].text == ",") && whoFrom(its, j) > 0 ||
			j > i+2 && whoFrom(its, j) > 0 && (its[j].low == "now" || its[j].low == "living"):
			// (", a Glasgow-born doctor now living in Aviemore")
			// "who lives in Tewantin", "who hails from Sligo", "X lives in
			// Y"
			k := j + whoFrom(its, j)
			if it.low == "who" {
				k = j + 1 + whoFrom(its, j+1)
			}
			k = skipTownOf(its, k)
			if k < len(its) && its[k].capitalised() {
				if names := capitalRuns(its, k, false); len(names) > 0 {
					if _, isCountry := nations().Country(names[0]); !isCountry {
						r.placeOrNation(names[0], a, false)
					}
				}
			}
			return
		case it.low == "who" && j+2 < len(its) && representVerb(its, j+1) > 0:
			// "who represents Bahrain", "who now competes for Japan"
			k := j + 1 + representVerb(its, j+1)
			if k < len(its) && its[k].capitalised() {
				if names := capitalRuns(its, k, false); len(names) > 0 {
					if c, ok := nations().Country(names[0]); ok {
						setOnce(&a.nationality, c)
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
					// "who grew up in Bradford but now lives in York":
					// where they live now.
					for m := k + 1; m < len(its) && m < k+8; m++ {
						if w := whoFrom(its, m); w > 0 && m+w < len(its) && its[m+w].capitalised() {
							names = capitalRuns(its, m+w, false)
							break
						}
					}
					if len(names) > 0 {
						r.placeOrNation(names[0], a, false)
					}
					return
				}
			}
			return
		case j > i+1 && its[j-1].text == "," && whoFrom(its, j) > 0:
			// "Lisa Bell, 38, hails from Keighley"
			k := j + whoFrom(its, j)
			if k < len(its) && its[k].capitalised() {
				if names := capitalRuns(its, k, false); len(names) > 0 {
					if _, isCountry := nations().Country(names[0]); !isCountry {
						r.placeOrNation(names[0], a, false)
					}
				}
			}
			return
		case callsHome(its, j) > 0:
			// ", who now calls Glossop home", ", now calls Wetherby home"
			k := callsHome(its, j)
			r.placeOrNation(joinItems(its[k:callsHomeEnd(its, k)]), a, false)
			return
		case it.low == "originally" && j+2 < len(its) && its[j+1].low == "from":
			// ", originally from Galway, now calls Wetherby home": the
			// birthplace is passed over.
			k := j + 2
			for k < len(its) && its[k].text != "," {
				k++
			}
			j = k
		default:
			return
		}
	}
}

// callsHome returns where the place starts in "who now calls X home",
// "now calls X home" or "calls X home" from item j, or 0.
func callsHome(its []item, j int) int {
	k := j
	if k < len(its) && its[k].low == "who" {
		k++
	}
	if k < len(its) && its[k].low == "now" {
		k++
	}
	if k+2 >= len(its) || its[k].low != "calls" || !its[k+1].capitalised() {
		return 0
	}
	if e := callsHomeEnd(its, k+1); e < len(its) && its[e].low == "home" {
		return k + 1
	}
	return 0
}

// callsHomeEnd returns the end of the capitalised run from k.
func callsHomeEnd(its []item, k int) int {
	for k < len(its) && its[k].capitalised() && !its[k].isPunct() {
		k++
	}
	return k
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
	if j+n+2 < len(its) && (its[j+n].low == "is" || its[j+n].low == "was") && its[j+n+1].low == "based" && its[j+n+2].low == "in" {
		return n + 3 // "who is based in Otley"
	}
	v, p := its[j+n].low, its[j+n+1].low
	switch {
	case (v == "lives" || v == "live" || v == "living" || v == "based") && p == "in":
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
			rest := inner[2:]
			if rest[0].capitalised() && r.isPlace(rest[0].start, rest[0].end) && !r.isOrg(rest[0].text) {
				k := 1
				for k < len(rest) && rest[k].capitalised() && r.isPlace(rest[0].start, rest[k].end) {
					k++
				}
				r.placeOrNation(joinItems(rest[:k]), a, false)
				return
			}
			r.bracket(rest, a)
			return
		}
	}
	if len(inner) == 0 {
		return
	}
	// "(Sr., Omaha)": a school year, then a home town or a school.
	if rest, _, ok := cutSchoolYear(joinItems(inner)); ok {
		k := 0
		for k < len(inner) && inner[k].text != "," {
			k++
		}
		if k+1 < len(inner) && r.isPlace(inner[k+1].start, inner[len(inner)-1].end) && !r.isOrg(rest) {
			if _, country := nations().Country(rest); !country {
				setOnce(&a.hometown, rest)
			}
		} else if !contains(a.clubs, rest) {
			a.clubs = append(a.clubs, rest)
		}
		return
	}
	// "(Flagstaff, AZ)", "(Bend, Ore.)": a town and its state.
	for k := 1; k+1 < len(inner) && k <= 3; k++ {
		if inner[k].text != "," {
			continue
		}
		if r.isPlace(inner[0].start, inner[k-1].end) && r.isPlace(inner[k+1].start, inner[len(inner)-1].end) {
			r.placeOrNation(joinItems(inner[:k]), a, false)
			return
		}
		if r.isPlace(inner[0].start, inner[k-1].end) && len(inner)-(k+1) == 2 && inner[len(inner)-1].text == "." && r.isPlace(inner[k+1].start, inner[k+1].end) {
			r.placeOrNation(joinItems(inner[:k]), a, false)
			return
		}
		break
	}
	// "(Boulder, Colo.)": a town and its state or county.
	if len(inner) >= 3 && inner[0].capitalised() && inner[1].text == "," && inner[2].capitalised() &&
		r.isPlace(inner[0].start, inner[0].end) && r.isPlace(inner[2].start, inner[2].end) && !r.isOrg(inner[0].text) {
		if _, country := nations().Country(inner[0].text); !country {
			setOnce(&a.hometown, inner[0].text)
			return
		}
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

// wordsNumber reads a number written in words: "sixty-one", "seventy",
// "twelve".
func wordsNumber(w string) (int, bool) {
	total := 0
	for _, part := range strings.Split(w, "-") {
		v, ok := numberWords[part]
		if !ok {
			return 0, false
		}
		total += v
	}
	return total, total > 0
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
		case prev == "first" || prev == "top" || prev == "leading" || prev == "best-placed" || prev == "fastest" ||
			prev == "best" && i >= 2 && its[i-2].low == "the" || prev == "highest-placed" || prev == "top-placed" || prev == "first-placed":
			p = r.subjectOf(its, i)
		case (prev == "a" || prev == "an") && (oneTwoRe.MatchString(next) || next == "1-2" || next == "1-2-3" || next == "sweep" || next == "double" || next == "clean"):
			// "X, who made it an Ethiopian one-two", "completing a Kenyan
			// sweep"
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
				if n, ok := r.ordinalBefore(m.Start); ok && !r.winsAfter(m.End) {
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
				// "returned for a 14th year", "was held for the 25th time"
				if (its[i+1].low == "year" || its[i+1].low == "time") && i >= 2 && (its[i-1].low == "a" || its[i-1].low == "the") &&
					its[i-2].low == "for" && main.Edition == nil && n >= 2 && !personBefore(its, i) && raceBefore(its, i, main.Name) {
					// (not "Smith won it for the third time": hers)
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
		// "his first London Marathon": his own, not the event's.
		if k > 0 && (its[k-1].low == "his" || its[k-1].low == "her" || its[k-1].low == "their" || its[k-1].low == "my") {
			return 0, false
		}
		return ordinalValue(its[k].low)
	}
	return 0, false
}

// winsAfter says whether the word after an event's mention (ending at
// end) counts wins or starts: "her country's first Diamond League
// victory".
func (r *relDoc) winsAfter(end int) bool {
	si := r.d.SentenceAt(end)
	if si < 0 || si >= len(r.sents) {
		return false
	}
	for _, it := range r.sents[si] {
		if it.start >= end {
			return countedWins[it.low]
		}
	}
	return false
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
var bareAgeRe = regexp.MustCompile(`^(?:\d{1,3}|(?i:age of) \d{1,3}|\d{1,3}(?:st|nd|rd|th) birthday|\d{1,3} years old|(?i:aged) (?:just|only|barely) \d{1,3}|(?i:[a-z]+(?:-[a-z]+)?))$`)

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

// appositionOpeners stand before a demonym whose phrase a name is in
// apposition to: "The Kenyan favourite, X", "another Briton, X".
var appositionOpeners = map[string]bool{"the": true, "a": true, "an": true, "another": true, "fellow": true, "his": true, "her": true}

// amongNationals reads a sentence that opens "Among Indians," or "Among
// the Kenyan women,": everyone it names has that nationality.
func (r *relDoc) amongNationals(its []item, get func(*Individual) *attrs) {
	k := leadingMarks(its)
	if k+2 >= len(its) || its[k].low != "among" {
		return
	}
	k++
	if its[k].low == "the" {
		k++
	}
	if k >= len(its) || !its[k].capitalised() {
		return
	}
	c, ok := nations().Demonym(its[k].text)
	if !ok {
		return
	}
	// the phrase ends at the first comma
	for j := k + 1; j < len(its) && j <= k+3; j++ {
		if its[j].text == "," {
			for _, it := range its[j+1:] {
				if it.kind == itPerson && it.ind != nil && !it.ref {
					setOnce(&get(it.ind).nationality, c)
				}
			}
			return
		}
		if its[j].kind != itWord || its[j].capitalised() {
			return
		}
	}
}

// representVerb returns how many words from item j say whom a runner
// represents ("represents", "now competes for", "switched allegiance
// to"), or 0.
func representVerb(its []item, j int) int {
	n := 0
	if j < len(its) && (its[j].low == "now" || its[j].low == "still") {
		n++
	}
	if j+n >= len(its) {
		return 0
	}
	switch its[j+n].low {
	case "represents", "represented", "represent":
		return n + 1
	case "competes", "competed", "compete", "races", "raced":
		if j+n+1 < len(its) && its[j+n+1].low == "for" {
			return n + 2
		}
	}
	return 0
}

// skipTownOf skips the words between "from" and a town's name: "from
// nearby Otley", "from the Rift Valley town of Kapsabet", "from the
// village of Eastby".
func skipTownOf(its []item, k int) int {
	if k < len(its) && (its[k].low == "nearby" || its[k].low == "neighbouring" || its[k].low == "neighboring") {
		return k + 1
	}
	if k < len(its) && its[k].low == "the" {
		for j := k + 1; j < len(its) && j <= k+5; j++ {
			switch its[j].low {
			case "town", "village", "city", "suburb", "hamlet", "county", "district":
				if j+1 < len(its) && its[j+1].low == "of" {
					return j + 2
				}
				return k
			}
			if its[j].kind != itWord || its[j].isPunct() {
				return k
			}
		}
	}
	return k
}

// appositionFrom says whether lower-case words from item k end in a comma
// and a person: "The 44-year-old mother of three, Kate Hill,".
func appositionFrom(its []item, k int) bool {
	for j := k; j < len(its) && j < k+6; j++ {
		if its[j].text == "," {
			return j > k && j+1 < len(its) && its[j+1].kind == itPerson
		}
		if its[j].kind != itWord || its[j].isPunct() || its[j].capitalised() {
			return false
		}
	}
	return false
}

// allCaps says whether s has letters and all of them are capitals.
func allCaps(s string) bool {
	n := 0
	for _, c := range s {
		if unicode.IsLetter(c) {
			if !unicode.IsUpper(c) {
				return false
			}
			n++
		}
	}
	return n > 1
}

// isOccupation says whether a lower-case word is a job or a description
// of a runner ("nurse", "policeman").
func (r *relDoc) isOccupation(w string) bool {
	return occupationWords[w]
}

// occupationWords are nouns that describe a runner before "from".
var occupationWords = map[string]bool{
	"nurse": true, "teacher": true, "policeman": true, "policewoman": true, "officer": true, "soldier": true,
	"doctor": true, "firefighter": true, "farmer": true, "engineer": true, "builder": true, "plumber": true,
	"accountant": true, "lawyer": true, "postman": true, "mechanic": true, "electrician": true, "joiner": true,
	"athlete": true, "runner": true, "champion": true, "winner": true,
}

// championWords are capitalised words of a title a runner holds:
// "Kenya's Olympic champion X", "the Dutch World champion".
// titledBy reports whether the words its, between a country's name and a
// person's, hold a title a country gives: "junior champion", "record
// holder", "international".
func titledBy(its []item) bool {
	for _, it := range its {
		switch it.low {
		case "champion", "champions", "holder", "international", "captain", "number":
			return true
		}
	}
	return false
}

var championWords = map[string]bool{
	"olympic": true, "world": true, "commonwealth": true, "european": true, "african": true, "asian": true,
	"paralympic": true, "national": true, "pan": true, "american": true, "games": true,
}

// placeNamed says whether the record has a place of that name.
func (r *relDoc) placeNamed(name string) bool {
	f := schema.Fold(name)
	for _, p := range r.d.Record.Places {
		if schema.Fold(p.Name) == f {
			return true
		}
	}
	return false
}

// areaNouns follow a place's name: "Sebei district", "Nandi county".
var areaNouns = map[string]bool{"district": true, "county": true, "region": true, "province": true, "village": true, "town": true}

// saintInstRe matches a saint's institution: "St Patrick's Iten", "St.
// John's College".
var saintInstRe = regexp.MustCompile(`^(?:St\.?|Saint) \p{Lu}\p{L}+['’]s \p{Lu}`)
