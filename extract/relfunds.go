package extract

import (
	"strings"

	"github.com/racex/racex/schema"
)

// fundraising reads a sentence's causes ("running for X", "in aid of X",
// "raising money for his late father's favourite charity") and the money
// raised or aimed at ("has raised £N", "aims to raise £N", "a target of
// £N").
func (r *relDoc) fundraising(si int, its []item) {
	r.profileCauses(si)
	r.proceeds(its)
	r.chosenCharity(its)
	r.donatedTo(its)
	r.eventCharity(its)
	r.charityTeam(its)
	runAt, finishAt := -100, -100
	for i := 0; i < len(its); i++ {
		roles, n := cueAt(its, i)
		if n == 0 {
			continue
		}
		if hasRole(roles, roleRun) || hasRole(roles, roleRaised) || hasRole(roles, roleTarget) {
			runAt = i
		}
		if hasRole(roles, roleFinish) {
			finishAt = i
		}
		if !hasRole(roles, roleFor) {
			continue
		}
		strong := its[i].low != "for" || n > 1
		// "said the win was 'for the whole team'": a bare "for" in a
		// quotation names no cause.
		if !strong && inQuote(its, i) {
			continue
		}
		// "for X" names a cause after a verb of running or raising; after
		// a finish verb only when X is a known charity.
		near := i-runAt <= 9
		if !strong && !near && i-finishAt > 9 {
			continue
		}
		cs := r.causesAfter(its, i+n)
		for _, c := range cs {
			if !strong && !near && !c.known {
				continue
			}
			// "one of 40 runners representing the British Heart
			// Foundation", not "representing Yorkshire".
			if its[i].low == "representing" && !c.known {
				continue
			}
			people := r.fundPeople(its, i)
			// "walked in memory of her husband, Paul, raising $2,350 for
			// Legacy": a participle after a comma is said of the
			// sentence's subject, not of the last name before "for".
			if near && runAt > 0 && runAt < i && its[runAt-1].text == "," && strings.HasSuffix(its[runAt].low, "ing") {
				people = r.fundPeople(its, runAt)
			}
			// "the club's fundraising for X": the noun is its
			// possessor's, and that is no person here.
			if strings.HasPrefix(its[i].low, "fund") && i > 0 {
				if pw := its[i-1]; pw.text == "'s" || pw.text == "’s" || pw.low == "the" || pw.low == "its" || pw.low == "their" {
					people = nil
					if (pw.text == "'s" || pw.text == "’s") && i >= 2 {
						if p := r.personAt(its, i-2); p != nil {
							people = []*Individual{p}
						}
					}
					if people == nil {
						continue
					}
				}
			}
			// "that $21,000 was raised for X": a passive says no raiser.
			if near && runAt > 0 && runAt < i && raisedParticiples[its[runAt].low] &&
				(its[runAt-1].low == "was" || its[runAt-1].low == "were" || its[runAt-1].low == "been") {
				people = nil
			}
			if len(people) == 1 && reportedOther(its, people[0], i) {
				people = nil // "X said the event had raised £N for Y"
			}
			// "The race raises money for X", "The run is a fundraiser
			// for X": the event's cause.
			if len(people) == 0 && r.eventSubject(its, i) {
				r.funds = append(r.funds, fundDraft{charity: c.charity, cause: c.text, event: true,
					span: schema.Span{Start: its[i].start, End: its[i].end}, moneyQ: -1})
			}
			// "where 64 employees ran for X": the group's cause.
			if near && groupSubject(its, i) {
				people = nil
				r.funds = append(r.funds, fundDraft{charity: c.charity, cause: c.text, event: true,
					span: schema.Span{Start: its[i].start, End: its[i].end}, moneyQ: -1})
			}
			for _, p := range people {
				r.addCause(p, c.cause, its[i])
			}
			if len(people) == 0 && c.charity != "" {
				r.lastCharity = c.charity
			}
		}
		i += n - 1
	}
	for i, it := range its {
		if it.kind != itMoney {
			continue
		}
		status, cueIx := r.moneyStatus(its, i)
		if status == "" {
			continue
		}
		// "Each of the 20 runners raised at least €500": a sum per head
		// of no one named.
		if st := datelineEnd(its); st+1 < len(its) && its[st].low == "each" && its[st+1].low == "of" {
			continue
		}
		var c cause
		var more []foundCause // "for A and B": the causes after the first
		for j := i + 1; j < len(its) && j <= i+4; j++ {
			if roles, n := cueAt(its, j); hasRole(roles, roleFor) {
				if cs := r.causesAfter(its, j+n); len(cs) > 0 {
					c, more = cs[0].cause, cs[1:]
				}
				break
			}
		}
		// "€48,000, which will be divided between A, B and C"
		if c == (cause{}) {
			if cs := r.sharedOut(its, i); len(cs) > 0 {
				c, more = cs[0].cause, cs[1:]
			}
		}
		// "ran for the hospital's oncology day unit and raised €2,900":
		// the cause the clause named before the sum.
		if c == (cause{}) {
			c = r.causeBefore(its, i)
		}
		if weakRaised[its[cueIx].low] && c == (cause{}) && !r.fundContext(its, cueIx) {
			continue
		}
		// "£3.4m raised as Dame Patricia ...": who raised it stands
		// before the money, not after.
		r.leftOnly = cueIx == i
		people := r.fundPeople(its, cueIx)
		r.leftOnly = false
		// "Kerr edges the half as £31,000 raised": the money is the
		// subject of a clause of its own.
		if cueIx == i && i > 0 && moneyClause[its[i-1].low] {
			people = nil
		}
		// "... said that $21,000 was raised for X": the money is the
		// subject of the passive; its raiser, if any, follows "by".
		if cueIx > i && its[i+1].kind == itWord && (its[i+1].low == "was" || its[i+1].low == "were" || its[i+1].low == "had" ||
			its[i+1].low == "has" || its[i+1].low == "have") {
			people = nil
			for j := cueIx + 1; j < len(its) && j <= cueIx+8; j++ {
				if its[j].low == "by" && j+1 < len(its) {
					if p := r.personAt(its, j+1); p != nil {
						people = []*Individual{p}
					}
					break
				}
			}
		}
		// "Twenty-six students ... with their teacher, X, have pledged to
		// raise $2600": the group's sum.
		if len(people) > 0 && groupSubject(its, cueIx) {
			people = nil
		}
		// "Race director Mark Ellis said the event had raised $12,000":
		// the speaker reports a sum of others.
		if len(people) == 1 && reportedOther(its, people[0], cueIx) {
			people = nil
		}
		// "'We hope to reach $250,000,' the race director said": an
		// official quoted on the event's money is not raising it.
		if len(people) > 0 && inQuote(its, cueIx) && officials(people) && !firstPersonSingular(its, cueIx) {
			people = nil
		}
		// "Target: €3,000" under a profile header is that person's.
		if len(people) == 0 && r.blockOf[si] != nil && labelCue(its, cueIx) {
			people = []*Individual{r.blockOf[si]}
		}
		if c.charity == "" && c.text == "" {
			// "The pair raised £600": the cause either was named for.
			for _, p := range people {
				if c = r.causes[p]; c != (cause{}) {
					break
				}
			}
			if c.charity == "" && c.text == "" {
				for _, x := range its {
					if x.kind == itCharity && !x.generic {
						c.charity = x.charity
						break
					}
				}
			}
			if c.charity == "" && c.text == "" && len(people) == 0 {
				c.charity = r.itsCharity(si)
			}
		}
		amount := it.money
		for _, m := range more {
			if len(people) == 0 {
				r.funds = append(r.funds, fundDraft{charity: m.charity, cause: m.text, event: true, shared: true,
					span: schema.Span{Start: it.start, End: it.end}, moneyQ: -1})
			}
			for _, p := range people {
				r.funds = append(r.funds, fundDraft{ind: p, charity: m.charity, cause: m.text,
					span: schema.Span{Start: it.start, End: it.end}, moneyQ: -1})
			}
		}
		if len(people) == 0 {
			r.funds = append(r.funds, fundDraft{charity: c.charity, cause: c.text, amount: &amount, status: status,
				span: schema.Span{Start: it.start, End: it.end}, moneyQ: it.quantityIx})
			continue
		}
		for _, p := range people {
			if r.causes[p] == (cause{}) && c != (cause{}) {
				r.causes[p] = c
			}
			r.funds = append(r.funds, fundDraft{ind: p, charity: c.charity, cause: c.text, amount: &amount, status: status,
				span: schema.Span{Start: it.start, End: it.end}, moneyQ: it.quantityIx})
		}
	}
}

