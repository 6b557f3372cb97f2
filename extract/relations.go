package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/racex/racex/schema"
)

// The relations stage reads who finished where, who ran for which cause,
// and each person's age, nationality, home town and clubs. It works on one
// sentence at a time, seen as a row of items: the people of the people
// stage (every span that names or refers to one), finish times and amounts
// of money (from the quantity stage, or clock times read here), charities,
// and the words between them. A small table of cue words (relcues.go)
// gives each word its part: a position ("second", "won"), a finish verb, a
// split or margin marker, a word that makes the next person an object
// ("beat", "from"), a fundraising verb (raised vs target). Every relation
// is then bound the same way: its cue is found, and its person is the
// subject the cue belongs to (subject), found by one rule over the items.

// itemKind says what an item of a sentence is.
type itemKind int

const (
	itWord itemKind = iota
	itPerson
	itTime
	itMoney
	itCharity
	itNumber
)

// item is one token or one multi-token unit of a sentence.
type item struct {
	kind       itemKind
	start, end int
	text       string // as written
	low        string // lower case
	ind        *Individual
	seconds    float64 // itTime
	clock      bool    // itTime written h:mm:ss or mm:ss
	money      schema.Money
	charity    string // itCharity: the charity's name
	generic    bool   // itCharity: a reference ("the charity") rather than a name
	ref        bool   // itPerson: a description ("the 24-year-old", "the Dane"), resolved to the focus
	plural     []*Individual
	quantityIx int // index into Record.Quantities, or -1
}

// relDoc is the relation stage's view of a document.
type relDoc struct {
	d     *Doc
	inds  []*Individual
	sents [][]item
	// qByStart indexes the record's quantities by where they start (see
	// quantityAt); mentionIdx the people's mentions, of the first
	// mentionInds people, the longest mentionMax bytes (see individualAt).
	qByStart    []int
	mentionIdx  []indMention
	mentionInds int
	mentionMax  int
	// placeSpans are the spans of places, the longest placeMax bytes (see
	// isPlace).
	placeSpans []schema.Span
	placeMax   int
	// focus is the person the text was last about, for "he", "she" and
	// descriptions such as "The reigning champion"; focusAt is the focus
	// as each sentence begins.
	focus   *Individual
	focusAt []*Individual
	// pair is the last two people named together ("Amelia and Grace
	// Hollis", "Jo Tranter ran alongside her mother, Pat"), for "the pair".
	pair []*Individual
	// group is the last three or more people named together ("Mia, Jake
	// and Ollie Turner"), for "the trio"; groupNewer says it was named
	// after pair.
	group      []*Individual
	groupNewer bool
	// si is the sentence being read; pairAt the sentence the last pair
	// or group was named in, for "They hope to raise".
	si, pairAt int
	// bracketTimes are the times written in brackets after names in a
	// group ("followed by X (2:27:50) and Y (2:28:14)").
	bracketTimes map[*Individual]item
	// teams are the school teams the text names (schoolTeams).
	teams map[string]bool
	// kin maps "her mother" to the person so introduced.
	kin map[string]*Individual
	// causes remembers each person's charity or cause.
	causes map[*Individual]cause
	// lastCharity is the charity last named, for "the charity".
	lastCharity string
	// race is the race the text is on ("In the women's race, ...").
	race  schema.Race
	event *string

	// leftOnly stops subjectOf looking after its cue.
	leftOnly bool

	// blockOf is, per sentence, the person of the profile block it is in
	// (relprofile.go), or nil; profiled holds the people with a block, and
	// pageCharity the charity the introduction to the blocks names.
	blockOf     []*Individual
	profiled    map[*Individual]bool
	pageCharity string

	// byStart indexes every item by its start offset (itemAt).
	byStart []itemPlace
	// indFolds are the people's folded names (foldedNames); orgKinds the
	// organisations' kinds by folded name, for the first orgsIndexed
	// organisations (isOrg).
	indFolds    []string
	orgKinds    map[string]*string
	orgsIndexed int

	results []resultDraft
	funds   []fundDraft
	// about maps a quantity index to the name it belongs to.
	about map[int]string
}

type cause struct{ charity, text string }

type resultDraft struct {
	ind      *Individual
	name     string
	race     schema.Race
	overall  bool
	position int
	time     *schema.Time
	notes    []string
	span     schema.Span
	timeQ    int
	fromRow  bool
	// implied is a runner-up read from the winner's margin ("won, 41
	// seconds clear of X"): kept only when X has no placing of their own.
	implied bool
}

type fundDraft struct {
	ind     *Individual
	charity string
	cause   string
	amount  *schema.Money
	status  string
	span    schema.Span
	moneyQ  int
	// event marks the event's own cause, kept with no person and no sum
	// ("proceeds will go to X").
	event bool
	// shared marks one of the several causes a sum is for ("raised
	// $612,000 for A and B"): kept even when another sum went to B.
	shared bool
}

