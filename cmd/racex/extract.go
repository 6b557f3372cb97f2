package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
	"github.com/spf13/cobra"
)

func init() {
	var out string
	var jsonl, pretty bool
	cmd := &cobra.Command{
		Use:   "extract [FILE|DIR|-]...",
		Short: "Extract a record from each article",
		Long: `Read each article and write its record-v1 record.

A FILE is read as one article; a DIR stands for every *.txt file below it;
"-" (or no argument) is standard input. Text is decoded robustly: UTF-8 with
or without a byte-order mark, UTF-16 with one, and Windows-1252 when the bytes
are not valid UTF-8; CRLF line ends become LF. Spans in the record are byte
offsets into that decoded text, whose SHA-256 is doc.id.

Without --out, records go to standard output, one JSON document per input
(--jsonl: one per line). With --out DIR, each NAME.txt gives DIR/NAME.json,
written atomically (a temporary file, then a rename).

A file that cannot be read or is not text (binary, empty) is reported on
standard error, naming the file; the other inputs are still processed.

Exit status: 0 when every input gave a record, 1 when any failed, 2 on a
usage error.`,
		Example: `  racex extract --pretty testdata/london-2012.txt
  racex extract testdata/ --out /tmp/records
  cat article.txt | racex extract --jsonl -`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = []string{"-"}
			}
			if jsonl && pretty {
				return fmt.Errorf("--jsonl and --pretty cannot be used together")
			}
			if out != "" && jsonl {
				return fmt.Errorf("--jsonl writes to standard output; it cannot be used with --out")
			}
			paths, err := corpus.TextFiles(args)
			if err != nil {
				return &exitError{1, err.Error()}
			}
			if out != "" {
				if err := os.MkdirAll(out, 0o755); err != nil {
					return &exitError{1, err.Error()}
				}
			}
			p := extract.Default()
			failed := 0
			written := map[string]string{}
			for _, path := range paths {
				a, err := corpus.ReadFile(path)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "racex: %v\n", err)
					failed++
					continue
				}
				rec := p.Extract(extract.Input{Source: a.Source, Text: a.Text})
				data, err := encode(rec, pretty && !jsonl)
				if err != nil {
					return err
				}
				if out == "" {
					if _, err := cmd.OutOrStdout().Write(data); err != nil {
						return err
					}
					continue
				}
				dest := filepath.Join(out, outputName(path))
				if prev, ok := written[dest]; ok {
					fmt.Fprintf(cmd.ErrOrStderr(), "racex: %s: not written: %s would overwrite the record of %s\n", path, dest, prev)
					failed++
					continue
				}
				written[dest] = path
				if err := writeAtomic(dest, data); err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "racex: %v\n", err)
					failed++
				}
			}
			if failed > 0 {
				return &exitError{1, fmt.Sprintf("%d of %d inputs failed", failed, len(paths))}
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "out", "o", "", "write DIR/NAME.json for each NAME.txt instead of standard output")
	cmd.Flags().BoolVar(&jsonl, "jsonl", false, "write one record per line (JSON Lines)")
	cmd.Flags().BoolVar(&pretty, "pretty", false, "indent the JSON")
	rootCmd.AddCommand(cmd)
}

// encode writes a record as JSON followed by a newline.
func encode(r *schema.Record, pretty bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// outputName maps an input path to its record's file name: NAME.txt gives
// NAME.json, standard input gives stdin.json.
func outputName(path string) string {
	if path == "-" {
		return "stdin.json"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base)) + ".json"
}

// writeAtomic writes data to a temporary file beside dest and renames it
// into place, so a reader never sees half a record.
func writeAtomic(dest string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(dest), "."+filepath.Base(dest)+".*.tmp")
	if err != nil {
		return err
	}
	_, err = io.Copy(f, bytes.NewReader(data))
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), dest)
	}
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("%s: %w", dest, err)
	}
	return nil
}
