package extract

import (
	"fmt"
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

func TestParseTables(t *testing.T) {
	type want struct {
		pos     int
		name    string
		country string
		club    string
		age     int
		time    string
		seconds float64
		sex     string
	}
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"pipe table with header and rule under a heading", "Boys 5000m\nPos | Name | Year | School | Time\n---|---|---|---|---\n1 | Owen Tabor | 2008 | Millbrook High | 15:42.1\n2 | Ravi Desai | 2009 | Eastfield Academy | 15:50.3\n", []want{
			{1, "Owen Tabor", "", "Millbrook High", 0, "15:42.1", 942.1, "M"},
			{2, "Ravi Desai", "", "Eastfield Academy", 0, "15:50.3", 950.3, "M"},
		}},
		{"pipe table with edge pipes, no header", "| 1 | Owen Tabor | Millbrook Harriers | 15:42 |\n| 2 | Ravi Desai | Eastfield AC | 15:50 |\n", []want{
			{1, "Owen Tabor", "", "Millbrook Harriers", 0, "15:42", 942, ""},
			{2, "Ravi Desai", "", "Eastfield AC", 0, "15:50", 950, ""},
		}},
		{"tab table with codes", "Women\n1\tGrete Lindqvist\tSWE\t2:24:10\n2\tAmina Yusuf\tETH\t2:24:55 PB\n", []want{
			{1, "Grete Lindqvist", "SWE", "", 0, "2:24:10", 8650, "F"},
			{2, "Amina Yusuf", "ETH", "", 0, "2:24:55", 8695, "F"},
		}},
		{"tab table with age and club", "3\tMaria Olsen\t42\tFjord Runners\t38:10\n4\tPetra Holm\t37\tFjord Runners\t38:55\n", []want{
			{3, "Maria Olsen", "", "Fjord Runners", 42, "38:10", 2290, ""},
			{4, "Petra Holm", "", "Fjord Runners", 37, "38:55", 2335, ""},
		}},
		{"header names the time column before a pace column", "Place | Athlete | Age | Chip time | Pace\n1 | Dana Whitlow | 34 | 1:12:40 | 5:33\n2 | Cole Barker | 29 | 1:13:02 | 5:35\n", []want{
			{1, "Dana Whitlow", "", "", 34, "1:12:40", 4360, ""},
			{2, "Cole Barker", "", "", 29, "1:13:02", 4382, ""},
		}},
		{"unnumbered comma run after a label", "Men: Tomas Brenner (GER) 2:10:11, Yusuf Karimi (KEN) 2:10:40, Jonas Ek (SWE) 2:11:02\n", []want{
			{1, "Tomas Brenner", "DEU", "", 0, "2:10:11", 7811, "M"},
			{2, "Yusuf Karimi", "KEN", "", 0, "2:10:40", 7840, "M"},
			{3, "Jonas Ek", "SWE", "", 0, "2:11:02", 7862, "M"},
		}},
		{"numbered comma run", "Women: 1 Lena Vos (NED) 2:25:01, 2 Ruth Achieng (KEN) 2:25:30, 3 Mei Tanaka (JPN) 2:26:12\n", []want{
			{1, "Lena Vos", "NLD", "", 0, "2:25:01", 8701, "F"},
			{2, "Ruth Achieng", "KEN", "", 0, "2:25:30", 8730, "F"},
			{3, "Mei Tanaka", "JPN", "", 0, "2:26:12", 8772, "F"},
		}},
		{"minutes written with a dot in a 10K", "The Millpond 10K was run in heavy rain.\n\nResults: 1 P. Hughes (Wigan Harriers) 31.47; 2 D. Moss (Bolton AC) 32.05; 3 K. Lowe (Chorley AC) 32.40.\n", []want{
			{1, "P. Hughes", "", "Wigan Harriers", 0, "31.47", 1907, ""},
			{2, "D. Moss", "", "Bolton AC", 0, "32.05", 1925, ""},
			{3, "K. Lowe", "", "Chorley AC", 0, "32.40", 1960, ""},
		}},
		{"dotted minutes one row a line, and hours", "Ladies\n1 Ann Crowther (Holmfirth Harriers) 15.02\n2 Jo Platt (Barnsley AC) 15.40 PB\n\nHalf marathon\n1 Ian Firth (Halifax Harriers) 1.12.05\n", []want{
			{1, "Ann Crowther", "", "Holmfirth Harriers", 0, "15.02", 902, "F"},
			{2, "Jo Platt", "", "Barnsley AC", 0, "15.40", 940, "F"},
			{1, "Ian Firth", "", "Halifax Harriers", 0, "1.12.05", 4325, ""},
		}},
		{"sprint times in seconds", "Men's 100m\n1 | Kofi Mensah | GHA | 10.18\n2 | Luis Ortega | ESP | 10.31\n", []want{
			{1, "Kofi Mensah", "GHA", "", 0, "10.18", 10.18, "M"},
			{2, "Luis Ortega", "ESP", "", 0, "10.31", 10.31, "M"},
		}},
		{"two finishers after a heading, joined by and", "Leading finishers:\nTomas Brenner (GER) 2:10:11 and Yusuf Karimi (KEN) 2:10:40\n", []want{
			{1, "Tomas Brenner", "DEU", "", 0, "2:10:11", 7811, ""},
			{2, "Yusuf Karimi", "KEN", "", 0, "2:10:40", 7840, ""},
		}},
		{"category winners are not numbered", "Age group winners: Tomas Brenner (GER) 2:20:11, Yusuf Karimi (KEN) 2:30:40\n", []want{
			{0, "Tomas Brenner", "DEU", "", 0, "2:20:11", 8411, ""},
			{0, "Yusuf Karimi", "KEN", "", 0, "2:30:40", 9040, ""},
		}},
		{"dotted minutes when the first distance named is not the race's", "With 400m to go Hughes kicked clear.\n\n1 P. Hughes (Wigan Harriers) 31.47\n2 D. Moss (Bolton AC) 32.05\n", []want{
			{1, "P. Hughes", "", "Wigan Harriers", 0, "31.47", 1907, ""},
			{2, "D. Moss", "", "Bolton AC", 0, "32.05", 1925, ""},
		}},
		{"a label naming another distance ends the heading's race", "Girls 5000m\n1\tNina Hale\tEastfield Academy\t17:55.0\n2\tPriya Nair\tMillbrook High\t18:10.4\n\nThe Harbour 10K results: 1 P. Hughes (Wigan Harriers) 31.47, 2 D. Moss (Bolton AC) 32.05\n", []want{
			{1, "Nina Hale", "", "Eastfield Academy", 0, "17:55.0", 1075, "F"},
			{2, "Priya Nair", "", "Millbrook High", 0, "18:10.4", 1090.4, "F"},
			{1, "P. Hughes", "", "Wigan Harriers", 0, "31.47", 1907, ""},
			{2, "D. Moss", "", "Bolton AC", 0, "32.05", 1925, ""},
		}},
		{"sex column and surname-first names", "Pl | Name | M/F | Club | Time\n1 | HARVEY, Tom | M | Newquay RR | 32:47\n2 | JORY, Helen | F | Carn Runners | 33:06\n", []want{
			{1, "Tom Harvey", "", "Newquay RR", 0, "32:47", 1967, "M"},
			{2, "Helen Jory", "", "Carn Runners", 0, "33:06", 1986, "F"},
		}},
		{"sex cell read by its shape", "1\tTom Harvey\tM\tNewquay RR\t32:47\n2\tHelen Jory\tF\tCarn Runners\t33:06\n", []want{
			{1, "Tom Harvey", "", "Newquay RR", 0, "32:47", 1967, "M"},
			{2, "Helen Jory", "", "Carn Runners", 0, "33:06", 1986, "F"},
		}},
		{"time before the name", "1\t2:10:11\tTomas Brenner\tGER\n2\t2:10:40\tYusuf Karimi\tKEN\n", []want{
			{1, "Tomas Brenner", "DEU", "", 0, "2:10:11", 7811, ""},
			{2, "Yusuf Karimi", "KEN", "", 0, "2:10:40", 7840, ""},
		}},
		{"ordinal comma run", "Women: 1st Lena Vos (NED) 2:25:01, 2nd Ruth Achieng (KEN) 2:25:30\n", []want{
			{1, "Lena Vos", "NLD", "", 0, "2:25:01", 8701, "F"},
			{2, "Ruth Achieng", "KEN", "", 0, "2:25:30", 8730, "F"},
		}},
		{"a table that is not results", "Sponsor | Amount | Year\nAcme Foods | 500 | 2023\nBright Bank | 250 | 2023\n", nil},
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
				got := want{r.Position, r.Name, r.Country, r.Club, r.Age, r.Time, r.Seconds, deref(r.Race.Sex)}
				if got != w {
					t.Errorf("row %d: got %+v, want %+v", i, got, w)
				}
				written := c.text[r.NameSpan.Start:r.NameSpan.End]
				if sur, first, ok := strings.Cut(written, ", "); ok {
					written = first + " " + sur[:1] + strings.ToLower(sur[1:])
				}
				if written != r.Name {
					t.Errorf("row %d: name span reads %q", i, written)
				}
				if r.Club != "" && c.text[r.ClubSpan.Start:r.ClubSpan.End] != r.Club {
					t.Errorf("row %d: club span reads %q", i, c.text[r.ClubSpan.Start:r.ClubSpan.End])
				}
			}
		})
	}
}

