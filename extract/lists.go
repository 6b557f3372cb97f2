package extract

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// The lists stage reads results lists and tables: lines (or semicolon
// separated runs) that each give a placing, a name and a time, under
// headings that say which race they belong to. Each row's name becomes a
// PERSON mention, so that the people stage merges it with the prose's
// mentions of the same runner.
//
// A row is read as fields: an optional leading position ("1.", "2)", "3rd",
// "=4"), a name, bracketed or comma-separated extras (a country or IOC code,
// a club, an age), and an optional finish time with notes after it (PB, CR).
// These shapes are covered:
//
//  1. Hailu Bekana (ETH) 2:03:31
//     1 Tom Harvey (Newquay Road Runners) 32:47; 2 Jack Penrose (Cornwall AC) 33:06
//  1. Samuel Kibet, Kenya, 2:05:48
//     1 OKORO Daniel NGR 2:10:11
//     2 J. Smith (Leeds AC) 31:48
//     Hailu Bekana (ETH) 2:03:31     (unnumbered rows in finishing order)
//     3= Sam Kitson (Otley AC) 28:02; (1) ...; #1 ...; 1. 31:02 Jane Doe (Leeds AC)
//     DQ Lewis Gray (Edinburgh AC); Tom Varley (Bramley Striders) DNF
//     MV40 Keith Roebuck (Stainland Lions) 36:15     (a category's winner)
//     1 Joe Bloggs Ilkley Harriers 27:14; 1. Smith, John (Leeds AC) 31:48
//     4 Rob Lascelles (Club) 27:33 (+0:19); 5 Marco Rossi (ITA) 2h08'15"
//     The top three were Tom Wade (Otley AC) 32:10, Sean Hart ... and ...
//
// and tables: pipe or tab separated, or fixed-width under a header of
// column words (listtables.go).
func listsStage(p *Pipeline, d *Doc) {
	rows, headers := parseListsHeaders(d.Text)
	d.Rows = rows
	dropInHeaders(d, headers)
	// "1. Tom Hale (Bend, Ore.) 2:15:04": a bracket holding a town and
	// its state or country is the runner's home town, not a club.
	for i := range d.Rows {
		r := &d.Rows[i]
		k := strings.LastIndex(r.Club, ", ")
		if k <= 0 {
			continue
		}
		region := strings.TrimSpace(r.Club[k+2:])
		te, ok := p.gaz.Find(region, "place")
		if _, isCountry := p.gaz.Find(region, "country"); !(ok && te.Kind == "region" || isCountry) || !isPlaceField(r.Club[:k]) {
			continue
		}
		r.Hometown = r.Club[:k]
		r.Club, r.ClubSpan = "", schema.Span{}
	}
	var add []schema.Mention
	for _, r := range d.Rows {
		if !r.Total && !r.Team {
			add = append(add, schema.Mention{Text: d.Text[r.NameSpan.Start:r.NameSpan.End], Label: schema.LabelPerson,
				Start: r.NameSpan.Start, End: r.NameSpan.End})
		}
		if r.Club != "" && r.ClubSpan.End > r.ClubSpan.Start {
			add = append(add, schema.Mention{Text: d.Text[r.ClubSpan.Start:r.ClubSpan.End], Label: schema.LabelOrg,
				Start: r.ClubSpan.Start, End: r.ClubSpan.End})
		}
		if r.Charity != "" && r.CharitySpan.End > r.CharitySpan.Start {
			add = append(add, schema.Mention{Text: d.Text[r.CharitySpan.Start:r.CharitySpan.End], Label: schema.LabelCharity,
				Start: r.CharitySpan.Start, End: r.CharitySpan.End})
		}
	}
	d.Mentions = mergeMentions(d.Mentions, add)
	dropOverlapped(d, add)
	dropAcrossColumns(d)
	relabelClubs(d)
	dropOtherPeopleInRows(d) // after relabelClubs: a row's home town is a place
}

// dropOverlapped drops the entities the mention stage found that a row's
// fields overlap without matching ("DQ Falkirk Victoria Harriers" over the
// row's club), as mergeMentions does for the mentions.
func dropOverlapped(d *Doc, add []schema.Mention) {
	if len(add) == 0 {
		return
	}
	sorted := slices.Clone(add)
	slices.SortFunc(sorted, func(a, b schema.Mention) int { return a.Start - b.Start })
	at := map[[2]int]bool{}
	maxEnd := make([]int, len(sorted))
	for i, a := range sorted {
		at[[2]int{a.Start, a.End}] = true
		maxEnd[i] = a.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	ents := d.ents[:0]
	for _, e := range d.ents {
		k := sort.Search(len(sorted), func(i int) bool { return sorted[i].Start >= e.end })
		if at[[2]int{e.start, e.end}] || k == 0 || maxEnd[k-1] <= e.start {
			ents = append(ents, e)
		}
	}
	d.ents = ents
}

// dropInHeaders drops the mentions found in tables' header lines: "Swim",
// "Run" and "Pos" there name columns.
func dropInHeaders(d *Doc, headers []schema.Span) {
	if len(headers) == 0 {
		return
	}
	in := func(start int) bool {
		k := sort.Search(len(headers), func(i int) bool { return headers[i].End > start })
		return k < len(headers) && headers[k].Start <= start
	}
	keepMentions(d, func(start int, _ string) bool { return !in(start) })
}

// keepMentions keeps the mentions, and the mention stage's notes on them,
// for which keep (given where one starts and its text) is true.
func keepMentions(d *Doc, keep func(start int, text string) bool) {
	ents := d.ents[:0]
	for _, e := range d.ents {
		if keep(e.start, e.text(d)) {
			ents = append(ents, e)
		}
	}
	d.ents = ents
	ms := d.Mentions[:0]
	for _, m := range d.Mentions {
		if keep(m.Start, m.Text) {
			ms = append(ms, m)
		}
	}
	d.Mentions = ms
}

// dropOtherPeopleInRows drops the PERSON mentions inside a results row
// other than its runner's: a row names one person, and "DNF" or a
// category code after the name is none.
func dropOtherPeopleInRows(d *Doc) {
	var spans []schema.Span // rows' spans, and their names'
	var names []schema.Span
	for _, r := range d.Rows {
		if !r.Total && !r.Team && r.NameSpan.End > r.NameSpan.Start {
			spans = append(spans, r.Span)
			names = append(names, r.NameSpan)
		}
	}
	if len(spans) == 0 {
		return
	}
	stray := func(start, end int) bool {
		k := sort.Search(len(spans), func(i int) bool { return spans[i].End > start })
		for ; k < len(spans) && spans[k].Start < end; k++ {
			if start >= spans[k].Start && end <= spans[k].End && (end <= names[k].Start || start >= names[k].End) {
				return true
			}
		}
		return false
	}
	ents := d.ents[:0]
	for _, e := range d.ents {
		if e.label != schema.LabelPerson || !stray(e.start, e.end) {
			ents = append(ents, e)
		}
	}
	d.ents = ents
	ms := d.Mentions[:0]
	for _, m := range d.Mentions {
		if m.Label != schema.LabelPerson || !stray(m.Start, m.End) {
			ms = append(ms, m)
		}
	}
	d.Mentions = ms
}

// dropAcrossColumns drops the mentions that run across a gap of two or
// more spaces or a tab: in a fixed-width table ("MSEN   Bramley Striders",
// "Pos  Bib  Name") such a gap parts two cells, and no name spans it.
func dropAcrossColumns(d *Doc) {
	keepMentions(d, func(_ int, text string) bool {
		return !strings.Contains(text, "  ") && !strings.Contains(text, "\t")
	})
}

// relabelClubs makes a name the prose took for a person an organisation
// when a results row gives it as a club or school ("Millard North's
// Marcus Bell" above a table whose school column holds "Millard North"),
// and a place when a row gives it as a runner's home town ("2. Rob Tate,
// Thunder Bay, 1:22:40").
func relabelClubs(d *Doc) {
	clubs, towns := map[string]bool{}, map[string]bool{}
	for _, r := range d.Rows {
		if r.Club != "" {
			clubs[schema.Fold(r.Club)] = true
		}
		if r.Hometown != "" {
			towns[schema.Fold(r.Hometown)] = true
		}
	}
	if len(clubs) == 0 && len(towns) == 0 {
		return
	}
	teamTexts := teamMentions(d)
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Label == schema.LabelGPE && teamTexts[m.Start] {
			m.Label = schema.LabelOrg
		} else if m.Label == schema.LabelPerson && clubs[schema.Fold(m.Text)] {
			m.Label = schema.LabelOrg
		} else if m.Label == schema.LabelPerson && towns[schema.Fold(m.Text)] {
			m.Label = schema.LabelGPE
		}
	}
	for _, e := range d.ents {
		if e.label == schema.LabelGPE && teamTexts[e.start] {
			e.label, e.kind = schema.LabelOrg, "team"
		} else if e.label == schema.LabelPerson && clubs[schema.Fold(e.text(d))] {
			e.label, e.kind = schema.LabelOrg, "club"
		} else if e.label == schema.LabelPerson && towns[schema.Fold(e.text(d))] {
			e.label, e.kind = schema.LabelGPE, "city"
		}
	}
}

