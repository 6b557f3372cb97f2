package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentence is a byte span [Start, End) of the text and the tokens
// [First, Last) in it.
type Sentence struct {
	Start, End  int
	First, Last int
}

// Split groups tokens (from Tokenize(src)) into sentences. A sentence ends
// at a blank line; at a line break unless the next line goes on in lower
// case; at ".", "!", "?" or a four-dot ellipsis followed by a capital, a
// digit, a quote or a bracket (closing quotes and brackets stay with the
// sentence they close), unless the dot ends a title or an initial
// ("Mr.", "St.", "E."); and before the next item of an inline list
// ("1.) … 2.) …", "a. … b. …").
func Split(src string, toks []Token) []Sentence {
	var out []Sentence
	first := 0
	cut := func(last int) {
		if last > first {
			out = append(out, Sentence{Start: toks[first].Start, End: toks[last-1].End, First: first, Last: last})
		}
		first = last
	}
	list := listState{}
	list.start(src, toks, 0)
	for i := 0; i < len(toks); i++ {
		if i > first {
			gap := src[toks[i-1].End:toks[i].Start]
			if n := strings.Count(gap, "\n"); n >= 2 || (n == 1 && !continuesLine(toks[i])) {
				cut(i)
				list.start(src, toks, i)
			} else if list.next(src, toks, i) {
				cut(i)
			}
		}
		if i < list.markerEnd {
			continue // the dot of "1." or "a." opening a list item
		}
		end, ok := sentenceEnd(src, toks, i)
		if !ok {
			continue
		}
		// Closing quotes and brackets belong to the sentence they close.
		for end+1 < len(toks) && closes(src, toks, end+1) {
			end++
		}
		if end+1 >= len(toks) || startsSentence(src, toks, i, end+1) {
			cut(end + 1)
			i = end
			if i+1 < len(toks) {
				list.start(src, toks, i+1)
			}
		}
	}
	cut(len(toks))
	return out
}

// continuesLine reports whether a line starting with t carries on the
// previous line's sentence: it starts in lower case.
func continuesLine(t Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLower(r)
}

// sentenceEnd reports whether token i may end a sentence, and the index of
// the last token of the ending mark.
func sentenceEnd(src string, toks []Token, i int) (int, bool) {
	t := toks[i]
	switch t.Kind {
	case Punct:
		switch t.Text[0] {
		case '!', '?':
			return i, true
		case '.':
			if i > 0 && toks[i-1].End == t.Start && noStop(src, toks, i-1, i+1) {
				return 0, false
			}
			return i, true
		}
	case Ellipsis:
		return i, dots(t.Text) >= 4
	case Word:
		// A dotted abbreviation ends with its dot: "U.S." may end a
		// sentence.
		if strings.HasSuffix(t.Text, ".") {
			return i, true
		}
	}
	return 0, false
}

func dots(s string) int {
	if s == "…" {
		return 3
	}
	return strings.Count(s, ".")
}

// noStop reports whether the dot after word w is an abbreviation's, never a
// sentence end: a title or honorific ("Mr.", "St.", "Mt."), a single capital
// initial not after a lower-case word ("E. Smith" but not "you and I."), or
// a known abbreviation before a number ("p. 55", "No. 4").
func noStop(src string, toks []Token, w, next int) bool {
	word := toks[w].Text
	if toks[w].Kind != Word {
		return false
	}
	key := strings.ToLower(word)
	if titleAbbrev[key] {
		return true
	}
	if r, n := utf8.DecodeRuneInString(word); n == len(word) && unicode.IsUpper(r) {
		if word == "I" && w > 0 && toks[w-1].Kind == Word && startsLower(toks[w-1].Text) {
			return false
		}
		return true
	}
	if numberAbbrev[key] && next < len(toks) && toks[next].Kind == Number {
		return true
	}
	return false
}