func TestDottedSeconds(t *testing.T) {
	cases := []struct {
		text string
		dist float64
		want float64
		ok   bool
	}{
		{"31.47", 10000, 31*60 + 47, true},
		{"15.02", 5000, 15*60 + 2, true},
		{"4.05", 1500, 4*60 + 5, true},
		{"10.18", 100, 10.18, true},
		{"45.90", 400, 45.90, true},
		{"31.47", 0, 31*60 + 47, true},
		{"1.12.05", 21097.5, 3600 + 12*60 + 5, true},
		{"10.18", 0, 0, false},     // a sprint or a 3000 m: unknown
		{"31.75", 10000, 0, false}, // 75 is no seconds
		{"3.47", 10000, 0, false},  // too fast for 10K, too slow for a sprint
		{"31", 10000, 0, false},
		{"55.0", 400, 55, true}, // hand-timed tenths: a sprint's seconds
		{"12.08", sprintUnknown, 12.08, true},
		{"47.3", sprintUnknown, 47.3, true},
		{"31.4", 10000, 0, false}, // tenths are no minutes.seconds
	}
	for _, c := range cases {
		got, ok := dottedSeconds(c.text, c.dist)
		if ok != c.ok || got != c.want {
			t.Errorf("dottedSeconds(%q, %v) = %v, %v; want %v, %v", c.text, c.dist, got, ok, c.want, c.ok)
		}
	}
}

