package review

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// Evidence finds where in text a reader would find the annotation fact at
// where (a fact pointer into gold): the fact's value inside a sentence that
// also names whom it is about, else the value anywhere, else the name. An
// annotation carries no spans, so this is a search; nil when nothing of the
// fact occurs in the text.
func Evidence(text string, gold *schema.Record, where string, sentences []schema.Span) *schema.Span {
	ptr, ok := ParsePointer(where)
	if !ok {
		return nil
	}
	values, names := needles(gold, ptr)
	if len(values) == 0 && len(names) == 0 {
		return nil
	}
	// The value in a sentence that also has the name.
	if len(values) > 0 && len(names) > 0 {
		for _, s := range sentences {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				continue
			}
			sent := text[s.Start:s.End]
			if find(sent, names) == nil {
				continue
			}
			if sp := find(sent, values); sp != nil {
				return &schema.Span{Start: s.Start + sp.Start, End: s.Start + sp.End}
			}
		}
	}
	if sp := find(text, values); sp != nil {
		return sp
	}
	return find(text, names)
}

// needles gives the strings that show a fact's value, and those that name
// what it is about.
func needles(gold *schema.Record, p Pointer) (values, names []string) {
	withAliases := func(name string, aliases []string) []string {
		return append([]string{name}, aliases...)
	}
	personNames := func(name *string) []string {
		if name == nil {
			return nil
		}
		for _, q := range gold.People {
			if schema.Fold(q.Name) == schema.Fold(*name) {
				return withAliases(q.Name, q.Aliases)
			}
		}
		return []string{*name}
	}
	i := p.Index
	switch p.Section {
	case "people":
		if i >= len(gold.People) {
			return nil, nil
		}
		q := gold.People[i]
		names = withAliases(q.Name, q.Aliases)
		switch p.Field {
		case "age":
			if q.Age != nil {
				values = []string{strconv.Itoa(*q.Age)}
			}
		case "hometown":
			if q.Hometown != nil {
				values = []string{*q.Hometown}
			}
		case "nationality":
			// The text writes a demonym or a country, not the code.
			if q.Nationality != nil {
				values = []string{"(" + *q.Nationality + ")"}
			}
		}
	case "events":
		if i >= len(gold.Events) {
			return nil, nil
		}
		e := gold.Events[i]
		names = withAliases(e.Name, e.Aliases)
		if p.Field == "edition" && e.Edition != nil {
			values = []string{ordinal(*e.Edition)}
		}
	case "charities":
		if i < len(gold.Charities) {
			names = withAliases(gold.Charities[i].Name, gold.Charities[i].Aliases)
		}
	case "organizations":
		if i < len(gold.Organizations) {
			names = withAliases(gold.Organizations[i].Name, gold.Organizations[i].Aliases)
		}
	case "places":
		if i < len(gold.Places) {
			names = withAliases(gold.Places[i].Name, gold.Places[i].Aliases)
		}
	case "results":
		if i >= len(gold.Results) {
			return nil, nil
		}
		r := gold.Results[i]
		names = personNames(r.Person)
		if p.Field == "time" && r.Time != nil {
			values = []string{r.Time.Text}
		}
	case "fundraising":
		if i >= len(gold.Fundraising) {
			return nil, nil
		}
		f := gold.Fundraising[i]
		names = personNames(f.Person)
		switch p.Field {
		case "charity", "cause":
			if f.Charity != nil {
				values = append(values, *f.Charity)
				for _, c := range gold.Charities {
					if schema.Fold(c.Name) == schema.Fold(*f.Charity) {
						values = append(values, c.Aliases...)
					}
				}
			}
			if f.Cause != nil {
				values = append(values, *f.Cause)
			}
		case "amount":
			if f.Amount != nil {
				values = moneyForms(f.Amount.Value)
			}
		}
	case "quantities":
		if i < len(gold.Quantities) {
			values = []string{gold.Quantities[i].Text}
		}
	}
	return clean(values), clean(names)
}

func clean(ss []string) []string {
	var out []string
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			out = append(out, s)
		}
	}
	// Longest first, so "Sophie Raworth" wins over "Raworth".
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

// find returns the earliest whole-word, case-insensitive occurrence of any
// needle in s.
func find(s string, needles []string) *schema.Span {
	var best *schema.Span
	for _, n := range needles {
		loc := wordRegexp(n).FindStringIndex(s)
		if loc == nil {
			continue
		}
		if best == nil || loc[0] < best.Start {
			best = &schema.Span{Start: loc[0], End: loc[1]}
		}
	}
	return best
}

// wordRegexp matches n case-insensitively, with white space runs matching
// any white space and curly quotes matching straight ones, as a whole word
// where n starts or ends with a letter or digit.
func wordRegexp(n string) *regexp.Regexp {
	var b strings.Builder
	b.WriteString("(?i)")
	first, _ := utf8.DecodeRuneInString(n)
	last, _ := utf8.DecodeLastRuneInString(n)
	if isWord(first) {
		b.WriteString(`\b`)
	}
	space := false
	for _, r := range n {
		switch {
		case unicode.IsSpace(r):
			if !space {
				b.WriteString(`\s+`)
			}
			space = true
			continue
		case r == '\'' || r == '\u2019' || r == '\u2018':
			b.WriteString(`['\x{2018}\x{2019}]`)
		default:
			b.WriteString(regexp.QuoteMeta(string(r)))
		}
		space = false
	}
	if isWord(last) {
		b.WriteString(`\b`)
	}
	return regexp.MustCompile(b.String())
}

func isWord(r rune) bool { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// ordinal writes n as "1st", "22nd", "32nd", "11th".
func ordinal(n int) string {
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

// moneyForms writes an amount the ways articles do: "16,000", "16000",
// "16k", "1.5m", "1.5 million".
func moneyForms(v float64) []string {
	out := []string{strconv.FormatFloat(v, 'f', -1, 64)}
	if v == float64(int64(v)) {
		out = append(out, withCommas(int64(v)))
	}
	for _, u := range []struct {
		div   float64
		forms []string
	}{{1e9, []string{"bn", " billion"}}, {1e6, []string{"m", " million"}}, {1e3, []string{"k"}}} {
		if v >= u.div {
			short := strconv.FormatFloat(v/u.div, 'f', -1, 64)
			if len(short) <= 5 {
				for _, f := range u.forms {
					out = append(out, short+f)
				}
			}
			break
		}
	}
	return out
}

func withCommas(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
