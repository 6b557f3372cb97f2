package quantity

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// The scanner walks the tokens left to right. At each token it tries a
// qualifier ("over", "more than") and then one quantity: money with its
// currency before the number, a clock reading, an age after "aged", or a
// number followed by what it counts or measures. A quantity found is
// consumed whole, so its parts are never read again.

type scanner struct {
	text string
	toks []token
	sent []int // sentence number of each token
	out  []found
	buf  []byte // scratch for phrase
}

func newScanner(text string) *scanner {
	s := &scanner{}
	s.reset(text)
	return s
}

// scanners keeps scanners for reuse, so that their token buffers are not
// allocated anew for each article.
var scanners = sync.Pool{New: func() any { return &scanner{} }}

// reset readies s for text.
func (s *scanner) reset(text string) {
	s.text = text
	s.toks = lexInto(text, s.toks)
	if cap(s.sent) >= len(s.toks) {
		s.sent = s.sent[:len(s.toks)]
	} else {
		s.sent = make([]int, len(s.toks))
	}
	s.out = s.out[:0]
	n := 0
	for i, t := range s.toks {
		if i > 0 && (t.nl || (t.space && isSentenceEnd(s.toks[i-1]))) {
			n++
		}
		s.sent[i] = n
	}
}

func isSentenceEnd(t token) bool {
	return t.kind == tokSymbol && (t.val == "." || t.val == "!" || t.val == "?")
}

// skip marks tokens consumed without a quantity (a time of day, a speed).
var skip = found{}

func (s *scanner) scan() {
	for i := 0; i < len(s.toks); {
		if !mayStart(s.toks[i]) {
			i++
			continue
		}
		f, j, ok := s.at(i)
		if !ok {
			i++
			continue
		}
		if f.kind != "" {
			s.out = append(s.out, f)
		}
		i = j
	}
}

// mayStart says whether a quantity can start at a token: a number, a
// clock reading, or a word or symbol some rule starts with. Most tokens
// fail this one look-up and cost nothing more.
func mayStart(t token) bool {
	switch t.kind {
	case tokNumber, tokClock:
		return true
	case tokWord:
		return starters[t.low] || categoryLetters[t.val]
	}
	return starters[t.val]
}

// at reads a quantity, with its qualifier, starting at token i. It returns
// the index after it; ok false when nothing starts there.
func (s *scanner) at(i int) (found, int, bool) {
	if f, j, ok := s.categoryAge(i); ok {
		return f, j, true
	}
	if q, j := s.qualifier(i); q != "" {
		if f, k, ok := s.core(j, true); ok && f.kind != "" {
			f.qualifier = q
			f.start = s.toks[i].start
			return f, k, true
		}
	}
	return s.core(i, false)
}

// qualifier reads a qualifier at i and returns it and the token after it.
func (s *scanner) qualifier(i int) (string, int) {
	if !qualifierStarts[s.wordAt(i)] {
		return "", i
	}
	for n := maxQualifierWords; n >= 1; n-- {
		if i+n > len(s.toks) {
			continue
		}
		words, ok := s.phrase(i, n)
		if !ok {
			continue
		}
		if q, ok := qualifiers[string(words)]; ok {
			j := i + n
			if string(words) == "sub" {
				// "sub-2:10" only.
				if j >= len(s.toks) || s.toks[j].val != "-" || s.toks[j].space {
					continue
				}
				j++
			}
			return q, j
		}
	}
	return "", i
}

// phrase writes n word tokens from i, in lower case and joined by single
// spaces, into the scanner's buffer and returns it, or says they are not
// all words. Look it up as m[string(b)], which does not allocate.
func (s *scanner) phrase(i, n int) ([]byte, bool) {
	if i < 0 || i+n > len(s.toks) {
		return nil, false
	}
	s.buf = s.buf[:0]
	for k := i; k < i+n; k++ {
		if s.toks[k].kind != tokWord {
			return nil, false
		}
		if k > i {
			s.buf = append(s.buf, ' ')
		}
		s.buf = append(s.buf, s.toks[k].low...)
	}
	return s.buf, true
}

// wordAt returns the lower-cased word at i, or "".
func (s *scanner) wordAt(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokWord {
		return ""
	}
	return lower(s.toks[i])
}

// symAt says whether token i is the symbol sym.
func (s *scanner) symAt(i int, sym string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokSymbol && s.toks[i].val == sym
}

// isNumber says whether token i is a number.
func (s *scanner) isNumber(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tokNumber
}

// symbolAt returns the symbol at i, or "".
func (s *scanner) symbolAt(i int) string {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tokSymbol {
		return ""
	}
	return s.toks[i].val
}

// glued says whether token i exists and touches the token before it.
func (s *scanner) glued(i int) bool { return i > 0 && i < len(s.toks) && !s.toks[i].space }

// core reads a quantity without its qualifier at i. afterQual says a
// qualifier came before, so a number glued to it ("sub-2:10") is fine.
func (s *scanner) core(i int, afterQual bool) (found, int, bool) {
	t := s.toks[i]
	if c, j, ok := s.currencyBefore(i); ok {
		if f, k, ok := s.moneyAfterSymbol(i, j, c); ok {
			return f, k, true
		}
	}
	if t.kind == tokClock {
		return s.clockAt(i)
	}
	if t.kind == tokWord {
		if f, k, ok := s.ageLead(i); ok {
			return f, k, true
		}
		if f, k, ok := s.decadeAge(i); ok {
			return f, k, true
		}
		if f, k, ok := s.marker(i); ok {
			return f, k, true
		}
		if lower(t) == "minus" || lower(t) == "negative" {
			if n, ok := s.number(i + 1); ok && !n.article {
				n.val = -n.val
				n.start = i
				if f, k, ok := s.temperature(n); ok {
					return f, k, true
				}
			}
			return skip, 0, false
		}
	}
	if (t.val == "-" || t.val == "\u2212") && t.kind == tokSymbol && t.space && i+1 < len(s.toks) && s.toks[i+1].space {
		// "- 20 degrees fahrenheit": a minus sign set apart.
		if n, ok := s.number(i + 1); ok && !n.words {
			n.val, n.start = -n.val, i
			if f, k, ok := s.temperature(n); ok {
				return f, k, true
			}
		}
		return skip, 0, false
	}
	n, ok := s.number(i)
	if !ok {
		return skip, 0, false
	}
	if !afterQual && s.codeLike(i) {
		return skip, n.end, true
	}
	return s.afterNumber(n)
}

// marker reads a distance marker: "mile 38", "km 30".
func (s *scanner) marker(i int) (found, int, bool) {
	d, ok := s.unitAt(i, "distance", false)
	if !ok || !markerWords[lower(s.toks[i])] || i+1 >= len(s.toks) || !s.toks[i+1].space {
		return skip, 0, false
	}
	n, ok := s.number(i + 1)
	if !ok || n.words || !n.integer || n.comma {
		return skip, 0, false
	}
	if f, _, ok := s.afterNumber(n); ok && f.kind != "" {
		return skip, 0, false
	}
	f := s.newFound("distance", i, n.end)
	f.value, f.unit = n.val, d.unit
	f.norm, f.normUnit = n.val*d.factor, "m"
	return f, n.end, true
}

// codeLike says whether the number at i is part of a code or label: glued
// to letters ("V50", "M50", "SCP173"), or to a hyphen after a word
// ("over-70", "under-17", "F-16").
func (s *scanner) codeLike(i int) bool {
	if !s.glued(i) {
		return false
	}
	p := s.toks[i-1]
	if p.kind == tokWord || p.kind == tokNumber || p.kind == tokClock {
		return true
	}
	if p.kind == tokSymbol && (p.val == "-" || p.val == "/") && s.glued(i-1) {
		q := s.toks[i-2]
		return q.kind == tokWord || q.kind == tokNumber
	}
	return false
}

// num is a number read from the tokens.
type num struct {
	val        float64
	start, end int  // token indexes [start, end)
	words      bool // written in words ("twenty-five")
	article    bool // "a" or "an" standing for one ("an hour")
	integer    bool // digits without a decimal point or fraction
	comma      bool // digits with thousands commas
}

