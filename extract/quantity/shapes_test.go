package quantity

import (
	"strings"
	"testing"
)

// TestFindShapes covers report shapes met on unseen articles: live-blog
// time stamps, glued unit spellings, ages in verb forms, head counts and
// "$" by country. Expected values worked out by hand.
func TestFindShapes(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		// Q1: a live-blog post's time stamp is a time of day.
		{"Live coverage\n09:42\nThe leaders pass halfway.", nil},
		{"Updates\n10:15 - The elite women are off.", nil},
		{"11:03 Leaders reach the bridge.", nil},
		{"Result\n2:06:11 for the winner", []string{q("duration", "2:06:11", 7571, "s", "")}},
		{"He won the 10K in 28:31.", []string{q("distance", "10K", 10000, "m", ""), q("duration", "28:31", 1711, "s", "")}},
		// Q4: glued unit spellings.
		{"It was 28degC at the start.", []string{q("temperature", "28degC", 28, "C", "")}},
		{"It was 82degF at the finish.", []string{q("temperature", "82degF", 82, "F", "")}},
		{"It was 28 deg C by noon.", []string{q("temperature", "28 deg C", 28, "C", "")}},
		{"She was 52s behind; he in his 50s, in the 1980s.", []string{q("duration", "52s", 52, "s", "")}},
		{"45secs clear, by 3mins, after 2hrs", []string{q("duration", "45secs", 45, "s", ""), q("duration", "3mins", 180, "s", ""), q("duration", "2hrs", 7200, "s", "")}},
	}
	for _, c := range cases {
		got := show(c.text, Find(c.text))
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("Find(%q)\n got: %s\nwant: %s", c.text, strings.Join(got, "\n      "), strings.Join(c.want, "\n      "))
		}
	}
}