// speechVerbs report what someone said.
var speechVerbs = map[string]bool{"said": true, "says": true, "confirmed": true, "announced": true, "revealed": true,
	"added": true, "explained": true, "estimated": true, "reported": true, "told": true}

// reportedOther reports whether p speaks before cue i of a clause whose
// subject is no person: "X said the event had raised", "X said more than
// £3,000 had been collected".
func reportedOther(its []item, p *Individual, i int) bool {
	// "The weekend raised $86,000 for X, he said": a subject that is no
	// person, and its speaker after the clause.
	if len(its) > 0 && nonPersonSubject[its[0].low] && saidAfter(its, i) {
		before := false
		for k := 0; k < i; k++ {
			before = before || its[k].kind == itPerson
		}
		if !before {
			return true
		}
	}
	for k := i - 1; k > 0; k-- {
		if its[k].kind == itPerson && its[k].ind == p {
			return false
		}
		if !speechVerbs[its[k].low] || k+1 >= i {
			continue
		}
		n := its[k+1]
		if n.low == "that" && k+2 < i {
			n = its[k+2]
		}
		if nonPersonSubject[n.low] || n.kind == itMoney || n.low == "more" || n.low == "over" || n.low == "nearly" || n.low == "almost" {
			// "She said the day had raised €48,000"
			if k >= 1 && (its[k-1].low == "he" || its[k-1].low == "she") {
				return true
			}
			for j := k - 1; j >= 0; j-- {
				if its[j].kind == itPerson && its[j].ind == p {
					return true
				}
			}
		}
		return false
	}
	return false
}

// saidAfter reports whether a speaker is named after item i: ", he
// said", ", she said", ", said X", ", X said".
func saidAfter(its []item, i int) bool {
	for k := i + 1; k+1 < len(its); k++ {
		if its[k].text != "," {
			continue
		}
		if speechVerbs[its[k+1].low] {
			return true
		}
		if k+2 < len(its) && (its[k+1].low == "he" || its[k+1].low == "she" || its[k+1].kind == itPerson) && speechVerbs[its[k+2].low] {
			return true
		}
	}
	return false
}

// officials reports whether every one of people is an organiser or other
// official of the event (and none is known to run).
func officials(people []*Individual) bool {
	for _, p := range people {
		if !has(p.Roles, "official") {
			return false
		}
	}
	return true
}

// firstPersonSingular reports whether the quotation holding item i says
// "I", "my" or "me" before it: the speaker's own money.
func firstPersonSingular(its []item, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch its[k].text {
		case "“", "\"":
			return false
		case "I", "my", "My", "me", "I'm", "I’m", "I've", "I’ve":
			return true
		}
	}
	return false
}

// fundNouns are what a person's fundraising is called: "X's total",
// "X's fundraising tally".
var fundNouns = map[string]bool{"total": true, "tally": true, "target": true, "goal": true, "page": true, "efforts": true,
	"sponsors": true, "donors": true, "backers": true, "supporters": true}

// stillMissing, after a sum, make it what a fundraiser still needs: "£300
// short of her target", "£150 more".
var stillMissing = map[string]bool{"short": true, "shy": true, "more": true, "away": true, "left": true, "remaining": true}

// fundHoldings are where raised money sits: "in donations", "on his
// page", "in sponsorship".
var fundHoldings = map[string]bool{"donations": true, "sponsorship": true, "pledges": true, "page": true,
	"pot": true, "bucket": true, "buckets": true, "sponsor": true, "sponsors": true, "donation": true}

// raisedParticiples make a passive of raising: "was raised", "were
// collected".
var raisedParticiples = map[string]bool{"raised": true, "collected": true, "donated": true, "generated": true, "pledged": true}

// moneyClause words open a clause whose subject is the money after them:
// "as £31,000 raised", "with £2m raised".
var moneyClause = map[string]bool{"as": true, "with": true, "while": true, "after": true}

// weakRaised cues say money was raised only where a cause is in view:
// "collected NZ$5,000" is a prize unless the person runs for a cause.
var weakRaised = map[string]bool{"collected": true, "collecting": true, "reached": true, "gathered": true, "made": true}

