package review

import (
	"strconv"
	"strings"

	"github.com/racex/racex/check"
	"github.com/racex/racex/schema"
)

// Fact statuses, as the page colours them.
const (
	StatusNone     = ""         // no annotation to compare with
	StatusCorrect  = "correct"  // the annotation has it
	StatusSpurious = "spurious" // extracted, not in the annotation
	StatusMissed   = "missed"   // in the annotation, not extracted
	StatusOptional = "optional" // matched an optional annotation entry: counts nowhere
)

// FactView is one fact with its place in the record it comes from and,
// when an annotation exists, how it compares.
type FactView struct {
	Type   string `json:"type"`
	Text   string `json:"text"`
	Status string `json:"status,omitempty"`
	// Pointer is the JSON pointer of the fact in the extracted record, or
	// in the annotation for a missed fact.
	Pointer string `json:"pointer"`
	// GoldPointer is the matched annotation fact's pointer (correct facts)
	// or the annotation fact itself (missed facts).
	GoldPointer string `json:"gold_pointer,omitempty"`
	// Evidence is where a reader finds a missed fact in the text (the
	// marks of check.Article.Locate in the sentence that best shows it),
	// when it could be found.
	Evidence []schema.Span `json:"evidence,omitempty"`
	// Anchor is the id of the text mark that shows the fact ("m-12"), or
	// "" when none does.
	Anchor string `json:"-"`
	// Entry is the annotation entry an edit of this fact changes, as JSON.
	Entry string `json:"-"`
}

// Comparison is an extracted record set against its annotation.
type Comparison struct {
	// Facts are the extracted record's facts, in record order.
	Facts []FactView `json:"facts"`
	// Missed are the annotation's facts that extraction did not find.
	Missed []FactView `json:"missed"`
	// Score counts, when an annotation exists.
	Score *ScoreView `json:"score,omitempty"`
}

// ScoreView is a micro-averaged score.
type ScoreView struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// predTag marks predicted facts' pointers while they go through
// schema.CompareFacts, so that they can be told from annotation facts.
const predTag = "pred:"

// Compare lists pred's facts with their status against gold (nil: no
// annotation, every status empty), and gold's missed facts with the place
// in text where a reader would find them.
func Compare(text string, pred, gold *schema.Record, sentences []schema.Span) *Comparison {
	c := &Comparison{Facts: []FactView{}, Missed: []FactView{}}
	if gold == nil {
		for _, f := range schema.Facts(pred, nil) {
			c.Facts = append(c.Facts, FactView{Type: f.Type, Text: f.Text, Pointer: f.Where})
		}
		return c
	}
	names := schema.NamesOf(gold)
	gf := schema.Facts(gold, names)
	pf := schema.Facts(pred, names)
	for i := range pf {
		pf[i].Where = predTag + pf[i].Where
	}
	s := schema.CompareFacts(gf, pf)
	status := map[string]string{}
	goldOf := map[string]string{}
	for _, m := range s.Correct {
		status[m.Pred.Where] = StatusCorrect
		goldOf[m.Pred.Where] = m.Gold.Where
	}
	for _, f := range s.Spurious {
		status[f.Where] = StatusSpurious
	}
	for _, f := range s.Ignored {
		if strings.HasPrefix(f.Where, predTag) {
			status[f.Where] = StatusOptional
		}
	}
	for _, f := range pf {
		c.Facts = append(c.Facts, FactView{
			Type: f.Type, Text: f.Text, Status: status[f.Where],
			Pointer:     strings.TrimPrefix(f.Where, predTag),
			GoldPointer: goldOf[f.Where],
		})
	}
	art := check.NewArticle(text, sentences)
	for _, f := range s.Missed {
		fv := FactView{Type: f.Type, Text: f.Text, Status: StatusMissed, Pointer: f.Where, GoldPointer: f.Where}
		if ev := art.Locate(gold, f); ev.Found {
			fv.Evidence = ev.Marks
		}
		c.Missed = append(c.Missed, fv)
	}
	m := s.Micro()
	c.Score = &ScoreView{TP: m.TP, FP: m.FP, FN: m.FN, Precision: m.Precision(), Recall: m.Recall(), F1: m.F1()}
	return c
}

// Pointer is a parsed fact pointer: /section/index[/field].
type Pointer struct {
	Section string
	Index   int
	Field   string
}

// ParsePointer reads the JSON pointers schema.Facts gives facts.
func ParsePointer(p string) (Pointer, bool) {
	parts := strings.Split(p, "/")
	if len(parts) < 3 || len(parts) > 4 || parts[0] != "" {
		return Pointer{}, false
	}
	i, err := strconv.Atoi(parts[2])
	if err != nil || i < 0 {
		return Pointer{}, false
	}
	ptr := Pointer{Section: parts[1], Index: i}
	if len(parts) == 4 {
		ptr.Field = parts[3]
	}
	return ptr, true
}

// Entry is the pointer of the entry a fact belongs to.
func (p Pointer) Entry() string { return "/" + p.Section + "/" + strconv.Itoa(p.Index) }
