package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"
)

// Small texts for the shapes of unseen reports that the accuracy work
// fixed, one test per shape; each checks the facts by hand.

// fundLines writes a record's fundraising entries one per line:
// "person|charity-or-cause|amount currency status".
func fundLines(d *Doc) string {
	var out []string
	for _, f := range d.Record.Fundraising {
		s := strOf(f.Person) + "|" + strOf(f.Charity) + strOf(f.Cause) + "|"
		if f.Amount != nil {
			s += fmt.Sprintf("%g %s %s", f.Amount.Value, f.Amount.Currency, strOf(f.Status))
		}
		out = append(out, s)
	}
	sort.Strings(out)
	return strings.Join(out, "\n")
}

func TestProfileBlocks(t *testing.T) {
	text := "Meet the runners\n\nThis year's official charity is Shelter.\n\n" +
		"Gareth Pryce, 52, Caerphilly\nTarget: £1,000 | Raised so far: £740\nThe postman is running his first marathon.\n\n" +
		"Lowri Evans (31), Barry, Vale of Glamorgan\nTarget: £500 | Raised so far: £615\nShe is running for Mind in memory of her aunt.\n"
	d := run(t, text)
	want := strings.Join([]string{
		"Gareth Pryce|Shelter|1000 GBP target",
		"Gareth Pryce|Shelter|740 GBP raised",
		"Lowri Evans|Mind|500 GBP target",
		"Lowri Evans|Mind|615 GBP raised",
	}, "\n")
	if got := fundLines(d); got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
	towns := map[string]string{}
	for _, p := range d.Record.People {
		towns[p.Name] = strOf(p.Hometown)
	}
	if towns["Gareth Pryce"] != "Caerphilly" || towns["Lowri Evans"] != "Barry" {
		t.Errorf("home towns %v, want Caerphilly and Barry", towns)
	}
	if labelOf(d, "Barry") != "GPE" || labelOf(d, "Caerphilly") != "GPE" {
		t.Errorf("header places not places: %v", d.Mentions)
	}
}

func TestOneNameLineIsNoProfile(t *testing.T) {
	// A single name on a line (a byline) does not make the sums after it
	// that person's.
	d := run(t, "Hospice run raises thousands\n\nAnna Price\n\nTarget: £5,000 was passed on Sunday by the hospice's runners.\n")
	for _, f := range d.Record.Fundraising {
		if f.Person != nil {
			t.Errorf("sum given to %s: %s", *f.Person, fundLines(d))
		}
	}
}

func TestHopedAndPastTimesAreNoResults(t *testing.T) {
	d := run(t, "Declan Moore hopes to finish in under four hours. "+
		"Aoife Brennan ran 2:58:40 in Dublin last October. Sam Hale finished in 3:10:02, ten minutes faster than last year.")
	var got []string
	for _, r := range d.Record.Results {
		got = append(got, strOf(r.Person))
	}
	if strings.Join(got, ",") != "Sam Hale" {
		t.Errorf("results for %v, want only Sam Hale", got)
	}
}

// personFacts writes each person's age, nationality and home town.
func personFacts(d *Doc) map[string]string {
	out := map[string]string{}
	for _, p := range d.Record.People {
		age := ""
		if p.Age != nil {
			age = fmt.Sprint(*p.Age)
		}
		out[p.Name] = age + "|" + strOf(p.Nationality) + "|" + strOf(p.Hometown)
	}
	return out
}

