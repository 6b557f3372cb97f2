package extract

import (
	"slices"
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
