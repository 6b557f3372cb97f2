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
		Use:   "diff A.json B.json | diff DIR-A DIR-B",
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

Given two directories, each NAME.json of one is compared with the other's
NAME.json (or NAME.gold.json: a directory holding annotations contributes
only those), one section per pair, and a single table sums them all; a
record that only one directory has counts as a difference. This is the
regression review of a change: racex extract testdata --out old, change,
racex extract testdata --out new, racex diff old new.

Records made from different texts (their doc.id differs) are compared all
the same, with a warning on standard error.

Colour (red for A, green for B) is used when standard output is a terminal
and NO_COLOR is unset; --color=always or never overrides.

Exit status: 0 when the records state the same facts, 1 when they differ
(or a record is in one directory only), 2 on a usage error, 3 when a file
or directory cannot be read or a record breaks the schema (the message
names the file and the JSON pointer of each problem).`,
		Example: `  racex extract testdata/london-2012.txt > /tmp/london.json
  racex diff /tmp/london.json testdata/london-2012.gold.json
  racex diff --all old/london.json new/london.json | less -R
  racex extract testdata --out /tmp/new && racex diff /tmp/old /tmp/new`,
		Args: cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			pal, err := palette(colorMode)
			if err != nil {
				return err
			}
			dirA, dirB := isDir(args[0]), isDir(args[1])
			if dirA != dirB {
				return fmt.Errorf("give two record files or two directories, not one of each")
			}
			o := check.DiffOptions{All: all, Palette: pal}
			if dirA {
				return diffDirs(cmd, args[0], args[1], o)
			}
			same, err := diffFiles(cmd, args[0], args[1], o)
			if err != nil {
				return err
			}
			if !same {
				return &exitError{code: 1}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&colorMode, "color", "auto", "colour the output: auto (on a terminal), always, never")
	cmd.Flags().BoolVar(&all, "all", false, "also list the facts both records state")
	rootCmd.AddCommand(cmd)
}

// diffFiles writes the diff of two record files and says whether they
// state the same facts.
func diffFiles(cmd *cobra.Command, pathA, pathB string, o check.DiffOptions) (bool, error) {
	var recs [2]*schema.Record
	var bad []string
	for i, path := range []string{pathA, pathB} {
		var err error
		if recs[i], err = schema.ReadRecord(path); err != nil {
			bad = append(bad, err.Error())
		}
	}
	if len(bad) > 0 {
		return false, &exitError{3, strings.Join(bad, "\n")}
	}
	if a, b := recs[0].Doc, recs[1].Doc; a != nil && b != nil && a.ID != b.ID {
		fmt.Fprintf(cmd.ErrOrStderr(), "racex: warning: %s and %s were made from different texts (doc.id differs)\n", pathA, pathB)
	}
	o.LabelA, o.LabelB, o.GoldA, o.GoldB = pathA, pathB, isGold(pathA), isGold(pathB)
	d := check.Diff(recs[0], recs[1], o.GoldB && !o.GoldA)
	if err := d.Write(cmd.OutOrStdout(), o); err != nil {
		return false, err
	}
	return d.Same(), nil
}

// diffDirs diffs each pair of records of two directories (check.PairRecords),
// then writes one table for them all.
func diffDirs(cmd *cobra.Command, dirA, dirB string, o check.DiffOptions) error {
	pairs, err := check.PairRecords(dirA, dirB)
	if err != nil {
		return &exitError{3, err.Error()}
	}
	if len(pairs) == 0 {
		return &exitError{3, fmt.Sprintf("no records (*.json) in %s or %s", dirA, dirB)}
	}
	out := cmd.OutOrStdout()
	counts := map[string][3]int{}
	optional, differ, failed := 0, 0, 0
	o.NoTable = true
	for _, p := range pairs {
		if p.A == "" || p.B == "" {
			have, lack := p.A, dirB
			if p.A == "" {
				have, lack = p.B, dirA
			}
			fmt.Fprintf(out, "=== %s: only %s; %s has no record of it\n\n", p.Name, have, lack)
			differ++
			continue
		}
		fmt.Fprintf(out, "=== %s\n", p.Name)
		var recs [2]*schema.Record
		for i, path := range []string{p.A, p.B} {
			if recs[i], err = schema.ReadRecord(path); err != nil {
				fmt.Fprintf(cmd.ErrOrStderr(), "racex: %v\n", err)
			}
		}
		if recs[0] == nil || recs[1] == nil {
			failed++
			fmt.Fprintln(out)
			continue
		}
		goldA, goldB := isGold(p.A), isGold(p.B)
		o.LabelA, o.LabelB, o.GoldA, o.GoldB = p.A, p.B, goldA, goldB
		d := check.Diff(recs[0], recs[1], goldB && !goldA)
		if err := d.Write(out, o); err != nil {
			return err
		}
		fmt.Fprintln(out)
		for t, c := range d.Counts() {
			sum := counts[t]
			for i := range sum {
				sum[i] += c[i]
			}
			counts[t] = sum
		}
		optional += d.Optional()
		if !d.Same() {
			differ++
		}
	}
	fmt.Fprintf(out, "%d record pairs, %d differ", len(pairs), differ)
	if failed > 0 {
		fmt.Fprintf(out, ", %d could not be read", failed)
	}
	fmt.Fprintln(out)
	if err := check.WriteDiffTable(out, counts, optional, o); err != nil {
		return err
	}
	switch {
	case failed > 0:
		return &exitError{3, fmt.Sprintf("%d records could not be used", failed)}
	case differ > 0:
		return &exitError{code: 1}
	}
	return nil
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
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
