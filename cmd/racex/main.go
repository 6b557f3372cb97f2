// Command racex turns news race reports into checkable JSON records.
//
// Each subcommand lives in its own file and registers itself with the root
// command in an init function, as cobra's user guide lays out.
package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"
)

// exitError carries an exit code through cobra without printing twice.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

var rootCmd = &cobra.Command{
	Use:   "racex",
	Short: "Turn race reports into structured, checkable JSON records",
	Long: `racex reads news race reports (marathons, 10Ks, ultras, triathlons, track
races) and writes one JSON record per article: the people, their ages,
nationalities and home towns, results, fundraising, and every age, duration,
distance, amount of money, temperature and head count, each with the byte
span of the text it came from. The record format is record-v1 ("racex schema"
prints its JSON Schema).`,
	SilenceUsage:  true,
	SilenceErrors: true,
}

func main() {
	if err := rootCmd.Execute(); err != nil {
		code := 2 // usage and other errors cobra reports itself
		if e, ok := err.(*exitError); ok {
			code = e.code
		}
		if msg := err.Error(); msg != "" {
			fmt.Fprintln(os.Stderr, "racex:", msg)
		}
		os.Exit(code)
	}
}
