package extract

import (
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// Entity boundaries of shapes seen in unseen reports: possessives,
// offices of places, company suffixes.

func TestPossessiveBeforeLaterOrgAndOfficesOfCities(t *testing.T) {
	d := run(t, "Two Oceans\n\nSteyn was followed home by Zimbabwe's Adele Broodryk and Irvette van Zyl of Hollywood Athletics Club. "+
		"Western Cape Premier Alan Winde and City of Cape Town Mayor Geordin Hill-Lewis watched from Chapman's Peak Drive. "+
		"Lindiwe Sobekwa of Two Oceans Marathon NPC spoke. Chorley's Ben Hill ran.\n")
	if got := strings.Join(personNames(d), "|"); got != "Adele Broodryk|Alan Winde|Ben Hill|Geordin Hill-Lewis|Irvette van Zyl|Lindiwe Sobekwa" {
		t.Errorf("people = %q", got)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	for _, want := range []string{"Zimbabwe", "Western Cape", "City of Cape Town", "Chapman's Peak Drive", "Chorley"} {
		if !hasStr(places, want) {
			t.Errorf("places = %q, want %s", places, want)
		}
	}
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	if !hasStr(orgs, "Two Oceans Marathon NPC") || !hasStr(orgs, "Hollywood Athletics Club") {
		t.Errorf("organisations = %q", orgs)
	}
}

func TestAndInsideHeadsAndTitlesPossessiveEvents(t *testing.T) {
	d := run(t, "Fun run\n\nMore than 600 runners took part in the Mayor's Fun Run. Watch Manager Dave Kelly of "+
		"Lancashire Fire and Rescue Service ran in kit. The Mayor's wife Jane Cole cheered.\n")
	if got := strings.Join(personNames(d), "|"); got != "Dave Kelly|Jane Cole" {
		t.Errorf("people = %q", got)
	}
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	if !hasStr(orgs, "Lancashire Fire and Rescue Service") {
		t.Errorf("organisations = %q", orgs)
	}
	events := names(d.Record.Events, func(e schema.Event) string { return e.Name })
	if strings.Join(events, "|") != "Mayor's Fun Run" {
		t.Errorf("events = %q", events)
	}
}

func TestIrishBodiesAndCoordinatedCharities(t *testing.T) {
	d := run(t, "Lee Valley\n\nBallincollig garda Seán Ó Riordáin won. Cork North-West TD Michael Creed presented the prizes. "+
		"Sergeant Mary Lynch of An Garda Síochána ran. The race raised €6,400 for the Mercy University Hospital Foundation "+
		"and Cork ARC Cancer Support House.\n")
	got := personFacts(d)
	if got["Seán Ó Riordáin"] != "||Ballincollig" || got["Mary Lynch"] != "||" || got["Michael Creed"] != "||" {
		t.Errorf("people %v", got)
	}
	charities := names(d.Record.Charities, func(c schema.Charity) string { return c.Name })
	if strings.Join(charities, "|") != "Cork ARC Cancer Support House|Mercy University Hospital Foundation" {
		t.Errorf("charities = %q", charities)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if !hasStr(places, "Cork North-West") {
		t.Errorf("places = %q", places)
	}
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	if !hasStr(orgs, "An Garda Síochána") {
		t.Errorf("organisations = %q", orgs)
	}
}

func TestPlaceBeforeMoreOccupations(t *testing.T) {
	d := run(t, "Notes\n\nTe Puke orchardist Mere Walker, 52, was first woman.\n")
	if got := personFacts(d); got["Mere Walker"] != "52||Te Puke" || len(got) != 1 {
		t.Errorf("people %v", got)
	}
}

func TestMemberForSeatAndBodyOffices(t *testing.T) {
	d := run(t, "Officials\n\nMember for Perth Patrick Gorman cheered. NSW Police Commissioner Karen Webb presented medals.\n")
	if got := strings.Join(personNames(d), "|"); got != "Karen Webb|Patrick Gorman" {
		t.Errorf("people = %q", got)
	}
	if p := personNamed(d, "Karen Webb"); p == nil || !hasStr(p.Titles, "Commissioner") {
		t.Errorf("Karen Webb = %+v", p)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if !hasStr(places, "Perth") {
		t.Errorf("places = %q", places)
	}
}

func TestLongCapitalisedJobTitles(t *testing.T) {
	d := run(t, "Notes\n\nThanks went to Chief Executive Officer Jane Doe and Volunteer Coordinator Sam Price.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe|Sam Price" {
		t.Errorf("people = %q", got)
	}
}

func TestTwoWordTownsInPlaceSlots(t *testing.T) {
	d := run(t, "Prairie notes\n\nMedicine Hat's Jane Doe won the race. Swift Current resident Tom Fox was second. "+
		"The Moose Jaw event drew 200 runners. Runners travelled to Lethbridge and Fort Macleod.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe|Tom Fox" {
		t.Errorf("people = %q", got)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if got := strings.Join(places, "|"); got != "Fort Macleod|Lethbridge|Medicine Hat|Moose Jaw|Swift Current" {
		t.Errorf("places = %q", got)
	}
}

func TestAgesInResultsRows(t *testing.T) {
	d := run(t, "Results\n\nWomen: 1. Amy Price (aged 40), 18:01; 2. Jo Lane 35 18:30; 3. Kate Moss, age 29, 18:45.\n")
	got := personFacts(d)
	for name, want := range map[string]string{"Amy Price": "40||", "Jo Lane": "35||", "Kate Moss": "29||"} {
		if got[name] != want {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], want, got)
		}
	}
	if p := positions(d); p != "Amy Price=1 Jo Lane=2 Kate Moss=3" {
		t.Errorf("positions %s", p)
	}
	var ages []string
	for _, q := range d.Record.Quantities {
		if q.Kind == schema.KindAge {
			ages = append(ages, q.Text)
		}
	}
	if strings.Join(ages, ",") != "aged 40,35,age 29" {
		t.Errorf("age quantities %q", ages)
	}
}

func TestOfficeOfABody(t *testing.T) {
	d := run(t, "X\n\nMember of Parliament Jane Doe ran.\n")
	if got := strings.Join(personNames(d), "|"); got != "Jane Doe" {
		t.Errorf("people = %q", got)
	}
	if len(d.Record.Places) != 0 {
		t.Errorf("places = %+v, want none", d.Record.Places)
	}
}
