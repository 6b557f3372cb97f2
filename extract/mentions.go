package extract

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/extract/gazetteer"
	"github.com/racex/racex/schema"
)

// The mention stage finds named-entity mentions. It works on the text
// stage's tokens in four steps:
//
//  1. runs: maximal runs of capitalised tokens in a sentence, joined across
//     name particles ("de", "del") and, where the words say so, across
//     "of", "for", "and" and "'s" ("Isles of Scilly", "Action for
//     Stammering Children", "Brighton and Hove AC", "St John's Ambulance");
//  2. trimming: leading determiners, sentence-initial common words,
//     titles and ranks ("Lance Bombardier"), occupations ("Newsreader")
//     and demonyms ("Briton") come off the front and are kept as notes;
//     a written-after title ("MP") splits a run;
//  3. labelling: the tables (countries, places, charities, media,
//     sponsors, demonyms), head words ("Marathon", "Striders",
//     "Hospice", "Stadium"), the word after the name ("the Dong-A Ilbo
//     newspaper"), context ("running for X", "an actor from X", "the
//     soap X", "X, 43,", "from X", "X's <person>") and, failing all
//     these, the shape of a personal name;
//  4. single words are resolved last, against the names found: a surname
//     or first name of a person, the first word of a charity, a place by
//     context; a headline only repeats names found in the body.
//
// Each mention found is also kept as an entity note (Doc.ents) with what
// was learnt on the way (titles, occupation, kind, country), for the
// people stage.

// entity is a mention with the notes the people stage needs.
type entity struct {
	label      string
	start, end int // byte span of the name
	first      int // first token of the name
	last       int // token after the name
	sent       int
	kind       string   // place, org or event kind
	country    string   // alpha-3 of a place, demonym or code
	titles     []string // canonical titles before or after a person's name
	titleForm  string   // the title as written just before the name ("L/Bdr")
	descriptor string   // occupation written before the name
	role       string   // role of that occupation
	name       string   // canonical name when it differs from the text
	weak       bool     // a single word still to be resolved
	common     bool     // opens a sentence with a word that may be common
	nick       string   // a nickname written in quotes inside the name
	headline   bool
	dropped    bool
}

func (e *entity) text(d *Doc) string { return d.Text[e.start:e.end] }

// mentionStage finds the mentions of d and keeps their notes in d.ents.
func mentionStage(p *Pipeline, d *Doc) {
	m := &mentioner{p: p, g: p.gaz, d: d}
	m.sentOf = make([]int, len(d.Tokens))
	for si, s := range d.Sentences {
		for i := s.First; i < s.Last; i++ {
			m.sentOf[i] = si
		}
	}
	if h, ok := Headline(d.Text); ok && len(d.Sentences) > 0 {
		if d.Sentences[0].End <= strings.Index(d.Text, h)+len(h) {
			m.headline = 0
		}
	} else {
		m.headline = -1
	}
	for si, s := range d.Sentences {
		for _, r := range m.runs(s) {
			for _, pc := range m.split(r) {
				m.label(si, pc)
			}
		}
	}
	m.resolveSingles()
	m.coordinatedPlaces()
	m.coordinatedEvents()
	m.relabelPeople()
	m.acronyms()
	var out []*entity
	for _, e := range m.ents {
		if !e.dropped {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].start < out[j].start })
	d.ents = out
	for _, e := range out {
		d.Mentions = append(d.Mentions, schema.Mention{Text: e.text(d), Label: e.label, Start: e.start, End: e.end})
	}
}

type mentioner struct {
	p        *Pipeline
	g        *gazetteer.Gazetteer
	d        *Doc
	sentOf   []int
	headline int // index of the headline sentence, or -1
	ents     []*entity
}

// span is a token range [a, b) with what is known about it so far.
type span struct {
	a, b       int
	sent       int
	afterOf    bool // came after "of" split off a name
	possessive bool // followed by "'s"
	postTitle  string
	titles     []string
	titleForm  string
	descriptor string
	role       string
	weakStart  bool   // starts a sentence with a word that may be common
	nick       [2]int // token range of a quoted nickname inside the span
}

func (m *mentioner) tok(i int) Token { return m.d.Tokens[i] }

// capital reports whether token i starts with a capital letter.
func (m *mentioner) capital(i int) bool {
	t := m.d.Tokens[i]
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsUpper(r) {
		return false
	}
	// Words, and numbers only inside a name ("24-Hour", "10K"); a word
	// with digits ("R250", "V40", "T54") is a code or an amount.
	if !isWordTok(t.Text) {
		return false
	}
	for i := 0; i < len(t.Text); i++ {
		if t.Text[i] >= '0' && t.Text[i] <= '9' {
			return false
		}
	}
	return true
}

