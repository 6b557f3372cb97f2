package schema

import (
	"fmt"
	"io"
	"strings"
)

// WriteTable writes s as an aligned text table: one row per fact type that
// occurs, then one per group, then the micro average.
func (s *Score) WriteTable(w io.Writer) error {
	var b strings.Builder
	row := func(name string, c Count) {
		fmt.Fprintf(&b, "%-22s %5d %5d %5d  %6.3f %6.3f %6.3f\n", name, c.TP, c.FP, c.FN, c.Precision(), c.Recall(), c.F1())
	}
	fmt.Fprintf(&b, "%-22s %5s %5s %5s  %6s %6s %6s\n", "fact", "tp", "fp", "fn", "P", "R", "F1")
	for _, t := range FactTypes {
		if c, ok := s.ByType[t]; ok && c != (Count{}) {
			row(t, c)
		}
	}
	b.WriteString(strings.Repeat("-", 58) + "\n")
	for _, g := range Groups {
		row("["+g.Name+"]", s.Group(g.Types))
	}
	row("[micro]", s.Micro())
	_, err := io.WriteString(w, b.String())
	return err
}
