package corpus

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"mime"
	"net/http/httputil"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/nlnwa/gowarc/v3"
)

// DefaultMaxBytes is the default bound on one article's raw size (a file,
// an archive member, a JSON line, a WARC payload). A news report is tens
// of kilobytes and a full results listing a few megabytes; extracting a
// 4 MiB text took about 18 s and 850 MiB of memory (racex extract on a
// 2-core machine), so a larger member in an archive is more likely a
// mistake than an article, and would hold up a worker.
const DefaultMaxBytes = 4 << 20

// Format says how an Item's raw bytes are to be read.
type Format int

// Item formats.
const (
	// FormatText is a plain-text article.
	FormatText Format = iota
	// FormatHTML is a web page; its main text is extracted.
	FormatHTML
	// FormatJSONLine is one JSON Lines object: {"id","text"} or
	// {"id","url","html"}.
	FormatJSONLine
)

// Item is one member of a source: an article still in its raw form, an
// error saying why a member could not be read, or a member passed over
// because it is not an article at all (Ignored).
//
// Items are cheap to produce; the costly part of reading an article (HTML
// main-text extraction, decoding) happens in Article, so that callers can
// run it on many goroutines.
type Item struct {
	// Source names the member: a path, "archive.tar.gz:dir/member.txt",
	// "feed.jsonl:17" (line 17), "crawl.warc.gz:https://example.com/page".
	Source string
	Format Format
	// Raw holds the member's bytes, at most Options.MaxBytes of them.
	Raw []byte
	// ContentType is the HTTP Content-Type the member came with ("" when
	// there was none); its charset parameter is honoured.
	ContentType string
	// Err says why the member could not be read: it was too large, the
	// archive was truncated, the file could not be opened. Raw is nil.
	Err error
	// Ignored gives the reason a member was passed over without being an
	// error (a .json or image file in a directory, a WARC request record):
	// it is not an article. Raw is nil.
	Ignored string
}

// Article decodes the item into an article: text through Decode, HTML
// through the main-content extractor, a JSON line through its fields.
func (it Item) Article() (Article, error) {
	if it.Err != nil {
		return Article{}, it.Err
	}
	switch it.Format {
	case FormatHTML:
		return HTMLArticle(it.Source, it.Raw, it.ContentType)
	case FormatJSONLine:
		return jsonLineArticle(it.Source, it.Raw)
	default:
		return textArticle(it.Source, it.Raw, it.ContentType)
	}
}

// textArticle decodes plain text, honouring a charset the HTTP header
// names; otherwise Decode's rules (BOM, UTF-8, else Windows-1252) apply.
func textArticle(source string, raw []byte, contentType string) (Article, error) {
	if cs := charsetParam(contentType); cs != "" && !isUTF8Label(cs) && !hasBOM(raw) {
		b, err := decodeLabel(cs, raw)
		if err != nil {
			return Article{}, err
		}
		raw = b
	}
	return NewArticle(source, raw)
}

// ErrTooLarge is the error of a member larger than Options.MaxBytes.
var ErrTooLarge = errors.New("too large")

// ErrTruncated is the error of an archive that ends in the middle.
var ErrTruncated = errors.New("archive is truncated or corrupt")

// Options control reading sources.
type Options struct {
	// MaxBytes bounds one member's raw size; a larger member is an error
	// item. 0 means DefaultMaxBytes.
	MaxBytes int64
	// Read, when not nil, is told of every n bytes read from the source
	// files (compressed bytes for a compressed archive), as they are read,
	// on the goroutine ranging over Items: progress against Size.
	Read func(n int64)
	// Stdin is what the path "-" reads; nil means os.Stdin.
	Stdin io.Reader
}

func (o Options) max() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Items streams the members of every source named by paths: a directory
// stands for every file below it (recursively, in lexical order); a file is
// read by its name: .tar, .tar.gz/.tgz, .zip, .jsonl/.ndjson, .warc,
// .warc.gz, .html/.htm, any other .gz (decompressed, then read by the rest
// of its name) and, for anything else, plain text; "-" is standard input,
// read as the kind its first bytes show (see Sniff). Inside directories and
// archives, members with a name that says they are not articles (.json,
// images, scripts; see Ignorable) are passed over as Ignored items; a file
// named explicitly is always read.
//
// Nothing is read whole into memory: archives are streamed member by member
// (a .zip through its central directory), and each member is bounded by
// Options.MaxBytes. A bad member, or a source that cannot be opened, is an
// item with Err set, and reading goes on with the next one.
func Items(paths []string, opt Options) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		w := &walker{opt: opt, yield: yield}
		for _, p := range paths {
			if !w.path(p, true) {
				return
			}
		}
	}
}

