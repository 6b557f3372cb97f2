package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// The relation stage's rule table: what part each cue word plays. Words are
// matched in lower case; a cue of several words is matched as a phrase.

// cueRole is the part a cue plays.
type cueRole int

const (
	// roleWin gives position 1 to its subject ("won", "took the title").
	roleWin cueRole = iota + 1
	// roleWonBy gives position 1 to the person after it ("was won by").
	roleWonBy
	// roleFinish introduces a finish time ("finished in", "clocking").
	roleFinish
	// roleSplit marks the time after it as a split, not a finish time.
	roleSplit
	// roleNotFinish marks a time as a record or a target ("record of",
	// "breaking").
	roleNotFinish
	// roleObject makes the next person an object, not the subject.
	roleObject
	// roleBeat gives the person after it the position that follows
	// ("beat X into second") and its subject the one before.
	roleBeat
	// roleEdge gives its subject the position that follows and the person
	// after it the next one ("edged X for third").
	roleEdge
	// roleBreak ends a clause.
	roleBreak
	// rolePast marks a result as one of another time ("in 2019", "last
	// year").
	rolePast
	// roleRaised and roleTarget introduce money raised or aimed at.
	roleRaised
	roleTarget
	// roleFor introduces the cause run for ("running for", "in aid of").
	roleFor
	// roleRun is a verb of taking part or raising ("running", "raising
	// money"): with it, "for X" names a cause.
	roleRun
	// rolePrize introduces money that is not raised (prize, bonus).
	rolePrize
)

