package extract

import (
	"strconv"
	"strings"

	"github.com/racex/racex/schema"
)

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
	its := trimMarks(r.sents[si])
	if len(its) == 0 || its[0].kind != itPerson || its[0].ref {
		return nil
	}
	s := r.d.Sentences[si]
	if s.Start > 0 && r.d.Text[s.Start-1] != '\n' {
		return nil
	}
	if s.End < len(r.d.Text) && !strings.HasPrefix(strings.TrimLeft(r.d.Text[s.End:], " \t*"), "\n") {
		return nil
	}
	j := afterAge(its)
	for j < len(its) {
		it := its[j]
		switch {
		case it.text == "," || it.text == "&":
			j++
		case it.capitalised():
			j++
		case it.low == "of" || it.low == "and" || it.low == "on" || it.low == "upon" || it.low == "from" && its[j-1].text == ",":
			// "Carrick on Shannon", "Isle of Wight", "Conor Walsh, 41, from
			// Tralee"
			j++
		default:
			return nil
		}
	}
	return its[0].ind
}

// afterAge returns the index after a profile header's name (its first
// item) and the age that may follow it, "(47)" or ", 47".
func afterAge(its []item) int {
	switch {
	case len(its) > 3 && its[1].text == "(" && its[2].kind == itNumber && its[3].text == ")":
		return 4
	case len(its) > 2 && its[1].text == "," && its[2].kind == itNumber:
		return 3
	}
	return 1
}

// leadingMarks counts the emphasis and list marks that open a line.
func leadingMarks(its []item) int {
	n := 0
	for n < len(its) && its[n].kind == itWord && strings.Trim(its[n].text, "*#•-_") == "" {
		n++
	}
	return n
}

// trimMarks drops the emphasis and list marks around a line ("**Name,
// 47**", "• Name").
func trimMarks(its []item) []item {
	mark := func(t string) bool { return strings.Trim(t, "*#•-_") == "" }
	for len(its) > 0 && its[0].kind == itWord && mark(its[0].text) {
		its = its[1:]
	}
	for len(its) > 0 && its[len(its)-1].kind == itWord && mark(its[len(its)-1].text) {
		its = its[:len(its)-1]
	}
	return its
}

// headerHometown reads the place of a profile header: the first name set
// off by a comma after the person and their age.
func (r *relDoc) headerHometown(its []item, a *attrs) {
	its = trimMarks(its)
	j := afterAge(its)
	if j+1 < len(its) && its[j].text == "," && its[j+1].low == "from" {
		j++ // ", from Tralee"
	}
	if j+1 >= len(its) || its[j].text != "," && its[j].low != "from" || !its[j+1].capitalised() {
		return
	}
	names := capitalRuns(its, j+1, false)
	if len(names) == 0 {
		return
	}
	r.placeOrNation(titleCaseWords(names[0]), a, false)
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

// profileLabels are the labels of a profile's detail lines ("Age: 34 |
// From: Mullingar | Running for: Pieta House") and what each gives.
var profileLabels = map[string]string{
	"age": "age", "from": "hometown", "hometown": "hometown", "home town": "hometown", "home": "hometown",
	"lives": "hometown", "lives in": "hometown", "location": "hometown", "charity": "cause", "cause": "cause",
	"running for": "cause", "raising money for": "cause", "raising for": "cause", "running in aid of": "cause",
	"in aid of": "cause", "supporting": "cause", "club": "club",
}

// labelled is one "Label: value" pair: what the label gives and the items
// [from, to) of its value.
type labelled struct {
	gives    string
	from, to int
}

// labelsIn reads the "Label: value" pairs of a sentence. A label is the
// longest run of words before a colon that profileLabels knows; its value
// runs to a "|" or the next label.
func labelsIn(its []item) []labelled {
	var out []labelled
	for c := 1; c < len(its); c++ {
		if its[c].text != ":" {
			continue
		}
		for n := 3; n >= 1; n-- {
			if c-n < 0 {
				continue
			}
			words := make([]string, 0, n)
			ok := true
			for k := c - n; k < c; k++ {
				if its[k].kind != itWord || its[k].isPunct() {
					ok = false
					break
				}
				words = append(words, its[k].low)
			}
			gives, known := profileLabels[strings.Join(words, " ")]
			if !ok || !known {
				continue
			}
			if len(out) > 0 && out[len(out)-1].to > c-n {
				out[len(out)-1].to = c - n
			}
			out = append(out, labelled{gives: gives, from: c + 1, to: len(its)})
			break
		}
	}
	for k := range out {
		for j := out[k].from; j < out[k].to; j++ {
			if its[j].text == "|" {
				out[k].to = j
				break
			}
		}
	}
	return out
}

// profileAttrs reads a profile block's "Age:", "From:" and "Club:" lines
// for the person the block is about.
func (r *relDoc) profileAttrs(si int, a *attrs) {
	its := r.sents[si]
	for _, l := range labelsIn(its) {
		if l.from >= l.to {
			continue
		}
		v := its[l.from]
		switch l.gives {
		case "age":
			if n, err := strconv.Atoi(v.text); err == nil && n > 0 && n < 110 && a.age == 0 {
				a.age = n
				a.ageQ = r.quantityAt(schema.Span{Start: v.start, End: v.end}, v.text)
			}
		case "hometown":
			if v.capitalised() {
				if names := capitalRuns(its, l.from, false); len(names) > 0 {
					r.placeOrNation(firstPlace(names[0]), a, false)
				}
			}
		case "club":
			if v.capitalised() {
				name := joinItems(its[l.from:l.to])
				if !contains(a.clubs, name) {
					a.clubs = append(a.clubs, name)
				}
			}
		}
	}
}

// profileCauses reads a profile block's "Charity:" or "Running for:" line:
// the cause of the person the block is about.
func (r *relDoc) profileCauses(si int) {
	p := r.blockOf[si]
	if p == nil {
		return
	}
	its := r.sents[si]
	for _, l := range labelsIn(its) {
		if l.gives != "cause" || l.from >= l.to {
			continue
		}
		var c cause
		if v := its[l.from]; v.kind == itCharity {
			c.charity = v.charity
		} else if cs, ok := r.causeAfter(its, l.from); ok && len(cs) > 0 {
			c = cs[0]
		}
		if c != (cause{}) {
			r.addCause(p, c, its[l.from])
		}
	}
}
