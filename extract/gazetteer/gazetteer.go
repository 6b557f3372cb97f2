// Package gazetteer owns racex's tables of general knowledge — countries,
// demonyms and IOC codes, well-known places, titles and ranks, occupations,
// charities, media, race sponsors, and the head words that say what a name
// names — and a lexicon of common English words drawn from prose's tagger
// model. Load it once; it is read-only afterwards and safe to share.
package gazetteer

import (
	"bufio"
	"bytes"
	"embed"
	"encoding/gob"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

//go:embed data/*.tsv
var files embed.FS

// Entry is one named thing of a table.
type Entry struct {
	// Name is the canonical name.
	Name string
	// Class is "country", "place", "demonym", "charity", "media",
	// "sponsor", "org".
	Class string
	// Kind is a place's kind ("city", "region", ...).
	Kind string
	// Country is an ISO 3166-1 alpha-3 code, or "".
	Country string
}

// Head is a word or words that end (or begin) a name and say what it names:
// "Marathon" names an event, "Striders" a club, "Hospice" a charity.
type Head struct {
	Words []string
	Class string // event, org, charity, place
	Kind  string
	// Lead is true for heads written first ("Ironman Lanzarote", "Isle
	// of Wight"); Any for heads anywhere ("River Lagan", "Han River").
	Lead, Any bool
}

// Title is a rank, honorific or office written with a name.
type Title struct {
	Canonical string
	Kind      string // rank, honorific, office, postnominal
}

// recordKinds are the kinds record-v1 allows an event, organisation and
// place to have: a head's kind becomes the entity's kind in the record.
var recordKinds = map[string][]string{
	"event": {"marathon", "half-marathon", "10k", "5k", "ultra", "triathlon", "track", "wheelchair", "other"},
	"org":   {"club", "sponsor", "media", "team", "military", "government", "company", "other"},
	"place": {"city", "district", "region", "country", "landmark", "constituency", "other"},
}

// Gazetteer holds every table.
type Gazetteer struct {
	names      map[string][]Entry // folded name -> entries
	maxNameLen int                // longest name in words
	IOC        map[string]string  // "GER" -> "DEU"; alpha-3 codes map to themselves
	titles     map[string]Title   // folded form -> title
	// capsTitles holds the post-nominal letters whose folded form is also
	// an honorific's ("MS", Member of the Senedd, and "Ms"): read only
	// when the form is written in capitals.
	capsTitles  map[string]Title
	maxTitleLen int
	occupations map[string]string // folded noun -> role
	maxOccLen   int
	heads       map[string][]Head // folded last (or first) word -> heads
	common      map[string]bool   // lower-case words that are common English
}

// Load reads every table. It fails only if the embedded data is broken.
func Load() (*Gazetteer, error) {
	g := &Gazetteer{
		names: map[string][]Entry{}, IOC: map[string]string{}, titles: map[string]Title{}, capsTitles: map[string]Title{},
		occupations: map[string]string{}, heads: map[string][]Head{}, common: map[string]bool{},
	}
	// Country names from CLDR via x/text.
	regions := display.English.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			name := regions.Name(r)
			if name == "" || strings.Contains(name, " - ") || strings.Contains(name, "(") {
				continue
			}
			g.add(Entry{Name: name, Class: "country", Kind: "country", Country: r.ISO3()})
			g.IOC[r.ISO3()] = r.ISO3()
		}
	}
	err := g.each("countries.tsv", 4, func(f []string) {
		a3 := f[0]
		g.IOC[a3] = a3
		if f[1] != "" {
			g.IOC[f[1]] = a3
		}
		for _, n := range split(f[2]) {
			g.add(Entry{Name: n, Class: "country", Kind: "country", Country: a3})
		}
		for _, n := range split(f[3]) {
			g.add(Entry{Name: n, Class: "demonym", Country: a3})
		}
	})
	if err == nil {
		err = g.each("places.tsv", 4, func(f []string) {
			e := Entry{Name: f[0], Class: "place", Kind: f[1], Country: f[2]}
			g.add(e)
			for _, a := range split(f[3]) {
				g.addAs(a, e)
			}
		})
	}
	if err == nil {
		err = g.each("orgs.tsv", 3, func(f []string) {
			e := Entry{Name: f[0], Class: "org", Kind: f[1]}
			g.add(e)
			for _, a := range split(f[2]) {
				g.addAs(a, e)
			}
		})
	}
	for _, t := range []struct{ file, class string }{{"charities.tsv", "charity"}, {"media.tsv", "media"}, {"sponsors.tsv", "sponsor"}} {
		if err != nil {
			break
		}
		class := t.class
		err = g.each(t.file, 2, func(f []string) {
			g.add(Entry{Name: f[0], Class: class})
			for _, a := range split(f[1]) {
				g.addAs(a, Entry{Name: f[0], Class: class})
			}
		})
	}
	if err == nil {
		err = g.each("titles.tsv", 3, func(f []string) {
			k := Fold(strings.TrimSuffix(f[0], "."))
			t := Title{Canonical: f[1], Kind: f[2]}
			if old, ok := g.titles[k]; ok && old.Kind != "postnominal" && t.Kind == "postnominal" {
				g.capsTitles[k] = t
				return
			}
			g.titles[k] = t
			g.maxTitleLen = max(g.maxTitleLen, len(strings.Fields(k)))
		})
	}
	if err == nil {
		err = g.each("occupations.tsv", 2, func(f []string) {
			k := Fold(f[0])
			g.occupations[k] = f[1]
			g.maxOccLen = max(g.maxOccLen, len(strings.Fields(k)))
		})
	}
	var badKind error
	if err == nil {
		err = g.each("heads.tsv", 4, func(f []string) {
			h := Head{Words: strings.Fields(f[0]), Class: f[1], Kind: f[2], Lead: f[3] == "lead", Any: f[3] == "any"}
			if kinds := recordKinds[h.Class]; kinds != nil && !slices.Contains(kinds, h.Kind) && badKind == nil {
				badKind = fmt.Errorf("gazetteer: heads.tsv: %q: %s kind %q is not one record-v1 allows (%s)", f[0], h.Class, h.Kind, strings.Join(kinds, ", "))
			}
			key := Fold(h.Words[len(h.Words)-1])
			if h.Lead {
				key = Fold(h.Words[0])
			}
			g.heads[key] = append(g.heads[key], h)
			if h.Any && len(h.Words) == 1 {
				// Also findable as a leading word.
				g.heads["^"+key] = append(g.heads["^"+key], h)
			}
		})
	}
	if err == nil {
		err = badKind
	}
	if err != nil {
		return nil, err
	}
	if err := g.loadCommon(); err != nil {
		return nil, err
	}
	return g, nil
}