// fundContext says whether a cause is in view at item i: the person runs
// for one, or the sentence names a charity or a cause.
func (r *relDoc) fundContext(its []item, i int) bool {
	for _, p := range r.fundPeople(its, i) {
		if r.causes[p] != (cause{}) {
			return true
		}
	}
	for j, it := range its {
		if it.kind == itCharity {
			return true
		}
		// "Ann Lee's tally reached £300"
		if (it.low == "tally" || it.low == "total") && j >= 1 && (its[j-1].text == "'s" || its[j-1].text == "’s" || its[j-1].low == "fundraising") {
			return true
		}
		if roles, _ := cueAt(its, j); hasRole(roles, roleFor) && its[j].low != "for" || hasRole(roles, roleRun) && its[j].low == "raising" {
			return true
		}
	}
	return false
}

// fundPeople returns who a fundraising cue at item i is said of: the pair
// for "the pair" or "both", else the cue's subject.
func (r *relDoc) fundPeople(its []item, i int) []*Individual {
	for j := 0; j < i && j < len(its); j++ {
		w := its[j].low
		two := w
		if j+1 < len(its) {
			two = w + " " + its[j+1].low
		}
		if (pluralRefs[two] || pluralRefs[w]) && r.groupNewer && len(r.group) >= 3 {
			return r.group
		}
		if (pluralRefs[two] || pluralRefs[w]) && len(r.pair) == 2 {
			return r.pair
		}
	}
	// "Sean and Liam Walsh ran for X. They hope to raise €2,000": a
	// sentence opening with "They" right after a pair is theirs.
	if st := datelineEnd(its); st < i && its[st].low == "they" && r.pairAt >= r.si-1 && r.pairAt > 0 {
		if r.groupNewer && len(r.group) >= 3 {
			return r.group
		}
		if len(r.pair) == 2 {
			return r.pair
		}
	}
	// "Pete Moss's fundraising total stands at £750": the possessor.
	for j := i - 1; j >= 2 && j >= i-4; j-- {
		if fundNouns[its[j].low] {
			k := j - 1
			if k >= 0 && (its[k].low == "fundraising" || its[k].low == "sponsorship" || its[k].low == "charity") {
				k--
			}
			if k >= 1 && (its[k].text == "'s" || its[k].text == "’s") {
				if p := r.personAt(its, k-1); p != nil {
					return []*Individual{p}
				}
			}
			break
		}
	}
	// "'We hope to reach $250,000,' Hines said": the organisers' sum,
	// not the speaker's.
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if its[j].low == "we" || its[j].low == "our" {
			return nil
		}
		if its[j].kind == itPerson || its[j].isPunct() {
			break
		}
	}
	if p := r.subjectOf(its, i); p != nil {
		// "Sgt Lee Harmon and Constable Rhys Patel ran ..., raising
		// $1,800 between them": the subject opens a pair.
		if betweenThem(its, i) {
			for j := 0; j+2 < i; j++ {
				if its[j].kind != itPerson || its[j].ind != p || its[j+1].low != "and" {
					continue
				}
				// (past a rank: "and Constable Rhys Patel")
				k := j + 2
				for k < i && k < j+5 && its[k].kind == itWord && its[k].capitalised() {
					k++
				}
				if k < i && its[k].kind == itPerson && its[k].ind != nil && its[k].ind != p {
					return []*Individual{p, its[k].ind}
				}
			}
		}
		// "Tom and Jess Whitaker, who ran together, raised £800": both.
		for j := 2; j < i && j < len(its); j++ {
			if its[j].kind == itPerson && its[j].ind == p && its[j-1].low == "and" && its[j-2].kind == itPerson &&
				its[j-2].ind != nil && its[j-2].ind != p && !possessed(its, j) {
				return []*Individual{its[j-2].ind, p}
			}
			// "Paul Hart, 52, and Gina Hart, 49, raised £1,900"
			if j >= 5 && its[j].kind == itPerson && its[j].ind == p && its[j-1].low == "and" && its[j-2].text == "," &&
				(its[j-3].kind == itNumber || its[j-3].kind == itWord && isAge(its[j-3].text)) && its[j-4].text == "," && its[j-5].kind == itPerson &&
				its[j-5].ind != nil && its[j-5].ind != p {
				return []*Individual{its[j-5].ind, p}
			}
			// "Anna Brook and her friend Kate Lowe ran for Mind"
			if j >= 4 && its[j].kind == itPerson && its[j].ind == p && (kinWords[its[j-1].low] || its[j-1].low == "friend") &&
				(its[j-2].low == "her" || its[j-2].low == "his") && its[j-3].low == "and" && its[j-4].kind == itPerson &&
				its[j-4].ind != nil && its[j-4].ind != p {
				return []*Individual{its[j-4].ind, p}
			}
		}
		return []*Individual{p}
	}
	return nil
}

func (r *relDoc) addCause(p *Individual, c cause, at item) {
	if c.charity != "" {
		r.lastCharity = c.charity
	}
	if p != nil {
		r.causes[p] = c
	}
	r.funds = append(r.funds, fundDraft{ind: p, charity: c.charity, cause: c.text, span: schema.Span{Start: at.start, End: at.end}, moneyQ: -1})
}

