package review

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	"log"
	"mime"
	"net"
	"net/http"
	"net/url"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
)

//go:embed assets
var assets embed.FS

// DefaultMaxBody bounds a request body: an article posted to /api/extract
// or a correction.
const DefaultMaxBody = 2 << 20

// ContentSecurityPolicy is sent with every response: only this server's
// own scripts, styles and fetches; no inline script, no frames, no
// external fonts or images.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// Options configure a Server.
type Options struct {
	// AllowEdit lets the page and the API write annotations; without it
	// every write is refused with 403.
	AllowEdit bool
	// MaxBody bounds request bodies (DefaultMaxBody when 0).
	MaxBody int64
	// Pipeline extracts for /api/extract (extract.Default() when nil).
	Pipeline *extract.Pipeline
	// Log receives server errors (the standard logger when nil).
	Log *log.Logger
	// Hosts, when set, are the only host names (without port) requests may
	// name in their Host header. A server on the loopback interface sets
	// them to its loopback names, so that a web page whose host name an
	// attacker re-points at 127.0.0.1 (DNS rebinding) cannot read the
	// documents or send corrections.
	Hosts []string
}

// LoopbackHosts are the host names of a server on the loopback interface.
var LoopbackHosts = []string{"localhost", "127.0.0.1", "::1"}

// Server is the review page and the extraction API over one Source.
type Server struct {
	src  Source
	opt  Options
	tmpl *template.Template
	mux  *http.ServeMux
	// edits serialises annotation writes, so that two corrections sent at
	// once do not lose one another.
	edits sync.Mutex
}

// New builds a server over src.
func New(src Source, opt Options) (*Server, error) {
	if opt.MaxBody <= 0 {
		opt.MaxBody = DefaultMaxBody
	}
	if opt.Pipeline == nil {
		opt.Pipeline = extract.Default()
	}
	if opt.Log == nil {
		opt.Log = log.Default()
	}
	tmpl, err := template.New("").Funcs(funcs).ParseFS(assets, "assets/*.html")
	if err != nil {
		return nil, err
	}
	s := &Server{src: src, opt: opt, tmpl: tmpl, mux: http.NewServeMux()}
	static, err := fs.Sub(assets, "assets/static")
	if err != nil {
		return nil, err
	}
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	s.mux.HandleFunc("GET /static/", func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, "/") {
			s.htmlError(w, http.StatusNotFound, "No such page.") // no directory listings
			return
		}
		files.ServeHTTP(w, r)
	})
	s.mux.HandleFunc("GET /{$}", s.list)
	s.mux.HandleFunc("GET /docs/{id...}", s.page)
	s.mux.HandleFunc("/api/extract", s.apiExtract)
	s.mux.HandleFunc("/api/docs", s.apiDocs)
	s.mux.HandleFunc("/api/docs/{id...}", s.apiDoc)
	s.mux.HandleFunc("/api/gold/{id...}", s.apiGold)
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		jsonError(w, http.StatusNotFound, "no such API route: "+r.URL.Path)
	})
	s.mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		s.htmlError(w, http.StatusNotFound, "No such page.")
	})
	return s, nil
}

// ServeHTTP adds the security headers to every response.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Security-Policy", ContentSecurityPolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	if !s.hostAllowed(r.Host) {
		jsonError(w, http.StatusMisdirectedRequest, "unexpected Host "+r.Host+": this server answers only to "+strings.Join(s.opt.Hosts, ", "))
		return
	}
	s.mux.ServeHTTP(w, r)
}

