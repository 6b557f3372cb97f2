package extract

import (
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// Capitalised phrases that are not people: brands and products, places
// and bodies named after people, places in slots the verbs make.

func orgNames(d *Doc) []string {
	return names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
}

func sortedPlaceNames(d *Doc) []string {
	return names(d.Record.Places, func(p schema.Place) string { return p.Name })
}

func TestBrandAndProductIsNoPerson(t *testing.T) {
	d := run(t, "Nike Vaporfly, Saucony Endorphin Pro and Hoka Rocket X flash at the start. "+
		"Half the field is posting to Strava. Jane Doe won in 33:41.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe" {
		t.Errorf("people = %q, want Jane Doe only", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Hoka|Nike|Saucony|Strava" {
		t.Errorf("organisations = %q", got)
	}
	if len(d.Record.Places) != 0 {
		t.Errorf("places = %q, want none", sortedPlaceNames(d))
	}
}

func TestHonorificInPlaceNamedAfterHolder(t *testing.T) {
	d := run(t, "Mackenzie spoke at the Queen Elizabeth Stadium. The medal was designed by pupils at Sir John Lawes School. "+
		"Sir Peter Hall said the race was a success.\n")
	if got := strings.Join(personNames(d), "|"); got != "Peter Hall" {
		t.Errorf("people = %q, want Peter Hall only", got)
	}
	if p := personNamed(d, "Peter Hall"); p == nil || len(p.Titles) != 1 || p.Titles[0] != "Sir" {
		t.Errorf("Peter Hall = %+v, want the title Sir", p)
	}
	if got := strings.Join(sortedPlaceNames(d), "|"); got != "Queen Elizabeth Stadium" {
		t.Errorf("places = %q", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Sir John Lawes School" {
		t.Errorf("organisations = %q", got)
	}
}

func TestBuildingHeadsAndPlaceVerbs(t *testing.T) {
	d := run(t, "The course climbs Ramsey Hill and finishes beside the Roy Wilkins Auditorium. "+
		"Thousands packed Verulamium Park. \"I waited until Causeway Bay,\" said Faith Chebet. "+
		"It crossed through the Cross-Harbour Tunnel. Tom Reed, a postman from London Colney, ran too.\n")
	if got := strings.Join(personNames(d), "|"); got != "Faith Chebet|Tom Reed" {
		t.Errorf("people = %q, want Faith Chebet and Tom Reed", got)
	}
	want := "Causeway Bay|Cross-Harbour Tunnel|London Colney|Ramsey Hill|Roy Wilkins Auditorium|Verulamium Park"
	if got := strings.Join(sortedPlaceNames(d), "|"); got != want {
		t.Errorf("places = %q, want %q", got, want)
	}
}

func TestTeamsAndGroupsByHead(t *testing.T) {
	d := run(t, "Whitfield, who trains with Hoka NAZ Elite, won. Brandvold, a Minnesota Distance Elite athlete, was second. "+
		"Volunteers from the 1st Harpenden Scouts marshalled. Leung trained at the Jockey Club Sports Medicine centre.\n")
	if len(d.Record.People) != 0 {
		t.Errorf("people = %q, want none", personNames(d))
	}
	got := strings.Join(orgNames(d), "|")
	for _, w := range []string{"Hoka NAZ Elite", "Minnesota Distance Elite", "Harpenden Scouts", "Jockey Club Sports Medicine"} {
		if !strings.Contains(got, w) {
			t.Errorf("organisations = %q, want %s", got, w)
		}
	}
}

func TestQuotedNicknameWithArticle(t *testing.T) {
	d := run(t, "Not everyone ran for a charity. Jonny \"the Jet\" Pryce, a 23-year-old student from Sandridge, ran the half in 1:18:30.\n")
	p := personNamed(d, "Jonny Pryce")
	if p == nil {
		t.Fatalf("people = %q, want Jonny Pryce", personNames(d))
	}
	if p.Age == nil || *p.Age != 23 {
		t.Errorf("age = %v, want 23", p.Age)
	}
}

func TestUsInCapitalHeadingIsNoPlace(t *testing.T) {
	d := run(t, "Jane Doe won the race.\n\nTHE REST OF US\n\nNot everyone was racing in the US.\n")
	if got := strings.Join(sortedPlaceNames(d), "|"); got != "US" {
		t.Errorf("places = %q, want the one US in the prose", got)
	}
	n := 0
	for _, e := range d.ents {
		if e.text(d) == "US" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("US mentions = %d, want 1", n)
	}
}

func TestTrophiesShowsAndCreditsAreNoPeople(t *testing.T) {
	d := run(t, "Jane Doe lifted the Bill Rodgers Trophy. Nurses from the Royal Marsden cheered her past Nelson's Column. "+
		"Doe appeared on Strictly Come Dancing and wrote Running Wild. Tom Fox, who hosts Channel 4's Escape to the Allotment, "+
		"started the race.\n\nPhoto: Mark Evans/Getty Images\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe|Mark Evans|Tom Fox" {
		t.Errorf("people = %q, want Jane Doe, Mark Evans and Tom Fox", got)
	}
	orgs := strings.Join(orgNames(d), "|")
	if !strings.Contains(orgs, "Channel 4") || !strings.Contains(orgs, "Royal Marsden") {
		t.Errorf("organisations = %q, want Channel 4 and Royal Marsden", orgs)
	}
	if got := strings.Join(sortedPlaceNames(d), "|"); got != "Nelson's Column" {
		t.Errorf("places = %q", got)
	}
}

func TestNicknamesGroupsAndHousesAreNoPeople(t *testing.T) {
	d := run(t, "Tom Fox, nicknamed \"The Flying Vet\", won. Photo credit: Race Organisers. The Mayo Clinic sent a team. "+
		"Jane Doe ran past the James J. Hill House. Ann Lee ran for the Mercy Hospital Foundation and Cork ARC Cancer Support House.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Lee|Jane Doe|Tom Fox" {
		t.Errorf("people = %q, want Ann Lee, Jane Doe and Tom Fox", got)
	}
	if got := strings.Join(sortedPlaceNames(d), "|"); got != "James J. Hill House" {
		t.Errorf("places = %q", got)
	}
	ch := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	if got := strings.Join(ch, "|"); got != "Cork ARC Cancer Support House|Mercy Hospital Foundation" {
		t.Errorf("charities = %q", got)
	}
}

func TestCompaniesAndLandmarksNamedLikePeople(t *testing.T) {
	d := run(t, "The runners passed the Cutty Sark and headed to Canary Wharf before Big Ben came into view. "+
		"Runners in Berlin pass the Brandenburg Gate. Mile End Road was closed. Goldman Sachs staff raised money, "+
		"and Morgan Stanley sponsored the race. Johnson & Johnson gave water. Tom Fox of Boston won.\n")
	if got := strings.Join(personNames(d), "|"); got != "Tom Fox" {
		t.Errorf("people = %q, want Tom Fox only", got)
	}
	orgs := strings.Join(orgNames(d), "|")
	if orgs != "Goldman Sachs|Johnson & Johnson|Morgan Stanley" {
		t.Errorf("organisations = %q", orgs)
	}
}

func TestShowsPapersBodiesAndRoyalPlaces(t *testing.T) {
	d := run(t, "The Good Morning America host ran. Sheffield Hallam runners cheered. London Marathon Events chief Hugh Brasher spoke. "+
		"Harry Potter star Tom Felton ran. Queen Elizabeth Olympic Park hosted the finish.\n")
	if got := strings.Join(personNames(d), "|"); got != "Hugh Brasher|Tom Felton" {
		t.Errorf("people = %q, want Hugh Brasher and Tom Felton", got)
	}
	if got := strings.Join(sortedPlaceNames(d), "|"); got != "Queen Elizabeth Olympic Park" {
		t.Errorf("places = %q", got)
	}
	orgs := strings.Join(orgNames(d), "|")
	if !strings.Contains(orgs, "London Marathon Events") || !strings.Contains(orgs, "Sheffield Hallam") {
		t.Errorf("organisations = %q", orgs)
	}
}

func TestHeadingsJobsAndAgenciesAreNoPeople(t *testing.T) {
	d := run(t, "Chebet storms to victory\n\nSports Desk | Staff Writer\n\nMass Start Heroes\n\nFaith Chebet won. "+
		"Race Organisers thanked the volunteers. Press Association Sport reported it. "+
		"Image credit: Tom Hill Photography. Sam Woods said it was hot.\n")
	if got := strings.Join(personNames(d), "|"); got != "Faith Chebet|Sam Woods" {
		t.Errorf("people = %q, want Faith Chebet and Sam Woods", got)
	}
	orgs := strings.Join(orgNames(d), "|")
	if !strings.Contains(orgs, "Tom Hill Photography") || !strings.Contains(orgs, "Press Association Sport") {
		t.Errorf("organisations = %q", orgs)
	}
}

func TestCostumesAndSpanishPlaceLeads(t *testing.T) {
	d := run(t, "Jane Doe dressed as Santa Claus. Sunita Mehra ran in a full Florence Nightingale costume. "+
		"Ann Lee of Santa Monica was third and Tom Fox, who moved to San Luis Obispo, fourth.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Lee|Jane Doe|Sunita Mehra|Tom Fox" {
		t.Errorf("people = %q", got)
	}
	if got := strings.Join(sortedPlaceNames(d), "|"); got != "San Luis Obispo|Santa Monica" {
		t.Errorf("places = %q", got)
	}
}

func TestTwoCharitiesJoinedAndClubBeforeRunner(t *testing.T) {
	d := run(t, "Many ran for Rennie Grove Peace and Isabel Hospice. Wendy Okonjo ran for Rennie Grove Peace. "+
		"Money also went to Moi Teaching and Referral Hospital. Harpenden Hawks runner Luke Fairbairn won.\n")
	ch := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	if got := strings.Join(ch, "|"); got != "Isabel Hospice|Moi Teaching and Referral Hospital|Rennie Grove Peace" {
		t.Errorf("charities = %q", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Harpenden Hawks" {
		t.Errorf("organisations = %q", got)
	}
}

func TestTrophyCupsAndOrdinalBodies(t *testing.T) {
	d := run(t, "The winners take home the Carl Lindqvist Cup, a dented silver bowl. Jane Doe lifted the Tom Fox Cup. "+
		"Kenya won the World Cup. Pastor Jim Lee ran with canned goods for Second Harvest Heartland. "+
		"Second Harvest Heartland thanked him.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe|Jim Lee" {
		t.Errorf("people = %q, want Jane Doe and Jim Lee", got)
	}
	ev := names(d.Record.Events, func(e schema.Event) string { return e.Name })
	if got := strings.Join(ev, "|"); got != "World Cup" {
		t.Errorf("events = %q, want World Cup only", got)
	}
	ch := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	if got := strings.Join(ch, "|"); got != "Second Harvest Heartland" {
		t.Errorf("charities = %q", got)
	}
	if len(d.Record.Organizations) != 0 {
		t.Errorf("organisations = %q, want none", orgNames(d))
	}
}

func TestCapitalisedDescriptorsAndGreetings(t *testing.T) {
	d := run(t, "Defending Champion Jim Lee was second. Local Hero Ann Cole was third.\n\nWell Done Everyone\n\n"+
		"Happy Birthday Mia. Merry Christmas from all of us.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Cole|Jim Lee" {
		t.Errorf("people = %q, want Ann Cole and Jim Lee", got)
	}
	if p := personNamed(d, "Jim Lee"); p == nil || !hasStr(p.Descriptors, "defending champion") {
		t.Errorf("Jim Lee = %+v, want the descriptor defending champion", p)
	}
}

func TestTeamsOfPluralAndCountedRaces(t *testing.T) {
	d := run(t, "Jane Doe of the Brooks Beasts won. Ann Cole, who runs for NN Running Team, was third. "+
		"Mia Hart ran the Comrades and the Two Oceans.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Cole|Jane Doe|Mia Hart" {
		t.Errorf("people = %q", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Brooks Beasts|NN Running Team" {
		t.Errorf("organisations = %q", got)
	}
	ev := names(d.Record.Events, func(e schema.Event) string { return e.Name })
	if !strings.Contains(strings.Join(ev, "|"), "Two Oceans") {
		t.Errorf("events = %q, want Two Oceans", ev)
	}
}

func TestStormsAndFiguresAreNoPeople(t *testing.T) {
	d := run(t, "Storm Ciaran forced the organisers to shorten the course. Hurricane Sandy cancelled the 2012 race. "+
		"Lady Luck deserted Tom Fox. He thanked God and Father Christmas. Jesus Alvarez won.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jesus Alvarez|Tom Fox" {
		t.Errorf("people = %q, want Jesus Alvarez and Tom Fox", got)
	}
}

func TestCommonWordNameBeforeSaid(t *testing.T) {
	d := run(t, "Mark Woods said it was hot. Race Organisers said thanks to all.\n")
	if got := strings.Join(personNames(d), "|"); got != "Mark Woods" {
		t.Errorf("people = %q, want Mark Woods only", got)
	}
}

func TestTriathlonPlacesBikesAndFeats(t *testing.T) {
	d := run(t, "In the Energy Lab she was alone, and Lucy Charles-Barclay won. She won Challenge Roth last year. "+
		"Her Specialized Shiv was fast. Afterwards she posted: \"Personal Best!\"\n")
	if got := strings.Join(personNames(d), "|"); got != "Lucy Charles-Barclay" {
		t.Errorf("people = %q, want Lucy Charles-Barclay only", got)
	}
	ev := names(d.Record.Events, func(e schema.Event) string { return e.Name })
	if got := strings.Join(ev, "|"); got != "Challenge Roth" {
		t.Errorf("events = %q", got)
	}
}

func TestBylinesInCapitals(t *testing.T) {
	d := run(t, "Tom Fox wins again\n\nBY SARAH JONES\nSports Reporter\n\nTom Fox won the race.\n\nPICTURE: TOM HILL\n"+
		"RESULTS BY ORGANISERS\n")
	if got := strings.Join(personNames(d), "|"); got != "Sarah Jones|Tom Fox|Tom Hill" {
		t.Errorf("people = %q, want Sarah Jones, Tom Fox and Tom Hill", got)
	}
}

func TestSponsorAfterItsNoun(t *testing.T) {
	d := run(t, "Runners got a bottle of water from the main sponsor, Ocado. Tom Fox won.\n")
	if got := strings.Join(orgNames(d), "|"); got != "Ocado" {
		t.Errorf("organisations = %q, want Ocado", got)
	}
}

func TestWhatAPersonIsOfAndEponymousCharities(t *testing.T) {
	d := run(t, "Money went to St Vincent de Paul and the Simon Community. Aoife Ryan, of Kilmacud Crokes, won. "+
		"Ann Lee of Dublin Hawks was second. Mary Byrne ran for the Jack and Jill Foundation.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Lee|Aoife Ryan|Mary Byrne" {
		t.Errorf("people = %q", got)
	}
	ch := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	if got := strings.Join(ch, "|"); got != "Jack and Jill Foundation|Simon Community|St Vincent de Paul" {
		t.Errorf("charities = %q", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Dublin Hawks" {
		t.Errorf("organisations = %q", got)
	}
}

func TestParksInitialsAndCompanyPrograms(t *testing.T) {
	d := run(t, "The John Hancock Elite Athlete program brought 40 runners. The B.A.A. said 30,000 ran. "+
		"Fenway Park was full. Local teacher Jenna Park raised $1,500. Grace Park, 34, won. Dr Sam Park spoke. "+
		"J.D. Alvarez was third.\n")
	if got := strings.Join(personNames(d), "|"); got != "Grace Park|J.D. Alvarez|Jenna Park|Sam Park" {
		t.Errorf("people = %q", got)
	}
	orgs := strings.Join(orgNames(d), "|")
	if !strings.Contains(orgs, "B.A.A.") || !strings.Contains(orgs, "John Hancock") {
		t.Errorf("organisations = %q", orgs)
	}
	if got := strings.Join(placeNames(d), "|"); got != "Fenway Park" {
		t.Errorf("places = %q", got)
	}
}

func TestPluralOccupationBeforeNames(t *testing.T) {
	d := run(t, "ABOVE: Winners Tom Fox and Jane Doe. Runners Ann Lee and Mia Hart finished together.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Lee|Jane Doe|Mia Hart|Tom Fox" {
		t.Errorf("people = %q", got)
	}
}

func TestTitleCaseHeadingsNameNoOne(t *testing.T) {
	d := run(t, "Kenyan Duo Dominate In Boston\n\nHow The Race Was Won\n\nEvans Chebet won the race.\n\nWho Is Tom Fox?\n\n"+
		"Tom Fox is a teacher.\n\nStrong Winds, Fast Times\n\nBig Names Missing\n\nMary Ann Woods\n\nMary Ann Woods was fourth.\n")
	if got := strings.Join(personNames(d), "|"); got != "Evans Chebet|Mary Ann Woods|Tom Fox" {
		t.Errorf("people = %q, want Evans Chebet, Mary Ann Woods and Tom Fox", got)
	}
}

func TestReportersWithTheirCities(t *testing.T) {
	d := run(t, "Jane Doe won.\n\n(Reporting by Grace Tsang in Hong Kong and Nick Mulvenney in Sydney; Editing by Toby Chopra)\n")
	if got := strings.Join(personNames(d), "|"); got != "Grace Tsang|Jane Doe|Nick Mulvenney|Toby Chopra" {
		t.Errorf("people = %q", got)
	}
}

func TestBrandNamedPeopleStayPeople(t *testing.T) {
	d := run(t, "Flora Smith won the race. Aviva Cohen, 34, was second. Tom Park, who coaches at the club, was third. "+
		"Nike Vaporfly shoes flashed past.\n")
	if got := strings.Join(personNames(d), "|"); got != "Aviva Cohen|Flora Smith|Tom Park" {
		t.Errorf("people = %q", got)
	}
}

func TestPeopleKeptNearTheNewRules(t *testing.T) {
	d := run(t, "Ann Lee of Tom Reed's group won, leaving Tom Hill trailing.\n\nSam Ray, Jack Stone, Will Bell\n\nTom Fox ran.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Lee|Jack Stone|Sam Ray|Tom Fox|Tom Hill|Tom Reed|Will Bell" {
		t.Errorf("people = %q", got)
	}
}

func TestDaysAppsAndBooksAreNoPeople(t *testing.T) {
	d := run(t, "Donations can be made on her Just Giving page. Tom Fox set up a Go Fund Me page. "+
		"It was held on Good Friday, and Bank Holiday Monday saw rain. On Father's Day, Jim Lee ran. "+
		"The Met Office warned of heat. Mia Hart read Harry Potter on the bus. Jason Day was fourth.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jason Day|Jim Lee|Mia Hart|Tom Fox" {
		t.Errorf("people = %q", got)
	}
}

func TestUnquotedNicknamesAreNoNewPeople(t *testing.T) {
	d := run(t, "Jane Doe, aka Speedy Gonzales, was second. Tom Fox, nicknamed the Silver Fox, won. A man called Jim Lee was third.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe|Jim Lee|Tom Fox" {
		t.Errorf("people = %q", got)
	}
}

func TestHillsClimbedAreNoPeople(t *testing.T) {
	d := run(t, "He ran up Ben Nevis in record time. Tom Fox climbed Cat Bells and she raced up Great Gable. He beat Ben Jones.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ben Jones|Tom Fox" {
		t.Errorf("people = %q", got)
	}
	if got := strings.Join(placeNames(d), "|"); got != "Ben Nevis|Cat Bells|Great Gable" {
		t.Errorf("places = %q", got)
	}
}

func TestWhatAPersonIsOfTheIsABody(t *testing.T) {
	d := run(t, "Jake Riley of the Hansons-Brooks Original Distance Project finished. "+
		"Sam Chelanga of the Army World Class Athlete Program was tenth. Ann Lee of the Netherlands won.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann Lee|Jake Riley|Sam Chelanga" {
		t.Errorf("people = %q", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Army World Class Athlete Program|Hansons-Brooks Original Distance Project" {
		t.Errorf("organisations = %q", got)
	}
}

func TestCompanySurnamesStayPeople(t *testing.T) {
	d := run(t, "Ann McDonald won the race. McDonald said it was hard. Staff from John Deere ran. Dick's Sporting Goods gave shoes. "+
		"Edward Jones was third.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ann McDonald|Edward Jones" {
		t.Errorf("people = %q", got)
	}
	if got := strings.Join(orgNames(d), "|"); got != "Dick's Sporting Goods|John Deere" {
		t.Errorf("organisations = %q", got)
	}
}

func TestUntilBeforeAClauseIsAPerson(t *testing.T) {
	d := run(t, "She led until Sara Hall caught her. \"Wait until Causeway Bay,\" her coach told Faith Chebet.\n")
	if got := strings.Join(personNames(d), "|"); got != "Faith Chebet|Sara Hall" {
		t.Errorf("people = %q", got)
	}
}

func TestStreetsNamedAfterRoyaltyAtSentenceStart(t *testing.T) {
	d := run(t, "King William Street was closed for the race. Runners turned into King William Street again.\n")
	if len(d.Record.People) != 0 {
		t.Errorf("people = %q, want none", personNames(d))
	}
	if got := strings.Join(placeNames(d), "|"); got != "King William Street" {
		t.Errorf("places = %q", got)
	}
}