// cues maps a cue phrase to its roles.
var cues = map[string][]cueRole{
	"won": {roleWin}, "wins": {roleWin}, "win": {roleWin}, "winning": {roleWin}, "triumphed": {roleWin}, "triumphs": {roleWin},
	"prevailed": {roleWin}, "prevails": {roleWin},
	"retained": {roleWin}, "retains": {roleWin}, "defended": {roleWin},
	"was won by": {roleWonBy}, "were won by": {roleWonBy}, "won by": {roleWonBy},
	"finished": {roleFinish}, "finishing": {roleFinish}, "finishes": {roleFinish}, "finish": {roleFinish},
	"crossed": {roleFinish}, "crossing": {roleFinish}, "clocking": {roleFinish}, "clocked": {roleFinish},
	"timed": {roleFinish}, "completed": {roleFinish}, "completing": {roleFinish}, "coming": {roleFinish},
	"came": {roleFinish}, "home": {roleFinish}, "ran": {roleFinish, roleRun}, "running": {roleRun}, "run": {roleRun},
	"runs": {roleRun}, "in a time of": {roleFinish}, "stopped the clock": {roleFinish}, "recorded": {roleFinish},
	"halfway": {roleSplit}, "half-way": {roleSplit}, "halfway mark": {roleSplit}, "swim": {roleSplit},
	"swam": {roleSplit}, "bike": {roleSplit}, "rode": {roleSplit}, "cycle": {roleSplit}, "split": {roleSplit},
	"splits": {roleSplit}, "through": {roleSplit}, "covered": {roleSplit},
	"leg": {roleSplit}, "lap": {roleSplit}, "transition": {roleSplit},
	"record of": {roleNotFinish}, "best of": {roleNotFinish}, "best was": {roleNotFinish}, "mark of": {roleNotFinish},
	"breaking": {roleNotFinish}, "break": {roleNotFinish}, "broke": {roleNotFinish}, "under": {roleNotFinish},
	"inside": {roleNotFinish}, "sub": {roleNotFinish}, "outside": {roleNotFinish}, "target of": {roleNotFinish, roleTarget},
	"bettering": {roleNotFinish}, "previous": {roleNotFinish}, "cut-off": {roleNotFinish},
	"from": {roleObject}, "of": {roleObject}, "behind": {roleObject}, "ahead of": {roleObject},
	"clear of": {roleObject}, "over": {roleObject}, "past": {roleObject}, "down": {roleObject},
	"than": {roleObject}, "against": {roleObject}, "alongside": {roleObject}, "outsprinting": {roleObject},
	"outsprinted": {roleObject}, "outkicked": {roleObject}, "outkicking": {roleObject}, "outpacing": {roleObject},
	"outpaced": {roleObject}, "outpaces": {roleObject}, "passing": {roleObject}, "caught": {roleObject},
	"catching": {roleObject}, "overtook": {roleObject}, "overtaking": {roleObject}, "held off": {roleObject},
	"holding off": {roleObject}, "to": {roleObject}, "by": {roleObject}, "let": {roleObject},
	"beating": {roleObject}, "outsprints": {roleObject}, "holds off": {roleObject}, "sees off": {roleObject},
	"saw off": {roleObject}, "seeing off": {roleObject}, "overtakes": {roleObject}, "outkicks": {roleObject},
	"outlasts": {roleObject}, "outlasted": {roleObject}, "outlasting": {roleObject}, "denies": {roleObject},
	"denied": {roleObject}, "trailed": {roleObject}, "chased": {roleObject}, "followed": {roleObject},
	"passes": {roleObject}, "catches": {roleObject}, "beats": {roleBeat}, "edges": {roleEdge}, "pips": {roleEdge}, "dropping": {roleObject}, "shadowed": {roleObject}, "congratulated": {roleObject},
	"beat": {roleBeat}, "relegated": {roleBeat}, "pushed": {roleBeat}, "forced": {roleBeat},
	"edged": {roleEdge}, "pipped": {roleEdge}, "edging": {roleEdge}, "pipping": {roleEdge}, "out-dipped": {roleEdge},
	";": {roleBreak}, "while": {roleBreak}, "whereas": {roleBreak}, "but": {roleBreak}, ":": {roleBreak},
	"last year": {rolePast}, "a year ago": {rolePast}, "last season": {rolePast}, "previously": {rolePast},
	"reigning": {rolePast}, "defending": {rolePast}, "former": {rolePast}, "here last year": {rolePast},
	"raised": {roleRaised}, "has raised": {roleRaised}, "had raised": {roleRaised}, "collected": {roleRaised},
	"has collected": {roleRaised}, "had collected": {roleRaised}, "generated": {roleRaised}, "donated": {roleRaised},
	"passed": {roleSplit, roleRaised}, "totalled": {roleRaised}, "brought in": {roleRaised}, "made": {roleRaised},
	"raising": {roleRaised, roleRun}, "gathered": {roleRaised}, "pledges": {roleRaised}, "collecting": {roleRaised},
	"reached": {roleRaised}, "has reached": {roleRaised}, "had reached": {roleRaised}, "donate": {roleRaised},
	"donating": {roleRaised}, "sponsorship": {roleRaised}, "pledged": {roleRaised}, "so far": {roleRaised},
	"stands at": {roleRaised}, "stood at": {roleRaised}, "tally": {roleRaised},
	"topped": {roleRaised}, "exceeded": {roleRaised}, "surpassed": {roleRaised}, "smashed": {roleRaised},
	"to raise": {roleTarget}, "raise": {roleTarget}, "raises": {roleRaised}, "target": {roleTarget}, "goal": {roleTarget},
	"aims": {roleTarget}, "aiming": {roleTarget}, "hopes": {roleTarget}, "hoping": {roleTarget}, "hoped": {roleTarget},
	"to reach": {roleTarget}, "set out": {roleTarget}, "bid to": {roleTarget}, "wants to": {roleTarget},
	"in aid of": {roleFor}, "in support of": {roleFor}, "on behalf of": {roleFor}, "for": {roleFor},
	"to benefit": {roleFor}, "representing": {roleFor}, "benefiting": {roleFor}, "benefitting": {roleFor}, "to support": {roleFor},
	"supported": {roleFor}, "supporting": {roleFor}, "supports": {roleFor},
	"fundraising for": {roleFor, roleRun}, "fund-raising for": {roleFor, roleRun}, "fundraising": {roleRun},
	"raising funds for": {roleFor, roleRun}, "raise funds for": {roleFor, roleRun}, "raised funds for": {roleFor, roleRun},
	"raising money for": {roleFor, roleRun}, "raises money for": {roleFor, roleRun}, "raises funds for": {roleFor, roleRun},
	"fundraiser for": {roleFor, roleRun}, "raise money for": {roleFor, roleRun}, "raised money for": {roleFor, roleRun},
	"prize": {rolePrize}, "bonus": {rolePrize}, "earned": {rolePrize}, "earns": {rolePrize}, "takes home": {rolePrize},
	"received": {rolePrize}, "receives": {rolePrize}, "each collected": {rolePrize}, "purse": {rolePrize},
	"prize money": {rolePrize}, "winners": {rolePrize}, "winner": {rolePrize}, "winner's": {rolePrize}, "pocketed": {rolePrize}, "winnings": {rolePrize}, "appearance fee": {rolePrize},
}

