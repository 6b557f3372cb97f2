package extract

import (
	"strings"
	"testing"
)

func TestDatesIn(t *testing.T) {
	cases := map[string]string{
		"The race was held on 21 April 2024 in sunshine.": "2024-04-21",
		"It was run on Sunday, April 21, 2024, at 9am.":   "2024-04-21",
		"on 3rd Sept, 2023":                        "2023-09-03",
		"on 29 February 2023":                      "", // no such day
		"on 29 February 2024":                      "2024-02-29",
		"on April 21":                              "", // no year: the day is not fixed
		"set in 2021":                              "",
		"the 21 May 2023 and 4 June 2023 editions": "2023-05-21 2023-06-04",
		"May 5, 2019 was the last time. may 40, 2020 wasn't": "2019-05-05",
	}
	for in, want := range cases {
		if got := strings.Join(datesIn(in), " "); got != want {
			t.Errorf("datesIn(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEventDateOnlyFromTheEventsSentence(t *testing.T) {
	text := "Headline for the race\n\nAnna Berg won the Oslo Marathon on 14 September 2025 in 2:24:10. " +
		"She had also won in Bergen on 2 June 2024.\n"
	rec := Default().Extract(Input{Text: text})
	var found bool
	for _, e := range rec.Events {
		if e.Name == "Oslo Marathon" {
			found = true
			if e.Date == nil || *e.Date != "2025-09-14" {
				t.Errorf("Oslo Marathon date = %v, want 2025-09-14", e.Date)
			}
		}
	}
	if !found {
		t.Fatalf("no Oslo Marathon event in %+v", rec.Events)
	}
}
