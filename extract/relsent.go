package extract

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// cueAt returns the roles of the longest cue phrase starting at item i and
// the number of items it spans. It is asked at nearly every item, so it
// looks a phrase up only when its first word starts a cue, and joins the
// words once, into a buffer on the stack.
func cueAt(its []item, i int) ([]cueRole, int) {
	if i < 0 || i >= len(its) || its[i].kind != itWord {
		return nil, 0
	}
	longest := cueStarts[its[i].low]
	if longest == 0 {
		return nil, 0
	}
	var buf [64]byte
	b := buf[:0]
	var ends [maxCueWords]int // ends[n-1]: where the phrase of n words ends in b
	n := 0
	for k := i; k < len(its) && n < longest && its[k].kind == itWord; k++ {
		if n > 0 {
			b = append(b, ' ')
		}
		b = append(b, its[k].low...)
		ends[n] = len(b)
		n++
	}
	for ; n >= 1; n-- {
		if roles, hit := cues[string(b[:ends[n-1]])]; hit {
			return roles, n
		}
	}
	return nil, 0
}

// roleBefore returns whether a cue with role ends at item j (the last
// item of the phrase is j).
func roleBefore(its []item, j int, role cueRole) bool {
	for n := 1; n <= maxCueWords && j-n+1 >= 0; n++ {
		roles, m := cueAt(its, j-n+1)
		if m == n && hasRole(roles, role) {
			return true
		}
	}
	return false
}

// isPunct says whether an item is a punctuation token.
func (it item) isPunct() bool {
	if it.kind != itWord {
		return false
	}
	c, _ := utf8.DecodeRuneInString(it.text)
	return !unicode.IsLetter(c) && !unicode.IsDigit(c)
}

// capitalised says whether a word item starts with a capital letter.
func (it item) capitalised() bool {
	c, _ := utf8.DecodeRuneInString(it.text)
	return it.kind == itWord && unicode.IsUpper(c)
}

// personAt returns the person item i stands for: a person mention, or a
// pronoun resolved to the nearest person before it in the sentence, or to
// the person the text is about.
func (r *relDoc) personAt(its []item, i int) *Individual {
	it := its[i]
	if it.kind == itPerson {
		return it.ind
	}
	if it.kind != itWord {
		return nil
	}
	switch it.low {
	case "her", "his":
		if i+1 < len(its) && kinWords[its[i+1].low] {
			return r.kin[it.low+" "+its[i+1].low]
		}
		if i > 0 && (its[i-1].kind == itWord && !its[i-1].isPunct() && its[i-1].low != "and") {
			return nil // "beat her", "with her"
		}
		fallthrough
	case "he", "she":
		for j := i - 1; j >= 0; j-- {
			if its[j].kind == itPerson && !r.isObject(its, j) && !possessed(its, j) {
				return its[j].ind
			}
		}
		return r.focus
	}
	// "her mother", "his father": a person introduced that way.
	if (it.low == "her" || it.low == "his") && i+1 < len(its) && kinWords[its[i+1].low] {
		return r.kin[it.low+" "+its[i+1].low]
	}
	return nil
}

// possessed says whether the person at j is only a possessor ("Bekana's
// compatriot").
func possessed(its []item, j int) bool {
	return j+1 < len(its) && (its[j+1].text == "'s" || its[j+1].text == "’s")
}

// isObject says whether the person at item j is the object of a verb or
// preposition ("beat X", "away from Kenya's X", "clear of X"), looking
// back over a possessive country, a demonym and words like "compatriot".
func (r *relDoc) isObject(its []item, j int) bool {
	k := j - 1
	for k >= 0 {
		it := its[k]
		switch {
		case it.text == "'s" || it.text == "’s":
			// "Kenya 's", "Kenya Police 's"
			k--
			for k > 0 && its[k-1].capitalised() && !its[k-1].isPunct() {
				k--
			}
			k--
			continue
		case it.kind == itWord && (modifierWords[it.low] || rankWords[it.low] || isDemonymItem(it)):
			k--
			continue
		case (it.kind == itWord || it.kind == itNumber) && strings.HasSuffix(it.low, "-year-old"):
			k--
			continue
		}
		break
	}
	if k < 0 {
		return false
	}
	return roleBefore(its, k, roleObject) || roleBefore(its, k, roleBeat) || roleBefore(its, k, roleEdge)
}

// modifierWords may stand between a verb and its object person.
// rankWords are titles and ranks written before a name ("Capt Tom
// Hargreaves"); they do not make the person a subject.
var rankWords = map[string]bool{
	"capt": true, "captain": true, "sgt": true, "sergeant": true, "cpl": true, "corporal": true, "gnr": true,
	"gunner": true, "pte": true, "private": true, "lt": true, "lieutenant": true, "maj": true, "major": true,
	"col": true, "colonel": true, "l/cpl": true, "l/bdr": true, "bdr": true, "dr": true, "mr": true, "mrs": true,
	"ms": true, "miss": true, "sir": true, "dame": true, "cllr": true, "councillor": true, "mayor": true,
	"lord": true, "lady": true, "rev": true, "prof": true, "professor": true, "sgt.": true, "capt.": true,
}

var modifierWords = map[string]bool{
	"compatriot": true, "fellow": true, "countryman": true, "countrywoman": true, "team-mate": true,
	"teammate": true, "rival": true, "training": true, "partner": true, "the": true, "defending": true,
	"champion": true, "favourite": true, "title-holder": true, "holder": true, "world": true, "olympic": true,
}

func isDemonymItem(it item) bool {
	_, ok := nations().Demonym(it.text)
	return ok && it.capitalised()
}

// antecedent returns the person a "who" at item j refers to: the person
// just before it, past commas and a bracket.
func (r *relDoc) antecedent(its []item, j int) *Individual {
	k := j - 1
	for k >= 0 {
		switch its[k].text {
		case ",":
			k--
			continue
		case ")":
			for k >= 0 && its[k].text != "(" {
				k--
			}
			k--
			continue
		}
		break
	}
	if k >= 0 {
		return r.personAt(its, k)
	}
	return nil
}

// subjectOf finds the person a cue at item i is said of: the nearest person
// before it that is not an object, or the person a "who" refers to; failing
// that the nearest object person, then the nearest person after the cue,
// then the person the text is about when the sentence opens with a
// pronoun or a description.
func (r *relDoc) subjectOf(its []item, i int) *Individual {
	// ", winning by eight seconds": a participle after a comma is said of
	// the sentence's subject.
	if i > 0 && its[i-1].text == "," && strings.HasSuffix(its[i].low, "ing") {
		if p := r.sentenceSubject(its); p != nil {
			return p
		}
	}
	var fallback *Individual
	for j := i - 1; j >= 0; j-- {
		it := its[j]
		if it.kind == itWord && it.low == "who" {
			if p := r.antecedent(its, j); p != nil {
				return p
			}
		}
		if it.text == ";" {
			break
		}
		// "..., as organisers announced that the event had raised": a
		// clause with a subject of its own that is no person.
		if clauseIntroducers[it.low] && j+1 < i && (nonPersonSubject[its[j+1].low] || !coordinators[it.low] && its[j+1].capitalised()) &&
			!(it.low == "as" && (its[j+1].low == "a" || its[j+1].low == "an")) {
			// ("dressed as a banana" is no clause.)
			return nil
		}
		p := r.personAt(its, j)
		if p == nil {
			continue
		}
		if possessed(its, j) {
			continue
		}
		// "Sarah Bell, whose daughter Amy has leukaemia, ran": a person
		// inside a closed "whose" clause is not the subject; nor is the
		// source of "According to X, the club has raised".
		if inWhoseClause(its, j, i) || afterAccordingTo(its, j) {
			continue
		}
		if j > 0 && its[j-1].low == "with" {
			// "with X third in 2:19:55"
			return p
		}
		if r.isObject(its, j) {
			if fallback == nil {
				fallback = p
			}
			continue
		}
		return p
	}
	if fallback != nil {
		return fallback
	}
	if r.describesPerson(its) {
		return r.focus
	}
	if r.leftOnly {
		return nil
	}
	for j := i + 1; j < len(its) && j < i+12; j++ {
		if its[j].text == ";" || its[j].text == "." {
			break
		}
		if p := r.personAt(its, j); p != nil && !possessed(its, j) {
			return p
		}
	}
	return nil
}

// clauseIntroducers open a clause that may have a subject of its own.
var clauseIntroducers = map[string]bool{
	"that": true, "as": true, "when": true, "because": true, "although": true, "though": true, "if": true,
	"since": true, "and": true, "while": true, "whereas": true,
}

// coordinators join clauses that often share their subject ("rallied
// through the night but had to settle for second").
var coordinators = map[string]bool{"and": true, "while": true, "whereas": true}

// nonPersonSubject words begin a subject that is not a person.
var nonPersonSubject = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "organisers": true, "organizers": true,
	"officials": true, "it": true, "this": true, "they": true, "entry": true, "entries": true, "sponsorship": true,
	"runners": true, "participants": true, "fundraisers": true,
}

// sentenceSubject returns the person a sentence opens with, past a
// demonym, a possessive country and descriptive words ("Denmark's Søren
// Kjeldsen won ...", "He crossed ..."), or nil.
func (r *relDoc) sentenceSubject(its []item) *Individual {
	start := datelineEnd(its)
	for j := start; j < len(its) && j < start+6; j++ {
		if p := r.personAt(its, j); p != nil {
			if possessed(its, j) {
				continue
			}
			return p
		}
		if roles, _ := cueAt(its, j); len(roles) > 0 {
			return nil
		}
	}
	if r.describesPerson(its) {
		return r.focus
	}
	return nil
}