func TestTextDistance(t *testing.T) {
	cases := map[string]float64{
		"Boys 5000m":              5000,
		"10,000 metres final":     10000,
		"The Harbour 10K results": 10000,
		"5 miles":                 5 * 1609.344,
		"Half marathon":           21097.5,
		"Men's 100m":              100,
		"3 K. Lowe":               0, // an initial, not kilometres
		"Results":                 0,
	}
	for in, want := range cases {
		if got := textDistance(in); got != want {
			t.Errorf("textDistance(%q) = %v, want %v", in, got, want)
		}
	}
}

// TestRowTimesAreDurations: a results row's time is a duration quantity,
// with its span and seconds, even written with a dot, which the quantity
// scanner alone does not read as a time.
func TestRowTimesAreDurations(t *testing.T) {
	text := "Women's 10km: 1 Ruth Ainsley (Otley AC) 33.47; 2 Mary Dunne (Ilkley Harriers) 34.05.\n"
	rec := Default().Extract(Input{Text: text})
	want := map[string]float64{"33.47": 2027, "34.05": 2045}
	for _, q := range rec.Quantities {
		if q.Kind != "duration" {
			continue
		}
		secs, ok := want[q.Text]
		if !ok {
			t.Errorf("unexpected duration %q", q.Text)
			continue
		}
		delete(want, q.Text)
		if q.Normalized == nil || q.Normalized.Value == nil || *q.Normalized.Value != secs {
			t.Errorf("%q: normalized %+v, want %v s", q.Text, q.Normalized, secs)
		}
		if q.Span == nil || text[q.Span.Start:q.Span.End] != q.Text {
			t.Errorf("%q: span %+v does not hold it", q.Text, q.Span)
		}
	}
	for s := range want {
		t.Errorf("no duration for the row time %q", s)
	}
}