// maxCueWords is the longest cue phrase in words.
const maxCueWords = 4

// cueStarts maps the first word of each cue phrase to the most words a cue
// starting with it has.
var cueStarts = func() map[string]int {
	m := map[string]int{}
	for c := range cues {
		words := strings.Fields(c)
		if len(words) > maxCueWords {
			panic("cue longer than maxCueWords: " + c)
		}
		m[words[0]] = max(m[words[0]], len(words))
	}
	return m
}()

// hasRole says whether a cue has a role.
func hasRole(roles []cueRole, want cueRole) bool {
	for _, r := range roles {
		if r == want {
			return true
		}
	}
	return false
}

// ordinals are the position words.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
	"ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
	"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
	"runner-up": 2, "runners-up": 2,
}

var ordinalNumRe = regexp.MustCompile(`^(\d{1,4})(st|nd|rd|th)$`)

// ordinalValue reads "third", "12th" or "runner-up".
func ordinalValue(low string) (int, bool) {
	if n, ok := ordinals[low]; ok {
		return n, true
	}
	if low == "" || low[0] < '0' || low[0] > '9' {
		return 0, false // asked of most words: no "21st" without a digit first
	}
	if m := ordinalNumRe.FindStringSubmatch(low); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n, n > 0
	}
	return 0, false
}

// positionFollowers may follow an ordinal that is a placing ("second in
// 2:05:52", "third overall", "first woman"); any other word after it makes
// the ordinal something else ("third marathon", "40th 24-hour race").
var positionFollowers = map[string]bool{
	"in": true, "with": true, "overall": true, "place": true, "woman": true, "women": true, "man": true,
	"men": true, "female": true, "male": true, "behind": true, "and": true, "after": true, "across": true,
	"to": true, "on": true, "for": true, "ahead": true, "home": true, "lady": true, "finisher": true,
	"position": true, "spot": true, "by": true, "over": true, "at": true, "of": true, "wheelchair": true,
	"veteran": true, "junior": true, "under-20": true, "u20": true, "back": true, "again": true,
	"this": true, "today": true, "yesterday": true, "here": true, "equal": true, "among": true, "amongst": true,
	"honours": true, "honors": true,
}

// sexWordsInText mark the race a sentence is on.
var raceMarkers = map[string]raceMark{
	"women's": {sex: "F"}, "woman": {sex: "F"}, "women": {sex: "F"}, "female": {sex: "F"}, "ladies": {sex: "F"},
	"men's": {sex: "M"}, "man": {sex: "M"}, "men": {sex: "M"}, "male": {sex: "M"},
	"women’s": {sex: "F"}, "men’s": {sex: "M"}, "ladies'": {sex: "F"}, "ladies’": {sex: "F"},
	"girls'": {sex: "F"}, "girls’": {sex: "F"}, "girls": {sex: "F"}, "boys'": {sex: "M"}, "boys’": {sex: "M"}, "boys": {sex: "M"},
	"wheelchair": {div: "wheelchair"}, "overall": {overall: true},
}

