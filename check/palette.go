package check

import "github.com/fatih/color"

// Palette says how output marks what it shows: removed and added facts,
// evidence in a sentence, and text of lesser interest. Plain marks with
// characters only, so that output read in a pipe or a file keeps every
// mark; Colour marks with terminal colours.
type Palette struct {
	Removed, Added, Faint func(string) string
	// Mark highlights an evidence span inside a sentence.
	Mark func(string) string
	// Heading styles a section heading.
	Heading func(string) string
}

// Plain marks evidence as [[this]] and uses no colour.
func Plain() Palette {
	same := func(s string) string { return s }
	return Palette{Removed: same, Added: same, Faint: same, Heading: same,
		Mark: func(s string) string { return "[[" + s + "]]" }}
}

// Colour marks with terminal colours (fatih/color), whether or not the
// output is a terminal: the caller decides (see the --color flags).
func Colour() Palette {
	style := func(attrs ...color.Attribute) func(string) string {
		c := color.New(attrs...)
		c.EnableColor()
		return func(s string) string { return c.Sprint(s) }
	}
	return Palette{
		Removed: style(color.FgRed),
		Added:   style(color.FgGreen),
		Faint:   style(color.Faint),
		Mark:    style(color.Bold, color.FgBlack, color.BgYellow),
		Heading: style(color.Bold),
	}
}
