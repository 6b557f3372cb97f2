package quantity

import (
	"bufio"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

// The grammar's knowledge, as data. The larger tables are embedded TSV
// files under data/; the small word lists are below. Each has a test.

//go:embed data/units.tsv
var unitsTSV string

//go:embed data/currencies.tsv
var currenciesTSV string

//go:embed data/nouns.tsv
var nounsTSV string

// unitDef is one spelling of a unit that follows a number.
type unitDef struct {
	form   string
	kind   string  // distance, duration, temperature; anything else is a measure racex leaves alone
	unit   string  // unit as the record writes it: "mi", "h", "C"; "" for an open temperature
	factor float64 // to metres or seconds
	cased  bool    // c: the form is case-sensitive ("m" is metres, "M" is not)
	glued  bool    // g: only glued to the number ("10K", "13c")
	inner  bool    // x: only inside a compound duration ("18m" in "2h 18m 36s")
	needs  bool    // z: needs a temperature context
	spaced bool    // s: needs a temperature context when spaced from the number
}

// currencyDef is one spelling of a currency.
type currencyDef struct {
	form   string
	code   string // ISO 4217
	before bool   // may stand before the number
	after  bool   // may stand after it
	factor float64
	cased  bool // c: case-sensitive
	glued  bool // g: glued to the number
	big    bool // k: needs thousands commas or a multiplier
}

var (
	// units maps a lower-cased form to its definitions (a form can be
	// both a distance and, inside a compound duration, minutes: "m").
	units = map[string][]unitDef{}
	// currencies maps a lower-cased form, tokens joined by single
	// spaces or glued as written ("nz$"), to its currency.
	currencies = map[string]currencyDef{}
	// nouns maps a counted noun's plural to the unit the record writes.
	nouns = map[string]string{}
)

func init() {
	mustParse("units.tsv", unitsTSV, 4, func(f []string) error {
		d := unitDef{form: f[0], kind: f[1], unit: f[2]}
		var err error
		if d.factor, err = strconv.ParseFloat(f[3], 64); err != nil {
			return err
		}
		if len(f) > 4 {
			d.cased = strings.Contains(f[4], "c")
			d.glued = strings.Contains(f[4], "g")
			d.inner = strings.Contains(f[4], "x")
			d.needs = strings.Contains(f[4], "z")
			d.spaced = strings.Contains(f[4], "s")
		}
		key := strings.ToLower(d.form)
		units[key] = append(units[key], d)
		return nil
	})
	mustParse("currencies.tsv", currenciesTSV, 4, func(f []string) error {
		d := currencyDef{form: f[0], code: f[1]}
		switch f[2] {
		case "before":
			d.before = true
		case "after":
			d.after = true
		case "both":
			d.before, d.after = true, true
		default:
			return fmt.Errorf("where %q is not before, after or both", f[2])
		}
		var err error
		if d.factor, err = strconv.ParseFloat(f[3], 64); err != nil {
			return err
		}
		if len(f) > 4 {
			d.cased = strings.Contains(f[4], "c")
			d.glued = strings.Contains(f[4], "g")
			d.big = strings.Contains(f[4], "k")
		}
		if len(d.code) != 3 || strings.ToUpper(d.code) != d.code {
			return fmt.Errorf("code %q is not an ISO 4217 code", d.code)
		}
		currencies[strings.ToLower(d.form)] = d
		return nil
	})
	mustParse("nouns.tsv", nounsTSV, 2, func(f []string) error {
		nouns[f[0]] = f[1]
		return nil
	})
}

// mustParse reads a tab-separated table, skipping comments and blank
// lines. The tables are compiled in, so a malformed line is a bug in the
// program and stops it at start-up with the line named.
func mustParse(name, data string, fields int, row func([]string) error) {
	sc := bufio.NewScanner(strings.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < fields {
			panic(fmt.Sprintf("quantity: data/%s line %d: want %d tab-separated fields, got %d", name, n, fields, len(f)))
		}
		if err := row(f); err != nil {
			panic(fmt.Sprintf("quantity: data/%s line %d: %v", name, n, err))
		}
	}
}

// numberWords are the cardinal numbers written as words.
var numberWords = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords multiply the number before them ("five hundred", "1.5
// million", "a dozen").
var scaleWords = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "crore": 1e7, "dozen": 12,
}

// moneyScales are the short multipliers that follow an amount of money
// ("£3.4m", "$2bn", "£10k", "$1.5 mn").
var moneyScales = map[string]float64{
	"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "tn": 1e12,
}

// fractionWords are the fractions that stand for a number ("half a mile",
// "a quarter million").
var fractionWords = map[string]float64{"half": 0.5, "quarter": 0.25, "quarters": 0.25}

// fractionSigns are the vulgar fractions written as one character.
var fractionSigns = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3}

