// Package check owns the data desk's checking tools: scoring directories of records against hand annotations, fact-level diffs of two records, and each fact shown with its evidence in the article.
package check