// mergeMentions adds mentions, replacing any earlier mention that overlaps
// one of them, and keeps the list in text order.
func mergeMentions(have, add []schema.Mention) []schema.Mention {
	if len(add) == 0 {
		return have
	}
	// An earlier mention m clashes when some added a has a.Start < m.End
	// and a.End > m.Start: with the added ones sorted by start, the first
	// condition holds for a prefix of them, and the second for one of
	// them when the greatest end in that prefix is past m.Start. (A long
	// results file has thousands of each; comparing every pair was the
	// slowest part of extracting it.)
	sorted := slices.Clone(add)
	slices.SortFunc(sorted, func(a, b schema.Mention) int { return a.Start - b.Start })
	maxEnd := make([]int, len(sorted))
	for i, a := range sorted {
		maxEnd[i] = a.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	out := make([]schema.Mention, 0, len(have)+len(add))
	for _, m := range have {
		k := sort.Search(len(sorted), func(i int) bool { return sorted[i].Start >= m.End })
		if k == 0 || maxEnd[k-1] <= m.Start {
			out = append(out, m)
		}
	}
	out = append(out, add...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

var (
	clockRe = regexp.MustCompile(`\b(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d{1,3})?\b`)
	// rowPosRe is a row's leading position.
	rowPosRe = regexp.MustCompile(`^[#(]?(?:=|T-)?(\d{1,4})(?:st|nd|rd|th)?=?(?:[.):]\s*|\s+)`)
	// notesRe is what may follow a row's time.
	rowNotesRe = regexp.MustCompile(`^[\s,*()]*(?:(?:=?PB|=?SB|CR|NR|WR|ER|AR|CBP|pb|sb|w|[+−-]?\d\.\d|personal best|season best|course record|national record|world record|championship record|new record|(?:[MFWL]V?|V|SV)\d{2}|[MFWL]SEN|[MFWL]U\d{2})[\s,*()]*)*\.?\s*$`)
)

// rowNote maps a row's note abbreviation to the record's note.
var rowNote = map[string]string{
	"pb": "personal best", "sb": "season best", "cr": "course record", "nr": "national record",
	"wr": "world record", "personal best": "personal best", "season best": "season best",
	"course record": "course record", "national record": "national record", "world record": "world record",
	"championship record": "championship record",
}

// clockSeconds converts "2:04:11", "31:48" or "9:42.3" to seconds.
func clockSeconds(s string) (float64, bool) {
	parts := strings.Split(s, ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, false
	}
	total := 0.0
	for i, p := range parts {
		v, err := strconv.ParseFloat(p, 64)
		if err != nil || v < 0 {
			return 0, false
		}
		if i > 0 && v >= 60 {
			return 0, false
		}
		total = total*60 + v
	}
	// 3*60 + 36.08 is 216.07999...: keep the hundredths as written.
	return math.Round(total*1000) / 1000, true
}

// parseLists finds the results rows of a text, line by line.
func parseLists(text string) []Row {
	rows, _ := parseListsHeaders(text)
	return rows
}

// parseListsHeaders finds the results rows of a text, and the spans of
// the tables' header lines ("Pos | Name | Swim | Run"), whose words are
// no one's name.
func parseListsHeaders(text string) ([]Row, []schema.Span) {
	var rows []Row
	var headers []schema.Span
	var race listRace
	var cols []colKind // the columns the current table's header names
	var fixedAt []int  // a fixed-width table's column starts, nil outside one
	sprint := false    // the current table's header has a lane or wind column
	docDist := textDistance(text)
	dist := func() float64 {
		if race.dist > 0 {
			return race.dist
		}
		return docDist
	}
	tableDist := func() float64 {
		// A sprint table's own heading may give its distance; the
		// article's race distance is not its.
		if sprint && race.dist == 0 {
			return sprintUnknown
		}
		return dist()
	}
	blockStart := 0 // index in rows where the current block began
	headed := false // the block began under a heading of finishers
	flush := func() {
		minRows := 3
		if headed {
			minRows = 2
		}
		if !categoryWinners(rows[blockStart:]) {
			numberRows(rows[blockStart:], minRows)
		}
		blockStart = len(rows)
		headed = false
	}
	off := 0
	for off < len(text) {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		line := text[off:end]
		lineStart := off
		off = end + 1
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || strings.Trim(trimmed, ".…-–— ") == "" {
			continue
		}
		addTableRow := func(r Row) {
			sex := r.Race.Sex // from the row's own sex column
			r.Race = race.Race
			if r.Race.Sex == nil {
				r.Race.Sex = sex
			}
			if race.note != "" {
				r.Notes = append(r.Notes, race.note)
			}
			rows = append(rows, r)
		}
		if fixedAt != nil {
			// A row of a fixed-width table, or the table's end.
			if cells, ok := fixedCells(line, lineStart, fixedAt); ok {
				if isRuleRow(cells) {
					continue
				}
				if r, ok := parseTableRow(cells, cols, tableDist()); ok {
					addTableRow(r)
					continue
				}
			}
			fixedAt, cols, sprint = nil, nil, false
			flush()
		}
		if cells, ok := tableCells(line, lineStart); ok {
			if isRuleRow(cells) {
				continue
			}
			if h, ok := tableHeader(cells); ok {
				cols, sprint = h, sprintHeader(cells)
				headers = append(headers, schema.Span{Start: lineStart, End: end})
				flush()
				continue
			}
			if r, ok := parseTableRow(cells, cols, tableDist()); ok {
				addTableRow(r)
				continue
			}
		} else {
			cols, sprint = nil, false
			if h, at, ok := fixedHeader(line, lineStart); ok {
				segs, _ := fixedPieces(line, lineStart)
				cols, fixedAt, sprint = h, at, sprintHeader(segs)
				headers = append(headers, schema.Span{Start: lineStart, End: end})
				flush()
				continue
			}
		}
		if in := inlineRuns(line, lineStart, dist()); len(in) > 0 {
			// "The top three were Tom Wade (Otley AC) 32:10, Sean Hart
			// (Leeds AC) 32:55 and Al Hunt (Leeds AC) 33:10."
			flush()
			rows = append(rows, in...)
			blockStart = len(rows)
			race = listRace{}
			continue
		}
		segs := splitRun(line, lineStart)
		found := false
		for _, sg := range segs {
			s, start := sg.text, sg.start
			// Leading labels: "Men: 1 ...", "Age groups: V40 men: G. Lumb
			// ...", "1,500 meters: 1. ...". A label naming a race sets it;
			// another (a discipline, "Results") is passed over.
			labelled := false
			for {
				m := labelRe.FindStringSubmatchIndex(s)
				if m == nil {
					break
				}
				label := s[m[2]:m[3]]
				if r, ok := headingRace(label); ok {
					race = newListRace(r, label)
					if r.Division != nil && *r.Division == "age-group" {
						race.note = categoryNote(label)
					}
					flush()
					labelled = true
					headed = true
				} else if s[m[3]] != ':' || len(strings.Fields(label)) > 4 {
					break
				} else {
					if d := textDistance(label); d > 0 {
						if race.headDist > 0 && d != race.headDist {
							// Another race's rows: "Girls 5000m"
							// above is not this 10K.
							race = listRace{}
						}
						race.dist = d
					}
					if finishersHeading(label) {
						flush()
						headed = true
					}
				}
				start += m[1]
				s = s[m[1]:]
			}
			if r, ok := parseRow(s, start, dist()); ok {
				r.Race = race.Race
				if race.note != "" {
					r.Notes = append(r.Notes, race.note)
					// A category's one unnumbered row is its winner.
					if labelled && r.Position == 0 {
						r.Position = 1
					}
				}
				rows = append(rows, r)
				found = true
			}
		}
		if found {
			continue
		}
		// Not a row: a heading sets the race; a line of prose ends the list.
		words := len(strings.Fields(trimmed))
		if r, ok := headingRaceUpTo8(trimmed, words); ok && !clockRe.MatchString(trimmed) {
			flush()
			headed = r.Division == nil || *r.Division != "age-group"
			race = newListRace(r, trimmed)
			if r.Division != nil && *r.Division == "age-group" {
				race.note = categoryNote(trimmed)
			}
			continue
		}
		flush()
		race = listRace{}
		if words <= 4 {
			// An event heading ("100m", "5000m final") gives the distance.
			race.dist = textDistance(trimmed)
			headed = finishersHeading(trimmed)
		}
	}
	flush()
	return rows, headers
}

// inlineRunRe is prose that brings in finishers in order: "The top three
// were", "the leading finishers were", "the first five home were", "the
// podium:".
var inlineRunRe = regexp.MustCompile(`(?i)\b(?:top (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})|leading (?:finishers|men|women|runners|positions|placings)|first (?:two|three|four|five|six|ten|\d{1,2})(?: home| finishers| across the line)?|podium|placings|finishing order)\b(?: [a-z']+){0,3}?(?: were| was|:)\s+`)

// inlineRuns reads the finishers a sentence of prose lists after an
// inlineRunRe phrase, in order: each part of the run must read as a row
// with a time; unnumbered parts take their places from the order. The
// sex is the one the words before the run name ("In the women's race the
// leading finishers were ...").
func inlineRuns(line string, start int, dist float64) []Row {
	if !strings.Contains(line, ":") {
		return nil // every row of the run has a clock time
	}
	var out []Row
	for _, m := range inlineRunRe.FindAllStringIndex(line, -1) {
		if strings.TrimSpace(line[:m[0]]) == "" && strings.Contains(line[m[0]:m[1]], ":") {
			continue // a label opening the line ("Top five men:"), read as rows are
		}
		from := m[1]
		end := len(line)
		if k := sentenceEndRe.FindStringIndex(line[from:]); k != nil {
			end = from + k[0] + 1
		}
		var block []Row
		ok := true
		for _, sg := range splitRun(line[from:end], start+from) {
			r, good := parseRowExtras(strings.TrimRight(sg.text, " ."), sg.start, dist, 1)
			if !good || r.Time == "" {
				ok = false
				break
			}
			block = append(block, r)
		}
		if !ok || len(block) < 2 {
			continue
		}
		var sex *string
		for _, w := range strings.FieldsFunc(strings.ToLower(line[:m[1]]), func(c rune) bool { return !unicode.IsLetter(c) && c != '\'' }) {
			if x := sexWords[strings.TrimSuffix(w, "'s")]; x != "" {
				sex = schema.Str(x)
			}
		}
		for i := range block {
			block[i].Race.Sex = sex
		}
		numberRows(block, 2)
		out = append(out, block...)
	}
	return out
}

// sentenceEndRe is the end of a sentence: a full stop before a capital.
var sentenceEndRe = regexp.MustCompile(`[^\d\s.]\.\s+\p{Lu}|\d\.\s+\p{Lu}\p{Ll}`)

// finishersHeading says whether a heading introduces finishers in order
// ("Leading finishers:", "Top 10", "Results"), not winners of categories.
func finishersHeading(h string) bool {
	in := false
	for _, w := range strings.FieldsFunc(strings.ToLower(h), func(c rune) bool { return !unicode.IsLetter(c) }) {
		switch w {
		case "leading", "top", "finishers", "results", "result", "placings", "podium", "first", "final", "standings":
			in = true
		case "winners", "winner", "category", "categories", "age", "group", "groups", "teams", "team", "prizes":
			return false
		}
	}
	return in
}

// numberRows gives unnumbered rows of one block their finishing order, when
// the whole block is unnumbered, at least minRows long, and its times never
// go down.
func numberRows(rows []Row, minRows int) {
	if len(rows) < minRows {
		return
	}
	prev := 0.0
	for _, r := range rows {
		if r.Out != "" {
			continue // a DNF row neither breaks the order nor takes a place
		}
		if r.Position != 0 || r.Time == "" || r.Seconds < prev {
			return
		}
		prev = r.Seconds
	}
	n := 0
	for i := range rows {
		if rows[i].Out == "" {
			n++
			rows[i].Position = n
		}
	}
}

// listRace is the race the rows under a heading belong to, and the age
// category a category heading names ("V40").
type listRace struct {
	schema.Race
	note string
	dist float64 // metres, 0 when no heading or label gives one
	// headDist is the distance the race's own heading gives ("Boys
	// 5000m"), 0 when it gives none.
	headDist float64
}

// newListRace is the race a heading or label names.
func newListRace(r schema.Race, heading string) listRace {
	d := textDistance(heading)
	return listRace{Race: r, dist: d, headDist: d}
}

var distRe = regexp.MustCompile(`(?i)\b((?:\d{1,3}(?:,\d{3})?|\d{4,6})(?:\.\d+)?)(?:-?(km|k|m|mi)|\s*-?\s*(kilometres?|kilometers?|metres?|meters?|miles?))\b|\b(half[- ]marathon)|\b(marathon|parkrun|ultra)\b`)

// textDistance returns the first race distance a text names, in metres:
// "5000m", "10K", "5 miles", "half marathon"; 0 when it names none.
func textDistance(s string) float64 {
	m := distRe.FindStringSubmatch(s)
	switch {
	case m == nil:
		return 0
	case m[4] != "":
		return 21097.5
	case strings.EqualFold(m[5], "marathon"):
		return 42195
	case strings.EqualFold(m[5], "parkrun"):
		return 5000
	case m[5] != "":
		return 50000
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(m[1], ",", ""), 64)
	if err != nil {
		return 0
	}
	switch u := strings.ToLower(m[2] + m[3]); {
	case u == "k" || strings.HasPrefix(u, "kilo") || u == "km":
		return v * 1000
	case u == "mi" || strings.HasPrefix(u, "mile"):
		return v * 1609.344
	}
	return v
}

// labelRe is a label before a row: "Men: ", "V40 women: ", "Women's race – ".
var labelRe = regexp.MustCompile(`^\s*([^:;\d][^:;]{0,38}?|\d[\d,.]*\s*(?:m|k|km|metres|meters|miles?|-meter|-metre)[^:;]{0,25}?)\s*(?::|\s[–—-])\s+`)

// categoryNote returns the age category a heading names ("V40",
// "over-60"), for the notes of its rows.
func categoryNote(heading string) string {
	for _, w := range strings.Fields(heading) {
		w = strings.Trim(w, ":,.()")
		if ageCategory(w) {
			return strings.TrimSuffix(w, "s")
		}
	}
	return ""
}

type segment struct {
	text  string
	start int
}

// splitRun splits a line into the rows of a semicolon run ("1 A 31:48; 2 B
// 32:10"); a line without semicolons is one segment.
func splitRun(line string, start int) []segment {
	// Every cut runCutRe finds holds a ';', a ':' or a digit: a line with
	// none of them is one segment, found without running it.
	if !strings.ContainsAny(line, ";:0123456789") {
		return []segment{{text: line, start: start}}
	}
	var out []segment
	from := 0
	for _, cut := range runCutRe.FindAllStringSubmatchIndex(line, -1) {
		end, next := cut[0], cut[1]
		switch {
		case cut[2] >= 0:
			next = cut[2]
		case cut[4] >= 0:
			// "3:04:02, Tinashe Moyo": cut at the comma, keep the time.
			end, next = cut[4], cut[5]
			for next < len(line) && line[next] == ' ' {
				next++
			}
		}
		out = append(out, segment{text: line[from:end], start: start + from})
		from = next
	}
	return append(out, segment{text: line[from:], start: start + from})
}

// runCutRe finds where one row of a run ends and the next begins: at a
// semicolon, or at a full stop or comma followed by the next numbered row
// ("3:31.45. 2. Luka Barić").
var runCutRe = regexp.MustCompile(`;|[.,]\s+(\d{1,4}[.)]\s+\p{Lu}|\p{Lu}[^:;.]{0,30}:\s)|\d[:.]\d\d(?:\.\d+)?(?:\s*\((?:PB|SB|CR|NR)\))?(,?\s+and|,)\s+(?:\d{1,4}(?:st|nd|rd|th|\.)?\s+)?\p{Lu}`)

// placeTailRe is a place among a sex or in a category ending a row
// ("(1st woman)", "(2nd F)", "1st V40").
var placeTailRe = regexp.MustCompile(`\s*[(\[]?\s*(\d{1,3})(?:st|nd|rd|th)\s+([A-Za-z][A-Za-z0-9-]*)\s*[)\]]?\s*\.?\s*$`)

// gapTailRe is a bracket ending a row that holds a gap ("(+0:19)", "(+48s)")
// or a split ("(half 14:02)", "(17:42 / 56:10 / 31:20)").
var gapTailRe = regexp.MustCompile(`\s*[(\[](?:\s*\+|[^()\[\]]*\d[:.]\d\d)[^()\[\]]*[)\]]\s*\.?\s*$`)

// rowClockEndRe is a row text ending in a clock time (and perhaps notes).
var rowClockEndRe = regexp.MustCompile(`\d:\d\d(?:\.\d{1,3})?(?:\s*[\s,*(]\s*(?:PB|SB|CR|NR|pb|sb)\)?)*\s*$`)

// rowClockRe is a clock time in a row, perhaps with a unit glued on
// ("2:10:11h", "32:55min"); the group is the time itself.
var rowClockRe = regexp.MustCompile(`\b((?:\d{1,2}h|\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d{1,3})?)(?:\b|(?:h|hrs?|mins?|s)\b)`)

// clockUnitRe is a unit written after a clock time ("2:10:11h").
var clockUnitRe = regexp.MustCompile(`^\s?(?:h|hrs?|mins?|secs?|s)\b\.?`)

// primeTailRe is a row's time written with primes ("32'10\"", "2h09'02\"",
// "9'41\"27"), at its end before any notes.
var primeTailRe = regexp.MustCompile(`\s((?:\d{1,2}h)?\d{1,3}['’′]\d{2}(?:["”″]\d{1,2}|(?:\.\d{1,2})?(?:["”″]|['’′]{2})?))(?:\s*[\s,*(]\s*(?:PB|SB|CR|NR|pb|sb)\)?)*\.?\s*$`)

var primePartsRe = regexp.MustCompile(`^(?:(\d{1,2})h)?(\d{1,3})['’′](\d{2})(?:["”″](\d{1,2})|(\.\d{1,2})?)`)

// primeSeconds reads a time written with primes as seconds: "32'10\"" is
// 32 min 10 s, "2h09'02\"" 2 h 9 min 2 s, "9'41\"27" 9 min 41.27 s.
func primeSeconds(t string) (float64, bool) {
	m := primePartsRe.FindStringSubmatch(t)
	if m == nil {
		return 0, false
	}
	h, _ := strconv.Atoi(m[1])
	mins, _ := strconv.Atoi(m[2])
	sec, _ := strconv.ParseFloat(m[3]+m[5], 64)
	if m[4] != "" {
		sec, _ = strconv.ParseFloat(m[3]+"."+m[4], 64)
	}
	if sec >= 60 || h > 0 && mins >= 60 {
		return 0, false
	}
	return math.Round((float64(h*3600+mins*60)+sec)*1000) / 1000, true
}

// leadTimeRe is a clock time opening a row, before a capitalised name.
var leadTimeRe = regexp.MustCompile(`^(?:\d{1,2}:)?\d{1,2}:\d{2}(?:\.\d{1,3})?\s+\p{Lu}`)

// unitTimeTailRe is a row's time written with units ("31m 48s", "2h 05m
// 12s", "1hr 12min 05sec"), at its end before any notes.
var unitTimeTailRe = regexp.MustCompile(`(?i)\s((?:\d{1,2}\s?h(?:rs?|ours?)?\s*)?\d{1,2}\s?m(?:ins?|inutes?)?\s*\d{1,2}(?:\.\d{1,2})?\s?s(?:ecs?|econds?)?|\d{1,2}\s?h(?:rs?|ours?)?\s*\d{1,2}\s?m(?:ins?|inutes?)?)(?:\s*[\s,*(]\s*(?:PB|SB|CR|NR|pb|sb)\)?)*\.?\s*$`)

var unitPartRe = regexp.MustCompile(`(?i)(\d{1,2}(?:\.\d{1,2})?)\s?([hms])`)

// unitSeconds reads "31m 48s", "2h 05m 12s" or "1hr 12min" as seconds.
func unitSeconds(t string) (float64, bool) {
	total, seen := 0.0, 0
	for _, m := range unitPartRe.FindAllStringSubmatch(t, -1) {
		v, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			return 0, false
		}
		switch strings.ToLower(m[2]) {
		case "h":
			total += v * 3600
		case "m":
			if v >= 60 && seen > 0 {
				return 0, false
			}
			total += v * 60
		case "s":
			if v >= 60 {
				return 0, false
			}
			total += v
		}
		seen++
	}
	return math.Round(total*1000) / 1000, seen >= 2
}

// dottedTailRe is a row's time written with dots, at its end before any
// notes.
var dottedTailRe = regexp.MustCompile(`\s(\d{1,3}\.\d{1,2}(?:\.\d{2})?)(?:w|A)?(?:\s*[\s,*(]\s*(?:=?(?:PB|SB|CR|NR|pb|sb)|w|[+−-]?\d\.\d)\)?)*\.?\s*$`)

// headingRaceUpTo8 is headingRace on a line of words words (separated by
// spaces) with its colon trimmed, for lines of at most eight words: a line
// of prose is turned away before it is lowered and split.
func headingRaceUpTo8(line string, words int) (schema.Race, bool) {
	if words > 8 {
		return schema.Race{}, false
	}
	return headingRace(strings.TrimRight(line, ":"))
}

var bracketRe = regexp.MustCompile(`\([^()]*\d[^()]*\)`)

// headingRace reads a heading or label such as "Men", "Women's race",
// "Wheelchair men", "V40 women" or "Over-60s". ok is false when the text
// names no race.
func headingRace(s string) (schema.Race, bool) {
	var r schema.Race
	ok := false
	// A bracket of figures says more of the race ("(wind -0.6)", "(12
	// ran)"), not which race it is; "(ladies)" does.
	s = bracketRe.ReplaceAllString(s, " ")
	words := strings.FieldsFunc(strings.ToLower(s), func(c rune) bool {
		return !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '\'' && c != '’' && c != '-'
	})
	if len(words) == 0 || len(words) > 8 {
		return r, false
	}
	unknown := 0
	for _, w := range words {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		switch {
		case sexWords[w] != "":
			r.Sex = schema.Str(sexWords[w])
			ok = true
		case w == "wheelchair" || w == "wheelchairs" || w == "handbike" || w == "para":
			r.Division = schema.Str("wheelchair")
			ok = true
		case ageCategory(w):
			r.Division = schema.Str("age-group")
			if r.Sex == nil {
				r.Sex = categorySex(w) // "M40" is men's
			}
			ok = true
		case w == "elite":
			r.Division = schema.Str("elite")
			ok = true
		case headingFiller[w] || numberWords[w] > 0 || distWordRe.MatchString(w) || isAllDigits(w):
		default:
			// A heading is made of race words, and a few others ("heat",
			// "steeplechase").
			if _, isCountry := nations().Country(w); !isCountry {
				unknown++
			}
		}
	}
	return r, ok && unknown <= 2
}

var sexWords = map[string]string{
	"men": "M", "man": "M", "male": "M", "males": "M", "boys": "M", "mens": "M",
	"women": "F", "woman": "F", "female": "F", "females": "F", "ladies": "F", "girls": "F", "womens": "F",
}

var headingFiller = map[string]bool{
	"race": true, "results": true, "result": true, "leading": true, "top": true, "finishers": true,
	"marathon": true, "half": true, "half-marathon": true, "10k": true, "5k": true, "final": true,
	"the": true, "and": true, "open": true, "overall": true, "full": true, "category": true,
	"division": true, "senior": true, "seniors": true, "placings": true, "positions": true,
}

var ageCatRe = regexp.MustCompile(`^(?:v|m|f|w|mv|fv|vet|u|sv|mw|mu|fu|wu)\d{2}s?$|^[mfw](?:sen|jun)$|^(?:over|under|u)-?\d{2}s?$|^(?:veterans?|vets|masters|juniors?|seniors?-?\d*)$`)

// ageCategory says whether a word names an age category (V40, M50, U20,
// over-60s, veterans).
func ageCategory(w string) bool {
	// Every category begins with one of these letters: most words are
	// turned away here, before the regular expression.
	if w == "" {
		return false
	}
	switch w[0] | 0x20 {
	case 'v', 'm', 'f', 'w', 'u', 's', 'o', 'j':
		return ageCatRe.MatchString(strings.ToLower(w))
	}
	return false
}

// parseRow reads one row. start is s's byte offset in the text.
func parseRow(s string, start int, dist float64) (Row, bool) {
	return parseRowExtras(s, start, dist, 2)
}

// parseRowExtras reads one row that gives at least minExtras of a place,
// a time, a country and a club: 2 on a line of its own, 1 (the time) in a
// run whose order gives the places.
func parseRowExtras(s string, start int, dist float64, minExtras int) (Row, bool) {
	var r Row
	if len(s) > 160 || strings.TrimSpace(s) == "" {
		return r, false
	}
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	if m := bulletRe.FindStringIndex(s[lead:]); m != nil {
		lead += m[1] // "• Joe Bloggs (Ilkley Harriers) 27:14", "- 1. Amy Cole ..."
	}
	body := s[lead:]
	base := start + lead
	if m := rowCatRe.FindStringSubmatchIndex(body); m != nil {
		// "MV40 Keith Roebuck (Stainland Lions) 36:15": the category
		// opens the row.
		r.Category = body[m[2]:m[3]]
		body = body[m[1]:]
		base += m[1]
	}
	if m := rowOutRe.FindStringSubmatchIndex(body); m != nil {
		// "DNF Katie Shearer (Falkirk Victoria Harriers)": a runner with
		// no placing.
		r.Out = strings.ToUpper(body[m[2]:m[3]])
		body = body[m[1]:]
		base += m[1]
	} else if m := rowPosRe.FindStringSubmatchIndex(body); m != nil {
		rest := body[m[1]:]
		if rest == "" || clockRe.MatchString(body[:m[1]+min(len(rest), 3)]) && strings.HasPrefix(rest, ":") {
			return r, false
		}
		n, _ := strconv.Atoi(body[m[2]:m[3]])
		r.Position = n
		body = rest
		base += m[1]
	}
	if m := rowOutTailRe.FindStringSubmatchIndex(body); m != nil && r.Out == "" {
		// "Tom Varley (Bramley Striders) DNF": no placing, whatever
		// number opens the line.
		r.Out, r.Position = strings.ToUpper(body[m[2]:m[3]]), 0
		body = body[:m[0]]
	}
	if r.Out != "" {
		body = strings.TrimRight(body, " .")
	}
	if m := placeTailRe.FindStringSubmatchIndex(body); m != nil && rowClockEndRe.MatchString(body[:m[0]]) {
		// "36:58 (1st woman)", "37:44 (2nd F)", "37:50 1st V40": the
		// runner's place among their sex or in their category.
		n, _ := strconv.Atoi(body[m[2]:m[3]])
		w := body[m[4]:m[5]]
		lw := strings.ToLower(w)
		switch {
		case sexWords[lw] != "":
			r.SexPos, r.PosSex = n, schema.Str(sexWords[lw])
		case lw == "f" || lw == "w" || lw == "l":
			r.SexPos, r.PosSex = n, schema.Str("F")
		case lw == "m":
			r.SexPos, r.PosSex = n, schema.Str("M")
		case ageCategory(w):
			r.CatPos, r.Category = n, w
		}
		if r.SexPos > 0 || r.CatPos > 0 {
			body = body[:m[0]]
		}
	}
	if m := gapTailRe.FindStringIndex(body); m != nil && rowClockEndRe.MatchString(body[:m[0]]) {
		// "27:33 (+0:19)", "28:02 (+48s)", "28:40 (half 14:02)": a gap or
		// a split after the time, not the time.
		body = body[:m[0]]
	}
	// The time is the last clock time; only notes may follow it. A time
	// may instead open the row after its place ("1. 31:02 Jane Doe (Leeds
	// AC)").
	mid := body
	if locs := clockRe.FindAllStringIndex(body, -1); len(locs) == 1 && locs[0][0] == 0 && r.Position > 0 &&
		leadTimeRe.MatchString(body) {
		loc := locs[0]
		sec, ok := clockSeconds(body[loc[0]:loc[1]])
		if !ok {
			return r, false
		}
		r.Time, r.Seconds = body[loc[0]:loc[1]], sec
		mid = body[loc[1]:]
		base += loc[1]
	} else if locs := rowClockRe.FindAllStringSubmatchIndex(body, -1); len(locs) > 0 {
		loc := locs[len(locs)-1][2:4] // the time without a glued unit
		after := body[loc[1]:]
		if m := clockUnitRe.FindString(after); m != "" {
			after = after[len(m):] // "2:10:11h", "32:55 mins"
		}
		if !rowNotesRe.MatchString(after) {
			return r, false
		}
		// "3h04:02": hours with an h, as French results write them.
		sec, ok := clockSeconds(strings.Replace(body[loc[0]:loc[1]], "h", ":", 1))
		if !ok {
			return r, false
		}
		r.Time, r.Seconds = body[loc[0]:loc[1]], sec
		r.addNotes(after)
		mid = inBeforeTimeRe.ReplaceAllString(body[:loc[0]], " ") // "Bob Dee (Otley AC) in 28:50"
	} else if m := primeTailRe.FindStringSubmatchIndex(body); m != nil {
		// "2. Sara Conti (ITA) 32'10\"", "2h09'02\"".
		if sec, ok := primeSeconds(body[m[2]:m[3]]); ok && rowNotesRe.MatchString(body[m[3]:]) {
			r.Time, r.Seconds = body[m[2]:m[3]], sec
			r.addNotes(body[m[3]:])
			mid = body[:m[2]]
		}
	} else if m := unitTimeTailRe.FindStringSubmatchIndex(body); m != nil {
		// "1 Peter Lane (Bingley Harriers) 31m 48s", "1hr 12min 05sec".
		if sec, ok := unitSeconds(body[m[2]:m[3]]); ok && rowNotesRe.MatchString(body[m[3]:]) {
			r.Time, r.Seconds = body[m[2]:m[3]], sec
			r.addNotes(body[m[3]:])
			mid = body[:m[2]]
		}
	} else if m := dottedTailRe.FindStringSubmatchIndex(body); m != nil {
		// "2 D. Moss (Bolton AC) 32.05": a time written with a dot.
		sec, ok := dottedSeconds(body[m[2]:m[3]], dist)
		if ok && rowNotesRe.MatchString(body[m[3]:]) {
			r.Time, r.Seconds = body[m[2]:m[3]], sec
			r.addNotes(body[m[3]:])
			mid = body[:m[2]]
		}
	}
	if !r.readFields(mid, base) {
		return r, false
	}
	r.Span = schema.Span{Start: start + lead, End: start + len(strings.TrimRight(s, " \t\r."))}
	extras := 0
	for _, b := range []bool{r.Position > 0, r.Time != "", r.Country != "", r.Club != "" || r.Unattached} {
		if b {
			extras++
		}
	}
	if r.Out != "" {
		// The mark stands for the position and the time.
		if r.Time != "" || r.Club == "" && r.Country == "" && !r.Unattached && !isClubName(r.Name) {
			return r, false
		}
		extras = 2
	}
	if r.Position == 0 && r.Time == "" && r.Out == "" || extras < minExtras {
		return r, false
	}
	if isClubName(r.Name) && r.Club == "" {
		r.splitClubOff(s[r.NameSpan.Start-start : r.NameSpan.End-start])
	}
	if isClubName(r.Name) {
		// "2. Giffnock North AC 3:24.10": a team's row.
		r.Team, r.Club, r.ClubSpan = true, r.Name, r.NameSpan
		r.Name, r.NameSpan = "", schema.Span{Start: r.NameSpan.Start, End: r.NameSpan.Start}
	}
	return r, true
}

// inBeforeTimeRe is the "in" some lists write before a row's time.
var inBeforeTimeRe = regexp.MustCompile(`\s+in\s*$`)

// bulletRe is a list's bullet opening a row.
var bulletRe = regexp.MustCompile(`^[•·‣◦▪●*–—-]\s+`)

// rowCatRe is an age category's code opening a row ("MV40", "FV45",
// "M50", "FSEN", "MU17").
var rowCatRe = regexp.MustCompile(`^((?:[MFWL]V?|V|SV)\d{2}|[MFWL]SEN|[MFWL]U\d{2})[:\s]\s*`)

// rowSurnameFirstRe is a row's name written surname first with a comma,
// ending where a bracket or the end follows ("Smith, John (Leeds AC)").
var rowSurnameFirstRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?)(?:\s*$|\s*[(\[])`)

// splitClubOff parts a name field that runs on into a club with no
// bracket or comma between ("Joe Bloggs Ilkley Harriers"): the runner is
// the first two words (with a particle, "Ann de Vries"), the club the
// rest, of two words or more. A field of three words or fewer is left
// whole ("Giffnock North AC" is a team). written is the field as the
// text has it, at r.NameSpan.
func (r *Row) splitClubOff(written string) {
	words := strings.Fields(written)
	k := 2
	for k < len(words) && (nameParticles[words[k-1]] || nameParticles[words[k]]) {
		k++
	}
	if len(words) < 4 || len(words)-k < 2 {
		return
	}
	// Byte offsets of word k in written.
	at := 0
	for i := 0; i < k; i++ {
		at += strings.Index(written[at:], words[i]) + len(words[i])
	}
	nameEnd := at
	clubStart := at + strings.Index(written[at:], words[k])
	name, span, _, ok := readName(written[:nameEnd], r.NameSpan.Start)
	if !ok {
		return
	}
	r.Club = written[clubStart:]
	r.ClubSpan = schema.Span{Start: r.NameSpan.Start + clubStart, End: r.NameSpan.Start + len(written)}
	r.Name, r.NameSpan = name, span
}

// rowOutTailRe is the mark of a runner with no placing ending a row.
var rowOutTailRe = regexp.MustCompile(`\s(DNF|DNS|DQ|DSQ|DNQ)\.?\s*$`)

// rowOutRe is the mark that opens the row of a runner with no placing.
var rowOutRe = regexp.MustCompile(`^(DNF|DNS|DQ|DSQ|DNQ)\b[.:]?\s+`)

// readFields reads the name and the extras between a row's position and its
// time. base is mid's byte offset in the text.
func (r *Row) readFields(mid string, base int) bool {
	type field struct {
		text  string
		start int
	}
	var fields []field
	i := 0
	cur := 0
	nameSet := false
	lead := len(mid) - len(strings.TrimLeft(mid, " \t"))
	if m := rowSurnameFirstRe.FindStringSubmatch(mid[lead:]); m != nil {
		// "Smith, John (Leeds AC)", "HOLROYD, Becky": surname first, then
		// the given names, before a bracket or the time.
		_, givenIsCountry := nations().Country(m[2])
		if _, _, _, ok := readName(m[1]+" "+m[2], 0); ok && !givenIsCountry && !isClubName(m[2]) {
			r.Name = m[2] + " " + m[1]
			if strings.ToUpper(m[1]) == m[1] {
				r.Name = m[2] + " " + titleCase(m[1])
			}
			end := lead + len(m[1]) + len(", ") + len(m[2])
			r.NameSpan = schema.Span{Start: base + lead, End: base + end}
			nameSet = true
			i, cur = end, end
		}
	}
	// Bracketed extras first, then comma, tab or wide-space separated ones.
	flushField := func(end int) {
		if end > cur {
			fields = append(fields, field{mid[cur:end], base + cur})
		}
	}
	for i < len(mid) {
		c := mid[i]
		switch {
		case c == '(' || c == '[':
			flushField(i)
			close := strings.IndexAny(mid[i:], ")]")
			if close < 0 {
				return false
			}
			fields = append(fields, field{"(" + mid[i+1:i+close] + ")", base + i + 1})
			i += close + 1
			cur = i
			continue
		case c == ',' || c == '\t' || c == '|':
			flushField(i)
			cur = i + 1
		case c == ' ' && i+1 < len(mid) && mid[i+1] == ' ':
			flushField(i)
			cur = i + 1
		}
		i++
	}
	flushField(len(mid))
	// "Joe Bloggs 34 Ilkley Harriers", "Al Hunt M40 Leeds AC": an age or
	// a category inside the name's field parts the name from the club.
	if !nameSet && len(fields) > 0 && !strings.HasPrefix(fields[0].text, "(") {
		f := fields[0]
		ws := strings.Fields(f.text)
		for k := 2; k < len(ws); k++ {
			n, err := strconv.Atoi(ws[k])
			if !(err == nil && n >= 5 && n <= 105 || ageCategory(ws[k])) {
				continue
			}
			at := 0
			var parts []field
			for x, w := range ws {
				i := at + strings.Index(f.text[at:], w)
				if x == 0 || x == k || x == k+1 {
					parts = append(parts, field{"", f.start + i})
				}
				at = i + len(w)
				if x == k-1 || x == k || x == len(ws)-1 {
					p := &parts[len(parts)-1]
					p.text = f.text[p.start-f.start : at]
				}
			}
			fields = append(parts, fields[1:]...)
			break
		}
	}
	pendingAge := 0 // an age written in the name's field, and where
	var pendingSpan schema.Span
	for _, f := range fields {
		bracket := strings.HasPrefix(f.text, "(")
		t := strings.Trim(f.text, "() \t-–—:")
		lead := strings.Index(f.text, t)
		if bracket {
			lead = strings.Index(f.text[1:], t)
		}
		if t == "" {
			continue
		}
		// "(aged 40)", ", age 29,": the age alone.
		if low := strings.ToLower(t); strings.HasPrefix(low, "aged ") || strings.HasPrefix(low, "age ") {
			if n := strings.TrimSpace(t[strings.IndexByte(t, ' '):]); isAllDigits(n) {
				t = n
			}
		}
		// "Jo Lane 35": a name and an age in one field.
		if !nameSet && !bracket {
			if k := strings.LastIndexByte(t, ' '); k > 0 && isAllDigits(t[k+1:]) && len(strings.Fields(t[:k])) >= 2 {
				if n, _ := strconv.Atoi(t[k+1:]); n >= 5 && n <= 105 {
					pendingAge = n
					if x := strings.Index(f.text, t); x >= 0 {
						at := f.start + x + k + 1
						pendingSpan = schema.Span{Start: at, End: at + len(t) - k - 1}
					}
					t = strings.TrimSpace(t[:k])
				}
			}
		}
		fstart := f.start + max(lead, 0)
		// "(Jr., Nebraska)": a school year, then the runner's school.
		if bracket && nameSet {
			if rest, n, ok := cutSchoolYear(t); ok {
				r.Club, r.SchoolTeam = rest, true
				r.ClubSpan = schema.Span{Start: fstart + n, End: fstart + len(t)}
				continue
			}
		}
		switch {
		case isAllDigits(t):
			if n, _ := strconv.Atoi(t); n >= 5 && n <= 105 && nameSet {
				r.Age = n
				r.AgeSpan = schema.Span{Start: fstart, End: fstart + len(t)}
			}
		case ageCategory(t):
			// a runner's category, such as (V40): not a race of its own
		case func() bool { c, ok := nations().Code(t); r.setCountry(c, ok); return ok }():
		case func() bool { c, ok := nations().Country(t); r.setCountry(c, ok); return ok && nameSet }():
		case !nameSet && !bracket:
			name, span, country, ok := readName(t, fstart)
			if !ok {
				return false
			}
			r.Name, r.NameSpan, nameSet = name, span, true
			if country != "" {
				r.Country = country
			}
		case nameSet && (strings.EqualFold(t, "unattached") || strings.EqualFold(t, "u/a") || strings.EqualFold(t, "unatt")):
			// no club, but the field a club takes: "Megan Howarth
			// (unattached) 41:19" is a row as "Anna Clegg (Baildon
			// Runners) 40:33" is.
			r.Unattached = true
		case nameSet && !bracket && !isClubName(t) && r.Club == "" && isPlaceField(t):
			// "Marco Alvarez, Asheville, N.C., 15:47:22": the first place
			// is the runner's home town.
			if r.Hometown == "" {
				r.Hometown = t
			}
		case nameSet && (bracket || isClubName(t)):
			r.Club = t
			r.ClubSpan = schema.Span{Start: fstart, End: fstart + len(t)}
		default:
			return false
		}
	}
	if r.Age == 0 && nameSet && pendingAge > 0 {
		r.Age, r.AgeSpan = pendingAge, pendingSpan
	}
	return nameSet
}

// isPlaceField says whether a row's field reads as a place: capitalised
// words, or an abbreviation such as "N.C.".
func isPlaceField(t string) bool {
	for _, w := range strings.Fields(t) {
		c, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(c) {
			return false
		}
		for _, x := range w {
			if !unicode.IsLetter(x) && x != '.' && x != '-' && x != '\'' {
				return false
			}
		}
	}
	return t != ""
}

func (r *Row) setCountry(c string, ok bool) {
	if ok {
		r.Country = c
	}
}

func isAllDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// nameParticles may be written in lower case inside a name.
var nameParticles = map[string]bool{
	"de": true, "van": true, "der": true, "den": true, "von": true, "da": true, "dos": true, "das": true,
	"del": true, "la": true, "le": true, "al": true, "el": true, "bin": true, "ben": true, "di": true,
	"du": true, "ter": true, "ten": true, "y": true, "st": true,
}

// readName checks that t reads as a person's name and returns it in the
// usual order: surname-first capitals ("OKORO Daniel") become "Daniel
// Okoro", and a trailing country code ("OKORO Daniel NGR") is split off.
func readName(t string, start int) (name string, span schema.Span, country string, ok bool) {
	words := strings.Fields(t)
	if len(words) > 1 {
		if c, isCode := nations().Code(words[len(words)-1]); isCode {
			country = c
			words = words[:len(words)-1]
			t = strings.TrimSpace(t[:strings.LastIndex(t, words[len(words)-1])+len(words[len(words)-1])])
		}
	}
	if len(words) == 0 || len(words) > 6 {
		return "", span, "", false
	}
	long := false
	var caps, title []string
	for _, w := range words {
		first, _ := utf8.DecodeRuneInString(w)
		letters := 0
		for _, c := range w {
			switch {
			case unicode.IsLetter(c):
				letters++
			case c == '.' || c == '\'' || c == '’' || c == '-':
			default:
				return "", span, "", false
			}
		}
		if letters == 0 {
			return "", span, "", false
		}
		if !unicode.IsUpper(first) && !nameParticles[w] {
			return "", span, "", false
		}
		if letters >= 2 && !strings.HasSuffix(w, ".") {
			long = true
		}
		if letters >= 2 && strings.ToUpper(w) == w {
			caps = append(caps, w)
		} else {
			title = append(title, w)
		}
		if _, isSex := sexWords[strings.ToLower(w)]; isSex && len(words) == 1 {
			return "", span, "", false
		}
	}
	if !long {
		return "", span, "", false
	}
	if _, isCountry := nations().Country(t); isCountry {
		return "", span, "", false
	}
	span = schema.Span{Start: start, End: start + len(t)}
	switch {
	case len(caps) > 0 && len(title) > 0 && strings.ToUpper(words[0]) == words[0]:
		// OKORO Daniel: surname first in capitals.
		name = strings.Join(title, " ") + " " + titleCase(strings.Join(caps, " "))
	case len(caps) == len(words) && len(words) > 1:
		name = titleCase(t)
	default:
		name = strings.Join(words, " ")
	}
	return name, span, country, true
}

// titleCase writes "OKORO" as "Okoro" and "MARCHANT-LOWE" as
// "Marchant-Lowe".
func titleCase(s string) string {
	var b strings.Builder
	up := true
	for _, c := range s {
		if up {
			b.WriteRune(unicode.ToUpper(c))
		} else {
			b.WriteRune(unicode.ToLower(c))
		}
		up = c == ' ' || c == '-' || c == '\''
	}
	return b.String()
}

// clubWords end the name of a running club or team.
var clubWords = map[string]bool{
	"ac": true, "aac": true, "h&ac": true, "harriers": true, "runners": true, "club": true, "striders": true,
	"rc": true, "rrc": true, "joggers": true, "athletics": true, "athletic": true, "tri": true, "triathlon": true,
	"pacers": true, "roadrunners": true, "jogging": true, "road": true, "racers": true, "team": true,
	"hares": true, "flyers": true, "wheelers": true, "trotters": true, "fell": true, "running": true,
	"a.c.": true, "h.c.": true, "hc": true, "tc": true, "afc": true,
}

// isClubName says whether a name ends in a club word ("Leeds City AC",
// "Truro Running Club", "Carn Runners").
func isClubName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	return clubWords[strings.ToLower(f[len(f)-1])]
}

// schoolYears are the abbreviated school and college years written before
// a runner's school or home town: "(Sr., Omaha)", "(Fr., Kansas State)".
var schoolYears = map[string]bool{
	"fr": true, "so": true, "jr": true, "sr": true, "gr": true, "soph": true, "grad": true, "r-fr": true,
	"r-so": true, "r-jr": true, "r-sr": true, "rs-fr": true, "rs-so": true, "rs-jr": true, "rs-sr": true,
}

// cutSchoolYear reads "Sr., Omaha": what follows a school year and a
// comma, and the byte offset where it starts.
func cutSchoolYear(t string) (string, int, bool) {
	k := strings.IndexByte(t, ',')
	if k < 0 || !schoolYears[strings.ToLower(strings.TrimSuffix(strings.TrimSpace(t[:k]), "."))] {
		return "", 0, false
	}
	rest := strings.TrimLeft(t[k+1:], " ")
	if rest == "" {
		return "", 0, false
	}
	return rest, len(t) - len(rest), true
}

// schoolYearWords after a school's name make it a team: "Kansas senior
// Caleb Winters", "Creighton junior Noah Feldman".
var schoolYearWords = map[string]bool{
	"freshman": true, "sophomore": true, "junior": true, "senior": true, "redshirt": true, "graduate": true,
}

// teamMentions finds, in a document whose results give school years,
// the place names that stand for a school's team: a row's team, or a
// name before a school year ("Kansas senior X"), written before "'s" or a
// school year ("Nebraska's Jordan Pryor", "Creighton junior X"). The
// same name elsewhere ("moved to Nebraska") stays a place. It returns
// the mentions' start offsets.
func teamMentions(d *Doc) map[int]bool {
	teams := map[string]bool{}
	for _, r := range d.Rows {
		if r.SchoolTeam {
			teams[schema.Fold(r.Club)] = true
		}
	}
	if len(teams) == 0 {
		return nil
	}
	out := map[int]bool{}
	for _, r := range d.Rows {
		if r.SchoolTeam {
			out[r.ClubSpan.Start] = true
		}
	}
	for _, m := range d.Mentions {
		if m.Label != schema.LabelGPE {
			continue
		}
		rest := strings.TrimLeft(d.Text[m.End:], " ")
		next := strings.ToLower(strings.TrimRightFunc(strings.SplitN(rest, " ", 2)[0], func(r rune) bool { return r == ',' || r == '.' }))
		possessive := strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ")
		of := strings.HasSuffix(d.Text[:m.Start], " of ")
		if (possessive || of) && teams[schema.Fold(m.Text)] || schoolYearWords[next] {
			out[m.Start] = true
		}
	}
	return out
}
