// Package teacher is the teacher's view of an article: the answer key
// (answerkey.go), a worksheet to print (worksheet.go, printbar.go), and
// the class summary built from the files students download
// (classsummary.go, classfiles.go, summarytables.go, fileproblems.go).
// The view that holds them is in view.go.
package teacher