// positions writes each result as "person=position".
func positions(d *Doc) string {
	var out []string
	for _, r := range d.Record.Results {
		pos := 0
		if r.Position != nil {
			pos = *r.Position
		}
		out = append(out, fmt.Sprintf("%s=%d", strOf(r.Person), pos))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestAgesInVerbForms(t *testing.T) {
	d := run(t, "The winner was 26, but the cheer was for Margaret Ellery.\n\n"+
		"Ellery is 74 and took up running late. The race went to Jordan Pike, who is 26, in 1:08:55. "+
		"At 19, Ella Barrett won the women's race. She had run since she was 11. "+
		"Harry Lowe turned 60 on Saturday. Gwen Tait, at 68 the oldest woman in the race, ran 1:49:11.")
	want := map[string]string{
		"Margaret Ellery": "74||", "Jordan Pike": "26||", "Ella Barrett": "19||", "Harry Lowe": "60||", "Gwen Tait": "68||",
	}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestRegionalDemonymAndLivesIn(t *testing.T) {
	d := run(t, "Queenslander Rhys Calder was third. \"It hurt,\" said Margaret Ellery, who lives in Tewantin.")
	got := personFacts(d)
	if got["Rhys Calder"] != "|AUS|" || got["Margaret Ellery"] != "||Tewantin" {
		t.Errorf("got %v, want Calder AUS and Ellery from Tewantin", got)
	}
}

func TestImpliedRunnerUp(t *testing.T) {
	d := run(t, "The men's race went to Brisbane's Jordan Pike in 1:08:55. He was 47 seconds clear of Toby Nakamura, "+
		"with Rhys Calder third. Ruth Okafor won the women's race in 32:05, 41 seconds clear of Emma Lowe.")
	if got, want := positions(d), "Emma Lowe=2 Jordan Pike=1 Rhys Calder=3 Ruth Okafor=1 Toby Nakamura=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	// A runner the text places elsewhere keeps that placing only.
	d = run(t, "Ruth Okafor won in 32:05, well clear of Emma Lowe. Lowe faded to fifth.")
	if got, want := positions(d), "Emma Lowe=5 Ruth Okafor=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	// Not the winner: nothing is implied.
	d = run(t, "Sam Hale was ninth, ahead of Emma Lowe.")
	if got, want := positions(d), "Sam Hale=9"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestHometownShapes(t *testing.T) {
	d := run(t, "Bakewell's own Jenny Slater won. The men's race was won by Declan Farrell, an Irishman from Sligo, in 31:20. "+
		"Ashbourne stonemason Luke Bagshaw was second.")
	got := personFacts(d)
	want := map[string]string{"Jenny Slater": "||Bakewell", "Declan Farrell": "|IRL|Sligo", "Luke Bagshaw": "||Ashbourne"}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q", name, got[name], w)
		}
	}
	if labelOf(d, "Bakewell") != "GPE" {
		t.Errorf("Bakewell not a place: %v", d.Mentions)
	}
}

func TestCharityShapesInContext(t *testing.T) {
	d := run(t, "Dan Cho raised £450 for Maggie's, which helped his mother, while Tom Lee ran for Headway. "+
		"Priya Shah ran for the Alzheimer's Association. The race's official charity, Mencap, got £900. Sam Hale runs for Harrow AC.")
	for name, label := range map[string]string{"Maggie's": "CHARITY", "Headway": "CHARITY", "Alzheimer's Association": "CHARITY",
		"Mencap": "CHARITY", "Harrow AC": "ORG"} {
		if got := labelOf(d, name); got != label {
			t.Errorf("%s labelled %q, want %q (%v)", name, got, label, d.Mentions)
		}
	}
}

func TestTimeBeforeToBeat(t *testing.T) {
	d := run(t, "Jenny Slater won the race in 35:48 to beat Kate Riley by 22 seconds.")
	for _, r := range d.Record.Results {
		if strOf(r.Person) == "Jenny Slater" && (r.Time == nil || r.Time.Seconds != 2148) {
			t.Errorf("Slater's time %v, want 35:48", r.Time)
		}
	}
}

func TestDemonymAppositionNamesNewPerson(t *testing.T) {
	d := run(t, "Dan Moss was second. The Kenyan policeman Elias Mutai (29) was fourth. "+
		"Kirsty Hale won; she trains with her partner, the Scottish fell runner Iain Ross.")
	got := personFacts(d)
	want := map[string]string{"Dan Moss": "||", "Elias Mutai": "29|KEN|", "Kirsty Hale": "||", "Iain Ross": "|GBR|"}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestEventTotalsInPassiveAndHeadline(t *testing.T) {
	d := run(t, "Kerr edges Ribble Valley Half as £31,000 raised\n\nTom Kerr won the race. "+
		"Overall, £31,000 was raised for Rosemere Cancer Foundation. A further £2,500 was collected for the air ambulance by marshals. "+
		"Ian Brindle raised £1,200 for cancer research. Organisers raised £3m for good causes.")
	want := strings.Join([]string{
		"Ian Brindle|cancer research|1200 GBP raised",
		"|Rosemere Cancer Foundation|31000 GBP raised",
		"|the air ambulance|2500 GBP raised",
		"||3e+06 GBP raised",
	}, "\n")
	lines := strings.Split(want, "\n")
	sort.Strings(lines)
	if got := fundLines(d); got != strings.Join(lines, "\n") {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, strings.Join(lines, "\n"))
	}
}

func TestRomanceArticlePlaces(t *testing.T) {
	wantLabels(t, "He trained in Les Houches and raced at La Plagne, then ran with Les Dennis.", map[string]string{
		"Les Houches": "GPE", "La Plagne": "GPE", "Les Dennis": "PERSON"})
}

func TestLabelledProfiles(t *testing.T) {
	text := "The people behind the numbers\n\nThousands will run on Sunday.\n\n" +
		"Niamh Doyle\nAge: 34 | From: Mullingar, Co Westmeath | Running for: Pieta House\nTarget: €2,000 | Raised: €2,450\nNiamh started running in lockdown.\n\n" +
		"Conor Walsh, 41, from Tralee\nCharity: Irish Heart Foundation\nGoal: €5,000. So far: €3,100.\nConor had a heart attack.\n"
	d := run(t, text)
	want := strings.Join([]string{
		"Conor Walsh|Irish Heart Foundation|3100 EUR raised",
		"Conor Walsh|Irish Heart Foundation|5000 EUR target",
		"Niamh Doyle|Pieta House|2000 EUR target",
		"Niamh Doyle|Pieta House|2450 EUR raised",
	}, "\n")
	if got := fundLines(d); got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
	got := personFacts(d)
	if got["Niamh Doyle"] != "34||Mullingar" || got["Conor Walsh"] != "41||Tralee" {
		t.Errorf("people %v", got)
	}
	if labelOf(d, "Mullingar") != "GPE" || labelOf(d, "Pieta House") != "CHARITY" {
		t.Errorf("mentions %v", d.Mentions)
	}
}

func TestSchoolTeamsAndTable(t *testing.T) {
	d := run(t, "Junior Sofia Alvarez of Westside won the girls' race in 18:31, clear of Papillion-La Vista South's Grace Hoffman. "+
		"Westside senior Daniel Kim won the boys' race, holding off Millard North's Marcus Bell. "+
		"Kim said the win was \"for the whole team.\"\n\n"+
		"Pl | Name | Yr | School | Time\n1 | Sofia Alvarez | 11 | Westside | 18:31\n2 | Grace Hoffman | 12 | Papillion-La Vista South | 18:42\n\n"+
		"Pl | Name | Yr | School | Time\n1 | Daniel Kim | 12 | Westside | 15:58\n2 | Marcus Bell | 12 | Millard North | 16:03\n")
	var people []string
	for _, p := range d.Record.People {
		people = append(people, p.Name)
		if p.Hometown != nil || p.Age != nil {
			t.Errorf("%s: home town %v, age %v; want none (schools and school years)", p.Name, strOf(p.Hometown), p.Age)
		}
	}
	sort.Strings(people)
	if got, want := strings.Join(people, ", "), "Daniel Kim, Grace Hoffman, Marcus Bell, Sofia Alvarez"; got != want {
		t.Errorf("people %q, want %q", got, want)
	}
	for _, o := range d.Record.Organizations {
		if k := strOf(o.Kind); k != "team" && k != "club" && k != "other" {
			t.Errorf("organisation %s has kind %q", o.Name, k)
		}
	}
	if len(d.Record.Fundraising) != 0 {
		t.Errorf("fundraising from a quotation: %s", fundLines(d))
	}
}

func TestDatelineWinnerAndResident(t *testing.T) {
	d := run(t, "BENGALURU: Kenyan Daniel Kiprono won the City 10K in 28:47, while Bengaluru resident Ananya Sharma took the women's title in 33:58.\n\n"+
		"The 24-year-old from Eldoret broke away early. Indian Army runner Ravi Kumar was fifth. "+
		"Organisers said Rs 1.2 crore had been raised. Former India hockey captain Vikram Rao, 58, walked the 5km.")
	got := personFacts(d)
	want := map[string]string{"Daniel Kiprono": "24|KEN|Eldoret", "Ananya Sharma": "||Bengaluru", "Vikram Rao": "58|IND|", "Ravi Kumar": "||"}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("people %v, want only %v", got, want)
	}
	if labelOf(d, "Indian Army") != "ORG" {
		t.Errorf("Indian Army: %v", d.Mentions)
	}
}

func TestFundraisingPhrasings(t *testing.T) {
	d := run(t, "Mum-of-two Claire Hebden ran dressed as a womble to raise money for Martin House Children's Hospice. "+
		"Brothers Adam and Luke Priestley, who ran side by side, raised £1,250 for the Yorkshire Air Ambulance. "+
		"Proceeds from entry fees will go to Harrogate Homeless Project, the race's partner charity.")
	want := strings.Join([]string{
		"Adam Priestley|Yorkshire Air Ambulance|1250 GBP raised",
		"Claire Hebden|Martin House Children's Hospice|",
		"Luke Priestley|Yorkshire Air Ambulance|1250 GBP raised",
		"|Harrogate Homeless Project|",
	}, "\n")
	if got := fundLines(d); got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
}

func TestPlaceAfterOnAndClubPossessive(t *testing.T) {
	wantLabels(t, "Firth was clear of York Acorn's Sam Dale at the finish on West Park Stray. They raced on Boxing Day.", map[string]string{
		"York Acorn": "ORG", "Sam Dale": "PERSON", "West Park Stray": "GPE", "Boxing Day": ""})
}

func TestGroupPlacingsAndNationality(t *testing.T) {
	d := run(t, "Kenyans Peter Kamau and Victor Langat went one-two in the men's race. "+
		"Ethiopians Tigist Bekele, Almaz Ayana and Sifan Tola filled the top three places in the women's race. "+
		"Nigeria's Emeka Obi and Tunde Bello finished fourth and fifth respectively. "+
		"Liam Ward rounded out the podium in the junior race, and Kate Lowe completed the top three in the veterans' race. "+
		"Anna Bell won the masters' race; Sue Hart followed Bell home. Gideon Rotich broke the course record with 2:10:31.")
	want := "Almaz Ayana=2 Anna Bell=1 Emeka Obi=4 Gideon Rotich=0 Kate Lowe=3 Liam Ward=3 Peter Kamau=1 Sifan Tola=3 Sue Hart=2 Tigist Bekele=1 Tunde Bello=5 Victor Langat=2"
	if got := positions(d); got != want {
		t.Errorf("positions\n%s\nwant\n%s", got, want)
	}
	got := personFacts(d)
	for name, c := range map[string]string{"Peter Kamau": "KEN", "Victor Langat": "KEN", "Sifan Tola": "ETH", "Tunde Bello": "NGA"} {
		if !strings.Contains(got[name], "|"+c+"|") {
			t.Errorf("%s: %q, want nationality %s", name, got[name], c)
		}
	}
}

func TestOfficialQuotedOnEventMoneyIsNoFundraiser(t *testing.T) {
	d := run(t, "Fun run raises $12,000\n\nTORONTO - The Don Valley 5K raised $12,000 for the Sunnybrook Foundation.\n\n"+
		"\"We hope to raise $20,000 next year,\" said race director Mark Ellis. "+
		"\"I raised $400 for the foundation myself,\" said organiser Jo Hart. "+
		"Local teacher Jenna Park raised $1,500 for the Canadian Cancer Society.\n")
	byPerson := map[string][]float64{}
	for _, f := range d.Record.Fundraising {
		who := "(nobody)"
		if f.Person != nil {
			who = *f.Person
		}
		if f.Amount != nil {
			byPerson[who] = append(byPerson[who], f.Amount.Value)
		}
	}
	if len(byPerson["Mark Ellis"]) != 0 {
		t.Errorf("race director made a fundraiser: %v", byPerson)
	}
	if !slices.Contains(byPerson["(nobody)"], 20000) || !slices.Contains(byPerson["Jo Hart"], 400) || !slices.Contains(byPerson["Jenna Park"], 1500) {
		t.Errorf("fundraising by person = %v, want the $20,000 target the event's, $400 Jo Hart's, $1,500 Jenna Park's", byPerson)
	}
	if p := personNamed(d, "Mark Ellis"); p == nil || !hasStr(p.Descriptors, "race director") || hasStr(p.Roles, "fundraiser") {
		t.Errorf("Mark Ellis = %+v, want descriptor race director and no fundraiser role", p)
	}
}

func TestHometownNounsAndBased(t *testing.T) {
	d := run(t, "Todmorden teenager Amy Lord became the youngest winner of the race. The 17-year-old beat Hebden Bridge baker Lucy Pratt. "+
		"Burnley mum Sue Clegg was third. The men's race went to Sowerby Bridge-based Carl Nuttall. "+
		"Originally from Cork, Niall Brennan now lives in Mytholmroyd and was second.")
	got := personFacts(d)
	want := map[string]string{"Amy Lord": "17||Todmorden", "Lucy Pratt": "||Hebden Bridge", "Sue Clegg": "||Burnley",
		"Carl Nuttall": "||Sowerby Bridge", "Niall Brennan": "||Mytholmroyd"}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("people %v", got)
	}
	if p := positions(d); p != "Amy Lord=1 Carl Nuttall=1 Lucy Pratt=2 Niall Brennan=2 Sue Clegg=3" {
		t.Errorf("positions %s", p)
	}
}

