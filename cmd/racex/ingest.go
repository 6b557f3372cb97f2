package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
	"github.com/racex/racex/store"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

// ingestOptions are the flags of racex ingest.
type ingestOptions struct {
	db, postgres, jsonl string
	workers, batch      int
	maxBytes            int64
	progress            bool
	registerOnly        bool
	validate            bool
}

func init() {
	var o ingestOptions
	cmd := &cobra.Command{
		Use:   "ingest SOURCE... [--db FILE.db | --postgres URL | --jsonl OUT]",
		Short: "Extract a whole archive into a database, on every core, resumably",
		Long: `Read every article of the SOURCEs, extract its record and store it.

A SOURCE is a directory (read recursively), a .tar, .tar.gz/.tgz or .zip
archive, a JSON Lines file (.jsonl: {"id","text"} or {"id","url","html"} per
line), a WARC file (.warc, .warc.gz: the HTML and text of HTTP responses), an
HTML page (.html, .htm: its main text, its headline as the title), any
other .gz, or a plain-text article. Inside directories and archives, .json
files, images, scripts and hidden files are not articles and are ignored.
Text is decoded from the charset a BOM, HTTP header or <meta> gives, else
as UTF-8, else as Windows-1252.

The store is a SQLite file (--db, the default, racex.db) or a PostgreSQL
database (--postgres URL). Articles are first registered (their text and
content hash stored as pending), then extracted by --workers goroutines
sharing one extraction pipeline, --batch at a time; a batch's records and
fact rows are stored in one transaction (with SQLite, one writer saves all
workers' results, up to 256 articles a transaction). An article already in the store (same text, same hash) is
skipped, so running again after a crash, kill -9 included, finishes only
what is left, and no article is stored twice or half. Tables: documents,
records, people, results, fundraising, quantities, entities, errors.

With --postgres, any number of racex ingest processes, on any number of
machines, can run at once: each registers the SOURCEs it is given (or none)
and claims pending documents with SELECT ... FOR UPDATE SKIP LOCKED.
--register-only registers and stops, so that workers started afterwards
without a SOURCE share the extraction.

With --jsonl OUT, records are appended to OUT instead, one per line; the
articles whose records OUT already holds are skipped.

A member that cannot be read (binary, empty, larger than --max-bytes,
undecodable, a truncated archive, a malformed JSON line) is an errors row
(with --jsonl: a line on standard error) and the run goes on. A progress
bar is shown when standard error is a terminal; a one-line summary is
always printed.

Exit status: 0 when any article could be read (even if all were skipped),
1 when nothing could be read or the store failed, 2 on a usage error.`,
		Example: `  racex ingest testdata/
  racex ingest archive.tar.gz crawl.warc.gz --db news.db
  racex ingest --postgres postgres://racex@db/racex /shared/archive.tar.gz
  racex ingest feed.jsonl --jsonl records.jsonl`,
		RunE: func(cmd *cobra.Command, args []string) error {
			n := 0
			for _, set := range []bool{cmd.Flags().Changed("db"), o.postgres != "", o.jsonl != ""} {
				if set {
					n++
				}
			}
			if n > 1 {
				return fmt.Errorf("give one of --db, --postgres and --jsonl")
			}
			if len(args) == 0 && o.postgres == "" {
				return fmt.Errorf("no SOURCE given (only --postgres workers may run without one, to help with work already registered)")
			}
			if o.workers < 1 || o.batch < 1 || o.maxBytes < 1 {
				return fmt.Errorf("--workers, --batch and --max-bytes must be at least 1")
			}
			o.progress = isatty.IsTerminal(os.Stderr.Fd()) || isatty.IsCygwinTerminal(os.Stderr.Fd())
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			var sum *summary
			var err error
			start := time.Now()
			where := o.db
			if o.jsonl != "" {
				where = o.jsonl
				sum, err = ingestJSONL(ctx, args, o, cmd.ErrOrStderr())
			} else {
				var st *store.Store
				if o.postgres != "" {
					where = "PostgreSQL"
					st, err = store.OpenPostgres(o.postgres)
				} else {
					st, err = store.OpenSQLite(o.db)
				}
				if err != nil {
					return &exitError{1, err.Error()}
				}
				defer st.Close()
				sum, err = ingestStore(ctx, st, args, o, cmd.ErrOrStderr())
			}
			fmt.Fprintln(cmd.OutOrStdout(), sum.line(time.Since(start), where))
			if err != nil {
				return &exitError{1, err.Error()}
			}
			if ctx.Err() != nil {
				return &exitError{1, "interrupted; run again to finish"}
			}
			if len(args) > 0 && sum.read.Load() == 0 {
				return &exitError{1, "nothing could be read"}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.db, "db", "racex.db", "SQLite database file to store into")
	f.StringVar(&o.postgres, "postgres", "", "PostgreSQL database URL to store into (postgres://user@host/db)")
	f.StringVar(&o.jsonl, "jsonl", "", "append records to this JSON Lines file instead of a database")
	f.IntVar(&o.workers, "workers", runtime.NumCPU(), "extraction goroutines")
	f.IntVar(&o.batch, "batch", 32, "articles a worker claims and stores in one transaction")
	f.BoolVar(&o.validate, "validate", false, "check each record against the JSON Schema before storing it (costs about as much as extraction)")
	f.BoolVar(&o.registerOnly, "register-only", false, "read and register the SOURCEs' articles as pending, extract none (for workers started later)")
	f.Int64Var(&o.maxBytes, "max-bytes", corpus.DefaultMaxBytes, "largest article (file, archive member, JSON line, WARC payload) read, in bytes")
	rootCmd.AddCommand(cmd)
}

// summary counts what an ingest did; the counters are shared by workers.
type summary struct {
	read, stored, skipped, failed, ignored atomic.Int64
}

func (s *summary) line(d time.Duration, where string) string {
	rate := ""
	if sec := d.Seconds(); sec > 0 && s.stored.Load() > 0 {
		rate = fmt.Sprintf(", %.1f articles/s", float64(s.stored.Load())/sec)
	}
	return fmt.Sprintf("ingest: %d read, %d stored, %d skipped (already stored), %d failed, %d ignored (not articles) in %s%s -> %s",
		s.read.Load(), s.stored.Load(), s.skipped.Load(), s.failed.Load(), s.ignored.Load(), d.Round(10*time.Millisecond), rate, where)
}

// decoded is an item after decoding: an article or an error.
type decoded struct {
	a   corpus.Article
	src string
	err error
}

// decodeAll reads the sources and decodes their items on workers
// goroutines; the channel it returns is closed when all are read. Ignored
// items are counted and dropped. Memory is bounded: items wait in channels
// of a few per worker, each at most --max-bytes.
func decodeAll(ctx context.Context, sources []string, o ingestOptions, sum *summary) <-chan decoded {
	items := make(chan corpus.Item, 2*o.workers)
	out := make(chan decoded, 2*o.workers)
	go func() {
		defer close(items)
		for it := range corpus.Items(sources, corpus.Options{MaxBytes: o.maxBytes}) {
			if it.Ignored != "" {
				sum.ignored.Add(1)
				continue
			}
			select {
			case items <- it:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range o.workers {
		wg.Go(func() {
			for it := range items {
				a, err := it.Article()
				out <- decoded{a: a, src: it.Source, err: err}
			}
		})
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

// bar is a progress bar on standard error, or nothing when that is not a
// terminal.
type bar struct{ b *progressbar.ProgressBar }

func newBar(on bool, total int64, what string) *bar {
	if !on {
		return &bar{}
	}
	return &bar{progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionSetPredictTime(total > 0),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

func (b *bar) add(n int) {
	if b.b != nil {
		b.b.Add(n)
	}
}

func (b *bar) done() {
	if b.b != nil {
		b.b.Finish()
	}
}

// ingestStore registers the sources' articles, then extracts every pending
// document of the store.
func ingestStore(ctx context.Context, st *store.Store, sources []string, o ingestOptions, stderr io.Writer) (*summary, error) {
	sum := &summary{}
	if len(sources) > 0 {
		if err := register(ctx, st, sources, o, sum); err != nil {
			return sum, err
		}
	}
	if ctx.Err() != nil || o.registerOnly {
		return sum, nil
	}
	total, err := st.Pending(ctx)
	if err != nil {
		return sum, err
	}
	if total == 0 {
		return sum, nil
	}
	pb := newBar(o.progress, int64(total), "extracting")
	defer pb.done()
	p := extract.Default()
	var firstErr error
	var errOnce sync.Once
	fail := func(err error) { errOnce.Do(func() { firstErr = err }) }
	count := func(res []store.Result, stored int) {
		sum.stored.Add(int64(stored))
		for _, r := range res {
			if r.Err != "" {
				sum.failed.Add(1)
			}
		}
		pb.add(len(res))
	}
	// SQLite: one writer saves every worker's results, in transactions of
	// up to 256 articles, while the workers go on extracting. PostgreSQL:
	// each worker finishes its own claim, whose transaction holds the
	// claimed rows' locks.
	var saves chan []store.Result
	var writer sync.WaitGroup
	if !st.Postgres() {
		saves = make(chan []store.Result, o.workers)
		writer.Go(func() {
			var pending []store.Result
			flush := func() {
				if len(pending) == 0 {
					return
				}
				n, err := st.Save(context.WithoutCancel(ctx), pending)
				if err != nil {
					fail(err)
				} else {
					count(pending, n)
				}
				pending = nil
			}
			for res := range saves {
				pending = append(pending, res...)
				if len(pending) >= 256 || len(saves) == 0 {
					flush()
				}
			}
			flush()
		})
	}
	var wg sync.WaitGroup
	for range o.workers {
		wg.Go(func() {
			for ctx.Err() == nil {
				b, err := st.Claim(ctx, o.batch)
				if err != nil {
					if ctx.Err() == nil {
						fail(err)
					}
					return
				}
				if len(b.Docs) == 0 {
					return
				}
				res := make([]store.Result, len(b.Docs))
				for i, d := range b.Docs {
					res[i] = extractDoc(p, d, o.validate)
				}
				if saves != nil {
					saves <- res
					continue
				}
				// Finish even when interrupted: the work is done.
				n, err := b.Finish(context.WithoutCancel(ctx), res)
				if err != nil {
					b.Abort()
					fail(err)
					return
				}
				count(res, n)
			}
		})
	}
	wg.Wait()
	if saves != nil {
		close(saves)
		writer.Wait()
	}
	return sum, firstErr
}

// register reads the sources into the store as pending documents, a batch
// per transaction, and records the members that could not be read.
func register(ctx context.Context, st *store.Store, sources []string, o ingestOptions, sum *summary) error {
	pb := newBar(o.progress, -1, "reading")
	defer pb.done()
	const maxDocs, maxText = 256, 8 << 20
	var docs []store.Doc
	var errs []store.ErrorRow
	size := 0
	flush := func() error {
		r, err := st.Register(context.WithoutCancel(ctx), docs)
		if err != nil {
			return err
		}
		sum.skipped.Add(int64(r.Done))
		if err := st.AddErrors(context.WithoutCancel(ctx), errs); err != nil {
			return err
		}
		pb.add(len(docs) + len(errs))
		docs, errs, size = docs[:0], errs[:0], 0
		return nil
	}
	for d := range decodeAll(ctx, sources, o, sum) {
		if d.err != nil {
			sum.failed.Add(1)
			errs = append(errs, store.ErrorRow{Source: d.src, Reason: d.err.Error()})
		} else {
			sum.read.Add(1)
			docs = append(docs, store.Doc{ID: d.a.ID, Source: d.a.Source, Title: d.a.Title, Text: d.a.Text})
			size += len(d.a.Text)
		}
		if len(docs)+len(errs) >= maxDocs || size >= maxText {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

// extractDoc extracts one document's record and, with validate, checks it
// against the schema. A panic in the extractor or an invalid record fails
// that document only.
func extractDoc(p *extract.Pipeline, d store.Doc, validate bool) (res store.Result) {
	res = store.Result{ID: d.ID, Source: d.Source}
	defer func() {
		if v := recover(); v != nil {
			res.JSON, res.Record = nil, nil
			res.Err = fmt.Sprintf("extractor failed: %v", v)
		}
	}()
	rec := p.Extract(extract.Input{Source: d.Source, Title: d.Title, Text: d.Text})
	data, err := encode(rec, false)
	if err != nil {
		res.Err = "encoding the record: " + err.Error()
		return res
	}
	if !validate {
		res.JSON, res.Record = data, rec
		return res
	}
	if probs := schema.Validate(data); len(probs) > 0 {
		res.Err = fmt.Sprintf("extractor made an invalid record: %s", probs[0])
		return res
	}
	res.JSON, res.Record = data, rec
	return res
}