// number reads a number at i: digits ("37,500", "26.2", "10 1/2",
// "1.5 million") or words ("two", "twenty-five", "five hundred", "half a",
// "one and a half", "a dozen").
func (s *scanner) number(i int) (num, bool) {
	if i >= len(s.toks) {
		return num{}, false
	}
	t := s.toks[i]
	switch t.kind {
	case tokNumber:
		v, err := strconv.ParseFloat(strings.ReplaceAll(strings.Replace(t.val, "\u2212", "-", 1), ",", ""), 64)
		if err != nil {
			return num{}, false
		}
		n := num{val: v, start: i, end: i + 1, integer: !strings.Contains(t.val, "."), comma: strings.Contains(t.val, ",")}
		if f, ok := fractionSigns[s.symbolAt(i+1)]; ok && s.glued(i+1) && n.integer {
			// "1½"
			n.val, n.end, n.integer = n.val+f, i+2, false
		}
		// A fraction, "1/4", or a whole number and a fraction, "10 1/2".
		if a, b, k, ok := s.fraction(i); ok {
			n.val, n.end, n.integer = a/b, k, false
		} else if a, b, k, ok := s.fraction(i + 1); ok && n.integer && !s.glued(i+1) {
			n.val, n.end, n.integer = n.val+a/b, k, false
		}
		if sc, ok := scaleWords[s.wordAt(n.end)]; ok && s.toks[n.end].space && sc != 12 {
			n.val *= sc
			n.end++
		}
		return n, true
	case tokWord:
		return s.wordNumber(i)
	case tokSymbol:
		if f, ok := fractionSigns[t.val]; ok {
			return num{val: f, start: i, end: i + 1}, true
		}
	}
	return num{}, false
}

// fraction reads "a/b" at i.
func (s *scanner) fraction(i int) (a, b float64, end int, ok bool) {
	if i+2 >= len(s.toks) || s.toks[i].kind != tokNumber || !s.symAt(i+1, "/") || !s.glued(i+1) ||
		s.toks[i+2].kind != tokNumber || !s.glued(i+2) {
		return 0, 0, 0, false
	}
	a, err1 := strconv.ParseFloat(s.toks[i].val, 64)
	b, err2 := strconv.ParseFloat(s.toks[i+2].val, 64)
	if err1 != nil || err2 != nil || b == 0 || b > 16 || a >= b {
		return 0, 0, 0, false
	}
	return a, b, i + 3, true
}

// wordNumber reads a number written in words.
func (s *scanner) wordNumber(i int) (num, bool) {
	const (
		none = iota
		ones
		tens
		hundreds
		scales
	)
	n := num{start: i, end: i, words: true}
	total, cur := 0.0, 0.0
	last := none
	article := false
	k := i
	w := s.wordAt(k)
	switch {
	case w == "a" || w == "an":
		next := s.wordAt(k + 1)
		if _, ok := scaleWords[next]; ok {
			cur, article, k = 1, true, k+1
			break
		}
		if f, ok := fractionWords[next]; ok && next != "quarters" {
			// "a half hour", "a quarter of a mile", "a quarter million"
			n.val, n.end = f, k+2
			if s.wordAt(n.end) == "of" && (s.wordAt(n.end+1) == "a" || s.wordAt(n.end+1) == "an") {
				n.end += 2
			}
			if sc, ok := scaleWords[s.wordAt(n.end)]; ok {
				n.val *= sc
				n.end++
			}
			n.integer = n.val == math.Trunc(n.val)
			return n, true
		}
		n.val, n.end, n.article = 1, k+1, true
		return n, true
	case fractionWords[w] != 0 && w != "quarters":
		// "half a mile", "half an hour", "half-mile", "half million"
		n.val, n.end = fractionWords[w], k+1
		if a := s.wordAt(n.end); (a == "a" || a == "an") && s.wordAt(n.end+1) != "" {
			n.end++ // "half a mile", "half a million"
		}
		if sc, ok := scaleWords[s.wordAt(n.end)]; ok {
			n.val *= sc
			n.end++
		}
		n.integer = n.val == math.Trunc(n.val)
		return n, true
	}
	for k < len(s.toks) {
		w := s.wordAt(k)
		if w == "" {
			// "twenty-five": a hyphen between tens and ones.
			if last == tens && s.symAt(k, "-") && s.glued(k) && s.glued(k+1) {
				if v, ok := numberWords[s.wordAt(k+1)]; ok && v < 10 && v > 0 {
					k++
					continue
				}
			}
			break
		}
		if v, ok := numberWords[w]; ok {
			if v < 20 {
				if last == ones || (last == tens && v >= 10) {
					break
				}
				cur += v
				last = ones
			} else {
				if last == ones || last == tens {
					break
				}
				cur += v
				last = tens
			}
			k++
			continue
		}
		if sc, ok := scaleWords[w]; ok {
			if last == none && !article {
				break
			}
			if cur == 0 {
				cur = 1
			}
			switch {
			case sc == 100:
				cur *= 100
				last = hundreds
			case sc == 12:
				cur *= 12
				last = scales
			default:
				total += cur * sc
				cur = 0
				last = scales
			}
			article = false
			k++
			continue
		}
		if w == "and" && last != none {
			next := s.wordAt(k + 1)
			if (next == "a" && s.wordAt(k+2) == "half") || next == "half" {
				// "one and a half", "two and half"
				cur += 0.5
				if next == "a" {
					k++
				}
				k += 2
				break
			}
			if v, ok := numberWords[next]; ok && (last == hundreds || last == scales) && v > 0 {
				k++
				continue
			}
			break
		}
		if w == "quarters" && last == ones {
			cur *= 0.25
			k++
			if sc, ok := scaleWords[s.wordAt(k)]; ok {
				total += cur * sc
				cur = 0
				k++
			}
			break
		}
		break
	}
	if k == i || (last == none) {
		return num{}, false
	}
	n.val = total + cur
	n.end = k
	n.integer = n.val == math.Trunc(n.val)
	return n, true
}

// afterNumber reads what follows a number: a time of day (left out),
// a currency, a unit, an age, a counted noun; or, for a bare number, an
// age in apposition ("Reid, 38, a joiner") or an elliptical head count.
func (s *scanner) afterNumber(n num) (found, int, bool) {
	j := n.end
	if j < len(s.toks) && s.toks[j].kind == tokWord && timeOfDay[lower(s.toks[j])] {
		return skip, j + 1, true
	}
	if f, k, ok := s.primeTime(n); ok {
		return f, k, ok
	}
	if f, k, ok := s.moneyAfterNumber(n); ok {
		return f, k, ok
	}
	if f, k, ok := s.age(n); ok {
		return f, k, ok
	}
	if f, k, ok := s.measure(n); ok {
		return f, k, ok
	}
	if f, k, ok := s.count(n); ok {
		return f, k, ok
	}
	if f, ok := s.appositiveAge(n); ok {
		return f, n.end, true
	}
	if f, ok := s.atAge(n); ok {
		return f, n.end, true
	}
	if f, ok := s.elliptical(n); ok {
		return f, n.end, true
	}
	if f, ok := s.dotTime(n); ok {
		return f, n.end, true
	}
	return skip, n.end, true
}

// dotTime reads a time written with a dot and no unit, "won in 31.47",
// "clocked 10.18", or ending a results row "1 J Smith (Club) 31.47". It is
// kept for resolve to read as minutes.seconds or seconds by the race
// distance, or to drop.
func (s *scanner) dotTime(n num) (found, bool) {
	t := s.toks[n.start]
	if n.words || n.integer || n.comma || n.end != n.start+1 || t.kind != tokNumber || n.val <= 0 || n.val >= 200 {
		return skip, false
	}
	_, frac, _ := strings.Cut(t.val, ".")
	if len(frac) < 1 || len(frac) > 2 || s.gluedAlnum(n.end) || (n.end < len(s.toks) && s.glued(n.end) && !s.symAt(n.end, ".") && !s.symAt(n.end, ",")) {
		return skip, false
	}
	if s.glued(n.start) {
		return skip, false
	}
	lead := dotTimeLeads[s.wordAt(n.start-1)] || (s.wordAt(n.start-1) == "of" && s.wordAt(n.start-2) == "time")
	if !lead && !s.resultsRowEnd(n.start) {
		return skip, false
	}
	f := s.newFound("duration", n.start, n.end)
	f.value, f.norm, f.unit, f.normUnit = n.val, n.val, "s", "s"
	f.dot = true
	return f, true
}