// datelineEnd returns the index of the first item after a dateline that
// opens the sentence ("BENGALURU:", "OMAHA, Neb. (AP) —"), or 0.
func datelineEnd(its []item) int {
	if len(its) == 0 || its[0].kind != itWord || its[0].text != strings.ToUpper(its[0].text) || !its[0].capitalised() {
		return 0
	}
	for j := 1; j < len(its) && j < 9; j++ {
		switch its[j].text {
		case ":", "—", "–", "-":
			return j + 1
		}
	}
	return 0
}

// describesPerson says whether a sentence opens with "He", "She" or a
// description of a person ("The reigning Frankfurt Marathon champion",
// "The 24-year-old", "The Kenyan"), which then stands for the person the
// text is about.
func (r *relDoc) describesPerson(its []item) bool {
	if len(its) == 0 {
		return false
	}
	switch its[0].low {
	case "he", "she":
		return true
	case "the":
	default:
		return false
	}
	for j := 1; j < len(its) && j < 7; j++ {
		it := its[j]
		if it.kind == itNumber {
			_, age := ageOf(it.low)
			return age
		}
		if it.kind != itWord || it.isPunct() {
			return false
		}
		if descriptionNouns[it.low] || isDemonymItem(it) && j == 1 {
			return true
		}
		if _, ok := ageOf(it.low); ok {
			return true
		}
		if roles, _ := cueAt(its, j); len(roles) > 0 && !hasRole(roles, rolePast) {
			return false
		}
	}
	return false
}

// sentence reads one sentence's results and fundraising.
func (r *relDoc) sentence(si int) {
	its := r.sents[si]
	r.si = si
	r.focusAt = append(r.focusAt, r.focus)
	// "The 24-year-old" and "the Dane" are the person the text is about.
	// ("Derek Smith, the 70-year-old, beat ...": an appositive is the
	// name just before it.)
	for i := range its {
		if its[i].ref && i >= 2 && its[i-1].text == "," && its[i-2].kind == itPerson && its[i-2].ind != nil && !its[i-2].ref {
			its[i].ind = its[i-2].ind
			continue
		}
		if its[i].ref && r.focus != nil {
			its[i].ind = r.focus
		}
	}
	r.updateRace(its)
	r.learnKinAndPairs(its)
	r.behindCame(its)
	first := len(r.results)
	for i := 0; i < len(its); i++ {
		it := its[i]
		switch it.kind {
		case itTime:
			if r.possessiveTime(its, i) {
				continue
			}
			// "ahead of Kari Lund (2:25:01)": a time in brackets after a
			// name is that runner's.
			if it.clock && i >= 2 && its[i-1].text == "(" && i+1 < len(its) && its[i+1].text == ")" && its[i-2].kind == itPerson && its[i-2].ind != nil {
				r.giveTime(its[i-2].ind, it, first)
				continue
			}
			r.finishTime(its, i, first)
			continue
		case itWord, itNumber:
		default:
			continue
		}
		// "Third was Jo Bell", "Second came Tom Hale", "The winner,
		// 27-year-old Sofia Russo,", "The runner-up, Ann Lee,"
		if n, ok := leadPlacing(its, i); ok && !r.past(its, i+1) {
			for j := i + 1; j < len(its) && j <= i+6; j++ {
				if its[j].kind == itPerson && its[j].ind != nil && !possessed(its, j) {
					r.addResult(its, i, its[j].ind, n)
					break
				}
				if its[j].kind != itWord && its[j].kind != itNumber || its[j].low == "and" || its[j].low == ";" {
					break
				}
			}
			continue
		}
		if n, ok := ordinalValue(it.low); ok {
			// "the third place went to X", "second spot went to X"
			if i+3 < len(its) && placingNouns[its[i+1].low] && its[i+2].low == "went" && its[i+3].low == "to" {
				for j := i + 4; j < len(its) && j <= i+7; j++ {
					if p := r.personAt(its, j); p != nil && !possessed(its, j) {
						r.addResult(its, i, p, n)
						break
					}
					if its[j].isPunct() && its[j].text != "'s" && its[j].text != "’s" {
						break
					}
				}
				i += 3
				continue
			}
			// "Runner-up Ty Cole finished in 1:12:30"
			if i+1 < len(its) && its[i+1].kind == itPerson && (i == 0 || its[i-1].low == "the" || its[i-1].text == "," || raceMarkers[its[i-1].low] != (raceMark{})) &&
				(it.low == "runner-up" || it.low == "runners-up") && !r.past(its, i+2) {
				r.addResult(its, i, its[i+1].ind, n)
				continue
			}
			r.ordinalResult(its, i, n)
			continue
		}
		// "with Kenya's X silver and Morocco's Y bronze"
		if m := medals[it.low]; m > 0 && i > 0 && its[i-1].kind == itPerson && its[i-1].ind != nil &&
			(i+1 >= len(its) || its[i+1].isPunct() || its[i+1].low == "and" || its[i+1].low == "in" || its[i+1].low == "with") && !r.past(its, i+1) {
			r.addResult(its, i, its[i-1].ind, m)
			continue
		}
		// "Second-placed Tom Hill", "the third-placed Kenyan X"
		if n, ok := placedOrdinal(it.low); ok && !r.past(its, i+1) {
			// "took second-place honours", "a third-place finish"
			if i+1 < len(its) && (its[i+1].low == "honours" || its[i+1].low == "honors" || its[i+1].low == "finish") {
				if p := r.subjectOf(its, i); p != nil {
					r.addResult(its, i, p, n)
				}
				continue
			}
			for j := i + 1; j < len(its) && j <= i+3; j++ {
				if p := r.personAt(its, j); p != nil && its[j].kind == itPerson {
					r.addResult(its, i, p, n)
					break
				}
				if !isDemonymItem(its[j]) && !(its[j].kind == itWord && !its[j].isPunct() && !its[j].capitalised()) {
					break
				}
			}
			continue
		}
		// "Men's winner Mike Dunn ran 1:11:45" (not "last year's winner
		// X" or "former winner X").
		if it.low == "winner" && i+1 < len(its) && its[i+1].kind == itPerson && its[i+1].ind != nil && !r.pastWinner(its, i) {
			r.addResult(its, i, its[i+1].ind, 1)
			continue
		}
		roles, span := cueAt(its, i)
		switch {
		case hasRole(roles, roleWonBy):
			for j := i + span; j < len(its) && j < i+span+4; j++ {
				if p := r.personAt(its, j); p != nil {
					r.addResult(its, i, p, 1)
					break
				}
			}
			i += span - 1
		case hasRole(roles, roleWin):
			if r.isWin(its, i) && !r.past(its, i+span) {
				if p := r.subjectOf(its, i); p != nil {
					r.addResult(its, i, p, 1)
				}
			}
		case takeWords[it.low] && r.takesTitle(its, i) && !r.past(its, i+1):
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "went" && i > 0 && i+2 < len(its) && its[i+1].low == "to" && (titleWords[its[i-1].low] || distanceWord(its[i-1].low)):
			// "The men's 10,000m went to Scott Duncan", "went to
			// Brisbane's Jordan Pike"
			for j := i + 2; j < len(its) && j <= i+5; j++ {
				if p := r.personAt(its, j); p != nil {
					r.addResult(its, i, p, 1)
					break
				}
				if its[j].isPunct() && its[j].text != "'s" && its[j].text != "’s" {
					break
				}
			}
		case (it.low == "leading" || it.low == "fastest" || it.low == "top" || it.low == "quickest") && i > 1 && its[i-1].low == "the" && i+1 < len(its) &&
			raceNoun(its[i+1].low) && its[i+1].low != "in" && its[i+1].low != "place" && copula[its[i-2].low] && !r.past(its, i+2):
			// "Tom Hill was the leading man in 1:06:02"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case (it.low == "leading" || it.low == "fastest" || it.low == "quickest") && i >= 1 && its[i-1].low == "the" && i+2 < len(its) &&
			(its[i+1].low == "man" || its[i+1].low == "woman") && copula[its[i+2].low] && !r.past(its, i+2):
			// "The quickest woman was Georgia Pham, 20, ..., in 19:40"
			if i+3 < len(its) {
				if p := r.personAt(its, i+3); p != nil {
					r.addResult(its, i+3, p, 1)
				}
			}
		case it.low == "next" && i+1 < len(its) && raceNoun(its[i+1].low) && its[i+1].low != "in" && its[i+1].low != "place":
			// "The next man home was Raj Patel": one place behind the
			// last of that race placed so far.
			r.nextHome(its, i)
		case winnerEmerged(its, i) && !r.past(its, i+1):
			// "X emerged winner", "X emerged as the champion", "X emerged
			// victorious"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case toppedWords[it.low] && i+2 < len(its) && its[i+1].low == "the" && toppedObjects[its[i+2].low] && !r.past(its, i+3):
			// "topped the chart", "topped the podium"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case (it.low == "victory" || it.low == "win" || it.low == "title") && i >= 2 && its[i-1].low == "to" && motionVerb(its[i-2]) && !r.past(its, i+1):
			// "stormed to victory", "cruised to the title" (not "went to
			// victory" after a race word, read above)
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "led" && i+2 < len(its) && (its[i+1].low == "a" || its[i+1].low == "an" || its[i+1].low == "the") && sweepAt(its, i+2) && !r.past(its, i+1):
			// "X led a Kenyan 1-2-3", "led an Ethiopian clean sweep"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "with" && i > 0 && i+1 < len(its) && its[i+1].kind == itPerson && r.followingHome(its, i):
			// "..., with Paul Rono and Ben Kiptoo following him home"
			r.followedBy(its, i, first)
		case it.low == "by" && i > 0 && its[i-1].low == "followed" && i+1 < len(its):
			// "X won in 2:13:48, followed by Y and Z": one place after
			// another behind the last placed in the sentence.
			r.followedBy(its, i, first)
		case (it.low == "tie" || it.low == "tied" || it.low == "dead-heat" || it.low == "dead-heated") && i+2 < len(its) && its[i+1].low == "for":
			// "a tie for fourth between X and Y", "X and Y tied for fourth"
			if n, ok := ordinalValue(its[i+2].low); ok {
				r.tiedFor(its, i, n)
				i += 2
			}
		case (it.low == "champion" || it.low == "winner") && crownedAs(its, i) && !r.pastWinner(its, i) && !r.past(its, i+1):
			// "was crowned champion", "was declared the winner"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "position" && i > 0 && its[i-1].low == "pole" && i >= 3 && (its[i-2].low == "in" || its[i-2].low == "at") && finishVerb(its[i-3].low):
			// Kenyan usage: "finished in pole position"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "position" && i+1 < len(its) && i >= 2 && (its[i-1].low == "in" || its[i-1].low == "at") && finishVerb(its[i-2].low) && positionNumber(its[i+1].low) > 0:
			// "finished in position three", "finished at position 12"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, positionNumber(its[i+1].low))
			}
		case it.low == "top" && onTop(its, i) && !r.past(its, i+1):
			// "clocked 2:12:30 to finish on top", "finished top"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "victory" && i > 0 && its[i-1].low == "for" && !r.past(its, i+1):
			// "clocked 2:15:10 for victory"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case medals[it.low] > 0 && medalVerb(its, i) && !r.past(its, i+1):
			// "claimed silver", "struck gold", "took the bronze medal"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, medals[it.low])
			}
		case it.low == "winner" && (i+1 >= len(its) || its[i+1].low != "of") && r.becameWinner(its, i) && !r.pastWinner(its, i) && !r.past(its, i+1):
			// "X was a surprise winner in 2:07:30", "X was the
			// winner"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "winner" && i+1 < len(its) && its[i+1].low == "of" && r.becameWinner(its, i) && !r.pastWinner(its, i) && !r.past(its, i+1):
			// "X became the youngest winner of the race"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 1)
			}
		case it.low == "podium" && i+4 < len(its) && (its[i+1].low == "was" || its[i+1].low == "is") && podiumVerbs[its[i+2].low] &&
			its[i+3].low == "by" && its[i+4].kind == itPerson && its[i+4].ind != nil:
			// "The podium was completed by X"
			r.addResult(its, i+4, its[i+4].ind, 3)
		case it.low == "podium" && i >= 2 && (podiumVerbs[its[i-2].low] || podiumVerbs[its[i-1].low] || i >= 3 && podiumVerbs[its[i-3].low]):
			// "completed the podium", "rounded out the podium"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, 3)
			}
		case it.low == "top" && i >= 2 && i+1 < len(its) && topN(its[i+1].low) > 0 &&
			(podiumVerbs[its[i-2].low] || i >= 3 && podiumVerbs[its[i-3].low]):
			// "completed the top three", "rounded off the top five"
			if p := r.subjectOf(its, i); p != nil {
				r.addResult(its, i, p, topN(its[i+1].low))
			}
		case (it.low == "followed" || it.low == "trailed" || it.low == "chased") && i+2 < len(its) && its[i+1].kind == itPerson &&
			(its[i+2].low == "home" || its[i+2].low == "across" || its[i+2].low == "over" || its[i+2].low == "in"):
			// "Anna Bell followed Hale home": one place behind her.
			if p := r.subjectOf(its, i); p != nil {
				for k := len(r.results) - 1; k >= 0; k-- {
					if rd := r.results[k]; rd.ind == its[i+1].ind && rd.position > 0 && !rd.implied {
						r.addResult(its, i, p, rd.position+1)
						break
					}
				}
			}
		}
	}
	r.groupResults(its, first)
	r.placeApart(its)
	r.respectiveTimes(its, first)
	r.notes(its, first)
	r.fundraising(si, its)
	r.updateFocus(its, first)
	// After the focus: an implied runner-up is not who the text is about.
	r.impliedRunnerUp(its)
}

