package corpus

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
)

// HTMLArticle reads a web page: its bytes are decoded (see DecodeHTML), its
// main text is found by a readability main-content extractor (menus,
// sidebars and footers left out) and its headline becomes the Title. A page
// with no main text to find gives the text of its whole body.
func HTMLArticle(source string, raw []byte, contentType string) (Article, error) {
	if looksBinary(raw) && !hasBOM(raw) {
		return Article{}, ErrBinary
	}
	page, err := DecodeHTML(raw, contentType)
	if err != nil {
		return Article{}, err
	}
	if err := checkText(page); err != nil {
		return Article{}, err
	}
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		return Article{}, fmt.Errorf("html: %w", err)
	}
	docTitle := pageTitle(doc)
	headings := h1s(doc, nil)
	p := readability.NewParser()
	var text, title string
	if a, err := p.ParseAndMutate(doc, nil); err == nil && a.Node != nil {
		text = render.InnerText(a.Node)
		title = a.Title()
	}
	if strings.TrimSpace(text) == "" {
		// Readability found no main content (a very short page): read
		// the whole body from a fresh parse, as the first was changed.
		fresh, err := html.Parse(strings.NewReader(page))
		if err != nil {
			return Article{}, fmt.Errorf("html: %w", err)
		}
		text = render.InnerText(fresh)
	}
	if title == "" {
		title = docTitle
	}
	title = strings.Join(strings.Fields(title), " ")
	// A page title usually carries the site's name ("Headline | Paper");
	// the page's own <h1>, when the title contains it, is the headline.
	for _, h := range headings {
		if len(h) < len(title) && strings.Contains(strings.ToLower(title), strings.ToLower(h)) {
			title = h
			break
		}
	}
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if strings.TrimSpace(text) == "" {
		return Article{}, ErrEmpty
	}
	return Article{ID: ID(text), Source: source, Title: title, Text: text}, nil
}

// h1s returns the text of every <h1>, white space collapsed.
func h1s(n *html.Node, out []string) []string {
	if n.Type == html.ElementNode && n.Data == "h1" {
		if t := strings.Join(strings.Fields(render.InnerText(n)), " "); t != "" {
			out = append(out, t)
		}
		return out
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = h1s(c, out)
	}
	return out
}

// pageTitle returns the text of the document's <title>.
func pageTitle(n *html.Node) string {
	if n.Type == html.ElementNode && n.Data == "title" {
		var b strings.Builder
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				b.WriteString(c.Data)
			}
		}
		return strings.TrimSpace(b.String())
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if t := pageTitle(c); t != "" {
			return t
		}
	}
	return ""
}

// DecodeHTML decodes a page to UTF-8. The charset comes from, in order, a
// byte-order mark, the HTTP Content-Type header, a <meta charset> or
// <meta http-equiv> in the first 1024 bytes; without any, the page is UTF-8
// when its bytes are valid UTF-8 and Windows-1252 otherwise. A page that
// says UTF-8 but is not valid UTF-8 is read as Windows-1252 too: archives
// are full of such mislabelled pages.
func DecodeHTML(raw []byte, contentType string) (string, error) {
	enc, name, certain := charset.DetermineEncoding(raw, contentType)
	if !certain && name == "windows-1252" && utf8.Valid(raw) {
		// Either nothing was declared (UTF-8 comes before Windows-1252),
		// or a Latin-1 declaration is contradicted by valid UTF-8.
		return strings.TrimPrefix(string(raw), "\uFEFF"), nil
	}
	if name == "utf-8" {
		body := bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
		if utf8.Valid(body) {
			return string(body), nil
		}
		enc = charmap.Windows1252
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return "", fmt.Errorf("undecodable as %s: %w", name, err)
	}
	return strings.TrimPrefix(string(out), "\uFEFF"), nil
}

func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) ||
		bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) || bytes.HasPrefix(raw, []byte{0xFE, 0xFF})
}

// charsetParam returns the charset parameter of a Content-Type value.
func charsetParam(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return ""
	}
	return params["charset"]
}

func isUTF8Label(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	return l == "utf-8" || l == "utf8"
}

// decodeLabel decodes raw from the encoding a charset label names (WHATWG
// labels, as browsers read them).
func decodeLabel(label string, raw []byte) ([]byte, error) {
	enc, name := charset.Lookup(label)
	if enc == nil {
		return nil, fmt.Errorf("unknown charset %q", label)
	}
	if enc == encoding.Nop || name == "utf-8" {
		return raw, nil
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return nil, fmt.Errorf("undecodable as %s: %w", name, err)
	}
	return out, nil
}

// ErrBadJSONLine is the error of a JSON Lines line that is not an article
// object.
var ErrBadJSONLine = errors.New("malformed JSON line")

// jsonLine is one JSON Lines article.
type jsonLine struct {
	ID    string `json:"id"`
	Text  string `json:"text"`
	Title string `json:"title"`
	URL   string `json:"url"`
	HTML  string `json:"html"`
}

// jsonLineArticle reads {"id","text"} or {"id","url","html"} (a "title"
// field is used when present).
func jsonLineArticle(source string, raw []byte) (Article, error) {
	var l jsonLine
	dec := json.NewDecoder(bytes.NewReader(raw))
	if err := dec.Decode(&l); err != nil {
		return Article{}, fmt.Errorf("%w: %v", ErrBadJSONLine, err)
	}
	if dec.More() {
		return Article{}, fmt.Errorf("%w: more than one value on the line", ErrBadJSONLine)
	}
	var a Article
	var err error
	switch {
	case l.Text != "":
		a, err = NewArticle(source, []byte(l.Text))
	case l.HTML != "":
		a, err = HTMLArticle(source, []byte(l.HTML), "text/html; charset=utf-8")
	default:
		return Article{}, fmt.Errorf("%w: neither \"text\" nor \"html\" is set", ErrBadJSONLine)
	}
	if err != nil {
		return Article{}, err
	}
	if l.Title != "" {
		a.Title = l.Title
	}
	return a, nil
}
