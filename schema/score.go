package schema

import "math"

// DistanceTolerance is the relative difference within which two distances
// match (0.5 %).
const DistanceTolerance = 0.005

// Count holds true positives, false positives and false negatives.
type Count struct{ TP, FP, FN int }

// Add adds o to c.
func (c *Count) Add(o Count) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

// Precision is TP/(TP+FP), or 0 when nothing was predicted.
func (c Count) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 0 when nothing was expected.
func (c Count) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, or 0 when both are 0.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Match pairs a predicted fact with the gold fact it matched.
type Match struct{ Gold, Pred Fact }

// Score is the comparison of one prediction with one gold annotation, or
// the sum of many.
type Score struct {
	ByType map[string]Count
	// Correct, Missed and Spurious list the facts behind the counts.
	// Matches with optional gold facts, and optional gold facts nobody
	// found, are in Ignored and count nowhere.
	Correct  []Match
	Missed   []Fact
	Spurious []Fact
	Ignored  []Fact
	// OptionalMatched pairs each predicted fact in Ignored with the
	// optional gold fact it matched.
	OptionalMatched []Match
}

// Group sums the counts of a group's fact types.
func (s *Score) Group(types []string) Count {
	var c Count
	for _, t := range types {
		c.Add(s.ByType[t])
	}
	return c
}

// Micro sums the counts of every fact type.
func (s *Score) Micro() Count {
	var c Count
	for _, v := range s.ByType {
		c.Add(v)
	}
	return c
}

// Add adds o's counts and facts to s.
func (s *Score) Add(o *Score) {
	if s.ByType == nil {
		s.ByType = map[string]Count{}
	}
	for t, c := range o.ByType {
		v := s.ByType[t]
		v.Add(c)
		s.ByType[t] = v
	}
	s.Correct = append(s.Correct, o.Correct...)
	s.Missed = append(s.Missed, o.Missed...)
	s.Spurious = append(s.Spurious, o.Spurious...)
	s.Ignored = append(s.Ignored, o.Ignored...)
	s.OptionalMatched = append(s.OptionalMatched, o.OptionalMatched...)
}

// Compare scores pred against gold as the spec says: each record becomes
// facts, predicted names are resolved through gold's names and aliases, and
// facts are matched as multisets (a fact that occurs twice in gold must be
// found twice). A predicted fact that matches an optional gold fact counts
// nowhere; so does an optional gold fact left unmatched.
func Compare(gold, pred *Record) *Score {
	names := NamesOf(gold)
	return CompareFacts(Facts(gold, names), Facts(pred, names))
}

// CompareFacts matches two lists of facts already resolved to the same names.
func CompareFacts(gold, pred []Fact) *Score {
	s := &Score{ByType: map[string]Count{}}
	used := make([]bool, len(gold))
	byType := map[string][]int{}
	for i, g := range gold {
		byType[g.Type] = append(byType[g.Type], i)
	}
	for _, p := range pred {
		// Prefer a required gold fact to an optional one, and the nearest
		// number among those that match.
		best, bestDist, bestOpt := -1, math.Inf(1), true
		for _, i := range byType[p.Type] {
			if used[i] {
				continue
			}
			ok, dist := matches(gold[i], p)
			if !ok {
				continue
			}
			opt := gold[i].Optional
			if best < 0 || (bestOpt && !opt) || (opt == bestOpt && dist < bestDist) {
				best, bestDist, bestOpt = i, dist, opt
			}
		}
		c := s.ByType[p.Type]
		switch {
		case best < 0:
			c.FP++
			s.Spurious = append(s.Spurious, p)
		case gold[best].Optional:
			used[best] = true
			s.Ignored = append(s.Ignored, p)
			s.OptionalMatched = append(s.OptionalMatched, Match{Gold: gold[best], Pred: p})
		default:
			used[best] = true
			c.TP++
			s.Correct = append(s.Correct, Match{Gold: gold[best], Pred: p})
		}
		s.ByType[p.Type] = c
	}
	for i, g := range gold {
		if used[i] {
			continue
		}
		if g.Optional {
			s.Ignored = append(s.Ignored, g)
			continue
		}
		c := s.ByType[g.Type]
		c.FN++
		s.ByType[g.Type] = c
		s.Missed = append(s.Missed, g)
	}
	return s
}

// matches says whether a predicted fact matches a gold fact of the same
// type, and how far apart their numbers are.
func matches(g, p Fact) (bool, float64) {
	if g.Type == "quantity.distance" && g.Num != nil && p.Num != nil {
		d := math.Abs(*g.Num - *p.Num)
		if *g.Num == 0 {
			return d == 0, d
		}
		return d <= DistanceTolerance*math.Abs(*g.Num), d
	}
	if g.Num != nil && p.Num != nil {
		return *g.Num == *p.Num, 0
	}
	return g.Key == p.Key, 0
}