func TestAgeCategory(t *testing.T) {
	for w, want := range map[string]bool{
		"V40": true, "m50": true, "F35": true, "W55": true, "U20": true, "MV45": true, "SV50": true, "Vet60s": true,
		"over-60s": true, "Under-20s": true, "u17": true, "veterans": true, "Vets": true, "Masters": true,
		"juniors": true, "Senior": true, "seniors-2": true, "MSEN": true, "FSEN": true, "MU17": true, "wjun": true,
		"Msen": true, "Mens": false, "Fsena": false,
		"": false, "Mary": false, "40": false, "V4": false, "Ōta": false, "O'Neill": false, "Jonas": false, "Sale": false,
	} {
		if got := ageCategory(w); got != want {
			t.Errorf("ageCategory(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestFixedWidthTables(t *testing.T) {
	type want struct {
		pos  int
		name string
		club string
		age  int
		time string
		sex  string
		div  string
		out  string
	}
	cases := []struct {
		name string
		text string
		want []want
	}{
		{"header with bib, category, chip and gun; an empty club; a DNF row",
			"Pos  Bib  Name             Age  Cat    Club                Chip     Gun\n" +
				"1    212  Craig Fenton      31  MSEN   Horsforth Harriers  32:41    32:43\n" +
				"2    87   Zoë Ashworth      27  FSEN                       32:55    32:58\n" +
				"DNF  340  Tom Varley        36  MSEN   Bramley Striders    -        -\n" +
				"\nThe next race is in June.\n",
			[]want{
				{1, "Craig Fenton", "Horsforth Harriers", 31, "32:41", "", "", ""},
				{2, "Zoë Ashworth", "", 27, "32:55", "", "", ""},
				{0, "Tom Varley", "Bramley Striders", 36, "", "", "", "DNF"},
			}},
		{"DNF in the time column of a pipe table",
			"Pos | Name | Club | Time\n1 | Ann Lee | Otley AC | 40:10\n- | Cat Dunn | Leeds AC | DNF\n",
			[]want{
				{1, "Ann Lee", "Otley AC", 0, "40:10", "", "", ""},
				{0, "Cat Dunn", "Leeds AC", 0, "", "", "", "DNF"},
			}},
		{"right-aligned places and a name run on into the club's column",
			"  Pos   Bib  Name                Club                  Time\n" +
				"    1   212  Craig Fenton        Horsforth Harriers    32:41\n" +
				"   10    87  Christopher Fenton-Smith Leeds City AC    32:55\n",
			[]want{
				{1, "Craig Fenton", "Horsforth Harriers", 0, "32:41", "", "", ""},
				{10, "Christopher Fenton-Smith", "Leeds City AC", 0, "32:55", "", "", ""},
			}},
		{"gun time alone is the time",
			"Place  Name          Club         Gun time\n1      Ann Lee       Otley AC     40:10\n2      Bea Moss      Otley AC     40:55\n",
			[]want{
				{1, "Ann Lee", "Otley AC", 0, "40:10", "", "", ""},
				{2, "Bea Moss", "Otley AC", 0, "40:55", "", "", ""},
			}},
		{"category winners: no placings, one category a row",
			"Cat   Name              Time\nMV50  Keith Roebuck     36:15\nMV60  Alan Sugden       41:07\nFV50  Julie Ackroyd     42:29\n",
			[]want{
				{1, "Keith Roebuck", "", 0, "36:15", "M", "age-group", ""},
				{1, "Alan Sugden", "", 0, "41:07", "M", "age-group", ""},
				{1, "Julie Ackroyd", "", 0, "42:29", "F", "age-group", ""},
			}},
		{"prose with wide gaps is no table", "Name  the day  you want.  Then  come.\nHe ran  well.\n", nil},
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
				got := want{r.Position, r.Name, r.Club, r.Age, r.Time, deref(r.Race.Sex), deref(r.Race.Division), r.Out}
				if got != w {
					t.Errorf("row %d: got %+v, want %+v", i, got, w)
				}
				if c.text[r.NameSpan.Start:r.NameSpan.End] != r.Name {
					t.Errorf("row %d: name span reads %q", i, c.text[r.NameSpan.Start:r.NameSpan.End])
				}
			}
		})
	}
}

