package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/racex/racex/check"
	"github.com/racex/racex/schema"
	"github.com/spf13/cobra"
)

func init() {
	var colorMode string
	var all bool
	cmd := &cobra.Command{
		Use:   "diff A.json B.json",
		Short: "Show the facts two records disagree on",
		Long: `Compare two records fact by fact: a prediction against its hand annotation
(NAME.json against NAME.gold.json), or two runs of racex on the same article
(regression review after a change).

Each record is turned into the facts the scorer counts ("racex eval"): people,
events, charities, organisations, places; ages, nationalities, home towns,
editions; positions and times; causes and amounts raised; quantities. Each
fact is one canonical line, "TYPE  FACT", sorted, and the two lists are
compared line by line (go-diff). Lines starting "-" are only in A, "+" only
in B. Names are resolved through a reference record, the hand annotation
when exactly one side is a *.gold.json file, else A: a fact both records
state under different names (an alias) or within tolerance (distances, 0.5 %)
counts as the same fact, exactly as eval counts it. --all also lists the
facts both state, with B's wording beside any that A words differently.

A summary table ends the output: per fact type, how many facts both records
state and how many only A or only B does (against a hand annotation, these
columns are headed "invented" and "missed"). Optional facts of an annotation
are shown but not counted.

Records made from different texts (their doc.id differs) are compared all
the same, with a warning on standard error.

Colour (red for A, green for B) is used when standard output is a terminal
and NO_COLOR is unset; --color=always or never overrides.

Exit status: 0 when the records state the same facts, 1 when they differ,
2 on a usage error, 3 when a file cannot be read or breaks the schema (the
message names the file and the JSON pointer of each problem).`,
		Example: `  racex extract testdata/london-2012.txt > /tmp/london.json
  racex diff /tmp/london.json testdata/london-2012.gold.json
  racex diff --all old/london.json new/london.json | less -R`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			pal, err := palette(colorMode)
			if err != nil {
				return err
			}
			var recs [2]*schema.Record
			var bad []string
			for i, path := range args {
				if recs[i], err = schema.ReadRecord(path); err != nil {
					bad = append(bad, err.Error())
				}
			}
			if len(bad) > 0 {
				return &exitError{3, strings.Join(bad, "\n")}
			}
			if a, b := recs[0].Doc, recs[1].Doc; a != nil && b != nil && a.ID != b.ID {
				fmt.Fprintf(cmd.ErrOrStderr(), "racex: warning: %s and %s were made from different texts (doc.id differs)\n", args[0], args[1])
			}
			goldA, goldB := isGold(args[0]), isGold(args[1])
			d := check.Diff(recs[0], recs[1], goldB && !goldA)
			err = d.Write(cmd.OutOrStdout(), check.DiffOptions{
				LabelA: args[0], LabelB: args[1], GoldA: goldA, GoldB: goldB, All: all, Palette: pal,
			})
			if err != nil {
				return err
			}
			if !d.Same() {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&colorMode, "color", "auto", "colour the output: auto (on a terminal), always, never")
	cmd.Flags().BoolVar(&all, "all", false, "also list the facts both records state")
	rootCmd.AddCommand(cmd)
}

// isGold says whether a path names a hand annotation.
func isGold(path string) bool { return strings.HasSuffix(path, check.GoldSuffix) }

// palette chooses plain or coloured output for --color=auto|always|never:
// auto colours when standard output is a terminal and NO_COLOR is unset.
func palette(mode string) (check.Palette, error) {
	switch mode {
	case "always":
		return check.Colour(), nil
	case "never":
		return check.Plain(), nil
	case "auto":
		fd := os.Stdout.Fd()
		if os.Getenv("NO_COLOR") == "" && (isatty.IsTerminal(fd) || isatty.IsCygwinTerminal(fd)) {
			return check.Colour(), nil
		}
		return check.Plain(), nil
	}
	return check.Palette{}, fmt.Errorf("--color must be auto, always or never, not %q", mode)
}
