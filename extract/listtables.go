package extract

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// Tables: results rows whose fields are separated by pipes or tabs
//
//	Pos | Name | Year | Club | Time
//	---|---|---|---|---
//	1 | Owen Tabor | 2008 | Millbrook Harriers | 15:42
//	1<TAB>Grete Lindqvist<TAB>SWE<TAB>2:24:10
//
// Each cell is read by its shape (a position, a time, a country or IOC
// code, an age, a birth year, a club, the name), or by the column a header
// row names.

// colKind is what a table column holds.
type colKind int

const (
	colUnknown colKind = iota
	colPos
	colName
	colCountry
	colClub
	colAge
	colTime
	colSex
	colCharity // a fundraising table's cause
	colRaised  // money raised
	colTarget  // money aimed at
	colSkip    // a column read as nothing: year, bib, pace, gap
	colCat     // an age category ("MV40", "F35", "SEN")
	colGun     // a gun time: the row's time only when no column gives another
	colSexPos  // the place among the runner's sex ("Gen Pos", "M/F Pos")
	colCatPos  // the place in the runner's age category ("Cat Pos")
	colSchool  // a school's or college's team (a club that is a team)
)

// posWords end a header cell that names a place ("Cat Pos", "Gender
// place"); the word before says among whom.
var posWords = map[string]bool{"pos": true, "pos.": true, "position": true, "place": true, "pl": true, "pl.": true, "rank": true, "plc": true}

// headerWords maps a header cell's words to its column.
var headerWords = map[string]colKind{
	"pos": colPos, "pos.": colPos, "position": colPos, "place": colPos, "pl": colPos, "pl.": colPos,
	"rank": colPos, "#": colPos, "no": colPos, "no.": colPos, "plc": colPos,
	"name": colName, "athlete": colName, "runner": colName, "competitor": colName, "participant": colName,
	"country": colCountry, "nat": colCountry, "nat.": colCountry, "nation": colCountry, "nationality": colCountry,
	"cty": colCountry, "ctry": colCountry, "noc": colCountry, "fed": colCountry,
	"club": colClub, "team": colClub, "school": colSchool, "affiliation": colClub, "college": colSchool,
	"university": colSchool, "club/school": colClub, "school/club": colClub, "club/team": colClub,
	"age":  colAge,
	"time": colTime, "finish": colTime, "result": colTime, "net": colTime, "chip": colTime, "mark": colTime,
	"perf": colTime, "performance": colTime, "final": colTime, "finish time": colTime, "net time": colTime,
	"chip time": colTime, "official time": colTime,
	"year": colSkip, "yob": colSkip, "born": colSkip, "grade": colSkip, "yr": colSkip, "bib": colSkip,
	"cat": colCat, "category": colCat, "age cat": colCat, "age category": colCat, "age group": colCat, "cat.": colCat, "gender": colSex, "sex": colSex, "m/f": colSex, "gen": colSex, "gen.": colSex, "pace": colSkip, "gap": colSkip,
	"behind": colSkip, "diff": colSkip, "points": colSkip, "pts": colSkip, "split": colSkip, "notes": colSkip,
	"note": colSkip, "gun": colGun, "gun time": colGun, "age grade": colSkip, "class": colSkip, "div": colSkip,
	"division": colSkip, "hometown": colSkip, "city": colSkip, "town": colSkip, "state": colSkip, "lane": colSkip,
	"wind": colSkip, "reaction": colSkip, "record": colSkip, "heat": colSkip,
	// A multisport or relay table's splits; its total is the time.
	"swim": colSkip, "bike": colSkip, "cycle": colSkip, "run": colSkip, "t1": colSkip, "t2": colSkip,
	"transition": colSkip, "leg": colSkip, "lap": colSkip, "splits": colSkip, "halfway": colSkip,
	"total": colTime, "total time": colTime,
	"charity": colCharity, "cause": colCharity, "running for": colCharity, "raising for": colCharity,
	"raised": colRaised, "amount raised": colRaised, "raised so far": colRaised, "sponsorship": colRaised,
	"funds raised": colRaised, "target": colTarget, "goal": colTarget, "fundraising target": colTarget,
}

var (
	ruleCellRe = regexp.MustCompile(`^:?-{2,}:?$|^=+$`)
	posCellRe  = regexp.MustCompile(`^=?(\d{1,4})(?:st|nd|rd|th)?\.?$`)
	yearCellRe = regexp.MustCompile(`^(?:19[3-9]\d|20[0-2]\d)$`)
)

