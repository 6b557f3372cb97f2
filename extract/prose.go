package extract

import (
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/racex/racex/schema"
)

// proseLayer tokenises, tags and segments the text with prose and maps its
// named entities into mentions. prose reports no offsets, so each token is
// found in the text by searching forward from the previous one.
func proseLayer(p *Pipeline, d *Doc) {
	doc, err := prose.NewDocument(d.Text, prose.UsingModel(p.model))
	if err != nil {
		return
	}
	pos := 0
	labels := make([]string, 0, len(doc.Tokens()))
	for _, t := range doc.Tokens() {
		start, end, ok := find(d.Text, t.Text, pos)
		if !ok {
			continue
		}
		pos = end
		d.Tokens = append(d.Tokens, Token{Text: d.Text[start:end], Start: start, End: end, Tag: t.Tag})
		labels = append(labels, t.Label)
	}
	pos = 0
	ti := 0
	for _, s := range doc.Sentences() {
		start, end, ok := find(d.Text, strings.TrimSpace(s.Text), pos)
		if !ok {
			continue
		}
		pos = end
		first := ti
		for ti < len(d.Tokens) && d.Tokens[ti].Start < end {
			ti++
		}
		d.Sentences = append(d.Sentences, Sentence{Start: start, End: end, First: first, Last: ti})
	}
	d.Mentions = append(d.Mentions, chunk(d, labels)...)
}

// find locates needle in text at or after from, and returns its byte span.
// prose rewrites some characters (quotes), so a token that is not found
// is skipped rather than misplaced.
func find(text, needle string, from int) (int, int, bool) {
	if needle == "" {
		return 0, 0, false
	}
	i := strings.Index(text[from:], needle)
	if i < 0 {
		return 0, 0, false
	}
	return from + i, from + i + len(needle), true
}

// proseLabels maps prose's entity labels to the record's.
var proseLabels = map[string]string{
	"PERSON": schema.LabelPerson,
	"GPE":    schema.LabelGPE,
}

// chunk joins IOB-labelled tokens into mentions.
func chunk(d *Doc, labels []string) []schema.Mention {
	var out []schema.Mention
	for i := 0; i < len(labels); i++ {
		l := labels[i]
		if !strings.HasPrefix(l, "B-") {
			continue
		}
		label, ok := proseLabels[l[2:]]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+l[2:] {
			j++
		}
		if ok {
			start, end := d.Tokens[i].Start, d.Tokens[j-1].End
			out = append(out, schema.Mention{Text: d.Text[start:end], Label: label, Start: start, End: end})
		}
		i = j - 1
	}
	return out
}

// peopleAndPlaces turns PERSON mentions into people and GPE mentions into
// places, one entry per distinct name.
func peopleAndPlaces(p *Pipeline, d *Doc) {
	seen := map[string]bool{}
	for _, m := range d.Mentions {
		key := m.Label + "|" + schema.Fold(m.Text)
		if seen[key] {
			continue
		}
		seen[key] = true
		switch m.Label {
		case schema.LabelPerson:
			d.Record.People = append(d.Record.People, schema.Person{Name: m.Text, Aliases: []string{}})
		case schema.LabelGPE:
			d.Record.Places = append(d.Record.Places, schema.Place{Name: m.Text, Aliases: []string{}})
		}
	}
}