func (g *Gazetteer) add(e Entry) { g.addAs(e.Name, e) }

func (g *Gazetteer) addAs(name string, e Entry) {
	k := Fold(name)
	for _, old := range g.names[k] {
		if old.Class == e.Class {
			return
		}
	}
	g.names[k] = append(g.names[k], e)
	g.maxNameLen = max(g.maxNameLen, len(strings.Fields(k)))
}

// each calls fn with the n tab-separated fields of every line of a data
// file, skipping blank lines and # comments.
func (g *Gazetteer) each(file string, n int, fn func([]string)) error {
	data, err := files.ReadFile("data/" + file)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	line := 0
	for sc.Scan() {
		line++
		s := sc.Text()
		if strings.TrimSpace(s) == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "\t")
		if len(f) > n || f[0] == "" {
			return fmt.Errorf("gazetteer: %s:%d: want %d tab-separated fields, got %d", file, line, n, len(f))
		}
		for len(f) < n {
			f = append(f, "")
		}
		fn(f)
	}
	return sc.Err()
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// loadCommon builds the lexicon of common lower-case English words from
// prose's tagger model: its tag dictionary and the words its weights know,
// keeping those whose best tag on the word alone is not a proper noun.
func (g *Gazetteer) loadCommon() error {
	var tags map[string]string
	if err := decodeAsset("model/AveragedPerceptron/tags.gob", &tags); err != nil {
		return err
	}
	for w, t := range tags {
		if t != "NNP" && t != "NNPS" {
			g.common[strings.ToLower(w)] = true
		}
	}
	var weights map[string]map[string]float64
	if err := decodeAsset("model/AveragedPerceptron/weights.gob", &weights); err != nil {
		return err
	}
	for feat, ws := range weights {
		w, ok := strings.CutPrefix(feat, "i word ")
		if !ok || w == "" || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		best, bestW := "", 0.0
		for tag, x := range ws {
			if best == "" || x > bestW {
				best, bestW = tag, x
			}
		}
		if best != "NNP" && best != "NNPS" {
			g.common[w] = true
		}
	}
	var words []string
	if err := decodeAsset("model/Maxent/words.gob", &words); err != nil {
		return err
	}
	for _, w := range words {
		g.common[strings.ToLower(w)] = true
	}
	return nil
}

func decodeAsset(name string, v any) error {
	b, err := prose.Asset(name)
	if err != nil {
		return fmt.Errorf("gazetteer: prose asset %s: %w", name, err)
	}
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return fmt.Errorf("gazetteer: prose asset %s: %w", name, err)
	}
	return nil
}

// Lookup returns the entries named by name (case, quotes and spaces
// folded).
func (g *Gazetteer) Lookup(name string) []Entry {
	var buf [64]byte
	return g.names[string(appendFold(buf[:0], name))]
}

// Find returns the entry of class named by name, if any.
func (g *Gazetteer) Find(name, class string) (Entry, bool) {
	var buf [64]byte
	for _, e := range g.names[string(appendFold(buf[:0], name))] {
		if e.Class == class {
			return e, true
		}
	}
	return Entry{}, false
}

