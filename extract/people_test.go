package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// "Lascelles, Grieve and Tim Booth" after the two were named in full is
// three runners, not three Booths; "Mia, Jake and Ollie Turner" with no
// such earlier names is three Turners.
func TestSurnamesInAListAreNotFirstNames(t *testing.T) {
	d := run(t, "Sam Lascelles won and Ian Grieve was second. The Harriers trio of Lascelles, Grieve and Tim Booth won the team prize. "+
		"Mia, Jake and Ollie Turner ran together.\n")
	if got := strings.Join(personNames(d), "|"); got != "Ian Grieve|Jake Turner|Mia Turner|Ollie Turner|Sam Lascelles|Tim Booth" {
		t.Errorf("people = %q", got)
	}
}

func TestLionsIsAClub(t *testing.T) {
	d := run(t, "Keith Roebuck of Stainland Lions held off the V50 field in 36:15.\n")
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	if strings.Join(orgs, "|") != "Stainland Lions" || len(d.Record.Places) != 0 {
		t.Errorf("organisations %q, places %d: want the club and no place", orgs, len(d.Record.Places))
	}
}

func TestTheSecondWomanCommaName(t *testing.T) {
	d := run(t, "Nadia Okafor won the women's race in 36:58 and finished well clear of the second woman, Ruth Harker of Kirkstall Harriers.\n")
	got := positions(d)
	if got != "Nadia Okafor=1 Ruth Harker=2" {
		t.Errorf("results = %q, want Okafor first and Harker second", got)
	}
}

func TestSumReportedAfterTheClauseIsTheEvents(t *testing.T) {
	d := run(t, "Race director Tom Vandermolen thanked the volunteers. The weekend raised $86,000 for the Quad Cities Food Bank, he said.\n")
	if got := fundLines(d); got != "|Quad Cities Food Bank|86000 USD raised" {
		t.Errorf("fundraising = %q, want the event's sum", got)
	}
}

func TestTheWomensWinnerCommaName(t *testing.T) {
	d := run(t, "Half marathon\n\nJoe Bloggs won the men's race in 55:01. The women's winner, Amy Castellanos of Galesburg, Ill., ran 1:01:44.\n")
	got := positions(d)
	if got != "Amy Castellanos=1 Joe Bloggs=1" {
		t.Errorf("results = %q, want both winners", got)
	}
}

func TestTheFirstAcrossTheLine(t *testing.T) {
	for _, s := range []string{"Sofia Brandt was the first across the line in 6:41.", "Sofia Brandt was the first home in 6:41."} {
		d := run(t, "Kids mile\n\n"+s+"\n")
		if len(d.Record.Results) != 1 || d.Record.Results[0].Position == nil || *d.Record.Results[0].Position != 1 {
			t.Errorf("%s: results %+v, want Sofia Brandt first", s, d.Record.Results)
		}
	}
}

func TestThePodiumWasCompletedBy(t *testing.T) {
	d := run(t, "Marathon\n\nTom Lee won in 2:08:11 ahead of Sam Hale. The podium was completed by Sofia Brandt in 2:10:05.\n")
	got := positions(d)
	if got != "Sam Hale=2 Sofia Brandt=3 Tom Lee=1" {
		t.Errorf("results = %q", got)
	}
}

func TestBehindXCame(t *testing.T) {
	for _, s := range []string{"Behind him came Sofia Brandt and Tom Hale.", "Behind Lee were Sofia Brandt (2:09:01) and Tom Hale (2:09:40)."} {
		d := run(t, "Marathon\n\nTom Lee won in 2:08:11. "+s+"\n")
		got := positions(d)
		if got != "Sofia Brandt=2 Tom Hale=3 Tom Lee=1" {
			t.Errorf("%s: results = %q", s, got)
		}
	}
}

// "The Scot, 31," is the runner the text is about, not a person named
// Scot; "Scot Walker" is still a person.
func TestTheScotIsADemonym(t *testing.T) {
	d := run(t, "Run\n\nSam Lee won in 31:05. The Scot, 31, was delighted. Scot Walker was second.\n")
	if got := strings.Join(personNames(d), "|"); got != "Sam Lee|Scot Walker" {
		t.Errorf("people = %q", got)
	}
	for _, p := range d.Record.People {
		if p.Name == "Sam Lee" && (p.Nationality == nil || *p.Nationality != "GBR" || p.Age == nil || *p.Age != 31) {
			t.Errorf("Sam Lee: %+v, want GBR and 31", p)
		}
	}
}

func TestCountryBeforeATitle(t *testing.T) {
	for s, want := range map[string]string{
		"Kenya junior champion Mary Chebet won.":                "KEN",
		"The race was won by Kenya record holder Mary Chebet.":  "KEN",
		"Boston champion Mary Chebet won.":                      "",
		"Kenya Airways pilot Mary Chebet won the race in 2:31.": "",
	} {
		d := run(t, "Run\n\n"+s+"\n")
		if got := strings.Split(personFacts(d)["Mary Chebet"]+"||", "|")[1]; got != want {
			t.Errorf("%s: nationality %q, want %q", s, got, want)
		}
	}
}

func TestOriginallyFromAndNowLiving(t *testing.T) {
	for s, want := range map[string]string{
		"Sam Lee, originally from Leeds but now living in Bristol, won.": "Bristol",
		"Sam Lee, born in Leeds, now lives in Bristol, won.":             "Bristol",
		"Sam Lee, originally from Leeds, won.":                           "Leeds",
		"Sam Lee, originally from Kenya, won.":                           "",
	} {
		d := run(t, "Run\n\n"+s+"\n")
		if got := strings.Split(personFacts(d)["Sam Lee"]+"||", "|")[2]; got != want {
			t.Errorf("%s: home town %q, want %q", s, got, want)
		}
	}
}

// "for the hospice" with no hospice named before is the cause in its own
// words; after one is named it is that one; "the charity" alone is none.
func TestTheHospiceAsACause(t *testing.T) {
	for s, want := range map[string]string{
		"Sam Lee raised £400 for the hospice.":                                "Sam Lee||the hospice|400 GBP raised",
		"The race raised £40,000 for the hospice.":                            "||the hospice|40000 GBP raised",
		"Sam Lee raised £400 for St Luke's Hospice. The hospice thanked him.": "Sam Lee|St Luke's Hospice||400 GBP raised",
		"Sam Lee raised £400 for the charity.":                                "Sam Lee|||400 GBP raised",
	} {
		d := run(t, "Run\n\n"+s+"\n")
		var got []string
		for _, f := range d.Record.Fundraising {
			line := fmt.Sprintf("%s|%s|%s|", deref(f.Person), deref(f.Charity), deref(f.Cause))
			if f.Amount != nil {
				line += fmt.Sprintf("%v %s %s", f.Amount.Value, f.Amount.Currency, deref(f.Status))
			}
			got = append(got, line)
		}
		if strings.Join(got, "\n") != want {
			t.Errorf("%s: fundraising %q, want %q", s, got, want)
		}
	}
}

func TestTriumphedAndPrevailedAreWins(t *testing.T) {
	for _, s := range []string{"Sam Lee triumphed in 2:08:11.", "Sam Lee prevailed in 2:08:11."} {
		d := run(t, "Marathon\n\n"+s+"\n")
		if got := positions(d); got != "Sam Lee=1" {
			t.Errorf("%s: results %q, want Sam Lee first", s, got)
		}
	}
}
