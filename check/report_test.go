package check

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// The article of these tests, in four sentences (given by hand, so that
// the tests do not depend on the extractor's sentence splitter).
var checkSentences = []string{
	"Kenney wins",
	"Sasha Kenney, 34, from Wrexham, won in 2:18:36.",
	"The long race had 300 runners.",
	"Rob Long, 34, ran for the NSPCC and raised £2,000.",
}

func checkArticle(t *testing.T) *Article {
	t.Helper()
	text := checkSentences[0] + "\n\n" + strings.Join(checkSentences[1:], " ") + "\n"
	var spans []schema.Span
	for _, s := range checkSentences {
		i := strings.Index(text, s)
		spans = append(spans, schema.Span{Start: i, End: i + len(s)})
	}
	return NewArticle(text, spans)
}

// span returns the span of the n-th (from 0) occurrence of s in text.
func span(t *testing.T, text, s string, n int) string {
	t.Helper()
	from := 0
	for ; n > 0; n-- {
		from += strings.Index(text[from:], s) + len(s)
	}
	i := strings.Index(text[from:], s)
	if i < 0 {
		t.Fatalf("%q not in the text", s)
	}
	return fmt.Sprintf(`{"start":%d,"end":%d}`, from+i, from+i+len(s))
}

const checkGold = `{"schema_version":"1",
  "people":[
    {"name":"Sasha Kenney","aliases":["Kenney"],"age":34,"hometown":"Wrexham"},
    {"name":"Rob Long","aliases":["Long"],"age":34},
    {"name":"Jo Nobody","aliases":[]}],
  "charities":[{"name":"NSPCC","aliases":[]},{"name":"Oxfam","aliases":[],"optional":true}],
  "places":[{"name":"Wrexham","aliases":[],"optional":true}],
  "results":[{"person":"Sasha Kenney","race":{"sex":"F","division":null},"position":1,"time":{"text":"2:18:36","seconds":8316}}],
  "fundraising":[{"person":"Rob Long","charity":"NSPCC","cause":null,"amount":{"value":2000,"currency":"GBP"},"status":"raised"}],
  "quantities":[
    {"kind":"count","text":"300 runners","normalized":{"value":300,"unit":"runner"}},
    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`

// checkPred is an extraction with spans for some facts and none for
// others ("The long race", whose evidence is then searched for).
func checkPred(t *testing.T, a *Article) *schema.Record {
	return record(t, `{"schema_version":"1",
	  "people":[
	    {"name":"Kenney","aliases":[],"age":35,"mentions":[`+span(t, a.Text, "Kenney", 0)+`,`+span(t, a.Text, "Kenney", 1)+`]},
	    {"name":"The long race","aliases":[]}],
	  "quantities":[
	    {"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"},"span":`+span(t, a.Text, "2:18:36", 0)+`},
	    {"kind":"count","text":"300 runners","normalized":{"value":300,"unit":"runner"},"span":`+span(t, a.Text, "300 runners", 0)+`}]}`)
}

