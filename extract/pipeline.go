// Package extract turns one article's text into a record-v1 record, in
// stages that each add one layer to a Doc: text (tokens and sentences),
// mentions, quantities, people, relations.
package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/racex/racex/extract/gazetteer"
	"github.com/racex/racex/schema"
)

// Input is an article to extract from.
type Input struct {
	// Source names where the text came from (a path, an archive member).
	Source string
	// Title is a headline given apart from the text (HTML <title>); when
	// empty, a headline on the text's first line is used.
	Title string
	// Text is the decoded UTF-8 article; every span is a byte offset into it.
	Text string
}

// Pipeline holds every model and table extraction needs. Build it once
// (New or Default) and share it: Extract is safe for concurrent use.
type Pipeline struct {
	gaz *gazetteer.Gazetteer
}

// New loads the models and tables. It takes a noticeable fraction of a
// second; call it once per process. The tables are embedded in the
// program, so they fail to load only if the program itself is broken (the
// gazetteer's tests catch that).
func New() *Pipeline {
	g, err := gazetteer.Load()
	if err != nil {
		panic("racex: embedded tables: " + err.Error())
	}
	return &Pipeline{gaz: g}
}

// Default returns the process's shared pipeline, loading it on first use.
var Default = sync.OnceValue(New)

// stage adds one layer to the document.
type stage func(p *Pipeline, d *Doc)

// stages run in order; each reads what earlier ones added.
var stages = []stage{
	textLayer,
	mentionStage,
	listsStage,
	quantities,
	peopleStage,
	relationsStage,
	eventDates,
}

// Extract runs every stage over the article and returns its record.
func (p *Pipeline) Extract(in Input) *schema.Record {
	d := &Doc{Text: in.Text, Record: schema.New()}
	for _, s := range stages {
		s(p, d)
	}
	d.Record.Doc = &schema.Doc{
		ID:        idOf(in.Text),
		Source:    in.Source,
		Title:     title(in),
		Chars:     len(in.Text),
		Words:     len(strings.Fields(in.Text)),
		Sentences: len(d.Sentences),
	}
	d.Record.Entities = append(d.Record.Entities, d.Mentions...)
	return d.Record
}

// Headline returns the article's first line when it reads as a headline: a
// short line of its own that does not end a sentence.
func Headline(text string) (string, bool) {
	line, rest, found := strings.Cut(strings.TrimLeft(text, "\n "), "\n")
	line = strings.TrimSpace(line)
	if !found || line == "" || utf8.RuneCountInString(line) > 150 || len(strings.Fields(line)) > 20 {
		return "", false
	}
	if strings.TrimSpace(rest) == "" {
		return "", false
	}
	switch line[len(line)-1] {
	case '.', '!', '?', ',', ';', ':', '"':
		return "", false
	}
	return line, true
}

func title(in Input) *string {
	if in.Title != "" {
		return schema.Str(in.Title)
	}
	if h, ok := Headline(in.Text); ok {
		return schema.Str(h)
	}
	return nil
}

// SentenceSpans returns the byte spans of text's sentences as the
// pipeline's text stage splits them, for tools that show evidence in
// context (racex check, the review page).
func (p *Pipeline) SentenceSpans(text string) []schema.Span {
	d := &Doc{Text: text, Record: schema.New()}
	stages[0](p, d)
	out := make([]schema.Span, len(d.Sentences))
	for i, s := range d.Sentences {
		out[i] = schema.Span{Start: s.Start, End: s.End}
	}
	return out
}