// distanceWord reads a race distance written as one word: "10,000m",
// "1500m", "10k", "marathon".
func distanceWord(w string) bool {
	return distWordRe.MatchString(w) || w == "marathon" || w == "steeplechase" || w == "hurdles" || w == "final"
}

var distWordRe = regexp.MustCompile(`^\d[\d,.]*(?:m|k|km|mi|-metre|-meter|-mile)s?$`)

var takeWords = map[string]bool{
	"took": true, "take": true, "takes": true, "taking": true, "claimed": true, "claim": true, "claims": true,
	"claiming": true, "secured": true, "landed": true, "grabbed": true, "scooped": true, "retained": true,
	"defended": true, "won": true, "win": true, "wins": true, "winning": true, "went": true,
	"bagged": true, "bags": true, "bagging": true, "clinched": true, "clinches": true, "clinching": true,
	"annexed": true, "snatched": true, "sealed": true, "seals": true,
}

var titleWords = map[string]bool{
	"title": true, "crown": true, "prize": true, "honours": true, "honors": true, "race": true, "category": true,
	"victory": true, "gold": true, "trophy": true, "spoils": true, "win": true,
}

var podiumVerbs = map[string]bool{"completed": true, "completing": true, "rounded": true, "rounding": true, "completes": true,
	"rounds": true, "complete": true}

// pastWinner says whether the words before "winner" at item i make it a
// winner of another time: "last year's", "former", "2019", "defending",
// "three-time", "Olympic".
func (r *relDoc) pastWinner(its []item, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := its[j].low
		if isYear(w) || w == "former" || w == "previous" || w == "defending" || w == "reigning" || w == "past" || w == "year's" ||
			w == "last" || strings.HasSuffix(w, "-time") || its[j].capitalised() && j > 0 && !isDemonymItem(its[j]) {
			return true
		}
		if roles, _ := cueAt(its, j); hasRole(roles, rolePast) {
			return true
		}
	}
	return false
}

// copula are the verbs that make a description a person's placing.
var copula = map[string]bool{"was": true, "is": true, "were": true, "became": true, "finished": true, "came": true}

// nextHome reads "the next man home was X" and "X was the next woman":
// X is one place behind the last result of the same sex given so far.
func (r *relDoc) nextHome(its []item, i int) {
	race, _, _ := r.raceAround(its, i+1)
	var p *Individual
	for j := i + 2; j < len(its) && j < i+6; j++ {
		if q := r.personAt(its, j); q != nil {
			p = q
			break
		}
	}
	if p == nil {
		r.leftOnly = true
		p = r.subjectOf(its, i)
		r.leftOnly = false
	}
	if p == nil {
		return
	}
	for k := len(r.results) - 1; k >= 0; k-- {
		rd := r.results[k]
		if rd.position == 0 || rd.implied || rd.ind == p || rd.overall {
			continue
		}
		if race.Sex != nil && rd.race.Sex != nil && *race.Sex != *rd.race.Sex {
			continue
		}
		r.addResult(its, i, p, rd.position+1)
		return
	}
}

// medals are the placings championship medals stand for.
var medals = map[string]int{"gold": 1, "silver": 2, "bronze": 3}

// medalVerb says whether the medal word at item i is won in this race:
// a verb of winning just before it ("claimed silver", "took the bronze",
// "struck gold"), and no noun after it that makes it something else
// ("silver medallist").
func medalVerb(its []item, i int) bool {
	if i+1 < len(its) && its[i+1].kind == itWord && !its[i+1].isPunct() && its[i+1].low != "medal" && its[i+1].low != "in" &&
		its[i+1].low != "and" && its[i+1].low != "for" && its[i+1].low != "with" && its[i+1].low != "ahead" && its[i+1].low != "behind" {
		return false
	}
	j := i - 1
	if j >= 0 && (its[j].low == "the" || its[j].low == "a") {
		j--
	}
	if j < 0 {
		return false
	}
	switch its[j].low {
	case "won", "wins", "win", "took", "takes", "claimed", "claims", "struck", "strikes", "grabbed", "earned", "scooped",
		"collected", "landed", "secured", "bagged", "snatched", "clinched", "taking", "claiming", "winning":
		return true
	}
	return false
}

// becameWinner says whether "winner" at item i follows a copula and
// "the" with at most two adjectives between: "was the first winner",
// "became the youngest winner".
func (r *relDoc) becameWinner(its []item, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if its[j].low == "the" || its[j].low == "a" || its[j].low == "an" {
			if j == 0 {
				return false
			}
			switch its[j-1].low {
			case "was", "became", "is", "becomes", "crowned", "named":
				return true
			}
			return false
		}
		if its[j].kind != itWord || its[j].capitalised() && !isDemonymItem(its[j]) || its[j].isPunct() {
			return false
		}
	}
	return false
}

// topN reads the N of "the top three", "the top 5", or 0.
func topN(w string) int {
	if n, ok := numberWords[w]; ok && n >= 2 && n <= 10 {
		return n
	}
	if n, err := strconv.Atoi(w); err == nil && n >= 2 && n <= 10 {
		return n
	}
	return 0
}

// isWin checks a win verb: not "winning margin", not "won by" (passive,
// read elsewhere), and a retained or defended only with a title.
func (r *relDoc) isWin(its []item, i int) bool {
	next := ""
	if i+1 < len(its) {
		next = its[i+1].low
	}
	// "won the team prize", "won the team title": the club's win, not
	// the runner's own place.
	for j := i + 1; j < len(its) && j <= i+3; j++ {
		if its[j].low == "team" || its[j].low == "teams" {
			return false
		}
		if its[j].kind == itPerson || its[j].isPunct() {
			break
		}
	}
	switch its[i].low {
	case "winning":
		return next != "margin" && next != "streak" && next != "time" && next != "run" && next != "distance"
	case "retained", "retains", "defended":
		return r.takesTitle(its, i)
	case "win":
		// "a win", "his third win" are nouns.
		if i > 0 {
			switch its[i-1].low {
			case "a", "straight", "his", "her", "their", "the", "consecutive", "first", "second", "third", "'s", "’s":
				return false
			}
		}
	}
	return next != "by"
}

