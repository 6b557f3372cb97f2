package review

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/racex/racex/check"
	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
)

const testArticle = `Keitany retains London title
Mary Keitany won the women's race at the London Marathon in 2:18:36 on Sunday.
Sophie Raworth, 43, ran for St John Ambulance.
`

const hostileArticle = `Hostile page
<script>alert('x')</script> and <img src=x onerror="alert(1)"> in a race report about Mary Keitany.
`

// fixture lays out a served directory: two articles, one annotated, and a
// secret file beside (outside) the directory.
func fixture(t *testing.T) (dir, outside string) {
	t.Helper()
	base := t.TempDir()
	dir = filepath.Join(base, "served")
	if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	outside = filepath.Join(base, "secret.txt")
	write := func(p, s string) {
		t.Helper()
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(outside, "Secret Person ran the secret marathon.\n")
	write(filepath.Join(dir, "race.txt"), testArticle)
	write(filepath.Join(dir, "sub", "hostile.txt"), hostileArticle)
	gold := `{"schema_version": "1",
  "people": [{"name": "Mary Keitany", "aliases": ["Keitany"]}, {"name": "Sophie Raworth", "aliases": ["Raworth"], "age": 43}],
  "events": [{"name": "London Marathon", "aliases": []}],
  "quantities": [{"kind": "age", "text": "43", "value": 43, "unit": "year", "normalized": {"value": 43, "unit": "year"}, "qualifier": null, "about": "Sophie Raworth"}]}`
	write(filepath.Join(dir, "race.gold.json"), gold)
	return dir, outside
}

func newServer(t *testing.T, dir string, opt Options) *httptest.Server {
	t.Helper()
	src, err := OpenDir(dir, extract.Default())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { src.Close() })
	srv, err := New(src, opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	t.Cleanup(ts.Close)
	return ts
}

type reply struct {
	code int
	ct   string
	csp  string
	body string
}

func do(t *testing.T, method, url, contentType, body string, header ...string) reply {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	return reply{res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Content-Security-Policy"), string(data)}
}

// wantJSONError checks an API error: the status, a JSON body with an
// error message containing want.
func wantJSONError(t *testing.T, r reply, code int, want string) {
	t.Helper()
	if r.code != code {
		t.Errorf("status %d, want %d (body %s)", r.code, code, r.body)
	}
	if !strings.HasPrefix(r.ct, "application/json") {
		t.Errorf("error content type %q, want JSON", r.ct)
	}
	var e APIError
	if err := json.Unmarshal([]byte(r.body), &e); err != nil || e.Error == "" {
		t.Errorf("error body %q is not {\"error\": ...}", r.body)
	}
	if !strings.Contains(e.Error, want) {
		t.Errorf("error %q does not say %q", e.Error, want)
	}
}

func TestListPage(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{})
	r := do(t, "GET", ts.URL+"/", "", "")
	if r.code != 200 || !strings.HasPrefix(r.ct, "text/html") {
		t.Fatalf("GET / = %d %s", r.code, r.ct)
	}
	if r.csp != ContentSecurityPolicy {
		t.Errorf("CSP header %q", r.csp)
	}
	for _, want := range []string{`href="/docs/race"`, `href="/docs/sub/hostile"`, "Keitany retains London title", "2 of 2 documents", "read-only"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("list lacks %q", want)
		}
	}
	// Search looks in the text; the annotation filter keeps annotated ones.
	r = do(t, "GET", ts.URL+"/?q=raworth", "", "")
	if !strings.Contains(r.body, "/docs/race") || strings.Contains(r.body, "/docs/sub/hostile") || !strings.Contains(r.body, "1 of 2") {
		t.Errorf("search for raworth: %s", r.body)
	}
	r = do(t, "GET", ts.URL+"/?gold=no", "", "")
	if strings.Contains(r.body, `href="/docs/race"`) || !strings.Contains(r.body, "/docs/sub/hostile") {
		t.Errorf("filter gold=no kept the annotated document")
	}
	r = do(t, "GET", ts.URL+"/?sort=f1", "", "")
	if r.code != 200 {
		t.Errorf("sort=f1: %d", r.code)
	}
}