func isWordTok(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// capNumber reports whether token i is a number with a capital in it that
// can go on a name: "10K", "24-Hour", "70.3".
func (m *mentioner) capNumber(i int) bool {
	t := m.d.Tokens[i].Text
	r, _ := utf8.DecodeRuneInString(t)
	if r < '0' || r > '9' {
		return false
	}
	for _, c := range t {
		if unicode.IsUpper(c) {
			return true
		}
	}
	return false
}

// particles join the words of a name when a capital follows.
var particles = map[string]bool{"de": true, "del": true, "della": true, "da": true, "di": true, "dos": true, "das": true,
	"van": true, "von": true, "der": true, "den": true, "le": true, "la": true, "du": true, "des": true, "bin": true,
	"ibn": true, "al": true, "el": true, "y": true, "ter": true, "las": true, "los": true, "les": true, "do": true}

// joiners may join two capitalised parts; split decides whether they do.
var joiners = map[string]bool{"of": true, "for": true, "and": true, "&": true, "'s": true, "’s": true, "the": true}

// runs returns the runs of capitalised tokens of sentence s.
func (m *mentioner) runs(s Sentence) []span {
	var out []span
	i := s.First
	for i < s.Last {
		// "the 25 de Abril Bridge", "9 de Julio Avenue": a date-named
		// place opens with its number.
		dateName := i+2 < s.Last && isDigits(m.tok(i).Text) && particles[m.tok(i+1).Text] && m.capital(i+2)
		if !m.capital(i) && !dateName {
			i++
			continue
		}
		j := i + 1
		if dateName {
			j = i + 3
		}
		for j < s.Last {
			t := m.tok(j).Text
			if prev := m.tok(j - 1).Text; strings.HasSuffix(prev, ".") && len(prev) > 2 {
				// "Providence, R.I. Maine's Jessica Morrow": an abbreviated
				// state ends the sentence the splitter missed.
				if te, ok := m.g.Find(prev, "place"); ok && te.Kind == "region" {
					break
				}
			}
			switch {
			case t == "I" && m.pronounI(j, s.Last):
				// "... in Leeds I thought": the pronoun ends the name.
			case m.capital(j) || m.capNumber(j):
				j++
				continue
			case isAge(t) && m.tableNameOK(i, j+1):
				// "Channel 4": a number ends a name the tables know.
				j++
				continue
			case t == "." && m.glued(j) && j+1 < s.Last && m.capital(j+1) && m.abbrevDot(j-1) && !m.abbrevPlaceEnds(i, j):
				j += 2
				continue
			case isQuote(t) && m.glued(j) && strings.HasSuffix(m.tok(j-1).Text, "s") && j+1 < s.Last && m.capital(j+1) && m.headAfter(j+1, s.Last):
				// "ABF The Soldiers' Charity" (but "the Huskers' Hannah
				// Voss" is a team's runner)
				j += 2
				continue
			case isQuote(t) && !m.glued(j):
				// Gary "Yeti" Yeo, Joss "The Goat" Pattinson
				if k := m.quotedName(j, s.Last); k > 0 {
					j = k
					continue
				}
			case particles[t] && j+2 < s.Last && particles[m.tok(j+1).Text] && m.capital(j+2):
				// "Ciudad de las Artes"
				j += 3
				continue
			case t == "upon" && j+1 < s.Last && m.capital(j+1):
				// "Newcastle upon Tyne", "Kingston upon Thames"
				j += 2
				continue
			case t == "to" && j == i+1 && j+1 < s.Last && m.capital(j+1) && i > s.First && strings.EqualFold(m.tok(i-1).Text, "the") &&
				!m.knownPlace(m.tok(i).Text):
				// "the Beach to Beacon 10K", "the Bay to Breakers", "the City
				// to Surf": a race named from one end to the other (not
				// "from London to Brighton").
				j += 2
				continue
			case t == "of" && j+2 < s.Last && m.tok(j+1).Text == "the" && m.capital(j+2) && ofHeads[strings.ToLower(m.tok(j-1).Text)]:
				// "University Hospital of the West Indies"
				j += 3
				continue
			case (particles[t] || joiners[strings.ToLower(t)]) && j+1 < s.Last && m.capital(j+1) && t != "The":
				if t == "the" && m.tok(j-1).Text != "of" && m.tok(j-1).Text != "for" {
					break
				}
				j += 2
				continue
			}
			// "Save the Children", "Children in Need": a table's name
			// with words in lower case inside it.
			// (The name ends there: "Children in Need and Dee Fox".)
			if k := m.tableRunEnd(i, j, s.Last); k > j {
				j = k
			}
			break
		}
		out = append(out, span{a: i, b: j, sent: m.sentOf[i]})
		i = j
	}
	return out
}

// tableRunEnd returns where a table name that opens at token i and goes
// on past j (through words in lower case) ends, or j.
func (m *mentioner) tableRunEnd(i, j, last int) int {
	if j >= last || m.capital(j) {
		return j
	}
	for end := min(last, i+m.g.MaxNameWords()); end > j+1; end-- {
		if !m.capital(end - 1) {
			continue
		}
		if te, ok := m.tableName(i, end); ok && (te.Class == "charity" || te.Class == "org" || te.Class == "sponsor" || te.Class == "media") {
			return end
		}
	}
	return j
}

// pronounI reports whether "I" at j is the pronoun: a lower-case word or
// a contraction follows it.
func (m *mentioner) pronounI(j, last int) bool {
	if j+1 >= last {
		return false
	}
	n := m.tok(j + 1).Text
	switch n {
	case "'m", "’m", "'d", "’d", "'ve", "’ve", "'ll", "’ll":
		return true
	}
	return startsLower(n)
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// quotedName matches a quoted nickname of one to three capitalised words
// at j followed by a capitalised word, and returns the index of that word.
func (m *mentioner) quotedName(j, last int) int {
	for n := 1; n <= 3; n++ {
		q := j + n + 1
		if q+1 >= last {
			return 0
		}
		if !m.capital(j+n) && !(n == 1 && m.tok(j+1).Text == "the" && m.capital(j+2)) {
			return 0 // Jonny "the Jet" Pryce opens with a lower-case article
		}
		if isQuote(m.tok(q).Text) && m.capital(q+1) {
			return q + 1
		}
	}
	return 0
}

// glued reports whether token j touches the token before it.
func (m *mentioner) glued(j int) bool { return j > 0 && m.tok(j-1).End == m.tok(j).Start }

// abbrevDot reports whether token i is an initial or a short title whose
// dot does not end the name: "J.", "St.", "Dr.".
func (m *mentioner) abbrevDot(i int) bool {
	t := m.tok(i).Text
	if utf8.RuneCountInString(t) == 1 {
		return true
	}
	_, ok := m.g.Title(t)
	return ok || t == "St" || t == "Mt" || t == "Ft" || t == "Ste" || t == "ST"
}

// split cuts a run into the names it holds and trims each.
func (m *mentioner) split(r span) []span {
	// The whole run may be a table name ("Trinidad and Tobago", "Bank of
	// America", "Runner's World").
	if _, ok := m.tableName(r.a, r.b); ok {
		return m.trim([]span{r})
	}
	// What opens the run ("Twins Amelia and Grace Hollis") comes off
	// before it is cut.
	// ("Mayor of Ottawa Jim Wheaton" gives the place first.)
	t := m.trim([]span{r})
	if len(t) == 0 {
		return nil
	}
	pre := t[:len(t)-1]
	r = t[len(t)-1]
	var parts []span
	start := r.a
	for i := r.a; i < r.b; i++ {
		t := m.tok(i).Text
		lt := strings.ToLower(t)
		// A club's plural possessive before a name: "Ashby Harriers'
		// Tom Reed" is the club and the runner.
		if i > start && isQuote(t) && m.glued(i) && i+1 < r.b && m.clubHeadEnds(start, i) {
			parts = append(parts, span{a: start, b: i, sent: r.sent, possessive: true})
			start = i + 1
			continue
		}
		if i == start || !(joiners[lt] || particles[t]) {
			continue
		}
		if particles[t] && !joiners[lt] {
			continue
		}
		cut := false
		switch lt {
		case "'s", "’s":
			// "Alzheimer's Society" stays whole; "Kenya's Edwin Kiprono"
			// is two names.
			// ("Zimbabwe's Adele Broodryk and Irvette van Zyl of Hollywood
			// AC": the head of a later name is not this one's.)
			seg := m.segmentEnd(i+1, r.b)
			// ("York's Central Park": a place's name after it, though
			// "Central" ends a team's.)
			cut = (!m.orgTail(i+1, seg) || seg-(i+1) >= 2 && m.placeHeadEnds(i+1, seg)) && !(start == r.a && m.charityContext(r.a)) &&
				!m.placeTailAfterS(start, i, seg) &&
				!(i-start == 2 && (m.tok(start).Text == "St" || m.tok(start).Text == "Saint") && seg-i-1 <= 2 && !m.personStartsAt(i+1))
			// ("St Patrick's Iten": a saint's school, one name)
			// "King's Lynn", "Bishop's Stortford": a town named for a
			// title's holder is one name.
			if i-start == 1 && seg == i+2 && titledPlaceWords[m.tok(start).Text] && !m.personStartsAt(i+1) {
				cut = false
			}
			// "Saturday's Kids' Mile": a day or month owns nothing in
			// the name after it.
			if i-start == 1 && notNames[strings.ToLower(m.tok(start).Text)] {
				cut = true
			}
			// "the Osaka Women's Marathon", "the Mayor's Fun Run", "the
			// Chairman's Challenge Cup".
			if raceOwners[strings.ToLower(m.tok(i-1).Text)] {
				for _, h := range m.g.HeadsEnding(m.tok(seg - 1).Text) {
					if h.Class == "event" && m.endsWith(i+1, seg, h.Words) {
						cut = false
					}
				}
			}
			if n, _, ok := m.titleAt(start, i); ok && start+n == i {
				for _, h := range m.g.HeadsEnding(m.tok(seg - 1).Text) {
					if h.Class == "event" && m.endsWith(i+1, seg, h.Words) {
						cut = false
					}
				}
			}
		case "of":
			cut = !ofHeads[strings.ToLower(m.tok(i-1).Text)] && !m.nationalBody(i, r.b)
			// "ran for Care of Police Survivors": after a cue of
			// running for a cause, "of" stays inside the charity's name
			// unless a place follows it.
			if cut && start == r.a && m.charityContext(r.a) && !m.placeName(i+1, m.segmentEnd(i+1, r.b)) {
				cut = false
			}
			// "Sara Hall of Flagstaff", "Tom King of Leeds": a given name
			// and a surname that is also a head, then a town.
			if !cut && i-start == 2 && surnameHeads[strings.ToLower(m.tok(i-1).Text)] && !m.g.Common(m.tok(start).Text) && (r.b-i-1 == 1 || m.placeName(i+1, r.b)) {
				cut = true
			}
		case "for":
			// "Member for Perth Patrick Gorman": an office and its seat.
			cut = !forHeads[strings.ToLower(m.tok(i-1).Text)] && !(m.tok(i-1).Text == "Member" && i-1 == start)
		case "and", "&":
			cut = m.cutAnd(start, i, r.b)
			if lt == "&" && (m.orgTail(i+1, r.b) || m.charityContext(start) || areaWords[strings.ToLower(m.tok(r.b-1).Text)]) {
				// "Smith & Jones Foundation", "Bolton & District".
				cut = false
			}
		case "the":
			cut = false
		}
		if !cut {
			continue
		}
		p := span{a: start, b: i, sent: r.sent}
		if lt == "'s" || lt == "’s" {
			p.possessive = true
		}
		parts = append(parts, p)
		start = i + 1
		if lt == "of" {
			parts = append(parts, span{a: start, b: start, sent: r.sent, afterOf: true})
		}
	}
	parts = append(parts, span{a: start, b: r.b, sent: r.sent})
	// What trimming learnt about the run's front goes with its first part.
	if parts[0].a == r.a {
		parts[0].titles, parts[0].titleForm, parts[0].descriptor, parts[0].role = r.titles, r.titleForm, r.descriptor, r.role
		parts[0].weakStart = r.weakStart
	}
	// An empty marker span carries afterOf to the part after it.
	var out []span
	for k := 0; k < len(parts); k++ {
		p := parts[k]
		if p.a == p.b {
			if k+1 < len(parts) {
				parts[k+1].afterOf = p.afterOf
			}
			continue
		}
		out = append(out, p)
	}
	// Split before a rank after an acronym: "RAF Sergeant Megan Rowe".
	var cut []span
	for _, p := range out {
		cut = append(cut, m.splitRank(p)...)
	}
	out = cut
	// Split at a title written after a name: "South Antrim MP Rachel
	// Kinnear".
	var res []span
	for _, p := range out {
		res = append(res, m.splitPostTitle(p)...)
	}
	return append(pre, m.trim(res)...)
}

// segmentEnd returns where the words from a stop: the next "and", "&" or
// "of" before end (a later name's), or end.
func (m *mentioner) segmentEnd(a, end int) int {
	for k := a; k < end; k++ {
		switch m.tok(k).Text {
		case "and", "&", "of":
			return k
		}
	}
	return end
}

// placeTailAfterS reports whether "'s" at i is inside a place's name: a
// saint's or other name and one place head word ("St Ann's Bay", "St
// John's Wood"), not a known place's possessive ("Kenya's Bay").
func (m *mentioner) placeTailAfterS(start, i, end int) bool {
	if (end != i+2 && end != i+3) || m.tableNameOK(start, i) {
		return false
	}
	// Two words after it only where a place stands: "from Chapman's Peak
	// Drive", not "Chorley's Ben Hill".
	if end == i+3 && !(placeWords[m.prevWord(start, 1)] && m.prevWord(start, 1) != "and") {
		return false
	}
	for _, h := range m.g.HeadsEnding(m.tok(end - 1).Text) {
		if h.Class == "place" && len(h.Words) == 1 && !h.Lead {
			return m.tok(start).Text == "St" || m.tok(start).Text == "St." || m.tok(start).Text == "Saint" || i-start == 1
		}
	}
	return false
}

// sharedHead reports whether "and" at i joins two descriptive words of one
// name before its head: "Moi Teaching and Referral Hospital". The left
// side ends in a common word and has no head of its own; the right side
// is one word and a head.
func (m *mentioner) sharedHead(start, i, end int) bool {
	if i+3 != end || !m.g.Common(m.tok(i-1).Text) || m.anyHead(start, i) || m.tableNameOK(start, i) {
		return false
	}
	// "Rennie Grove Peace and Isabel Hospice": two bodies when either
	// is named alone elsewhere in the article.
	if m.tok(i+1).Text == "the" {
		return false
	}
	left, right := m.words(start, i), m.words(i+1, end)
	if strings.Count(m.d.Text, left) > 1 || strings.Count(m.d.Text, right) > 1 {
		return false
	}
	for _, h := range m.g.HeadsEnding(m.tok(end - 1).Text) {
		if (h.Class == "org" || h.Class == "charity") && len(h.Words) == 1 {
			return true
		}
	}
	return false
}

// nationalBody reports whether "of" at i joins a charity or body to the
// country or region it serves: "Children's Wish Foundation of Canada",
// "Kidney Foundation of Ontario".
func (m *mentioner) nationalBody(i, end int) bool {
	if !m.orgTail(i-1, i) {
		return false
	}
	te, ok := m.tableName(i+1, end)
	return ok && (te.Class == "country" || te.Class == "place" && te.Kind == "region")
}

// areaWords end a club's "& District" name.
var areaWords = setOf("district", "districts", "region", "county", "area")

// ofHeads are words after which "of" goes on a name.
var ofHeads = setOf("isle", "isles", "bank", "university", "museum", "tower", "city", "port", "gulf", "bay", "cape",
	"lake", "republic", "kingdom", "church", "society", "duke", "duchess", "earl", "prince", "princess", "queen",
	"king", "board", "department", "ministry", "institute", "college", "school", "friends", "order", "house",
	"palace", "cathedral", "council", "federation", "association", "union", "chamber", "hospital", "trust",
	"fund", "academy", "court", "vale", "borough", "county", "state", "district", "province", "mount", "tour",
	"battle", "people", "league", "championships", "bishop", "archbishop", "secretary", "minister", "mayor",
	"chancellor", "governor", "commonwealth", "rock", "garden", "gardens", "straits", "strait", "sea", "forest",
	"centre", "center", "festival", "museum", "hall", "route", "road", "way", "club", "clubs", "charities")

// forHeads are words after which "for" goes on a name.
var forHeads = setOf("action", "campaign", "fund", "foundation", "trust", "society", "centre", "center", "alliance",
	"coalition", "institute", "hospital", "help", "home", "homes", "association", "council", "commission",
	"committee", "charity", "habitat", "football", "running", "doctors", "children", "friends", "league",
	"partnership", "network", "school", "college", "academy")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// orgTail reports whether tokens [a, b) end in an organisation or charity
// head word ("Society", "Ambulance"), so that a "'s" before them is part
// of the name.
func (m *mentioner) orgTail(a, b int) bool {
	if a >= b {
		return false
	}
	for i := a; i < b; i++ {
		for _, h := range m.g.HeadsEnding(m.tok(i).Text) {
			if (h.Class == "org" || h.Class == "charity") && m.endsWith(a, i+1, h.Words) {
				return true
			}
		}
	}
	return false
}

// clubHeadEnds reports whether tokens [a, b) are a name (two words or
// more) ending in a club or team head word ("Ashby Harriers").
func (m *mentioner) clubHeadEnds(a, b int) bool {
	for _, h := range m.g.HeadsEnding(m.tok(b - 1).Text) {
		if h.Class == "org" && (h.Kind == "club" || h.Kind == "team") && len(h.Words) < b-a && m.endsWith(a, b, h.Words) {
			return true
		}
	}
	return false
}

// anyHead reports whether tokens [a, b) end with a head word of any class
// ("European Cross Country Championships", "American Cancer Society").
func (m *mentioner) anyHead(a, b int) bool {
	if a >= b {
		return false
	}
	for _, h := range m.g.HeadsEnding(m.tok(b - 1).Text) {
		if m.endsWith(a, b, h.Words) {
			return true
		}
	}
	return false
}

// endsWith reports whether tokens [a, b) end with words (folded).
func (m *mentioner) endsWith(a, b int, words []string) bool {
	if b-a < len(words) {
		return false
	}
	for k := range words {
		if gazetteer.Fold(m.tok(b-len(words)+k).Text) != gazetteer.Fold(words[k]) {
			return false
		}
	}
	return true
}

// startsWith reports whether tokens [a, b) begin with words (folded) and
// go on past them: "Trail des Cimes" begins with the head "Trail des".
func (m *mentioner) startsWith(a, b int, words []string) bool {
	if b-a <= len(words) {
		return false
	}
	for k := range words {
		if gazetteer.Fold(m.tok(a+k).Text) != gazetteer.Fold(words[k]) {
			return false
		}
	}
	return true
}

// cutAnd decides whether "and" at i splits [start, i) from (i, end):
// "Steve Prescott and Paul Sculthorpe" and "Kenya and Ethiopia" split;
// "Brighton and Hove AC" and "Morley and Outwood MP" do not; "George and
// Charley Phillips" is kept whole for the people stage to share out.
func (m *mentioner) cutAnd(start, i, end int) bool {
	// "Lancashire Fire and Rescue Service": a head with "and" in it.
	for _, h := range m.g.HeadsEnding(m.tok(end - 1).Text) {
		if slices.Contains(h.Words, "and") && m.endsWith(start, end, h.Words) && end-start > len(h.Words) {
			return false
		}
	}
	// "British Masters Track and Field Championships", "Brighton and
	// Hove Half Marathon": one race whose name has "and" in it, when the
	// words before "and" are descriptive words or a place, not a name of
	// their own.
	if _, ok := m.eventHead(i+1, end); ok {
		if _, own := m.eventHead(start, i); !own && m.descriptiveWords(start, i) {
			return false
		}
	}
	if i-start != 1 {
		return !m.sharedHead(start, i, end)
	}
	// The right side up to the next joiner.
	rb := i + 1
	for rb < end && !joiners[strings.ToLower(m.tok(rb).Text)] {
		rb++
	}
	last := m.tok(rb - 1).Text
	if t, ok := m.g.Title(last); ok && t.Kind == "postnominal" {
		return false
	}
	for _, h := range m.g.HeadsEnding(last) {
		// "Brighton and Hove AC": one word, "and", one word and the
		// head; "Gardaí and Kerry County Council" is two names.
		if len(h.Words) == 1 && m.endsWith(i+1, rb, h.Words) && rb-(i+1) == 2 {
			return false
		}
	}
	// "Norfolk and Norwich Hospitals Charity", "Devon and Cornwall
	// Police": two places that a body serves, then its head.
	if te, ok := m.tableName(start, i); ok && (te.Class == "place" || te.Class == "country") && rb-(i+1) >= 2 {
		for _, h := range m.g.HeadsEnding(last) {
			if (h.Class == "org" || h.Class == "charity") && m.endsWith(i+1, rb, h.Words) && rb-(i+1) > len(h.Words) {
				return false
			}
		}
	}
	if _, ok := m.tableName(start, i); ok {
		return true
	}
	// "Fire and Rescue NSW": a head written first with "and" in it.
	for _, h := range m.g.HeadsLeading(m.tok(start).Text) {
		if slices.Contains(h.Words, "and") && start+len(h.Words) <= end && m.endsWith(start, start+len(h.Words), h.Words) {
			return false
		}
	}
	// "Lethbridge and Fort Macleod": a place after "and".
	if c, _, ok := m.head(span{a: i + 1, b: rb}); ok && c == "place" {
		return true
	}
	// "Dana Wu of Mesa and Lee Chan of Chandler": after a word of place
	// the one word is a town, not a first name sharing the surname.
	if pw := m.prevWord(start, 1); pw == "of" || pw == "from" || pw == "in" {
		return true
	}
	// "George and Charley Phillips": one word, then a full name.
	if rb-(i+1) == 2 {
		return false
	}
	return true
}

// splitRank splits a span before a rank or office that follows an acronym
// or a table name: "RAF Sergeant Megan Rowe".
func (m *mentioner) splitRank(p span) []span {
	for i := p.a + 1; i+1 < p.b; i++ {
		n, _, ok := m.titleAt(i, p.b)
		// "Telangana Sports Minister X": a portfolio before the office.
		if !ok && portfolioWords[strings.ToLower(m.tok(i).Text)] && i+1 < p.b {
			if n2, _, ok2 := m.titleAt(i+1, p.b); ok2 {
				if t, ok3 := m.g.Title(m.words(i+1, i+1+n2)); ok3 && t.Kind == "office" && i-p.a >= 1 && m.officePlace(p.a, i) && i+1+n2+2 <= p.b {
					return []span{{a: p.a, b: i, sent: p.sent, afterOf: p.afterOf, postTitle: "place:" + t.Canonical}, {a: i, b: p.b, sent: p.sent}}
				}
			}
		}
		if !ok || i+n >= p.b {
			continue
		}
		if allUpper(m.words(p.a, i)) || m.tableNameOK(p.a, i) {
			return []span{{a: p.a, b: i, sent: p.sent, afterOf: p.afterOf}, {a: i, b: p.b, sent: p.sent}}
		}
		// "Kiambu Governor Anne Waruguru", "Nakuru County Commissioner
		// Joseph Kiprop": an office after a name of one to three words,
		// and a full name after it; the name before is the office's place.
		if t, ok := m.g.Title(m.words(i, i+n)); ok && t.Kind == "office" && i+n+2 <= p.b && i-p.a <= 5 && m.officePlace(p.a, i) {
			return []span{{a: p.a, b: i, sent: p.sent, afterOf: p.afterOf, postTitle: "place:" + t.Canonical}, {a: i, b: p.b, sent: p.sent}}
		}
	}
	return []span{p}
}

// officePlace reports whether tokens [a, b) can be the place an office
// written after them belongs to: capitalised words, none a title, and a
// single word not a common English one ("Labour Councillor" is a party).
func (m *mentioner) officePlace(a, b int) bool {
	if b-a > 3 && !(b-a == 4 && m.tok(a+1).Text == "of") {
		return false // at most three words, or "City of Cape Town"
	}
	for k := a; k < b; k++ {
		if k == a+1 && m.tok(k).Text == "of" && b-a == 4 {
			continue
		}
		if !m.capital(k) || closedClass[strings.ToLower(m.tok(k).Text)] || partyWords[strings.ToLower(m.tok(k).Text)] {
			return false
		}
		if _, _, ok := m.titleAt(k, b); ok {
			return false
		}
	}
	if b-a == 1 {
		return !m.g.Common(m.tok(a).Text) || m.tableNameOK(a, b)
	}
	if m.tok(a+1).Text == "of" {
		return m.tableNameOK(a+2, b) // "City of Cape Town Mayor"
	}
	if c, _, ok := m.head(span{a: a, b: b}); ok && (c == "org" || c == "place") {
		return true // "NSW Police Commissioner Karen Webb"
	}
	return areaWords[strings.ToLower(m.tok(b-1).Text)] || m.tableNameOK(a, b) || !m.g.Common(m.tok(b-1).Text) && !m.g.Common(m.tok(a).Text)
}

// splitPostTitle splits a span at a title written after a name ("MP"):
// what comes before is a constituency when a name follows, else the
// person the title belongs to.
func (m *mentioner) splitPostTitle(p span) []span {
	for i := p.a + 1; i < p.b; i++ {
		t, ok := m.g.Title(m.tok(i).Text)
		if !ok || t.Kind != "postnominal" || !allUpper(m.tok(i).Text) {
			continue
		}
		left := span{a: p.a, b: i, sent: p.sent, afterOf: p.afterOf, postTitle: t.Canonical}
		if i+1 < p.b || strings.EqualFold(m.prevWord(p.a, 1), "the") {
			left.postTitle = "seat:" + t.Canonical
		}
		if i+1 < p.b {
			right := span{a: i + 1, b: p.b, sent: p.sent, titles: []string{t.Canonical}, possessive: p.possessive}
			return append([]span{left}, m.splitPostTitle(right)...)
		}
		return []span{left}
	}
	return []span{p}
}

func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 0
}

// trim takes leading determiners, sentence-initial common words, titles,
// occupations and demonyms off each span.
func (m *mentioner) trim(in []span) []span {
	var out []span
	for _, p := range in {
		// A heading in title case ("Who Is Tom Fox?", "Chebet Makes
		// History"): its common words are no part of a name.
		if p.b-p.a >= 2 && m.titleCaseHeading(p.a) && !m.tableNameOK(p.a, p.b) && !m.headInside(p.a, p.b) {
			for a := p.a; a < p.b; {
				if m.g.Common(m.tok(a).Text) || !m.capital(a) {
					a++
					continue
				}
				b := a + 1
				for b < p.b && m.capital(b) && !m.g.Common(m.tok(b).Text) {
					b++
				}
				for b > a && isPossessive(m.tok(b-1).Text) {
					b--
				}
				if b > a {
					out = append(out, span{a: a, b: b, sent: p.sent})
				}
				a = b + 1
			}
			continue
		}
		sentStart := m.startsSentence(p.a)
		// A greeting opening a sentence: "Well Done Everyone", "Happy
		// Birthday Mia", "Merry Christmas".
		if sentStart && p.b-p.a >= 2 && greetingLeads[strings.ToLower(m.tok(p.a).Text)] {
			continue
		}
		// "Storm Ciarán", "Hurricane Sandy": weather is nobody.
		if p.b-p.a >= 2 && (stormWords[m.tok(p.a).Text] || m.tok(p.a).Text == "Tropical" && stormWords[m.tok(p.a+1).Text]) {
			continue
		}
		// Figures of speech and folklore: "Father Christmas", "Lady Luck".
		if k := m.figureAt(p.a, p.b); k > p.a {
			if k == p.b {
				continue
			}
			p.a = k
		}
		// "An Garda Síochána": a name the tables know whole keeps its
		// article and title words.
		if te, ok := m.tableName(p.a, p.b); ok && p.b-p.a >= 2 && (te.Class == "org" || te.Class == "charity") {
			out = append(out, p)
			continue
		}
		for p.a < p.b {
			t := m.tok(p.a).Text
			lt := strings.ToLower(t)
			if (lt == "the" || lt == "a" || lt == "an") && !(p.a+1 < p.b && m.tok(p.a+1).Text == ".") {
				p.a++
				sentStart = false
				continue
			}
			// "MCA Tom Mwangi": a legislator's letters written before the name.
			if t, ok := m.g.Title(t); ok && legislators[t.Canonical] && allUpper(m.tok(p.a).Text) && p.a+2 < p.b && m.capital(p.a+1) {
				p.titles = append(p.titles, t.Canonical)
				p.titleForm = m.tok(p.a).Text
				p.a++
				sentStart = false
				continue
			}
			if n, title, ok := m.titleAt(p.a, p.b); ok && p.a+n < p.b && !isPossessive(m.tok(p.a+n).Text) && !m.streetAfterTitle(p) && !m.loneHead(p.a+n, p.b) && !m.namedFor(p, n) {
				p.titles = append(p.titles, title)
				if m.tok(p.a+n).Text == "." && p.a+n+1 < p.b {
					n++ // "Dr. Smith"
				}
				p.titleForm = m.d.Text[m.tok(p.a).Start:m.tok(p.a+n-1).End]
				p.a += n
				sentStart = false
				continue
			}
			if n, role, ok := m.occupationAt(p.a, p.b); ok && p.a+n < p.b && !isPossessive(m.tok(p.a+n).Text) && !m.raceName(p.a, p.b) {
				p.descriptor = strings.ToLower(m.d.Text[m.tok(p.a).Start:m.tok(p.a+n-1).End])
				p.role = role
				p.a += n
				sentStart = false
				continue
			}
			// "Winners Tom Fox and Jane Doe", "Sisters Harriet and Poppy
			// Kavanagh": a plural occupation before names.
			if m.occupationPlural(lt) && p.a+2 < p.b && m.capital(p.a+1) {
				p.descriptor = strings.TrimSuffix(lt, "s")
				p.a++
				sentStart = false
				continue
			}
			// "Sowerby Bridge-based Carl Nuttall": the place, then the
			// person.
			// "Sheffield-born Amy Todd", "Leeds-raised Cara Day": the
			// place, then the person. A country or demonym before "-born"
			// is read below.
			lb := strings.ToLower(t)
			suffix := "-born"
			if strings.HasSuffix(lb, "-raised") {
				suffix = "-raised"
			}
			if p.a+1 < p.b && strings.HasSuffix(lb, suffix) && len(lb) > len(suffix) && !strings.Contains(strings.TrimSuffix(lb, suffix), "-") &&
				!isNationWord(t[:len(t)-len(suffix)]) {
				m.add(&entity{label: schema.LabelGPE, kind: "city", start: m.tok(p.a).Start, end: m.tok(p.a).End - len(suffix),
					first: p.a, last: p.a + 1, sent: p.sent, headline: p.sent == m.headline})
				p.a++
				sentStart = false
				continue
			}
			k := m.basedAt(p.a, p.b)
			if lb := strings.ToLower(m.tok(p.b - 1).Text); k < 0 && p.b-p.a <= 3 && strings.HasSuffix(lb, "-based") && len(lb) > len("-based") {
				k = p.b - 1 // "the Sheffield-based club": the place alone
			}
			if k >= 0 {
				end := m.tok(k).End - len("-based")
				if end > m.tok(p.a).Start {
					m.add(&entity{label: schema.LabelGPE, kind: "city", start: m.tok(p.a).Start, end: end, first: p.a, last: k + 1,
						sent: p.sent, headline: p.sent == m.headline})
				}
				p.a = k + 1
				sentStart = false
				continue
			}
			// "The Eritrea-born Swede Daniel Mehari", "Kenyan-born
			// Bahraini": a birthplace, which is neither the person's
			// nationality nor part of their name.
			if strings.HasSuffix(lt, "-born") && len(lt) > len("-born") && p.a+1 < p.b {
				p.a++
				sentStart = false
				continue
			}
			// "DNF Paul Kiptum (KEN)": a results line's mark for a runner
			// with no placing.
			if nonFinishMarks[lt] && p.a+1 < p.b {
				p.a++
				sentStart = false
				continue
			}
			// "Compatriot Lisa Holm", "Teammate Sam Okafor" opening a
			// sentence.
			if fellowWords[lt] && p.a+1 < p.b {
				p.a++
				sentStart = false
				continue
			}
			// "Dad-of-three Mark Ellis", "Mum-of-two"
			if kinOfRe.MatchString(t) && p.a+1 < p.b {
				p.descriptor = lt
				p.a++
				sentStart = false
				continue
			}
			// "Dane Lowe", "Finn Lowe": a demonym that is also a given
			// name, before a surname alone, is the person's first name.
			givenName := p.b-p.a == 2 && givenNameDemonyms[lt]
			if n, e, ok := m.demonymAt(p.a, p.b); ok && p.a+n < p.b && !givenName && !m.tableNameOK(p.a, p.b) && !m.orgTail(p.a+n, p.b) && !m.anyHead(p.a+n, p.b) {
				m.add(&entity{label: schema.LabelNORP, start: m.tok(p.a).Start, end: m.tok(p.a + n - 1).End,
					first: p.a, last: p.a + n, sent: p.sent, country: e.Country, headline: p.sent == m.headline})
				p.a += n
				sentStart = false
				continue
			}
			if sentStart && closedClass[lt] {
				p.a++
				sentStart = false
				continue
			}
			if sentStart && (m.g.Common(t) || notNames[lt]) && !m.tablePrefix(p.a, p.b) {
				// "Former India hockey captain": a common word before a
				// name the tables know.
				if (m.leadWords(p) >= 3 && !ordinalLeads[lt] && !(royalLeads[t] && m.anyHead(p.a, p.b))) || m.placeName(p.a+1, p.b) || p.b-p.a == 2 && m.demonymOnly(span{a: p.a + 1, b: p.b}) {
					p.a++
					sentStart = false
					continue
				}
				p.weakStart = true
			}
			break
		}
		// A title or occupation a word or two in ("Sports Minister Jane
		// Doe", "Shadow Chancellor Ed Balls") ends what describes the
		// person.
		if p.b-p.a >= 3 {
			for k := p.a + 1; k <= p.a+2 && k < p.b-1; k++ {
				if !(m.g.Common(m.tok(k-1).Text) || partyWords[strings.ToLower(m.tok(k-1).Text)]) || allUpper(m.tok(k-1).Text) {
					break
				}
				if t, ok := m.g.Title(m.tok(k).Text); ok && t.Kind == "postnominal" {
					break
				}
				if n, title, ok := m.titleAt(k, p.b); ok && k+n < p.b && title != "Mr" && title != "Mrs" {
					p.titles = append(p.titles, title)
					p.descriptor = strings.ToLower(m.words(p.a, k+n))
					p.titleForm = m.words(k, k+n)
					p.a = k + n
					break
				}
				if n, role, ok := m.occupationAt(k, p.b); ok && k+n < p.b {
					p.descriptor = strings.ToLower(m.words(p.a, k+n))
					p.role = role
					p.a = k + n
					break
				}
			}
		}
		// "Mayor of Ottawa Jim Wheaton", "Bishop of Leeds Nick Baines": the
		// office's place, then the person.
		if len(p.titles) > 0 && p.a < p.b && (m.tok(p.a).Text == "of" || m.tok(p.a).Text == "for" && p.titles[len(p.titles)-1] == "Member") {
			if k := m.officeOfPlace(p.a+1, p.b); k > 0 {
				out = append(out, span{a: p.a + 1, b: k, sent: p.sent, postTitle: "place:" + p.titles[len(p.titles)-1]})
				p.a = k
			}
		}
		// A joiner left at the front after trimming ("Half of
		// Shropshire") goes too.
		for p.a < p.b && (joiners[m.tok(p.a).Text] || particles[m.tok(p.a).Text]) {
			if m.tok(p.a).Text == "of" {
				p.afterOf = true
			}
			p.a++
		}
		// Trailing "'s" never ends a name.
		for p.b > p.a && isPossessive(m.tok(p.b-1).Text) {
			p.b--
		}
		if p.a < p.b {
			out = append(out, p)
		}
	}
	return out
}

// namedFor reports whether p opens with an honorific of n words and is a
// place or body named after its holder: "Queen Elizabeth Stadium", "Sir
// John Lawes School", "King William Street". The title stays in the name.
func (m *mentioner) namedFor(p span, n int) bool {
	t, ok := m.g.Title(m.words(p.a, p.a+n))
	if !ok || !eponymTitles[t.Canonical] || p.b-p.a-n < 2 {
		return false
	}
	class, _, ok := m.head(p)
	return ok && class != "event"
}

// eponymTitles are the titles places and bodies keep from the people
// they are named after ("Sir John Lawes School"); not "Dr" or "Mr".
var eponymTitles = setOf("King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Sir", "Dame", "Lord", "Lady",
	"President", "General", "Admiral", "Cardinal", "Pope", "Bishop", "Saint", "Earl", "Countess")

// headInside reports whether some leading part of [a, b) ends in a head
// word ("Jane Doe Wins Boston Marathon"): a heading that names a race or
// body is left whole.
func (m *mentioner) headInside(a, b int) bool {
	for k := a + 2; k <= b; k++ {
		if m.anyHead(a, k) {
			return true
		}
	}
	return false
}

// titleCaseHeading reports whether token i lies on a line of its own in
// title case: three words or more, every word of four letters or more
// capitalised, no digits, not ending in a full stop, with common words.
func (m *mentioner) titleCaseHeading(i int) bool {
	line := strings.TrimSpace(lineAround(m.d.Text, m.tok(i).Start, m.tok(i).Start))
	if line == "" || strings.HasSuffix(line, ".") || strings.ContainsAny(line, "0123456789|:;") || allUpper(line) ||
		strings.Count(line, ",") >= 2 {
		return false // a list of names is no heading
	}
	words := strings.Fields(line)
	if len(words) < 3 || len(words) > 12 {
		return false
	}
	common := 0
	for k, w := range words {
		w = strings.Trim(w, "\"'‘’“”,?!()-–—")
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 && !unicode.IsUpper(r) {
			return false
		}
		if k > 0 && unicode.IsUpper(r) && closedClass[strings.ToLower(w)] {
			common += 2
		} else if unicode.IsUpper(r) && m.g.Common(w) {
			common++
		}
	}
	// Two common words or a capitalised function word ("Who Is Tom
	// Fox?"); a name alone on a line ("Mary Ann Woods") has fewer.
	return common >= 2
}

// partyWords name political parties and sides, written before an office
// ("Labour Councillor", "Republican Senator"): no place.
var partyWords = setOf("labour", "conservative", "tory", "liberal", "democrat", "democratic", "republican", "green",
	"independent", "unionist", "socialist", "snp", "ndp", "plaid", "reform", "opposition", "acting", "former", "interim")

// legislators are the postnominal letters of members of a legislature,
// which some papers write before the name ("MCA Tom Mwangi").
var legislators = setOf("MP", "MSP", "MLA", "MEP", "MCA", "MPP", "MNA", "MHA", "TD")

// tablePrefix reports whether tokens [a, b), or words of them from a on,
// are a name the tables know ("Western Australia Premier ...").
func (m *mentioner) tablePrefix(a, b int) bool {
	for k := b; k > a+1; k-- {
		if m.tableNameOK(a, k) {
			return true
		}
	}
	// "Cork North-West TD ...": a place's name before other capitals.
	return m.placeName(a, a+1) && b > a+1 && m.capital(a+1) || m.tableNameOK(a, a+1) && b == a+1
}

// lowerOccupationBefore reads an occupation written in lower case just
// before a name ("said race director Paul Hines", "fellow teacher Ann
// Lowe") and returns it and its role, or "".
func (m *mentioner) lowerOccupationBefore(a int) (string, string) {
	for n := min(m.g.MaxOccupationWords(), a); n >= 1; n-- {
		if m.sentOf[a-n] != m.sentOf[a] {
			continue
		}
		lower := true
		for k := a - n; k < a; k++ {
			t := m.tok(k).Text
			if k == a-n && m.startsSentence(k) {
				t = strings.ToLower(t) // "Race director Mark Ellis said"
			}
			if t != strings.ToLower(t) || !isWordTok(t) {
				lower = false
			}
		}
		if !lower {
			continue
		}
		if k, role, ok := m.occupationAt(a-n, a); ok && k == n {
			return strings.ToLower(m.words(a-n, a)), role
		}
	}
	return "", ""
}

// placeSlot reports whether the words before p put a place there: "at"
// after a verb that is not one of looking or aiming ("finished at"), or
// "from" after a person ("Kate Munro from") or a verb of coming.
func (m *mentioner) placeSlot(p span) bool {
	prev, prev2 := m.prevWord(p.a, 1), m.prevWord(p.a, 2)
	switch prev {
	case "at":
		return prev2 != "" && !atPersonWords[prev2] && !m.personEndsAt(p.a-2)
	case "from":
		// "a postman from London Colney", "the 23-year-old student from
		// Sandridge": a person's noun, then where they are from.
		if _, ok := m.g.Occupation(prev2); ok || personNouns[prev2] {
			if p3 := m.prevWord(p.a, 3); p3 == "a" || p3 == "an" || p3 == "the" || strings.HasSuffix(p3, "-old") || p3 == "retired" || p3 == "local" {
				return true
			}
		}
		// ("the route from Chhatrapati Shivaji Terminus to ...")
		return comingVerbs[prev2] || routeNouns[prev2] || p.a >= 2 && m.personEndsAt(p.a-2) || m.describedFrom(p.a-1)
	case "of":
		// "a native of Rewari", "a resident of Des Moines"
		return prev2 == "native" || prev2 == "resident" || prev2 == "natives" || prev2 == "residents"
	}
	return false
}

// describedFrom says whether "from" at token i follows a description of a
// person ("a sophomore from", "an engineering student from", "a
// 21-year-old from"): a place comes after it.
func (m *mentioner) describedFrom(i int) bool {
	w := m.prevWord(i, 1)
	if w == "" {
		return false
	}
	if _, ok := m.g.Occupation(w); ok || schoolYearWords[w] || describedNouns[w] || strings.HasSuffix(w, "-year-old") {
		// a determiner a few words back: "a sophomore", "a graduate student"
		for k := 2; k <= 4; k++ {
			switch m.prevWord(i, k) {
			case "a", "an", "the":
				return true
			}
		}
	}
	return false
}

// describedNouns describe a person before "from" and a place.
var describedNouns = setOf("student", "native", "resident", "runner", "athlete", "man", "woman", "lad", "girl", "boy",
	"teenager", "mother", "father", "mum", "dad", "grandmother", "grandfather", "veteran", "newcomer")

// motionWords come before "over" and a place: "climbs over Fløya".
var motionWords = setOf("climbs", "climbed", "climb", "climbing", "runs", "ran", "run", "running", "crosses",
	"crossed", "cross", "crossing", "goes", "went", "heads", "headed", "passes", "passed", "route", "course",
	"loop", "descends", "descended", "skirts", "winds", "continues", "continued")

// geoLeads open a place's name before "of": "Bay of Plenty", "Vale of
// Glamorgan", "Firth of Forth".
var geoLeads = setOf("Bay", "Bays", "Isle", "Vale", "Firth", "Gulf", "Sea", "Lake", "Straits", "Strait", "Cape", "Mouth",
	"Island", "Islands", "Valley", "Forest", "Plain", "Plains", "Port", "Sound", "Bight")

// geoNouns follow "the" and a name of one word to make it a place's:
// "the Tromsøysund strait".
var geoNouns = setOf("strait", "fjord", "river", "valley", "glacier", "estuary", "reservoir", "seafront",
	"riverfront", "waterfront", "lakefront", "towpath", "foreshore", "gorge", "canyon", "massif", "plateau",
	"wharf", "pier", "jetty", "quay", "harbour", "harbor", "marina", "beach", "domain", "reserve", "park")

// localNouns follow "the" and a town to name someone from it: "the
// Ambleside runner".
var localNouns = setOf("runner", "athlete", "man", "woman", "veteran", "teenager", "youngster", "schoolboy",
	"schoolgirl", "pensioner", "grandmother", "grandfather", "mum", "dad", "father", "mother", "lad", "girl", "boy")

// fromPlaceBefore reports whether "from" and a capitalised word that no
// person mention holds stand a few words before token i ("to") in its
// sentence: "from Caldbeck in the north to".
func (m *mentioner) fromPlaceBefore(i int) bool {
	si := m.sentOf[i]
	for k := i - 1; k >= 0 && k >= i-6 && m.sentOf[k] == si; k-- {
		if m.tok(k).Text != "from" || !m.capital(k+1) {
			continue
		}
		for _, o := range m.ents {
			if o.label == schema.LabelPerson && o.first <= k+1 && k+1 < o.last {
				return false
			}
		}
		return true
	}
	return false
}

// settlementNouns come before "of" and a place's name: "the village of
// Tattenhall".
var settlementNouns = setOf("town", "village", "city", "hamlet", "suburb", "county", "parish", "island", "borough",
	"municipality", "province", "state", "district", "township", "port", "resort", "resident", "residents", "native",
	"natives", "citizen", "outskirts")

// usPostal maps the United States' two-letter postal codes to the states.
var usPostal = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
	"CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
	"KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
	"MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
	"NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
	"TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
	"WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

// raceOwners are the words before "'s" in a race's name: "the Osaka
// Women's Marathon", "the Men's Mile".
var raceOwners = setOf("women", "men", "ladies", "children", "kids", "girls", "boys", "veterans", "masters",
	"mother", "father", "mothers", "fathers")

// usStateAbbrevs are states' abbreviations with a dot that are words or
// other places alone: "Wash.", "Ga.", "La.", "Ala.", "Miss.".
var usStateAbbrevs = map[string]string{"Wash": "Washington", "Ga": "Georgia", "La": "Louisiana", "Ala": "Alabama",
	"Miss": "Mississippi", "Mo": "Missouri", "Ind": "Indiana", "Ill": "Illinois"}

// auStates maps Australian states' short forms, written after a town and
// a comma ("Bathurst, NSW"), to the states.
var auStates = map[string]string{"NSW": "New South Wales", "Qld": "Queensland", "QLD": "Queensland", "Vic": "Victoria",
	"VIC": "Victoria", "Tas": "Tasmania", "TAS": "Tasmania"}

// titledPlaceWords own the word after them in towns' names: "King's
// Lynn", "Bishop's Stortford", "Queen's Park".
var titledPlaceWords = setOf("King", "Queen", "Bishop", "Lady", "Lord", "Prince", "Abbot", "Earl", "Monk", "Bishops")

// compassWords open place names: "East Moline", "West Kirby".
var compassWords = setOf("North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest")

// placeNouns follow "the" and a place's name: "the Moose Jaw event", "the
// Red Deer area".
var placeNouns = setOf("event", "course", "route", "area", "community", "region", "district", "suburb", "town",
	"village", "neighbourhood", "neighborhood", "waterfront", "crowd", "leg", "strait", "fjord", "river", "valley",
	"glacier", "towpath", "riverfront", "lakefront", "seafront", "foreshore", "estuary", "reservoir", "summit")

// atPersonWords come before "at" and a person: "shouted at", "a dig at".
var atPersonWords = setOf("look", "looked", "looking", "looks", "shouted", "shout", "yelled", "smiled", "laughed",
	"waved", "aimed", "aim", "glanced", "pointed", "stared", "swore", "snapped", "jab", "dig", "swipe", "go", "had",
	"taking", "took", "directed", "angry", "mad", "cross", "furious", "annoyed", "marvelled", "marveled", "grinned")

// comingVerbs come before "from" and a place: "came from Red Deer".
var comingVerbs = setOf("came", "come", "comes", "coming", "travelled", "traveled", "travelling", "traveling", "hail",
	"hails", "hailing", "arrived", "arriving", "flew", "drove", "moved", "relocated", "originally", "returned", "hails")

// officeOfPlace returns where the place after "Mayor of" ends when a full
// name follows it: the longest name the tables know, else one word before
// a two-word name; 0 when no name follows.
func (m *mentioner) officeOfPlace(a, b int) int {
	for k := b - 2; k > a; k-- {
		if m.tableNameOK(a, k) {
			return k
		}
	}
	if b-a == 3 && m.capital(a) {
		return a + 1
	}
	return 0
}

// abbrevPlaceEnds reports whether the dot at j ends an abbreviated state
// or province ("Providence, R.I. Maine's ..."): the run so far is one.
func (m *mentioner) abbrevPlaceEnds(i, j int) bool {
	for a := max(i, j-4); a < j; a++ {
		if te, ok := m.g.Find(m.d.Text[m.tok(a).Start:m.tok(j).End], "place"); ok && te.Kind == "region" {
			return true
		}
	}
	return false
}

// leadWords counts the words of p before its first joiner: "Jake Wills
// of Boulder" has two, so a sentence-opening "Jake" stays on the name.
func (m *mentioner) leadWords(p span) int {
	for k := p.a; k < p.b; k++ {
		if joiners[m.tok(k).Text] {
			return k - p.a
		}
	}
	return p.b - p.a
}

// notNames are capitalised words that are not names when alone: kin
// written as names, months, days.
var notNames = setOf("mum", "dad", "mom", "mummy", "daddy", "nan", "nana", "gran", "granny", "grandma", "grandad",
	"grandpa", "auntie", "aunty", "god", "january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "christmas", "easter", "thanksgiving", "halloween", "boxing", "new", "year", "day",
	"mr", "mrs", "ms", "miss", "sir", "madam")

func isPossessive(s string) bool { return s == "'s" || s == "’s" }

// placeName reports whether tokens [a, b) are a country or place the
// tables know.
func (m *mentioner) placeName(a, b int) bool {
	te, ok := m.tableName(a, b)
	return ok && (te.Class == "country" || te.Class == "place") && !m.demonymOnly(span{a: a, b: b})
}

func (m *mentioner) tableNameOK(a, b int) bool {
	_, ok := m.tableName(a, b)
	return ok
}

// closedClass are function words that never start a name.
var closedClass = setOf("i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there",
	"how", "what", "when", "where", "why", "who", "which", "but", "and", "so", "if", "in", "on", "at", "as",
	"after", "before", "then", "his", "her", "their", "its", "our", "my", "your", "some", "many", "most", "all",
	"no", "not", "yes", "however", "meanwhile", "also", "later", "earlier", "among", "amongst", "with", "without",
	"by", "for", "from", "to", "of", "into", "during", "while", "although", "though", "because", "since",
	"until", "despite", "both", "each", "every", "another", "other", "such", "only", "even", "just", "still",
	"yet", "now", "here", "today", "yesterday", "tomorrow", "last", "next", "over", "under", "around", "about",
	"almost", "nearly", "more", "less", "much", "several", "few", "like", "unlike", "instead", "indeed",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
	"march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
	"mr", "mrs", "ms", "men", "women", "men's", "women's", "elite", "full", "leading", "results", "result",
	"behind", "ahead", "beyond", "against", "between", "alongside", "inside", "outside", "through", "throughout",
	"within", "beside", "towards", "toward", "across", "along", "above", "below", "beneath", "onto", "upon")

// startsSentence reports whether token i opens its sentence (or follows
// only an opening quote, bracket or list marker).
func (m *mentioner) startsSentence(i int) bool {
	s := m.d.Sentences[m.sentOf[i]]
	for j := s.First; j < i; j++ {
		t := m.tok(j).Text
		r, _ := utf8.DecodeRuneInString(t)
		if unicode.IsLetter(r) {
			return false
		}
		if unicode.IsDigit(r) && j+1 < i && (m.tok(j+1).Text == "." || m.tok(j+1).Text == ")") {
			continue
		}
		if !unicode.IsPunct(r) && !unicode.IsSymbol(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// titleAt matches a title at token i ("Lance Bombardier", "L/Bdr",
// "Sgt", "Mayor"), not one written after a name.
func (m *mentioner) titleAt(i, end int) (int, string, bool) {
	for n := min(m.g.MaxTitleWords(), end-i); n >= 1; n-- {
		t, ok := m.g.Title(m.words(i, i+n))
		if ok && t.Kind != "postnominal" {
			if n == 1 && i+1 < end && m.tok(i+1).Text == "." {
				return n, t.Canonical, true
			}
			return n, t.Canonical, true
		}
	}
	return 0, "", false
}

// occupationAt matches an occupation at token i ("Newsreader", "Race
// director" is lower case and never in a run).
func (m *mentioner) occupationAt(i, end int) (int, string, bool) {
	for n := min(m.g.MaxOccupationWords(), end-i); n >= 1; n-- {
		if role, ok := m.g.Occupation(m.words(i, i+n)); ok {
			return n, role, true
		}
	}
	return 0, "", false
}

// demonymAt matches a demonym at token i ("Briton", "South Korean").
func (m *mentioner) demonymAt(i, end int) (int, gazetteer.Entry, bool) {
	for n := min(3, end-i); n >= 1; n-- {
		if e, ok := m.g.Find(m.words(i, i+n), "demonym"); ok {
			return n, e, true
		}
	}
	return 0, gazetteer.Entry{}, false
}

// words returns the text of tokens [a, b) with single spaces.
func (m *mentioner) words(a, b int) string {
	if b-a == 1 {
		return m.tok(a).Text
	}
	return m.d.Text[m.tok(a).Start:m.tok(b-1).End]
}

// tableName looks tokens [a, b) up in the tables.
func (m *mentioner) tableName(a, b int) (gazetteer.Entry, bool) {
	if a >= b {
		return gazetteer.Entry{}, false
	}
	es := m.g.Lookup(m.words(a, b))
	if len(es) == 0 {
		return gazetteer.Entry{}, false
	}
	return es[0], true
}

func (m *mentioner) add(e *entity) { m.ents = append(m.ents, e) }

// prevWord returns the lower-cased word token before i in its sentence
// (skipping nothing), or "".
func (m *mentioner) prevWord(i, back int) string {
	s := m.d.Sentences[m.sentOf[min(i, len(m.sentOf)-1)]]
	j := i - back
	if j < s.First || j < 0 {
		return ""
	}
	return strings.ToLower(m.tok(j).Text)
}

// nextWord returns the lower-cased token fwd places after the token
// before b, within the sentence, or "".
func (m *mentioner) nextWord(b, fwd int) string {
	s := m.d.Sentences[m.sentOf[b-1]]
	j := b - 1 + fwd
	if j >= s.Last {
		return ""
	}
	return strings.ToLower(m.tok(j).Text)
}

// label decides what a span names and records it.
func (m *mentioner) label(si int, p span) {
	e := &entity{start: m.tok(p.a).Start, end: m.tok(p.b - 1).End, first: p.a, last: p.b, sent: si,
		titles: p.titles, titleForm: p.titleForm, descriptor: p.descriptor, role: p.role, headline: si == m.headline,
		common: p.weakStart}
	n := p.b - p.a
	text := e.text(m.d)
	prev := m.prevWord(p.a, 1)
	next := m.nextWord(p.b, 1)

	set := func(label, kind, country string) {
		e.label, e.kind, e.country = label, kind, country
		if label == schema.LabelPerson && e.descriptor == "" && len(e.titles) == 0 {
			e.descriptor, e.role = m.lowerOccupationBefore(p.a)
		}
		// A headline keeps only what the body names too.
		e.weak = e.weak || e.headline
		m.add(e)
	}
	// A bracketed IOC code: "(KEN)".
	if n == 1 && prev == "(" && next == ")" && len(text) == 3 && allUpper(text) {
		if a3, ok := m.g.IOC[text]; ok {
			set(schema.LabelNORP, "", a3)
			return
		}
	}
	// "The B.A.A. said": capitals and dots alone are a body's initials.
	if initialism(text) {
		set(schema.LabelOrg, "other", "")
		return
	}
	// A constituency before "MP": "South Antrim MP Rachel Kinnear", "the
	// Morley and Outwood MP".
	if strings.HasPrefix(p.postTitle, "seat:") {
		set(schema.LabelGPE, "constituency", "")
		return
	}
	// The place of an office written after it: "Kiambu Governor ...".
	if strings.HasPrefix(p.postTitle, "place:") {
		// "Member of Parliament Jane Doe": a body, not a place.
		for _, h := range m.g.HeadsEnding(m.tok(p.b - 1).Text) {
			if h.Class == "org" && m.endsWith(p.a, p.b, h.Words) {
				set(schema.LabelOrg, h.Kind, "")
				return
			}
		}
		if _, ok := m.tableName(p.a, p.b); !ok {
			if _, _, ok := m.head(p); !ok {
				kind := "region"
				if strings.Contains(p.postTitle, "Mayor") {
					kind = "city"
				}
				set(schema.LabelGPE, kind, "")
				return
			}
		}
	}
	// "Boulder, CO", "(Flagstaff, AZ)": a state's postal code after a town
	// and a comma.
	if n == 1 && prev == "," && p.a >= 2 && m.capital(p.a-2) {
		if st, ok := usPostal[text]; ok {
			e.name = st
			set(schema.LabelGPE, "region", "USA")
			return
		}
		// "Seattle, Wash.", "Atlanta, Ga.": abbreviations the tables
		// leave out because alone they are words or other places.
		if st, ok := usStateAbbrevs[text]; ok && next == "." {
			e.name = st
			set(schema.LabelGPE, "region", "USA")
			return
		}
		if st, ok := auStates[text]; ok {
			e.name = st
			set(schema.LabelGPE, "region", "AUS")
			return
		}
	}
	// A common word opening a sentence is resolved with the single words
	// (not a dateline: "AMES, Iowa —").
	if n == 1 && p.weakStart && !m.dateline(p) {
		if te, ok := m.tableName(p.a, p.b); !ok || te.Class == "charity" {
			e.weak = true
			m.add(e)
			return
		}
	}
	// Work titles by context: "the ITV soap Harbour Lane", "an actor from
	// Downton Abbey".
	if workNouns[prev] || (prev == "from" && m.isCelebrityNoun(m.prevWord(p.a, 2))) {
		set(schema.LabelWorkOfArt, "", "")
		return
	}
	// "Known as the Marathon Man": a nickname made of a race word, no
	// name of a race or a person.
	if n >= 2 && prev == "the" {
		switch m.tok(p.b - 1).Text {
		case "Man", "Woman", "Men", "Women", "Mum", "Dad", "Girl", "Boy", "Kid", "Queen", "King":
			for _, h := range m.g.HeadsLeading(m.tok(p.a).Text) {
				if h.Class == "event" {
					return
				}
			}
		}
	}
	// A cup that is a trophy: "take home the Carl Lindqvist Cup, a dented
	// silver bowl", "lifted the Tom Fox Cup".
	if n >= 2 && m.tok(p.b-1).Text == "Cup" && prev == "the" && (trophyVerbs[m.prevWord(p.a, 2)] ||
		m.appositive(p.b, "trophy", "bowl", "cup", "plate", "shield", "salver", "prize", "award", "tankard")) {
		return
	}
	// Events: by head word, or a place followed by a lower-case race word
	// ("the Paris marathon").
	if kind, ok := m.eventHead(p.a, p.b); ok {
		set(schema.LabelEvent, kind, "")
		return
	}
	if kind, words, ok := m.lowerRaceWord(p.b); ok && n <= 3 && !p.possessive && !m.demonymOnly(p) && !personNouns[m.nextWord(p.b, words+1)] {
		e.end = m.tok(p.b + words - 1).End
		e.last = p.b + words
		set(schema.LabelEvent, kind, "")
		return
	}
	// "the Berlin 25 km", "the Paris 20 km", "the Dublin 10 mile": a
	// city's race named by its distance written apart.
	if prev == "the" && p.b+1 < len(m.d.Tokens) && m.sentOf[p.b+1] == si && isDigits(m.tok(p.b).Text) && len(m.tok(p.b).Text) <= 3 {
		switch m.tok(p.b + 1).Text {
		case "km", "K", "k", "mile", "miles", "Mile", "Miles":
			e.end, e.last = m.tok(p.b+1).End, p.b+2
			kind := "other"
			switch m.tok(p.b).Text + strings.ToLower(m.tok(p.b+1).Text) {
			case "10km", "10k":
				kind = "10k"
			case "5km", "5k":
				kind = "5k"
			}
			set(schema.LabelEvent, kind, "")
			return
		}
	}
	// A title alone ("the Prime Minister") or words that never make a
	// name ("New Year") are no mention.
	if _, title, ok := m.titleAt(p.a, p.b); ok && gazetteer.Fold(title) == gazetteer.Fold(text) || m.noNameWords(p) {
		return
	}
	if n, _, ok := m.titleAt(p.a, p.b); ok && n == p.b-p.a {
		return
	}
	// A broadcaster's channel: "BBC One", "Sky Sports News".
	if n > 1 {
		if te, ok := m.tableName(p.a, p.a+1); ok && te.Class == "media" && (len(m.tok(p.a).Text) > 3 || allUpper(m.tok(p.a).Text)) {
			set(schema.LabelOrg, "media", "")
			return
		}
	}
	// A picture credit "Mark Evans/Getty Images": the person ends at the
	// slash; the agency after it is no part of the name.
	for k := p.a + 1; k < p.b; k++ {
		t := m.tok(k).Text
		if i := strings.IndexByte(t, '/'); i > 0 && i < len(t)-1 && unicode.IsUpper([]rune(t[i+1:])[0]) {
			if creditWords[strings.ToLower(t[:i])] {
				// "AFP Photo/Anthony Wallace": the person follows the slash.
				if p.b-k >= 2 {
					e.start, e.first = m.tok(k).Start+i+1, k
					set(schema.LabelPerson, "", "")
				}
				return
			}
			e.end, e.last = m.tok(k).Start+i, k+1
			set(schema.LabelPerson, "", "")
			return
		}
	}
	// A day: "Bank Holiday Monday", "Good Friday", "Father's Day",
	// "Memorial Day".
	if n >= 2 && m.holiday(p) {
		return
	}
	// A costume: "dressed as Santa Claus", "a Florence Nightingale
	// costume".
	if prev == "as" && costumeVerbs[m.prevWord(p.a, 2)] || costumeNouns[next] {
		return
	}
	// "THE REST OF US": the pronoun in a heading in capitals.
	if text == "US" && pronounBefore[prev] && m.capsHeading(p) {
		return
	}
	// Tables.
	if te, ok := m.tableName(p.a, p.b); ok {
		switch te.Class {
		case "country":
			set(schema.LabelGPE, "country", te.Country)
			return
		case "place":
			if gazetteer.Fold(te.Name) != gazetteer.Fold(strings.TrimSuffix(text, ".")) {
				e.name = te.Name // "Va." is Virginia
			}
			set(placeLabel(te.Kind), te.Kind, te.Country)
			return
		case "org":
			set(schema.LabelOrg, te.Kind, "")
			return
		case "demonym":
			set(schema.LabelNORP, "", te.Country)
			return
		case "charity":
			if n > 1 || !p.weakStart || m.charityContext(p.a) {
				set(schema.LabelCharity, "", "")
				return
			}
		case "media":
			set(schema.LabelOrg, "media", "")
			return
		case "sponsor":
			set(schema.LabelOrg, "sponsor", "")
			return
		}
	}
	// "sponsored by Nike and Lululemon": a name joined to a sponsor is a
	// sponsor too.
	if prev == "and" && n <= 3 && !m.personContext(p) {
		if k := len(m.ents) - 1; k >= 0 && m.ents[k].last == p.a-1 && m.ents[k].label == schema.LabelOrg && m.ents[k].kind == "sponsor" {
			set(schema.LabelOrg, "sponsor", "")
			return
		}
	}
	// "Race director Tom Smith of Run Nation": the body a race director
	// or organiser speaks for.
	if prev == "of" && n <= 4 && !m.placeName(p.a, p.b) && !m.hasHead(p) {
		if k := len(m.ents) - 1; k >= 0 && m.ents[k].last == p.a-1 && m.ents[k].label == schema.LabelPerson &&
			(strings.Contains(m.ents[k].descriptor, "director") || strings.Contains(m.ents[k].descriptor, "organiser") ||
				strings.Contains(m.ents[k].descriptor, "organizer")) {
			set(schema.LabelOrg, "company", "")
			return
		}
	}
	// "accounting firm Hartley Quinn", "with sponsor Glanbia": a company
	// noun in lower case just before a name makes it a company's.
	if kind, ok := companyNouns[prev]; ok && !m.personContext(p) && m.lowerTok(p.a-1) {
		set(schema.LabelOrg, kind, "")
		return
	}
	// "who works for Barclays", "is employed by Asda", "staff from
	// Kaiser Permanente", "an engineer at Rolls-Royce": an employer.
	_, occ := m.g.Occupation(m.prevWord(p.a, 2))
	if ((prev == "for" || prev == "at" || prev == "by") && employVerbs[m.prevWord(p.a, 2)] ||
		(prev == "from" || prev == "of" || prev == "at") && staffNouns[m.prevWord(p.a, 2)] ||
		prev == "at" && occ || staffNouns[next] && next != "employee") && !m.personContext(p) && !m.placeShape(p) && !m.hasHead(p) {
		if _, ok := m.tableName(p.a, p.b); !ok && !m.placeName(p.a, p.b) {
			set(schema.LabelOrg, "company", "")
			return
		}
	}
	// A show or book by its verb: "hosts Escape to the Allotment",
	// "wrote Running Wild", "appeared on Strictly Come Dancing".
	if (workVerbs[prev] || (prev == "on" || prev == "in") && workVerbsBefore[m.prevWord(p.a, 2)]) && !isPossessive(next) {
		set(schema.LabelWorkOfArt, "", "")
		return
	}
	// A profile header in capitals: "DECLAN WALSH (47), BANDON".
	if n >= 2 && n <= 4 && allUpper(text) && m.startsLine(p.a) && (next == "(" && isAge(m.nextWord(p.b, 2)) && m.nextWord(p.b, 3) == ")" ||
		next == "," && isAge(m.nextWord(p.b, 2))) {
		e.name = titleCase(strings.ToLower(text))
		set(schema.LabelPerson, "", "")
		return
	}
	// A byline or credit in capitals: "BY SARAH JONES", "PICTURE: TOM
	// HILL".
	if n >= 2 && n <= 3 && allUpper(text) && m.capsHeading(p) && (prev == "by" && m.startsLine(p.a-1) ||
		prev == ":" && bylineWords[m.prevWord(p.a, 2)] && m.startsLine(p.a-2)) {
		e.name = titleCase(strings.ToLower(text))
		set(schema.LabelPerson, "", "")
		return
	}
	// A dateline: "AMSTERDAM (Reuters) -", "HARMON FALLS, Ohio —".
	if m.dateline(p) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// A heading line in capitals ("LEADING FINISHERS", a race name over
	// its results) names nothing the tables above did not know.
	if m.capsHeading(p) {
		return
	}
	// The noun after the name: "the Dong-A Ilbo newspaper", "former St
	// Helens players", "the Club La Santa sports resort".
	if kind, ok := orgNouns[next]; ok {
		// "the Massachusetts Firefighters Burn Foundation team": a
		// charity's team of runners.
		if class, _, ok := m.head(p); ok && class == "charity" && (next == "team" || next == "squad") {
			set(schema.LabelCharity, "", "")
			return
		}
		set(schema.LabelOrg, kind, "")
		return
	}
	if next == "sports" || next == "holiday" {
		if kind, ok := orgNouns[m.nextWord(p.b, 2)]; ok {
			set(schema.LabelOrg, kind, "")
			return
		}
	}
	if next == "charity" || next == "hospice" || next == "foundation" {
		set(schema.LabelCharity, "", "")
		return
	}
	// "a bottle of water from the main sponsor, Ocado"; "Sponsor: Ocado".
	if (prev == "," || prev == ":") && (m.prevWord(p.a, 2) == "sponsor" || m.prevWord(p.a, 2) == "sponsors") {
		set(schema.LabelOrg, "sponsor", "")
		return
	}
	if (prev == "by" && (m.prevWord(p.a, 2) == "sponsored" || m.prevWord(p.a, 2) == "presented" || m.prevWord(p.a, 2) == "supported")) && n >= 1 {
		set(schema.LabelOrg, "sponsor", "")
		return
	}
	// "has signed to run at Creighton", "committed to compete for
	// Oregon": a college's team.
	if (prev == "at" || prev == "for") && (m.prevWord(p.a, 2) == "run" || m.prevWord(p.a, 2) == "compete" || m.prevWord(p.a, 2) == "race") &&
		m.prevWord(p.a, 3) == "to" && (m.prevWord(p.a, 4) == "signed" || m.prevWord(p.a, 4) == "committed" || m.prevWord(p.a, 4) == "commit") {
		set(schema.LabelOrg, "team", "")
		return
	}
	// A college team in results: "(Boise State)", "runs for Kent State".
	if n == 2 && m.tok(p.b-1).Text == "State" && (prev == "(" && next == ")" || prev == "for") {
		set(schema.LabelOrg, "team", "")
		return
	}
	// A university's team: "Ohio State".
	if n == 2 && strings.EqualFold(m.tok(p.b-1).Text, "State") {
		if te, ok := m.tableName(p.a, p.a+1); ok && te.Kind == "region" {
			set(schema.LabelOrg, "team", "")
			return
		}
	}
	// "Blesma, the charity for limbless veterans"; "Shelter, the housing
	// charity".
	if m.appositive(p.b, "charity", "charities", "foundation", "hospice", "trust") {
		set(schema.LabelCharity, "", "")
		return
	}
	// A club in brackets after a person: "Jake Turner (Shaftesbury
	// Barnet)".
	if prev == "(" && next == ")" && p.a >= 2 && m.personEndsAt(p.a-1) {
		if _, ok := m.tableName(p.a, p.b); !ok {
			set(schema.LabelOrg, "club", "")
			return
		}
	}
	// "the Blue Ridge 100", "the Western States 100", "the Bupa London
	// 10,000", "the Hebden 22".
	if prev == "the" && p.b < len(m.d.Tokens) && m.sentOf[p.b] == si && (isUltraNumber(m.tok(p.b).Text) ||
		m.raceNumberAt(p.b) && (raceVerbs[m.prevWord(p.a, 2)] || m.raceSentence(si) || m.nextWord(p.b+1, 1) == "and")) {
		e.end, e.last = m.tok(p.b).End, p.b+1
		kind := "ultra"
		switch {
		case m.tok(p.b).Text == "10,000":
			kind = "10k"
		case m.tok(p.b).Text == "5,000":
			kind = "5k"
		case !isUltraNumber(m.tok(p.b).Text):
			kind = "other"
		}
		set(schema.LabelEvent, kind, "")
		return
	}
	// "St Agnes", "St Helens": a saint's name is a place.
	if n >= 2 && (m.tok(p.a).Text == "St" || m.tok(p.a).Text == "Saint") && !m.personContext(p) {
		if _, _, ok := m.head(p); !ok {
			set(schema.LabelGPE, "city", "")
			return
		}
	}
	// Head words.
	if class, kind, ok := m.head(p); ok {
		// "ran for the Alzheimer's Association": an organisation of no
		// kind of its own that people run for is a charity.
		if class == "org" && kind == "other" && m.charityContext(p.a) {
			class = "charity"
		}
		switch class {
		case "org":
			// "1st Regiment Royal Horse Artillery"
			if p.a > 0 && ordinalToken(m.tok(p.a-1).Text) && m.sentOf[p.a-1] == si {
				e.start, e.first = m.tok(p.a-1).Start, p.a-1
			}
			// "(Aldershot, Farnham & District)": the towns of a
			// district club are listed with commas.
			if kind == "club" && areaWords[strings.ToLower(m.tok(p.b-1).Text)] && p.a >= 3 && m.tok(p.a-1).Text == "," &&
				m.capital(p.a-2) && m.tok(p.a-3).Text == "(" && m.sentOf[p.a-3] == si {
				e.start, e.first = m.tok(p.a-2).Start, p.a-2
			}
			set(schema.LabelOrg, kind, "")
		case "charity":
			set(schema.LabelCharity, "", "")
		case "place":
			set(placeLabel(kind), kind, "")
		}
		// "the Bill Rodgers Trophy": a prize names no one (class award).
		return
	}
	// "Nike Vaporfly", "Saucony Endorphin Pro": a brand the tables know
	// and the name of its product is the brand, not a person, unless the
	// words around say a person ("Flora Smith won", "Aviva Cohen, 34,").
	if k := m.brandLead(p); k > 0 && !m.personContext(p) && !resultVerbs[next] && p.descriptor == "" && len(p.titles) == 0 {
		e.end, e.last = m.tok(p.a+k-1).End, p.a+k
		set(schema.LabelOrg, "sponsor", "")
		return
	}
	// "the Bay to Breakers", "the Coast to Coast": a name from one end to
	// the other after "the" is a race's, never a person's.
	if n >= 3 && prev == "the" {
		for k := p.a + 1; k < p.b-1; k++ {
			if m.tok(k).Text == "to" {
				set(schema.LabelEvent, "other", "")
				return
			}
		}
	}
	if m.charityContext(p.a) && n >= 2 && !m.personContext(p) {
		set(schema.LabelCharity, "", "")
		return
	}
	// "Stratford-upon-Avon", "Chester-le-Street": a place by its shape.
	if m.placeShape(p) && !m.personContext(p) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// The race a runner won or entered: "won the Brindle Fell Dash".
	if n >= 2 && prev == "the" && (raceVerbs[m.prevWord(p.a, 2)] || m.prevWord(p.a, 2) == "at" && m.raceSentence(si)) && !m.personContext(p) && !personNouns[next] {
		set(schema.LabelEvent, "other", "")
		return
	}
	// "from Les Houches", "in La Plagne": a name opening with a Romance
	// article after a word of place.
	if n == 2 && romanceArticles[m.tok(p.a).Text] && placeWords[prev] && prev != "by" && prev != "the" && !m.personContext(p) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "Declan O'Sullivan (47), Bandon, Co Cork": a profile header's place.
	if n >= 2 && n <= 3 && m.headerPlace(p.a, p.b) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "Tring, Hertfordshire": a name before a county or region.
	if n <= 3 && next == "," && !m.personContext(p) && m.regionAt(p.b+1) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "Megan Royce of Iowa City", "Weinberg, of East Moline,": a name
	// after a person and "of" is where they are from (a club has its head
	// word and was labelled above).
	if n >= 2 && n <= 3 && prev == "of" && !m.personContext(p) && !(p.b < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text)) &&
		(m.personEndsAt(p.a-1) || p.a >= 3 && m.tok(p.a-2).Text == "," && m.personEndsAt(p.a-2)) {
		// ("of Leeds City", "of Bath City": a city's name and City or
		// Town is its club; "of Nike Oregon Project" a sponsor's team.)
		last := m.tok(p.b - 1).Text
		if te, ok := m.tableName(p.a, p.b-1); ok && te.Class == "place" && te.Kind == "city" && (last == "City" || last == "Town") {
			set(schema.LabelOrg, "club", "")
			return
		}
		if te, ok := m.tableName(p.a, p.a+1); ok && te.Class == "sponsor" {
			set(schema.LabelOrg, "team", "")
			return
		}
		// ("of Dublin Hawks": a plural of a common word is a club's.)
		if strings.HasSuffix(last, "s") && m.pluralNoun(p.b-1) && !placePlurals[strings.ToLower(last)] {
			set(schema.LabelOrg, "club", "")
			return
		}
		set(schema.LabelGPE, "city", "")
		return
	}
	// "Sarah Birkett, a Penrith GP running for ...": a town before an
	// occupation written in capitals.
	if n >= 2 && (prev == "a" || prev == "an") && !m.personContext(p) {
		if _, ok := m.g.Occupation(m.tok(p.b - 1).Text); ok && allUpper(m.tok(p.b-1).Text) {
			e.last = p.b - 1
			e.end = m.tok(p.b - 2).End
			set(schema.LabelGPE, "city", "")
			return
		}
	}
	// "from Caldbeck in the north to Kirkby Lonsdale in the south": the
	// far end of a span of places.
	if n >= 2 && n <= 3 && prev == "to" && !m.personContext(p) && m.fromPlaceBefore(p.a-1) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "Bay of Plenty", "Isle of Man", "Vale of Glamorgan": a word for land
	// or water, "of" and a name.
	if n >= 3 && m.tok(p.a+1).Text == "of" && geoLeads[m.tok(p.a).Text] && !m.personContext(p) {
		kind := "region"
		set(placeLabel(kind), kind, "")
		return
	}
	// "the village of Great Ayton", "the city of Los Angeles"
	if n >= 2 && n <= 3 && prev == "of" && settlementNouns[m.prevWord(p.a, 2)] && !m.personContext(p) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "East Moline", "North Berwick": a compass point opening a name
	// makes a place, not a person.
	if n >= 2 && n <= 3 && compassWords[m.tok(p.a).Text] && !m.personContext(p) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "started at Grand Bend", "Kate Munro from Salt Spring", "came from
	// Swift Current": a name where a place stands.
	if n >= 2 && (m.placeSlot(p) || prev == "the" && placeNouns[next]) && !m.personContext(p) && !(p.b < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text)) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "Jack Stone finished third": two common words opening a sentence
	// are a name when a verb of racing follows them.
	resultVerb := n == 2 && (resultVerbs[next] && !strings.HasSuffix(m.tok(p.b-1).Text, "s") || m.personContext(p))
	if n == 1 || p.weakStart && n == 2 && m.g.Common(m.tok(p.a+1).Text) && !resultVerb {
		// A single word waits until every full name is known.
		e.weak = true
		e.label = ""
		m.add(e)
		return
	}
	if e.headline {
		e.weak = true
		m.add(e)
		return
	}
	// Surname first in capitals: "OKORO Daniel".
	if n == 2 && allUpper(m.tok(p.a).Text) && utf8.RuneCountInString(m.tok(p.a).Text) > 1 && !allUpper(m.tok(p.a+1).Text) &&
		!strings.Contains(m.tok(p.a).Text, ".") {
		e.name = m.tok(p.a+1).Text + " " + titleCase(m.tok(p.a).Text)
		set(schema.LabelPerson, "", "")
		return
	}
	// "the Elizabeth Furnace aid station", "the Sty Head checkpoint",
	// "the climb to Signal Knob".
	if (prev == "the" && siteNouns[next]) || ((prev == "to" || prev == "up" || prev == "down") && routeNouns[m.prevWord(p.a, 2)]) {
		set(schema.LabelFac, "landmark", "")
		return
	}
	// "through Elizabeth Furnace", "near Signal Knob"; "the finish on
	// West Park Stray" (not "on Boxing Day").
	if (strongPlaceWords[prev] || prev == "on" && n >= 2 && !dayWords[strings.ToLower(m.tok(p.b-1).Text)]) &&
		!m.personContext(p) && !(p.b < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text)) {
		set(schema.LabelGPE, "city", "")
		return
	}
	// "looped through the Park Lands", "along the Bay Trail": a name
	// after "the" where a place stands.
	if n >= 2 && prev == "the" && strongPlaceWords[m.prevWord(p.a, 2)] && m.prevWord(p.a, 2) != "in" && !m.personContext(p) &&
		!(p.b < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text)) && !personNouns[next] {
		set(schema.LabelFac, "landmark", "")
		return
	}
	// "The Good Morning America host", "Harry Potter star Tom Felton": a
	// show before its presenter; "Runners World editor Jane Doe": a
	// paper before its staff; "Sheffield Hallam runners": a body before
	// its members.
	if n >= 2 && !m.personContext(p) {
		capAfter := p.b+1 < len(m.d.Tokens) && m.sentOf[p.b+1] == si && m.capital(p.b+1)
		switch {
		case showNouns[next] && (capAfter || next != "star"):
			set(schema.LabelWorkOfArt, "", "")
			return
		case mediaStaff[next] && capAfter:
			set(schema.LabelOrg, "media", "")
			return
		case memberNouns[next] && !(p.b+1 < len(m.d.Tokens) && m.capital(p.b+1)):
			set(schema.LabelOrg, "other", "")
			return
		}
	}
	// "beat Hebden Bridge baker Lucy Pratt": a name before an occupation
	// and another name is where that person is from.
	if n >= 2 && n <= 3 && !m.personContext(p) && m.occupationThenName(p.b) {
		if m.clubBeforeRunner(p.a, p.b) {
			set(schema.LabelOrg, "club", "")
			return
		}
		set(schema.LabelGPE, "city", "")
		return
	}
	// "York Acorn's Sam Dale": a town and a name before a runner is their
	// club.
	if n >= 2 && n <= 3 && p.b+1 < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text) && m.capital(p.b+1) && m.placeName(p.a, p.a+1) &&
		!m.placeName(p.a, p.b) {
		set(schema.LabelOrg, "club", "")
		return
	}
	if allUpper(text) && n <= 4 && !m.personContext(p) {
		set(schema.LabelOrg, "other", "")
		return
	}
	// A nickname in quotes after the person it names: Fox, nicknamed
	// "The Flying Vet"; known as "Big Steve".
	if q := m.openQuoteBefore(p.a); q > 0 && nickVerbs[m.prevWord(q, 1)] {
		return
	}
	// The same without quotes: "Jane Doe, aka Speedy Gonzales", "known
	// as The Flash".
	if prev == "aka" || prev == "a.k.a." || prev == "nicknamed" || prev == "dubbed" || prev == "as" && m.prevWord(p.a, 2) == "known" ||
		prev == "the" && (m.prevWord(p.a, 2) == "nicknamed" || m.prevWord(p.a, 2) == "dubbed") {
		return
	}
	// "Race Organisers", "Mass Start Heroes", "Key Moments": common words
	// ending in a plural of people or of a heading are a group or a
	// heading; "Staff Writer", "Athletics Correspondent": a job in a
	// credit. Not "Mark Woods", whose plural is a surname.
	if n >= 2 && m.allCommon(p.a, p.b) {
		last := strings.ToLower(m.tok(p.b - 1).Text)
		if headingPlurals[last] || creditJobs[last] || memberNouns[last] || m.occupationPlural(last) {
			return
		}
	}
	// "ran the Comrades and the Two Oceans", "the Three Peaks": a count
	// opens a race or a body, never a person.
	if n >= 2 && countLeads[strings.ToLower(m.tok(p.a).Text)] && !m.personContext(p) {
		if prev == "the" && m.raceSentence(si) {
			set(schema.LabelEvent, "other", "")
		} else {
			set(schema.LabelOrg, "other", "")
		}
		return
	}
	// "in the Energy Lab", "through the Devil's Elbow": a name after a
	// word of place and "the" is somewhere.
	if n >= 2 && n <= 3 && prev == "the" && strongPlaceWords[m.prevWord(p.a, 2)] && !m.personContext(p) &&
		!(p.b < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text)) {
		set(schema.LabelFac, "landmark", "")
		return
	}
	// "Aoife Ryan, of Kilmacud Crokes,": what a person is "of" is a
	// place or a club, not another person.
	if n >= 2 && n <= 3 && prev == "of" && p.a >= 2 && (m.personEndsAt(p.a-1) || m.tok(p.a-2).Text == "," && m.personEndsAt(p.a-2)) &&
		!m.personContext(p) && !(p.b < len(m.d.Tokens) && isPossessive(m.tok(p.b).Text)) {
		if strings.HasSuffix(m.tok(p.b-1).Text, "s") && m.pluralNoun(p.b-1) && !placePlurals[strings.ToLower(m.tok(p.b-1).Text)] {
			set(schema.LabelOrg, "club", "")
		} else {
			set(schema.LabelGPE, "city", "")
		}
		return
	}
	// "climbed Ben Lomond", "ran up Ben Nevis": what is climbed is a
	// hill, whatever its first word.
	if n >= 2 && n <= 3 && (climbVerbs[prev] || (prev == "up" || prev == "down") && motionVerbs[m.prevWord(p.a, 2)]) && !m.personContext(p) {
		set(schema.LabelLoc, "other", "")
		return
	}
	// "Jane Doe of the Brooks Beasts": a person of the plural is its
	// member; of anything else named, a body's.
	if n >= 2 && prev == "the" && (m.prevWord(p.a, 2) == "of" || m.prevWord(p.a, 2) == "with") && p.a >= 3 && m.personEndsAt(p.a-2) &&
		!m.personContext(p) {
		if strings.HasSuffix(m.tok(p.b-1).Text, "s") {
			set(schema.LabelOrg, "team", "")
		} else {
			set(schema.LabelOrg, "other", "") // "of the Army World Class Athlete Program"
		}
		return
	}
	if n >= 2 && (bodyLeads[m.tok(p.a).Text] || ordinalLeads[strings.ToLower(m.tok(p.a).Text)]) && !m.personContext(p) {
		set(schema.LabelOrg, "other", "")
		return
	}
	nk := m.nickname(p)
	if nk[1] > 0 {
		n -= nk[1] - nk[0] + 2
	}
	// "Jenny O'Brien Jr": the suffix is a title, not the name.
	if n >= 3 {
		if t, ok := m.g.Title(m.tok(p.b - 1).Text); ok && t.Kind == "postnominal" {
			e.titles = append(e.titles, t.Canonical)
			e.last = p.b - 1
			e.end = m.tok(p.b - 2).End
			n--
		}
	}
	// "Chicago Bears", "Leeds Rhinos": a place and a plural is a team.
	if n >= 2 && n <= 3 && strings.HasSuffix(m.tok(p.b-1).Text, "s") && m.pluralNoun(p.b-1) && !m.personContext(p) {
		if te, ok := m.tableName(p.a, p.b-1); ok && (te.Class == "place" || te.Class == "country") {
			set(schema.LabelOrg, "team", "")
			return
		}
	}
	// "John Deere, which has sponsored the race since 2009": a name that
	// "which" refers back to is no person's.
	if next == "," && m.nextWord(p.b, 2) == "which" && nk[1] == 0 && len(e.titles) == 0 {
		set(schema.LabelOrg, "other", "")
		return
	}
	if n <= 5 {
		if nk[1] > 0 {
			e.nick = m.words(nk[0], nk[1])
			e.name = strings.TrimSpace(m.d.Text[e.start:m.tok(nk[0]-1).Start]) + " " + strings.TrimSpace(m.d.Text[m.tok(nk[1]).End:e.end])
			if strings.HasPrefix(e.nick, "The ") {
				e.nick = ""
			}
		}
		set(schema.LabelPerson, "", "")
		return
	}
	set(schema.LabelOrg, "other", "")
}

