package extract

import (
	"strings"
	"testing"
)

func TestParseLists(t *testing.T) {
	type want struct {
		pos     int
		name    string
		written string
		country string
		club    string
		age     int
		time    string
		sex     string
		div     string
		notes   string
	}
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"numbered lines under headings", "Leading results:\n\nMen\n1. Hailu Bekana (ETH) 2:03:31\n2. Edwin Kiprono (KEN) 2:03:58\n\nWomen\n1. Lucy Chemutai (KEN) 2:18:02 PB\n5. Sanne Visser (NED) 2:23:10\n", []want{
			{1, "Hailu Bekana", "Hailu Bekana", "ETH", "", 0, "2:03:31", "M", "", ""},
			{2, "Edwin Kiprono", "Edwin Kiprono", "KEN", "", 0, "2:03:58", "M", "", ""},
			{1, "Lucy Chemutai", "Lucy Chemutai", "KEN", "", 0, "2:18:02", "F", "", "personal best"},
			{5, "Sanne Visser", "Sanne Visser", "NLD", "", 0, "2:23:10", "F", "", ""},
		}},
		{"name, country, time", "Men\n1. Samuel Kibet, Kenya, 2:05:48\n3. Lee Su-jin, South Korea, 2:26:35\n", []want{
			{1, "Samuel Kibet", "Samuel Kibet", "KEN", "", 0, "2:05:48", "M", "", ""},
			{3, "Lee Su-jin", "Lee Su-jin", "KOR", "", 0, "2:26:35", "M", "", ""},
		}},
		{"semicolon run with a label and clubs", "Women: 1 Karen Nancarrow (Mid Cornwall Runners) 37:15; 2 Helen Jory (unattached) 38:29; 3 J. Smith (Leeds AC) 39:02.\n", []want{
			{1, "Karen Nancarrow", "Karen Nancarrow", "", "Mid Cornwall Runners", 0, "37:15", "F", "", ""},
			{2, "Helen Jory", "Helen Jory", "", "", 0, "38:29", "F", "", ""},
			{3, "J. Smith", "J. Smith", "", "Leeds AC", 0, "39:02", "F", "", ""},
		}},
		{"surname-first capitals with codes, and a gap", "Wheelchair men\n1 OKORO Daniel NGR 2:10:11\n2 VAN DER BERG Piet (RSA) 2:11:40 SB\n...\n9 SMITH John GBR 2:20:00\n", []want{
			{1, "Daniel Okoro", "OKORO Daniel", "NGA", "", 0, "2:10:11", "M", "wheelchair", ""},
			{2, "Piet Van Der Berg", "VAN DER BERG Piet", "ZAF", "", 0, "2:11:40", "M", "wheelchair", "season best"},
			{9, "John Smith", "SMITH John", "GBR", "", 0, "2:20:00", "M", "wheelchair", ""},
		}},
		{"age-group heading, ages and tabs", "V50 women\n1\tJan Pascoe\t54\tTruro Running Club\t43:12\n", []want{
			{1, "Jan Pascoe", "Jan Pascoe", "", "Truro Running Club", 54, "43:12", "F", "age-group", "V50"},
		}},
		{"unnumbered rows in time order", "Results\nHailu Bekana (ETH) 2:03:31\nEdwin Kiprono (KEN) 2:03:58\nGetachew Mulugeta (ETH) 2:04:45\n", []want{
			{1, "Hailu Bekana", "Hailu Bekana", "ETH", "", 0, "2:03:31", "", "", ""},
			{2, "Edwin Kiprono", "Edwin Kiprono", "KEN", "", 0, "2:03:58", "", "", ""},
			{3, "Getachew Mulugeta", "Getachew Mulugeta", "ETH", "", 0, "2:04:45", "", "", ""},
		}},
		{"runs split at full stops, discipline labels", "Men\n\n1,500 meters: 1. Mikkel Hansen, Denmark, 3:31.45. 2. Luka Barić, Croatia, 3:31.66.\n\nWomen\n\n800 meters: 1. Noemi Frei, Switzerland, 1:58.72.\n", []want{
			{1, "Mikkel Hansen", "Mikkel Hansen", "DNK", "", 0, "3:31.45", "M", "", ""},
			{2, "Luka Barić", "Luka Barić", "HRV", "", 0, "3:31.66", "M", "", ""},
			{1, "Noemi Frei", "Noemi Frei", "CHE", "", 0, "1:58.72", "F", "", ""},
		}},
		{"category winners in a run", "Age groups: V40 men: G. Lumb (Bramley Road Runners) 34:12; over-70s: Harold Crabtree (Pudsey Pacers) 51:17.\nTeam: Otley AC.\n", []want{
			{1, "G. Lumb", "G. Lumb", "", "Bramley Road Runners", 0, "34:12", "M", "age-group", "V40"},
			{1, "Harold Crabtree", "Harold Crabtree", "", "Pudsey Pacers", 0, "51:17", "", "age-group", "over-70"},
		}},
		{"prose is not a list", "Kiprono held on for second in 2:03:58.\n1. He won the race in 2:03:31\nThe race started at 10:30.\n2 Men went through halfway in 61:40\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows := parseLists(c.text)
			if len(rows) != len(c.want) {
				for _, r := range rows {
					t.Logf("got %+v", r)
				}
				t.Fatalf("got %d rows, want %d", len(rows), len(c.want))
			}
			for i, w := range c.want {
				r := rows[i]
				written := c.text[r.NameSpan.Start:r.NameSpan.End]
				got := want{r.Position, r.Name, written, r.Country, r.Club, r.Age, r.Time, deref(r.Race.Sex), deref(r.Race.Division), strings.Join(r.Notes, ",")}
				if got != w {
					t.Errorf("row %d: got %+v, want %+v", i, got, w)
				}
				if r.Club != "" && c.text[r.ClubSpan.Start:r.ClubSpan.End] != r.Club {
					t.Errorf("row %d: club span reads %q", i, c.text[r.ClubSpan.Start:r.ClubSpan.End])
				}
			}
		})
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
