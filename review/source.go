// Package review owns `racex serve`: the review page where a data desk checks
// an extraction against the article and its hand annotation, corrects the
// annotation, and the HTTP extraction API beside it.
package review

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
)

// Errors a Source returns; handlers map them to status codes.
var (
	ErrNotFound = errors.New("no such document")
	ErrReadOnly = errors.New("this source cannot store annotations")
	// ErrForbidden is a file the source will not read: a symbolic link
	// leading outside the served directory, or a file without permission.
	ErrForbidden = errors.New("refused: outside the served directory or not readable")
)

// Document is one article with its extracted record and, when one exists,
// its hand annotation.
type Document struct {
	// ID names the document in URLs: NAME (the path below the served
	// directory without ".txt") in a directory.
	ID     string
	Source string
	Text   string
	Record *schema.Record
	// Gold is the hand annotation, nil when there is none.
	Gold *schema.Record
	// GoldProblems says why an annotation file could not be used (invalid
	// JSON or schema); Gold is then nil.
	GoldProblems []string
	// GoldFile names the annotation file for people ("race.gold.json"),
	// "" when the document cannot have one.
	GoldFile string
}

// Source is where the review server finds documents: a directory of
// articles, or a store.
type Source interface {
	// IDs lists every document, in a stable order.
	IDs(ctx context.Context) ([]string, error)
	// Doc returns one document; ErrNotFound when there is none by that id.
	Doc(ctx context.Context, id string) (*Document, error)
	// SaveGold stores a hand annotation for a document; ErrReadOnly when the
	// source cannot.
	SaveGold(ctx context.Context, id string, gold *schema.Record) error
}

// Dir serves the NAME.txt articles below a directory, each with an
// optional NAME.gold.json annotation beside it. Records are extracted on
// first use and cached until the article file changes. Every file access
// goes through an os.Root, so neither "..", absolute paths nor symbolic
// links can reach outside the directory.
type Dir struct {
	root    *os.Root
	display string
	p       *extract.Pipeline

	mu    sync.Mutex
	cache map[string]cached
	golds *goldFiles
}

// cachedGold is a parsed annotation file, kept until the file changes
// (validating it against the schema costs more than serving the page).
type cachedGold struct {
	size     int64
	modTime  time.Time
	gold     *schema.Record
	problems []string
}

type cached struct {
	size    int64
	modTime time.Time
	text    string
	source  string
	record  *schema.Record
}

// OpenDir opens dir for serving, extracting with p.
func OpenDir(dir string, p *extract.Pipeline) (*Dir, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", dir)
	}
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, err
	}
	return &Dir{root: root, display: dir, p: p, cache: map[string]cached{}, golds: newGoldFiles(root)}, nil
}

// Close releases the directory.
func (d *Dir) Close() error { return d.root.Close() }

// IDs lists NAME for every NAME.txt below the directory, in lexical order.
// Symbolic links to directories are not followed.
func (d *Dir) IDs(ctx context.Context) ([]string, error) {
	var ids []string
	err := fs.WalkDir(d.root.FS(), ".", func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == "." {
				return err
			}
			return nil // an unreadable subdirectory hides only itself
		}
		if err := ctx.Err(); err != nil {
			return err
		}
		if e.IsDir() && p != "." && strings.HasPrefix(e.Name(), ".") {
			return fs.SkipDir
		}
		if !e.IsDir() && strings.HasSuffix(p, ".txt") && !strings.HasPrefix(e.Name(), ".") {
			ids = append(ids, strings.TrimSuffix(p, ".txt"))
		}
		return nil
	})
	sort.Strings(ids)
	return ids, err
}

// checkID rejects ids that are not clean relative paths below the root
// (os.Root would refuse them too; this gives a clear not-found instead).
func checkID(id string) error {
	if id == "" || !fs.ValidPath(id) || strings.ContainsAny(id, "\\\x00") || path.IsAbs(id) {
		return ErrNotFound
	}
	return nil
}

// Doc reads NAME.txt, extracts it (or takes the cached record) and reads
// NAME.gold.json when it exists.
func (d *Dir) Doc(ctx context.Context, id string) (*Document, error) {
	if err := checkID(id); err != nil {
		return nil, err
	}
	c, err := d.article(id)
	if err != nil {
		return nil, err
	}
	doc := &Document{ID: id, Source: c.source, Text: c.text, Record: c.record, GoldFile: id + ".gold.json"}
	doc.Gold, doc.GoldProblems = d.golds.read(id + ".gold.json")
	return doc, nil
}

// goldFiles reads and writes annotation files below a root, keeping each
// parsed file until it changes (validating against the schema costs more
// than serving a page).
type goldFiles struct {
	root  *os.Root
	mu    sync.Mutex
	cache map[string]cachedGold
}

func newGoldFiles(root *os.Root) *goldFiles {
	return &goldFiles{root: root, cache: map[string]cachedGold{}}
}

// read returns the annotation in file name, nil when there is none, or the
// problems that make it unusable. It hands out a copy, so callers may
// change what they get.
func (g *goldFiles) read(name string) (*schema.Record, []string) {
	info, err := g.root.Stat(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []string{fmt.Sprintf("%s: %v", name, err)}
	}
	g.mu.Lock()
	c, ok := g.cache[name]
	g.mu.Unlock()
	if !ok || c.size != info.Size() || !c.modTime.Equal(info.ModTime()) {
		raw, err := g.root.ReadFile(name)
		if err != nil {
			return nil, []string{fmt.Sprintf("%s: %v", name, err)}
		}
		c = cachedGold{size: info.Size(), modTime: info.ModTime()}
		c.gold, c.problems = ParseGold(raw)
		g.mu.Lock()
		g.cache[name] = c
		g.mu.Unlock()
	}
	return clone(c.gold), c.problems
}

