package review

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/racex/racex/schema"
)

// pred is an extraction with spans, as the pipeline gives one.
func predRecord() *schema.Record {
	r := schema.New()
	r.People = []schema.Person{
		{Name: "Mary Keitany", Aliases: []string{"Keitany"}, Age: schema.Int(30), Nationality: schema.Str("KEN"), Mentions: []schema.Span{{Start: 0, End: 12}}},
		{Name: "Sophie Raworth", Aliases: []string{}, Age: schema.Int(43)},
	}
	r.Events = []schema.Event{{Name: "London Marathon", Aliases: []string{}, Edition: schema.Int(32)}}
	r.Results = []schema.Result{{Person: schema.Str("Mary Keitany"), Event: schema.Str("London Marathon"), Position: schema.Int(1),
		Time: &schema.Time{Text: "2:18:36", Seconds: 8316}, Span: &schema.Span{Start: 0, End: 40}}}
	r.Fundraising = []schema.Fundraising{{Person: schema.Str("Sophie Raworth"), Charity: schema.Str("St John Ambulance"),
		Amount: &schema.Money{Value: 2000, Currency: "GBP"}, Status: schema.Str("target")}}
	r.Quantities = []schema.Quantity{{Kind: "age", Text: "43", Value: schema.Float(43), Span: &schema.Span{Start: 50, End: 52}}}
	r.Doc = &schema.Doc{ID: strings.Repeat("a", 64), Source: "x.txt"}
	r.Entities = []schema.Mention{{Text: "Mary Keitany", Label: "PERSON", Start: 0, End: 12}}
	return r
}

func mustApply(t *testing.T, gold *schema.Record, e Edit) *schema.Record {
	t.Helper()
	g, err := Apply(gold, predRecord(), e)
	if err != nil {
		t.Fatalf("%+v: %v", e, err)
	}
	if _, err := EncodeGold(g); err != nil {
		t.Fatalf("%+v gives an invalid annotation: %v", e, err)
	}
	return g
}

func TestApplyInitStripsProvenance(t *testing.T) {
	g := mustApply(t, nil, Edit{Op: "init"})
	if g.Doc != nil || g.Entities != nil || g.People[0].Mentions != nil || g.Results[0].Span != nil || g.Quantities[0].Span != nil {
		t.Errorf("init kept provenance: %+v", g)
	}
	if len(g.People) != 2 || *g.People[0].Age != 30 {
		t.Errorf("init lost facts: %+v", g.People)
	}
	// The annotation made from a record scores it perfectly.
	if s := schema.Compare(g, predRecord()); s.Micro().FN != 0 || s.Micro().FP != 0 {
		t.Errorf("init then compare: %+v", s.Micro())
	}
}

func TestApplyAccept(t *testing.T) {
	// Accepting a person adds the name without the separately scored
	// attributes; accepting the age then fills it in on that entry.
	g := mustApply(t, nil, Edit{Op: "accept", Pointer: "/people/0"})
	if len(g.People) != 1 || g.People[0].Name != "Mary Keitany" || g.People[0].Age != nil || g.People[0].Nationality != nil {
		t.Fatalf("accept person: %+v", g.People)
	}
	if len(g.People[0].Aliases) != 1 || g.People[0].Mentions != nil {
		t.Errorf("accept person kept mentions or lost aliases: %+v", g.People[0])
	}
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/people/0/age"})
	if len(g.People) != 1 || g.People[0].Age == nil || *g.People[0].Age != 30 {
		t.Fatalf("accept age onto the existing entry: %+v", g.People)
	}
	// An attribute of a person the annotation lacks brings the person.
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/people/1/age"})
	if len(g.People) != 2 || g.People[1].Name != "Sophie Raworth" || *g.People[1].Age != 43 {
		t.Fatalf("accept age of a new person: %+v", g.People)
	}
	// A result's position, then its time, end up on one result.
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/results/0/position"})
	if len(g.Results) != 1 || g.Results[0].Time != nil || *g.Results[0].Position != 1 {
		t.Fatalf("accept position: %+v", g.Results)
	}
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/results/0/time"})
	if len(g.Results) != 1 || g.Results[0].Time == nil || g.Results[0].Time.Seconds != 8316 || g.Results[0].Span != nil {
		t.Fatalf("accept time: %+v", g.Results)
	}
	// Fundraising: the cause alone, then the amount on the same entry.
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/fundraising/0/charity"})
	if len(g.Fundraising) != 1 || g.Fundraising[0].Amount != nil {
		t.Fatalf("accept charity: %+v", g.Fundraising)
	}
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/fundraising/0/amount"})
	if len(g.Fundraising) != 1 || g.Fundraising[0].Amount.Value != 2000 || *g.Fundraising[0].Status != "target" {
		t.Fatalf("accept amount: %+v", g.Fundraising)
	}
	// The edition of an event the annotation lacks brings the event.
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/events/0/edition"})
	if len(g.Events) != 1 || *g.Events[0].Edition != 32 {
		t.Fatalf("accept edition: %+v", g.Events)
	}
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/quantities/0"})
	if len(g.Quantities) != 1 || g.Quantities[0].Span != nil {
		t.Fatalf("accept quantity: %+v", g.Quantities)
	}
	g = mustApply(t, g, Edit{Op: "accept", Pointer: "/people/0/nationality"})
	// Everything accepted: the extraction's 12 facts (2 people, 2 ages, a
	// nationality, an event and its edition, a position, a time, a cause,
	// an amount, a quantity) all match.
	if m := schema.Compare(g, predRecord()).Micro(); m.FN != 0 || m.FP != 0 || m.TP != 12 {
		t.Errorf("after accepting every fact: %+v", m)
	}
	if _, err := Apply(g, predRecord(), Edit{Op: "accept", Pointer: "/people/7"}); err == nil {
		t.Errorf("accepting a fact past the end of the extraction succeeded")
	}
	if _, err := Apply(g, predRecord(), Edit{Op: "accept", Pointer: "/people/0/shoe"}); err == nil {
		t.Errorf("accepting an unscored field succeeded")
	}
}