// qualifiers are the words before a quantity that bound it, mapped to the
// record's qualifier.
var qualifiers = map[string]string{
	"over": "over", "more than": "over", "above": "over", "just over": "over",
	"in excess of": "over", "upwards of": "over", "well over": "over", "exceeding": "over",
	"under": "under", "less than": "under", "fewer than": "under", "below": "under",
	"just under": "under", "nearly": "under", "almost": "under", "sub": "under",
	"not quite": "under", "shy of": "under", "just shy of": "under",
	"about": "about", "around": "about", "approximately": "about", "roughly": "about",
	"some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
	"approx": "about", "approx.": "about", "close to": "about", "an approximate": "about",
	"up to": "up to", "as many as": "up to", "as much as": "up to", "a maximum of": "up to",
	"at least": "at least", "a minimum of": "at least", "no fewer than": "at least",
	"no less than": "at least", "at minimum": "at least",
}

// qualifierStarts holds the first word of every qualifier.
var qualifierStarts = map[string]bool{}

// currencyStarts holds the first token, in lower case, of every currency
// written before its number.
var currencyStarts = map[string]bool{}

func init() {
	for q := range qualifiers {
		w, _, _ := strings.Cut(q, " ")
		qualifierStarts[w] = true
	}
	for form, c := range currencies {
		if c.before {
			if toks := lex(form); len(toks) > 0 {
				currencyStarts[toks[0].low] = true
			}
		}
	}
	for _, set := range []map[string]bool{qualifierStarts, currencyStarts, markerWords} {
		for w := range set {
			starters[w] = true
		}
	}
	for w := range ageLeads {
		first, _, _ := strings.Cut(w, " ")
		starters[first] = true
	}
	for w := range numberWords {
		starters[w] = true
	}
	for w := range fractionWords {
		starters[w] = true
	}
	for w := range fractionSigns {
		starters[w] = true
	}
	for _, w := range []string{"a", "an", "minus", "negative", "-", "\u2212", "in"} {
		starters[w] = true
	}
}

// starters holds every word and symbol, besides numbers, that a quantity
// can start with: qualifiers, currencies, number words, "aged", "mile".
var starters = map[string]bool{}

// maxQualifierWords is the longest qualifier in words.
const maxQualifierWords = 3

// timeOfDay are the words after a number that make it a clock time of day,
// which is not a quantity ("10am", "9:10 a.m.", "4.30am", "3pm GMT").
var timeOfDay = map[string]bool{
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true,
	"o'clock": true, "o’clock": true, "gmt": true, "bst": true, "cet": true, "cest": true,
	"edt": true, "est": true, "pdt": true, "pst": true, "utc": true,
}

// startWords after a clock reading make it a time of day ("the 9:30
// start").
var startWords = map[string]bool{"start": true, "gun": true, "kick-off": true, "kickoff": true, "local": true}

