// Package store keeps ingested articles, their records, flat fact tables and errors in SQLite (the default) or PostgreSQL, and hands out pending work exactly once.
package store

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // the "sqlite" database/sql driver, pure Go

	"github.com/racex/racex/schema"
)

// The store's life cycle of a document (documents.status):
//
//	pending  registered: its text is in the store, no record yet
//	done     its record and facts are stored
//	failed   extraction failed; documents.error and the errors table say why
//
// An ingest first registers every article it reads (INSERT ... ON CONFLICT
// DO NOTHING on the content hash, so an article is registered once however
// often it is read), then claims pending documents in small batches,
// extracts them and finishes each batch in one transaction that writes the
// records, the facts and the status together. A process killed at any
// moment leaves each document either pending (and claimed again by the next
// run) or done with all its rows: never half an article.
//
// With PostgreSQL, a claim is SELECT ... FOR UPDATE SKIP LOCKED inside the
// batch's transaction, so any number of processes on any number of machines
// share the pending documents without a coordinator; a process that dies
// drops its connection, its transaction rolls back and its batch is pending
// again. SQLite serves one process, whose workers share a cursor.

// Statuses of a document.
const (
	StatusPending = "pending"
	StatusDone    = "done"
	StatusFailed  = "failed"
)

// Doc is an article to store.
type Doc struct {
	Seq    int64  // documents.seq: set by the store, ignored by Register
	ID     string // hex SHA-256 of Text
	Source string
	Title  string
	Text   string
}

// Store is an open SQLite or PostgreSQL store. Its methods are safe for
// concurrent use.
type Store struct {
	db *sql.DB
	pg bool

	mu     sync.Mutex // guards cursor (SQLite)
	cursor int64      // last seq claimed (SQLite)

	// prepared holds SQLite's bulk INSERTs, prepared once when the store
	// opens and only read afterwards.
	prepared map[string]*sql.Stmt
}

// OpenSQLite opens (creating it if need be) the SQLite database file path.
func OpenSQLite(path string) (*Store, error) {
	// SQLite says only "unable to open database file" when the folder is
	// missing: say which.
	if dir := filepath.Dir(path); dir != "" {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			return nil, fmt.Errorf("%s: no folder %s to create the database in", path, dir)
		}
	}
	dsn := "file:" + path + "?_pragma=busy_timeout(30000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32768)&_pragma=wal_autocheckpoint(16384)&_pragma=temp_store(memory)&_txlock=immediate"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: SQLite has one writer anyway, and this way the
	// process's own writes never wait on each other's locks.
	db.SetMaxOpenConns(1)
	s := &Store{db: db}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := s.prepareInserts(context.Background()); err != nil {
		s.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// OpenPostgres connects to the PostgreSQL database at url (a postgres://
// URL or a key=value connection string) and creates the tables if need be.
func OpenPostgres(url string) (*Store, error) {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, pg: true}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	return s, nil
}

// Close closes the store.
func (s *Store) Close() error {
	for _, st := range s.prepared {
		st.Close()
	}
	return s.db.Close()
}

// DB gives SQL access to the store, for queries and tests.
func (s *Store) DB() *sql.DB { return s.db }