// resultsRowEnd says whether the number at i ends a results row: the
// line opens with a placing and names someone, and the number ends it.
func (s *scanner) resultsRowEnd(i int) bool {
	if i+1 < len(s.toks) && !s.toks[i+1].nl {
		return false
	}
	k := i
	for k > 0 && !s.toks[k].nl {
		k--
	}
	if k >= i-1 || s.toks[k].kind != tokNumber || !strings.ContainsAny(s.toks[k].val, "0123456789") || strings.Contains(s.toks[k].val, ".") && len(s.toks[k].val) > 3 {
		return false
	}
	for m := k + 1; m < i; m++ {
		if s.toks[m].kind == tokWord {
			return true
		}
	}
	return false
}

// newFound starts a quantity over tokens [i, j).
func (s *scanner) newFound(kind string, i, j int) found {
	return found{kind: kind, start: s.toks[i].start, core: s.toks[i].start, end: s.toks[j-1].end, tok: i}
}

// ---- money

// currencyBefore reads a currency written before its number ("£",
// "NZ$", "c $", "Ksh", "USD") and returns it and the token after it.
func (s *scanner) currencyBefore(i int) (currencyDef, int, bool) {
	if !currencyStarts[s.toks[i].low] {
		return currencyDef{}, 0, false
	}
	var best currencyDef
	bestEnd := -1
	b := s.buf[:0]
	for k := i; k < len(s.toks) && k < i+4; k++ {
		t := s.toks[k]
		if k > i && t.space && !(t.val == "$" && t.kind == tokSymbol) {
			break
		}
		if t.kind == tokNumber || t.kind == tokClock {
			break
		}
		if k > i && t.space {
			// "c $ 16.4 million", "us $ 150": letters spaced from "$",
			// but never the article in "a $5 fee".
			switch string(b) {
			case "a", "s", "r":
				return currencyDef{}, 0, false
			}
		}
		b = append(b, t.low...)
		if c, ok := currencies[string(b)]; ok && c.before {
			if c.cased && (k > i || t.val != c.form) {
				continue
			}
			if c.glued && !s.glued(k+1) {
				continue
			}
			best, bestEnd = c, k+1
		}
	}
	if bestEnd < 0 {
		return currencyDef{}, 0, false
	}
	return best, bestEnd, true
}

// moneyAfterSymbol reads the amount after a currency that came before it:
// "£16,000", "$ 75 million", "£3.4m", "NZ$8,500", "Ksh 250,000".
func (s *scanner) moneyAfterSymbol(i, j int, c currencyDef) (found, int, bool) {
	if j >= len(s.toks) {
		return skip, 0, false
	}
	// A word currency ("dollar 22.5 million", "USD 200") must be a word of
	// its own, and a symbol must not be glued to a word before it.
	if s.codeLike(i) && s.toks[i].kind != tokSymbol {
		return skip, 0, false
	}
	n, ok := s.number(j)
	if !ok || (n.words && s.toks[j].kind != tokWord) {
		return skip, 0, false
	}
	if n.article {
		return skip, 0, false
	}
	// "R50 000", "€1 200 000": thousands set off by spaces after a
	// currency.
	for n.integer && !n.comma && !n.words && n.val < 1000 && n.end < len(s.toks) && s.toks[n.end].kind == tokNumber &&
		len(s.toks[n.end].val) == 3 && strings.Trim(s.toks[n.end].val, "0123456789") == "" && !s.glued(n.end) &&
		s.toks[n.end].start == s.toks[n.end-1].end+1 {
		g, _ := strconv.ParseFloat(s.toks[n.end].val, 64)
		n.val = n.val*1000 + g
		n.end++
		for n.end < len(s.toks) && s.toks[n.end].kind == tokNumber && len(s.toks[n.end].val) == 3 &&
			strings.Trim(s.toks[n.end].val, "0123456789") == "" && s.toks[n.end].start == s.toks[n.end-1].end+1 {
			g, _ := strconv.ParseFloat(s.toks[n.end].val, 64)
			n.val = n.val*1000 + g
			n.end++
		}
		n.comma = true
	}
	end := n.end
	v := n.val
	if end < len(s.toks) && s.toks[end].kind == tokWord {
		w := lower(s.toks[end])
		if m, ok := moneyScales[w]; ok && (!s.toks[end].space || len(w) > 1) && !s.gluedAlnum(end+1) {
			v *= m
			end++
		}
	}
	if s.gluedAlnum(end) {
		return skip, 0, false
	}
	if c.big && !n.comma && v == n.val && n.end == j+1 {
		return skip, 0, false // "R44" is a road, "R250,000" money
	}
	f := s.newFound("money", i, end)
	f.value, f.unit = v*c.factor, c.code
	f.norm, f.normUnit = f.value, c.code
	return f, end, true
}

// gluedAlnum says whether token i is a word or number glued to the one
// before it.
func (s *scanner) gluedAlnum(i int) bool {
	return s.glued(i) && (s.toks[i].kind == tokWord || s.toks[i].kind == tokNumber)
}

// currencyAfter reads a currency written after a number at j ("euros",
// "Swiss francs", "USD", "p", "-dollar"), and returns it and the token
// after it.
func (s *scanner) currencyAfter(j int) (currencyDef, int, bool) {
	if j >= len(s.toks) {
		return currencyDef{}, 0, false
	}
	hyphen := false
	if s.symAt(j, "-") && s.glued(j) && s.glued(j+1) {
		hyphen = true
		j++
	}
	best, bestEnd := currencyDef{}, -1
	b := s.buf[:0]
	for k := j; k < len(s.toks) && k < j+3; k++ {
		t := s.toks[k]
		if k > j {
			if t.kind != tokWord || s.toks[k-1].kind != tokWord {
				break
			}
			b = append(b, ' ')
		}
		b = append(b, t.low...)
		if c, ok := currencies[string(b)]; ok && c.after {
			best, bestEnd = c, k+1
		}
	}
	if bestEnd < 0 || s.gluedAlnum(bestEnd) {
		return currencyDef{}, 0, false
	}
	form := strings.ToLower(s.toks[j].val)
	if hyphen && (form == "pound" || form == "pounds") {
		// "a 300-pound donation of food" is a weight.
		return currencyDef{}, 0, false
	}
	if form == "p" && !s.glued(j) {
		return currencyDef{}, 0, false
	}
	if form == "pound" || form == "pounds" {
		if s.wordAt(bestEnd) == "of" || s.sentenceHas(j, weightContext) {
			return currencyDef{}, 0, false
		}
	}
	return best, bestEnd, true
}

// moneyAfterNumber reads "40,000 euros", "3 million euros", "five hundred
// pounds", "50,000-dollar", "115USD", "75 USD million".
func (s *scanner) moneyAfterNumber(n num) (found, int, bool) {
	j := n.end
	v := n.val
	if j < len(s.toks) && s.toks[j].kind == tokWord {
		if m, ok := moneyScales[lower(s.toks[j])]; ok && !s.toks[j].space {
			if _, k, ok := s.currencyAfter(j + 1); ok && k > 0 {
				v *= m
				j++
			}
		}
	}
	c, k, ok := s.currencyAfter(j)
	if !ok || n.article {
		return skip, 0, false
	}
	if sc, ok := scaleWords[s.wordAt(k)]; ok && sc >= 1e6 {
		v *= sc
		k++
	}
	v *= c.factor
	// "3 dollars 50 cents", "thirteen dollars and forty-five cents"
	if c.factor == 1 {
		m := k
		if s.wordAt(m) == "and" {
			m++
		}
		if sub, ok := s.number(m); ok && !sub.article && sub.val < 100 {
			if c2, k2, ok := s.currencyAfter(sub.end); ok && c2.code == c.code && c2.factor == 0.01 {
				v += sub.val * 0.01
				k = k2
			}
		}
	}
	f := s.newFound("money", n.start, k)
	f.value, f.unit = v, c.code
	f.norm, f.normUnit = f.value, c.code
	return f, k, true
}

// ---- ages

