package review

import (
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

func TestMarksAndSegments(t *testing.T) {
	text := "Mary Keitany, 30, won the London Marathon."
	//       0    5      12  16               33       41
	pred := schema.New()
	pred.People = []schema.Person{{Name: "Mary Keitany", Aliases: []string{}, Age: schema.Int(31)}}
	pred.Events = []schema.Event{{Name: "London Marathon", Aliases: []string{}}}
	pred.Quantities = []schema.Quantity{{Kind: "age", Text: "30", Value: schema.Float(30),
		Normalized: &schema.Normalized{Value: schema.Float(30), Unit: schema.Str("year")}, About: schema.Str("Mary Keitany"),
		Span: &schema.Span{Start: 14, End: 16}}}
	// No mentions on the entries: entities link to them by name.
	pred.Entities = []schema.Mention{
		{Text: "Mary Keitany", Label: "PERSON", Start: 0, End: 12},
		{Text: "London", Label: "GPE", Start: 26, End: 32},
		{Text: "London Marathon", Label: "EVENT", Start: 26, End: 41},
	}
	gold := schema.New()
	gold.People = []schema.Person{{Name: "Mary Keitany", Aliases: []string{}, Age: schema.Int(30)}}
	gold.Events = []schema.Event{{Name: "London Marathon", Aliases: []string{}, Edition: schema.Int(32)}}
	gold.Quantities = []schema.Quantity{{Kind: "age", Text: "30", Value: schema.Float(30),
		Normalized: &schema.Normalized{Value: schema.Float(30), Unit: schema.Str("year")}}}

	cmp := Compare(text, pred, gold, []schema.Span{{Start: 0, End: len(text)}})
	// By hand: person, event and the quantity match (3 correct); the age
	// 31 is wrong (spurious), so the annotation's age 30 and the edition
	// 32 are missed.
	if s := cmp.Score; s.TP != 3 || s.FP != 1 || s.FN != 2 {
		t.Fatalf("score %+v, want tp 3 fp 1 fn 2", s)
	}
	marks := buildMarks(text, pred, cmp)
	byText := map[string]*Mark{}
	for _, m := range marks {
		if !m.Missed {
			byText[m.Text] = m
		}
	}
	mary := byText["Mary Keitany"]
	if mary == nil || mary.Class != "k-person" || len(mary.Entries) != 1 || mary.Entries[0] != "/people/0" {
		t.Fatalf("Mary Keitany mark %+v", mary)
	}
	// Her wrong age makes her mark spurious.
	if mary.Status != StatusSpurious {
		t.Errorf("Mary's status %q, want spurious (her age is wrong)", mary.Status)
	}
	q := byText["30"]
	if q == nil || q.Class != "k-age" || q.Value != "30 year — about Mary Keitany" || q.Status != StatusCorrect {
		t.Errorf("age mark %+v", q)
	}
	if ev := byText["London Marathon"]; ev == nil || ev.Class != "k-event" || ev.Status != StatusCorrect {
		t.Errorf("event mark %+v", ev)
	}
	// The missed edition is shown at the event's name (no "32nd" in the
	// text), and the missed age at the 30.
	var missed []string
	for _, m := range marks {
		if m.Missed {
			missed = append(missed, m.Facts[0].Type+"@"+m.Text)
		}
	}
	got := strings.Join(missed, " ")
	if !strings.Contains(got, "edition@London Marathon") || !strings.Contains(got, "age@30") {
		t.Errorf("missed marks %q", got)
	}

	segs := segments(text, marks)
	var joined strings.Builder
	for _, s := range segs {
		joined.WriteString(s.Text)
	}
	if joined.String() != text {
		t.Fatalf("segments do not rebuild the text: %q", joined.String())
	}
	for _, s := range segs {
		switch s.Text {
		case "London":
			// Inside both the GPE "London" and the event: coloured by the
			// innermost (the place), and missed (the edition) too.
			if !strings.Contains(s.Class, "k-place") || !strings.Contains(s.Class, "st-missed") || len(s.Marks) < 2 {
				t.Errorf("segment London: %+v", s)
			}
		case ", won the ":
			if s.Class != "" || len(s.Marks) != 0 {
				t.Errorf("unmarked text got marks: %+v", s)
			}
		}
	}
}

func TestSegmentsCutOverlaps(t *testing.T) {
	text := "abcdefgh"
	marks := []*Mark{
		{ID: 0, Start: 0, End: 5, Class: "k-person"},
		{ID: 1, Start: 3, End: 8, Class: "k-money"},
		{ID: 2, Start: 0, End: 8, Class: "k-result", Relation: true},
	}
	segs := segments(text, marks)
	var got []string
	for _, s := range segs {
		got = append(got, s.Text+":"+s.Class+":"+s.MarkIDs())
	}
	want := []string{
		"abc:mk k-person rel-result:0 2",
		"de:mk k-person rel-result:0 1 2", // both 5 long: the first listed wins the colour
		"fgh:mk k-money rel-result:1 2",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments\n got %q\nwant %q", got, want)
	}
	if len(segs[0].Anchors) != 2 || segs[0].Anchors[0] != "m-0" || len(segs[1].Anchors) != 1 || segs[1].Anchors[0] != "m-1" {
		t.Errorf("anchors %v %v", segs[0].Anchors, segs[1].Anchors)
	}
}

// TestBadSpansAreSkipped feeds spans outside the text and inside a
// character: the page shows the text whole and marks only the good span.
func TestBadSpansAreSkipped(t *testing.T) {
	text := "Pōmare won." // ō is two bytes: 1..3
	rec := schema.New()
	rec.Entities = []schema.Mention{
		{Text: "Pōmare", Label: "PERSON", Start: 0, End: 7},
		{Text: "x", Label: "PERSON", Start: 2, End: 5}, // starts inside ō
		{Text: "x", Label: "PERSON", Start: 5, End: 99},
		{Text: "x", Label: "PERSON", Start: -1, End: 3},
	}
	marks := buildMarks(text, rec, Compare(text, rec, nil, nil))
	if len(marks) != 1 || marks[0].Text != "Pōmare" {
		t.Fatalf("marks %+v, want only Pōmare", marks)
	}
	var b strings.Builder
	for _, s := range segments(text, marks) {
		b.WriteString(s.Text)
	}
	if b.String() != text {
		t.Errorf("segments give %q", b.String())
	}
}