func TestAppositivePlaceOccupationAndOrganisersSum(t *testing.T) {
	d := run(t, "Ryan Kowalski, a Joondalup plumber, took the men's race. Jane Cole, an Olympic runner, was second.\n\n"+
		"The race raises money for the Kingston General Hospital Foundation. "+
		"\"We hope to reach $250,000 for the foundation next year,\" race director Paul Hines said.")
	got := personFacts(d)
	if got["Ryan Kowalski"] != "||Joondalup" || got["Jane Cole"] != "||" {
		t.Errorf("people %v", got)
	}
	for _, f := range d.Record.Fundraising {
		if f.Person != nil {
			t.Errorf("the organisers' target given to %s", *f.Person)
		}
	}
}

func TestFundraisingTable(t *testing.T) {
	d := run(t, "Readers ran for good causes.\n\nName | Age | Charity | Time | Raised\nAmir Khan | 34 | Mind | 52:10 | £1,240\n"+
		"Jo Platt | 41 | Christie Charity | 58:45 | £2,300\nTotal | | | | £3,540\n")
	want := strings.Join([]string{
		"Amir Khan|Mind|1240 GBP raised",
		"Jo Platt|Christie Charity|2300 GBP raised",
		"||3540 GBP raised",
	}, "\n")
	if got := fundLines(d); got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
	var people, ages []string
	for _, p := range d.Record.People {
		people = append(people, p.Name)
	}
	for _, q := range d.Record.Quantities {
		if q.Kind == "age" {
			ages = append(ages, q.Text)
		}
	}
	if strings.Join(people, ",") != "Amir Khan,Jo Platt" || strings.Join(ages, ",") != "34,41" {
		t.Errorf("people %v, ages %v", people, ages)
	}
}

