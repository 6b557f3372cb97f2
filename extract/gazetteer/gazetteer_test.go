package gazetteer

import (
	"sync"
	"testing"
)

var loaded = sync.OnceValues(Load)

func load(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := loaded()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestFold(t *testing.T) {
	cases := map[string]string{
		"London Marathon":         "london marathon",
		"  St John’s  Ambulance ": "st john's ambulance",
		"already folded":          "already folded",
		"Søren\tKJELDSEN":         "søren kjeldsen",
		"“Yeti”":                  `"yeti"`,
		"":                        "",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCountries(t *testing.T) {
	g := load(t)
	for name, want := range map[string]string{
		"Kenya": "KEN", "Great Britain": "GBR", "Netherlands": "NLD", "South Korea": "KOR",
		"Ivory Coast": "CIV", "united states": "USA", "Côte d’Ivoire": "CIV",
	} {
		e, ok := g.Find(name, "country")
		if !ok || e.Country != want {
			t.Errorf("country %q = %+v, %v; want %s", name, e, ok, want)
		}
	}
	for name, want := range map[string]string{"Briton": "GBR", "Dane": "DNK", "Swiss": "CHE", "Dutchwoman": "NLD", "Kenyan": "KEN", "South Korean": "KOR"} {
		e, ok := g.Find(name, "demonym")
		if !ok || e.Country != want {
			t.Errorf("demonym %q = %+v, %v; want %s", name, e, ok, want)
		}
	}
	// IOC codes that differ from ISO, and ISO codes themselves.
	for code, want := range map[string]string{"GER": "DEU", "NED": "NLD", "SUI": "CHE", "RSA": "ZAF", "NGR": "NGA", "LES": "LSO", "KEN": "KEN", "POR": "PRT"} {
		if got := g.IOC[code]; got != want {
			t.Errorf("IOC %s = %q, want %s", code, got, want)
		}
	}
	if _, ok := g.Find("Marathon", "country"); ok {
		t.Error("Marathon is not a country")
	}
}

func TestPlacesAndNames(t *testing.T) {
	g := load(t)
	if e, ok := g.Find("Va.", "place"); !ok || e.Name != "Virginia" || e.Country != "USA" {
		t.Errorf("Va. = %+v, %v", e, ok)
	}
	if e, ok := g.Find("London", "place"); !ok || e.Kind != "city" || e.Country != "GBR" {
		t.Errorf("London = %+v, %v", e, ok)
	}
	if e, ok := g.Find("BHF", "charity"); !ok || e.Name != "British Heart Foundation" {
		t.Errorf("BHF = %+v, %v", e, ok)
	}
	if _, ok := g.Find("Reuters", "media"); !ok {
		t.Error("Reuters is a news agency")
	}
	if _, ok := g.Find("Virgin Money", "sponsor"); !ok {
		t.Error("Virgin Money sponsors races")
	}
	if e, ok := g.Find("RAF", "org"); !ok || e.Kind != "military" {
		t.Errorf("RAF = %+v, %v", e, ok)
	}
}

func TestTitlesAndOccupations(t *testing.T) {
	g := load(t)
	for form, want := range map[string]string{"L/Bdr": "Lance Bombardier", "Lance Bombardier": "Lance Bombardier",
		"Sgt": "Sergeant", "Sgt.": "Sergeant", "Cllr": "Councillor", "Dame": "Dame", "MP": "MP"} {
		if ti, ok := g.Title(form); !ok || ti.Canonical != want {
			t.Errorf("Title(%q) = %+v, %v; want %s", form, ti, ok, want)
		}
	}
	if ti, _ := g.Title("MP"); ti.Kind != "postnominal" {
		t.Errorf("MP is written after the name, got %q", ti.Kind)
	}
	if r, ok := g.Occupation("Newsreader"); !ok || r != "celebrity" {
		t.Errorf("newsreader = %q, %v", r, ok)
	}
	if r, ok := g.Occupation("race director"); !ok || r != "official" {
		t.Errorf("race director = %q, %v", r, ok)
	}
	if _, ok := g.Occupation("Kenney"); ok {
		t.Error("a surname is no occupation")
	}
}

func TestHeads(t *testing.T) {
	g := load(t)
	find := func(hs []Head, class string) bool {
		for _, h := range hs {
			if h.Class == class {
				return true
			}
		}
		return false
	}
	if !find(g.HeadsEnding("Marathon"), "event") || !find(g.HeadsEnding("Striders"), "org") ||
		!find(g.HeadsEnding("Hospice"), "charity") || !find(g.HeadsEnding("Stadium"), "place") {
		t.Error("end heads missing")
	}
	if !find(g.HeadsLeading("Ironman"), "event") || !find(g.HeadsLeading("Isle"), "place") || !find(g.HeadsLeading("River"), "place") {
		t.Error("leading heads missing")
	}
	if find(g.HeadsEnding("Kenney"), "place") {
		t.Error("Kenney is no head word")
	}
}

func TestCommon(t *testing.T) {
	g := load(t)
	for _, w := range []string{"Among", "race", "Conditions", "runners", "Sixteen-year-old", "Organisers"} {
		if !g.Common(w) {
			t.Errorf("%q should be a common word", w)
		}
	}
	for _, w := range []string{"Kipsang", "Raworth", "Okoro"} {
		if g.Common(w) {
			t.Errorf("%q should not be a common word", w)
		}
	}
}

// appendFold must give exactly Fold's key, which the tables were built
// with, for every kind of input: clean, capitals, white space of every
// kind, non-ASCII letters and curly quotes.
func TestAppendFoldIsFold(t *testing.T) {
	for _, s := range []string{
		"", "london", "London Marathon", "  New   York  ", "a\tb\nc\rd", "x\vy", "x\fy", " \v ",
		"St. Albans", "Zoë", "ÅBERG", "O\u2019Sullivan", "\u201CThe Goat\u201D", "Ōta City", "İstanbul", "A  ", "\tA",
	} {
		var buf [8]byte
		if got, want := string(appendFold(buf[:0], s)), Fold(s); got != want {
			t.Errorf("appendFold(%q) = %q, Fold gives %q", s, got, want)
		}
		if got := string(appendFold([]byte("^"), s)); got != "^"+Fold(s) {
			t.Errorf("appendFold after a prefix (%q) = %q", s, got)
		}
	}
}
