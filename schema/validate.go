package schema

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// JSONSchema is the record's JSON Schema (draft 2020-12) as shipped in the
// binary.
//
//go:embed record.schema.json
var JSONSchema []byte

const schemaURL = "racex-record-v1.schema.json"

var compiled = sync.OnceValues(func() (*jsonschema.Schema, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(JSONSchema))
	if err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, err
	}
	return c.Compile(schemaURL)
})

// Problem is one way a document breaks the contract.
type Problem struct {
	// Pointer is the JSON pointer (RFC 6901) of the offending value; "" is
	// the whole document.
	Pointer string
	Message string
}

func (p Problem) String() string {
	ptr := p.Pointer
	if ptr == "" {
		ptr = "(document)"
	}
	return ptr + ": " + p.Message
}

// Validate checks a JSON document against the record schema, then checks
// what a schema cannot say: spans inside the text they claim (when doc.chars
// is given) and start <= end. It returns no problems for a valid record. A
// document that is not JSON gives one problem at the document root.
func Validate(data []byte) []Problem { return validate(data, nil) }

// ValidateRecord is Validate for data that is r encoded, as a program that
// made r has it: the span checks read r rather than decoding data again,
// which costs about a third of a validation.
func ValidateRecord(data []byte, r *Record) []Problem { return validate(data, r) }

func validate(data []byte, rec *Record) []Problem {
	sch, err := compiled()
	if err != nil {
		// The schema is embedded; failing to compile it is a build defect.
		panic(fmt.Sprintf("schema: embedded JSON Schema does not compile: %v", err))
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return []Problem{{Message: "not valid JSON: " + err.Error()}}
	}
	var probs []Problem
	if err := sch.Validate(inst); err != nil {
		var ve *jsonschema.ValidationError
		if !errors.As(err, &ve) {
			return []Problem{{Message: err.Error()}}
		}
		probs = leafProblems(ve)
	}
	if len(probs) == 0 && rec != nil {
		probs = spanProblems(rec)
	} else if len(probs) == 0 {
		var r Record
		if err := json.Unmarshal(data, &r); err != nil {
			probs = append(probs, Problem{Message: err.Error()})
		} else {
			probs = append(probs, spanProblems(&r)...)
		}
	}
	return probs
}

var printer = message.NewPrinter(language.English)

// leafProblems flattens the validator's error tree into the innermost
// failures, one line per JSON pointer, since those say what is wrong rather
// than which $ref was being followed.
func leafProblems(root *jsonschema.ValidationError) []Problem {
	byPtr := map[string][]string{}
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			ptr := pointer(e.InstanceLocation)
			msg := e.ErrorKind.LocalizedString(printer)
			for _, m := range byPtr[ptr] {
				if m == msg {
					return
				}
			}
			byPtr[ptr] = append(byPtr[ptr], msg)
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(root)
	ptrs := make([]string, 0, len(byPtr))
	for p := range byPtr {
		ptrs = append(ptrs, p)
	}
	sort.Strings(ptrs)
	var out []Problem
	for _, p := range ptrs {
		out = append(out, Problem{Pointer: p, Message: strings.Join(byPtr[p], "; or ")})
	}
	return out
}

func pointer(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteByte('/')
		t = strings.ReplaceAll(t, "~", "~0")
		b.WriteString(strings.ReplaceAll(t, "/", "~1"))
	}
	return b.String()
}

// spanProblems checks every span against the document's length in bytes.
// doc.chars counts bytes of the decoded UTF-8 text, so it bounds every span.
func spanProblems(r *Record) []Problem {
	limit := -1
	if r.Doc != nil {
		limit = r.Doc.Chars
	}
	var out []Problem
	check := func(ptr string, s Span) {
		switch {
		case s.Start > s.End:
			out = append(out, Problem{ptr, fmt.Sprintf("span start %d is after its end %d", s.Start, s.End)})
		case limit >= 0 && s.End > limit:
			out = append(out, Problem{ptr, fmt.Sprintf("span end %d is past the end of the text (%d bytes)", s.End, limit)})
		}
	}
	for i, m := range r.Entities {
		check(fmt.Sprintf("/entities/%d", i), Span{m.Start, m.End})
	}
	for i, q := range r.Quantities {
		if q.Span != nil {
			check(fmt.Sprintf("/quantities/%d/span", i), *q.Span)
		}
	}
	for i, p := range r.People {
		for j, s := range p.Mentions {
			check(fmt.Sprintf("/people/%d/mentions/%d", i, j), s)
		}
	}
	for i, e := range r.Events {
		for j, s := range e.Mentions {
			check(fmt.Sprintf("/events/%d/mentions/%d", i, j), s)
		}
	}
	for i, res := range r.Results {
		if res.Span != nil {
			check(fmt.Sprintf("/results/%d/span", i), *res.Span)
		}
	}
	for i, f := range r.Fundraising {
		if f.Span != nil {
			check(fmt.Sprintf("/fundraising/%d/span", i), *f.Span)
		}
	}
	return out
}