// showNouns after a name make it a show; mediaStaff a paper or channel;
// memberNouns a body of people.
var (
	showNouns   = setOf("host", "presenter", "co-host", "anchor", "contestant", "star")
	mediaStaff  = setOf("editor", "columnist", "correspondent", "reporter", "writer", "commentator", "journalist")
	memberNouns = setOf("runners", "students", "staff", "members", "officials", "volunteers", "employees", "workers",
		"pupils", "athletes", "teammates", "graduates", "alumni", "riders", "colleagues")
)

// creditWords say what a credit is for: "Photo/Anthony Wallace".
var creditWords = setOf("photo", "photos", "picture", "pictures", "pic", "pics", "image", "images", "photograph")

// stormWords open the names of storms.
var stormWords = setOf("Storm", "Hurricane", "Typhoon", "Cyclone", "Superstorm")

// figures are personified ideas and folklore characters, no real people.
var figures = setOf("father christmas", "santa claus", "mother nature", "lady luck", "father time",
	"old father time", "jack frost", "mr blobby", "the grim reaper", "grim reaper", "easter bunny", "the easter bunny",
	"tooth fairy", "god", "mother earth")

// figureAt returns the token after a figure that starts at a within
// [a, b) ("God and Father Christmas" gives the "and"), or a.
func (m *mentioner) figureAt(a, b int) int {
	for k := b; k > a; k-- {
		if figures[gazetteer.Fold(m.words(a, k))] && (k == b || m.tok(k).Text == "and" || m.tok(k).Text == "&") {
			for k < b && (m.tok(k).Text == "and" || m.tok(k).Text == "&") {
				k++
			}
			return k
		}
	}
	return a
}

