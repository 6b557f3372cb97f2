package schema

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// FileError says why a record file could not be used: it could not be read
// (Err), or it breaks the contract (Problems, each with its JSON pointer).
type FileError struct {
	Path     string
	Err      error
	Problems []Problem
}

func (e *FileError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Path, e.Err)
	}
	lines := make([]string, len(e.Problems))
	for i, p := range e.Problems {
		lines[i] = e.Path + ": " + p.String()
	}
	return strings.Join(lines, "\n")
}

func (e *FileError) Unwrap() error { return e.Err }

// ReadRecord reads a record or a hand annotation from a file and validates
// it; any failure is a *FileError naming the file and, for a record that
// breaks the contract, the JSON pointer of each problem.
func ReadRecord(path string) (*Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		// os errors already name the path; keep only what went wrong.
		if pe, ok := err.(*os.PathError); ok {
			err = pe.Err
		}
		return nil, &FileError{Path: path, Err: err}
	}
	if probs := Validate(data); len(probs) > 0 {
		return nil, &FileError{Path: path, Problems: probs}
	}
	var r Record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	return &r, nil
}
