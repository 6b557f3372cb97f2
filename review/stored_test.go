package review

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/store"
)

// storeFixture ingests the fixture's articles into a SQLite store the way
// racex ingest does (register, claim, finish), plus one that failed.
func storeFixture(t *testing.T) (st *store.Store, raceID, failedID string, goldDir string) {
	t.Helper()
	dir, _ := fixture(t)
	st, err := store.OpenSQLite(filepath.Join(t.TempDir(), "news.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	var docs []store.Doc
	for _, name := range []string{"race.txt", "sub/hostile.txt"} {
		a, err := corpus.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, store.Doc{ID: a.ID, Source: "archive.tar.gz:" + name, Text: a.Text})
	}
	bad := "Nothing to see.\n"
	docs = append(docs, store.Doc{ID: corpus.ID(bad), Source: "archive.tar.gz:bad.txt", Text: bad})
	if _, err := st.Register(ctx, docs); err != nil {
		t.Fatal(err)
	}
	b, err := st.Claim(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	var results []store.Result
	for _, d := range b.Docs {
		if d.Text == bad {
			results = append(results, store.Result{ID: d.ID, Source: d.Source, Err: "too dull to extract"})
			continue
		}
		rec := extract.Default().Extract(extract.Input{Source: d.Source, Text: d.Text})
		data, _ := json.Marshal(rec)
		results = append(results, store.Result{ID: d.ID, Source: d.Source, JSON: data, Record: rec})
	}
	if n, err := b.Finish(ctx, results); err != nil || n != 2 {
		t.Fatalf("finish: %d %v", n, err)
	}
	return st, docs[0].ID, docs[2].ID, dir
}

func TestStoredDocuments(t *testing.T) {
	st, raceID, failedID, goldDir := storeFixture(t)
	src, err := OpenStored(st, goldDir)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	srv, err := New(src, Options{AllowEdit: true})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	ts := hs.URL

	r := do(t, "GET", ts+"/api/docs", "", "")
	var list struct{ Docs []Summary }
	if err := json.Unmarshal([]byte(r.body), &list); err != nil || len(list.Docs) != 3 {
		t.Fatalf("list: %v %s", err, r.body)
	}
	byID := map[string]Summary{}
	for _, d := range list.Docs {
		byID[d.ID] = d
	}
	// The annotation race.gold.json pairs with the member race.txt.
	if race := byID[raceID]; !race.Gold || race.F1 == nil || race.Title != "Keitany retains London title" || race.Source != "archive.tar.gz:race.txt" {
		t.Errorf("race: %+v", race)
	}
	if f := byID[failedID]; !strings.Contains(f.Error, "too dull to extract") || !strings.Contains(f.Error, "failed") {
		t.Errorf("failed document: %+v", f)
	}

	if r := do(t, "GET", ts+"/docs/"+raceID, "", ""); r.code != 200 || !strings.Contains(r.body, "F1 ") || !strings.Contains(r.body, `data-op="reject"`) {
		t.Errorf("page of a stored document: %d", r.code)
	}
	if r := do(t, "GET", ts+"/docs/"+failedID, "", ""); r.code != 409 || !strings.Contains(r.body, "too dull") {
		t.Errorf("page of a failed document: %d", r.code)
	}
	wantJSONError(t, do(t, "GET", ts+"/api/docs/"+failedID, "", ""), 409, "no record stored")
	wantJSONError(t, do(t, "GET", ts+"/api/docs/"+strings.Repeat("0", 64), "", ""), 404, "no document")
	wantJSONError(t, do(t, "GET", ts+"/api/docs/race", "", ""), 404, "no document")

	// A correction lands in the annotation directory.
	r = post(t, hs, raceID, Edit{Op: "add", Section: "charities", Entry: json.RawMessage(`{"name":"St John Ambulance","aliases":[]}`)})
	if r.code != 200 {
		t.Fatalf("correction: %d %s", r.code, r.body)
	}
	if g := loadGold(t, filepath.Join(goldDir, "race.gold.json")); len(g.Charities) != 1 {
		t.Errorf("saved annotation: %+v", g.Charities)
	}
}

func TestStoredWithoutGoldIsReadOnly(t *testing.T) {
	st, raceID, _, _ := storeFixture(t)
	src, err := OpenStored(st, "")
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(src, Options{AllowEdit: true})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	ts := hs.URL
	r := do(t, "GET", ts+"/docs/"+raceID, "", "")
	if r.code != 200 || strings.Contains(r.body, `data-op="`) {
		t.Errorf("a document with nowhere to keep annotations offers corrections (%d)", r.code)
	}
	wantJSONError(t, post(t, hs, raceID, Edit{Op: "init"}), 403, "--gold")
	if _, err := OpenStored(st, filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Errorf("a missing annotation directory was accepted")
	}
}

func TestGoldName(t *testing.T) {
	for src, want := range map[string]string{
		"testdata/london-2012.txt":        "london-2012.gold.json",
		"archive.tar.gz:news/race.txt":    "race.gold.json",
		"crawl.warc.gz:http://x/a/b.html": "b.gold.json",
		"feed.jsonl:17":                   "17.gold.json",
		"dir/":                            "",
		"archive.zip:.hidden":             "",
	} {
		if got := goldName(src); got != want {
			t.Errorf("goldName(%q) = %q, want %q", src, got, want)
		}
	}
}