// raceMark is a race marker: a sex, a division, or "overall".
type raceMark struct {
	sex, div string
	overall  bool
}

// noteCues are the result notes written in prose.
var noteCues = []struct{ phrase, note string }{
	{"personal best", "personal best"}, {"lifetime best", "personal best"}, {"pb", "personal best"},
	{"course record", "course record"}, {"national record", "national record"}, {"world record", "world record"},
	{"championship record", "championship record"}, {"championships record", "championship record"},
	{"season's best", "season best"}, {"season best", "season best"}, {"meet record", "meet record"},
	{"event record", "course record"}, {"british record", "national record"},
}

// noteCueWords holds each of noteCues' phrases split into words.
var noteCueWords = func() [][]string {
	w := make([][]string, len(noteCues))
	for i, nc := range noteCues {
		w[i] = strings.Fields(nc.phrase)
	}
	return w
}()

// kinWords are family words that, after "her" or "his", refer to a person
// the text introduced that way ("her mother, Pat").
var kinWords = map[string]bool{
	"mother": true, "father": true, "mum": true, "dad": true, "son": true, "daughter": true, "wife": true,
	"husband": true, "brother": true, "sister": true, "partner": true, "grandmother": true, "grandfather": true,
	"twin": true, "fiancée": true, "fiance": true, "fiancé": true, "girlfriend": true, "boyfriend": true,
}

// descriptionNouns make a description of a person: "The reigning champion",
// "The long distance runner" (but not "The event", "The trot").
var descriptionNouns = map[string]bool{
	"runner": true, "champion": true, "winner": true, "athlete": true, "man": true, "woman": true, "star": true,
	"veteran": true, "youngster": true, "teenager": true, "soldier": true, "mother": true, "father": true,
	"marathoner": true, "triathlete": true, "runner-up": true, "favourite": true, "title-holder": true,
	"holder": true, "debutant": true, "rider": true, "racer": true, "newcomer": true, "olympian": true,
	"medallist": true, "medalist": true, "policeman": true, "nurse": true, "teacher": true, "student": true,
	"mp": true, "councillor": true, "mayor": true, "minister": true, "chancellor": true, "officer": true,
	"presenter": true, "actor": true, "actress": true, "comedian": true, "singer": true, "footballer": true,
}

// pluralRefs refer to the last two people named together.
var pluralRefs = map[string]bool{
	"the pair": true, "the twins": true, "the couple": true, "both": true, "the duo": true, "the two": true,
	"the sisters": true, "the brothers": true, "the friends": true, "the trio": true, "the three": true,
	"all three": true, "the siblings": true, "the cousins": true,
}

// causeNouns end an unnamed cause ("his late father's favourite charity").
var causeNouns = map[string]bool{
	"charity": true, "charities": true, "foundation": true, "trust": true, "hospice": true, "fund": true,
	"cause": true, "causes": true, "appeal": true, "hospital": true, "unit": true, "ward": true, "centre": true,
	"center": true, "club": true, "school": true, "team": true, "research": true, "organisation": true,
	"organization": true, "bank": true, "shelter": true, "society": true, "family": true, "families": true,
	"victims": true, "widow": true, "orphans": true, "ambulance": true, "lifeboat": true, "lifeboats": true,
	"rescue": true, "refuge": true, "sanctuary": true, "patients": true, "homeless": true, "clinic": true,
	"campaign": true, "project": true, "programme": true, "program": true, "scheme": true, "mission": true,
	"camp": true, "camps": true, "equipment": true,
	"scanner": true, "screening": true, "treatment": true, "therapy": true, "hostel": true, "service": true,
}

// genericCharity words, after "the", refer to the charity last named
// ("the charity", "the hospice", "the mental health charity").
var genericCharity = map[string]bool{
	"charity": true, "hospice": true, "trust": true, "foundation": true, "society": true, "appeal": true,
	"association": true,
}

func lowerFields(s string) []string { return strings.Fields(strings.ToLower(s)) }
