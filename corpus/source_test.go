package corpus_test

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"github.com/racex/racex/corpus"
	"github.com/racex/racex/internal/synth"
)

// page is a news page with furniture around the story, as archives hold.
func page(headline, story, charsetMeta string) string {
	var b strings.Builder
	b.WriteString("<!doctype html><html><head>")
	if charsetMeta != "" {
		b.WriteString(`<meta charset="` + charsetMeta + `">`)
	}
	b.WriteString("<title>" + headline + " | Daily Bugle</title></head><body>")
	b.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>`)
	b.WriteString("<article><h1>" + headline + "</h1>")
	for _, p := range strings.Split(story, "\n") {
		b.WriteString("<p>" + p + "</p>")
	}
	b.WriteString(`</article><footer>Copyright Daily Bugle. <a href="/privacy">Privacy policy</a></footer></body></html>`)
	return b.String()
}

const story1 = "Sophie Raworth, 43, finished the London Marathon in 3:46:12 on Sunday, raising more than £16,000 for the Brain Tumour Charity.\n" +
	"The BBC newsreader said the heat, which reached 24C by midday, made the last six miles the hardest she had ever run.\n" +
	"Some 36,000 runners started the race at Blackheath, and the organisers said 35,500 of them crossed the finish line on The Mall."

const story2 = "Eliud Kipchoge of Kenya won the Berlin Marathon in 2:01:09, the second fastest time ever run over 42.195 kilometres.\n" +
	"The 37-year-old pulled away from the pack after 25km and finished almost five minutes ahead of his compatriot Mark Korir.\n" +
	"Tigist Assefa of Ethiopia won the women's race in 2:15:37."

// collect reads every item of paths and sorts them by source.
func collect(t *testing.T, opt corpus.Options, paths ...string) []corpus.Item {
	t.Helper()
	var out []corpus.Item
	for it := range corpus.Items(paths, opt) {
		out = append(out, it)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Source < out[j].Source })
	return out
}

func write(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

type member struct {
	name string
	data []byte
}

func tarBytes(t *testing.T, members ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, m := range members {
		if err := tw.WriteHeader(&tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(m.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func gzipBytes(t *testing.T, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func zipBytes(t *testing.T, members ...member) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, m := range members {
		w, err := zw.Create(m.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write(m.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func warcBytes(t *testing.T, gz bool) []byte {
	t.Helper()
	var buf bytes.Buffer
	// A request record, a 404 and an image are not articles; the two
	// HTML pages (one sent chunked-free, with a charset header) are.
	if err := synth.WARCRecord(&buf, gowarc.Request, "https://news.example/berlin", "GET /berlin HTTP/1.1\r\nHost: news.example\r\n\r\n", nil, gz); err != nil {
		t.Fatal(err)
	}
	if err := synth.WARCResponse(&buf, "https://news.example/berlin", "text/html; charset=utf-8", []byte(page("Kipchoge wins in Berlin", story2, "")), gz); err != nil {
		t.Fatal(err)
	}
	if err := synth.WARCResponse(&buf, "https://news.example/logo.png", "image/png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), gz); err != nil {
		t.Fatal(err)
	}
	if err := synth.WARCRecord(&buf, gowarc.Response, "https://news.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: 9\r\n\r\n", []byte("not found"), gz); err != nil {
		t.Fatal(err)
	}
	// Windows-1252 bytes, announced in the HTTP header as ISO-8859-1.
	cp := strings.ReplaceAll(page("Raworth runs London", story1, ""), "£", "\xA3")
	if err := synth.WARCResponse(&buf, "https://news.example/london", "text/html; charset=ISO-8859-1", []byte(cp), gz); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestItemsEveryFormat reads one directory holding an article in every
// format and checks each article's source, title and text.
func TestItemsEveryFormat(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), []byte(story1))
	write(t, filepath.Join(dir, "sub", "b.html"), []byte(page("Kipchoge wins in Berlin", story2, "utf-8")))
	write(t, filepath.Join(dir, "sub", "b.gold.json"), []byte(`{"schema_version":"1"}`))
	write(t, filepath.Join(dir, "c.jsonl"), []byte(
		`{"id":"x1","text":"`+strings.ReplaceAll(story1, "\n", `\n`)+`"}`+"\n\n"+
			`{"id":"x2","url":"https://news.example/berlin","html":"`+strings.ReplaceAll(page("Kipchoge wins in Berlin", story2, ""), `"`, `\"`)+`"}`+"\n"))
	write(t, filepath.Join(dir, "d.tar"), tarBytes(t, member{"one.txt", []byte(story1)}, member{"two/two.htm", []byte(page("Kipchoge wins in Berlin", story2, ""))}))
	write(t, filepath.Join(dir, "e.tar.gz"), gzipBytes(t, tarBytes(t, member{"one.txt", []byte(story1)}, member{"notes.json", []byte("{}")})))
	write(t, filepath.Join(dir, "f.zip"), zipBytes(t, member{"z/one.txt", []byte(story1)}, member{"z/two.html", []byte(page("Kipchoge wins in Berlin", story2, ""))}))
	write(t, filepath.Join(dir, "g.warc"), warcBytes(t, false))
	write(t, filepath.Join(dir, "h.warc.gz"), warcBytes(t, true))
	write(t, filepath.Join(dir, "i.txt.gz"), gzipBytes(t, []byte(story2)))

	items := collect(t, corpus.Options{}, dir)
	got := map[string]corpus.Article{}
	var ignored []string
	for _, it := range items {
		rel := strings.TrimPrefix(it.Source, dir+"/")
		if it.Ignored != "" {
			ignored = append(ignored, rel)
			continue
		}
		a, err := it.Article()
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		got[rel] = a
	}
	wantIgnored := []string{
		"e.tar.gz:notes.json",
		"g.warc:https://news.example/gone", "g.warc:https://news.example/logo.png",
		"h.warc.gz:https://news.example/gone", "h.warc.gz:https://news.example/logo.png",
		"sub/b.gold.json",
	}
	if strings.Join(ignored, ",") != strings.Join(wantIgnored, ",") {
		t.Errorf("ignored %v, want %v", ignored, wantIgnored)
	}
	// Which story each source holds, and the headline an HTML page gives.
	want := map[string]struct{ story, title string }{
		"a.txt":                                 {story1, ""},
		"sub/b.html":                            {story2, "Kipchoge wins in Berlin"},
		"c.jsonl:1":                             {story1, ""},
		"c.jsonl:3":                             {story2, "Kipchoge wins in Berlin"},
		"d.tar:one.txt":                         {story1, ""},
		"d.tar:two/two.htm":                     {story2, "Kipchoge wins in Berlin"},
		"e.tar.gz:one.txt":                      {story1, ""},
		"f.zip:z/one.txt":                       {story1, ""},
		"f.zip:z/two.html":                      {story2, "Kipchoge wins in Berlin"},
		"g.warc:https://news.example/berlin":    {story2, "Kipchoge wins in Berlin"},
		"g.warc:https://news.example/london":    {story1, "Raworth runs London"},
		"h.warc.gz:https://news.example/berlin": {story2, "Kipchoge wins in Berlin"},
		"h.warc.gz:https://news.example/london": {story1, "Raworth runs London"},
		"i.txt.gz":                              {story2, ""},
	}
	for src, w := range want {
		a, ok := got[src]
		if !ok {
			t.Errorf("%s: no article", src)
			continue
		}
		if a.Source != dir+"/"+src {
			t.Errorf("%s: Source = %q", src, a.Source)
		}
		// Every paragraph of the story is in the text, whole.
		for _, para := range strings.Split(w.story, "\n") {
			if !strings.Contains(a.Text, para) {
				t.Errorf("%s: text lacks %q:\n%s", src, para, a.Text)
			}
		}
		if a.Title != w.title {
			t.Errorf("%s: Title = %q, want %q", src, a.Title, w.title)
		}
		if a.ID != corpus.ID(a.Text) {
			t.Errorf("%s: ID is not the text's hash", src)
		}
		// The page furniture is left out of an HTML page's text.
		if strings.Contains(a.Text, "Privacy policy") || strings.Contains(a.Text, "Weather") {
			t.Errorf("%s: page furniture in the text:\n%s", src, a.Text)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d articles, want %d", len(got), len(want))
	}
}

// TestItemsBadInput checks that each kind of bad member is an error item,
// with the reason, and that reading goes on past it.
func TestItemsBadInput(t *testing.T) {
	dir := t.TempDir()
	big := bytes.Repeat([]byte("Runners ran. "), 200) // 2,600 bytes
	write(t, filepath.Join(dir, "1-binary.txt"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00"))
	write(t, filepath.Join(dir, "2-empty.txt"), []byte(" \n\n"))
	write(t, filepath.Join(dir, "3-big.txt"), big)
	// UTF-16LE whose code units are mostly lone surrogates.
	write(t, filepath.Join(dir, "4-undecodable.html"), append([]byte("\xFF\xFE<\x00p\x00>\x00"), bytes.Repeat([]byte("\x00\xD8a\x00"), 50)...))
	// A member of letters that do not compress, so that cutting the
	// archive short cuts into it and not into the first member.
	noise := make([]byte, 100000)
	for i, x := 0, uint32(7); i < len(noise); i++ {
		x = x*1664525 + 1013904223
		noise[i] = 'a' + byte(x>>24)%26
	}
	full := gzipBytes(t, tarBytes(t, member{"ok.txt", []byte(story1)}, member{"later.txt", noise}))
	write(t, filepath.Join(dir, "5-truncated.tar.gz"), full[:len(full)-1000])
	write(t, filepath.Join(dir, "6-bad.jsonl"), []byte(`{"id":"a","text":"`+strings.ReplaceAll(story1, "\n", `\n`)+`"}`+"\n"+
		`{"id":"b","text":`+"\n"+ // malformed
		`{"id":"c"}`+"\n"+ // neither text nor html
		`{"id":"d","text":"`+string(big)+`"}`+"\n"+ // longer than the bound
		`{"id":"e","text":"`+strings.ReplaceAll(story2, "\n", `\n`)+`"}`))
	write(t, filepath.Join(dir, "7-truncated.zip"), zipBytes(t, member{"a.txt", []byte(story1)})[:40])
	write(t, filepath.Join(dir, "8-tar-big-member.tar"), tarBytes(t, member{"big.txt", big}, member{"ok.txt", []byte(story2)}))
	write(t, filepath.Join(dir, "9-good.txt"), []byte(story2))

	items := collect(t, corpus.Options{MaxBytes: 2000}, dir, filepath.Join(dir, "missing.txt"))
	got := map[string]error{}
	ok := map[string]bool{}
	for _, it := range items {
		rel := strings.TrimPrefix(it.Source, dir+"/")
		_, err := it.Article()
		if err != nil {
			got[rel] = err
		} else {
			ok[rel] = true
		}
	}
	wantErr := map[string]error{
		"1-binary.txt":                 corpus.ErrBinary,
		"2-empty.txt":                  corpus.ErrEmpty,
		"3-big.txt":                    corpus.ErrTooLarge,
		"4-undecodable.html":           corpus.ErrUndecodable,
		"5-truncated.tar.gz:later.txt": corpus.ErrTooLarge,
		"5-truncated.tar.gz":           corpus.ErrTruncated,
		"6-bad.jsonl:2":                corpus.ErrBadJSONLine,
		"6-bad.jsonl:3":                corpus.ErrBadJSONLine,
		"6-bad.jsonl:4":                corpus.ErrTooLarge,
		"7-truncated.zip":              corpus.ErrTruncated,
		"8-tar-big-member.tar:big.txt": corpus.ErrTooLarge,
		"missing.txt":                  os.ErrNotExist,
	}
	for src, want := range wantErr {
		if err := got[src]; !errors.Is(err, want) {
			t.Errorf("%s: error %v, want %v", src, err, want)
		}
	}
	for _, src := range []string{"5-truncated.tar.gz:ok.txt", "6-bad.jsonl:1", "6-bad.jsonl:5", "8-tar-big-member.tar:ok.txt", "9-good.txt"} {
		if !ok[src] {
			t.Errorf("%s: not read (error %v)", src, got[src])
		}
	}
	if len(got) != len(wantErr) || len(ok) != 5 {
		t.Errorf("%d errors and %d articles, want %d and 5: %v", len(got), len(ok), len(wantErr), got)
	}
}

// TestJSONLinesOfAnyLength reads a line far longer than any buffer.
func TestJSONLinesOfAnyLength(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("The field ran on through the rain. ", 60000) // about 2 MB
	write(t, filepath.Join(dir, "long.jsonl"), []byte(`{"id":"long","text":"`+long+`"}`+"\n"+`{"id":"short","text":"A short report."}`+"\n"))
	items := collect(t, corpus.Options{}, filepath.Join(dir, "long.jsonl"))
	if len(items) != 2 {
		t.Fatalf("%d items, want 2", len(items))
	}
	a, err := items[0].Article()
	if err != nil || a.Text != long {
		t.Fatalf("long line: %d bytes, %v; want %d bytes", len(a.Text), err, len(long))
	}
}

// TestDecodeHTMLCharsets follows the charset rules: BOM, HTTP header,
// <meta>, else UTF-8, else Windows-1252.
func TestDecodeHTMLCharsets(t *testing.T) {
	cases := []struct {
		name, contentType string
		raw               []byte
		want              string
	}{
		{"utf8 undeclared", "", []byte("<p>caf\xC3\xA9 \xE2\x82\xAC5</p>"), "<p>café €5</p>"},
		{"cp1252 undeclared", "", []byte("<p>caf\xE9 \x805</p>"), "<p>café €5</p>"},
		{"meta latin1", "", []byte(`<meta charset="iso-8859-1"><p>caf` + "\xE9</p>"), `<meta charset="iso-8859-1"><p>café</p>`},
		{"meta koi8-r", "", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>` + "\xEB\xC9\xD0\xDE\xCF\xC7\xC5</p>"), `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Кипчоге</p>`},
		{"header beats meta", "text/html; charset=windows-1252", []byte(`<meta charset="utf-8"><p>caf` + "\xE9</p>"), `<meta charset="utf-8"><p>café</p>`},
		{"utf8 declared, not utf8", "text/html; charset=utf-8", []byte("<p>caf\xE9</p>"), "<p>café</p>"},
		{"bom beats header", "text/html; charset=windows-1252", []byte("\xEF\xBB\xBF<p>caf\xC3\xA9</p>"), "<p>café</p>"},
		{"utf16 bom", "", []byte("\xFF\xFE<\x00p\x00>\x00\xE9\x00"), "<p>é"},
	}
	for _, c := range cases {
		got, err := corpus.DecodeHTML(c.raw, c.contentType)
		if err != nil || got != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
}