func TestApplyReject(t *testing.T) {
	gold := mustApply(t, nil, Edit{Op: "init"})
	g := mustApply(t, gold, Edit{Op: "reject", Pointer: "/results/0/time"})
	if len(g.Results) != 1 || g.Results[0].Time != nil || g.Results[0].Position == nil {
		t.Fatalf("reject time: %+v", g.Results)
	}
	// A result with neither position nor time is gone.
	g = mustApply(t, g, Edit{Op: "reject", Pointer: "/results/0/position"})
	if len(g.Results) != 0 {
		t.Fatalf("reject the last fact of a result: %+v", g.Results)
	}
	g = mustApply(t, g, Edit{Op: "reject", Pointer: "/fundraising/0/amount"})
	if len(g.Fundraising) != 1 || g.Fundraising[0].Amount != nil || g.Fundraising[0].Status != nil {
		t.Fatalf("reject amount: %+v", g.Fundraising)
	}
	g = mustApply(t, g, Edit{Op: "reject", Pointer: "/people/0"})
	if len(g.People) != 1 || g.People[0].Name != "Sophie Raworth" {
		t.Fatalf("reject person: %+v", g.People)
	}
	// The annotation given is never changed in place.
	if len(gold.People) != 2 || len(gold.Results) != 1 || gold.Fundraising[0].Amount == nil {
		t.Errorf("Apply changed its input: %+v", gold)
	}
	if _, err := Apply(nil, predRecord(), Edit{Op: "reject", Pointer: "/people/0"}); err == nil {
		t.Errorf("reject without an annotation succeeded")
	}
}

func TestApplyEditAndAdd(t *testing.T) {
	gold := mustApply(t, nil, Edit{Op: "init"})
	g := mustApply(t, gold, Edit{Op: "edit", Pointer: "/people/1", Entry: json.RawMessage(`{"name":"Sophie Raworth","aliases":["Raworth"],"age":44,"optional":true}`)})
	if p := g.People[1]; *p.Age != 44 || !p.Optional || p.Aliases[0] != "Raworth" {
		t.Errorf("edit: %+v", p)
	}
	g = mustApply(t, g, Edit{Op: "add", Section: "places", Entry: json.RawMessage(`{"name":"Greenwich","aliases":[],"kind":"district","country":"GBR"}`)})
	if len(g.Places) != 1 || *g.Places[0].Country != "GBR" {
		t.Errorf("add: %+v", g.Places)
	}
	// Aliases left out are written as [] so the file validates.
	g = mustApply(t, g, Edit{Op: "add", Section: "charities", Entry: json.RawMessage(`{"name":"NSPCC"}`)})
	data, err := EncodeGold(g)
	if err != nil || !strings.Contains(string(data), `"name": "NSPCC",
      "aliases": []`) {
		t.Errorf("charity without aliases: %v\n%s", err, data)
	}
	_, err = EncodeGold(mustApplyRaw(t, g, Edit{Op: "add", Section: "people", Entry: json.RawMessage(`{"name":"X","age":200}`)}))
	if err == nil || !strings.Contains(err.Error(), "/people/2/age") {
		t.Errorf("an age of 200 should fail validation at /people/2/age: %v", err)
	}
}

func mustApplyRaw(t *testing.T, gold *schema.Record, e Edit) *schema.Record {
	t.Helper()
	g, err := Apply(gold, predRecord(), e)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func TestParsePointer(t *testing.T) {
	for in, want := range map[string]Pointer{
		"/people/0":          {"people", 0, ""},
		"/people/12/age":     {"people", 12, "age"},
		"/fundraising/3/cau": {"fundraising", 3, "cau"},
	} {
		got, ok := ParsePointer(in)
		if !ok || got != want {
			t.Errorf("ParsePointer(%q) = %+v %v, want %+v", in, got, ok, want)
		}
	}
	for _, bad := range []string{"", "/", "people/0", "/people", "/people/x", "/people/-1", "/people/0/age/extra"} {
		if _, ok := ParsePointer(bad); ok {
			t.Errorf("ParsePointer(%q) accepted", bad)
		}
	}
}
