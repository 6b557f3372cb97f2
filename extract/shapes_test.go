package extract

import (
	"fmt"
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
