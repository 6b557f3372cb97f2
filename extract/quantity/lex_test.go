package quantity

import (
	"fmt"
	"strings"
	"testing"
)

func TestLex(t *testing.T) {
	cases := map[string]string{
		"2:18:36":           "C(2:18:36)",
		"61:40.5":           "C(61:40.5)",
		"£16,000":           "S(£) N(16,000)",
		"26.2-mile":         "N(26.2) S(-) W(mile)",
		"-7C":               "N(-7) W(C)",
		"sub-2:10":          "W(sub) S(-) C(2:10)",
		"9:10 a.m. start":   "C(9:10) _W(a.m.) _W(start)",
		"V50 o'clock":       "W(V) N(50) _W(o'clock)",
		"1. Bekana (ETH)":   "N(1) S(.) _W(Bekana) _S(() W(ETH) S())",
		"U.S. $5":           "W(U.S.) _S($) N(5)",
		"10,00 1,000,000":   "N(10) S(,) N(00) _N(1,000,000)",
		"Søren ran\n5km":    "W(Søren) _W(ran) _N(5) W(km)",
		"e.g. Mr. Smith":    "W(e.g.) _W(Mr) S(.) _W(Smith)",
		"Newquay’s 10.30am": "W(Newquay’s) _N(10.30) W(am)",
	}
	for in, want := range cases {
		var parts []string
		for i, tk := range lex(in) {
			sp := ""
			if tk.space && i > 0 {
				sp = "_"
			}
			k := map[tokKind]string{tokWord: "W", tokNumber: "N", tokClock: "C", tokSymbol: "S"}[tk.kind]
			parts = append(parts, fmt.Sprintf("%s%s(%s)", sp, k, tk.val))
			if in[tk.start:tk.end] != tk.val {
				t.Errorf("%q: token %q has span %d-%d", in, tk.val, tk.start, tk.end)
			}
		}
		if got := strings.Join(parts, " "); got != want {
			t.Errorf("lex(%q)\n got %s\nwant %s", in, got, want)
		}
	}
	toks := lex("a\nb")
	if !toks[1].nl || toks[0].nl {
		t.Error("a line break should be marked on the token after it")
	}
}
