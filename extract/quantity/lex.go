package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The lexer cuts text into the tokens the grammar reads: words, numbers,
// clock readings and single symbols, each with its byte span. It is a
// small state machine in the manner of text/template/parse: each state
// function consumes some input and returns the next state.

type tokKind uint8

const (
	tokWord   tokKind = iota + 1 // letters: "miles", "a.m.", "o'clock"
	tokNumber                    // digits: "26.2", "37,500", "-7"
	tokClock                     // digits with colons: "2:18:36", "61:40", "3:58.2"
	tokSymbol                    // any other single rune: "£", "-", "(", "°"
)

// token is one lexical item. space says white space (or the start of the
// text) comes before it; a token without it is glued to the one before
// ("13C", "26.2-mile"). nl says the white space held a line break.
type token struct {
	kind       tokKind
	start, end int
	val        string
	low        string // val in lower case
	space, nl  bool
}

type lexer struct {
	input     string
	start     int // start of the token being read
	pos       int // current position
	width     int // width of the last rune read
	space, nl bool
	toks      []token
}

type stateFn func(*lexer) stateFn

const eof = -1

// lex returns the tokens of text.
func lex(text string) []token { return lexInto(text, nil) }

// lexInto appends the tokens of text to buf[:0] and returns them.
func lexInto(text string, buf []token) []token {
	l := &lexer{input: text, space: true, toks: buf[:0]}
	for state := lexText; state != nil; {
		state = state(l)
	}
	return l.toks
}

func (l *lexer) next() rune {
	if l.pos >= len(l.input) {
		l.width = 0
		return eof
	}
	r, w := utf8.DecodeRuneInString(l.input[l.pos:])
	l.width = w
	l.pos += w
	return r
}

func (l *lexer) backup() { l.pos -= l.width }

func (l *lexer) peek() rune {
	r := l.next()
	l.backup()
	return r
}

// peekAt returns the byte at pos+n, or 0 past the end.
func (l *lexer) peekAt(n int) byte {
	if l.pos+n < len(l.input) {
		return l.input[l.pos+n]
	}
	return 0
}

func (l *lexer) emit(k tokKind) {
	val := l.input[l.start:l.pos]
	low := val
	if k == tokWord {
		low = strings.ToLower(val)
	}
	l.toks = append(l.toks, token{kind: k, start: l.start, end: l.pos, val: val, low: low, space: l.space, nl: l.nl})
	l.start = l.pos
	l.space, l.nl = false, false
}

func (l *lexer) acceptDigits() bool {
	n := 0
	for l.pos < len(l.input) && isDigit(l.input[l.pos]) {
		l.pos++
		n++
	}
	return n > 0
}

// lexText skips white space and chooses the state for the next token.
func lexText(l *lexer) stateFn {
	for {
		r := l.next()
		switch {
		case r == eof:
			return nil
		case unicode.IsSpace(r):
			l.space = true
			if r == '\n' {
				l.nl = true
			}
			l.start = l.pos
		case r < utf8.RuneSelf && isDigit(byte(r)):
			l.backup()
			return lexNumber
		case (r == '-' || r == '\u2212') && l.space && isDigit(l.peekAt(0)):
			// A minus sign before digits, after white space: "-7C".
			return lexNumber
		case unicode.IsLetter(r):
			return lexWord
		default:
			l.emit(tokSymbol)
		}
	}
}

// lexNumber reads digits with thousands commas and a decimal point
// ("37,500", "26.2"), or a clock reading ("2:18:36", "61:40", "3:58.27").
func lexNumber(l *lexer) stateFn {
	l.acceptDigits()
	kind := tokNumber
	// Indian grouping, lakhs and crores: "3,00,000", "12,34,567".
	if n := indianGroups(l.input[l.pos:]); n > 0 && l.pos-l.start <= 2 {
		l.pos += n
	}
	for {
		switch {
		case l.peekAt(0) == ',' && isDigit(l.peekAt(1)) && isDigit(l.peekAt(2)) && isDigit(l.peekAt(3)) && !isDigit(l.peekAt(4)) && kind == tokNumber:
			l.pos++
			l.acceptDigits()
			continue
		case l.peekAt(0) == ':' && isDigit(l.peekAt(1)) && isDigit(l.peekAt(2)) && !isDigit(l.peekAt(3)):
			l.pos++
			l.acceptDigits()
			kind = tokClock
			continue
		case l.peekAt(0) == '.' && isDigit(l.peekAt(1)):
			l.pos++
			l.acceptDigits()
		}
		break
	}
	l.emit(kind)
	return lexText
}

// indianGroups returns the length of the groups of an Indian-grouped
// number that s begins with after its first one or two digits: one or
// more ",dd" then ",ddd" with no digit after it ("3" then ",00,000");
// 0 when s does not begin so.
func indianGroups(s string) int {
	i, pairs := 0, 0
	for i+3 <= len(s) && s[i] == ',' && isDigit(s[i+1]) && isDigit(s[i+2]) {
		if i+4 <= len(s) && isDigit(s[i+3]) {
			// ",ddd": the last group, if no digit follows it.
			if pairs > 0 && (i+4 == len(s) || !isDigit(s[i+4])) {
				return i + 4
			}
			return 0
		}
		i += 3
		pairs++
	}
	return 0
}

// lexWord reads letters, with apostrophes inside ("o'clock") and dotted
// abbreviations of single letters ("a.m.", "U.S."). Digits end a word:
// "V50" is a word glued to a number.
func lexWord(l *lexer) stateFn {
	l.acceptLetters()
	if utf8.RuneCountInString(l.input[l.start:l.pos]) == 1 {
		dotted := false
		for l.peekAt(0) == '.' && singleLetterAt(l.input, l.pos+1) {
			l.pos++  // the dot
			l.next() // the letter
			dotted = true
		}
		if dotted && l.peekAt(0) == '.' {
			l.pos++
		}
	}
	l.emit(tokWord)
	return lexText
}

// acceptLetters reads a run of letters and inner apostrophes.
func (l *lexer) acceptLetters() {
	for {
		r := l.next()
		switch {
		case unicode.IsLetter(r), unicode.IsMark(r):
		case (r == '\'' || r == '\u2019') && isLetterAt(l.input, l.pos):
		default:
			l.backup()
			return
		}
	}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func isLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// singleLetterAt says whether s holds a letter at i not followed by
// another letter.
func singleLetterAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, w := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) && !isLetterAt(s, i+w)
}
