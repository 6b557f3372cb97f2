package corpus_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/internal/synth"
)

// FuzzItems reads arbitrary bytes as each kind of source an archive holds
// and checks that reading never panics and that every item is either an
// article, an error or ignored. Seeds are real archives of each kind.
//
//	go test ./corpus -run '^$' -fuzz FuzzItems -fuzztime 2m
func FuzzItems(f *testing.F) {
	dir := f.TempDir()
	mix, err := synth.WriteMixed(dir, 6)
	if err != nil {
		f.Fatal(err)
	}
	for _, p := range mix.Files {
		data, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		if len(data) < 64<<10 {
			f.Add(data)
		}
	}
	f.Add([]byte("<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><p>Caf\xe9 run</p></body></html>"))
	f.Add([]byte("{\"id\":\"1\",\"text\":\"A race.\"}\n{\"id\":2}\n"))
	exts := []string{".txt", ".html", ".jsonl", ".tar", ".tar.gz", ".zip", ".warc", ".warc.gz", ".gz"}
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		// A reader that never returns would stall an ingest for good: a
		// hang guard, far above the milliseconds an input takes.
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				panic(fmt.Sprintf("reading %d bytes has not finished in 30s: %q", len(data), data))
			}
		}()
		for _, ext := range exts {
			p := filepath.Join(dir, "in"+ext)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for it := range corpus.Items([]string{p}, corpus.Options{MaxBytes: 1 << 20}) {
				if it.Err != nil || it.Ignored != "" {
					continue
				}
				a, err := it.Article()
				if err == nil && (a.ID == "" || a.Text == "") {
					t.Errorf("%s: an article without text or id: %+v", ext, a)
				}
			}
		}
	})
}