// temperatureContext are the words that, in the same sentence, make a bare
// "C" or "F" after a number a temperature ("rising to 11 C").
var temperatureContext = map[string]bool{
	"temperature": true, "temperatures": true, "degrees": true, "degree": true, "heat": true,
	"hot": true, "warm": true, "warmer": true, "cold": true, "colder": true, "chilly": true,
	"cool": true, "cooler": true, "freezing": true, "weather": true, "conditions": true,
	"sunshine": true, "sun": true, "humid": true, "humidity": true, "highs": true,
	"lows": true, "high": true, "low": true, "thermometer": true, "mercury": true,
	"celsius": true, "fahrenheit": true, "forecast": true, "frost": true, "heatwave": true,
	"sweltering": true, "scorching": true, "baking": true, "icy": true, "climbed": true,
}

// angleContext are the words that make "degrees" an angle, not a
// temperature ("turn 90 degrees").
var angleContext = map[string]bool{
	"angle": true, "angles": true, "turn": true, "turned": true, "turning": true, "rotate": true,
	"rotated": true, "rotation": true, "tilt": true, "bend": true, "incline": true,
	"slope": true, "gradient": true, "spin": true,
}

// weightContext are the words that make "pounds" a weight, not money.
var weightContext = map[string]bool{
	"weigh": true, "weighs": true, "weighed": true, "weighing": true, "weight": true,
	"heavy": true, "heavier": true, "lighter": true, "lost": true, "lose": true, "losing": true,
	"shed": true, "gained": true, "gain": true, "carried": true, "carrying": true, "carry": true,
	"backpack": true, "pack": true, "rucksack": true, "food": true, "baby": true,
}

// ageLeads are the words before a number that make it a person's age
// ("aged 58", "turned 40"); the bool says whether the word belongs in the
// quantity's text.
var ageLeads = map[string]bool{
	"aged": true, "age": true, "turned": false, "turns": false, "turning": false,
	"i'm": false, "i’m": false, "he's": false, "he’s": false, "she's": false, "she’s": false,
	"i am": false, "he is": false, "she is": false, "who is": false, "who's": false, "who’s": false,
}

// ageAdverbs may stand between an appositive's comma and the age: "Joe
// Bloggs, now 58,", "the teenager, just 17,".
var ageAdverbs = map[string]bool{"now": true, "then": true, "just": true, "only": true, "still": true, "both": true, "aged": false}

// ageNouns are the words for a person that an age may follow, set off
// with an adverb: "the teenager, just 17,", "the veteran, now 71,".
var ageNouns = map[string]bool{
	"teenager": true, "youngster": true, "veteran": true, "schoolboy": true, "schoolgirl": true,
	"pensioner": true, "grandmother": true, "grandfather": true, "grandad": true, "granny": true,
	"mother": true, "father": true, "mum": true, "dad": true, "runner": true, "winner": true,
	"champion": true, "debutant": true, "student": true, "athlete": true, "newcomer": true,
}

// superlativeAges after "at N, the" make N an age: "At 67, the oldest in
// the field".
var superlativeAges = map[string]bool{"oldest": true, "youngest": true, "eldest": true}

// dotTimeLeads before a number with a dot make it a time ("won in 31.47",
// "clocked 10.18").
var dotTimeLeads = map[string]bool{"in": true, "clocked": true, "ran": true, "timed": true, "clocking": true, "running": true, "stopped": false}

// ellipsisLeads before a bare number make it a head count of the noun
// last counted in the sentence ("a further 15,000 taking part").
var ellipsisLeads = map[string]bool{"a further": true, "another": true, "an extra": true, "an additional": true}

// ellipsisVerbs after "and N" make N a head count of the noun last counted
// ("Thirty-two runners started and 29 were still moving").
var ellipsisVerbs = map[string]bool{
	"were": true, "was": true, "are": true, "had": true, "have": true, "did": true,
	"finished": true, "completed": true, "started": true, "dropped": true, "failed": true,
	"made": true, "reached": true, "crossed": true, "still": true, "took": true, "taking": true,
}

// headVerbs after a bare number make it a head count of the people who
// did it ("Organizers said 165 finished", "Another 31 dropped out"), and
// name the counted noun.
var headVerbs = map[string]string{
	"finished": "finisher", "completed": "finisher", "crossed": "finisher",
	"started": "starter", "dropped": "runner", "retired": "runner", "withdrew": "runner", "failed": "runner",
	"entered": "entrant", "registered": "entrant", "volunteered": "volunteer", "ran": "runner", "raced": "runner",
	"competed": "competitor",
}

