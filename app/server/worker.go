package server

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

// workerJS is the service worker's template. go-app's own worker neither
// waits for its cache before it activates nor matches pages with a query,
// so the explorer brings its own; go-app fills in the version and the
// list of URLs to store.
//
//go:embed worker.js
var workerJS string

// precacheList reads the URLs a generated worker stores.
func precacheList(worker []byte) ([]string, error) {
	_, list, ok := strings.Cut(string(worker), "const resourcesToCache = ")
	if !ok {
		return nil, errors.New("server: app-worker.js has no list of files to store")
	}
	list, _, _ = strings.Cut(list, ";\n")
	var urls []string
	if err := json.Unmarshal([]byte(list), &urls); err != nil {
		return nil, fmt.Errorf("server: app-worker.js: list of files to store: %w", err)
	}
	return urls, nil
}
