package extract

import (
	"github.com/racex/racex/extract/text"
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