// relationsStage fills Record.Results, Record.Fundraising, the people's
// attributes, the events' details and each quantity's About.
func relationsStage(p *Pipeline, d *Doc) {
	r := &relDoc{d: d, kin: map[string]*Individual{}, causes: map[*Individual]cause{}, about: map[int]string{},
		profiled: map[*Individual]bool{}}
	r.inds = d.Individuals
	if len(r.inds) == 0 {
		r.inds = fallbackIndividuals(d)
	}
	if len(d.Record.Events) > 0 {
		r.event = schema.Str(mainEvent(d).Name)
	}
	r.buildItems()
	r.findProfiles()
	r.rowResults()
	r.rowFunds()
	for si := range r.sents {
		r.sentence(si)
	}
	r.writeResults()
	r.writeFunds()
	r.attributes()
	r.events()
	r.quantityAbout()
}

// mainEvent is the event the article is about: the one named most often,
// the first on a tie.
func mainEvent(d *Doc) *schema.Event {
	best := 0
	for i, e := range d.Record.Events {
		if len(e.Mentions) > len(d.Record.Events[best].Mentions) {
			best = i
		}
	}
	return &d.Record.Events[best]
}

// fallbackIndividuals stands in for the people stage while it gives no
// individuals: each PERSON mention is an individual, and a one-word
// mention joins the individual whose name ends or starts with it.
func fallbackIndividuals(d *Doc) []*Individual {
	var inds []*Individual
	byName := map[string]*Individual{}
	var singles []schema.Mention
	for _, m := range d.Mentions {
		if m.Label != schema.LabelPerson {
			continue
		}
		name := strings.TrimSpace(m.Text)
		if len(strings.Fields(name)) < 2 {
			singles = append(singles, m)
			continue
		}
		for _, row := range d.Rows {
			if row.NameSpan.Start == m.Start {
				name = row.Name
			}
		}
		key := schema.Fold(name)
		ind := byName[key]
		if ind == nil {
			ind = &Individual{Name: name}
			byName[key] = ind
			inds = append(inds, ind)
		}
		ind.Mentions = append(ind.Mentions, schema.Span{Start: m.Start, End: m.End})
	}
	for _, m := range singles {
		w := schema.Fold(m.Text)
		var hit *Individual
		for _, ind := range inds {
			f := strings.Fields(schema.Fold(ind.Name))
			if f[len(f)-1] == w || f[0] == w {
				hit = ind
				break
			}
		}
		if hit == nil {
			hit = &Individual{Name: m.Text}
			inds = append(inds, hit)
		}
		hit.Mentions = append(hit.Mentions, schema.Span{Start: m.Start, End: m.End})
	}
	for _, ind := range inds {
		sort.Slice(ind.Mentions, func(i, j int) bool { return ind.Mentions[i].Start < ind.Mentions[j].Start })
	}
	return inds
}

// buildItems turns each sentence's tokens into items.
func (r *relDoc) buildItems() {
	d := r.d
	type unit struct {
		start, end int
		it         item
	}
	var units []unit
	for _, ind := range r.inds {
		for _, m := range ind.Mentions {
			if m.Start < 0 || m.End > len(d.Text) || m.Start >= m.End {
				continue
			}
			units = append(units, unit{m.Start, m.End, item{kind: itPerson, ind: ind}})
		}
	}
	for qi, q := range d.Record.Quantities {
		if q.Span == nil || q.Span.Start < 0 || q.Span.End > len(d.Text) || q.Span.Start >= q.Span.End {
			continue
		}
		switch q.Kind {
		case schema.KindDuration:
			if q.Normalized != nil && q.Normalized.Value != nil {
				units = append(units, unit{q.Span.Start, q.Span.End, item{kind: itTime, seconds: *q.Normalized.Value,
					clock: clockRe.MatchString(q.Text) && !strings.ContainsAny(q.Text, "hm "), quantityIx: qi}})
			}
		case schema.KindMoney:
			if q.Normalized != nil && q.Normalized.Value != nil && q.Normalized.Unit != nil {
				units = append(units, unit{q.Span.Start, q.Span.End, item{kind: itMoney,
					money: schema.Money{Value: *q.Normalized.Value, Currency: *q.Normalized.Unit}, quantityIx: qi}})
			}
		}
	}
	for _, m := range d.Mentions {
		if m.Label == schema.LabelCharity && m.Start >= 0 && m.End <= len(d.Text) && m.Start < m.End {
			units = append(units, unit{m.Start, m.End, item{kind: itCharity, charity: charityName(m.Text)}})
		}
	}
	for _, c := range d.Record.Charities {
		for _, s := range c.Mentions {
			if s.Start >= 0 && s.End <= len(d.Text) && s.Start < s.End {
				units = append(units, unit{s.Start, s.End, item{kind: itCharity, charity: c.Name}})
			}
		}
	}
	sort.SliceStable(units, func(i, j int) bool { return units[i].start < units[j].start })
	for _, s := range d.Sentences {
		// An item per token at most: sized once, not grown by doubling
		// (items are large, and this was a third of extraction's garbage).
		its := make([]item, 0, max(s.Last-s.First, 0))
		ui := sort.Search(len(units), func(i int) bool { return units[i].start >= s.Start })
		for ti := s.First; ti < s.Last && ti < len(d.Tokens); ti++ {
			t := d.Tokens[ti]
			// A unit starting at or inside this token takes its tokens.
			for ui < len(units) && units[ui].end <= t.Start {
				ui++
			}
			if ui < len(units) && units[ui].start < t.End && units[ui].end > t.Start {
				u := units[ui]
				it := u.it
				it.start, it.end = u.start, u.end
				it.text = d.Text[it.start:it.end]
				it.low = strings.ToLower(it.text)
				if it.kind == itPerson {
					it.ref = isReference(it.low) && !demonymOf(d, it.ind, it.start, it.low)
				}
				if it.kind != itTime && it.kind != itMoney {
					it.quantityIx = -1
				}
				its = append(its, it)
				for ti+1 < s.Last && ti+1 < len(d.Tokens) && d.Tokens[ti+1].Start < u.end {
					ti++
				}
				ui++
				continue
			}
			its = append(its, r.wordItem(t))
		}
		r.sents = append(r.sents, its)
	}
}

