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
	races      = []string{"Riverside Marathon", "Harbour Half Marathon", "City 10K", "Valley Ultra", "Coastal Triathlon", "Park 5K"}
	charities  = []string{"Cancer Research UK", "Oxfam", "the British Heart Foundation", "Macmillan Cancer Support", "Save the Children", "Mind"}
	weather    = []string{"in bright sunshine", "through steady rain", "into a strong headwind", "in temperatures of 24C", "on a cold, still morning"}
)

// Article returns the i-th synthetic race report: a headline and a few
// paragraphs with names, ages, towns, times, distances, money and counts.
// The same i always gives the same article, and different i different ones.
func Article(i int) (title, text string) {
	r := rand.New(rand.NewPCG(uint64(i), 0x5eed))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	name := func() string { return pick(firstNames) + " " + pick(lastNames) }
	winner, second, runner := name(), name(), name()
	race := pick(races)
	year := 1995 + i%30
	h, m, s := 2, 5+r.IntN(50), r.IntN(60)
	title = fmt.Sprintf("%s wins %d %s", winner, year, race)
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n", title)
	fmt.Fprintf(&b, "%s, %d, from %s, won the %s on Sunday in %d:%02d:%02d, %s.\n\n",
		winner, 20+r.IntN(20), pick(towns), race, h, m, s, pick(weather))
	fmt.Fprintf(&b, "%s finished %d seconds behind in second place, while %d runners crossed the line before the %d-hour cut-off.\n\n",
		second, 5+r.IntN(90), 500+r.IntN(40000), 6+r.IntN(3))
	fmt.Fprintf(&b, "Among the field was %s, %d, who ran %d miles for %s and raised more than £%d,%03d.\n\n",
		runner, 30+r.IntN(40), 3+r.IntN(24), pick(charities), 1+r.IntN(30), r.IntN(1000))
	fmt.Fprintf(&b, "\"It was the hardest race of my life,\" said %s, who had trained for %d weeks. (Report %d.)\n", strings.Fields(winner)[0], 8+r.IntN(20), i)
	return title, b.String()
}
