// Package uitest helps the tests of the explorer's pages: it renders a
// component as the server does (Render), reads go-app's HTML back
// (GoappTags, FindTags, TextContent, Chunks), compares output with golden
// files under a package's testdata/ (Golden, rewritten with -update), and
// gives the articles the tests share (ClaimsArticle, DefaultArticle,
// Tricky) and a storage in memory (MemStore). Only tests import it.
package uitest
