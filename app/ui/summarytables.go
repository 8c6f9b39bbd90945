package ui

import (
	"path"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"newsexplorer/app/exercise"
)

// summaryTables shows a class's results: per exercise, how many students
// answered it and how many got it right; per student, the score.
type summaryTables struct {
	app.Compo

	// Results are the files read and their summary.
	Results classResults
	// Exercises are the article's exercises, in the key's order.
	Exercises []exercise.Exercise
}

func (s *summaryTables) Render() app.UI {
	sum := s.Results.Summary
	students := len(sum.Students)
	return app.Div().Class("summary-tables").Body(
		app.Div().Class("table-scroll").Attr("role", "region").Aria("labelledby", "summary-students").Attr("tabindex", "0").Body(
			app.Table().Class("summary").DataSet("summary", "students").Body(
				app.Caption().ID("summary-students").Text("Results by student"),
				app.THead().Body(app.Tr().Body(
					colHead("Student"), colHead("File"), colHead("Answered"), colHead("Right"), colHead("Score"),
				)),
				app.TBody().Body(
					app.Range(sum.Students).Slice(func(i int) app.UI {
						st := sum.Students[i]
						file := s.Results.Files[i]
						return app.Tr().DataSet("summary-student", file).Body(
							app.Th().Scope("row").Text(studentName(st.Student, file)),
							app.Td().Text(file),
							numCell(st.Answered, st.Total),
							numCell(st.Correct, st.Total),
							app.Td().Class("num").Text(percent(st.Correct, st.Total)),
						)
					}),
				),
			),
		),
		app.Div().Class("table-scroll").Attr("role", "region").Aria("labelledby", "summary-exercises").Attr("tabindex", "0").Body(
			app.Table().Class("summary").DataSet("summary", "exercises").Body(
				app.Caption().ID("summary-exercises").Text("Results by exercise, out of "+pluralStudents(students)),
				app.THead().Body(app.Tr().Body(
					colHead("Question"), colHead("Answered"), colHead("Right"), colHead("Right at first try"),
				)),
				app.TBody().Body(
					app.Range(sum.Exercises).Slice(func(i int) app.UI {
						es := sum.Exercises[i]
						return app.Tr().DataSet("summary-exercise", es.Exercise).Body(
							app.Th().Scope("row").Body(
								app.Span().Class("question-kind").Text(strconv.Itoa(i+1)+". "+es.Kind.Label()),
								app.Span().Class("question-prompt").Text(es.Prompt),
							),
							numCell(es.Answered, students),
							numCell(es.Correct, students),
							numCell(es.FirstTry, students),
						)
					}),
				),
			),
		),
	)
}

func colHead(text string) app.UI { return app.Th().Scope("col").Text(text) }

// numCell shows a count out of a total: "3 of 12".
func numCell(n, of int) app.UI {
	return app.Td().Class("num").DataSet("count", n).Text(strconv.Itoa(n) + " of " + strconv.Itoa(of))
}

// percent is n out of total as a whole percentage: "25%".
func percent(n, total int) string {
	if total == 0 {
		return "–"
	}
	return strconv.Itoa(n*100/total) + "%"
}

// studentName is how the tables name a student: the name in the file,
// or else the file's name without its extension.
func studentName(name, file string) string {
	if strings.TrimSpace(name) != "" {
		return name
	}
	return strings.TrimSuffix(file, path.Ext(file))
}

func pluralStudents(n int) string {
	if n == 1 {
		return "1 student"
	}
	return strconv.Itoa(n) + " students"
}
