package main

import (
	"bufio"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/internal/pgtest"
	"github.com/racex/racex/internal/synth"
	"github.com/racex/racex/schema"
	"github.com/racex/racex/store"
)

var summaryRE = regexp.MustCompile(`^ingest: (\d+) read, (\d+) stored, (\d+) skipped \(already stored\), (\d+) failed, (\d+) ignored`)

// counts parses the summary line: read, stored, skipped, failed, ignored.
func counts(t *testing.T, stdout string) [5]int {
	t.Helper()
	c, ok := parseSummary(stdout)
	if !ok {
		t.Fatalf("no summary line in %q", stdout)
	}
	return c
}

func parseSummary(stdout string) (c [5]int, ok bool) {
	m := summaryRE.FindStringSubmatch(strings.TrimSpace(stdout))
	if m == nil {
		return c, false
	}
	for i := range c {
		c[i], _ = strconv.Atoi(m[i+1])
	}
	return c, true
}

func openDB(t *testing.T, path string) *sql.DB {
	t.Helper()
	s, err := store.OpenSQLite(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s.DB()
}

func queryInt(t *testing.T, db *sql.DB, q string) int {
	t.Helper()
	var n int
	if err := db.QueryRow(q).Scan(&n); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	return n
}

// TestIngestMixedArchiveThenRerun ingests every format with bad members,
// checks the tables, reruns (everything skipped) and exports.
func TestIngestMixedArchiveThenRerun(t *testing.T) {
	dir := t.TempDir()
	mix, err := synth.WriteMixed(filepath.Join(dir, "in"), 24)
	if err != nil {
		t.Fatal(err)
	}
	// One more article than --max-bytes allows, and a file that is not an
	// article.
	os.WriteFile(filepath.Join(dir, "in", "loose", "huge.txt"), []byte(strings.Repeat("A long report. ", 2000)), 0o644)
	os.WriteFile(filepath.Join(dir, "in", "loose", "notes.json"), []byte("{}"), 0o644)
	db := filepath.Join(dir, "racex.db")
	stdout, stderr, code := run(t, "", "ingest", filepath.Join(dir, "in"), "--db", db, "--max-bytes", "20000")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	c := counts(t, stdout)
	if want := [5]int{mix.Articles, mix.Articles, 0, mix.Bad + 1, 1}; c != want {
		t.Errorf("summary %v, want %v: %s", c, want, stdout)
	}
	d := openDB(t, db)
	if n := queryInt(t, d, "SELECT count(*) FROM records"); n != mix.Articles {
		t.Errorf("%d records, want %d", n, mix.Articles)
	}
	if n := queryInt(t, d, "SELECT count(*) FROM errors"); n != mix.Bad+1 {
		t.Errorf("%d error rows, want %d", n, mix.Bad+1)
	}
	for _, q := range []string{
		"SELECT count(*) FROM errors WHERE source LIKE '%huge.txt' AND reason LIKE 'too large%'",
		"SELECT count(*) FROM errors WHERE source LIKE '%truncated.tar.gz' AND reason LIKE '%truncated%'",
		"SELECT count(*) FROM errors WHERE source LIKE '%feed.jsonl:%' AND reason LIKE 'malformed JSON line%'",
		"SELECT count(*) FROM errors WHERE source LIKE '%binary.txt' AND reason LIKE 'binary%'",
		"SELECT count(*) FROM errors WHERE source LIKE '%empty.txt' AND reason LIKE 'empty%'",
	} {
		if queryInt(t, d, q) != 1 {
			t.Errorf("no such error row: %s", q)
		}
	}
	// Each article's record is in the records table and its people in the
	// people table.
	for _, i := range []int{0, 8} { // in archive.tar.gz, as plain text
		_, text := synth.Article(i)
		id := corpus.ID(text)
		if n := queryInt(t, d, "SELECT count(*) FROM records WHERE doc_id = '"+id+"'"); n != 1 {
			t.Errorf("article %d: %d records", i, n)
		}
	}
	if queryInt(t, d, "SELECT count(*) FROM people") == 0 {
		t.Error("the people table is empty")
	}
	// The HTML pages' headlines are the documents' titles.
	title, _ := synth.Article(10) // in pages.zip
	if n := queryInt(t, d, "SELECT count(*) FROM documents WHERE title = '"+title+"'"); n != 1 {
		t.Errorf("no document titled %q", title)
	}

	stdout, _, code = run(t, "", "ingest", filepath.Join(dir, "in"), "--db", db, "--max-bytes", "20000")
	if c := counts(t, stdout); code != 0 || c != [5]int{mix.Articles, 0, mix.Articles, mix.Bad + 1, 1} {
		t.Errorf("rerun: exit %d, summary %v", code, c)
	}
	if n := queryInt(t, d, "SELECT count(*) FROM errors"); n != mix.Bad+1 {
		t.Errorf("rerun: %d error rows, want still %d", n, mix.Bad+1)
	}

	out := filepath.Join(dir, "records.jsonl")
	if _, stderr, code := run(t, "", "export", "--db", db, "--jsonl", out); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	if len(lines) != mix.Articles {
		t.Fatalf("export wrote %d lines, want %d", len(lines), mix.Articles)
	}
	for i, l := range lines {
		if probs := schema.Validate([]byte(l)); len(probs) > 0 {
			t.Fatalf("exported line %d invalid: %v", i+1, probs)
		}
	}
}

func TestIngestNothingReadable(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02"), 0o644)
	stdout, stderr, code := run(t, "", "ingest", dir, filepath.Join(dir, "missing.tar"), "--db", filepath.Join(t.TempDir(), "x.db"))
	if code != 1 || !strings.Contains(stderr, "nothing could be read") {
		t.Errorf("exit %d, stderr %q; want 1 and a reason", code, stderr)
	}
	if c := counts(t, stdout); c != [5]int{0, 0, 0, 2, 0} {
		t.Errorf("summary %v", c)
	}
	// Each failure is named with its reason, not only counted.
	for _, want := range []string{"binary.txt: ", "missing.tar: "} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not name %q:\n%s", want, stderr)
		}
	}
}

