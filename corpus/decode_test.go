package corpus

import (
	"errors"
	"testing"
)

func TestDecode(t *testing.T) {
	cases := []struct {
		name string
		raw  []byte
		want string
		err  error
	}{
		{"utf8", []byte("Raworth, 43, ran.\n"), "Raworth, 43, ran.\n", nil},
		{"bom", []byte("\xEF\xBB\xBFCaf\xC3\xA9"), "Café", nil},
		{"crlf", []byte("a\r\nb\rc"), "a\nb\nc", nil},
		{"cp1252", []byte("\x93Quoted\x94 \xA316,000 caf\xE9"), "\u201CQuoted\u201D £16,000 café", nil},
		{"utf16le", []byte{0xFF, 0xFE, 'H', 0, 'i', 0}, "Hi", nil},
		{"binary", []byte("PK\x03\x04\x00\x00junk"), "", ErrBinary},
		{"empty", []byte(" \n\t"), "", ErrEmpty},
	}
	for _, c := range cases {
		got, err := Decode(c.raw)
		if !errors.Is(err, c.err) || got != c.want {
			t.Errorf("%s: Decode = %q, %v; want %q, %v", c.name, got, err, c.want, c.err)
		}
	}
}

func TestIDIsSHA256OfText(t *testing.T) {
	// sha256("abc"), from FIPS 180-2 appendix B.1.
	if got := ID("abc"); got != "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" {
		t.Fatal(got)
	}
}