func TestOutRowsTeamRowsAndBracketedHeadings(t *testing.T) {
	text := "Men's 100m, heat 2 (wind -0.6)\n1. Callum Baird (Ochil Athletics) 10.47\n2. Ryan McAllister (Falkirk Victoria Harriers) 10.81\n" +
		"DQ Lewis Gray (Edinburgh AC)\n\nMen's 4x400m relay\n1. Ochil Athletics 3:21.85\n2. Giffnock North AC 3:24.10\nDQ Falkirk Victoria Harriers\n"
	var got []string
	for _, r := range parseLists(text) {
		who := r.Name
		if r.Team {
			who = "team:" + r.Club
		}
		got = append(got, fmt.Sprintf("%s=%d %s %s %s", who, r.Position, r.Time, deref(r.Race.Sex), r.Out))
	}
	want := []string{
		"Callum Baird=1 10.47 M ", "Ryan McAllister=2 10.81 M ", "Lewis Gray=0  M DQ",
		"team:Ochil Athletics=1 3:21.85 M ", "team:Giffnock North AC=2 3:24.10 M ", "team:Falkirk Victoria Harriers=0  M DQ",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	rows := parseLists("10K (ladies)\n1 Amy Cole (Leeds AC) 36:10\n2 Beth Lowe (Otley AC) 36:42\n")
	if len(rows) != 2 || deref(rows[0].Race.Sex) != "F" {
		t.Errorf("a bracketed sex in a heading: %+v", rows)
	}
	// Prose with a leading mark is no row: "DNS" needs a name and a club.
	if rows := parseLists("DNS was the verdict for many on the day.\n"); len(rows) != 0 {
		t.Errorf("prose read as rows: %+v", rows)
	}
}

func TestRowTimesFirstAndWithUnits(t *testing.T) {
	text := "Women\n1. 31:02 Jane Doe (Leeds AC)\n2. 31:40 Mary Roe (Otley AC)\n\n" +
		"Men's 10K\n1 Peter Lane (Bingley Harriers) 31m 48s\n2 Tom Wade (Otley AC) 32m 10.5s PB\n3 Al Hunt (Leeds AC) 1hr 02min\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s %g %s", r.Name, r.Position, r.Time, r.Seconds, strings.Join(r.Notes, ",")))
	}
	want := []string{"Jane Doe=1 31:02 1862 ", "Mary Roe=2 31:40 1900 ", "Peter Lane=1 31m 48s 1908 ",
		"Tom Wade=2 32m 10.5s 1930.5 personal best", "Al Hunt=3 1hr 02min 3720 "}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A time opening a line of prose is no row.
	if rows := parseLists("10:30 Runners gather at the start (Leeds AC) for the race.\n"); len(rows) != 0 {
		t.Errorf("prose read as rows: %+v", rows)
	}
}

