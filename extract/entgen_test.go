package extract

import (
	"testing"

	"github.com/racex/racex/schema"
)

// labelOf returns the label of the mention whose text is text, or "".
func labelOf(d *Doc, text string) string {
	for _, m := range d.Mentions {
		if m.Text == text {
			return m.Label
		}
	}
	return ""
}

// wantLabels checks that each text is a mention with the given label ("" =
// no mention of exactly that text).
func wantLabels(t *testing.T, text string, want map[string]string) {
	t.Helper()
	d := run(t, text)
	for name, label := range want {
		if got := labelOf(d, name); got != label {
			t.Errorf("%q: %q labelled %q, want %q (mentions %v)", text, name, got, label, d.Mentions)
		}
	}
}

func TestRegionalDemonyms(t *testing.T) {
	wantLabels(t, "Welshman Dylan Pryce won the race in 31 minutes.", map[string]string{
		"Welshman": schema.LabelNORP, "Dylan Pryce": schema.LabelPerson, "Welshman Dylan Pryce": ""})
	wantLabels(t, "Queenslander Mia Tarrant was second, ahead of Texan Cody Vale.", map[string]string{
		"Mia Tarrant": schema.LabelPerson, "Cody Vale": schema.LabelPerson, "Queenslander": schema.LabelNORP})
}

func TestEventHeadsAbroadAndLocal(t *testing.T) {
	wantLabels(t, "Lena Roux won the Trail des Sapins on Sunday.", map[string]string{
		"Trail des Sapins": schema.LabelEvent, "Lena Roux": schema.LabelPerson})
	wantLabels(t, "Omar Haddad won the Kettering Track Night in 4:02.", map[string]string{
		"Kettering Track Night": schema.LabelEvent})
	wantLabels(t, "Pia Lund set a record at the Brindle Ten last month.", map[string]string{
		"Brindle Ten": schema.LabelEvent})
}

func TestOrgHeadsAthletic(t *testing.T) {
	wantLabels(t, "Sam Okafor of Lakeside Athletic was third.", map[string]string{
		"Lakeside Athletic": schema.LabelOrg, "Sam Okafor": schema.LabelPerson})
	wantLabels(t, "Jana Brook of Fenwick Olympians won.", map[string]string{
		"Fenwick Olympians": schema.LabelOrg})
}