func TestAgesInBracketsAndAdverbs(t *testing.T) {
	d := run(t, "Anna Kerr, now aged 44, was first woman for the 23rd time. Jack Marr (aged 70) was cheered. "+
		"Leo Finch (31, Harrogate) ran his 250th parkrun.")
	want := map[string]string{"Anna Kerr": "44||", "Jack Marr": "70||", "Leo Finch": "31||"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestCharityShapesMore(t *testing.T) {
	d := run(t, "The race raised money.\n\nFinn Lowe raised $2,000 for St. Jude Children's Research Hospital. "+
		"Dane Morgan ran for a local hospice, Willow Wood. Rosa Bianchi supported Great Ormond Street Hospital Charity. "+
		"Kay Moss ran for the Stroke Association and the NSPCC. Ben Hale's chosen charity was the Brain Tumour Charity.")
	want := strings.Join([]string{
		"Ben Hale|Brain Tumour Charity|",
		"Dane Morgan|Willow Wood|",
		"Finn Lowe|St. Jude Children's Research Hospital|2000 USD raised",
		"Kay Moss|NSPCC|",
		"Kay Moss|Stroke Association|",
		"Rosa Bianchi|Great Ormond Street Hospital Charity|",
	}, "\n")
	if got := fundLines(d); got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
}

func TestMedalsVictoryAndPlaceNamedPeople(t *testing.T) {
	d := run(t, "Rhian Hart struck gold, clocking 9:12.44 for victory. Ffion Price took silver and 17-year-old Mali Evans claimed bronze. "+
		"Owain Lloyd of Cardiff AAC won the 1500m. The Olympic silver medallist Sydney Roberts was fourth.")
	if got, want := positions(d), "Ffion Price=2 Mali Evans=3 Owain Lloyd=1 Rhian Hart=1 Sydney Roberts=4"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	wantLabels(t, "Owain Lloyd of Cardiff AAC won. Mali Evans was second. The Chicago Bears fans cheered.", map[string]string{
		"Cardiff AAC": "ORG", "Mali Evans": "PERSON", "Chicago Bears": "ORG"})
}

func TestLeadingAndNextHome(t *testing.T) {
	d := run(t, "Emma Birch won the women's race in 58:40, more than a minute ahead of the next woman, Jane Foss. "+
		"Tom Hill was the leading man in 52:11. The next man home was Raj Patel, 25 seconds later. Ann Kerr was third woman.")
	if got, want := positions(d), "Ann Kerr=3 Emma Birch=1 Jane Foss=2 Raj Patel=2 Tom Hill=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	for _, r := range d.Record.Results {
		if strOf(r.Person) == "Raj Patel" && (r.Time == nil || r.Time.Seconds != 3156) {
			t.Errorf("Patel's time %v, want 52:11 plus 25 seconds", r.Time)
		}
	}
	if len(d.Record.Events) != 0 {
		t.Errorf("events %v", d.Record.Events)
	}
	d = run(t, "Sam Hale won the Askern five-miler in 26:30.")
	if len(d.Record.Events) != 1 || !strings.EqualFold(d.Record.Events[0].Name, "Askern five-miler") {
		t.Errorf("events %v, want the Askern five-miler", d.Record.Events)
	}
}

func TestWinnerAppositionsAndPassiveTotal(t *testing.T) {
	d := run(t, "Men's winner Mike Dunn ran 1:11:45. Runner-up Ty Cole crossed the line in 1:12:30. Jack Stone finished third. "+
		"Last year's winner Sam Ivey was fifth. Race director Beth Lang said that $21,000 was raised for the Idaho Foodbank.")
	if got, want := positions(d), "Jack Stone=3 Mike Dunn=1 Sam Ivey=5 Ty Cole=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	if got, want := fundLines(d), "|Idaho Foodbank|21000 USD raised"; got != want {
		t.Errorf("fundraising %q, want %q", got, want)
	}
}