func TestDocPage(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{})
	r := do(t, "GET", ts.URL+"/docs/race", "", "")
	if r.code != 200 || r.csp != ContentSecurityPolicy {
		t.Fatalf("GET /docs/race = %d, CSP %q", r.code, r.csp)
	}
	for _, want := range []string{`id="article"`, `id="legend"`, "F1 ", `class="mk`, "Missed: in the annotation", `id="t-people"`, `id="t-quantities"`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// Read-only: no correction buttons.
	if strings.Contains(r.body, `data-op="`) {
		t.Errorf("read-only page offers corrections")
	}
	// The article's markup is text, never markup.
	r = do(t, "GET", ts.URL+"/docs/sub/hostile", "", "")
	if r.code != 200 {
		t.Fatalf("GET /docs/sub/hostile = %d", r.code)
	}
	if strings.Contains(r.body, "<script>alert") || strings.Contains(r.body, "<img src=x") {
		t.Errorf("article markup reached the page unescaped")
	}
	if !strings.Contains(r.body, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;") {
		t.Errorf("escaped script text not on the page")
	}
	if !strings.Contains(r.body, "No hand annotation") {
		t.Errorf("unannotated page does not say so")
	}
	// With --allow-edit the page offers corrections.
	ts = newServer(t, dir, Options{AllowEdit: true})
	r = do(t, "GET", ts.URL+"/docs/race", "", "")
	for _, want := range []string{`data-op="reject"`, `data-op="add"`, `<dialog id="editor">`} {
		if !strings.Contains(r.body, want) {
			t.Errorf("editable page lacks %q", want)
		}
	}
}

// TestPathsStayInside asks for files outside the served directory every
// way a URL can: .., encoded slashes, absolute paths, a symbolic link.
func TestPathsStayInside(t *testing.T) {
	dir, outside := fixture(t)
	if err := os.Symlink(outside, filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Dir(outside), filepath.Join(dir, "up")); err != nil {
		t.Fatal(err)
	}
	ts := newServer(t, dir, Options{AllowEdit: true})
	for _, p := range []string{"/docs/link", "/api/docs/link", "/docs/up/secret"} {
		if r := do(t, "GET", ts.URL+p, "", ""); r.code != 403 || !strings.Contains(r.body, "outside the served directory") {
			t.Errorf("GET %s = %d, want 403 saying why", p, r.code)
		}
	}
	for _, p := range []string{
		"/docs/../secret", "/docs/..%2fsecret", "/docs/%2e%2e/secret", "/docs/%2Ftmp%2Fsecret",
		"/docs//etc/passwd", "/docs/link", "/docs/up/secret", "/docs/sub/../../secret",
	} {
		for _, prefix := range []string{"", "/api"} {
			r := do(t, "GET", ts.URL+prefix+p, "", "")
			if r.code == 200 || strings.Contains(r.body, "Secret Person") {
				t.Errorf("GET %s%s = %d, leaked: %v", prefix, p, r.code, strings.Contains(r.body, "Secret Person"))
			}
		}
		r := do(t, "POST", ts.URL+"/api/gold"+strings.TrimPrefix(p, "/docs"), "application/json", `{"op":"init"}`)
		if r.code == 200 {
			t.Errorf("POST /api/gold%s = 200", strings.TrimPrefix(p, "/docs"))
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(outside))
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".json") {
			t.Errorf("a file was written outside the served directory: %s", e.Name())
		}
	}
	r := do(t, "GET", ts.URL+"/api/docs", "", "")
	if strings.Contains(r.body, "Secret Person") {
		t.Errorf("the document list read a file outside the directory")
	}
	// Static files come from the embedded assets only.
	for _, p := range []string{"/static/../source.go", "/static/%2e%2e/source.go", "/static/../../go.mod", "/static/"} {
		if r := do(t, "GET", ts.URL+p, "", ""); r.code == 200 {
			t.Errorf("GET %s = 200", p)
		}
	}
}

