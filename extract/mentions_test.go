package extract

import (
	"sort"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// run extracts text and returns the doc after every stage.
func run(t *testing.T, text string) *Doc {
	t.Helper()
	p := Default()
	d := &Doc{Text: text, Record: schema.New()}
	for _, s := range stages {
		s(p, d)
	}
	return d
}

func names[T any](list []T, name func(T) string) []string {
	var out []string
	for _, x := range list {
		out = append(out, name(x))
	}
	sort.Strings(out)
	return out
}

func personNames(d *Doc) []string {
	return names(d.Record.People, func(p schema.Person) string { return p.Name })
}

func personNamed(d *Doc, name string) *schema.Person {
	for i := range d.Record.People {
		if d.Record.People[i].Name == name {
			return &d.Record.People[i]
		}
	}
	return nil
}

func TestPeopleTitlesAndAliases(t *testing.T) {
	d := run(t, "Lance Bombardier Owen Tegg said he would need \"total focus\" to finish.\n"+
		"L/Bdr Tegg, from Colchester, lost his sight in 2019. Briton Ffion Rees won the women's race. "+
		"Rees, 29, said: \"Someone told me I could do it.\"\n")
	got := personNames(d)
	if strings.Join(got, "|") != "Ffion Rees|Owen Tegg" {
		t.Fatalf("people = %q, want Ffion Rees and Owen Tegg", got)
	}
	tegg := personNamed(d, "Owen Tegg")
	if len(tegg.Titles) != 1 || tegg.Titles[0] != "Lance Bombardier" {
		t.Errorf("titles = %q", tegg.Titles)
	}
	if !hasStr(tegg.Aliases, "L/Bdr Tegg") || !hasStr(tegg.Aliases, "Tegg") {
		t.Errorf("aliases = %q, want L/Bdr Tegg and Tegg", tegg.Aliases)
	}
	if len(tegg.Mentions) != 2 {
		t.Errorf("Tegg mentions = %v, want 2", tegg.Mentions)
	}
	// The demonym is a NORP mention, not part of the name.
	found := false
	for _, m := range d.Mentions {
		if m.Text == "Briton" && m.Label == schema.LabelNORP {
			found = true
		}
	}
	if !found {
		t.Errorf("no NORP mention for Briton in %v", d.Mentions)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if strings.Join(places, "|") != "Colchester" {
		t.Errorf("places = %q, want Colchester", places)
	}
}

func TestSharedSurnameAndPair(t *testing.T) {
	d := run(t, "Brothers Alun and Gethin Morgan, from Swansea, ran in matching costumes. "+
		"The pair hope to raise £3,000 for Mind.\n")
	got := personNames(d)
	if strings.Join(got, "|") != "Alun Morgan|Gethin Morgan" {
		t.Fatalf("people = %q", got)
	}
	i := strings.Index(d.Text, "The pair")
	if ind := d.IndividualAt(i, i+8); ind == nil {
		t.Error("'The pair' refers to nobody")
	}
	if len(d.Record.Charities) != 1 || d.Record.Charities[0].Name != "Mind" {
		t.Errorf("charities = %+v", d.Record.Charities)
	}
}

func TestEventsSponsorAndEdition(t *testing.T) {
	d := run(t, "Thousands ran the 41st Virgin Money London Marathon on Sunday. "+
		"Amina Yusuf of Ethiopia won the London Marathon women's race in 2:19:02.\n"+
		"She also won the Berlin Marathon, which celebrates its 50th running next year.\n")
	evs := map[string]schema.Event{}
	for _, e := range d.Record.Events {
		evs[e.Name] = e
	}
	lm, ok := evs["London Marathon"]
	if !ok || len(evs) != 2 {
		t.Fatalf("events = %+v", d.Record.Events)
	}
	if lm.Edition == nil || *lm.Edition != 41 {
		t.Errorf("London edition = %v, want 41", lm.Edition)
	}
	if !hasStr(lm.Aliases, "Virgin Money London Marathon") {
		t.Errorf("aliases = %q", lm.Aliases)
	}
	if b := evs["Berlin Marathon"]; b.Edition == nil || *b.Edition != 50 {
		t.Errorf("Berlin edition = %v, want 50", b.Edition)
	}
	if strings.Join(personNames(d), "|") != "Amina Yusuf" {
		t.Errorf("people = %q", personNames(d))
	}
}

func TestCharitiesClubsPlaces(t *testing.T) {
	d := run(t, "Kenya's Peter Kimani (Ealing Eagles) won, ahead of Jo Platt of Kendal AC. "+
		"Platt is running in aid of Hollybank Hospice, the charity that cared for her father.\n")
	if strings.Join(personNames(d), "|") != "Jo Platt|Peter Kimani" {
		t.Errorf("people = %q", personNames(d))
	}
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	if strings.Join(orgs, "|") != "Ealing Eagles|Kendal AC" {
		t.Errorf("organizations = %q", orgs)
	}
	ch := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	if strings.Join(ch, "|") != "Hollybank Hospice" {
		t.Errorf("charities = %q", ch)
	}
	pl := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if strings.Join(pl, "|") != "Kenya" {
		t.Errorf("places = %q", pl)
	}
}

func TestHeadlineOnlyRepeatsBody(t *testing.T) {
	d := run(t, "Quick Fox Stuns Field At Riverside 10K\n\nLocal teacher Maria Costa won the Riverside 10K on Saturday. "+
		"Costa, 34, said the wind was brutal.\n")
	if strings.Join(personNames(d), "|") != "Maria Costa" {
		t.Errorf("people = %q", personNames(d))
	}
	if len(d.Record.Events) != 1 || d.Record.Events[0].Name != "Riverside 10K" {
		t.Errorf("events = %+v", d.Record.Events)
	}
}

func TestAgeCoreference(t *testing.T) {
	d := run(t, "Tomas Lindgren won in 2:09:14. The 31-year-old said it was his best day.\n")
	i := strings.Index(d.Text, "The 31-year-old")
	ind := d.IndividualAt(i, i+len("The 31-year-old"))
	if ind == nil || ind.Name != "Tomas Lindgren" {
		t.Errorf("'The 31-year-old' = %v, want Tomas Lindgren", ind)
	}
}

func TestSurnameFirstRow(t *testing.T) {
	if got := personFromRow("OKORO Daniel"); got != "Daniel Okoro" {
		t.Errorf("personFromRow = %q", got)
	}
	if got := personFromRow("Daniel Okoro"); got != "Daniel Okoro" {
		t.Errorf("personFromRow = %q", got)
	}
}

func TestOrdinal(t *testing.T) {
	for s, want := range map[string]int{"32nd": 32, "fifth": 5, "Twenty-first": 21, "1st": 1, "second-place": 0, "32": 0, "nd": 0} {
		if got := ordinal(s); got != want {
			t.Errorf("ordinal(%q) = %d, want %d", s, got, want)
		}
	}
}

func hasStr(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestOfficesBeforeNames(t *testing.T) {
	d := run(t, "Leaders ran too\n\nKiambu Governor James Wanyoike started the race. Nairobi MCA Peter Kamau ran, "+
		"and MCA Tom Mwangi walked. Watch Manager Gary Doyle wore full kit. Pastor John Okello prayed. "+
		"Labour Councillor Jane Moss cheered. Mark Johnson of Leeds won the race.\n")
	want := "Gary Doyle|James Wanyoike|Jane Moss|John Okello|Mark Johnson|Peter Kamau|Tom Mwangi"
	if got := strings.Join(personNames(d), "|"); got != want {
		t.Fatalf("people = %q, want %q", got, want)
	}
	for name, title := range map[string]string{"James Wanyoike": "Governor", "Peter Kamau": "MCA", "Tom Mwangi": "MCA",
		"Gary Doyle": "Watch Manager", "John Okello": "Pastor", "Jane Moss": "Councillor"} {
		if p := personNamed(d, name); !hasStr(p.Titles, title) {
			t.Errorf("%s titles = %q, want %s", name, p.Titles, title)
		}
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if !hasStr(places, "Kiambu") || !hasStr(places, "Leeds") || hasStr(places, "Labour") {
		t.Errorf("places = %q, want Kiambu and Leeds, not Labour", places)
	}
}

func TestPlacesWherePlacesStand(t *testing.T) {
	d := run(t, "Lakeshore run\n\nThe race started at Grand Bend. Kate Munro from Salt Spring was second. "+
		"Runners came from Swift Current, Red Deer and Medicine Hat. Tom Reeve said he had a dig at Glen Ross, "+
		"and a message from Jane Doe arrived.\n")
	if got := strings.Join(personNames(d), "|"); got != "Glen Ross|Jane Doe|Kate Munro|Tom Reeve" {
		t.Errorf("people = %q", got)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if got := strings.Join(places, "|"); got != "Grand Bend|Medicine Hat|Red Deer|Salt Spring|Swift Current" {
		t.Errorf("places = %q", got)
	}
}

func TestWholeOrganisationNames(t *testing.T) {
	d := run(t, "Charity round-up\n\nJill Barnes ran for the Ronald McDonald House Charities of Alberta. "+
		"Amy Ho raised £900 for the Great North Air Ambulance Service. "+
		"The Rotary Club of Kingston Cataraqui helped at water stations. "+
		"Nurses from the Moi Teaching and Referral Hospital cheered Mary Oloo. Lisa Grant of the Kingston Fire Department "+
		"raised $4,200 for the Children's Wish Foundation of Canada.\n")
	charities := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	for _, want := range []string{"Ronald McDonald House Charities of Alberta", "Great North Air Ambulance Service", "Children's Wish Foundation of Canada"} {
		if !hasStr(charities, want) {
			t.Errorf("charities = %q, want %s", charities, want)
		}
	}
	for _, want := range []string{"Rotary Club of Kingston Cataraqui", "Moi Teaching and Referral Hospital", "Kingston Fire Department"} {
		if !hasStr(orgs, want) {
			t.Errorf("organisations = %q, want %s", orgs, want)
		}
	}
	if got := strings.Join(personNames(d), "|"); got != "Amy Ho|Jill Barnes|Lisa Grant|Mary Oloo" {
		t.Errorf("people = %q", got)
	}
}

func TestOfficeOfPlaceAndFormerDemonym(t *testing.T) {
	d := run(t, "Dignitaries\n\nMayor of Ottawa Jim Wheaton attended. Nyeri Woman Rep Jane Wacera cheered. "+
		"Former Kenyan international Paul Tergat spoke.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Wacera|Jim Wheaton|Paul Tergat" {
		t.Fatalf("people = %q", got)
	}
	if p := personNamed(d, "Jim Wheaton"); !hasStr(p.Titles, "Mayor") {
		t.Errorf("Jim Wheaton titles = %q", p.Titles)
	}
	if p := personNamed(d, "Paul Tergat"); p.Nationality == nil || *p.Nationality != "KEN" {
		t.Errorf("Paul Tergat nationality = %v, want KEN", p.Nationality)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if got := strings.Join(places, "|"); got != "Nyeri|Ottawa" {
		t.Errorf("places = %q", got)
	}
}

func TestRowHometownsAndSaintDatelines(t *testing.T) {
	d := run(t, "ST. CATHARINES, Ont. — Jane Doe, of Mount Pearl, N.L., won.\n\n"+
		"Results: 1. Jane Doe, Mount Pearl, 1:21:10; 2. Rob Tate, Thunder Bay, 1:22:40.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe|Rob Tate" {
		t.Errorf("people = %q", got)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	for _, want := range []string{"St. Catharines", "Newfoundland and Labrador", "Thunder Bay", "Mount Pearl"} {
		if !hasStr(places, want) {
			t.Errorf("places = %q, want %s", places, want)
		}
	}
}

func TestOfTheAndPossessivePlaces(t *testing.T) {
	d := run(t, "Jamaica notes\n\nSt Ann's Bay resident Dwayne Morrison ran. Dr. Alfred Dawes, a surgeon at the University "+
		"Hospital of the West Indies, ran too. The Negril Chamber of Commerce sponsored water.\n")
	if got := strings.Join(personNames(d), "|"); got != "Alfred Dawes|Dwayne Morrison" {
		t.Errorf("people = %q", got)
	}
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	if got := strings.Join(orgs, "|"); got != "Negril Chamber of Commerce|University Hospital of the West Indies" {
		t.Errorf("organisations = %q", got)
	}
	if p := personNamed(d, "Dwayne Morrison"); p.Hometown == nil || *p.Hometown != "St Ann's Bay" {
		t.Errorf("Dwayne Morrison hometown = %v", p.Hometown)
	}
}

func TestInitialsAndCountyOffices(t *testing.T) {
	d := run(t, "Notes\n\nJ.R. Smith won. Barnstable County Sheriff James Cummings fired the gun.\n")
	if got := strings.Join(personNames(d), "|"); got != "J.R. Smith|James Cummings" {
		t.Errorf("people = %q", got)
	}
}

func TestOrdinalOfWinsIsNoEdition(t *testing.T) {
	d := run(t, "Norway's Ingrid Solberg won in 3:56.30, her country's first Diamond League victory. The 32nd London Marathon was held. It was his first London Marathon.")
	for _, e := range d.Record.Events {
		if e.Name == "Diamond League" && e.Edition != nil {
			t.Errorf("Diamond League edition %d, want none", *e.Edition)
		}
		if e.Name == "London Marathon" && (e.Edition == nil || *e.Edition != 32) {
			t.Errorf("London Marathon edition %v, want 32", e.Edition)
		}
	}
}

func TestPlacePortfolioAndOffice(t *testing.T) {
	d := run(t, "The race was flagged off by Telangana Sports Minister K. Venkatesh Goud.")
	if got := personNames(d); len(got) != 1 || got[0] != "K. Venkatesh Goud" {
		t.Errorf("people %v, want K. Venkatesh Goud", got)
	}
	if labelOf(d, "Telangana") != "GPE" {
		t.Errorf("Telangana labelled %q, want a place", labelOf(d, "Telangana"))
	}
}

func TestRunnersSocietyIsAClub(t *testing.T) {
	d := run(t, "More than 22,000 runners took part, according to the organisers, Hyderabad Runners Society. Jo Bell ran for the Alzheimer Society.")
	if labelOf(d, "Hyderabad Runners Society") != "ORG" || labelOf(d, "Alzheimer Society") != "CHARITY" {
		t.Errorf("labels %q and %q, want ORG and CHARITY", labelOf(d, "Hyderabad Runners Society"), labelOf(d, "Alzheimer Society"))
	}
}

func TestRivalsWithPlaceHeadSurnames(t *testing.T) {
	d := run(t, "Results day\n\nJoe Bates finished ahead of Amy Park. Kim Ode won the race from Sara Green. Ann Kip pulled away from Joe Hill. "+
		"The finish was in Victoria Park.")
	for _, n := range []string{"Amy Park", "Sara Green", "Joe Hill"} {
		if labelOf(d, n) != "PERSON" {
			t.Errorf("%s labelled %q, want a person", n, labelOf(d, n))
		}
	}
	if labelOf(d, "Victoria Park") == "PERSON" {
		t.Errorf("Victoria Park labelled a person")
	}
}
