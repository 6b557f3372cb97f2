package check

import (
	"fmt"
	"io"
	"strings"

	"github.com/racex/racex/schema"
	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says on which side of a diff a fact line stands.
type Op int

// The sides of a fact line.
const (
	Both  Op = iota // the two records agree on the fact
	OnlyA           // only the first record states it
	OnlyB           // only the second record states it
)

// DiffLine is one canonical fact line of a diff.
type DiffLine struct {
	Op   Op
	Type string // the fact type
	Line string // the fact as both sides read it when Op is Both
	// Note is how the record that is not the reference words the fact
	// when that differs from the line (a distance within tolerance, a name
	// through an alias), and whether it duplicates a fact both state.
	Note     string
	Optional bool
}

// FactDiff is the comparison of two records as fact lines.
type FactDiff struct {
	Lines []DiffLine
	// RefB says that names resolve through B (the hand annotation)
	// rather than A.
	RefB bool
}

// Diff compares records a and b fact by fact. Names resolve through the
// reference record (b when refB, else a), and facts are paired as the
// scorer pairs them (schema.CompareFacts), so a fact both sides state
// under different names or within tolerance reads as one line. Each side's
// facts are rendered as canonical lines, sorted (schema.SortFacts), and the
// two lists are compared with go-diff's line diff.
func Diff(a, b *schema.Record, refB bool) *FactDiff {
	ref, other := a, b
	if refB {
		ref, other = b, a
	}
	names := schema.NamesOf(ref)
	refFacts, otherFacts := schema.Facts(ref, names), schema.Facts(other, names)
	s := schema.CompareFacts(refFacts, otherFacts)
	// A fact of the other record that matched one of the reference reads
	// as the reference's fact; Where is unique within a record.
	partner := map[string]schema.Fact{}
	matchedKey := map[string]bool{}
	refPaired := map[string]bool{}
	for _, m := range append(append([]schema.Match{}, s.Correct...), s.OptionalMatched...) {
		partner[m.Pred.Where] = m.Gold
		matchedKey[m.Pred.Type+"\x00"+m.Pred.Key] = true
		refPaired[m.Gold.Where] = true
	}
	type item struct {
		fact   schema.Fact
		note   string
		paired bool
	}
	side := func(fs []schema.Fact, isOther bool) []item {
		shown := make([]schema.Fact, len(fs))
		notes := map[string]string{}
		for i, f := range fs {
			shown[i] = f
			if !isOther {
				shown[i].Text = shown[i].Canon
				continue
			}
			var note []string
			if g, ok := partner[f.Where]; ok {
				shown[i] = g
				shown[i].Where = f.Where
				if g.Canon != f.Text {
					note = append(note, f.Text)
				}
			} else {
				if f.Canon != f.Text {
					note = append(note, f.Text)
				}
				if matchedKey[f.Type+"\x00"+f.Key] {
					note = append(note, "duplicate of a fact both state")
				}
			}
			notes[f.Where] = strings.Join(note, "; ")
			shown[i].Text = shown[i].Canon
		}
		// Sort by the whole line: of two facts that read alike, the
		// required one first, so that both sides list them in one order.
		for i := range shown {
			if shown[i].Optional {
				shown[i].Text += "\x01"
			}
		}
		schema.SortFacts(shown)
		for i := range shown {
			shown[i].Text = strings.TrimSuffix(shown[i].Text, "\x01")
		}
		out := make([]item, len(shown))
		for i, f := range shown {
			_, paired := partner[f.Where]
			if !isOther {
				paired = refPaired[f.Where]
			}
			out[i] = item{f, notes[f.Where], paired}
		}
		return out
	}
	refItems, otherItems := side(refFacts, false), side(otherFacts, true)
	aItems, bItems := refItems, otherItems
	if refB {
		aItems, bItems = otherItems, refItems
	}
	text := func(items []item) string {
		var b strings.Builder
		for _, it := range items {
			b.WriteString(it.fact.String() + "\n")
		}
		return b.String()
	}
	dmp := diffmatchpatch.New()
	ca, cb, lines := dmp.DiffLinesToChars(text(aItems), text(bItems))
	diffs := dmp.DiffCharsToLines(dmp.DiffMain(ca, cb, false), lines)
	// Lines that read alike are interchangeable for the diff, but not for
	// their notes: a line in both is drawn from the facts that were paired,
	// a line on one side only from those that were not.
	queue := func(items []item) map[string][]item {
		q := map[string][]item{}
		for _, it := range items {
			q[it.fact.String()] = append(q[it.fact.String()], it)
		}
		return q
	}
	qa, qb := queue(aItems), queue(bItems)
	pick := func(q map[string][]item, line string, paired bool) item {
		list := q[line]
		k := 0
		for i, it := range list {
			if it.paired == paired {
				k = i
				break
			}
		}
		it := list[k]
		q[line] = append(list[:k:k], list[k+1:]...)
		return it
	}
	d := &FactDiff{RefB: refB}
	for _, chunk := range diffs {
		for _, line := range strings.SplitAfter(strings.TrimSuffix(chunk.Text, "\n"), "\n") {
			line = strings.TrimSuffix(line, "\n")
			var it item
			var op Op
			switch chunk.Type {
			case diffmatchpatch.DiffEqual:
				it, op = pick(qa, line, true), Both
				if other := pick(qb, line, true); it.note == "" {
					it.note = other.note
				}
			case diffmatchpatch.DiffDelete:
				it, op = pick(qa, line, false), OnlyA
			case diffmatchpatch.DiffInsert:
				it, op = pick(qb, line, false), OnlyB
			}
			d.Lines = append(d.Lines, DiffLine{Op: op, Type: it.fact.Type, Line: line, Note: it.note, Optional: it.fact.Optional})
		}
	}
	return d
}

// Counts returns, per fact type, how many facts both records state and how
// many only one does; optional facts are left out.
func (d *FactDiff) Counts() map[string][3]int {
	out := map[string][3]int{}
	for _, l := range d.Lines {
		if l.Optional {
			continue
		}
		c := out[l.Type]
		c[l.Op]++
		out[l.Type] = c
	}
	return out
}

// Same says whether the records state the same facts.
func (d *FactDiff) Same() bool {
	for _, l := range d.Lines {
		if l.Op != Both {
			return false
		}
	}
	return true
}

// DiffOptions says how Write renders a diff.
type DiffOptions struct {
	LabelA, LabelB string // names of the two records (file names)
	// GoldA, GoldB say that a side is a hand annotation, so that the
	// summary can say "missed" and "invented".
	GoldA, GoldB bool
	All          bool // show the facts both records state too
	// NoTable leaves out the summary table (WriteDiffTable writes one for
	// many diffs together).
	NoTable bool
	Palette Palette
}

// Write renders d: a header naming the sides, the fact lines ("-" only in
// A, "+" only in B, " " in both, shown with All), and, unless NoTable, a
// summary per fact type (WriteDiffTable).
func (d *FactDiff) Write(w io.Writer, o DiffOptions) error {
	p := o.Palette
	var b strings.Builder
	refA, refB := " (names resolve through it)", ""
	if d.RefB {
		refA, refB = refB, refA
	}
	kind := func(gold bool) string {
		if gold {
			return "hand annotation"
		}
		return "record"
	}
	b.WriteString(p.Removed(fmt.Sprintf("--- A: %s, %s%s", o.LabelA, kind(o.GoldA), refA)) + "\n")
	b.WriteString(p.Added(fmt.Sprintf("+++ B: %s, %s%s", o.LabelB, kind(o.GoldB), refB)) + "\n")
	for _, l := range d.Lines {
		note := ""
		if l.Note != "" {
			other := "A"
			if !d.RefB {
				other = "B"
			}
			note = p.Faint(fmt.Sprintf("  [%s: %s]", other, l.Note))
		}
		switch l.Op {
		case OnlyA:
			b.WriteString(p.Removed("- "+l.Line) + note + "\n")
		case OnlyB:
			b.WriteString(p.Added("+ "+l.Line) + note + "\n")
		default:
			if o.All {
				b.WriteString(p.Faint("  "+l.Line) + note + "\n")
			}
		}
	}
	if d.Same() {
		b.WriteString("The two records state the same facts.\n")
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return err
	}
	if o.NoTable {
		return nil
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return err
	}
	return WriteDiffTable(w, d.Counts(), d.Optional(), o)
}

// Optional counts the lines of optional facts, which Counts leaves out.
func (d *FactDiff) Optional() int {
	n := 0
	for _, l := range d.Lines {
		if l.Optional {
			n++
		}
	}
	return n
}

// WriteDiffTable writes counts (as Counts returns them, or their sum over
// many diffs) as a table per fact type: facts in both, only in A, only in
// B; against a hand annotation the last two are headed "invented" and
// "missed".
func WriteDiffTable(w io.Writer, counts map[string][3]int, optional int, o DiffOptions) error {
	var b strings.Builder
	onlyA, onlyB := "only A", "only B"
	switch {
	case o.GoldB && !o.GoldA:
		onlyA, onlyB = "invented", "missed"
	case o.GoldA && !o.GoldB:
		onlyA, onlyB = "missed", "invented"
	}
	fmt.Fprintf(&b, "%-22s %8s %8s %8s\n", "fact", "both", onlyA, onlyB)
	var total [3]int
	for _, t := range schema.FactTypes {
		c, ok := counts[t]
		if !ok {
			continue
		}
		fmt.Fprintf(&b, "%-22s %8d %8d %8d\n", t, c[Both], c[OnlyA], c[OnlyB])
		for i := range total {
			total[i] += c[i]
		}
	}
	fmt.Fprintf(&b, "%-22s %8d %8d %8d\n", "[all]", total[Both], total[OnlyA], total[OnlyB])
	if optional > 0 {
		fmt.Fprintf(&b, "(%s not counted)\n", count(optional, "optional fact is", "optional facts are"))
	}
	_, err := io.WriteString(w, b.String())
	return err
}
