package extract

import (
	"crypto/sha256"
	"encoding/hex"

	"github.com/racex/racex/schema"
)

// Doc is an article part way through the pipeline. Stages add to it; none
// re-reads the raw text to re-tokenise it.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// Mentions are named-entity mentions, in text order.
	Mentions []schema.Mention
	// Record is the record being built.
	Record *schema.Record
}

// Token is a word or punctuation mark with its byte span in Doc.Text.
type Token struct {
	Text       string
	Start, End int
	// Tag is the part-of-speech tag (Penn Treebank), "" when untagged.
	Tag string
}

// Sentence is a byte span of Doc.Text and the tokens [First, Last) in it.
type Sentence struct {
	Start, End  int
	First, Last int
}

func idOf(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}