func TestCategoryCodesInRows(t *testing.T) {
	text := "Category winners\nMV40 Keith Roebuck (Stainland Lions) 36:15\nFV45 Julie Ackroyd (Pudsey Pacers) 42:29\n\n" +
		"Leading finishers\n1 Sean Hart (Leeds AC) 32:55 (M45)\n2 Al Hunt (Otley AC) 33:10 M50\n3 Rob Kay (Leeds AC) 33:40\n\n" +
		"Age groups: M40: 1 Carl Whitaker 35:40; 2 Gary Pratt 38:55.\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s %s/%s", r.Name, r.Position, r.Time, deref(r.Race.Sex), deref(r.Race.Division)))
	}
	want := []string{"Keith Roebuck=1 36:15 M/age-group", "Julie Ackroyd=1 42:29 F/age-group",
		"Sean Hart=1 32:55 /", "Al Hunt=2 33:10 /", "Rob Kay=3 33:40 /",
		"Carl Whitaker=1 35:40 M/age-group", "Gary Pratt=2 38:55 M/age-group"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTiesHashesAndTrailingMarks(t *testing.T) {
	text := "Results\n\n(1) Joe Brearley (Ilkley Harriers) 27:14\n(2) Rob Lascelles (Wharfedale Harriers) 27:33\n" +
		"3= Sam Kitson (Otley AC) 28:02\n3= Peter Oddie (Ilkley Harriers) 28:02\n5 Tom Varley (Bramley Striders) DNF\n\n" +
		"Women\n#1 Hannah Grieve (Wharfedale Harriers) 31:20\n#2 Lucy Metcalfe (Ilkley Harriers) 31:58\n\n" +
		"Men: 1 Ethan Marsh (Otley AC) 35:06; DNF Rob Lane (Otley AC).\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s%s", r.Name, r.Position, r.Time, r.Out))
	}
	want := []string{"Joe Brearley=1 27:14", "Rob Lascelles=2 27:33", "Sam Kitson=3 28:02", "Peter Oddie=3 28:02", "Tom Varley=0 DNF",
		"Hannah Grieve=1 31:20", "Lucy Metcalfe=2 31:58", "Ethan Marsh=1 35:06", "Rob Lane=0 DNF"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d := run(t, text)
	for _, p := range d.Record.People {
		if p.Name == "DNF" {
			t.Errorf("a row's DNF mark read as a person")
		}
	}
}

func TestRowTimesWithPrimesAndUnits(t *testing.T) {
	text := "Results\n\n1. Marco Rossi (ITA) 2h08'15\"\n2. Paolo Verdi (ITA) 2:10:11h\n3. Jan Novak (CZE) 2:11:30 hrs\n\n" +
		"Women: 1. Anna Neri (ITA) 31'48\"; 2. Sara Conti (ITA) 32’10”; 3. Eva Lang (GER) 32:55min.\n\n" +
		"1500m\n1. Ugo Sala (ITA) 3'35\"50\n\nMarathon\n1. Paul Morel (FRA) 2h31:18\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s %g", r.Name, r.Position, r.Time, r.Seconds))
	}
	want := []string{"Marco Rossi=1 2h08'15\" 7695", "Paolo Verdi=2 2:10:11 7811", "Jan Novak=3 2:11:30 7890",
		"Anna Neri=1 31'48\" 1908", "Sara Conti=2 32’10” 1930", "Eva Lang=3 32:55 1975", "Ugo Sala=1 3'35\"50 215.5", "Paul Morel=1 2h31:18 9078"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestClubRunOnAfterName(t *testing.T) {
	text := "Results\n\n1 Joe Bloggs Ilkley Harriers 27:14\n2 Ann de Vries Leeds City AC 27:40\n3 Giffnock North AC 28:01\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s|%s|%v|%s", r.Name, r.Club, r.Team, text[r.ClubSpan.Start:r.ClubSpan.End]))
	}
	want := []string{"Joe Bloggs|Ilkley Harriers|false|Ilkley Harriers", "Ann de Vries|Leeds City AC|false|Leeds City AC",
		"|Giffnock North AC|true|Giffnock North AC"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestGapsAndSplitsAfterTheTime(t *testing.T) {
	text := "Results\n\n1. Joe Brearley (Ilkley Harriers) 27:14\n2. Rob Lascelles (Wharfedale Harriers) 27:33 (+0:19)\n" +
		"3. Sam Kitson (Otley AC) 28:02 (+48s)\n4. Peter Oddie (Ilkley Harriers) 28:40 (half 14:02)\n" +
		"5. Nico Gerber (SUI) 1:46:12 (17:42 / 56:10 / 31:20)\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s", r.Name, r.Position, r.Time))
	}
	want := []string{"Joe Brearley=1 27:14", "Rob Lascelles=2 27:33", "Sam Kitson=3 28:02", "Peter Oddie=4 28:40", "Nico Gerber=5 1:46:12"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestRunsInProse(t *testing.T) {
	text := "Tom Wade won the Otley 10K on Sunday. The top three were Tom Wade (Otley AC) 32:10, Sean Hart (Leeds AC) 32:55 and Al Hunt (Leeds AC) 33:10.\n\n" +
		"In the women's race the leading finishers were Amy Cole 36:10, Beth Lowe 36:42 and Cath Moor 37:05. It was windy.\n\n" +
		"Top five men: Sipho Dlamini (RSA) 3:04:02, Tinashe Moyo (ZIM) 3:05:40\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s %s", r.Name, r.Position, r.Time, deref(r.Race.Sex)))
	}
	want := []string{"Tom Wade=1 32:10 ", "Sean Hart=2 32:55 ", "Al Hunt=3 33:10 ",
		"Amy Cole=1 36:10 F", "Beth Lowe=2 36:42 F", "Cath Moor=3 37:05 F",
		"Sipho Dlamini=1 3:04:02 M", "Tinashe Moyo=2 3:05:40 M"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// A run with a part that is no finisher is not read.
	if rows := parseLists("The top three were delighted with 32:10, a record, and Sean Hart 32:55.\n"); len(rows) != 0 {
		t.Errorf("read %+v", rows)
	}
}

