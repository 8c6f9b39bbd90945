package exercise

import (
	"fmt"
	"net/url"
	"strings"
	"time"
)

// LinkError is an assignment link that cannot be read. Msg says so in
// words a student can act on; Cut is true when the link lost its end, as
// when it was copied in part.
type LinkError struct {
	Cut bool
	Msg string
}

func (e *LinkError) Error() string { return "assignment link: " + e.Msg }

// Messages of LinkError.
const (
	linkCut     = "This assignment link is incomplete: its end is missing, so it was probably cut short when it was copied. Ask your teacher for the link again."
	linkChanged = "This assignment link was changed after it was made: what it carries does not match its check. Ask your teacher for the link again."
)

// ParseAssignmentLink reads the assignment in a link's query (without the
// "?"). found is false when the query carries no assignment. A link that
// was cut or changed, or made by a newer version, gives a *LinkError.
func ParseAssignmentLink(rawQuery string) (l AssignmentLink, found bool, err error) {
	params := strings.Split(rawQuery, "&")
	start := -1
	for i, p := range params {
		if k, _, _ := strings.Cut(p, "="); k == "assign" {
			start = i
			break
		}
	}
	if start < 0 {
		return l, false, nil
	}
	changed := func(detail string) (AssignmentLink, bool, error) {
		return AssignmentLink{}, true, &LinkError{Msg: linkChanged + " (" + detail + ")"}
	}
	var check, kinds, ex string
	var hasCheck bool
	for i, p := range params[start:] {
		k, raw, _ := strings.Cut(p, "=")
		v, err := url.QueryUnescape(raw)
		if err != nil {
			return changed(k + " is not written as a link writes it")
		}
		switch k {
		case "assign":
			if i > 0 {
				return changed("it names two assignments")
			}
			if v != AssignmentVersion {
				return AssignmentLink{}, true, &LinkError{Msg: fmt.Sprintf(
					"This assignment link was made by another version of News Explorer (its format %q; this one reads %q). Reload the page to get the newest version, then open the link again.", v, AssignmentVersion)}
			}
		case "title":
			l.Title = v
		case "due":
			l.Due = v
		case "kinds":
			kinds = v
		case "ex":
			ex = v
		case "check":
			check, hasCheck = v, true
		}
		if hasCheck {
			break
		}
	}
	if !hasCheck || len(check) < 8 {
		return AssignmentLink{}, true, &LinkError{Cut: true, Msg: linkCut}
	}
	for i := range len(kinds) {
		k, ok := kindOfCode(kinds[i])
		if !ok {
			return changed(fmt.Sprintf("%q is no kind of exercise", kinds[i:i+1]))
		}
		l.Kinds = append(l.Kinds, k)
	}
	if ex != "" {
		if l.IDs, err = decodeIDs(ex); err != nil {
			return changed(err.Error())
		}
	}
	if l.Check() != check {
		return changed("check " + check)
	}
	if err := l.Validate(); err != nil {
		return changed(strings.TrimPrefix(err.Error(), "assignment: "))
	}
	return l, true, nil
}

// Assignment is the assignment a student's answers were given for, as
// their progress records it.
type Assignment struct {
	// ID is the link's check: the same for every student given the same
	// link.
	ID string `json:"id"`
	// Title and Due are the link's, if it had them.
	Title string `json:"title,omitempty"`
	Due   string `json:"due,omitempty"`
	// Exercises are the ids of the exercises the student was given, in
	// the order given: those of the link that the article has.
	Exercises []string `json:"exercises"`
}

// Resolve picks the article's exercises (all, as Generate makes them)
// that the link asks for, in the link's order, and returns them with the
// record of the assignment. missing lists the ids the link names that
// the article no longer has (the article changed since the link was
// made), in the link's order.
func (l AssignmentLink) Resolve(all []Exercise) (given []Exercise, rec Assignment, missing []string) {
	rec = Assignment{ID: l.Check(), Title: l.Title, Due: l.Due, Exercises: []string{}}
	switch {
	case len(l.IDs) > 0:
		ex := byID(all)
		for _, id := range l.IDs {
			if e, ok := ex[id]; ok {
				given = append(given, e)
			} else {
				missing = append(missing, id)
			}
		}
	case len(l.Kinds) > 0:
		for _, e := range all {
			for _, k := range l.Kinds {
				if e.Kind == k {
					given = append(given, e)
				}
			}
		}
	default:
		given = all
	}
	for _, e := range given {
		rec.Exercises = append(rec.Exercises, e.ID)
	}
	return given, rec, missing
}

// Pick returns the exercises of all that an assignment gave, in its
// order; nil gives all.
func (a *Assignment) Pick(all []Exercise) []Exercise {
	if a == nil {
		return all
	}
	ex := byID(all)
	var out []Exercise
	for _, id := range a.Exercises {
		if e, ok := ex[id]; ok {
			out = append(out, e)
		}
	}
	return out
}

// DueText says when the assignment is due, "Due 9 May 2025", or "".
func (a *Assignment) DueText() string {
	if a == nil || a.Due == "" {
		return ""
	}
	d, err := time.Parse(time.DateOnly, a.Due)
	if err != nil {
		return ""
	}
	return "Due " + d.Format("Monday 2 January 2006")
}

// Name names the assignment for people: its title, or "the assignment
// <id>" when it has none.
func (a *Assignment) Name() string {
	switch {
	case a == nil:
		return "no assignment"
	case a.Title != "":
		return "“" + a.Title + "”"
	}
	return "the assignment " + a.ID
}

// DescribeID names an exercise by its id in words, for a student told
// that an exercise of a link is no longer there: "a “Who said it?”
// exercise on quote q13".
func DescribeID(id string) string {
	kind, rest, _ := strings.Cut(id, "/")
	k := Kind(kind)
	claim, party, two := strings.Cut(rest, "/")
	label := "“" + k.Label() + "”"
	switch {
	case k == WhoSaidIt:
		return "a " + label + " exercise on quote " + rest
	case k == LoadedLanguage:
		return "a " + label + " exercise on phrase " + rest
	case k == WhenWritten:
		return "the " + label + " exercise"
	case two:
		return "a " + label + " exercise on claim “" + claim + "” and party “" + party + "”"
	case k == ClaimOrFact:
		return "a " + label + " exercise on claim “" + claim + "”"
	}
	return "the exercise “" + id + "”"
}