func TestSpeakerReportingOthersMoneyIsNoFundraiser(t *testing.T) {
	d := run(t, "Totals\n\nRace director Mark Ellis said the event had raised $12,000 for the Sunnybrook Foundation. "+
		"Club chairman Dave Cole said the club's members raised £2,400 for Mind. "+
		"Race organiser Paul Dean, who also ran, raised £600 for Scope. Amy Fox said she had raised £300 for Mind.\n")
	var got []string
	for _, f := range d.Record.Fundraising {
		who := "-"
		if f.Person != nil {
			who = *f.Person
		}
		got = append(got, who)
	}
	sort.Strings(got)
	if strings.Join(got, ",") != "-,-,Amy Fox,Paul Dean" {
		t.Errorf("fundraisers = %v, want two nobody's, Amy Fox, Paul Dean", got)
	}
}

func TestCharityByCopulaAndDestination(t *testing.T) {
	wantLabels(t, "Race notes\n\nHeadway is this year's chosen charity. Money raised goes to Barnardo's. Headway Road was closed.", map[string]string{
		"Headway": "CHARITY", "Barnardo's": "CHARITY"})
}

func TestBoldProfileHeaders(t *testing.T) {
	d := run(t, "Meet the team\n\nOur runners are raising money for the Irish Cancer Society.\n\n"+
		"**Declan Walsh, 47, Bandon**\nTarget: €3,000 | Raised so far: €2,150\nA teacher.\n\n"+
		"**Aoife Brennan, 29, Mallow**\nTarget: €1,500 | Raised so far: €1,820\n")
	want := strings.Join([]string{
		"Aoife Brennan|Irish Cancer Society|1500 EUR target",
		"Aoife Brennan|Irish Cancer Society|1820 EUR raised",
		"Declan Walsh|Irish Cancer Society|2150 EUR raised",
		"Declan Walsh|Irish Cancer Society|3000 EUR target",
	}, "\n")
	if got := fundLines(d); got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
	got := personFacts(d)
	if got["Declan Walsh"] != "47||Bandon" || got["Aoife Brennan"] != "29||Mallow" {
		t.Errorf("people %v", got)
	}
}

