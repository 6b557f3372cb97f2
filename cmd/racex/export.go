package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/racex/racex/store"
	"github.com/spf13/cobra"
)

func init() {
	var db, postgres, out string
	cmd := &cobra.Command{
		Use:   "export [--db FILE.db | --postgres URL] [--jsonl OUT]",
		Short: "Write the records of an ingest store as JSON Lines",
		Long: `Write every record stored by "racex ingest" as JSON Lines, one record per
line, ordered by source: to OUT (written to a temporary file and renamed
into place) or, without --jsonl or with "-", to standard output.

Exit status: 0 on success, 1 when the store cannot be read or OUT written,
2 on a usage error.`,
		Example: `  racex export --db racex.db --jsonl records.jsonl
  racex export --postgres postgres://racex@db/racex | gzip > records.jsonl.gz`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if cmd.Flags().Changed("db") && postgres != "" {
				return fmt.Errorf("give one of --db and --postgres")
			}
			var st *store.Store
			var err error
			if postgres != "" {
				st, err = store.OpenPostgres(postgres)
			} else {
				if _, serr := os.Stat(db); serr != nil {
					return &exitError{1, serr.Error()}
				}
				st, err = store.OpenSQLite(db)
			}
			if err != nil {
				return &exitError{1, err.Error()}
			}
			defer st.Close()
			if out == "" || out == "-" {
				w := bufio.NewWriterSize(cmd.OutOrStdout(), 1<<20)
				if _, err := st.Export(cmd.Context(), w); err != nil {
					return &exitError{1, err.Error()}
				}
				if err := w.Flush(); err != nil {
					return &exitError{1, err.Error()}
				}
				return nil
			}
			f, err := os.CreateTemp(filepath.Dir(out), ".export.*.tmp")
			if err != nil {
				return &exitError{1, err.Error()}
			}
			defer os.Remove(f.Name())
			w := bufio.NewWriterSize(f, 1<<20)
			n, err := st.Export(cmd.Context(), w)
			if err == nil {
				err = w.Flush()
			}
			if err == nil {
				err = f.Sync()
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err == nil {
				err = os.Rename(f.Name(), out)
			}
			if err != nil {
				return &exitError{1, fmt.Sprintf("%s: %v", out, err)}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "export: %d records -> %s\n", n, out)
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "racex.db", "SQLite database file written by racex ingest")
	cmd.Flags().StringVar(&postgres, "postgres", "", "PostgreSQL database URL written by racex ingest")
	cmd.Flags().StringVar(&out, "jsonl", "", "write to this file instead of standard output")
	rootCmd.AddCommand(cmd)
}