// greetingLeads open greetings written in capitals.
var greetingLeads = setOf("happy", "merry", "congratulations", "congrats", "thank", "thanks", "well", "good", "many",
	"welcome", "farewell", "cheers", "bravo", "hats")

// holiday reports whether p names a day: it ends in a weekday, or in
// "Day" or "Eve" after a possessive or a word that opens holidays.
func (m *mentioner) holiday(p span) bool {
	last := strings.ToLower(m.tok(p.b - 1).Text)
	switch last {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	case "day", "eve":
		return isPossessive(m.tok(p.b-2).Text) || holidayLeads[strings.ToLower(m.tok(p.a).Text)]
	}
	return false
}

// holidayLeads open the names of holidays ending in "Day".
var holidayLeads = setOf("good", "boxing", "christmas", "easter", "memorial", "labor", "labour", "independence", "anzac",
	"remembrance", "armistice", "valentine", "valentine's", "father", "father's", "mother", "mother's", "new", "martin",
	"presidents", "presidents'", "veterans", "canada", "australia", "waitangi", "thanksgiving", "mothering", "pancake",
	"st", "saint", "victory", "polling", "election", "sports", "race", "open", "world", "national", "international")

// costumeVerbs come before "as" and a costume.
var costumeVerbs = setOf("dressed", "disguised", "costumed", "dress", "dresses", "dressing")

