package extract

import (
	"regexp"
	"strings"
)

// Groups: several people named together ("Peter Kamau and Victor Langat",
// "Tigist Bekele, Almaz Ayana and Sifan Tola") who share one statement:
// "went one-two", "filled the top three places", "finished fourth and
// fifth respectively", "Kenyans A and B", "Nigeria's A and B".

// groupAt returns the people named together from item k on, joined by
// commas and "and", and the index of the item after the last of them.
func groupAt(its []item, k int) ([]*Individual, int) {
	var g []*Individual
	j := k
	for j < len(its) && its[j].kind == itPerson && its[j].ind != nil {
		g = append(g, its[j].ind)
		j++
		// ", " or " and " or ", and " before the next person.
		n := j
		if n < len(its) && its[n].text == "," {
			n++
		}
		if n < len(its) && its[n].low == "and" {
			n++
		}
		if n == j || n >= len(its) || its[n].kind != itPerson {
			break
		}
		j = n
	}
	return g, j
}

var oneTwoRe = regexp.MustCompile(`^one-two(?:-three)?$`)

// groupResults reads the placings a group is given together, replacing
// what the sentence's single cues gave its members (results from first on).
func (r *relDoc) groupResults(its []item, first int) {
	for k := 0; k < len(its); k++ {
		if its[k].kind != itPerson || k > 0 && (its[k-1].low == "and" || its[k-1].text == ",") && its[k-1].kind == itWord && k >= 2 && its[k-2].kind == itPerson {
			continue
		}
		g, end := groupAt(its, k)
		if len(g) < 2 {
			continue
		}
		positions := groupPositions(its, end, len(g))
		if positions == nil {
			k = end - 1
			continue
		}
		in := map[*Individual]bool{}
		for _, p := range g {
			in[p] = true
		}
		kept := r.results[:first]
		for _, rd := range r.results[first:] {
			if in[rd.ind] && rd.position > 0 && !rd.fromRow {
				if rd.time == nil {
					continue
				}
				rd.position = 0 // keep the time, drop the single cue's placing
			}
			kept = append(kept, rd)
		}
		r.results = kept
		for n, p := range g {
			r.addResult(its, k, p, positions[n])
		}
		k = end - 1
	}
}

// groupPositions reads what follows a group of n people (from item j) for
// their placings in order: "went one-two", "filled the top three places",
// "finished fourth and fifth respectively"; nil when it gives none.
func groupPositions(its []item, j, n int) []int {
	var ords []int
	for k := j; k < len(its) && k < j+10; k++ {
		w := its[k].low
		if its[k].kind == itPerson || w == ";" {
			break
		}
		if oneTwoRe.MatchString(w) && strings.Count(w, "-")+1 >= n {
			return seq(1, n)
		}
		// "A, B and C swept the podium", "filled the podium"
		if w == "podium" && n == 3 && k >= j+2 && (its[k-2].low == "swept" || its[k-2].low == "filled" || its[k-2].low == "sweep") {
			return seq(1, n)
		}
		// "X and Y completed the podium": the last places of the three
		if w == "podium" && n <= 2 && k >= j+2 && podiumVerbs[its[k-2].low] {
			return seq(4-n, n)
		}
		// "the top three places", "the first two spots"
		if (w == "top" || w == "first") && k+2 < len(its) && topN(its[k+1].low) == n {
			switch its[k+2].low {
			case "places", "spots", "positions", "places,", "finishers":
				return seq(1, n)
			}
		}
		if o, ok := ordinalValue(w); ok {
			// "finished joint third", "tied for fifth": one placing each
			if k > j && (its[k-1].low == "joint" || its[k-1].low == "equal" || its[k-1].low == "for" && k-1 > j && (its[k-2].low == "tied" || its[k-2].low == "tie")) {
				out := make([]int, n)
				for x := range out {
					out[x] = o
				}
				return out
			}
			ords = append(ords, o)
			// "finished first and second": as many placings as people,
			// written together.
			if len(ords) == n && ordinalRun(its, k, n) {
				return ords
			}
		}
		if w == "respectively" {
			if len(ords) == n {
				return ords
			}
			return nil
		}
	}
	return nil
}

// ordinalRun says whether the n ordinals ending at item k stand together,
// joined only by commas and "and".
func ordinalRun(its []item, k, n int) bool {
	seen := 0
	for j := k; j >= 0; j-- {
		if _, ok := ordinalValue(its[j].low); ok {
			seen++
			if seen == n {
				return true
			}
			continue
		}
		if its[j].text != "," && its[j].low != "and" {
			return false
		}
	}
	return false
}

func seq(from, n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = from + i
	}
	return out
}

// groupNationality gives every member of a group the nationality written
// before it: "Kenyans A and B", "Nigeria's A and B".
func (r *relDoc) groupNationality(its []item, get func(*Individual) *attrs) {
	for k := 1; k < len(its); k++ {
		if its[k].kind != itPerson {
			continue
		}
		g, end := groupAt(its, k)
		if len(g) < 2 {
			continue
		}
		c := ""
		if code, ok := nations().Demonym(its[k-1].text); ok && its[k-1].capitalised() {
			c = code
		} else if code, ok := nations().Demonym(its[max(k-2, 0)].text); ok && k >= 2 && its[k-2].capitalised() && groupPeopleNouns[its[k-1].low] {
			// "Japanese runners A and B"
			c = code
		} else if k >= 2 && (its[k-1].text == "'s" || its[k-1].text == "’s") {
			c, _ = nations().Country(its[k-2].text)
		} else if k >= 3 && its[k-1].low == "of" && pairNouns[its[k-2].low] && its[k-3].capitalised() {
			// "the Dutch pair of A and B", "a Kenyan trio of A, B and C"
			c, _ = nations().Demonym(its[k-3].text)
		}
		if c != "" {
			for _, p := range g {
				setOnce(&get(p).nationality, c)
			}
		}
		k = end - 1
	}
}

// pairNouns name people together: "the Dutch pair of A and B".
var pairNouns = map[string]bool{"pair": true, "duo": true, "trio": true, "quartet": true, "twins": true, "sisters": true, "brothers": true}

// groupPeopleNouns stand between a demonym and the people it names:
// "Japanese runners A and B".
var groupPeopleNouns = map[string]bool{
	"runners": true, "athletes": true, "women": true, "men": true, "stars": true, "teammates": true,
	"duo": true, "pair": true, "trio": true, "twins": true, "sisters": true, "brothers": true,
}