func (s *Server) hostAllowed(host string) bool {
	if len(s.opt.Hosts) == 0 {
		return true
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	for _, ok := range s.opt.Hosts {
		if strings.EqualFold(host, ok) {
			return true
		}
	}
	return false
}

var funcs = template.FuncMap{
	"pct": func(f float64) string { return fmt.Sprintf("%.1f", 100*f) },
	"rowid": func(pointer string) string {
		return "row" + strings.ReplaceAll(pointer, "/", "-")
	},
	"statusText": func(s string) string {
		switch s {
		case StatusCorrect:
			return "correct"
		case StatusSpurious:
			return "not in the annotation"
		case StatusMissed:
			return "missed"
		case StatusOptional:
			return "optional"
		}
		return ""
	},
	"docpath": func(id string) string { return "/docs/" + escapePath(id) },
	"add1":    func(n int) int { return n + 1 },
	"label":   factLabel,
}

// factLabels name fact types the way a reader says them.
var factLabels = map[string]string{
	"result.position": "position", "result.time": "finish time",
	"fundraising.cause": "charity or cause", "fundraising.amount": "amount",
	"quantity.age": "age (number)", "quantity.duration": "duration", "quantity.distance": "distance",
	"quantity.money": "money", "quantity.temperature": "temperature", "quantity.count": "head count",
	"organization": "organisation",
}

func factLabel(t string) string {
	if l, ok := factLabels[t]; ok {
		return l
	}
	return t
}

// escapePath escapes each segment of a document id for a URL path.
func escapePath(id string) string {
	parts := strings.Split(id, "/")
	for i, p := range parts {
		parts[i] = url.PathEscape(p)
	}
	return strings.Join(parts, "/")
}

// Summary is one line of the document list.
type Summary struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Source     string   `json:"source"`
	DocID      string   `json:"doc_id,omitempty"`
	People     int      `json:"people"`
	Results    int      `json:"results"`
	Quantities int      `json:"quantities"`
	Gold       bool     `json:"gold"`
	F1         *float64 `json:"f1,omitempty"`
	Missed     int      `json:"missed"`
	Spurious   int      `json:"spurious"`
	Error      string   `json:"error,omitempty"`
	text       string
}

func (s *Server) summaries(ctx context.Context) ([]Summary, error) {
	ids, err := s.src.IDs(ctx)
	if err != nil {
		return nil, err
	}
	// Extraction dominates: summarise on every core.
	out := make([]Summary, len(ids))
	work := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.NumCPU(), len(ids))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				out[i] = s.summary(ctx, ids[i])
			}
		}()
	}
	for i := range ids {
		work <- i
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *Server) summary(ctx context.Context, id string) Summary {
	sum := Summary{ID: id, Title: id}
	d, err := s.src.Doc(ctx, id)
	if err != nil {
		sum.Error = err.Error()
		return sum
	}
	sum.Source, sum.text = d.Source, d.Text
	rec := d.Record
	if rec.Doc != nil {
		sum.DocID = rec.Doc.ID
		if rec.Doc.Title != nil {
			sum.Title = *rec.Doc.Title
		}
	}
	sum.People, sum.Results, sum.Quantities = len(rec.People), len(rec.Results), len(rec.Quantities)
	if len(d.GoldProblems) > 0 {
		sum.Error = "annotation: " + d.GoldProblems[0]
	}
	if d.Gold != nil {
		sum.Gold = true
		m := schema.Compare(d.Gold, rec).Micro()
		f1 := m.F1()
		sum.F1 = &f1
		sum.Missed, sum.Spurious = m.FN, m.FP
	}
	return sum
}

// filter keeps the summaries matching a search (in title, source, id and
// text, case-insensitive) and an annotation filter ("yes", "no", "").
func filter(sums []Summary, q, gold string) []Summary {
	q = strings.ToLower(strings.TrimSpace(q))
	var out []Summary
	for _, s := range sums {
		if gold == "yes" && !s.Gold || gold == "no" && s.Gold {
			continue
		}
		if q != "" && !strings.Contains(strings.ToLower(s.Title+"\n"+s.Source+"\n"+s.ID+"\n"+s.text), q) {
			continue
		}
		out = append(out, s)
	}
	return out
}

func (s *Server) list(w http.ResponseWriter, r *http.Request) {
	sums, err := s.summaries(r.Context())
	if err != nil {
		s.opt.Log.Printf("serve: listing documents: %v", err)
		s.htmlError(w, http.StatusInternalServerError, "The documents could not be listed: "+err.Error())
		return
	}
	q, gold, sortBy := r.URL.Query().Get("q"), r.URL.Query().Get("gold"), r.URL.Query().Get("sort")
	shown := filter(sums, q, gold)
	if sortBy == "f1" {
		// Worst first: the documents that most need a look.
		sort.SliceStable(shown, func(i, j int) bool {
			a, b := shown[i].F1, shown[j].F1
			if a == nil || b == nil {
				return a != nil
			}
			return *a < *b
		})
	}
	s.render(w, "list.html", map[string]any{
		"Docs": shown, "Total": len(sums), "Q": q, "Gold": gold, "Sort": sortBy, "AllowEdit": s.opt.AllowEdit,
	})
}

