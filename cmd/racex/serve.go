package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/racex/racex/extract"
	"github.com/racex/racex/review"
	"github.com/racex/racex/store"
	"github.com/spf13/cobra"
)

func init() {
	var addr, db, postgres, gold string
	var allowEdit bool
	var maxBody int64
	cmd := &cobra.Command{
		Use:   "serve DIR | --db FILE.db | --postgres URL [--gold DIR]",
		Short: "Serve the review page and the extraction API",
		Long: `Serve a review page for checking extractions, and an HTTP extraction API.

DIR holds articles as NAME.txt (subdirectories too), each with an optional
hand annotation NAME.gold.json beside it. Records are extracted when a page
first needs them and kept until the article file changes.

The page lists the documents (title, source, counts of people, results and
quantities, F1 against the annotation when there is one; search and
filters), and shows each article with every entity and quantity highlighted
by kind; a click shows the normalised value and the facts it belongs to.
With an annotation, facts the extraction missed and facts it found that the
annotation lacks are marked in the text, the tables and the side panel.

With --allow-edit, the page corrects the annotation: accept an extracted
fact, reject an annotation fact, edit an entry, add a missed fact. Each
correction is validated against the record schema and saved at once to
NAME.gold.json (a temporary file, then a rename), which "racex eval" reads.
Without the flag the server is read-only and writes are answered with 403.

API (JSON in and out; errors are {"error": ..., "problems": [...]}):
  POST /api/extract     article as text/plain, or {"text": ...}; answers its record
  GET  /api/docs        the document list (?q= search, ?gold=yes|no)
  GET  /api/docs/{id}   text, record, annotation, facts with their status, score
  POST /api/gold/{id}   one correction {"op": "init"|"accept"|"reject"|"edit"|"add",
                        "pointer": "/people/0/age", "section": ..., "entry": {...}}
Request bodies larger than --max-body are refused with 413.

With --db (or --postgres URL), the documents are those a "racex ingest
--db FILE.db" (or "racex ingest --postgres URL") stored, by
document id (the SHA-256 of the text), with the records stored for them;
pending and failed documents are listed with the reason they have no
record. Annotations of stored documents live in the --gold directory as
NAME.gold.json, NAME being the base name of the document's source without
its extension; without --gold, stored documents are read-only.

The server listens on 127.0.0.1 unless --addr says otherwise; it has no
authentication, so bind it to another interface only on a trusted network.
On the loopback interface it answers only requests addressed to localhost,
127.0.0.1 or ::1 (a guard against DNS rebinding).
No file outside DIR is read or written, whatever the URL (.., absolute
paths and symbolic links are refused).`,
		Example: `  racex serve testdata/
  racex serve --allow-edit --addr 127.0.0.1:9000 annotations/
  racex serve --db news.db --gold annotations/
  racex serve --postgres postgres://racex@db/racex --gold annotations/
  curl -s --data-binary @testdata/london-2012.txt -H 'Content-Type: text/plain' http://127.0.0.1:8765/api/extract`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var src review.Source
			var what string
			stores := 0
			for _, set := range []bool{len(args) == 1, cmd.Flags().Changed("db"), postgres != ""} {
				if set {
					stores++
				}
			}
			switch {
			case stores > 1:
				return fmt.Errorf("give one of a directory, --db and --postgres")
			case len(args) == 1:
				if gold != "" {
					return fmt.Errorf("--gold is for --db and --postgres; a directory holds its own annotations")
				}
				dir, err := review.OpenDir(args[0], extract.Default())
				if err != nil {
					return &exitError{1, err.Error()}
				}
				defer dir.Close()
				if ids, err := dir.IDs(cmd.Context()); err != nil {
					return &exitError{1, err.Error()}
				} else if len(ids) == 0 {
					fmt.Fprintf(cmd.ErrOrStderr(), "racex: warning: %s holds no NAME.txt articles; the page will be empty (the API still extracts)\n", args[0])
				}
				src, what = dir, args[0]
			case cmd.Flags().Changed("db") || postgres != "":
				var st *store.Store
				var err error
				if postgres != "" {
					st, err = store.OpenPostgres(postgres)
					what = "PostgreSQL"
				} else {
					// OpenSQLite would create a missing file; serving one is a mistake.
					if _, err := os.Stat(db); err != nil {
						return &exitError{1, err.Error()}
					}
					st, err = store.OpenSQLite(db)
					what = db
				}
				if err != nil {
					return &exitError{1, err.Error()}
				}
				defer st.Close()
				stored, err := review.OpenStored(st, gold)
				if err != nil {
					return &exitError{1, err.Error()}
				}
				defer stored.Close()
				src = stored
				if gold == "" && allowEdit {
					fmt.Fprintln(cmd.ErrOrStderr(), "racex: warning: --allow-edit without --gold: stored documents have nowhere to keep annotations")
				}
			default:
				return fmt.Errorf("give a directory of articles, --db FILE.db or --postgres URL")
			}
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return &exitError{1, err.Error()}
			}
			opt := review.Options{AllowEdit: allowEdit, MaxBody: maxBody}
			if tcp, ok := ln.Addr().(*net.TCPAddr); ok && tcp.IP.IsLoopback() {
				opt.Hosts = review.LoopbackHosts
			}
			srv, err := review.New(src, opt)
			if err != nil {
				return err
			}
			mode := "read-only"
			if allowEdit {
				mode = "corrections allowed"
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "racex: serving %s on http://%s/ (%s); Ctrl-C stops\n", what, ln.Addr(), mode)
			hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				return &exitError{1, err.Error()}
			case <-ctx.Done():
			}
			shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			if err := hs.Shutdown(shut); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return &exitError{1, err.Error()}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8765", "address to listen on")
	cmd.Flags().StringVar(&db, "db", "", "serve the documents of a racex ingest SQLite store instead of a directory")
	cmd.Flags().StringVar(&postgres, "postgres", "", "serve the documents of a racex ingest PostgreSQL store (postgres://user@host/db)")
	cmd.Flags().StringVar(&gold, "gold", "", "with --db or --postgres: the directory of annotations (NAME.gold.json for a source NAME.txt)")
	cmd.Flags().BoolVar(&allowEdit, "allow-edit", false, "allow corrections of the hand annotations (NAME.gold.json)")
	cmd.Flags().Int64Var(&maxBody, "max-body", review.DefaultMaxBody, "largest request body accepted, in bytes")
	rootCmd.AddCommand(cmd)
}
