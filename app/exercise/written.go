package exercise

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"time"

	"newsexplorer/app/article"
)

// shift moves a date range to make a WhenWritten distractor.
type shift struct {
	name                string // "a week"
	years, months, days int
}

// shifts are the distractors WhenWritten can offer: the article's range a
// week, a month or a year earlier or later. Each exercise takes three of
// them, chosen by the hash of its ID, so the answer does not always stand
// in the same place.
var shifts = []shift{
	{"a year", -1, 0, 0}, {"a month", 0, -1, 0}, {"a week", 0, 0, -7},
	{"a week", 0, 0, 7}, {"a month", 0, 1, 0}, {"a year", 1, 0, 0},
}

// whenWritten makes the one exercise on when the article was written,
// if its annotations infer it.
func (g *gen) whenWritten() []Exercise {
	w := g.a.Written
	if w == nil || w.From.IsZero() || strings.TrimSpace(w.Reasoning) == "" || g.a.ID == "" {
		return nil
	}
	from, to := w.From, w.To
	if to.Before(from) {
		to = from
	}
	e := Exercise{
		ID:          string(WhenWritten) + "/" + g.a.ID,
		Kind:        WhenWritten,
		Prompt:      "From the clues in its text, when was this article most likely written?",
		Answer:      rangeID(from, to),
		Hint:        "Look for the times the article names without a date (a day of the week, “earlier this year”, a month) and for an event it reports as fresh news that you can put a date on.",
		Explanation: fmt.Sprintf("%s. %s", rangeLabel(from, to), strings.TrimSpace(w.Reasoning)),
	}
	if strings.TrimSpace(g.a.Published) == "" {
		e.Prompt = "This copy of the article gives no date. " + e.Prompt
	}
	for _, m := range g.a.Mentions {
		if g.a.TypeOf(m.Entity) == article.Date && g.valid(m.Span) {
			e.Link = m.ID
			break
		}
	}
	e.Choices = append(e.Choices, Choice{ID: e.Answer, Label: rangeLabel(from, to)})
	for _, s := range pickShifts(e.ID, 3) {
		f, t := from.AddDate(s.years, s.months, s.days), to.AddDate(s.years, s.months, s.days)
		way := "earlier"
		if f.After(from) {
			way = "later"
		}
		e.Choices = append(e.Choices, Choice{
			ID:       rangeID(f, t),
			Label:    rangeLabel(f, t),
			Feedback: fmt.Sprintf("Not %s: that is %s %s than the clues in the text allow. Look again at the times the article names and at what it reports as fresh news.", rangeLabel(f, t), s.name, way),
		})
	}
	return []Exercise{e}
}

// pickShifts chooses n shifts, ordered by the FNV-1a hash of the exercise
// ID and the shift's place in shifts.
func pickShifts(id string, n int) []shift {
	type keyed struct {
		key uint64
		s   shift
	}
	var all []keyed
	for i, s := range shifts {
		h := fnv.New64a()
		fmt.Fprintf(h, "%s\x00%d", id, i)
		all = append(all, keyed{h.Sum64(), s})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].key < all[j].key })
	var out []shift
	for _, k := range all[:min(n, len(all))] {
		out = append(out, k.s)
	}
	return out
}

// rangeID names a date range for a choice ID: "2025-04-26" for one day,
// "2025-04-26/2025-04-27" (ISO 8601) for more. Sorted as text, such IDs
// are in calendar order.
func rangeID(from, to time.Time) string {
	const layout = "2006-01-02"
	if sameDay(from, to) {
		return from.Format(layout)
	}
	return from.Format(layout) + "/" + to.Format(layout)
}

// rangeLabel writes a date range for readers: "26 April 2025",
// "26–27 April 2025", "28 April – 3 May 2025",
// "30 December 2024 – 2 January 2025".
func rangeLabel(from, to time.Time) string {
	switch {
	case sameDay(from, to):
		return from.Format("2 January 2006")
	case from.Year() == to.Year() && from.Month() == to.Month():
		return fmt.Sprintf("%d–%s", from.Day(), to.Format("2 January 2006"))
	case from.Year() == to.Year():
		return fmt.Sprintf("%s – %s", from.Format("2 January"), to.Format("2 January 2006"))
	}
	return fmt.Sprintf("%s – %s", from.Format("2 January 2006"), to.Format("2 January 2006"))
}

func sameDay(a, b time.Time) bool {
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}
