package schema

import (
	"fmt"
	"io"
	"strings"
)

// WriteTable writes s as an aligned text table: one row per fact type that
// occurs, then, under a header of their own, one row per group and the
// micro average, so that the table's last six lines are always the summary.
func (s *Score) WriteTable(w io.Writer) error {
	var b strings.Builder
	row := func(name string, c Count) {
		fmt.Fprintf(&b, "%-22s %5d %5d %5d  %6.3f %6.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	header := func(first string) {
		fmt.Fprintf(&b, "%-22s %5s %5s %5s  %6s %6s %6s\n", first, "tp", "fp", "fn", "P", "R", "F1")
	}
	header("fact")
	for _, t := range FactTypes {
		if c, ok := s.ByType[t]; ok && c != (Count{}) {
			row(t, c)
		}
	}
	b.WriteString("\n")
	header("group")
	for _, g := range Groups {
		row("["+g.Name+"]", s.Group(g.Types))
	}
	row("[micro]", s.Micro())
	_, err := io.WriteString(w, b.String())
	return err
}
