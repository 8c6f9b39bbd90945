package teacher

import (
	"path"
	"strconv"
	"strings"

	"newsexplorer/app/ui"
)

// summaryTablesHTML renders a class's results as two tables for each
// assignment the files come from: per student, the score; per exercise,
// how many students answered it and how many got it right. Files from
// different assignments are said to be so, and each assignment gets a
// heading and tables of its own. One HTML string with a single root,
// built when files are read.
//
// Hooks: data-summary-mixed="<n>" on the note that the files come from n
// assignments; data-summary-assignment="<id>" (or "none") on each
// assignment's part.
func summaryTablesHTML(r classResults) string {
	var m ui.Markup
	m.Open("div", "class", "summary-tables")
	if n := len(r.Groups); n > 1 {
		m.Elem("p", "These files come from "+strconv.Itoa(n)+" different assignments ("+groupNames(r.Groups)+"), so each is summed up on its own below, on its own exercises.",
			"class", "summary-mixed", "role", "note", "data-summary-mixed", strconv.Itoa(n))
	}
	for i, g := range r.Groups {
		groupTables(&m, g, i+1, len(r.Groups) > 1 || g.Assignment != nil)
	}
	m.Close("div")
	return m.String()
}

// groupNames names the assignments of groups, for people.
func groupNames(groups []classGroup) string {
	var names []string
	for _, g := range groups {
		names = append(names, g.Assignment.Name())
	}
	return strings.Join(names, ", ")
}

// groupTables writes the tables of one assignment's files, the n-th; with
// a heading when head is true.
func groupTables(m *ui.Markup, g classGroup, n int, head bool) {
	sum := g.Summary
	students := len(sum.Students)
	suffix := ""
	if n > 1 {
		suffix = "-" + strconv.Itoa(n)
	}
	id := "none"
	if g.Assignment != nil {
		id = g.Assignment.ID
	}
	m.Open("div", "class", "summary-group", "data-summary-assignment", id)
	if head {
		title := "Files given for no assignment: all " + pluralWord(len(sum.Exercises), "exercise")
		if g.Assignment != nil {
			title = "Assignment " + g.Assignment.Name() + ": " + pluralWord(len(sum.Exercises), "exercise")
			if due := g.Assignment.DueText(); due != "" {
				title += ", " + strings.ToLower(due[:1]) + due[1:]
			}
		}
		m.Elem("h3", title+" · "+pluralStudents(students), "class", "summary-group-title")
	}
	m.Open("div", "class", "table-scroll", "role", "region", "aria-labelledby", "summary-students"+suffix, "tabindex", "0")
	m.Open("table", "class", "summary", "data-summary", "students")
	m.Elem("caption", "Results by student", "id", "summary-students"+suffix)
	colHeads(m, "Student", "File", "Answered", "Right", "Score")
	m.Open("tbody")
	for i, st := range sum.Students {
		file := g.Files[i]
		m.Open("tr", "data-summary-student", file)
		m.Elem("th", studentName(st.Student, file), "scope", "row")
		m.Elem("td", file)
		numCell(m, st.Answered, st.Total)
		numCell(m, st.Correct, st.Total)
		m.Elem("td", percent(st.Correct, st.Total), "class", "num")
		m.Close("tr")
	}
	m.Close("tbody").Close("table").Close("div")
	m.Open("div", "class", "table-scroll", "role", "region", "aria-labelledby", "summary-exercises"+suffix, "tabindex", "0")
	m.Open("table", "class", "summary", "data-summary", "exercises")
	m.Elem("caption", "Results by exercise, out of "+pluralStudents(students), "id", "summary-exercises"+suffix)
	colHeads(m, "Question", "Answered", "Right", "Right at first try")
	m.Open("tbody")
	for i, es := range sum.Exercises {
		m.Open("tr", "data-summary-exercise", es.Exercise)
		m.Open("th", "scope", "row").
			Elem("span", strconv.Itoa(i+1)+". "+es.Kind.Label(), "class", "question-kind").
			Elem("span", es.Prompt, "class", "question-prompt").
			Close("th")
		numCell(m, es.Answered, students)
		numCell(m, es.Correct, students)
		numCell(m, es.FirstTry, students)
		m.Close("tr")
	}
	m.Close("tbody").Close("table").Close("div")
	m.Close("div")
}

// pluralWord is n and a word, in the plural unless n is 1: "3 exercises".
func pluralWord(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
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
