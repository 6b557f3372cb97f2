package extract

import "strings"

// Profile blocks: features that introduce each runner with a line of their
// own ("Declan O'Sullivan (47), Bandon, Co Cork") and then give their
// details in label form ("Target: €3,000 | Raised so far: €2,150") under
// it. The lines under a header are about the person it names, and a
// charity the introduction names is the cause of every runner whose block
// names none.

// headerPerson returns the person a sentence introduces when it is a
// profile header: a line of its own holding a person's name, then at most
// an age ("(47)", ", 47") and places or a club set off by commas, and no
// verb. It returns nil for any other sentence.
func (r *relDoc) headerPerson(si int) *Individual {
	its := r.sents[si]
	if len(its) == 0 || its[0].kind != itPerson || its[0].ref {
		return nil
	}
	s := r.d.Sentences[si]
	if s.Start > 0 && r.d.Text[s.Start-1] != '\n' {
		return nil
	}
	if s.End < len(r.d.Text) && !strings.HasPrefix(strings.TrimLeft(r.d.Text[s.End:], " \t"), "\n") {
		return nil
	}
	j := 1
	switch {
	case j+2 < len(its) && its[j].text == "(" && its[j+1].kind == itNumber && its[j+2].text == ")":
		j += 3
	case j+1 < len(its) && its[j].text == "," && its[j+1].kind == itNumber:
		j += 2
	}
	for j < len(its) {
		it := its[j]
		switch {
		case it.text == "," || it.text == "&":
			j++
		case it.capitalised():
			j++
		case it.low == "of" || it.low == "and" || it.low == "on" || it.low == "upon":
			// "Carrick on Shannon", "Isle of Wight"
			j++
		default:
			return nil
		}
	}
	return its[0].ind
}

// headerHometown reads the place of a profile header: the first name set
// off by a comma after the person and their age.
func (r *relDoc) headerHometown(its []item, a *attrs) {
	j := 1
	switch {
	case j+2 < len(its) && its[j].text == "(" && its[j+1].kind == itNumber && its[j+2].text == ")":
		j += 3
	case j+1 < len(its) && its[j].text == "," && its[j+1].kind == itNumber:
		j += 2
	}
	if j+1 >= len(its) || its[j].text != "," || !its[j+1].capitalised() {
		return
	}
	names := capitalRuns(its, j+1, false)
	if len(names) == 0 {
		return
	}
	r.placeOrNation(names[0], a, false)
}

// findProfiles marks the sentences under each profile header with the
// person it introduces, and finds the charity the introduction (the text
// before the first header) names, when it names exactly one.
func (r *relDoc) findProfiles() {
	r.blockOf = make([]*Individual, len(r.sents))
	var cur *Individual
	first := -1
	n := 0
	for si := range r.sents {
		if p := r.headerPerson(si); p != nil {
			cur = p
			r.profiled[p] = true
			if first < 0 {
				first = si
			}
			n++
		}
		r.blockOf[si] = cur
	}
	// One header alone is a name on a line (a byline, a caption), not a
	// run of profiles.
	if n < 2 {
		r.blockOf = make([]*Individual, len(r.sents))
		r.profiled = map[*Individual]bool{}
		return
	}
	seen := ""
	for si := 0; si < first; si++ {
		for _, it := range r.sents[si] {
			if it.kind != itCharity || it.generic {
				continue
			}
			if seen != "" && seen != it.charity {
				return
			}
			seen = it.charity
		}
	}
	r.pageCharity = seen
}

// labelCue says whether the fundraising cue at item i is a label: "Target:",
// "Raised so far:", "Total raised:".
func labelCue(its []item, i int) bool {
	for j := i; j < len(its) && j <= i+3; j++ {
		if its[j].text == ":" {
			return true
		}
		if its[j].kind != itWord || its[j].isPunct() {
			return false
		}
	}
	return false
}
