package extract

import (
	"testing"

	"github.com/racex/racex/schema"
)

// US college and high-school meets in local-paper style: school years in
// brackets, schools that are also states, home towns after descriptions,
// team scores in brackets.

func TestSchoolYearsAndStateTeams(t *testing.T) {
	text := "Nebraska's Jordan Pryor (Sr., Omaha) finished sixth and teammate Sam Okafor (Fr., Grand Island) was 11th. " +
		"Kansas senior Caleb Winters of Topeka placed third, and Herrera, a sophomore from Des Moines, was second. " +
		"Kenyan freshman Mercy Chepngeno of Missouri dropped out. Lindqvist's parents moved to Nebraska from Sweden. " +
		"The Huskers' Hannah Voss, 19, was fifth. Iowa State won with 41 points, ahead of Nebraska (52) and Kansas (77).\n\n" +
		"RESULTS\n1. Erik Lindqvist (Jr., Nebraska) 23:41\n2. Tomas Herrera (So., Iowa State) 24:00\n" +
		"3. Caleb Winters (Sr., Kansas) 24:06\n4. Aaron Delgado (Gr., Missouri) 24:11\n5. Luke Brandt (Fr., Kansas State) 24:15\n"
	d := run(t, text)
	got := personFacts(d)
	want := map[string]string{
		"Jordan Pryor": "||Omaha", "Sam Okafor": "||Grand Island", "Caleb Winters": "||Topeka", "Tomas Herrera": "||Des Moines",
		"Mercy Chepngeno": "|KEN|", "Hannah Voss": "19||", "Erik Lindqvist": "||",
	}
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	orgs := names(d.Record.Organizations, func(o schema.Org) string { return o.Name })
	for _, o := range []string{"Nebraska", "Kansas", "Missouri", "Iowa State", "Kansas State"} {
		if !hasStr(orgs, o) {
			t.Errorf("no team %s in %v", o, orgs)
		}
	}
	for _, o := range orgs {
		if len(o) > 3 && o[2] == '.' {
			t.Errorf("school year kept in team %q", o)
		}
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if !hasStr(places, "Nebraska") || hasStr(places, "Missouri") {
		t.Errorf("places %v: want Nebraska (moved to) and not Missouri (a team)", places)
	}
	for _, q := range d.Record.Quantities {
		if q.Kind == schema.KindAge && q.Text != "19" {
			t.Errorf("age %q: a team score is no age", q.Text)
		}
	}
}

func TestSchoolTeamsInProseOnly(t *testing.T) {
	d := run(t, "Lincoln High senior Maya Cruz won. Cruz, 17, of Springfield, pulled away from Central junior Ava Smith. "+
		"Smith, of Chatham, was second, and Lincoln sophomore Zoe Park placed third. Lincoln's Grace Olsen was fifth. "+
		"Lincoln won the team title with 38 points. Central (55) was second and Riverton (91) third.")
	want := map[string]string{"Maya Cruz": "17||Springfield", "Ava Smith": "||Chatham", "Zoe Park": "||", "Grace Olsen": "||"}
	got := personFacts(d)
	for name, w := range want {
		if got[name] != w {
			t.Errorf("%s: %q, want %q (all %v)", name, got[name], w, got)
		}
	}
	for _, q := range d.Record.Quantities {
		if q.Kind == schema.KindAge && q.Text != "17" {
			t.Errorf("age %q: a team score is no age", q.Text)
		}
	}
}

func TestSchoolColumnMakesTeams(t *testing.T) {
	d := run(t, "OMAHA, Neb. (AP) — Junior Sofia Alvarez of Westside won the girls' race in 18:31.\n\n"+
		"Pl | Name | Yr | School | Time\n1 | Sofia Alvarez | 11 | Westside | 18:31\n2 | Grace Hoffman | 12 | Papillion-La Vista South | 18:42\n")
	if got := personFacts(d)["Sofia Alvarez"]; got != "||" {
		t.Errorf("Alvarez %q, want no home town (Westside is her school)", got)
	}
	places := names(d.Record.Places, func(p schema.Place) string { return p.Name })
	if hasStr(places, "Westside") {
		t.Errorf("places %v: Westside is a school", places)
	}
}

func TestSignedToRunAtACollege(t *testing.T) {
	wantLabels(t, "Kim, who has signed to run at Creighton, said the win was for the team.", map[string]string{"Creighton": schema.LabelOrg})
}

func TestKenyanSchoolNames(t *testing.T) {
	wantLabels(t, "Joseph Kiptum, a teacher at Kapsabet Boys, said he had been running since he was 15.", map[string]string{"Kapsabet Boys": schema.LabelOrg})
}
