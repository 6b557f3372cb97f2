package quantity

import (
	"fmt"
	"strconv"
)

func pad(s string, n int) string { return fmt.Sprintf("%-*s", n, s) }
func f3(v float64) string        { return strconv.FormatFloat(v, 'f', 3, 64) }
func itoa(n int) string          { return strconv.Itoa(n) }
