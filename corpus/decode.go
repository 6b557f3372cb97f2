// Package corpus reads articles from files, directories, standard input and
// archives, and decodes them to UTF-8 text once, at the edge.
package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// Article is one decoded article.
type Article struct {
	// ID is the hex SHA-256 of Text: the same article read twice, from
	// anywhere, has the same ID.
	ID string
	// Source names where the article came from: a path, "-" for standard
	// input, or "archive.tar.gz:member.txt" for an archive member.
	Source string
	// Title is the headline when the source gives one apart from the text
	// (an HTML <title>, a JSON field); "" when it does not.
	Title string
	// Text is the decoded article: UTF-8, line ends as "\n".
	Text string
}

// Errors Decode returns; callers test them with errors.Is.
var (
	ErrEmpty  = errors.New("empty: no text")
	ErrBinary = errors.New("binary data, not text")
	// ErrUndecodable is text whose bytes do not make sense in the
	// encoding it declares: more than one character in a hundred comes
	// out as U+FFFD, the replacement character.
	ErrUndecodable = errors.New("undecodable text")
)

// Decode turns raw bytes into article text: a UTF-8 or UTF-16 byte-order
// mark is honoured and removed; bytes that are not valid UTF-8 are read as
// Windows-1252, the commonest wrong encoding in news archives; CRLF and lone
// CR become LF. Data with NUL bytes or many control characters is rejected
// as binary, and text with nothing but white space as empty.
func Decode(raw []byte) (string, error) {
	var text string
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		text = string(raw[3:])
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}), bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		if raw[0] == 0xFE {
			dec = unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		}
		b, err := dec.Bytes(raw)
		if err != nil {
			return "", err
		}
		text = string(b)
	default:
		if looksBinary(raw) {
			return "", ErrBinary
		}
		if utf8.Valid(raw) {
			text = string(raw)
		} else {
			b, err := charmap.Windows1252.NewDecoder().Bytes(raw)
			if err != nil {
				return "", err
			}
			text = string(b)
		}
	}
	if looksBinary([]byte(text)) {
		return "", ErrBinary
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if err := checkText(text); err != nil {
		return "", err
	}
	return text, nil
}

// checkText rejects decoded text that is empty or mostly replacement
// characters.
func checkText(text string) error {
	if strings.TrimSpace(text) == "" {
		return ErrEmpty
	}
	if bad := strings.Count(text, "\uFFFD"); bad > 0 && bad*100 > utf8.RuneCountInString(text) {
		return fmt.Errorf("%w: %d of %d characters are U+FFFD", ErrUndecodable, bad, utf8.RuneCountInString(text))
	}
	return nil
}

// looksBinary reports a NUL byte, or more than one control character in a
// hundred, in the first 8 KiB: text has neither.
func looksBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	ctl := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f':
			ctl++
		}
	}
	return ctl*100 > len(b)
}

// ID returns the hex SHA-256 of text, the record's doc.id.
func ID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// NewArticle decodes raw bytes read from source into an Article.
func NewArticle(source string, raw []byte) (Article, error) {
	text, err := Decode(raw)
	if err != nil {
		return Article{}, err
	}
	return Article{ID: ID(text), Source: source, Text: text}, nil
}