// schemaSQL creates the tables. Types are written so that both SQLite and
// PostgreSQL read them; the few that differ are filled in by migrate.
const schemaSQL = `
CREATE TABLE IF NOT EXISTS documents (
	seq    {{SEQ}},                    -- 1, 2, 3... in the order registered
	id     TEXT NOT NULL UNIQUE,       -- hex SHA-256 of text: the record's doc.id
	source TEXT NOT NULL,              -- where it was first read
	title  TEXT NOT NULL,              -- headline given by the source, or ''
	status TEXT NOT NULL,              -- pending, done, failed
	error  TEXT NOT NULL DEFAULT '',   -- why it failed
	text   TEXT NOT NULL               -- the decoded article
);
CREATE INDEX IF NOT EXISTS documents_pending ON documents (seq) WHERE status = 'pending';
CREATE TABLE IF NOT EXISTS records (
	doc_id TEXT PRIMARY KEY REFERENCES documents (id),
	record {{JSON}} NOT NULL           -- the record-v1 JSON
);
CREATE TABLE IF NOT EXISTS people (
	doc_seq BIGINT NOT NULL,            -- documents.seq: the key, in the order stored
	doc_id TEXT NOT NULL REFERENCES documents (id),
	n INTEGER NOT NULL,                -- index in the record's people
	name TEXT NOT NULL,
	age INTEGER,
	nationality TEXT,
	hometown TEXT,
	aliases TEXT NOT NULL,             -- joined with '; '
	clubs TEXT NOT NULL,
	roles TEXT NOT NULL,
	PRIMARY KEY (doc_seq, n)
){{WITHOUT_ROWID}};
CREATE TABLE IF NOT EXISTS results (
	doc_seq BIGINT NOT NULL,            -- documents.seq: the key, in the order stored
	doc_id TEXT NOT NULL REFERENCES documents (id),
	n INTEGER NOT NULL,
	event TEXT,
	sex TEXT,
	division TEXT,
	position INTEGER,
	person TEXT,
	time_text TEXT,
	seconds DOUBLE PRECISION,
	PRIMARY KEY (doc_seq, n)
){{WITHOUT_ROWID}};
CREATE TABLE IF NOT EXISTS fundraising (
	doc_seq BIGINT NOT NULL,            -- documents.seq: the key, in the order stored
	doc_id TEXT NOT NULL REFERENCES documents (id),
	n INTEGER NOT NULL,
	person TEXT,
	charity TEXT,
	cause TEXT,
	amount DOUBLE PRECISION,
	currency TEXT,
	status TEXT,
	PRIMARY KEY (doc_seq, n)
){{WITHOUT_ROWID}};
CREATE TABLE IF NOT EXISTS quantities (
	doc_seq BIGINT NOT NULL,            -- documents.seq: the key, in the order stored
	doc_id TEXT NOT NULL REFERENCES documents (id),
	n INTEGER NOT NULL,
	kind TEXT NOT NULL,
	text TEXT NOT NULL,
	value DOUBLE PRECISION,
	unit TEXT,
	norm_value DOUBLE PRECISION,
	norm_unit TEXT,
	qualifier TEXT,
	about TEXT,
	span_start INTEGER,
	span_end INTEGER,
	PRIMARY KEY (doc_seq, n)
){{WITHOUT_ROWID}};
CREATE TABLE IF NOT EXISTS entities (
	doc_seq BIGINT NOT NULL,            -- documents.seq: the key, in the order stored
	doc_id TEXT NOT NULL REFERENCES documents (id),
	n INTEGER NOT NULL,
	text TEXT NOT NULL,
	label TEXT NOT NULL,
	span_start INTEGER NOT NULL,
	span_end INTEGER NOT NULL,
	PRIMARY KEY (doc_seq, n)
){{WITHOUT_ROWID}};
CREATE TABLE IF NOT EXISTS errors (
	source TEXT PRIMARY KEY,           -- a file, archive member, JSON line, WARC record
	reason TEXT NOT NULL,
	time   {{TIME}} NOT NULL
);
`

func (s *Store) migrate(ctx context.Context) error {
	if err := s.checkLayout(ctx); err != nil {
		return err
	}
	ddl := schemaSQL
	if s.pg {
		ddl = strings.NewReplacer("{{JSON}}", "JSON", "{{TIME}}", "TIMESTAMPTZ", "{{WITHOUT_ROWID}}", "", "{{SEQ}}", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY").Replace(ddl)
		// Two processes starting at once must not race to create tables.
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		defer tx.Rollback()
		if _, err := tx.ExecContext(ctx, "SELECT pg_advisory_xact_lock(7317)"); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, ddl); err != nil {
			return err
		}
		return tx.Commit()
	}
	// Fact tables are clustered on their key (doc_seq, n): one b-tree, not
	// a table and an index, to which each batch's rows are appended.
	ddl = strings.NewReplacer("{{JSON}}", "TEXT", "{{TIME}}", "TEXT", "{{WITHOUT_ROWID}}", " WITHOUT ROWID", "{{SEQ}}", "INTEGER PRIMARY KEY").Replace(ddl)
	_, err := s.db.ExecContext(ctx, ddl)
	return err
}

