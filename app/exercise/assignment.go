package exercise

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// An assignment link carries a teacher's choice of an article's exercises
// in its query, so that no server keeps any state: the exercises page
// shows only those exercises, in that order. Its parameters, in this
// order:
//
//	assign=1          the format's version; it starts the assignment
//	title=Week+3      the title, if any (query-escaped)
//	due=2025-05-09    the due date, if any
//	kinds=WS          chosen by kind: every exercise of these kinds, or
//	ex=Wq1,q2,Skursk-retaken/russia,/ukraine
//	                  chosen one by one, in this order; neither means all
//	check=1a2b3c4d    a checksum of all the above, always last
//
// The exercise ids in ex are written short (see encodeIDs). A link that
// lacks its check was cut short; one whose check does not match was
// changed. Other parameters (the reader's show=, a shared article's id=)
// may come before or after.

// AssignmentVersion is the version of the assignment link's format.
const AssignmentVersion = "1"

// MaxAssignmentTitle is the longest title of an assignment, in
// characters.
const MaxAssignmentTitle = 120

// kindCodes are the one-letter codes of the kinds in a link.
var kindCodes = map[Kind]byte{
	WhoSaidIt: 'W', SourceKind: 'S', FindEvidence: 'E', ClaimOrFact: 'C',
	LoadedLanguage: 'L', MissingVoice: 'M', WhenWritten: 'D',
}

// kindOfCode is the kind a code stands for.
func kindOfCode(c byte) (Kind, bool) {
	for k, code := range kindCodes {
		if code == c {
			return k, true
		}
	}
	return "", false
}

// AssignmentLink is what an assignment link carries: a title and a due
// date, both optional, and the exercises chosen: by kind (Kinds), one by
// one (IDs, in order), or all (neither).
type AssignmentLink struct {
	Title string
	// Due is a date, "2025-05-09", or "".
	Due   string
	Kinds []Kind
	IDs   []string
}

// Check is the link's checksum: eight hexadecimal digits computed from
// everything it carries. It also names the assignment: every copy of the
// link has the same.
func (l AssignmentLink) Check() string {
	var kinds strings.Builder
	for _, k := range l.Kinds {
		kinds.WriteByte(kindCodes[k])
	}
	h := fnv.New32a()
	fmt.Fprintf(h, "%s\n%s\n%s\n%s\n%s", AssignmentVersion, l.Title, l.Due, kinds.String(), encodeIDs(l.IDs))
	return fmt.Sprintf("%08x", h.Sum32())
}

// Query writes the link's query parameters, check last, without the
// leading "?".
func (l AssignmentLink) Query() string {
	var b strings.Builder
	b.WriteString("assign=" + AssignmentVersion)
	if l.Title != "" {
		b.WriteString("&title=" + url.QueryEscape(l.Title))
	}
	if l.Due != "" {
		b.WriteString("&due=" + l.Due)
	}
	if len(l.Kinds) > 0 {
		b.WriteString("&kinds=")
		for _, k := range l.Kinds {
			b.WriteByte(kindCodes[k])
		}
	}
	if len(l.IDs) > 0 {
		b.WriteString("&ex=" + encodeIDs(l.IDs))
	}
	b.WriteString("&check=" + l.Check())
	return b.String()
}

// Validate says what is wrong with a link about to be made, or nil: a
// title too long or with control characters, a due date that is not one,
// a kind with no code, both kinds and ids, an id written twice or one that
// is not an exercise id.
func (l AssignmentLink) Validate() error {
	if msg := checkTitle(l.Title); msg != "" {
		return fmt.Errorf("assignment: title: %s", msg)
	}
	if l.Due != "" {
		if _, err := time.Parse(time.DateOnly, l.Due); err != nil {
			return fmt.Errorf("assignment: due date %q is not a date written 2025-05-09", l.Due)
		}
	}
	if len(l.Kinds) > 0 && len(l.IDs) > 0 {
		return fmt.Errorf("assignment: exercises chosen both by kind and one by one")
	}
	seen := map[Kind]bool{}
	for _, k := range l.Kinds {
		if _, ok := kindCodes[k]; !ok || seen[k] {
			return fmt.Errorf("assignment: kind %q is unknown or chosen twice", k)
		}
		seen[k] = true
	}
	ids := map[string]bool{}
	for _, id := range l.IDs {
		kind, rest, ok := strings.Cut(id, "/")
		if _, known := kindCodes[Kind(kind)]; !ok || !known || !validIDRest(rest) || ids[id] {
			return fmt.Errorf("assignment: %q is not an exercise id, or is chosen twice", id)
		}
		ids[id] = true
	}
	return nil
}

// checkTitle says what is wrong with an assignment's title, or "".
func checkTitle(s string) string {
	if n := utf8.RuneCountInString(s); n > MaxAssignmentTitle {
		return fmt.Sprintf("the title has %d characters; at most %d", n, MaxAssignmentTitle)
	}
	for _, r := range s {
		if unicode.IsControl(r) || 0x202A <= r && r <= 0x202E || 0x2066 <= r && r <= 0x2069 {
			return fmt.Sprintf("the title has a control character (%U)", r)
		}
	}
	return ""
}

// validIDRest reports whether s is what follows an exercise id's kind:
// one or two article ids separated by a slash.
func validIDRest(s string) bool {
	parts := strings.Split(s, "/")
	if len(parts) > 2 {
		return false
	}
	for _, p := range parts {
		if p == "" || p[0] == '-' || p[len(p)-1] == '-' || strings.Contains(p, "--") {
			return false
		}
		for _, c := range []byte(p) {
			if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// encodeIDs writes exercise ids short, separated by commas: an id whose
// kind differs from the one before starts with the kind's code
// ("Wq1"); one of the same kind leaves it out ("q2"); and one of the
// same kind and claim as the one before writes only its last part
// ("/ukraine" after "Skursk-retaken/russia").
func encodeIDs(ids []string) string {
	var b strings.Builder
	var kind, claim string
	for i, id := range ids {
		if i > 0 {
			b.WriteByte(',')
		}
		k, rest, _ := strings.Cut(id, "/")
		c, party, two := strings.Cut(rest, "/")
		switch {
		case k != kind:
			b.WriteByte(kindCodes[Kind(k)])
			b.WriteString(rest)
		case two && c == claim:
			b.WriteString("/" + party)
		default:
			b.WriteString(rest)
		}
		kind, claim = k, ""
		if two {
			claim = c
		}
	}
	return b.String()
}

// decodeIDs reads ids that encodeIDs wrote.
func decodeIDs(s string) ([]string, error) {
	var ids []string
	var kind Kind
	var claim string
	for i, item := range strings.Split(s, ",") {
		if item != "" && 'A' <= item[0] && item[0] <= 'Z' {
			k, ok := kindOfCode(item[0])
			if !ok {
				return nil, fmt.Errorf("exercise %d: %q is no kind of exercise", i+1, item[:1])
			}
			kind, claim, item = k, "", item[1:]
		}
		if kind == "" {
			return nil, fmt.Errorf("exercise %d: %q does not say its kind", i+1, item)
		}
		if party, ok := strings.CutPrefix(item, "/"); ok {
			if claim == "" {
				return nil, fmt.Errorf("exercise %d: %q follows no claim", i+1, item)
			}
			item = claim + "/" + party
		}
		if !validIDRest(item) {
			return nil, fmt.Errorf("exercise %d: %q is not an exercise's id", i+1, item)
		}
		claim = ""
		if c, _, two := strings.Cut(item, "/"); two {
			claim = c
		}
		ids = append(ids, string(kind)+"/"+item)
	}
	return ids, nil
}
