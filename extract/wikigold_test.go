package extract

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/racex/racex/schema"
)

var wikigold = flag.Bool("wikigold", false, "run TestWikigold: racex's mention layer and prose's default NER on ../shared/benchmarks/ner/wikigold")

// wgSpan is an entity as a character span of a document's rebuilt text.
type wgSpan struct {
	start, end int
	label      string // PER, LOC, ORG
}

// wgDoc is one wikigold document: its tokens joined by spaces (a blank
// line between sentences) and its gold entities.
type wgDoc struct {
	text string
	gold []wgSpan
}

// readWikigold reads the CoNLL file (TOKEN TAG lines, IO tags, blank lines
// between sentences, -DOCSTART- between documents).
func readWikigold(path string) ([]wgDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var docs []wgDoc
	var b strings.Builder
	var gold []wgSpan
	cur := wgSpan{start: -1}
	lastTag := "O"
	flush := func() {
		if cur.start >= 0 {
			cur.end = b.Len()
			gold = append(gold, cur)
			cur = wgSpan{start: -1}
		}
	}
	endDoc := func() {
		flush()
		if text := strings.TrimRight(b.String(), "\n"); strings.TrimSpace(text) != "" {
			docs = append(docs, wgDoc{text: text, gold: gold})
		}
		b.Reset()
		gold = nil
		lastTag = "O"
	}
	sc := bufio.NewScanner(f)
	lineStart := true
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			flush()
			if !lineStart {
				b.WriteString("\n\n")
			}
			lineStart = true
			lastTag = "O"
			continue
		}
		tok, tag, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("%s: bad line %q", path, line)
		}
		if tok == "-DOCSTART-" {
			endDoc()
			continue
		}
		if tag != lastTag {
			flush()
		}
		if !lineStart {
			b.WriteByte(' ')
		}
		lineStart = false
		if tag != lastTag && tag != "O" {
			l := strings.TrimPrefix(tag, "I-")
			if l == "PER" || l == "LOC" || l == "ORG" {
				cur = wgSpan{start: b.Len(), label: l}
			}
		}
		b.WriteString(tok)
		lastTag = tag
	}
	endDoc()
	return docs, sc.Err()
}

// wgLabel maps a record label (prose's PERSON, GPE and ORG are among
// them) to a CoNLL type ("" for MISC-like ones).
func wgLabel(l string) string {
	switch l {
	case schema.LabelPerson:
		return "PER"
	case schema.LabelGPE, schema.LabelLoc, schema.LabelFac:
		return "LOC"
	case schema.LabelOrg, schema.LabelCharity:
		return "ORG"
	}
	return ""
}

type prf struct{ tp, fp, fn int }

func (s prf) f1() float64 {
	if s.tp == 0 {
		return 0
	}
	p := float64(s.tp) / float64(s.tp+s.fp)
	r := float64(s.tp) / float64(s.tp+s.fn)
	return 2 * p * r / (p + r)
}

func score(gold, pred []wgSpan, into map[string]*prf) {
	key := func(s wgSpan) string { return fmt.Sprint(s.start, ":", s.end, ":", s.label) }
	g := map[string]bool{}
	for _, s := range gold {
		g[key(s)] = true
	}
	p := map[string]bool{}
	for _, s := range pred {
		if s.label != "" {
			p[key(s)] = true
		}
	}
	for _, l := range []string{"PER", "LOC", "ORG", "all"} {
		if into[l] == nil {
			into[l] = &prf{}
		}
	}
	for k := range p {
		l := k[strings.LastIndexByte(k, ':')+1:]
		if g[k] {
			into[l].tp++
			into["all"].tp++
		} else {
			into[l].fp++
			into["all"].fp++
		}
	}
	for k := range g {
		if !p[k] {
			l := k[strings.LastIndexByte(k, ':')+1:]
			into[l].fn++
			into["all"].fn++
		}
	}
}

// TestWikigold scores the exact-span PER/LOC/ORG F1 of racex's mention
// layer (text, mentions and lists stages) and of prose's default NER model
// on wikigold, side by side. It is a figure to watch, not a threshold:
//
//	go test ./extract -run Wikigold -wikigold -v
func TestWikigold(t *testing.T) {
	if !*wikigold {
		t.Skip("run with -wikigold")
	}
	path := filepath.Join("..", "..", "shared", "benchmarks", "ner", "wikigold", "wikigold.conll.txt")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("wikigold not present: %v", err)
	}
	docs, err := readWikigold(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 145 {
		t.Fatalf("read %d documents, want 145", len(docs))
	}
	p := Default()
	model := prose.ModelFromData("default") // prose's default tagger and NER, loaded once
	ours, theirs := map[string]*prf{}, map[string]*prf{}
	for _, doc := range docs {
		d := &Doc{Text: doc.text, Record: schema.New()}
		textLayer(p, d)
		mentionStage(p, d)
		listsStage(p, d)
		var pred []wgSpan
		for _, m := range d.Mentions {
			pred = append(pred, wgSpan{m.Start, m.End, wgLabel(m.Label)})
		}
		score(doc.gold, pred, ours)

		pd, err := prose.NewDocument(doc.text, prose.UsingModel(model), prose.WithSegmentation(false))
		if err != nil {
			t.Fatal(err)
		}
		pred = pred[:0]
		pos := 0
		for _, e := range pd.Entities() {
			i := strings.Index(doc.text[pos:], e.Text)
			if i < 0 {
				continue
			}
			s := wgSpan{pos + i, pos + i + len(e.Text), wgLabel(e.Label)}
			pos = s.end
			pred = append(pred, s)
		}
		score(doc.gold, pred, theirs)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "wikigold exact-span F1 (%d documents)\n%-5s %8s %8s\n", len(docs), "type", "racex", "prose")
	for _, l := range []string{"PER", "LOC", "ORG", "all"} {
		fmt.Fprintf(&b, "%-5s %8.3f %8.3f   (racex tp %d fp %d fn %d; prose tp %d fp %d fn %d)\n", l, ours[l].f1(), theirs[l].f1(),
			ours[l].tp, ours[l].fp, ours[l].fn, theirs[l].tp, theirs[l].fp, theirs[l].fn)
	}
	t.Log(b.String())
}

func TestReadWikigold(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "w.conll")
	data := "Ann I-PER\nLee I-PER\nvisited O\nNew I-LOC\nYork I-LOC\n. O\n\n-DOCSTART- O\nThe I-ORG\nBBC I-ORG\nsaid O\nso O\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := readWikigold(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("%d docs, want 2", len(docs))
	}
	got := func(d wgDoc) []string {
		var out []string
		for _, g := range d.gold {
			out = append(out, g.label+"="+d.text[g.start:g.end])
		}
		return out
	}
	if s := strings.Join(got(docs[0]), ","); s != "PER=Ann Lee,LOC=New York" {
		t.Errorf("doc 1 entities %q", s)
	}
	if s := strings.Join(got(docs[1]), ","); s != "ORG=The BBC" {
		t.Errorf("doc 2 entities %q", s)
	}
	if docs[0].text != "Ann Lee visited New York ." {
		t.Errorf("doc 1 text %q", docs[0].text)
	}
}