// PageView is everything the document page shows.
type PageView struct {
	Doc       *Document
	Title     string
	AllowEdit bool
	Cmp       *Comparison
	Segments  []Segment
	Marks     []*Mark
	Kinds     []KindCount
	Tables    []Table
	Correct   []FactView
	Spurious  []FactView
	Optional  []FactView
	Sections  []string
}

// KindCount is a legend entry with how many marks of that kind the text has.
type KindCount struct {
	Kind
	N int
}

// View builds the document page's content.
func View(d *Document, p *extract.Pipeline) *PageView {
	sentences := p.SentenceSpans(d.Text)
	cmp := Compare(d.Text, d.Record, d.Gold, sentences)
	marks := buildMarks(d.Text, d.Record, cmp)
	v := &PageView{Doc: d, Cmp: cmp, Marks: marks, Segments: segments(d.Text, marks)}
	v.Title = d.ID
	if d.Record.Doc != nil && d.Record.Doc.Title != nil {
		v.Title = *d.Record.Doc.Title
	}
	count := map[string]int{}
	for _, m := range marks {
		count[m.Class]++
	}
	for _, k := range Kinds {
		v.Kinds = append(v.Kinds, KindCount{k, count[k.Class]})
	}
	// A fact links to the first mark of its entry.
	anchorOf := map[string]string{}
	for _, rel := range []bool{false, true} {
		for _, m := range marks {
			if m.Relation != rel || m.Missed {
				continue
			}
			for _, e := range m.Entries {
				if _, ok := anchorOf[e]; !ok {
					anchorOf[e] = fmt.Sprintf("m-%d", m.ID)
				}
			}
		}
	}
	for i, f := range cmp.Facts {
		if p, ok := ParsePointer(f.Pointer); ok {
			cmp.Facts[i].Anchor = anchorOf[p.Entry()]
		}
		if f.GoldPointer != "" {
			if gp, ok := ParsePointer(f.GoldPointer); ok {
				cmp.Facts[i].Entry = entryJSON(d.Gold, gp.Entry())
			}
		}
		switch f.Status {
		case StatusCorrect:
			v.Correct = append(v.Correct, cmp.Facts[i])
		case StatusSpurious:
			v.Spurious = append(v.Spurious, cmp.Facts[i])
		case StatusOptional:
			v.Optional = append(v.Optional, cmp.Facts[i])
		}
	}
	for i, f := range cmp.Missed {
		if gp, ok := ParsePointer(f.Pointer); ok {
			cmp.Missed[i].Entry = entryJSON(d.Gold, gp.Entry())
		}
	}
	v.Tables = tables(d.Record, cmp, anchorOf)
	v.Sections = []string{"people", "results", "fundraising", "quantities", "events", "charities", "organizations", "places"}
	return v
}

func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	d, err := s.src.Doc(r.Context(), r.PathValue("id"))
	if err != nil {
		if errors.Is(err, ErrNotFound) {
			s.htmlError(w, http.StatusNotFound, "No document "+r.PathValue("id")+".")
			return
		}
		if errors.Is(err, ErrForbidden) {
			s.htmlError(w, http.StatusForbidden, err.Error())
			return
		}
		if errors.Is(err, ErrNoRecord) {
			s.htmlError(w, http.StatusConflict, err.Error())
			return
		}
		s.opt.Log.Printf("serve: %s: %v", r.PathValue("id"), err)
		s.htmlError(w, http.StatusInternalServerError, err.Error())
		return
	}
	v := View(d, s.opt.Pipeline)
	// A document with nowhere to keep an annotation offers no corrections.
	v.AllowEdit = s.opt.AllowEdit && d.GoldFile != ""
	s.render(w, "doc.html", v)
}

