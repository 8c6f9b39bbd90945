package ui

import (
	"path"
	"strconv"
	"strings"
)

// summaryTablesHTML renders a class's results as two tables: per student,
// the score; per exercise, how many students answered it and how many got
// it right. One HTML string with a single root, built when files are read.
func summaryTablesHTML(r classResults) string {
	sum := r.Summary
	students := len(sum.Students)
	var m markup
	m.open("div", "class", "summary-tables")
	m.open("div", "class", "table-scroll", "role", "region", "aria-labelledby", "summary-students", "tabindex", "0")
	m.open("table", "class", "summary", "data-summary", "students")
	m.elem("caption", "Results by student", "id", "summary-students")
	colHeads(&m, "Student", "File", "Answered", "Right", "Score")
	m.open("tbody")
	for i, st := range sum.Students {
		file := r.Files[i]
		m.open("tr", "data-summary-student", file)
		m.elem("th", studentName(st.Student, file), "scope", "row")
		m.elem("td", file)
		numCell(&m, st.Answered, st.Total)
		numCell(&m, st.Correct, st.Total)
		m.elem("td", percent(st.Correct, st.Total), "class", "num")
		m.close("tr")
	}
	m.close("tbody").close("table").close("div")
	m.open("div", "class", "table-scroll", "role", "region", "aria-labelledby", "summary-exercises", "tabindex", "0")
	m.open("table", "class", "summary", "data-summary", "exercises")
	m.elem("caption", "Results by exercise, out of "+pluralStudents(students), "id", "summary-exercises")
	colHeads(&m, "Question", "Answered", "Right", "Right at first try")
	m.open("tbody")
	for i, es := range sum.Exercises {
		m.open("tr", "data-summary-exercise", es.Exercise)
		m.open("th", "scope", "row").
			elem("span", strconv.Itoa(i+1)+". "+es.Kind.Label(), "class", "question-kind").
			elem("span", es.Prompt, "class", "question-prompt").
			close("th")
		numCell(&m, es.Answered, students)
		numCell(&m, es.Correct, students)
		numCell(&m, es.FirstTry, students)
		m.close("tr")
	}
	m.close("tbody").close("table").close("div")
	m.close("div")
	return m.String()
}

// colHeads writes a table's head row.
func colHeads(m *markup, heads ...string) {
	m.open("thead").open("tr")
	for _, h := range heads {
		m.elem("th", h, "scope", "col")
	}
	m.close("tr").close("thead")
}

// numCell writes a count out of a total: "3 of 12".
func numCell(m *markup, n, of int) {
	m.elem("td", strconv.Itoa(n)+" of "+strconv.Itoa(of), "class", "num", "data-count", strconv.Itoa(n))
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
