package quantity

import (
	"strings"
	"unicode"
)

// dollarPlaces maps countries and their best-known places (case as
// written) to the currency a bare "$" or "dollars" means in a report from
// there. The United States is listed too, so that a report that names it
// more keeps USD.
var dollarPlaces = map[string]string{
	"New Zealand": "NZD", "Auckland": "NZD", "Wellington": "NZD", "Christchurch": "NZD",
	"Dunedin": "NZD", "Rotorua": "NZD", "Queenstown": "NZD", "Hamilton": "", "Taupo": "NZD",
	"Australia": "AUD", "Sydney": "AUD", "Melbourne": "AUD", "Brisbane": "AUD", "Perth": "",
	"Adelaide": "AUD", "Canberra": "AUD", "Hobart": "AUD", "Darwin": "", "Gold Coast": "AUD",
	"Queensland": "AUD", "New South Wales": "AUD", "Tasmania": "AUD", "NSW": "AUD",
	"Canada": "CAD", "Toronto": "CAD", "Vancouver": "CAD", "Montreal": "CAD", "Ottawa": "CAD",
	"Calgary": "CAD", "Edmonton": "CAD", "Ontario": "CAD", "Quebec": "CAD", "British Columbia": "CAD",
	"Alberta": "CAD", "Winnipeg": "CAD", "Halifax": "",
	"Tauranga": "NZD", "Napier": "NZD", "Invercargill": "NZD", "Whangarei": "NZD", "Whangārei": "NZD",
	"Palmerston North": "NZD", "New Plymouth": "NZD", "Otago": "NZD", "Waikato": "NZD", "Rotorua Lakes": "NZD",
	"Athletics New Zealand": "NZD", "Kiwi": "",
	"Western Australia": "AUD", "South Australia": "AUD", "Northern Territory": "AUD", "Victoria": "",
	"Fremantle": "AUD", "Geelong": "AUD", "Cairns": "AUD", "Townsville": "AUD", "Wollongong": "AUD",
	"Ballarat": "AUD", "Bendigo": "AUD", "Launceston": "AUD", "Sunshine Coast": "AUD", "Joondalup": "AUD",
	"Rottnest": "AUD", "Parramatta": "AUD", "Bondi": "AUD", "Athletics Australia": "AUD", "Qld": "AUD",
	"Nova Scotia": "CAD", "New Brunswick": "CAD", "Manitoba": "CAD", "Saskatchewan": "CAD", "Newfoundland": "CAD",
	"Ont": "CAD", "Que": "CAD", "B.C.": "CAD", "Alta": "CAD", "Sask": "CAD", "Saskatoon": "CAD", "Regina": "",
	"Mississauga": "CAD", "Gatineau": "CAD", "Quebec City": "CAD", "Kitchener": "CAD", "Niagara Falls": "",
	"Athletics Canada": "CAD", "Kingston": "",
	"Jamaica": "JMD", "Montego Bay": "JMD", "Ocho Rios": "JMD", "Negril": "JMD", "Spanish Town": "JMD",
	"Trinidad": "TTD", "Tobago": "TTD", "Port of Spain": "TTD", "Bahamas": "BSD", "Nassau": "BSD",
	"Barbados": "BBD", "Bridgetown": "BBD", "Fiji": "FJD", "Suva": "FJD", "Namibia": "NAD", "Windhoek": "NAD",
	"Guyana": "GYD", "Georgetown": "", "Belize": "BZD", "Bermuda": "BMD", "Cayman Islands": "KYD",
	"Liberia": "LRD", "Monrovia": "LRD", "Taiwan": "TWD", "Taipei": "TWD",
	"Hong Kong": "HKD", "Kowloon": "HKD",
	"Singapore":     "SGD",
	"United States": "USD", "US": "USD", "U.S.": "USD", "USA": "USD", "America": "USD",
	"New York": "USD", "Boston": "USD", "Chicago": "USD", "California": "USD", "Texas": "USD",
	"Los Angeles": "USD", "San Francisco": "USD", "Washington": "USD", "Florida": "USD",
}

// dollarCodes are the currencies other than USD that dollarPlaces name,
// in the order a tie goes.
var dollarCodes = []string{"NZD", "AUD", "CAD", "HKD", "SGD", "JMD", "TTD", "BSD", "BBD", "FJD", "NAD", "GYD", "BZD",
	"BMD", "KYD", "LRD", "TWD"}

// maxPlaceWords is the most words a dollarPlaces name has.
const maxPlaceWords = 3

