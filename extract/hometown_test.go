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

func TestStudentFromAndBracketedAgeOf(t *testing.T) {
	d := run(t, "Jyoti Pawar (27) of Nashik won. Sangeeta Murmu, aged 22, is a student from Ranchi. "+
		"Sunil Yadav was sixth. The 29-year-old native of Rewari was pleased.")
	want := map[string]string{"Jyoti Pawar": "27||Nashik", "Sangeeta Murmu": "22||Ranchi", "Sunil Yadav": "29||Rewari"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	for _, town := range []string{"Nashik", "Ranchi", "Rewari"} {
		if labelOf(d, town) != "GPE" {
			t.Errorf("%s labelled %q, want a place", town, labelOf(d, town))
		}
	}
}

func TestAgeAndTownInBrackets(t *testing.T) {
	d := run(t, "Ben Ode (33, Leeds) was ninth. Kim Ode (41, Kenya) was 11th.")
	got := personFacts(d)
	if got["Ben Ode"] != "33||Leeds" || got["Kim Ode"] != "41|KEN|" {
		t.Errorf("got %v, want Ben Ode 33 from Leeds and Kim Ode 41 KEN", got)
	}
}

func TestLettersBeforeAPossessiveAreNoTown(t *testing.T) {
	d := run(t, "Tanui won ahead of KDF's Nicholas Kimeli. UK's Jo Bell was fourth.")
	got := personFacts(d)
	if got["Nicholas Kimeli"] != "||" || got["Jo Bell"] != "|GBR|" {
		t.Errorf("got %v, want no town for Kimeli and GBR for Bell", got)
	}
}

func TestDescriptionOpeningASentenceIsTheFocus(t *testing.T) {
	d := run(t, "Erik Lindqvist won the title. The Nebraska junior from Lincoln led from the first mile. Sam Hill was second.")
	got := personFacts(d)
	if got["Erik Lindqvist"] != "||Lincoln" || got["Sam Hill"] != "||" {
		t.Errorf("got %v, want Lindqvist from Lincoln", got)
	}
	d = run(t, "Wilson Kipsang of Kenya won the men's race. The reigning Frankfurt Marathon champion beat compatriot Martin Lel into second.")
	if got := personFacts(d)["Martin Lel"]; got != "|KEN|" {
		t.Errorf("Martin Lel %q, want KEN", got)
	}
}

func TestSurnameThatIsAHeadBeforeOf(t *testing.T) {
	d := run(t, "Results day\n\nSara Hall of Flagstaff, Arizona, won the race. Tom King of Leeds was second. "+
		"The Rotary Club of Newport staffed the water stations.")
	got := personFacts(d)
	if got["Sara Hall"] != "||Flagstaff" || got["Tom King"] != "||Leeds" {
		t.Errorf("got %v, want Sara Hall from Flagstaff and Tom King from Leeds", got)
	}
	if labelOf(d, "Rotary Club of Newport") != "ORG" {
		t.Errorf("Rotary Club of Newport labelled %q", labelOf(d, "Rotary Club of Newport"))
	}
}

func TestTownInANamedRegion(t *testing.T) {
	d := run(t, "Kavita Negi was second. Negi hails from Uttarakhand's Chamoli district.")
	if got := personFacts(d)["Kavita Negi"]; got != "||Chamoli" {
		t.Errorf("Kavita Negi %q, want from Chamoli", got)
	}
}

func TestUSHometownForms(t *testing.T) {
	d := run(t, "Results day\n\nSara Kimani (Boulder, Colo.) won in 2:31:00. Jo Bates, a Flagstaff, Arizona, native, was second. "+
		"Amy Ode, who calls Eugene home, was third.")
	want := map[string]string{"Sara Kimani": "||Boulder", "Jo Bates": "||Flagstaff", "Amy Ode": "||Eugene"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestDistrictOfANamedRegionIsAPlace(t *testing.T) {
	d := run(t, "Negi hails from Uttarakhand's Chamoli district.")
	if labelOf(d, "Chamoli") != "GPE" {
		t.Errorf("Chamoli labelled %q, want a place", labelOf(d, "Chamoli"))
	}
}

func TestParentOfChildrenFrom(t *testing.T) {
	d := run(t, "Daniel Mutai won. \"I prepared well,\" said Mutai, a father of two from Nandi County.")
	if got := personFacts(d)["Daniel Mutai"]; got != "||Nandi County" {
		t.Errorf("Mutai %q, want from Nandi County", got)
	}
}

func TestDistrictPossessiveBeforeARunner(t *testing.T) {
	d := run(t, "Several Ugandan athletes ran. Sebei district's Stella Cherop, 22, was sixth.")
	if got := personFacts(d)["Stella Cherop"]; got != "22||Sebei" {
		t.Errorf("Cherop %q, want 22 from Sebei", got)
	}
	if labelOf(d, "Sebei") != "GPE" {
		t.Errorf("Sebei labelled %q", labelOf(d, "Sebei"))
	}
}

func TestSaintsSchoolIsNoHomeTown(t *testing.T) {
	d := run(t, "Runners gathered in Iten. The juniors' race was won by 17-year-old Brian Kipsang of St Patrick's Iten in 14:12. The finish was at St John's Wood.")
	if got := personFacts(d)["Brian Kipsang"]; got != "17||" {
		t.Errorf("Kipsang %q, want 17 and no home town", got)
	}
	if labelOf(d, "St John's Wood") != "GPE" {
		t.Errorf("St John's Wood labelled %q", labelOf(d, "St John's Wood"))
	}
}

func TestPluralPossessivePlace(t *testing.T) {
	d := run(t, "St Helens' Amy Ode won. The Huskers' Hannah Voss was fifth.")
	got := personFacts(d)
	if got["Amy Ode"] != "||St Helens" || got["Hannah Voss"] != "||" {
		t.Errorf("got %v, want Ode from St Helens and no town for Voss", got)
	}
}
