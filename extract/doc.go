package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"

	"github.com/racex/racex/schema"
)

// Doc is an article part way through the pipeline. Stages add to it; none
// re-reads the raw text to re-tokenise it. The stages and what each owns:
//
//	text        Tokens, Sentences
//	mentions    Mentions (PERSON, ORG, CHARITY, GPE, ...), from prose, tables and context
//	lists       results lines and tables parsed into Rows; their names become PERSON mentions
//	quantities  Record.Quantities (About left nil), with the age cells of tables
//	people      Individuals: PERSON mentions merged into one entry per person;
//	            Record.People, Events, Charities, Organizations, Places
//	relations   Record.Results, Fundraising, person attributes, quantity About
//	dates       Record.Events[].Date, from a full calendar date in a sentence naming the event
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Mentions are named-entity mentions, in text order.
	Mentions []schema.Mention
	// Rows are the lines of results lists and tables, parsed.
	Rows []Row
	// Individuals are the people of the article, each once.
	Individuals []*Individual
	// Record is the record being built.
	Record *schema.Record

	// ents are the mention stage's notes on its mentions (titles,
	// occupations, kinds), for the people stage.
	ents []*entity
	// norpByEnd indexes ents' demonyms by where they end, once the
	// mention stages are done (see introducedAs).
	norpByEnd map[int][]*entity
}

// Token is a word or punctuation mark with its byte span in Doc.Text.
type Token struct {
	Text       string
	Start, End int
	// Tag is the part-of-speech tag (Penn Treebank), "" when untagged.
	Tag string
}

// Sentence is a byte span of Doc.Text and the tokens [First, Last) in it.
type Sentence struct {
	Start, End  int
	First, Last int
}

// Row is one line of a results list or table: "1. Mary Keitany (KEN)
// 2:18:36", "OKORO Daniel NGR 2:10:11", "2 J. Smith (Leeds AC) 31:48".
type Row struct {
	Span     schema.Span
	Position int // 0 when the row gives none
	// Name is the person as the row writes them, and NameSpan where.
	Name     string
	NameSpan schema.Span
	// Country is an ISO 3166-1 alpha-3 code from the row, or "".
	Country string
	// Club is the row's club or team, and ClubSpan where ("" when none).
	Club     string
	ClubSpan schema.Span
	// SchoolTeam says the club is a school's or college's, written after
	// a school year ("(Jr., Nebraska)").
	SchoolTeam bool
	// Unattached says the row gives "(unattached)" where a club would be.
	Unattached bool
	Age        int // 0 when the row gives none
	// Hometown is a place the row gives after the name ("Marco Alvarez,
	// Asheville, N.C., 15:47:22"), or "".
	Hometown string
	// Time is the finish time as written, "" when none, and its seconds.
	Time    string
	Seconds float64
	// Notes are the record's notes for the row's marks (PB, CR, SB, NR).
	Notes []string
	Race  schema.Race
	// Charity is the cause a fundraising table gives for the row
	// ("Name | Charity | Raised"), and CharitySpan where; Raised and
	// Target are the spans of its money cells (empty when none).
	Charity     string
	CharitySpan schema.Span
	Raised      schema.Span
	Target      schema.Span
	// Total marks a table's totals row ("Total | | £3,357"): it names no
	// runner, only the sums of all.
	Total bool
	// AgeSpan is where a table's age cell is (empty when none).
	AgeSpan schema.Span
	// Out is the mark of a runner who has no placing ("DNF", "DNS",
	// "DQ"), written where the position or the time would be; "" for a
	// finisher. Such a row names a person but gives no result.
	Out string
	// Team marks a row that names a club, not a runner ("2. Giffnock
	// North AC 3:24.10" in a relay): Club holds it and Name is "".
	Team bool
	// Category is the row's age category from a table's category column
	// ("MV40"), or "".
	Category string
	// SexPos and CatPos are the places among the runner's sex and in
	// their category that a table gives beside the overall one ("Gen
	// Pos", "Cat Pos"), 0 when none.
	SexPos, CatPos int
	// PosSex is the sex SexPos is among when the row says it beside the
	// place ("(1st woman)"), else nil.
	PosSex *string
}

// Individual is one person of the article: every PERSON mention that names
// them (full name, surname, rank and surname, initial and surname) and every
// reference resolved to them ("the 24-year-old", "compatriot").
type Individual struct {
	Name        string
	Aliases     []string
	Titles      []string
	Descriptors []string
	Roles       []string
	// Mentions are the byte spans that refer to this person, in text order.
	Mentions []schema.Span
}

// IndividualAt returns the person a span of text refers to: the one with a
// mention overlapping [start, end), or nil.
func (d *Doc) IndividualAt(start, end int) *Individual {
	for _, ind := range d.Individuals {
		for _, m := range ind.Mentions {
			if m.Start < end && start < m.End {
				return ind
			}
		}
	}
	return nil
}

// SentenceAt returns the index of the sentence holding byte offset pos, or
// -1. Sentences are in text order and do not overlap, so it searches.
func (d *Doc) SentenceAt(pos int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].Start > pos }) - 1
	if i >= 0 && pos < d.Sentences[i].End {
		return i
	}
	return -1
}

func idOf(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
