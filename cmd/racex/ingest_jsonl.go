package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/store"
)

// ingestJSONL appends the sources' records to a JSON Lines file. The ids of
// the records already in the file are read first and those articles are
// skipped; a last line cut short by a crash is cut off before appending.
func ingestJSONL(ctx context.Context, sources []string, o ingestOptions, stderr io.Writer) (*summary, error) {
	sum := &summary{}
	f, done, err := openJSONL(o.jsonl)
	if err != nil {
		return sum, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	p := extract.Default()
	lines := make(chan []byte, 2*o.workers)
	var mu sync.Mutex // guards done and stderr
	pb := newBytesBar(o.progress, corpus.Size(sources), "extracting")
	var wg sync.WaitGroup
	in := decodeAll(ctx, sources, o, sum, pb)
	for range o.workers {
		wg.Go(func() {
			for d := range in {
				if d.err != nil {
					sum.failed.Add(1)
					mu.Lock()
					fmt.Fprintf(stderr, "racex: %s: %v\n", d.src, d.err)
					mu.Unlock()
					continue
				}
				sum.read.Add(1)
				key, _ := idKey(d.a.ID)
				mu.Lock()
				_, dup := done[key]
				done[key] = struct{}{}
				mu.Unlock()
				if dup {
					sum.skipped.Add(1)
					continue
				}
				r := extractDoc(p, store.Doc{ID: d.a.ID, Source: d.a.Source, Title: d.a.Title, Text: d.a.Text}, o.validate)
				if r.Err != "" {
					sum.failed.Add(1)
					mu.Lock()
					fmt.Fprintf(stderr, "racex: %s: %s\n", d.src, r.Err)
					mu.Unlock()
					continue
				}
				lines <- r.JSON
			}
		})
	}
	go func() { wg.Wait(); close(lines) }()
	var werr error
	for line := range lines {
		if werr != nil {
			continue // drain, so that workers finish
		}
		if _, werr = w.Write(line); werr == nil {
			sum.stored.Add(1)
			pb.add(1)
		}
	}
	pb.done()
	if werr == nil {
		werr = w.Flush()
	}
	if werr == nil {
		werr = f.Sync()
	}
	if werr != nil {
		return sum, fmt.Errorf("%s: %w", o.jsonl, werr)
	}
	return sum, nil
}

// idKey is a doc.id (hex SHA-256) as the 32 bytes it spells: the set of ids
// seen, which --jsonl must keep in memory, costs 84 bytes an id this way
// rather than 120 as hex strings (measured with a million ids).
func idKey(id string) (key [32]byte, ok bool) {
	if len(id) != 64 {
		return key, false
	}
	_, err := hex.Decode(key[:], []byte(id))
	return key, err == nil
}

// openJSONL opens path for appending and returns the doc.ids of the records
// it holds. A last line without its newline (a write cut short) is removed.
func openJSONL(path string) (*os.File, map[[32]byte]struct{}, error) {
	f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, nil, err
	}
	done := map[[32]byte]struct{}{}
	br := bufio.NewReaderSize(f, 1<<20)
	var good int64
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err == io.EOF {
			break // a partial last line, if any, is not counted as good
		}
		if err != nil {
			f.Close()
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		good += int64(len(line))
		var rec struct {
			Doc struct {
				ID string `json:"id"`
			} `json:"doc"`
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		err = json.Unmarshal(line, &rec)
		key, ok := idKey(rec.Doc.ID)
		if err != nil || !ok {
			f.Close()
			return nil, nil, fmt.Errorf("%s:%d: not a racex record; not appending to it", path, n)
		}
		done[key] = struct{}{}
	}
	if err := f.Truncate(good); err != nil {
		f.Close()
		return nil, nil, err
	}
	if _, err := f.Seek(good, io.SeekStart); err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, done, nil
}