// age reads "24-year-old", "Sixteen-year-old", "29 years old", "ninety
// five years of age", "87 yo". Ages in months, weeks or days are read and
// left out: the record gives people's ages in years.
func (s *scanner) age(n num) (found, int, bool) {
	j := n.end
	if s.symAt(j, "-") {
		j++
	}
	w := s.wordAt(j)
	end := -1
	years := true
	switch w {
	case "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day":
		years = strings.HasPrefix(w, "y")
		k := j + 1
		if s.symAt(k, "-") {
			k++
		}
		switch {
		case s.wordAt(k) == "old" || s.wordAt(k) == "old's" || s.wordAt(k) == "old’s" || s.wordAt(k) == "young":
			end = k + 1
		case s.wordAt(k) == "of" && s.wordAt(k+1) == "age":
			end = k + 2
		}
	case "yo", "y.o.":
		end = j + 1
	case "th", "st", "nd", "rd":
		// "his 60th birthday"
		if s.glued(j) && n.integer && !n.words && s.wordAt(j+1) == "birthday" {
			end = j + 2
		}
	}
	if end < 0 || n.val <= 0 || n.val > 130 {
		return skip, 0, false
	}
	if !years {
		return skip, end, true
	}
	f := s.newFound("age", n.start, end)
	f.value, f.unit, f.norm, f.normUnit = n.val, "year", n.val, "year"
	return f, end, true
}

// ageLead reads "aged 58", "age 87", "turned 40".
func (s *scanner) ageLead(i int) (found, int, bool) {
	lead, at := "", i
	for n := 2; n >= 1 && lead == ""; n-- {
		if w, ok := s.phrase(i, n); ok {
			if _, ok := ageLeads[string(w)]; ok {
				lead, at = string(w), i+n
			}
		}
	}
	if lead == "" {
		return skip, 0, false
	}
	inText := ageLeads[lead]
	if lead == "age" && s.wordAt(at) == "of" {
		at++ // "at the age of 58"
	}
	if lead == "age" && s.symAt(at, ":") {
		at++ // "Age: 34" in a profile
		inText = false
	}
	if ageAdverbs[s.wordAt(at)] && s.isNumber(at+1) {
		at++ // "she is now 70", "who is still 19"
	}
	n, ok := s.number(at)
	if !ok || !n.integer || n.val < 1 || n.val > 120 || n.article || n.comma || s.gluedAlnum(n.end) {
		return skip, 0, false // "she's 3rd"
	}
	// A unit or noun after the number makes it something else ("turned
	// 40 metres", "I'm 100 per cent"); "aged 50 years" is still an age.
	if f, k, ok := s.afterNumber(n); ok && (f.kind != "" || k > n.end) {
		return f, k, true
	}
	if !inText && n.val < 10 {
		return skip, 0, false // "he's 5 behind"
	}
	if w := s.wordAt(n.end); (w == "to" || w == "and" || w == "or" || s.symAt(n.end, "-") || s.symAt(n.end, "–")) && s.isNumber(n.end+1) {
		return skip, n.end, true // an age range: "aged 18 to 35", "aged 18-35"
	}
	start := i
	if !inText {
		start = at
	}
	f := s.newFound("age", start, n.end)
	f.tok = at
	f.value, f.unit, f.norm, f.normUnit = n.val, "year", n.val, "year"
	return f, n.end, true
}

// appositiveAge reads an age set off after a name: "Sophie Raworth, 43,",
// "said Marchant-Lowe, 31.", "Harvey (27)".
func (s *scanner) appositiveAge(n num) (found, bool) {
	i := n.start
	// An age in words ("At seventy-three, Jean Hall", "Bill Roe, seventy,")
	// may be several tokens; it must be twelve or more, as "one" or "two"
	// set off by commas seldom is an age.
	if n.words && (n.val < 12 || n.val > 110 || !n.integer) || !n.words && (!n.integer || n.comma || n.end != i+1 || n.val < 1 || n.val > 110) {
		return skip, false
	}
	name := func(k int) bool {
		if k < 0 || s.toks[k].kind != tokWord {
			return false
		}
		r, _ := utf8.DecodeRuneInString(s.toks[k].val)
		return unicode.IsUpper(r) && !monthsAndDays[lower(s.toks[k])]
	}
	j := n.end // the token after the number
	next := token{}
	if j < len(s.toks) {
		next = s.toks[j]
	}
	if w := s.wordAt(i - 1); ageAdverbs[w] && s.symAt(i-2, ",") {
		i-- // "Joseph Nderitu, now 58, ran", "the teenager, just 17,"
	}
	endsAppositive := func() bool {
		switch {
		case next.kind == 0:
		case next.kind == tokSymbol && (next.val == "," || next.val == ";" || next.val == ")" || next.val == ":"):
			if next.val == "," && j+1 < len(s.toks) && s.toks[j+1].kind == tokNumber {
				return false // a list of numbers
			}
		case next.kind == tokSymbol && next.val == "." && (j+1 >= len(s.toks) || s.toks[j+1].space):
		default:
			return false
		}
		return true
	}
	startsSent := func(k int) bool { return k == 0 || s.sent[k-1] != s.sent[k] }
	switch {
	case s.wordAt(i-1) == "at" && s.symAt(j, ",") && s.wordAt(j+1) == "the" && superlativeAges[s.wordAt(j+2)] && n.val >= 5:
		// "At 67, the oldest in the field"
	case s.wordAt(i-1) == "at" && s.wordAt(j) == "the" && superlativeAges[s.wordAt(j+1)] && n.val >= 5:
		// "Gwen Tait, at 68 the oldest woman to break two hours"
	case s.wordAt(i-1) == "at" && (s.wordAt(j) == "was" || s.wordAt(j) == "is") && s.wordAt(j+1) == "the" &&
		superlativeAges[s.wordAt(j+2)] && n.val >= 5:
		// "Maisie, who at 12 was the youngest member"
	case s.wordAt(i-1) == "at" && startsSent(i-1) && s.symAt(j, ",") && name(j+1) && n.val >= 5:
		// "At 19, Ella Barrett won the women's race"
	case (s.wordAt(i-1) == "is" || s.wordAt(i-1) == "was") && n.val >= 5 && (endsAppositive() || s.wordAt(j) == "and" || s.wordAt(j) == "but") &&
		(name(i-2) || ageNouns[s.wordAt(i-2)] && s.wordAt(i-3) == "the"):
		// "Ellery is 74 and ...", "The winner was 26, but ..."
	case s.symAt(i-1, ",") && s.glued(i-1) && ageNouns[s.wordAt(i-2)] && i != n.start && endsAppositive():
		// "the teenager, just 17," (an adverb is needed after a noun)
	case s.symAt(i-1, ",") && s.glued(i-1) && ageNouns[s.wordAt(i-2)] && endsAppositive() && s.theBefore(i-2) && n.val >= 10:
		// "The Lochaber Harriers athlete, 38, led from the start"
	case s.symAt(i-1, ",") && s.glued(i-1) && name(i-2):
		// "Ann Ode, 31 and a mother of two,"
		andA := s.wordAt(j) == "and" && (s.wordAt(j+1) == "a" || s.wordAt(j+1) == "an") && n.val >= 5
		if !endsAppositive() && !andA {
			return skip, false
		}
	case s.wordAt(i-2) == "a" && s.symAt(i-3, ",") && name(i-4) && s.toks[i-1].kind == tokWord && lowerWord(s.toks[i-1]) && endsAppositive() && n.val >= 10 &&
		units[s.wordAt(i-1)] == nil:
		// "Bill Hart, a sprightly 82, was the oldest finisher"
	case s.symAt(i-1, "(") && name(i-2) && s.symAt(j, ")") && n.val >= 10 && !s.sentenceHas(i, scoreWords) && !s.prevSentenceHas(i, scoreWords):
		// "Harvey (27)"; "(2)" after a name is more often a placing, and
		// "ahead of Nebraska (52)" in a sentence of points a team score.
	default:
		return skip, false
	}
	f := s.newFound("age", n.start, n.end)
	f.value, f.unit, f.norm, f.normUnit = n.val, "year", n.val, "year"
	return f, true
}