// TestIngestStdin reads JSON Lines piped to "-", as from zcat.
func TestIngestStdin(t *testing.T) {
	var in strings.Builder
	for i := range 3 {
		_, text := synth.Article(i)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": text})
		in.Write(append(line, '\n'))
	}
	db := filepath.Join(t.TempDir(), "x.db")
	stdout, stderr, code := run(t, in.String(), "ingest", "-", "--db", db)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if c := counts(t, stdout); c != [5]int{3, 3, 0, 0, 0} {
		t.Errorf("summary %v: %s", c, stdout)
	}
	if got := queryInt(t, openDB(t, db), "SELECT count(*) FROM documents WHERE source LIKE '-:%' AND status = 'done'"); got != 3 {
		t.Errorf("%d documents from -:N done, want 3", got)
	}
}

func TestIngestUsage(t *testing.T) {
	_, _, code := run(t, "", "ingest", "x", "--db", "a.db", "--jsonl", "b.jsonl")
	if code != 2 {
		t.Errorf("--db with --jsonl: exit %d, want 2", code)
	}
	_, _, code = run(t, "", "ingest")
	if code != 2 {
		t.Errorf("no source: exit %d, want 2", code)
	}
}

// TestIngestJSONL appends records to a file, skips them on a rerun, and
// cuts off a last line a crash left half-written.
func TestIngestJSONL(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in.tar.gz")
	if err := synth.TarGz(in, 0, 6); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "out.jsonl")
	stdout, stderr, code := run(t, "", "ingest", in, "--jsonl", out)
	if code != 0 || counts(t, stdout) != [5]int{6, 6, 0, 0, 0} {
		t.Fatalf("exit %d, %s %s", code, stdout, stderr)
	}
	data, _ := os.ReadFile(out)
	// A crash in the middle of writing a line.
	lines := strings.SplitAfter(string(data), "\n")
	cut := strings.Join(lines[:4], "") + lines[4][:len(lines[4])/2]
	os.WriteFile(out, []byte(cut), 0o644)
	stdout, _, code = run(t, "", "ingest", in, "--jsonl", out)
	if code != 0 || counts(t, stdout) != [5]int{6, 2, 4, 0, 0} {
		t.Fatalf("rerun: exit %d, %s", code, stdout)
	}
	ids := recordIDs(t, out)
	if len(ids) != 6 {
		t.Errorf("%d distinct records, want 6", len(ids))
	}
	for id, n := range ids {
		if n != 1 {
			t.Errorf("%s written %d times", id[:8], n)
		}
	}
}

