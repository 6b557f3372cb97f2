package extract

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// Placing shapes from city-marathon reports in the Indian and Kenyan
// English-language press and from wire reports of track meetings.

func TestEmergedWinnerFollowedBy(t *testing.T) {
	d := run(t, "Ethiopia's Abebe Haile emerged winner in the men's race, clocking 2:13:48, followed by Kenya's Wilson Kiptoo and Tesfaye Gudeta of Ethiopia. "+
		"Kiptoo clocked 2:14:20 while Gudeta finished at the third spot with a timing of 2:15:02.")
	if got, want := positions(d), "Abebe Haile=1 Tesfaye Gudeta=3 Wilson Kiptoo=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestPlacingNounsAndTopHonours(t *testing.T) {
	d := run(t, "In the women's race, Eritrea's Senait Tekle bagged the top honours in 2:36:10. "+
		"Kenyan Lucy Wanjiru secured the second position in 2:38:44 and the third place went to Meron Alemayehu (ETH) in 2:41:09.")
	if got, want := positions(d), "Lucy Wanjiru=2 Meron Alemayehu=3 Senait Tekle=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestFirstToCrossToppedAndToVictory(t *testing.T) {
	d := run(t, "Uganda's Moses Okello was the first to cross the finish line in 29:41, while Gopi Nair came in second. "+
		"In the half marathon, Kiran Reddy stormed to victory in 1:07:55. "+
		"Among the women, Jyoti Pawar topped the chart in 2:49:30, ahead of Kavita Negi and Sangeeta Murmu, who took second and third places respectively.")
	if got, want := positions(d), "Gopi Nair=2 Jyoti Pawar=1 Kavita Negi=2 Kiran Reddy=1 Moses Okello=1 Sangeeta Murmu=3"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestTiedForAPlacing(t *testing.T) {
	d := run(t, "There was a tie for fourth in the men's high jump between Italy's Gianmarco Rossi and the Qatari Khalid Al-Mannai, who both cleared 2.27m.")
	if got, want := positions(d), "Gianmarco Rossi=4 Khalid Al-Mannai=4"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	d = run(t, "Anna Berg and Lucy Hale tied for fourth.")
	if got, want := positions(d), "Anna Berg=4 Lucy Hale=4"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestMsIsAnHonorific(t *testing.T) {
	d := run(t, "Ms. Senait Tekle, who was running in India for the first time, said the course was hot.")
	if got := personNames(d); len(got) != 1 || got[0] != "Senait Tekle" {
		t.Errorf("people %v, want Senait Tekle", got)
	}
}

// times writes each result as "person=position/time".
func times(d *Doc) string {
	var out []string
	for _, r := range d.Record.Results {
		pos, tm := 0, ""
		if r.Position != nil {
			pos = *r.Position
		}
		if r.Time != nil {
			tm = r.Time.Text
		}
		out = append(out, fmt.Sprintf("%s=%d/%s", strOf(r.Person), pos, tm))
	}
	sort.Strings(out)
	return strings.Join(out, " ")
}

func TestWinFromAndPossessiveTime(t *testing.T) {
	// "won in T from X": T is the winner's, X second; "X's time was T".
	d := run(t, "Canadian Marc Leblanc, 26, won in 1:43.10 from the Algerian Djamel Bouras, and Emmanuel Kiprono of Kenya was third in 1:43.78. "+
		"Bouras's time was 1:43.52. In the women's race, Norway's Ingrid Solberg took the win in 3:56.30.")
	if got, want := times(d), "Djamel Bouras=2/1:43.52 Emmanuel Kiprono=3/1:43.78 Ingrid Solberg=1/3:56.30 Marc Leblanc=1/1:43.10"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestRespectiveTimesAndRecordSet(t *testing.T) {
	d := run(t, "Delhi's Mohit Sharma was second and Arjun Menon was third, clocking 1:08:40 and 1:09:12 respectively. "+
		"Representing Japan, Yuki Morishita set a national record of 9:14.02 in seventh. "+
		"Anna Hill, who set a course record of 2:20:10 in 2019, was fourth.")
	if got, want := times(d), "Anna Hill=4/ Arjun Menon=3/1:09:12 Mohit Sharma=2/1:08:40 Yuki Morishita=7/9:14.02"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestWinnerAfterACopula(t *testing.T) {
	d := run(t, "Tola Bekele of Ethiopia was a surprise winner in 2:07:30. Sam Hill is a two-time winner of the race but was only fourth. "+
		"Tom Cole became the first British winner of the race.")
	if got, want := positions(d), "Sam Hill=4 Tola Bekele=1 Tom Cole=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestPlacedOrdinalsJointAndThisTime(t *testing.T) {
	d := run(t, "Second-placed Tom Hill was 20 seconds back. The third-placed Kenyan Sam Lee was happy. "+
		"Ann Lee and Jo Bell finished joint fifth. Laura Hill, second last year, was seventh this time in 2:25:01.")
	if got, want := positions(d), "Ann Lee=5 Jo Bell=5 Laura Hill=7 Sam Lee=3 Tom Hill=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestPlacingsOpeningASentence(t *testing.T) {
	d := run(t, "The winner, 27-year-old Sofia Russo of Italy, clocked 2:26:11. The runner-up, Ann Lee, was happy. "+
		"Third was Jo Bell in 2:27:00. Fourth place went to Kim Ode.")
	if got, want := times(d), "Ann Lee=2/ Jo Bell=3/2:27:00 Kim Ode=4/ Sofia Russo=1/2:26:11"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestNoPlacingWhenDisqualifiedAndPersonalBestTimes(t *testing.T) {
	d := run(t, "Ann Lee was disqualified after finishing second. Ravi Rao ran a personal best of 2:12:40 to place seventh. "+
		"Kim Ode clocked 2:30:01 to finish ninth.")
	if got, want := times(d), "Kim Ode=9/2:30:01 Ravi Rao=7/2:12:40"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
	// A results line's DNF mark is no part of the name.
	d = run(t, "Results\n1 Amos Kiprop (KEN) 2:08:11\n2 Tola Bekele (ETH) 2:08:40\nDNF Paul Kiptum (KEN)\n")
	if got := personNames(d); !hasStr(got, "Paul Kiptum") {
		t.Errorf("people %v, want Paul Kiptum", got)
	}
	if got, want := positions(d), "Amos Kiprop=1 Tola Bekele=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestSweepsPodiumGroupsAndFirstVeteran(t *testing.T) {
	d := run(t, "Amos Kip led a Kenyan 1-2-3, with Paul Rono and Ben Kiptoo following him home. "+
		"In the women's race, Ann Lee won. Jo Bell and Kim Ode completed the podium. Amy Fox was the first veteran home in 2:51:10.")
	if got, want := positions(d), "Amos Kip=1 Amy Fox=1 Ann Lee=1 Ben Kiptoo=3 Jo Bell=2 Kim Ode=3 Paul Rono=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestRespectiveTimesOfAGroupAfterWho(t *testing.T) {
	d := run(t, "Geoffrey Tanui won the men's title in 2:09:44 ahead of Nicholas Kimeli and Hillary Bor, who clocked 2:10:02 and 2:10:31 respectively.")
	if got, want := times(d), "Geoffrey Tanui=1/2:09:44 Hillary Bor=0/2:10:31 Nicholas Kimeli=0/2:10:02"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestFollowedByTheSubjectWithBracketedTimes(t *testing.T) {
	d := run(t, "In the women's race, Ruth Mutai won in 2:26:19. She was followed by Celestine Chepchirchir (2:27:50) and Purity Changwony (2:28:14).")
	if got, want := times(d), "Celestine Chepchirchir=2/2:27:50 Purity Changwony=3/2:28:14 Ruth Mutai=1/2:26:19"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestMedalsAfterNamesAndPastChampionships(t *testing.T) {
	d := run(t, "Lamecha Girma of Ethiopia took gold in the men's steeplechase, with Kenya's Abraham Kibiwot silver and Morocco's Soufiane El Bakkali bronze. "+
		"\"This is for my family,\" said Girma, who finished second at the last two global championships. "+
		"In the women's race, Beatrice Chepkoech retained her title in 9:00.61, outkicking Bahrain's Winfred Yavi.")
	if got, want := positions(d), "Abraham Kibiwot=2 Beatrice Chepkoech=1 Lamecha Girma=1 Soufiane El Bakkali=3 Winfred Yavi=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestTiedRowsWithT(t *testing.T) {
	d := run(t, "Results\n1 Mark Tuwei (UGA) 28:10\n2 Ben Ode (NGR) 28:15\nT-3 Sam Lee (KEN) 28:20\nT-3 Jo Bell (GBR) 28:20\n")
	if got, want := positions(d), "Ben Ode=2 Jo Bell=3 Mark Tuwei=1 Sam Lee=3"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestWonTheRaceFromXAndY(t *testing.T) {
	d := run(t, "Anna Berg won the women's race from Kari Lund and Lisa Holm. Joe Cole won the title from Samuel Kiprono.")
	if got, want := positions(d), "Anna Berg=1 Joe Cole=1 Kari Lund=2 Lisa Holm=3 Samuel Kiprono=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestBracketedTimesAfterNames(t *testing.T) {
	d := run(t, "Anna Berg won in 2:24:10 ahead of Kari Lund (2:25:01) and Lisa Holm (2:26:30).")
	if got, want := times(d), "Anna Berg=1/2:24:10 Kari Lund=0/2:25:01 Lisa Holm=0/2:26:30"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestBracketedAndPossessiveOrdinals(t *testing.T) {
	d := run(t, "Sam Lee (fourth) and Joe Bates (fifth) were happy. Kim Ode's sixth place was her best result. Ann Ode's second place in 2019 was her best.")
	if got, want := positions(d), "Joe Bates=5 Kim Ode=6 Sam Lee=4"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestCategoryPlacingOpeningASentence(t *testing.T) {
	d := run(t, "First V40 was Sam Carr in 2:41:10. Second woman home was Ann Lee.")
	if got, want := times(d), "Ann Lee=2/ Sam Carr=1/2:41:10"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
}

func TestRunOfACityRaceIsNoLeg(t *testing.T) {
	d := run(t, "Veteran runner Ramachandra Rao, aged 74, who completed the 10K run in 58 minutes, was felicitated.")
	if got, want := times(d), "Ramachandra Rao=0/58 minutes"; got != want {
		t.Errorf("results %q, want %q", got, want)
	}
	d = run(t, "In the triathlon, Nico Gerber covered the 10km run in 31:20.")
	if got := times(d); got != "" {
		t.Errorf("results %q, want none (a leg)", got)
	}
}

func TestPlacingAtAnotherMeeting(t *testing.T) {
	d := run(t, "Results day\n\nTamirat Tola won the Eugene Marathon in 2:05:36. The Ethiopian, fourth at the Tokyo Olympics, pulled away late at the Eugene Marathon.")
	if got, want := positions(d), "Tamirat Tola=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
	d = run(t, "Results day\n\nAmy Ode was fourth at the world championships on Sunday.")
	if got, want := positions(d), "Amy Ode=4"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestOnTop(t *testing.T) {
	d := run(t, "Ravi Kumar clocked 2:12:30 to finish on top. Vijay Rao finished on top of the podium. Amy Ode came out on top in a sprint. "+
		"Kim Ode finished top ten. Jo Bell finished in the top three.")
	if got, want := positions(d), "Amy Ode=1 Ravi Kumar=1 Vijay Rao=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestCrownedAndPositionWords(t *testing.T) {
	d := run(t, "Ann Kip was crowned champion after clocking 2:22:10. Joe Kip was declared the winner of the men's race. "+
		"Peter Kamau finished in pole position in 28:10, while Paul Rono settled for second position. "+
		"Rose Chep finished in position three. Ben Ode finished at position 12.")
	if got, want := positions(d), "Ann Kip=1 Ben Ode=12 Joe Kip=1 Paul Rono=2 Peter Kamau=1 Rose Chep=3"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestOnePlaceAheadAndAmong(t *testing.T) {
	d := run(t, "Stella Cherop, 22, was sixth in the women's race, one place ahead of compatriot Juliet Kokop, while Uganda's Joshua Kiprotich was seventh among the men. "+
		"Ben Ode was 11th. Joe Kamau was a place behind Ode.")
	if got, want := positions(d), "Ben Ode=11 Joe Kamau=12 Joshua Kiprotich=7 Juliet Kokop=7 Stella Cherop=6"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestPastAndLiteralOnTopAreNoPlacings(t *testing.T) {
	d := run(t, "Amy Ode finished on top of the hill in third. Sam Lee, who finished second here in 2019, won this year. "+
		"Joe Bates was the winner in 2019 but was fifth this time.")
	if got, want := positions(d), "Amy Ode=3 Joe Bates=5 Sam Lee=1"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}

func TestPlacingHonours(t *testing.T) {
	d := run(t, "Amy Ode took runner-up honours. Jo Kip took second-place honours in the women's race. Ann Lee took the top honours.")
	if got, want := positions(d), "Amy Ode=2 Ann Lee=1 Jo Kip=2"; got != want {
		t.Errorf("positions %q, want %q", got, want)
	}
}
