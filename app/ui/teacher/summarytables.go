package teacher

import (
	"path"
	"strconv"
	"strings"

	"newsexplorer/app/ui"
)

// summaryTablesHTML renders a class's results as two tables: per student,
// the score; per exercise, how many students answered it and how many got
// it right. One HTML string with a single root, built when files are read.
func summaryTablesHTML(r classResults) string {
	sum := r.Summary
	students := len(sum.Students)
	var m ui.Markup
	m.Open("div", "class", "summary-tables")
	m.Open("div", "class", "table-scroll", "role", "region", "aria-labelledby", "summary-students", "tabindex", "0")
	m.Open("table", "class", "summary", "data-summary", "students")
	m.Elem("caption", "Results by student", "id", "summary-students")
	colHeads(&m, "Student", "File", "Answered", "Right", "Score")
	m.Open("tbody")
	for i, st := range sum.Students {
		file := r.Files[i]
		m.Open("tr", "data-summary-student", file)
		m.Elem("th", studentName(st.Student, file), "scope", "row")
		m.Elem("td", file)
		numCell(&m, st.Answered, st.Total)
		numCell(&m, st.Correct, st.Total)
		m.Elem("td", percent(st.Correct, st.Total), "class", "num")
		m.Close("tr")
	}
	m.Close("tbody").Close("table").Close("div")
	m.Open("div", "class", "table-scroll", "role", "region", "aria-labelledby", "summary-exercises", "tabindex", "0")
	m.Open("table", "class", "summary", "data-summary", "exercises")
	m.Elem("caption", "Results by exercise, out of "+pluralStudents(students), "id", "summary-exercises")
	colHeads(&m, "Question", "Answered", "Right", "Right at first try")
	m.Open("tbody")
	for i, es := range sum.Exercises {
		m.Open("tr", "data-summary-exercise", es.Exercise)
		m.Open("th", "scope", "row").
			Elem("span", strconv.Itoa(i+1)+". "+es.Kind.Label(), "class", "question-kind").
			Elem("span", es.Prompt, "class", "question-prompt").
			Close("th")
		numCell(&m, es.Answered, students)
		numCell(&m, es.Correct, students)
		numCell(&m, es.FirstTry, students)
		m.Close("tr")
	}
	m.Close("tbody").Close("table").Close("div")
	m.Close("div")
	return m.String()
}

// colHeads writes a table's head row.
func colHeads(m *ui.Markup, heads ...string) {
	m.Open("thead").Open("tr")
	for _, h := range heads {
		m.Elem("th", h, "scope", "col")
	}
	m.Close("tr").Close("thead")
}

// numCell writes a count out of a total: "3 of 12".
func numCell(m *ui.Markup, n, of int) {
	m.Elem("td", strconv.Itoa(n)+" of "+strconv.Itoa(of), "class", "num", "data-count", strconv.Itoa(n))
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