func TestStaticAndNotFound(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{})
	r := do(t, "GET", ts.URL+"/static/app.js", "", "")
	if r.code != 200 || !strings.Contains(r.ct, "javascript") || !strings.Contains(r.body, "textContent") {
		t.Errorf("GET /static/app.js = %d %s", r.code, r.ct)
	}
	if r := do(t, "GET", ts.URL+"/static/style.css", "", ""); r.code != 200 || !strings.HasPrefix(r.ct, "text/css") {
		t.Errorf("GET /static/style.css = %d %s", r.code, r.ct)
	}
	r = do(t, "GET", ts.URL+"/no/such/page", "", "")
	if r.code != 404 || !strings.HasPrefix(r.ct, "text/html") || r.csp == "" {
		t.Errorf("GET /no/such/page = %d %s csp %q", r.code, r.ct, r.csp)
	}
	r = do(t, "GET", ts.URL+"/docs/nothing", "", "")
	if r.code != 404 || !strings.Contains(r.body, "No document nothing") {
		t.Errorf("GET /docs/nothing = %d", r.code)
	}
	wantJSONError(t, do(t, "GET", ts.URL+"/api/nothing", "", ""), 404, "no such API route")
}

func TestAPIExtract(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{MaxBody: 4096})
	check := func(r reply, text string) {
		t.Helper()
		if r.code != 200 {
			t.Fatalf("status %d: %s", r.code, r.body)
		}
		if probs := schema.Validate([]byte(r.body)); len(probs) > 0 {
			t.Errorf("record does not validate: %v", probs)
		}
		var rec schema.Record
		if err := json.Unmarshal([]byte(r.body), &rec); err != nil {
			t.Fatal(err)
		}
		if rec.Doc == nil || rec.Doc.ID != corpus.ID(text) {
			t.Errorf("doc.id is not the SHA-256 of the text: %+v", rec.Doc)
		}
	}
	check(do(t, "POST", ts.URL+"/api/extract", "text/plain; charset=utf-8", testArticle), testArticle)
	check(do(t, "POST", ts.URL+"/api/extract", "", testArticle), testArticle)
	body, _ := json.Marshal(map[string]string{"text": testArticle, "source": "wire/1"})
	r := do(t, "POST", ts.URL+"/api/extract", "application/json", string(body))
	check(r, testArticle)
	if !strings.Contains(r.body, `"source": "wire/1"`) {
		t.Errorf("source not kept")
	}

	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "application/json", `{"txt": "x"}`), 400, "not {")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "application/json", `{}`), 400, "missing")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "application/json", `[1`), 400, "not {")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "text/plain", "  \n"), 422, "empty")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "text/plain", "a\x00b\x00c"), 422, "binary")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "image/png", "x"), 415, "text/plain")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/extract", "text/plain", strings.Repeat("Mary ran. ", 1000)), 413, "larger than 4096")
	r = do(t, "GET", ts.URL+"/api/extract", "", "")
	wantJSONError(t, r, 405, "use POST")
}

