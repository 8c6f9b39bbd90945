// Package webtest holds what the two end-to-end suites share: the
// Chromium suite (app/browser) and the WebKit and Firefox suite
// (app/engines). That is the repository's root, the library the test
// servers serve, the processes they start and stop, and the scripts that
// read the page's state in any engine. Only tests import it.
package webtest
