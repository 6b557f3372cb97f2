package check

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// Article is the text records were made from, split into sentences, for
// showing facts in context.
type Article struct {
	Text      string
	Sentences []schema.Span // byte spans, in text order
	patterns  map[string]*regexp.Regexp
}

// NewArticle wraps text and its sentence spans (extract's SentenceSpans).
// Spans that do not fit the text, or overlap an earlier one, are dropped,
// so that a faulty splitter cannot break the display: text outside every
// sentence is shown by its line.
func NewArticle(text string, sentences []schema.Span) *Article {
	sorted := append([]schema.Span{}, sentences...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Start < sorted[j].Start })
	var kept []schema.Span
	for _, s := range sorted {
		if s.Start < 0 || s.Start >= s.End || s.End > len(text) || (len(kept) > 0 && s.Start < kept[len(kept)-1].End) {
			continue
		}
		kept = append(kept, s)
	}
	return &Article{Text: text, Sentences: kept, patterns: map[string]*regexp.Regexp{}}
}

// Evidence is where a fact stands in the article.
type Evidence struct {
	// Region is the sentence (or, outside every sentence, the line) that
	// holds the most evidence; Found is false when there is none.
	Region schema.Span
	Found  bool
	// Sentence is the 1-based number of the sentence, 0 for a line that
	// lies outside every sentence.
	Sentence int
	// Marks are the evidence spans inside Region, merged where they
	// overlap.
	Marks []schema.Span
	// Elsewhere counts the other regions that hold evidence too.
	Elsewhere int
	// FromText says the spans were found by searching the text for the
	// fact's names and values, because the record carries no spans for it
	// (a hand annotation, or an extractor that left them out).
	FromText bool
}

// Locate finds the evidence for fact f of record r: the spans the record
// gives (schema.Provenance), or when it gives none, the places in the text
// where the fact's names and values are written. Of the sentences holding
// evidence it picks the one with both the value and whom it is about, then
// one with the value, then one naming whom it is about, the earliest first.
func (a *Article) Locate(r *schema.Record, f schema.Fact) Evidence {
	value, context := schema.Provenance(r, f)
	value, context = a.valid(value), a.valid(context)
	fromText := false
	if len(value) == 0 && len(context) == 0 {
		value, context = a.search(r, f)
		fromText = true
	}
	type region struct {
		span           schema.Span
		n              int
		value, context bool
	}
	var regions []*region
	byStart := map[int]*region{}
	note := func(spans []schema.Span, isValue bool) {
		for _, s := range spans {
			span, n := a.regionOf(s.Start)
			rg := byStart[span.Start]
			if rg == nil {
				rg = &region{span: span, n: n}
				byStart[span.Start] = rg
				regions = append(regions, rg)
			}
			if isValue {
				rg.value = true
			} else {
				rg.context = true
			}
		}
	}
	note(value, true)
	note(context, false)
	if len(regions) == 0 {
		return Evidence{FromText: fromText}
	}
	score := func(rg *region) int {
		s := 0
		if rg.value {
			s += 2
		}
		if rg.context {
			s++
		}
		return s
	}
	sort.SliceStable(regions, func(i, j int) bool {
		si, sj := score(regions[i]), score(regions[j])
		if si != sj {
			return si > sj
		}
		return regions[i].span.Start < regions[j].span.Start
	})
	best := regions[0]
	ev := Evidence{Region: best.span, Found: true, Sentence: best.n, Elsewhere: len(regions) - 1, FromText: fromText}
	var marks []schema.Span
	for _, s := range append(append([]schema.Span{}, value...), context...) {
		if s.Start >= best.span.Start && s.Start < best.span.End {
			marks = append(marks, schema.Span{Start: s.Start, End: min(s.End, best.span.End)})
		}
	}
	ev.Marks = merge(marks)
	return ev
}