// takesTitle says whether a title, race or prize word follows item i
// before any person or clause break.
func (r *relDoc) takesTitle(its []item, i int) bool {
	for j := i + 1; j < len(its) && j <= i+5; j++ {
		if its[j].kind == itPerson || its[j].text == "," || its[j].text == ";" {
			return false
		}
		// "took runner-up honours", "took second-place honours": that
		// placing, not the title.
		if _, ok := ordinalValue(its[j].low); ok {
			return false
		}
		if _, ok := placedOrdinal(its[j].low); ok {
			return false
		}
		// "secured the top spot", "took top position"
		if its[j].low == "top" && j+1 < len(its) && (placingNouns[its[j+1].low] || its[j+1].low == "step") {
			return true
		}
		if titleWords[its[j].low] {
			return !(its[j].low == "race" && its[i].low == "took" && j+1 < len(its) && its[j+1].low == "part")
		}
	}
	return false
}

// past says whether the words after a result cue set it at another time
// ("won here in 2019", "last year").
func (r *relDoc) past(its []item, from int) bool {
	for j := from; j < len(its) && j < from+6; j++ {
		it := its[j]
		if it.kind == itPerson || it.text == ";" || it.text == "," && j > from+1 {
			return false
		}
		if roles, _ := cueAt(its, j); hasRole(roles, rolePast) {
			return true
		}
		if it.low == "in" && j+1 < len(its) && isYear(its[j+1].text) {
			return true
		}
		// "at the last two global championships", "at the previous
		// Games"
		if (it.low == "last" || it.low == "previous") && j > 0 && its[j-1].low == "the" {
			for k := j + 1; k < len(its) && k <= j+4; k++ {
				if pastEditions[its[k].low] {
					return true
				}
			}
		}
	}
	for j := from - 2; j >= 0 && j >= from-4; j-- {
		if roles, _ := cueAt(its, j); hasRole(roles, rolePast) && its[j].low != "previously" {
			return true
		}
	}
	return false
}

// intentWords before "to" make the verb after it a plan: "hopes to
// finish", "would like to run", "is aiming to break".
var intentWords = map[string]bool{
	"hope": true, "hopes": true, "hoping": true, "hoped": true, "aim": true, "aims": true, "aiming": true,
	"want": true, "wants": true, "wanted": true, "plan": true, "plans": true, "planning": true, "like": true,
	"expects": true, "expect": true, "expected": true, "intends": true, "intend": true, "needs": true,
	"need": true, "try": true, "trying": true, "tries": true, "determined": true, "dreams": true,
}

// intended says whether the verb at item j is the infinitive of a plan:
// "hopes to finish", "would like to run".
func intended(its []item, j int) bool {
	if j < 2 || its[j-1].low != "to" {
		return false
	}
	return intentWords[its[j-2].low] || j >= 3 && its[j-2].low == "able" && its[j-3].low == "be"
}

// pastWhen after "last" set a result at another time: "last October",
// "last spring".
var pastWhen = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true, "spring": true,
	"summer": true, "autumn": true, "winter": true, "month": true, "week": true, "weekend": true,
}

// pastAfter says whether the words from item from to the end of the
// clause set a time at another date: "ran 2:58:40 in Dublin last October",
// "in 2019", "last year".
func pastAfter(its []item, from int) bool {
	for j := from; j < len(its) && j < from+6; j++ {
		it := its[j]
		if it.kind == itPerson || it.kind == itTime || it.isPunct() {
			return false
		}
		if roles, _ := cueAt(its, j); hasRole(roles, rolePast) && it.low != "previously" {
			return true
		}
		if it.low == "in" && j+1 < len(its) && isYear(its[j+1].text) {
			return true
		}
		if it.low == "last" && j+1 < len(its) && pastWhen[its[j+1].low] {
			return true
		}
	}
	return false
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 1900 && n <= 2100
}

// ordinalResult reads "X was third", "X in second", "beat X into second",
// "X edged Y for third".
func (r *relDoc) ordinalResult(its []item, i, n int) {
	// "Sam Lee (fourth) and Tom Hill (fifth)": the name before the
	// bracket.
	if i >= 2 && its[i-1].text == "(" && i+1 < len(its) && its[i+1].text == ")" && its[i-2].kind == itPerson && its[i-2].ind != nil {
		r.addResult(its, i, its[i-2].ind, n)
		return
	}
	// "the second woman, Ruth Harker": the place is the name's after the
	// comma, not the sentence's subject's.
	if i >= 1 && its[i-1].low == "the" && i+3 < len(its) && finisherNouns[its[i+1].low] && its[i+2].text == "," &&
		its[i+3].kind == itPerson && its[i+3].ind != nil {
		r.addResult(its, i, its[i+3].ind, n)
		return
	}
	// "Sam Lee's fourth place", "her third-place finish"
	if i >= 2 && isPossessive(its[i-1].text) && its[i-2].kind == itPerson && its[i-2].ind != nil && i+1 < len(its) &&
		(its[i+1].low == "place" || its[i+1].low == "position" || its[i+1].low == "finish") && !r.past(its, i+2) {
		r.addResult(its, i, its[i-2].ind, n)
		return
	}
	if i+1 < len(its) {
		next := its[i+1]
		// "first V40", "second M50": a place in an age category.
		category := ageCategory(strings.TrimSuffix(next.low, "s"))
		if next.kind != itTime && !next.isPunct() && !positionFollowers[next.low] && !category {
			return
		}
		if next.low == "in" && i+2 < len(its) && isYear(its[i+2].text) {
			return
		}
	}
	if i > 0 && its[i].low == "second" && (its[i-1].low == "a" || its[i-1].low == "per" || its[i-1].low == "one") {
		return // "by half a second"
	}
	if i > 0 {
		switch its[i-1].low {
		case "his", "her", "their", "its", "the":
			if i+1 < len(its) && !raceNoun(its[i+1].low) && !placingNouns[its[i+1].low] && !firstTo(its, i) {
				return
			}
		}
	}
	if r.past(its, i+1) || r.atOtherMeeting(its, i+1) {
		return
	}
	// "was disqualified after finishing second": no placing.
	for j := i - 1; j >= 0 && j >= i-6; j-- {
		if strings.HasPrefix(its[j].low, "disqualif") || its[j].low == "stripped" {
			return
		}
		if its[j].kind == itPerson {
			break
		}
	}
	// A person just before the ordinal ("Nelson in second", "Dunn third").
	j := i - 1
	for j >= 0 && adjacentFiller[its[j].low] {
		j--
	}
	if j >= 0 && i-j <= 4 {
		if p := r.personAt(its, j); p != nil && !possessed(its, j) {
			// "beat X into second" and "edged X for third".
			k := j - 1
			for k >= 0 && (modifierWords[its[k].low] || isDemonymItem(its[k]) || its[k].text == "'s") {
				k--
			}
			if k >= 0 && roleBefore(its, k, roleEdge) {
				if s := r.subjectOf(its, k); s != nil {
					r.addResult(its, i, s, n)
				}
				r.addResult(its, i, p, n+1)
				return
			}
			if k >= 0 && roleBefore(its, k, roleBeat) {
				if s := r.subjectOf(its, k); s != nil && n > 1 {
					r.addResult(its, i, s, n-1)
				}
			}
			r.addResult(its, i, p, n)
			return
		}
	}
	if p := r.subjectOf(its, i); p != nil {
		r.addResult(its, i, p, n)
	}
}

func raceNoun(w string) bool {
	return w == "woman" || w == "man" || w == "place" || w == "overall" || w == "in" || w == "female" || w == "male" ||
		w == "veteran" || w == "vet" || w == "junior" || w == "master"
}

// adjacentFiller may stand between a person and their placing.
var adjacentFiller = map[string]bool{
	"in": true, "into": true, "for": true, "a": true, "an": true, "fine": true, "distant": true, "close": true,
	"was": true, "is": true, "finished": true, "came": true, "placed": true, "comfortable": true, "creditable": true,
	"respectable": true, "home": true, "then": true, "also": true, "eventually": true, "ultimately": true,
	"took": true, "claimed": true, "the": true, "finishing": true,
}

// addResult records that p placed n (0: no placing) by the cue at item i.
func (r *relDoc) addResult(its []item, i int, p *Individual, n int) {
	race, overall, note := r.raceAround(its, i)
	rd := resultDraft{ind: p, race: race, overall: overall, position: n, timeQ: -1,
		span: schema.Span{Start: its[i].start, End: its[i].end}}
	if note != "" {
		rd.notes = append(rd.notes, note)
	}
	r.results = append(r.results, rd)
	r.about[-1] = "" // keep the map non-nil
}

// raceAround reads the race a cue at item i is in: words near it
// ("women's", "third woman", "overall", "V50", "wheelchair"), else the race
// the text is on.
func (r *relDoc) raceAround(its []item, i int) (schema.Race, bool, string) {
	lo := i
	for lo > 0 && its[lo-1].text != ";" && its[lo-1].low != "while" && its[lo-1].low != "and" && its[lo-1].kind != itPerson {
		lo--
	}
	hi := i + 1
	for hi < len(its) && hi < i+7 && its[hi].kind != itPerson && its[hi].text != ";" && its[hi].text != "," {
		hi++
	}
	race := schema.Race{}
	found, overall := false, false
	note := ""
	for k := lo; k < hi; k++ {
		w := its[k].low
		if m, ok := raceMarkers[w]; ok {
			found = true
			if m.sex != "" {
				race.Sex = schema.Str(m.sex)
			}
			if m.div != "" {
				race.Division = schema.Str(m.div)
			}
			if m.overall {
				overall = true
			}
		}
		if ageCategory(strings.Trim(w, "'’s")) || ageCategory(strings.TrimSuffix(w, "s")) {
			race.Division = schema.Str("age-group")
			note = strings.TrimSuffix(its[k].text, "s")
			found = true
		}
	}
	if overall {
		return schema.Race{}, true, ""
	}
	if !found {
		race = r.race
	}
	return race, false, note
}

