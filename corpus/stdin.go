package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"io"
	"os"
)

// Stdin is the path that stands for standard input.
const Stdin = "-"

// sniffBytes is how much of a stream Sniff looks at.
const sniffBytes = 4096

// stdin reads standard input as an archive of the kind its first bytes
// show: a pipe has no name to tell it by.
func (w *walker) stdin() bool {
	var r io.Reader = os.Stdin
	if w.opt.Stdin != nil {
		r = w.opt.Stdin
	}
	if w.opt.Read != nil {
		r = countingReader{r, w.opt.Read}
	}
	br := bufio.NewReaderSize(r, sniffBytes)
	head, _ := br.Peek(sniffBytes) // fewer at the end of a short stream
	return w.stream(Stdin, Sniff(head), br)
}

// Sniff names the kind of a stream that begins with head, as a file name
// whose ending Items reads it by: "stdin.jsonl" for JSON Lines (the first
// non-blank byte is '{'), "stdin.warc" for WARC, "stdin.tar", "stdin.zip",
// "stdin.html" for a page, "stdin.txt" for anything else (one article);
// gzip-compressed input gets ".gz" after the kind of what it holds.
func Sniff(head []byte) string {
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		inner := []byte{}
		if zr, err := gzip.NewReader(bytes.NewReader(head)); err == nil {
			// A prefix of the compressed stream gives a prefix of the
			// text; the error at its cut end does not matter here.
			inner, _ = io.ReadAll(io.LimitReader(zr, sniffBytes))
		}
		return Sniff(inner) + ".gz"
	}
	switch {
	case bytes.HasPrefix(head, []byte("WARC/")):
		return "stdin.warc"
	case len(head) >= 262 && string(head[257:262]) == "ustar":
		return "stdin.tar"
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return "stdin.zip"
	}
	text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case bytes.HasPrefix(text, []byte("{")):
		return "stdin.jsonl"
	case bytes.HasPrefix(text, []byte("<")) && (bytes.Contains(bytes.ToLower(text), []byte("<html")) || bytes.Contains(bytes.ToLower(text), []byte("<!doctype html"))):
		return "stdin.html"
	}
	return "stdin.txt"
}
