package extract

import "testing"

// Age shapes: "N years old", "aged just N", an age in the phrase a name
// is in apposition to.

func TestAgeForms(t *testing.T) {
	d := run(t, "At 41 years old, Kim Ode was third. Sam Ray, 36 years old, was fourth. Mary Wanjiru, aged just 19, won. "+
		"Jo Bell was second. The 44-year-old mother of three, Kate Hill, was fifth.")
	want := map[string]string{"Kim Ode": "41||", "Sam Ray": "36||", "Mary Wanjiru": "19||", "Jo Bell": "||", "Kate Hill": "44||"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
}

func TestAgeBeforeAndADescription(t *testing.T) {
	d := run(t, "Ann Ode, 31 and a mother of two, was eighth.")
	if got := personFacts(d)["Ann Ode"]; got != "31||" {
		t.Errorf("Ann Ode %q, want 31", got)
	}
	if len(d.Record.Quantities) != 1 || d.Record.Quantities[0].Text != "31" {
		t.Errorf("quantities %v, want the age 31", d.Record.Quantities)
	}
}
