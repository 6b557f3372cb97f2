package extract

import "testing"

// Home-town shapes: participles, "nearby", "the town of", a demonym
// after "-based".

func TestHometownPhrases(t *testing.T) {
	d := run(t, "Hometown favourite Kate Rudd, from nearby Otley, won. Asha Rao, 31, hailing from Mysuru, was second. "+
		"Kiprop, 29, hails from the Rift Valley town of Kapsabet. Tom Hill, from the village of Eastby, was fourth. "+
		"Leeds-based Kenyan Paul Koech was fifth. Sam Lee, who comes from nearby Ilkley, was sixth.")
	want := map[string]string{
		"Kate Rudd": "||Otley", "Asha Rao": "31||Mysuru", "Kiprop": "29||Kapsabet", "Tom Hill": "||Eastby",
		"Paul Koech": "|KEN|Leeds", "Sam Lee": "||Ilkley",
	}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}