func TestCapitalsProfileHeaders(t *testing.T) {
	d := run(t, "Meet the team\n\nOur runners are raising money for the Irish Cancer Society.\n\n"+
		"DECLAN O'SULLIVAN (47), BANDON\nTarget: €3,000 | Raised so far: €2,150\n\nAOIFE BRENNAN (29), MALLOW\nTarget: €1,500\n\n"+
		"AMSTERDAM (Reuters) - Hailu Bekana won.")
	got := personFacts(d)
	if got["Declan O'Sullivan"] != "47||Bandon" || got["Aoife Brennan"] != "29||Mallow" {
		t.Errorf("people %v", got)
	}
	if labelOf(d, "AMSTERDAM") != "GPE" {
		t.Errorf("dateline: %v", d.Mentions)
	}
	if !strings.Contains(fundLines(d), "Declan O'Sullivan|Irish Cancer Society|3000 EUR target") {
		t.Errorf("fundraising %s", fundLines(d))
	}
}

func TestSaintPlacesAndChurchesAsHomeTowns(t *testing.T) {
	d := run(t, "Notes\n\nAnn Lee of St. Albans won. Rev. Martin Lowe of St. Barnabas Church blessed the runners.\n")
	got := personFacts(d)
	if got["Ann Lee"] != "||St. Albans" || got["Martin Lowe"] != "||" {
		t.Errorf("people %v, want Ann Lee from St. Albans and no home town for Martin Lowe", got)
	}
}

