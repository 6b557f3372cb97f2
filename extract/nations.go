package extract

import (
	_ "embed"
	"strings"
	"sync"
)

// This file holds the relation stage's table of nations (data/nations.tsv):
// ISO 3166-1 alpha-3 codes, IOC codes, country names and demonyms. It is
// general knowledge, kept in one place so that it can be folded together
// with any other stage's country table.

//go:embed data/nations.tsv
var nationsTSV string

// nationTable maps folded country names, demonyms (and their plurals) and
// codes to alpha-3.
type nationTable struct {
	byName    map[string]string // "kenya", "great britain"
	byDemonym map[string]string // "kenyan", "kenyans", "dane"
	byCode    map[string]string // "KEN", "GER" (IOC) and "DEU" (ISO)
	// maxWords is the most words a name or demonym has.
	maxWords int
}

var nations = sync.OnceValue(func() *nationTable {
	t := &nationTable{byName: map[string]string{}, byDemonym: map[string]string{}, byCode: map[string]string{}}
	iocs := map[string]string{}
	for _, line := range strings.Split(nationsTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			continue
		}
		a3, ioc := f[0], f[1]
		if _, taken := t.byCode[a3]; !taken {
			t.byCode[a3] = a3
		}
		// Results lists write IOC codes, so an IOC code wins over
		// another country's ISO code (NGR is Nigeria, not Niger).
		iocs[ioc] = a3
		for _, n := range strings.Split(f[2], "|") {
			t.byName[strings.ToLower(n)] = a3
			t.noteWords(n)
		}
		for _, d := range strings.Split(f[3], "|") {
			t.byDemonym[strings.ToLower(d)] = a3
			t.byDemonym[strings.ToLower(plural(d))] = a3
			t.noteWords(d)
		}
	}
	for ioc, a3 := range iocs {
		t.byCode[ioc] = a3
	}
	return t
})

func (t *nationTable) noteWords(s string) {
	if n := len(strings.Fields(s)); n > t.maxWords {
		t.maxWords = n
	}
}

// plural gives a demonym's plural: Kenyans, Danes, Frenchmen; Swiss and
// Chinese stay as they are.
func plural(d string) string {
	switch {
	case strings.HasSuffix(d, "man"):
		return d[:len(d)-3] + "men"
	case strings.HasSuffix(d, "ese"), strings.HasSuffix(d, "ss"), strings.HasSuffix(d, "sh"), strings.HasSuffix(d, "ch"):
		return d
	}
	return d + "s"
}

// Country returns the alpha-3 code of a country name ("Kenya", "Great
// Britain").
func (t *nationTable) Country(name string) (string, bool) {
	c, ok := t.byName[strings.ToLower(strings.TrimPrefix(name, "the "))]
	return c, ok
}

// Demonym returns the alpha-3 code of a demonym ("Kenyan", "Dane",
// "Dutchwoman").
func (t *nationTable) Demonym(word string) (string, bool) {
	c, ok := t.byDemonym[strings.ToLower(word)]
	return c, ok
}

// Code returns the alpha-3 code for an IOC or ISO code written in capitals
// ("GER" gives "DEU", "NED" gives "NLD").
func (t *nationTable) Code(code string) (string, bool) {
	if len(code) != 3 || strings.ToUpper(code) != code {
		return "", false
	}
	c, ok := t.byCode[code]
	return c, ok
}