func TestAPIDocs(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{})
	r := do(t, "GET", ts.URL+"/api/docs", "", "")
	if r.code != 200 {
		t.Fatalf("GET /api/docs = %d", r.code)
	}
	var list struct{ Docs []Summary }
	if err := json.Unmarshal([]byte(r.body), &list); err != nil {
		t.Fatal(err)
	}
	if len(list.Docs) != 2 || list.Docs[0].ID != "race" || list.Docs[1].ID != "sub/hostile" {
		t.Fatalf("docs %+v", list.Docs)
	}
	race := list.Docs[0]
	if !race.Gold || race.F1 == nil || race.Title != "Keitany retains London title" || race.Source != filepath.ToSlash(filepath.Join(dir, "race.txt")) {
		t.Errorf("race summary %+v", race)
	}
	if list.Docs[1].Gold || list.Docs[1].F1 != nil {
		t.Errorf("hostile summary claims an annotation: %+v", list.Docs[1])
	}
	r = do(t, "GET", ts.URL+"/api/docs?gold=yes", "", "")
	if strings.Contains(r.body, "sub/hostile") {
		t.Errorf("gold=yes kept an unannotated document")
	}
	r = do(t, "GET", ts.URL+"/api/docs?q=zzzz", "", "")
	if !strings.Contains(r.body, `"docs": []`) {
		t.Errorf("an empty search should give an empty list: %s", r.body)
	}
	wantJSONError(t, do(t, "POST", ts.URL+"/api/docs", "text/plain", "x"), 405, "use GET")

	r = do(t, "GET", ts.URL+"/api/docs/race", "", "")
	if r.code != 200 {
		t.Fatalf("GET /api/docs/race = %d", r.code)
	}
	var d DocAPI
	if err := json.Unmarshal([]byte(r.body), &d); err != nil {
		t.Fatal(err)
	}
	if d.Text != testArticle || d.Record == nil || d.Gold == nil || d.Score == nil {
		t.Fatalf("document answer incomplete: %+v", d)
	}
	// Every missed fact is an annotation fact; every fact's status is set.
	gf := schema.Facts(d.Gold, nil)
	for _, m := range d.Missed {
		found := false
		for _, g := range gf {
			found = found || g.Where == m.Pointer
		}
		if !found {
			t.Errorf("missed fact %+v points at no annotation fact", m)
		}
	}
	for _, f := range d.Facts {
		if f.Status == "" {
			t.Errorf("fact %+v has no status against the annotation", f)
		}
	}
	if d.Score.TP+d.Score.FN != countRequired(gf) {
		t.Errorf("tp+fn = %d, want the annotation's %d facts", d.Score.TP+d.Score.FN, countRequired(gf))
	}
	wantJSONError(t, do(t, "GET", ts.URL+"/api/docs/nothing", "", ""), 404, "no document nothing")
	wantJSONError(t, do(t, "DELETE", ts.URL+"/api/docs/race", "", ""), 405, "use GET")
}

func countRequired(fs []schema.Fact) int {
	n := 0
	for _, f := range fs {
		if !f.Optional {
			n++
		}
	}
	return n
}

func post(t *testing.T, ts *httptest.Server, id string, edit any) reply {
	t.Helper()
	body, err := json.Marshal(edit)
	if err != nil {
		t.Fatal(err)
	}
	return do(t, "POST", ts.URL+"/api/gold/"+id, "application/json", string(body))
}

func loadGold(t *testing.T, path string) *schema.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if probs := schema.Validate(data); len(probs) > 0 {
		t.Fatalf("%s is not valid: %v", path, probs)
	}
	var r schema.Record
	if err := json.Unmarshal(data, &r); err != nil {
		t.Fatal(err)
	}
	return &r
}

func TestReadOnlyRefusesWrites(t *testing.T) {
	dir, _ := fixture(t)
	before, _ := os.ReadFile(filepath.Join(dir, "race.gold.json"))
	ts := newServer(t, dir, Options{})
	for _, e := range []Edit{{Op: "init"}, {Op: "reject", Pointer: "/people/0"}, {Op: "add", Section: "people", Entry: json.RawMessage(`{"name":"X"}`)}} {
		wantJSONError(t, post(t, ts, "race", e), 403, "read-only")
		wantJSONError(t, post(t, ts, "sub/hostile", e), 403, "read-only")
	}
	after, _ := os.ReadFile(filepath.Join(dir, "race.gold.json"))
	if !bytes.Equal(before, after) {
		t.Errorf("a read-only server changed the annotation")
	}
	if _, err := os.Stat(filepath.Join(dir, "sub", "hostile.gold.json")); err == nil {
		t.Errorf("a read-only server wrote an annotation")
	}
}