// tableCells splits a line into its cells when it is a row of a pipe or
// tab separated table; ok is false for other lines. Empty cells at the
// edges ("| 1 | Name |") are dropped; empty inner cells are kept so that
// columns stay in place.
func tableCells(line string, start int) (cells []segment, ok bool) {
	sep := byte(0)
	switch {
	case strings.Count(line, "|") >= 2:
		sep = '|'
	case strings.Count(line, "\t") >= 2:
		sep = '\t'
	default:
		return nil, false
	}
	from := 0
	for i := 0; i <= len(line); i++ {
		if i < len(line) && line[i] != sep {
			continue
		}
		c := line[from:i]
		lead := len(c) - len(strings.TrimLeft(c, " \t\r"))
		cells = append(cells, segment{text: strings.TrimSpace(c), start: start + from + lead})
		from = i + 1
	}
	for len(cells) > 0 && cells[0].text == "" {
		cells = cells[1:]
	}
	for len(cells) > 0 && cells[len(cells)-1].text == "" {
		cells = cells[:len(cells)-1]
	}
	return cells, len(cells) >= 2
}

// tableHeader reads a header row ("Pos | Name | Club | Time"): ok when
// most of its cells name columns and none holds a number.
func tableHeader(cells []segment) (cols []colKind, ok bool) {
	known := 0
	for _, c := range cells {
		t := strings.ToLower(strings.Trim(c.text, " *_:"))
		k, found := headerWords[t]
		if f := strings.Fields(t); !found && len(f) == 2 && posWords[f[1]] {
			// "Gen Pos", "Sex Place", "Cat Pos", "Category Rank".
			switch headerWords[f[0]] {
			case colSex:
				k, found = colSexPos, true
			case colCat:
				k, found = colCatPos, true
			}
		}
		if !found {
			if f := strings.Fields(t); len(f) > 0 {
				k, found = headerWords[f[0]]
				if !found {
					k, found = headerWords[f[len(f)-1]]
				}
			}
		}
		if strings.ContainsAny(t, "0123456789") && !found {
			return nil, false // a cell of numbers: a row, not a header
		}
		if found {
			known++
		}
		cols = append(cols, k)
	}
	// A chip or net time is the result's time, the gun time beside it
	// only another reading; a table with only a gun time gives that.
	timed := slices.Contains(cols, colTime)
	for i, k := range cols {
		if k == colGun {
			cols[i] = colTime
			if timed {
				cols[i] = colSkip
			}
		}
	}
	return cols, known >= 2 && known*2 >= len(cells)
}

// isRuleRow says whether every cell is a rule ("---", ":--:").
func isRuleRow(cells []segment) bool {
	for _, c := range cells {
		if c.text != "" && !ruleCellRe.MatchString(c.text) {
			return false
		}
	}
	return true
}

