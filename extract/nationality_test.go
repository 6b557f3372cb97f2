package extract

import "testing"

// Nationality shapes from wire reports of track meetings and city
// marathons: demonyms in apposition, in groups, after "the", after a
// birthplace, and countries after "representing" and "among".

func TestDemonymShapes(t *testing.T) {
	d := run(t, "Laura Mackintosh completed the podium. Behind her came the Dutch pair of Femke de Wit and Anouk Visser, fourth and fifth respectively. "+
		"The Kenyan favourite, Faith Jerotich, dropped out. A third Ethiopian, Selemon Tadesse, finished fifth. "+
		"Representing Japan, Yuki Morishita set a national record in seventh. Competing for Great Britain, Anna Hill was eighth. "+
		"The Eritrea-born Swede Daniel Mehari placed ninth. Afghanistan-born Indian runner Farzana Hakimi won the women's 10K.")
	want := map[string]string{
		"Femke de Wit": "|NLD|", "Anouk Visser": "|NLD|", "Faith Jerotich": "|KEN|", "Selemon Tadesse": "|ETH|",
		"Laura Mackintosh": "||", "Yuki Morishita": "|JPN|", "Anna Hill": "|GBR|", "Daniel Mehari": "|SWE|", "Farzana Hakimi": "|IND|",
	}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("people %v, want only %d", personNames(d), len(want))
	}
}

func TestTheDemonymIsWhoItIntroduced(t *testing.T) {
	// "the Australian" is the person written after that demonym, not the
	// person the text is about.
	d := run(t, "Ingrid Solberg won in 3:56.30. The 21-year-old came past the Australian Jessica Hull on the final bend, "+
		"and the Australian held on for second in 3:56.91.")
	if got, want := positions(d), "Ingrid Solberg=1 Jessica Hull=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	if got := personFacts(d)["Ingrid Solberg"]; got != "21||" {
		t.Errorf("Solberg %q, want 21 and no nationality", got)
	}
}

func TestAmongNationalsAndBestDemonym(t *testing.T) {
	d := run(t, "Among Indians, Sunil Yadav finished sixth overall. Among the Indian women, Jyoti Pawar won in 2:49:30, "+
		"ahead of Kavita Negi and Sangeeta Murmu. Tom Hale was the best Briton in eighth.")
	want := map[string]string{"Sunil Yadav": "|IND|", "Jyoti Pawar": "|IND|", "Kavita Negi": "|IND|", "Sangeeta Murmu": "|IND|", "Tom Hale": "|GBR|"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestCompatriotOpeningASentence(t *testing.T) {
	d := run(t, "Anna Berg of Sweden won the women's race. Compatriot Lisa Holm was runner-up. "+
		"Japan's Yuki Sato finished fourth. His compatriot Ken Mori took fifth.")
	want := map[string]string{"Lisa Holm": "|SWE|", "Ken Mori": "|JPN|"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestAgeBeforeADemonym(t *testing.T) {
	d := run(t, "The 31-year-old Ugandan Moses Kipsiro won. The 24-year-old Kenyan policeman Elias Mutai was second.")
	got := personFacts(d)
	if got["Moses Kipsiro"] != "31|UGA|" || got["Elias Mutai"] != "24|KEN|" {
		t.Errorf("got %v, want Kipsiro 31 UGA and Mutai 24 KEN", got)
	}
}

func TestRepresentsAndTeamCountry(t *testing.T) {
	d := run(t, "Kate Rudd, who represents Bahrain, was sixth. Team GB's Laura Weightman was eighth. "+
		"Team Kenya's Paul Koech was ninth. Sam Hill, who runs for Mind, was tenth.")
	want := map[string]string{"Kate Rudd": "|BHR|", "Laura Weightman": "|GBR|", "Paul Koech": "|KEN|", "Sam Hill": "||"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestUSAbbreviatedBeforeARunner(t *testing.T) {
	d := run(t, "U.S. runner Kim Ode was sixth.")
	if got := personFacts(d)["Kim Ode"]; got != "|USA|" {
		t.Errorf("Kim Ode %q, want USA and no home town", got)
	}
}

func TestRegionalDemonymsOfEurope(t *testing.T) {
	d := run(t, "Catalan Marc Roig, 33, finished fourth. Sara Moreira beat Basque runner Elena Loyo. Sicilian Rosa Bruno was fifth.")
	want := map[string]string{"Marc Roig": "33|ESP|", "Elena Loyo": "|ESP|", "Rosa Bruno": "|ITA|"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestCountryBeforeATitleAndDemonymGroups(t *testing.T) {
	d := run(t, "Kenya's Olympic champion Faith Kip won. Ethiopia's world record holder Tigist Assefa was second. "+
		"Sifan Hassan, the Dutch Olympic champion, was third. Eliud Kip, Kenya's two-time Olympic champion, won the men's race. "+
		"Japanese runners Yuki Sato and Ken Mori finished sixth and seventh.")
	want := map[string]string{"Faith Kip": "|KEN|", "Tigist Assefa": "|ETH|", "Sifan Hassan": "|NLD|", "Eliud Kip": "|KEN|",
		"Yuki Sato": "|JPN|", "Ken Mori": "|JPN|"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	d = run(t, "Ethiopians Tola Bekele, Haile Gebre and Kenenisa Bok swept the podium.")
	if got, want := positions(d), "Haile Gebre=2 Kenenisa Bok=3 Tola Bekele=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestShortCountryNamesBeforeAPossessive(t *testing.T) {
	d := run(t, "NZ's Jake Rob was second. GB's Jo Pav was third.")
	got := personFacts(d)
	if got["Jake Rob"] != "|NZL|" || got["Jo Pav"] != "|GBR|" {
		t.Errorf("got %v, want NZL and GBR", got)
	}
}

func TestDemonymOneTwo(t *testing.T) {
	d := run(t, "Tamirat Tola of Ethiopia won. He crossed the line 68 seconds clear of defending champion Mosinet Geremew, who made it an Ethiopian one-two.")
	if got := personFacts(d)["Mosinet Geremew"]; got != "|ETH|" {
		t.Errorf("Geremew %q, want ETH", got)
	}
}

func TestPluralCompatriots(t *testing.T) {
	d := run(t, "Kenyan Amos Kip won, and compatriots Paul Rono and Ben Kiptoo were second and third.")
	got := personFacts(d)
	if got["Paul Rono"] != "|KEN|" || got["Ben Kiptoo"] != "|KEN|" {
		t.Errorf("got %v, want Rono and Kiptoo KEN", got)
	}
}
