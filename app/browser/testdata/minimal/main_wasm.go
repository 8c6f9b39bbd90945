//go:build js && wasm

package main

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// main is the browser side: it imports go-app and nothing of the server,
// as the explorer's wasm/main.go does.
func main() {
	routes()
	app.RunWhenOnBrowser()
}
