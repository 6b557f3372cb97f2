// Package text owns racex's text layer: a hand-written scanner that cuts an
// article into tokens with byte offsets, and a sentence splitter over them.
package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind says what sort of token a Token is.
type Kind int

// Token kinds.
const (
	// Word is a run of letters (and digits, marks, inner hyphens,
	// apostrophes and slashes): "Kenney", "O'Hare", "Marchant-Lowe",
	// "L/Bdr", "over-65s". A dotted abbreviation of single letters keeps
	// its dots: "U.S.A.", "a.m.".
	Word Kind = iota
	// Number starts with a digit or a currency sign and keeps its
	// separators and any unit glued to it: "2:18:36", "£16,000",
	// "26.2-mile", "13C", "5,000m", "32nd", "24-year-old".
	Number
	// Possessive is the "'s" or "’s" split off a word: "Kenya" "'s".
	Possessive
	// Punct is one punctuation mark or a run of "!" and "?" ("?!").
	Punct
	// Ellipsis is a run of three or more dots, spaced or not ("...",
	// ". . . .", "…").
	Ellipsis
	// Link is an e-mail address or URL.
	Link
	// Symbol is any other character that is not a space.
	Symbol
)

// Token is one token with its byte span [Start, End) in the text.
type Token struct {
	Kind       Kind
	Start, End int
	Text       string
}

// lexer scans a text into tokens. Each state function reads one token
// from pos and returns.
type lexer struct {
	src    string
	pos    int
	tokens []Token
}

// Tokenize cuts src into tokens. Spaces are not tokens; the text between two
// tokens is src[a.End:b.Start].
func Tokenize(src string) []Token {
	l := &lexer{src: src, tokens: make([]Token, 0, len(src)/5+1)}
	for l.pos < len(l.src) {
		r, w := l.peek(l.pos)
		switch {
		case unicode.IsSpace(r):
			l.pos += w
		case l.lexLink():
		case isLetter(r):
			l.lexWord()
		case isDigit(r) || (isCurrency(r) && l.digitAt(l.pos+w)):
			l.lexNumber()
		case r == '.' || r == '…':
			l.lexDots()
		case r == '!' || r == '?':
			l.lexRun("!?")
		case isApostrophe(r) && l.possessiveAt(l.pos):
			l.emit(Possessive, l.pos, l.pos+w+1)
		case unicode.IsPunct(r):
			l.emit(Punct, l.pos, l.pos+w)
		default:
			l.emit(Symbol, l.pos, l.pos+w)
		}
	}
	return l.tokens
}

func (l *lexer) emit(k Kind, start, end int) {
	l.tokens = append(l.tokens, Token{Kind: k, Start: start, End: end, Text: l.src[start:end]})
	l.pos = end
}

