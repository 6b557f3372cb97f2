package store_test

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/internal/pgtest"
	"github.com/racex/racex/schema"
	"github.com/racex/racex/store"
)

// kinds opens a fresh store of each kind available: SQLite always,
// PostgreSQL when RACEX_TEST_POSTGRES names a server (see pgtest.URL).
func kinds(t *testing.T) map[string]func(t *testing.T) *store.Store {
	m := map[string]func(t *testing.T) *store.Store{
		"sqlite": func(t *testing.T) *store.Store {
			s, err := store.OpenSQLite(filepath.Join(t.TempDir(), "racex.db"))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
		"postgres": func(t *testing.T) *store.Store {
			s, err := store.OpenPostgres(pgtest.URL(t))
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		},
	}
	return m
}

func doc(text string) store.Doc {
	return store.Doc{ID: corpus.ID(text), Source: "src/" + text[:5], Text: text}
}

func record(d store.Doc) *schema.Record {
	r := schema.New()
	r.Doc = &schema.Doc{ID: d.ID, Source: d.Source, Chars: len(d.Text)}
	r.People = append(r.People, schema.Person{Name: "Jo Bloggs", Aliases: []string{"Bloggs"}, Age: schema.Int(43), Nationality: schema.Str("British")})
	r.Results = append(r.Results, schema.Result{Event: schema.Str("Anytown 10K"), Position: schema.Int(1), Person: schema.Str("Jo Bloggs"), Time: &schema.Time{Text: "31:48", Seconds: 1908}})
	r.Fundraising = append(r.Fundraising, schema.Fundraising{Person: schema.Str("Jo Bloggs"), Charity: schema.Str("Oxfam"), Amount: &schema.Money{Value: 500, Currency: "GBP"}})
	r.Quantities = append(r.Quantities, schema.Quantity{Kind: schema.KindAge, Text: "43", Value: schema.Float(43), Span: &schema.Span{Start: 11, End: 13}})
	r.Entities = append(r.Entities, schema.Mention{Text: "Jo Bloggs", Label: schema.LabelPerson, Start: 0, End: 9})
	return r
}

// extractAll claims and finishes every pending document, as ingest does.
func extractAll(t *testing.T, s *store.Store, batch int) int {
	t.Helper()
	ctx := context.Background()
	stored := 0
	for {
		b, err := s.Claim(ctx, batch)
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Docs) == 0 {
			return stored
		}
		var res []store.Result
		for _, d := range b.Docs {
			if strings.HasPrefix(d.Text, "FAIL") {
				res = append(res, store.Result{ID: d.ID, Source: d.Source, Err: "extractor panicked"})
				continue
			}
			r := record(d)
			data, _ := json.Marshal(r)
			res = append(res, store.Result{ID: d.ID, Source: d.Source, JSON: data, Record: r})
		}
		n, err := b.Finish(ctx, res)
		if err != nil {
			t.Fatal(err)
		}
		stored += n
	}
}

