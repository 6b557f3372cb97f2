package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkFind runs Find over every testdata article and reports the time
// per article and per 700 words, and the CPU time per article (which a
// busy machine does not inflate). Issue 4's target: the quantity layer adds
// under 10 % to the full pipeline's time per article (well under 0.3 ms
// for a 700-word report).
// Run: go test ./extract/quantity -run '^$' -bench Find -benchmem
func BenchmarkFind(b *testing.B) {
	paths, _ := filepath.Glob("../../testdata/*.txt")
	if len(paths) == 0 {
		b.Skip("no testdata articles")
	}
	var texts []string
	words := 0
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(raw))
		words += len(strings.Fields(string(raw)))
	}
	cpu0 := cpuTime()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Find(t)
		}
	}
	if cpu := cpuTime() - cpu0; cpu > 0 {
		// CPU time, not wall time: the same on an idle or a busy machine.
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N)/float64(len(texts))/1e3, "cpu-µs/article")
	}
	perArticle := float64(b.Elapsed().Nanoseconds()) / float64(b.N) / float64(len(texts))
	b.ReportMetric(perArticle/1e3, "µs/article")
	b.ReportMetric(perArticle*700/(float64(words)/float64(len(texts)))/1e3, "µs/700words")
	b.ReportMetric(0, "ns/op")
}
