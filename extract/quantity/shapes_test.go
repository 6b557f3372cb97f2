package quantity

import (
	"strings"
	"testing"
)

// TestFindShapes covers report shapes met on unseen articles: live-blog
// time stamps, glued unit spellings, ages in verb forms, head counts and
// "$" by country. Expected values worked out by hand.
func TestFindShapes(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// Q1: a live-blog post's time stamp is a time of day.
		{"Live coverage\n09:42\nThe leaders pass halfway.", nil},
		{"Updates\n10:15 - The elite women are off.", nil},
		{"11:03 Leaders reach the bridge.", nil},
		{"Parkrun results\n17:42 Tom Harvey (Leeds)\n18:05 Amy Lee", []string{q("duration", "17:42", 1062, "s", ""), q("duration", "18:05", 1085, "s", "")}},
		{"Result\n2:06:11 for the winner", []string{q("duration", "2:06:11", 7571, "s", "")}},
		{"He won the 10K in 28:31.", []string{q("distance", "10K", 10000, "m", ""), q("duration", "28:31", 1711, "s", "")}},
		// Q2: times written with a dot, read by the race distance.
		{"Smith won the 10K in 31.47.", []string{q("distance", "10K", 10000, "m", ""), q("duration", "31.47", 1907, "s", "")}},
		{"In the 5000m she clocked 15.02.", []string{q("distance", "5000m", 5000, "m", ""), q("duration", "15.02", 902, "s", "")}},
		{"He won the 100m in 10.18.", []string{q("distance", "100m", 100, "m", ""), q("duration", "10.18", 10.18, "s", "")}},
		{"Leeds 10K results\n1 J Smith (Leeds AC) 31.47\n2 K Jones 32.05", []string{q("distance", "10K", 10000, "m", ""), q("duration", "31.47", 1907, "s", ""), q("duration", "32.05", 1925, "s", "")}},
		{"400m hurdles\n1 A Lee (Bath) 52.9", []string{q("distance", "400m", 400, "m", ""), q("duration", "52.9", 52.9, "s", "")}},
		{"In the 10K she won in 3.5 on the day, in 12.50 for a ticket", []string{q("distance", "10K", 10000, "m", "")}},
		{"He won in 31.47 with no race named.", nil},
		{"A 100m runner ran 55.20 for the club.", []string{q("distance", "100m", 100, "m", "")}},
		// Q4: glued unit spellings.
		{"It was 28degC at the start.", []string{q("temperature", "28degC", 28, "C", "")}},
		{"It was 82degF at the finish.", []string{q("temperature", "82degF", 82, "F", "")}},
		{"It was 28 deg C by noon.", []string{q("temperature", "28 deg C", 28, "C", "")}},
		{"She was 52s behind; he in his 50s, in the 1980s.", []string{q("duration", "52s", 52, "s", ""), q("age", "in his 50s", 50, "year", "")}},
		{"45secs clear, by 3mins, after 2hrs", []string{q("duration", "45secs", 45, "s", ""), q("duration", "3mins", 180, "s", ""), q("duration", "2hrs", 7200, "s", "")}},
		// Q3: ages in verb and preposition forms; categories stay out.
		{"The winner, who is 34, led.", []string{q("age", "34", 34, "year", "")}},
		{"She is 72 and still racing.", []string{q("age", "72", 72, "year", "")}},
		{"At 67, the oldest in the field, he finished.", []string{q("age", "67", 67, "year", "")}},
		{"The teenager, just 17, won; the teenager, 40 metres back, fell.", []string{q("age", "17", 17, "year", ""), q("distance", "40 metres", 40, "m", "")}},
		{"He is now 45; she's still 19, and 3 points clear.", []string{q("age", "45", 45, "year", ""), q("age", "19", 19, "year", "")}},
		{"Ellery is 74 and runs. The winner was 26, but fell.", []string{q("age", "74", 74, "year", ""), q("age", "26", 26, "year", "")}},
		{"At 19, Ella Barrett won. Gwen Tait, at 68 the oldest woman, ran.", []string{q("age", "19", 19, "year", ""), q("age", "68", 68, "year", "")}},
		{"Age: 34 | From: Mullingar", []string{q("age", "34", 34, "year", "")}},
		{"Maisie, who at 12 was the youngest member, ran.", []string{q("age", "12", 12, "year", "")}},
		{"The course was 21 and flat. Smith was 2, Jones 3. At 10, the gun went.", nil},
		{"He is 81 years young.", []string{q("age", "81 years young", 81, "year", "")}},
		{"She was celebrating her 60th birthday.", []string{q("age", "60th birthday", 60, "year", "")}},
		{"the 60th edition, her 3rd win", nil},
		{"won the V50 prize and the over-40s title; a runner in her forties", []string{q("age", "V50", 50, "year", "over"), q("age", "over-40s", 40, "year", "over"), q("age", "in her forties", 40, "year", "")}},
		// Age categories are ages over their band ("M55", "(V40)", "the W60
		// 800m", "under-17"); a motorway, a car or a postcode is none.
		{"Tom Reed (M55) won the W60 800m and first V40; the under-17 race.", []string{q("age", "M55", 55, "year", "over"), q("age", "W60", 60, "year", "over"), q("distance", "800m", 800, "m", ""), q("age", "V40", 40, "year", "over"), q("age", "under-17", 17, "year", "under")}},
		{"Traffic on the M60 and M62, a Volvo V40 and London W1 were slow.", nil},
		{"Age groups: V40 men: G. Lumb 34:12; W50: A Cole 40:02", []string{q("age", "V40", 40, "year", "over"), q("duration", "34:12", 2052, "s", ""), q("age", "W50", 50, "year", "over"), q("duration", "40:02", 2402, "s", "")}},
		// An age by its decade ("in her 80s", "in his late seventies") is
		// an age, the decade's first year; "who at seventy-three" in words.
		{"Weinberg, who is in her 80s, walked; he is in his late seventies; in their mid-50s.", []string{q("age", "in her 80s", 80, "year", ""), q("age", "in his late seventies", 70, "year", ""), q("age", "in their mid-50s", 50, "year", "")}},
		{"Ouellet, who at seventy-three finished the race, smiled; in 2019 he won.", []string{q("age", "seventy-three", 73, "year", "")}},
		// Bare head counts by their verb: "said 165 finished", "Another 31
		// dropped out" (the noun of the sentence before), "47 of them had
		// dropped out", "Of the 96 who started".
		{"Organizers said 165 finished the race.", []string{q("count", "165", 165, "finisher", "")}},
		{"In all 1,112 runners finished. Another 31 dropped out.", []string{q("count", "1,112 runners", 1112, "runner", ""), q("count", "31", 31, "runner", "")}},
		{"By the end of the day 47 of them had dropped out.", []string{q("count", "47", 47, "runner", "")}},
		{"Of the 96 who started the climb, all reached the top.", []string{q("count", "96", 96, "starter", "")}},
		// A clock time after a sentence naming a short race is read by that
		// race, not by the article's marathon.
		{"He won the marathon in 2:24:51. Children ran Saturday's Kids' Mile. Sofia Brandt was first in 6:41.", []string{q("duration", "2:24:51", 8691, "s", ""), q("duration", "6:41", 401, "s", "")}},
		// "The Lochaber Harriers athlete, 38, led": an age after a noun
		// phrase for a runner; a list of numbers is none.
		{"The Lochaber Harriers athlete, 38, led from the start.", []string{q("age", "38", 38, "year", "")}},
		{"The winner, 38, 41 and 44 were the numbers.", nil},
		// "N of the M <noun>" counts the noun; "a crowd estimated at N";
		// first-timers and DNFs are counted nouns.
		{"Only 9 of the 40 elite entrants broke 30 minutes.", []string{q("count", "9", 9, "entrant", ""), q("count", "40 elite entrants", 40, "entrant", ""), q("duration", "30 minutes", 1800, "s", "")}},
		{"A crowd estimated at 5,000 watched 412 first-timers and 14 DNFs.", []string{q("count", "5,000", 5000, "spectator", ""), q("count", "412 first-timers", 412, "first-timer", ""), q("count", "14 DNFs", 14, "dnf", "")}},
		// A field's size after a verb: "drew 1,500", "attracted 612",
		// "Entries topped 5,000", "Over 3,000 took part", "with 2,000
		// taking part", "A record entry of 1,234".
		{"The race drew 1,500 last year and attracted 612 this time. Entries topped 5,000.", []string{q("count", "1,500", 1500, "runner", ""), q("count", "612", 612, "runner", ""), q("count", "5,000", 5000, "entry", "")}},
		{"Over 3,000 took part, with 2,000 taking part in the junior races. A record entry of 1,234 was set.", []string{q("count", "Over 3,000", 3000, "participant", "over"), q("count", "2,000", 2000, "participant", ""), q("count", "1,234", 1234, "entry", "")}},
		{"It attracted 3 km of queue; she reached 30 miles.", []string{q("distance", "3 km", 3000, "m", ""), q("distance", "30 miles", 48280.32, "m", "")}},
		// A place in a field gives the field's size: "245th of 3,100",
		// "12th out of 480"; a time after "of" is none.
		{"He finished 245th of 3,100 and she was 12th out of 480. The 3rd of 5km was hilly.", []string{q("count", "3,100", 3100, "runner", ""), q("count", "480", 480, "runner", ""), q("distance", "5km", 5000, "m", "")}},
		{"About 700 ran the marathon. Smith, 29, ran well.", []string{q("count", "About 700", 700, "runner", "about"), q("age", "29", 29, "year", "")}},
		{"A 500-runner field lined up under a 1,200-entry cap.", []string{q("count", "500-runner", 500, "runner", ""), q("count", "1,200-entry", 1200, "entry", "")}},
		// Ages in words in the appositive and verb forms; small numbers in
		// words set off by commas are none.
		{"At seventy-three, Jean Hall is the oldest. Bill Roe, seventy, was second. Tom Lee is eighty-one and still racing.", []string{q("age", "seventy-three", 73, "year", ""), q("age", "seventy", 70, "year", ""), q("age", "eighty-one", 81, "year", "")}},
		{"He beat Kim Lee, two, three and four. Sam Fox, one of the leaders, fell.", nil},
		// "X, a sprightly 82, was": an age after an adjective.
		{"Bill Hart, a sprightly 82, was the oldest finisher.", []string{q("age", "82", 82, "year", "")}},
		{"It was, a mere 20, nothing; he ran, a further 12, miles.", nil},
		// An initial after a place number is no unit: "1 H Tyson".
		{"Women (6km): 1 H Tyson (Keswick AC) 23:58; 2 M Hall 24:10", []string{q("distance", "6km", 6000, "m", ""), q("duration", "23:58", 1438, "s", ""), q("duration", "24:10", 1450, "s", "")}},
		{"Smith, 29, finished second; in 2016 finished fourth.", []string{q("age", "29", 29, "year", "")}},
		// Q5: counts of acronym plurals, "N of you", "out of N who".
		{"Runners from 12 NGOs and 40 schools took part.", []string{q("count", "12 NGOs", 12, "ngo", ""), q("count", "40 schools", 40, "school", "")}},
		{"There were 15 wheelchair racers.", []string{q("count", "15 wheelchair racers", 15, "racer", "")}},
		{"Thanks to the 300 of you who came.", []string{q("count", "300 of you", 300, "person", "")}},
		{"Out of 450 who registered, most ran.", []string{q("count", "450", 450, "person", "")}},
		// F3: "$" is the dollar of the country the report is from.
		{"AUCKLAND - The race raised $50,000.", []string{q("money", "$50,000", 50000, "NZD", "")}},
		{"TORONTO (Reuters) - Prize money was $10,000.", []string{q("money", "$10,000", 10000, "CAD", "")}},
		{"The Sydney race paid $5 thousand; the Melbourne one 300 dollars.", []string{q("money", "$5 thousand", 5000, "AUD", ""), q("money", "300 dollars", 300, "AUD", "")}},
		{"In Hong Kong the winner took US$20,000 and $150,000.", []string{q("money", "US$20,000", 20000, "USD", ""), q("money", "$150,000", 150000, "HKD", "")}},
		{"The race raised $20,000.", []string{q("money", "$20,000", 20000, "USD", "")}},
		{"KINGSTON, Ont. - It raised $5,000 for a Boulder, Colo., charity with San Diego, Calif., runners.", []string{q("money", "$5,000", 5000, "CAD", "")}},
		{"Last year it raised Sh2.1 million; the R44 is shut.", []string{q("money", "Sh2.1 million", 2100000, "KES", "")}},
		{"PERTH - The race raised $96,000 in Fremantle.", []string{q("money", "$96,000", 96000, "AUD", "")}},
		{"MONTEGO BAY, Jamaica (AP) - The marathon raised J$2 million, and prize money was $10,000.", []string{q("money", "J$2 million", 2000000, "JMD", ""), q("money", "$10,000", 10000, "JMD", "")}},
		{"A Canada-born runner won $500 in Boston, Boston's New York rival, in the US.", []string{q("money", "$500", 500, "USD", "")}},
	}
	for _, c := range cases {
		got := show(c.text, Find(c.text))
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
		}
	}
}