func (s *Server) render(w http.ResponseWriter, name string, data any) {
	var buf strings.Builder
	if err := s.tmpl.ExecuteTemplate(&buf, name, data); err != nil {
		s.opt.Log.Printf("serve: rendering %s: %v", name, err)
		http.Error(w, "internal error rendering the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, buf.String())
}

func (s *Server) htmlError(w http.ResponseWriter, code int, msg string) {
	var buf strings.Builder
	if err := s.tmpl.ExecuteTemplate(&buf, "error.html", map[string]any{"Code": code, "Status": http.StatusText(code), "Msg": msg}); err != nil {
		http.Error(w, msg, code)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	io.WriteString(w, buf.String())
}

// APIError is the body of every API error response.
type APIError struct {
	Error    string   `json:"error"`
	Problems []string `json:"problems,omitempty"`
}

func jsonError(w http.ResponseWriter, code int, msg string, problems ...string) {
	writeJSON(w, code, APIError{Error: msg, Problems: problems})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func allow(w http.ResponseWriter, r *http.Request, method string) bool {
	if r.Method == method || method == http.MethodGet && r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", method)
	jsonError(w, http.StatusMethodNotAllowed, fmt.Sprintf("%s %s: use %s", r.Method, r.URL.Path, method))
	return false
}

// readBody reads a request body up to the size limit, answering 413 when
// it is larger.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxBody))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			jsonError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", tooBig.Limit))
			return nil, false
		}
		jsonError(w, http.StatusBadRequest, "reading the request body: "+err.Error())
		return nil, false
	}
	return body, true
}

// apiExtract answers POST /api/extract: the body is the article
// (text/plain, or no content type) or {"text": ..., "source": ...}
// (application/json); the answer is its record.
func (s *Server) apiExtract(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodPost) {
		return
	}
	ct, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if r.Header.Get("Content-Type") == "" {
		ct, err = "text/plain", nil
	}
	if err != nil || ct != "text/plain" && ct != "application/json" {
		jsonError(w, http.StatusUnsupportedMediaType, "send the article as text/plain, or as application/json {\"text\": ...}")
		return
	}
	body, ok := s.readBody(w, r)
	if !ok {
		return
	}
	source := "api"
	raw := body
	if ct == "application/json" {
		var in struct {
			Text   *string `json:"text"`
			Source string  `json:"source"`
		}
		dec := json.NewDecoder(strings.NewReader(string(body)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&in); err != nil {
			jsonError(w, http.StatusBadRequest, "body is not {\"text\": ...}: "+err.Error())
			return
		}
		if in.Text == nil {
			jsonError(w, http.StatusBadRequest, "missing \"text\"")
			return
		}
		raw = []byte(*in.Text)
		if in.Source != "" {
			source = in.Source
		}
	}
	a, err := corpus.NewArticle(source, raw)
	if err != nil {
		jsonError(w, http.StatusUnprocessableEntity, "not an article: "+err.Error())
		return
	}
	rec := s.opt.Pipeline.Extract(extract.Input{Source: a.Source, Text: a.Text})
	writeJSON(w, http.StatusOK, rec)
}

func (s *Server) apiDocs(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	sums, err := s.summaries(r.Context())
	if err != nil {
		jsonError(w, http.StatusInternalServerError, err.Error())
		return
	}
	sums = filter(sums, r.URL.Query().Get("q"), r.URL.Query().Get("gold"))
	if sums == nil {
		sums = []Summary{}
	}
	writeJSON(w, http.StatusOK, map[string]any{"docs": sums})
}

// DocAPI is the answer of GET /api/docs/{id}.
type DocAPI struct {
	ID           string         `json:"id"`
	Source       string         `json:"source"`
	Text         string         `json:"text"`
	Record       *schema.Record `json:"record"`
	Gold         *schema.Record `json:"gold"`
	GoldProblems []string       `json:"gold_problems,omitempty"`
	Facts        []FactView     `json:"facts"`
	Missed       []FactView     `json:"missed"`
	Score        *ScoreView     `json:"score,omitempty"`
}

func (s *Server) doc(w http.ResponseWriter, r *http.Request) (*Document, bool) {
	d, err := s.src.Doc(r.Context(), r.PathValue("id"))
	switch {
	case errors.Is(err, ErrNotFound):
		jsonError(w, http.StatusNotFound, "no document "+r.PathValue("id"))
		return nil, false
	case errors.Is(err, ErrForbidden):
		jsonError(w, http.StatusForbidden, err.Error())
		return nil, false
	case errors.Is(err, ErrNoRecord):
		jsonError(w, http.StatusConflict, err.Error())
		return nil, false
	case err != nil:
		s.opt.Log.Printf("serve: %s: %v", r.PathValue("id"), err)
		jsonError(w, http.StatusInternalServerError, err.Error())
		return nil, false
	}
	return d, true
}

func (s *Server) docAPI(d *Document) DocAPI {
	cmp := Compare(d.Text, d.Record, d.Gold, s.opt.Pipeline.SentenceSpans(d.Text))
	return DocAPI{
		ID: d.ID, Source: d.Source, Text: d.Text, Record: d.Record, Gold: d.Gold,
		GoldProblems: d.GoldProblems, Facts: cmp.Facts, Missed: cmp.Missed, Score: cmp.Score,
	}
}

func (s *Server) apiDoc(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodGet) {
		return
	}
	d, ok := s.doc(w, r)
	if !ok {
		return
	}
	writeJSON(w, http.StatusOK, s.docAPI(d))
}

