package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
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

// ingestGCPercent is the garbage collector's GOGC during an ingest (unless
// GOGC is set): BenchmarkIngest's extractor-alone baseline uses it too.
const ingestGCPercent = 200

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
other .gz, or a plain-text article. - reads standard input as the kind its
first bytes show (JSON Lines, WARC, tar, zip, HTML, any of them gzipped,
else one text article): zcat feed.jsonl.gz | racex ingest - works. Inside
directories and archives, .json files, images, scripts and hidden files
are not articles and are ignored.
Text is decoded from the charset a BOM, HTTP header or <meta> gives, else
as UTF-8, else as Windows-1252.

The store is a SQLite file (--db, the default, racex.db) or a PostgreSQL
database (--postgres URL). Each article is registered (its text and content
hash stored as pending) before it is extracted, by --workers goroutines
sharing one extraction pipeline, --batch at a time; its record and fact
rows are stored in the same transaction that marks it done. With SQLite,
reading, extracting and storing overlap: each registered batch goes
straight to the workers, and one writer saves all workers' results, 256
articles a transaction. An article already in the store (same text, same
hash) is skipped, so running again after a crash, kill -9 included,
finishes only what is left, and no article is stored twice or half.
Tables: documents, records, people, results, fundraising, quantities,
entities, errors.

With --postgres, any number of racex ingest processes, on any number of
machines, can run at once: each registers the SOURCEs it is given (or none)
and, meanwhile, claims pending documents with SELECT ... FOR UPDATE SKIP
LOCKED. --register-only registers and stops, so that workers started
afterwards without a SOURCE share the extraction.

With --jsonl OUT, records are appended to OUT instead, one per line; the
articles whose records OUT already holds are skipped. To skip them it keeps
every record's id in memory (about 85 bytes an article: 85 MB for a
million), so for archives of many millions use a database; its memory does
not grow with the archive.

A member that cannot be read (binary, empty, larger than --max-bytes,
undecodable, a truncated archive, a malformed JSON line) is an errors row
(with --jsonl: a line on standard error) and the run goes on; the first
few are named on standard error at the end. When standard error is a
terminal a progress bar shows the bytes read of the sources' total size,
with an ETA, and the articles stored and their rate; a one-line summary
is always printed.