// costumeNouns follow a costume's character: "a Florence Nightingale
// costume".
var costumeNouns = setOf("costume", "costumes", "outfit", "outfits", "onesie", "mask", "fancy-dress", "lookalike")

// placePlurals end towns' names: "Tunbridge Wells", "Alice Springs".
var placePlurals = setOf("wells", "springs", "falls", "sands", "heights", "downs", "fields", "hills", "rapids", "forks",
	"gardens", "heath", "meadows", "lakes", "woods", "waters", "keys", "cliffs", "bridges", "mills", "rocks", "pines",
	"oaks", "acres", "plains", "park", "flats")

// sportNouns are what a club's member is called after its name.
var sportNouns = setOf("runner", "athlete", "member", "harrier", "clubmate", "club-mate", "teammate", "veteran", "junior",
	"senior", "triathlete", "sprinter", "miler", "racer")

// bylineWords open a credit line before a colon: "Picture: Tom Hill".
var bylineWords = setOf("photo", "photos", "picture", "pictures", "pic", "pics", "image", "photograph", "photography",
	"words", "report", "reporter", "text", "interview", "credit")

// nickVerbs come before a quoted nickname.
var nickVerbs = setOf("nicknamed", "dubbed", "as", "called", "aka", "a.k.a.", "nickname", "moniker")

// openQuoteBefore returns the index of an opening quote just before token
// a (skipping an article: "The Flying Vet"), or -1.
func (m *mentioner) openQuoteBefore(a int) int {
	k := a - 1
	if k >= 0 && strings.EqualFold(m.tok(k).Text, "the") {
		k--
	}
	if k >= 0 && isQuote(m.tok(k).Text) && m.sentOf[k] == m.sentOf[a] {
		return k
	}
	return -1
}

// headingPlurals end headings, groups and feats written in capitals
// ("Personal Best", "Course Record").
var headingPlurals = setOf("heroes", "winners", "finishers", "stars", "legends", "champions", "results", "moments",
	"points", "tips", "highlights", "facts", "notes", "organisers", "organizers", "marshals", "stewards", "supporters",
	"fans", "spectators", "crowds", "sponsors", "partners", "thanks", "reactions", "standings", "splits", "best", "bests",
	"record", "records", "victory", "win", "update", "preview", "review", "report")

// creditJobs end a job named in a byline or credit: "Staff Writer".
var creditJobs = setOf("correspondent", "writer", "editor", "reporter", "columnist", "photographer", "contributor",
	"producer", "desk", "staff", "coordinator", "coordinator")

// occupationPlural reports whether w is the plural of an occupation
// ("volunteers", "organisers").
func (m *mentioner) occupationPlural(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	if !ok {
		return false
	}
	_, occ := m.g.Occupation(s)
	return occ
}

// allCommon reports whether every token of [a, b) is a common word.
func (m *mentioner) allCommon(a, b int) bool {
	for k := a; k < b; k++ {
		if !m.g.Common(m.tok(k).Text) {
			return false
		}
	}
	return true
}

// workVerbs come before the title of a show or book.
var workVerbs = setOf("wrote", "writes", "penned", "pens", "authored", "hosts", "hosted", "fronts", "fronted", "fronting",
	"read", "reads", "reading", "reread")

// workVerbsBefore come before "on" or "in" and a show: "appeared on X",
// "starred in X".
var workVerbsBefore = setOf("appeared", "appears", "appearing", "starred", "stars", "starring", "featured", "contestant",
	"judge", "presenter", "host")

// trophyVerbs come before "the" and a trophy.
var trophyVerbs = setOf("lift", "lifts", "lifted", "lifting", "home", "presented", "presents", "present", "awarded",
	"receive", "receives", "received", "hoist", "hoisted", "engraved", "collect", "collected", "collects", "retain",
	"retained", "retains")

// climbVerbs come before a hill's name; motionVerbs before "up" or
// "down" and one.
var (
	climbVerbs  = setOf("climb", "climbs", "climbed", "climbing", "summited", "summiting", "scaled", "scaling", "ascended", "conquered")
	motionVerbs = setOf("ran", "run", "runs", "running", "raced", "races", "racing", "went", "go", "goes", "walked", "hiked", "scrambled")
)

