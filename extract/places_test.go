package extract

import (
	"slices"
	"strings"
	"testing"
)

// Shapes of places, sub-races, home towns, counts and ages from the
// multi-race, mountain-festival and masters reports.

// eventNames lists the record's event names.
func eventNames(d *Doc) []string {
	var out []string
	for _, e := range d.Record.Events {
		out = append(out, e.Name)
	}
	return out
}

// placeNames lists the record's place names.
func placeNames(d *Doc) []string {
	var out []string
	for _, p := range d.Record.Places {
		out = append(out, p.Name)
	}
	return out
}

func TestRaceNamedByDistance(t *testing.T) {
	// A race whose name ends in its distance is an event, also after a
	// day's possessive, and the day is nobody's home town.
	d := run(t, "Saturday's Arsenal 10-Miler had more than 600 entrants. Sunday's Quarry Lake 25K drew 388 starters. "+
		"Elliot Baptiste won the Grotto Ridge 55K in 6:51:05.")
	for _, want := range []string{"Arsenal 10-Miler", "Quarry Lake 25K", "Grotto Ridge 55K"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
	for _, e := range d.Record.Events {
		if e.Name == "Grotto Ridge 55K" && (e.Kind == nil || *e.Kind != "ultra") {
			t.Errorf("55K kind %v, want ultra", e.Kind)
		}
	}
	for _, p := range d.Record.People {
		if p.Name != "Elliot Baptiste" {
			t.Errorf("person %q from a race name", p.Name)
		}
	}
}

func TestMountainAndWaterPlaces(t *testing.T) {
	wantLabels(t, "The loop went back down the Cougar Creek drainage and along the shore of Rydal Water. "+
		"Marshals held runners at the top of Whiteman's Gap near the Spray Lakes Reservoir. That's the Rockies.",
		map[string]string{"Cougar Creek": "FAC", "Rydal Water": "FAC", "Spray Lakes Reservoir": "FAC", "Rockies": "LOC", "Whiteman's Gap": "FAC"})
}

func TestFestivalAndVerticalAreEvents(t *testing.T) {
	d := run(t, "Snow fell before the ninth Bow Valley Trail Festival. The shortest race, the Ha Ling Vertical, climbs 737 metres.")
	for _, want := range []string{"Bow Valley Trail Festival", "Ha Ling Vertical"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
}

func TestStateAbbreviationWithoutDot(t *testing.T) {
	// "Ill." and "Illinois" are one place.
	d := run(t, "Caleb Dunmore of Rock Island, Ill., was second. The course crosses into Illinois over the bridge.")
	n := 0
	for _, p := range placeNames(d) {
		if p == "Ill" || p == "Ill." {
			t.Errorf("places %v: the abbreviation stands alone", placeNames(d))
		}
		if p == "Illinois" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("places %v, want Illinois once", placeNames(d))
	}
}

func TestTownAfterPersonAndOf(t *testing.T) {
	// A two-word town after a person and "of", and one opening with a
	// compass point, are places and home towns.
	d := run(t, "Megan Royce of Iowa City took the women's race in 1:19:02. Dorothy Weinberg, of East Moline, walked the course.")
	f := personFacts(d)
	if f["Megan Royce"] != "||Iowa City" || f["Dorothy Weinberg"] != "||East Moline" {
		t.Errorf("people %v, want home towns Iowa City and East Moline", f)
	}
	for _, p := range d.Record.People {
		if p.Name == "Iowa City" || p.Name == "East Moline" {
			t.Errorf("place %q taken for a person", p.Name)
		}
	}
}

func TestDayPossessiveBeforeRace(t *testing.T) {
	d := run(t, "Nearly 300 children ran Saturday's Kids' Mile on the warning track.")
	if got := eventNames(d); !slices.Contains(got, "Kids' Mile") {
		t.Errorf("events %v, want Kids' Mile without the day", got)
	}
}

func TestTownBeforeOccupation(t *testing.T) {
	// "a Penrith GP", "a Grasmere guesthouse owner aged sixty-one",
	// "The Ambleside runner": each a town the person is from.
	d := run(t, "Sarah Birkett, a Penrith GP running for Eden Runners, was third. "+
		"Jean Rigg, a Grasmere guesthouse owner aged 61, won the W60 category.")
	f := personFacts(d)
	if f["Sarah Birkett"] != "||Penrith" || f["Jean Rigg"] != "61||Grasmere" {
		t.Errorf("people %v, want Penrith and Grasmere", f)
	}
	wantLabels(t, "Gareth Postlethwaite won in 28:41. The Ambleside runner pulled clear on the second lap.",
		map[string]string{"Ambleside": "GPE"})
}

func TestAppositiveReferenceIsTheNameBefore(t *testing.T) {
	// "X, the 70-year-old" is X's age, not the age of the person the
	// paragraph was about.
	d := run(t, "Margaret Thwaite won the W80 title. Derek Smith, the 70-year-old, beat Alan Fell by three seconds.")
	f := personFacts(d)
	if f["Derek Smith"] != "70||" || f["Margaret Thwaite"] != "||" {
		t.Errorf("people %v, want 70 for Derek Smith only", f)
	}
}

func TestSpanOfPlacesAndFromNear(t *testing.T) {
	// "from A in the north to B in the south": B a place; "from near
	// Kendal" a home town.
	wantLabels(t, "Entries came from Caldbeck in the north to Kirkby Lonsdale in the south.",
		map[string]string{"Kirkby Lonsdale": "GPE"})
	d := run(t, "Third was Mark Airey of Helm Hill Runners, from near Kendal, in 29:15.")
	if f := personFacts(d); f["Mark Airey"] != "||Kendal" {
		t.Errorf("people %v, want Mark Airey from Kendal", f)
	}
}

func TestTownRunnerReference(t *testing.T) {
	d := run(t, "The men's race was won by Gareth Postlethwaite of Ambleside AC in 28:41. "+
		"The Ambleside runner, who turned 45 last month, pulled clear on the second lap.")
	if f := personFacts(d); f["Gareth Postlethwaite"] != "45||Ambleside" {
		t.Errorf("people %v, want Gareth Postlethwaite 45 from Ambleside", f)
	}
}

func TestLivingInAndBirthplace(t *testing.T) {
	d := run(t, "Amrit Kaur, a Glasgow-born doctor now living in Aviemore, won the men's race. "+
		"Jo Bell, a teacher living in Leeds, was second. Sam Roe, a Whitby-born nurse, was third.")
	f := personFacts(d)
	if f["Amrit Kaur"] != "||Aviemore" || f["Jo Bell"] != "||Leeds" || f["Sam Roe"] != "||" {
		t.Errorf("people %v, want Aviemore, Leeds and no home town from a birthplace", f)
	}
}

func TestAgeAfterRunnerNoun(t *testing.T) {
	d := run(t, "Mhairi Hendry, from Fort William, won in 11:52:07. The Lochaber Harriers athlete, 38, led from the start.")
	if f := personFacts(d); f["Mhairi Hendry"] != "38||Fort William" {
		t.Errorf("people %v, want Mhairi Hendry 38 from Fort William", f)
	}
}

func TestTownManBeforeName(t *testing.T) {
	d := run(t, "A Dundee man, Craig Stewart, won the over-60s prize. The marathon finished at the Old State Capitol.")
	if f := personFacts(d); f["Craig Stewart"] != "||Dundee" {
		t.Errorf("people %v, want Craig Stewart from Dundee", f)
	}
	if slices.Contains(eventNames(d), "Old State Capitol") || !slices.Contains(placeNames(d), "Old State Capitol") {
		t.Errorf("events %v, places %v: the Capitol is a place", eventNames(d), placeNames(d))
	}
}

func TestRacesInAListAndByNumber(t *testing.T) {
	// A name listed with races after "the" is a race; a race named by a
	// number ("the Bupa London 10,000", "the Hebden 22").
	d := run(t, "The Buffalo Stampede, the Hardrock 100 and the Comrades Marathon are his favourite races. "+
		"He ran the Bupa London 10,000 and the Hebden 22 next month.")
	for _, want := range []string{"Buffalo Stampede", "Hardrock 100", "Comrades Marathon", "London 10,000", "Hebden 22"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
	if len(d.Record.People) != 0 {
		t.Errorf("people %v from race names", d.Record.People)
	}
}

func TestSettlementOfAndTownNatives(t *testing.T) {
	d := run(t, "He beat Tom Booth, from the village of Tattenhall in Cheshire, and Amy Chen of Toronto. "+
		"Eliud Kiptanui trains in the Rift Valley town of Iten. The Sheffield-based club won the team prize. "+
		"Jake Riley, 33, a Fort Collins, Colo., native, finished in 2:12:08.")
	f := personFacts(d)
	if f["Tom Booth"] != "||Tattenhall" || f["Amy Chen"] != "||Toronto" || f["Jake Riley"] != "33||Fort Collins" {
		t.Errorf("people %v, want Tattenhall, Toronto, Fort Collins", f)
	}
	for _, want := range []string{"Tattenhall", "Iten", "Sheffield", "Fort Collins"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	for _, o := range d.Record.Organizations {
		t.Errorf("organisation %q", o.Name)
	}
}

func TestAgesAfterWhoIsAndTitleNoun(t *testing.T) {
	d := run(t, "Jim Beck, who is seventy-eight, walked the course. Sue Kell, a former Olympian aged 68, won the W65 prize.")
	f := personFacts(d)
	if f["Jim Beck"] != "78||" || f["Sue Kell"] != "68||" {
		t.Errorf("people %v, want 78 and 68", f)
	}
}

func TestPostalCodesAndBracketTowns(t *testing.T) {
	d := run(t, "Maya Torres (Flagstaff, AZ) won in 1:12:04. Second was Ben Ortiz of Boulder, CO, and third Kim Lee from Eugene, OR. "+
		"Dana Wu of Mesa and Lee Chan of Chandler tied for ninth.")
	f := personFacts(d)
	for name, town := range map[string]string{"Maya Torres": "Flagstaff", "Ben Ortiz": "Boulder", "Kim Lee": "Eugene", "Dana Wu": "Mesa", "Lee Chan": "Chandler"} {
		if f[name] != "||"+town {
			t.Errorf("%s: %q, want home town %s (people %v)", name, f[name], town, f)
		}
	}
	for _, want := range []string{"Arizona", "Colorado", "Oregon"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
}

func TestMountainsAndRoutePlaces(t *testing.T) {
	d := run(t, "The course climbs from the Arctic Cathedral over Fløya and Tromsdalstinden before the Tromsøysund strait. "+
		"Ben Nevis race winner Finlay Grant said the climb up Snowdon had prepared him. Solheim trains in the Lyngen Alps near Mont Blanc. "+
		"It was a win over Kiprop.")
	for _, want := range []string{"Fløya", "Tromsdalstinden", "Tromsøysund", "Ben Nevis", "Snowdon", "Lyngen Alps", "Mont Blanc"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	if slices.Contains(placeNames(d), "Kiprop") {
		t.Errorf("places %v: a win over a runner", placeNames(d))
	}
	for _, p := range d.Record.People {
		if p.Name != "Finlay Grant" && p.Name != "Solheim" && p.Name != "Kiprop" {
			t.Errorf("person %q", p.Name)
		}
	}
}

func TestHomeTownPhrases(t *testing.T) {
	d := run(t, "Ravi Patel, who grew up in Bradford but now lives in York, was fourth. Lisa Bell, 38, hails from Keighley. "+
		"Paul Fenton, of nearby Meltham, ran 35:02. Sheffield-born Amy Todd, who now calls Glossop home, won the veterans' prize. "+
		"Halifax-based coach Rob Dean, 52, ran 40:11. Eleanor Walsh, originally from Galway, now calls Wetherby home.")
	f := personFacts(d)
	want := map[string]string{"Ravi Patel": "||York", "Lisa Bell": "38||Keighley", "Paul Fenton": "||Meltham",
		"Amy Todd": "||Glossop", "Rob Dean": "52||Halifax", "Eleanor Walsh": "||Wetherby"}
	for name, w := range want {
		if f[name] != w {
			t.Errorf("%s: %q, want %q (people %v)", name, f[name], w, f)
		}
	}
	for _, want := range []string{"Meltham", "Glossop", "Wetherby", "Sheffield"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
}

func TestSponsoredAndWomensRaces(t *testing.T) {
	d := run(t, "Next up is the Schneider Electric Marathon de Paris. In Japan she raced the Osaka Women's Marathon. "+
		"He ran the Mattoni Prague Half Marathon and the Inov-8 Lakeland Classics Trophy.")
	for _, want := range []string{"Marathon de Paris", "Osaka Women's Marathon", "Prague Half Marathon", "Lakeland Classics Trophy"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
	if len(d.Record.People) != 0 || len(d.Record.Organizations) != 0 {
		t.Errorf("people %v, organisations %v from race names", d.Record.People, d.Record.Organizations)
	}
}

func TestRaceWordNicknamesAndStreets(t *testing.T) {
	d := run(t, "Known as the Marathon Man, Ron Hill ran every day. The race finished at Marathon Way in Sheffield. "+
		"The Great Run Company stages the event.")
	if len(eventNames(d)) != 0 {
		t.Errorf("events %v, want none", eventNames(d))
	}
	if !slices.Contains(placeNames(d), "Marathon Way") {
		t.Errorf("places %v, want Marathon Way", placeNames(d))
	}
	for _, p := range d.Record.People {
		if p.Name != "Ron Hill" {
			t.Errorf("person %q", p.Name)
		}
	}
}

func TestTwinCitiesAndFortAbbreviation(t *testing.T) {
	d := run(t, "Ana Ruiz won the Twin Cities Marathon on Sunday. Dan Ito of Ft. Collins, Colo., won the men's race. "+
		"Runners passed Lake Harriet and Bde Maka Ska before the bridge. Summit Avenue lined with spectators led to the finish.")
	if !slices.Contains(eventNames(d), "Twin Cities Marathon") {
		t.Errorf("events %v, want Twin Cities Marathon", eventNames(d))
	}
	for _, want := range []string{"Ft. Collins", "Bde Maka Ska", "Summit Avenue"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	if f := personFacts(d); f["Dan Ito"] != "||Ft. Collins" {
		t.Errorf("people %v, want Dan Ito from Ft. Collins", f)
	}
}

func TestAustralianStatesAndHeadlands(t *testing.T) {
	d := run(t, "Tom Keogh of Bathurst, NSW, and Ella Pratt of Geelong, Vic, were sixth and seventh. "+
		"The course circles Slea Head and returns along Ventry Strand. He passed Tom Hill in the last mile.")
	f := personFacts(d)
	if f["Tom Keogh"] != "||Bathurst" || f["Ella Pratt"] != "||Geelong" {
		t.Errorf("people %v, want Bathurst and Geelong", f)
	}
	for _, want := range []string{"New South Wales", "Victoria", "Slea Head", "Ventry Strand"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	if slices.Contains(placeNames(d), "Tom Hill") {
		t.Errorf("places %v: a runner passed is no place", placeNames(d))
	}
}

func TestRaceNameWithAnd(t *testing.T) {
	d := run(t, "Winifred Ashdown, from the Suffolk village of Long Melford, won at the British Masters Track and Field Championships. "+
		"She trains on the Clifton Downs. Tom Reed won the Brighton and Hove Half Marathon and the London Marathon and Berlin Marathon.")
	for _, want := range []string{"British Masters Track and Field Championships", "Brighton and Hove Half Marathon", "London Marathon", "Berlin Marathon"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
	if f := personFacts(d); f["Winifred Ashdown"] != "||Long Melford" {
		t.Errorf("people %v, want Winifred Ashdown from Long Melford", f)
	}
	if !slices.Contains(placeNames(d), "Clifton Downs") {
		t.Errorf("places %v, want Clifton Downs", placeNames(d))
	}
}

func TestRacesFromOneEndToTheOther(t *testing.T) {
	d := run(t, "She won the Beach to Beacon 10K in Maine and the Bay to Breakers in San Francisco. He ran the City to Surf in Sydney. "+
		"The canal runs from Leeds to Liverpool.")
	for _, want := range []string{"Beach to Beacon 10K", "Bay to Breakers", "City to Surf"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
	for _, want := range []string{"Leeds", "Liverpool", "Maine", "San Francisco", "Sydney"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	if len(d.Record.People) != 0 {
		t.Errorf("people %v from race names", d.Record.People)
	}
}

func TestLongDescriptionBeforeFrom(t *testing.T) {
	d := run(t, "Karsten Warholm, the 400m hurdles world record holder from Ulsteinvik, won his event.")
	if f := personFacts(d); f["Karsten Warholm"] != "||Ulsteinvik" {
		t.Errorf("people %v, want Karsten Warholm from Ulsteinvik", f)
	}
}

func TestDateNamedPlace(t *testing.T) {
	wantLabels(t, "He crossed the 25 de Abril Bridge in the leading pack and ran down 9 de Julio Avenue.",
		map[string]string{"25 de Abril Bridge": "FAC", "9 de Julio Avenue": "LOC"})
}

func TestPlaceInsideAPlacePossessive(t *testing.T) {
	wantLabels(t, "The race started in London's Hyde Park and finished in New York's Central Park. He beat London's Tom Park by a second.",
		map[string]string{"Hyde Park": "FAC", "Central Park": "FAC", "New York": "GPE", "Tom Park": "PERSON"})
}

func TestNumberNamesNeedARace(t *testing.T) {
	d := run(t, "He flew on the Boeing 747, and slept.")
	if len(eventNames(d)) != 0 {
		t.Errorf("events %v, want none", eventNames(d))
	}
}

func TestClubOrTownAfterOf(t *testing.T) {
	d := run(t, "Sam Lee of Leeds City won. Tim Roe of Nike Oregon Project was fourth. Megan Royce of Iowa City was second.")
	f := personFacts(d)
	if f["Sam Lee"] != "||" || f["Tim Roe"] != "||" || f["Megan Royce"] != "||Iowa City" {
		t.Errorf("people %v: Leeds City and Nike Oregon Project are clubs, Iowa City a town", f)
	}
}

func TestBracketTownAndStateInResults(t *testing.T) {
	d := run(t, "Men: 1. Tom Hale (Bend, Ore.) 2:15:04; 2. Sam Ruiz (Boise, Idaho) 2:16:10; 3. Lee Park (Eugene AC) 2:18:00.\n")
	f := personFacts(d)
	if f["Tom Hale"] != "||Bend" || f["Sam Ruiz"] != "||Boise" {
		t.Errorf("people %v, want Bend and Boise", f)
	}
	for _, o := range d.Record.Organizations {
		if o.Name != "Eugene AC" {
			t.Errorf("organisation %q from a town and state", o.Name)
		}
	}
}

func TestDottedStateAbbreviations(t *testing.T) {
	d := run(t, "Amy Chu of Seattle, Wash., won. Ben Cole of Atlanta, Ga., was second. Kim Roe of Biloxi, Miss., was third.")
	for _, want := range []string{"Washington", "Georgia", "Mississippi", "Seattle", "Atlanta", "Biloxi"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
}

func TestNewZealandShapes(t *testing.T) {
	d := run(t, "Tauranga flatmates Hemi Walker and Georgia Tuhoe won on Saturday in the Bay of Plenty. "+
		"Katikati orchardist Sam Brennan was second. About 700 ran the marathon, which starts beside the Ōmokoroa wharf.\n\n"+
		"Results: 1 Hemi Walker (Tauranga) 7:44:18; 2 Sam Brennan (Katikati) 7:58:02.\n")
	f := personFacts(d)
	for _, name := range []string{"Hemi Walker", "Georgia Tuhoe"} {
		if f[name] != "||Tauranga" {
			t.Errorf("%s: %q, want Tauranga (people %v)", name, f[name], f)
		}
	}
	if f["Sam Brennan"] != "||Katikati" {
		t.Errorf("people %v, want Sam Brennan from Katikati", f)
	}
	for _, want := range []string{"Bay of Plenty", "Ōmokoroa"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	found := false
	for _, q := range d.Record.Quantities {
		found = found || q.Kind == "count" && q.Text == "About 700"
	}
	if !found {
		t.Errorf("no count for \"About 700 ran\"")
	}
}

func TestCityDemonymHomeTowns(t *testing.T) {
	d := run(t, "Aucklander Priya Naidu was first. Tom Hale, a Londoner, was second. Glaswegian Amy Law was third.")
	f := personFacts(d)
	want := map[string]string{"Priya Naidu": "Auckland", "Tom Hale": "London", "Amy Law": "Glasgow"}
	for name, town := range want {
		if !strings.HasSuffix(f[name], "|"+town) {
			t.Errorf("%s: %q, want home town %s", name, f[name], town)
		}
	}
}

func TestOneFigureRaceName(t *testing.T) {
	d := run(t, "Kim Lee won the Bix 7 on Saturday. He was in the Top 3 twice.")
	if got := eventNames(d); len(got) != 1 || got[0] != "Bix 7" {
		t.Errorf("events %v, want only Bix 7", got)
	}
}

func TestEditionForTheNthTime(t *testing.T) {
	d := run(t, "The Harbour 10K was held for the 25th time on Sunday. Tom Smith won the Harbour 10K for the third time. "+
		"It was broadcast live for the first time.")
	if len(d.Record.Events) != 1 || d.Record.Events[0].Edition == nil || *d.Record.Events[0].Edition != 25 {
		t.Errorf("events %+v, want the Harbour 10K's 25th edition", d.Record.Events)
	}
}

func TestRowClubKeepsItsPlaceWords(t *testing.T) {
	d := run(t, "Results: 1 G Tully (Bristol & West) 17:38.90; 2 E Baird (Aberdeen AAC) 17:40.88.\n")
	if slices.Contains(placeNames(d), "Bristol") {
		t.Errorf("places %v: Bristol is inside a club's name", placeNames(d))
	}
}

func TestTownsWithUponAndTitles(t *testing.T) {
	d := run(t, "Amy Cole, from Newcastle upon Tyne, won. Cara Day, of Bishop's Stortford, was third. Dan Fox from King's Lynn was fourth.")
	f := personFacts(d)
	want := map[string]string{"Amy Cole": "||Newcastle upon Tyne", "Cara Day": "||Bishop's Stortford", "Dan Fox": "||King's Lynn"}
	for name, w := range want {
		if f[name] != w {
			t.Errorf("%s: %q, want %q", name, f[name], w)
		}
	}
	for _, want := range []string{"Newcastle upon Tyne", "Bishop's Stortford", "King's Lynn"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
}

func TestSurnamesThatArePlaceHeads(t *testing.T) {
	wantLabels(t, "Karoline Strand won the race. Tom Downs was second. The finish was on Ventry Strand. She trains on the Clifton Downs.",
		map[string]string{"Karoline Strand": "PERSON", "Tom Downs": "PERSON", "Ventry Strand": "FAC", "Clifton Downs": "FAC"})
}

func TestResidentRaisedAndBasedIn(t *testing.T) {
	d := run(t, "Amy Cole, a resident of Harrogate, won. Leeds-raised Cara Day was third. Dan Fox, who is based in Otley, was fourth. "+
		"Gus Kerr, of Ripon-based Ripon Runners, was seventh.")
	f := personFacts(d)
	want := map[string]string{"Amy Cole": "||Harrogate", "Cara Day": "||Leeds", "Dan Fox": "||Otley", "Gus Kerr": "||"}
	for name, w := range want {
		if f[name] != w {
			t.Errorf("%s: %q, want %q (people %v)", name, f[name], w, f)
		}
	}
	for _, want := range []string{"Harrogate", "Leeds", "Otley", "Ripon"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
}

func TestRouteEndsAndTitleWordPlaces(t *testing.T) {
	d := run(t, "The Tata Mumbai Marathon route runs from Chhatrapati Shivaji Terminus to Marine Drive. "+
		"Yuki Sato of Sendai, Miyagi Prefecture, won. Marine Tom Hill ran.")
	for _, want := range []string{"Chhatrapati Shivaji Terminus", "Marine Drive", "Miyagi Prefecture", "Sendai"} {
		if !slices.Contains(placeNames(d), want) {
			t.Errorf("places %v, want %q", placeNames(d), want)
		}
	}
	for _, p := range d.Record.People {
		if p.Name != "Yuki Sato" && p.Name != "Tom Hill" {
			t.Errorf("person %q", p.Name)
		}
	}
}

func TestPossessiveTownAboveRowClub(t *testing.T) {
	d := run(t, "Helen Tyson won, beating Coniston's Ruth Hodgson by almost half a minute.\n\n"+
		"Women: 1 H Tyson (Keswick AC) 23:58; 2 R Hodgson (Coniston) 24:26.\n")
	if f := personFacts(d); f["Ruth Hodgson"] != "||Coniston" {
		t.Errorf("people %v, want Ruth Hodgson from Coniston", f)
	}
}

func TestAgesInWordsGiveAges(t *testing.T) {
	d := run(t, "At seventy-three, Jean Hall is the oldest. Bill Roe, seventy, was second. Ann Day, who turned sixty last month, won.")
	f := personFacts(d)
	want := map[string]string{"Jean Hall": "73||", "Bill Roe": "70||", "Ann Day": "60||"}
	for name, w := range want {
		if f[name] != w {
			t.Errorf("%s: %q, want %q", name, f[name], w)
		}
	}
}

func TestCityRaceByDistanceApart(t *testing.T) {
	d := run(t, "Kiplagat won the Berlin 25 km last year and the Paris 20 km. He ran the Cherry Blossom 10 Mile. He ran the last 5 km alone.")
	for _, want := range []string{"Berlin 25 km", "Paris 20 km", "Cherry Blossom 10 Mile"} {
		if !slices.Contains(eventNames(d), want) {
			t.Errorf("events %v, want %q", eventNames(d), want)
		}
	}
	if len(eventNames(d)) != 3 {
		t.Errorf("events %v, want three", eventNames(d))
	}
}