// ordinalEnds reports whether an ordinal in figures ends at token k:
// "245th" (a number with its suffix glued on).
func (s *scanner) ordinalEnds(k int) bool {
	if k < 1 || !s.glued(k) || s.toks[k-1].kind != tokNumber {
		return false
	}
	switch s.wordAt(k) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// categoryLetters open an age category written with its age: "M55",
// "W60", "V40", "F45", "MV50".
var categoryLetters = map[string]bool{"M": true, "W": true, "V": true, "F": true, "MV": true, "FV": true, "WV": true}

// categoryNouns after an age category show it is one: "the M55 title",
// "first V40", "the W60 800m".
var categoryNouns = map[string]bool{"title": true, "titles": true, "category": true, "categories": true, "winner": true,
	"winners": true, "champion": true, "champions": true, "race": true, "races": true, "prize": true, "prizes": true,
	"record": true, "records": true, "age": true, "class": true, "section": true, "gold": true, "silver": true,
	"bronze": true, "medal": true, "best": true, "award": true, "team": true, "runner": true, "runners": true,
	"event": true, "final": true, "honours": true, "crown": true, "podium": true}

// categoryAge reads an age category: "M55", "(V40)", "the W60 title",
// "over-60s", "under-17". Its value is the category's age, "over" (or
// "under") it; a motorway ("the M60") or a car ("Volvo V40") is none, so
// a letter form needs brackets, a category word or a distance after it,
// or an ordinal before it.
func (s *scanner) categoryAge(i int) (found, int, bool) {
	t := s.toks[i]
	if t.kind != tokWord {
		return skip, 0, false
	}
	if lt := lower(t); (lt == "over" || lt == "under") && s.symAt(i+1, "-") && s.glued(i+1) && s.glued(i+2) && i+2 < len(s.toks) && s.toks[i+2].kind == tokNumber {
		v, err := strconv.Atoi(s.toks[i+2].val)
		if err != nil || v < 10 || v > 100 {
			return skip, 0, false
		}
		end := i + 3
		if s.glued(end) && (s.wordAt(end) == "s" || s.wordAt(end) == "'s") {
			end++
		}
		if s.glued(end) && end < len(s.toks) && s.toks[end].kind != tokSymbol {
			return skip, 0, false
		}
		f := s.newFound("age", i, end)
		f.value, f.unit, f.norm, f.normUnit, f.qualifier = float64(v), "year", float64(v), "year", lt
		return f, end, true
	}
	if !categoryLetters[t.val] || !s.glued(i+1) || i+1 >= len(s.toks) || s.toks[i+1].kind != tokNumber {
		return skip, 0, false
	}
	v, err := strconv.Atoi(s.toks[i+1].val)
	if err != nil || v < 35 || v > 95 || v%5 != 0 {
		return skip, 0, false
	}
	end := i + 2
	if end < len(s.toks) && s.glued(end) && s.toks[end].kind != tokSymbol {
		return skip, 0, false // "M55A", "V40s"
	}
	next := s.wordAt(end)
	ok := s.symAt(i-1, "(") && s.symAt(end, ")") || categoryNouns[next] || s.symAt(end, "/") || s.symAt(end, ":") ||
		(next == "men" || next == "women" || next == "man" || next == "woman") && s.symAt(end+1, ":") ||
		end < len(s.toks) && s.toks[end].kind == tokNumber && s.glued(end+1) && (s.wordAt(end+1) == "m" || s.wordAt(end+1) == "k" || s.wordAt(end+1) == "km")
	switch s.wordAt(i - 1) {
	case "first", "second", "third", "fastest", "leading", "top", "oldest":
		ok = true
	}
	if !ok {
		return skip, 0, false
	}
	f := s.newFound("age", i, end)
	f.value, f.unit, f.norm, f.normUnit, f.qualifier = float64(v), "year", float64(v), "year", "over"
	return f, end, true
}

// lowerWord reports whether a token is a word in lower case.
func lowerWord(t token) bool {
	r, _ := utf8.DecodeRuneInString(t.val)
	return unicode.IsLower(r)
}

// theBefore reports whether "the" opens the noun phrase ending at token
// k: only words, at most four of them, between.
func (s *scanner) theBefore(k int) bool {
	for j := k - 1; j >= 0 && j >= k-5 && s.sent[j] == s.sent[k]; j-- {
		if s.toks[j].kind != tokWord {
			return false
		}
		if s.wordAt(j) == "the" {
			return true
		}
	}
	return false
}

// atAge reads an age after "who at", in figures or words: "who at
// seventy-three finished the 25K", "who at 12 ran".
func (s *scanner) atAge(n num) (found, bool) {
	i := n.start
	if !n.integer || n.comma || n.val < 5 || n.val > 110 || s.wordAt(i-1) != "at" || s.wordAt(i-2) != "who" {
		return skip, false
	}
	if w := s.wordAt(n.end); w == "" || units[w] != nil || nouns[w] != "" || timeOfDay[w] {
		return skip, false
	}
	f := s.newFound("age", n.start, n.end)
	f.value, f.unit, f.norm, f.normUnit = n.val, "year", n.val, "year"
	return f, true
}

// decadeAge reads an age given by its decade after "in his", "in her" or
// "in their": "in her 80s", "in his late seventies", "in her mid-50s".
// The value is the decade's first year.
func (s *scanner) decadeAge(i int) (found, int, bool) {
	if s.wordAt(i) != "in" {
		return skip, 0, false
	}
	switch s.wordAt(i + 1) {
	case "his", "her", "their", "my", "your":
	default:
		return skip, 0, false
	}
	k := i + 2
	switch s.wordAt(k) {
	case "early", "mid", "late", "middle":
		k++
		if s.symAt(k, "-") {
			k++
		}
	case "mid-":
		k++
	}
	if k >= len(s.toks) {
		return skip, 0, false
	}
	w := lower(s.toks[k])
	v, ok := decadeWords[w]
	end := k + 1
	if !ok {
		// "80s" as one token or "80" glued to "s"
		d := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "s")
		if s.toks[k].kind == tokNumber && k+1 < len(s.toks) && s.glued(k+1) && (s.wordAt(k+1) == "s" || s.wordAt(k+1) == "'s") {
			d, end = w, k+2
		} else if d == w {
			return skip, 0, false
		}
		x, err := strconv.Atoi(d)
		if err != nil || x < 10 || x > 110 || x%10 != 0 {
			return skip, 0, false
		}
		v = x
	}
	f := s.newFound("age", i, end)
	f.value, f.unit, f.norm, f.normUnit = float64(v), "year", float64(v), "year"
	return f, end, true
}

// decadeWords name the decades of a life: "in her seventies".
var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// ---- units: durations, distances, temperatures

// unitAt returns the definition of the unit at j for a number ending at
// j, or false. inner allows the forms used only inside a compound
// duration.
func (s *scanner) unitAt(j int, kind string, inner bool) (unitDef, bool) {
	if j >= len(s.toks) {
		return unitDef{}, false
	}
	t := s.toks[j]
	for _, d := range units[t.low] {
		if kind != "" && d.kind != kind {
			continue
		}
		if d.cased && t.val != d.form {
			continue
		}
		if d.glued && t.space {
			continue
		}
		if d.inner && !inner {
			continue
		}
		// "1 H Tyson (Keswick AC)": a lone capital set apart before a
		// capitalised word is an initial in a results row, not a unit.
		if len(t.val) == 1 && t.val != t.low && t.space && j+1 < len(s.toks) && s.toks[j+1].space && s.toks[j+1].kind == tokWord {
			if r, _ := utf8.DecodeRuneInString(s.toks[j+1].val); unicode.IsUpper(r) {
				continue
			}
		}
		return d, true
	}
	return unitDef{}, false
}

// measure reads a number followed by a unit: durations (with compound
// forms "2hr 18min 36sec", "8 hours and 25 minutes", "3h04:02"), distances
// ("26.2-mile", "5,000m", "5 ft 2 in") and temperatures ("13C", "29°F",
// "30 degrees Celsius", "106 degrees"). Speeds, weights and other
// measures are consumed and left out.
func (s *scanner) measure(n num) (found, int, bool) {
	j := n.end
	hyphen := false
	if s.symAt(j, "-") && s.glued(j) && s.glued(j+1) {
		hyphen = true
		j++
	}
	if t, k, ok := s.temperature(n); ok {
		return t, k, true
	}
	if !hyphen && unitModifiers[s.wordAt(j)] {
		if d, ok := s.unitAt(j+1, "", false); ok && (d.kind == "distance" || d.kind == "duration") {
			j++ // "14 more kilometres", "two extra minutes"
		}
	}
	d, ok := s.unitAt(j, "", false)
	if !ok && !n.words && !hyphen && s.wordAt(j) == "s" && !s.toks[j].space && (!n.integer || math.Mod(n.val, 10) != 0) {
		d, ok = units["s"][0], true // "9.58s", "52s"; but "the 1990s", "his 40s"
	}
	if !ok || (hyphen && d.glued) || s.symAt(j+1, "²") {
		return skip, 0, false
	}
	if s.gluedAlnum(j+1) && !(d.factor == 3600 && s.toks[j+1].kind == tokNumber) && !s.compoundNext(j+1) {
		return skip, 0, false // "m212"; but "3h04" is hours and minutes, "32m10s" minutes and seconds
	}
	if n.article && !articleUnits[strings.ToLower(s.toks[j].val)] {
		return skip, 0, false
	}
	if d.form == "m" && d.kind == "distance" && !s.toks[j].space {
		// "2m 30s" is minutes and seconds; "1.5m spectators" a million.
		if m, ok := s.number(j + 1); ok && !m.words {
			if d2, ok := s.unitAt(m.end, "duration", true); ok && d2.factor == 1 {
				return s.duration(n, j, units["m"][1])
			}
		}
		if f, k, ok := s.count(num{val: n.val * 1e6, start: n.start, end: j + 1, integer: true}); ok && n.val*1e6 == math.Trunc(n.val*1e6) {
			return f, k, true
		}
	}
	switch d.kind {
	case "duration":
		return s.duration(n, j, d)
	case "distance":
		return s.distance(n, j, d)
	case "temperature":
		return skip, 0, false
	}
	return skip, j + 1, true
}

