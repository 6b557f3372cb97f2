package extract

import (
	"strings"

	"github.com/jdkato/prose/v2"
	"github.com/racex/racex/extract/text"
	"github.com/racex/racex/schema"
)

// textLayer cuts the article into tokens and sentences (package text).
func textLayer(p *Pipeline, d *Doc) {
	toks := text.Tokenize(d.Text)
	d.Tokens = make([]Token, len(toks))
	for i, t := range toks {
		d.Tokens[i] = Token{Text: t.Text, Start: t.Start, End: t.End}
	}
	for _, s := range text.Split(d.Text, toks) {
		d.Sentences = append(d.Sentences, Sentence{Start: s.Start, End: s.End, First: s.First, Last: s.Last})
	}
}

// proseMentions runs prose's named-entity model and maps its entities to
// mentions, found in the text by searching forward (prose gives no
// offsets).
func proseMentions(p *Pipeline, d *Doc) {
	doc, err := prose.NewDocument(d.Text, prose.UsingModel(p.model), prose.WithSegmentation(false))
	if err != nil {
		return
	}
	pos := 0
	for _, e := range doc.Entities() {
		label, ok := proseLabels[e.Label]
		if !ok {
			continue
		}
		i := strings.Index(d.Text[pos:], e.Text)
		if i < 0 {
			continue
		}
		start := pos + i
		end := start + len(e.Text)
		pos = end
		d.Mentions = append(d.Mentions, schema.Mention{Text: e.Text, Label: label, Start: start, End: end})
	}
}

// proseLabels maps prose's entity labels to the record's.
var proseLabels = map[string]string{
	"PERSON": schema.LabelPerson,
	"GPE":    schema.LabelGPE,
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