// valid keeps the spans that lie inside the text on character boundaries,
// so that a faulty record cannot break the display.
func (a *Article) valid(spans []schema.Span) []schema.Span {
	var out []schema.Span
	for _, s := range spans {
		if s.Start < 0 || s.Start >= s.End || s.End > len(a.Text) ||
			!utf8.RuneStart(a.Text[s.Start]) || (s.End < len(a.Text) && !utf8.RuneStart(a.Text[s.End])) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// regionOf returns the sentence holding byte pos and its 1-based number,
// or the line holding it and 0 when no sentence does.
func (a *Article) regionOf(pos int) (schema.Span, int) {
	i := sort.Search(len(a.Sentences), func(i int) bool { return a.Sentences[i].End > pos })
	if i < len(a.Sentences) && a.Sentences[i].Start <= pos {
		return a.Sentences[i], i + 1
	}
	start := strings.LastIndexByte(a.Text[:pos], '\n') + 1
	end := strings.IndexByte(a.Text[pos:], '\n')
	if end < 0 {
		end = len(a.Text)
	} else {
		end += pos
	}
	return schema.Span{Start: start, End: end}, 0
}

// merge sorts spans and joins those that overlap or touch.
func merge(spans []schema.Span) []schema.Span {
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	var out []schema.Span
	for _, s := range spans {
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// search finds a fact's names and values in the text, for records that
// carry no spans: value holds where the fact's value is written (a
// quantity's or time's text, a place, a charity, an amount), context where
// the person or event it is about is named. A bare number (an age, a
// position) is only looked for in sentences that name its person.
func (a *Article) search(r *schema.Record, f schema.Fact) (value, context []schema.Span) {
	section, i, field, ok := schema.SplitWhere(f.Where)
	if !ok {
		return nil, nil
	}
	switch section {
	case "people":
		if i >= len(r.People) {
			return nil, nil
		}
		p := r.People[i]
		names := a.findAll(append([]string{p.Name}, p.Aliases...))
		switch field {
		case "":
			return names, nil
		case "age":
			if p.Age != nil {
				value = a.ageSpans(r, p, *p.Age, names)
			}
		case "nationality":
			if p.Nationality != nil {
				value = a.near(a.find(*p.Nationality), names)
			}
		case "hometown":
			if p.Hometown != nil {
				value = a.findAll(placeNames(r, *p.Hometown))
			}
		}
		return value, names
	case "events":
		if i >= len(r.Events) {
			return nil, nil
		}
		e := r.Events[i]
		names := a.findAll(append([]string{e.Name}, e.Aliases...))
		if field == "edition" && e.Edition != nil {
			return a.find(Ordinal(*e.Edition)), names
		}
		return names, nil
	case "charities":
		if i < len(r.Charities) {
			return a.findAll(append([]string{r.Charities[i].Name}, r.Charities[i].Aliases...)), nil
		}
	case "organizations":
		if i < len(r.Organizations) {
			return a.findAll(append([]string{r.Organizations[i].Name}, r.Organizations[i].Aliases...)), nil
		}
	case "places":
		if i < len(r.Places) {
			return a.findAll(append([]string{r.Places[i].Name}, r.Places[i].Aliases...)), nil
		}
	case "results":
		if i >= len(r.Results) {
			return nil, nil
		}
		res := r.Results[i]
		names := a.findAll(personNames(r, res.Person))
		if res.Time != nil {
			value = a.find(res.Time.Text)
		}
		return value, names
	case "fundraising":
		if i >= len(r.Fundraising) {
			return nil, nil
		}
		fr := r.Fundraising[i]
		names := a.findAll(personNames(r, fr.Person))
		switch field {
		case "charity":
			if fr.Charity != nil {
				value = a.findAll(charityNames(r, *fr.Charity))
			}
		case "cause":
			if fr.Cause != nil {
				value = a.find(*fr.Cause)
			}
		case "amount":
			if fr.Amount != nil {
				value = a.findAll(amountForms(fr.Amount.Value))
			}
		}
		return value, names
	case "quantities":
		if i < len(r.Quantities) {
			q := r.Quantities[i]
			if q.About != nil {
				context = a.findAll(personNames(r, q.About))
			}
			return a.find(q.Text), context
		}
	}
	return nil, nil
}

// ageSpans finds where p's age is written: the bare number near p's name,
// and the text of any age quantity about p with that value ("the
// 24-year-old", which may stand in a sentence that does not name p). A
// quantity text that is a bare number must be near p's name too.
func (a *Article) ageSpans(r *schema.Record, p schema.Person, age int, names []schema.Span) []schema.Span {
	weak := []string{strconv.Itoa(age)}
	var strong []string
	own := append([]string{p.Name}, p.Aliases...)
	for _, q := range r.Quantities {
		if q.Kind != schema.KindAge || q.About == nil || q.Normalized == nil || q.Normalized.Value == nil || *q.Normalized.Value != float64(age) {
			continue
		}
		if namesOf(*q.About, [][]string{own})[0] != p.Name {
			continue // about someone else
		}
		if strings.IndexFunc(q.Text, func(r rune) bool { return !unicode.IsDigit(r) }) < 0 {
			weak = append(weak, q.Text)
		} else {
			strong = append(strong, q.Text)
		}
	}
	return merge(append(a.near(a.findAll(weak), names), a.findAll(strong)...))
}

// find returns where term is written in the text: case folded (except
// that a capital does not match a small letter at the start), any run of
// white space for a space, any apostrophe for an apostrophe, and not inside
// a longer word or number.
func (a *Article) find(term string) []schema.Span {
	term = strings.TrimSpace(term)
	if term == "" {
		return nil
	}
	re, ok := a.patterns[term]
	if !ok {
		var b strings.Builder
		b.WriteString("(?i)")
		space := false
		for _, r := range term {
			switch {
			case unicode.IsSpace(r):
				space = true
				continue
			case space:
				b.WriteString(`\s+`)
				space = false
			}
			switch r {
			case '\'', '\u2018', '\u2019':
				b.WriteString(`['\x{2018}\x{2019}]`)
			default:
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
		re = regexp.MustCompile(b.String())
		if a.patterns == nil {
			a.patterns = map[string]*regexp.Regexp{}
		}
		a.patterns[term] = re
	}
	var out []schema.Span
	for _, m := range re.FindAllStringIndex(a.Text, -1) {
		before, _ := utf8.DecodeLastRuneInString(a.Text[:m[0]])
		after, _ := utf8.DecodeRuneInString(a.Text[m[1]:])
		first, _ := utf8.DecodeRuneInString(term)
		last, _ := utf8.DecodeLastRuneInString(term)
		if (wordRune(first) && wordRune(before)) || (wordRune(last) && wordRune(after)) {
			continue
		}
		// A capitalised name does not match a common word ("Long" is not
		// "long distance").
		if got, _ := utf8.DecodeRuneInString(a.Text[m[0]:]); unicode.IsUpper(first) && unicode.IsLower(got) {
			continue
		}
		out = append(out, schema.Span{Start: m[0], End: m[1]})
	}
	return out
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (a *Article) findAll(terms []string) []schema.Span {
	var out []schema.Span
	for _, t := range terms {
		out = append(out, a.find(t)...)
	}
	return merge(out)
}

// near keeps the spans that share a sentence with one of names.
func (a *Article) near(spans, names []schema.Span) []schema.Span {
	with := map[int]bool{}
	for _, n := range names {
		s, _ := a.regionOf(n.Start)
		with[s.Start] = true
	}
	var out []schema.Span
	for _, s := range spans {
		if r, _ := a.regionOf(s.Start); with[r.Start] {
			out = append(out, s)
		}
	}
	return out
}

// personNames returns the name and aliases of the person name resolves to
// in r, or name alone.
func personNames(r *schema.Record, name *string) []string {
	if name == nil {
		return nil
	}
	entries := make([][]string, len(r.People))
	for i, p := range r.People {
		entries[i] = append([]string{p.Name}, p.Aliases...)
	}
	return namesOf(*name, entries)
}

func charityNames(r *schema.Record, name string) []string {
	entries := make([][]string, len(r.Charities))
	for i, c := range r.Charities {
		entries[i] = append([]string{c.Name}, c.Aliases...)
	}
	return namesOf(name, entries)
}

func placeNames(r *schema.Record, name string) []string {
	entries := make([][]string, len(r.Places))
	for i, p := range r.Places {
		entries[i] = append([]string{p.Name}, p.Aliases...)
	}
	return namesOf(name, entries)
}

// namesOf returns the names of the entry (a name and its aliases) that
// name folds to one of, or name alone.
func namesOf(name string, entries [][]string) []string {
	f := schema.Fold(name)
	for _, all := range entries {
		for _, n := range all {
			if schema.Fold(n) == f {
				return all
			}
		}
	}
	return []string{name}
}

// Ordinal writes n as an English ordinal: "1st", "22nd", "32nd", "11th".
func Ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// amountForms are the ways an amount of money is commonly written, without
// its currency: "16,000", "16000", "16k"; "1.2m", "1.2 million".
func amountForms(v float64) []string {
	plain := strconv.FormatFloat(v, 'f', -1, 64)
	forms := []string{plain}
	if v == float64(int64(v)) && v >= 1000 {
		n := strconv.FormatInt(int64(v), 10)
		var b strings.Builder
		for i, c := range n {
			if i > 0 && (len(n)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		forms = append(forms, b.String())
		if int64(v)%1000 == 0 && v < 1e6 {
			forms = append(forms, strconv.FormatInt(int64(v)/1000, 10)+"k")
		}
	}
	if v >= 1e6 {
		m := strconv.FormatFloat(v/1e6, 'f', -1, 64)
		forms = append(forms, m+"m", m+" million")
	}
	return forms
}
