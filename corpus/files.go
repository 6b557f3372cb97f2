package corpus

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MaxFileBytes bounds what ReadFile reads of one file; a longer file is an
// error rather than a surprise for memory.
const MaxFileBytes = 16 << 20

// ReadFile reads and decodes one article file ("-" is standard input).
func ReadFile(path string) (Article, error) {
	var r io.Reader
	if path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return Article{}, err
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, MaxFileBytes+1))
	if err != nil {
		return Article{}, fmt.Errorf("%s: %w", path, err)
	}
	if len(raw) > MaxFileBytes {
		return Article{}, fmt.Errorf("%s: larger than %d bytes", path, MaxFileBytes)
	}
	a, err := NewArticle(path, raw)
	if err != nil {
		return Article{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// TextFiles expands the arguments of `racex extract`: a file stands for
// itself, "-" for standard input, and a directory for every *.txt file below
// it, in lexical order. A path that does not exist is an error.
func TextFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		if a == "-" {
			out = append(out, a)
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.HasSuffix(d.Name(), ".txt") {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}