// updateRace follows "In the women's race", "the men's race was won by".
func (r *relDoc) updateRace(its []item) {
	for k, it := range its {
		m, ok := raceMarkers[it.low]
		if !ok || m.overall || k+1 >= len(its) {
			continue
		}
		if next := its[k+1].low; next == "race" || next == "title" || next == "section" || next == "event" || next == "marathon" || next == "elite" {
			r.race = schema.Race{}
			if m.sex != "" {
				r.race.Sex = schema.Str(m.sex)
			}
			if m.div != "" {
				r.race.Division = schema.Str(m.div)
			}
			return
		}
	}
}

// marginWords after a duration make it a gap, not a finish time.
// infinitiveAfter says whether "to" at item i opens a verb of racing
// ("in 35:48 to beat Kate Riley", "to take the title"), not a margin.
func infinitiveAfter(its []item, i int) bool {
	if its[i].low != "to" || i+1 >= len(its) {
		return false
	}
	roles, _ := cueAt(its, i+1)
	switch its[i+1].low {
	case "place", "finish", "come", "end", "seal", "secure", "clinch":
		// "in 2:12:40 to place seventh"
		return true
	}
	return takeWords[its[i+1].low] || hasRole(roles, roleBeat) || hasRole(roles, roleEdge) || hasRole(roles, roleWin) ||
		hasRole(roles, roleNotFinish) && its[i+1].kind == itWord && !its[i+1].isPunct() && its[i+1].low != "under"
}

var marginWords = map[string]bool{
	"behind": true, "back": true, "later": true, "clear": true, "ahead": true, "adrift": true, "down": true,
	"faster": true, "slower": true, "off": true, "quicker": true, "earlier": true, "short": true, "up": true,
	"outside": true, "inside": true, "better": true, "slower than": true, "to": true, "from": true,
}

// finishTime gives a time to the result it belongs to, or makes a result
// of a finish time ("finished in 2:22:01").
func (r *relDoc) finishTime(its []item, i, first int) {
	t := its[i]
	prev := ""
	if i > 0 {
		prev = its[i-1].low
	}
	if !t.clock && prev != "in" && prev != "of" && prev != "at" && prev != "clocking" && prev != "clocked" && prev != "timed" {
		r.marginTime(its, i)
		return
	}
	if !t.clock && i > 1 && prev == "of" {
		switch its[i-2].low {
		case "margin", "lead", "gap", "advantage", "deficit", "cushion", "penalty", "delay", "stop", "break":
			return
		}
	}
	// "won in 1:43.10 from X", "was third in 2:10:05 behind X": a clock
	// time after "in" is the finish time, whatever follows it.
	if i+1 < len(its) && marginWords[its[i+1].low] && !infinitiveAfter(its, i+1) && !(t.clock && prev == "in") {
		return
	}
	if prev == "by" || prev == "within" || prev == "to" || prev == "and" && i > 1 && its[i-2].kind == itTime {
		if prev != "and" {
			return
		}
	}
	// A pending result of this sentence without a time, before the time
	// and with no subject person between.
	pending := -1
	for k := len(r.results) - 1; k >= first; k-- {
		if r.results[k].span.Start < t.start && r.results[k].time == nil {
			pending = k
			break
		}
		if r.results[k].span.Start < t.start {
			break
		}
	}
	// "broke the course record with 2:10:31": the record is the time run.
	recordRun := prev == "with" && i >= 3 && (its[i-2].low == "record" || its[i-3].low == "record")
	// "set a national record of 9:14.02 in seventh", "ran a personal
	// best of 2:12:40 to place seventh": a record set here.
	if prev == "of" && i >= 4 && (its[i-2].low == "record" || its[i-2].low == "best") {
		for j := i - 3; j >= 0 && j >= i-6; j-- {
			if w := its[j].low; w == "set" || w == "sets" || w == "setting" || its[i-2].low == "best" && (w == "ran" || w == "clocked" || w == "posted" || w == "recorded" || w == "running" || w == "clocking") {
				recordRun = true
				break
			}
			if its[j].kind != itWord || its[j].isPunct() {
				break
			}
		}
	}
	// Record, target and split words before the time.
	for j := i - 1; j >= 0 && j >= i-5 && !recordRun; j-- {
		if roles, n := cueAt(its, j); n > 0 && j+n <= i && hasRole(roles, roleNotFinish) && (j >= i-3 || its[j].low == "previous") {
			low := its[j].low
			if pending < 0 || low == "previous" || low == "breaking" || low == "break" || low == "under" || low == "inside" || low == "sub" || low == "broke" {
				return
			}
		}
	}
	if strings.HasPrefix(prev, "sub-") {
		return
	}
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		it := its[j]
		if it.kind == itPerson || it.text == ";" {
			break
		}
		if _, isOrd := ordinalValue(it.low); isOrd {
			break
		}
		roles, _ := cueAt(its, j)
		if hasRole(roles, roleWin) || hasRole(roles, roleWonBy) {
			break
		}
		if hasRole(roles, roleSplit) && !(it.low == "passed" && pending >= 0) {
			return
		}
		// "the 42.2km run": a leg of a multisport race (in a city race's
		// report, "completed the 10K run in 58 minutes" is a race run).
		if it.low == "run" && j > 0 && (its[j-1].kind == itNumber || its[j-1].kind == itTime) && r.multisport() {
			return
		}
	}
	tm := &schema.Time{Text: t.text, Seconds: t.seconds}
	if pending >= 0 {
		rd := &r.results[pending]
		// A subject named between the cue and the time takes it instead.
		for j := i - 1; j >= 0 && its[j].start > rd.span.Start; j-- {
			if p := r.personAt(its, j); p != nil && p != rd.ind && !r.isObject(its, j) && !possessed(its, j) {
				pending = -1
				break
			}
		}
		if pending >= 0 {
			rd.time, rd.timeQ = tm, t.quantityIx
			return
		}
	}
	p := r.subjectOf(its, i)
	if p == nil {
		return
	}
	// A time of its own needs a finish verb before it.
	ok := recordRun
	for j := i - 1; j >= 0 && j >= i-15 && !ok; j-- {
		if roles, _ := cueAt(its, j); hasRole(roles, roleFinish) {
			// "hopes to finish in under four hours": a hope, not a time.
			if intended(its, j) {
				return
			}
			ok = true
			break
		}
		if its[j].kind == itPerson {
			break
		}
	}
	if !ok || pastAfter(its, i+1) {
		return
	}
	// The same person's result of this sentence takes it, if it has none.
	for k := len(r.results) - 1; k >= first; k-- {
		if r.results[k].ind == p && r.results[k].time == nil {
			r.results[k].time, r.results[k].timeQ = tm, t.quantityIx
			return
		}
	}
	race, _, _ := r.raceAround(its, i)
	r.results = append(r.results, resultDraft{ind: p, race: race, time: tm, timeQ: t.quantityIx,
		span: schema.Span{Start: t.start, End: t.end}})
}

// marginTime reads "X came home 25 seconds later": the time of the result
// before it plus the gap.
func (r *relDoc) marginTime(its []item, i int) {
	if i+1 >= len(its) || its[i+1].low != "later" {
		return
	}
	// "less than 24 hours later" is a while, not a margin to add.
	if qi := its[i].quantityIx; qi >= 0 && qi < len(r.d.Record.Quantities) && r.d.Record.Quantities[qi].Qualifier != nil {
		return
	}
	for j := i + 2; j < len(its); j++ {
		if its[j].kind == itTime {
			return
		}
	}
	p := r.subjectOf(its, i)
	if p == nil || len(r.results) == 0 {
		return
	}
	// The last result before it of someone else in the same race.
	var sex *string
	for k := len(r.results) - 1; k >= 0 && sex == nil; k-- {
		if r.results[k].ind == p {
			sex = r.results[k].race.Sex
		}
	}
	var last *resultDraft
	for k := len(r.results) - 1; k >= 0; k-- {
		rd := &r.results[k]
		if rd.ind == p || sex != nil && rd.race.Sex != nil && *sex != *rd.race.Sex {
			continue
		}
		last = rd
		break
	}
	if last == nil || last.time == nil || its[i].seconds >= last.time.Seconds {
		return // a gap as long as the race is no margin
	}
	sec := last.time.Seconds + its[i].seconds
	r.results = append(r.results, resultDraft{ind: p, race: last.race, timeQ: -1,
		time: &schema.Time{Text: clockText(sec), Seconds: sec}, span: schema.Span{Start: its[i].start, End: its[i+1].end}})
}

