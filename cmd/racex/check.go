package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/racex/racex/check"
	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
	"github.com/spf13/cobra"
)

func init() {
	var goldPath, recordPath, colorMode, typ string
	var errorsOnly bool
	cmd := &cobra.Command{
		Use:   "check ARTICLE.txt [--gold NAME.gold.json]",
		Short: "Show each extracted fact with the sentence it came from",
		Long: `Extract the article (or read --record) and show every fact with the sentence
it came from, its evidence marked: [[like this]] in a pipe, highlighted on a
terminal. "s12" is the sentence's number in the article. The evidence is the
span the record gives for the fact; when the record gives none, the text is
searched for the fact's names and values (noted "found by searching the
text"). "+N more" counts other sentences that hold evidence too.

With --gold, the record is compared with the hand annotation as "racex eval"
compares it, and the facts come in groups: correct; missed (each with the
sentence where a reader finds the annotated value, when it is written in
the text); spurious (with the evidence the extractor used); and optional
facts, which count nowhere. --errors shows only missed and spurious.
--type keeps the facts whose type starts with the given prefix ("quantity",
"result", "age").

Colour is used when standard output is a terminal and NO_COLOR is unset;
--color=always or never overrides.

Exit status: 0 when the facts were shown; 2 on a usage error; 3 when the
article cannot be read, or --gold or --record cannot be read or breaks the
schema (the message names the file and the JSON pointer of each problem),
or --record was made from another text.`,
		Example: `  racex check testdata/london-2012.txt
  racex check testdata/london-2012.txt --gold testdata/london-2012.gold.json --errors
  racex check article.txt --type quantity | less -R`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			pal, err := palette(colorMode)
			if err != nil {
				return err
			}
			if errorsOnly && goldPath == "" {
				return fmt.Errorf("--errors needs --gold")
			}
			a, err := corpus.ReadFile(args[0])
			if err != nil {
				return &exitError{3, err.Error()}
			}
			var gold, rec *schema.Record
			if goldPath != "" {
				if gold, err = schema.ReadRecord(goldPath); err != nil {
					return &exitError{3, err.Error()}
				}
			}
			p := extract.Default()
			if recordPath != "" {
				if rec, err = schema.ReadRecord(recordPath); err != nil {
					return &exitError{3, err.Error()}
				}
				if rec.Doc != nil && rec.Doc.ID != a.ID {
					return &exitError{3, fmt.Sprintf("%s: doc.id %s is not the SHA-256 of %s (%s): the record was made from another text", recordPath, rec.Doc.ID, args[0], a.ID)}
				}
			} else {
				rec = p.Extract(extract.Input{Source: a.Source, Title: a.Title, Text: a.Text})
			}
			art := check.NewArticle(a.Text, p.SentenceSpans(a.Text))
			o := check.ShowOptions{Palette: pal, Type: typ, ErrorsOnly: errorsOnly}
			out := cmd.OutOrStdout()
			if gold == nil {
				if g := strings.TrimSuffix(args[0], filepath.Ext(args[0])) + check.GoldSuffix; fileExists(g) {
					fmt.Fprintf(cmd.ErrOrStderr(), "racex: %s is beside the article: add --gold %s to see what is missed and invented\n", filepath.Base(g), g)
				}
				return art.WriteFacts(out, rec, o)
			}
			return art.WriteAgainst(out, gold, rec, o)
		},
	}
	cmd.Flags().StringVar(&goldPath, "gold", "", "hand annotation to compare with (NAME.gold.json)")
	cmd.Flags().StringVar(&recordPath, "record", "", "show this record of the article instead of extracting it")
	cmd.Flags().StringVar(&colorMode, "color", "auto", "colour the output: auto (on a terminal), always, never")
	cmd.Flags().StringVar(&typ, "type", "", "only facts whose type starts with this (person, quantity, result.time, ...)")
	cmd.Flags().BoolVar(&errorsOnly, "errors", false, "with --gold, only the missed and spurious facts")
	rootCmd.AddCommand(cmd)
}

func fileExists(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}