func count(t *testing.T, s *store.Store, query string) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow(query).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestRegisterClaimFinish(t *testing.T) {
	for name, open := range kinds(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			a, b, c := doc("alpha article"), doc("bravo article"), doc("FAIL charlie")
			r, err := s.Register(ctx, []store.Doc{a, b, a, c})
			if err != nil {
				t.Fatal(err)
			}
			if r != (store.Registered{New: 3, Done: 1}) {
				t.Errorf("first register: %+v, want 3 new and the repeat skipped", r)
			}
			if n, _ := s.Pending(ctx); n != 3 {
				t.Errorf("pending %d, want 3", n)
			}
			if got := extractAll(t, s, 2); got != 2 {
				t.Errorf("stored %d, want 2", got)
			}
			// Reading the same articles again changes nothing.
			r, err = s.Register(ctx, []store.Doc{a, b, c})
			if err != nil {
				t.Fatal(err)
			}
			if r != (store.Registered{Done: 3}) {
				t.Errorf("second register: %+v, want all 3 skipped", r)
			}
			if got := extractAll(t, s, 2); got != 0 {
				t.Errorf("rerun stored %d, want 0", got)
			}
			cnt, err := s.Count(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if cnt != (store.Counts{Documents: 3, Done: 2, Failed: 1, Errors: 1}) {
				t.Errorf("counts %+v", cnt)
			}
			for q, want := range map[string]int{
				"SELECT count(*) FROM records":                                                             2,
				"SELECT count(*) FROM people WHERE name = 'Jo Bloggs' AND age = 43":                        2,
				"SELECT count(*) FROM results WHERE position = 1 AND seconds = 1908":                       2,
				"SELECT count(*) FROM fundraising WHERE charity = 'Oxfam' AND amount = 500":                2,
				"SELECT count(*) FROM quantities WHERE kind = 'age' AND span_start = 11":                   2,
				"SELECT count(*) FROM entities WHERE label = 'PERSON' AND span_end = 9":                    2,
				"SELECT count(*) FROM errors WHERE source = 'src/FAIL ' AND reason = 'extractor panicked'": 1,
				"SELECT count(*) FROM documents WHERE status = 'failed' AND error = 'extractor panicked'":  1,
				// Fact rows carry their document's seq as well as its id.
				"SELECT count(*) FROM people p JOIN documents d ON d.seq = p.doc_seq AND d.id = p.doc_id": 2,
				"SELECT count(DISTINCT seq) FROM documents":                                               3,
			} {
				if got := count(t, s, q); got != want {
					t.Errorf("%s = %d, want %d", q, got, want)
				}
			}
			var buf bytes.Buffer
			n, err := s.Export(ctx, &buf)
			if err != nil || n != 2 {
				t.Fatalf("export: %d, %v", n, err)
			}
			lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
			if len(lines) != 2 {
				t.Fatalf("export wrote %d lines", len(lines))
			}
			for i, want := range []store.Doc{a, b} { // ordered by source
				var r schema.Record
				if err := json.Unmarshal([]byte(lines[i]), &r); err != nil {
					t.Fatal(err)
				}
				if r.Doc.ID != want.ID || r.People[0].Name != "Jo Bloggs" {
					t.Errorf("line %d: %s", i, lines[i])
				}
			}
		})
	}
}

func TestErrorsOneRowPerSource(t *testing.T) {
	for name, open := range kinds(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			for _, reason := range []string{"binary data", "empty"} {
				if err := s.AddErrors(ctx, []store.ErrorRow{{"a.txt", reason}, {"b.txt", reason}, {"a.txt", reason + "!"}}); err != nil {
					t.Fatal(err)
				}
			}
			if got := count(t, s, "SELECT count(*) FROM errors"); got != 2 {
				t.Errorf("%d error rows, want 2", got)
			}
			if got := count(t, s, "SELECT count(*) FROM errors WHERE source = 'a.txt' AND reason = 'empty!'"); got != 1 {
				t.Errorf("a.txt's row does not hold the last reason")
			}
		})
	}
}

// TestClaimsDoNotOverlap has several workers claim at once: every document
// is handed out once and stored once.
func TestClaimsDoNotOverlap(t *testing.T) {
	for name, open := range kinds(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			var docs []store.Doc
			for i := range 200 {
				docs = append(docs, doc(fmt.Sprintf("article number %03d", i)))
			}
			if _, err := s.Register(ctx, docs); err != nil {
				t.Fatal(err)
			}
			var mu sync.Mutex
			seen := map[string]int{}
			total := 0
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() {
					for {
						b, err := s.Claim(ctx, 7)
						if err != nil {
							t.Error(err)
							return
						}
						if len(b.Docs) == 0 {
							return
						}
						var res []store.Result
						mu.Lock()
						for _, d := range b.Docs {
							seen[d.ID]++
							r := record(d)
							data, _ := json.Marshal(r)
							res = append(res, store.Result{ID: d.ID, Source: d.Source, JSON: data, Record: r})
						}
						mu.Unlock()
						n, err := b.Finish(ctx, res)
						if err != nil {
							t.Error(err)
							return
						}
						mu.Lock()
						total += n
						mu.Unlock()
					}
				})
			}
			wg.Wait()
			if total != 200 || len(seen) != 200 {
				t.Errorf("stored %d, claimed %d distinct, want 200 each", total, len(seen))
			}
			for id, n := range seen {
				if n != 1 {
					t.Errorf("%s claimed %d times", id[:8], n)
				}
			}
			if got := count(t, s, "SELECT count(*) FROM records"); got != 200 {
				t.Errorf("%d records, want 200", got)
			}
		})
	}
}

