package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/racex/racex/schema"
)

// months maps English month names and their usual abbreviations to numbers.
var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// fullDate matches the two ways English news writes a complete calendar
// date: "21 April 2024" / "21st April, 2024" and "April 21, 2024". A date
// without its year ("on Sunday", "April 21") does not fix the day, so it is
// not matched.
var fullDate = regexp.MustCompile(`(?i)\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})|([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,\s+(\d{4}))\b`)

// eventDates sets an event's date when a sentence that names the event also
// gives one complete calendar date, and that date is the only one the
// sentence gives (two dates in a sentence leave it unclear which is the
// race's).
func eventDates(p *Pipeline, d *Doc) {
	for i := range d.Record.Events {
		ev := &d.Record.Events[i]
		if ev.Date != nil {
			continue
		}
		dates := map[string]bool{}
		for _, m := range ev.Mentions {
			si := d.SentenceAt(m.Start)
			if si < 0 {
				continue
			}
			s := d.Sentences[si]
			for _, iso := range datesIn(d.Text[s.Start:s.End]) {
				dates[iso] = true
			}
		}
		if len(dates) == 1 {
			for iso := range dates {
				ev.Date = schema.Str(iso)
			}
		}
	}
}

// datesIn returns the ISO dates of every complete, valid date in s.
func datesIn(s string) []string {
	var out []string
	for _, m := range fullDate.FindAllStringSubmatch(s, -1) {
		day, month, year := m[1], m[2], m[3]
		if day == "" {
			month, day, year = m[4], m[5], m[6]
		}
		mon, ok := months[strings.ToLower(month)]
		if !ok {
			continue
		}
		dn, _ := strconv.Atoi(day)
		yn, _ := strconv.Atoi(year)
		if dn < 1 || dn > daysIn(mon, yn) || yn < 1800 || yn > 2200 {
			continue
		}
		out = append(out, fmt.Sprintf("%04d-%02d-%02d", yn, mon, dn))
	}
	return out
}

func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
