package review

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path"
	"regexp"
	"strings"
	"sync"

	"github.com/racex/racex/schema"
)

// ErrNoRecord is a stored document without a record: still pending, or
// failed in extraction. Handlers answer it with 409.
var ErrNoRecord = errors.New("no record stored for this document")

// Stored serves the documents of a `racex ingest` SQLite store: the
// article text and the record stored for it, by document id (the hex
// SHA-256 of the text). Hand annotations are read from and written to a
// separate directory, when one is given, as NAME.gold.json where NAME is
// the base name of the document's source without its extension
// ("archive.tar.gz:news/race.txt" gives race), the pairing `racex eval`
// uses; without that directory the store is read-only.
type Stored struct {
	db    *sql.DB
	golds *goldFiles // nil: no annotations

	mu      sync.Mutex
	records map[string]*schema.Record // parsed records, by id: a stored record does not change
}

// OpenStored serves db, the database of a store (store.Store.DB); goldDir
// ("" for none) holds the annotations.
func OpenStored(db *sql.DB, goldDir string) (*Stored, error) {
	s := &Stored{db: db, records: map[string]*schema.Record{}}
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

// Close releases the annotation directory (the database is the caller's).
func (s *Stored) Close() error {
	if s.golds != nil {
		return s.golds.root.Close()
	}
	return nil
}

// IDs lists every stored document, pending and failed ones too (they show
// in the list with the reason they have no record), in source order.
func (s *Stored) IDs(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id FROM documents ORDER BY source, id")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

var hexID = regexp.MustCompile(`^[0-9a-f]{64}$`)

// Doc reads one document and its record, and its annotation when there is
// an annotation directory.
func (s *Stored) Doc(ctx context.Context, id string) (*Document, error) {
	if !hexID.MatchString(id) {
		return nil, ErrNotFound
	}
	var source, title, status, reason, text string
	var record sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT d.source, d.title, d.status, d.error, d.text, r.record
		FROM documents d LEFT JOIN records r ON r.doc_id = d.id WHERE d.id = ?`, id).
		Scan(&source, &title, &status, &reason, &text, &record)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if !record.Valid {
		if reason != "" {
			return nil, fmt.Errorf("%s: %w (%s: %s)", source, ErrNoRecord, status, reason)
		}
		return nil, fmt.Errorf("%s: %w (%s)", source, ErrNoRecord, status)
	}
	s.mu.Lock()
	rec := s.records[id]
	s.mu.Unlock()
	if rec == nil {
		rec = &schema.Record{}
		if err := json.Unmarshal([]byte(record.String), rec); err != nil {
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