func TestPossessiveFundraisingTotal(t *testing.T) {
	d := run(t, "Pete Moss's fundraising total stands at £750, all for the Samaritans. Ann Lee's tally reached £300.")
	if got, want := fundLines(d), "Ann Lee||300 GBP raised\nPete Moss|Samaritans|750 GBP raised"; got != want {
		t.Errorf("fundraising:\n%s\nwant\n%s", got, want)
	}
}

func TestAgesFromBirthdaysAndAgeOf(t *testing.T) {
	d := run(t, "Derek Bell celebrated his 60th birthday by finishing fifth. At the age of 81, Stan Hope was the oldest finisher. "+
		"Ann Kerr has run since she was 12.")
	got := personFacts(d)
	if got["Derek Bell"] != "60||" || got["Stan Hope"] != "81||" || got["Ann Kerr"] != "||" {
		t.Errorf("people %v", got)
	}
}

func TestResultsShapesInRoundUps(t *testing.T) {
	// "(unattached)" stands where a club would, in an unnumbered run.
	rows := parseLists("Leading women: Hannah Grieve (Wharfedale Harriers) 39:51, Anna Clegg (Baildon Runners) 40:33, Megan Howarth (unattached) 41:19.\n")
	var got []string
	for _, r := range rows {
		got = append(got, fmt.Sprintf("%s=%d %s", r.Name, r.Position, r.Time))
	}
	if want := "Hannah Grieve=1 39:51|Anna Clegg=2 40:33|Megan Howarth=3 41:19"; strings.Join(got, "|") != want {
		t.Errorf("rows %q, want %q", strings.Join(got, "|"), want)
	}
	// "less than 24 hours later" is no margin to add to a time.
	d := run(t, "Saturday's race was won by Ethan Marsh in 35:06. Hannah Grieve doubled up after her Friday victory, taking the women's race in 39:51 less than 24 hours later.")
	for _, r := range d.Record.Results {
		if r.Time != nil && r.Time.Seconds > 3600 {
			t.Errorf("result %s has time %s", strOf(r.Person), r.Time.Text)
		}
	}
	// A team prize is no placing of the runner named with it.
	d = run(t, "Mark Ridley won the race in 1:14:38. The Wharfedale Harriers trio of Ann Lee, Bea Moss and Tim Booth won the team prize.")
	if got, want := positions(d), "Mark Ridley=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestPossessiveWinIsANoun(t *testing.T) {
	d := run(t, "Women's 3000m\n1 Rhona Sinclair (Inverness Harriers) 9:41.27\n2 Beth Auld (Central AC) 9:58.06\n3 Mairi Gillespie (Edinburgh AC) 10:02.71\n\n"+
		"Sinclair's win in the 3000m was her first on the track since she broke her foot two years ago.\n")
	if got, want := positions(d), "Beth Auld=2 Mairi Gillespie=3 Rhona Sinclair=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestSexAndCategoryPlacesBesideOverall(t *testing.T) {
	// A table's "Gen Pos" and "Cat Pos" beside the overall place are
	// results of their own, unless they repeat a place already given.
	d := run(t, "Results\n\nPos\tName\tGender\tGen Pos\tCat\tCat Pos\tClub\tChip\n"+
		"1\tAdam Fisher\tM\t1\tMV40\t1\tOtley AC\t33:10\n"+
		"2\tJane Hollins\tF\t1\tFV35\t1\tIlkley Harriers\t34:20\n"+
		"3\tCarl Booth\tM\t2\tMV50\t1\tOtley AC\t34:50\n")
	if got, want := positions(d), "Adam Fisher=1 Carl Booth=1 Carl Booth=2 Carl Booth=3 Jane Hollins=1 Jane Hollins=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	for _, r := range d.Record.Results {
		if strOf(r.Person) == "Jane Hollins" && *r.Position == 1 && strOf(r.Race.Sex) != "F" {
			t.Errorf("Jane Hollins's first place is not the women's: %+v", r.Race)
		}
	}
}

