package store_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/internal/synth"
	"github.com/racex/racex/store"
)

var benchDocs = flag.Int("store.n", 2048, "articles BenchmarkSQLite registers and saves")

// BenchmarkSQLite measures what racex ingest's SQLite writer does per
// article, on records the extractor made of synthetic reports: registering
// the texts (register) and saving records with their fact rows in
// transactions of 256 (save), against extracting the same articles (timed
// once, before): how many extracting cores one writer keeps up with, and
// what share of a core is left to extraction when the two share it. Run:
//
//	go test ./store -run '^$' -bench SQLite -benchtime 3x
func BenchmarkSQLite(b *testing.B) {
	p := extract.Default()
	docs := make([]store.Doc, *benchDocs)
	results := make([]store.Result, len(docs))
	var extracting time.Duration
	for i := range docs {
		title, text := synth.Article(i)
		docs[i] = store.Doc{ID: corpus.ID(text), Source: fmt.Sprintf("bench/%06d.txt", i), Title: title, Text: text}
		start := time.Now()
		rec := p.Extract(extract.Input{Source: docs[i].Source, Title: title, Text: text})
		extracting += time.Since(start)
		data, err := json.Marshal(rec)
		if err != nil {
			b.Fatal(err)
		}
		results[i] = store.Result{ID: docs[i].ID, Source: docs[i].Source, JSON: data, Record: rec}
	}
	ctx := context.Background()
	const batch = 256
	var register, save time.Duration
	b.ResetTimer()
	for i := range b.N {
		b.StopTimer()
		s, err := store.OpenSQLite(filepath.Join(b.TempDir(), fmt.Sprintf("bench-%d.db", i)))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for k := 0; k < len(docs); k += batch {
			if _, _, err := s.RegisterPending(ctx, docs[k:min(k+batch, len(docs))]); err != nil {
				b.Fatal(err)
			}
		}
		mid := time.Now()
		for k := 0; k < len(results); k += batch {
			n, err := s.Save(ctx, results[k:min(k+batch, len(results))])
			if err != nil {
				b.Fatal(err)
			}
			if want := min(batch, len(results)-k); n != want {
				b.Fatalf("saved %d of %d", n, want)
			}
		}
		register += mid.Sub(start)
		save += time.Since(mid)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	per := float64(b.N * len(docs))
	reg, sav := float64(register.Microseconds())/per, float64(save.Microseconds())/per
	ext := float64(extracting.Microseconds()) / float64(len(docs))
	b.ReportMetric(reg, "register-µs/article")
	b.ReportMetric(sav, "save-µs/article")
	b.ReportMetric(ext, "extract-µs/article")
	// How many cores' worth of extraction one writer keeps up with, and
	// the share of one core's time left to extraction when the writer
	// shares the cores with it.
	b.ReportMetric(ext/(reg+sav), "cores-one-writer-feeds")
	b.ReportMetric(ext/(ext+reg+sav), "extract-share")
	b.ReportMetric(0, "ns/op")
}