// moneyStatus says whether the money at item i is raised or a target,
// and where its cue is; "" when it is neither (a prize, a bonus, a fee).
func (r *relDoc) moneyStatus(its []item, i int) (string, int) {
	for j := max(0, i-5); j < len(its) && j <= i+4; j++ {
		if roles, _ := cueAt(its, j); hasRole(roles, rolePrize) {
			return "", 0
		}
	}
	// "£300 short of her target", "needs £150 more": what is still
	// missing is neither raised nor aimed at.
	if i+1 < len(its) && stillMissing[its[i+1].low] {
		return "", 0
	}
	// "His JustGiving page shows £3,420", "Her total stands at £900",
	// "Her target is £2,000".
	for j := i - 2; j >= 0 && j >= i-4; j-- {
		if its[j].kind != itWord || its[j+1].kind != itWord || its[j+1].isPunct() || its[j+1].capitalised() {
			break
		}
		switch its[j].low {
		case "page", "total", "tally":
			return "raised", i
		case "target", "goal":
			return "target", i
		}
	}
	// "$100 for every mile", "$10 per finisher": a rate, not a sum.
	if i+1 < len(its) && (its[i+1].low == "per" || its[i+1].low == "for" && i+2 < len(its) && (its[i+2].low == "each" || its[i+2].low == "every")) {
		return "", 0
	}
	if i+1 < len(its) {
		next := its[i+1].low
		// "his $2,500 fundraising goal"
		if (next == "fundraising" || next == "sponsorship" || next == "charity") && i+2 < len(its) {
			next = its[i+2].low
		}
		switch next {
		case "target", "goal", "commitment", "minimum", "pledge":
			return "target", i
		case "raised":
			return "raised", i
		}
	}
	// "had $1120 in donations", "has €1,650 on her page", "had €2,150
	// collected by the finish": money a person holds is raised.
	if i > 0 && i+1 < len(its) && (its[i-1].low == "had" || its[i-1].low == "has" || its[i-1].low == "have") {
		if raisedParticiples[its[i+1].low] {
			return "raised", i - 1
		}
		if its[i+1].low == "in" || its[i+1].low == "on" {
			for j := i + 2; j < len(its) && j <= i+5; j++ {
				if fundHoldings[its[j].low] {
					return "raised", i - 1
				}
				if its[j].isPunct() {
					break
				}
			}
		}
	}
	// "£4,000 was raised", "£900 has been collected"
	for j := i + 1; j < len(its) && j <= i+3; j++ {
		w := its[j].low
		if w == "was" || w == "were" || w == "has" || w == "have" || w == "had" || w == "been" || w == "is" || w == "already" {
			continue
		}
		if j > i+1 && (w == "raised" || w == "collected" || w == "donated" || w == "pledged" || w == "generated") {
			return "raised", j
		}
		break
	}
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		if its[j].text == ";" || its[j].kind == itMoney {
			break
		}
		roles, _ := cueAt(its, j)
		if hasRole(roles, roleTarget) {
			if its[j].low == "raise" && (j == 0 || its[j-1].low != "to") {
				return "raised", j // "soldiers raise £86,000"
			}
			return "target", j
		}
		if hasRole(roles, roleRaised) {
			return "raised", j
		}
	}
	// "Jo Bloggs (£1,200 for Mind)", "Rita Moore, 52: £4,100 for
	// Macmillan": a sum for a named charity, with no verb, is raised.
	if k := i + 1; k+1 < len(its) && its[k].low == "for" {
		k++
		if its[k].low == "the" {
			k++
		}
		if r.charityAt(its, k) != "" {
			return "raised", i
		}
	}
	return "", 0
}

// foundCause is a cause read after "for", and whether it is a charity the
// text names as one.
type foundCause struct {
	cause
	known bool
}

// causesAfter reads the causes named from item j on: charities joined by
// "and" ("the charities Action for Stammering Children and Whizz Kids"),
// or one cause of any other form (causeAfter).
func (r *relDoc) causesAfter(its []item, j int) []foundCause {
	if j < len(its) && its[j].low == "the" && j+2 < len(its) && (its[j+1].low == "charities" || its[j+1].low == "charity") && r.charityAt(its, j+2) != "" {
		j += 2
	}
	// "for the Stroke Association and the British Heart Foundation"
	if j+1 < len(its) && its[j].low == "the" && its[j+1].kind == itCharity {
		j++
	}
	// "St James's Hospital's cancer unit": a part of the named body is
	// the cause.
	if j < len(its) && r.charityAt(its, j) != "" {
		if t, ok := namedPart(its, j, j+1); ok {
			return []foundCause{{cause: cause{text: t}}}
		}
	}
	if j < len(its) && r.charityAt(its, j) != "" {
		var out []foundCause
		for j < len(its) && r.charityAt(its, j) != "" {
			out = append(out, foundCause{cause{charity: r.charityAt(its, j)}, true})
			if j+2 < len(its) && (its[j+1].low == "and" || its[j+1].text == ",") && r.charityAt(its, j+2) != "" {
				j += 2
				continue
			}
			// "for CLIC Sargent and the NSPCC", "Pieta, the Irish Cancer
			// Society and ..."
			if j+3 < len(its) && (its[j+1].low == "and" || its[j+1].text == ",") && its[j+2].low == "the" && its[j+3].kind == itCharity {
				j += 3
				continue
			}
			break
		}
		return out
	}
	var out []foundCause
	cs, ok := r.causeAfter(its, j)
	if !ok {
		return nil
	}
	for _, c := range cs {
		out = append(out, foundCause{cause: c})
	}
	return out
}

// notCauses are capitalised words after "for" that name no cause.
var notCauses = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true,
	"sunday": true, "january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"the": true, "a": true, "his": true, "her": true, "their": true, "him": true, "them": true, "us": true,
}

// causeAfter reads the cause named from item j on: "the charity" (the one
// last named), a name in capitals, or an unnamed cause ("his late father's
// favourite charity").
func (r *relDoc) causeAfter(its []item, j int) ([]cause, bool) {
	if j >= len(its) {
		return nil, false
	}
	if its[j].kind != itWord {
		return nil, false
	}
	w := its[j].low
	plural := false
	if w == "the" && j+1 < len(its) {
		// "the charities Action for Stammering Children and Whizz Kids"
		if n := its[j+1].low; (n == "charities" || n == "charity") && j+2 < len(its) && its[j+2].capitalised() {
			plural = n == "charities"
			j += 2
		} else if its[j+1].kind == itCharity {
			return []cause{{charity: its[j+1].charity}}, true
		} else if !its[j+1].capitalised() {
			// "the charity", "the mental health charity"
			for k := j + 1; k < len(its) && k <= j+4; k++ {
				// "the hospice where her mother spent her final weeks"
				// describes a cause of its own.
				if genericCharity[its[k].low] && k+1 < len(its) && describers[its[k+1].low] {
					break
				}
				if genericCharity[its[k].low] {
					if r.lastCharity != "" {
						return []cause{{charity: r.lastCharity}}, true
					}
					// "for the hospice" with no hospice named: the words
					// are the cause; "the charity" alone names none.
					if its[k].low != "hospice" {
						return nil, false
					}
					break
				}
				if its[k].isPunct() || its[k].capitalised() {
					break
				}
			}
			// "the children's ward of the hospital in his home town"
			c, ok := r.unnamedCause(its, j)
			return []cause{c}, ok
		} else {
			j++
		}
	}
	switch w := its[j].low; w {
	case "his", "her", "their", "a", "an", "my", "our":
		c, ok := r.unnamedCause(its, j)
		return []cause{c}, ok
	}
	// "raise record $1.3 million for charity": the bare word names no
	// cause.
	if (w == "charity" || w == "charities") && (j+1 >= len(its) || its[j+1].isPunct() || its[j+1].kind != itWord || causeStops[its[j+1].low] || its[j+1].low == "on" || its[j+1].low == "at" || its[j+1].low == "in") {
		return nil, false
	}
	if !its[j].capitalised() {
		// "for cancer research", "for sick children": a cause noun
		// within the first few words, with no determiner ("for good
		// causes", "for local charities" name none).
		for k := j; k < len(its) && k < j+3 && its[k].kind == itWord && !its[k].isPunct(); k++ {
			if its[k].low == "causes" || its[k].low == "charities" {
				// "for two charities: Mind and Shelter", "for two
				// causes, the RNLI and Scope"
				if k+2 < len(its) && (its[k+1].text == ":" || its[k+1].text == ",") {
					var out []cause
					for _, fc := range r.causesAfter(its, k+2) {
						if fc.known {
							out = append(out, fc.cause)
						}
					}
					return out, len(out) > 0
				}
				return nil, false
			}
			if causeNouns[its[k].low] {
				c, ok := r.unnamedCause(its, j)
				return []cause{c}, ok
			}
			// "for motor neurone disease", "for mental health": an
			// illness, with no determiner, is a cause.
			if illnessNouns[its[k].low] {
				c, ok := r.unnamedCauseOf(its, j, true)
				return []cause{c}, ok
			}
		}
		return nil, false
	}
	names := capitalRuns(its, j, plural)
	if len(names) == 0 {
		return nil, false
	}
	// "Crumlin children's hospital"
	if len(names) == 1 {
		end := j
		for end < len(its) && its[end].end <= its[j].start+len(names[0]) {
			end++
		}
		if t, ok := namedPart(its, j, end); ok {
			return []cause{{text: t}}, true
		}
	}
	var out []cause
	for _, name := range names {
		if _, isCountry := nations().Country(name); isCountry || isClubName(name) || notCauses[strings.ToLower(name)] ||
			strings.Contains(strings.ToLower(name), "marathon") {
			continue
		}
		// "Dee Fox ran for the Army": a team or body a runner
		// represents, unless the sentence speaks of money.
		if r.isOrg(name) && !fundSignal(its) {
			continue
		}
		out = append(out, cause{charity: name})
	}
	return out, len(out) > 0
}

