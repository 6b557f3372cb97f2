package quantity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and that every quantity it
// returns has a span inside the text whose bytes are its Text, in order.
// go test ./extract/quantity -fuzz FuzzFind -fuzztime 30s
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"Sophie Raworth, 43, ran 26.2 miles (42.2km) in 3:58:02 for £16,000.",
		"sub-2:10 3h04:02 -7C minus 2C 21C (70F) 106 degrees half a mile",
		"1/ 2/3 ½ £ $ $5 5$ - -5 -- 5- a an half 3h 2m 30s 1.5m m2 10 1/2",
		"At 9:10 a.m. (61) , 5, (5 5) 1,000,000,0 0:00:00 99:99 1:2:3:4",
		"Of , and 29 were capped at 650 a further 15,000 crowd of",
		"\xff\xfe broken utf8 £\xa3 3\u00a0km",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		last := 0
		for _, q := range Find(text) {
			if q.Span == nil || q.Span.Start < last || q.Span.End > len(text) || q.Span.Start >= q.Span.End {
				t.Fatalf("bad span %+v in %q", q.Span, text)
			}
			if text[q.Span.Start:q.Span.End] != q.Text {
				t.Fatalf("text %q is not the span's %q", q.Text, text[q.Span.Start:q.Span.End])
			}
			if utf8.ValidString(text) && !utf8.ValidString(q.Text) {
				t.Fatalf("span cuts a character: %q", q.Text)
			}
			if q.Value == nil || q.Normalized == nil || q.Normalized.Value == nil || strings.TrimSpace(q.Kind) == "" {
				t.Fatalf("incomplete quantity %+v", q)
			}
			last = q.Span.Start
		}
	})
}