// dollarCurrency says which currency a bare "$" means in the text: the
// country of its dateline (a place opening the text, or a line, before a
// comma, dash or bracket), else the country whose places it names most,
// else USD.
func (s *scanner) dollarCurrency() string {
	counts := map[string]int{}
	dateline := ""
	for i := 0; i < len(s.toks); i++ {
		t := s.toks[i]
		if t.kind != tokWord || t.val == "" || t.val[0] < 'A' || t.val[0] > 'Z' {
			continue
		}
		for n := maxPlaceWords; n >= 1; n-- {
			if i+n > len(s.toks) {
				continue
			}
			name := s.text[t.start:s.toks[i+n-1].end]
			code, ok := lookupPlace(name)
			if !ok {
				continue
			}
			if k := i + n; k < len(s.toks) && s.glued(k) && s.symAt(k, "$") {
				code = "" // "US$", a currency, not a place
			}
			if code != "" {
				counts[code]++
				if dateline == "" && (i == 0 || t.nl || s.datelineTail(i)) && i < 40 {
					if k := s.afterDatelinePlace(i + n); k {
						dateline = code
					}
				}
			}
			i += n - 1
			break
		}
	}
	if dateline != "" {
		return dateline
	}
	best, bestN := "USD", counts["USD"]
	for _, c := range dollarCodes {
		if counts[c] > bestN {
			best, bestN = c, counts[c]
		}
	}
	return best
}

// lookupPlace finds a place name written as in the table or in capitals
// ("AUCKLAND").
func lookupPlace(name string) (string, bool) {
	if code, ok := dollarPlaces[name]; ok {
		return code, true
	}
	if upper(name) {
		code, ok := datelineForms[name]
		return code, ok
	}
	return "", false
}

// upper reports whether s is unchanged in capitals, as
// s == strings.ToUpper(s) but without making the copy: it is asked of
// most words.
func upper(s string) bool {
	for _, r := range s {
		if unicode.ToUpper(r) != r {
			return false
		}
	}
	return true
}

// datelineForms are dollarPlaces' names in capitals, as datelines write
// them.
var datelineForms = func() map[string]string {
	m := map[string]string{}
	for k, v := range dollarPlaces {
		if len(k) > 3 {
			m[strings.ToUpper(k)] = v
		}
	}
	return m
}()

// afterDatelinePlace says whether the token at k ends a dateline's place:
// a comma, a dash, or a bracket ("AUCKLAND, New Zealand (AP) -").
func (s *scanner) afterDatelinePlace(k int) bool {
	if k >= len(s.toks) {
		return false
	}
	switch s.toks[k].val {
	case ",", "-", "–", "—", "(":
		return true
	}
	return false
}

// localDollars rewrites the bare "$" and "dollars" amounts of the text to
// the currency of the country it reports from.
func (s *scanner) localDollars() {
	code := ""
	for k := range s.out {
		f := &s.out[k]
		if f.kind != "money" || f.unit != "USD" || !s.bareDollar(f) {
			continue
		}
		if code == "" {
			code = s.dollarCurrency()
		}
		if code != "USD" {
			f.unit, f.normUnit = code, code
		}
	}
}

// bareDollar says whether a USD amount is written with a bare "$" or
// "dollars", not "US$", "USD" or "American dollars".
func (s *scanner) bareDollar(f *found) bool {
	txt := strings.ToLower(s.text[f.core:f.end])
	if strings.HasPrefix(txt, "us") || strings.HasPrefix(txt, "u.s") || strings.Contains(txt, " us ") || strings.Contains(txt, "u.s. ") || strings.Contains(txt, "american") {
		return false
	}
	if f.core > 0 {
		// "US $500": a country code set just before.
		before := strings.ToLower(strings.TrimRight(s.text[max(0, f.core-5):f.core], " "))
		if strings.HasSuffix(before, "us") || strings.HasSuffix(before, "u.s.") {
			return false
		}
	}
	return strings.HasPrefix(txt, "$") || strings.Contains(txt, "dollar")
}

// datelineTail reports whether the place at token i follows a dateline's
// first place and a comma: "Ont." in "KINGSTON, Ont. —", where the city
// alone does not tell the country.
func (s *scanner) datelineTail(i int) bool {
	if i < 2 || s.toks[i-1].val != "," {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		t := s.toks[k]
		if t.kind != tokWord || t.val == "" || t.val[0] < 'A' || t.val[0] > 'Z' {
			return false
		}
		if k == 0 || t.nl {
			return true
		}
	}
	return false
}