// capitalRuns reads a name in capitals from item j: capitalised words,
// joined by "of", "for", "and", "&" or "'s" when a capitalised word
// follows. When plural, "and" separates two names.
func capitalRuns(its []item, j int, plural bool) []string {
	var names []string
	start := j
	end := j
	k := j
	for k < len(its) {
		it := its[k]
		switch {
		case it.capitalised() && !it.isPunct():
			k++
			end = k
			continue
		case (it.text == "'s" || it.text == "’s") && k > start:
			k++
			end = k
			continue
		case it.text == "." && k > start && k+1 < len(its) && its[k+1].capitalised() && its[k].start == its[k-1].end &&
			(its[k-1].text == "St" || its[k-1].text == "Ste" || its[k-1].text == "Mt" || its[k-1].text == "Ft"):
			// "St. Barnabas Church"
			k++
			continue
		case (it.low == "of" || it.low == "for" || it.low == "and" || it.low == "&" || it.low == "on") && k+1 < len(its) && its[k+1].capitalised():
			if plural && it.low == "and" {
				names = append(names, joinItems(its[start:end]))
				start = k + 1
				k++
				continue
			}
			k++
			continue
		}
		break
	}
	if end > start {
		names = append(names, joinItems(its[start:end]))
	}
	return names
}

// joinItems writes items back as text, with the text's own spacing.
func joinItems(its []item) string {
	var b strings.Builder
	for i, it := range its {
		if i > 0 && it.start > its[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(it.text)
	}
	return b.String()
}

// describers, after "the hospice", make it a cause described there and
// then rather than the charity last named.
var describers = map[string]bool{"where": true, "that": true, "which": true, "who": true, "in": true, "at": true,
	"near": true, "of": true}

// causeStops end an unnamed cause's words.
var causeStops = map[string]bool{
	"after": true, "because": true, "and": true, "as": true, "since": true, "while": true, "but": true,
	"when": true, "memory": true, "honour": true, "honor": true, "to": true, "by": true, "through": true,
}

// unnamedCause reads "his late father's favourite charity", "a hospice
// that cared for his wife": words up to the end of the clause that hold a
// cause noun.
func (r *relDoc) unnamedCause(its []item, j int) (cause, bool) {
	return r.unnamedCauseOf(its, j, false)
}

// illnessNouns make a cause when "for" is followed by no determiner:
// "running for motor neurone disease", "for mental health awareness",
// "for breast cancer". (Not after "his": "for his health".)
var illnessNouns = map[string]bool{"health": true, "disease": true, "diseases": true, "awareness": true,
	"illness": true, "cancer": true, "dementia": true, "autism": true, "diabetes": true, "leukaemia": true,
	"leukemia": true, "sclerosis": true, "epilepsy": true, "suicide": true, "prevention": true}

// unnamedCauseOf is unnamedCause; with illness, an illness noun holds the
// cause as well as a cause noun.
func (r *relDoc) unnamedCauseOf(its []item, j int, illness bool) (cause, bool) {
	end := j
	hasNoun := false
	for k := j; k < len(its) && k < j+14; k++ {
		it := its[k]
		if it.isPunct() && it.text != "'s" && it.text != "’s" || it.kind != itWord && it.kind != itNumber {
			break
		}
		if k > j+1 && causeStops[it.low] && !hasNoun && it.low != "and" {
			return cause{}, false
		}
		if k > j+1 && causeStops[it.low] && hasNoun {
			if (it.low == "memory" || it.low == "honour" || it.low == "honor") && end > j && its[end-1].low == "in" {
				end--
			}
			break
		}
		if causeNouns[it.low] && (!weakCauseNouns[it.low] || fundSignal(its)) || illness && illnessNouns[it.low] {
			hasNoun = true
		}
		end = k + 1
	}
	if !hasNoun {
		return cause{}, false
	}
	// "a local hospice, Willow Wood": the charity the phrase goes on to
	// name.
	if end+1 < len(its) && its[end].text == "," && its[end+1].kind == itCharity && !its[end+1].generic {
		return cause{charity: its[end+1].charity}, true
	}
	text := joinItems(its[j:end])
	return cause{text: text}, true
}

// writeFunds turns the drafts into Record.Fundraising: one entry per
// amount, and one without an amount for a cause no amount was given for.
func (r *relDoc) writeFunds() {
	// A profiled runner's sums are for the cause their block names, else
	// for the charity the feature is about.
	for k := range r.funds {
		f := &r.funds[k]
		if f.ind == nil || !r.profiled[f.ind] || f.charity != "" || f.cause != "" {
			continue
		}
		if c := r.causes[f.ind]; c != (cause{}) {
			f.charity, f.cause = c.charity, c.text
		} else {
			f.charity = r.pageCharity
		}
	}
	type key struct {
		ind            *Individual
		charity, cause string
	}
	withAmount := map[key]bool{}
	for _, f := range r.funds {
		if f.amount != nil {
			withAmount[key{f.ind, f.charity, f.cause}] = true
			if f.charity != "" || f.cause != "" {
				withAmount[key{f.ind, "", ""}] = true
			}
		}
	}
	type amountKey struct {
		ind    *Individual
		amount schema.Money
		status string
	}
	withCause := map[amountKey]bool{}
	for _, f := range r.funds {
		if f.amount != nil && (f.charity != "" || f.cause != "") {
			withCause[amountKey{f.ind, *f.amount, f.status}] = true
		}
	}
	seen := map[string]bool{}
	for _, f := range r.funds {
		// "soldiers raise £86,000" in a headline and "raised an estimated
		// £86,000 for X" in the text are one entry.
		if f.amount != nil && f.charity == "" && f.cause == "" && withCause[amountKey{f.ind, *f.amount, f.status}] {
			continue
		}
		if f.amount == nil && (withAmount[key{f.ind, f.charity, f.cause}] && !(f.shared && f.ind == nil) || f.ind == nil && !f.event) {
			continue
		}
		if f.amount == nil && f.charity == "" && f.cause == "" {
			continue
		}
		e := schema.Fundraising{}
		if f.ind != nil {
			e.Person = schema.Str(f.ind.Name)
		}
		if f.charity != "" {
			e.Charity = schema.Str(f.charity)
		} else if f.cause != "" {
			e.Cause = schema.Str(f.cause)
		}
		if f.amount != nil {
			a := *f.amount
			e.Amount = &a
			e.Status = schema.Str(f.status)
		}
		k := fundKey(e)
		if seen[k] {
			continue
		}
		seen[k] = true
		sp := f.span
		e.Span = &sp
		r.d.Record.Fundraising = append(r.d.Record.Fundraising, e)
		name := ""
		switch {
		case f.ind != nil:
			name = f.ind.Name
		case f.charity != "":
			name = f.charity
		}
		if f.moneyQ >= 0 && name != "" {
			r.about[f.moneyQ] = name
		}
	}
}

func fundKey(e schema.Fundraising) string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return schema.Fold(*p)
	}
	k := s(e.Person) + "|" + s(e.Charity) + "|" + s(e.Cause) + "|" + s(e.Status)
	if e.Amount != nil {
		k += "|" + e.Amount.Currency + formatFloat(e.Amount.Value)
	}
	return k
}

