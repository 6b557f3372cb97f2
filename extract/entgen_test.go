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

func TestClubPossessiveBeforeName(t *testing.T) {
	wantLabels(t, "Ashby Harriers' Tom Reed won in 15:20.", map[string]string{
		"Ashby Harriers": schema.LabelOrg, "Tom Reed": schema.LabelPerson, "Ashby Harriers' Tom Reed": ""})
	wantLabels(t, "Behind him came Colne Valley Striders’ Ellen Marsh.", map[string]string{
		"Colne Valley Striders": schema.LabelOrg, "Ellen Marsh": schema.LabelPerson})
	// A charity with a plural possessive stays whole.
	wantLabels(t, "She ran for ABF The Soldiers' Charity.", map[string]string{
		"ABF The Soldiers' Charity": schema.LabelCharity})
}

func TestCapitalsHeadingIsNoOrg(t *testing.T) {
	d := run(t, "Big day on the hills\nNORTHERN GRIT\nNia Cole of Kendal AC won the race.\n")
	for _, m := range d.Mentions {
		if m.Label == schema.LabelOrg && m.Text != "Kendal AC" {
			t.Errorf("heading became ORG %q", m.Text)
		}
	}
	if labelOf(d, "Nia Cole") != schema.LabelPerson {
		t.Errorf("mentions %v, want Nia Cole PERSON", d.Mentions)
	}
	// A known name in a capitals heading is still found by its table.
	wantLabels(t, "Cole takes the win\nLONDON MARATHON\nNia Cole won the race.\n", map[string]string{"LONDON MARATHON": schema.LabelEvent})
}

func TestPlaceShapesAndCounties(t *testing.T) {
	wantLabels(t, "Ruth Gale, who lives in Co Kerry, won easily.", map[string]string{
		"Co Kerry": schema.LabelGPE, "Ruth Gale": schema.LabelPerson})
	wantLabels(t, "Ivo Marsh, from Ashby-de-la-Zouch, beat Dan Fry of Stoke-on-Trent.", map[string]string{
		"Stoke-on-Trent": schema.LabelGPE})
	wantLabels(t, "The race started in Potters Green on Sunday.", map[string]string{
		"Potters Green": schema.LabelGPE})
	wantLabels(t, "Ruth Gale found Southend-on-Sea windy. Co Kerry hosts the next round.", map[string]string{
		"Southend-on-Sea": schema.LabelGPE, "Co Kerry": schema.LabelGPE})
	wantLabels(t, "Jo Hart and Tom Bell ran well. Tring, Hertfordshire hosts the next one.", map[string]string{
		"Tring": schema.LabelGPE})
}

func TestPronounIEndsPlace(t *testing.T) {
	wantLabels(t, "When we got to Whitby I thought the race was over.", map[string]string{
		"Whitby I": "", "Whitby": schema.LabelGPE})
}

func TestCharityShapes(t *testing.T) {
	wantLabels(t, "Kim Hale ran in aid of Mill & Meadow Trust on Sunday.", map[string]string{
		"Mill & Meadow Trust": schema.LabelCharity})
	wantLabels(t, "Kim Hale raised £700 for Hope & Harbour after the race.", map[string]string{
		"Hope & Harbour": schema.LabelCharity})
	wantLabels(t, "Kim Hale raised £900 for Lily's Smile after the race.", map[string]string{
		"Lily's Smile": schema.LabelCharity, "Lily": ""})
	wantLabels(t, "Kim Hale raised £500 for Brookvale United Way last year.", map[string]string{
		"Brookvale United Way": schema.LabelCharity})
}

func TestObjectOfWonIsRace(t *testing.T) {
	wantLabels(t, "Ada Stone won the Brindle Fell Dash in record time.", map[string]string{
		"Brindle Fell Dash": schema.LabelEvent, "Ada Stone": schema.LabelPerson})
	wantLabels(t, "Ada Stone finished the Harrow Hill Scramble in 2:10.", map[string]string{
		"Harrow Hill Scramble": schema.LabelEvent})
}

func TestDistrictClub(t *testing.T) {
	wantLabels(t, "Ben Ode (Aldwick, Rother & District) was fourth.", map[string]string{
		"Aldwick, Rother & District": schema.LabelOrg, "Ben Ode": schema.LabelPerson})
}

func TestCollegeTeams(t *testing.T) {
	wantLabels(t, "Maya Cruz (Boise State) won the 1500m ahead of Lee Park (Glenview High).", map[string]string{
		"Boise State": schema.LabelOrg, "Glenview High": schema.LabelOrg, "Maya Cruz": schema.LabelPerson})
}

func TestCollegeTeamAfterFor(t *testing.T) {
	wantLabels(t, "The junior, who runs for Boise State, won the 1500m.", map[string]string{"Boise State": schema.LabelOrg})
}

func TestRaceAfterAtTheInRaceSentence(t *testing.T) {
	wantLabels(t, "Ada Stone set a record at the Brindle Moor Scramble.", map[string]string{"Brindle Moor Scramble": schema.LabelEvent})
}

func TestSurnameCrossStaysPerson(t *testing.T) {
	wantLabels(t, "Jane Cross won the women's race. Kings Cross was busy at dawn, said Cross.", map[string]string{"Jane Cross": schema.LabelPerson})
	wantLabels(t, "The runners gathered at Kings Cross before the start.", map[string]string{"Kings Cross": schema.LabelGPE})
}

func TestDemonymLikeFirstNameStays(t *testing.T) {
	wantLabels(t, "Scot Hadley won the men's race in 31:02.", map[string]string{"Scot Hadley": schema.LabelPerson})
}
