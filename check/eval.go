package check

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/racex/racex/schema"
)

// GoldSuffix ends the name of every hand annotation: NAME.gold.json
// annotates NAME.txt, and NAME.json is a prediction for it.
const GoldSuffix = ".gold.json"

// Extractor makes a prediction from an article file (NAME.txt).
type Extractor func(textPath string) (*schema.Record, error)

// DocScore is one document's comparison.
type DocScore struct {
	Name  string // NAME of NAME.gold.json
	Gold  string // path of the annotation
	Pred  string // path of the prediction, or of the article it was extracted from
	Score *schema.Score
}

// Evaluation is the comparison of every annotated document in a directory.
type Evaluation struct {
	Docs  []DocScore
	Total *schema.Score
	// Problems are the files that could not be used, each error naming its
	// file (a *schema.FileError for records). A document whose annotation
	// is unusable is left out of Docs; one whose prediction is missing or
	// unusable is scored against an empty prediction, so its facts count
	// as missed rather than vanish.
	Problems []error
}

// Evaluate scores each NAME.gold.json in goldDir. With predDir set, the
// prediction is predDir/NAME.json; otherwise extract is called on the
// article goldDir/NAME.txt. It fails only when goldDir cannot be listed or
// holds no annotation, or predDir is not a directory.
func Evaluate(goldDir, predDir string, extract Extractor) (*Evaluation, error) {
	entries, err := os.ReadDir(goldDir)
	if err != nil {
		return nil, err
	}
	if predDir != "" {
		// A wrong --pred would otherwise score every document as empty.
		if info, err := os.Stat(predDir); err != nil {
			return nil, err
		} else if !info.IsDir() {
			return nil, fmt.Errorf("%s: not a directory", predDir)
		}
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), GoldSuffix) {
			names = append(names, strings.TrimSuffix(e.Name(), GoldSuffix))
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no hand annotations (*%s) in this directory", goldDir, GoldSuffix)
	}
	sort.Strings(names)
	ev := &Evaluation{Total: &schema.Score{ByType: map[string]schema.Count{}}}
	for _, name := range names {
		d := DocScore{Name: name, Gold: filepath.Join(goldDir, name+GoldSuffix)}
		gold, err := schema.ReadRecord(d.Gold)
		if err != nil {
			ev.Problems = append(ev.Problems, err)
			continue
		}
		var pred *schema.Record
		if predDir != "" {
			d.Pred = filepath.Join(predDir, name+".json")
			pred, err = schema.ReadRecord(d.Pred)
		} else {
			d.Pred = filepath.Join(goldDir, name+".txt")
			pred, err = extract(d.Pred)
		}
		if err != nil {
			ev.Problems = append(ev.Problems, fmt.Errorf("%w (scored as an empty prediction)", err))
			pred = schema.New()
		}
		d.Score = schema.Compare(gold, pred)
		ev.Total.Add(d.Score)
		ev.Docs = append(ev.Docs, d)
	}
	return ev, nil
}

// WriteText writes the evaluation for a terminal: with perDoc a line per
// document, then the per-fact table with its groups and micro average last.
func (ev *Evaluation) WriteText(w io.Writer, perDoc bool) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%d documents scored", len(ev.Docs))
	if len(ev.Problems) > 0 {
		fmt.Fprintf(&b, ", %d files with problems (see standard error)", len(ev.Problems))
	}
	b.WriteString("\n\n")
	if perDoc {
		width := len("document")
		for _, d := range ev.Docs {
			width = max(width, len(d.Name))
		}
		fmt.Fprintf(&b, "%-*s %5s %5s %5s  %6s %6s %6s\n", width, "document", "tp", "fp", "fn", "P", "R", "F1")
		for _, d := range ev.Docs {
			c := d.Score.Micro()
			fmt.Fprintf(&b, "%-*s %5d %5d %5d  %6.3f %6.3f %6.3f\n", width, d.Name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
		}
		b.WriteString("\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	return ev.Total.WriteTable(w)
}

// JSONCount is a Count with its ratios, as --json writes it.
type JSONCount struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

func jsonCount(c schema.Count) JSONCount {
	return JSONCount{c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1()}
}

// JSONReport is the machine-readable evaluation.
type JSONReport struct {
	Documents []JSONDoc            `json:"documents"`
	ByType    map[string]JSONCount `json:"by_type"`
	Groups    map[string]JSONCount `json:"groups"`
	Micro     JSONCount            `json:"micro"`
	Problems  []string             `json:"problems"`
}

// JSONDoc is one document's line of the report.
type JSONDoc struct {
	Name   string               `json:"name"`
	Gold   string               `json:"gold"`
	Pred   string               `json:"pred"`
	ByType map[string]JSONCount `json:"by_type"`
	Micro  JSONCount            `json:"micro"`
}

func byType(s *schema.Score) map[string]JSONCount {
	out := map[string]JSONCount{}
	for t, c := range s.ByType {
		if c != (schema.Count{}) {
			out[t] = jsonCount(c)
		}
	}
	return out
}

// Report returns the evaluation in its machine-readable form.
func (ev *Evaluation) Report() JSONReport {
	r := JSONReport{
		Documents: []JSONDoc{},
		ByType:    byType(ev.Total),
		Groups:    map[string]JSONCount{},
		Micro:     jsonCount(ev.Total.Micro()),
		Problems:  []string{},
	}
	for _, g := range schema.Groups {
		r.Groups[g.Name] = jsonCount(ev.Total.Group(g.Types))
	}
	for _, d := range ev.Docs {
		r.Documents = append(r.Documents, JSONDoc{d.Name, d.Gold, d.Pred, byType(d.Score), jsonCount(d.Score.Micro())})
	}
	for _, p := range ev.Problems {
		r.Problems = append(r.Problems, p.Error())
	}
	return r
}

// WriteJSON writes Report as indented JSON.
func (ev *Evaluation) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(ev.Report())
}
