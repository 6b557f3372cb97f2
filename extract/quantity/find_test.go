package quantity

import (
	"fmt"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// q writes a quantity as the tests expect it: kind, text, normalised value
// and unit, qualifier. Values below were worked out by hand (1 mi =
// 1609.344 m, 1 ft = 0.3048 m, 1 yd = 0.9144 m).
func q(kind, text string, norm float64, unit, qual string) string {
	s := fmt.Sprintf("%s %q = %v %s", kind, text, norm, unit)
	if qual != "" {
		s += " (" + qual + ")"
	}
	return s
}

func show(text string, qs []schema.Quantity) []string {
	var out []string
	for _, x := range qs {
		if text[x.Span.Start:x.Span.End] != x.Text {
			out = append(out, fmt.Sprintf("BAD SPAN %q vs %q", x.Text, text[x.Span.Start:x.Span.End]))
		}
		u, ql := "null", ""
		if x.Normalized.Unit != nil {
			u = *x.Normalized.Unit
		}
		if x.Qualifier != nil {
			ql = *x.Qualifier
		}
		out = append(out, q(x.Kind, x.Text, *x.Normalized.Value, u, ql))
	}
	return out
}

func TestFind(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// ages
		{"Newsreader Jo Bloggs, 43, is running for Mind.", []string{q("age", "43", 43, "year", "")}},
		{"said the 24-year-old from Leeds.", []string{q("age", "24-year-old", 24, "year", "")}},
		{"Twenty-one-year-old Amy Lee won.", []string{q("age", "Twenty-one-year-old", 21, "year", "")}},
		{"Ken Dodds, aged 58, finished.", []string{q("age", "aged 58", 58, "year", "")}},
		{"\"I turned 40 last week,\" she said.", []string{q("age", "40", 40, "year", "")}},
		{"3. Bill Orr (61) 3:01:12", []string{q("age", "61", 61, "year", ""), q("duration", "3:01:12", 10872, "s", "")}},
		{"\"I'm 34 now,\" he said; she's 3rd, I'm 100 per cent fit", []string{q("age", "34", 34, "year", "")}},
		{"the 17-year-old's win in 9.58s, in the 1990s, in his 40s", []string{q("age", "17-year-old's", 17, "year", ""), q("duration", "9.58s", 9.58, "s", ""), q("age", "in his 40s", 40, "year", "")}},
		{"open to runners aged 18 to 35 and aged 40-49; Farah (2) beat Bekele (3)", nil},
		{"He is 29 years old.", []string{q("age", "29 years old", 29, "year", "")}},
		{"At the age of 70 he ran again.", []string{q("age", "age of 70", 70, "year", "")}},
		{"won the V50 prize and the over-40s title; M50 winner Al Fox", []string{q("age", "V50", 50, "year", "over"), q("age", "over-40s", 40, "year", "over"), q("age", "M50", 50, "year", "over")}},
		{"a runner in her forties", []string{q("age", "in her forties", 40, "year", "")}},
		{"said Kiprop, 31.", []string{q("age", "31", 31, "year", "")}},
		{"On Sunday, 12 May, it rained.", nil},
		{"Former champion Joe Bloggs, now 58, ran the 10km.", []string{q("age", "58", 58, "year", ""), q("distance", "10km", 10000, "m", "")}},
		// durations
		{"She won the 1500m in 4:05.27.", []string{q("distance", "1500m", 1500, "m", ""), q("duration", "4:05.27", 245.27, "s", "")}},
		{"He won the 10K in 28:31.", []string{q("distance", "10K", 10000, "m", ""), q("duration", "28:31", 1711, "s", "")}},
		{"The marathon field was chasing a sub-2:10 time.", []string{q("duration", "sub-2:10", 7800, "s", "under")}},
		{"Kimetto won the marathon, breaking 2:06 for the first time.", []string{q("duration", "2:06", 7560, "s", "")}},
		{"She ran the 3,000m in 8:41.", []string{q("distance", "3,000m", 3000, "m", ""), q("duration", "8:41", 521, "s", "")}},
		{"in 2hr 18min 36sec", []string{q("duration", "2hr 18min 36sec", 8316, "s", "")}},
		{"in 2h 18m 36s", []string{q("duration", "2h 18m 36s", 8316, "s", "")}},
		{"in 3hrs 4mins 2secs", []string{q("duration", "3hrs 4mins 2secs", 11042, "s", "")}},
		{"a 3h04 finish", []string{q("duration", "3h04", 11040, "s", "")}},
		{"1. Nico Gerber (SUI) 1:46:12 (17:42 / 56:10 / 31:20) in the triathlon", []string{q("duration", "1:46:12", 6372, "s", ""), q("duration", "17:42", 1062, "s", ""), q("duration", "56:10", 3370, "s", ""), q("duration", "31:20", 1880, "s", "")}},
		{"with 14 more kilometres to go", []string{q("distance", "14 more kilometres", 14000, "m", "")}},
		{"She won the 1500m in 3:36.08.", []string{q("distance", "1500m", 1500, "m", ""), q("duration", "3:36.08", 216.08, "s", "")}},
		{"a time of 3h04:02", []string{q("duration", "3h04:02", 11042, "s", "")}},
		{"1. Marco Rossi (ITA) 2h08'15\"", []string{q("duration", "2h08'15\"", 7695, "s", "")}},
		{"1. Anna Neri (ITA) 31'48\"; 2. Sara Conti 32’10”", []string{q("duration", "31'48\"", 1908, "s", ""), q("duration", "32’10”", 1930, "s", "")}},
		{"won the 1500m in 3'35\"50", []string{q("distance", "1500m", 1500, "m", ""), q("duration", "3'35\"50", 215.5, "s", "")}},
		{"the 5'11\" runner", nil},
		{"She won in 32m10s.", []string{q("duration", "32m10s", 1930, "s", "")}},
		{"The race took 2h05m48s.", []string{q("duration", "2h05m48s", 7548, "s", "")}},
		{"a 1h12m finish", []string{q("duration", "1h12m", 4320, "s", "")}},
		{"in three hours, four minutes and two seconds", []string{q("duration", "three hours, four minutes and two seconds", 11042, "s", "")}},
		{"in 8 hours and 25 minutes", []string{q("duration", "8 hours and 25 minutes", 30300, "s", "")}},
		{"It took over six hours.", []string{q("duration", "over six hours", 21600, "s", "over")}},
		{"an eight day challenge", []string{q("duration", "eight day", 691200, "s", "")}},
		{"by the 18-hour mark", []string{q("duration", "18-hour", 64800, "s", "")}},
		{"won by 12 seconds", []string{q("duration", "12 seconds", 12, "s", "")}},
		{"won by 2m 30s", []string{q("duration", "2m 30s", 150, "s", "")}},
		{"running at a 4:45 pace, 3:05/km, then a 4:30-mile, at 5:15 per mile, a 4:59 mile pace", nil},
		{"At the parkrun the relay team clocked 19:12, and six members ran the London Marathon.", []string{q("duration", "19:12", 1152, "s", ""), q("count", "six members", 6, "member", "")}},
		{"In the marathon he ran a 4:28 mile early on.", []string{q("duration", "4:28", 268, "s", "")}},
		{"lost by half a second", []string{q("duration", "half a second", 0.5, "s", "")}},
		{"an hour and a half later", []string{q("duration", "an hour and a half", 5400, "s", "")}},
		{"The race starts at 10am and the 9:10 a.m. wave follows; at 4.30am he woke.", nil},
		{"The gun goes at 9:30 for the marathon.", nil},
		{"T1 took 1:45 in the Ironman.", []string{q("duration", "1:45", 105, "s", "")}},
		{"went through halfway of the marathon in 61:40", []string{q("duration", "61:40", 3700, "s", "")}},
		// distances
		{"the 26.2-mile course", []string{q("distance", "26.2-mile", 42164.8128, "m", "")}},
		{"26.2 miles (42.2km)", []string{q("distance", "26.2 miles", 42164.8128, "m", ""), q("distance", "42.2km", 42200, "m", "")}},
		{"over the last half a mile", []string{q("distance", "half a mile", 804.672, "m", "")}},
		{"two miles from home", []string{q("distance", "two miles", 3218.688, "m", "")}},
		{"3,000m of ascent", []string{q("distance", "3,000m", 3000, "m", "")}},
		{"a 24ft tower and a 100-yard dash", []string{q("distance", "24ft", 7.3152, "m", ""), q("distance", "100-yard", 91.44, "m", "")}},
		{"the 5,000 metres and the 10,000 meters", []string{q("distance", "5,000 metres", 5000, "m", ""), q("distance", "10,000 meters", 10000, "m", "")}},
		{"cycling at 25 miles an hour", nil},
		{"He led at mile 38 and at km 30.", []string{q("distance", "mile 38", 61155.072, "m", ""), q("distance", "km 30", 30000, "m", "")}},
		// money
		{"The winner took Rs 12,34,567 and the runner-up ₹3,00,000.", []string{q("money", "Rs 12,34,567", 1234567, "INR", ""), q("money", "₹3,00,000", 300000, "INR", "")}},
		{"A purse of ₹1,23,45,678 for 1,200 runners.", []string{q("money", "₹1,23,45,678", 12345678, "INR", ""), q("count", "1,200 runners", 1200, "runner", "")}},
		{"raised £3.4m for charity", []string{q("money", "£3.4m", 3.4e6, "GBP", "")}},
		{"a $1.5 million purse", []string{q("money", "$1.5 million", 1.5e6, "USD", "")}},
		{"won 3 million euros", []string{q("money", "3 million euros", 3e6, "EUR", "")}},
		{"five hundred pounds", []string{q("money", "five hundred pounds", 500, "GBP", "")}},
		{"a 50,000-dollar bonus", []string{q("money", "50,000-dollar", 50000, "USD", "")}},
		{"NZ$8,500 and C$2,000 and A$500", []string{q("money", "NZ$8,500", 8500, "NZD", ""), q("money", "C$2,000", 2000, "CAD", ""), q("money", "A$500", 500, "AUD", "")}},
		{"took home R250,000 and a further R1.2m, on the R44", []string{q("money", "R250,000", 250000, "ZAR", ""), q("money", "R1.2m", 1.2e6, "ZAR", "")}},
		{"a prize of Sh10,000", []string{q("money", "Sh10,000", 10000, "KES", "")}},
		{"a prize of Ksh 250,000", []string{q("money", "Ksh 250,000", 250000, "KES", "")}},
		{"€40,000 and ¥1,000,000", []string{q("money", "€40,000", 40000, "EUR", ""), q("money", "¥1,000,000", 1e6, "JPY", "")}},
		{"hoping to raise more than £8,000", []string{q("money", "more than £8,000", 8000, "GBP", "over")}},
		{"a 300-pound donation of food", nil},
		// temperatures
		{"temperatures of 13C", []string{q("temperature", "13C", 13, "C", "")}},
		{"a freezing -7C at the start", []string{q("temperature", "-7C", -7, "C", "")}},
		{"it was minus three degrees, and a 10-miler", []string{q("temperature", "minus three degrees", -3, "null", ""), q("distance", "10-miler", 16093.44, "m", "")}},
		{"it was minus 2C", []string{q("temperature", "minus 2C", -2, "C", "")}},
		{"the heat reached 21C (70F)", []string{q("temperature", "21C", 21, "C", ""), q("temperature", "70F", 70, "F", "")}},
		{"30 degrees Celsius", []string{q("temperature", "30 degrees Celsius", 30, "C", "")}},
		{"in 101-degree heat", []string{q("temperature", "101-degree", 101, "F", "")}},
		{"It was 29°F.", []string{q("temperature", "29°F", 29, "F", "")}},
		{"a temperature of 106 degrees", []string{q("temperature", "106 degrees", 106, "F", "")}},
		{"it felt like 20 degrees", []string{q("temperature", "20 degrees", 20, "null", "")}},
		{"filed form 13F", nil},
		// counts
		{"Up to 37,500 athletes", []string{q("count", "Up to 37,500 athletes", 37500, "athlete", "up to")}},
		{"nearly 400 marshals and 2,310 finishers", []string{q("count", "nearly 400 marshals", 400, "marshal", "under"), q("count", "2,310 finishers", 2310, "finisher", "")}},
		{"where 64 employees ran", []string{q("count", "64 employees", 64, "employee", "")}},
		{"Tom and Rachel Nguyen, both 44, ran", []string{q("age", "44", 44, "year", "")}},
		{"raised R50 000 for Cotlands and R1 200 000 in all", []string{q("money", "R50 000", 50000, "ZAR", ""), q("money", "R1 200 000", 1200000, "ZAR", "")}},
		{"he ran 654 laps", []string{q("count", "654 laps", 654, "lap", "")}},
		{"tens of thousands of runners", nil},
		{"half a million spectators and 1.5m walls, and 1.5m runners", []string{q("count", "half a million spectators", 500000, "spectator", ""), q("distance", "1.5m", 1.5, "m", ""), q("count", "1.5m runners", 1.5e6, "runner", "")}},
		{"a crowd of 9,000 watched a field of 487", []string{q("count", "9,000", 9000, "spectator", ""), q("count", "487", 487, "runner", "")}},
		{"In 2012 runners came from far away.", nil},
		{"the top 10 women", nil},
		{"a crowd of about 12,000 saw the 12-man field; the 8,500 places sold out; she finished three places behind", []string{q("count", "about 12,000", 12000, "spectator", "about"), q("count", "12-man", 12, "man", ""), q("count", "8,500 places", 8500, "place", "")}},
		{"Of the 212 runners who started, only 97 finished.", []string{q("count", "212 runners", 212, "runner", ""), q("count", "97", 97, "runner", "")}},
		{"Forty runners started and 31 were still going.", []string{q("count", "Forty runners", 40, "runner", ""), q("count", "31", 31, "runner", "")}},
		// not quantities: years, ordinals, editions, race numbers, dates
		{"the 32nd London Marathon in 2012, wearing bib number 2045 on 21 April", nil},
	}
	for _, c := range cases {
		got := show(c.text, Find(c.text))
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
		}
	}
}

func TestFindKeepsBytesAndOrder(t *testing.T) {
	text := "Søren Kjeldsen, 29, swam 3.8km in 50:31 – then rode 180km."
	qs := Find(text)
	last := -1
	for _, x := range qs {
		if x.Span.Start < last || text[x.Span.Start:x.Span.End] != x.Text {
			t.Errorf("bad span %+v for %q", *x.Span, x.Text)
		}
		last = x.Span.End
		if x.About != nil {
			t.Errorf("About set on %q", x.Text)
		}
	}
	if len(qs) != 4 {
		t.Errorf("got %d quantities, want 4: %v", len(qs), show(text, qs))
	}
}

func TestUpperIsToUpperUnchanged(t *testing.T) {
	for _, s := range []string{"AUCKLAND", "Auckland", "ST. JOHN'S", "ÅLESUND", "Ålesund", "", "123", "ǅ", "ß"} {
		if got, want := upper(s), s == strings.ToUpper(s); got != want {
			t.Errorf("upper(%q) = %v, want %v", s, got, want)
		}
	}
}