type walker struct {
	opt   Options
	yield func(Item) bool
}

// emit passes one item on; false means the consumer stopped.
func (w *walker) emit(it Item) bool { return w.yield(it) }

func (w *walker) fail(source string, err error) bool {
	return w.emit(Item{Source: source, Err: err})
}

// path reads a file or directory from disk, or standard input for "-".
func (w *walker) path(p string, explicit bool) bool {
	if p == Stdin && explicit {
		return w.stdin()
	}
	info, err := os.Stat(p)
	if err != nil {
		return w.fail(p, err)
	}
	if !info.IsDir() {
		return w.file(p, explicit)
	}
	var files []string
	err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			// An unreadable subdirectory is reported and skipped.
			if !w.fail(q, err) {
				return fs.SkipAll
			}
			return nil
		}
		if d.Type().IsRegular() {
			files = append(files, q)
		}
		return nil
	})
	if err != nil {
		return w.fail(p, err)
	}
	sort.Strings(files)
	for _, f := range files {
		if !w.file(f, false) {
			return false
		}
	}
	return true
}

func (w *walker) file(p string, explicit bool) bool {
	if !explicit {
		if why := Ignorable(p); why != "" {
			return w.emit(Item{Source: p, Ignored: why})
		}
	}
	f, err := os.Open(p)
	if err != nil {
		return w.fail(p, err)
	}
	defer f.Close()
	if kindOf(p) == kindZip {
		info, err := f.Stat()
		if err != nil {
			return w.fail(p, err)
		}
		var ra io.ReaderAt = f
		if w.opt.Read != nil {
			ra = countingReaderAt{f, w.opt.Read}
		}
		return w.zip(p, ra, info.Size())
	}
	var r io.Reader = f
	if w.opt.Read != nil {
		r = countingReader{f, w.opt.Read}
	}
	return w.stream(p, p, r)
}

// countingReader and countingReaderAt tell Options.Read what they read.
type countingReader struct {
	r    io.Reader
	read func(int64)
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read(int64(n))
	return n, err
}

type countingReaderAt struct {
	r    io.ReaderAt
	read func(int64)
}

func (c countingReaderAt) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.read(int64(n))
	return n, err
}

// Size returns how many bytes of files Items reads for paths: the files
// named, and the files below the directories named, less those Items
// passes over as not articles. Reading them all takes Options.Read to
// about this total (a zip's directory is read twice, a truncated archive
// not to its end). Files that cannot be read count nothing.
func Size(paths []string) int64 {
	var total int64
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !info.IsDir() {
			total += info.Size()
			continue
		}
		filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil || !d.Type().IsRegular() || Ignorable(q) != "" {
				return nil
			}
			if info, err := d.Info(); err == nil {
				total += info.Size()
			}
			return nil
		})
	}
	return total
}

type kind int

const (
	kindText kind = iota
	kindHTML
	kindJSONL
	kindTar
	kindTarGz
	kindZip
	kindWARC
	kindGz
)

// kindOf tells a file's kind from its name.
func kindOf(name string) kind {
	n := strings.ToLower(name)
	switch {
	case strings.HasSuffix(n, ".tar"):
		return kindTar
	case strings.HasSuffix(n, ".tar.gz"), strings.HasSuffix(n, ".tgz"):
		return kindTarGz
	case strings.HasSuffix(n, ".zip"):
		return kindZip
	case strings.HasSuffix(n, ".warc"), strings.HasSuffix(n, ".warc.gz"):
		return kindWARC
	case strings.HasSuffix(n, ".gz"):
		return kindGz
	case strings.HasSuffix(n, ".jsonl"), strings.HasSuffix(n, ".ndjson"):
		return kindJSONL
	case strings.HasSuffix(n, ".html"), strings.HasSuffix(n, ".htm"), strings.HasSuffix(n, ".xhtml"):
		return kindHTML
	}
	return kindText
}

// ignoredExt lists name endings that are not articles: annotations and
// other JSON, pictures, page furniture, office and PDF files, and databases
// (racex ingest . must not read its own racex.db).
var ignoredExt = []string{
	".json", ".xml", ".csv", ".tsv", ".md", ".yaml", ".yml",
	".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff",
	".css", ".js", ".mjs", ".map", ".woff", ".woff2", ".ttf", ".eot",
	".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx",
	".mp3", ".mp4", ".wav", ".avi", ".mov", ".exe", ".so", ".o", ".a",
	".db", ".db-wal", ".db-shm", ".db-journal", ".sqlite", ".sqlite3",
}