// parseTableRow reads one table row from its cells. cols are the header's
// columns (nil when the table has none); dist is the race distance in
// metres the rows are for (0 when unknown), for times written "31.47".
func parseTableRow(cells []segment, cols []colKind, dist float64) (Row, bool) {
	var r Row
	if len(cells) == 0 {
		return r, false
	}
	nameSet := false
	first := cells[0].start
	last := cells[len(cells)-1]
	for i, c := range cells {
		t := c.text
		if t == "" {
			continue
		}
		kind := colUnknown
		if i < len(cols) {
			kind = cols[i]
		}
		switch kind {
		case colSkip:
			continue
		case colCat:
			r.Category = t
			continue
		case colSexPos, colCatPos:
			if m := posCellRe.FindStringSubmatch(t); m != nil {
				n, _ := strconv.Atoi(m[1])
				if kind == colSexPos {
					r.SexPos = n
				} else {
					r.CatPos = n
				}
			}
			continue
		case colPos:
			if m := posCellRe.FindStringSubmatch(t); m != nil && r.Position == 0 {
				r.Position, _ = strconv.Atoi(m[1])
				continue
			}
			if isDNF(t) {
				r.Out = strings.ToUpper(strings.Trim(t, ". "))
			}
			continue
		case colTime:
			if isDNF(t) {
				r.Out = strings.ToUpper(strings.Trim(t, ". "))
			} else if r.Time == "" {
				r.readTimeCell(t, dist, true)
			}
			continue
		case colAge:
			if n, err := strconv.Atoi(t); err == nil && n >= 5 && n <= 105 {
				r.Age = n
				r.AgeSpan = schema.Span{Start: c.start, End: c.start + len(t)}
			}
			continue
		case colCountry:
			if code, ok := nations().Code(t); ok {
				r.Country = code
			} else if code, ok := nations().Country(t); ok {
				r.Country = code
			}
			continue
		case colClub, colSchool:
			if !strings.EqualFold(t, "unattached") && !strings.EqualFold(t, "u/a") {
				r.Club = t
				r.ClubSpan = schema.Span{Start: c.start, End: c.start + len(t)}
				r.SchoolTeam = kind == colSchool
			}
			continue
		case colSex:
			r.readSexCell(t)
			continue
		case colCharity:
			r.Charity = t
			r.CharitySpan = schema.Span{Start: c.start, End: c.start + len(t)}
			continue
		case colRaised:
			r.Raised = schema.Span{Start: c.start, End: c.start + len(t)}
			continue
		case colTarget:
			r.Target = schema.Span{Start: c.start, End: c.start + len(t)}
			continue
		case colName:
			if totalCell(t) {
				r.Total, nameSet = true, true
				continue
			}
			if !r.readNameCell(t, c.start) {
				return r, false
			}
			if isClubName(r.Name) && r.Club == "" {
				// A name run on into the club's column: "Christopher
				// Fenton-Smith Leeds City AC".
				r.splitClubOff(t)
			}
			nameSet = true
			continue
		}
		// No header: read the cell by its shape.
		switch {
		case !nameSet && r.Position == 0 && r.Out == "" && isDNF(t):
			r.Out = strings.ToUpper(strings.Trim(t, ". "))
		case !nameSet && r.Position == 0 && r.Time == "" && posCellRe.MatchString(t):
			m := posCellRe.FindStringSubmatch(t)
			r.Position, _ = strconv.Atoi(m[1])
		case yearCellRe.MatchString(t):
			// a birth year or school year
		case isAllDigits(t):
			if n, _ := strconv.Atoi(t); nameSet && n >= 5 && n <= 105 {
				r.Age = n
			}
		case r.Time == "" && r.readTimeCell(t, dist, nameSet && c == last):
			// a time, also before the name ("1 | 2:10:11 | Name")
		case r.readSexCell(t) || ageCategory(t):
		case rowNoteCell(t, &r):
		case nameSet && func() bool { code, ok := nations().Code(t); r.setCountry(code, ok); return ok }():
		case nameSet && func() bool { code, ok := nations().Country(t); r.setCountry(code, ok); return ok }():
		case !nameSet:
			if !r.readNameCell(t, c.start) {
				return r, false
			}
			nameSet = true
		case strings.EqualFold(t, "unattached") || strings.EqualFold(t, "u/a"):
		case r.Club == "" && (isClubName(t) || isPlaceField(t) || strings.ContainsAny(t, "&/")):
			r.Club = t
			r.ClubSpan = schema.Span{Start: c.start, End: c.start + len(t)}
		}
	}
	fund := r.Charity != "" || r.Raised.End > r.Raised.Start || r.Target.End > r.Target.Start
	if r.Out != "" {
		r.Position = 0
	}
	if !nameSet || r.Position == 0 && r.Time == "" && !fund && r.Out == "" || r.Total && !fund {
		return r, false
	}
	r.Span = schema.Span{Start: first, End: last.start + len(last.text)}
	return r, true
}

// readTimeCell reads a cell as the row's finish time: a clock time, or
// one written with dots ("31.47", "1.12.05", "10.18"). lastCell says the
// cell ends the row, where a bare dotted number is a time.
func (r *Row) readTimeCell(t string, dist float64, lastCell bool) bool {
	words := strings.Fields(t)
	if len(words) == 0 {
		return false
	}
	tm := words[0]
	if m := clockRe.FindString(tm); m == tm {
		if sec, ok := clockSeconds(tm); ok {
			r.Time, r.Seconds = tm, sec
			r.addNotes(strings.Join(words[1:], " "))
			return true
		}
		return false
	}
	if !lastCell && len(words) == 1 {
		return false
	}
	if sec, ok := dottedSeconds(tm, dist); ok {
		r.Time, r.Seconds = tm, sec
		r.addNotes(strings.Join(words[1:], " "))
		return true
	}
	return false
}

// addNotes adds the notes a row's marks after its time give ("PB", "CR").
func (r *Row) addNotes(after string) {
	for _, n := range noteWordRe.FindAllString(after, -1) {
		if note, ok := rowNote[strings.ToLower(n)]; ok {
			r.Notes = append(r.Notes, note)
		}
	}
}

var noteWordRe = regexp.MustCompile(`[A-Za-z][A-Za-z ]*[A-Za-z]`)

// rowNoteCell reads a cell holding only marks (PB, CR) into r's notes.
func rowNoteCell(t string, r *Row) bool {
	if note, ok := rowNote[strings.ToLower(strings.Trim(t, "()* "))]; ok {
		r.Notes = append(r.Notes, note)
		return true
	}
	return false
}