// articleUnits are the units "a" or "an" can count ("an hour", "a mile");
// not "a second" (an ordinal) nor "a day" ("twice a day").
var articleUnits = map[string]bool{
	"hour": true, "hr": true, "minute": true, "mile": true, "kilometre": true, "kilometer": true,
	"metre": true, "meter": true, "yard": true, "foot": true, "fortnight": true,
}

// duration reads one or more parts of a duration from the unit at j.
func (s *scanner) duration(n num, j int, d unitDef) (found, int, bool) {
	total := n.val * d.factor
	parts := 1
	first := d
	last := d.factor
	end := j + 1
	for {
		// "an hour and a half", "two hours and half"
		if s.wordAt(end) == "and" && (s.wordAt(end+1) == "half" || (s.wordAt(end+1) == "a" && s.wordAt(end+2) == "half")) && parts == 1 {
			total += 0.5 * d.factor
			end += 2
			if s.wordAt(end-1) == "a" {
				end++
			}
			parts = 2
			break
		}
		// "3h04": minutes glued on after hours; "2h08'15\"": and
		// seconds after a prime ("2h05m48s" goes on below).
		if d.factor == 3600 && end < len(s.toks) && s.toks[end].kind == tokNumber && s.glued(end) && len(s.toks[end].val) == 2 && !s.gluedAlnum(end+1) {
			if m, err := strconv.Atoi(s.toks[end].val); err == nil && m < 60 {
				total += float64(m) * 60
				end++
				parts++
				if sec, k, ok := s.primeSeconds(end); ok {
					total += sec
					end = k
					parts++
				}
			}
			break
		}
		// "3h04:02": minutes and seconds glued on after hours.
		if d.factor == 3600 && end < len(s.toks) && s.toks[end].kind == tokClock && s.glued(end) {
			if a, b, ok := mmss(s.toks[end].val); ok {
				total += a*60 + b
				end++
				parts++
			}
			break
		}
		k := end
		if s.symAt(k, ",") {
			k++
		}
		if s.wordAt(k) == "and" {
			k++
		}
		m, ok := s.number(k)
		if !ok || m.article {
			break
		}
		d2, ok := s.unitAt(m.end, "duration", true)
		if !ok || d2.factor >= last || s.gluedAlnum(m.end+1) && !s.compoundNext(m.end+1) {
			break
		}
		total += m.val * d2.factor
		last = d2.factor
		d = d2
		end = m.end + 1
		parts++
	}
	f := s.newFound("duration", n.start, end)
	if parts == 1 {
		f.value, f.unit = n.val, first.unit
	} else {
		f.value, f.unit = total, "s"
	}
	f.norm, f.normUnit = total, "s"
	return f, end, true
}

// distance reads a distance from the unit at j; a speed ("188 miles an
// hour", "10km/hr") or an area ("660 square metres" never gets here) is
// consumed and left out.
func (s *scanner) distance(n num, j int, d unitDef) (found, int, bool) {
	end := j + 1
	// Speeds: "miles an hour", "km per hour", "km/h".
	w := s.wordAt(end)
	if (w == "per" || w == "an" || w == "a") && timeUnit(s.wordAt(end+1)) {
		return skip, end + 2, true
	}
	if s.symAt(end, "/") && s.glued(end) && timeUnit(s.wordAt(end+1)) {
		return skip, end + 2, true
	}
	start := s.toks[n.start].start
	if n.val < 0 {
		// "75 -300mm": a range's hyphen, not a minus sign.
		n.val = -n.val
		start += len("-")
	}
	total := n.val * d.factor
	value, unit := n.val, d.unit
	// "5 ft 2 in", "5 feet and 2 inches".
	if d.unit == "ft" {
		k := end
		if s.wordAt(k) == "and" {
			k++
		}
		if m, ok := s.number(k); ok && !m.words {
			if u := s.wordAt(m.end); u == "in" || u == "inch" || u == "inches" {
				total += m.val * 0.0254
				value = total / 0.3048
				end = m.end + 1
			}
		}
	}
	f := s.newFound("distance", n.start, end)
	f.start, f.core = start, start
	f.value, f.unit = value, unit
	f.norm, f.normUnit = total, "m"
	return f, end, true
}

func timeUnit(w string) bool {
	switch w {
	case "hour", "hr", "h", "second", "sec", "s", "minute", "min", "ms", "millisecond":
		return true
	}
	return false
}

// temperature reads "13C", "29°F", "-7C", "30 degrees Celsius", "40 deg
// celsius", "106 degrees", "85°" after a number.
func (s *scanner) temperature(n num) (found, int, bool) {
	j := n.end
	if s.symAt(j, "-") && s.glued(j) && s.glued(j+1) && strings.HasPrefix(s.wordAt(j+1), "deg") {
		j++ // "101-degree heat"
	}
	unit := ""
	sawDegree, sawScale, bare := false, false, false
	k := j
	for k < len(s.toks) && k < j+3 {
		d, ok := s.unitAt(k, "temperature", false)
		if w := s.wordAt(k); sawDegree && (w == "c" || w == "f") {
			d, ok = unitDef{unit: strings.ToUpper(w)}, true // "20 degrees c"
		}
		if !ok {
			break
		}
		if d.unit == "" {
			if sawDegree || sawScale {
				break
			}
			sawDegree = true
			k++
			if s.symAt(k, ".") && s.glued(k) && s.wordAt(k-1) == "deg" {
				k++
			}
			continue
		}
		if sawScale {
			break
		}
		sawScale, unit = true, d.unit
		bare = (d.needs || (d.spaced && s.toks[k].space)) && !sawDegree
		k++
		break
	}
	if !sawDegree && !sawScale {
		return skip, 0, false
	}
	if s.gluedAlnum(k) || (s.glued(k) && (s.symAt(k, "-") || s.symAt(k, "/"))) {
		return skip, 0, false
	}
	if n.words && !sawDegree && sawScale && bare {
		return skip, 0, false
	}
	if bare && !s.temperatureContext(n.start) {
		return skip, 0, false
	}
	if sawDegree && !sawScale && s.sentenceHas(n.start, angleContext) {
		return skip, 0, false
	}
	f := s.newFound("temperature", n.start, k)
	f.value, f.unit = n.val, unit
	f.norm, f.normUnit = n.val, unit
	return f, k, true
}

// temperatureContext says whether a bare "C" or "F" after the number at
// i reads as a temperature: a weather word in the sentence, or a
// temperature just before it ("21C (70F)").
func (s *scanner) temperatureContext(i int) bool {
	if s.sentenceHas(i, temperatureContext) {
		return true
	}
	if len(s.out) > 0 && s.symAt(i-1, "(") {
		last := s.out[len(s.out)-1]
		return last.kind == "temperature" && last.tok >= i-4
	}
	return false
}

// sentenceHas says whether the sentence of token i holds one of words.
func (s *scanner) sentenceHas(i int, words map[string]bool) bool {
	sent := s.sent[min(i, len(s.toks)-1)]
	for k := i; k >= 0 && s.sent[k] == sent; k-- {
		if s.toks[k].kind == tokWord && words[lower(s.toks[k])] {
			return true
		}
	}
	for k := i + 1; k < len(s.toks) && s.sent[k] == sent; k++ {
		if s.toks[k].kind == tokWord && words[lower(s.toks[k])] {
			return true
		}
	}
	return false
}

