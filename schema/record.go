// Package schema owns the racex record contract (record-v1): the Go types, the
// embedded JSON Schema, validation, and turning records into scored facts.
package schema

// Version is the value of Record.SchemaVersion this package reads and writes.
const Version = "1"

// Record is one article's extraction, or its hand annotation. A hand
// annotation ("gold") may leave out Doc, Entities and every span, and may mark
// any entry Optional.
type Record struct {
	SchemaVersion string        `json:"schema_version"`
	Doc           *Doc          `json:"doc,omitempty"`
	Events        []Event       `json:"events"`
	People        []Person      `json:"people"`
	Organizations []Org         `json:"organizations"`
	Charities     []Charity     `json:"charities"`
	Places        []Place       `json:"places"`
	Results       []Result      `json:"results"`
	Fundraising   []Fundraising `json:"fundraising"`
	Quantities    []Quantity    `json:"quantities"`
	Entities      []Mention     `json:"entities,omitempty"`
}

// Doc describes the article a record was made from.
type Doc struct {
	// ID is the hex SHA-256 of the decoded UTF-8 text.
	ID        string  `json:"id"`
	Source    string  `json:"source"`
	Title     *string `json:"title"`
	Chars     int     `json:"chars"`
	Words     int     `json:"words"`
	Sentences int     `json:"sentences"`
}

// Span is a byte range [Start, End) of the decoded text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Person is one real individual named in the article.
type Person struct {
	Name        string   `json:"name"`
	Aliases     []string `json:"aliases"`
	Titles      []string `json:"titles,omitempty"`
	Descriptors []string `json:"descriptors,omitempty"`
	Age         *int     `json:"age"`
	Nationality *string  `json:"nationality"`
	Hometown    *string  `json:"hometown"`
	Clubs       []string `json:"clubs,omitempty"`
	Roles       []string `json:"roles,omitempty"`
	Mentions    []Span   `json:"mentions,omitempty"`
	Optional    bool     `json:"optional,omitempty"`
}

// Event is a race or race meeting.
type Event struct {
	Name      string   `json:"name"`
	Aliases   []string `json:"aliases"`
	Edition   *int     `json:"edition"`
	Kind      *string  `json:"kind"`
	Date      *string  `json:"date"`
	Location  *string  `json:"location"`
	DistanceM *float64 `json:"distance_m"`
	Mentions  []Span   `json:"mentions,omitempty"`
	Optional  bool     `json:"optional,omitempty"`
}

// Org is a named organisation that is not a charity.
type Org struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Kind     *string  `json:"kind"`
	Mentions []Span   `json:"mentions,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Charity is a named charity or cause.
type Charity struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Mentions []Span   `json:"mentions,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Place is a named place.
type Place struct {
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Kind     *string  `json:"kind"`
	Country  *string  `json:"country"`
	Mentions []Span   `json:"mentions,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Race says which race of an event a result belongs to.
type Race struct {
	Sex      *string `json:"sex"`
	Division *string `json:"division"`
}

// Time is a finish time as written and in seconds.
type Time struct {
	Text    string  `json:"text"`
	Seconds float64 `json:"seconds"`
}

// Result is one placing or finish time.
type Result struct {
	Event    *string  `json:"event"`
	Race     Race     `json:"race"`
	Position *int     `json:"position"`
	Person   *string  `json:"person"` // null for a team's result
	Time     *Time    `json:"time"`
	Notes    []string `json:"notes,omitempty"`
	Span     *Span    `json:"span,omitempty"`
	Optional bool     `json:"optional,omitempty"`
}

// Money is an amount in an ISO 4217 currency.
type Money struct {
	Value    float64 `json:"value"`
	Currency string  `json:"currency"`
}

// Fundraising says who raises money, or runs, for which cause.
type Fundraising struct {
	Person   *string `json:"person"`
	Charity  *string `json:"charity"`
	Cause    *string `json:"cause"`
	Amount   *Money  `json:"amount"`
	Status   *string `json:"status"`
	Span     *Span   `json:"span,omitempty"`
	Optional bool    `json:"optional,omitempty"`
}

// Normalized is a quantity in base units.
type Normalized struct {
	Value *float64 `json:"value"`
	Unit  *string  `json:"unit"`
}

// Quantity is one age, duration, distance, amount of money, temperature or
// head count.
type Quantity struct {
	Kind       string      `json:"kind"`
	Text       string      `json:"text"`
	Value      *float64    `json:"value"`
	Unit       *string     `json:"unit"`
	Normalized *Normalized `json:"normalized"`
	Qualifier  *string     `json:"qualifier"`
	About      *string     `json:"about"`
	Span       *Span       `json:"span,omitempty"`
	Optional   bool        `json:"optional,omitempty"`
}

// Mention is one named-entity mention as found in the text.
type Mention struct {
	Text  string `json:"text"`
	Label string `json:"label"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Quantity kinds.
const (
	KindAge         = "age"
	KindDuration    = "duration"
	KindDistance    = "distance"
	KindMoney       = "money"
	KindTemperature = "temperature"
	KindCount       = "count"
)

// Mention labels.
const (
	LabelPerson    = "PERSON"
	LabelNORP      = "NORP"
	LabelOrg       = "ORG"
	LabelCharity   = "CHARITY"
	LabelGPE       = "GPE"
	LabelLoc       = "LOC"
	LabelFac       = "FAC"
	LabelEvent     = "EVENT"
	LabelWorkOfArt = "WORK_OF_ART"
)

// Str returns a pointer to s, for the record's nullable strings.
func Str(s string) *string { return &s }

// Int returns a pointer to n.
func Int(n int) *int { return &n }

// Float returns a pointer to f.
func Float(f float64) *float64 { return &f }

// New returns an empty record with every list present, so that it encodes
// as [] rather than null.
func New() *Record {
	return &Record{
		SchemaVersion: Version,
		Events:        []Event{},
		People:        []Person{},
		Organizations: []Org{},
		Charities:     []Charity{},
		Places:        []Place{},
		Results:       []Result{},
		Fundraising:   []Fundraising{},
		Quantities:    []Quantity{},
		Entities:      []Mention{},
	}
}