func TestSprintTableTimesAreSeconds(t *testing.T) {
	// A table with a lane column is a sprint's: "12.08" is seconds there,
	// though the article's main race is a 10K.
	d := run(t, "Sam Roe won the 10K in 31:02.\n\nSprints\nPos\tLane\tAthlete\tClub\tTime\n"+
		"1\t4\tAmy Cole\tLeeds AC\t11.92\n2\t5\tBeth Lowe\tOtley AC\t12.08\n")
	var got []string
	for _, q := range d.Record.Quantities {
		if q.Kind == "duration" {
			got = append(got, fmt.Sprintf("%s=%g", q.Text, *q.Normalized.Value))
		}
	}
	if want := "31:02=1862 11.92=11.92 12.08=12.08"; strings.Join(got, " ") != want {
		t.Errorf("durations %q, want %q", strings.Join(got, " "), want)
	}
	for _, r := range d.Record.Results {
		if strOf(r.Person) == "Beth Lowe" && (r.Time == nil || r.Time.Seconds != 12.08) {
			t.Errorf("Beth Lowe's time %+v, want 12.08 s", r.Time)
		}
	}
}

func TestMultisportTablesTakeTheTotal(t *testing.T) {
	// Split columns (Swim, T1, Bike, T2, Run) are passed over for the
	// total; the header's words are no one's name.
	d := run(t, "Sprint triathlon results\n\n"+
		"Pos  Name            Club              Swim    T1     Bike     T2     Run     Total\n"+
		"1    Ella Moss       Leeds Tri         9:42    0:51   34:10    0:32   18:20   1:03:35\n"+
		"2    Kim Shaw        Otley Tri         10:05   1:02   35:01    0:40   18:55   1:05:43\n\n"+
		"Pos | Name | Swim | Bike | Run | Finish\n1 | Tom Cox | 10:01 | 33:12 | 17:55 | 1:02:30\n2 | Ian Fry | 10:40 | 33:50 | 18:10 | 1:04:02\n")
	var got []string
	for _, r := range d.Record.Results {
		got = append(got, fmt.Sprintf("%s=%d %s", strOf(r.Person), *r.Position, r.Time.Text))
	}
	if want := "Ella Moss=1 1:03:35|Kim Shaw=2 1:05:43|Tom Cox=1 1:02:30|Ian Fry=2 1:04:02"; strings.Join(got, "|") != want {
		t.Errorf("results %q, want %q", strings.Join(got, "|"), want)
	}
	var people []string
	for _, p := range d.Record.People {
		people = append(people, p.Name)
	}
	if want := "Ella Moss|Kim Shaw|Tom Cox|Ian Fry"; strings.Join(people, "|") != want {
		t.Errorf("people %q, want %q", strings.Join(people, "|"), want)
	}
}

func TestOrdinalBeforeCategory(t *testing.T) {
	d := run(t, "Kirkstall 10K\n\nCraig Fenton won in 32:41. Our Liam Dacre was third overall and first V40, a fine run.\n\nSam Hill was first V50 in 36:15.\n")
	if got, want := positions(d), "Craig Fenton=1 Liam Dacre=1 Liam Dacre=3 Sam Hill=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestSurnameFirstWithCommaInRows(t *testing.T) {
	d := run(t, "Results\n\n1. Smith, John (Leeds AC) 31:48\n2. Jones, Mary (Otley AC) 32:10\n3. Brown, Tim (Ilkley Harriers) 32:40\n\n"+
		"Women: 1 HOLROYD, Becky (Leeds AC) 36:10; 2 LISTER, Jo (Otley AC) 37:44\n")
	if got, want := positions(d), "Becky Holroyd=1 Jo Lister=2 John Smith=1 Mary Jones=2 Tim Brown=3"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	for _, p := range d.Record.People {
		if p.Hometown != nil {
			t.Errorf("%s has home town %q", p.Name, *p.Hometown)
		}
	}
}

func TestPlaceAmongSexOrCategoryAfterTheTime(t *testing.T) {
	d := run(t, "Results\n\n1 Craig Fenton (Horsforth Harriers) 32:41\n2 Sanjay Mistry (Leeds City AC) 32:55\n"+
		"11 Nadia Okafor (Bramley Striders) 36:58 (1st woman)\n14 Ruth Harker (Kirkstall Harriers) 37:44 (2nd F)\n"+
		"15 Liam Dacre (Bramley Striders) 37:50 1st V40\n")
	want := "Craig Fenton=1 Liam Dacre=1 Liam Dacre=15 Nadia Okafor=1 Nadia Okafor=11 Ruth Harker=14 Ruth Harker=2 Sanjay Mistry=2"
	if got := positions(d); got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}