// ---- clock readings

// clockAt reads "2:18:36", "01:49:10", "61:40", "3:58.2" and "2:06"; a
// time of day ("9:10 a.m.", "the 9:30 start") or a pace ("4:45 per mile")
// is left out. Whether "2:06" is minutes or hours is decided later, from
// the race distance around it (resolve).
func (s *scanner) clockAt(i int) (found, int, bool) {
	t := s.toks[i]
	end := i + 1
	w := s.wordAt(end)
	if timeOfDay[w] || startWords[w] {
		return skip, end + 1, true
	}
	if s.postStamp(i) {
		return skip, end, true
	}
	// A pace: "4:45 per mile", "3:05/km", "a 4:30-mile pace".
	if w == "per" || (s.glued(end) && (s.symAt(end, "/") || s.symAt(end, "-"))) {
		if _, ok := s.unitAt(end+1, "distance", false); ok || raceDistances[s.wordAt(end+1)] != 0 {
			return skip, end + 2, true
		}
	}
	if w == "pace" || (w == "min" && s.symAt(end+1, "/")) {
		return skip, end + 1, true // "a 5:15 pace", "5:15 min/mile"
	}
	// "a 4:59 mile" is a mile run in minutes; "a 4:59 mile pace" a pace.
	var over float64
	if u, ok := s.unitAt(end, "distance", false); ok && !s.gluedAlnum(end) {
		if s.wordAt(end+1) == "pace" {
			return skip, end + 2, true
		}
		over = u.factor
	}
	parts := strings.Split(t.val, ":")
	v := make([]float64, len(parts))
	for k, p := range parts {
		x, err := strconv.ParseFloat(p, 64)
		if err != nil {
			return skip, end, true
		}
		v[k] = x
	}
	for _, x := range v[1:] {
		if x >= 60 {
			return skip, end, true
		}
	}
	f := s.newFound("duration", i, end)
	f.unit, f.normUnit = "s", "s"
	switch {
	case len(v) == 3:
		f.norm = v[0]*3600 + v[1]*60 + v[2]
	case len(v) == 2 && (strings.Contains(parts[1], ".") || v[0] >= 24):
		f.norm = v[0]*60 + v[1]
	case len(v) == 2:
		f.clock = &clock{a: v[0], b: v[1], d: over}
		f.norm = v[0]*60 + v[1]
	default:
		return skip, end, true
	}
	f.value = f.norm
	return f, end, true
}

// postStamp says whether the clock reading at i is a live-blog post's
// time stamp: an "hh:mm" time of day opening a line and standing alone on
// it, or followed by a dash or by the post's text ("09:42", "10:15 - The
// women are off").
func (s *scanner) postStamp(i int) bool {
	t := s.toks[i]
	if (i > 0 && !t.nl) || strings.Count(t.val, ":") != 1 || strings.Contains(t.val, ".") {
		return false
	}
	a, b, ok := strings.Cut(t.val, ":")
	h, err1 := strconv.Atoi(a)
	m, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || h > 23 || m > 59 || len(b) != 2 {
		return false
	}
	j := i + 1
	if j >= len(s.toks) || s.toks[j].nl {
		return true // alone on its line
	}
	next := s.toks[j]
	switch {
	case next.kind == tokSymbol && (next.val == "-" || next.val == "–" || next.val == "—" || next.val == "|"):
		return next.space
	case next.kind == tokWord && next.space:
		// Prose follows ("11:03 Leaders reach the bridge"), not a
		// results row's name ("17:42 Tom Harvey (Leeds)").
		r, _ := utf8.DecodeRuneInString(next.val)
		if !unicode.IsUpper(r) || units[next.low] != nil {
			return false
		}
		for k := j + 1; k < len(s.toks) && k <= j+4 && !s.toks[k].nl; k++ {
			if s.toks[k].kind == tokWord {
				if r, _ := utf8.DecodeRuneInString(s.toks[k].val); unicode.IsLower(r) {
					return true
				}
			}
		}
	}
	return false
}

// mmss reads "04:02" as minutes and seconds.
func mmss(v string) (float64, float64, bool) {
	a, b, ok := strings.Cut(v, ":")
	if !ok || strings.Contains(b, ":") {
		return 0, 0, false
	}
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	if err1 != nil || err2 != nil || x >= 60 || y >= 60 {
		return 0, 0, false
	}
	return x, y, true
}

// ---- head counts

// count reads a head count: a number, at most two words that describe,
// and a counted noun ("37,500 athletes", "14 volunteer lap counters",
// "three other councillors").
func (s *scanner) count(n num) (found, int, bool) {
	if n.val < 2 || !n.integer || n.article || yearLike(n, s.toks[n.start]) {
		return skip, 0, false
	}
	switch s.wordAt(n.start - 1) {
	case "top", "first", "last", "final", "leading", "the-top":
		return skip, 0, false
	}
	k := n.end
	if s.symAt(k, "-") && s.glued(k) && s.glued(k+1) {
		// "a 12-man field", "a 40-strong team"
		if u, ok := teamSizes[s.wordAt(k+1)]; ok {
			f := s.newFound("count", n.start, k+2)
			f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
			return f, k + 2, true
		}
		return skip, 0, false
	}
	if s.wordAt(k) == "of" && s.wordAt(k+1) == "you" {
		// "the 300 of you who came"
		f := s.newFound("count", n.start, k+2)
		f.value, f.unit, f.norm, f.normUnit = n.val, "person", n.val, "person"
		return f, k + 2, true
	}
	for m := 0; m <= 2 && k < len(s.toks); m++ {
		w := s.wordAt(k)
		if w == "" {
			return skip, 0, false
		}
		if s.symAt(k+1, "-") && s.glued(k+1) && s.glued(k+2) {
			// "412 first-timers", "20 non-finishers"
			if u, ok := nouns[w+"-"+s.wordAt(k+2)]; ok {
				f := s.newFound("count", n.start, k+3)
				f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
				return f, k + 3, true
			}
		}
		if u, ok := nouns[w]; ok {
			if placeMoves[s.wordAt(k+1)] {
				return skip, 0, false // "three places behind"
			}
			f := s.newFound("count", n.start, k+1)
			f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
			return f, k + 1, true
		}
		r, _ := utf8.DecodeRuneInString(s.toks[k].val)
		if notModifiers[w] || !unicode.IsLower(r) || len(units[w]) > 0 {
			return skip, 0, false
		}
		if _, ok := currencies[w]; ok {
			return skip, 0, false
		}
		k++
		if s.symAt(k, "-") && s.glued(k) && s.glued(k+1) {
			k++ // "wheelchair-racing"
		}
	}
	return skip, 0, false
}

// beforeQualifier returns i, or the start of a qualifier that ends just
// before it.
func (s *scanner) beforeQualifier(i int) int {
	for n := maxQualifierWords; n >= 1; n-- {
		if w, ok := s.phrase(i-n, n); ok && qualifiers[string(w)] != "" {
			return i - n
		}
	}
	return i
}

// sentenceStartsWith says whether the sentence of token i starts with
// the word w.
func (s *scanner) sentenceStartsWith(i int, w string) bool {
	k := i
	for k > 0 && s.sent[k-1] == s.sent[i] {
		k--
	}
	return s.wordAt(k) == w
}

// yearLike says whether a number looks like a year ("in 2012 runners").
func yearLike(n num, t token) bool {
	return !n.words && n.integer && !n.comma && len(t.val) == 4 && n.val >= 1800 && n.val <= 2100
}