// Ignorable returns why a member found inside a directory or archive is
// not read as an article ("" when it is read): a hidden file, or a name
// ending in one of the non-article extensions (.json annotations, images,
// scripts, PDF). Unknown extensions, and none, are read as plain text, so
// that a bad file becomes an error row rather than going unseen.
func Ignorable(name string) string {
	base := path.Base(filepath.ToSlash(name))
	if strings.HasPrefix(base, ".") {
		return "hidden file"
	}
	ext := strings.ToLower(path.Ext(base))
	for _, e := range ignoredExt {
		if ext == e {
			return "not an article file (" + e + ")"
		}
	}
	return ""
}

// stream reads one named stream by its kind; source names it in items, name
// is what its kind is told from (the member name, less a .gz already
// removed).
func (w *walker) stream(source, name string, r io.Reader) bool {
	switch kindOf(name) {
	case kindTar:
		return w.tar(source, r)
	case kindTarGz:
		gz, err := gzip.NewReader(r)
		if err != nil {
			return w.fail(source, fmt.Errorf("%w: %v", ErrTruncated, err))
		}
		defer gz.Close()
		return w.tar(source, gz)
	case kindWARC:
		return w.warc(source, r)
	case kindGz:
		gz, err := gzip.NewReader(r)
		if err != nil {
			return w.fail(source, fmt.Errorf("%w: %v", ErrTruncated, err))
		}
		defer gz.Close()
		inner := name[:len(name)-len(".gz")]
		return w.stream(source, inner, gz)
	case kindJSONL:
		return w.jsonl(source, r)
	case kindZip:
		// A zip inside another archive needs random access: it is read
		// into memory, within the member bound.
		raw, err := w.read(r)
		if err != nil {
			return w.fail(source, err)
		}
		return w.zip(source, bytes.NewReader(raw), int64(len(raw)))
	case kindHTML:
		raw, err := w.read(r)
		if err != nil {
			return w.fail(source, err)
		}
		return w.emit(Item{Source: source, Format: FormatHTML, Raw: raw})
	default:
		raw, err := w.read(r)
		if err != nil {
			return w.fail(source, err)
		}
		return w.emit(Item{Source: source, Format: FormatText, Raw: raw})
	}
}

// read reads one member, bounded by MaxBytes; a longer one is ErrTooLarge
// and a stream that breaks off is ErrTruncated.
func (w *walker) read(r io.Reader) ([]byte, error) {
	max := w.opt.max()
	raw, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, truncated(err)
	}
	if int64(len(raw)) > max {
		return nil, fmt.Errorf("%w: more than %d bytes (raise --max-bytes)", ErrTooLarge, max)
	}
	return raw, nil
}

// truncated wraps the errors a cut-off archive gives as ErrTruncated.
func truncated(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, gzip.ErrHeader) || errors.Is(err, tar.ErrHeader) ||
		errors.Is(err, zip.ErrFormat) || errors.Is(err, zip.ErrChecksum) {
		return fmt.Errorf("%w: %v", ErrTruncated, err)
	}
	return err
}

func (w *walker) tar(source string, r io.Reader) bool {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			// Nothing after a broken header can be trusted.
			return w.fail(source, truncated(err))
		}
		if h.Typeflag != tar.TypeReg && h.Typeflag != tar.TypeRegA {
			continue
		}
		name := source + ":" + h.Name
		if why := Ignorable(h.Name); why != "" {
			if !w.emit(Item{Source: name, Ignored: why}) {
				return false
			}
			continue
		}
		if h.Size > w.opt.max() && isLeaf(h.Name) {
			// Known to be too large before reading: the tar reader skips
			// its body on the next call.
			if !w.fail(name, fmt.Errorf("%w: %d bytes, more than %d (raise --max-bytes)", ErrTooLarge, h.Size, w.opt.max())) {
				return false
			}
			continue
		}
		if !w.stream(name, h.Name, tr) {
			return false
		}
	}
}

// isLeaf reports a member read whole (not itself an archive or stream of
// articles), to which the size bound applies as a whole.
func isLeaf(name string) bool {
	switch kindOf(name) {
	case kindText, kindHTML, kindZip:
		return true
	}
	return false
}

