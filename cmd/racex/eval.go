package main

import (
	"fmt"

	"github.com/racex/racex/check"
	"github.com/racex/racex/corpus"
	"github.com/racex/racex/extract"
	"github.com/racex/racex/schema"
	"github.com/spf13/cobra"
)

func init() {
	var goldDir, predDir string
	var asJSON, perDoc bool
	var minF1 float64
	cmd := &cobra.Command{
		Use:   "eval --gold DIR [--pred DIR]",
		Short: "Score extractions against hand annotations",
		Long: `Score racex's records against hand annotations (NAME.gold.json in --gold DIR)
as ../shared/spec/record-v1.md says: each record becomes facts, names match
through the annotation's names and aliases, optional entries count nowhere,
distances match within 0.5 %.

With --pred DIR the prediction for NAME.gold.json is DIR/NAME.json (as
"racex extract --out DIR" writes it). Without --pred, NAME.txt beside the
annotation is extracted on the fly.

The output is the table of true positives (tp), false positives (fp, facts
invented), false negatives (fn, facts missed), precision, recall and F1 per
fact type; then the groups (entities, attributes, relations, quantities) and
the micro average over all facts, always as the last six lines. --per-doc
puts a line per document above the table. --json writes all of it as JSON.
To see which facts are wrong, use "racex diff" or "racex check".

An annotation or prediction that cannot be read or breaks the schema is
reported on standard error as FILE: JSON-POINTER: what is wrong. A document
whose annotation is unusable is left out; one whose prediction is missing or
unusable is scored as if nothing had been extracted.

Exit status: 0 when every document was scored (and micro F1 >= --min-f1);
1 when micro F1 is below --min-f1; 2 on a usage error, when --gold holds
no annotation or --pred is not a directory; 3 when any file could not be used (the table is still
printed).`,
		Example: `  racex eval --gold testdata
  racex extract testdata --out /tmp/pred && racex eval --gold testdata --pred /tmp/pred --per-doc
  racex eval --gold testdata --min-f1 0.6 --json > score.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if goldDir == "" {
				return fmt.Errorf("--gold DIR is required")
			}
			if minF1 < 0 || minF1 > 1 {
				return fmt.Errorf("--min-f1 must be between 0 and 1, not %g", minF1)
			}
			ev, err := check.Evaluate(goldDir, predDir, extractFile)
			if err != nil {
				return &exitError{2, err.Error()}
			}
			for _, p := range ev.Problems {
				fmt.Fprintf(cmd.ErrOrStderr(), "racex: %v\n", p)
			}
			out := cmd.OutOrStdout()
			if asJSON {
				err = ev.WriteJSON(out)
			} else {
				err = ev.WriteText(out, perDoc)
			}
			if err != nil {
				return err
			}
			if len(ev.Problems) > 0 {
				return &exitError{3, fmt.Sprintf("%d files could not be used", len(ev.Problems))}
			}
			if f1 := ev.Total.Micro().F1(); f1 < minF1 {
				return &exitError{1, fmt.Sprintf("micro F1 %.3f is below --min-f1 %g", f1, minF1)}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&goldDir, "gold", "", "directory of hand annotations, NAME.gold.json (required)")
	cmd.Flags().StringVar(&predDir, "pred", "", "directory of records to score, NAME.json (default: extract NAME.txt beside each annotation)")
	cmd.Flags().BoolVar(&asJSON, "json", false, "write the scores as JSON")
	cmd.Flags().BoolVar(&perDoc, "per-doc", false, "add a line per document")
	cmd.Flags().Float64Var(&minF1, "min-f1", 0, "exit 1 when micro F1 is below this (0 to 1)")
	rootCmd.AddCommand(cmd)
}

// extractFile reads and decodes an article and extracts its record.
func extractFile(path string) (*schema.Record, error) {
	a, err := corpus.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return extract.Default().Extract(extract.Input{Source: a.Source, Title: a.Title, Text: a.Text}), nil
}