func TestCorrections(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{AllowEdit: true, MaxBody: 8192})
	goldPath := filepath.Join(dir, "race.gold.json")

	// Reject: remove Sophie Raworth's age from the annotation.
	r := post(t, ts, "race", Edit{Op: "reject", Pointer: "/people/1/age"})
	if r.code != 200 {
		t.Fatalf("reject: %d %s", r.code, r.body)
	}
	g := loadGold(t, goldPath)
	if g.People[1].Name != "Sophie Raworth" || g.People[1].Age != nil {
		t.Errorf("after reject: %+v", g.People[1])
	}
	// Edit: give it back, as 44, through the entry.
	r = post(t, ts, "race", Edit{Op: "edit", Pointer: "/people/1", Entry: json.RawMessage(`{"name":"Sophie Raworth","aliases":["Raworth"],"age":44}`)})
	if r.code != 200 {
		t.Fatalf("edit: %d %s", r.code, r.body)
	}
	if g = loadGold(t, goldPath); g.People[1].Age == nil || *g.People[1].Age != 44 {
		t.Errorf("after edit: %+v", g.People[1])
	}
	// Add: a charity.
	r = post(t, ts, "race", Edit{Op: "add", Section: "charities", Entry: json.RawMessage(`{"name":"St John Ambulance","aliases":[]}`)})
	if r.code != 200 {
		t.Fatalf("add: %d %s", r.code, r.body)
	}
	if g = loadGold(t, goldPath); len(g.Charities) != 1 || g.Charities[0].Name != "St John Ambulance" {
		t.Errorf("after add: %+v", g.Charities)
	}
	// The answer is the document scored against the new annotation.
	var d DocAPI
	if err := json.Unmarshal([]byte(r.body), &d); err != nil || d.Gold == nil || len(d.Gold.Charities) != 1 {
		t.Errorf("answer to add: %v %s", err, r.body)
	}

	// Errors leave the file as it was.
	before, _ := os.ReadFile(goldPath)
	wantJSONError(t, post(t, ts, "race", Edit{Op: "edit", Pointer: "/people/0", Entry: json.RawMessage(`{"name":"Mary Keitany","nationality":"Kenya"}`)}), 422, "would not be valid")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "edit", Pointer: "/people/0", Entry: json.RawMessage(`{"name":"Mary Keitany","age":"old"}`)}), 400, "entry for people")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "edit", Pointer: "/people/0", Entry: json.RawMessage(`{"name":"Mary Keitany","nickname":"x"}`)}), 400, "unknown field")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "edit", Pointer: "/people/9", Entry: json.RawMessage(`{"name":"X"}`)}), 409, "no entry /people/9")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "reject", Pointer: "/people/9"}), 409, "no entry")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "reject", Pointer: "people"}), 400, "not a fact pointer")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "add", Section: "friends", Entry: json.RawMessage(`{}`)}), 400, "unknown section")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "add", Section: "people"}), 400, "missing entry")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "init"}), 409, "already exists")
	wantJSONError(t, post(t, ts, "race", Edit{Op: "frobnicate"}), 400, "unknown op")
	wantJSONError(t, post(t, ts, "race", map[string]any{"op": "init", "extra": 1}), 400, "unknown field")
	wantJSONError(t, post(t, ts, "nothing", Edit{Op: "init"}), 404, "no document")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/gold/race", "text/plain", `{"op":"init"}`), 415, "application/json")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/gold/race", "application/json", `{"op":"init"}`, "Origin", "http://evil.example"), 403, "cross-origin")
	wantJSONError(t, do(t, "POST", ts.URL+"/api/gold/race", "application/json", `{"op":"add","section":"people","entry":{"name":"`+strings.Repeat("x", 9000)+`"}}`), 413, "larger than")
	wantJSONError(t, do(t, "GET", ts.URL+"/api/gold/race", "", ""), 405, "use POST")
	if after, _ := os.ReadFile(goldPath); !bytes.Equal(before, after) {
		t.Errorf("a refused correction changed the annotation")
	}
	// No temporary files are left behind.
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}

	// Init on the unannotated document writes the extraction as its
	// annotation, without provenance; accept works there too.
	r = post(t, ts, "sub/hostile", Edit{Op: "init"})
	if r.code != 200 {
		t.Fatalf("init: %d %s", r.code, r.body)
	}
	g = loadGold(t, filepath.Join(dir, "sub", "hostile.gold.json"))
	if g.Doc != nil || g.Entities != nil {
		t.Errorf("annotation keeps provenance: doc %v, %d entities", g.Doc, len(g.Entities))
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "sub", "hostile.gold.json"))
	if bytes.Contains(raw, []byte(`"mentions"`)) || bytes.Contains(raw, []byte(`"span"`)) {
		t.Errorf("annotation keeps spans")
	}

	// An annotation file broken on disk is reported, not overwritten.
	if err := os.WriteFile(goldPath, []byte(`{"schema_version": "1", "people": [{"age": 3}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	wantJSONError(t, post(t, ts, "race", Edit{Op: "reject", Pointer: "/people/0"}), 409, "not valid")
	if r := do(t, "GET", ts.URL+"/docs/race", "", ""); r.code != 200 || !strings.Contains(r.body, "cannot be used") || !strings.Contains(r.body, "/people/0") {
		t.Errorf("page for a broken annotation: %d", r.code)
	}
}

func TestSaveGoldValidates(t *testing.T) {
	dir, _ := fixture(t)
	src, err := OpenDir(dir, extract.Default())
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	bad := schema.New()
	bad.People = []schema.Person{{Name: ""}}
	err = src.SaveGold(context.Background(), "race", bad)
	var inv *InvalidError
	if !asInvalid(err, &inv) || !strings.Contains(strings.Join(inv.Problems, " "), "/people/0/name") {
		t.Errorf("saving an invalid annotation: %v", err)
	}
	if err := src.SaveGold(context.Background(), "../x", schema.New()); err != ErrNotFound {
		t.Errorf("SaveGold(../x) = %v, want ErrNotFound", err)
	}
}

func asInvalid(err error, target **InvalidError) bool {
	e, ok := err.(*InvalidError)
	if ok {
		*target = e
	}
	return ok
}

// TestSavedAnnotationFeedsEval corrects an annotation through the API and
// checks that racex eval's scorer (check.Evaluate) reads the saved file.
func TestSavedAnnotationFeedsEval(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{AllowEdit: true})
	r := post(t, ts, "race", Edit{Op: "add", Section: "charities", Entry: json.RawMessage(`{"name":"Zebra Relief Fund","aliases":[]}`)})
	if r.code != 200 {
		t.Fatalf("add: %d %s", r.code, r.body)
	}
	ev, err := check.Evaluate(dir, "", func(path string) (*schema.Record, error) {
		a, err := corpus.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return extract.Default().Extract(extract.Input{Source: a.Source, Text: a.Text}), nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(ev.Problems) > 0 {
		t.Fatalf("eval problems: %v", ev.Problems)
	}
	found := false
	for _, d := range ev.Docs {
		if d.Name != "race" {
			continue
		}
		for _, f := range append(append([]schema.Fact{}, d.Score.Missed...), matchedGold(d.Score)...) {
			found = found || f.Type == "charity" && f.Text == "Zebra Relief Fund"
		}
	}
	if !found {
		t.Errorf("eval does not see the charity added through the page")
	}
}

func matchedGold(s *schema.Score) []schema.Fact {
	var out []schema.Fact
	for _, m := range s.Correct {
		out = append(out, m.Gold)
	}
	return out
}

// TestHostGuard: a loopback server refuses requests addressed to another
// host name, as a DNS-rebinding page's would be.
func TestHostGuard(t *testing.T) {
	dir, _ := fixture(t)
	ts := newServer(t, dir, Options{AllowEdit: true, Hosts: LoopbackHosts})
	for _, host := range []string{"evil.example", "evil.example:80", "127.0.0.1.evil.example"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/docs/race", nil)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusMisdirectedRequest {
			t.Errorf("Host %s: %d, want 421", host, res.StatusCode)
		}
	}
	for _, host := range []string{"localhost", "localhost:8765", "127.0.0.1:1", "[::1]:8765"} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/docs/race", nil)
		req.Host = host
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Errorf("Host %s: %d, want 200", host, res.StatusCode)
		}
	}
}
