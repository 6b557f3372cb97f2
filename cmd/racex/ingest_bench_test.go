package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/internal/synth"
)

var benchArticles = flag.Int("ingest.n", 10000, "articles in BenchmarkIngest's synthetic archive")

// cpuTime is the CPU time (user and system) this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIngest writes a synthetic archive of -ingest.n articles in mixed
// formats (tar.gz of text, zip of HTML pages, JSON Lines, WARC, loose
// files, and bad members) and measures:
//
//   - extract: the extractor alone, one goroutine, on the same decoded
//     articles: the single-core throughput ingest is compared with;
//   - extract-cli: `racex extract FILE` run once per article, on a sample
//     of 20 (ingest's ratio to it is x-extract-cli);
//   - ingest/workers=1 and ingest/workers=2: the racex ingest binary into
//     a fresh SQLite file, as a user runs it.
//
// Each reports articles/s (wall clock), articles per CPU-second (which a
// busy machine disturbs less), and for ingest the peak resident memory of
// the process, the ratio of its throughput per worker to the extractor's
// single-core throughput (the target is at least 0.9), and the ratio of
// its articles per CPU-second to the extractor's: how much of each core's
// time goes to extraction rather than to reading and storing, a figure a
// busy machine disturbs less. Run:
//
//	go test ./cmd/racex -run '^$' -bench Ingest -benchtime 1x -ingest.n 10000
func BenchmarkIngest(b *testing.B) {
	dir := b.TempDir()
	in := filepath.Join(dir, "archive")
	mix, err := synth.WriteMixed(in, *benchArticles)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("archive: %d articles, %d bad members, %d files", mix.Articles, mix.Bad, len(mix.Files))

	var arts []corpus.Article
	for it := range corpus.Items([]string{in}, corpus.Options{}) {
		if a, err := it.Article(); err == nil {
			arts = append(arts, a)
		}
	}
	if len(arts) != mix.Articles {
		b.Fatalf("decoded %d articles, want %d", len(arts), mix.Articles)
	}
	p := extract.Default()
	// The extractor alone, with the collector as racex ingest sets it so
	// that the two compare: on one goroutine (the single-core throughput
	// that ingest's workers are measured against), and on two, which is
	// what this machine's cores give extraction with nothing else to do:
	// the ceiling for ingest with two workers.
	var single, singleCPU float64 // the extractor's articles/s and articles/cpu-s on one goroutine
	for _, g := range []int{1, 2} {
		b.Run(fmt.Sprintf("extract/goroutines=%d", g), func(b *testing.B) {
			defer debug.SetGCPercent(debug.SetGCPercent(ingestGCPercent))
			b.ResetTimer()
			for range b.N {
				start, cpu0 := time.Now(), cpuTime()
				var wg sync.WaitGroup
				for k := range g {
					wg.Go(func() {
						for i := k; i < len(arts); i += g {
							a := arts[i]
							p.Extract(extract.Input{Source: a.Source, Title: a.Title, Text: a.Text})
						}
					})
				}
				wg.Wait()
				wall, cpu := time.Since(start), cpuTime()-cpu0
				rate, rateCPU := float64(len(arts))/wall.Seconds(), float64(len(arts))/cpu.Seconds()
				b.ReportMetric(rate, "articles/s")
				b.ReportMetric(rateCPU, "articles/cpu-s")
				if g == 1 {
					single, singleCPU = rate, rateCPU
				} else if single > 0 {
					b.ReportMetric(rate/float64(g)/single, "per-goroutine/extract")
				}
			}
		})
	}

	// racex extract run once per article file, as a shell loop over an
	// archive would: on a sample, since each run loads the models anew.
	var perFile float64
	b.Run("extract-cli", func(b *testing.B) {
		const sample = 20
		files := make([]string, sample)
		for i := range files {
			_, text := synth.Article(i)
			files[i] = filepath.Join(dir, fmt.Sprintf("cli-%02d.txt", i))
			if err := os.WriteFile(files[i], []byte(text), 0o644); err != nil {
				b.Fatal(err)
			}
		}
		b.ResetTimer()
		for range b.N {
			start := time.Now()
			for _, f := range files {
				if out, err := exec.Command(racexBin, "extract", f).CombinedOutput(); err != nil {
					b.Fatalf("racex extract %s: %v: %s", f, err, out)
				}
			}
			perFile = sample / time.Since(start).Seconds()
			b.ReportMetric(perFile, "articles/s")
		}
	})

	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("ingest/workers=%d", workers), func(b *testing.B) {
			for i := range b.N {
				db := filepath.Join(dir, fmt.Sprintf("bench-%d-%d.db", workers, i))
				cmd := exec.Command(racexBin, "ingest", in, "--db", db, "--workers", fmt.Sprint(workers))
				cmd.Stderr = os.Stderr
				start := time.Now()
				out, err := cmd.Output()
				wall := time.Since(start)
				if err != nil {
					b.Fatalf("%v: %s", err, out)
				}
				if c, _ := parseSummary(string(out)); c[1] != mix.Articles || c[3] != mix.Bad {
					b.Fatalf("stored %d and failed %d, want %d and %d: %s", c[1], c[3], mix.Articles, mix.Bad, out)
				}
				ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
				cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
				rate := float64(mix.Articles) / wall.Seconds()
				b.ReportMetric(rate, "articles/s")
				b.ReportMetric(float64(mix.Articles)/cpu.Seconds(), "articles/cpu-s")
				b.ReportMetric(float64(ru.Maxrss)/1024, "peak-MiB")
				if single > 0 {
					b.ReportMetric(rate/float64(workers)/single, "per-worker/extract")
					b.ReportMetric(float64(mix.Articles)/cpu.Seconds()/singleCPU, "per-cpu-s/extract")
				}
				if perFile > 0 {
					b.ReportMetric(rate/perFile, "x-extract-cli")
				}
				os.Remove(db)
			}
		})
	}
}