// apiGold answers POST /api/gold/{id}: one Edit of the document's
// annotation, saved at once. It answers with the document as
// GET /api/docs/{id} does.
func (s *Server) apiGold(w http.ResponseWriter, r *http.Request) {
	if !allow(w, r, http.MethodPost) {
		return
	}
	if !s.opt.AllowEdit {
		jsonError(w, http.StatusForbidden, "read-only: start racex serve with --allow-edit to correct annotations")
		return
	}
	// A JSON body cannot be sent cross-site without the browser asking
	// first, and a page elsewhere sends its own Origin: both shut out
	// cross-site form posts.
	if ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); ct != "application/json" {
		jsonError(w, http.StatusUnsupportedMediaType, "send the correction as application/json")
		return
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || u.Host != r.Host {
			jsonError(w, http.StatusForbidden, "cross-origin writes are refused")
			return
		}
	}
	body, ok := s.readBody(w, r)
	if !ok {
		return
	}
	var e Edit
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		jsonError(w, http.StatusBadRequest, "body is not a correction {\"op\", \"pointer\", \"section\", \"entry\"}: "+err.Error())
		return
	}
	s.edits.Lock()
	defer s.edits.Unlock()
	d, ok := s.doc(w, r)
	if !ok {
		return
	}
	if len(d.GoldProblems) > 0 {
		jsonError(w, http.StatusConflict, "the annotation file on disk is not valid; fix it by hand first", d.GoldProblems...)
		return
	}
	gold, err := Apply(d.Gold, d.Record, e)
	if err != nil {
		var ee *EditError
		if errors.As(err, &ee) && ee.Conflict {
			jsonError(w, http.StatusConflict, err.Error())
		} else {
			jsonError(w, http.StatusBadRequest, err.Error())
		}
		return
	}
	if err := s.src.SaveGold(r.Context(), d.ID, gold); err != nil {
		var inv *InvalidError
		switch {
		case errors.As(err, &inv):
			jsonError(w, http.StatusUnprocessableEntity, "the corrected annotation would not be valid record-v1", inv.Problems...)
		case errors.Is(err, ErrReadOnly):
			jsonError(w, http.StatusForbidden, err.Error())
		case errors.Is(err, ErrNotFound):
			jsonError(w, http.StatusNotFound, "no document "+d.ID)
		default:
			s.opt.Log.Printf("serve: saving the annotation of %s: %v", d.ID, err)
			jsonError(w, http.StatusInternalServerError, "saving the annotation: "+err.Error())
		}
		return
	}
	d.Gold, d.GoldProblems = gold, nil
	writeJSON(w, http.StatusOK, s.docAPI(d))
}