// write saves an annotation to file name (see writeGold).
func (g *goldFiles) write(name string, gold *schema.Record) error {
	err := writeGold(g.root, name, gold)
	g.mu.Lock()
	delete(g.cache, name)
	g.mu.Unlock()
	return err
}

// ParseGold reads a hand annotation, returning the schema's problems
// (with JSON pointers) instead of a record when it is not valid.
func ParseGold(raw []byte) (*schema.Record, []string) {
	if probs := schema.Validate(raw); len(probs) > 0 {
		out := make([]string, len(probs))
		for i, p := range probs {
			out[i] = p.String()
		}
		return nil, out
	}
	var r schema.Record
	if err := json.Unmarshal(raw, &r); err != nil {
		return nil, []string{err.Error()}
	}
	fillLists(&r)
	return &r, nil
}

func (d *Dir) article(id string) (cached, error) {
	name := id + ".txt"
	f, err := d.root.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return cached{}, ErrNotFound
		}
		return cached{}, fmt.Errorf("%s: %w (%v)", name, ErrForbidden, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return cached{}, err
	}
	if info.IsDir() {
		return cached{}, ErrNotFound
	}
	d.mu.Lock()
	c, ok := d.cache[id]
	d.mu.Unlock()
	if ok && c.size == info.Size() && c.modTime.Equal(info.ModTime()) {
		return c, nil
	}
	raw, err := io.ReadAll(io.LimitReader(f, corpus.MaxFileBytes+1))
	if err != nil {
		return cached{}, fmt.Errorf("%s: %w", name, err)
	}
	if len(raw) > corpus.MaxFileBytes {
		return cached{}, fmt.Errorf("%s: larger than %d bytes", name, corpus.MaxFileBytes)
	}
	source := filepath.ToSlash(filepath.Join(d.display, filepath.FromSlash(name)))
	a, err := corpus.NewArticle(source, raw)
	if err != nil {
		return cached{}, fmt.Errorf("%s: %w", name, err)
	}
	rec := d.p.Extract(extract.Input{Source: a.Source, Text: a.Text})
	c = cached{size: info.Size(), modTime: info.ModTime(), text: a.Text, source: a.Source, record: rec}
	d.mu.Lock()
	d.cache[id] = c
	d.mu.Unlock()
	return c, nil
}

// SaveGold writes NAME.gold.json atomically: the annotation is validated
// against the schema, written to a temporary file in the same directory,
// synced, and renamed over the old one, all through the root.
func (d *Dir) SaveGold(ctx context.Context, id string, gold *schema.Record) error {
	if err := checkID(id); err != nil {
		return err
	}
	if _, err := d.root.Stat(id + ".txt"); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return ErrNotFound
		}
		return err
	}
	return d.golds.write(id+".gold.json", gold)
}

// writeGold validates gold and writes it to name below root atomically: a
// temporary file in the same directory, synced, then renamed over name.
func writeGold(root *os.Root, name string, gold *schema.Record) error {
	data, err := EncodeGold(gold)
	if err != nil {
		return err
	}
	tmp := path.Join(path.Dir(name), fmt.Sprintf(".%s.%d.tmp", path.Base(name), time.Now().UnixNano()))
	f, err := root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = root.Rename(tmp, name)
	}
	if err != nil {
		root.Remove(tmp)
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

// InvalidError is a record that breaks the schema.
type InvalidError struct{ Problems []string }

func (e *InvalidError) Error() string {
	return "annotation is not valid record-v1: " + strings.Join(e.Problems, "; ")
}

// EncodeGold turns an annotation into the indented JSON of a
// NAME.gold.json file: no doc, no entities, every list present. It fails
// with an *InvalidError when the result would not validate.
func EncodeGold(gold *schema.Record) ([]byte, error) {
	g := *gold
	g.SchemaVersion = schema.Version
	g.Doc = nil
	g.Entities = nil
	fillLists(&g)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(&g); err != nil {
		return nil, err
	}
	if probs := schema.Validate(buf.Bytes()); len(probs) > 0 {
		e := &InvalidError{}
		for _, p := range probs {
			e.Problems = append(e.Problems, p.String())
		}
		return nil, e
	}
	return buf.Bytes(), nil
}

// fillLists makes every list non-nil so that it encodes as [].
func fillLists(r *schema.Record) {
	if r.Events == nil {
		r.Events = []schema.Event{}
	}
	if r.People == nil {
		r.People = []schema.Person{}
	}
	if r.Organizations == nil {
		r.Organizations = []schema.Org{}
	}
	if r.Charities == nil {
		r.Charities = []schema.Charity{}
	}
	if r.Places == nil {
		r.Places = []schema.Place{}
	}
	if r.Results == nil {
		r.Results = []schema.Result{}
	}
	if r.Fundraising == nil {
		r.Fundraising = []schema.Fundraising{}
	}
	if r.Quantities == nil {
		r.Quantities = []schema.Quantity{}
	}
	for i := range r.People {
		r.People[i].Aliases = nonNil(r.People[i].Aliases)
	}
	for i := range r.Events {
		r.Events[i].Aliases = nonNil(r.Events[i].Aliases)
	}
	for i := range r.Organizations {
		r.Organizations[i].Aliases = nonNil(r.Organizations[i].Aliases)
	}
	for i := range r.Charities {
		r.Charities[i].Aliases = nonNil(r.Charities[i].Aliases)
	}
	for i := range r.Places {
		r.Places[i].Aliases = nonNil(r.Places[i].Aliases)
	}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