// itsCharity reads a sentence opening with "Its" after one that names a
// charity ("... is the Irish Cancer Society. Its team of 300 runners hopes
// to raise €250,000"): the charity the possessive stands for, or "".
func (r *relDoc) itsCharity(si int) string {
	if si == 0 || len(r.sents[si]) == 0 || r.sents[si][0].low != "its" {
		return ""
	}
	name := ""
	for _, it := range r.sents[si-1] {
		if it.kind == itCharity && !it.generic {
			name = it.charity
		}
	}
	return name
}

// inQuote says whether item i stands inside a quotation: the last
// quotation mark before it in its sentence opens one (“, or " glued to the
// word after it), rather than closing one.
func inQuote(its []item, i int) bool {
	for k := i - 1; k >= 0; k-- {
		switch its[k].text {
		case "“":
			return true
		case "”":
			return false
		case "\"":
			gluedAfter := k+1 < len(its) && its[k+1].start == its[k].end
			gluedBefore := k > 0 && its[k-1].end == its[k].start
			return gluedAfter && !gluedBefore
		}
	}
	return false
}

// proceedsWords are the money of an event, whose destination names the
// event's charity: "Money raised will go to the Lincoln Foodbank".
var proceedsWords = map[string]bool{"proceeds": true, "money": true, "funds": true, "profits": true, "donations": true, "surplus": true,
	"fees": true, "takings": true}

// benefitVerbs say where an event's money goes: "Proceeds benefit X".
var benefitVerbs = map[string]bool{"benefit": true, "benefits": true, "benefited": true, "benefitted": true,
	"support": true, "supports": true, "supported": true, "help": true, "helps": true, "fund": true, "funds": true}

// proceeds reads "proceeds (of the race) will go to X", "all money raised
// goes to X": the event's charity, with no sum and no person.
func (r *relDoc) proceeds(its []item) {
	for i, it := range its {
		if !proceedsWords[it.low] {
			continue
		}
		for j := i + 1; j+2 < len(its) && j <= i+8; j++ {
			w := its[j].low
			if its[j].kind == itPerson || its[j].kind == itMoney || its[j].isPunct() {
				return
			}
			k := -1
			if (w == "go" || w == "goes" || w == "went" || w == "going") && its[j+1].low == "to" {
				k = j + 2
			}
			// "Proceeds from the race benefit X", "Funds raised will
			// support X"
			if benefitVerbs[w] {
				k = j + 1
			}
			if k > 0 {
				if k < len(its) && its[k].low == "the" {
					k++
				}
				if k < len(its) && its[k].kind == itCharity && !its[k].generic {
					r.funds = append(r.funds, fundDraft{charity: its[k].charity, event: true,
						span: schema.Span{Start: its[k].start, End: its[k].end}, moneyQ: -1})
				}
				return
			}
		}
		return
	}
}

// chosenCharity reads "X's chosen charity was Y", "her charity is Y".
func (r *relDoc) chosenCharity(its []item) {
	for i, it := range its {
		if it.low != "charity" && it.low != "cause" {
			continue
		}
		k := i + 1
		if k < len(its) && (its[k].low == "was" || its[k].low == "is") {
			k++
		} else {
			continue
		}
		if k < len(its) && its[k].low == "the" {
			k++
		}
		if k >= len(its) || its[k].kind != itCharity || its[k].generic {
			continue
		}
		// The owner: "X's (chosen) charity", "her charity".
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if its[j].text == "'s" || its[j].text == "’s" {
				if p := r.personAt(its, j-1); p != nil && j >= 1 {
					r.addCause(p, cause{charity: its[k].charity}, its[k])
				}
				break
			}
			if its[j].low == "his" || its[j].low == "her" {
				p := r.personAt(its, j)
				if p == nil {
					// "Jo Hay said her chosen charity was the RNLI"
					p = r.subjectOf(its, j)
				}
				if p != nil {
					r.addCause(p, cause{charity: its[k].charity}, its[k])
				}
				break
			}
		}
	}
}

