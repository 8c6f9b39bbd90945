package exercise

// Score counts a student's answers to exercises: how many are right, how
// many are answered, and how many exercises there are. Answers to
// exercises not among them do not count. A nil progress has answered
// none.
func Score(exercises []Exercise, p *Progress) (correct, answered, total int) {
	total = len(exercises)
	if p == nil {
		return 0, 0, total
	}
	for _, e := range exercises {
		if ans, ok := p.Answers[e.ID]; ok {
			answered++
			if ans.Correct {
				correct++
			}
		}
	}
	return correct, answered, total
}

// Summary is a class's results on one article's exercises, as a teacher
// sees them once the students' progress files are collected.
type Summary struct {
	// Exercises has one entry per exercise, in the order given.
	Exercises []ExerciseSummary
	// Students has one entry per progress file, in the order given.
	Students []StudentSummary
}

// ExerciseSummary is how a class did on one exercise.
type ExerciseSummary struct {
	// Exercise is the exercise's ID, Kind its kind and Prompt its question.
	Exercise string
	Kind     Kind
	Prompt   string
	// Answered counts the students who answered it, Correct those whose
	// answer is right, and FirstTry those who got it right at the first
	// try.
	Answered, Correct, FirstTry int
}

// StudentSummary is one student's score, as Score counts it.
type StudentSummary struct {
	// Student is the name in the progress file; empty when it gives none.
	Student string
	// Correct, Answered and Total are as Score returns them.
	Correct, Answered, Total int
}

// Summarize sums up a class's progress files on the exercises: per
// exercise, how many students answered it and how many got it right; per
// file, the student's score. A nil file counts as a student who answered
// nothing.
func Summarize(files []*Progress, exercises []Exercise) Summary {
	s := Summary{Exercises: make([]ExerciseSummary, len(exercises)), Students: make([]StudentSummary, len(files))}
	for i, e := range exercises {
		es := ExerciseSummary{Exercise: e.ID, Kind: e.Kind, Prompt: e.Prompt}
		for _, p := range files {
			if p == nil {
				continue
			}
			if ans, ok := p.Answers[e.ID]; ok {
				es.Answered++
				if ans.Correct {
					es.Correct++
					if ans.Tries == 1 {
						es.FirstTry++
					}
				}
			}
		}
		s.Exercises[i] = es
	}
	for i, p := range files {
		st := StudentSummary{}
		if p != nil {
			st.Student = p.Student
		}
		st.Correct, st.Answered, st.Total = Score(exercises, p)
		s.Students[i] = st
	}
	return s
}
