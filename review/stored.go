package review

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/racex/racex/schema"
	"github.com/racex/racex/store"
)

// ErrNoRecord is a stored document without a record: still pending, or
// failed in extraction. Handlers answer it with 409.
var ErrNoRecord = errors.New("no record stored for this document")

// Stored serves the documents of a `racex ingest` store: the
// article text and the record stored for it, by document id (the hex
// SHA-256 of the text). Hand annotations are read from and written to a
// separate directory, when one is given, as NAME.gold.json where NAME is
// the base name of the document's source without its extension
// ("archive.tar.gz:news/race.txt" gives race), the pairing `racex eval`
// uses; without that directory the store is read-only.
type Stored struct {
	st    *store.Store
	golds *goldFiles // nil: no annotations

	mu      sync.Mutex
	records map[string]*schema.Record // parsed records, by id: a stored record does not change
}

// OpenStored serves st, a SQLite or PostgreSQL store; goldDir ("" for
// none) holds the annotations.
func OpenStored(st *store.Store, goldDir string) (*Stored, error) {
	s := &Stored{st: st, records: map[string]*schema.Record{}}
	if goldDir != "" {
		info, err := os.Stat(goldDir)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			return nil, fmt.Errorf("%s: not a directory", goldDir)
		}
		root, err := os.OpenRoot(goldDir)
		if err != nil {
			return nil, err
		}
		s.golds = newGoldFiles(root)
	}
	return s, nil
}

// Close releases the annotation directory (the store is the caller's).
func (s *Stored) Close() error {
	if s.golds != nil {
		return s.golds.root.Close()
	}
	return nil
}

// IDs lists every stored document, pending and failed ones too (they show
// in the list with the reason they have no record), in source order.
func (s *Stored) IDs(ctx context.Context) ([]string, error) { return s.st.DocIDs(ctx) }

var hexID = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Doc reads one document and its record, and its annotation when there is
// an annotation directory.
func (s *Stored) Doc(ctx context.Context, id string) (*Document, error) {
	if !hexID.MatchString(id) {
		return nil, ErrNotFound
	}
	sd, err := s.st.Document(ctx, id)
	if errors.Is(err, store.ErrNotStored) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	source, text := sd.Source, sd.Text
	if sd.Record == nil {
		if sd.Error != "" {
			return nil, fmt.Errorf("%s: %w (%s: %s)", source, ErrNoRecord, sd.Status, sd.Error)
		}
		return nil, fmt.Errorf("%s: %w (%s)", source, ErrNoRecord, sd.Status)
	}
	s.mu.Lock()
	rec := s.records[id]
	s.mu.Unlock()
	if rec == nil {
		rec = &schema.Record{}
		if err := json.Unmarshal(sd.Record, rec); err != nil {
			return nil, fmt.Errorf("%s: stored record: %w", source, err)
		}
		fillLists(rec)
		s.mu.Lock()
		s.records[id] = rec
		s.mu.Unlock()
	}
	d := &Document{ID: id, Source: source, Text: text, Record: rec}
	if name := goldName(source); s.golds != nil && name != "" {
		d.GoldFile = name
		d.Gold, d.GoldProblems = s.golds.read(name)
	}
	return d, nil
}

// SaveGold writes the annotation to the annotation directory.
func (s *Stored) SaveGold(ctx context.Context, id string, gold *schema.Record) error {
	if s.golds == nil {
		return fmt.Errorf("%w: start racex serve with --gold DIR to keep annotations of stored documents", ErrReadOnly)
	}
	d, err := s.Doc(ctx, id)
	if err != nil {
		return err
	}
	name := goldName(d.Source)
	if name == "" {
		return fmt.Errorf("%w: source %q gives no file name for an annotation", ErrReadOnly, d.Source)
	}
	return s.golds.write(name, gold)
}

// goldName is NAME.gold.json for a source: its base name (after the last
// "/" or ":" of an archive member) without its extension.
func goldName(source string) string {
	base := source[strings.LastIndexAny(source, "/:\\")+1:]
	base = strings.TrimSuffix(base, path.Ext(base))
	if base == "" || base == "." || base == ".." || strings.HasPrefix(base, ".") {
		return ""
	}
	return base + ".gold.json"
}
