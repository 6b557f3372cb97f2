package check

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// ShowOptions says what WriteFacts and WriteAgainst show and how.
type ShowOptions struct {
	Palette Palette
	// Type, when set, keeps only the facts whose type starts with it
	// ("quantity", "result.time").
	Type string
	// ErrorsOnly leaves out the correct and optional facts of a
	// comparison.
	ErrorsOnly bool
	// Width bounds the bytes of a sentence shown; a longer one is cut
	// around its evidence (0: 320).
	Width int
}

// shown is one fact to show: the line it reads as, and where to look for
// its evidence (fact of record).
type shown struct {
	line   schema.Fact
	record *schema.Record
	fact   schema.Fact
	note   string
	// annotated says the fact is the annotation's, which has no spans:
	// its evidence is always found by searching the text.
	annotated bool
}

// WriteFacts writes every fact of r, grouped by type, each with the
// sentence it came from and its evidence marked.
func (a *Article) WriteFacts(w io.Writer, r *schema.Record, o ShowOptions) error {
	fs := schema.Facts(r, nil)
	items := make([]shown, 0, len(fs))
	for _, f := range fs {
		items = append(items, shown{line: f, record: r, fact: f})
	}
	var b strings.Builder
	n := a.writeSection(&b, "", items, o, o.Palette.Heading)
	b.WriteString(count(n, "fact", "facts"))
	if o.Type != "" {
		fmt.Fprintf(&b, " of type %s*", o.Type)
	}
	b.WriteString(" in " + count(len(a.Sentences), "sentence", "sentences") + ".\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteAgainst compares pred with its hand annotation gold as eval does and
// writes the facts in four groups: correct, missed (with the sentence where
// a reader finds the annotated value, when it is written in the text),
// spurious, and optional (counted nowhere); then the counts.
func (a *Article) WriteAgainst(w io.Writer, gold, pred *schema.Record, o ShowOptions) error {
	s := schema.Compare(gold, pred)
	var correct, missed, spurious, optional []shown
	for _, m := range s.Correct {
		it := shown{line: m.Gold, record: pred, fact: m.Pred}
		if m.Pred.Text != m.Gold.Canon {
			it.note = "extracted as " + m.Pred.Text
		}
		correct = append(correct, it)
	}
	for _, f := range s.Missed {
		missed = append(missed, shown{line: f, record: gold, fact: f, annotated: true})
	}
	matched := map[string]bool{}
	for _, m := range append(append([]schema.Match{}, s.Correct...), s.OptionalMatched...) {
		matched[m.Pred.Type+"\x00"+m.Pred.Key] = true
	}
	for _, f := range s.Spurious {
		it := shown{line: f, record: pred, fact: f}
		var notes []string
		if f.Text != f.Canon {
			notes = append(notes, "extracted as "+f.Text)
		}
		if matched[f.Type+"\x00"+f.Key] {
			notes = append(notes, "a second entry for a fact already matched")
		}
		it.note = strings.Join(notes, "; ")
		spurious = append(spurious, it)
	}
	found := map[string]bool{}
	for _, m := range s.OptionalMatched {
		optional = append(optional, shown{line: m.Gold, note: "found"})
		found[m.Gold.Where] = true
	}
	for _, f := range schema.Facts(gold, schema.NamesOf(gold)) {
		if f.Optional && !found[f.Where] {
			optional = append(optional, shown{line: f, note: "not found"})
		}
	}
	p := o.Palette
	var b strings.Builder
	var nc, nm, ns int
	if !o.ErrorsOnly {
		nc = a.writeSection(&b, "correct: in the annotation and the record", correct, o, p.Added)
	} else {
		nc = len(filter(correct, o.Type))
	}
	nm = a.writeSection(&b, "missed: in the annotation, not in the record", missed, o, p.Removed)
	ns = a.writeSection(&b, "spurious: in the record, not in the annotation", spurious, o, p.Removed)
	if !o.ErrorsOnly {
		opt := filter(optional, o.Type)
		if len(opt) > 0 {
			b.WriteString(p.Heading(fmt.Sprintf("== optional: counted nowhere (%d)", len(opt))) + "\n")
			lines := make([]schema.Fact, len(opt))
			for i, it := range opt {
				lines[i] = it.line
				lines[i].Text = it.line.String() + "  [" + it.note + "]"
			}
			schema.SortFacts(lines)
			for _, l := range lines {
				b.WriteString(p.Faint(l.Text) + "\n")
			}
			b.WriteString("\n")
		}
	}
	c := schema.Count{TP: nc, FP: ns, FN: nm}
	fmt.Fprintf(&b, "%d correct, %d missed, %d spurious", nc, nm, ns)
	if o.Type != "" {
		fmt.Fprintf(&b, " (facts of type %s*)", o.Type)
	}
	fmt.Fprintf(&b, ": P %.3f R %.3f F1 %.3f\n", c.Precision(), c.Recall(), c.F1())
	_, err := io.WriteString(w, b.String())
	return err
}

func filter(items []shown, prefix string) []shown {
	if prefix == "" {
		return items
	}
	var out []shown
	for _, it := range items {
		if strings.HasPrefix(it.line.Type, prefix) {
			out = append(out, it)
		}
	}
	return out
}

// writeSection writes a heading and each item with its evidence, sorted by
// fact type and text, and returns how many items it wrote. With no title,
// each fact type gets a heading of its own.
func (a *Article) writeSection(b *strings.Builder, title string, items []shown, o ShowOptions, style func(string) string) int {
	items = filter(items, o.Type)
	if title != "" {
		b.WriteString(style(fmt.Sprintf("== %s (%d)", title, len(items))) + "\n")
	}
	lines := make([]schema.Fact, len(items))
	byWhere := map[string][]shown{}
	for i, it := range items {
		// Sort by the line shown; Where (with the index) finds the item.
		key := fmt.Sprintf("%d", i)
		lines[i] = it.line
		lines[i].Text = it.line.Canon
		lines[i].Where = key
		byWhere[key] = append(byWhere[key], it)
	}
	schema.SortFacts(lines)
	typ := ""
	for _, l := range lines {
		it := byWhere[l.Where][0]
		if title == "" && l.Type != typ {
			typ = l.Type
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			b.WriteString(style("== "+typ) + "\n")
		}
		b.WriteString(l.String())
		if it.note != "" {
			b.WriteString(o.Palette.Faint("  [" + it.note + "]"))
		}
		b.WriteString("\n")
		b.WriteString(a.evidenceLine(it, o) + "\n")
	}
	if len(items) > 0 || title != "" {
		b.WriteString("\n")
	}
	return len(items)
}

// evidenceLine renders where a fact stands: the sentence number and the
// sentence with its evidence marked.
func (a *Article) evidenceLine(it shown, o ShowOptions) string {
	p := o.Palette
	ev := a.Locate(it.record, it.fact)
	if !ev.Found {
		if ev.FromText {
			return p.Faint("    (not written in the text as annotated)")
		}
		return p.Faint("    (no evidence in the record)")
	}
	where := fmt.Sprintf("    s%d: ", ev.Sentence)
	if ev.Sentence == 0 {
		where = "    line: "
	}
	var tail []string
	if ev.Elsewhere > 0 {
		tail = append(tail, fmt.Sprintf("+%d more", ev.Elsewhere))
	}
	if ev.FromText && !it.annotated {
		tail = append(tail, "by text search")
	}
	suffix := ""
	if len(tail) > 0 {
		suffix = p.Faint("  (" + strings.Join(tail, "; ") + ")")
	}
	return where + a.marked(ev, o) + suffix
}

// marked renders the evidence's region with its marks, white space runs
// collapsed, cut to o.Width bytes around the marks.
func (a *Article) marked(ev Evidence, o ShowOptions) string {
	width := o.Width
	if width <= 0 {
		width = 320
	}
	start, end := ev.Region.Start, ev.Region.End
	if end-start > width && len(ev.Marks) > 0 {
		first, last := ev.Marks[0].Start, ev.Marks[len(ev.Marks)-1].End
		pad := max((width-(last-first))/2, 40)
		start, end = max(start, first-pad), min(end, last+pad)
		for start > ev.Region.Start && !utf8.RuneStart(a.Text[start]) {
			start--
		}
		for end < ev.Region.End && !utf8.RuneStart(a.Text[end]) {
			end++
		}
	}
	var b strings.Builder
	if start > ev.Region.Start {
		b.WriteString("…")
	}
	pos := start
	for _, m := range ev.Marks {
		if m.End <= start || m.Start >= end {
			continue
		}
		ms, me := max(m.Start, start), min(m.End, end)
		b.WriteString(collapse(a.Text[pos:ms]))
		b.WriteString(o.Palette.Mark(collapse(a.Text[ms:me])))
		pos = me
	}
	b.WriteString(collapse(a.Text[pos:end]))
	if end < ev.Region.End {
		b.WriteString("…")
	}
	return strings.TrimSpace(b.String())
}

// collapse turns every run of white space into one space.
func collapse(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\n' || r == '\t' || r == '\r' {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// count writes n with the noun in its number: "1 fact", "2 facts".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
