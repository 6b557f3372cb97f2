package synth

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Page wraps an article in a news page, with the navigation, related links
// and footer that a main-content extractor must leave out.
func Page(title, text string) []byte {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(title) + " | The Evening Courier</title></head><body>\n")
	b.WriteString(`<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>` + "\n")
	b.WriteString("<main><article><h1>" + html.EscapeString(title) + "</h1>\n")
	body := strings.TrimPrefix(text, title+"\n\n")
	for _, p := range strings.Split(strings.TrimSpace(body), "\n\n") {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
	}
	b.WriteString(`</article><aside><h2>Most read</h2><ul><li><a href="/a">Council approves new cycle lanes</a></li><li><a href="/b">Weekend weather: more rain</a></li></ul></aside></main>` + "\n")
	b.WriteString("<footer>&copy; The Evening Courier. <a href=\"/privacy\">Privacy</a></footer></body></html>\n")
	return []byte(b.String())
}

// TarGz writes articles [from, to) as .txt members of a .tar.gz file.
func TarGz(path string, from, to int) error {
	return writeFile(path, func(w io.Writer) error {
		zw := gzip.NewWriter(w)
		tw := tar.NewWriter(zw)
		for i := from; i < to; i++ {
			_, text := Article(i)
			if err := tarMember(tw, fmt.Sprintf("reports/%06d.txt", i), []byte(text)); err != nil {
				return err
			}
		}
		if err := tw.Close(); err != nil {
			return err
		}
		return zw.Close()
	})
}

func tarMember(tw *tar.Writer, name string, data []byte) error {
	if err := tw.WriteHeader(&tar.Header{Name: name, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
		return err
	}
	_, err := tw.Write(data)
	return err
}

func writeFile(path string, fill func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	if err := fill(bw); err != nil {
		f.Close()
		return err
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Mix says what WriteMixed wrote.
type Mix struct {
	// Articles is how many distinct readable articles there are.
	Articles int
	// Bad is how many members are bad (each should give an error row).
	Bad int
	// Files are the files written.
	Files []string
}

// WriteMixed writes n articles into dir in a mix of formats: a .tar.gz of
// text files (40 %), a .zip of HTML pages (20 %), a .jsonl with text and
// HTML lines (20 %), a .warc.gz of HTTP responses (15 %) and loose .txt
// and .html files (5 %), plus bad members: binary and empty files, a
// malformed JSON line, and a truncated .tar.gz holding three more
// articles (numbers n to n+2) before the cut.
func WriteMixed(dir string, n int) (Mix, error) {
	var m Mix
	cut := []int{n * 40 / 100, n * 60 / 100, n * 80 / 100, n * 95 / 100, n}
	add := func(name string) string {
		p := filepath.Join(dir, name)
		m.Files = append(m.Files, p)
		return p
	}
	if err := TarGz(add("archive.tar.gz"), 0, cut[0]); err != nil {
		return m, err
	}
	err := writeFile(add("pages.zip"), func(w io.Writer) error {
		zw := zip.NewWriter(w)
		for i := cut[0]; i < cut[1]; i++ {
			title, text := Article(i)
			f, err := zw.Create(fmt.Sprintf("pages/%06d.html", i))
			if err != nil {
				return err
			}
			if _, err := f.Write(Page(title, text)); err != nil {
				return err
			}
		}
		// Bad members: binary and empty.
		for name, data := range map[string]string{"pages/logo.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "pages/empty.txt": "\n\n"} {
			f, err := zw.Create(name)
			if err != nil {
				return err
			}
			if _, err := f.Write([]byte(data)); err != nil {
				return err
			}
			m.Bad++
		}
		return zw.Close()
	})
	if err != nil {
		return m, err
	}
	err = writeFile(add("feed.jsonl"), func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		for i := cut[1]; i < cut[2]; i++ {
			title, text := Article(i)
			var v any = map[string]string{"id": fmt.Sprint(i), "text": text}
			if i%2 == 1 {
				v = map[string]string{"id": fmt.Sprint(i), "url": fmt.Sprintf("https://courier.example/%d", i), "html": string(Page(title, text))}
			}
			if err := enc.Encode(v); err != nil {
				return err
			}
		}
		m.Bad++
		_, err := io.WriteString(w, `{"id": "broken", "text": "An unfinished`+"\n")
		return err
	})
	if err != nil {
		return m, err
	}
	err = writeFile(add("crawl.warc.gz"), func(w io.Writer) error {
		for i := cut[2]; i < cut[3]; i++ {
			title, text := Article(i)
			if err := WARCResponse(w, fmt.Sprintf("https://courier.example/sport/%d", i), "text/html; charset=utf-8", Page(title, text), true); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return m, err
	}
	if err := os.MkdirAll(filepath.Join(dir, "loose"), 0o755); err != nil {
		return m, err
	}
	for i := cut[3]; i < cut[4]; i++ {
		title, text := Article(i)
		if i%2 == 0 {
			err = os.WriteFile(add(fmt.Sprintf("loose/%06d.txt", i)), []byte(text), 0o644)
		} else {
			err = os.WriteFile(add(fmt.Sprintf("loose/%06d.html", i)), Page(title, text), 0o644)
		}
		if err != nil {
			return m, err
		}
	}
	// A truncated archive: three articles are readable, then it breaks.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	cutAt := 0
	for i := n; i < n+10; i++ {
		_, text := Article(i)
		if err := tarMember(tw, fmt.Sprintf("reports/%06d.txt", i), []byte(text)); err != nil {
			return m, err
		}
		if i == n+2 {
			// Everything so far can be decompressed.
			if err := tw.Flush(); err != nil {
				return m, err
			}
			if err := zw.Flush(); err != nil {
				return m, err
			}
			cutAt = buf.Len() + 20
		}
	}
	tw.Close()
	zw.Close()
	if err := os.WriteFile(add("truncated.tar.gz"), buf.Bytes()[:cutAt], 0o644); err != nil {
		return m, err
	}
	m.Bad++
	if err := os.WriteFile(add("loose/binary.txt"), []byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"), 0o644); err != nil {
		return m, err
	}
	m.Bad++
	m.Articles = n + 3
	return m, nil
}
