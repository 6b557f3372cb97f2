package quantity

import (
	"math"
	"strconv"
	"strings"
)

// resolve settles what the scan could not decide alone: whether "a:b" is
// minutes:seconds or hours:minutes, and the scale of a temperature written
// as bare degrees.
func (s *scanner) resolve() {
	s.resolveClocks()
	s.resolveDots()
	s.resolveDegrees()
	s.localDollars()
}

// Speeds, in metres a second, that a person racing can hold: from a slow
// walk to faster than any runner over any distance.
const (
	minSpeed = 0.4
	maxSpeed = 12.0
)

// resolveClocks reads each "a:b" by the race distances it may be about
// (distancesFor): the distance or race word before it in its sentence
// ("the 3.1-mile race in 16:48"), else the one after it and the article's
// race (its first race word, else its first distance). "a:b" is
// minutes:seconds unless, for every such distance, that would be faster
// than anyone runs it while hours:minutes would not be: "breaking 2:06"
// in a marathon is 2 hours 6 minutes; "61:40" at halfway and "6:12" for a
// one-mile race are minutes; a split beside an h:mm:ss total is minutes.
// A reading as hours:minutes after "at" ("started at 9:30") is a time of
// day and is left out.
func (s *scanner) resolveClocks() {
	var marks []mark
	for i := range s.out {
		if s.out[i].clock != nil || s.out[i].dot {
			marks = s.distanceMarks()
			break
		}
	}
	// The article's race: its first race word, else its first distance.
	article := 0.0
	for _, m := range marks {
		if m.word {
			article = m.d
			break
		}
	}
	if article == 0 && len(marks) > 0 {
		article = marks[0].d
	}
	for i := range s.out {
		f := &s.out[i]
		if f.clock == nil {
			continue
		}
		ds := []float64{f.clock.d}
		if f.clock.d == 0 {
			ds = s.distancesFor(f.tok, marks, article)
		}
		ms := f.clock.a*60 + f.clock.b
		hm := f.clock.a*3600 + f.clock.b*60
		if longest := s.longestClock(f.tok); longest > 0 && hm > longest {
			// A split beside its total: "1:46:12 (17:42 / 56:10 / 31:20)".
			continue
		}
		// Hours only when no distance it may be about makes minutes
		// plausible, and one makes hours plausible.
		msOK, hmOK := false, false
		for _, d := range ds {
			msOK = msOK || plausible(d, ms)
			hmOK = hmOK || plausible(d, hm)
		}
		if !msOK && hmOK {
			if s.wordAt(f.tok-1) == "at" && f.qualifier == "" {
				f.kind = ""
				continue
			}
			f.norm, f.value = hm, hm
		}
	}
}

// resolveDots reads each time written with a dot ("31.47", "10.18") by
// the race distances it may be about: minutes.seconds for a race of 3 km
// or more when that pace is plausible, seconds for a sprint of 400 m or
// less when that is; anything else is no time and is dropped.
func (s *scanner) resolveDots() {
	var marks []mark
	article := 0.0
	for i := range s.out {
		f := &s.out[i]
		if !f.dot {
			continue
		}
		if marks == nil {
			marks = s.distanceMarks()
			for _, m := range marks {
				if m.word {
					article = m.d
					break
				}
			}
			if article == 0 && len(marks) > 0 {
				article = marks[0].d
			}
		}
		t := s.toks[f.tok].val
		a, b, _ := strings.Cut(t, ".")
		mins, _ := strconv.ParseFloat(a, 64)
		secs, _ := strconv.ParseFloat(b, 64)
		ms := mins*60 + secs
		f.dot = false
		read := false
		for _, d := range s.distancesFor(f.tok, marks, article) {
			switch {
			case d >= 3000 && len(b) == 2 && secs < 60 && plausible(d, ms):
				f.norm, f.value, read = ms, ms, true
			case d <= 400 && f.value >= 9 && f.value < 60 && d/f.value >= 5 && d/f.value <= 11:
				// a sprint's pace: 5 to 11 metres a second
				read = true
			}
			if read {
				break
			}
		}
		if !read {
			f.kind = ""
		}
	}
}

// longestClock returns the longest h:mm:ss reading in the sentence of
// token i, or 0.
func (s *scanner) longestClock(i int) float64 {
	longest := 0.0
	for _, o := range s.out {
		if o.kind == "duration" && o.clock == nil && s.sent[o.tok] == s.sent[i] && s.toks[o.tok].kind == tokClock && strings.Count(s.toks[o.tok].val, ":") == 2 {
			longest = math.Max(longest, o.norm)
		}
	}
	return longest
}