// groupNouns name a body of people who run or raise money together: "64
// employees ran for X", "A team of 30 nurses ...".
var groupNouns = map[string]bool{
	"team": true, "teams": true, "employees": true, "staff": true, "students": true, "pupils": true,
	"members": true, "crew": true, "class": true, "squad": true, "colleagues": true, "workers": true,
	"nurses": true, "doctors": true, "firefighters": true, "officers": true, "volunteers": true,
	"contingent": true, "group": true, "soldiers": true, "cadets": true, "scouts": true, "classmates": true,
	"teammates": true, "workmates": true, "friends": true, "clubmates": true, "co-workers": true,
}

// otherPeople are groups that, after "her" or "his", are people other
// than the one named: "Her colleagues ... raised $4,500".
var otherPeople = map[string]bool{"colleagues": true, "teammates": true, "classmates": true, "workmates": true,
	"pupils": true, "students": true, "staff": true, "friends": true, "clubmates": true, "co-workers": true}

// groupOpeners may stand before a group noun at the head of a clause:
// determiners, numbers and the words of a number.
var groupOpeners = map[string]bool{
	"a": true, "an": true, "the": true, "some": true, "about": true, "more": true, "than": true, "over": true,
	"nearly": true, "almost": true, "around": true, "all": true, "of": true, "its": true, "largest": true,
	"biggest": true, "whole": true, "entire": true, "again": true, "also": true,
}

// groupSubject reports whether the clause holding cue i has a group of
// people for its subject ("where 64 employees ran for X", "Twenty-six
// students ... with their teacher, X, have pledged to raise $2600"): the
// cause or sum is the group's, not one person's. A person named inside
// the clause counts only after "with", "by", a comma or "of" (a leader, a
// teacher, an appositive).
func groupSubject(its []item, i int) bool {
	start := datelineEnd(its)
	for k := i - 1; k > start; k-- {
		switch its[k].low {
		case ";", "where", "while", "whereas":
			start = k + 1
		}
		if start != datelineEnd(its) {
			break
		}
	}
	g := -1
	for k := start; k < i && k < start+6; k++ {
		it := its[k]
		low := it.low
		// ("Morgan Stanley staff", "Leeds City Council employees": a
		// body's name before the group.)
		if it.kind == itNumber || numberPhrase(low) || groupOpeners[low] || it.kind == itWord && it.capitalised() && !groupNouns[low] {
			continue
		}
		// "Her colleagues from the ward ran as a team": other people.
		if (low == "her" || low == "his" || low == "their") && k+1 < i && otherPeople[its[k+1].low] {
			continue
		}
		if it.kind == itWord && groupNouns[low] {
			g = k
		}
		break
	}
	if g < 0 {
		return false
	}
	for k := g + 1; k < i; k++ {
		if its[k].kind != itPerson {
			continue
		}
		prev := ""
		if k > 0 {
			prev = its[k-1].low
		}
		if prev != "with" && prev != "by" && prev != "," && prev != "of" && prev != "including" && prev != "alongside" {
			return false
		}
	}
	return true
}

// numberPhrase reports whether w is a number in words: "twenty",
// "twenty-six".
func numberPhrase(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if _, ok := numberWords[part]; !ok {
			return false
		}
	}
	return w != ""
}

// sharedOut reads where an event's money goes after it: "€48,000, which
// will be divided between A, B and C", "split among", "will go to X",
// "will benefit X".
func (r *relDoc) sharedOut(its []item, i int) []foundCause {
	for j := i + 1; j+1 < len(its) && j <= i+8; j++ {
		w := its[j].low
		if its[j].kind == itMoney || its[j].kind == itPerson || its[j].text == ";" {
			return nil
		}
		switch {
		case (w == "divided" || w == "split" || w == "shared") && (its[j+1].low == "between" || its[j+1].low == "among" || its[j+1].low == "amongst"):
			return r.causesAfter(its, j+2)
		case (w == "go" || w == "goes" || w == "going") && its[j+1].low == "to":
			return r.causesAfter(its, j+2)
		case w == "benefit" || w == "benefits":
			return r.causesAfter(its, j+1)
		}
	}
	return nil
}

// causeBefore reads the cause a clause names before the money at item i:
// "ran for X and raised €2,900". It stops at another sum and at a clause
// break; the "for" must follow a verb of running or raising.
func (r *relDoc) causeBefore(its []item, i int) cause {
	for j := i - 1; j >= 1 && j >= i-14; j-- {
		w := its[j].low
		if its[j].kind == itMoney || w == ";" || w == "while" || w == "whereas" || w == "but" {
			return cause{}
		}
		roles, n := cueAt(its, j)
		if !hasRole(roles, roleFor) || j+n > i {
			continue
		}
		strong := w != "for" || n > 1
		if !strong {
			pr, _ := cueAt(its, j-1)
			if !hasRole(pr, roleRun) && !hasRole(pr, roleRaised) {
				continue
			}
		}
		if cs := r.causesAfter(its, j+n); len(cs) > 0 {
			return cs[0].cause
		}
		return cause{}
	}
	return cause{}
}

// charityAt returns the charity item j names: a charity mention, or a
// capitalised word written as the name of a charity the record holds
// ("divided between Pieta, the Irish Cancer Society and ..."), else "".
func (r *relDoc) charityAt(its []item, j int) string {
	if j < 0 || j >= len(its) {
		return ""
	}
	if its[j].kind == itCharity {
		return its[j].charity
	}
	if its[j].kind != itWord || !its[j].capitalised() {
		return ""
	}
	for _, c := range r.d.Record.Charities {
		if schema.Fold(c.Name) == schema.Fold(its[j].text) {
			return c.Name
		}
	}
	return ""
}

// donateVerbs give money to a charity named after "to".
var donateVerbs = map[string]bool{"donate": true, "donates": true, "donated": true, "donating": true}

// donatedTo reads "will donate everything he raises to the East Anglian
// Air Ambulance", "donated her winnings to X": the subject's cause, when
// X is a charity.
func (r *relDoc) donatedTo(its []item) {
	for i, it := range its {
		if !donateVerbs[it.low] {
			continue
		}
		for j := i + 1; j < len(its) && j <= i+8; j++ {
			if its[j].kind == itPerson || its[j].text == ";" || its[j].text == "." {
				break
			}
			if its[j].low != "to" {
				continue
			}
			k := j + 1
			if k < len(its) && its[k].low == "the" {
				k++
			}
			if name := r.charityAt(its, k); name != "" && !groupSubject(its, i) {
				for _, p := range r.fundPeople(its, i) {
					r.addCause(p, cause{charity: name}, its[k])
				}
			}
			break
		}
	}
}