var moneyRe = regexp.MustCompile(`^([£$€])(\d[\d,]*(?:\.\d+)?)(m|bn|k)?$`)

// moneySign reports whether s starts with a sign moneyRe reads.
func moneySign(s string) bool {
	return strings.HasPrefix(s, "£") || strings.HasPrefix(s, "$") || strings.HasPrefix(s, "€")
}

// wordItem makes an item of a token: a clock time, a money amount the
// quantity stage did not give, a number, or a word.
func (r *relDoc) wordItem(t Token) item {
	it := item{kind: itWord, start: t.Start, end: t.End, text: t.Text, low: strings.ToLower(t.Text), quantityIx: -1}
	// A clock is tried only on a token that starts with a digit and
	// holds a colon.
	if t.Text != "" && '0' <= t.Text[0] && t.Text[0] <= '9' && strings.IndexByte(t.Text, ':') > 0 && clockRe.FindString(t.Text) == t.Text {
		if sec, ok := clockSeconds(t.Text); ok {
			it.kind, it.seconds, it.clock = itTime, sec, true
			return it
		}
	}
	// Money is tried only on a token that starts with its sign.
	if moneySign(t.Text) && len(r.d.Record.Quantities) == 0 {
		if m := moneyRe.FindStringSubmatch(t.Text); m != nil {
			v, err := strconv.ParseFloat(strings.ReplaceAll(m[2], ",", ""), 64)
			if err == nil {
				switch m[3] {
				case "m":
					v *= 1e6
				case "bn":
					v *= 1e9
				case "k":
					v *= 1e3
				}
				it.kind = itMoney
				it.money = schema.Money{Value: v, Currency: map[string]string{"£": "GBP", "$": "USD", "€": "EUR"}[m[1]]}
				return it
			}
		}
	}
	if c, _ := utf8.DecodeRuneInString(t.Text); unicode.IsDigit(c) {
		it.kind = itNumber
	}
	return it
}

// isReference says whether a person mention is a description that the
// relation stage resolves itself: "the 24-year-old", "the Dane".
func isReference(low string) bool {
	rest, ok := strings.CutPrefix(low, "the ")
	if !ok {
		return false
	}
	if _, age := ageOf(rest); age {
		return true
	}
	_, dem := nations().Demonym(rest)
	return dem
}

// charityName drops a leading lower-case "the" from a charity mention.
func charityName(s string) string {
	return strings.TrimPrefix(strings.TrimSpace(s), "the ")
}

// demonymOf says whether "the Australian" at byte pos stands for ind
// because ind was written after that demonym earlier ("the Australian
// Jessica Hull ..., and the Australian held on"): then the description
// is ind's, not the focus's.
func demonymOf(d *Doc, ind *Individual, pos int, low string) bool {
	c, ok := nations().Demonym(strings.TrimPrefix(low, "the "))
	if !ok || ind == nil {
		return false
	}
	for _, m := range ind.Mentions {
		if m.Start < pos && introducedAs(d, m.Start, c) {
			return true
		}
	}
	return false
}