// readSexCell reads a cell that gives only a runner's sex ("M", "F") into
// the row's race.
func (r *Row) readSexCell(t string) bool {
	switch strings.ToUpper(strings.TrimSuffix(t, ".")) {
	case "M", "MALE", "MEN", "MAN":
		r.Race.Sex = schema.Str("M")
	case "F", "W", "FEMALE", "WOMEN", "WOMAN":
		r.Race.Sex = schema.Str("F")
	default:
		return false
	}
	return true
}

// surnameFirstRe is a name cell written "HARVEY, Tom".
var surnameFirstRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)*), (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*)$`)

// readNameCell reads the cell holding a row's name (and perhaps a
// bracketed club or a country after it).
func (r *Row) readNameCell(t string, start int) bool {
	if m := surnameFirstRe.FindStringSubmatch(t); m != nil {
		if _, isCountry := nations().Country(m[2]); !isCountry {
			if _, _, _, ok := readName(m[1]+" "+m[2], start); ok {
				r.Name = m[2] + " " + titleCase(m[1])
				r.NameSpan = schema.Span{Start: start, End: start + len(t)}
				return true
			}
		}
	}
	return r.readFields(t, start)
}

// totalCell says whether a name cell is a totals row's label.
func totalCell(t string) bool {
	switch strings.ToLower(strings.Trim(t, " *:")) {
	case "total", "totals", "team total", "grand total", "overall", "all":
		return true
	}
	return false
}

func isDNF(t string) bool {
	switch strings.ToUpper(strings.Trim(t, ". ")) {
	case "DNF", "DNS", "DQ", "DSQ", "NT", "NM":
		return true
	}
	return false
}

// sprintUnknown stands for the distance of a sprint table that gives
// none: its times with a dot are seconds.
const sprintUnknown = -1

// sprintHeader says whether a table's header names a column only sprints
// have: a lane, a wind reading, a reaction time.
func sprintHeader(cells []segment) bool {
	for _, c := range cells {
		switch strings.ToLower(strings.Trim(c.text, " *_:.")) {
		case "lane", "ln", "wind", "reaction", "react", "rt", "w":
			return true
		}
	}
	return false
}

var dottedRe = regexp.MustCompile(`^(\d{1,3})\.(\d{1,2})(?:\.(\d{2}))?$`)

// dottedSeconds reads a time written with dots, as British local papers
// and sprint results do: "10.18" is 10.18 s in a sprint (400 m or less),
// "31.47" is 31 min 47 s in a longer race, "1.12.05" is 1 h 12 min 5 s.
// dist is the race's distance in metres; a reading must give a plausible
// pace for it. With the distance unknown (or no reading plausible for it),
// a two-part time from 12.00 up reads as minutes.
func dottedSeconds(t string, dist float64) (float64, bool) {
	m := dottedRe.FindStringSubmatch(t)
	if m == nil {
		return 0, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	if len(m[2]) == 1 {
		// "55.0", "47.3": tenths, a hand-timed sprint's seconds only.
		if m[3] != "" {
			return 0, false
		}
		sec := float64(a) + float64(b)/10
		if dist == sprintUnknown && sec >= 6 && sec < 60 || dist > 0 && dist <= 400 && sec >= dist*0.09 && sec <= dist*0.3 {
			return sec, true
		}
		return 0, false
	}
	if m[3] != "" {
		c, _ := strconv.Atoi(m[3])
		if a > 99 || b >= 60 || c >= 60 {
			return 0, false
		}
		return float64(a*3600 + b*60 + c), true
	}
	sprint := float64(a) + float64(b)/100
	minutes := float64(a*60 + b)
	if b >= 60 {
		minutes = -1
	}
	if dist == sprintUnknown {
		// A sprint table (with lanes or winds) of no stated distance.
		if sprint >= 6 && sprint < 60 {
			return sprint, true
		}
		return 0, false
	}
	if dist > 0 {
		// Paces from faster than the world's best to a walk.
		if dist <= 400 && sprint >= dist*0.09 && sprint <= dist*0.3 {
			return sprint, true
		}
		if dist >= 800 && minutes >= dist*0.12 && minutes <= dist*0.9 {
			return minutes, true
		}
	}
	if a >= 12 && a < 200 && minutes > 0 {
		return minutes, true
	}
	return 0, false
}

// Fixed-width tables: columns aligned with runs of spaces under a header
// whose words name them, as club newsletters and timing firms print them
//
//	Pos  Bib  Name               Age  Cat    Club                Chip    Gun
//	1    212  Craig Fenton        31  MSEN   Horsforth Harriers  32:41   32:43
//	DNF  340  Tom Varley          36  MSEN   Bramley Striders    -       -
//
// A row's cells are the runs of text between gaps of two or more spaces;
// each goes to the header column it overlaps most, so that an empty cell
// (a runner with no club) leaves the columns after it in place.

// fixedGapRe is the gap between two cells of a fixed-width row.
var fixedGapRe = regexp.MustCompile(` {2,}|\t+`)

// fixedPieces splits a line at gaps of two or more spaces, giving each
// piece's start and end as rune columns and its text as a segment.
func fixedPieces(line string, start int) (segs []segment, cols [][2]int) {
	from := 0
	add := func(end int) {
		t := strings.TrimSpace(line[from:end])
		if t == "" {
			return
		}
		lead := strings.Index(line[from:end], t)
		b := from + lead
		c := utf8.RuneCountInString(line[:b])
		segs = append(segs, segment{text: t, start: start + b})
		cols = append(cols, [2]int{c, c + utf8.RuneCountInString(t)})
	}
	for _, g := range fixedGapRe.FindAllStringIndex(line, -1) {
		add(g[0])
		from = g[1]
	}
	add(len(line))
	return segs, cols
}

// fixedHeader reads a fixed-width table's header: at least three cells
// apart by wide gaps, read as tableHeader reads a header. at are the
// columns' starting rune columns.
func fixedHeader(line string, start int) (cols []colKind, at []int, ok bool) {
	segs, spans := fixedPieces(line, start)
	if len(segs) < 3 {
		return nil, nil, false
	}
	cols, ok = tableHeader(segs)
	if !ok {
		return nil, nil, false
	}
	for _, s := range spans {
		at = append(at, s[0])
	}
	return cols, at, true
}

// fixedCells splits a row of a fixed-width table into one cell per header
// column (empty where the row has nothing under a column). ok is false
// when the line does not split into at least two cells.
func fixedCells(line string, start int, at []int) ([]segment, bool) {
	segs, spans := fixedPieces(line, start)
	if len(segs) < 2 || len(at) == 0 {
		return nil, false
	}
	cells := make([]segment, len(at))
	for i := range cells {
		cells[i].start = -1
	}
	for i, sg := range segs {
		// The column the piece overlaps most; a column's span runs to the
		// next column's start.
		best, bestOver := -1, -1
		for k, a := range at {
			end := 1 << 30
			if k+1 < len(at) {
				end = at[k+1]
			}
			over := min(end, spans[i][1]) - max(a, spans[i][0])
			if over > bestOver {
				best, bestOver = k, over
			}
		}
		if bestOver <= 0 {
			// Wholly between columns: the nearest column to its left.
			best = 0
			for k, a := range at {
				if a <= spans[i][0] {
					best = k
				}
			}
		}
		for best < len(cells) && cells[best].start >= 0 {
			best++ // taken: the next column
		}
		if best >= len(cells) {
			return nil, false
		}
		cells[best] = sg
	}
	for i := range cells {
		if cells[i].start < 0 {
			cells[i] = segment{start: start}
		}
	}
	return cells, true
}

// categoryWinners reads a block of rows with no placings, each in an age
// category of its own ("Cat  Name  Time" / "MV50  Keith Roebuck  36:15"),
// as the categories' winners: each row is first in its category. It says
// whether it did.
func categoryWinners(rows []Row) bool {
	if len(rows) == 0 {
		return false
	}
	seen := map[string]bool{}
	for _, r := range rows {
		c := strings.ToUpper(r.Category)
		if r.Position != 0 || r.Out != "" || c == "" || seen[c] {
			return false
		}
		seen[c] = true
	}
	for i := range rows {
		r := &rows[i]
		r.Position = 1
		r.Race.Division = schema.Str("age-group")
		if r.Race.Sex == nil {
			r.Race.Sex = categorySex(r.Category)
		}
		r.Notes = append(r.Notes, r.Category)
	}
	return true
}

// categorySex is the sex an age category's code gives: "MV50", "M40" and
// "MSEN" are men's, "FV35", "W50" and "FSEN" women's; nil for "V50".
func categorySex(c string) *string {
	c = strings.ToUpper(c)
	if len(c) < 2 {
		return nil
	}
	rest := c[1:]
	if !(rest[0] == 'V' || rest[0] >= '0' && rest[0] <= '9' || strings.HasPrefix(rest, "SEN") || strings.HasPrefix(rest, "JUN") || rest[0] == 'U') {
		return nil
	}
	switch c[0] {
	case 'M':
		return schema.Str("M")
	case 'F', 'W', 'L':
		return schema.Str("F")
	}
	return nil
}
