package extract

import (
	"strings"
	"testing"
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
