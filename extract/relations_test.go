package extract

import (
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// relationFacts are the fact types the relations stage decides.
var relationFacts = []string{"age", "nationality", "hometown", "result.position", "result.time",
	"fundraising.cause", "fundraising.amount"}

// oracleDoc prepares a document as if the mention, quantity and people
// stages had done their work perfectly: the hand annotation's people,
// charities and quantities are found in the text and given to the
// relations stage. It measures the relations stage on its own, whatever
// the state of the stages before it.
func oracleDoc(p *Pipeline, text string, gold *schema.Record) *Doc {
	d := &Doc{Text: text, Record: schema.New()}
	textLayer(p, d)
	mentionStage(p, d)
	listsStage(p, d)
	type name struct {
		s   string
		ind *Individual
	}
	var names []name
	surnames := map[string]int{}
	for _, g := range gold.People {
		f := strings.Fields(g.Name)
		surnames[f[len(f)-1]]++
	}
	for _, g := range gold.People {
		ind := &Individual{Name: g.Name}
		d.Individuals = append(d.Individuals, ind)
		d.Record.People = append(d.Record.People, schema.Person{Name: g.Name, Aliases: []string{}})
		names = append(names, name{g.Name, ind})
		for _, a := range g.Aliases {
			names = append(names, name{a, ind})
		}
		if f := strings.Fields(g.Name); len(f) > 1 && surnames[f[len(f)-1]] == 1 {
			names = append(names, name{f[len(f)-1], ind})
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].s) > len(names[j].s) })
	var taken []schema.Span
	overlaps := func(s, e int) bool {
		for _, t := range taken {
			if s < t.End && t.Start < e {
				return true
			}
		}
		return false
	}
	for _, n := range names {
		for _, loc := range wordIndexes(text, n.s) {
			if overlaps(loc[0], loc[1]) {
				continue
			}
			taken = append(taken, schema.Span{Start: loc[0], End: loc[1]})
			n.ind.Mentions = append(n.ind.Mentions, schema.Span{Start: loc[0], End: loc[1]})
		}
	}
	for _, ind := range d.Individuals {
		sort.Slice(ind.Mentions, func(i, j int) bool { return ind.Mentions[i].Start < ind.Mentions[j].Start })
	}
	// The people stage's references: "the 24-year-old", "the pair".
	coreference(p, d)
	for _, c := range gold.Charities {
		ch := schema.Charity{Name: c.Name, Aliases: []string{}}
		for _, n := range append([]string{c.Name}, c.Aliases...) {
			for _, loc := range wordIndexes(text, n) {
				if !overlaps(loc[0], loc[1]) {
					taken = append(taken, schema.Span{Start: loc[0], End: loc[1]})
					ch.Mentions = append(ch.Mentions, schema.Span{Start: loc[0], End: loc[1]})
				}
			}
		}
		d.Record.Charities = append(d.Record.Charities, ch)
	}
	for _, e := range gold.Events {
		ev := schema.Event{Name: e.Name, Aliases: []string{}, Kind: e.Kind}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, loc := range regexp.MustCompile(regexp.QuoteMeta(n)).FindAllStringIndex(text, -1) {
				ev.Mentions = append(ev.Mentions, schema.Span{Start: loc[0], End: loc[1]})
			}
		}
		d.Record.Events = append(d.Record.Events, ev)
	}
	from := 0
	for _, q := range gold.Quantities {
		i := strings.Index(text[from:], q.Text)
		if i < 0 {
			continue
		}
		q.Span = &schema.Span{Start: from + i, End: from + i + len(q.Text)}
		from += i
		q.About = nil
		d.Record.Quantities = append(d.Record.Quantities, q)
	}
	sort.SliceStable(d.Record.Quantities, func(i, j int) bool {
		return d.Record.Quantities[i].Span.Start < d.Record.Quantities[j].Span.Start
	})
	return d
}

// wordIndexes finds s in text as whole words (no letter or digit on
// either side, whatever the script).
func wordIndexes(text, s string) [][]int {
	var out [][]int
	if s == "" {
		return nil
	}
	from := 0
	for {
		i := strings.Index(text[from:], s)
		if i < 0 {
			return out
		}
		a, b := from+i, from+i+len(s)
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		if (a == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before)) && (b == len(text) || !unicode.IsLetter(after) && !unicode.IsDigit(after)) {
			out = append(out, []int{a, b})
		}
		from = a + 1
	}
}

// TestRelationsOracle scores the relations stage alone, on perfect people,
// charities and quantities, and logs the table and every miss
// (go test ./extract -run RelationsOracle -v). It fails when a relation
// fact type falls below the floor it has reached, so that a change that
// breaks a rule is seen.
func TestRelationsOracle(t *testing.T) {
	floors := map[string]float64{
		"result.position": 0.85, "result.time": 0.85, "fundraising.cause": 0.7, "fundraising.amount": 0.7,
		"age": 0.85, "nationality": 0.85, "hometown": 0.7,
	}
	p := Default()
	total := &schema.Score{}
	var golds []string
	for _, dir := range []string{"../testdata", "../../shared/spec/examples", "../../shared/devset"} {
		g, _ := filepath.Glob(filepath.Join(dir, "*.gold.json"))
		golds = append(golds, g...)
	}
	if len(golds) == 0 {
		t.Skip("no annotations")
	}
	seen := map[string]bool{}
	for _, g := range golds {
		if seen[filepath.Base(g)] {
			continue
		}
		seen[filepath.Base(g)] = true
		gold := readGold(t, g)
		raw, err := os.ReadFile(strings.TrimSuffix(g, ".gold.json") + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		d := oracleDoc(p, string(raw), gold)
		relationsStage(p, d)
		s := schema.Compare(gold, d.Record)
		only := &schema.Score{ByType: map[string]schema.Count{}}
		for _, ty := range relationFacts {
			only.ByType[ty] = s.ByType[ty]
		}
		keep := func(fs []schema.Fact) []schema.Fact {
			var out []schema.Fact
			for _, f := range fs {
				for _, ty := range relationFacts {
					if f.Type == ty {
						out = append(out, f)
					}
				}
			}
			return out
		}
		only.Missed, only.Spurious = keep(s.Missed), keep(s.Spurious)
		for _, f := range only.Missed {
			t.Logf("%s: missed   %s", filepath.Base(g), f)
		}
		for _, f := range only.Spurious {
			t.Logf("%s: spurious %s", filepath.Base(g), f)
		}
		total.Add(only)
	}
	var b strings.Builder
	if err := total.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	t.Logf("relations on oracle people, %d articles\n%s", len(seen), b.String())
	for ty, floor := range floors {
		if f1 := total.ByType[ty].F1(); f1 < floor {
			t.Errorf("%s F1 %.3f is below its floor %.2f", ty, f1, floor)
		}
	}
}
