package main

import (
	"fmt"
	"os"
	"runtime/pprof"

	"github.com/spf13/cobra"
)

// cpuProfile is the hidden --cpuprofile flag: where to write a CPU profile
// of the whole command, for `go tool pprof` when tuning ingest.
var cpuProfile string

func init() {
	f := rootCmd.PersistentFlags()
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the command to this file")
	f.MarkHidden("cpuprofile")
	rootCmd.PersistentPreRunE = func(cmd *cobra.Command, args []string) error {
		if cpuProfile == "" {
			return nil
		}
		out, err := os.Create(cpuProfile)
		if err != nil {
			return fmt.Errorf("--cpuprofile: %w", err)
		}
		return pprof.StartCPUProfile(out)
	}
	rootCmd.PersistentPostRun = func(cmd *cobra.Command, args []string) {
		if cpuProfile != "" {
			pprof.StopCPUProfile()
		}
	}
}