func plausible(d, secs float64) bool {
	v := d / secs
	return v >= minSpeed && v <= maxSpeed
}

// mark is a race distance named at a token: a distance quantity or a race
// word ("marathon").
type mark struct {
	tok  int
	d    float64
	word bool // a race word, not a distance quantity
}

// distanceMarks lists the race distances named in the text, in order.
func (s *scanner) distanceMarks() []mark {
	var marks []mark
	q := 0
	for i, t := range s.toks {
		for q < len(s.out) && s.out[q].tok < i {
			if o := s.out[q]; o.kind == "distance" && o.norm >= 100 {
				marks = append(marks, mark{o.tok, o.norm, false})
			}
			q++
		}
		if t.kind != tokWord {
			continue
		}
		w := lower(t)
		d, ok := raceDistances[w]
		if !ok {
			continue
		}
		if w == "mile" {
			// "the mile", "a mile race", "the Kids' Mile"; not "3.1-mile"
			// (already a mark) nor "every mile".
			if p := s.wordAt(i - 1); (p != "the" && p != "a" && !(t.val == "Mile" && i > 0 && s.toks[i-1].kind != tokNumber)) || s.inQuantity(t) {
				continue
			}
		}
		if p := s.wordAt(i - 1); p == "half" || (p == "" && s.symAt(i-1, "-") && s.wordAt(i-2) == "half") {
			d = d / 2
		}
		marks = append(marks, mark{i, d, true})
	}
	for ; q < len(s.out); q++ {
		if o := s.out[q]; o.kind == "distance" && o.norm >= 100 {
			marks = append(marks, mark{o.tok, o.norm, false})
		}
	}
	return marks
}

// inQuantity says whether a token lies inside a quantity found.
func (s *scanner) inQuantity(t token) bool {
	for _, o := range s.out {
		if o.kind != "" && o.start <= t.start && t.end <= o.end {
			return true
		}
	}
	return false
}

// distancesFor returns the race distances a clock reading at token i may
// be about: the nearest distance or race word before it in its sentence;
// failing that, the nearest after it ("in 17:42 ... after the 1.5km
// swim") and the article's race, halved when the sentence says
// "halfway".
func (s *scanner) distancesFor(i int, marks []mark, article float64) []float64 {
	sent := s.sent[i]
	before, after := -1, -1
	for k, m := range marks {
		if s.sent[m.tok] != sent {
			continue
		}
		if m.tok < i {
			before = k
		} else if after < 0 {
			after = k
		}
	}
	if before >= 0 {
		return []float64{marks[before].d}
	}
	var ds []float64
	if after >= 0 {
		ds = append(ds, marks[after].d)
	} else {
		// "Nearly 300 children ran the Kids' Mile. X was first in
		// 6:41.": the race the sentence before named last.
		for k := len(marks) - 1; k >= 0; k-- {
			if st := s.sent[marks[k].tok]; st == sent-1 && marks[k].tok < i {
				ds = append(ds, marks[k].d)
				break
			} else if st < sent-1 {
				break
			}
		}
	}
	d := article
	for k := i; k >= 0 && s.sent[k] == sent; k-- {
		if w := s.wordAt(k); w == "halfway" || w == "half-way" {
			d = article / 2
		}
	}
	if d > 0 {
		ds = append(ds, d)
	}
	return ds
}

// resolveDegrees gives bare degrees ("106 degrees", "33 degrees") a
// scale: Fahrenheit above 50, which no race-day or body temperature
// reaches in Celsius; else the one scale the article writes out, if it
// writes only one; else none.
func (s *scanner) resolveDegrees() {
	scale := ""
	for _, f := range s.out {
		if f.kind != "temperature" || f.unit == "" {
			continue
		}
		if scale != "" && scale != f.unit {
			scale = "mixed"
			break
		}
		scale = f.unit
	}
	for i := range s.out {
		f := &s.out[i]
		if f.kind != "temperature" || f.unit != "" {
			continue
		}
		switch {
		case f.value > 50:
			f.unit, f.normUnit = "F", "F"
		case scale == "C" || scale == "F":
			f.unit, f.normUnit = scale, scale
		}
	}
}
