package check

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// RecordPair is a record of one directory and its counterpart in another,
// matched by NAME; A or B is "" when that directory has no record of NAME.
type RecordPair struct {
	Name, A, B string
}

// PairRecords matches the records of two directories by name, for a diff
// of many records at once (two runs of racex, or a run against the
// annotations). A directory that holds hand annotations (NAME.gold.json)
// contributes those only, so that other JSON beside them (output
// snapshots) is left alone; any other directory contributes its NAME.json
// files.
func PairRecords(dirA, dirB string) ([]RecordPair, error) {
	a, err := recordFiles(dirA)
	if err != nil {
		return nil, err
	}
	b, err := recordFiles(dirB)
	if err != nil {
		return nil, err
	}
	var names []string
	for n := range a {
		names = append(names, n)
	}
	for n := range b {
		if _, ok := a[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	out := make([]RecordPair, len(names))
	for i, n := range names {
		out[i] = RecordPair{Name: n, A: a[n], B: b[n]}
	}
	return out, nil
}

// recordFiles maps NAME to the path of dir's record of it.
func recordFiles(dir string) (map[string]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	gold, plain := map[string]string{}, map[string]string{}
	for _, e := range entries {
		n := e.Name()
		switch {
		case e.IsDir():
		case strings.HasSuffix(n, GoldSuffix):
			gold[strings.TrimSuffix(n, GoldSuffix)] = filepath.Join(dir, n)
		case strings.HasSuffix(n, ".json"):
			plain[strings.TrimSuffix(n, ".json")] = filepath.Join(dir, n)
		}
	}
	if len(gold) > 0 {
		return gold, nil
	}
	return plain, nil
}