// countLeads open the names of races and bodies: "Two Oceans".
var countLeads = setOf("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"twenty", "hundred", "thousand")

// ordinalLeads open the names of bodies, never a person's: "Second
// Harvest Heartland", "First Direct".
var ordinalLeads = setOf("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")

// initialism reports whether s is only capital letters each followed by
// a dot, three or more of them ("B.A.A.", "N.Y.R.R.").
func initialism(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			if i+1 >= len(s) || s[i+1] != '.' {
				return false
			}
			n++
		case c == '.':
		default:
			return false
		}
	}
	return n >= 3
}

// bodyLeads open the names of bodies and never a person's: "the Royal
// Marsden", "National Trust".
var bodyLeads = setOf("Royal", "National", "International", "Imperial", "Federal", "Municipal", "Metropolitan", "Sovereign")

// pronounBefore are words before "US" that make it the pronoun in a
// heading written in capitals.
var pronounBefore = setOf("of", "for", "with", "to", "about", "among", "amongst", "join", "beat", "behind", "let", "from")

// brandLead returns how many words at the start of p (two words or more)
// are a brand or sponsor the tables know, with the rest a product's name
// ("Nike Vaporfly", "Hoka Rocket X"), or 0.
func (m *mentioner) brandLead(p span) int {
	if p.b-p.a < 2 {
		return 0
	}
	for k := min(p.b-p.a-1, 3); k >= 1; k-- {
		if te, ok := m.tableName(p.a, p.a+k); ok && (te.Class == "sponsor" || te.Class == "org" && te.Kind == "company") {
			if _, ok := m.tableName(p.a, p.b); ok {
				return 0
			}
			// "Nike Oregon Project", "Adidas Boston": a place after the
			// brand makes a team, not a product.
			for j := p.a + k; j < p.b; j++ {
				if m.placeName(j, j+1) {
					return 0
				}
			}
			return k
		}
	}
	return 0
}

// nickname finds a quoted word inside a name: Gary "Yeti" Yeo.
func (m *mentioner) nickname(p span) [2]int {
	for i := p.a + 1; i < p.b; i++ {
		if !isQuote(m.tok(i).Text) || m.glued(i) {
			continue
		}
		for k := i + 2; k < p.b && k <= i+4; k++ {
			if isQuote(m.tok(k).Text) {
				return [2]int{i + 1, k}
			}
		}
	}
	return [2]int{}
}

// appositive reports whether ", the (...) NOUN" follows token b-1 with
// one of nouns: "Blesma, the charity for ...".
func (m *mentioner) appositive(b int, nouns ...string) bool {
	if m.nextWord(b, 1) != "," {
		return false
	}
	det := m.nextWord(b, 2)
	if det != "the" && det != "a" && det != "an" {
		return false
	}
	for k := 3; k <= 6; k++ {
		w := m.nextWord(b, k)
		for _, n := range nouns {
			if w == n {
				return true
			}
		}
		if w == "" || !startsLower(w) && !isPossessive(w) {
			return false
		}
	}
	return false
}

// personEndsAt reports whether token i, skipping a bracketed or comma age,
// ends a PERSON mention found so far.
func (m *mentioner) personEndsAt(i int) bool {
	for _, o := range m.ents {
		if o.label == schema.LabelPerson && o.last == i {
			return true
		}
	}
	// A row name the lists stage will find: two capitalised words or an
	// initial and a surname.
	return i >= 2 && m.capital(i-1) && (m.capital(i-2) || m.tok(i-2).Text == ".")
}

// siteNouns name a spot on a course after a place's name: "the Sty Head
// checkpoint".
var siteNouns = setOf("checkpoint", "aid", "feed", "water", "summit", "turnaround", "trailhead", "car", "visitor",
	"campsite", "crossing", "junction", "roundabout", "climb", "descent", "ascent", "section", "stretch", "loop",
	"start", "finish", "area", "road", "station", "hut", "pass", "lap")

// routeNouns come before "to" and a place: "the climb to Signal Knob".
var routeNouns = setOf("climb", "descent", "road", "route", "path", "trail", "way", "drive", "journey", "run",
	"ascent", "walk", "ride")

// strongPlaceWords come before a place, seldom before a person.
var strongPlaceWords = setOf("in", "near", "towards", "toward", "via", "onto", "into", "across", "along", "outside",
	"inside", "around", "through")