// clockText writes seconds as h:mm:ss or m:ss.
func clockText(sec float64) string {
	s := int(math.Round(sec))
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// notes adds "personal best", "course record" and the like to the
// sentence's results: each to the result of the person nearest before it.
func (r *relDoc) notes(its []item, first int) {
	if first >= len(r.results) {
		return
	}
	for i := range its {
		for j, nc := range noteCues {
			words := noteCueWords[j]
			if i+len(words) > len(its) {
				continue
			}
			ok := true
			for k, w := range words {
				if its[i+k].low != w {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			note := nc.note
			// "a Kenyan record", "a Welsh national record".
			best := -1
			for k := first; k < len(r.results); k++ {
				if r.results[k].span.Start <= its[i].start {
					best = k
				}
			}
			if best < 0 {
				best = first
			}
			rd := &r.results[best]
			if !contains(rd.notes, note) {
				rd.notes = append(rd.notes, note)
			}
		}
		if its[i].low == "record" && i > 0 && isDemonymItem(its[i-1]) {
			for k := len(r.results) - 1; k >= first; k-- {
				if r.results[k].span.Start <= its[i].start || k == first {
					if !contains(r.results[k].notes, "national record") {
						r.results[k].notes = append(r.results[k].notes, "national record")
					}
					break
				}
			}
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// learnKinAndPairs remembers "her mother, Pat" and people named together
// ("Amelia and Grace Hollis", "X ran alongside her mother, Pat").
func (r *relDoc) learnKinAndPairs(its []item) {
	for i := 0; i+1 < len(its); i++ {
		if (its[i].low == "her" || its[i].low == "his") && kinWords[its[i+1].low] {
			j := i + 2
			if j < len(its) && its[j].text == "," {
				j++
			}
			if j < len(its) && its[j].kind == itPerson {
				r.kin[its[i].low+" "+its[i+1].low] = its[j].ind
			}
		}
	}
	var prev *Individual
	prevAt := -10
	var chain []*Individual
	for i, it := range its {
		if it.kind != itPerson {
			continue
		}
		if prev != nil && prev != it.ind && i-prevAt <= 10 {
			link := false
			for k := prevAt + 1; k < i; k++ {
				if its[k].low == "and" || its[k].low == "alongside" || its[k].low == "with" || its[k].low == "&" {
					link = true
				}
			}
			if link {
				r.pair = []*Individual{prev, it.ind}
				r.groupNewer = false
				r.pairAt = r.si
			}
			// "Mia, Jake and Ollie Turner": a list joined by commas and
			// a last "and".
			if link || i == prevAt+2 && its[prevAt+1].text == "," {
				if len(chain) == 0 {
					chain = []*Individual{prev}
				}
				chain = append(chain, it.ind)
			} else {
				chain = nil
			}
		} else if prev != it.ind {
			chain = nil
		}
		if len(chain) >= 3 {
			r.group = append([]*Individual(nil), chain...)
			r.groupNewer = true
			r.pairAt = r.si
		}
		prev, prevAt = it.ind, i
	}
}

// updateFocus makes the sentence's subject the person the text is about.
func (r *relDoc) updateFocus(its []item, first int) {
	if first < len(r.results) {
		r.focus = r.results[len(r.results)-1].ind
		// "X won the men's race, while Y took the women's title": the
		// text goes on about the winner the sentence opened with.
		if w := r.results[first]; w.position == 1 && w.ind != nil && r.sentenceSubject(its) == w.ind {
			r.focus = w.ind
		}
		return
	}
	for j, it := range its {
		if it.kind == itPerson && !r.isObject(its, j) && !possessed(its, j) {
			r.focus = it.ind
			return
		}
	}
}

// runnerUpCues say that the person after them finished just behind the
// subject: "41 seconds clear of X", "held off X", "ahead of X".
var runnerUpCues = map[string]bool{
	"clear of": true, "ahead of": true, "held off": true, "holding off": true, "holds off": true,
	"saw off": true, "sees off": true, "seeing off": true, "outsprinted": true, "outsprinting": true,
	"outsprints": true, "outkicked": true, "outkicks": true, "outlasted": true, "outlasting": true,
	"outlasts": true, "beat": true, "beating": true, "beats": true, "outkicking": true, "outpacing": true,
	"outpaced": true, "outpaces": true,
}

// impliedRunnerUp reads a placing the text only implies: when the winner
// of a race finished "clear of" or "ahead of" X, or "held off" X, X was
// second in that race ("Ruth Okafor won in 32:05, 41 seconds clear of Emma
// Lowe"). The draft is dropped when X has a placing of their own.
func (r *relDoc) impliedRunnerUp(its []item) {
	// Pronouns stand for the person the text was about as the sentence
	// began.
	focus := r.focus
	defer func() { r.focus = focus }()
	r.focus = r.focusAt[len(r.focusAt)-1]
	for i := 0; i < len(its); i++ {
		_, n := cueAt(its, i)
		if n == 0 {
			continue
		}
		phrase := its[i].low
		for k := i + 1; k < i+n; k++ {
			phrase += " " + its[k].low
		}
		// "won in 1:43.10 from X", "took victory from X": a winner's
		// "from" before a person.
		fromWinner := phrase == "from" && i > 0 && (its[i-1].kind == itTime || its[i-1].low == "won" || its[i-1].low == "victory" || its[i-1].low == "win" ||
			winRaceBefore(its, i))
		if !runnerUpCues[phrase] && !fromWinner {
			continue
		}
		// The person right after the cue, past "the", descriptions and
		// demonyms ("clear of compatriot X", "ahead of Belper firefighter
		// X").
		var b *Individual
		for j := i + n; j < len(its) && j < i+n+6; j++ {
			// "ahead of the next woman, Jane Foss": an apposition.
			appos := its[j].text == "," && j+1 < len(its) && its[j+1].kind == itPerson && j > i+n && its[j-1].kind == itWord && !its[j-1].isPunct()
			if its[j].isPunct() && its[j].text != "'s" && its[j].text != "’s" && !appos || its[j].kind == itTime || its[j].kind == itMoney {
				break
			}
			if p := r.personAt(its, j); p != nil && !possessed(its, j) {
				b = p
				break
			}
		}
		if b == nil {
			continue
		}
		// Beyond the runner-up: "clear of X and Y" names no single second;
		// "won from X and Y" names the second and the third.
		if g, _ := r.groupAfter(its, i+n); len(g) >= 2 {
			if fromWinner {
				if g, _ := r.groupAfter(its, i+1); len(g) >= 2 && len(g) <= 3 {
					r.leftOnly = true
					a := r.subjectOf(its, i)
					r.leftOnly = false
					for _, rd := range r.results {
						if a != nil && rd.ind == a && rd.position == 1 && !rd.implied {
							for x, p := range g {
								r.results = append(r.results, resultDraft{ind: p, race: rd.race, overall: rd.overall, position: 2 + x,
									timeQ: -1, implied: true, span: schema.Span{Start: its[i].start, End: its[i].end}})
							}
							break
						}
					}
				}
			}
			continue
		}
		r.leftOnly = true
		a := r.subjectOf(its, i)
		r.leftOnly = false
		if a == nil || a == b {
			continue
		}
		for _, rd := range r.results {
			if rd.ind == a && rd.position == 1 && !rd.implied {
				r.results = append(r.results, resultDraft{ind: b, race: rd.race, overall: rd.overall, position: 2,
					timeQ: -1, implied: true, span: schema.Span{Start: its[i].start, End: its[i].end}})
				break
			}
		}
		i += n - 1
	}
}

// inWhoseClause reports whether the person at j stands in a "whose"
// clause that a comma closes before i.
func inWhoseClause(its []item, j, i int) bool {
	open := -1
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if its[k].low == "whose" {
			open = k
			break
		}
		if its[k].text == "," || its[k].kind == itPerson {
			break
		}
	}
	if open < 0 {
		return false
	}
	for k := j + 1; k < i; k++ {
		if its[k].text == "," {
			return true
		}
	}
	return false
}

// afterAccordingTo reports whether the person at j is the source in
// "According to (club chairman) X, ...".
func afterAccordingTo(its []item, j int) bool {
	for k := j - 1; k >= 1 && k >= j-5; k-- {
		if its[k].low == "to" && its[k-1].low == "according" {
			return true
		}
		if its[k].isPunct() || its[k].kind == itPerson {
			return false
		}
	}
	return false
}

// placingNouns name a placing after an ordinal: "the third spot", "second
// position", "second and third places".
var placingNouns = map[string]bool{
	"place": true, "places": true, "position": true, "positions": true, "spot": true, "spots": true,
}

// firstTo reads "the first to cross the line", "the second to finish",
// "the first across the line", "the first home": the ordinal at item i
// is a placing when a verb of finishing follows "to", or the line or home
// follows it.
func firstTo(its []item, i int) bool {
	// "the first across the line", "the first over the line", "the first
	// home".
	if i+1 < len(its) && (its[i+1].low == "home" || i+3 < len(its) && (its[i+1].low == "across" || its[i+1].low == "over") &&
		its[i+2].low == "the" && (its[i+3].low == "line" || its[i+3].low == "finish")) {
		return true
	}
	if i+2 >= len(its) || its[i+1].low != "to" {
		return false
	}
	switch its[i+2].low {
	case "cross", "finish", "reach", "break", "breast", "hit", "come", "arrive", "get":
		return true
	}
	return false
}

// winnerEmerged says whether item i is the end of "emerged winner",
// "emerged the winner", "emerged as (the) champion" or "emerged
// victorious".
func winnerEmerged(its []item, i int) bool {
	switch its[i].low {
	case "winner", "victorious", "champion", "triumphant", "winners", "champions":
	default:
		return false
	}
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch its[j].low {
		case "emerged", "emerges", "emerging":
			return true
		case "as", "the", "overall", "outright", "clear", "a", "convincing", "comfortable", "eventual", "surprise":
			continue
		}
		return false
	}
	return false
}

// toppedWords and toppedObjects read "topped the chart", "topped the
// podium" (not "headed the field", said of a race still on).
var toppedWords = map[string]bool{"topped": true, "tops": true, "topping": true}
var toppedObjects = map[string]bool{
	"chart": true, "charts": true, "podium": true, "leaderboard": true, "results": true, "timesheets": true,
}

// motionVerb says whether an item is a verb of moving fast ("stormed",
// "cruised", "powered", "sprinted") that can take "to victory".
func motionVerb(it item) bool {
	if it.kind != itWord {
		return false
	}
	switch it.low {
	case "stormed", "storms", "storming", "cruised", "cruises", "cruising", "powered", "powers", "powering",
		"raced", "races", "racing", "sprinted", "sprints", "sprinting", "romped", "romps", "romping",
		"strode", "strides", "striding", "sped", "speeds", "dashed", "surged", "surges", "surging",
		"ran", "runs", "running", "eased", "eases", "easing", "glided", "kicked", "kicks", "kicking",
		"charged", "charges", "charging", "flew", "flies", "flying", "coasted", "coasts", "coasting",
		"streaked", "marched", "motored", "swept", "sweeps", "steamed", "bounded", "roared":
		return true
	}
	return false
}

// groupAfter returns the people named together from item k on, past
// a leading "the", a demonym and a possessive country before each of
// them ("Kenya's Wilson Kiptoo and Tesfaye Gudeta", "X and the Qatari
// Y"), and the index after the last.
func (r *relDoc) groupAfter(its []item, k int) ([]*Individual, int) {
	var g []*Individual
	j := k
	for j < len(its) {
		// past "the", demonyms, "compatriot", a possessive country
		for j < len(its) && j < k+12 && its[j].kind != itPerson &&
			(its[j].low == "the" || its[j].low == "compatriot" || its[j].low == "countryman" || its[j].low == "countrywoman" ||
				isDemonymItem(its[j]) || its[j].text == "'s" || its[j].text == "’s" ||
				j+1 < len(its) && (its[j+1].text == "'s" || its[j+1].text == "’s") && its[j].capitalised()) {
			j++
		}
		if j >= len(its) || its[j].kind != itPerson || its[j].ind == nil || possessed(its, j) {
			break
		}
		g = append(g, its[j].ind)
		j++
		// "X (2:27:50)": a time in brackets after a name
		if j+2 < len(its) && its[j].text == "(" && its[j+1].kind == itTime && its[j+2].text == ")" {
			if r.bracketTimes == nil {
				r.bracketTimes = map[*Individual]item{}
			}
			r.bracketTimes[its[j-1].ind] = its[j+1]
			j += 3
		}
		// "of Ethiopia" after a name
		if j+1 < len(its) && its[j].low == "of" && its[j+1].capitalised() {
			j += 2
		}
		n := j
		if n < len(its) && its[n].text == "," {
			n++
		}
		if n < len(its) && its[n].low == "and" {
			n++
		}
		if n == j {
			break
		}
		j = n
	}
	return g, j
}

// followedBy reads "followed by Y and Z" at item i ("by"): each is one
// place behind the one before, from the last placing in the sentence
// (results from first on). A member the sentence places itself keeps
// that placing.
func (r *relDoc) followedBy(its []item, i, first int) {
	var prev *resultDraft
	for k := len(r.results) - 1; k >= first; k-- {
		if r.results[k].position > 0 && !r.results[k].implied {
			prev = &r.results[k]
			break
		}
	}
	if prev == nil {
		// "She was followed by X and Y": the subject's placing.
		if s := r.subjectOf(its, i-1); s != nil {
			for k := len(r.results) - 1; k >= 0; k-- {
				if r.results[k].ind == s && r.results[k].position > 0 && !r.results[k].implied {
					prev = &r.results[k]
					break
				}
			}
		}
	}
	if prev == nil {
		return
	}
	g, end := r.groupAfter(its, i+1)
	if len(g) == 0 {
		return
	}
	// "followed by X in second": the ordinal is read where it stands.
	for k := i + 1; k < end+2 && k < len(its); k++ {
		if _, ok := ordinalValue(its[k].low); ok {
			return
		}
	}
	pos, race, overall := prev.position, prev.race, prev.overall
	for _, p := range g {
		pos++
		rd := resultDraft{ind: p, race: race, overall: overall, position: pos, timeQ: -1,
			span: schema.Span{Start: its[i].start, End: its[i].end}}
		if t, ok := r.bracketTimes[p]; ok {
			rd.time, rd.timeQ = &schema.Time{Text: t.text, Seconds: t.seconds}, t.quantityIx
		}
		r.results = append(r.results, rd)
	}
}

// tiedFor reads "a tie for fourth between X and Y" and "X and Y tied
// for fourth" (item i is "tie"): each of them placed n.
func (r *relDoc) tiedFor(its []item, i, n int) {
	var g []*Individual
	for j := i + 3; j < len(its) && j <= i+12; j++ {
		if its[j].low == "between" || its[j].low == "for" {
			g, _ = r.groupAfter(its, j+1)
			break
		}
	}
	if len(g) < 2 {
		// the people before: "X and Y tied for fourth"
		for k := i - 1; k >= 0 && k >= i-12; k-- {
			if its[k].kind == itPerson && (k == 0 || its[k-1].kind != itPerson && its[k-1].low != "and" && its[k-1].text != "," &&
				!isDemonymItem(its[k-1]) && its[k-1].low != "the") {
				if h, end := r.groupAfter(its, k); len(h) >= 2 && end <= i+1 {
					g = h
				}
				break
			}
		}
	}
	if len(g) < 2 {
		return
	}
	for _, p := range g {
		// drop what the sentence's single cues gave them
		kept := r.results[:0]
		for _, rd := range r.results {
			if !(rd.ind == p && rd.position > 0 && rd.time == nil && rd.span.Start >= its[0].start && rd.span.End <= its[len(its)-1].end) {
				kept = append(kept, rd)
			}
		}
		r.results = kept
		r.addResult(its, i, p, n)
	}
}

// possessiveTime reads "Bouras's time was 1:43.52" and "her winning time
// of 2:24:10" after a name: the time of that person's result (the latest
// one without a time), or a result of its own.
func (r *relDoc) possessiveTime(its []item, i int) bool {
	if i < 4 || its[i-1].low != "was" && its[i-1].low != "of" || its[i-2].low != "time" || !possessed(its, i-4) ||
		its[i-4].kind != itPerson || its[i-4].ind == nil || pastAfter(its, i+1) {
		return false
	}
	p, t := its[i-4].ind, its[i]
	tm := &schema.Time{Text: t.text, Seconds: t.seconds}
	for k := len(r.results) - 1; k >= 0; k-- {
		if r.results[k].ind == p {
			if r.results[k].time != nil {
				return true
			}
			r.results[k].time, r.results[k].timeQ = tm, t.quantityIx
			return true
		}
	}
	race, _, _ := r.raceAround(its, i)
	r.results = append(r.results, resultDraft{ind: p, race: race, time: tm, timeQ: t.quantityIx,
		span: schema.Span{Start: t.start, End: t.end}})
	return true
}

// respectiveTimes reads "X was second and Y was third, clocking 1:08:40
// and 1:09:12 respectively": the times go to the sentence's last placed
// people in order (results from first on).
func (r *relDoc) respectiveTimes(its []item, first int) {
	for k := 0; k < len(its); k++ {
		if its[k].low != "respectively" {
			continue
		}
		var times []item
		for j := k - 1; j >= 0; j-- {
			if its[j].kind == itTime {
				times = append([]item{its[j]}, times...)
				continue
			}
			if its[j].low == "and" || its[j].text == "," {
				continue
			}
			break
		}
		if len(times) < 2 {
			return
		}
		// "ahead of X and Y, who clocked T1 and T2 respectively": the
		// group just before the times takes them, in order.
		for g0 := 0; g0 < len(its) && its[g0].start < times[0].start; g0++ {
			if its[g0].kind != itPerson || g0 > 0 && its[g0-1].kind == itWord && (its[g0-1].low == "and" || its[g0-1].text == ",") && g0 >= 2 && its[g0-2].kind == itPerson {
				continue
			}
			g, end := groupAt(its, g0)
			if len(g) != len(times) || end >= len(its) || its[end].text != "," || end+1 >= len(its) || its[end+1].low != "who" {
				continue
			}
			for n, p := range g {
				r.giveTime(p, times[n], first)
			}
			return
		}
		// the people placed before the times, in order, one result each
		var idx []int
		seen := map[*Individual]bool{}
		for q := first; q < len(r.results); q++ {
			rd := r.results[q]
			if rd.span.Start < times[0].start && !seen[rd.ind] && rd.position > 0 {
				seen[rd.ind] = true
				idx = append(idx, q)
			}
		}
		if len(idx) < len(times) {
			return
		}
		idx = idx[len(idx)-len(times):]
		for n, q := range idx {
			t := times[n]
			r.results[q].time = &schema.Time{Text: t.text, Seconds: t.seconds}
			r.results[q].timeQ = t.quantityIx
		}
		return
	}
}

// placedOrdinal reads "second-placed", "3rd-placed", "fourth-place".
func placedOrdinal(w string) (int, bool) {
	for _, suf := range []string{"-placed", "-place"} {
		if o, ok := strings.CutSuffix(w, suf); ok {
			return ordinalValue(o)
		}
	}
	return 0, false
}

// leadPlacing reads a placing that opens a sentence and names the person
// after it: "Third was X", "Second came X", "Fourth place went to X",
// "The winner, X,", "The runner-up, X,".
func leadPlacing(its []item, i int) (int, bool) {
	start := leadingMarks(its)
	w := its[i].low
	// ("The women's winner, X,": a race's words may stand between.)
	between := i - start - 1
	for k := start + 1; k < i && between > 0; k++ {
		if !winnerRaceWords[its[k].low] {
			between = -1
		}
	}
	if i > start && between >= 0 && between <= 3 && its[start].low == "the" && (w == "winner" || w == "runner-up") && i+1 < len(its) && its[i+1].text == "," {
		if w == "winner" {
			return 1, true
		}
		return 2, true
	}
	if i != start || i+1 >= len(its) {
		return 0, false
	}
	n, ok := ordinalValue(w)
	if !ok {
		return 0, false
	}
	next := its[i+1].low
	// "Third place went to X", "First V40 was X", "Second woman home was
	// X"
	if next == "place" || next == "spot" || next == "position" || raceNoun(next) && next != "in" || ageCategory(next) {
		k := i + 2
		if k < len(its) && its[k].low == "home" {
			k++
		}
		if k >= len(its) {
			return 0, false
		}
		next = its[k].low
	}
	switch next {
	case "was", "came", "went", "is", "were":
		return n, true
	}
	return 0, false
}

// sweepAt says whether the words from item k name a sweep of the top
// places: "Kenyan 1-2-3", "one-two", "clean sweep", "podium sweep".
func sweepAt(its []item, k int) bool {
	for j := k; j < len(its) && j <= k+2; j++ {
		w := its[j].low
		if oneTwoRe.MatchString(w) || w == "1-2" || w == "1-2-3" || w == "sweep" {
			return true
		}
		if !isDemonymItem(its[j]) && w != "clean" && w != "podium" {
			return false
		}
	}
	return false
}

// followingHome says whether the group after "with" at item i is said to
// follow someone home ("with X and Y following him home", "with X and Y
// next").
func (r *relDoc) followingHome(its []item, i int) bool {
	_, end := r.groupAfter(its, i+1)
	if end < len(its) {
		switch its[end].low {
		case "following", "trailing", "next":
			return true
		}
	}
	return false
}

// giveTime gives time item t to p's result of this sentence (results from
// first on), dropping a draft that holds t for someone else, or makes p
// a result of its own.
func (r *relDoc) giveTime(p *Individual, t item, first int) {
	tm := &schema.Time{Text: t.text, Seconds: t.seconds}
	kept := r.results[:first]
	for _, rd := range r.results[first:] {
		if rd.ind != p && rd.position == 0 && rd.time != nil && rd.time.Seconds == t.seconds && rd.time.Text == t.text {
			continue
		}
		kept = append(kept, rd)
	}
	r.results = kept
	for k := len(r.results) - 1; k >= first; k-- {
		if r.results[k].ind == p {
			r.results[k].time, r.results[k].timeQ = tm, t.quantityIx
			return
		}
	}
	r.results = append(r.results, resultDraft{ind: p, race: r.race, time: tm, timeQ: t.quantityIx,
		span: schema.Span{Start: t.start, End: t.end}})
}

// pastEditions after "the last" or "the previous" set a placing at other
// meetings: "second at the last two championships".
var pastEditions = map[string]bool{
	"championships": true, "championship": true, "games": true, "olympics": true, "worlds": true, "edition": true,
	"editions": true, "races": true, "race": true, "years": true, "seasons": true, "meetings": true, "events": true,
}

// winRaceBefore says whether "from" at item i follows "won the race" or
// "took the title" ("won the men's race from X and Y").
func winRaceBefore(its []item, i int) bool {
	if i < 2 || !titleWords[its[i-1].low] {
		return false
	}
	for j := i - 2; j >= 0 && j >= i-5; j-- {
		switch its[j].low {
		case "won", "wins", "took", "claimed", "captured", "clinched", "landed":
			return true
		}
		if its[j].kind != itWord || its[j].isPunct() && its[j].text != "'s" && its[j].text != "’s" {
			return false
		}
	}
	return false
}

// multisport says whether the text reports a race of several legs: a
// triathlon or duathlon, or one that swims or cycles.
func (r *relDoc) multisport() bool {
	for _, e := range r.d.Record.Events {
		if e.Kind != nil && *e.Kind == "triathlon" {
			return true
		}
	}
	low := strings.ToLower(r.d.Text)
	for _, w := range []string{"triathlon", "duathlon", "aquathlon", "swim", "bike", "cycle leg", "transition"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// atOtherMeeting says whether the words from item k set a placing at
// another meeting: "fourth at the Tokyo Olympics", "second at last
// year's world championships", "bronze at the Commonwealth Games".
func (r *relDoc) atOtherMeeting(its []item, k int) bool {
	if k >= len(its) || its[k].low != "at" && its[k].low != "in" {
		return false
	}
	named := false
	for j := k + 1; j < len(its) && j <= k+6; j++ {
		switch its[j].low {
		case "olympics", "olympic", "games", "championships", "worlds", "trials", "paralympics":
			// A meeting the text names that is not the one it reports.
			if !named && !its[j].capitalised() {
				return false
			}
			phrase := strings.ToLower(joinItems(its[k+1 : j+1]))
			for _, e := range r.d.Record.Events {
				if n := strings.ToLower(e.Name); n != "" && (strings.Contains(phrase, n) || strings.Contains(n, its[j].low)) {
					if mainEvent(r.d).Name == e.Name {
						return false
					}
				}
			}
			return true
		}
		if its[j].kind != itWord || its[j].isPunct() && !isPossessive(its[j].text) {
			return false
		}
		if its[j].capitalised() {
			named = true
		}
	}
	return false
}

// onTop says whether "top" at item i is a winner's place: "finish on
// top", "finished on top of the podium", "came out on top", "finished
// top" (not "the top three", "top-ten finish").
func onTop(its []item, i int) bool {
	if i+1 < len(its) && (topN(its[i+1].low) > 0 || its[i+1].kind == itWord && !its[i+1].isPunct() && its[i+1].low != "of" && its[i+1].low != "in" && its[i+1].low != "with" && its[i+1].low != "and") {
		return false
	}
	// "on top of the podium" (not "on top of the hill")
	if i+3 < len(its) && its[i+1].low == "of" && !(its[i+2].low == "the" && (toppedObjects[its[i+3].low] || its[i+3].low == "field" || its[i+3].low == "pile")) {
		return false
	}
	j := i - 1
	if j >= 0 && its[j].low == "on" {
		j--
		if j >= 0 && its[j].low == "out" {
			j--
		}
	}
	if j < 0 {
		return false
	}
	switch its[j].low {
	case "finish", "finished", "finishing", "finishes", "came", "come", "ended", "end", "stood", "emerged":
		return true
	}
	return false
}

// crownedAs says whether "champion" or "winner" at item i follows
// "crowned", "declared" or "named" ("was crowned champion", "was
// declared the winner", "named as the champion").
func crownedAs(its []item, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch its[j].low {
		case "crowned", "declared":
			return true
		case "the", "as", "overall", "outright":
			continue
		}
		return false
	}
	return false
}

// finishVerb says whether a word is a verb of finishing a race.
func finishVerb(w string) bool {
	switch w {
	case "finished", "finish", "finishing", "finishes", "came", "ended", "placed", "crossed", "was":
		return true
	}
	return false
}

// positionNumber reads the number after "position": "12", "three".
func positionNumber(w string) int {
	if n, err := strconv.Atoi(w); err == nil && n > 0 && n < 1000 {
		return n
	}
	if n, ok := numberWords[w]; ok && n > 0 && n <= 20 {
		return n
	}
	return 0
}

// placeApart reads "one place ahead of Y" (Y one place behind the
// subject) and "a place behind X" (the subject one place behind X), from
// the latest placing of the one already placed.
func (r *relDoc) placeApart(its []item) {
	for i := 1; i+2 < len(its); i++ {
		if its[i].low != "place" || its[i-1].low != "one" && its[i-1].low != "a" {
			continue
		}
		ahead := its[i+1].low == "ahead" && its[i+2].low == "of"
		behind := its[i+1].low == "behind"
		if !ahead && !behind {
			continue
		}
		k := i + 2
		if ahead {
			k = i + 3
		}
		var other *Individual
		for j := k; j < len(its) && j <= k+3; j++ {
			if its[j].kind == itPerson && its[j].ind != nil && !possessed(its, j) {
				other = its[j].ind
				break
			}
			if its[j].kind != itWord || its[j].isPunct() && !isPossessive(its[j].text) {
				break
			}
		}
		r.leftOnly = true
		subj := r.subjectOf(its, i-1)
		r.leftOnly = false
		if other == nil || subj == nil || other == subj {
			continue
		}
		from, to, step := subj, other, 1
		if behind {
			from, to = other, subj
		}
		if r.placedIn(to) {
			continue
		}
		for k := len(r.results) - 1; k >= 0; k-- {
			if rd := r.results[k]; rd.ind == from && rd.position > 0 && !rd.implied {
				r.results = append(r.results, resultDraft{ind: to, race: rd.race, overall: rd.overall, position: rd.position + step,
					timeQ: -1, span: schema.Span{Start: its[i].start, End: its[i].end}})
				break
			}
		}
	}
}

// placedIn says whether p has a placing of its own already.
func (r *relDoc) placedIn(p *Individual) bool {
	for _, rd := range r.results {
		if rd.ind == p && rd.position > 0 && !rd.implied {
			return true
		}
	}
	return false
}

// finisherNouns follow "the" and an ordinal to name a runner by place:
// "the second woman, X".
var finisherNouns = map[string]bool{"woman": true, "man": true, "finisher": true, "runner": true, "athlete": true,
	"lady": true, "female": true, "male": true, "veteran": true, "junior": true}

// winnerRaceWords may stand between "The" and "winner" in "The women's
// winner, X,".
var winnerRaceWords = map[string]bool{"women's": true, "men's": true, "women": true, "men": true, "'s": true, "’s": true,
	"women’s": true, "men’s": true, "ladies": true, "ladies'": true, "female": true, "male": true, "overall": true,
	"wheelchair": true, "junior": true, "masters": true, "veterans": true, "girls'": true, "boys'": true}

// behindCame reads "Behind him came X and Y", "Behind Kiprop were X, Y
// and Z": the people after the verb take the places after the one
// behind whom they came, when that one's place is known.
func (r *relDoc) behindCame(its []item) {
	k := leadingMarks(its)
	if k+3 >= len(its) || its[k].low != "behind" {
		return
	}
	var ahead *Individual
	switch {
	case its[k+1].kind == itPerson:
		ahead = its[k+1].ind
	case its[k+1].low == "him" || its[k+1].low == "her":
		ahead = r.focus
	}
	if ahead == nil {
		return
	}
	switch its[k+2].low {
	case "came", "were", "was", "finished":
	default:
		return
	}
	place := 0
	for _, rd := range r.results {
		if rd.ind == ahead && rd.position > 0 {
			place = rd.position
		}
	}
	if place == 0 {
		return
	}
	for j := k + 3; j < len(its); j++ {
		switch {
		case its[j].kind == itPerson && its[j].ind != nil:
			place++
			r.addResult(its, j, its[j].ind, place)
		case its[j].text == "," || its[j].low == "and" || its[j].kind == itTime || its[j].text == "(" || its[j].text == ")":
		default:
			return
		}
	}
}
