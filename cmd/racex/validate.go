package main

import (
	"fmt"
	"os"

	"github.com/racex/racex/schema"
	"github.com/spf13/cobra"
)

func init() {
	rootCmd.AddCommand(&cobra.Command{
		Use:   "validate FILE...",
		Short: "Check records or hand annotations against the schema",
		Long: `Check each JSON file against record-v1: the JSON Schema ("racex schema"),
and that every span lies inside the text (start <= end <= doc.chars).
Each problem is printed as FILE: JSON-POINTER: what is wrong.

Exit status: 0 when every file is valid, 1 when any is invalid or cannot be
read, 2 on a usage error.`,
		Example: `  racex validate out/*.json
  racex validate testdata/*.gold.json`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			bad := 0
			for _, path := range args {
				data, err := os.ReadFile(path)
				if err != nil {
					fmt.Fprintf(cmd.ErrOrStderr(), "%v\n", err)
					bad++
					continue
				}
				probs := schema.Validate(data)
				for _, p := range probs {
					fmt.Fprintf(cmd.OutOrStdout(), "%s: %s\n", path, p)
				}
				if len(probs) > 0 {
					bad++
				} else {
					fmt.Fprintf(cmd.OutOrStdout(), "%s: valid\n", path)
				}
			}
			if bad > 0 {
				return &exitError{1, fmt.Sprintf("%d of %d files invalid", bad, len(args))}
			}
			return nil
		},
	})
}
