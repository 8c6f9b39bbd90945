// Package formats writes an article's annotations and claims in open
// formats that other tools read, and reads them back:
//
//   - W3C Web Annotation JSON-LD (EncodeW3C, ParseW3C): entities,
//     mentions, quotes with their speakers, loaded phrases and evidence
//     passages, each passage with a TextQuoteSelector and a
//     TextPositionSelector counted in Unicode code points;
//   - schema.org Claim and ClaimReview JSON-LD (EncodeClaimReview,
//     ParseClaimReview): the claims the article reports, with their
//     parties, statements and evidence passages, their status as text
//     and no verdict the article does not hold.
//
// docs/formats.md documents the mapping. Like the article package, it
// imports only the standard library and the model, so the server and the
// WebAssembly app can share it.
package formats

import (
	"bytes"
	"errors"

	"newsexplorer/app/article"
)

// Import reads a file of either format onto base, telling them apart by
// the JSON-LD context the file names: W3C Web Annotation (ParseW3C) or
// schema.org (ParseClaimReview).
func Import(base *article.Article, data []byte) (*article.Article, error) {
	switch {
	case bytes.Contains(data, []byte(AnnoContext)):
		return ParseW3C(base, data)
	case bytes.Contains(data, []byte(SchemaContext)):
		return ParseClaimReview(base, data)
	}
	return nil, errors.New(`formats: the file names neither the W3C Web Annotation context ("` + AnnoContext +
		`") nor schema.org's ("` + SchemaContext + `"): it holds no annotations or claims the explorer reads`)
}

// Source is the IRI that names an article in both exports when the caller
// gives none: "urn:newsexplorer:article:" followed by the article's id. It
// names the article, it does not locate it; pass the page's address
// instead when the article is published at a stable one.
func Source(a *article.Article) string {
	return "urn:newsexplorer:article:" + a.ID
}

// iri returns the article's IRI followed by a fragment: source#fragment.
func iri(source, fragment string) string {
	return source + "#" + fragment
}