// peek decodes the rune at i; past the end it returns a space.
func (l *lexer) peek(i int) (rune, int) {
	if i >= len(l.src) {
		return ' ', 0
	}
	if c := l.src[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(l.src[i:])
}

func (l *lexer) letterAt(i int) bool { r, _ := l.peek(i); return isLetter(r) }
func (l *lexer) digitAt(i int) bool  { r, _ := l.peek(i); return isDigit(r) }
func (l *lexer) alnumAt(i int) bool  { r, _ := l.peek(i); return isLetter(r) || isDigit(r) }

// possessiveAt reports whether an apostrophe at i starts a possessive "s"
// that ends the word: "Kenya's", "one’s".
func (l *lexer) possessiveAt(i int) bool {
	r, w := l.peek(i)
	if !isApostrophe(r) || i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(l.src[:i])
	if !isLetter(prev) && !isDigit(prev) {
		return false
	}
	s, sw := l.peek(i + w)
	return (s == 's' || s == 'S') && !l.alnumAt(i+w+sw)
}

// lexWord reads a word: letters, digits and marks, joined across one
// hyphen, apostrophe or slash when a letter or digit follows, or a dotted
// abbreviation of single letters ("U.S.", "e.g.").
func (l *lexer) lexWord() {
	start := l.pos
	if end, ok := l.dotted(start); ok {
		l.emit(Word, start, end)
		return
	}
	i := start
	for i < len(l.src) {
		r, w := l.peek(i)
		switch {
		case isLetter(r) || isDigit(r) || unicode.Is(unicode.Mn, r) || r == '°':
			i += w
		case (r == '-' || r == '/' || r == '\u2010' || r == '\u2011') && l.alnumAt(i+w):
			i += w
		case (r == '.' || r == ',') && i > start && isDigit(rune(l.src[i-1])) && l.digitAt(i+w):
			// "R1.2m", "Sh2.1", "KSh1,500": a decimal point or thousands
			// comma inside a word that ends in digits.
			i += w
		case r == '&' && i > start && l.upperRun(start, i) && l.letterAt(i+w):
			// AT&T, P&O
			i += w
		case isApostrophe(r) && !l.possessiveAt(i) && l.letterAt(i+w):
			i += w
		default:
			l.emit(Word, start, i)
			return
		}
	}
	l.emit(Word, start, i)
}

// upperRun reports whether src[a:b] is all capital letters.
func (l *lexer) upperRun(a, b int) bool {
	for _, r := range l.src[a:b] {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// dotted matches single letters each followed by a dot, at least two of
// them ("U.S.", "a.m.", "U.S.A."), and returns the end after the last dot.
func (l *lexer) dotted(i int) (int, bool) {
	n := 0
	for {
		r, w := l.peek(i)
		if !isLetter(r) {
			break
		}
		d, _ := l.peek(i + w)
		if d != '.' {
			break
		}
		if l.letterAt(i+w+1) && !l.letterOrDotPair(i+w+1) {
			// "Jane.Doe": a letter after the dot that does not itself
			// start another "X." pair.
			if n == 0 {
				return 0, false
			}
		}
		n++
		i += w + 1
		if !l.letterAt(i) {
			break
		}
	}
	if n < 2 {
		return 0, false
	}
	return i, true
}

func (l *lexer) letterOrDotPair(i int) bool {
	r, w := l.peek(i)
	if !isLetter(r) {
		return false
	}
	d, _ := l.peek(i + w)
	return d == '.'
}

// lexNumber reads a number with its currency sign, inner separators (",",
// ".", ":" before a digit) and any letters, degree sign, percent or
// hyphenated words glued to it.
func (l *lexer) lexNumber() {
	start := l.pos
	i := start
	if r, w := l.peek(i); isCurrency(r) {
		i += w
	}
	for i < len(l.src) {
		r, w := l.peek(i)
		switch {
		case isDigit(r):
			i += w
		case (r == ',' || r == '.' || r == ':') && l.digitAt(i+1):
			i += w
		default:
			goto unit
		}
	}
unit:
	for i < len(l.src) {
		r, w := l.peek(i)
		switch {
		case isLetter(r) || r == '°' || r == '%':
			i += w
		case isDigit(r) && i > start:
			i += w
		case (r == '-' || r == '\u2010' || r == '\u2011') && l.alnumAt(i+w):
			i += w
		case r == '.' && l.digitAt(i+1) && l.letterOrDigitBefore(i):
			// "9.30am"
			i += w
		default:
			l.emit(Number, start, i)
			return
		}
	}
	l.emit(Number, start, i)
}

func (l *lexer) alnumBefore(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(l.src[:i])
	return isLetter(r) || isDigit(r)
}

func (l *lexer) letterOrDigitBefore(i int) bool {
	r, _ := utf8.DecodeLastRuneInString(l.src[:i])
	return isDigit(r)
}

// lexDots reads a run of dots, single spaces allowed between them, or a
// "…". Three or more make an Ellipsis; one is Punct; two are two Puncts.
func (l *lexer) lexDots() {
	start := l.pos
	if r, w := l.peek(start); r == '…' {
		l.emit(Ellipsis, start, start+w)
		return
	}
	if start > 0 && l.alnumBefore(start) && start+2 < len(l.src) && l.src[start+1] == ' ' && l.src[start+2] == '.' {
		// "compounds. . . . The": the dot glued to the word is a full
		// stop of its own; the spaced run after it is an ellipsis.
		l.emit(Punct, start, start+1)
		return
	}
	i, n, end := start, 0, start
	for i < len(l.src) {
		if l.src[i] == '.' {
			n++
			i++
			end = i
			continue
		}
		if l.src[i] == ' ' && i+1 < len(l.src) && l.src[i+1] == '.' {
			i++
			continue
		}
		break
	}
	if n >= 3 {
		l.emit(Ellipsis, start, end)
		return
	}
	l.emit(Punct, start, start+1)
}

// lexRun reads a run of the characters in set as one Punct: "!!", "?!".
func (l *lexer) lexRun(set string) {
	start, i := l.pos, l.pos
	for i < len(l.src) && containsByte(set, l.src[i]) {
		i++
	}
	l.emit(Punct, start, i)
}

// lexLink reads an e-mail address or URL at pos, if there is one, leaving
// any closing punctuation after it.
func (l *lexer) lexLink() bool {
	i := l.pos
	for i < len(l.src) {
		r, w := l.peek(i)
		if unicode.IsSpace(r) || r == '"' || r == '<' || r == '>' || r == '“' || r == '”' {
			break
		}
		i += w
	}
	s := l.src[l.pos:i]
	if !isLink(s) {
		return false
	}
	for i > l.pos {
		r, w := utf8.DecodeLastRuneInString(l.src[:i])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '/' {
			break
		}
		i -= w
	}
	l.emit(Link, l.pos, i)
	return true
}

func isLink(s string) bool {
	if hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.") {
		return len(s) > 7
	}
	at := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '@' {
			at = i
			break
		}
	}
	if at <= 0 {
		return false
	}
	dom := s[at+1:]
	dot := false
	for i := 0; i < len(dom); i++ {
		if dom[i] == '.' && i > 0 && i+1 < len(dom) && dom[i+1] != '.' {
			dot = true
		}
	}
	return dot
}

func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[i] {
			return false
		}
	}
	return true
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }
func isDigit(r rune) bool  { return '0' <= r && r <= '9' }

func isCurrency(r rune) bool {
	switch r {
	case '£', '$', '€', '¥', '₹', '₩':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }
