// Package library holds the articles that ship with the explorer, embedded
// so that it runs with no set-up.
package library

import (
	"embed"
	"fmt"

	"newsexplorer/app/article"
)

//go:embed articles/*.json
var files embed.FS

// DefaultID is the id of the article shown when no other is chosen.
const DefaultID = "kursk"

// DefaultFile is the embedded file of the default article.
const DefaultFile = "articles/kursk.json"

// Raw returns the bytes of an embedded article file.
func Raw(name string) ([]byte, error) {
	b, err := files.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("library: %w", err)
	}
	return b, nil
}

// Default loads the default article.
func Default() (*article.Article, []byte, error) {
	b, err := Raw(DefaultFile)
	if err != nil {
		return nil, nil, err
	}
	a, err := article.Parse(DefaultFile, b)
	if err != nil {
		return nil, nil, fmt.Errorf("library: %w", err)
	}
	return a, b, nil
}

// DefaultItem is the default article as a library item.
func DefaultItem() (Item, error) {
	a, raw, err := Default()
	if err != nil {
		return Item{}, err
	}
	return Item{Article: a, File: DefaultFile, Raw: raw}, nil
}