// recordIDs counts the doc.ids of a JSON Lines file of records.
func recordIDs(t *testing.T, path string) map[string]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ids := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var r schema.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		ids[r.Doc.ID]++
	}
	return ids
}

// TestIngestKill9 kills racex ingest with SIGKILL at several points of a
// run (while registering, and after some records are stored), reruns it to
// the end, and finds every article stored exactly once and whole.
func TestIngestKill9(t *testing.T) {
	dir := t.TempDir()
	// More articles than one registration batch and one SQLite
	// transaction (256 each), so that a kill can land between them.
	const n = 700
	in := filepath.Join(dir, "archive.tar.gz")
	if err := synth.TarGz(in, 0, n); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "racex.db")
	// Kill points: as soon as the first documents are registered, then
	// after a few records, after a third, after two thirds.
	points := []struct {
		what  string
		query string
		min   int
	}{
		{"registering", "SELECT count(*) FROM documents", 1},
		{"after the first records", "SELECT count(*) FROM records", 1},
		{"after a third", "SELECT count(*) FROM records", n / 3},
		{"after two thirds", "SELECT count(*) FROM records", 2 * n / 3},
	}
	landed := 0 // kills before the run had stored everything
	for _, p := range points {
		cmd := exec.Command(racexBin, "ingest", in, "--db", db, "--workers", "2", "--batch", "2")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		var poll *sql.DB
		deadline := time.Now().Add(60 * time.Second)
	wait:
		for time.Now().Before(deadline) {
			select {
			case <-exited:
				t.Logf("%s: the run ended before the kill point", p.what)
				break wait
			case <-time.After(2 * time.Millisecond):
			}
			if poll == nil {
				if _, err := os.Stat(db); err != nil {
					continue
				}
				var err error
				if poll, err = sql.Open("sqlite", "file:"+db+"?_pragma=busy_timeout(5000)"); err != nil {
					t.Fatal(err)
				}
			}
			var got int
			if err := poll.QueryRow(p.query).Scan(&got); err != nil || got < p.min {
				continue
			}
			cmd.Process.Kill() // SIGKILL
			<-exited
			var done int
			if err := poll.QueryRow("SELECT count(*) FROM records").Scan(&done); err != nil {
				t.Fatal(err)
			}
			if done < n {
				landed++
			}
			t.Logf("killed %s (%d): %d of %d records stored", p.what, got, done, n)
			break
		}
		if poll != nil {
			poll.Close()
		}
	}
	if landed < 2 {
		t.Errorf("only %d of %d kills landed before a run had stored everything", landed, len(points))
	}
	stdout, stderr, code := run(t, "", "ingest", in, "--db", db)
	if code != 0 {
		t.Fatalf("final run: exit %d: %s", code, stderr)
	}
	t.Log(strings.TrimSpace(stdout))
	d := openDB(t, db)
	if got := queryInt(t, d, "SELECT count(*) FROM documents WHERE status = 'done'"); got != n {
		t.Errorf("%d documents done, want %d", got, n)
	}
	if got := queryInt(t, d, "SELECT count(*) FROM documents"); got != n {
		t.Errorf("%d documents, want %d", got, n)
	}
	if got := queryInt(t, d, "SELECT count(*) FROM records"); got != n {
		t.Errorf("%d records, want %d", got, n)
	}
	for i := range n {
		_, text := synth.Article(i)
		if got := queryInt(t, d, "SELECT count(*) FROM records WHERE doc_id = '"+corpus.ID(text)+"'"); got != 1 {
			t.Errorf("article %d stored %d times", i, got)
		}
	}
	// No half articles: each record's people and entities are all in the
	// fact tables, and no fact row lacks its record.
	recs := map[string]string{}
	rows, err := d.Query("SELECT doc_id, record FROM records")
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id, data string
		if err := rows.Scan(&id, &data); err != nil {
			t.Fatal(err)
		}
		recs[id] = data
	}
	rows.Close()
	for id, data := range recs {
		var r schema.Record
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			t.Fatal(err)
		}
		people := queryInt(t, d, "SELECT count(*) FROM people WHERE doc_id = '"+id+"'")
		ents := queryInt(t, d, "SELECT count(*) FROM entities WHERE doc_id = '"+id+"'")
		if people != len(r.People) || ents != len(r.Entities) {
			t.Errorf("%s: %d people and %d entity rows, record has %d and %d", id[:8], people, ents, len(r.People), len(r.Entities))
		}
	}
	for _, table := range []string{"people", "results", "fundraising", "quantities", "entities"} {
		q := fmt.Sprintf("SELECT count(*) FROM %s f WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.doc_id = f.doc_id)", table)
		if got := queryInt(t, d, q); got != 0 {
			t.Errorf("%d %s rows without a record", got, table)
		}
	}
}

