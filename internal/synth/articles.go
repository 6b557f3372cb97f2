package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Made-up parts that articles are assembled from. They exist to give the
// extractor realistic work; nothing here is a rule of extraction.
var (
	firstNames = []string{"Amira", "Ben", "Chloe", "Dawit", "Elena", "Femi", "Grace", "Hiro", "Ines", "Jonas", "Kofi", "Lena", "Mateo", "Nadia", "Owen", "Priya", "Quinn", "Rosa", "Sam", "Tomas"}
	lastNames  = []string{"Abebe", "Brennan", "Castillo", "Dlamini", "Eriksen", "Fairweather", "Gallagher", "Haddad", "Ivanova", "Jansen", "Kamau", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Quist", "Rahman", "Silva", "Thornton"}
	towns      = []string{"Leeds", "Bristol", "Cork", "Nairobi", "Eldoret", "Rotterdam", "Lyon", "Osaka", "Boston", "Perth"}
	clubs      = []string{"Leeds City AC", "Bristol & West AC", "Cork Harriers", "Rotterdam Atletiek", "Valley Striders", "Harbour Road Runners"}
	races      = []string{"Riverside Marathon", "Harbour Half Marathon", "City 10K", "Valley Ultra", "Coastal Triathlon", "Park 5K"}
	charities  = []string{"Cancer Research UK", "Oxfam", "the British Heart Foundation", "Macmillan Cancer Support", "Save the Children", "Mind"}
	weather    = []string{"in bright sunshine", "through steady rain", "into a strong headwind", "in temperatures of 24C", "on a cold, still morning"}
	jobs       = []string{"teacher", "nurse", "firefighter", "accountant", "postman", "student"}
	relatives  = []string{"father", "mother", "sister", "brother", "best friend", "grandmother"}
	days       = []string{"Saturday", "Sunday"}
)

// Article returns the i-th synthetic race report: a headline and about
// 1.7 KB of text in ten paragraphs — the length of a typical local
// race report — with names, ages, towns, clubs, a results list, times,
// distances, money, temperatures, counts, fundraisers and quotes. The
// same i always gives the same article, and different i different ones.
func Article(i int) (title, text string) {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	name := func() string { return pick(firstNames) + " " + pick(lastNames) }
	clock := func(h, m int) string { return fmt.Sprintf("%d:%02d:%02d", h, m+r.IntN(10), r.IntN(60)) }
	winner, second, third, woman, runner, fundraiser := name(), name(), name(), name(), name(), name()
	race, day := pick(races), pick(days)
	year := 1995 + i%30
	h, m := 2, 5+r.IntN(40)
	title = fmt.Sprintf("%s wins %d %s", winner, year, race)

	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", title)
	fmt.Fprintf(&b, "%s, %d, from %s, won the %s on %s in %s, %s.\n\n",
		winner, 20+r.IntN(20), pick(towns), race, day, clock(h, m), pick(weather))
	fmt.Fprintf(&b, "%s finished %d seconds behind in second place, with %s, of %s, third in %s. A total of %d runners crossed the line before the %d-hour cut-off, from a field of %d who started.\n\n",
		second, 5+r.IntN(90), third, pick(clubs), clock(h, m+10), 500+r.IntN(20000), 6+r.IntN(3), 21000+r.IntN(5000))
	fmt.Fprintf(&b, "In the women's race, %s, a %d-year-old %s from %s, pulled clear after %d miles and won by more than two minutes in %s.\n\n",
		woman, 25+r.IntN(20), pick(jobs), pick(towns), 10+r.IntN(8), clock(h, m+15))
	fmt.Fprintf(&b, "\"It was the hardest race of my life,\" said %s, who had trained for %d weeks. \"The last %d kilometres were brutal, but the crowds carried me home.\"\n\n",
		strings.Fields(winner)[0], 8+r.IntN(20), 3+r.IntN(8))
	fmt.Fprintf(&b, "Among the field was %s, %d, who ran for %s and raised more than £%d,%03d.\n\n",
		runner, 30+r.IntN(40), pick(charities), 1+r.IntN(30), r.IntN(1000))
	fmt.Fprintf(&b, "%s, a %d-year-old %s from %s, ran in memory of a late %s and has so far collected $%d,%03d for %s, with a target of $%d,000.\n\n",
		fundraiser, 30+r.IntN(40), pick(jobs), pick(towns), pick(relatives), 1+r.IntN(9), r.IntN(1000), pick(charities), 10+r.IntN(10))
	fmt.Fprintf(&b, "The course, first run in %d, climbs %d metres over the final %d km, and the temperature at the start was %dC. Organisers said %d volunteers and %d marshals helped on the day.\n\n",
		1960+r.IntN(30), 50+r.IntN(300), 2+r.IntN(6), 4+r.IntN(20), 200+r.IntN(800), 50+r.IntN(200))
	fmt.Fprintf(&b, "The wheelchair race went to %s, %d, of %s, in 1:%02d:%02d, a course record by %d seconds. Last year's winner, %s, did not start after injuring a calf in training, and hopes to be fit for the %s in %d weeks' time.\n\n",
		name(), 20+r.IntN(25), pick(towns), 20+r.IntN(40), r.IntN(60), 5+r.IntN(50), name(), pick(races), 3+r.IntN(10))
	b.WriteString("Leading results:\n")
	for pos := 1; pos <= 6; pos++ {
		fmt.Fprintf(&b, "%d. %s (%s) %s\n", pos, name(), pick(clubs), fmt.Sprintf("%d:%02d:%02d", h, m+3*pos, r.IntN(60)))
	}
	fmt.Fprintf(&b, "\nNext year's race takes place on the first %s in April, with entries capped at %d,000. (Report %d.)\n", day, 5+r.IntN(30), i)
	return title, b.String()
}