// countLeads before a bare number and one of headVerbs: "said 165
// finished", "and 29 finished", "only 97 finished", "while 40 dropped out".
var countLeads = map[string]bool{"said": true, "says": true, "and": true, "but": true, "while": true, "only": true,
	"just": true, "that": true, "another": true, "with": true, "over": true}

// capWords before a bare number make it a head count capped at that
// number ("entries capped at 650", "a field limited to 300").
var capWords = map[string]bool{"capped at": true, "limited to": true, "restricted to": true, "capped to": true}

// collectives before "of N" name what a bare N counts ("a crowd of
// 9,000", "a field of 487").
var collectives = map[string]string{
	"crowd": "spectator", "crowds": "spectator", "attendance": "spectator", "audience": "spectator",
	"field": "runner", "peloton": "rider", "turnout": "person", "gathering": "person",
	"entry": "entry", "entries": "entry", "total": "runner",
}

// drawVerbs before a bare number make it the size of a race's field:
// "The race drew 1,500", "attracted 612 this time".
var drawVerbs = map[string]bool{"drew": true, "draws": true, "attracted": true, "attracts": true}

// passVerbs between a counted noun and a bare number: "Entries topped
// 5,000", "finishers exceeded 2,000".
var passVerbs = map[string]bool{"topped": true, "exceeded": true, "passed": true, "reached": true, "hit": true,
	"totalled": true, "totaled": true, "numbered": true}

// markerWords before a number make a distance marker ("at mile 38").
var markerWords = map[string]bool{"mile": true, "km": true, "kilometre": true, "kilometer": true}

// teamSizes after "N-" make a head count ("a 12-man field", "a
// 40-strong squad").
var teamSizes = map[string]string{"man": "man", "woman": "woman", "person": "person", "strong": "person", "member": "member",
	"runner": "runner", "athlete": "athlete", "entrant": "entrant", "competitor": "competitor", "rider": "rider",
	"participant": "participant", "entry": "entry"}

// placeMoves after "N places" make it a margin in the standings, not a
// head count ("three places behind").
var placeMoves = map[string]bool{
	"behind": true, "ahead": true, "clear": true, "back": true, "higher": true, "lower": true,
	"up": true, "down": true, "better": true, "worse": true, "adrift": true, "off": true,
}

// unitModifiers may stand between a number and its unit ("14 more
// kilometres").
var unitModifiers = map[string]bool{"more": true, "further": true, "extra": true, "additional": true}

// notModifiers are words that cannot stand between a number and its
// counted noun ("12,000 of the runners" is not "12,000 runners").
var notModifiers = map[string]bool{
	"of": true, "the": true, "a": true, "an": true, "and": true, "or": true, "to": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "by": true, "with": true,
	"were": true, "was": true, "are": true, "is": true, "had": true, "have": true, "has": true,
	"who": true, "which": true, "that": true, "than": true, "as": true, "but": true,
	"into": true, "per": true, "times": true, "their": true, "his": true, "her": true,
}

// monthsAndDays are capitalised words before ", N," that make N a date,
// not an age ("May 5, 2012").
var monthsAndDays = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mile": true, "km": true, "no": true, "number": true,
	"section": true, "stage": true, "round": true, "lap": true, "page": true, "chapter": true,
}

// raceDistances are the words that name a race's distance, for reading a
// clock time as hours or minutes ("breaking 2:06" in a marathon).
var raceDistances = map[string]float64{
	"marathon": 42195, "marathons": 42195, "half-marathon": 21097.5, "ironman": 226000,
	"triathlon": 51500, "ultra": 80000, "ultramarathon": 80000, "ultra-marathon": 80000,
	"mile": 1609.344, "parkrun": 5000, "steeplechase": 3000,
}