// TestItemsStopEarly checks that a consumer can stop the stream.
func TestItemsStopEarly(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		write(t, filepath.Join(dir, n), []byte(story1))
	}
	n := 0
	for range corpus.Items([]string{dir}, corpus.Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatal(n)
	}
}

// TestReadProgress: Options.Read hears of the bytes read, which come to
// about Size of the sources (all but ignored members, and a zip's
// directory read again).
func TestReadProgress(t *testing.T) {
	dir := t.TempDir()
	if _, err := synth.WriteMixed(dir, 40); err != nil {
		t.Fatal(err)
	}
	var read int64
	items := 0
	for range corpus.Items([]string{dir}, corpus.Options{Read: func(n int64) { read += n }}) {
		items++
	}
	size := corpus.Size([]string{dir})
	t.Logf("read %d of %d bytes", read, size)
	if items == 0 || size == 0 {
		t.Fatalf("%d items, size %d", items, size)
	}
	if float64(read) < 0.9*float64(size) || float64(read) > 1.1*float64(size) {
		t.Errorf("read %d bytes of sources of %d", read, size)
	}
	if got := corpus.Size([]string{filepath.Join(dir, "feed.jsonl"), filepath.Join(dir, "missing")}); got <= 0 {
		t.Errorf("Size of a file and a missing one = %d", got)
	}
}
