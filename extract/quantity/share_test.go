package quantity_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/racex/racex/extract"
	"github.com/racex/racex/extract/quantity"
)

// BenchmarkShareOfPipeline runs the full extraction pipeline and the
// quantity layer alone over the same articles, in the same run (so a busy
// machine slows both alike), and reports the layer's share of the
// pipeline's time per article. Issue 4's target: under 10 %.
// Run: go test ./extract/quantity -run '^$' -bench ShareOfPipeline -benchtime 3x
func BenchmarkShareOfPipeline(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/*.txt")
	if len(paths) == 0 {
		b.Skip("no testdata articles")
	}
	var texts []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	p := extract.Default()
	b.ResetTimer()
	var pipe, find time.Duration
	for b.Loop() {
		t0 := time.Now()
		for _, t := range texts {
			p.Extract(extract.Input{Text: t})
		}
		pipe += time.Since(t0)
		t0 = time.Now()
		for _, t := range texts {
			quantity.Find(t)
		}
		find += time.Since(t0)
	}
	n := float64(b.N * len(texts))
	b.ReportMetric(float64(pipe.Microseconds())/n, "pipeline-µs/article")
	b.ReportMetric(float64(find.Microseconds())/n, "quantity-µs/article")
	b.ReportMetric(100*find.Seconds()/pipe.Seconds(), "quantity-%")
	b.ReportMetric(0, "ns/op")
}