// titleAbbrev are abbreviations that stand before a name and so never end
// a sentence.
var titleAbbrev = setOf("mr", "mrs", "ms", "mx", "dr", "prof", "st", "ste", "mt", "ft", "rev", "revd", "fr", "sr", "jr",
	"sgt", "cpl", "lcpl", "pte", "capt", "cpt", "col", "lt", "gen", "maj", "brig", "cmdr", "cdr", "adm", "insp",
	"supt", "det", "cllr", "coun", "ald", "cr", "clr", "gov", "sen", "rep", "pres", "hon", "messrs", "mme", "mlle", "sra", "sr", "dame", "n°")

// numberAbbrev are abbreviations that stand before a number.
var numberAbbrev = setOf("p", "pp", "no", "nos", "vol", "fig", "figs", "ch", "art", "sec", "para", "op", "ed", "approx", "n°", "nr")

// abbrevBeforeLower are abbreviations after which a capitalised content
// word goes on the same sentence ("the U.S. Government"), while a function
// word starts a new one ("the U.S. How about you?").
func startsSentence(src string, toks []Token, endIdx, next int) bool {
	t := toks[next]
	r, _ := utf8.DecodeRuneInString(t.Text)
	switch t.Kind {
	case Number:
		return true
	case Link, Symbol:
		return !unicode.IsLower(r)
	case Possessive:
		return false
	case Ellipsis:
		return nextCapital(toks, next)
	case Punct:
		if opensQuote(src, toks, next) || r == '(' || r == '[' || r == '•' || r == '⁃' || r == '-' || r == '–' || r == '—' {
			return !lowerAfter(toks, next)
		}
		return false
	}
	if !unicode.IsUpper(r) {
		return false
	}
	// After a dotted abbreviation or "Co.", only a word that cannot go on
	// a noun phrase starts a new sentence.
	prev := toks[endIdx]
	var abbr string
	if prev.Kind == Word && strings.HasSuffix(prev.Text, ".") {
		abbr = prev.Text
	} else if endIdx > 0 && prev.Text == "." && toks[endIdx-1].End == prev.Start && toks[endIdx-1].Kind == Word {
		abbr = toks[endIdx-1].Text
		if !orgAbbrev[strings.ToLower(abbr)] {
			abbr = ""
		}
	}
	if abbr != "" {
		// "of Providence, R.I. Maine's Jessica Morrow was third": a state
		// or province written after a town and a comma ends the sentence.
		if stateAbbrev[strings.TrimSuffix(strings.ToLower(abbr), ".")] && afterComma(toks, endIdx) {
			return true
		}
		return functionWord[strings.ToLower(t.Text)]
	}
	return true
}

// afterComma reports whether the abbreviation ending at token i (its word,
// or its word and dot) follows a comma: "Providence, R.I.".
func afterComma(toks []Token, i int) bool {
	k := i - 1
	if toks[i].Text == "." {
		k--
	}
	return k >= 0 && toks[k].Text == ","
}

// stateAbbrev are the abbreviations of US states and Canadian provinces
// written after a town ("Providence, R.I.", "Sherbrooke, Que.").
var stateAbbrev = setOf("r.i", "n.c", "s.c", "n.h", "n.j", "n.m", "n.d", "s.d", "n.y", "d.c", "w.va", "b.c", "n.s",
	"n.b", "n.l", "p.e.i", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
	"ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
	"va", "vt", "wash", "wis", "wyo", "ont", "que", "alta", "sask", "man", "nfld")

// orgAbbrev are abbreviations that often end a name inside a sentence.
var orgAbbrev = setOf("co", "corp", "inc", "ltd", "bros", "plc", "llc", "jr", "sr")

// functionWord are capitalised words that open a sentence rather than go on
// a name: pronouns, determiners, conjunctions, wh-words.
var functionWord = setOf("i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there",
	"the", "a", "an", "how", "what", "when", "where", "why", "who", "which", "but", "and", "so", "if", "in",
	"on", "at", "as", "after", "before", "then", "his", "her", "their", "its", "our", "my", "your", "some",
	"many", "most", "all", "one", "no", "not", "yes", "however", "meanwhile", "also", "later", "earlier")