// MaxNameWords is the length in words of the longest name in the tables.
func (g *Gazetteer) MaxNameWords() int { return g.maxNameLen }

// Title returns the title a form stands for ("L/Bdr" → Lance Bombardier).
func (g *Gazetteer) Title(form string) (Title, bool) {
	var buf [64]byte
	k := appendFold(buf[:0], strings.TrimSuffix(form, "."))
	if t, ok := g.capsTitles[string(k)]; ok && strings.ToUpper(form) == form {
		return t, true
	}
	t, ok := g.titles[string(k)]
	return t, ok
}

// MaxTitleWords is the length in words of the longest title.
func (g *Gazetteer) MaxTitleWords() int { return g.maxTitleLen }

// Occupation returns the role of an occupation noun ("newsreader" →
// celebrity).
func (g *Gazetteer) Occupation(noun string) (string, bool) {
	var buf [64]byte
	r, ok := g.occupations[string(appendFold(buf[:0], noun))]
	return r, ok
}

// MaxOccupationWords is the length in words of the longest occupation.
func (g *Gazetteer) MaxOccupationWords() int { return g.maxOccLen }

// HeadsEnding returns the heads whose last word is w.
func (g *Gazetteer) HeadsEnding(w string) []Head {
	var buf [64]byte
	var out []Head
	for _, h := range g.heads[string(appendFold(buf[:0], w))] {
		if !h.Lead {
			out = append(out, h)
		}
	}
	return out
}

// HeadsLeading returns the heads written first whose first word is w.
func (g *Gazetteer) HeadsLeading(w string) []Head {
	var buf [64]byte
	key := appendFold(append(buf[:0], '^'), w)
	var out []Head
	for _, h := range g.heads[string(key[1:])] {
		if h.Lead {
			out = append(out, h)
		}
	}
	return append(out, g.heads[string(key)]...)
}

// Common reports whether w, lower-cased, is a common English word (not
// mainly a proper noun).
//
// Plurals are read as their singular ("twins", "organisers") and a
// hyphenated word by its first part ("Sixteen-year-old").
func (g *Gazetteer) Common(w string) bool {
	l := strings.ToLower(w)
	if g.common[l] {
		return true
	}
	if a, _, ok := strings.Cut(l, "-"); ok && a != "" {
		return g.common[a] || numberWords[a]
	}
	if s, ok := strings.CutSuffix(l, "ies"); ok && g.common[s+"y"] {
		return true
	}
	if s, ok := strings.CutSuffix(l, "es"); ok && g.common[s] {
		return true
	}
	if s, ok := strings.CutSuffix(l, "s"); ok && len(s) > 2 && (g.common[s] || g.occupations[s] != "") {
		return true
	}
	return g.occupations[l] != ""
}

var numberWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "thirteen": true,
	"fourteen": true, "fifteen": true, "sixteen": true, "seventeen": true, "eighteen": true, "nineteen": true,
	"twenty": true, "thirty": true, "forty": true, "fifty": true, "sixty": true, "seventy": true, "eighty": true,
	"ninety": true, "hundred": true}

// Fold lower-cases s, straightens curly quotes and collapses spaces.
func Fold(s string) string {
	if f, ok := foldASCII(s); ok {
		return f
	}
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch r {
		case '\u2018', '\u2019':
			r = '\''
		case '\u201C', '\u201D':
			r = '"'
		}
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldASCII folds an ASCII string with one allocation at most; ok is false
// when s holds other bytes.
func foldASCII(s string) (string, bool) {
	clean, ok := asciiClean(s)
	switch {
	case !ok:
		return "", false
	case clean:
		return s, true
	}
	return string(lowerASCII(make([]byte, 0, len(s)), s)), true
}

// asciiClean reports whether s is ASCII (ok) and, if so, whether it is
// already folded (clean): no capitals and no white space to collapse.
func asciiClean(s string) (clean, ok bool) {
	clean = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return false, false
		}
		if ('A' <= c && c <= 'Z') || c == '\t' || c == '\n' || c == '\r' || (c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ')) {
			clean = false
		}
	}
	return clean, true
}

// lowerASCII appends the ASCII string s to b folded: lower case, runs of
// white space made one space, none at either end.
func lowerASCII(b []byte, s string) []byte {
	start := len(b)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			space = len(b) > start
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = append(b, c)
	}
	return b
}

// appendFold appends Fold(s) to dst. The lookups fold their key into a
// buffer on the stack with it and index their maps with string(key),
// which does not allocate: they are asked for nearly every word.
func appendFold(dst []byte, s string) []byte {
	clean, ok := asciiClean(s)
	switch {
	case !ok:
		return append(dst, Fold(s)...)
	case clean:
		return append(dst, s...)
	}
	return lowerASCII(dst, s)
}