// TestIngestPostgresTwoProcesses runs two racex ingest processes over one
// archive into one PostgreSQL database at the same time, as two machines
// would: every article is stored exactly once, the work split between
// them by SELECT ... FOR UPDATE SKIP LOCKED.
func TestIngestPostgresTwoProcesses(t *testing.T) {
	url := pgtest.URL(t)
	dir := t.TempDir()
	const n = 60
	in := filepath.Join(dir, "archive.tar.gz")
	if err := synth.TarGz(in, 0, n); err != nil {
		t.Fatal(err)
	}
	// A bad member too: its error row must be there once.
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("\x00\x01binary"), 0o644)
	type out struct {
		stdout, stderr string
		err            error
	}
	results := make(chan out, 2)
	for range 2 {
		go func() {
			cmd := exec.Command(racexBin, "ingest", in, bad, "--postgres", url, "--workers", "2", "--batch", "2")
			var o, e strings.Builder
			cmd.Stdout, cmd.Stderr = &o, &e
			err := cmd.Run()
			results <- out{o.String(), e.String(), err}
		}()
	}
	stored := 0
	for range 2 {
		r := <-results
		if r.err != nil {
			t.Fatalf("%v: %s", r.err, r.stderr)
		}
		c := counts(t, r.stdout)
		t.Log(strings.TrimSpace(r.stdout))
		if c[0] != n || c[3] != 1 {
			t.Errorf("each process reads all %d articles and the bad file: %v", n, c)
		}
		stored += c[1]
	}
	if stored != n {
		t.Errorf("the processes stored %d records between them, want %d", stored, n)
	}
	s, err := store.OpenPostgres(url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := s.DB()
	for q, want := range map[string]int{
		"SELECT count(*) FROM records":                                   n,
		"SELECT count(DISTINCT doc_id) FROM records":                     n,
		"SELECT count(*) FROM documents WHERE status = 'done'":           n,
		"SELECT count(*) FROM documents":                                 n,
		"SELECT count(*) FROM errors WHERE reason LIKE 'binary%'":        1,
		"SELECT count(*) FROM (SELECT DISTINCT doc_id FROM people) AS p": queryInt(t, d, "SELECT count(*) FROM records WHERE json_array_length(record->'people') > 0"),
	} {
		if got := queryInt(t, d, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
	for i := range n {
		_, text := synth.Article(i)
		if got := queryInt(t, d, "SELECT count(*) FROM records WHERE doc_id = '"+corpus.ID(text)+"'"); got != 1 {
			t.Errorf("article %d stored %d times", i, got)
		}
	}
	// export reads PostgreSQL too.
	stdout, stderr, code := run(t, "", "export", "--postgres", url)
	if code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	if lines := strings.Count(stdout, "\n"); lines != n {
		t.Errorf("export wrote %d lines, want %d", lines, n)
	}
}

// TestIngestPostgresKill9 feeds racex ingest, storing into PostgreSQL,
// half an archive through a named pipe and checks that records are stored
// while the pipe is still open: extraction does not wait for the sources
// to be read to the end. It kills the process with SIGKILL there and
// reruns it over the whole archive: every article is then stored once,
// none is pending, and no fact row lacks its record.
func TestIngestPostgresKill9(t *testing.T) {
	url := pgtest.URL(t)
	dir := t.TempDir()
	const n, first = 600, 300 // articles, and how many go through the pipe
	var lines []string
	for i := range n {
		_, text := synth.Article(i)
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("a%04d", i), "text": text})
		lines = append(lines, string(line)+"\n")
	}
	whole := filepath.Join(dir, "all.jsonl")
	if err := os.WriteFile(whole, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	pipe := filepath.Join(dir, "feed.jsonl")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	s, err := store.OpenPostgres(url)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := s.DB()
	cmd := exec.Command(racexBin, "ingest", pipe, "--postgres", url, "--workers", "2", "--batch", "2")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer cmd.Process.Kill()
	w, err := os.OpenFile(pipe, os.O_WRONLY, 0) // waits for the reader
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if _, err := io.WriteString(w, strings.Join(lines[:first], "")); err != nil {
		t.Fatal(err)
	}
	stored := 0
	for deadline := time.Now().Add(30 * time.Second); stored == 0 && time.Now().Before(deadline); {
		select {
		case err := <-exited:
			t.Fatalf("ingest ended (%v) with its source still open", err)
		case <-time.After(5 * time.Millisecond):
		}
		stored = queryInt(t, d, "SELECT count(*) FROM records")
	}
	if stored == 0 {
		t.Fatal("no record stored within 30 s of the first articles: extraction waits for the sources to end")
	}
	cmd.Process.Kill() // SIGKILL
	<-exited
	t.Logf("%d records stored with the source still open; killed", stored)
	stdout, stderr, code := run(t, "", "ingest", whole, "--postgres", url)
	if code != 0 {
		t.Fatalf("rerun: exit %d: %s", code, stderr)
	}
	t.Log(strings.TrimSpace(stdout))
	for q, want := range map[string]int{
		"SELECT count(*) FROM documents":                       n,
		"SELECT count(*) FROM documents WHERE status = 'done'": n,
		"SELECT count(*) FROM records":                         n,
		"SELECT count(DISTINCT doc_id) FROM records":           n,
	} {
		if got := queryInt(t, d, q); got != want {
			t.Errorf("%s = %d, want %d", q, got, want)
		}
	}
	for _, table := range []string{"people", "results", "fundraising", "quantities", "entities"} {
		q := fmt.Sprintf("SELECT count(*) FROM %s f WHERE NOT EXISTS (SELECT 1 FROM records r WHERE r.doc_id = f.doc_id)", table)
		if got := queryInt(t, d, q); got != 0 {
			t.Errorf("%d %s rows without a record", got, table)
		}
	}
	if got := queryInt(t, d, "SELECT count(*) FROM records r WHERE json_array_length(r.record->'people') <> (SELECT count(*) FROM people p WHERE p.doc_id = r.doc_id)"); got != 0 {
		t.Errorf("%d records whose people rows are not all there", got)
	}
}

// TestIngestSameArticleTwice: an article read twice, far enough apart to be
// registered in different batches, is stored once, and the summary still
// adds up (read = stored + skipped + failed).
func TestIngestSameArticleTwice(t *testing.T) {
	dir := t.TempDir()
	const n = 300 // more than one registration batch (256)
	in := filepath.Join(dir, "a.tar.gz")
	if err := synth.TarGz(in, 0, n); err != nil {
		t.Fatal(err)
	}
	_, text := synth.Article(0)
	again := filepath.Join(dir, "again.txt")
	if err := os.WriteFile(again, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "racex.db")
	stdout, stderr, code := run(t, "", "ingest", in, again, "--db", db)
	if c := counts(t, stdout); code != 0 || c != [5]int{n + 1, n, 1, 0, 0} {
		t.Fatalf("exit %d, summary %v, want %d read, %d stored, 1 skipped: %s", code, c, n+1, n, stderr)
	}
	d, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if got := queryInt(t, d, "SELECT count(*) FROM records WHERE doc_id = '"+corpus.ID(text)+"'"); got != 1 {
		t.Errorf("the article read twice has %d records", got)
	}
}