func lowerAfter(toks []Token, i int) bool {
	for j := i + 1; j < len(toks) && j < i+3; j++ {
		if toks[j].Kind == Word || toks[j].Kind == Number {
			return startsLower(toks[j].Text)
		}
	}
	return false
}

func nextCapital(toks []Token, i int) bool {
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Kind == Word || toks[j].Kind == Number {
			r, _ := utf8.DecodeRuneInString(toks[j].Text)
			return !unicode.IsLower(r)
		}
	}
	return false
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// closes reports whether token i closes a quote or bracket opened before
// the sentence end.
func closes(src string, toks []Token, i int) bool {
	t := toks[i]
	if t.Kind != Punct {
		return false
	}
	switch t.Text {
	case ")", "]", "}", "”", "’", "»":
		return true
	case "\"", "'":
		// A straight quote glued to the mark before it closes.
		return toks[i-1].End == t.Start
	}
	return false
}

// opensQuote reports whether token i opens a quotation.
func opensQuote(src string, toks []Token, i int) bool {
	t := toks[i]
	switch t.Text {
	case "“", "‘", "«":
		return true
	case "\"", "'":
		return i+1 < len(toks) && toks[i+1].Start == t.End
	}
	return false
}

// listState follows an inline numbered or lettered list: once a line
// starts with an item marker ("1.)", "1)", "1.", "a.", "• 9."), the marker
// of the next item starts a new sentence wherever it stands.
type listState struct {
	active bool
	// markerEnd is the index after the current item's marker.
	markerEnd int
	num       int  // number of the last item; 0 for letters
	letter    rune // letter of the last item
	form      string
}

func (l *listState) start(src string, toks []Token, i int) {
	l.active = false
	if n, lt, form, end, ok := marker(toks, i); ok {
		*l = listState{active: true, num: n, letter: lt, form: form, markerEnd: end}
	}
}

func (l *listState) next(src string, toks []Token, i int) bool {
	if !l.active {
		return false
	}
	n, lt, form, end, ok := marker(toks, i)
	if !ok || form != l.form {
		return false
	}
	if (l.num > 0 && n == l.num+1) || (l.letter != 0 && lt == l.letter+1) {
		l.num, l.letter, l.markerEnd = n, lt, end
		return true
	}
	return false
}

// marker matches a list item marker at token i: an optional bullet, then
// a number or single lower-case letter with ".)", ")" or ".", then a space.
func marker(toks []Token, i int) (num int, letter rune, form string, end int, ok bool) {
	if i >= len(toks) {
		return
	}
	bullet := ""
	if t := toks[i]; t.Text == "•" || t.Text == "⁃" || t.Text == "-" || t.Text == "*" {
		bullet = t.Text
		i++
		if i >= len(toks) {
			return
		}
	}
	t := toks[i]
	switch {
	case t.Kind == Number && allDigits(t.Text) && len(t.Text) <= 3:
		for _, c := range t.Text {
			num = num*10 + int(c-'0')
		}
	case t.Kind == Word && len(t.Text) == 1 && t.Text[0] >= 'a' && t.Text[0] <= 'z':
		letter = rune(t.Text[0])
	default:
		return
	}
	j := i + 1
	for j < len(toks) && toks[j].Start == toks[j-1].End && (toks[j].Text == "." || toks[j].Text == ")") && j < i+3 {
		form += toks[j].Text
		j++
	}
	if form == "" || j >= len(toks) || toks[j].Start == toks[j-1].End {
		return 0, 0, "", 0, false
	}
	if letter != 0 && form != "." {
		return 0, 0, "", 0, false
	}
	return num, letter, bullet + form, j, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
