package main

import (
	"github.com/racex/racex/schema"
	"github.com/spf13/cobra"
)

func init() {
	rootCmd.AddCommand(&cobra.Command{
		Use:   "schema",
		Short: "Print the record's JSON Schema (draft 2020-12)",
		Long: `Print the JSON Schema of record-v1, the format "racex extract" writes and
hand annotations (*.gold.json) follow. Use it with any JSON Schema tool.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := cmd.OutOrStdout().Write(schema.JSONSchema)
			return err
		},
	})
}