// eventOwners, before "charity" or "charity partner", make it the
// event's: "This year's official charity", "the race's charity partner".
var eventOwners = map[string]bool{"year's": true, "race's": true, "event's": true, "marathon's": true, "run's": true,
	"its": true, "official": true, "nominated": true, "year’s": true, "race’s": true, "event’s": true, "marathon’s": true,
	"run’s": true}

// charityWords name the role of an event's charity.
var charityWords = map[string]bool{"charity": true, "beneficiary": true, "partner": true}

// eventCharity reads the event's own charity, named with no person:
// "This year's official charity is Mind", "The race's charity partner,
// the Samaritans, ...", "Mind is this year's official charity".
func (r *relDoc) eventCharity(its []item) {
	for c, it := range its {
		if !charityWords[it.low] {
			continue
		}
		owned := false
		for k := c - 1; k >= 0 && k >= c-3; k-- {
			w := its[k].low
			if k+1 < len(its) && (its[k+1].text == "'s" || its[k+1].text == "’s") {
				w += "'s"
			}
			if its[k].kind == itPerson {
				owned = false
				break
			}
			if eventOwners[w] || eventOwners[its[k].low] {
				owned = true
			}
		}
		if !owned {
			continue
		}
		add := func(k int) bool {
			if k < len(its) && its[k].low == "the" {
				k++
			}
			// (A feature in profile blocks gives its charity to each
			// runner instead.)
			if name := r.charityAt(its, k); name != "" && name != r.pageCharity {
				r.funds = append(r.funds, fundDraft{charity: name, event: true,
					span: schema.Span{Start: its[k].start, End: its[k].end}, moneyQ: -1})
				return true
			}
			return false
		}
		k := c + 1
		if k < len(its) && (its[k].low == "partner" || its[k].low == "partners") {
			k++
		}
		if k < len(its) && (its[k].low == "is" || its[k].low == "was" || its[k].text == ",") {
			if add(k + 1) {
				continue
			}
		}
		// "Mind is this year's official charity"
		for j := c - 1; j >= 1 && j >= c-7; j-- {
			if its[j].low == "is" || its[j].low == "was" {
				if j >= 1 && r.charityAt(its, j-1) != "" {
					add(j - 1)
				}
				break
			}
		}
	}
}

// eventNouns name the event as a sentence's subject: "The race raises
// money for X".
var eventNouns = map[string]bool{"race": true, "event": true, "run": true, "marathon": true, "half": true,
	"10k": true, "5k": true, "walk": true, "relay": true, "trot": true, "challenge": true, "day": true}

// eventSubject reports whether the sentence holding cue i opens with the
// event ("The race", "This year's event", the event's name) and names no
// person before the cue.
func (r *relDoc) eventSubject(its []item, i int) bool {
	start := datelineEnd(its)
	for k := start; k < i; k++ {
		if its[k].kind == itPerson {
			return false
		}
	}
	if start >= len(its) {
		return false
	}
	for k := start; k < i && k < start+4; k++ {
		if eventNouns[its[k].low] {
			return true
		}
		if its[k].kind != itWord {
			return false
		}
	}
	if len(r.d.Record.Events) == 0 {
		return false
	}
	for _, sp := range mainEvent(r.d).Mentions {
		if sp.Start <= its[start].start && its[start].start < sp.End {
			return true
		}
		if start+1 < len(its) && its[start].low == "the" && sp.Start <= its[start+1].start && its[start+1].start < sp.End {
			return true
		}
	}
	return false
}

// weakCauseNouns make a cause only in a sentence about money or charity:
// "ran for the county team", "running for his club" are whom a runner
// represents.
var weakCauseNouns = map[string]bool{"team": true, "club": true, "school": true}

// fundSignal reports whether a sentence speaks of money or charity: a
// sum, or a word of raising, giving or charity.
func fundSignal(its []item) bool {
	for _, it := range its {
		if it.kind == itMoney || it.kind == itCharity {
			return true
		}
		w := it.low
		if strings.HasPrefix(w, "rais") || strings.HasPrefix(w, "donat") || strings.HasPrefix(w, "fundrais") ||
			strings.HasPrefix(w, "sponsor") || strings.HasPrefix(w, "charit") || w == "money" || w == "funds" ||
			w == "appeal" || w == "aid" || w == "pledged" || w == "collected" || w == "collecting" {
			return true
		}
	}
	return false
}

// namedPart reads a part of a named body written after its name: from
// item a (the name) the words in lower case from item b on, past a "'s",
// up to a cause noun ("St James's Hospital's cancer unit", "Crumlin
// children's hospital"). It gives the whole text, or false.
func namedPart(its []item, a, b int) (string, bool) {
	k := b
	if k < len(its) && (its[k].text == "'s" || its[k].text == "’s") {
		k++
	}
	end := -1
	for ; k < len(its) && k < b+7; k++ {
		it := its[k]
		if it.text == "'s" || it.text == "’s" {
			continue
		}
		if it.kind != itWord || it.isPunct() || it.capitalised() || causeStops[it.low] || it.low == "for" || it.low == "at" {
			break
		}
		if causeNouns[it.low] && !weakCauseNouns[it.low] {
			end = k + 1
		}
	}
	if end < 0 {
		return "", false
	}
	return joinItems(its[a:end]), true
}

// charityTeam reads a runner on a charity's team: "is one of 25 members of
// the X Foundation team", "runs on the X team", "ran with the X team".
func (r *relDoc) charityTeam(its []item) {
	for k := 1; k+1 < len(its); k++ {
		if its[k].kind != itCharity || its[k].generic || (its[k+1].low != "team" && its[k+1].low != "squad") {
			continue
		}
		j := k - 1
		if its[j].low == "the" && j > 0 {
			j--
		}
		switch its[j].low {
		case "of", "on", "with", "for", "joined", "join", "joining":
		default:
			continue
		}
		if groupSubject(its, j) {
			r.funds = append(r.funds, fundDraft{charity: its[k].charity, event: true,
				span: schema.Span{Start: its[k].start, End: its[k].end}, moneyQ: -1})
			continue
		}
		for _, p := range r.fundPeople(its, j) {
			r.addCause(p, cause{charity: its[k].charity}, its[k])
		}
	}
}

// betweenThem reports whether the sentence holding item i says a sum is
// shared: "raising $1,800 between them", "raised £900 together".
func betweenThem(its []item, i int) bool {
	for k := 0; k+1 < len(its); k++ {
		if its[k].low == "between" && (its[k+1].low == "them" || its[k+1].low == "the") {
			return true
		}
		if its[k].low == "together" || its[k].low == "jointly" {
			return true
		}
	}
	return false
}