func ordinalToken(s string) bool {
	if len(s) < 3 || s[0] < '0' || s[0] > '9' {
		return false
	}
	switch s[len(s)-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// raceNumberAt reports whether the number at token i ends a race's name:
// "10,000" or a number of two or three figures that is no year, with
// punctuation or a lower-case word that is no unit or counted noun
// after it ("the Hebden 22 next month").
func (m *mentioner) raceNumberAt(i int) bool {
	t := m.tok(i).Text
	// ("the Bix 7": one figure only after a verb of racing.)
	one := len(t) == 1 && i >= 3 && raceVerbs[strings.ToLower(m.tok(i-3).Text)] && strings.EqualFold(m.tok(i-2).Text, "the")
	if !(len(t) == 2 || len(t) == 3 || t == "10,000" || t == "5,000" || one) || t[0] < '1' || t[0] > '9' {
		return false
	}
	for _, c := range t {
		if (c < '0' || c > '9') && c != ',' {
			return false
		}
	}
	if i+1 >= len(m.d.Tokens) || m.sentOf[i+1] != m.sentOf[i] {
		return true
	}
	next := m.tok(i + 1).Text
	switch next {
	case ",", ".", ";", ":", ")", "and", "next", "last", "this", "on", "in", "at", "is", "was", "were", "are", "will", "race", "course":
		return true
	}
	return false
}

func isUltraNumber(s string) bool {
	switch s {
	case "50", "100", "200", "24", "48", "135", "161", "168":
		return true
	}
	return false
}

// noNameWords reports whether every word of p is a function word, month,
// day or other word that is never a name.
func (m *mentioner) noNameWords(p span) bool {
	for i := p.a; i < p.b; i++ {
		w := strings.ToLower(m.tok(i).Text)
		if !notNames[w] && !closedClass[w] {
			return false
		}
	}
	return true
}

// personNouns after "X marathon" say it describes a person: "a Kenyan
// marathon runner".
var personNouns = setOf("runner", "runners", "champion", "champions", "record", "debut", "legend", "star", "great",
	"specialist", "debutant", "winner", "winners", "medallist", "medalist", "best", "team", "squad")

// demonymOnly reports whether p is only a demonym ("Kenyan").
func (m *mentioner) demonymOnly(p span) bool {
	_, ok := m.g.Find(m.words(p.a, p.b), "demonym")
	return ok
}

func placeLabel(kind string) string {
	switch kind {
	case "landmark":
		return schema.LabelFac
	case "other":
		return schema.LabelLoc
	}
	return schema.LabelGPE
}

// workNouns are words written just before the title of a work.
var workNouns = setOf("soap", "drama", "sitcom", "series", "show", "programme", "program", "film", "movie",
	"documentary", "album", "book", "novel", "play", "musical", "podcast", "single", "song")

// orgNouns map a noun written after a name to the organisation kind it
// says.
var orgNouns = map[string]string{
	"newspaper": "media", "paper": "media", "broadcaster": "media", "channel": "media", "network": "media",
	"radio": "media", "magazine": "media", "agency": "media", "tabloid": "media", "website": "media",
	"resort": "company", "hotel": "company", "company": "company", "firm": "company", "brand": "company",
	"chain": "company", "group": "company", "airline": "company", "bank": "company", "retailer": "company",
	"supermarket": "company", "store": "company", "manufacturer": "company",
	"centre": "other", "center": "other", "clinic": "other",
	"players": "club", "player": "club", "linebacker": "team", "quarterback": "team", "striker": "team",
	"winger": "team", "forward": "team", "goalkeeper": "team", "midfielder": "team", "defender": "team",
	"prop": "team", "fly-half": "team", "scrum-half": "team", "fan": "team", "fans": "team", "team": "team", "squad": "team", "club": "club", "teammate": "club",
	"teammates": "club", "regiment": "military", "battalion": "military", "council": "government",
}

// companyNouns, written in lower case before a name, say it is a
// company's: "accounting firm Hartley Quinn", "presenting sponsor X",
// "insurer X". (Not "organiser", which comes before people too.)
var companyNouns = map[string]string{
	"firm": "company", "company": "company", "insurer": "company", "retailer": "company",
	"supermarket": "company", "employer": "company", "brewer": "company", "carmaker": "company",
	"manufacturer": "company", "developer": "company", "housebuilder": "company", "airline": "company",
	"conglomerate": "company", "outfitter": "company", "distributor": "company", "giant": "company",
	"sponsor": "sponsor", "sponsors": "sponsor",
}

// staffNouns come before "from", "of" or "at" and an employer.
var staffNouns = setOf("staff", "employees", "workers", "employee", "co-workers")

// employVerbs come before "for", "at" or "by" and an employer.
var employVerbs = setOf("works", "worked", "working", "work", "employed")

// lowerTok reports whether token i is a word written in lower case (not
// a capitalised word that begins a sentence).
func (m *mentioner) lowerTok(i int) bool {
	if i < 0 {
		return false
	}
	t := m.tok(i).Text
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func (m *mentioner) isCelebrityNoun(w string) bool {
	r, ok := m.g.Occupation(w)
	return ok && r == "celebrity"
}

// eventHead reports whether tokens [a, b) name an event by a head word:
// "... Marathon", "... 10K", "... Turkey Trot", "Ironman ...".
func (m *mentioner) eventHead(a, b int) (string, bool) {
	if b-a < 2 {
		return "", false
	}
	// "Schneider Electric Marathon de Paris": a title sponsor before a
	// race's name.
	for n := min(4, b-a-2); n >= 1; n-- {
		if _, ok := m.g.Find(m.words(a, a+n), "sponsor"); ok {
			if k, ok := m.eventHead(a+n, b); ok {
				return k, true
			}
			break
		}
	}
	for _, h := range m.g.HeadsLeading(m.tok(a).Text) {
		if h.Class == "event" && m.startsWith(a, b, h.Words) && !m.notRaceTail(b-1) {
			return h.Kind, true
		}
	}
	// A name ending in its distance: "Grotto Ridge 55K", "the Arsenal
	// 10-Miler", "Quarry Lake 25km".
	if k, ok := distanceHead(m.tok(b - 1).Text); ok && m.capital(b-2) {
		return k, true
	}
	best := 0
	kind := ""
	for _, h := range m.g.HeadsEnding(m.tok(b - 1).Text) {
		if h.Class == "event" && len(h.Words) > best && m.endsWith(a, b, h.Words) && len(h.Words) < b-a+1 {
			best, kind = len(h.Words), h.Kind
		}
	}
	if best == 0 {
		return "", false
	}
	// A head alone after a place-less word ("Half") does not make an event
	// of "Race Director" or "Fun Run" without a name.
	return kind, best < b-a || b-a >= 2
}

// lowerRaceWord matches a lower-case race word after a name: "marathon",
// "half marathon", "10k".
func (m *mentioner) lowerRaceWord(b int) (string, int, bool) {
	s := m.d.Sentences[m.sentOf[b-1]]
	if b >= s.Last {
		return "", 0, false
	}
	w := m.tok(b).Text
	switch w {
	case "marathon":
		return "marathon", 1, true
	case "half-marathon":
		return "half-marathon", 1, true
	case "triathlon":
		return "triathlon", 1, true
	case "half":
		if b+1 < s.Last && m.tok(b+1).Text == "marathon" {
			return "half-marathon", 2, true
		}
	case "10k", "10K":
		return "10k", 1, true
	case "parkrun":
		return "5k", 1, true
	case "cross-country", "championships":
		return "other", 1, true
	case "cross":
		if b+1 < s.Last && m.tok(b+1).Text == "country" {
			return "other", 2, true
		}
	case "5k", "5K":
		return "5k", 1, true
	}
	// "the Roundhay Park 10-miler", "the Askern five-miler"
	if lw := strings.ToLower(w); milerRe.MatchString(lw) {
		return "other", 1, true
	}
	return "", 0, false
}

// descriptiveWords reports whether every word of [a, b) is a common word,
// a demonym or a known place: "British Masters Track", "Brighton".
func (m *mentioner) descriptiveWords(a, b int) bool {
	if b <= a {
		return false
	}
	if m.tableNameOK(a, b) {
		return true
	}
	for k := a; k < b; k++ {
		w := m.tok(k).Text
		if m.g.Common(w) {
			continue
		}
		if _, ok := m.g.Find(w, "demonym"); ok {
			continue
		}
		if _, ok := m.g.Find(w, "place"); ok {
			continue
		}
		return false
	}
	return true
}

// loneHead reports whether tokens [a, b) are one head word alone ("Drive"
// after "Marine"), which a title before it does not leave as a name.
func (m *mentioner) loneHead(a, b int) bool {
	if b-a != 1 {
		return false
	}
	for _, h := range m.g.HeadsEnding(m.tok(a).Text) {
		if len(h.Words) == 1 && !h.Lead && h.Class == "place" {
			return true
		}
	}
	return false
}

// placeHeadEnds reports whether tokens [a, b) end with a place's head
// word written after a name ("Central Park").
func (m *mentioner) placeHeadEnds(a, b int) bool {
	for _, h := range m.g.HeadsEnding(m.tok(b - 1).Text) {
		if h.Class == "place" && !h.Lead && len(h.Words) < b-a+1 && m.endsWith(a, b, h.Words) {
			return true
		}
	}
	return false
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// knownPlace reports whether the tables know w as a place or country.
func (m *mentioner) knownPlace(w string) bool {
	if _, ok := m.g.Find(w, "place"); ok {
		return true
	}
	_, ok := m.g.Find(w, "country")
	return ok
}

// raceName reports whether tokens [a, b) name a race whole ("Twin
// Cities Marathon"), so no word is trimmed off its front.
func (m *mentioner) raceName(a, b int) bool {
	_, ok := m.eventHead(a, b)
	return ok
}

// notRaceTail reports whether the last word of a name that opens with a
// race word makes it a person's nickname or a street: "the Marathon
// Man", "Marathon Way".
func (m *mentioner) notRaceTail(last int) bool {
	switch m.tok(last).Text {
	case "Man", "Woman", "Men", "Women", "Mum", "Dad", "Girl", "Boy", "Kid", "Queen", "King":
		return true
	}
	for _, h := range m.g.HeadsEnding(m.tok(last).Text) {
		if h.Class == "place" && len(h.Words) == 1 && !h.Lead {
			return true
		}
	}
	return false
}

// distanceHeadRe matches a race's distance written as the last word of
// its name: "55K", "25k", "15km", "10-Miler", "Five-Miler".
var distanceHeadRe = regexp.MustCompile(`^(\d{1,3}(?:\.\d)?)(?:K|k|km|KM)$`)

// distanceHead reports whether w names a race by its distance, and the
// race's kind: 42K and over is an ultra, 10K and 5K their own kinds.
func distanceHead(w string) (string, bool) {
	if milerRe.MatchString(strings.ToLower(w)) && w != strings.ToLower(w) {
		return "other", true
	}
	sm := distanceHeadRe.FindStringSubmatch(w)
	if sm == nil {
		return "", false
	}
	v, err := strconv.ParseFloat(sm[1], 64)
	if err != nil || v < 1 {
		return "", false
	}
	switch {
	case v == 10:
		return "10k", true
	case v == 5:
		return "5k", true
	case v > 42.2:
		return "ultra", true
	}
	return "other", true
}

// milerRe matches a race named by its distance in miles: "10-miler",
// "five-miler".
var milerRe = regexp.MustCompile(`^(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)-miler$`)

// dateline reports whether p opens a paragraph in capitals before a comma,
// bracket or dash: "SEOUL, South Korea (AP) —".
func (m *mentioner) dateline(p span) bool {
	if !allUpper(m.words(p.a, p.b)) {
		return false
	}
	start := m.tok(p.a).Start
	if start > 0 {
		before := m.d.Text[:start]
		nl := strings.LastIndexByte(before, '\n')
		if strings.TrimSpace(before[nl+1:]) != "" {
			return false
		}
	}
	if p.b >= len(m.d.Tokens) {
		return false
	}
	switch m.tok(p.b).Text {
	case ",", "(", "-", "—", "–":
		return true
	}
	return false
}

// capsHeading reports whether p lies on a line of its own written in
// capitals, with no digits and at most eight words: a heading or caption,
// not a results row ("1 JOHN SMITH KENDAL AC 15:20").
func (m *mentioner) capsHeading(p span) bool {
	line := lineAround(m.d.Text, m.tok(p.a).Start, m.tok(p.b-1).End)
	if !allUpper(line) || len(strings.Fields(line)) > 8 {
		return false
	}
	return !strings.ContainsAny(line, "0123456789")
}

// raceVerbs before "the" make the name after them a race.
var raceVerbs = setOf("won", "win", "wins", "winning", "entered", "enter", "ran", "run", "running", "finished",
	"finish", "finishing", "completed", "complete", "completing", "contested")

// raceSentence reports whether sentence si tells of racing: a race verb
// or a finishing time.
func (m *mentioner) raceSentence(si int) bool {
	s := m.d.Sentences[si]
	for i := s.First; i < s.Last; i++ {
		t := strings.ToLower(m.tok(i).Text)
		if raceVerbs[t] || t == "pb" || t == "record" || t == "victory" || t == "title" {
			return true
		}
	}
	return false
}

// placeShape reports whether a word of p has a place's lower-case infix:
// "-upon-", "-on-", "-le-", "-en-", "-sur-", "-under-", "-by-".
func (m *mentioner) placeShape(p span) bool {
	for i := p.a; i < p.b; i++ {
		t := m.tok(i).Text
		for _, in := range []string{"-upon-", "-on-", "-le-", "-en-", "-sur-", "-under-", "-by-", "-in-"} {
			if strings.Contains(t, in) {
				return true
			}
		}
	}
	return false
}

// regionAt reports whether tokens from i name a county or region in the
// tables ("Hertfordshire", "County Durham").
func (m *mentioner) regionAt(i int) bool {
	if i >= len(m.d.Tokens) || m.sentOf[i] != m.sentOf[i-1] {
		return false
	}
	for n := 3; n >= 1; n-- {
		if i+n > len(m.d.Tokens) || m.sentOf[i+n-1] != m.sentOf[i] {
			continue
		}
		if e, ok := m.g.Find(m.words(i, i+n), "place"); ok && e.Kind == "region" {
			return true
		}
	}
	return false
}

// head classifies p by the head word it ends with (or begins with).
func (m *mentioner) head(p span) (class, kind string, ok bool) {
	best := 0
	for _, h := range m.g.HeadsEnding(m.tok(p.b - 1).Text) {
		if h.Class == "event" || len(h.Words) <= best || !m.endsWith(p.a, p.b, h.Words) {
			continue
		}
		if len(h.Words) == p.b-p.a && !((h.Class == "org" || h.Class == "charity") && len(h.Words) > 1) {
			continue // the head alone is no name
		}
		if lw := strings.ToLower(h.Words[len(h.Words)-1]); h.Class == "place" && weakPlaceHeads[lw] &&
			(!m.placeContext(p) && !royalLeads[m.tok(p.a).Text] && !(lw == "park" && !m.parkPerson(p)) || m.charityContext(p.a)) {
			continue // "for ... and Cork ARC Cancer Support House" is a cause
		}
		best, class, kind = len(h.Words), h.Class, h.Kind
	}
	if best > 0 {
		// "Hyderabad Runners Society", "Leeds Striders Trust": a runners'
		// club, whatever its last word.
		if class == "charity" {
			for k := p.a; k < p.b-1; k++ {
				if clubInnerWords[strings.ToLower(m.tok(k).Text)] {
					return "org", "club", true
				}
			}
		}
		return class, kind, true
	}
	// "Trinity College Dublin", "Queen's University Belfast": a body's
	// head, then the place it stands in.
	for k := p.b - 1; k >= p.a+2 && k >= p.b-2; k-- {
		if !m.placeName(k, p.b) {
			continue
		}
		if c, kd, ok := m.head(span{a: p.a, b: k, sent: p.sent}); ok && c == "org" && (kd == "other" || kd == "government") {
			return c, kd, true
		}
	}
	// "Rotary Club of Kingston", "Kidney Foundation of Canada": the head
	// stands before "of".
	for k := p.a + 2; k < p.b-1; k++ {
		if m.tok(k).Text != "of" {
			continue
		}
		if c, kd, ok := m.head(span{a: p.a, b: k, sent: p.sent}); ok && (c == "org" || c == "charity") {
			return c, kd, true
		}
		break
	}
	if p.b-p.a >= 2 {
		for _, h := range m.g.HeadsLeading(m.tok(p.a).Text) {
			if h.Class != "event" && m.startsWith(p.a, p.b, h.Words) {
				return h.Class, h.Kind, true
			}
		}
	}
	return "", "", false
}

// royalLeads open places named after royalty whatever comes before them:
// "Queen Elizabeth Olympic Park", "King George Hall".
var royalLeads = setOf("King", "Queen", "Prince", "Princess", "Duke", "Duchess")

// parkPerson reports whether a name ending in Park is a person by the
// words around it: an age, "said", an occupation or title before it, a
// verb of racing or giving after it ("Local teacher Jenna Park raised").
func (m *mentioner) parkPerson(p span) bool {
	// "He beat London's Tom Park": a rival after a verb of beating, past
	// a place's possessive.
	k := 1
	if isPossessive(m.prevWord(p.a, 1)) {
		k = 3
	}
	switch m.prevWord(p.a, k) {
	case "beat", "beats", "beating", "edged", "pipped", "behind", "caught", "passed", "outsprinted":
		return true
	}
	return m.personContext(p) || p.descriptor != "" || len(p.titles) > 0 || resultVerbs[m.nextWord(p.b, 1)] ||
		m.nextWord(p.b, 1) == "," && m.nextWord(p.b, 2) == "who"
}

// weakPlaceHeads end surnames as often as places ("Peter Hall"); they make
// a place only after "the" or a word of place. Park ends far more places
// than surnames ("Fenway Park."): it needs a word of place only where the
// words around say a person (parkPerson). Road, Avenue, Drive and
// Terrace end no one's name and are strong.
var weakPlaceHeads = setOf("hall", "park", "street", "lane", "hill", "church", "way", "common",
	"heath", "centre", "center", "place", "track", "mall", "parade", "gardens", "castle", "chapel",
	"harbour", "green", "cross", "hospital", "tower", "bridge", "bay", "falls", "pike", "fell", "ridge", "moor", "peak",
	"forest", "beach", "lake", "house", "water", "gap", "brook", "head", "strand", "downs", "dam", "dales", "fells")

// placeWords are words before a place name.
var placeWords = setOf("in", "at", "on", "from", "to", "near", "outside", "around", "across", "through", "along", "up", "down",
	"into", "towards", "toward", "past", "via", "the", "of", "beside", "by", "inside", "off", "reaching", "reached",
	"around", "between", "and", "circles", "circled", "circling", "skirts", "skirting",
	"crosses", "crossed", "crossing", "climbs", "climbed", "climbing", "reaches")

func (m *mentioner) placeContext(p span) bool {
	prev := m.prevWord(p.a, 1)
	if prev == "by" {
		return false
	}
	// "in London's Hyde Park", "at Edinburgh's Holyrood Park": a place's
	// possessive after a word of place (not "beat London's Tom Park").
	if isPossessive(prev) {
		k := p.a - 2
		for k > 0 && m.capital(k-1) && m.sentOf[k-1] == m.sentOf[p.a] {
			k--
		}
		switch m.prevWord(k, 1) {
		case "in", "at", "near", "through", "around", "across", "into", "inside", "outside", "along", "past", "via":
			return true
		}
		return false
	}
	// "The men's race went to Jordan Pike": a race or title goes to a
	// person.
	if prev == "to" && m.prevWord(p.a, 2) == "went" && (titleWords[m.prevWord(p.a, 3)] || distanceWord(m.prevWord(p.a, 3))) {
		return false
	}
	// "ahead of Amy Park", "clear of Joe Hill", "pulled away from Tom
	// Hill", "won the race from Sara Green": a rival, not a place.
	switch prev {
	case "of":
		switch m.prevWord(p.a, 2) {
		case "ahead", "clear", "front", "instead":
			return false
		}
	case "from":
		switch m.prevWord(p.a, 2) {
		case "away", "won", "victory", "win", "title", "race", "clear":
			return false
		}
	}
	// "She led until Sara Hall caught her": a clause's subject after
	// "until" is a person; "wait until Causeway Bay," a place.
	if prev == "until" || prev == "till" {
		next := m.nextWord(p.b, 1)
		if next != "" && startsLower(next) && next != "and" && next != "or" {
			return false
		}
	}
	return placeWords[prev] || placeVerbs[prev]
}

// placeVerbs come before a place and seldom before a person: "climbs
// Ramsey Hill", "packed Verulamium Park", "wait until Causeway Bay".
var placeVerbs = setOf("climb", "climbs", "climbed", "climbing", "descend", "descends", "descended", "descending",
	"packed", "pack", "packs", "lined", "lining", "crossed", "crosses", "crossing", "circled", "circling", "skirted",
	"skirting", "until", "till", "entered", "entering", "enters", "rounding", "rounded")

// charityContext reports whether the name at token a follows words that
// introduce a cause: "running for", "in aid of", "raise £2,000 for".
func (m *mentioner) charityContext(a int) bool {
	prev := m.prevWord(a, 1)
	if prev == "the" {
		prev = m.prevWord(a, 2)
		a--
	}
	switch prev {
	case "and":
		// "for the Mercy University Hospital Foundation and Cork ARC
		// Cancer Support House": a name joined to a charity.
		for _, o := range m.ents {
			if o.label == schema.LabelCharity && o.last == a-1 {
				return true
			}
		}
	case "for":
		for k := 2; k <= 8; k++ {
			w := m.prevWord(a, k)
			if w == "" {
				break
			}
			switch w {
			case "running", "run", "ran", "runs", "raise", "raised", "raising", "raises", "money", "funds",
				"charity", "charities", "collect", "collected", "collecting", "fundraising", "donate",
				"donated", "sponsorship", "marathon", "miles", "goods", "food", "donations", "cans", "supplies":
				return true
			}
			if strings.HasPrefix(w, "£") || strings.HasPrefix(w, "$") || strings.HasPrefix(w, "€") {
				return true
			}
		}
	case "of":
		return m.prevWord(a, 2) == "aid" || m.prevWord(a, 2) == "behalf"
	case "charity", "charities", "supporting", "support", "benefit", "benefiting", "benefitting":
		return true
	case "to":
		// "Money raised goes to Barnardo's", "was donated to Mind"
		switch m.prevWord(a, 2) {
		case "go", "goes", "went", "going", "donated", "donate", "donating", "given":
			for k := 3; k <= 8; k++ {
				switch m.prevWord(a, k) {
				case "money", "proceeds", "funds", "profits", "donations", "raised", "surplus":
					return true
				}
			}
		}
	case ",", ":":
		// "the race's official charity, Headway"; "Charity: Headway",
		// "Running for: Pieta House" in a profile; "a local hospice,
		// Willow Wood".
		w := m.prevWord(a, 2)
		if prev == "," && (w == "hospice" || w == "foundation" || w == "trust") {
			return true
		}
		if w == "for" && prev == ":" {
			switch m.prevWord(a, 3) {
			case "running", "raising", "money", "funds", "fundraising", "runs", "run":
				return true
			}
		}
		return w == "charity" || w == "charities" || w == "cause" && prev == ":"
	}
	return false
}

// personContext reports whether the words around p say it is a person:
// "X, 43,", "X (27)", "said X", "X said".
func (m *mentioner) personContext(p span) bool {
	next := m.nextWord(p.b, 1)
	prev := m.prevWord(p.a, 1)
	if next == "said" || next == "says" || prev == "said" || prev == "says" || next == "told" {
		return true
	}
	if (next == "," || next == "(") && isAge(m.nextWord(p.b, 2)) {
		return true
	}
	// "won the race from Sara Green", "ahead of Amy Park": a rival.
	switch prev {
	case "of":
		switch m.prevWord(p.a, 2) {
		case "ahead", "clear":
			return true
		}
	case "from":
		switch m.prevWord(p.a, 2) {
		case "away", "won", "victory":
			return true
		case "race", "title", "crown":
			for k := 3; k <= 5; k++ {
				switch m.prevWord(p.a, k) {
				case "won", "took", "claimed", "captured", "clinched":
					return true
				}
			}
		}
	}
	return false
}

func isAge(s string) bool {
	if len(s) == 0 || len(s) > 3 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// resolveSingles labels single words (and headline names) against the
// full names found, the tables and context, and drops the rest.
func (m *mentioner) resolveSingles() {
	m.relabelPeople()
	m.resolveWeak()
}

// relabelPeople: a "person" that is elsewhere a place or organisation
// ("Harmon Falls nurse Amy Kowalski" after the dateline "HARMON FALLS")
// is that.
func (m *mentioner) relabelPeople() {
	other := map[string]*entity{}
	for _, e := range m.ents {
		if !e.weak && e.label != "" && e.label != schema.LabelPerson && e.label != schema.LabelNORP {
			other[gazetteer.Fold(e.text(m.d))] = e
		}
	}
	charities := map[string]bool{}
	for _, e := range m.ents {
		if !e.weak && e.label == schema.LabelCharity {
			charities[gazetteer.Fold(e.text(m.d))] = true
		}
	}
	for _, e := range m.ents {
		if e.label == schema.LabelPerson {
			if o, ok := other[gazetteer.Fold(e.text(m.d))]; ok {
				e.label, e.kind, e.country = o.label, o.kind, o.country
			}
		}
		// A body of no kind named elsewhere as a cause is that charity.
		if e.label == schema.LabelOrg && e.kind == "other" && charities[gazetteer.Fold(e.text(m.d))] {
			e.label, e.kind = schema.LabelCharity, ""
		}
	}
}

func (m *mentioner) resolveWeak() {
	people := map[string]bool{} // first and last words of people
	known := map[string]*entity{}
	for _, e := range m.ents {
		if e.weak || e.label == "" {
			continue
		}
		known[gazetteer.Fold(e.text(m.d))] = e
		if e.label == schema.LabelPerson {
			ws := strings.Fields(e.personName(m.d))
			if len(ws) > 0 {
				people[gazetteer.Fold(ws[len(ws)-1])] = true
				people[gazetteer.Fold(ws[0])] = true
			}
		}
		if e.label == schema.LabelCharity || e.label == schema.LabelOrg || e.label == schema.LabelEvent || e.label == schema.LabelFac {
			ws := strings.Fields(e.text(m.d))
			if len(ws) > 1 {
				k := gazetteer.Fold(ws[0])
				if _, taken := known[k]; !taken && !m.g.Common(ws[0]) {
					known["^"+k] = e
				}
			}
		}
	}
	bodyEvent := false
	for _, e := range m.ents {
		if e.label == schema.LabelEvent && !e.headline {
			bodyEvent = true
		}
	}
	for _, e := range m.ents {
		if !e.weak {
			continue
		}
		e.weak = false
		text := e.text(m.d)
		k := gazetteer.Fold(text)
		if e.label == "" && people[k] {
			e.label = schema.LabelPerson
			continue
		}
		if e.label != "" {
			// A headline name: keep it only if the body has it, or the
			// tables know it.
			if o, ok := known[k]; ok && o.label == e.label {
				continue
			}
			if _, ok := m.tableName(e.first, e.last); ok && e.label != schema.LabelEvent {
				continue
			}
			if e.label == schema.LabelPerson {
				ws := strings.Fields(text)
				if people[gazetteer.Fold(ws[len(ws)-1])] {
					continue
				}
			}
			// The race a headline names when the body names none
			// ("four reasons to cheer at the Ottawa Marathon").
			if e.label == schema.LabelEvent && !bodyEvent {
				continue
			}
			e.dropped = true
			continue
		}
		// "KDF's Nicholas Ruto": capitals before a runner's name are a
		// body or team.
		if t := e.text(m.d); e.last-e.first == 1 && allUpper(t) && utf8.RuneCountInString(t) >= 2 && utf8.RuneCountInString(t) <= 5 &&
			e.last+1 < len(m.d.Tokens) && isPossessive(m.tok(e.last).Text) && m.personStartsAt(e.last+1) && !e.headline {
			if _, ok := known[k]; !ok {
				e.label, e.kind = schema.LabelOrg, "other"
				continue
			}
		}
		// ("Medicine Hat's Jane Doe", "Swift Current resident Tom Fox": two
		// common words opening a sentence are a place there too.)
		if (!e.common || e.last-e.first >= 2) && !e.headline && m.clubBeforeRunner(e.first, e.last) {
			e.label, e.kind = schema.LabelOrg, "club"
			continue
		}
		if (!e.common || e.last-e.first >= 2) && !e.headline && (m.possessivePlace(e) || m.placeBeforePerson(e)) {
			e.label, e.kind = schema.LabelGPE, "city"
			continue
		}
		if o, ok := known[k]; ok {
			e.label, e.kind, e.country = o.label, o.kind, o.country
			continue
		}
		if o, ok := known["^"+k]; ok && o.label == schema.LabelCharity {
			e.label = o.label
			continue
		}
		p := span{a: e.first, b: e.last, sent: e.sent}
		if !e.headline && m.copulaCharity(e) {
			e.label = schema.LabelCharity
			continue
		}
		if e.headline || e.common || notNames[k] {
			e.dropped = true
			continue
		}
		switch {
		case m.possessivePlace(e):
			e.label, e.kind = schema.LabelGPE, "city"
		case m.placeBeforePerson(e):
			e.label, e.kind = schema.LabelGPE, "city"
		case m.headerPlace(e.first, e.last):
			e.label, e.kind = schema.LabelGPE, "city"
		case m.articlePlaceOccupation(e):
			e.label, e.kind = schema.LabelGPE, "city"
		case m.personContext(p) && !m.g.Common(text):
			e.label = schema.LabelPerson
		case m.charityContext(e.first):
			// "ran for Headway", "raised £450 for Maggie's, which ..."
			e.label = schema.LabelCharity
			if n := e.last; n+1 < len(m.d.Tokens) && isPossessive(m.tok(n).Text) && m.sentOf[n] == e.sent && !m.capital(n+1) {
				e.end, e.last = m.tok(n).End, n+1
			}
		case allUpper(text) && utf8.RuneCountInString(text) >= 3 && m.prevWord(e.first, 1) == "the" && !e.headline:
			// "Officers from the PSNI": an acronym after "the" is a
			// body, not a place.
			e.label, e.kind = schema.LabelOrg, "other"
		case m.singlePlaceContext(e):
			e.label, e.kind = schema.LabelGPE, "city"
		case m.beforeSharedSurname(e):
			// "Mia, Jake and Ollie Turner"
			e.label = schema.LabelPerson
		case m.afterKin(e) && !m.g.Common(text):
			// "Tom Baxter and his wife Lucy"
			e.label = schema.LabelPerson
		default:
			e.dropped = true
		}
	}
}

// dayWords end names of days, not places: "on Boxing Day", "on New
// Year's Eve".
var dayWords = setOf("day", "eve", "night", "morning", "afternoon", "evening", "weekend")

// startsLine reports whether token i opens its line (past emphasis and
// list marks).
func (m *mentioner) startsLine(i int) bool {
	start := m.tok(i).Start
	ls := strings.LastIndexByte(m.d.Text[:start], '\n') + 1
	return strings.Trim(m.d.Text[ls:start], "*#•-_ \t") == ""
}

// copulaCharity: "Headway is this year's chosen charity", "Sense was
// the official charity".
func (m *mentioner) copulaCharity(e *entity) bool {
	if v := m.nextWord(e.last, 1); v != "is" && v != "was" && v != "are" {
		return false
	}
	for k := 2; k <= 6; k++ {
		w := m.nextWord(e.last, k)
		if w == "charity" || w == "charities" {
			return true
		}
		if w == "" || w == "," || w == "." || w == "and" {
			return false
		}
	}
	return false
}

// articlePlaceOccupation: ", a Joondalup plumber," — a word between "a"
// and an occupation that ends the phrase is where the person is from
// (not "an Olympic runner").
func (m *mentioner) articlePlaceOccupation(e *entity) bool {
	if p := m.prevWord(e.first, 1); p != "a" && p != "an" {
		return false
	}
	low := strings.ToLower(e.text(m.d))
	if strings.HasSuffix(low, "ic") || strings.HasSuffix(low, "-born") || m.g.Common(e.text(m.d)) {
		return false // "a Whitby-born nurse": a birthplace, no home town
	}
	b := e.last
	for n := 3; n >= 1; n-- {
		if b+n > len(m.d.Tokens) || m.sentOf[b+n-1] != e.sent || !startsLower(m.tok(b).Text) {
			continue
		}
		if _, ok := m.g.Occupation(m.words(b, b+n)); !ok {
			continue
		}
		if b+n == len(m.d.Tokens) || m.sentOf[b+n] != e.sent {
			return true
		}
		switch m.tok(b + n).Text {
		case ",", ".", ";", ")", "who", "from", "and", "aged", "running", "was", "is", "won", "took", "finished":
			return true
		}
	}
	return false
}

// pluralNoun reports whether token i is the plural of a common noun
// ("Bears", "Rhinos"), not a surname ending in s ("Evans").
func (m *mentioner) pluralNoun(i int) bool {
	w := strings.ToLower(m.tok(i).Text)
	return m.g.Common(w) || m.g.Common(strings.TrimSuffix(w, "s")) || m.g.Common(strings.TrimSuffix(w, "es"))
}

// occupationThenName reports whether an occupation in lower case
// ("baker", "fitness instructor") starts at token b and a capitalised
// word follows it in the same sentence.
func (m *mentioner) occupationThenName(b int) bool {
	if b >= len(m.d.Tokens) || !startsLower(m.tok(b).Text) {
		return false
	}
	for n := 3; n >= 1; n-- {
		if b+n >= len(m.d.Tokens) || m.sentOf[b+n] != m.sentOf[b] {
			continue
		}
		if _, ok := m.g.Occupation(m.words(b, b+n)); ok && m.capital(b+n) {
			return true
		}
	}
	return false
}

// basedAt returns the token in [a, b-1) that ends in "-based" ("Bridge-based"),
// or -1.
func (m *mentioner) basedAt(a, b int) int {
	for k := a; k < b-1 && k < a+3; k++ {
		if t := strings.ToLower(m.tok(k).Text); strings.HasSuffix(t, "-based") && len(t) > len("-based") {
			return k
		}
	}
	return -1
}

// givenNameDemonyms are demonym nouns that are also common given names.
var givenNameDemonyms = setOf("dane", "finn", "scot")

// kinOfRe matches a parent described by their children: "Dad-of-three",
// "mother-of-two", "Grandmother-of-five".
var kinOfRe = regexp.MustCompile(`(?i)^(?:mum|mom|mother|dad|father|grandmother|grandfather|gran|grandad|nan)-of-[a-z]+$`)

// resultVerbs after a name say a runner did something in the race.
var resultVerbs = setOf("finished", "won", "ran", "clocked", "crossed", "took", "came", "placed", "completed", "retained",
	"claimed", "led", "outsprinted", "edged", "beat", "raised")

// romanceArticles open place names in French, Spanish and Italian ("Les
// Houches", "La Plagne", "Le Mans", "Los Gigantes", "El Paso").
var romanceArticles = setOf("Les", "La", "Le", "Los", "Las", "El", "Il")

// headerRe matches the start of a profile header line up to one of its
// places: a name of two to four capitalised words, an age ("(47)," or ",
// 47,"), and any places before this one.
var headerRe = regexp.MustCompile(`^[*#•\-_ ]*` + headerNameRe + `\s*(?:\(\d{1,3}\)|,\s*\d{1,3})\s*,\s*(?:` + headerPlaceRe + `\s*,\s*)*$`)

// headerTailRe matches what may follow a place on a profile header line:
// nothing, or more places after commas ("Bandon, Co Cork").
var headerTailRe = regexp.MustCompile(`^(?:\s*,\s*` + headerPlaceRe + `)*[*_ \t]*(?:\n|$)`)

const (
	headerNameRe  = `\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}`
	headerPlaceRe = `\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:of|on|upon|le|la|de|the|under|in)\s+)?\p{Lu}[\p{L}'’.-]*){0,3}`
)

// headerPlace: tokens [a, b) are the place of a profile header line
// ("Aoife Brennan (29), Mallow"), a line of its own that holds only a
// person's name, their age and where they are from.
func (m *mentioner) headerPlace(a, b int) bool {
	start, end := m.tok(a).Start, m.tok(b-1).End
	ls := strings.LastIndexByte(m.d.Text[:start], '\n') + 1
	if !headerRe.MatchString(m.d.Text[ls:start]) || !headerTailRe.MatchString(m.d.Text[end:]) {
		return false
	}
	lead := ls
	for lead < start && strings.ContainsRune("*#•-_ ", rune(m.d.Text[lead])) {
		lead++
	}
	for _, o := range m.ents {
		if o.label == schema.LabelPerson && o.start == lead {
			return true
		}
	}
	return false
}

// possessivePlace: "Newquay's Tom Harvey" — a word with "'s" before a
// person's name is where they are from.
func (m *mentioner) possessivePlace(e *entity) bool {
	if e.last+1 >= len(m.d.Tokens) || !isPossessive(m.tok(e.last).Text) {
		return false
	}
	// "KDF's Nicholas Ruto": letters in capitals are a body or team.
	if t := e.text(m.d); e.last-e.first == 1 && allUpper(t) && utf8.RuneCountInString(t) <= 5 {
		return false
	}
	// "Bakewell's own Jenny Slater"
	if strings.EqualFold(m.tok(e.last+1).Text, "own") && e.last+2 < len(m.d.Tokens) {
		return m.personStartsAt(e.last + 2)
	}
	return m.personStartsAt(e.last + 1)
}

// placeBeforePerson: "Hove postman Paul Stevens".
// clubBeforeRunner reports whether tokens [a, b), two words or more,
// end in a plural and come before a runner and a name: "Harpenden Arrows
// runner Luke Fairbairn" is a club, not a town ("Tunbridge Wells").
func (m *mentioner) clubBeforeRunner(a, b int) bool {
	if b-a < 2 || b+1 >= len(m.d.Tokens) || m.tableNameOK(a, b) {
		return false
	}
	last := strings.ToLower(m.tok(b - 1).Text)
	return strings.HasSuffix(last, "s") && m.pluralNoun(b-1) && !placePlurals[last] &&
		sportNouns[strings.ToLower(m.tok(b).Text)] && m.capital(b+1)
}

func (m *mentioner) placeBeforePerson(e *entity) bool {
	j := e.last
	for k := 0; k < 3 && j < len(m.d.Tokens); k++ {
		if _, ok := m.g.Occupation(m.tok(j).Text); ok {
			return m.personStartsAt(j + 1)
		}
		if !startsLower(m.tok(j).Text) {
			return false
		}
		j++
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

func (m *mentioner) personStartsAt(i int) bool {
	for _, o := range m.ents {
		if o.first == i && o.label == schema.LabelPerson {
			return true
		}
	}
	return false
}

// singlePlaceContext: "from Wrexham", "in Iten", "of Zanesville" after a
// person, "X, north Wales".
func (m *mentioner) singlePlaceContext(e *entity) bool {
	prev := m.prevWord(e.first, 1)
	// "Sebei district's Stella Cherop": a district before a runner.
	if e.last+2 < len(m.d.Tokens) && m.sentOf[e.last] == e.sent && isPossessive(m.tok(e.last+1).Text) && m.personStartsAt(e.last+2) {
		switch strings.ToLower(m.tok(e.last).Text) {
		case "district", "county", "region", "province":
			return true
		}
	}
	// "Uttarakhand's Chamoli district", "Kenya's Nandi county": a town
	// or district of a place the text names.
	if isPossessive(prev) && e.last < len(m.d.Tokens) && m.sentOf[e.last] == e.sent {
		switch strings.ToLower(m.tok(e.last).Text) {
		case "district", "county", "village", "town", "region", "province", "state", "area", "suburb":
			for _, o := range m.ents {
				if o.last == e.first-1 && (o.label == schema.LabelGPE || o.label == schema.LabelLoc) {
					return true
				}
			}
		}
	}
	// "(Sr., Omaha)": a home town after a school year.
	if prev == "," && schoolYears[strings.TrimSuffix(m.prevWord(e.first, 2), ".")] ||
		prev == "," && m.prevWord(e.first, 2) == "." && schoolYears[m.prevWord(e.first, 3)] {
		return true
	}
	switch prev {
	case ":":
		// "Hometown: Gatineau", "From: Mullingar" in a profile.
		switch m.prevWord(e.first, 2) {
		case "hometown", "from", "town", "home", "location", "lives":
			return true
		}
	case "from", "in", "near", "outside", "through", "around", "via", "crossing", "climbing", "below", "above", "beneath", "beyond", "nearby":
		return true
	case "calls":
		return m.nextWord(e.last, 1) == "home" // "now calls Glossop home"
	case "over":
		// "climbs from the cathedral over Fløya", not "a win over Kiprop"
		for k := 2; k <= 8; k++ {
			w := m.prevWord(e.first, k)
			if w == "" || w == "." {
				break
			}
			if motionWords[w] {
				return true
			}
		}
		return false
	case "at", "to", "across", "into", "up":
		if (prev == "to" || prev == "up") && routeNouns[m.prevWord(e.first, 2)] {
			return true
		}
		if prev == "up" {
			return false
		}
		return !m.g.Common(e.text(m.d))
	case "the":
		if siteNouns[m.nextWord(e.last, 1)] {
			return true
		}
		// "the Tromsøysund strait", "the Wharfe valley"
		if geoNouns[m.nextWord(e.last, 1)] {
			return true
		}
		// "The Ambleside runner", "the Kendal veteran": a town before a
		// word for a runner.
		if localNouns[m.nextWord(e.last, 1)] && !m.g.Common(e.text(m.d)) {
			return true
		}
		// "from the Harbourside"
		switch m.prevWord(e.first, 2) {
		case "from", "near", "outside", "through", "around", "across", "along":
			return !m.g.Common(e.text(m.d))
		}
	case "of":
		// "Marcus Bell of Zanesville", "Banks, 41, of Boulder", "out
		// of Tidworth", "Jyoti Pawar (27) of Nashik".
		before := e.first - 1
		if m.prevWord(e.first, 2) == ")" && m.prevWord(e.first, 4) == "(" {
			before = e.first - 4
		}
		for _, o := range m.ents {
			if o.last == before && o.label == schema.LabelPerson {
				return true
			}
		}
		switch m.prevWord(e.first, 2) {
		case ",", "out", "north", "south", "east", "west", "outskirts", "centre", "center", "heart", "streets", "edge",
			"native", "resident", "natives", "residents":
			return true
		}
		// "the village of Tattenhall", "the Rift Valley town of Iten"
		if settlementNouns[m.prevWord(e.first, 2)] {
			return true
		}
	case ",":
		// "his home town, Kakamega"; "PUERTO DEL CARMEN, Lanzarote —"
		switch m.prevWord(e.first, 2) {
		case "town", "hometown", "city", "village", "county", "region", "province", "state", "island", "capital":
			return true
		}
		for _, o := range m.ents {
			if o.last == e.first-1 && o.label == schema.LabelGPE && !o.dropped && m.dateline(span{a: o.first, b: o.last}) {
				return true
			}
		}
	}
	// "Boulder, Colorado": before a known region or country.
	if m.nextWord(e.last, 1) == "," && e.last+1 < len(m.d.Tokens) {
		for _, o := range m.ents {
			if o.first == e.last+1 && (o.kind == "region" || o.kind == "country") && o.label == schema.LabelGPE {
				return true
			}
		}
	}
	if m.nextWord(e.last, 1) == "," {
		n := m.nextWord(e.last, 2)
		if n == "north" || n == "south" || n == "east" || n == "west" {
			return true
		}
	}
	return false
}

// coordinatedPlaces labels the names listed with a place after a word of
// place as places too: "over Scafell Pike, Great Gable and Pillar".
func (m *mentioner) coordinatedPlaces() {
	var live []*entity
	for _, e := range m.ents {
		if !e.dropped || (e.label == "" && !e.common && !e.headline && !notNames[gazetteer.Fold(e.text(m.d))]) {
			live = append(live, e)
		}
	}
	sort.SliceStable(live, func(i, j int) bool { return live[i].start < live[j].start })
	isPlace := func(e *entity) bool {
		return !e.dropped && (e.label == schema.LabelGPE || e.label == schema.LabelLoc || e.label == schema.LabelFac)
	}
	for i := 0; i < len(live); i++ {
		// A list: entities joined by "," or "and" only.
		j := i
		for j+1 < len(live) && live[j+1].sent == live[i].sent && m.joinedByList(live[j].last, live[j+1].first) {
			j++
		}
		// "Originally from Cork, Niall Brennan now lives ...": a name
		// after a comma that a verb follows is the clause's subject.
		if j > i && live[j].last < len(m.d.Tokens) && m.sentOf[live[j].last] == live[j].sent &&
			startsLower(m.tok(live[j].last).Text) && m.tok(live[j].last).Text != "and" && !m.hasAnd(live[j-1].last, live[j].first) {
			j--
		}
		if j == i {
			continue
		}
		list := live[i : j+1]
		anyPlace := false
		for _, e := range list {
			anyPlace = anyPlace || isPlace(e)
		}
		prev := m.prevWord(list[0].first, 1)
		if anyPlace && (strongPlaceWords[prev] || prev == "over" || prev == "past" || prev == "from" || prev == "to" || prev == "between" ||
			prev == "passed" || prev == "passing" || prev == "crossed" || prev == "crossing" || prev == "circled" || prev == "visited") {
			for _, e := range list {
				// ("in Cheshire, and Amy Chen of Toronto": a name with a
				// home town after it is a person's.)
				if nx := m.nextWord(e.last, 1); nx == "of" && e.label == schema.LabelPerson && m.capital(e.last+1) {
					continue
				}
				if !isPlace(e) && (e.label == schema.LabelPerson || e.label == "") && !m.personContext(span{a: e.first, b: e.last}) &&
					!m.personInPlace(e) {
					e.label, e.kind, e.dropped = placeLabel("landmark"), "landmark", false
				}
			}
		}
		i = j
	}
}

// coordinatedEvents labels a name listed with races as a race: "The
// Buffalo Stampede, the Hardrock 100 and the Comrades Marathon". Each
// name of the list stands after "the", which seldom opens a person's.
func (m *mentioner) coordinatedEvents() {
	var live []*entity
	for _, e := range m.ents {
		if !e.dropped {
			live = append(live, e)
		}
	}
	sort.SliceStable(live, func(i, j int) bool { return live[i].start < live[j].start })
	theBefore := func(e *entity) bool { return e.first > 0 && strings.EqualFold(m.tok(e.first-1).Text, "the") }
	for i := 0; i < len(live); i++ {
		j := i
		for j+1 < len(live) && live[j+1].sent == live[i].sent && m.joinedByTheList(live[j].last, live[j+1].first) {
			j++
		}
		if j == i {
			continue
		}
		list := live[i : j+1]
		events, ok := 0, true
		for _, e := range list {
			ok = ok && theBefore(e)
			if e.label == schema.LabelEvent {
				events++
			}
		}
		if ok && events > 0 {
			for _, e := range list {
				if e.label == schema.LabelPerson && e.last-e.first >= 2 && len(e.titles) == 0 && !m.personContext(span{a: e.first, b: e.last}) {
					e.label, e.kind = schema.LabelEvent, "other"
				}
			}
		}
		i = j
	}
}

// joinedByTheList reports whether the tokens [a, b) are "," or "and"
// and then "the": ", the", "and the", ", and the".
func (m *mentioner) joinedByTheList(a, b int) bool {
	if b-a < 2 || !strings.EqualFold(m.tok(b-1).Text, "the") {
		return false
	}
	for k := a; k < b-1; k++ {
		if t := m.tok(k).Text; t != "," && t != "and" {
			return false
		}
	}
	return true
}

// personInPlace reports whether a person's name is followed by "in" and
// a known place: "Reporting by Grace Tsang in Hong Kong and Nick
// Mulvenney in Sydney" lists people, not places.
func (m *mentioner) personInPlace(e *entity) bool {
	if e.label != schema.LabelPerson || e.last+1 >= len(m.d.Tokens) || m.sentOf[e.last] != e.sent {
		return false
	}
	if t := m.tok(e.last).Text; t != "in" && t != "at" {
		return false
	}
	for k := e.last + 2; k <= e.last+4 && k <= len(m.d.Tokens); k++ {
		if m.placeName(e.last+1, k) {
			return true
		}
	}
	return false
}

// hasAnd reports whether the tokens [a, b) hold "and" or "&".
func (m *mentioner) hasAnd(a, b int) bool {
	for k := a; k < b; k++ {
		if t := m.tok(k).Text; t == "and" || t == "&" {
			return true
		}
	}
	return false
}

// joinedByList reports whether the tokens [a, b) are only "," and "and".
func (m *mentioner) joinedByList(a, b int) bool {
	if b <= a {
		return false
	}
	for k := a; k < b; k++ {
		t := m.tok(k).Text
		if t != "," && t != "and" && t != "&" {
			return false
		}
	}
	return true
}

// acronyms labels capitalised abbreviations of names found ("BHF" for the
// British Heart Foundation).
func (m *mentioner) acronyms() {
	inits := map[string]*entity{}
	for _, e := range m.ents {
		if e.dropped || (e.label != schema.LabelCharity && e.label != schema.LabelOrg) {
			continue
		}
		var b strings.Builder
		for _, w := range strings.Fields(e.text(m.d)) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
		if b.Len() >= 2 {
			inits[b.String()] = e
		}
	}
	for _, e := range m.ents {
		if e.label == schema.LabelCharity || e.label == schema.LabelOrg || e.label == schema.LabelPerson || e.label == "" || e.dropped {
			if o, ok := inits[e.text(m.d)]; ok && o != e {
				e.label, e.kind, e.dropped = o.label, o.kind, false
				e.name = o.text(m.d)
			}
		}
	}
}

// personName is the name of a PERSON entity without titles.
func (e *entity) personName(d *Doc) string {
	if e.name != "" {
		return e.name
	}
	return e.text(d)
}

// beforeSharedSurname reports whether the single word e stands before a
// comma and a name list sharing a surname: "Mia" in "Mia, Jake and Ollie
// Turner".
func (m *mentioner) beforeSharedSurname(e *entity) bool {
	if e.last-e.first != 1 || e.last+1 >= len(m.d.Tokens) || m.tok(e.last).Text != "," {
		return false
	}
	next := m.tok(e.last + 1).Start
	for _, o := range m.ents {
		if o.start == next && o.label == schema.LabelPerson && !o.dropped {
			a, b, ok := strings.Cut(o.text(m.d), " and ")
			return ok && len(strings.Fields(a)) == 1 && len(strings.Fields(b)) == 2
		}
	}
	return false
}

// hasHead reports whether p ends in a head word of any class, which then
// says what it names ("a doctor at Auckland City Hospital").
func (m *mentioner) hasHead(p span) bool {
	_, _, ok := m.head(p)
	return ok
}

// streetAfterTitle reports whether p is a street or square named after a
// royal or saint: "King William Street", "Queen Street", "Prince
// Albert Road" (a title, then words, then a street head).
func (m *mentioner) streetAfterTitle(p span) bool {
	if p.b-p.a < 2 {
		return false
	}
	switch strings.ToLower(m.tok(p.a).Text) {
	case "king", "queen", "prince", "princess", "duke", "lord", "bishop":
	default:
		return false
	}
	return streetHeads[strings.ToLower(m.tok(p.b-1).Text)]
}

// streetHeads end the names of streets and squares.
var streetHeads = setOf("street", "road", "avenue", "lane", "square", "terrace", "parade", "place", "drive",
	"boulevard", "crescent", "way", "bridge", "gardens", "park", "row", "walk", "quay", "dock", "docks")

// headAfter says whether the capitalised words from token a on end in an
// organisation's or charity's head word ("Charity", "Trust").
func (m *mentioner) headAfter(a, last int) bool {
	k := a
	for k < last && m.capital(k) {
		k++
	}
	for b := k; b > a; b-- {
		if m.anyHead(a, b) {
			return true
		}
	}
	return false
}

// fellowWords describe a person by another ("Compatriot X", "Teammate
// X") and are never part of a name.
var fellowWords = setOf("compatriot", "compatriots", "countryman", "countrywoman", "teammate", "team-mate", "clubmate",
	"club-mate", "teammates", "clubmates")

// nonFinishMarks stand before a name in results for a runner with no
// placing: did not finish, did not start, disqualified.
var nonFinishMarks = setOf("dnf", "dns", "dq", "dsq", "dnq")

// isNationWord reports whether w is a country's name or a demonym
// ("Eritrea", "Kenyan").
func isNationWord(w string) bool {
	if _, ok := nations().Country(w); ok {
		return true
	}
	_, ok := nations().Demonym(w)
	return ok
}

// kinNouns name a relative or friend: "his wife Lucy", "her mother, Pat".
var kinNouns = setOf("mother", "father", "mum", "dad", "son", "daughter", "wife", "husband", "brother", "sister",
	"partner", "grandmother", "grandfather", "grandson", "granddaughter", "twin", "cousin", "nephew", "niece",
	"uncle", "aunt", "fiancée", "fiancé", "girlfriend", "boyfriend", "friend", "sons", "daughters")

// afterKin reports whether the single word e follows "his wife", "her
// mother," or "their son".
func (m *mentioner) afterKin(e *entity) bool {
	back := 1
	if m.prevWord(e.first, 1) == "," {
		back = 2
	}
	if !kinNouns[m.prevWord(e.first, back)] {
		return false
	}
	switch m.prevWord(e.first, back+1) {
	case "his", "her", "their", "my", "our":
		return true
	}
	return false
}

// surnameHeads are heads of names before "of" that are also common
// surnames ("Sara Hall of Flagstaff").
var surnameHeads = setOf("hall", "church", "house", "king", "queen", "bishop", "rock", "garden", "forest", "road",
	"bank", "tower", "port", "lake", "castle", "mount", "way", "court", "vale", "duke", "earl", "prince", "bay",
	"palace", "mayor", "sea", "people")

// portfolioWords stand between a place and an office: "Telangana Sports
// Minister", "Kenya Tourism Minister".
var portfolioWords = setOf("sports", "sport", "health", "tourism", "education", "finance", "youth",
	"transport", "culture", "interior", "home", "foreign", "deputy", "chief", "cabinet")

// clubInnerWords inside a name make it a running club's.
var clubInnerWords = setOf("runners", "harriers", "striders", "joggers", "athletic", "athletics", "running", "roadrunners", "triathlon")

// lineAround returns the line of text that holds the bytes [start, end),
// without its newlines.
func lineAround(text string, start, end int) string {
	ls := strings.LastIndexByte(text[:start], '\n') + 1
	le := strings.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += end
	}
	return text[ls:le]
}