// elliptical reads a bare number that counts the noun last counted in its
// sentence: "a further 15,000 taking part", "and 29 were still moving",
// "entries capped at 650".
func (s *scanner) elliptical(n num) (found, bool) {
	if n.val < 2 || !n.integer || n.article || yearLike(n, s.toks[n.start]) {
		return skip, false
	}
	i := n.start
	if w := s.wordAt(i - 1); w == "only" || w == "just" {
		i-- // "only 97 finished" counts as "97 finished"
	}
	i = s.beforeQualifier(i) // "a crowd of about 12,000"
	w1 := s.wordAt(i - 1)
	b2, _ := s.phrase(i-2, 2)
	w2 := string(b2)
	qual := ""
	sentStart := i == 0 || s.sent[i-1] != s.sent[i]
	lead := ellipsisLeads[w1] || ellipsisLeads[w2]
	if s.wordAt(n.end) == "of" && s.wordAt(n.end+1) == "the" && !lead {
		// "Only 9 of the 40 elite entrants broke 30 minutes"
		if n2, ok := s.number(n.end + 2); ok && n2.val > n.val {
			if f2, _, ok := s.count(n2); ok && f2.kind == "count" {
				f := s.newFound("count", n.start, n.end)
				f.value, f.unit, f.norm, f.normUnit = n.val, f2.unit, n.val, f2.unit
				return f, true
			}
		}
	}
	switch {
	case (w1 == "of" && s.ordinalEnds(i-2) || w2 == "out of" && s.ordinalEnds(i-3)) && units[s.wordAt(n.end)] == nil:
		// "finished 245th of 3,100", "12th out of 480": the field
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, "runner", n.val, "runner"
		return f, true
	case w2 == "estimated at" && collectives[s.wordAt(i-3)] != "":
		// "a crowd estimated at 5,000"
		u := collectives[s.wordAt(i-3)]
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
		return f, true
	case s.wordAt(i-2) == "of" && w1 == "the" && s.wordAt(n.end) == "who" && ellipsisVerbs[s.wordAt(n.end+1)]:
		// "Of the 96 who started the climb"
		u := headVerbs[s.wordAt(n.end+1)]
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
		return f, true
	case s.wordAt(n.end) == "of" && (s.wordAt(n.end+1) == "them" || s.wordAt(n.end+1) == "those") &&
		(ellipsisVerbs[s.wordAt(n.end+2)] || s.wordAt(n.end+2) == "had" || s.wordAt(n.end+2) == "did"):
		// "47 of them had dropped out"
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, "runner", n.val, "runner"
		return f, true
	case drawVerbs[w1] && s.wordAt(n.end) != "" && units[s.wordAt(n.end)] == nil:
		// "The race drew 1,500 last year"
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, "runner", n.val, "runner"
		return f, true
	case passVerbs[w1] && nouns[s.wordAt(i-2)] != "":
		// "Entries topped 5,000"
		u := nouns[s.wordAt(i-2)]
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
		return f, true
	case !lead && (s.wordAt(n.end) == "took" || s.wordAt(n.end) == "taking") && s.wordAt(n.end+1) == "part" && (sentStart || countLeads[w1]):
		// "Over 3,000 took part", "with 2,000 taking part"
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, "participant", n.val, "participant"
		return f, true
	case !lead && headVerbs[s.wordAt(n.end)] != "" && (sentStart || countLeads[w1]) && !s.symAt(n.end, ","):
		// "Organizers said 165 finished the race", "Only 40 started."
		u := headVerbs[s.wordAt(n.end)]
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
		return f, true
	case lead:
	case w2 == "out of" && s.wordAt(n.end) == "who":
		// "out of 450 who registered"
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, "person", n.val, "person"
		return f, true
	case w1 == "and" && ellipsisVerbs[s.wordAt(n.end)]:
	case s.symAt(i-1, ",") && s.sentenceStartsWith(i, "of") && s.wordAt(n.end) != "":
		// "Of the 212 runners who started, only 97 finished"
	case w1 == "of" && collectives[s.wordAt(i-2)] != "":
		// "a crowd of 9,000", "a field of 487"
		u := collectives[s.wordAt(i-2)]
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
		return f, true
	case capWords[w2]:
		qual = "up to"
		// The noun just before "capped at": "entries capped at 650".
		if u, ok := nouns[s.wordAt(i-3)]; ok {
			f := s.newFound("count", n.start, n.end)
			f.value, f.unit, f.norm, f.normUnit, f.qualifier = n.val, u, n.val, u, qual
			return f, true
		}
	default:
		return skip, false
	}
	// ("Another 31 dropped out" opening a sentence counts the noun of the
	// sentence before.)
	first := s.sent[i]
	if lead && sentStart && first > 0 {
		first--
	}
	for k := len(s.out) - 1; k >= 0; k-- {
		o := s.out[k]
		if s.sent[o.tok] < first {
			break
		}
		if o.kind == "count" {
			f := s.newFound("count", n.start, n.end)
			f.value, f.unit, f.norm, f.normUnit, f.qualifier = n.val, o.unit, n.val, o.unit, qual
			return f, true
		}
	}
	if lead && headVerbs[s.wordAt(n.end)] != "" {
		// "Another 31 dropped out": the verb says who was counted.
		u := headVerbs[s.wordAt(n.end)]
		f := s.newFound("count", n.start, n.end)
		f.value, f.unit, f.norm, f.normUnit = n.val, u, n.val, u
		return f, true
	}
	return skip, false
}

// scoreWords make a bracketed number after a name a team's score.
var scoreWords = map[string]bool{"points": true, "pts": true}

// prevSentenceHas says whether the sentence before token i's holds one of
// words ("Lincoln won with 38 points. Central (55) was second").
func (s *scanner) prevSentenceHas(i int, words map[string]bool) bool {
	k := i
	for k >= 0 && s.sent[k] == s.sent[min(i, len(s.toks)-1)] {
		k--
	}
	if k < 0 {
		return false
	}
	return s.sentenceHas(k, words)
}

// primes are the marks after minutes in "31'48\"" and "2h08'15\"".
var primes = map[string]bool{"'": true, "’": true, "′": true}

// seconds marks are those after seconds: '"', "”", "″" (or two primes).
var secondMarks = map[string]bool{"\"": true, "”": true, "″": true}

// primeSeconds reads the seconds of a time written with primes, from the
// minutes' prime at i: "'15\"" in "2h08'15\"". k is the token after them.
func (s *scanner) primeSeconds(i int) (sec float64, k int, ok bool) {
	if i+1 >= len(s.toks) || s.toks[i].kind != tokSymbol || !primes[s.toks[i].val] || !s.glued(i) || !s.glued(i+1) {
		return 0, 0, false
	}
	t := s.toks[i+1]
	if t.kind != tokNumber || len(t.val) < 2 || t.val[2:] != "" && t.val[2] != '.' {
		return 0, 0, false
	}
	v, err := strconv.ParseFloat(t.val, 64)
	if err != nil || v >= 60 {
		return 0, 0, false
	}
	k = i + 2
	switch {
	case k < len(s.toks) && s.glued(k) && s.toks[k].kind == tokSymbol && secondMarks[s.toks[k].val]:
		k++
	case k+1 < len(s.toks) && s.glued(k) && s.glued(k+1) && primes[s.toks[k].val] && primes[s.toks[k+1].val]:
		k += 2
	}
	return v, k, true
}

// primeTime reads minutes and seconds written with primes, as Italian,
// Spanish and Swiss results write them: "31'48\"", "9'41\"27".
func (s *scanner) primeTime(n num) (found, int, bool) {
	if n.words || !n.integer || n.comma || n.end != n.start+1 || n.val < 0 || n.val >= 600 {
		return skip, 0, false
	}
	sec, k, ok := s.primeSeconds(n.end)
	if !ok {
		return skip, 0, false
	}
	// A seconds mark must follow; and under 8 minutes, only hundredths
	// make it a time: "5'11\"" is a height, "3'35\"50" a 1500m.
	if !secondMarks[s.toks[k-1].val] && !primes[s.toks[k-1].val] {
		return skip, 0, false
	}
	if n.val < 8 {
		if k >= len(s.toks) || !s.glued(k) || s.toks[k].kind != tokNumber || len(s.toks[k].val) != 2 {
			return skip, 0, false
		}
		h, _ := strconv.Atoi(s.toks[k].val)
		sec += float64(h) / 100
		k++
	}
	f := s.newFound("duration", n.start, k)
	total := n.val*60 + sec
	f.value, f.unit, f.norm, f.normUnit = total, "s", total, "s"
	return f, k, true
}

// compoundNext says whether the token at i is a number glued on that a
// smaller duration unit follows, glued too: the "10s" of "32m10s", the
// "05m" of "2h05m48s".
func (s *scanner) compoundNext(i int) bool {
	if i >= len(s.toks) || i+1 >= len(s.toks) || s.toks[i].kind != tokNumber || !s.glued(i) || !s.glued(i+1) {
		return false
	}
	_, ok := s.unitAt(i+1, "duration", true)
	return ok
}
