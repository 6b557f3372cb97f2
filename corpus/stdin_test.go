package corpus_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/racex/racex/corpus"
)

// TestStdinEveryKind feeds each kind of archive to "-" through
// Options.Stdin, as a pipe would, and finds its articles: the kind comes
// from the first bytes, since a pipe has no name.
func TestStdinEveryKind(t *testing.T) {
	jsonl := []byte(`{"id":"x1","text":"` + strings.ReplaceAll(story1, "\n", `\n`) + `"}` + "\n" +
		`{"id":"x2","text":"` + strings.ReplaceAll(story2, "\n", `\n`) + `"}` + "\n")
	for _, c := range []struct {
		name    string
		data    []byte
		kind    string
		sources []string
	}{
		{"text", []byte(story1), "stdin.txt", []string{"-"}},
		{"text with a BOM", append([]byte("\uFEFF"), story1...), "stdin.txt", []string{"-"}},
		{"html", []byte(page("Kipchoge wins in Berlin", story2, "utf-8")), "stdin.html", []string{"-"}},
		{"json lines", jsonl, "stdin.jsonl", []string{"-:1", "-:2"}},
		{"gzipped json lines", gzipBytes(t, jsonl), "stdin.jsonl.gz", []string{"-:1", "-:2"}},
		{"tar", tarBytes(t, member{"one.txt", []byte(story1)}, member{"two.txt", []byte(story2)}), "stdin.tar", []string{"-:one.txt", "-:two.txt"}},
		{"tar.gz", gzipBytes(t, tarBytes(t, member{"one.txt", []byte(story1)})), "stdin.tar.gz", []string{"-:one.txt"}},
		{"zip", zipBytes(t, member{"z/one.txt", []byte(story1)}), "stdin.zip", []string{"-:z/one.txt"}},
		{"warc.gz", warcBytes(t, true), "stdin.warc.gz", []string{"-:https://news.example/berlin", "-:https://news.example/london"}},
	} {
		head := c.data[:min(len(c.data), 4096)]
		if got := corpus.Sniff(head); got != c.kind {
			t.Errorf("%s: Sniff = %q, want %q", c.name, got, c.kind)
		}
		var sources []string
		for _, it := range collect(t, corpus.Options{Stdin: bytes.NewReader(c.data)}, "-") {
			if it.Ignored != "" {
				continue
			}
			a, err := it.Article()
			if err != nil {
				t.Errorf("%s: %s: %v", c.name, it.Source, err)
				continue
			}
			if !strings.Contains(a.Text, "Raworth") && !strings.Contains(a.Text, "Kipchoge") {
				t.Errorf("%s: %s: not a story: %q", c.name, it.Source, a.Text)
			}
			sources = append(sources, a.Source)
		}
		if strings.Join(sources, " ") != strings.Join(c.sources, " ") {
			t.Errorf("%s: sources %q, want %q", c.name, sources, c.sources)
		}
	}
}