// TestAbortLeavesPending: a batch given back (or lost with its process)
// is claimed again.
func TestAbortLeavesPending(t *testing.T) {
	for name, open := range kinds(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			if _, err := s.Register(ctx, []store.Doc{doc("alpha article"), doc("bravo article")}); err != nil {
				t.Fatal(err)
			}
			b, err := s.Claim(ctx, 10)
			if err != nil || len(b.Docs) != 2 {
				t.Fatalf("claim: %v, %v", b, err)
			}
			b.Abort()
			if n, _ := s.Pending(ctx); n != 2 {
				t.Errorf("pending after abort: %d, want 2", n)
			}
			if got := extractAll(t, s, 10); got != 2 {
				t.Errorf("stored %d after abort, want 2", got)
			}
		})
	}
}

// TestRegisterPending: the documents handed back for extraction are the
// batch's new ones and those an earlier run left pending, each once, and
// never one already stored or failed.
func TestRegisterPending(t *testing.T) {
	for name, open := range kinds(t) {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			a, b, c, d := doc("alpha article"), doc("bravo article"), doc("FAIL charlie"), doc("delta article")
			// An earlier run registered a, b and c, stored a, failed c and
			// was killed before b.
			if _, err := s.Register(ctx, []store.Doc{a, b, c}); err != nil {
				t.Fatal(err)
			}
			r, err := s.Register(ctx, []store.Doc{a, c})
			if err != nil {
				t.Fatal(err)
			}
			if r != (store.Registered{Pending: 2}) {
				t.Fatalf("re-register: %+v", r)
			}
			res := []store.Result{{ID: c.ID, Source: c.Source, Err: "extractor panicked"}}
			ra := record(a)
			data, _ := json.Marshal(ra)
			res = append(res, store.Result{ID: a.ID, Source: a.Source, JSON: data, Record: ra})
			if n, err := s.Save(ctx, res); err != nil || n != 1 {
				t.Fatalf("save: %d, %v", n, err)
			}
			r, todo, err := s.RegisterPending(ctx, []store.Doc{d, a, b, c, d, b})
			if err != nil {
				t.Fatal(err)
			}
			if r != (store.Registered{New: 1, Pending: 1, Done: 4}) {
				t.Errorf("registered %+v, want d new, b pending, a and c done and the 2 repeats skipped", r)
			}
			got := map[string]int{}
			for _, x := range todo {
				got[x.Text]++
			}
			if len(todo) != 2 || got[b.Text] != 1 || got[d.Text] != 1 {
				t.Errorf("todo %v, want bravo and delta once each", got)
			}
		})
	}
}

// TestOlderLayoutRefused: a database whose documents table has no seq (as
// racex made before fact tables were keyed by it) is refused with a reason,
// not half-used.
func TestOlderLayoutRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE documents (id TEXT PRIMARY KEY, source TEXT NOT NULL, title TEXT NOT NULL, status TEXT NOT NULL, error TEXT NOT NULL DEFAULT '', text TEXT NOT NULL)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	s, err := store.OpenSQLite(path)
	if err == nil {
		s.Close()
		t.Fatal("opened a store of the older layout")
	}
	if !strings.Contains(err.Error(), "older racex") {
		t.Errorf("error %q does not say why", err)
	}
}

func TestOpenSQLiteNamesMissingFolder(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "no", "such")
	_, err := store.OpenSQLite(filepath.Join(missing, "racex.db"))
	if err == nil || !strings.Contains(err.Error(), "no folder "+missing) {
		t.Errorf("err = %v, want one naming the missing folder %s", err, missing)
	}
}