func TestSprintRowMarks(t *testing.T) {
	text := "Men's 100m final\n1. Callum Baird (Ochil Athletics) 10.47 (+1.2)\n2. Ryan McAllister (Falkirk Victoria Harriers) 10.79w\n" +
		"3. Jamie Orr (Shettleston Harriers) 10.88 =PB\n\nWomen's 400m\n1. Isla Drummond (Edinburgh AC) 54.21\n2. Morven Kerr (Central AC) 55.0\n3. Eilidh Brannan (Ochil Athletics) 56.38\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %g %s", r.Name, r.Position, r.Seconds, deref(r.Race.Sex)))
	}
	want := []string{"Callum Baird=1 10.47 M", "Ryan McAllister=2 10.79 M", "Jamie Orr=3 10.88 M",
		"Isla Drummond=1 54.21 F", "Morven Kerr=2 55 F", "Eilidh Brannan=3 56.38 F"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestAgeOrCategoryInsideTheNameField(t *testing.T) {
	text := "Results\n\n1 Joe Bloggs 34 Ilkley Harriers 27:14\n2 Sam Smith 41 Otley AC 27:40\n3 Al Hunt M40 Leeds AC 28:30\n4 Ed Roe M45 28:50\n"
	var got []string
	for _, r := range parseLists(text) {
		age := ""
		if r.AgeSpan.End > r.AgeSpan.Start {
			age = text[r.AgeSpan.Start:r.AgeSpan.End]
		}
		got = append(got, fmt.Sprintf("%s|%d|%s|%s|%s", r.Name, r.Age, age, r.Club, text[r.ClubSpan.Start:r.ClubSpan.End]))
	}
	want := []string{"Joe Bloggs|34|34|Ilkley Harriers|Ilkley Harriers", "Sam Smith|41|41|Otley AC|Otley AC", "Al Hunt|0||Leeds AC|Leeds AC", "Ed Roe|0|||"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBulletedRows(t *testing.T) {
	text := "Results\n\n• Joe Bloggs (Ilkley Harriers) 27:14\n• Sam Smith (Otley AC) 27:40\n• Tim Brown (Leeds AC) 28:01\n\n" +
		"Women\n- 1. Amy Cole (Leeds AC) 31:10\n- 2. Beth Lowe (Otley AC) 31:40\n"
	text += "\nMen\n1. Bob Dee (Otley AC) in 28:50\n2. Al Hunt (Leeds AC), 29:30\n"
	var got []string
	for _, r := range parseLists(text) {
		got = append(got, fmt.Sprintf("%s=%d %s %s", text[r.NameSpan.Start:r.NameSpan.End], r.Position, r.Time, deref(r.Race.Sex)))
	}
	want := []string{"Joe Bloggs=1 27:14 ", "Sam Smith=2 27:40 ", "Tim Brown=3 28:01 ", "Amy Cole=1 31:10 F", "Beth Lowe=2 31:40 F",
		"Bob Dee=1 28:50 M", "Al Hunt=2 29:30 M"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