func (w *walker) zip(source string, r io.ReaderAt, size int64) bool {
	zr, err := zip.NewReader(r, size)
	if err != nil {
		return w.fail(source, truncated(err))
	}
	for _, f := range zr.File {
		if f.FileInfo().IsDir() {
			continue
		}
		name := source + ":" + f.Name
		if why := Ignorable(f.Name); why != "" {
			if !w.emit(Item{Source: name, Ignored: why}) {
				return false
			}
			continue
		}
		if f.UncompressedSize64 > uint64(w.opt.max()) && isLeaf(f.Name) {
			if !w.fail(name, fmt.Errorf("%w: %d bytes, more than %d (raise --max-bytes)", ErrTooLarge, f.UncompressedSize64, w.opt.max())) {
				return false
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			if !w.fail(name, truncated(err)) {
				return false
			}
			continue
		}
		ok := w.stream(name, f.Name, rc)
		rc.Close()
		if !ok {
			return false
		}
	}
	return true
}

// jsonl yields one item per non-blank line. Lines may be of any length: a
// line longer than MaxBytes is skipped to its end and reported, never held.
func (w *walker) jsonl(source string, r io.Reader) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	max := w.opt.max()
	for line := 1; ; line++ {
		var buf []byte
		tooLong := false
		var err error
		for {
			var chunk []byte
			chunk, err = br.ReadSlice('\n')
			if !tooLong {
				if int64(len(buf)+len(chunk)) > max+1 {
					tooLong, buf = true, nil
				} else {
					buf = append(buf, chunk...)
				}
			}
			if err != bufio.ErrBufferFull {
				break
			}
		}
		name := source + ":" + strconv.Itoa(line)
		if err != nil && err != io.EOF {
			return w.fail(name, truncated(err))
		}
		switch {
		case tooLong:
			if !w.fail(name, fmt.Errorf("%w: line longer than %d bytes (raise --max-bytes)", ErrTooLarge, max)) {
				return false
			}
		case len(bytes.TrimSpace(buf)) > 0:
			if !w.emit(Item{Source: name, Format: FormatJSONLine, Raw: buf}) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// warc yields the HTML and plain-text payloads of a WARC file's response
// (and resource) records; other records are not articles and are passed
// over silently, non-2xx responses and other media types as Ignored.
func (w *walker) warc(source string, r io.Reader) bool {
	wr, err := gowarc.NewWarcFileReaderFromStream(r, 0)
	if err != nil {
		return w.fail(source, err)
	}
	defer wr.Close()
	for n := 1; ; n++ {
		rec, err := wr.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			rec.Close()
			return w.fail(fmt.Sprintf("%s:record %d", source, n), truncated(err))
		}
		ok := w.warcRecord(source, n, rec.WarcRecord)
		rec.Close()
		if !ok {
			return false
		}
	}
}

func (w *walker) warcRecord(source string, n int, rec gowarc.WarcRecord) bool {
	uri := rec.WarcHeader().Get(gowarc.WarcTargetURI)
	name := source + ":" + uri
	if uri == "" {
		name = fmt.Sprintf("%s:record %d", source, n)
	}
	var payload io.Reader
	var contentType string
	switch rec.Type() {
	case gowarc.Response:
		block, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return w.emit(Item{Source: name, Ignored: "not an HTTP response"})
		}
		if c := block.HttpStatusCode(); c < 200 || c > 299 {
			return w.emit(Item{Source: name, Ignored: "HTTP status " + strconv.Itoa(c)})
		}
		p, err := block.PayloadBytes()
		if err != nil {
			return w.fail(name, err)
		}
		h := block.HttpHeader()
		if h != nil {
			contentType = h.Get("Content-Type")
			if strings.Contains(strings.ToLower(h.Get("Transfer-Encoding")), "chunked") {
				p = httputil.NewChunkedReader(p)
			}
			if enc := strings.ToLower(h.Get("Content-Encoding")); enc == "gzip" || enc == "x-gzip" {
				gz, err := gzip.NewReader(p)
				if err != nil {
					return w.fail(name, fmt.Errorf("gzip content encoding: %w", err))
				}
				defer gz.Close()
				p = gz
			}
		}
		payload = p
	case gowarc.Resource:
		contentType = rec.WarcHeader().Get(gowarc.ContentType)
		p, err := rec.Block().RawBytes()
		if err != nil {
			return w.fail(name, err)
		}
		payload = p
	default:
		return true
	}
	format := FormatHTML
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case mt == "text/html", mt == "application/xhtml+xml", mt == "" && kindOf(uri) == kindHTML:
	case mt == "text/plain":
		format = FormatText
	default:
		if mt == "" {
			mt = "no media type"
		}
		return w.emit(Item{Source: name, Ignored: "not an article (" + mt + ")"})
	}
	raw, err := w.read(payload)
	if err != nil {
		return w.fail(name, err)
	}
	return w.emit(Item{Source: name, Format: format, Raw: raw, ContentType: contentType})
}