// checkLayout refuses a database whose tables an older racex made: their
// keys differ, and CREATE TABLE IF NOT EXISTS would leave them so.
func (s *Store) checkLayout(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, "SELECT id FROM documents WHERE 1 = 0"); err != nil {
		return nil // no documents table yet: migrate creates it
	}
	if _, err := s.db.ExecContext(ctx, "SELECT seq FROM documents WHERE 1 = 0"); err != nil {
		return errors.New("its tables were made by an older racex (documents has no seq column): ingest into a new database, or drop the tables and ingest again")
	}
	return nil
}

// q turns a query written with ? placeholders into the dialect's.
func (s *Store) q(query string) string {
	if !s.pg {
		return query
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// now is the SQL for the current time.
func (s *Store) now() string {
	if s.pg {
		return "now()"
	}
	return "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
}

type execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// insertChunks are the numbers of rows one INSERT statement carries. Rows
// go in the largest chunks that fit, then smaller ones, so that only a few
// statement texts exist and each is parsed once: SQLite keeps them prepared
// (prepareInserts), pgx caches them per connection. Parsing a new multi-row
// statement for every batch cost as much as inserting its rows.
var insertChunks = []int{128, 32, 8, 1}

// insertRows inserts rows with multi-row VALUES statements: head is one of
// bulkInserts ("INSERT INTO t (a, b)") and vals holds the rows' values one
// after another, cols to a row. Each statement takes its values straight
// from vals.
func (s *Store) insertRows(ctx context.Context, tx *sql.Tx, head string, cols int, vals []any) error {
	if len(vals)%cols != 0 {
		return fmt.Errorf("store: %d values are no whole number of rows of %d for %s", len(vals), cols, head)
	}
	for len(vals) > 0 {
		rows := len(vals) / cols
		k := insertChunks[len(insertChunks)-1]
		for _, c := range insertChunks {
			if c <= rows {
				k = c
				break
			}
		}
		args := vals[:k*cols]
		vals = vals[k*cols:]
		query := s.q(multiInsert(head, cols, k))
		var err error
		if st := s.prepared[query]; st != nil {
			_, err = tx.StmtContext(ctx, st).ExecContext(ctx, args...)
		} else {
			_, err = tx.ExecContext(ctx, query, args...)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// multiInsert returns the text of an INSERT of k rows of cols values.
func multiInsert(head string, cols, k int) string {
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(" VALUES ")
	row := "(" + placeholders(cols) + ")"
	for i := range k {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(row)
	}
	return b.String()
}

// prepareInserts prepares every bulk INSERT in every chunk size on the
// SQLite store's one connection, before any transaction holds it.
func (s *Store) prepareInserts(ctx context.Context) error {
	s.prepared = map[string]*sql.Stmt{}
	for _, head := range bulkInserts {
		for _, k := range insertChunks {
			q := multiInsert(head, columns(head), k)
			st, err := s.db.PrepareContext(ctx, q)
			if err != nil {
				return err
			}
			s.prepared[q] = st
		}
	}
	return nil
}

// querySeqs runs a query that returns an id and a seq per row, and adds
// them to into.
func (s *Store) querySeqs(ctx context.Context, tx execer, into map[string]int64, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var seq int64
		if err := rows.Scan(&id, &seq); err != nil {
			return err
		}
		into[id] = seq
	}
	return rows.Err()
}

// placeholders returns "?,?,...,?" for n values.
func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// Registered says what Register did with a batch of documents.
type Registered struct {
	New     int // not seen before: now pending
	Pending int // registered before and still pending (an interrupted run)
	Done    int // stored, or failed, before: skipped
}

// Register adds documents as pending, in one transaction. A document whose
// id is already in the store is left as it is, and counted by its status.
func (s *Store) Register(ctx context.Context, docs []Doc) (Registered, error) {
	r, _, err := s.RegisterPending(ctx, docs)
	return r, err
}

// RegisterPending registers documents as Register does and also returns
// those of them that are pending now (new, or left pending by an earlier
// run), once each, so that a process that stores alone (SQLite) can
// extract them straight away instead of reading them back. Claim may hand
// the same documents out again; Finish stores each once.
func (s *Store) RegisterPending(ctx context.Context, docs []Doc) (Registered, []Doc, error) {
	var r Registered
	if len(docs) == 0 {
		return r, nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return r, nil, err
	}
	defer tx.Rollback()
	// Rows are inserted in id order, so that two processes registering
	// overlapping batches at once wait for each other in one order and
	// never deadlock.
	docs = slices.Clone(docs)
	slices.SortFunc(docs, func(a, b Doc) int { return strings.Compare(a.ID, b.ID) })
	// The same article may come twice in one batch; insert it once.
	seen := map[string]bool{}
	var rows [][]any
	ids := make([]any, 0, len(docs))
	for _, d := range docs {
		if seen[d.ID] {
			continue
		}
		seen[d.ID] = true
		rows = append(rows, []any{d.ID, d.Source, d.Title, StatusPending, d.Text})
		ids = append(ids, d.ID)
	}
	inserted := map[string]int64{} // id -> seq
	for start := 0; start < len(rows); start += 1000 {
		chunk := rows[start:min(start+1000, len(rows))]
		var b strings.Builder
		b.WriteString("INSERT INTO documents (id, source, title, status, text) VALUES ")
		args := make([]any, 0, 5*len(chunk))
		for i, row := range chunk {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString("(?,?,?,?,?)")
			args = append(args, row...)
		}
		b.WriteString(" ON CONFLICT (id) DO NOTHING RETURNING id, seq")
		if err := s.querySeqs(ctx, tx, inserted, b.String(), args...); err != nil {
			return r, nil, err
		}
	}
	var old []any
	pendingOld := map[string]int64{}
	for _, id := range ids {
		if _, ok := inserted[id.(string)]; !ok {
			old = append(old, id)
		}
	}
	for start := 0; start < len(old); start += 1000 {
		chunk := old[start:min(start+1000, len(old))]
		rows, err := tx.QueryContext(ctx, s.q("SELECT id, seq, status FROM documents WHERE id IN ("+placeholders(len(chunk))+")"), chunk...)
		if err != nil {
			return r, nil, err
		}
		for rows.Next() {
			var id, st string
			var seq int64
			if err := rows.Scan(&id, &seq, &st); err != nil {
				rows.Close()
				return r, nil, err
			}
			if st == StatusPending {
				r.Pending++
				pendingOld[id] = seq
			} else {
				r.Done++
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return r, nil, err
		}
	}
	r.New = len(inserted)
	// Duplicates inside the batch count as skipped.
	r.Done += len(docs) - len(ids)
	if err := tx.Commit(); err != nil {
		return r, nil, err
	}
	var todo []Doc
	for _, d := range docs {
		seq, ok := inserted[d.ID]
		if !ok {
			seq, ok = pendingOld[d.ID]
		}
		if ok {
			d.Seq = seq
			todo = append(todo, d)
			delete(inserted, d.ID)
			delete(pendingOld, d.ID)
		}
	}
	return r, todo, nil
}

// ErrorRow is one source that could not be read or extracted.
type ErrorRow struct {
	Source string
	Reason string
}

// AddErrors records errors, one row per source: reading the same bad
// source again replaces its row rather than adding one.
func (s *Store) AddErrors(ctx context.Context, errs []ErrorRow) error {
	if len(errs) == 0 {
		return nil
	}
	return s.addErrors(ctx, s.db, errs)
}

func (s *Store) addErrors(ctx context.Context, tx execer, errs []ErrorRow) error {
	errs = slices.Clone(errs)
	slices.SortStableFunc(errs, func(a, b ErrorRow) int { return strings.Compare(a.Source, b.Source) })
	last := map[string]int{}
	for i, e := range errs {
		last[e.Source] = i
	}
	var b strings.Builder
	b.WriteString("INSERT INTO errors (source, reason, time) VALUES ")
	var args []any
	n := 0
	for i, e := range errs {
		if last[e.Source] != i {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		n++
		b.WriteString("(?,?," + s.now() + ")")
		args = append(args, e.Source, e.Reason)
	}
	b.WriteString(" ON CONFLICT (source) DO UPDATE SET reason = excluded.reason, time = excluded.time")
	_, err := tx.ExecContext(ctx, s.q(b.String()), args...)
	return err
}

// Pending returns how many documents wait for extraction.
func (s *Store) Pending(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM documents WHERE status = 'pending'").Scan(&n)
	return n, err
}

// Batch is a set of claimed documents. Finish or Abort it.
type Batch struct {
	Docs []Doc
	s    *Store
	tx   *sql.Tx // PostgreSQL: the claim's transaction, holding the row locks
}

// Claim takes up to n pending documents that no one else holds. An empty
// batch means there is no pending work left (for this process: SQLite
// hands each pending document out once per Store).
func (s *Store) Claim(ctx context.Context, n int) (*Batch, error) {
	if s.pg {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return nil, err
		}
		docs, err := s.scanDocs(ctx, tx, "SELECT seq, id, source, title, text FROM documents WHERE status = 'pending' ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED", n)
		if err != nil || len(docs) == 0 {
			tx.Rollback()
			return &Batch{s: s}, err
		}
		return &Batch{Docs: docs, s: s, tx: tx}, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	docs, err := s.scanDocs(ctx, s.db, "SELECT seq, id, source, title, text FROM documents WHERE status = 'pending' AND seq > ? ORDER BY seq LIMIT ?", s.cursor, n)
	if err != nil {
		return nil, err
	}
	if len(docs) > 0 {
		s.cursor = docs[len(docs)-1].Seq
	}
	return &Batch{Docs: docs, s: s}, nil
}

func (s *Store) scanDocs(ctx context.Context, tx execer, query string, args ...any) ([]Doc, error) {
	rows, err := tx.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var docs []Doc
	for rows.Next() {
		var d Doc
		if err := rows.Scan(&d.Seq, &d.ID, &d.Source, &d.Title, &d.Text); err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, rows.Err()
}

// Result is the outcome of extracting one claimed document: its record as
// JSON with the record itself (for the fact tables), or why it failed.
type Result struct {
	ID     string
	Source string
	JSON   []byte
	Record *schema.Record
	Err    string
}

// Postgres reports whether the store is PostgreSQL, where batches must be
// finished by the claims that hold them; SQLite results may be gathered
// from several claims and saved together (Save).
func (s *Store) Postgres() bool { return s.pg }

// Save stores results of documents claimed earlier, as Finish does, in one
// transaction. With SQLite, one writer saving the results of all workers in
// larger transactions keeps the store off the workers' backs.
func (s *Store) Save(ctx context.Context, results []Result) (stored int, err error) {
	return (&Batch{s: s}).Finish(ctx, results)
}

// Finish stores the batch's results in one transaction: each document goes
// from pending to done (with its record and facts) or failed (with an
// errors row). A document that is no longer pending (another process
// finished it) is left alone. It returns how many records it stored.
func (b *Batch) Finish(ctx context.Context, results []Result) (stored int, err error) {
	s := b.s
	tx := b.tx
	b.tx = nil
	if tx == nil {
		if tx, err = s.db.BeginTx(ctx, nil); err != nil {
			return 0, err
		}
	}
	defer tx.Rollback()
	var okIDs, failed []any
	var errs []ErrorRow
	byID := map[string]Result{}
	for _, r := range results {
		byID[r.ID] = r
		if r.Err != "" {
			failed = append(failed, r.ID)
			errs = append(errs, ErrorRow{r.Source, r.Err})
		} else {
			okIDs = append(okIDs, r.ID)
		}
	}
	mine := map[string]int64{} // id -> seq of the documents this transaction stores
	if len(okIDs) > 0 {
		err = s.querySeqs(ctx, tx, mine, "UPDATE documents SET status = 'done' WHERE status = 'pending' AND id IN ("+placeholders(len(okIDs))+") RETURNING id, seq", okIDs...)
		if err != nil {
			return 0, err
		}
	}
	for _, id := range failed {
		r := byID[id.(string)]
		if _, err := tx.ExecContext(ctx, s.q("UPDATE documents SET status = 'failed', error = ? WHERE status = 'pending' AND id = ?"), r.Err, r.ID); err != nil {
			return 0, err
		}
	}
	if len(errs) > 0 {
		if err := s.addErrors(ctx, tx, errs); err != nil {
			return 0, err
		}
	}
	var recs []any
	var facts factRows
	// In seq order, the order documents were registered in: the fact
	// tables are keyed by seq, so rows are appended to their b-trees
	// rather than scattered through them (which cost twice as much).
	ids := slices.SortedFunc(maps.Keys(mine), func(a, b string) int { return cmp.Compare(mine[a], mine[b]) })
	for _, id := range ids {
		r := byID[id]
		recs = append(recs, id, string(r.JSON))
		facts.add(mine[id], id, r.Record)
	}
	if err := s.insertRows(ctx, tx, insertRecords, columns(insertRecords), recs); err != nil {
		return 0, err
	}
	if err := facts.insert(ctx, s, tx); err != nil {
		return 0, err
	}
	if err := tx.Commit(); err != nil {
		return 0, err
	}
	return len(mine), nil
}

// Abort gives the batch back: its documents stay pending and are claimed
// again.
func (b *Batch) Abort() {
	if b.tx != nil {
		b.tx.Rollback()
		b.tx = nil
		return
	}
	// SQLite: start the cursor over. Documents other workers hold are
	// still pending and may be handed out twice; Finish stores each once.
	b.s.mu.Lock()
	b.s.cursor = 0
	b.s.mu.Unlock()
}

// Counts are the store's totals.
type Counts struct {
	Documents, Pending, Done, Failed, Errors int
}

// Count returns the store's totals.
func (s *Store) Count(ctx context.Context) (Counts, error) {
	var c Counts
	rows, err := s.db.QueryContext(ctx, "SELECT status, count(*) FROM documents GROUP BY status")
	if err != nil {
		return c, err
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			return c, err
		}
		c.Documents += n
		switch st {
		case StatusPending:
			c.Pending = n
		case StatusDone:
			c.Done = n
		case StatusFailed:
			c.Failed = n
		}
	}
	if err := rows.Err(); err != nil {
		return c, err
	}
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM errors").Scan(&c.Errors)
	return c, err
}

// Export writes every stored record to w as JSON Lines, in the order of
// the documents' sources, and returns how many it wrote.
func (s *Store) Export(ctx context.Context, w io.Writer) (int, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT r.record FROM records r JOIN documents d ON d.id = r.doc_id ORDER BY d.source, d.id")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var rec string
		if err := rows.Scan(&rec); err != nil {
			return n, err
		}
		rec = strings.TrimRight(rec, "\n")
		if _, err := io.WriteString(w, rec+"\n"); err != nil {
			return n, err
		}
		n++
	}
	return n, rows.Err()
}

// DocIDs returns the id of every document, pending and failed ones too, in
// the order of their sources.
func (s *Store) DocIDs(ctx context.Context) ([]string, error) {
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

// Stored is a document as the store holds it.
type Stored struct {
	Doc
	Status string // pending, done, failed
	Error  string // why it failed
	Record []byte // the record-v1 JSON; nil when there is none
}

// ErrNotStored is returned for an id no document has.
var ErrNotStored = errors.New("no such document")

// Document returns the document id with its record, if it has one.
func (s *Store) Document(ctx context.Context, id string) (Stored, error) {
	var d Stored
	var record sql.NullString
	err := s.db.QueryRowContext(ctx, s.q(`SELECT d.seq, d.id, d.source, d.title, d.status, d.error, d.text, r.record
		FROM documents d LEFT JOIN records r ON r.doc_id = d.id WHERE d.id = ?`), id).
		Scan(&d.Seq, &d.ID, &d.Source, &d.Title, &d.Status, &d.Error, &d.Text, &record)
	if errors.Is(err, sql.ErrNoRows) {
		return d, ErrNotStored
	}
	if err != nil {
		return d, err
	}
	if record.Valid {
		d.Record = []byte(record.String)
	}
	return d, nil
}

// ErrNoStore is returned when a store location is missing.
var ErrNoStore = errors.New("no store given")
