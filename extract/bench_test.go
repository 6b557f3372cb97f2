package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jdkato/prose/v2"
)

// benchArticles reads the articles the benchmarks run over: testdata and,
// when present, the shared development set.
func benchArticles(b *testing.B) []string {
	b.Helper()
	var paths []string
	for _, glob := range []string{"../testdata/*.txt", "../../shared/devset/*.txt", "../../shared/spec/examples/*.txt"} {
		m, _ := filepath.Glob(glob)
		paths = append(paths, m...)
	}
	var out []string
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, string(raw))
	}
	if len(out) == 0 {
		b.Skip("no articles")
	}
	return out
}

// BenchmarkExtract runs the full pipeline over every article, and in the
// same run prose.NewDocument (prose's tokenizer, segmenter, tagger and NER
// with its default model) over the same articles, and reports articles per
// second for both and their ratio:
//
//	go test ./extract -run '^$' -bench Extract -benchtime 3x
//
// The pipeline is built once, as a program would; prose.NewDocument loads
// its default model on every call, as its documentation shows it used.
func BenchmarkExtract(b *testing.B) {
	arts := benchArticles(b)
	p := Default()
	b.ResetTimer()
	var racex, proseT time.Duration
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		for _, a := range arts {
			p.Extract(Input{Text: a})
		}
		racex += time.Since(t0)
		t0 = time.Now()
		for _, a := range arts {
			if _, err := prose.NewDocument(a); err != nil {
				b.Fatal(err)
			}
		}
		proseT += time.Since(t0)
	}
	n := float64(b.N * len(arts))
	ra := n / racex.Seconds()
	pa := n / proseT.Seconds()
	b.ReportMetric(ra, "racex-articles/s")
	b.ReportMetric(pa, "prose-articles/s")
	b.ReportMetric(ra/pa, "ratio")
}

// BenchmarkExtractParallel runs the pipeline from several goroutines at
// once over the same shared Pipeline.
func BenchmarkExtractParallel(b *testing.B) {
	arts := benchArticles(b)
	p := Default()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		i := 0
		for pb.Next() {
			p.Extract(Input{Text: arts[i%len(arts)]})
			i++
		}
	})
}

// BenchmarkExtractLong extracts one long text, the annotated articles
// joined and repeated to 64 KiB, 256 KiB and 1 MiB, and reports the time
// per KiB: a figure that grows with the size shows work that grows faster
// than the text (a scan of every mention for every mention, say), which a
// long results file or a mistaken archive member would turn into minutes.
//
//	go test ./extract -run '^$' -bench ExtractLong -benchtime 1x
func BenchmarkExtractLong(b *testing.B) {
	var all strings.Builder
	for _, a := range benchArticles(b) {
		all.WriteString(a)
		all.WriteString("\n\n")
	}
	p := Default()
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		text := strings.Repeat(all.String(), size/all.Len()+1)[:size]
		b.Run(fmt.Sprintf("%dKiB", size>>10), func(b *testing.B) {
			for b.Loop() {
				p.Extract(Input{Text: text})
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(size>>10), "µs/KiB")
		})
	}
}