Exit status: 0 when any article could be read (even if all were skipped),
1 when nothing could be read or the store failed, 2 on a usage error.`,
		Example: `  racex ingest testdata/
  racex ingest archive.tar.gz crawl.warc.gz --db news.db
  racex ingest --postgres postgres://racex@db/racex /shared/archive.tar.gz
  racex ingest feed.jsonl --jsonl records.jsonl
  zcat crawl.warc.gz | racex ingest - --db news.db`,
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
			if os.Getenv("GOGC") == "" {
				// The live heap is small and bounded (the model plus a few
				// batches); collecting at 3x it rather than 2x costs about
				// 30 MiB and saves about a third of the collector's CPU time.
				debug.SetGCPercent(ingestGCPercent)
			}
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
				sum.failures(cmd.ErrOrStderr(), where)
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
	f.IntVar(&o.batch, "batch", 32, "articles a worker takes at a time (with --postgres, also what it stores in one transaction)")
	f.BoolVar(&o.validate, "validate", false, "check each record against the JSON Schema before storing it (costs about as much as extraction)")
	f.BoolVar(&o.registerOnly, "register-only", false, "read and register the SOURCEs' articles as pending, extract none (for workers started later)")
	f.Int64Var(&o.maxBytes, "max-bytes", corpus.DefaultMaxBytes, "largest article (file, archive member, JSON line, WARC payload) read, in bytes")
	rootCmd.AddCommand(cmd)
}

// summary counts what an ingest did; the counters are shared by workers.
type summary struct {
	read, stored, skipped, failed, ignored atomic.Int64

	mu       sync.Mutex
	examples []store.ErrorRow // the first few failures, for the closing lines
}

// maxFailureExamples is how many failures a store run names on standard
// error: the rest are in the errors table.
const maxFailureExamples = 3

// fail counts a source that failed and keeps the first few reasons.
func (s *summary) fail(source, reason string) {
	s.failed.Add(1)
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.examples) < maxFailureExamples {
		s.examples = append(s.examples, store.ErrorRow{Source: source, Reason: reason})
	}
}

// failures writes the first few failures to w, and where the rest are.
func (s *summary) failures(w io.Writer, where string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, e := range s.examples {
		fmt.Fprintf(w, "racex: %s: %s\n", e.Source, e.Reason)
	}
	if n := s.failed.Load(); n > int64(len(s.examples)) {
		fmt.Fprintf(w, "racex: %d more failed; every failure is in the errors table of %s\n", n-int64(len(s.examples)), where)
	}
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
func decodeAll(ctx context.Context, sources []string, o ingestOptions, sum *summary, pb *bar) <-chan decoded {
	items := make(chan corpus.Item, 2*o.workers)
	out := make(chan decoded, 2*o.workers)
	go func() {
		defer close(items)
		for it := range corpus.Items(sources, corpus.Options{MaxBytes: o.maxBytes, Read: pb.read}) {
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
// terminal. It counts articles against a total of articles, or, when the
// number of articles ahead is unknown (an archive is read as it is
// ingested), bytes of the sources against their size, with the articles
// and their rate in its description: either way it has an ETA.
type bar struct {
	b        *progressbar.ProgressBar
	what     string
	bytes    bool
	start    time.Time
	articles atomic.Int64
}

func newBar(on bool, total int64, what string) *bar {
	if !on {
		return &bar{}
	}
	return &bar{b: progressbar.NewOptions64(total,
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

// newBytesBar counts the bytes read of sources of size bytes.
func newBytesBar(on bool, size int64, what string) *bar {
	if !on || size <= 0 {
		return newBar(on, -1, what)
	}
	return &bar{what: what, bytes: true, start: time.Now(), b: progressbar.NewOptions64(size,
		progressbar.OptionSetWriter(os.Stderr),
		progressbar.OptionSetDescription(what),
		progressbar.OptionShowBytes(true),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionSetRenderBlankState(true),
	)}
}

// add counts n articles done.
func (b *bar) add(n int) {
	if b.b == nil {
		return
	}
	if !b.bytes {
		b.b.Add(n)
		return
	}
	k := b.articles.Add(int64(n))
	b.b.Describe(fmt.Sprintf("%s: %d articles, %.0f/s", b.what, k, float64(k)/time.Since(b.start).Seconds()))
}

// read counts n bytes of the sources read (corpus.Options.Read).
func (b *bar) read(n int64) {
	if b.b != nil && b.bytes {
		b.b.Add64(n)
	}
}

func (b *bar) done() {
	if b.b != nil {
		b.b.Finish()
	}
}

// ingestStore stores the sources' articles and their records. With
// SQLite, one process owns the store: it registers the articles a batch at
// a time and extracts each batch's pending ones straight away, so reading,
// extracting and storing overlap. With PostgreSQL, it registers the
// articles while its workers claim pending documents alongside any other
// processes'. Either way it ends by claiming whatever is still pending
// (documents an interrupted or --register-only run left).
func ingestStore(ctx context.Context, st *store.Store, sources []string, o ingestOptions, stderr io.Writer) (*summary, error) {
	sum := &summary{}
	if len(sources) > 0 {
		var err error
		switch {
		case o.registerOnly:
			pb := newBytesBar(o.progress, corpus.Size(sources), "registering")
			err = register(ctx, st, sources, o, sum, pb, nil)
			pb.done()
		case st.Postgres():
			err = streamPostgres(ctx, st, sources, o, sum)
		default:
			err = streamSQLite(ctx, st, sources, o, sum)
		}
		if err != nil {
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
	x := newExtraction(ctx, st, o, sum, pb)
	x.run(func() (done bool) {
		b, err := st.Claim(ctx, o.batch)
		if err != nil {
			if ctx.Err() == nil {
				x.fail(err)
			}
			return true
		}
		if len(b.Docs) == 0 {
			return true
		}
		return !x.finish(b, x.extractAll(b.Docs))
	})
	return sum, x.wait()
}

// streamSQLite registers the sources' articles into a SQLite store and
// hands each registered batch's pending documents to the extraction
// workers at once.
func streamSQLite(ctx context.Context, st *store.Store, sources []string, o ingestOptions, sum *summary) error {
	pb := newBytesBar(o.progress, corpus.Size(sources), "ingesting")
	defer pb.done()
	// Two registration batches (of 256) wait, and a few more per worker,
	// so that workers need not stop while the store's one connection is
	// busy saving. With one batch (and one worker) they stopped half the
	// time: 31 s against 17 s for the synthetic 10,003 articles.
	todo := make(chan []store.Doc, 4*o.workers+512/o.batch)
	x := newExtraction(ctx, st, o, sum, pb)
	x.run(func() (done bool) {
		docs, ok := <-todo
		if !ok {
			return true
		}
		x.save(x.extractAll(docs))
		return false
	})
	err := register(ctx, st, sources, o, sum, pb, func(docs []store.Doc) bool {
		for len(docs) > 0 {
			n := min(o.batch, len(docs))
			select {
			case todo <- docs[:n]:
			case <-x.stop:
				return false
			case <-ctx.Done():
				return false
			}
			docs = docs[n:]
		}
		return true
	})
	close(todo)
	werr := x.wait()
	if err == nil || errors.Is(err, errStop) {
		err = werr
	}
	return err
}

// streamPostgres registers the sources' articles into a PostgreSQL store
// while the extraction workers claim pending documents from it, so that
// extracting starts with the first registered batch rather than after the
// whole archive is read. The workers claim what any process registered;
// they stop when nothing is pending and this process has registered all
// it was given (what is still pending then is held by other processes,
// or is claimed by the final pass of ingestStore).
func streamPostgres(ctx context.Context, st *store.Store, sources []string, o ingestOptions, sum *summary) error {
	pb := newBytesBar(o.progress, corpus.Size(sources), "ingesting")
	defer pb.done()
	x := newExtraction(ctx, st, o, sum, pb)
	registered := make(chan struct{}) // closed when registering has ended
	var regErr error
	go func() {
		defer close(registered)
		// The workers find the registered documents in the store; this
		// only stops registering when they have stopped.
		regErr = register(ctx, st, sources, o, sum, pb, func([]store.Doc) bool { return !x.stopped() })
	}()
	x.run(func() (done bool) {
		// Whether registering had ended before the claim: only then does
		// an empty claim mean that no more work is coming from here.
		ended := isClosed(registered)
		b, err := st.Claim(ctx, o.batch)
		if err != nil {
			if ctx.Err() == nil {
				x.fail(err)
			}
			return true
		}
		if len(b.Docs) > 0 {
			return !x.finish(b, x.extractAll(b.Docs))
		}
		if ended {
			return true
		}
		select {
		case <-registered:
		case <-time.After(200 * time.Millisecond):
		case <-x.stop:
		case <-ctx.Done():
		}
		return false
	})
	werr := x.wait()
	<-registered
	if regErr == nil || errors.Is(regErr, errStop) {
		return werr
	}
	return regErr
}

// isClosed reports whether ch is closed.
func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// extraction runs extraction workers over a store: one shared pipeline,
// --workers goroutines, and (SQLite) one writer that saves every worker's
// results, in transactions of up to 256 articles, while the workers go on
// extracting. With PostgreSQL each worker finishes its own claim, whose
// transaction holds the claimed rows' locks.
type extraction struct {
	ctx   context.Context
	st    *store.Store
	o     ingestOptions
	sum   *summary
	pb    *bar
	p     *extract.Pipeline
	saves chan []store.Result

	workers, writer sync.WaitGroup
	errOnce         sync.Once
	err             error
	stop            chan struct{} // closed at the first error
}

func newExtraction(ctx context.Context, st *store.Store, o ingestOptions, sum *summary, pb *bar) *extraction {
	x := &extraction{ctx: ctx, st: st, o: o, sum: sum, pb: pb, p: extract.Default(), stop: make(chan struct{})}
	if !st.Postgres() {
		// A writer's transaction of results may wait, and a few per worker.
		x.saves = make(chan []store.Result, 4*o.workers+256/o.batch)
		x.writer.Go(x.write)
	}
	return x
}

// fail keeps the first error and stops the run.
func (x *extraction) fail(err error) {
	x.errOnce.Do(func() {
		x.err = err
		close(x.stop)
	})
}

// failed reports whether the run has failed.
func (x *extraction) failed() bool {
	select {
	case <-x.stop:
		return true
	default:
		return false
	}
}

// stopped reports whether the run must stop: interrupted, or failed.
func (x *extraction) stopped() bool {
	return x.failed() || x.ctx.Err() != nil
}

// run starts the workers; each calls step until it reports done or the
// run stops.
func (x *extraction) run(step func() (done bool)) {
	for range x.o.workers {
		x.workers.Go(func() {
			for !x.stopped() {
				if step() {
					return
				}
			}
		})
	}
}

// wait waits for the workers and the writer, and returns the first error.
func (x *extraction) wait() error {
	x.workers.Wait()
	if x.saves != nil {
		close(x.saves)
		x.writer.Wait()
	}
	return x.err
}

func (x *extraction) extractAll(docs []store.Doc) []store.Result {
	res := make([]store.Result, len(docs))
	for i, d := range docs {
		res[i] = extractDoc(x.p, d, x.o.validate)
	}
	return res
}

// count adds saved results to the summary and the progress bar.
func (x *extraction) count(res []store.Result, stored int) {
	x.sum.stored.Add(int64(stored))
	failed := 0
	for _, r := range res {
		if r.Err != "" {
			failed++
			x.sum.fail(r.Source, r.Err)
		}
	}
	// The rest were stored meanwhile by another worker or process (the
	// same article read twice, registered while its first copy was
	// still pending).
	if dup := len(res) - stored - failed; dup > 0 {
		x.sum.skipped.Add(int64(dup))
	}
	x.pb.add(len(res))
}

// save hands results to the writer (SQLite). Results finished after an
// interrupt are still saved: the work is done.
func (x *extraction) save(res []store.Result) { x.saves <- res }

// finish stores a claimed batch's results: through the writer (SQLite) or
// in the claim's own transaction (PostgreSQL). It reports false when the
// worker must stop.
func (x *extraction) finish(b *store.Batch, res []store.Result) bool {
	if x.saves != nil {
		x.save(res)
		return true
	}
	// Finish even when interrupted: the work is done.
	n, err := b.Finish(context.WithoutCancel(x.ctx), res)
	if err != nil {
		b.Abort()
		x.fail(err)
		return false
	}
	x.count(res, n)
	return true
}

// write is the SQLite writer: it saves results in transactions of 256
// articles, or fewer when no more are waiting and the last save was a
// second ago (few large transactions cost less than many small ones).
func (x *extraction) write() {
	var pending []store.Result
	last := time.Now()
	flush := func() {
		last = time.Now()
		if len(pending) == 0 {
			return
		}
		n, err := x.st.Save(context.WithoutCancel(x.ctx), pending)
		if err != nil {
			x.fail(err)
		} else {
			x.count(pending, n)
		}
		pending = nil
	}
	for res := range x.saves {
		if x.failed() {
			continue // a save failed: the run is stopping
		}
		pending = append(pending, res...)
		if len(pending) >= 256 || len(x.saves) == 0 && time.Since(last) > time.Second {
			flush()
		}
	}
	flush()
}

// register reads the sources into the store as pending documents, a batch
// per transaction, and records the members that could not be read. When
// pending is not nil, it is given each batch's documents that are pending
// after registering; it reports false when the run must stop. pb hears of
// the bytes read, and, without pending, of the articles registered.
func register(ctx context.Context, st *store.Store, sources []string, o ingestOptions, sum *summary, pb *bar, pending func([]store.Doc) bool) error {
	const maxDocs, maxText = 256, 8 << 20
	var docs []store.Doc
	var errs []store.ErrorRow
	size := 0
	flush := func() error {
		r, todo, err := st.RegisterPending(context.WithoutCancel(ctx), docs)
		if err != nil {
			return err
		}
		sum.skipped.Add(int64(r.Done))
		if err := st.AddErrors(context.WithoutCancel(ctx), errs); err != nil {
			return err
		}
		if pending == nil {
			pb.add(len(docs) + len(errs))
		}
		if pending != nil && len(todo) > 0 && !pending(todo) {
			return errStop
		}
		docs, errs, size = nil, errs[:0], 0
		return nil
	}
	for d := range decodeAll(ctx, sources, o, sum, pb) {
		if d.err != nil {
			sum.fail(d.src, d.err.Error())
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

// errStop ends registering when the extraction it feeds has stopped; the
// extraction's own error is the one reported.
var errStop = errors.New("stopped")

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
	if probs := schema.ValidateRecord(data, rec); len(probs) > 0 {
		res.Err = fmt.Sprintf("extractor made an invalid record: %s", probs[0])
		return res
	}
	res.JSON, res.Record = data, rec
	return res
}