// Every line below was worked out by hand from the records and the text:
// see the comments for why each sentence is the one shown.
func TestWriteAgainst(t *testing.T) {
	a := checkArticle(t)
	var b bytes.Buffer
	if err := a.WriteAgainst(&b, record(t, checkGold), checkPred(t, a), ShowOptions{Palette: Plain()}); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"== correct: in the annotation and the record (3)",
		// Kenney's mentions are in s1 and s2; the earliest is shown.
		"person               Sasha Kenney  [extracted as Kenney]",
		"    s1: [[Kenney]] wins  (+1 more)",
		"quantity.duration    \"2:18:36\" = 8316 s",
		"    s2: Sasha Kenney, 34, from Wrexham, won in [[2:18:36]].",
		"quantity.count       \"300 runners\" = 300 runner",
		"    s3: The long race had [[300 runners]].",
		"",
		"== missed: in the annotation, not in the record (10)",
		"person               Jo Nobody",
		"    (not written in the text as annotated)",
		// "long" in s3 is not the name Long.
		"person               Rob Long",
		"    s4: [[Rob Long]], 34, ran for the NSPCC and raised £2,000.",
		"charity              NSPCC",
		"    s4: Rob Long, 34, ran for the [[NSPCC]] and raised £2,000.",
		// The 34 of s2 is not near Rob Long's name.
		"age                  Rob Long = 34",
		"    s4: [[Rob Long]], [[34]], ran for the NSPCC and raised £2,000.",
		// s2 has both name and value; s1 names her only.
		"age                  Sasha Kenney = 34",
		"    s2: [[Sasha Kenney]], [[34]], from Wrexham, won in 2:18:36.  (+1 more)",
		"hometown             Sasha Kenney = Wrexham",
		"    s2: [[Sasha Kenney]], 34, from [[Wrexham]], won in 2:18:36.  (+1 more)",
		// A result's evidence is its time and its person.
		"result.position      Sasha Kenney = 1",
		"    s2: [[Sasha Kenney]], 34, from Wrexham, won in [[2:18:36]].  (+1 more)",
		"result.time          Sasha Kenney = 2:18:36 (8316s)",
		"    s2: [[Sasha Kenney]], 34, from Wrexham, won in [[2:18:36]].  (+1 more)",
		"fundraising.cause    Rob Long -> NSPCC",
		"    s4: [[Rob Long]], 34, ran for the [[NSPCC]] and raised £2,000.",
		// 2000 is written "2,000".
		"fundraising.amount   Rob Long = 2000 GBP",
		"    s4: [[Rob Long]], 34, ran for the NSPCC and raised £[[2,000]].",
		"",
		"== spurious: in the record, not in the annotation (2)",
		// No span in the record: found by searching the text.
		"person               The long race",
		"    s3: [[The long race]] had 300 runners.  (by text search)",
		// No age quantity about Kenney: the evidence is her mentions.
		"age                  Sasha Kenney = 35  [extracted as Kenney = 35]",
		"    s1: [[Kenney]] wins  (+1 more)",
		"",
		// Optional entries nobody extracted, charity before place.
		"== optional: counted nowhere (2)",
		"charity              Oxfam  (optional)  [not found]",
		"place                Wrexham  (optional)  [not found]",
		"",
		// P = 3/5, R = 3/13, F1 = 6/18.
		"3 correct, 10 missed, 2 spurious: P 0.600 R 0.231 F1 0.333",
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}

	// --errors and --type.
	b.Reset()
	a.WriteAgainst(&b, record(t, checkGold), checkPred(t, a), ShowOptions{Palette: Plain(), ErrorsOnly: true, Type: "quantity"})
	want = "== missed: in the annotation, not in the record (0)\n\n== spurious: in the record, not in the annotation (0)\n\n" +
		"2 correct, 0 missed, 0 spurious (facts of type quantity*): P 1.000 R 1.000 F1 1.000\n"
	if got := b.String(); got != want {
		t.Errorf("errors only, quantities:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteFacts(t *testing.T) {
	a := checkArticle(t)
	var b bytes.Buffer
	if err := a.WriteFacts(&b, checkPred(t, a), ShowOptions{Palette: Plain()}); err != nil {
		t.Fatal(err)
	}
	want := strings.Join([]string{
		"== person",
		"person               Kenney",
		"    s1: [[Kenney]] wins  (+1 more)",
		"person               The long race",
		"    s3: [[The long race]] had 300 runners.  (by text search)",
		"",
		"== age",
		"age                  Kenney = 35",
		"    s1: [[Kenney]] wins  (+1 more)",
		"",
		"== quantity.duration",
		"quantity.duration    \"2:18:36\" = 8316 s",
		"    s2: Sasha Kenney, 34, from Wrexham, won in [[2:18:36]].",
		"",
		"== quantity.count",
		"quantity.count       \"300 runners\" = 300 runner",
		"    s3: The long race had [[300 runners]].",
		"",
		"5 facts in 4 sentences.",
		"",
	}, "\n")
	if got := b.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A record whose spans do not fit the text is shown from the text
// instead, never with a panic.
func TestLocateBadSpans(t *testing.T) {
	a := checkArticle(t)
	r := record(t, `{"schema_version":"1","people":[{"name":"Rob Long","aliases":[],"mentions":[{"start":5,"end":900},{"start":3,"end":3}]}],
	  "quantities":[{"kind":"money","text":"£2,000","normalized":{"value":2000,"unit":"GBP"},"span":{"start":`+
		fmt.Sprint(strings.Index(a.Text, "£")+1)+`,"end":`+fmt.Sprint(strings.Index(a.Text, "£")+2)+`}}]}`)
	for _, f := range schema.Facts(r, nil) {
		ev := a.Locate(r, f)
		if !ev.Found || !ev.FromText || ev.Sentence != 4 {
			t.Errorf("%s: %+v", f, ev)
		}
	}
}

func TestMarkedCutsLongSentences(t *testing.T) {
	long := strings.Repeat("word ", 100) + "the 2:18:36 finish " + strings.Repeat("more ", 100)
	a := NewArticle(long, []schema.Span{{Start: 0, End: len(long)}})
	r := record(t, `{"schema_version":"1","quantities":[{"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`)
	ev := a.Locate(r, schema.Facts(r, nil)[0])
	got := a.marked(ev, ShowOptions{Palette: Plain(), Width: 100})
	// The mark (7 bytes) with (100-7)/2 = 46 bytes either side, and an
	// ellipsis at each cut end.
	if !strings.HasPrefix(got, "…") || !strings.HasSuffix(got, "…") || !strings.Contains(got, "the [[2:18:36]] finish") || len(got) > 100+4+6 {
		t.Errorf("cut sentence: %q (%d bytes)", got, len(got))
	}
}

func TestAmountFormsAndOrdinal(t *testing.T) {
	if got := strings.Join(amountForms(1200000), "|"); got != "1200000|1,200,000|1.2m|1.2 million" {
		t.Errorf("amountForms(1200000) = %s", got)
	}
	if got := strings.Join(amountForms(16000), "|"); got != "16000|16,000|16k" {
		t.Errorf("amountForms(16000) = %s", got)
	}
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 32: "32nd", 93: "93rd", 111: "111th"} {
		if got := Ordinal(n); got != want {
			t.Errorf("Ordinal(%d) = %s, want %s", n, got, want)
		}
	}
}

// An annotated age is found through the annotation's age quantity about
// the person ("The 34-year-old") even where the sentence does not name
// them; a bare "34" elsewhere is not taken for it.
func TestLocateAgeThroughQuantity(t *testing.T) {
	s1, s2, s3 := "Rob Long won.", "Jo Bloggs was 34 today.", "The 34-year-old was happy."
	text := s1 + " " + s2 + " " + s3
	a := NewArticle(text, []schema.Span{{Start: 0, End: len(s1)}, {Start: len(s1) + 1, End: len(s1) + 1 + len(s2)}, {Start: len(text) - len(s3), End: len(text)}})
	gold := record(t, `{"schema_version":"1","people":[{"name":"Rob Long","aliases":[],"age":34}],
	  "quantities":[{"kind":"age","text":"34-year-old","normalized":{"value":34,"unit":"year"},"about":"Rob Long"}]}`)
	var age schema.Fact
	for _, f := range schema.Facts(gold, nil) {
		if f.Type == "age" {
			age = f
		}
	}
	ev := a.Locate(gold, age)
	if got := a.marked(ev, ShowOptions{Palette: Plain()}); ev.Sentence != 3 || got != "The [[34-year-old]] was happy." {
		t.Errorf("s%d: %q", ev.Sentence, got)
	}
}

// Sentence spans out of order, overlapping or past the text are dropped;
// evidence outside every kept sentence is shown by its line.
func TestNewArticleFaultySentences(t *testing.T) {
	text := "First line here.\nSecond line 2:18:36 here.\n"
	a := NewArticle(text, []schema.Span{{Start: 17, End: 43}, {Start: 0, End: 16}, {Start: 10, End: 20}, {Start: 40, End: 400}, {Start: 5, End: 5}})
	if len(a.Sentences) != 2 || a.Sentences[0] != (schema.Span{Start: 0, End: 16}) || a.Sentences[1] != (schema.Span{Start: 17, End: 43}) {
		t.Errorf("sentences kept: %v", a.Sentences)
	}
	b := NewArticle(text, []schema.Span{{Start: 0, End: 16}})
	r := record(t, `{"schema_version":"1","quantities":[{"kind":"duration","text":"2:18:36","normalized":{"value":8316,"unit":"s"}}]}`)
	ev := b.Locate(r, schema.Facts(r, nil)[0])
	if ev.Sentence != 0 || b.marked(ev, ShowOptions{Palette: Plain()}) != "Second line [[2:18:36]] here." {
		t.Errorf("evidence outside the sentences: s%d %q", ev.Sentence, b.marked(ev, ShowOptions{Palette: Plain()}))
	}
	var out bytes.Buffer
	b.WriteFacts(&out, r, ShowOptions{Palette: Plain()})
	if !strings.Contains(out.String(), "    line: Second line [[2:18:36]] here.  (by text search)\n") {
		t.Errorf("output:\n%s", out.String())
	}
}
